-- PostgreSQL: the same rows as migrations/0019_current_rpo.sql.
-- Current remaining performance obligations (cRPO), the part of RPO due
-- within a year, as software companies report it beside RPO. Without a
-- metric of its own, "current remaining performance obligation of $29.4
-- billion" read as RPO, a wrong figure under RPO's name.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change has it already.
INSERT INTO metric (id, name, unit_kind, stock) VALUES
  ('current_rpo', 'Current remaining performance obligations', 'currency', 1)
  ON CONFLICT DO NOTHING;
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('current remaining performance obligation', 'metric', 'current_rpo', 1),
  ('current remaining performance obligations', 'metric', 'current_rpo', 1),
  ('cRPO', 'metric', 'current_rpo', 1), ('current RPO', 'metric', 'current_rpo', 1),
  ('当期剩余履约义务', 'metric', 'current_rpo', 1), ('当期未完成订单', 'metric', 'current_rpo', 1)
  ON CONFLICT DO NOTHING;
