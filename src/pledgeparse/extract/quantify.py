"""Does a pledge state a number, an amount of time, a frequency or a date?

GOLD.md: "minst två ... per år", "en gång i månaden", "Under 2024" are
quantified. So is a count of one event ("genomför ett dialogmöte"), while an
article before an abstract noun ("har ett samordnande ansvar") is not.
"""

from __future__ import annotations

import re

NUMBER_WORDS = (
    r"två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|tjugo|"
    r"trettio|fyrtio|femtio|hundra|tusen|dussin|dubbelt|dubbla|fördubbla|halvera|hälften|"
    r"ett par"
)
MONTHS = r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
FREQUENCY = (
    r"per (år|månad|vecka|dag|kvartal|termin|läsår|halvår|tillfälle)|"
    r"varje (år|månad|vecka|dag|kvartal|termin|helg|läsår|vår|höst|sommar|vinter|kväll|natt|morgon|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|inom (en|ett|\w+) (dag|dagar|dygn|vecka|veckor|månad|månader|år|timme|timmar|arbetsdag|arbetsdagar)\b|"
    r"i (månaden|veckan|kvartalet|året)|varje (år|halvår|månad|vecka|dag|kvartal|termin|skoltermin|helg|läsår)|"
    r"(kvartals|halvårs|månads|vecko)(brev|möte|möten|träff|träffar|rapport|rapporter)\b|"
    r"varannan|vartannat|gång(er)?\b(?!-)|årligen|månatligen|månadsvis|veckovis|dagligen|kvartalsvis|"
    # "på helger och lov" names when, not how often: the annotators do not count it.
    r"veckoslut|terminsvis|årlig|årliga|månatlig|veckovisa|regelbundet återkommande"
)
BOUNDS = r"minst|högst|max|maximalt|minimum|upp till|inte fler än|inte färre än|procent|%"
# Events that can be counted: "ett dialogmöte", "en trygghetsvandring".
EVENT_NOUN = (
    r"\w*(möte|möten|träff|vandring|kampanj|föreläsning|utbildning|besök|aktivitet|dialog|"
    r"temadag|temakväll|kväll|dag|kontroll|insats|seminarium|workshop|konferens|informationsträff|"
    r"event|evenemang|mässa|trygghetsvandring|genomgång|inventering|enkät|undersökning|"
    r"informationsinsats|tillslag|razzia|övning)"
)
QUANTIFIED = re.compile(
    rf"\d|\b({NUMBER_WORDS})\b|\b({MONTHS})\b|\b({FREQUENCY})|\b({BOUNDS})\b|"
    # A count of one event the parties hold ("genomför ett dialogmöte"), not
    # one they offer or take part in.
    rf"\b(genomför|genomföra|anordna|anordnar|håller|hålla|arrangera|arrangerar|ordna|ordnar)\s+"
    rf"(minst\s+)?(en|ett)\s+(ny|nytt|gemensam|gemensamt|extra|större|årlig|årligt|öppen|öppet)?\s*{EVENT_NOUN}\b",
    re.IGNORECASE,
)


def is_quantified(text: str) -> bool:
    return bool(QUANTIFIED.search(text))


DEADLINE = re.compile(
    rf"\b(senast|före|innan|till och med|t\.o\.m\.|inom)\b|\b(under|i|från|till)\s+(år\s+)?(19|20)\d\d\b|"
    rf"\b\d{{1,2}}\s+({MONTHS})\b|\b(19|20)\d\d-\d\d-\d\d\b|\b(under|i|till|före|från)\s+({MONTHS}|våren|hösten|sommaren|vintern)\b",
    re.IGNORECASE,
)
# Pledges that promise a result rather than an activity start with a change word.
OUTCOME_START = re.compile(
    r"^(att\s+)?(minska|öka|förbättra|stärka|höja|sänka|färre|fler|lägre|högre|bättre|ökad|ökat|minskad|minskat|"
    r"förbättrad|stärkt|tryggare|säkrare)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^.*?\b(ska|skall|kommer att|lovar att|lovar|åtar sig att)\s+", re.IGNORECASE)


def has_deadline(text: str) -> bool:
    """A date or a deadline: "senast 30 juni", "under 2024", "inom fem arbetsdagar"."""
    return bool(DEADLINE.search(text))


def pledge_kind(text: str) -> str:
    """'outcome' when the pledge promises a result ("Minska ...", "Ökad trygghet ..."), else 'action'."""
    body = _LEAD.sub("", text.strip(), count=1)
    return "outcome" if OUTCOME_START.match(body) else "action"
