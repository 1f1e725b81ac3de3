"""The years a pledge covers, from what the text says about the pledge.

Evidence, strongest first: the title; a heading over the pledges
("Medborgarlöfte 2022–2023"); "Medborgarlöfte januari–juni 2024" in running
text; a sentence about the pledge that gives its period ("gäller 2018-07-01
—2020-06-30", "från september 2021 t o m september 2022", "lovar ... under
2021", "Det gäller resten av 2016"); a pledge just prepared ("Löftet för 2017 har
tagits fram efter en enkät"); a commitment sentence ("Under 2018 kommer polisen och kommunen att
..."); the years of the activities.

Years that never give the period: a page's publication or update date, the
year of a survey, a dialogue or a situation report, the year a pledge was
prepared, revised or followed up, and an earlier pledge ("Uppföljning av
medborgarlöfte 2019").
"""

from __future__ import annotations

import re

YEAR = re.compile(r"(?<!\d)(20[0-4]\d|199\d)(?!\d)")
PLEDGE_WORD = re.compile(r"medborgarlöft|löfte|löften|\blovar\b", re.IGNORECASE)
PERIOD_WORD = re.compile(
    r"\b(gäller|gälla|period|perioden|avser|löper|under|för|från|pågå|pågår|fram till|till och med|tom|t\.o\.m\.|t o m|"
    r"sträcker sig|åren)\b",
    re.IGNORECASE,
)
UNTIL = re.compile(
    r"(?:fram till(?: och med)?|(?<!från )(?<!\d )till och med|t\.\s?o\.\s?m\.)\s+(?:\d{1,2}\s+)?(?:[a-zåäö]+\s+)?(?P<y>20\d\d)",
    re.IGNORECASE,
)
# "gäller från 2022", "från och med mars 2023": a start with no end (unless one follows).
FROM = re.compile(
    r"\bfrån(?: och med)?\s+(?:\d{1,2}\s+)?(?:[a-zåäö]+\s+)?(?P<y>20\d\d)\b(?!\s*(?:[-–—/]|till\b|t\s?o\s?m\b|t\.o\.m))",
    re.IGNORECASE,
)
# "gäller i två år från och med 2024": a start and a length, so an end (GOLD.md: clearly implied).
SPAN_FROM = re.compile(
    r"\b(?:i|under)\s+(?P<n>två|tre|fyra|2|3|4)\s+år\s+(?:,\s*)?från(?:\s+och\s+med)?\s+(?:\d{1,2}\s+)?(?:[a-zåäö]+\s+)?(?P<y>20\d\d)\b",
    re.IGNORECASE,
)
_YEARS_OF = {"två": 2, "tre": 3, "fyra": 4, "2": 2, "3": 3, "4": 4}
# "gäller från hösten 2023 till våren 2025": seasons bound the pledge here, not a survey.
_SEASON = r"(?:hösten|våren|sommaren|vintern|höstterminen|vårterminen)"
SEASONS = re.compile(
    rf"\bfrån\s+{_SEASON}\s+(?P<a>20\d\d)\s*(?:till(?:\s+och\s+med)?|[-–—])\s*{_SEASON}\s+(?P<b>20\d\d)\b",
    re.IGNORECASE,
)
# "Löftena gäller tills vidare": no end year.
OPEN_ENDED = re.compile(r"\btills?\s?vidare\b", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n\s*\n")  # a hard-wrapped line goes on the sentence
_MONTH = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
# "Medborgarlöfte 2022-2023", "medborgarlöftet för 2020", "Medborgarlöfte januari-juni 2024".
PLEDGE_YEARS = re.compile(
    rf"medborgarlöft\w*\s+(?:för\s+)?(?:(?:{_MONTH})(?:\s*[-–—]\s*{_MONTH})?\s+)?(?:20\d\d)"
    r"(?:\s*[-–—/]\s*(?:20)?\d\d|\s+(?:och|samt|till)\s+20\d\d)?",
    re.IGNORECASE,
)
NEW_PLEDGE_YEARS = re.compile(rf"\b(?:ett\s+)?(?:nytt|nya)\s+(?P<years>{PLEDGE_YEARS.pattern})", re.IGNORECASE)
# "Under 2018 kommer lokalpolisen ... att", "Under 2021 ska polisen ...".
COMMITMENT = re.compile(r"^\s*under\s+(?:år\s+)?20\d\d\s+(?:kommer|ska|skall|lovar)\b", re.IGNORECASE)
ACTIVITIES = re.compile(r"aktivitet|arbetet|perioden|insatser", re.IGNORECASE)
# A year right after these words is not the pledge's (checked on the 40
# characters before the year).
NOT_THE_PERIOD = re.compile(
    r"(publicerad|publicerat|uppdaterad|ändrad|pressmeddelande|"
    r"undersökning\w*|enkät\w*|lägesbild\w*|statistik\w*|kartläggning\w*|"
    r"hösten|våren|sommaren|vintern|"
    r"revider\w*|revision|uppföljning\w*|följs upp|följas upp|utvärder\w*|"
    # ("har haft medborgarlöften sedan 2017": what has gone on since then)
    r"tidigare|förra|föregående|nästa|sedan)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
# Sentences whose years are the past: how the pledge came about, or a pledge that is over
# ("Medborgarlöftet för 2020-2021 har följts upp").
_PREPARED = r"arbetat fram|arbetade fram|tagit fram|tog fram|togs fram|tagits fram|har tagits"
_DONE = (
    r"genomfördes|genomförts|gjordes|har följts upp|följdes upp|har utvärderats|utvärderades|har avslutats|"
    r"avslutades|har redovisats|redovisades"
)
PAST_YEARS = re.compile(rf"\b({_PREPARED}|{_DONE})\b", re.IGNORECASE)
# A pledge that has just been prepared names its own years ("Löftet för 2017 har tagits fram efter
# en enkät", "ett nytt har tagits fram för 2024", "ett medborgarlöfte som gäller under 2023");
# a pledge that was followed up, evaluated or ended is an earlier one.
PREPARED = re.compile(rf"\b({_PREPARED})\b", re.IGNORECASE)
ENDED = re.compile(rf"\b({_DONE}|förra|tidigare|föregående)\b", re.IGNORECASE)
_YEARS = r"(?P<years>20\d\d(?:\s*[-–—/]\s*(?:20)?\d\d|\s+(?:och|till)\s+20\d\d)?)\b"
PREPARED_YEARS = re.compile(
    r"\b(?:(?:medborgar)?löfte(?:t|n|na)?|nytt|nya|(?:tagit|tagits|arbetat)\s+fram)\s+(?:som\s+gäller\s+)?"
    rf"(?:under\s+|för\s+)?(?:år\s+)?{_YEARS}",
    re.IGNORECASE,
)
# "Det gäller resten av 2016", "ska gälla 2026-2027": the verb of a period, right before its year.
APPLIES = re.compile(
    rf"\bgäll(?:er|a)\s+(?:under\s+|för\s+)?(?:både\s+|resten\s+av\s+|hela\s+)?(?:år\s+)?{_YEARS}",
    re.IGNORECASE,
)
PERIOD_VERB = re.compile(r"\b(?:gäller|gälla|löper|perioden)\b", re.IGNORECASE)
# "från maj till och med december 2015": the months of one year.
MONTHS_OF_A_YEAR = re.compile(
    rf"\bfrån\s+(?:och\s+med\s+)?(?:den\s+)?(?:\d{{1,2}}\s+)?{_MONTH}\s+"
    rf"(?:till(?:\s+och\s+med)?|t\.?\s?o\.?\s?m\.?|[-–—])\s+(?:den\s+)?(?:\d{{1,2}}\s+)?{_MONTH}\s+(?P<y>20\d\d)\b",
    re.IGNORECASE,
)
EARLIER_HEADING = re.compile(r"uppföljning|resultat|utvärdering|tidigare|förra|redovisning", re.IGNORECASE)
SHORT_RANGE = re.compile(r"\b(20\d\d)[-–—/](\d\d)\b(?![-/.]\d)")


def _expand_short_range(m: re.Match[str]) -> str:
    start, end = int(m.group(1)), int(m.group(1)[:2] + m.group(2))
    return f"{start}-{end}" if 0 < end - start <= 5 else m.group(0)


def expand_short_ranges(text: str) -> str:
    """ "2022/23", "2023–24" -> "2022-2023", "2023-2024" (ranges of up to five years)."""
    return SHORT_RANGE.sub(_expand_short_range, text)


def _years(text: str) -> list[int]:
    """Years in a text that may give the period: "2022/23" and "2023–24"
    count as both years; years after a publication, survey, follow-up or
    earlier-pledge cue do not count."""
    text = expand_short_ranges(text)
    return [
        int(m.group(1))
        for m in YEAR.finditer(text)
        if not NOT_THE_PERIOD.search(text[max(0, m.start() - 40) : m.start()])
    ]


def _sentences(text: str) -> list[str]:
    return [re.sub(r"\s*\n\s*", " ", s) for s in SENTENCE.split(text) if s.strip()]


class _Votes:
    def __init__(self) -> None:
        self.votes: dict[tuple[int, int], float] = {}

    def add(self, snippet: str, weight: float) -> bool:
        years = [y for y in _years(snippet) if 2000 <= y <= 2049]
        return bool(years) and self.add_span(min(years), max(years), weight)

    def add_span(self, start: int, end: int, weight: float) -> bool:
        if end - start > 5:
            return False
        self.votes[(start, end)] = self.votes.get((start, end), 0.0) + weight
        return True

    def best(self) -> tuple[int, int] | None:
        if not self.votes:
            return None
        return max(self.votes.items(), key=lambda kv: (kv[1], kv[0][1] - kv[0][0]))[0]


class _Bounds:
    """One-sided evidence: "fram till 2021" (an end), "från 2022" (a start), "tills vidare"."""

    def __init__(self) -> None:
        self.until: int | None = None
        self.since: int | None = None
        self.open_ended = False


def _vote_sentence(votes: _Votes, bounds: _Bounds, sentence: str) -> None:
    """Vote for one sentence's years; one-sided phrases go to ``bounds`` and not to the votes."""
    if PAST_YEARS.search(sentence):
        # "... har tagit fram ett nytt medborgarlöfte för 2025": how the new pledge came about names its years
        new = NEW_PLEDGE_YEARS.search(sentence)
        if new:
            votes.add(new.group("years"), 3)
        elif PREPARED.search(sentence) and not ENDED.search(sentence):
            named = APPLIES.search(sentence) or PREPARED_YEARS.search(sentence)
            if named:
                votes.add(named.group("years"), 3)
        return
    period_verb = APPLIES.search(sentence) or PERIOD_VERB.search(sentence)
    dated = DATED_RANGE.search(sentence) if period_verb else None
    if dated:
        # "Det gäller från den 1 mars 2023 till och med den 29 februari 2024"
        votes.add_span(int(dated.group("a") or dated.group("a2")), int(dated.group("b") or dated.group("b2")), 3)
        return
    months = MONTHS_OF_A_YEAR.search(sentence)
    if months and (period_verb or PLEDGE_WORD.search(sentence)):
        votes.add_span(int(months.group("y")), int(months.group("y")), 3)
        return
    pledge = PLEDGE_WORD.search(sentence)
    seasons = SEASONS.search(sentence) if pledge else None
    if seasons:
        votes.add_span(int(seasons.group("a")), int(seasons.group("b")), 3)
        sentence = SEASONS.sub(" ", sentence)
    span = SPAN_FROM.search(sentence) if pledge else None
    if span:
        start = int(span.group("y"))
        votes.add_span(start, start + _YEARS_OF[span.group("n").lower()] - 1, 3)
        sentence = SPAN_FROM.sub(" ", sentence)
    if pledge:
        until, since = UNTIL.search(sentence), FROM.search(sentence)
        bounds.until = int(until.group("y")) if until else bounds.until
        bounds.since = int(since.group("y")) if since else bounds.since
        bounds.open_ended = bounds.open_ended or bool(OPEN_ENDED.search(sentence))
        sentence = FROM.sub(" ", UNTIL.sub(" ", sentence))
    phrase = PLEDGE_YEARS.search(sentence)
    if phrase and not NOT_THE_PERIOD.search(sentence[max(0, phrase.start() - 40) : phrase.start()]):
        votes.add(phrase.group(0), 3)
    elif pledge and PERIOD_WORD.search(sentence):
        votes.add(sentence, 3)
    elif APPLIES.search(sentence):
        votes.add(APPLIES.search(sentence).group("years"), 2)  # type: ignore[union-attr]
    elif COMMITMENT.search(sentence):
        votes.add(sentence, 2)
    elif ACTIVITIES.search(sentence) and PERIOD_WORD.search(sentence):
        votes.add(sentence, 1)


# Two dates, each with its day and month: "1 juni 2016 – 31 maj 2017", "2018-07-01—2020-06-30".
DATED_RANGE = re.compile(
    rf"(?:\b\d{{1,2}}\s+{_MONTH}\s+(?P<a>(?:19|20)\d\d)|\b(?P<a2>(?:19|20)\d\d)-\d\d-\d\d)\s*"
    rf"(?:[–—-]|till(?:\s+och\s+med)?)\s*(?:den\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}\s+(?P<b>(?:19|20)\d\d)|(?P<b2>(?:19|20)\d\d)-\d\d-\d\d)",
    re.IGNORECASE,
)


def find_period(title: str | None, headings: list[str], text: str) -> tuple[int | None, int | None]:
    votes = _Votes()
    if title:
        votes.add(title, 5)
    for heading in headings:
        if EARLIER_HEADING.search(heading):
            continue
        if PLEDGE_WORD.search(heading):
            votes.add(heading, 4)
        elif ACTIVITIES.search(heading):
            votes.add(heading, 2)
    bounds = _Bounds()
    for sentence in _sentences(text):
        _vote_sentence(votes, bounds, sentence)
    best = votes.best()
    if best is None:
        # Only one side is printed: the other stays null (GOLD.md: years stated or clearly implied).
        return bounds.since, bounds.until
    start, end = best
    if bounds.until is not None and bounds.until > end and bounds.until - start <= 5:
        end = bounds.until
    for m in DATED_RANGE.finditer(text):
        # "Gäller 1 juni 2016 – 31 maj 2017", "under perioden 1 juli 2019–30 juni 2020": a dated
        # span that begins in the pledge's year runs to its own end
        first, last = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
        if first == start and end < last <= first + 2:
            end = last
    if bounds.open_ended and start == end and bounds.until is None:
        return start, None  # "Medborgarlöfte 2019 ... gäller tills vidare"
    return start, end
