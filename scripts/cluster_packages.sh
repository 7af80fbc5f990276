#!/usr/bin/env bash
# The Debian packages of the scale-out (PostgreSQL 15, Redis, nginx): installed when missing and
# running as root, otherwise named with the command that installs them.
set -euo pipefail
missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v openssl >/dev/null || missing+=(openssl)
command -v runuser >/dev/null || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "==> Installing ${missing[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian starts the packaged services; the cluster runs its own on other ports.
  for service in redis-server nginx; do service "$service" stop >/dev/null 2>&1 || true; done
else
  echo "error: the scale-out needs the Debian packages ${missing[*]}:" >&2
  echo "       sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
