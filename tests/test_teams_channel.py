"""The Teams channel through the real bot: trained model, both servers, and a local fake Bot
Framework (tests/fake_bot_framework.py) for Microsoft's keys, tokens and Bot Connector.

Every activity is signed with keys made in the test; the replies are read where the bot posts
them, at the fake connector. Nothing leaves 127.0.0.1.
"""

import json
import sqlite3
import statistics
import time
import urllib.error
import urllib.request
import uuid

import pytest
from fake_bot_framework import BOT_ID, FakeBotFramework, TeamsUser, post_activity

from conftest import ROOT
from scripts.servers import running_bot, send

pytestmark = pytest.mark.conversation

RASA_PORT = 5505
ACTIONS_PORT = 5555
APP_ID = "8e0c1f4a-1111-4a5b-9c2d-0123456789ab"
PASSWORD = "geheim-wachtwoord-voor-de-test"
TENANT = "5d1e2f3a-2222-4b6c-8d3e-0123456789cd"
LOG = ROOT / "results" / "teams-servers.log"
# Seconds between two key refetches for unknown key ids; 60 in production, short here so that
# one test run can show both a rotation and the refusal of a key that stays unknown.
MIN_REFETCH_SECONDS = 2


@pytest.fixture(scope="module")
def bot_framework():
    fake = FakeBotFramework(APP_ID, PASSWORD, TENANT)
    fake.add_key("key-1")
    fake.add_key("not-published", publish=False)
    fake.start()
    yield fake
    fake.stop()


@pytest.fixture(scope="module")
def servers(bot_framework):
    settings = {
        "TEAMS_APP_ID": APP_ID,
        "TEAMS_APP_PASSWORD": PASSWORD,
        "TEAMS_TENANT_ID": TENANT,
        "TEAMS_OPENID_METADATA_URL": bot_framework.metadata_url,
        "TEAMS_TOKEN_URL": bot_framework.token_url,
        "TEAMS_KEYS_MIN_REFETCH_SECONDS": str(MIN_REFETCH_SECONDS),
    }
    with pytest.MonkeyPatch.context() as patch:
        for name, value in settings.items():
            patch.setenv(name, value)
        with running_bot(RASA_PORT, ACTIONS_PORT, LOG):
            bot_framework.at_start = dict(bot_framework.counts)
            yield


class Chat:
    """One Teams user in a personal chat with the bot."""

    def __init__(self, fake: FakeBotFramework):
        self.fake = fake
        self.user = TeamsUser()

    def send(self, text="Hallo", token=None, **fields):
        """Posts a signed activity; returns the HTTP status and what the bot posted in reply."""
        activity = self.fake.activity(self.user, text, **fields)
        before = len(self.fake.posts_to(self.user.conversation_id))
        status = post_activity(RASA_PORT, activity, self.fake.sign() if token is None else token)
        # The channel posts its replies before it answers the webhook.
        return status, Replies(self.fake.posts_to(self.user.conversation_id)[before:], activity)

    def say(self, text, **fields):
        status, replies = self.send(text, **fields)
        assert status == 200, status
        return replies


class Replies:
    def __init__(self, posted, incoming):
        self.posted = posted
        self.incoming = incoming
        self.messages = [a for a in posted if a["type"] == "message"]
        self.text = "\n".join(m.get("text") or "" for m in self.messages)
        self.buttons = [
            button
            for message in self.messages
            for card in message.get("attachments") or []
            for button in card["content"].get("buttons") or []
        ]

    def button(self, title):
        return next(b for b in self.buttons if b["title"] == title)

    def __repr__(self):
        return json.dumps(self.posted, ensure_ascii=False, indent=1)


@pytest.fixture
def chat(servers, bot_framework):
    return Chat(bot_framework)


def stored_events(sender: str) -> int:
    with sqlite3.connect(ROOT / ".data" / "tracker.db") as db:
        return db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


# --- A conversation -------------------------------------------------------------------------


def test_hallo_gets_a_dutch_reply_with_clickable_buttons_and_a_click_gets_the_advice(chat, bot_framework):
    replies = chat.say("Hallo")
    assert replies.posted[0]["type"] == "typing", replies  # the typing indicator comes first
    [message] = replies.messages
    assert "digitale assistent" in message["text"] and message["textFormat"] == "markdown", replies
    # Addressed as a reply in the user's own conversation, from the bot.
    assert message["conversation"]["id"] == chat.user.conversation_id
    assert message["replyToId"] == replies.incoming["id"]
    assert message["from"]["id"] == BOT_ID and message["recipient"]["id"] == chat.user.teams_id
    [card] = message["attachments"]
    assert card["contentType"] == "application/vnd.microsoft.card.hero"
    topic = replies.button("Werk en mantelzorg")
    assert topic["type"] == "imBack" and topic["value"] == "Werk en mantelzorg"
    assert all(b["type"] == "imBack" and b["value"] == b["title"] for b in replies.buttons)

    # A click on an imBack button sends its value as the user's message.
    replies = chat.say(topic["value"])
    assert "mantelzorg" in replies.text.lower(), replies
    role = next(b for b in replies.buttons if b["title"] == "Ik ben leidinggevende")
    assert role["type"] == "imBack"
    replies = chat.say(role["value"])
    assert replies.buttons, replies
    # The advice topics are made by the actions: messageBack, the payload comes back as value.
    subtopic = next(b for b in replies.buttons if b["type"] == "messageBack")
    assert subtopic["value"]["payload"].startswith("/inform_subtopic"), subtopic
    replies = chat.say(subtopic["text"], value=subtopic["value"])
    assert "Bron:" in replies.text, replies


def test_links_are_markdown_links_and_open_url_buttons(chat):
    chat.say("Werk en mantelzorg")
    chat.say("Ik ben leidinggevende")
    replies = chat.say("Links")
    links = next(m for m in replies.messages if "https://" in (m.get("text") or ""))
    # One paragraph a link line, each URL a Markdown link, none left bare.
    assert links["text"].count("\n\n") >= 1 and "](https://www.rivm.nl/" in links["text"], replies
    assert " https://" not in links["text"], replies
    opened = [b for b in replies.buttons if b["type"] == "openUrl"]
    assert len(opened) >= 2 and all(b["value"].startswith("https://") for b in opened), replies


def test_welcome_when_added_to_a_personal_chat(chat):
    status, replies = chat.send(None, kind="conversationUpdate", membersAdded=[{"id": BOT_ID}])
    assert status == 200
    [message] = replies.messages
    assert "digitale assistent" in message["text"] and "30 dagen" in message["text"], replies
    assert "wis mijn gesprek" in message["text"] and "Teams" in message["text"]
    assert replies.button("Werk en mantelzorg")["type"] == "imBack"
    assert stored_events(chat.user.sender) == 0


def test_group_chats_and_channels_get_a_polite_refusal_and_nothing_is_stored(chat):
    replies = chat.say("Mijn moeder is ziek, hoeveel zorgverlof heb ik?", conversation_type="groupChat")
    assert "persoonlijke chat" in replies.text and "zorgverlof" not in replies.text.lower(), replies
    replies = chat.say("<at>Werkstress-assistent</at> ik wil niet meer leven", conversation_type="channel")
    assert "113" in replies.text and "persoonlijke chat" in replies.text, replies
    status, replies = chat.send(
        None, kind="conversationUpdate", conversation_type="channel", membersAdded=[{"id": BOT_ID}]
    )
    assert status == 200 and "persoonlijke chat" in replies.text, replies
    assert stored_events(chat.user.sender) == 0


def test_wis_mijn_gesprek_erases_the_conversation_and_says_teams_keeps_the_chat(chat):
    chat.say("Hallo")
    chat.say("Mijn vader is ziek, hoeveel kortdurend zorgverlof heb ik bij 36 uur?")
    assert stored_events(chat.user.sender) > 0
    replies = chat.say("Wis mijn gesprek")
    assert "gewist" in replies.text and "Teams" in replies.text, replies
    assert stored_events(chat.user.sender) == 0


# --- The REST channel's limits, with the same settings --------------------------------------


def test_a_too_long_message_is_refused_not_stored_and_a_crisis_in_it_still_answered(chat):
    replies = chat.say("werkdruk " * 300)
    assert "te lang" in replies.text and "2000" in replies.text, replies
    replies = chat.say("Ik wil niet meer leven. " + "werkdruk " * 300)
    assert "113" in replies.text and "te lang" in replies.text, replies
    assert stored_events(chat.user.sender) == 0


def test_a_flood_is_slowed_down(chat):
    statuses = [chat.send("hoi") for _ in range(31)]
    assert all(status == 200 for status, _ in statuses)
    assert "Even rustig aan" in statuses[-1][1].text, statuses[-1][1]
    assert "Even rustig aan" not in statuses[0][1].text


# --- Refusals: 401 (403 for another tenant), nothing processed, nothing posted ----------------

REFUSALS = [
    "no token",
    "wrong signing key",
    "wrong audience",
    "wrong issuer",
    "expired",
    "serviceUrl claim differs",
    "key id not in the JWKS",
    "malformed token",
]


def _token(fake: FakeBotFramework, case: str):
    now = int(time.time())
    return {
        "no token": None,
        "wrong signing key": fake.sign(signing_kid="not-published"),
        "wrong audience": fake.sign(aud="00000000-0000-0000-0000-000000000000"),
        "wrong issuer": fake.sign(iss="https://sts.windows.net/" + TENANT + "/"),
        "expired": fake.sign(exp=now - 3600, iat=now - 7200, nbf=now - 7200),
        "serviceUrl claim differs": fake.sign(serviceurl="https://smba.trafficmanager.net/emea/"),
        "key id not in the JWKS": fake.sign(kid="not-published"),
        "malformed token": "not.a.token",
    }[case]


@pytest.mark.parametrize("case", REFUSALS)
def test_refused_with_401_and_nothing_processed(chat, bot_framework, case):
    activity = bot_framework.activity(chat.user, "Mijn moeder is ziek, hoeveel zorgverlof heb ik?")
    status = post_activity(RASA_PORT, activity, _token(bot_framework, case))
    assert status == 401, (case, status)
    assert bot_framework.posts_to(chat.user.conversation_id) == [], case
    assert stored_events(chat.user.sender) == 0, case


def test_an_activity_from_another_tenant_gets_403(chat, bot_framework):
    other = {"tenant": {"id": "11111111-2222-3333-4444-555555555555"}}
    status, replies = chat.send("Hallo", channelData=other)
    assert status == 403 and replies.posted == []
    assert stored_events(chat.user.sender) == 0


def test_an_activity_for_another_service_url_gets_401(chat, bot_framework):
    # A valid token for the fake's service URL, on an activity that names another one.
    status, replies = chat.send("Hallo", serviceUrl="https://smba.trafficmanager.net/emea/")
    assert status == 401 and replies.posted == []


def test_a_body_that_is_no_activity_gets_401_and_a_huge_one_413(servers, bot_framework):
    def raw(body: bytes) -> int:
        request = urllib.request.Request(
            f"http://127.0.0.1:{RASA_PORT}/webhooks/teams/webhook",
            data=body,
            headers={"Authorization": f"Bearer {bot_framework.sign()}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code

    assert raw(b"{not json") == 401
    assert raw(b"[1, 2]") == 401
    assert raw(b'{"type": "message", "text": "' + b"x" * 300_000 + b'"}') == 413


def test_the_refusal_cases_in_one_table(servers, bot_framework):
    """The closing note's table: every refusal case with its HTTP status."""
    table = {}
    for case in REFUSALS:
        user = TeamsUser()
        status = post_activity(RASA_PORT, bot_framework.activity(user, "Hallo"), _token(bot_framework, case))
        table[case] = (status, len(bot_framework.posts_to(user.conversation_id)), stored_events(user.sender))
    print("\nrefusal case: (HTTP status, activities posted, events stored)")
    for case, outcome in table.items():
        print(f"  {case}: {outcome}")
    assert all(outcome == (401, 0, 0) for outcome in table.values()), table


# --- Keys: fetched once for many activities, again on rotation -------------------------------


def test_keys_fetched_once_for_100_activities_and_the_app_token_once(servers, bot_framework):
    chats = [Chat(bot_framework) for _ in range(10)]
    chats[0].say("Hallo")  # the keys are surely there (fetched at start-up)
    keys_before, tokens_before = bot_framework.counts["keys"], bot_framework.counts["token"]
    messages = ["Hallo", "Wat is calamiteitenverlof?", "32 uur", "Bedankt", "AI op de werkvloer"]
    answered = 0
    for round_ in range(10):
        for chat in chats:
            replies = chat.say(messages[round_ % len(messages)])
            answered += bool(replies.messages)
    fetches = bot_framework.counts["keys"] - keys_before
    tokens = bot_framework.counts["token"] - tokens_before
    print(
        f"\nkey fetches: {bot_framework.at_start['keys']} at start-up, {fetches} more for 100 activities; "
        f"app token requests during them: {tokens}"
    )
    assert bot_framework.at_start["keys"] == 1 and bot_framework.at_start["metadata"] == 1
    assert answered == 100
    assert fetches == 0 and tokens == 0


def test_a_new_key_id_is_fetched_once_and_an_unknown_one_stays_refused(chat, bot_framework):
    time.sleep(MIN_REFETCH_SECONDS + 0.2)
    bot_framework.add_key("key-rotated")
    before = bot_framework.counts["keys"]
    status, replies = chat.send("Hallo", token=bot_framework.sign(kid="key-rotated"))
    assert status == 200 and replies.messages, replies
    status, _ = chat.send("Bedankt", token=bot_framework.sign(kid="key-rotated"))
    assert status == 200
    assert bot_framework.counts["keys"] - before == 1  # one refetch for the new key id

    time.sleep(MIN_REFETCH_SECONDS + 0.2)
    before = bot_framework.counts["keys"]
    statuses = [chat.send("Hallo", token=bot_framework.sign(kid="not-published"))[0] for _ in range(5)]
    assert statuses == [401] * 5
    assert bot_framework.counts["keys"] - before == 1  # one refetch, then no more within the interval


# --- Cost and logs -----------------------------------------------------------------------------


def test_added_latency_of_the_channel_over_rest(servers, bot_framework):
    """Median time per message over REST and over Teams (signed activity checked, typing indicator
    and replies posted to the fake connector before the webhook answers), alternating, each from a
    new user: a greeting (one reply) and a leave question (four replies, through the action server)."""
    figures = {}
    for label, message in (
        ("greeting", "Hallo"),
        ("leave question", "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?"),
    ):
        rest, teams = [], []
        for _ in range(20):
            started = time.perf_counter()
            send(RASA_PORT, f"latency-{uuid.uuid4().hex[:8]}", message)
            rest.append(time.perf_counter() - started)
            chat = Chat(bot_framework)
            started = time.perf_counter()
            chat.say(message)
            teams.append(time.perf_counter() - started)
        figures[label] = {
            "messages": len(rest),
            "rest_median_ms": round(statistics.median(rest) * 1000, 1),
            "teams_median_ms": round(statistics.median(teams) * 1000, 1),
            "added_median_ms": round((statistics.median(teams) - statistics.median(rest)) * 1000, 1),
        }
    (ROOT / "results" / "teams-latency.json").write_text(json.dumps(figures, indent=1) + "\n")
    print(f"\nlatency per message: {figures}")
    assert all(figure["added_median_ms"] < 500 for figure in figures.values()), figures


def test_no_message_text_or_ids_in_the_logs(chat):
    marker = f"Merkzin{uuid.uuid4().hex[:10]}"
    chat.say(f"Mijn collega {marker} zorgt voor haar vader, hoeveel kortdurend zorgverlof bij 36 uur?")
    assert chat.send(f"Ook {marker}", token=chat.fake.sign(aud="00000000-0000-0000-0000-000000000000"))[0] == 401
    log = LOG.read_text(encoding="utf-8", errors="replace")
    assert marker not in log
    for identifier in (chat.user.aad_object_id, chat.user.teams_id, chat.user.conversation_id, APP_ID, PASSWORD):
        assert identifier not in log
    assert "Teams: refused a request (401)" in log  # refusals are logged, without token or text
