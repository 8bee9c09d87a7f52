// The phone page: poll the state (with ETag), draw the open area, send a tap as a vote.
// The device token is random, kept in this browser only, and never shown.
"use strict";
(function () {
  var base = location.pathname.replace(/\/$/, "");
  var token = localStorage.getItem("codi-device");
  if (!token || !/^[A-Za-z0-9-]{16,64}$/.test(token)) {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    token = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
    localStorage.setItem("codi-device", token);
  }
  var etag = null, state = null;
  var main = document.getElementById("main");
  var where = document.getElementById("where");
  var status = document.getElementById("status");

  function say(text, err) { status.textContent = text; status.className = err ? "err" : ""; }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function draw() {
    main.textContent = "";
    if (!state || !state.open) {
      where.textContent = state ? state.workshop : "";
      say(state && state.message ? state.message : "Waiting for the facilitator.");
      return;
    }
    where.textContent = state.workshop + " · " + state.ministry + " · " + state.round_title;
    main.appendChild(el("h1", "", state.number + ". " + state.title));
    main.appendChild(el("p", "def", state.definition));
    if (state.revealed) { drawResult(); return; }
    state.choices.forEach(function (c) {
      var b = el("button", "choice" + (state.your_vote === c.code ? " mine" : ""));
      b.type = "button";
      b.appendChild(chip(c));
      var t = el("span", "txt");
      t.appendChild(el("span", "lab", c.label));
      t.appendChild(document.createTextNode(c.text));
      b.appendChild(t);
      b.addEventListener("click", function () { vote(c.code); });
      main.appendChild(b);
    });
    var mine = yours();
    say(mine ? "Your vote: " + mine + ". You can change it until voting closes." : "Tap your answer.");
  }

  function chip(c) {
    var n = el("span", "num", c.code);
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
      main.appendChild(el("p", "fig", "n = " + r.n + (r.median === null ? "" : " · median " + r.median.toFixed(1))));
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
    say("Voting on this area has closed." + (mine ? " Your vote: " + mine + "." : ""));
  }

  function poll() {
    var headers = { "X-Device": token };
    if (etag) headers["If-None-Match"] = etag;
    fetch(base + "/state", { headers: headers, cache: "no-store" }).then(function (r) {
      if (r.status === 304) return null;
      if (r.status === 404) throw new Error("ended");
      if (!r.ok) throw new Error("status " + r.status);
      etag = r.headers.get("ETag");
      return r.json();
    }).then(function (s) {
      if (s) { state = s; draw(); }
    }).catch(function (e) {
      if (e.message === "ended") { state = null; main.textContent = ""; say("This vote has ended. Waiting for the facilitator: when voting starts again, scan the new code."); }
      else say("No connection to the facilitator's laptop. Retrying…", true);
    }).then(function () { setTimeout(poll, 1500); });
  }

  function vote(code) {
    if (!state || !state.open) return;
    say("Sending…");
    fetch(base + "/vote", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Device": token },
      body: JSON.stringify({ round: state.round, ministry: state.ministry_id, area: state.area, answer: code })
    }).then(function (r) { return r.json(); }).then(function (r) {
      if (r.ok) { state.your_vote = r.your_vote; etag = null; draw(); }
      else { say(r.message, true); etag = null; }
    }).catch(function () { say("The vote did not arrive. Try again.", true); });
  }

  document.addEventListener("visibilitychange", function () { if (!document.hidden) { etag = null; } });
  poll();
})();
