-- PostgreSQL: the same rows as migrations/0034_taiwan_operating_profit_aliases.sql.
-- Taiwan's press writes operating profit 營利 ("營利則達380億美元"), as
-- it writes its margin 營益率. Without it the figure named a measure we
-- did not know, and the change after it fell to the revenue before.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have it already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('营利', 'metric', 'operating_income', 1)
  ON CONFLICT DO NOTHING;
