-- Net margin as the profit's own rate: 净利润率 (淨利潤率), 净利润率由去年同期的
-- 22%上升至26%. Without it the lexer read 净利润 (net income) and a rate
-- after it, and the margin went down as net income's growth.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('净利润率', 'metric', 'net_margin', 1), ('纯利率', 'metric', 'net_margin', 1);
