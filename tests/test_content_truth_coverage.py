"""Coverage means content: the items mapped to a brochure advice unit carry its key words.

tests/test_knowledge_truth.py checks that every advice unit of the brochure has an anchor in
knowledge/coverage.yml. This test checks what the map promises: for each anchor, the mapped
items together contain the unit's distinctive key words. The key words were taken from the
brochure text of each unit and are kept here as literal data; the first test checks that
they stand in that unit of the brochure.
"""

import re

import pytest

from actions.knowledge import load_knowledge_base
from conftest import BROCHURE

# anchor in coverage.yml -> key words of that brochure unit (lower case)
KEY_WORDS = {
    # PSA and the integral approach
    "Te hoge werkdruk: de eisen van het werk zijn niet in balans": ["werkdruk", "invloed", "regelruimte"],
    "Ingrijpende gebeurtenissen kunnen variëren van agressie en": [
        "ingrijpende gebeurtenissen",
        "agressie en geweld",
        "langdurige conflicten",
    ],
    "Ongewenst gedrag omvat intimidatie, pesten, discriminatie en": [
        "intimidatie",
        "pesten",
        "discriminatie",
        "ongewenste seksuele aandacht",
    ],
    "Het advies is om PSA integraal aan te pakken": ["integraal", "het team", "trimbos"],
    # 1. Personeelstekorten
    "1. Tijdig aantrekken van starters via stages en leerbanen": [
        "stagiairs",
        "onderwijsinstellingen",
        "motivatie",
        "welzijn",
    ],
    "Waardering tijdens de stage": ["stagevoorwaarden", "stagevergoeding", "begeleiding"],
    "Een vliegende start op de werkvloer": ["vliegende start", "onboarding", "mentor", "buddy"],
    "Aansluiting tussen opleiding en praktijk": [
        "universitaire studies",
        "soms",
        "zelf kunnen verwachten",
        "regelingen en procedures",
    ],
    "Ondersteuning bij verantwoordelijkheden": ["werkervaring", "coaching", "patiënten"],
    "2. Bieden van aantrekkelijke arbeidsvoorwaarden": ["cao", "salaris", "vakantiedagen", "deeltijd"],
    "3. Inzetten van technologie, zoals AI, om werktaken over te nemen": [
        "automatiseren",
        "afhankelijkheid",
        "zorgvuldigheid",
        "voorbereiding",
    ],
    # 2. AI
    "1. Aanbieden van cursus, training of scholing voor medewerkers": [
        "mkb",
        "actueel",
        "vakopleidingen",
        "sectororganisaties",
    ],
    "2. Laat medewerkers experimenten met AI": ["fouten te maken", "pilots", "leeruren", "weerstand"],
    "3. Communiceer over AI-veranderingen op de werkvloer": [
        "onzekerheid",
        "gesprek",
        "richtlijnen",
        "sectororganisaties",
    ],
    # 3. Vergrijzing
    "1. Aandacht voor organisatiebeleid over gezondheid en duurzame": [
        "sleutelrol",
        "ri&e",
        "pago",
        "mkb preventietool",
    ],
    "2. In gesprek over aanpassingen in werktijden": [
        "nachtdiensten",
        "vrije dagen",
        "rust tussen de diensten",
        "jongere collega",
    ],
    "3. Stimuleer samenwerking tussen generaties": ["buddy", "mentor", "digitale vaardigheden", "eigen sector"],
    # Kader 1
    "MKB preventietool stappenplan": ["https://mkbgoedwerkgeverschap.nl/preventie", "preventietool"],
    "Gezond en veilig werken begint met een RI&E": ["https://www.rie.nl/", "ri&e"],
    "Overzicht praktijkvoorbeelden Duurzame Inzetbaarheid": [
        "https://www.duurzameinzetbaarheid.nl/inspiratie/inspiratie",
        "praktijkvoorbeelden",
    ],
    "SER: Duurzame inzetbaarheid: zo realiseer je het": [
        "https://www.ser.nl/nl/thema/leven-lang-ontwikkelen/duurzame-inzetbaarheid",
        "duurzame inzetbaarheid",
    ],
    "Buddysysteem: Voor nieuwe medewerkers in de thuiszorg": [
        "https://www.actieleernetwerk.nl/buddysysteem-nieuwe-medewerkers-in-de-thuiszorg/",
        "buddysysteem",
        "thuiszorg",
    ],
    # 4. Werk en mantelzorg
    "1. Creëer ruimte en vertrouwen op de werkvloer": [
        "bespreekbaar",
        "maatwerk",
        "mantelzorgcoach",
        "participatieve aanpak",
    ],
    "2. Informeer helder over zorgverlof en mantelzorgregelingen": ["onbetaald", "cao", "intranet", "flyer"],
    "3. Biedt flexibiliteit voor mantelzorgers": ["verlof", "soms", "collega", "participatieve aanpak"],
    # Kader 2
    "Handleiding en Toolkit De Participatieve Aanpak": [
        "https://www.rivm.nl/documenten/handleiding-participatieve-aanpak",
        "participatieve aanpak",
    ],
    "Brancheaanpak mantelzorg": ["https://www.werkenmantelzorg.nl/branches/", "brancheaanpak"],
    "Platform MantelzorgWerkt voor leidinggevenden": [
        "https://leidinggevenden.werkenmantelzorg.nl/",
        "mantelzorgwerkt",
        "leidinggevenden",
    ],
}
# How far after its anchor a unit's text (or, in a kader, its URL) may stand.
UNIT_LENGTH = 1200


def normalized(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text)).strip()


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base()


@pytest.fixture(scope="module")
def brochure() -> str:
    return normalized(BROCHURE.read_text(encoding="utf-8")).lower()


def test_every_anchor_has_key_words(knowledge):
    anchors = [anchor.anchor for anchor in knowledge.coverage.anchors]
    assert sorted(anchors) == sorted(KEY_WORDS)
    assert all(2 <= len(words) <= 4 for words in KEY_WORDS.values())


@pytest.mark.parametrize("anchor", KEY_WORDS)
def test_key_words_stand_in_their_brochure_unit(brochure, anchor):
    start = brochure.find(anchor.lower())
    assert start >= 0, anchor
    unit = brochure[start : start + UNIT_LENGTH]
    missing = [word for word in KEY_WORDS[anchor] if word not in unit]
    assert not missing, f"{anchor}: not in the brochure unit: {missing}"


@pytest.mark.parametrize("anchor", KEY_WORDS)
def test_mapped_items_carry_the_units_key_words(knowledge, anchor):
    mapping = {entry.anchor: entry.items for entry in knowledge.coverage.anchors}
    items = [knowledge.items[item_id] for item_id in mapping[anchor]]
    carried = normalized(
        " ".join(" ".join([item.title, item.text, *item.points, str(item.url or "")]) for item in items)
    ).lower()
    missing = [word for word in KEY_WORDS[anchor] if word not in carried]
    assert not missing, f"{anchor} -> {mapping[anchor]}: key words missing: {missing}"
