"""The scale-out on one machine: PostgreSQL + Redis + nginx (TLS) + Rasa replicas + action servers.

`make run-cluster` runs this file: it starts everything, prints the one URL to use, and stops it
all on Ctrl-C. The tests (tests/test_cluster.py) and `make benchmark-cluster` use `Cluster` to do
the same on ports of their own. Every process listens on 127.0.0.1 only.

- PostgreSQL 15 (Debian's package) in a data folder of its own, started as the `postgres` user
  when run as root (it refuses to run as root); a role and database `werkstress` with a random
  password, reached over TCP with scram-sha-256.
- Redis (Debian's redis-server) with a random password, in a config file readable by root only.
- Each replica is scripts/run.sh with WERKSTRESS_ENDPOINTS=endpoints-cluster.yml: one Rasa server
  and its own action server; the connection settings come from the environment.
- nginx terminates TLS with a self-signed certificate made here (.data/cluster/tls/; a real one
  goes in its place, README "Scale-out") and spreads requests over the replicas; socket.io
  clients on the websocket transport go to any replica, the long-polling fallback always to the
  first one that is up (polling needs the same replica for the whole session).

    python scripts/cluster.py [--replicas 2]
"""

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from scripts.loadgen import wait_until  # noqa: E402
from scripts.servers import ready  # noqa: E402


def _wait_briefly(check, timeout: float, what: str, process: Optional[subprocess.Popen] = None) -> None:
    wait_until(check, timeout, what, process, interval=0.5)


PG_BIN = Path("/usr/lib/postgresql/15/bin")
REDIS = Path("/usr/bin/redis-server")
NGINX = Path("/usr/sbin/nginx")
READY_TIMEOUT_SECONDS = 300


class Ports:
    def __init__(self, base: int, https: int, replicas: int) -> None:
        # base+0: PostgreSQL, base+1: Redis, base+10+i: Rasa replica i, base+60+i: its action server
        self.postgres, self.redis, self.https = base, base + 1, https
        self.rasa = [base + 10 + index for index in range(replicas)]
        self.actions = [base + 60 + index for index in range(replicas)]


def _quiet(command: List[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=180, **kwargs)


class Cluster:
    def __init__(
        self, folder: Path, ports: Ports, tls_folder: Optional[Path] = None, endpoints: str = "endpoints-cluster.yml"
    ) -> None:
        self.folder, self.ports, self.endpoints = folder, ports, endpoints
        self.tls = tls_folder or folder / "tls"
        self.pg_data = folder / "postgres"
        self.root = os.geteuid() == 0
        self.db_password = secrets.token_urlsafe(24)
        self.redis_password = secrets.token_urlsafe(24)
        self.webchat_secret = secrets.token_urlsafe(32)
        self.redis_process: Optional[subprocess.Popen] = None
        self.nginx_processes: List[subprocess.Popen] = []
        self.replicas: Dict[int, subprocess.Popen] = {}

    # --- environment -------------------------------------------------------------------------

    def env(self) -> Dict[str, str]:
        """What every replica gets: the connection settings of endpoints-cluster.yml."""
        return {
            "WERKSTRESS_DB_HOST": "127.0.0.1",
            "WERKSTRESS_DB_PORT": str(self.ports.postgres),
            "WERKSTRESS_DB_NAME": "werkstress",
            "WERKSTRESS_DB_USER": "werkstress",
            "WERKSTRESS_DB_PASSWORD": self.db_password,
            "WERKSTRESS_REDIS_HOST": "127.0.0.1",
            "WERKSTRESS_REDIS_PORT": str(self.ports.redis),
            "WERKSTRESS_REDIS_PASSWORD": self.redis_password,
            "WERKSTRESS_WEBCHAT_SECRET": self.webchat_secret,
        }

    @property
    def url(self) -> str:
        return f"https://localhost:{self.ports.https}"

    # --- PostgreSQL ----------------------------------------------------------------------------

    def _as_postgres(self, *command: str, **kwargs) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if self.root else []
        return _quiet([*prefix, *command], **kwargs)

    def start_postgres(self) -> None:
        if not (self.pg_data / "db").exists():
            self.pg_data.mkdir(parents=True, exist_ok=True)
            if self.root:
                shutil.chown(self.pg_data, "postgres", "postgres")
            self._as_postgres(
                str(PG_BIN / "initdb"),
                "-D",
                str(self.pg_data / "db"),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            )
            self._pg_ctl("start")
            # The password goes over stdin, never on a command line.
            self._as_postgres(
                str(PG_BIN.parent / "bin" / "psql"),
                "-h",
                str(self.pg_data),
                "-p",
                str(self.ports.postgres),
                "-U",
                "postgres",
                "-v",
                "ON_ERROR_STOP=1",
                "-q",
                "-f",
                "-",
                input=(
                    f"CREATE ROLE werkstress LOGIN PASSWORD '{self.db_password}';\n"
                    "CREATE DATABASE werkstress OWNER werkstress;\n"
                ),
            )
        else:
            self._pg_ctl("start")

    def _pg_ctl(self, action: str, mode: str = "fast") -> None:
        options = f"-p {self.ports.postgres} -k {self.pg_data} -c listen_addresses=127.0.0.1 -c max_connections=300"
        command = [str(PG_BIN / "pg_ctl"), "-D", str(self.pg_data / "db"), "-l", str(self.pg_data / "log"), "-w"]
        if action == "start":
            self._as_postgres(*command, "-o", options, "start")
        else:
            self._as_postgres(*command, "-m", mode, "stop")

    def stop_postgres(self) -> None:
        self._pg_ctl("stop")

    def engine(self):
        """An SQLAlchemy engine on the tracker store's database (tests, benchmarks)."""
        import sqlalchemy as sa

        url = sa.engine.url.URL.create(
            "postgresql",
            username="werkstress",
            password=self.db_password,
            host="127.0.0.1",
            port=self.ports.postgres,
            database="werkstress",
        )
        return sa.create_engine(url, pool_pre_ping=True)

    # --- Redis ---------------------------------------------------------------------------------

    def start_redis(self) -> None:
        config = self.folder / "redis.conf"
        config.write_text(
            f"port {self.ports.redis}\nbind 127.0.0.1\nrequirepass {self.redis_password}\n"
            f'save ""\nappendonly no\ndir {self.folder}\nlogfile {self.folder / "redis.log"}\n'
        )
        config.chmod(0o600)
        self.redis_process = subprocess.Popen(
            [str(REDIS), str(config)], stdout=subprocess.DEVNULL, start_new_session=True
        )
        _wait_briefly(lambda: self.redis_ping(), 30, "Redis")

    def redis_client(self):
        import redis

        return redis.StrictRedis(
            host="127.0.0.1", port=self.ports.redis, password=self.redis_password, db=1, socket_timeout=2
        )

    def redis_ping(self) -> bool:
        try:
            return bool(self.redis_client().ping())
        except Exception:
            return False

    def stop_redis(self) -> None:
        if self.redis_process and self.redis_process.poll() is None:
            self.redis_process.terminate()
            self.redis_process.wait(timeout=30)

    # --- nginx ---------------------------------------------------------------------------------

    def make_certificate(self) -> None:
        if (self.tls / "cert.pem").exists() and (self.tls / "key.pem").exists():
            return
        self.tls.mkdir(parents=True, exist_ok=True)
        _quiet(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "365"]
            + ["-keyout", str(self.tls / "key.pem"), "-out", str(self.tls / "cert.pem")]
            + ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"]
        )
        (self.tls / "key.pem").chmod(0o600)

    def nginx_config(self, https_port: int, rasa_ports: List[int]) -> str:
        replicas = "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in rasa_ports)
        first, *others = rasa_ports
        polling = "\n".join(
            [f"        server 127.0.0.1:{first};"] + [f"        server 127.0.0.1:{port} backup;" for port in others]
        )
        temp = self.folder / f"nginx-{https_port}"
        user = "user www-data;\n" if self.root else ""
        return f"""{user}worker_processes 1;
daemon off;
pid {temp}/nginx.pid;
error_log {temp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    # No access log: a URL can carry a socket.io session id.
    access_log off;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    client_max_body_size 128k;
    upstream werkstress {{
{replicas}
        keepalive 32;
    }}
    upstream werkstress_polling {{
{polling}
        keepalive 8;
    }}
    map $http_upgrade $connection_upgrade {{ default upgrade; "" ""; }}
    map $arg_transport $socketio_upstream {{ polling werkstress_polling; default werkstress; }}
    server {{
        listen 127.0.0.1:{https_port} ssl;
        server_name localhost;
        ssl_certificate {self.tls / "cert.pem"};
        ssl_certificate_key {self.tls / "key.pem"};
        ssl_protocols TLSv1.2 TLSv1.3;
        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_read_timeout 120s;
        # A replica that refuses the connection (stopped, restarting) is skipped.
        proxy_next_upstream error timeout http_502;
        location /webchat/socket.io/ {{
            proxy_pass http://$socketio_upstream;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $connection_upgrade;
        }}
        location / {{
            proxy_pass http://werkstress;
            proxy_set_header Connection "";
        }}
    }}
}}
"""

    def start_nginx(self, https_port: Optional[int] = None, rasa_ports: Optional[List[int]] = None) -> None:
        """nginx in front of the replicas (all of them unless `rasa_ports` names some)."""
        https_port = https_port or self.ports.https
        self.make_certificate()
        temp = self.folder / f"nginx-{https_port}"
        temp.mkdir(parents=True, exist_ok=True)
        if self.root:
            shutil.chown(temp, "www-data", "www-data")
        config = self.folder / f"nginx-{https_port}.conf"
        config.write_text(self.nginx_config(https_port, rasa_ports or self.ports.rasa))
        process = subprocess.Popen(
            [str(NGINX), "-c", str(config), "-p", str(temp), "-e", str(temp / "error.log")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.nginx_processes.append(process)
        _wait_briefly(lambda: _https_up(https_port), 30, "nginx", process)

    def stop_nginx(self) -> None:
        for process in self.nginx_processes:
            if process.poll() is None:
                process.send_signal(signal.SIGQUIT)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self.nginx_processes = []

    # --- replicas --------------------------------------------------------------------------------

    def start_replica(self, index: int, wait: bool = True) -> None:
        env = {
            **os.environ,
            **self.env(),
            "RASA_PORT": str(self.ports.rasa[index]),
            "ACTIONS_PORT": str(self.ports.actions[index]),
            "WERKSTRESS_ENDPOINTS": self.endpoints,
            # One replica purges old conversations; the others leave it to that one.
            "WERKSTRESS_PURGE_SCHEDULER": "on" if index == 0 else "off",
        }
        log = open(self.folder / f"replica-{index + 1}.log", "a")
        self.replicas[index] = subprocess.Popen(
            ["bash", "scripts/run.sh"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        if wait:
            self.wait_replica(index)

    def wait_replica(self, index: int) -> None:
        _wait_briefly(
            lambda: ready(self.ports.rasa[index], self.ports.actions[index]),
            READY_TIMEOUT_SECONDS,
            f"replica {index + 1} (log: {self.folder / f'replica-{index + 1}.log'})",
            self.replicas[index],
        )

    def stop_replica(self, index: int) -> None:
        process = self.replicas.pop(index, None)
        if process is None:
            return
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # run.sh stops both servers on TERM as on INT
            try:
                process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(process.pid, signal.SIGKILL)  # what is left of its group
        except ProcessLookupError:
            pass
        process.wait()

    # --- all of it -----------------------------------------------------------------------------

    def start(self, replicas: Optional[int] = None, say=lambda text: None) -> None:
        count = len(self.ports.rasa) if replicas is None else replicas
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.root:
            self.folder.chmod(0o711)  # the postgres and www-data users pass through to their folders
        say("==> PostgreSQL")
        self.start_postgres()
        say("==> Redis")
        self.start_redis()
        say(f"==> {count} Rasa replicas, each with its action server (loading the model takes a minute)")
        for index in range(count):
            self.start_replica(index, wait=False)
        for index in range(count):
            self.wait_replica(index)
        say("==> nginx (TLS)")
        self.start_nginx()

    def stop(self) -> None:
        for index in list(self.replicas):
            self.stop_replica(index)
        self.stop_nginx()
        self.stop_redis()
        try:
            self.stop_postgres()
        except subprocess.SubprocessError:
            pass


def _https_up(port: int) -> bool:
    import ssl

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    try:
        with urllib.request.urlopen(f"https://127.0.0.1:{port}/", timeout=2, context=context):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def port_free(port: int) -> bool:
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def missing_packages() -> List[str]:
    wanted = {"postgresql-15": PG_BIN / "initdb", "redis-server": REDIS, "nginx-light": NGINX}
    return [package for package, path in wanted.items() if not path.exists()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port-base", type=int, default=5730)
    parser.add_argument("--https-port", type=int, default=int(os.environ.get("WERKSTRESS_HTTPS_PORT", "8443")))
    args = parser.parse_args()
    missing = missing_packages()
    if missing:
        print(f"error: missing Debian packages: {' '.join(missing)}; install them with", file=sys.stderr)
        print(f"       sudo apt-get install {' '.join(missing)}", file=sys.stderr)
        return 1
    if not (ROOT / "models" / "werkstress.tar.gz").exists():
        print("error: no trained model: run `make train` first", file=sys.stderr)
        return 1
    ports = Ports(args.port_base, args.https_port, args.replicas)
    busy = [
        port for port in [ports.postgres, ports.redis, ports.https, *ports.rasa, *ports.actions] if not port_free(port)
    ]
    if busy:
        print(f"error: ports in use: {busy}; stop what uses them or choose --port-base/--https-port", file=sys.stderr)
        return 1
    folder = Path(tempfile.mkdtemp(prefix="werkstress-cluster-"))
    cluster = Cluster(folder, ports, tls_folder=ROOT / ".data" / "cluster" / "tls")
    stopping = False

    def stop(*_args) -> None:
        nonlocal stopping
        if stopping:
            return
        stopping = True
        print("\n==> Stopping the cluster", flush=True)
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
        print("==> Stopped", flush=True)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGINT, signal.default_int_handler)  # also when started in the background
    try:
        cluster.start(say=lambda text: print(text, flush=True))
        print("==> Ready. The one URL to use (self-signed certificate: curl -k, or accept it in the browser):")
        print(f"    {cluster.url}/webhooks/rest/webhook   (REST)")
        print(f"    {cluster.url}/webchat/demo           (the web widget)")
        print(f"    logs: {folder}/replica-*.log; stop with Ctrl-C", flush=True)
        while True:
            for index, process in list(cluster.replicas.items()):
                if process.poll() is not None:
                    print(f"==> Replica {index + 1} stopped; starting it again", flush=True)
                    cluster.replicas.pop(index)
                    cluster.start_replica(index, wait=False)
            time.sleep(2)
    except KeyboardInterrupt:
        pass
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        stop()
        return 1
    finally:
        stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
