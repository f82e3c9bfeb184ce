# Crashes and concurrency: a killed add leaves a consistent store, each
# report whole or absent; two adds at once both succeed.
source "$(dirname "$0")/lib.bash"

mkdir many
for i in $(seq 1 400); do
  y=$((2000 + i % 25)); q=$((i % 4 + 1))
  printf 'Note %d\nPublished: 2025-%02d-%02d\n\n微软 %dQ%d 营收 %d 亿美元，同比增长 %d%%；AWS 营业利润率为 %d.%d%%。\nMicrosoft commercial RPO was $%d billion in Q%d %d, up %d%% year over year.\n' \
    "$i" $((i % 12 + 1)) $((i % 28 + 1)) "$y" "$q" $((500 + i)) $((i % 40)) $((20 + i % 20)) $((i % 10)) $((100 + i)) "$q" "$y" $((i % 50 + 1)) \
    > "many/r$(printf %04d "$i").txt"
done
"$M" init >/dev/null
"$M" add many >/dev/null 2>&1 &
pid=$!
sleep 0.5
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
expect_eq "integrity" "$(store_sound)" "ok"
# each stored report holds every fact its file gives
store_sql "SELECT r.path, (SELECT count(*) FROM observation o WHERE o.report_id = r.id) FROM report r" | tr '|' ' ' > stored.txt
while read -r path n; do
  want=$("$M" extract --format jsonl "$path" | wc -l | tr -d ' ')
  expect_eq "facts of $path" "$n" "$want"
done < stored.txt
[[ -s stored.txt ]] || echo "note: the add was killed before its first commit"
expect_eq "no orphan facts" "$(store_sql 'SELECT count(*) FROM observation WHERE report_id NOT IN (SELECT id FROM report)')" "0"
# the rest goes in afterwards; the ones already there are duplicates
expect_status 0 "$M" add many
expect_eq "all 400 there" "$(store_sql 'SELECT count(*) FROM report')" "400"

# two processes adding at once
mkdir one two
for i in $(seq 1 40); do
  printf 'Published: 2025-10-%02d\n\nAlphabet revenue was $%d billion in Q%d %d.\n' $((i % 28 + 1)) $((80 + i)) $((i % 4 + 1)) $((2000 + i)) > "one/a$i.txt"
  printf 'Published: 2025-11-%02d\n\nAmazon revenue was $%d billion in Q%d %d.\n' $((i % 28 + 1)) $((150 + i)) $((i % 4 + 1)) $((2000 + i)) > "two/b$i.txt"
done
store_drop
"$M" add one > one.out 2>&1 & p1=$!
"$M" add two > two.out 2>&1 & p2=$!
s1=0; s2=0
wait $p1 || s1=$?
wait $p2 || s2=$?
expect_eq "first add" "$s1" "0"
expect_eq "second add" "$s2" "0"
expect_eq "both stored" "$(store_sql 'SELECT count(*) FROM report')" "80"
finish
