-- How finely each value was written: one unit of its last digit, in base
-- units (3920 亿美元: 1e8; $392.1 billion: 1e8; 51%: 1). NULL for rows
-- stored before this column, and for values worked out rather than written.
ALTER TABLE observation ADD COLUMN resolution DOUBLE PRECISION;
