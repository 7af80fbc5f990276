"""Loads and checks the knowledge files; any mistake stops start-up with file, item and field."""

from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml
from pydantic import ValidationError

from actions.knowledge.schema import CoverageFile, Item, Kind, KnowledgeFile

DEFAULT_DIRECTORY = Path(__file__).resolve().parents[2] / "knowledge"
COVERAGE_FILE = "coverage.yml"


class KnowledgeError(Exception):
    """A knowledge file is malformed; the message names the file, item and field."""


class KnowledgeBase:
    def __init__(self, items: Dict[str, Item], files: Dict[str, Path], coverage: CoverageFile):
        self.items = items
        self.files = files
        self.coverage = coverage

    def get(self, item_id: str) -> Item:
        return self.items[item_id]

    def find(
        self,
        theme: Optional[str] = None,
        subtopic: Optional[str] = None,
        kind: Optional[str] = None,
        audience: Optional[str] = None,
    ) -> List[Item]:
        """Items matching every given field, in file order."""
        return [
            item
            for item in self.items.values()
            if (theme is None or item.theme.value == theme)
            and (subtopic is None or item.subtopic == subtopic)
            and (kind is None or item.kind.value == kind)
            and (audience is None or audience in {a.value for a in item.audience})
        ]

    def links_of(self, items: Iterable[Item]) -> List[Item]:
        """The link items referred to by items, each once, in order of first mention."""
        seen: Dict[str, Item] = {}
        for item in items:
            if item.kind == Kind.link:
                seen.setdefault(item.id, item)
            for link_id in item.links:
                seen.setdefault(link_id, self.items[link_id])
        return list(seen.values())


def _describe(error: dict, raw_items: list) -> str:
    location = list(error["loc"])
    item_label = ""
    if len(location) >= 2 and location[0] == "items" and isinstance(location[1], int):
        index = location[1]
        raw = raw_items[index] if index < len(raw_items) else None
        item_id = raw.get("id") if isinstance(raw, dict) else None
        item_label = f"item '{item_id}'" if item_id else f"item #{index + 1}"
        location = location[2:]
    field = ".".join(str(part) for part in location) or "(item)"
    where = f"{item_label}, field '{field}'" if item_label else f"field '{field}'"
    return f"{where}: {error['msg']}"


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected a mapping with 'version' and 'items'")
    return data


def _parse(path: Path, model, list_key: str):
    data = _read_yaml(path)
    try:
        return model.parse_obj(data)
    except ValidationError as error:
        raw_items = data.get(list_key) if isinstance(data.get(list_key), list) else []
        problems = "\n  ".join(_describe(e, raw_items) for e in error.errors())
        raise KnowledgeError(f"{path}:\n  {problems}") from None


def load_knowledge_base(directory: Path = DEFAULT_DIRECTORY) -> KnowledgeBase:
    directory = Path(directory)
    paths = sorted(p for p in directory.glob("*.yml") if p.name != COVERAGE_FILE)
    if not paths:
        raise KnowledgeError(f"{directory}: no knowledge files (*.yml) found")

    items: Dict[str, Item] = {}
    files: Dict[str, Path] = {}
    for path in paths:
        for item in _parse(path, KnowledgeFile, "items").items:
            if item.id in items:
                raise KnowledgeError(
                    f"{path}: item '{item.id}', field 'id': duplicate id, already used in {files[item.id]}"
                )
            items[item.id] = item
            files[item.id] = path

    for item in items.values():
        for link_id in item.links:
            target = items.get(link_id)
            if target is None or target.kind != Kind.link:
                raise KnowledgeError(
                    f"{files[item.id]}: item '{item.id}', field 'links': "
                    f"'{link_id}' is not the id of an item of kind 'link'"
                )

    coverage_path = directory / COVERAGE_FILE
    if not coverage_path.exists():
        raise KnowledgeError(f"{coverage_path}: missing (the brochure coverage map)")
    coverage = _parse(coverage_path, CoverageFile, "anchors")
    for anchor in coverage.anchors:
        unknown = [item_id for item_id in anchor.items if item_id not in items]
        if unknown:
            raise KnowledgeError(
                f"{coverage_path}: anchor '{anchor.anchor}', field 'items': unknown item id(s) {unknown}"
            )
    return KnowledgeBase(items, files, coverage)


def items_by_theme(knowledge: KnowledgeBase) -> Dict[str, int]:
    counts: Dict[str, int] = defaultdict(int)
    for item in knowledge.items.values():
        counts[item.theme.value] += 1
    return dict(counts)
