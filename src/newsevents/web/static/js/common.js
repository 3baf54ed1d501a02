// Helpers the dashboard's pages share: build elements, fetch the API, keep filters in the
// page address, colour by Goldstein score.
"use strict";

const NE = {
  // An element with attributes and children (strings become text: nothing is parsed as HTML).
  el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  },

  // GET a JSON endpoint; a 4xx or 5xx shows the server's message above the page's content.
  async getJSON(url) {
    const response = await fetch(url);
    const body = await response.json();
    NE.notice(response.ok ? null : `${response.status}: ${body.detail || response.statusText}`);
    if (!response.ok) throw new Error(body.detail || response.statusText);
    return body;
  },

  notice(message) {
    let box = document.getElementById("api-notice");
    if (!message) { if (box) box.remove(); return; }
    if (!box) {
      box = NE.el("p", { id: "api-notice", class: "notice", role: "alert" });
      document.querySelector("main").prepend(box);
    }
    box.textContent = message;
  },

  // The non-empty fields of a form, as query parameters.
  formParams(form) {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (String(value).trim()) params.set(key, String(value).trim());
    }
    return params;
  },

  // Fill a form from the page address, so a filtered view can be bookmarked and shared.
  fillForm(form, params) {
    for (const field of form.elements) {
      if (field.name && params.has(field.name)) field.value = params.get(field.name);
    }
  },

  // Run `apply(params)` now with the address's filters, and again at each submit or reset.
  watchFilters(form, apply) {
    NE.fillForm(form, new URLSearchParams(location.search));
    const run = () => {
      const params = NE.formParams(form);
      history.replaceState(null, "", params.toString() ? `?${params}` : location.pathname);
      apply(params);
    };
    form.addEventListener("submit", (event) => { event.preventDefault(); run(); });
    form.addEventListener("reset", () => setTimeout(run));
    run();
  },

  // Red for conflict (-10), grey at 0, green for cooperation (+10).
  goldsteinColour(score) {
    const t = Math.max(-1, Math.min(1, (score || 0) / 10));
    const grey = [150, 150, 150], red = [200, 40, 40], green = [30, 140, 60];
    const end = t < 0 ? red : green;
    const mix = grey.map((g, i) => Math.round(g + (end[i] - g) * Math.abs(t)));
    return `rgb(${mix.join(",")})`;
  },

  // One row of an events table: date, source, code, target, Goldstein, sentence (linked).
  eventCells(event) {
    const flag = event.flag ? NE.el("em", { class: "flag" }, ` (${event.flag})`) : null;
    const link = NE.el("a", { href: `/articles/${event.article_id}#${event.event_id}` }, event.sentence || event.trigger || "");
    return [
      NE.el("td", {}, event.day || ""),
      NE.el("td", {}, event.source || "—"),
      NE.el("td", { title: `rule: ${event.rule || ""}` }, event.cameo, " ",
        NE.el("span", { class: "cameo-name" }, event.cameo_name || ""), flag),
      NE.el("td", {}, event.target || "—"),
      NE.el("td", { class: "num", style: `color:${NE.goldsteinColour(event.goldstein)}` }, event.goldstein),
      NE.el("td", { class: "sentence" }, link),
    ];
  },
};
