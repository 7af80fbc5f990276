"""What a message plainly asks for, whatever the NLU made of it.

The NLU picks one intent; some messages carry a clearer signal in their words: a subject the
sources do not cover, a person having a hard time, weekly hours with a leave question, a
leave kind named outright, or the number the bot just asked for. The actions that handle
uncertain or broad intents check these first.
"""

import re
from typing import List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.content import (
    advice_items,
    current_item,
    knowledge_base,
    latest_intent,
    latest_text,
    sentences_of,
    shown,
    user_texts,
    utter_links,
    utter_source,
    word_stems,
)
from actions.context import (
    FOR_A_WHILE,
    HOW_TO_ACT,
    events_of_last_answer,
    is_question,
    leave_named_in,
    leaves_named_in,
    names_both_care_leaves,
    not_covered,
    pending_question,
    personal_distress,
    role_in_message,
    speaks_for_employer,
)
from actions.hours import (
    VARYING_ROSTER,
    entitled_hours,
    fixed_monthly_hours,
    fixed_over_weeks,
    format_hours,
    hours_not_weekly,
    number_in,
    parse_weekly_hours,
    valid_weekly_hours,
)
from actions.registry import CARE_LEAVE_TYPES, INTENT_THEMES, LEAVE_TYPES, TREND_THEMES, WHERE_IT_WEIGHS_ITEMS
from actions.search import links_for_audience, search_links

# "Bij wie kunnen mijn medewerkers terecht?": the people who can help.
_WHERE_TO_GO = re.compile(
    r"\b(?:ergens|waar|bij wie) (?:\w+ )?(?:kan ik |moet ik )?(?:dit |dat |het )?melden|(?<!hoe )\bmoet ik (?:dit|dat|het) (?:ergens )?melden(?! (?:bij|aan) (?:mijn|de|uw|m'?n) (?:werkgever|leidinggevende|baas|manager))"
    r"|\bwaar (?:kan|moet) ik (?:hem|haar|hen|die|deze|ze) (?:\w+ )?(?:naar ?(?:toe )?)?(?:verwijzen|doorverwijzen|sturen)\b(?!.{0,40}\b(?:website|site|link|pagina)\b)|\bnaar wie (?:kan|moet) ik (?:hem|haar|ze) (?:door)?verwijzen"
    r"|\bwie kan ik (?:\w+ ){0,3}(?:bellen|benaderen|inschakelen)\b"
    r"|vertrouwelijk .{0,30}(?:kwijt|praten|vertellen)|bij wie .{0,50}(?:terecht|kwijt)|wie (?:begeleidt|begeleid|helpt bij) |wie (?:kan|kunnen) (?:me|mij|haar|hem|zij|hij|ze|mijn medewerkers?|een medewerker) .{0,30}helpen|met wie kan .{0,30}praten|waar kan (?:zij|hij|ze|mijn medewerker) .{0,20}terecht",
    re.I,
)
# "Ik wil een mens spreken", "met wie kan ik hierover praten?", "kan ik iemand bellen?".
_WANTS_PERSON = re.compile(
    r"\b(?:een |echt |echte )*(?:mens|persoon) (?:spreken|praten|aan de lijn)|met (?:een |echt )*(?:mens|persoon) (?:praten|spreken)"
    r"|met wie kan ik .{0,30}(?:praten|bespreken|spreken)|kan ik (?:iemand|een mens) (?:bellen|spreken|mailen|bereiken)"
    r"|(?:telefoonnummer|mailadres|e-mailadres) van (?:hr|de bedrijfsarts|de vertrouwenspersoon|personeelszaken)",
    re.I,
)
_WHAT_CAN_YOU_DO = re.compile(
    r"waar(?:mee)? kun(?:t)? (?:je|u) (?:me |mij )?(?:(?:wel|dan|nou|eigenlijk) )*(?:mee )?helpen|wat kun(?:t)? (?:je|u) (?:wel|dan)",
    re.I,
)
WHICH_LEAVE = re.compile(
    r"welk(?:e)? (?:soort(?:en)? )?verlof|wat (?:is )?(?:er )?wettelijk (?:is )?geregeld|welke (?:wettelijke )?regelingen"
    r"|\bwat (?:ze|hij|zij|ik|u|je) (?:\w+ ){0,2}aan verlof",
    re.I,
)
# "Doen andere werkgevers dat ook?", "hoe vaak wordt dat genoemd?": the figures of the theme.
_ASKS_FIGURES = re.compile(
    r"(?:doen|doet) (?:veel |andere |meer )?(?:werkgevers|bedrijven|organisaties) (?:dat|dit)|hoe vaak (?:wordt|noemen|doen)"
    r"|hoeveel (?:procent|werkgevers|bedrijven|organisaties)|welk percentage"
    # "Welk deel van de werkgevers denkt dat AI gevolgen heeft voor werkstress?"
    r"|\bwelk (?:deel|aandeel) van de (?:werkgevers|bedrijven|organisaties|werkenden|medewerkers|werknemers)\b"
    r"|\bnoemt (?:het onderzoek|de brochure|tno)\b|\bstaat (?:dat|dit) in het onderzoek"
    # "Wat vinden andere werkgevers het belangrijkst?", "wat doen werkgevers nog meer?"
    r"|\bwat (?:doen|vinden|bieden|noemen) (?:de meeste |andere |veel )?(?:werkgevers|bedrijven|organisaties)"
    r"|\b(?:andere |de meeste )?werkgevers\b.{0,25}\b(?:het (?:meest|vaakst|belangrijkst)|belangrijkst)"
    # "Is mantelzorg echt een groeiend probleem voor werkgevers?": how many, how much.
    r"|\b(?:groeiend|toenemend|groot) probleem\b|\bhoe groot is (?:het|dat|dit) (?:probleem)?",
    re.I,
)
# "Wat kunnen die organisaties eraan doen?" about the theme of the conversation: its actions.
_WHAT_TO_DO = re.compile(
    r"wat (?:kan|kunnen|moet|moeten|kunt) (?:ik|we|wij|u|je|ze|zij|die \w+|organisaties|werkgevers) (?:er |daar )?(?:dan )?(?:\w+ ){0,3}?(?:aan )?doen"
    r"|hoe (?:pak|pakken) (?:ik|we) (?:dat|dit) aan|hoe (?:voorkom|voorkomen) (?:ik|we|wij)\b"
    r"|wat doen (?:die |andere |veel )?(?:werkgevers|organisaties|bedrijven) (?:eraan|ertegen|daaraan|daartegen|(?:er |daar )?(?:\w+ )?(?:aan|tegen))"
    r"|wat (?:raad|adviseer) (?:je|jij|u)\b|wat (?:raden|adviseren) (?:jullie|jij|je|u)\b|wat is (?:je|jouw|uw) advies",
    re.I,
)
# Knowledge items that answer a question asked in many words: the employer's duty under the
# Arbowet, and the bedrijfsarts's open consultation without the employer's permission.
EMPLOYER_DUTY_ITEM = "psa.arbowet-plicht"
OPEN_CONSULTATION_ITEM = "psa.bedrijfsarts"
CONSEQUENCES_ITEM = "psa.gevolgen"
RIE_ITEM = "psa.rie"
PAGO_ITEM = "psa.pago"
CONFIDANT_ITEM = "psa.vertrouwenspersoon"
PSA_DEFINITION_ITEM = "psa.definitie"
PSA_INTEGRAL_ITEM = "psa.integrale-aanpak"
ARRANGEMENTS_ADVICE_ITEM = "mantelzorg.actie.regelingen"
CAREGIVER_SUPPORT_ITEM = "mantelzorg.actie.ruimte-en-vertrouwen"
FLEXIBILITY_ADVICE_ITEM = "mantelzorg.actie.flexibiliteit"
_RIE_DUTY = re.compile(
    r"\b(?:ri&?e|rie|risico-?inventarisatie)\b.{0,40}\b(?:verplicht|moet)|\bverplicht\w*\b.{0,40}\b(?:ri&?e|risico-?inventarisatie)\b"
    r"|\b(?:moeten|moet) (?:wij|we|ik|jullie|ze) (?:\w+ ){0,3}(?:een )?(?:ri&?e|rie|risico-?inventarisatie)\b",
    re.I,
)
_IF_NOTHING_DONE = re.compile(
    r"\bwat (?:gebeurt er )?als (?:ik|we|wij|de werkgever) (?:er |daar |hier )?(?:niks|niets) (?:mee |aan )?doe", re.I
)
_EMPLOYER_DUTY = re.compile(
    r"\bmoet(?:en)? (?:ik|we|wij) als (?:klein(?:e)? )?(?:werkgever|organisatie|bedrijf)|\bwat (?:moet|moeten) (?:ik|we|wij) (?:dan )?(?:wel )?verplicht|\bvolgens de (?:wet|arbowet)\b.{0,20}\?"
    r"|(?:werkgever|baas|bedrijf|organisatie)\b.{0,30}\b(?:verplicht|moet .{0,20}(?:iets|er|hier|daar)"
    r"|niet (?:iets|wat) (?:mee|aan) doen|iets (?:mee|aan) doen)|valt (?:dit|dat|het) onder de arbowet|\barbowet\b.{0,20}\?"
    r"|\bwat zegt de (?:arbo)?wet\b"
    r"|\bmoet(?:en)? (?:mijn|de|onze|ons|een) (?:werkgever|baas|bedrijf|organisatie) (?:hier|daar|er)? ?(?:\w+ ){0,2}(?:iets|wat) (?:mee|aan)\b"
    r"|\bwat (?:moet|moeten) (?:mijn|de|onze|een) (?:werkgever|baas|organisatie|bedrijf) (?:\w+ ){0,3}(?:aan|mee) doen\b"
    # "En wat moet mijn werkgever daar dan mee?", "moet mijn werkgever hier niet iets tegen doen?"
    r"|\bwat (?:moet|moeten) (?:mijn|de|onze|een|m'?n) (?:werkgever|baas|organisatie|bedrijf) (?:\w+ ){0,3}mee\W*$"
    r"|\bmoet(?:en)? (?:mijn|de|onze|een|m'?n) (?:werkgever|baas|organisatie) (?:\w+ ){0,4}tegen doen\b"
    r"|\bvalt (?:dit|dat|het) (?:\w+ )?onder de wet\b",
    re.I,
)
# "Waar moet ik op letten?": the points of attention of the advice just shown.
_WHAT_TO_WATCH = re.compile(
    r"waar (?:moet|moeten|kan|kunnen) (?:ik|we|wij|je) (?:dan )?(?:\w+ )?op letten|aandachtspunten|waar let ik op"
    # "Hoe organiseer ik dat praktisch?": the advice's practical points.
    r"|\bhoe (?:organiseer|regel|pak|doe|richt) (?:ik|we|wij|je) (?:dat|dit|het) (?:\w+ )?(?:praktisch|concreet|aan|in)\b|\bpraktisch (?:gezien|aanpakken|organiseren)",
    re.I,
)
_NO_FIXED_HOURS = re.compile(
    r"\bgeen vaste (?:uren|werktijden)|\bnul[- ]?urencontract|\b0[- ]?urencontract|\boproepkracht|\bwisselende uren|"
    + VARYING_ROSTER,
    re.I,
)
_OTHER_OPTIONS = re.compile(
    r"\bandere (?:opties|acties|mogelijkheden|dingen|maatregelen)|\bbehalve\b|\bwat (?:doen|kan|kunnen) (?:\w+ ){0,3}nog meer"
    r"|\b(?:belangrijkste|meest genoemde|drie) acties|\bwelke acties\b|\balle drie\b|\bdrie belangrijkste\b"
    r"|\bwat doen (?:andere|de meeste|veel|meer) (?:werkgevers|bedrijven|organisaties)"
    r"|\bwaar zetten (?:andere |de meeste |veel )?(?:werkgevers|bedrijven|organisaties) (?:\w+ )?op in"
    r"|\bmeest genoemde\b|\bde drie\b.{0,25}\b(?:genoemd|acties|percentages)",
    re.I,
)
_HOW_MANY_LIKE_ME = re.compile(
    r"\bveel (?:mensen|werkenden|collega's|collegas|anderen) (?:zoals ik|die ook|met hetzelfde)|\bhoeveel (?:mensen|werkenden|mantelzorgers)\b",
    re.I,
)
_ASKS_WHEN = re.compile(
    r"\bsinds wanneer|\bwelk jaar|\bvan wanneer|\buit welk jaar|\bhoe recent|^\W*(?:en )?wanneer\W*$|\bwanneer (?:was|is) dat",
    re.I,
)
_MAKE_KNOWN = re.compile(
    r"bekend(?:er)? (?:maken|gemaakt)|bekendheid|onder de aandacht|beter vindbaar|communiceren (?:naar|over|met)"
    r"|\bhoe (?:kunnen|kan|moeten) (?:we|wij|ik) (?:ze|hen|medewerkers|mantelzorgers) (?:\w+ )?(?:informeren|voorlichten)",
    re.I,
)
# "Wat wordt er verstaan onder te hoge werkdruk?", "wanneer is werkdruk te hoog?"
ASKS_WORKLOAD_MEANING = re.compile(
    r"\b(?:wat|waar) (?:wordt|is) (?:er )?(?:\w+ )?(?:verstaan onder|bedoeld met) (?:een )?(?:te )?(?:hoge )?werkdruk"
    r"|\bwanneer is (?:de )?werkdruk (?:\w+ )?te hoog|\bwat is (?:\w+ )?te hoge werkdruk|\bverstaa?t? (?:\w+ ){0,3}onder (?:te )?(?:hoge )?werkdruk"
    r"|\bwanneer (?:spreek|spreekt|praat|noem|noemt) (?:je|u|men|we|jullie) (?:\w+ ){0,2}(?:van|over) (?:een )?te hoge werkdruk"
    r"|\bwanneer is (?:er )?(?:sprake van )?(?:een )?te hoge werkdruk"
    r"|\bwat valt (?:er )?(?:\w+ )?onder (?:een )?te hoge werkdruk"
    # "Wat is nou eigenlijk 'te hoge werkdruk' volgens die brochure?"
    r"|\bwat (?:is|betekent|bedoelen (?:ze|jullie|ze eigenlijk)) (?:\w+ ){0,3}\W{0,2}te hoge werkdruk",
    re.I,
)
_OTHER_SHORTAGE_ACTIONS = re.compile(
    r"\binspraak\b|\bimago\b|\bflexwerkers?\b|\bdeeltijders?\b|\buitzendkrachten\b"
    r"|\b(?:tot|na) (?:hun |het |de )?pensioen (?:\w+ )?(?:in dienst|doorwerken|laten werken)|\bdoorwerken na (?:hun |het )?pensioen",
    re.I,
)
_ASKS_ABOUT_PEOPLE = re.compile(
    r"\b(?:welke|hoeveel van mijn|wie van (?:mijn|onze|ons|de)) (?:collega'?s|medewerkers|werknemers|teamleden|mensen)\b"
    r"(?: (?:van|uit|op|in) (?:mijn|onze|ons|de) (?:afdeling|team|locatie|vestiging))? (?:zijn|is|hebben|heeft|zitten|staan)"
    r" (?:\w+ ){0,4}(?:geweest|ziek|gemeld|ziekgemeld|verzuimd|in de ziektewet|bij de (?:bedrijfsarts|huisarts|vertrouwenspersoon))",
    re.I,
)
# "Kun je de drie verlofvormen naast elkaar zetten?": every regulation in a line.
_COMPARE_LEAVES = re.compile(
    r"\b(?:verlofvormen|verlofsoorten|soorten (?:zorg)?verlof|vormen van (?:zorg)?verlof)\b"
    r"|\b(?:naast elkaar|vergelijk\w*|verschil(?:len)? tussen)\b.{0,60}\bverlo[fv]",
    re.I,
)
_ASKS_IF_BOT = re.compile(
    # At the start of the message or of one of its sentences: "Oké, dan in het Nederlands. Ben je eigenlijk een chatbot?"
    r"(?:^|[.!?]\s)\W*(?:ben|bent|is) (?:jij|je|u|dit) (?:een |eigenlijk |nou |gewoon |soms |nu )*(?:chatgpt|copilot|robot|bot|chatbot|mens|echt persoon|ai)\b",
    re.I,
)
_ONLY_THANKS = re.compile(
    r"^\W*(?:(?:oke|oké|ok|top|super|fijn|prima|duidelijk)\W+)?(?:dank je(?:wel)?|dankjewel|dank u(?:wel)?|bedankt|thanks|merci)\b"
    r"[\w\s,.!']{0,40}$",
    re.I,
)
_RIE_NAMED = re.compile(r"\bri&?e\b|\brie\b|risico-?inventarisatie", re.I)
_NO_DECISION = re.compile(
    r"\b(?:niks|niets|geen (?:antwoord|reactie|besluit|beslissing)|niet) (?:\w+ ){0,2}(?:zegt|laat horen|reageert|antwoordt|beslist|terugkomt)\b"
    r"|\bals (?:hij|zij|ze|de werkgever|mijn werkgever|ik|we|wij) (?:het|dat) (?:\w+ )?(?:vergeet|vergeten)\b"
    r"|\bniet op tijd\b|\bte laat (?:beslist|reageert|antwoordt)\b|\bte laat (?:ben|bent|is|zijn) met (?:beslissen|reageren|antwoorden)\b"
    # "Binnen welke termijn moet ik antwoorden?", "we hebben nog niks besloten".
    r"|\bbinnen welke (?:termijn|tijd)\b|\bhoeveel tijd (?:heeft|hebben|krijgt) (?:mijn |de |onze )?(?:werkgever|baas|hij|zij|ze|ik|we)\b"
    r"|\bnog (?:niks|niets|niet) (?:besloten|beslist)\b",
    re.I,
)
_AFTER_NOT_COVERED = re.compile(
    r"\bwie (?:weet|kan|moet) (?:dat|het|dit) (?:dan )?(?:wel|me|mij)\b|\bwaar (?:kan|moet) ik (?:dat|het|dit|dan)\b.{0,20}\b(?:vinden|vragen|navragen)\b"
    r"|\becht niet\b|\b(?:je|jij|u) (?:weet|kent) toch\b|\b(?:helemaal|echt) (?:niks|niets)\b"
    r"|\bwie kan ik\b.{0,30}\b(?:bellen|vragen|mailen|bereiken)\b|\bwaarom weet (?:je|jij|u) (?:dat|dit|het) niet\b",
    re.I,
)
_ASKS_WHY = re.compile(r"\W*(?:en |maar )?(?:waarom(?! niet)|hoe komt (?:het|dat)|wat (?:is|zijn) de oorza?ak)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ASKS_COST = re.compile(r"\bwat kost|\bhoeveel kost|\bkosten van\b", re.I)
# "En voor zijn opa?", "geldt dat ook voor mijn schoonmoeder?" after a care leave: this opening,
# then a relation in the words of the relation question (regulations.ASPECT_WORDS).
_FOR_SOMEONE = re.compile(
    r"^\W*(?:en|maar|ook|dus)?\W*(?:geldt (?:dat|het|dit) (?:dan )?(?:ook )?|telt (?:dat|het) (?:ook )?|mag (?:dat|het) (?:ook )?)?"
    r"(?:voor|met) (?:zijn|haar|mijn|m'n|mn|hun|de|een|uw)\b",
    re.I,
)
_GOOD_OR_BAD = re.compile(
    r"\bgoed of (?:juist )?slecht\b|\bslecht of (?:juist )?goed\b|\bvoor- ?(?:en|of) nadelen\b|\bpositief of (?:juist )?negatief\b|\bzegen of (?:een )?vloek\b",
    re.I,
)
_WHERE_IT_WEIGHS = re.compile(
    r"\b(?:welke|wat voor|wat voor soort) (?:bedrijven|organisaties|werkgevers|sectoren|branches)\b(?! (?:helpen|kunnen helpen|ondersteunen))"
    r"|\bwaar (?:speelt|is) (?:dit|dat|het) (?:\w+ )?(?:het )?(?:meest|sterkst|grootst)\b|\bin welke (?:sector|branche)",
    re.I,
)
_ABSENCE = re.compile(r"verzuim|uitval|\bziek|burn-? ?out|stressklachten", re.I)
_ASKS_WHERE = re.compile(r"\bwaar\b|\bwie\b|weet je het niet|dus je weet", re.I)
_ASKS_MEANING = re.compile(
    r"wat (?:betekent|bedoel|houdt|valt daar|valt er (?:\w+ )?onder|is dat|wordt (?:er )?(?:daarmee |mee )?bedoeld)|betekenis",
    re.I,
)
# "Welke redenen tellen dan wel?", "wanneer mag mijn baas weigeren?": the grounds for refusing.
_REFUSAL_GROUNDS = re.compile(
    r"\bwelke (?:redenen|reden|gronden)\b|\bwat (?:telt|geldt) (?:dan )?(?:wel )?als (?:een )?(?:goede |geldige )?reden"
    r"|\bop welke grond|\bwanneer mag (?:hij|zij|ze|de werkgever|mijn (?:baas|werkgever|leidinggevende)) (?:het |dat )?(?:wel )?weigeren"
    r"|\bmet welke reden",
    re.I,
)
# "Wat is een zwaarwegend bedrijfsbelang precies?": a meaning question only with the term in it.
_ASKS_WHAT_IS = re.compile(
    r"wat (?:is|zijn) (?:een|het|de)\b|wat (?:moet ik )?versta(?:an)? (?:ik |je |u )?onder|wat wordt (?:er )?verstaan onder"
    # "Wat telt als zwaarwegend bedrijfsbelang?" asks what the term covers ("wat telt als reden" asks the grounds).
    r"|wat (?:telt|geldt) (?:dan )?(?:wel )?als (?!(?:een )?(?:goede |geldige )?reden)",
    re.I,
)


ABOUT_THE_SURVEY_ITEM = "algemeen.over-de-brochure"
# A hospital is also a workplace ("wij zijn een ziekenhuis met 800 medewerkers"): it needs another sudden word.
_LEAVE_OR_PAY = re.compile(r"doorbetal|\bloon\b|betaald|\bvrij\b|\bweg\b|verlof|naar huis", re.I)
_IS_IT_BURNOUT = re.compile(
    r"\b(?:kan|is) (?:dit|dat|het) (?:\w+ )?(?:een )?burn-? ?out\b|\bheb ik (?:\w+ )?(?:een )?burn-? ?out\b", re.I
)
_WHICH_DOCTOR = re.compile(r"\bhuisarts of (?:de )?bedrijfsarts\b|\bbedrijfsarts of (?:de )?huisarts\b", re.I)
_EXAMPLES_ONLY = re.compile(
    r"^\W*(?:en |heeft u |heb je |zijn er |geef (?:eens |me |mij )?|noem (?:eens )?)?(?:een |wat |eens een )?voorbeeld(?:en)?\W*$",
    re.I,
)
_WHAT_SITUATIONS = re.compile(
    r"\bvoor welke situaties\b|\bwaarvoor (?:is|kun|kan|mag|gebruik)\w*\b|\bwanneer (?:kan|mag|krijg) (?:ik|je|u|hij|zij|ze)\b(?!.{0,20}\bbeslis)",
    re.I,
)
_WHY_THAT_NUMBER = re.compile(
    r"^\W*(?:en |maar )?(?:waarom|hoe kom (?:je|u) (?:aan|op)) (?:precies |maar |dan |toch )?(?:\d+|zoveel|zo weinig|dat aantal|die (?:getallen|aantallen|uren)|dat getal)\b",
    re.I,
)
# "Hoeveel werkweken is dat?", "hoeveel weken zijn dat dan?" after the computed leave.
_IN_WEEKS = re.compile(r"\bhoeveel (?:werk)?weken\b(?! (?:van tevoren|vooraf|in dienst|voor))", re.I)
_WHAT_DOES_IT_HOLD = re.compile(
    r"\bwat houdt (?:dat|die|dit|het|deze) (?:\w+ )?in\b|\bwat is (?:dat|die|dit|deze)\b", re.I
)
WHAT_ELSE = re.compile(
    r"\b(?:wat|welke) (?:\w+ ){0,3}(?:nog meer|nog andere|verder nog|andere (?:dingen|acties|maatregelen))\b.{0,80}\b(?:naast|behalve)\b"
    r"|\b(?:naast|behalve) (?:\w+,? ){1,5}(?:en|of) \w+\b.{0,40}\b(?:nog meer|nog andere|ook nog)\b",
    re.I,
)
_WHAT_CAN_I_DO_MYSELF = re.compile(r"\bwat (?:kan|moet) ik (?:er |daar )?zelf (?:\w+ )?(?:aan )?doen\b", re.I)
# "Moet ik daarmee akkoord gaan?", "moet ik daar volgens de wet aan meewerken?"
_EMPLOYER_DECIDES = re.compile(
    r"\b(?:moet|mag|kan) ik (?:\w+ ){0,4}(?:akkoord|meewerken|mee ?werken|toestaan|weigeren|goedkeuren|instemmen)\b"
    r"|\bvolgens de wet\b|\bben ik (?:\w+ )?verplicht\b"
    # "Binnen welke termijn moet ik beslissen?"
    r"|\bbinnen welke termijn\b|\bwanneer (?:moet|moeten) (?:ik|we|wij) (?:\w+ )?beslissen\b|\buiterlijk beslissen\b",
    re.I,
)
_LEAVE_INSTEAD = re.compile(
    r"\b(?:liever|tijdelijk|eerst|toch) (?:\w+ )?verlof\b|\bverlof\b.{0,20}\bin plaats van\b", re.I
)
_SAME_THERE = re.compile(
    r"\b(?:geldt|is) (?:daar|dat|dit|hier|het|dan) (?:\w+ )?(?:hetzelfde|ook zo)\b|\bhetzelfde voor\b", re.I
)
# "Dus 'het komt niet goed uit' is niet genoeg?": what a weighty business interest is.
_NOT_CONVENIENT = re.compile(
    r"\b(?:komt|kwam|uitkomt|uitkwam) (?:het |hem |haar )?niet (?:goed |zo )?(?:uit|uitkomt)\b|\bniet (?:goed |zo )?uit(?:komt|kwam)\b"
    r"|\b(?:dat|omdat|als) (?:het|we|wij|ik) (?:\w+ )?(?:druk|krap) (?:is|zijn|zitten|heb|hebben|was)\b|\bdrukte\b"
    r"|\bhet is (?:gewoon |te |erg |zo )*(?:te )?druk\b",
    re.I,
)
# "Kan ik 113 ook bellen als het niet om mezelf gaat?"
_113_FOR_OTHERS = re.compile(
    r"\b113\b.{0,60}\b(?:niet (?:om|over|voor) (?:mezelf|mijzelf|mij)|(?:voor|om) (?:een ander|iemand anders|anderen)|naasten)",
    re.I,
)
ZWAARWEGEND_ITEM = "begrip.zwaarwegend-belang"
MKB_TOOL_LINK = "link.mkb-preventietool"
# "Kun je een afscheidsgedicht schrijven?": something to make, which this assistant does not do.
_ASKS_TO_CREATE = re.compile(
    r"^\W*(?:(?:kun|kan|kunt|wil|wilt) (?:je|jij|u)|schrijf|maak|verzin|bedenk)\b.{0,80}?"
    r"(?:gedicht|gedichtje|lied|liedje|speech|toespraak|grap|grapje|mop|mopje|rijm|rijmpje|kaartje)\b",
    re.I,
)
# "Kun jij een mailtje voor me opstellen aan mijn manager dat ik minder uren wil werken?": the
# assistant writes no letters, but what the letter is about it can still answer.
_ASKS_TO_WRITE = re.compile(
    r"^\W*(?:(?:kun|kan|kunt|wil|wilt) (?:je|jij|u)|schrijf|stel)\b.{0,60}?"
    # "sollicitatiebrief", "motivatiebrief", "verlofverzoek": compounds too.
    r"\b\w*(?:e-?mail\w*|mailtje|brief|briefje|bericht(?:je)?|verzoek)\b.{0,40}?\b(?:opstellen|schrijven|maken|op|voor me|voor mij)\b",
    re.I,
)
# "Maar je weet toch wel iets over verlof?" after "dat weet ik niet": what it does know.
_KNOWS_ABOUT_LEAVE = re.compile(
    r"\b(?:(?:weet|ken) (?:je|jij|u)|(?:je|jij|u) (?:weet|kent)) (?:\w+ ){0,3}(?:iets |wat )?(?:over|van) (?:verlof|regelingen|zorgverlof)\b",
    re.I,
)
# "Welke maatregelen nemen andere werkgevers?", "en wat doen die werkgevers dan vooral?": the
# theme's figures, which name every action employers take.
_WHAT_EMPLOYERS_DO = re.compile(
    r"\bwelke (?:maatregelen|acties|stappen) (?:nemen|zetten|treffen|gebruiken|doen) (?:\w+ )?(?:werkgevers|bedrijven|organisaties|ze|zij)\b"
    r"|\bwat is het belangrijkste (?:wat|dat) (?:werkgevers|bedrijven|organisaties) doen\b"
    r"|\bwat doen (?:andere |die |veel |de )?(?:werkgevers|bedrijven|organisaties) (?:er |daar |dan |nu |zoal |vooral ){0,3}(?:aan|tegen|vooral|zoal|meestal)?\W*$"
    r"|\bwat (?:zouden|moeten|kunnen) (?:werkgevers|bedrijven|organisaties) (?:\w+ ){0,2}doen\b"
    # "en wat nog meer?" after an action or the figures: every action employers named.
    r"|^\W*(?:en |maar )?(?:wat|welke) (?:acties |maatregelen |dingen )?(?:nog meer|verder nog|nog andere)\W*$",
    re.I,
)
# "Heb je cijfers?" with the theme in the same message: the figures, before any intake question.
_FIGURES_WITH_THEME = re.compile(
    r"\b(?:heb (?:je|jij|u)|zijn er|geef (?:me )?|met) (?:\w+ )?cijfers\b|\bcijfers graag\b|\bgraag (?:de |met )?cijfers\b",
    re.I,
)
# "Is er een handige tool?" from a small firm ("25 man"): the MKB tools.
_ASKS_TOOL = re.compile(
    r"\b(?:een|welke|handige|goede) (?:\w+ )?(?:tool|hulpmiddel|instrument)\b|\biets (?:praktisch|handigs?|concreets?)\b",
    re.I,
)
# "Hoe kan ik ze daar het beste over informeren?", "welke regelingen moeten we onder de aandacht brengen?"
_INFORM_ABOUT_LEAVE = re.compile(
    r"\b(?:informeren|informeer|voorlichten|voorlichting geven|onder de aandacht (?:brengen|te brengen)|bekend(?:er)? maken|communiceren)\b"
    r"(?<!\bniet informeren)",
    re.I,
)
INFORM_ABOUT_LEAVE_ITEM = "mantelzorg.actie.regelingen"
# "wat zegt jouw info daarover?": what the sources say, asked beside one's own worry.
_ASKS_WHAT_SOURCES_SAY = re.compile(
    r"\bwat zegt (?:jouw|je|uw|de|die) (?:info\w*|brochure|kennis|bron\w*)"
    r"|\bwat (?:weet|zeg|vind) (?:je|jij|u) (?:daar|er)(?:over| van)\b"
    r"|\bwat staat (?:er )?in (?:de|je|jouw) (?:brochure|info\w*)",
    re.I,
)
_MAY_REFUSE = re.compile(
    r"\b(?:mag|mogen|kan|kunnen) (?:ik|we|wij|de werkgever|mijn werkgever|hij|zij|ze) (?:dat |het |dit )?(?:\w+ )?(?:nee zeggen|weigeren|afwijzen|tegenhouden)\b"
    # "en als ik die aanpassing echt niet kan geven?"
    r"|\b(?:niet kan|niet kunnen|kan niet|kunnen niet) (?:\w+ )?(?:geven|toestaan|honoreren|inwilligen|missen)\b",
    re.I,
)
_ASKS_RECAP = re.compile(
    r"\b(?:samenvat\w*|samengevat|samenvatting|hoofdpunten|kernpunten|hoofdzaken)\b|\bop een rij(?:tje)?\b", re.I
)
_ASKS_FOR_SOURCE = re.compile(
    r"\b(?:de|het|je|jouw|uw|die|welke) (?:bron|bronnen|wetsartikel|artikel)\b|\bwaar (?:komt|haal) (?:je|jij|u) (?:dat|dit|die|deze)\b"
    # "Waar komt die 2,1 miljoen vandaan?"
    r"|\bwaar (?:komt|komen) (?:die|dat|dit|deze|het|de) (?:\S+ ){0,3}vandaan\b",
    re.I,
)
# Asking to work fewer or other hours: the Wet flexibel werken, whatever the care behind it.
_FEWER_HOURS = re.compile(
    r"\bminder (?:uren|uur|dagen)\b|\bminder (?:gaan )?werken\b|\bandere (?:werk)?tijden\b|\bandere werkplek\b", re.I
)
# After calamity leave: what follows it.
_AFTER_THE_CALAMITY = re.compile(
    r"\bna (?:die|de|deze) eerste (?:dag|opvang)\b|^\W*(?:en )?daarna\W*$|\bals (?:het|de zorg) langer (?:duurt|nodig is)\b"
    r"|\bwat (?:moet|kan|mag) (?:hij|zij|ze|ik) (?:dan |nu |daarna )*(?:opnemen|nemen)\b",
    re.I,
)
# "Ben jij een bot? En hoeveel ...", "praat ik nu met een robot of met iemand van HR?": the question
# anywhere in a longer message (the anchored _ASKS_IF_BOT above is a message that only asks that).
_BOT_QUESTION_INSIDE = re.compile(
    r"\b(?:ben (?:jij|je|u) (?:een |nou een |nu een )?(?:bot|robot|chatbot|mens|computer)"
    r"|(?:praat|chat|spreek) ik (?:nu |hier )?(?:met|tegen) een (?:bot|robot|chatbot|mens|computer))\b",
    re.I,
)
# "Het komt nu slecht uit", "het is hoogseizoen": a reason to refuse leave that may not be enough.
_JUST_INCONVENIENT = re.compile(
    r"\b(?:slecht|niet goed|niet|onhandig) uit(?:komt|kwam|komen)\b|\b(?:te )?druk (?:is|hebben|heb)\b|\bdrukte\b|\bhoogseizoen\b|\bpiekperiode\b"
    # "maar het komt echt heel slecht uit, we hebben een grote deadline"
    r"|\bkomt (?:het |dat )?(?:\w+ ){0,2}(?:slecht|niet goed|onhandig|niet) uit\b|\b(?:grote|belangrijke|strakke) deadline\b",
    re.I,
)
# "Dus ik win het of niet? Ja of nee": a verdict on someone's case, which this assistant cannot give.
_ASKS_VERDICT = re.compile(
    r"\b(?:win|winnen|verlies|verliezen) (?:ik|we|wij) (?:het|dat|die zaak)?\b|\bik (?:win|verlies) (?:het|dat|die zaak|of niet)\b|\bvoor de rechter (?:slepen|sleep|dagen)\b|\b(?:krijg|heb) ik (?:\w+ )?gelijk\b"
    r"|\b(?:moet|kan|zal) ik (?:\w+ ){0,2}(?:aanklagen|een rechtszaak)"
    # "Is dat discriminatie? Moet ik een advocaat nemen?", "kun jij beoordelen of ik een zaak heb?"
    r"|\b(?:moet|kan|zal) ik (?:\w+ ){0,2}(?:een )?(?:advocaat|jurist) (?:nemen|inschakelen|in de arm nemen)"
    r"|\b(?:of|heb) ik (?:een )?(?:sterke |goede )?zaak (?:heb|sta)?\b|\bsta ik sterk\b",
    re.I,
)
# "Opgeroepen om te getuigen bij de rechtbank: moet ik een vakantiedag opnemen?": calamity leave
# covers a legal duty, before the holiday makes it a question the sources do not cover.
_LEGAL_DUTY = re.compile(r"\b(?:getuig\w*|rechtbank|voor de rechter (?:verschijnen|moet)|opgeroepen)\b", re.I)
# "Trainingen" to the ageing intake: one of the other actions employers named, in the figures.
_OTHER_AGEING_ACTIONS = re.compile(r"\btraining(?:en)?\b|\bloopbaan\w*|\bcursus(?:sen)?\b", re.I)
# "Ik zoek inspiratie en praktijkvoorbeelden": the theme's links with examples.
WANTS_EXAMPLES_ELSEWHERE = re.compile(
    r"\binspiratie\b|\bpraktijkvoorbeeld\w*|\bgoede voorbeelden\b"
    r"|\bvoorbeeld van een (?:organisatie|bedrijf|werkgever|gemeente|school)\b|\b(?:organisatie|bedrijf|werkgever)s? die (?:dit|dat|het) (?:al )?(?:\w+ )?(?:doet|doen)\b"
    # "Zijn er voorbeelden van organisaties die dit al goed doen?"
    r"|\bvoorbeelden van (?:andere )?(?:organisaties|bedrijven|werkgevers)\b"
    # "Zijn daar organisaties voor die werkgevers helpen?"
    r"|\borganisaties? (?:\w+ ){0,3}(?:die|voor) (?:werkgevers|ons|mij|bedrijven) (?:\w+ )?helpen\b",
    re.I,
)
# "Volgens mij is ze depressief. Klopt dat?": a diagnosis, which this assistant cannot make.
ASKS_DIAGNOSIS = re.compile(
    r"\b(?:heb|ben) ik (?:nu )?(?:een |last van )?(?:burn[- ]?out|depressie|depressief|overspannen)\b\W*$"
    r"|\b(?:zeggen|vertellen|beoordelen) of (?:het|dit|ik) (?:\w+ )?(?:een )?(?:burn[- ]?out|depressie|overspannen)"
    r"|\b(?:depressief|depressie|burn-?out|overspannen|adhd|autisme|autistisch)\b.{0,40}\b(?:klopt dat|denk je|is dat zo|of niet)\b",
    re.I,
)
# "Terug naar AI", "ander onderwerp: mantelzorg": that theme again.
_BACK_TO_THEME = re.compile(r"^\W*(?:terug naar|nog even over|weer over|verder (?:met|over)|ander onderwerp\W+)", re.I)
# "Valt zoiets ook onder werkstress?": what PSA covers.
_FALLS_UNDER = re.compile(
    r"\b(?:valt|vallen) (?:\w+ ){0,3}onder (?:\w+ )?(?:werkstress|psa|psychosociale)"
    # "Hoort dat bij ons werkstressbeleid?", "telt dat als PSA?"
    r"|\b(?:hoort|horen|telt|tellen) (?:\w+ ){0,2}(?:bij|als|mee (?:bij|voor)) (?:ons |onze |het |de )?(?:werkstress\w*|psa\w*|psychosociale)",
    re.I,
)
# "Wat kan ik haar concreet aanbieden?" about a caregiving employee: the actions for them.
_WHAT_TO_OFFER = re.compile(
    r"\bwat kan ik (?:haar|hem|hen|de medewerker|mijn medewerker) (?:\w+ )?(?:aanbieden|bieden)\b", re.I
)
_SMALL_FIRM = re.compile(
    r"\bmkb\b|\bklein(?:e)? (?:bedrijf|bedrijven|organisatie|organisaties|werkgever|werkgevers)|\bmet (?:\d|[1-4]\d) (?:man|mensen|medewerkers|werknemers)\b",
    re.I,
)
_WHERE_TO_START = re.compile(
    r"\bwaar (?:begin|start) (?:ik|we|wij|je)\b|\bhoe (?:begin|start) (?:ik|we|wij|je)\b(?! (?:een|het|dat|dit) gesprek)"
    r"|\bwaar (?:moet|moeten|kan|kunnen) (?:ik|we|wij) (?:\w+ )?(?:beginnen|starten)\b|\beerste stap\b",
    re.I,
)
# "En als mijn baas het niet wil?" after a regulation: when the employer may refuse.
_EMPLOYER_REFUSES = re.compile(
    r"^\W*(?:(?:en|maar|en wat|wat) )?(?:als|stel dat) (?:mijn |de |je |uw )?(?:baas|werkgever|leidinggevende|manager|hij|zij|ze) "
    r"(?:het |dat )?(?:gewoon |toch |dan )?(?:niet wil|weigert|nee zegt|afwijst)\W*$",
    re.I,
)
# "Hoe zorg ik dat ze niet meteen weer vertrekken?" about new staff: keeping them.
_KEEPING_STAFF = re.compile(
    r"\bniet (?:meteen |direct |snel |gelijk )?(?:weer )?(?:vertrekken|weggaan|weglopen|opstappen|vertrekt)\b|\b(?:behouden|vasthouden|binden)\b",
    re.I,
)
AI_RISKS_ITEM = "ai.context.risicos"
_MONITORING = re.compile(
    r"\bbij te houden\b|\bbijhoud\w*|\bhoudt? (?:\w+ ){0,3}bij\b|\btempo\b|\bgecontroleerd\b|\bgemonitord|\bmonitor\w*"
    r"|\b(?:meet|meten) (?:hoe|hoeveel)|\bper uur (?:afhandel|verwerk|doet|maakt)|\bin de gaten (?:ge)?houd\w*",
    re.I,
)
# "Wat zijn de voorwaarden?" asks the rules, not what a word in the question means.
_ASKS_CONDITIONS = re.compile(r"\bwat zijn de (?:voorwaarden|regels|eisen)\b", re.I)
# "En als hij morgen nog ziek is?" after calamiteitenverlof: the care leave that can follow.
CARE_CONTINUES = re.compile(
    r"\b(?:morgen|overmorgen|daarna|de dagen erna|volgende week)\b.{0,40}\b(?:nog|nog steeds|langer|weer)\b.{0,30}\b(?:ziek|zorg)"
    r"|\b(?:langer|nog dagen) (?:ziek|zorg nodig)"
    # "Ze wil morgen en overmorgen ook bij hem zijn", a bare "en morgen?" after a sudden event.
    r"|\b(?:morgen|overmorgen|de dagen erna|de rest van de week)\b.{0,40}\bbij (?:haar|hem|hen|zijn|mijn|m[ij]n) (?:\w+ )?(?:zijn|blijven)\b"
    r"|^\W*(?:en |maar )?(?:morgen|overmorgen|de dagen (?:erna|daarna)|daarna|en daarna)\W*$"
    r"|\b(?:morgen|overmorgen|daarna|de dagen erna|volgende week)\b.{0,60}\b(?:thuis (?:moet |blijft |moeten )?(?:blijven|blijft)|voor (?:haar|hem|hen) (?:moet |wil )?zorgen)",
    re.I,
)
# Time off to be with or care for someone: "kan zij vrij krijgen om bij hem te zijn?", "ik moet
# morgen werken maar ik wil bij haar blijven".
_TIME_OFF_TO_CARE = re.compile(
    r"(?=.*\b(?:vrij (?:krijgen|nemen|vragen)|(?:wil|wilt|willen) (?:\w+ )?vrij\b|(?:moet|moeten) (?:\w+ ){0,2}werken|thuis (?:blijven|zijn))\b)"
    r".*\b(?:bij|voor) (?:hem|haar|hen|(?:mijn|zijn|haar|hun|z'?n|m'?n) \w+) (?:te )?(?:zijn|zorgen|blijven)\b",
    re.I,
)
# "En de komende jaren?" after figures: what employers expect.
_ASKS_OUTLOOK = re.compile(r"\b(?:komende|volgende) jaren\b|\btoekomst\b|\bverwachting(?:en)?\b", re.I)
_ABOUT_THE_LINK = re.compile(
    r"\bwie (?:zit|zitten) (?:er )?achter\b|\bvan wie is (?:die|dat|deze|dit)\b|\bwie (?:heeft|hebben) (?:die|dat|deze|dit) (?:\w+ )?(?:gemaakt|geschreven)\b"
    r"|\bwat doen (?:die|ze|zij|deze)(?: \w+)? (?:precies|eigenlijk|dan|daar)\b",
    re.I,
)
_SOMETHING_SPECIAL_FOR = re.compile(
    r"\b(?:iets|wat|een (?:site|website|tool|aanpak)) (?:speciaals?|specifieks?|apart|aparts|praktisch|praktische|handigs?) (?:voor|over)\b"
    # "Welke tool kan een klein bedrijf als het onze gebruiken?"
    r"|\bwelke? (?:tool|tools|hulpmiddel|hulpmiddelen|instrument|instrumenten|site|website) (?:\w+ ){0,6}(?:klein|mkb|groot)",
    re.I,
)
_WHERE_TO_READ_MORE = re.compile(
    r"\bwaar (?:kan ik|kunnen we|vind ik|vinden we|lees ik|staat) (?:\w+ )?meer (?:over|informatie|info)\b|\bmeer (?:over \w+ )?lezen over\b",
    re.I,
)
HOURS_STILL_NOT_COVERED = re.compile(
    r"gemiddeld|gewoon (?:rekenen|uitrekenen)|toch|ongeveer|meestal|schatting|schatten|ruwweg|globaal|indicatie", re.I
)


def hours_still_not_covered(tracker: Tracker, text: str) -> bool:
    """ "Kun je niet gewoon rekenen met die 20 uur?" after a 0-hours contract: still not covered.

    A fixed number of hours a month turned into hours a week by the user ("160 uur per maand" …
    "dat is ongeveer 37 uur per week") is a weekly figure the rules can use.
    """
    if last_response(tracker) != "utter_hours_not_covered" or not HOURS_STILL_NOT_COVERED.search(text):
        return False
    earlier = user_texts(tracker)[-2:-1]
    monthly = bool(earlier) and fixed_monthly_hours(earlier[0])
    return not (monthly and re.search(r"\bper week\b", text, re.I) and valid_weekly_hours(parse_weekly_hours(text)))


# A serious event at work: a colleague hurt, an assault, a robbery (no family member involved).
_INCIDENT_AT_WORK = re.compile(
    r"\b(?:collega|medewerker|werknemer|teamlid|jongens|personeelslid)\w*\b[^.?!]{0,80}"
    r"\b(?:ernstig gewond|zwaar gewond|gewond geraakt|verongelukt|omgekomen|aangevallen|neergestoken|overvallen|beroofd)\b"
    r"|\b(?:bedrijfsongeval|arbeidsongeval|overval op (?:de|het|onze|ons) \w+)\b"
    r"|\b(?:ongeluk|ongeval)\b[^.?!]{0,40}\bop (?:de|het) (?:bouwplaats|werkvloer|werk|steiger|afdeling)\b",
    re.I,
)
_HOW_MANY_HOURS = re.compile(r"\bhoeveel (?:uur|uren|dagen|tijd)\b|\bhoe ?lang\b", re.I)
_BUILDS_UP = re.compile(r"\b(?:bouw|bouwt|bouwen|opbouw)\w*\b", re.I)
_CONDITIONS_ONLY = re.compile(r"^\W*(?:en |wat zijn )?(?:de )?(?:voorwaarden|eisen|regels)\W*$", re.I)
NATIONAL_FIGURES_ITEM = "algemeen.cijfers"
_HOW_COMMON = re.compile(
    r"\bhoe vaak komt (?:dat|dit|het|burn-? ?out|stress|werkstress) (?:\w+ )?voor|\bkomt (?:dat|dit|het) vaak voor"
    r"|\bhoeveel mensen (?:hebben|krijgen|zitten met) (?:\w+ )?(?:dat|dit|een burn-? ?out|burn-? ?out|stress)"
    # "Hebben veel mensen dit eigenlijk?", "ben ik de enige?"
    r"|\bhebben (?:veel|meer|andere) (?:mensen|werknemers|werkenden|collega's) (?:\w+ )?(?:dit|dat|hier last van|er last van)\b|\bben ik (?:de )?enige\b",
    re.I,
)
_ASKS_WHO_WAS_ASKED = re.compile(
    r"\bwie (?:hebben|heeft|zijn) (?:\w+ ){0,2}(?:gevraagd|ondervraagd|geinterviewd|geïnterviewd)\b|\bonder wie (?:is|zijn|werd)\b"
    r"|\bhoeveel (?:werkgevers|bedrijven|organisaties|mensen) (?:zijn|hebben|werden) (?:er )?(?:\w+ )?(?:gevraagd|ondervraagd|meegedaan)",
    re.I,
)
_ALL_OF_THEM = re.compile(
    r"^\W*(?:\w+ )?(?:alle(?:maal)?|alles)\b(?: (?:drie|3|vier|opties|acties|aanpakken|onderwerpen|drie opties))?(?:\W|$)"
    r"|\b(?:alle drie|alle 3|alle opties|allemaal)\b",
    re.I,
)
# "Welke mogelijkheden heb ik?", "bestaat er een aanpak waarbij mijn werk meedenkt?"
_ASKS_OPTIONS = re.compile(
    r"\b(?:welke|wat zijn (?:mijn|de)) (?:mogelijkheden|opties|regelingen)\b|\bwat (?:kan|kun) ik (?:doen|regelen)\b"
    r"|\b(?:begeleiding|aanpak|ondersteuning)\b.{0,40}\b(?:werk|werkgever|baas)\b|\bmeedenkt\b",
    re.I,
)


def _caregiver_speaking(tracker: Tracker, text: str) -> bool:
    """The writer cares for someone themselves (not a manager about a staff member)."""
    from actions.followups import theme_named_in

    caregiving = theme_named_in(text) == "mantelzorg" or re.search(
        r"\bzorg (?:\w+ ){0,3}voor mijn\b|\bik zorg\b", text, re.I
    )
    # "mijn werk en de zorg voor mijn man": the writer's own care, without "ik zorg".
    own_care = re.search(
        r"\b(?:de|mijn) zorg voor mijn\b|\b(?:en|ik) zorg (?:\w+ ){0,2}voor mijn\b", text, re.I
    ) and not (speaks_for_employer(tracker))
    return bool(caregiving) and (role_in_message(tracker) == "medewerker" or bool(own_care))


def route_by_content(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, follow_up: bool = False
) -> Optional[List[EventType]]:
    """The answer to a message whose words say plainly what it is about, or None.

    With `follow_up`, a short question about the regulation just shown ("en hoe snel moet hij
    beslissen?") is answered from that regulation."""
    from actions.followups import ActionExplainTerm, definition_in, theme_named_in, themes_named_in
    from actions.regulations import (
        CORRECTS_HOURS,
        SUDDEN,
        UNUSUAL_RELATION,
        ActionComputeLeave,
        answer_regulations,
        asks_leave_for_other_hours,
        aspects_in,
        calamity_of_that_day,
        compute_leave,
        hours_for_answer,
        relevant_points,
    )

    text = latest_text(tracker)
    if text.startswith("/"):
        return None
    theme = tracker.get_slot("theme")
    item = current_item(tracker)
    if _INCIDENT_AT_WORK.search(text) and not re.search(r"verlof|\bvrij\b|zorgen voor|verzorgen", text, re.I):
        # "Een collega viel van een steiger, de jongens zijn er stil van. Wat moet ik doen?": an
        # incident at work (PSA: ingrijpende gebeurtenis) and who can help, not leave for family.
        dispatcher.utter_message(response="utter_where_to_go")
        return [SlotSet("theme", "psa"), *(answer_item_id(dispatcher, tracker, PSA_DEFINITION_ITEM) or [])]
    if (
        theme in TREND_THEMES
        and _ALL_OF_THEM.search(text)
        and (
            tracker.get_slot("pending") == "subtopic"
            or (follow_up and len(text.split()) <= 6 and re.match(r"\W*(?:\w+ )?(?:alle(?:maal)?|alles)\b", text, re.I))
        )
    ):
        # "Alle drie graag, kort" to the intake question: every action in a line.
        from actions.advice import all_actions_briefly

        return all_actions_briefly(dispatcher, tracker, theme)
    if (
        pending_question(tracker) == "subtopic"
        and theme in TREND_THEMES
        and not re.search(r"\bwet\b|wettelijk|verlof|recht op", text, re.I)
        and theme_named_in(text) in (None, theme)
    ):
        from actions.advice import give_advice, subtopic_in_text

        if subtopic_in_text(theme, text):
            # "Ik wil meer weten over aanpassingen in werktijden" to the ageing intake: that
            # action, whatever else the words resemble (here the Wet flexibel werken).
            return give_advice(dispatcher, tracker, theme, subtopic_in_text(theme, text))
    if (theme_named_in(text) or theme) == "psa" and re.search(
        r"organisatiebreed|organisatie ?breed|hele organisatie|integra(?:al|le)|op alle (?:lagen|niveaus)", text, re.I
    ):
        # "En hoe pak je dat organisatiebreed aan?" about PSA: the integral approach.
        return answer_item_id(dispatcher, tracker, PSA_INTEGRAL_ITEM)
    if (theme_named_in(text) or theme) == "personeelstekorten" and re.search(
        r"\bwelke (?:sectoren|sector|branches|beroepen)\b|\bin welke (?:sectoren|sector|branches)\b", text, re.I
    ):
        # "Welke sectoren krijgen het zwaarst te maken met krapte?"
        return answer_item_id(dispatcher, tracker, "personeelstekorten.context.sectoren")
    # The Wet flexibel werken among the last items shown (several follow-ups below depend on it).
    recent = recent_regulation(tracker)
    wfw_recent = recent is not None and recent.subtopic == "flexibel_werken"
    fewer_than_ten = re.search(
        r"\b(?:maar|slechts|pas|met(?: zijn| ons| z'n)?) [1-9] (?:mensen|werknemers|medewerkers|man|personeelsleden|collega's)\b"
        r"|\b(?:minder dan|onder de|kleiner dan) 10 (?:mensen|werknemers|medewerkers|man|personeelsleden)\b",
        text,
        re.I,
    )
    if (
        fewer_than_ten
        and (leave_named_in(text) == "flexibel_werken" or re.search(r"flexib", text, re.I) or wfw_recent)
        and not speaks_for_employer(tracker)
    ):
        # "Mijn werkgever heeft maar 8 mensen in dienst. Kan ik toch flexibeler werken?": no Wfw.
        from actions.regulations import regulations_for

        wfw = regulations_for("flexibel_werken")[0]
        dispatcher.utter_message(response="utter_company_size_small")
        utter_source(dispatcher, wfw)
        return [SlotSet("pending", None), *shown(tracker, wfw)]
    if re.search(
        r"geldverspilling|weggegooid geld|\bargumenten\b|\bovertuigen\b|business ?case|wat levert (?:het|dat|dit) op"
        r"|\bwaarom zou(?:den)? (?:ik|we|wij) (?:\w+ ){0,4}(?:tijd|geld|moeite) in (?:steken|stoppen)"
        # "en waarom zou een werkgever daar wakker van liggen?"
        r"|\bwaarom zou(?:den)? (?:een |de |mijn |onze )?(?:werkgever|directie|organisatie|bedrijf|ik|we|wij|mt) (?:als werkgever )?(?:zich )?(?:daar|er|hier) (?:\w+ ){0,2}(?:wakker van liggen|druk (?:om|over) maken|zorgen (?:om|over) maken|mee bezig (?:zijn|houden)|aandacht aan (?:geven|besteden)|iets mee (?:moeten|doen|moet))",
        text,
        re.I,
    ) and (theme_named_in(text) or theme) in ("psa", None):
        # "Mijn directeur vindt PSA-beleid geldverspilling. Welke argumenten heb ik?": what stress costs.
        keep_theme = [SlotSet("theme", "psa")] if theme_named_in(text) == "psa" else []
        return keep_theme + (answer_item_id(dispatcher, tracker, NATIONAL_FIGURES_ITEM) or [])
    recent_leave = recent_regulation(tracker)
    if (
        follow_up
        and recent_leave is not None
        and re.search(
            # ("mag onze cao daarvan afwijken?" is the rule's own deviation, answered with the rule.)
            r"\bcao\b.{0,30}\b(?:anders|gunstiger|meer)\b|\banders\b.{0,30}\bcao\b",
            text,
            re.I,
        )
        and not aspects_in(text, None)
        and len(text.split()) <= 12
    ):
        # "En als in mijn cao iets anders staat?" after a leave: the cao may arrange it otherwise.
        dispatcher.utter_message(response="utter_check_cao")
        return [SlotSet("pending", None)]
    if (
        follow_up
        and recent_leave is not None
        and _MAY_REFUSE.search(text)
        and leave_named_in(text) in (None, recent_leave.subtopic)
        and len(text.split()) <= 15
    ):
        # "En mag ik nee zeggen omdat we onderbezet zijn?" after a leave: when it may be refused,
        # not the staff-shortage theme that "onderbezet" names.
        from actions.regulations import utter_refusal_of

        refused = utter_refusal_of(dispatcher, tracker, recent_leave)
        if refused:
            return refused
    if (
        follow_up
        and _ASKS_RECAP.search(text)
        and len(text.split()) <= 10
        and tracker.get_slot("shown_items")
        and not leave_named_in(text)
        and not theme_named_in(text)
    ):
        # "Geef me de hoofdpunten nog even kort", whatever the NLU heard: the recap of this conversation.
        from actions.followups import ActionSummarize

        return ActionSummarize().run(dispatcher, tracker, domain)
    if follow_up and _ASKS_FOR_SOURCE.search(text) and len(text.split()) <= 12 and tracker.get_slot("shown_items"):
        # "Kun je me het artikel of de bron geven?": the sources of what was shown, whatever intent.
        from actions.followups import give_source

        return give_source(dispatcher, tracker)
    if (theme_named_in(text) or theme) == "psa" and re.search(
        r"\b(?:plichten|verplichtingen)\b"
        # "Welke stappen zijn daarbij verplicht?", "wat is rond PSA dan wel verplicht?"
        r"|\b(?:welke (?:stappen|dingen|zaken)|wat) (?:zijn|is) (?:\w+ ){0,5}(?:wel )?verplicht\b(?! (?:om|aan|voor medewerkers))",
        text,
        re.I,
    ):
        # "Wat zijn de plichten van de werkgever rond PSA?": the policy duty and the RI&E.
        return (answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM) or []) + (
            answer_item_id(dispatcher, tracker, RIE_ITEM) or []
        )
    if (
        follow_up
        and item is not None
        and item.id == PAGO_ITEM
        and re.search(r"verplicht|meedoen|moeten", text, re.I)
        and not _RIE_NAMED.search(text)
        and len(text.split()) <= 10
    ):
        # "Moeten medewerkers daar verplicht aan meedoen?" after the PAGO: it says so.
        return answer_item_id(dispatcher, tracker, PAGO_ITEM)
    if (
        follow_up
        and theme == "psa"
        and re.search(r"\bverplicht\b", text, re.I)
        and len(text.split()) <= 8
        and not (leave_named_in(text) or re.search(r"verlof|vertrouwenspersoon|pago|ri&?e\b", text, re.I))
    ):
        # "En is het eigenlijk verplicht?" about PSA policy: the employer's duty.
        return answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM)
    if theme in TREND_THEMES and re.search(
        r"bedrijfsgrootte|grootte van (?:het|de) (?:bedrijf|organisatie)|grote(?:re)? (?:en|of) kleine(?:re)? (?:bedrijven|organisaties)"
        r"|kleine(?:re)? (?:en|of) grote(?:re)? (?:bedrijven|organisaties)",
        text,
        re.I,
    ):
        # "Verschilt dat per bedrijfsgrootte?": the theme's figures say where large firms differ.
        return answer_item_id(dispatcher, tracker, f"{theme}.cijfers")
    if "utter_company_size_small" in responses_of_last_turn(tracker) and re.search(
        r"\bwat (?:moet|kan|moeten|kunnen) (?:ik|we|wij|hij|zij|mijn werkgever|de werkgever) (?:dan |nu )?(?:wel )?doen\b"
        r"|\bkan (?:ik|we|hij|zij|ze) het (?:dus |dan |wel )*vergeten\b",
        text,
        re.I,
    ):
        # "Wat moet ik dan wel doen?" after the Wfw does not apply: the small employer's own rule.
        dispatcher.utter_message(response="utter_company_size_small")
        return [SlotSet("pending", None)]
    if "utter_hours_invalid" in responses_of_last_turn(tracker) and re.match(
        r"\W*(?:nee,? )?(?:per|in de|a|elke) (?:maand|week|dag|twee weken|2 weken|jaar)\W*$", text, re.I
    ):
        # "per maand" after "ik werk 1000 uur" was refused: the unit of those hours, computed or
        # refused again together with them.
        return ActionComputeLeave().run(dispatcher, tracker, domain)
    if _ASKS_TO_CREATE.search(text):
        # "Kun je een afscheidsgedicht schrijven voor mijn collega?": not what this assistant does,
        # before "pensioen" makes it a subject the sources do not cover.
        dispatcher.utter_message(response="utter_cannot_create")
        dispatcher.utter_message(response="utter_topics")
        return [SlotSet("pending", None)]
    if (
        _BOT_QUESTION_INSIDE.search(text)
        and len(text.split()) > 8
        and not any(message.get("response") == "utter_iamabot_short" for message in dispatcher.messages)
    ):
        # "Ben jij een bot? En hoeveel calamiteitenverlof krijg ik ...": both questions answered.
        dispatcher.utter_message(response="utter_iamabot_short")
    if _ASKS_VERDICT.search(text):
        # "Moet ik hem aanklagen? Win ik dat?": no verdict on a case; what the rules say still
        # follows when the message asks about a rule ("weigerde mijn zorgverlof ... win ik?").
        dispatcher.utter_message(response="utter_no_verdict")
        if not re.search(r"verlof|weiger|\bwfw\b|flexibel|\bregel", text, re.I):
            return [SlotSet("pending", None)]
    if (
        "flexibel_werken" in leaves_named_in(text)
        and _FEWER_HOURS.search(text)
        and not FOR_A_WHILE.search(text)
        and not re.search(
            r"verlof|langdurend|kortdurend|\bkomende\b|terminaal|levensbedreigend|ongeneeslijk|palliati", text, re.I
        )
        and not _ASKS_TO_WRITE.search(text)
    ):
        # "Mijn moeder is plotseling hulpbehoevend. Ik werk pas 2 maanden hier. Kan ik vragen om
        # minder uren?": "hulpbehoevend" names the long care leave, but the question is the Wfw
        # (and its exception for the unforeseen); "een medewerkster wil minder uren vanwege de
        # zorg voor haar moeder" is the Wfw too, not the caregiving advice.
        return answer_regulations(dispatcher, tracker, "flexibel_werken")
    if _ASKS_TO_WRITE.search(text):
        dispatcher.utter_message(response="utter_cannot_create")
        if not_covered(text):
            # "Kun je een sollicitatiebrief voor me schrijven?": nothing behind the letter to answer.
            dispatcher.utter_message(response="utter_topics")
            return [SlotSet("pending", None)]
    if (
        _INFORM_ABOUT_LEAVE.search(text)
        and re.search(r"verlof|regeling", text, re.I)
        and re.search(r"\b(?:medewerkers|personeel|werknemers|ze|hen|mensen|team|collega's)\b", text, re.I)
        and not re.search(r"\b(?:mijn|m'?n) (?:werkgever|leidinggevende|baas|manager)\b", text, re.I)
    ):
        # "Hoe informeer ik mijn medewerkers over verlof als een naaste ziek wordt?": the advice on
        # informing them, and with "welke regelingen" every regulation there is to tell about.
        events = answer_item_id(dispatcher, tracker, INFORM_ABOUT_LEAVE_ITEM) or []
        if re.search(r"\bwelke (?:\w+ )?regelingen\b", text, re.I):
            from actions.regulations import list_regulations

            events += list_regulations(dispatcher, tracker)
        return events
    if _BACK_TO_THEME.match(text) and theme_named_in(text) and len(text.split()) <= 6:
        from actions.advice import acknowledge

        return acknowledge(dispatcher, tracker, domain, theme_named_in(text), routed_already=True)
    if ASKS_DIAGNOSIS.search(text):
        dispatcher.utter_message(response="utter_no_diagnosis")
        return [SlotSet("pending", None)]
    if (
        _RIE_NAMED.search(text)
        and re.search(r"\bmoet(?:en)? (?:ik|we|wij|dat|die|het|dit)\b|verplicht|echt nodig", text, re.I)
        and not (re.search(r"wat (?:is|betekent)", text, re.I))
    ):
        # "Bakkerij met 8 man: moet ik echt zo'n RI&E hebben?": every employer must.
        return answer_item_id(dispatcher, tracker, RIE_ITEM)
    if re.search(r"\bpago\b", text, re.I) and re.search(
        r"wat (?:is|betekent|bedoel|houdt)|wat (?:is|was) dat", text, re.I
    ):
        # "De brochure noemt een PAGO. Wat is dat?"
        return answer_item_id(dispatcher, tracker, PAGO_ITEM)
    wfw_shown = wfw_recent or (item is not None and item.id == ZWAARWEGEND_ITEM)
    if wfw_shown and re.match(r"\W*en (?:\w+ ){0,3}(?:thuis|vanuit huis|werkplek)", text, re.I):
        # "En verzoeken om vanuit huis te werken?" after the Wfw or its weighty interest: its
        # other rule, for the workplace.
        from actions.regulations import regulations_for

        wfw = regulations_for("flexibel_werken")[0]
        dispatcher.utter_message(text=wfw.refusal)
        utter_source(dispatcher, wfw)
        return [SlotSet("pending", None)]
    if (
        re.search(r"\bzorgverlof\b", text, re.I)
        and not leave_named_in(text)
        and re.search(r"\bvoor (?:mijn|haar|zijn) \w+", text, re.I)
        and parse_weekly_hours(text) is None
        and not UNUSUAL_RELATION.search(text)
        and not re.search(
            r"\bvoor (?:mijn|haar|zijn) (?:\w+ )?(?:oma|opa|huisgenoot)\b.{0,40}\b(?:en|of)\b", text, re.I
        )
    ):
        # "Kan ik ook zorgverlof krijgen voor mijn opa?": both care leaves and who they are for.
        return answer_regulations(dispatcher, tracker, None, show_all_points=False)
    if re.search(
        r"\b(?:kan|mag|moet) (?:ik|we|wij) (?:ze|hem|haar|hen|mijn medewerkers?|onze medewerkers?) (?:\w+ ){0,2}"
        r"(?:flexibele|andere|aangepaste) (?:werktijden|uren|roosters?) (?:geven|bieden|aanbieden)\b",
        text,
        re.I,
    ):
        # "Kan ik ze ook gewoon flexibele werktijden geven in plaats van verlof?": the employer's
        # flexibility as advice (maatwerk, in gesprek), not a request under the Wfw.
        return answer_item_id(dispatcher, tracker, FLEXIBILITY_ADVICE_ITEM)
    if (
        re.search(
            r"\b(?:kan|mag) ik (?:daar |hiervoor |daarvoor |dan |ook )*(?:\w+ )?(?:zorg)?verlof (?:voor )?(?:krijgen|opnemen|nemen|aanvragen)\b"
            r"|\bheb ik (?:daar |dan )?recht op (?:zorg)?verlof\b",
            text,
            re.I,
        )
        and not leave_named_in(text)
        and parse_weekly_hours(text) is None
        and not not_covered(text)
        and not UNUSUAL_RELATION.search(text)  # "voor mijn buurvrouw": who counts, answered below
    ):
        # "Ik wil meer bij hen zijn, kan ik daar verlof voor krijgen?": the care leaves.
        return answer_regulations(dispatcher, tracker, None, show_all_points=False)
    if re.search(
        r"\b(?:is|bestaat|geldt) (?:daar|er|hier) (?:ook |dan |eigenlijk )*(?:een )?(?:wet|wettelijke regeling|regel|recht)\b(?: voor)?",
        text,
        re.I,
    ) and (item is not None and item.id in (FLEXIBILITY_ADVICE_ITEM, "mantelzorg.medewerker.flexibiliteit")):
        # "Is daar ook een wet voor?" after the advice on flexibility: the Wet flexibel werken.
        return answer_regulations(dispatcher, tracker, "flexibel_werken", show_all_points=False)
    if (
        recent is not None
        and re.search(r"\bzwaarwegend", text, re.I)
        and re.search(r"genoeg|\btoch\b|voldoende|\btelt\b|\bgeldt\b|\breden\b", text, re.I)
    ):
        # "Onderbezetting is toch zwaarwegend genoeg?": what a weighty interest is.
        return answer_item_id(dispatcher, tracker, ZWAARWEGEND_ITEM)
    shown_regulations = _recently_shown_regulations(tracker) if _PAY_COMPARISON.search(text) else []
    if len(shown_regulations) >= 2:
        # "Wat is het verschil qua betaling?" after the regulations: each one's pay.
        from actions.regulations import utter_pay_of

        return utter_pay_of(dispatcher, tracker, shown_regulations)
    if re.search(r"\bover(?:uren|werk)\b.{0,40}\b(?:tellen|telt|meetellen|mee)\b", text, re.I) and recent is not None:
        # "Ik maak vaak overuren, tellen die ook mee?" after computed leave: the contract's hours.
        return answer_item_id(dispatcher, tracker, "begrip.arbeidsduur")
    if _LEGAL_DUTY.search(text) and re.search(r"vakantiedag|\bvrij\b|verlof|opnemen|werkdag|doorbetaal", text, re.I):
        return answer_regulations(dispatcher, tracker, "calamiteitenverlof", show_all_points=False)
    if re.search(r"\bafwijk\w*", text, re.I) and leave_named_in(text):
        # "Mogen we afwijken van de wettelijke regels voor kortdurend zorgverlof?": what the law allows.
        return answer_regulations(dispatcher, tracker, leave_named_in(text), show_all_points=False)
    if _KNOWS_ABOUT_LEAVE.search(text) and not leave_named_in(text):
        # "Maar je weet toch wel iets over verlof?": the four regulations it does know.
        from actions.regulations import list_regulations

        return list_regulations(dispatcher, tracker)
    # A nearby subject the sources do not cover, before any theme its words resemble ("en bouw ik
    # dan vakantiedagen op?" during care leave is about that leave, below).
    if not_covered(text) and not (follow_up and item is not None and item.entitlement and _BUILDS_UP.search(text)):
        dispatcher.utter_message(response="utter_not_covered")
        return [SlotSet("pending", None), *_staff_hours_in(tracker, text)]
    if (
        _TIME_OFF_TO_CARE.search(text)
        and not leave_named_in(text)
        # "ik werk 20 uur, mijn dochter ligt met hoge koorts": sudden and with hours, computed below.
        and (parse_weekly_hours(text) is None or not SUDDEN.search(text))
    ):
        # "Kan zij dan vrij krijgen om bij hem te zijn?", "ik moet morgen werken maar ik wil bij
        # haar blijven": calamity leave first, then care leave.
        return answer_regulations(dispatcher, tracker, None)
    if _ASKS_IF_BOT.search(text) and not any(
        message.get("response") == "utter_iamabot_short" for message in dispatcher.messages
    ):
        # "Ben jij ChatGPT?": honest about being a digital assistant, not the AI topic.
        dispatcher.utter_message(response="utter_iamabot")
        return [SlotSet("pending", None)]
    if _ONLY_THANKS.match(text) and "?" not in text:
        # "oké, dank je. fijne avond nog" whatever the NLU made of it.
        dispatcher.utter_message(response="utter_you_are_welcome")
        return [SlotSet("pending", None)]
    if _ASKS_ABOUT_PEOPLE.search(text):
        # "Welke collega's van mijn afdeling zijn bij de bedrijfsarts geweest?": no data on anyone.
        dispatcher.utter_message(response="utter_no_personal_data")
        return [SlotSet("pending", None)]
    answered = answer_before_figures(dispatcher, tracker)
    if answered is not None:
        return answered
    if (
        (theme_named_in(text) or theme) == "vergrijzing"
        and _OTHER_AGEING_ACTIONS.search(text)
        and (
            len(text.split()) <= 6
            # "Heeft het zin om loopbaanbegeleiding aan te bieden aan onze 55-plussers?"
            or re.search(
                r"\b(?:heeft|zou) (?:het|dat) (?:\w+ )?zin\b|\b(?:helpt|werkt|loont) (?:het|dat)\b"
                # "Zetten andere werkgevers daar ook op in?"
                r"|\b(?:andere|meer) (?:werkgevers|organisaties|bedrijven)\b",
                text,
                re.I,
            )
        )
    ):
        # "Trainingen" to the ageing intake: 49 % named training and career guidance.
        return answer_item_id(dispatcher, tracker, "vergrijzing.cijfers")
    if WANTS_EXAMPLES_ELSEWHERE.search(text) and (theme_named_in(text) or theme) in TREND_THEMES:
        examples_theme = theme_named_in(text) or theme
        links = knowledge_base().links_of(knowledge_base().find(theme=examples_theme))
        with_examples = [
            link for link in links if re.search(r"praktijk|voorbeeld|inspiratie", f"{link.title} {link.text}", re.I)
        ]
        if with_examples or links:
            return [SlotSet("theme", examples_theme)] + _show_links(dispatcher, tracker, with_examples or links)
    if _FALLS_UNDER.search(text) and not re.search(r"\bwat (?:doe|moet|kan|kunnen|moeten) (?:ik|we|wij)\b", text, re.I):
        # "Ongepaste opmerkingen van gasten: valt zoiets ook onder werkstress?": the three kinds of PSA.
        return [SlotSet("theme", "psa")] + (answer_item_id(dispatcher, tracker, PSA_DEFINITION_ITEM) or [])
    if (
        (theme_named_in(text) or theme) == "mantelzorg"
        and re.search(r"\b(?:niet|geen)\b.{0,30}\bverlof\b|\bverlof\b.{0,20}\b(?:niet|geen)\b", text, re.I)
        and re.search(r"\b(?:bieden|aanbieden|nog meer|anders|dan doen)\b", text, re.I)
        and (speaks_for_employer(tracker) or bool(re.search(r"\bmijn (?:team|medewerkers?)\b", text, re.I)))
    ):
        # "Niet iedereen die mantelzorger is wil verlof. Wat kan ik ze nog meer bieden?": flexibility.
        return answer_item_id(dispatcher, tracker, FLEXIBILITY_ADVICE_ITEM)
    if _WHAT_TO_OFFER.search(text) and (theme_named_in(text) or theme) == "mantelzorg" and len(text.split()) <= 8:
        from actions.advice import all_actions_briefly

        return all_actions_briefly(dispatcher, tracker, "mantelzorg")
    if (theme_named_in(text) or theme) == "personeelstekorten" and _OTHER_SHORTAGE_ACTIONS.search(text):
        # "Helpt het als medewerkers meer inspraak krijgen in de roosters?": one of the other
        # actions employers named, which only the figures list.
        return answer_item_id(dispatcher, tracker, "personeelstekorten.cijfers")
    asked_trend = theme_named_in(text) or theme
    if (_WHAT_EMPLOYERS_DO.search(text) or (_FIGURES_WITH_THEME.search(text) and theme_named_in(text))) and (
        asked_trend in TREND_THEMES
    ):
        # "Welke maatregelen nemen andere werkgevers?", "Werk en mantelzorg ... Heb je cijfers?":
        # the theme's figures, which name every action employers take, before any intake question.
        keep_theme = [SlotSet("theme", asked_trend)] if asked_trend != theme else []
        return keep_theme + (answer_item_id(dispatcher, tracker, f"{asked_trend}.cijfers") or [])
    if asked_trend == "personeelstekorten" and _KEEPING_STAFF.search(text):
        # "Hoe zorg ik dat ze niet meteen weer vertrekken?" after the starters: that action's
        # points on guidance and appreciation; otherwise the conditions that keep people.
        shown_action = item is not None and item.id.startswith("personeelstekorten.actie.")
        return answer_item_id(
            dispatcher, tracker, item.id if shown_action else "personeelstekorten.actie.arbeidsvoorwaarden"
        )
    if WHAT_ELSE.search(text) and (theme_named_in(text) or theme) in TREND_THEMES:
        # "Wat doen werkgevers nog meer, naast stages en technologie?": every action with its figure.
        return answer_item_id(dispatcher, tracker, f"{theme_named_in(text) or theme}.cijfers")
    if (
        _WHAT_CAN_I_DO_MYSELF.search(text)
        and theme in ("psa", "personeelstekorten", "ai", "vergrijzing")
        and tracker.get_slot("role") not in ("leidinggevende", "hr")
        and not speaks_for_employer(tracker)
    ):
        # "En wat kan ik zelf doen?" from a worn-out employee: who can help.
        dispatcher.utter_message(response="utter_where_to_go")
        return [SlotSet("pending", None)]
    if _ASKS_MEANING.search(text) or _ASKS_WHAT_IS.search(text) or _WHAT_DOES_IT_HOLD.search(text):
        # "Iemand noemde de Participatieve Aanpak. Wat houdt dat in?": the tool named, with its link.
        named_links = [link for link in search_links(text) if names_the_link(link, text)]
        if named_links:
            return _show_links(dispatcher, tracker, named_links)
    if follow_up and item is not None and item.entitlement and _WHY_THAT_NUMBER.search(text):
        # "Waarom 64?" after the computed leave: the rule it comes from, for those hours.
        from actions.regulations import hours_for_answer, utter_entitlement

        hours = hours_for_answer(tracker)
        if valid_weekly_hours(hours):
            utter_entitlement(dispatcher, item, hours, speaks_for_employer(tracker))
            utter_source(dispatcher, item)
            return []
    if _113_FOR_OTHERS.search(text):
        # Yes: 113 is there for someone worried about another person too.
        dispatcher.utter_message(response="utter_crisis_followup_other")
        return [SlotSet("pending", None)]
    if asks_if_inconvenience_is_enough(text):
        # "Mijn verzoek is afgewezen 'omdat het niet uitkomt'. Is dat genoeg?": the term explained.
        return answer_item_id(dispatcher, tracker, ZWAARWEGEND_ITEM)
    if (
        (tracker.get_slot("leave_type") == "flexibel_werken" or wfw_recent)
        and re.search(
            r"^\W*(?:en|maar|ok[eé]?)?\W*(?:(?:zorg)?verlof|recht op (?:zorg)?verlof)\b"
            r"|\b(?:heeft|krijgt|mag) (?:ze|hij|zij|de medewerker) (?:dan |wel |ook |eigenlijk )*(?:recht op )?(?:zorg)?verlof\b",
            text,
            re.I,
        )
        and not leave_named_in(text)
    ):
        # "En verlof dan? Heeft hij daar recht op?" after the Wfw: the care leaves.
        from actions.regulations import answer_regulations

        return answer_regulations(dispatcher, tracker, None, show_all_points=False)
    if CARE_CONTINUES.search(text) and "calamiteitenverlof" in (
        tracker.get_slot("leave_type"),
        item.subtopic if item is not None else None,
        # "vandaag heb ik calamiteitenverlof genomen, maar wat als hij morgen nog ziek is?"
        leave_named_in(text),
    ):
        from actions.regulations import answer_regulations

        return answer_regulations(dispatcher, tracker, "kortdurend_zorgverlof")
    if follow_up and item is not None and item.kind.value == "figures" and _ASKS_OUTLOOK.search(text):
        expected = [point for point in item.points if re.search(r"verwacht|toekomst|jaar", point, re.I)]
        if expected:
            dispatcher.utter_message(text="\n".join(expected))
            utter_source(dispatcher, item)
            return []
    if _ABOUT_THE_LINK.search(text):
        # "Wie zit er achter die site?", "en wat doen ze precies?" after links: what the links say of themselves.
        recent_links = [
            knowledge_item(item_id)
            for item_id in (tracker.get_slot("shown_items") or [])[-3:]
            if item_id.startswith("link.") and knowledge_item(item_id) is not None
        ]
        if recent_links:
            utter_links(dispatcher, recent_links)
            return [SlotSet("pending", None), *shown(tracker, *recent_links)]
    if _ASKS_TOOL.search(text) and _SMALL_FIRM.search(text) and knowledge_item(MKB_TOOL_LINK) is not None:
        # "Ik heb een bouwbedrijf met 25 man. Is er een handige tool?": the MKB Preventietool.
        return _show_links(dispatcher, tracker, [knowledge_item(MKB_TOOL_LINK)])
    if (
        (theme_named_in(text) or theme) == "mantelzorg"
        and re.search(
            r"\bcoach\w*|\bbegeleid\w* (?:\w+ )?(?:haar|hem|medewerk\w*|collega\w*)\b|\b(?:haar|hem) (?:\w+ )?(?:te )?begeleid",
            text,
            re.I,
        )
        and is_question(text)
        and (speaks_for_employer(tracker) or re.search(r"\b(?:haar|hem|medewerk\w*|collega\w*)\b", text, re.I))
    ):
        # "Kan iemand haar begeleiden of coachen?" about a caregiving employee: the mantelzorgcoach
        # and the Participatieve Aanpak.
        return answer_item_id(dispatcher, tracker, CAREGIVER_SUPPORT_ITEM)
    from actions.advice import UNWANTED_BEHAVIOUR

    if (
        _WHERE_TO_START.search(text)
        # A follow-up ("Helder. Waar begin ik praktisch als bedrijf met 25 man?"), not a first
        # message that describes the work pressure: that one gets the theme.
        and not theme_named_in(text)
        and theme in ("psa", None)
        and len(text.split()) <= 12
        and not UNWANTED_BEHAVIOUR.search(text)
        and not personal_distress(text)
    ):
        # "Waar begin ik praktisch als bedrijf met 25 man?" about work stress: the RI&E is the
        # starting point (its links follow on "links?").
        return answer_item_id(dispatcher, tracker, RIE_ITEM)
    if _WHERE_TO_READ_MORE.search(text) or _SOMETHING_SPECIAL_FOR.search(text):
        # "Waar kan ik meer lezen over psychosociale arbeidsbelasting?", "is er ook iets speciaal
        # voor het mkb?": the links for that subject or audience.
        asked = theme_named_in(text) or theme
        links = (_SOMETHING_SPECIAL_FOR.search(text) and links_for_audience(text)) or search_links(text)
        if not links and _WHERE_TO_READ_MORE.search(text) and asked:
            links = knowledge_base().links_of(knowledge_base().find(theme=asked))
        if links:
            return _show_links(dispatcher, tracker, links)
    if (
        (_ASKS_MEANING.search(text) or _ASKS_WHAT_IS.search(text) or asks_next_term(tracker, text))
        and definition_in(text)
        and not _ASKS_CONDITIONS.search(text)
    ):
        return ActionExplainTerm().run(dispatcher, tracker, domain)
    if (
        _ASKS_MEANING.search(text)
        and item is not None
        and item.kind.value == "definition"
        and re.search(r"\b(?:dat|dit|daar|daarmee|daaronder)\b", text, re.I)
    ):
        # "Wat valt daar dan onder?" right after a term was explained: that explanation, with its examples.
        return answer_item_id(dispatcher, tracker, item.id)
    # "Wat valt daar dan onder?" about a term of the last answer (the same test as ActionExplainTerm's).
    if (
        _ASKS_MEANING.search(text)
        and item is not None
        and re.search(r"\b(?:dat|dit|daar|daarmee)\b", text, re.I)
        and definition_in(" ".join([item.text, item.refusal or ""]))
    ):
        return ActionExplainTerm().run(dispatcher, tracker, domain)
    if follow_up and item is not None and item.kind.value == "regulation" and _BUILDS_UP.search(text):
        # "En bouw ik dan gewoon vakantiedagen op?" during zorgverlof: the regulation says so.
        building = [point for point in item.points if _BUILDS_UP.search(point) and word_stems(point) & word_stems(text)]
        if building:
            dispatcher.utter_message(text="\n".join(building))
            utter_source(dispatcher, item)
            return []
    if _MONITORING.search(text) and "ai" in (theme_named_in(text), theme, INTENT_THEMES.get(latest_intent(tracker))):
        # "Een systeem houdt bij hoe snel iedereen werkt": monitoring and the autonomy it takes away.
        return answer_item_id(dispatcher, tracker, AI_RISKS_ITEM)
    # "En voor mij als werkgever?" right after such an answer: still not covered.
    if (
        follow_up
        and last_response(tracker) == "utter_not_covered"
        and len(text.split()) <= 8
        and re.match(r"\s*(?:ok[eé]?,? )?(?:en|maar|ook|geldt dat)\b", text, re.I)
        and not (
            leave_named_in(text)
            or theme_named_in(text)
            or re.search(r"verlof|zorg|flexibel|plotseling|onverwacht|acuut|ziek (?:wordt|werd|is)", text, re.I)
        )
    ):
        dispatcher.utter_message(response="utter_not_covered")
        return [SlotSet("pending", None)]
    if follow_up and hours_still_not_covered(tracker, text):
        # "Kun je niet gewoon rekenen met die 20 uur?" after a 0-hours contract: still not covered.
        dispatcher.utter_message(response="utter_hours_not_covered")
        return [SlotSet("pending", None)]
    if _NO_FIXED_HOURS.search(text) and (hours_not_weekly(text) or not fixed_over_weeks(text)):
        dispatcher.utter_message(response="utter_hours_not_covered")
        # The leave asked about stays the subject ("en als ik een vast contract van 16 uur krijg?").
        return [SlotSet("pending", None), SlotSet("leave_type", leave_named_in(text) or tracker.get_slot("leave_type"))]
    if personal_distress(text):
        from actions.regulations import own_hours_events

        with_trend = distress_help_with_trend(dispatcher, tracker, domain, text)
        if with_trend is not None:
            return with_trend
        dispatcher.utter_message(response="utter_distress_help")
        # "ik ben bang dat mijn functie verdwijnt door AI": the theme is kept for what comes next.
        return [
            SlotSet("pending", None),
            *theme_of_distress(text),
            *own_hours_events(tracker, parse_weekly_hours(text)),
        ]
    if (
        _caregiver_speaking(tracker, text)
        and not leave_named_in(text)
        and re.search(r"\bvrij (?:nemen|krijgen|vragen)\b|\bverlof\b", text, re.I)
        and re.search(r"moeilijk|weiger|\bmag (?:dat|hij|zij|ze|mijn baas|mijn werkgever)\b|\bmag dat\b", text, re.I)
        and parse_weekly_hours(text) is None
    ):
        # "Ik ben mantelzorger voor mijn oma en mijn baas doet moeilijk over vrij nemen. Mag dat?":
        # the care leaves and when they may be refused.
        return answer_regulations(dispatcher, tracker, None)
    if _ASKS_OPTIONS.search(text) and not leave_named_in(text) and _caregiver_speaking(tracker, text):
        # "Ik zorg al jaren voor mijn broer naast mijn baan. Welke mogelijkheden heb ik?": the
        # advice for caregivers themselves and the arrangements, not the trend's background.
        from actions.advice import employee_caregiving
        from actions.regulations import own_hours_events, regulations_for, utter_entitlement

        events = employee_caregiving(dispatcher, tracker)
        hours = parse_weekly_hours(text)
        if valid_weekly_hours(hours):
            # "naast mijn baan van 28 uur": what both care leaves come to for those hours, kept for
            # the summary (the caregiver advice stays the last answer).
            care_leaves = regulations_for(None)
            for regulation in care_leaves:
                utter_entitlement(dispatcher, regulation, hours, employer=False)
            events += shown(tracker, *care_leaves, *advice_items("mantelzorg", audience="medewerker"))
        return [*events, *own_hours_events(tracker, hours)]
    if _MAKE_KNOWN.search(text) and (
        tracker.get_slot("theme") == "mantelzorg"
        or theme_named_in(text) == "mantelzorg"
        or (item is not None and item.kind.value == "regulation")
    ):
        # "Hoe kan ik dit beter bekend maken bij mijn team?" about the care arrangements.
        return answer_item_id(dispatcher, tracker, ARRANGEMENTS_ADVICE_ITEM)
    if re.search(
        r"goed of slecht|slecht of goed|positief of negatief|negatief of positief|voor- ?en nadelen|voordelen en nadelen",
        text,
        re.I,
    ) and (
        (theme_named_in(text) == "ai" or (tracker.get_slot("theme") == "ai" and not theme_named_in(text)))
        and not (item is not None and item.kind.value == "figures")
    ):
        # "Is AI nou goed of slecht voor de werkdruk?": both sides the brochure describes; after the
        # figures, "positief of negatief?" is about their sentences.
        both_sides = answer_item_id(dispatcher, tracker, "ai.context.kansen") or []
        return both_sides + (answer_item_id(dispatcher, tracker, "ai.context.risicos") or [])
    why_theme = theme_named_in(text) or tracker.get_slot("theme")
    if (
        _ASKS_WHY.match(text)
        and len(text.split()) >= 4
        and not (re.search(r"\b(?:dat|dit|daar|die|deze)\b", text, re.I) and not theme_named_in(text))
        and why_theme in TREND_THEMES
        and not (_names_an_action(why_theme, text) and _shared_stems(_background_for(why_theme, text), text) < 2)
    ):
        # "Waarom worden die tekorten groter?", "waarom hebben oudere medewerkers meer stress?":
        # the trend's background, the part that shares most words with the question.
        from actions.knowledge_search import answer_with_item

        return answer_with_item(dispatcher, tracker, _background_for(why_theme, text))
    if (
        (
            _IF_NOTHING_DONE.search(text)
            or re.search(
                r"\boverdrijf\w*|\bis (?:dat|dit|het) (?:nou |echt |wel )?(?:een )?(?:echt )?(?:risico|zo erg|ernstig)\b",
                text,
                re.I,
            )
        )
        and tracker.get_slot("theme") in ("psa", *TREND_THEMES)
        and not _ASKS_WHY.match(text)
    ):
        # "En wat als ik niks doe?", "is dat echt een risico of overdrijf ik?": what work stress leads to
        # ("waarom is dat een risico?" asks for the reasons instead).
        return answer_item_id(dispatcher, tracker, CONSEQUENCES_ITEM)
    asked_theme = theme_named_in(text) or tracker.get_slot("theme")
    figures = figures_matching(text, asked_theme) if _ASKS_FIGURES.search(text) else None
    asks_share = re.search(r"\bwelk (?:deel|aandeel)\b|\bhoeveel procent\b|\bwelk percentage\b", text, re.I)
    if figures is None and (_HOW_MANY_LIKE_ME.search(text) or asks_share) and asked_theme in TREND_THEMES:
        # "Ik ben mantelzorger naast mijn werk, zijn er veel mensen zoals ik?": the theme's figures.
        figures = knowledge_base().get(f"{asked_theme}.cijfers")
    if figures is not None:
        from actions.followups import answer_with_figures

        return answer_with_figures(dispatcher, tracker, [figures])
    if re.search(r"\bpago\b|periodiek arbeidsgezondheidskundig", text, re.I) and not re.search(
        r"wat (?:is|betekent)|\bri&?e\b|beleid", text, re.I
    ):
        # "Moet ik als werkgever iets met een PAGO doen voor mijn 60-plussers?"
        return answer_item_id(dispatcher, tracker, PAGO_ITEM)
    if last_response(tracker) == "utter_not_covered" and _AFTER_NOT_COVERED.search(text):
        # "Wie weet dat dan wel?", "echt niet? je weet toch alles over werk": still not in the
        # sources, and where to go instead.
        dispatcher.utter_message(response="utter_not_covered")
        return [SlotSet("pending", None)]
    if ASKS_WORKLOAD_MEANING.search(text):
        # "Wat wordt er verstaan onder te hoge werkdruk?": the brochure's description of it.
        return answer_item_id(dispatcher, tracker, PSA_DEFINITION_ITEM)
    if (
        follow_up
        and re.search(
            r"\bwat (?:valt|hoort|telt) (?:er )?(?:dan )?(?:nog )?(?:meer|allemaal) (?:onder|bij)\b", text, re.I
        )
        and tracker.get_slot("theme") == "psa"
    ):
        # "Valt agressie onder PSA? Wat valt er nog meer onder?": the kinds of PSA, with the law's list.
        shown_ids = tracker.get_slot("shown_items") or []
        return answer_item_id(
            dispatcher, tracker, EMPLOYER_DUTY_ITEM if PSA_DEFINITION_ITEM in shown_ids[-1:] else PSA_DEFINITION_ITEM
        )
    small_company = re.search(
        r"\b(?:minder dan|onder de) \d+ (?:mensen|werknemers|medewerkers|man|personeelsleden)|\bklein(?:e)? (?:bedrijf|organisatie|aannemer|ondernemer|werkgever)",
        text,
        re.I,
    )
    if small_company and last_response(tracker) == "utter_company_size_rie":
        # "En als we minder dan 10 mensen hebben?" after the RI&E duty: it holds for every employer.
        dispatcher.utter_message(response="utter_company_size_rie")
        return shown(tracker, knowledge_item(RIE_ITEM))
    psa_duty = (
        tracker.get_slot("theme") == "psa"
        and not _RIE_NAMED.search(text)
        and (
            small_company
            or re.search(r"\bmoeten (?:we|wij|ik) (?:daar|hier|er) (?:\w+ )?(?:iets|wat) (?:mee|aan)\b", text, re.I)
        )
    )
    if re.search(r"vertrouwenspersoon", text, re.I) and re.search(r"verplicht|\bplicht|\bmoet", text, re.I):
        # "Is een werkgever verplicht om een vertrouwenspersoon te hebben?": advice, no legal duty.
        return answer_item_id(dispatcher, tracker, CONFIDANT_ITEM)
    if psa_duty and not (leave_named_in(text) or re.search(r"verlof", text, re.I)):
        # "En als we minder dan 10 mensen hebben?", "moeten we daar echt iets mee?": every employer must.
        return answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM)
    if _EMPLOYER_DUTY.search(text) and not (
        leave_named_in(text)
        or re.search(r"verlof", text, re.I)
        or theme_named_in(text) in TREND_THEMES
        or _OTHER_OPTIONS.search(text)
        or _ASKS_FIGURES.search(text)
    ):
        # "Is mijn werkgever niet verplicht hier iets aan te doen?" about stress, bullying, aggression.
        return answer_item_id(dispatcher, tracker, EMPLOYER_DUTY_ITEM)
    if last_response(tracker) in ("utter_distress_help", "utter_distress_followup") and re.search(
        r"eerst (?:naar|met|aan) (?:mijn |m'n |de )?(?:baas|leidinggevende|werkgever|manager)|toestemming", text, re.I
    ):
        # "Moet ik dan eerst naar mijn baas?": no, the open consultation needs no permission.
        return answer_item_id(dispatcher, tracker, OPEN_CONSULTATION_ITEM)
    if follow_up and item is not None and item.points and _WHAT_TO_WATCH.search(text):
        from actions.followups import give_points

        return give_points(dispatcher, tracker, item)
    if re.search(r"bedrijfsarts", text, re.I) and re.search(
        r"toestemming|goedkeur|zomaar|zonder|mag ik|vrij naartoe|zelf (?:\w+ )?naar|ook naar|zelf een afspraak"
        r"|\b(?:vertellen|melden|laten weten|weten)\b",
        text,
        re.I,
    ):
        return answer_item_id(dispatcher, tracker, OPEN_CONSULTATION_ITEM)
    if _RIE_DUTY.search(text) or (
        _RIE_NAMED.search(text) and "psa" in (theme_named_in(text), theme) and not _ASKS_WHAT_IS.search(text)
    ):
        # "Is die RI&E eigenlijk verplicht?"
        return answer_item_id(dispatcher, tracker, RIE_ITEM)
    if _WHAT_CAN_YOU_DO.search(text):
        dispatcher.utter_message(response="utter_topics")
        return [SlotSet("pending", None)]
    from actions.regulations import both_care_leaves_shown, compare_care_leaves

    if _COMPARE_LEAVES.search(text) and (
        names_both_care_leaves(text)
        or (re.search(r"\b(?:die|deze|beide|twee)\b", text, re.I) and both_care_leaves_shown(tracker))
    ):
        # "Wat is het verschil tussen die twee verloven?" after both care leaves: the two side by side.
        return compare_care_leaves(dispatcher, tracker)
    if WHICH_LEAVE.search(text) or _COMPARE_LEAVES.search(text):
        if (
            re.search(r"regelingen|wettelijk (?:is )?geregeld", text, re.I) or _COMPARE_LEAVES.search(text)
        ) and parse_weekly_hours(text) is None:
            # "Welke wettelijke regelingen moeten er op die pagina komen?": all four, in a line each.
            from actions.regulations import list_regulations

            return list_regulations(dispatcher, tracker)
        return answer_regulations(dispatcher, tracker, None)
    recent = recent_regulation(tracker) if follow_up and latest_intent(tracker) != "ask_relation" else None
    if (
        recent is not None
        and recent.relations
        and _FOR_SOMEONE.search(text)
        and "ask_relation" in aspects_in(text, None)
        and not leave_named_in(text)
    ):
        # "En voor zijn opa die in het verpleeghuis ligt?" after a care leave, whatever the NLU
        # heard: for whom that leave counts.
        from actions.content import utter_sources

        dispatcher.utter_message(text=f"{recent.title}: {recent.relations}")
        utter_sources(dispatcher, [recent])
        return [SlotSet("pending", None), *shown(tracker, recent)]
    # Only with the trend named: a bare "positief of negatief?" after the figures asks about them.
    good_or_bad_theme = theme_named_in(text)
    if good_or_bad_theme in TREND_THEMES and _GOOD_OR_BAD.search(text):
        # "Is AI nou goed of slecht voor werkstress?": the brochure's background on both sides.
        from actions.content import item_message

        backgrounds = knowledge_base().find(theme=good_or_bad_theme, kind="context")
        for background in backgrounds:
            dispatcher.utter_message(text=item_message(background, points=True))
            utter_source(dispatcher, background)
        dispatcher.utter_message(response="utter_advice_followup")
        return [SlotSet("theme", good_or_bad_theme), SlotSet("pending", None), *shown(tracker, *backgrounds)]
    if theme in WHERE_IT_WEIGHS_ITEMS and _WHERE_IT_WEIGHS.search(text) and not leave_named_in(text):
        # "Voor welke bedrijven speelt dat het meest?" during vergrijzing: larger organisations and
        # those with many over-55s.
        return answer_item_id(dispatcher, tracker, WHERE_IT_WEIGHS_ITEMS[theme])
    if _ASKS_COST.search(text) and _ABSENCE.search(text):
        # "Wat kost zo'n uitvaller eigenlijk?", "wat kost verzuim door stress?": the national
        # figures (almost 15,000 euro per employee absent through stress), whatever the theme.
        return answer_item_id(dispatcher, tracker, NATIONAL_FIGURES_ITEM)
    if _ASKS_COST.search(text) and leave_named_in(text) in CARE_LEAVE_TYPES:
        # "Wat kost kortdurend mij als werkgever?": what the employer pays during that leave.
        from actions.regulations import regulations_for, utter_pay_of

        return utter_pay_of(dispatcher, tracker, regulations_for(leave_named_in(text)))
    if (
        follow_up
        and (tracker.get_slot("theme") or _ASKS_COST.search(text))
        and (_ASKS_FIGURES.search(text) or _ASKS_COST.search(text))
    ):
        from actions.followups import give_figures

        return give_figures(dispatcher, tracker)
    if (
        last_response(tracker) in ("utter_distress_help", "utter_distress_followup")
        and tracker.get_slot("theme") in TREND_THEMES
        and re.search(r"\b(?:leidinggevende|baas|werkgever|manager)\b", text, re.I)
        and re.search(r"\b(?:vragen|voorstellen|bespreken|aankaarten|verwachten)\b", text, re.I)
    ):
        # "Wat kan ik aan mijn leidinggevende vragen?" after worry about AI: what employers can do.
        from actions.advice import all_actions_briefly

        return all_actions_briefly(dispatcher, tracker, tracker.get_slot("theme"))
    if (
        last_response(tracker) in ("utter_distress_help", "utter_distress_followup")
        and re.search(r"\bhoe (?:voorkom|voorkomen|zorg|zorgen) (?:ik|we|wij)\b", text, re.I)
        and re.search(r"\b(?:personeel|team|medewerkers|collega'?s)\b", text, re.I)
    ):
        # "En hoe voorkom ik dat mijn personeel er net zo aan toe raakt?" after the help for the
        # writer: preventing work stress in the team, which is PSA.
        from actions.advice import acknowledge

        return acknowledge(dispatcher, tracker, domain, "psa", routed_already=True)
    if (
        last_response(tracker) in ("utter_distress_help", "utter_distress_followup")
        and len(text.split()) <= 15
        and not _HOW_COMMON.search(text)
    ):
        if not (leave_named_in(text) or theme_named_in(text) or is_question_about_content(text)):
            dispatcher.utter_message(response="utter_distress_followup")
            return [SlotSet("pending", None)]
    if (
        SUDDEN.search(re.sub(r"ziekenhuis", " ", text, flags=re.I))
        and _LEAVE_OR_PAY.search(text)
        and not leave_named_in(text)
        and not not_covered(text)
    ):
        # "Zijn vrouw heeft een auto-ongeluk gehad, moet ik hem doorbetalen?": calamiteitenverlof first.
        return answer_regulations(dispatcher, tracker, None)
    if leave_named_in(text) == "flexibel_werken" and _EMPLOYER_DECIDES.search(text):
        # "Een medewerker wil minder uren werken omdat hij mantelzorger is. Moet ik akkoord gaan?": the Wfw.
        return answer_regulations(dispatcher, tracker, "flexibel_werken")
    if _LEAVE_INSTEAD.search(text) and not set(leaves_named_in(text)) - {"flexibel_werken"}:
        # "En als ik liever tijdelijk verlof neem in plaats van minder uren?": both care leaves.
        return answer_regulations(dispatcher, tracker, None)
    if (
        follow_up
        and item is not None
        and (item.id == ZWAARWEGEND_ITEM or (item.refusal and "zwaarwegend" in item.refusal))
        and _JUST_INCONVENIENT.search(text)
    ):
        # "En als ik zeg dat het nu gewoon slecht uitkomt?" after the refusal rule: the term says
        # it must be more than that.
        return answer_item_id(dispatcher, tracker, ZWAARWEGEND_ITEM)
    if (
        follow_up
        and item is not None
        and item.kind.value == "regulation"
        and item.subtopic in LEAVE_TYPES
        and re.match(r"\W*(?:en |maar )?(?:mijn |het |de |zijn |haar )?(?:salaris|loon|betaling|geld)\W*$", text, re.I)
    ):
        # "En mijn salaris?" after a leave: whether it is paid.
        return answer_regulations(dispatcher, tracker, item.subtopic, show_all_points=False)
    if follow_up and item is not None and item.subtopic == "calamiteitenverlof" and _AFTER_THE_CALAMITY.search(text):
        # "En na die eerste dag?", "dus wat moet hij nu opnemen?" after calamity leave: the care
        # leave it can turn into.
        return answer_regulations(dispatcher, tracker, "kortdurend_zorgverlof", show_all_points=False)
    if follow_up and item is not None and _EXAMPLES_ONLY.match(text):
        if item.kind.value == "definition":
            return answer_item_id(dispatcher, tracker, item.id)
        if item.refusal and "zwaarwegend" in item.refusal:
            # "Voorbeelden?" after a rule about refusing: examples of a weighty interest.
            return answer_item_id(dispatcher, tracker, ZWAARWEGEND_ITEM)
    if (
        follow_up
        and item is not None
        and item.kind.value == "regulation"
        and _WHAT_SITUATIONS.search(text)
        and len(text.split()) <= 10
    ):
        # "En voor welke situaties is het bedoeld?": the regulation itself says so.
        return answer_item_id(dispatcher, tracker, item.id)
    if follow_up and item is not None and item.kind.value == "regulation":
        from actions.regulations import proof_points, says_nothing_about_asked_proof

        if says_nothing_about_asked_proof(item, text):
            dispatcher.utter_message(response="utter_proof_not_in_facts", leave=item.title)
            return []
        if proof_points(item, text):
            dispatcher.utter_message(text=f"{item.title}: " + " ".join(proof_points(item, text)))
            utter_source(dispatcher, item)
            return []
        if item.refusal and (_SAME_THERE.search(text) or _EMPLOYER_REFUSES.search(text)):
            # "En bij werktijden, geldt daar hetzelfde?" after the Wfw: its rule for refusing.
            dispatcher.utter_message(text=item.refusal)
            utter_source(dispatcher, item)
            return []
        if _CONDITIONS_ONLY.match(text):
            # "voorwaarden" after a regulation: the regulation again, which states them.
            return answer_item_id(dispatcher, tracker, item.id)
    if (
        UNUSUAL_RELATION.search(text)
        and (
            re.search(r"verlof|\bvrij (?:nemen|krijgen|vragen|om)\b|\bvraagt vrij\b|recht op|buiten de wet", text, re.I)
            or (recent is not None and recent.subtopic != "flexibel_werken")
        )
        and parse_weekly_hours(text) is None
    ):
        # "Mag ik zorgverlof opnemen voor mijn schoonmoeder die bij ons inwoont?": who counts.
        return answer_regulations(
            dispatcher, tracker, leave_named_in(text) or "kortdurend_zorgverlof", show_all_points=False
        )
    # Of several themes named, the NLU's when it is one of them ("collega's boven de 60 hebben
    # moeite met de AI-tools" under an AI intent stays AI); bullying or aggression always PSA.
    intent_theme = INTENT_THEMES.get(latest_intent(tracker))
    preferred_theme = theme_named_in(text)
    named_theme = (
        intent_theme
        if intent_theme in themes_named_in(text) and preferred_theme not in ("psa", "mantelzorg")
        else preferred_theme
    )
    if (
        follow_up
        and (named_theme in TREND_THEMES or (named_theme == "psa" and tracker.get_slot("theme") != "psa"))
        and HOW_TO_ACT.search(text)
    ):
        from actions.advice import acknowledge

        # "Hoe bereid ik mijn team voor op een AI-chatbot?" asked in other words than the NLU knows.
        return acknowledge(dispatcher, tracker, domain, named_theme, routed_already=True)
    if (
        named_theme in TREND_THEMES
        and is_question(text)
        and len(text.split()) >= 8
        and not _OTHER_OPTIONS.search(text)
        # "Ik zorg voor mijn vader en werk 32 uur. Hoeveel kortdurend zorgverlof heb ik?" is a leave question.
        and not ((leave_named_in(text) or re.search(r"verlof", text, re.I)) and parse_weekly_hours(text) is not None)
        # "Ik zorg voor mijn vader en wil mijn werktijden aanpassen. Kan dat?": the Wet flexibel werken.
        and not (leave_named_in(text) == "flexibel_werken" and _caregiver_speaking(tracker, text))
    ):
        from actions.advice import acknowledge, subtopic_in_text

        if subtopic_in_text(named_theme, text):
            # "Collega's gebruiken ChatGPT zonder afspraken. Moeten we scholing geven?": that action's advice.
            return acknowledge(dispatcher, tracker, domain, named_theme, routed_already=True)
    theme = tracker.get_slot("theme")
    # "Te weinig mensen en hoge werkdruk. Wat doen andere werkgevers?": the one trend named.
    trends_named = [name for name in themes_named_in(text) if name in TREND_THEMES]
    options_theme = trends_named[0] if len(trends_named) == 1 else theme
    if (
        options_theme in TREND_THEMES
        and _OTHER_OPTIONS.search(text)
        and not (leave_named_in(text) or re.search(r"verlof", text, re.I))
    ):
        # "Welke acties nog meer, behalve stages?", "andere opties?": the theme's figures list every
        # action employers named, the three main ones and the others.
        from actions.followups import answer_with_figures

        return answer_with_figures(dispatcher, tracker, [knowledge_base().get(f"{options_theme}.cijfers")])
    if follow_up and theme == "psa" and HOW_TO_ACT.search(text) and len(text.split()) <= 5 and not theme_named_in(text):
        # "En wat nu?" after what PSA leads to: what it is and the ways to tackle it.
        from actions.advice import overview

        return overview(dispatcher, tracker, theme)
    if (
        follow_up
        and theme in TREND_THEMES
        and _WHAT_TO_DO.search(text)
        and not theme_named_in(text)
        and not re.match(r"\W*(?:een )?ander onderwerp", text, re.I)  # the old theme is left
    ):
        from actions.advice import give_advice, subtopic_in_text

        if subtopic_in_text(theme, text):
            # "Wat kan ik doen om jongeren binnen te halen?": the action the words name.
            return give_advice(dispatcher, tracker, theme, subtopic_in_text(theme, text))
        if re.search(r"cijfer|percentage|procent|hoeveel|werkgevers|bedrijven|organisaties", text, re.I):
            # "En wat doen ze eraan, met cijfers graag": the theme's figures name the actions too.
            from actions.followups import give_figures

            return give_figures(dispatcher, tracker)
        from actions.advice import overview

        return overview(dispatcher, tracker, theme)
    if _WANTS_PERSON.search(text):
        from actions.people import route_to_person

        return route_to_person(dispatcher, tracker)
    if _WHERE_TO_GO.search(text):
        previous = last_response(tracker)
        dispatcher.utter_message(
            response="utter_not_covered" if previous == "utter_not_covered" else "utter_where_to_go"
        )
        return []
    if (
        follow_up
        and last_response(tracker) in ("utter_not_covered", "utter_hours_not_covered")
        and _ASKS_WHERE.search(text)
    ):
        dispatcher.utter_message(response="utter_not_covered")
        return []
    if (
        follow_up
        and item is not None
        and item.entitlement
        and parse_weekly_hours(text) is not None
        and CORRECTS_HOURS.search(text)
    ):
        # "o nee sorry, ik ben vorige maand naar 34 uur gegaan": the same leave, for those hours.
        from actions.regulations import both_care_leaves_shown

        # "... bedoel ik. hoeveel kortdurend en langdurend is dat?": the leaves the message names.
        both = both_care_leaves_shown(tracker) or names_both_care_leaves(text)
        return compute_leave(dispatcher, tracker, leave_shown=None if both else leave_named_in(text) or item.subtopic)
    if follow_up and item is not None and item.entitlement and asks_leave_for_other_hours(text):
        # "En als ik volgend jaar naar 32 uur ga?" right after the leave was computed: that leave again.
        from actions.regulations import both_care_leaves_shown

        # "En als ik 24 uur werk?" after both care leaves were computed: both again.
        leave_shown = None if both_care_leaves_shown(tracker) else item.subtopic
        return compute_leave(dispatcher, tracker, leave_shown=leave_shown)
    if follow_up and last_response(tracker) == "utter_hours_not_covered" and asks_leave_for_other_hours(text):
        # "En als ik volgende maand een vast contract van 24 uur krijg?" after a 0-hours contract.
        return compute_leave(dispatcher, tracker)
    if (
        follow_up
        and item is not None
        and item.subtopic == "kortdurend_zorgverlof"
        and re.search(
            r"\blanger (?:\w+ )?(?:gaat |zal |gaan |kan )?(?:duren|duurt|nodig)\b|\blanger (?:weg|vrij|thuis)\b"
            r"|\b(?:weken|maanden) (?:gaat |zal |gaan |kan )?(?:duren|duurt)\b",
            text,
            re.I,
        )
    ):
        # "En als het langer gaat duren?" after short-term care leave: long-term care leave.
        if valid_weekly_hours(hours_for_answer(tracker)):
            return compute_leave(dispatcher, tracker, leave_shown="langdurend_zorgverlof")
        return answer_regulations(dispatcher, tracker, "langdurend_zorgverlof")
    if follow_up and item is not None and item.kind.value == "regulation" and _REFUSAL_GROUNDS.search(text):
        # "Welke redenen tellen dan wel?" after a refusal rule: what a weighty business interest is.
        grounds = definition_in(" ".join([item.text, item.refusal or "", *item.points]))
        if grounds is not None:
            return ActionExplainTerm().explain(dispatcher, tracker, grounds)
    if (
        follow_up
        and item is not None
        and item.kind.value in ("definition", "figures", "context", "advice")
        and not leave_named_in(text)
        and not theme_named_in(text)
        and {"ask_how_to_apply", "leave_paid"} & set(aspects_in(text, None))
        and len(text.split()) <= 10
    ):
        # "Moet ik het vooraf melden?" after a term of a regulation was explained: that regulation.
        regulation = recent_regulation(tracker)
        if regulation is not None:
            return answer_regulations(dispatcher, tracker, regulation.subtopic, show_all_points=False)
    if (
        follow_up
        and item is not None
        and item.subtopic == "flexibel_werken"
        and re.search(r"onverwacht|plotseling|\bplots\b|onvoorzien|\bineens\b|\bopeens\b", text, re.I)
        and not re.search(
            r"calamiteit|verlof|\bvrij\b|\bloon\b|betaald|\b(?:geen|niet) (?:\w+ )?(?:onvoorzien|onverwacht|plots)",
            text,
            re.I,
        )
    ):
        # "En als er iets onverwachts gebeurt?" after the Wfw: its rule for unforeseen circumstances.
        unforeseen = [point for point in item.points if "onvoorzien" in point]
        if unforeseen:
            dispatcher.utter_message(text="\n".join(unforeseen))
            utter_source(dispatcher, item)
            return []
    if follow_up and re.search(
        r"\bopnieuw (?:proberen|vragen|aanvragen|indienen)|\bnieuw verzoek\b|\bnog een keer (?:vragen|proberen)",
        text,
        re.I,
    ):
        # "Wanneer mag ik het opnieuw proberen?" after the Wfw: one year after a decision.
        answered = _answer_with_recent_point(dispatcher, tracker, "nieuw verzoek")
        if answered is not None:
            return answered
    if follow_up and _NO_DECISION.search(text):
        # "En als hij gewoon niks zegt?" after the Wfw's deadlines: what happens then, also when
        # care leave was shown in between ("terug naar mijn verzoek: wat als ze niet op tijd beslissen?").
        answered = _answer_with_recent_point(dispatcher, tracker, "niet op tijd")
        if answered is not None:
            return answered
    if (
        follow_up
        and item is not None
        and item.subtopic == "flexibel_werken"
        and item.apply
        and re.search(
            r"\b(?:pas|nog maar|net|nog geen) \d+ (?:weken|maanden|maand)\b|\b(?:net|pas) in dienst\b", text, re.I
        )
    ):
        # "Ik werk hier pas 3 maanden" after the Wfw: the 26 weeks and their exception.
        dispatcher.utter_message(text=item.apply)
        utter_source(dispatcher, item)
        return []
    if (
        follow_up
        and theme == "vergrijzing"
        and leave_named_in(text) == "flexibel_werken"
        and theme_named_in(text) in (None, "vergrijzing")
        and not re.search(r"\bwet\b|wettelijk|\brecht\b|verzoek|aanvra|\bmag ik\b|verlof|\bwfw\b", text, re.I)
    ):
        from actions.advice import give_advice, subtopic_in_text

        if subtopic_in_text(theme, text):
            # "Vertel meer over het aanpassen van werktijden" with older staff: that action, not the Wfw.
            return give_advice(dispatcher, tracker, theme, subtopic_in_text(theme, text))
    if leave_named_in(text) in ("flexibel_werken", "calamiteitenverlof") and not (
        # "werktijden voor oudere medewerkers" is the ageing advice, not the Wet flexibel werken.
        leave_named_in(text) == "flexibel_werken"
        and theme_named_in(text) in TREND_THEMES
        and not re.search(r"\bwet\b|wettelijk|\brecht\b|verzoek|aanvra|\bmag ik\b", text, re.I)
    ):
        return answer_regulations(dispatcher, tracker, leave_named_in(text))
    asks_leave = leave_named_in(text) or re.search(
        r"verlof|\bvrij (?:moet|nemen|krijgen|zijn|hebben)\b|\bhelemaal vrij\b", text, re.I
    )
    if parse_weekly_hours(text) is not None and asks_leave:
        if {"leave_refuse", "ask_how_to_apply"} & set(aspects_in(text, None)) and leave_named_in(text):
            # "Een medewerker (32 uur) vraagt kortdurend zorgverlof. Mag ik weigeren?": the rule and the hours.
            return answer_regulations(dispatcher, tracker, leave_named_in(text))
        return ActionComputeLeave().run(dispatcher, tracker, domain)
    if pending_question(tracker) == "hours" and re.match(
        r"\W*(?:(?:nee|sorry|oeps|ik bedoel),? )?(?:per|in de|elke) week\b", text, re.I
    ):
        # "32 uur per dag" was impossible; "per week natuurlijk": the number given before, per week.
        earlier = user_texts(tracker)[-2:-1]
        hours = number_in(earlier[0]) if earlier else None
        if valid_weekly_hours(hours):
            return compute_leave(dispatcher, tracker, weekly_hours=hours)
    if pending_question(tracker) == "hours" and (number_in(text) is not None or parse_weekly_hours(text) is not None):
        # "ik bedoelde 4x10" after hours that could not be: the hours asked for.
        return ActionComputeLeave().run(dispatcher, tracker, domain)
    if leave_named_in(text):
        return answer_regulations(dispatcher, tracker, leave_named_in(text))
    if (
        follow_up
        and item is not None
        and item.kind.value == "regulation"
        and len(text.split()) <= 14
        and (
            relevant_points(item, text)
            or re.search(r"\bcao\b", text, re.I)
            or "ask_how_to_apply" in aspects_in(text, None)
        )
    ):
        leave = "calamiteitenverlof" if calamity_of_that_day(tracker) else item.subtopic
        return answer_regulations(dispatcher, tracker, leave, show_all_points=False)
    if (
        follow_up
        and item is not None
        and item.entitlement
        and re.search(r"per (?:jaar|maand|week)\b|elk jaar|ieder jaar|voor altijd|per 12 maanden|hoe vaak", text, re.I)
    ):
        # "Is dat per jaar of per maand?": the period the entitlement is counted over.
        period = [sentence for sentence in sentences_of(item) if "12 maanden" in sentence]
        if period:
            dispatcher.utter_message(text="\n".join(period[:2]))
            utter_source(dispatcher, item)
            return []
    if follow_up and re.search(
        r"\bwelk(?:e)? (?:wets)?artikel|\bwelke wet\b|\bwettekst|\b(?:link|linkje) naar de wet\b", text, re.I
    ):
        # "Welk artikel?", "link naar de wet?": the law the last answer cites, or for PSA the Arbowet.
        from actions.knowledge.schema import WebSource

        laws = (
            [sentence for sentence in sentences_of(item) if re.search(r"\bWet |Wazo|Arbowet", sentence)] if item else []
        )
        if laws and re.search(r"\bwelke wet\b", text, re.I):
            # "Welke wet is dat eigenlijk?": the law the answer names, then its pages.
            dispatcher.utter_message(text="\n".join(laws[:2]))
            utter_source(dispatcher, item)
            return []
        for cited in (item, knowledge_item(EMPLOYER_DUTY_ITEM) if tracker.get_slot("theme") == "psa" else None):
            if cited is not None and isinstance(cited.source, WebSource):
                utter_source(dispatcher, cited)  # the pages and the articles they name
                return []
    if follow_up and item is not None and _ASKS_WHEN.search(text):
        # "Sinds wanneer is dat zo?", "welk jaar is dat?": the last answer's sentences with a year.
        dated = [sentence for sentence in sentences_of(item) if _YEAR.search(sentence)]
        if dated:
            dispatcher.utter_message(text="\n".join(dated[:3]))
            utter_source(dispatcher, item)
            return []
    # "Is die invloed alleen negatief?" asks after both sides, like "positief of negatief?".
    both_sides = (
        " positief negatief"
        if re.search(r"\b(?:alleen|ook|enkel) (?:negatief|positief)|\bmeer (?:\w+ )?of (?:juist )?minder\b", text, re.I)
        else ""
    )
    sentences = (
        _sentences_answering(item, text + both_sides)
        if follow_up
        and item is not None
        and item.kind.value in ("figures", "context")
        and len(text.split()) <= 8
        and not re.search(r"website|link|voorbeeld|organisatie|verplicht", text, re.I)
        else []
    )
    if sentences:
        # "Is dat positief of negatief?" after the AI figures: the sentences of that answer about it.

        dispatcher.utter_message(text="\n".join(sentences))
        utter_source(dispatcher, item)
        return []
    return None


def _sentences_answering(item, text: str) -> List[str]:
    """Sentences of the last answer that share two content words with a short follow-up."""
    from actions.regulations import _STOP

    stems = word_stems(text, _STOP)
    if len(stems) < 2:
        return []
    candidates = sentences_of(item)
    return [sentence for sentence in candidates if len(stems & word_stems(sentence)) >= 2]


def knowledge_item(item_id: str):
    return knowledge_base().get(item_id)


def answer_item_id(dispatcher: CollectingDispatcher, tracker: Tracker, item_id: str) -> Optional[List[EventType]]:
    from actions.knowledge_search import answer_with_item

    return answer_with_item(dispatcher, tracker, knowledge_item(item_id))


def _names_an_action(theme: str, text: str) -> bool:
    """ "Waarom is goede begeleiding van stagiairs zo belangrijk?" is about an action, not the trend."""
    from actions.advice import subtopic_in_text

    return subtopic_in_text(theme, text) is not None


def _shared_stems(item, text: str) -> int:
    """How many word stems (first 5 letters) an item's sentences share with a question."""
    return len(word_stems(text) & word_stems(" ".join(sentences_of(item))))


def answer_before_figures(dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[List[EventType]]:
    """Questions with a number in them that the survey's figures do not answer, or None."""
    text = latest_text(tracker)
    item = current_item(tracker)
    if item is not None and item.entitlement and _IN_WEEKS.search(text):
        # "Hoeveel werkweken is dat dan?" after the computed leave: the rule counts in working weeks.
        from actions.regulations import hours_for_answer

        hours = hours_for_answer(tracker)
        if valid_weekly_hours(hours):
            # Both care leaves when both were just computed.
            recent = [knowledge_item(shown_id) for shown_id in (tracker.get_slot("shown_items") or [])[-2:]]
            computed = [leave for leave in recent if leave.entitlement] if item in recent else [item]
            for leave in computed:
                dispatcher.utter_message(
                    response="utter_leave_in_weeks",
                    leave_name=leave.title.lower(),
                    leave_hours=format_hours(entitled_hours(hours, leave.entitlement.weeks_of_hours)),
                    weeks=format_hours(leave.entitlement.weeks_of_hours),
                )
            utter_source(dispatcher, item)
            return []
    if asks_hours_of_calamity_leave(tracker) or (
        leave_named_in(text) == "calamiteitenverlof"
        and re.search(
            r"\bhoeveel (?:\w+ )?(?:calamiteitenverlof|calamiteiten ?verlof|verlof)\b|\bhoe ?lang\b", text, re.I
        )
        and parse_weekly_hours(text) is None
    ):
        # "Hoeveel uur is dat?" after calamiteitenverlof: no fixed number of hours.
        calamity = knowledge_item("regelingen.calamiteitenverlof")
        if re.search(r"\bwat (?:is|houdt|betekent)\b", text, re.I):
            # "Wat is calamiteitenverlof precies en hoe lang mag dat duren?": both.
            from actions.regulations import answer_regulations

            return answer_regulations(dispatcher, tracker, "calamiteitenverlof", show_all_points=False)
        dispatcher.utter_message(response="utter_calamity_no_fixed_hours")
        return [SlotSet("pending", None), *(shown(tracker, calamity) if current_item(tracker) != calamity else [])]
    if leave_named_in(text) in CARE_LEAVE_TYPES and re.search(r"\bhoeveel\b", text, re.I) and len(text.split()) <= 6:
        # "Kortdurend graag, hoeveel?": the hours of that leave, not the survey's figures.
        from actions.regulations import answer_regulations

        return answer_regulations(dispatcher, tracker, leave_named_in(text))
    item = current_item(tracker)
    if item is not None and item.id == PAGO_ITEM and re.search(r"\bmoet\w*\b|verplicht|aanbied", text, re.I):
        # "En moet de werkgever het aanbieden?" after the PAGO: it says so.
        return answer_item_id(dispatcher, tracker, PAGO_ITEM)
    if item is not None and item.entitlement and _WHY_THAT_NUMBER.search(text):
        # "Hoe kom je aan die getallen?" after the computed leave: the rule, for those hours.
        from actions.regulations import hours_for_answer, utter_entitlement

        hours = hours_for_answer(tracker)
        if valid_weekly_hours(hours):
            utter_entitlement(dispatcher, item, hours, speaks_for_employer(tracker))
            utter_source(dispatcher, item)
            return []
    if _NO_DECISION.search(text):
        # "Hoeveel tijd heeft mijn werkgever om te antwoorden?" after the Wfw: its deadline.
        answered = _answer_with_recent_point(dispatcher, tracker, "niet op tijd")
        if answered is not None:
            return answered
    if _ASKS_WHO_WAS_ASKED.search(text):
        # "Wie hebben ze eigenlijk gevraagd?" after the survey's figures: the survey itself.
        return answer_item_id(dispatcher, tracker, ABOUT_THE_SURVEY_ITEM)
    from actions.followups import theme_named_in

    if _IS_IT_BURNOUT.search(text) or _WHICH_DOCTOR.search(text):
        # "Kan dit een burn-out zijn?", "huisarts of bedrijfsarts?": no diagnosis here, but who can tell.
        dispatcher.utter_message(response="utter_distress_help")
        return [SlotSet("pending", None)]
    if _HOW_COMMON.search(text) and (
        last_response(tracker) in ("utter_distress_help", "utter_distress_followup")
        or (not tracker.get_slot("theme") and not theme_named_in(text))
    ):
        # "Burn-out denk ik" … "hoe vaak komt dat eigenlijk voor?": the national figures on stress.
        return answer_item_id(dispatcher, tracker, NATIONAL_FIGURES_ITEM)
    return None


def asks_employer_duty_not_figures(text: str) -> bool:
    """ "Moet mijn werkgever hier eigenlijk iets mee?", which the NLU may take for a figures question."""
    return bool(_EMPLOYER_DUTY.search(text)) and not (
        _ASKS_FIGURES.search(text)
        or _ASKS_COST.search(text)
        or leave_named_in(text)
        or re.search(r"verlof", text, re.I)
    )


def _show_links(dispatcher: CollectingDispatcher, tracker: Tracker, links) -> List[EventType]:
    """The links with their intro, remembered as shown."""
    dispatcher.utter_message(response="utter_links_intro")
    utter_links(dispatcher, links)
    return [SlotSet("pending", None), *shown(tracker, *links)]


def asks_hours_of_calamity_leave(tracker: Tracker) -> bool:
    """ "Hoeveel uur is dat?" right after calamiteitenverlof, also when the answer to a sudden
    event showed calamiteitenverlof first and then the care leave that can follow."""
    item = current_item(tracker)
    text = latest_text(tracker)
    calamity_first = (
        "utter_calamity_first" in responses_of_last_turn(tracker)
        and not leave_named_in(text)
        and not re.search(r"\bdaarna\b|\bdaarop\b|\bzorgverlof\b", text, re.I)
    )
    return (
        item is not None
        # "Dus hoeveel uur is dat dan?" after "naar billijkheid" was explained.
        and (item.subtopic == "calamiteitenverlof" or calamity_first or item.id == "begrip.naar-billijkheid")
        and bool(_HOW_MANY_HOURS.search(text))
    )


def _recently_shown(tracker: Tracker, count: int):
    """The last `count` items shown, newest first."""
    found = (knowledge_item(item_id) for item_id in reversed((tracker.get_slot("shown_items") or [])[-count:]))
    return [shown_item for shown_item in found if shown_item is not None]


def recent_regulation(tracker: Tracker):
    """The regulation among the last three items shown, if any."""
    return next(
        (shown_item for shown_item in _recently_shown(tracker, 3) if shown_item.kind.value == "regulation"), None
    )


_PAY_COMPARISON = re.compile(
    r"\bverschil (?:qua|in|tussen) (?:de )?(?:betaling|loon|geld|uitbetaling|salaris)\b"
    r"|\bwelke (?:daarvan |van (?:de|die) \w+ )?(?:is|zijn|wordt|worden) (?:\w+ )?(?:door)?betaald\b",
    re.I,
)


def _recently_shown_regulations(tracker: Tracker):
    """The regulations among the last five items shown, in the order of the registry."""
    regulations = [item for item in _recently_shown(tracker, 5) if item.kind.value == "regulation"]
    return sorted(regulations, key=lambda item: list(LEAVE_TYPES).index(item.subtopic))


def _answer_with_recent_point(
    dispatcher: CollectingDispatcher, tracker: Tracker, phrase: str
) -> Optional[List[EventType]]:
    """The points holding `phrase` of the newest of the last four items shown that has them
    ("niet op tijd" of the Wfw, also when care leave was shown after it), or None."""
    for shown_item in _recently_shown(tracker, 4):
        matching = [point for point in shown_item.points if phrase in point]
        if matching:
            dispatcher.utter_message(text="\n".join(matching))
            utter_source(dispatcher, shown_item)
            return []
    return None


def distress_help_with_trend(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict, text: str
) -> Optional[List[EventType]]:
    """ "ik ben bang dat mijn functie verdwijnt door AI.. wat zegt jouw info daarover": who can help
    (without the topic menu), then what the sources say about that trend; None otherwise."""
    from actions.followups import theme_named_in

    named = theme_named_in(text)
    if named not in TREND_THEMES or not _ASKS_WHAT_SOURCES_SAY.search(text):
        return None
    from actions.advice import acknowledge

    dispatcher.utter_message(response="utter_distress_followup")
    return acknowledge(dispatcher, tracker, domain, named, routed_already=True)


def theme_of_distress(text: str) -> List[EventType]:
    """The theme a distress message names ("bang dat mijn functie verdwijnt door AI", "werk en de
    zorg voor mn zoon"), kept for what comes next."""
    from actions.followups import theme_named_in

    named = theme_named_in(text) or (
        "mantelzorg" if re.search(r"\bzorg(?:en)? voor (?:mijn|mn|m'n) \w+", text, re.I) else None
    )
    return [SlotSet("theme", named)] if named in (*TREND_THEMES, "psa") else []


def responses_of_last_turn(tracker: Tracker) -> List[str]:
    """The domain responses of the bot's last answer (since the user's message before this one)."""
    return [
        event["metadata"]["utter_action"]
        for event in events_of_last_answer(tracker)
        if event.get("event") == "bot" and (event.get("metadata") or {}).get("utter_action")
    ]


def names_the_link(link, text: str) -> bool:
    """The link's own name is in the text: "de Participatieve Aanpak", "de MKB Preventietool"."""
    # Names are the keywords written with a capital ("Participatieve Aanpak"), and the title.
    names = [keyword for keyword in link.keywords if keyword[:1].isupper() and len(keyword) >= 6] + [link.title]
    return any(re.search(rf"\b{re.escape(name.lower())}\b", text.lower()) for name in names)


def _background_for(theme: str, text: str):
    """The theme's context item that shares most word stems with the question (the first on a tie)."""
    backgrounds = knowledge_base().find(theme=theme, kind="context")
    # The title counts too: "waarom is er zo'n personeelstekort?" is "Waarom worden de tekorten groter?".
    # A question about stress wants the part that speaks of pressure on the people who stay.
    about_stress = bool(re.search(r"stress|werkdruk|druk\b", text, re.I))

    def fit(item) -> int:
        shared = len(word_stems(text) & word_stems(f"{item.title} {' '.join(sentences_of(item))}"))
        return shared + (2 if about_stress and re.search(r"werkdruk|stress|druk", item.text, re.I) else 0)

    return max(backgrounds, key=fit)


def figures_matching(text: str, theme: Optional[str] = None):
    """The figures item one of whose points shares two content words with the question:
    "hoeveel werkgevers zetten in op trainingen en loopbaanbegeleiding?" → vergrijzing's figures."""
    stems = {word[:6] for word in re.findall(r"\w{5,}", text.lower())} - _FIGURE_WORDS
    best, best_shared = None, 1
    lowered = f" {text.lower()} "
    for item in knowledge_base().find(kind="figures"):
        # A distinctive keyword of the figures ("inspraak", "doorwerken na pensioen") names them too.
        if (theme is None or item.theme.value == theme) and any(
            f" {keyword.lower()}" in lowered
            for keyword in item.keywords
            if len(keyword) >= 7 and keyword.lower() not in _GENERIC_FIGURE_KEYWORDS
        ):
            # Below two shared words of a figure, above one.
            keyword_score = 1.5 + (0.25 if item.theme.value == theme else 0)
            if keyword_score > best_shared:
                best, best_shared = item, keyword_score
        for point in item.points:
            shared = len(stems & {word[:6] for word in re.findall(r"\w{5,}", point.lower())})
            # Between equal matches, the conversation's theme wins.
            shared += 0.5 if shared >= 2 and item.theme.value == theme else 0
            if shared > best_shared:
                best, best_shared = item, shared
    return best


_GENERIC_FIGURE_KEYWORDS = {
    "cijfers", "statistieken", "percentage", "percentages", "procent", "hoeveel", "getallen", "onderzoek", "werkgevers",
    "medewerkers", "werkstress",
}  # fmt: skip
# Words of every figures question, which say nothing about which figure.
_FIGURE_WORDS = {
    "hoevee",
    "werkge",
    "bedrij",
    "organi",
    "procen",
    "percen",
    "noemt",
    "genoem",
    "worden",
    "werkst",
    "medewe",
    "stress",
}


def _staff_hours_in(tracker: Tracker, text: str) -> List[EventType]:
    """A staff member's hours told in passing ("een medewerker van 32 uur") stay for later."""
    from actions.regulations import own_hours_events

    return own_hours_events(tracker, parse_weekly_hours(text))


def last_response(tracker: Tracker) -> Optional[str]:
    """The domain response the bot sent last before this message."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return (event.get("metadata") or {}).get("utter_action")
    return None


def explain_if_asked(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
) -> Optional[List[EventType]]:
    """ "Wat betekent zwaarwegend bedrijfsbelang?" inside a leave question: the explanation."""
    from actions.followups import ActionExplainTerm, definition_in

    text = latest_text(tracker)
    if (
        (_ASKS_MEANING.search(text) or _ASKS_WHAT_IS.search(text) or asks_next_term(tracker, text))
        and definition_in(text)
        and not _ASKS_CONDITIONS.search(text)
    ):
        return ActionExplainTerm().run(dispatcher, tracker, domain)
    if asks_if_inconvenience_is_enough(text):
        return answer_item_id(dispatcher, tracker, ZWAARWEGEND_ITEM)
    return None


def asks_next_term(tracker: Tracker, text: str) -> bool:
    """ "En met zwaarwegend bedrijfsbelang?" right after a term was explained: the next term."""
    from actions.followups import definition_in

    item = current_item(tracker)
    named = definition_in(text)
    return (
        item is not None
        and item.kind.value == "definition"
        and named is not None
        and named.id != item.id
        and len(text.split()) <= 7
        and bool(re.match(r"\W*(?:en|ook|dan) ", text, re.I))
    )


def asks_if_inconvenience_is_enough(text: str) -> bool:
    """ "Afgewezen 'omdat het niet uitkomt'. Is dat genoeg?": what a weighty interest is."""
    return bool(_NOT_CONVENIENT.search(text)) and bool(
        re.search(r"genoeg|reden|voldoende|mag (?:dat|hij|zij|ze)|toegestaan|weiger|afgewezen", text, re.I)
    )


def is_question_about_content(text: str) -> bool:
    """A new factual question ("hoeveel zorgverlof…?"), not a reply to the help just offered."""
    return bool(re.search(r"\b(?:hoeveel|zorgverlof|verlof|regeling|cijfers|link|bron)\b", text, re.I))
