# A store a team shares (issue 19), on a real PostgreSQL server: eight
# adds at once, of different folders and of the same folder, store every
# report exactly once and answer as a serial run does; an add killed
# mid-way leaves its report absent and the store sound; a server restart
# between two adds is a clear error, then a success on retry; a password
# never appears in what mtrack prints. Runs on the PostgreSQL backend only
# (e2e_pg_server); the restart and password parts start a private server
# of their own (scripts/pgtmp), so the other tests do not see it stop.
source "$(dirname "$0")/lib.bash"
if [[ ! $PG ]]; then
  echo "skipped: needs a PostgreSQL store (MTRACK_E2E_BACKEND=pg)"
  exit 77
fi
base=$MTRACK_SCHEMA
schemas=()
cleanup_schemas() {
  for sc in "${schemas[@]}"; do
    psql -qX "$PG" -c "DROP SCHEMA IF EXISTS \"$sc\" CASCADE" >/dev/null 2>&1 || true
  done
}
trap 'cleanup_schemas; [[ ${KEEP:-} ]] || rm -rf "$WORK"; [[ ${PGDIR:-} ]] && "$SRC/scripts/pgtmp" stop "$PGDIR"' EXIT
# in_schema NAME CMD...: runs an mtrack command on schema NAME of the server
in_schema() {
  local sc=$1
  shift
  MTRACK_SCHEMA=$sc "$@"
}
sql_in() {
  PGOPTIONS="-c search_path=$1" psql -qAtX -F'|' -v ON_ERROR_STOP=1 "$PG" -c "$2"
}
# answers SCHEMA: what conflicts and a few series say, each report named
# by its file rather than by its id (ids depend on the order of commits)
answers() {
  local sc=$1
  sql_in "$sc" "SELECT id, path FROM report" > "ids.$sc"
  {
    in_schema "$sc" "$M" conflicts || true
    for m in revenue operating_income; do
      in_schema "$sc" "$M" series microsoft "$m" --format csv
      in_schema "$sc" "$M" series alphabet "$m" --format csv
    done
  } | awk -F'|' -v map="ids.$sc" 'BEGIN { while ((getline l < map) > 0) { split(l, f, "|"); p[f[1]] = f[2] } }
      /^[a-z-]+,[a-z_]+,/ { n = split($0, c, ","); c[15] = p[c[15]]; line = c[1];
          for (k = 2; k <= n; k++) line = line "," c[k]; print line; next }
      { while (match($0, /report [0-9]+/)) { id = substr($0, RSTART + 7, RLENGTH - 7);
          $0 = substr($0, 1, RSTART - 1) "report " p[id] substr($0, RSTART + RLENGTH) } print }'
}

# eight folders of reports stating the same facts with other values, each
# report on a date of its own (so that the winner of each fact is decided
# by dates, not by which add committed first)
k=0
for f in 1 2 3 4 5 6 7 8; do
  mkdir "f$f"
  for i in $(seq 1 15); do
    k=$((k + 1))
    d=$(date -u -d "2024-01-01 + $k days" +%F)
    q=$((i % 4 + 1)); y=$((2020 + i % 3))
    printf 'Note %d-%d\nPublished: %s\n\nMicrosoft revenue was $%d.%d billion in Q%d %d. Alphabet operating income was $%d billion in Q%d %d.\n' \
      "$f" "$i" "$d" $((60 + i)) "$f" "$q" "$y" $((20 + f)) "$q" "$y" > "f$f/r$i.txt"
  done
done

serial=${base}_serial
many=${base}_many
same=${base}_same
same1=${base}_same1
schemas+=("$serial" "$many" "$same" "$same1")
for f in 1 2 3 4 5 6 7 8; do
  in_schema "$serial" "$M" add "f$f" >/dev/null 2>&1 || fail "serial add of f$f"
done
# eight processes at once, one folder each, on one new store: they also
# race to create it (migrations under the advisory lock, once)
pids=()
for f in 1 2 3 4 5 6 7 8; do
  in_schema "$many" "$M" add "f$f" > "many$f.out" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || fail "concurrent add of f$((i + 1)) failed: $(head -c 300 "many$((i + 1)).out")"
done
expect_eq "migrated once" "$(sql_in "$many" 'SELECT count(*), count(DISTINCT version) FROM schema_migration')" \
  "$(sql_in "$serial" 'SELECT count(*), count(DISTINCT version) FROM schema_migration')"
expect_eq "every report exactly once" "$(sql_in "$many" 'SELECT count(*), count(DISTINCT sha256) FROM report')" "120|120"
expect_eq "every fact stored" "$(sql_in "$many" 'SELECT count(*) FROM observation')" \
  "$(sql_in "$serial" 'SELECT count(*) FROM observation')"
answers "$serial" > serial.txt
answers "$many" > many.txt
expect_grep "earlier" serial.txt
expect_eq "eight adds at once answer as one after another" "$(cat many.txt)" "$(cat serial.txt)"
expect_eq "current values right" "$(MTRACK_SCHEMA=$many store_sound)" "ok"

# eight processes adding the same folder at once: each report stored once
mkdir all
cp f1/*.txt all/
for f in 2 3; do for i in 1 2 3 4 5; do cp "f$f/r$i.txt" "all/f$f-r$i.txt"; done; done
in_schema "$same1" "$M" add all >/dev/null 2>&1 || fail "serial add of all"
pids=()
for n in 1 2 3 4 5 6 7 8; do
  in_schema "$same" "$M" add all > "same$n.out" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || fail "add $((i + 1)) of the same folder failed: $(head -c 300 "same$((i + 1)).out")"
done
expect_eq "the same bytes stored once" "$(sql_in "$same" 'SELECT count(*), count(DISTINCT sha256) FROM report')" "25|25"
expect_eq "one add event per report" "$(sql_in "$same" "SELECT count(*) FROM event WHERE action = 'add'")" "25"
expect_eq "the others saw duplicates" "$(cat same*.out | grep -c 'already')" "$((25 * 7))"
expect_eq "same folder at once answers as once" "$(answers "$same")" "$(answers "$same1")"

# kill -9 of an add mid-way: what it had not committed is absent, the
# store sound, and the next add completes it
mkdir big
pad=$(head -c 3000 /dev/zero | tr '\0' 'z')
for i in $(seq 1 300); do
  printf 'Big %d\nPublished: 2025-03-%02d\n\nMicrosoft revenue was $%d.5 billion in 3Q24, up %d%% y/y. Alphabet revenue was $%d.1 billion in 3Q24.\n%s\n' \
    "$i" $((i % 28 + 1)) $((i + 10)) $((i % 40 + 1)) $((i + 50)) "$pad" > "big/b$(printf %03d "$i").txt"
done
killed=${base}_killed
schemas+=("$killed")
in_schema "$killed" "$M" init >/dev/null
for ms in 300 700 1200; do
  in_schema "$killed" "$M" add big >/dev/null 2>&1 &
  pid=$!
  sleep "$(awk -v ms="$ms" 'BEGIN { print ms / 1000 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  expect_eq "sound after kill -9 ($ms ms)" "$(MTRACK_SCHEMA=$killed store_sound)" "ok"
  echo "kill -9 after $ms ms: $(sql_in "$killed" 'SELECT count(*) FROM report') of 300 reports stored by then"
done
expect_status 0 env MTRACK_SCHEMA="$killed" "$M" check
"$M" extract --format jsonl big/b001.txt > one.jsonl
per=$(grep -c '"value"' one.jsonl)
expect_eq "no report half-stored" \
  "$(sql_in "$killed" "SELECT count(*) FROM report WHERE (SELECT count(*) FROM observation o WHERE o.report_id = report.id) <> $per")" "0"
expect_status 0 env MTRACK_SCHEMA="$killed" "$M" add big
expect_eq "all there once" "$(sql_in "$killed" 'SELECT count(*), count(DISTINCT sha256) FROM report')" "300|300"
expect_eq "sound at the end" "$(MTRACK_SCHEMA=$killed store_sound)" "ok"

# a private server with password authentication, restarted between adds
secret="pw-$RANDOM-s3cret"
echo "$secret" > pwfile
chmod 600 pwfile
out=$("$SRC/scripts/pgtmp" start "" pwfile) || { fail "cannot start a private server"; finish; exit 1; }
PGDIR=$(head -1 <<<"$out")
port=$(cat "$PGDIR/port")
url="postgresql://postgres:$secret@/postgres?host=$PGDIR&port=$port"
plain="postgresql:///postgres?host=$PGDIR&port=$port&user=postgres"
printf 'Published: 2025-05-01\n\nMicrosoft revenue was $70.1 billion in Q3 2025.\n' > one.txt
printf 'Published: 2025-06-01\n\nMicrosoft revenue was $71.2 billion in Q4 2025.\n' > two.txt
# no password: refused, said clearly
PGPASSWORD= expect_status 1 env -u PGPASSWORD PGPASSFILE=/nonexistent "$M" --db "$plain" info
expect_grep "cannot connect to store 'postgresql:///postgres?host=$PGDIR&port=$port&user=postgres'" last.err
# the password in the URL: used, never shown
expect_status 0 "$M" --db "$url" add one.txt
expect_status 0 "$M" --db "$url" info
expect_grep "store:          postgresql://postgres@/postgres?host=$PGDIR&port=$port" last.out
cat last.out last.err > shown.txt
# from $PGPASSWORD and from a .pgpass file
PGPASSWORD=$secret expect_status 0 "$M" --db "$plain" reports
cat last.out last.err >> shown.txt
printf '*:*:*:postgres:%s\n' "$secret" > pgpass
chmod 600 pgpass
PGPASSFILE=$WORK/pgpass expect_status 0 "$M" --db "$plain" series microsoft revenue
cat last.out last.err >> shown.txt
# a wrong one: refused, neither password shown
expect_status 1 "$M" --db "postgresql://postgres:wrong-$secret@/postgres?host=$PGDIR&port=$port" info
expect_grep "password authentication failed" last.err
cat last.out last.err >> shown.txt
expect_status 1 "$M" --db "host=$PGDIR port=$port user=postgres password=$secret dbname=nosuchdb" info
cat last.out last.err >> shown.txt
expect_status 1 "$M" --db "service=nosuchservice password=$secret" info
cat last.out last.err >> shown.txt
# a service from a pg_service.conf, its password in .pgpass
printf '[team]\nhost=%s\nport=%s\nuser=postgres\ndbname=postgres\n' "$PGDIR" "$port" > services.conf
PGSERVICEFILE=$WORK/services.conf PGPASSFILE=$WORK/pgpass expect_status 0 "$M" --db service=team reports
expect_grep "Published\|2025-05-01" last.out
PGSERVICEFILE=$WORK/services.conf PGPASSFILE=$WORK/pgpass expect_status 0 "$M" --db service=team info
expect_grep "store:          service=team" last.out
cat last.out last.err >> shown.txt

# the server stops: a clear error, nothing half-stored; back up: the retry works
"$SRC/scripts/pgtmp" down "$PGDIR"
expect_status 1 "$M" --db "$url" add two.txt
expect_grep "cannot connect to store 'postgresql://postgres@/postgres" last.err
cat last.out last.err >> shown.txt
"$SRC/scripts/pgtmp" up "$PGDIR"
expect_status 0 "$M" --db "$url" add two.txt
expect_grep "report 2 " last.out
expect_eq "both stored" "$(PGPASSWORD=$secret PGOPTIONS="-c search_path=$MTRACK_SCHEMA" psql -qAtX "$plain" -c 'SELECT count(*) FROM report')" "2"
cat last.out last.err >> shown.txt
expect_no_grep "$secret" shown.txt
finish
