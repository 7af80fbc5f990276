"""Leave answers against the real knowledge files and domain: computed entitlements checked
against literal expected figures (never against the function under test), the side that
asks, sudden events, and hours in the forms people type."""

import pytest

from actions.hours import hours_from_parts, parse_weekly_hours
from actions.regulations import ActionAnswerLeaveAspect, ActionAnswerRegulation, ActionComputeLeave
from conftest import make_tracker, responses, texts


def run(action, dispatcher, domain, text, intent, **kwargs):
    events = action.run(dispatcher, make_tracker(text, intent, **kwargs), domain)
    return texts(dispatcher), events


# Literal expectations: hours per week → kortdurend (2×) and langdurend (6×) per 12 months.
SWEEP = [
    ("1 uur", "1", "2", "6"),
    ("8 uur", "8", "16", "48"),
    ("12,5 uur", "12,5", "25", "75"),
    ("24 uur", "24", "48", "144"),
    ("32 uur", "32", "64", "192"),
    ("36 uur", "36", "72", "216"),
    ("36,5 uur", "36,5", "73", "219"),
    ("38 uur", "38", "76", "228"),
    ("40 uur", "40", "80", "240"),
    ("60 uur", "60", "120", "360"),
]


@pytest.mark.parametrize("typed, hours, short, long", SWEEP)
def test_leave_sweep_against_literal_figures(dispatcher, domain, typed, hours, short, long):
    said, _ = run(ActionComputeLeave(), dispatcher, domain, typed, "inform_hours")
    assert f"Bij {hours} uur per week heeft u recht op maximaal {short} uur kortdurend zorgverlof" in said
    assert f"Bij {hours} uur per week heeft u recht op maximaal {long} uur langdurend zorgverlof" in said


def test_hours_without_a_kind_give_both_kinds_and_calamity_has_no_fixed_hours(dispatcher, domain):
    said, events = run(ActionComputeLeave(), dispatcher, domain, "Ik werk 40 uur. Hoeveel verlof?", "inform_hours")
    assert "80 uur kortdurend" in said and "240 uur langdurend" in said
    assert "geen vast aantal uren" in said
    assert {"event": "slot", "name": "hours", "value": 40.0, "timestamp": None} in events


def test_both_sources_shown_and_cao_once(dispatcher, domain):
    said, _ = run(ActionComputeLeave(), dispatcher, domain, "36 uur", "inform_hours")
    assert said.count("In een cao") == 1
    assert "hoofdstuk 5" not in said or said.count("Bron:") >= 1
    assert responses(dispatcher).count("utter_source_web") >= 1


def test_calamity_leave_says_it_has_no_fixed_hours(dispatcher, domain):
    said, _ = run(
        ActionComputeLeave(), dispatcher, domain, "32 uur", "inform_hours", slots={"leave_type": "calamiteitenverlof"}
    )
    assert said.count("geen vast aantal uren") == 1
    # The care leaves that can follow a calamity are computed, each under its own name.
    assert "64 uur kortdurend zorgverlof" in said and "192 uur langdurend zorgverlof" in said


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("Ik werk -5 uur", "Een negatief aantal uren kan niet."),
        ("200 uur", "een week heeft 168 uur"),
        ("ik werk 40 uur per dag", "een dag heeft 24 uur"),
        ("ik werk 5 dagen van 26 uur", "een dag heeft 24 uur"),
        ("ik werk 8 dagen per week 8 uur", "een week heeft 7 dagen"),
        ("1000 uur per maand", "een maand heeft hoogstens 744 uur"),
        ("61 uur", "Met meer dan 60 uur per week reken ik niet"),
    ],
)
def test_impossible_hours_are_refused_with_the_reason_and_asked_again(dispatcher, domain, typed, reason):
    said, events = run(ActionComputeLeave(), dispatcher, domain, typed, "inform_hours")
    assert responses(dispatcher)[-1] == "utter_hours_invalid"
    assert reason in said and said.rstrip().endswith("'36 uur per 2 weken'.")
    assert "Hoeveel uur per week werkt u?" in said
    assert "recht op" not in said
    assert not [event for event in events if event.get("name") == "hours"]


def test_zero_hours_are_not_computed(dispatcher, domain):
    said, events = run(ActionComputeLeave(), dispatcher, domain, "0,0 uur", "inform_hours")
    assert "recht op" not in said
    assert not [event for event in events if event.get("name") == "hours"]


def test_every_reason_to_refuse_hours_has_its_response(domain):
    from actions.hours import HOURS_IMPOSSIBLE_REASONS

    for reason in HOURS_IMPOSSIBLE_REASONS:
        assert f"utter_hours_impossible_{reason}" in domain["responses"]


def test_zero_hours_contract_points_to_hr_and_cao(dispatcher, domain):
    said, _ = run(ActionComputeLeave(), dispatcher, domain, "ik heb een nulurencontract", "inform_hours")
    assert "HR" in said and "cao" in said and "recht op" not in said


@pytest.mark.parametrize(
    "typed, hours",
    [
        ("32 uur", 32),
        ("36,5", 36.5),
        ("vier dagen van 8 uur", 32),
        ("4 dagen van 9 uur", 36),
        ("4x9", 36),
        ("8 uur per dag, 4 dagen", 32),
        ("24 uur per 2 weken", 12),
        ("2 dagen van 8 en 1 van 4", 20),
        ("Ik werk -5 uur", -5),
        ("als ik min tien uur werk", -10),
        ("de ene week 36 uur en de andere week 28 uur", 32),
        ("dus gemiddeld 32 per week", 32),
        ("maandag t/m donderdag 8 uur en vrijdag een halve dag van 4 uur", 36),
        ("de ene week veel, de andere week weinig", None),
        ("geen idee", None),
    ],
)
def test_parse_weekly_hours(typed, hours):
    assert parse_weekly_hours(typed) == hours


@pytest.mark.parametrize(
    "earlier, typed, weekly",
    [
        (["ik werk 8 uur per dag, hoeveel kortdurend zorgverlof heb ik?"], "4 dagen per week", 32),
        (["Ik werk 7,5 uur per dag"], "vijf dagen", 37.5),
        (["ik werk 8 uur per dag, 4 dagen"], "3 dagen", None),  # the days were given already
        (["hoeveel verlof krijg ik?"], "4 dagen per week", None),  # no hours per day said
        (["ik werk 8 uur per dag"], "4 dagen per week en soms een zaterdag", None),
        (
            ["ik werk 0,8 fte, hoeveel kortdurend zorgverlof heb ik?"],
            "weet ik niet precies, fulltime is bij ons 36 uur",
            28.8,
        ),
        ([], "ik werk 0,5 fte en fulltime is 38 uur", 19),
    ],
)
def test_days_answer_counts_the_hours_per_day_said_before(earlier, typed, weekly):
    assert hours_from_parts(typed, earlier) == weekly


def test_sudden_fever_is_calamity_leave_first_with_full_pay_for_a_manager(dispatcher, domain):
    text = (
        "Een medewerker van mij belde net dat haar kind met hoge koorts van school is opgehaald. "
        "Ze werkt 4 dagen van 9 uur. Waar heeft ze recht op?"
    )
    said, events = run(ActionAnswerRegulation(), dispatcher, domain, text, "flexibel_werken")
    assert said.index("Calamiteitenverlof") < said.index("Kortdurend zorgverlof")
    assert "behoud van loon" in said
    assert "uw medewerker recht op maximaal 72 uur kortdurend zorgverlof" in said
    # A staff member's hours are not the manager's own.
    assert not [event for event in events if event.get("name") == "hours"]


def test_manager_asking_about_pay_during_calamity_leave_hears_full_pay(dispatcher, domain):
    said, _ = run(
        ActionAnswerLeaveAspect(),
        dispatcher,
        domain,
        "Moet ik haar doorbetalen vandaag?",
        "leave_paid",
        slots={"leave_type": "calamiteitenverlof", "role": "leidinggevende"},
    )
    assert "volledig door" in said and "70" not in said
    assert "Uw werkgever" not in said


def test_neighbour_counts_as_a_social_relation(dispatcher, domain):
    said, _ = run(
        ActionAnswerLeaveAspect(),
        dispatcher,
        domain,
        "En voor mijn buurvrouw?",
        "ask_relation",
        slots={"leave_type": "calamiteitenverlof"},
    )
    assert "sociale relatie" in said and "buurvrouw" in said


@pytest.mark.parametrize(
    "leave_type, expected",
    [
        ("kortdurend_zorgverlof", "vooraf"),
        ("langdurend_zorgverlof", "schriftelijk aan, minstens 2 weken"),
        ("calamiteitenverlof", "achteraf om bewijs"),
        ("flexibel_werken", "minstens 2 maanden"),
    ],
)
def test_how_to_apply_as_far_as_the_facts_say(dispatcher, domain, leave_type, expected):
    said, _ = run(
        ActionAnswerLeaveAspect(),
        dispatcher,
        domain,
        "Hoe vraag ik het aan?",
        "ask_how_to_apply",
        slots={"leave_type": leave_type},
    )
    assert expected in said


def test_refusal_names_the_zwaarwegend_belang(dispatcher, domain):
    said, _ = run(
        ActionAnswerLeaveAspect(),
        dispatcher,
        domain,
        "mag mijn baas dat weigeren?",
        "leave_refuse",
        slots={"leave_type": "kortdurend_zorgverlof"},
    )
    assert "zwaarwegend bedrijfs- of dienstbelang" in said


def test_regulation_without_hours_asks_for_them_and_with_own_hours_computes(dispatcher, domain):
    said, _ = run(ActionAnswerRegulation(), dispatcher, domain, "kortdurend zorgverlof", "leave_kortdurend_zorgverlof")
    assert responses(dispatcher)[-1] == "utter_ask_hours"
    dispatcher.messages.clear()
    said, _ = run(
        ActionAnswerRegulation(),
        dispatcher,
        domain,
        "en langdurend?",
        "leave_langdurend_zorgverlof",
        slots={"hours": 32.0},
    )
    assert "192 uur langdurend zorgverlof" in said


@pytest.mark.parametrize(
    "typed, weekly",
    [
        ("ik werk dertig uur per week", 30),
        ("tweeëndertig uur", 32),
        ("vierentwintig uur per week", 24),
        ("Ik werk 5 ochtenden van 4 uur", 20),
        ("3 diensten van 8 uur", 24),
        # Development set 22: compound shifts, words between the days and the hours, "nog".
        ("Ik draai 3 nachtdiensten van 9 uur per week", 27),
        ("Ik werk 4 dagen per week en maak dan 9 uur per dag", 36),
        ("ma en di werk ik 8 uur en woensdagochtend nog 4 uur", 20),
        # Development set 24: a range of days and then one more day.
        ("Ik werk maandag t/m donderdag 8 uur en op vrijdag 4 uur.", 36),
    ],
)
def test_hours_written_out_or_as_parts_of_days(typed, weekly):
    assert parse_weekly_hours(typed) == weekly


def test_times_of_day_are_not_working_hours(dispatcher, domain):
    assert parse_weekly_hours("ik wil om 7 uur beginnen ipv 9 uur") is None
    said, _ = run(
        ActionAnswerRegulation(),
        dispatcher,
        domain,
        "ik wil om 7 uur beginnen ipv 9 uur, kan mijn werkgever dat weigeren?",
        "leave_flexibel_werken",
    )
    assert "zwaarwegend" in said and "per 12 maanden" not in said


@pytest.mark.parametrize("typed", ["ik werk 8 dagen per week 8 uur", "Ik werk 1000 uur per maand"])
def test_impossible_days_or_months_are_refused(dispatcher, domain, typed):
    said, _ = run(ActionComputeLeave(), dispatcher, domain, f"{typed}. Hoeveel zorgverlof heb ik?", "inform_hours")
    assert "kan niet" in said and "per 12 maanden" not in said


def test_a_roster_that_changes_each_week_is_not_computed(dispatcher, domain):
    """ "De ene week 10 uur en de andere week 35": no fixed weekly hours, so HR and the cao."""
    said, _ = run(
        ActionAnswerRegulation(),
        dispatcher,
        domain,
        "mijn rooster wisselt, de ene week werk ik 10 uur en de andere week 35. Hoeveel kortdurend zorgverlof is dat?",
        "leave_kortdurend_zorgverlof",
    )
    assert "per 12 maanden" not in said and "cao" in said


def test_short_and_long_asked_together_gives_both(dispatcher, domain):
    said, _ = run(
        ActionAnswerRegulation(), dispatcher, domain, "werk 4x8,5 uur. hoeveel zorgverlof kort en lang?", "inform_hours"
    )
    assert "68 uur kortdurend" in said and "204 uur langdurend" in said


@pytest.mark.parametrize(
    "typed, not_weekly",
    [
        ("ik werk 50 uur per twee weken (wisselend rooster)", False),
        ("de ene week 36 uur en de andere week 28 uur", False),
        ("oproepkracht, de ene week 5 en de andere week 30 uur", True),
        ("ik heb een nulurencontract", True),
        ("mijn rooster wisselt steeds", True),
    ],
)
def test_a_fixed_figure_over_weeks_counts_but_no_contract_hours_do_not(typed, not_weekly):
    from actions.hours import hours_not_weekly

    assert hours_not_weekly(typed) is not_weekly


@pytest.mark.parametrize(
    "typed, fixed",
    [
        ("ik werk 160 uur per maand", True),
        ("nulurencontract, gemiddeld 60 uur per maand", False),
        ("wisselend, zo'n 100 uur per maand", False),
        ("ik werk 32 uur per week", False),
    ],
)
def test_a_fixed_monthly_figure_is_told_from_no_contract_hours(typed, fixed):
    from actions.hours import fixed_monthly_hours

    assert fixed_monthly_hours(typed) is fixed
