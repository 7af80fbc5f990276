"""Conversations through the trained model: both real servers, the REST channel, real replies."""

import json
import urllib.request
import uuid

import pytest

from conftest import ROOT
from scripts.servers import running_bot, send

pytestmark = pytest.mark.conversation

RASA_PORT = 5105
ACTIONS_PORT = 5155


@pytest.fixture(scope="module")
def servers():
    with running_bot(RASA_PORT, ACTIONS_PORT, ROOT / "results" / "conversation-servers.log"):
        yield


class Chat:
    def __init__(self):
        self.sender = f"test-{uuid.uuid4().hex[:8]}"

    def say(self, message: str):
        return Reply(send(RASA_PORT, self.sender, message))


class Reply:
    def __init__(self, replies):
        self.replies = replies
        self.text = "\n".join(r.get("text", "") for r in replies)
        self.buttons = [b for r in replies for b in r.get("buttons", [])]
        self.payloads = [b.get("payload") for b in self.buttons]

    def __repr__(self):
        return json.dumps(self.replies, ensure_ascii=False, indent=1)


@pytest.fixture
def chat(servers):
    return Chat()


def test_root_answers(servers):
    with urllib.request.urlopen(f"http://localhost:{RASA_PORT}/", timeout=5) as response:
        assert b"Hello from Rasa" in response.read()


def test_hallo_gets_a_dutch_greeting_with_topics(chat):
    reply = chat.say("Hallo")
    assert "digitale assistent" in reply.text, reply
    assert "/trend_mantelzorg" in reply.payloads


def test_empty_message_gets_help(chat):
    reply = chat.say("")
    assert reply.replies, "no reply to an empty message"
    assert "Ik heb geen tekst ontvangen" in reply.text or "onderwerp" in reply.text, reply


def test_very_long_message_gets_a_reply(chat):
    reply = chat.say("werkdruk " + "blabla " * 2900)
    assert reply.replies and reply.text.strip(), reply


def test_bot_is_honest_about_being_a_bot(chat):
    assert "digitale assistent" in chat.say("praat ik met een echt mens?").text


def test_caregiving_situation_guides_to_advice(chat):
    reply = chat.say("twee mensen in mijn team hebben een gehandicapt kind thuis")
    assert "mantelzorgtaken" in reply.text, reply
    reply = chat.say("ik ben hun leidinggevende")
    assert any("subtopic" in (p or "") for p in reply.payloads), reply
    reply = chat.say('/inform_subtopic{"subtopic": "flexibiliteit"}')
    assert "flexib" in reply.text.lower() and "Bron: TNO/RIVM-brochure" in reply.text, reply
    reply = chat.say("heb je daar een link voor?")
    assert "https://www.rivm.nl/documenten/handleiding-participatieve-aanpak" in reply.text, reply


def test_employee_gets_leave_computed_for_own_hours(chat):
    reply = chat.say("hoeveel kortdurend zorgverlof mag ik opnemen?")
    assert "Hoeveel uur per week werkt u" in reply.text, reply
    reply = chat.say("32 uur")
    assert "64 uur" in reply.text and "70 %" in reply.text, reply


def test_other_language_gets_a_dutch_only_reply(chat):
    assert "alleen Nederlands" in chat.say("Hello, can you help me with stress at work?").text


def test_distress_gets_113(chat):
    reply = chat.say("ik kan echt niet meer, ik wil er een eind aan maken")
    assert "113" in reply.text and "112" in reply.text, reply
