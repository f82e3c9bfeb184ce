-- PostgreSQL: the same rows as migrations/0021_report_aliases.sql.
-- Names the lexicon missed, found in whole documents.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change, or a user, may have them already.
-- The words of mainland quarterly and annual reports' tables of main
-- financial data: 销售毛利率 and 销售净利率 are the gross and net margins
-- (without them 销售 named a part the lexicon did not know).
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('销售毛利率', 'metric', 'gross_margin', 1), ('销售净利率', 'metric', 'net_margin', 1)
  ON CONFLICT DO NOTHING;
