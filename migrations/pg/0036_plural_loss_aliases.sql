-- PostgreSQL: the same rows as migrations/0036_plural_loss_aliases.sql.
-- Wire stories write losses in the plural ("net losses widened from $130
-- million in the same period last year to $310 million"): unknown, the
-- words left the figures to the metric of the clause before (revenue), and
-- a loss was stored as revenue.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('net losses', 'metric', 'net_income', -1),
  ('operating losses', 'metric', 'operating_income', -1)
  ON CONFLICT DO NOTHING;
