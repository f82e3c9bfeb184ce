-- PostgreSQL: the same rows as migrations/0031_profit_margin_aliases.sql.
-- The margins said with "profit" in them: "gross profit margin was 62.3%,
-- operating profit margin was 54.0%, and net profit margin was 48.3%" (a
-- Taiwanese release in English), "net income margin", and the margins
-- Malaysian and Hong Kong papers write 赚幅 (毛利赚幅为58.6%). Without them the
-- lexer read gross profit, operating profit or net profit and a rate after
-- it, and the margin was left out as a percentage of an amount.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('gross profit margin', 'metric', 'gross_margin', 1), ('operating profit margin', 'metric', 'operating_margin', 1),
  ('net profit margin', 'metric', 'net_margin', 1), ('net income margin', 'metric', 'net_margin', 1),
  ('毛利赚幅', 'metric', 'gross_margin', 1), ('净利赚幅', 'metric', 'net_margin', 1)
  ON CONFLICT DO NOTHING;
