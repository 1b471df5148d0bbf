// The front page and the story page. The front page lists, most recently updated first, the stories
// `storybrief watch` keeps and the briefings made on this server, as cards; a card is marked new (never opened
// here) or updated (changed since this browser last opened it), which this browser keeps in localStorage.
// A story opens at #/story/ID (a live story) or #/brief/ID (a briefing made on the page), drawn by StoryView.
// Text is placed with textContent only.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const PAGE = Math.max(1, Math.min(200, Number(params.get("per")) || 20));
  const SEEN = "storybrief-seen";
  let view = null;
  let generation = 0;

  function headers() {
    const token = sessionStorage.getItem("storybrief-token");
    return token ? { Authorization: "Bearer " + token } : {};
  }

  async function api(path) {
    const response = await fetch(path, { headers: headers() });
    if (response.status === 401) {
      $("token-box").hidden = false;
      throw new Error("This server needs an access token: enter it at the top of the page.");
    }
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || "HTTP " + response.status);
    return body;
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // --- what this browser has seen ----------------------------------------------------------------------------

  function seen() {
    try {
      const map = JSON.parse(localStorage.getItem(SEEN) || "{}");
      return map && typeof map === "object" ? map : {};
    } catch (e) {
      return {};
    }
  }

  function markSeen(key, stamp) {
    const map = seen();
    map[key] = stamp;
    try {
      localStorage.setItem(SEEN, JSON.stringify(map));
    } catch (e) {
      // A full or refused localStorage only loses the marks.
    }
  }

  /** "new" when never opened here, "updated" when changed since, else null. */
  function freshness(key, stamp) {
    const at = seen()[key];
    if (!at) return "new";
    return stamp > at ? "updated" : null;
  }

  // --- the front page: two sorted sources merged into one list, a page at a time ------------------------------

  function when(stamp) {
    return stamp ? stamp.replace("T", " ").slice(0, 16) + " UTC" : "";
  }

  function dayRange(first, last) {
    if (!first) return "";
    const h = window.StoryView.humanDate;
    return first === last || !last ? h(first) : h(first) + " – " + h(last);
  }

  function card(kind, item) {
    const key = kind + ":" + item.id;
    const stamp = kind === "story" ? item.updated : item.created;
    const state = freshness(key, stamp);
    const li = el("li", null, "card" + (state ? " fresh" : ""));
    li.dataset.key = key;
    li.dataset.stamp = stamp;
    const article = el("article");
    const h = el("h2");
    const link = el("a", item.headline || "(untitled story)");
    link.href = "#/" + kind + "/" + encodeURIComponent(item.id);
    // the headline and the gist are the story's text: in its language and direction (an Arabic gist right to left)
    window.StoryView.inLanguage(link, item.headline ? item.gistLanguage : "en");
    h.append(link);
    if (state) h.prepend(el("span", state, "badge"), " ");
    article.append(h);
    if (item.gist) article.append(window.StoryView.inLanguage(el("p", item.gist, "gist"), item.gistLanguage));
    const facts = el("p", null, "facts");
    if (kind === "story") {
      const size = item.size + (item.size === 1 ? " article" : " articles");
      facts.append(el("span", size, "fact"));
      if (item.outlets.length) facts.append(el("span", item.outlets.length + (item.outlets.length === 1 ? " outlet" : " outlets"), "fact"));
      if (item.firstDay) facts.append(el("span", dayRange(item.firstDay, item.lastDay), "fact"));
      facts.append(el("span", "updated " + when(item.updated), "fact"));
    } else {
      const outlets = Array.isArray(item.outlets) ? item.outlets : [];
      facts.append(el("span", item.articleCount + (item.articleCount === 1 ? " article" : " articles"), "fact"));
      if (outlets.length) facts.append(el("span", outlets.length + (outlets.length === 1 ? " outlet" : " outlets"), "fact"));
      if (item.firstDay) facts.append(el("span", dayRange(item.firstDay, item.lastDay), "fact"));
      facts.append(el("span", "briefed here " + when(item.created), "fact"));
    }
    article.append(facts);
    if (Array.isArray(item.outlets) && item.outlets.length) {
      const outlets = el("p", null, "card-outlets");
      outlets.append(el("span", "Outlets: ", "sr"));
      item.outlets.slice(0, 8).forEach((o) => outlets.append(el("bdi", o, "outlet-text")));
      if (item.outlets.length > 8) outlets.append(el("span", "+" + (item.outlets.length - 8), "outlet-text"));
      article.append(outlets);
    }
    li.append(article);
    return li;
  }

  function source(kind, path, field, stampOf) {
    return { kind, path, field, stampOf, buffer: [], offset: 0, total: null };
  }

  let sources = [];

  async function refill(s, q) {
    if (s.buffer.length || (s.total !== null && s.offset >= s.total)) return;
    const page = await api(s.path + "?limit=" + PAGE + "&offset=" + s.offset + (q ? "&q=" + encodeURIComponent(q) : ""));
    s.total = page.total;
    s.offset += page[s.field].length;
    s.buffer.push(...page[s.field]);
    if (!page[s.field].length) s.offset = s.total;
  }

  async function loadFront(append) {
    const mine = append ? generation : ++generation;
    const q = $("q").value.trim();
    if (!append) {
      sources = [source("story", "/api/stories", "stories", (s) => s.updated),
        source("brief", "/api/briefs", "briefs", (b) => b.created)];
      $("story-list").replaceChildren();
    }
    try {
      const cards = [];
      while (cards.length < PAGE) {
        await Promise.all(sources.map((s) => refill(s, q)));
        if (mine !== generation) return;
        const heads = sources.filter((s) => s.buffer.length);
        if (!heads.length) break;
        // Newest first across both: the stories' own order is kept (the API's), the two are interleaved by time.
        const next = heads.reduce((a, b) => (a.stampOf(a.buffer[0]) >= b.stampOf(b.buffer[0]) ? a : b));
        cards.push(card(next.kind, next.buffer.shift()));
      }
      $("story-list").append(...cards);
      const total = sources.reduce((a, s) => a + (s.total || 0), 0);
      const shown = $("story-list").children.length;
      $("more").hidden = shown >= total;
      $("front-status").textContent = total === 0
        ? (q ? "No story matches." : "No stories yet: brief some articles on the other page, or run storybrief watch with this data folder.")
        : (q ? total + (total === 1 ? " story matches" : " stories match") : total + (total === 1 ? " story" : " stories"))
          + (shown < total ? ", " + shown + " shown" : "");
    } catch (e) {
      $("front-status").textContent = e.message;
    }
  }

  // --- a story -----------------------------------------------------------------------------------------------

  async function showStory(kind, id) {
    $("front").hidden = true;
    $("story").hidden = false;
    document.body.classList.remove("front-page");
    if (view) view.close();
    view = null;
    $("story-view").replaceChildren();
    $("story-headline").textContent = "Loading…";
    // the last story's language does not carry over to this one's headline, nor to a message about it
    $("story-headline").removeAttribute("lang");
    $("story-headline").dir = "auto";
    $("story-meta").textContent = "";
    $("story-since").textContent = "";
    try {
      let briefing;
      let options = {};
      if (kind === "story") {
        const story = await api("/api/stories/" + encodeURIComponent(id));
        briefing = story.briefing;
        const links = {};
        const fromFeed = {};
        story.articles.forEach((a) => {
          links[a.id] = a.url;
          if (a.fromFeed) fromFeed[a.id] = a.fromFeed;
        });
        options = { fresh: story.new, links, fromFeed };
        $("story-headline").textContent = story.headline || "(untitled story)";
        window.StoryView.inLanguage($("story-headline"), story.headline && briefing ? briefing.language : null);
        // The briefing names each article's outlet; the listing's outlets are the feeds' words for them.
        const outlets = briefing ? new Set(arr(briefing.articles).map((a) => a.outlet).filter(Boolean)).size : story.outlets.length;
        const facts = [story.size + (story.size === 1 ? " article" : " articles"), outlets + (outlets === 1 ? " outlet" : " outlets"),
          dayRange(story.firstDay, story.lastDay), "updated " + when(story.updated)].filter(Boolean);
        $("story-meta").textContent = facts.join(" · ");
        $("story-since").textContent = story.previousBriefed
          ? "Marked new: what this briefing (" + when(story.briefed) + ") adds to the one before (" + when(story.previousBriefed) + ")."
          : story.briefed ? "" : "Not briefed yet: the watcher briefs it on its next cycle.";
        markSeen("story:" + id, story.updated);
      } else {
        briefing = await api("/api/briefs/" + encodeURIComponent(id));
        $("story-headline").textContent = briefing.headline || "(untitled story)";
        window.StoryView.inLanguage($("story-headline"), briefing.headline ? briefing.language : null);
        $("story-meta").textContent = [arr(briefing.articles).length + " articles", "briefed here " + when(briefing.created)].join(" · ");
        markSeen("brief:" + id, briefing.created);
      }
      if (briefing) view = window.StoryView.render($("story-view"), briefing, options);
      document.title = $("story-headline").textContent + " · storybrief";
      $("story-headline").focus({ preventScroll: true });
      window.scrollTo(0, 0);
      document.body.dataset.ready = "story";
    } catch (e) {
      $("story-headline").textContent = e.message;
    }
  }

  function arr(x) {
    return Array.isArray(x) ? x : [];
  }

  function route() {
    const match = location.hash.match(/^#\/(story|brief)\/(.+)$/);
    if (match) {
      delete document.body.dataset.ready;
      showStory(match[1], decodeURIComponent(match[2]));
    } else {
      if (view) view.close();
      view = null;
      $("story").hidden = true;
      $("front").hidden = false;
      document.body.classList.add("front-page");
      document.title = "storybrief · stories";
      loadFront(false).then(() => { document.body.dataset.ready = "front"; });
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("token").value = sessionStorage.getItem("storybrief-token") || "";
    $("token").addEventListener("change", () => { sessionStorage.setItem("storybrief-token", $("token").value.trim()); route(); });
    let typing;
    $("q").addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(() => loadFront(false), 250); });
    $("more").addEventListener("click", () => loadFront(true));
    $("mark-seen").addEventListener("click", () => {
      document.querySelectorAll("#story-list li.card").forEach((li) => {
        const badge = li.querySelector(".badge");
        if (badge) badge.remove();
        li.classList.remove("fresh");
      });
      // The stamps the cards show are what was seen: a later update marks the card again.
      document.querySelectorAll("#story-list li.card").forEach((li) => markSeen(li.dataset.key, li.dataset.stamp));
    });
    $("back").addEventListener("click", (e) => { e.preventDefault(); location.hash = ""; });
    window.addEventListener("hashchange", route);
    route();
  });
})();
