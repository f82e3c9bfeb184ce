-- Data center sales, as news writes Nvidia's segment ("Sales in the data
-- center segment jumped 66%"): without the alias those words named a part
-- the lexicon did not know, and the figure was left out.
-- OR IGNORE: a store seeded from the lexicon after this change has it already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('data center sales', 'metric', 'data_center_revenue', 1),
  ('data centre sales', 'metric', 'data_center_revenue', 1),
  ('数据中心销售额', 'metric', 'data_center_revenue', 1);
