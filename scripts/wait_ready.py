"""Waits until Rasa's API and the action server answer; exit 1 after the timeout."""

import sys
import time
import urllib.request

TIMEOUT_SECONDS = 180


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def main() -> int:
    rasa_port, actions_port = sys.argv[1], sys.argv[2]
    urls = [f"http://localhost:{rasa_port}/status", f"http://localhost:{actions_port}/health"]
    deadline = time.monotonic() + TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if all(answers(url) for url in urls):
            return 0
        time.sleep(1)
    sys.stderr.write(f"error: the servers were not ready after {TIMEOUT_SECONDS} s\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
