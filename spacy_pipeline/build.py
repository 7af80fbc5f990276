"""Build the project's Dutch spaCy pipeline nl_werkstress_sm from corpus/.

Run with the project venv:  .venv/bin/python spacy_pipeline/build.py
Steps: clean lemmas -> convert to .spacy -> train -> evaluate on the held-out
nl_lassysmall-ud-test -> metrics.json -> sdist in dist/.
Everything intermediate goes to build/ (gitignored).
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
BUILD = HERE / "build"
DIST = HERE / "dist"
TRAIN_FILES = ["nl_alpino-ud-dev", "nl_alpino-ud-test", "nl_lassysmall-ud-dev"]
HELD_OUT = "nl_lassysmall-ud-test"  # never trained on; also the training "dev" set
MODEL = BUILD / "training" / "model-last"  # not model-best: no selection on the held-out set

# Rasa pulls in TensorFlow, which thinc imports and which is noisy on stderr.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

# Linking morphemes that Dutch puts between compound parts; "" first so that a
# plain concatenation wins when it already matches the word form.
LINKS = ("", "s", "en", "e", "n", "-", "er", "es")

LICENSES_SOURCES = """\
nl_werkstress_sm is trained on, and licensed like, these CC BY-SA 4.0 treebanks:

- UD_Dutch-Alpino (dev + test sections), by Daniel Zeman, Zdenek Zabokrtsky,
  Gosse Bouma and Gertjan van Noord. https://github.com/UniversalDependencies/UD_Dutch-Alpino
- UD_Dutch-LassySmall (dev + test sections), by Gosse Bouma and Gertjan van Noord.
  https://github.com/UniversalDependencies/UD_Dutch-LassySmall

Changes: compound lemmas were rejoined (opleiding_ploeg -> opleidingsploeg) before
training. Licence: https://creativecommons.org/licenses/by-sa/4.0/ (full text in LICENSE).
"""


def join_compound(form: str, lemma: str) -> str:
    """Alpino marks compound parts in lemmas ('opleiding_ploeg' for
    'opleidingsploeg', 'af_lopen'). Join the parts, taking the linking
    morpheme or hyphen from the word form when the form shows one, so the
    lemma becomes a real word; if the form can't be aligned, just concatenate."""
    parts = lemma.split("_")
    if len(parts) == 1 or "" in parts:
        return lemma
    plain = "".join(parts)
    low = form.lower()
    if not low.startswith(parts[0].lower()):
        return plain
    out, pos = parts[0], len(parts[0])
    for i, part in enumerate(parts[1:], 1):
        # The head may be inflected (huis/huizen), so only its start must match.
        need = part.lower()[:4] if i == len(parts) - 1 else part.lower()
        for link in LINKS:
            if low.startswith(link + need, pos):
                out += form[pos : pos + len(link)] + part
                pos += len(link) + len(part)
                break
        else:
            return plain
    return out


def step(msg: str) -> None:
    print(f"\n=== {msg}", flush=True)


def run(*args) -> None:
    """Run `python -m spacy ...` in spacy_pipeline/ with paths relative to it."""
    args = [str(a.relative_to(HERE)) if isinstance(a, Path) else a for a in args]
    print("$ python -m spacy " + " ".join(args), flush=True)
    subprocess.run([sys.executable, "-m", "spacy", *args], cwd=HERE, check=True)


def clean_corpus() -> None:
    step("Cleaning compound lemmas -> build/conllu/")
    out_dir = BUILD / "conllu"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in TRAIN_FILES + [HELD_OUT]:
        changed = 0
        lines = []
        for line in (CORPUS / f"{name}.conllu").read_text(encoding="utf8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and "_" in cols[2] and cols[2] != "_":
                cols[2] = join_compound(cols[1], cols[2])
                changed += 1
            lines.append("\t".join(cols))
        (out_dir / f"{name}.conllu").write_text("\n".join(lines) + "\n", encoding="utf8")
        print(f"{name}: {changed} compound lemmas joined")


def convert() -> None:
    step("Converting CoNLL-U -> build/corpus/{train,dev}/*.spacy")
    for name in TRAIN_FILES + [HELD_OUT]:
        split = "dev" if name == HELD_OUT else "train"
        out = BUILD / "corpus" / split
        out.mkdir(parents=True, exist_ok=True)
        run("convert", BUILD / "conllu" / f"{name}.conllu", out, "--converter", "conllu", "--n-sents", "10")


def train() -> float:
    step("Training (config.cfg)")
    start = time.time()
    run("train", "config.cfg", "--output", BUILD / "training")
    seconds = time.time() - start
    print(f"Training took {seconds / 60:.1f} min")
    return seconds


def evaluate(train_seconds: float) -> dict:
    step(f"Evaluating on held-out {HELD_OUT}")
    scores_path = BUILD / "eval.json"
    run("evaluate", MODEL, BUILD / "corpus" / "dev", "--output", scores_path)
    scores = json.loads(scores_path.read_text())
    print(f"POS accuracy: {scores['pos_acc'] * 100:.1f} %")
    print(f"Morph accuracy: {scores['morph_acc'] * 100:.1f} %")
    print(f"Lemma accuracy: {scores['lemma_acc'] * 100:.1f} %")
    import spacy  # late: slow import, and only needed for version/token count

    n_tokens = sum(
        len(d)
        for d in spacy.tokens.DocBin()
        .from_disk(BUILD / "corpus" / "dev" / f"{HELD_OUT}.spacy")
        .get_docs(spacy.blank("nl").vocab)
    )
    metrics = {
        "pipeline": "nl_werkstress_sm",
        "evaluated_on": f"{HELD_OUT} (held out, gold tokenization)",
        "eval_tokens": n_tokens,
        "pos_acc": round(scores["pos_acc"], 4),
        "morph_acc": round(scores["morph_acc"], 4),
        "lemma_acc": round(scores["lemma_acc"], 4),
        "train_minutes": round(train_seconds / 60, 1),
        "spacy_version": spacy.__version__,
    }
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    print("Wrote metrics.json")
    return scores


def package(scores: dict) -> Path:
    step("Packaging sdist")
    meta = json.loads((HERE / "meta.json").read_text(encoding="utf8"))
    meta["performance"] = {k: scores[k] for k in ("pos_acc", "morph_acc", "lemma_acc")}
    meta_path = BUILD / "package-meta.json"
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf8")
    # CC BY-SA wants the licence text, attribution and a note of changes to travel
    # with the model; `spacy package` ships these two file names from the model dir.
    shutil.copy(CORPUS / "LICENSE-UD_Dutch-Alpino.txt", MODEL / "LICENSE")
    (MODEL / "LICENSES_SOURCES").write_text(LICENSES_SOURCES, encoding="utf8")
    pkg_dir = BUILD / "package"
    shutil.rmtree(pkg_dir, ignore_errors=True)
    pkg_dir.mkdir(parents=True)
    run("package", MODEL, pkg_dir, "--meta-path", meta_path, "--build", "sdist", "--force")
    name = f"nl_{meta['name']}-{meta['version']}"
    DIST.mkdir(exist_ok=True)
    sdist = DIST / f"{name}.tar.gz"
    shutil.copy(pkg_dir / name / "dist" / f"{name}.tar.gz", sdist)
    print(f"Wrote {sdist.relative_to(HERE.parent)} ({sdist.stat().st_size / 1e6:.1f} MB)")
    return sdist


def smoke_test() -> None:
    step("Smoke test")
    import spacy

    nlp = spacy.load(MODEL)
    doc = nlp("Mijn collega zorgt voor haar zieke moeder en werkt 32 uur per week.")
    print(" ".join(f"{t.text}/{t.pos_}/{t.lemma_}" for t in doc))
    # Chat-style input the assistant will see; must tokenize without errors.
    doc = nlp("Ik heb z'n mail en mn rooster, ChatGPT, de RI&E, 0800-0113 en 32uur.")
    print(" | ".join(t.text for t in doc))


if __name__ == "__main__":
    clean_corpus()
    convert()
    seconds = train()
    scores = evaluate(seconds)
    package(scores)
    smoke_test()
