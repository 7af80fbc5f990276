"""Microsoft Teams: the assistant as a personal Teams app (POST /webhooks/teams/webhook).

Registered in credentials.yml; on only when TEAMS_APP_ID is set (read here from the
environment, since an unset ${VAR} in credentials.yml stops Rasa at start-up):

    TEAMS_APP_ID               the Azure Bot's Microsoft App ID (client id)
    TEAMS_APP_PASSWORD         its client secret
    TEAMS_TENANT_ID            the tenant of the single-tenant registration
                               ("botframework.com" for an old multi-tenant one)
    TEAMS_OPENID_METADATA_URL  Microsoft's OpenID metadata for channel tokens (default: the
                               public cloud's); https, or http://127.0.0.1 for tests
    TEAMS_TOKEN_URL            the token endpoint (default:
                               https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token)

Every request must carry a token that Microsoft signed for this bot and for the activity's
serviceUrl (channels/teams_auth.py); anything else gets a 401 and nothing reaches the bot. An
activity from another tenant gets a 403. Replies are posted asynchronously to the activity's
serviceUrl, with a typing indicator while the bot works; text and buttons are shaped for Teams
by channels/teams_format.py.

The REST channel's limits hold here too, with the same settings and Dutch answers
(WERKSTRESS_MAX_MESSAGE_CHARS, WERKSTRESS_RATE_LIMIT): a refused message is neither processed
nor stored, and a crisis signal in it still gets its answer first. "wis mijn gesprek" erases the
conversation. The app is for personal chats only: in a group chat or a team channel, where
others read along, the bot says so politely and processes nothing.

The conversation id (Rasa's sender id) is "teams-" and the user's Microsoft Entra object id.
"""

import asyncio
import hashlib
import json
import logging
import os
import re
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Deque, Dict, Optional, Text
from urllib.parse import quote

import aiohttp
from botbuilder.schema import Activity, ActivityTypes, AttachmentLayoutTypes, TextFormatTypes
from botframework.connector.auth import AuthenticationConstants
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.rest import (
    ERASE_REQUEST,
    MAX_MESSAGE_CHARS,
    RATE_LIMIT_PER_MINUTE,
    SENDER,
    SLOW_DOWN,
    TECHNICAL_PROBLEM,
    TOO_LONG,
)
from channels.retention import conversations_reachable, erase_conversation
from channels.teams_auth import (
    DEFAULT_MIN_REFETCH_SECONDS,
    HTTP_TIMEOUT,
    AppTokens,
    KeysUnavailable,
    SigningKeys,
    TokenValidator,
    Unauthorized,
    endpoint_allowed,
)
from channels.teams_format import hero_cards, imback_titles, payload_of, teams_markdown
from privacy.retention import retention_days
from safety.crisis_policy import RESPONSE_FOR
from safety.crisis_signals import crisis_concern

logger = logging.getLogger(__name__)

CHANNEL = "teams"
DEFAULT_OPENID_METADATA_URL = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
TOKEN_URL_TEMPLATE = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
MULTI_TENANT = "botframework.com"
# An activity is a few kB; the largest message Teams lets a user send fits well within this.
MAX_BODY_BYTES = 256 * 1024
TYPING_INTERVAL_SECONDS = 3.0
MAX_TYPING_INDICATORS = 20
MENTION = re.compile(r"<at>.*?</at>", re.S)
Handler = Callable[[UserMessage], Awaitable[Any]]

# Sentences of the domain this channel sends itself (see domain.yml, "Microsoft Teams").
WELCOME = "utter_teams_welcome"
PERSONAL_ONLY = "utter_teams_personal_only"
# The REST confirmation, plus that the chat itself stays in Teams.
ERASED = "utter_teams_conversation_erased"


@dataclass
class TeamsSettings:
    app_id: Text
    password: Text
    tenant_id: Text
    metadata_url: Text
    token_url: Text
    min_refetch_seconds: float = DEFAULT_MIN_REFETCH_SECONDS


def settings_from_environment(environ: Optional[Dict[Text, Text]] = None) -> Optional[TeamsSettings]:
    """The channel's settings, or None when TEAMS_APP_ID is not set; raises ValueError when incomplete."""
    environ = os.environ if environ is None else environ
    app_id = environ.get("TEAMS_APP_ID", "").strip()
    if not app_id:
        return None
    password = environ.get("TEAMS_APP_PASSWORD", "")
    tenant = environ.get("TEAMS_TENANT_ID", "").strip()
    missing = [name for name, value in (("TEAMS_APP_PASSWORD", password), ("TEAMS_TENANT_ID", tenant)) if not value]
    if missing:
        raise ValueError(f"TEAMS_APP_ID is set, so the Teams channel also needs {' and '.join(missing)}")
    settings = TeamsSettings(
        app_id=app_id,
        password=password,
        tenant_id=tenant,
        metadata_url=environ.get("TEAMS_OPENID_METADATA_URL", "").strip() or DEFAULT_OPENID_METADATA_URL,
        token_url=environ.get("TEAMS_TOKEN_URL", "").strip() or TOKEN_URL_TEMPLATE.format(tenant=quote(tenant)),
        min_refetch_seconds=float(environ.get("TEAMS_KEYS_MIN_REFETCH_SECONDS", DEFAULT_MIN_REFETCH_SECONDS)),
    )
    for name, url in (("TEAMS_OPENID_METADATA_URL", settings.metadata_url), ("TEAMS_TOKEN_URL", settings.token_url)):
        if not endpoint_allowed(url):
            raise ValueError(f"{name} must be an https:// URL (plain http only to 127.0.0.1 or localhost)")
    return settings


def domain_message(agent: Any, name: Text, **values: Any) -> Dict[Text, Any]:
    """A domain response for Teams: its `channel: teams` variant if there is one, filled with its values."""
    variants = (agent.domain.responses.get(name) if agent is not None and agent.domain else None) or [{}]
    chosen = next((v for v in variants if v.get("channel") == CHANNEL), None)
    chosen = chosen or next((v for v in variants if not v.get("channel")), variants[0])
    text = chosen.get("text") or ""
    return {"text": text.format(**values) if values else text, "buttons": chosen.get("buttons") or []}


def sender_id(activity: Activity) -> Text:
    """The user's Entra object id (stable across devices); their Teams id where it is missing."""
    account = activity.from_property
    raw = (getattr(account, "aad_object_id", None) or getattr(account, "id", None) or "") if account else ""
    name = f"teams-{raw}"
    return name if SENDER.match(name) else "teams-" + hashlib.sha256(raw.encode()).hexdigest()[:40]


class _Window:
    """Accepted messages per sender within the last minute (the REST channel's rule)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._times: Dict[Text, Deque[float]] = defaultdict(deque)

    def too_many(self, key: Text) -> bool:
        now, times = time.monotonic(), self._times[key]
        while times and now - times[0] > 60:
            times.popleft()
        if len(times) >= self.limit:
            return True
        times.append(now)
        return False


class Connector:
    """Posts activities to the Bot Connector service at the activity's serviceUrl."""

    def __init__(self, tokens: AppTokens, session: Callable[[], Awaitable[aiohttp.ClientSession]]) -> None:
        self.tokens = tokens
        self._session = session

    async def post(self, incoming: Activity, activity: Dict[Text, Any]) -> bool:
        conversation = quote(incoming.conversation.id, safe="")
        url = f"{incoming.service_url.rstrip('/')}/v3/conversations/{conversation}/activities"
        if incoming.id:
            url += "/" + quote(incoming.id, safe="")
        try:
            session = await self._session()
            for attempt in (1, 2):
                token = await self.tokens.get()
                headers = {"Authorization": f"Bearer {token}"}
                async with session.post(url, json=activity, headers=headers, timeout=HTTP_TIMEOUT) as answer:
                    if answer.status == 401 and attempt == 1:
                        self.tokens.forget()  # revoked or expired early: one new token, one more try
                        continue
                    if answer.status >= 300:
                        logger.warning(f"Teams: the Bot Connector answered HTTP {answer.status}.")
                    return answer.status < 300
        except (aiohttp.ClientError, asyncio.TimeoutError, RuntimeError, ValueError) as error:
            logger.warning(f"Teams: could not post to the Bot Connector ({type(error).__name__}).")
        return False


class TeamsOutput(OutputChannel):
    """The replies to one incoming activity, posted to its conversation as they come."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL

    def __init__(self, connector: Connector, incoming: Activity, imback: Dict[Text, Text]) -> None:
        self.connector = connector
        self.incoming = incoming
        self.imback = imback
        self.sent = 0
        self._typing: Optional[asyncio.Task] = None
        self._typing_done = asyncio.Event()

    def _reply(self, kind: Text) -> Activity:
        return Activity(
            type=kind,
            from_property=self.incoming.recipient,
            recipient=self.incoming.from_property,
            conversation=self.incoming.conversation,
            reply_to_id=self.incoming.id,
            locale="nl-NL",
        )

    def start_typing(self) -> None:
        self._typing = asyncio.ensure_future(self._typing_loop())

    async def _typing_loop(self) -> None:
        for _ in range(MAX_TYPING_INDICATORS):
            await self.connector.post(self.incoming, self._reply(ActivityTypes.typing).serialize())
            try:
                await asyncio.wait_for(self._typing_done.wait(), TYPING_INTERVAL_SECONDS)
                return
            except asyncio.TimeoutError:
                continue

    async def stop_typing(self) -> None:
        """Ends the typing indicator; an indicator already on its way arrives before the reply."""
        if self._typing is not None:
            self._typing_done.set()
            await self._typing
            self._typing = None

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        text = message.get("text") or ""
        cards = hero_cards(message.get("buttons") or message.get("quick_replies") or [], self.imback)
        if not text.strip() and not cards:
            return
        await self.stop_typing()
        reply = self._reply(ActivityTypes.message)
        if text.strip():
            reply.text, reply.text_format = teams_markdown(text), TextFormatTypes.markdown
        if cards:
            reply.attachments, reply.attachment_layout = cards, AttachmentLayoutTypes.list
        self.sent += 1
        await self.connector.post(self.incoming, reply.serialize())

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})

    async def say(self, agent: Any, name: Text, **values: Any) -> None:
        await self.send_response(self.incoming.from_property.id, domain_message(agent, name, **values))


class TeamsInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return CHANNEL

    def __init__(self, settings: Optional[TeamsSettings] = None) -> None:
        self.settings = settings if settings is not None else settings_from_environment()
        self.window = _Window(RATE_LIMIT_PER_MINUTE)
        self._session: Optional[aiohttp.ClientSession] = None
        self._imback: Optional[Dict[Text, Text]] = None
        if self.settings is None:
            return
        self.keys = SigningKeys(self.settings.metadata_url, self.session, self.settings.min_refetch_seconds)
        self.validator = TokenValidator(self.settings.app_id, self.keys)
        self.connector = Connector(
            AppTokens(self.settings.token_url, self.settings.app_id, self.settings.password, self.session),
            self.session,
        )

    async def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    def get_output_channel(self) -> Optional[OutputChannel]:
        return None  # replies only to an incoming activity: no messages the user did not ask for

    def _imback_map(self, agent: Any) -> Dict[Text, Text]:
        if self._imback is None:
            self._imback = imback_titles(agent.domain.responses)
        return self._imback

    def _tenant_ok(self, activity: Activity) -> bool:
        if self.settings.tenant_id.lower() == MULTI_TENANT:
            return True
        tenant = (activity.channel_data or {}).get("tenant") if isinstance(activity.channel_data, dict) else None
        tenant_id = tenant.get("id") if isinstance(tenant, dict) else None
        return isinstance(tenant_id, str) and tenant_id.lower() == self.settings.tenant_id.lower()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        teams = Blueprint("teams_webhook", __name__)
        if self.settings is None:
            return teams  # TEAMS_APP_ID not set: no route

        @teams.listener("after_server_start")
        async def fetch_keys(app: Any, _loop: Any) -> None:
            app.add_task(self.keys.prefetch())

        @teams.listener("before_server_stop")
        async def close_session(app: Any, _loop: Any) -> None:
            if self._session is not None:
                await self._session.close()

        @teams.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self._receive(request, on_new_message)

        return teams

    async def _receive(self, request: Request, on_new_message: Handler) -> HTTPResponse:
        header = request.headers.get("Authorization")
        if not header:
            return _refused(401, "no Authorization header")
        if len(request.body or b"") > MAX_BODY_BYTES:
            return response.json({"error": "request body too large"}, status=413)
        try:
            body = json.loads(request.body or b"")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return _refused(401, "the body is not an activity")  # nothing to check the token against
        try:
            await self.validator.authenticate(header, body.get("channelId"), body.get("serviceUrl"))
        except Unauthorized as error:
            return _refused(401, str(error))
        except KeysUnavailable:
            logger.error("Teams: request not checked: Microsoft's signing keys could not be fetched.")
            return response.json({"error": "unavailable"}, status=503)
        try:
            activity = Activity().deserialize(body)
        except Exception:  # msrest raises its own errors for fields of the wrong type
            return response.json({"error": "the body is not a valid activity"}, status=400)
        if not endpoint_allowed(activity.service_url) or activity.conversation is None or not activity.conversation.id:
            return _refused(401, "no usable serviceUrl or conversation")
        if activity.from_property is None or activity.recipient is None:
            return response.json({"error": "the activity names no sender or recipient"}, status=400)
        if not self._tenant_ok(activity):
            logger.warning("Teams: refused an activity from another tenant (403).")
            return response.json({"error": "forbidden"}, status=403)
        agent = getattr(request.app.ctx, "agent", None)
        if agent is None or not agent.is_ready():
            return response.json({"error": "starting"}, status=503)  # the Bot Connector tries again
        output = TeamsOutput(self.connector, activity, self._imback_map(agent))
        if activity.type == ActivityTypes.message:
            await self._message(activity, output, agent, on_new_message)
        elif activity.type == ActivityTypes.conversation_update:
            await self._conversation_update(activity, output, agent)
        return response.empty(status=200)

    async def _message(self, activity: Activity, output: TeamsOutput, agent: Any, on_new_message: Handler) -> None:
        typed = MENTION.sub("", activity.text or "").strip()
        text = payload_of(typed, activity.value, output.imback)
        if (activity.conversation.conversation_type or "personal") != "personal":
            # Care and health do not belong where colleagues read along; a crisis is still answered.
            concern = crisis_concern(typed[: MAX_MESSAGE_CHARS * 5])
            if concern:
                await output.say(agent, RESPONSE_FOR[concern])
            await output.say(agent, PERSONAL_ONLY)
            return
        sender = sender_id(activity)
        too_long, too_many = len(text) > MAX_MESSAGE_CHARS, self.window.too_many(sender)
        if too_long or too_many:
            # Not processed and not stored; a crisis signal still gets its answer first.
            concern = crisis_concern(text[: MAX_MESSAGE_CHARS * 5])
            if concern:
                await output.say(agent, RESPONSE_FOR[concern])
            if too_long:
                await output.say(agent, TOO_LONG, max_chars=MAX_MESSAGE_CHARS)
            else:
                await output.say(agent, SLOW_DOWN)
            return
        if not await conversations_reachable(agent):
            await output.say(agent, TECHNICAL_PROBLEM)
            return
        if ERASE_REQUEST.match(text):
            await erase_conversation(agent, sender)
            await output.say(agent, ERASED)
            return
        output.start_typing()
        try:
            await on_new_message(UserMessage(text, output, sender, input_channel=CHANNEL))
        except Exception as error:  # the user gets an apology; the log names no message
            logger.error(f"Teams: the message could not be handled ({type(error).__name__}).")
        finally:
            await output.stop_typing()
        if not output.sent:
            await output.say(agent, TECHNICAL_PROBLEM)

    async def _conversation_update(self, activity: Activity, output: TeamsOutput, agent: Any) -> None:
        bot = activity.recipient.id
        if not any(getattr(member, "id", None) == bot for member in activity.members_added or []):
            return
        if (activity.conversation.conversation_type or "personal") == "personal":
            await output.say(agent, WELCOME, days=retention_days())
        else:
            await output.say(agent, PERSONAL_ONLY)


def _refused(status: int, reason: Text) -> HTTPResponse:
    logger.warning(f"Teams: refused a request ({status}): {reason}.")
    return response.json({"error": "unauthorized"}, status=status)
