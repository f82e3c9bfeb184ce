-- Alibaba's cloud as English news writes it short: "Cloud intelligence revenue
-- reached 39.82 billion yuan". Without it the figure named no
-- company (or, after "Alibaba", went to the group).
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('Cloud Intelligence', 'entity', 'alibaba-cloud', 1);
