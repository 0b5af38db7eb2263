/* cronica report: draws each document's timeline as SVG and links it to the text.
   Data comes from the page's JSON blocks and is only ever written with textContent or
   setAttribute: no markup is built from strings. */
(function () {
  "use strict";
  var SVG_NS = "http://www.w3.org/2000/svg";
  var LANE_HEIGHT = 22, AXIS_HEIGHT = 30, MARGIN = 24, MAX_LANES = 60, MIN_WIDTH = 320;
  var ZOOM_STEP = 1.6, MAX_ZOOM = 4096;
  var GAP_SHARE = 0.2, BREAK_PX = 28;  // empty stretches over a fifth of the span shrink to a 28 px break
  var SYMBOLS = { supported: "\u2713", contradicted: "\u2717", not_enough_info: "?", not_checkable: "\u2013", unchecked: "\u00b7" };
  var live = document.getElementById("cr-live");
  var wordsNode = document.getElementById("cr-i18n");
  var WORDS = wordsNode ? JSON.parse(wordsNode.textContent) : {};

  /* A phrase of the page's language with its {placeholders} filled. */
  function say(key, values) {
    var phrase = WORDS[key] || key;
    return phrase.replace(/\{(\w+)\}/g, function (whole, name) { return values && name in values ? String(values[name]) : whole; });
  }

  function announce(message) { if (live) { live.textContent = message; } }

  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVG_NS, tag);
    for (var name in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, name)) { node.setAttribute(name, String(attrs[name])); } }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function isLeap(y) { return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0); }
  function decimalYear(y, m) {
    var lengths = [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], days = 0;
    for (var i = 0; i < m - 1; i++) { days += lengths[i]; }
    return y + days / (isLeap(y) ? 366 : 365);
  }
  function yearLabel(y) { return y <= 0 ? say("js_bc", { year: 1 - y }) : String(y); }

  /* One document's timeline, its selection and its links to the text. */
  function Report(article) {
    this.article = article;
    this.key = article.getAttribute("data-doc");
    var data = document.getElementById(this.key + "-timeline");
    this.items = data ? JSON.parse(data.textContent) : [];
    this.byKey = {};
    for (var i = 0; i < this.items.length; i++) { this.items[i].index = i; this.byKey[this.items[i].key] = this.items[i]; }
    this.canvas = document.getElementById(this.key + "-canvas");
    this.scroller = document.getElementById(this.key + "-scroll");
    this.zoom = 1;
    this.focusIndex = 0;
    this.selected = null;
    this.nodes = {};
    this.layoutWidth = 0;
    if (this.items.length) {
      var lo = Infinity, hi = -Infinity;
      this.items.forEach(function (it) { lo = Math.min(lo, it.start); hi = Math.max(hi, it.end); });
      var pad = Math.max((hi - lo) * 0.03, 0.05);
      this.lo = lo - pad; this.hi = hi + pad;
      this.gaps = findGaps(this.items, this.lo, this.hi, pad);
      this.draw();
    }
    this.bind();
  }

  /* Long stretches without events (a birth, then decades later the story) become axis breaks. */
  function findGaps(items, lo, hi, pad) {
    var gaps = [], covered = -Infinity, minimum = (hi - lo) * GAP_SHARE;
    items.forEach(function (it) {
      if (covered > -Infinity && it.start - covered > minimum) { gaps.push({ t0: covered + pad, t1: it.start - pad }); }
      covered = Math.max(covered, it.end);
    });
    return gaps;
  }

  /* A piecewise-linear scale: equal years get equal pixels, except inside breaks. */
  Report.prototype.scale = function () {
    var width = this.layoutWidth - 2 * MARGIN, gaps = this.gaps;
    var hidden = gaps.reduce(function (sum, g) { return sum + (g.t1 - g.t0); }, 0);
    if (width - gaps.length * BREAK_PX < width / 2) { gaps = []; hidden = 0; }
    this.pxPerYear = (width - gaps.length * BREAK_PX) / (this.hi - this.lo - hidden);
    var pieces = [], t = this.lo, px = MARGIN, ppy = this.pxPerYear;
    gaps.forEach(function (g) {
      pieces.push({ t0: t, t1: g.t0, px0: px, px1: px + (g.t0 - t) * ppy, gap: false });
      px += (g.t0 - t) * ppy;
      pieces.push({ t0: g.t0, t1: g.t1, px0: px, px1: px + BREAK_PX, gap: true });
      px += BREAK_PX;
      t = g.t1;
    });
    pieces.push({ t0: t, t1: this.hi, px0: px, px1: px + (this.hi - t) * ppy, gap: false });
    this.pieces = pieces;
  };
  Report.prototype.x = function (t) {
    var pieces = this.pieces, p = pieces[pieces.length - 1];
    for (var i = 0; i < pieces.length; i++) { if (t <= pieces[i].t1) { p = pieces[i]; break; } }
    return p.px0 + (t - p.t0) / (p.t1 - p.t0 || 1) * (p.px1 - p.px0);
  };
  Report.prototype.time = function (px) {
    var pieces = this.pieces, p = pieces[pieces.length - 1];
    for (var i = 0; i < pieces.length; i++) { if (px <= pieces[i].px1) { p = pieces[i]; break; } }
    return p.t0 + (px - p.px0) / (p.px1 - p.px0 || 1) * (p.t1 - p.t0);
  };

  /* Greedy lanes: each event goes in the first lane where its mark and label fit. */
  Report.prototype.layout = function () {
    var lanes = [], self = this;
    this.items.forEach(function (it) {
      var x0 = self.x(it.start), x1 = self.x(it.end);
      it.point = !it.range;
      if (x1 - x0 < 10) { var mid = (x0 + x1) / 2; x0 = mid - 5; x1 = mid + 5; }  // never thinner than a dot
      var labelWidth = Math.min(it.label.length * 6.8 + 14, 180);
      it.x0 = x0; it.x1 = x1; it.labelWidth = labelWidth;
      // a label that would run off the right edge is drawn on the left of its mark
      it.labelLeft = x1 + labelWidth + 4 > self.layoutWidth;
      var from = it.labelLeft ? x0 - labelWidth : x0, to = it.labelLeft ? x1 : x1 + labelWidth;
      var lane = -1;
      for (var l = 0; l < lanes.length; l++) { if (lanes[l] + 6 <= from) { lane = l; break; } }
      it.showLabel = true;
      if (lane < 0 && lanes.length < MAX_LANES) { lane = lanes.length; lanes.push(-Infinity); }
      if (lane < 0) {  // too crowded: share the least busy lane, without a label
        lane = 0;
        for (var k = 1; k < lanes.length; k++) { if (lanes[k] < lanes[lane]) { lane = k; } }
        it.showLabel = false;
        to = x1 + 2;
      }
      it.lane = lane;
      lanes[lane] = Math.max(lanes[lane], to);
    });
    return Math.max(lanes.length, 1);
  };

  Report.prototype.draw = function () {
    var available = Math.max(this.scroller.clientWidth || 0, MIN_WIDTH);
    this.layoutWidth = Math.round(available * this.zoom);
    this.scale();
    var laneCount = this.layout();
    var height = AXIS_HEIGHT + laneCount * LANE_HEIGHT + 12;
    var root = svg("svg", {
      width: this.layoutWidth, height: height, viewBox: "0 0 " + this.layoutWidth + " " + height,
      role: "group", "aria-label": say("js_timeline_label", { n: this.items.length }),
      "aria-describedby": this.key + "-timeline-h"
    });
    this.drawAxis(root, height);
    var events = svg("g", { "class": "cr-events-layer" }, root);
    this.nodes = {};
    var self = this;
    this.items.forEach(function (it) { self.nodes[it.key] = self.drawEvent(events, it); });
    this.canvas.textContent = "";
    this.canvas.appendChild(root);
    this.svg = root;
    var focusItem = this.items[this.focusIndex] || this.items[0];
    if (focusItem) { this.nodes[focusItem.key].setAttribute("tabindex", "0"); }
    if (this.selected && this.nodes[this.selected]) { this.nodes[this.selected].classList.add("cr-active"); }
  };

  Report.prototype.drawAxis = function (root, height) {
    var axis = svg("g", { "class": "cr-axis", "aria-hidden": "true" }, root);
    svg("line", { "class": "cr-axis-base", x1: 0, x2: this.layoutWidth, y1: AXIS_HEIGHT - 8, y2: AXIS_HEIGHT - 8 }, axis);
    var pxPerYear = this.pxPerYear;
    var steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];
    var step = null;
    for (var i = 0; i < steps.length; i++) { if (steps[i] * pxPerYear >= 64) { step = steps[i]; break; } }
    if (step === null) { step = 10000; }
    var monthStep = pxPerYear >= 12 * 64 ? 1 : (pxPerYear >= 6 * 64 ? 2 : (pxPerYear >= 12 * 44 ? 3 : 0));
    var self = this;
    this.pieces.forEach(function (piece) {
      if (piece.gap) { self.drawBreak(axis, piece, height); return; }
      var ticks = [];
      if (monthStep) {
        for (var y = Math.floor(piece.t0); y <= Math.ceil(piece.t1); y++) {
          for (var m = 1; m <= 12; m += monthStep) {
            ticks.push({ t: decimalYear(y, m), label: m === 1 ? yearLabel(y) : yearLabel(y) + "-" + (m < 10 ? "0" : "") + m });
          }
        }
      } else {
        for (var t = Math.ceil(piece.t0 / step) * step; t <= piece.t1; t += step) { ticks.push({ t: t, label: yearLabel(t) }); }
      }
      ticks.forEach(function (tick) {
        if (tick.t < piece.t0 || tick.t > piece.t1) { return; }
        var px = self.x(tick.t);
        svg("line", { x1: px, x2: px, y1: AXIS_HEIGHT - 12, y2: height }, axis);
        var text = svg("text", { x: px + 3, y: AXIS_HEIGHT - 14 }, axis);
        text.textContent = tick.label;
      });
    });
  };

  Report.prototype.drawBreak = function (axis, piece, height) {
    var band = svg("g", { "class": "cr-gap" }, axis);
    svg("rect", { x: piece.px0 + 4, y: AXIS_HEIGHT - 14, width: piece.px1 - piece.px0 - 8, height: height - AXIS_HEIGHT + 14 }, band);
    var mark = svg("text", { x: (piece.px0 + piece.px1) / 2, y: AXIS_HEIGHT - 4, "text-anchor": "middle" }, band);
    mark.textContent = "\u2248";
    var title = svg("title", {}, band);
    title.textContent = say("js_gap", { from: yearLabel(Math.ceil(piece.t0)), to: yearLabel(Math.floor(piece.t1)) });
  };

  Report.prototype.drawEvent = function (layer, it) {
    var y = AXIS_HEIGHT + it.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
    var classes = "cr-ev cr-v-" + it.verdict + (it.approx ? " cr-approx" : "") + (it.range ? " cr-range" : " cr-point");
    var name = it.label + " (" + it.type + "), " + it.date + (it.range ? " (" + it.precision + ")" : "") + ", " + it.verdictLabel;
    if (it.modality !== "asserted") { name += ", " + it.modality; }
    var g = svg("g", { "class": classes, tabindex: "-1", role: "button", "data-ev": it.key, "aria-label": name }, layer);
    var title = svg("title", {}, g);
    title.textContent = name;
    if (it.point) {
      svg("circle", { "class": "cr-mark", cx: (it.x0 + it.x1) / 2, cy: y, r: 5 }, g);
    } else {
      svg("rect", { "class": "cr-mark", x: it.x0, y: y - 5, width: Math.max(it.x1 - it.x0, 2), height: 10, rx: 3 }, g);
    }
    if (it.openBefore) { svg("line", { "class": "cr-open", x1: it.x0 - 18, x2: it.x0, y1: y, y2: y }, g); }
    if (it.openAfter) { svg("line", { "class": "cr-open", x1: it.x1, x2: it.x1 + 18, y1: y, y2: y }, g); }
    if (it.showLabel) {
      var left = it.labelLeft;
      var label = svg("text", { x: left ? it.x0 - 4 : it.x1 + 4, y: y + 4, "text-anchor": left ? "end" : "start" }, g);
      label.textContent = (SYMBOLS[it.verdict] || "") + " " + it.label;
    }
    return g;
  };

  Report.prototype.setZoom = function (zoom, anchorPx) {
    if (!this.items.length) { return; }
    zoom = Math.min(Math.max(zoom, 1), MAX_ZOOM);
    if (zoom === this.zoom) { return; }
    var view = this.scroller;
    var anchor = anchorPx === undefined ? view.clientWidth / 2 : anchorPx;
    var t = this.time(view.scrollLeft + anchor);
    var hadFocus = this.svg && this.svg.contains(document.activeElement);
    this.zoom = zoom;
    this.draw();
    view.scrollLeft = Math.max(this.x(t) - anchor, 0);
    if (hadFocus) { this.focusItem(this.focusIndex); }
    announce(say("js_zoom", { z: Math.round(zoom * 10) / 10 }));
  };

  Report.prototype.focusItem = function (index) {
    if (!this.items.length) { return; }
    index = Math.max(0, Math.min(index, this.items.length - 1));
    var old = this.nodes[(this.items[this.focusIndex] || {}).key];
    if (old) { old.setAttribute("tabindex", "-1"); }
    this.focusIndex = index;
    var node = this.nodes[this.items[index].key];
    node.setAttribute("tabindex", "0");
    node.focus({ preventScroll: true });
    this.reveal(this.items[index]);
  };

  /* Scroll the timeline box so an event is in view. */
  Report.prototype.reveal = function (it) {
    var view = this.scroller, y = AXIS_HEIGHT + it.lane * LANE_HEIGHT;
    if (it.x0 < view.scrollLeft + 10 || it.x1 > view.scrollLeft + view.clientWidth - 10) {
      view.scrollLeft = Math.max(it.x0 - view.clientWidth / 3, 0);
    }
    if (y < view.scrollTop + AXIS_HEIGHT || y + LANE_HEIGHT > view.scrollTop + view.clientHeight) {
      view.scrollTop = Math.max(y - view.clientHeight / 2, 0);
    }
  };

  /* Select an event: mark it on the timeline, in the events table and in the text. */
  Report.prototype.select = function (key, origin) {
    var actives = this.article.querySelectorAll(".cr-active");
    for (var i = 0; i < actives.length; i++) { actives[i].classList.remove("cr-active"); }
    this.selected = key;
    var it = this.byKey[key];
    var node = this.nodes[key];
    if (node) {
      node.classList.add("cr-active");
      if (origin !== "timeline") { this.reveal(it); }
    }
    var row = document.getElementById(key + "-row");
    if (row) { row.classList.add("cr-active"); }
    var trigger = document.getElementById(key + "-t");
    if (trigger) { trigger.classList.add("cr-active"); }
    var sentenceKey = it ? it.sentence : (trigger && trigger.closest("[data-sent]") ? trigger.closest("[data-sent]").getAttribute("data-sent") : null);
    var pieces = sentenceKey ? this.article.querySelectorAll('[data-sent="' + sentenceKey + '"]') : [];
    for (var p = 0; p < pieces.length; p++) { pieces[p].classList.add("cr-active"); }
    if (origin !== "text" && pieces.length) { pieces[0].scrollIntoView({ block: "center" }); }
    var label = it ? it.label + ", " + it.date : (trigger ? trigger.textContent : "event");
    announce(say(origin === "text" ? "js_selected_on_timeline" : "js_sentence_highlighted", { label: label }));
  };

  Report.prototype.bind = function () {
    var self = this;
    this.article.addEventListener("click", function (event) {
      var target = event.target;
      if (!(target instanceof Element)) { return; }
      var zoom = target.closest("[data-zoom]");
      if (zoom) { self.zoomCommand(zoom.getAttribute("data-zoom")); return; }
      var ev = target.closest(".cr-ev");
      if (ev) {
        var it = self.byKey[ev.getAttribute("data-ev")];
        self.select(it.key, "timeline");
        self.focusIndex = it.index;
        return;
      }
      var show = target.closest(".cr-show");
      if (show) { self.select(show.getAttribute("data-ev"), "list"); return; }
      if (target.closest("a")) { return; }
      var trigger = target.closest(".cr-trigger[data-ev]");
      if (trigger) { self.select(trigger.getAttribute("data-ev"), "text"); return; }
      var sentence = target.closest("[data-events]");
      if (sentence) { self.select(sentence.getAttribute("data-events").split(" ")[0], "text"); }
    });
    this.article.addEventListener("keydown", function (event) {
      var target = event.target;
      if (!(target instanceof Element)) { return; }
      if (target.classList.contains("cr-trigger") && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        self.select(target.getAttribute("data-ev"), "text");
        return;
      }
      if (!target.classList.contains("cr-ev")) { return; }
      var handled = true;
      switch (event.key) {
        case "ArrowRight": case "ArrowDown": self.focusItem(self.focusIndex + 1); break;
        case "ArrowLeft": case "ArrowUp": self.focusItem(self.focusIndex - 1); break;
        case "Home": self.focusItem(0); break;
        case "End": self.focusItem(self.items.length - 1); break;
        case "Enter": case " ": self.select(self.items[self.focusIndex].key, "timeline-key"); break;
        case "+": case "=": self.zoomCommand("in"); break;
        case "-": self.zoomCommand("out"); break;
        case "0": self.zoomCommand("fit"); break;
        default: handled = false;
      }
      if (handled) { event.preventDefault(); }
    });
    if (this.scroller) {
      this.scroller.addEventListener("wheel", function (event) {
        if (!event.ctrlKey || !self.items.length) { return; }
        event.preventDefault();
        var box = self.scroller.getBoundingClientRect();
        self.setZoom(self.zoom * (event.deltaY < 0 ? 1.25 : 0.8), event.clientX - box.left);
      }, { passive: false });
    }
  };

  Report.prototype.zoomCommand = function (command) {
    if (command === "in") { this.setZoom(this.zoom * ZOOM_STEP); }
    else if (command === "out") { this.setZoom(this.zoom / ZOOM_STEP); }
    else { this.setZoom(1); this.scroller.scrollLeft = 0; }
  };

  var reports = [];
  var articles = document.querySelectorAll("article[data-doc]");
  for (var i = 0; i < articles.length; i++) { reports.push(new Report(articles[i])); }
  document.documentElement.setAttribute("data-cronica-ready", String(reports.length));

  var resizeTimer = null, lastWidth = window.innerWidth;
  window.addEventListener("resize", function () {
    if (window.innerWidth === lastWidth) { return; }
    lastWidth = window.innerWidth;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { reports.forEach(function (r) { if (r.items.length) { r.draw(); } }); }, 150);
  });
  window.addEventListener("beforeprint", function () {
    var closed = document.querySelectorAll("details:not([open])");
    for (var d = 0; d < closed.length; d++) { closed[d].setAttribute("open", ""); }
    reports.forEach(function (r) { if (r.items.length) { r.zoom = 1; r.draw(); } });
  });
}());
