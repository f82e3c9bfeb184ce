# CLI habits: near misses named, one-line hints, --db anywhere, closed pipes
# and full disks, JSON output, display-width columns, completion, man page.
source "$(dirname "$0")/lib.bash"

"$M" add "$SRC/samples" >/dev/null

# did you mean
expect_status 2 "$M" seires microsoft rpo
expect_grep "did you mean 'series'" last.err
expect_status 2 "$M" help exprot
expect_grep "did you mean 'export'" last.err
expect_status 2 "$M" series microsoft rpo --knd level
expect_grep "unknown option '--knd'.*did you mean '--kind'" last.err
expect_status 2 "$M" export --histroy
expect_grep "did you mean '--history'" last.err
expect_status 2 "$M" frobnicate
expect_no_grep "did you mean" last.err
expect_status 1 "$M" series microsft rpo
expect_grep "unknown entity 'microsft'; did you mean 'microsoft'?" last.err
expect_status 1 "$M" series microsoft revenu
expect_grep "unknown metric 'revenu'; did you mean 'revenue'?" last.err
# a prefix getopt accepts is not a typo
expect_status 0 "$M" series microsoft rpo --ki level

# a usage error: the message and a one-line hint, not the whole help
expect_status 2 "$M" series microsoft rpo --kind sideways
expect_grep "unknown kind 'sideways'" last.err
expect_grep "see 'mtrack help series'" last.err
expect_eq "usage error lines" "$(wc -l < last.err)" "2"

# --db anywhere on the line
"$M" --db other.db init >/dev/null
expect_status 0 "$M" series microsoft rpo --db "$MTRACK_DB"
expect_grep "392.0 bn USD" last.out
expect_status 0 "$M" reports --db=other.db
expect_no_grep "msft" last.out
expect_status 0 "$M" info --db other.db --format json
expect_grep '"reports": 0' last.out

# a closed pipe is the reader's choice: exit 0, nothing on stderr
set +e
"$M" export 2>pipe.err | head -1 >/dev/null
st=${PIPESTATUS[0]}
"$M" export --history 2>>pipe.err | head -c 10 >/dev/null
st2=${PIPESTATUS[0]}
set -e
expect_eq "export | head -1" "$st" "0"
expect_eq "export --history | head -c 10" "$st2" "0"
expect_eq "closed pipe stderr" "$(cat pipe.err)" ""
# a reader that is gone before the first write
while IFS= read -r cmd; do
  read -ra args <<<"$cmd"
  set +e
  "$M" "${args[@]}" 2>pipe.err | true
  st=${PIPESTATUS[0]}
  set -e
  expect_eq "'$cmd | true' status" "$st" "0"
  expect_eq "'$cmd | true' stderr" "$(cat pipe.err)" ""
done <<CMDS
series microsoft rpo --format csv
extract --format csv $SRC/samples/2025-10-30-cloud-3q25-cn.txt
export --wide
reports
lexicon list --format jsonl
CMDS

# a full disk is an error on every command that writes
while IFS= read -r cmd; do
  read -ra args <<<"$cmd"
  checks=$((checks + 1))
  set +e
  "$M" "${args[@]}" >/dev/full 2>full.err
  st=$?
  set -e
  [[ $st -ne 0 ]] || fail "'$cmd' > /dev/full exited 0"
  grep -q "cannot write to standard output" full.err || fail "'$cmd' > /dev/full: $(cat full.err)"
done <<CMDS
--help
--version
help series
info
info --format json
init
reports
reports --format jsonl
report 1
series microsoft rpo
series microsoft rpo --format csv
history microsoft rpo FY2026Q1
conflicts
conflicts --format json
check
lexicon list
lexicon list metrics --format jsonl
export
export --wide
export --history
extract --unresolved $SRC/samples/2025-10-30-cloud-3q25-cn.txt
extract --format jsonl $SRC/samples/2025-10-30-cloud-3q25-cn.txt
CMDS

# JSON: one valid array, or one valid object a line
json_ok() { sqlite3 :memory: "SELECT json_valid(readfile('$1'))"; }
for cmd in "conflicts" "check" "lexicon list" "info"; do
  read -ra args <<<"$cmd"
  set +e
  "$M" "${args[@]}" --format json > j.json
  "$M" "${args[@]}" --format jsonl > j.jsonl
  set -e
  expect_eq "$cmd --format json is JSON" "$(json_ok j.json)" "1"
  bad=0
  while IFS= read -r line; do
    printf '%s' "$line" > one.json
    [[ $(json_ok one.json) == 1 ]] || bad=$((bad + 1))
  done < j.jsonl
  expect_eq "$cmd --format jsonl lines are JSON" "$bad" "0"
done
expect_eq "lexicon jsonl: one line per entity and metric" "$("$M" lexicon list --format jsonl | wc -l)" \
  "$(($("$M" lexicon list entities | tail -n +2 | wc -l) + $("$M" lexicon list metrics | tail -n +2 | wc -l)))"
"$M" conflicts --format jsonl > c.jsonl || true
expect_grep '"earlier": \[{"entity": "microsoft", "metric": "rpo"' c.jsonl
expect_status 2 "$M" conflicts --format xml

# conflicts exits 1 when it lists something, 0 when it does not
expect_status 1 "$M" conflicts
expect_grep "microsoft rpo level FY2026Q1" last.out
expect_status 0 "$M" conflicts --entity aws
expect_grep "no conflicts" last.out

# display width: a Chinese name takes two columns a character, and the
# next column starts at the same place on every line
"$M" lexicon add-metric orders --unit-kind count --name 订单数量 >/dev/null
"$M" lexicon list metrics > m.txt
col() { grep "$1" m.txt | sed "s/$2.*//" | LC_ALL=C.UTF-8 wc -L; }
expect_eq "columns line up after Chinese" "$(col "^orders " count)" "$(col '^revenue ' currency)"
printf '腾讯季报\n日期：2025-11-01\n\n腾讯 2025 年第三季度门店 300 家，用户约 1.5 亿人，占比 3 个百分点。\nTencent had 5 billion widgets in Q3 2025.\n' > u.txt
"$M" extract --unresolved u.txt | sed -n '/left out/,$p' | tail -n +2 > u.out
expect_grep "亿" u.out
expect_grep "billion" u.out
starts=$(while IFS= read -r l; do
  reason=${l##*  }
  printf '%s\n' "${l%"$reason"}" | LC_ALL=C.UTF-8 wc -L
done < u.out | sort -u | wc -l)
expect_eq "extract --unresolved reasons start on one column" "$starts" "1"

# bash completion, installed by cmake --install
cmake --install "$(dirname "$M")" --prefix "$WORK/inst" >/dev/null
comp="$WORK/inst/share/bash-completion/completions/mtrack"
[[ -f "$comp" ]] || fail "no bash completion installed"
[[ -f "$WORK/inst/share/zsh/vendor-completions/_mtrack" ]] || fail "no zsh completion installed"
[[ -f "$WORK/inst/share/man/man1/mtrack.1" ]] || fail "no man page installed"
checks=$((checks + 3))
PATH="$(dirname "$M"):$PATH"
source "$comp"
COMP_WORDS=(mtrack ser); COMP_CWORD=1; _mtrack
expect_eq "complete a command" "${COMPREPLY[*]}" "series"
COMP_WORDS=(mtrack export --hist); COMP_CWORD=2; _mtrack
expect_eq "complete an option" "${COMPREPLY[*]}" "--history"

# the man page: written from the usage texts, every option of every command
man="$WORK/inst/share/man/man1/mtrack.1"
for c in $("$M" --commands); do
  expect_grep "^\.SS $c\$" "$man"
  for o in $("$M" help "$c" | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
    expect_grep "${o//-/\\\\-}" "$man"
  done
done
expect_grep "^\.SH EXAMPLES" "$man"
expect_grep "^\.SH FILES" "$man"
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww "$man" >/dev/null 2>groff.err
  expect_eq "man page warnings" "$(cat groff.err)" ""
fi
finish
