-- Chinese copies of US results write diluted earnings a share with the
-- word for diluted inside ("每股摊薄收益为1.59美元", "每股美国存托凭证摊薄收益为
-- 1.21美元"): unknown, the figures were left out and the growth after
-- them went with no metric.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change, or a user, may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('每股摊薄收益', 'metric', 'eps', 1), ('每股稀释收益', 'metric', 'eps', 1),
  ('每股美国存托凭证摊薄收益', 'metric', 'eps', 1), ('每股美国存托凭证收益', 'metric', 'eps', 1),
  ('每股美国存托股摊薄收益', 'metric', 'eps', 1), ('每股ADS摊薄收益', 'metric', 'eps', 1)
  ON CONFLICT DO NOTHING;
