-- Wire stories write losses in the plural ("net losses widened from $130
-- million in the same period last year to $310 million"): unknown, the
-- words left the figures to the metric of the clause before (revenue), and
-- a loss was stored as revenue.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('net losses', 'metric', 'net_income', -1),
  ('operating losses', 'metric', 'operating_income', -1);
