-- A Taiwan call summary writes AWS's backlog as 積壓餘額 (积压余额 once
-- simplified), "積壓餘額年增 57%": unknown, its figures were left out.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have it already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('积压余额', 'metric', 'backlog', 1);
