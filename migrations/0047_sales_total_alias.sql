-- Hong Kong papers write a company's revenue as 销售总额 (銷售總額, the
-- total of its sales): unknown, the figure was left out.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have it already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('销售总额', 'metric', 'revenue', 1);
