"""One settings object, passed down. Deep code never reads the environment.

Defaults live in code; :meth:`Settings.from_env` applies ``PLEDGEPARSE_*``
environment variables, and the CLI applies its flags on top.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel


class Settings(BaseModel):
    #: Inputs larger than this are refused with a failures row (bytes).
    max_file_bytes: int = 50 * 1024 * 1024
    #: PDFs with more pages than this are refused (pledges are a few pages;
    #: council minutes a few dozen).
    max_pdf_pages: int = 300
    #: Run OCR on PDF pages that have no text layer.
    ocr: bool = True
    ocr_language: str = "swe"
    ocr_dpi: int = 300
    #: Folder of the built spaCy pipeline; None = the package's default location.
    model_dir: Path | None = None

    @classmethod
    def from_env(cls) -> Settings:
        values: dict[str, object] = {}
        for name in cls.model_fields:
            raw = os.environ.get(f"PLEDGEPARSE_{name.upper()}")
            if raw is not None:
                values[name] = raw
        return cls.model_validate(values)
