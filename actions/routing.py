"""What a message plainly asks for, whatever the NLU made of it.

The NLU picks one intent; some messages carry a clearer signal in their words: a subject the
sources do not cover, a person having a hard time, weekly hours with a leave question, a
leave kind named outright, or the number the bot just asked for. The actions that handle
uncertain or broad intents check these first.
"""

import re
from typing import List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import current_item, latest_text
from actions.context import leave_named_in, not_covered, pending_question, personal_distress
from actions.hours import number_in, parse_weekly_hours

_ASKS_MEANING = re.compile(r"wat (?:betekent|bedoel|houdt|valt daar|is dat|wordt daarmee bedoeld)|betekenis", re.I)


def route_by_content(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, follow_up: bool = False
) -> Optional[List[EventType]]:
    """The answer to a message whose words say plainly what it is about, or None.

    With `follow_up`, a short question about the regulation just shown ("en hoe snel moet hij
    beslissen?") is answered from that regulation."""
    from actions.followups import ActionExplainTerm, definition_in
    from actions.regulations import ActionComputeLeave, answer_regulations, relevant_points

    text = latest_text(tracker)
    if text.startswith("/"):
        return None
    item = current_item(tracker)
    if _ASKS_MEANING.search(text) and (
        definition_in(text) or (item is not None and definition_in(" ".join([item.text, item.refusal or ""])))
    ):
        return ActionExplainTerm().run(dispatcher, tracker, domain)
    if not_covered(text):
        dispatcher.utter_message(response="utter_not_covered")
        return [SlotSet("pending", None)]
    if personal_distress(text):
        dispatcher.utter_message(response="utter_distress_help")
        return [SlotSet("pending", None)]
    asks_leave = leave_named_in(text) or "verlof" in text.lower()
    if parse_weekly_hours(text) is not None and asks_leave:
        return ActionComputeLeave().run(dispatcher, tracker, domain)
    if pending_question(tracker) == "hours" and number_in(text) is not None:
        return ActionComputeLeave().run(dispatcher, tracker, domain)
    if leave_named_in(text):
        return answer_regulations(dispatcher, tracker, leave_named_in(text))
    if (
        follow_up
        and item is not None
        and item.kind.value == "regulation"
        and len(text.split()) <= 14
        and relevant_points(item, text)
    ):
        return answer_regulations(dispatcher, tracker, item.subtopic, show_all_points=False)
    return None
