-- A long report's text, kept as it is read: `mtrack add` of a long text
-- stores its facts and its text a window at a time, so the text is never
-- held whole, and compresses it as one zlib stream handed over in parts.
-- The stream is the report's parts in order, then report_text.body (its
-- end); a report with no part has its whole stream in report_text.body,
-- as before.
CREATE TABLE report_text_part (
  report_id INTEGER NOT NULL REFERENCES report(id),
  part      INTEGER NOT NULL,                   -- 1, 2, ... in the order of the stream
  body      BLOB NOT NULL,
  PRIMARY KEY (report_id, part)
) WITHOUT ROWID;
