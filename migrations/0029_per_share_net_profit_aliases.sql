-- Hong Kong and mainland news say earnings per share as 每股净利润 or 每股净利
-- (调整后每股净利润为1.95美元, 胜于预期的1.87美元): the profit a share
-- earned, not a part of the company named 每股.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('每股净利润', 'metric', 'eps', 1), ('每股净利', 'metric', 'eps', 1), ('每股纯益', 'metric', 'eps', 1);
