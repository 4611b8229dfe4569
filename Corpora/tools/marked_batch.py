"""The command-line driver shared by the gold converters (`gold_from_marked.py`,
`evaluations_from_marked.py`): arguments, the list of marked files, per-file problems on stderr
and a table of counts on stdout.

Each converter supplies `process(path, root, check) -> (problems, counts or None)`; this module
runs it over the files and reports. Standard library only.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

Process = Callable[[Path, Path, bool], "tuple[list[str], list[int] | None]"]


def run(argv: list[str], description: str, marked_folder: str, header: list[str],
        process: Process) -> int:
    """Parses `argv`, converts (or with --check verifies) every marked file and prints the
    counts; returns the exit status: 1 when any file has a problem or none was found."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("files", nargs="*", type=Path, help="marked files (default: all)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                        help="repository root that holds Corpora/ (default: this script's)")
    parser.add_argument("--check", action="store_true",
                        help="verify only; write nothing; exit 1 on any problem")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    folder = root / "Corpora" / "gold" / marked_folder
    files = [f if f.is_absolute() or f.exists() else folder / f for f in args.files]
    files = files or sorted(folder.glob("*.txt"))
    if not files:
        print(f"no marked files under {folder}", file=sys.stderr)
        return 1
    rows: list[list[str]] = []
    totals = [0] * (len(header) - 1)
    failed = 0
    for path in files:
        problems, row = process(path, root, args.check)
        for problem in problems:
            separator = ":" if problem[:1].isdigit() else ": "
            print(f"{path}{separator}{problem}", file=sys.stderr)
        if problems:
            failed += 1
        if row is not None:
            rows.append([path.stem, *map(str, row)])
            totals = [a + b for a, b in zip(totals, row)]
    rows.append(["TOTAL", *map(str, totals)])
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w)
                        in enumerate(zip(r, widths))))
    if failed:
        print(f"{failed} of {len(files)} file(s) have problems", file=sys.stderr)
        return 1
    return 0
