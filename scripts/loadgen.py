"""Load for the benchmarks: whole conversations over the REST channel, sequential or concurrent.

Used by scripts/benchmark.py (`make benchmark`) and scripts/benchmark_cluster.py
(`make benchmark-cluster`). Every request is bounded in time; only loopback addresses are used.
No message text is printed or logged.
"""

import asyncio
import json
import os
import ssl
import statistics
import subprocess
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
REQUEST_TIMEOUT_SECONDS = 60

# The same shape for both bots: a greeting, the subject, a follow-up, a question, a yes/no, thanks.
WERKSTRESS_CONVERSATIONS = [
    [
        "Hallo",
        "Wij krijgen een AI-chatbot op de klantenservice. Mijn team is onrustig.",
        "scholing",
        "Hoeveel kortdurend zorgverlof heb ik bij 32 uur?",
        "en langdurend?",
        "Bedankt",
    ],
    [
        "Goedemorgen",
        "Een medewerker zorgt voor haar zieke moeder en is vaak moe.",
        "ik ben leidinggevende",
        "heb je cijfers?",
        "geef me een link",
        "dank je wel",
    ],
    [
        "hoi",
        "Mijn team heeft last van hoge werkdruk door personeelstekort",
        "meer",
        "wat is calamiteitenverlof?",
        "ben jij een mens?",
        "doei",
    ],
]
MOODBOT_CONVERSATIONS = [
    ["hello", "I am sad", "yes", "are you a bot?", "I am great", "bye"],
    ["good morning", "I am sad", "no", "are you a human?", "I am feeling very good", "goodbye"],
    ["hey there", "very sad", "not really", "am I talking to a bot?", "perfect", "see you later"],
]


# The Dutch apology (utter_technical_problem): the turn failed.
APOLOGY = "er ging bij mij iets mis"


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[max(0, min(len(ordered) - 1, int(round(fraction * len(ordered))) - 1))]


def _ssl_context() -> ssl.SSLContext:
    # The cluster's certificate is self-signed and made on this machine for localhost.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class Result:
    def __init__(self) -> None:
        self.latencies: List[float] = []  # seconds, one per message
        self.errors = 0
        self.wall = 0.0

    def extend(self, other: "Result") -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.wall += other.wall

    @property
    def messages(self) -> int:
        return len(self.latencies) + self.errors

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.wall if self.wall else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")

    @property
    def p95_ms(self) -> float:
        return percentile(self.latencies, 0.95) * 1000


async def _conversation(
    session: aiohttp.ClientSession, url: str, turns: Sequence[str], result: Result, prefix: str
) -> None:
    sender = f"{prefix}-{uuid.uuid4().hex[:12]}"
    for text in turns:
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                body = await response.read()
                replies = json.loads(body) if response.status == 200 else None
            if (
                not replies
                or not any(reply.get("text") or reply.get("buttons") for reply in replies)
                or any(APOLOGY in (reply.get("text") or "") for reply in replies)
            ):
                result.errors += 1
                continue
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            result.errors += 1
            continue
        result.latencies.append(time.perf_counter() - started)


async def _run(url: str, conversations: Sequence[Sequence[str]], concurrency: int, prefix: str) -> Result:
    result = Result()
    queue: "asyncio.Queue[Sequence[str]]" = asyncio.Queue()
    for turns in conversations:
        queue.put_nowait(turns)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    connector = aiohttp.TCPConnector(limit=concurrency, ssl=_ssl_context() if url.startswith("https") else None)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:

        async def worker() -> None:
            while not queue.empty():
                await _conversation(session, url, queue.get_nowait(), result, prefix)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.wall = time.perf_counter() - started
    return result


def run(url: str, scripts: Sequence[Sequence[str]], conversations: int, concurrency: int, prefix: str) -> Result:
    """`conversations` whole conversations (the scripts in turn), `concurrency` at a time."""
    chosen = [scripts[index % len(scripts)] for index in range(conversations)]
    return asyncio.run(_run(url, chosen, concurrency, prefix))


def webhook(port: int, scheme: str = "http") -> str:
    return f"{scheme}://127.0.0.1:{port}/webhooks/rest/webhook"


def pids_listening(port: int) -> List[int]:
    output = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True).stdout
    return sorted({int(part.split(",")[0]) for part in output.split("pid=")[1:]})


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (Sanic may fork workers), in MB."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(child) for child in children.read_text().split()]
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def wait_until(
    check, timeout: float, what: str, process: Optional[subprocess.Popen] = None, interval: float = 1.0
) -> None:
    """Waits for `check()`; a clear error when the process stops or the time runs out."""
    deadline = time.monotonic() + timeout
    while not check():
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{what} stopped during start-up")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} was not ready within {timeout:.0f} s")
        time.sleep(interval)


def answers(url: str) -> bool:
    import urllib.request

    request = urllib.request.Request(
        url,
        data=json.dumps({"sender": "probe", "message": "hi"}).encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def make_moodbot(folder: Path) -> Path:
    """Rasa's own starter bot, made by `rasa init --no-prompt` with the project's venv."""
    if not (folder / "models").is_dir() or not any((folder / "models").glob("*.tar.gz")):
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "rasa"), "init", "--no-prompt", "--init-dir", str(folder)],
            cwd=folder,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_quiet_env(),
            timeout=1200,
        )
    return folder


def _quiet_env() -> Dict[str, str]:
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}


@contextmanager
def running_moodbot(folder: Path, port: int, log_path: Path) -> Iterator[subprocess.Popen]:
    """moodbot as `rasa run` serves it: REST channel, in-memory tracker store, one process."""
    model = sorted((folder / "models").glob("*.tar.gz"))[-1]
    with open(log_path, "w") as log:
        process = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "rasa"), "run", "--model", str(model), "--port", str(port)]
            + ["--interface", "127.0.0.1", "--credentials", "credentials.yml", "--endpoints", "endpoints.yml"],
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=_quiet_env(),
            start_new_session=True,
        )
        try:
            wait_until(lambda: answers(webhook(port)), 240, "moodbot", process)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
