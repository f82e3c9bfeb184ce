-- Meta as news wrote it until late 2021, and as it still calls the
-- company "the Facebook parent": "Facebook reported revenue of $28.07
-- billion". Without it such figures named no company.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('Facebook', 'entity', 'meta', 1),
  ('Facebook Inc', 'entity', 'meta', 1);
