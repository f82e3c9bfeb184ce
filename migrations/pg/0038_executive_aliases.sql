-- PostgreSQL: the same rows as migrations/0038_executive_aliases.sql.
-- Pages that never print the company's name still name who runs it
-- ("CEO Marc Benioff: ...", "(Lisa Su)", 黄仁勋表示): the chief executives
-- and chief financial officers of the companies most reported on, by their
-- full names only (a surname alone names many), count as the company they
-- speak for. A figure a person is said to give is the company's, as
-- "Microsoft said" would make it.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('Satya Nadella', 'entity', 'microsoft', 1), ('萨提亚·纳德拉', 'entity', 'microsoft', 1),
  ('Amy Hood', 'entity', 'microsoft', 1),
  ('Jensen Huang', 'entity', 'nvidia', 1), ('黄仁勋', 'entity', 'nvidia', 1), ('Colette Kress', 'entity', 'nvidia', 1),
  ('Lisa Su', 'entity', 'amd', 1), ('苏姿丰', 'entity', 'amd', 1), ('Jean Hu', 'entity', 'amd', 1),
  ('Tim Cook', 'entity', 'apple', 1), ('蒂姆·库克', 'entity', 'apple', 1), ('Kevan Parekh', 'entity', 'apple', 1),
  ('Luca Maestri', 'entity', 'apple', 1),
  ('Andy Jassy', 'entity', 'amazon', 1), ('安迪·贾西', 'entity', 'amazon', 1), ('Brian Olsavsky', 'entity', 'amazon', 1),
  ('Sundar Pichai', 'entity', 'alphabet', 1), ('桑达尔·皮查伊', 'entity', 'alphabet', 1), ('Ruth Porat', 'entity', 'alphabet', 1),
  ('Anat Ashkenazi', 'entity', 'alphabet', 1),
  ('Mark Zuckerberg', 'entity', 'meta', 1), ('扎克伯格', 'entity', 'meta', 1),
  ('Safra Catz', 'entity', 'oracle', 1), ('Larry Ellison', 'entity', 'oracle', 1), ('拉里·埃里森', 'entity', 'oracle', 1),
  ('Hock Tan', 'entity', 'broadcom', 1), ('陈福阳', 'entity', 'broadcom', 1),
  ('C.C. Wei', 'entity', 'tsmc', 1), ('魏哲家', 'entity', 'tsmc', 1), ('Wendell Huang', 'entity', 'tsmc', 1),
  ('黄仁昭', 'entity', 'tsmc', 1),
  ('马化腾', 'entity', 'tencent', 1), ('Pony Ma', 'entity', 'tencent', 1), ('刘炽平', 'entity', 'tencent', 1),
  ('Martin Lau', 'entity', 'tencent', 1),
  ('吴泳铭', 'entity', 'alibaba', 1), ('Eddie Wu', 'entity', 'alibaba', 1), ('蔡崇信', 'entity', 'alibaba', 1),
  ('Joe Tsai', 'entity', 'alibaba', 1), ('Toby Xu', 'entity', 'alibaba', 1),
  ('李彦宏', 'entity', 'baidu', 1), ('Robin Li', 'entity', 'baidu', 1),
  ('Marc Benioff', 'entity', 'salesforce', 1), ('贝尼奥夫', 'entity', 'salesforce', 1), ('Amy Weaver', 'entity', 'salesforce', 1),
  ('Robin Washington', 'entity', 'salesforce', 1),
  ('Michael Intrator', 'entity', 'coreweave', 1),
  ('Sam Altman', 'entity', 'openai', 1), ('山姆·奥特曼', 'entity', 'openai', 1), ('Sarah Friar', 'entity', 'openai', 1),
  ('Dario Amodei', 'entity', 'anthropic', 1)
  ON CONFLICT DO NOTHING;
