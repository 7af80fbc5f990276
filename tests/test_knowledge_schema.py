"""A malformed knowledge file is refused with the file, the item and the field named."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from actions.knowledge import KnowledgeError, load_knowledge_base
from conftest import ROOT

KNOWLEDGE = ROOT / "knowledge"
TARGET_FILE = "mantelzorg.yml"


def broken_copy(tmp_path: Path, break_item) -> Path:
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, directory)
    path = directory / TARGET_FILE
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    break_item(data["items"])
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return directory


def target_id(items) -> str:
    return items[2]["id"]


def remove_title(items):
    del items[2]["title"]


def unknown_theme(items):
    items[2]["theme"] = "vakantie"


def bad_url(items):
    items[2]["source"] = {"type": "web", "urls": ["geen-url"], "checked_on": "2026-11-27"}


def duplicate_id(items):
    items[3]["id"] = items[2]["id"]


def wrong_type(items):
    items[2]["audience"] = "leidinggevende"


def unknown_link(items):
    items[2]["links"] = ["link.bestaat-niet"]


def unknown_field(items):
    items[2]["auteur"] = "iemand"


@pytest.mark.parametrize(
    "mistake, field, words",
    [
        (remove_title, "title", "field required"),
        (unknown_theme, "theme", "permitted"),
        (bad_url, "source", "URL"),
        (duplicate_id, "id", "duplicate id"),
        (wrong_type, "audience", "list"),
        (unknown_link, "links", "link.bestaat-niet"),
        (unknown_field, "auteur", "extra fields not permitted"),
    ],
)
def test_mistake_is_reported_with_file_item_and_field(tmp_path, mistake, field, words):
    original = yaml.safe_load((KNOWLEDGE / TARGET_FILE).read_text(encoding="utf-8"))["items"]
    directory = broken_copy(tmp_path, mistake)
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge_base(directory)
    message = str(raised.value)
    assert TARGET_FILE in message
    assert f"item '{target_id(original)}'" in message
    assert f"field '{field}" in message
    assert words in message


def test_invalid_yaml_names_the_file(tmp_path):
    directory = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, directory)
    (directory / "ai.yml").write_text("version: 1\nitems: [\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"ai\.yml: not valid YAML"):
        load_knowledge_base(directory)


def test_action_server_refuses_to_start_with_a_broken_file(tmp_path):
    directory = broken_copy(tmp_path, unknown_theme)
    env = {**os.environ, "WERKSTRESS_KNOWLEDGE_DIR": str(directory)}
    result = subprocess.run(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", "5999"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "invalid knowledge file" in result.stderr
    assert TARGET_FILE in result.stderr and "field 'theme'" in result.stderr


def test_the_real_knowledge_files_load():
    knowledge = load_knowledge_base()
    themes = {item.theme.value for item in knowledge.items.values()}
    assert {"mantelzorg", "ai", "vergrijzing", "personeelstekorten", "psa", "regelingen", "crisis"} <= themes
