# The command line: usage, exit codes, the store path rules, init and info.
source "$(dirname "$0")/lib.bash"

expect_status 2 "$M"
expect_grep "usage: mtrack" last.err
expect_status 2 "$M" frobnicate
expect_grep "unknown command 'frobnicate'" last.err
expect_status 2 "$M" --bogus info
expect_status 0 "$M" --help
expect_grep "Commands:" last.out
expect_status 0 "$M" --version
expect_grep "^mtrack " last.out
expect_status 0 "$M" help add
expect_grep "add \[--date" last.out
expect_status 0 "$M" series --help
expect_grep "series ENTITY METRIC" last.out
expect_status 2 "$M" help nothing
expect_status 2 "$M" series microsoft
expect_status 2 "$M" series microsoft rpo --kind sideways
expect_status 2 "$M" extract --format xml "$SRC/samples/2025-10-30-cloud-3q25-cn.txt"
expect_status 2 "$M" add --date 2025-13-40 x.txt
expect_status 2 "$M" add --nonsense x.txt

# runtime failures exit 1 and name the file
expect_status 1 "$M" add missing.txt
expect_grep "missing.txt" last.err
expect_status 1 "$M" series nosuchco rpo
expect_grep "unknown entity 'nosuchco'" last.err

# store path rules: --db, then MTRACK_DB, then XDG_DATA_HOME, then HOME
expect_status 0 "$M" --db "$WORK/a/b/given.db" init
[[ -f "$WORK/a/b/given.db" ]] || fail "--db did not create the store and its folders"
expect_status 0 "$M" info
expect_grep "store:          ${PG:-$WORK/store.db}" last.out
# the latest migration: a file, or the lexicon seed (0009) the build makes
latest=$( (ls "$SRC"/migrations/*.sql; echo 0009_lexicon_seed.sql) | sed 's|.*/||' | sort | tail -1 | cut -c1-4)
expect_grep "schema version: $((10#$latest))" last.out
unset MTRACK_DB
XDG_DATA_HOME="$WORK/xdg" expect_status 0 "$M" init
[[ -f "$WORK/xdg/mtrack/mtrack.db" ]] || fail "XDG_DATA_HOME rule"
HOME="$WORK/home" expect_status 0 "$M" init
[[ -f "$WORK/home/.local/share/mtrack/mtrack.db" ]] || fail "HOME rule"

# a newer store is refused, untouched
sqlite3 "$WORK/a/b/given.db" "PRAGMA user_version = 99"
before=$(sha256sum "$WORK/a/b/given.db")
expect_status 1 "$M" --db "$WORK/a/b/given.db" info
expect_grep "newer than this mtrack" last.err
expect_eq "refused store unchanged" "$(sha256sum "$WORK/a/b/given.db")" "$before"

# a file that is not a store
echo "hello" > notadb.db
expect_status 1 "$M" --db notadb.db info
finish
