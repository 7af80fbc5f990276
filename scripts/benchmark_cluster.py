"""`make benchmark-cluster`: load through nginx on 1 and on 2 Rasa replicas, beside moodbot.

One cluster (scripts/cluster.py: PostgreSQL, Redis, 2 replicas with their action servers) with two
nginx front ends: one that sends everything to replica 1, one that spreads over both. The rounds
alternate between "1 replica", "2 replicas" and moodbot (`rasa init`, one process, in-memory
tracker store, served directly), each at 20 and at 50 concurrent conversations (whole six-turn
conversations, the same count for each). Prints throughput, median and p95, the scaling ratio
and the memory of every server; exits 1 when 2 replicas give less than 1.3x one replica's
throughput at 50 concurrent, or when a message got no answer.

Everything, load generator included, shares this machine's cores: the figure that counts here
is the scaling, not the absolute.

    python scripts/benchmark_cluster.py [--rounds 2] [--moodbot DIR]
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from scripts import loadgen  # noqa: E402
from scripts.cluster import Cluster, Ports, missing_packages  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PORTS = Ports(5760, 8444, replicas=2)
ONE_REPLICA_HTTPS = 8445
MOODBOT_PORT = 5757
LEVELS = {20: 60, 50: 100}  # concurrency: conversations per round (6 messages each)
MIN_SCALING = 1.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=int(os.environ.get("BENCHMARK_ROUNDS", "2")))
    parser.add_argument("--moodbot", type=Path, help="a folder made by `rasa init` before (default: a new one)")
    args = parser.parse_args()
    if missing_packages():
        print(f"error: missing Debian packages {missing_packages()} (scripts/cluster_packages.sh)", file=sys.stderr)
        return 1
    (ROOT / "results").mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="werkstress-bench-cluster-"))
    folder.chmod(0o711)  # PostgreSQL runs as its own user and passes through to its folder
    cluster = Cluster(folder / "cluster", PORTS)
    try:
        print("==> Making moodbot with `rasa init --no-prompt` (trains its model)", flush=True)
        moodbot = loadgen.make_moodbot(args.moodbot or folder / "moodbot")
        print("==> Starting the cluster: PostgreSQL, Redis, 2 replicas, nginx", flush=True)
        cluster.start()
        cluster.start_nginx(ONE_REPLICA_HTTPS, PORTS.rasa[:1])
        with loadgen.running_moodbot(moodbot, MOODBOT_PORT, ROOT / "results" / "benchmark-cluster-moodbot.log"):
            setups = {
                "1 replica": (loadgen.webhook(ONE_REPLICA_HTTPS, "https"), loadgen.WERKSTRESS_CONVERSATIONS),
                "2 replicas": (loadgen.webhook(PORTS.https, "https"), loadgen.WERKSTRESS_CONVERSATIONS),
                "moodbot": (loadgen.webhook(MOODBOT_PORT), loadgen.MOODBOT_CONVERSATIONS),
            }
            for url, scripts in setups.values():  # warm-up, not counted
                loadgen.run(url, scripts, 20, 20, "warmup")
            results = {(name, level): loadgen.Result() for name in setups for level in LEVELS}
            for number in range(args.rounds):
                names = list(setups)
                order = names[number % len(names) :] + names[: number % len(names)]
                for level, conversations in LEVELS.items():
                    for name in order:
                        url, scripts = setups[name]
                        result = loadgen.run(url, scripts, conversations, level, "bench")
                        results[(name, level)].extend(result)
                        print(
                            f"round {number + 1} {level} concurrent {name:>10}: {result.messages} messages, "
                            f"{result.throughput:5.1f} msg/s, p95 {result.p95_ms:5.0f} ms, {result.errors} errors",
                            flush=True,
                        )
            memory = {
                **{
                    f"replica {index + 1}: Rasa": sum(map(loadgen.rss_mb, loadgen.pids_listening(port)))
                    for index, port in enumerate(PORTS.rasa)
                },
                **{
                    f"replica {index + 1}: actions": sum(map(loadgen.rss_mb, loadgen.pids_listening(port)))
                    for index, port in enumerate(PORTS.actions)
                },
                "moodbot": sum(map(loadgen.rss_mb, loadgen.pids_listening(MOODBOT_PORT))),
            }
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return report(results, memory, args.rounds)


def report(results, memory, rounds: int) -> int:
    print(f"\n==> {rounds} alternating rounds; {os.cpu_count()} cores shared by everything, load generator included")
    header = "".join(f"{f'{level} conc. msg/s':>16}{'p95 ms':>9}" for level in LEVELS)
    print(f"{'':12}{header}{'errors':>8}")
    for name in ("1 replica", "2 replicas", "moodbot"):
        cells = "".join(
            f"{results[(name, level)].throughput:16.1f}{results[(name, level)].p95_ms:9.0f}" for level in LEVELS
        )
        errors = sum(results[(name, level)].errors for level in LEVELS)
        print(f"{name:12}{cells}{errors:8d}")
    scaling = {
        level: results[("2 replicas", level)].throughput / results[("1 replica", level)].throughput for level in LEVELS
    }
    print("2 replicas / 1 replica, throughput: " + ", ".join(f"{scaling[level]:.2f}× at {level}" for level in LEVELS))
    print("memory after the run (RSS): " + ", ".join(f"{name} {mb:.0f} MB" for name, mb in memory.items()))
    errors = sum(result.errors for (name, _), result in results.items() if name != "moodbot")
    missed = []
    if scaling[50] < MIN_SCALING:
        missed.append(f"2 replicas give {scaling[50]:.2f}× one replica's throughput at 50 concurrent (target ≥ 1.3×)")
    if errors:
        missed.append(f"{errors} messages without an answer")
    if missed:
        print("==> Missed: " + "; ".join(missed))
        return 1
    print("==> Target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
