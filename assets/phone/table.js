// A table's page: its ministry's areas one by one; a choice and two texts per area,
// saved on the facilitator's laptop as they are typed. Nothing typed is lost: each
// change is kept on this device (localStorage) until the laptop confirms it, through
// reloads and lost connections. Devices at one table see each other's saves (the page
// polls with an ETag); a save that started from an older version is refused by the
// laptop, and this page merges: a field only one device changed takes that change, and
// a field both changed shows the saved text with this device's own kept beside it.
// Texts are only ever set as text. The page's own words come with it (#texts, in the
// device's language); the device may pick another language, kept in this browser (as
// on the phone page).
"use strict";
(function () {
  var base = document.body.getAttribute("data-base") || location.pathname.replace(/\/$/, "");
  var T = JSON.parse(document.getElementById("texts").textContent);
  // A message, its {holes} filled from `vars` (counts in the language's digits).
  function tr(id, vars) {
    return (T[id] || id).replace(/\{(\w+)\}/g, function (m, k) { return vars && k in vars ? num(vars[k]) : m; });
  }
  function num(v) {
    if (typeof v !== "number" || !T._bangla_digits) return v;
    return String(v).replace(/[0-9]/g, function (d) { return String.fromCharCode(0x09E6 + Number(d)); });
  }
  var chosen = null;
  try { chosen = localStorage.getItem("codi-lang"); } catch (e) { /* no store: the page's language stands */ }
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
      try { localStorage.setItem("codi-lang", sel.value); } catch (e) { /* this visit only */ }
      location.replace(location.pathname + "?lang=" + encodeURIComponent(sel.value));
    });
  })();
  var FIELDS = ["answer", "rationale", "evidence"];
  var state = null, etag = null, at = 0, failures = 0, closed = false;
  // Per area id: {base, baseContent, mine, dirty, conflict: {field: my value}, timer, edits}.
  var local = {};
  var $ = function (id) { return document.getElementById(id); };

  function say(text, err) { $("status").textContent = text; $("status").className = err ? "err" : ""; }
  function announce(text) { $("announce").textContent = text; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) { e.textContent = text; if (/[\u0980-\u09FF]/.test(text)) e.setAttribute("lang", "bn"); }
    return e;
  }
  function content(a) { return { answer: a.answer || null, rationale: a.rationale || "", evidence: a.evidence || "" }; }
  function same(x, y) { return FIELDS.every(function (f) { return (x[f] || "") === (y[f] || ""); }); }
  function copy(x) { return { answer: x.answer || null, rationale: x.rationale || "", evidence: x.evidence || "" }; }
  function area(id) { return state.areas.filter(function (x) { return x.id === id; })[0]; }

  // The device's copy of each area, kept in localStorage while it holds anything the
  // laptop does not have yet.
  function storeKey(id) { return "codi-draft:" + base + ":" + id; }
  function keep(id) {
    var m = local[id];
    var open = m.dirty || Object.keys(m.conflict).length > 0;
    try {
      if (open) localStorage.setItem(storeKey(id), JSON.stringify({ base: m.base, baseContent: m.baseContent, mine: m.mine, conflict: m.conflict }));
      else localStorage.removeItem(storeKey(id));
    } catch (e) { /* a full or private store: the copy in memory still holds it */ }
    unsaved();
  }
  function restore(a) {
    var m = { base: a.revision, baseContent: content(a), mine: content(a), dirty: false, conflict: {}, timer: null, edits: 0 };
    try {
      var kept = JSON.parse(localStorage.getItem(storeKey(a.id)) || "null");
      if (kept && kept.mine) {
        m.base = kept.base; m.baseContent = copy(kept.baseContent); m.mine = copy(kept.mine);
        m.conflict = kept.conflict || {}; m.dirty = !same(m.mine, m.baseContent);
      }
    } catch (e) { /* an unreadable copy: the laptop's version stands */ }
    return m;
  }
  // Areas holding changes the laptop does not have (also on <body> for checks).
  function unsaved() {
    var n = Object.keys(local).filter(function (id) { return local[id].dirty; }).length;
    document.body.setAttribute("data-unsaved", String(n));
    return n;
  }

  // Three-way merge of this device's copy with the laptop's newer version `theirs` (at
  // revision `rev`): what only one side changed is taken; what both changed differently
  // shows theirs, with ours kept aside. Returns whether anything was set aside.
  function merge(m, theirs, rev) {
    var clash = false;
    FIELDS.forEach(function (f) {
      var b = m.baseContent[f] || "", mine = m.mine[f] || "", t = theirs[f] || "";
      if (mine === t || t === b) return;          // the same, or only we changed it
      if (mine === b) { m.mine[f] = theirs[f]; return; } // only they changed it
      m.conflict[f] = m.mine[f]; m.mine[f] = theirs[f]; clash = true;
    });
    m.base = rev; m.baseContent = copy(theirs);
    m.dirty = !same(m.mine, m.baseContent);
    return clash;
  }

  function take(s) {
    var redraw = !state, here = state && state.areas[at] && state.areas[at].id, notice = null;
    s.areas.forEach(function (a) {
      var fresh = !local[a.id];
      var m = local[a.id] || (local[a.id] = restore(a));
      if (a.revision === m.base) {
        // Kept on this device from before a reload or an outage: send it now.
        if (fresh && m.dirty) schedule(a.id, 0);
        if (fresh) keep(a.id);
        return;
      }
      var before = copy(m.mine);
      var busy = m.dirty || Object.keys(m.conflict).length > 0;
      if (busy) {
        if (merge(m, content(a), a.revision) && a.id === here) {
          notice = tr("table-merged");
        }
        if (m.dirty) schedule(a.id, 300);
      } else {
        m.base = a.revision; m.baseContent = content(a); m.mine = content(a);
        if (a.id === here && !same(before, m.mine)) notice = tr("table-updated");
      }
      keep(a.id);
      if (a.id === here && !same(before, m.mine)) redraw = true;
    });
    if (state && (state.submitted !== s.submitted || state.note !== s.note)) redraw = true;
    state = s;
    var typing = document.activeElement && document.activeElement.tagName === "TEXTAREA";
    if (redraw && typing && !conflicted() && !answerChanged()) refresh();
    else if (redraw) draw();
    else drawActions();
    if (notice) { say(notice); announce(notice); }
  }
  // The boxes of the area on screen take the laptop's text in place, the caret kept:
  // the person's typing is all saved already (or it would be a merge, not this).
  function refresh() {
    var m = local[state.areas[at].id];
    ["rationale", "evidence"].forEach(function (f) {
      var t = $(f);
      if (!t || t.value === m.mine[f]) return;
      var end = t.selectionEnd === t.value.length, pos = t.selectionStart;
      t.value = m.mine[f];
      var to = end ? t.value.length : Math.min(pos, t.value.length);
      t.setSelectionRange(to, to);
    });
    drawActions();
  }
  function answerChanged() {
    var a = state.areas[at], shown = document.querySelector("button.choice[aria-pressed='true']>.num");
    return (shown ? shown.textContent : null) !== (local[a.id].mine.answer || null);
  }
  function conflicted() {
    var a = state && state.areas[at];
    return a && Object.keys(local[a.id].conflict).length > 0;
  }

  function draw() {
    if (!state) return;
    $("who").textContent = state.ministry;
    $("where").textContent = state.workshop + " · " + state.round_title;
    [$("who"), $("where")].forEach(function (e) { if (/[\u0980-\u09FF]/.test(e.textContent)) e.setAttribute("lang", "bn"); });
    var nav = $("nav"); nav.textContent = "";
    state.areas.forEach(function (a, k) {
      var done = !!local[a.id].mine.answer;
      var b = el("button", (done ? "done" : "") + (k === at ? " here" : ""), (done ? "✔" : "") + num(a.number));
      b.type = "button";
      b.setAttribute("aria-label", done ? tr("table-area-answered", { number: a.number, title: a.title, answer: local[a.id].mine.answer })
        : tr("table-area-not-answered", { number: a.number, title: a.title }));
      if (k === at) b.setAttribute("aria-current", "step");
      b.addEventListener("click", function () { go(k); });
      nav.appendChild(b);
    });
    drawArea(state.areas[at]);
    drawActions();
  }

  function go(k) {
    at = k; draw(); window.scrollTo(0, 0);
    var a = state.areas[k];
    announce(tr("table-area-of", { number: a.number, total: state.areas.length, title: a.title }));
  }

  function drawArea(a) {
    var m = local[a.id], main = $("main"), locked = state.submitted || state.validated;
    main.textContent = "";
    if (state.note) main.appendChild(el("p", "note", tr("table-note", { note: state.note })));
    if (state.validated) main.appendChild(el("p", "note", tr("table-validated-note")));
    else if (locked) main.appendChild(el("p", "note", tr("table-submitted-note")));
    main.appendChild(el("h1", "", num(a.number) + ". " + a.title));
    main.appendChild(el("p", "def", a.definition));
    if (a.questions.length) {
      var d = el("details"); d.appendChild(el("summary", "", tr("table-guiding-questions")));
      var ul = el("ul"); a.questions.forEach(function (q) { ul.appendChild(el("li", "", q)); });
      d.appendChild(ul); main.appendChild(d);
    }
    if (a.last) main.appendChild(el("div", "last", tr("table-last-round", { answer: a.last }) + (a.last_rationale ? "\n" + a.last_rationale : "")));
    state.scale.forEach(function (c, k) {
      var mine = m.mine.answer === c.code;
      var b = el("button", "choice");
      b.type = "button"; b.disabled = locked;
      b.setAttribute("aria-pressed", mine ? "true" : "false");
      var n = el("span", "num", c.code); n.style.background = c.color; n.style.color = c.ink; n.setAttribute("aria-hidden", "true");
      var t = el("span", "txt"); t.appendChild(el("span", "lab", c.label));
      t.appendChild(el("span", "", k < a.descriptors.length ? a.descriptors[k] : c.meaning));
      if (mine) t.appendChild(el("span", "mark", tr("table-your-choice")));
      b.appendChild(n); b.appendChild(t);
      b.addEventListener("click", function () {
        m.mine.answer = m.mine.answer === c.code ? null : c.code;
        delete m.conflict.answer;
        changed(a.id, 0); draw();
      });
      main.appendChild(b);
    });
    if ("answer" in m.conflict) aside(main, a, "answer");
    [["rationale", tr("table-rationale")], ["evidence", tr("table-evidence")]].forEach(function (f) {
      var l = el("label", "", f[1]); var t = el("textarea");
      t.maxLength = 4000; t.value = m.mine[f[0]]; t.id = f[0]; t.readOnly = locked;
      t.addEventListener("input", function () { m.mine[f[0]] = t.value; changed(a.id, 800); });
      l.appendChild(t); main.appendChild(l);
      if (f[0] in m.conflict) aside(main, a, f[0]);
    });
    main.appendChild(el("p", "keep", tr("table-kept-here")));
  }

  // This device's own version of a field another device changed too: shown beside the
  // saved one, to use, add, or drop.
  function aside(main, a, f) {
    var m = local[a.id], mine = m.conflict[f];
    var box = el("div", "mine");
    if (f === "answer") {
      box.appendChild(el("p", "", tr("table-other-chose", { theirs: m.mine.answer || tr("table-nothing"), mine: mine || tr("table-nothing") })));
    } else {
      box.appendChild(el("p", "", tr("table-other-typed")));
      box.appendChild(el("p", "", mine));
    }
    var opts = el("div", "opts");
    var use = el("button", "", f === "answer" ? tr("table-choose-again", { answer: mine || tr("table-nothing") }) : tr("table-use-mine"));
    use.addEventListener("click", function () { m.mine[f] = mine; delete m.conflict[f]; changed(a.id, 0); draw(); });
    opts.appendChild(use);
    if (f !== "answer") {
      var add = el("button", "", tr("table-add-mine"));
      add.addEventListener("click", function () { m.mine[f] = (m.mine[f] ? m.mine[f] + "\n" : "") + mine; delete m.conflict[f]; changed(a.id, 0); draw(); });
      opts.appendChild(add);
    }
    var drop = el("button", "", f === "answer" ? tr("table-keep-saved") : tr("table-drop-mine"));
    drop.addEventListener("click", function () { delete m.conflict[f]; keep(a.id); draw(); });
    opts.appendChild(drop);
    Array.prototype.forEach.call(opts.children, function (b) { b.type = "button"; b.disabled = state.submitted; });
    box.appendChild(opts);
    main.appendChild(box);
  }

  function answered() { return state.areas.filter(function (a) { return local[a.id].mine.answer; }).length; }

  function drawActions() {
    if (!state) return;
    var row = $("actions"); row.textContent = "";
    var prev = el("button", "", tr("table-previous")); prev.disabled = at === 0;
    prev.addEventListener("click", function () { go(at - 1); });
    var next = el("button", "", tr("table-next")); next.disabled = at === state.areas.length - 1;
    next.addEventListener("click", function () { go(at + 1); });
    var sub = el("button", "go", state.submitted ? tr("table-reopen") : tr("table-submit", { answered: answered(), total: state.areas.length }));
    sub.addEventListener("click", function () { submit(!state.submitted); });
    var buttons = state.validated ? [prev, next] : [prev, next, sub];
    buttons.forEach(function (b) { b.type = "button"; row.appendChild(b); });
    if (!say.busy && !failures && !closed) {
      var n = unsaved();
      say(state.validated ? tr("table-validated-note")
        : state.submitted ? tr("table-status-submitted")
        : n ? tr("table-status-unsaved", { count: n })
        : tr("table-status-answered", { answered: answered(), total: state.areas.length }));
    }
  }

  function changed(id, wait) {
    var m = local[id]; m.dirty = !same(m.mine, m.baseContent); m.edits += 1; keep(id);
    schedule(id, wait);
  }
  function schedule(id, wait) {
    var m = local[id]; clearTimeout(m.timer);
    m.timer = setTimeout(function () { save(id); }, wait);
  }

  function body(id) {
    var m = local[id];
    return { area: id, answer: m.mine.answer || "", rationale: m.mine.rationale, evidence: m.mine.evidence, base: m.base };
  }

  // Leaving or hiding the page (a reload, a phone going to sleep): send what is not
  // saved yet at once. (It is kept on the device as well.)
  function flush() {
    if (!state || !navigator.sendBeacon || closed) return;
    Object.keys(local).forEach(function (id) {
      if (local[id].dirty) { clearTimeout(local[id].timer); navigator.sendBeacon(base + "/save", JSON.stringify(body(id))); }
    });
  }
  window.addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", function () { if (document.hidden) flush(); else etag = null; });

  function save(id) {
    var m = local[id];
    if (!m.dirty || closed) return;
    if (m.sending) { schedule(id, 300); return; }
    var sent = body(id), edits = m.edits;
    m.sending = true; say.busy = true; say(tr("table-saving"));
    fetch(base + "/save" + lang, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(sent) })
      .then(function (r) { return r.json().then(function (j) { return [r.status, j]; }); })
      .then(function (x) {
        var status = x[0], r = x[1];
        m.sending = false; say.busy = false; failures = 0;
        if (status === 200) {
          m.base = r.revision; m.baseContent = copy({ answer: sent.answer || null, rationale: sent.rationale, evidence: sent.evidence });
          m.dirty = !same(m.mine, m.baseContent);
          var a = area(id); if (a) { a.revision = r.revision; a.answer = sent.answer || null; a.rationale = sent.rationale; a.evidence = sent.evidence; }
          keep(id); drawActions();
          say(m.dirty || m.edits !== edits ? tr("table-saving") : tr("table-saved", { time: new Date().toLocaleTimeString(T._lang) }));
          if (m.dirty) schedule(id, 800);
        } else if (status === 409 && r.saved) {
          var clash = merge(m, r.saved, r.saved.revision);
          keep(id);
          if (clash) {
            say(tr("table-both-shown"), true);
            announce(tr("table-merged"));
          }
          if (m.dirty) schedule(id, 0);
          draw();
        } else if (status === 423) {
          if (r.validated) state.validated = true; else state.submitted = true;
          keep(id); draw();
          say(r.message, true);
        } else if (status === 410) {
          close(r.message);
        } else {
          say(tr("table-not-saved", { message: r.message }), true);
        }
      })
      .catch(function () {
        m.sending = false; say.busy = false; failures += 1;
        say(failures >= 3 ? gone() : tr("table-not-saved-yet"), true);
        schedule(id, 3000);
      });
  }

  function gone() {
    return tr("table-lost");
  }

  function close(message) {
    closed = true;
    var n = unsaved();
    say(message + (n ? " " + tr("table-kept-until-open", { count: n }) : ""), true);
  }

  function submit(on) {
    fetch(base + "/submit" + lang, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ submitted: on }) })
      .then(function (r) { return r.json(); })
      .then(function (r) { if (r.ok) { state.submitted = on; etag = null; draw(); } say(r.message, !r.ok); })
      .catch(function () { say(tr(on ? "table-not-submitted" : "table-not-reopened"), true); });
  }

  function poll() {
    var h = {}; if (etag) h["If-None-Match"] = etag;
    fetch(base + "/state" + lang, { headers: h, cache: "no-store" }).then(function (r) {
      if (r.status === 304) { failures = 0; return null; }
      if (r.status === 410 || r.status === 404) return r.json().then(function (b) { failures = 0; close(b.message); return null; });
      if (r.status === 429) return r.json().then(function (b) { say(b.message, true); return null; });
      if (!r.ok) throw new Error("status " + r.status);
      etag = r.headers.get("ETag");
      return r.json();
    }).then(function (s) {
      if (!s) return;
      var back = closed || failures > 0;
      failures = 0; closed = false;
      take(s);
      // Back after an outage or a reopening: send what was kept meanwhile.
      if (back) Object.keys(local).forEach(function (id) { if (local[id].dirty) schedule(id, 0); });
    }).catch(function () {
      failures += 1;
      say(failures >= 3 ? gone() : tr("table-retrying"), true);
    }).then(function () { setTimeout(poll, closed ? 10000 : failures >= 3 ? 3000 : 2000); });
  }
  poll();
})();
