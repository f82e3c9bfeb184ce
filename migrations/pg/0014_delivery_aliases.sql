-- PostgreSQL: the same rows as migrations/0014_delivery_aliases.sql.
-- Names the lexicon missed. How carmakers' monthly figures are named:
-- "10月交付新车3.1万辆",
-- "新能源汽车销量44.2万辆" (a carmaker's sales are its deliveries).
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a user may have added one already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('交付新车', 'metric', 'deliveries', 1), ('交付', 'metric', 'deliveries', 1), ('交付汽车', 'metric', 'deliveries', 1),
  ('新能源汽车销量', 'metric', 'deliveries', 1), ('汽车销量', 'metric', 'deliveries', 1),
  ('新车销量', 'metric', 'deliveries', 1), ('新能源车销量', 'metric', 'deliveries', 1),
  ('vehicle deliveries', 'metric', 'deliveries', 1), ('delivered', 'metric', 'deliveries', 1)
  ON CONFLICT DO NOTHING;
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('累计销量', 'metric', 'deliveries', 1), ('累计交付', 'metric', 'deliveries', 1), ('累计交付量', 'metric', 'deliveries', 1)
  ON CONFLICT DO NOTHING;
-- Adjusted profit as brokers write it in English.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('non-IFRS net profit', 'metric', 'adjusted_net_income', 1), ('non-IFRS net income', 'metric', 'adjusted_net_income', 1),
  ('non-GAAP net profit', 'metric', 'adjusted_net_income', 1), ('adjusted net profit attributable', 'metric', 'adjusted_net_income', 1)
  ON CONFLICT DO NOTHING;
-- Operating income as US filings and releases name it.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('income from operations', 'metric', 'operating_income', 1), ('loss from operations', 'metric', 'operating_income', -1)
  ON CONFLICT DO NOTHING;
