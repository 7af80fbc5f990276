"""The crisis detector on every crisis set: recall, false alarms and whose safety, with every miss.

The held-out set (tests/heldout/crisis_fresh_27.yml) was written by someone who never saw the
detector; the development sets (tests/crisis_dev*.yml) are what the detector was tuned on.
Exits non-zero when the held-out set misses a target: recall 100 %, false alarms <= 2 %.
"""

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safety.crisis_signals import Concern, crisis_concern  # noqa: E402

HELD_OUT = "tests/heldout/crisis_fresh_27.yml"
SETS = (*(str(path.relative_to(ROOT)) for path in sorted((ROOT / "safety/data").glob("crisis_dev_*.yml"))), HELD_OUT)


def measure(path: str) -> bool:
    data = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))
    crises = [(kind, text) for kind in ("self", "other") for text in data["crisis"][kind]]
    missed = [(kind, text) for kind, text in crises if crisis_concern(text) is None]
    wrong = [(kind, text) for kind, text in crises if crisis_concern(text) not in (None, Concern(kind))]
    alarms = [text for text in data["ordinary"] if crisis_concern(text) is not None]
    recall = 1 - len(missed) / len(crises)
    false_alarm_rate = len(alarms) / len(data["ordinary"])
    print(f"\n== {path}")
    print(f"   recall {len(crises) - len(missed)}/{len(crises)} = {recall:.1%}")
    print(f"   false alarms {len(alarms)}/{len(data['ordinary'])} = {false_alarm_rate:.1%}")
    print(f"   whose safety wrong: {len(wrong)}/{len(crises)}")
    for kind, text in missed:
        print(f"   MISSED ({kind}): {text}")
    for text in alarms:
        print(f"   FALSE ALARM: {text}")
    for kind, text in wrong:
        print(f"   WRONG PERSON (is {kind}): {text}")
    return recall == 1.0 and false_alarm_rate <= 0.02


def main() -> int:
    results = {path: measure(path) for path in SETS if (ROOT / path).exists()}
    held_out_ok = results.get(HELD_OUT, False)
    print(
        f"\nHeld-out crisis set meets the targets (recall 100 %, false alarms <= 2 %): {'yes' if held_out_ok else 'NO'}"
    )
    return 0 if held_out_ok else 1


if __name__ == "__main__":
    sys.exit(main())
