# The two commands: `make run` (chat with the bot) and `make test` (the whole test suite).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# No usage data leaves the machine; TensorFlow's start-up chatter is hidden.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3

.PHONY: run test setup train validate unit-tests story-tests conversation-tests eval benchmark spacy-model clean

run: setup train
	@bash scripts/run.sh

test: setup unit-tests validate train story-tests conversation-tests
	@echo "==> All tests passed"

setup:
	@bash scripts/setup.sh

# Rasa trains only the parts whose data or config changed; unchanged input trains nothing.
train: setup
	@echo "==> Training the model (skipped when nothing changed)"
	@$(BIN)/rasa train --fixed-model-name werkstress

validate: setup
	@echo "==> Validating training data and domain"
	@$(BIN)/rasa data validate --fail-on-warnings --quiet

unit-tests: setup
	@echo "==> Unit tests (actions, knowledge files)"
	@$(BIN)/python -m pytest tests -m "not conversation" -q

story-tests: train
	@echo "==> Test stories through the trained model"
	@$(BIN)/rasa test core --stories tests/test_stories.yml --model models/werkstress.tar.gz \
		--fail-on-prediction-errors --out results/stories --quiet

conversation-tests: train
	@echo "==> Conversation tests over the REST channel (starts both servers)"
	@$(BIN)/python -m pytest tests -m conversation -q

# Intent accuracy on the held-out set, for the project's spaCy pipeline and without spaCy.
eval: setup
	@$(BIN)/python scripts/eval_nlu.py

benchmark: train
	@$(BIN)/python scripts/benchmark_rest.py

# Retrains the Dutch spaCy pipeline from the UD treebanks in spacy_pipeline/corpus.
spacy-model: setup
	@$(BIN)/python spacy_pipeline/build.py

clean:
	rm -rf models results .data
