"""Retrieval on realistic questions that are not copied from the brochure (tests/search_questions.yml).

Two measurements: the free-text ranker alone, and the ranker as the bot uses it, with what
the trained NLU model understood of the question (intent, entities) as a prior. The
floors below guard against regressions; the figures are printed for the closing notes.
"""

import asyncio

import pytest
import yaml

from actions.search import Prior, prior_from_parse, search
from conftest import ROOT

QUESTIONS = yaml.safe_load((ROOT / "tests" / "search_questions.yml").read_text(encoding="utf-8"))["questions"]
MODEL = ROOT / "models" / "werkstress.tar.gz"
FREE_TEXT_FLOOR = 0.80
WITH_NLU_FLOOR = 0.82


def score(priors):
    top1 = top3 = 0
    misses = []
    for question, prior in zip(QUESTIONS, priors):
        good = {question["expected"], *question.get("also_ok", [])}
        found = [item.id for item, _ in search(question["question"], prior, limit=3)]
        if found and found[0] in good:
            top1 += 1
        else:
            misses.append((question["question"], question["expected"], found[:1]))
        top3 += bool(good & set(found))
    return top1 / len(QUESTIONS), top3 / len(QUESTIONS), misses


def report(label, top1, top3, misses):
    print(f"\n{label}: {len(QUESTIONS)} questions, top-1 {top1:.1%}, top-3 {top3:.1%}")
    for miss in misses:
        print("  miss:", miss)


def test_question_set_is_large_and_varied():
    assert len(QUESTIONS) >= 40
    assert len({q["expected"] for q in QUESTIONS}) >= 30


def test_free_text_ranking():
    top1, top3, misses = score([Prior()] * len(QUESTIONS))
    report("free text only", top1, top3, misses)
    assert top1 >= FREE_TEXT_FLOOR


@pytest.mark.model
def test_ranking_with_the_nlu_prior():
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))

    async def parse_all():
        return [await agent.parse_message(q["question"]) for q in QUESTIONS]

    priors = [prior_from_parse(parse) for parse in asyncio.run(parse_all())]
    top1, top3, misses = score(priors)
    report("with the NLU prior", top1, top3, misses)
    assert top1 >= WITH_NLU_FLOOR


@pytest.mark.parametrize("nonsense", ["qwxz plof brrr", "wat wordt het weer morgen in Parijs", "asdfgh", "!!!"])
def test_no_answer_rather_than_a_poor_match(nonsense):
    assert search(nonsense) == []
