"""A small learned crisis classifier beside the patterns of `crisis_signals`.

Patterns are readable but only catch phrasings someone thought of; a classifier on character
and word n-grams also catches new wordings of the same signals. It is trained when first used
(a few seconds) on the development crisis sets in safety/data/ (crisis messages against
ordinary ones), on the NLU training examples of every intent except `distress`, and on the
ordinary user turns of the development conversations in tests/conversations_dev/ (long
manager stories and follow-ups as this bot really gets them). Measured on a development set left out of training, at the
threshold 0.7 it found 77-93 % of the crisis messages that the patterns of the other sets
missed, at 0.5-1.9 % false alarms (see safety/README.md); the threshold is now 0.45 (below).
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import List, Tuple

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline, make_union

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
NLU = ROOT / "data" / "nlu"
CONVERSATIONS = ROOT / "tests" / "conversations_dev"
# Conversations about a person in danger hold crisis turns; the other categories' turns are
# ordinary unless the writer expected the crisis answer (113) there.
CRISIS_CATEGORIES = ("crisis_zelf", "zorgen_om_ander")
# Chosen on the development sets only (scripts/choose_crisis_threshold.py, each set left out of
# training in turn, 2026-11-28): 0.45 gave 1.27 % false alarms (30/2367) against 0.25 % at 0.7;
# a miss can cost a life, a false alarm costs one serious answer, and the target is <= 2 %.
THRESHOLD = 0.45
# A message whose only signal is the word "zelfdoding" itself is subject talk (research, news, a
# campaign week) below 0.2. Chosen on the development data (2026-11-28): with each crisis set left
# out of training in turn, subject talk scored 0.002-0.42 and real signals with only the word at
# least 0.75; but a development conversation turn about one somber employee ("hoe bespreek je het
# onderwerp zelfdoding met een medewerker die erg somber is?") scores 0.23 and must get the
# answer for someone worried about another, so the bar stays below it. (Before: 0.1.)
SUBJECT_TALK_BELOW = 0.2
# Without a word of danger the classifier alone decides only when it is this sure. Chosen on the
# development sets (2026-11-28, sets 9-14 each left out of training in turn, a sixth of the
# development conversations with it): recall 691 -> 696 of 699, false alarms 27 -> 29 of 2885
# and 1 -> 2 of 3925 conversation turns.
WITHOUT_DANGER_WORDS = 0.9
_MARKUP = re.compile(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})")


def training_data() -> Tuple[List[str], List[int]]:
    texts: List[str] = []
    labels: List[int] = []
    for path in sorted(DATA.glob("crisis_dev_*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("self", "other"):
            texts += data["crisis"][kind]
            labels += [1] * len(data["crisis"][kind])
        texts += data["ordinary"]
        labels += [0] * len(data["ordinary"])
    for path in sorted(NLU.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu") or []:
            if not block.get("intent") or block["intent"] == "distress":
                continue
            for line in str(block.get("examples", "")).splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(_MARKUP.sub(r"\1", line[2:]))
                    labels.append(0)
    for text in ordinary_conversation_turns():
        texts.append(text)
        labels.append(0)
    return texts, labels


def ordinary_conversation_turns() -> List[str]:
    turns: List[str] = []
    for path in sorted(CONVERSATIONS.glob("*.yml")):
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8"))["conversations"]:
            if conversation.get("category") in CRISIS_CATEGORIES:
                continue
            for turn in conversation["turns"]:
                expected = " ".join(str(pattern) for pattern in turn.get("expect", []) + turn.get("expect_any", []))
                if "113" not in expected:
                    turns.append(turn["user"])
    return turns


@lru_cache(maxsize=1)
def classifier() -> Pipeline:
    from safety.crisis_signals import normalise

    texts, labels = training_data()
    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
    )
    model = make_pipeline(features, LogisticRegression(C=10, class_weight="balanced", max_iter=3000))
    return model.fit([normalise(text) for text in texts], labels)


def crisis_probability(normalised_text: str) -> float:
    return float(classifier().predict_proba([normalised_text])[0][1])
