"""Retention and erasure on a real SQLite tracker store made in the test, with Rasa's own schema."""

import asyncio
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from conftest import ROOT
from privacy.retention import engine_from_endpoints, forget, purge

DAY = 24 * 3600


def make_store(path):
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(path))
    fill(store)
    return store


def fill(store):
    """Four conversations: two older than 30 days, one recent, one old with a recent turn."""
    now = time.time()
    ages = {"old-1": 45, "old-2": 31, "recent": 2, "mixed": 40}
    for sender, days in ages.items():
        tracker = DialogueStateTracker(sender, slots=[])
        for turn in range(3):
            tracker.update(UserUttered(f"bericht {turn}", timestamp=now - days * DAY + turn))
            tracker.update(ActionExecuted("action_listen", timestamp=now - days * DAY + turn + 0.5))
        if sender == "mixed":
            tracker.update(UserUttered("later nog een vraag", timestamp=now - 1 * DAY))
        asyncio.run(store.save(tracker))


def counts(engine):
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT sender_id, count(*) FROM events GROUP BY sender_id")).fetchall()
    return dict(rows)


def test_purge_removes_whole_old_conversations_only(tmp_path):
    store = make_store(tmp_path / "tracker.db")
    before = counts(store.engine)
    assert before == {"old-1": 6, "old-2": 6, "recent": 6, "mixed": 7}
    conversations, events = purge(store.engine, days=30)
    assert (conversations, events) == (2, 12)
    assert counts(store.engine) == {"recent": 6, "mixed": 7}


def test_forget_erases_one_conversation(tmp_path):
    store = make_store(tmp_path / "tracker.db")
    assert forget(store.engine, "recent") == 6
    assert "recent" not in counts(store.engine)
    assert forget(store.engine, "recent") == 0


def test_engine_comes_from_the_endpoints_file(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: "{tmp_path / "t.db"}"\n')
    assert str(engine_from_endpoints(endpoints).url).endswith("t.db")


def test_make_forget_prints_the_count(tmp_path):
    make_store(tmp_path / "tracker.db")
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(f'tracker_store:\n  type: SQL\n  dialect: "sqlite"\n  db: "{tmp_path / "tracker.db"}"\n')
    result = subprocess.run(
        [sys.executable, "scripts/retention.py", "forget", "old-1", "--endpoints", str(endpoints)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "Removed 6 events of conversation old-1." in result.stdout


# --- The same on PostgreSQL 15 (Debian's package; it refuses to run as root) ------------------

PG_BIN = "/usr/lib/postgresql/15/bin"


@pytest.fixture(scope="module")
def postgres():
    import os
    import shutil
    import socket
    import tempfile
    from pathlib import Path

    if not os.path.exists(f"{PG_BIN}/initdb") or shutil.which("runuser") is None:
        pytest.skip("PostgreSQL 15 (Debian package postgresql-15) is not installed")
    # Not under pytest's tmp folders: those are closed to the postgres user.
    data = Path(tempfile.mkdtemp(prefix="werkstress-pg-"))
    shutil.chown(data, "postgres", "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def as_postgres(*command):
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, timeout=120)

    as_postgres(f"{PG_BIN}/initdb", "-D", str(data / "db"), "-A", "trust", "-U", "postgres")
    as_postgres(
        f"{PG_BIN}/pg_ctl",
        "-D",
        str(data / "db"),
        "-l",
        str(data / "log"),
        "-w",
        "-o",
        f"-p {port} -k {data} -c listen_addresses=127.0.0.1",
        "start",
    )
    try:
        yield port
    finally:
        as_postgres(f"{PG_BIN}/pg_ctl", "-D", str(data / "db"), "-m", "immediate", "stop")
        shutil.rmtree(data, ignore_errors=True)


def test_purge_and_forget_on_postgresql(postgres):
    store = SQLTrackerStore(
        Domain.empty(),
        dialect="postgresql",
        host="127.0.0.1",
        port=postgres,
        db="werkstress",
        username="postgres",
        login_db="postgres",
    )
    fill(store)
    assert counts(store.engine) == {"old-1": 6, "old-2": 6, "recent": 6, "mixed": 7}
    assert purge(store.engine, days=30) == (2, 12)
    assert forget(store.engine, "recent") == 6
    assert counts(store.engine) == {"mixed": 7}
