"""Grouped cross-validation of the pledge decision: rules, model, both.

    python scripts/pledge_training.py --out out/pledge_training.jsonl
    python -m pledgeparse.extract.crossval out/pledge_training.jsonl      (both: make cv)


Folds are made of whole documents (a document's candidates are never split
between training and test), assigned round-robin over the sorted document
names so that the folds are the same on every run. Scores are the
reference scorer's pledge precision, recall and F1 over the held-out
documents: a gold pledge counts as found when an accepted candidate matches
it, an accepted candidate printed twice counts once, and gold pledges that no
candidate matches count as missed for every method alike.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from pledgeparse.extract.classify import train

FOLDS = 5
Decision = Callable[[dict], bool]


def _score(rows: Sequence[dict], decide: Decision) -> tuple[int, int, int]:
    tp = sys_n = gold_n = 0
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    for doc_rows in by_doc.values():
        gold_n += next((r["gold_total"] for r in doc_rows if "gold_total" in r), 0)
        accepted = [r for r in doc_rows if "features" in r and decide(r)]
        sys_n += len({r["key"] for r in accepted})
        tp += len({r["gold_index"] for r in accepted if r["gold_index"] >= 0})
    return tp, sys_n, gold_n


def _prf(tp: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = tp / sys_n if sys_n else 0.0
    r = tp / gold_n if gold_n else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _without_rule(features: list[str]) -> list[str]:
    return [f for f in features if not f.startswith("rule=")]


def folds(rows: Sequence[dict]) -> list[set[str]]:
    docs = sorted({r["doc"] for r in rows})
    return [set(docs[k::FOLDS]) for k in range(FOLDS)]


def cross_validate(rows: Sequence[dict]) -> dict[str, list[dict]]:
    """Held-out decisions of each method, row by row (rows of the test folds)."""
    out: dict[str, list[dict]] = {"rules": [], "model": [], "rules+model": []}
    for test_docs in folds(rows):
        train_rows = [r for r in rows if r["doc"] not in test_docs and "features" in r]
        test_rows = [r for r in rows if r["doc"] in test_docs]
        combined = train([(r["features"], r["label"]) for r in train_rows])
        alone = train([(_without_rule(r["features"]), r["label"]) for r in train_rows])
        for r in test_rows:
            if "features" not in r:
                for name in out:
                    out[name].append(r)
                continue
            out["rules"].append({**r, "decision": r["rule"]})
            out["model"].append({**r, "decision": alone.decide(_without_rule(r["features"]))})
            out["rules+model"].append({**r, "decision": combined.decide(r["features"])})
    return out


def report(rows: Sequence[dict]) -> str:
    held_out = cross_validate(rows)
    subsets: list[tuple[str, Callable[[dict], bool]]] = [
        ("all documents", lambda r: True),
        ("realdev", lambda r: r["doc"].startswith("realdev/")),
        ("realdev tune", lambda r: r["split"] == "tune"),
        ("realdev check", lambda r: r["split"] == "check"),
        ("seeds + corpus", lambda r: r["split"] in ("seed", "corpus")),
        ("copied pages (invented)", lambda r: r["split"] == "copied"),
    ]
    lines = [f"grouped {FOLDS}-fold cross-validation by document; pledge P / R / F1 on held-out documents", ""]
    lines.append(f"| documents | n docs | {' | '.join(held_out)} |")
    lines.append("|---|---|" + "---|" * len(held_out))
    for title, keep in subsets:
        cells = []
        n_docs = len({r["doc"] for r in rows if keep(r)})
        for decided in held_out.values():
            part = [r for r in decided if keep(r)]
            p, rec, f1 = _prf(*_score(part, lambda r: bool(r.get("decision"))))
            cells.append(f"{p:.3f} / {rec:.3f} / {f1:.3f}")
        lines.append(f"| {title} | {n_docs} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m pledgeparse.extract.crossval ROWS.jsonl", file=sys.stderr)
        return 2
    lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    print(report([json.loads(line) for line in lines if line.strip()]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
