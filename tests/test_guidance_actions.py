"""The guiding actions against the real knowledge files and the real domain."""

from actions.advice import ActionAcknowledgeTheme, ActionGiveAdvice, ActionHandleRole, ActionHandleYesNo
from actions.fallback import ActionDefaultFallback
from actions.followups import ActionExplainTerm, ActionGiveFigures, ActionGiveLinks, ActionGiveMore, ActionSummarize
from actions.knowledge_search import ActionSearchKnowledge
from conftest import make_tracker, responses, texts


def slot_events(events):
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}


def intake_events(action_name):
    return [
        {"event": "user", "text": "..."},
        {"event": "action", "name": action_name},
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "now"},
    ]


def test_ai_announcement_asks_the_ai_question_with_ai_buttons(dispatcher, domain):
    tracker = make_tracker(
        "Wij krijgen een AI-chatbot op de klantenservice. Mijn team is onrustig.",
        "trend_ai",
        entities=[{"entity": "theme", "value": "psa"}],
    )
    events = ActionAcknowledgeTheme().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_ack_ai", "utter_ask_subtopic_ai"]
    said = texts(dispatcher)
    assert "[Bied cursussen, training of scholing aan]" in said or "scholing" in said.lower()
    assert slot_events(events)["asked_themes"] == ["ai"]


def test_intake_is_asked_once_per_theme(dispatcher, domain):
    tracker = make_tracker("we gaan AI invoeren", "trend_ai", slots={"asked_themes": ["ai"]})
    ActionAcknowledgeTheme().run(dispatcher, tracker, domain)
    assert "utter_ask_subtopic_ai" not in responses(dispatcher)
    assert responses(dispatcher) == ["utter_ack_ai", "utter_advice_overview"]


def test_free_words_answer_the_intake(dispatcher, domain):
    tracker = make_tracker("scholing", "inform_subtopic", slots={"theme": "ai", "pending": "subtopic"})
    events = ActionGiveAdvice().run(dispatcher, tracker, domain)
    assert slot_events(events)["last_item"] == "ai.actie.scholing"


def test_typed_intake_answer_in_fallback(dispatcher, domain):
    tracker = make_tracker("cursussen denk ik", "nlu_fallback", slots={"theme": "ai", "pending": "subtopic"})
    tracker.events = intake_events("action_acknowledge_theme")
    events = ActionDefaultFallback().run(dispatcher, tracker, domain)
    assert slot_events(events)["last_item"] == "ai.actie.scholing"


def test_caregiver_themselves_gets_employee_advice_and_leave_buttons(dispatcher, domain):
    tracker = make_tracker(
        "Ik ben zelf mantelzorger", "inform_role", entities=[{"entity": "user_role", "value": "medewerker"}]
    )
    ActionHandleRole().run(dispatcher, tracker, domain)
    said = texts(dispatcher)
    assert "utter_employee_caregiving" in responses(dispatcher)
    assert "[Kortdurend zorgverlof]" in said
    assert "uw medewerker" not in said.lower()


def test_mantelzorg_for_a_manager_shows_only_manager_actions(dispatcher, domain):
    tracker = make_tracker(
        "een medewerker zorgt voor haar moeder", "trend_mantelzorg", slots={"role": "leidinggevende"}
    )
    ActionAcknowledgeTheme().run(dispatcher, tracker, domain)
    assert "Zorgt u zelf voor iemand" not in texts(dispatcher)


def test_skip_gives_the_overview_with_survey_attribution(dispatcher, domain):
    tracker = make_tracker("sla over", "deny", slots={"theme": "ai", "pending": "subtopic"})
    tracker.events = intake_events("action_acknowledge_theme")
    ActionHandleYesNo().run(dispatcher, tracker, domain)
    said = texts(dispatcher)
    assert "werkgevers" in said and "Experts van TNO en RIVM raden" not in said


def test_no_without_a_question_is_not_a_goodbye(dispatcher, domain):
    ActionHandleYesNo().run(dispatcher, make_tracker("nee", "deny"), domain)
    assert responses(dispatcher) == ["utter_anything_else"]
    assert "Tot ziens" not in texts(dispatcher)


def test_more_gives_points_and_links_follow_the_advice(dispatcher, domain):
    ActionGiveMore().run(dispatcher, make_tracker("meer", "ask_more", slots={"last_item": "ai.actie.scholing"}), domain)
    assert texts(dispatcher).startswith("- ")
    dispatcher.messages.clear()
    ActionGiveLinks().run(
        dispatcher, make_tracker("links", "ask_links", slots={"last_item": "mantelzorg.actie.flexibiliteit"}), domain
    )
    assert "https://" in texts(dispatcher)


def test_cost_of_stress_absence_is_answered_from_the_figures(dispatcher, domain):
    ActionGiveFigures().run(
        dispatcher,
        make_tracker("Wat kost verzuim door stress eigenlijk?", "ask_figures", slots={"theme": "personeelstekorten"}),
        domain,
    )
    assert "15.000" in texts(dispatcher)


def test_explain_a_checked_term_and_refuse_others(dispatcher, domain):
    ActionExplainTerm().run(
        dispatcher, make_tracker("wat bedoel je met zwaarwegend bedrijfsbelang?", "ask_explain"), domain
    )
    said = texts(dispatcher)
    assert "ernstig probleem" in said and "Wet flexibel werken" in said and "Bron:" in said
    dispatcher.messages.clear()
    ActionExplainTerm().run(
        dispatcher,
        make_tracker("wat is maximumdagloon", "ask_explain", slots={"last_item": "regelingen.kortdurend-zorgverlof"}),
        domain,
    )
    assert responses(dispatcher) == ["utter_explain_unknown", "utter_explain_see_source"]


def test_summary_lists_what_was_shown_with_links_and_sources(dispatcher, domain):
    tracker = make_tracker(
        "Kun je de adviezen voor mij samenvatten?",
        "ask_summary",
        slots={"shown_items": ["mantelzorg.actie.flexibiliteit", "regelingen.kortdurend-zorgverlof"]},
    )
    ActionSummarize().run(dispatcher, tracker, domain)
    said = texts(dispatcher)
    assert "Bied flexibiliteit" in said and "Kortdurend zorgverlof" in said
    assert "bron:" in said and "https://" in said


def test_empty_summary_says_so(dispatcher, domain):
    ActionSummarize().run(dispatcher, make_tracker("samenvatten", "ask_summary"), domain)
    assert responses(dispatcher) == ["utter_summary_empty"]


def test_free_text_question_finds_the_preventietool(dispatcher, domain):
    ActionSearchKnowledge().run(dispatcher, make_tracker("wat is de MKB preventietool?", "ask_knowledge"), domain)
    assert "preventietool" in texts(dispatcher).lower()


def test_nonsense_gets_an_honest_answer_with_where_to_go(dispatcher, domain):
    ActionSearchKnowledge().run(dispatcher, make_tracker("qwerty asdf zxcv", "ask_knowledge"), domain)
    assert responses(dispatcher) == ["utter_search_no_result", "utter_topics"]
    assert "HR" in texts(dispatcher)


def test_fallback_on_empty_message(dispatcher, domain):
    ActionDefaultFallback().run(dispatcher, make_tracker("", "nlu_fallback"), domain)
    assert responses(dispatcher) == ["utter_empty_message", "utter_topics"]


def test_psa_overview_explains_psa_first(dispatcher, domain):
    ActionAcknowledgeTheme().run(dispatcher, make_tracker("veel werkdruk", "psa_werkdruk"), domain)
    assert responses(dispatcher)[0] == "utter_ack_psa"
    assert responses(dispatcher)[-1] == "utter_theme_overview"


def test_a_figures_question_finds_the_figure_it_names():
    from actions.routing import figures_matching

    item = figures_matching("Hoeveel werkgevers zetten in op trainingen en loopbaanbegeleiding?")
    assert item.id == "vergrijzing.cijfers"
    assert any(point.startswith("49%") for point in item.points)
    assert figures_matching("aanpassingen in werktijden, hoe vaak?", "vergrijzing").id == "vergrijzing.cijfers"
    assert figures_matching("hoeveel procent?") is None


def test_a_meaning_question_about_something_else_after_a_defined_term_is_searched_not_looped(dispatcher, domain):
    # Once "Wat houdt die Participatieve Aanpak precies in?" after the Wet flexibel werken (whose
    # text has "zwaarwegend") sent the routing and the explanation to each other for ever.
    from actions.knowledge_search import ActionSearchKnowledge

    for text in (
        "Wat houdt die Participatieve Aanpak precies in?",
        "Wat betekent dat voor de mensen die er al werken?",
    ):
        tracker = make_tracker(text, "ask_explain", slots={"last_item": "regelingen.wet-flexibel-werken"})
        ActionSearchKnowledge().run(dispatcher, tracker, domain)
    assert dispatcher.messages
