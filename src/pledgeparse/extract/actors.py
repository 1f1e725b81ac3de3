"""Who carries out a pledge: finding actor mentions and normalising them.

GOLD.md's rule, as a careful coder applies it: the actors are the pledge's own
subject ("Polisen och Socialförvaltningen gör ..."); partners named after the
verb ("Kommunen ska tillsammans med polisen genomföra ...") are not actors;
a pledge without a subject inherits the actors of its lead-in; the police in
any form is ``Polisen``, the municipality as a whole ``Kommunen``, a named
body keeps its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pledgeparse.extract.gazetteer import first_names, resolve_municipality
from pledgeparse.models import ActorType

POLICE = "Polisen"
MUNICIPALITY = "Kommunen"
BOTH_PARTIES = (MUNICIPALITY, POLICE)

_CAP = r"[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ\-]*"
_WORD = r"[\wåäöéÅÄÖÉ\-]+"
# Suffixes of the names of bodies: förvaltningar, nämnder, services, schools,
# companies, associations. Matched on a word's end ("Socialförvaltningen").
_BODY_SUFFIX = (
    r"(?:förvaltning(?:en|ar|arna)?|nämnd(?:en|er|erna)?|tjänst(?:en)?|(?<=[a-zåäö])omsorg(?:en)?|kontor(?:et)?|"
    r"bolag(?:et)?|förening(?:en|ar|arna)?|skola|skolan|skolor(?:na)?|"
    # a youth centre ("Ungdomsgården Vippan"), not a place ("Skärgården", "Kyrkogården")
    r"(?:(?<=ungdoms)|(?<=fritids)|(?<=hobby)|(?<=aktivitets))gård(?:en|ar|arna)?|"
    r"kyrka(?:n)?|enhet(?:en)?|styrelse(?:n)?|avdelning(?:en)?|grupp(?:en)?|"
    r"samordnar(?:e|en|na)|sekreterar(?:e|en|na)|handläggar(?:e|en|na)|assistent(?:en|er|erna)|vandrar(?:e|na)|värd(?:ar|arna)|"
    r"verk(?:et)?|verksamhet(?:en)?|myndighet(?:en)?|jour(?:en)?|center|centret|centrum|huset|"
    r"fastigheter|(?<=[a-zåäö])(?:bostäder|byggen)|hem(?:met)?|förbund(?:et)?|kommunalförbund(?:et)?|organisation(?:en)?|"
    r"arbetare(?:n|na)?|pedagog(?:en|er|erna)|personal(?:en)?|team(?:et)?|polis(?:en)?|"
    r"räddningstjänst(?:en)?|ägare(?:n|na)?|ägarna|stiftelse(?:n)?|akademi(?:n)?|region(?:en)?)"
)
# Known actors that have no telling suffix.
_KNOWN = (
    r"(?:länsstyrelsen|trafikverket|tullverket|kronofogden|försäkringskassan|skatteverket|"
    r"kustbevakningen|åklagarmyndigheten|brå|fältgruppen|fältare(?:na)?|nattvandrarna|"
    r"brottsofferjouren|kvinnojouren|svenska kyrkan|fastighetsägarna|trafikpolisen|brottsförebyggande rådet|"
    r"citysamverkan|elevhälsan|ungdomsmottagningen|socialtjänst(?:en)?|räddningstjänst(?:en)?|"
    r"skola(?:n)?|fritidsgård(?:en|arna)?|civilsamhället|näringslivet|föreningslivet|"
    r"hyresvärdar(?:na)?|bostadsbolag(?:et|en)?|väktare(?:na)?|ordningsvakter(?:na)?)"
)
_POLICE_RE = re.compile(
    # "Polisen i lokalpolisområde Täby": one party
    rf"(?:polis(?:en)?\s+i\s+(?:lokal)?polisområde(?:t)?\s+(?-i:{_CAP})(?:\s+(?-i:{_CAP}))?|"
    rf"lokalpolisområde(?:t)?(?:\s+(?-i:{_CAP})(?:\s+(?-i:{_CAP})|\s+älvdal)?)?|lpo\s+(?-i:{_CAP})|lokalpolis(?:en)?|"
    # "Malmfältens lokalpolisområde", "Höglandets polisområde": the area's name in the genitive
    rf"(?-i:{_CAP})s\s+(?:lokal)?polisområde(?:t)?|"
    rf"polismyndigheten|kommunpolis(?:erna|en|er)?|närpolis(?:erna|en|er)?|polis(?:erna|en|er)?)",
    re.IGNORECASE,
)
_MUNI_RE = re.compile(
    # Names of one to three words: "Ydre kommun", "Östra Göinge kommun", "Upplands Väsby kommun".
    r"(?:[Rr]egion\s+Gotland|(?:[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ\-]*\s+){1,3}(?:[Kk]ommuns?|[Ss]tads?)\b|"
    # "Skellefteå, Norsjö och Malå kommuner": several municipalities named together
    r"(?:[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ\-]*(?:\s*,\s*|\s+och\s+)){1,6}[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ\-]*\s+kommuner(?:na)?\b|"
    r"[Kk]ommun(?:en|erna)?|[Ss]taden|[Dd]e\s+\w+\s+kommunerna)",
)
_NAMEWORD = r"[A-ZÅÄÖÉ][\wåäöéÅÄÖÉ\-]*"  # a capitalised word: part of a proper name
# A party's own staff: "Kommunens fältarbetare" are the municipality, "Polisens områdespoliser" the police.
_KNOWN_STAFF = (
    r"(?i:[\wåäö]*(?:samordnare|personal|medarbetare|tjänstemän|tjänstepersoner|fältarbetare|fältare|poliser|polis))"
)
_STAFF_RE = re.compile(rf"^\S+\s+{_KNOWN_STAFF}(\s+och\s+{_KNOWN_STAFF})?$")
# "Kultur- och fritidsförvaltningen" is one body.
# "Tekniska förvaltningen", "Sociala nämnden": an adjective in front of a body's noun.
_BODY_ADJECTIVE = r"(?:(?i:[a-zåäö]+(?:isk|al|ell|iv)a)\s+)"
_SUFFIXED = (
    rf"(?:[\wåäöÅÄÖ]+-\s+(?:och|samt)\s+)?(?:{_BODY_ADJECTIVE}(?=[a-zåäö]))?"
    rf"(?:[A-Za-zÅÄÖåäöÉé][\wåäöé\-]*)?(?i:{_BODY_SUFFIX})"
)
# Case matters here: a capitalised word after a body's name is part of the
# name ("Föreningen Trygga Vuxna", "Räddningstjänsten Syd"), a lower-case one
# is the verb that ends the subject.
# "Farsta stadsdelsförvaltning", "Skellefteå räddningstjänst": a place's name before an
# organisation's noun; not a sentence's first word before a noun ("Fler fältassistenter").
_PLACE_BODY = (
    r"(?!(?i:ökad|ökade|utökad|fler|mer|nya|ny|alla|samtliga|varje|vår|våra|bättre|gemensam|gemensamma|"
    r"lokala|kommunala|berörda|en|ett|den|det|de|dessa)\s)"
    rf"{_NAMEWORD}(?:\s+{_NAMEWORD})?\s+(?-i:[a-zåäö]*(?:förvaltning|nämnd|räddningstjänst|socialtjänst|fältgrupp)"
    r"(?:en|ar|arna|er|erna)?)"
)
_BODY_RE = re.compile(
    rf"(?:{_PLACE_BODY}(?![\wåäö])|"
    rf"{_SUFFIXED}(?:\s+i\s+{_NAMEWORD})?(?:\s+AB)?(?:\s+{_NAMEWORD}){{0,3}}(?![\wåäö])|"
    rf"(?:{_NAMEWORD}\s+){{1,3}}AB(?:\s+{_NAMEWORD}){{0,2}}(?![\wåäö])|"
    rf"AB(?:\s+{_NAMEWORD}){{1,3}}(?![\wåäö])|"  # "AB Alingsåshem"
    rf"(?i:{_KNOWN})(?:\s+i\s+{_NAMEWORD})?(?:\s+AB)?(?![\wåäö]))"
)
# Pronouns and collective nouns that stand for the parties giving the pledge.
WE_RE = re.compile(
    r"^(vi|parterna|båda parter(na)?|aktörerna|samverkansparterna|vår|vårt|våra|gemensamt|gemensamma|tillsammans)$",
    re.IGNORECASE,
)
_JOINERS = re.compile(
    r"^(?:\s*(?:,|&|/|\+|och|samt|tillsammans med|i samverkan med|i samarbete med|jämte)\s*)", re.IGNORECASE
)


# "Kommunens socialtjänst" (a body, kept by name), "Kommunens trygghetssamordnare" (the party's own staff).
_GENITIVE_RE = re.compile(
    rf"(?:[Kk]ommunens|[Pp]olisens|[Ss]tadens|[Rr]egionens|(?:{_NAMEWORD}\s+){{1,2}}(?:kommuns|stads))\s+(?:{_SUFFIXED}|{_KNOWN_STAFF})(?:\s+och\s+{_KNOWN_STAFF})?(?![\wåäö])"
)


# A body's noun alone names a place, not who does something ("Centrum och Rådhustorget"),
# and a target group is whom it is done for ("Målgrupp: elever på högstadiet").
_NOT_A_BODY = re.compile(
    r"(?i:(?:rese|köp|stads|handels|shopping)?(?:centrum|center|centret)|huset|hem|hemmet|gården|verket|kontoret|"
    r"skolgården|målgrupp(?:en|er|erna)?)"
)


# "Nordmalingshus", "Mullsjöhus": a municipality's housing company, named after the place
# (a common noun before "-hus" is a building: "Fritidshus").
_PLACE_HOUSING = re.compile(r"(?P<place>[A-ZÅÄÖ][a-zåäö\-]+?)s?hus(?![\wåäö])")


def _housing_company(text: str) -> tuple[str, int] | None:
    m = _PLACE_HOUSING.match(text)
    if m is None or resolve_municipality(m.group("place")) is None:
        return None
    return m.group(0), m.end()


def _mention_at(text: str) -> tuple[str, int] | None:
    """An actor mention at the start of ``text``: (mention, length)."""
    best: tuple[str, int] | None = _housing_company(text)
    for regex in (_MUNI_RE, _POLICE_RE, _BODY_RE, _GENITIVE_RE):
        m = regex.match(text)
        if m and (best is None or m.end() > best[1]):
            best = (m.group(0), m.end())
    if best is None or _NOT_A_BODY.fullmatch(best[0]):
        return None
    # A mention must end at a word boundary.
    rest = text[best[1] : best[1] + 1]
    if rest and (rest.isalnum() or rest == "-"):
        return None
    return best


def is_actor_name(text: str) -> bool:
    """True when the whole text is one actor mention ("Polis", "Fritidsförvaltningen")."""
    text = text.strip(" .,;:()")
    found = _mention_at(text)
    return found is not None and found[1] == len(text)


def normalise(mention: str) -> str:
    """The canonical name of an actor mention."""
    mention = re.sub(r"\s+", " ", mention).strip(" ,.;:()")
    lowered = mention.lower()
    if re.match(r"(kommunens|stadens|regionens|\S+ kommuns|\S+ stads)\s", lowered):
        return MUNICIPALITY if _STAFF_RE.match(lowered) else mention[:1].upper() + mention[1:]
    if "polis" in lowered or re.match(r"lpo\b", lowered):
        return POLICE
    if _MUNI_RE.fullmatch(mention) or lowered in {"kommun", "kommunen", "kommunerna", "staden"}:
        return MUNICIPALITY
    if re.fullmatch(r"region gotland", lowered):
        return MUNICIPALITY
    return mention[:1].upper() + mention[1:]


def subject_actors(text: str, we: Sequence[str] = BOTH_PARTIES) -> list[str] | None:
    """Actors named as the subject at the start of a sentence, or None.

    The subject is a run of actor mentions joined by "och", "samt", ",", "/",
    "tillsammans med" at the very start. "Vi"/"Parterna" stand for ``we``,
    every party giving the pledge (both by default). Returns None when the
    sentence does not start with an actor.
    """
    found = _subject(text, tuple(we))  # the rules ask about one sentence many times
    return list(found) if found is not None else None


_MENTION_PLACE = re.compile(
    r"\s+i\s+(?:(?-i:[A-ZÅÄÖ][\wåäö\-]+)(?:\s+(?-i:[A-ZÅÄÖ][\wåäö\-]+))?|"
    r"(?:respektive|varje|båda|alla|de\s+\w+)\s+kommun\w*)(?=\s*(?:,|och\b|samt\b))",
    re.IGNORECASE,
)
_VERB_FIRST = re.compile(r"^(?:kommer|ska|skall)\s", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def _subject(text: str, we: tuple[str, ...]) -> tuple[str, ...] | None:
    rest = text.strip().lstrip("•-–*▪· ")
    rest = re.sub(r"^(?:vi|oss)\s+(?:på|inom|i|från)\s+(?=\S)", "", rest, flags=re.IGNORECASE)  # "Vi på polisen"
    rest = re.sub(r"^både\s+(?=\S)", "", rest, flags=re.IGNORECASE)  # "Både kommunen och polisen ska"
    if _VERB_FIRST.match(rest):
        return None  # "Kommer socialtjänsten att ...": the verb first, the subject after it (inverted_actors)
    # "Att polisen genomför ...", "Att socialtjänsten och polisen gemensamt ...": an item opened by "Att".
    rest = re.sub(
        r"^(?i:att)\s+(?=(?:[Pp]olis|[Kk]ommun|[A-ZÅÄÖ]|[a-zåäö]+(?:tjänst|förvaltning|nämnd|grupp)))", "", rest
    )
    acronym = _ACRONYM_SUBJECT.match(rest)
    if acronym:
        return (acronym.group(1),)  # "HFAB kommer att erbjuda ...": a company by its short name
    described = _DESCRIBED.match(rest)
    if described:
        # "Det kommunala bostadsbolaget Vetlandahem ska": the body is its name.
        name = described.group("name")
        return (name[:1].upper() + name[1:],)
    first = re.match(r"[\wåäöÅÄÖ]+", rest)
    if first and WE_RE.match(first.group(0)) and not re.match(r"\s+(med|för)\b", rest[first.end() :], re.IGNORECASE):
        # "Tillsammans ska vi", "Gemensamt:" are every party; "Tillsammans med X ..." names X.
        return we
    actors: list[str] = []
    while True:
        found = _mention_at(rest) or _coordinated_agent(rest)
        if not found:
            break
        mention, length = found
        named = _APPOSITIVE.match(mention + rest[length:])
        if named:
            # "kommunens bostadsbolag Kalmarhem", "bostadsbolaget Salemsbostäder AB": the company by its name
            mention, length = named.group("name"), named.end()
        name = normalise(mention)
        if name not in actors:
            actors.append(name)
        rest = rest[length:]
        # "Kommunerna i Dalsland och lokalpolisområde Dalsland", "Socialtjänsten i respektive kommun
        # och polisen": a place after a mention, then the next party of the subject
        place = _MENTION_PLACE.match(rest)
        if place and _JOINERS.match(rest[place.end() :]):
            rest = rest[place.end() :]
        joiner = _JOINERS.match(rest)
        if not joiner:
            break
        rest = rest[joiner.end() :]
    if not actors:
        proper = _proper_subject(rest)
        return (proper,) if proper else None
    # "Polisen i Mjölby genomför" or "Polisen, Mjölby" are still subjects; a
    # mention followed directly by another noun phrase is not ("Polisens ...").
    return tuple(actors)


# "Hagfors Energi ska ...", "Svenska Bostäder byter ...", "Södra Närkes Räddningsförbund genomför ...":
# a proper name of two to four capitalised words (a company, a housing company, a federation) as the
# subject of a committing verb. Not a person ("Anna Berg berättar"), not a place ("Östra Göinge ska").
_PROPER_SUBJECT = re.compile(
    rf"^(?P<name>{_NAMEWORD}(?:\s+(?:i\s+)?{_NAMEWORD}){{1,3}})\s+"
    r"(?=(?:ska|skall|kommer\s+att|lovar|åtar\s+sig|(?!(?:säger|berättar|menar|tycker|tror|anser|har|är|var|"
    r"under|efter|eller|över)\b)[a-zåäö]{2,}r)\s)"
)


def _proper_subject(text: str) -> str | None:
    m = _PROPER_SUBJECT.match(text)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    if words[0] in first_names() or resolve_municipality(name) is not None or _V2_OPENER.match(name):
        return None
    return name


# "Skolsköterskor och kommunpolisen håller ...": a group of people joined to a known party in the
# subject does the pledge with it; an action's or a state's noun does not ("Trygghetsvandringar och ...").
_COORDINATED = re.compile(r"(?P<word>[A-ZÅÄÖ][a-zåäö]{3,}(?:ar|er|or|are|arna|erna|orna))(?=\s*(?:,|och|samt)\s)")
_NOT_AN_AGENT = re.compile(
    r"(?i:.*(?:ning|ningar|het|heter|tion|tioner|ioner|andet|ende|enden|kontroller|insatser|åtgärder|"
    r"vandringar|besök|möten|träffar|aktiviteter|satsningar|frågor|utmaningar|problem|brott|"
    r"stölder|inbrott|skador|miljöer|platser|områden|gator|vägar|parker|skolor|fritidsgårdar))"
)


def _coordinated_agent(text: str) -> tuple[str, int] | None:
    m = _COORDINATED.match(text)
    if m is None or _NOT_AN_AGENT.fullmatch(m.group("word")):
        return None
    joiner = _JOINERS.match(text[m.end() :])
    if joiner is None or _mention_at(text[m.end() + joiner.end() :]) is None:
        return None
    return m.group("word"), m.end()


_ACRONYM_SUBJECT = re.compile(
    r"^((?!LPO\b|BRÅ\b)[A-ZÅÄÖ]{2,6}(?:\s+AB)?)\s+(?:ska|skall|kommer\s+att|lovar|erbjuder|genomför|åtar\s+sig)\b"
)
# A company's common noun, then its name: the name is the actor ("och bostadsbolaget Förvaltaren
# ska", "Polisen och kommunens bostadsbolag Kalmarhem"). A capitalised noun is part of the name
# ("Bostadsbolaget Kustbo AB", "Bostadsbolaget i Mjölby AB").
_APPOSITIVE = re.compile(
    r"^(?:(?:[Kk]ommunens|[Ss]tadens|[Dd]et\s+kommunala)\s+)?(?:bostadsbolag(?:et)?|fastighetsbolag(?:et)?|bolaget)\s+"
    r"(?P<name>[A-ZÅÄÖ][\wåäöéÅÄÖ\-]*(?:\s+AB)?)(?![\wåäö])"
)
# "Det kommunala bostadsbolaget Mitthem", "den lokala föreningen Trygga Vuxna": a body described, then named.
_DESCRIBED = re.compile(
    rf"^(?i:det|den)\s+(?:[a-zåäö\-]+\s+){{0,2}}(?:[a-zåäö]*(?i:{_BODY_SUFFIX}))\s+"
    r"(?P<name>[A-ZÅÄÖ][\wåäöéÅÄÖ\-]*(?:\s+[A-ZÅÄÖ][\wåäöéÅÄÖ\-]*){0,2}(?:\s+AB)?)(?=\s+[a-zåäö])"
)


_INVERTED = re.compile(
    r"^(?:[^.;:]{0,60}?\s)?(?:ska|skall|kommer|lovar|vill|kan|fortsätter|genomför|erbjuder|arbetar|åtar\s+sig|åtar)\s+"
    r"(?:även\s+|också\s+|därför\s+|dessutom\s+|fortsatt\s+|gemensamt\s+|att\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# Deponent verbs end in -s but are active: "Polisen ska synas mer", "Parterna ska träffas".
_DEPONENT = r"(?:synas|finnas|hoppas|lyckas|trivas|träffas|mötas|umgås|samarbetas|kännas|märkas|andas|brottas)"
# "... ska få besök av kommunpolisen": what a receiver gets, and from whom.
RECEIVED = r"(?:\w+\s+){0,2}?(?:besök|stöd|hjälp|information|utbildning)\s+(?:av|från)\b"
_PASSIVE_AFTER = re.compile(
    rf"^\s*(?:ska|skall|kommer att|kommer|kan)\s+(?:\w+\s+)?(?!{_DEPONENT}\b)[\wåäö]+as\b|"
    # "Skolorna i X ska få besök av kommunpolisen": who receives it, the agent after "av"
    rf"^[^.]{{0,60}}?\b(?:ska|skall|kommer att)\s+få\s+{RECEIVED}",
    re.IGNORECASE,
)


# After the finite verb, "i samverkan med X", "tillsammans med X" name a partner, not a second
# subject (GOLD.md 6).
# (also after a comma: "Ansvarig: Polisen, i samverkan med skolorna")
PARTNER_TAIL = re.compile(r"(?<=\w),?\s+(?:i\s+(?:samverkan|samarbete)|tillsammans)\s+med\b.*$", re.IGNORECASE)


def parties_end(text: str) -> int:
    """Where the run of party mentions that opens ``text`` ends ("Polis och kommun| i samverkan
    mot ..."), 0 when it opens with none. ``text`` is read with its whitespace collapsed."""
    rest = " ".join(text.split())
    end = position = 0
    while True:
        found = _mention_at(rest[position:])
        if not found:
            return end
        end = position = position + found[1]
        joiner = _JOINERS.match(rest[position:])
        if not joiner:
            return end
        position += joiner.end()


def names_only(text: str) -> bool:
    """A line that only names parties ("Mariestads kommun, Töreboda kommun och lokalpolisområde
    Mariestad"): who is behind the document, no sentence about what anyone does."""
    rest = " ".join(text.split()).rstrip(" .")
    end = parties_end(rest)
    tail = rest[end:]
    return end > 0 and (not tail.strip() or bool(_JOINERS.fullmatch(tail)))


def inverted_actors(text: str) -> list[str] | None:
    """The subject after the finite verb: "Under året kommer polisen att ...", "Kommer kommunen att ..."."""
    m = _INVERTED.match(text.strip())
    if not m:
        return None
    return subject_actors(PARTNER_TAIL.sub("", m.group("rest"), count=1))


# Words ending in -r that are no finite verb: prepositions, conjunctions, adverbs.
_NOT_VERB_R = frozenset(
    [
        "under",
        "efter",
        "för",
        "över",
        "eller",
        "hur",
        "där",
        "när",
        "var",
        "mer",
        "fler",
        "här",
        "genom",
        "bakom",
        "utanför",
        "innanför",
    ]
)
# An adverbial that opens a sentence and puts the verb second: "Under våren", "I år", "Därför".
_V2_OPENER = re.compile(
    r"^(?:under|i|därför|dessutom|inför|efter|vid|varje|inom|sedan|nu|också|även|redan|från|till|på|genom|"
    r"senast|före|innan|då|fortsatt|utöver)\b",
    re.IGNORECASE,
)
_V2_ADVERB = re.compile(r"^(?:även|också|därför|dessutom|fortsatt|gemensamt|nu)\s+", re.IGNORECASE)


def v2_actors(text: str) -> list[str] | None:
    """The subject right after the present-tense verb that follows an opening
    adverbial (Swedish puts the verb second): "Under våren anordnar kommunen
    ...", "I år inför polisen ...", "Därför startar socialtjänsten ..."; None
    for any other sentence."""
    if not _V2_OPENER.match(text.strip()):
        return None
    words = list(re.finditer(r"[\wåäöÅÄÖ-]+", text[:120]))
    for word in words[1:6]:
        verb = word.group(0).lower()
        modal = verb in {"ska", "skall", "kan", "vill", "måste", "bör"}
        if verb in _NOT_VERB_R or not (modal or (verb.endswith("r") and len(verb) >= 4)):
            continue
        rest = PARTNER_TAIL.sub("", _V2_ADVERB.sub("", text[word.end() :].lstrip()), count=1)
        found = _mention_at(rest)
        # The first finite verb decides: its subject, or none.
        return subject_actors(rest) if found and not rest[found[1] : found[1] + 1].isalnum() else None
    return None


def is_passive_subject(text: str) -> bool:
    """ "Hundägare kommer att bjudas in ...": the subject is who it is done to."""
    rest = text.strip()
    found = _mention_at(rest)
    if not found:
        return False
    return bool(_PASSIVE_AFTER.match(rest[found[1] :]))


def agent_actors(text: str) -> list[str] | None:
    """Actors of a passive clause: "... ska, av kommun och lokalpolis, ... tas fram"."""
    m = re.search(r"\bav\s+((?:[\wåäöÅÄÖ\-]+\s*(?:,|och|samt)?\s*){1,6})", text)
    if not m:
        return None
    actors = subject_actors(m.group(1))
    return actors


def split_actor_list(text: str) -> list[str]:
    """Actors written as a list: "Polis/kommun", "Polis, kommun", "Polis/ kommun"."""
    # "Kultur- och fritidsförvaltningen" is one name: no split after "X-"; nor is
    # "Förvaltningen för Vård & omsorg" ("&" before a lower-case word joins a name).
    parts = re.split(r"\s*(?:/|,|;|&(?!\s*[a-zåäö])|\+|(?<!-)\s+och\b|\bsamt\b)\s*", text.strip())
    names: list[str] = []
    for part in parts:
        part = part.strip(" .()")
        if not part:
            continue
        name = normalise(part)
        if name not in names:
            names.append(name)
    return names


def actor_type(name: str) -> ActorType:
    lowered = name.lower()
    if name == POLICE:
        return ActorType.police
    if name == MUNICIPALITY:
        return ActorType.municipality
    if re.search(r"\bab\b|bolag", lowered):
        return ActorType.company
    if re.search(
        r"förening|kyrka|jour|nattvandr|idrott|klubb|studieförbund|frivillig|civilsamhälle|"
        r"fastighetsägar|röda korset|rädda barnen|scout|stiftelse",
        lowered,
    ):
        return ActorType.civil_society
    if re.search(
        r"förvaltning|nämnd|tjänst|kontor|skola|fritidsgård|styrelse|enhet|fält|elevhälsa|"
        r"brå|brottsförebyggande|samordnare|fritid|kultur|ungdomsmottagning|räddning|avdelning",
        lowered,
    ):
        return ActorType.municipal_body
    return ActorType.other
