# Sourced by the end-to-end tests: bash TEST.sh MTRACK SOURCE_DIR BUILD_DIR
set -euo pipefail
M=$1
SRC=$2
WORK=$(mktemp -d "$3/e2e.XXXXXX")
trap '[[ ${KEEP:-} ]] || rm -rf "$WORK"' EXIT
export MTRACK_DB="$WORK/store.db"
unset XDG_DATA_HOME MTRACK_SCHEMA
# MTRACK_E2E_BACKEND=pg: the store is a schema of its own (so tests run in
# parallel) in the PostgreSQL server at $MTRACK_TEST_PG (scripts/test starts
# one); without a server the test is skipped (exit 77, ctest's SKIP_RETURN_CODE).
PG=
if [[ ${MTRACK_E2E_BACKEND:-} == pg ]]; then
  if [[ -z ${MTRACK_TEST_PG:-} ]]; then
    echo "skipped: no PostgreSQL server (MTRACK_TEST_PG)"
    exit 77
  fi
  PG=$MTRACK_TEST_PG
  export MTRACK_DB=$PG
  export MTRACK_SCHEMA="e2e_$(basename "$0" .sh)_${WORK##*.}"
  MTRACK_SCHEMA=$(tr 'A-Z' 'a-z' <<<"$MTRACK_SCHEMA")
  trap '[[ ${KEEP:-} ]] || { rm -rf "$WORK"; psql -qX "$PG" -c "DROP SCHEMA IF EXISTS \"$MTRACK_SCHEMA\" CASCADE" >/dev/null 2>&1 || true; }' EXIT
fi

# store_sql SQL: runs SQL on the test's store, whichever backend it is;
# rows come as a|b|c, as sqlite3 prints them
store_sql() {
  if [[ $PG ]]; then
    PGOPTIONS="-c search_path=$MTRACK_SCHEMA" psql -qAtX -F'|' -v ON_ERROR_STOP=1 "$PG" -c "$1"
  else
    sqlite3 "$MTRACK_DB" "$1"
  fi
}

# The current values (fact_current) worked out again from the
# observations, compared both ways: the count of rows that differ.
CURRENT_DIFF="WITH want AS (SELECT entity, metric, kind, period_type, period_end, basis, id, report_id, published, value
  FROM (SELECT o.*, r.published, row_number() OVER (PARTITION BY o.entity, o.metric, o.kind, o.period_type,
        o.period_end, o.basis ORDER BY r.published DESC, r.id DESC, o.id DESC) AS place
        FROM observation o JOIN live_report r ON r.id = o.report_id
        WHERE o.version IS NOT DISTINCT FROM r.version AND o.rejected IS NULL) AS ranked WHERE place = 1),
  have AS (SELECT entity, metric, kind, period_type, period_end, basis, obs_id, report_id, published, value FROM fact_current)
  SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM have) AS a)
       + (SELECT count(*) FROM (SELECT * FROM have EXCEPT SELECT * FROM want) AS b)"

# store_sound: prints ok when the store is whole: SQLite's integrity check;
# on PostgreSQL (whose pages the server checks) that each observation has
# its report, each report its add event, and the current values agree
# with the observations
store_sound() {
  if [[ $PG ]]; then
    local got
    got=$(store_sql "SELECT (SELECT count(*) FROM observation WHERE report_id NOT IN (SELECT id FROM report))
      + (SELECT count(*) FROM report WHERE id NOT IN (SELECT report_id FROM event WHERE action = 'add'))")
    got=$((got + $(store_sql "$CURRENT_DIFF")))
    if [[ $got == 0 ]]; then echo ok; else echo "$got rows wrong"; fi
  else
    store_sql "PRAGMA integrity_check"
  fi
}

# store_drop: removes the test's store (the file, or the schema)
store_drop() {
  if [[ $PG ]]; then
    psql -qX "$PG" -c "DROP SCHEMA IF EXISTS \"$MTRACK_SCHEMA\" CASCADE" >/dev/null
  else
    rm -f "$MTRACK_DB" "$MTRACK_DB-wal" "$MTRACK_DB-shm"
  fi
}

# sqlite_only WHY: the rest of the test looks inside the SQLite file (or
# needs a store that is one); on PostgreSQL it is skipped
sqlite_only() {
  if [[ $PG ]]; then
    echo "$((checks - failures)) passed, $failures failed; the rest is skipped on PostgreSQL: $*"
    [[ $failures -eq 0 ]] || exit 1
    [[ $checks -gt 0 ]] || exit 77
    exit 0
  fi
}
# reports_text SEED MB: at least MB megabytes of distinct reports on
# standard output: the project's own, copy after copy, each with its
# figures drawn anew (seeded)
reports_text() {
  python3 - "$SRC" "$1" "$2" <<'PY'
import os, random, re, sys
src, seed, mb = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
parts = []
for d in ("samples", "tests/docs"):
    for f in sorted(os.listdir(os.path.join(src, d))):
        if f.endswith(".txt"):
            parts.append(open(os.path.join(src, d, f), encoding="utf-8").read())
blob = "\n\n".join(parts) + "\n\n"
rng = random.Random(seed)
size = 0
while size < mb * (1 << 20):
    copy = re.sub(r"\d+\.\d+", lambda m: "".join(
        str(rng.randrange(1, 10)) if c.isdigit() else c for c in m.group(0)), blob)
    sys.stdout.write(copy)
    size += len(copy.encode("utf-8"))
PY
}

cd "$WORK"
failures=0
checks=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# expect_eq WHAT GOT WANT
expect_eq() {
  checks=$((checks + 1))
  if [[ "$2" != "$3" ]]; then
    fail "$1: got '$2', want '$3'"
  fi
}

# expect_status WANT COMMAND...: runs it, compares the exit status
expect_status() {
  local want=$1
  shift
  checks=$((checks + 1))
  set +e
  "$@" >"$WORK/last.out" 2>"$WORK/last.err"
  local got=$?
  set -e
  if [[ $got -ne $want ]]; then
    fail "'$*' exited $got, want $want; stderr: $(head -c 400 "$WORK/last.err")"
  fi
}

# expect_grep PATTERN FILE
expect_grep() {
  checks=$((checks + 1))
  if ! grep -q -- "$1" "$2"; then
    fail "'$1' not in $2: $(head -c 400 "$2")"
  fi
}

expect_no_grep() {
  checks=$((checks + 1))
  if grep -q -- "$1" "$2"; then
    fail "'$1' unexpectedly in $2"
  fi
}

finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [[ $failures -eq 0 ]]
}
