"""Leave and flexible-work regulations, told to the side that asks, with entitlements
computed for the hours given (the user's own, or a staff member's for a manager)."""

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
    knowledge_base,
    latest_intent,
    latest_text,
    shown,
    user_texts,
    utter_sources,
    word_stems,
)
from actions.context import (
    about_someone_else,
    is_question,
    leave_named_in,
    leaves_named_in,
    names_both_care_leaves,
    not_covered,
    pending_question,
    speaks_for_employer,
)
from actions.feedback import ask_feedback
from actions.hours import (
    entitled_hours,
    format_hours,
    hours_as_written,
    hours_from_parts,
    hours_not_weekly,
    impossible_hours,
    number_in,
    only_clock_times,
    parse_weekly_hours,
    valid_weekly_hours,
    why_hours_impossible,
)
from actions.knowledge.schema import Item
from actions.registry import CARE_LEAVE_TYPES, INTENT_LEAVE_TYPES, LEAVE_TYPES, TREND_THEMES
from actions.safety_net import keeps_crisis_help_in_view

# Something sudden happened: calamiteitenverlof comes first, then kortdurend zorgverlof.
SUDDEN = re.compile(
    # "niet acuut ziek maar wel hulpbehoevend" is not sudden.
    r"koorts|ongeluk|ongeval|beroerte|hartaanval|herseninfarct|(?<!niet )plotseling|plots\b|(?<!niet )acuut|spoed|(?<!uit het )(?<!uit de )ziekenhuis|eerste hulp|opgehaald|ophalen|"
    r"(?<!lastig )(?<!lastig ge)gevallen|onverwacht|ineens|opeens|noodgeval|gebeld door school|van school|onwel|flauwgevallen|meteen weg|direct weg|"
    r"meteen naar|direct naar|\bnu (?:gewoon |meteen |direct )?(?:naar huis|weg)\b|"
    # Unforeseen events at home: "vannacht is zijn huis afgebrand".
    r"afgebrand|\bbrand (?:gehad|in)\b|\bin brand\b|waterschade|\blekkage\b|overstroming|ingebroken|\binbraak\b|leiding (?:is )?gesprongen",
    re.I,
)


_PLAIN_CARE_LEAVE = re.compile(
    r"(?<!kortdurend )(?<!langdurend )(?<!langdurig )(?<!kortdurig )(?<!kort )(?<!lang )\bzorgverlof\b", re.I
)
_ASKS_PROOF = re.compile(
    r"\bbewij[sz]|\bverklaring\b|\bbriefje\b|\baantonen\b|\b(?:iets|wat|papieren) (?:\w+ )?(?:kunnen )?laten zien\b|\bonderbouwen\b",
    re.I,
)
_PROOF = re.compile(r"bewijs|verklaring|informatie", re.I)


def says_nothing_about_asked_proof(item: Item, text: str) -> bool:
    """ "Moet ik kunnen bewijzen dat ze ziek is?" about a leave whose facts say nothing of proof."""
    if not _ASKS_PROOF.search(text or ""):
        return False
    return not any(_PROOF.search(part) for part in [item.text, *item.points, item.apply or ""])


def proof_points(item: Item, text: str) -> List[str]:
    """ "Moet ik daarvan iets kunnen laten zien?": what the facts say about proof, if anything."""
    if not _ASKS_PROOF.search(text or ""):
        return []
    return [point for point in item.points if re.search(r"\bbewijs\b", point)]


_DURATION = re.compile(r"hoe ?lang|hoeveel (?:uur|dagen|tijd)|hoelang", re.I)


def regulation(leave_type: str) -> Optional[Item]:
    matches = knowledge_base().find(theme="regelingen", kind="regulation", subtopic=leave_type)
    return matches[0] if matches else None


def regulations_for(leave_type: Optional[str]) -> List[Item]:
    kinds = [leave_type] if leave_type else list(CARE_LEAVE_TYPES)
    return [item for item in map(regulation, kinds) if item is not None]


def leave_type_of(tracker: Tracker) -> Optional[str]:
    """The leave this message is about: a leave named in the text, the NLU's, else None.

    A short follow-up that names no leave ("en hoe snel moet hij beslissen?") stays with the
    leave of the conversation, whatever leave intent the NLU guessed."""
    text = latest_text(tracker)
    if names_both_care_leaves(text):
        return None
    named_in_text = leave_named_in(text)
    if named_in_text:
        return named_in_text
    if re.search(r"\bzorgverlof\b", text, re.I) and tracker.get_slot("leave_type") not in CARE_LEAVE_TYPES:
        # Plain "zorgverlof" names no kind: both care leaves, not the NLU's guess between them, nor
        # the calamity leave or the Wfw talked about before ("mag hij mijn zorgverlof weigeren?").
        return None
    entity = entity_value(tracker, "leave_type")
    if entity in LEAVE_TYPES:
        return entity
    current = tracker.get_slot("leave_type")
    if current == "flexibel_werken" and re.search(r"\bverlof\b|\bvrij\b", text, re.I):
        # "En kan hij daarnaast verlof krijgen voor de zorg?" after the Wfw: leave, not other hours.
        return "calamiteitenverlof" if SUDDEN.search(text) else None
    if current and len(text.split()) <= 12 and (current == "flexibel_werken" or not SUDDEN.search(text)):
        return current
    if SUDDEN.search(text):
        # Something sudden happened: calamiteitenverlof first, whatever leave the NLU guessed.
        return None
    if parse_weekly_hours(text) is not None and re.search(r"\bverlof\b|\bzorgverlof\b", text, re.I):
        # "Ik werk 40 uur, hoeveel verlof kan ik krijgen?": both kinds, whatever kind the NLU guessed.
        return None
    return INTENT_LEAVE_TYPES.get(latest_intent(tracker))


# What a question asks about a regulation, read from its words (any intent may carry them).
ASPECT_WORDS = {
    "leave_refuse": re.compile(
        r"weiger|nee zeggen|nee zeg\b|ja zeggen|niet (?:wil |willen )?toesta|\btoe (?:te )?staan\b|\btoestaan\b|goed ?(?:te )?keuren|niet goedkeur|instemmen|akkoord (?:gaan|geven)|afwijz|afgewezen|tegenhouden|verbieden|\beisen\b|thuis ?(?:te )?werk|werkplek",
        re.I,
    ),
    "leave_paid": re.compile(r"betaald|doorbetal|\bloon|salaris|geld|procent|%|kost(?:en)? het", re.I),
    "ask_how_to_apply": re.compile(
        r"aanvra|aanvraag|\bmeld|\bdoor ?(?:te )?geven\b|\bgeef (?:ik|je|u) (?:dat|het|dit) (?:\w+ )?door\b|\binlichten\b|schriftelijk|van ?tevoren|formulier|hoe regel|verzoek|procedure|erbij (?:vertellen|zeggen)|op papier|mondeling"
        r"|\bhoe (?:doe|pak|regel|krijg) (?:ik|je|we|u) (?:dat|het|dit)\b|\b(?:vertellen|zeggen) waarom\b|\breden (?:geven|opgeven|noemen)"
        r"|\bwat (?:moet|zet|schrijf) ik (?:er )?(?:dan )?(?:zelf )?(?:in|bij) (?:zetten|schrijven|noemen)?\b|\berin (?:zetten|schrijven)\b",
        re.I,
    ),
    "ask_relation": re.compile(
        r"\bbu(?:u)?r(?:vrouw|man|en)\b|vriend|\boma\b|\bopa\b|grootouder|schoon|huisgenoot|voor wie|familie|"
        r"niet mijn eigen|stief|pleeg|\bneef|\bnicht|\btante|\boom\b|\bmoeder|\bvader|\bouders?\b|\bzus|\bbroer|"
        r"\bpartner|\bkind\b|\bdochter|\bzoon",
        re.I,
    ),
}


# People whose place in the law people doubt: a neighbour, a friend, an in-law, an uncle.
UNUSUAL_RELATION = re.compile(
    r"\bbu(?:u)?r(?:vrouw|man|en|meisje|jongen)\b|\bvriend|\bschoon|huisgenoot|\bstief|\boom\b|\btante\b|\bneef\b|\bnicht\b"
    r"|niet mijn eigen|\bvoor wie\b|woont bij (?:ons|mij) in|inwonend"
    # "Val ik onder zorgverlof voor een oma? Ze is geen ouder van mij."
    r"|\bonder (?:het )?(?:zorg)?verlof (?:\w+ ){0,2}voor (?:een |mijn |m[ij]n )?(?:oma|opa|grootouder\w*|kleinkind\w*)\b"
    r"|\bgeen (?:ouder|familie) van\b|\bis geen (?:ouder|familie|kind)\b|\btelt (?:een|mijn|zijn|haar|zn|mn) \w+ (?:eigenlijk |dan |ook )*(?:wel|mee)\b",
    re.I,
)


# Relatives people are unsure of, though the law names them: grandparents, grandchildren, siblings.
_RELATIVE_IN_DOUBT = re.compile(r"\bopa\b|\boma\b|grootouder|kleinkind|\bbroer|\bzus\b|\bzussen\b", re.I)


def aspects_in(text: str, intent: Optional[str]) -> List[str]:
    found = [aspect for aspect, pattern in ASPECT_WORDS.items() if pattern.search(text or "")]
    if intent in ASPECT_WORDS and intent not in found:
        found.insert(0, intent)
    return found


_STOP = {
    "mijn",
    "voor",
    "hebben",
    "heeft",
    "wordt",
    "worden",
    "kunnen",
    "zorgverlof",
    "verlof",
    "werkgever",
    "moet",
    "mag",
}


# Question words → the words of the point that answers them ("hoe snel" → "beslist").
POINT_SYNONYMS = (
    (
        r"snel|antwoord|reageer|reageert|beslis|niks gezegd|niets gezegd|geen reactie|niks gehoord"
        r"|(?:niks|niets) (?:laat|laten) horen|te laat|niet op tijd|reageren|van tevoren|wanneer hoor ik|hoor ik (?:\w+ )?(?:of|wanneer|iets)",
        "beslist|niet op tijd",
    ),
    (
        r"opnieuw|nog een keer|nog eens|weer vragen|weer aanvragen|wanneer (?:kan|mag) (?:het|dat|ik) (?:dan )?(?:wel|weer)",
        "nieuw verzoek",
    ),
    (r"termijn|deadline|hoe lang van tevoren|wanneer moet", "beslist|2 maanden|2 weken|26 weken"),
    (r"in dienst|net begonnen|pas begonnen|nieuwe baan", "26 weken"),
    (
        r"klein|werknemers|personeel|medewerkers in dienst|bedrijfje|wat moet .{0,25}(?:werkgever|baas) .{0,12}doen",
        "minder dan 10",
    ),
    (r"\bcao\b|ondernemingsraad|\bor\b", "cao"),
    (r"vakantie", "vakantiedagen"),
    (r"vertellen|erbij zeggen|bij zeggen|melden|doorgeven", "reden|duur|meld"),
    (r"arts|dokter|briefje|verklaring|bewijs", "verklaring|bewijs"),
    (r"hoe lang|duur", "hoe lang"),
    (r"thuis|werkplek", "werkplek"),
    (
        r"plotseling|onvoorzien|ineens|acuut|ziek geworden|net ziek|ernstig ziek|verandert (?:dat|dit) iets|uitzondering",
        "onvoorziene",
    ),
)


def relevant_points(item: Item, text: str) -> List[str]:
    """The item's points that share a content word (first 5 letters) with the question, or
    that answer what the question asks in other words."""
    lowered = (text or "").lower()
    stems = word_stems(lowered, _STOP)
    wanted = [answer for question, answer in POINT_SYNONYMS if re.search(question, lowered)]
    return [
        point
        for point in item.points
        if stems & word_stems(point) or any(re.search(answer, point, re.I) for answer in wanted)
    ]


def weekly_hours_in_message(tracker: Tracker) -> Optional[float]:
    """Weekly hours in this message; "4 dagen" counts the hours per day said just before."""
    text = latest_text(tracker)
    earlier_texts = user_texts(tracker)[-4:-1]
    return hours_from_parts(text, earlier_texts) or parse_weekly_hours(text)


def hours_for_answer(tracker: Tracker) -> Optional[float]:
    """Hours in this message, else the user's own hours (only when they ask for themselves)."""
    text = latest_text(tracker)
    value = entity_value(tracker, "hours")
    hours = weekly_hours_in_message(tracker)
    # The NLU's number only when it is plainly working hours: not "6 weken in dienst" or
    # "om half 10 in plaats van 8 uur".
    if (
        hours is None
        and value is not None
        and not only_clock_times(text)
        and (re.search(r"\d\s*(?:uur|u)\b", str(value)) or len(text.split()) <= 4)
    ):
        hours = parse_weekly_hours(str(value))
    if hours is not None:
        return hours
    if speaks_for_employer(tracker):
        return tracker.get_slot("staff_hours")
    return tracker.get_slot("hours") or tracker.get_slot("staff_hours") or _own_hours_said_before(tracker)


def _own_hours_said_before(tracker: Tracker) -> Optional[float]:
    """ "Ik werk 32 uur. Op hoeveel vakantie-uren heb ik recht?" ... "en kortdurend zorgverlof dan?":
    hours the user gave about themselves in a message the bot could not answer (nothing stored)."""
    for earlier in reversed(user_texts(tracker)[:-1]):
        hours = parse_weekly_hours(earlier)
        if re.search(r"\bik werk\b", earlier, re.I) and valid_weekly_hours(hours) and not about_someone_else(earlier):
            return hours
    return None


def own_hours_events(tracker: Tracker, hours: Optional[float]) -> List[EventType]:
    """Stores hours as the user's own only when they are not a staff member's."""
    text = latest_text(tracker)
    if not valid_weekly_hours(hours):
        return []
    if about_someone_else(text) or speaks_for_employer(tracker):
        role = [] if tracker.get_slot("role") else [SlotSet("role", "leidinggevende")]
        return role + [SlotSet("staff_hours", hours)]
    return [SlotSet("hours", hours)]


def utter_hours_reading(dispatcher: CollectingDispatcher, text: str, hours: Optional[float]) -> None:
    """ "24 uur per 2 weken is 12 uur per week": the arithmetic said back, so the user can check it."""
    written = hours_as_written(text)
    if written and valid_weekly_hours(hours):
        dispatcher.utter_message(response="utter_hours_reading", written=written, hours=format_hours(hours))


def utter_entitlement(dispatcher: CollectingDispatcher, item: Item, hours: float, employer: bool) -> None:
    entitlement = item.entitlement
    dispatcher.utter_message(
        response="utter_leave_computed_employee" if employer else "utter_leave_computed",
        hours=format_hours(hours),
        leave_hours=format_hours(entitled_hours(hours, entitlement.weeks_of_hours)),
        leave_name=item.title.lower(),
        weeks=format_hours(entitlement.weeks_of_hours),
        pay_rule=_pay_rule(item, employer),
    )


def _pay_rule(item: Item, employer: bool) -> str:
    """The pay during a leave with an entitlement, worded for the employer when they ask."""
    if employer and item.employer and item.employer.pay:
        return item.employer.pay
    return item.entitlement.pay_rule


def utter_other_care_leave(dispatcher: CollectingDispatcher, item: Item, hours: float, employer: bool) -> None:
    """One line on the other care leave for the same hours: people who ask about one kind often
    weigh it against the other (paid and short, or unpaid and long)."""
    others = [
        other
        for other in regulations_for(None)
        if other.entitlement and other.subtopic in CARE_LEAVE_TYPES and other.subtopic != item.subtopic
    ]
    for other in others:
        dispatcher.utter_message(
            response="utter_other_care_leave_computed",
            hours=format_hours(hours),
            leave_hours=format_hours(entitled_hours(hours, other.entitlement.weeks_of_hours)),
            leave_name=other.title.lower(),
            pay_rule=_pay_rule(other, employer),
        )


def _gist(item: Item, employer: bool) -> str:
    """The first sentence of a regulation, and the answer after it when it opens with a question."""
    sentences = re.split(r"(?<=[.?!])\s+", item_message(item, False, employer))
    return " ".join(sentences[:2]) if sentences[0].endswith("?") else sentences[0]


def refuse_hours(dispatcher: CollectingDispatcher, text: str, hours: Optional[float] = None) -> None:
    """Why these hours cannot be used ("een week heeft maar 168 uur"), then the question again."""
    reason = why_hours_impossible(text, hours)
    dispatcher.utter_message(response=f"utter_hours_impossible_{reason}" if reason else "utter_hours_impossible")
    dispatcher.utter_message(response="utter_hours_invalid")


def list_regulations(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Every regulation the checked facts hold, each in its own first sentence, with sources."""
    items = [item for kind in LEAVE_TYPES for item in regulations_for(kind)]
    employer = speaks_for_employer(tracker)
    dispatcher.utter_message(text="\n".join(f"- {item.title}: {_gist(item, employer)}" for item in items))
    utter_sources(dispatcher, items)
    dispatcher.utter_message(response="utter_leave_kinds")
    # The two care leaves last: "is dat betaald?" then answers for both of them.
    care_last = sorted(items, key=lambda item: item.subtopic in CARE_LEAVE_TYPES)
    return [SlotSet("leave_type", None), *shown(tracker, *care_last)]


def compare_care_leaves(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """ "Wat is het verschil tussen die twee verloven?" after both care leaves: for whom, how much
    and what pay, side by side."""
    items = [item for kind in CARE_LEAVE_TYPES for item in regulations_for(kind)]
    employer = speaks_for_employer(tracker)
    lines = []
    for item in items:
        entitlement = item.entitlement
        pay = _aspect(item, "leave_paid", employer) or (entitlement.pay_rule if entitlement else "")
        sentences = re.split(r"(?<=[.?!])\s+", item_message(item, False, employer))
        how_much = " ".join(sentence for sentence in sentences[1:] if "12 maanden" in sentence)
        lines.append(" ".join(part for part in (f"- {item.title}: {_gist(item, employer)}", how_much, pay) if part))
    dispatcher.utter_message(text="\n".join(lines))
    utter_sources(dispatcher, items)
    return [SlotSet("leave_type", None), SlotSet("pending", None), *shown(tracker, *items)]


def answer_regulations(
    dispatcher: CollectingDispatcher, tracker: Tracker, leave_type: Optional[str], show_all_points: bool = True
) -> List[EventType]:
    """What the regulation(s) say to the side that asks, with the details the question asks for
    and, with hours, how much leave that is. Both care leaves when the kind is not known."""
    text = latest_text(tracker)
    employer = speaks_for_employer(tracker)
    # "Ik werk nu 4x9 en wil naar 3 dagen van 9": a Wfw question needs no hours to answer.
    if impossible_hours(text) and leave_type != "flexibel_werken":
        refuse_hours(dispatcher, text)
        return [SlotSet("leave_type", leave_type), SlotSet("pending", "hours")]
    if hours_not_weekly(text):
        dispatcher.utter_message(response="utter_hours_not_covered")
        return [SlotSet("leave_type", leave_type)]
    if leave_named_in(text) == "langdurend_zorgverlof" and leave_type != "flexibel_werken":
        # ("hulpbehoevend" names the long care leave, but "kan ik minder uren vragen?" asks the Wfw.)
        leave_type = "langdurend_zorgverlof"
    # "Ik werk in een ziekenhuis": a workplace; "volgende maand een operatie": planned, not sudden.
    sudden = SUDDEN.search(
        re.sub(
            r"\bik werk (?:\w+ ){0,6}(?:in|bij|op) (?:een |het |de )?(?:ziekenhuis|eerste hulp)\w*"
            # "die net uit het ziekenhuis komt": the care after it is planned, not sudden.
            r"|\buit het ziekenhuis (?:komt|kwam|is gekomen|ontslagen)",
            " ",
            text,
            flags=re.I,
        )
    ) and not re.search(
        r"\bvolgende (?:week|maand)\b|\bgepland\b|\bover (?:\d+|een paar|twee|drie) (?:weken|maanden)\b", text, re.I
    )
    # "... moet ik dat kortdurend zorgverlof van tevoren melden?": the care leave named, asked how.
    if sudden and leave_named_in(text) == "kortdurend_zorgverlof" and "ask_how_to_apply" in aspects_in(text, None):
        sudden = None
    # "Val ik onder zorgverlof voor een oma?", "voor zijn buurman, dat is toch geen familie?": who
    # counts is the question, whatever happened.
    # "Mijn opa ligt in het ziekenhuis, mag ik zorgverlof voor hem opnemen?": whether a grandparent
    # counts is asked too.
    if (
        sudden
        and (UNUSUAL_RELATION.search(text) or _RELATIVE_IN_DOUBT.search(text))
        and re.search(r"zorgverlof|familie|\bonder\b", text, re.I)
    ):
        sudden = None
        leave_type = leave_type or "kortdurend_zorgverlof"
    if sudden and leave_type in (None, "kortdurend_zorgverlof"):
        dispatcher.utter_message(response="utter_calamity_first")
        # The calamity leave; the care leave that can follow is named in the first line, and its
        # 70 % would read as the pay for the calamity itself ("moet ik dat betalen?"). With hours
        # given ("ze werkt 4 dagen van 9 uur, waar heeft ze recht op?") it is computed too.
        items = regulations_for("calamiteitenverlof")
        if valid_weekly_hours(weekly_hours_in_message(tracker)) and "leave_paid" not in aspects_in(
            text, latest_intent(tracker)
        ):
            items += regulations_for("kortdurend_zorgverlof")
        leave_type = "calamiteitenverlof"
    else:
        items = regulations_for(leave_type)
    named = leaves_named_in(text)
    if named and _PLAIN_CARE_LEAVE.search(text):
        # "het verschil tussen calamiteitenverlof en zorgverlof": plain "zorgverlof" is both care leaves.
        named = [*named, *(kind for kind in CARE_LEAVE_TYPES if kind not in named)]
    if len(named) >= 2 and re.search(r"verschil|vergelijk|\bof\b|\ben\b", text, re.I):
        # "Wat is het verschil tussen calamiteitenverlof en kortdurend zorgverlof?": both, side by side.
        items = [item for kind in named for item in regulations_for(kind)]
    if not items:
        dispatcher.utter_message(response="utter_search_no_result")
        return []
    hours = hours_for_answer(tracker)
    if hours is not None and not valid_weekly_hours(hours):
        refuse_hours(dispatcher, "", hours)
        hours = None
    intent = latest_intent(tracker)
    if any(item.entitlement for item in items):
        utter_hours_reading(dispatcher, text, hours)
    for item in items:
        dispatcher.utter_message(text=item_message(item, employer=employer))
        details = [answer for answer in (_aspect(item, a, employer) for a in aspects_in(text, intent)) if answer]
        points = item.points if show_all_points else relevant_points(item, text)
        details += [point for point in points if point not in details]
        if details:
            dispatcher.utter_message(text="\n".join(f"- {line}" for line in details))
        if item.subtopic == "calamiteitenverlof" and _DURATION.search(text):
            dispatcher.utter_message(response="utter_calamity_no_fixed_hours")
        if item.entitlement and valid_weekly_hours(hours):
            utter_entitlement(dispatcher, item, hours, employer)
    utter_sources_with_refusal_term(dispatcher, items, aspects_in(text, intent))
    dispatcher.utter_message(response="utter_check_cao")
    # After a sudden event the calamity leave stays the subject ("krijg ik die uren betaald?"),
    # also when the care leave that can follow was computed after it.
    in_order = (
        items[::-1]
        if sudden and leave_type == "calamiteitenverlof" and not re.search(r"zorgverlof", text, re.I)
        else items
    )
    events: List[EventType] = [SlotSet("leave_type", leave_type), *shown(tracker, *in_order)]
    if hours is None and any(item.entitlement for item in items) and not hours_not_weekly(text):
        dispatcher.utter_message(response="utter_ask_hours_employee" if employer else "utter_ask_hours")
        events.append(SlotSet("pending", "hours"))
    else:
        ask_feedback(dispatcher)
    return events + own_hours_events(tracker, hours)


@keeps_crisis_help_in_view
class ActionListLeaveKinds(Action):
    """ "Welke regelingen zijn er?": the kinds of leave. The NLU also files questions about another
    subject here ("welke soorten PSA noemt die brochure?"): those get the answer to what they ask."""

    def name(self) -> Text:
        return "action_list_leave_kinds"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.followups import theme_named_in

        text = latest_text(tracker)
        if theme_named_in(text) and not re.search(r"verlof|regeling|\bregels\b|\bwet\b|flexibel|\bwfw\b", text, re.I):
            from actions.fallback import ActionDefaultFallback

            return ActionDefaultFallback().run(dispatcher, tracker, domain)
        dispatcher.utter_message(response="utter_leave_kinds")
        # "Welke regelingen voor mantelzorgers ...?" then "cijfers?": the caregivers' figures.
        named = theme_named_in(text)
        return [SlotSet("theme", named)] if named in TREND_THEMES else []


@keeps_crisis_help_in_view
class ActionAnswerRegulation(Action):
    """What a regulation says; with hours, how much leave that is."""

    def name(self) -> Text:
        return "action_answer_regulation"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.routing import explain_if_asked

        if not_covered(latest_text(tracker)):
            dispatcher.utter_message(response="utter_not_covered")
            return []
        explained = explain_if_asked(dispatcher, tracker, domain)
        if explained is not None:
            return explained
        from actions.routing import route_by_content

        # "En welk verlof heb ik dan wel als mijn vader ziek wordt?" under a Wfw intent: the words decide.
        routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
        if routed is not None:
            return routed
        acknowledged = acknowledge_situation_without_leave_words(dispatcher, tracker, domain)
        if acknowledged is not None:
            return acknowledged
        return answer_regulations(dispatcher, tracker, leave_type_of(tracker))


@keeps_crisis_help_in_view
class ActionComputeLeave(Action):
    """Hours given: the leave per 12 months for them, for the leave in question or both kinds."""

    def name(self) -> Text:
        return "action_compute_leave"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if pending_question(tracker) == "subtopic" and parse_weekly_hours(latest_text(tracker)) is None:
            # "Alle drie eigenlijk" to the intake question holds a number, but no hours.
            from actions.routing import route_by_content

            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        return compute_leave(dispatcher, tracker)


# "En als ik volgend jaar naar 32 uur ga?", "bij 20 uur?": the same question for other hours.
_WHAT_IF_HOURS = re.compile(
    r"\s*(?:(?:en|maar|ok[eé]?|oke|okay|nou|dus),? ){0,2}(?:als|bij|met|wat als|stel|voor|wat (?:is het|wordt het) bij)\b",
    re.I,
)


# "o nee sorry, ik ben vorige maand naar 34 uur gegaan": the hours just used were wrong.
CORRECTS_HOURS = re.compile(
    r"\b(?:sorry|oeps|ik bedoel(?:de)?|bedoel(?:de)? ik|correctie)\b|\bik ben (?:\w+ ){0,4}(?:gegaan|overgestapt)\b"
    r"|\bga ik (?:\w+ ){0,2}naar \d+ uur\b.{0,40}\bwat wordt het\b|\bwat wordt het dan\b",
    re.I,
)


def asks_leave_for_other_hours(text: str) -> bool:
    """ "En als ik volgend jaar naar 32 uur ga?": the leave just computed, for other hours."""
    return bool(
        _WHAT_IF_HOURS.match(text)
        and parse_weekly_hours(text) is not None
        and not re.search(r"flexibel|\bwfw\b|verzoek|aanvra|mag (?:ik|dat|hij|zij)|weiger", text, re.I)
    )


def both_care_leaves_shown(tracker: Tracker) -> bool:
    """Whether the last answer computed both care leaves (a what-if then asks for both again)."""
    return {"regelingen.kortdurend-zorgverlof", "regelingen.langdurend-zorgverlof"} <= set(
        (tracker.get_slot("shown_items") or [])[-2:]
    )


def compute_leave(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    leave_shown: Optional[str] = None,
    weekly_hours: Optional[float] = None,
) -> List[EventType]:
    """The leave for the hours given; `leave_shown` when the hours are a what-if about the leave
    just computed ("en als ik volgend jaar naar 32 uur ga?" is not a Wfw request then)."""
    text = latest_text(tracker)
    if not_covered(text):
        dispatcher.utter_message(response="utter_not_covered")
        return []
    from actions.routing import hours_still_not_covered

    if hours_still_not_covered(tracker, text):
        # "Kun je niet gewoon rekenen met die 20 uur?" after a 0-hours contract: still not covered.
        dispatcher.utter_message(response="utter_hours_not_covered")
        return []
    last_item = current_item(tracker)
    both_shown = both_care_leaves_shown(tracker)
    if (
        leave_shown is None
        and last_item is not None
        and last_item.entitlement
        and asks_leave_for_other_hours(text)
        and not both_shown  # "en als ik 24 uur werk?" after both care leaves: both again
        and not names_both_care_leaves(text)  # "... hoeveel kortdurend en langdurend is dat?"
    ):
        leave_shown = last_item.subtopic
    # "o nee sorry, ik ben vorige maand naar 34 uur gegaan" right after a computation: other hours.
    corrects_hours = last_item is not None and last_item.entitlement and CORRECTS_HOURS.search(text)
    if (
        leave_named_in(text) == "flexibel_werken"
        and leave_shown is None
        and not (both_shown and asks_leave_for_other_hours(text))
        and not corrects_hours
    ):
        # "Van 36 naar 28 uur": hours, but a question about working fewer hours.
        return answer_regulations(dispatcher, tracker, "flexibel_werken")
    hours = weekly_hours if weekly_hours is not None else weekly_hours_in_message(tracker)
    if hours is None and (len(text.split()) <= 6 or pending_question(tracker) == "hours"):
        # "oeps, het is gewoon 32", "en als het 32 wordt?"
        hours = number_in(text)
    if hours is None:
        hours = hours_for_answer(tracker)
    if hours is None and not impossible_hours(text):
        # "Ik ben pas 6 weken in dienst, geldt dat ook voor zorgverlof?": no hours, a question.
        return answer_regulations(dispatcher, tracker, leave_type_of(tracker) or tracker.get_slot("leave_type"))
    if impossible_hours(text):
        refuse_hours(dispatcher, text)
        return [SlotSet("pending", "hours")]
    if hours_not_weekly(text) or hours == 0:
        dispatcher.utter_message(response="utter_hours_not_covered")
        # The leave asked about stays the subject: "wat is je bron?" then cites it.
        return [SlotSet("leave_type", leave_named_in(text) or tracker.get_slot("leave_type"))]
    if not valid_weekly_hours(hours):
        refuse_hours(dispatcher, text, hours)
        return [SlotSet("pending", "hours")]
    employer = speaks_for_employer(tracker)
    # "Hoeveel kortdurend en langdurend is dat?": both, not the one asked about before.
    earlier_leave = None if names_both_care_leaves(text) else tracker.get_slot("leave_type")
    leave_type = leave_shown or leave_type_of(tracker) or earlier_leave
    if (
        not leave_shown
        and asks_leave_for_other_hours(text)
        and not leave_named_in(text)
        and tracker.get_slot("leave_type")
    ):
        # "Oke, en als ik een vast contract van 16 uur krijg?" after the leave asked about could not
        # be computed: that leave, whatever kind the NLU guessed.
        leave_type = tracker.get_slot("leave_type")
    calamity_said = leave_type == "calamiteitenverlof"
    if calamity_said:
        # Calamity leave has no fixed hours; the care leave that may follow it has.
        dispatcher.utter_message(response="utter_calamity_no_fixed_hours")
        leave_type = None
    items = [item for item in regulations_for(leave_type) if item.entitlement]
    if not items:
        items = [item for item in regulations_for(None) if item.entitlement]
    utter_hours_reading(dispatcher, text, hours)
    for item in items:
        utter_entitlement(dispatcher, item, hours, employer)
    if len(items) == 1 and items[0].subtopic in CARE_LEAVE_TYPES and not leave_named_in(text):
        # Asked for one kind by name, the answer keeps to it; hours given after a leave was shown
        # ("ik werk 30 uur") get the other care leave beside it.
        utter_other_care_leave(dispatcher, items[0], hours, employer)
    if (
        (
            UNUSUAL_RELATION.search(text)
            # "mijn opa is ernstig ziek. mag ik voor hem zorgverlof opnemen en hoeveel?"
            or (_RELATIVE_IN_DOUBT.search(text) and re.search(r"\b(?:mag|kan) ik\b|\bgeldt\b|\btelt\b", text, re.I))
        )
        and items
        and items[0].relations
    ):
        # "Ik werk 28 uur; heb ik recht op verlof voor mijn buurman?": who counts, too.
        dispatcher.utter_message(text=items[0].relations)
    if len(items) > 1 and not calamity_said:
        dispatcher.utter_message(response="utter_calamity_no_fixed_hours")
    utter_sources(dispatcher, items)
    dispatcher.utter_message(response="utter_check_cao")
    ask_feedback(dispatcher)
    # The leave computed is the one a follow-up ("en krijg ik dan betaald?") is about.
    both = [SlotSet("leave_type", None if len(items) > 1 else items[0].subtopic)]
    return [*both, SlotSet("pending", None), *shown(tracker, *items), *own_hours_events(tracker, hours)]


_REGULATION_WORDS = re.compile(
    r"verlof|regeling|\bregels\b|calamiteit|flexib|\bwfw\b|\buren\b|\buur\b|betaald|\bloon|aanvra|recht op|weiger|\bwet\b|\bcao\b|vrij\b"
    r"|\bminder (?:\w+ ){0,2}werken\b",
    re.I,
)


def acknowledge_situation_without_leave_words(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> Optional[List[EventType]]:
    """A situation told without a word about leave, which the NLU took for a leave question
    ("mijn medewerker zorgt voor zijn moeder, ik wil het gesprek goed voeren"): its theme."""
    from actions.advice import acknowledge
    from actions.followups import theme_named_in

    text = latest_text(tracker)
    if text.startswith("/") or _REGULATION_WORDS.search(text) or len(text.split()) < 6:
        return None
    theme = theme_named_in(text)
    if theme not in TREND_THEMES:
        return None
    return acknowledge(dispatcher, tracker, domain, theme, routed_already=True)


# "die dag", "vandaag", "de eerste uren": the sudden event itself, not the care that may follow.
_THAT_DAY = re.compile(
    r"\b(?:die|deze|de eerste|die eerste) (?:dag|uren|ochtend|middag|paar uur)\b|\bvandaag\b|\bmeteen\b", re.I
)


def calamity_of_that_day(tracker: Tracker) -> bool:
    """ "Wordt die dag dan gewoon doorbetaald?" after calamity leave, then care leave, were shown."""
    text = latest_text(tracker)
    return bool(
        not leave_named_in(text)
        and _THAT_DAY.search(text)
        and "regelingen.calamiteitenverlof" in (tracker.get_slot("shown_items") or [])[-2:]
    )


def _care_continued_after_calamity(tracker: Tracker) -> bool:
    """ "Vandaag calamiteitenverlof, maar wat als hij morgen nog ziek is?" or "hoeveel mag ik
    thuisblijven om voor haar te zorgen?" was the question before, and calamity leave among the
    answer: pay then concerns both that day and the care leave after it."""
    from actions.routing import CARE_CONTINUES

    earlier = user_texts(tracker)[-2:-1]
    shown_ids = tracker.get_slot("shown_items") or []
    return bool(
        earlier
        and (CARE_CONTINUES.search(earlier[0]) or _STAYS_HOME_TO_CARE.search(earlier[0]))
        and "regelingen.calamiteitenverlof" in shown_ids[-2:]
        and not _THAT_DAY.search(latest_text(tracker))
    )


# "hoeveel mag ik thuisblijven om voor haar te zorgen?": days of care, not only the calamity itself.
_STAYS_HOME_TO_CARE = re.compile(
    r"\b(?:thuisblijven|thuis blijven|thuis te blijven)\b.{0,30}\b(?:zorgen|verzorgen)\b|\b(?:verzorgen|zorgen) (?:\w+ )?(?:een paar|enkele) dagen\b",
    re.I,
)


@keeps_crisis_help_in_view
class ActionAnswerLeaveAspect(Action):
    """May it be refused, is it paid, how to apply, and for whom: for the leave in question."""

    def name(self) -> Text:
        return "action_answer_leave_aspect"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        from actions.routing import explain_if_asked

        intent = latest_intent(tracker)
        text = latest_text(tracker)
        if not_covered(text):
            dispatcher.utter_message(response="utter_not_covered")
            return []
        explained = explain_if_asked(dispatcher, tracker, domain)
        if explained is not None:
            return explained
        acknowledged = acknowledge_situation_without_leave_words(dispatcher, tracker, domain)
        if acknowledged is not None:
            return acknowledged
        if (
            ASPECT_WORDS["leave_paid"].search(text)
            and not leave_named_in(text)
            and not calamity_of_that_day(tracker)
            and _care_continued_after_calamity(tracker)
        ):
            # "Word ik dan nog volledig doorbetaald?" after "wat als hij morgen nog ziek is?" was
            # answered with calamity leave: that day's pay and the care leave's after it.
            return utter_pay_of(
                dispatcher, tracker, regulations_for("calamiteitenverlof") + regulations_for("kortdurend_zorgverlof")
            )
        if not (leave_named_in(text) or re.search(r"verlof|zorg|flexib", text, re.I)):
            # "Kan ik zomaar naar de bedrijfsarts?", "is mijn werkgever verplicht hier iets mee te
            # doen?": no leave in the words, whatever leave aspect the NLU heard.
            from actions.routing import route_by_content

            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
            from actions.routing import recent_regulation

            recent = recent_regulation(tracker)
            if (
                recent is not None
                and recent.subtopic == "calamiteitenverlof"
                and intent in ASPECT_WORDS
                and len(text.split()) <= 10
            ):
                # "Krijgt ze dan gewoon haar loon?" after calamiteitenverlof: that leave's answer.
                return answer_regulations(dispatcher, tracker, recent.subtopic, show_all_points=False)
            from actions.advice import subtopic_in_text

            named_actions = [name for name in TREND_THEMES if subtopic_in_text(name, text)]
            personal = re.search(r"\b(?:ik|mijn|me|mij)\b", text, re.I)
            if len(named_actions) == 1 and named_actions[0] != "mantelzorg" and not personal:
                # "Wat kunnen we aan arbeidsvoorwaarden doen, niet alleen salaris?": that trend's action.
                from actions.advice import acknowledge

                return acknowledge(dispatcher, tracker, domain, named_actions[0], routed_already=True)
            theme = tracker.get_slot("theme")
            if theme in TREND_THEMES and theme != "mantelzorg":
                # "Ze moeten allemaal nieuwe dingen leren, dat geeft toch ook stress?" during AI: no
                # leave question, whatever leave aspect the NLU heard.
                from actions.advice import follow_up_in_theme

                return follow_up_in_theme(dispatcher, tracker, domain, theme)
        employer = speaks_for_employer(tracker)
        leave_type = leave_type_of(tracker) or tracker.get_slot("leave_type") or _leave_of_last_item(tracker)
        if SUDDEN.search(text) and not leave_named_in(text):
            leave_type = "calamiteitenverlof"
        elif calamity_of_that_day(tracker):
            leave_type = "calamiteitenverlof"
        elif (
            "leave_paid" in aspects_in(text, intent)
            and not leave_named_in(text)
            and set((tracker.get_slot("shown_items") or [])[-2:])
            == {"regelingen.calamiteitenverlof", "regelingen.kortdurend-zorgverlof"}
        ):
            # "En wat krijg ik dan doorbetaald?" after calamity leave and the care leave that can
            # follow: the pay of both, side by side (full pay first, then at least 70 %).
            return utter_pay_of(
                dispatcher, tracker, regulations_for("calamiteitenverlof") + regulations_for("kortdurend_zorgverlof")
            )
        if (
            intent == "ask_relation"
            and leave_type in (None, "flexibel_werken")
            and leave_named_in(text) != "flexibel_werken"
        ):
            leave_type = "kortdurend_zorgverlof"
        items = regulations_for(leave_type)
        if re.search(
            r"\bwelke (?:daarvan|van (?:die|deze|de|beide) (?:\w+ )?)|\bwat is het verschil\b|\bverschil (?:qua|in)\b",
            text,
            re.I,
        ):
            # "Welke daarvan zijn betaald?" about the regulations shown in this conversation.
            asked = aspects_in(text, intent)
            shown_ids = tracker.get_slot("shown_items") or []
            every = [item for kind in LEAVE_TYPES for item in regulations_for(kind) if item.id in shown_ids]
            items = [item for item in every if any(_aspect(item, aspect, employer) for aspect in asked)] or items
        if not items:
            dispatcher.utter_message(response="utter_search_no_result")
            return []
        for item in items:
            answers = [answer for answer in (_aspect(item, a, employer) for a in aspects_in(text, intent)) if answer]
            answers += [point for point in relevant_points(item, text) if point not in answers]
            if says_nothing_about_asked_proof(item, text):
                dispatcher.utter_message(response="utter_proof_not_in_facts", leave=item.title)
                continue
            if not answers and intent == "ask_how_to_apply":
                dispatcher.utter_message(response="utter_apply_unknown")
                continue
            body = "\n".join(answers) if answers else item_message(item, False, employer)
            dispatcher.utter_message(text=f"{item.title}: {body}")
        hours = parse_weekly_hours(text)
        if valid_weekly_hours(hours) and re.search(r"\bhoeveel\b", text, re.I):
            # "Parttime 28 uur, hoeveel kort zorgverlof heb ik? En hoeveel krijg ik betaald?": both.
            for item in items:
                if item.entitlement:
                    utter_entitlement(dispatcher, item, hours, employer)
        elif "ask_relation" in aspects_in(text, intent) and len(text.split()) <= 8:
            # "En voor mijn buurvrouw?" after hours were computed: the same hours count for her.
            earlier = hours_for_answer(tracker)
            if valid_weekly_hours(earlier):
                for item in items:
                    if item.entitlement and item.id in (tracker.get_slot("shown_items") or []):
                        utter_entitlement(dispatcher, item, earlier, employer)
        utter_sources_with_refusal_term(dispatcher, items, aspects_in(text, intent))
        dispatcher.utter_message(response="utter_check_cao")
        return [SlotSet("leave_type", leave_type), *shown(tracker, *items), *own_hours_events(tracker, hours)]


def utter_pay_of(dispatcher: CollectingDispatcher, tracker: Tracker, items: List[Item]) -> List[EventType]:
    """Each regulation's pay, side by side: "wat is het verschil qua betaling?"."""
    employer = speaks_for_employer(tracker)
    lines = [
        f"- {item.title}: {_aspect(item, 'leave_paid', employer)}"
        for item in items
        if _aspect(item, "leave_paid", employer)
    ]
    dispatcher.utter_message(text="\n".join(lines))
    utter_sources(dispatcher, items)
    dispatcher.utter_message(response="utter_check_cao")
    return [SlotSet("pending", None)]


def utter_refusal_of(dispatcher: CollectingDispatcher, tracker: Tracker, item: Item) -> List[EventType]:
    """ "En mag ik nee zeggen omdat we onderbezet zijn?" after a regulation: when it may be refused."""
    refusal = _aspect(item, "leave_refuse", speaks_for_employer(tracker))
    if not refusal:
        return []
    dispatcher.utter_message(text=f"{item.title}: {refusal}")
    utter_sources_with_refusal_term(dispatcher, [item], ["leave_refuse"])
    return [SlotSet("pending", None), *shown(tracker, item)]


def utter_sources_with_refusal_term(dispatcher: CollectingDispatcher, items: List[Item], aspects: List[str]) -> None:
    """The sources of the regulations, after the term "zwaarwegend bedrijfs- of dienstbelang" when
    the refusal rule just given uses it.

    "Mogen we weigeren?" and "en als ze nee zeggen?" need what the term means (more than "het
    komt niet goed uit", with the law's examples), not only the term itself. The term's source is
    named, but the regulation stays the subject: it is not marked as shown ("link?" asks for the
    regulation's pages).
    """
    from actions.routing import ZWAARWEGEND_ITEM

    terms = []
    if "leave_refuse" in aspects and any(item.refusal and "zwaarwegend" in item.refusal for item in items):
        terms = [knowledge_base().get(ZWAARWEGEND_ITEM)]
    for term in terms:
        dispatcher.utter_message(text=item_message(term))
    utter_sources(dispatcher, [*items, *terms])


def _aspect(item: Item, intent: Optional[str], employer: bool) -> Optional[str]:
    wording = item.employer if employer and item.employer else None
    if intent == "leave_refuse":
        return (wording and wording.refusal) or item.refusal
    if intent == "leave_paid":
        if wording and wording.pay:
            return wording.pay
        return item.pay or (item.entitlement.pay_rule if item.entitlement else None)
    if intent == "ask_how_to_apply":
        return (wording and wording.apply) or item.apply
    if intent == "ask_relation":
        return item.relations
    return None


def _leave_of_last_item(tracker: Tracker) -> Optional[str]:
    """The leave of the last answer; none when it showed both care leaves."""
    if list(tracker.get_slot("shown_items") or [])[-2:] == [
        "regelingen.kortdurend-zorgverlof",
        "regelingen.langdurend-zorgverlof",
    ]:
        return None
    item = current_item(tracker)
    return item.subtopic if item is not None and item.subtopic in LEAVE_TYPES else None


def small_business_sentences(item: Optional[Item]) -> List[str]:
    """Sentences of an advice item about small businesses or doing it together with the sector."""
    if item is None or item.kind.value != "advice":
        return []
    from actions.content import sentences_of

    return [
        sentence
        for sentence in sentences_of(item)
        if re.search(r"\bmkb|\bklein|sector|branche|samenwerk|vakopleiding", sentence, re.I)
    ]


@keeps_crisis_help_in_view
class ActionAnswerCompanySize(Action):
    """ "We zijn maar met 8": what the size means for the regulation or duty in question."""

    def name(self) -> Text:
        return "action_answer_company_size"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        # The number of employees, not "al 3 jaar in dienst" or "32 uur".
        match = re.search(
            r"\b(\d+)\b(?! ?(?:jaar|maanden|maand|weken|week|uur|dagen|dag|%|procent)\b)", latest_text(tracker)
        )
        employees = int(match.group(1)) if match else None
        large_unnumbered = employees is None and re.search(
            r"\b(?:groot|grote) (?:bedrijf|organisatie|werkgever|onderneming|concern)\b", latest_text(tracker), re.I
        )
        if employees is not None and re.search(
            r"\b(?:minder dan|onder de|kleiner dan|nog geen) \d", latest_text(tracker), re.I
        ):
            employees -= 1  # "minder dan 10 mensen": at most 9
        item = current_item(tracker)
        text = latest_text(tracker)
        from actions.followups import theme_named_in
        from actions.routing import last_response

        if employees is None and re.search(r"\bin dienst\b", text, re.I):
            # "Ik ben pas 2 maanden in dienst": how long someone works there, not the firm's size.
            from actions.routing import route_by_content

            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        if last_response(tracker) in ("utter_distress_help", "utter_distress_followup"):
            # "We hebben geen HR hoor, het is een klein bedrijfje van 4 man": help outside the firm.
            dispatcher.utter_message(response="utter_distress_followup")
            return []
        if leave_named_in(text) in ("calamiteitenverlof", *CARE_LEAVE_TYPES) and is_question(text):
            # "Kleine zaak met 8 man. Een medewerker wil langdurend zorgverlof. Mag ik nee zeggen?":
            # the size does not matter for leave; the question about it does.
            return answer_regulations(dispatcher, tracker, leave_named_in(text), show_all_points=False)
        named_theme = theme_named_in(text)
        # "wij zijn een klein bedrijf met 12 man, hoe regel ik ai-training": a question, no "?".
        asks = is_question(text) or bool(re.search(r"\b(?:hoe|wat|welke|waarom|waar)\b", text, re.I))
        if named_theme in TREND_THEMES and asks:
            # "We zijn een klein bedrijf met 15 man. Hoe organiseren we AI-training?": the question.
            from actions.advice import acknowledge

            return acknowledge(dispatcher, tracker, domain, named_theme)
        # "Geldt dat hele arboverhaal dan ook voor mij?" after PSA: every employer's RI&E.
        if (
            re.search(r"\bri&?e\b|risico-?inventarisatie|\barbo\w*|\bpsa\b", text, re.I)
            or (item is not None and item.subtopic == "rie")
            or (
                item is not None
                and item.theme.value == "psa"
                and re.search(r"\b(?:geldt|gelden|verplicht)\b", text, re.I)
            )
        ):
            dispatcher.utter_message(response="utter_company_size_rie")
            # The RI&E item counts as shown: "waar vind ik daar meer over?" then gets its link.
            from actions.routing import RIE_ITEM, knowledge_item

            return shown(tracker, knowledge_item(RIE_ITEM))
        from actions.routing import EMPLOYER_DUTY_ITEM, answer_item_id

        if named_theme == "psa" or (
            tracker.get_slot("theme") == "psa" and re.search(r"\b(?:moeten|moet) (?:wij|we|ik)\b|verplicht", text, re.I)
        ):
            # "Wij zijn een kleine aannemer met 12 man. Moeten wij ook iets met PSA doen?": every employer must.
            return answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM)
        small_business = small_business_sentences(item)
        if small_business and tracker.get_slot("leave_type") is None:
            # "We zijn maar een mkb-bedrijfje van 25 man, lukt dat wel?" after AI training: what the
            # advice just shown says about small businesses.
            from actions.content import utter_source

            dispatcher.utter_message(text="\n".join(small_business))
            utter_source(dispatcher, item)
            return []
        about_wfw = (
            tracker.get_slot("leave_type") == "flexibel_werken"
            or leave_named_in(text) == "flexibel_werken"
            or (item is not None and item.subtopic == "flexibel_werken")
        )
        if about_wfw and large_unnumbered:
            # "Ik werk daar al 3 jaar en het is een groot bedrijf": the Wfw applies from 10 employees.
            dispatcher.utter_message(response="utter_company_size_large_unnumbered")
            wfw = regulations_for("flexibel_werken")
            dispatcher.utter_message(text=item_message(wfw[0], employer=speaks_for_employer(tracker)))
            utter_sources(dispatcher, wfw)
            return []
        if about_wfw and employees is not None:
            wfw = regulations_for("flexibel_werken")
            if employees < 10:
                dispatcher.utter_message(response="utter_company_size_small")
            else:
                dispatcher.utter_message(response="utter_company_size_large", employees=employees)
                dispatcher.utter_message(text=item_message(wfw[0], employer=speaks_for_employer(tracker)))
                # "... we hebben nog niks besloten, is dat een probleem?": the points it asks about.
                asked = [point for point in relevant_points(wfw[0], text) if "10" not in point]
                if asked:
                    dispatcher.utter_message(text="\n".join(f"- {point}" for point in asked))
            utter_sources(dispatcher, wfw)
            # The Wfw stays the subject: "en verlof dan?" and "wat is je bron?" follow from it.
            return [SlotSet("leave_type", "flexibel_werken"), *shown(tracker, *wfw)]
        if asks and len(text.split()) > 6:
            # "We hebben zo'n 30 mensen. Moeten we wettelijk een vertrouwenspersoon hebben?": the
            # size is context; the question is what to answer.
            from actions.routing import route_by_content

            routed = route_by_content(dispatcher, tracker, domain, follow_up=True)
            if routed is not None:
                return routed
        dispatcher.utter_message(response="utter_company_size_unclear")
        return []
