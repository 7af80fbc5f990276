"""The Bot Framework's security for the Teams channel (channels/teams.py), on Microsoft's SDK.

Incoming: every activity's bearer token is checked with `botframework-connector`'s own
validation (`JwtTokenExtractor` and `ChannelValidation.validate_identity`): the RS256 signature
against Microsoft's published keys, the issuer, the key's endorsement for the activity's channel,
expiry with the SDK's clock skew, and the audience (the bot's app id). Then the token's
`serviceurl` claim must equal the activity's `serviceUrl`, as the SDK's
`authenticate_channel_token_with_service_url` does.

Three limits of the SDK are worked around here:

- its key fetch uses the blocking `requests` library inside the event loop: the keys come from
  `SigningKeys` instead, fetched with aiohttp;
- an unknown key id raises `IndexError` (and a missing one `AttributeError`): `SigningKeys`
  refetches the keys once on an unknown id (a key rotation) and raises `UnknownSigningKey`;
  every validation error is mapped to `Unauthorized` by `TokenValidator`;
- its metadata cache is shared by the class: `_ChannelTokenExtractor` keeps the channel's own.

Outgoing: `AppTokens` gets the bot's token by a client-credentials request to the tenant's
token endpoint and keeps it until shortly before it expires.
"""

import asyncio
import ipaddress
import json
import logging
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text
from urllib.parse import urlsplit

import aiohttp
from botframework.connector.auth import (
    AuthenticationConstants,
    ChannelValidation,
    ClaimsIdentity,
    JwtTokenExtractor,
    SimpleCredentialProvider,
)
from botframework.connector.auth.verify_options import VerifyOptions
from jwt.algorithms import RSAAlgorithm

logger = logging.getLogger(__name__)

# The SDK's own values for tokens from the Bot Framework's channels (public cloud).
TOKEN_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
CLOCK_SKEW_SECONDS = 5 * 60
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com/.default"
# The keys are fetched again after a day, and at most this often when a token names a key id
# that is not among them (so a stream of made-up key ids cannot make the bot hammer Microsoft).
KEYS_MAX_AGE_SECONDS = 24 * 3600
DEFAULT_MIN_REFETCH_SECONDS = 60.0
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=10)
MAX_DOCUMENT_BYTES = 1024 * 1024

SessionGetter = Callable[[], Awaitable[aiohttp.ClientSession]]


class Unauthorized(Exception):
    """The request is refused with 401; the message names the check, never a token value."""


class KeysUnavailable(Exception):
    """Microsoft's signing keys could not be fetched at all: nothing can be checked (503)."""


class UnknownSigningKey(Exception):
    pass


def endpoint_allowed(url: Any) -> bool:
    """https, or plain http to this machine only (the tests' local Bot Framework)."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if not parts.hostname:
        return False
    if parts.scheme == "https":
        return True
    if parts.scheme != "http":
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


async def _get_json(session: aiohttp.ClientSession, url: Text) -> Dict[Text, Any]:
    if not endpoint_allowed(url):
        raise KeysUnavailable("the key endpoint is neither https nor local")
    async with session.get(url, timeout=HTTP_TIMEOUT) as response:
        if response.status != 200:
            raise KeysUnavailable(f"HTTP {response.status}")
        body = await response.content.read(MAX_DOCUMENT_BYTES + 1)
        if len(body) > MAX_DOCUMENT_BYTES:
            raise KeysUnavailable("document too large")
        document = json.loads(body)
        if not isinstance(document, dict):
            raise KeysUnavailable("not a JSON object")
        return document


class SigningKey:
    """What the SDK's `JwtTokenExtractor` reads from its metadata: the key and its endorsements."""

    def __init__(self, public_key: Any, endorsements: List[Text]) -> None:
        self.public_key = public_key
        self.endorsements = endorsements


class SigningKeys:
    """Microsoft's published signing keys: OpenID metadata → `jwks_uri` → keys, fetched with aiohttp.

    The interface is the SDK's `_OpenIdMetadata.get(key_id)`; one fetch serves many requests, and
    concurrent requests share it.
    """

    def __init__(
        self, metadata_url: Text, session: SessionGetter, min_refetch_seconds: float = DEFAULT_MIN_REFETCH_SECONDS
    ) -> None:
        self.metadata_url = metadata_url
        self.min_refetch_seconds = min_refetch_seconds
        self._session = session
        self._keys: Dict[Text, SigningKey] = {}
        self._fetched_at: Optional[float] = None
        self._retry_after = 0.0
        self._lock = asyncio.Lock()

    async def refresh(self) -> None:
        session = await self._session()
        metadata = await _get_json(session, self.metadata_url)
        jwks = await _get_json(session, metadata.get("jwks_uri"))
        keys: Dict[Text, SigningKey] = {}
        for jwk in jwks.get("keys") or []:
            if not isinstance(jwk, dict) or not isinstance(jwk.get("kid"), str) or jwk.get("kty") != "RSA":
                continue
            try:
                public_key = RSAAlgorithm.from_jwk(json.dumps(jwk))
            except Exception:  # a malformed key is skipped, the others still count
                continue
            endorsements = [e for e in jwk.get("endorsements") or [] if isinstance(e, str)]
            keys[jwk["kid"]] = SigningKey(public_key, endorsements)
        self._keys = keys
        self._fetched_at = time.monotonic()
        logger.info(f"Teams: fetched {len(keys)} signing keys.")

    async def _refresh_if(self, needed: Callable[[], bool]) -> None:
        async with self._lock:
            # After a failed fetch, requests do not wait for another one until the interval is over.
            if needed() and time.monotonic() >= self._retry_after:
                try:
                    await self.refresh()
                except (aiohttp.ClientError, asyncio.TimeoutError, ValueError, KeysUnavailable) as error:
                    self._retry_after = time.monotonic() + self.min_refetch_seconds
                    logger.warning(f"Teams: could not fetch the signing keys ({type(error).__name__}).")
            if not self._keys:
                raise KeysUnavailable()

    def _age(self) -> float:
        return float("inf") if self._fetched_at is None else time.monotonic() - self._fetched_at

    async def prefetch(self) -> None:
        """At start-up, so that the first request need not wait; without the keys the bot still starts."""
        try:
            await self._refresh_if(lambda: not self._keys)
        except KeysUnavailable:
            pass

    async def get(self, key_id: Optional[Text]) -> SigningKey:
        await self._refresh_if(lambda: not self._keys or self._age() > KEYS_MAX_AGE_SECONDS)
        if key_id not in self._keys:
            # A new key id: Microsoft may have rotated its keys since the last fetch.
            await self._refresh_if(lambda: key_id not in self._keys and self._age() >= self.min_refetch_seconds)
        key = self._keys.get(key_id) if isinstance(key_id, str) else None
        if key is None:
            raise UnknownSigningKey()
        return key


class _ChannelTokenExtractor(JwtTokenExtractor):
    """The SDK's extractor with the channel's own key source instead of the class-wide cache."""

    def __init__(self, keys: SigningKeys) -> None:
        self.validation_parameters = VerifyOptions(
            issuer=[TOKEN_ISSUER], audience=None, clock_tolerance=CLOCK_SKEW_SECONDS, ignore_expiration=False
        )
        self.validation_parameters.algorithms = ["RS256"]
        self.open_id_metadata = keys


class TokenValidator:
    def __init__(self, app_id: Text, keys: SigningKeys) -> None:
        self.credentials = SimpleCredentialProvider(app_id, "")
        self.keys = keys
        self._extractor = _ChannelTokenExtractor(keys)

    async def authenticate(self, auth_header: Any, channel_id: Any, service_url: Any) -> ClaimsIdentity:
        """The token's claims if every check passes; raises Unauthorized (or KeysUnavailable)."""
        if not isinstance(auth_header, str) or not auth_header.startswith("Bearer "):
            raise Unauthorized("no bearer token")
        if not isinstance(channel_id, str) or not channel_id or not isinstance(service_url, str) or not service_url:
            raise Unauthorized("the activity names no channel or service URL")
        try:
            identity = await self._extractor.get_identity_from_auth_header(auth_header, channel_id, [])
            # Issuer and audience (the bot's app id), as the SDK checks them.
            identity = await ChannelValidation.validate_identity(identity, self.credentials)
        except KeysUnavailable:
            raise
        except UnknownSigningKey as error:
            raise Unauthorized("signed with a key that is not published") from error
        except Exception as error:  # the SDK raises PermissionError, PyJWT errors and plain Exception
            raise Unauthorized(f"token refused ({type(error).__name__})") from error
        if not isinstance(identity.claims.get("exp"), (int, float)):
            raise Unauthorized("the token has no expiry")
        if identity.get_claim_value(AuthenticationConstants.SERVICE_URL_CLAIM) != service_url:
            raise Unauthorized("the token's serviceurl is not the activity's serviceUrl")
        return identity


class AppTokens:
    """The bot's own token for the Bot Connector (client credentials), cached until shortly before expiry."""

    def __init__(self, token_url: Text, app_id: Text, password: Text, session: SessionGetter) -> None:
        self.token_url = token_url
        self._form = {
            "grant_type": "client_credentials",
            "client_id": app_id,
            "client_secret": password,
            "scope": BOT_FRAMEWORK_SCOPE,
        }
        self._session = session
        self._token: Optional[Text] = None
        self._renew_at = 0.0
        self._lock = asyncio.Lock()

    def forget(self) -> None:
        self._token = None

    async def get(self) -> Text:
        async with self._lock:
            if self._token is None or time.monotonic() >= self._renew_at:
                session = await self._session()
                async with session.post(self.token_url, data=self._form, timeout=HTTP_TIMEOUT) as response:
                    if response.status != 200:
                        raise RuntimeError(f"the token endpoint answered HTTP {response.status}")
                    answer = await response.json(content_type=None)
                token, lifetime = answer.get("access_token"), float(answer.get("expires_in", 0))
                if not isinstance(token, str) or not token or lifetime <= 0:
                    raise RuntimeError("the token endpoint gave no usable token")
                self._token = token
                # Renewed 5 minutes before it expires (half its life, for a short-lived one).
                self._renew_at = time.monotonic() + lifetime - min(300.0, lifetime / 2)
            return self._token
