"""Reads weekly working hours from what a user typed, and computes leave from them.

Understood: "32 uur", "36,5", "vier dagen van 8 uur", "4x9", "8 uur per dag, 4 dagen",
"24 uur per 2 weken", "2 dagen van 8 en 1 van 4". Negative numbers are kept negative so
that they are refused, never silently made positive.
"""

import re
from typing import List, Optional

MAX_WEEKLY_HOURS = 60.0

_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
}
_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60}
_NUMBER_WORDS.update(
    {"dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19}
)
_NUMBER_WORDS.update(_TENS)
# "tweeëndertig", "zesendertig": written out, as people do.
for _unit, _unit_value in _UNITS.items():
    for _ten, _ten_value in _TENS.items():
        for _joint in ("en", "ën"):
            _NUMBER_WORDS[f"{_unit}{_joint}{_ten}"] = _unit_value + _ten_value
# Longest first, so that "vierentwintig" is not read as "vier".
_NUMBER = r"(-?\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# Compounds count too: "3 nachtdiensten van 9 uur", "2 avonddiensten van 4".
_DAY = r"\s*(?:dag(?:en)?|dagn|dgn|\w*(?:ochtend|middag|avond|nacht|dienst)(?:en)?)?\s*(?:per week\s*)?"
# "4 dagen van 9 uur", "4x9", "1 van 4" (after "en"), "4 dagen à 8 uur".
_DAYS_OF_HOURS = re.compile(
    r"(?<![\d,.])" + _NUMBER + _DAY + r"(?:van|x|à|a|maal|keer)\s*" + _NUMBER + r"(?!\s*(?:weken|week|maanden))", re.I
)
_HOURS_A_DAY_DAYS = re.compile(
    _NUMBER + r"\s*(?:uur|u)\s*(?:per|a|in de|op een)\s*dag\W{0,3}(?:en\s*)?" + _NUMBER + r"\s*dag", re.I
)
# "3 dagen per week 7,5 uur": days a week, then the hours of each day.
_DAYS_A_WEEK_HOURS = re.compile(
    _NUMBER
    + r"\s*dag(?:en)?\s*(?:per|in de|a)\s*week\W{0,3}(?:\w+\s+){0,4}?"
    + _NUMBER
    + r"\s*(?:uur|u)\b(?!\s*(?:per|in de|a) week)",
    re.I,
)
_DAYS_HOURS_A_DAY = re.compile(
    _NUMBER + r"\s*dag(?:en)?\s*(?:(?:per|in de|a) week\s*)?\W{0,3}" + _NUMBER + r"\s*(?:uur|u)\s*per\s*dag", re.I
)
# "ma t/m do 6 uur": a range of working days, each of so many hours.
_WEEKDAY_NUMBERS = {
    "ma": 1, "maandag": 1, "di": 2, "dinsdag": 2, "wo": 3, "woensdag": 3, "do": 4, "donderdag": 4,
    "vr": 5, "vrijdag": 5, "za": 6, "zaterdag": 6, "zo": 7, "zondag": 7,
}  # fmt: skip
_WEEKDAY = r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
_DAY_RANGE_HOURS = re.compile(
    r"\b" + _WEEKDAY + r"\s*(?:t/m|tm|tot en met|-|tot)\s*" + _WEEKDAY + r"\b[,\s]*(?:\w+\s+){0,2}?" + _NUMBER
    + r"\s*(?:uur|u)\b(?!\s*(?:per|in de|a) week)",
    re.I,
)  # fmt: skip
# "ma, di en do 8 uur en op vrijdag 4 uur": days named one by one, each group with its hours a day.
_WEEKDAY_LIST_HOURS = re.compile(
    r"\b(" + _WEEKDAY + r"(?:\s*(?:,|en|&|\+)?\s*" + _WEEKDAY + r")*)(?:ochtend|middag|avond|nacht)?\b[,:\s]*"
    + r"(?:werk ik\s+|ik\s+|telkens\s+|steeds\s+|elk\s+|nog\s+|ook\s+)?"
    + r"(?:(?:een\s+)?(?:halve|hele|korte|lange)\s+dag(?:\s+van)?\s+)?" + _NUMBER
    + r"(\s*(?:uur|u)\b)?(?!\s*(?:per|in de|a) week)(?![.,]?\d)",
    re.I,
)  # fmt: skip
_HOURS_PER_WEEKS = re.compile(_NUMBER + r"\s*(?:uur|u|uren)\s*per\s*" + _NUMBER + r"\s*weken", re.I)
# "om 7 uur beginnen", "tot 3 uur": a time of day, not a number of hours.
_HOURS = re.compile(
    r"(?<!\bom )(?<!\btot )(?<!\bvanaf )(?<!\bipv )(?<!\bna )(?<!\brond )(?<!\bvoor )(?<!\bvan )(?<!\bi\.p\.v\. )"
    r"(?<![\w.,:])(-?\d+(?:[.,]\d+)?|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\s*(?:uur|u\b|uren)",
    re.I,
)
_CLOCK_TIME = re.compile(r"\b(?:om|tot|vanaf|ipv|i\.p\.v\.|rond) \d{1,2}(?:[.:]\d{2})? ?uur", re.I)
_DAYS_PER_WEEK = re.compile(r"(\d+)\s*dag(?:en)?\s*(?:per|in de|a)\s*week", re.I)
_BARE_NUMBER = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*$")
# "de ene week 36 uur en de andere week 28 uur": a fixed two-week roster, 32 hours a week on
# average, like "64 uur per 2 weken".
_ALTERNATING_WEEKS = re.compile(
    r"\bde ene week\s*" + _NUMBER + r"\s*(?:uur|u|uren)?\b.{0,30}?\bde andere (?:week\s*)?" + _NUMBER + r"\b", re.I
)
# "de ene week veel, de andere week weinig": no fixed weekly hours (routing uses it too).
VARYING_ROSTER = (
    r"\b(?:mijn |het )?rooster wisselt|\bwisselend rooster"
    r"|\bde ene week\b(?!\s*" + _NUMBER + r"\s*(?:uur|u|uren)?\b.{0,30}?\bde andere (?:week\s*)?" + _NUMBER + r"\b)"
    r".{0,60}\bde andere week"
)
# Contracts the checked facts do not cover: no fixed hours a week.
# No contract hours at all: whatever weeks are described, the checked facts do not cover it.
_NO_CONTRACT_WORDS = r"\bnul[- ]?uren|\b0[- ]?uren|\boproep|\bflexcontract|\bmin[- ]?max|\bgeen vaste (?:uren|werktijden)|\bgeen vast aantal uren"
_NO_CONTRACT_HOURS = re.compile(_NO_CONTRACT_WORDS, re.I)
_NOT_WEEKLY = re.compile(
    _NO_CONTRACT_WORDS + r"|\bwisselende uren|\b(?:uur|uren) per maand\b|" + VARYING_ROSTER,
    re.I,
)
# More hours in a month or a day than it has: impossible, not just "not weekly".
_HOURS_PER_MONTH = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:uur|u|uren)\s*(?:per|in de|a|een)\s*maand", re.I)
_HOURS_PER_DAY = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:uur|u|uren)\s*(?:per|op een|a|in de)\s*dag", re.I)


def _to_float(text: str) -> float:
    word = text.lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    return float(word.replace(",", "."))


def impossible_hours(text: str) -> bool:
    """More than a month (744 hours) or a day (24 hours) has, or more days than a week: "1000 uur per maand"."""
    return why_hours_impossible(text) in ("month", "day", "days")


# Why hours cannot be used, most telling reason first; each reason has its own domain response
# (utter_hours_impossible_<reason>), so that "-30 uur" hears "negatief" and "40 uur per dag" that a
# day has 24 hours, not one sentence for every case.
HOURS_IMPOSSIBLE_REASONS = ("negative", "month", "day", "days", "week", "limit")
HOURS_IN_A_WEEK = 7 * 24


def why_hours_impossible(text: str, hours: Optional[float] = None) -> Optional[str]:
    """The reason (one of HOURS_IMPOSSIBLE_REASONS) why the hours typed or given cannot be used."""
    text = text or ""
    hours = parse_weekly_hours(text) if hours is None else hours
    if hours is not None and hours < 0:
        return "negative"
    month = _HOURS_PER_MONTH.search(text)
    if month and _to_float(month.group(1)) > 744:
        return "month"
    day = _HOURS_PER_DAY.search(text)
    days_and_hours = _DAYS_HOURS_A_DAY.search(text) or _DAYS_OF_HOURS.search(text) or _DAYS_A_WEEK_HOURS.search(text)
    if (day and _to_float(day.group(1)) > 24) or (days_and_hours and _to_float(days_and_hours.group(2)) > 24):
        return "day"
    days = _DAYS_PER_WEEK.search(text)
    if (days and int(days.group(1)) > 7) or (days_and_hours and _to_float(days_and_hours.group(1)) > 7):
        return "days"
    if hours is not None and hours > HOURS_IN_A_WEEK:
        return "week"
    if hours is not None and hours > MAX_WEEKLY_HOURS:
        return "limit"
    return None


def only_clock_times(text: str) -> bool:
    """ "Ik wil om 7 uur beginnen in plaats van om 9 uur": times of day, no working hours."""
    return bool(_CLOCK_TIME.search(text or "")) and parse_weekly_hours(text) is None


def hours_not_weekly(text: str) -> bool:
    """A contract without fixed weekly hours (nul-uren, oproep, per maand).

    "50 uur per twee weken (wisselend rooster)" gives a fixed figure over weeks: that counts.
    """
    if _NO_CONTRACT_HOURS.search(text or ""):
        return True
    return bool(_NOT_WEEKLY.search(text or "")) and not fixed_over_weeks(text)


def fixed_monthly_hours(text: str) -> bool:
    """ "160 uur per maand": a fixed monthly figure, not a contract without fixed hours."""
    return bool(_HOURS_PER_MONTH.search(text or "")) and not (
        _NO_CONTRACT_HOURS.search(text or "") or re.search(r"wissel", text or "", re.I)
    )


def fixed_over_weeks(text: str) -> bool:
    """ "24 uur per 2 weken", "de ene week 36 uur en de andere week 28 uur": a weekly average."""
    return bool(_HOURS_PER_WEEKS.search(text or "") or _ALTERNATING_WEEKS.search(text or ""))


def parse_weekly_hours(text: str) -> Optional[float]:
    """Hours per week in text, or None when the text gives none."""
    if not text:
        return None
    # "min 10 uur" is a negative number, to be refused like "-10".
    text = re.sub(r"\bmin(?:us)?\s+(?=\d)", "-", text, flags=re.I)
    text = re.sub(  # "min tien uur" too
        r"\bmin(?:us)?\s+(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b",
        lambda word: f"-{_NUMBER_WORDS[word.group(1).lower()]}",
        text,
        flags=re.I,
    )
    match = _ALTERNATING_WEEKS.search(text)
    if match:
        # "de ene week 36 uur en de andere week 28 uur": 64 hours per 2 weeks, 32 a week.
        return (_to_float(match.group(1)) + _to_float(match.group(2))) / 2
    match = _HOURS_PER_WEEKS.search(text)
    if match:
        return _to_float(match.group(1)) / _to_float(match.group(2))
    match = _HOURS_A_DAY_DAYS.search(text)
    if match:
        return _to_float(match.group(1)) * _to_float(match.group(2))
    match = _DAYS_HOURS_A_DAY.search(text)
    if match:
        return _to_float(match.group(1)) * _to_float(match.group(2))
    match = _DAYS_A_WEEK_HOURS.search(text)
    if match and _to_float(match.group(2)) <= 12:
        return _to_float(match.group(1)) * _to_float(match.group(2))
    match = _DAY_RANGE_HOURS.search(text)
    if match:
        first, last = _WEEKDAY_NUMBERS[match.group(1).lower()], _WEEKDAY_NUMBERS[match.group(2).lower()]
        hours = _to_float(match.group(3))
        # "ma t/m do 6 uur" is 6 hours a day; "ma t/m do 32 uur" can only be the week's total.
        if not (last >= first and hours <= 12):
            return hours
        # "maandag t/m donderdag 8 uur en op vrijdag 4 uur": the days named after the range too.
        later_days = [
            (len(re.findall(_WEEKDAY, later.group(1), re.I)), _to_float(later.group(len(later.groups()) - 1)))
            for later in _WEEKDAY_LIST_HOURS.finditer(text[match.end() :])
        ]
        return hours * (last - first + 1) + sum(days * day_hours for days, day_hours in later_days if day_hours <= 12)
    matches = list(_WEEKDAY_LIST_HOURS.finditer(text))
    # "maandag en dinsdag werk ik 8 uur en woensdag 4": a later group may leave out "uur".
    groups = [
        (len(re.findall(_WEEKDAY, match.group(1), re.I)), _to_float(match.group(len(match.groups()) - 1)))
        for match in matches
    ]
    said_hours = any(match.group(len(match.groups())) for match in matches)
    if said_hours and sum(days for days, _ in groups) >= 2 and all(hours <= 24 for _, hours in groups):
        return sum(days * hours for days, hours in groups)
    parts = _DAYS_OF_HOURS.findall(text)
    if parts:
        return sum(_to_float(days) * _to_float(hours) for days, hours in parts)
    bare = _BARE_NUMBER.match(text)
    number = _working_hours_number(text) or (bare.group(1) if bare else None)
    return _to_float(number) if number is not None else None


# "2 uur rijden", "3 uur per nacht slapen": hours, but not of work.
_NOT_WORK_HOURS = re.compile(
    r"\s*(?:\w+\s+)?(?:rijden|reizen|heen|terug|onderweg|in de auto|met de trein|slaap|per nacht|per dag)\b", re.I
)
_WORK_BEFORE = re.compile(
    r"(?:werk|contract|dienstverband|fulltime|parttime|aanstelling|rooster)\w*\b[^.?!]{0,25}$", re.I
)


# "een baan van 32 uur", "contract van 16 uur per week": "van" before hours that are a contract's,
# not a time of day ("van 9 uur tot 5").
_CONTRACT_HOURS = re.compile(
    r"(?:\b(?:baan|contract|aanstelling|dienstverband|functie|werkweek|medewerker|medewerkster|werknemer|collega|iemand)\w* van\s*)"
    + _NUMBER
    + r"\s*(?:uur|u\b|uren)"
    + r"|(?<!\w)"
    + _NUMBER
    + r"[- ]?(?:urige|urig|uurs?) (?:werkweek|contract|baan|week)"
    r"|(?<!\w)" + _NUMBER + r"\s*(?:uur|u|uren)\s*(?:per|in de|a|p\.?)\s*week\b"
    # "dus gemiddeld 32 per week"
    r"|\bgemiddeld (?:zo'?n |ongeveer |rond )?(\d+(?:[.,]\d+)?)\s*(?:uur\s*)?(?:per|in de|a) week\b",
    re.I,
)


def _working_hours_number(text: str) -> Optional[str]:
    """The number of hours a user works, as written: "Ik breng hem 2 uur rijden heen. Ik werk 40 uur" is 40."""
    contract = _CONTRACT_HOURS.search(text)
    if contract:
        return next(number for number in contract.groups() if number)
    candidates = [match for match in _HOURS.finditer(text) if not _NOT_WORK_HOURS.match(text[match.end() :])]
    for match in candidates:
        if _WORK_BEFORE.search(text[: match.start()]):
            return match.group(1)
    return candidates[0].group(1) if candidates else None


# Forms that take arithmetic: said back so the user can check the reading.
_COMPOSITE_FORMS = (
    _ALTERNATING_WEEKS,
    _HOURS_PER_WEEKS,
    _HOURS_A_DAY_DAYS,
    _DAYS_HOURS_A_DAY,
    _DAY_RANGE_HOURS,
    _DAYS_OF_HOURS,
)


def hours_as_written(text: str) -> Optional[str]:
    """ "24 uur per 2 weken", "4 dagen van 9 uur": the words a computed weekly figure came from."""
    for pattern in _COMPOSITE_FORMS:
        found = list(pattern.finditer(text or ""))
        if found:
            end = found[-1].end()
            if pattern is _DAY_RANGE_HOURS:
                # "maandag t/m donderdag 8 uur en op vrijdag 4 uur": the later days belong to it.
                later = list(_WEEKDAY_LIST_HOURS.finditer(text[end:]))
                end += later[-1].end() if later else 0
            return text[found[0].start() : end].strip()
    return None


# "4 dagen per week" as the whole answer, after "ik werk 8 uur per dag".
_DAYS_ONLY = re.compile(
    r"^\W*(?:ik werk |dat is |ik doe )?(\d+|een|twee|drie|vier|vijf|zes|zeven) dag(?:en)?(?: per week| in de week| p/?w)?\W*$",
    re.I,
)


# "0,8 fte" and "fulltime is bij ons 36 uur": a part of a full working week.
_FTE = re.compile(r"(\d+(?:[.,]\d+)?)\s*fte\b", re.I)
_FULL_TIME_HOURS = re.compile(
    r"\b(?:fulltime|full-time|voltijd|een volle werkweek|1 fte)\b\D{0,25}?(\d+(?:[.,]\d+)?)\s*(?:uur|u|uren)\b", re.I
)


def hours_from_parts(text: str, earlier_texts: List[str]) -> Optional[float]:
    """Weekly hours from a part given now and a part given earlier: "8 uur per dag" … "4 dagen" is
    32; "0,8 fte" … "fulltime is bij ons 36 uur" is 28.8."""
    days = _DAYS_ONLY.match(text or "")
    full_time = _FULL_TIME_HOURS.search(text or "")
    fte = _FTE.search(text or "")
    if full_time and fte:
        return _to_float(fte.group(1)) * _to_float(full_time.group(1))
    for earlier in reversed(earlier_texts):
        per_day = _HOURS_PER_DAY.search(earlier or "")
        if days and per_day and parse_weekly_hours(earlier) is None:
            return _to_float(per_day.group(1)) * _to_float(days.group(1))
        earlier_fte = _FTE.search(earlier or "")
        if full_time and earlier_fte:
            return _to_float(earlier_fte.group(1)) * _to_float(full_time.group(1))
    return None


def number_in(text: str) -> Optional[float]:
    """The only number in a short answer ("oeps, het is gewoon 32"), for the hours question."""
    numbers = re.findall(r"-?\d+(?:[.,]\d+)?", text or "")
    return _to_float(numbers[0]) if len(numbers) == 1 else None


def valid_weekly_hours(hours: Optional[float]) -> bool:
    return hours is not None and 0 < hours <= MAX_WEEKLY_HOURS


def entitled_hours(weekly_hours: float, weeks_of_hours: float) -> float:
    """Leave per 12 months: a multiple of the weekly working hours (Wazo art. 5:1 and 5:9)."""
    return weekly_hours * weeks_of_hours


def format_hours(hours: float) -> str:
    """Dutch notation: 64 → '64', 36.5 → '36,5'."""
    rounded = round(hours, 2)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.2f}".rstrip("0").replace(".", ",")
