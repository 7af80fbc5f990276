"""Shared access to the knowledge base and the ways items are shown to users."""

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import KnowledgeBase, load_knowledge_base
from actions.knowledge.schema import BrochureSource, Item

# Tests point this at a copy of the knowledge folder to check how bad files are reported.
KNOWLEDGE_DIR_ENV = "WERKSTRESS_KNOWLEDGE_DIR"

TREND_THEMES = ("mantelzorg", "ai", "vergrijzing", "personeelstekorten")
THEMES = TREND_THEMES + ("psa",)
# The intents that describe a situation, and the theme each one stands for.
INTENT_THEMES = {
    "trend_mantelzorg": "mantelzorg",
    "trend_ai": "ai",
    "trend_vergrijzing": "vergrijzing",
    "trend_personeelstekorten": "personeelstekorten",
    "psa_werkdruk": "psa",
}
SKIP_SUBTOPIC = "alles"


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    directory = os.environ.get(KNOWLEDGE_DIR_ENV)
    return load_knowledge_base(Path(directory)) if directory else load_knowledge_base()


def advice_items(theme: str) -> List[Item]:
    return knowledge_base().find(theme=theme, kind="advice")


def subtopics_of(theme: str) -> List[str]:
    return [item.subtopic for item in advice_items(theme)]


def phrase_text(name: str, **values: Any) -> str:
    return knowledge_base().phrases[name].text.format(**values)


def say(
    dispatcher: CollectingDispatcher, name: str, buttons: Optional[List[Dict[str, str]]] = None, **values: Any
) -> None:
    """Sends the phrase `name` from knowledge/phrases.yml, filled with values."""
    own_buttons = [button.dict() for button in knowledge_base().phrases[name].buttons]
    dispatcher.utter_message(text=phrase_text(name, **values), buttons=(buttons or []) + own_buttons or None)


def item_message(item: Item, with_title: bool = True) -> str:
    text = item.text.strip()
    if item.url:
        text = f"{text} {item.url}"
    return f"{item.title}\n{text}" if with_title else text


def points_message(item: Item) -> str:
    return "\n".join(f"- {point}" for point in item.points)


def utter_source(dispatcher: CollectingDispatcher, item: Item) -> None:
    source = item.source
    if isinstance(source, BrochureSource):
        say(dispatcher, "source_brochure", section=source.section)
    else:
        where = [str(url) for url in source.urls] + ([source.reference] if source.reference else [])
        say(dispatcher, "source_web", urls=", ".join(where), checked_on=source.checked_on.strftime("%d-%m-%Y"))


def utter_links(dispatcher: CollectingDispatcher, links: List[Item]) -> None:
    """Links as text (every channel shows it) and as buttons that open the page."""
    lines = [f"- {link.title}: {link.text.strip()} {link.url}" for link in links]
    dispatcher.utter_message(
        text="\n".join(lines),
        buttons=[
            {"title": link.title, "url": str(link.url), "type": "web_url", "payload": str(link.url)} for link in links
        ],
    )


def latest_text(tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def entity_value(tracker, entity: str) -> Optional[Any]:
    return next(tracker.get_latest_entity_values(entity), None)


def known_theme(value: Any) -> Optional[str]:
    """The theme, if it is one the bot knows; the NLU may extract other words as a theme."""
    return value if value in THEMES else None


def intent_payload(intent: str, entities: Optional[Dict[str, str]] = None) -> str:
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}"
