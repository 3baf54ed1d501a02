"""The REST API over a store of the bundled examples: filters, paging, sorting, CSV, one
article, coding a posted story, and clear 4xx answers to bad requests."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import time

import pytest
from fastapi.testclient import TestClient

from newsevents.events.codebook import codebook
from newsevents.web import create_app

pytestmark = pytest.mark.issue(9)

POSTED_STORY = (
    "Kenya recalls ambassador from Uganda over border shooting\n\n"
    "NAIROBI, March 3 - Kenya recalled its ambassador from Uganda on Monday after two Kenyan "
    "fishermen were shot dead near the disputed Migingo island in Lake Victoria.\n\n"
    '"We demand a full investigation," Foreign Minister Musalia Mudavadi told reporters.'
)


def _events(client: TestClient, **params: object) -> dict:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_events_filters_narrow_the_rows(client):
    everything = _events(client, limit=500)
    iran = _events(client, country="IRN", limit=500)
    assert 0 < iran["total"] < everything["total"]
    assert all("IRN" in (e["source_country"], e["target_country"]) for e in iran["items"])

    sanctions = _events(client, cameo="16", limit=500)
    assert sanctions["total"] > 0
    assert all(e["cameo"].startswith("16") for e in sanctions["items"])

    conflict = _events(client, quad_class=4, limit=500)
    assert conflict["total"] > 0 and all(e["quad_class"] == 4 for e in conflict["items"])


def test_events_text_searches_the_sentence(client):
    found = _events(client, text="ceasefire", limit=500)
    assert found["total"] > 0
    assert all(
        "ceasefire" in (e["sentence"] + (e["source"] or "") + (e["target"] or "")).lower()
        for e in found["items"]
    )


def test_events_dates_bound_the_day(client):
    window = _events(client, date_from="2024-01-01", date_to="2024-12-31", limit=500)
    assert window["total"] > 0
    assert all("2024-01-01" <= e["day"] <= "2024-12-31" for e in window["items"])


def test_events_pages_add_up_to_the_total(client):
    first = _events(client, limit=20, offset=0)
    second = _events(client, limit=20, offset=20)
    assert first["total"] == second["total"] > 40
    ids = [(e["article_id"], e["event_id"]) for e in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 40


def test_events_sort_by_goldstein_both_ways(client):
    rising = [e["goldstein"] for e in _events(client, sort="goldstein", order="asc")["items"]]
    falling = [e["goldstein"] for e in _events(client, sort="goldstein", order="desc")["items"]]
    assert rising == sorted(rising) and falling == sorted(falling, reverse=True)
    assert rising[0] == -10.0 and falling[0] > 0


def test_events_say_why_they_were_coded(client):
    event = _events(client, cameo="163", limit=1)["items"][0]
    assert event["rule"] and event["sentence"] and event["title"]
    assert event["cameo_name"] == codebook()["163"].name
    assert event["trigger"].lower() in event["sentence"].lower()


def test_events_csv_holds_every_filtered_row(client):
    expected = _events(client, country="IRN", limit=500)["total"]
    response = client.get("/api/events.csv", params={"country": "IRN"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == expected
    assert {"day", "source", "cameo", "target", "goldstein", "sentence", "rule"} <= set(rows[0])


def test_articles_search_page_and_one_article(client):
    page = client.get("/api/articles", params={"q": "Hezbollah"}).json()
    assert page["total"] >= 1
    article = page["items"][0]
    assert "Hezbollah" in article["title"]

    document = client.get(f"/api/articles/{article['id']}").json()
    assert set(document) == {"article", "actors", "events", "quotes", "places"}
    assert document["article"]["id"] == article["id"]
    assert len(document["events"]) == article["n_events"]
    text = document["article"]["text"]
    for event in document["events"]:
        trigger = event["trigger"]
        assert text[trigger["start"] : trigger["end"]] == trigger["text"]


def test_an_unknown_article_is_a_404_that_names_it(client):
    response = client.get("/api/articles/0000")
    assert response.status_code == 404
    assert response.json()["detail"] == "[E802] no article with id '0000' in the store."


def test_actors_dyads_network_places_quotes(client):
    actors = client.get("/api/actors", params={"q": "russia"}).json()
    assert actors and all(
        "russia" in a["name"].lower() or a["code"].lower().startswith("russia") for a in actors
    )

    edges = client.get("/api/network", params={"limit": 500}).json()
    busiest = edges[0]
    assert busiest["events"] == busiest["cooperation"] + busiest["conflict"]

    dyad = {"source": busiest["source"], "target": busiest["target"]}
    found = client.get("/api/events", params={**dyad, "limit": 500}).json()
    assert found["total"] == busiest["events"]
    series = client.get("/api/dyads", params={**dyad, "every": "year"}).json()
    # the series counts the events with a date; an undated background event is in the dyad only
    assert sum(row["events"] for row in series) == sum(1 for e in found["items"] if e["day"])

    places = client.get("/api/places").json()
    assert places and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in places)

    quotes = client.get("/api/quotes", params={"about": "Russia"}).json()
    assert quotes and all("Russia" in q["about"] for q in quotes)


def test_stats_count_the_store(client, examples_store):
    stats = client.get("/api/stats").json()
    assert stats["totals"] == examples_store.totals()
    assert stats["last_run"]["finished"] is not None


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"date_from": "last May"}, "query.date_from: Input should be a valid date"),
        ({"cameo": "19a"}, "query.cameo: String should match pattern"),
        ({"quad_class": 7}, "query.quad_class: Input should be less than or equal to 4"),
        ({"limit": 100000}, "query.limit: Input should be less than or equal to 500"),
        ({"sort": "colour"}, "query.sort: Input should be 'day', 'source'"),
        ({"country": "Iran"}, "query.country: String should match pattern"),
    ],
)
def test_bad_parameters_get_a_422_that_says_which_and_why(client, params, problem):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(problem)


def test_posted_text_is_coded_not_stored(client, examples_store):
    before = examples_store.totals()
    response = client.post("/api/code", json={"text": POSTED_STORY, "published": "2025-03-03"})

    assert response.status_code == 200, response.text
    coded = response.json()
    names = {actor["id"]: actor["name"] for actor in coded["actors"]}
    recall = [e for e in coded["events"] if e["trigger"]["text"] == "recalled"]
    assert recall and names[recall[0]["source"]] == "Kenya"
    assert any(q["text"] == "We demand a full investigation" for q in coded["quotes"])
    assert examples_store.totals() == before


def test_posted_url_is_fetched_and_coded(client, story_url):
    response = client.post("/api/code", json={"url": story_url})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["url"] == story_url


def test_posted_articles_are_limited_and_checked(client):
    too_long = client.post("/api/code", json={"text": "word " * 5000})
    assert too_long.status_code == 413
    assert "[E801] the posted article is 25000 characters" in too_long.json()["detail"]

    neither = client.post("/api/code", json={"title": "No story"})
    assert neither.status_code == 422
    assert "[E803]" in neither.json()["detail"]

    huge_body = client.post("/api/code", content=b"x" * 200_000)
    assert huge_body.status_code == 413 and "[E804]" in huge_body.json()["detail"]


def test_the_server_cannot_write_the_store(client, examples_store):
    """Every connection the server opens is read-only: a write fails inside DuckDB."""
    with pytest.raises(Exception, match="read-only"):
        client.app.state.store.sql("DELETE FROM events")
    assert examples_store.totals()["events"] > 0


def test_a_busy_store_is_a_503_worth_retrying(examples_store, coder, tmp_path):
    store = tmp_path / "busy.duckdb"
    store.write_bytes(examples_store.path.read_bytes())
    app = create_app(store, coder=coder)
    app.state.store.wait = 0.3
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
            "print('open', flush=True); time.sleep(30)",
            str(store),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        response = TestClient(app).get("/api/events")
    finally:
        holder.kill()
        holder.wait()
    assert response.status_code == 503
    assert response.headers["retry-after"] == "2"
    assert "[E702] store is busy" in response.json()["detail"]
    time.sleep(0.1)
    assert TestClient(app).get("/api/events").status_code == 200


def test_docs_and_openapi_need_no_cdn(client):
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/articles/{article_id}", "/api/code"} <= set(schema["paths"])


def test_pages_answer_html_and_an_unknown_article_is_a_page_too(client):
    for path in ("/", "/articles", "/events", "/dyads", "/network", "/map", "/code"):
        response = client.get(path)
        assert response.status_code == 200 and "<nav>" in response.text, path
    missing = client.get("/articles/0000")
    assert missing.status_code == 404 and "[E802]" in missing.text and "<nav>" in missing.text
