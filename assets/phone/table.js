// A table's page: its ministry's areas one by one; a choice and two texts per area,
// saved on the facilitator's laptop as they are typed. Polls the state (with ETag) so
// devices at one table see each other's saves. Texts are only ever set as text.
"use strict";
(function () {
  var base = location.pathname.replace(/\/$/, "");
  var state = null, etag = null, at = 0;
  // Per area id: {base: revision started from, dirty: unsaved local change, timer}.
  var local = {};
  var $ = function (id) { return document.getElementById(id); };

  function say(text, err) { $("status").textContent = text; $("status").className = err ? "err" : ""; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function mine(a) {
    if (!local[a.id]) local[a.id] = { base: a.revision, dirty: false, timer: null };
    return local[a.id];
  }
  // The area as the state holds it now (a poll replaces the state's objects).
  function current(id) { return state.areas.filter(function (x) { return x.id === id; })[0]; }
  function answered() { return state.areas.filter(function (a) { return a.answer; }).length; }

  function draw() {
    if (!state) return;
    $("where").textContent = state.workshop + " · " + state.round_title;
    $("note").textContent = "";
    if (state.note) $("note").appendChild(el("p", "note", "From the facilitator: " + state.note));
    var nav = $("nav"); nav.textContent = "";
    state.areas.forEach(function (a, k) {
      var b = el("button", (a.answer ? "done" : "") + (k === at ? " here" : ""), String(a.number));
      b.type = "button";
      b.setAttribute("aria-label", "Area " + a.number + ": " + a.title + (a.answer ? " (answered " + a.answer + ")" : ""));
      b.addEventListener("click", function () { at = k; draw(); window.scrollTo(0, 0); });
      nav.appendChild(b);
    });
    drawArea(state.areas[at]);
    drawActions();
  }

  function drawArea(a) {
    var main = $("main"); main.textContent = "";
    main.appendChild(el("h1", "", state.ministry));
    main.appendChild(el("h1", "", a.number + ". " + a.title));
    main.appendChild(el("p", "def", a.definition));
    if (a.questions.length) {
      var d = el("details"); d.appendChild(el("summary", "", "Guiding questions"));
      var ul = el("ul"); a.questions.forEach(function (q) { ul.appendChild(el("li", "", q)); });
      d.appendChild(ul); main.appendChild(d);
    }
    if (a.last) main.appendChild(el("div", "last", "Last round: " + a.last + (a.last_rationale ? "\n" + a.last_rationale : "")));
    state.scale.forEach(function (c, k) {
      var b = el("button", "choice" + (a.answer === c.code ? " mine" : ""));
      b.type = "button";
      var n = el("span", "num", c.code); n.style.background = c.color; n.style.color = c.ink;
      var t = el("span", "txt"); t.appendChild(el("span", "lab", c.label));
      t.appendChild(document.createTextNode(k < a.descriptors.length ? a.descriptors[k] : c.meaning));
      b.appendChild(n); b.appendChild(t);
      b.addEventListener("click", function () {
        var cur = current(a.id);
        cur.answer = cur.answer === c.code ? null : c.code; changed(cur.id, 0); draw();
      });
      main.appendChild(b);
    });
    [["rationale", "Rationale: why this level?"], ["evidence", "Evidence: documents, data, examples"]].forEach(function (f) {
      var l = el("label", "", f[1]); var t = el("textarea");
      t.maxLength = 4000; t.value = a[f[0]]; t.id = f[0];
      t.addEventListener("input", function () { current(a.id)[f[0]] = t.value; changed(a.id, 800); });
      l.appendChild(t); main.appendChild(l);
    });
  }

  function drawActions() {
    var row = $("actions"); row.textContent = "";
    var prev = el("button", "", "◀ Previous"); prev.disabled = at === 0;
    prev.addEventListener("click", function () { at -= 1; draw(); window.scrollTo(0, 0); });
    var next = el("button", "", "Next ▶"); next.disabled = at === state.areas.length - 1;
    next.addEventListener("click", function () { at += 1; draw(); window.scrollTo(0, 0); });
    var sub = el("button", "go", state.submitted ? "Reopen" : "Submit (" + answered() + " of " + state.areas.length + ")");
    sub.addEventListener("click", function () { submit(!state.submitted); });
    [prev, next, sub].forEach(function (b) { b.type = "button"; row.appendChild(b); });
    if (!say.busy) say(state.submitted ? "Submitted. You can reopen until the facilitator locks the round." : answered() + " of " + state.areas.length + " areas answered. Everything saves by itself.");
  }

  // How many areas have changes not yet saved (also kept on <body> for checks).
  function unsaved() {
    var n = Object.keys(local).filter(function (id) { return local[id].dirty; }).length;
    document.body.setAttribute("data-unsaved", String(n));
    return n;
  }

  function changed(id, wait) {
    var m = mine(current(id)); m.dirty = true; m.edits = (m.edits || 0) + 1; unsaved();
    clearTimeout(m.timer);
    m.timer = setTimeout(function () { save(id); }, wait);
  }

  function body(a) {
    return { area: a.id, answer: a.answer || "", rationale: a.rationale, evidence: a.evidence, base: mine(a).base };
  }

  // Leaving or hiding the page (a reload, a phone going to sleep): send what is not
  // saved yet at once, without waiting for the pause in typing.
  function flush() {
    if (!state || !navigator.sendBeacon) return;
    state.areas.forEach(function (a) {
      var m = local[a.id];
      if (m && m.dirty) { clearTimeout(m.timer); navigator.sendBeacon(base + "/save", JSON.stringify(body(a))); }
    });
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () { if (document.hidden) flush(); else etag = null; });

  function save(id) {
    var a = current(id), m = mine(a), sent = m.edits; say.busy = true; say("Saving…");
    fetch(base + "/save", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body(a)) })
      .then(function (r) { return r.json(); })
      .then(function (r) {
        say.busy = false;
        // Typing that went on during the save stays unsaved (its timer is running).
        if (r.ok) { m.base = r.revision; current(id).revision = r.revision; if (m.edits === sent) m.dirty = false; unsaved(); say(r.message + " " + new Date().toLocaleTimeString()); }
        else say("Not saved: " + r.message, true);
      })
      .catch(function () { say.busy = false; say("Not saved: no connection to the facilitator's laptop. It will retry.", true); changed(id, 3000); });
  }

  function submit(on) {
    fetch(base + "/submit", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ submitted: on }) })
      .then(function (r) { return r.json(); })
      .then(function (r) { if (r.ok) { state.submitted = on; etag = null; draw(); } say(r.message, !r.ok); })
      .catch(function () { say("No connection to the facilitator's laptop.", true); });
  }

  // Take the server's state, keeping what this device has not saved yet.
  function merge(s) {
    var told = false, seen = !state;
    s.areas.forEach(function (a, k) {
      var m = local[a.id];
      var old = state && state.areas[k];
      if (m && m.dirty && old) { a.answer = old.answer; a.rationale = old.rationale; a.evidence = old.evidence; return; }
      if (m && a.revision > m.base) { told = told || (old && k === at); m.base = a.revision; }
      if (!old || old.answer !== a.answer || old.rationale !== a.rationale || old.evidence !== a.evidence) seen = true;
    });
    if (state && (state.submitted !== s.submitted || state.note !== s.note)) seen = true;
    var typing = document.activeElement && document.activeElement.tagName === "TEXTAREA";
    state = s;
    // Redraw only for what a person would see change, never under their typing.
    if (seen && !typing) draw();
    if (told) say("A newer save of this area is shown: from another device at your table, or from this one just before a reload.");
  }

  function poll() {
    var h = {}; if (etag) h["If-None-Match"] = etag;
    fetch(base + "/state", { headers: h, cache: "no-store" }).then(function (r) {
      if (r.status === 304) return null;
      if (r.status === 404) throw new Error("gone");
      if (!r.ok) throw new Error("status " + r.status);
      etag = r.headers.get("ETag");
      return r.json();
    }).then(function (s) { if (s) merge(s); })
      .catch(function (e) { say(e.message === "gone" ? "Table scoring is closed, or this code was replaced. Ask the facilitator." : "No connection to the facilitator's laptop. Retrying…", true); })
      .then(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
