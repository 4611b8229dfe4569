#!/usr/bin/env python3
"""Document verdicts of the evaluate stage against the IMDb user reviews' own labels.

The IMDb sample in `../shared/data/imdb-maas-reviews-head2000/` (Maas et al., ACL 2011: 2,000
user reviews, each labelled positive or negative by its star rating) is the nearest thing we have
to a critic's fresh/rotten verdict on a whole review. This tool writes each review as a plain
text file (the CSV's `<br />` tags become line breaks), runs `marquee annotate` over all of them
and compares every document summary with the label, two ways:

* `verdict`: the summary's verdict must equal the label (a `mixed` or `neutral` verdict counts
  as wrong);
* `probability`: the summary's `positiveProbability` at 0.5 decides (every review gets a side).

It prints both accuracies and the confusion of labels and verdicts; `--json` prints them as JSON.
The data is third-party and stays outside the project: the texts go to a temporary directory.
Use it to measure, not to tune: nothing in the project is fitted on these reviews.

Usage:
    imdb_verdicts.py [--marquee PATH] [--limit N] [--json]

`--marquee` defaults to `.build/release/marquee` of the repository this script lives in (build it
with `swift build -c release --product marquee`). Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "imdb-maas-reviews-head2000" / "IMDB Dataset.head2000.csv"
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def read_reviews(path: Path, limit: int | None) -> list[tuple[str, str, str]]:
    """(id, text, label) for every row of the CSV, in order."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        reviews = []
        for number, row in enumerate(rows):
            if limit is not None and number >= limit:
                break
            label = row["sentiment"].strip()
            if label not in ("positive", "negative"):
                raise ValueError(f"{path}: row {number + 2}: unknown sentiment '{label}'")
            text = BREAK.sub("\n", row["review"]).strip()
            reviews.append((f"imdb-{number:04d}", text, label))
    return reviews


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--marquee", type=Path, default=ROOT / ".build" / "release" / "marquee")
    parser.add_argument("--limit", type=int, default=None, help="only the first N reviews")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments = parser.parse_args()
    if not DATA.exists():
        print(f"imdb_verdicts: {DATA} is not there (../shared is optional); nothing to do",
              file=sys.stderr)
        return 0
    if not arguments.marquee.exists():
        print(f"imdb_verdicts: no binary at {arguments.marquee}; build it with "
              "`swift build -c release --product marquee`", file=sys.stderr)
        return 2
    reviews = read_reviews(DATA, arguments.limit)
    with tempfile.TemporaryDirectory(prefix="marquee-imdb-") as scratch:
        texts = Path(scratch) / "reviews"
        output = Path(scratch) / "annotated"
        texts.mkdir()
        for identifier, text, _ in reviews:
            (texts / f"{identifier}.txt").write_text(text, encoding="utf-8")
        subprocess.run([str(arguments.marquee), "annotate", str(texts), "--out", str(output)],
                       check=True, stdout=subprocess.DEVNULL)
        confusion: Counter[tuple[str, str]] = Counter()
        by_verdict = by_probability = 0
        for identifier, _, label in reviews:
            document = json.loads((output / f"{identifier}.json").read_text(encoding="utf-8"))
            summary = document.get("summary", {})
            verdict = summary.get("verdict", "neutral")
            probability = summary.get("positiveProbability", 0.5)
            confusion[(label, verdict)] += 1
            by_verdict += verdict == label
            by_probability += (probability >= 0.5) == (label == "positive")
    count = len(reviews)
    figures = {
        "reviews": count,
        "verdict_accuracy": round(by_verdict / count, 4),
        "probability_accuracy": round(by_probability / count, 4),
        "confusion": {f"{label}->{verdict}": n for (label, verdict), n in sorted(confusion.items())},
    }
    if arguments.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"IMDb reviews: {count}")
        print(f"verdict equals label:        {by_verdict}/{count} = {figures['verdict_accuracy']:.3f}")
        print(f"positiveProbability >= 0.5:  {by_probability}/{count} = "
              f"{figures['probability_accuracy']:.3f}")
        for key, n in figures["confusion"].items():
            print(f"  {key:24} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
