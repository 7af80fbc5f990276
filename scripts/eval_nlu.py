"""Intent macro-F1 on the held-out set, for config.yml and for the same pipeline without spaCy.

Trains an NLU-only model per pipeline and runs `rasa test nlu` on tests/nlu_holdout.yml,
which is written separately from data/nlu. Prints macro-F1, per-intent F1 and the worst five.
"""

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
RASA = str(ROOT / ".venv" / "bin" / "rasa")
HOLDOUT = ROOT / "tests" / "nlu_holdout.yml"
OUT = ROOT / "results" / "eval"
TARGET_MACRO_F1 = 0.92


def pipelines() -> dict:
    config = yaml.safe_load((ROOT / "config.yml").read_text(encoding="utf-8"))
    without_spacy = dict(config)
    steps = [step for step in config["pipeline"] if not step["name"].startswith("Spacy")]
    without_spacy["pipeline"] = [{"name": "WhitespaceTokenizer"}] + steps
    return {"nl_werkstress_sm (config.yml)": config, "without spaCy (WhitespaceTokenizer)": without_spacy}


def evaluate(name: str, config: dict, slug: str) -> dict:
    folder = OUT / slug
    folder.mkdir(parents=True, exist_ok=True)
    config_path = folder / "config.yml"
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"==> Training NLU for: {name}", flush=True)
    subprocess.run(
        [
            RASA,
            "train",
            "nlu",
            "--config",
            str(config_path),
            "--nlu",
            "data/nlu",
            "--out",
            str(folder),
            "--fixed-model-name",
            "nlu",
            "--quiet",
        ],
        cwd=ROOT,
        check=True,
    )
    print(f"==> Testing on {HOLDOUT.relative_to(ROOT)}", flush=True)
    subprocess.run(
        [
            RASA,
            "test",
            "nlu",
            "--nlu",
            str(HOLDOUT),
            "--model",
            str(folder / "nlu.tar.gz"),
            "--out",
            str(folder / "report"),
            "--quiet",
        ],
        cwd=ROOT,
        check=True,
    )
    return json.loads((folder / "report" / "intent_report.json").read_text(encoding="utf-8"))


def intent_rows(report: dict) -> list:
    """(intent, F1, support) for each intent of a Rasa intent report, worst first."""
    rows = [
        (intent, scores["f1-score"], scores["support"])
        for intent, scores in report.items()
        if isinstance(scores, dict) and "support" in scores and not intent.endswith(" avg")
    ]
    return sorted(rows, key=lambda row: row[1])


def main() -> int:
    results = {}
    for slug, (name, config) in zip(("spacy", "no_spacy"), pipelines().items()):
        results[name] = evaluate(name, config, slug)

    chosen_name, chosen = next(iter(results.items()))
    rows = intent_rows(chosen)
    print(f"\nHeld-out set: {sum(row[2] for row in rows)} messages ({HOLDOUT.relative_to(ROOT)})\n")
    print(f"{'pipeline':40} {'macro-F1':>9} {'accuracy':>9}")
    for name, report in results.items():
        print(f"{name:40} {report['macro avg']['f1-score']:9.3f} {report['accuracy']:9.3f}")

    print(f"\nPer-intent F1 for {chosen_name}:")
    for intent, f1, support in sorted(rows):
        print(f"  {intent:32} {f1:.3f}  (n={support})")
    print("\nWorst five: " + ", ".join(f"{intent} {f1:.3f}" for intent, f1, _ in rows[:5]))
    print(f"\nmacro-F1 {chosen['macro avg']['f1-score']:.3f} (target {TARGET_MACRO_F1})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
