-- PostgreSQL: the same rows as migrations/0026_taiwan_data_center_aliases.sql.
-- Data center revenue as Taiwan writes it: 資料中心營收 (资料中心营收 once
-- simplified; the characters change, the word does not), "輝達第一季資料中心
-- 營收為702億美元". Without it the figure had no metric of its own and took
-- the revenue said before it: the company's total under a business's
-- figure.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('资料中心营收', 'metric', 'data_center_revenue', 1), ('资料中心收入', 'metric', 'data_center_revenue', 1),
  ('资料中心业务营收', 'metric', 'data_center_revenue', 1)
  ON CONFLICT DO NOTHING;
