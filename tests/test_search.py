"""Free-text search on realistic questions that are not copied from the brochure."""
import pytest
import yaml

from actions.search import search
from conftest import ROOT

QUESTIONS = yaml.safe_load((ROOT / "tests" / "search_questions.yml").read_text(encoding="utf-8"))["questions"]
TARGET_TOP1 = 0.90


def test_search_top1_and_top3():
    top1 = top3 = 0
    misses = []
    for question in QUESTIONS:
        good = {question["expected"], *question.get("also_ok", [])}
        found = [item.id for item, _ in search(question["question"], limit=3)]
        if found and found[0] in good:
            top1 += 1
        else:
            misses.append((question["question"], question["expected"], found[:1]))
        if good & set(found):
            top3 += 1
    n = len(QUESTIONS)
    print(f"\nsearch questions: {n}, top-1 {top1 / n:.1%}, top-3 {top3 / n:.1%}")
    for miss in misses:
        print("  miss:", miss)
    assert n >= 40
    assert top1 / n >= TARGET_TOP1


@pytest.mark.parametrize("nonsense", ["qwxz plof brrr", "wat wordt het weer morgen in Parijs", "asdfgh", "!!!"])
def test_no_answer_rather_than_a_poor_match(nonsense):
    assert search(nonsense) == []
