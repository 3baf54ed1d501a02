// The dyad view: events and mean Goldstein per period for a source and a target (Chart.js);
// a click on a period lists the events behind it.
"use strict";

let chart = null;
let current = new URLSearchParams();

// The last day of the period that starts on `start` (YYYY-MM-DD).
function periodEnd(start, every) {
  const day = new Date(`${start}T00:00:00Z`);
  if (every === "day") return start;
  if (every === "week") day.setUTCDate(day.getUTCDate() + 6);
  if (every === "month") { day.setUTCMonth(day.getUTCMonth() + 1); day.setUTCDate(0); }
  if (every === "year") { day.setUTCFullYear(day.getUTCFullYear() + 1); day.setUTCDate(0); }
  return day.toISOString().slice(0, 10);
}

async function showPoint(period) {
  const every = current.get("every") || "month";
  const params = new URLSearchParams({ source: current.get("source"), target: current.get("target"),
    date_from: period, date_to: periodEnd(period, every), limit: 200, sort: "day", order: "asc" });
  const page = await NE.getJSON(`/api/events?${params}`);
  document.getElementById("point-title").textContent =
    `${page.total} events from ${params.get("date_from")} to ${params.get("date_to")}`;
  document.querySelector("#point-events tbody").replaceChildren(
    ...page.items.map((event) => NE.el("tr", {}, ...NE.eventCells(event))));
}

async function draw(params) {
  current = params;
  if (!params.get("source") || !params.get("target")) return;
  const rows = await NE.getJSON(`/api/dyads?${params}`);
  const total = rows.reduce((sum, row) => sum + row.events, 0);
  document.getElementById("dyad-summary").textContent =
    `${params.get("source")} → ${params.get("target")}: ${total} events in ${rows.length} periods`;
  const data = {
    labels: rows.map((row) => row.period),
    datasets: [
      { type: "bar", label: "events", data: rows.map((row) => row.events), yAxisID: "count",
        backgroundColor: "rgba(60, 90, 160, 0.6)" },
      { type: "line", label: "mean Goldstein", data: rows.map((row) => row.goldstein), yAxisID: "goldstein",
        borderColor: "rgb(200, 40, 40)", pointBackgroundColor: rows.map((row) => NE.goldsteinColour(row.goldstein)) },
    ],
  };
  if (chart) chart.destroy();
  chart = new Chart(document.getElementById("dyad-chart"), {
    data,
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        count: { position: "left", beginAtZero: true, title: { display: true, text: "events" } },
        goldstein: { position: "right", min: -10, max: 10, title: { display: true, text: "mean Goldstein" },
          grid: { drawOnChartArea: false } },
      },
      onClick: (_event, elements) => {
        if (elements.length) showPoint(rows[elements[0].index].period);
      },
    },
  });
}

NE.watchFilters(document.getElementById("filters"), draw);
