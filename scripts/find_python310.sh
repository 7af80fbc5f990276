#!/usr/bin/env bash
# Prints the path of a working Python 3.10 interpreter, or explains what to install.
# The pyenv shim `python3.10` may refuse to run when 3.10 is not the selected version,
# so the pyenv install folders are tried directly before any shim.
set -u

works() { [ -x "$1" ] && "$1" -c 'import sys, venv; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1; }

candidates=()
[ -n "${PYTHON310:-}" ] && candidates+=("$PYTHON310")
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root 2>/dev/null)
  for dir in $(ls -d "$root"/versions/3.10.* 2>/dev/null | sort -V -r); do
    candidates+=("$dir/bin/python3.10")
  done
fi
for dir in $(ls -d "$HOME"/.pyenv/versions/3.10.* 2>/dev/null | sort -V -r); do
  candidates+=("$dir/bin/python3.10")
done
candidates+=(/usr/bin/python3.10 /usr/local/bin/python3.10)
command -v python3.10 >/dev/null 2>&1 && candidates+=("$(command -v python3.10)")

for candidate in "${candidates[@]}"; do
  if works "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

cat >&2 <<'MSG'
error: Python 3.10 was not found (Rasa 3.6 needs Python 3.10).
  Install it, for example with `pyenv install 3.10.13`, or point PYTHON310 at a
  python3.10 executable: `PYTHON310=/path/to/python3.10 make run`.
MSG
exit 1
