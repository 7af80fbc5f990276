"""Reads weekly working hours from what a user typed, and computes leave from them."""

import re
from typing import Optional

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
_NUMBER = r"(\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
_DAYS_OF_HOURS = re.compile(_NUMBER + r"\s*dag(?:en)?\s*(?:per week\s*)?(?:van|x|à|a)\s*" + _NUMBER + r"\s*u", re.I)
_HOURS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:uur|u\b|uren)", re.I)
_BARE_NUMBER = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*$")


def _to_float(text: str) -> float:
    word = text.lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    return float(word.replace(",", "."))


def parse_weekly_hours(text: str) -> Optional[float]:
    """Hours per week in text ("32 uur", "36,5", "vier dagen van 8 uur"), or None."""
    if not text:
        return None
    match = _DAYS_OF_HOURS.search(text)
    if match:
        return _to_float(match.group(1)) * _to_float(match.group(2))
    match = _HOURS.search(text) or _BARE_NUMBER.match(text)
    if match:
        return _to_float(match.group(1))
    return None


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
