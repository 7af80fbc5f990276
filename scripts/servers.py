"""Starts the bot (scripts/run.sh) on given ports for tests and benchmarks, and talks to it."""

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List

ROOT = Path(__file__).resolve().parents[1]
READY_TIMEOUT_SECONDS = 240


def ready(rasa_port: int, actions_port: int) -> bool:
    """Rasa can answer (its health route) and the action server is up."""
    try:
        for url in (f"http://localhost:{rasa_port}/webhooks/health/", f"http://localhost:{actions_port}/health"):
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status != 200:
                    return False
        return True
    except OSError:
        return False


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def running_bot(rasa_port: int, actions_port: int, log_path: Path) -> Iterator[None]:
    if not (ROOT / "models" / "werkstress.tar.gz").exists():
        raise RuntimeError("no trained model: run `make train` first")
    busy = [port for port in (rasa_port, actions_port) if _port_in_use(port)]
    if busy:
        # A server left from an earlier run would answer instead, with older code.
        raise RuntimeError(f"port(s) {busy} already in use: stop the server there first")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "RASA_PORT": str(rasa_port), "ACTIONS_PORT": str(actions_port)}
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            ["bash", "scripts/run.sh"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + READY_TIMEOUT_SECONDS
            while not ready(rasa_port, actions_port):
                if process.poll() is not None:
                    raise RuntimeError(f"the bot stopped during start-up; see {log_path}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the bot was not ready within {READY_TIMEOUT_SECONDS} s; see {log_path}")
                time.sleep(1)
            yield
        finally:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def send(rasa_port: int, sender: str, message: str) -> List[dict]:
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(
        f"http://localhost:{rasa_port}/webhooks/rest/webhook",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())
