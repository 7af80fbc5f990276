"""The guiding actions against the real knowledge files and the real domain."""

import asyncio

from actions.advice import ActionAcknowledgeTheme, ActionAskSubtopic, ActionGiveAdvice, ValidateIntakeForm
from actions.content import knowledge_base
from actions.crisis import ActionCrisisReferral
from actions.fallback import ActionDefaultFallback
from actions.followups import ActionGiveFigures, ActionGiveLinks, ActionGiveMore, ActionGiveSource
from actions.knowledge_search import ActionSearchKnowledge
from conftest import make_tracker, responses, texts


def slot_events(events):
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}


def test_theme_is_acknowledged_in_words(dispatcher, domain):
    tracker = make_tracker(
        "twee mensen hebben een gehandicapt kind thuis", "trend_mantelzorg", slots={"theme": "mantelzorg"}
    )
    events = ActionAcknowledgeTheme().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["theme_ack_mantelzorg"]
    assert slot_events(events) == {"theme": "mantelzorg", "subtopic": None, "last_item": None}


def test_intake_offers_the_three_expert_actions_and_skip(dispatcher, domain):
    ActionAskSubtopic().run(dispatcher, make_tracker(slots={"theme": "ai"}), domain)
    buttons = dispatcher.messages[0]["buttons"]
    assert [b["payload"] for b in buttons] == [
        '/inform_subtopic{"subtopic": "scholing"}',
        '/inform_subtopic{"subtopic": "experimenteren"}',
        '/inform_subtopic{"subtopic": "communicatie"}',
        "/deny",
    ]
    assert buttons[-1]["title"] == "Sla over"


def test_caregiving_intake_asks_the_role_first(dispatcher, domain):
    def required(slots):
        return asyncio.run(
            ValidateIntakeForm().required_slots(["subtopic"], dispatcher, make_tracker(slots=slots), domain)
        )

    assert required({"theme": "mantelzorg"}) == ["role", "subtopic"]
    assert required({"theme": "mantelzorg", "role": "medewerker"}) == []
    assert required({"theme": "ai"}) == ["subtopic"]


def test_subtopic_of_another_theme_is_refused(dispatcher, domain):
    result = ValidateIntakeForm().validate_subtopic(
        "scholing", dispatcher, make_tracker(slots={"theme": "mantelzorg"}), domain
    )
    assert result == {"subtopic": None}
    assert responses(dispatcher) == ["subtopic_not_understood"]


def test_advice_for_flexibility_cites_the_brochure(dispatcher, domain):
    tracker = make_tracker(slots={"theme": "mantelzorg", "subtopic": "flexibiliteit", "role": "leidinggevende"})
    events = ActionGiveAdvice().run(dispatcher, tracker, domain)
    said = texts(dispatcher)
    assert "flexib" in said.lower()
    assert "source_brochure" in responses(dispatcher)
    assert slot_events(events)["last_item"].startswith("mantelzorg.actie")
    assert responses(dispatcher)[-1] == "advice_followup"


def test_employee_with_caregiving_gets_the_regulations(dispatcher, domain):
    tracker = make_tracker(slots={"theme": "mantelzorg", "role": "medewerker"})
    ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["employee_caregiving"]


def test_skipped_intake_gives_an_overview(dispatcher, domain):
    ActionGiveAdvice().run(dispatcher, make_tracker(slots={"theme": "vergrijzing", "subtopic": "alles"}), domain)
    assert responses(dispatcher) == ["advice_overview"]
    assert len(dispatcher.messages[0]["buttons"]) == 3


def test_more_gives_the_points_of_attention(dispatcher, domain):
    tracker = make_tracker("vertel meer", "ask_more", slots={"last_item": "personeelstekorten.actie.starters"})
    ActionGiveMore().run(dispatcher, tracker, domain)
    assert "stage" in dispatcher.messages[0]["text"].lower()


def test_links_of_the_current_advice(dispatcher, domain):
    tracker = make_tracker("heb je een link", "ask_links", slots={"last_item": "mantelzorg.actie.ruimte-en-vertrouwen"})
    ActionGiveLinks().run(dispatcher, tracker, domain)
    assert "https://www.rivm.nl/documenten/handleiding-participatieve-aanpak" in texts(dispatcher)


def test_named_resource_link(dispatcher, domain):
    tracker = make_tracker("waar vind ik de participatieve aanpak?", "ask_links")
    ActionGiveLinks().run(dispatcher, tracker, domain)
    assert "https://www.rivm.nl/documenten/handleiding-participatieve-aanpak" in texts(dispatcher)


def test_figures_for_a_theme_named_in_the_question(dispatcher, domain):
    entities = [{"entity": "theme", "value": "ai", "start": 0, "end": 2}]
    ActionGiveFigures().run(
        dispatcher, make_tracker("hoeveel werkgevers gebruiken AI", "ask_figures", entities), domain
    )
    assert "31%" in texts(dispatcher)


def test_source_of_a_regulation_names_the_law_page(dispatcher, domain):
    tracker = make_tracker("wat is je bron", "ask_source", slots={"last_item": "regelingen.kortdurend-zorgverlof"})
    ActionGiveSource().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["source_web"]
    text = dispatcher.messages[0]["text"]
    assert "https://wetten.overheid.nl/BWBR0013008" in text and "27-11-2026" in text


def test_crisis_referral_names_113_and_112(dispatcher, domain):
    ActionCrisisReferral().run(dispatcher, make_tracker("ik kan niet meer", "distress"), domain)
    said = texts(dispatcher)
    assert "113" in said and "0800-0113" in said and "112" in said and "huisarts" in said and "bedrijfsarts" in said


def test_free_text_question_finds_the_preventietool(dispatcher, domain):
    ActionSearchKnowledge().run(dispatcher, make_tracker("Wat is de MKB preventietool?", "ask_knowledge"), domain)
    said = texts(dispatcher)
    assert "preventietool" in said.lower() and "https://mkbgoedwerkgeverschap.nl/preventie" in said


def test_nonsense_gets_an_honest_answer(dispatcher, domain):
    ActionSearchKnowledge().run(dispatcher, make_tracker("qwxz plof brrr", "ask_knowledge"), domain)
    assert responses(dispatcher) == ["search_no_result", "utter_topics"]


def test_fallback_offers_the_two_likely_topics(dispatcher, domain):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "trend_ai", "confidence": 0.35},
        {"name": "trend_personeelstekorten", "confidence": 0.3},
        {"name": "greet", "confidence": 0.25},
    ]
    ActionDefaultFallback().run(
        dispatcher, make_tracker("robots nemen het over", "nlu_fallback", intent_ranking=ranking), domain
    )
    assert responses(dispatcher) == ["did_you_mean"]
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == ["/trend_ai", "/trend_personeelstekorten"]


def test_fallback_on_empty_message(dispatcher, domain):
    ActionDefaultFallback().run(dispatcher, make_tracker("   ", "nlu_fallback"), domain)
    assert responses(dispatcher) == ["empty_message", "utter_topics"]


def test_unknown_theme_value_from_the_nlu_is_not_used(dispatcher, domain):
    tracker = make_tracker("hoe vind ik een mantelzorgcoach", "trend_mantelzorg", slots={"theme": "mantelzorgcoach"})
    events = ActionAcknowledgeTheme().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["theme_ack_mantelzorg"]
    assert slot_events(events)["theme"] == "mantelzorg"


def test_working_hours_answer_counts_as_flexibility_for_caregivers(dispatcher, domain):
    tracker = make_tracker(slots={"theme": "mantelzorg", "role": "leidinggevende"})
    assert ValidateIntakeForm().validate_subtopic("werktijden", dispatcher, tracker, domain) == {
        "subtopic": "flexibiliteit"
    }


def test_work_stress_overview_explains_psa_first_and_offers_its_topics(dispatcher, domain):
    events = ActionGiveAdvice().run(dispatcher, make_tracker(slots={"theme": "psa"}), domain)
    assert dispatcher.messages[0]["text"].startswith(knowledge_base().get("psa.definitie").title)
    assert responses(dispatcher)[-1] == "theme_overview"
    payloads = [button["payload"] for button in dispatcher.messages[-1]["buttons"]]
    assert '/inform_subtopic{"subtopic": "integrale-aanpak"}' in payloads
    assert slot_events(events)["last_item"] == "psa.definitie"


def test_a_psa_topic_chosen_by_button(dispatcher, domain):
    tracker = make_tracker(slots={"theme": "psa", "subtopic": "pago"})
    ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["text"].startswith(knowledge_base().get("psa.pago").title)
