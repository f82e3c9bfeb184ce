-- PostgreSQL: the same rows as migrations/0012_signed_aliases.sql.
-- Names reports use that the lexicon missed: a press release's "earnings
-- per diluted share", and a negative cash flow named as such ("negative
-- free cash flow of $10.0 billion" is -$10.0 billion, as a net loss is a
-- negative net income). ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a user may have added one already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('earnings per diluted share', 'metric', 'eps', 1), ('diluted earnings per common share', 'metric', 'eps', 1),
  ('negative free cash flow', 'metric', 'free_cash_flow', -1), ('负自由现金流', 'metric', 'free_cash_flow', -1),
  ('negative operating cash flow', 'metric', 'operating_cash_flow', -1),
  ('负经营现金流', 'metric', 'operating_cash_flow', -1)
  ON CONFLICT DO NOTHING;
