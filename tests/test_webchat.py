"""The web widget in a real browser (Debian's Chromium, driven by Playwright) against both real
servers with the trained model: a conversation by mouse and by keyboard, axe-core, reflow and
reduced motion, and the channel's security (origins, conversations, tokens, limits, XSS).

Figures for the closing note (axe rules, greeting time, widget size) go to
results/webchat-metrics.json; a screenshot of the open widget to results/widget.png.
"""

import hashlib
import hmac
import json
import os
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, List

import jwt
import pytest

from conftest import ROOT
from scripts.servers import running_bot

pytestmark = [pytest.mark.conversation, pytest.mark.browser]

RASA_PORT = 5305
ACTIONS_PORT = 5355
BOT = f"http://localhost:{RASA_PORT}"
DEMO = f"{BOT}/webchat/demo"
TOKEN_SECRET = "test-only-token-secret-0123456789abcdef"
RATE_LIMIT = 10  # the tests' WERKSTRESS_RATE_LIMIT: a flood is reached sooner
CHROMIUM = os.environ.get("WERKSTRESS_CHROMIUM", "/usr/bin/chromium")
# As the machine's own check starts it: no sandbox as root, no calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RESULTS = ROOT / "results"
METRICS = RESULTS / "webchat-metrics.json"
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
STORAGE_KEY = f"werkstress-chat:{BOT}"
XSS = "<img src=x onerror=alert(1)>"
SITUATION = "Mijn medewerker zorgt voor haar zieke moeder"
LINK = "https://www.werkenmantelzorg.nl/branches/"
ADVICE = "Informeer helder over zorgverlof en mantelzorgregelingen"
# Signed-in conversations are named by their subject: new subjects each run start afresh.
RUN = uuid.uuid4().hex[:8]
SUBJECT = f"medewerker-{RUN}@voorbeeld.nl"


def record(**figures) -> None:
    """Adds figures to results/webchat-metrics.json."""
    RESULTS.mkdir(exist_ok=True)
    current = json.loads(METRICS.read_text()) if METRICS.exists() else {}
    current.update(figures)
    METRICS.write_text(json.dumps(current, indent=2, ensure_ascii=False))


# --- an intranet on other origins: one allowed, one not -------------------------------------


class IntranetPage(BaseHTTPRequestHandler):
    """A page of some intranet with the widget's one tag; /token?t=... also sets data-token."""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        token = re.search(r"[?&]t=([\w.-]+)", self.path)
        attribute = f' data-token="{token.group(1)}"' if token else ""
        page = (
            '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title>'
            f'<script src="{BOT}/webchat/widget.js"{attribute} defer></script></head>'
            "<body><main><h1>Intranet</h1><p>Een pagina van een intranet.</p></main></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def intranet() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), IntranetPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def environment(**values: str) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class Servers:
    """Both real servers (scripts/run.sh) with the trained model, restartable."""

    def __init__(self, allowed: str, foreign: str) -> None:
        self.allowed, self.foreign = allowed, foreign
        self.log = RESULTS / "webchat-servers.log"
        self._running = None

    def start(self) -> None:
        self._running = running_bot(RASA_PORT, ACTIONS_PORT, self.log)
        self._running.__enter__()

    def stop(self) -> None:
        if self._running is not None:
            self._running.__exit__(None, None, None)
            self._running = None


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    with intranet() as allowed, intranet() as foreign:
        settings = {
            "WERKSTRESS_ALLOWED_ORIGINS": allowed,
            "WERKSTRESS_WEBCHAT_TOKEN_SECRET": TOKEN_SECRET,
            "WERKSTRESS_RATE_LIMIT": str(RATE_LIMIT),
        }
        with environment(**settings):
            bot = Servers(allowed, foreign)
            bot.start()
            try:
                yield bot
            finally:
                bot.stop()


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium was not found at {CHROMIUM}. Install Debian's package (as root: "
            "apt-get install -y chromium; `make test` does it when run as root), or set WERKSTRESS_CHROMIUM."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Widget:
    """The widget on one page, seen and used as a person would."""

    def __init__(self, page) -> None:
        self.page = page
        self.errors: List[str] = []
        self.dialogs: List[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("dialog", self._dialog)
        self.root = page.locator("#werkstress-chat")
        self.launcher = self.root.locator(".ws-launcher")
        self.panel = self.root.locator(".ws-panel")
        self.log = self.root.locator(".ws-log")
        self.input = self.root.locator("textarea")
        self.status = self.root.locator(".ws-status")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def goto(self, url: str = DEMO) -> "Widget":
        self.page.goto(url)
        self.launcher.wait_for()
        return self

    def open(self) -> "Widget":
        if self.panel.is_hidden():
            self.launcher.click()
        self.panel.wait_for()
        return self

    def bot_says(self, text: str, timeout: float = 60_000):
        message = self.root.locator(".ws-from-bot", has_text=text).last
        message.wait_for(timeout=timeout)
        return message

    def greeted(self):
        return self.bot_says("digitale assistent")

    def say(self, text: str) -> None:
        self.input.fill(text)
        self.root.locator(".ws-send").click()

    def say_and_wait(self, text: str) -> None:
        """Says something and waits for a new bot message, whatever it is."""
        replies = self.root.locator(".ws-from-bot")
        before = replies.count()
        self.say(text)
        replies.nth(before).wait_for(timeout=60_000)

    def choose(self, title: str) -> None:
        self.root.get_by_role("button", name=title, exact=True).last.click()

    def stored(self) -> Dict:
        return json.loads(self.page.evaluate(f"sessionStorage.getItem({json.dumps(STORAGE_KEY)}) || '{{}}'"))

    def focused(self) -> Dict:
        """The focused element inside the widget (or on the page): tag, text, outline."""
        return self.page.evaluate(
            """() => {
              const host = document.querySelector('#werkstress-chat');
              const node = (host && host.shadowRoot.activeElement) || document.activeElement;
              const style = getComputedStyle(node);
              return {tag: node.tagName.toLowerCase(), text: node.textContent.trim(),
                      cls: node.className || '', outline: style.outlineStyle, width: style.outlineWidth};
            }"""
        )


@pytest.fixture
def widget(servers, browser) -> Iterator[Widget]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    yield Widget(page)
    context.close()


def events_of(sender: str) -> List[Dict]:
    with sqlite3.connect(ROOT / ".data" / "tracker.db") as database:
        rows = database.execute("SELECT data FROM events WHERE sender_id = ?", (sender,)).fetchall()
    return [json.loads(row[0]) for row in rows]


def user_texts(sender: str) -> List[str]:
    return [event.get("text") for event in events_of(sender) if event.get("event") == "user"]


def token(subject: str = SUBJECT, seconds: int = 600, secret: str = TOKEN_SECRET, **claims) -> str:
    now = int(time.time())
    return jwt.encode({"sub": subject, "iat": now, "exp": now + seconds, **claims}, secret, algorithm="HS256")


def identified_conversation(subject: str) -> str:
    secret = os.environ.get("WERKSTRESS_WEBCHAT_SECRET") or (ROOT / ".data" / "webchat-secret").read_text().strip()
    digest = hmac.new(secret.encode(), b"subject:" + subject.encode(), hashlib.sha256).hexdigest()
    return "webchat-id-" + digest[:32]


def with_tokens(widget: Widget, tokens: List[str]) -> None:
    """The page's documented callback: window.WerkstressChat.getToken, here giving these in turn."""
    widget.page.add_init_script(
        f"""window.__tokens = {json.dumps(tokens)}; window.__tokenCalls = 0;
        window.WerkstressChat = {{ getToken: function () {{
          window.__tokenCalls += 1;
          return Promise.resolve(window.__tokens.length > 1 ? window.__tokens.shift() : window.__tokens[0]);
        }} }};"""
    )


# --- a conversation -------------------------------------------------------------------------


def test_full_conversation_with_buttons_and_a_working_link(widget):
    widget.page.context.route(
        "https://www.werkenmantelzorg.nl/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Werk&amp;Mantelzorg</title>"),
    )
    widget.goto().open()
    widget.greeted()
    assert widget.root.get_attribute("lang") == "nl"
    assert "30 dagen" in widget.root.locator(".ws-privacy").inner_text()
    assert "medische gegevens van anderen" in widget.root.locator(".ws-privacy").inner_text()
    widget.page.evaluate(
        """() => {
          const typing = document.querySelector('#werkstress-chat').shadowRoot.querySelector('.ws-typing');
          window.__typingSeen = false;
          new MutationObserver(() => { if (!typing.hidden) window.__typingSeen = true; })
            .observe(typing, {attributes: true});
        }"""
    )
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")
    assert widget.page.evaluate("window.__typingSeen"), "no typing indicator while the bot worked"
    widget.choose("Ik ben leidinggevende")
    widget.bot_says("meeste behoefte")
    widget.choose(ADVICE)
    widget.bot_says("verlofregelingen")
    widget.say("Geef me de links")
    widget.bot_says("werkenmantelzorg.nl")
    RESULTS.mkdir(exist_ok=True)
    widget.page.screenshot(path=str(RESULTS / "widget.png"))  # committed once as docs/widget.png
    link = widget.log.locator(f'a[href="{LINK}"]').last  # a link button
    assert link.get_attribute("target") == "_blank"
    assert "noopener" in link.get_attribute("rel")
    with widget.page.expect_popup() as popup:
        link.click()
    opened = popup.value
    opened.wait_for_load_state()
    assert opened.url == LINK and opened.title() == "Werk&Mantelzorg"
    assert opened.evaluate("window.opener") is None
    # A bare address in the bot's text becomes a link too, without the comma after it.
    widget.say("Wat is calamiteitenverlof?")
    source = widget.bot_says("Bron: https://wetten.overheid.nl")
    in_text = source.locator('a[href="https://wetten.overheid.nl/BWBR0013008"]')
    assert in_text.get_attribute("target") == "_blank" and "noopener" in in_text.get_attribute("rel")
    assert in_text.evaluate("a => a.nextSibling.textContent.startsWith(', ')")
    # The conversation went to the bot under the server's id, with the user's words.
    conversation = widget.stored()["conversation"]
    assert re.fullmatch(r"webchat-[0-9a-f]{32}", conversation)
    assert SITUATION in user_texts(conversation)
    assert not widget.errors, widget.errors


def test_conversation_survives_navigation_and_nieuw_gesprek_starts_afresh(widget):
    widget.goto().open()
    widget.greeted()
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")
    first = widget.stored()["conversation"]
    widget.page.get_by_role("link", name="Verlof en zorg").click()
    widget.page.wait_for_url("**pagina=verlof")
    # Another page of the intranet: the widget is open again with the conversation so far.
    widget.panel.wait_for()
    widget.root.locator(".ws-from-user", has_text=SITUATION).wait_for()
    assert widget.stored()["conversation"] == first
    widget.choose("Ik ben leidinggevende")
    widget.bot_says("meeste behoefte")  # the bot still knows the theme: the context carried over
    widget.root.get_by_role("button", name="Nieuw gesprek").click()
    widget.greeted()
    assert widget.log.locator(".ws-from-user").count() == 0
    assert widget.stored()["conversation"] not in (None, first)


def test_keyboard_only_conversation(widget):
    widget.goto()
    keyboard = widget.page.keyboard
    for _ in range(20):
        keyboard.press("Tab")
        if "ws-launcher" in widget.focused()["cls"]:
            break
    focus = widget.focused()
    assert "ws-launcher" in focus["cls"] and focus["outline"] == "solid", focus
    keyboard.press("Enter")
    widget.greeted()
    assert widget.focused()["tag"] == "textarea"
    keyboard.type(SITUATION)
    keyboard.press("Enter")
    widget.bot_says("leidinggevende")

    def choose_by_keyboard(title: str) -> None:
        for _ in range(40):
            keyboard.press("Shift+Tab")
            if widget.focused()["text"] == title:
                break
        focus = widget.focused()
        assert focus["text"] == title and focus["outline"] == "solid", focus
        keyboard.press("Enter")

    choose_by_keyboard("Ik ben leidinggevende")
    widget.bot_says("meeste behoefte")
    choose_by_keyboard(ADVICE)
    widget.bot_says("verlofregelingen")
    assert widget.focused()["tag"] == "textarea"
    keyboard.type("Geef me de links")
    keyboard.press("Enter")
    widget.bot_says("werkenmantelzorg.nl")
    widget.page.context.route("https://www.werkenmantelzorg.nl/**", lambda route: route.fulfill(body="ok"))
    with widget.page.expect_popup() as popup:
        choose_by_keyboard("Brancheaanpak mantelzorg (opent in een nieuw tabblad)")
    assert popup.value.url == LINK
    widget.page.bring_to_front()
    keyboard.press("Escape")
    assert widget.panel.is_hidden()
    focus = widget.focused()
    assert "ws-launcher" in focus["cls"] and focus["outline"] == "solid", focus


# --- accessibility ----------------------------------------------------------------------------


def test_axe_finds_no_wcag_21_a_or_aa_violation(servers, browser):
    # The demo page's CSP forbids injected scripts; axe is added with the CSP bypassed.
    context = browser.new_context(viewport={"width": 1280, "height": 800}, bypass_csp=True)
    widget = Widget(context.new_page())
    widget.goto().open()
    widget.greeted()
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")
    widget.choose("Ik ben leidinggevende")
    widget.bot_says("meeste behoefte")
    widget.page.add_script_tag(path=str(AXE))
    result = widget.page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS
    )
    rules = sorted(
        {rule["id"] for kind in ("passes", "violations", "incomplete", "inapplicable") for rule in result[kind]}
    )
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]]) for v in result["violations"]]
    record(
        axe={
            "version": result["testEngine"]["version"],
            "tags": WCAG_TAGS,
            "rules_run": len(rules),
            "violations": len(violations),
            "incomplete": [rule["id"] for rule in result["incomplete"]],
        }
    )
    context.close()
    assert rules and not violations, violations


def test_usable_at_320_px_and_200_percent_zoom(servers, browser):
    for width, height in ((320, 640), (640, 400)):  # 640 x 400 CSS px: a 1280 x 800 window at 200 %
        context = browser.new_context(viewport={"width": width, "height": height})
        widget = Widget(context.new_page())
        widget.goto().open()
        widget.greeted()
        widget.page.wait_for_timeout(300)  # the panel's opening animation has ended
        box = widget.panel.bounding_box()
        assert box["x"] >= 0 and box["y"] >= 0, box
        assert box["x"] + box["width"] <= width and box["y"] + box["height"] <= height, box
        for part in (widget.input, widget.root.locator(".ws-send"), widget.root.locator(".ws-close")):
            part_box = part.bounding_box()
            assert part_box["x"] + part_box["width"] <= width and part_box["y"] + part_box["height"] <= height
        overflow = widget.log.evaluate("log => log.scrollWidth - log.clientWidth")
        assert overflow <= 0, f"the conversation scrolls sideways at {width} px"
        context.close()


def test_reduced_motion_is_respected(servers, browser):
    context = browser.new_context(reduced_motion="reduce")
    widget = Widget(context.new_page())
    widget.goto().open()
    widget.greeted()
    names = widget.page.evaluate(
        """() => {
          const root = document.querySelector('#werkstress-chat').shadowRoot;
          return [root.querySelector('.ws-panel'), root.querySelector('.ws-dots span')]
            .map(node => getComputedStyle(node).animationName);
        }"""
    )
    context.close()
    assert names == ["none", "none"]


def test_time_from_page_load_to_greeting(servers, browser):
    context = browser.new_context()
    widget = Widget(context.new_page())
    widget.goto()
    widget.open()
    widget.greeted()
    milliseconds = widget.page.evaluate("performance.now()")  # since the page's navigation started
    context.close()
    own = sum((ROOT / "webchat" / name).stat().st_size for name in ("widget.js", "widget.css"))
    with urllib.request.urlopen(f"{BOT}/webchat/widget.js", timeout=10) as response:
        served = len(response.read())
    record(greeting_ms=round(milliseconds), widget_own_bytes=own, widget_served_bytes=served)
    assert milliseconds < 15_000


# --- security ---------------------------------------------------------------------------------


def test_a_foreign_origin_is_refused_and_an_allowed_one_works(servers, browser):
    context = browser.new_context()
    foreign = Widget(context.new_page())
    foreign.goto(servers.foreign + "/").open()
    foreign.status.filter(has_text="niet bereikbaar").wait_for(timeout=20_000)
    foreign.page.wait_for_timeout(2000)
    assert foreign.root.locator(".ws-from-bot").count() == 0
    allowed = Widget(context.new_page())
    allowed.goto(servers.allowed + "/").open()
    allowed.greeted()
    context.close()
    # The socket.io server itself refuses the foreign origin, whatever the client.
    for origin, status in ((servers.foreign, 400), ("https://evil.example", 400), (servers.allowed, 200)):
        request = urllib.request.Request(
            f"{BOT}/webchat/socket.io/?EIO=4&transport=polling", headers={"Origin": origin}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                got = response.status
                assert response.headers.get_all("Access-Control-Allow-Origin") == [origin]
        except urllib.error.HTTPError as error:
            got = error.code
        assert got == status, origin


def test_no_client_joins_a_conversation_it_was_not_given(servers, browser):
    first = Widget(browser.new_context().new_page())
    first.goto().open()
    first.greeted()
    first.say(SITUATION)
    first.bot_says("leidinggevende")
    given = first.stored()
    other = Widget(browser.new_context().new_page())
    other.goto()
    attempts = [
        {"conversation": given["conversation"]},  # the id alone (as in a log or the database)
        {"conversation": given["conversation"], "resume": "0" * 64},  # a forged secret
        {"conversation": given["conversation"], "resume": hmac.new(b"guess", b"x", hashlib.sha256).hexdigest()},
    ]
    for attempt in attempts:
        other.page.evaluate(f"sessionStorage.setItem({json.dumps(STORAGE_KEY)}, {json.dumps(json.dumps(attempt))})")
        other.page.reload()
        other.open()
        other.greeted()
        other.page.wait_for_timeout(500)
        assert SITUATION not in other.log.inner_text()
        assert other.stored()["conversation"] != given["conversation"]
        other.say_and_wait("ik ben het, vertel verder")
    assert "ik ben het, vertel verder" not in user_texts(given["conversation"])
    # With the id and its secret (page navigation in the same tab) the conversation continues.
    other.page.evaluate(f"sessionStorage.setItem({json.dumps(STORAGE_KEY)}, {json.dumps(json.dumps(given))})")
    other.page.reload()
    other.open()
    other.root.locator(".ws-from-user", has_text=SITUATION).wait_for()
    first.page.context.close()
    other.page.context.close()


def test_signed_identity_continues_on_another_device_without_the_raw_subject(servers, browser):
    subject = f"a.de.vries-{RUN}@voorbeeld.nl"
    laptop = Widget(browser.new_context().new_page())
    with_tokens(laptop, [token(subject)])
    laptop.goto().open()
    laptop.greeted()
    laptop.say(SITUATION)
    laptop.bot_says("leidinggevende")
    conversation = identified_conversation(subject)
    assert SITUATION in user_texts(conversation)
    assert laptop.stored().get("conversation") is None  # nothing to steal from the tab
    with sqlite3.connect(ROOT / ".data" / "tracker.db") as database:
        assert (
            database.execute("SELECT count(*) FROM events WHERE sender_id LIKE ?", (f"%{subject}%",)).fetchone()[0] == 0
        )
    phone = Widget(browser.new_context(viewport={"width": 360, "height": 740}).new_page())
    with_tokens(phone, [token(subject)])
    phone.goto().open()
    phone.root.locator(".ws-from-user", has_text=SITUATION).wait_for()
    someone_else = Widget(browser.new_context().new_page())
    with_tokens(someone_else, [token(f"b.jansen-{RUN}@voorbeeld.nl")])
    someone_else.goto().open()
    someone_else.greeted()
    assert SITUATION not in someone_else.log.inner_text()
    for widget in (laptop, phone, someone_else):
        widget.page.context.close()


@pytest.mark.parametrize(
    "forged",
    [
        pytest.param(lambda: token(secret="not-the-shared-secret-0123456789abcdef"), id="wrong-secret"),
        pytest.param(lambda: token(seconds=2 * 3600), id="longer-than-an-hour"),
        pytest.param(lambda: jwt.encode({"sub": "x@voorbeeld.nl"}, TOKEN_SECRET, algorithm="HS256"), id="no-exp"),
        pytest.param(
            lambda: jwt.encode({"sub": "x@voorbeeld.nl", "exp": int(time.time()) + 600}, None, algorithm="none"),
            id="alg-none",
        ),
        pytest.param(lambda: token() + "x", id="bad-signature"),
    ],
)
def test_a_forged_token_is_refused(widget, forged):
    with_tokens(widget, [forged()])
    widget.goto().open()
    widget.status.filter(has_text="Ik kan niet controleren wie u bent").wait_for(timeout=20_000)
    assert widget.root.locator(".ws-from-bot").count() == 0


def test_an_expired_token_ends_the_session_in_dutch(servers, browser):
    widget = Widget(browser.new_context().new_page())
    widget.goto(f"{servers.allowed}/token?t={token(seconds=-60)}").open()  # no callback to renew it
    widget.bot_says("Uw sessie is verlopen")
    assert widget.input.is_disabled()
    widget.page.context.close()


def test_an_expired_token_is_renewed_through_the_page_callback(widget):
    with_tokens(widget, [token(seconds=-60), token(seconds=4), token(seconds=600)])
    widget.goto().open()
    widget.greeted()  # the expired token was refused; the page gave a fresh one
    assert widget.page.evaluate("window.__tokenCalls") == 2
    time.sleep(5)  # the second token has expired now, with the socket still open
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")  # answered once the page gave the third token
    assert widget.page.evaluate("window.__tokenCalls") == 3
    assert widget.root.locator(".ws-from-bot", has_text="sessie is verlopen").count() == 0


def test_markup_in_a_message_shows_as_text_and_runs_nothing(widget):
    widget.goto().open()
    widget.greeted()
    widget.say(XSS)
    mine = widget.root.locator(".ws-from-user .ws-text").last
    mine.wait_for()
    widget.page.wait_for_timeout(1500)
    assert mine.inner_text() == XSS
    assert widget.root.locator(".ws-log img").count() == 0
    assert not widget.dialogs and not widget.errors


def test_too_long_a_message_is_refused_in_dutch_and_not_stored(widget):
    widget.goto().open()
    widget.greeted()
    long_message = "werkdruk " + "ik heb het erg druk " * 120
    assert len(long_message) > 2000
    widget.say(long_message)
    widget.bot_says("Uw bericht is te lang: ik kan berichten tot 2000 tekens lezen")
    widget.say("praat ik met een mens?")
    widget.bot_says("Mijn antwoorden komen uit")
    texts = user_texts(widget.stored()["conversation"])
    assert "praat ik met een mens?" in texts and long_message not in texts


def test_a_flood_is_slowed_and_then_cut(widget):
    widget.goto().open()
    widget.greeted()
    for number in range(2 * RATE_LIMIT + 1):  # the last one is past twice the limit
        widget.say(f"hallo {number}")
    widget.bot_says("Even rustig aan")
    widget.status.filter(has_text="De verbinding is verbroken").wait_for(timeout=60_000)
    stored = user_texts(widget.stored()["conversation"])
    assert 0 < len([text for text in stored if text.startswith("hallo ")]) <= RATE_LIMIT


def test_erasure_from_the_widget(widget):
    widget.goto().open()
    widget.greeted()
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")
    conversation = widget.stored()["conversation"]
    assert events_of(conversation)
    widget.root.get_by_role("button", name="Gesprek wissen").click()
    widget.bot_says("Uw gesprek is gewist")
    assert widget.log.locator(".ws-from-user").count() == 0
    assert events_of(conversation) == []


def test_reconnects_after_a_server_restart(servers, browser):
    widget = Widget(browser.new_context().new_page())
    widget.goto().open()
    widget.greeted()
    widget.say(SITUATION)
    widget.bot_says("leidinggevende")
    conversation = widget.stored()["conversation"]
    servers.stop()
    widget.status.filter(has_text="Ik probeer opnieuw te verbinden").wait_for(timeout=30_000)
    servers.start()
    widget.status.filter(has_text="Weer verbonden").wait_for(timeout=60_000)
    widget.choose("Ik ben leidinggevende")
    widget.bot_says("meeste behoefte")
    assert widget.stored()["conversation"] == conversation
    widget.page.context.close()


def test_a_socket_asking_for_conversation_after_conversation_is_cut(servers):
    import socketio  # python-socketio, which Rasa ships: a client that is no browser

    client = socketio.Client(reconnection=False)
    client.connect(BOT, socketio_path="/webchat/socket.io", transports=["polling"])
    for _ in range(RATE_LIMIT + 2):
        client.emit("new_conversation")
    deadline = time.monotonic() + 60
    while client.connected and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not client.connected
