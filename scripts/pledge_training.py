"""Write the pledge classifier's training rows from annotated documents.

    python scripts/pledge_training.py [--shared ../shared] [--out out/pledge_training.jsonl]

Sources: ``corpus/*/`` and ``corpus/copied_pages/`` (invented documents with hand gold, in the repo),
``../shared/seeds`` with ``../shared/gold`` and ``../shared/realdev`` (real
documents, read at run time, never copied). Each row is one candidate of the
rules (:func:`pledgeparse.extract.pledges.candidates`): its feature tokens, the
rules' verdict, and its label (does it match a gold pledge, by the scorer's
ratio of 0.85). Rows carry no text: a hash of the candidate's normalised
text (so that a pledge printed twice counts once) and the index of the gold
pledge it matches. ``split`` is realdev's tune/check, ``seed``, ``corpus`` or
``copied``, so that the cross-validation can report each subset
(:mod:`pledgeparse.extract.crossval`; ``make cv``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from pledgeparse.evaluate import norm, similarity
from pledgeparse.extract.classify import candidate_features
from pledgeparse.extract.clean import clean_blocks
from pledgeparse.extract.pledges import candidates, lead_in_parts, pledge_part
from pledgeparse.extract.segment import segment
from pledgeparse.readers import read
from pledgeparse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def documents(shared: Path) -> list[tuple[str, str, Path, Path]]:
    """(group, split, text file, gold file) of every annotated document found."""
    found = []
    for gold in sorted((ROOT / "corpus").glob("*/gold.json")):
        txt = next(gold.parent.glob("*.txt"), None)
        if txt:
            found.append((f"corpus/{gold.parent.name}", "corpus", txt, gold))
    pages = ROOT / "corpus" / "copied_pages"
    for gold in sorted((pages / "gold").glob("*.json")):
        txt = pages / "docs" / (gold.stem + ".txt")
        if txt.exists():
            found.append((f"copied_pages/{gold.stem}", "copied", txt, gold))
    for gold in sorted((shared / "gold").glob("*.json")):
        txt = shared / "seeds" / (gold.stem + ".txt")
        if txt.exists():
            found.append((f"seeds/{gold.stem}", "seed", txt, gold))
    index = shared / "realdev" / "index.json"
    if index.exists():
        for entry in json.loads(index.read_text(encoding="utf-8")):
            txt = shared / "realdev" / "docs" / entry["file"]
            gold = shared / "realdev" / "gold" / (txt.stem + ".json")
            if txt.exists() and gold.exists():
                found.append((f"realdev/{txt.stem}", entry["split"], txt, gold))
    return found


def rows_for(group: str, split: str, txt: Path, gold_path: Path) -> list[dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    document = read(txt.read_bytes(), str(txt), Settings())
    blocks, _ = clean_blocks(document.blocks)
    _title, spans = segment(blocks, document.title_hint)
    found = candidates(spans, pledge_part(spans), lead_in_parts(spans))
    texts = [c.draft.text for c in found]
    features = candidate_features(texts, [c.features for c in found], [c.rule for c in found])
    gold_texts = [p["text"] for p in gold.get("promises", [])]
    rows = [{"doc": group, "split": split, "gold_total": len(gold_texts)}]
    for text, feats, cand in zip(texts, features, found, strict=True):
        scores = [(similarity(text, g), i) for i, g in enumerate(gold_texts)]
        best = max(scores, default=(0.0, -1))
        gold_index = best[1] if best[0] >= 0.85 else -1
        rows.append(
            {
                "doc": group,
                "split": split,
                "key": hashlib.sha1(norm(text).encode("utf-8")).hexdigest()[:12],
                "gold_index": gold_index,
                "label": gold_index >= 0,
                "rule": cand.rule,
                "features": feats,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "pledge_training.jsonl")
    args = parser.parse_args()
    lines = []
    for group, split, txt, gold in documents(args.shared):
        lines += [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows_for(group, split, txt, gold)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} rows -> {args.out}")


if __name__ == "__main__":
    main()
