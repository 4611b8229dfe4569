#!/usr/bin/env python3
"""Turn hand-marked film reviews into Marquee gold evaluation files.

A marked review is the review text with two kinds of markup:

* every evaluative expression of the critic wrapped in double braces,

      {{surface|POLARITY|score=0.8;aspect=acting;target=Riz Ahmed}}

  POLARITY is positive, negative or mixed; `score` (required) is a number from -1.0 to 1.0
  with one decimal; `aspect` (required) is one of ASPECTS below; `target` (optional) is the
  surface of the entity or thing evaluated, as it is written in the review;
* a zone marker at the start of every sentence: ⟪evaluation⟫, ⟪plot⟫, ⟪background⟫ or
  ⟪quoted⟫.

For each marked file `Corpora/gold/evaluations-marked/<id>.txt` this tool

* strips the markup and checks that the result equals `Corpora/reviews/<id>.txt` exactly
  (otherwise it reports the line and column of the first difference in the marked file);
* writes `Corpora/gold/evaluations/<id>.json`: one line of Marquee's canonical document JSON
  with the layers `evaluations` (ids v1…, label = polarity, features polarity, score, aspect and
  `target` = the id of the entity in `Corpora/gold/entities/<id>.json` whose text equals the
  target surface and lies nearest to the expression — of the label the aspect implies when the
  surface names several kinds, e.g. TITLE for `film` — else `targetText` = the surface) and
  `zones` (ids z1…, label = zone, from one marker to the next, trimmed of whitespace);
* prints a table of counts per file: evaluations by polarity and zones by label.

`--check` verifies everything, including that the stored gold JSON is up to date, without
writing anything, and exits non-zero on any problem.

Usage:
    evaluations_from_marked.py [--check] [--root DIR] [MARKED_FILE ...]

Without files, every `*.txt` under `<root>/Corpora/gold/evaluations-marked/` is processed. The
root defaults to the repository this script lives in, so another worktree can run it with
`--root`. The guidelines are in `Corpora/GUIDELINES-evaluations.md`. Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import marked_batch

POLARITIES = ("positive", "negative", "mixed")
ZONES = ("evaluation", "plot", "background", "quoted")
ASPECTS = (
    "acting", "directing", "writing", "story", "characters", "cinematography", "visuals",
    "sound", "music", "editing", "pacing", "production", "film", "other",
)
KEYS = ("score", "aspect", "target")
# Zones in which the critic's own evaluative language may be marked. Plot summary and quoted or
# reported opinion never carry the critic's verdict; a background heading may.
EVALUATIVE_ZONES = {"evaluation", "background"}
# When one surface names entities of different labels ("Amy" the film and "Amy" the singer),
# the aspect decides which kind the target is before distance does.
PREFERRED_LABELS = {
    "film": {"TITLE"}, "acting": {"CAST"}, "characters": {"CHARACTER"},
    **{aspect: {"CREW"} for aspect in (
        "directing", "writing", "cinematography", "music", "editing", "sound")},
}
SCORE = re.compile(r"^-?(0\.[0-9]|1\.0)$")
ZONE_MARKER = re.compile(r"⟪([^⟪⟫\n]*)⟫")
OPEN, CLOSE = "{{", "}}"


class MarkupError(Exception):
    """A problem in one expression's markup."""


@dataclass
class Expression:
    surface: str
    polarity: str
    keys: dict[str, str]
    start: int
    end: int
    where: str


@dataclass
class Zone:
    label: str
    start: int  # where the marker stands in the plain text
    where: str


@dataclass
class Review:
    id: str
    text: str
    expressions: list[Expression] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    # plain index -> index in the marked text, for error positions
    origin: list[int] = field(default_factory=list)


def position(text: str, index: int) -> str:
    """`line:column` (1-based) of a character index."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"{line}:{column}"


def parse(review_id: str, marked: str) -> tuple[Review, list[str]]:
    """Strips the markup, returning the review and every problem found (empty when valid)."""
    problems: list[str] = []
    plain: list[str] = []
    origin: list[int] = []
    review = Review(review_id, "")
    open_expression: tuple[int, int, int] | None = None  # (marked index, plain index, body start)
    index = 0
    length = len(marked)
    while index < length:
        if marked.startswith(OPEN, index):
            if open_expression is not None:
                problems.append(f"{position(marked, index)}: '{{{{' opens again before the "
                                f"expression at {position(marked, open_expression[0])} is closed")
            open_expression = (index, len(plain), index + 2)
            index += 2
            continue
        if open_expression is not None and marked[index] == "|":
            # The rest of the expression, up to '}}', is polarity and keys.
            closing = marked.find(CLOSE, index)
            where = position(marked, open_expression[0])
            if closing == -1:
                problems.append(f"{where}: '{{{{' is never closed with '}}}}'")
                break
            surface = "".join(plain[open_expression[1]:])
            try:
                polarity, keys = parse_tail(marked[index + 1:closing])
                review.expressions.append(Expression(
                    surface, polarity, keys, open_expression[1], len(plain), where))
            except MarkupError as error:
                problems.append(f"{where}: {error} in {marked[open_expression[0]:closing + 2]}")
            open_expression = None
            index = closing + 2
            continue
        if marked.startswith(CLOSE, index):
            problems.append(f"{position(marked, index)}: '}}}}' without '{{{{' and '|POLARITY'")
            index += 2
            continue
        if marked[index] == "⟪":
            match = ZONE_MARKER.match(marked, index)
            where = position(marked, index)
            if match is None:
                problems.append(f"{where}: '⟪' is not closed by '⟫' on the same line")
                index += 1
                continue
            if open_expression is not None:
                problems.append(f"{where}: zone marker inside the expression opened at "
                                f"{position(marked, open_expression[0])}")
            label = match.group(1)
            if label not in ZONES:
                problems.append(f"{where}: unknown zone '{label}'; use one of {', '.join(ZONES)}")
            else:
                review.zones.append(Zone(label, len(plain), where))
            index = match.end()
            continue
        if marked[index] == "⟫":
            problems.append(f"{position(marked, index)}: '⟫' without '⟪'")
            index += 1
            continue
        plain.append(marked[index])
        origin.append(index)
        index += 1
    if open_expression is not None and not any("never closed" in p for p in problems):
        problems.append(f"{position(marked, open_expression[0])}: '{{{{' has no "
                        f"'|POLARITY…}}}}' before the end of the file")
    review.text = "".join(plain)
    origin.append(length)
    review.origin = origin
    problems.extend(validate(review))
    return review, problems


def parse_tail(tail: str) -> tuple[str, dict[str, str]]:
    """Parses `POLARITY|key=value;…` (the part after the surface)."""
    parts = tail.split("|")
    if len(parts) != 2:
        raise MarkupError("expected {{surface|POLARITY|score=…;aspect=…[;target=…]}}")
    polarity, key_list = parts
    if polarity not in POLARITIES:
        raise MarkupError(f"unknown polarity '{polarity}' (use {', '.join(POLARITIES)})")
    keys: dict[str, str] = {}
    for item in key_list.split(";"):
        if "=" not in item:
            raise MarkupError(f"'{item}' is not key=value")
        key, value = item.split("=", 1)
        if key not in KEYS:
            raise MarkupError(f"unknown key '{key}' (use {', '.join(KEYS)})")
        if key in keys:
            raise MarkupError(f"key '{key}' given twice")
        if not value or value != value.strip():
            raise MarkupError(f"key '{key}' has an empty or space-padded value")
        keys[key] = value
    for key in ("score", "aspect"):
        if key not in keys:
            raise MarkupError(f"{key}= is required")
    if not SCORE.match(keys["score"]):
        raise MarkupError(f"score '{keys['score']}' must be -1.0 … 1.0 with one decimal")
    score = float(keys["score"])
    if polarity == "positive" and score <= 0 or polarity == "negative" and score >= 0:
        raise MarkupError(f"score {keys['score']} contradicts polarity {polarity}")
    if keys["aspect"] not in ASPECTS:
        raise MarkupError(f"unknown aspect '{keys['aspect']}' (use {', '.join(ASPECTS)})")
    return polarity, keys


def validate(review: Review) -> list[str]:
    problems: list[str] = []
    text = review.text
    for expression in review.expressions:
        where = f"{expression.where}: {{{{{expression.surface}|…}}}}"
        surface = expression.surface
        if not surface:
            problems.append(f"{where}: empty surface")
            continue
        if surface != surface.strip():
            problems.append(f"{where}: the surface starts or ends with whitespace")
        if "\n" in surface:
            problems.append(f"{where}: the surface spans a line break")
        target = expression.keys.get("target")
        if target is not None and target not in text:
            problems.append(f"{where}: target '{target}' does not occur in the review text")
    if not review.zones:
        problems.append("no zone markers; every sentence needs ⟪evaluation⟫, ⟪plot⟫, "
                        "⟪background⟫ or ⟪quoted⟫ at its start")
        return problems
    first = review.zones[0].start
    if text[:first].strip():
        problems.append(f"text before the first zone marker: {text[:first].strip()[:40]!r}")
    for zone, following in zip(review.zones, review.zones[1:]):
        if not text[zone.start:following.start].strip():
            problems.append(f"{zone.where}: zone ⟪{zone.label}⟫ covers no text")
    if not text[review.zones[-1].start:].strip():
        problems.append(f"{review.zones[-1].where}: the last zone covers no text")
    for zone in review.zones:
        if zone.start < len(text) and text[zone.start].isspace():
            problems.append(f"{zone.where}: put the marker directly before the sentence's "
                            f"first character, not before whitespace")
    for expression in review.expressions:
        zone = zone_of(review, expression.start)
        if zone is not None and zone.label not in EVALUATIVE_ZONES:
            problems.append(
                f"{expression.where}: {{{{{expression.surface}|…}}}} lies in a ⟪{zone.label}⟫ "
                f"zone (from {zone.where}); the critic's evaluations belong in ⟪evaluation⟫ "
                f"sentences — change the zone or drop the markup")
        if zone is not None and expression.end > zone_end(review, zone):
            problems.append(f"{expression.where}: {{{{{expression.surface}|…}}}} runs past the "
                            f"end of its zone")
    return problems


def zone_of(review: Review, index: int) -> Zone | None:
    found = None
    for zone in review.zones:
        if zone.start <= index:
            found = zone
    return found


def zone_end(review: Review, zone: Zone) -> int:
    later = [z.start for z in review.zones if z.start > zone.start]
    return min(later) if later else len(review.text)


def load_entities(path: Path) -> list[dict]:
    if not path.exists():
        return []
    document = json.loads(path.read_text(encoding="utf-8"))
    return document.get("layers", {}).get("entities", [])


def find_all(text: str, surface: str) -> list[int]:
    found = []
    start = text.find(surface)
    while start != -1:
        found.append(start)
        start = text.find(surface, start + 1)
    return found


def distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two half-open spans; 0 when they touch or overlap."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def target_problems(review: Review, entities: list[dict]) -> list[str]:
    """A target written as part of a longer name of the same referent ("Wells" where the nearest
    mention is "Charlotte Wells") would silently resolve to a farther mention; ask for the full
    surface. ("Winehouse" next to "Mitch Winehouse" meaning Amy is fine: other cluster.)"""
    problems = []
    for expression in review.expressions:
        target = expression.keys.get("target")
        if target is None:
            continue
        span = (expression.start, expression.end)
        matching = candidates(review, expression, entities)
        clusters = {e.get("features", {}).get("entity") for e in matching}
        nearest = min(find_all(review.text, target),
                      key=lambda s: (distance(span, (s, s + len(target))), s))
        for entity in entities:
            inside = entity["start"] <= nearest and nearest + len(target) <= entity["end"]
            longer = entity["end"] - entity["start"] > len(target)
            same = not matching or entity.get("features", {}).get("entity") in clusters
            if inside and longer and same:
                name = review.text[entity["start"]:entity["end"]]
                problems.append(f"{expression.where}: {{{{{expression.surface}|…}}}}: the nearest "
                                f"'{target}' is part of the entity '{name}' ({entity['id']}); "
                                f"write target={name}")
                break
    return problems


def candidates(review: Review, expression: Expression, entities: list[dict]) -> list[dict]:
    """The entity mentions the target may name: those whose text equals it, narrowed to the
    label the aspect implies when there are such."""
    target = expression.keys.get("target")
    matching = [e for e in entities if review.text[e["start"]:e["end"]] == target]
    preferred = PREFERRED_LABELS.get(expression.keys["aspect"], set())
    if any(e["label"] in preferred for e in matching):
        matching = [e for e in matching if e["label"] in preferred]
    return matching


def features(review: Review, expression: Expression, entities: list[dict]) -> dict:
    result: dict = {
        "polarity": expression.polarity,
        "score": float(expression.keys["score"]),
        "aspect": expression.keys["aspect"],
    }
    target = expression.keys.get("target")
    if target is None:
        return result
    span = (expression.start, expression.end)
    matching = candidates(review, expression, entities)
    if matching:
        best = min(matching, key=lambda e: (distance(span, (e["start"], e["end"])), e["start"]))
        result["target"] = best["id"]
    else:
        result["targetText"] = target
    return result


def gold_json(review: Review, entities: list[dict], source: str) -> str:
    evaluations = []
    ordered = sorted(review.expressions, key=lambda e: (e.start, e.end))
    for number, expression in enumerate(ordered, start=1):
        evaluations.append({
            "id": f"v{number}", "start": expression.start, "end": expression.end,
            "label": expression.polarity, "features": features(review, expression, entities),
        })
    zones = []
    for number, zone in enumerate(review.zones, start=1):
        end = zone_end(review, zone)
        start = zone.start
        while start < end and review.text[start].isspace():
            start += 1
        while end > start and review.text[end - 1].isspace():
            end -= 1
        zones.append({"id": f"z{number}", "start": start, "end": end, "label": zone.label})
    document = {
        "id": review.id, "text": review.text, "metadata": {"source": source},
        "offsetUnit": "unicode-scalar",
        "layers": {"evaluations": evaluations, "zones": zones},
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def counts(review: Review) -> list[int]:
    row = [sum(1 for e in review.expressions if e.polarity == p) for p in POLARITIES]
    row.append(len(review.expressions))
    row += [sum(1 for z in review.zones if z.label == label) for label in ZONES]
    return row


def first_difference(review: Review, marked: str, expected: str) -> str:
    text = review.text
    index = next((i for i, (a, b) in enumerate(zip(text, expected)) if a != b),
                 min(len(text), len(expected)))
    where = position(marked, review.origin[min(index, len(review.origin) - 1)])
    return (f"{where}: the stripped text differs from the review at line "
            f"{position(expected, index)} of the review: {expected[index:index + 30]!r} there, "
            f"{text[index:index + 30]!r} here")


def process(path: Path, root: Path, check: bool) -> tuple[list[str], list[int] | None]:
    review_id = path.stem
    try:
        marked = path.read_bytes().decode("utf-8")
    except OSError as error:
        return [f"cannot read: {error.strerror}"], None
    except UnicodeDecodeError as error:
        return [f"not valid UTF-8 at byte {error.start}; save the file as UTF-8"], None
    if "\r" in marked:
        return ["contains CR line breaks; use LF only"], None
    review, problems = parse(review_id, marked)
    if problems:
        return problems, None
    review_path = root / "Corpora" / "reviews" / f"{review_id}.txt"
    if not review_path.exists():
        return [f"{review_path} does not exist; the marked file must be named after a review"], None
    expected = review_path.read_bytes().decode("utf-8")
    if review.text != expected:
        return [first_difference(review, marked, expected)], None
    entities = load_entities(root / "Corpora" / "gold" / "entities" / f"{review_id}.json")
    problems.extend(target_problems(review, entities))
    if problems:
        return problems, None
    gold_path = root / "Corpora" / "gold" / "evaluations" / f"{review_id}.json"
    gold = gold_json(review, entities, f"Corpora/reviews/{review_id}.txt").encode("utf-8")
    if check:
        if not gold_path.exists() or gold_path.read_bytes() != gold:
            problems.append(f"{gold_path} is missing or out of date; run without --check")
    else:
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_bytes(gold)
    return problems, counts(review)


def main(argv: list[str]) -> int:
    return marked_batch.run(argv, __doc__.split("\n\n")[0], "evaluations-marked", ["id", *POLARITIES, "total", *ZONES], process)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
