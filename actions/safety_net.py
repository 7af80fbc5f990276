"""After a crisis answer for the person themselves, a practical answer ends with the way to help.

safety/crisis_policy.py lets a practical question ("ok. en dat zorgverlof?", "wordt dat
betaald?") through to its own answer in the turns right after the crisis answer; the actions
that answer such questions are marked with `keeps_crisis_help_in_view`, so that the answer ends
with one short line naming 113, 0800-0113 and 112 again.
"""

import functools
from typing import Any, Dict, List

from rasa_sdk import Tracker

from safety.followup import FOLLOWUP_TURNS

CRISIS_SELF_RESPONSE = "utter_crisis_self"
REMINDER_RESPONSE = "utter_crisis_reminder"


def self_crisis_answered_recently(tracker: Tracker) -> bool:
    """Whether the crisis answer for the writer was given within the last FOLLOWUP_TURNS user turns."""
    user_turns = 0
    events: List[Dict[str, Any]] = tracker.events
    for event in reversed(events):
        kind = event.get("event")
        if kind == "session_started":
            return False
        if kind == "user":
            user_turns += 1
            if user_turns > FOLLOWUP_TURNS:
                return False
        elif kind == "action" and event.get("name") == CRISIS_SELF_RESPONSE:
            return True
    return False


def keeps_crisis_help_in_view(action_class):
    """Class decorator: the action's answer ends with the reminder right after a crisis answer."""
    run = action_class.run

    @functools.wraps(run)
    def run_then_remind(self, dispatcher, tracker, domain):
        events = run(self, dispatcher, tracker, domain)
        if self_crisis_answered_recently(tracker):
            dispatcher.utter_message(response=REMINDER_RESPONSE)
        return events

    action_class.run = run_then_remind
    return action_class
