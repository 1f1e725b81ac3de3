"""Regression gate for pledges on the real development set (issue 10),
skipped without ``../shared/realdev``.

Parses realdev in txt, html and pdf, scores each split with the project's
own scorer (which agrees with the reference scorer, ``test_devset.py``) and
asserts promise F1, theme, actor and quantified accuracy a notch under the
figures reached. ``tune`` is the split the rules were developed on; ``check``
was only read as summary figures, so its gate says what the rules do on
documents they were not fitted to. Raise the thresholds as extraction improves.
"""

from __future__ import annotations

import pytest

from realdev import FOLDERS, below, summary

# Measured when the gate was last raised (tune / check): promise F1 0.925 / 0.885 (txt),
# 0.925 / 0.875 (html), 0.925 / 0.873 (pdf); actors 0.994 / 0.886-0.892. Check actors fell
# from 0.905 when three more pledges were found (a page whose only list stands in the
# lägesbild): they count in the ratio, and their actors are wrong; no pledge lost its actor.
GATES: dict[str, dict[str, float]] = {
    "tune": {"promise_f1": 0.91, "theme_acc": 0.95, "actors_acc": 0.97, "quantified_acc": 0.95},
    "check": {"promise_f1": 0.86, "theme_acc": 0.94, "actors_acc": 0.87, "quantified_acc": 0.95},
}

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("fmt", sorted(FOLDERS))
@pytest.mark.parametrize("split", sorted(GATES))
def test_realdev_pledge_gate(split: str, fmt: str) -> None:
    failed = below(summary(fmt, split), GATES[split])
    assert not failed, f"{split} {fmt}: {failed}"
