-- An estimate says whose it is: the company's own outlook (guidance), the
-- analysts' consensus, or the report's own (estimate). An actual still
-- beats any of them; each is a fact of its own, so a report can state the
-- guidance and its house estimate for one period side by side. SQLite
-- cannot change a CHECK in place: the table is copied, in its key order.

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
  basis          TEXT NOT NULL DEFAULT 'actual'
                 CHECK (basis = 'actual' OR basis = 'estimate' OR basis = 'guidance' OR basis = 'consensus'),
  restated       INTEGER NOT NULL DEFAULT 0,
  sentence       TEXT NOT NULL,
  start_byte     INTEGER NOT NULL,
  end_byte       INTEGER NOT NULL,
  page           INTEGER,
  resolution     REAL,
  version        INTEGER,
  rejected       INTEGER,
  PRIMARY KEY (entity, metric, kind, period_type, period_end, id)
) WITHOUT ROWID;

INSERT INTO observation_new (id, report_id, entity, metric, kind, period_type, period_start, period_end,
                             fiscal_label, calendar_label, value, unit, qualifier, low, high, basis, restated,
                             sentence, start_byte, end_byte, page, resolution, version, rejected)
  SELECT id, report_id, entity, metric, kind, period_type, period_start, period_end, fiscal_label,
         calendar_label, value, unit, qualifier, low, high, basis, restated, sentence, start_byte, end_byte,
         page, resolution, version, rejected
  FROM observation ORDER BY entity, metric, kind, period_type, period_end, id;
DROP TABLE observation;
ALTER TABLE observation_new RENAME TO observation;

CREATE INDEX observation_report ON observation(report_id);
