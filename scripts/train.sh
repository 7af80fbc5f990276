#!/usr/bin/env bash
# Trains models/werkstress.tar.gz unless it was trained from exactly the current
# config, domain and training data. Rasa's own cache makes a needed retrain of a
# partly changed project faster still.
set -euo pipefail
cd "$(dirname "$0")/.."

MODEL=models/werkstress.tar.gz
STAMP=models/.werkstress.inputs
inputs=$(cat config.yml domain.yml $(find data -name '*.yml' | sort) | sha256sum | cut -d' ' -f1)

if [ -f "$MODEL" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$inputs" ]; then
  echo "==> Model up to date ($MODEL)"
  exit 0
fi
echo "==> Training the model (about 3 minutes on 2 cores)"
started=$(date +%s)
.venv/bin/rasa train --fixed-model-name werkstress --out models
echo "$inputs" > "$STAMP"
echo "==> Trained in $(( $(date +%s) - started )) s: $MODEL"
