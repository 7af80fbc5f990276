"""Leave and flexible-work regulations, with entitlements computed for the user's hours."""

from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import entity_value, item_message, knowledge_base, latest_text, say, utter_source
from actions.hours import entitled_hours, format_hours, parse_weekly_hours, valid_weekly_hours
from actions.knowledge.schema import Item

# Asked about "zorgverlof" without saying which: both kinds have an entitlement in hours.
CARE_LEAVE_TYPES = ("kortdurend_zorgverlof", "langdurend_zorgverlof")


def regulation(leave_type: str) -> Optional[Item]:
    matches = knowledge_base().find(theme="regelingen", kind="regulation", subtopic=leave_type)
    return matches[0] if matches else None


def regulations_for(leave_type: Optional[str]) -> List[Item]:
    kinds = [leave_type] if leave_type else list(CARE_LEAVE_TYPES)
    return [item for item in map(regulation, kinds) if item is not None]


def hours_from_message(tracker: Tracker) -> Optional[float]:
    value = entity_value(tracker, "hours")
    hours = parse_weekly_hours(str(value)) if value is not None else None
    return hours if hours is not None else parse_weekly_hours(latest_text(tracker))


def utter_entitlement(dispatcher: CollectingDispatcher, item: Item, hours: float) -> None:
    entitlement = item.entitlement
    say(
        dispatcher,
        "leave_computed",
        hours=format_hours(hours),
        leave_hours=format_hours(entitled_hours(hours, entitlement.weeks_of_hours)),
        leave_name=item.title.lower(),
        weeks=format_hours(entitlement.weeks_of_hours),
        pay_rule=entitlement.pay_rule,
    )


class ActionAnswerRegulation(Action):
    """What a regulation says; with the user's hours, how much leave that is."""

    def name(self) -> Text:
        return "action_answer_regulation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        items = regulations_for(tracker.get_slot("leave_type"))
        if not items:
            say(dispatcher, "search_no_result")
            return []
        hours = hours_from_message(tracker)
        if not valid_weekly_hours(hours):
            hours = tracker.get_slot("hours")
        for item in items:
            dispatcher.utter_message(text=item_message(item))
            if item.entitlement and valid_weekly_hours(hours):
                utter_entitlement(dispatcher, item, hours)
        # The regulation texts themselves end with the advice to check the cao.
        utter_source(dispatcher, items[-1])
        events: List[EventType] = [SlotSet("last_item", items[-1].id)]
        if valid_weekly_hours(hours):
            events.append(SlotSet("hours", hours))
        elif any(item.entitlement for item in items):
            say(dispatcher, "ask_hours")
        return events


class ActionComputeLeave(Action):
    """Leave per 12 months for the weekly hours the user just gave."""

    def name(self) -> Text:
        return "action_compute_leave"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        hours = hours_from_message(tracker)
        if not valid_weekly_hours(hours):
            say(dispatcher, "hours_invalid")
            return []
        leave_type = tracker.get_slot("leave_type")
        items = [item for item in regulations_for(leave_type) if item.entitlement]
        if not items:
            items = [item for item in regulations_for(None) if item.entitlement]
        for item in items:
            utter_entitlement(dispatcher, item, hours)
        utter_source(dispatcher, items[-1])
        say(dispatcher, "check_cao")
        return [SlotSet("hours", hours), SlotSet("last_item", items[-1].id)]


class ActionAnswerLeaveAspect(Action):
    """May the employer refuse it, and is it paid."""

    def name(self) -> Text:
        return "action_answer_leave_aspect"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        leave_type = entity_value(tracker, "leave_type") or tracker.get_slot("leave_type")
        items = regulations_for(leave_type)
        if not items:
            say(dispatcher, "search_no_result")
            return []
        for item in items:
            if intent == "leave_refuse" and item.refusal:
                answer = item.refusal
            elif intent == "leave_paid" and item.entitlement:
                answer = item.entitlement.pay_rule
            else:
                answer = item.text.strip()
            dispatcher.utter_message(text=f"{item.title}: {answer}")
        utter_source(dispatcher, items[-1])
        say(dispatcher, "check_cao")
        return [SlotSet("last_item", items[-1].id), SlotSet("leave_type", leave_type)]
