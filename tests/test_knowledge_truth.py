"""Every brochure advice is carried by an item, and every link and figure is traced to its source."""

import re

import pytest

from actions.knowledge import load_knowledge_base
from actions.knowledge.schema import BrochureSource
from conftest import BROCHURE, CHECKED_FACTS

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
URL = re.compile(r"https?://[^\s)\"'>]+")


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base()


@pytest.fixture(scope="module")
def brochure_lines():
    return BROCHURE.read_text(encoding="utf-8").splitlines()


def source_text(path) -> str:
    # The brochure breaks words over lines with a hyphen ("werk-\ngevers").
    return re.sub(r"-\n", "", path.read_text(encoding="utf-8"))


def advice_units(lines):
    """The brochure's advice: PSA bullets, the integral approach, the numbered expert
    actions, their bullets, and the titles of the links in kader 1 and 2."""
    units = []
    in_kader = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("Kader "):
            in_kader = True
            continue
        if in_kader:
            if stripped.startswith("http"):
                in_kader = False
            elif stripped:
                units.append(("kader-link", stripped))
            continue
        if stripped.startswith("•"):
            units.append(("bullet", stripped.lstrip("•").strip()))
        elif re.match(r"^[1-3]\. \S", stripped):
            units.append(("expert-action", stripped))
        elif stripped.startswith("Het advies is om PSA integraal"):
            units.append(("integral-approach", stripped))
    return units


def test_every_brochure_advice_is_mapped(knowledge, brochure_lines):
    units = advice_units(brochure_lines)
    anchors = [anchor.anchor for anchor in knowledge.coverage.anchors]
    unmapped = [text for _, text in units if not any(anchor in text for anchor in anchors)]
    kinds = {kind for kind, _ in units}
    coverage = 100.0 * (len(units) - len(unmapped)) / len(units)
    print(f"\nbrochure advice units: {len(units)}, mapped: {len(units) - len(unmapped)}, coverage {coverage:.1f} %")
    assert {"bullet", "expert-action", "kader-link", "integral-approach"} <= kinds
    assert len([kind for kind, _ in units if kind == "expert-action"]) == 12
    assert not unmapped, f"brochure advice without a knowledge item: {unmapped}"


def test_every_anchor_stands_in_the_brochure(knowledge, brochure_lines):
    missing = [a.anchor for a in knowledge.coverage.anchors if not any(a.anchor in line for line in brochure_lines)]
    assert not missing


def test_every_url_is_in_the_brochure_or_the_checked_facts(knowledge):
    sources = source_text(BROCHURE) + source_text(CHECKED_FACTS)
    invented = []
    for item in knowledge.items.values():
        urls = [str(item.url)] if item.url else []
        urls += [str(url) for url in getattr(item.source, "urls", [])]
        for text in [item.text, item.title, *item.points, item.refusal or ""]:
            urls += URL.findall(text)
        invented += [(item.id, url) for url in urls if url.rstrip("/.") not in sources]
    assert not invented


def test_every_figure_stands_in_its_source(knowledge):
    brochure, facts = source_text(BROCHURE), source_text(CHECKED_FACTS)
    untraced = []
    checked = 0
    for item in knowledge.items.values():
        source = brochure if isinstance(item.source, BrochureSource) else facts
        fields = [item.title, item.text, *item.points, item.refusal or ""]
        if item.entitlement:
            fields.append(item.entitlement.pay_rule)
        for field in fields:
            for number in NUMBER.findall(URL.sub("", field)):
                checked += 1
                if number not in source:
                    untraced.append((item.id, number))
    print(f"\nfigures checked against their source: {checked}")
    assert checked > 50
    assert not untraced, f"figures not in their source: {untraced}"


def test_regulations_name_their_source_and_check_date(knowledge):
    regulations = knowledge.find(theme="regelingen", kind="regulation")
    assert {item.subtopic for item in regulations} >= {
        "calamiteitenverlof",
        "kortdurend_zorgverlof",
        "langdurend_zorgverlof",
        "flexibel_werken",
    }
    for item in regulations:
        assert not isinstance(item.source, BrochureSource) and item.source.urls and item.source.checked_on


def test_items_per_theme_are_printed(knowledge):
    from actions.knowledge.loader import items_by_theme

    counts = items_by_theme(knowledge)
    print("\nitems per theme: " + ", ".join(f"{theme} {count}" for theme, count in sorted(counts.items())))
    for theme in ("mantelzorg", "ai", "vergrijzing", "personeelstekorten"):
        # The three expert actions of each trend are written for managers and HR; advice
        # written for an employee (audience medewerker only) comes on top of them.
        for_managers = knowledge.find(theme=theme, kind="advice", audience="leidinggevende")
        assert len(for_managers) == 3, theme
    assert knowledge.find(theme="mantelzorg", kind="advice", audience="medewerker")
