"""A local stand-in for Microsoft's side of the Bot Framework, for offline tests of channels/teams.py.

One HTTP server on 127.0.0.1 serves:

- the OpenID metadata document and the JWKS, with RSA keys made here (`add_key`), each with its
  endorsements (the channels it may sign for), as Microsoft publishes them;
- a token endpoint that checks the bot's client credentials and issues bearer tokens;
- a Bot Connector (under `service_url`) that accepts only those tokens and records every
  activity the bot posts.

`sign` makes the tokens the Bot Framework would send to the bot, valid or deliberately wrong.
Every fetch is counted, so that tests can say how often the bot fetched keys and tokens.
"""

import json
import secrets
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional
from urllib.parse import parse_qs, unquote

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

ISSUER = "https://api.botframework.com"
CONNECTOR_PREFIX = "/emea/"
BOT_ID = "28:werkstress-bot"


class FakeBotFramework:
    def __init__(self, app_id: str, app_password: str, tenant_id: str) -> None:
        self.app_id, self.app_password, self.tenant_id = app_id, app_password, tenant_id
        self.private_keys: Dict[str, Any] = {}
        self.published: Dict[str, List[str]] = {}  # kid → endorsements
        self.counts: Counter = Counter()
        self.posts: List[Dict[str, Any]] = []
        self.issued: set = set()
        self.token_lifetime = 3600
        self.keys_unavailable = False  # the key endpoints answer 503 (a Microsoft outage)
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None

    # --- keys and tokens ---------------------------------------------------------------------

    def add_key(self, kid: str, publish: bool = True, endorsements: tuple = ("msteams", "webchat")) -> None:
        self.private_keys[kid] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if publish:
            self.published[kid] = list(endorsements)

    def sign(self, kid: str = "key-1", signing_kid: Optional[str] = None, drop: tuple = (), **claims: Any) -> str:
        """A channel token as the Bot Framework sends it; `signing_kid` signs with another key than `kid` names."""
        now = int(time.time())
        body = {
            "iss": ISSUER,
            "aud": self.app_id,
            "serviceurl": self.service_url,
            "nbf": now - 5,
            "iat": now - 5,
            "exp": now + 3600,
        }
        body.update(claims)
        for name in drop:
            body.pop(name, None)
        key = self.private_keys[signing_kid or kid]
        return jwt.encode(body, key, algorithm="RS256", headers={"kid": kid})

    # --- activities --------------------------------------------------------------------------

    def activity(
        self,
        user: "TeamsUser",
        text: Optional[str] = "Hallo",
        kind: str = "message",
        conversation_type: str = "personal",
        **fields: Any,
    ) -> Dict[str, Any]:
        activity = {
            "type": kind,
            "id": f"1{secrets.randbelow(10**12):012d}",
            "timestamp": "2026-11-01T10:00:00.000Z",
            "serviceUrl": self.service_url,
            "channelId": "msteams",
            "from": {"id": user.teams_id, "name": "Test Gebruiker", "aadObjectId": user.aad_object_id},
            "conversation": {
                "id": user.conversation_id,
                "conversationType": conversation_type,
                "tenantId": self.tenant_id,
            },
            "recipient": {"id": BOT_ID, "name": "Werkstress-assistent"},
            "channelData": {"tenant": {"id": self.tenant_id}},
            "locale": "nl-NL",
        }
        if kind == "message":
            activity["text"] = text
            activity["textFormat"] = "plain"
        activity.update(fields)
        return activity

    def posts_to(self, conversation_id: str) -> List[Dict[str, Any]]:
        with self._lock:
            return [post["activity"] for post in self.posts if post["conversation"] == conversation_id]

    # --- the server --------------------------------------------------------------------------

    @property
    def base(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def metadata_url(self) -> str:
        return self.base + "/v1/.well-known/openidconfiguration"

    @property
    def token_url(self) -> str:
        return f"{self.base}/{self.tenant_id}/oauth2/v2.0/token"

    @property
    def service_url(self) -> str:
        return self.base + CONNECTOR_PREFIX

    def start(self) -> "FakeBotFramework":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def _jwks(self) -> Dict[str, Any]:
        keys = []
        for kid, endorsements in self.published.items():
            jwk = RSAAlgorithm.to_jwk(self.private_keys[kid].public_key(), as_dict=True)
            keys.append({**jwk, "kid": kid, "use": "sig", "endorsements": endorsements})
        return {"keys": keys}


def _handler(fake: FakeBotFramework):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # quiet
            pass

        def _answer(self, status: int, body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/v1/.well-known/openidconfiguration":
                with fake._lock:
                    fake.counts["metadata"] += 1
                if fake.keys_unavailable:
                    self._answer(503, {"error": "unavailable"})
                    return
                self._answer(
                    200,
                    {
                        "issuer": ISSUER,
                        "authorization_endpoint": "https://invalid.example/authorize",
                        "jwks_uri": fake.base + "/v1/.well-known/keys",
                        "id_token_signing_alg_values_supported": ["RS256"],
                        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
                    },
                )
            elif self.path == "/v1/.well-known/keys":
                with fake._lock:
                    fake.counts["keys"] += 1
                self._answer(200, fake._jwks())
            else:
                self._answer(404, {"error": "not found"})

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path == f"/{fake.tenant_id}/oauth2/v2.0/token":
                form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
                expected = {
                    "grant_type": "client_credentials",
                    "client_id": fake.app_id,
                    "client_secret": fake.app_password,
                    "scope": "https://api.botframework.com/.default",
                }
                with fake._lock:
                    fake.counts["token"] += 1
                    if form != expected:
                        self._answer(401, {"error": "invalid_client"})
                        return
                    token = secrets.token_urlsafe(24)
                    fake.issued.add(token)
                self._answer(200, {"token_type": "Bearer", "expires_in": fake.token_lifetime, "access_token": token})
                return
            if self.path.startswith(CONNECTOR_PREFIX + "v3/conversations/"):
                rest = self.path[len(CONNECTOR_PREFIX + "v3/conversations/") :].split("/")
                authorization = self.headers.get("Authorization", "")
                with fake._lock:
                    allowed = authorization.startswith("Bearer ") and authorization[7:] in fake.issued
                if not allowed or len(rest) not in (2, 3) or rest[1] != "activities":
                    self._answer(401 if not allowed else 404, {"error": "refused"})
                    return
                activity = json.loads(body)
                with fake._lock:
                    fake.posts.append(
                        {
                            "conversation": unquote(rest[0]),
                            "reply_to": unquote(rest[2]) if len(rest) == 3 else None,
                            "activity": activity,
                        }
                    )
                self._answer(200, {"id": uuid.uuid4().hex})
                return
            self._answer(404, {"error": "not found"})

    return Handler


class TeamsUser:
    """One person in Teams, with a personal chat with the bot."""

    def __init__(self) -> None:
        self.aad_object_id = str(uuid.uuid4())
        self.teams_id = f"29:1{uuid.uuid4().hex}"
        self.conversation_id = f"a:1{uuid.uuid4().hex}"

    @property
    def sender(self) -> str:
        return f"teams-{self.aad_object_id}"


def post_activity(rasa_port: int, activity: Dict[str, Any], token: Optional[str]) -> int:
    """POSTs an activity to the bot's Teams endpoint as the Bot Framework would; returns the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        f"http://127.0.0.1:{rasa_port}/webhooks/teams/webhook",
        data=json.dumps(activity).encode(),
        headers=headers,
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
