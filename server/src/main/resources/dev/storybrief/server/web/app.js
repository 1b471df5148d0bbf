// storybrief page: stages articles, posts them to /api/briefs, shows the briefing and its sources.
// Article text is only ever placed with textContent (never parsed as HTML), so a page pasted in cannot run code here.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const staged = [];
  let current = null;

  /** An element with a class, text content and children; text always goes in as text. */
  function el(tag, options, ...children) {
    const node = document.createElement(tag);
    const o = options || {};
    if (o.cls) node.className = o.cls;
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    if (o.title) node.title = o.title;
    if (o.type) node.type = o.type;
    if (o.on) Object.entries(o.on).forEach(([event, fn]) => node.addEventListener(event, fn));
    if (o.data) Object.entries(o.data).forEach(([k, v]) => { node.dataset[k] = v; });
    children.filter(Boolean).forEach((c) => node.append(c));
    return node;
  }

  /** An article of another period: before the story, after it, or (undated, set apart by the months it names) either. */
  function periodLabel(article) {
    if (article.earlier) return "earlier background";
    return article.published ? "later follow-up" : "another period";
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function setStatus(message, isError) {
    const s = $("status");
    s.textContent = message || "";
    s.classList.toggle("error", Boolean(isError));
  }

  // --- talking to the server -------------------------------------------------------------------------------

  function authHeaders() {
    const token = sessionStorage.getItem("storybrief-token");
    return token ? { Authorization: "Bearer " + token } : {};
  }

  async function api(method, url, body) {
    const response = await fetch(url, { method, body, headers: authHeaders() });
    let data = null;
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      data = await response.json().catch(() => null);
    }
    if (response.status === 401) {
      $("token-box").hidden = false;
    }
    return { status: response.status, ok: response.ok, data };
  }

  function errorText(result) {
    if (result.status === 401) return "This server needs an access token: enter it at the top of the page.";
    const d = result.data;
    if (d && d.error) {
      // an error said in plain words (with the pipeline's own line in "reason") is whole; details are for programs
      if (d.reason) return d.error;
      const details = Array.isArray(d.details) && d.details.length ? " (" + d.details.join("; ") + ")" : "";
      return d.error + details;
    }
    return "The server answered " + result.status + ".";
  }

  // --- staging articles ------------------------------------------------------------------------------------

  function stage(item) {
    staged.push(item);
    renderStaged();
  }

  function renderStaged() {
    const list = $("staged");
    clear(list);
    staged.forEach((item, index) => {
      const remove = el("button", { cls: "link", type: "button", text: "remove", title: "Remove this article",
        on: { click: () => { staged.splice(index, 1); renderStaged(); } } });
      list.append(el("li", { cls: "staged-item" }, el("span", { cls: "kind", text: item.kind }),
        el("span", { cls: "label", text: item.label }), remove));
    });
    $("brief").disabled = staged.length === 0;
  }

  function stageFiles(files) {
    Array.from(files).forEach((file) => stage({ kind: "file", label: file.name, file }));
  }

  function looksLikeHtml(text) {
    return /^\s*</.test(text) && /<\/?(html|body|head|article|p|div|main|section)\b/i.test(text);
  }

  function stagePaste() {
    const text = $("paste").value;
    if (!text.trim()) {
      setStatus("Paste an article's text or HTML first.", true);
      return;
    }
    const html = looksLikeHtml(text);
    const firstLine = text.replace(/<[^>]*>/g, " ").trim().split(/\n/)[0].slice(0, 60);
    stage({ kind: html ? "html" : "text", label: firstLine || "pasted article", text });
    $("paste").value = "";
    setStatus("");
  }

  function stagePath() {
    const path = $("server-path").value.trim();
    if (path) {
      stage({ kind: "path", label: path, path });
      $("server-path").value = "";
    }
  }

  // the server's bounds for the summary budget, checked here so a reader learns before anything is sent
  const MIN_WORDS = 1;
  const MAX_WORDS = 2000;

  /** The summary budget the field holds, or null after saying in the status line what is wrong with it. */
  function wordBudget() {
    const field = $("words");
    const raw = field.value.trim();
    const words = raw === "" ? 120 : Number(raw);
    if (!Number.isInteger(words) || words < MIN_WORDS || words > MAX_WORDS) {
      setStatus("Summary words must be a whole number from " + MIN_WORDS + " to " + MAX_WORDS + ".", true);
      field.focus();
      return null;
    }
    return words;
  }

  async function submit() {
    if (staged.length === 0) return;
    const words = wordBudget();
    if (words === null) return;
    const form = new FormData();
    staged.forEach((item) => {
      if (item.kind === "file") form.append("files", item.file, item.file.name);
      else if (item.kind === "path") form.append("path", item.path);
      else form.append(item.kind, item.text);
    });
    form.append("words", String(words));
    form.append("verbatim", $("verbatim").checked ? "true" : "false");
    $("brief").disabled = true;
    setStatus("Briefing " + staged.length + " article" + (staged.length === 1 ? "" : "s") + "…");
    try {
      const result = await api("POST", "/api/briefs", form);
      if (result.status === 201 && result.data) {
        staged.length = 0;
        renderStaged();
        setStatus("");
        history.replaceState(null, "", "#brief=" + encodeURIComponent(result.data.id));
        showBriefing(result.data);
        loadList();
      } else {
        setStatus(errorText(result), true);
      }
    } catch (e) {
      setStatus("Could not reach the server: " + e.message, true);
    } finally {
      $("brief").disabled = staged.length === 0;
    }
  }

  // --- showing a briefing ----------------------------------------------------------------------------------

  function articleById(id) {
    return (current && current.articles || []).find((a) => a.id === id);
  }

  /** The outlet of an article, or "unknown outlet #N" (its place among the sources) as the command line says. */
  function sourceName(id) {
    const articles = current && current.articles || [];
    const a = articleById(id);
    return a ? (a.outlet || "unknown outlet #" + (articles.indexOf(a) + 1)) : id;
  }

  /**
   * A block of article text takes its article's language (else the briefing's) and that language's direction, as the
   * story pages set them (an Arabic sentence's full stop and figures at its end); of an unknown language it reads its
   * direction from its first strong letter.
   */
  function inOwnDirection(node, id) {
    const a = articleById(id);
    return StoryView.inLanguage(node, a && a.language || current && current.language);
  }

  /** Chips for the article a sentence comes from and those that say the same; each opens its article. */
  function chips(item) {
    const ids = [item.source].concat(Array.isArray(item.support) ? item.support : []);
    const names = Array.isArray(item.outlets) && item.outlets.length === ids.length ? item.outlets : ids.map(sourceName);
    return el("span", { cls: "chips" }, ...ids.map((id, i) => el("button", {
      cls: i === 0 ? "chip source" : "chip", type: "button", text: names[i],
      title: i === 0 ? "Source: open " + id : "Also reported by " + id,
      data: { article: id },
      on: { click: () => openArticle(id, i === 0 ? item : null) },
    })));
  }

  /**
   * A stored time as the story page writes it, "2026-03-13 10:02 UTC": the same in every browser, where
   * toLocaleString() wrote "3/13/2026, 10:02:00 AM" in an American one, whatever the story's language.
   */
  function when(stamp) {
    return stamp ? String(stamp).replace("T", " ").slice(0, 16) + " UTC" : "";
  }

  function showBriefing(data) {
    current = data;
    $("result").hidden = false;
    $("headline").textContent = data.headline || "Untitled story";
    $("story-page-link").href = "/stories#/brief/" + encodeURIComponent(data.id || "");
    const created = when(data.created);
    $("result-meta").textContent = [
      (data.articles || []).length + " articles",
      (data.summaryWords ?? "?") + " of " + (data.wordBudget ?? "?") + " words",
      created,
    ].filter(Boolean).join(" · ");

    const summary = $("summary");
    clear(summary);
    (data.summary || []).forEach((item, index) => {
      const sentence = el("a", { cls: "sentence-link", text: item.text,
        title: item.trimmed ? "Trimmed from: " + item.sentence : "Show this sentence in its article",
        data: { index: String(index) } });
      sentence.href = "#";
      inOwnDirection(sentence, item.source);
      sentence.addEventListener("click", (e) => { e.preventDefault(); openArticle(item.source, item); });
      summary.append(el("li", { cls: "sentence" }, sentence, " ", chips(item)));
    });

    renderExtra("timeline", data.timeline);
    renderExtra("quotes", data.quotes);
    renderExtra("entities", data.entities);
    renderExtra("disagreements", data.disagreements);
    renderExtra("unique", data.unique);

    const articles = $("articles");
    clear(articles);
    (data.articles || []).forEach((a) => {
      const open = inOwnDirection(el("a", { text: a.title || a.id }), a.id);
      open.href = "#";
      open.addEventListener("click", (e) => { e.preventDefault(); openArticle(a.id, null); });
      const facts = [a.outlet, a.published].filter(Boolean).join(", ");
      articles.append(el("li", { cls: a.later ? "later" : "" }, open, facts ? " — " + facts : "",
        a.later ? el("span", { cls: "flag", text: periodLabel(a) }) : null));
    });

    const warnings = data.warnings || [];
    $("warnings-section").hidden = warnings.length === 0;
    const list = $("warnings");
    clear(list);
    warnings.forEach((w) => list.append(el("li", { text: w })));
    closeReader();
    $("result").scrollIntoView({ block: "start" });
  }

  const MAIN_TEXT = ["text", "quote", "claim", "event", "statement", "summary", "description", "topic", "title"];
  const WHO = ["speaker", "who", "attribution", "person"];
  const WHEN = ["date", "when", "time", "day"];
  const ROLE = ["role", "affiliation"];

  /** Sections later versions add (timeline, quotes, disagreements): shown only when the briefing has them. */
  function renderExtra(name, items) {
    const section = $(name + "-section");
    const list = $(name);
    clear(list);
    const entries = Array.isArray(items) ? items : [];
    section.hidden = entries.length === 0;
    entries.forEach((item) => list.append(el("li", { cls: "extra-item" }, describe(item, 0))));
  }

  function pick(object, keys) {
    const key = keys.find((k) => object[k] !== undefined && object[k] !== null && typeof object[k] !== "object");
    return key === undefined ? null : { key, value: String(object[key]) };
  }

  /** A disagreement: its topic, then each outlet's version, each opening its sentence in the article. */
  function describeDisagreement(item) {
    const node = el("div", { cls: "described disagreement" });
    node.append(el("strong", { text: item.topic || item.kind || "Accounts differ" }));
    const claims = el("ul", { cls: "claims" });
    item.claims.forEach((claim) => {
      if (claim === null || typeof claim !== "object") {
        claims.append(el("li", { text: claim }));
        return;
      }
      const line = el("li", { cls: "claim" });
      if (claim.statement) line.append(el("b", { text: claim.statement }), " ");
      if (typeof claim.source === "string") line.append(chips({ source: claim.source, support: [], text: claim.text }), " ");
      if (claim.text) {
        const link = inOwnDirection(el("a", { cls: "claim-text", text: claim.text }), claim.source);
        link.href = "#";
        link.addEventListener("click", (e) => { e.preventDefault(); openArticle(claim.source, claim); });
        line.append(link);
      }
      claims.append(line);
    });
    node.append(claims);
    return node;
  }

  /** An entity: its name and kind, how often each outlet mentions it, and its other spellings. */
  function describeEntity(item) {
    const total = Object.values(item.mentions).reduce((a, b) => a + b, 0);
    const node = el("div", { cls: "described entity" });
    node.append(el("strong", { text: item.name }), " ", el("span", { cls: "flag", text: String(item.type).toLowerCase() }),
      el("span", { cls: "who", text: " — " + total + (total === 1 ? " mention" : " mentions") }));
    if (Array.isArray(item.aliases) && item.aliases.length) {
      node.append(el("div", { cls: "field", text: "also: " + item.aliases.join(", ") }));
    }
    return node;
  }

  /** A readable rendering of one item whatever its shape; text, never markup. */
  function describe(item, depth) {
    if (item === null || typeof item !== "object") return el("span", { text: item });
    if (!Array.isArray(item) && item.name && item.mentions && typeof item.mentions === "object") return describeEntity(item);
    if (!Array.isArray(item) && Array.isArray(item.claims)) return describeDisagreement(item);
    if (Array.isArray(item)) {
      return el("ul", {}, ...item.map((x) => el("li", {}, describe(x, depth + 1))));
    }
    const used = new Set();
    const node = el("div", { cls: "described" });
    const when = pick(item, WHEN);
    if (when) { used.add(when.key); node.append(el("span", { cls: "when", text: when.value }), " "); }
    const main = pick(item, MAIN_TEXT);
    const who = pick(item, WHO);
    if (who) used.add(who.key);
    if (main) {
      used.add(main.key);
      const text = el("span", { cls: "main", text: main.value });
      if (typeof item.source === "string" && articleById(item.source)) {
        const link = el("a", { cls: "main", text: main.value });
        link.href = "#";
        link.addEventListener("click", (e) => { e.preventDefault(); openArticle(item.source, item); });
        node.append(link);
      } else {
        node.append(text);
      }
    }
    const role = pick(item, ROLE);
    if (role) used.add(role.key);
    if (who) node.append(el("span", { cls: "who", text: " — " + who.value + (role ? ", " + role.value : "") }));
    const ids = [...new Set([].concat(typeof item.source === "string" ? [item.source] : [],
      Array.isArray(item.support) ? item.support : [], Array.isArray(item.sources) ? item.sources : [],
      Array.isArray(item.articles) ? item.articles : []).filter((x) => typeof x === "string"))];
    ["source", "support", "sources", "articles", "outlets", "paragraph", "start", "end", "sentenceIndex"]
      .forEach((k) => used.add(k));
    if (ids.length) {
      node.append(" ", chips({ source: ids[0], support: ids.slice(1),
        outlets: Array.isArray(item.outlets) && item.outlets.length === ids.length ? item.outlets : null,
        paragraph: item.paragraph, start: item.start, end: item.end, text: main && main.value }));
    }
    if (depth < 3) {
      // Flags that are off and empty lists say nothing; a flag that is on shows as its name.
      Object.entries(item).filter(([k, v]) => !used.has(k) && v !== null && v !== undefined && v !== false
          && !(Array.isArray(v) && v.length === 0)).forEach(([k, v]) => {
        node.append(v === true ? el("span", { cls: "flag", text: k })
          : el("div", { cls: "field" }, el("span", { cls: "key", text: k + ": " }), describe(v, depth + 1)));
      });
    }
    return node;
  }

  // --- the article reader, with the summary sentence highlighted ---------------------------------------------

  function locate(article, item) {
    const paragraphs = article.paragraphs || [];
    if (item && Number.isInteger(item.paragraph) && Number.isInteger(item.start) && Number.isInteger(item.end)
        && item.paragraph >= 0 && item.paragraph < paragraphs.length
        && item.start >= 0 && item.end <= paragraphs[item.paragraph].length && item.start < item.end) {
      return { paragraph: item.paragraph, start: item.start, end: item.end };
    }
    const whole = item && (item.sentence || item.text);
    if (whole) {
      for (let p = 0; p < paragraphs.length; p++) {
        const at = paragraphs[p].indexOf(whole);
        if (at >= 0) return { paragraph: p, start: at, end: at + whole.length };
      }
    }
    return null;
  }

  function openArticle(id, item) {
    const article = articleById(id);
    if (!article) return;
    $("reader").hidden = false;
    document.body.classList.add("reading");
    $("reader-title").textContent = article.title || article.id;
    inOwnDirection($("reader-title"), article.id);
    $("reader-meta").textContent = [article.outlet, article.author, article.published, article.later ? periodLabel(article) : null]
      .filter(Boolean).join(" · ");
    const body = $("reader-body");
    clear(body);
    const at = locate(article, item);
    let mark = null;
    (article.paragraphs || []).forEach((text, p) => {
      const para = inOwnDirection(el("p", { data: { paragraph: String(p) } }), article.id);
      if (at && at.paragraph === p) {
        mark = el("mark", { text: text.slice(at.start, at.end) });
        para.append(text.slice(0, at.start), mark, text.slice(at.end));
      } else {
        para.textContent = text;
      }
      body.append(para);
    });
    if (!(article.paragraphs || []).length) body.append(el("p", { cls: "muted", text: "No text kept for this article." }));
    if (mark) {
      mark.tabIndex = -1;
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    } else {
      $("reader").scrollTop = 0;
    }
  }

  function closeReader() {
    $("reader").hidden = true;
    document.body.classList.remove("reading");
  }

  // --- past briefings --------------------------------------------------------------------------------------

  async function loadList() {
    const q = $("search").value.trim();
    const result = await api("GET", "/api/briefs?limit=100" + (q ? "&q=" + encodeURIComponent(q) : ""));
    const list = $("brief-list");
    clear(list);
    if (!result.ok || !result.data) {
      $("history-count").textContent = errorText(result);
      return;
    }
    const { total, briefs } = result.data;
    $("history-count").textContent = total === 0 ? (q ? "No briefing matches." : "No briefing yet.")
      : total + " briefing" + (total === 1 ? "" : "s") + (q ? " match" + (total === 1 ? "es" : "") : "");
    briefs.forEach((b) => {
      const open = el("a", { cls: "brief-link", text: b.headline || "Untitled story", data: { id: b.id } });
      open.href = "#brief=" + encodeURIComponent(b.id);
      open.addEventListener("click", (e) => { e.preventDefault(); loadBriefing(b.id); });
      const remove = el("button", { cls: "link danger", type: "button", text: "delete" });
      remove.addEventListener("click", async () => {
        if (remove.dataset.armed !== "yes") {
          remove.dataset.armed = "yes";
          remove.textContent = "really delete?";
          return;
        }
        const r = await api("DELETE", "/api/briefs/" + encodeURIComponent(b.id));
        if (r.status === 204 && current && current.id === b.id) {
          $("result").hidden = true;
          current = null;
          closeReader();
        }
        loadList();
      });
      list.append(el("li", {}, open, el("span", { cls: "muted",
        text: " " + when(b.created) + " · " + b.articleCount + " articles " }), remove));
    });
  }

  async function loadBriefing(id) {
    const result = await api("GET", "/api/briefs/" + encodeURIComponent(id));
    if (result.ok && result.data) {
      history.replaceState(null, "", "#brief=" + encodeURIComponent(id));
      showBriefing(result.data);
    } else {
      setStatus(errorText(result), true);
    }
  }

  // --- wiring ----------------------------------------------------------------------------------------------

  function debounce(fn, ms) {
    let timer = null;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  /** A link to #brief=ID (bookmarked, or typed) shows that briefing. */
  function showFromHash() {
    const match = /^#brief=(.+)$/.exec(location.hash);
    if (match && !(current && current.id === decodeURIComponent(match[1]))) loadBriefing(decodeURIComponent(match[1]));
  }

  async function init() {
    const drop = $("drop");
    ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add("over"); }));
    ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
    drop.addEventListener("drop", (e) => { e.preventDefault(); stageFiles(e.dataTransfer.files); });
    $("files").addEventListener("change", (e) => { stageFiles(e.target.files); e.target.value = ""; });
    $("add-paste").addEventListener("click", stagePaste);
    $("add-path").addEventListener("click", stagePath);
    $("brief").addEventListener("click", submit);
    $("close-reader").addEventListener("click", closeReader);
    $("search").addEventListener("input", debounce(loadList, 250));
    $("home").addEventListener("click", (e) => { e.preventDefault(); $("result").hidden = true; closeReader(); history.replaceState(null, "", "#"); });
    $("token").value = sessionStorage.getItem("storybrief-token") || "";
    $("token").addEventListener("change", () => { sessionStorage.setItem("storybrief-token", $("token").value.trim()); loadList(); });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeReader(); });

    const health = await api("GET", "/health");
    if (health.data) {
      $("path-box").hidden = !health.data.serverPaths;
      if (health.data.tokenRequired && !sessionStorage.getItem("storybrief-token")) $("token-box").hidden = false;
    }
    await loadList();
    window.addEventListener("hashchange", showFromHash);
    showFromHash();
    document.body.dataset.ready = "yes";
  }

  init();
})();
