"""Shared fixtures: real knowledge files, the real domain, and rasa_sdk trackers."""

from functools import lru_cache
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


_MESSAGE_KEYS = {
    "text",
    "buttons",
    "image",
    "elements",
    "quick_replies",
    "custom",
    "response",
    "attachment",
    "json_message",
}


@lru_cache(maxsize=1)
def _domain_file() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def _domain_responses() -> Dict[str, Any]:
    return _domain_file()["responses"]


def render(message: Dict[str, Any]) -> str:
    """A message as the user reads it: a domain response filled with its values, or text."""
    name = message.get("response")
    if not name:
        return message.get("text") or ""
    values = {key: value for key, value in message.items() if key not in _MESSAGE_KEYS}
    # Slots that responses name ({hr_contact}) as a new conversation has them: generic wording.
    slots = _domain_file()["slots"]
    defaults = {slot: spec["initial_value"] for slot, spec in slots.items() if spec.get("initial_value") is not None}
    return _domain_responses()[name][0]["text"].format(**{**defaults, **values})


def texts(dispatcher: CollectingDispatcher) -> str:
    """Everything the bot would say, with button titles in brackets."""
    parts = []
    domain_buttons = _domain_responses()
    for message in dispatcher.messages:
        parts.append(render(message))
        buttons = list(message.get("buttons") or [])
        if message.get("response"):
            buttons = domain_buttons[message["response"]][0].get("buttons", []) + buttons
        parts.extend(f"[{button['title']}]" for button in buttons)
    return "\n".join(parts)


def responses(dispatcher: CollectingDispatcher) -> List[str]:
    """What was said, by name: a domain response, or "text" for knowledge content."""
    return [message.get("response") or "text" for message in dispatcher.messages]
