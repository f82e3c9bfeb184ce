# Reports as they arrive: GB18030, UTF-16, HTML and PDF files made here
# each give the same facts as the plain UTF-8 text; bad input is refused
# with its offset; a scanned PDF and a missing pdftotext are explained.
source "$(dirname "$0")/lib.bash"

cat > plain.txt <<'TXT'
微软季度点评
日期：2025-10-30

微软 FY26Q1 未完成订单（RPO）达 3920 亿美元，同比增长 51%。

阿里巴巴 2026 财年第二季度营收 2478 亿元，同比增长 5%。
TXT
facts() { "$M" extract --format jsonl "$@" | sed 's/, "text".*//' | sort; }
facts plain.txt > want.txt
expect_eq "the plain text has facts" "$(wc -l < want.txt | tr -d ' ')" "4"

iconv -f UTF-8 -t GB18030 plain.txt > gb.txt
iconv -f UTF-8 -t UTF-16 plain.txt > u16.txt
expect_eq "GB18030" "$(facts gb.txt)" "$(cat want.txt)"
expect_eq "UTF-16" "$(facts u16.txt)" "$(cat want.txt)"
expect_eq "GBK named with --encoding" "$(facts --encoding GBK gb.txt)" "$(cat want.txt)"
expect_status 1 "$M" extract --encoding NO-SUCH-CODE gb.txt
expect_grep "unknown encoding" last.err

cat > page.html <<'HTML'
<!DOCTYPE html>
<html><head><title>微软季度点评</title>
<style>p { color: red }</style>
<script>var junk = "微软 FY26Q1 营收 100 亿美元";</script></head>
<body>
<nav>首页 | 研究 | 微软 FY26Q1 营收 999 亿美元</nav>
<header>热搜：微软 FY26Q1 营收 888 亿美元</header>
<p>日期：2025-10-30</p>
<p>微软 FY26Q1 未完成订单（RPO）达 3920 亿美元，同比增长 51%。</p>
<p>阿里巴巴 2026 财年第二季度营收 2478 亿元，同比增长 5%。</p>
<table><tr><th>指标</th><th>2024Q3</th><th>2025Q3</th></tr><tr><td>收入</td><td>100</td><td>120</td></tr></table>
<footer>Copyright &copy; 2025 微软 FY26Q1 营收 777 亿美元</footer>
</body></html>
HTML
expect_eq "HTML" "$(facts page.html)" "$(cat want.txt)"
"$M" extract --tokens page.html > html-tokens.txt
expect_no_grep "999" html-tokens.txt
expect_no_grep "777" html-tokens.txt

# a PDF with a text layer, drawn by gnuplot (cairo embeds the text)
cat > mk.gp <<'GP'
set terminal pdfcairo size 8.27in,11.69in font 'Noto Sans CJK SC,11'
set output 'report.pdf'
unset border; unset tics; unset key
set label 1 '微软季度点评' at screen 0.1, screen 0.95
set label 2 '日期：2025-10-30' at screen 0.1, screen 0.92
set label 3 '微软 FY26Q1 未完成订单（RPO）达 3920 亿美元，同比增长 51%。' at screen 0.1, screen 0.88
set label 4 '阿里巴巴 2026 财年第二季度营收 2478 亿元，同比增长 5%。' at screen 0.1, screen 0.84
plot 2 notitle
GP
gnuplot mk.gp
expect_eq "PDF" "$(facts report.pdf)" "$(cat want.txt)"
"$M" extract --format jsonl report.pdf > pdf.jsonl
expect_grep '"page": 1' pdf.jsonl

# a scanned PDF: no text layer
printf 'set terminal pdfcairo\nset output "scan.pdf"\nunset border; unset tics; unset key\nplot sin(x) notitle\n' | gnuplot
expect_status 1 "$M" extract scan.pdf
expect_grep "no text layer" last.err

# pdftotext missing
mkdir nobin
ln -s "$(command -v cat)" nobin/cat
PATH="$WORK/nobin" expect_status 1 "$M" extract report.pdf
expect_grep "poppler-utils" last.err

# neither UTF-8, UTF-16 nor GB18030
printf 'abc \x80\x81 \xfe\xfe\xfe def' > bad.txt
expect_status 1 "$M" extract bad.txt
expect_grep "bad.txt.*offset 4" last.err

# the store: the original encoding recorded; a re-add of the same bytes is a duplicate
expect_status 0 "$M" add gb.txt page.html report.pdf
expect_grep "read as GB18030" last.out
expect_status 0 "$M" add gb.txt
expect_grep "already added" last.out
"$M" reports --format jsonl > reports.jsonl
expect_grep '"encoding": "GB18030"' reports.jsonl
expect_grep '"encoding": "HTML (UTF-8)"' reports.jsonl
expect_grep '"encoding": "PDF"' reports.jsonl
expect_status 0 "$M" history microsoft rpo FY2026Q1
expect_grep "page 1" last.out
finish
