"""Starts the Rasa server for `make run`: closed by default.

- Listens on WERKSTRESS_BIND (default 127.0.0.1).
- Rasa's HTTP API (conversations, events, model) only with WERKSTRESS_ENABLE_API=1, and then
  only with a token of at least 24 characters in WERKSTRESS_API_TOKEN. The token is read from
  the environment here, so it never appears in `ps` (Rasa's own CLI takes it as an argument).
- CORS only for the origins in WERKSTRESS_ALLOWED_ORIGINS (comma-separated; none by default).

    python scripts/serve.py --port 5005 --model models/werkstress.tar.gz \
        --endpoints endpoints.yml --credentials credentials.yml
"""

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIN_TOKEN_LENGTH = 24


def settings() -> dict:
    enable_api = os.environ.get("WERKSTRESS_ENABLE_API", "0") == "1"
    token = os.environ.get("WERKSTRESS_API_TOKEN", "")
    if enable_api and len(token) < MIN_TOKEN_LENGTH:
        raise SystemExit(
            "error: WERKSTRESS_ENABLE_API=1 needs a token of at least "
            f"{MIN_TOKEN_LENGTH} characters in WERKSTRESS_API_TOKEN; the HTTP API is not started without one"
        )
    origins = [origin.strip() for origin in os.environ.get("WERKSTRESS_ALLOWED_ORIGINS", "").split(",")]
    return {
        "interface": os.environ.get("WERKSTRESS_BIND", "127.0.0.1"),
        "enable_api": enable_api,
        "auth_token": token if enable_api else None,
        "cors": [origin for origin in origins if origin] or None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("--model", default="models/werkstress.tar.gz")
    parser.add_argument("--endpoints", default="endpoints.yml")
    parser.add_argument("--credentials", default="credentials.yml")
    args = parser.parse_args()
    server = settings()

    import rasa.utils.io
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    # INFO, as `rasa run` without --debug: Rasa logs message text and slot values at DEBUG only.
    configure_logging_and_warnings(logging.INFO, warn_only_once=True, filter_repeated_logs=True)
    rasa.utils.io.configure_colored_logging(logging.INFO)
    configure_structlog(logging.INFO)
    sys.path.insert(1, str(ROOT))  # the project's own components (safety, channels)
    from privacy import log_redaction

    log_redaction.install()  # a failing action's error response holds the whole conversation
    from scripts import speedups

    speedups.install()  # costs removed from Rasa's own code path (see scripts/speedups.py)
    import rasa.api

    rasa.api.run(
        model=args.model,
        endpoints=args.endpoints,
        credentials=args.credentials,
        port=args.port,
        **server,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
