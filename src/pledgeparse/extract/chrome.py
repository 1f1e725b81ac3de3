"""Site chrome: the furniture of a web page copied along with a pledge.

One method for every format. A line of text is chrome when its features say
so, not when it equals a known string:

* its words are mostly web furniture words (menus, search, sharing,
  listening, cookies, publication stamps, files, contact, pictures) and it
  is short, so a real sentence that happens to use "dela" or "kontakt"
  survives;
* it is a contact line (an e-mail address, a phone number, opening hours, a
  postal address) or a publication stamp (a date with a clock time);
* it is an attachment link ("... (pdf, 420 kB)");
* it is an image caption: a photo credit ("Bild: ...", "Foto: ..."), or a
  line that only names people with their titles, saying nothing about them.

HTML elements are judged on the same features, with their class names, ARIA
roles and link density on top (see ``readers/html.py``).
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from pledgeparse.extract.gazetteer import first_names


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words of web furniture, by what they furnish. A token counts when it is one
# of these, or a compound ending in one of WEB_HEADS ("hjälpmeny", "kommunväxel").
WEB_WORDS = _vocabulary(
    """
    meny menyn menu stäng close sök sökning search startsida startsidan start toppen innehåll
    innehållet content main skip genväg genvägar navigering navigeringen webbplats webbplatsen webbplatsens
    hemsida hemsidan länk länken länkar relaterat relaterade nyhet nyheter aktuellt
    dela delning share tipsa kompis skriv utskrift print facebook twitter instagram linkedin youtube
    lyssna talsyntes readspeaker
    cookies cookie kakor godkänn godkänner acceptera nödvändiga javascript webbläsare webbläsaren
    publicerad publicerades publicerat uppdaterad uppdaterades uppdaterat ändrad ändrades senast
    granskad pressmeddelande pressmeddelanden läsning
    bild bilden bilder foto fotograf genrebild logotyp logo ikon icon
    pdf kb mb bilaga bilagor dokument fönster
    kontakt kontakta kontaktcenter kontaktperson kontaktpersoner kontaktuppgifter telefon tel
    e-post epost mejl växel växeln öppettider telefontid telefontider besöksadress postadress
    välkommen feedback väder återkoppling dnr diarienummer
    sidansvarig innehållsansvarig utgivare tillgänglighetsredogörelse personuppgifter gdpr
    följ prenumerera prenumeration kopiera translate english teckenspråk lättläst felanmälan
    e-tjänster e-tjänst logga inloggning artikel artikeln artiklar kategori kategorier taggar tagg
    textstorlek kontrast tillbaka nyhetslistan senaste nytt visa tack svar sidor ändra languages language
    prenumerant prenumeranter läst lästa granskades granskat tillåt neka kommentera kommentarer
    annons annonser presskontakt pressansvarig mediekontakt press e-tidning e-tidningen e-tidningar
    kommentar kommentaren inloggad gilla wordpress
    nöje sport debatt insändare ledare kultur företagare besökare
    signeringsbevis dokument-id transaktions-id bankid e-signerat e-signerad utdragsbestyrkande justerandes
    """
)
# Compound heads that make a web word of any compound: "hjälpmeny", "kommunväxel".
WEB_HEADS = (
    "meny",
    "växel",
    "växeln",
    "sidan",
    "startsida",
    "länk",
    "länkar",
    "adress",
    "innehåll",
    "innehållet",
    "artiklar",
)
# Words that neither make nor break a line: function words, the fillers of
# link texts ("Läs mer här", "Gå direkt till sidans innehåll") and the
# organisations every page names.
FILLER = _vocabulary(
    """
    och eller i på till för från om av med att som en ett den det denna detta dessa här där hit
    jag du dig din ditt dina min mitt mina er vi oss vår våra bli
    mer läs hela alla gå hoppa över direkt tillbaka endast sidans sida sidan ut ner information
    sociala medier the to on of in this page is
    kommun kommuns kommunen kommunens polis polisen polisens region regionen stad staden
    """
)
# Words that are chrome wherever they occur: a pledge never talks about them.
STRONG_WORDS = _vocabulary("cookies cookie kakor javascript webbläsare webbläsaren")
# Multi-word furniture and web addresses, counted as two furniture words.
WEB_PHRASES = re.compile(
    r"\b(ladda\s+ner|läs\s+mer|läs\s+också|läs\s+även|skriv\s+ut|visa\s+större|hitta\s+hit|till\s+toppen|"
    r"(öppnas|visas)\s+i\s+(ett\s+)?nytt\s+(fönster|flik)|[\w-]+\.(se|nu|com|org|net|eu)|"
    r"du\s+är\s+här|logga\s+in|tyck\s+till|gratis\s+artikel\w*|(fler|alla|senaste)\s+nyheter|mest\s+lästa?|artikeln\s+är\s+låst|låst\s+artikel|"
    r"för\s+\d+\s*kr|behandling\s+av\s+personuppgifter|drivs\s+med\s+wordpress|powered\s+by|creative\s+commons|"
    # a paywall's prompt and offer ("Bli prenumerant …", "Prova Plus – 1 kr i en månad"), a comment
    # form's notice, a police site's region picker, a breadcrumb run together ("Startsida Invånare …"),
    # a minute's signing line
    r"bli\s+prenumerant|för\s+att\s+läsa\s+vidare|"
    # a link to a pledge's page or file: "Läs medborgarlöftet för Enskede-Årsta-Vantör", "Läs hela löftet"
    r"^läs\s+(?:hela\s+)?(?:\w+s\s+)?(?:medborgarlöfte\w*|löfte[nt]?)\b(?!.*[.!?]$)|modererar\s+kommentar\w*|din\s+polisregion|^startsida\s|"
    # a link to the site's social media accounts ("Polisen i sociala medier", "Följ oss i sociala medier")
    r"^(?:följ\s+oss|vi\s+finns|hitta\s+oss|[A-ZÅÄÖ][\wåäö]+)\s+i\s+sociala\s+medier$|"
    # a consent banner's button: "Acceptera   Hantera val", "Hantera inställningar"
    r"\bhantera\s+(val|inställningar|cookies|kakor)\b|"
    # a consent banner's answer on a line of its own: "Ja, tillåt", "Nej tack"
    r"^(?:ja|nej)\s*,?\s+(?:tack|tillåt|acceptera|godkänn)\w*$|"
    r"(justerandes|justerares|ordförandes|sekreterarens)\s+sign\w*|längre\s+ner\s+på\s+sidan|"
    # a site's language and accessibility links, a consent button
    r"lätt\s+svenska|other\s+languages|in\s+english|hjälp\s+för\s+att\s+använda|bara\s+nödvändiga|"
    # a breadcrumb's and a section menu's label, a read-aloud service, a paywall's offer, a link "... här"
    r"du\s+befinner\s+dig\s+här|i\s+det\s+här\s+avsnittet|^i\s+avsnittet\b|talande\s+webb|köp\s+prenumeration|"
    r"(svara\s+på\s+(enkäten|undersökningen)|klicka)\s+här|^kontakta\s+(polisen|kommunen)(\s+i\s+[\wåäö]+(\s+län)?)?$|"
    r"\d+\s*kr(?:ona|onor)?\s+(?:(?:i|per|för)\s+)?(en\s+|första\s+)?(månad|månaden|vecka|veckan|år)|prova\s+(plus|premium|digitalt?|gratis))\b",
    re.IGNORECASE,
)
# Phrases removed from inside a sentence: they are link labels read aloud.
INLINE_PHRASES = re.compile(
    r"\s*\(?\b(öppnas|visas)\s+i\s+(ett\s+)?nytt\s+(fönster|flik)\b\)?|\s*\bvisa\s+större\s+bild\b",
    re.IGNORECASE,
)
TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
URL = re.compile(r"\b(https?://|www\.)\S+", re.IGNORECASE)
PHONE = re.compile(r"(?<![\d\-–/])(\+46\s?|0)\d{1,3}\s?[-–/]?\s?\d{2,3}(\s?\d{2,3}){1,3}(?![\d\-–])")
POSTAL = re.compile(r"^(box\s+\d+|\d{3}\s\d{2}\s+[A-ZÅÄÖ][\wåäö]+(\s[A-ZÅÄÖ][\wåäö]+)?)$", re.IGNORECASE)
# "Ring 114 14", "Telefon 114 14", "Ring 112 vid akuta lägen": a short number to call.
CALL = re.compile(r"^(ring|tel\.?|telefon(nummer)?)\s*:?\s*\d{2,3}(\s?\d{2,3})?\b", re.IGNORECASE)
# The police's numbers named as such: "Vid nödsituation: 112", "Polisens kontaktcenter 114 14".
_SERVICE_NUMBER = re.compile(
    r"^(?:[\wåäöÅÄÖ]+\s+){0,4}(?:nödsituation|nödläge|akut\w*|kontakt|kontaktcenter|kontaktcentret|växel|växeln|"
    r"upplysningsnummer)\s*:?\s*(?:112|114\s?14)\b.{0,25}$",
    re.IGNORECASE,
)
# "Kontakta polisen på 114 14", "kontakta kommunpolis Eva Ek via 114 14": whom to call on which number.
CONTACT_CALL = re.compile(
    r"\b(kontakta|ring|nå)\s+(?:\w+\s+){0,4}(?:på|via)\s+(?:telefon(?:nummer)?\s+)?\d{2,3}\s?\d{2,3}\b|"
    r"\bring\s+(?:oss\s+)?(?:\d{2,3}\s?\d{2,3}|112)\b",  # "Kontakta oss – ring 114 14", "Vid brott som pågår, ring 112"
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"\b(mån|tis|ons|tors|fre|lör|sön)dag(ar)?\b", re.IGNORECASE)
CLOCK = re.compile(r"\b([01]?\d|2[0-3])[.:][0-5]\d\b")
DATE = re.compile(
    r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[a-zåäö]{3,9}\.?\s+\d{4}|[a-z]{3}\s+\d{1,2},\s+\d{4})\b", re.IGNORECASE
)
FILE_LINK = re.compile(
    r"\(\s*(pdf|docx?|xlsx?|pptx?)\b[^)]*\)\s*$|\b\d+([.,]\d+)?\s*(kb|mb)\b\)?\s*$|pdf$", re.IGNORECASE
)
PHOTO_CREDIT = re.compile(
    r"\b(bild|foto|fotograf|photo)\s*:\s*[A-ZÅÄÖ]|^(foto|bild|genrebild|logotyp|logo|ikon|icon|bilden visar|på bilden)\b|"
    r"\b(logotyp|logga|logo)$",  # "Ydre kommun logotyp": a logo's alt text
    re.IGNORECASE,
)
# A caption names people; a sentence says something about them.
VERB_CUE = re.compile(
    r"\b(är|var|har|hade|ska|skall|kommer|lovar|säger|sa|berättar|undertecknade|undertecknar|"
    r"undertecknades|skrev|skrevs|skriver|signerade|signerar|signerades|tecknade|tecknar|gjordes|gavs|togs|"
    r"[a-zåäö]{3,}ades?)\b",
    re.IGNORECASE,
)
# A verb in the past tense ("förlängde", "träffade", "fortsatte"); lower case, so
# that a name ending the same way ("Charlotte") does not count.
PAST_TENSE = re.compile(r"\b[a-zåäö]{3,}(?<!n)de\b|\b[a-zåäö]{3,}[^aeiouyåäö\W]te\b")
SENTENCE_END = re.compile(r"[.!?]\s*$")
PROMISING = re.compile(r"\b(ska|skall|lovar|kommer\s+att)\b", re.IGNORECASE)
COMMITMENT = re.compile(r"\b(ska|skall|kommer|lovar|polis\w*)\b", re.IGNORECASE)
STAMP_WORDS = _vocabulary("kl klockan cet cest utc den")
CAPTION_WORDS = 25


def _is_web_word(token: str) -> bool:
    if token in WEB_WORDS:
        return True
    return len(token) > 6 and any(token.endswith(head) and len(token) > len(head) + 2 for head in WEB_HEADS)


def _near(token: str, word: str) -> bool:
    """One letter dropped, added or changed: a typo of ``word``."""
    if abs(len(token) - len(word)) > 1 or token[0] != word[0]:
        return False
    if len(token) == len(word):
        return sum(a != b for a, b in zip(token, word, strict=True)) == 1
    short, long = sorted((token, word), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@cache
def _typo_of_web_word(token: str) -> bool:
    return len(token) >= 7 and any(len(w) >= 7 and _near(token, w) for w in WEB_WORDS)


# Pure functions of a line's text, called again on the same text by the HTML
# reader (an element and its parent), the cleaner and the pledge reader: each
# text is judged once per process.
JUDGED_LINES = 1 << 14


@lru_cache(maxsize=JUDGED_LINES)
def web_word_share(line: str) -> tuple[int, int]:
    """(furniture words, words that count) in a line; fillers do not count."""
    phrases = 2 * len(WEB_PHRASES.findall(line))  # a phrase is surer than a word
    rest = DATE.sub(" ", WEB_PHRASES.sub(" ", line))  # a date is neither furniture nor content
    hits = 0
    counted = 0
    for i, token in enumerate(TOKEN.findall(rest)):
        word = token.lower()
        if word in FILLER:
            continue
        if _is_web_word(word) or _typo_of_web_word(word):
            hits += 1
        elif i == 0 or not token[:1].isupper():
            counted += 1  # a name inside the line ("Väder Malå") neither makes nor breaks it
    return hits + phrases, hits + counted + phrases


def _words(line: str) -> int:
    return len(line.split())


def is_furniture_words(line: str) -> bool:
    """A short line made mostly of web furniture words ("Stäng meny", "Dela denna sida").

    Link labels inside the line ("Visa större bild") are judged on their own
    (see :func:`strip_inline`), not as words of the line.
    """
    line = INLINE_PHRASES.sub("", line).strip()
    hits, counted = web_word_share(line)
    if not hits:
        return False
    n = _words(line)
    if n > 12 or (n >= 5 and PROMISING.search(line)):
        return False  # "Polisen ska dela ut information om nyheter i trafiken": a sentence that commits
    mostly = hits * 2 > counted or (hits >= 2 and hits * 2 >= counted)
    return mostly and (n <= 4 or not SENTENCE_END.search(line) or hits >= 2)


# "Läs också: Ny polisstation öppnar i Nybro": a link to another article.
READ_ALSO = re.compile(r"^läs\s+(också|även)\s*:", re.IGNORECASE)
# "Av Johanna Lindqvist", "Text: Per Ek": a news item's byline, a name and nothing else.
BYLINE = re.compile(
    r"^(?i:av|text|text och foto)\s*:?\s+(?P<first>[A-ZÅÄÖ][a-zåäöé]+)(?:\s+[A-ZÅÄÖ][a-zåäöé\-]+){1,2}$"
)
# A byline that names an office: "Av: Kommunikationsavdelningen", "Text: Redaktionen".
OFFICE_BYLINE = re.compile(
    r"^(?:av|text|foto|text\s+och\s+foto)\s*:\s*(?:[A-ZÅÄÖ][\wåäö\-]*\s+)?[\wåäö\-]*"
    r"(?:avdelning|avdelningen|enhet|enheten|redaktion|redaktionen|kontor|kontoret|staben)$",
    re.IGNORECASE,
)
# A table of contents' entry or a line to sign on: "2 Bakgrund ........ 3", "..................".
DOT_LEADERS = re.compile(r"^(?:.{0,80}?\s)?(?:\.\s?){6,}\s*\d{0,3}$|^_{6,}$")


def is_byline(line: str) -> bool:
    m = BYLINE.match(line)
    return m is not None and m.group("first") in first_names()


def has_strong_word(line: str) -> bool:
    """A word no pledge uses, also as part of a compound ("Cookie-inställningar", "kakinställningar")."""
    for token in TOKEN.findall(line):
        word = token.lower()
        if word in STRONG_WORDS or any(part in STRONG_WORDS for part in word.split("-")):
            return True
        if word.startswith(("cookie", "kakinst", "kakpolicy")):
            return True
    return False


def is_contact_line(line: str) -> bool:
    """An e-mail address, a phone number, opening hours or a postal address, in a short line."""
    if _words(line) > 14:
        return False
    if EMAIL.search(line) or URL.fullmatch(line.strip()):
        return True
    phone = PHONE.search(line)
    if phone and sum(c.isdigit() for c in phone.group(0)) >= 7:
        return True
    parts = re.split(r"\s[|•]\s", line.strip())
    if all(_SERVICE_NUMBER.search(part.strip()) for part in parts) and not re.search(
        r"\b(ska|skall|kommer|lovar)\b", line, re.IGNORECASE
    ):
        return True  # "Vid nödsituation: 112", "Polisens kontaktcenter 114 14 – dygnet runt"
    if CALL.match(line.strip()):
        return True  # "Ring 114 14 ...": the police's or the municipality's service number
    if CONTACT_CALL.search(line) and not re.search(r"\b(ska|skall|kommer|lovar)\b", line, re.IGNORECASE):
        return True  # "Har du frågor? Kontakta kommunpolisen via 114 14."
    if WEEKDAY.search(line) and CLOCK.search(line) and _words(line) <= 8 and not COMMITMENT.search(line):
        return True  # opening hours, not a patrol on Fridays at ten
    # "Växjö kommun, Box 1222, 351 12 Växjö": an address with its postal parts between commas.
    return any(POSTAL.match(part.strip()) for part in line.split(","))


# A question to the reader about the page itself: a feedback prompt, and its answer buttons.
FEEDBACK = re.compile(
    r"\b(du|ni)\b.*\b(sidan|informationen|webbplatsen|texten|svar)\b.*\?\s*$|"
    r"^(vad|hur)\s+kan\s+vi\s+(förbättra|göra\s+(den|sidan|det)?\s*bättre)\b.*\?\s*$|"
    r"^(var|är)\s+(den\s+här\s+|denna\s+)?(sida|sidan|informationen|texten|innehållet|det\s+här|detta)\b.{0,30}\b(till\s+hjälp|användbar|bra)\b.*\?\s*$|"
    r"^hjälpte\s+(sidan|informationen|texten)\b.*\?\s*$|"
    # "Lämna dina synpunkter här.": the page's feedback link
    r"^lämna\s+(dina\s+|en\s+|din\s+)?(synpunkter|synpunkt|kommentar|feedback|åsikt|åsikter)(\s+här|\s+på\s+sidan)?\W*$|"
    # "Vad tycker du om löftet? Kommentera längre ner.": the site asks the reader to comment
    r"(^|[.?!]\s+)kommentera\b|^hjälp\s+oss\s+(att\s+)?bli\s+bättre\W*$|"
    r"^\s*ja\s*[/|]?\s*nej\s*$|"
    # "Hittade du det du sökte?   Ja   Nej": a question to the reader over its answer buttons
    r"^(hittade|fann)\s+du\b.*\?\s*$|"
    # "Här hittar du information om Polisens arbete i Gnesta kommun.": the page telling what it holds
    r"^här\s+(hittar|finner)\s+du\s+(information|mer\s+information|allt|nyheter)\s+om\b[^.]{0,80}\.?$|\b(du|ni)\b.*\?\s+ja\s*[/|]?\s*nej\s*$|"
    # "Ge oss återkoppling på sidan", "Tyck till om webbplatsen": the same prompt as a request.
    r"^(ge\s+oss|lämna|skicka|tyck\s+till|hjälp\s+oss|rapportera|tipsa\s+oss)\b.{0,40}\b(sidan|sida|webbplatsen|informationen|texten)\b\W*$",
    re.IGNORECASE,
)
# "Start / Trygghet och säkerhet / Medborgarlöfte": a breadcrumb trail.
# A news site's section trail: "Lokalt / Bollebygd", "Nyheter › Borås".
BREADCRUMB = re.compile(
    r"^(start|startsida|startsidan|hem|home|lokalt|nyheter|lokala\s+nyheter)\s*([/>›»|]|\s[-–]\s)\s*\S", re.IGNORECASE
)
BREADCRUMB_SEPARATOR = re.compile(r"\s[/>›»]\s")
_TRAIL_LABEL = re.compile(r"^(du\s+är\s+här|här\s+är\s+du)\s*:\s*(?=\S)", re.IGNORECASE)


def is_breadcrumb(line: str) -> bool:
    line = _TRAIL_LABEL.sub("", line.strip())  # "Du är här: Startsida / ...": the trail after its label
    if _words(line) > 16 or SENTENCE_END.search(line):
        return False
    return (
        bool(BREADCRUMB.match(line)) or len(BREADCRUMB_SEPARATOR.findall(line)) >= 2 or bool(_POLICE_TRAIL.match(line))
    )


# The police site's trail from region to area: "Västra Götaland / Lokalpolisområde Södra Fyrbodal".
_POLICE_TRAIL = re.compile(
    r"^(polisregion\s+)?[A-ZÅÄÖ][\wåäö]+(\s+[A-ZÅÄÖ]?[\wåäö]+){0,2}\s[/>›»]\s(?i:lokalpolisområde|polisområde)\s+\S.{0,40}$"
)


def is_stamp(line: str) -> bool:
    """A publication stamp: a date with a clock time and nothing else but furniture."""
    if _words(line) > 10:
        return False
    if not (DATE.search(line) and CLOCK.search(line)):
        return False
    rest = CLOCK.sub(" ", DATE.sub(" ", line))
    words = [t.lower() for t in TOKEN.findall(rest) if t.lower() not in STAMP_WORDS]
    return not words or web_word_share(rest)[0] > 0


def is_feedback_prompt(line: str) -> bool:
    return _words(line) <= 12 and bool(FEEDBACK.search(line))


# "Få nyheterna direkt i din inkorg. Anmäl dig till vårt nyhetsbrev!": a sign-up offer to the reader.
SIGN_UP = re.compile(
    r"\b(anmäl\s+dig|prenumerera|registrera\s+dig)\s+(till|på)\s+(vårt|våra|vår|ett|våra)\s+nyhetsbrev\w*|"
    r"\bdirekt\s+i\s+din\s+(inkorg|mejl|e-post)\b",
    re.IGNORECASE,
)
SIGN_UP_WORDS = 25


# "© 2024 Mora kommun", "Copyright Polismyndigheten": the site's footer.
COPYRIGHT = re.compile(r"^(©|\(c\)\s|copyright\b)", re.IGNORECASE)


def is_copyright(line: str) -> bool:
    return _words(line) <= 12 and bool(COPYRIGHT.match(line.strip()))


def is_file_link(line: str) -> bool:
    return _words(line) <= 20 and bool(FILE_LINK.search(line.strip()))


def _names(line: str) -> int:
    names = first_names()
    tokens = TOKEN.findall(line)
    return sum(1 for a, b in itertools.pairwise(tokens) if a in names and b[:1].isupper() and b not in names)


@lru_cache(maxsize=JUDGED_LINES)
def is_caption(line: str) -> bool:
    """An image caption: a photo credit, or people named with titles and nothing said of them."""
    if _words(line) <= CAPTION_WORDS and PHOTO_CREDIT.search(line):
        return True
    if _words(line) > CAPTION_WORDS or _names(line) < 2:
        return False
    return not VERB_CUE.search(line) and not PAST_TENSE.search(line) and ":" not in line


# A whole line that is a consent button or a site's menu entry ("Jag förstår", "Lokal polis").
BUTTON_LINE = re.compile(
    r"^(jag\s+förstår|ok(?:ej)?|okej,?\s+jag\s+förstår|jag\s+godkänner|godkänn\s+alla|acceptera\s+alla|"
    r"avvisa\s+alla|lokal\s+polis|laddar(?:\s+in)?\s*(?:…|\.{3})?|anslag\s*/\s*bevis|händelser|händelser\s+och\s+nyheter|tipsa\s+en\s+(?:vän|kompis)|"
    # a news site's links to more of the same: "Mer från Kinda", "Fler nyheter"
    r"mer\s+från\s+[A-ZÅÄÖ][\wåäö\-]*(?:\s+[A-ZÅÄÖ][\wåäö\-]*)?|fler\s+nyheter|mer\s+nyheter|"
    # menu entries: "Polisen i ditt län", "Om Halmstads kommun", "Nyheter – Kronobergs län"
    r"(?:kontakta|tipsa|mejla)\s+redaktionen|anmäl\s+brott|polisen\s+i\s+ditt\s+län|om\s+[A-ZÅÄÖ][\wåäö\-]+\s+(?:kommun|stad)|nyheter\s+[–-]\s+[A-ZÅÄÖ][\wåäö\-]+\s+län)"
    r"\s*[!.]?$",
    re.IGNORECASE,
)
# A newsletter's running head: "BENGTSFORS KOMMUN INFORMERAR      NR 2 · 2018", "Kommunen informerar".
NEWSLETTER_HEAD = re.compile(
    r"^(?:[A-ZÅÄÖ][\wåäö\-]+\s+)?(?:kommun|kommunen|stad|staden|polisen)\s+informerar\s*(?:(?:\s{2,}|[|–-]\s*).{0,30})?$",
    re.IGNORECASE,
)
# The labels of a letterhead's fields: "Datum", "Vår beteckning", "Diarienummer".
LETTERHEAD_LABEL = (
    r"(?:datum|diarienummer|diarienr|dnr|ärendenummer|vår\s+beteckning|er\s+beteckning|beteckning|handläggare)"
)
# A letterhead's date and case number, or their labels: "2024-12-12   KS 2024/00871", "Datum   Diarienummer".
CASE_LINE = re.compile(
    r"^(?:(?:\d{4}-\d{2}-\d{2})\s+)?(?:(?:dnr|diarienummer|ärendenummer)\s*:?\s*)?[A-ZÅÄÖ]{1,5}\s+\d{4}[/.]\d{1,6}$|"
    # "Kommunstyrelsen      Bilaga till KS § 14/2020": a minute's appendix label
    r"^(?:[A-ZÅÄÖ][\wåäö]+\s{2,})?bilaga\s+(?:\d+\s+)?till\s+[A-ZÅÄÖ]{1,5}\s*§\s*\d+(?:/(?:19|20)\d\d)?$|"
    rf"^{LETTERHEAD_LABEL}(?:\s{{2,}}{LETTERHEAD_LABEL})+$",
    re.IGNORECASE,
)
# "På den här sidan: Bakgrund | Det här lovar vi | Kontakt": the page's contents as links on one line.
CONTENTS_LINE = re.compile(
    r"^(?:på\s+(?:den\s+här|denna)\s+sida(?:n)?|innehåll(?:\s+på\s+sidan)?|hitta\s+på\s+sidan|genvägar)\s*:"
    r"\s*[^|]{1,60}(?:\s[|·•]\s[^|]{1,60})+$",
    re.IGNORECASE,
)
# "Kommun & politik | Barn & utbildning | Omsorg & stöd": a menu of short entries between bars.
BARRED_MENU = re.compile(r"^[A-ZÅÄÖ][\wåäö,&\- ]{1,30}(?:\s\|\s[A-ZÅÄÖ][\wåäö,&\- ]{1,30}){2,}$")
# "Askersund   Degerfors   Hallsberg": a menu row, single capitalised words set apart by wide gaps.
MENU_ROW = re.compile(r"^[A-ZÅÄÖ][\wåäöé\-]*(?:\s{2,}[A-ZÅÄÖ][\wåäöé\-]*){2,}$")


@lru_cache(maxsize=JUDGED_LINES)
def line_chrome(line: str) -> bool:
    """True when a line of text is site chrome on its features alone."""
    stripped = line.strip()
    if not stripped:
        return False
    return (
        is_furniture_words(stripped)
        or is_contact_line(stripped)
        or is_stamp(stripped)
        or is_feedback_prompt(stripped)
        or (_words(stripped) <= SIGN_UP_WORDS and bool(SIGN_UP.search(stripped)))
        or is_breadcrumb(stripped)
        or is_file_link(stripped)
        or is_copyright(stripped)
        or is_byline(stripped)
        or bool(MENU_ROW.match(stripped))
        or (
            bool(BARRED_MENU.match(stripped))
            and all(len(p.split()) <= 4 for p in stripped.split(" | "))
            and not PROMISING.search(stripped)
        )
        or bool(BUTTON_LINE.match(stripped))
        or bool(NEWSLETTER_HEAD.match(stripped))
        or bool(OFFICE_BYLINE.match(stripped))
        or bool(DOT_LEADERS.match(stripped))
        or bool(CONTENTS_LINE.match(stripped))
        or bool(CASE_LINE.match(stripped))
        or (bool(READ_ALSO.match(stripped)) and _words(stripped) <= 14)
        or (_words(stripped) <= CAPTION_WORDS and bool(PHOTO_CREDIT.search(stripped)))
        or (has_strong_word(stripped) and _words(stripped) <= 40)
    )


def strip_inline(text: str) -> tuple[str, list[str]]:
    """Remove link labels read aloud inside a sentence ("... formulär Öppnas i nytt fönster.")."""
    found = [m.group(0).strip() for m in INLINE_PHRASES.finditer(text)]
    if not found:
        return text, []
    return INLINE_PHRASES.sub("", text), found
