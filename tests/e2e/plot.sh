# Charts: PNG and SVG through gnuplot, the points sent, injection attempts,
# and a missing gnuplot.
source "$(dirname "$0")/lib.bash"

"$M" add "$SRC/samples" >/dev/null

expect_status 0 "$M" plot microsoft:rpo --with-yoy -o rpo.png
file rpo.png | grep -q "PNG image data" || fail "rpo.png is not a PNG: $(file rpo.png)"
(umask 027 && "$M" plot microsoft:rpo -o perms.png)
expect_eq "chart file mode" "$(stat -c %a perms.png)" "640"
expect_status 0 "$M" plot 微软:未完成订单 -o rpo.svg
grep -q "<svg" rpo.svg || fail "rpo.svg is not SVG"
expect_status 0 "$M" plot azure:operating_margin aws:operating_margin google-cloud:operating_margin --calendar -o m.pdf
head -c 5 m.pdf | grep -q "%PDF-" || fail "not a PDF"

# the datablocks: one point per stored quarter of each series
# (blank lines are gaps; the line after the join comment repeats an actual)
points() { awk -v b="$1" '$0 ~ "^\\$p0" b "[ae] << EOD" {f=1;next} /^EOD/{f=0} /^# the last actual/{skip=1;next} f && NF {if (skip) skip=0; else n++} END {print n+0}' "$2"; }
"$M" plot azure:operating_margin aws:operating_margin --calendar --script -o x.png > script.gp
want_azure=$("$M" series azure operating_margin --period-type quarter --format csv | tail -n +2 | wc -l)
expect_eq "azure points" "$(points s0 script.gp)" "$want_azure"
want_aws=$("$M" series aws operating_margin --period-type quarter --format csv | tail -n +2 | wc -l)
expect_eq "aws points" "$(points s1 script.gp)" "$want_aws"

# injection: nothing runs, whatever the title, alias or output path
expect_status 0 "$M" plot microsoft:rpo --title '`touch pwned1`' -o t1.png
expect_status 0 "$M" plot microsoft:rpo --title '"; system("touch pwned2"); "' -o t2.png
expect_status 0 "$M" plot microsoft:rpo --title $'line\nsystem("touch pwned3")' -o t3.png
"$M" lexicon add-entity evil --name '`touch pwned4`' --fy-end 06-30 >/dev/null
"$M" lexicon alias evil "x'; system('touch pwned5'); '" >/dev/null
printf 'Published: March 1, 2026\n\n`touch pwned4` revenue was $5 billion in Q4 2025.\n' > evil.txt
"$M" add evil.txt >/dev/null
expect_status 0 "$M" plot 'evil:revenue' -o t4.png
expect_status 0 "$M" plot microsoft:rpo -o '|touch pwned6.png'
for n in 1 2 3 4 5 6; do
  [[ -e pwned$n ]] && fail "injection $n ran a command"
  checks=$((checks + 1))
done
[[ -s '|touch pwned6.png' ]] || fail "a path starting with | is a file name"

# dumb terminal
expect_status 0 "$M" plot microsoft:rpo --terminal dumb
expect_grep "FY2026Q2" last.out

# gnuplot missing or failing: a clear message, exit 1, no file
MTRACK_GNUPLOT=/nonexistent/gnuplot expect_status 1 "$M" plot microsoft:rpo -o none.png
expect_grep "gnuplot-nox" last.err
[[ -e none.png ]] && fail "partial chart left"
printf '#!/bin/sh\ncat >/dev/null\necho "line 3: undefined variable: nonsense" >&2\nexit 1\n' > fakegnuplot
chmod +x fakegnuplot
MTRACK_GNUPLOT=$PWD/fakegnuplot expect_status 1 "$M" plot microsoft:rpo -o none2.png
expect_grep "undefined variable: nonsense" last.err
[[ -e none2.png ]] && fail "partial chart left"
ls | grep -q "tmp-" && fail "temporary chart left"
checks=$((checks + 3))

# honest charts, on a company with a missing quarter (2025Q3), a range
# (guidance for 2026Q1) and an estimate (2026Q2)
export MTRACK_DB="$WORK/acme.db"
"$M" init >/dev/null
"$M" lexicon add-entity acme --name Acme --fy-end 12-31 >/dev/null
printf 'Acme results\nPublished: 2025-04-20\n\nAcme revenue was $10 billion in Q1 2025.\n' > a1.txt
printf 'Acme results\nPublished: 2025-07-20\n\nAcme revenue was $11 billion in Q2 2025.\n' > a2.txt
printf 'Acme results\nPublished: 2026-01-20\n\nAcme revenue was $13 billion in Q4 2025. Acme expects revenue of $14 billion to $15 billion in Q1 2026, and analysts estimate revenue of $16 billion in Q2 2026.\n' > a4.txt
"$M" add a1.txt a2.txt a4.txt >/dev/null
expect_status 0 "$M" plot acme:revenue --script -o acme.png
cp last.out acme.gp
# every quarter from the first to the last is on the axis, the missing one too
expect_grep "set xtics ('FY2025Q1' 0, 'FY2025Q2' 1, 'FY2025Q3' 2, 'FY2025Q4' 3, 'FY2026Q1' 4, 'FY2026Q2' 5)" acme.gp
# the line breaks at the missing quarter: a blank line in the datablock
expect_eq "actual block" "$(awk '/^\$p0s0a << EOD/{f=1;next} /^EOD/{f=0} f' acme.gp | tr '\n' '|')" "0.0000 10|1.0000 11||3.0000 13|"
# the estimates start at the last actual: one dashed line
expect_eq "estimate block" "$(awk '/^\$p0s0e << EOD/{f=1;next} /^EOD/{f=0} f && !/^#/' acme.gp | tr '\n' '|')" "3.0000 13|4.0000 14.5|5.0000 16|"
expect_grep "p0s0e using 1:2 axes x1y1 with linespoints lc 1 dt 2" acme.gp
# the range is an error bar from low to high
expect_eq "range block" "$(awk '/^\$p0s0r << EOD/{f=1;next} /^EOD/{f=0} f' acme.gp | tr '\n' '|')" "4.0000 14.5 14 15|"
expect_grep "p0s0r using 1:2:3:4 axes x1y1 with yerrorbars" acme.gp
# the source line: the store's file name, not its path
expect_grep "Source: mtrack, acme.db; as of .*; latest report 2026-01-20; dashed: estimates; error bars: ranges" acme.gp
expect_no_grep "$WORK" acme.gp
# padding, or zero
expect_grep "set offsets 0, 0, graph 0.1, graph 0.1" acme.gp
"$M" plot acme:revenue --zero --script -o z.png > zero.gp
expect_grep "set yrange \[\*<0:0<\*\]" zero.gp
# --from/--to as in series
"$M" plot acme:revenue --from 2025Q2 --to 2025Q4 --script -o ft.png > ft.gp
expect_grep "set xtics ('FY2025Q2' 0, 'FY2025Q3' 1, 'FY2025Q4' 2)" ft.gp
# the charts themselves
expect_status 0 "$M" plot acme:revenue --with-yoy -o acme.png
file acme.png | grep -q "PNG image data" || fail "acme.png is not a PNG"
expect_status 0 "$M" plot acme:revenue -o acme.svg
expect_grep "<svg" acme.svg
checks=$((checks + 1))

# -o - writes the chart to standard output
"$M" plot acme:revenue -o - > out.png
file out.png | grep -q "PNG image data" || fail "-o - is not a PNG: $(file out.png)"
"$M" plot acme:revenue -o - --terminal svg > out.svg
expect_grep "<svg" out.svg
checks=$((checks + 1))
set +e
"$M" plot acme:revenue -o - > /dev/full 2>full.err
st=$?
set -e
expect_eq "plot -o - > /dev/full" "$st" "1"
expect_grep "cannot write to standard output" full.err

# the terminal chart: sized by COLUMNS and LINES, legend one entry a line,
# the unit in the title, no note about dashes
COLUMNS=70 LINES=20 expect_status 0 "$M" plot acme:revenue --terminal dumb
expect_eq "dumb lines" "$(wc -l < last.out)" "19"
expect_eq "dumb width" "$(LC_ALL=C.UTF-8 wc -L < last.out)" "70"
expect_grep "Acme Revenue (bn USD)" last.out
expect_grep "FY2025Q3" last.out
expect_grep "^ *[^ ].*Acme Revenue (estimate)" last.out
expect_no_grep "dashed" last.out
COLUMNS=120 LINES=40 expect_status 0 "$M" plot acme:revenue --terminal dumb
expect_eq "dumb lines" "$(wc -l < last.out)" "39"
set +e
"$M" plot acme:revenue --terminal dumb > /dev/full 2>full.err
st=$?
set -e
expect_eq "plot --terminal dumb > /dev/full" "$st" "1"

# a title or name starting with a quote
expect_status 0 "$M" plot acme:revenue --title "'quoted' title" -o q.png
"$M" lexicon add-entity q2 --name "'Q Corp" --fy-end 12-31 >/dev/null
printf "Q results\nPublished: 2025-04-20\n\n'Q Corp revenue was \$5 billion in Q1 2025.\n" > q.txt
"$M" add q.txt >/dev/null
expect_status 0 "$M" plot "q2:revenue" -o q2.png

# reports shows titles with their control characters made harmless ('?')
"$M" add --title $'bad\e[31m red\ttitle' --date 2025-05-01 - >/dev/null <<<"Acme revenue was \$10 billion in Q1 2025."
"$M" reports > reports.out
expect_no_grep $'\e' reports.out
expect_grep "bad?\[31m red title" reports.out

# the dashboard: one page, a panel for each metric with levels
printf 'Acme results\nPublished: 2026-01-21\n\nAcme operating income was $3 billion in Q4 2025, up from $2 billion in Q3 2025. Acme operating income was $2.5 billion in Q2 2025.\n' > a5.txt
"$M" add a5.txt >/dev/null
expect_status 0 "$M" plot --dashboard acme --script -o d.png
cp last.out dash.gp
expect_grep "set multiplot layout 1,2 title 'Acme: tracked metrics'" dash.gp
expect_grep "set title 'Revenue (quarter)'" dash.gp
expect_grep "set title 'Operating income (quarter)'" dash.gp
expect_status 0 "$M" plot --dashboard 'acme' -o dashboard.png
file dashboard.png | grep -q "PNG image data" || fail "dashboard.png is not a PNG"
checks=$((checks + 1))
expect_status 2 "$M" plot --dashboard acme acme:revenue -o x.png
expect_status 1 "$M" plot --dashboard nobody -o x.png
[[ -n ${KEEP:-} ]] && cp acme.png acme.svg dashboard.png "$3/" 2>/dev/null
export MTRACK_DB="${PG:-$WORK/store.db}"

# one chart per unit
expect_status 1 "$M" plot microsoft:revenue alibaba:revenue -o units.png
expect_grep "alibaba:revenue is in CNY, the chart in USD: plot it separately" last.err
[[ -e units.png ]] && fail "a chart in two units"
checks=$((checks + 1))

expect_status 2 "$M" plot microsoft:rpo -o chart.bmp
expect_status 1 "$M" plot microsoft:nosuchmetric -o x.png
finish
