# Numbers from odd input: scientific notation, runaway digit runs and
# magnitudes no report states, and values that survive export -> import ->
# export byte for byte (issue 15, rows 2 to 5 and 9).
source "$(dirname "$0")/lib.bash"

# scientific notation is read whole, or not at all
cat > sci.txt <<'TXT'
Alphabet revenue was $1.5e9 in 3Q24.
Amazon operating income was $2.5e3 million in 3Q24.
TXT
expect_status 0 "$M" extract --date 2024-11-01 --format jsonl sci.txt
expect_grep '"entity": "alphabet", "metric": "revenue", "kind": "level", "value": 1500000000,' last.out
expect_grep '"value": 2500000000, "unit": "USD"' last.out
expect_no_grep '"value": 1.5,' last.out
expect_no_grep '"value": 2.5,' last.out

# a 500-digit amount, and one over 1e16, are left out with a reason
{
  printf 'Alphabet revenue was $%s in 3Q24.\n' "$(printf '9%.0s' $(seq 500))"
  printf 'Amazon revenue was $20000000 billion in 3Q24.\n'
  printf 'Microsoft revenue was $65.6 billion in 3Q24.\n'
} > huge.txt
expect_status 0 "$M" extract --date 2024-11-01 --format jsonl huge.txt
expect_eq "only the ordinary figure" "$(grep -c '"value"' last.out)" "1"
expect_grep '"value": 65600000000' last.out
expect_status 0 "$M" extract --date 2024-11-01 --unresolved huge.txt
expect_grep 'a magnitude beyond any report' last.out
expect_status 0 "$M" add --date 2024-11-01 huge.txt
expect_eq "nothing beyond 1e16 stored" "$(store_sql 'SELECT count(*) FROM observation WHERE abs(value) > 1e16')" "0"

# a long digit run costs what other text does: 5 MB of digits is no quantity
python3 -c "import sys; sys.stdout.write('营收 ' + '7' * 5000000 + ' 亿美元\n')" > digits.txt
expect_status 0 "$M" extract --format jsonl digits.txt
expect_eq "no fact from a digit run" "$(wc -c < last.out)" "0"

# export -> import -> export is byte-identical, labels and all
cat > values.csv <<'CSV'
entity,metric,kind,period_type,period_end,value,unit,fiscal_label,calendar_label
microsoft,revenue,level,quarter,2024-03-31,0.00000000000000000001,USD,'=1+1,
microsoft,revenue,level,quarter,2024-06-30,0.3333333333333333,USD,'@x,''quoted
microsoft,revenue,level,quarter,2024-09-30,99999999999999.98,USD,,
microsoft,revenue,level,quarter,2024-12-31,0.30000000000000004,USD,,
microsoft,revenue,level,quarter,2025-03-31,123456789.12345679,USD,,
microsoft,revenue,level,quarter,2025-06-30,-0.000001,USD,,
microsoft,revenue,level,quarter,2025-09-30,9007199254740992,USD,,
microsoft,revenue,level,quarter,2025-12-31,2.0000000000000004,USD,,
microsoft,revenue,level,quarter,2026-03-31,10000000000000000,USD,,
CSV
expect_status 0 "$M" --db one.db import --date 2026-04-01 values.csv
"$M" --db one.db export --no-bom > one.csv
expect_grep "0.00000000000000000001,USD" one.csv
expect_grep "0.3333333333333333,USD" one.csv
expect_grep "99999999999999.98,USD" one.csv
expect_grep "123456789.12345679,USD" one.csv
expect_grep ",'=1+1," one.csv
expect_eq "a defused label is stored as written" \
  "$(sqlite3 one.db "SELECT count(*) FROM observation WHERE fiscal_label = '=1+1'")" "1"
expect_eq "an apostrophe label is stored as written" \
  "$(sqlite3 one.db "SELECT count(*) FROM observation WHERE calendar_label = '''quoted'")" "1"
# imported under the same name, so that the report column is the same too
mkdir again && cp one.csv again/values.csv
(cd again && "$M" --db ../two.db import --date 2026-04-01 values.csv >/dev/null)
"$M" --db two.db export --no-bom > two.csv
checks=$((checks + 1))
cmp -s one.csv two.csv || fail "export -> import -> export changed: $(diff one.csv two.csv | head -6)"

# values export never writes, and rows that cannot be true, are refused
row() { printf 'entity,metric,kind,period_type,period_start,period_end,value,unit,fiscal_label\n%s\n' "$1" > row.csv; }
for v in 0x1p10 ' 5' '5 ' 1e3 inf nan 1.2.3 - '' 20000000000000000 '+5'; do
  row "microsoft,revenue,level,quarter,,2025-09-30,$v,USD,"
  expect_status 1 "$M" --db refused.db import row.csv
  expect_grep "row.csv:2: bad value" last.err
done
row "microsoft,revenue,level,quarter,2025-12-01,2025-09-30,5,USD,"
expect_status 1 "$M" --db refused.db import row.csv
expect_grep "period_start after period_end" last.err
row "microsoft,revenue,level,quarter,,2025-09-30,5,USD,$(printf 'L%.0s' $(seq 100))"
expect_status 1 "$M" --db refused.db import row.csv
expect_grep "fiscal_label too long" last.err
printf 'entity,metric,kind,period_type,period_end,value,unit,value\nmicrosoft,revenue,level,quarter,2025-09-30,5,USD,6\n' > dup.csv
expect_status 1 "$M" --db refused.db import dup.csv
expect_grep "duplicate column 'value'" last.err
# a runaway cell is echoed in part, not whole
python3 -c "import sys; sys.stdout.write('entity,metric,kind,period_type,period_end,value,unit\nmicrosoft,revenue,level,quarter,2025-09-30,5,' + 'U' * 2000000 + '\n')" > wide.csv
expect_status 1 "$M" --db refused.db import wide.csv
expect_grep "(2000000 bytes)" last.err
expect_eq "the error stays short" "$(($(wc -c < last.err) < 1000))" "1"
expect_eq "nothing stored" "$(sqlite3 refused.db 'SELECT count(*) FROM report' 2>/dev/null || echo 0)" "0"
finish
