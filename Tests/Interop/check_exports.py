#!/usr/bin/env python3
"""Load Marquee's exports with the tools that consume them and check every annotation's covered
text against Marquee's own JSON, where text[start:end] (code points) is the truth.

Usage: check_exports.py SOURCE.jsonl EXPORT_DIR
EXPORT_DIR holds what `marquee export` wrote: corpus.conllu, corpus.conll, corpus.webanno.jsonl,
corpus.spacy.jsonl (standard output of each format) and brat/ (the --out folder of brat).

Consumers: `conllu` (PyPI) for CoNLL-U, spaCy (`spacy.blank("en")`, `Doc.from_json`) for spaCy,
a strict brat standoff parser written here (brat ships no library), and plain JSON for the W3C
Web Annotation JSON-LD. Prints every problem and a closing "N passed, N failed" line; exit 1 on
any problem.
"""
import json
import pathlib
import re
import sys

import conllu
import spacy
from spacy.tokens import Doc

problems = []
checks = 0


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        problems.append(message)


def spans(document, skip=("tokens", "sentences")):
    for layer, annotations in document.get("layers", {}).items():
        if layer in skip:
            continue
        for annotation in annotations:
            yield layer, annotation


def check_conllu(documents, path):
    sentences = conllu.parse(path.read_text(encoding="utf-8"))
    by_doc = {}
    current = None
    for sentence in sentences:
        current = sentence.metadata.get("newdoc id", current)
        by_doc.setdefault(current, []).append(sentence)
    for document in documents:
        if "tokens" not in document.get("layers", {}):
            continue
        text = document["text"]
        rebuilt = []
        tokens = []
        for sentence in by_doc.get(document["id"], []):
            for token in sentence:
                misc = token["misc"] or {}
                start, end = map(int, misc["TokenRange"].split(":"))
                check(text[start:end] == token["form"],
                      f"conllu {document['id']}: form {token['form']!r} != text[{start}:{end}]")
                if "SpacesBefore" in misc:
                    rebuilt.append(unescape(misc["SpacesBefore"]))
                rebuilt.append(token["form"])
                if "SpacesAfter" in misc:
                    rebuilt.append(unescape(misc["SpacesAfter"]))
                elif misc.get("SpaceAfter") != "No":
                    rebuilt.append(" ")
                tokens.append((start, end, misc.get("Entity", "O")))
        rebuilt = "".join(rebuilt)
        # The last token's default space is not in the text when the text ends with it.
        if rebuilt.endswith(" ") and not text.endswith(" "):
            rebuilt = rebuilt[:-1]
        check(rebuilt == text, f"conllu {document['id']}: text not recoverable from the tokens")
        for start, end, surface, label in bio_spans(tokens, text):
            check(any(a["start"] <= start and end <= a["end"] and a.get("label") == label
                      for a in document["layers"].get("entities", [])),
                  f"conllu {document['id']}: entity {surface!r} {label} not in Marquee's JSON")


def unescape(value):
    table = {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|", "\\": "\\"}
    return re.sub(r"\\(u\{[0-9a-f]+\}|.)",
                  lambda m: chr(int(m.group(1)[2:-1], 16)) if m.group(1).startswith("u{")
                  else table[m.group(1)], value)


def bio_spans(tokens, text):
    current = None
    for start, end, tag in tokens + [(None, None, "O")]:
        if current and not (tag.startswith("I-") and tag[2:] == current[2]):
            yield current[0], current[1], text[current[0]:current[1]], current[2]
            current = None
        if tag.startswith("B-"):
            current = [start, end, tag[2:]]
        elif tag.startswith("I-") and current:
            current[1] = end


def check_conll(documents, path):
    blocks = path.read_text(encoding="utf-8").split("-DOCSTART- O\n")[1:]
    tokenized = [d for d in documents if "tokens" in d.get("layers", {})]
    check(len(blocks) == len(tokenized), f"conll: {len(blocks)} documents, expected {len(tokenized)}")
    for document, block in zip(tokenized, blocks):
        text = document["text"]
        position = 0
        tokens = []
        for line in block.split("\n"):
            if not line:
                continue
            form, tag = line.rsplit(" ", 1)
            found = text.find(form, position)
            check(found >= 0, f"conll {document['id']}: token {form!r} not found in order")
            if found < 0:
                break
            tokens.append((found, found + len(form), tag))
            position = found + len(form)
        expected = [(t["start"], t["end"]) for t in document["layers"]["tokens"]]
        check([(s, e) for s, e, _ in tokens] == expected, f"conll {document['id']}: tokens differ")


def check_spacy(documents, path):
    vocab = spacy.blank("en").vocab
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    check(len(lines) == len(documents), "spacy: one line per document expected")
    for document, line in zip(documents, lines):
        doc = Doc(vocab).from_json(json.loads(line))
        check(doc.text == document["text"], f"spacy {document['id']}: doc.text differs")
        entities = {(a["start"], a["end"], a.get("label")) for a in
                    document["layers"].get("entities", [])}
        for ent in doc.ents:
            check((ent.start_char, ent.end_char, ent.label_) in entities,
                  f"spacy {document['id']}: ent {ent.text!r} not in Marquee's JSON")
            check(ent.text == document["text"][ent.start_char:ent.end_char],
                  f"spacy {document['id']}: ent text {ent.text!r}")
        check(len(doc.ents) > 0 or not entities, f"spacy {document['id']}: no entities loaded")
        for layer, annotation in spans(document):
            group = doc.spans[layer] if layer in doc.spans else []
            match = [s for s in group if s.start_char == annotation["start"]
                     and s.end_char == annotation["end"]]
            check(match and match[0].text == document["text"][annotation["start"]:annotation["end"]],
                  f"spacy {document['id']}: {layer} {annotation['id']} missing from doc.spans")
        # spaCy's sentences tile the document: whitespace tokens join the sentence before them.
        sentences = [(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents]
        for sentence in document["layers"].get("sentences", []):
            check((sentence["start"], sentence["end"]) in sentences,
                  f"spacy {document['id']}: sentence {sentence['id']} not a doc.sents span")


def check_webanno(documents, path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for document, line in zip(documents, lines):
        page = json.loads(line)
        check(page["type"] == "AnnotationPage", "webanno: not an AnnotationPage")
        items = {item["id"].split("#", 1)[1]: item for item in page["items"]}
        text = document["text"]
        for layer, annotation in spans(document, skip=("tokens",)):
            item = items.get(annotation["id"])
            check(item is not None, f"webanno {document['id']}: {annotation['id']} missing")
            if item is None:
                continue
            position, quote = item["target"]["selector"]
            start, end = position["start"], position["end"]
            check(text[start:end] == quote["exact"] == text[annotation["start"]:annotation["end"]],
                  f"webanno {document['id']}: {annotation['id']} position/quote disagree")
            check(text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"]),
                  f"webanno {document['id']}: {annotation['id']} prefix/suffix wrong")


def read_brat(ann_text, text):
    """A strict brat standoff reader: every line must be well formed, every T line's text must
    equal the text at its offsets (fragments joined by a space)."""
    entities, relations = {}, []
    for number, line in enumerate(ann_text.split("\n"), 1):
        if not line:
            continue
        fields = line.split("\t")
        kind = fields[0][:1]
        if kind == "T":
            assert len(fields) == 3, f"line {number}: T line needs three tab-separated fields"
            label, offsets = fields[1].split(" ", 1)
            fragments = [tuple(map(int, f.split(" "))) for f in offsets.split(";")]
            covered = " ".join(text[s:e] for s, e in fragments)
            assert covered == fields[2], f"line {number}: {fields[2]!r} != {covered!r}"
            assert all("\n" not in text[s:e] for s, e in fragments), f"line {number}: newline"
            entities[fields[0]] = (label, fragments[0][0], fragments[-1][1])
        elif kind == "R":
            label, arg1, arg2 = fields[1].split(" ")
            assert arg1[5:] in entities and arg2[5:] in entities, f"line {number}: dangling"
            relations.append((label, arg1[5:], arg2[5:]))
        elif kind in "A#":
            assert fields[1].split(" ")[1] in entities or fields[1].split(" ")[1].startswith("R")
        else:
            raise AssertionError(f"line {number}: unknown line {line!r}")
    return entities, relations


def check_brat(documents, folder):
    check((folder / "annotation.conf").exists(), "brat: annotation.conf missing")
    for document in documents:
        txt = folder / f"{document['id']}.txt"
        check(txt.read_bytes() == document["text"].encode("utf-8"),
              f"brat {document['id']}: .txt not byte-identical")
        try:
            entities, relations = read_brat(
                (folder / f"{document['id']}.ann").read_text(encoding="utf-8"), document["text"])
        except AssertionError as error:
            check(False, f"brat {document['id']}: {error}")
            continue
        expected = sorted((a["start"], a["end"]) for _, a in spans(document) if a["end"] > a["start"])
        check(sorted((s, e) for _, s, e in entities.values()) == expected,
              f"brat {document['id']}: spans differ")
        check(len(relations) == len(document.get("relations", [])),
              f"brat {document['id']}: relations differ")


def main(source, folder):
    documents = [json.loads(line) for line in
                 pathlib.Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    folder = pathlib.Path(folder)
    check_conllu(documents, folder / "corpus.conllu")
    check_conll(documents, folder / "corpus.conll")
    check_spacy(documents, folder / "corpus.spacy.jsonl")
    check_webanno(documents, folder / "corpus.webanno.jsonl")
    check_brat(documents, folder / "brat")
    for problem in problems:
        print(problem)
    print(f"{checks - len(problems)} passed, {len(problems)} failed")
    return 1 if problems or checks == 0 else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
