"""The bot's messages as Teams shows them, and Teams' button clicks back as the bot's payloads.

The bot writes one convention for every channel (domain.yml): plain text with line breaks and
bare https:// URLs, plus buttons {title, payload}. In Teams:

- text is sent as Markdown (`textFormat: markdown`) in the subset Teams shows on desktop and
  mobile alike: every line break becomes a paragraph break (Teams joins single line breaks),
  bare URLs become Markdown links, and the characters that would start emphasis or code are
  escaped;
- buttons become a Hero card (at most 6 buttons a card, more cards for more). A button whose
  title belongs to exactly one payload in the domain is an `imBack`: the click shows the title as
  the user's message and sends it, and the channel maps it back to the payload. Other buttons
  (titles made by the actions, such as knowledge items) are `messageBack`: the title is shown as
  the user's message and the payload comes back as the value. A button with a URL is `openUrl`.
"""

import re
from typing import Any, Dict, Iterable, List, Optional, Text

from botbuilder.schema import ActionTypes, Attachment, CardAction, HeroCard

HERO_CARD = "application/vnd.microsoft.card.hero"
MAX_BUTTONS_PER_CARD = 6
# A bare URL up to white space; trailing punctuation belongs to the sentence.
URL = re.compile(r"https?://[^\s<>\"]+")
TRAILING = ".,;:!?)]'"
MARKDOWN_SPECIAL = re.compile(r"([\\*_`~])")


def _escape(text: Text) -> Text:
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _link(url: Text) -> Text:
    label = re.sub(r"^https?://", "", url).rstrip("/")
    target = url.replace("(", "%28").replace(")", "%29")
    return f"[{_escape(label)}]({target})"


def _line(line: Text) -> Text:
    parts: List[Text] = []
    position = 0
    for match in URL.finditer(line):
        url = match.group(0)
        while url and url[-1] in TRAILING:
            url = url[:-1]
        parts.append(_escape(line[position : match.start()]))
        parts.append(_link(url))
        position = match.start() + len(url)
    parts.append(_escape(line[position:]))
    return "".join(parts)


def teams_markdown(text: Text) -> Text:
    """Plain text with line breaks and bare URLs as the Markdown subset Teams shows."""
    lines = [_line(line.rstrip()) for line in text.strip().split("\n")]
    return "\n\n".join(line for line in lines if line.strip())


def imback_titles(responses: Dict[Text, List[Dict[Text, Any]]]) -> Dict[Text, Text]:
    """Button titles of the domain that belong to exactly one payload: title → payload."""
    payloads: Dict[Text, set] = {}
    for variants in responses.values():
        for variant in variants or []:
            for button in variant.get("buttons") or []:
                title, payload = button.get("title"), button.get("payload")
                if isinstance(title, str) and isinstance(payload, str):
                    # Rasa sends "{{" in a domain payload as "{" (its response interpolation).
                    payloads.setdefault(title, set()).add(payload.replace("{{", "{").replace("}}", "}"))
    return {title: next(iter(found)) for title, found in payloads.items() if len(found) == 1}


def card_action(button: Dict[Text, Any], imback: Dict[Text, Text]) -> Optional[CardAction]:
    title, payload = button.get("title"), button.get("payload")
    url = button.get("url") or (payload if isinstance(payload, str) and URL.fullmatch(payload) else None)
    if not isinstance(title, str) or not title:
        return None
    if button.get("type") == "web_url" or url:
        return CardAction(type=ActionTypes.open_url, title=title, value=url) if url else None
    if not isinstance(payload, str):
        return None
    if imback.get(title) == payload:
        return CardAction(type=ActionTypes.im_back, title=title, value=title)
    return CardAction(
        type=ActionTypes.message_back, title=title, text=title, display_text=title, value={"payload": payload}
    )


def hero_cards(buttons: Iterable[Dict[Text, Any]], imback: Dict[Text, Text]) -> List[Attachment]:
    actions = [action for action in (card_action(button, imback) for button in buttons) if action]
    return [
        Attachment(content_type=HERO_CARD, content=HeroCard(buttons=actions[start : start + MAX_BUTTONS_PER_CARD]))
        for start in range(0, len(actions), MAX_BUTTONS_PER_CARD)
    ]


def payload_of(text: Text, value: Any, imback: Dict[Text, Text]) -> Text:
    """What the bot should read from a Teams message: a messageBack's payload, an imBack title's
    payload, or else the text as typed."""
    if isinstance(value, dict) and isinstance(value.get("payload"), str):
        return value["payload"]
    return imback.get(text, text)
