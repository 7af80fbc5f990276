/* The Werkstress-assistent web widget: the project's own code, no framework, no other host.
 *
 * Served inside /webchat/widget.js by channels/webchat.py, which defines `script` (the <script>
 * element that loaded it), `io` (the vendored socket.io client) and `css` (widget.css) before
 * this code. An intranet page embeds it with one tag:
 *
 *   <script src="https://bot.example/webchat/widget.js" defer></script>
 *
 * Optional attributes: data-title (the panel's title), data-color (a #rrggbb colour with a
 * contrast of at least 4.5:1 on white), data-token (a signed identity token). A page that knows
 * its user may instead define window.WerkstressChat = { getToken: function () { ... } },
 * returning a token (or a promise of one, or null); the widget calls it at every connect, so
 * also for a fresh token when the last one expired.
 *
 * Bot and user text is only ever set as text nodes, never parsed as HTML.
 */

var TEXT = {
  launcher: "Vragen over werkstress?",
  title: "Werkstress-assistent",
  close: "Chat sluiten",
  newChat: "Nieuw gesprek",
  erase: "Gesprek wissen",
  log: "Gesprek",
  you: "U: ",
  bot: "Assistent: ",
  input: "Uw bericht",
  hint: "Enter verstuurt het bericht, Shift+Enter begint een nieuwe regel.",
  send: "Versturen",
  typing: "De assistent typt",
  newTab: " (opent in een nieuw tabblad)",
  connecting: "Verbinden met de assistent…",
  reconnecting: "De verbinding is weggevallen. Ik probeer opnieuw te verbinden…",
  reconnected: "Weer verbonden.",
  unreachable: "De assistent is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.",
  cut: "De verbinding is verbroken. Verstuur een bericht om opnieuw te verbinden.",
};
var ERASE_PAYLOAD = "/forget_conversation";
var URL_PATTERN = /https:\/\/[^\s<>"']+/g;

if (!script || !script.src || window.__werkstressChat) {
  return;
}
window.__werkstressChat = true;

var base = script.src.replace(/\/webchat\/widget\.js(?:[?#].*)?$/, "");
var server = new URL(base + "/");
var storageKey = "werkstress-chat:" + base;
var options = script.dataset || {};

// --- what the tab remembers: the conversation and its resume secret, nothing said --------

function remembered() {
  try {
    return JSON.parse(window.sessionStorage.getItem(storageKey)) || {};
  } catch (error) {
    return {};
  }
}

function remember(changes) {
  var state = remembered();
  Object.keys(changes).forEach(function (key) {
    state[key] = changes[key];
  });
  try {
    window.sessionStorage.setItem(storageKey, JSON.stringify(state));
  } catch (error) {
    // Storage off: the conversation lasts as long as the page.
  }
}

// --- building the widget --------------------------------------------------------------------

function el(tag, attributes, children) {
  var node = document.createElement(tag);
  Object.keys(attributes || {}).forEach(function (name) {
    node.setAttribute(name, attributes[name]);
  });
  (children || []).forEach(function (child) {
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  });
  return node;
}

function luminance(hex) {
  var channels = [1, 3, 5].map(function (start) {
    var value = parseInt(hex.substr(start, 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function chatIcon() {
  var ns = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  var path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M4 4h16a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H9l-5 4v-4H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1z");
  svg.appendChild(path);
  return svg;
}

var host = el("div", { id: "werkstress-chat", lang: "nl" });
var shadow = host.attachShadow({ mode: "open" });
if (window.CSSStyleSheet && "adoptedStyleSheets" in shadow) {
  // A constructed style sheet also works under a Content-Security-Policy without 'unsafe-inline'.
  var sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  shadow.adoptedStyleSheets = [sheet];
} else {
  shadow.appendChild(el("style", {}, [css]));
}
if (/^#[0-9a-fA-F]{6}$/.test(options.color || "")) {
  if ((1.05 / (luminance(options.color) + 0.05)) >= 4.5) {
    host.style.setProperty("--ws-accent", options.color);
  } else if (window.console) {
    window.console.warn("Werkstress-widget: data-color " + options.color + " heeft te weinig contrast met wit");
  }
}

var launcher = el("button", { type: "button", class: "ws-launcher", "aria-expanded": "false", "aria-controls": "ws-panel" }, [
  chatIcon(),
  el("span", {}, [TEXT.launcher]),
]);
var title = el("h2", { id: "ws-title", class: "ws-title" }, [options.title || TEXT.title]);
var newButton = el("button", { type: "button", class: "ws-new" }, [TEXT.newChat]);
var closeButton = el("button", { type: "button", class: "ws-close" }, [
  el("span", { "aria-hidden": "true" }, ["×"]),
  el("span", { class: "ws-sr" }, [TEXT.close]),
]);
var privacyText = el("span", { class: "ws-privacy-text" });
var eraseButton = el("button", { type: "button", class: "ws-erase" }, [TEXT.erase]);
var status = el("p", { class: "ws-status", role: "status" });
var log = el("section", { class: "ws-log", tabindex: "0", "aria-label": TEXT.log });
var typing = el("p", { class: "ws-typing", hidden: "" }, [
  TEXT.typing,
  el("span", { class: "ws-dots", "aria-hidden": "true" }, [el("span"), el("span"), el("span")]),
]);
var live = el("div", { class: "ws-sr", "aria-live": "polite" });
var input = el("textarea", { id: "ws-input", rows: "2", "aria-describedby": "ws-hint", autocomplete: "off" });
var sendButton = el("button", { type: "submit", class: "ws-send" }, [TEXT.send]);
var form = el("form", { class: "ws-form" }, [
  el("label", { for: "ws-input", class: "ws-sr" }, [TEXT.input]),
  input,
  el("p", { id: "ws-hint", class: "ws-sr" }, [TEXT.hint]),
  sendButton,
]);
var panel = el("div", { id: "ws-panel", class: "ws-panel", role: "dialog", "aria-labelledby": "ws-title", hidden: "" }, [
  el("div", { class: "ws-header" }, [title, newButton, closeButton]),
  el("p", { class: "ws-privacy" }, [privacyText, " ", eraseButton]),
  status,
  log,
  typing,
  live,
  form,
]);
shadow.appendChild(el("div", { class: "ws", lang: "nl" }, [launcher, panel]));
document.body.appendChild(host);

// --- showing messages -------------------------------------------------------------------------

function link(url, label, className) {
  // Only https links, opened in a new tab that cannot reach back into the intranet page.
  var anchor = el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, [label]);
  if (className) {
    anchor.className = className;
  }
  anchor.appendChild(el("span", { class: "ws-sr" }, [TEXT.newTab]));
  return anchor;
}

function appendLine(container, line) {
  var last = 0;
  line.replace(URL_PATTERN, function (match, offset) {
    var url = match.replace(/[.,;:!?)\]]+$/, "");
    container.appendChild(document.createTextNode(line.slice(last, offset)));
    container.appendChild(link(url, url));
    last = offset + url.length;
    return match;
  });
  container.appendChild(document.createTextNode(line.slice(last)));
}

function textBlock(text) {
  var block = el("div", { class: "ws-text" });
  String(text).split("\n").forEach(function (line, index) {
    if (index) {
      block.appendChild(el("br"));
    }
    appendLine(block, line);
  });
  return block;
}

function addMessage(from, text, buttons, announce) {
  var message = el("div", { class: "ws-msg ws-from-" + from }, [
    el("span", { class: "ws-sr" }, [from === "bot" ? TEXT.bot : TEXT.you]),
    textBlock(text),
  ]);
  if (buttons && buttons.length) {
    var choices = el("div", { class: "ws-choices" });
    buttons.forEach(function (button) {
      if (/^https:\/\//.test(button.url || "")) {
        choices.appendChild(link(button.url, button.title, "ws-choice"));
        return;
      }
      var choice = el("button", { type: "button", class: "ws-choice" }, [button.title]);
      choice.addEventListener("click", function () {
        send(button.payload, button.title);
        input.focus();
      });
      choices.appendChild(choice);
    });
    message.appendChild(choices);
  }
  log.appendChild(message);
  log.scrollTop = log.scrollHeight;
  if (announce) {
    var words = [text].concat((buttons || []).map(function (button) {
      return button.title;
    }));
    live.appendChild(el("p", {}, [TEXT.bot + words.join(". ")]));
  }
}

function clearLog() {
  log.textContent = "";
  live.textContent = "";
}

function setStatus(text) {
  status.textContent = text || "";
  status.hidden = !text;
}

// --- the connection ---------------------------------------------------------------------------

var socket = null;
var pending = 0;
var unsent = null;
var wasConnected = false;
var tokenRetried = false;
var renewing = false;
var stopped = false;

function tokenSource() {
  var page = window.WerkstressChat;
  if (page && typeof page.getToken === "function") {
    return function () {
      return page.getToken();
    };
  }
  return options.token ? function () {
    return options.token;
  } : null;
}

function auth(callback) {
  var anonymous = function () {
    var state = remembered();
    callback(state.conversation ? { conversation: state.conversation, resume: state.resume } : {});
  };
  var source = tokenSource();
  if (!source) {
    anonymous();
    return;
  }
  Promise.resolve()
    .then(source)
    .then(function (token) {
      if (token) {
        callback({ token: String(token) });
      } else {
        anonymous();
      }
    }, anonymous);
}

function setBusy(change) {
  pending = Math.max(0, pending + change);
  typing.hidden = pending === 0;
  if (pending) {
    log.scrollTop = log.scrollHeight;
  }
}

function emitMessage(text) {
  setBusy(1);
  socket.timeout(120000).emit("user_uttered", { message: text }, function (error, reply) {
    setBusy(-1);
    if (reply && reply.expired) {
      unsent = text;
      sessionEnded(reply.text);
    } else if (error && socket.connected && !stopped) {
      // No answer in time on a live connection (a lost connection has its own status line).
      setStatus(remembered().unreachable || TEXT.unreachable);
    }
  });
}

function sessionEnded(text) {
  // The page can give a fresh token once; otherwise the bot's "sessie verlopen" stays.
  var page = window.WerkstressChat;
  if (!tokenRetried && page && typeof page.getToken === "function") {
    tokenRetried = true;
    renewing = true;
    if (socket.connected) {
      socket.disconnect();
    }
    socket.connect();
    return;
  }
  stopped = true;
  setStatus("");
  addMessage("bot", text, [], true);
  input.disabled = true;
  sendButton.disabled = true;
}

function connect() {
  if (socket) {
    if (!socket.connected && !socket.active) {
      socket.connect();
    }
    return;
  }
  setStatus(TEXT.connecting);
  socket = io(server.origin, {
    path: server.pathname.replace(/\/$/, "") + "/webchat/socket.io",
    auth: auth,
    transports: ["websocket", "polling"],
    tryAllTransports: true,
    reconnectionDelayMax: 10000,
  });
  socket.on("connect", function () {
    setStatus(wasConnected ? TEXT.reconnected : "");
    wasConnected = true;
    tokenRetried = false;
    renewing = false;
    socket.emit("session_request");
    if (unsent !== null) {
      var text = unsent;
      unsent = null;
      emitMessage(text);
    }
  });
  socket.on("session_confirm", function (session) {
    remember({
      conversation: session.conversation,
      resume: session.resume,
      unreachable: session.unreachable,
    });
    privacyText.textContent = session.privacy || "";
  });
  socket.on("history", function (data) {
    if (log.childNodes.length) {
      return; // a reconnect: this page shows the conversation already
    }
    data.messages.forEach(function (message) {
      addMessage(message.from, message.text, message.buttons, false);
    });
  });
  socket.on("bot_uttered", function (message) {
    addMessage("bot", message.text, message.buttons, true);
  });
  socket.on("conversation_erased", function (message) {
    clearLog();
    addMessage("bot", message.text, [], true);
  });
  socket.on("connect_error", function (error) {
    var data = error && error.data;
    if (error && error.message === "token_expired") {
      sessionEnded(data && data.text);
    } else if (error && error.message === "token_invalid") {
      stopped = true;
      setStatus(data && data.text);
    } else if (wasConnected) {
      setStatus(TEXT.reconnecting); // the socket.io client keeps trying, with growing pauses
    } else {
      setStatus(remembered().unreachable || TEXT.unreachable);
    }
  });
  socket.on("disconnect", function (reason) {
    setBusy(-pending);
    if (stopped || renewing) {
      return;
    }
    setStatus(reason === "io server disconnect" || reason === "io client disconnect" ? TEXT.cut : TEXT.reconnecting);
  });
}

function send(text, shown) {
  if (!text.trim() || stopped) {
    return;
  }
  addMessage("user", shown || text, [], false);
  live.textContent = "";
  connect();
  emitMessage(text);
}

// --- opening, closing, keys -------------------------------------------------------------------

function open(focus) {
  panel.hidden = false;
  launcher.setAttribute("aria-expanded", "true");
  host.classList.add("ws-open");
  remember({ open: true });
  connect();
  if (focus) {
    input.focus();
  }
}

function close() {
  panel.hidden = true;
  launcher.setAttribute("aria-expanded", "false");
  host.classList.remove("ws-open");
  remember({ open: false });
  launcher.focus();
}

launcher.addEventListener("click", function () {
  if (panel.hidden) {
    open(true);
  } else {
    close();
  }
});
closeButton.addEventListener("click", close);
panel.addEventListener("keydown", function (event) {
  if (event.key === "Escape") {
    event.preventDefault();
    close();
  }
});
newButton.addEventListener("click", function () {
  clearLog();
  setBusy(-pending);
  remember({ conversation: null, resume: null });
  connect();
  if (socket.connected) {
    socket.emit("new_conversation");
  }
  input.focus();
});
eraseButton.addEventListener("click", function () {
  send(ERASE_PAYLOAD, TEXT.erase);
});
form.addEventListener("submit", function (event) {
  event.preventDefault();
  var text = input.value;
  input.value = "";
  send(text);
  input.focus();
});
input.addEventListener("keydown", function (event) {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit", { cancelable: true }));
  }
});

setStatus("");
if (remembered().open) {
  open(false);
}
