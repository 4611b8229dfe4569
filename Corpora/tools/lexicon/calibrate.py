#!/usr/bin/env python3
"""Calibrate Marquee's evaluative lexicon against the Stanford Sentiment Treebank (SST).

Data: the training split of the treebank, ../shared/data/sst/trees/train.txt (Socher et al.,
"Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank", EMNLP 2013).
Every node of every tree is a phrase labelled 0 (very negative) to 4 (very positive); a leaf is
a single word labelled out of context. The treebank is never copied into the project.

Method (reproducible: no randomness, the output depends only on the two inputs):
  1. Read every tree; for every node record its token sequence (lowercased) and its label,
     mapped to [-1, 1] as (label - 2) / 2.
  2. For every lexicon entry, look up the phrase written as the treebank tokenizes it
     ("doesn't" -> "does n't", "year's" -> "year 's"). The treebank labels each distinct phrase
     once, so all n nodes with that token sequence share one judgment m (the "own" label).
  3. Because annotators labelled isolated words conservatively (most leaves are 2, neutral),
     a neutral own label is not evidence that the word is neutral in a review. Then the
     "context" estimate is used instead: the mean mapped label of the phrases one to three
     tokens longer that contain the entry and no negator (NEGATORS), when there are at least
     CTX_MIN of them. Target t = own label when it is not neutral, else the context mean.
  4. Propose a new score when the entry was seen at least MIN_COUNT times and
     |t - prior| >= MIN_GAP:  proposed = (prior + t) / 2, rounded to 0.05
     (half-way: the treebank is one set of annotators and out of a review's context).
  5. Apply (with `apply`) only proposals that keep the sign of the prior, for entries not
     flagged target-dependent, plot-sense or intensifier-sense (the context decides those).
     Sign disagreements are listed as review-sign for a decision by hand; the decisions are
     recorded in the rows' notes. An applied row gets its score, strength and a note
     "sst: old->new (t=.., own|ctx)"; rows whose note mentions sst are left alone, so running
     apply again changes nothing.
  5. Candidates (--candidates): single words of the treebank not in the lexicon (after the
     lemma rules), seen as a leaf at least CAND_MIN times with a mean of at least CAND_GAP in
     absolute value. They are printed for review by hand; nothing is added automatically.

The dev split is used only by --baseline, which reports a lexicon-only sentence polarity
accuracy (binary SST-2: labels 0-1 negative, 3-4 positive, 2 dropped) with a naive negation
rule: the sum of the scores of the longest lexicon matches, each multiplied by -0.6 when one
of NEGATORS occurs within the three tokens before it; positive when the sum is > 0.

Usage:
  calibrate.py report     [--sst TRAIN] [--out report.tsv]
  calibrate.py apply      [--sst TRAIN]             (rewrites the lexicon TSV files in place)
  calibrate.py candidates [--sst TRAIN]
  calibrate.py baseline   --sst DEV
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
LEXICON_DIR = os.path.join(ROOT, "Sources", "MarqueeAppraisal", "Resources", "lexicon")
LEMMA_FILE = os.path.join(ROOT, "Sources", "MarqueeAppraisal", "Resources", "lemmas",
                          "irregular.tsv")
DEFAULT_SST = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "sst", "trees",
                                            "train.txt"))
COLUMNS = ["entry", "pos", "polarity", "score", "strength", "domain", "aspect", "flags", "note"]
MIN_COUNT = 3
MIN_GAP = 0.25
CTX_MIN = 5
CAND_MIN = 5
CAND_GAP = 0.5
SKIP_FLAGS = {"target-dependent", "plot-sense", "intensifier-sense"}
NEGATORS = {"not", "n't", "no", "never", "nothing", "hardly", "without", "nobody", "none",
            "neither", "nor", "barely", "cannot"}
CLITICS = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"]
PTB_ESCAPES = {"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{",
               "-rcb-": "}"}


# ----- treebank -----

def parse_tree(line):
    """Returns (label, tokens, children) nested tuples for one PTB-style line."""
    tokens = re.findall(r"\(|\)|[^\s()]+", line)
    pos = 0

    def node():
        nonlocal pos
        assert tokens[pos] == "("
        pos += 1
        label = int(tokens[pos])
        pos += 1
        if tokens[pos] != "(":
            word = tokens[pos]
            pos += 2  # the word and ")"
            word = PTB_ESCAPES.get(word.lower(), word.lower())
            return (label, [word], [])
        children = []
        while tokens[pos] == "(":
            children.append(node())
        pos += 1
        words = [w for child in children for w in child[1]]
        return (label, words, children)

    return node()


def walk(tree):
    yield tree
    for child in tree[2]:
        yield from walk(child)


def read_trees(path):
    with open(path, encoding="utf-8") as handle:
        return [parse_tree(line) for line in handle if line.strip()]


def phrase_stats(trees):
    """phrase tuple -> [count, sum of mapped labels]; leaves -> same for single words."""
    phrases = collections.defaultdict(lambda: [0, 0.0])
    leaves = collections.defaultdict(lambda: [0, 0.0])
    for tree in trees:
        for label, words, children in walk(tree):
            value = (label - 2) / 2
            stats = phrases[tuple(words)]
            stats[0] += 1
            stats[1] += value
            if not children:
                leaf = leaves[words[0]]
                leaf[0] += 1
                leaf[1] += value
    return phrases, leaves


def context_stats(phrases, wanted):
    """For each wanted token tuple: [count, sum] over distinct phrases 1-3 tokens longer that
    contain it and no negator."""
    by_first = collections.defaultdict(list)
    for tokens in wanted:
        by_first[tokens[0]].append(tokens)
    out = collections.defaultdict(lambda: [0, 0.0])
    for phrase, (n, total) in phrases.items():
        if len(phrase) < 2 or len(phrase) > 7 or any(w in NEGATORS for w in phrase):
            continue
        mean = total / n
        seen = set()
        for i, word in enumerate(phrase):
            for tokens in by_first.get(word, ()):
                if tokens in seen or not 1 <= len(phrase) - len(tokens) <= 3:
                    continue
                if tuple(phrase[i:i + len(tokens)]) == tokens:
                    seen.add(tokens)
                    out[tokens][0] += 1
                    out[tokens][1] += mean
    return out


# ----- lexicon -----

def read_lexicon():
    """Returns {file: [line strings]} and a list of (file, line index, row dict)."""
    files = {}
    rows = []
    for name in sorted(os.listdir(LEXICON_DIR)):
        if not name.endswith(".tsv"):
            continue
        path = os.path.join(LEXICON_DIR, name)
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        files[path] = lines
        for index, line in enumerate(lines):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            cells += [""] * (len(COLUMNS) - len(cells))
            row = dict(zip(COLUMNS, cells))
            row["score"] = float(row["score"])
            rows.append((path, index, row))
    return files, rows


def treebank_tokens(entry):
    """The entry as the treebank tokenizes it (clitics split off)."""
    out = []
    for word in entry.split(" "):
        for clitic in CLITICS:
            if word.endswith(clitic) and len(word) > len(clitic):
                out += [word[: -len(clitic)], clitic]
                break
        else:
            out.append(word)
    return tuple(out)


def strength(score):
    magnitude = abs(score)
    return "weak" if magnitude < 0.35 else ("moderate" if magnitude < 0.65 else "strong")


def read_irregular():
    table = collections.defaultdict(list)
    with open(LEMMA_FILE, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            form, lemma, pos = line.rstrip("\n").split("\t")[:3]
            table[form].append((lemma, {pos}))
    return table


def lemma_candidates(token, irregular):
    """Python port of LemmaRules.swift (same rules, same order)."""
    result = list(irregular.get(token, []))

    def add(lemma, pos):
        if len(lemma) >= 3 and lemma != token:
            result.append((lemma, pos))

    def stems(stem, pos):
        add(stem, pos)
        add(stem + "e", pos)
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            add(stem[:-1], pos)

    if token.endswith("ies"):
        add(token[:-3] + "y", {"noun", "verb"})
    elif token.endswith("es"):
        add(token[:-2], {"noun", "verb"})
        add(token[:-1], {"noun", "verb"})
    elif token.endswith("s") and not token.endswith("ss"):
        add(token[:-1], {"noun", "verb"})
    if token.endswith("ied"):
        add(token[:-3] + "y", {"verb"})
    elif token.endswith("ed"):
        stems(token[:-2], {"verb"})
    if token.endswith("ing"):
        stems(token[:-3], {"verb"})
    if token.endswith("iest"):
        add(token[:-4] + "y", {"adj"})
    elif token.endswith("ier"):
        add(token[:-3] + "y", {"adj"})
    elif token.endswith("est"):
        stems(token[:-3], {"adj"})
    elif token.endswith("er"):
        stems(token[:-2], {"adj"})
    return result


class Matcher:
    """Longest-match lookup over token sequences, as EvaluativeLexicon does it."""

    def __init__(self, rows, irregular):
        self.irregular = irregular
        self.single = collections.defaultdict(list)
        self.multi = {}
        self.max_len = 1
        for _, _, row in rows:
            tokens = treebank_tokens(row["entry"])
            if len(tokens) == 1:
                self.single[tokens[0]].append(row)
            else:
                self.multi.setdefault(tokens, []).append(row)
                self.max_len = max(self.max_len, len(tokens))

    def word(self, token):
        if token in self.single:
            return self.single[token]
        found = []
        for lemma, pos in lemma_candidates(token, self.irregular):
            for row in self.single.get(lemma, []):
                if row["pos"] in pos and row not in found:
                    found.append(row)
        return found

    def forms(self, token):
        return [token] + [lemma for lemma, _ in lemma_candidates(token, self.irregular)]

    def longest(self, tokens, start):
        for length in range(min(self.max_len, len(tokens) - start), 1, -1):
            options = [[]]
            for token in tokens[start:start + length]:
                options = [o + [f] for o in options for f in self.forms(token)][:64]
            for option in options:
                if tuple(option) in self.multi:
                    return length, self.multi[tuple(option)]
        rows = self.word(tokens[start])
        return (1, rows) if rows else (0, [])


# ----- commands -----

def proposals(rows, phrases):
    """(path, line index, row, n, target, source, proposed, status) for rows seen enough."""
    wanted = {treebank_tokens(row["entry"]) for _, _, row in rows}
    context = context_stats(phrases, wanted)
    out = []
    for path, index, row in rows:
        tokens = treebank_tokens(row["entry"])
        stats = phrases.get(tokens)
        if not stats or stats[0] < MIN_COUNT:
            continue
        n, total = stats
        target, source = total / n, "own"
        if target == 0:
            ctx_n, ctx_total = context.get(tokens, (0, 0.0))
            if ctx_n < CTX_MIN:
                out.append((path, index, row, n, 0.0, "own", None, "neutral-no-context"))
                continue
            target, source = ctx_total / ctx_n, f"ctx{ctx_n}"
        prior = row["score"]
        if abs(target - prior) < MIN_GAP:
            out.append((path, index, row, n, target, source, None, "agrees"))
            continue
        proposed = max(-1.0, min(1.0, round((prior + target) / 2 * 20) / 20))
        flags = set(filter(None, row["flags"].split(",")))
        if "sst" in row["note"]:
            status = "done"  # adjusted or reviewed before: apply runs once per row
        elif flags & SKIP_FLAGS:
            status = "skip-flagged"
        elif prior == 0 or proposed == 0 or (proposed > 0) != (prior > 0) \
                or (target > 0) != (prior > 0):
            status = "review-sign"
        else:
            status = "apply"
        out.append((path, index, row, n, target, source, proposed, status))
    return out


def cmd_report(args, apply=False):
    trees = read_trees(args.sst)
    phrases, _ = phrase_stats(trees)
    files, rows = read_lexicon()
    props = proposals(rows, phrases)
    counts = collections.Counter(p[7] for p in props)
    covered = len(props)
    judged = [p for p in props if p[2]["score"] != 0 and p[4] != 0]
    agree_sign = sum(1 for p in judged if (p[4] > 0) == (p[2]["score"] > 0))
    mae = sum(abs(p[4] - p[2]["score"]) for p in judged) / max(1, len(judged))
    print(f"treebank trees: {len(trees)}; lexicon rows: {len(rows)}; "
          f"rows seen >= {MIN_COUNT} times as treebank phrases: {covered}")
    print(f"sign agreement (nonzero prior and target): {agree_sign}/{len(judged)}; "
          f"mean |target - prior| before: {mae:.3f}")
    print("status counts:", dict(counts))
    lines = []
    for path, index, row, n, mean, source, proposed, status in props:
        lines.append("\t".join([row["entry"], row["pos"], f"{row['score']:.2f}", str(n),
                                f"{mean:.2f}", source,
                                "" if proposed is None else f"{proposed:.2f}", status]))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write("entry\tpos\tprior\tn\ttarget\tsource\tproposed\tstatus\n")
            handle.write("\n".join(lines) + "\n")
        print("wrote", args.out)
    else:
        for line in lines:
            if line.endswith(("apply", "review-sign")):
                print(line)
    if not apply:
        return
    applied = 0
    after = []
    for path, index, row, n, mean, source, proposed, status in props:
        if row["score"] == 0 or mean == 0:
            pass
        elif status != "apply":
            after.append(abs(mean - row["score"]))
        if status != "apply":
            continue
        cells = files[path][index].split("\t")
        cells += [""] * (len(COLUMNS) - len(cells))
        old = float(cells[3])
        cells[3] = f"{proposed:.2f}"
        cells[4] = strength(proposed)
        note = f"sst: {old:.2f}->{proposed:.2f} (t={mean:.2f}, {source})"
        cells[8] = (cells[8] + "; " + note) if cells[8] else note
        files[path][index] = "\t".join(cells)
        applied += 1
        after.append(abs(mean - proposed))
    for path, lines_ in files.items():
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines_))
    print(f"applied {applied} adjustments; mean |treebank mean - score| after: "
          f"{sum(after) / max(1, len(after)):.3f}")


def cmd_candidates(args):
    trees = read_trees(args.sst)
    _, leaves = phrase_stats(trees)
    _, rows = read_lexicon()
    matcher = Matcher(rows, read_irregular())
    out = []
    for word, (n, total) in leaves.items():
        mean = total / n
        if n < CAND_MIN or abs(mean) < CAND_GAP or not re.search(r"[a-z]", word):
            continue
        if matcher.word(word):
            continue
        out.append((n, word, mean))
    out.sort(key=lambda item: (-item[0], item[1]))
    print(f"{len(out)} candidates (leaf count >= {CAND_MIN}, |mean| >= {CAND_GAP}):")
    for n, word, mean in out:
        print(f"{word}\t{n}\t{mean:+.2f}")


def cmd_baseline(args):
    trees = read_trees(args.sst)
    _, rows = read_lexicon()
    matcher = Matcher(rows, read_irregular())
    correct = total = zero = 0
    for label, words, _ in trees:
        if label == 2:
            continue
        gold = label > 2
        score = 0.0
        index = 0
        while index < len(words):
            length, found = matcher.longest(words, index)
            if length == 0:
                index += 1
                continue
            value = sum(r["score"] for r in found) / len(found)
            if any(w in NEGATORS for w in words[max(0, index - 3):index]):
                value *= -0.6
            score += value
            index += length
        if score == 0:
            zero += 1
        predicted = score > 0
        correct += predicted == gold
        total += 1
    print(f"sentences: {total}; accuracy: {correct / total:.3f} ({correct}/{total}); "
          f"sentences with no lexicon evidence (score 0, predicted negative): {zero}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["report", "apply", "candidates", "baseline"])
    parser.add_argument("--sst", default=DEFAULT_SST)
    parser.add_argument("--out")
    args = parser.parse_args()
    if not os.path.exists(args.sst):
        sys.exit(f"{args.sst}: not found; pass --sst PATH to the treebank's trees file")
    if args.command in ("report", "apply", "candidates") and "dev" in os.path.basename(args.sst):
        sys.exit("calibration uses the training split only; pass train.txt")
    if args.command == "report":
        cmd_report(args)
    elif args.command == "apply":
        cmd_report(args, apply=True)
    elif args.command == "candidates":
        cmd_candidates(args)
    else:
        cmd_baseline(args)


if __name__ == "__main__":
    main()
