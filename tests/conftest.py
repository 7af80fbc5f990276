"""Shared fixtures: real knowledge files, the real domain, and rasa_sdk trackers."""

import re
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

ROOT = Path(__file__).resolve().parents[1]
BROCHURE = ROOT / "sources" / "werkstress-brochure.txt"
CHECKED_FACTS = ROOT / "sources" / "regelingen-en-verwijzingen.md"


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    entities: Optional[List[Dict[str, Any]]] = None,
    slots: Optional[Dict[str, Any]] = None,
    intent_ranking: Optional[List[Dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0} if intent else {},
        "entities": entities or [],
        "intent_ranking": intent_ranking or [],
    }
    return Tracker(
        sender_id="test-user",
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def texts(dispatcher: CollectingDispatcher) -> str:
    """Everything the bot would say, with named responses as '<utter_name>'."""
    parts = []
    for message in dispatcher.messages:
        parts.append(message.get("text") or f"<{message.get('response')}>")
        parts.extend(f"[{button['title']}]" for button in message.get("buttons") or [])
    return "\n".join(parts)


def _phrase_patterns():
    from actions.content import knowledge_base

    patterns = {}
    for name, phrase in knowledge_base().phrases.items():
        parts = re.split(r"\{[a-z_]+\}", phrase.text)
        patterns[name] = re.compile("(?s)" + ".*".join(re.escape(part) for part in parts))
    return patterns


def responses(dispatcher: CollectingDispatcher) -> List[str]:
    """What was said, by name: a domain response, or a phrase of knowledge/phrases.yml."""
    patterns = _phrase_patterns()
    names = []
    for message in dispatcher.messages:
        if message.get("response"):
            names.append(message["response"])
            continue
        text = message.get("text") or ""
        names.append(next((name for name, pattern in patterns.items() if pattern.fullmatch(text)), "text"))
    return names
