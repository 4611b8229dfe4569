"""Reading the Stanford Sentiment Treebank's bracketed trees (Socher et al., EMNLP 2013).

Shared by `learn_sst_lexicon.py` and `learn_sst_ngrams.py`. Standard library only.
"""

from __future__ import annotations


def parse_tree(line: str) -> tuple[list[str], list[tuple[int, int, int, int | None]]]:
    """The leaves of one bracketed tree, and every subtree as (label, start, end, parent label or
    None) over the leaves, innermost first."""
    leaves: list[str] = []
    spans: list[tuple[int, int, int, int | None]] = []
    stack: list[tuple[int, int]] = []
    index = 0
    while index < len(line):
        char = line[index]
        if char == "(":
            stack.append((int(line[index + 1]), len(leaves)))
            index += 2
        elif char == ")":
            label, start = stack.pop()
            spans.append((label, start, len(leaves), stack[-1][0] if stack else None))
            index += 1
        elif char == " ":
            index += 1
        else:
            end = index
            while line[end] != ")":
                end += 1
            leaves.append(line[index:end])
            index = end
    return leaves, spans
