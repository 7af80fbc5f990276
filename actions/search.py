"""Free-text search over the knowledge items: TF-IDF on Dutch lemmas and character n-grams.

Lemmas come from the project's own Dutch spaCy pipeline, so "zorgt" finds "zorgen";
character n-grams within words catch compounds ("preventietool") and typos.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
import spacy
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel
from spacy.lang.nl.stop_words import STOP_WORDS

from actions.content import knowledge_base, known_theme
from actions.knowledge.schema import Item
from actions.registry import INTENT_LEAVE_TYPES, INTENT_THEMES, LEAVE_TYPES

SPACY_MODEL = "nl_werkstress_sm"
# How much an item gains for each field it shares with what the NLU understood.
PRIOR_BOOST = 0.15
# The NLU's intent steers the search only when it is sure: a guessed theme did more harm than
# good (chosen on the two development question sets; the fresh set was not used to choose).
MIN_PRIOR_CONFIDENCE = 0.7
# Below this a match is more likely noise than an answer.
MIN_SCORE = 0.12
WORD_WEIGHT = 0.6
BEST_ENTRIES = 2
FIGURES_PENALTY = 0.1
NUMBER_WORDS = {"hoeveel", "procent", "percentage", "percentages", "cijfer", "cijfers", "aantal", "getal", "getallen"}
# Words that ask for the figures themselves ("hoeveel" may ask for hours of leave).
FIGURES_WORDS = {"cijfers", "cijfer", "procent", "percentage", "percentages", "getallen", "statistiek", "statistieken"}
LINK_MIN_SCORE = 0.2
# Words of the question itself, not of its subject.
QUESTION_WORDS = STOP_WORDS | {
    "link",
    "links",
    "website",
    "site",
    "pagina",
    "vinden",
    "staan",
    "weten",
    "betekenen",
    "houden",
    "info",
    "informatie",
    "graag",
    "vraag",
    "uitleg",
    "precies",
    "eigenlijk",
}


@lru_cache(maxsize=1)
def _nlp():
    return spacy.load(SPACY_MODEL, disable=["parser", "ner"])


def _lemma_string(doc) -> str:
    words = [(token.lemma_ or token.text).lower() for token in doc if not token.is_punct and not token.is_space]
    return " ".join(word for word in words if word not in QUESTION_WORDS)


def lemmas(text: str) -> str:
    return _lemma_string(_nlp()(text.lower()))


def lemmas_of(texts: List[str]) -> List[str]:
    return [_lemma_string(doc) for doc in _nlp().pipe(text.lower() for text in texts)]


def _document(item: Item) -> str:
    parts = [item.title, item.title, item.subtopic, item.text, *item.points, *item.keywords, *item.keywords]
    return " ".join(parts)


def asks_for_numbers(text: str) -> bool:
    return bool(NUMBER_WORDS & set(re.findall(r"\w+", text.lower())))


@dataclass(frozen=True)
class Prior:
    """What the NLU understood of a question, as knowledge fields: theme, kind, subtopic."""

    theme: Optional[str] = None
    kind: Optional[str] = None
    subtopic: Optional[str] = None

    def matches(self, item: Item) -> int:
        return (
            (self.theme is not None and item.theme.value == self.theme)
            + (self.kind is not None and item.kind.value == self.kind)
            + (self.subtopic is not None and item.subtopic == self.subtopic)
        )


_LEAVE_TYPES = tuple(LEAVE_TYPES)
INTENT_PRIORS: Dict[str, Prior] = {
    **{intent: Prior(theme=theme) for intent, theme in INTENT_THEMES.items()},
    "ask_figures": Prior(kind="figures"),
    "ask_links": Prior(kind="link"),
    "ask_explain": Prior(kind="definition"),
    "leave_refuse": Prior(theme="regelingen"),
    "leave_paid": Prior(theme="regelingen"),
    "ask_how_to_apply": Prior(theme="regelingen"),
    "ask_relation": Prior(theme="regelingen"),
    **{intent: Prior(theme="regelingen", subtopic=leave_type) for intent, leave_type in INTENT_LEAVE_TYPES.items()},
}


def prior_from_parse(parse: Dict[str, Any]) -> Prior:
    """The prior for a Rasa parse result (intent, intent_ranking, entities)."""
    ranking = [r for r in parse.get("intent_ranking") or [parse.get("intent") or {}] if r.get("name") != "nlu_fallback"]
    best = ranking[0] if ranking else {}
    prior = (
        INTENT_PRIORS.get(best.get("name"), Prior()) if best.get("confidence", 0) >= MIN_PRIOR_CONFIDENCE else Prior()
    )
    entities = {e.get("entity"): e.get("value") for e in parse.get("entities") or []}
    # A situation intent is the model's judgement of the whole message; a theme word in it
    # ("werkdruk" in a message about older staff) is weaker evidence. Unknown values are noise.
    theme = prior.theme or known_theme(entities.get("theme"))
    subtopic = entities.get("leave_type") if entities.get("leave_type") in _LEAVE_TYPES else prior.subtopic
    if subtopic and not theme:
        theme = "regelingen"
    return Prior(theme=theme, kind=prior.kind, subtopic=subtopic)


class Index:
    """One entry per item (its text) and one per example question."""

    def __init__(self, items: List[Item]):
        self.items = items
        texts, owners = [], []
        for position, item in enumerate(items):
            for text in [_document(item), *item.questions]:
                texts.append(text)
                owners.append(position)
        entries = lemmas_of(texts)
        owners = np.array(owners)
        self.is_figures = np.array([item.kind.value == "figures" for item in items])
        self.groups = [np.flatnonzero(owners == position) for position in range(len(items))]
        self.words = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w[\w&-]*\b")
        self.chars = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5))
        self.word_matrix = self.words.fit_transform(entries)
        self.char_matrix = self.chars.fit_transform(entries)

    def rank(self, query: str, prior: Prior = Prior()) -> List[Tuple[Item, float]]:
        query_lemmas = lemmas(query)
        if not query_lemmas.strip():
            return []
        word_scores = linear_kernel(self.words.transform([query_lemmas]), self.word_matrix)[0]
        char_scores = linear_kernel(self.chars.transform([query_lemmas]), self.char_matrix)[0]
        entry_scores = WORD_WEIGHT * word_scores + (1 - WORD_WEIGHT) * char_scores
        # An item scores as the mean of its two best entries: one lucky match counts for less.
        scores = np.array([np.sort(entry_scores[group])[-BEST_ENTRIES:].mean() for group in self.groups])
        # The boost only reorders items the words already found: no text match, no answer.
        boosts = np.array([PRIOR_BOOST * prior.matches(item) for item in self.items]) * (scores > 0)
        scores = scores + boosts
        # Figures items list every action with its percentage, so they match questions about
        # the actions too; they are the answer only when someone asks for numbers.
        if not (prior.kind == "figures" or asks_for_numbers(query)):
            scores = scores - FIGURES_PENALTY * self.is_figures
        elif FIGURES_WORDS & set(re.findall(r"\w+", query.lower())):
            # "Wat zeggen de cijfers?" asks for the figures themselves, not for an advice that
            # happens to share more words with the rest of the message.
            scores = scores + FIGURES_PENALTY * self.is_figures
        order = scores.argsort()[::-1]
        return [(self.items[i], float(scores[i])) for i in order]


@lru_cache(maxsize=1)
def full_index() -> Index:
    return Index(list(knowledge_base().items.values()))


@lru_cache(maxsize=1)
def link_index() -> Index:
    return Index(knowledge_base().find(kind="link"))


def search(
    query: str, prior: Prior = Prior(), limit: int = 3, min_score: float = MIN_SCORE
) -> List[Tuple[Item, float]]:
    """The best items for a question, best first; empty when nothing scores above min_score."""
    return [(item, score) for item, score in full_index().rank(query, prior)[:limit] if score >= min_score]


# Up to this many words a question that names no theme counts as a follow-up in the conversation's
# theme (chosen on the development conversations).
FOLLOW_UP_WORDS = 10
# An item written for the reader's side wins over a slightly better one written for the other.
AUDIENCE_MARGIN = 0.8


def best_match(
    query: str,
    parse: Optional[Dict[str, Any]] = None,
    context: Optional[Prior] = None,
    audience: Optional[str] = None,
    named_theme: Optional[str] = None,
    last_item_id: Optional[str] = None,
) -> Optional[Item]:
    """The best item for a question; where the NLU gives no direction, the conversation's does.

    A theme the question names outright wins over the NLU's guess, and a short follow-up ("is
    dat positief of negatief?") stays with the last answer when that scores nearly as well."""
    prior = prior_from_parse(parse or {})
    if named_theme and prior.theme != named_theme:
        prior = Prior(theme=named_theme, kind=prior.kind)
    elif (
        context is not None
        and context.theme
        and prior.theme != context.theme
        and (prior.theme is None or len(query.split()) <= FOLLOW_UP_WORDS)
    ):
        # A short follow-up that names no theme ("wat kan ik als leidinggevende concreet doen?")
        # stays in the conversation's theme: the NLU's guess of another theme, from a few
        # general words, is weaker evidence than what the conversation is about.
        prior = Prior(theme=context.theme, kind=prior.kind, subtopic=context.subtopic)
    # A short follow-up ("en de kansen?") has few words to match; within the conversation's
    # theme a weaker match is still the better answer than "weet ik niet".
    short_follow_up = context is not None and context.theme and len(query.split()) <= 5
    results = search(query, prior, limit=3, min_score=MIN_SCORE / 2 if short_follow_up else MIN_SCORE)
    if not results:
        return None
    top_score = results[0][1]
    if last_item_id and len(query.split()) <= 10:
        for item, score in results:
            if item.id == last_item_id and score >= AUDIENCE_MARGIN * top_score:
                return item
    if context is not None and context.theme and results[0][0].theme.value != context.theme:
        for item, score in results:
            if item.theme.value == context.theme and score >= AUDIENCE_MARGIN * top_score:
                return item
    if audience:
        for item, score in results:
            if audience in {a.value for a in item.audience} and score >= AUDIENCE_MARGIN * top_score:
                return item
    return results[0][0]


def links_for_audience(query: str) -> List[Item]:
    """ "Is er iets speciaal voor het mkb?": the best link whose keywords name that audience."""
    named = re.search(r"\bvoor (?:het |de |mijn |ons |onze |een )?([a-z][\w-]{2,})", query.lower())
    if not named:
        return []
    stem = named.group(1)[:5]
    ranked = link_index().rank(query)
    for item, score in ranked:
        if score > 0 and any(stem in keyword.lower() for keyword in item.keywords):
            return [item]
    return []


def search_links(query: str) -> List[Item]:
    """The link a message names ("waar vind ik de MKB preventietool?"), if any."""
    ranked = link_index().rank(query)
    return [ranked[0][0]] if ranked and ranked[0][1] >= LINK_MIN_SCORE else []
