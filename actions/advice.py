"""Guiding a manager from a described situation to the brochure advice that fits it.

The intake is one question per theme, asked at most once in a conversation. Its answer may
be a button, a button's title typed, or free words ("cursussen"); anything else is handled
as a new message, so the question never comes back by itself.
"""

import re
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import (
    advice_items,
    current_item,
    entity_value,
    intent_payload,
    is_link,
    item_message,
    knowledge_base,
    known_theme,
    latest_intent,
    latest_text,
    sentences_of,
    shown,
    subtopics_of,
    utter_links,
    utter_source,
    utter_sources,
    words,
)
from actions.context import HOW_TO_ACT, asked_themes, is_question, pending_question, role_in_message
from actions.feedback import ask_feedback
from actions.knowledge_search import answer_with_item
from actions.registry import CONVERSATION_THEMES, INTENT_THEMES, SKIP_SUBTOPIC, TREND_THEMES
from actions.routing import route_by_content
from actions.safety_net import keeps_crisis_help_in_view
from actions.search import best_match, link_index, search, search_links

# "Zijn er organisaties die werkgevers helpen?": links.
# A search score at which the words' best item may decide the theme of an unsure first message.
SURE_SEARCH_SCORE = 0.15
# A link whose words match a typed intake answer this well is what the answer asks for.
STRONG_LINK_SCORE = 0.5
_ASKS_RESOURCE = re.compile(
    r"organisaties? die|welke organisaties?|website|\blink|\btool|hulpmiddel|handleiding|platform|stappenplan"
    r"|meer (?:over )?lezen|lees ik meer|\bper (?:branche|sector)\b|\bbrancheaanpak"
    # "Is er ergens info voor mij als baas?"
    r"|\bergens (?:meer )?(?:info|informatie)\b"
    r"|\b(?:info|informatie) (?:voor|over) (?:mij|ons|werkgevers|leidinggevenden)\b",
    re.I,
)
# Unwanted behaviour at work: pesten, intimidatie, agressie, discriminatie.
UNWANTED_BEHAVIOUR = re.compile(
    r"pest|intimid|agressi|discrimin|ongewenst|uitscheld|uitgescholden|scheld|bedreig|dreigend|aanraakt|aanraken|betast|seksue"
    r"|grensoverschrijd|buitengesloten|buiten ?gehouden|uitgelachen|gekleineerd|belachelijk gemaakt|treiter"
    r"|\buiterlijk\b|opmerkingen (?:\w+ )?over (?:\w+ )?(?:lichaam|uiterlijk|kleding|figuur)"
    r"|lastig ?gevallen|aan (?:d'r|haar|hem|me|mij) (?:zitten|zit)",
    re.I,
)
# "Hoe ga ik dat gesprek met hem aan?": a question that points back into the conversation.
_POINTS_BACK = re.compile(r"\b(?:dat|dit|die|deze|hem|haar|hij|zij|daar|daarover|daarmee|zoiets)\b", re.I)


def subtopic_in_text(theme: str, text: str) -> Optional[str]:
    """The intake answer meant by free words or a typed button title, for this theme."""
    lowered = words(text)
    for item in advice_items(theme):
        if words(item.title).strip() and words(item.title).strip() in lowered:
            return item.subtopic
    for subtopic, answer_words in CONVERSATION_THEMES[theme].answers.items():
        # Long words also inside compounds: "mantelzorgregelingen" names "regeling".
        if any(f" {word}" in lowered or (len(word) >= 7 and word in lowered) for word in answer_words):
            return subtopic
    return None


def response_text(domain: DomainDict, name: str) -> str:
    """The text of a domain response, for a button title."""
    return domain["responses"][name][0]["text"]


def subtopic_buttons(items) -> List[Dict[str, str]]:
    return [
        {"title": item.title, "payload": intent_payload("inform_subtopic", {"subtopic": item.subtopic})}
        for item in items
    ]


def ask_subtopic(dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, theme: str) -> List[EventType]:
    buttons = subtopic_buttons(advice_items(theme))
    buttons.append({"title": response_text(domain, "utter_skip_button"), "payload": "/deny"})
    dispatcher.utter_message(response=f"utter_ask_subtopic_{theme}", buttons=buttons)
    themes = asked_themes(tracker)
    return [
        SlotSet("pending", "subtopic"),
        SlotSet("asked_themes", themes + [theme] if theme not in themes else themes),
    ]


def give_advice(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    theme: str,
    subtopic: Optional[str],
    role: Optional[str] = None,
) -> List[EventType]:
    """The advice item for the subtopic, or the theme's overview; `role` as just told, else the slot's."""
    if theme == "mantelzorg" and (role or tracker.get_slot("role")) == "medewerker":
        return employee_caregiving(dispatcher, tracker)
    matches = (
        [item for item in knowledge_base().find(theme=theme, subtopic=subtopic) if not is_link(item)]
        if subtopic
        else []
    )
    if not matches:
        return overview(dispatcher, tracker, theme)
    item = matches[0]
    dispatcher.utter_message(text=item_message(item, points=True))
    figure = figure_for_action(theme, item.subtopic)
    if figure is not None:
        # "67 % noemt flexibiliteit": how many employers take this action, from the theme's figures.
        dispatcher.utter_message(response="utter_action_figure", figure=figure)
    utter_source(dispatcher, item)
    if theme == "mantelzorg" and item.subtopic == "regelingen":
        # Informing about the regulations: which ones there are, to choose from.
        dispatcher.utter_message(response="utter_leave_kinds")
    else:
        dispatcher.utter_message(response="utter_advice_followup")
    ask_feedback(dispatcher)
    return [SlotSet("pending", None), SlotSet("subtopic", item.subtopic), *shown(tracker, item)]


def figure_for_action(theme: str, subtopic: Optional[str]) -> Optional[str]:
    """The theme's survey figure about this action ("84% noemt steun en begrip ..."), if there is one."""
    if theme not in TREND_THEMES or not subtopic:
        return None
    for figures in knowledge_base().find(theme=theme, kind="figures"):
        for point in figures.points:
            if "%" in point and subtopic_in_text(theme, point) == subtopic:
                return point
    return None


def overview(dispatcher: CollectingDispatcher, tracker: Tracker, theme: str) -> List[EventType]:
    """A trend's actions as buttons; for PSA, what it is and then its topics."""
    items = advice_items(theme)
    if theme in TREND_THEMES and items:
        dispatcher.utter_message(response="utter_advice_overview", buttons=subtopic_buttons(items))
        return [SlotSet("pending", None), SlotSet("subtopic", None)]
    first, *others = [item for item in knowledge_base().find(theme=theme) if not is_link(item)]
    dispatcher.utter_message(text=item_message(first))
    utter_source(dispatcher, first)
    dispatcher.utter_message(response="utter_theme_overview", buttons=subtopic_buttons(others))
    return [SlotSet("pending", None), *shown(tracker, first)]


def all_actions_briefly(dispatcher: CollectingDispatcher, tracker: Tracker, theme: str) -> List[EventType]:
    """ "Alle drie graag, kort" to the intake question: each action with its first sentence."""
    items = advice_items(theme)
    actions = "\n".join(f"- {item.title}: {sentences_of(item)[0]}" for item in items)
    dispatcher.utter_message(response="utter_all_actions", actions=actions, buttons=subtopic_buttons(items))
    utter_sources(dispatcher, items)
    return [SlotSet("pending", None), SlotSet("subtopic", None), *shown(tracker, *items)]


def employee_caregiving(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """A caregiver themselves: the brochure's advice for employees, then the regulations."""
    items = advice_items("mantelzorg", audience="medewerker")
    for item in items:
        dispatcher.utter_message(text=item_message(item, points=True))
        utter_source(dispatcher, item)
    links = knowledge_base().links_of(items)
    if links:
        utter_links(dispatcher, links)
    dispatcher.utter_message(response="utter_employee_caregiving")
    return [SlotSet("pending", None), SlotSet("role", "medewerker"), *shown(tracker, *items)]


@keeps_crisis_help_in_view
class ActionAcknowledgeTheme(Action):
    """Says which theme was understood, then asks the intake question once or gives the advice."""

    def name(self) -> Text:
        return "action_acknowledge_theme"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        # The intent decides the theme; a theme word elsewhere in the message does not.
        theme = INTENT_THEMES.get(latest_intent(tracker)) or known_theme(entity_value(tracker, "theme"))
        current = known_theme(tracker.get_slot("theme"))
        text = latest_text(tracker)
        from actions.followups import theme_named_in, themes_named_in

        named = theme_named_in(text) if not text.startswith("/") else None
        if theme == "psa" and named in TREND_THEMES:
            # "Te weinig personeel; helpt automatiseren tegen de werkdruk?": the trend, not werkdruk alone.
            theme = named
        elif named and theme != named and not text.startswith("/") and theme not in themes_named_in(text):
            # The words name one theme and not the NLU's: "baliemedewerkers krijgen te maken met
            # agressieve burgers" is PSA, "tekort aan technici, we overwegen robots" is the shortage.
            theme = named
        # A theme the NLU is unsure of, in words that name no theme, does not switch the topic:
        # "jonge verpleegkundigen vinden de verantwoordelijkheid zwaar" after staff shortages.
        unsure = (
            (((tracker.latest_message or {}).get("intent") or {}).get("confidence") or 1.0) < 0.7
            and not named
            and not re.match(r"\W*(?:ander|nieuw) onderwerp|\W*iets anders", text, re.I)
        )
        if not text.startswith("/") and UNWANTED_BEHAVIOUR.search(text) and "psa" in themes_named_in(text):
            # "Een jonge medewerker wordt gepest door twee oudere collega's": bullying, not ageing.
            theme = "psa"
        elif not text.startswith("/") and {"mantelzorg", "vergrijzing"} <= set(themes_named_in(text)):
            # "Veel van mijn 60-plussers zorgen ook voor hun ouders": caregiving, not ageing.
            theme = "mantelzorg"
        elif not text.startswith("/") and theme in TREND_THEMES and not subtopic_in_text(theme, text):
            # "Kan technologie zoals AI onze personeelstekorten opvangen?": the theme whose action is named.
            for other in themes_named_in(text):
                if other != theme and other in TREND_THEMES and subtopic_in_text(other, text):
                    theme = other
                    break
        if current and theme != current and (stays_in_theme(text) or unsure):
            return follow_up_in_theme(dispatcher, tracker, domain, current)
        if unsure and not current and theme == "psa" and not text.startswith("/"):
            # A first message the NLU files, unsure, under werkdruk (its broadest theme), in words
            # that name no theme: the theme of the item its words match best ("jonge pedagogisch
            # medewerkers ... hoe zorg ik dat ze beter starten?" is about starters under staff
            # shortages, not about werkdruk).
            found = search(text, limit=1, min_score=SURE_SEARCH_SCORE)
            best = found[0][0] if found else None
            if (
                best is not None
                and best.kind.value in ("advice", "context")
                and best.theme.value in (*TREND_THEMES, "psa")
            ):
                theme = best.theme.value
        item = current_item(tracker)
        if (
            item is not None
            and item.kind.value == "regulation"
            and (
                not named
                or re.search(
                    r"zwaarwegend|weiger|verlof|\bnee zeggen|\b(?:niet )?(?:genoeg|voldoende)\b"
                    r"|verandert (?:dat|dit|het) iets|maakt (?:dat|dit) (?:iets )?uit",
                    text,
                    re.I,
                )
            )
            and not text.startswith("/")
        ):
            # "Het is omdat mijn moeder plotseling zorg nodig heeft" after the Wet flexibel werken.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        return acknowledge(dispatcher, tracker, domain, theme)


def stays_in_theme(text: str) -> bool:
    """A short or pointing-back question that names no theme belongs to the current one:
    "Hoe ga ik dat gesprek met hem aan?" after mantelzorg is not a new AI conversation."""
    from actions.followups import theme_named_in

    if text.startswith("/") or theme_named_in(text):
        return False
    return len(text.split()) <= 8 or (is_question(text) and bool(_POINTS_BACK.search(text)) and len(text.split()) <= 20)


def follow_up_in_theme(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, theme: str
) -> List[EventType]:
    """The answer within the conversation's theme: what the words ask, the action they name, or
    the theme's actions."""
    routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
    if routed is not None:
        return routed
    named_action = subtopic_in_text(theme, latest_text(tracker)) if theme in TREND_THEMES else None
    if named_action:
        return give_advice(dispatcher, tracker, theme, named_action, tracker.get_slot("role"))
    item = best_match(latest_text(tracker), tracker.latest_message)
    if item is not None and item.theme.value == theme and item.kind.value not in ("link", "about"):
        return answer_with_item(dispatcher, tracker, item)
    return overview(dispatcher, tracker, theme)


def acknowledge(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, theme: Optional[str], routed_already=False
) -> List[EventType]:
    """The theme said back, then the answer, the advice for a named action, or the intake."""
    if not theme:
        dispatcher.utter_message(response="utter_topics")
        return []
    events: List[EventType] = [SlotSet("theme", theme), SlotSet("leave_type", None)]
    role = role_in_message(tracker) or tracker.get_slot("role")
    text = latest_text(tracker)
    if (
        role is None
        and theme == "mantelzorg"
        and re.search(r"\b(?:medewerkers?|werknemers?|personeel|personeelsleden|teamleden)\b", text, re.I)
        and re.search(r"\b(?:tips?|advie[sz]|ondersteun\w*|begeleid\w*|helpen)\b", text, re.I)
        and not re.search(r"\b(?:ik|mijn|mij|me)\b", text, re.I)
    ):
        # "mantelzorg medewerker tips": someone who supports caregiving staff, not a caregiver.
        role = "leidinggevende"
    if role:
        events.append(SlotSet("role", role))
    routed = None if routed_already else route_by_content(dispatcher, tracker, domain)
    if routed is not None:
        return routed
    dispatcher.utter_message(response=f"utter_ack_{theme}")
    # An action of the theme named outright ("kan technologie helpen?") gets its advice.
    named_action = subtopic_in_text(theme, text) if not text.startswith("/") else None
    if named_action and not (theme == "mantelzorg" and role == "medewerker"):
        return events + give_advice(dispatcher, tracker, theme, named_action, role)
    # A question ("wat zijn de voordelen van AI?") gets its answer; a situation gets the intake.
    if is_question(text) and not text.startswith("/") and not HOW_TO_ACT.search(text):
        links = []
        if _ASKS_RESOURCE.search(text):
            links = search_links(text)
            if not links or links[0].theme.value != theme:
                # "Is er ergens info voor mij als baas?" names no resource: the theme's own links.
                links = knowledge_base().find(theme=theme, kind="link")[:3] or links
        if links:
            dispatcher.utter_message(response="utter_links_intro")
            utter_links(dispatcher, links)
            return events + shown(tracker, *links)
        item = best_match(text, tracker.latest_message)
        if item is not None and item.theme.value in (*TREND_THEMES, "psa") and item.theme.value != theme:
            # Ranked again within the theme: "Heeft AI ook voordelen voor de werkdruk?" is about
            # AI's chances, though "werkdruk" matches the Arbowet's item better.
            item = best_match(text, tracker.latest_message, named_theme=theme)
        if (
            item is not None
            and item.kind.value not in ("link", "about")
            and not (theme == "mantelzorg" and role == "medewerker")
            # Another trend's item (or PSA's) does not answer a question about this one: "Heeft AI
            # ook voordelen voor de werkdruk?" is about AI's chances, not the Arbowet.
            and not (item.theme.value in (*TREND_THEMES, "psa") and item.theme.value != theme)
        ):
            return events + answer_with_item(dispatcher, tracker, item, intro=False)
    subtopic = entity_value(tracker, "subtopic")
    subtopic = subtopic if subtopic in subtopics_of(theme) else None
    if theme == "mantelzorg" and role == "medewerker":
        return events + employee_caregiving(dispatcher, tracker)
    if theme == "psa" and UNWANTED_BEHAVIOUR.search(text):
        # "Een collega maakt opmerkingen over haar uiterlijk en raakt haar aan. Wat zijn mijn
        # stappen?": the employer's duty, then who can help.
        from actions.routing import EMPLOYER_DUTY_ITEM

        dispatcher.utter_message(response="utter_where_to_go")
        return events + answer_with_item(dispatcher, tracker, knowledge_base().get(EMPLOYER_DUTY_ITEM), intro=False)
    if theme == "psa":
        return events + overview(dispatcher, tracker, theme)
    if subtopic or (theme in TREND_THEMES and not text.startswith("/") and subtopic_in_text(theme, text)):
        return events + give_advice(dispatcher, tracker, theme, subtopic or subtopic_in_text(theme, text), role)
    if theme in asked_themes(tracker):
        return events + overview(dispatcher, tracker, theme)
    if theme == "mantelzorg" and role is None:
        dispatcher.utter_message(response="utter_ask_role")
        return events + [SlotSet("pending", "role")]
    return events + ask_subtopic(dispatcher, tracker, domain, theme)


class ActionHandleRole(Action):
    """The user says who they are: the answer to the role question, or news in passing."""

    def name(self) -> Text:
        return "action_handle_role"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        role = role_in_message(tracker)
        theme = known_theme(tracker.get_slot("theme"))
        events: List[EventType] = [SlotSet("role", role)] if role else []
        text = latest_text(tracker)
        asks = is_question(text) and not text.startswith("/")
        if not text.startswith("/") and (len(text.split()) > 6 or (role is None and asks)):
            # "Ik ben mantelzorger voor mijn buurman. Heb ik recht op zorgverlof?": the question too;
            # "en als mijn leidinggevende gewoon nee zegt?" asks about the answer before; a question
            # without a role in it ("hoe zit het bij kleine bedrijven?") was no role at all.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=asks)
            if routed is not None:
                return events + routed
        if role == "medewerker" and theme in (None, "mantelzorg"):
            return events + [SlotSet("theme", "mantelzorg")] + employee_caregiving(dispatcher, tracker)
        from actions.followups import theme_named_in

        named_theme = theme_named_in(latest_text(tracker)) if not latest_text(tracker).startswith("/") else None
        if named_theme in CONVERSATION_THEMES and named_theme != theme:
            # "Ik ben teamleider op een basisschool. De werkdruk is te hoog. Wat kan ik doen?": the
            # situation told with the role is the topic.
            return events + acknowledge(dispatcher, tracker, domain, named_theme, routed_already=True)
        if (theme is None or role is None) and asks and (len(text.split()) > 6 or role is None):
            # "Medewerker wil voortaan 4x9 werken. Mag ik nee zeggen? Ik ben teamleider": the question.
            from actions.knowledge_search import ActionSearchKnowledge

            return events + ActionSearchKnowledge().run(dispatcher, tracker, domain)
        if theme is None:
            dispatcher.utter_message(response="utter_topics")
            return events + [SlotSet("pending", None)]
        if pending_question(tracker) == "role" or theme not in asked_themes(tracker):
            return events + ask_subtopic(dispatcher, tracker, domain, theme)
        return events + give_advice(dispatcher, tracker, theme, tracker.get_slot("subtopic"), role)


@keeps_crisis_help_in_view
class ActionGiveAdvice(Action):
    """An intake answer or a chosen action: the advice for it."""

    def name(self) -> Text:
        return "action_give_advice"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        theme = known_theme(tracker.get_slot("theme"))
        subtopic = entity_value(tracker, "subtopic")
        if subtopic == SKIP_SUBTOPIC and theme:
            return overview(dispatcher, tracker, theme)
        text = latest_text(tracker)
        from actions.routing import WANTS_EXAMPLES_ELSEWHERE, WHAT_ELSE, WHICH_LEAVE

        # Naming the actions to ask for others ("wat nog meer, naast stages?") is no intake answer.
        typed_question = not text.startswith("/") and (
            theme_of_answer(theme, subtopic, text)[1] is None
            or (len(text.split()) > 12 and is_question(text))
            or bool(WHAT_ELSE.search(text))
            # "Welke regelingen zijn er dan eigenlijk?" asks for the regulations, not the action about them.
            or bool(WHICH_LEAVE.search(text))
            or bool(WANTS_EXAMPLES_ELSEWHERE.search(text))
            # "Bouwt ze dan ook vakantiedagen op?" right after a leave regulation asks about that leave.
            or (current_item(tracker) is not None and current_item(tracker).kind.value == "regulation")
            # "trainingen" to the ageing intake names no ageing action: maybe one of its other actions.
            or (theme in TREND_THEMES and subtopic not in subtopics_of(theme) and len(text.split()) <= 3)
        )
        in_conversation = theme is not None and not text.startswith("/") and len(text.split()) > 2
        strong_link = link_index().rank(text)[:1] if in_conversation else []
        if strong_link and strong_link[0][1] >= STRONG_LINK_SCORE:
            # "En iets over buddy's in de thuiszorg?" names a resource of its own, not the action.
            dispatcher.utter_message(response="utter_links_intro")
            utter_links(dispatcher, [strong_link[0][0]])
            return [SlotSet("pending", None), *shown(tracker, strong_link[0][0])]
        if typed_question:
            # "voorwaarden" after the Wfw, "wat doen werkgevers nog meer, naast stages?": typed words
            # that are no plain intake answer say what they ask.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        if theme is None or subtopic not in subtopics_of(theme):
            theme, subtopic = theme_of_answer(theme, subtopic, latest_text(tracker))
        if theme is None:
            from actions.followups import theme_named_in

            named = theme_named_in(text) if not text.startswith("/") else None
            if named:
                # "Mijn docenten zitten er doorheen, de werkdruk is te hoog": a situation, not an intake answer.
                return acknowledge(dispatcher, tracker, domain, named, routed_already=typed_question)
            dispatcher.utter_message(response="utter_topics")
            return [SlotSet("pending", None)]
        return [SlotSet("theme", theme)] + give_advice(dispatcher, tracker, theme, subtopic)


def theme_of_answer(theme: Optional[str], subtopic: Any, text: str):
    """The theme and subtopic an answer means, searching the current theme first."""
    themes = ([theme] if theme else []) + [name for name in TREND_THEMES if name != theme]
    for candidate in themes:
        if subtopic in subtopics_of(candidate):
            return candidate, subtopic
    for candidate in themes:
        found = subtopic_in_text(candidate, text)
        if found:
            return candidate, found
    return theme, None


class ActionHandleYesNo(Action):
    """ "Nee" or "sla over" skips the intake question; "ja", "nee" or "dus je weet het niet?"
    otherwise get what their words ask, or the question what else the user wants."""

    def name(self) -> Text:
        return "action_handle_yes_no"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        theme = known_theme(tracker.get_slot("theme"))
        pending = pending_question(tracker) if latest_intent(tracker) == "deny" else None
        if pending == "subtopic" and theme:
            return overview(dispatcher, tracker, theme)
        if pending == "role" and theme:
            return ask_subtopic(dispatcher, tracker, domain, theme)
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        if _YES_AND_GOODBYE.match(latest_text(tracker)):
            # "oké bye": the yes only closes the conversation.
            dispatcher.utter_message(response="utter_goodbye")
            return [SlotSet("pending", None)]
        dispatcher.utter_message(response="utter_anything_else")
        return [SlotSet("pending", None)]


_YES_AND_GOODBYE = re.compile(
    r"^\W*(?:ok[eé]?|oké|okay|prima|goed|top|ja|nee)\W+(?:dan )?(?:bye|doei|dag|tot ziens|ciao|later|tot later)\W*$",
    re.I,
)


class ActionShowTopics(Action):
    """ "Ander onderwerp", "menu", "terug", "help": the topics, and a clean slate for the intake."""

    def name(self) -> Text:
        return "action_show_topics"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        # "ander onderwerp: ik wil een dag minder werken" names the new topic too.
        from actions.followups import theme_named_in

        named_theme = theme_named_in(text) if not text.startswith("/") else None
        if named_theme in CONVERSATION_THEMES and len(text.split()) > 3:
            return acknowledge(dispatcher, tracker, domain, named_theme, routed_already=True)
        if len(text.split()) > 5 and not text.startswith("/"):
            item = best_match(text, tracker.latest_message)
            if item is not None:
                return answer_with_item(dispatcher, tracker, item)
        dispatcher.utter_message(response="utter_topics")
        return [SlotSet("pending", None), SlotSet("subtopic", None)]


class ActionStartOver(Action):
    """ "Opnieuw beginnen": a fresh conversation. A longer message that only looks like it ("hoe
    begin ik daarmee?") is answered as the question it is."""

    def name(self) -> Text:
        return "action_start_over"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        # "Wanneer mag ik het opnieuw proberen?" is no restart; "begin maar opnieuw" is.
        if len(text.split()) > 4 and not re.search(
            r"(?:begin\w*|start\w*) (?:\w+ )?(?:opnieuw|overnieuw)|(?:opnieuw|overnieuw) (?:beginnen|starten)"
            r"|reset|vanaf het begin|nieuw gesprek|^\W*(?:opnieuw|overnieuw)\W*$",
            text,
            re.I,
        ):
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            item = best_match(text, tracker.latest_message)
            if item is not None:
                return answer_with_item(dispatcher, tracker, item)
            # Words the NLU heard as a restart but that ask something else: no wiped conversation.
            dispatcher.utter_message(response="utter_did_you_mean")
            dispatcher.utter_message(response="utter_topics")
            return []
        dispatcher.utter_message(response="utter_start_over")
        return [Restarted()]
