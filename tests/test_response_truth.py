"""The domain's fixed sentences say only what the sources say: every URL, phone number and
percentage in a response stands in the brochure or the checked facts, and the crisis answers
carry the checked facts' advice."""

import re

import pytest

from conftest import BROCHURE, CHECKED_FACTS

SOURCES = BROCHURE.read_text(encoding="utf-8") + CHECKED_FACTS.read_text(encoding="utf-8")


def response_texts(domain):
    return {name: "\n".join(v.get("text", "") for v in variants) for name, variants in domain["responses"].items()}


def test_every_url_in_a_response_is_in_the_sources(domain):
    for name, text in response_texts(domain).items():
        for url in re.findall(r"https?://[^\s)]+", text):
            bare = url.rstrip(".,").replace("https://", "").replace("http://", "").replace("www.", "").rstrip("/")
            assert bare in SOURCES.replace("www.", ""), f"{name}: {url} is not in the sources"


def test_every_phone_number_and_percentage_is_in_the_sources(domain):
    for name, text in response_texts(domain).items():
        for number in re.findall(r"\b(?:0800-0113|113|112)\b", text):
            assert number in SOURCES, f"{name}: {number}"
        for percentage in re.findall(r"\d+ ?%", text):
            assert percentage.replace(" ", "") in SOURCES.replace(" %", "%"), f"{name}: {percentage}"


@pytest.mark.parametrize(
    "name",
    [
        "utter_crisis_self",
        "utter_crisis_other",
        "utter_crisis_followup",
        "utter_crisis_followup_other",
        "utter_crisis_reminder",
    ],
)
def test_crisis_answers_name_the_numbers(domain, name):
    text = response_texts(domain)[name]
    for needed in ("113", "0800-0113", "112", "https://www.113.nl"):
        assert needed in text, f"{name} lacks {needed}"
    assert "Bron:" in text


def test_answer_for_someone_worried_about_another_has_the_checked_advice(domain):
    text = response_texts(domain)["utter_crisis_other"]
    for advice in ("open", "zonder oordeel", "Luister", "geheimhouding", "samen hulp", "huisarts", "bedrijfsarts"):
        assert advice in text, advice
    assert "Denkt u aan zelfdoding?" not in text  # the person asking is not the one in danger


def test_overview_attributes_the_actions_to_the_survey_not_the_experts(domain):
    text = response_texts(domain)["utter_advice_overview"]
    assert "werkgevers" in text and "Experts van TNO en RIVM raden" not in text
