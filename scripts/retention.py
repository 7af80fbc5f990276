"""make purge / make forget SENDER=<id>: delete stored conversations.

python scripts/retention.py purge [--days N] [--endpoints endpoints.yml]
python scripts/retention.py forget SENDER [--endpoints endpoints.yml]
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privacy.retention import engine_from_endpoints, forget, purge, retention_days  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["purge", "forget"])
    parser.add_argument("sender", nargs="?")
    parser.add_argument("--days", type=int, default=None)
    parser.add_argument("--endpoints", default=str(ROOT / "endpoints.yml"))
    args = parser.parse_args()
    try:
        engine = engine_from_endpoints(Path(args.endpoints))
        if args.command == "purge":
            days = args.days if args.days is not None else retention_days()
            conversations, events = purge(engine, days)
            print(f"Purged {conversations} conversations ({events} events) older than {days} days.")
        else:
            if not args.sender:
                parser.error("forget needs the conversation id: make forget SENDER=<id>")
            print(f"Removed {forget(engine, args.sender)} events of conversation {args.sender}.")
    except (ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
