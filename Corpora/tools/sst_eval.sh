#!/bin/sh
# SST-2 dev accuracy of the evaluate stage (issue #6).
#
# Runs the Swift test that reads ../shared/data/sst/trees/dev.txt (Stanford Sentiment Treebank,
# Socher et al., EMNLP 2013; labels 0-1 negative, 3-4 positive, 2 dropped: 872 sentences),
# feeds each detokenized sentence through `segment` and `evaluate`, and predicts its polarity
# from the document summary's score. Prints the accuracy; with a path argument, also writes a
# TSV of every sentence (gold, prediction, score, evaluations) there for error analysis.
#
# Usage: Corpora/tools/sst_eval.sh [report.tsv]
set -e
cd "$(dirname "$0")/../.."
if [ -n "$1" ]; then
  MARQUEE_SST_REPORT="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  export MARQUEE_SST_REPORT
fi
swift test --filter SSTDevTests 2>&1 | grep -E "SST-2 dev|error|failed|skipped"
