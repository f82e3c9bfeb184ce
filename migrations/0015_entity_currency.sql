-- The currency a figure of a company is in when a Chinese text writes a
-- bare 元 ("currency units"): 台积电营收 9,899 亿元 is in New Taiwan
-- dollars, not renminbi. NULL: renminbi, as 元 alone reads elsewhere.
-- Its parts (segments, products) take their company's.
ALTER TABLE entity ADD COLUMN currency TEXT CHECK (currency IS NULL OR length(currency) = 3);
-- The companies of Taiwan (entities.tsv, country TW); a test checks the two agree.
UPDATE entity SET currency = 'TWD' WHERE id IN (
  'tsmc', 'hon-hai', 'mediatek', 'quanta', 'wistron', 'wiwynn', 'inventec', 'compal', 'pegatron',
  'asus', 'acer', 'umc', 'ase', 'delta-electronics', 'alchip', 'guc', 'novatek', 'realtek',
  'nanya-tech', 'winbond', 'avc', 'gigabyte', 'msi', 'aspeed', 'largan', 'globalwafers', 'unimicron',
  'elite-material', 'accton', 'advantech', 'kyec', 'lite-on', 'powerchip', 'vanguard'
);
