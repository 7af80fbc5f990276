"""The scale-out, for real: PostgreSQL 15, Redis, nginx with TLS, two Rasa replicas with their
action servers (scripts/cluster.py, endpoints-cluster.yml), the trained model.

Run by `make test-cluster` (and .ci/run); skipped in `make test`, where WERKSTRESS_CLUSTER_TESTS
is not set. The fault tests run last: they stop Redis and PostgreSQL and start them again.
"""

import json
import os
import shutil
import signal
import ssl
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from conftest import ROOT
from scripts.cluster import Cluster, Ports, missing_packages

pytestmark = pytest.mark.skipif(
    os.environ.get("WERKSTRESS_CLUSTER_TESTS") != "1", reason="the scale-out tests run in `make test-cluster`"
)

APOLOGY = "Sorry, er ging bij mij iets mis"
PORTS = Ports(5830, 8843, replicas=2)
NO_CERTIFICATE_CHECK = ssl.create_default_context()
NO_CERTIFICATE_CHECK.check_hostname = False
NO_CERTIFICATE_CHECK.verify_mode = ssl.CERT_NONE


@pytest.fixture(scope="module")
def cluster():
    missing = missing_packages()
    assert not missing, f"install the Debian packages {missing} (scripts/cluster_packages.sh does, as root)"
    assert (ROOT / "models" / "werkstress.tar.gz").exists(), "no trained model: run `make train` first"
    folder = Path(tempfile.mkdtemp(prefix="werkstress-cluster-test-"))
    running = Cluster(folder, PORTS)
    try:
        running.start()
        yield running
    finally:
        running.stop()
        for log in folder.glob("replica-*.log"):
            shutil.copy(log, ROOT / "results" / f"cluster-{log.name}")
        shutil.rmtree(folder, ignore_errors=True)


def post(url: str, sender: str, message: str):
    request = urllib.request.Request(
        url,
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=120, context=NO_CERTIFICATE_CHECK) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def replica(index: int) -> str:
    return f"http://127.0.0.1:{PORTS.rasa[index]}/webhooks/rest/webhook"


NGINX = f"https://127.0.0.1:{PORTS.https}/webhooks/rest/webhook"


def say(url: str, sender: str, message: str) -> str:
    status, replies = post(url, sender, message)
    assert status == 200, (status, replies)
    return "\n".join(reply.get("text") or "" for reply in replies) + "\n" + json.dumps(replies)


def events(cluster: Cluster, sender: str):
    with cluster.engine().connect() as connection:
        return connection.execute(
            sa.text("SELECT id, type_name, timestamp, data FROM events WHERE sender_id = :sender ORDER BY id"),
            {"sender": sender},
        ).fetchall()


def sender() -> str:
    return f"cluster-{uuid.uuid4().hex[:10]}"


def pid_listening_on(port: int) -> int:
    import subprocess

    output = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    return int(output.split("pid=")[1].split(",")[0])


# --- State is in PostgreSQL, not in a replica --------------------------------------------------


def test_turns_alternating_between_replicas_keep_the_intake_state(cluster):
    user = sender()
    text = say(replica(0), user, "Wij krijgen een AI-chatbot op de klantenservice. Mijn team is onrustig.")
    assert "AI" in text and "scholing" in text, text
    text = say(replica(1), user, "scholing")
    assert "Bron:" in text and "scholing" in text.lower(), text
    text = say(replica(0), user, "Bedankt, dit helpt.")
    assert "Graag gedaan" in text and "Waarmee wilt u beginnen" not in text, text
    text = say(replica(1), user, "we gaan ook AI gebruiken bij de planning")
    assert "Waarmee wilt u beginnen" not in text, text  # the intake is asked once per theme


def test_follow_ups_through_nginx_over_tls(cluster):
    user = sender()
    assert "64 uur" in say(NGINX, user, "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    assert "192 uur" in say(NGINX, user, "en langdurend?")
    with urllib.request.urlopen(
        f"https://127.0.0.1:{PORTS.https}/webhooks/health/", timeout=10, context=NO_CERTIFICATE_CHECK
    ) as health:
        assert json.loads(health.read()) == {"status": "ok"}


def test_socketio_handshake_through_nginx(cluster):
    # The long-polling fallback always reaches the same replica (scripts/cluster.py); the handshake
    # answers with a session.
    url = f"https://127.0.0.1:{PORTS.https}/webchat/socket.io/?EIO=4&transport=polling"
    with urllib.request.urlopen(url, timeout=10, context=NO_CERTIFICATE_CHECK) as response:
        assert response.status == 200 and b'"sid"' in response.read()


def test_sigkill_of_the_replica_that_served_the_last_turn(cluster):
    user = sender()
    assert "64 uur" in say(replica(0), user, "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    assert "192 uur" in say(replica(1), user, "en langdurend?")
    before = events(cluster, user)
    os.kill(pid_listening_on(PORTS.rasa[1]), signal.SIGKILL)
    time.sleep(1)
    # The next turn, on the other replica and through nginx, goes on from the stored conversation.
    text = say(replica(0), user, "Hoe vraag ik het aan?")
    assert "schriftelijk" in text and "2 weken" in text, text
    text = say(NGINX, user, "en kortdurend?")  # nginx skips the dead replica
    assert "64 uur" in text, text
    after = events(cluster, user)
    assert after[: len(before)] == before, "stored events changed"
    keys = [(row.type_name, row.timestamp, row.data) for row in after]
    assert len(keys) == len(set(keys)), "an event is stored twice"
    assert sum(row.type_name == "user" for row in after) == 4
    cluster.stop_replica(1)
    cluster.start_replica(1)


def test_twenty_messages_for_one_sender_across_replicas_are_handled_one_at_a_time_in_order(cluster):
    user = sender()
    redis = cluster.redis_client()
    sent = [f"Hoeveel kortdurend zorgverlof heb ik bij {20 + number} uur?" for number in range(20)]
    replies = {}

    def send(number: int) -> None:
        replies[number] = post(replica(number % 2), user, sent[number])

    most_waiting = [0]

    def tickets_taken() -> int:
        raw = redis.get(f"werkstress:lock:{user}")
        waiting = len(json.loads(raw)["tickets"]) if raw else 0
        most_waiting[0] = max(most_waiting[0], waiting)
        return len(replies) + waiting

    threads = []
    for number in range(20):
        thread = threading.Thread(target=send, args=(number,))
        thread.start()
        threads.append(thread)
        # Not waiting for the reply, only until this message holds its ticket in Redis (each
        # message has a ticket until its reply is on its way), so "the order sent" is defined.
        deadline = time.monotonic() + 60
        while tickets_taken() < number + 1:
            assert time.monotonic() < deadline, "a message got no ticket"
            time.sleep(0.002)
    for thread in threads:
        thread.join(timeout=180)
    assert len(replies) == 20 and all(status == 200 for status, _ in replies.values()), replies
    assert most_waiting[0] >= 3, "the messages never queued for the lock"
    stored = events(cluster, user)
    texts = [json.loads(row.data)["text"] for row in stored if row.type_name == "user"]
    assert texts == sent, texts  # every message once, in the order sent
    # One at a time: every message is answered and the bot listens again before the next one.
    kinds = [row.type_name for row in stored if row.type_name in ("user", "bot")]
    for index, kind in enumerate(kinds[:-1]):
        if kind == "user":
            assert kinds[index + 1] == "bot", "two turns were interleaved"
    for number, (_, answer) in replies.items():
        hours = 2 * (20 + number)
        assert f"{hours} uur" in json.dumps(answer, ensure_ascii=False), (number, answer)


def test_tickets_taken_at_the_same_time_by_two_replicas_are_all_different(cluster):
    """Two lock stores (two replicas) taking and returning tickets for one conversation at once.
    Rasa's own RedisLockStore hands out the same number twice here (RasaHQ/rasa#9213)."""
    from scripts.lock_store import AtomicRedisLockStore

    stores = [
        AtomicRedisLockStore(
            host="127.0.0.1", port=PORTS.redis, password=cluster.redis_password, db=1, key_prefix="werkstress"
        )
        for _ in range(2)
    ]
    conversation = sender()
    taken = [[], []]

    def take(index: int) -> None:
        for _ in range(150):
            taken[index].append(stores[index].issue_ticket(conversation, 60))

    threads = [threading.Thread(target=take, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    numbers = taken[0] + taken[1]
    assert len(numbers) == 300 and len(set(numbers)) == 300, "a ticket number was handed out twice"
    stores[0].delete_lock(conversation)


# --- Faults: these run last ----------------------------------------------------------------------


def test_redis_stopped_gives_a_dutch_apology_and_the_cluster_recovers(cluster):
    user = sender()
    assert "64 uur" in say(NGINX, user, "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    stored = len(events(cluster, user))
    cluster.stop_redis()
    try:
        for url in (replica(0), replica(1), NGINX):
            status, answer = post(url, user, "en langdurend?")
            assert status == 503 and APOLOGY in answer[0]["text"], (url, status, answer)
        assert len(events(cluster, user)) == stored
    finally:
        cluster.start_redis()
    assert "192 uur" in say(NGINX, user, "en langdurend?")
    assert "192 uur" in say(replica(1), user, "en langdurend?")


def test_postgresql_stopped_gives_a_dutch_apology_and_the_cluster_recovers(cluster):
    user = sender()
    assert "64 uur" in say(NGINX, user, "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?")
    cluster.stop_postgres()
    try:
        for url in (replica(0), replica(1), NGINX):
            status, answer = post(url, user, "en langdurend?")
            assert status == 503 and APOLOGY in answer[0]["text"], (url, status, answer)
    finally:
        cluster.start_postgres()
    # Back: the conversation goes on where it was (the hours are still known), on both replicas.
    assert "192 uur" in say(replica(0), user, "en langdurend?")
    assert "192 uur" in say(replica(1), user, "en langdurend?")
    assert "64 uur" in say(NGINX, user, "en kortdurend?")
