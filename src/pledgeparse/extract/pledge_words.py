"""The words that decide whether a piece of text is a pledge.

Lead-ins and the lists they announce, commitment verbs, the prose that is not
a pledge even where it uses a modal (what has been done, what surveys show,
wished states, quotations, goals), table header words, and the word-level
signals of a sentence that the rules and the classifier share
(:func:`prose_signals`, :func:`prose_is_pledge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledgeparse.extract.actors import (
    BOTH_PARTIES,
    is_actor_name,
    names_only,
    subject_actors,
)

# A lead-in announces the list that follows and who makes the pledges.
LEAD_IN_END = re.compile(
    r"(:|\bgenom att|\bföljande|\blovar( vi| att)?|\bska|\bskall|\bgenom|\bom|\bgöra|\bgör vi|\bgenomföras|\blovar vi|"
    r"\bska tillsammans|\bskall tillsammans)\s*$",
    re.IGNORECASE,
)
LEAD_IN_WORDS = re.compile(
    r"\b(lovar|löfte|löften|åtar sig|åtar vi oss|förbinder sig|ska vi|gör vi|följande|genom att|"
    r"ska tillsammans|ska:|kommer att:|aktörerna)\b",
    re.IGNORECASE,
)
# A wish, not a commitment: "Vi vill att:" over what should be true.
_WISH = r"\b(vill|önskar|hoppas)\s+(\w+\s+){0,2}att\s*:?\s*$"
WISH_LEAD = re.compile(_WISH, re.IGNORECASE)
# Lead-ins whose list is not pledges.
NON_PLEDGE_LIST = re.compile(
    r"(inriktning på|fokus på|fokusområden|prioriterade områden|prioriteringar|områden:|"
    r"\b(?:in)?rikta(?:r|s)?\s+(?:in\s+)?sig\s+på|fokusera(?:r|s)?\s+på|koncentrera(?:r|s)?\s+sig\s+på|"
    # how the work goes, step by step: "Arbetet har gått till så här:", "Så går det till"
    r"\b(?:går|gick|gått)\s+(?:det\s+)?till\s*(?:så\s+här\s*)?:?\s*$|"
    # what the pledge draws on: "Löftet tar bland annat fasta på:"
    r"\btar\s+(?:\w+\s+){0,2}?fasta\s+på|"
    # what the pledge is about, not what it commits to: "Årets löfte handlar om:"
    r"\bhandlar\s+(?:främst\s+|framför\s+allt\s+|i\s+år\s+)?om\s*:\s*$|"
    rf"{_WISH}|"
    r"^\s*(målet|målen|vårt mål|våra mål|målsättningen|syftet|effekten|effekterna|önskad effekt)\b[^:]*:\s*$|"
    # what pledges in general are for: "Medborgarlöften ska:", "Ett medborgarlöfte ska:"
    r"^\s*(?:medborgarlöften|ett\s+medborgarlöfte)\s+(?:ska|skall|bör|kan)\b[^:]*:\s*$|"
    r"problem|utmaningar|(?<!mot )bakgrund|statistik|visar att|framkom|ligger till grund|underlag|"
    # what the survey found: "Tre saker som oroar mest enligt mätningen:"
    r"\benligt\s+(?:trygghets)?(?:mätningen|enkäten|undersökningen|dialogerna)\s*:\s*$|"
    # the reader's contacts and further reading: "Kontakta ANDT-samordnaren:", "Läs mer:"
    r"^\s*(kontakta|kontakt|läs mer|mer information|frågor)\b|"
    # what the reader can do: "Det finns flera sätt att lämna dina synpunkter:", "Så kan du delta:"
    r"\b(du|dig)\s+(kan|får|ska)\b|\b(dina|din|ditt)\s+(synpunkter|åsikter|svar|tips)\b|"
    # a council's decision: "Kommunstyrelsen beslutar att" / "1. godkänna ..., 2. uppdra åt ..."
    r"\b(beslutar|föreslås\s+besluta)\b)",
    re.IGNORECASE,
)
PLEDGE_LIST = re.compile(
    r"\b(genom att|genom följande|lovar|åtar|ska vi|gör vi|insatser|aktiviteter|följande:)", re.IGNORECASE
)
# A lead-in without its colon, waiting for its "att ..." lines: "Lokalpolisområdet lovar dessutom".
PROMISE_VERB_END = r"\b(?:lovar|åtar\s+sig|förbinder\s+sig)(?:\s+(?:också|även|dessutom|gemensamt))?"
# A sentence that commits a party: a modal or a pledge verb.
COMMITMENT = re.compile(
    r"\b(ska|skall|kommer( \w+){0,6} att|lovar|åtar sig|avser att|genomför|genomföra|erbjuder|"
    r"anordnar|arrangerar|bjuder in|planerar att|utlovar|"
    # "kommer också finnas", "kommer genomföras": the news page's future without "att"
    r"kommer\s+(?:(?:också|även|dessutom|nu|därför|fortsatt|framöver)\s+)*(?!från\b|fram\b|in\b)[a-zåäö]{3,}(?:a|as))\b",
    re.IGNORECASE,
)
# Sentences about the pledge document itself, not pledges.
DOC_META = re.compile(r"medborgarlöft|\blöfte(?:t|na|n)\b", re.IGNORECASE)
# "Enligt löftet ska polisen ...", "I det nya medborgarlöftet kommer kommunen att ...":
# the pledge named as the source of what a party commits to, not the subject.
_PLEDGE_NOUN = r"(?:medborgar)?löfte(?:t|na)?\b(?:\s+(?:för|under)\s+(?:år\s+)?(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)?"
PLEDGE_FRAME = re.compile(
    # "I löftet ingår också att polisen ska ...": what the pledge holds, then who does it
    rf"^(?:i\s+(?:det\s+nya\s+|årets\s+)?{_PLEDGE_NOUN}\s+(?:ingår|står)\s+(?:också\s+|även\s+|dessutom\s+)?(?:bland\s+annat\s+)?att\s+"
    rf"|(?:enligt|i|genom|inom ramen för|som en del av)\s+(?:det\s+nya\s+|det\s+|årets\s+)?{_PLEDGE_NOUN},?\s*"
    rf"|(?:(?:det\s+nya\s+)?{_PLEDGE_NOUN}|det|detta)\s+(?:innebär|går\s+ut\s+på|handlar\s+om|omfattar|betyder|innehåller)\s+"
    r"(?:också\s+|även\s+|dessutom\s+)?(?:bland\s+annat\s+|bl\.?\s?a\.?\s+)?att\s+"
    rf"|en\s+(?:annan\s+)?del\s+av\s+(?:det\s+nya\s+|årets\s+)?{_PLEDGE_NOUN}\s+är\s+att\s+)",
    re.IGNORECASE,
)
# "Räddningstjänsten ska enligt löftet hålla ...": the same source, after the verb.
PLEDGE_SOURCE = re.compile(rf"\senligt\s+(?:det\s+nya\s+|årets\s+)?{_PLEDGE_NOUN}(?=\s+[a-zåäö])", re.IGNORECASE)
META = re.compile(
    r"\bsyftet\b|uppföljning(?!s\w)|följas upp|revideras|utvärder|\bgör detta\b|\binrikta\w*|\butgå från\b|"
    r"ovanstående|prioriteringar|samverkansöverenskommelse|\bmålet\b|\bmålen\b|\bföljande\b|"
    r"tabellen|nedan\b|\binom\s+parentes\b|"
    # "Orsa kommun fattar motsvarande beslut i sin kommunstyrelse": a council's own procedure
    r"\bfatta(?:r|de|t)?\s+(?:\w+\s+)?beslut\b|"
    # "Exakt vilka åtgärder som ska göras kommer att presenteras senare": what is yet to be decided
    # "De fullständiga åtgärderna ska ... publiceras på kommunens webbplats": what is still to be published
    r"\b(?:åtgärderna|aktiviteterna|löftet|löftena|innehållet)\s+ska\s+(?:\w+\s+){0,4}?"
    r"(?:publiceras|presenteras|offentliggöras)\b|"
    # ("Vad som faktiskt ska göras får invånarna veta nästa vecka")
    r"^(?:exakt\s+|precis\s+)?(?:vad|vilka|vilket|vilken)\s+(?:\w+\s+){0,2}som\s+(?:\w+\s+)?(?:ska|skall|kommer)\b|"
    # "Det beskriver vad vi ska göra ...", "I planen beskrivs vilka aktiviteter ...": the document, described
    r"\bbeskriv(?:er|s)\s+(?:\w+\s+){0,2}(?:vad|vilka|vilket|hur|de\s+insatser|de\s+aktiviteter)\b",
    re.IGNORECASE,
)
ACTOR_LABEL = re.compile(
    r"^(?P<label>(?:[A-ZÅÄÖ][\wåäö\-]*)(?:\s*(?:/|och|,)\s*[\wåäöÅÄÖ\-]+){0,3})\s*:\s+(?P<rest>\S.*)$"
)
TRAILING_ACTORS = re.compile(r"\((?P<actors>[^()]{2,80})\)\s*\.?\s*$")
# The labels of the field that says who does an item: "Ansvarig: X", "Vem: X", "Utförare: X"
# (the text reader's field lines and the pledge reader's "Ansvarig:" lines and tails share them).
WHO_LABELS = r"ansvarig|ansvariga|huvudansvarig|ansvar|vem|utförare"
RESPONSIBLE_LINE = re.compile(rf"^\s*({WHO_LABELS})\s*:\s*(?P<who>.+)$", re.IGNORECASE)
# "Aktivitet: Trygghetsvandringar två gånger per år" over "Ansvarig: Kommunen": the fields of
# an action plan printed as lines; the first names the pledge.
ITEM_FIELD = re.compile(
    r"^\s*(?:aktivitet|åtgärd|insats|åtagande|löfte)(?:\s+\d+)?\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE
)
# How a nominal action begins: "Insatser mot ...", "Ökad närvaro ...", "Fler kontroller ...".
ACTION_START = re.compile(
    r"^(att\b|insats|åtgärd|arbete|arbeta|kontroll|närvaro|patrull|besök|information|utbildning|samverkan|dialog|"
    r"trygghetsvandring|möte|ökad|ökat|öka|minska|fler|mer|stärkt|förbättra|genomför|utveckl)",
    re.IGNORECASE,
)
FIELD_LINE = re.compile(r"^\s*[A-ZÅÄÖ][\wåäö]{1,20}(?:\s+[\wåäö]+)?\s*:\s*\S")  # "När: Våren 2025"
# "Ansvarig: X" on its own line inside an item, or at the end of its text.
RESPONSIBLE_TAIL = re.compile(
    rf"(?:\n|\s+|^)[,–—-]?\s*\(?(?:{WHO_LABELS})\s*:\s*(?P<who>[^()\n]+?)\)?\s*\.?\s*$",
    re.IGNORECASE,
)
STRONG_LEAD_IN = re.compile(r"\b(lovar|löfte[nt]?|löften|åtar|åtaganden|förbinder)\b", re.IGNORECASE)
# Header cells, by their first word(s): "UTFÖRARE", "Ansvarig förvaltning", "Klart senast".
ACTOR_HEADER = re.compile(r"^(utförare|utförs av|vem\b|aktör|aktörer|genomförs av|genomförande part)", re.IGNORECASE)
RESPONSIBLE_HEADER = re.compile(r"^(ansvarig|ansvariga|huvudansvarig|ansvar\b)", re.IGNORECASE)
TEXT_HEADER = re.compile(
    r"^(aktivitet|aktiviteter|åtgärd|åtgärder|insats|insatser|löfte|löften|vad\b|beskrivning|medborgarlöfte)",
    re.IGNORECASE,
)
OTHER_HEADER = re.compile(
    r"^(när\b|tidpunkt|tid\b|tidsplan|tidsram|klart|datum|status|uppföljning|mål\b|effekt|kostnad|period|"
    # a column of goals beside the activities: "Önskad effekt | Aktivitet | Utförare"
    r"(önskad|önskade|förväntad|förväntade)\s+(effekt|effekter|resultat)|målbild|syfte\b)",
    re.IGNORECASE,
)
HEADER_CELL_WORDS = 4
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")


def fold(text: str) -> str:
    """Whitespace runs as one space, trimmed (``str.split`` splits where ``\\s`` matches)."""
    return " ".join(text.split())


# Prose that is not a pledge even where it uses a modal: what has been done
# ("Polisen har genomfört medborgardialoger"), what surveys show, who it is
# that makes the pledge ("Det är LPO X som lovar ..."), and wished states
# ("Alla ska känna sig trygga").
PAST = re.compile(
    # (a noun that ends the same way is no supine: "har trygghetsvärdar på plats")
    r"\b(har|hade)\s+(\w+\s+){0,3}?(?!(?:plats|natt|sätt|rätt|mått|start|kort|fart|ort)\b)\w+(at|it|tt|rt|ts|ats|its|dd|tts)\b|"
    r"\b(genomfördes|genomförde|togs fram|tog fram|beslutades|beslutade|undertecknades|skrevs under|signerades|"
    r"signerade|sammanställde|analyserade|identifierades|framkom|framkommit|"
    # strong verbs in the past: "tog fram", "fick in", "gjorde", "valde", "beslöt"
    r"tog|togs|fick|gjorde|gjordes|gav|valde|valdes|beslöt|enades|kom|drog|höll|hölls|såg|gick|fanns|blev)\b",
    re.IGNORECASE,
)
SITUATION = re.compile(
    r"\b(visar|visade|framgår|upplever|upplevde|uppger|uppgav|upplevs|anmäldes|ökade|minskade|är ett problem)\b",
    re.IGNORECASE,
)
CLEFT = re.compile(r"^(det är|det var)\b.{0,120}\bsom\b", re.IGNORECASE)
WISHED_STATE = re.compile(
    r"\b(ska|skall|kommer att)\s+(känna|kännas|upplevas|uppleva|vara|bli|kunna|må|ha möjlighet|präglas)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(
    r"^\s*[”“\"–—-]|[”“\"]\s*$|\b(säger|menar|tycker|konstaterar|betonar|förklarar|jag|uppskattar|"
    r"välkomnar|hoppas|ser fram emot|förhoppning(en|ar|arna)?|tror)\b|"
    # "..., berättar Anna Berg", "berättar hon": a speaker; "... och berättar om hur bedragare arbetar" is the pledge
    r"(?<=[,”\"]\s)berättar\b|\bberättar\s+(?-i:[A-ZÅÄÖ])|\bberättar\s+(?:han|hon|att)\b|^(?:han|hon)\s+berättar\b|"
    # "Enligt Anna Berg är ...": a person's view, reported
    r"\b(?-i:[Ee]nligt\s+(?!Region|Polis|Lokalpolis|Kommun|Stad|Läns)[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ][a-zåäöé]+)",
    re.IGNORECASE,
)
# "I varje medborgarlöfte lovar polisen och kommunen att ...": what medborgarlöften are in
# general (an explainer page), not this pledge.
GENERIC = re.compile(
    r"\b(varje|ett|alla|vart)\s+medborgarlöfte|\bmedborgarlöften\s+(är|ska|skall|innebär|bygger)\b|"
    # "Sedan årsskiftet ska varje lokalpolisområde ta fram ...": how the work is organised, everywhere
    r"\b(varje|alla)\s+(lokalpolisområden?|kommuner?)\s+(ska|skall)\b|"
    # "I löftet står vad polisen och kommunen ska göra ...": what a pledge holds, not one
    r"\b(står|beskrivs|framgår)\s+(det\s+)?vad\s+|"
    # "... lovar att under 2024 arbeta med tre frågor: trafiken, ...": the areas named, no pledge
    r"\b(två|tre|fyra|fem|några|följande)\s+(frågor|områden|fokusområden|teman|prioriteringar)\s*:",
    re.IGNORECASE,
)
# "..., men det ingår inte i årets löfte", "Kommunen vill också se fler ...": said to be outside the
# pledge, or a wish about what others do.
OUTSIDE = re.compile(
    r"\b(?:ingår|finns|står|är)\s+inte\s+(?:med\s+)?i\s+(?:årets|det\s+nya|detta|det|vårt)?\s*(?:medborgar)?löfte|"
    r"\bvill\s+(?:också\s+|även\s+|gärna\s+)?se\s+(?:fler|mer|att)\b",
    re.IGNORECASE,
)
# "De ska också öka ...", "Detta ska leda till ...": about the pledges, not one of them.
PRONOUN_START = re.compile(
    r"^(de|dessa|detta|det|den|löftena|medborgarlöftena|löftet|arbetet)\s+(ska|skall|kommer)\b|"
    # "Under året ska arbetet främst handla om trafiken": the same, its verb put second
    r"^(under|i)\s[^,.]{2,30}?\s(ska|skall|kommer)\s+(arbetet|löftet|fokus|insatserna|samarbetet)\b",
    re.IGNORECASE,
)
GOAL_WORDS = re.compile(
    r"^\s*(mål|målet|målen|målsättning\w*|ambition\w*|vision\w*|effekt\w*|syfte\w*|förväntad\w*|önskad\w*)\b|"
    r"\b(målsättningen|ambitionen|syftet|effekten|visionen) (är|med)\b|\bhar som (mål|målsättning|ambition)\b|"
    r"\b(är|var) att\b|"
    # "Färre unga ska prova narkotika": an effect, not what anyone does
    r"^\s*färre\b[^.]*\b(ska|skall)\b|"
    # "Vi vill att färre unga ska testa narkotika": a state wished for others
    r"^\s*(?:vi|vår\s+förhoppning\s+är)\s+(?:vill|hoppas)\s+att\s+(?:fler|färre|alla|ingen|inga)\b[^.]*\b(ska|skall)\b",
    re.IGNORECASE,
)
FOLLOW_UP = re.compile(r"\b(återkoppl\w*|redovis\w*|följas upp|följs upp|utvärder\w*|revider\w*)\b", re.IGNORECASE)
# "– Vi är glada ..., säger X": a quotation that a news page's dash made a list item.
QUOTE_ITEM = re.compile(r"[,.!?]\s*[”\"]?\s*(säger|sa|berättar|menar|tycker|konstaterar)\s", re.IGNORECASE)
TRAILING_DOTS = re.compile(r"\s*(\.\.+|…)\s*$")


_SUBCLAUSE = re.compile(
    r"[,]?\s\b(som|där|vilka|vilket|eftersom|sedan|efter att|så att|när|innan|från det att|efter det att)\b",
    re.IGNORECASE,
)
_MODAL_SUBJECT = re.compile(r"^\S+(?:\s+\S+){0,5}?\s+(ska|skall|kommer\s+att)\s", re.IGNORECASE)
# "Kommunerna utbildar personalen ...": an actor's present tense, which commits like a modal.
# (or a short verb's: "Förvaltningen går igenom ...", "Polisen gör ...")
_PRESENT_SUBJECT = re.compile(
    # ("Socialtjänsten i varje kommun erbjuder ...": the subject's place before its verb)
    r"^\S+(?:\s+och\s+\S+)?(?:\s+i\s+\S+(?:\s+\S+){0,2}?)?\s+(?:(?!(?:har|hade|var|är)\b)[a-zåäö]{3,}(?:ar|er)|går|gör|ser|ger|tar|får|står)\s"
)


def main_clause(sentence: str, has_subject: bool | None = None) -> str:
    """A committing sentence up to its first subordinate clause: "Kommunen ska sätta upp
    skyltar på platser som invånarna har pekat ut" commits; what the places are says nothing of it.
    `has_subject`: whether an actor is the sentence's subject, when the caller already knows."""
    if not _MODAL_SUBJECT.match(sentence):
        if not _PRESENT_SUBJECT.match(sentence):
            return sentence
        if not (has_subject if has_subject is not None else subject_actors(sentence) is not None):
            return sentence
    sub = _SUBCLAUSE.search(sentence)
    return sentence[: sub.start()] if sub else sentence


def first_action(sentence: str) -> str:
    """A committing sentence up to its second verb phrase: "Regionen ska se över ... och
    redovisa förslagen" commits to the review; the report is how it ends."""
    if not _MODAL_SUBJECT.match(sentence):
        return sentence
    # (the first "och" may join the subject: "Kommunen och polisen ska gå igenom ... och återkoppla")
    for m in re.finditer(r" och ", sentence):
        head = sentence[: m.start()]
        if len(head.split()) >= 5:
            return head
    return sentence


def prose_signals(sentence: str) -> dict[str, bool]:
    """Word-level signals of a prose sentence, shared by the rules and the classifier."""
    subject = subject_actors(sentence) is not None
    return {
        "commits": bool(COMMITMENT.search(sentence)),
        "subject": subject,
        "meta": bool(META.search(sentence)),
        "doc_meta": bool(DOC_META.search(PLEDGE_SOURCE.sub("", PLEDGE_FRAME.sub("", sentence)))),
        "pronoun": bool(PRONOUN_START.search(sentence)),
        "past": bool(PAST.search(main_clause(sentence, subject))),
        "situation": bool(SITUATION.search(sentence)),
        "cleft": bool(CLEFT.search(sentence)),
        "wished": bool(WISHED_STATE.search(sentence)),
        "quoted": bool(QUOTED.search(sentence)),
        "generic": bool(GENERIC.search(sentence)),
        "outside": bool(OUTSIDE.search(sentence)),
        "goal": bool(GOAL_WORDS.search(PLEDGE_FRAME.sub("", sentence))),
        "follow_up": bool(FOLLOW_UP.search(first_action(sentence))),
        "lovar": bool(re.search(r"\blovar\b", sentence, re.IGNORECASE)),
        "colon": sentence.rstrip().endswith(":"),
        "question": sentence.rstrip().rstrip('”"’»').endswith("?"),  # "Men vad innebär det ...?"
        "short": len(sentence.split()) < 5 or names_only(sentence),
        "counted": bool(COUNTED_PARTS.search(sentence)),
    }


# "Vi lovar att arbeta med tre saker under 2022": a sentence that counts the parts after it.
# (the parts counted: "tre saker", "fyra områden"; the text reader's lead-ins use it too)
COUNTED = r"(?:två|tre|fyra|fem|sex)\s+(?:saker|områden|fokusområden|punkter|delar|frågor|teman)\b"
COUNTED_PARTS = re.compile(rf"\b(?:arbeta|jobba|fokusera|satsa)\s+(?:med|på|inom)\s+{COUNTED}", re.IGNORECASE)


def prose_is_pledge(signals: dict[str, bool], in_part: bool, promised: bool) -> bool:
    """The rules' decision on one sentence of prose."""
    if signals["colon"] or signals["short"] or signals["cleft"] or signals["quoted"] or signals["goal"]:
        return False
    if signals.get("counted"):
        return False  # "Vi lovar att arbeta med tre saker under 2022": the pledges are the parts after it
    if signals.get("question"):
        return False
    if signals.get("generic") or signals.get("outside"):
        return False
    if promised:
        return True  # "Kommunen lovar att ...", "I löftet lovar polisen att ..."
    if signals["pronoun"] or signals["meta"]:
        return False
    if signals["past"] or signals["situation"] or signals["follow_up"]:
        return False
    if signals["wished"] and not signals["subject"]:
        return False
    return in_part and (signals["commits"] or signals["subject"]) and not signals["doc_meta"]


# "lovar", and as news pages restate it: "har lovat", "har åtagit sig", "åtar sig".
# "har kommit överens om att" + an action, but not about making the document itself
# ("... om att ta fram ett medborgarlöfte").
_AGREED = (
    r"(?:har|hade)\s+(?:också\s+|även\s+|nu\s+)?(?:kommit\s+överens|enats)\s+om(?=\s+att\s+"
    r"(?!(?:\w+\s+){0,4}(?:\w*löfte|avtal|överenskommelse))"
    # ("... om att under 2021 arbeta särskilt med tryggheten i centrum": what the work is about)
    r"(?!(?:\w+\s+){0,4}arbeta\s+(?:särskilt|främst|extra)\s+med\b))"
)
LOVAR = re.compile(
    r"\b(?:lovar|lovat(?=\s+att\b)|har\s+(?:också\s+|även\s+)?lovat|har\s+(?:också\s+|även\s+)?åtagit\s+sig|åtar\s+sig|"
    + _AGREED
    + r")\s+"
    r"(?:också\s+|även\s+|därför\s+|härmed\s+)?",
    re.IGNORECASE,
)


# "... har presenterat vad de lovar invånarna": the promise is told of, not given.
_TOLD_WHAT = re.compile(r"\bvad\s+(?:de|vi|man|ni|parterna)\s+$", re.IGNORECASE)


def promising_actors(sentence: str, we: Sequence[str] = BOTH_PARTIES) -> list[str] | None:
    """Who a sentence says promises: "Kommunen lovar att ...", "... lovar polisen att ..."."""
    subject = subject_actors(sentence, we)
    first = next((m for m in LOVAR.finditer(sentence) if not _TOLD_WHAT.search(sentence[: m.start()])), None)
    # ("Lokalpolisområde Handen tillsammans med Haninge kommun, Nynäshamns kommun och Tyresö kommun
    # lovar": a long subject that only names the parties)
    if subject and first and (len(sentence[: first.start()].split()) <= 10 or names_only(sentence[: first.start()])):
        return subject
    for m in LOVAR.finditer(sentence):
        after = subject_actors(sentence[m.end() :])
        if after:
            return after  # inverted: "därför lovar kommunen att"
        words = sentence[: m.start()].split()
        for k in range(max(0, len(words) - 6), len(words)):
            phrase = " ".join(words[k:]).strip(",")
            if (
                phrase
                and (phrase[0].isupper() or phrase.lower().startswith(("polis", "kommun")))
                # ("... föreslås att kommunen och polisen lovar att:": both, joined)
                and (is_actor_name(phrase) or names_only(phrase))
            ):
                return subject_actors(phrase)
    return None


def starts_infinitive(line: str) -> bool:
    """ "genomföra ...", "arbeta för ...", "Att anordna ...": how items after "lovar att:" begin."""
    first = re.match(r"[\wåäö]+", line.strip())
    if not first:
        return False
    word = first.group(0)
    if word.lower() == "att":
        return True
    if not word.islower():
        return False
    # "genomföra", "arbeta", a deponent "synas", and the short verbs.
    return (word.endswith("a") and len(word) >= 4) or (word.endswith("as") and len(word) >= 5) or word in SHORT_VERBS


SHORT_VERBS = {"ha", "få", "se", "gå", "ge", "nå", "stå", "bo", "öka", "ta"}


def starts_capital_infinitive(line: str) -> bool:
    """ "Genomföra minst två ...", "Synas mer ...", "Ta fram ...": an item of three words or more
    that begins with its verb, capitalised, as the items under "... lovar att:" begin when their
    bullets were lost. A capitalised word in -a is as often an adjective or a quantifier
    ("Trygga miljöer", "Alla skolor ..."), so callers read it only under such a lead-in."""
    text = line.strip()
    if not text[:1].isupper() or len(text.split()) < 3 or NOT_INFINITIVE.match(text):
        return False
    return starts_infinitive(text[0].lower() + text[1:]) and not text.lower().startswith("att ")


# Capitalised words in -a that open a noun phrase, not an item.
NOT_INFINITIVE = re.compile(
    r"(?:alla|andra|flera|många|dessa|våra|hela|samma|vissa|unga|nya|egna|sina|bägge|båda|sådana|enda)\s",
    re.IGNORECASE,
)
