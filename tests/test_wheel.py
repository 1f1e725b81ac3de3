"""A wheel installed outside the checkout parses a document, building its
spaCy pipeline once into the per-user cache and loading it from there after.

Offline and quick: the wheel is built with the hatchling of the project's
environment (no build isolation), installed without dependencies into a
fresh virtual environment that sees the project environment's libraries
through a path file, and run from a folder outside the checkout.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT = ROOT / "corpus" / "almhult_2017" / "almhult_2017.txt"

pytestmark = pytest.mark.slow


def _run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    assert done.returncode in (0, 1), f"{command}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def _build_wheel(target: Path) -> Path:
    _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-q",
        "-w",
        target,
        ROOT,
    )
    (wheel,) = target.glob("pledgeparse-*.whl")
    return wheel


def _venv_with(wheel: Path, folder: Path) -> Path:
    """A fresh environment with the wheel, and the project environment's libraries (not its pledgeparse)."""
    _run(sys.executable, "-m", "venv", "--without-pip", folder)
    python = folder / "bin" / "python"
    purelib = _run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    libraries = {sysconfig.get_paths()["purelib"], *site.getsitepackages()}
    (Path(purelib) / "project_libraries.pth").write_text("\n".join(sorted(libraries)) + "\n", encoding="utf-8")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", wheel)
    return folder


def test_wheel_installed_outside_the_checkout_parses_a_document(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    venv = _venv_with(wheel, tmp_path / "venv")
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    env.pop("PYTHONPATH", None)
    where = _run(venv / "bin" / "python", "-c", "import pledgeparse; print(pledgeparse.__file__)", cwd=work, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout

    first = _run(venv / "bin" / "pledgeparse", "parse", DOCUMENT, "--out", work / "out", cwd=work, env=env)
    built = list((tmp_path / "user-cache" / "pledgeparse").glob("pipeline-*/meta.json"))
    assert len(built) == 1, first.stderr
    documents = pq.read_table(work / "out" / "documents.parquet").to_pylist()
    assert len(documents) == 1 and documents[0]["n_promises"] > 0

    # The second call loads the cached pipeline (same folder, not rebuilt) and gives the same rows.
    stamp = built[0].stat().st_mtime_ns
    _run(venv / "bin" / "pledgeparse", "parse", DOCUMENT, "--out", work / "again", cwd=work, env=env)
    assert built[0].stat().st_mtime_ns == stamp
    assert pq.read_table(work / "again" / "promises.parquet").equals(pq.read_table(work / "out" / "promises.parquet"))
