"""The project's spaCy pipeline: blank Swedish, lookup lemmas, rule components.

There is no trained Swedish pipeline on PyPI, so pledgeparse builds its own
from files in the repo: ``spacy.blank("sv")``, lookup lemmatization with the
Swedish table of spacy-lookups-data (:class:`CompactLookupLemmatizer`, the
same lookups stored memory-mapped), and an EntityRuler whose patterns come from the
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


class CompactLookupLemmatizer:
    """spaCy's lookup lemmatization with the Swedish table of spacy-lookups-data,
    stored compactly.

    The stock ``lemmatizer`` keeps the 660,000-entry table as a Python dict:
    about 200 MB per process and over a second to load, paid by every worker
    of a batch. Here the same table is two sorted arrays (string hashes,
    offsets into one UTF-8 blob) that load memory-mapped in milliseconds and
    are shared by all processes through the page cache. Lookups follow the
    stock component: the token's text, then its lower-case form.
    """

    def __init__(self) -> None:
        import numpy as np

        self.keys = np.zeros(0, dtype=np.uint64)
        self.offsets = np.zeros(1, dtype=np.uint32)
        self.blob = b""

    def initialize(self, get_examples: Any = None, nlp: Any = None) -> None:
        import numpy as np
        from spacy.lookups import load_lookups

        table = load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")
        items = sorted(table.items())
        self.keys = np.array([k for k, _ in items], dtype=np.uint64)
        encoded = [v.encode("utf-8") for _, v in items]
        self.offsets = np.zeros(len(encoded) + 1, dtype=np.uint32)
        np.cumsum([len(e) for e in encoded], out=self.offsets[1:])
        self.blob = b"".join(encoded)

    def __call__(self, doc: Any) -> Any:
        import numpy as np
        from spacy.strings import get_string_id

        if not len(self.keys) or not len(doc):
            return doc
        for forms in ([t.text for t in doc], [t.lower_ for t in doc]):
            hashes = np.array([get_string_id(f) for f in forms], dtype=np.uint64)
            positions = np.searchsorted(self.keys, hashes)
            for token, position, key in zip(doc, positions, hashes, strict=True):
                if token.lemma_ or position >= len(self.keys) or self.keys[position] != key:
                    continue
                token.lemma_ = self.blob[self.offsets[position] : self.offsets[position + 1]].decode("utf-8")
        return doc

    def to_disk(self, path: Any, exclude: Any = ()) -> None:
        import numpy as np

        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "keys.npy", self.keys)
        np.save(folder / "offsets.npy", self.offsets)
        (folder / "values.bin").write_bytes(self.blob)

    def from_disk(self, path: Any, exclude: Any = ()) -> CompactLookupLemmatizer:
        import mmap

        import numpy as np

        folder = Path(path)
        self.keys = np.load(folder / "keys.npy", mmap_mode="r")
        self.offsets = np.load(folder / "offsets.npy", mmap_mode="r")
        with open(folder / "values.bin", "rb") as handle:
            self.blob = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[assignment]
        return self


def _register() -> None:
    from spacy.language import Language

    if "pledgeparse_lemmatizer" not in Language.factories:
        Language.factory("pledgeparse_lemmatizer")(lambda nlp, name: CompactLookupLemmatizer())


def build() -> Any:
    """Build the pipeline from the package's data files (deterministic)."""
    import spacy

    _register()
    nlp = spacy.blank("sv")
    nlp.add_pipe("pledgeparse_lemmatizer", name="lemmatizer")
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "overwrite_ents": True})
    nlp.initialize()  # reads the lookup table from spacy-lookups-data (on disk)
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

    _register()
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
