"""The example organisation's settings in real conversations: both servers started with
WERKSTRESS_ORGANISATION=organisation.example.yml, over REST, through the trained model."""

import os
import uuid

import pytest

from conftest import ROOT
from scripts.servers import running_bot, send

pytestmark = pytest.mark.conversation

RASA_PORT = 5605
ACTIONS_PORT = 5655


@pytest.fixture(scope="module")
def feedback_db(tmp_path_factory):
    return tmp_path_factory.mktemp("feedback") / "feedback.db"


@pytest.fixture(scope="module")
def servers(feedback_db):
    saved = dict(os.environ)
    os.environ["WERKSTRESS_ORGANISATION"] = str(ROOT / "organisation.example.yml")
    os.environ["WERKSTRESS_FEEDBACK_DB"] = f"sqlite:///{feedback_db}"
    try:
        with running_bot(RASA_PORT, ACTIONS_PORT, ROOT / "results" / "organisation-servers.log"):
            yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class Chat:
    def __init__(self):
        self.sender = f"org-{uuid.uuid4().hex[:12]}"

    def say(self, message: str) -> str:
        replies = send(RASA_PORT, self.sender, message)
        parts = []
        for reply in replies:
            parts.append(reply.get("text") or "")
            parts.extend(button["title"] for button in reply.get("buttons") or [])
        return "\n".join(parts)


@pytest.mark.parametrize(
    "story, question, contact",
    [
        ([], "Ik wil een mens spreken", "030 000 00 00"),
        (["Hoeveel kortdurend zorgverlof heb ik bij 32 uur?"], "met wie kan ik hierover praten?", "030 000 00 00"),
        (
            ["Ik heb zoveel stress door mijn werk dat ik slecht slaap."],
            "kan ik iemand bellen?",
            "Arbodienst De Voorbeeldpraktijk",
        ),
        (
            ["Ik word op mijn werk steeds gepest door een collega."],
            "Ik wil een mens spreken",
            "vertrouwenspersoon@voorbeeldzorg.example",
        ),
    ],
)
def test_asking_for_a_person_gives_the_fitting_contact_and_no_hand_over(servers, story, question, contact):
    chat = Chat()
    for message in story:
        chat.say(message)
    reply = chat.say(question)
    assert contact in reply, reply
    assert "kan u niet doorverbinden" in reply, reply
    assert "113" in reply


def test_the_generic_wording_carries_the_organisations_cao_and_hr(servers):
    reply = Chat().say("Hoeveel vakantiedagen heb ik?")
    assert "Cao Voorbeeldzorg 2026" in reply and "hr@voorbeeldzorg.example" in reply, reply


def test_feedback_buttons_are_counted_per_item(servers, feedback_db):
    from insights.feedback import counts, feedback_engine

    chat = Chat()
    reply = chat.say("Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    assert "Was dit nuttig?" in reply and "Ja, nuttig" in reply, reply
    assert "Dank u voor uw reactie" in chat.say("/feedback_helpful")
    stored = counts(feedback_engine(f"sqlite:///{feedback_db}"))
    assert sum(helpful for _, helpful, _ in stored.values()) == 1, stored
    assert chat.sender.encode() not in feedback_db.read_bytes()
