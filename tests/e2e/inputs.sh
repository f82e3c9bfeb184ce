# Input at the edges (issue 15, rows 1, 7 and 10): declared encodings,
# decode errors with their offsets and lines, deep HTML, empty files, bad
# options, symlink loops, the store inside the folder added, other
# applications' databases and damaged stores.
source "$(dirname "$0")/lib.bash"

zh='微软 FY25Q1 营收 656 亿美元，同比增长 16%。
智能云收入 241 亿美元。'
# an HTML page that says it is GBK, in GBK: read as the same text in UTF-8
printf '<html><head><meta charset="gbk"><title>微软季报</title></head><body><p>%s</p></body></html>\n' "$zh" |
  iconv -f UTF-8 -t GBK > gbk.html
printf '%s\n' "$zh" > same.txt
expect_status 0 "$M" extract --date 2024-11-01 --format jsonl gbk.html
cut -d, -f1-6 last.out > html.facts
expect_status 0 "$M" extract --date 2024-11-01 --format jsonl same.txt
cut -d, -f1-6 last.out > txt.facts
expect_eq "GBK HTML reads as its text" "$(cat html.facts)" "$(cat txt.facts)"
expect_grep '"value": 65600000000' html.facts
for cs in gb2312 GB18030; do
  sed "s/charset=\"gbk\"/charset=\"$cs\"/" gbk.html > cs.html
  expect_status 0 "$M" extract --date 2024-11-01 --format jsonl cs.html
  expect_grep '"value": 65600000000' last.out
done
expect_status 0 "$M" add --date 2024-11-01 gbk.html
expect_grep "微软季报" last.out

# an HTML page with no text is refused, not stored empty, and can come later
printf '<html><body><script>var x = 1;</script></body></html>\n' > empty.html
expect_status 1 "$M" add empty.html
expect_grep "'empty.html' holds no text" last.err

# HTML nested deep keeps its text; nested absurdly deep fails loudly
python3 -c "
d = 300
print('<html><body>' + '<div>' * d + 'Microsoft revenue was \$65.6 billion in 3Q24.' + '</div>' * d + '</body></html>')" > deep.html
expect_status 0 "$M" extract --date 2024-11-01 --format jsonl deep.html
expect_grep '"value": 65600000000' last.out
python3 -c "
d = 100000
print('<html><body><p>Intro.</p>' + '<div>' * d + 'text' + '</div>' * d + '</body></html>')" > deeper.html
expect_status 1 "$M" extract deeper.html
expect_grep "nested more than" last.err

# decode errors: the offset of the bad byte and its line
{ printf '%s\n' "$zh" | iconv -f UTF-8 -t GB18030; printf '\x81'; } > cut.txt
expect_status 1 "$M" extract cut.txt
expect_grep "'cut.txt' is not valid GB18030: bad byte 0x81 at offset $(($(wc -c < cut.txt) - 1)), line 3" last.err
{ printf '\xff\xfe'; printf '%s\n' "$zh" | iconv -f UTF-8 -t UTF-16LE; printf 'A'; } > cut16.txt
expect_status 1 "$M" extract cut16.txt
expect_grep "'cut16.txt' is not valid UTF-16LE: bad byte 0x41 at offset $(($(wc -c < cut16.txt) - 1)), line 3" last.err
{ printf 'one\ntwo\nthree \xff four\n'; } > bad8.txt
expect_status 1 "$M" extract bad8.txt
expect_grep "bad byte 0xff at offset 14, line 3" last.err

# empty and blank files are refused, named, and counted as failed
mkdir some
: > some/a-empty.txt
printf ' \n\t\n\n' > some/b-blank.txt
printf 'Microsoft revenue was $65.6 billion in 3Q24.\n' > some/c-real.txt
expect_status 1 "$M" add --format jsonl some
expect_grep '"path": "some/a-empty.txt".*"status": "failed"' last.out
expect_grep '"path": "some/b-blank.txt".*"status": "failed"' last.out
expect_grep '"path": "some/c-real.txt".*"status": "added"' last.out
expect_eq "no untitled report" "$(store_sql "SELECT count(*) FROM report WHERE title = '(untitled)'")" "0"

# options that cannot be meant
expect_status 2 "$M" extract --date 0000-01-01 same.txt
expect_grep "bad date '0000-01-01'" last.err
expect_status 2 "$M" --db "" reports
expect_grep "empty" last.err
expect_status 2 "$M" --db= reports

# a symlink loop inside a folder is reported, and the rest still added
mkdir loops
printf 'Alphabet revenue was $88.3 billion in 3Q24.\n' > loops/real.txt
ln -s loop-b loops/loop-a
ln -s loop-a loops/loop-b
expect_status 1 "$M" --db loops.db add loops
expect_grep "cannot read 'loops/loop-a'" last.err
expect_eq "the real file added" "$(sqlite3 loops.db 'SELECT count(*) FROM report')" "1"

# 'add .' with the store in the folder never adds the store or its log
mkdir here
printf 'Alphabet revenue was $88.3 billion in 3Q24.\n' > here/r.txt
(cd here && "$M" --db here.db add r.txt >/dev/null && "$M" --db here.db add --format jsonl . > ../here.out 2>&1) || true
expect_no_grep 'here.db' here.out
expect_eq "only the report" "$(sqlite3 here/here.db 'SELECT count(*) FROM report')" "1"

# another application's SQLite file is refused and left as it was
sqlite3 other.db "CREATE TABLE t (x); INSERT INTO t VALUES (1);"
sum=$(sha256sum < other.db)
expect_status 1 "$M" --db other.db reports
expect_grep "another application's SQLite database" last.err
expect_eq "other.db unchanged" "$(sha256sum < other.db)" "$sum"
[[ -e other.db-wal ]] && fail "other.db was put in WAL mode"

# a damaged store says so, whatever was being read
"$M" --db bad.db add "$SRC/samples" >/dev/null
sqlite3 bad.db "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
pages=$(($(stat -c %s bad.db) / 4096))
dd if=/dev/urandom of=bad.db bs=4096 seek=2 count=$((pages - 2)) conv=notrunc 2>/dev/null
expect_status 1 "$M" --db bad.db series microsoft revenue
expect_grep "is damaged\|not an mtrack store" last.err
expect_no_grep "lexicon" last.err
# a store in a folder this user cannot write can still be read
mkdir ro
"$M" --db ro/s.db add --date 2024-11-01 same.txt >/dev/null
sqlite3 ro/s.db "SELECT 1" >/dev/null # the last connection closes: no -wal, no -shm
chmod 755 "$WORK" && chmod 555 ro && chmod 444 ro/s.db
as_other=()
if [[ $(id -u) -eq 0 ]]; then
  as_other=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if ((${#as_other[@]} == 0)) || "${as_other[@]}" test -r ro/s.db 2>/dev/null; then
  expect_status 0 "${as_other[@]}" "$M" --db ro/s.db reports
  expect_grep "微软" last.out
  expect_status 0 "${as_other[@]}" "$M" --db ro/s.db series microsoft revenue
  expect_grep "65.60 bn USD" last.out
  printf 'Alphabet revenue was $88.3 billion in 3Q24.\n' > other.txt
  expect_status 1 "${as_other[@]}" "$M" --db ro/s.db add other.txt
  expect_grep "readonly\|read-only" last.err
fi
chmod 755 ro

# input limits: a file or a line beyond them refused with the limit named,
# where a file is held whole (add of a short text; extract of standard
# input); extract (and add, over four windows) reads a plain text file a
# window at a time, whatever its size
MTRACK_MAX_FILE_SIZE=40 expect_status 1 "$M" --db lim.db add same.txt
expect_grep "'same.txt' is $(wc -c < same.txt) bytes, over the limit of 40 (MTRACK_MAX_FILE_SIZE" last.err
MTRACK_MAX_FILE_SIZE=40 expect_status 0 "$M" extract --date 2024-11-01 same.txt
MTRACK_MAX_FILE_SIZE=40 expect_status 1 "$M" extract - < same.txt
expect_grep "'standard input' is" last.err
printf 'short line\n%s\n' "$(head -c 3000 /dev/zero | tr '\0' 'a')" > long.txt
MTRACK_MAX_LINE_LENGTH=2K expect_status 1 "$M" add long.txt
expect_grep "'long.txt': line 2 is 3000 bytes long, over the limit of 2048 (MTRACK_MAX_LINE_LENGTH" last.err
MTRACK_MAX_LINE_LENGTH=2X expect_status 2 "$M" extract long.txt
expect_grep "bad MTRACK_MAX_LINE_LENGTH" last.err
expect_status 0 "$M" extract long.txt

# escape sequences in a title reach no terminal
printf 'Microsoft revenue was $65.6 billion in 3Q24.\n' |
  "$M" --db esc.db add --title "$(printf 'evil\033]0;pwned\007 \033[2J title')" --source "$(printf 'src\033[31m')" - >/dev/null
"$M" --db esc.db reports > esc.out
"$M" --db esc.db report 1 >> esc.out
expect_eq "no escape character shown" "$(tr -d -c '\033\007' < esc.out | wc -c)" "0"
expect_grep "evil?]0;pwned? ?\[2J title" esc.out
finish
