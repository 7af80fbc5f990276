"""Recognises crisis signals (suicidal thoughts, self-harm, acute danger) in a message.

Used in two places: the Rasa policy `safety.crisis_policy.CrisisPolicy` checks every user
message with it before any intent handling (also "/intent" messages, which skip the NLU),
and the evaluation scripts measure it on the development and held-out crisis sets.

Readable patterns first (a reviewer can check every rule), then a small classifier trained
on the development sets (`safety.crisis_classifier`) for wordings no pattern foresaw: a miss
here can cost a life, a false alarm costs one serious answer.
The text is normalised first (lower case, accents removed, "mn" → "mijn", repeated
letters reduced) so that chat spelling and common typos match the same rules.
"""

import re
import unicodedata
from enum import Enum
from typing import Optional

from safety.crisis_classifier import SUBJECT_TALK_BELOW as CLASSIFIER_SUBJECT_TALK_BELOW
from safety.crisis_classifier import THRESHOLD as CLASSIFIER_THRESHOLD
from safety.crisis_classifier import WITHOUT_DANGER_WORDS as CLASSIFIER_WITHOUT_DANGER_WORDS
from safety.crisis_classifier import crisis_probability


class Concern(str, Enum):
    """Whose safety the message is about."""

    SELF = "self"
    OTHER = "other"


_CHAT_SPELLING = {
    r"\bmn\b": "mijn",
    r"\bm'n\b": "mijn",
    r"\bzn\b": "zijn",
    r"\bz'n\b": "zijn",
    r"\bnie\b": "niet",
    r"\bnt\b": "niet",
    r"\bwil(?:l)+\b": "wil",
    r"\bk\b": "ik",
    r"\bn\b": "een",
    r"\bzelfmoor[td]": "zelfmoord",
    r"\bzelfm(?:ro|or|oo)(?:o|r)?[dt]": "zelfmoord",
    r"\bzelf moord": "zelfmoord",
    r"\bzelfmord": "zelfmoord",
    r"\bzelfdodin(?!g)": "zelfdoding",
    r"\bsu[iy]?[cs][iy]?d(?=e|aa|al)": "suicid",
}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'")
    text = re.sub(r"[.?!;]+", " . ", text)  # sentence ends stay visible to `_whose`
    text = re.sub(r"[^a-z0-9'. ]+", " ", text)
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)  # "wiiiiil" → "wiil"
    for pattern, replacement in _CHAT_SPELLING.items():
        text = re.sub(pattern, replacement, text)
    return " " + re.sub(r"\s+", " ", text).strip() + " "


# Words for "I / me" and for someone else; used to tell whose safety is at stake.
_PERSON = r"(?:mezelf|zichzelf|zelf|mij|me|hem|haar|hen|zich)"
_LIFE = r"(?:mijn|zijn|haar|het|hun|je|jouw|zn) leven"
_END = r"(?:eind|einde|punt)"
_MEANS = (
    r"(?:mes|mesje|scheermesje|pillen|slaappillen|medicijnen|tabletten|oxazepam|paracetamol|"
    r"strop|touw|geweer|spoor|trein|brug|dak|flat|balkon|parkeergarage|dijk|pijler|het water in|"
    r"snelweg|vrachtwagen|auto)"
)
_ENDING = (
    r"(?:klaar (?:liggen|ligt|om)|zodat het (?:klaar|over|voorbij)|het (?:is )?(?:dan )?(?:ook )?(?:klaar|over|voorbij)\b|"
    r"(?:twijfel|twijfelt) of (?:ik|hij|ze) het doe|om te springen|te springen|durfde net niet|"
    r"ingenomen|innemen|geslikt|dood\b(?! spoor)|sterven|einde\b|voorgoed|nooit meer)"
)
_WISH = r"hoop|hoopt|hoopte|wil|wilt|willen|wou|zou willen|wens|wenst|denk aan|denkt aan|plan|van plan|ga|gaat"

SIGNALS = [
    # Named directly.
    r"\bzelfmoord",
    r"\bzelfdoding",
    r"\bsuicid",
    r"\bzelfbeschadig",
    r"\bautomutil",
    r"\blevensmoe",
    r"\bdoodswens",
    # "dat ik maar beter samen met hem kan gaan als hij sterft": following a dying relative.
    r"\b(?:samen met|met) (?:hem|haar) (?:\w+ ){0,2}(?:gaan|mee ?gaan|meegaan|sterven) als (?:hij|zij|ze) (?:sterft|doodgaat|overlijdt|gaat)\b",
    # "dat ie zichzelf gaat doodschieten": a gun aimed at oneself.
    r"\b(?:mezelf|zichzelf|mijzelf) (?:\w+ ){0,2}(?:dood ?(?:te )?schieten|neer ?(?:te )?schieten|door (?:het|m[ij]n|zijn|haar) (?:hoofd|kop) (?:te )?schieten)",
    r"\bdoodsgedachte",
    r"\bafscheidsbrief",
    r"\boverdosis\b(?! aan| cafeine| koffie| suiker| informatie| werk| vergader)",
    r"\bkill (?:my|him|her)self",
    r"\bwant(?:s)? to die\b",
    r"\bend (?:my|his|her) life",
    r"\b(?:don ?'?t|do not|doesn ?'?t|no longer) want to live",
    r"\bending it(?: all)?\b",
    r"\bend it all\b",
    r"\bsuicid",
    r"\bhurt(?:ing)? myself",
    r"\bbetter off (?:dead|without me)",
    # Ending one's life.
    rf"\b{_END} (?:aan|achter) {_LIFE}",
    rf"\ber (?:(?:voorgoed|definitief|gewoon|maar|dan) )?(?:een )?{_END} (?:aan|achter) (?:maken|maak|maakt|te maken|zetten|zet|gemaakt)",
    rf"\b(?:maak|maakt|maken) (?:ik |ze |hij |zij )?er (?:(?:vanavond|morgen|vandaag|dan|gewoon|maar|voorgoed) )*een {_END} aan\b(?! met| die| dat| de | het | dit)",
    rf"\ber (?:\w+ )?een {_END} aan (?:wil|wilt|willen|gaat|ga|gaan|zal|zou) (?:\w+ )?(?:maken|te maken)",
    r"\b(?:van het leven (?:beroven|beroofd)|zich(?:zelf)? van het leven)",
    r"\buit het leven (?:stappen|stap|gaan|willen)",
    r"\bvan kant (?:maken|te maken|gemaakt)",
    r"\bmaak (?:ik )?(?:mezelf|mijzelf|me|mij|hem|haar|zichzelf) van kant\b",
    r"\bom het leven (?:brengen|te brengen)",
    r"\b(?:zichzelf|mezelf|zich|me) (?:te )?(?:doden|ophangen|op te hangen)",
    r"\bmezelf (?:te )?doden\b",
    # Wishing to be dead or gone.
    r"\b(?:niet|nooit) (?:meer )?(?:willen |wil |wilt |te )?leven\b",
    r"\bniet meer (?:door )?(?:te )?leven\b",
    r"\b(?:reden|zin|nut) (?:meer )?(?:om |in )?(?:door )?(?:te )?leven",
    r"\bdoor te leven\b",
    r"\bverdien\w* (?:het )?niet (?:om )?te leven",
    r"\bleven (?:heeft|had) (?:voor (?:mij|hem|haar) )?(?:geen|weinig) (?:zin|nut)",
    r"\bgeen zin meer in (?:het|mijn|zijn|haar|dit) leven",
    r"\bklaar met (?:het|mijn|zijn|haar)? ?leven",
    r"\bleven is klaar\b",
    r"\b(?:wil|wilde|wou|wilt|willen) (?:gewoon |graag |echt |liever )?(?:dood|sterven)\b",
    r"\b(?:liever|liefst|beter) (?:gewoon )?dood\b",
    r"\bdood (?:te )?(?:zijn|wil|willen|gaan|was|is)\b.{0,40}\b(?:fijn|liever|liefst|prima|beter|wil|oplossing)",
    r"\b(?:fantaseer|fantaseert|denk|denkt|denken) \w* ?\w* ?(?:aan|over) (?:de )?dood\b",
    r"\bdood als (?:enige )?(?:oplossing|uitweg)",
    r"\bzonder pijn dood",
    r"\b(?:hoe|manier\w*) (?:je |om )?(?:\w+ )?dood (?:kunt |te )?gaan",
    r"\bdodelijk (?:is|zijn)\b|\bdodelijke dosis",
    r"\bachterna (?:wil|willen|gaan)",
    r"\ber (?:\w+ )?(?:niet meer|nooit meer) (?:wil(?:t|len)? )?(?:te )?(?:zijn|ben|is|was|waren)\b",
    r"\b(?:niet|nooit) meer (?:willen |wil |te )?bestaan",
    r"\bophouden met bestaan",
    r"\b(?:beter|liever) af zonder (?:mij|hem|haar)\b",
    r"\bniemand (?:zou|zal) (?:mij|me|hem|haar) missen\b(?! in| bij| op| tijdens| als (?:ik|hij|ze|zij) (?:\w+ ){0,2}(?:dag|dagje|middag|ochtend|week|uur|keer|vergadering|overleg)\b)",
    r"\b(?:last|blok aan het been) (?:voor|van) iedereen",
    r"\b(?:hoeft|hoef) (?:het )?(?:allemaal )?(?:voor (?:mij|hem|haar|hen) )(?:allemaal )?(?:niet meer|niet langer)(?! zo nodig| per se| zo)",
    r"\bhet hoeft (?:allemaal )?niet meer\b",
    r"\bnooit meer wakker",
    r"\bniet meer wakker (?:te )?(?:worden|word|wordt)",
    r"\b(?:slapen|verdwijnen|weg zijn|ophouden|stoppen) (?:\w+ )?(?:voor altijd|voorgoed)",
    r"\b(?:voor altijd|voorgoed) (?:slapen|verdwijnen|weg)",
    r"\bgeen (?:enkele )?uitweg\b(?! uit)",
    r"\b(?:enige|laatste) uitweg",
    # "sinds mijn vader overleden is ... zegt steeds dat ze bij hem wil zijn": following the dead.
    r"\b(?:overleden|gestorven|dood|er niet meer is)\b.{0,80}\bbij (?:hem|haar) (?:wil|wilt|willen|zou willen) zijn\b",
    # "Dit is mijn laatste werkdag. Niet omdat ik ontslag neem.": a farewell without its ordinary reason.
    r"\blaatste (?:werk)?dag\b.{0,40}\bniet omdat ik (?:ontslag|met pensioen|een andere baan|ga verhuizen)",
    r"\bzie het (?:echt |helemaal |allemaal |gewoon )?niet meer zitten\b(?! om| met| op)",
    r"\bwil er (?:\w+ )?(?:vanaf|van af|uit stappen) zijn",
    r"\bom er (?:maar )?(?:vanaf|van af) te zijn",
    r"\bhet is (?:dan )?(?:ook )?(?:klaar|voorbij)\b.{0,20}$",
    r"\ben het is (?:klaar|voorbij)",
    r"\bvaarwel\b",
    r"\bnooit meer (?:zullen |zult |zal )?zien",
    r"\blaatste dag is\b",
    r"\bdoor ?gaan met (?:het )?leven",
    r"\bmoe van het leven",
    r"\b(?:ophoudt|ophouden|stopt|stoppen)\b.{0,10}\bvoorgoed",
    r"\bom dood te (?:zijn|gaan)\b",
    r"\bdood (?:wil|wilt|willen)\b",
    r"\bbeter af (?:is|zijn|zou zijn|zal zijn)? ?(?:als|zonder) (?:ik|hij|ze|zij|mij|hem|haar)\b",
    r"\bvan het leven (?:\w+ )?beroven",
    r"\bvoor (?:mij|hem|haar) (?:allemaal )?niet meer (?:hoeft|hoef)",
    # Self-harm.
    r"\b(?:mezelf|zichzelf) (?:\w+ ){0,3}(?:gekrast|gesneden|gebrand|verwond|verwondt|pijn|krast|snijdt|snijd|beschadigt|beschadigd|slaat)",
    r"\b(?:krab|krabt|snij|snijd|snijdt|kras|krast) (?:mijn|zijn|haar) (?:armen|arm|polsen|pols|benen|been) open",
    r"\bsnee[e]?n op",
    r"\b(?:snij|snijd|snijdt|snijden|sneed|gesneden|kras|krast|krassen|gekrast|brand|brandt|verwond|verwondt|beschadig|beschadigt|sla|slaat)\w* (?:\w+ )?(?:mezelf|zichzelf)",
    r"\b(?:mezelf|zichzelf|me|zich) (?:\w+ )?(?:\w+ )?(?:pijn (?:doen|doe|te doen)|iets (?:aan ?doen|aan ?doet|aan te doen|aandoe|aandoet)|snijden|krassen|beschadigen|verwonden)",
    r"\b(?:polsen|pols|armen|arm) (?:\w+ )?(?:open ?(?:gesneden|snijden|krabben|krab|gekrabd))",
    r"\bopen ?(?:gesneden|gekrabd|krab)\b",
    r"\bmes\b.{0,30}\bpols(?! doet pijn| pijn)",
    r"\bhoofd tegen de muur\b",
    r"\bzelf (?:heeft|heb) (?:gemaakt|toegebracht)",
    r"\bsneeen\b",
    # Broader: a means of harm together with an intent or an ending ("het mes al klaar",
    # "van de dijk sturen zodat het over is"), and dying wished or planned.
    rf"\b{_MEANS}\b.{{0,80}}\b{_ENDING}",
    rf"\b{_ENDING}.{{0,80}}\b{_MEANS}\b",
    rf"\b(?:{_WISH})\b.{{0,40}}\b(?:doodga|doodgaat|doodgaan|dood gaan|dood ga|dood gaat|dood ben|dood is|dood was|dood te|sterf|sterven|doodbloed)(?!de\b|d\b|geval)",  # not "haar stervende moeder"
    r"\b(?:doodgaan|dood gaan|sterven)\b.{0,40}\b(?:opluchting|oplossing|fijn|prima|hoop)",
    rf"\b(?:{_WISH}|klaar om)\b.{{0,40}}\b(?:afscheid (?:te )?nemen van (?:het|mijn) leven|uit (?:het|mijn) leven|mijn leven (?:te )?(?:beeindigen|stoppen))",
    r"\b(?:het|mijn|zijn|haar) leven (?:\w+ ){0,3}(?:beeindigen|beeindig|stoppen|stopzetten)",
    r"\bga het beeindigen\b",
    r"\b(?:het )?leven (?:zat|beu)\b",
    r"\bhet leven niet meer zitten",
    r"\bniet meer (?:ziet|zie|zien) waarom (?:hij|ik|ze|zij) (?:nog )?(?:zou|zal) (?:door)?leven",
    r"\b(?:verder|door) (?:te )?leven\b",
    r"\bzelmoord|\bzelfdodng|\bzelf ?dod\w*",
    r"\b(?:gesneden|gekrast|sneden|snijwonden|krassen) (?:\w+ ){0,4}(?:polsen|pols|armen|arm|been|benen|bovenbenen)",
    r"\b(?:in|op) (?:mijn|zijn|haar) (?:armen|arm|been|benen|polsen|pols) (?:\w+ ){0,2}(?:gesneden|gekrast|kras|krast|snij|snijd|snijdt)",
    r"\b(?:kras|krast|krassen|snij|snijd|snijdt) in (?:mijn|zijn|haar) (?:armen|arm|been|benen|polsen|pols)",
    r"\b(?:weer|gister|gisteren|opnieuw) (?:weer )?(?:gekrast|gesneden)",
    r"\b(?:armen|arm|polsen|pols) (?:\w+ )?(?:openhaalt|openhalen|open haalt|opengehaald)",
    r"\bmet (?:een )?(?:mesje|glas|scheermesje) (?:bewerkt|bewerken|openhaalt)",
    r"\bmouwen? (?:\w+ ){0,3}(?:omlaag|lang|lange)\b.{0,40}\b(?:niemand|ziet|zien)",
    r"\b(?:er )?(?:straks|morgen|binnenkort|dan) niet meer (?:zal |zult )?(?:zijn|ben|is)\b",
    r"\ber morgen niet meer (?:zal |zult )?zijn",
    r"\blaatste (?:telefoontje|bericht|appje|mailtje)\b(?! (?:voor|van) (?:vandaag|vanavond|vandaag|deze week|dit weekend|het weekend|de dag|nu)\b)"
    # "mijn laatste bericht voor de vakantie, tot over drie weken!"
    r"(?! (?:voor|van|tot|na) (?:de |mijn |het |ons |onze )?(?:vakantie|verlof|zomer|kerst|weekend|zwangerschapsverlof|sabbatical|pensioen)\b)",
    r"\bafscheids(?:brief|briefje|bericht|berichtje|mail|appje)",
    r"\bsorry voor alles\b",
    r"\bvoorgoed van (?:me|mij|hem|haar) af",
    r"\bhoeft er niks meer\b",
    r"\bniet (?:meer )?wakker (?:word|wordt|worden)\b.{0,40}\b(?:prima|hoop|fijn|best)",
    r"\bvan het leven (?:\w+ )?(?:beroven|beroof|berooft)",
    r"\buit het leven (?:te )?(?:stappen|stap|gaan|willen)",
    r"\bvoorgoed (?:voorbij|over|klaar)",
    r"\b(?:zijn|is) dodelijk als",
    rf"\ber (?:\w+ )?(?:een )?{_END} aan (?:maken|maak|maakt|te maken)",
    r"\bvan kant (?:\w+ )?(?:maken|te maken)",
    r"\bzodat het (?:klaar|over|voorbij) is",
    r"\bals ik (?:nu )?(?:\w+ ){0,4}spring\b",
    r"\bspring ik\b(?! (?:\w+ )?(?:in|bij)\b)",
    r"\bwou dat ik dood\b",
    r"\bdood (?:willen|wil)\b",
    r"\bdan ben ik dood\b",
    r"\b(?:in (?:mijn|haar|zijn) slaap) (?:doodga|doodgaat|dood ga|dood gaat|sterf|sterft|overlijd)",
    r"\bdoodbloed",
    r"\brand van het dak\b",
    r"(?<!was een )(?<!is een )(?<!wat een )(?<!financiele )\bstrop\b(?! voor (?:mensen|ons|het|de|iedereen)| om (?:onze|de|je) nek| gehad| geweest)",
    r"\bjachtgeweer|\bvuurwapen",
    # Broader phrasings found in the third development set.
    r"\blichten (?:\w+ )?(?:uitgaan|uit gaan|gaan uit|uit)\b.{0,20}\bvoorgoed|\bvoorgoed\b.{0,20}\blichten uit",
    r"\bpunt achter (?:\w+ )?(?:mijn|het|zijn|haar) leven|\bachter mijn leven\b",
    r"\bklaar mee\b.{0,30}\bmet (?:het |mijn )?leven",
    r"\b(?:in|op) (?:mijn|m|mn|zijn|haar) (?:arm|armen|pols|polsen|been|benen) (?:\w+ )?(?:gesneden|gekrast|gebrand)",
    r"\b(?:klaar|ophouden|stoppen) met (?:alles,? )?(?:ook )?(?:met )?(?:het |mijn )?leven\b",
    r"\bblijf leven\b|\bblijven leven\b|\bnog (?:langer )?leven\b",
    r"\bafscheid (?:\w+ )?van (?:deze|de) wereld|\bmijn tijd zit erop\b(?! bij)(?!.{0,40}pensioen)",
    r"\b(?:welke|hoeveel) (?:hoogte|meter|pillen|tabletten|paracetamol)\b.{0,40}\b(?:dodelijk|genoeg|dood|weg|wakker)",
    r"\bwaar ik heen ga\b|\bniet meer nodig (?:heb )?waar\b",
    r"\b(?:kras|krast|snij|snijd|snijdt|gesneden|gekrast|sneed|brand|brandt|krab|krabt)\w* (?:\w+ ){0,4}(?:in|op|aan) (?:mijn|m|zijn|haar|me|mn) (?:arm|armen|pols|polsen|been|benen|bovenbenen|onderarm|onderarmen|huid|dijen|buik)",
    r"\b(?:huid|armen|arm) (?:\w+ )?open (?:tot|totdat)",
    r"\b(?:disappear|sleep) forever|\bnot wake up\b|\bcutting myself|\bstaying alive|\bdone with life|\bwon'?t be around|\bwon t be around|\bkill (?:my|him|her)self",
    r"\bals ik dood ben\b|\bwanneer ik dood ben\b|\bna mijn dood\b",
    r"\bniet meer (?:zou |zal )?(?:besta|bestaan|besta)\b|\bgewoon niet meer besta",
    r"\bwil (?:erin|het water in) (?:gaan|lopen)\b.{0,30}\b(?:niet meer|bovenkomen)|\bniet meer bovenkomen",
    r"\buitlaatgassen|\bslang aan de uitlaat|\bgas opengedraaid|\bgas open",
    r"\bwil (?:gewoon )?niet meer\b\W{0,3}\s*(?:\.\s*)?niet meer (?:opstaan|ademen|leven|wakker)",
    r"\beigen begrafenis\b",
    r"\bmijn lichaam (?:er )?(?:gewoon )?mee ophoudt",
    r"\b(?:een )?(?:eind|einde) mee (?:kan )?(?:maken|maak)",
    r"\bvan (?:\d+ )?meter (?:te )?springen|\bspringen\b.{0,20}\bben je (?:meteen )?weg",
    r"\buit de bocht (?:vlieg|vliegen)\b.{0,30}\b(?:voorbij|klaar|dood)",
    r"\bstop ik ermee\b.{0,0}|\bvannacht stop ik ermee|\bhet is mooi geweest\b",
    r"\bmorgen ben ik er niet meer|\b(?:ben ik|is hij|is ze|ben je) er (?:morgen |straks |binnenkort )?niet meer\b",
    r"\bwil (?:gwn |gewoon )?dood\b|\bdood zijn nu\b|\bwil ik (?:gwn |gewoon |echt |eigenlijk |liever )?dood\b",
    r"\b(?:het|mijn|zijn|haar|dit) leven (?:\w+ )?(?:heeft )?geen zin meer|\bgeen zin meer (?:in|om te) (?:het |mijn |zijn |haar )?leven",
    r"\bpolsen (?:\w+ )?doorsnijden|\bdoorsnijden\b.{0,20}\bpolsen",
    r"\bonder een (?:vrachtwagen|trein|bus|auto) (?:lopen|springen|gaan liggen)",
    r"\bop de wc (?:kan )?snijden|\bme (?:op de wc )?(?:kan )?snijden",
    r"\bleef ik niet meer|\bleeft (?:hij|ze|zij) niet meer|\blaatste wens",
    r"\bvoor altijd (?:\w+ )?(?:gaan )?slapen|\bvoorgoed (?:\w+ )?(?:gaan )?slapen",
    r"\bhoogst(?:e)? is en hoe diep|\bhoe diep het water",
    r"\bhoeven te missen\b.{0,40}\bniet meer|\bniet (?:hoeven|hoeft) te missen",
    r"\bop een ongeluk lijkt",
    r"\bpills ready|\bhave the pills",
    r"\bik hoef niet meer\b(?! te)",
    r"\bnooit meer terug(?:komt|komen)\b.{0,30}\b(?:touw|bos|nergens)|\bhet bos in gaat en niet meer terugkomt|\bniet meer terugkomt\b",
    r"\bafscheidsbrie\w*",
    r"\b(?:mezelf|mijzelf|zichzelf|me|mij) iets (?:moet |wil |wilde |zal |zou |ga |gaat |gaan )?(?:aan ?doen|aan te doen)\b",
    # Found in development set 6: "hoe ik mezelf kan ombrengen", "als ik van de brug rij",
    # "blijven staan als de trein komt".
    r"\b(?:mezelf|mijzelf|zichzelf|me|mij|zich|hem|haar) (?:\w+ )?(?:ombrengen|om te brengen|ombreng|ombrengt)\b",
    r"\bals ik (?:\w+ ){0,5}(?:van|tegen|voor|onder|in) (?:de|een|het) (?:brug|pijler|boom|trein|vrachtwagen|water|kanaal|spoor) (?:\w+ )?(?:rij|rijd|spring|stap|loop|ga)\b",
    r"\bblijven staan als de trein|\bblijf staan als de trein",
    r"\bleef niet lang meer|\bdaar zorg ik zelf voor\b",
    r"\blaatste (?:dag|dagen|week|maand|avond|nacht) op aarde",
    r"\bnobody would notice|\bniemand (?:het )?zou (?:het )?merken als (?:ik|hij|ze) (?:dood|weg was|er niet meer|verdwijn|niet meer)",
    r"\bzichzelf (?:expres )?(?:brandt|snijdt|krast|verwondt)",
    r"\bwil laten verdrinken|\bzich (?:wil )?(?:laten )?verdrinken",
    r"\blaatste dag op aarde|\blaatste werkdag\b.{0,30}\blaatste dag",
    r"\bspringt als\b|\bvan de \d+\w* verdieping springt",
    r"\b(?:neer te steken|neersteken|dood ?steken)\b|\bmet een mes bedreig|\bbedreigt? (?:haar|hem|mij|me) met een mes",
    # Means and plans.
    r"\b(?:pillen|slaappillen|medicijnen|medicatie|tabletten|pilletjes|paracetamol)\b.{0,40}\b(?:gespaard|sparen|opgespaard|opspaar|opspaart|verzamel\w*|innemen|ingenomen|genomen|slikken|geslikt|nemen|op)\b",
    r"\b(?:gespaard|opgespaard|verzameld|genoeg|strip|hoop|handvol|fles) (?:\w+ )?(?:\w+ )?(?:pillen|slaappillen|medicijnen|tabletten)",
    r"\b(?:voor|onder) (?:de|een) trein",
    r"\bdenkt? (?:hij |ze |zij )?aan de trein",
    r"\bnaar het spoor\b",
    r"\b(?:brug|dak|flat|balkon|gebouw|perron)\b.{0,60}\b(?:springen|spring|springt|sprong|te springen)",
    r"\b(?:springen|springt|spring|te springen) (?:\w+ )?(?:van|vanaf|af|in) (?:de |het |een )?(?:brug|dak|flat|balkon|gebouw)",
    r"\btouw\b.{0,40}\b(?:klaar|gehangen|hangen|opgehangen|zolder|schuur)",
    r"\b(?:zolder|schuur|kelder|bos)\b.{0,40}\bmet (?:een|het) touw\b",
    r"(?:\bik (?:\w+ ){0,5})?\btegen een boom",  # "ik rijd de auto gewoon tegen een boom": the writer's
    r"\bruk aan het stuur",
    r"\bgarage\b.{0,40}\bmotor",
    r"\bzelfmoordpoging",
    r"\bpoging gedaan\b",
    r"\b(?:plan|manieren|manier) (?:\w+ )?om (?:\w+ )?(?:te doden|dood te gaan|zelfmoord|een eind)",
    r"\bde volgende keer (?:wel )?lukt",
    r"\bspullen weggegeven\b",
    # Found in development set 7: a threat in hindsight, goodbyes "voor altijd", standing on an
    # edge, searching how a method works, tools given away, "naast zijn vrouw op het kerkhof".
    r"\bdan (?:weten|snappen|begrijpen) (?:jullie|jij|je|ze|u|julie) (?:wel |meteen )?waarom\b",
    r"\b(?:gedag|dag|doei) (?:\w+ )?(?:gezegd|zeggen|gezwaaid)\b(?=.{0,60}\bvoor altijd\b)|\bniet dat het voor altijd is\b",
    r"\b(?:op |vanaf |aan )?de rand van (?:het|mijn|de|een|ons) (?:\w*dak|balkon|flat|brug|perron|parkeergarage|kade)\b",
    r"\b(?:hoe lang duurt |hoe moet je |hoe werkt |manier om (?:je )?|hoe kun je (?:je )?)(?:\w+ )?(?:ophangen|verdrinken|doodbloeden|verhangen)\b",
    r"\b(?:al|alle) (?:zijn|haar|mijn|z'n|zn) (?:spullen|gereedschap|bezittingen|boeken|kleren|platen|sieraden)\b.{0,30}\b(?:gegeven|weggegeven|weg gegeven|weggeven|verdeeld|verkocht)\b",
    r"\b(?:kerkhof|graf|begraafplaats)\b.{0,80}\bzelf (?:voor )?(?:zorgt|zorg|zorgen|regelt|regel)\b",
    r"\b(?:doodgaat|dood gaat|sterft|overlijdt|er niet meer is)\b.{0,20}\b(?:ga|wil) ik (?:\w+ ){0,2}mee\b",
    # Found in development set 8: heights that one does not survive, an earlier attempt, who
    # gets what, setting others free of oneself, "alleen nog zuurstof verbruiken", "dan ga ik
    # maar met hem mee" beside depression or death.
    r"\b(?:een|de) (?:val|sprong)\b.{0,20}\bniet (?:overleeft|overleef|overleven|overleefd)",
    r"\b(?:hoe hoog|welke hoogte)\b.{0,60}\b(?:overleef|overleven|niet overleeft|dood)",
    r"\b(?:vorige|eerdere|eerste|tweede|laatste) poging\b(?! om| tot(?! zelf)| te| voor| van)",
    r"\bwie wat (?:krijgt|moet krijgen|erft|mag hebben)\b",
    r"\b(?:ze|hen|hem|haar|iedereen|jullie|hun) van (?:mij|me) (?:verlossen|bevrijden)\b",
    r"\bzuurstof (?:verbruik|verspil)|\bzonde van (?:de|mijn) zuurstof",
    r"\b(?:welke|wat is de|hoogste) (?:\w+ )?(?:brug|flat|gebouw|toren|parkeergarage)\b.{0,40}\bhoogst",
    r"\b(?:depressief|dood|sterft|overlijdt|doodgaat|ziek)\b.{0,80}\bga ik (?:maar |ook )?(?:met (?:hem|haar) )?mee\b",
    # Found in development set 9: doses asked, not safe with oneself, not here next week, the
    # steering wheel, a plan with a date, the rest of the box, petrol, a heart that stops,
    # goodbyes nobody noticed, an accident for the insurance, "ik hang mezelf op", "niet verder wil".
    r"\b\d+ (?:slaap)?(?:tabletten|pillen|slaappillen|pilletjes)\b.{0,20}\bgenoeg\b",
    r"\bveilig (?:ben |blijf |zijn |te zijn )?(?:voor|bij) (?:mezelf|mijzelf|zichzelf)\b",
    r"\bniet dat ik er (?:\w+ ){0,2}nog (?:ben|zal zijn|zijn)\b|\bbedankt voor alles\b.{0,15}\bsorry\b",
    r"\bstuur (?:\w+ )?(?:omgooien|omgooi|omgooit|omtrekken|omtrek)\b",
    r"\b(?:mijn|het) plan (?:is|ligt) (?:klaar|rond)\b\W+(?:\w+ ){0,5}(?:zaterdag|zondag|vanavond|morgen|vannacht|als|tot)\b",
    r"\bde rest van de (?:doos|strip|pot|pillen|tabletten|medicijnen)\b",
    r"\b(?:oxazepam|diazepam|temazepam|lorazepam|slaaptabletten)\b.{0,60}\b(?:nemen|innemen|slikken|opmaken)\b",
    r"\bjerrycan|\bbenzine\b.{0,60}\b(?:kofferbak|over mezelf|over me heen|aansteker|ik weet waar)",
    r"\bhoop (?:ik )?dat (?:mijn hart|ik) (?:\w+ )?(?:stopt|ophoudt|stil ?staat|niet meer wakker)",
    r"\bafscheid genomen\b.{0,60}\bzonder dat\b",
    r"\b(?:neem|slik) ik ze (?:allemaal |alle |allen )?(?:in|op)\b",
    r"\b(?:perron|spoor|rand|brug)\b.{0,80}\b(?:stap|stapje) (?:naar voren|vooruit|opzij)\b",
    r"\blijken op een ongeluk|\blevensverzekering\b.{0,60}\b(?:uitbetaald|uitkeert|uitkering)",
    r"\bben ik (?:overal|overal en iedereen|van alles) vanaf\b|\bde haven in (?:rij|rijd|rijden)",
    r"\bhang (?:ik )?(?:mezelf|mijzelf|me|zichzelf) op\b|\bzich ophangt\b",
    r"\b(?:hij|zij|ze|ik) (?:wil|wilt) niet (?:meer )?verder\b|\bniet (?:meer )?verder (?:wil|wilt|willen)\b",
    # Found in development set 10: the fastest or painless way, saving pills, "don't want to be
    # here", at the tracks, a long sleep for good, a last working week ever, an insurance payout,
    # following someone in death, after an attempt, not swimming up, counting a dose, a danger to
    # oneself, a final solution, the day not yet chosen, things given away, bandaged wrists, a way
    # out found, "tell them I love them", passwords sent, burning with cigarettes, not braking.
    r"\b(?:snelste|pijnloze|pijnloosste|zekerste) manier\b.{0,40}\bvoor (?:mezelf|mijzelf)\b|\bpijnloze manier\b",
    r"\b(?:spaar|spaart|sparen|verzamel\w*)\b.{0,30}\b(?:oxazepam|diazepam|pillen|medicijnen|tabletten|slaappillen|medicatie)\b",
    r"\b(?:don ?'?t|do not) want to be here\b",
    r"\b(?:sta|zit|ben|staat) (?:nu )?(?:bij|op|naast) het spoor\b",
    r"\blange slaap\b.{0,60}\bvoorgoed|\beeuwige slaap",
    r"\bals ik\b.{0,40}\bniet\b.{0,30}\bweten (?:jullie|ze|jij|u) (?:wel )?waarom|\blaatste (?:werk)?(?:week|dag) ooit\b",
    r"\b(?:meer aan|beter af met) (?:de |het |mijn )?(?:uitkering|geld|verzekering|erfenis|overlijdensrisicoverzekering)\b",
    r"\b(?:ga|wil) ik (?:\w+ )?achterna\b",
    r"\b(?:na|sinds) (?:een|mijn|zijn|haar) (?:\w+ )?poging\b(?! (?:om|tot|te|voor|van))|\bpoging (?:heeft|had|hebben) gedaan",
    r"\bgeen zin (?:meer )?om (?:naar )?boven te (?:zwemmen|komen)|\bniet meer (?:naar )?boven (?:te )?(?:zwemmen|komen)",
    r"\b(?:morfine|insuline|oxycodon|fentanyl)\b.{0,80}\b(?:mezelf|voor mij)\b",
    r"\bgevaar voor (?:mezelf|zichzelf|mijzelf)\b|\bof ik de nacht (?:door ?kom|overleef)",
    r"\bwat ik (?:mezelf|mijzelf) (?:\w+ )?(?:aandoe|ga aandoen|aan zal doen)",
    r"\boplossing\b.{0,40}\bdefinitief\b|\bdefinitieve oplossing\b",
    r"\bde dag (?:nog )?(?:niet )?(?:gekozen|geprikt|bepaald)\b",
    r"\bal (?:zijn|haar|mijn) (?!vakantie|verlof|uren|dagen|diensten|taken)\w+ (?:weggegeven|weg gegeven|weggeeft)\b|\bbedankt voor (?:alle )?(?:mooie )?jaren\b.{0,60}\bnog in dienst",
    r"\bverband om (?:\w+ ){0,2}(?:polsen|pols|armen)|\blittekens?\b.{0,20}\b(?:armen|polsen|pols)|\blittekens (?:gezien|zag)",
    r"\been uitweg'? (?:had |heeft )?gevonden",
    r"\bvan (?:ze|hen|haar|hem|jullie) (?:houd|hou|houdt)\b.{0,30}\bals (?:er )?(?:iets|wat)",
    r"\b(?:wachtwoorden|pincode)\b.{0,40}\b(?:gestuurd|gegeven)\b",
    r"\bmet (?:sigaretten|een sigaret|een aansteker|een strijkijzer) (?:\w+ )?(?:brandt|brand|branden|gebrand)",
    r"\bvolgende keer (?:\w+ ){0,2}niet (?:remt|rem|remmen|uitwijk|uitwijkt)",
    r"\bwie (?:er )?als eerste\b.{0,10}\bgaat\b.{0,15}\ben hoe",
    r"\b(?:kaartje|briefje|brief)\b.{0,140}\b(?:onbereikbaar|niemand weet waar|niet meer bereikbaar)",
    r"\bna (?:vrijdag|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|morgen|vandaag|vanavond)\b.{0,20}\bhoeft niemand\b",
    r"\b(?:staat|zit|klimt|loopt) (?:nu )?(?:\w+ ){0,2}op (?:het|de|een) (?:dak|viaduct|brug|balkon|rand|flat)\b(?! van (?:mijn |de |zijn |haar |je )?(?:stoel|bank|bed|bureau|tafel|zenuwen|instorting|burn))",
    r"\bik ben er (?:straks |morgen |dan |binnenkort )?niet meer\b(?= \.|'| ?$)",
    r"\bzeg (?:tegen )?(?:mijn|haar|zijn) \w+ dat (?:het|ik) niet (?:haar|zijn|jouw|hun|jullie) schuld",
    r"\bafscheid genomen\b(?! van (?:mijn|zijn|haar|onze|een) (?:moeder|vader|oma|opa|collega|partner|man|vrouw|zus|broer))"
    # ... but a system, a building or a project is not a person: "afscheid genomen van het oude ERP-systeem".
    r"(?! van (?:het|de|ons|onze) (?:oude |vorige )?(?!leven\b|wereld\b|kinderen\b|familie\b)\w+)",
    # Found in development set 17: "als ze me morgen vinden, zeg dan tegen mijn team ...".
    r"\bals (?:ze|jullie|men|iemand) (?:me|mij) (?:\w+ ){0,2}(?:vinden|vindt|gevonden hebben)\b",
    # Found in development set 18: "dan stap ik er helemaal uit. uit het leven", a plan after
    # "als ik overlijd".
    r"\b(?:stap|stapt|stappen) (?:ik|hij|ze|zij) (?:\w+ ){0,3}uit\b\W{0,4}uit het leven",
    # Found in development set 19: a goodbye only the writer knows is final; a will to open later.
    r"\b(?:weten niet|niemand weet) dat het (?:echt|voorgoed|definitief) (?:afscheid|voorgoed|het laatste)",
    r"\b(?:testament|afscheidsbrief)\b.{0,40}\b(?:gestuurd|gegeven)\b(?=.{0,60}\b(?:na vandaag|na mijn dood|pas (?:mag|mogen) openen))",
    r"\bals ik (?:overlijd|overlijden|dood ben|doodga|er niet meer ben)\b.{0,120}\b(?:ik ben het (?:\w+ )?van plan|ik ga het (?:\w+ )?doen)",
    # Found in development set 28: nothing that keeps one here, the world better off, the day
    # chosen but not dared, no reason to stay, relief only in the thought that it is over, trees
    # along the road, a partner starting over without one, "laat me maar gaan", sorry to be
    # alive, to stop breathing, "er gaat iets met me gebeuren", never to have existed, locked in
    # with a knife, cuts in the arms, euthanasia while healthy and somber, rather under the
    # machine, "niet naar haar zoeken".
    r"\b(?:niks|niets) (?:meer )?(?:dat|wat) (?:me|mij|hem|haar) (?:hier )?(?:nog )?(?:houdt|hier houdt)\b",
    r"\bzonder (?:mij|me)\b.{0,30}\bde wereld ook\b|\bde wereld (?:kan|is) (?:\w+ )?(?:zonder (?:mij|me)|beter af)\b",
    r"\bvandaag is de dag\b.{0,60}\bdurf (?:ik|het)\b",
    r"\bwaarom (?:zou|zal|moet) ik (?:hier )?nog (?:blijven|zijn|bestaan)\b(?! (?:bij|in|op|werken|wachten|solliciteren))"
    r"|\bwaarom ik (?:hier )?nog (?:zou|moet) (?:blijven|zijn|bestaan)\b(?! (?:bij|in|op|werken|wachten))",
    r"\b(?:rust|opluchting)\b.{0,40}\bidee dat (?:het|alles) (?:\w+ )?(?:over|voorbij) is\b",
    r"\b(?:bomen|boom|pijler|pijlers|viaduct)\b.{0,40}\bwelke? (?:het )?(?:snelst|zekerst|hardst)",
    r"\bopnieuw (?:beginnen|starten) zonder (?:mij|me)\b",
    r"\blaat (?:me|mij) maar gaan\b(?! (?:naar|om|met|want|hoor|dan))",
    r"\b(?:baal|balen|baalt|jammer|spijt|teleurgesteld)\b.{0,20}\bdat ik (?:nog )?(?:leef|besta|wakker (?:ben|werd|word))\b",
    r"\b(?:stop|stoppen|stopt|ophouden|ophoud|ophoudt) met ademen\b",
    r"\ber gaat iets met (?:me|mij) gebeuren\b|\b(?:wachtwoorden|pincode)\b.{0,40}\bopgeschreven\b.{0,40}\bvoor als\b",
    r"\b(?:had|was) ik (?:\w+ )?nooit (?:bestaan|geboren)|\bik (?:\w+ ){0,2}nooit (?:had )?(?:bestaan|geboren (?:was|ben))\b",
    r"\b(?:opgesloten|verschanst)\b.{0,30}\bmet (?:een|het) (?:mes|scheermes|scheermesje|touw|pillen)\b",
    r"\b(?:sneetjes|sneden|snijwondjes|snijwonden) (?:\w+ )?(?:in|op) (?:mijn|zijn|haar|de) (?:armen|arm|polsen|pols|benen|been|bovenbenen)",
    r"\beuthanasie\b.{0,80}\b(?:somber|depressief|kerngezond|niet ziek)\b|\b(?:somber|depressief|kerngezond)\b.{0,80}\beuthanasie",
    r"\bliever (?:\w+ ){0,2}onder (?:de|een) (?:machine|trein|bus|auto|vrachtwagen|tram|metro|pers)\b",
    r"\bniet naar (?:me|mij|haar|hem) (?:moeten|moet|hoeven|hoeft|te) (?:gaan )?zoeken\b",
    # Found in development set 29: cut too deep, the medicine cabinet "and how easy it would be",
    # knowing the dose one needs, almost jumped, the date set, "het was mooi, maar ik ben op",
    # why one still lives, rather run over, afraid to call 113, stepping out of life with a
    # partner provided for, stopping "met alles", jumped out of a window, 113 for someone else.
    r"\bte diep (?:\w+ )?(?:gesneden|gekrast|gesneeden)\b|\bik bloed\b.{0,40}\b(?:gesneden|gekrast)\b",
    r"\bmedicijnkast\w*\b.{0,60}\b(?:makkelijk|simpel|snel|eenvoudig) (?:het )?(?:zou|zal|is)\b",
    r"\b(?:doseringen|dosering|dosis)\b.{0,80}\bhoeveel (?:ik )?(?:er )?nodig\b|\bweet (?:precies|exact|al) hoeveel ik (?:er )?nodig heb\b",
    r"\b(?:ik|hij|ze|zij) (?:\w+ ){0,3}bijna (?:gesprongen|opgehangen)\b(?! van)",
    r"^ ?ik heb de datum (?:al )?(?:geprikt|gekozen|bepaald)\W+(?:na|voor) (?:de|mijn|het) (?:laatste|eerste|verjaardag|vakantie|kerst)\b(?!.{0,60}\b(?:borrel|feest|uitje|vergadering|etentje|bruiloft|verhuizing|overleg|training|gesprek|presentatie|verlof|minder werken))",
    r"\bhet was mooi\b,? (?:\w+ )?(?:maar )?ik ben op\b",
    r"\bwaarom (?:leef|besta) ik (?:\w+ )?nog\b",
    r"\bliever (?:\w+ ){0,2}(?:overreden|aangereden|verongelukt|verongelukken)\b",
    r"\b113\b.{0,40}\b(?:niet (?:of ik )?(?:durf|durven)|durf (?:ik )?(?:\w+ )?niet)\b|\b(?:durf|durft) (?:\w+ ){0,3}niet (?:\w+ ){0,2}113\b",
    r"\b(?:als|wanneer|zodra) ik (?:\w+ )?uit het leven (?:stap|ga)\b",
    r"\b(?:besloten|besluit) (?:\w+ ){0,3}stop\w*,? met alles\b",
    r"\buit het raam (?:gesprongen|springen|spring|springt|sprong)\b",
    r"\b113\b.{0,60}\bzorgen (?:maak|maken|om)\b|\b(?:zorgen (?:maak|maken) om|ongerust over) (?:\w+ ){1,3}\b.{0,40}\b113 (?:bellen|melden|inschakelen)\b",
    r"\b(?:kamer|zolder|schuur|kast)\b.{0,20}\b(?:een|het) touw (?:liggen|ligt|gevonden|hangen|verstopt)\b",
    r"\b(?:dat ik|zegt (?:\w+ )?ik) (?:\w+ )?dood moet\b",
    r"\b113\b.{0,40}\bvoor een ander\b.{0,40}\b(?:gaat (?:\w+ )?(?:niet goed|slecht)|zit (?:er )?(?:\w+ )?doorheen)\b",
    r"\b(?:zelfmoord|zelfdoding|suicid)\w*\b.{0,60}\bdat (?:ze|hij|zij|ik) er (?:\w+ ){0,2}over (?:na ?)?(?:denkt|denk|nadenkt)\b",
]

_SIGNAL = re.compile("|".join(f"(?:{signal})" for signal in SIGNALS))
# The words that name the subject; alone, they may be talk about it (research, news, policy).
_NAMING_WORDS = re.compile(r"\b(?:zelfmoord|zelfdoding|suicid|zelf ?dod|zelmoord|zelfdodng)\w*")
# Thoughts, plans or an attempt are never subject talk, whatever the classifier says.
_PERSONAL_NAMING = re.compile(
    r"\b(?:zelfmoord|zelfdoding|suicid|zelmoord)\w* ?(?:gedacht|neiging|plan|poging|pleg|overweg|denk)"
    r"|\b(?:denk|denkt|dacht|overweeg|overweegt|pleeg|pleegt|plegen) (?:\w+ ){0,3}(?:zelfmoord|zelfdoding|suicid)"
    # "sinds de zelfmoord van haar broer zegt ze dat ze er ook over nadenkt"
    r"|\b(?:zelfmoord|zelfdoding|suicid)\w*\b.{0,60}\bdat (?:ze|hij|zij|ik) er (?:\w+ ){0,2}over (?:na ?)?(?:denkt|denk|nadenkt)\b"
    # "hoe je zelfdoding bespreekt met een medewerker die erg somber is": a person now.
    r"|\b(?:zelfmoord|zelfdoding|suicid)\w*\b.{0,40}\bmet (?:een|mijn|onze|de|die) (?:medewerker|collega|werknemer)\w* die (?:\w+ )?(?:somber|depressief|suicidaal|wanhopig)"
    # "een medewerker doet suicidale uitspraken": a person now, not the subject.
    r"|\bsuicida(?:al|le)\b(?! (?:uitingen|signalen|gedachten)\b.{0,40}\b(?:herken|bespreekbaar|signaler|cursus|training|rondlopen))"
    # Patients and clients of a care worker, or a group in the news: work and statistics.
    r"(?! (?:clienten|patienten|jongeren|mensen|studenten)\b)"
)

# Phrases with death words that are not about danger ("doodmoe", "ik schrik me dood").
# Phrases whose death words are harmless ("afscheidsmail", "punt achter mijn baan"): blanked
# out, so that a real signal elsewhere in the same message still counts.
_HARMLESS = re.compile(
    r"\b(?:commerciele zelfmoord|politieke zelfmoord|zakelijke zelfmoord|financiele zelfmoord|sociale zelfmoord|zelfmoordactie|zelfmoordcommando"
    r"|\bpunt achter (?:zetten )?(?:bij |met )?(?:dit |mijn |die |het |deze )?(?:bedrijf|baan|bijbaan|project|relatie|werk)"
    r"|\bafscheidsbrie\w* (?:\w+ ){0,2}(?:team|afdeling|collega\w*|klanten|bedrijf|or|ondernemingsraad|vereniging|personeelsvereniging|club|bestuur)\b(?!.{0,40}\bzonder dat (?:ze|hij|zij|iemand|ze het|men)\b)"
    # "dit is mijn laatste bericht in deze chat, want ik ga naar een andere afdeling"; a game's theme.
    r"|\blaatste bericht (?:in|op|van) (?:deze|de|dit|onze) (?:chat|groep|groepsapp|app|kanaal|teams)\w* ?,? (?:want|omdat|ik ga naar|voor (?:mijn|de) (?:overstap|verhuizing|vakantie))"
    r"|\b(?:thema|escape ?room|spel|quiz|themafeest)\b.{0,30}\blaatste dag op aarde\b"
    r"|\bafscheid (?:genomen|nemen) van (?:mijn |het )?(?:team|afdeling|collega|werk|bedrijf)(?![\w']*\s+zonder dat)|(?<!spoorloos na een )(?<!vermist na een )(?<!onvindbaar na een )\bafscheidsmail(?!.{0,120}\b(?:geen ontslag|niet over (?:zijn |haar |een )?(?:ontslag|baan|vertrek)|over (?:zijn|haar|het) leven|weten niet waar|weet niet waar|niet (?:te )?bereiken|onbereikbaar|neemt (?:zijn |haar )?(?:telefoon )?niet op|nergens te|ingepland|klaargezet|klaar gezet|ingesteld))"
    r"|\bafscheidsborrel|\bafscheidscadeau"
    # Found in development set 21: the job not seen through, a customer's threat, jumping for
    # joy, not rushing oneself any more.
    r"|\b(?:het|zijn|haar|mijn|de) (?:werk|baan|functie|job|project|planning|fusie|reorganisatie) (?:\w+ )?niet meer (?:ziet|zie|zien) zitten"
    r"|\b(?:dreigde|dreigt|dreigen|bedreigde|bedreigd)\b.{0,30}\b(?:mij|me|ons|hem|haar) iets aan te doen"
    r"|\bspringen van (?:blijdschap|vreugde|geluk|plezier|opluchting)"
    # Found in development set 22: a department's last day, farewell to a company for a new job,
    # a paper cut, "alsof ik onder een trein ben gekomen" after a meeting.
    r"|\blaatste (?:werk)?dag (?:is|wordt) (?:op )?\d{1,2} (?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*"
    r"|\bvaarwel tegen (?:dit|het|mijn|ons|deze) (?:bedrijf|werk|baan|team|afdeling|kantoor)\b"
    r"|\bgesneden (?:met|aan) (?:papier|een papiertje|een envelop|het papier)\b"
    r"|\balsof ik onder een (?:trein|bus|vrachtwagen|wals) (?:ben )?(?:gekomen|gelopen)\b"
    r"|\bmezelf (?:niet meer )?(?:zo )?(?:opjagen|opjaag|voorbijlopen|voorbij lopen|pushen|forceren)"
    r"|\bsorry voor alles wat|\bin de vingers gesneden|\bklaar met leven op de automatische piloot"
    r"|\b(?:overleden|gestorven) aan een overdosis|\bvuurwapenvergunning|\bschietbaan"
    r"|\bbeter af zonder mij als (?:leidinggevende|manager|teamleider|baas|voorzitter|coordinator)"
    r"|\bzelfmoordmissie|\b(?:suicide|zelfmoord|zelfdodings?)preventie\w*"
    # Found in development set 14: asking about suicidal thoughts as a method, overdoses and
    # attempts seen by carers at work, vitamin pills, "een flinke strop" (a loss).
    r"|\b(?:het )?(?:door)?(?:vragen|vraagt|vraag) naar (?:zelfmoord|zelfdoding|suicid|doodswens)\w*"
    r"|\b(?:patient|patienten|client|clienten|bewoner|iemand) met een overdosis\b"
    r"|\b(?:zien|zie|ziet|zagen|meemaken|maken) (?:\w+,? ){0,5}(?:en )?(?:suicide|zelfmoord)pogingen\b"
    r"|\bwelke (?:pillen|medicijnen|tabletten|medicatie) (?:kan|moet|mag) (?:ik|je) (?:\w+ ){0,3}(?:nemen|slikken)\b"
    r"|\b(?:nemen|innemen|slikken) tegen (?:mijn |de |een |het )?(?:burn ?-?out|stress|slapeloosheid|hoofdpijn|somberheid|winterdip|griep)\b"
    # Found in development set 15: statistics, a medical error, a dream, an idiom, quitting
    # smoking, emigrating, resigning.
    r"|\b(?:zelfdoding|zelfmoord|suicide) onder (?:jongeren|ouderen|werknemers|studenten|artsen|boeren|mannen|vrouwen)\b"
    r"|\b(?:jongeren|mensen|werknemers|studenten) met suicidale gedachten\b"
    r"|\bdoor een (?:medische )?fout\b.{0,40}\boverdosis\b"
    r"|\bgedroomd dat ik (?:\w+ ){0,6}(?:viel|val|sprong)\b.{0,40}\bwekker\b"
    r"|\bpas dood als (?:ik|je|hij|ze) dood (?:ben|bent|is)\b"
    r"|\bpoging (?:\w+ )?om te stoppen met (?:roken|drinken|snoepen|blowen)\b"
    r"|\balles (?:al )?geregeld voor (?:de|onze|mijn|ons|het) (?:emigratie|verhuizing|vakantie|bruiloft|verbouwing)\b"
    r"|\bik ben er klaar mee,? ik (?:dien|neem|ga) (?:\w+ ){0,2}(?:ontslag|opzeggen|een andere baan)"
    r"|\bvitamine \w* ?pillen\b|\b(?:flinke|grote|enorme|financiele) strop\b|\bstrop boven (?:ons|het|mijn|ieders) hoofd"
    r"|\b(?:overleden|gestorven|omgekomen) (?:door|aan) (?:suicide|zelfmoord|zelfdoding)|\bdoor (?:suicide|zelfmoord|zelfdoding) (?:overleden|gestorven|om het leven)"
    # Someone's death by suicide in the past, and the idiom "om dood te gaan" (= very).
    r"|\b(?:vorig jaar|jaar geleden|maanden geleden|vorige maand)\b.{0,60}\b(?:(?:zelfmoord|zelfdoding|suicide) (?:heeft |had )?gepleegd|een (?:eind|einde) aan (?:zijn|haar) leven (?:gemaakt|heeft gemaakt))"
    r"|\b(?:na|sinds) de (?:zelfdoding|zelfmoord|suicide) van\b(?!.{0,60}\bdat (?:ze|hij|zij|ik) er (?:\w+ ){0,2}over (?:na ?)?(?:denkt|denk|nadenkt)\b)|\b(?:zijn|is|was|waren) om dood te gaan\b"
    # Found in development set 8: a project or meetings ended, work idioms, a parent's
    # medication schedule, a train driver's accident as an event to recover from.
    r"|\ber (?:\w+ )?een (?:punt|eind|einde) (?:aan|achter) (?:\w+ )?(?:zetten|maken|zet|maak)\s*,?\s*(?:aan |met |achter )?(?:dat|die|dit|deze|de|het|al die|onze) (?!leven\b|is\b|was\b|wordt\b)\w+"
    r"|(?<!\bwil )(?<!\bwou )\bdood ?(?:schaam|schrik|lach|verveel|ergert?|eng|normaal|gewoon|moe(?!t\b)|op(?!zoek|gezocht))\w*|\b(?:me|mij|mezelf|zich|je) (?:\w+ )?dood (?:moet |moeten |te )?werken\b|\bdoodwerken"
    r"|\b(?:vergeet|vergeten|herinneren|helpen met|klaarzetten|klaar te zetten)\b.{0,30}\b(?:medicijnen|pillen|medicatie)\b"
    r"|\b(?:een )?(?:persoon|iemand) voor de trein (?:gehad|had|kreeg|gekregen)\b|\b(?:machinist|treinmachinist)\w*\b.{0,60}\bvoor de trein"
    r"|\b(?:een )?(?:mooi|goed|lang|rijk) leven (?:heeft |had |hebben |gehad )?(?:gehad|geleid)\b"
    r"|\bniet (?:meer )?zo nodig\b"
    # Found in development set 9: a weekly pill box, dying at home in a leave question, a pet that
    # died, an idiom with a knife, a threat with a knife that happened to a driver last week.
    r"|\bweekdoos|\bbaxter|\b(?:pillen|medicijnen)\b.{0,30}\bklaar ?(?:zetten|zet|leggen|gezet)\b"
    r"|\b(?:wil|willen) (?:\w+ )?thuis (?:\w+ )?sterven\b|\bthuis (?:wil |willen )?sterven\b|\bnaar huis (?:om )?(?:daar |thuis )?te sterven\b"
    r"|\b(?:hond|kat|konijn|cavia|paard|vis|huisdier|plant|planten|batterij|accu|laptop|telefoon)\w* (?:\w+ ){0,4}(?:is|zijn|was) dood\b"
    r"|\bmes snijdt aan twee kanten|\bsfeer (?:is )?om te snijden"
    r"|\bgeen zin (?:meer )?om (?!(?:\w+ )?(?:te )?leven|door te gaan|verder|naar boven|boven)(?:met|te|naar|in|op)\b"
    r"|\bik heb ook een leven\b|\been leven naast\b|\bherken (?:mezelf|mijzelf) niet meer\b|\bbeter wordt (?:in|op|bij) (?:het|de|ons|onze) \w+"
    r"|\b(?:medicijnen|pillen|medicatie)\b.{0,40}\b(?:apotheek|ophalen|op te halen|uitzoeken|uit te zoeken)\b|\bdodelijke (?:fout|vergissing|saai\w*)\b"
    r"|\bklaar mee (?:is|ben|zijn) en (?:dan )?toch\b"
    r"|\b(?:vorige week|gisteren|vorige maand|laatst)\b.{0,60}\bmet een mes bedreigd\b|\bbedreigd door een (?:klant|passagier|client|patient|bezoeker)"
    # "Kan ik zelf ook 113 bellen? Ik ben niet degene die het moeilijk heeft": about the line itself.
    r"|\bik ben (?:\w+ )?niet degene (?:die|met)\b|\b113\b.{0,40}\b(?:voor een ander|om een ander|over een ander|ook voor (?:naasten|anderen|collega))(?!.{0,40}\b(?:gaat (?:\w+ )?(?:niet goed|slecht)|zit (?:er )?(?:\w+ )?doorheen)\b)"
    r"|\b113\b.{0,40}\bniet (?:om|over|voor) (?:mezelf|mijzelf|mij)\b"
    r"|\bsnij\w* (?:de hele dag |elke dag )?(?:groenten|vlees|brood|uien|fruit)"
    # Found in development set 13: medication at fixed times, expired stock, a simile with a
    # funeral, a client's threat that came to nothing, a joke about a meeting.
    r"|\b(?:medicatie|medicijnen|pillen) voor (?:diabetes|astma|epilepsie|de bloeddruk|hoge bloeddruk|mijn \w+)\b"
    r"|\b(?:medicatie|medicijnen|pillen)\b.{0,20}\bop (?:vaste )?tijden\b|\bmedicijnen op de afdeling|\b(?:medicijnen|medicatie)\b.{0,30}\bverlopen\b"
    r"|\b(?:voelt|voelde) (?:het )?(?:\w+ )?alsof ik naar mijn eigen begrafenis"
    r"|\b(?:client|klant|patient|bezoeker|passagier|leerling)\w*\b.{0,20}\bdreigde\b.{0,60}\b(?:neer te steken|te slaan|te vermoorden)\b"
    r"|\b(?:spring ik|ik spring|gooi ik mezelf|ik gooi mezelf)\b[^.]{0,60}\b(?:meeting|vergadering|mail|excel|overleg|deadline)\b(?=.*\b(?:haha|lachend|maar serieus|grapje)\b)"
    r"|\b(?:meeting|vergadering|mail|excel|overleg)\b[^.]{0,60}\b(?:spring ik|gooi ik mezelf)\b[^.]{0,30}(?=.*\b(?:haha|lachend|maar serieus|grapje)\b)"
    # Found in development set 17: fetching a neighbour's medicines, a father who has died.
    r"|\b(?:haal|haalt|halen|haalde|haalden)\b (?:\w+ ){0,4}(?:medicijnen|pillen|medicatie|tabletten)(?: (?:van|voor) (?:mijn|haar|zijn|de|onze) \w+)? op\b"
    # Found in development set 19: retiring, a character in a play, media guidelines, getting more
    # out of life, a project's slow death, hanging on to details.
    r"|\b(?:ben ik|ik ben) er (?:\w+ )?niet meer\b(?=[^.]{0,40}\b(?:pensioen|vakantie|verlof|nieuwe baan|andere baan|verhuis\w*|stage)\b)"
    r"|\b(?:personage|rol|hoofdpersoon)\b (?:\w+ ){0,3}(?:dat|die) zich(?:zelf)? van het leven (?:beneemt|berooft)"
    r"|\b(?:berichtgeving|richtlijnen?|media|journalist\w*|artikel) (?:\w+ ){0,4}(?:over|bij|rond) (?:zelfdoding|zelfmoord|suicide)"
    r"|\b(?:ik bedoel |het is )?niet dat ik (?:\w+ )?dood (?:wil|ga)\b|\bniet meer (?:de|dezelfde) oude ben\b|\bmeer uit (?:mijn|het|je) leven (?:halen|te halen)\b|\b(?:een )?(?:langzame|stille|zachte) dood (?:sterven|gestorven)\b"
    r"|\b(?:me|mij|mezelf|zich|je) (?:\w+ )?ophangen aan (?:de |het |die |dat |kleine )?(?:details|kleine dingen|dingen|woorden|regels|procedures|formaliteiten)"
    r"|\bsinds (?:mijn |onze |haar |zijn )?(?:papa|mama|vader|moeder|opa|oma|man|vrouw|partner|broer|zus) er niet meer is\b"
    r"|\bvaarwel,? (?:oude|ons|onze|het|de|mijn) (?!leven\b|wereld\b)\w+"
    # "Moet ik slaappillen of antidepressiva gaan slikken? Zeg jij het maar": asking for medical advice.
    r"|\b(?:moet|mag|kan|zal) ik (?:\w+ )?(?:slaappillen|antidepressiva|medicijnen|medicatie) of (?:\w+ )?(?:slaappillen|antidepressiva|medicijnen|medicatie|therapie) (?:gaan )?(?:slikken|nemen|gebruiken)\b"
    # Found in development set 23: a home-working day no longer needed, "uit mijn vel springen",
    # ending a contract, farewell to an old way of working, a father who will not be a burden and
    # refuses home care, alcohol at a party, no way out of a conflict.
    r"|\bhoeft (?:voor mij )?niet meer,? (?:die|dat|deze|dit|de|het) (?:\w+ ){0,3}\w*(?:thuiswerk|kantoor|vergader|overleg|dienst|rooster|project|uitje|borrel|cursus|training)\w*"
    r"|\bspring\w* (?:ik )?uit (?:mijn|zijn|haar|je) vel\b"
    r"|\b(?:maak|maken|zet|zetten) er een (?:punt|eind|einde) (?:aan|achter),? (?:aan|met) (?:mijn|de|het|die|dat|onze|ons) (?!leven\b)\w+"
    r"|\bvaarwel tegen (?:de|het|ons|onze|mijn|dit|deze) (?:oude|vorige|huidige) \w+"
    r"|\bniemand tot last (?:wil|wilt|willen) (?:zijn|wezen)\b(?=.{0,40}\b(?:weigert|weigeren|wil geen|thuiszorg|hulp|verzorging)\b)"
    r"|\boverdosis (?:alcohol|drank)\b(?=.{0,60}\b(?:feest|festival|kroeg|uitgaan|stappen|carnaval)\b)"
    r"|\bgeen uitweg (?:meer )?(?:in|uit|voor) (?:het|dit|dat|de|deze|die|ons|onze|mijn) (?:conflict|ruzie|discussie|probleem|project|planning|rooster|impasse)\w*"
    # Found in development set 24: a social life that is "dead", "dood normaal", retiring, a
    # manager who left, being away after 12 on Fridays, a deadline like a noose, a hyperbole with
    # "als ik nog één keer ...", past suicide of a parent, asking about suicidal thoughts as a
    # method, a grandfather who does not want to die yet.
    r"|\b(?:sociale|sociaal) leven (?:is|was|ligt) (?:\w+ )?dood\b|\bwil dood\W+dood ?normaal"
    r"|\b(?:stop ik|ik stop) ermee\b(?=.{0,40}\bpensioen)|\bpensioen\b.{0,40}\b(?:stop ik|ik stop) ermee\b"
    r"|\bis er niet meer,? (?:\w+ )?(?:is |want )?(?:ontslagen|vertrokken|weg|met pensioen|overgeplaatst)\b"
    r"|\ber niet meer na \d{1,2}(?:[.:]\d{2})? ?uur\b"
    r"|\bals een strop om (?:mijn|je|zijn|haar|onze|ons) nek"
    r"|\bals ik nog (?:1|een|eens|een keer|één) (?:keer )?\b.{0,60}\bspring ik\b"
    r"|\bnaar (?:zelfmoord|zelfdoding|suicid)\w* (?:mag|mogen|kan|kun|moet|te) vragen"
    r"|\b(?:van het leven beroofd|zelfmoord (?:heeft )?gepleegd|zelfdoding|suicide)\b.{0,30}\btoen ik (?:\d+|klein|jong|een kind|nog een kind)\b"
    r"|\bnog niet dood (?:wil|wilt|willen)\b"
    # Found in development set 25: not going to a course any more, an attempt years ago that
    # taught something, thinking of a mother's death.
    r"|\bhoef (?:\w+ )?niet meer naar (?:die|de|het|dat|deze|dit) \w+"
    r"|\b(?:zelfmoord|suicide)poging\w* (?:\w+ ){0,2}(?:gedaan )?(?:jaren|lang|maanden) geleden\b"
    r"|\baan de dood van (?:mijn|zijn|haar|onze|m'?n) (?:\w+ )?(?:moeder|vader|ouders|man|vrouw|partner|broer|zus|kind|zoon|dochter|opa|oma|vriend\w*|collega)\b"
    # Found in development set 26: being there when a father dies, a past suicide of someone
    # else, a dying relative in a leave question, a life given to a company, a colleague's joke
    # found inappropriate, "hoeft niet meer" after finding it, a project better off without me,
    # gone after retiring or after 25 years at an employer, an old mother's practical remark.
    r"|\bbij (?:mijn |haar |zijn )?\w+ (?:zijn|blijven) (?:als|wanneer) (?:hij|ze|zij) sterft\b"
    r"|\bzich(?:zelf)? van het leven (?:beroofd|genomen)\b.{0,20}\b(?:vorig jaar|vorige maand|jaar geleden|maanden geleden|weken geleden)"
    r"|\b(?:ze|zij|hij|mijn (?:moeder|vader|oma|opa|partner|man|vrouw|zus|broer|zoon|dochter)) gaat sterven\b(?=.{0,80}\b(?:werkgever|verlof|regel|zorgverlof|rouw\w*|er zijn|erbij zijn|werk|jaarafsluiting)\b)"
    r"|\bmijn (?:halve |hele )?leven gegeven aan (?:dit|het|de|deze|dat|mijn|ons|onze) \w+"
    r"|\bgrap\w* (?:\w+ )?over (?:zelfmoord|zelfdoding|suicide)\b(?=.{0,60}\b(?:ongepast|aankaart\w*|aan te kaarten|kaart ik|smakeloos|niet grappig)\b)"
    r"|\b(?:hoeft|hoef) (?:al )?niet meer\b(?=.{0,30}\b(?:gevonden|geregeld|opgelost|bedankt|dank je|dankje|thanks)\b)"
    r"|\bbeter af zonder mij (?:in|op|bij) (?:dat|dit|het|de|deze|die|ons|onze) (?:project|werkgroep|commissie|overleg|rol|functie)\b"
    r"|\b(?:na|met|vanaf) (?:mijn |het )?(?:pensioen|vertrek|verhuizing)\b.{0,20}\b(?:ben ik|ik ben) er (?:\w+ )?niet meer\b"
    r"|\b(?:stop ik|ik stop) ermee (?:bij|op) (?:de|het|mijn|deze|dit|onze) \w+"
    r"|\bals ik er (?:straks |later |ooit )?niet meer ben\b(?!.{0,120}\blevensverzekering)(?=.{0,80}\b(?:praktisch|notaris|erfenis|uitvaartverzekering)\b)"
    # Found in development set 27: hurting oneself lifting boxes, "het is mooi geweest" before a
    # retirement, done with a sector, a famous painter's death as lunch talk.
    r"|\bmezelf (?:\w+ )?pijn gedaan (?:bij|met|tijdens) (?:het )?(?:tillen|sporten|vallen|werk|klussen|sjouwen)\b"
    r"|\bhet is mooi geweest\b(?=.{0,40}\bpensioen)"
    r"|\bhoeft (?:voor mij )?niet meer in (?:de|het|dit|deze) (?:zorg|onderwijs|vak|bedrijf|sector|baan|functie)\b"
    r"|\bzich (?:toch )?van het leven beroofd\b(?=.{0,60}\b(?:hadden het erover|lunchpauze|geschiedenis|documentaire|museum|schilder)\b)"
    r"|\bparacetamol\b.{0,40}\bhoofdpijn|\bdoodbloeden\b.{0,20}\b(?:discussie|vergadering|project)|\b(?:discussie|vergadering|project)\b.{0,30}\bdoodbloed"
    # Found in development set 28: a joke about the coffee machine, a diary that is "zelfmoord",
    # worked oneself to death, a parent's terminal illness, a promotion one no longer wants, a
    # last working day among colleagues, a last message in a group app, things given to the
    # charity shop, a dead horse of a project, dying of a heart attack, living healthier, a
    # child's question about death.
    r"|\bspring ik (?:\w+ ){0,3}uit het raam\b(?=.{0,10}\b(?:haha|hihi|lol|grapje|xd)\b)"
    r"|\b(?:agenda|planning|rooster|week|schema|deadline) is (?:echt |gewoon |pure )?zelfmoord\b"
    r"|\bdood (?:heb |hebben |had )?(?:ge)?werkt\b"
    r"|\b(?:heeft|hebben|had) (?:nog )?(?:maar )?(?:niet lang|kort) meer te leven\b|\bniet lang meer te leven (?:heeft|hebben|had)\b"
    r"|\bhoeft voor (?:mij|hem|haar) niet meer (?:die|dat|deze|dit|zo'?n|zoveel|zo veel) (?!leven\b)\w+"
    r"|\bvragen of (?:iemand|een medewerker|een werknemer) suicid\w* (?:is|was)\b"
    r"|\b(?:romeo en julia|toneelvoorstelling|voorstelling|musical|opera)\b.{0,40}\bzelfmoord\b"
    r"|\blaatste werkdag\b.{0,60}\bga jullie (?:\w+ )?missen\b|\bga jullie (?:\w+ )?missen\b.{0,60}\blaatste werkdag\b"
    r"|\blaatste bericht (?:in|op) (?:deze|de|dit|onze) (?:groep|groepsapp|app|kanaal|chat|teams)\w*\b(?=.{0,60}\b(?:ander bedrijf|nieuwe baan|andere baan|andere afdeling|per maandag|pensioen)\b)"
    r"|\bweggegeven aan (?:de |het )?(?:kringloop\w*|goede doel|marktplaats|buren)\b"
    r"|\bdood paard\b"
    r"|\bdood (?:te )?gaan aan (?:een )?(?:hartaanval|hartinfarct|kanker|beroerte|ziekte|corona|stress)\b"
    r"|\bgezond(?:er)? (?:gaan )?leven\b"
    r"|\bwat er gebeurt als je (?:doodgaat|dood gaat|sterft)\b"
    # Found in development set 30: cutting a finger in the kitchen, a mother's pills on a schedule,
    # delegating, farewell to the office, working oneself to death, a laptop that "commits
    # suicide", jumping in on ageing, a trampoline, no way out but another job.
    r"|\bsnij\w* (?:ik )?(?:mezelf|me) (?:\w+ ){0,2}in (?:mijn|m'n|mn) (?:vinger|vingers|duim|hand)"
    r"|\b(?:haar|zijn|hun) (?:pillen|medicijnen|medicatie|tabletten)\b(?=.{0,80}\b(?:vergeet|vaste tijden|uitzetten|uit te zetten|weekdoos|baxter)\b)"
    r"|\bper ongeluk te veel van (?:haar|zijn) (?:pillen|medicijnen|medicatie|tabletten)\b(?=.{0,80}\b(?:uitzetten|uit te zetten|zorgverlof|regeling)\b)"
    r"|\bophouden met alles zelf (?:te )?(?:willen )?doen\b"
    r"|\bvaarwel \w+(?: \w+)?,? hallo\b"
    r"|\bwerk\w* (?:zich|me|mezelf|zichzelf|ons|je) (?:helemaal |echt |bijna |compleet )?(?:dood|suf|een ongeluk)\b"
    r"|\b(?:laptop|computer|pc|telefoon|printer|systeem|server|accu|batterij|app|excel)\w* (?:\w+ )?pleegt zelfmoord"
    r"|\bspring\w* (?:ik |we |wij |je )?(?:\w+ ){0,3}in op\b"
    r"|\bspringen op (?:een|de) trampoline\b|\bbeen gebroken\b"
    r"|\bgeen uitweg (?:meer )?(?:behalve|dan|buiten) (?:een )?(?:andere|nieuwe) (?:baan|functie|job|werkgever)"
    # Found in development set 29: a headache pill, a colleague with a fatal illness.
    r"|\b(?:hoofdpijn|koorts|rugpijn|migraine|griep|verkoudheid|kiespijn|spierpijn)\b.{0,60}\b(?:ibuprofen|paracetamol|aspirine)\b"
    r"|\b(?:heeft|met) (?:als|kanker|een hersentumor|ms|copd|dementie|hartfalen|leukemie)\b.{0,30}\b(?:gaat|zal) (?:\w+ ){0,2}(?:dood|sterven|overlijden)\b)"
)
# Messages about the subject, not about a person in danger: a denial ("die heb ik niet"),
# fiction, or prevention work. The whole message is then not a crisis signal.
_NOT_ABOUT_DANGER = re.compile(
    r"\b(?:training|trainen|cursus|beleid|protocol|richtlijn\w*|boek|opleiding|journalist|artikel|voorlichting|workshop|herkennen)\b"
    r".{0,60}\b(?:zelfmoordpreventie|suicidepreventie|suicidaliteit|suicidale (?:uitingen|signalen|gedrag)|signalen van (?:zelfmoord|zelfdoding|suicid)\w*|suicidaal gedrag|suicidale gedachten herkennen)"
    r"|\b(?:zelfmoord|zelfdoding|suicide)\b.{0,40}\btaboe\b(?!.{0,40}\b(?:overweeg|overweegt|denk erover|van plan|denk (?:er )?(?:\w+ ){0,2}(?:over|aan)|denk (?:er )?(?:\w+ ){0,2}over na)\b)|\bthemamiddag\b.{0,80}\b(?:zelfmoord|zelfdoding|suicid)|\b(?:zelfmoord|zelfdoding|suicid)\w*\b.{0,80}\bthemamiddag"
    r"|\b(?:is het waar|klopt het) dat .{0,40}\b(?:zelfdoding|zelfmoord|suicide)\b"
    # A training case, and an attempt long ago by someone who now gives talks about it.
    r"|\bcasus\b.{0,60}\b(?:suicid|zelfmoord|zelfdoding)"
    r"|\b(?:jaren|lang) geleden\b.{0,30}\b(?:zelfmoord|suicide)pogin\w*.{0,60}\b(?:gaat het (?:al )?(?:lang |weer |heel )?goed|geeft (?:hij|zij|ze) (?:zelf )?voorlichting)"
    r"|(?:zelfmoordpreventie|suicidepreventie|suicidaliteit)\w*.{0,40}\b(?:training|cursus|beleid|protocol|richtlijn)"
    r"|\bdenk (?:\w+ )?niet (?:aan|over) (?:zelfmoord|zelfdoding|suicide|de dood)\b|\bgeen (?:suicidale )?gedachten (?:om|aan|over)|\b(?:die|dat) heb ik niet\b|\bniet suicidaal|\bben niet suicidaal"
    r"|\b(?:film|thriller|serie|boek|roman|toneelstuk|docu|documentaire|podcast)\b.{0,40}\b(?:waarin|over)\b"
    r"|\b\w*(?:film|serie|boek|roman|aflevering|hoofdpersoon|personage)\b.{0,60}\b(?:zelfmoord|zelfdoding|suicid)"
    r"|\b\w*(?:film|serie|boek|roman|aflevering|docu\w*)\b.{0,60}\b(?:hoofdpersoon|personage|acteur|hoofdrolspeler)\b"
    r"|\b(?:brochure|folder|website|document)\b.{0,40}\b(?:zelfdoding|zelfmoord|suicid)"
    r"|\b(?:suicid\w*|zelfmoord|zelfdoding)(?:cijfers|statistiek\w*)|\bonderzoek\w*\b.{0,40}\b(?:suicid|zelfmoord|zelfdoding)"
    # Policy, statistics and remembrance: the subject, not a person now in danger.
    r"|\b(?:protocol|beleidsnotitie|teamoverleg|herdenk\w*|gedenk\w*|sterfdag)\b.{0,80}\b(?:zelfdoding|zelfmoord|suicid)"
    r"|\b(?:zelfdoding|zelfmoord|suicid)\w*\b.{0,80}\b(?:protocol|beleidsnotitie|teamoverleg|herdenk\w*|gedenk\w*|sterfdag)\b"
    r"|\bhoe vaak (?:\w+ ){0,2}(?:zelfdoding|zelfmoord|suicide)"
    r"|\b(?:ik werk|werk ik) (?:als \w+ )?(?:op|in|bij) (?:de )?(?:spoedeisende hulp|seh|ambulance|ggz|psychiatrie|crisisdienst)"
    r"|\b(?:hoeveel|cijfers|statistiek\w*|percentage)\b.{0,60}\b(?:zelfdoding|zelfmoord|suicide)\b.{0,60}\b(?:per jaar|in nederland|presentatie|onderzoek)"
    r"|\b(?:e-?learning|webinar)\b.{0,80}\b(?:zelfdoding|zelfmoord|suicid)|\bbespreekbaar (?:maken|te maken) van (?:\w+ )?(?:suicid|zelfmoord|zelfdoding)"
    r"|\brichtlijn\w*\b.{0,60}\b(?:na|bij|over) (?:een |de )?(?:suicide|zelfmoord|zelfdoding)"
    r"|\b(?:ken je|ken jij|heb je|wie kent)\b.{0,20}\b(?:het nummer(?! van (?:die |de |een )?(?:hulplijn|hulpdienst|crisislijn|lijn|113|zelfmoordpreventie))|het liedje|het lied|de song|de plaat|het album)\b|\bgeen (?:suicidale|zelfmoord|suicide)\w* ?gedachten\b"
    # A training question on terms, an interview about an attempt long ago (development set 27).
    r"|\bverschil tussen\b.{0,40}\b(?:zelfbeschadiging|suicid\w*|zelfmoord|zelfdoding)\b.{0,60}\b(?:opleiding|cursus|training|studie|tentamen)"
    r"|\binterview\b.{0,80}\b(?:poging|zelfmoord|zelfdoding|suicid)\w*\b.{0,60}\b(?:gelukkig|goed met|mooi verhaal)"
    r"|\bnazorg\b.{0,60}\b(?:zelfdoding|zelfmoord|suicide)|\b(?:zelfdoding|zelfmoord|suicide)\b.{0,80}\b(?:nazorg|beleid maken)"
    # The helpline's name asked for a wellbeing programme (development set 30).
    r"|\b(?:hulplijn|telefoonnummer|nummer)\b.{0,40}\bvoor mensen met (?:zelfmoord|suicid)\w*"
    # A song stuck in one's head (development set 29).
    r"|\b(?:liedje|lied|song|refrein|deuntje|nummer)\b.{0,60}\b(?:zit|blijft) (?:\w+ ){0,4}in mijn hoofd\b"
)

_PERSON_NOUN = (
    # Compounds count too: "vrachtwagenchauffeur", "tweelingbroer", "teamcollega".
    r"(?:\w*(?:collega|medewerker|medewerkster|werknemer|chauffeur|broer|zus|zoon|dochter|vriend|vriendin|jongen|meisje|leider)(?:s|tjes?|jes?)?|"
    r"teamleden|personeelsleden|personeelslid|familielid|familieleden|gezinslid|"
    r"collega|medewerker|medewerkster|werknemer|werkneemster|teamlid|stagiair|stagiaire|"
    r"leidinggevende|teamleider|manager|chauffeur|zoon|dochter|kind|tienerdochter|tienerzoon|partner|man|"
    r"vrouw|vriend|vriendin|moeder|vader|broer|zus|schoonvader|schoonmoeder|oma|opa|buurman|"
    r"buurvrouw|iemand|client|leerling|werknemers|medewerkers|collegas|mensen|jongen|meisje|vrijwilliger|"
    r"puber|tiener|neef|nicht|oom|tante|kleinzoon|kleindochter|schoonzus|zwager|schoonzoon|schoondochter|monteur|verpleegkundige|verzorgende|docent|kok|schoonmaker|technicus|planner|verkoper|agent|"
    r"verpleegkundigen|verzorgenden|docenten|leerlingen|clienten|vrijwilligers|monteurs|agenten|agents|teamleiders|"
    r"student|studente|studenten|beller|klant|patient|bewoner|cursist|bezoeker|caller|colleague|coworker|friend|team member|"
    r"huisgenoot|huisgenote|kamergenoot|oudste|jongste|middelste|teamgenoot|teamgenote|melder|melders)"
)
# "mijn collega zei/zegt/appte ...", "een medewerker vertelde ...": a report about someone else.
_REPORTED_SPEECH = re.compile(
    # No "ik" in between: "mijn vriend is vertrokken en ... dacht ik" is the writer's thought.
    rf"\b{_PERSON_NOUN}\b(?: (?!ik\b)\w+){{0,10}} (?:zei|zegt|vertelde|vertelt|appte|appt|schreef|schrijft|vroeg|vraagt|"
    r"stuurde|stuurt|belde|praat|praatte|dreigt|dreigde|heeft het over|(?:denkt|dacht)(?! ik\b))\b"
    r"|\b(?:hij|zij|ze) (?:zei|zegt|vertelde|appte|schreef|schrijft|dreigt|denkt|vroeg)\b"
    # "zei de werknemer letterlijk: ...", "mijn medewerker heeft op Teams gezet: ..."
    rf"|(?<!\bik )\b(?:zei|zegt|vertelde|vertelt|schreef|schrijft|appte|mailde|riep) (?:de|mijn|een|onze|die|deze) (?:\w+ )?{_PERSON_NOUN}\b"
    rf"|\b{_PERSON_NOUN}\b(?: \w+){{0,6}} (?:heeft|had) (?:\w+ ){{0,8}}(?:gezet|gepost|geschreven|gezegd|geappt|gemaild|gestuurd|verteld)\b"
    rf"|\b{_PERSON_NOUN}\b(?: \w+){{0,3}} (?:liet|achterliet|heeft achtergelaten)\b.{{0,30}}\b(?:briefje|brief|bericht)\b"
    rf"|\b(?:mail|bericht|brief|afscheidsbrief|appje) van (?:een |mijn |onze )?(?:\w+ )?{_PERSON_NOUN}\b"
    r"|\b(?:he|she) (?:told|said|wrote|says|texted)\b|\b(?:colleague|coworker|teammate|daughter|son|friend|brother|sister|wife|husband|partner|employee)\b"
)
# "mijn partner heeft ...", "een medewerker staat ...": someone else is the subject.
_THIRD_PERSON_SUBJECT = re.compile(
    rf"(?:^|\. |, | dat | die ) ?(?:mijn|een|onze|ons|de|die|deze|haar|zijn|mijn beste) (?:\w+ )?{_PERSON_NOUN}\b"
    rf"|^ ?{_PERSON_NOUN}\b"
)
_PERSON_REFERENCE = re.compile(
    rf"\b(?:(?P<first>ik|mezelf|mij|me)|(?:ze|zij|hij|zich|zichzelf|haar|hem|hun|hen|{_PERSON_NOUN}))\b"
)
_FIRST_PERSON = re.compile(r"\b(?:ik|mezelf|mij|me|mijn (?:leven|armen|arm|polsen|pols))\b")
_THIRD_PERSON = re.compile(r"\b(?:ze|zij|hij|zich|zichzelf|haar|hem|hun|hen)\b")


# The classifier decides only for a message with at least one word about death, ending, means
# or harm: "ze zegt dat ze het redt, maar ik zie dat ze uitgeput raakt" is worry, not a crisis.
_DANGER_WORDS = re.compile(
    r"dood|dodelijk|sterv|\bleven|zelfmoord|suicid|zelfdoding|\beind|niet meer|\bweg\b|verdwijn|pil|tablet|medicijn"
    r"|insuline|spring|ophang|touw|brug|trein|spoor|snij|\bmes|\bzin\b|afscheid|vaarwel|begrafenis|testament|slapen"
    r"|beter af|\blast\b|kapot|\bkant\b|uitlaat|\bgas\b|pijler|rijd|rijden|wodka|overdosis|klaar|opgeven|opgegeven"
    r"|hoeft|\bhoef\b|zinloos|nooit meer|ermee|eruit|\bstap\b|\bstappen\b|\bdak\b|flat|balkon|water|verdrink|punt achter|motor"
    r"|garage|ophoudt|ophouden|straf voor mezelf|onderarm|kras|kerf|kerft|bovenbenen|kanaal|met mij erin|113|112"
    # Found in development set 11: a grave, a forest, eternity, a razor, a belt, the sea, a place
    # chosen, a tidied house, the last day, who gets which things, somebody missing.
    r"|onder de grond|\bbos\b|eeuwig|scheermes|\briem\b|\bzee\b|plek (?:\w+ )?uitgezocht|opgeruimd|laatste dag"
    r"|spullen|onvindbaar|vermist|striemen|bij (?:haar|hem) (?:gaan |te )?zijn|niet oud word"
    # Found in development set 12: gas, a window high up, an attempt, medication counted, a
    # farewell and then unreachable, "ik hou van jullie", knowing how.
    r"|gaskraan|vensterbank|verdieping|\braam\b|poging|geprobeerd|medicatie|oxazepam|strips|gespaard|uitgerekend"
    r"|tussenuit|spijt me|nergens te vinden|telefoon (?:staat uit|niet op|uit)|onbereikbaar|(?:hou|houd) van (?:jullie|ze|je)\b"
    r"|weet (?:\w+ )?hoe (?:hij|ze|zij|ik) het (?:gaat|ga|wil) doen|pensioen (?:niet )?te halen|afscheidsmail"
    # Found in development set 13: a platform and an intercity, gas without a flame, a silo, a lorry,
    # a gun "netjes afhandelen", potassium chloride, "bedankt voor alles" and then no answer.
    r"|perron|intercity|gasfornuis|gaskraan|\bsilo\b|hoogste punt|vrachtwagen|geweer|kaliumchloride|stop ik er (?:ook )?mee"
    r"|alles (?:al )?geregeld|bedankt voor alles|neemt (?:\w+ )?niet op|netjes (?:gaat )?afhandel|zonder dat het pijn doet|plan is klaar"
    r"|niet (?:haar|zijn|jouw|hun|jullie) schuld"
    # Found in development set 26: following a parent who died ("ik wil hem achterna").
    r"|achterna"
)
# Distress without danger ("ik weet het niet meer", "wat zijn mijn stappen?") holds no word
# that lets the classifier decide; a real signal beside it is still caught by the patterns.
_DISTRESS_ONLY = re.compile(
    r"\bik weet het (?:\w+ ){0,3}niet meer\b|\bik trek het (?:\w+ )?niet (?:meer|langer)\b|\bik kan (?:het )?(?:echt |gewoon )?niet meer\b|\bwat moet ik (?:nu|nou)\b"
    r"|\b(?:lopen|loopt|loop) op (?:hun|zijn|haar|mijn) tandvlees|\b(?:mijn|de|volgende|eerste|welke|concrete) stappen\b|\bstap voor stap\b"
    r"|\bik weet (?:echt |gewoon )?niet (?:meer )?(?:wat ik (?:nu |nou )?moet doen|waar ik heen moet)\b"
    r"|\bdurf (?:ik )?(?:\w+ )?niet meer (?:te gaan|naar|op|aan)\b|\bniet meer (?:weet|weten) waar (?:ik|ze|hij|zij) het (?:moet )?zoeken\b"
    r"|\btrek ik het (?:\w+ ){0,2}niet (?:meer|langer)\b|\bik het (?:\w+ ){0,2}niet (?:meer|langer) trek\b"
    r"|\b(?:als|dat) ik (?:even |eerder )?weg (?:wil|moet|ga|mag)\b|\b(?:functie|baan|banen|werk|taken|afdeling)\b (?:\w+ )?verdwijn\w*"
)
# "ik appte mijn zus": the person is the object; "ik zag net een collega op de rand van het dak":
# the one seen is the subject of what follows.
_OBJECT_AFTER_I = re.compile(
    r"\bik (?!dat |of |als |zag |zie |hoorde |hoor |vond |doen )\w+ (?:(?!dat |of |als )\w+ )?(?:mijn |mn |de |een |onze |ons )$"
)
_AMBIGUOUS_PRONOUNS = {"ze", "haar", "hem", "hen", "hun"}
_NAMES_SOMEONE_ELSE = re.compile(
    rf"\b(?:hij|zij|zichzelf)\b|(?:^|\. ) ?{_PERSON_NOUN}\b|\b(?:mijn|my|a|een|onze|ons|de|die|deze) (?:\w+ )?{_PERSON_NOUN}\b"
)


def found_by_patterns(text: str) -> bool:
    """Whether a readable pattern (not only the classifier) finds a crisis signal in the message."""
    full = normalise(text)
    if _NOT_ABOUT_DANGER.search(full):
        return False
    normalised = _HARMLESS.sub(" ", full)
    return bool(_SIGNAL.search(normalised)) and not _only_names_the_subject(normalised)


def crisis_concern(text: str) -> Optional[Concern]:
    """Whose safety a message signals to be in danger, or None when it signals no crisis."""
    # Harmless phrases are blanked out, so that a real signal elsewhere in the message still counts.
    full = normalise(text)
    if _NOT_ABOUT_DANGER.search(full):
        return None
    normalised = _HARMLESS.sub(" ", full)
    match = _SIGNAL.search(normalised)
    if match and not _only_names_the_subject(normalised):
        return _whose(normalised, match.start(), match.end())
    if match:
        return None
    # The classifier only where no harmless phrase explains the death words away.
    if normalised == full and len(full.split()) >= 3 and _classifier_alarms(full):
        end = _most_alarming_sentence_end(full)
        return _whose(full, end, end)
    return None


def _only_names_the_subject(normalised: str) -> bool:
    """A message whose only signal is the word itself ("een stuk over de suicide van een oud-collega").

    The classifier, trained on such subject talk against real signals, then decides: a low
    probability means the message is about the subject, not a person in danger now.
    """
    if _PERSONAL_NAMING.search(normalised) or _SIGNAL.search(_NAMING_WORDS.sub(" ", normalised)):
        return False
    return crisis_probability(normalised) < CLASSIFIER_SUBJECT_TALK_BELOW


def _classifier_alarms(full: str) -> bool:
    """The classifier's verdict: with a word of danger beside the distress at the threshold, without
    one only when it is nearly sure ("een fles gootsteenontstopper ... opdrinken")."""
    probability = crisis_probability(full)
    if _DANGER_WORDS.search(_DISTRESS_ONLY.sub(" ", full)):
        return probability >= CLASSIFIER_THRESHOLD
    return probability >= CLASSIFIER_WITHOUT_DANGER_WORDS


def _most_alarming_sentence_end(text: str) -> int:
    """Where the sentence ends that the classifier finds most alarming: whose safety is read there."""
    best_end, best_probability = len(text), -1.0
    for sentence in re.finditer(r"[^.]+", text):
        if len(sentence.group(0).split()) < 2:
            continue  # a closing quote or a lone word is not a sentence of its own
        probability = crisis_probability(sentence.group(0))
        if probability > best_probability:
            best_end, best_probability = sentence.end(), probability
    return best_end


def _whose(text: str, start: int, end: int) -> Concern:
    """The writer, unless the signal's sentence is about a third person.

    "Mijn collega zei dat ze niet meer wil leven" and "mijn medewerker zei: 'ik zie het niet
    meer zitten'" are about someone else; "ik wil er niet meer zijn" is about the writer.
    """
    sentence_start = text.rfind(" . ", 0, start) + 1
    sentence = text[sentence_start:end]
    if re.match(
        r" ?(?:(?:als|wanneer|zodra) ik (?:overlijd|overlijden|dood ben|doodga|(?:\w+ )?uit het leven)|(?:weten niet|niemand weet) dat het) ",
        text[start:end],
    ):
        return Concern.SELF  # "als ik overlijd, krijgt mijn partner ...? ik ben het van plan"
    if re.search(
        r"\b(?:tegen|aan) (?:je|mijn|m[ij]n) \w+ (?:\w+ )?dat (?:je|ik) (?:\w+ ){0,3}$", text[sentence_start:start]
    ):
        return Concern.SELF  # "hoe zeg je tegen je leidinggevende dat je aan zelfmoord denkt?": the writer
    if re.match(r" ?dan (?:weten|snappen|begrijpen) ", text[start:end]) and not _REPORTED_SPEECH.search(sentence):
        return Concern.SELF  # "dan weten ze waarom ik er niet ben": the writer's own threat
    # (Not _REPORTED_SPEECH: its English words include "partner", the very person named here.)
    if re.search(r"\bzonder (?:mij|me)$", text[start:end]) and not re.search(
        r"\b(?:zei|zegt|vertelde|vertelt|schreef|schrijft|appte|appt|riep)\b|'", sentence
    ):
        return Concern.SELF  # "mijn partner kan dan opnieuw beginnen zonder mij": the writer is the one gone
    if re.search(r"\bzichzelf\b", text[sentence_start : end + 30]):
        return Concern.OTHER
    if re.search(
        rf"\b(?:bang|ongerust|vrees|vermoed|vermoeden)\b (?:\w+ ){{0,2}}dat (?:mijn|onze|ons|een|de|die) (?:\w+ )?{_PERSON_NOUN}(?:tje|je)?\b",
        text[sentence_start:start],
    ):
        return Concern.OTHER  # "ik ben bang dat mijn broertje zelfmoord pleegt"
    if re.match(
        rf"(?:ale|aal|e)? (?:(?:signalen|gedachten|uitingen|gedrag) (?:bij|van|in) (?:een|mijn|onze|de|die|je) (?:\w+ )?)?{_PERSON_NOUN}\b",
        text[end:],
    ) and re.search(r"suicid$", text[start:end]):
        # "om op mijn suicidale zoon te letten", "suicidale signalen bij een medewerker": the son,
        # the employee is the one in danger.
        return Concern.OTHER
    if (
        re.search(r"\b113\b", text[start:end])
        and re.search(rf"\b(?:een ander|iemand anders|(?:een|mijn|onze|de) (?:\w+ )?{_PERSON_NOUN})\b", text)
        and not re.search(r"\b(?:mezelf|mijzelf)\b", text)
    ):
        return Concern.OTHER  # "hoe meld ik bij 113 dat ik me zorgen maak om een collega"
    reports = list(_REPORTED_SPEECH.finditer(sentence))
    if reports:
        reported = sentence[reports[-1].end() :]
        # "hij zegt dat ik moet doorzetten ... ik wil dood" reports nothing about him.
        # "mijn leidinggevende vroeg hoe het ging en ik zei 'prima', maar eigenlijk sta ik ...":
        # the writer takes over after the report.
        writer_takes_over = re.match(
            r" (?!')(?:\S+ ){0,6}(?:en|maar) (?:\w+ ){0,2}ik\b(?!.*\b(?:hij|zij|ze)\b)", reported
        )
        writer_speaks = re.search(r"\bik \w+$", reports[-1].group(0))  # "... en ik zei 'prima'"
        if not re.match(r" (?:(?!ik\b)\w+ ){0,3}dat (?:\w+ ){0,2}ik\b", reported) and not (
            writer_takes_over or writer_speaks
        ):
            return Concern.OTHER
    # "de medicijnen van mijn moeder" names a person who is not the subject.
    # "een afscheidsbrief van een collega", "... op zijn kamer waarin hij schrijft": the signal
    # belongs to the person named right after it.
    # "het jachtgeweer van mijn vader" is whose weapon, not whose danger: read on.
    owned_means = re.search(r"(?:geweer|pillen|medicijnen|medicatie|tabletten|touw|mes|wapen)$", text[start:end])
    if (
        re.match(rf" (?:van|door) (?:een|mijn|onze|ons|de) (?:\w+ )?{_PERSON_NOUN}\b", text[end:]) and not owned_means
    ) or re.match(r"(?: \w+){0,5} (?:waarin|waarop) (?:hij|zij|ze) ", text[end:]):
        return Concern.OTHER
    # "hoe praat ik met mijn zoon over zijn zelfmoordgedachten", "ik vond een afscheidsbrief op
    # haar bureau": the thoughts or the letter are someone else's.
    if (
        start != end
        and not owned_means
        and not re.search(r"\b(?:ik|mezelf|mijzelf|mijn)\b", text[start:end])
        and re.match(r"(?:zelfmoord|zelfdoding|suicid|afscheidsbrie|doodswens|poging|plan)", text[start:end])
        and (
            re.search(r"\b(?:zijn|haar|hun|zn)\s$", text[:start])
            or re.match(r"(?: \w+){0,2} (?:op|in|onder|bij|naast) (?:zijn|haar|hun|zn) ", text[end:])
        )
    ):
        return Concern.OTHER
    # "een lijstje 'voor als ik er niet meer ben'" quoted from someone named outside the quote.
    before_quote = text[: text[:start].rfind(" '")]
    speaker = before_quote[before_quote.rfind(" . ") + 1 :]
    # "ik ben docent en een leerling gaf me een briefje: '...'": the last clause names who wrote it.
    last_clause = re.split(r" en | maar ", speaker)[-1]
    if text[:start].count(" '") > text[:start].count("' ") and (
        (not re.match(r" ?(?:ik|nu|toen|daarna)\b", speaker) and _NAMES_SOMEONE_ELSE.search(speaker))
        # "in de groepsapp zette Mark net '...'": a named person posted it.
        or re.search(
            r"\b(?:zette|postte|plaatste|schreef|appte|stuurde|mailde) (?!ik\b)\w+(?: net| gisteren| vandaag| vanochtend| vannacht)?$",
            before_quote,
        )
        or (
            not re.match(r" ?ik\b", last_clause)
            and _NAMES_SOMEONE_ELSE.search(last_clause)
            and re.search(r"\b(?:gaf|stuurde|appte|schreef|zei|zegt|liet)\b", last_clause)
        )
    ):
        return Concern.OTHER
    # A quote from someone else that holds the signal: "mijn puber schreeuwt 'ik wil dood'",
    # "teamlid meldde zich ziek met: 'ik ben er bijna niet meer'" (the classifier's sentence).
    for quote in re.finditer(r" '([^']+)'", sentence):
        quote_speaker = sentence[: quote.start()]
        subjects = re.findall(
            r"\b(?:ik|hij|zij|ze)\b(?= (?:\w+ ){0,14}(?:zei|zegt|schreef|appte|riep)\b)", quote_speaker
        )
        # "ik maak me zorgen om mijn zoon, hij ... zei 'dat heb ik straks niet meer nodig'": he speaks.
        spoken_by_other = bool(subjects) and subjects[-1] != "ik"
        if (quote.start() <= start - sentence_start < quote.end() or start == end) and (
            spoken_by_other
            or (not re.match(r" ?(?:ik|nu|toen|daarna)\b", quote_speaker) and _NAMES_SOMEONE_ELSE.search(quote_speaker))
        ):
            return Concern.OTHER
    # The signal's own words make the writer its subject: "vanavond neem ik ze allemaal in".
    if start != end and " . " not in text[start:end] and re.search(r"\b(?:ik|mezelf|mijzelf)\b", text[start:end]):
        return Concern.SELF
    # "ik appte mijn zus", "opgeschreven voor mijn broer", "ga ik met haar mee" name a person
    # who is the object, not the subject; "volgens mij" is an aside.
    people = [
        m
        for m in _PERSON_REFERENCE.finditer(sentence)
        if (
            # "van mij" is still the writer ("ik ga ze van mij verlossen"), unless it says whose
            # person it is ("een medewerker van mij").
            not (
                sentence[: m.start()].endswith(("van mijn ", "van mn ", "van "))
                # "de browsergeschiedenis van mijn dochter": her searches, so she is the subject.
                and not re.search(
                    r"(?:geschiedenis|telefoon|laptop|computer|dagboek|kamer|berichten|mobiel|tablet|zoekopdrachten) van (?:mijn|mn) $",
                    sentence[: m.start()],
                )
                or re.search(r"\bvan (?:mijn|mn) \w+ $", sentence[: m.start()])
            )
            or (m.group(0) in ("mij", "me") and not re.search(rf"\b{_PERSON_NOUN} van $", sentence[: m.start()]))
            or sentence[: m.start()].endswith(("een van mijn ", "een van onze "))
        )
        and not _OBJECT_AFTER_I.search(sentence[: m.start()])
        # "ik wilde gewoon iemand bedanken": someone the writer does something to.
        and not (m.group(0) == "iemand" and re.search(r"\bik (?:(?!dat |of |als )\w+ ){1,3}$", sentence[: m.start()]))
        # "ik zag het in de zoekgeschiedenis", "wat moet ik doen?": the writer who noticed or asks
        # what to do is not the one in danger when someone else is named.
        and not (
            m.group("first")
            and _NAMES_SOMEONE_ELSE.search(text)
            and (
                re.match(
                    r" (?:zag|zie|hoorde|las|merkte|ontdekte|vond) (?:net |gisteren |vandaag |toen |laatst )?(?:het|dat|een|in|op|die|hem|haar)\b"
                    r"| sta (?:er ?naast|erbij|naast (?:hem|haar))\b",
                    sentence[m.end() :],
                )
                or re.search(r"\b(?:wat|hoe) (?:moet|kan|zal) $", sentence[: m.start()])
                # "... ik weet niet wat ik moet doen": the writer who asks, not the one in danger.
                or (
                    re.search(r"\b(?:wat|hoe) $", sentence[: m.start()])
                    and re.match(
                        r" (?:moet|kan|zal|moeten) (?:\w+ )?(?:doen|doe|reageren|aanpakken)\b", sentence[m.end() :]
                    )
                )
                # "kan ik calamiteitenverlof nemen?": the one who asks for leave looks after someone.
                or (
                    re.search(r"\b(?:kan|mag|krijg) $", sentence[: m.start()])
                    and re.match(r" (?:\w+ )?(?:calamiteitenverlof|zorgverlof|verlof|vrij)\b", sentence[m.end() :])
                )
            )
        )
        and not re.search(r"\b(?:volgens|(?:voor|aan|naar|bij) (?:mijn|mn)(?: \w+)?) $", sentence[: m.start()])
        and not (re.search(r" (?:met|bij) $", sentence[: m.start()]) and m.group(0) in ("haar", "hem"))
        # "haar morfine nemen": whose means, not whose danger.
        and not (
            m.group(0) in ("haar", "zijn", "hun")
            and re.match(
                r" (?:morfine|pillen|medicijnen|medicatie|tabletten|slaappillen|geweer|jachtgeweer|insuline|oxazepam)\b",
                sentence[m.end() :],
            )
        )
        # "mijn schoonmoeder, voor wie ik zorg, heeft ...": the writer in a clause about her.
        and not (m.group("first") and re.search(r"\b(?:voor wie|met wie|die|bij wie) $", sentence[: m.start()]))
        # "tegen iemand zeggen": the one told is not the subject.
        and not (
            m.group(0) == "iemand"
            and sentence[: m.start()].endswith("tegen ")
            and re.match(r" (?:\w+ )?(?:zeggen|vertellen|laten weten)\b", sentence[m.end() :])
        )
        # "hoe lang duurt het voordat iemand je vindt": whoever finds the writer is not the subject.
        and not (m.group(0) == "iemand" and re.match(r" (?:je|me|mij|mijn)\b", sentence[m.end() :]))
        # "liet me een afscheidsbrief zien": the writer as the object of someone else's act.
        and not (
            re.search(r"\b(?:liet|stuurde|gaf|toonde|appte|belde|mailde|heeft|had) $", sentence[: m.start()])
            and m.group(0) in ("me", "mij")
        )
    ]
    if people:
        last = people[-1]
        if last.group("first"):
            return Concern.SELF
        # "ik ga ze allemaal nemen": "ze" may be things; with nobody else named, it is the writer.
        # "... de medicijnen van mijn moeder en ik denk erover om ze zelf in te nemen": "ze zelf".
        if (
            last.group(0) in _AMBIGUOUS_PRONOUNS
            and (re.search(r"\bik\b", sentence) or (start == end and re.search(r"\bik\b", text)))
            and (not _NAMES_SOMEONE_ELSE.search(text) or sentence[last.end() :].startswith(" zelf "))
        ):
            return Concern.SELF
        return Concern.OTHER
    return Concern.OTHER if _THIRD_PERSON_SUBJECT.search(text[: start + 1]) else Concern.SELF
