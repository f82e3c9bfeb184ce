# The store side of add (issue 14): a folder goes through a deliberately
# tiny queue between the extracting and the storing thread and every report
# is stored once, in order; once add ends the store file alone holds
# everything (the write-ahead log is folded in); the current value of each
# fact (fact_current) follows adds, retractions, restorations, re-dates,
# rejections and re-extractions and equals what the observations give.
source "$(dirname "$0")/lib.bash"

mkdir folder
for i in $(seq 1 300); do
  q=$((i % 4 + 1)); y=$((1940 + i / 4)) # a fact key of its own per file (all quarters long over)
  printf 'Note %d\nPublished: 2025-%02d-%02d\n\nMicrosoft revenue was $%d.5 billion in Q%d %d, up %d%% year over year.\nAlphabet revenue was $%d.1 billion in Q%d %d.\n' \
    "$i" $((i % 12 + 1)) $((i % 28 + 1)) $((i + 10)) "$q" "$y" $((i % 40 + 1)) $((i + 50)) "$q" "$y" \
    > "folder/n$(printf %03d "$i").txt"
done
"$M" init >/dev/null

# a queue of one file: the reader waits for the store at every file
MTRACK_ADD_QUEUE=1 "$M" add --format jsonl folder > q1.jsonl 2> q1.err || fail "add through a queue of 1 failed: $(head -c 400 q1.err)"
expect_eq "every file reported once" "$(grep -c '"status": "added"' q1.jsonl)" "300"
expect_eq "each fact new" "$(grep -c '"facts": 3, "new": 3, "restated": 0, "conflicting": 0' q1.jsonl)" "300"
expect_eq "in file order" "$(grep -o '"path": "[^"]*"' q1.jsonl | sort -c && echo sorted)" "sorted"
expect_eq "every report stored once" \
  "$(store_sql 'SELECT count(*), count(DISTINCT sha256), count(DISTINCT path) FROM report')" "300|300|300"
expect_eq "report ids follow the files" \
  "$(store_sql 'SELECT id, path FROM report' | awk -F'|' '$2 == sprintf("folder/n%03d.txt", $1)' | wc -l)" "300"
expect_eq "one add event each" "$(store_sql "SELECT count(DISTINCT report_id) FROM event WHERE action = 'add'")" "300"

# the same folder through the default queue and a queue of 2 gives the same store
for bound in 2 ""; do
  MTRACK_ADD_QUEUE=$bound "$M" --db "other$bound.db" add folder > /dev/null 2>&1 || fail "add with queue '$bound' failed"
  expect_eq "queue '$bound' stores the same facts" \
    "$(sqlite3 "other$bound.db" 'SELECT count(*), CAST(sum(value) AS BIGINT) FROM observation')" \
    "$(store_sql 'SELECT count(*), CAST(sum(value) AS BIGINT) FROM observation')"
done
# a bound out of range is the default
MTRACK_ADD_QUEUE=0 expect_status 0 "$M" --db zero.db add folder
MTRACK_ADD_QUEUE=abc expect_status 0 "$M" --db abc.db add folder
expect_eq "bad bounds still add all" "$(sqlite3 zero.db 'SELECT count(*) FROM report'),$(sqlite3 abc.db 'SELECT count(*) FROM report')" "300,300"

# the store file alone holds everything once add is done (a file's matter)
if [[ ! $PG ]]; then
if [[ -s "$MTRACK_DB-wal" ]]; then
  fail "a write-ahead log of $(stat -c %s "$MTRACK_DB-wal") bytes is left after add"
fi
cp "$MTRACK_DB" alone.db
expect_eq "a copy of the file alone is whole" \
  "$(sqlite3 alone.db 'SELECT count(*) FROM report; SELECT count(*) FROM observation; SELECT count(*) FROM fact_current' | tr '\n' ' ')" \
  "$(store_sql 'SELECT count(*) FROM report; SELECT count(*) FROM observation; SELECT count(*) FROM fact_current' | tr '\n' ' ')"
expect_eq "the copy is sound" "$(sqlite3 alone.db 'PRAGMA integrity_check')" "ok"
# one report added to a store in use by a reader: the log is folded in when the reader is done
printf 'Published: 2026-02-01\n\nMicrosoft revenue was $99.5 billion in Q1 2021.\n' > late.txt
expect_status 0 "$M" add late.txt
[[ -s "$MTRACK_DB-wal" ]] && fail "a log is left after adding one report"
cp "$MTRACK_DB" alone2.db
expect_eq "the copy has the last report" "$(sqlite3 alone2.db 'SELECT count(*) FROM report')" "301"
# a command that only reads writes nothing
before=$(stat -c %Y.%s "$MTRACK_DB")
"$M" series microsoft revenue > /dev/null
expect_eq "reading leaves the file as it was" "$(stat -c %Y.%s "$MTRACK_DB")" "$before"
else
  printf 'Published: 2026-02-01\n\nMicrosoft revenue was $99.5 billion in Q1 2021.\n' > late.txt
  expect_status 0 "$M" add late.txt
fi

# the same facts again from other bytes: each restated, none new
mkdir again
for f in folder/n00*.txt; do
  { cat "$f"; echo "Restated."; } > "again/$(basename "$f")"
done
"$M" add --format jsonl again > again.jsonl
expect_eq "restated, not new" "$(grep -c '"facts": 3, "new": 0, "restated": 3, "conflicting": 0' again.jsonl)" "9"

# the current values follow every change and equal a recomputation
recompute=$CURRENT_DIFF
expect_eq "current values after adds" "$(store_sql "$recompute")" "0"
series_before=$("$M" series microsoft revenue)
expect_status 0 "$M" retract 305 --why test
expect_status 0 "$M" retract 5 --why test
expect_eq "after retractions" "$(store_sql "$recompute")" "0"
expect_status 0 "$M" redate 7 2027-01-01
expect_status 0 "$M" redate 306 2020-01-01
expect_eq "after re-dates" "$(store_sql "$recompute")" "0"
obs=$(store_sql "SELECT obs_id FROM fact_current WHERE metric = 'revenue' LIMIT 1")
expect_status 0 "$M" reject "$obs"
expect_eq "after a rejection" "$(store_sql "$recompute")" "0"
expect_status 0 "$M" accept "$obs"
expect_status 0 "$M" restore 305
expect_status 0 "$M" restore 5
expect_status 0 "$M" redate 7 "$(store_sql "SELECT before FROM event WHERE action = 'redate' AND report_id = 7")"
expect_status 0 "$M" redate 306 "$(store_sql "SELECT before FROM event WHERE action = 'redate' AND report_id = 306")"
expect_eq "after undoing them" "$(store_sql "$recompute")" "0"
expect_eq "the series is as it was" "$("$M" series microsoft revenue)" "$series_before"
expect_status 0 "$M" reextract --all
expect_eq "after reextract" "$(store_sql "$recompute")" "0"
expect_eq "the store is sound" "$(store_sound)" "ok"
finish
