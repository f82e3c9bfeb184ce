-- PostgreSQL: the same rows as migrations/0018_token_and_taiwan_aliases.sql.
-- Names the lexicon missed. Token volume as Chinese articles on model use
-- name it: the word alone after a verb of handling ("各平台每月处理的 Token 已超过 1300 万亿"),
-- and the count words around it.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a user may have added one already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('token', 'metric', 'token_consumption', 1), ('token 数', 'metric', 'token_consumption', 1),
  ('token数', 'metric', 'token_consumption', 1), ('token 量', 'metric', 'token_consumption', 1),
  ('token量', 'metric', 'token_consumption', 1), ('token 数量', 'metric', 'token_consumption', 1),
  ('token数量', 'metric', 'token_consumption', 1), ('tokens per month', 'metric', 'token_consumption', 1)
  ON CONFLICT DO NOTHING;
-- Revenue as Taiwan's monthly reports head it (營業收入淨額, after
-- conversion to simplified characters).
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('营业收入净额', 'metric', 'revenue', 1)
  ON CONFLICT DO NOTHING;
-- TSMC as its own releases name it (台積公司).
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('台积公司', 'entity', 'tsmc', 1)
  ON CONFLICT DO NOTHING;
-- Per-share profit as newswires write it (adjusted profit per share).
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('profit per share', 'metric', 'eps', 1), ('earnings per diluted share', 'metric', 'eps', 1)
  ON CONFLICT DO NOTHING;
