# The versioned history, as the issue tells it: add, restate, as-of,
# history, retract, restore, duplicates, older reports, estimates.
source "$(dirname "$0")/lib.bash"

cat > a.txt <<'TXT'
微软季度点评
日期：2025-10-30

微软 FY26Q1 未完成订单（RPO）达 3920 亿美元，同比增长 51%。
TXT
cat > b.txt <<'TXT'
Microsoft FY26Q2 note
Published: January 29, 2026

Microsoft commercial RPO was $395 billion at the end of fiscal Q1 2026, and $625 billion in fiscal Q2 2026.
TXT
cat > c.txt <<'TXT'
微软早期跟踪
日期：2025-10-01

微软 FY26Q1 未完成订单达 3000 亿美元。
TXT
cat > est.txt <<'TXT'
Street view
Published: February 10, 2026

We expect Microsoft commercial RPO of about $700 billion in fiscal Q1 2026.
TXT

expect_status 0 "$M" add a.txt
expect_grep "report 1 " last.out
expect_grep "2 new" last.out
expect_status 0 "$M" add b.txt
expect_grep "1 conflicting" last.out

value() { "$M" series microsoft rpo --format csv "$@" | awk -F, '$8=="2025-09-30" {print $9}'; }
expect_eq "B's value is current" "$(value)" "395000000000"
expect_eq "as of a day before B" "$(value --as-of 2026-01-28)" "392000000000"
expect_eq "B's new period" "$("$M" series 微软 未完成订单 --format csv | grep -c 2025-12-31)" "1"

"$M" history microsoft rpo FY2026Q1 --format jsonl > hist.jsonl
expect_eq "history has both" "$(wc -l < hist.jsonl | tr -d ' ')" "2"
expect_eq "oldest first" "$(head -1 hist.jsonl | grep -o '"report_id": [0-9]*')" '"report_id": 1'
expect_grep '"report_id": 2.*"current": true' hist.jsonl
expect_status 0 "$M" history microsoft rpo 2025Q3
expect_grep "(current)" last.out

expect_status 0 "$M" retract 2 --why "wrong file"
expect_eq "A current again" "$(value)" "392000000000"
expect_eq "B's new period gone" "$("$M" series microsoft rpo --format csv | grep -c 2025-12-31 || true)" "0"
expect_status 1 "$M" retract 2
expect_status 0 "$M" reports --format jsonl
expect_grep '"id": 2.*"retracted": true' last.out
expect_status 0 "$M" restore 2
expect_eq "B current after restore" "$(value)" "395000000000"

expect_status 0 "$M" add a.txt
expect_grep "already added as report 1" last.out
expect_eq "no new report" "$("$M" reports --format jsonl | wc -l | tr -d ' ')" "2"

expect_status 0 "$M" add c.txt
expect_eq "an older report does not displace B" "$(value)" "395000000000"
expect_status 0 "$M" add est.txt
expect_eq "an estimate does not displace an actual" "$(value)" "395000000000"

expect_status 1 "$M" conflicts --entity microsoft
expect_grep "current" last.out
expect_grep "earlier" last.out
expect_status 0 "$M" report 1
expect_grep "rpo" last.out

# rounding: 3920 亿 restates $392 billion; $102.5 billion against $102.0
# billion is within 0.5% but not within the digits written
rdb="$WORK/rounding.db"
printf 'Apple note\nPublished: 2025-11-01\n\nApple revenue was $102.5 billion in fiscal Q4 2025, and Oracle RPO was $455 billion in fiscal Q1 2026.\n' > r1.txt
printf '苹果点评\n日期：2025-11-03\n\n苹果 FY2025Q4 营收 1020 亿美元；甲骨文 FY26Q1 RPO 达 4550 亿美元。\n' > r2.txt
expect_status 0 "$M" --db "$rdb" add r1.txt r2.txt
expect_grep "1 restated, 1 conflicting" last.out
expect_status 1 "$M" --db "$rdb" conflicts
expect_grep "apple revenue" last.out
expect_no_grep "oracle" last.out

# a failed add leaves the store exactly as it was
[[ $PG ]] || store_sql "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
before=$(store_sql "SELECT count(*) FROM report; SELECT count(*) FROM observation")
printf 'bad \xff\xfe bytes 100 亿美元\n' > bad.txt
expect_status 1 "$M" add bad.txt a.txt
expect_grep "bad.txt.*neither UTF-8.*offset 4" last.err
expect_eq "store unchanged" "$(store_sql "SELECT count(*) FROM report; SELECT count(*) FROM observation")" "$before"

# a folder goes in as one batch: the bad file fails alone, the files on
# either side of it are stored and shown in name order
mkdir batch
for q in 1 2 3; do
  printf 'Alphabet note\nPublished: 2026-0%d-15\n\nAlphabet Google Cloud revenue was $1%d.5 billion in Q%d 2025.\n' \
    "$q" "$q" "$q" > "batch/g$q.txt"
done
printf 'bad \xff\xfe bytes\n' > batch/g2b.txt
reports_before=$(store_sql "SELECT count(*) FROM report")
expect_status 1 "$M" add --format jsonl batch
expect_eq "batch statuses in name order" "$(grep -o '"status": "[a-z]*"' last.out | tr '\n' ' ')" \
  '"status": "added" "status": "added" "status": "failed" "status": "added" '
expect_eq "batch stored three reports" "$(store_sql "SELECT count(*) FROM report")" \
  "$((reports_before + 3))"
expect_eq "batch facts" "$("$M" series google-cloud revenue --format csv | tail -n +2 | wc -l)" 3

# derived changes are marked
"$M" series microsoft rpo --kind yoy --derive --format jsonl > yoy.jsonl
expect_grep '"derived": false' yoy.jsonl

# jsonl summary per file
expect_status 1 "$M" add --format jsonl a.txt nothere.txt
expect_grep '"status": "duplicate"' last.out
expect_grep '"status": "failed"' last.out
finish
