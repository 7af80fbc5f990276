"""Deletes stored conversations: whole conversations older than the retention period, or one
person's conversation on request. Works on Rasa's SQL tracker store (SQLite by default,
PostgreSQL in production): the `events` table, one row per event, with `sender_id` and
`timestamp` (seconds since 1970).
"""

import os
import time

# Rasa 3.6 uses SQLAlchemy 1.4 on purpose; its notice about 2.0 is noise for operators.
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
from pathlib import Path
from typing import Any, Dict, Tuple

import sqlalchemy as sa
import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RETENTION_DAYS = 30
RETENTION_DAYS_ENV = "WERKSTRESS_RETENTION_DAYS"


def retention_days() -> int:
    value = os.environ.get(RETENTION_DAYS_ENV, str(DEFAULT_RETENTION_DAYS))
    days = int(value)
    if days < 1:
        raise ValueError(f"{RETENTION_DAYS_ENV} must be at least 1, not {value}")
    return days


def engine_from_endpoints(path: Path = ROOT / "endpoints.yml") -> sa.engine.Engine:
    """The tracker store's database, from the tracker_store section of an endpoints file."""
    config: Dict[str, Any] = (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("tracker_store") or {}
    if config.get("type") != "SQL":
        raise ValueError(f"{path}: tracker_store.type must be SQL for retention (found {config.get('type')!r})")
    from rasa.core.tracker_store import SQLTrackerStore

    sqlite = config.get("dialect", "sqlite") == "sqlite"
    if sqlite:
        # Like Rasa, a fresh clone starts without the database file; its folder must exist.
        (ROOT / config["db"]).parent.mkdir(parents=True, exist_ok=True)
    url = SQLTrackerStore.get_db_url(
        dialect=config.get("dialect", "sqlite"),
        host=config.get("url"),
        port=config.get("port"),
        db=str(ROOT / config["db"]) if sqlite else config.get("db", "rasa"),
        username=config.get("username"),
        password=config.get("password"),
    )
    return sa.create_engine(url)


def _events(engine: sa.engine.Engine) -> sa.Table:
    return sa.Table("events", sa.MetaData(), autoload_with=engine)


def purge(engine: sa.engine.Engine, days: int, now: float = None) -> Tuple[int, int]:
    """Deletes every conversation whose last event is older than `days`: (conversations, events)."""
    if not sa.inspect(engine).has_table("events"):
        return 0, 0
    events = _events(engine)
    cutoff = (now if now is not None else time.time()) - days * 24 * 3600
    last_event = sa.func.max(events.c.timestamp)
    old = sa.select(events.c.sender_id).group_by(events.c.sender_id).having(last_event < cutoff)
    with engine.begin() as connection:
        senders = [row[0] for row in connection.execute(old)]
        removed = 0
        for start in range(0, len(senders), 500):
            chunk = senders[start : start + 500]
            removed += connection.execute(sa.delete(events).where(events.c.sender_id.in_(chunk))).rowcount
    return len(senders), removed


def forget(engine: sa.engine.Engine, sender_id: str) -> int:
    """Deletes one conversation (all its sessions); returns the number of events removed."""
    if not sa.inspect(engine).has_table("events"):
        return 0
    events = _events(engine)
    with engine.begin() as connection:
        return connection.execute(sa.delete(events).where(events.c.sender_id == sender_id)).rowcount
