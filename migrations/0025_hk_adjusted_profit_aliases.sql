-- Adjusted profit as Hong Kong news writes it: 經調整盈利 (经调整盈利 once
-- simplified), "騰訊第四季收入增13% 經調整盈利按年升21%". Without it the
-- 21% took the metric said before it in the headline, revenue: a wrong
-- figure under revenue's name. And Alibaba's cloud as its notes shorten
-- 云智能集团: 云智能收入 398 亿元 had been a part the lexicon did not know.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('经调整盈利', 'metric', 'adjusted_net_income', 1), ('经调整后盈利', 'metric', 'adjusted_net_income', 1),
  ('非国际财务报告准则盈利', 'metric', 'adjusted_net_income', 1), ('经调整亏损', 'metric', 'adjusted_net_income', -1),
  ('云智能', 'entity', 'alibaba-cloud', 1);
