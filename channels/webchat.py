"""The web widget's channel: socket.io for the widget that an intranet page embeds with one tag.

Served next to REST by `make run` (registered in credentials.yml):

- GET /webchat/widget.js: the widget (webchat/widget.js and widget.css, with the vendored
  socket.io client inside, so nothing else is loaded from anywhere);
- GET /webchat/demo: a demo intranet page with the widget on it;
- /webchat/socket.io/: the socket.

Rasa's own socket.io channel is not used, because it lets any web site connect, lets the client
choose the conversation id, and checks a token only at connect. Here:

- Origins: a socket is accepted from the bot's own origin and from the origins in
  WERKSTRESS_ALLOWED_ORIGINS (comma-separated), the one setting that also grants CORS on the
  REST channel (scripts/serve.py). Any other origin is refused by the socket.io server.
- Conversations are named by the server. A new one gets an unguessable id and a resume secret
  (an HMAC of the id with the server secret), which the widget keeps in sessionStorage; a
  socket continues a conversation only with both. A wrong secret gets a new conversation.
- Signed identity (optional): a page that knows its user passes a JWT (HS256, with the shared
  secret in WERKSTRESS_WEBCHAT_TOKEN_SECRET; `sub` and `exp` required, at most one hour ahead).
  The conversation id is then an HMAC of the subject, never the subject itself, so the user
  continues on another device and nobody without a token for that subject reaches it. A wrong
  token is refused; an expired one, at connect or at a later message, gets the domain's
  "sessie verlopen" so that the widget can ask its page for a fresh token.
- Limits, the REST channel's settings (WERKSTRESS_MAX_MESSAGE_CHARS, WERKSTRESS_RATE_LIMIT):
  too long a message is neither processed nor stored and the user is asked to shorten it;
  over the rate a conversation is asked to slow down, and a connection that keeps sending past
  twice the rate is cut. A crisis signal in a refused message still gets its answer.
- "wis mijn gesprek" erases the conversation at once, as over REST.

The server secret (for conversation ids and resume secrets) is WERKSTRESS_WEBCHAT_SECRET, or
else a random one kept in .data/webchat-secret, so conversations survive a restart. With
several Rasa replicas, give them the same WERKSTRESS_WEBCHAT_SECRET.
"""

import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import time
from collections import defaultdict, deque
from pathlib import Path
from typing import Any, Awaitable, Callable, Deque, Dict, List, Optional, Set, Text, Tuple

import jwt
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from rasa.shared.core.events import BotUttered, SessionStarted, UserUttered
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from sanic_cors.core import SANIC_CORS_EVALUATED
from socketio import AsyncServer
from socketio.exceptions import ConnectionRefusedError

from channels.rest import (
    ERASE_REQUEST,
    ERASED,
    MAX_BODY_BYTES,
    MAX_MESSAGE_CHARS,
    RATE_LIMIT_PER_MINUTE,
    SLOW_DOWN,
    TECHNICAL_PROBLEM,
    TOO_LONG,
    _say,
)
from channels.retention import conversations_reachable, erase_conversation
from privacy.retention import retention_days
from safety.crisis_policy import RESPONSE_FOR
from safety.crisis_signals import crisis_concern

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "webchat"
SECRET_FILE = ROOT / ".data" / "webchat-secret"

# The one origin setting: also the CORS origins of the REST channel (scripts/serve.py).
ORIGINS_ENV = "WERKSTRESS_ALLOWED_ORIGINS"
SECRET_ENV = "WERKSTRESS_WEBCHAT_SECRET"
TOKEN_SECRET_ENV = "WERKSTRESS_WEBCHAT_TOKEN_SECRET"
MIN_SECRET_LENGTH = 32
MAX_TOKEN_SECONDS = 3600
# Slack for the issuer's clock in "at most one hour ahead" (the expiry itself has none).
CLOCK_SKEW_SECONDS = 60
SOCKET_PATH = "/webchat/socket.io"
# A connection sending past this many times the rate limit within a minute is cut.
CUT_FACTOR = 2

# What the widget sends itself: the greeting of a new conversation, and "Nieuw gesprek" for a
# signed-in user (whose conversation id stays the same). Not shown in the history.
GREETING = "/greet"
NEW_SESSION = "/session_start"
HIDDEN_USER_TEXTS = {GREETING, NEW_SESSION}

# Sentences of the domain this channel sends itself (see domain.yml).
PRIVACY = "utter_webchat_privacy"
SESSION_EXPIRED = "utter_session_expired"
IDENTITY_REFUSED = "utter_identity_refused"

ANONYMOUS_ID = re.compile(r"^webchat-[0-9a-f]{32}$")


def allowed_origins() -> Set[Text]:
    """The origins besides the bot's own that may open a socket (WERKSTRESS_ALLOWED_ORIGINS)."""
    return {origin.strip().rstrip("/") for origin in os.environ.get(ORIGINS_ENV, "").split(",") if origin.strip()}


def own_origins(environ: Dict[Text, Any]) -> Set[Text]:
    """The bot's own origin as the browser sees it: its Host, or the reverse proxy's forwarded host."""
    hosts = {environ.get("HTTP_HOST", "")}
    if environ.get("HTTP_X_FORWARDED_HOST"):
        hosts.add(environ["HTTP_X_FORWARDED_HOST"].split(",")[0].strip())
    return {f"{scheme}://{host}" for host in hosts if host for scheme in ("http", "https")}


def server_secret() -> bytes:
    value = os.environ.get(SECRET_ENV, "")
    if value:
        if len(value) < MIN_SECRET_LENGTH:
            raise ValueError(f"{SECRET_ENV} must be at least {MIN_SECRET_LENGTH} characters long")
        return value.encode()
    if not SECRET_FILE.exists():
        SECRET_FILE.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(SECRET_FILE, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another server created it meanwhile
            pass
        else:
            with os.fdopen(descriptor, "w") as secret_file:
                secret_file.write(secrets.token_hex(32))
    return SECRET_FILE.read_text().strip().encode()


class TokenExpired(Exception):
    pass


class TokenInvalid(Exception):
    pass


def verify_token(token: Any) -> Tuple[Text, float]:
    """The subject and expiry time of a valid identity token; raises TokenExpired or TokenInvalid."""
    key = os.environ.get(TOKEN_SECRET_ENV, "")
    if not isinstance(token, str) or len(key) < MIN_SECRET_LENGTH:
        raise TokenInvalid()
    try:
        claims = jwt.decode(token, key, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.ExpiredSignatureError as error:
        raise TokenExpired() from error
    except jwt.PyJWTError as error:
        raise TokenInvalid() from error
    subject, expires = claims.get("sub"), float(claims["exp"])
    lifetime = expires - float(claims.get("iat", time.time()))
    if not isinstance(subject, str) or not subject or lifetime > MAX_TOKEN_SECONDS + CLOCK_SKEW_SECONDS:
        raise TokenInvalid()
    if expires - time.time() > MAX_TOKEN_SECONDS + CLOCK_SKEW_SECONDS:
        raise TokenInvalid()
    return subject, expires


class MessageWindow:
    """Messages (refused ones too) per conversation within the last minute."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._times: Dict[Text, Deque[float]] = defaultdict(deque)

    def count(self, key: Text) -> int:
        now = time.monotonic()
        times = self._times[key]
        times.append(now)
        while now - times[0] > 60:
            times.popleft()
        return len(times)


def widget_buttons(buttons: Any) -> List[Dict[Text, Text]]:
    """Buttons as the widget shows them: title and payload, and a link button's https URL."""
    shown = []
    for button in buttons if isinstance(buttons, list) else []:
        if not isinstance(button, dict) or not isinstance(button.get("title"), str):
            continue
        url = button.get("url")
        if button.get("type") == "web_url" and isinstance(url, str) and url.startswith("https://"):
            shown.append({"title": button["title"], "url": url})
        elif isinstance(button.get("payload"), str):
            shown.append({"title": button["title"], "payload": button["payload"]})
    return shown


class WebchatOutput(OutputChannel):
    """Each bot message as one event: its text whole (with its line breaks) and its buttons."""

    @classmethod
    def name(cls) -> Text:
        return "webchat"

    def __init__(self, sio: AsyncServer) -> None:
        self.sio = sio
        self.sent = 0

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        buttons = widget_buttons(message.get("buttons") or message.get("quick_replies"))
        text = message.get("text") or ""
        if text or buttons:
            self.sent += 1
            await self.sio.emit("bot_uttered", {"text": text, "buttons": buttons}, room=recipient_id)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self.send_response(recipient_id, {"text": text})


def _history(tracker: Any, expiration_minutes: float) -> List[Dict[Text, Any]]:
    """The current session's messages as the widget shows them; none once the session expired."""
    events = list(tracker.events) if tracker is not None else []
    starts = [index for index, event in enumerate(events) if isinstance(event, SessionStarted)]
    session = events[starts[-1] + 1 :] if starts else events
    users = [event for event in session if isinstance(event, UserUttered)]
    if users and expiration_minutes and time.time() - users[-1].timestamp > expiration_minutes * 60:
        return []
    messages: List[Dict[Text, Any]] = []
    titles: Dict[Text, Text] = {}
    for event in session:
        if isinstance(event, BotUttered) and (event.text or event.data.get("buttons")):
            buttons = widget_buttons(event.data.get("buttons"))
            titles.update({button["payload"]: button["title"] for button in buttons if "payload" in button})
            messages.append({"from": "bot", "text": event.text or "", "buttons": buttons})
        elif isinstance(event, UserUttered) and event.text and event.text not in HIDDEN_USER_TEXTS:
            messages.append({"from": "user", "text": titles.get(event.text, event.text)})
    return messages


class _SocketBlueprint(SocketBlueprint):
    def register(self, app: Any, options: Dict[Text, Any]) -> None:
        super().register(app, options)

        @app.middleware("request")
        async def origins_by_socketio(request: Request) -> None:
            # The socket.io server checks the origin and sets the CORS headers itself; Rasa's
            # CORS would add a second Access-Control-Allow-Origin, which browsers reject.
            if request.path.startswith(SOCKET_PATH + "/"):
                setattr(request.ctx, SANIC_CORS_EVALUATED, True)


class WebchatInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "webchat"

    def url_prefix(self) -> Text:
        # Rasa joins this to "/webhooks/"; an absolute path puts the widget at /webchat/.
        return "/webchat"

    def __init__(self) -> None:
        self.sio: Optional[AsyncServer] = None
        self.app: Any = None
        self.window = MessageWindow(RATE_LIMIT_PER_MINUTE)
        self.secret = server_secret()
        self.extra_origins = allowed_origins()

    def get_output_channel(self) -> Optional[OutputChannel]:
        return WebchatOutput(self.sio) if self.sio else None

    # --- conversations -------------------------------------------------------------------

    def _resume_secret(self, conversation: Text) -> Text:
        return hmac.new(self.secret, b"resume:" + conversation.encode(), hashlib.sha256).hexdigest()

    def _identified_conversation(self, subject: Text) -> Text:
        return "webchat-id-" + hmac.new(self.secret, b"subject:" + subject.encode(), hashlib.sha256).hexdigest()[:32]

    def _new_anonymous(self) -> Dict[Text, Any]:
        return {"conversation": "webchat-" + secrets.token_hex(16), "identified": False, "expires": None}

    def _session_for(self, auth: Any) -> Dict[Text, Any]:
        """The conversation a connecting socket may use, from what it sent; refuses a bad token."""
        auth = auth if isinstance(auth, dict) else {}
        if auth.get("token") is not None:
            try:
                subject, expires = verify_token(auth["token"])
            except TokenExpired:
                raise ConnectionRefusedError("token_expired", {"text": self._text(SESSION_EXPIRED)})
            except TokenInvalid:
                raise ConnectionRefusedError("token_invalid", {"text": self._text(IDENTITY_REFUSED)})
            return {"conversation": self._identified_conversation(subject), "identified": True, "expires": expires}
        conversation, resume = auth.get("conversation"), auth.get("resume")
        if (
            isinstance(conversation, str)
            and isinstance(resume, str)
            and ANONYMOUS_ID.match(conversation)
            and hmac.compare_digest(resume, self._resume_secret(conversation))
        ):
            return {"conversation": conversation, "identified": False, "expires": None}
        return self._new_anonymous()

    def _text(self, name: Text, **values: Any) -> Text:
        agent = getattr(self.app.ctx, "agent", None) if self.app is not None else None
        if agent is None or agent.domain is None:
            return ""
        return _say(agent, "", name, **values)[0]["text"]

    def _confirmation(self, session: Dict[Text, Any]) -> Dict[Text, Any]:
        conversation = session["conversation"]
        return {
            "conversation": None if session["identified"] else conversation,
            "resume": None if session["identified"] else self._resume_secret(conversation),
            "identified": session["identified"],
            "privacy": self._text(PRIVACY, days=retention_days()),
            "unreachable": self._text(TECHNICAL_PROBLEM),
        }

    # --- the socket ----------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        extra_origins = self.extra_origins

        def origin_allowed(origin: Text, environ: Dict[Text, Any]) -> bool:
            return origin in extra_origins or origin in own_origins(environ)

        sio = AsyncServer(
            async_mode="sanic",
            cors_allowed_origins=origin_allowed,
            cors_credentials=False,
            max_http_buffer_size=MAX_BODY_BYTES,
        )
        self.sio = sio
        webchat = _SocketBlueprint(sio, SOCKET_PATH, "webchat", __name__)

        @webchat.listener("before_server_start")
        async def keep_app(app: Any, _loop: Any) -> None:
            self.app = app

        _static_routes(webchat)

        async def say(sid: Text, name: Text, **values: Any) -> None:
            await sio.emit("bot_uttered", {"text": self._text(name, **values), "buttons": []}, to=sid)

        async def handle(session: Dict[Text, Any], text: Text) -> bool:
            """Runs one message through the bot; whether it answered."""
            output = WebchatOutput(sio)
            message = UserMessage(text, output, session["conversation"], input_channel=self.name())
            try:
                await on_new_message(message)
            except Exception as error:  # the database or the lock store failed mid-turn
                # Only the error's type: never the message text (see channels/rest.py).
                logger.error(f"Webchat: a turn failed and got the apology: {type(error).__name__}")
                return False
            return output.sent > 0

        async def greet_or_replay(sid: Text, session: Dict[Text, Any]) -> None:
            agent = self.app.ctx.agent
            tracker = await agent.tracker_store.retrieve(session["conversation"])
            messages = _history(tracker, agent.domain.session_config.session_expiration_time)
            if messages:
                await sio.emit("history", {"messages": messages}, to=sid)
            elif not await handle(session, GREETING):
                await say(sid, TECHNICAL_PROBLEM)

        @sio.on("connect")
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict] = None) -> bool:
            session = self._session_for(auth)
            await sio.save_session(sid, session)
            await sio.enter_room(sid, session["conversation"])
            return True

        async def too_many_greetings(sid: Text) -> bool:
            """A socket asking for conversations over and over (each one greeted by the model) is cut."""
            if self.window.count("socket:" + sid) <= RATE_LIMIT_PER_MINUTE:
                return False
            await sio.disconnect(sid)
            return True

        @sio.on("session_request")
        async def session_request(sid: Text, _data: Any = None) -> None:
            if await too_many_greetings(sid):
                return
            session = await sio.get_session(sid)
            await sio.emit("session_confirm", self._confirmation(session), to=sid)
            if not await conversations_reachable(self.app.ctx.agent):
                await say(sid, TECHNICAL_PROBLEM)
                return
            await greet_or_replay(sid, session)

        @sio.on("new_conversation")
        async def new_conversation(sid: Text, _data: Any = None) -> None:
            if await too_many_greetings(sid):
                return
            session = await sio.get_session(sid)
            if session["identified"]:
                await handle(session, NEW_SESSION)
            else:
                await sio.leave_room(sid, session["conversation"])
                session = self._new_anonymous()
                await sio.save_session(sid, session)
                await sio.enter_room(sid, session["conversation"])
            await sio.emit("session_confirm", self._confirmation(session), to=sid)
            if not await handle(session, GREETING):
                await say(sid, TECHNICAL_PROBLEM)

        @sio.on("user_uttered")
        async def user_uttered(sid: Text, data: Any = None) -> Dict[Text, Any]:
            text = data.get("message") if isinstance(data, dict) else None
            if not isinstance(text, str):
                return {"ok": False, "error": "'message' must be a string"}
            session = await sio.get_session(sid)
            conversation = session["conversation"]
            if session["expires"] is not None and time.time() > session["expires"]:
                # Not processed: the widget asks its page for a fresh token, reconnects and sends
                # the message again, or shows this text.
                return {"ok": False, "expired": True, "text": self._text(SESSION_EXPIRED)}
            sent = self.window.count(conversation)
            too_long, too_many = len(text) > MAX_MESSAGE_CHARS, sent > RATE_LIMIT_PER_MINUTE
            if too_long or too_many:
                # Neither processed nor stored; a crisis signal still gets its answer first.
                concern = crisis_concern(text[: MAX_MESSAGE_CHARS * 5])
                if concern:
                    await say(sid, RESPONSE_FOR[concern])
                if too_long:
                    await say(sid, TOO_LONG, max_chars=MAX_MESSAGE_CHARS)
                else:
                    await say(sid, SLOW_DOWN)
                if sent > CUT_FACTOR * RATE_LIMIT_PER_MINUTE:
                    logger.info("Webchat: cut a connection that kept sending past the rate limit")
                    await sio.disconnect(sid)
                return {"ok": False}
            agent = self.app.ctx.agent
            if not await conversations_reachable(agent):
                await say(sid, TECHNICAL_PROBLEM)
                return {"ok": False}
            if ERASE_REQUEST.match(text):
                # The stored events go now; the request itself is never stored.
                await erase_conversation(agent, conversation)
                await sio.emit("conversation_erased", {"text": self._text(ERASED)}, room=conversation)
                return {"ok": True}
            if not await handle(session, text):
                await say(sid, TECHNICAL_PROBLEM)
            return {"ok": True}

        return webchat


def _static_routes(webchat: Blueprint) -> None:
    """The widget script, and the demo intranet page with its own style and script."""

    @webchat.route("/widget.js", methods=["GET"])
    async def widget(request: Request) -> HTTPResponse:
        return _asset(request, widget_script(), "application/javascript; charset=utf-8", cross_origin=True)

    @webchat.route("/demo", methods=["GET"])
    async def demo(request: Request) -> HTTPResponse:
        page = (ASSETS / "demo.html").read_text(encoding="utf-8")
        return _asset(request, page, "text/html; charset=utf-8", headers={"Content-Security-Policy": DEMO_CSP})

    @webchat.route("/demo.css", methods=["GET"])
    async def demo_style(request: Request) -> HTTPResponse:
        return _asset(request, (ASSETS / "demo.css").read_text(encoding="utf-8"), "text/css; charset=utf-8")

    @webchat.route("/demo.js", methods=["GET"])
    async def demo_script(request: Request) -> HTTPResponse:
        script = (ASSETS / "demo.js").read_text(encoding="utf-8")
        return _asset(request, script, "application/javascript; charset=utf-8")

    @webchat.route("/licenses.txt", methods=["GET"])
    async def licenses(request: Request) -> HTTPResponse:
        text = (ASSETS / "vendor" / "socket.io-client.LICENSE").read_text(encoding="utf-8")
        return _asset(request, "socket.io-client 4.8.4 (in /webchat/widget.js)\n\n" + text, "text/plain; charset=utf-8")


# The demo page runs under a strict policy, as a careful intranet would set it: the widget needs
# no inline script, no inline style attribute, no other host and no web font.
DEMO_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def widget_script() -> Text:
    """widget.js as served: the vendored socket.io client in a closure (no global `io`, no AMD
    define), the widget's CSS as a string, then the widget's own code."""
    vendor = (ASSETS / "vendor" / "socket.io.min.js").read_text(encoding="utf-8")
    vendor = re.sub(r"^//# sourceMappingURL=.*$", "", vendor, flags=re.M)
    css = (ASSETS / "widget.css").read_text(encoding="utf-8")
    own = (ASSETS / "widget.js").read_text(encoding="utf-8")
    return (
        "/*! Werkstress-assistent web widget. Contains the Socket.IO client 4.8.4, MIT licence:"
        " see /webchat/licenses.txt */\n"
        "(function () {\n"
        "var script = document.currentScript;\n"
        "var module = { exports: {} };\n"
        f"(function (module, exports, define) {{\n{vendor}\n}})(module, module.exports);\n"
        "var io = module.exports;\n"
        f"var css = {json.dumps(css)};\n"
        f"{own}\n"
        "})();\n"
    )


def _asset(
    request: Request,
    body: Text,
    content_type: Text,
    cross_origin: bool = False,
    headers: Optional[Dict[Text, Text]] = None,
) -> HTTPResponse:
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    common = {"ETag": etag, "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", **(headers or {})}
    if cross_origin:
        # An intranet page on another origin loads the script, also under a strict COEP.
        common["Cross-Origin-Resource-Policy"] = "cross-origin"
    if request.headers.get("if-none-match") == etag:
        return response.empty(status=304, headers=common)
    return response.text(body, content_type=content_type, headers=common)
