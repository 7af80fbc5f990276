# The two commands: `make run` (chat with the bot) and `make test` (the whole test suite).
# `make eval` runs the held-out measures (crisis, conversations, NLU) against their targets.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# No usage data leaves the machine; TensorFlow's start-up chatter is hidden.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore

# Content owners: `make report` (usage and feedback, results/report.html) and
# `make content-check` (checked facts older than WERKSTRESS_CONTENT_MAX_AGE_MONTHS, default 6).
.PHONY: report content-check
report: setup
	@$(BIN)/python scripts/report.py

content-check: setup
	@$(BIN)/python scripts/content_check.py

.PHONY: run test setup lint train validate unit-tests story-tests model-tests eval benchmark spacy-model clean purge forget

run: setup train
	@bash scripts/run.sh

# Runs the suites one after the other and prints each one's time at the end.
test:
	@bash scripts/timed_suites.sh setup lint unit-tests validate train story-tests model-tests

setup:
	@bash scripts/setup.sh

# Skipped when the model was trained from the current config, domain and data.
train: setup
	@bash scripts/train.sh

lint: setup
	@echo "==> Lint (ruff)"
	@$(BIN)/ruff check actions safety channels privacy insights tests scripts spacy_pipeline/build.py
	@$(BIN)/ruff format --check --quiet actions safety channels privacy insights tests scripts spacy_pipeline/build.py

validate: setup
	@echo "==> Validating training data and domain"
	@$(BIN)/python scripts/validate.py

unit-tests: setup
	@echo "==> Unit tests (actions, knowledge files)"
	@$(BIN)/python -m pytest tests -m "not conversation and not model" -q

story-tests: train
	@echo "==> Test stories through the trained model"
	@$(BIN)/rasa test core --stories tests/test_stories.yml --model models/werkstress.tar.gz \
		--fail-on-prediction-errors --out results/stories --quiet
	@echo "==> Every test story was predicted correctly (report: results/stories)"

model-tests: train
	@echo "==> Tests through the trained model: retrieval, conversations over REST and in the web widget (starts both servers)"
	@bash scripts/need_chromium.sh
	@$(BIN)/python -m pytest tests -m "model or conversation" -q -s -p no:cacheprovider

# Held-out measures, each failing below its target: the crisis detector, the conversations
# over REST (trained model, both servers), and intent F1 with and without spaCy.
eval: train
	@$(BIN)/python scripts/eval_crisis.py; crisis=$$?; \
	$(BIN)/python scripts/eval_conversations.py; conversations=$$?; \
	$(BIN)/python scripts/eval_nlu.py; nlu=$$?; \
	test $$crisis = 0 -a $$conversations = 0 -a $$nlu = 0

# This bot against Rasa's own `rasa init` bot in one run; exits 1 when a target is missed.
benchmark: train
	@$(BIN)/python scripts/benchmark.py

# The scale-out on one machine (README, "Scale-out"): PostgreSQL, Redis, nginx with TLS, two Rasa
# replicas and two action servers; installs the Debian packages when missing (as root).
.PHONY: run-cluster test-cluster benchmark-cluster
run-cluster: setup train
	@bash scripts/cluster_packages.sh
	@$(BIN)/python scripts/cluster.py

test-cluster: setup train
	@bash scripts/cluster_packages.sh
	@echo "==> Scale-out tests: PostgreSQL, Redis, nginx and two replicas (tests/test_cluster.py)"
	@WERKSTRESS_CLUSTER_TESTS=1 $(BIN)/python -m pytest tests/test_cluster.py -q -s -p no:cacheprovider

benchmark-cluster: setup train
	@bash scripts/cluster_packages.sh
	@$(BIN)/python scripts/benchmark_cluster.py

# Retrains the Dutch spaCy pipeline from the UD treebanks in spacy_pipeline/corpus.
spacy-model: setup
	@$(BIN)/python spacy_pipeline/build.py

# Deletes stored conversations older than WERKSTRESS_RETENTION_DAYS (default 30).
purge: setup
	@$(BIN)/python scripts/retention.py purge

# Erases one conversation (a GDPR request): make forget SENDER=<conversation id>
forget: setup
	@$(BIN)/python scripts/retention.py forget "$(SENDER)"

clean:
	rm -rf models results .data

# The Teams app package (README, "Microsoft Teams"): teams/werkstress-assistent.zip, its manifest
# validated offline against the schema bundled in the npm package @microsoft/app-manifest.
.PHONY: teams-package
teams-package: setup
	@$(BIN)/python scripts/teams_package.py
