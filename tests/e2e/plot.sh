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
"$M" plot azure:operating_margin aws:operating_margin --calendar --script > script.gp
want_azure=$("$M" series azure operating_margin --period-type quarter --format csv | tail -n +2 | wc -l)
got_azure=$(awk '/^\$s0[ae] << EOD/{f=1;next} /^EOD/{f=0} f' script.gp | wc -l)
expect_eq "azure points" "$got_azure" "$want_azure"
want_aws=$("$M" series aws operating_margin --period-type quarter --format csv | tail -n +2 | wc -l)
got_aws=$(awk '/^\$s1[ae] << EOD/{f=1;next} /^EOD/{f=0} f' script.gp | wc -l)
expect_eq "aws points" "$got_aws" "$want_aws"
expect_grep "dt 2 pt 6" script.gp   # estimates dashed, hollow

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

expect_status 2 "$M" plot microsoft:rpo -o chart.bmp
expect_status 1 "$M" plot microsoft:nosuchmetric -o x.png
finish
