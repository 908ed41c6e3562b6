-- storyline store, schema version 1. One statement per ';'-terminated block.
CREATE TABLE IF NOT EXISTS store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
  id              TEXT PRIMARY KEY,
  seq             INTEGER NOT NULL,
  path            TEXT,
  url             TEXT,
  format          TEXT NOT NULL,
  title           TEXT,
  outlet          TEXT,
  published       TEXT,
  published_basis TEXT,
  duplicate_of    TEXT,
  language        TEXT,
  tokens          INTEGER NOT NULL,
  body            TEXT NOT NULL,
  json            TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
  document TEXT NOT NULL,
  start    INTEGER NOT NULL,
  end_     INTEGER NOT NULL,
  text     TEXT NOT NULL,
  type     TEXT NOT NULL,
  key      TEXT,
  PRIMARY KEY (document, start, end_, type)
);
CREATE TABLE IF NOT EXISTS times (
  document TEXT NOT NULL,
  start    INTEGER NOT NULL,
  end_     INTEGER NOT NULL,
  text     TEXT NOT NULL,
  json     TEXT NOT NULL,
  PRIMARY KEY (document, start, end_)
);
CREATE TABLE IF NOT EXISTS claims (
  id         TEXT PRIMARY KEY,
  document   TEXT NOT NULL,
  start      INTEGER NOT NULL,
  end_       INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  event_type TEXT,
  stance     TEXT NOT NULL,
  date_start TEXT,
  date_end   TEXT,
  json       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_by_document ON claims (document, start);
CREATE TABLE IF NOT EXISTS entities (
  id   TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_mentions (
  entity   TEXT NOT NULL,
  document TEXT NOT NULL,
  start    INTEGER NOT NULL,
  end_     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entity_mentions_by_entity ON entity_mentions (entity);
CREATE TABLE IF NOT EXISTS events (
  id         TEXT PRIMARY KEY,
  seq        INTEGER NOT NULL,
  type       TEXT NOT NULL,
  title      TEXT NOT NULL,
  date_start TEXT,
  date_end   TEXT,
  status     TEXT NOT NULL,
  sources    INTEGER NOT NULL,
  json       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_claims (
  event TEXT NOT NULL,
  claim TEXT NOT NULL,
  PRIMARY KEY (event, claim)
);
CREATE TABLE IF NOT EXISTS problems (
  seq     INTEGER NOT NULL,
  path    TEXT NOT NULL,
  locator TEXT,
  stage   TEXT NOT NULL,
  code    TEXT NOT NULL,
  reason  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS corrections (
  seq     INTEGER NOT NULL,
  kind    TEXT NOT NULL,
  json    TEXT NOT NULL
);
