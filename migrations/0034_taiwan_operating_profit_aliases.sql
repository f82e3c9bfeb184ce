-- Taiwan's press writes operating profit 營利 ("營利則達380億美元"), as
-- it writes its margin 營益率. Without it the figure named a measure we
-- did not know, and the change after it fell to the revenue before.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have it already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('营利', 'metric', 'operating_income', 1);
