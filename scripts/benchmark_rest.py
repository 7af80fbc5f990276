"""Time per message over the REST channel, against both real servers.

Sends every message of the held-out NLU set (one new conversation per message, so the
intake form and the knowledge actions all take part) and prints median and p95.
"""

import re
import statistics
import sys
import time
import uuid
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scripts.servers import ROOT, running_bot, send  # noqa: E402

RASA_PORT, ACTIONS_PORT = 5205, 5255
WARM_UP = 5


def holdout_messages():
    data = yaml.safe_load((ROOT / "tests" / "nlu_holdout.yml").read_text(encoding="utf-8"))
    for block in data["nlu"]:
        for line in block.get("examples", "").splitlines():
            text = line.strip()[2:].strip()
            if text:
                # Strip entity annotations: "[32](hours)" → "32".
                yield re.sub(r"\[([^\]]+)\](\([^)]*\)|\{[^}]*\})", r"\1", text)


def main() -> int:
    messages = list(holdout_messages())
    with running_bot(RASA_PORT, ACTIONS_PORT, ROOT / "results" / "benchmark-servers.log"):
        for message in messages[:WARM_UP]:
            send(RASA_PORT, "warm-up", message)
        timings = []
        for message in messages:
            started = time.perf_counter()
            send(RASA_PORT, uuid.uuid4().hex, message)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, int(round(0.95 * len(timings))) - 1)]
    print(f"messages: {len(timings)}")
    print(f"median: {statistics.median(timings):.0f} ms")
    print(f"p95:    {p95:.0f} ms")
    print(f"max:    {timings[-1]:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
