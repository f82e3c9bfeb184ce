# Lexicon management with the real binary: listing aliases, refusing
# aliases that would match inside other words, atomic add-entity, unalias,
# remove, export read back by import in another store; and read-only
# commands on a store that does not exist.
source "$(dirname "$0")/lib.bash"

cat > cloud.txt <<'TXT'
微软季度点评
日期：2025-10-30

三季度云业务收入达 300 亿美元。康托索 FY2025Q3 营收 50 亿美元。
TXT
expect_status 0 "$M" add cloud.txt

# a one-character alias, a two-letter one, a common word: refused
expect_status 1 "$M" lexicon alias microsoft 云
expect_grep "'云' refused" last.err
expect_grep "force" last.err
expect_status 1 "$M" lexicon alias microsoft AI
expect_status 1 "$M" lexicon alias microsoft 数据
expect_status 0 "$M" lexicon list aliases microsoft
expect_no_grep "^云 " last.out
expect_grep "^MSFT " last.out

# ids: lowercase letters, digits, hyphens
expect_status 1 "$M" lexicon add-entity Contoso --name Contoso
expect_grep "bad entity id 'Contoso'" last.err
# add-entity is all or nothing: its refused Chinese name leaves no entity
expect_status 1 "$M" lexicon add-entity contoso --name Contoso --name-zh 云
expect_status 1 "$M" lexicon list aliases contoso
expect_grep "no entity or metric 'contoso'" last.err
expect_status 0 "$M" lexicon add-entity contoso --name Contoso --name-zh 康托索 --fy-end 06-30
expect_grep "1 stored report mentions it" last.out
expect_grep "reextract 1" last.out
expect_status 0 "$M" lexicon list aliases 康托索
expect_grep "^康托索 .*entity  contoso" last.out
# several aliases at once: one refused, none added
expect_status 1 "$M" lexicon alias contoso "Contoso Ltd" CT
expect_status 0 "$M" lexicon list aliases contoso
expect_no_grep "Contoso Ltd" last.out
expect_status 0 "$M" lexicon alias contoso "Contoso Ltd"
expect_status 0 "$M" lexicon unalias "Contoso Ltd"
expect_status 1 "$M" lexicon unalias "Contoso Ltd"
expect_status 0 "$M" lexicon alias --force microsoft AI
expect_status 0 "$M" lexicon unalias AI microsoft

# export, read back into another store; rows already there are skipped
"$M" lexicon export > lexicon.csv
expect_eq "export header" "$(head -1 lexicon.csv | tr -d '\r')" "type,id,name,name_zh,parent,fy,unit_kind,kind,stock,sign"
expect_grep "^entity,contoso,Contoso,康托索,,06-30,,company" lexicon.csv
expect_grep "^entity,azure,Azure,,microsoft,,,segment" lexicon.csv
expect_grep "^alias,net_income,净亏损,,,,,metric,,-1" lexicon.csv
other="$WORK/other.db"
expect_status 0 "$M" --db "$other" init
expect_status 0 "$M" --db "$other" lexicon import lexicon.csv
expect_grep "already there" last.out
expect_status 0 "$M" --db "$other" lexicon export
expect_eq "the same lexicon in both stores" "$(tr -d '\r' < last.out | sort | md5sum)" \
  "$(tr -d '\r' < lexicon.csv | sort | md5sum)"
expect_status 0 "$M" --db "$other" lexicon import lexicon.csv
expect_grep "0 rows added" last.out

# remove: a parent cannot go; an entity with stored facts needs --force
expect_status 1 "$M" lexicon remove microsoft
expect_grep "parent" last.err
expect_status 0 "$M" reextract 1
expect_status 1 "$M" lexicon remove contoso
expect_grep "force" last.err
before=$("$M" series contoso revenue --format csv)
expect_eq "contoso's fact" "$(echo "$before" | tail -1 | cut -d, -f1,9)" "contoso,5000000000"
expect_status 0 "$M" lexicon remove contoso --force
expect_status 1 "$M" lexicon list aliases contoso
# the facts stored under it are still asked for by its id
expect_eq "the same answer without the entity" "$("$M" series contoso revenue --format csv)" "$before"
expect_status 1 "$M" series nobody revenue
expect_grep "unknown entity 'nobody'" last.err
expect_status 0 "$M" log
expect_grep "lexicon: added entity contoso" last.out
expect_grep "lexicon: removed entity contoso" last.out
expect_grep "lexicon: removed alias 'AI' of entity microsoft" last.out

# read-only commands on a store that does not exist: a clear message,
# nothing created
missing="$WORK/typo/nope.db"
for cmd in "series microsoft rpo" "history microsoft rpo FY2026Q1" "reports" "report 1" "export" "log" \
           "lexicon list" "info" "conflicts" "reextract --all"; do
  # shellcheck disable=SC2086
  expect_status 1 "$M" --db "$missing" $cmd
  expect_grep "no store at '$missing'" last.err
done
expect_eq "nothing created" "$(ls "$WORK/typo" 2>/dev/null | wc -l)" "0"
expect_status 1 "$M" --db "$missing" extract cloud.txt
expect_status 0 "$M" --db "$missing" add cloud.txt
expect_status 0 "$M" --db "$missing" series microsoft rpo
finish
