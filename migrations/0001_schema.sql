-- Schema v1. Append-only: reports are never edited or deleted; a report is
-- withdrawn by recording a retraction, so every past state can be queried.

CREATE TABLE schema_migration (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
);

-- Companies, segments, products and markets. fy_rule is the fiscal year end:
-- 'MM-DD' for a fixed day, 'last-WDY-MM' for the last weekday of a month,
-- 'nearest-WDY-MM-DD' for the weekday nearest a day (52/53-week years).
-- A segment with no rule of its own uses its parent's.
CREATE TABLE entity (
  id      TEXT PRIMARY KEY,
  name    TEXT NOT NULL,
  name_zh TEXT,
  parent  TEXT REFERENCES entity(id),
  fy_rule TEXT,
  kind    TEXT NOT NULL DEFAULT 'company'
          CHECK (kind IN ('company', 'segment', 'product', 'market'))
);

-- stock = 1 for point-in-time metrics (backlog, ARR) as opposed to flows.
CREATE TABLE metric (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  unit_kind TEXT NOT NULL CHECK (unit_kind IN ('currency', 'percent', 'count', 'ratio')),
  stock     INTEGER NOT NULL DEFAULT 0
);

-- sign = -1 for aliases that name the negative of a metric (净亏损, net loss).
CREATE TABLE alias (
  alias       TEXT NOT NULL,
  target_type TEXT NOT NULL CHECK (target_type IN ('entity', 'metric')),
  target      TEXT NOT NULL,
  sign        INTEGER NOT NULL DEFAULT 1 CHECK (sign IN (1, -1)),
  PRIMARY KEY (alias, target_type)
);

CREATE TABLE report (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order in which reports were added
  sha256      TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  source      TEXT,
  published   TEXT NOT NULL,                      -- YYYY-MM-DD: the report date
  date_source TEXT NOT NULL,                      -- option, text or mtime
  path        TEXT,
  size        INTEGER NOT NULL,
  encoding    TEXT NOT NULL DEFAULT 'UTF-8',
  added_at    TEXT NOT NULL
);

-- The latest row for a report decides whether it is retracted.
CREATE TABLE retraction (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES report(id),
  action    TEXT NOT NULL CHECK (action IN ('retract', 'restore')),
  reason    TEXT,
  at        TEXT NOT NULL
);
CREATE INDEX retraction_report ON retraction(report_id, id);

CREATE TABLE observation (
  id             INTEGER PRIMARY KEY,
  report_id      INTEGER NOT NULL REFERENCES report(id),
  entity         TEXT NOT NULL,
  metric         TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('level', 'yoy', 'qoq')),
  period_type    TEXT NOT NULL CHECK (period_type IN ('month', 'quarter', 'half', 'ytd', 'year')),
  period_start   TEXT NOT NULL,
  period_end     TEXT NOT NULL,
  fiscal_label   TEXT,
  calendar_label TEXT,
  value          REAL NOT NULL,
  unit           TEXT NOT NULL,
  qualifier      TEXT NOT NULL DEFAULT 'exact'
                 CHECK (qualifier IN ('exact', 'approx', 'at_least', 'at_most', 'range')),
  low            REAL,
  high           REAL,
  basis          TEXT NOT NULL DEFAULT 'actual' CHECK (basis IN ('actual', 'estimate')),
  restated       INTEGER NOT NULL DEFAULT 0,
  sentence       TEXT NOT NULL,
  start_byte     INTEGER NOT NULL,
  end_byte       INTEGER NOT NULL
);
-- One series (entity, metric, kind over periods) and one fact's history.
CREATE INDEX observation_fact ON observation(entity, metric, kind, period_type, period_end);
CREATE INDEX observation_report ON observation(report_id);

-- Reports whose latest retraction record is not a retraction.
CREATE VIEW live_report AS
  SELECT r.* FROM report r
  WHERE coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id
                  ORDER BY t.id DESC LIMIT 1), 'restore') = 'restore';
