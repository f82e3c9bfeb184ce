-- Mainland news writes earnings a share of the ADS without 股 and as
-- profit ("经调整每ADS利润15.79元", 每ADS收益): unknown, the figure was
-- left out, and the market's estimate beside it with it.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('每ADS利润', 'metric', 'eps', 1), ('每ADS收益', 'metric', 'eps', 1), ('每ADS盈利', 'metric', 'eps', 1),
  ('每股ADS利润', 'metric', 'eps', 1), ('每股ADS盈利', 'metric', 'eps', 1);
