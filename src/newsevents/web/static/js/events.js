// The events explorer: filters, a table sorted and paged on the server, and a CSV link for
// exactly the rows the filters select.
"use strict";

const PAGE = 50;
const table = document.getElementById("event-table");
const state = { params: new URLSearchParams(), sort: "day", order: "desc", offset: 0 };

async function load() {
  const params = new URLSearchParams(state.params);
  params.set("sort", state.sort);
  params.set("order", state.order);
  document.getElementById("csv-link").href = `/api/events.csv?${params}`;
  params.set("limit", PAGE);
  params.set("offset", state.offset);
  const page = await NE.getJSON(`/api/events?${params}`);
  const body = table.querySelector("tbody");
  body.replaceChildren(...page.items.map((event) => {
    const [day, source, cameo, target, goldstein, sentence] = NE.eventCells(event);
    const confidence = NE.el("td", { class: "num" }, event.confidence);
    return NE.el("tr", {}, day, source, cameo, target, goldstein, NE.el("td", {}, event.place || ""), sentence, confidence);
  }));
  document.getElementById("event-total").textContent = page.total.toLocaleString("en");
  const pages = Math.max(1, Math.ceil(page.total / PAGE));
  document.getElementById("page-of").textContent = `page ${state.offset / PAGE + 1} of ${pages}`;
  document.getElementById("prev").disabled = state.offset === 0;
  document.getElementById("next").disabled = state.offset + PAGE >= page.total;
  for (const header of table.querySelectorAll("th[data-sort]")) {
    header.setAttribute("aria-sort", header.dataset.sort === state.sort
      ? (state.order === "asc" ? "ascending" : "descending") : "none");
  }
}

for (const header of table.querySelectorAll("th[data-sort]")) {
  header.addEventListener("click", () => {
    const key = header.dataset.sort;
    state.order = state.sort === key && state.order === "desc" ? "asc" : "desc";
    state.sort = key;
    state.offset = 0;
    load();
  });
}
document.getElementById("prev").addEventListener("click", () => { state.offset -= PAGE; load(); });
document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; load(); });
NE.watchFilters(document.getElementById("filters"), (params) => {
  state.params = params;
  state.offset = 0;
  load();
});
