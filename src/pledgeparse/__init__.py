"""pledgeparse: Swedish medborgarlöften (citizen pledges) to structured data."""

from __future__ import annotations

__version__ = "0.1.0"

# Bump when a change alters the output for the same input: incremental runs
# re-parse every document whose recorded pipeline version differs.
PIPELINE_VERSION = f"{__version__}+p18"

__all__ = ["PIPELINE_VERSION", "__version__"]
