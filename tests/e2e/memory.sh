# `mtrack add` of one long plain text keeps memory flat: the text is
# extracted and stored a window at a time, never held whole (issue 15, row
# 6: a 100 MB text took 375 MiB). The peak resident set of adding a 40 MB
# text is compared with that of adding its first 2 MB: before, it grew by
# 99 MiB (22 -> 120 MiB); now by 32 MiB, the store's page cache (a
# bound that does not grow with the text). The bound allows 64 MiB. Under
# AddressSanitizer memory says nothing of the program's own (shadow
# memory, quarantine): skipped there; scripts/test runs it on a Release
# build as well.
source "$(dirname "$0")/lib.bash"

# (ldd's whole output read first: grep -q would stop at its first match
# and, under pipefail, ldd's broken pipe would read as no match)
libs=$(ldd "$M" 2>/dev/null || true)
if [[ $libs == *libasan* || $libs == *libtsan* || $libs == *libmsan* ]]; then
  echo "skipped: a sanitized binary (scripts/test runs this on a Release build)"
  exit 77
fi

# distinct reports: the project's own, each copy with its figures drawn anew
reports_text 15 40 > big.txt
python3 - <<'PY'
data = open("big.txt", "rb").read()
cut = data.index(b"\n\n", 2 << 20) + 2
open("small.txt", "wb").write(data[:cut])
PY

# peak KIB COMMAND...: runs the command, prints its peak resident set in KiB
# (its own: os.wait4's rusage of that child) and fails when it fails
peak() {
  python3 - "$@" <<'PY'
import os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
if os.waitstatus_to_exitcode(status) != 0:
    sys.stderr.write(err.decode("utf-8", "replace"))
    sys.exit(1)
print(usage.ru_maxrss)
PY
}

small=$(peak "$M" add --date 2026-01-01 small.txt)
store_drop 2>/dev/null
big=$(peak "$M" add --date 2026-01-01 big.txt)
echo "peak RSS: ${small} KiB for $(wc -c < small.txt) bytes, ${big} KiB for $(wc -c < big.txt) bytes"
expect_eq "the text was stored" "$(store_sql "SELECT count(*) FROM report")" 1
expect_eq "memory growth with the text under 64 MiB (${small} -> ${big} KiB)" "$((big - small < 64 * 1024))" 1
expect_eq "memory under 200 MiB (${big} KiB)" "$((big < 200 * 1024))" 1

# `mtrack import` of a long CSV: its rows are checked, then stored a chunk
# at a time in the report's one transaction, never held all at once (250,000
# rows took 161 MiB, 2.5M rows 1.2 GiB). What may grow is the file itself,
# read whole (the bytes and their UTF-8 form) to be checked before anything
# is stored, and the store's page cache (32 MiB). Before: 200,000 rows grew
# by 118 MiB; now by 63 MiB, 23 MiB of it the file twice.
store_drop 2>/dev/null
python3 "$SRC/bench/gen" --seed 5 --observations 10000 --out small.csv
python3 "$SRC/bench/gen" --seed 6 --observations 200000 --out big.csv
small=$(peak "$M" import --date 2025-01-01 small.csv)
store_drop 2>/dev/null
big=$(peak "$M" import --date 2025-01-01 big.csv)
csv_kib=$(( $(wc -c < big.csv) / 1024 ))
echo "import peak RSS: ${small} KiB for $(wc -l < small.csv) lines, ${big} KiB for $(wc -l < big.csv) lines (${csv_kib} KiB)"
expect_eq "every row imported" "$(store_sql "SELECT count(*) FROM observation")" 200000
expect_eq "import memory growth beyond twice the file under 48 MiB (${small} -> ${big} KiB)" \
  "$((big - small - 2 * csv_kib < 48 * 1024))" 1
finish
