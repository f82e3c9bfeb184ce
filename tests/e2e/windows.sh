# A long text is read a window at a time (MTRACK_WINDOW): the facts, their
# order and their offsets are the same whatever the window, and the same
# as from standard input (held whole, then read by the same windows).
source "$(dirname "$0")/lib.bash"

# one long document: the project's own reports, each copy with its
# figures changed (so that no copy's facts are the first copy's again)
python3 - "$SRC" > long.txt <<'PY'
import os, re, sys
src = sys.argv[1]
parts = []
for d in ("samples", "tests/docs"):
    for f in sorted(os.listdir(os.path.join(src, d))):
        if f.endswith(".txt"):
            parts.append(open(os.path.join(src, d, f), encoding="utf-8").read())
blob = "\n\n".join(parts) + "\n\n"
for k in range(12):
    sys.stdout.write(re.sub(r"\d+\.\d+", lambda m: "".join(
        str((int(c) + k) % 10) if c.isdigit() else c for c in m.group(0)), blob))
PY
size=$(wc -c < long.txt)
expect_eq "the document is several windows long" "$((size > 4 * 65536))" 1

MTRACK_WINDOW=1G expect_status 0 "$M" extract --date 2026-01-01 --format jsonl long.txt
cp last.out whole.jsonl
expect_eq "facts from the whole text" "$(($(wc -l < whole.jsonl) > 100))" 1
for w in 64K 65537 100K 256K; do
  MTRACK_WINDOW=$w expect_status 0 "$M" extract --date 2026-01-01 --format jsonl long.txt
  expect_eq "jsonl in windows of $w" "$(cmp -s last.out whole.jsonl && echo same)" same
done
MTRACK_WINDOW=64K expect_status 0 "$M" extract --date 2026-01-01 --format jsonl - < long.txt
expect_eq "jsonl from standard input" "$(cmp -s last.out whole.jsonl && echo same)" same

# each fact's offsets are the document's: its text stands there
python3 - whole.jsonl long.txt <<'PY' > offsets.out
import json, sys
data = open(sys.argv[2], "rb").read()
bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(line)
    if data[f["start"]:f["end"]].decode("utf-8") != f["text"]:
        bad += 1
print(bad)
PY
expect_eq "offsets that hold" "$(cat offsets.out)" 0

# csv, and what is left out (each window's after its facts: the same set)
MTRACK_WINDOW=1G expect_status 0 "$M" extract --date 2026-01-01 --format csv long.txt
cp last.out whole.csv
MTRACK_WINDOW=64K expect_status 0 "$M" extract --date 2026-01-01 --format csv long.txt
expect_eq "csv in windows" "$(cmp -s last.out whole.csv && echo same)" same
MTRACK_WINDOW=1G expect_status 0 "$M" extract --date 2026-01-01 --format jsonl --unresolved long.txt
sort last.out > whole-unresolved.jsonl
MTRACK_WINDOW=64K expect_status 0 "$M" extract --date 2026-01-01 --format jsonl --unresolved long.txt
sort last.out > windows-unresolved.jsonl
expect_eq "left out, in windows" "$(cmp -s windows-unresolved.jsonl whole-unresolved.jsonl && echo same)" same

# the title and date come from the head of a streamed text
{ printf '微软季度点评\n日期：2025-10-30\n\n'; cat long.txt; } > dated.txt
expect_status 0 "$M" extract --format jsonl dated.txt
expect_no_grep "modification time" last.err

# a bad byte deep in a long text: named by its offset in the document
{ cat long.txt; printf 'Revenue was \377 big.\n'; } > bad.txt
MTRACK_WINDOW=64K expect_status 1 "$M" extract --date 2026-01-01 --format jsonl bad.txt
expect_grep "bad.txt': not valid UTF-8 at byte $((size + 12))" last.err

MTRACK_WINDOW=12Q expect_status 2 "$M" extract long.txt
expect_grep "bad MTRACK_WINDOW" last.err
finish
