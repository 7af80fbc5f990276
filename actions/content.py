"""Shared access to the knowledge base and the ways items are shown to users.

Every fixed sentence is a domain response (domain.yml); this module only fills them in and
sends knowledge items, which are content, not fixed sentences.
"""

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Set

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.knowledge import KnowledgeBase, load_knowledge_base
from actions.knowledge.schema import AdviceSource, BrochureSource, Item, Kind, WebSource
from actions.registry import CONVERSATION_THEMES

# Tests point this at a copy of the knowledge folder to check how bad files are reported.
KNOWLEDGE_DIR_ENV = "WERKSTRESS_KNOWLEDGE_DIR"


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    directory = os.environ.get(KNOWLEDGE_DIR_ENV)
    return load_knowledge_base(Path(directory)) if directory else load_knowledge_base()


def advice_items(theme: str, audience: Optional[str] = None) -> List[Item]:
    return [
        item
        for item in knowledge_base().find(theme=theme, kind="advice", audience=audience)
        if audience or item.subtopic != "medewerker"
    ]


def subtopics_of(theme: str) -> List[str]:
    return [item.subtopic for item in advice_items(theme)]


def sentences_of(item: Item) -> List[str]:
    """An item's text split into sentences, then its points: what follow-ups quote from."""
    return re.split(r"(?<=[.!?])\s+", item.text) + list(item.points)


def item_text(item: Item, employer: bool = False) -> str:
    """The item's text, worded for the employer's side where the item has such wording."""
    text = item.employer.text if employer and item.employer else item.text
    return text.strip()


def item_message(item: Item, with_title: bool = True, employer: bool = False, points: bool = False) -> str:
    """An item as a message: title, text, its address, and with `points` its points of attention."""
    text = item_text(item, employer)
    if item.url:
        text = f"{text} {item.url}"
    if points and item.points:
        text += "\n" + points_message(item)
    return f"{item.title}\n{text}" if with_title else text


def points_message(item: Item) -> str:
    return "\n".join(f"- {point}" for point in item.points)


def web_places(source: WebSource) -> List[str]:
    """Where a checked fact stands: its URLs, then the law article without a page."""
    return [str(url) for url in source.urls] + ([source.reference] if source.reference else [])


def utter_see_source(dispatcher: CollectingDispatcher, item: Optional[Item]) -> bool:
    """Points to the pages behind an item's checked facts; False when it has none."""
    if item is None or not isinstance(item.source, WebSource) or not item.source.urls:
        return False
    dispatcher.utter_message(response="utter_explain_see_source", urls=" ".join(map(str, item.source.urls)))
    return True


def source_line(item: Item) -> Dict[str, Any]:
    """The domain response (and its values) that names the item's source."""
    source = item.source
    if isinstance(source, BrochureSource):
        return {"response": "utter_source_brochure", "section": source.section}
    if isinstance(source, AdviceSource):
        return {"response": "utter_source_advice", "note": source.note}
    where = web_places(source)
    return {
        "response": "utter_source_web",
        "urls": ", ".join(where),
        "checked_on": source.checked_on.strftime("%d-%m-%Y"),
    }


def utter_source(dispatcher: CollectingDispatcher, item: Item) -> None:
    dispatcher.utter_message(**source_line(item))


def utter_sources(dispatcher: CollectingDispatcher, items: List[Item]) -> None:
    """One source line per distinct source, so two regulations show both."""
    seen = []
    for item in items:
        line = source_line(item)
        if line not in seen:
            seen.append(line)
            dispatcher.utter_message(**line)


def utter_links(dispatcher: CollectingDispatcher, links: List[Item]) -> None:
    """Links as text with bare URLs (every channel shows it) and as buttons that open the page."""
    lines = [f"- {link.title}: {link.text.strip()} {link.url}" for link in links]
    dispatcher.utter_message(
        text="\n".join(lines),
        buttons=[
            {"title": link.title, "url": str(link.url), "type": "web_url", "payload": str(link.url)} for link in links
        ],
    )


def shown(tracker: Tracker, *items: Item) -> List[EventType]:
    """Remembers what was shown: the last item for follow-ups, all of them for a summary."""
    # An item shown again moves to the end, so the last two say what the last answer was.
    ids = [i for i in tracker.get_slot("shown_items") or [] if i not in {item.id for item in items}]
    ids += [item.id for item in items]
    return [SlotSet("last_item", items[-1].id), SlotSet("shown_items", ids)] if items else []


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def user_texts(tracker: Tracker) -> List[str]:
    """Every message the user sent in this conversation, oldest first (the latest one included)."""
    return [event.get("text") or "" for event in tracker.events if event.get("event") == "user"]


def latest_intent(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def entity_value(tracker: Tracker, entity: str) -> Optional[Any]:
    return next(tracker.get_latest_entity_values(entity), None)


def known_theme(value: Any) -> Optional[str]:
    """The theme, if it is one the bot knows; the NLU may extract other words as a theme."""
    return value if value in CONVERSATION_THEMES else None


def current_item(tracker: Tracker) -> Optional[Item]:
    item_id = tracker.get_slot("last_item")
    return knowledge_base().items.get(item_id) if item_id else None


def intent_payload(intent: str, entities: Optional[Dict[str, str]] = None) -> str:
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, ensure_ascii=False)}"


def words(text: str) -> str:
    """Lower case with single spaces, for keyword look-ups."""
    return " " + re.sub(r"[^\w&]+", " ", text.lower()).strip() + " "


def word_stems(text: str, skip=frozenset()) -> Set[str]:
    """The first 5 letters of each word of 4 or more letters (not in `skip`): "werkgevers" → "werkg"."""
    return {word[:5] for word in re.findall(r"\w{4,}", (text or "").lower()) if word not in skip}


def is_link(item: Item) -> bool:
    return item.kind == Kind.link
