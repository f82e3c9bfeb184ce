-- PostgreSQL: the same rows as migrations/0013_hk_profit_aliases.sql.
-- How Hong Kong announcements name profit: "本公司權益持有人應佔盈利" and
-- "本公司擁有人應佔溢利" (read as Simplified), and the Non-IFRS form of
-- the first, which is the adjusted figure. ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a user may have
-- added one already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('本公司权益持有人应占盈利', 'metric', 'net_income', 1), ('权益持有人应占盈利', 'metric', 'net_income', 1),
  ('本公司拥有人应占溢利', 'metric', 'net_income', 1), ('本公司拥有人应占盈利', 'metric', 'net_income', 1),
  ('股东应占盈利', 'metric', 'net_income', 1), ('股东应占溢利', 'metric', 'net_income', 1),
  ('本公司权益持有人应占亏损', 'metric', 'net_income', -1), ('本公司拥有人应占亏损', 'metric', 'net_income', -1),
  ('非国际财务报告准则本公司权益持有人应占盈利', 'metric', 'adjusted_net_income', 1),
  ('非国际财务报告准则权益持有人应占盈利', 'metric', 'adjusted_net_income', 1),
  ('non-IFRS profit attributable to equity holders', 'metric', 'adjusted_net_income', 1)
  ON CONFLICT DO NOTHING;
