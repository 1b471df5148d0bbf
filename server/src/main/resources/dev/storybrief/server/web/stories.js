// The live stories page: a front page of the stories `storybrief watch` keeps, and one story's briefing with what
// is new since its previous briefing marked. Text is placed with textContent only.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const PAGE = 30;
  let offset = 0;

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

  function span(story) {
    if (!story.firstDay) return "";
    return story.firstDay === story.lastDay ? story.firstDay : story.firstDay + " – " + story.lastDay;
  }

  function meta(story) {
    const parts = [story.size + (story.size === 1 ? " article" : " articles")];
    if (story.copies > story.size) parts.push((story.copies - story.size) + " copies");
    if (story.outlets.length) parts.push(story.outlets.slice(0, 6).join(", ") + (story.outlets.length > 6 ? " +" + (story.outlets.length - 6) : ""));
    if (span(story)) parts.push(span(story));
    parts.push("updated " + story.updated.replace("T", " ").slice(0, 16) + " UTC");
    return parts.join(" · ");
  }

  async function loadFront(append) {
    if (!append) offset = 0;
    const q = $("q").value.trim();
    try {
      const page = await api("/api/stories?limit=" + PAGE + "&offset=" + offset + (q ? "&q=" + encodeURIComponent(q) : ""));
      const list = $("story-list");
      if (!append) list.replaceChildren();
      for (const story of page.stories) {
        const item = el("li");
        const link = el("a", story.headline || "(untitled story)");
        link.href = "#/story/" + encodeURIComponent(story.id);
        item.append(link, el("div", meta(story), "muted small"));
        list.append(item);
      }
      offset += page.stories.length;
      $("more").hidden = offset >= page.total;
      $("front-status").textContent = page.total === 0
        ? "No stories yet: run storybrief watch --feeds FILE --data with this data folder."
        : page.total + (page.total === 1 ? " story" : " stories");
    } catch (e) {
      $("front-status").textContent = e.message;
    }
  }

  function fill(list, items, fresh, render) {
    list.replaceChildren();
    items.forEach((item, i) => {
      const row = render(item);
      if (fresh.includes(i)) {
        row.classList.add("new");
        row.prepend(el("span", "new", "badge"));
      }
      list.append(row);
    });
  }

  async function showStory(id) {
    $("front").hidden = true;
    $("story").hidden = false;
    try {
      const story = await api("/api/stories/" + encodeURIComponent(id));
      const briefing = story.briefing || { summary: [], timeline: [], disagreements: [] };
      const outletOf = {};
      story.articles.forEach((a) => { outletOf[a.id] = a.outlet || a.id; });
      const name = (id) => outletOf[id] || id;
      $("story-headline").textContent = story.headline || "(untitled story)";
      $("story-meta").textContent = meta(story);
      $("story-since").textContent = story.previousBriefed
        ? "Marked new: what this briefing (" + story.briefed + ") adds to the previous one (" + story.previousBriefed + ")."
        : story.briefed ? "First briefing of this story." : "Not briefed yet.";
      fill($("story-summary"), briefing.summary || [], story.new.summary, (s) => {
        const li = el("li", s.text + " ");
        li.append(el("span", "[" + [...new Set([s.source].concat(s.support || []).map(name))].join(", ") + "]", "muted"));
        return li;
      });
      const timeline = briefing.timeline || [];
      $("story-timeline-box").hidden = timeline.length === 0;
      fill($("story-timeline"), timeline, story.new.timeline, (t) => el("li", t.date + " — " + t.text));
      const disagreements = briefing.disagreements || [];
      $("story-disagreements-box").hidden = disagreements.length === 0;
      fill($("story-disagreements"), disagreements, story.new.disagreements, (d) =>
        el("li", d.topic + ": " + (d.claims || []).map((c) => (c.statement || c.text) + " (" + name(c.source) + ")").join(" / ")));
      const articles = $("story-articles");
      articles.replaceChildren();
      for (const a of story.articles) {
        const li = el("li");
        const link = el("a", a.title || a.url);
        link.href = a.url;
        link.rel = "noopener noreferrer";
        li.append(link, el("span", " " + [a.outlet, a.published, a.copyOf ? "copy of " + a.copyOf : null].filter(Boolean).join(" · "), "muted"));
        articles.append(li);
      }
    } catch (e) {
      $("story-headline").textContent = e.message;
    }
  }

  function route() {
    const match = location.hash.match(/^#\/story\/(.+)$/);
    if (match) {
      showStory(decodeURIComponent(match[1]));
    } else {
      $("story").hidden = true;
      $("front").hidden = false;
      loadFront(false);
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("token").value = sessionStorage.getItem("storybrief-token") || "";
    $("token").addEventListener("change", () => { sessionStorage.setItem("storybrief-token", $("token").value.trim()); route(); });
    let typing;
    $("q").addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(() => loadFront(false), 250); });
    $("more").addEventListener("click", () => loadFront(true));
    $("back").addEventListener("click", (e) => { e.preventDefault(); location.hash = ""; });
    window.addEventListener("hashchange", route);
    route();
  });
})();
