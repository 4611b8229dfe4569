#!/usr/bin/env python3
"""Turn hand-marked film reviews into Marquee gold entity files.

A marked review is the review text with every entity mention wrapped in double brackets:

    [[surface|LABEL|key=value;key=value]]

For each marked file `Corpora/gold/marked/<id>.txt` this tool

* strips the markup, giving the plain review, and writes it to `Corpora/reviews/<id>.txt`
  (when that file already exists, e.g. a seed review, the stripped text must equal it byte
  for byte, otherwise it is an error and nothing is written for that review);
* writes `Corpora/gold/entities/<id>.json`: one line of Marquee's canonical document JSON with
  the `entities` layer and the `plays` relations, offsets in Unicode scalars;
* prints a table of mention counts per file and label.

`--check` verifies everything (markup, labels, keys, values, handles, stored review text and
stored gold JSON being up to date) without writing anything, and exits non-zero on any problem.

Usage:
    gold_from_marked.py [--check] [--root DIR] [MARKED_FILE ...]

Without files, every `*.txt` under `<root>/Corpora/gold/marked/` is processed. The root defaults
to the repository this script lives in, so another worktree can run it with `--root`.
The format and the annotation guidelines are described in `Corpora/GUIDELINES-entities.md`.
Standard library only.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import marked_batch

LABELS = ("CAST", "CREW", "CHARACTER", "TITLE", "PERSON", "ORG")
PEOPLE = {"CAST", "CREW", "CHARACTER", "PERSON"}
JOBS = {
    "director", "writer", "cinematographer", "composer", "editor", "producer",
    "production-designer", "costume-designer", "sound", "visual-effects", "other",
}
WORKS = {"film", "series", "episode", "book", "play", "song", "album", "game", "other"}
KINDS = {"studio", "distributor", "streamer", "festival", "award", "band", "broadcaster", "other"}

# Which keys each label accepts. `name` on TITLE/ORG only overrides the cluster key
# (a short title such as "The Lightning Thief" naming the full one).
ALLOWED_KEYS = {
    "CAST": {"name", "ref", "plays"},
    "CREW": {"name", "job", "ref"},
    "CHARACTER": {"name", "ref"},
    "PERSON": {"name", "ref"},
    "TITLE": {"name", "work", "ref"},
    "ORG": {"name", "kind", "ref"},
}
HANDLE = re.compile(r"^[A-Za-z0-9-]+$")
# Characters a surface must not start or end with: quotation marks of all kinds and asterisks
# (italics markup), which the guidelines keep outside the span.
QUOTES = "\"'‘’‚‛“”„‟«»‹›*"
POSSESSIVE = re.compile(r"['’]s$")
# Letters NFKD does not decompose into ASCII.
FOLD = {
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l",
    "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    "&": " and ",
}
LEADING_ARTICLE = re.compile(r"^(the|a|an)-")


class MarkupError(Exception):
    """A problem in a marked file, with the line and column where it was found."""


@dataclass
class Mention:
    surface: str
    label: str
    keys: dict[str, str]
    start: int
    end: int
    line: int
    column: int


@dataclass
class Review:
    id: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


def slug(value: str, drop_article: bool) -> str:
    """The cluster key: lowercase ASCII, words joined by hyphens ("Daniël Bouquet" →
    "daniel-bouquet"); titles and organisations also lose a leading article."""
    folded = "".join(FOLD.get(ch, ch) for ch in value)
    folded = unicodedata.normalize("NFKD", folded)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.lower().replace("’", "").replace("'", "")
    key = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if drop_article:
        shorter = LEADING_ARTICLE.sub("", key)
        if shorter:
            key = shorter
    return key


def position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character index in the marked text."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def parse(review_id: str, marked: str) -> tuple[Review, list[str]]:
    """Strips the markup, returning the review and every problem found (empty when valid)."""
    problems: list[str] = []
    plain: list[str] = []
    plain_length = 0
    mentions: list[Mention] = []
    index = 0
    while True:
        opening = marked.find("[[", index)
        closing_stray = marked.find("]]", index)
        if closing_stray != -1 and (opening == -1 or closing_stray < opening):
            line, column = position(marked, closing_stray)
            problems.append(f"{line}:{column}: ']]' without a matching '[['")
        if opening == -1:
            rest = marked[index:]
            plain.append(rest)
            break
        plain.append(marked[index:opening])
        plain_length += opening - index
        line, column = position(marked, opening)
        closing = marked.find("]]", opening + 2)
        nested = marked.find("[[", opening + 2)
        if closing == -1:
            problems.append(f"{line}:{column}: '[[' is never closed with ']]'")
            plain.append(marked[opening:])
            break
        if nested != -1 and nested < closing:
            problems.append(f"{line}:{column}: '[[' opens again before this mention is closed")
        body = marked[opening + 2:closing]
        # Skip trailing brackets of a stray "]]]" so the scan continues after this mention.
        index = closing + 2
        try:
            mention = parse_mention(body, plain_length, line, column)
        except MarkupError as error:
            problems.append(f"{line}:{column}: {error}")
            surface = body.split("|", 1)[0]
            plain.append(surface)
            plain_length += len(surface)
            continue
        mentions.append(mention)
        plain.append(mention.surface)
        plain_length += len(mention.surface)
    text = "".join(plain)
    review = Review(review_id, text, mentions)
    problems.extend(validate(review, marked))
    return review, problems


def parse_mention(body: str, offset: int, line: int, column: int) -> Mention:
    parts = body.split("|")
    if len(parts) not in (2, 3):
        raise MarkupError(
            f"expected [[surface|LABEL]] or [[surface|LABEL|key=value;…]], got [[{body}]]")
    surface, label = parts[0], parts[1]
    if not surface:
        raise MarkupError(f"empty surface in [[{body}]]")
    if label not in LABELS:
        raise MarkupError(f"unknown label '{label}' in [[{body}]]; use one of {', '.join(LABELS)}")
    keys: dict[str, str] = {}
    if len(parts) == 3:
        if not parts[2]:
            raise MarkupError(f"empty key list after the second '|' in [[{body}]]; drop the '|'")
        for item in parts[2].split(";"):
            if "=" not in item:
                raise MarkupError(f"'{item}' is not key=value in [[{body}]]")
            key, value = item.split("=", 1)
            if key not in ALLOWED_KEYS[label]:
                allowed = ", ".join(sorted(ALLOWED_KEYS[label]))
                raise MarkupError(f"key '{key}' is not allowed on {label} (allowed: {allowed})")
            if key in keys:
                raise MarkupError(f"key '{key}' given twice in [[{body}]]")
            if not value or value != value.strip():
                raise MarkupError(f"key '{key}' has an empty or space-padded value in [[{body}]]")
            keys[key] = value
    return Mention(surface, label, keys, offset, offset + len(surface), line, column)


def validate(review: Review, marked: str) -> list[str]:
    problems: list[str] = []
    text = review.text
    if text.endswith("\n") or text.endswith("\r"):
        problems.append("the review ends with a line break; the text must end without one")
    if text.startswith("\ufeff"):
        problems.append("the review starts with a byte-order mark; remove it")
    handles: dict[str, Mention] = {}
    for mention in review.mentions:
        where = f"{mention.line}:{mention.column}: [[{mention.surface}|{mention.label}…]]"
        surface = mention.surface
        if surface != surface.strip():
            problems.append(f"{where}: surface starts or ends with whitespace")
        if "\n" in surface or "\r" in surface:
            problems.append(f"{where}: surface spans a line break")
        if surface[0] in QUOTES or surface[-1] in QUOTES:
            problems.append(f"{where}: quotation marks and asterisks belong outside the span")
        if POSSESSIVE.search(surface):
            problems.append(f"{where}: the possessive ’s belongs outside the span")
        keys = mention.keys
        if mention.label == "CREW":
            job = keys.get("job")
            if job is None:
                problems.append(f"{where}: CREW needs job= ({', '.join(sorted(JOBS))})")
            elif job not in JOBS:
                problems.append(f"{where}: unknown job '{job}' ({', '.join(sorted(JOBS))})")
        if mention.label == "TITLE" and keys.get("work", "film") not in WORKS:
            problems.append(f"{where}: unknown work '{keys['work']}' ({', '.join(sorted(WORKS))})")
        if mention.label == "ORG":
            kind = keys.get("kind")
            if kind is None:
                problems.append(f"{where}: ORG needs kind= ({', '.join(sorted(KINDS))})")
            elif kind not in KINDS:
                problems.append(f"{where}: unknown kind '{kind}' ({', '.join(sorted(KINDS))})")
        handle = keys.get("ref")
        if handle is not None:
            if not HANDLE.match(handle):
                problems.append(f"{where}: handle '{handle}' may only use letters, digits and '-'")
            elif handle in handles:
                other = handles[handle]
                problems.append(
                    f"{where}: handle '{handle}' already used at {other.line}:{other.column}")
            else:
                handles[handle] = mention
        if not slug(keys.get("name", surface), False):
            problems.append(f"{where}: the name gives an empty cluster key")
    for mention in review.mentions:
        target = mention.keys.get("plays")
        if target is None:
            continue
        where = f"{mention.line}:{mention.column}: [[{mention.surface}|{mention.label}…]]"
        for handle in target.split(","):
            character = handles.get(handle)
            if character is None:
                problems.append(f"{where}: plays={handle} names no ref= handle in this file")
            elif character.label != "CHARACTER":
                problems.append(
                    f"{where}: plays={handle} points to a {character.label}, not a CHARACTER")
    # One cluster is one referent. A real person may be credited for several kinds of work (and
    # play themselves), but a work and a person or character never share a key: "Batman" the
    # character takes the credited name (`name=Bruce Wayne`), a short title its full one.
    first_by_key: dict[str, Mention] = {}
    for mention in review.mentions:
        key = cluster_key(mention)
        first = first_by_key.setdefault(key, mention)
        if referent_kind(first) != referent_kind(mention):
            where = f"{mention.line}:{mention.column}: [[{mention.surface}|{mention.label}…]]"
            problems.append(
                f"{where}: cluster key '{key}' is also the key of the {first.label} at "
                f"{first.line}:{first.column}; give one of them a distinguishing name=")
    for mention in review.mentions:
        if text[mention.start:mention.end] != mention.surface:
            problems.append(f"internal error: offsets of '{mention.surface}' do not match")
    return problems


def features(mention: Mention) -> dict[str, str]:
    keys = mention.keys
    result: dict[str, str] = {}
    if mention.label in PEOPLE:
        result["name"] = keys.get("name", mention.surface)
    elif "name" in keys:
        result["name"] = keys["name"]
    if mention.label == "CREW":
        result["job"] = keys["job"]
    elif mention.label == "TITLE":
        result["work"] = keys.get("work", "film")
    elif mention.label == "ORG":
        result["kind"] = keys["kind"]
    result["entity"] = cluster_key(mention)
    return result


def cluster_key(mention: Mention) -> str:
    """The mention's `entity` key: a slug of its name (titles and organisations without article)."""
    drop_article = mention.label in ("TITLE", "ORG")
    return slug(mention.keys.get("name", mention.surface), drop_article)


def referent_kind(mention: Mention) -> str:
    """What a cluster may hold only one of: a work, an organisation, or a person or character."""
    return {"TITLE": "work", "ORG": "organisation"}.get(mention.label, "being")


def gold_json(review: Review, source: str) -> str:
    ordered = sorted(review.mentions, key=lambda m: (m.start, m.end))
    ids: dict[int, str] = {}
    entities = []
    for number, mention in enumerate(ordered, start=1):
        ids[id(mention)] = f"e{number}"
        entities.append({
            "id": f"e{number}", "start": mention.start, "end": mention.end,
            "label": mention.label, "features": features(mention),
        })
    by_handle = {m.keys["ref"]: m for m in ordered if "ref" in m.keys}
    relations = []
    for mention in ordered:
        if "plays" not in mention.keys:
            continue
        for handle in mention.keys["plays"].split(","):
            relations.append({
                "id": f"r{len(relations) + 1}", "label": "plays",
                "from": ids[id(mention)], "to": ids[id(by_handle[handle])],
            })
    document = {
        "id": review.id, "text": review.text, "metadata": {"source": source},
        "offsetUnit": "unicode-scalar", "layers": {"entities": entities},
    }
    if relations:
        document["relations"] = relations
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def counts(review: Review) -> list[int]:
    row = [sum(1 for m in review.mentions if m.label == label) for label in LABELS]
    plays = sum(len(m.keys["plays"].split(",")) for m in review.mentions if "plays" in m.keys)
    return [len(review.text.split())] + row + [len(review.mentions), plays]


def process(path: Path, root: Path, check: bool) -> tuple[list[str], list[int] | None]:
    review_id = path.stem
    try:
        raw = path.read_bytes()
        marked = raw.decode("utf-8")
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
    gold_path = root / "Corpora" / "gold" / "entities" / f"{review_id}.json"
    plain = review.text.encode("utf-8")
    if review_path.exists():
        existing = review_path.read_bytes()
        if existing != plain:
            differ = next((i for i, (a, b) in enumerate(zip(existing, plain)) if a != b),
                          min(len(existing), len(plain)))
            return [f"stripped text differs from {review_path} at byte {differ}: "
                    f"{existing[differ:differ + 30]!r} there, {plain[differ:differ + 30]!r} "
                    f"here; fix the marked file (or delete the review if it is ours to rewrite)"
                    ], None
    elif check:
        problems.append(f"{review_path} does not exist yet; run without --check to write it")
    gold = gold_json(review, f"Corpora/reviews/{review_id}.txt").encode("utf-8")
    if check:
        if not gold_path.exists() or gold_path.read_bytes() != gold:
            problems.append(f"{gold_path} is missing or out of date; run without --check")
    else:
        review_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        if not review_path.exists():
            review_path.write_bytes(plain)
        gold_path.write_bytes(gold)
    return problems, counts(review)


def main(argv: list[str]) -> int:
    return marked_batch.run(argv, __doc__.split("\n\n")[0], "marked", ["id", "words", *LABELS, "total", "plays"], process)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
