"""GET /webhooks/health/: 200 once the bot can answer, 503 while it starts; nothing else.

Rasa's HTTP API (with /status) is off by default, so tests, a reverse proxy and monitoring
use this route instead. It reveals no version, model or conversation.
"""

from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse


class HealthInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "health"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        health = Blueprint("health_webhook", __name__)

        @health.route("/", methods=["GET"])
        async def status(request: Request) -> HTTPResponse:
            agent = getattr(request.app.ctx, "agent", None)
            if agent is None or not agent.is_ready():
                return response.json({"status": "starting"}, status=503)
            return response.json({"status": "ok"})

        return health
