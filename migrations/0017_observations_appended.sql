-- Observations kept in the order they were added again (a rowid table:
-- the id, (report id << 32) + the row's place, is the rowid), with the
-- order of their fact in an index. Migration 0007 kept the rows themselves
-- in the order of their fact, so every add of a batch of reports wrote
-- rows all over the table and folded the pages it touched back into the
-- store: each add touched more of the store than the one before, and a
-- report added to a big store cost more than one added to an empty store.
-- Rows now go at the end; what an add still writes here and there is the
-- index, a few dozen bytes an observation instead of the whole row. A
-- series or a history reads the fact's rows through the index (one page
-- per row, its rows not neighbours any more); the index on report_id now
-- holds the id only, not the whole fact key.

CREATE TABLE observation_new (
  id             INTEGER PRIMARY KEY,
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
  basis          TEXT NOT NULL DEFAULT 'actual'
                 CHECK (basis = 'actual' OR basis = 'estimate' OR basis = 'guidance' OR basis = 'consensus'),
  restated       INTEGER NOT NULL DEFAULT 0,
  sentence       TEXT NOT NULL,
  start_byte     INTEGER NOT NULL,
  end_byte       INTEGER NOT NULL,
  page           INTEGER,
  resolution     REAL,
  version        INTEGER,
  rejected       INTEGER
);

INSERT INTO observation_new (id, report_id, entity, metric, kind, period_type, period_start, period_end,
                             fiscal_label, calendar_label, value, unit, qualifier, low, high, basis, restated,
                             sentence, start_byte, end_byte, page, resolution, version, rejected)
  SELECT id, report_id, entity, metric, kind, period_type, period_start, period_end, fiscal_label,
         calendar_label, value, unit, qualifier, low, high, basis, restated, sentence, start_byte, end_byte,
         page, resolution, version, rejected
  FROM observation ORDER BY id;
DROP TABLE observation;
ALTER TABLE observation_new RENAME TO observation;

CREATE INDEX observation_fact ON observation(entity, metric, kind, period_type, period_end);
CREATE INDEX observation_report ON observation(report_id);
