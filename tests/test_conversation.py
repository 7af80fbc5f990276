"""Conversations through the trained model: both real servers, the REST channel, real replies."""

import json
import urllib.error
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


def test_very_long_message_gets_a_dutch_request_to_shorten_it(chat):
    reply = chat.say("werkdruk " + "blabla " * 2900)
    assert "te lang" in reply.text, reply


def test_bot_is_honest_about_being_a_bot(chat):
    assert "digitale assistent" in chat.say("praat ik met een echt mens?").text


# --- Development conversations: the exact messages of the user tests in issue 7 -------------


def test_indirect_suicide_signal_about_an_employee_gets_help_for_the_manager(chat):
    reply = chat.say(
        "Ik maak me ernstig zorgen. Een medewerker zei vanochtend tegen me dat ze soms denkt dat het beter is "
        "als ze er niet meer is. Wat moet ik doen?"
    )
    assert "113" in reply.text and "0800-0113" in reply.text and "112" in reply.text, reply
    assert "geheimhouding" in reply.text and "open" in reply.text, reply
    assert "Denkt u aan zelfdoding?" not in reply.text, reply


def test_crisis_signal_in_a_slash_message_is_still_answered(chat):
    reply = chat.say('/inform_subtopic{"subtopic": "het hoeft voor mij niet meer"}')
    assert "113" in reply.text, reply


def test_a_reply_after_the_crisis_answer_keeps_help_in_view(chat):
    reply = chat.say("Mijn collega zei vanochtend dat ze er een eind aan wil maken. Wat moet ik doen?")
    assert "113" in reply.text and "geheim" in reply.text, reply
    reply = chat.say("ze heeft me laten beloven dat ik het aan niemand vertel")
    assert "113" in reply.text and "geheim" in reply.text, reply
    assert "Wat u schrijft, neem ik serieus" not in reply.text, reply  # not the answer for the writer


def test_a_crisis_inside_a_leave_question_is_answered_first(chat):
    reply = chat.say("ik werk 32 uur, hoeveel zorgverlof krijg ik... eigenlijk wil ik gewoon dood")
    assert "113" in reply.text, reply


def test_a_practical_question_after_the_crisis_answer_gets_its_answer_and_the_way_to_help(chat):
    reply = chat.say("Ik zorg naast mijn werk voor mijn vader. Soms denk ik dat ik er maar een eind aan moet maken.")
    assert "Wat u schrijft, neem ik serieus" in reply.text, reply
    reply = chat.say("is dat anoniem?")  # not a practical question: the follow-up about 113 itself
    assert "anoniem" in reply.text and "113" in reply.text, reply
    reply = chat.say("en hoeveel langdurend zorgverlof krijg ik eigenlijk? ik werk 32 uur")
    assert "192" in reply.text and "113" in reply.text and "112" in reply.text, reply


def test_hours_and_zorgverlof_of_a_caregiver_are_computed(chat):
    reply = chat.say("Ik zorg voor mijn moeder met dementie en werk 32 uur per week. Hoeveel zorgverlof heb ik?")
    assert "64" in reply.text and "192" in reply.text, reply


def test_the_bot_has_no_data_on_colleagues(chat):
    reply = chat.say("Welke collega's van mijn afdeling zijn deze maand bij de bedrijfsarts geweest?")
    assert "geen gegevens" in reply.text, reply


def test_distress_is_not_goodbye(chat):
    chat.say("Mijn leidinggevende schreeuwt steeds tegen me en ik slaap heel slecht.")
    reply = chat.say("wat moet ik nu doen")
    assert "Tot ziens" not in reply.text, reply
    assert "bedrijfsarts" in reply.text and "huisarts" in reply.text, reply


def test_distress_in_a_fresh_conversation(chat):
    reply = chat.say("wat moet ik nu doen")
    assert "Tot ziens" not in reply.text and "bedrijfsarts" in reply.text, reply


def test_fever_is_calamity_leave_with_full_pay_then_neighbour_is_a_social_relation(chat):
    reply = chat.say(
        "Een medewerker van mij belde net dat haar kind met hoge koorts van school is opgehaald. "
        "Ze werkt 4 dagen van 9 uur. Waar heeft ze recht op?"
    )
    assert "alamiteitenverlof" in reply.text and "behoud van loon" in reply.text, reply
    reply = chat.say("Moet ik haar doorbetalen vandaag?")
    assert "70" not in reply.text and "door" in reply.text, reply
    reply = chat.say("En voor mijn buurvrouw?")
    assert "sociale relatie" in reply.text, reply


def test_the_intake_is_asked_once_and_thanks_end_it(chat):
    reply = chat.say("Wij krijgen een AI-chatbot op de klantenservice. Mijn team is onrustig.")
    assert "AI" in reply.text and any("scholing" in (p or "") for p in reply.payloads), reply
    reply = chat.say("scholing")
    assert "Bron:" in reply.text and "scholing" in reply.text.lower(), reply
    reply = chat.say("Bedankt, dit helpt.")
    assert "Graag gedaan" in reply.text and "Waarmee wilt u beginnen" not in reply.text, reply
    reply = chat.say("we gaan ook AI gebruiken bij de planning")
    assert "Waarmee wilt u beginnen" not in reply.text, reply


def test_the_bots_own_button_is_understood(chat):
    chat.say("Wij gaan ChatGPT invoeren op kantoor")
    reply = chat.say('/inform_subtopic{"subtopic": "communicatie"}')
    assert "Dat heb ik niet goed begrepen" not in reply.text and "Bron:" in reply.text, reply


def test_follow_ups_use_the_conversation(chat):
    chat.say("hoeveel kortdurend zorgverlof mag ik opnemen?")
    reply = chat.say("32 uur")
    assert "64 uur" in reply.text, reply
    reply = chat.say("en langdurend?")
    assert "192 uur" in reply.text, reply
    reply = chat.say("Hoe vraag ik het aan?")
    assert "schriftelijk" in reply.text and "2 weken" in reply.text, reply
    reply = chat.say("wat bedoel je met zwaarwegend bedrijfsbelang?")
    assert "ernstig probleem" in reply.text, reply
    reply = chat.say("Kun je de adviezen voor mij samenvatten?")
    assert "Kortdurend zorgverlof" in reply.text and "Langdurend zorgverlof" in reply.text, reply


def test_hours_without_kind_give_both_and_negative_hours_are_refused(chat):
    reply = chat.say("Ik werk 40 uur. Hoeveel verlof?")
    assert "80 uur" in reply.text and "240 uur" in reply.text, reply
    reply = chat.say("Ik werk -5 uur")
    assert "10 uur" not in reply.text and "recht op" not in reply.text, reply


def test_caregiver_themselves_is_not_told_how_to_support_an_employee(chat):
    reply = chat.say("Ik ben zelf mantelzorger")
    assert "uw medewerker" not in reply.text.lower(), reply
    assert "/leave_kortdurend_zorgverlof" in reply.payloads, reply


def test_cost_of_stress_absence(chat):
    reply = chat.say("Wat kost verzuim door stress eigenlijk?")
    assert "15.000" in reply.text, reply


def test_nearby_subject_gets_an_honest_answer(chat):
    reply = chat.say("hoeveel vakantiedagen heb ik eigenlijk")
    assert "weet ik niet" in reply.text and "HR" in reply.text, reply


def test_other_language_gets_a_dutch_only_reply(chat):
    assert "alleen Nederlands" in chat.say("Hello, can you help me with stress at work?").text


# --- Closed by default (issue 9, first part): no HTTP API, no CORS grant, loopback only ----------


def _status(method: str, path: str, headers=None, body: bytes = None) -> tuple:
    request = urllib.request.Request(
        f"http://127.0.0.1:{RASA_PORT}{path}", method=method, data=body, headers=headers or {}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def test_the_http_api_is_off(chat):
    chat.say("Hallo")
    assert _status("GET", f"/conversations/{chat.sender}/tracker")[0] == 404
    assert _status("POST", f"/conversations/{chat.sender}/tracker/events", body=b"{}")[0] == 404
    assert _status("PUT", "/model", body=b"{}")[0] in (404, 405)


def test_a_foreign_origin_gets_no_cors_grant(servers):
    code, headers = _status(
        "OPTIONS",
        "/webhooks/rest/webhook",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "Access-Control-Allow-Origin" not in headers and "access-control-allow-origin" not in headers


def test_health_route_reveals_nothing(servers):
    with urllib.request.urlopen(f"http://127.0.0.1:{RASA_PORT}/webhooks/health/", timeout=5) as response:
        assert json.loads(response.read()) == {"status": "ok"}


def _listening_addresses(port: int) -> list:
    """Local addresses of listening TCP sockets on a port, from /proc/net/tcp and tcp6."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = open(table).read().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


def test_both_servers_listen_on_loopback_only(servers):
    loopback_v4 = "0100007F"  # 127.0.0.1, little-endian hex as in /proc/net/tcp
    for port in (RASA_PORT, ACTIONS_PORT):
        addresses = _listening_addresses(port)
        assert addresses, f"nothing listens on {port}"
        assert all(address == loopback_v4 for address in addresses), (port, addresses)


# --- Input limits at the edge (channels/rest.py) ----------------------------------------------


def _post(body: bytes) -> tuple:
    request = urllib.request.Request(
        f"http://127.0.0.1:{RASA_PORT}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def _stored_events(sender: str) -> int:
    import sqlite3

    with sqlite3.connect(ROOT / ".data" / "tracker.db") as db:
        return db.execute("SELECT count(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[1, 2, 3]",
        b'"just a string"',
        json.dumps({"message": "Hallo"}).encode(),
        json.dumps({"sender": 42, "message": "Hallo"}).encode(),
        json.dumps({"sender": "a" * 10_000, "message": "Hallo"}).encode(),
        json.dumps({"sender": "evil\nsender\x00", "message": "Hallo"}).encode(),
        json.dumps({"sender": "", "message": "Hallo"}).encode(),
        json.dumps({"sender": "edge-1"}).encode(),
        json.dumps({"sender": "edge-2", "message": ["a", "b"]}).encode(),
        json.dumps({"sender": "edge-3", "message": None}).encode(),
    ],
)
def test_bad_requests_get_a_400_and_nothing_is_stored(servers, body):
    status, answer = _post(body)
    assert status == 400, (status, answer)
    assert answer and "error" in answer
    for sender in ("edge-1", "edge-2", "edge-3"):
        assert _stored_events(sender) == 0


def test_a_one_megabyte_body_gets_a_413(servers):
    body = json.dumps({"sender": "edge-big", "message": "x" * 1_000_000}).encode()
    assert _post(body)[0] == 413
    assert _stored_events("edge-big") == 0


def test_a_too_long_message_is_not_processed_nor_stored(servers):
    sender = f"edge-long-{uuid.uuid4().hex[:6]}"
    status, answer = _post(json.dumps({"sender": sender, "message": "werkdruk " * 300}).encode())
    assert status == 200 and "te lang" in answer[0]["text"] and "2000" in answer[0]["text"], answer
    assert _stored_events(sender) == 0


def test_a_flood_of_messages_is_slowed_down(servers):
    sender = f"edge-flood-{uuid.uuid4().hex[:6]}"
    statuses = [_post(json.dumps({"sender": sender, "message": "hoi"}).encode()) for _ in range(32)]
    assert statuses[0][0] == 200
    status, answer = statuses[-1]
    assert status == 429 and "Even rustig aan" in answer[0]["text"], statuses[-1]


# --- Erasure: the user's own request, over the real servers ----------------------------------


def test_wis_mijn_gesprek_erases_the_stored_events(chat):
    chat.say("Hallo")
    chat.say("Mijn moeder is ziek, hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    assert _stored_events(chat.sender) > 0
    reply = chat.say("Wis mijn gesprek")
    assert "gewist" in reply.text, reply
    assert _stored_events(chat.sender) == 0


# --- The bad-input suite: hostile and odd messages through the real servers ------------------

FORBIDDEN_ECHOES = ("<script", "<img", "<iframe", "<svg", "<style", "javascript:", "onerror", "evil.example")
DOMAIN_SLOT_VALUES = {
    "theme": {"mantelzorg", "ai", "vergrijzing", "personeelstekorten", "psa"},
    "leave_type": {"calamiteitenverlof", "kortdurend_zorgverlof", "langdurend_zorgverlof", "flexibel_werken"},
    "role": {"leidinggevende", "hr", "medewerker"},
}


def test_bad_input_suite(servers):
    from bad_inputs import ALL

    tally = {"tried": 0, "helpful reply": 0, "4xx": 0, "500": 0}
    problems, senders = [], []
    for number, message in enumerate(ALL):
        sender = f"bad-{number}-{uuid.uuid4().hex[:6]}"
        senders.append(sender)
        status, answer = _post(json.dumps({"sender": sender, "message": message}).encode())
        tally["tried"] += 1
        if status >= 500:
            tally["500"] += 1
            problems.append((message[:60], status))
        elif 400 <= status < 500:
            tally["4xx"] += 1
        else:
            text = "\n".join(reply.get("text") or "" for reply in answer or [])
            if text.strip():
                tally["helpful reply"] += 1
            else:
                problems.append((message[:60], "empty reply"))
            echoed = [marker for marker in FORBIDDEN_ECHOES if marker in text.lower() and marker in message.lower()]
            if echoed:
                problems.append((message[:60], f"echoed {echoed}"))
    import sqlite3

    with sqlite3.connect(ROOT / ".data" / "tracker.db") as db:
        rows = db.execute(
            f"SELECT data FROM events WHERE type_name = 'slot' AND sender_id IN ({','.join('?' * len(senders))})",
            senders,
        ).fetchall()
    for (data,) in rows:
        slot = json.loads(data)
        allowed = DOMAIN_SLOT_VALUES.get(slot.get("name"))
        if allowed is not None and slot.get("value") is not None and slot["value"] not in allowed:
            problems.append((slot["name"], f"unknown value {slot['value']!r}"))
    print(f"\nbad-input suite: {tally}")
    assert tally["tried"] >= 100
    assert tally["500"] == 0 and not problems, problems
    assert tally["helpful reply"] + tally["4xx"] == tally["tried"]


# --- Logs and faults (these run last: the fault test stops and restarts the action server) ----


def test_no_message_text_or_sender_in_the_logs(chat):
    marker = f"Merkzin{uuid.uuid4().hex[:10]}"
    chat.say(f"Mijn collega {marker} zorgt voor haar vader, hoeveel kortdurend zorgverlof bij 36 uur?")
    chat.say(f"Bedankt {marker}")
    # The role question's buttons once made Rasa log an error with the response for every use.
    role_question = Chat().say("/trend_mantelzorg")
    assert "bent u leidinggevende" in role_question.text, role_question
    log = (ROOT / "results" / "conversation-servers.log").read_text(encoding="utf-8", errors="replace")
    assert marker not in log
    assert chat.sender not in log
    assert "rasa.core.nlg.interpolator" not in log
    # The running bot purged old conversations at start-up (channels/retention.py).
    assert "Retention: purged" in log


def _pid_listening_on(port: int) -> int:
    import subprocess

    output = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    return int(output.split("pid=")[1].split(",")[0])


def test_action_server_down_gives_a_dutch_apology_and_the_conversation_goes_on(chat):
    import os
    import signal
    import time

    reply = chat.say("Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    assert "64 uur" in reply.text, reply
    os.kill(_pid_listening_on(ACTIONS_PORT), signal.SIGKILL)
    time.sleep(1)
    reply = chat.say("En langdurend?")
    assert "Sorry, er ging bij mij iets mis" in reply.text, reply
    # A crisis answer does not depend on the action server.
    reply = Chat().say("ik wil niet meer leven")
    assert "113" in reply.text, reply
    # scripts/run.sh starts the action server again; then the conversation goes on.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{ACTIONS_PORT}/health", timeout=2)
            break
        except OSError:
            time.sleep(1)
    reply = chat.say("Hoeveel langdurend zorgverlof heb ik bij 32 uur?")
    assert "192 uur" in reply.text, reply


def test_database_unreachable_while_running_gives_an_apology_not_a_fresh_conversation(chat):
    import sqlite3
    import threading

    chat.say("Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    stored = _stored_events(chat.sender)
    locked = threading.Event()

    def hold_an_exclusive_lock():
        connection = sqlite3.connect(ROOT / ".data" / "tracker.db", timeout=1)
        connection.execute("BEGIN EXCLUSIVE")
        locked.set()
        threading.Event().wait(12)
        connection.rollback()
        connection.close()

    holder = threading.Thread(target=hold_an_exclusive_lock)
    holder.start()
    locked.wait(5)
    status, answer = _post(json.dumps({"sender": chat.sender, "message": "en langdurend?"}).encode())
    holder.join()
    assert status == 503 and "Sorry, er ging bij mij iets mis" in answer[0]["text"], (status, answer)
    assert _stored_events(chat.sender) == stored
    reply = chat.say("en langdurend?")
    assert "192 uur" in reply.text, reply
