-- PostgreSQL: the same rows as migrations/0035_samsung_and_attributable_profit_aliases.sql.
-- The Chinese and Taiwanese press name Samsung 三星 alone ("三星晶圓代工方面
-- ... 營收季增6.7%至近34億美元"): unknown, the name left the figures to the
-- company of the sentence before (TSMC). And Hong Kong results write the
-- profit attributable to equity holders 權益持有人歸屬盈利 and 應佔溢利 as well as
-- 應佔盈利.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('三星', 'entity', 'samsung', 1),
  ('公司权益持有人归属盈利', 'metric', 'net_income', 1),
  ('权益持有人归属盈利', 'metric', 'net_income', 1),
  ('权益持有人应占溢利', 'metric', 'net_income', 1)
  ON CONFLICT DO NOTHING;
