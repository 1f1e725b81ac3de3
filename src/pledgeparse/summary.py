"""What a batch run did: :class:`BatchSummary`.

Its own module, so that the batch (:mod:`pledgeparse.batch`) and the check
for a run with nothing changed (:mod:`pledgeparse.dataset.rerun`), which describes
the previous run with one, both import it and not each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pledgeparse.models import Failure


@dataclass
class BatchSummary:
    inputs: int = 0
    documents: int = 0
    parsed: int = 0
    reused: int = 0
    duplicates: int = 0  # inputs with the same bytes as an earlier input (one document)
    works: int = 0
    failures: list[Failure] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failures


__all__ = ["BatchSummary"]
