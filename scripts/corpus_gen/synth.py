"""Synthetic documents: a random invented pledge as source markup, with its exact gold annotation.

``synth_document(seed, pages_hint)`` returns (source markup, gold dict); the gold is exact by
construction, since every heading, pledge and signature is recorded as it is written.  The same
(seed, hint) always gives the same document.
"""

import copy
import functools
import random

from . import data
from .pledge_phrases import PLEDGES
from .render_pdf import render_pdf
from .render_txt import render_txt
from .source import parse_source
from .synth_doc import Doc, Facts
from .synth_pledges import write_pledges

_CHROME = {
    "police": [
        "Javascript är inte påslaget",
        "Godkänn alla kakor",
        "Sök på polisen.se",
        "Lyssna på sidan",
        "Till toppen",
        "Relaterat",
    ],
    "cms": ["Acceptera kakor", "Vad letar du efter?", "Lyssna på sidan", "Sidansvarig", "Till toppen", "Relaterat"],
    "news": ["Jag förstår", "Lyssna på sidan", "Dela på Facebook", "Fler nyheter", "Till toppen", "Relaterat"],
}  # the site template's chrome that the gold says must not reach the text
_AIMS = [
    "öka tryggheten för dem som bor och vistas i kommunen",
    "minska brottsligheten på de platser invånarna pekat ut",
    "göra samverkan mellan kommun och polis synlig",
]


def _synth_parts(rng: random.Random, pages_hint: int) -> Facts:
    """Pick the facts of one synthetic document."""
    if rng.random() < 0.1:
        members, lpo, ort = rng.choice(data.JOINT)
        munis = [m[0] for m in members]
        kshort = " och ".join([", ".join(munis[:-1]), munis[-1]])
        kl = kshort + " kommuner"
    else:
        short, long_, lpo, ort = rng.choice(data.MUNIS)
        members = [(short, long_)]
        munis, kl, kshort = [short], long_, short
    y1 = rng.randint(2016, 2025)
    y2 = min(2026, y1 + rng.choice([0, 1, 1, 2]))
    return Facts(members, munis, kl, kshort, lpo, ort, y1, y2)


def _person(rng: random.Random, used: set) -> str:
    while True:
        n = f"{rng.choice(data.FIRST_NAMES)} {rng.choice(data.LAST_NAMES)}"
        if n not in used:
            used.add(n)
            return n


def _front_matter(rng: random.Random, f: Facts, style: str) -> dict:
    """The rendering options: site style, PDF header and footer, encodings, bullets, wrapping, hyphenation."""
    fm = {"html_style": style}
    hdr = rng.choice(
        [
            f"{f.kl} · Lokalpolisområde {f.lpo}",
            f"Medborgarlöfte {f.per_txt}",
            f"{f.kshort.upper()} – MEDBORGARLÖFTE",
            "",
        ]
    )
    if hdr:
        fm["running_header"] = hdr
    fm["footer"] = rng.choice(["Sida {page} av {pages}", "Sida {page} av {pages}", "{page} ({pages})", "{page}"])
    if rng.random() < 0.15:
        fm["html_encoding"] = "windows-1252"
        if rng.random() < 0.4:
            fm["html_meta"] = "false"
    if rng.random() < 0.3:
        fm["txt_bullet"] = "-"
    if rng.random() < 0.2:
        fm["txt_wrap"] = "true"
    if rng.random() < 0.25:
        fm["hyphenate"] = "true"
    fm["html_site"] = "Polisen" if style == "police" else f.kl
    fm["html_date"] = f"{f.y1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d}"
    return fm


def _title(rng: random.Random, f: Facts) -> str:
    return rng.choice(
        [
            f"Medborgarlöfte {f.kl} {f.per_txt}",
            f"Medborgarlöften {f.per_txt} – {f.kshort}",
            f"{f.kshort} – medborgarlöfte {f.per_txt}",
            f"Medborgarlöfte för {f.kshort} och lokalpolisområde {f.lpo} {f.per_txt}",
        ]
    )


def _intro(d: Doc) -> None:
    """The introduction: background sentences, the period the pledge covers, sometimes a list of aims."""
    rng, f = d.rng, d.facts
    d.h2(rng.choice(["Inledning", "Bakgrund", "Varför ett medborgarlöfte?", "Om medborgarlöftet"]), "intro")
    period_forms = [
        f"Löftet gäller {f.per_txt}." if f.y1 != f.y2 else f"Löftet gäller under {f.y1}.",
        f"Medborgarlöftet gäller 1 januari {f.y1} - 31 december {f.y2}.",
        f"Löftet gäller {f.y1}-01-01—{f.y2}-12-31.",
        f"Löftet gäller från januari {f.y1} fram till december {f.y2}.",
    ]
    bg = d.draw(d.bg_pool, data.BACKGROUND, 4)
    d.para(" ".join([d.fill(bg[0]), d.fill(bg[1]), rng.choice(period_forms)]))
    d.para(" ".join(d.fill(s) for s in bg[2:4]))
    if rng.random() < 0.3:
        d.para("Syftet är att:")
        d.bullets(_AIMS)


def _situation(d: Doc, themes: list[tuple[str, str]], budget: int) -> None:
    """The situation: ``budget`` paragraphs in all, per-theme subsections, sometimes lists of problems."""
    rng = d.rng
    d.h2(rng.choice(["Lägesbild", "Så ser det ut", "Vad invånarna har berättat"]), "situation")
    subsections = rng.random() < 0.45
    if subsections:
        budget -= len(themes)
    while budget > 0:
        sents = d.draw(d.sit_pool, data.SITUATION, rng.randint(3, 4))
        d.para(" ".join(d.fill(s) for s in sents))
        budget -= 1
        if budget > 0 and rng.random() < 0.35:
            d.para(" ".join(d.fill(s) for s in d.draw(d.bg_pool, data.BACKGROUND, 3)))
            budget -= 1
    if subsections:
        for topic, name in themes:
            d.lines.append(f"### {name}")
            d.lines.append("")
            d.para(" ".join(d.fill(x) for x in rng.sample(data.SITUATION_BY_TOPIC[topic], 2)))
    if rng.random() < 0.4:
        d.para("De problem som oftast nämndes var:")
        d.bullets(rng.sample(data.PROBLEMS, 4))
    if rng.random() < 0.35:
        d.para(rng.choice(["Arbetet har därför bedrivits med inriktning på:", "Prioriterade områden:"]))
        d.bullets([name.lower() if name != "ANDT" else name for _t, name in themes])


def _goals_and_follow_up(d: Doc, themes: list[tuple[str, str]]) -> None:
    rng = d.rng
    if rng.random() < 0.5:
        d.h2(rng.choice(["Mål och effekter", "Förväntade effekter"]), "goals")
        d.bullets([f"{name}: {data.GOALS[topic]}" for topic, name in themes])
    d.h2(rng.choice(["Uppföljning", "Så följer vi upp löftet"]), "follow_up")
    d.para(" ".join(rng.sample(data.FOLLOW_UP, 2)))


def _signatures(d: Doc) -> str:
    """The signature block (a date line, then the two signatories in one of four layouts); return the layout."""
    rng, f = d.rng, d.facts
    used: set = set()
    m = rng.choice([12, 1, 2, 3])
    sy = f.y1 - 1 if m == 12 else f.y1
    day = rng.randint(1, 28)
    iso = f"{sy}-{m:02d}-{day:02d}"
    place = f.ort
    dline = rng.choice(
        [f"{place} den {day} {data.MONTHS[m - 1]} {sy}", f"{place} {iso}", f"{place} den {day}/{m} {sy}"]
    )
    ktitle = rng.choice(["Kommunstyrelsens ordförande", "Kommundirektör", "Kommunchef", "Biträdande kommundirektör"])
    ptitle = rng.choice(
        ["Lokalpolisområdeschef", "Tf. lokalpolisområdeschef", f"Lokalpolisområdeschef {f.lpo}", "Kommunpolis"]
    )
    kn, pn = _person(rng, used), _person(rng, used)
    sig = rng.choice(["side", "blocks", "comma", "slash"])
    # a title after a comma is written in lower case when it starts with these words
    kt = ktitle.lower() if sig == "comma" and ktitle.startswith("Kommunstyrelsens") else ktitle
    pt = ptitle.lower() if sig == "comma" and ptitle.startswith("Lokal") else ptitle
    body = {
        "side": [f"{kn} || {pn}", f"{ktitle} || {ptitle}"],
        "slash": [f"{kn} || {pn}", f"/{ktitle} || /{ptitle}"],
        "comma": [f"{kn}, {kt}", "", f"{pn}, {pt}"],
        "blocks": [kn, ktitle, f.members[0][1], "", pn, ptitle, f"Lokalpolisområde {f.lpo}"],
    }[sig]
    d.lines.extend(["::: sign", dline, "", *body, ":::", ""])
    d.signatories.append({"name": kn, "title": kt, "side": "kommun", "date": iso})
    d.signatories.append({"name": pn, "title": pt, "side": "polis", "date": iso})
    return sig


def _gold(seed: int, d: Doc, title: str, src: str, fm: dict, notes: str) -> dict:
    """The gold annotation (corpus gold.json format) of the document written in d."""
    f = d.facts
    txt = render_txt(parse_source(src))
    hdr = fm.get("running_header", "")
    mnc = [c for c in _CHROME[fm["html_style"]] + ([hdr] if hdr else []) if c not in txt]
    if fm["footer"].startswith("Sida"):
        mnc.append("Sida 1 av ")
    return {
        "document": f"synth_{seed:05d}.txt",
        "title_any": [title],
        "municipalities": f.munis,
        "police_area": f.lpo,
        "period_start": f.y1,
        "period_end": f.y2,
        "sections": d.sections,
        "promises": d.promises,
        "signatories": d.signatories,
        "must_not_contain": mnc,
        "notes": notes,
    }


def _synth_once(seed: int, pages_hint: int, extra: int) -> tuple[str, dict]:
    """One document for (seed, hint) with ``extra`` more background paragraphs than the hint asks for."""
    rng = random.Random(seed * 7919 + pages_hint)
    f = _synth_parts(rng, pages_hint)
    fm = _front_matter(rng, f, rng.choice(["police", "cms", "news"]))
    d = Doc(rng, f, lpo_txt=rng.choice([f"lokalpolisområde {f.lpo}", f"LPO {f.lpo}", f"Lokalpolisen i {f.lpo}"]))
    title = _title(rng, f)
    d.lines.extend([f"# {title}", ""])
    budget = {1: 0, 2: 3, 3: 6, 4: 10, 5: 14}[pages_hint] + rng.randint(0, 1) + extra  # background paragraphs overall
    n_themes = {1: 2, 2: 2, 3: 3, 4: 4, 5: 5}[pages_hint]
    _intro(d)
    topics = rng.sample(list(PLEDGES), n_themes)
    themes = [(t, rng.choice(data.THEME_NAMES[t])) for t in topics]
    _situation(d, themes, budget - 2)
    layout = write_pledges(d, themes, pages_hint)
    _goals_and_follow_up(d, themes)
    sig = _signatures(d)
    front = ["---"] + [f"{k}: {v}" for k, v in fm.items()] + ["---"]
    src = "\n".join(front + d.lines).rstrip() + "\n"
    return src, _gold(seed, d, title, src, fm, f"synthetic; layout={layout}; signatures={sig}")


@functools.lru_cache(maxsize=256)
def synth_document(seed: int, pages_hint: int = 3) -> tuple[str, dict]:
    """Return (source markup, gold dict) for a random invented pledge.

    The amount of background text is grown until the PDF rendering has at
    least ``pages_hint`` pages (1–5; a hint of 1 gives the shortest pledges,
    one page or two); the result is cached per (seed, hint).
    """
    import pypdfium2 as pdfium

    hint = max(1, min(5, int(pages_hint)))
    best = None
    for extra in (0, 3, 6, 10, 14, 19, 25):
        src, gold = _synth_once(seed, hint, extra)
        n = len(pdfium.PdfDocument(render_pdf(parse_source(src))))
        if n > 5:
            break
        best = (src, gold)
        if n >= hint:
            break
    return best  # type: ignore[return-value]


def synth_source(seed: int, pages_hint: int = 3) -> str:
    """Source markup for a random invented pledge (2–5 PDF pages)."""
    return synth_document(seed, pages_hint)[0]


def synth_gold(seed: int, pages_hint: int = 3) -> dict:
    """Gold annotation (corpus gold.json format) for synth_source(seed, pages_hint)."""
    return copy.deepcopy(synth_document(seed, pages_hint)[1])
