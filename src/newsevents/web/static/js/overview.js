// Follow a running ingest: refresh the store's counts and its latest run every few seconds.
"use strict";

const REFRESH_MS = 5000;
const when = (stamp) => stamp.slice(0, 19).replace("T", " ");

async function refresh() {
  const stats = await NE.getJSON("/api/stats");
  for (const [table, count] of Object.entries(stats.totals)) {
    const cell = document.querySelector(`.count[data-table="${table}"]`);
    if (cell) cell.textContent = count.toLocaleString("en");
  }
  const run = stats.last_run;
  if (run) {
    const state = run.finished ? `finished ${when(run.finished)}, coded ${run.coded}, failed ${run.failed}.`
      : `running or stopped, coded ${run.coded || 0} so far.`;
    document.getElementById("last-run").textContent = `Run ${run.run_id} started ${when(run.started)}: ${state}`;
  }
}

setInterval(() => refresh().catch(() => {}), REFRESH_MS);
