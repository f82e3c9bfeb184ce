-- PostgreSQL: the same rows as migrations/0033_facebook_aliases.sql.
-- Meta as news wrote it until late 2021, and as it still calls the
-- company "the Facebook parent": "Facebook reported revenue of $28.07
-- billion". Without it such figures named no company.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('Facebook', 'entity', 'meta', 1),
  ('Facebook Inc', 'entity', 'meta', 1)
  ON CONFLICT DO NOTHING;
