"""A trained decision over the rules' candidates: is this a pledge?

The rules in :mod:`pledgeparse.pledges` propose every list item, table row
and prose sentence as a candidate, with their verdict and the context it was
made in (section role, the lead-in above it, the list it belongs to, word
signals). Here a logistic regression over those signals makes the final
decision. Its features are categorical tokens (``layout=list_item``,
``lead=strong``, ``rule=True`` ...): no sentence of any document is needed to
train or ship it, so the training rows live in the repository
(``models/pledge_training.jsonl``, written by
``scripts/pledge_training.py`` from annotated documents) and ``make models``
rebuilds the weights reproducibly (deterministic full-batch Newton steps, no
random initialisation) into ``src/pledgeparse/data/pledge_model.json``.

``python -m pledgeparse.classify cv models/pledge_training.jsonl`` prints the
grouped cross-validation that decides whether the model, the rules or both
together are shipped (README, "A trained decision").
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pledgeparse.quantify import pledge_kind

MODEL_PATH = Path(__file__).with_name("data") / "pledge_model.json"
FEATURE_VERSION = 1
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


def candidate_features(texts: Sequence[str], contexts: Sequence[dict[str, str]], rules: Sequence[bool]) -> list[list[str]]:
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

    def to_json(self) -> str:
        return json.dumps(
            {"feature_version": FEATURE_VERSION, "bias": self.bias, "threshold": self.threshold,
             "weights": dict(sorted(self.weights.items()))},
            ensure_ascii=False, indent=0,
        )


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


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> PledgeModel | None:
    """The shipped model, or None when there is none (the rules decide)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("feature_version") != FEATURE_VERSION:
        return None
    return PledgeModel(weights=data["weights"], bias=data["bias"], threshold=data.get("threshold", THRESHOLD))


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "train":
        rows = read_rows(Path(argv[1]))
        model = train([(r["features"], r["label"]) for r in rows if r.get("train", True)])
        Path(argv[2]).write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"trained on {sum(r.get('train', True) for r in rows)} candidates, {len(model.weights)} weights -> {argv[2]}")
        return 0
    if len(argv) >= 2 and argv[0] == "cv":
        from pledgeparse.crossval import report

        print(report(read_rows(Path(argv[1]))))
        return 0
    print("usage: python -m pledgeparse.classify train ROWS.jsonl OUT.json | cv ROWS.jsonl", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
