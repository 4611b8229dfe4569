#!/usr/bin/env python3
"""Write Corpora/splits.json: every third review id, in sorted order, goes to the test split.

The ids are the marked gold files (`Corpora/gold/marked/<id>.txt`) found in the working tree
and, with `--branch B` (repeatable), on other git branches, so that reviews written in parallel
worktrees are split together before they are merged. Taking every third id of the sorted list
(the first, fourth, seventh…) spreads the test split evenly over everyone's reviews without
anyone choosing which reviews are held out.

Reviews listed under `fresh` or `fresh2` in the existing splits.json (written after tuning began,
to judge the taggers on text nobody tuned on; `fresh2` is the set in American press style) keep
their list and are never dealt into train or test.

Usage:
    make_splits.py [--root DIR] [--branch corpus-b ...] [--check]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

MARKED = "Corpora/gold/marked"
# Held-out lists, kept as they are and in this order after train and test.
HELD_OUT = ("fresh", "fresh2")


def ids_on_branch(root: Path, branch: str) -> set[str]:
    result = subprocess.run(
        ["git", "-C", str(root), "ls-tree", "--name-only", f"{branch}:{MARKED}"],
        capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"cannot list {MARKED} on branch '{branch}': {result.stderr.strip()}")
    return {Path(name).stem for name in result.stdout.split() if name.endswith(".txt")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    parser.add_argument("--branch", action="append", default=[],
                        help="also take the marked ids on this git branch")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if Corpora/splits.json differs from what would be written")
    args = parser.parse_args(argv)
    ids = {path.stem for path in (args.root / MARKED).glob("*.txt")}
    for branch in args.branch:
        ids |= ids_on_branch(args.root, branch)
    target = args.root / "Corpora" / "splits.json"
    held: dict[str, list[str]] = {}
    if target.exists():
        existing = json.loads(target.read_text(encoding="utf-8"))
        for name in HELD_OUT:
            if existing.get(name):
                held[name] = sorted(existing[name])
    kept = {review for reviews in held.values() for review in reviews}
    if len(kept) != sum(len(reviews) for reviews in held.values()):
        raise SystemExit("a review is listed in more than one held-out split; keep it in one")
    ordered = sorted(ids - kept)
    test = ordered[0::3]
    train = [review for review in ordered if review not in set(test)]
    splits: dict[str, list[str]] = {"train": train, "test": test}
    splits.update(held)
    text = json.dumps(splits, indent=2, ensure_ascii=False) + "\n"
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is missing or out of date", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    held_counts = ", ".join(f"{len(reviews)} {name}" for name, reviews in held.items())
    print(f"{len(ordered) + len(kept)} reviews: {len(train)} train, {len(test)} test"
          + (f", {held_counts}" if held_counts else "") + f" -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
