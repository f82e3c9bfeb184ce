# A long text is added a window at a time (over four windows of
# MTRACK_WINDOW, 256K by default): its facts and kept text are those of
# the same text added whole (MTRACK_WINDOW=1G, read by the default
# windows), each fact counted against the reports before it whatever
# window gave it, and a failure anywhere (a bad byte at the end, a kill)
# leaves the store as it was.
source "$(dirname "$0")/lib.bash"

# the project's reports, each copy with its figures drawn anew
reports_text 7 3 > long.txt
size=$(wc -c < long.txt)
expect_eq "the document is over four windows" "$((size > 4 * 262144))" 1

# a second store, for the same text added whole
if [[ $PG ]]; then
  other() { MTRACK_SCHEMA="${MTRACK_SCHEMA}_whole" "$@"; }
  trap '[[ ${KEEP:-} ]] || { rm -rf "$WORK"; for s in "$MTRACK_SCHEMA" "${MTRACK_SCHEMA}_whole"; do
    psql -qX "$PG" -c "DROP SCHEMA IF EXISTS \"$s\" CASCADE" >/dev/null 2>&1 || true; done; }' EXIT
else
  other() { MTRACK_DB="$WORK/whole.db" "$@"; }
fi

t0=$(date +%s%N)
expect_status 0 "$M" add --date 2026-01-01 long.txt
took=$(( ($(date +%s%N) - t0) / 1000000 ))
expect_grep "^report 1 " last.out
sed 1d last.out > streamed.counts
expect_eq "its text kept in parts" "$(store_sql "SELECT count(*) > 0 FROM report_text_part WHERE report_id = 1")" \
  "$([[ $PG ]] && echo t || echo 1)"
MTRACK_WINDOW=1G other expect_status 0 "$M" add --date 2026-01-01 long.txt
sed 1d last.out > whole.counts
expect_eq "counted as added whole" "$(cat streamed.counts)" "$(cat whole.counts)"
expect_status 0 "$M" export --history
cp last.out streamed.csv
MTRACK_WINDOW=1G other expect_status 0 "$M" export --history
expect_eq "the facts of the text added whole" "$(cmp -s last.out streamed.csv && echo same)" same
expect_eq "facts stored" "$(($(wc -l < streamed.csv) > 1000))" 1

# the kept text is the text: read again, nothing changes
expect_status 0 "$M" reextract --dry-run 1
expect_grep "report 1: unchanged" last.out

# a second text stating the same facts and more: each fact is compared
# with the first report's value, not with one an earlier window gave
{ cat long.txt; printf '\nMicrosoft revenue was $70.1 billion in FY2026 Q2.\n'; } > longer.txt
expect_status 0 "$M" add --date 2026-02-01 longer.txt
sed 1d last.out > streamed.counts
MTRACK_WINDOW=1G other expect_status 0 "$M" add --date 2026-02-01 longer.txt
sed 1d last.out > whole.counts
expect_eq "the second text counted as added whole" "$(cat streamed.counts)" "$(cat whole.counts)"
expect_grep " restated" streamed.counts
expect_no_grep " 0 restated" streamed.counts
expect_eq "current values" "$(store_sql "$CURRENT_DIFF")" 0

# the same bytes again: nothing stored
expect_status 0 "$M" add long.txt
expect_grep "already added as report 1" last.out

counts="SELECT (SELECT count(*) FROM report) || ' ' || (SELECT count(*) FROM observation) || ' '
  || (SELECT count(*) FROM report_text) || ' ' || (SELECT count(*) FROM report_text_part) || ' '
  || (SELECT count(*) FROM fact_current) || ' ' || (SELECT count(*) FROM event)"
before=$(store_sql "$counts")

# a bad byte at the very end: refused, named, nothing of it stored
{ printf 'Quarterly note\n\n'; cat long.txt; printf 'Revenue was \377 big.\n'; } > bad.txt
expect_status 1 "$M" add --date 2026-03-01 bad.txt
expect_grep "bad.txt': not valid UTF-8 at byte" last.err
expect_eq "the store after a failed add" "$(store_sql "$counts")" "$before"

# killed while storing, about a sixth of the way through (the time one
# copy took above): nothing of it stored, the store whole
{ printf 'Another note\n\n'; for _ in 1 2 3 4 5 6; do cat long.txt; done; } > big.txt
"$M" add --date 2026-03-01 big.txt > /dev/null 2>&1 &
pid=$!
sleep "$((took / 1000)).$(printf %03d $((took % 1000)))"
expect_eq "killed while adding" "$(kill -9 $pid 2>/dev/null && echo killed)" killed
wait $pid 2>/dev/null || true
expect_eq "the store after a kill" "$(store_sql "$counts")" "$before"
expect_eq "the store is sound" "$(store_sound)" ok
expect_eq "current values after" "$(store_sql "$CURRENT_DIFF")" 0
finish
