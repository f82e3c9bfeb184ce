-- PostgreSQL: the same table as migrations/0011_fact_current.sql. Under
-- concurrent adds the row of a fact is changed by INSERT ... ON CONFLICT DO
-- UPDATE, which locks it: the database orders the writers.
-- The value each fact holds now, one row per fact and basis, kept in step
-- with every change that moves it (an add, a retraction or restoration, a
-- re-date, a re-extraction, a rejection or acceptance) in the same
-- transaction. Adding a report then looks up one row per fact instead of
-- reading every earlier observation of it and its report, which made each
-- add slower than the one before it as the history grew.
--
-- The winner within a fact and basis is the rule of the views: among the
-- current versions of reports not retracted, observations not rejected,
-- the latest report date, then the report added later, then the later row.
-- A fact's current value is the best of its basis rows, an actual first.
-- The figure is copied (observations never change), so the add compares
-- against it without reading the observation or the report.

CREATE TABLE fact_current (
  entity      TEXT COLLATE "C" NOT NULL,
  metric      TEXT COLLATE "C" NOT NULL,
  kind        TEXT COLLATE "C" NOT NULL,
  period_type TEXT COLLATE "C" NOT NULL,
  period_end  TEXT COLLATE "C" NOT NULL,
  basis       TEXT COLLATE "C" NOT NULL,
  obs_id      BIGINT NOT NULL,
  report_id   BIGINT NOT NULL,
  published   TEXT COLLATE "C" NOT NULL,  -- the winning report's date
  value       DOUBLE PRECISION NOT NULL,
  low         DOUBLE PRECISION,
  high        DOUBLE PRECISION,
  qualifier   TEXT COLLATE "C" NOT NULL,
  resolution  DOUBLE PRECISION,
  PRIMARY KEY (entity, metric, kind, period_type, period_end, basis)
);

INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id, report_id, published,
                          value, low, high, qualifier, resolution)
  SELECT entity, metric, kind, period_type, period_end, basis, id, report_id, published, value, low, high,
         qualifier, resolution
  FROM (SELECT o.*, r.published,
               row_number() OVER (PARTITION BY o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis
                                  ORDER BY r.published DESC, r.id DESC, o.id DESC) AS place
        FROM observation o JOIN live_report r ON r.id = o.report_id
        WHERE o.version IS NOT DISTINCT FROM r.version AND o.rejected IS NULL) AS ranked
  WHERE place = 1
  ORDER BY entity, metric, kind, period_type, period_end, basis;
