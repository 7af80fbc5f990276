"""The knowledge items say what their sources say: who says it, how sure, and to whom.

Each test guards one class of mistake found in a full read of the items (issue 8):
attribution of the survey actions, hedges turned into certainties, "Bron" lines that are
not sources, two different "volgens de Arbowet" lists, the audience of an item, and
plain-language slips. All tests read the real files under knowledge/ and sources/.
"""

import re
from datetime import date

import pytest

from actions.knowledge import load_knowledge_base
from actions.knowledge.schema import AdviceSource, BrochureSource, WebSource
from conftest import BROCHURE, CHECKED_FACTS, ROOT

KNOWLEDGE_README = ROOT / "knowledge" / "README.md"
ARBOWET = "https://wetten.overheid.nl/BWBR0010346"
TNO_PSA = "https://psychosocialearbeidsbelasting.tno.nl/"
CHECKED_ON = date(2026, 11, 28)


def normalized(text: str) -> str:
    """One line, single spaces, words broken over lines with a hyphen joined again."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "", text)).strip()


def shown_text(item) -> str:
    """Everything the bot can show of an item, as one lower-case line."""
    return normalized(" ".join([item.title, item.text, *item.points])).lower()


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge_base()


@pytest.fixture(scope="module")
def brochure() -> str:
    return normalized(BROCHURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def facts() -> str:
    return normalized(CHECKED_FACTS.read_text(encoding="utf-8"))


# --- 1. Attribution -------------------------------------------------------------------
# The actions are the ones employers named most in the survey; experts add points of
# attention to them. Nothing may say that the experts recommend (advise) the actions.
EXPERTS_RECOMMEND = re.compile(
    r"experts?\b[^.]{0,80}\b(raden|raadt|aanraden|aangeraden|adviseren|adviseert|bevelen|aanbevolen)\b"
    r"|\b(aangeraden|aanbevolen|geadviseerd)\b[^.]{0,40}\bdoor (de )?experts?\b"
    r"|expert-advised|experts? recommend|recommended by (the )?experts?",
    re.IGNORECASE,
)


def test_no_text_says_experts_recommend_the_survey_actions(knowledge):
    texts = {item.id: normalized(" ".join([item.title, item.text, *item.points])) for item in knowledge.items.values()}
    texts["knowledge/README.md"] = normalized(KNOWLEDGE_README.read_text(encoding="utf-8"))
    wrong = {where: m.group(0) for where, text in texts.items() if (m := EXPERTS_RECOMMEND.search(text))}
    assert not wrong, f"experts do not recommend the actions, they add points of attention: {wrong}"


def test_the_attribution_pattern_catches_the_old_wording():
    assert EXPERTS_RECOMMEND.search("Experts van TNO en RIVM raden deze acties aan.")
    assert EXPERTS_RECOMMEND.search("the three expert-advised actions")
    assert not EXPERTS_RECOMMEND.search("Experts geven bij deze drie acties aandachtspunten mee.")


def test_the_brochure_names_employers_for_the_actions_and_experts_for_the_points(brochure):
    assert "De antwoorden van werkgevers zijn aangevuld met aandachtspunten voor de acties door experts" in brochure
    assert brochure.count("geven experts een aantal aandachtspunten") == 4
    assert "geven experts een aantal aandachtspunten aan bedrijven mee" in brochure


def test_each_trend_says_the_actions_are_what_employers_name_and_experts_add_points(knowledge):
    for theme in ("personeelstekorten", "ai", "vergrijzing", "mantelzorg"):
        text = shown_text(knowledge.items[f"{theme}.cijfers"])
        assert re.search(r"\bnoem", text), theme
        assert "experts geven bij deze drie acties aandachtspunten" in text, theme
    about = shown_text(knowledge.items["algemeen.over-de-brochure"])
    assert "werkgevers het meest noemden" in about
    assert "aangevuld" in about or "vulden" in about


# How the brochure attributes a percentage: what employers name, expect, see as an action,
# or already use. An item that gives the percentage uses the same kind of verb.
ATTRIBUTION_VERBS = {
    "noemen": r"\bnoem\w*|\bgenoemd\w*",
    "verwachten": r"\bverwacht\w*",
    "gezien als actie": r"\bgezien als\b",
    "gebruiken": r"\bgebruik\w*",
}
PERCENT = re.compile(r"(\d+)\s?%")


def sentences(text: str):
    return re.split(r"(?<=[.?!])\s+", text)


def verbs_in(sentence: str):
    return {name for name, pattern in ATTRIBUTION_VERBS.items() if re.search(pattern, sentence, re.IGNORECASE)}


def test_survey_percentages_keep_the_brochures_attribution(knowledge, brochure):
    brochure_verbs = {}
    for sentence in sentences(brochure):
        for number in PERCENT.findall(sentence):
            brochure_verbs.setdefault(number, set()).update(verbs_in(sentence))
    checked, wrong = 0, []
    for item in knowledge.items.values():
        if not isinstance(item.source, BrochureSource):
            continue
        for field in [item.text, *item.points]:
            for sentence in sentences(normalized(field)):
                for number in PERCENT.findall(sentence):
                    checked += 1
                    used = verbs_in(sentence)
                    if not used or not used <= brochure_verbs.get(number, set()):
                        wrong.append((item.id, sentence, sorted(brochure_verbs.get(number, set()))))
    assert checked >= 15
    assert not wrong, f"a percentage said otherwise than in the brochure (item, sentence, brochure verbs): {wrong}"


# --- 4. Hedges ------------------------------------------------------------------------
# The brochure's hedged claims: (item id, the hedged sentence as the brochure has it, the
# words the item must keep). The first test checks this list against the brochure.
HEDGE_WORDS = ("verwachting", "waarschijnlijk", "kan", "kunnen", "draagt bij aan", "soms", "denk", "helpt", "kans")
HEDGED_CLAIMS = [
    ("algemeen.trends", "neemt de werkstress van werkenden waarschijnlijk verder toe", ["waarschijnlijk"]),
    ("personeelstekorten.context.oorzaken", "worden in de komende jaren waarschijnlijk nog groter", ["waarschijnlijk"]),
    ("personeelstekorten.context.sectoren", "De verwachting is dat krapte vooral toeneemt", ["de verwachting is dat"]),
    ("personeelstekorten.context.sectoren", "Dat kan leiden tot een verhoogde werkdruk", ["kan leiden tot"]),
    ("personeelstekorten.actie.starters", "vergroot de kans dat zij terugkeren", ["de kans dat"]),
    ("personeelstekorten.actie.starters", "waardoor jonge werkenden soms onnodige werkstress ervaren", ["soms"]),
    ("personeelstekorten.actie.starters", "Met weinig werkervaring kan dit stress opleveren", ["kan dat stress"]),
    (
        "personeelstekorten.actie.arbeidsvoorwaarden",
        "Denk bijvoorbeeld aan een passend salaris",
        ["denk bijvoorbeeld aan"],
    ),
    ("personeelstekorten.actie.technologie", "Dit kan leiden tot een verminderde afhankelijkheid", ["kan leiden tot"]),
    (
        "personeelstekorten.actie.technologie",
        "Onvoldoende voorbereiding kan juist leiden tot extra druk",
        ["kan juist leiden tot"],
    ),
    ("ai.context.kansen", "kan automatisering van saaie taken met veel herhaling ruimte creëren", ["kan er ruimte"]),
    ("ai.context.kansen", "efficiëntere werkprocessen kunnen de druk op personeel verlagen", ["kunnen ook de druk"]),
    (
        "ai.context.risicos",
        "Veranderingen in werktaken door AI kunnen leiden tot onzekerheid",
        ["kunnen medewerkers onzeker"],
    ),
    ("ai.context.risicos", "kan monitoring via AI-systemen ertoe leiden", ["kan dat ertoe leiden"]),
    ("ai.actie.scholing", "kan het best lastig zijn om dit zelfstandig te organiseren", ["kan het best lastig zijn"]),
    ("ai.actie.experimenteren", "draagt bij aan een succesvolle toepassing", ["draagt bij aan"]),
    ("ai.actie.experimenteren", "levert het op lange termijn naar verwachting winst op", ["naar verwachting winst"]),
    ("vergrijzing.context", "Dit draagt bij aan de toenemende personeelstekorten", ["draagt bij aan"]),
    ("vergrijzing.actie.beleid", "die helpt om gestructureerd zicht en grip te krijgen", ["helpen om zicht en grip"]),
    ("vergrijzing.actie.generaties", "waar oudere medewerkers van kunnen profiteren", ["kunnen profiteren"]),
    ("mantelzorg.context", "Deze combinatie kan langdurig zijn", ["kan lang duren"]),
    ("mantelzorg.cijfers", "vervullen naar verwachting 2,1 miljoen werkenden", ["naar verwachting 2,1 miljoen"]),
    (
        "mantelzorg.actie.ruimte-en-vertrouwen",
        "Werkgevers en leidinggevenden kunnen actief uitdragen",
        ["kunnen actief"],
    ),
    (
        "mantelzorg.actie.ruimte-en-vertrouwen",
        "Denk bijvoorbeeld aan het inschakelen van een mantelzorgcoach",
        ["denk bijvoorbeeld aan"],
    ),
    ("mantelzorg.actie.regelingen", "Hierbij valt te denken een duidelijke pagina", ["denk aan"]),
    (
        "mantelzorg.actie.flexibiliteit",
        "Soms is flexibiliteit in werktijden en taken al voldoende",
        ["soms is flexibiliteit"],
    ),
    ("mantelzorg.medewerker.flexibiliteit", "Soms is flexibiliteit in werktijden en taken", ["soms is flexibiliteit"]),
]
# Words that were added to the source's meaning before, or turned a hedge into a certainty.
NOT_IN_THE_SOURCE = [
    "tijd en geld",
    "gebruik de participatieve aanpak",
    "zo bent u minder afhankelijk",
    "de krapte groeit",
    "komt er ruimte",
    "daardoor worden de personeelstekorten",
    "dan komen ze vaker terug",
]


def test_the_hedged_claims_stand_hedged_in_the_brochure(brochure):
    assert len(HEDGED_CLAIMS) >= 8
    for item_id, claim, _ in HEDGED_CLAIMS:
        assert claim in brochure, (item_id, claim)
        assert any(re.search(rf"\b{word}", claim, re.IGNORECASE) for word in HEDGE_WORDS), claim


@pytest.mark.parametrize("item_id, claim, words", HEDGED_CLAIMS, ids=[f"{i}:{c[:30]}" for i, c, _ in HEDGED_CLAIMS])
def test_each_hedged_claim_keeps_its_hedge(knowledge, item_id, claim, words):
    text = shown_text(knowledge.items[item_id])
    for word in words:
        assert word in text, f"{item_id} lost the hedge {word!r} of: {claim}"


def test_no_item_adds_what_the_source_does_not_say(knowledge):
    found = [
        (item.id, phrase)
        for item in knowledge.items.values()
        for phrase in NOT_IN_THE_SOURCE
        if phrase in shown_text(item)
    ]
    assert not found


def test_the_starters_action_keeps_its_reasons(knowledge):
    text = shown_text(knowledge.items["personeelstekorten.actie.starters"])
    for reason in (
        "universitaire studies",
        "stages in de praktijk",
        "soms",
        "wat zij zelf kunnen verwachten",
        "leidinggevende",
        "fatsoenlijke stagevoorwaarden",
    ):
        assert reason in text, reason


# --- 5. "Bron" data -------------------------------------------------------------------
ARBO_ITEMS = {
    "psa.arbowet-plicht": "art. 3 lid 2",
    "psa.rie": "art. 5",
    "psa.bedrijfsarts": "art. 14",
    "psa.pago": "art. 18",
}


@pytest.mark.parametrize("item_id, article", ARBO_ITEMS.items())
def test_arbo_items_name_the_law_or_tno_with_the_article_and_check_date(knowledge, facts, item_id, article):
    source = knowledge.items[item_id].source
    assert isinstance(source, WebSource)
    urls = {str(url) for url in source.urls}
    assert urls & {ARBOWET, TNO_PSA}
    assert ARBOWET in facts and TNO_PSA.rstrip("/") in facts
    assert source.reference and article in source.reference
    assert source.checked_on == CHECKED_ON


def test_the_vertrouwenspersoon_is_advice_without_a_check_date(knowledge):
    item = knowledge.items["psa.vertrouwenspersoon"]
    assert isinstance(item.source, AdviceSource)
    assert not hasattr(item.source, "checked_on")
    note = item.source.note.lower()
    assert "advies" in note and "geen wettelijke plicht" in note
    text = shown_text(item)
    assert "advies" in text and "geen wettelijke plicht" in text


def test_checked_only_where_there_is_a_url(knowledge):
    wrong = []
    for item in knowledge.items.values():
        source = item.source
        said = " ".join(
            [shown_text(item), (getattr(source, "note", "") or ""), (getattr(source, "reference", "") or "")]
        ).lower()
        has_url = bool(getattr(source, "urls", None))
        if "gecontroleerd op" in said and not has_url:
            wrong.append(item.id)
        if isinstance(source, AdviceSource) and ("gecontroleerd" in said or hasattr(source, "checked_on")):
            wrong.append(item.id)
    assert not wrong


# --- 6. PSA: the brochure's division and the law's list ---------------------------------
def arbowet_terms(facts: str):
    """The Arbowet's list of PSA factors in the checked facts, as its content words."""
    match = re.search(r"Arbowet: PSA = [^:]*teweegbrengen: (.*?)\. De werkgever", facts)
    assert match, "the checked facts' Arbowet definition of PSA was not found"
    words = re.findall(r"[a-zà-ÿ]+", match.group(1).lower())
    return {word for word in words if len(word) >= 5} - {"direct", "indirect", "inbegrip"}


BROCHURE_ONLY = (
    "ingrijpende gebeurtenissen",
    "ongewenst gedrag",
    "langdurige conflicten",
    "ongewenste seksuele aandacht",
)


def test_the_arbowet_list_is_said_once_and_equals_the_checked_facts(knowledge, facts):
    terms = arbowet_terms(facts)
    assert terms >= {
        "onderscheid",
        "discriminatie",
        "seksuele",
        "intimidatie",
        "agressie",
        "geweld",
        "pesten",
        "werkdruk",
    }
    saying = [item for item in knowledge.items.values() if "volgens de arbowet" in shown_text(item)]
    assert [item.id for item in saying] == ["psa.arbowet-plicht"]
    for item in saying:
        text = shown_text(item)
        words = set(re.findall(r"[a-zà-ÿ]+", text))
        assert terms <= words, terms - words
        assert not [phrase for phrase in BROCHURE_ONLY if phrase in text]
        assert not isinstance(item.source, BrochureSource)


def test_the_brochures_division_of_psa_is_the_brochures(knowledge):
    item = knowledge.items["psa.definitie"]
    text = normalized(item.text).lower()
    assert "de brochure deelt psa in drie soorten in" in text
    for kind in ("te hoge werkdruk", "ingrijpende gebeurtenissen", "ongewenst gedrag"):
        assert kind in text
    assert "volgens de arbowet" not in shown_text(item)


# --- 7. Audience ----------------------------------------------------------------------
MANAGER_WORDING = re.compile(r"\buw (medewerker|medewerkers|team|personeel|stagiairs)\b")


def test_manager_worded_items_are_not_for_employees(knowledge):
    wrong = [
        item.id
        for item in knowledge.items.values()
        if MANAGER_WORDING.search(shown_text(item)) and "medewerker" in {a.value for a in item.audience}
    ]
    assert not wrong


def test_a_caregiving_employee_gets_the_brochures_flexibility_advice(knowledge):
    items = knowledge.find(theme="mantelzorg", kind="advice", audience="medewerker")
    assert items
    for item in items:
        assert [a.value for a in item.audience] == ["medewerker"]
        assert item.subtopic == "medewerker"
        assert isinstance(item.source, BrochureSource)
        text = shown_text(item)
        assert "uw leidinggevende" in text and "participatieve aanpak" in text
        assert "niet elke medewerker met mantelzorgtaken heeft verlof nodig" in text
        assert "link.participatieve-aanpak" in item.links
        assert not MANAGER_WORDING.search(text)


# --- 8. Plain language ----------------------------------------------------------------
# Terms that "Begrippen in gewone taal" does not explain: an item that uses one links to
# the page that explains it (the bot never defines them from memory).
LINKED_TERMS = {"duurzame inzetbaarheid": "link.ser-duurzame-inzetbaarheid"}
CLUMSY = [
    re.compile(r"\bvinden\b[^.]*\bte vinden\b"),
    re.compile(r"\bzo bent u minder afhankelijk"),
    re.compile(r"\bhet meest behoefte\b"),
]


def test_unexplained_terms_are_linked_not_defined(knowledge, facts):
    begrippen = facts.split("## Begrippen in gewone taal", 1)[1].split("## ", 1)[0].lower()
    wrong = []
    for term, link in LINKED_TERMS.items():
        assert term not in begrippen, f"{term} is explained in the checked facts now; update this test"
        for item in knowledge.items.values():
            said = normalized(" ".join([item.text, *item.points])).lower()
            if item.kind.value != "link" and term in said and link not in item.links:
                wrong.append((item.id, term))
    assert not wrong


def test_no_clumsy_sentences(knowledge):
    found = [
        (item.id, pattern.pattern)
        for item in knowledge.items.values()
        for pattern in CLUMSY
        if pattern.search(shown_text(item))
    ]
    assert not found


# --- The cost figure answers the cost question -----------------------------------------
def test_the_cost_figure_answers_what_stress_absence_costs(knowledge, brochure):
    figure = "bijna 15.000 euro per medewerker met stressgerelateerd verzuim"
    assert figure in brochure
    carrying = [item for item in knowledge.items.values() if figure in shown_text(item)]
    assert carrying
    assert any("Wat kost verzuim door stress?" in item.questions for item in carrying)
