-- A loss a share is earnings a share below nought ("The adjusted loss per
-- share was $0.56 per share", 每股亏损 0.12 元): with no alias of its own
-- the words fell back to "per share" and the loss was stored as a profit.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('loss per share', 'metric', 'eps', -1), ('net loss per share', 'metric', 'eps', -1),
  ('loss per diluted share', 'metric', 'eps', -1), ('net loss per diluted share', 'metric', 'eps', -1),
  ('loss per ADS', 'metric', 'eps', -1), ('net loss per ADS', 'metric', 'eps', -1),
  ('每股亏损', 'metric', 'eps', -1), ('每股虧損', 'metric', 'eps', -1);
