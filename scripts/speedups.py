"""Costs removed from Rasa 3.6's own code path, measured with py-spy (README, "Scale and speed").

Imported by scripts/serve.py before Rasa starts; when all goes well, nothing here changes what
the bot says or stores.

- Every answer of the action server was checked with `jsonschema.validate`, which first checks
  the *schema itself* against the JSON-Schema meta-schema and builds a new validator: about
  20 ms of CPU per action call on this machine, more than the NLU. The same schema is now
  checked once and its validator kept; each answer is still validated in full.
- The SQLite tracker store runs in WAL mode with `synchronous=NORMAL` (no fsync per turn; a
  power cut can lose the last turns, never corrupt the file), so that readers and the writer do
  not block each other, and its connections stay open in a small pool instead of one new file
  handle per query. Off with WERKSTRESS_SQLITE_WAL=0.
- A turn whose events cannot be stored fails (the REST channel answers with the Dutch apology)
  instead of Rasa's silent switch to an in-memory store. With WAL a database locked by another
  program is still readable, so the check before the turn (channels/retention.py) passes and the
  failure shows at the write.
"""

import logging
import os
import sqlite3
from typing import Any, Callable, Dict, Text

logger = logging.getLogger(__name__)
_validator = None


def _validate_action_result(self: Any, result: Dict[Text, Any]) -> bool:
    from jsonschema import ValidationError, exceptions, validators

    global _validator
    if _validator is None:
        schema = self.action_response_format_spec()
        cls = validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    error = exceptions.best_match(_validator.iter_errors(result))
    if error is None:
        return True
    if isinstance(error, ValidationError):  # the same message as Rasa's own
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            "Action endpoint is valid. For more information about the format visit "
            "https://rasa.com/docs/rasa/custom-actions"
        )
    raise error


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


def _engine_kwargs(original: Callable[[Any], Dict[Text, Any]]) -> Callable[[Any], Dict[Text, Any]]:
    def engine_kwargs(url: Any) -> Dict[Text, Any]:
        if not str(getattr(url, "drivername", url)).startswith("sqlite"):
            # PostgreSQL: a connection that died with a restarted server is replaced before use,
            # so the first turn after the database returns is answered, not apologised for.
            return {**original(url), "pool_pre_ping": True}
        if os.environ.get("WERKSTRESS_SQLITE_WAL", "1") == "0":
            return original(url)
        import sqlalchemy as sa

        # SQLAlchemy 1.4 opens and closes a file for every SQLite session (NullPool); closing the
        # last connection of a WAL database also checkpoints it. A small pool keeps them open;
        # the probe of channels/rest.py uses them from a worker thread, one thread at a time.
        return {"poolclass": sa.pool.QueuePool, "pool_size": 4, "connect_args": {"check_same_thread": False}}

    return engine_kwargs


async def _save_or_fail(self: Any, tracker: Any) -> None:
    """FailSafeTrackerStore.save without the silent switch to memory: a turn that cannot be stored
    fails, and the channel apologises (channels/rest.py) instead of answering from a conversation
    that is not kept. Logs the error's type only: an SQL error's text can hold the message."""
    try:
        await self._tracker_store.save(tracker)
    except Exception as error:
        logger.error(f"The conversation could not be stored: {type(error).__name__}")
        raise


def install() -> None:
    from rasa.core import tracker_store
    from rasa.core.actions.action import RemoteAction

    RemoteAction._validate_action_result = _validate_action_result
    tracker_store.FailSafeTrackerStore.save = _save_or_fail
    tracker_store.create_engine_kwargs = _engine_kwargs(tracker_store.create_engine_kwargs)
    if os.environ.get("WERKSTRESS_SQLITE_WAL", "1") != "0":
        import sqlalchemy as sa

        sa.event.listen(sa.engine.Engine, "connect", _sqlite_pragmas)
