-- News writes a loss as its measure's name then "loss" ("the operating
-- income loss was $87 million"): read as operating income, the figure
-- was stored as a profit. Apple's releases of 2009-2010 write net income
-- as "net quarterly profit": unknown, the figure was left out.
-- OR IGNORE: a store seeded from the lexicon after this change, or a user,
-- may have them already.
INSERT OR IGNORE INTO alias (alias, target_type, target, sign) VALUES
  ('operating income loss', 'metric', 'operating_income', -1),
  ('net quarterly profit', 'metric', 'net_income', 1), ('net quarterly loss', 'metric', 'net_income', -1);
