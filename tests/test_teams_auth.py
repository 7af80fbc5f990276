"""The Teams channel's security checks and tokens (channels/teams_auth.py), against a local fake
Bot Framework with keys made here: no network beyond 127.0.0.1, no model."""

import asyncio
import base64
import hashlib
import hmac
import json
import time

import aiohttp
import pytest
from cryptography.hazmat.primitives import serialization
from fake_bot_framework import ISSUER, FakeBotFramework

from channels.teams import settings_from_environment
from channels.teams_auth import (
    AppTokens,
    KeysUnavailable,
    SigningKeys,
    TokenValidator,
    Unauthorized,
    endpoint_allowed,
)

APP_ID = "8e0c1f4a-1111-4a5b-9c2d-0123456789ab"
TENANT = "5d1e2f3a-2222-4b6c-8d3e-0123456789cd"


@pytest.fixture(scope="module")
def fake():
    bot_framework = FakeBotFramework(APP_ID, "geheim-wachtwoord", TENANT)
    bot_framework.add_key("key-1")
    bot_framework.add_key("not-published", publish=False)
    bot_framework.add_key("skype-only", endorsements=("skype",))
    bot_framework.start()
    yield bot_framework
    bot_framework.stop()


def with_session(work):
    """Runs `work(session_getter)` in a fresh event loop with one aiohttp session."""

    async def main():
        async with aiohttp.ClientSession() as session:

            async def get_session():
                return session

            return await work(get_session)

    return asyncio.run(main())


def check(fake, tokens, service_url=None, min_refetch_seconds=60.0):
    """Each token (or header) checked by one validator; the outcome per token: 'ok' or the refusal."""

    async def work(session):
        validator = TokenValidator(APP_ID, SigningKeys(fake.metadata_url, session, min_refetch_seconds))
        outcomes = []
        for token in tokens:
            header = token if token is None or " " in token else f"Bearer {token}"
            try:
                await validator.authenticate(header, "msteams", service_url or fake.service_url)
                outcomes.append("ok")
            except Unauthorized as error:
                outcomes.append(str(error))
        return outcomes

    return with_session(work)


def test_a_correctly_signed_token_is_accepted(fake):
    assert check(fake, [fake.sign()]) == ["ok"]


@pytest.mark.parametrize(
    "case, reason",
    [
        ("no token", "no bearer token"),
        ("not a bearer token", "no bearer token"),
        ("garbage", "DecodeError"),
        ("wrong signing key", "InvalidSignatureError"),
        ("wrong audience", "PermissionError"),
        ("wrong issuer", "PermissionError"),
        ("expired", "ExpiredSignatureError"),
        ("serviceurl differs", "serviceurl"),
        ("no serviceurl claim", "serviceurl"),
        ("no expiry", "no expiry"),
        ("key id not in the JWKS", "not published"),
        ("key not endorsed for msteams", "token refused"),
        ("HS256 with the public key", "token refused"),
    ],
)
def test_every_other_token_is_refused(fake, case, reason):
    now = int(time.time())
    tokens = {
        "no token": None,
        "not a bearer token": "Basic dXNlcjpwYXNz",
        "garbage": "abc.def.ghi",
        "wrong signing key": fake.sign(signing_kid="not-published"),
        "wrong audience": fake.sign(aud="00000000-0000-0000-0000-000000000000"),
        "wrong issuer": fake.sign(iss="https://sts.windows.net/evil/"),
        # Expired beyond the SDK's clock skew of 5 minutes.
        "expired": fake.sign(exp=now - 600, nbf=now - 7200, iat=now - 7200),
        "serviceurl differs": fake.sign(serviceurl="https://evil.example/emea/"),
        "no serviceurl claim": fake.sign(drop=("serviceurl",)),
        "no expiry": fake.sign(drop=("exp",)),
        "key id not in the JWKS": fake.sign(kid="not-published"),
        "key not endorsed for msteams": fake.sign(kid="skype-only"),
        "HS256 with the public key": _hs256_token(fake),
    }
    [outcome] = check(fake, [tokens[case]])
    assert outcome != "ok" and reason in outcome, (case, outcome)


def test_the_clock_skew_is_the_sdks_five_minutes(fake):
    now = int(time.time())
    assert check(fake, [fake.sign(exp=now - 120), fake.sign(exp=now - 360)]) == [
        "ok",
        "token refused (ExpiredSignatureError)",
    ]


def _hs256_token(fake):
    """The classic algorithm confusion: HMAC-signed with the published RSA public key as secret.
    PyJWT refuses to make such a token, so it is put together by hand."""
    public = (
        fake.private_keys["key-1"]
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    claims = {"iss": ISSUER, "aud": APP_ID, "serviceurl": fake.service_url, "exp": int(time.time()) + 60}

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    signed = (
        f"{b64(json.dumps({'alg': 'HS256', 'kid': 'key-1', 'typ': 'JWT'}).encode())}.{b64(json.dumps(claims).encode())}"
    )
    return f"{signed}.{b64(hmac.new(public, signed.encode(), hashlib.sha256).digest())}"


def test_a_token_for_the_activitys_own_service_url_only(fake):
    token = fake.sign()
    assert check(fake, [token], service_url="https://smba.trafficmanager.net/emea/") != ["ok"]


def test_keys_are_fetched_once_for_many_tokens_and_again_for_a_new_key_id(fake):
    before = fake.counts["keys"]
    assert check(fake, [fake.sign() for _ in range(100)]) == ["ok"] * 100
    assert fake.counts["keys"] - before == 1

    async def rotation(session):
        validator = TokenValidator(APP_ID, SigningKeys(fake.metadata_url, session, min_refetch_seconds=0.5))
        outcomes = []

        async def attempt(token):
            try:
                await validator.authenticate(f"Bearer {token}", "msteams", fake.service_url)
                outcomes.append("ok")
            except Unauthorized:
                outcomes.append("refused")

        await attempt(fake.sign())  # first fetch
        fake.add_key(f"rotated-{time.monotonic_ns()}")
        rotated = list(fake.published)[-1]
        counts = [fake.counts["keys"]]
        await asyncio.sleep(0.6)
        await attempt(fake.sign(kid=rotated))  # unknown id → one refetch → found
        await attempt(fake.sign(kid=rotated))
        counts.append(fake.counts["keys"])
        await asyncio.sleep(0.6)
        await attempt(fake.sign(kid="not-published"))  # unknown id → one refetch → still unknown
        counts.append(fake.counts["keys"])
        await attempt(fake.sign(kid="not-published"))  # within the floor: no refetch
        await asyncio.gather(*(attempt(fake.sign(kid="not-published")) for _ in range(20)))
        counts.append(fake.counts["keys"])
        return outcomes, counts

    outcomes, counts = with_session(rotation)
    assert outcomes[:3] == ["ok", "ok", "ok"] and set(outcomes[3:]) == {"refused"}, outcomes
    assert [c - counts[0] for c in counts] == [0, 1, 2, 2], counts


def test_concurrent_first_requests_share_one_key_fetch(fake):
    async def work(session):
        validator = TokenValidator(APP_ID, SigningKeys(fake.metadata_url, session))
        before = fake.counts["keys"]
        token = fake.sign()
        await asyncio.gather(
            *(validator.authenticate(f"Bearer {token}", "msteams", fake.service_url) for _ in range(30))
        )
        return fake.counts["keys"] - before

    assert with_session(work) == 1


def test_without_reachable_keys_nothing_is_accepted(fake):
    async def work(session):
        keys = SigningKeys("http://127.0.0.1:9/v1/.well-known/openidconfiguration", session)
        await keys.prefetch()  # the bot still starts
        with pytest.raises(KeysUnavailable):
            await TokenValidator(APP_ID, keys).authenticate(f"Bearer {fake.sign()}", "msteams", fake.service_url)

    with_session(work)


def test_after_a_failed_key_fetch_requests_do_not_wait_for_another_until_the_interval_is_over(fake):
    async def work(session):
        validator = TokenValidator(APP_ID, SigningKeys(fake.metadata_url, session, min_refetch_seconds=0.5))
        header = f"Bearer {fake.sign()}"
        fake.keys_unavailable = True
        before = fake.counts["metadata"]
        try:
            for _ in range(5):
                with pytest.raises(KeysUnavailable):
                    await validator.authenticate(header, "msteams", fake.service_url)
            attempts = fake.counts["metadata"] - before
        finally:
            fake.keys_unavailable = False
        await asyncio.sleep(0.6)
        await validator.authenticate(header, "msteams", fake.service_url)
        return attempts

    assert with_session(work) == 1


def test_the_app_token_is_cached_until_shortly_before_it_expires(fake):
    async def work(session):
        tokens = AppTokens(fake.token_url, APP_ID, "geheim-wachtwoord", session)
        before = fake.counts["token"]
        first = [await tokens.get() for _ in range(10)]
        fetched = fake.counts["token"] - before
        fake.token_lifetime = 2  # renewed after half its life
        tokens.forget()
        short = await tokens.get()
        await asyncio.sleep(1.1)
        renewed = await tokens.get()
        fake.token_lifetime = 3600
        wrong = AppTokens(fake.token_url, APP_ID, "fout", session)
        with pytest.raises(RuntimeError):
            await wrong.get()
        return first, fetched, short, renewed

    first, fetched, short, renewed = with_session(work)
    assert fetched == 1 and len(set(first)) == 1
    assert short != renewed


@pytest.mark.parametrize(
    "url, allowed",
    [
        ("https://login.botframework.com/v1/.well-known/openidconfiguration", True),
        ("http://127.0.0.1:8080/keys", True),
        ("http://localhost:8080/keys", True),
        ("http://[::1]:8080/keys", True),
        ("http://login.botframework.com/v1/.well-known/openidconfiguration", False),
        ("http://10.0.0.5/keys", False),
        ("ftp://example.org/keys", False),
        ("https:///nohost", False),
        (None, False),
    ],
)
def test_only_https_or_local_http_endpoints(url, allowed):
    assert endpoint_allowed(url) is allowed


def test_settings_come_from_the_environment():
    assert settings_from_environment({}) is None
    with pytest.raises(ValueError, match="TEAMS_APP_PASSWORD"):
        settings_from_environment({"TEAMS_APP_ID": APP_ID, "TEAMS_TENANT_ID": TENANT})
    with pytest.raises(ValueError, match="TEAMS_TENANT_ID"):
        settings_from_environment({"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "x"})
    settings = settings_from_environment({"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "x", "TEAMS_TENANT_ID": TENANT})
    assert settings.token_url == f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token"
    assert settings.metadata_url == "https://login.botframework.com/v1/.well-known/openidconfiguration"
    with pytest.raises(ValueError, match="TEAMS_TOKEN_URL"):
        settings_from_environment(
            {
                "TEAMS_APP_ID": APP_ID,
                "TEAMS_APP_PASSWORD": "x",
                "TEAMS_TENANT_ID": TENANT,
                "TEAMS_TOKEN_URL": "http://token.example/",
            }
        )


def test_without_teams_app_id_the_channel_has_no_route(monkeypatch):
    from channels.teams import TeamsInput

    monkeypatch.delenv("TEAMS_APP_ID", raising=False)
    channel = TeamsInput.from_credentials(None)
    assert channel.settings is None and channel.name() == "teams"

    async def handler(message):
        pass

    assert [route.uri for route in channel.blueprint(handler)._future_routes] == []
    enabled = TeamsInput(
        settings_from_environment({"TEAMS_APP_ID": APP_ID, "TEAMS_APP_PASSWORD": "x", "TEAMS_TENANT_ID": TENANT})
    )
    assert [route.uri for route in enabled.blueprint(handler)._future_routes] == ["/webhook"]
