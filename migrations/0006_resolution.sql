-- How finely each value was written: one unit of its last digit, in base
-- units (3920 亿美元: 1e8; $392.1 billion: 1e8; 51%: 1). Two reports of a
-- fact disagree when they differ by more than their rounding allows, which
-- a flat 0.5% cannot tell for $102.5 billion against $102.0 billion. NULL
-- for rows stored before this column, and for values worked out rather than
-- written (2 倍 as +100%); those fall back to 0.5%.
ALTER TABLE observation ADD COLUMN resolution REAL;
