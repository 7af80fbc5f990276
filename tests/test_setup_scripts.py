"""The set-up and run scripts fail with a clear message, never a traceback."""

import os
import socket
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.skipif(
    any(os.path.exists(p) for p in ("/usr/bin/python3.10", "/usr/local/bin/python3.10")),
    reason="this machine has a system Python 3.10, so it cannot be hidden",
)
def test_missing_python_310_is_explained():
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}
    result = subprocess.run(
        ["/bin/bash", "scripts/find_python310.sh"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Python 3.10 was not found" in result.stderr and "PYTHON310=" in result.stderr
    assert "Traceback" not in result.stderr


def test_python_310_is_found_here():
    result = subprocess.run(["bash", "scripts/find_python310.sh"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip().endswith("python3.10")


def test_port_in_use_is_named():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {**os.environ, "RASA_PORT": str(port), "ACTIONS_PORT": "5999"}
        result = subprocess.run(
            ["bash", "scripts/run.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 1
    assert f"port {port} is already in use" in result.stderr


def test_run_refuses_the_http_api_without_a_token():
    env = {
        **os.environ,
        "WERKSTRESS_ENABLE_API": "1",
        "WERKSTRESS_API_TOKEN": "short",
        "RASA_PORT": "5991",
        "ACTIONS_PORT": "5992",
    }
    result = subprocess.run(["bash", "scripts/run.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "WERKSTRESS_API_TOKEN" in result.stderr


def test_preflight_names_an_unreachable_database(tmp_path):
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        'tracker_store:\n  type: SQL\n  dialect: "postgresql"\n  url: "127.0.0.1"\n  port: 1\n'
        '  db: "werkstress"\n  username: "bot"\n  password: "geheim-wachtwoord"\n'
    )
    result = subprocess.run(
        [sys.executable, "scripts/preflight.py", str(endpoints)], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "conversation database cannot be reached" in result.stderr
    assert "postgresql" in result.stderr and "tracker_store" in result.stderr
    assert "geheim-wachtwoord" not in result.stderr


def test_preflight_passes_for_the_default_sqlite_store():
    result = subprocess.run([sys.executable, "scripts/preflight.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
