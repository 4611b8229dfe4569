#!/usr/bin/env python3
"""Validate Marquee JSON documents with independent tools: the `jsonschema` package checks each
document against Schemas/marquee-document.schema.json, and Python's own string slicing checks
every annotation's offsets (text[start:end] must lie inside the text; a `surface` feature, when a
stage records one, must equal the slice).

Usage: validate_documents.py FILE...   (.json: one document; .jsonl: one per line)
Exit status 0 when everything is valid; otherwise every problem is printed with file and line.
"""
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "Schemas" / "marquee-document.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def documents(path):
    if path.suffix == ".jsonl":
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path}:{number}", json.loads(line)
    else:
        yield str(path), json.loads(path.read_text(encoding="utf-8"))


def problems(where, document):
    for error in VALIDATOR.iter_errors(document):
        location = "/".join(str(part) for part in error.absolute_path)
        yield f"{where}: schema: {location}: {error.message}"
    text = document.get("text", "")
    for layer, annotations in document.get("layers", {}).items():
        previous = (-1, -1)
        for annotation in annotations:
            start, end = annotation["start"], annotation["end"]
            if not 0 <= start <= end <= len(text):
                yield f"{where}: {layer} {annotation['id']}: [{start}, {end}) outside the text"
            if (start, end) < previous:
                yield f"{where}: {layer} is not sorted at {annotation['id']}"
            previous = (start, end)
            surface = annotation.get("features", {}).get("surface")
            if surface is not None and text[start:end] != surface:
                yield f"{where}: {layer} {annotation['id']}: {text[start:end]!r} != {surface!r}"


def main(paths):
    count = 0
    failures = 0
    for path in map(pathlib.Path, paths):
        for where, document in documents(path):
            count += 1
            for problem in problems(where, document):
                failures += 1
                print(problem)
    print(f"{count} documents checked, {failures} problems")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
