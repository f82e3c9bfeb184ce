-- Taiwan's press writes a quarter's profit as 獲利 ("蘋果當季獲利達138.22億
-- 美元") and its diluted earnings a share as 每股稀釋純益: unknown, the
-- figures were left out, and a growth said after them took the metric of
-- the sentence before.
-- ON CONFLICT DO NOTHING (SQLite's OR IGNORE): a store seeded from the
-- lexicon after this change, or a user, may have them already.
INSERT INTO alias (alias, target_type, target, sign) VALUES
  ('获利', 'metric', 'net_income', 1), ('税后获利', 'metric', 'net_income', 1),
  ('每股稀释纯益', 'metric', 'eps', 1), ('稀释每股纯益', 'metric', 'eps', 1),
  ('每股稀释盈余', 'metric', 'eps', 1), ('稀释每股盈余', 'metric', 'eps', 1)
  ON CONFLICT DO NOTHING;
