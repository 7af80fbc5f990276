"""Knowledge items whose checked facts are due for a new check (their `checked_on` date)."""

import os
from datetime import date
from typing import List, Optional, Tuple

from actions.knowledge import KnowledgeBase
from actions.knowledge.schema import WebSource

DEFAULT_MAX_AGE_MONTHS = 6


def max_age_months() -> int:
    return int(os.environ.get("WERKSTRESS_CONTENT_MAX_AGE_MONTHS", DEFAULT_MAX_AGE_MONTHS))


def _months_before(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    # The last day of a shorter month: 31 August minus 6 months is 28/29 February.
    for day_of_month in range(day.day, 0, -1):
        try:
            return date(year, month + 1, day_of_month)
        except ValueError:
            continue
    raise ValueError(day)


def stale_items(
    knowledge: KnowledgeBase, today: Optional[date] = None, months: Optional[int] = None
) -> List[Tuple[str, date, List[str]]]:
    """(item id, checked on, URLs) for every item checked more than `months` before `today`."""
    cutoff = _months_before(today or date.today(), max_age_months() if months is None else months)
    stale = []
    for item in knowledge.items.values():
        source = item.source
        if isinstance(source, WebSource) and source.checked_on < cutoff:
            stale.append((item.id, source.checked_on, [str(url) for url in source.urls]))
    return sorted(stale)
