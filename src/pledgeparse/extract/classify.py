"""A trained decision over the rules' candidates: is this a pledge?

The rules in :mod:`pledgeparse.extract.pledges` propose every list item, table row
and prose sentence as a candidate, with their verdict and the context it was
made in (section role, the lead-in above it, the list it belongs to, word
signals). This module turns a candidate into categorical feature tokens
(``layout=list_item``, ``lead=strong``, ``rule=True`` ...) and fits a
logistic regression over them (deterministic Newton steps, no random
initialisation): the model alone (without ``rule=``) or the rules and the
model together. No sentence of any document is needed for the features.

:mod:`pledgeparse.extract.crossval` compares the rules, the model and both under
cross-validation grouped by document (``make cv``). The rules win there
(README, "A trained decision"), so the pipeline ships the rules and no
weights; the features and the fit stay so that the comparison can be made
again whenever the rules or the annotated data change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from pledgeparse.extract.quantify import pledge_kind

THRESHOLD = 0.5
L2 = 1.0


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _starts_infinitive(text: str) -> bool:
    first = re.match(r"[\wåäö]+", text.strip())
    word = first.group(0) if first else ""
    return word.lower() == "att" or (word.islower() and word.endswith("a") and len(word) >= 4)


def candidate_features(
    texts: Sequence[str], contexts: Sequence[dict[str, str]], rules: Sequence[bool]
) -> list[list[str]]:
    """Feature tokens of each candidate of one document, in document order.

    ``contexts`` are the walker's context dicts (:class:`pledges.Candidate.features`);
    list-level features (how long the list is, how many of its items are
    short or promise outcomes) are computed over runs of list items.
    """
    runs = _list_runs(contexts)
    doc_has_part = any(c.get("in_part") == "True" for c in contexts)
    doc_strong = any(c.get("lead") == "strong" for c in contexts)
    out: list[list[str]] = []
    for i, (text, ctx, rule) in enumerate(zip(texts, contexts, rules, strict=True)):
        words = text.split()
        feats = [f"{k}={v}" for k, v in sorted(ctx.items())]
        first = re.sub(r"[^\wåäö]", "", words[0].lower()) if words else ""
        feats += [
            f"rule={rule}",
            f"words{_bucket(len(words), (2, 4, 8, 15, 30))}",
            f"inf={_starts_infinitive(text)}",
            f"upper={text[:1].isupper()}",
            f"period={text.rstrip().endswith('.')}",
            f"outcome={pledge_kind(text) == 'outcome'}",
            f"digit={bool(re.search(r'[0-9]', text))}",
            f"w0={first}",
            f"doc_part={doc_has_part}",
            f"doc_strong={doc_strong}",
        ]
        run = runs.get(i)
        if run is not None:
            items = [texts[j] for j in run]
            short = sum(len(t.split()) <= 3 for t in items) / len(items)
            outcome = sum(pledge_kind(t) == "outcome" for t in items) / len(items)
            feats += [
                f"list_len{_bucket(len(items), (1, 2, 4, 8))}",
                f"list_short={short >= 0.5}",
                f"list_outcome={outcome >= 0.5}",
                f"list_pos={'first' if run[0] == i else 'later'}",
            ]
        out.append(feats)
    return out


def _list_runs(contexts: Sequence[dict[str, str]]) -> dict[int, list[int]]:
    """Index -> the indexes of the run of consecutive list items it belongs to."""
    runs: dict[int, list[int]] = {}
    current: list[int] = []
    for i, ctx in enumerate(contexts):
        if ctx.get("layout") == "list_item":
            current.append(i)
            continue
        for j in current:
            runs[j] = current
        current = []
    for j in current:
        runs[j] = current
    return runs


@dataclass
class PledgeModel:
    """Logistic regression over feature tokens."""

    weights: dict[str, float]
    bias: float
    threshold: float = THRESHOLD

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def decide(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold


def train(rows: Sequence[tuple[list[str], bool]], l2: float = L2, steps: int = 25) -> PledgeModel:
    """Fit by Newton's method on the L2-penalised log-loss: deterministic."""
    vocab = sorted({f for feats, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(vocab)}
    x = np.zeros((len(rows), len(vocab) + 1))
    y = np.array([1.0 if label else 0.0 for _, label in rows])
    for r, (feats, _) in enumerate(rows):
        for f in feats:
            x[r, index[f]] = 1.0
        x[r, -1] = 1.0  # bias
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    weights = {f: round(float(w[i]), 6) for f, i in index.items() if abs(w[i]) > 1e-6}
    return PledgeModel(weights=weights, bias=round(float(w[-1]), 6))
