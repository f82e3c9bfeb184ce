-- Observations keyed by the fact they state (entity, metric, kind, period)
-- then their id, as in SQLite's migration 0007; the key replaces the
-- observation_fact index. Ids are no longer assigned by the database: a
-- new row gets (report id << 32) + its place in the report, so later
-- additions still sort after earlier ones; the rows here keep theirs.
-- The table is clustered on the key once, so a series reads neighbours.
ALTER TABLE observation ALTER COLUMN id DROP IDENTITY;
ALTER TABLE observation DROP CONSTRAINT observation_pkey;
DROP INDEX observation_fact;
ALTER TABLE observation ADD CONSTRAINT observation_pkey
  PRIMARY KEY (entity, metric, kind, period_type, period_end, id);
CLUSTER observation USING observation_pkey;
