"""Waits until Rasa (its health route) and the action server answer; exit 1 after the timeout."""

import sys
import time

from servers import READY_TIMEOUT_SECONDS, ready


def main() -> int:
    rasa_port, actions_port = int(sys.argv[1]), int(sys.argv[2])
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    while not ready(rasa_port, actions_port):
        if time.monotonic() > deadline:
            sys.stderr.write(f"error: the servers were not ready after {READY_TIMEOUT_SECONDS} s\n")
            return 1
        time.sleep(1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
