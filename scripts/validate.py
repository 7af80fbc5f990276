"""`rasa data validate`, failing on every warning except one that Rasa 3.6 gets wrong here.

Rasa warns that a response "is not used in any story or rule" when only custom actions or
the crisis policy send it. Such a warning is accepted only if the code really names the
response (or builds it from the theme registry or the reasons in actions/hours.py); every other warning fails, as with
--fail-on-warnings.
"""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from actions.hours import HOURS_IMPOSSIBLE_REASONS  # noqa: E402
from actions.registry import CONVERSATION_THEMES  # noqa: E402

UNUSED = re.compile(r"The utterance '(\w+)' is not used in any story or rule")
WARNING = re.compile(r"UserWarning: (.*)")
# Responses whose names the code builds from a theme: utter_ack_<theme>, utter_ask_subtopic_<theme>.
BUILT_NAMES = {f"{prefix}{theme}" for prefix in ("utter_ack_", "utter_ask_subtopic_") for theme in CONVERSATION_THEMES}
# ... and from the reason hours cannot be used: utter_hours_impossible_<reason>.
BUILT_NAMES |= {f"utter_hours_impossible_{reason}" for reason in HOURS_IMPOSSIBLE_REASONS}


def names_in_code() -> set:
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("actions", "safety", "channels")
        for path in (ROOT / folder).rglob("*.py")
    )
    return (set(re.findall(r"\"(utter_\w+)\"", code)) - {"utter_action"}) | BUILT_NAMES


def main() -> int:
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "rasa"), "data", "validate", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    used = names_in_code()
    problems = []
    for warning in WARNING.findall(output):
        unused = UNUSED.search(warning)
        if unused and unused.group(1) in used:
            continue
        problems.append(warning)
    if result.returncode != 0 and not problems:
        problems.append(f"rasa data validate exited with {result.returncode}:\n{output[-2000:]}")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(
        f"==> Domain and data valid ({len(used)} responses named by the code are sent by actions or the crisis policy)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
