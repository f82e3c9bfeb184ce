-- PostgreSQL: the same rows as migrations/0022_per_ads_aliases.sql.
-- Names the lexicon missed, found in whole documents.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
-- Companies listed through American depositary shares report their
-- earnings per ADS (Baidu's, Alibaba's): the per-share figure their
-- releases give, with the loss word their tables put inside the name.
-- Without them "diluted earnings per ADS was RMB10.94" took the net
-- income named earlier in its sentence.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('earnings per ADS', 'metric', 'eps', 1), ('earnings (loss) per ADS', 'metric', 'eps', 1),
  ('earnings (loss) per share', 'metric', 'eps', 1), ('earnings per ADR', 'metric', 'eps', 1),
  ('net income per ADS', 'metric', 'eps', 1), ('net income (loss) per ADS', 'metric', 'eps', 1),
  ('每股ADS收益', 'metric', 'eps', 1), ('每股美国存托股收益', 'metric', 'eps', 1)
  ON CONFLICT DO NOTHING;
