"""Organisation settings, the route to a person, feedback counts, the usage report and the
content age check: against the real example file, domain and knowledge, and databases made here."""

import asyncio
import subprocess
import sys
from datetime import date, datetime

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import organisation as settings
from actions.feedback import ActionRecordFeedback
from actions.people import ActionRouteToPerson
from conftest import ROOT, make_tracker, responses, texts

EXAMPLE = ROOT / "organisation.example.yml"


@pytest.fixture
def configured(monkeypatch):
    """Sets WERKSTRESS_ORGANISATION for one test (the settings are read once per process)."""

    def use(path):
        if path is None:
            monkeypatch.delenv(settings.ENVIRONMENT_VARIABLE, raising=False)
        else:
            monkeypatch.setenv(settings.ENVIRONMENT_VARIABLE, str(path))
        settings.configured_organisation.cache_clear()

    yield use
    settings.configured_organisation.cache_clear()


def test_generic_wording_equals_the_domain_slots_initial_values(domain, configured):
    configured(None)
    slots = domain["slots"]
    assert settings.organisation_wording() == {name: slots[name]["initial_value"] for name in settings.GENERIC_WORDING}


def test_the_example_puts_its_contacts_into_the_wording(configured):
    configured(EXAMPLE)
    wording = settings.organisation_wording()
    assert wording["hr_contact"].startswith("HR (HR-servicedesk Voorbeeldzorg: telefoon 030 000 00 00")
    assert "https://intranet.voorbeeldzorg.example/verlof" in wording["hr_contact"]
    assert wording["cao_reference"] == "uw cao (Cao Voorbeeldzorg 2026: https://intranet.voorbeeldzorg.example/cao)"
    assert "Arbodienst De Voorbeeldpraktijk" in wording["doctor_contact"]
    assert "vertrouwenspersoon@voorbeeldzorg.example" in wording["confidant_contact"]


def test_a_file_with_some_fields_keeps_the_generic_wording_for_the_rest(tmp_path, configured):
    partial = tmp_path / "organisatie.yml"
    partial.write_text(
        'name: "Gemeente Nergenshuizen"\ncontacts:\n  hr:\n    name: "P&O"\n    email: "po@nergens.example"\n'
    )
    configured(partial)
    wording = settings.organisation_wording()
    assert wording["hr_contact"] == "HR (P&O: e-mail po@nergens.example)"
    for name in ("cao_reference", "doctor_contact", "confidant_contact"):
        assert wording[name] == settings.GENERIC_WORDING[name]


@pytest.mark.parametrize(
    "content, field",
    [
        ("contacts: {}\n", "name"),
        ('name: "X org"\ncontacts:\n  hr:\n    name: "HR"\n', "contacts.hr.__root__"),
        ('name: "X org"\ncontacts:\n  hr:\n    name: "HR"\n    email: "geen adres"\n', "contacts.hr.email"),
        ('name: "X org"\ncao:\n  name: "Cao"\n  url: "geen-url"\n', "cao.url"),
        ('name: "X org"\ntelefoon: "123"\n', "telefoon"),
        ("- gewoon een lijst\n", "expected a mapping"),
    ],
)
def test_a_malformed_file_names_the_file_and_the_field(tmp_path, content, field):
    path = tmp_path / "fout.yml"
    path.write_text(content)
    with pytest.raises(settings.OrganisationError) as error:
        settings.load_organisation(path)
    assert str(path) in str(error.value) and field in str(error.value)


def test_the_action_server_and_preflight_stop_on_a_malformed_file(tmp_path):
    path = tmp_path / "fout.yml"
    path.write_text('name: "X org"\ncontacts:\n  hr:\n    name: "HR"\n    phone: "bel maar"\n')
    env = {"PATH": "/usr/bin:/bin", settings.ENVIRONMENT_VARIABLE: str(path), "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "scripts/preflight.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert f"{path}: contacts.hr.phone" in result.stderr


def _route(dispatcher, domain, text, **slots):
    ActionRouteToPerson().run(dispatcher, make_tracker(text, "ask_human", slots=slots), domain)
    return texts(dispatcher), responses(dispatcher)


def test_a_person_without_settings_says_where_to_find_them_and_never_hands_over(dispatcher, domain, configured):
    configured(None)
    said, names = _route(dispatcher, domain, "Ik wil een mens spreken")
    assert names[0] == "utter_person_intro" and "kan u niet doorverbinden" in said
    assert names[1:4] == ["utter_contact_hr_unknown", "utter_contact_doctor_unknown", "utter_contact_confidant_unknown"]
    assert "113" in said and "112" in said


@pytest.mark.parametrize(
    "text, slots, expected",
    [
        ("Hoe vraag ik zorgverlof aan? Kan ik iemand bellen?", {}, ["utter_contact_hr"]),
        ("met wie kan ik hierover praten?", {"leave_type": "kortdurend_zorgverlof"}, ["utter_contact_hr"]),
        ("Ik heb zoveel stress, met wie kan ik praten?", {}, ["utter_contact_doctor"]),
        ("Ik word gepest door een collega. Kan ik iemand spreken?", {}, ["utter_contact_confidant"]),
        ("Kan ik met iemand van HR praten?", {"theme": "psa"}, ["utter_contact_hr"]),
    ],
)
def test_the_example_contacts_fit_the_topic(dispatcher, domain, configured, text, slots, expected):
    configured(EXAMPLE)
    said, names = _route(dispatcher, domain, text, **slots)
    assert [name for name in names if name.startswith("utter_contact")] == expected
    phone_or_mail = {
        "utter_contact_hr": "030 000 00 00",
        "utter_contact_doctor": "030 000 00 01",
        "utter_contact_confidant": "vertrouwenspersoon@voorbeeldzorg.example",
    }
    assert phone_or_mail[expected[0]] in said


def test_feedback_is_counted_per_item_without_text_or_sender(tmp_path, monkeypatch, domain):
    from actions import feedback
    from insights.feedback import counts, feedback_engine

    url = f"sqlite:///{tmp_path / 'feedback.db'}"
    monkeypatch.setenv("WERKSTRESS_FEEDBACK_DB", url)
    feedback._engine.cache_clear()
    for intent in ("feedback_helpful", "feedback_helpful", "feedback_not_helpful"):
        tracker = make_tracker("ja", intent, slots={"last_item": "ai.actie.scholing"})
        ActionRecordFeedback().run(CollectingDispatcher(), tracker, domain)
    feedback._engine.cache_clear()
    assert counts(feedback_engine(url)) == {"ai.actie.scholing": ("ai", 2, 1)}
    stored = (tmp_path / "feedback.db").read_bytes()
    assert b"test-user" not in stored and b"ja" not in stored.replace(b"ai.actie.scholing", b"")


def test_the_report_counts_themes_fallbacks_not_known_feedback_and_unshown_items(tmp_path):
    import sqlalchemy as sa
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from insights.report import render_html, usage_figures

    database = tmp_path / "rasa.db"
    store = SQLTrackerStore(Domain.load(str(ROOT / "domain.yml")), dialect="sqlite", db=str(database))

    def conversation(sender, *events):
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, list(events))))

    def user(intent):
        return UserUttered("x", intent={"name": intent, "confidence": 1.0})

    def bot(response):
        return BotUttered("y", metadata={"utter_action": response})

    conversation(
        "a",
        user("trend_ai"),
        SlotSet("theme", "ai"),
        SlotSet("last_item", "ai.actie.scholing"),
        SlotSet("shown_items", ["ai.actie.scholing"]),
        user("ask_knowledge"),
        bot("utter_not_covered"),
    )
    unsure = UserUttered(
        "x",
        intent={"name": "nlu_fallback", "confidence": 0.45},
        parse_data={
            "intent": {"name": "nlu_fallback", "confidence": 0.45},
            "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.45}, {"name": "ask_links", "confidence": 0.4}],
        },
    )
    conversation("b", user("trend_ai"), SlotSet("theme", "ai"), unsure, ActionExecuted("action_default_fallback"))
    conversation("c", user("psa_werkdruk"), SlotSet("theme", "psa"), SlotSet("theme", "ai"), user("ask_knowledge"))
    figures = usage_figures(
        sa.create_engine(f"sqlite:///{database}"),
        {"ai.actie.scholing": ("ai", 3, 1)},
        ["ai.actie.scholing", "ai.actie.communicatie", "psa.rie"],
    )
    assert figures.conversations == 3
    assert figures.conversations_per_theme == {"ai": 3, "psa": 1}
    assert (figures.per_intent["ask_knowledge"].turns, figures.per_intent["ask_knowledge"].not_known) == (2, 1)
    # The fallback counts for the intent the NLU found best, once per turn.
    assert (figures.per_intent["ask_links"].turns, figures.per_intent["ask_links"].fallback) == (1, 1)
    assert "nlu_fallback" not in figures.per_intent
    assert figures.per_intent["trend_ai"].fallback == 0
    assert figures.never_shown == ["ai.actie.communicatie", "psa.rie"]
    page = render_html(figures, datetime(2026, 11, 28, 9, 0))
    assert "75% van 4" in page and "1/2" in page and "<script" not in page and "http" not in page.lower()


def test_content_check_lists_items_checked_too_long_ago_with_their_urls():
    from actions.knowledge import load_knowledge_base
    from insights.content_age import stale_items

    knowledge = load_knowledge_base(ROOT / "knowledge")
    checked = {
        item.id: item.source.checked_on for item in knowledge.items.values() if hasattr(item.source, "checked_on")
    }
    newest = max(checked.values())
    assert stale_items(knowledge, today=newest, months=6) == []
    later = stale_items(knowledge, today=date(newest.year + 1, newest.month, 1), months=6)
    assert {item_id for item_id, _, _ in later} == set(checked)
    assert any("https://" in url for _, _, urls in later for url in urls)
    result = subprocess.run(
        [sys.executable, "scripts/content_check.py", "--today", f"{newest.year + 1}-{newest.month:02d}-01"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1 and f"{len(checked)} knowledge items were checked" in result.stdout


def test_the_action_server_warns_at_start_up_for_each_item_due(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "WERKSTRESS_CONTENT_MAX_AGE_MONTHS": "-1", "PYTHONWARNINGS": "ignore"}
    result = subprocess.run(
        [sys.executable, "-c", "import logging; logging.basicConfig(); import actions"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr.count("was last checked on") == len(_checked_items())


def _checked_items():
    from actions.knowledge import load_knowledge_base

    return [i for i in load_knowledge_base(ROOT / "knowledge").items.values() if hasattr(i.source, "checked_on")]
