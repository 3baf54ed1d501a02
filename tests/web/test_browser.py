"""The dashboard in a real headless Chromium (Debian's, driven by Playwright): every page
opens and draws, a filter changes the events table, the reader highlights, the code page
codes a pasted story. Screenshots go to $NEWSEVENTS_SCREENSHOTS (`make screenshots` sets
docs/screenshots, which README shows), else to a temporary folder."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsevents.web import assets

pytestmark = [pytest.mark.issue(9), pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Chromium's own network calls are refused on a closed network, many at a time: keep it quiet.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
STORY = (
    "Chad expels French ambassador after border clash\n\n"
    "N'DJAMENA, May 6 - Chad expelled the French ambassador on Tuesday, two days after "
    "soldiers exchanged fire near the border with Sudan.\n\n"
    '"Our sovereignty is not negotiable," government spokesman Abderaman Koulamallah said.'
)


def _unavailable() -> str | None:
    if CHROMIUM is None:
        return "no chromium here (make browser installs Debian's)"
    if assets.missing():
        return "the dashboard's assets are not installed (make assets)"
    return None


if (reason := _unavailable()) is not None:
    if os.environ.get("NEWSEVENTS_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"the browser tests must run here, but {reason}")
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("NEWSEVENTS_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="module")
def page(live_server: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1360, "height": 900}, base_url=live_server)
        tab = context.new_page()
        outside: list[str] = []
        tab.on(
            "request",
            lambda request: (
                None
                if request.url.startswith((live_server, "data:"))
                else outside.append(request.url)
            ),
        )
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        yield tab
        browser.close()
    assert not outside, f"the dashboard asked for outside resources: {outside}"
    assert not errors, f"scripts failed in the page: {errors}"


def test_overview_shows_the_store(page: Page, shots: Path, examples_store):
    page.goto("/")
    expect(page.locator(".count[data-table=events]")).to_have_text(
        f"{examples_store.totals()['events']:,}"
    )
    expect(page.locator("table.rows tbody tr").first).to_be_visible()
    page.screenshot(path=shots / "overview.png", full_page=True)


def test_article_list_searches_and_opens_the_reader(page: Page, shots: Path, examples_store):
    page.goto("/articles")
    rows = page.locator("#article-list tbody tr")
    expect(rows).to_have_count(examples_store.totals()["articles"])
    page.fill("input[name=q]", "Hezbollah")
    page.click("form.filters button[type=submit]")
    expect(rows).to_have_count(1)
    page.screenshot(path=shots / "articles.png", full_page=True)
    rows.first.locator("a").click()
    expect(page.locator("article h1")).to_contain_text("Hezbollah")


def test_events_filter_changes_the_table(page: Page, shots: Path):
    page.goto("/events")
    rows = page.locator("#event-table tbody tr")
    expect(rows).to_have_count(50)
    everything = page.locator("#event-total").inner_text()

    page.fill("#filters input[name=country]", "IRN")
    page.click("#filters button[type=submit]")
    expect(page.locator("#event-total")).not_to_have_text(everything)
    assert "country=IRN" in page.url
    count = int(page.locator("#event-total").inner_text())
    expect(rows).to_have_count(min(count, 50))
    assert (
        page.locator("#csv-link").get_attribute("href").endswith("country=IRN&sort=day&order=desc")
    )

    page.click("th[data-sort=goldstein]")
    expect(page.locator("th[data-sort=goldstein]")).to_have_attribute("aria-sort", "descending")
    scores = [float(cell) for cell in rows.locator("td:nth-child(5)").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)
    page.screenshot(path=shots / "events.png", full_page=True)


def test_reader_highlights_actors_triggers_and_quotes(page: Page, shots: Path, examples_store):
    found = examples_store.sql(
        "SELECT id FROM articles WHERE n_events > 5 AND n_quotes > 3 ORDER BY n_events DESC"
    )
    article_id = found.column(0)[0].as_py()
    document = examples_store.document(article_id)
    page.goto(f"/articles/{article_id}")

    assert page.locator(".body .hl-actor").count() >= len(document["actors"])
    for event in document["events"]:
        trigger = page.locator(f".body .hl-trigger[data-triggers~={event['id']}]")
        assert "".join(trigger.all_inner_texts()) == event["trigger"]["text"]
    assert page.locator(".body .hl-quote").count() >= len(document["quotes"])
    colours = {
        kind: page.locator(f".body .hl-{kind}").first.evaluate(
            "node => getComputedStyle(node).backgroundColor + getComputedStyle(node).color"
        )
        for kind in ("actor", "trigger", "quote")
    }
    assert len(set(colours.values())) == 3, colours

    expect(page.locator("#event-list .event")).to_have_count(len(document["events"]))
    event = document["events"][-1]
    page.click(f"#event-list .event[data-event={event['id']}]")
    focused = page.locator(".body .focus").all_inner_texts()
    sentence = document["article"]["text"][event["sentence"]["start"] : event["sentence"]["end"]]
    assert "".join(focused) == sentence
    page.screenshot(path=shots / "reader.png", full_page=True)


def test_dyad_chart_and_the_events_behind_a_point(page: Page, shots: Path, examples_store):
    busiest = examples_store.dyads(limit=1).to_pylist()[0]
    dyad = {"source": busiest["source"], "target": busiest["target"]}
    dated = sum(examples_store.series(every="month", **dyad).column("events").to_pylist())
    page.goto(f"/dyads?source={busiest['source']}&target={busiest['target']}&every=month")
    expect(page.locator("#dyad-summary")).to_contain_text(f"{dated} events")
    chart = page.locator("#dyad-chart")
    box = chart.bounding_box()
    assert box and box["height"] > 200
    point = page.evaluate(
        "() => { const chart = Chart.getChart('dyad-chart');"
        " const bar = chart.getDatasetMeta(0).data[0]; return [bar.x, bar.y]; }"
    )
    chart.click(position={"x": point[0], "y": point[1] + 2})
    expect(page.locator("#point-title")).to_contain_text(re.compile(r"\d+ events? from"))
    expect(page.locator("#point-events tbody tr").first).to_be_visible()
    page.screenshot(path=shots / "dyads.png", full_page=True)


def test_network_draws_actors_and_edges(page: Page, shots: Path):
    page.goto("/network")
    page.wait_for_function("() => Number(document.getElementById('network').dataset.nodes) > 2")
    assert page.locator("#network canvas").count() >= 1
    page.screenshot(path=shots / "network.png", full_page=True)


def test_map_draws_countries_and_places(page: Page, shots: Path):
    page.goto("/map")
    page.wait_for_function("() => Number(document.getElementById('map').dataset.places) > 3")
    assert page.locator("#map path.leaflet-interactive").count() > 150  # countries and circles
    page.screenshot(path=shots / "map.png", full_page=True)


def test_code_page_codes_a_pasted_story(page: Page, shots: Path):
    page.goto("/code")
    page.fill("textarea[name=text]", STORY)
    page.fill("input[name=published]", "2025-05-06")
    page.click(".code-form button[type=submit]")
    expect(page.locator("#event-list .event").first).to_be_visible()
    assert "Chad" in page.locator(".body .hl-actor").all_inner_texts()
    expect(page.locator(".body .hl-quote").first).to_contain_text("Our sovereignty")
    page.screenshot(path=shots / "code.png", full_page=True)


def test_api_docs_page_draws(page: Page, shots: Path):
    page.goto("/docs")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    assert page.locator(".swagger-ui .opblock").count() >= 9
