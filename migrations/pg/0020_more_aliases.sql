-- PostgreSQL: the same rows as migrations/0020_more_aliases.sql.
-- Names the lexicon missed, found in whole documents.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change, or a user, may have them already.
-- Data center sales, as news writes Nvidia's segment ("Sales in the data
-- center segment jumped 66%"): without the alias those words named a part
-- the lexicon did not know, and the figure was left out.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('data center sales', 'metric', 'data_center_revenue', 1),
  ('data centre sales', 'metric', 'data_center_revenue', 1),
  ('数据中心销售额', 'metric', 'data_center_revenue', 1)
  ON CONFLICT DO NOTHING;
-- Taiwan's words, after conversion to simplified characters: 稅後純益率
-- (net margin) and 資本預算 (the capital budget, capex as TSMC guides it).
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('税后纯益率', 'metric', 'net_margin', 1), ('纯益率', 'metric', 'net_margin', 1),
  ('资本预算', 'metric', 'capex', 1)
  ON CONFLICT DO NOTHING;
