-- PostgreSQL: the same rows as migrations/0028_gaap_translated_aliases.sql.
-- Machine translations of American releases put "GAAP operating income" as
-- GAAP营业收入 and "GAAP net income" as GAAP净收入 (甲骨文: 第三季度GAAP营业收入
-- 为44亿美元 … GAAP净收入为29亿美元). Alone, 营业收入 and 净收入 are revenue
-- (a mainland company's 营业收入, an ADR's net revenues); said with GAAP they
-- are the profits, as no revenue is given under GAAP and non-GAAP.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('GAAP营业收入', 'metric', 'operating_income', 1), ('GAAP营业亏损', 'metric', 'operating_income', -1),
  ('GAAP净收入', 'metric', 'net_income', 1)
  ON CONFLICT DO NOTHING;
