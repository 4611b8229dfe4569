#!/usr/bin/env python3
"""Tests for evaluations_from_marked.py (standard library only).

Run: python3 Corpora/tools/test_evaluations_from_marked.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluations_from_marked as tool  # noqa: E402

REVIEW = "Moore is superb. Moore plays Miles 🕷️.\nThe film drags."


def entity(number: int, start: int, end: int, label: str, cluster: str) -> dict:
    return {"id": f"e{number}", "start": start, "end": end, "label": label,
            "features": {"entity": cluster}}


class ParseTests(unittest.TestCase):
    def test_markup_is_stripped_and_offsets_count_scalars(self) -> None:
        marked = ("⟪evaluation⟫Moore is {{superb|positive|score=0.9;aspect=acting;target=Moore}}. "
                  "⟪plot⟫Moore plays Miles 🕷️.\n⟪evaluation⟫The film "
                  "{{drags|negative|score=-0.4;aspect=pacing}}.")
        review, problems = tool.parse("x", marked)
        self.assertEqual(problems, [])
        self.assertEqual(review.text, REVIEW)
        drags = review.expressions[1]
        self.assertEqual(REVIEW[drags.start:drags.end], "drags")
        # The emoji (two scalars) before it must be counted as two.
        self.assertEqual(drags.start, REVIEW.index("drags"))

    def test_zones_run_to_the_next_marker_trimmed(self) -> None:
        marked = "⟪background⟫Title\n\n⟪plot⟫It begins.  ⟪evaluation⟫It is {{good|positive|" \
                 "score=0.5;aspect=film}}."
        review, problems = tool.parse("x", marked)
        self.assertEqual(problems, [])
        document = json.loads(tool.gold_json(review, [], "s"))
        zones = [(z["label"], review.text[z["start"]:z["end"]])
                 for z in document["layers"]["zones"]]
        self.assertEqual(zones, [("background", "Title"), ("plot", "It begins."),
                                 ("evaluation", "It is good.")])
        self.assertEqual([z["id"] for z in document["layers"]["zones"]], ["z1", "z2", "z3"])

    def test_evaluation_in_a_plot_zone_is_rejected(self) -> None:
        _, problems = tool.parse("x", "⟪plot⟫The {{worst|negative|score=-0.9;aspect=film}} day.")
        self.assertEqual(len(problems), 1)
        self.assertIn("⟪plot⟫", problems[0])
        self.assertTrue(problems[0].startswith("1:11:"), problems[0])

    def test_text_before_the_first_marker_is_rejected(self) -> None:
        _, problems = tool.parse("x", "Title\n⟪plot⟫It begins.")
        self.assertTrue(any("before the first zone marker" in p for p in problems))

    def test_bad_values_are_reported(self) -> None:
        cases = {
            "{{a|neutral|score=0.1;aspect=film}}": "unknown polarity",
            "{{a|positive|score=0.55;aspect=film}}": "one decimal",
            "{{a|positive|score=-0.5;aspect=film}}": "contradicts polarity",
            "{{a|negative|score=-0.5;aspect=plot}}": "unknown aspect",
            "{{a|negative|aspect=film}}": "score= is required",
            "{{a|negative|score=-0.5;aspect=film;target=Nobody}}": "does not occur",
            "⟪opinion⟫x": "unknown zone",
            "{{a|positive|score=0.5;aspect=film": "never closed",
        }
        for body, message in cases.items():
            with self.subTest(body=body):
                marked = body if body.startswith("⟪") else "⟪evaluation⟫" + body
                _, problems = tool.parse("x", marked)
                self.assertTrue(any(message in p for p in problems), problems)


class TargetTests(unittest.TestCase):
    def setUp(self) -> None:
        # "Amy" the film (TITLE, at 0) and "Amy" the singer (PERSON, at 22).
        self.marked = ("⟪evaluation⟫Amy is a documentary. Amy sings "
                       "{{beautifully|positive|score=0.5;aspect=ASPECT;target=Amy}}.")
        self.entities = [entity(1, 0, 3, "TITLE", "amy"), entity(2, 22, 25, "PERSON", "amy-w")]

    def features(self, aspect: str) -> dict:
        review, problems = tool.parse("x", self.marked.replace("ASPECT", aspect))
        self.assertEqual(problems, [])
        self.assertEqual(review.text[22:25], "Amy")
        return tool.features(review, review.expressions[0], self.entities)

    def test_nearest_entity_wins_without_a_label_preference(self) -> None:
        self.assertEqual(self.features("other")["target"], "e2")

    def test_the_aspect_prefers_its_label(self) -> None:
        self.assertEqual(self.features("film")["target"], "e1")

    def test_unmatched_target_is_kept_as_text(self) -> None:
        review, _ = tool.parse("x", "⟪evaluation⟫The score is {{spare|positive|score=0.2;"
                                    "aspect=music;target=score}}.")
        found = tool.features(review, review.expressions[0], self.entities)
        self.assertNotIn("target", found)
        self.assertEqual(found["targetText"], "score")
        self.assertEqual(list(found), ["polarity", "score", "aspect", "targetText"])

    def test_partial_name_of_the_same_referent_is_rejected(self) -> None:
        marked = ("⟪evaluation⟫Charlotte Wells made an {{astonishing|positive|score=0.8;"
                  "aspect=directing;target=Wells}} debut, one that nobody saw coming. "
                  "Wells wrote it.")
        review, problems = tool.parse("x", marked)
        self.assertEqual(problems, [])
        later = review.text.rindex("Wells")
        entities = [entity(1, 0, 15, "CREW", "charlotte-wells"),
                    entity(2, later, later + 5, "CREW", "charlotte-wells")]
        self.assertEqual(tool.features(review, review.expressions[0], entities)["target"], "e2")
        found = tool.target_problems(review, entities)
        self.assertEqual(len(found), 1)
        self.assertIn("write target=Charlotte Wells", found[0])
        # A different person who shares the surname is not the same referent.
        entities[0]["features"]["entity"] = "someone-else"
        self.assertEqual(tool.target_problems(review, entities), [])


class ProcessTests(unittest.TestCase):
    def test_mismatch_with_the_review_names_the_line_and_column(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "Corpora" / "reviews").mkdir(parents=True)
            (root / "Corpora" / "reviews" / "x.txt").write_text("One.\nTwo words.")
            marked = root / "x.txt"
            marked.write_text("⟪plot⟫One.\n⟪plot⟫Two wrods.")
            problems, row = tool.process(marked, root, check=False)
            self.assertIsNone(row)
            self.assertEqual(len(problems), 1)
            self.assertTrue(problems[0].startswith("2:12:"), problems[0])

    def test_writes_then_checks_clean(self) -> None:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            (root / "Corpora" / "reviews").mkdir(parents=True)
            (root / "Corpora" / "reviews" / "x.txt").write_text("It is good.")
            marked = root / "x.txt"
            marked.write_text("⟪evaluation⟫It is {{good|positive|score=0.5;aspect=film}}.")
            problems, row = tool.process(marked, root, check=True)
            self.assertTrue(any("missing or out of date" in p for p in problems))
            problems, row = tool.process(marked, root, check=False)
            self.assertEqual(problems, [])
            self.assertEqual(row, [1, 0, 0, 1, 1, 0, 0, 0])
            problems, _ = tool.process(marked, root, check=True)
            self.assertEqual(problems, [])
            document = json.loads((root / "Corpora/gold/evaluations/x.json").read_text())
            evaluation = document["layers"]["evaluations"][0]
            self.assertEqual(document["text"][evaluation["start"]:evaluation["end"]], "good")
            self.assertEqual(evaluation["features"],
                             {"polarity": "positive", "score": 0.5, "aspect": "film"})


if __name__ == "__main__":
    unittest.main()
