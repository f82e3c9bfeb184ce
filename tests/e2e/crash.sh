# Crash and resume (issue 15): 'add' of a folder killed with SIGKILL at
# random points, again and again; then one more 'add' completes the folder
# with every report exactly once, each whole, and the store sound.
source "$(dirname "$0")/lib.bash"

mkdir folder
pad=$(head -c 2000 /dev/zero | tr '\0' 'y')
for i in $(seq 1 80); do
  printf 'Note %d\nMicrosoft revenue was $%d.5 billion in 3Q24, up %d%% y/y. Alphabet revenue was $%d.1 billion in 3Q24.\n%s\n' \
    "$i" $((i + 10)) $((i % 40 + 1)) $((i + 50)) "$pad" > "folder/n$(printf %03d "$i").txt"
done
"$M" init >/dev/null

# kills at random times: some before the first commit, some between batches
RANDOM=15
kills=0
for round in $(seq 1 25); do
  "$M" add folder >/dev/null 2>&1 &
  pid=$!
  sleep "0.$(printf %02d $((RANDOM % 60)))"
  if kill -9 "$pid" 2>/dev/null; then
    kills=$((kills + 1))
  fi
  wait "$pid" 2>/dev/null || true
  [[ $(sqlite3 "$MTRACK_DB" 'SELECT count(*) FROM report') -ge 80 ]] && break
done
echo "killed $kills adds"
expect_eq "the store is sound after the kills" "$(sqlite3 "$MTRACK_DB" 'PRAGMA integrity_check')" "ok"
expect_status 0 "$M" add --format jsonl folder
expect_eq "every report exactly once" "$(sqlite3 "$MTRACK_DB" 'SELECT count(*), count(DISTINCT sha256) FROM report')" "80|80"
# each whole: every report has the facts its text gives
"$M" extract --format jsonl folder/n001.txt > one.jsonl
per=$(grep -c '"value"' one.jsonl)
expect_eq "no report half-stored" \
  "$(sqlite3 "$MTRACK_DB" "SELECT count(*) FROM (SELECT report_id, count(*) AS n FROM observation GROUP BY report_id) WHERE n = $per")" "80"
expect_status 0 "$M" check
finish
