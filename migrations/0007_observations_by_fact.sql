-- Observations kept in the order of the fact they state (entity, metric,
-- kind, period) instead of the order they were added: a series, a history
-- or an add's look-up of earlier values reads one run of neighbouring rows
-- rather than one page per row scattered over the whole store, and an
-- export reads the table in the order it writes. The key replaces the
-- observation_fact index. Ids are no longer assigned by SQLite: a new row
-- gets (report id << 32) + its place in the report, so later additions
-- still sort after earlier ones; the rows copied here keep theirs.

CREATE TABLE observation_new (
  id             INTEGER NOT NULL,
  report_id      INTEGER NOT NULL REFERENCES report(id),
  entity         TEXT NOT NULL,
  metric         TEXT NOT NULL,
  kind           TEXT NOT NULL CHECK (kind = 'level' OR kind = 'yoy' OR kind = 'qoq'),
  period_type    TEXT NOT NULL CHECK (period_type = 'month' OR period_type = 'quarter' OR
                                      period_type = 'half' OR period_type = 'ytd' OR period_type = 'year'),
  period_start   TEXT NOT NULL,
  period_end     TEXT NOT NULL,
  fiscal_label   TEXT,
  calendar_label TEXT,
  value          REAL NOT NULL,
  unit           TEXT NOT NULL,
  qualifier      TEXT NOT NULL DEFAULT 'exact'
                 CHECK (qualifier = 'exact' OR qualifier = 'approx' OR qualifier = 'at_least' OR
                        qualifier = 'at_most' OR qualifier = 'range'),
  low            REAL,
  high           REAL,
  basis          TEXT NOT NULL DEFAULT 'actual' CHECK (basis = 'actual' OR basis = 'estimate'),
  restated       INTEGER NOT NULL DEFAULT 0,
  sentence       TEXT NOT NULL,
  start_byte     INTEGER NOT NULL,
  end_byte       INTEGER NOT NULL,
  page           INTEGER,
  resolution     REAL,
  PRIMARY KEY (entity, metric, kind, period_type, period_end, id)
) WITHOUT ROWID;

INSERT INTO observation_new (id, report_id, entity, metric, kind, period_type, period_start, period_end,
                             fiscal_label, calendar_label, value, unit, qualifier, low, high, basis, restated,
                             sentence, start_byte, end_byte, page, resolution)
  SELECT id, report_id, entity, metric, kind, period_type, period_start, period_end, fiscal_label,
         calendar_label, value, unit, qualifier, low, high, basis, restated, sentence, start_byte, end_byte,
         page, resolution
  FROM observation ORDER BY entity, metric, kind, period_type, period_end, id;
DROP TABLE observation;
ALTER TABLE observation_new RENAME TO observation;

CREATE INDEX observation_report ON observation(report_id);
