"""`make benchmark`: this bot against Rasa's own `rasa init` bot (moodbot), in one run.

Both are served over REST on this machine: this bot as `make run` serves it (scripts/run.sh:
Rasa, the action server, the SQLite tracker store, in a fresh database of its own), moodbot as
`rasa run` serves it (in-memory tracker store, no action server), made with the project's venv
by `rasa init --no-prompt` in a temporary folder. The rounds alternate between the two bots (who
goes first alternates too), with the same number of messages each: whole six-turn conversations,
sequential and 20 at a time. Prints both bots' figures, the memory (RSS) of every server after
the run and the ratios last; exits 1 when a ratio misses its target or a message got no answer.

    python scripts/benchmark.py [--rounds 3] [--moodbot DIR]   (DIR: reuse a moodbot made before)
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scripts import loadgen  # noqa: E402
from scripts.servers import ROOT, running_bot  # noqa: E402

RASA_PORT, ACTIONS_PORT, MOODBOT_PORT = 5705, 5755, 5707
CONCURRENCY = 20
SEQUENTIAL_CONVERSATIONS = 5  # per round: 30 messages
CONCURRENT_CONVERSATIONS = 40  # per round: 240 messages
# Targets of issue 13 on this 2-core machine.
MAX_MEDIAN_RATIO = 1.5
MIN_THROUGHPUT_RATIO = 0.8
MAX_P95_SECONDS = 1.0


def bench_endpoints(folder: Path) -> Path:
    """endpoints.yml with the tracker store in a fresh SQLite file of the benchmark's own."""
    text = (ROOT / "endpoints.yml").read_text(encoding="utf-8")
    path = folder / "endpoints.yml"
    path.write_text(text.replace('".data/tracker.db"', f'"{folder / "tracker.db"}"'), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCHMARK_ROUNDS", "3")))
    parser.add_argument("--moodbot", type=Path, help="a folder made by `rasa init` before (default: a new one)")
    args = parser.parse_args()
    results = ROOT / "results"
    results.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="werkstress-bench-") as temp:
        temp = Path(temp)
        print("==> Making moodbot with `rasa init --no-prompt` (trains its model)", flush=True)
        moodbot = loadgen.make_moodbot(args.moodbot or temp / "moodbot")
        os.environ["WERKSTRESS_ENDPOINTS"] = str(bench_endpoints(temp))
        os.environ["WERKSTRESS_PURGE_SCHEDULER"] = "off"
        print("==> Starting both bots", flush=True)
        with (
            running_bot(RASA_PORT, ACTIONS_PORT, results / "benchmark-servers.log"),
            loadgen.running_moodbot(moodbot, MOODBOT_PORT, results / "benchmark-moodbot.log"),
        ):
            bots = {
                "this bot": (loadgen.webhook(RASA_PORT), loadgen.WERKSTRESS_CONVERSATIONS),
                "moodbot": (loadgen.webhook(MOODBOT_PORT), loadgen.MOODBOT_CONVERSATIONS),
            }
            for url, scripts in bots.values():  # warm-up, not counted
                loadgen.run(url, scripts, len(scripts), 1, "warmup")
            sequential = {name: loadgen.Result() for name in bots}
            concurrent = {name: loadgen.Result() for name in bots}
            for number in range(args.rounds):
                order = list(bots) if number % 2 == 0 else list(reversed(bots))
                for kind, conversations, concurrency, store in (
                    ("sequential", SEQUENTIAL_CONVERSATIONS, 1, sequential),
                    (f"{CONCURRENCY} concurrent", CONCURRENT_CONVERSATIONS, CONCURRENCY, concurrent),
                ):
                    for name in order:
                        url, scripts = bots[name]
                        result = loadgen.run(url, scripts, conversations, concurrency, "bench")
                        store[name].extend(result)
                        print(
                            f"round {number + 1} {kind:>13} {name:>8}: {result.messages:3d} messages, "
                            f"median {result.median_ms:4.0f} ms, p95 {result.p95_ms:5.0f} ms, "
                            f"{result.throughput:5.1f} msg/s, {result.errors} errors",
                            flush=True,
                        )
            memory = {
                "this bot: Rasa": sum(loadgen.rss_mb(pid) for pid in loadgen.pids_listening(RASA_PORT)),
                "this bot: action server": sum(loadgen.rss_mb(pid) for pid in loadgen.pids_listening(ACTIONS_PORT)),
                "moodbot: Rasa": sum(loadgen.rss_mb(pid) for pid in loadgen.pids_listening(MOODBOT_PORT)),
            }
    return report(sequential, concurrent, memory, args.rounds)


def report(sequential, concurrent, memory, rounds: int) -> int:
    ours, mood = "this bot", "moodbot"
    print(f"\n==> {rounds} alternating rounds; {os.cpu_count()} cores shared with everything else on the machine")
    print(f"{'':44} {'this bot':>10} {'moodbot':>10} {'ratio':>8}  target")
    median = (sequential[ours].median_ms, sequential[mood].median_ms)
    throughput = (concurrent[ours].throughput, concurrent[mood].throughput)
    p95 = (concurrent[ours].p95_ms, concurrent[mood].p95_ms)
    rows = [
        ("per message, sequential, median (ms)", median, median[0] / median[1], f"≤ {MAX_MEDIAN_RATIO}×"),
        (
            "per message, sequential, p95 (ms)",
            (sequential[ours].p95_ms, sequential[mood].p95_ms),
            sequential[ours].p95_ms / sequential[mood].p95_ms,
            "",
        ),
        (
            f"{CONCURRENCY} concurrent, throughput (msg/s)",
            throughput,
            throughput[0] / throughput[1],
            f"≥ {MIN_THROUGHPUT_RATIO}×",
        ),
        (f"{CONCURRENCY} concurrent, p95 (ms)", p95, p95[0] / p95[1], f"this bot ≤ {MAX_P95_SECONDS * 1000:.0f} ms"),
    ]
    for label, (a, b), ratio, target in rows:
        print(f"{label:44} {a:10.1f} {b:10.1f} {ratio:7.2f}×  {target}")
    print("memory after the run (RSS): " + ", ".join(f"{name} {mb:.0f} MB" for name, mb in memory.items()))
    errors = sum(result.errors for result in (*sequential.values(), *concurrent.values()))
    missed = []
    if median[0] / median[1] > MAX_MEDIAN_RATIO:
        missed.append(f"median {median[0] / median[1]:.2f}× moodbot (target ≤ {MAX_MEDIAN_RATIO}×)")
    if throughput[0] / throughput[1] < MIN_THROUGHPUT_RATIO:
        missed.append(f"throughput {throughput[0] / throughput[1]:.2f}× moodbot (target ≥ {MIN_THROUGHPUT_RATIO}×)")
    if p95[0] > MAX_P95_SECONDS * 1000:
        missed.append(f"p95 at {CONCURRENCY} concurrent {p95[0]:.0f} ms (target ≤ {MAX_P95_SECONDS * 1000:.0f} ms)")
    if errors:
        missed.append(f"{errors} messages without an answer")
    if missed:
        print("==> Missed: " + "; ".join(missed))
        return 1
    print("==> Every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
