"""Purges old conversations while the bot runs: at start-up and then every 24 hours.

Registered in credentials.yml as a channel without routes, only for its server listener.
With several Rasa replicas, set WERKSTRESS_PURGE_SCHEDULER=off on all but one of them.
"""

import asyncio
import logging
import os
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from privacy.retention import forget, purge, retention_days

logger = logging.getLogger(__name__)
PURGE_INTERVAL_SECONDS = 24 * 3600


def sql_engine(agent: Any):
    """The SQLAlchemy engine of the agent's tracker store (Rasa wraps the SQL store twice)."""
    store = agent.tracker_store
    while store is not None and not hasattr(store, "engine"):
        store = getattr(store, "_tracker_store", None)
    return getattr(store, "engine", None)


async def erase_conversation(agent: Any, sender_id: Text) -> int:
    engine = sql_engine(agent)
    if engine is None:
        raise RuntimeError("the tracker store is not an SQL store")
    return await asyncio.get_running_loop().run_in_executor(None, forget, engine, sender_id)


def _probe(engine: Any) -> bool:
    import sqlalchemy as sa

    try:
        with engine.connect() as connection:
            if sa.inspect(connection).has_table("events"):
                connection.execute(sa.text("SELECT count(*) FROM (SELECT id FROM events LIMIT 1) AS probe"))
        return True
    except Exception:
        return False


async def conversations_reachable(agent: Any) -> bool:
    """Whether the stored conversations can be read now (a tracker store without SQL counts as yes)."""
    engine = sql_engine(agent)
    if engine is None:
        return True
    return await asyncio.get_running_loop().run_in_executor(None, _probe, engine)


class RetentionInput(InputChannel):
    @classmethod
    def name(cls) -> Text:
        return "retention"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        retention = Blueprint("retention_scheduler", __name__)

        @retention.listener("after_server_start")
        async def schedule(app: Any, _loop: Any) -> None:
            if os.environ.get("WERKSTRESS_PURGE_SCHEDULER", "on") == "off":
                return
            app.add_task(_purge_daily(app))

        return retention


async def _purge_daily(app: Any) -> None:
    days = retention_days()
    while True:
        agent = getattr(app.ctx, "agent", None)
        engine = sql_engine(agent) if agent is not None else None
        if engine is not None:
            try:
                conversations, events = await asyncio.get_running_loop().run_in_executor(None, purge, engine, days)
                logger.info(
                    f"Retention: purged {conversations} conversations ({events} events) older than {days} days."
                )
            except Exception as error:  # the bot keeps serving; the next run tries again
                logger.error(f"Retention: purge failed: {type(error).__name__}")
            await asyncio.sleep(PURGE_INTERVAL_SECONDS)
        else:
            await asyncio.sleep(5)  # the model and tracker store are still loading
