"""The pledge section of a synthetic document, in one of eight layouts.

Every pledge written to the source is also added to the gold annotation (``Doc.add``), with the
actors the layout makes responsible for it.
"""

from .data import NUMBER_WORDS
from .pledge_phrases import PLEDGES
from .synth_doc import Doc

LAYOUTS = ["leadin_themes", "subject_themes", "table", "nested", "att_flat", "nominal_flat", "paren_themes", "labels"]
Phrase = tuple[str, str, str, bool, str, list[str]]  # infinitive, present, nominal, quantified, who, topics


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _actors_of(who: str) -> list[str]:
    return {"P": ["Polisen"], "K": ["Kommunen"], "B": ["Kommunen", "Polisen"]}.get(who, [who])


class _Phrases:
    """Draws pledge phrases by topic, each template at most once per document, with its slots filled."""

    def __init__(self, d: Doc) -> None:
        self.d = d
        self.used: dict = {}

    def slots(self, s: str) -> str:
        rng = self.d.rng
        return s.format(
            n=NUMBER_WORDS[rng.choice([2, 3, 4, 5, 6])],
            per=rng.choice(["år", "termin", "halvår"]),
            ort=self.d.facts.ort,
            omr=rng.choice(["centrum", "stationsområdet", "de större bostadsområdena"]),
            d=NUMBER_WORDS[rng.choice([3, 5, 10])],
            k=NUMBER_WORDS[rng.choice([2, 3])],
        )

    def pick(self, topic: str, k: int) -> list[Phrase]:
        rng = self.d.rng
        pool = [x for x in PLEDGES[topic] if id(x) not in self.used]
        rng.shuffle(pool)
        out = []
        for tpl in pool[:k]:
            self.used[id(tpl)] = True
            inf, pres, nom, q, who, tps = tpl
            # fill slots identically in all three forms
            state = rng.getstate()
            inf_f = self.slots(inf)
            rng.setstate(state)
            pres_f = self.slots(pres)
            rng.setstate(state)
            nom_f = self.slots(nom)
            out.append((inf_f, pres_f, nom_f, q, who, tps))
        return out


def _flat(d: Doc, ph: _Phrases, themes: list[tuple[str, str]], layout: str, per_theme: int) -> None:
    """One list under a lead-in: "… åtar sig att:" + "att …" items, or "… avger härmed löfte om:" + noun phrases."""
    f = d.facts
    if layout == "att_flat":
        d.para(f"{f.kl} och {d.lpo_txt} åtar sig att:" if not f.joint else f"Kommunerna och {d.lpo_txt} åtar sig att:")
    else:
        d.para(f"{f.kl} och lokalpolisområde {f.lpo} avger härmed löfte om:")
    texts = []
    for topic, _name in themes:
        for inf, _pres, nom, q, _who, tps in ph.pick(topic, per_theme - 1):
            t = f"att {inf}" if layout == "att_flat" else _cap(nom)
            texts.append(t)
            d.add(t, None, ["Kommunen", "Polisen"], q, tps)
    d.bullets(texts)


def _table(d: Doc, ph: _Phrases, themes: list[tuple[str, str]], per_theme: int) -> None:
    """A three-column table (activity, performer, responsible) with a theme row per theme."""
    f, rng = d.facts, d.rng
    d.para(f"{f.kl} och {d.lpo_txt} lovar att genomföra följande aktiviteter under {f.per_txt}.")
    for i, (topic, name) in enumerate(themes):
        if i == 0:
            d.lines.append(f"| {name} | UTFÖRARE | ANSVARIG |")
            d.lines.append("|---|---|---|")
        else:
            d.lines.append(f"| {name} | | |")
        for _inf, _pres, nom, q, who, tps in ph.pick(topic, per_theme):
            if who == "P":
                u, acts = "Polis", ["Polisen"]
            elif who == "K":
                u, acts = "Kommun", ["Kommunen"]
            elif who == "B":
                u, acts = rng.choice(["Polis/kommun", "Polis/ kommun", "Kommun/polis"]), ["Polisen", "Kommunen"]
            else:
                u, acts = who, [who]
            a = rng.choice(["Polis", "Kommun"]) if who == "B" else ("Polis" if who == "P" else "Kommun")
            d.lines.append(f"| {_cap(nom)} | {u} | {a} |")
            d.add(_cap(nom), name, acts, q, tps)
    d.lines.append("")


def _nested(d: Doc, ph: _Phrases, themes: list[tuple[str, str]], per_theme: int) -> None:
    """A numbered list of themes, each with its pledges as bullets."""
    d.para(f"{d.facts.kl} och {d.lpo_txt} lovar gemensamt att arbeta med följande:")
    for i, (topic, name) in enumerate(themes, 1):
        d.lines.append(f"{i}. {name}:")
        for inf, _pres, _nom, q, _who, tps in ph.pick(topic, per_theme):
            d.lines.append(f"  - {inf}")
            d.add(inf, name, ["Kommunen", "Polisen"], q, tps)
    d.lines.append("")


def _leadin_theme(d: Doc, name: str, items: list[Phrase]) -> None:
    """A theme's pledges under one lead-in per party: "Polisen lovar att:", "Kommunen ska:", …"""
    f, rng = d.facts, d.rng
    groups: dict[str, list[Phrase]] = {}
    for it in items:
        key = "K" if it[4] not in ("P", "B") and it[4] != "K" else it[4]
        groups.setdefault(key, []).append(it)
    for key in ("P", "K", "B"):
        if key not in groups:
            continue
        lead = {
            "P": rng.choice(["Polisen lovar att:", "Polisen ska:", "Polisen åtar sig att:"]),
            "K": rng.choice(
                ["Kommunen lovar att:", "Kommunen ska:", f"{f.kl} åtar sig att:" if not f.joint else "Kommunerna ska:"]
            ),
            "B": rng.choice(["Kommunen och polisen ska tillsammans:", "Vi lovar att:", "Detta gör vi genom att:"]),
        }[key]
        d.para(lead)
        for inf, _pres, _nom, q, who, tps in groups[key]:
            t = _cap(inf) if lead.endswith("ska:") or lead.endswith("tillsammans:") else inf
            d.lines.append(f"- {t}")
            acts = _actors_of(key)
            if who not in ("P", "K", "B") and rng.random() < 0.5:
                d.lines.append(f"  Ansvarig: {who}")
                acts = [who]
            d.add(t, name, acts, q, tps)
        d.lines.append("")


def _subject_sentence(d: Doc, inf: str, pres: str, who: str) -> tuple[str, list[str]]:
    """A pledge as a sentence with its party as the subject ("Polisen genomför …")."""
    rng = d.rng
    r = rng.random()
    if who == "P":
        if r < 0.6:
            return f"Polisen {pres}.", ["Polisen"]
        return f"Polisen ska i samverkan med kommunen {inf}.", ["Polisen"]
    if who == "K":
        if r < 0.6:
            return f"Kommunen {pres}.", ["Kommunen"]
        return f"Kommunen ska tillsammans med polisen {inf}.", ["Kommunen"]
    if who == "B":
        t = rng.choice(
            [
                f"Polisen och kommunen {pres}.",
                f"Vi {pres}.",
                f"Parterna {pres}.",
                f"Kommunen och polisen ska gemensamt {inf}.",
            ]
        )
        return t, ["Kommunen", "Polisen"]
    return (f"{who} {pres}.", [who]) if r < 0.7 else (f"{who} och polisen {pres}.", [who, "Polisen"])


def _subject_theme(d: Doc, name: str, items: list[Phrase]) -> None:
    numbered = d.rng.random() < 0.5
    for j, (inf, pres, _nom, q, who, tps) in enumerate(items, 1):
        t, acts = _subject_sentence(d, inf, pres, who)
        d.lines.append(f"{j}. {t}" if numbered else f"- {t}")
        d.add(t, name, acts, q, tps)
    d.lines.append("")


def _paren_theme(d: Doc, name: str, items: list[Phrase]) -> None:
    """Bullets ending in the responsible party in parentheses: "… (Polis/kommun)"."""
    rng = d.rng
    if rng.random() < 0.5:
        d.para("Detta gör vi genom att:")
    for inf, _pres, _nom, q, who, tps in items:
        # the choice for "B" is drawn for every item, whoever it belongs to
        tag = {"P": "Polis", "K": "Kommun", "B": rng.choice(["Polis, kommun", "Polis/kommun", "Kommun, polis"])}.get(
            who, who
        )
        d.lines.append(f"- {_cap(inf)} ({tag})")
        d.add(_cap(inf), name, _actors_of(who), q, tps)
    d.lines.append("")


def _label_theme(d: Doc, name: str, items: list[Phrase]) -> None:
    """Bullets that start with the responsible party: "Polis: …"."""
    for inf, _pres, _nom, q, who, tps in items:
        tag = {"P": "Polis", "K": "Kommun", "B": "Polis och kommun"}.get(who, who)
        d.lines.append(f"- {tag}: {_cap(inf)}.")
        d.add(f"{_cap(inf)}.", name, _actors_of(who), q, tps)
    d.lines.append("")


_THEMED = {
    "leadin_themes": _leadin_theme,
    "subject_themes": _subject_theme,
    "paren_themes": _paren_theme,
    "labels": _label_theme,
}


def _themed(d: Doc, ph: _Phrases, themes: list[tuple[str, str]], layout: str, per_theme: int) -> None:
    """A subheading per theme with its pledges in the layout's form; sometimes one more pledge in prose."""
    for topic, name in themes:
        d.lines.append(f"### {name}")
        d.lines.append("")
        _THEMED[layout](d, name, ph.pick(topic, per_theme))
    if d.rng.random() < 0.5:
        topic, name = themes[0]
        extra = ph.pick(topic, 1)
        if extra:
            inf, _pres, _nom, q, who, tps = extra[0]
            if who == "P":
                t = f"Polisen kommer under året att {inf}."
            else:
                t = f"Kommunen kommer under löftesperioden att {inf}."
            d.para(t)
            d.add(t, None, ["Polisen"] if who == "P" else ["Kommunen"], q, tps)


def write_pledges(d: Doc, themes: list[tuple[str, str]], pages_hint: int) -> str:
    """Write the pledge section; return the layout's name (it goes into the gold notes)."""
    rng = d.rng
    headings = ["Medborgarlöften", f"Medborgarlöfte {d.facts.per_txt}", "Våra löften", "Det här ska vi göra", "Löftet"]
    d.h2(rng.choice(headings), "promises")
    layout = rng.choice(LAYOUTS)
    per_theme = {1: 2, 2: 3, 3: 3, 4: 3, 5: 3}[pages_hint]
    ph = _Phrases(d)
    if layout in ("att_flat", "nominal_flat"):
        _flat(d, ph, themes, layout, per_theme)
    elif layout == "table":
        _table(d, ph, themes, per_theme)
    elif layout == "nested":
        _nested(d, ph, themes, per_theme)
    else:
        _themed(d, ph, themes, layout, per_theme)
    return layout
