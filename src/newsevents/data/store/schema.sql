-- source: newsevents; MIT. The tables of a newsevents store (DuckDB), created by `newsevents ingest`.
-- Every table but errors, runs, feeds and feed_entries is keyed by article_id, so an article is
-- replaced or removed whole.
-- article_id refers to articles.id; the writer keeps that true rather than a FOREIGN KEY clause,
-- because DuckDB refuses to delete and re-insert a referenced key in one transaction, which
-- replacing an updated article needs. Of the article tables only articles.id is indexed: DuckDB's
-- zone maps serve the filters and aggregates of the queries, and ART indexes on the event columns
-- made the store five times bigger (146 against 30 MB per million events, benchmarks/store.py)
-- for no faster query.

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,          -- sha1 of the URL, else of the text (the contract's article.id)
    content_hash VARCHAR NOT NULL,   -- sha1 of the text; an input with a stored hash is skipped
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published DATE,
    published_from VARCHAR,
    source_path VARCHAR,
    language VARCHAR,
    place_name VARCHAR,
    place_country VARCHAR,
    place_lat DOUBLE,
    place_lon DOUBLE,
    n_actors INTEGER,
    n_events INTEGER,
    n_quotes INTEGER,
    text VARCHAR,
    document JSON,                   -- the coded article (output contract) without its text
    run_id INTEGER,
    coded_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS actors (
    article_id VARCHAR NOT NULL,            -- articles.id
    actor_id VARCHAR NOT NULL,
    name VARCHAR,
    kind VARCHAR,
    code VARCHAR,
    country VARCHAR,
    org VARCHAR,
    sector VARCHAR,
    role VARCHAR,
    claimed_by VARCHAR,
    n_mentions INTEGER
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,            -- articles.id
    event_id VARCHAR NOT NULL,
    day DATE,                        -- the first day of the event's date
    date VARCHAR,                    -- as coded: 2015-03-18, 2015-03 or 2015
    date_precision VARCHAR,          -- day, month, year or decade
    date_text VARCHAR,
    source_actor VARCHAR,            -- actor_id in actors
    source_name VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    source_org VARCHAR,
    target_actor VARCHAR,
    target_name VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    target_org VARCHAR,
    cameo VARCHAR NOT NULL,
    root VARCHAR NOT NULL,
    plover VARCHAR,
    plover_mode VARCHAR,
    plover_context VARCHAR,
    quad_class TINYINT,
    goldstein DOUBLE,
    negated BOOLEAN,
    hypothetical BOOLEAN,
    confidence DOUBLE,
    rule VARCHAR,
    trigger_text VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    in_lead BOOLEAN,                 -- the sentence is the headline or the first paragraph
    location_name VARCHAR,
    location_country VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    quote_ids VARCHAR[]
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,            -- articles.id
    quote_id VARCHAR NOT NULL,
    speaker_actor VARCHAR,
    speaker_name VARCHAR,
    speaker_code VARCHAR,
    speaker_country VARCHAR,
    speaker_text VARCHAR,
    text VARCHAR,
    kind VARCHAR,
    cue VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    about_actors VARCHAR[],          -- actor_ids mentioned inside the quotation
    about_names VARCHAR[]
);

CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL,            -- articles.id
    name VARCHAR NOT NULL,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    n_mentions INTEGER
);

CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id UBIGINT NOT NULL,     -- GDELT's GlobalEventID
    source_key VARCHAR,              -- actor code, else country:name, else name
    target_key VARCHAR,
    root VARCHAR,
    cameo VARCHAR,                   -- the code most of its mentions carry
    first_day DATE,
    last_day DATE,
    date_precision VARCHAR,
    goldstein DOUBLE,
    num_mentions INTEGER,
    num_articles INTEGER,
    num_sources INTEGER,             -- distinct outlets (else URL hosts, else articles)
    first_article VARCHAR,
    first_event VARCHAR,
    articles VARCHAR[]
);

CREATE TABLE IF NOT EXISTS errors (
    run_id INTEGER,
    input VARCHAR,
    status VARCHAR,                  -- failed or skipped
    message VARCHAR,
    logged_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY,
    started TIMESTAMP,
    finished TIMESTAMP,
    pid INTEGER,
    version VARCHAR,
    model VARCHAR,
    coded INTEGER,
    unchanged INTEGER,
    skipped INTEGER,
    failed INTEGER,
    replaced INTEGER DEFAULT 0,      -- stored articles this run replaced with new versions
    clustered BOOLEAN DEFAULT false  -- its events are in event_clusters
);

-- `newsevents watch`: each feed as last polled, so that a restarted watch asks only for changes.
CREATE TABLE IF NOT EXISTS feeds (
    url VARCHAR PRIMARY KEY,         -- as the feed list gives it
    etag VARCHAR,                    -- sent back as If-None-Match
    last_modified VARCHAR,           -- sent back as If-Modified-Since
    last_polled TIMESTAMP,
    last_status INTEGER,             -- HTTP status of the last poll; NULL when there was no answer
    last_error VARCHAR,              -- NULL when the last poll went well
    polls INTEGER,
    entries INTEGER,                 -- entries in the feed when it last changed
    new_entries INTEGER,             -- entries not seen before, over all polls
    errors INTEGER                   -- polls that failed
);

-- `newsevents watch`: every page a feed linked to and the watcher tried, so none is fetched twice.
CREATE TABLE IF NOT EXISTS feed_entries (
    url VARCHAR PRIMARY KEY,         -- the entry's link; articles.url once it is stored
    feed VARCHAR,                    -- feeds.url of the first feed that listed it
    entry_id VARCHAR,                -- the feed's id or guid of the entry
    title VARCHAR,
    published DATE,                  -- the feed's date of the entry
    first_seen TIMESTAMP,
    last_tried TIMESTAMP,
    attempts INTEGER,
    outcome VARCHAR                  -- fetched, skipped, failed, or retry (a later cycle tries again)
);
