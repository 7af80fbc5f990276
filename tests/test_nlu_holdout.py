"""Intent macro-F1 of the trained model on the cleaned held-out NLU set (no second training)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TARGET_MACRO_F1 = 0.92

pytestmark = pytest.mark.model


def test_holdout_has_no_training_twins():
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT.parent / "shared" / "tools" / "holdout_overlap.py"),
            "tests/nlu_holdout.yml",
            "--show",
            "0",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or "exact duplicates" not in result.stdout:
        pytest.skip("shared/tools/holdout_overlap.py is not available here")
    figures = result.stdout.strip().splitlines()[-1]
    print(figures)
    assert "exact duplicates of training 0 (" in figures
    near = float(figures.split("near duplicates (>= 0.8) ")[1].split("(")[1].split(" %")[0])
    assert near < 5.0


def test_intent_macro_f1_on_the_cleaned_holdout():
    out = ROOT / "results" / "nlu-holdout"
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "rasa"),
            "test",
            "nlu",
            "--model",
            "models/werkstress.tar.gz",
            "--nlu",
            "tests/nlu_holdout.yml",
            "--out",
            str(out),
            "--quiet",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    macro_f1 = report["macro avg"]["f1-score"]
    worst = sorted(
        (name, values["f1-score"])
        for name, values in report.items()
        if isinstance(values, dict) and "support" in values and name not in ("macro avg", "weighted avg", "micro avg")
    )
    worst = sorted(worst, key=lambda pair: pair[1])[:5]
    print(f"\nintent macro-F1 on the cleaned held-out set: {macro_f1:.3f} (target {TARGET_MACRO_F1}); worst: {worst}")
    assert macro_f1 >= TARGET_MACRO_F1
