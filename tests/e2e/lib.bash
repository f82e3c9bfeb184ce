# Sourced by the end-to-end tests: bash TEST.sh MTRACK SOURCE_DIR BUILD_DIR
set -euo pipefail
M=$1
SRC=$2
WORK=$(mktemp -d "$3/e2e.XXXXXX")
trap '[[ ${KEEP:-} ]] || rm -rf "$WORK"' EXIT
export MTRACK_DB="$WORK/store.db"
unset XDG_DATA_HOME
cd "$WORK"
failures=0
checks=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# expect_eq WHAT GOT WANT
expect_eq() {
  checks=$((checks + 1))
  if [[ "$2" != "$3" ]]; then
    fail "$1: got '$2', want '$3'"
  fi
}

# expect_status WANT COMMAND...: runs it, compares the exit status
expect_status() {
  local want=$1
  shift
  checks=$((checks + 1))
  set +e
  "$@" >"$WORK/last.out" 2>"$WORK/last.err"
  local got=$?
  set -e
  if [[ $got -ne $want ]]; then
    fail "'$*' exited $got, want $want; stderr: $(head -c 400 "$WORK/last.err")"
  fi
}

# expect_grep PATTERN FILE
expect_grep() {
  checks=$((checks + 1))
  if ! grep -q -- "$1" "$2"; then
    fail "'$1' not in $2: $(head -c 400 "$2")"
  fi
}

expect_no_grep() {
  checks=$((checks + 1))
  if grep -q -- "$1" "$2"; then
    fail "'$1' unexpectedly in $2"
  fi
}

finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [[ $failures -eq 0 ]]
}
