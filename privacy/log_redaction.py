"""Keeps conversation data out of the logs when an action fails.

When a custom action raises, the action server answers with its error and the whole request
body, and Rasa logs that answer at ERROR level, with the tracker in it: the user's messages,
slots and sender id. At INFO level nothing else in the logs holds message text, so such a
record is cut down to what an operator needs: which action failed and why, not with what.
"""

import logging
import re

_CARRIES_CONVERSATION = re.compile(r"request_body|\"tracker\"|\"latest_message\"|\"events\"")
_ACTION = re.compile(r"custom action '([\w-]+)'")


def _chain(error):
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


class RedactConversationData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not format is left to logging itself
            return True
        errors = list(_chain(record.exc_info[1])) if record.exc_info and record.exc_info[1] else []
        if not (_CARRIES_CONVERSATION.search(message) or any(_CARRIES_CONVERSATION.search(str(e)) for e in errors)):
            return True
        named = _ACTION.search(" ".join([message, *map(str, errors)]))
        kinds = ", ".join(type(error).__name__ for error in errors) or "no exception"
        record.msg = "An action failed (%s; %s); its request and response are not logged: they hold conversation data."
        record.args = (named.group(1) if named else "action unknown", kinds)
        record.exc_info = None
        record.exc_text = None
        return True


def install() -> None:
    """Adds the filter to every handler of the root logger (records of all loggers pass there)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(existing, RedactConversationData) for existing in handler.filters):
            handler.addFilter(RedactConversationData())
