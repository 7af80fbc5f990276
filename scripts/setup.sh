#!/usr/bin/env bash
# Creates .venv with the pinned packages and the project's Dutch spaCy pipeline.
# A stamp of the inputs makes a repeated run return at once when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
SPACY_PACKAGE=spacy_pipeline/dist/nl_werkstress_sm-0.1.0.tar.gz
STAMP="$VENV/.setup-stamp"

python310=$(bash scripts/find_python310.sh) || exit 1

if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; then
  echo "==> $VENV is not a Python 3.10 environment; recreating it"
  rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
  echo "==> Creating $VENV with $python310"
  "$python310" -m venv "$VENV"
fi

wanted=$(cat requirements.txt "$SPACY_PACKAGE" scripts/setup.sh | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$wanted" ]; then
  echo "==> Environment up to date ($VENV)"
  exit 0
fi

echo "==> Installing pinned packages (first run takes a few minutes)"
# The machine's pip config may name local mirror folders that are absent: hide only those warnings.
quiet_mirror_warnings() { grep -v "^WARNING: Location" >&2 || true; }
"$VENV/bin/python" -m pip install --disable-pip-version-check -q pip==24.0 2> >(quiet_mirror_warnings)
"$VENV/bin/python" -m pip install --disable-pip-version-check --progress-bar off -r requirements.txt \
  2> >(quiet_mirror_warnings)
echo "==> Installing the Dutch spaCy pipeline nl_werkstress_sm"
"$VENV/bin/python" -m pip install --disable-pip-version-check -q --no-deps --force-reinstall "$SPACY_PACKAGE" \
  2> >(quiet_mirror_warnings)
"$VENV/bin/python" -c 'import spacy, rasa; spacy.load("nl_werkstress_sm")' 2>/dev/null || {
  echo "error: the environment in $VENV does not import rasa and nl_werkstress_sm; see the pip output above" >&2
  exit 1
}
echo "$wanted" > "$STAMP"
echo "==> Environment ready ($VENV)"
