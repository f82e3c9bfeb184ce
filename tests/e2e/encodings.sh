# Files in the encodings Hong Kong, Taiwan and mainland reports come in:
# Big5 (made here with iconv) and GB18030 are told apart by libuchardet
# and read like UTF-8; a file whose encoding cannot be told for sure is
# refused with its likely encodings and --encoding, and nothing is stored.
source "$(dirname "$0")/lib.bash"

cat > trad.txt <<'TXT'
聯發科第三季業績快報
日期：2025-10-31

台積電2025年第三季營收為新台幣9899億元，年增30.3%，季增6%。
台積電2025年第三季毛利率為59.5%，較上季提高0.9個百分點。
騰訊2025年第三季營業額為1929億元，按年增長15%。
TXT
facts() { "$M" extract --format jsonl "$@" | sed 's/, "text".*//' | sort; }
facts trad.txt > want.txt
expect_eq "the UTF-8 text has facts" "$(wc -l < want.txt | tr -d ' ')" "7"

iconv -f UTF-8 -t BIG5 trad.txt > big5.txt
iconv -f UTF-8 -t BIG5-HKSCS trad.txt > hkscs.txt
iconv -f UTF-8 -t GB18030 trad.txt > gb.txt
expect_eq "Big5" "$(facts big5.txt)" "$(cat want.txt)"
expect_eq "Big5-HKSCS" "$(facts hkscs.txt)" "$(cat want.txt)"
expect_eq "GB18030 with Traditional characters" "$(facts gb.txt)" "$(cat want.txt)"
expect_eq "Big5 named with --encoding" "$(facts --encoding BIG5 big5.txt)" "$(cat want.txt)"

# a Taiwan news page saved in Big5
cat > page.html <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="big5"><title>台積電季報</title></head>
<body><nav>首頁 | 財經</nav>
<p>日期：2025-10-16</p>
<p>台積電2025年第三季營收為新台幣9899億元，年增30.3%。</p>
</body></html>
HTML
iconv -f UTF-8 -t BIG5 page.html > page-big5.html
expect_eq "Big5 HTML" "$(facts page-big5.html)" "$(sed 's/big5/utf-8/' page.html > page-utf8.html; facts page-utf8.html)"
expect_grep '"unit": "TWD"' <(facts page-big5.html)

# stored with its title read right and its encoding recorded
expect_status 0 "$M" add big5.txt
expect_status 0 "$M" reports --format jsonl
expect_grep "聯發科第三季業績快報" last.out
expect_grep "BIG5" "$WORK/last.out"

# too short to tell Big5 from GB18030: refused, nothing stored
printf '台積電營收\n' | iconv -f UTF-8 -t BIG5 > short.txt
expect_status 1 "$M" add short.txt
expect_grep "short.txt" last.err
expect_grep "GB18030" last.err
expect_grep "BIG5" last.err
expect_grep "\-\-encoding" last.err
expect_status 1 "$M" extract short.txt
expect_grep "cannot tell the encoding" last.err
# said which, it is read
expect_status 0 "$M" extract --encoding BIG5 short.txt
# Latin-1 bytes: a single-byte guess is no certainty either
printf 'caf\xe9 revenue rose 5%%\n' > latin.txt
expect_status 1 "$M" add latin.txt
expect_grep "ISO-8859" last.err
expect_status 0 "$M" reports --format jsonl
expect_eq "only the Big5 report is stored" "$(grep -c sha256 last.out)" "1"
finish
