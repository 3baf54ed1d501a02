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

// The first day of the period after the one that starts on `start`.
function nextPeriod(start, every) {
  const day = new Date(`${periodEnd(start, every)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

// Every period from the first row's to the last's, those without events at zero, so that
// the chart's spacing is time's (at most MAX_PERIODS; beyond, only the periods with events).
const MAX_PERIODS = 2000;
function dense(rows, every) {
  if (!rows.length) return rows;
  const byPeriod = new Map(rows.map((row) => [row.period, row]));
  const filled = [];
  for (let period = rows[0].period; period <= rows[rows.length - 1].period; period = nextPeriod(period, every)) {
    if (filled.length > MAX_PERIODS) return rows;
    filled.push(byPeriod.get(period) || { period, events: 0, goldstein: null, cooperation: 0, conflict: 0 });
  }
  return filled;
}

const plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;

async function showPoint(period) {
  const every = current.get("every") || "month";
  const params = new URLSearchParams({ source: current.get("source"), target: current.get("target"),
    date_from: period, date_to: periodEnd(period, every), limit: 200, sort: "day", order: "asc" });
  const page = await NE.getJSON(`/api/events?${params}`);
  document.getElementById("point-title").textContent =
    `${plural(page.total, "event")} from ${params.get("date_from")} to ${params.get("date_to")}`;
  document.querySelector("#point-events tbody").replaceChildren(
    ...page.items.map((event) => NE.el("tr", {}, ...NE.eventCells(event))));
}

async function draw(params) {
  current = params;
  if (!params.get("source") || !params.get("target")) return;
  const every = params.get("every") || "month";
  const found = await NE.getJSON(`/api/dyads?${params}`);
  const rows = dense(found, every);
  const total = found.reduce((sum, row) => sum + row.events, 0);
  document.getElementById("dyad-summary").textContent = `${params.get("source")} → ${params.get("target")}: `
    + `${plural(total, "event")} in ${plural(found.length, every)} with events`;
  const data = {
    labels: rows.map((row) => row.period),
    datasets: [
      { type: "bar", label: "events", data: rows.map((row) => row.events), yAxisID: "count",
        backgroundColor: "rgba(60, 90, 160, 0.6)" },
      { type: "line", label: "mean Goldstein", data: rows.map((row) => row.goldstein), yAxisID: "goldstein",
        borderColor: "rgb(200, 40, 40)", spanGaps: true,
        pointBackgroundColor: rows.map((row) => NE.goldsteinColour(row.goldstein)) },
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
