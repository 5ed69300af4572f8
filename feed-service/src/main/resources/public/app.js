// The LATEST UPDATES page. Every piece of article text is inserted with textContent or text nodes,
// never as markup: a title or summary holding <script> shows those characters and runs nothing.

// generation counts reloads: an answer to a request made before the latest reload is stale and dropped.
const state = { categories: [], q: "", cursor: null, shown: new Set(), newest: null, placeholders: [], refreshMs: 3000,
  generation: 0, loaded: false };
const el = (id) => document.getElementById(id);
// Where the reader was (scroll offset, entries loaded), per filter set, so "back" from an article lands there.
const POSITION_KEY = "feedpipe.position";

function create(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function params(extra = {}) {
  const search = new URLSearchParams();
  state.categories.forEach((c) => search.append("category", c));
  if (state.q) search.set("q", state.q);
  Object.entries(extra).forEach(([k, v]) => { if (v !== null && v !== undefined) search.set(k, v); });
  return search;
}

async function getJson(path, search) {
  const response = await fetch(`${path}?${search}`, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

// The summary as text nodes, with each placeholder shown as a chip: the entry's own placeholders, as enrich
// wrote them, else (an older record) the service's.
function renderSummary(summary, own) {
  const placeholders = own || state.placeholders;
  const placeholderClass = (p) => ["code", "formula", "math"][placeholders.indexOf(p)];
  const paragraph = create("p", "summary");
  const escaped = placeholders.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = escaped.length ? new RegExp(`(${escaped.join("|")})`) : null;
  const parts = pattern ? summary.split(pattern) : [summary];
  parts.forEach((part) => {
    if (!part) return;
    if (placeholders.includes(part)) {
      paragraph.appendChild(create("span", `placeholder ${placeholderClass(part)}`, part));
    } else {
      paragraph.appendChild(document.createTextNode(part));
    }
  });
  return paragraph;
}

// Highlighted fragments arrive as segments {text, match}; matches become <mark> with text content.
function renderSegments(container, segments) {
  segments.forEach((segment) => {
    container.appendChild(segment.match ? create("mark", null, segment.text) : document.createTextNode(segment.text));
  });
  return container;
}

function renderEntry(entry, isNew) {
  const item = create("li", isNew ? "entry new" : "entry");
  item.dataset.id = entry.id;
  const meta = create("div", "meta");
  meta.appendChild(create("span", "category", entry.category));
  meta.appendChild(create("time", "date", entry.date));
  if (entry.counts) meta.appendChild(create("span", "reading", `${entry.counts.readingMinutes} min`));
  item.appendChild(meta);
  const title = create("h2", "title");
  const link = create("a", "title-link");
  link.href = `/articles/${encodeURIComponent(entry.id)}`;
  if (entry.highlights && entry.highlights.title) renderSegments(link, entry.highlights.title[0]);
  else link.textContent = entry.title;
  title.appendChild(link);
  item.appendChild(title);
  item.appendChild(renderSummary(entry.summary, entry.placeholders));
  if (entry.highlights && entry.highlights.text) {
    const list = create("ul", "fragments");
    entry.highlights.text.forEach((fragment) => list.appendChild(renderSegments(create("li"), fragment)));
    item.appendChild(list);
  }
  return item;
}

async function loadCategories() {
  const generation = state.generation;
  const search = new URLSearchParams();
  if (state.q) search.set("q", state.q);
  const { categories } = await getJson("/api/categories", search);
  if (generation !== state.generation) return;
  const nav = el("categories");
  nav.replaceChildren();
  const all = create("button", "chip", "全部 · All");
  all.type = "button";
  all.setAttribute("aria-pressed", String(state.categories.length === 0));
  all.addEventListener("click", () => { state.categories = []; reload(); });
  nav.appendChild(all);
  categories.forEach(({ category, count }) => {
    const chip = create("button", "chip", category);
    chip.type = "button";
    chip.dataset.category = category;
    chip.appendChild(create("span", "count", String(count)));
    chip.setAttribute("aria-pressed", String(state.categories.includes(category)));
    chip.addEventListener("click", () => {
      state.categories = state.categories.includes(category) ? state.categories.filter((c) => c !== category) : [category];
      reload();
    });
    nav.appendChild(chip);
  });
}

async function loadPage() {
  const generation = state.generation;
  const page = await getJson("/api/feed", params({ cursor: state.cursor }));
  if (generation !== state.generation) return;
  const list = el("entries");
  page.entries.forEach((entry) => {
    if (state.shown.has(entry.id)) return;
    state.shown.add(entry.id);
    list.appendChild(renderEntry(entry, false));
  });
  if (!state.newest && page.entries.length) state.newest = page.entries[0].publishedAt;
  state.cursor = page.nextCursor;
  el("more").hidden = !page.nextCursor;
  el("status").textContent = list.children.length ? "" : "没有文章 · No articles";
  state.loaded = true;
}

// Polls the first page; entries not shown yet and at least as new as the newest shown go on top.
async function refresh() {
  if (!state.loaded) return;
  const generation = state.generation;
  try {
    const page = await getJson("/api/feed", params());
    if (generation !== state.generation) return;
    const list = el("entries");
    const fresh = page.entries.filter((e) => !state.shown.has(e.id) && (!state.newest || e.publishedAt >= state.newest));
    fresh.reverse().forEach((entry) => {
      state.shown.add(entry.id);
      list.insertBefore(renderEntry(entry, true), list.firstChild);
    });
    if (page.entries.length && (!state.newest || page.entries[0].publishedAt > state.newest)) state.newest = page.entries[0].publishedAt;
    if (fresh.length) { el("status").textContent = ""; loadCategories(); }
  } catch (error) {
    el("status").textContent = `暂时无法更新 · ${error.message}`;
  }
}

// The filters live in the address, so a reload, a shared link or "back" shows the same selection.
function rememberFilters() {
  const search = params().toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

function readFilters() {
  const search = new URLSearchParams(location.search);
  state.categories = search.getAll("category").filter((c) => c.trim());
  state.q = (search.get("q") || "").trim();
  el("q").value = state.q;
}

function savePosition() {
  sessionStorage.setItem(POSITION_KEY, JSON.stringify({ search: location.search, y: window.scrollY,
    entries: el("entries").children.length }));
}

// Coming back through history (not a reload or a new visit): loads as many entries as were shown before and
// scrolls back to where the reader was.
async function restorePosition() {
  const [navigation] = performance.getEntriesByType("navigation");
  const saved = JSON.parse(sessionStorage.getItem(POSITION_KEY) || "null");
  if (!navigation || navigation.type !== "back_forward" || !saved || saved.search !== location.search) return;
  for (let pages = 0; el("entries").children.length < saved.entries && state.cursor && pages < 20; pages += 1) {
    await loadPage();
  }
  window.scrollTo(0, saved.y);
}

async function reload() {
  rememberFilters();
  state.generation += 1;
  state.loaded = false;
  state.cursor = null;
  state.shown.clear();
  state.newest = null;
  el("entries").replaceChildren();
  try {
    await Promise.all([loadCategories(), loadPage()]);
  } catch (error) {
    el("status").textContent = error.message;
  }
}

async function start() {
  history.scrollRestoration = "manual";
  window.addEventListener("pagehide", savePosition);
  readFilters();
  const meta = await getJson("/api/meta", new URLSearchParams());
  state.placeholders = meta.placeholders;
  state.refreshMs = meta.refreshMs;
  el("search").addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = el("q").value.trim();
    reload();
  });
  el("more").addEventListener("click", async () => {
    try { await loadPage(); } catch (error) { el("status").textContent = error.message; }
  });
  await reload();
  await restorePosition();
  setInterval(refresh, state.refreshMs);
}

start();
