"""Regression gate for signatories and metadata on the real development set
(skipped without ``../shared/realdev``).

Parses realdev in txt, html and pdf with the batch runner, scores each split
(``tune``, ``check``) with the project's own scorer, and asserts signatory F1,
side, title, police area, period, municipality and section figures. Thresholds sit a
notch under the values measured when the gate was last raised (issue 11);
raise them as extraction improves. Side and title are shares of the matched
signatories: a signer found without a title (a caption naming who signed)
raises F1 and lowers them.
"""

from __future__ import annotations

import pytest

from realdev import FOLDERS, below, summary

# split -> format -> key -> minimum
GATES: dict[str, dict[str, dict[str, float]]] = {
    "tune": {
        fmt: {"signatory_f1": 0.95, "sig_side_acc": 0.95, "sig_title_acc": 0.95, "sig_date_acc": 0.95,
              "police_area_acc": 0.97, "period_acc": 0.9, "municipality_acc": 0.97,
              "section_recall": 0.86}
        for fmt in FOLDERS
    },
    "check": {
        fmt: {"signatory_f1": 0.85, "sig_side_acc": 0.93, "sig_title_acc": 0.73,
              "sig_date_acc": 0.95, "police_area_acc": 0.97, "period_acc": 0.95, "municipality_acc": 0.97,
              "section_recall": 0.70}
        for fmt in FOLDERS
    },
}  # fmt: skip

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("fmt", sorted(FOLDERS))
@pytest.mark.parametrize("split", sorted(GATES))
def test_realdev_signatories_and_metadata_gate(split: str, fmt: str) -> None:
    failed = below(summary(fmt, split), GATES[split][fmt])
    assert not failed, f"{split} {fmt}: {failed}"
