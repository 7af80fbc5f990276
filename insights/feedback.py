"""Counts of "Was dit nuttig?" answers per knowledge item and theme.

Only counts are stored: never message text, never a sender id. The database is
WERKSTRESS_FEEDBACK_DB (an SQLAlchemy URL, e.g. PostgreSQL in a cluster), by default an
SQLite file in .data/.
"""

import os
from pathlib import Path
from typing import Dict, Optional, Tuple

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_URL = f"sqlite:///{ROOT / '.data' / 'feedback.db'}"

_metadata = sa.MetaData()
feedback_counts = sa.Table(
    "feedback_counts",
    _metadata,
    sa.Column("item_id", sa.String(120), primary_key=True),
    sa.Column("theme", sa.String(40), nullable=False),
    sa.Column("helpful", sa.Integer, nullable=False, default=0),
    sa.Column("not_helpful", sa.Integer, nullable=False, default=0),
)


def feedback_engine(url: Optional[str] = None) -> sa.engine.Engine:
    url = url or os.environ.get("WERKSTRESS_FEEDBACK_DB") or DEFAULT_URL
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url)
    _metadata.create_all(engine)
    return engine


def record(engine: sa.engine.Engine, item_id: str, theme: str, helpful: bool) -> None:
    """One answer counted; concurrent action servers add up correctly (one upsert)."""
    column = "helpful" if helpful else "not_helpful"
    statement = sa.text(
        "INSERT INTO feedback_counts (item_id, theme, helpful, not_helpful) "
        "VALUES (:item_id, :theme, :helpful, :not_helpful) "
        f"ON CONFLICT (item_id) DO UPDATE SET {column} = feedback_counts.{column} + 1"
    )
    with engine.begin() as connection:
        connection.execute(
            statement, {"item_id": item_id, "theme": theme, "helpful": int(helpful), "not_helpful": int(not helpful)}
        )


def counts(engine: sa.engine.Engine) -> Dict[str, Tuple[str, int, int]]:
    """item id → (theme, helpful, not helpful)."""
    with engine.connect() as connection:
        rows = connection.execute(sa.select(feedback_counts)).fetchall()
    return {row.item_id: (row.theme, row.helpful, row.not_helpful) for row in rows}
