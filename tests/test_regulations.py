"""Leave entitlements are computed from the user's hours and the knowledge files, never typed."""

import re

import pytest

from actions.content import knowledge_base
from actions.hours import format_hours, parse_weekly_hours
from actions.regulations import ActionAnswerLeaveAspect, ActionAnswerRegulation, ActionComputeLeave
from conftest import make_tracker, responses

HOURS = [h / 2 for h in range(2, 121)]  # 1 to 60 in half hours


def _computed_pattern():
    template = knowledge_base().phrases["leave_computed"].text
    parts = re.split(r"\{([a-z_]+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts))
    return re.compile(f"(?s){regex}$")


def computed(dispatcher):
    """The filled-in values of every 'leave_computed' sentence the bot said."""
    pattern = _computed_pattern()
    matches = (pattern.match(m.get("text") or "") for m in dispatcher.messages)
    return [match.groupdict() for match in matches if match]


@pytest.mark.parametrize("hours", HOURS)
def test_care_leave_is_two_and_six_times_the_weekly_hours(dispatcher, domain, hours):
    typed = format_hours(hours) + " uur"
    ActionComputeLeave().run(dispatcher, make_tracker(typed, "inform_hours"), domain)
    short, long = computed(dispatcher)
    assert short["leave_name"] == "kortdurend zorgverlof"
    assert short["leave_hours"] == format_hours(2 * hours)
    assert long["leave_name"] == "langdurend zorgverlof"
    assert long["leave_hours"] == format_hours(6 * hours)


def test_32_hours_gives_64_and_24_hours_gives_144(dispatcher, domain):
    ActionComputeLeave().run(
        dispatcher,
        make_tracker("ik werk 32 uur", "inform_hours", slots={"leave_type": "kortdurend_zorgverlof"}),
        domain,
    )
    assert [m["leave_hours"] for m in computed(dispatcher)] == ["64"]
    dispatcher.messages.clear()
    ActionComputeLeave().run(
        dispatcher, make_tracker("24", "inform_hours", slots={"leave_type": "langdurend_zorgverlof"}), domain
    )
    assert [m["leave_hours"] for m in computed(dispatcher)] == ["144"]


def test_pay_rules_are_stated_with_the_computation(dispatcher, domain):
    ActionComputeLeave().run(dispatcher, make_tracker("36 uur", "inform_hours"), domain)
    short, long = computed(dispatcher)
    assert "70 %" in short["pay_rule"] and "minimumloon" in short["pay_rule"]
    assert "onbetaald" in long["pay_rule"]
    assert "check_cao" in responses(dispatcher)


def test_days_of_hours_are_multiplied(dispatcher, domain):
    ActionComputeLeave().run(dispatcher, make_tracker("vier dagen van 8 uur", "inform_hours"), domain)
    assert [m["leave_hours"] for m in computed(dispatcher)] == ["64", "192"]


@pytest.mark.parametrize("typed", ["0 uur", "75 uur", "geen idee", "-3"])
def test_impossible_hours_get_a_clear_answer(dispatcher, domain, typed):
    events = ActionComputeLeave().run(dispatcher, make_tracker(typed, "inform_hours"), domain)
    assert responses(dispatcher) == ["hours_invalid"]
    assert events == []


def test_entitlement_comes_from_the_knowledge_file():
    short = knowledge_base().find(kind="regulation", subtopic="kortdurend_zorgverlof")[0]
    long = knowledge_base().find(kind="regulation", subtopic="langdurend_zorgverlof")[0]
    assert (short.entitlement.weeks_of_hours, short.entitlement.paid) == (2, True)
    assert (long.entitlement.weeks_of_hours, long.entitlement.paid) == (6, False)


def test_regulation_question_with_hours_is_answered_in_one_go(dispatcher, domain):
    tracker = make_tracker(
        "hoeveel kortdurend zorgverlof heb ik bij 32 uur",
        "leave_kortdurend_zorgverlof",
        slots={"leave_type": "kortdurend_zorgverlof"},
    )
    ActionAnswerRegulation().run(dispatcher, tracker, domain)
    assert [m["leave_hours"] for m in computed(dispatcher)] == ["64"]
    assert "ask_hours" not in responses(dispatcher)
    assert "source_web" in responses(dispatcher)


def test_regulation_question_without_hours_asks_for_them(dispatcher, domain):
    tracker = make_tracker(
        "wat is langdurend zorgverlof", "leave_langdurend_zorgverlof", slots={"leave_type": "langdurend_zorgverlof"}
    )
    events = ActionAnswerRegulation().run(dispatcher, tracker, domain)
    assert "Langdurend zorgverlof" in dispatcher.messages[0]["text"]
    assert responses(dispatcher)[-1] == "ask_hours"
    assert {
        "event": "slot",
        "name": "last_item",
        "value": "regelingen.langdurend-zorgverlof",
        "timestamp": None,
    } in events


def test_calamity_leave_asks_no_hours(dispatcher, domain):
    tracker = make_tracker(
        "wat is calamiteitenverlof", "leave_calamiteitenverlof", slots={"leave_type": "calamiteitenverlof"}
    )
    ActionAnswerRegulation().run(dispatcher, tracker, domain)
    assert "behoud van loon" in dispatcher.messages[0]["text"]
    assert "ask_hours" not in responses(dispatcher)


def test_refusal_answer_names_the_zwaarwegend_belang(dispatcher, domain):
    tracker = make_tracker("mag mijn baas het weigeren", "leave_refuse", slots={"leave_type": "kortdurend_zorgverlof"})
    ActionAnswerLeaveAspect().run(dispatcher, tracker, domain)
    assert "zwaarwegend bedrijfs- of dienstbelang" in dispatcher.messages[0]["text"]


def test_paid_without_leave_type_answers_both_care_leaves(dispatcher, domain):
    ActionAnswerLeaveAspect().run(dispatcher, make_tracker("wordt zorgverlof betaald", "leave_paid"), domain)
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "70 %" in said and "onbetaald" in said


@pytest.mark.parametrize(
    "typed, hours",
    [("32", 32), ("36,5 uur", 36.5), ("24u", 24), ("drie dagen van 7,5 uur", 22.5), ("ik werk fulltime", None)],
)
def test_parse_weekly_hours(typed, hours):
    assert parse_weekly_hours(typed) == hours
