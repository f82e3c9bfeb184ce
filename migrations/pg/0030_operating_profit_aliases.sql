-- PostgreSQL: the same rows as migrations/0030_operating_profit_aliases.sql.
-- Hong Kong and Taiwan writers call operating profit 运营利润 or 营运利润
-- (運營利潤率, 營運利潤), and its margin 运营利润率 or 营运利润率: the
-- operating income and margin, not a part named 运营.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('运营利润', 'metric', 'operating_income', 1), ('营运利润', 'metric', 'operating_income', 1),
  ('运营利润率', 'metric', 'operating_margin', 1), ('营运利润率', 'metric', 'operating_margin', 1)
  ON CONFLICT DO NOTHING;
