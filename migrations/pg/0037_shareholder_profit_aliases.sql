-- PostgreSQL: the same rows as migrations/0037_shareholder_profit_aliases.sql.
-- Result tables write the profit attributable to ordinary shareholders
-- without 于 or 的 ("归属普通股股东净利润(人民币亿元)"): the words before 净利润
-- read as a part of the company the lexicon does not know, and the column
-- was left out.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('归属普通股股东净利润', 'metric', 'net_income', 1), ('归属于普通股股东净利润', 'metric', 'net_income', 1),
  ('归属普通股股东的净利润', 'metric', 'net_income', 1), ('归属母公司股东净利润', 'metric', 'net_income', 1),
  ('归属于母公司股东净利润', 'metric', 'net_income', 1), ('归属母公司股东的净利润', 'metric', 'net_income', 1),
  ('归属于上市公司股东净利润', 'metric', 'net_income', 1), ('归属于公司普通股股东的净利润', 'metric', 'net_income', 1)
  ON CONFLICT DO NOTHING;
