-- The page of a PDF report a fact stands on (NULL for other formats), so
-- provenance can say "page 3".
ALTER TABLE observation ADD COLUMN page INTEGER;
