-- Hong Kong papers write a share's earnings as what each share earned
-- ("每股賺1.47美元", 每股盈利 in the release): unknown, the figure was
-- left out, and the estimate beside it ("勝預期的1.39美元") went to the
-- metric before. Their data center chips' sales (數據中心晶片銷售) are
-- data center revenue.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('每股赚', 'metric', 'eps', 1), ('每股净赚', 'metric', 'eps', 1),
  ('数据中心晶片销售', 'metric', 'data_center_revenue', 1), ('数据中心芯片销售', 'metric', 'data_center_revenue', 1);
