-- PostgreSQL: the same rows as migrations/0032_cloud_intelligence_aliases.sql.
-- Alibaba's cloud as English news writes it short: "Cloud intelligence revenue
-- reached 39.82 billion yuan". Without it the figure named no
-- company (or, after "Alibaba", went to the group).
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('Cloud Intelligence', 'entity', 'alibaba-cloud', 1)
  ON CONFLICT DO NOTHING;
