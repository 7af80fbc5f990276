"""The usage report for content owners: one HTML page without external scripts or fonts.

Figures come from the tracker store (Rasa's `events` table) and the feedback counts:
conversations per theme, helpful rate per knowledge item, fallback and "weet ik niet" rate
per intent, and the knowledge items never shown. No message text and no sender id leaves
the database: conversations are only counted.
"""

import html
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Dict, Iterable, List, Set, Tuple

import sqlalchemy as sa

# Answers that say the bot does not know (with where to go instead).
NOT_KNOWN_RESPONSES = {
    "utter_not_covered",
    "utter_out_of_scope",
    "utter_search_no_result",
    "utter_explain_unknown",
    "utter_apply_unknown",
    "utter_hours_not_covered",
}
FALLBACK_ACTIONS = {"action_default_fallback"}


@dataclass
class IntentFigures:
    turns: int = 0
    fallback: int = 0
    not_known: int = 0


@dataclass
class UsageFigures:
    conversations: int = 0
    conversations_per_theme: Dict[str, int] = field(default_factory=dict)
    per_intent: Dict[str, IntentFigures] = field(default_factory=dict)
    # item id → (theme, helpful, not helpful)
    feedback: Dict[str, Tuple[str, int, int]] = field(default_factory=dict)
    never_shown: List[str] = field(default_factory=list)


def _events(engine: sa.engine.Engine) -> Iterable[Tuple[str, str, str, str, dict]]:
    query = sa.text("SELECT sender_id, type_name, intent_name, action_name, data FROM events ORDER BY sender_id, id")
    with engine.connect() as connection:
        for sender, kind, intent, action, data in connection.execute(query):
            yield sender, kind, intent, action, json.loads(data or "{}")


def _best_intent(intent: str, data: dict) -> str:
    if intent != "nlu_fallback":
        return intent
    ranking = (data.get("parse_data") or {}).get("intent_ranking") or []
    names = [entry.get("name") for entry in ranking if entry.get("name") != "nlu_fallback"]
    return names[0] if names else intent


def usage_figures(
    tracker_engine: sa.engine.Engine, feedback: Dict[str, Tuple[str, int, int]], item_ids: Iterable[str]
) -> UsageFigures:
    themes_of: Dict[str, Set[str]] = defaultdict(set)
    senders: Set[str] = set()
    shown: Set[str] = set()
    per_intent: Dict[str, IntentFigures] = defaultdict(IntentFigures)
    current: Dict[str, IntentFigures] = {}  # the figures of each conversation's latest user turn
    flagged: Dict[str, Set[str]] = defaultdict(set)  # what that turn was already counted for
    for sender, kind, intent, action, data in _events(tracker_engine):
        senders.add(sender)
        if kind == "user":
            # A fallback counts for the intent the NLU found best but not sure enough.
            figures = per_intent[_best_intent(intent, data) or "(geen)"]
            figures.turns += 1
            current[sender], flagged[sender] = figures, set()
            if intent == "nlu_fallback":
                figures.fallback += 1
                flagged[sender].add("fallback")
        elif kind == "slot" and data.get("name") == "theme" and data.get("value"):
            themes_of[sender].add(data["value"])
        elif kind == "slot" and data.get("name") == "last_item" and data.get("value"):
            shown.add(data["value"])
        elif kind == "slot" and data.get("name") == "shown_items":
            shown.update(data.get("value") or [])
        elif sender in current:
            response = (data.get("metadata") or {}).get("utter_action") if kind == "bot" else None
            if kind == "action" and action in FALLBACK_ACTIONS and "fallback" not in flagged[sender]:
                current[sender].fallback += 1
                flagged[sender].add("fallback")
            if response in NOT_KNOWN_RESPONSES and "not_known" not in flagged[sender]:
                current[sender].not_known += 1
                flagged[sender].add("not_known")
    theme_counts = Counter(theme for themes in themes_of.values() for theme in themes)
    return UsageFigures(
        conversations=len(senders),
        conversations_per_theme=dict(sorted(theme_counts.items())),
        per_intent=dict(sorted(per_intent.items())),
        feedback=dict(sorted(feedback.items())),
        never_shown=sorted(set(item_ids) - shown),
    )


def _bars(rows: List[Tuple[str, float, str]], maximum: float) -> str:
    """A horizontal bar chart as inline SVG: (label, value, value as text)."""
    height, label_width, bar_width = 24, 260, 360
    parts = [
        # Inline SVG in HTML needs no namespace: the page refers to nothing outside itself.
        f'<svg role="img" width="{label_width + bar_width + 90}" height="{height * max(len(rows), 1) + 4}">'
    ]
    for index, (label, value, shown) in enumerate(rows):
        y = index * height
        width = 0 if maximum <= 0 else round(bar_width * value / maximum)
        parts.append(
            f'<text x="0" y="{y + 16}" font-size="13">{html.escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 4}" width="{width}" height="16" fill="#1f5f8b"></rect>'
            f'<text x="{label_width + width + 6}" y="{y + 16}" font-size="13">{html.escape(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(figures: UsageFigures, generated: datetime) -> str:
    themes = [(theme, count, str(count)) for theme, count in figures.conversations_per_theme.items()]
    helpful = []
    for item_id, (_, yes, no) in figures.feedback.items():
        rate = yes / (yes + no) if yes + no else 0
        helpful.append((item_id, rate * 100, f"{rate:.0%} van {yes + no}"))
    intents = figures.per_intent.items()
    fallback = [(name, 100 * f.fallback / f.turns, f"{f.fallback}/{f.turns}") for name, f in intents if f.turns]
    not_known = [(name, 100 * f.not_known / f.turns, f"{f.not_known}/{f.turns}") for name, f in intents if f.turns]
    never = "".join(f"<li>{html.escape(item_id)}</li>" for item_id in figures.never_shown) or "<li>geen</li>"
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Werkstress-assistent: gebruik en waardering</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; max-width: 60rem; }}
h1 {{ font-size: 1.5rem; }} h2 {{ font-size: 1.15rem; margin-top: 2rem; }}
p.note {{ color: #444; }}
</style>
</head>
<body>
<h1>Werkstress-assistent: gebruik en waardering</h1>
<p class="note">Gemaakt op {generated:%d-%m-%Y %H:%M}. {figures.conversations} gesprekken in de bewaartermijn.
Alleen tellingen: geen berichten, geen namen of gebruikers-id's.</p>
<h2>Gesprekken per thema</h2>
{_bars(themes, max([count for _, count, _ in themes], default=0))}
<h2>Nuttig per kennisitem (antwoorden op "Was dit nuttig?")</h2>
{_bars(helpful, 100) if helpful else '<p class="note">Nog geen antwoorden op "Was dit nuttig?".</p>'}
<h2>Niet begrepen (fallback) per intent</h2>
{_bars(fallback, 100)}
<h2>"Weet ik niet" per intent</h2>
{_bars(not_known, 100)}
<h2>Kennisitems die nooit getoond zijn ({len(figures.never_shown)})</h2>
<ul>{never}</ul>
</body>
</html>
"""
