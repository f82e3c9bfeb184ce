-- Hong Kong papers write a company's revenue as 销售总额 (銷售總額, the
-- total of its sales); mainland news writes the gross margin as 毛利润率
-- and Nvidia's data center revenue as 数据中心的营收 (or 收入, 业务营收), the earnings
-- per share as 每股利润 or 每股摊薄利润, an operating loss as 运营亏损: unknown, their figures were left out.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('销售总额', 'metric', 'revenue', 1), ('毛利润率', 'metric', 'gross_margin', 1),
  ('数据中心的营收', 'metric', 'data_center_revenue', 1), ('数据中心的收入', 'metric', 'data_center_revenue', 1),
  ('数据中心业务营收', 'metric', 'data_center_revenue', 1),
  ('每股利润', 'metric', 'eps', 1), ('每股摊薄利润', 'metric', 'eps', 1), ('每股摊薄盈利', 'metric', 'eps', 1),
  ('运营亏损', 'metric', 'operating_income', -1), ('营运亏损', 'metric', 'operating_income', -1);
