"""Start-up and shut-down costs of one command-line call.

Parsing one document should cost well under a second, Python's start
included. Profiling ``pledgeparse parse one.txt`` (``python -X importtime``,
pyinstrument) showed, besides spaCy (see :mod:`pledgeparse.nlp`), two costs
that have nothing to do with parsing:

* pyarrow asks once per process whether pandas is installed, by importing
  it (0.3 s), as soon as it turns a Python list into an array. The parse
  command never hands pyarrow pandas objects, so :func:`skip_pandas_probe`
  lets that first question fail. Nothing is lost: pyarrow imports pandas on
  demand when a caller really wants it (``Table.to_pandas()``).
* At exit the interpreter's last garbage collection walks every object of
  the loaded pipeline (0.3 s). :func:`freeze_at_exit` moves them out of the
  collector's sight first; the process is ending, nothing needs freeing.
"""

from __future__ import annotations

import atexit
import gc
import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType


class _Refuse(importlib.abc.MetaPathFinder):
    """Makes ``import NAME`` fail while installed."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == self.name:
            raise ModuleNotFoundError(f"{fullname} skipped for the pyarrow probe", name=fullname)
        return None


def skip_pandas_probe() -> None:
    """Answer pyarrow's one-off "is pandas installed?" with no, unless pandas is already loaded."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    refuse = _Refuse("pandas")
    sys.meta_path.insert(0, refuse)
    try:
        pa.array([0])  # the first conversion runs the probe
    finally:
        sys.meta_path.remove(refuse)


def freeze_at_exit() -> None:
    """Skip the final garbage collection's walk over everything still loaded."""
    atexit.register(gc.freeze)
