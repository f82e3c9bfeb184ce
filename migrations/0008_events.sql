-- A history that can be corrected and replayed. Every change to the store
-- (a report added, retracted, restored, re-dated or re-extracted, one fact
-- rejected or accepted, a lexicon edit) is an event with its time, who made
-- it, what and why; nothing is deleted. Asking what the store held at a
-- moment (--known-at) replays the events up to it, so a past answer never
-- changes.

CREATE TABLE event (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,  -- the order of the changes
  at        TEXT NOT NULL,                      -- UTC, YYYY-MM-DDTHH:MM:SS.sssZ
  who       TEXT NOT NULL,                      -- $USER
  action    TEXT NOT NULL CHECK (action = 'add' OR action = 'retract' OR action = 'restore' OR
                                 action = 'redate' OR action = 'reextract' OR action = 'reject' OR
                                 action = 'accept' OR action = 'lexicon'),
  report_id INTEGER,
  obs_id    INTEGER,
  version   INTEGER,                            -- reextract, redate: the report_version made
  before    TEXT,                               -- redate: the old date; lexicon: the row removed
  after     TEXT,                               -- redate: the new date
  what      TEXT NOT NULL,
  why       TEXT
);
CREATE INDEX event_at ON event(at);

-- The facts of a report after the first set: a re-extraction (or a re-date)
-- that found something different stores the report's facts again under a
-- new version; the report's current version decides which set counts.
CREATE TABLE report_version (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  report_id INTEGER NOT NULL REFERENCES report(id),
  extractor TEXT NOT NULL,                      -- the mtrack and lexicon that made its facts
  at        TEXT NOT NULL
);
CREATE INDEX report_version_report ON report_version(report_id, id);

-- The text each report was extracted from (after conversion from PDF, HTML
-- or another encoding; PDF pages separated by form feeds), zlib-compressed,
-- so that it can be extracted again. Reports stored before this migration
-- have none.
CREATE TABLE report_text (
  report_id INTEGER PRIMARY KEY REFERENCES report(id),
  size      INTEGER NOT NULL,                   -- bytes uncompressed
  pages     INTEGER NOT NULL DEFAULT 0,         -- a PDF's page count
  body      BLOB NOT NULL
);

ALTER TABLE report ADD COLUMN extractor TEXT;   -- what made the first set of facts; NULL: unknown
ALTER TABLE report ADD COLUMN version INTEGER;  -- the current report_version; NULL: the first set
ALTER TABLE observation ADD COLUMN version INTEGER;  -- its report_version; NULL: the first set
ALTER TABLE observation ADD COLUMN rejected INTEGER; -- the event that rejected it, while rejected

-- The history so far, as events in time order: the reports as added, the
-- retractions and restorations as recorded.
INSERT INTO event (at, who, action, report_id, what, why)
  SELECT substr(at, 1, 19) || '.000Z', 'unknown', action, report_id, what, why FROM (
    SELECT added_at AS at, 0 AS ord, id AS k, 'add' AS action, id AS report_id,
           'added report ' || id || ' dated ' || published || ' (date from ' || date_source || '): ' || title AS what,
           NULL AS why
    FROM report
    UNION ALL
    SELECT at, 1, id, action, report_id,
           CASE action WHEN 'retract' THEN 'retracted' ELSE 'restored' END || ' report ' || report_id, reason
    FROM retraction)
  ORDER BY at, ord, k;
