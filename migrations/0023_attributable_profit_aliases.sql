-- Names the lexicon missed, found in whole documents.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
-- The profit attributable to a company's shareholders under the names
-- mainland and Hong Kong tables give it (a row "股东应占净利润" named no
-- metric: the words before 净利润 read as another measure's).
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('股东应占净利润', 'metric', 'net_income', 1), ('归属于普通股股东的净利润', 'metric', 'net_income', 1),
  ('归属于母公司股东的净利润', 'metric', 'net_income', 1), ('归属于上市公司股东的净利润', 'metric', 'net_income', 1),
  ('归属于本公司股东的净利润', 'metric', 'net_income', 1);
