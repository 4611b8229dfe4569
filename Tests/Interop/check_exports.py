#!/usr/bin/env python3
"""Load Marquee's exports with the tools that consume them and check every annotation's covered
text against Marquee's own JSON, where text[start:end] (code points) is the truth.

Usage: check_exports.py SOURCE.jsonl EXPORT_DIR [FORMATS]
EXPORT_DIR holds what `marquee export` wrote: corpus.conllu, corpus.conll, corpus.webanno.jsonl,
corpus.spacy.jsonl (standard output of each format), and brat/, xmi/, gate/ and naf/ (the --out
folders of those formats). FORMATS is a comma-separated list of the formats to check; by default
conllu,conll,spacy,webanno,brat. The XML formats' consumers are imported only when checked:
dkpro-cassis for XMI (with Schemas/marquee-typesystem.xml), gatenlp for GATE XML, KafNafParserPy
for NAF.

Consumers: `conllu` (PyPI) for CoNLL-U, spaCy (`spacy.blank("en")`, `Doc.from_json`) for spaCy,
a strict brat standoff parser written here (brat ships no library), and plain JSON for the W3C
Web Annotation JSON-LD. Prints every problem and a closing "N passed, N failed" line; exit 1 on
any problem.
"""
import json
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

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


def utf16_length(text):
    return len(text.encode("utf-16-le")) // 2


def check_xmi(documents, folder, typesystem_path):
    """Load each XMI with dkpro-cassis and Marquee's type system; every annotation's covered
    text (cassis slices by UTF-16 code units, as Java does) must equal Marquee's span."""
    from cassis import load_cas_from_xmi, load_typesystem

    with open(typesystem_path, "rb") as stream:
        typesystem = load_typesystem(stream)
    type_of_layer = {"sentences": "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence",
                     "tokens": "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token",
                     "entities": "org.marquee.type.Entity",
                     "evaluations": "org.marquee.type.Evaluation", "zones": "org.marquee.type.Zone"}
    for document in documents:
        name = f"xmi {document['id']}"
        with open(folder / f"{document['id']}.xmi", "rb") as stream:
            cas = load_cas_from_xmi(stream, typesystem=typesystem)
        text = document["text"]
        check(cas.sofa_string == text, f"{name}: sofaString differs from the text")
        xmi_id = "{http://www.omg.org/XMI}id"
        raw_offsets = {element.get(xmi_id): (int(element.get("begin")), int(element.get("end")))
                       for element in ET.parse(folder / f"{document['id']}.xmi").getroot()
                       if element.get("begin") is not None}
        by_id = {}
        for layer, annotations in document.get("layers", {}).items():
            type_name = type_of_layer.get(layer, "org.marquee.type.Span")
            loaded = {fs.get("id"): fs for fs in cas.select(type_name)
                      if layer in type_of_layer or fs.get("layer") == layer}
            check(len(loaded) == len(annotations), f"{name}: {layer} has {len(loaded)} in XMI")
            for annotation in annotations:
                fs = loaded.get(annotation["id"])
                surface = text[annotation["start"]:annotation["end"]]
                check(fs is not None and fs.get_covered_text() == surface,
                      f"{name}: {layer} {annotation['id']} covers "
                      f"{fs.get_covered_text() if fs else None!r}, expected {surface!r}")
                if fs is None:
                    continue
                # cassis converts the file's UTF-16 offsets to code points as it loads; the file
                # itself must hold UTF-16 code units, worked out here from the text.
                check((fs.begin, fs.end) == (annotation["start"], annotation["end"]),
                      f"{name}: {annotation['id']} offsets differ after loading")
                check(raw_offsets.get(str(fs.xmiID)) == (utf16_length(text[:annotation["start"]]),
                                                         utf16_length(text[:annotation["end"]])),
                      f"{name}: {annotation['id']} offsets in the file are not UTF-16")
                check(fs.get("label") == annotation.get("label"), f"{name}: {annotation['id']} label")
                features = json.loads(fs.get("features")) if fs.get("features") else {}
                check(features == annotation.get("features", {}),
                      f"{name}: {annotation['id']} features differ")
                by_id[annotation["id"]] = fs
        relations = list(cas.select("org.marquee.type.Plays")) + list(
            cas.select("org.marquee.type.Relation"))
        check(len(relations) == len(document.get("relations", [])), f"{name}: relations differ")
        for relation in document.get("relations", []):
            found = [r for r in relations if r.get("id") == relation["id"]]
            check(len(found) == 1 and found[0].Governor is by_id.get(relation["from"])
                  and found[0].Dependent is by_id.get(relation["to"]),
                  f"{name}: relation {relation['id']} does not point at its arguments")
        metadata = list(cas.select("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"))
        check(len(metadata) == 1 and metadata[0].documentId == document["id"],
              f"{name}: DocumentMetaData.documentId is not the document's id")


def check_gate(documents, folder):
    """Load each GATE XML file with gatenlp; each layer is an annotation set whose annotations
    cover Marquee's spans, and each node id is the UTF-16 offset GATE (Java) expects."""
    from gatenlp import Document as GateDocument

    for document in documents:
        name = f"gate {document['id']}"
        path = folder / f"{document['id']}.xml"
        gate = GateDocument.load(str(path), fmt="gatexml")
        text = document["text"]
        check(gate.text == text, f"{name}: the text differs")
        for layer, annotations in document.get("layers", {}).items():
            loaded = {a.features.get("id"): a for a in gate.annset(layer)}
            check(len(loaded) == len(annotations), f"{name}: set {layer} has {len(loaded)}")
            for annotation in annotations:
                found = loaded.get(annotation["id"])
                surface = text[annotation["start"]:annotation["end"]]
                check(found is not None and gate[found] == surface,
                      f"{name}: {layer} {annotation['id']} covers "
                      f"{gate[found] if found else None!r}, expected {surface!r}")
                if found is not None and annotation.get("label"):
                    check(found.type == annotation["label"], f"{name}: {annotation['id']} type")
        relations = gate.annset("relations") if document.get("relations") else []
        check(len(relations) == len(document.get("relations", [])), f"{name}: relations differ")
        # gatenlp counts offsets itself; GATE takes them from the node ids, in UTF-16 units.
        root = ET.parse(path).getroot()
        position = 0
        container = root.find("TextWithNodes")
        position += len(container.text or "")
        for node in container:
            check(int(node.get("id")) == utf16_length(text[:position]),
                  f"{name}: node {node.get('id')} is not at UTF-16 offset "
                  f"{utf16_length(text[:position])}")
            position += len(node.tail or "")


def check_naf(documents, folder):
    """Load each NAF file with KafNafParserPy; raw is the text, every word form's offset and
    length (code points) give its text, and entities and opinions cover Marquee's spans (NAF
    spans are whole tokens)."""
    from KafNafParserPy import KafNafParser

    for document in documents:
        name = f"naf {document['id']}"
        text = document["text"]
        if "tokens" not in document.get("layers", {}):
            continue
        naf = KafNafParser(str(folder / f"{document['id']}.naf"))
        check(naf.get_raw() == text, f"{name}: raw differs from the text")
        words = {}
        for wf in naf.get_tokens():
            start, length = int(wf.get_offset()), int(wf.get_length())
            check(text[start:start + length] == wf.get_text(),
                  f"{name}: {wf.get_id()} {wf.get_text()!r} != raw[{start}:{start + length}]")
            words[wf.get_id()] = (start, start + length)
        tokens = [(t["start"], t["end"]) for t in document["layers"]["tokens"]]
        check(sorted(words.values()) == tokens, f"{name}: word forms differ from the tokens")
        terms = {term.get_id(): [words[w] for w in term.get_span_ids()] for term in naf.get_terms()}

        def covered(term_ids):
            pieces = [piece for term in term_ids for piece in terms[term]]
            return min(s for s, _ in pieces), max(e for _, e in pieces)

        def widened(annotation):
            inside = [(s, e) for s, e in tokens if s < annotation["end"] and e > annotation["start"]]
            return (min(s for s, _ in inside), max(e for _, e in inside)) if inside else None

        entities = [a for a in document["layers"].get("entities", []) if widened(a)]
        loaded = list(naf.get_entities())
        check(len(loaded) == len(entities), f"{name}: {len(loaded)} entities, expected {len(entities)}")
        for entity, annotation in zip(loaded, entities):
            ids = [t for reference in entity.get_references() for t in reference.get_span().get_span_ids()]
            start, end = covered(ids)
            expected = widened(annotation)
            check((start, end) == expected and text[start:end] == text[expected[0]:expected[1]],
                  f"{name}: entity {entity.get_id()} covers {text[start:end]!r}")
            check(entity.get_type() == annotation.get("label", "MISC"), f"{name}: entity type")
        evaluations = [a for a in document["layers"].get("evaluations", []) if widened(a)]
        opinions = list(naf.get_opinions())
        check(len(opinions) == len(evaluations), f"{name}: opinions differ")
        spans_by_id = {a["id"]: a for _, a in spans(document, skip=())}
        for opinion, annotation in zip(opinions, evaluations):
            expression = opinion.get_expression()
            start, end = covered(expression.get_span().get_span_ids())
            check((start, end) == widened(annotation),
                  f"{name}: opinion {opinion.get_id()} covers {text[start:end]!r}")
            features = annotation.get("features", {})
            check(expression.get_polarity() == features.get("polarity"), f"{name}: polarity")
            strength = features.get("intensity", features.get("score"))
            check(strength is None or float(expression.get_strength()) == float(strength),
                  f"{name}: strength")
            target = opinion.get_target()
            if features.get("target") in spans_by_id:
                check(target is not None and covered(target.get_span().get_span_ids())
                      == widened(spans_by_id[features["target"]]),
                      f"{name}: opinion {opinion.get_id()} target")


def guarded(format_name, run):
    """Runs one format's checks; a consumer that cannot load the export at all is a failure."""
    try:
        run()
    except Exception as error:  # the consumer's own exception, whatever it is
        check(False, f"{format_name}: the consumer could not load the export: {error!r}")


def main(source, folder, formats="conllu,conll,spacy,webanno,brat"):
    documents = [json.loads(line) for line in
                 pathlib.Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    folder = pathlib.Path(folder)
    formats = formats.split(",")
    if "conllu" in formats:
        check_conllu(documents, folder / "corpus.conllu")
    if "conll" in formats:
        check_conll(documents, folder / "corpus.conll")
    if "spacy" in formats:
        check_spacy(documents, folder / "corpus.spacy.jsonl")
    if "webanno" in formats:
        check_webanno(documents, folder / "corpus.webanno.jsonl")
    if "brat" in formats:
        check_brat(documents, folder / "brat")
    if "xmi" in formats:
        typesystem = pathlib.Path(__file__).resolve().parents[2] / "Schemas/marquee-typesystem.xml"
        guarded("xmi", lambda: check_xmi(documents, folder / "xmi", typesystem))
    if "gate" in formats:
        guarded("gate", lambda: check_gate(documents, folder / "gate"))
    if "naf" in formats:
        guarded("naf", lambda: check_naf(documents, folder / "naf"))
    for problem in problems:
        print(problem)
    print(f"{checks - len(problems)} passed, {len(problems)} failed")
    return 1 if problems or checks == 0 else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
