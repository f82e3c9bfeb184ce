-- PostgreSQL: the same rows as migrations/0005_more_aliases.sql.
-- Names reports use that the first lexicon missed: Chinese releases call
-- revenue 净收入 (net revenues, never net income: that is 净利润), Tencent
-- counts WeChat's monthly active accounts, Meta its daily active people,
-- Alibaba reports its cloud as the Cloud Intelligence Group, Microsoft its
-- Azure growth as that of "Azure and other cloud services".
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a user may have added one of them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('净收入', 'metric', 'revenue', 1), ('营业额', 'metric', 'revenue', 1),
  ('net revenue', 'metric', 'revenue', 1), ('net revenues', 'metric', 'revenue', 1),
  ('total revenues', 'metric', 'revenue', 1), ('total net sales', 'metric', 'revenue', 1),
  ('营业亏损', 'metric', 'operating_income', -1), ('operating losses', 'metric', 'operating_income', -1),
  ('月活跃账户数', 'metric', 'mau', 1), ('月活跃账户', 'metric', 'mau', 1), ('月活用户', 'metric', 'mau', 1),
  ('monthly active accounts', 'metric', 'mau', 1), ('monthly actives', 'metric', 'mau', 1),
  ('日活跃用户数', 'metric', 'dau', 1), ('日活用户', 'metric', 'dau', 1),
  ('daily active people', 'metric', 'dau', 1), ('daily actives', 'metric', 'dau', 1)
  ON CONFLICT DO NOTHING;

INSERT INTO alias (alias, target_type, target) VALUES
  ('云智能集团', 'entity', 'alibaba-cloud'), ('阿里云智能', 'entity', 'alibaba-cloud'),
  ('Cloud Intelligence Group', 'entity', 'alibaba-cloud'), ('Alibaba Cloud Intelligence', 'entity', 'alibaba-cloud'),
  ('Azure and other cloud services', 'entity', 'azure'), ('Azure 及其他云服务', 'entity', 'azure'),
  ('Azure 和其他云服务', 'entity', 'azure')
  ON CONFLICT DO NOTHING;
