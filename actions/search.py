"""Free-text search over the knowledge items: TF-IDF on Dutch lemmas and character n-grams.

Lemmas come from the project's own Dutch spaCy pipeline, so "zorgt" finds "zorgen";
character n-grams within words catch compounds ("preventietool") and typos.
"""
from functools import lru_cache
from typing import List, Optional, Tuple

import spacy
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel
from spacy.lang.nl.stop_words import STOP_WORDS

from actions.content import knowledge_base
from actions.knowledge.schema import Item

SPACY_MODEL = "nl_werkstress_sm"
# Below this a match is more likely noise than an answer (tuned on tests/search_questions.yml).
MIN_SCORE = 0.12
LINK_MIN_SCORE = 0.2
# Words of the question itself, not of its subject.
QUESTION_WORDS = STOP_WORDS | {
    "link", "links", "website", "site", "pagina", "vinden", "staan", "weten", "betekenen",
    "houden", "info", "informatie", "graag", "vraag", "uitleg", "precies", "eigenlijk",
}


@lru_cache(maxsize=1)
def _nlp():
    return spacy.load(SPACY_MODEL, disable=["parser", "ner"])


def lemmas(text: str) -> str:
    doc = _nlp()(text.lower())
    words = [
        (token.lemma_ or token.text).lower()
        for token in doc
        if not token.is_punct and not token.is_space
    ]
    return " ".join(word for word in words if word not in QUESTION_WORDS)


def _document(item: Item) -> str:
    parts = [item.title, item.title, item.subtopic, item.text, *item.points, *item.keywords, *item.keywords]
    return " ".join(parts)


class Index:
    def __init__(self, items: List[Item]):
        self.items = items
        documents = [lemmas(_document(item)) for item in items]
        self.words = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w[\w&-]*\b")
        self.chars = TfidfVectorizer(sublinear_tf=True, analyzer="char_wb", ngram_range=(3, 5))
        self.word_matrix = self.words.fit_transform(documents)
        self.char_matrix = self.chars.fit_transform(documents)

    def rank(self, query: str) -> List[Tuple[Item, float]]:
        query_lemmas = lemmas(query)
        if not query_lemmas.strip():
            return []
        word_scores = linear_kernel(self.words.transform([query_lemmas]), self.word_matrix)[0]
        char_scores = linear_kernel(self.chars.transform([query_lemmas]), self.char_matrix)[0]
        scores = 0.6 * word_scores + 0.4 * char_scores
        order = scores.argsort()[::-1]
        return [(self.items[i], float(scores[i])) for i in order]


@lru_cache(maxsize=1)
def full_index() -> Index:
    return Index(list(knowledge_base().items.values()))


@lru_cache(maxsize=1)
def link_index() -> Index:
    return Index(knowledge_base().find(kind="link"))


def search(query: str, limit: int = 3, min_score: float = MIN_SCORE) -> List[Tuple[Item, float]]:
    """The best items for a question, best first; empty when nothing scores above min_score."""
    return [(item, score) for item, score in full_index().rank(query)[:limit] if score >= min_score]


def best_match(query: str) -> Optional[Item]:
    results = search(query, limit=1)
    return results[0][0] if results else None


def search_links(query: str) -> List[Item]:
    """The link a message names ("waar vind ik de MKB preventietool?"), if any."""
    ranked = link_index().rank(query)
    return [ranked[0][0]] if ranked and ranked[0][1] >= LINK_MIN_SCORE else []
