"""The domain, the registry, the knowledge schema and the code agree on names."""

import re
from pathlib import Path

from actions.knowledge.schema import Theme
from actions.registry import CONVERSATION_THEMES, KNOWLEDGE_THEMES, LEAVE_TYPES, ROLES

ROOT = Path(__file__).resolve().parents[1]


def test_slot_values_come_from_the_registry(domain):
    slots = domain["slots"]
    assert slots["theme"]["values"] == list(CONVERSATION_THEMES)
    assert slots["leave_type"]["values"] == list(LEAVE_TYPES)
    assert slots["role"]["values"] == list(ROLES)


def test_schema_themes_are_the_registry_themes():
    assert [theme.value for theme in Theme] == list(KNOWLEDGE_THEMES)


def test_every_theme_has_its_acknowledgement_and_intake_question(domain):
    for theme in CONVERSATION_THEMES:
        assert f"utter_ack_{theme}" in domain["responses"]
        assert f"utter_ask_subtopic_{theme}" in domain["responses"]


def test_theme_and_leave_intents_exist(domain):
    intents = set(domain["intents"])
    assert {theme.intent for theme in CONVERSATION_THEMES.values()} <= intents
    assert set(LEAVE_TYPES.values()) <= intents


def test_every_response_the_code_names_exists(domain):
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for folder in ("actions", "safety", "channels")
        for p in (ROOT / folder).rglob("*.py")
    )
    # "utter_action" is the key under which Rasa records which response a bot event was.
    named = set(re.findall(r"\"(utter_\w+)\"", code)) - {"utter_action"}
    assert named, "no response names found in the code"
    missing = sorted(named - set(domain["responses"]))
    assert not missing, missing


def test_no_fixed_sentences_file_is_left():
    assert not (ROOT / "knowledge" / "phrases.yml").exists()


def test_topic_buttons_and_suggestions_use_the_registry_labels(domain):
    from actions.fallback import SUGGESTION_LABELS

    buttons = {b["payload"].lstrip("/"): b["title"] for b in domain["responses"]["utter_greet"][0]["buttons"]}
    for theme in CONVERSATION_THEMES.values():
        assert buttons[theme.intent] == theme.label
        assert SUGGESTION_LABELS[theme.intent] == theme.label


def test_knowledge_items_named_in_the_routing_exist():
    from actions.content import knowledge_base
    from actions.routing import EMPLOYER_DUTY_ITEM, OPEN_CONSULTATION_ITEM

    assert "Arbowet" in knowledge_base().get(EMPLOYER_DUTY_ITEM).text
    assert "open spreekuur" in knowledge_base().get(OPEN_CONSULTATION_ITEM).text


def test_the_reasons_items_are_background_items_of_their_trend():
    from actions.content import knowledge_base
    from actions.registry import REASONS_ITEMS, TREND_THEMES

    for theme, item_id in REASONS_ITEMS.items():
        item = knowledge_base().items[item_id]
        assert theme in TREND_THEMES and item.theme.value == theme and item.kind.value == "context"
