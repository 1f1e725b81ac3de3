"""Content-addressed object store: ``objects/ab/cdef...`` named by sha256.

The same bytes are stored once, whatever URL they came from. An object is
written to a temporary file in ``objects/tmp/``, flushed to disk and renamed
into place, so a crash leaves either the whole object or none (a stray
temporary file at worst, removed on the next open); a name in ``objects/``
always holds exactly the bytes it is named after.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from pledgeparse.fsutil import fsync_path


class ObjectCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.objects = root / "objects"
        self._tmp = self.objects / "tmp"
        self._tmp.mkdir(parents=True, exist_ok=True)
        for stray in self._tmp.iterdir():  # left by a crash mid-write
            stray.unlink(missing_ok=True)

    def path(self, sha256: str) -> Path:
        return self.objects / sha256[:2] / sha256[2:]

    def has(self, sha256: str | None) -> bool:
        return bool(sha256) and self.path(sha256).is_file()  # type: ignore[arg-type]

    def get(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()

    def put(self, data: bytes) -> str:
        """Store the bytes (once) and return their sha256."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if target.is_file():
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix=sha256[:8], suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(target.parent)
        return sha256


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened."""
    fsync_path(folder)
