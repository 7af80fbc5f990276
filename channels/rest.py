"""The REST channel with the checks Rasa's own lacks: bad input gets a 4xx, too long a message
or too many messages a Dutch answer without being processed or stored, and a turn that
produced no reply (the action server down) a Dutch apology instead of silence.

Registered in credentials.yml under the name "rest", so the endpoint stays
POST /webhooks/rest/webhook.
"""

import logging
import os
import re
import time
from collections import defaultdict, deque
from typing import Any, Awaitable, Callable, Deque, Dict, List, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.retention import conversations_reachable, erase_conversation
from safety.crisis_policy import RESPONSE_FOR
from safety.crisis_signals import crisis_concern

logger = logging.getLogger(__name__)
# One setting for the REST channel and the web widget.
MAX_MESSAGE_CHARS = int(os.environ.get("WERKSTRESS_MAX_MESSAGE_CHARS", "2000"))
# Messages per sender per minute; tests and benchmarks may raise it.
RATE_LIMIT_PER_MINUTE = int(os.environ.get("WERKSTRESS_RATE_LIMIT", "30"))
# Large enough for a 20,000-character message to get a Dutch "te lang" instead of a bare 413.
MAX_BODY_BYTES = 64 * 1024
SENDER = re.compile(r"^[A-Za-z0-9_.:@\-]{1,128}$")
# "wis mijn gesprek", "verwijder dit gesprek", and the widget's button payload.
ERASE_REQUEST = re.compile(
    r"^\s*(?:/forget_conversation|(?:wis|verwijder)\s+(?:mijn|dit|het|ons)\s+(?:gesprek|chat|gegevens))\s*[.!]*\s*$",
    re.I,
)

# Sentences of the domain this channel sends itself (see domain.yml).
TOO_LONG = "utter_message_too_long_refused"
SLOW_DOWN = "utter_slow_down"
TECHNICAL_PROBLEM = "utter_technical_problem"
ERASED = "utter_conversation_erased"


def _error(status: int, message: Text) -> HTTPResponse:
    return response.json({"error": message}, status=status)


class GuardedRestInput(RestInput):
    def __init__(self) -> None:
        self._recent: Dict[Text, Deque[float]] = defaultdict(deque)

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def _too_many(self, sender: Text) -> bool:
        """Sliding window of one minute per sender."""
        now = time.monotonic()
        recent = self._recent[sender]
        while recent and now - recent[0] > 60:
            recent.popleft()
        if len(recent) >= RATE_LIMIT_PER_MINUTE:
            return True
        recent.append(now)
        return False

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if len(request.body or b"") > MAX_BODY_BYTES:
                return _error(413, f"request body larger than {MAX_BODY_BYTES} bytes")
            try:
                body = request.json
            except Exception:  # Sanic raises its own error types for bad JSON
                return _error(400, "the body is not valid JSON")
            if not isinstance(body, dict):
                return _error(400, "the body must be a JSON object with 'sender' and 'message'")
            sender, text = body.get("sender"), body.get("message")
            if not isinstance(sender, str) or not SENDER.match(sender):
                return _error(400, "'sender' must be a string of 1 to 128 letters, digits or _.:@-")
            if not isinstance(text, str):
                return _error(400, "'message' must be a string")
            agent = request.app.ctx.agent
            too_long, too_many = len(text) > MAX_MESSAGE_CHARS, self._too_many(sender)
            if too_long or too_many:
                # Not processed and not stored; a crisis signal still gets its answer first.
                concern = crisis_concern(text[: MAX_MESSAGE_CHARS * 5])
                crisis = _say(agent, sender, RESPONSE_FOR[concern]) if concern else []
                if too_long:
                    return response.json(crisis + _say(agent, sender, TOO_LONG, max_chars=MAX_MESSAGE_CHARS))
                return response.json(crisis + _say(agent, sender, SLOW_DOWN), status=429)
            if not await conversations_reachable(agent):
                # Rasa would otherwise start a silent fresh conversation without the stored one.
                return response.json(_say(agent, sender, TECHNICAL_PROBLEM), status=503)
            if ERASE_REQUEST.match(text):
                # The user's own erasure request: the stored events go now; the request itself
                # is never stored.
                await erase_conversation(agent, sender)
                return response.json(_say(agent, sender, ERASED))
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
            except Exception as error:  # the database or the lock store (Redis) failed mid-turn
                logger.error(f"REST: a turn failed and got the apology: {type(error).__name__}")
                return response.json(_say(agent, sender, TECHNICAL_PROBLEM), status=503)
            if not collector.messages:
                return response.json(_say(agent, sender, TECHNICAL_PROBLEM))
            return response.json(collector.messages)

        return webhook


def _say(agent: Any, sender: Text, name: Text, **values: Any) -> List[Dict[Text, Any]]:
    """A domain response as the REST channel's reply, filled with its values."""
    responses = agent.domain.responses.get(name) or [{}]
    text: Optional[Text] = responses[0].get("text")
    return [{"recipient_id": sender, "text": text.format(**values) if text else ""}]
