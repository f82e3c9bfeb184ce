-- Hong Kong papers write a company's revenue as 销售总额 (銷售總額, the
-- total of its sales): unknown, the figure was left out.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change, or a user, may have it already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('销售总额', 'metric', 'revenue', 1)
  ON CONFLICT DO NOTHING;
