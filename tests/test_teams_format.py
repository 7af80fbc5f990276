"""The bot's messages as Teams shows them (channels/teams_format.py), on the real domain."""

import re

from channels.teams_format import card_action, hero_cards, imback_titles, payload_of, teams_markdown


def test_line_breaks_become_paragraphs_and_urls_become_links(domain):
    text = domain["responses"]["utter_crisis_self"][0]["text"]
    shown = teams_markdown(text)
    assert shown.count("\n\n") == text.count("\n")
    assert "chat via [www.113.nl](https://www.113.nl)" in shown
    assert shown.endswith("Bron: [www.113.nl](https://www.113.nl)")


def test_sentence_punctuation_stays_outside_the_link():
    shown = teams_markdown("Kijk op https://www.rie.nl/. Of bel (https://www.113.nl).")
    assert shown == "Kijk op [www.rie.nl](https://www.rie.nl/). Of bel ([www.113.nl](https://www.113.nl))."


def test_underscores_and_stars_do_not_turn_into_emphasis():
    shown = teams_markdown("zie https://www.hilversum.nl/Home/Sociaal_Plein/Zorg en *niet* _dit_")
    assert "[www.hilversum.nl/Home/Sociaal\\_Plein/Zorg](https://www.hilversum.nl/Home/Sociaal_Plein/Zorg)" in shown
    assert shown.endswith("\\*niet\\* \\_dit\\_")


def test_every_url_in_every_response_becomes_a_link(domain):
    for name, variants in domain["responses"].items():
        for variant in variants:
            shown = teams_markdown(variant.get("text") or "")
            bare = [m.start() for m in re.finditer(r"https?://", shown) if shown[m.start() - 2 : m.start()] != "]("]
            assert not bare, (name, shown)


def test_domain_titles_with_one_payload_are_imback(domain):
    titles = imback_titles(domain["responses"])
    assert titles["Werk en mantelzorg"] == "/trend_mantelzorg"
    assert titles["Calamiteitenverlof"] == "/leave_calamiteitenverlof"  # in two responses, one payload
    action = card_action({"title": "Werk en mantelzorg", "payload": "/trend_mantelzorg"}, titles)
    assert (action.type, action.title, action.value) == ("imBack", "Werk en mantelzorg", "Werk en mantelzorg")
    assert payload_of(action.value, None, titles) == "/trend_mantelzorg"


def test_other_buttons_are_message_back_with_the_payload_as_value(domain):
    titles = imback_titles(domain["responses"])
    payload = '/inform_subtopic{"subtopic": "scholing"}'
    action = card_action({"title": "Scholing en training", "payload": payload}, titles)
    assert action.type == "messageBack"
    assert action.text == action.display_text == "Scholing en training"
    assert action.value == {"payload": payload}
    assert payload_of(action.text, action.value, titles) == payload
    # A domain title sent with another payload is not mapped back by its title either.
    clash = card_action({"title": "Links", "payload": "/ask_more"}, titles)
    assert clash.type == "messageBack" and clash.value == {"payload": "/ask_more"}


def test_link_buttons_open_the_page():
    action = card_action({"title": "113", "url": "https://www.113.nl", "type": "web_url", "payload": "x"}, {})
    assert (action.type, action.value) == ("openUrl", "https://www.113.nl")
    assert card_action({"title": "RI&E", "payload": "https://www.rie.nl/"}, {}).type == "openUrl"


def test_typed_text_stays_text():
    assert payload_of("Mijn moeder is ziek", None, {"Links": "/ask_links"}) == "Mijn moeder is ziek"
    assert payload_of("Links", "not a dict", {"Links": "/ask_links"}) == "/ask_links"


def test_at_most_six_buttons_a_card():
    buttons = [{"title": f"Knop {n}", "payload": f"/p{n}"} for n in range(8)]
    cards = hero_cards(buttons, {})
    assert [len(card.content.buttons) for card in cards] == [6, 2]
    assert cards[0].content_type == "application/vnd.microsoft.card.hero"
    assert hero_cards([{"title": "", "payload": "/x"}, {"payload": "/y"}], {}) == []
