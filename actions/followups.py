"""Follow-up questions about the current topic: more, links, figures, source."""

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import (
    TREND_THEMES,
    entity_value,
    item_message,
    knowledge_base,
    known_theme,
    latest_text,
    points_message,
    say,
    utter_links,
    utter_source,
)
from actions.knowledge.schema import Item
from actions.search import search_links


def current_item(tracker: Tracker) -> Optional[Item]:
    item_id = tracker.get_slot("last_item")
    return knowledge_base().items.get(item_id) if item_id else None


def current_theme(tracker: Tracker) -> Optional[str]:
    """A theme named in this message wins over the one of the conversation so far."""
    return known_theme(entity_value(tracker, "theme")) or known_theme(tracker.get_slot("theme"))


class ActionGiveMore(Action):
    def name(self) -> Text:
        return "action_give_more"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        item = current_item(tracker)
        if item is None:
            say(dispatcher, "no_topic_yet")
            return []
        if not item.points:
            say(dispatcher, "no_more")
            return []
        dispatcher.utter_message(text=points_message(item))
        say(dispatcher, "advice_followup")
        return []


class ActionGiveLinks(Action):
    def name(self) -> Text:
        return "action_give_links"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        knowledge = knowledge_base()
        item = current_item(tracker)
        named_theme = known_theme(entity_value(tracker, "theme"))
        theme = current_theme(tracker)
        # A named resource ("waar vind ik de Participatieve Aanpak?") goes first, then the
        # links of the current answer unless the message names a theme, then the theme's.
        links = search_links(latest_text(tracker))
        if not links and item is not None and not named_theme:
            links = knowledge.links_of([item])
        if not links and theme:
            links = knowledge.links_of(knowledge.find(theme=theme))
        if not links:
            say(dispatcher, "no_links")
            return []
        say(dispatcher, "links_intro")
        utter_links(dispatcher, links)
        return []


class ActionGiveFigures(Action):
    def name(self) -> Text:
        return "action_give_figures"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        theme = current_theme(tracker)
        knowledge = knowledge_base()
        figures = knowledge.find(theme=theme, kind="figures") if theme else []
        if not figures:
            figures = knowledge.find(theme="algemeen", kind="figures")
        if not figures:
            say(dispatcher, "no_topic_yet")
            return []
        say(dispatcher, "figures_intro")
        for item in figures:
            body = item_message(item)
            if item.points:
                body += "\n" + points_message(item)
            dispatcher.utter_message(text=body)
        utter_source(dispatcher, figures[0])
        events: List[EventType] = [SlotSet("last_item", figures[0].id)]
        if theme in TREND_THEMES:
            events.append(SlotSet("theme", theme))
        return events


class ActionGiveSource(Action):
    def name(self) -> Text:
        return "action_give_source"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        item = current_item(tracker)
        if item is None:
            say(dispatcher, "no_source_yet")
        else:
            utter_source(dispatcher, item)
        return []
