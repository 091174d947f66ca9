// The watch floor's live page: the map and regions from /api/regions, the feed from /api/alerts
// and /api/alerts/stream (Server-Sent Events), details from the alerts themselves. No framework,
// no CDN: the map data (Natural Earth via world-atlas) and its decoder ship in the jar.
"use strict";
const LEVELS = ["CALM", "ELEVATED", "HIGH", "RETALIATION", "CYCLE", "CRISIS"];
const state = { regions: [], alerts: new Map(), numericToAlpha2: {}, selected: null, minLevel: 0, region: "" };
const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}
function svg(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}
const fmt = (iso) => iso ? iso.replace("T", " ").replace(/:00(\.000)?Z$/, "Z") : "";
const levelBadge = (level) => el("span", { class: "level l" + level }, level + " " + LEVELS[level]);
async function getJson(path) {
  const r = await fetch(path, { cache: "no-store" });
  if (!r.ok) throw new Error(path + ": " + r.status);
  return r.json();
}

// ---- the map: an equirectangular projection of the TopoJSON countries, drawn once ----
const project = ([lon, lat]) => [(lon + 180) * 960 / 360, (90 - lat) * 470 / 180];
function ringPath(ring) {
  return ring.map((p, i) => (i ? "L" : "M") + project(p).map((n) => n.toFixed(1)).join(",")).join("") + "Z";
}
function geometryPath(g) {
  if (!g) return "";
  if (g.type === "Polygon") return g.coordinates.map(ringPath).join("");
  if (g.type === "MultiPolygon") return g.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
  return "";
}
async function drawMap() {
  const [world, codes] = await Promise.all([getJson("/vendor/world-atlas/countries-50m.json"), getJson("/vendor/i18n-iso-countries/codes.json")]);
  for (const [alpha2, , numeric] of codes) state.numericToAlpha2[numeric] = alpha2;
  const countries = topojson.feature(world, world.objects.countries).features;
  const map = $("map");
  for (const f of countries) {
    const alpha2 = state.numericToAlpha2[f.id];
    const path = svg("path", { class: "country", d: geometryPath(f.geometry) });
    if (alpha2) path.setAttribute("data-country", alpha2);
    path.append(svg("title", {}, (f.properties && f.properties.name) || alpha2 || ""));
    map.append(path);
  }
  paintMap();
}
function zoomMap() {
  let box = null;
  for (const path of document.querySelectorAll("#map path.country[data-level]")) {
    if (path.getAttribute("data-level") === "0") continue;
    const b = path.getBBox();
    box = box ? { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height) }
        : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
  }
  const map = $("map");
  if (!box || !$("zoom").checked) { map.setAttribute("viewBox", "0 0 960 470"); return; }
  const w = Math.max((box.x1 - box.x0) * 2.2, (box.y1 - box.y0) * 2.2 * 960 / 470, 220), h = w * 470 / 960;
  const cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2;
  map.setAttribute("viewBox", [cx - w / 2, cy - h / 2, w, h].map((n) => n.toFixed(1)).join(" "));
}
function paintMap() {
  const byCountry = {};
  for (const r of state.regions) for (const c of r.countries) byCountry[c] = r;
  for (const path of document.querySelectorAll("#map path.country[data-country]")) {
    const r = byCountry[path.getAttribute("data-country")];
    if (!r) {
      ["data-level", "data-region", "tabindex", "role", "aria-label"].forEach((a) => path.removeAttribute(a));
      continue;
    }
    path.setAttribute("data-level", r.level);
    path.setAttribute("data-region", r.region);
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", r.region + " " + r.level + " " + r.levelName);
    path.classList.toggle("dim", r.level < state.minLevel || (state.region && state.region !== r.region));
    path.firstChild.textContent = r.region + (r.countries.length > 1 ? " (theatre: " + r.countries.join(", ") + ")" : "")
        + ": " + r.level + " " + r.levelName;
  }
  zoomMap();
}
$("zoom").addEventListener("change", zoomMap);
$("map").addEventListener("click", (e) => { const r = e.target.getAttribute && e.target.getAttribute("data-region"); if (r) showRegion(r); });
$("map").addEventListener("keydown", (e) => {
  const r = e.target.getAttribute && e.target.getAttribute("data-region");
  if (r && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showRegion(r); }
});

// ---- regions and status, polled: a level change or a config apply shows without a reload ----
async function refreshRegions() {
  try {
    state.regions = await getJson("/api/regions");
  } catch (e) {
    return;
  }
  paintMap();
  const list = $("regions");
  list.replaceChildren(...state.regions
      .filter((r) => r.level >= state.minLevel && (!state.region || state.region === r.region))
      .sort((a, b) => b.level - a.level || a.region.localeCompare(b.region))
      .map((r) => el("li", {}, el("button", { type: "button", "data-region": r.region, "data-level": r.level, onclick: () => showRegion(r.region) },
          levelBadge(r.level), " ", el("strong", {}, r.region),
          r.countries.length > 1 ? el("small", {}, " theatre: " + r.countries.join(", ")) : null,
          r.since ? el("span", { class: "when" }, "  since " + fmt(r.since)) : null))));
  $("region-names").replaceChildren(...state.regions.map((r) => el("option", { value: r.region })));
}
async function refreshStatus() {
  try {
    const s = await getJson("/api/status");
    $("config-version").textContent = s.configVersion;
    $("engine-state").textContent = s.state;
  } catch (e) {
    $("engine-state").textContent = "unreachable";
  }
}

// ---- the alert feed: the latest from /api/alerts, then live from the event stream ----
function feedItem(a, fresh) {
  return el("li", { class: fresh ? "new" : "" }, el("button", { type: "button", "data-alert": a.alertId, "data-region": a.region, onclick: () => showAlert(a.alertId) },
      el("span", { class: "when" }, fmt(a.eventTime) + " "), el("strong", {}, a.region), " ", levelBadge(a.level), " ",
      el("small", {}, a.status), el("br"), headline(a)));
}
function renderFeed(freshId) {
  const shown = [...state.alerts.values()]
      .filter((a) => a.level >= state.minLevel && (!state.region || a.region === state.region))
      .sort((a, b) => b.eventTime.localeCompare(a.eventTime) || a.alertId.localeCompare(b.alertId))
      .slice(0, 200);
  $("feed").replaceChildren(...shown.map((a) => feedItem(a, a.alertId === freshId)));
  $("feed-count").textContent = shown.length + " shown";
}
function headline(a) {
  const marks = { CRISIS: ["crisis:"], CYCLE: ["cycle:"], RETALIATION: [" answered ", "reported as retaliation"] }[a.levelName] || [];
  for (const m of marks) { const r = a.reasons.find((x) => x.includes(m)); if (r) return r; }
  return a.reasons[0] || (a.level === 0 ? "back to calm" : "");
}
async function loadAlerts() {
  const alerts = await getJson("/api/alerts?limit=1000");
  for (const a of alerts) state.alerts.set(a.alertId, a);
  renderFeed();
}
function connectStream() {
  const source = new EventSource("/api/alerts/stream");
  source.onopen = () => { $("live").textContent = "live feed: on"; $("live").className = "on"; };
  source.onerror = () => { $("live").textContent = "live feed: reconnecting"; $("live").className = "off"; };
  source.addEventListener("alert", (e) => {
    const a = JSON.parse(e.data);
    state.alerts.set(a.alertId, a);
    renderFeed(a.alertId);
    refreshRegions();
    if (state.selected && state.selected.region === a.region) showRegion(a.region);
  });
}

// ---- details: reasons in words, the retaliation chain as a timeline, evidence, level over time ----
function chainText(link) {
  return link.attack.eventType + " " + link.attack.actorSide + "→" + link.attack.targetSide + " in " + link.attack.countryCode
      + " answered by " + link.response.eventType + " " + link.response.actorSide + "→" + link.response.targetSide
      + " in " + link.response.countryCode + " after " + Math.round(link.lagHours) + " h";
}
function chainTimeline(chain) {
  const times = chain.flatMap((l) => [Date.parse(l.attack.eventTime), Date.parse(l.response.eventTime)]);
  const t0 = Math.min(...times), t1 = Math.max(...times), w = 560, h = 60 + 50 * chain.length;
  const x = (t) => 20 + (t1 === t0 ? 0 : (t - t0) / (t1 - t0)) * (w - 40);
  const g = svg("svg", { class: "timeline", viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Retaliation chain timeline" });
  chain.forEach((l, i) => {
    const y = 40 + i * 50, xa = x(Date.parse(l.attack.eventTime)), xr = x(Date.parse(l.response.eventTime));
    g.append(svg("line", { x1: xa, y1: y, x2: xr, y2: y }), svg("circle", { class: "attack", cx: xa, cy: y, r: 9 }),
        svg("circle", { class: "response", cx: xr, cy: y, r: 9 }),
        svg("text", { x: Math.min(xa, w - 200), y: y - 14 }, l.attack.eventType + " in " + l.attack.countryCode + " " + l.attack.eventTime.slice(0, 10)),
        svg("text", { x: Math.max(20, Math.min(xr - 150, w - 230)), y: y + 28 }, l.response.eventType + " in " + l.response.countryCode + ", +" + Math.round(l.lagHours) + " h"));
  });
  return g;
}
function levelHistory(alerts) {
  const w = 560, h = 150, sorted = [...alerts].sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  const g = svg("svg", { class: "history", viewBox: `0 0 ${w} ${h}`, width: "100%", role: "img", "aria-label": "Level over time" });
  if (!sorted.length) return g;
  const t0 = Date.parse(sorted[0].eventTime), t1 = Math.max(Date.now() > t0 ? Date.parse(sorted[sorted.length - 1].eventTime) + 86400000 : t0 + 1, t0 + 1);
  const x = (t) => 40 + (t - t0) / (t1 - t0) * (w - 60), y = (lv) => h - 25 - lv * 20;
  for (let lv = 0; lv <= 5; lv++) g.append(svg("line", { class: "axis", x1: 40, x2: w - 20, y1: y(lv), y2: y(lv) }), svg("text", { x: 0, y: y(lv) + 5 }, lv));
  let d = "M" + x(t0) + "," + y(sorted[0].previousLevel);
  for (const a of sorted) d += "H" + x(Date.parse(a.eventTime)).toFixed(1) + "V" + y(a.level);
  d += "H" + (w - 20);
  g.append(svg("path", { d }), svg("text", { x: 40, y: h - 2 }, sorted[0].eventTime.slice(0, 10)),
      svg("text", { x: w - 110, y: h - 2 }, sorted[sorted.length - 1].eventTime.slice(0, 10)));
  return g;
}
function strength(e) {
  if (!e) return "";
  return "; evidence: " + e.reports + " report(s) from " + (e.feeds.join(", ") || "no feed") + ", confidence " + Number(e.confidence).toFixed(2)
      + (e.lateReports ? ", " + e.lateReports + " late" : "");
}
function safeLink(url) {
  return /^(https?|file):/i.test(url) ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, url) : el("span", {}, url);
}
function alertDetail(a) {
  const parts = [el("h3", {}, a.region, " ", levelBadge(a.level), " ", el("small", {}, a.status + " at " + fmt(a.eventTime) + " (was " + a.previousLevel + ")")),
    el("p", { class: "when" }, "alert " + a.alertId + ", config " + a.configVersion + strength(a.evidenceStrength)),
    el("h4", {}, "Why"), el("ul", { class: "reasons" }, ...(a.reasons.length ? a.reasons : ["back below the lower levels' thresholds"]).map((r) => el("li", {}, r)))];
  if (a.retaliationChain.length) {
    parts.push(el("h4", {}, "Retaliation chain"), el("ul", { class: "chain" }, ...a.retaliationChain.map((l) => el("li", {}, chainText(l)))),
        chainTimeline(a.retaliationChain));
  }
  if (a.evidence.urls.length || a.evidence.incidentIds.length) {
    parts.push(el("h4", {}, "Evidence"), el("ul", { class: "evidence" }, ...a.evidence.urls.map((u) => el("li", {}, safeLink(u))),
        el("li", { class: "when" }, "incidents: " + a.evidence.incidentIds.join(", "))));
  }
  return parts;
}
async function showRegion(region) {
  const r = state.regions.find((x) => x.region === region);
  const history = await getJson("/api/alerts?limit=1000&region=" + encodeURIComponent(region));
  history.forEach((a) => state.alerts.set(a.alertId, a));
  state.selected = { region, alertId: r && r.alertId };
  const current = (r && r.alertId && state.alerts.get(r.alertId)) || history[0];
  $("detail").replaceChildren(el("h2", {}, "Region " + region + (r && r.countries.length > 1 ? " (theatre: " + r.countries.join(", ") + ")" : "")),
      r ? el("p", {}, levelBadge(r.level), r.since ? " since " + fmt(r.since) : "") : null,
      ...(current ? alertDetail(current) : [el("p", {}, "No alert held for this region.")]),
      el("h4", {}, "Level over time"), levelHistory(history));
  markSelected();
}
function showAlert(alertId) {
  const a = state.alerts.get(alertId);
  if (!a) return;
  state.selected = { region: a.region, alertId };
  $("detail").replaceChildren(el("h2", {}, "Alert"), ...alertDetail(a),
      el("button", { type: "button", onclick: () => showRegion(a.region) }, "Level over time in " + a.region));
  markSelected();
}
function markSelected() {
  document.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
  if (!state.selected) return;
  document.querySelectorAll(`#map path[data-region="${CSS.escape(state.selected.region)}"]`).forEach((n) => n.classList.add("selected"));
}

// ---- filters ----
function applyFilters() {
  state.minLevel = Number($("filter-level").value);
  state.region = $("filter-region").value.trim().toUpperCase();
  renderFeed();
  refreshRegions();
}
$("filter-level").addEventListener("change", applyFilters);
$("filter-region").addEventListener("input", applyFilters);
$("filter-clear").addEventListener("click", () => { $("filter-level").value = "0"; $("filter-region").value = ""; applyFilters(); });
$("legend").replaceChildren(...LEVELS.map((name, i) => el("li", {}, el("span", { class: "swatch lv" + i }), i + " " + name)));

(async function start() {
  await Promise.all([drawMap().catch((e) => console.error("map", e)), refreshRegions(), refreshStatus(), loadAlerts()]);
  connectStream();
  setInterval(() => { refreshRegions(); refreshStatus(); }, 2000);
})();
