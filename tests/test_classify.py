"""The trained pledge decision and its cross-validation (issue 10).

The shipped decision is the rules (the cross-validation in the README shows
they beat the model); these tests keep the comparison machinery honest.
"""

from __future__ import annotations

from pledgeparse.extract.classify import candidate_features, train
from pledgeparse.extract.crossval import _score, cross_validate, folds, report


def test_a_logistic_fit_learns_a_separable_signal_deterministically() -> None:
    rows = [(["lead=strong", "layout=list_item"], True)] * 20 + [(["lead=other", "layout=list_item"], False)] * 20
    first, second = train(rows), train(rows)
    assert first == second
    assert first.decide(["lead=strong", "layout=list_item"])
    assert not first.decide(["lead=other", "layout=list_item"])


def test_features_are_tokens_of_context_not_text() -> None:
    texts = ["genomföra två trygghetsvandringar per år", "Trafik.", "Bostadsinbrott."]
    contexts = [{"layout": "list_item", "lead": "strong"}, {"layout": "list_item"}, {"layout": "list_item"}]
    feats = candidate_features(texts, contexts, [True, True, True])
    assert "inf=True" in feats[0] and "digit=False" in feats[0]
    assert "list_len<=4" in feats[1] and "list_short=True" in feats[1]
    # Only the first word of a text becomes a feature: no sentence is kept.
    assert not any("trygghetsvandringar" in f for f in feats[0])


def _rows(doc: str, labels: list[bool], rules: list[bool]) -> list[dict]:
    rows: list[dict] = [{"doc": doc, "split": "corpus", "gold_total": sum(labels)}]
    for i, (label, rule) in enumerate(zip(labels, rules, strict=True)):
        rows.append(
            {
                "doc": doc,
                "split": "corpus",
                "key": f"{doc}{i}",
                "gold_index": i if label else -1,
                "label": label,
                "rule": rule,
                "features": [f"good={label}", f"rule={rule}"],
            }
        )
    return rows


def test_folds_keep_documents_whole_and_scores_count_each_pledge_once() -> None:
    rows = [r for d in range(12) for r in _rows(f"d{d}", [True, False, True], [True, True, False])]
    parts = folds(rows)
    assert sorted(d for part in parts for d in part) == sorted({r["doc"] for r in rows})
    assert all(not (a & b) for i, a in enumerate(parts) for b in parts[i + 1 :])
    tp, sys_n, gold_n = _score(rows, lambda r: r["rule"])
    assert (tp, sys_n, gold_n) == (12, 24, 24)
    held_out = cross_validate(rows)
    assert len(held_out["model"]) == len(rows)
    model_tp, model_sys, _ = _score(held_out["model"], lambda r: bool(r.get("decision")))
    assert model_tp == 24 and model_sys == 24  # the model finds the signal the rules miss
    assert "| all documents |" in report(rows)
