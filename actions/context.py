"""What the conversation knows about the user: who they are and whose situation this is.

A manager who writes "mijn medewerker werkt 36 uur" asks about someone else: the answer
says "uw medewerker", and those hours are not stored as the manager's own.
"""

import re
from typing import List, Optional

from rasa_sdk import Tracker

from actions.content import entity_value, latest_text
from actions.registry import EMPLOYER_ROLES, ROLES

# The bot's questions whose answer the next message may be ("pending" slot).
INTAKE_ACTIONS = (
    "action_acknowledge_theme",
    "action_handle_role",
    "action_handle_yes_no",
    "action_default_fallback",
    "action_answer_regulation",
    "action_compute_leave",
    "action_search_knowledge",
)

_EMPLOYER_SIDE = re.compile(
    r"\b(?:mijn|onze|een|de|die|deze) (?:\w+ )?(?:medewerker|medewerkster|werknemer|werkneemster|teamlid|"
    r"personeelslid|collega)s?\b|\bvan mij\b|\bmijn team\b|\bmijn afdeling\b|\bik ben (?:\w+ )?"
    r"(?:leidinggevende|manager|teamleider|teamleidster|werkgever|chef|directeur|eigenaar|hr)\b|\bals "
    r"(?:leidinggevende|werkgever|manager|hr)\b|\b(?:ze|zij|hij) werkt\b|\bdoorbetalen\b|\bmag ik (?:haar|hem|het) "
    r"weigeren\b|\bmoet ik (?:haar|hem)\b|\bik werk bij (?:hr|p&o|personeelszaken)\b",
    re.I,
)
_EMPLOYEE_SIDE = re.compile(
    r"\bik werk\b(?! bij (?:hr|p&o))|\bmijn (?:werkgever|baas|leidinggevende|manager|chef)\b|\bik ben (?:zelf )?"
    r"(?:mantelzorger|medewerker|werknemer)\b|\b(?:krijg|mag|heb|kan|moet) ik\b|\bik zorg\b|\bzorg ik\b",
    re.I,
)
_ROLE_WORDS = (
    (
        "hr",
        re.compile(
            r"\b(?:ik werk bij|ik zit bij|werkzaam bij|vanuit) (?:hr|p&o|personeelszaken)\b|\bhr-?(?:adviseur|manager|medewerker)\b|\bik ben (?:van )?hr\b",
            re.I,
        ),
    ),
    (
        "leidinggevende",
        re.compile(
            r"\bik ben (?:\w+ )?(?:leidinggevende|manager|teamleider|teamleidster|werkgever|chef|directeur|eigenaar)\b"
            r"|\bals (?:leidinggevende|leidinggevnde|leidingevende|manager|teamleider|werkgever|baas|chef|eigenaar)\b|\bmijn team\b|\bmedewerker van mij\b|\bvan mijn team\b"
            r"|\b(?:aan|voor) leidinggevenden\b|\bik heb een (?:\w+ )?(?:medewerker|medewerkster|medwerkster|medwerker|werknemer|teamlid)\b"
            r"|\b(?:veel|een aantal|sommigen|enkelen|een deel) van (?:hen|hun|mijn mensen|ons team|mijn medewerkers)\b.{0,30}\bzorg"
            # "Medewerker is mantelzorger, wat kan ik doen": a staff member's situation, told by the manager.
            r"|^\W*(?:een |onze |mijn )?(?:medewerker|medewerkster|werknemer|teamlid)s? (?:is|heeft|zorgt|wordt)\b.{0,60}\bwat (?:kan|moet|kunnen|moeten) (?:ik|we|wij)\b",
            re.I,
        ),
    ),
    (
        "medewerker",
        re.compile(
            r"\bik ben (?:zelf )?(?:\w+ )?(?:mantelzorger|medewerker|werknemer)\b|\bals (?:werkende )?mantelzorger\b|\bik zorg (?:zelf )?(?:\w+ )?(?:voor|al)\b"
            r"|\bzorg ik (?:voor|al)\b|\bmijn (?:werkgever|baas|leidinggevende)\b|\bik ben de medewerker\b"
            r"|\b(?:ik combineer|combineer ik|ik verzorg|verzorg ik|ik help mijn)\b|\bik (?:\w+ ){0,6}voor mijn (?:schoon)?(?:vader|moeder|ouders|zoon|dochter|kind|kinderen|man|vrouw|partner|broer|zus|oma|opa|buurvrouw|buurman)",
            re.I,
        ),
    ),
)


def role_in_message(tracker: Tracker) -> Optional[str]:
    """The role the user states about themselves in this message, if any."""
    value = entity_value(tracker, "user_role")
    intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
    if intent == "inform_role" and value in ROLES:
        return value
    text = latest_text(tracker)
    for role, pattern in _ROLE_WORDS:
        if pattern.search(text):
            return role
    return None


def speaks_for_employer(tracker: Tracker) -> bool:
    """Whether this message asks from the employer's side (a manager or HR about a staff member)."""
    text = latest_text(tracker)
    employer, employee = bool(_EMPLOYER_SIDE.search(text)), bool(_EMPLOYEE_SIDE.search(text))
    if employer != employee:
        return employer
    return tracker.get_slot("role") in EMPLOYER_ROLES


def about_someone_else(text: str) -> bool:
    """Hours or a situation of a staff member or colleague, not of the writer."""
    return bool(
        re.search(
            r"\b(?:ze|zij|hij) werkt\b|\b(?:medewerker|medewerkster|werknemer|collega)\b.{0,40}\bwerkt\b", text, re.I
        )
    )


def pending_question(tracker: Tracker) -> Optional[str]:
    """The intake question the bot asked just before this message, if it did."""
    pending = tracker.get_slot("pending")
    if not pending:
        return None
    return pending if last_bot_action(tracker) in INTAKE_ACTIONS else None


def events_of_last_answer(tracker: Tracker) -> List[dict]:
    """The events of the bot's answer before the latest user message, newest first."""
    answer: List[dict] = []
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                break
            seen_user = True
        elif seen_user:
            answer.append(event)
    return answer


def last_bot_action(tracker: Tracker) -> Optional[str]:
    """The last action before the latest user message (other than listening)."""
    for event in events_of_last_answer(tracker):
        if event.get("event") == "action" and event.get("name") not in ("action_listen", None):
            return event["name"]
    return None


def asked_themes(tracker: Tracker) -> List[str]:
    return list(tracker.get_slot("asked_themes") or [])


_NOT_COVERED = None


def not_covered(text: str) -> bool:
    """A question on a subject next to the bot's own that its sources do not answer."""
    global _NOT_COVERED
    if _NOT_COVERED is None:
        from actions.registry import NOT_COVERED_TOPICS

        _NOT_COVERED = re.compile(r"\b(?:" + "|".join(NOT_COVERED_TOPICS) + ")", re.I)
    text = text or ""
    if re.search(r"\b(?:getuig\w*|rechtbank)\b", text, re.I):
        return False  # "Opgeroepen als getuige: moet ik een vakantiedag opnemen?": calamity leave covers it.
    if _NOT_COVERED_EVEN_WITH_CARE.search(text) and not _FEAR_OF_DISMISSAL.search(text):
        # "Kan ik een medewerker ontslaan die uitvalt door haar mantelzorg?": the care words do not
        # make dismissal or sick pay a care-leave question.
        return True
    if (
        re.search(r"vakantie\w*", text, re.I)
        # "Hoeveel vakantie-uren bouw ik op bij 32 uur?" asks the leave itself: not covered.
        and re.search(r"\w*verlof|\bzorg|calamiteit|\bin die tijd\b", text, re.I)
    ) and re.search(
        r"\bop ?bouw|\bbouw\w* .{0,25}\b(?:op|door)\b|\berbij\b|\btijdens (?:het |mijn |dat |die )?\w*verlof|\bin die tijd\b|\bdoor ?(?:lopen|tellen)",
        text,
        re.I,
    ):
        return False  # "Bouw ik vakantiedagen op tijdens zorgverlof?": the facts answer that.
    # "Haar vader kreeg een beroerte: moet ik dat van haar vakantiedagen afschrijven?": calamity leave.
    if re.search(r"vakantie\w*|snipperdag\w*|verlofdag\w*", text, re.I) and re.search(
        r"ziekenhuis|beroerte|hartaanval|infarct|ongeluk|ongeval|koorts|plotseling|acuut|spoed|onwel|eerste hulp|gevallen"
        r"|\b(?:meteen|direct|nu) (?:naar|weg)\b",
        text,
        re.I,
    ):
        return False
    if re.search(
        r"\bminder (?:uren|werken|te werken|gaan werken)\b|\b(?:werk)?uren (?:aan ?(?:te )?passen|aanpassen|verminderen)\b|\barbeidsduur\b",
        text,
        re.I,
    ) and not re.search(r"verlof|eerder stoppen|vervroegd", text, re.I):
        return False  # "Mag ik minder uren gaan werken in aanloop naar mijn pensioen?": the Wfw.
    return bool(_NOT_COVERED.search(text)) and not re.search(
        r"zorgverlof|calamiteit|flexibel werken|\bwfw\b|mantelzorg", text, re.I
    )


# "Iedereen denkt dat ze ontslagen worden": the fear the trend causes, not dismissal law.
_FEAR_OF_DISMISSAL = re.compile(
    r"\b(?:bang|angst|onzeker|zorgen|paniek|onrust|denkt|denken|vrezen|vreest)\b.{0,40}\bontsla", re.I
)
_NOT_COVERED_EVEN_WITH_CARE = re.compile(
    # "zonder dat ik ontslag moet nemen" asks how to keep working: a care question, not dismissal.
    r"respijtzorg|mantelzorgcompliment|mantelzorgwaardering|mantelzorgvergoeding"
    # "Krijg ik als mantelzorger een vergoeding van de gemeente?": the sources say nothing of it.
    r"|\bvergoeding (?:\w+ ){0,3}gemeente\b|\bgemeente\b.{0,30}\bvergoeding|\b(?:hulp|steun|ondersteuning) (?:van|vanuit|via) de gemeente\b"
    # "Kan ik eerder met pensioen omdat ik mantelzorger ben?": retirement, whatever the reason.
    r"|\b(?:eerder|vervroegd|vroeger) (?:met )?pensioen\b|\bpensioenleeftijd\b"
    r"|\bontsla(?:an|at|gen)\b|(?<!zonder )(?<!zonder dat ik )(?<!zonder mijn )\bontslag\b(?! (?:te |hoef te |moet )?nemen)|thuiswerkvergoeding|reiskosten"
    # The employee's own sickness: "een medewerker is al 8 maanden ziek. Hoe lang loon doorbetalen?"
    r"|\b(?:medewerker|medewerkster|werknemer|collega|hij|zij|ze)\b (?:is|was) (?:al )?(?:\w+ ){0,3}(?:ziek|arbeidsongeschikt)\b(?! van)"
    r".{0,80}\b(?:doorbeta\w*|\bloon\b)"
    r"|\b(?:burn-?out|ziek thuis|ziek gemeld|ziekgemeld|ziekteverzuim)\b.{0,80}\b(?:doorbeta\w*|loondoorbetaling)"
    r"|\bloondoorbetaling bij ziekte"
    # "Ik zit zelf thuis met een hernia. Hoeveel van mijn loon krijg ik doorbetaald?"
    r"|\bik zit (?:\w+ ){0,2}thuis met (?:een |mijn )?\w+.{0,80}\b(?:doorbeta\w*|loon)\b"
    r"|\b(?:doorbeta\w*|loon)\b.{0,80}\b(?:burn-?out|ziek thuis|thuiszit|ziekgemeld|ziek gemeld|arbeidsongeschikt)"
    r"|pensioenopbouw|\bminimumjeugdloon|\bjeugdloon|\bminimumloon (?:per|voor een|van een)",
    re.I,
)


# First-person distress: the writer is having a hard time at work (not a manager's question).
_PERSONAL_DISTRESS = re.compile(
    # "ben op. burn-out denk ik. wat nu", "ik ben eerlijk gezegd radeloos", "paniekaanvallen op de vloer"
    r"^\W*(?:ik )?ben (?:helemaal |echt |zo |totaal )?(?:op|kapot|opgebrand|radeloos)\b|\bradeloos\b|\bpaniekaanval\w*|\bburn-?out denk ik\b"
    # "denk dat ik een burn out krijg. concentratie weg, hoofdpijn": the writer fears burn-out.
    r"|\b(?:denk|bang|vrees) dat ik (?:een )?burn[- ]?out (?:krijg|heb|ga krijgen|aan het krijgen ben)\b"
    # "ik trek t echt niet meer met dat rooster": the writer cannot cope.
    r"|\bik (?:trek|houd|hou) (?:het|t|dit|dat) (?:echt |gewoon |bijna |zo )?niet (?:meer|langer)\b"
    r"|\bik (?:word|wordt) (?:al \w+ )?(?:\w+ )?(?:gepest|bedreigd|uitgescholden|geïntimideerd|geintimideerd|genegeerd)"
    r"|\bik slaap (?:al \w+ )?(?:\w+ )?slecht|\bik lig (?:steeds |elke nacht )?(?:wakker|te piekeren)"
    r"|\b(?:ik ben|ben ik) (?:nog steeds |helemaal |echt |zo |zelf |totaal |compleet |volledig )*(?:van slag|op|kapot|overspannen|uitgeput|op van de stress)"
    r"|\bik (?:denk dat ik |heb |zit (?:tegen |in )?)(?:\w+ )?(?:een )?burn-?out\b|\bik zit (?:\w+ )?tegen (?:een )?burn-?out aan"
    r"|\bik (?:zie|zag) er (?:elke \w+ |erg |zo )?tegenop|\bdurf (?:ik )?(?:morgen |maandag |bijna |haast )?niet (?:meer )?(?:te gaan|naar)|\bik weet niet (?:meer )?wat ik (?:nu |nog )?moet (?:doen)?"
    r"|\bwat moet ik (?:nou|nu)\b|\bik weet het (?:echt |gewoon |even |helemaal |ook )?niet meer\b|\bik trek het niet\b|\bzit (?:constant |steeds )?op mijn nek"
    r"|\bik heb (?:al \w+ )?(?:\w+ )?(?:hoofdpijn|buikpijn|paniekaanvallen|hartkloppingen)|\bik huil\b|\bik kan niet meer\b"
    r"|\bslokt me (?:helemaal )?op|\bloopt (?:het )?(?:ook )?vast|\bik kan het niet (?:meer )?aan|\bhet wordt me te veel"
    r"|\bik (?:ben|voel me) (?:al \w+ |zelf |ook |echt |gewoon |helemaal )?(?:zo )?(?:moe|leeg|somber|gestrest|overspannen|opgebrand)"
    r"|\bkan me (?:al \w+ )?niet (?:meer )?concentreren"
    r"|\bik ben (?:er|daar) (?:echt |helemaal |zo |nog steeds |best )*(?:kapot|ondersteboven|van slag|stuk|overstuur) van\b"
    r"|\bik zit er (?:echt |helemaal |compleet |volledig )?doorheen\b"
    r"|\bik (?:voel me|ben) (?:\w+ )?(?:ellendig|rot|angstig|bang|onveilig|verdrietig|wanhopig|uitgeput|opgejaagd|machteloos)"
    r"|\bik (?:word|wordt) (?:\w+ )?(?:buitengesloten|gekleineerd|uitgelachen|belachelijk gemaakt|lastiggevallen|gepest)"
    r"|\bmijn (?:baas|leidinggevende|manager|chef|collega'?s?) (?:\w+ )?(?:schreeuwt|kleineert|intimideert|pest|negeert|scheldt)"
    r"|\bik (?:loop|zit) op (?:mijn|m'n|mn) tandvlees|\bik kan me niet (?:meer )?concentreren|\bik zie (?:er )?(?:elke dag |zo )?tegenop"
    r"|\bik slaap (?:bijna )?niet|\bik lig (?:\w+ ){0,3}wakker|\blig ik (?:\w+ ){0,3}wakker|\bniets meer te geven\b|\bzelf (?:\w+ )?(?:overspannen|opgebrand) (?:geraakt|geworden)\b|\bik (?:ben (?:echt |zo )?overstuur|tril (?:nog|helemaal))\b|\bgevoel dat ik verzuip\b|\btegen een burn-? ?out aan|\bik (?:heb|kreeg) (?:een )?(?:paniekaanval|huilbui)"
    r"|\bik (?:heb|krijg|zit (?:tegen|in)|zit al in) (?:\w+ )?(?:een )?burn-? ?out|\bbang (?:dat ik|voor) (?:een )?burn-? ?out"
    r"|^\W*(?:ik denk )?(?:een |ik heb )?burn-? ?-?out(?: denk ik| ofzo| misschien)?\W*$|\bik (?:zit|lig) (?:\w+ ){0,3}te huilen"
    r"|\bop (?:mijn|m'n|mn) tenen|\bzit (?:nu |hier )?(?:\w+ ){0,3}te (?:huilen|janken)|\bik (?:ben|raak) (?:\w+ )?overspannen"
    r"|\bik werk elke (?:avond|dag|nacht) door|\bhoofd staat nooit (?:meer )?stil|\bik krijg (?:al )?(?:hun|zijn|haar|alle) (?:taken|werk) erbij"
    r"|\b(?:alles|het|het werk|mijn werk) (?:\w+ )?loopt me (?:\w+ )?boven het hoofd|\bniemand kan (?:me|mij) (?:toch |echt |nog )?helpen"
    r"|\bhoe lang ik (?:dit|het) (?:nog )?(?:volhoud|vol ?hou|trek|kan volhouden)"
    r"|\b(?:sluiten|pesten|negeren|kleineren|treiteren) (?:mij|me) (?:\w+ ){0,3}(?:buiten|al|steeds|elke)"
    # "kan nie meer. werk is gwn teveel", "ik trek het zelf niet meer".
    r"|^\W*(?:ik )?kan (?:echt |gewoon |het )?(?:nie|niet) meer\b|\bik trek het (?:\w+ ){0,2}niet (?:meer|langer)\b"
    # Word order of a subordinate clause: "ik merk dat ik het zelf niet meer trek".
    r"|\bik het (?:zelf |echt |gewoon |ook )?niet (?:meer|langer) (?:trek|aankan|volhoud|vol ?hou)\b"
    # Found in development set 27: "Ik ben gewoon op." after a story of extra shifts; stuck.
    r"|\bik ben (?:gewoon |echt |helemaal |compleet |totaal )?op\b(?= ?(?:\.|!|$| en\b| hoor\b))"
    r"|\bik zit (?:helemaal |echt |compleet |totaal )?vast\b(?! (?:aan|in|op|met|tot|bij))"
    # Found in development set 28: not knowing how to go on, panic before work.
    r"|\bik weet (?:echt |gewoon |ook |het )?niet (?:meer )?hoe (?:het|ik) (?:nu |nog |zo )?verder (?:moet|moeten|kan)\b"
    r"|\b(?:ik raak|raak ik) (?:\w+ ){0,2}in (?:de |een )?paniek\b|\bik weet niet wat ik (?:hier|daar)(?:mee)? (?:aan )?moet\b",
    re.I,
)


# "... 3 mensen ziek thuis, en ik zelf eerlijk gezegd ook. ik weet het niet meer": a manager who
# is having a hard time too.
_SELF_TOO = re.compile(
    r"\ben ik (?:zelf )?(?:eerlijk gezegd |ook )?ook\b|\bik zelf (?:eerlijk gezegd )?ook\b|\bik weet het (?:\w+ )?niet meer\b"
    r"|\bik kan (?:het )?(?:echt )?niet meer\b|\bik trek het (?:\w+ ){0,2}niet (?:meer|langer)\b|\bik het (?:zelf |echt |gewoon |ook )?niet (?:meer|langer) (?:trek|aankan|volhoud)\b"
    # The writer is the target: "mijn collega's sluiten me buiten en maken grapjes over me".
    r"|\b(?:sluiten|pesten|negeren|kleineren|treiteren|bespotten) (?:mij|me)\b|\bgrapjes over (?:mij|me)\b"
    # "Ik heb een eigen zaak en ik ben zelf totaal overspannen": the owner's own distress.
    r"|\bik ben zelf (?:\w+ )?(?:overspannen|op|kapot|uitgeput|opgebrand)\b|\bik zit zelf (?:\w+ )?(?:in|tegen) (?:een )?burn-?out"
    r"|\bik zit er (?:echt |helemaal |compleet |volledig )?doorheen\b"
    # A manager worn out themselves: "ik ben uitgeput en weet niet hoe lang ik dit nog volhoud".
    r"|\bik ben (?:\w+ )?(?:uitgeput|kapot|overspannen|opgebrand|leeg)\b|\bhoe lang ik (?:dit|het) (?:nog )?(?:volhoud|vol ?hou)"
    # The writer was the target: "een collega is agressief tegen me geweest en ik ben van slag".
    r"|\b(?:tegen|naar|op) (?:me|mij)\b.{0,60}\bik ben\b"
    # "Als teamleider ... Ik lig wakker van het werk en heb het gevoel dat ik verzuip."
    r"|\bik lig (?:\w+ ){0,3}wakker|\bik slaap (?:bijna )?niet\b|\bdat ik verzuip\b|\bik ben (?:\w+ )?overstuur\b|\bik tril\b"
    r"|\blig ik (?:\w+ ){0,3}wakker|\bzelf (?:\w+ )?(?:overspannen|opgebrand) (?:geraakt|geworden)\b|\bik heb zelf niets meer te geven\b",
    re.I,
)


def personal_distress(text: str) -> bool:
    return bool(_PERSONAL_DISTRESS.search(text or "")) and (
        not _EMPLOYER_SIDE.search(text or "") or bool(_SELF_TOO.search(text or ""))
    )


# Leave kinds named in the text win over the NLU's intent ("hoe lang mag ik calamiteitenverlof").
_LEAVE_WORDS = (
    ("calamiteitenverlof", re.compile(r"calamiteit|kort verzuim|noodgeval", re.I)),
    (
        "langdurend_zorgverlof",
        re.compile(
            r"lang(?:durend|durig|e)? (?:zorg)?verlof|langdurend|\bkort-? (?:en|of) lang\b|\blang-? (?:en|of) kort\b|langdurig(?!e? (?:ziek|verzuim|uitgevallen|afwezig|uitval))|het lange\b|langere variant"
            r"|(?:tijdelijk|een tijdje|een paar (?:maanden|weken)|een periode) (?:\w+ ){0,2}minder (?:werken|uren)"
            r"|minder (?:werken|uren) (?:\w+ ){0,3}(?:tijdelijk|een tijdje|een paar (?:maanden|weken)|een periode)"
            r"|hulpbehoevend|terminaal|levensbedreigend|palliatie|ongeneeslijk|(?:gaat|zal|kan) (?:nog )?(?:wel )?(?:\w+ )?(?:heel )?lang (?:gaan )?duren|langere tijd|maandenlang",
            re.I,
        ),
    ),
    (
        "kortdurend_zorgverlof",
        re.compile(
            r"kort(?:durend|e)? (?:zorg)?verlof|kortdurend|het korte\b|korte variant|\bkort-? (?:en|of) lang|\blang-? (?:en|of) kort\b"
            r"|(?:heeft|nodig heeft|had) (?:\w+ )?verzorging nodig|verzorging nodig|thuis (?:\w+ )?(?:verzorgen|verplegen)"
            r"|daarna (?:nog )?(?:een|enkele|een paar) (?:week|weken|dagen)|(?:week|dagen) (?:thuis )?(?:\w+ )?(?:verzorg|zorgen)"
            r"|(?:morgen|overmorgen|de dagen daarna|de rest van de week) (?:ook )?(?:\w+ ){0,3}(?:thuis|zorgen|verzorgen)"
            r"|thuis (?:blijf|blijven|blijft) om (?:voor \w+ )?te (?:zorgen|verzorgen)|ziek is en (?:\w+ ){0,2}(?:verzorging|zorg) nodig"
            r"|ziek (?:wordt|is|werd) en (?:ik|ze|hij|zij) (?:\w+ ){0,3}(?:zorgen|verzorgen)\b",
            re.I,
        ),
    ),
    (
        "flexibel_werken",
        re.compile(
            r"flexibel werken|\bwfw\b|werktijden|andere werktijd|werktijd (?:aanpass|verander|verschuiv)|minder (?:uren|werken|te werken|gaan werken)|meer uren|thuis ?(?:te )?werk(?:en)?\b|\bthuis (?:mag|mogen|kan|kunnen|te) werken\b|werkplek"
            r"|\bnaar \d+ uur\b|later (?:beginnen|begin)|(?:eerder|vroeger|later|om \d+ uur|om \d{1,2}[:.]\d{2}(?: uur)?) (?:\w+ )?(?:beginnen|starten|stoppen)|begintijd|eindtijd|eerder (?:stoppen|weg)|(?:vier|4)[ -]?daagse|(?:kortere|andere|compacte) werkweek|arbeidsduur"
            r"|\b\d+ (?:uur |dagen )?(?:in plaats van|ipv|i\.p\.v\.) \d+ (?:uur|dagen)|\bwil (?:\w+ )?naar \d+ (?:dagen|uur)\b|\bin plaats van \d{1,2}[.:]\d{2}|vanuit huis (?:te )?werken|thuiswerk\b"
            r"|(?:op|om) andere (?:tijden|uren|dagen) (?:te )?werken|andere (?:werk)?tijden"
            # "medewerker wil voortaan 4x9 werken in plaats van 5 dagen"
            r"|\b\d ?x ?\d+ (?:gaan )?werken\b|\bin plaats van \d+ (?:dagen|uur)\b"
            # "gevraagd om vanaf 1 juli 4 dagen te werken ipv 5"
            r"|\b\d+ (?:dagen|uur) (?:te |gaan )?werken (?:in plaats van|ipv|i\.p\.v\.) \d+\b"
            # "wil naar 4x9 ipv 5 dagen", "vanaf 1 maart op maandag vrij te zijn"
            r"|\bnaar \d ?x ?\d+\b|\bop (?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:en)? vrij (?:te )?(?:zijn|hebben)\b"
            # "wil op zaterdag niet meer werken", "als ik gewoon structureel minder wil werken"
            r"|\bop (?:zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag)\w* (?:\w+ )?niet (?:meer )?(?:te )?werken\b"
            r"|\bminder (?:wil|zou willen|ga) werken\b"
            # "mijn werkdagen anders indelen, donderdag vrij in plaats van vrijdag"
            r"|\b(?:werkdagen|werkuren|uren|dagen) anders (?:gaan |te )?(?:indelen|verdelen|inroosteren|plannen)\b"
            r"|\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\w* vrij in plaats van\b"
            # "Kan ik mijn uren aanpassen?", "mijn uren verminderen"
            r"|\b(?:mijn|zijn|haar|de|m[ij]n) (?:werk)?uren (?:aan ?(?:te )?passen|aanpassen|verminderen|verlagen|terugbrengen|omlaag)\b",
            re.I,
        ),
    ),
)


def leave_named_in(text: str):
    """The one leave kind the text names; none when it names both kinds of zorgverlof."""
    named = leaves_named_in(text)
    if {"kortdurend_zorgverlof", "langdurend_zorgverlof"} <= set(named):
        return None
    return named[0] if named else None


# "Een tijd lang minder werken om voor hem te zorgen": care for a while is the long care leave,
# taken part-time; working fewer hours for good is the Wet flexibel werken.
FOR_A_WHILE = re.compile(
    r"tijdelijk|een tijdje|een tijd ?lang|voorlopig|een paar (?:maanden|weken)|een periode|\bkomende (?:maanden|weken)\b",
    re.I,
)


def leaves_named_in(text: str) -> List[str]:
    """Every leave kind the text names: "het verschil tussen calamiteitenverlof en kortdurend zorgverlof"."""
    named = [leave_type for leave_type, pattern in _LEAVE_WORDS if pattern.search(text or "")]
    if (
        "flexibel_werken" in named
        and FOR_A_WHILE.search(text)
        and re.search(r"\bminder (?:\w+ )?(?:uren|uur|werken|dagen)\b", text, re.I)
        and re.search(r"\bzorg|verzorg", text, re.I)
        and not re.search(r"flexibel|\bwfw\b|\bwet\b", text, re.I)
    ):
        # "ik wil een tijd lang minder werken om voor hem te zorgen": the long care leave, taken
        # part-time; fewer hours for good would be the Wfw.
        named = ["langdurend_zorgverlof" if leave == "flexibel_werken" else leave for leave in named]
    return list(dict.fromkeys(named))


def names_both_care_leaves(text: str) -> bool:
    return {"kortdurend_zorgverlof", "langdurend_zorgverlof"} <= set(leaves_named_in(text))


# "Hoe bereid ik mijn team voor?", "wat nu?": a situation to act on, so the theme's actions.
HOW_TO_ACT = re.compile(
    r"\bhoe (?:bereid|pak|help|begeleid|ondersteun|voorkom|zorg|krijg|ga|kan ik|kunnen we|moet ik)"
    r"|\bwat (?:nu|moet ik|kan ik|kunnen we)\b|\btips?\b"
    r"|\bwaar (?:moet|moeten|kan|kunnen) (?:ik|we|wij) (?:\w+ )?op letten|\bwaar let ik op\b|\baandachtspunten\b"
    r"|\bwat (?:adviseert|raadt|aanbeveelt|beveelt) (?:de brochure|het onderzoek|tno|u|je)\b"
    r"|\bwat is het belangrijkste\b|\bwat moet ik (?:\w+ )?weten\b",
    re.I,
)


def is_question(text: str) -> bool:
    return "?" in (text or "") or bool(
        re.match(
            r"\s*(?:wat|hoe|waarom|welke|wie|wanneer|waar|hoeveel|is|zijn|kan|kun|mag|moet|klopt|bestaat|heeft|hebben|doen)\b",
            text or "",
            re.I,
        )
    )


def context_prior(tracker: Tracker):
    """What the conversation is about, for a search the NLU gave no clear direction."""
    from actions.content import current_item
    from actions.followups import theme_named_in
    from actions.search import Prior

    named = theme_named_in(latest_text(tracker))
    if named:
        return Prior(theme=named)
    item = current_item(tracker)
    theme = tracker.get_slot("theme")
    if item is not None and item.theme.value == "regelingen":
        return Prior(theme="regelingen", subtopic=tracker.get_slot("leave_type") or item.subtopic)
    return Prior(theme=theme) if theme else Prior()


def reader_audience(tracker: Tracker) -> Optional[str]:
    """Whom an answer should be written for, when the conversation tells."""
    role = tracker.get_slot("role")
    if speaks_for_employer(tracker):
        return "leidinggevende" if role != "hr" else "hr"
    if role == "medewerker" or _EMPLOYEE_SIDE.search(latest_text(tracker)):
        return "medewerker"
    return None
