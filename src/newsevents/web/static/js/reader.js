// The reader: pick an event in the side panel (or its URL #e3) to light up its sentence and
// trigger in the text; hover over a sentence to find its events in the panel.
"use strict";

function focusEvent(eventId, scroll) {
  document.querySelectorAll(".focus, .focus-trigger, .event.active").forEach((node) =>
    node.classList.remove("focus", "focus-trigger", "active"));
  if (!eventId) return;
  const sentence = document.querySelectorAll(`[data-sentences~="${eventId}"]`);
  sentence.forEach((node) => node.classList.add("focus"));
  document.querySelectorAll(`[data-triggers~="${eventId}"]`).forEach((node) => node.classList.add("focus-trigger"));
  const item = document.querySelector(`.event[data-event="${eventId}"]`);
  if (item) item.classList.add("active");
  if (scroll && sentence.length) sentence[0].scrollIntoView({ block: "center", behavior: "smooth" });
}

for (const item of document.querySelectorAll(".event[data-event]")) {
  const show = () => focusEvent(item.dataset.event, true);
  item.addEventListener("click", show);
  item.addEventListener("keydown", (event) => { if (event.key === "Enter") show(); });
}

for (const span of document.querySelectorAll("[data-sentences]")) {
  span.addEventListener("mouseenter", () => {
    const ids = span.dataset.sentences.split(" ");
    document.querySelectorAll(".event[data-event]").forEach((item) =>
      item.classList.toggle("hover", ids.includes(item.dataset.event)));
  });
}

if (location.hash.length > 1) focusEvent(location.hash.slice(1), true);
