// The actor network: who acts on whom (Cytoscape.js); edge width grows with the events,
// its colour runs from conflict (red) to cooperation (green); a node opens its events.
"use strict";

const filters = document.getElementById("filters");
const view = document.getElementById("view");

async function draw() {
  const params = NE.formParams(filters);
  for (const [key, value] of NE.formParams(view)) params.set(key, value);
  history.replaceState(null, "", `?${params}`);
  const edges = await NE.getJSON(`/api/network?${params}`);
  const names = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const most = Math.max(1, ...edges.map((edge) => edge.events));
  const elements = [
    ...[...names].map((name) => ({ data: { id: name, label: name } })),
    ...edges.map((edge, i) => ({ data: {
      id: `edge${i}`, source: edge.source, target: edge.target, events: edge.events,
      width: 1 + 9 * Math.sqrt(edge.events / most), colour: NE.goldsteinColour(edge.goldstein),
    } })),
  ];
  document.getElementById("network-summary").textContent =
    `${names.size} ${params.get("by") === "actor" ? "actors" : "countries"}, ${edges.length} pairs`;
  const graph = cytoscape({
    container: document.getElementById("network"),
    elements,
    layout: { name: "cose", animate: false, randomize: false },
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#3c5aa0",
        width: 14, height: 14 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "data(colour)", opacity: 0.8 } },
    ],
  });
  graph.on("tap", "node", (event) => {
    location.href = `/events?actor=${encodeURIComponent(event.target.id())}`;
  });
  document.getElementById("network").dataset.nodes = String(names.size);
}

NE.fillForm(view, new URLSearchParams(location.search));
view.addEventListener("change", draw);
NE.watchFilters(filters, () => draw());
