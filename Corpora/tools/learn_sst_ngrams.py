#!/usr/bin/env python3
"""Learn the n-gram back-off of Marquee's evaluate stage from the Stanford Sentiment Treebank's
training split (Socher et al., "Recursive Deep Models for Semantic Compositionality Over a
Sentiment Treebank", EMNLP 2013).

The evaluate stage explains its verdicts by the evaluations it finds. A text in which it counts
none (no lexicon word in the critic's own words) used to get the prior, a coin toss; one whose
evaluations leave the verdict layer near an even chance was not much surer. This script learns
what decides or helps decide those: a linear model over the text's unigrams and bigrams, trained
on every polar phrase of the treebank's training trees (labels 0-1 negative, 3-4 positive, 2
left out), as the paper's bigram Naive Bayes baseline is. The model is Naive Bayes log-count
ratios over binary features (Wang and Manning, "Baselines and Bigrams", ACL 2012):

    r(g) = log((p(g) + alpha) / |p + alpha|) - log((q(g) + alpha) / |q + alpha|)

where p(g) and q(g) count the positive and the negative phrases that contain n-gram g. A text's
score is the sum of r over its distinct n-grams; the probability that it is positive is
1 / (1 + e^-(scale * score + bias)), with scale and bias fitted (one-dimensional logistic
regression) on held-out scores so the probability is calibrated, not NB's near-certainty.

Tokens are the treebank's leaves lowercased, with its escapes undone (-LRB- is "(", `` and ''
are '"'): the same tokens as Marquee's tokenizer's lowercase norms (contractions split: do|n't).

The hyper-parameters (alpha, the least number of phrases an n-gram must occur in, the least
|r| kept) are chosen by 5-fold cross-validation on the training split alone (sentence n of the
file, counting non-empty lines from 0, is in fold n % 5, as for learn_sst_lexicon.py): each
setting's model is trained on the phrases of four folds and scored on the root sentences of the
fifth. With --train-dump FILE (the dump SSTTrainFitTests writes with MARQUEE_SST_DUMP_TRAIN=FILE:
one line per polar root sentence, its label, a tab and the document, read without the back-off
so the summaries hold the verdict layer's own probability) it also reports the
accuracy on the sentences in which the evaluate stage counts no evaluation, where the back-off
is used; the settings are chosen by that accuracy, the overall one breaking near-ties.

Measured (5 folds; held-out root accuracy on 6,920 train sentences, and on the 769 of them with
nothing counted, where the prior got 476): alpha 1, min-count 3, min-weight 0: 5675, 561;
alpha 2: 5674, 567; alpha 4, min-count 3, min-weight 0.1: 5667, 577 (the defaults); alpha 8:
5658, 581; alpha 16: 5598, 571; min-count 5: 5632, 571; min-count 8: 5596, 559. In 55 of the
769 the stage found evaluations it does not count (plot, quoted opinion): there the n-grams get
44 right and the sign of those evaluations 37, so the back-off reads the whole text.

Where evaluations count but leave the verdict layer undecided (its probability p within a band
of 0.5), the evaluate stage adds the back-off's log-odds to the layer's. Measured on the same
held-out train sentences (the stage's p from the MARQUEE_SST_DUMP_TRAIN dump, cross-fitted;
with the back-off for nothing counted alone: 5771/6920): band 0.15: 5841; 0.25: 5865; 0.3:
5875; 0.35: 5886; 0.4: 5896 (the stage's setting, ReviewVerdict.undecidedBand); every
sentence: 5897. Letting the back-off replace the layer in the band instead of adding up: 0.15:
5845, 0.3: 5864, 0.4: 5822. Most reviews' evaluations are surer than the band (6 of the 41
team reviews fall in it), and a review's back-off log-odds are its sentences' mean.

The cost: a bag of n-grams does not compose negation, and the treebank labels "not bad" neutral,
so a short negated judgement whose layer probability is weak ("Not bad at all.", "Never
boring.": the layer trusts negated praise little on SST) gets a negative document verdict while
its span stays positive. Measured alternatives, all worse on held-out train: the back-off
reading only the words no counted evaluation covers, 5844; only those outside negated
evaluations, 5883; n-grams after a negator marked as negated (not_bad), 5871 (NB alone 5626).

Writes Sources/MarqueeAppraisal/Resources/evaluate/backoff-ngrams.tsv: header comments, the rows
`@scale` and `@bias`, then one n-gram (words separated by one space) and its weight r per line.

End to end, in Swift (the stage with each fold's learned lexicon and back-off):
  learn_sst_ngrams.py --write-folds /tmp/ngram-folds
  MARQUEE_FIT_FOLDS=<learned lexicon folds> MARQUEE_NGRAM_FOLDS=/tmp/ngram-folds \\
    swift test --filter SSTBackoffCrossValidationTests

Usage:
  learn_sst_ngrams.py --cross-validate [--train-dump FILE]   # measure the grid, write nothing
  learn_sst_ngrams.py --write-folds DIR   # one model per fold, learned without it
  learn_sst_ngrams.py [--alpha A --min-count N --min-weight W]  # write the resource
"""

import argparse
import collections
import json
import math
import os
import sys

from sst_trees import parse_tree

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "MarqueeAppraisal", "Resources", "evaluate",
                   "backoff-ngrams.tsv")
ESCAPES = {"-lrb-": "(", "-rrb-": ")", "-lsb-": "[", "-rsb-": "]", "-lcb-": "{", "-rcb-": "}",
           "``": '"', "''": '"'}


def normalize(leaf):
    token = leaf.lower().replace("\\/", "/").replace("\\*", "*")
    return ESCAPES.get(token, token)


def ngrams(tokens):
    """The distinct unigrams and bigrams of a token list."""
    grams = set(tokens)
    grams.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))
    return grams


def read(path):
    """Per sentence: its root label, its tokens and the n-gram sets of its polar phrases."""
    sentences = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                continue
            leaves, spans = parse_tree(line)
            tokens = [normalize(leaf) for leaf in leaves]
            phrases = [(label > 2, ngrams(tokens[start:end]))
                       for label, start, end, _ in spans if label != 2]
            sentences.append((int(line[1]), tokens, phrases))
    return sentences


def count(sentences):
    """How many positive and how many negative phrases contain each n-gram."""
    positive, negative = collections.Counter(), collections.Counter()
    for _, _, phrases in sentences:
        for polar, grams in phrases:
            (positive if polar else negative).update(grams)
    return positive, negative


def train(counts, alpha, min_count, min_weight):
    """Log-count ratios of the n-grams in at least min_count polar phrases, |r| >= min_weight."""
    positive, negative = counts
    vocabulary = [g for g in set(positive) | set(negative)
                  if positive[g] + negative[g] >= min_count]
    total_p = sum(positive[g] for g in vocabulary) + alpha * len(vocabulary)
    total_q = sum(negative[g] for g in vocabulary) + alpha * len(vocabulary)
    weights = {}
    for gram in vocabulary:
        ratio = (math.log((positive[gram] + alpha) / total_p)
                 - math.log((negative[gram] + alpha) / total_q))
        if abs(ratio) >= min_weight:
            weights[gram] = ratio
    return weights


def score(weights, tokens):
    return sum(weights.get(gram, 0.0) for gram in ngrams(tokens))


def calibrate(scores, labels):
    """Scale and bias of a one-dimensional logistic regression (Newton's method)."""
    scale, bias = 0.1, 0.0
    for _ in range(50):
        g0 = g1 = h00 = h01 = h11 = 0.0
        for s, y in zip(scores, labels):
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, scale * s + bias))))
            g0 += (p - y) * s
            g1 += p - y
            w = p * (1 - p)
            h00 += w * s * s
            h01 += w * s
            h11 += w
        h00 += 1e-6
        h11 += 1e-6
        det = h00 * h11 - h01 * h01
        scale -= (h11 * g0 - h01 * g1) / det
        bias -= (h00 * g1 - h01 * g0) / det
    return scale, bias


def fold_counts(sentences, folds):
    """Per fold, the counts of the phrases of the other folds."""
    parts = [count([s for n, s in enumerate(sentences) if n % folds == fold])
             for fold in range(folds)]
    result = []
    for fold in range(folds):
        positive, negative = collections.Counter(), collections.Counter()
        for other, (p, q) in enumerate(parts):
            if other != fold:
                positive.update(p)
                negative.update(q)
        result.append((positive, negative))
    return result


def held_out(sentences, counts, settings, folds):
    """Per polar root sentence (line number, label, held-out score)."""
    rows = []
    for fold in range(folds):
        weights = train(counts[fold], *settings)
        for n, (label, tokens, _) in enumerate(sentences):
            if n % folds == fold and label != 2:
                rows.append((n, label > 2, score(weights, tokens)))
    return rows


def accuracy(rows, scale=1.0, bias=0.0):
    correct = sum((scale * s + bias >= 0) == y for _, y, s in rows)
    return correct, len(rows)


def no_evidence(sentences, path):
    """The line numbers of the train sentences in which the dumped documents count nothing."""
    polar = [n for n, (label, _, _) in enumerate(sentences) if label != 2]
    with open(path, encoding="utf-8") as handle:
        documents = [line.split("\t", 1)[1] for line in handle if line.strip()]
    if len(documents) != len(polar):
        sys.exit(f"{path} has {len(documents)} documents; train has {len(polar)} polar roots")
    return {n for n, document in zip(polar, documents)
            if json.loads(document)["summary"]["evaluations"] == 0}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--train", default=os.path.join(ROOT, "..", "shared", "data", "sst",
                                                        "trees", "train.txt"))
    parser.add_argument("--out", default=OUT)
    parser.add_argument("--alpha", type=float, default=4.0)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-weight", type=float, default=0.1)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cross-validate", action="store_true",
                        help="measure the grid by held-out accuracy on train; write nothing")
    parser.add_argument("--grid-alpha", default="0.25,0.5,1,2")
    parser.add_argument("--grid-min-count", default="1,2,3,5")
    parser.add_argument("--grid-min-weight", default="0,0.25,0.5,1")
    parser.add_argument("--write-folds", metavar="DIR",
                        help="write DIR/fold<i>.tsv, each learned without fold i, for"
                        " SSTBackoffCrossValidationTests; write nothing else")
    parser.add_argument("--train-dump", metavar="FILE",
                        help="SSTTrainFitTests' MARQUEE_SST_DUMP_TRAIN dump, to report the"
                        " accuracy on the sentences with nothing counted")
    args = parser.parse_args()
    if not os.path.exists(args.train):
        sys.exit(f"{args.train} not found: the SST training split is needed")
    sentences = read(args.train)
    subset = None
    if args.train_dump:
        subset = no_evidence(sentences, args.train_dump)
    counts = fold_counts(sentences, args.folds)
    if args.cross_validate:
        for alpha in map(float, args.grid_alpha.split(",")):
            for min_count in map(int, args.grid_min_count.split(",")):
                for min_weight in map(float, args.grid_min_weight.split(",")):
                    rows = held_out(sentences, counts, (alpha, min_count, min_weight),
                                    args.folds)
                    scale, bias = calibrate([s for _, _, s in rows], [y for _, y, _ in rows])
                    correct, total = accuracy(rows, scale, bias)
                    line = (f"alpha={alpha} min_count={min_count} min_weight={min_weight}: "
                            f"{correct}/{total}")
                    if subset is not None:
                        inside = [r for r in rows if r[0] in subset]
                        line += " no-evidence %d/%d" % accuracy(inside, scale, bias)
                    print(line, flush=True)
        return
    settings = (args.alpha, args.min_count, args.min_weight)
    rows = held_out(sentences, counts, settings, args.folds)
    scale, bias = calibrate([s for _, _, s in rows], [y for _, y, _ in rows])
    correct, total = accuracy(rows, scale, bias)
    if args.write_folds:
        os.makedirs(args.write_folds, exist_ok=True)
        for fold in range(args.folds):
            weights = train(counts[fold], *settings)
            with open(os.path.join(args.write_folds, f"fold{fold}.tsv"), "w",
                      encoding="utf-8") as out:
                out.write(f"# learned without fold {fold} of {args.folds}\n")
                out.write(f"@scale\t{scale:.4f}\n@bias\t{bias:.4f}\n")
                for gram in sorted(weights):
                    out.write(f"{gram}\t{weights[gram]:.3f}\n")
        print(f"{args.folds} fold models written to {args.write_folds}", file=sys.stderr)
        return
    weights = train(count(sentences), *settings)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(
            "# Marquee evaluate: backoff-ngrams.tsv\n"
            "# The n-gram back-off: what decides a text in which the evaluate stage counts no\n"
            "# evaluation, and weighs in where its evaluations leave the verdict undecided\n"
            "# (EvaluateStage, NgramBackoff.swift, ReviewVerdict.swift). Written by\n"
            "# Corpora/tools/learn_sst_ngrams.py from the polar phrases of the Stanford Sentiment\n"
            "# Treebank training split (Socher et al., EMNLP 2013): Naive Bayes log-count\n"
            "# ratios of unigrams and bigrams (Wang and Manning, ACL 2012). Never fitted on\n"
            "# dev.\n"
            "#\n"
            "# Columns (tab-separated; lines starting with # are comments):\n"
            "#   n-gram  one or two lowercase tokens, separated by one space; or @scale, @bias:\n"
            "#           p(positive) = 1 / (1 + e^-(scale * sum of the text's n-gram weights\n"
            "#           + bias)), fitted on held-out scores\n"
            "#   weight  the log-count ratio (positive: the n-gram leans positive)\n"
            "#\n"
            f"# Settings chosen by {args.folds}-fold cross-validation on train alone:\n"
            f"# alpha {args.alpha}, n-grams in at least {args.min_count} polar phrases,\n"
            f"# |weight| >= {args.min_weight} ({len(weights)} n-grams); held-out root\n"
            f"# accuracy {correct}/{total} (learn_sst_ngrams.py documents the grid).\n"
            "#\n")
        out.write(f"@scale\t{scale:.4f}\n@bias\t{bias:.4f}\n")
        for gram in sorted(weights):
            out.write(f"{gram}\t{weights[gram]:.3f}\n")
    print(f"{len(weights)} n-grams written to {args.out}; held-out {correct}/{total}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
