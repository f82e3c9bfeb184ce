# The held-out whole documents of tests/docs: the real binary is scored on
# them, and the run fails when a wrong value appears or a precision or recall
# falls below tests/docs/floors.tsv. The scorer itself is first shown to
# catch a wrong value, a miss and a broken binary on a document made here.
source "$(dirname "$0")/lib.bash"
DOCS="$SRC/tests/docs"
SCORE=(python3 "$DOCS/score.py" --bin "$M")

mkdir mini
printf 'mini\t2024-05-01\n' > mini/dates.tsv
cat > mini/mini.txt <<'TXT'
AWS revenue was $25.0 billion in 1Q24, up 17% year over year.
TXT
cat > mini/mini.jsonl <<'JSON'
{"entity": "aws", "metric": "revenue", "kind": "level", "value": 25000000000, "unit": "USD", "period_type": "quarter", "period_end": "2024-03-31"}
{"entity": "aws", "metric": "revenue", "kind": "yoy", "value": 17, "unit": "%", "period_type": "quarter", "period_end": "2024-03-31"}
JSON
printf 'mini\t1.00\t1.00\n' > mini/floors.tsv
expect_status 0 "${SCORE[@]}" --docs mini --floors mini/floors.tsv
expect_grep 'mini .*P=1.000 R=1.000' last.out

# a gold value the binary does not give: a wrong value, and a miss
sed -i 's/"value": 17,/"value": 19,/' mini/mini.jsonl
expect_status 1 "${SCORE[@]}" --docs mini --floors mini/floors.tsv -v
expect_grep 'wrong 1' last.out
expect_grep 'WRONG .*aws revenue yoy 17' last.out
expect_grep 'miss .*aws revenue yoy 19' last.out
expect_grep 'wrong values, ceiling 0' last.err

# the same wrong value made optional is neither right nor wrong
sed -i 's/"value": 19,/"value": 19, "optional": true,/' mini/mini.jsonl
expect_status 0 "${SCORE[@]}" --docs mini --floors mini/floors.tsv
expect_grep 'matched 1/1 .*wrong 0' last.out

expect_status 2 python3 "$DOCS/score.py" --bin "$WORK/no-such-mtrack" --docs mini
expect_grep 'cannot run' last.err

# the held-out set itself, without -v: the misses and extras name the
# expected facts, which the engineers tuning extraction are not to read
expect_status 0 "${SCORE[@]}" --floors "$DOCS/floors.tsv"
cat last.out last.err
expect_grep '^total ' last.out
finish
