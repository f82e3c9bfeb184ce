# A folder add on a full disk (issue 15, row 11): the batch that cannot
# commit falls back to the reports that fit, each whole, and an add once
# there is room again completes the folder with every report exactly once.
# Needs a small file system: a tmpfs mounted as root; skipped otherwise.
# (The empty store, its lexicon and their WAL take most of it: the size
# grows with the default lexicon, so that some twenty reports still fit:
# 1600k since migration 0048.)
source "$(dirname "$0")/lib.bash"

mkdir full
if [[ $(id -u) -ne 0 ]] || ! mount -t tmpfs -o size=1600k tmpfs full 2>/dev/null; then
  echo "skipped: needs root to mount a small tmpfs"
  finish
  exit 0
fi
trap 'umount "$WORK/full" 2>/dev/null; [[ ${KEEP:-} ]] || rm -rf "$WORK"' EXIT

mkdir many
# the store keeps each report's text compressed: a pad that does not
# compress fills the disk part-way through the folder
for i in $(seq 1 150); do
  pad=$(head -c 2250 /dev/urandom | base64 -w 0)
  printf 'Report %d\nMicrosoft revenue was $%d.5 billion in 3Q24, up %d%% y/y. Alphabet revenue was $%d.1 billion in 3Q24.\n%s\n' \
    "$i" $((i + 10)) $((i % 40 + 1)) $((i + 50)) "$pad" > "many/r$(printf %03d "$i").txt"
done
expect_status 1 "$M" --db full/s.db add --format jsonl many
cp last.out first.out
added=$(grep -c '"status": "added"' first.out || true)
stored=$(sqlite3 full/s.db 'SELECT count(*) FROM report')
expect_eq "every report shown once" "$(wc -l < first.out)" "150"
expect_eq "what was shown added is what is stored" "$stored" "$added"
checks=$((checks + 1))
((stored >= 20)) || fail "only $stored of 150 reports stored on a disk with room for more"
# each stored report whole: all its facts, as extracting it alone gives
while read -r id path; do
  want=$("$M" extract --format jsonl "$path" | grep -c '"value"' || true)
  got=$(sqlite3 full/s.db "SELECT count(*) FROM observation WHERE report_id = $id")
  [[ "$got" == "$want" ]] || fail "report $id ($path): $got facts stored, $want extracted"
done < <(sqlite3 -separator ' ' full/s.db 'SELECT id, path FROM report')
checks=$((checks + 1))
expect_eq "the store is sound" "$(sqlite3 full/s.db 'PRAGMA integrity_check')" "ok"

# room again: the rest is added, nothing twice
mount -o remount,size=8m full
expect_status 0 "$M" --db full/s.db add --format jsonl many
expect_eq "the rest added" "$(grep -c '"status": "added"' last.out)" "$((150 - stored))"
expect_eq "every report once" "$(sqlite3 full/s.db 'SELECT count(*), count(DISTINCT sha256) FROM report')" "150|150"
finish
