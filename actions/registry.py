"""The one list of themes, subtopics, leave types and roles.

The knowledge schema (`actions/knowledge/schema.py`), the domain (`domain.yml`: slot values,
`utter_ack_<theme>` and `utter_ask_subtopic_<theme>`) and the actions all use these names;
tests/test_domain_registry.py checks that the domain agrees.
"""

from dataclasses import dataclass, field
from typing import Dict, Optional, Tuple


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    intent: Optional[str]
    # Intake answers: subtopic → words that mean it when typed ("cursus" → scholing).
    answers: Dict[str, Tuple[str, ...]] = field(default_factory=dict)


CONVERSATION_THEMES: Dict[str, Theme] = {
    theme.name: theme
    for theme in (
        Theme(
            "mantelzorg",
            "Werk en mantelzorg",
            "trend_mantelzorg",
            {
                "gesprek": ("gesprek", "praten", "ruimte", "vertrouwen", "steun", "begrip", "bespreken", "luisteren"),
                "flexibiliteit": (
                    "flexib",
                    "werktijd",
                    "rooster",
                    "thuiswerk",
                    "taken",
                    "uren",
                    "schuiven",
                    "iets anders regelen",
                    "zonder verlof",
                    "zonder dat ie verlof",
                    "zonder dat hij verlof",
                    "zonder dat zij verlof",
                    "in plaats van verlof",
                ),
                "regelingen": ("regeling", "verlof", "zorgverlof", "wet", "informatie", "informeren", "informeer"),
            },
        ),
        Theme(
            "ai",
            "AI op de werkvloer",
            "trend_ai",
            {
                "scholing": (
                    "scholing",
                    "cursus",
                    "training",
                    "opleiding",
                    "opleiden",
                    "leren",
                    "bijscholing",
                    "trainen",
                ),
                "experimenteren": (
                    "experiment",
                    "proberen",
                    "uitproberen",
                    "oefenen",
                    "spelen",
                    "testen",
                    "pilot",
                    "proefproject",
                ),
                "communicatie": (
                    "communic",
                    "gesprek",
                    "vertellen",
                    "uitleg",
                    "onzeker",
                    "richtlijn",
                    "informeren",
                    "duidelijk",
                    "gesprek",
                    "mailtje",
                    "bang voor hun baan",
                    "baan verdwijnt",
                    "breng ik",
                    "brengen we",
                    "aankondig",
                    "naar mijn team",
                    # Found in development set 25: resistance, fear of becoming redundant, rules of use.
                    "weerstand",
                    "meekrijgen",
                    "mee krijgen",
                    "draagvlak",
                    "overbodig",
                    "regels voor opstellen",
                    "regels opstellen",
                    "afspraken over",
                ),
            },
        ),
        Theme(
            "vergrijzing",
            "Vergrijzing",
            "trend_vergrijzing",
            {
                "beleid": ("beleid", "gezondheid", "rie", "ri&e", "pago", "inzetbaar", "loopbaan", "training"),
                "werktijden": ("nacht", "dienst", "rust", "vrije dag", "rooster", "werktijd", "zeggenschap"),
                "generaties": ("generatie", "jong", "samenwerk", "buddy", "mentor", "kennis", "oud en"),
            },
        ),
        Theme(
            "personeelstekorten",
            "Personeelstekorten",
            "trend_personeelstekorten",
            {
                "starters": (
                    "starter",
                    "startend",
                    "nieuwe collega",
                    "nieuwe medewerker",
                    "inwerk",
                    "instromer",
                    "stage",
                    "stagiair",
                    "leerbaan",
                    "jongeren",
                    "onboarding",
                    "scholing",
                    "school",
                    "goede start",
                    "afgestudeerd",
                    "nieuwkomer",
                    "net van school",
                    "vliegende start",
                    "in dienst komen",
                    "jonge ",
                    "junior",
                    "buddy",
                    "mentor",
                    "nieuwe mensen",
                ),
                "arbeidsvoorwaarden": (
                    "arbeidsvoorwaard",
                    "salaris",
                    "vakantiedag",
                    "hybride",
                    "deeltijd",
                    "loon",
                    # "wat kan ik doen om mijn mensen te houden?"
                    "mensen te houden",
                    "personeel te houden",
                    "behouden",
                    "vasthouden",
                    "binden",
                ),
                "technologie": ("technolog", "automatiser", "ai", "robot", "digitaal", "software"),
            },
        ),
        Theme(
            "psa",
            "Werkdruk en PSA",
            "psa_werkdruk",
            {
                "integrale-aanpak": (
                    "integraal",
                    "integrale",
                    "niveau",
                    "op alle lagen",
                    "organisatiebreed",
                    "hele organisatie",
                    "organisatie breed",
                ),
                "vertrouwenspersoon": ("vertrouwenspersoon",),
            },
        ),
    )
}
TREND_THEMES = tuple(name for name in CONVERSATION_THEMES if name != "psa")
# Themes of knowledge items that are not conversation topics of their own.
CONTENT_THEMES = ("algemeen", "regelingen", "crisis", "begrippen")
KNOWLEDGE_THEMES = tuple(CONVERSATION_THEMES) + CONTENT_THEMES
INTENT_THEMES = {theme.intent: theme.name for theme in CONVERSATION_THEMES.values() if theme.intent}

# The answer "sla over" to the intake question: show the theme's overview.
SKIP_SUBTOPIC = "alles"

LEAVE_TYPES: Dict[str, str] = {
    "calamiteitenverlof": "leave_calamiteitenverlof",
    "kortdurend_zorgverlof": "leave_kortdurend_zorgverlof",
    "langdurend_zorgverlof": "leave_langdurend_zorgverlof",
    "flexibel_werken": "flexibel_werken",
}
INTENT_LEAVE_TYPES = {intent: leave_type for leave_type, intent in LEAVE_TYPES.items()}
# The two kinds of zorgverlof with an entitlement in hours.
CARE_LEAVE_TYPES = ("kortdurend_zorgverlof", "langdurend_zorgverlof")

ROLES = ("leidinggevende", "hr", "medewerker")
# Roles that ask on behalf of an employer.
EMPLOYER_ROLES = ("leidinggevende", "hr")

# Work questions next to the bot's subjects that its sources do not answer. A message about
# one of these gets an honest "weet ik niet" with where to go, never the nearest item.
NOT_COVERED_TOPICS = (
    r"vakantiedag",
    r"vakantie-?uren",
    r"vakantiegeld",
    r"ouderschapsverlof",
    r"zwangerschaps",
    r"bevallingsverlof",
    r"geboorteverlof",
    r"adoptieverlof",
    r"pleegzorgverlof",
    r"(?:mijn|ik|mag ik|kan ik) (?:\w+ ){0,4}(?:met )?pensioen\b",
    r"wanneer (?:kan|mag|gaat|moet) .{0,30}met pensioen",
    r"pensioenleeftijd",
    r"pensioenfonds",
    r"aow",
    r"salarisschaal",
    r"salaris\w* (?:\w+ ){0,2}omhoog|salarisverhoging|loonstijging|cao-?verhoging",
    r"loonschaal",
    r"loonsverhoging",
    r"eindejaarsuitkering",
    r"dertiende maand",
    r"transitievergoeding",
    r"opzegtermijn",
    r"ontslag(?:vergoeding|recht)",
    r"reiskosten",
    r"thuiswerkvergoeding",
    r"arbeidstijdenwet",
    r"studieverlof",
    r"(?:mag|kan|hoe|moet) (?:ik|we|je|u) .{0,30}ontsla",
    r"\batv\b",
    r"\badv\b",
    r"atv-dag",
    r"proeftijd",
    r"concurrentiebeding",
    r"rouwverlof",
    r"(?<!\bzij )(?<!\bhij )(?<!\bze )zelf ziek",
    # The user's own sickness; "als mijn kind ziek wordt" is a care-leave question.
    r"\bik (?:\w+ ){0,2}ziek (?:thuis|ben|word)",
    r"\b(?:ben|word) ik (?:\w+ ){0,2}ziek\b",
    r"\bik (?:ben|word|wordt) (?:\w+ ){0,3}ziek\b",
    r"vervroegd (?:met )?pensioen",
    r"\bwanneer .{0,30}met pensioen|vanaf welke leeftijd .{0,40}pensioen",
    r"adv-?dag",
    # Medicines and treatment are for a doctor: "welke medicijnen kan ik nemen tegen mijn burn-out?"
    r"welke (?:medicijnen|medicatie|pillen|tabletten|antidepressiva)",
    # What a service costs: "hoeveel kost het om een RI&E te laten maken?"
    r"(?:wat|hoeveel) kost (?:het|een|de) (?:\w+ ){0,4}(?:ri&?e|rie|bedrijfsarts|arbodienst|training|cursus|preventiemedewerker)\b",
    # Pay for overtime: "mijn baas laat me overwerken zonder dat ik het betaald krijg".
    r"overwerk\w*.{0,40}\b(?:betaald|uitbetaald|vergoed|betalen|compensatie)",
    r"\bover(?:uren|werk)\b.{0,20}\b(?:uitbetal|vergoed)\w*",
    # Found in development set 23: unpaid overtime, a benefit for someone who stops working.
    r"\bover(?:uren|werk)\b.{0,20}\bniet (?:uit)?(?:betaal|betaald|betaalt)\w*|\bbetaalt (?:\w+ )?overuren niet",
    r"\b(?:een |de )?uitkering (?:krijgen|aanvragen|ontvangen)\b",
    r"\bwelke uitkering\b",
    r"\bhoeveel overuren\b|\bmaximaal (?:\w+ )?overuren\b|\boveruren (?:\w+ ){0,3}per week\b",
    # Fines and enforcement: "wat is de boete als wij geen RI&E hebben?"
    r"\bboetes?\b",
    r"\bsancties?\b",
    r"\bhandhaving\b",
    r"poortwachter",
    r"re-?integratie",
    # How to report sick; "we hebben al 2 ziekmeldingen" describes a team, below the PSA theme.
    r"(?:hoe|wanneer|waar|bij wie|moet|mag) (?:\w+ ){0,5}ziekmelding|ziekmeldingsprocedure|ziekmelding (?:doen|regelen|indienen)",
    r"ziek melden",
    r"wia\b",
    r"\bcv\b",
    r"sollicitatiebrief",
    r"ww-?uitkering",
    r"minimumloon (?:dit|van dit|in \d{4})",
    # Found in development set 6: pay scales, early retirement schemes, night-shift limits.
    # "Hoeveel verdien ik?", not "hij wil niet minder werken want dan verdient hij minder".
    r"\b(?:hoeveel|wat) (?:\w+ )?verdien(?:t|en)? (?:ik|je|u|we|hij|zij)\b",
    r"\b(?:in|uit) (?:loon|salaris)?schaal \d+",
    r"\brvu\b",
    r"\beerder met pensioen",
    r"\bnachtdiensten? (?:achter elkaar|per week|per maand)",
    r"\bhoeveel (?:nacht)?diensten\b",
    r"\brusttijd",
    # Found in development set 18: breaks, sickness-absence rates per sector, leave for moving house.
    r"\bsabbatical",
    r"\bhoeveel pauze|\bpauzes? (?:krijgen|per dag|regels)|\brecht op (?:een )?pauze",
    r"(?:ziekte)?verzuimpercentage",
    r"\bverhuis(?:verlof|dag)|\b(?:ga|gaan) verhuizen\b|\bverhuizing\b",
    # Found in development set 7: privacy law, internship pay, subsidies, sickness procedures.
    r"\bprivacy",
    r"respijtzorg",
    r"mantelzorgcompliment|mantelzorgwaardering",
    r"\bwmo\b",
    r"\bpgb\b",
    r"\bavg\b",
    r"\bgdpr\b",
    r"stagevergoeding (?:per|van|bedr|hoogte)|(?:hoeveel|hoogte van de|redelijke|welke) stagevergoeding",
    r"\bsubsidie",
    r"probleemanalyse",
    r"plan van aanpak",
    r"verzuimprotocol",
    # Found in development set 22: travel allowances, a company bike or car, pay supplements,
    # the legal maximum of working hours.
    r"kilometervergoeding|\bfiets van de zaak|\b(?:lease|bedrijfs)auto|\bauto van de zaak",
    r"\w*toeslag(?:en)?\b",
    r"\bhoeveel uur (?:mag|kan|moet) (?:ik|je|men|een werknemer|hij|zij) (?:\w+ ){0,2}(?:maximaal|hoogstens|max|ten hoogste)\b",
    r"\bmaximaal (?:aantal )?(?:uren|uur) (?:\w+ )?(?:per week|per dag) (?:\w+ )?werken",
    # Found in development set 27: pregnancy leave, pay in the second year of sickness, whether
    # night shifts may be required (money from the municipality: context._NOT_COVERED_EVEN_WITH_CARE).
    r"\b(?:is|ben) zwanger\b(?!.{0,60}\b(?:zorgverlof|calamiteit\w*|complicatie\w*|ziekenhuis|bedrust)\b)",
    r"ziektejaar",
    r"\bverplicht\w* (?:\w+ ){0,4}nachtdienst|\bnachtdiensten? (?:\w+ ){0,3}verplicht",
    # Returns on investment: the sources give none.
    r"terugverdien",
    r"\brendement",
    r"\broi\b",
)

# Words that name a theme in a question ("hoeveel werkenden zijn mantelzorger?").
# The item of a trend that says why (its causes or risks): the answer to a bare "waarom?" after
# another of the trend's background texts ("waar wordt de krapte het grootst?" ... "waarom?").
REASONS_ITEMS = {
    "personeelstekorten": "personeelstekorten.context.oorzaken",
    "ai": "ai.context.risicos",
    "vergrijzing": "vergrijzing.context.oudere-medewerkers",
}
# "Voor welke bedrijven speelt dat het meest?": the item that says where the trend weighs most.
WHERE_IT_WEIGHS_ITEMS = {
    "personeelstekorten": "personeelstekorten.context.sectoren",
    "vergrijzing": "vergrijzing.context.oudere-medewerkers",
    "mantelzorg": "mantelzorg.cijfers",
}
THEME_WORDS = {
    "mantelzorg": r"mantelzorg|zorg(?:t|en)? (?:\w+ ){0,6}voor (?:een |zijn |haar |mijn |hun )?(?:\w+ )?(?:naaste|zieke|ouder|moeder|vader|kind|partner|schoonmoeder|schoonvader)(?:s|en|eren)?\b"
    # "een van mijn timmermannen zorgt voor zijn vrouw met kanker"
    r"|\bzorg(?:t|en) voor (?:zijn|haar|mijn|hun) (?:vrouw|man|echtgeno\w+|zoon|dochter|opa|oma)\b(?! (?:en|of) )"
    # "moet elke dinsdag zn vader naar de dialyse brengen": taking a relative to treatment.
    r"|\b(?:zijn|haar|mijn|zn|mn|m'n|hun) (?:vader|moeder|ouders|vrouw|man|partner|kind|zoon|dochter|opa|oma)\b"
    r" (?:\w+ ){0,2}naar (?:de |het )?(?:dialyse|chemo\w*|ziekenhuis|specialist|therapie|behandeling\w*) (?:brengen|rijden|begeleiden)\b",
    "ai": r"\bai\b|\bai-|kunstmatige intelligentie|chatgpt|chatbot|algoritm|automatiser|slimme systemen|copilot|\bgemini\b|taalmodel|generatieve",
    "vergrijzing": r"vergrij[sz]|oudere (?:\w+ )?(?:medewerkers|werknemers|collega|verpleegkundigen|docenten|leraren|chauffeurs|personeelsleden|monteurs|werkenden)|ouder wordend|\b55\+?"
    r"|\b(?:personeel|team|medewerkers|mensen) (?:\w+ )?(?:wordt|word|worden) (?:steeds |ook )?ouder\b"
    r"|\b(?:boven de|ouder dan|over de) (?:5[5-9]|6\d)\b|\b(?:5[5-9]|6\d)[- ]?plussers?\b"
    # "en die oudere garde?", "de helft van mijn team gaat over een paar jaar met pensioen"
    r"|\boudere garde\b|\btot (?:hun|zijn|haar) pensioen\b"
    r"|\b(?:de helft|een groot deel|een derde|veel) van (?:mijn|ons|onze|het) (?:team|personeel|medewerkers|mensen) (?:gaat|gaan) (?:\w+ ){0,5}met pensioen\b",
    "personeelstekorten": r"personeelstekort|tekort aan (?:personeel|mensen|\w+ers\b|technici|verpleeg|leraren|leerkrachten|monteurs|chauffeurs)|(?:leraren|artsen|verpleeg\w*|technici|arbeids|zorgpersoneel)tekort|te weinig (?:personeel|mensen|handen|chauffeurs|koks|monteurs|verpleegkundigen|leraren|docenten|technici|schoonmakers)|vac\w{0,2}tures? (?:\w+ )?open|onderbezet|\btekorten\b|krapte|vacature|stagiair|starters|leerbaan|niet (?:meer )?(?:aan )?(?:personeel|mensen) (?:\w+ )?(?:komen|vinden)"
    r"|\b(?:zo |erg |veel te )weinig (?:personeel|mensen|handen|monteurs|verpleegkundigen|leraren|\w+ers)\b"
    r"|\bminder mensen dan (?:nodig|gepland|normaal)\b|\bonderbezetting\b|\binvaller|\bgeen vervang(?:ing|ers)\b|\bafgestudeerd|\bpas begonnen (?:collega|medewerker)|\bnet van (?:de )?(?:universiteit|school|opleiding|hogeschool)"
    r"|\b(?:kan|kunnen|kun) (?:we |wij |ik |ze |zij )?(?:geen|niet genoeg|nauwelijks|moeilijk) (?!antwoorden|regelingen|informatie)\w+(?:s|ers|en) (?:meer )?(?:vinden|krijgen)\b"
    r"|\bgeen personeel (?:\w+ )?(?:vinden|krijgen)\b|\bmoeite met het vinden van\b"
    r"|\b(?:we|wij) vinden (?:bijna |nauwelijks |haast )?geen (?:jonge |nieuwe |goede |ervaren )?(?:mensen|personeel|\w+ers|leraren|monteurs|collega's)\b",
    "psa": r"\bpsa\b|werkdruk|pesten|gepest|lastig ?gevallen|agressie|agressief|ongewenst gedrag|ongewenste|intimidatie|discriminatie|gediscrimineerd|discrimin|racis\w*|hoofddoek|huidskleur|anders behandeld|ruzie|conflict|overhoop|onenigheid"
    r"|uitschelden|uitgescholden|scheld|bedreig|dreigend|\buiterlijk\b|opmerkingen (?:\w+ )?over (?:mijn|haar|zijn|je) (?:lichaam|uiterlijk)|aanraakt|aanraken|betast|seksue|grensoverschrijdend|buitengesloten|buiten ?gehouden|uitgelachen|gekleineerd|belachelijk gemaakt|sluit\w* \w+ buiten|buiten ?sluiten|treiter"
    r"|ingrijpende gebeurtenis|overval|psychosociale",
}
