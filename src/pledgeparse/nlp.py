"""The project's spaCy pipeline: blank Swedish, lookup lemmas, rule components.

There is no trained Swedish pipeline on PyPI, so pledgeparse builds its own
from files in the repo: ``spacy.blank("sv")``, the lookup lemmatizer from
spacy-lookups-data, and an EntityRuler whose patterns come from the
gazetteers (municipalities, police areas), signatory titles and actor
names. ``make models`` (``python -m pledgeparse.nlp build models/pledgeparse_sv``)
writes it to ``models/``; :func:`load` uses that folder when it exists and
otherwise builds the same pipeline in memory, so nothing is ever downloaded.

Entity labels: ``MUNICIPALITY`` ("Lekebergs kommun", "Region Gotland"),
``POLICE_AREA`` ("lokalpolisområde Örebro", "LPO Motala"), ``POLICE``
("Polisen", "kommunpolisen"), ``MUNICIPAL_BODY`` ("Socialförvaltningen"),
``ORG`` (companies and associations), ``TITLE`` ("Kommunstyrelsens ordförande").
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Any

from pledgeparse import PIPELINE_VERSION
from pledgeparse.gazetteer import IRREGULAR_FORMS, municipalities, police_areas

DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "pledgeparse_sv"

_BODY_SUFFIXES = (
    "förvaltningen|förvaltning|nämnden|tjänsten|kontoret|skolan|skolorna|fritidsgården|fritidsgårdarna|"
    "enheten|styrelsen|avdelningen|fältgruppen|samordnaren|samordnare|assistenterna|fältarna"
)
_ORG_SUFFIXES = "bolaget|bolag|föreningen|förening|kyrkan|församlingen|stiftelsen|förbundet|jouren"
_TITLE_WORDS = (
    "ordförande|kommundirektör|kommunchef|stadsdirektör|lokalpolisområdeschef|polisområdeschef|"
    "kommunpolis|säkerhetschef|säkerhetssamordnare|kommunalråd|förvaltningschef|polismästare|"
    "folkhälsostrateg|trygghetssamordnare|sekreterare|stadsdelsdirektör|regiondirektör"
)


def _patterns() -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for name in municipalities():
        forms = {name, name + "s"} if name[-1] not in "sxz" else {name}
        forms |= {form for form, target in IRREGULAR_FORMS.items() if target == name}
        for form in sorted(forms):
            for suffix in ("kommun", "kommuns", "stad", "Stad", "stads"):
                patterns.append({"label": "MUNICIPALITY", "pattern": f"{form} {suffix}", "id": name})
    patterns.append({"label": "MUNICIPALITY", "pattern": "Region Gotland", "id": "Gotland"})
    patterns.append({"label": "MUNICIPALITY", "pattern": [{"LOWER": {"IN": ["kommunen", "kommunerna", "staden"]}}]})
    for area in sorted(police_areas()):
        for lead in ("lokalpolisområde", "Lokalpolisområde", "LPO", "lokalpolisområdet", "Lokalpolisområdet"):
            patterns.append({"label": "POLICE_AREA", "pattern": f"{lead} {area}", "id": area})
    patterns.append(
        {
            "label": "POLICE_AREA",
            "pattern": [{"LOWER": {"IN": ["lokalpolisområde", "lokalpolisområdet", "lpo"]}}, {"IS_TITLE": True}],
        }
    )
    patterns.append(
        {
            "label": "POLICE",
            "pattern": [
                {
                    "LOWER": {
                        "IN": [
                            "polisen", "polis", "polismyndigheten", "lokalpolisen", "kommunpolisen",
                            "kommunpolis", "närpolisen", "kommunpoliserna",
                        ]
                    }
                }
            ],
        }
    )
    patterns.append({"label": "MUNICIPAL_BODY", "pattern": [{"LOWER": {"REGEX": f"^\\w+({_BODY_SUFFIXES})$"}}]})
    patterns.append({"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"TEXT": "AB"}]})
    patterns.append({"label": "ORG", "pattern": [{"LOWER": {"REGEX": f"^\\w*({_ORG_SUFFIXES})$"}}, {"IS_TITLE": True, "OP": "*"}]})
    patterns.append({"label": "TITLE", "pattern": [{"LOWER": {"REGEX": f"^\\w*({_TITLE_WORDS})$"}}]})
    patterns.append(
        {"label": "TITLE", "pattern": [{"LOWER": {"REGEX": r"^\w+s$"}}, {"LOWER": {"REGEX": f"^({_TITLE_WORDS})$"}}]}
    )
    return patterns


def build() -> Any:
    """Build the pipeline from the package's data files (deterministic)."""
    import spacy

    nlp = spacy.blank("sv")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "overwrite_ents": True})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data (on disk)
    ruler.add_patterns(_patterns())
    nlp.meta["name"] = "pledgeparse_sv"
    nlp.meta["version"] = PIPELINE_VERSION.split("+")[0]
    nlp.meta["description"] = "Blank Swedish + lookup lemmatizer + gazetteer EntityRuler for medborgarlöften"
    nlp.meta["pledgeparse_pipeline_version"] = PIPELINE_VERSION
    return nlp


@cache
def load(model_dir: Path | None = None) -> Any:
    """The built pipeline from ``models/`` if present and current, else built in memory."""
    import spacy

    folder = model_dir or DEFAULT_MODEL_DIR
    if (folder / "meta.json").is_file():
        nlp = spacy.load(folder)
        if nlp.meta.get("pledgeparse_pipeline_version") == PIPELINE_VERSION:
            return nlp
    return build()


# The lookup table lemmatises the modal "ska" to the noun "skola" (school);
# keep such function words as they are.
_KEEP_SURFACE = {"ska", "skall", "skulle", "kan", "får", "bör", "vill", "med", "minst"}


def lemmas(doc: Any) -> list[str]:
    """Lower-cased lemmas; function words the lookup table gets wrong stay as written."""
    out = []
    for token in doc:
        if token.lower_ in _KEEP_SURFACE:
            out.append(token.lower_)
            continue
        lemma = token.lemma_ if token.lemma_ and token.lemma_ != token.text else token.lower_
        out.append(lemma.lower())
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "build":
        print("usage: python -m pledgeparse.nlp build OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[1])
    nlp = build()
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    print(f"wrote {nlp.meta['name']} ({', '.join(nlp.pipe_names)}) to {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
