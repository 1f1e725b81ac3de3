"""The project's spaCy pipeline: blank Swedish, lookup lemmas, rule components.

There is no trained Swedish pipeline on PyPI, so pledgeparse builds its own
from files in the repo: ``spacy.blank("sv")``, lookup lemmatization with the
Swedish table of spacy-lookups-data (:class:`CompactLookupLemmatizer`, the
same lookups stored memory-mapped), and an EntityRuler whose patterns come from the
gazetteers (municipalities, police areas), signatory titles and actor
names. Nothing is ever downloaded.

Building takes seconds (the lookup table is read and sorted, the patterns
compiled), so it is done once per installation: :func:`load` keeps the built
pipeline in a per-user cache folder (``platformdirs.user_cache_dir``, e.g.
``~/.cache/pledgeparse/pipeline-0.1.0+p1-<fingerprint>``) and loads it from
there afterwards, the same way for a wheel and an editable install. The
fingerprint hashes everything the build reads (this module, the gazetteers,
the spaCy and spacy-lookups-data versions), so an edited gazetteer never
loads a stale pipeline. Where the cache cannot be written the pipeline is
built in memory. ``make models`` (``python -m pledgeparse.nlp build``) fills
the cache ahead of time; ``build OUT_DIR`` writes a copy elsewhere.

Entity labels: ``MUNICIPALITY`` ("Lekebergs kommun", "Region Gotland"),
``POLICE_AREA`` ("lokalpolisområde Örebro", "LPO Motala"), ``POLICE``
("Polisen", "kommunpolisen"), ``MUNICIPAL_BODY`` ("Socialförvaltningen"),
``ORG`` (companies and associations), ``TITLE`` ("Kommunstyrelsens ordförande").
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import ModuleType
from typing import Any

from pledgeparse import PIPELINE_VERSION
from pledgeparse.extract.gazetteer import IRREGULAR_FORMS, municipalities, police_areas

log = logging.getLogger(__name__)

#: Files the build reads, relative to the package: a change to any of them is a new pipeline.
_BUILD_INPUTS = ("nlp.py", "extract/gazetteer.py", "data/municipalities.csv", "data/police_areas.csv")

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


_MUNICIPALITY_SUFFIXES = ["kommun", "kommuns", "stad", "Stad", "stads"]
_AREA_LEADS = ["lokalpolisområde", "Lokalpolisområde", "LPO", "lokalpolisområdet", "Lokalpolisområdet"]


def _name_patterns(
    label: str, names: list[str], lead: list[str] | None, tail: list[str] | None
) -> list[dict[str, Any]]:
    """Token patterns for ``[lead] name [tail]``, with every one-token name in one pattern.

    One pattern per name and suffix as a phrase would be thousands of
    patterns, each run through the tokenizer whenever the pipeline loads;
    the same matches as a handful of token patterns load in milliseconds.
    """
    from spacy.lang.sv import Swedish

    tokenizer = Swedish().tokenizer
    single: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    for name in names:
        words = tuple(token.text for token in tokenizer(name))
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.add(words)
    lead_part = [{"ORTH": {"IN": lead}}] if lead else []
    tail_part = [{"ORTH": {"IN": tail}}] if tail else []
    patterns = [{"label": label, "pattern": [*lead_part, {"ORTH": {"IN": sorted(single)}}, *tail_part]}]
    for words in sorted(multi):
        patterns.append({"label": label, "pattern": [*lead_part, *({"ORTH": w} for w in words), *tail_part]})
    return patterns


def _patterns() -> list[dict[str, Any]]:
    forms: set[str] = set(IRREGULAR_FORMS)
    for name in municipalities():
        forms |= {name, name + "s"} if name[-1] not in "sxz" else {name}
    patterns = _name_patterns("MUNICIPALITY", sorted(forms), None, _MUNICIPALITY_SUFFIXES)
    patterns.append({"label": "MUNICIPALITY", "pattern": "Region Gotland"})
    patterns.append({"label": "MUNICIPALITY", "pattern": [{"LOWER": {"IN": ["kommunen", "kommunerna", "staden"]}}]})
    patterns += _name_patterns("POLICE_AREA", sorted(police_areas()), _AREA_LEADS, None)
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
                            "polisen",
                            "polis",
                            "polismyndigheten",
                            "lokalpolisen",
                            "kommunpolisen",
                            "kommunpolis",
                            "närpolisen",
                            "kommunpoliserna",
                        ]
                    }
                }
            ],
        }
    )
    patterns.append({"label": "MUNICIPAL_BODY", "pattern": [{"LOWER": {"REGEX": f"^\\w+({_BODY_SUFFIXES})$"}}]})
    patterns.append({"label": "ORG", "pattern": [{"IS_TITLE": True, "OP": "+"}, {"TEXT": "AB"}]})
    patterns.append(
        {"label": "ORG", "pattern": [{"LOWER": {"REGEX": f"^\\w*({_ORG_SUFFIXES})$"}}, {"IS_TITLE": True, "OP": "*"}]}
    )
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
        #: Word form (orth hash) -> its lemma ("" for none), filled as words are met.
        self._memo: dict[int, str] = {}

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
        self._memo = {}

    def __call__(self, doc: Any) -> Any:
        if not len(self.keys):
            return doc
        memo = self._memo
        for token in doc:
            lemma = memo.get(token.orth)
            if lemma is None:  # each word form is looked up once per process
                lemma = memo[token.orth] = self._lookup(token.text) or self._lookup(token.lower_)
            if lemma and not token.lemma_:
                token.lemma_ = lemma
        return doc

    def _lookup(self, form: str) -> str:
        """The table's lemma of ``form`` ("" if it has none)."""
        import numpy as np
        from spacy.strings import get_string_id

        key = get_string_id(form)
        position = int(np.searchsorted(self.keys, np.uint64(key)))
        if position >= len(self.keys) or int(self.keys[position]) != key:
            return ""
        return bytes(self.blob[self.offsets[position] : self.offsets[position + 1]]).decode("utf-8")

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
        self._memo = {}
        return self


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, importing spaCy's command line only when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> Any:
    """``import spacy`` without importing spaCy's own command line.

    ``spacy/__init__.py`` imports ``spacy.cli`` (typer, weasel, requests,
    jinja2...) only to offer ``spacy.info``: 0.15 s of a 0.5 s import that a
    parse never uses. Placeholders stand in for the two modules during the
    import and are removed right after, so a later ``import spacy.cli``
    loads the real one, and ``spacy.info`` loads it when called.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    package, module = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
    package.__path__ = []
    module.info = _info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": package, "spacy.cli.info": module})
    try:
        import spacy
    finally:
        for name, placeholder in (("spacy.cli", package), ("spacy.cli.info", module)):
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is package:
        delattr(spacy, "cli")
    return spacy


def _register() -> None:
    import_spacy()
    from spacy.language import Language

    if "pledgeparse_lemmatizer" not in Language.factories:
        Language.factory("pledgeparse_lemmatizer")(lambda nlp, name: CompactLookupLemmatizer())


def build() -> Any:
    """Build the pipeline from the package's data files (deterministic)."""
    spacy = import_spacy()
    _register()
    nlp = spacy.blank("sv")
    # The ruler comes first: its patterns match on the text only, and loading
    # it runs every phrase pattern through the components before it.
    ruler: Any = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": None, "overwrite_ents": True})
    nlp.add_pipe("pledgeparse_lemmatizer", name="lemmatizer")
    nlp.initialize()  # reads the lookup table from spacy-lookups-data (on disk)
    ruler.add_patterns(_patterns())
    nlp.meta["name"] = "pledgeparse_sv"
    nlp.meta["version"] = PIPELINE_VERSION.split("+")[0]
    nlp.meta["description"] = "Blank Swedish + gazetteer EntityRuler + lookup lemmatizer for medborgarlöften"
    nlp.meta["pledgeparse_pipeline_version"] = PIPELINE_VERSION
    nlp.meta["pledgeparse_fingerprint"] = fingerprint()
    return nlp


def _dist_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


@cache
def fingerprint() -> str:
    """Hash of what the build reads: a different value means a different pipeline."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    for name in ("spacy", "spacy-lookups-data"):
        digest.update(f"|{name}={_dist_version(name)}".encode())
    package = Path(__file__).resolve().parent
    for relative in _BUILD_INPUTS:
        digest.update(b"|" + (package / relative).read_bytes())
    return digest.hexdigest()[:16]


def cache_dir(root: Path | None = None) -> Path:
    """Where this version of the pipeline is kept: one folder per fingerprint."""
    if root is None:
        from platformdirs import user_cache_dir

        root = Path(user_cache_dir("pledgeparse", appauthor=False))
    return root / f"pipeline-{PIPELINE_VERSION}-{fingerprint()}"


def is_current(folder: Path) -> bool:
    """A complete pipeline folder built from the same inputs."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(meta.get("pledgeparse_fingerprint") == fingerprint())


def build_into(folder: Path) -> Path:
    """Build and write the pipeline to ``folder`` atomically (temporary folder, rename).

    Two processes building at once both succeed: the second rename loses,
    and the winner's identical folder is used.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".{folder.name}.{os.getpid()}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    build().to_disk(tmp)
    try:
        if folder.exists() and not is_current(folder):
            shutil.rmtree(folder)  # an interrupted or foreign copy
        os.replace(tmp, folder)
    except OSError:
        if not is_current(folder):
            raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


@cache
def load(model_dir: Path | None = None) -> Any:
    """The built pipeline: from ``model_dir`` if given and current, else from the
    per-user cache (built there on first use), else built in memory."""
    spacy = import_spacy()
    _register()
    if model_dir is not None and is_current(model_dir):
        return spacy.load(model_dir)
    folder = cache_dir()
    if not is_current(folder):
        try:
            build_into(folder)
        except OSError as error:
            log.warning("cannot keep the spaCy pipeline in %s (%s): building it in memory", folder, error)
            return build()
    return spacy.load(folder)


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
    """``build``: fill the per-user cache (if not current); ``build OUT_DIR``: write a copy there."""
    if len(argv) not in (1, 2) or argv[0] != "build":
        print("usage: python -m pledgeparse.nlp build [OUT_DIR]", file=sys.stderr)
        return 2
    if len(argv) == 2:
        out = Path(argv[1])
        out.mkdir(parents=True, exist_ok=True)
        build().to_disk(out)
        print(f"wrote the pipeline to {out}")
        return 0
    folder = cache_dir()
    if is_current(folder):
        print(f"pipeline up to date in {folder}")
    else:
        print(f"wrote the pipeline to {build_into(folder)}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
