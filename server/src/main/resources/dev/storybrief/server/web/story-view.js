// The story page: one briefing drawn to be looked at before it is read. Summary sentences with outlet labels, a
// timeline on a date axis (SVG), a coverage grid (outlet x fact), disagreements side by side, quotes by speaker,
// entity chips that highlight their mentions, and a reader that opens a sentence's article with it highlighted.
// Article text is only ever placed as text (textContent / text nodes): a page pasted in cannot run code here.
// Reads the fields of docs/briefing.schema.json and ignores the ones it does not know; a timeline event's optional
// "part" (BACKGROUND / STORY / FOLLOW_UP) and "sources" are used when present.
"use strict";

window.StoryView = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  // Dark enough for 3:1 against white (WCAG non-text contrast); every swatch sits beside the outlet's name.
  const PALETTE = ["#0b5cad", "#b3261e", "#1b7a3d", "#7b3fa0", "#a35400", "#00727a", "#8a6d00", "#c2185b", "#4e5d6c",
    "#5b4636"];
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const PARTS = {
    background: { label: "Background", shape: "square", lead: "Before the story" },
    story: { label: "The story", shape: "circle", lead: "The story" },
    followup: { label: "Follow-ups", shape: "diamond", lead: "Later follow-ups" },
  };
  const DAY = 86400000;
  // Languages written right to left (ISO 639 codes): Arabic, Hebrew (and its old code), Persian, Urdu, Pashto,
  // Yiddish, Sindhi, Uyghur, Central Kurdish, Dhivehi.
  const RTL = new Set(["ar", "he", "iw", "fa", "ur", "ps", "yi", "sd", "ug", "ckb", "dv"]);

  /** A language code as a lang attribute takes it, or null when there is none ("und" says it is unknown). */
  function languageCode(language) {
    const code = typeof language === "string" ? language.trim() : "";
    return code && code.toLowerCase() !== "und" ? code : null;
  }

  /** "rtl" or "ltr" for a language code ("ar", "he-IL", "de"), null when the language is unknown. */
  function directionOf(language) {
    const code = languageCode(language);
    if (!code) return null;
    return RTL.has(code.toLowerCase().split(/[-_]/)[0]) ? "rtl" : "ltr";
  }

  /**
   * Gives a block its language and that language's direction: an Arabic sentence's full stop and figures land at its
   * end, its list's numbers on its right. Of an unknown language, the block reads its direction from its first strong
   * letter (dir="auto").
   */
  function inLanguage(node, language) {
    node.dir = directionOf(language) || "auto";
    const code = languageCode(language);
    if (code) node.lang = code;
    return node;
  }

  /** A label of the page's own (English) inside a block in the story's language: said and laid out as English. */
  function pageWords(node) {
    node.lang = "en";
    node.dir = "ltr";
    return node;
  }

  /** A date as the page writes it ("10 Mar 2026"), isolated left to right so it reads whole inside Arabic or Hebrew. */
  function dateNode(date, cls) {
    const node = pageWords(el("time", cls, humanDate(date)));
    const m = /^\d{4}(-\d{2}){0,2}/.exec(date || "");
    if (m) node.dateTime = m[0];
    return node;
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG_NS, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
    return node;
  }

  function arr(x) {
    return Array.isArray(x) ? x : [];
  }

  function str(x) {
    return typeof x === "string" ? x : null;
  }

  /** An article of another period: before the story, after it, or (undated, set apart by the months it names) either. */
  function periodLabel(article) {
    if (article.earlier) return "earlier background";
    return article.published ? "later follow-up" : "another period";
  }

  /** "2026-03-10" -> "10 Mar 2026", "2026-03" -> "Mar 2026", "2026" -> "2026". */
  function humanDate(date) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
    if (!m) return date || "";
    if (m[3]) return Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1];
    if (m[2]) return MONTHS[Number(m[2]) - 1] + " " + m[1];
    return m[1];
  }

  /** The first and last instant a (possibly partial) date covers, in ms UTC; null when it is no date. */
  function dateRange(date) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
    if (!m) return null;
    const y = Number(m[1]);
    if (m[3]) {
      const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
      return { start: t, end: t, mid: t };
    }
    if (m[2]) {
      const s = Date.UTC(y, Number(m[2]) - 1, 1);
      const e = Date.UTC(y, Number(m[2]), 1) - DAY;
      return { start: s, end: e, mid: s + (e - s) / 2 };
    }
    const s = Date.UTC(y, 0, 1);
    const e = Date.UTC(y + 1, 0, 1) - DAY;
    return { start: s, end: e, mid: s + (e - s) / 2 };
  }

  function tickLabel(t, span) {
    const d = new Date(t);
    if (span > 3 * 365 * DAY) return String(d.getUTCFullYear());
    if (span > 75 * DAY) return MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
  }

  /** Plays one briefing into a container; returns nothing, keeps its state in the closure. */
  function render(root, briefing, options) {
    const opts = options || {};
    const fresh = opts.fresh || {};
    const links = opts.links || {};
    const fromFeed = opts.fromFeed || {};
    const articles = arr(briefing.articles);
    const byId = new Map(articles.map((a) => [a.id, a]));
    // An article no outlet names is "unknown outlet #N", N its place among the sources, as the command line says:
    // its headline is no outlet's name.
    const outletOf = (id) => {
      const a = byId.get(id);
      return a ? (str(a.outlet) || "unknown outlet #" + (articles.indexOf(a) + 1)) : id;
    };
    // A block of article text takes its article's language and direction (else the story's; else its first strong
    // letter's), so an Arabic sentence's full stop and figures land at its end inside this left-to-right page.
    const storyLanguage = languageCode(briefing.language);
    const languageOf = (id) => {
      const a = byId.get(id);
      return languageCode(a && a.language) || storyLanguage;
    };
    function inOwnDirection(node, id) {
      return inLanguage(node, languageOf(id));
    }
    // The lists, rows and cards that hold the story's text follow the story's language: a right-to-left story's
    // lists are numbered on the right, its rows start there. The page's own labels inside them stay English.
    function inStoryLanguage(node) {
      return storyLanguage ? inLanguage(node, storyLanguage) : node;
    }
    // One colour per outlet, in the order the outlets first appear among the articles: the same on every section.
    const outlets = [];
    articles.forEach((a) => { const o = outletOf(a.id); if (!outlets.includes(o)) outlets.push(o); });
    const colour = (outlet) => PALETTE[Math.max(0, outlets.indexOf(outlet)) % PALETTE.length];
    const idsOf = (item) => [...new Set([str(item.source)].concat(arr(item.sources), arr(item.support))
      .filter((x) => typeof x === "string"))];
    const outletsOf = (ids) => [...new Set(ids.map(outletOf))];

    // Text that entity chips can highlight: each entry repaints its node from its text and its own fixed marks.
    const painted = [];
    const active = new Set();
    let focusBack = null;

    function paint(entry) {
      const { node, text, fixed } = entry;
      const ranges = [];
      if (fixed) ranges.push(fixed);
      active.forEach((term) => {
        const re = new RegExp("(^|[^\\p{L}\\p{N}])(" + term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")(?![\\p{L}\\p{N}])", "giu");
        let m;
        while ((m = re.exec(text)) !== null) {
          const s = m.index + m[1].length;
          const e = s + m[2].length;
          if (!ranges.some((r) => s < r.end && e > r.start)) ranges.push({ start: s, end: e, cls: "hl" });
          if (m[0].length === 0) re.lastIndex++;
        }
      });
      ranges.sort((a, b) => a.start - b.start);
      node.replaceChildren();
      let at = 0;
      let fixedMark = null;
      ranges.forEach((r) => {
        if (r.start > at) node.append(document.createTextNode(text.slice(at, r.start)));
        const mark = el("mark", r.cls, text.slice(r.start, r.end));
        if (r === fixed) fixedMark = mark;
        node.append(mark);
        at = r.end;
      });
      if (at < text.length) node.append(document.createTextNode(text.slice(at)));
      return fixedMark;
    }

    function register(node, text, fixed) {
      const entry = { node, text: String(text), fixed: fixed || null };
      painted.push(entry);
      return paint(entry);
    }

    function outletLabel(outlet, extra) {
      const label = el("span", "outlet" + (extra ? " " + extra : ""));
      const swatch = el("span", "swatch");
      swatch.style.setProperty("--c", colour(outlet));
      swatch.setAttribute("aria-hidden", "true");
      // an outlet's name is isolated: a Latin name in an Arabic row (or the other way round) reads whole
      const name = el("bdi", "outlet-name", outlet);
      label.append(swatch, name);
      return label;
    }

    function outletLabels(ids, sourceFirst) {
      const box = el("span", "outlets");
      outletsOf(ids).forEach((o, i) => box.append(outletLabel(o, sourceFirst && i === 0 ? "source" : "")));
      return box;
    }

    function section(id, title, intro) {
      const s = el("section", "sv-section");
      s.id = id;
      const h = el("h2", null, title);
      h.id = id + "-title";
      s.setAttribute("aria-labelledby", h.id);
      s.append(h);
      if (intro) s.append(el("p", "muted small-print", intro));
      return s;
    }

    function newBadge() {
      return pageWords(el("span", "badge", "new"));
    }

    function action(text, handler, cls) {
      const b = el("button", cls || "link");
      b.type = "button";
      b.textContent = text;
      b.addEventListener("click", handler);
      return b;
    }

    root.replaceChildren();
    const layout = el("div", "sv-layout");
    const main = el("div", "sv-main");
    const reader = buildReader();
    layout.append(main, reader.node);
    root.append(layout);

    // --- notes: above the summary they warn about (a folder of several stories, an article apart) ----------------
    const warnings = arr(briefing.warnings);
    if (warnings.length) {
      const notes = el("details", "notes");
      notes.id = "sv-notes";
      notes.append(el("summary", null, "Notes (" + warnings.length + ")"));
      const ul = el("ul");
      warnings.forEach((w) => ul.append(el("li", null, w)));
      notes.append(ul);
      main.append(notes);
    }

    // --- summary ---------------------------------------------------------------------------------------------
    const summary = arr(briefing.summary);
    const freshSummary = arr(fresh.summary);
    {
      const s = section("sv-summary", "Summary", "Click a sentence to read it in its article. Labels name the outlets that report it, the first is the one quoted.");
      const list = inStoryLanguage(el("ol", "sv-sentences"));
      summary.forEach((item, i) => {
        const li = inOwnDirection(el("li", "sentence"), item.source);
        if (freshSummary.includes(i)) { li.classList.add("new"); li.append(newBadge(), " "); }
        const link = el("a", "sentence-link");
        link.href = "#";
        link.title = item.trimmed && item.sentence ? "Trimmed from: " + item.sentence : "Read this sentence in its article";
        register(inOwnDirection(link, item.source), item.text || "");
        link.addEventListener("click", (e) => { e.preventDefault(); openArticle(item.source, item, link); });
        li.append(link, " ", outletLabels(idsOf(item), true));
        list.append(li);
      });
      if (!summary.length) s.append(el("p", "muted", "No summary yet."));
      s.append(list);
      main.append(s);
    }

    // --- timeline ---------------------------------------------------------------------------------------------
    const events = arr(briefing.timeline).filter((t) => t && dateRange(t.date));
    const storyStart = Math.min(...articles.filter((a) => !a.later && dateRange(a.published))
      .map((a) => dateRange(a.published).start));

    function partOf(ev) {
      const part = String(ev.part || "").toLowerCase().replace(/[^a-z]/g, "");
      if (part === "background") return "background";
      if (part === "followup" || part === "later") return "followup";
      if (part === "story") return "story";
      if (ev.later === true) return "followup";
      // Without a part, an event whose whole period ends a month before the first article is background.
      return Number.isFinite(storyStart) && dateRange(ev.date).end < storyStart - 30 * DAY ? "background" : "story";
    }

    const timeline = { section: null, svgBox: null, detail: null, marks: [] };
    if (events.length) {
      const s = section("sv-timeline", "Timeline", "Background, the story and later follow-ups each have their own stretch of the date axis (background in date order, not to scale). "
        + "Hover over or tab to an event to see it and who reports it; Enter opens it in its article; arrow keys move between events.");
      const legend = el("ul", "legend");
      legend.setAttribute("aria-label", "Legend");
      Object.entries(PARTS).filter(([k]) => events.some((e) => partOf(e) === k)).forEach(([k, p]) => {
        const li = el("li");
        const icon = svg("svg", { width: 14, height: 14, viewBox: "-7 -7 14 14", "aria-hidden": "true", focusable: "false" });
        icon.append(shape(p.shape, 5, "part-" + k));
        li.append(icon, " ", el("span", null, p.label + " (" + events.filter((e) => partOf(e) === k).length + ")"));
        legend.append(li);
      });
      const box = el("div", "timeline-box");
      const detail = el("div", "timeline-detail");
      detail.id = "sv-timeline-detail";
      detail.setAttribute("role", "status");
      detail.setAttribute("aria-live", "polite");
      detail.append(el("p", "muted", "Hover over or focus an event to see it here."));
      const listBox = el("details", "timeline-list");
      listBox.append(el("summary", null, "The timeline as a list"));
      const list = inStoryLanguage(el("ol", "plain"));
      // The list reads in the chart's order: background, the story, follow-ups, each by date.
      const order = Object.keys(PARTS);
      const listed = events.map((ev, i) => ({ ev, i }))
        .sort((a, b) => order.indexOf(partOf(a.ev)) - order.indexOf(partOf(b.ev))
          || dateRange(a.ev.date).mid - dateRange(b.ev.date).mid || a.i - b.i).map((x) => x.ev);
      listed.forEach((ev) => {
        const li = inOwnDirection(el("li", "part-row part-" + partOf(ev)), ev.source);
        if (arr(fresh.timeline).includes(briefing.timeline.indexOf(ev))) li.append(newBadge(), " ");
        const date = el("strong");
        date.append(dateNode(ev.date));
        li.append(date, " ", pageWords(el("span", "part-tag", "(" + PARTS[partOf(ev)].label.toLowerCase() + ")")), " ");
        const text = inOwnDirection(el("span", "event-text"), ev.source);
        register(text, ev.text || "");
        li.append(text, " ", outletLabels(idsOf(ev), false));
        list.append(li);
      });
      listBox.append(list);
      s.append(legend, box, detail, listBox);
      main.append(s);
      Object.assign(timeline, { section: s, svgBox: box, detail });
    }

    function shape(kind, r, cls) {
      if (kind === "square") return svg("rect", { x: -r, y: -r, width: 2 * r, height: 2 * r, class: "shape " + cls });
      if (kind === "diamond") return svg("path", { d: `M0 ${-r * 1.3}L${r * 1.3} 0L0 ${r * 1.3}L${-r * 1.3} 0Z`, class: "shape " + cls });
      return svg("circle", { r, class: "shape " + cls });
    }

    function showEvent(ev) {
      const d = timeline.detail;
      d.replaceChildren();
      const head = el("p", "detail-head");
      const date = el("strong");
      date.append(dateNode(ev.date));
      head.append(date, " · ", el("span", null, PARTS[partOf(ev)].label));
      if (ev.expectedAsOf) head.append(" · ", el("span", "expected", "expected as of " + humanDate(ev.expectedAsOf)));
      const text = inOwnDirection(el("p", "detail-text", ev.text || ""), ev.source);
      const who = el("p", "detail-outlets");
      const ids = idsOf(ev);
      who.append(el("span", "muted", ids.length === 1 ? "Reported by " : "Reported by " + outletsOf(ids).length + " outlets: "),
        outletLabels(ids, true));
      d.append(head, text, who);
    }

    function drawTimeline() {
      if (!timeline.svgBox) return;
      const width = Math.max(260, Math.floor(timeline.svgBox.clientWidth || 640));
      const parts = Object.keys(PARTS).filter((k) => events.some((e) => partOf(e) === k));
      // Each part gets its own stretch of the axis (the story the widest), so decades of background do not squash
      // the days of the story into a point. Side by side on a wide screen, one under the other on a narrow one.
      const narrow = width < 560 && parts.length > 1;
      const weight = { background: 1, story: 2.2, followup: 1 };
      const gap = narrow ? 0 : 26;
      const pad = 14;
      const usable = width - 2 * pad - gap * (parts.length - 1);
      const total = parts.reduce((a, k) => a + weight[k], 0);
      let x0 = pad;
      const stretches = parts.map((k, row) => {
        const evs = events.filter((e) => partOf(e) === k).sort((a, b) => dateRange(a.date).mid - dateRange(b.date).mid);
        let lo = Math.min(...evs.map((e) => dateRange(e.date).start));
        let hi = Math.max(...evs.map((e) => dateRange(e.date).end));
        if (hi - lo < 2 * DAY) { lo -= DAY; hi += DAY; }
        const w = narrow ? usable : usable * weight[k] / total;
        // Background spans decades with most events near the story: it is drawn in date order, evenly spaced,
        // each mark labelled with its own date, rather than to scale.
        const ordinal = k === "background" && evs.length > 2;
        const st = { part: k, x: narrow ? pad : x0, w, lo, hi, evs, row: narrow ? row : 0, ordinal };
        if (!narrow) x0 += w + gap;
        return st;
      });
      const xOf = (st, t, rank) => st.ordinal
        ? st.x + 8 + (st.w - 16) * (rank + 0.5) / st.evs.length
        : st.x + 8 + (st.w - 16) * (t - st.lo) / (st.hi - st.lo);
      // Events on (nearly) the same spot stack upwards.
      const placed = [];
      stretches.forEach((st) => st.evs.forEach((ev, rank) => {
        const x = xOf(st, dateRange(ev.date).mid, rank);
        const level = placed.filter((p) => p.st.row === st.row && Math.abs(p.x - x) < 14).length;
        placed.push({ ev, x, level, st });
      }));
      const rows = narrow ? stretches.length : 1;
      const rowTop = [];
      let y = 0;
      for (let r = 0; r < rows; r++) {
        const levels = Math.max(1, ...placed.filter((p) => p.st.row === r).map((p) => p.level + 1));
        rowTop.push({ top: y, axis: y + 34 + levels * 18 });
        y = rowTop[r].axis + 34;
      }
      const height = y;
      const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "timeline-svg", role: "group",
        "aria-label": "Timeline: " + events.length + " dated events on a date axis" });
      stretches.forEach((st) => {
        const axisY = rowTop[st.row].axis;
        chart.append(svg("line", { x1: st.x, x2: st.x + st.w, y1: axisY, y2: axisY, class: "axis part-" + st.part }));
        const label = svg("text", { x: st.x, y: rowTop[st.row].top + 14, class: "stretch-label" });
        // About 6.6 px a character at 12 px: the note about the scale only where it fits beside the next label.
        const full = PARTS[st.part].label + (st.ordinal ? " (in order, not to scale)" : "");
        label.textContent = full.length * 6.6 < st.w ? full : PARTS[st.part].label;
        chart.append(label);
        const span = st.hi - st.lo;
        let ticks;
        if (st.ordinal) {
          const spacing = (st.w - 16) / st.evs.length;
          const every = Math.max(1, Math.ceil(52 / spacing));
          ticks = st.evs.map((ev, rank) => ({ x: xOf(st, 0, rank), text: humanDate(ev.date) }))
            .filter((t, rank) => rank % every === 0);
        } else {
          const at = st.w > 150 ? [st.lo, st.lo + span / 2, st.hi] : [st.lo, st.hi];
          ticks = at.map((t) => ({ x: xOf(st, t, 0), text: tickLabel(t, span) }));
        }
        ticks.forEach((t, i) => {
          chart.append(svg("line", { x1: t.x, x2: t.x, y1: axisY, y2: axisY + 5, class: "tick" }));
          const anchor = st.ordinal ? "middle" : i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle";
          const tl = svg("text", { x: t.x, y: axisY + 20, class: "tick-label", "text-anchor": anchor });
          tl.textContent = t.text;
          chart.append(tl);
        });
      });
      if (!narrow) {
        for (let i = 1; i < stretches.length; i++) {
          const x = stretches[i].x - gap / 2;
          const axisY = rowTop[0].axis;
          chart.append(svg("path", { d: `M${x - 5} ${axisY + 6}L${x - 1} ${axisY - 6}M${x + 1} ${axisY + 6}L${x + 5} ${axisY - 6}`,
            class: "break", "aria-hidden": "true" }));
        }
      }
      timeline.marks = [];
      // Reading order: background, story, follow-ups; left to right within each; stacked marks bottom up.
      placed.sort((a, b) => parts.indexOf(a.st.part) - parts.indexOf(b.st.part) || a.x - b.x || a.level - b.level).forEach((p, i) => {
        const ev = p.ev;
        const axisY = rowTop[p.st.row].axis;
        const my = axisY - 14 - p.level * 18;
        const g = svg("g", { class: "ev part-" + p.st.part, transform: `translate(${p.x.toFixed(1)} ${my})`, tabindex: i === 0 ? 0 : -1,
          role: "button", "aria-label": humanDate(ev.date) + ", " + PARTS[p.st.part].label.toLowerCase()
            + (ev.expectedAsOf ? ", expected as of " + humanDate(ev.expectedAsOf) : "") + ": " + (ev.text || "")
            + " Reported by " + outletsOf(idsOf(ev)).join(", ") + "." });
        g.dataset.index = String(i);
        g.append(svg("circle", { r: 10, class: "hit" }), svg("circle", { r: 9, class: "ring" }), shape(PARTS[p.st.part].shape, 5, "part-" + p.st.part));
        chart.append(svg("line", { x1: p.x, x2: p.x, y1: my + 6, y2: axisY, class: "stem" }));
        const show = () => {
          timeline.marks.forEach((m) => m.classList.remove("current"));
          g.classList.add("current");
          showEvent(ev);
        };
        g.addEventListener("mouseenter", show);
        g.addEventListener("focus", show);
        g.addEventListener("click", () => openArticle(str(ev.source) || idsOf(ev)[0], ev, g));
        g.addEventListener("keydown", (e) => {
          const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
          let to = null;
          if (e.key in moves) to = i + moves[e.key];
          if (e.key === "Home") to = 0;
          if (e.key === "End") to = timeline.marks.length - 1;
          if (to !== null) {
            e.preventDefault();
            const target = timeline.marks[Math.max(0, Math.min(timeline.marks.length - 1, to))];
            timeline.marks.forEach((m) => m.setAttribute("tabindex", "-1"));
            target.setAttribute("tabindex", "0");
            target.focus();
          } else if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            openArticle(str(ev.source) || idsOf(ev)[0], ev, g);
          }
        });
        timeline.marks.push(g);
      });
      // Marks drawn after the stems so they sit on top.
      timeline.marks.forEach((g) => chart.append(g));
      timeline.svgBox.replaceChildren(chart);
    }

    // --- coverage -----------------------------------------------------------------------------------------------
    {
      const rows = summary.map((item, i) => ({ kind: "Summary", label: (i + 1) + ". " + (item.text || ""), ids: idsOf(item) }))
        .concat(events.map((ev) => ({ kind: "Timeline", label: humanDate(ev.date) + ": " + (ev.text || ""), ids: idsOf(ev) })));
      if (rows.length && outlets.length) {
        const s = section("sv-coverage", "Coverage", "Which outlet reports which fact. ● quoted from this outlet, ✓ the outlet says the same, – not reported.");
        const counts = rows.map((r) => outletsOf(r.ids).length);
        // Follow-ups from another period are kept out of the summary, so "every outlet" means every outlet with an
        // article in the story's own days.
        const ofDays = outlets.filter((o) => articles.some((a) => !a.later && outletOf(a.id) === o));
        const core = ofDays.length ? ofDays : outlets;
        const all = rows.map((r) => core.every((o) => outletsOf(r.ids).includes(o)));
        const allText = core.length < outlets.length ? "all " + core.length + " outlets of the story's days" : "every outlet";
        const everyone = all.filter(Boolean).length;
        const single = counts.filter((c) => c === 1).length;
        s.append(el("p", "coverage-sum", rows.length + " facts and events: " + everyone + " reported by " + allText + ", "
          + single + " by one outlet only."));
        const scroller = el("div", "table-scroll");
        scroller.tabIndex = 0;
        scroller.setAttribute("role", "region");
        scroller.setAttribute("aria-label", "Coverage table, scrolls sideways");
        const table = el("table", "coverage");
        const head = el("tr");
        head.append(el("th", "fact-col", "Fact or event"));
        outlets.forEach((o) => {
          const th = el("th", "outlet-col");
          th.scope = "col";
          th.append(outletLabel(o));
          head.append(th);
        });
        const countHead = el("th", null, "Outlets");
        countHead.scope = "col";
        head.append(countHead);
        const thead = el("thead");
        thead.append(head);
        table.append(thead);
        ["Summary", "Timeline"].forEach((kind) => {
          const group = rows.map((r, i) => [r, i]).filter(([r]) => r.kind === kind);
          if (!group.length) return;
          const tbody = el("tbody");
          const gr = el("tr", "group-row");
          const gth = el("th", null, kind === "Summary" ? "Summary sentences" : "Timeline events");
          gth.colSpan = outlets.length + 2;
          gth.scope = "colgroup";
          gr.append(gth);
          tbody.append(gr);
          group.forEach(([r, i]) => {
            const tr = el("tr");
            const th = el("th", "fact");
            th.scope = "row";
            th.textContent = r.label.length > 90 ? r.label.slice(0, 88) + "…" : r.label;
            th.title = r.label;
            tr.append(th);
            const first = outletOf(r.ids[0]);
            const reporting = outletsOf(r.ids);
            outlets.forEach((o) => {
              const td = el("td", "cell");
              const mark = o === first ? "●" : reporting.includes(o) ? "✓" : "–";
              const meaning = o === first ? "quoted from " + o : reporting.includes(o) ? o + " says the same" : "not in " + o;
              td.classList.add(o === first ? "quoted" : reporting.includes(o) ? "says" : "absent");
              if (reporting.includes(o)) td.style.setProperty("--c", colour(o));
              const sym = el("span", null, mark);
              sym.setAttribute("aria-hidden", "true");
              td.append(sym, el("span", "sr", meaning));
              tr.append(td);
            });
            const c = counts[i];
            const tag = c === 1 ? "one outlet only" : all[i] && core.length > 1 ? (core.length < outlets.length ? "all " + core.length + " of the days" : "every outlet")
              : c + " of " + outlets.length;
            const bar = el("td", "count");
            const meter = el("span", "meter");
            meter.setAttribute("aria-hidden", "true");
            const fill = el("span", "meter-fill");
            fill.style.width = Math.round(100 * c / outlets.length) + "%";
            meter.append(fill);
            bar.append(meter, el("span", "count-text" + (c === 1 ? " only-one" : ""), tag));
            tr.append(bar);
            tbody.append(tr);
          });
          table.append(tbody);
        });
        scroller.append(table);
        s.append(scroller);
        main.append(s);
      }
    }

    // --- disagreements -----------------------------------------------------------------------------------------
    const disagreements = arr(briefing.disagreements).filter((d) => d && arr(d.claims).length);
    if (disagreements.length) {
      const s = section("sv-disagreements", "Where sources disagree", "Each outlet's version side by side; the part that differs is highlighted.");
      disagreements.forEach((d, di) => {
        const card = el("article", "disagreement");
        const h = el("h3", null, d.topic || "Accounts differ");
        if (arr(fresh.disagreements).includes(briefing.disagreements.indexOf(d))) h.prepend(newBadge(), " ");
        if (d.kind) h.append(" ", el("span", "kind", "(" + String(d.kind).toLowerCase() + ")"));
        const claims = inStoryLanguage(el("div", "claims-row"));
        arr(d.claims).forEach((claim) => {
          if (!claim || typeof claim !== "object") return;
          const c = inOwnDirection(el("div", "claim-card"), claim.source);
          const outlet = outletOf(claim.source);
          c.style.setProperty("--c", colour(outlet));
          const top = el("p", "claim-top");
          top.append(outletLabel(outlet));
          const statement = str(claim.statement);
          if (statement) top.append(el("span", "figure", statement));
          const text = inOwnDirection(el("p", "claim-text"), claim.source);
          const at = statement && claim.text ? claim.text.indexOf(statement) : -1;
          register(text, claim.text || "", at >= 0 ? { start: at, end: at + statement.length, cls: "figure-mark" } : null);
          c.append(top, text, pageWords(action("Read in " + outlet, (e) => openArticle(claim.source, claim, e.currentTarget), "link claim-open")));
          claims.append(c);
        });
        card.append(h, claims);
        card.dataset.index = String(di);
        s.append(card);
      });
      main.append(s);
    }

    // --- who said what -----------------------------------------------------------------------------------------
    const quotes = arr(briefing.quotes).filter((q) => q && q.text);
    if (quotes.length) {
      const s = section("sv-quotes", "Who said what", "Quotes grouped by speaker.");
      const groups = new Map();
      quotes.forEach((q) => {
        const key = str(q.speaker) || "Unattributed";
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(q);
      });
      const grid = el("div", "speakers");
      groups.forEach((qs, speaker) => {
        const card = inOwnDirection(el("article", "speaker"), qs[0].source);
        const h = str(qs[0].speaker) ? el("h3", null, speaker) : pageWords(el("h3", null, speaker));
        const roles = [...new Set(qs.map((q) => str(q.role)).filter(Boolean))];
        card.append(h);
        if (roles.length) card.append(el("p", "muted role", roles.join("; ")));
        const list = el("ul", "quote-list");
        qs.forEach((q) => {
          const li = inOwnDirection(el("li", "quote"), q.source);
          const text = inOwnDirection(el("q"), q.source);
          register(text, q.text);
          const open = action("", (e) => openArticle(q.source, { text: q.text }, e.currentTarget), "quote-open");
          open.append(text);
          open.setAttribute("aria-label", "Read in its article: " + q.text);
          li.append(open, " ", outletLabel(outletOf(q.source)));
          if (q.partial) li.append(" ", pageWords(el("span", "muted", "(partial)")));
          list.append(li);
        });
        card.append(list);
        grid.append(card);
      });
      s.append(grid);
      main.append(s);
    }

    // --- entities ----------------------------------------------------------------------------------------------
    const entities = arr(briefing.entities).filter((e) => e && e.name);
    if (entities.length) {
      const s = section("sv-entities", "People, organisations and places", "Press a name to highlight where it is mentioned on this page.");
      const chips = el("div", "entity-chips");
      const status = el("p", "muted entity-status");
      status.setAttribute("role", "status");
      entities.forEach((ent) => {
        const b = el("button", "entity-chip");
        b.type = "button";
        b.setAttribute("aria-pressed", "false");
        const total = Object.values(ent.mentions || {}).reduce((a, v) => a + (Number(v) || 0), 0);
        b.append(inStoryLanguage(el("bdi", "entity-name", ent.name)), " ", el("span", "entity-type", String(ent.type || "").toLowerCase()),
          total ? el("span", "entity-count", " " + total) : "");
        b.title = arr(ent.aliases).length ? "Also: " + arr(ent.aliases).join(", ") : ent.name;
        b.addEventListener("click", () => {
          const on = b.getAttribute("aria-pressed") !== "true";
          b.setAttribute("aria-pressed", String(on));
          [ent.name].concat(arr(ent.aliases)).filter((t) => typeof t === "string" && t.trim())
            .forEach((t) => (on ? active.add(t) : active.delete(t)));
          painted.forEach(paint);
          const n = root.querySelectorAll("mark.hl").length;
          status.textContent = active.size ? n + " mention" + (n === 1 ? "" : "s") + " highlighted." : "";
        });
        chips.append(b);
      });
      s.append(chips, status);
      main.append(s);
    }

    // --- one outlet only ---------------------------------------------------------------------------------------
    const unique = arr(briefing.unique).filter((u) => u && u.text);
    if (unique.length) {
      const s = section("sv-unique", "Reported by one outlet only");
      const list = inStoryLanguage(el("ul", "plain"));
      unique.forEach((u) => {
        const li = inOwnDirection(el("li"), u.source);
        li.append(outletLabel(outletOf(u.source)), " ");
        const link = el("a", "sentence-link");
        link.href = "#";
        register(inOwnDirection(link, u.source), u.text);
        link.addEventListener("click", (e) => { e.preventDefault(); openArticle(u.source, u, link); });
        li.append(link);
        list.append(li);
      });
      s.append(list);
      main.append(s);
    }

    // --- sources -----------------------------------------------------------------------------------------------
    {
      const s = section("sv-articles", "Articles");
      const list = inStoryLanguage(el("ul", "plain articles"));
      articles.forEach((a) => {
        const li = inOwnDirection(el("li"), a.id);
        li.append(outletLabel(outletOf(a.id)), " ");
        const open = inOwnDirection(el("a", null, a.title || a.id), a.id);
        open.href = "#";
        open.addEventListener("click", (e) => { e.preventDefault(); openArticle(a.id, null, open); });
        li.append(open);
        if (a.published) li.append(" · ", dateNode(a.published, "muted"));
        if (a.later) li.append(" · ", pageWords(el("span", "muted", periodLabel(a))));
        // the text its feed gives, stored while its page fails: a reader should know it may be a teaser
        if (str(fromFeed[a.id])) {
          li.append(" · ", pageWords(el("span", "muted from-feed", "read from its feed: the page failed (" + fromFeed[a.id] + ")")));
        }
        if (str(links[a.id])) {
          const out = pageWords(el("a", "external", "original page"));
          out.href = links[a.id];
          out.rel = "noopener noreferrer";
          li.append(" · ", out);
        }
        list.append(li);
      });
      s.append(list);
      main.append(s);
    }

    // --- the reader --------------------------------------------------------------------------------------------
    function buildReader() {
      const node = el("aside", "sv-reader");
      node.id = "sv-reader";
      node.hidden = true;
      node.setAttribute("aria-labelledby", "sv-reader-title");
      const close = el("button", "close", "×");
      close.type = "button";
      close.setAttribute("aria-label", "Close the article");
      const title = el("h2", null);
      title.id = "sv-reader-title";
      const meta = el("p", "muted");
      const body = el("div", "reader-body");
      node.append(close, title, meta, body);
      close.addEventListener("click", closeReader);
      node.addEventListener("keydown", (e) => { if (e.key === "Escape") closeReader(); });
      return { node, title, meta, body };
    }

    function closeReader() {
      if (reader.node.hidden) return;
      reader.node.hidden = true;
      root.classList.remove("reading");
      // Drop the reader's paragraphs from the highlightable text.
      for (let i = painted.length - 1; i >= 0; i--) if (painted[i].reader) painted.splice(i, 1);
      const markIndex = focusBack && focusBack.classList && focusBack.classList.contains("ev") ? Number(focusBack.dataset.index) : -1;
      drawTimeline();
      // A redrawn timeline has new marks: give focus back to the one that opened the article.
      const back = markIndex >= 0 ? timeline.marks[markIndex] : focusBack;
      if (back && document.contains(back)) {
        if (markIndex >= 0) timeline.marks.forEach((m, i) => m.setAttribute("tabindex", i === markIndex ? "0" : "-1"));
        back.focus();
      }
    }

    function locate(article, item) {
      const paragraphs = arr(article.paragraphs);
      if (item && Number.isInteger(item.paragraph) && Number.isInteger(item.start) && Number.isInteger(item.end)
          && item.paragraph >= 0 && item.paragraph < paragraphs.length
          && item.start >= 0 && item.end <= paragraphs[item.paragraph].length && item.start < item.end) {
        return { paragraph: item.paragraph, start: item.start, end: item.end };
      }
      const whole = item && (str(item.sentence) || str(item.text));
      if (whole) {
        for (let p = 0; p < paragraphs.length; p++) {
          const at = paragraphs[p].indexOf(whole);
          if (at >= 0) return { paragraph: p, start: at, end: at + whole.length };
        }
      }
      return null;
    }

    function openArticle(id, item, from) {
      const article = byId.get(id);
      if (!article) return;
      focusBack = from || null;
      for (let i = painted.length - 1; i >= 0; i--) if (painted[i].reader) painted.splice(i, 1);
      const wasHidden = reader.node.hidden;
      reader.node.hidden = false;
      root.classList.add("reading");
      reader.title.textContent = article.title || article.id;
      inOwnDirection(reader.title, article.id);
      reader.meta.replaceChildren(outletLabel(outletOf(article.id)));
      if (str(article.author)) reader.meta.append(" ", inOwnDirection(el("bdi", null, article.author), article.id));
      if (article.published) reader.meta.append(" · ", dateNode(article.published));
      if (article.later) reader.meta.append(" · ", pageWords(el("span", null, periodLabel(article))));
      inOwnDirection(reader.body, article.id);
      reader.body.replaceChildren();
      const at = locate(article, item);
      let target = null;
      arr(article.paragraphs).forEach((text, p) => {
        const para = inOwnDirection(el("p"), article.id);
        para.dataset.paragraph = String(p);
        const entry = { node: para, text: String(text), reader: true,
          fixed: at && at.paragraph === p ? { start: at.start, end: at.end, cls: "sentence-mark" } : null };
        painted.push(entry);
        const mark = paint(entry);
        if (mark) target = mark;
        reader.body.append(para);
      });
      if (!arr(article.paragraphs).length) reader.body.append(el("p", "muted", "No text kept for this article."));
      if (wasHidden) drawTimeline();
      if (target) {
        target.tabIndex = -1;
        target.scrollIntoView({ block: "center" });
        target.focus({ preventScroll: true });
      } else {
        reader.node.scrollTop = 0;
        reader.node.scrollIntoView({ block: "start" });
        reader.title.tabIndex = -1;
        reader.title.focus({ preventScroll: true });
      }
    }

    drawTimeline();
    let resizing = null;
    const onResize = () => { clearTimeout(resizing); resizing = setTimeout(drawTimeline, 150); };
    window.addEventListener("resize", onResize);
    return { close: () => window.removeEventListener("resize", onResize), closeReader };
  }

  return { render, humanDate, inLanguage, palette: PALETTE };
})();
