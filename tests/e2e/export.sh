# CSV out and back in: the long and wide layouts, spreadsheet safety, the
# BOM rules, atomic files, and the import round trip.
source "$(dirname "$0")/lib.bash"

"$M" add "$SRC/samples" >/dev/null
"$M" add --title "=HYPERLINK(\"http://x\")" --date 2026-03-01 - >/dev/null <<'TXT'
Microsoft revenue was $85 billion in fiscal Q3 2026.
TXT

# long layout parsed back: every current fact once, values in full
expect_status 0 "$M" export -o long.csv
head -c 3 long.csv | od -An -tx1 | grep -q "ef bb bf" || fail "-o writes a BOM by default"
# a file for others to read: the umask's permissions, not a temporary file's 0600
(umask 022 && "$M" export -o perms.csv)
expect_eq "export file mode" "$(stat -c %a perms.csv)" "644"
expect_grep "microsoft,rpo,level,quarter,FY2026Q2,2025Q4,2025-10-01,2025-12-31,625000000000,USD" long.csv
expect_no_grep "e+" long.csv
expect_grep "'=HYPERLINK" long.csv
expect_no_grep ',=HYPERLINK' long.csv
rows=$(($(store_sql "SELECT count(*) FROM (SELECT DISTINCT entity, metric, kind, period_type, period_end FROM observation) AS f") + 1))
expect_eq "one row per fact" "$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8-sig"))))' long.csv 2>/dev/null || tail -n +1 long.csv | wc -l)" "$rows"

expect_status 0 "$M" export --no-bom -o nobom.csv
head -c 3 nobom.csv | od -An -tx1 | grep -q "ef bb bf" && fail "--no-bom"
"$M" export > stdout.csv
head -c 3 stdout.csv | od -An -tx1 | grep -q "ef bb bf" && fail "no BOM on stdout by default"
"$M" export --bom > stdout-bom.csv
head -c 3 stdout-bom.csv | od -An -tx1 | grep -q "ef bb bf" || fail "--bom on stdout"

# history layout has a current column
expect_status 0 "$M" export --history --entity microsoft --metric rpo -o hist.csv
expect_grep ",current" hist.csv
expect_grep "39200000000,USD.*,no" hist.csv

# wide layout: one row per period, a column per series, calendar-aligned
expect_status 0 "$M" export --wide --calendar --entity aws --entity google-cloud --entity azure \
  --metric operating_margin --kind level -o wide.csv
expect_grep "period,period_type,aws operating_margin level (%),azure operating_margin level (%),azure operating_margin level (%) E,google-cloud operating_margin level (%)" wide.csv
expect_grep "^2025Q3,quarter,34.6,40,E,23.7" wide.csv

# the wide layout takes one period type, quarters by default
"$M" export --wide --entity microsoft --metric revenue > wq.csv
expect_eq "wide: quarters only" "$(tail -n +2 wq.csv | cut -d, -f3 | sort -u | tr -d '\r')" "quarter"
"$M" export --wide --period-type year --entity microsoft > wy.csv
expect_eq "wide --period-type year: years only" "$(tail -n +2 wy.csv | cut -d, -f3 | sort -u | tr -d '\r')" "year"
expect_grep "^FY2025,2025-06-30,year,281700000000" wy.csv
expect_status 2 "$M" export --wide --period-type weekly
expect_status 2 "$M" export --period-type year

# as-of
"$M" export --as-of 2025-11-05 --entity microsoft --metric rpo --kind level > asof.csv
expect_grep "FY2026Q1,2025Q3,2025-07-01,2025-09-30,39200000000" asof.csv

# a failed export leaves no file
mkdir ro && chmod 555 ro
if [[ $(id -u) -ne 0 ]]; then
  expect_status 1 "$M" export -o ro/x.csv
  [[ -e ro/x.csv ]] && fail "partial export file"
fi
expect_status 1 "$M" export -o nodir/x.csv
[[ -e nodir/x.csv ]] && fail "export into a missing folder"
ls nodir 2>/dev/null | grep -q tmp && fail "temporary file left"

# import round trip: export, import into a fresh store, export again
"$M" export --no-bom > before.csv
expect_status 0 "$M" --db fresh.db import long.csv
expect_grep "facts" last.out
"$M" --db fresh.db export --no-bom > after.csv
cut -d, -f1-14 before.csv > b.cut
cut -d, -f1-14 after.csv > a.cut
if ! diff -q b.cut a.cut >/dev/null; then fail "round trip changed current values: $(diff b.cut a.cut | head -5)"; fi
checks=$((checks + 1))

# a bad row: its line number, and nothing stored
printf 'entity,metric,kind,period_type,period_end,value,unit\nmicrosoft,rpo,level,quarter,2025-09-30,1,USD\nmicrosoft,rpo,level,quarter,2025-09-31,2,USD\nnobody,rpo,level,quarter,2025-09-30,3,USD\n' > bad.csv
expect_status 1 "$M" --db fresh2.db import bad.csv
expect_grep "bad.csv:3: bad period_end" last.err
expect_grep "bad.csv:4: unknown entity" last.err
expect_eq "nothing stored" "$(sqlite3 fresh2.db 'SELECT count(*) FROM report')" "0"
# estimates keep their mark: an E column after a column holding any
printf 'Microsoft outlook\nPublished: 2026-01-30\n\nAnalysts estimate Microsoft revenue of $88 billion in fiscal Q4 2026.\n' > est.txt
"$M" add est.txt >/dev/null
"$M" export --wide --entity microsoft --metric revenue --kind level > we.csv
expect_grep "^period,period_end,period_type,microsoft revenue level (USD),microsoft revenue level (USD) E" we.csv
expect_grep "^FY2026Q4,2026-06-30,quarter,88000000000,E" we.csv
expect_grep "^FY2026Q2,2025-12-31,quarter,81300000000,[^E]*$" we.csv
# companies with other fiscal years: the calendar label names the row
"$M" export --wide --entity microsoft --entity aws --metric revenue --kind level > wm.csv
expect_grep "^2024Q3,2024-09-30,quarter," wm.csv
expect_no_grep "^FY2025Q1," wm.csv

# a native workbook, opened by LibreOffice: typed cells, the Chinese names,
# the numbers, the estimate and its basis, a chart per metric
expect_status 0 "$M" export -o book.xlsx
file book.xlsx | grep -q "Microsoft Excel 2007+" || fail "book.xlsx is not a workbook: $(file book.xlsx)"
checks=$((checks + 1))
# sheets: long, a wide one per period type, charts
ntypes=$(store_sql "SELECT count(DISTINCT period_type) FROM observation")
expect_eq "sheets" "$(grep -a -o 'xl/worksheets/sheet[0-9]*\.xml' book.xlsx | sort -u | wc -l)" "$((ntypes + 2))"
nmetrics=$(store_sql "SELECT count(*) FROM (SELECT DISTINCT metric, unit FROM observation WHERE kind = 'level') AS f")
expect_eq "a chart per metric and unit" "$(grep -a -o 'xl/charts/chart[0-9]*\.xml' book.xlsx | sort -u | wc -l)" "$nmetrics"
lohome="$WORK/lo"
if ! command -v soffice >/dev/null; then
  fail "soffice is missing: scripts/deps --test installs libreoffice-calc-nogui"
else
  soffice -env:UserInstallation="file://$lohome" --headless --convert-to pdf --outdir "$WORK" book.xlsx >lo.log 2>&1 || true
  if [[ ! -s book.pdf ]]; then
    fail "LibreOffice did not convert book.xlsx: $(tail -3 lo.log)"
  else
    pdftotext book.pdf book.txt
    expect_grep "微软" book.txt                      # entity_name_zh
    expect_grep "阿里巴巴" book.txt
    expect_grep "未完成订单" book.txt                 # a source sentence
    # numbers are numbers: LibreOffice formats them with separators
    cell() { expect_grep "\(^\| \)$1\( \|$\)" book.txt; }
    cell "392,000,000,000"
    cell "625,000,000,000"
    cell "23\.7"
    cell "88,000,000,000"
    cell "estimate"
    # and dates are dates
    cell "2025-12-31"
  fi
fi
expect_status 1 "$M" export -o nodir/book.xlsx
[[ -e nodir/book.xlsx ]] && fail "a workbook into a missing folder"
checks=$((checks + 1))

finish
