# Values keep the currency they were stated in (TWD, HKD, KRW, JPY, EUR,
# USD, CNY), never converted; a chart refuses to draw two currencies on
# one axis.
source "$(dirname "$0")/lib.bash"

cat > tw.txt <<'TXT'
台積電季報
日期：2025-10-16

台積電2025年第三季營收為新台幣9899億元，年增30.3%。
TXT
cat > en.txt <<'TXT'
Asia hardware wrap
Published: November 20, 2025

TSMC Q2 2025 revenue was US$30.1 billion.
Samsung Electronics Q3 2025 revenue was KRW 86.1 trillion.
ASML Q3 2025 revenue was EUR 7.5 billion, and €7.7 billion in Q2 2025.
Tencent Q3 2025 revenue was RMB 192.9 billion.
TXT
cat > hk.txt <<'TXT'
港股速遞
日期：2025-11-20

騰訊2024年第四季營業額為1724億港元。
三星電子2025年第二季營收為74.6兆韓圜。
TXT
expect_status 0 "$M" add tw.txt en.txt hk.txt
expect_status 0 "$M" export
expect_grep "tsmc,revenue,level,.*,989900000000,TWD" last.out
expect_grep "tsmc,revenue,level,.*,30100000000,USD" last.out
expect_grep "samsung,revenue,level,.*,86100000000000,KRW" last.out
expect_grep "samsung,revenue,level,.*,74600000000000,KRW" last.out
expect_grep "asml,revenue,level,.*,7500000000,EUR" last.out
expect_grep "asml,revenue,level,.*,7700000000,EUR" last.out
expect_grep "tencent,revenue,level,.*,192900000000,CNY" last.out
expect_grep "tencent,revenue,level,.*,172400000000,HKD" last.out

# a series lists each value in its own currency; a chart will not mix them
expect_status 0 "$M" series tsmc revenue
expect_grep "989.9 bn TWD" last.out
expect_grep "30.10 bn USD" last.out
expect_status 1 "$M" plot tsmc:revenue --script
expect_grep "TWD" last.err
expect_grep "USD" last.err
expect_status 1 "$M" plot tencent:revenue --script
expect_status 0 "$M" plot asml:revenue --script
finish
