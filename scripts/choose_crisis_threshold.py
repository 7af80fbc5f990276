"""Chooses the crisis classifier's threshold on the development sets only (never the held-out set).

Each development set is left out in turn: the classifier is trained on the other sets and the
NLU examples, and the whole detector (patterns, then the classifier) is measured on the set
left out, for several thresholds. The patterns saw every development set, so recall here is
flattering; the false alarms are what the threshold is chosen by.
"""

import sys
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safety import crisis_classifier, crisis_signals  # noqa: E402

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7)


def main() -> None:
    texts, labels = crisis_classifier.training_data()
    sets = sorted(crisis_classifier.DATA.glob("crisis_dev_*.yml"))
    totals = {threshold: [0, 0, 0, 0] for threshold in THRESHOLDS}  # found, crises, alarms, ordinary
    for left_out in sets:
        data = yaml.safe_load(left_out.read_text(encoding="utf-8"))
        crises = data["crisis"]["self"] + data["crisis"]["other"]
        excluded = set(crises) | set(data["ordinary"])
        train = [(text, label) for text, label in zip(texts, labels) if text not in excluded]
        features = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        )
        model = make_pipeline(features, LogisticRegression(C=10, class_weight="balanced", max_iter=3000))
        model.fit([crisis_signals.normalise(text) for text, _ in train], [label for _, label in train])
        crisis_classifier.classifier = lambda model=model: model
        for threshold in THRESHOLDS:
            crisis_signals.CLASSIFIER_THRESHOLD = threshold
            found = sum(crisis_signals.crisis_concern(text) is not None for text in crises)
            alarms = sum(crisis_signals.crisis_concern(text) is not None for text in data["ordinary"])
            counts = (found, len(crises), alarms, len(data["ordinary"]))
            totals[threshold] = [total + count for total, count in zip(totals[threshold], counts)]
            print(f"{left_out.name} at {threshold}: recall {found}/{counts[1]}, false alarms {alarms}/{counts[3]}")
    print("\nAll development sets, each left out in turn:")
    for threshold, (found, crises, alarms, ordinary) in totals.items():
        rate = alarms / ordinary
        print(f"  threshold {threshold}: recall {found / crises:.1%}, false alarms {alarms}/{ordinary} = {rate:.2%}")


if __name__ == "__main__":
    main()
