"""Retention and erasure on a real SQLite tracker store made in the test, with Rasa's own schema."""

import asyncio
import subprocess
import sys
import time

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
    return store


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
