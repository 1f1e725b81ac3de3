"""The inputs of a batch: folders walked, nothing skipped in silence, the
same bytes under several names found.

A folder is walked recursively for the known extensions (hidden files
aside). An entry that looks like an input but cannot be one becomes a
:class:`~pledgeparse.models.Failure` in its place: a dangling symlink (E107),
a sub-folder that cannot be listed or an entry that is not a regular file
(E108). The same bytes under several names are one document, parsed once
under the first name; the other names are kept (``duplicate_sources``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pledgeparse.models import Failure
from pledgeparse.readers import EXTENSIONS

T = TypeVar("T")
E = TypeVar("E")


def _failure(source: object, code: str, message: str) -> Failure:
    return Failure(source=str(source), stage="read", error=f"[{code}] {message}", code=code)


def _entry(path: Path) -> Path | Failure | None:
    """A file under a folder: an input, a failure, or nothing (not an input)."""
    if path.name.startswith(".") or path.suffix.lower() not in EXTENSIONS:
        return None
    if path.is_file():
        return path
    if path.is_symlink() and not path.exists():
        return _failure(path, "E107", f"{path}: dangling symlink (its target {os.readlink(path)} does not exist)")
    if path.is_dir():
        return None  # a folder named like a file: walked as a folder
    return _failure(path, "E108", f"cannot read {path}: not a regular file")


def walk_folder(folder: Path) -> Iterator[Path | Failure]:
    """Every input under ``folder``, sorted by path, with failures in place."""
    found: list[tuple[Path, Path | Failure]] = []

    def unlistable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        found.append((where, _failure(where, "E108", f"cannot read folder {where}: {error.strerror or error}")))

    for root, _dirs, files in os.walk(folder, onerror=unlistable):
        for name in files:
            path = Path(root) / name
            item = _entry(path)
            if item is not None:
                found.append((path, item))
    for _path, item in sorted(found, key=lambda pair: pair[0]):
        yield item


@dataclass(frozen=True)
class Duplicate:
    """An input whose bytes another input already has."""

    path: Path
    sha256: str
    first: str


def split_duplicates(plan: list[tuple[T, str | None, E]]) -> tuple[list[tuple[T, str | None, E]], list[Duplicate]]:
    """Keep the first input of each content hash; the later ones are duplicates."""
    first_of: dict[str, str] = {}
    kept: list[tuple[T, str | None, E]] = []
    duplicates: list[Duplicate] = []
    for item, sha, entry in plan:
        if isinstance(item, Path) and sha is not None:
            if sha in first_of:
                duplicates.append(Duplicate(item, sha, first_of[sha]))
                continue
            first_of[sha] = str(item)
        kept.append((item, sha, entry))
    return kept, duplicates
