// The map: Natural Earth country outlines (world-atlas, served here: no tile server) and a
// circle per place where events happened, sized by events and coloured by mean Goldstein.
"use strict";

const map = L.map("map", { worldCopyJump: true }).setView([25, 15], 2);
const markers = L.layerGroup().addTo(map);

async function drawCountries() {
  const response = await fetch("/static/vendor/countries-110m.json");
  const world = await response.json();
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: "#9aa3ad", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1 },
  }).addTo(map);
}

async function drawPlaces(params) {
  const places = await NE.getJSON(`/api/places?${params}`);
  const most = Math.max(1, ...places.map((place) => place.events));
  markers.clearLayers();
  for (const place of places) {
    const colour = NE.goldsteinColour(place.goldstein);
    L.circleMarker([place.lat, place.lon], {
      radius: 4 + 16 * Math.sqrt(place.events / most), color: colour, fillColor: colour, fillOpacity: 0.55, weight: 1,
    }).bindPopup(NE.el("div", {}, NE.el("strong", {}, place.place), ` (${place.country || "?"})`, NE.el("br"),
      `${place.events} events, ${place.conflict} of conflict; mean Goldstein ${place.goldstein}`))
      .addTo(markers);
  }
  document.getElementById("map-summary").textContent = `${places.length} places`;
  document.getElementById("map").dataset.places = String(places.length);
}

drawCountries().then(() => NE.watchFilters(document.getElementById("filters"), drawPlaces));
