"""The web widget's channel without servers: tokens, conversation ids, origins, the served script.
The same behaviour through a real browser and both servers is in test_webchat.py."""

import re
import time

import jwt
import pytest

from channels import webchat
from conftest import ROOT

SECRET = "unit-test-token-secret-0123456789abcdef"


@pytest.fixture
def channel(monkeypatch):
    monkeypatch.setenv(webchat.SECRET_ENV, "unit-test-server-secret-0123456789abcdef")
    monkeypatch.setenv(webchat.TOKEN_SECRET_ENV, SECRET)
    return webchat.WebchatInput()


def token(seconds=600, secret=SECRET, **claims):
    now = int(time.time())
    return jwt.encode({"sub": "a.de.vries@voorbeeld.nl", "iat": now, "exp": now + seconds, **claims}, secret, "HS256")


def test_a_valid_token_gives_its_subject(channel):
    subject, expires = webchat.verify_token(token())
    assert subject == "a.de.vries@voorbeeld.nl" and expires > time.time()


@pytest.mark.parametrize(
    "bad",
    [
        lambda: token(secret="another-secret-of-enough-length-0123456789"),
        lambda: token(seconds=3 * 3600),
        lambda: token(iat=int(time.time()) - 7200, seconds=600),
        lambda: jwt.encode({"sub": "x", "exp": int(time.time()) + 60}, None, "none"),
        lambda: jwt.encode({"sub": "x"}, SECRET, "HS256"),
        lambda: jwt.encode({"exp": int(time.time()) + 60}, SECRET, "HS256"),
        lambda: "not a token",
        lambda: 12345,
    ],
)
def test_a_bad_token_is_invalid(channel, bad):
    with pytest.raises(webchat.TokenInvalid):
        webchat.verify_token(bad())


def test_an_expired_token_is_told_apart(channel):
    with pytest.raises(webchat.TokenExpired):
        webchat.verify_token(token(seconds=-1))


def test_no_token_secret_means_no_token_is_accepted(channel, monkeypatch):
    monkeypatch.delenv(webchat.TOKEN_SECRET_ENV)
    with pytest.raises(webchat.TokenInvalid):
        webchat.verify_token(token())


def test_conversations_are_named_by_the_server(channel):
    signed = channel._session_for({"token": token()})
    assert signed["identified"] and "vries" not in signed["conversation"]
    assert channel._session_for({"token": token()})["conversation"] == signed["conversation"]
    anonymous = channel._session_for({})
    assert re.fullmatch(r"webchat-[0-9a-f]{32}", anonymous["conversation"])
    resumed = {"conversation": anonymous["conversation"], "resume": channel._resume_secret(anonymous["conversation"])}
    assert channel._session_for(resumed)["conversation"] == anonymous["conversation"]
    for forged in (
        {"conversation": anonymous["conversation"]},
        {"conversation": anonymous["conversation"], "resume": "0" * 64},
        {"conversation": signed["conversation"], "resume": channel._resume_secret(signed["conversation"])},
        "not a dict",
    ):
        assert channel._session_for(forged)["conversation"] not in (anonymous["conversation"], signed["conversation"])


def test_a_bad_token_refuses_the_socket(channel):
    with pytest.raises(webchat.ConnectionRefusedError):
        channel._session_for({"token": token(secret="another-secret-of-enough-length-0123456789")})
    with pytest.raises(webchat.ConnectionRefusedError):
        channel._session_for({"token": token(seconds=-5)})


def test_own_origin_and_the_one_origin_setting(monkeypatch):
    environ = {"HTTP_HOST": "bot.example:5005", "HTTP_X_FORWARDED_HOST": "chat.example.nl"}
    assert {"http://bot.example:5005", "https://chat.example.nl"} <= webchat.own_origins(environ)
    monkeypatch.setenv("WERKSTRESS_ALLOWED_ORIGINS", " https://intranet.example.nl/ ,https://b.example ")
    assert webchat.allowed_origins() == {"https://intranet.example.nl", "https://b.example"}


def test_the_message_window_counts_a_minute():
    window = webchat.MessageWindow(3)
    assert [window.count("a") for _ in range(4)] == [1, 2, 3, 4]
    assert window.count("b") == 1


def test_link_buttons_keep_only_https_urls():
    buttons = [
        {"title": "Bron", "type": "web_url", "url": "https://www.113.nl", "payload": "https://www.113.nl"},
        {"title": "Kies", "payload": "/ask_links"},
        {"title": "Kwaad", "type": "web_url", "url": "javascript:alert(1)"},
        {"payload": "/geen_titel"},
    ]
    assert webchat.widget_buttons(buttons) == [
        {"title": "Bron", "url": "https://www.113.nl"},
        {"title": "Kies", "payload": "/ask_links"},
    ]


def test_the_widget_never_writes_html_and_loads_nothing_else():
    own = (ROOT / "webchat" / "widget.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert forbidden not in own, forbidden
    assert not re.search(r"https?://(?!bot\.example|www\.w3\.org/2000/svg)", own), "the widget names another host"
    served = webchat.widget_script()
    assert "sourceMappingURL" not in served and "Socket.IO v4.8.4" in served
    css = (ROOT / "webchat" / "widget.css").read_text(encoding="utf-8")
    assert "@import" not in css and "url(" not in css and "@font-face" not in css


def test_the_channel_names_only_domain_responses(domain):
    code = (ROOT / "channels" / "webchat.py").read_text(encoding="utf-8")
    for name in set(re.findall(r'"(utter_\w+)"', code)):
        assert name in domain["responses"], name
