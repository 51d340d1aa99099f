"use strict";
(function () {
  // Self-test hook: with "selftest" in the location hash the page records
  // script errors, console errors and blocked requests, and reports them
  // with the visible events in <pre id="selftest-result">.
  var params = new URLSearchParams(location.hash.replace(/^#/, ""));
  var selftest = params.has("selftest");
  var problems = { errors: [], violations: [] };
  if (selftest) {
    window.addEventListener("error", function (e) { problems.errors.push(String(e.message)); });
    var origError = console.error;
    console.error = function () { problems.errors.push(Array.prototype.join.call(arguments, " ")); origError.apply(console, arguments); };
    document.addEventListener("securitypolicyviolation", function (e) { problems.violations.push(e.violatedDirective + " " + e.blockedURI); });
  }

  var data = JSON.parse(document.getElementById("chronograph-data").textContent);
  var tl = data.timeline;
  var actors = {};
  (tl.actors || []).forEach(function (a) { actors[a.id] = a; });
  var docs = {};
  (tl.documents || []).forEach(function (d) { docs[d.id] = d; });
  var events = tl.events || [];

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = text;
    return n;
  }
  var monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  function periodOf(ev, i) {
    // a publication-bound event (no date of its own) under a heading of
    // its own, apart from the events the text dates
    if (data.bound[i]) return "Before publication: " + data.date_labels[i] + " (no date of its own)";
    var s = (ev.date && ev.date.start) || "";
    if (s.length < 7) return "Undated";
    var g = ev.date.granularity;
    if (g === "year") return s.slice(0, 4);
    if (g === "season" || g === "quarter" || g === "half") return s.slice(0, 4);
    return monthNames[parseInt(s.slice(5, 7), 10) - 1] + " " + s.slice(0, 4);
  }
  function eventActors(ev) {
    var ids = [];
    (ev.participants || []).forEach(function (p) { if (ids.indexOf(p.actor) < 0) ids.push(p.actor); });
    if (ev.location && ids.indexOf(ev.location) < 0) ids.push(ev.location);
    return ids;
  }

  // Build the list, one item per event, with period headings.
  var list = document.getElementById("events");
  var items = [];
  var lastPeriod = null;
  events.forEach(function (ev, i) {
    var period = periodOf(ev, i);
    if (period !== lastPeriod) {
      var h = el("li", "period", period);
      list.appendChild(h);
      lastPeriod = period;
    }
    var li = el("li", "event");
    li.id = "event-" + ev.id;
    li.dataset.id = ev.id;
    if (data.imprecise[i]) li.classList.add("imprecise");
    if (data.bound[i]) li.classList.add("bound");
    if (ev.factuality && ev.factuality !== "asserted") li.classList.add("reported");
    var head = el("div");
    head.appendChild(el("span", "date", data.date_labels[i]));
    head.appendChild(el("span", "title", ev.title));
    head.appendChild(el("span", "type", ev.type + (ev.factuality && ev.factuality !== "asserted" ? " · " + ev.factuality : "")));
    li.appendChild(head);
    var ids = eventActors(ev);
    if (ids.length) {
      var as = el("div", "actors");
      ids.forEach(function (id) {
        var a = actors[id];
        var role = "";
        (ev.participants || []).forEach(function (p) { if (p.actor === id && !role) role = p.role; });
        if (!role && id === ev.location) role = "location";
        var chip = el("span", "actor " + (a ? a.kind : ""), (a ? a.name : id) + (role ? " (" + role + ")" : ""));
        as.appendChild(chip);
      });
      li.appendChild(as);
    }
    (ev.quantities || []).forEach(function (q) { li.appendChild(el("div", "cite", q.text)); });
    (ev.conflicts || []).forEach(function (c) { li.appendChild(el("div", "conflict", "conflict: " + c)); });
    var srcs = ev.sources || [];
    var det = el("details");
    det.appendChild(el("summary", "", srcs.length === 1 ? "1 source" : srcs.length + " sources"));
    srcs.forEach(function (s) {
      var bq = el("blockquote");
      var q = s.quote || "";
      var k = s.trigger ? q.indexOf(s.trigger) : -1;
      if (k >= 0) {
        bq.appendChild(document.createTextNode(q.slice(0, k)));
        bq.appendChild(el("mark", "", s.trigger));
        bq.appendChild(document.createTextNode(q.slice(k + s.trigger.length)));
      } else {
        bq.textContent = q;
      }
      det.appendChild(bq);
      var d = docs[s.doc] || { path: s.doc };
      var cite = el("div", "cite");
      var name = d.title || d.path || s.doc;
      if (d.url && /^https?:\/\//i.test(d.url)) {
        var a = el("a", "", name);
        a.href = d.url;
        a.rel = "noopener noreferrer";
        cite.appendChild(a);
      } else {
        cite.appendChild(document.createTextNode(name));
      }
      var extra = [];
      if (d.dct) extra.push(d.dct);
      extra.push("sentence " + s.sentence);
      if (s.reporter) extra.push("according to " + (actors[s.reporter] ? actors[s.reporter].name : s.reporter));
      cite.appendChild(document.createTextNode(" — " + extra.join(", ")));
      det.appendChild(cite);
    });
    li.appendChild(det);
    list.appendChild(li);
    items.push({ li: li, ev: ev, actors: ids });
  });

  // Filters.
  var fActor = document.getElementById("f-actor");
  var fType = document.getElementById("f-type");
  var fFrom = document.getElementById("f-from");
  var fTo = document.getElementById("f-to");
  var count = document.getElementById("f-count");
  (tl.actors || []).slice().sort(function (a, b) { return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1); })
    .forEach(function (a) { var o = el("option", "", a.name + " (" + a.kind + ")"); o.value = a.id; fActor.appendChild(o); });
  var types = [];
  events.forEach(function (ev) { if (types.indexOf(ev.type) < 0) types.push(ev.type); });
  types.sort().forEach(function (t) { var o = el("option", "", t); o.value = t; fType.appendChild(o); });

  function apply() {
    var actor = fActor.value, type = fType.value, from = fFrom.value, to = fTo.value;
    var shown = 0;
    items.forEach(function (it) {
      var d = it.ev.date || {};
      var ok = (!actor || it.actors.indexOf(actor) >= 0) && (!type || it.ev.type === type) &&
        (!from || (d.end || d.start || "") >= from) && (!to || (d.start || "") <= to);
      it.li.classList.toggle("hidden", !ok);
      if (ok) shown++;
    });
    // hide period headings with no visible event
    var heads = list.querySelectorAll("li.period");
    heads.forEach(function (h) {
      var n = h.nextElementSibling, any = false;
      while (n && !n.classList.contains("period")) { if (!n.classList.contains("hidden")) any = true; n = n.nextElementSibling; }
      h.classList.toggle("hidden", !any);
    });
    count.textContent = shown + " of " + items.length + " events";
    dimGraph(actor, type, from, to);
  }

  // With a filter on, the graph dims what the timeline hides.
  var graphNodes = [], graphEdges = [];
  function dimGraph(actor, type, from, to) {
    var on = actor || type || from || to;
    var keep = {};
    items.forEach(function (it) {
      if (it.li.classList.contains("hidden")) return;
      keep[it.ev.id] = true;
      it.actors.forEach(function (id) { if (!actor || id === actor) keep[id] = true; });
    });
    graphNodes.forEach(function (n) { n.g.classList.toggle("dim", !!on && !keep[n.id]); });
    graphEdges.forEach(function (e) { e.g.classList.toggle("dim", !!on && !(keep[e.from] && keep[e.to])); });
  }
  [fActor, fType, fFrom, fTo].forEach(function (f) { f.addEventListener("change", apply); f.addEventListener("input", apply); });
  document.getElementById("f-reset").addEventListener("click", function () { fActor.value = fType.value = fFrom.value = fTo.value = ""; apply(); });
  document.querySelectorAll("#graph svg g.edge").forEach(function (g) {
    var t = g.querySelector("title"), parts = t ? t.textContent.split("->") : [];
    if (parts.length === 2) graphEdges.push({ g: g, from: parts[0], to: parts[1] });
  });
  var svgNodes = document.querySelectorAll("#graph svg g.node");
  svgNodes.forEach(function (g) {
    var t = g.querySelector("title");
    if (t && !g.classList.contains("legend")) graphNodes.push({ g: g, id: t.textContent }); // the legend stays lit
  });
  if (params.get("actor")) fActor.value = params.get("actor");
  if (params.get("type")) fType.value = params.get("type");
  if (params.get("from")) fFrom.value = params.get("from");
  if (params.get("to")) fTo.value = params.get("to");
  apply();

  // Graph pan and zoom by rewriting the SVG viewBox.
  var box = document.getElementById("graph");
  var svg = box.querySelector("svg");
  if (svg) {
    var vb0 = svg.viewBox.baseVal;
    var home = [vb0.x, vb0.y, vb0.width, vb0.height];
    var vb = home.slice();
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
    var set = function () { svg.setAttribute("viewBox", vb.join(" ")); };
    var zoom = function (f, cx, cy) {
      var w = vb[2] * f, h = vb[3] * f;
      if (w < home[2] / 50 || w > home[2] * 20) return;
      vb = [cx - (cx - vb[0]) * f, cy - (cy - vb[1]) * f, w, h];
      set();
    };
    var toSVG = function (x, y) {
      var r = svg.getBoundingClientRect();
      var s = Math.max(vb[2] / r.width, vb[3] / r.height);
      var ox = vb[0] + vb[2] / 2 - (r.width * s) / 2, oy = vb[1] + vb[3] / 2 - (r.height * s) / 2;
      return [ox + (x - r.left) * s, oy + (y - r.top) * s, s];
    };
    box.addEventListener("wheel", function (e) {
      e.preventDefault();
      var p = toSVG(e.clientX, e.clientY);
      zoom(e.deltaY < 0 ? 1 / 1.15 : 1.15, p[0], p[1]);
    }, { passive: false });
    var drag = null;
    box.addEventListener("mousedown", function (e) { if (e.button === 0) { drag = [e.clientX, e.clientY, false]; box.classList.add("dragging"); } });
    window.addEventListener("mousemove", function (e) {
      if (!drag) return;
      var s = toSVG(0, 0)[2];
      var dx = e.clientX - drag[0], dy = e.clientY - drag[1];
      if (Math.abs(dx) + Math.abs(dy) > 2) drag[2] = true;
      vb[0] -= dx * s; vb[1] -= dy * s;
      drag[0] = e.clientX; drag[1] = e.clientY;
      set();
    });
    window.addEventListener("mouseup", function () { box.classList.remove("dragging"); setTimeout(function () { drag = null; }, 0); });
    var center = function (f) { zoom(f, vb[0] + vb[2] / 2, vb[1] + vb[3] / 2); };
    document.getElementById("z-in").addEventListener("click", function () { center(1 / 1.3); });
    document.getElementById("z-out").addEventListener("click", function () { center(1.3); });
    document.getElementById("z-fit").addEventListener("click", function () { vb = home.slice(); set(); });
    // Clicking an event node shows that event in the timeline.
    svg.querySelectorAll("g.node").forEach(function (g) {
      var t = g.querySelector("title");
      var id = t ? t.textContent : "";
      var li = document.getElementById("event-" + id);
      if (!li) return;
      g.classList.add("event");
      g.addEventListener("click", function () {
        if (drag && drag[2]) return;
        if (li.classList.contains("hidden")) { fActor.value = fType.value = fFrom.value = fTo.value = ""; apply(); }
        li.scrollIntoView({ block: "center" });
        li.classList.add("flash");
        setTimeout(function () { li.classList.remove("flash"); }, 1500);
        li.querySelector("details").open = true;
      });
    });
  }

  if (selftest) {
    var out = el("pre");
    out.id = "selftest-result";
    var visible = items.filter(function (it) { return !it.li.classList.contains("hidden"); }).map(function (it) { return it.ev.id; });
    problems.visible = visible;
    problems.total = items.length;
    problems.svg = !!svg;
    // each publication-bound event with the heading it is listed under
    problems.bound = items.filter(function (it) { return it.li.classList.contains("bound"); }).map(function (it) {
      var h = it.li.previousElementSibling;
      while (h && !h.classList.contains("period")) h = h.previousElementSibling;
      return it.ev.id + " | " + (h ? h.textContent : "");
    });
    problems.dimmed = graphNodes.filter(function (n) { return n.g.classList.contains("dim"); }).map(function (n) { return n.id; }).sort();
    // labels that overflow their node's shape, as the browser measures them
    // (for a box wider than Graphviz's minimum, the layout's estimate of
    // its widest line is the box width less the 0.1in margins)
    problems.overflow = [];
    document.querySelectorAll("#graph svg g.node").forEach(function (g) {
      var shape = g.querySelector("polygon, ellipse, path");
      if (!shape) return;
      var box = shape.getBBox(), widest = 0, line = "";
      g.querySelectorAll("text").forEach(function (t) {
        var w = t.getComputedTextLength();
        if (w > widest) { widest = w; line = t.textContent; }
      });
      var room = box.width;
      if (g.classList.contains("event") && box.width > 54.5) room = box.width - 14.4;
      if (widest > room + 0.5) problems.overflow.push(g.querySelector("title").textContent + ": " + line + " (" + widest.toFixed(1) + " > " + room.toFixed(1) + ")");
    });
    problems.fonts = Array.prototype.slice.call(document.querySelectorAll("#graph svg text"), 0, 1).map(function (t) { return getComputedStyle(t).fontFamily; });
    out.textContent = JSON.stringify(problems);
    document.body.appendChild(out);
  }
})();
