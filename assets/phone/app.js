// The phone page: poll the state (with ETag), draw the open area, send a tap as a vote.
// The server issues this phone a device token when it joins (kept in this browser only,
// per vote, never shown). A vote by someone else changes only the count on the page:
// nothing is redrawn and the focus stays where it is. A new area scrolls to the top and
// is announced to screen readers. Texts are only ever set as text. The page's own words
// come with it (#texts, in the phone's language); the phone may pick another language,
// kept in this browser.
"use strict";
(function () {
  var base = document.body.getAttribute("data-base") || location.pathname.replace(/\/$/, "");
  var T = JSON.parse(document.getElementById("texts").textContent);
  // A message, its {holes} filled from `vars`.
  function tr(id, vars) {
    return (T[id] || id).replace(/\{(\w+)\}/g, function (m, k) { return vars && k in vars ? vars[k] : m; });
  }
  var chosen = localStorage.getItem("codi-lang");
  if (chosen && chosen !== T._lang && !/[?&]lang=/.test(location.search)) {
    location.replace(location.pathname + "?lang=" + encodeURIComponent(chosen));
    return;
  }
  var lang = "?lang=" + encodeURIComponent(T._lang);
  (function languages() {
    var box = document.getElementById("lang-box"), sel = document.getElementById("lang");
    (T._languages || []).forEach(function (l) {
      var o = document.createElement("option");
      o.value = l[0]; o.textContent = l[1];
      if (l[0] === T._lang) o.selected = true;
      sel.appendChild(o);
    });
    box.hidden = (T._languages || []).length < 2;
    sel.addEventListener("change", function () {
      localStorage.setItem("codi-lang", sel.value);
      location.replace(location.pathname + "?lang=" + encodeURIComponent(sel.value));
    });
  })();
  var key = "codi-device:" + base;
  var token = localStorage.getItem(key);
  var etag = null, state = null, shown = null, failures = 0, ended = false;
  var $ = function (id) { return document.getElementById(id); };
  var main = $("main");

  function say(text, err) { $("status").textContent = text; $("status").className = err ? "err" : ""; }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    langOf(e, text);
    return e;
  }
  // Bangla text is marked as such, so that a screen reader reads it in Bangla.
  function langOf(e, text) {
    if (text && /[\u0980-\u09FF]/.test(text)) e.setAttribute("lang", "bn");
  }

  // What the page shows, apart from the count of votes: a change here redraws.
  function view(s) {
    if (!s || !s.open) return JSON.stringify(["closed", s && s.message]);
    return JSON.stringify([s.area, s.round, s.ministry_id, s.revealed, s.your_vote, s.result, s.message]);
  }

  function draw() {
    var now = view(state);
    var newArea = !shown || !state || JSON.parse(shown)[0] !== (state.open ? state.area : "closed");
    if (now === shown) { counts(); return; }
    shown = now;
    main.textContent = "";
    if (!state || !state.open) {
      $("where").textContent = state ? state.workshop : "";
      main.appendChild(el("h1", "", tr("phone-waiting-title")));
      say(state && state.message ? state.message : tr("phone-waiting"));
      return;
    }
    $("where").textContent = state.workshop + " · " + state.ministry + " · " + state.round_title;
    langOf($("where"), $("where").textContent);
    main.appendChild(el("p", "step", state.area_text));
    var h = el("h1", "", state.title);
    h.tabIndex = -1;
    main.appendChild(h);
    main.appendChild(el("p", "def", state.definition));
    main.appendChild(el("p", "anon", tr("phone-anonymous")));
    var voted = el("p", "anon"); voted.id = "voted"; main.appendChild(voted);
    if (state.revealed) drawResult(); else drawChoices();
    counts();
    if (newArea) {
      // The facilitator moved on: the new area from its top, and said aloud.
      window.scrollTo(0, 0);
      $("announce").textContent = state.area_text + ": " + state.title;
    }
  }

  function counts() {
    var v = $("voted");
    if (v && state && state.open) v.textContent = state.voted_text;
  }

  function drawChoices() {
    state.choices.forEach(function (c) {
      var mine = state.your_vote === c.code;
      var b = el("button", "choice");
      b.type = "button";
      b.setAttribute("aria-pressed", mine ? "true" : "false");
      b.appendChild(chip(c));
      var t = el("span", "txt");
      t.appendChild(el("span", "lab", c.label));
      t.appendChild(el("span", "", c.text));
      if (mine) t.appendChild(el("span", "mark", tr("phone-your-mark")));
      b.appendChild(t);
      b.addEventListener("click", function () { vote(c.code); });
      main.appendChild(b);
    });
    var mine = yours();
    say(mine ? tr("phone-your-vote", { vote: mine }) : tr("phone-tap"));
  }

  function chip(c) {
    var n = el("span", "num", c.code);
    n.setAttribute("aria-hidden", "true");
    n.style.background = c.color; n.style.color = c.ink;
    return n;
  }

  function yours() {
    if (!state.your_vote) return null;
    var mine = state.choices.filter(function (c) { return c.code === state.your_vote; })[0];
    return state.your_vote + (mine ? " " + mine.label : "");
  }

  // After the reveal: voting here is closed; the distribution if the facilitator shares it.
  function drawResult() {
    var r = state.result;
    if (r) {
      var top = Math.max.apply(null, r.counts.concat([1]));
      main.appendChild(el("p", "fig", r.text));
      state.choices.forEach(function (c, k) {
        var row = el("div", "bar");
        row.appendChild(chip(c));
        var t = el("span", "txt");
        t.appendChild(el("span", "lab", c.label + ": " + r.counts[k]));
        var fill = el("span", "fill");
        fill.style.width = Math.round(100 * r.counts[k] / top) + "%";
        fill.style.background = c.color;
        t.appendChild(fill);
        row.appendChild(t);
        main.appendChild(row);
      });
    }
    var mine = yours();
    say(mine ? tr("phone-closed-yours", { vote: mine }) : tr("phone-closed"));
  }

  // The vote is over (the server says so, or says this code is not open): nothing to
  // tap any more, and no more asking.
  function finish(message) {
    ended = true;
    state = null; shown = null;
    main.textContent = "";
    main.appendChild(el("h1", "", tr("phone-ended-title")));
    main.appendChild(el("p", "def", message));
    say(message);
  }

  function poll() {
    if (ended) return;
    var headers = {};
    if (token) headers["X-Device"] = token;
    if (etag) headers["If-None-Match"] = etag;
    fetch(base + "/state" + lang, { headers: headers, cache: "no-store" }).then(function (r) {
      failures = 0;
      if (r.status === 304) return null;
      if (r.status === 410 || r.status === 404) {
        return r.json().then(function (b) { finish(b.message || tr("phone-ended")); return null; });
      }
      if (r.status === 429) return r.json().then(function (b) { say(b.message, true); return null; });
      if (!r.ok) throw new Error("status " + r.status);
      etag = r.headers.get("ETag");
      return r.json();
    }).then(function (s) {
      if (!s) return;
      if (s.device) { token = s.device; localStorage.setItem(key, token); }
      state = s; draw();
    }).catch(function () {
      failures += 1;
      // A blip is normal on Wi-Fi; a laptop gone for longer is said plainly.
      say(failures >= 3 ? tr("phone-lost") : tr("phone-retrying"), true);
    }).then(function () { if (!ended) setTimeout(poll, failures >= 3 ? 3000 : 1500); });
  }

  function vote(code) {
    if (!state || !state.open || !token) return;
    say(tr("phone-sending"));
    fetch(base + "/vote" + lang, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Device": token },
      body: JSON.stringify({ round: state.round, ministry: state.ministry_id, area: state.area, answer: code })
    }).then(function (r) {
      if (r.status === 410) return r.json().then(function (b) { finish(b.message); return null; });
      return r.json();
    }).then(function (r) {
      if (!r) return;
      if (r.ok) { state.your_vote = r.your_vote; etag = null; draw(); }
      else { say(r.message, true); etag = null; }
    }).catch(function () { say(tr("phone-not-sent"), true); });
  }

  document.addEventListener("visibilitychange", function () { if (!document.hidden) { etag = null; } });
  poll();
})();
