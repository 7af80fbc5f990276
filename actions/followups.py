"""Follow-up questions about what the conversation showed: more, links, figures, source,
"wat bedoel je met ...?" and a summary the user can copy."""

import re
from typing import List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import (
    current_item,
    entity_value,
    item_message,
    item_text,
    knowledge_base,
    known_theme,
    latest_text,
    points_message,
    sentences_of,
    shown,
    utter_links,
    utter_see_source,
    utter_source,
    web_places,
    words,
)
from actions.context import not_covered
from actions.hours import entitled_hours, format_hours, valid_weekly_hours
from actions.knowledge.schema import BrochureSource, Item, WebSource
from actions.registry import CONVERSATION_THEMES, REASONS_ITEMS, THEME_WORDS, TREND_THEMES
from actions.regulations import answer_regulations, leave_type_of, regulation
from actions.routing import ASKS_WORKLOAD_MEANING, PSA_DEFINITION_ITEM, answer_item_id, route_by_content
from actions.safety_net import keeps_crisis_help_in_view
from actions.search import search_links


def themes_named_in(text: str) -> List[str]:
    """Every theme whose words the text uses, in the registry's order."""
    return [theme for theme, pattern in THEME_WORDS.items() if re.search(pattern, text or "", re.I)]


def theme_named_in(text: str) -> Optional[str]:
    """The theme the words name; of several, bullying or aggression first, then the one trend
    whose action is named ("kan technologie onze personeelstekorten opvangen?")."""
    named = themes_named_in(text)
    if len(named) > 1:
        from actions.advice import UNWANTED_BEHAVIOUR, subtopic_in_text

        if "psa" in named and UNWANTED_BEHAVIOUR.search(text):
            return "psa"
        if {"mantelzorg", "vergrijzing"} <= set(named):
            # "Veel van mijn 60-plussers zorgen ook voor hun ouders": the caregiving is the situation.
            return "mantelzorg"
        with_action = [theme for theme in named if theme in TREND_THEMES and subtopic_in_text(theme, text)]
        if len(with_action) == 1:
            return with_action[0]
    return named[0] if named else None


def current_theme(tracker: Tracker) -> Optional[str]:
    """A theme named in this message wins over the one of the conversation so far."""
    # The NLU's theme entity comes last: "werkstress" in "meer werkstress door mantelzorg" is
    # no new topic.
    return (
        theme_named_in(latest_text(tracker))
        or known_theme(tracker.get_slot("theme"))
        or known_theme(entity_value(tracker, "theme"))
    )


@keeps_crisis_help_in_view
class ActionGiveMore(Action):
    """ "Meer", "waarom?", "leg uit": the points behind the last answer."""

    def name(self) -> Text:
        return "action_give_more"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        from actions.knowledge_search import other_action_of_the_theme

        named_action = other_action_of_the_theme(tracker)
        if named_action is not None and len(latest_text(tracker).split()) > 2:
            # "En hoe krijg ik de docenten mee, er is veel weerstand?" after experimenting with AI,
            # "en hoe informeer ik ze het best?" after the figures: the advice on that action.
            from actions.advice import give_advice

            return give_advice(dispatcher, tracker, tracker.get_slot("theme"), named_action, tracker.get_slot("role"))
        item = current_item(tracker)
        asks_why = bool(re.match(r"\W*(?:en |maar )?waarom\b", latest_text(tracker), re.I))
        if item is not None and item.points and item.kind.value == "advice" and asks_why:
            # "Waarom zou dat helpen?" after an advice: its text says why, its points what to do.
            from actions.knowledge_search import answer_with_item

            return answer_with_item(dispatcher, tracker, item, intro=False)
        if item is None or not item.points:
            # "Waarom integraal?", "wat houdt dat steunpunt in?": a question of its own, searched.
            text = latest_text(tracker)
            found = searched_item(tracker) if len(text.split()) >= 3 and not _ONLY_ASKS_MORE.match(text) else None
            from actions.knowledge_search import answer_with_item

            if found is not None and (item is None or found.id != item.id):
                return answer_with_item(dispatcher, tracker, found)
            if item is not None and asks_why:
                # "Waarom?" after where the shortage is worst: the theme's item on its causes;
                # "waarom zou ik dat doen?" after an advice without more points: its text says why.
                reasons = knowledge_base().items.get(REASONS_ITEMS.get(item.theme.value, ""))
                return answer_with_item(dispatcher, tracker, reasons if reasons and reasons.id != item.id else item)
            following = next_in_theme(tracker, item) if item is not None else None
            if following is not None:
                # "Vertel meer" after a background text without points: the theme's next part.
                return answer_with_item(dispatcher, tracker, following)
            dispatcher.utter_message(response="utter_no_topic_yet" if item is None else "utter_no_more")
            return []
        return give_points(dispatcher, tracker, item)


# "vertel daar eens wat meer over": more of the same, nothing of its own to search for.
_ONLY_ASKS_MORE = re.compile(
    r"^\W*(?:(?:en|kun|kunt|kan|je|jij|u|me|mij|daar|hier|dat|dit|eens|nog|wat|iets|meer|over|vertel|vertellen|uitleg"
    r"|uitleggen|leg|uit|graag|verder|ga|door|aub|alsjeblieft|alstublieft|info|informatie|erover|daarover|hierover)\b\W*)+$",
    re.I,
)


def next_in_theme(tracker: Tracker, item: Item) -> Optional[Item]:
    """The theme's next background, figures or advice item after `item` that was not shown yet."""
    if not known_theme(item.theme.value):
        return None
    already = set(tracker.get_slot("shown_items") or [])
    kinds = ("context", "figures", "advice")
    candidates = [other for other in knowledge_base().find(theme=item.theme.value) if other.kind.value in kinds]
    ids = [other.id for other in candidates]
    after = candidates[ids.index(item.id) + 1 :] + candidates if item.id in ids else candidates
    return next((other for other in after if other.id not in already and other.id != item.id), None)


def give_points(dispatcher: CollectingDispatcher, tracker: Tracker, item: Item) -> List[EventType]:
    """The points (actions, points of attention) behind an answer, with its source and links."""
    dispatcher.utter_message(text=points_message(item))
    links = knowledge_base().links_of([item])
    if links:
        utter_links(dispatcher, links)
    utter_source(dispatcher, item)
    dispatcher.utter_message(response="utter_advice_followup")
    return []


def searched_item(tracker: Tracker) -> Optional[Item]:
    """The knowledge item that best answers the latest message, in the conversation's context."""
    from actions.context import context_prior, reader_audience
    from actions.search import best_match

    text = latest_text(tracker)
    return best_match(
        text,
        tracker.latest_message,
        context_prior(tracker),
        reader_audience(tracker),
        named_theme=theme_named_in(text),
        last_item_id=tracker.get_slot("last_item"),
    )


# Words of any request for a link, which name no resource: "heb je een link?", "en de website?".
_LINK_REQUEST_WORDS = {
    "link",
    "links",
    "linkje",
    "website",
    "site",
    "url",
    "webpagina",
    "pagina",
    "heb",
    "hebt",
    "heeft",
    "een",
    "de",
    "het",
    "van",
    "naar",
    "voor",
    "waar",
    "vind",
    "ik",
    "je",
    "jij",
    "u",
    "en",
    "ook",
    "graag",
    "mag",
    "daar",
    "dat",
    "dit",
    "die",
    "erbij",
    "ervan",
    "bron",
    "bronnen",
    "nog",
    "even",
    "svp",
    "aub",
    "welke",
    "is",
    "er",
    "staat",
    "stond",
    "staan",
    "lezen",
    "nalezen",
    "meer",
    "info",
    "informatie",
    "hulp",
    "daarbij",
    "handleiding",
    "hier",
    "hierover",
    "daarover",
    "over",
    "kan",
    "kun",
    "kunt",
    "vinden",
    "zoeken",
    "zijn",
    "me",
    "mij",
    "om",
    "te",
    "ze",
}


def _named_in(links: List[Item], text: str) -> List[Item]:
    """The links the text names by title or keyword: "die RI&E, waar vind ik hulp daarbij?"."""
    lowered = words(text)  # padded with spaces, so whole words match
    return [
        link
        for link in links
        if any(
            words(name) in lowered
            for name in [link.title, *link.keywords]
            if len(words(name).strip()) >= 3 and not set(words(name).split()) <= _RESOURCE_NOUNS
        )
    ]


# Words that name a kind of resource, not which one: "is daar een handleiding voor?".
_RESOURCE_NOUNS = {
    "handleiding",
    "tool",
    "toolkit",
    "stappenplan",
    "checklist",
    "platform",
    "instrument",
    "route",
    "website",
    "link",
    "informatie",
    "preventie",
    "veiligheid",
    "inspiratie",
    "voorbeelden",
}


def _names_more_than_a_link(text: str) -> bool:
    """ "MKB preventietool link?" names a resource; "heb je een link?" does not."""
    return any(word not in _LINK_REQUEST_WORDS for word in re.findall(r"[^\W\d_]{2,}", text.lower()))


class ActionGiveLinks(Action):
    def name(self) -> Text:
        return "action_give_links"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        knowledge = knowledge_base()
        item = current_item(tracker)
        named_theme = known_theme(entity_value(tracker, "theme"))
        theme = current_theme(tracker)
        # A named resource ("waar vind ik de Participatieve Aanpak?") goes first, then the
        # links of the current answer unless the message names a theme, then the theme's.
        text = latest_text(tracker)
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        if item is not None and re.search(r"wettekst|\bde wet\b|wetsartikel|\bwelk artikel", text, re.I):
            # "Waar vind ik de wettekst?", "link naar de wet?": the law the last answer cites.
            if utter_see_source(dispatcher, item):
                return []
        # "Link?" or "waar staat dat?" is about the last answer; a longer question may name a resource.
        about_last_answer = re.search(r"\b(?:daar|dat|dit|die|hiervoor|daarvoor|daarover|hierover)\b", text, re.I)
        names_something = len(text.split()) > 4 or _names_more_than_a_link(text)
        found = search_links(text) if names_something else []
        links = found if not (about_last_answer and item) else []
        other_themes = all(link.theme.value not in (theme, "algemeen") for link in links)
        if links and theme and other_themes and not _named_in(links, text):
            # "En waar vind ik meer praktische info?" during PSA: the theme's links, not another theme's.
            links = knowledge.links_of(knowledge.find(theme=theme)) or links
        if not links and item is not None and not named_theme:
            # "Die RI&E, waar vind ik hulp daarbij?": the last answer's links, else the one named.
            links = knowledge.links_of([item]) or _named_in(found, text)
            if not links and utter_see_source(dispatcher, item):
                return []
        if not links and theme:
            links = knowledge.links_of(knowledge.find(theme=theme))
        if not links:
            # "Link?" after a general answer ("ander onderwerp" cleared the theme): the links of
            # the newest answer of this conversation that has a theme with links.
            for shown_id in reversed(tracker.get_slot("shown_items") or []):
                earlier = knowledge.items.get(shown_id)
                if earlier is not None and known_theme(earlier.theme.value):
                    links = knowledge.links_of(knowledge.find(theme=earlier.theme.value))
                    if links:
                        break
        if not links:
            dispatcher.utter_message(response="utter_no_links")
            return []
        dispatcher.utter_message(response="utter_links_intro")
        utter_links(dispatcher, links)
        return shown(tracker, *links)[1:]


class ActionGiveFigures(Action):
    def name(self) -> Text:
        return "action_give_figures"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if not_covered(latest_text(tracker)):
            dispatcher.utter_message(response="utter_not_covered")
            return []
        from actions.routing import EMPLOYER_DUTY_ITEM, answer_before_figures, asks_employer_duty_not_figures

        # "Hoeveel uur is dat?" after calamiteitenverlof, "hoeveel werkgevers zijn ondervraagd?":
        # questions with numbers in them that the survey's figures do not answer.
        answered = answer_before_figures(dispatcher, tracker)
        if answered is not None:
            return answered
        if asks_employer_duty_not_figures(latest_text(tracker)):
            # "Moet mijn werkgever hier eigenlijk iets mee?" after a threat at the desk: the duty.
            return answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM)
        return give_figures(dispatcher, tracker)


def give_figures(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """The figures of the conversation's theme, or those a question names."""
    from actions.routing import WHAT_ELSE, figures_matching, last_response

    theme = current_theme(tracker)
    knowledge = knowledge_base()
    text = latest_text(tracker)
    item = current_item(tracker)
    if theme is None and item is not None and known_theme(item.theme.value) in TREND_THEMES:
        # "Welke regelingen voor mantelzorgers kan ik op het intranet zetten?" ... "cijfers?": the
        # last answer's theme, also when it was reached without the theme being set.
        theme = item.theme.value
    if theme == "psa" and not figures_matching(text, None):
        # "Hoe erg is dit landelijk, heb je cijfers?" about work pressure: the national figures.
        return answer_with_figures(dispatcher, tracker, knowledge.find(theme="algemeen", kind="figures"))
    if (
        theme is None
        and item is not None
        and item.theme.value == "regelingen"
        and re.search(r"werkgevers|bedrijven|organisaties", text, re.I)
    ):
        # "Hoeveel werkgevers doen zoiets al?" after flexible hours for a caregiver: the
        # caregiving figures, which count what employers do for caregivers.
        theme = "mantelzorg"
    if last_response(tracker) in ("utter_distress_help", "utter_distress_followup") and not theme_named_in(text):
        # "Burn-out denk ik" … "hoe vaak komt dat eigenlijk voor?": the national figures.
        return answer_with_figures(dispatcher, tracker, knowledge.find(theme="algemeen", kind="figures"))
    if WHAT_ELSE.search(text) and theme in TREND_THEMES:
        # "Wat doen werkgevers nog meer, naast stages en technologie?": all the theme's actions.
        return answer_with_figures(dispatcher, tracker, knowledge.find(theme=theme, kind="figures"))
    named = None if _asks_general_figures(text) else figures_matching(text, theme)
    if named is not None and theme_named_in(text) in TREND_THEMES and named.theme.value != theme_named_in(text):
        # "Verwachten werkgevers dat AI voor meer werkstress gaat zorgen?": the AI figures, not the
        # caregiving figure that shares the words "verwachten" and "zorgen".
        named = None
    if named is not None:
        # "Hoeveel werkgevers zetten in op trainingen en loopbaanbegeleiding?": that figure's item.
        return answer_with_figures(dispatcher, tracker, [named])
    figures = knowledge.find(theme=theme, kind="figures") if theme else []
    if not figures or (_asks_general_figures(text) and not theme_named_in(text)):
        figures = knowledge.find(theme="algemeen", kind="figures") + figures
    if not figures:
        dispatcher.utter_message(response="utter_no_topic_yet")
        return []
    return answer_with_figures(dispatcher, tracker, figures)


def answer_with_figures(dispatcher: CollectingDispatcher, tracker: Tracker, figures: List[Item]) -> List[EventType]:
    """Figures items with all their points and the first one's source; their theme becomes the
    conversation's."""
    dispatcher.utter_message(response="utter_figures_intro")
    for item in figures:
        body = item_message(item)
        if item.points:
            body += "\n" + points_message(item)
        dispatcher.utter_message(text=body)
    utter_source(dispatcher, figures[0])
    events: List[EventType] = shown(tracker, *figures)
    theme = figures[-1].theme.value
    if theme in TREND_THEMES:
        events.append(SlotSet("theme", theme))
    return events


def _asks_general_figures(text: str) -> bool:
    """Questions on work stress as a whole (its cost, absence) whatever the current theme."""
    return bool(re.search(r"verzuim|kost|euro|€|burn-?out|stressklacht", text, re.I))


class ActionGiveSource(Action):
    def name(self) -> Text:
        return "action_give_source"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if len(latest_text(tracker).split()) > 6 or re.search(
            r"\bwelke wet\b|\bwelk (?:wets)?artikel|\bbij wie\b|\b(?:weet|ken) (?:je|jij|u)\b|\bwie weet\b",
            latest_text(tracker),
            re.I,
        ):
            # "Welke wettelijke regelingen moeten er op die pagina komen?" is no question for a
            # source; "welke wet is dat?" gets the law's name, not only its pages.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        return give_source(dispatcher, tracker)


def give_source(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """The source of the last answer, and with figures the study behind each figure."""
    item = _explained_term_asked_about(tracker) or current_item(tracker)
    if item is None and tracker.get_slot("leave_type"):
        # After hours were computed or refused, the regulation discussed is the source.
        item = regulation(tracker.get_slot("leave_type"))
    if item is None:
        dispatcher.utter_message(response="utter_no_source_yet")
        return []
    cited = [point for point in item.points if re.search(r"\((?:[^()]*\b(?:19|20)\d\d)\)", point)]
    if item.kind.value == "figures" and cited:
        # "Waar komt dat getal vandaan?": each figure with the study the brochure cites for it;
        # "waar komt die 2,1 miljoen vandaan?": the figure named.
        numbers = re.findall(r"\d+(?:[.,]\d+)?", latest_text(tracker))
        named = [
            point for point in cited if any(re.search(rf"(?<![\d,.]){re.escape(n)}(?!\d)", point) for n in numbers)
        ]
        dispatcher.utter_message(text="\n".join(f"- {point}" for point in named or cited))
    utter_source(dispatcher, item)
    return []


def _explained_term_asked_about(tracker: Tracker) -> Optional[Item]:
    """ "Waar komt die uitleg vandaan?" after a rule with the term it uses explained beside it
    (the rule stays the last item shown): the term's own source."""
    if not _ABOUT_THE_EXPLANATION.search(latest_text(tracker)):
        return None
    from actions.context import events_of_last_answer

    said = " ".join(event.get("text") or "" for event in events_of_last_answer(tracker) if event.get("event") == "bot")
    explained = [item for item in knowledge_base().find(kind="definition") if item.title and item.title in said]
    return explained[0] if explained else None


_ABOUT_THE_EXPLANATION = re.compile(r"\buitleg\b|\bbegrip\b|\bterm\b|\bbetekenis\b|\bdefinitie\b|\buitgelegd\b", re.I)


def definition_in(text: str) -> Optional[Item]:
    lowered = words(text)
    definitions = knowledge_base().find(kind="definition")
    # The longest matching term wins ("zwaarwegend bedrijfsbelang" over "belang").
    scored = [(len(term), item) for item in definitions for term in item.terms if words(term) in lowered]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


_ASKS_WHICH_LEAVE = re.compile(
    r"\b(?:wat|welk) (?:is |soort )?(?:dat|dit|het) (?:dan )?(?:voor )?(?:verlof|regeling)\b|\bwelk verlof\b", re.I
)


@keeps_crisis_help_in_view
class ActionExplainTerm(Action):
    """ "Wat bedoel je met ...?": only the checked plain-language explanations; else the source."""

    def name(self) -> Text:
        return "action_explain_term"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        text = latest_text(tracker)
        item = current_item(tracker)
        if ASKS_WORKLOAD_MEANING.search(text):
            # The brochure describes too high a workload: no term to quote from elsewhere.
            return answer_item_id(dispatcher, tracker, PSA_DEFINITION_ITEM)
        if _ASKS_WHICH_LEAVE.search(text):
            # "Ik moest vandaag direct weg, wat is dat dan voor verlof?": which leave, not a term.
            return answer_regulations(dispatcher, tracker, leave_type_of(tracker))
        if re.search(r"\bpago\b|periodiek arbeidsgezondheidskundig", text, re.I):
            # "Wat bedoel je eigenlijk met PAGO?": the checked item that says what it is.
            from actions.routing import PAGO_ITEM

            return answer_item_id(dispatcher, tracker, PAGO_ITEM)
        definition = definition_in(text)
        if definition is None and item is not None and re.search(r"\b(?:dat|dit|daar|daarmee)\b", text, re.I):
            # "Wat valt daar dan onder?" about the term in the last answer.
            definition = definition_in(" ".join([item.text, item.refusal or ""]))
        if definition is None and re.search(r"\b(?:dat|dit|daar|die)\b", text, re.I) and len(text.split()) > 4:
            # "Wat betekent dat voor de mensen die er al werken?" is a question, not a term: searched
            # directly (the routing sent it here, so it must not route it again).
            from actions.knowledge_search import answer_with_item, utter_unknown

            found = searched_item(tracker)
            if found is None:
                utter_unknown(dispatcher)
                return []
            return answer_with_item(dispatcher, tracker, found)
        if definition is not None:
            return self.explain(dispatcher, tracker, definition)
        if not _ASKS_ABOUT_A_TERM.search(text) and len(text.split()) > 3:
            # "Welke acties zetten werkgevers in, behalve stages?" is a question, not a term.
            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            from actions.knowledge_search import answer_with_item

            found = searched_item(tracker)
            if found is not None:
                return answer_with_item(dispatcher, tracker, found)
        titled = _item_titled(term_asked(text))
        if titled is not None:
            # "Wat bedoel je met PAGO?": the item that explains it ("Wat is een PAGO?").
            from actions.knowledge_search import answer_with_item

            return answer_with_item(dispatcher, tracker, titled)
        quoted = sentences_naming(term_asked(text), item)
        if quoted:
            # No checked plain-language explanation, but the sources use the term: their own words.
            found_in, sentences = quoted
            dispatcher.utter_message(response="utter_explain_from_source")
            dispatcher.utter_message(text="\n".join(sentences))
            utter_source(dispatcher, found_in)
            return shown(tracker, found_in)
        dispatcher.utter_message(response="utter_explain_unknown")
        utter_see_source(dispatcher, item)
        return []

    @staticmethod
    def explain(dispatcher: CollectingDispatcher, tracker: Tracker, definition: Item) -> List[EventType]:
        """A checked plain-language explanation, with where it comes from."""
        where = ", ".join(web_places(definition.source))
        dispatcher.utter_message(
            response="utter_explain_term", term=definition.title, explanation=item_text(definition), source=where
        )
        return shown(tracker, definition)


_ASKS_ABOUT_A_TERM = re.compile(
    r"wat (?:bedoel|betekent|betekenen|houdt|is|zijn|versta|verstaan|wordt)|betekenis|\buitleg|leg .{0,20}uit"
    r"|term|begrip|woord",
    re.I,
)


def _item_titled(term: str) -> Optional[Item]:
    """The one knowledge item whose title asks what the term is: "PAGO" → "Wat is een PAGO?"."""
    if len(term.split()) > 3 or len(term) < 3:
        return None
    asked = words(term)
    found = [
        item
        for item in knowledge_base().items.values()
        if re.match(r"\s*wat (?:is|zijn|betekent)\b", item.title, re.I) and asked in words(item.title)
    ]
    return found[0] if len(found) == 1 else None


def term_asked(text: str) -> str:
    """The words after "wat bedoel je met", "wat betekent", "wat is een": the term asked about."""
    match = re.search(
        r"(?:bedoel (?:je|jij|u) (?:precies )?met|betekent|betekenen|houdt|versta (?:je|ik|u) onder|verstaan onder"
        r"|wat (?:is|zijn) (?:een|het|de)?)\s+(.+)",
        text or "",
        re.I,
    )
    term = match.group(1) if match else ""
    return re.sub(r"\b(?:precies|eigenlijk|dan|nou|in)\b|[?!.]", " ", term).strip()


def sentences_naming(term: str, current: Optional[Item]):
    """The sentences of one knowledge item that use the term (the last answer's item first)."""
    stems = [word[:7].lower() for word in re.findall(r"\w{4,}", term)]
    if not stems:
        return None
    items = ([current] if current is not None else []) + list(knowledge_base().items.values())
    for item in items:
        naming = [sentence for sentence in sentences_of(item) if all(stem in sentence.lower() for stem in stems)]
        if naming:
            return item, naming[:2]
    return None


class ActionSummarize(Action):
    """A recap of what this conversation showed, with links and sources: the start of an action plan."""

    def name(self) -> Text:
        return "action_summarize"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        knowledge = knowledge_base()
        items = [knowledge.items[i] for i in tracker.get_slot("shown_items") or [] if i in knowledge.items]
        if not items:
            named = theme_named_in(latest_text(tracker))
            if named in CONVERSATION_THEMES:
                # "AI en werkstress: wat is het belangrijkste dat ik moet weten?" asks for the theme.
                from actions.advice import acknowledge

                return acknowledge(dispatcher, tracker, domain, named)
            if tracker.get_slot("theme") in TREND_THEMES:
                # "Kun je het samenvatten?" right after the intake question: the actions in a line each.
                from actions.advice import all_actions_briefly

                return all_actions_briefly(dispatcher, tracker, tracker.get_slot("theme"))
            dispatcher.utter_message(response="utter_summary_empty")
            return []
        dispatcher.utter_message(response="utter_summary_intro")
        # A manager's summary computes with the staff member's hours they gave.
        hours = tracker.get_slot("hours") or tracker.get_slot("staff_hours")
        dispatcher.utter_message(text="\n".join(_summary_line(item, hours) for item in items))
        return []


def _summary_line(item: Item, hours: Optional[float]) -> str:
    line = f"- {item.title}: {item_text(item)}"
    if item.kind.value == "figures" and item.points:
        # The figures name the actions employers take: "81 % noemt scholing".
        line += " " + " ".join(item.points)
    if item.kind.value == "advice":
        from actions.advice import figure_for_action

        figure = figure_for_action(item.theme.value, item.subtopic)
        line += f" Uit het onderzoek van TNO en RIVM onder werkgevers: {figure}" if figure else ""
    if item.entitlement and valid_weekly_hours(hours):
        leave = format_hours(entitled_hours(hours, item.entitlement.weeks_of_hours))
        line += f" Bij {format_hours(hours)} uur per week: maximaal {leave} uur per 12 maanden."
    if item.url:
        line += f" {item.url}"
    links = [str(link.url) for link in knowledge_base().links_of([item]) if link.id != item.id]
    if links:
        line += " Links: " + " ".join(links)
    source = item.source
    if isinstance(source, BrochureSource):
        line += f" (bron: brochure TNO/RIVM, {source.section})"
    elif isinstance(source, WebSource):
        line += f" (bron: {' '.join(map(str, source.urls)) or source.reference})"
    else:
        line += " (advies, geen wettelijke regel)"
    return line
