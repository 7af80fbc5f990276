"""Retrieval on realistic questions that are not copied from the brochure.

Three question sets, each written by a helper that never saw the search code:
- tests/search_questions.yml was used while developing the ranker (its figures are optimistic);
- tests/search_questions_holdout.yml was written later; one change (figures only when numbers
  are asked) was chosen after seeing its misses, so it is no longer clean;
- tests/search_questions_fresh.yml was written last and measured once, after all changes.

Each is measured twice: the free-text ranker alone, and the ranker as the bot uses it, with
what the trained NLU model understood (intent, entities) as a prior. The floors guard
against regressions; the figures are printed for the closing notes.
"""

import asyncio

import pytest
import yaml

from actions.search import Prior, prior_from_parse, search
from conftest import ROOT

MODEL = ROOT / "models" / "werkstress.tar.gz"
# (file, free-text floor, floor with the NLU prior). The fresh set carries the target of
# issue 3: top-1 ≥ 90 % for retrieval as the bot does it.
QUESTION_SETS = {
    "development": ("search_questions.yml", 0.84, 0.85),
    # Once held-out; its misses are printed on every run and it was used to choose
    # MIN_PRIOR_CONFIDENCE, so it is development data now. With the NLU prior: 0.88 at first,
    # 0.82 after the intents of issues 7 and 12, 0.88 again with the prior used only when sure.
    "development-2": ("search_questions_holdout.yml", 0.85, 0.88),
    "fresh": ("search_questions_fresh.yml", 0.85, 0.90),
}


def load(name):
    path = ROOT / "tests" / QUESTION_SETS[name][0]
    return yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]


def score(questions, priors):
    top1 = top3 = 0
    misses = []
    for question, prior in zip(questions, priors):
        good = {question["expected"], *question.get("also_ok", [])}
        found = [item.id for item, _ in search(question["question"], prior, limit=3)]
        if found and found[0] in good:
            top1 += 1
        else:
            misses.append((question["question"], question["expected"], found[:1]))
        top3 += bool(good & set(found))
    return top1 / len(questions), top3 / len(questions), misses


def report(label, questions, top1, top3, misses):
    print(f"\n{label}: {len(questions)} questions, top-1 {top1:.1%}, top-3 {top3:.1%}")
    for miss in misses:
        print("  miss:", miss)


@pytest.fixture(scope="module")
def nlu():
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))

    def parse_all(questions):
        async def run():
            return [await agent.parse_message(q["question"]) for q in questions]

        return asyncio.run(run())

    return parse_all


@pytest.mark.parametrize("name", QUESTION_SETS)
def test_question_set_is_large_and_varied(name):
    questions = load(name)
    assert len(questions) >= 40
    assert len({q["expected"] for q in questions}) >= 30


@pytest.mark.parametrize("name", QUESTION_SETS)
def test_free_text_ranking(name):
    questions = load(name)
    top1, top3, misses = score(questions, [Prior()] * len(questions))
    report(f"{name}, free text only", questions, top1, top3, misses)
    assert top1 >= QUESTION_SETS[name][1]


@pytest.mark.model
@pytest.mark.parametrize("name", QUESTION_SETS)
def test_ranking_with_the_nlu_prior(name, nlu):
    questions = load(name)
    priors = [prior_from_parse(parse) for parse in nlu(questions)]
    top1, top3, misses = score(questions, priors)
    report(f"{name}, with the NLU prior", questions, top1, top3, misses)
    assert top1 >= QUESTION_SETS[name][2]


@pytest.mark.parametrize("nonsense", ["qwxz plof brrr", "wat wordt het weer morgen in Parijs", "asdfgh", "!!!"])
def test_no_answer_rather_than_a_poor_match(nonsense):
    assert search(nonsense) == []


def test_figures_only_when_numbers_are_asked():
    question = "moeten medewerkers eerst kunnen oefenen met ai voordat ze het echt moeten gebruiken"
    assert search(question, limit=1)[0][0].id == "ai.actie.experimenteren"
    assert search("hoeveel procent van de bedrijven gebruikt al ai", limit=1)[0][0].id == "ai.cijfers"
