-- Wires write the user counts in the plural ("MAUs were 2.13 billion as of
-- December 31, 2017", "DAUS WERE 1.40 BILLION"): unknown, the capitals read
-- as the name of a part we do not track, and the count was left out.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('MAUs', 'metric', 'mau', 1), ('DAUs', 'metric', 'dau', 1);
