"""Lists the knowledge items whose checked facts are older than the set age, with their URLs.

    python scripts/content_check.py [--months N] [--today YYYY-MM-DD]

The age is WERKSTRESS_CONTENT_MAX_AGE_MONTHS (default 6) unless --months is given. Exits 1
when an item is due, so that a scheduled job can alert the content owner.
"""

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from actions.knowledge import load_knowledge_base
    from insights.content_age import max_age_months, stale_items

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--months", type=int, default=None)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    arguments = parser.parse_args()
    months = max_age_months() if arguments.months is None else arguments.months
    stale = stale_items(load_knowledge_base(ROOT / "knowledge"), arguments.today, months)
    if not stale:
        print(f"All checked facts were checked within the last {months} months.")
        return 0
    print(f"{len(stale)} knowledge items were checked more than {months} months ago:")
    for item_id, checked_on, urls in stale:
        print(f"- {item_id} (checked on {checked_on:%d-%m-%Y}): {', '.join(urls) or 'no URL, see its reference'}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
