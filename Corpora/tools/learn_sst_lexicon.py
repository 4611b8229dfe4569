#!/usr/bin/env python3
"""Mine a learned lexicon of 1-3 word expressions from the Stanford Sentiment Treebank's
training split (Socher et al., "Recursive Deep Models for Semantic Compositionality Over a
Sentiment Treebank", EMNLP 2013), for Marquee's evaluate stage.

Reads only train.txt (every phrase of 8,544 sentences is labelled 0-4) and writes
Sources/MarqueeAppraisal/Resources/lexicon/learned-sst.tsv: the lexicon's nine columns, domain
`learned`. No treebank text is copied beyond the mined expressions themselves.

For each candidate expression (1-3 lowercase words, letters and hyphens only) two signals:

  own      the labels the annotators gave the expression itself, wherever it is a constituent
           of a train tree (a word is always one); mean of (label - 2) / 2.
  context  the labels of every train phrase that contains the expression, smoothed toward
           neutral with `--prior` pseudo-phrases: sum((label - 2) / 2) / (n + prior).

An expression is kept when its own mean is polar (|own| >= --min-own), it was seen as a
constituent at least --min-support times, the context signal has the same sign, and at least
--agree of the polar containing phrases share that sign (it is consistently polar in use). Its
score is the mean of the two signals, rounded to two decimals, and must reach --min-score.
Topics ("cancer", "toilet") are labelled polar alone but do not pass their sign on: at least
--min-parent-agree of an expression's constituent occurrences must sit in a parent phrase of
its sign ("an artful film" is positive, "about cancer" is not negative).

The thresholds are chosen on the training split alone: --cross-validate DIR mines every
setting of --grid once per fold from the other folds (sentence n is in fold n % --folds), and
SSTLexiconCrossValidationTests measures each on its held-out fold:
  learn_sst_lexicon.py --cross-validate /tmp/cv --grid "min_score=0.25,0.35,0.45"
  MARQUEE_SST_CV=/tmp/cv swift test --filter SSTLexiconCrossValidationTests
Measured (5 folds, held-out SST-2 accuracy on 6,920 train sentences): no learned entries
5623; min-score 0.15/0.25 5645, 0.3 5646, 0.35 5650, 0.4 5648, 0.45 5638, 0.55 5629 (with
the topic rule at 0.5; without it 0.35 also gives 5650); the defaults are the best.

Left out (under Marquee's lemma rules, any part of speech): single words the curated lexicon
lists, and expressions with a word the curated lexicon gives a value, a word that starts a
curated expression, or a shifter word: the learned resource only covers what the
curated lexicon and the shifters know nothing about, so the curated entries and the
composition rules keep priority and every learned cue can still be shifted ("not a splash").

Usage: Corpora/tools/learn_sst_lexicon.py [--train ../shared/data/sst/trees/train.txt]
"""

import argparse
import collections
import itertools
import os
import re
import sys

from sst_trees import parse_tree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RESOURCES = os.path.join(ROOT, "Sources", "MarqueeAppraisal", "Resources")
CURATED = ["adjectives", "adverbs", "nouns", "verbs", "phrases", "film"]
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$|^[a-z]$")
# Closed-class words: they carry no evaluation of their own even where the treebank's phrases
# around them lean one way.
FUNCTION_WORDS = set(
    "i me my we us our you your he him his she her it its they them their this that these those"
    " a an the and or of to in on at by for with from as is are was were be been am do does did"
    " have has had who whom whose which what whatever where when why how there here".split())


def lemma_candidates(word):
    """Marquee's regular lemma rules (LemmaRules.swift), without the part-of-speech test."""
    result = []

    def add(lemma):
        if len(lemma) >= 3 and lemma != word:
            result.append(lemma)

    def stems(stem):
        add(stem)
        add(stem + "e")
        if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            add(stem[:-1])

    if word.endswith("ies"):
        add(word[:-3] + "y")
    elif word.endswith("es"):
        add(word[:-2])
        add(word[:-1])
    elif word.endswith("s") and not word.endswith("ss"):
        add(word[:-1])
    if word.endswith("ied"):
        add(word[:-3] + "y")
    elif word.endswith("ed"):
        stems(word[:-2])
    if word.endswith("ing"):
        stems(word[:-3])
    if word.endswith("iest"):
        add(word[:-4] + "y")
    elif word.endswith("ier"):
        add(word[:-3] + "y")
    elif word.endswith("est"):
        stems(word[:-3])
    elif word.endswith("er"):
        stems(word[:-2])
    return result


def read_entries(directory, names):
    """The entries of the TSV files, lowercase, each with whether it carries a value (not a
    neutral row scored zero, which only marks a word as known)."""
    entries = {}
    for name in names:
        with open(os.path.join(RESOURCES, directory, name + ".tsv"), encoding="utf-8") as file:
            for line in file:
                if line.startswith("#") or not line.strip():
                    continue
                columns = line.rstrip("\n").split("\t") + [""] * 9
                entry = columns[0].strip().lower().replace("\u2019", "'")
                valued = (columns[2] not in ("neutral", "") or columns[3] not in ("0", "0.0", "")
                          or "target-dependent" in columns[7])
                entries[entry] = entries.get(entry, False) or valued
    return entries


def known_words():
    """The words a learned entry may not contain (valued single-word curated entries, the first
    words of curated expressions, shifter words), the curated single words, and the irregular
    forms of the lemma rules."""
    blocked = set()
    listed = set()
    for entry, valued in read_entries("lexicon", CURATED).items():
        words = entry.split(" ")
        if len(words) == 1:
            listed.add(entry)
            if valued:
                blocked.add(entry)
        else:
            blocked.add(words[0])
    shifter_dir = os.path.join(RESOURCES, "shifters")
    shifters = [name[:-4] for name in os.listdir(shifter_dir) if name.endswith(".tsv")]
    for entry in read_entries("shifters", shifters):
        for word in entry.replace("n't", " n't").split(" "):
            blocked.add(word)
    irregular = {}
    with open(os.path.join(RESOURCES, "lemmas", "irregular.tsv"), encoding="utf-8") as file:
        for line in file:
            if not line.startswith("#") and line.strip():
                form, lemma = line.split("\t")[:2]
                irregular.setdefault(form, []).append(lemma)
    return blocked, listed, irregular


def is_known(word, words, irregular):
    if word in words:
        return True
    return any(lemma in words for lemma in lemma_candidates(word) + irregular.get(word, []))


def read_statistics(path, folds):
    """Per fold (sentence n of the file, counting non-empty lines from 0, is in fold n % folds),
    the counts the selection needs; they add up across folds."""
    stats = [Statistics() for _ in range(folds)]
    sentences = 0
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.strip()
            if not line:
                continue
            stats[sentences % folds].add(line)
            sentences += 1
    return stats, sentences


class Statistics:
    """Counts over a set of training trees: each expression's own labels, the labels of the
    phrases containing it, and how often each word is capitalised inside a sentence."""

    FIELDS = ("own_sum", "own_count", "context_sum", "context_count", "context_pos",
              "context_neg", "parent_pos", "parent_neg", "capitalised", "inside")

    def __init__(self):
        for name in self.FIELDS:
            setattr(self, name, collections.Counter())

    def add(self, line):
        leaves, spans = parse_tree(line)
        tokens = [leaf.lower() for leaf in leaves]
        for leaf, token in zip(leaves[1:], tokens[1:]):
            self.inside[token] += 1
            if leaf[:1].isupper():
                self.capitalised[token] += 1
        for label, start, end, parent in spans:
            value = (label - 2) / 2
            if end - start <= 3:
                gram = tuple(tokens[start:end])
                self.own_sum[gram] += value
                self.own_count[gram] += 1
                if parent is not None and parent > 2:
                    self.parent_pos[gram] += 1
                elif parent is not None and parent < 2:
                    self.parent_neg[gram] += 1
            seen = set()
            for size in (1, 2, 3):
                for first in range(start, end - size + 1):
                    seen.add(tuple(tokens[first:first + size]))
            for gram in seen:
                self.context_sum[gram] += value
                self.context_count[gram] += 1
                if label > 2:
                    self.context_pos[gram] += 1
                elif label < 2:
                    self.context_neg[gram] += 1

    @classmethod
    def merged(cls, parts):
        total = cls()
        for part in parts:
            for name in cls.FIELDS:
                getattr(total, name).update(getattr(part, name))
        return total


def select(stats, settings, known):
    """The entries the settings keep, as (entry, score, support, agreeing, polar)."""
    blocked, listed, irregular = known
    rows = []
    for gram, support in stats.own_count.items():
        if not all(WORD.match(word) for word in gram):
            continue
        if any(is_known(word, blocked, irregular) for word in gram):
            continue
        if len(gram) == 1 and is_known(gram[0], listed, irregular):
            continue
        if any(word in FUNCTION_WORDS for word in gram):
            continue
        # Names and titles ("Seagal", "Dahmer") are written capitalised inside sentences.
        if any(stats.capitalised[word] * 2 > stats.inside[word] for word in gram):
            continue
        if support < (settings.min_support if len(gram) == 1 else settings.min_support_phrase):
            continue
        own_mean = stats.own_sum[gram] / support
        if abs(own_mean) < settings.min_own:
            continue
        context = stats.context_sum[gram] / (stats.context_count[gram] + settings.prior)
        if context * own_mean <= 0:
            continue
        polar = stats.context_pos[gram] + stats.context_neg[gram]
        agreeing = stats.context_pos[gram] if own_mean > 0 else stats.context_neg[gram]
        if polar == 0 or agreeing / polar < settings.agree:
            continue
        # A topic ("cancer", "toilet") is labelled polar alone, but the phrase right above it
        # ("about cancer", "the toilet humor") mostly is not of its sign; an evaluation passes
        # its sign on to the phrase it modifies or is predicated in.
        parent_agreeing = stats.parent_pos[gram] if own_mean > 0 else stats.parent_neg[gram]
        if parent_agreeing < settings.min_parent_agree * support:
            continue
        score = round((own_mean + context) / 2, 2)
        if abs(score) < settings.min_score:
            continue
        rows.append((" ".join(gram), score, support, agreeing, polar))
    rows.sort()
    return rows


def write(path, rows, settings, sentences):
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            "# Marquee evaluative lexicon: learned-sst.tsv\n"
            "# LEARNED, not curated: expressions of 1-3 words whose polarity was mined from the\n"
            "# phrase labels of the Stanford Sentiment Treebank training split (Socher,\n"
            "# Perelygin, Wu, Chuang, Manning, Ng and Potts, \"Recursive Deep Models for\n"
            "# Semantic Compositionality Over a Sentiment Treebank\", EMNLP 2013) by\n"
            "# Corpora/tools/learn_sst_lexicon.py; regenerate it with that script, do not edit.\n"
            "#\n"
            "# Same columns as the curated files (see adjectives.tsv); domain is `learned`, pos\n"
            "# is adj for one word and phrase for more (the treebank gives no part of speech),\n"
            "# the note gives the evidence: own=<constituent occurrences> ctx=<agreeing>/<polar\n"
            "# containing phrases>. Score: the mean of the expression's own labels and of the\n"
            "# smoothed labels of the phrases containing it, mapped from 0..4 to -1..1.\n"
            "# Left out: closed-class words, words mostly capitalised inside sentences (names,\n"
            "# titles), words the curated lexicon lists, and expressions with a word the curated\n"
            "# lexicon gives a value, that starts a curated expression, or of the shifters, so\n"
            "# the evaluate stage uses these entries only where no curated entry matches; and\n"
            "# topics: expressions whose parent phrases mostly do not share their sign.\n"
            "# Thresholds chosen by cross-validation on the training split alone.\n"
            f"# Settings: min-own {settings.min_own}, min-support {settings.min_support} (words), "
            f"{settings.min_support_phrase} (expressions),\n# agree {settings.agree}, "
            f"prior {settings.prior}, min-parent-agree {settings.min_parent_agree}, "
            f"min-score {settings.min_score}; {sentences} training sentences.\n"
            "#\n")
        for entry, score, support, agreeing, polar in rows:
            polarity = "positive" if score > 0 else "negative"
            pos = "adj" if " " not in entry else "phrase"
            out.write(f"{entry}\t{pos}\t{polarity}\t{score:.2f}\t\tlearned\t\t\t"
                      f"own={support} ctx={agreeing}/{polar}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", default=os.path.join(ROOT, "..", "shared", "data", "sst",
                                                        "trees", "train.txt"))
    parser.add_argument("--out", default=os.path.join(RESOURCES, "lexicon", "learned-sst.tsv"))
    parser.add_argument("--min-own", type=float, default=0.25)
    parser.add_argument("--min-support", type=int, default=1,
                        help="constituent occurrences a single word needs")
    parser.add_argument("--min-support-phrase", type=int, default=2,
                        help="constituent occurrences an expression of 2-3 words needs")
    parser.add_argument("--agree", type=float, default=0.7)
    parser.add_argument("--prior", type=float, default=4.0)
    parser.add_argument("--min-parent-agree", type=float, default=0.5,
                        help="the share of the expression's constituent occurrences whose"
                        " parent phrase has its sign (0.5 keeps out topics)")
    parser.add_argument("--min-score", type=float, default=0.35,
                        help="the weakest |score| kept (0.35: the best held-out accuracy in"
                        " 5-fold cross-validation on the training split)")
    parser.add_argument("--cross-validate", metavar="DIR",
                        help="write DIR/<setting>/fold<i>.tsv for every setting of the grid,"
                        " each mined without fold i, for SSTLexiconCrossValidationTests")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--grid", default="min_score=0.35,0.45,0.55",
                        help="settings to vary for --cross-validate: name=v1,v2;name=...")
    args = parser.parse_args()
    if not os.path.exists(args.train):
        sys.exit(f"{args.train} not found: the SST training split is needed to learn the lexicon")

    known = known_words()
    if not args.cross_validate:
        stats, sentences = read_statistics(args.train, 1)
        rows = select(stats[0], args, known)
        write(args.out, rows, args, sentences)
        print(f"{len(rows)} learned entries written to {args.out}", file=sys.stderr)
        return
    stats, sentences = read_statistics(args.train, args.folds)
    training = [Statistics.merged(stats[:fold] + stats[fold + 1:]) for fold in range(args.folds)]
    axes = [(name, [float(value) for value in values.split(",")])
            for name, values in (item.split("=") for item in args.grid.split(";"))]
    for combination in itertools.product(*(values for _, values in axes)):
        settings = argparse.Namespace(**vars(args))
        for (name, _), value in zip(axes, combination):
            setattr(settings, name, type(getattr(args, name))(value))
        label = "_".join(f"{name}={value}" for (name, _), value in zip(axes, combination))
        folder = os.path.join(args.cross_validate, label)
        os.makedirs(folder, exist_ok=True)
        sizes = []
        for fold in range(args.folds):
            rows = select(training[fold], settings, known)
            write(os.path.join(folder, f"fold{fold}.tsv"), rows, settings, sentences)
            sizes.append(len(rows))
        print(f"{label}: {sizes} entries per fold", file=sys.stderr)


if __name__ == "__main__":
    main()
