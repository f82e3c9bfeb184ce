-- Names the lexicon missed, found in whole documents.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
-- Run-rate revenue under the names newsletters and Chinese research give
-- it: "annualized run-rate revenue" (the word "annualized" before the
-- alias read as a part's name), 年化收入运行率 (运行率 after 年化收入 read
-- as another measure). Non-GAAP net income as mainland news writes it
-- (非公认会计准则净利润: the accounting's words read as a part's name), and
-- earnings per share as Hong Kong writes it (每股盈利).
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('annualized run-rate revenue', 'metric', 'arr', 1), ('annualized run rate revenue', 'metric', 'arr', 1),
  ('annualized run-rate', 'metric', 'arr', 1), ('annualized run rate', 'metric', 'arr', 1),
  ('年化收入运行率', 'metric', 'arr', 1), ('年化营收运行率', 'metric', 'arr', 1), ('收入运行率', 'metric', 'arr', 1),
  ('年化运行率', 'metric', 'arr', 1),
  ('非公认会计准则净利润', 'metric', 'adjusted_net_income', 1), ('按非公认会计准则净利润', 'metric', 'adjusted_net_income', 1),
  ('非国际财务报告准则净利润', 'metric', 'adjusted_net_income', 1), ('非公认会计准则净亏损', 'metric', 'adjusted_net_income', -1),
  ('每股盈利', 'metric', 'eps', 1);
