# mtrack copy and info --checksum (issue 19): a whole history (lexicon
# edits, reports and texts, retractions, rejections, re-extractions, the
# change log) copied into a new store and back gives the same checksum and
# the same answers; a change makes the checksum differ; a store that holds
# a history already is refused, untouched. On the PostgreSQL backend
# (e2e_pg_copy) the round trip is PostgreSQL -> SQLite -> PostgreSQL; on
# SQLite it is SQLite -> PostgreSQL -> SQLite when $MTRACK_TEST_PG names a
# server, else SQLite -> SQLite -> SQLite.
source "$(dirname "$0")/lib.bash"

checksum() {
  "$M" --db "$1" info --checksum | sed -n 's/^checksum: *//p'
}
answers() {
  "$M" --db "$1" series microsoft revenue --format csv
  "$M" --db "$1" history microsoft revenue 2025Q3 --format jsonl 2>&1 || true
  "$M" --db "$1" conflicts || true
  "$M" --db "$1" reports
  "$M" --db "$1" log
  "$M" --db "$1" lexicon export
}

# a history with every kind of change
printf 'Note one\nPublished: 2025-10-01\n\nMicrosoft revenue was $77.7 billion in Q3 2025, up 18%% year over year.\n' > a.txt
printf 'Note two\nPublished: 2025-10-05\n\nMicrosoft revenue was $78.1 billion in Q3 2025. Acme Robotics revenue was $2.5 billion in Q3 2025.\n' > b.txt
printf 'Note three\nPublished: 2025-10-09\n\n微软 2025 年第三季度营收 779 亿美元。\n' > c.txt
expect_status 0 "$M" add a.txt b.txt c.txt
expect_status 0 "$M" lexicon add-entity acme-robotics --name "Acme Robotics"
expect_status 0 "$M" reextract 2
expect_status 0 "$M" retract 3 --why "a draft"
obs=$(store_sql "SELECT obs_id FROM fact_current WHERE entity = 'microsoft' AND kind = 'level' LIMIT 1")
expect_status 0 "$M" reject "$obs" --why "misread"
expect_status 0 "$M" redate 1 2025-10-02
src=$MTRACK_DB
sum_src=$(checksum "$src")
expect_eq "a checksum is 64 hex digits" "$(grep -c '^[0-9a-f]\{64\}$' <<<"$sum_src")" "1"

# the other backend in the middle when there is one
schemas=()
if [[ $PG ]]; then
  mid="$WORK/mid.db"
  back=$PG
  back_schema="${MTRACK_SCHEMA}_back"
  schemas+=("$back_schema")
elif [[ ${MTRACK_TEST_PG:-} ]]; then
  mid=$MTRACK_TEST_PG
  mid_schema="copy_mid_${WORK##*.}"
  mid_schema=$(tr 'A-Z' 'a-z' <<<"$mid_schema")
  schemas+=("$mid_schema")
  back="$WORK/back.db"
else
  mid="$WORK/mid.db"
  back="$WORK/back.db"
fi
trap '[[ ${KEEP:-} ]] || rm -rf "$WORK"; for sc in "${MTRACK_SCHEMA:-}" "${schemas[@]}"; do [[ $sc && ${PG:-${MTRACK_TEST_PG:-}} ]] && psql -qX "${PG:-${MTRACK_TEST_PG:-}}" -c "DROP SCHEMA IF EXISTS \"$sc\" CASCADE" >/dev/null 2>&1; done; true' EXIT
# each store in its own schema when it is a server's
in_schema() {
  local keep=${MTRACK_SCHEMA:-} rc=0
  export MTRACK_SCHEMA=$1
  shift
  "$@" || rc=$?
  export MTRACK_SCHEMA=$keep
  return $rc
}
run_mid() { in_schema "${mid_schema:-${MTRACK_SCHEMA:-}}" "$@"; }
run_back() { in_schema "${back_schema:-${MTRACK_SCHEMA:-}}" "$@"; }

run_mid expect_status 0 "$M" copy --from "$src" --to "$mid"
expect_grep "copied .* 3 report" last.out
expect_no_grep "password" last.out
sum_mid=$(run_mid checksum "$mid")
expect_eq "the copy has the same checksum" "$sum_mid" "$sum_src"
run_back expect_status 0 "$M" copy --from "$mid" --to "$back" ${mid_schema:+--from-schema "$mid_schema"}
sum_back=$(run_back checksum "$back")
expect_eq "and the copy of the copy" "$sum_back" "$sum_src"
answers "$src" > src.txt 2>&1
run_mid answers "$mid" > mid.txt 2>&1
run_back answers "$back" > back.txt 2>&1
expect_grep "acme-robotics" src.txt
expect_eq "the copy answers alike" "$(cat mid.txt)" "$(cat src.txt)"
expect_eq "and the copy of the copy" "$(cat back.txt)" "$(cat src.txt)"
# ids kept: the next report gets the next id in the copy too
printf 'Note four\nPublished: 2025-10-20\n\nMicrosoft revenue was $77.9 billion in Q3 2025.\n' > d.txt
run_mid expect_status 0 "$M" --db "$mid" add d.txt
expect_grep "report 4 " last.out
# a change makes the checksums differ
sum_mid2=$(run_mid checksum "$mid")
[[ $sum_mid2 != "$sum_src" ]] || fail "a report added, the checksum unchanged"
checks=$((checks + 1))
run_back expect_status 0 "$M" --db "$back" retract 2
[[ $(run_back checksum "$back") != "$sum_src" ]] || fail "a retraction, the checksum unchanged"
checks=$((checks + 1))
# a store holding a history is refused, untouched
run_mid expect_status 1 "$M" copy --from "$src" --to "$mid"
expect_grep "is not empty" last.err
expect_eq "refused store untouched" "$(run_mid checksum "$mid")" "$sum_mid2"
# one store both ways is refused
expect_status 2 "$M" copy --from "$src" --to "$src"
expect_status 2 "$M" copy --from "$src"
expect_status 1 "$M" copy --from "$WORK/nothing.db" --to "$WORK/new.db"
expect_grep "no store at" last.err
finish
