# A history you can correct and replay, as the issue tells it: a report
# with a wrong date re-dated; a report retracted, and --known-at before and
# after it; a lexicon alias, reextract --dry-run then reextract, history
# with both extractors; one fact rejected; the log of every step; and the
# same questions asked again, after more changes, answered byte for byte
# the same.
source "$(dirname "$0")/lib.bash"

# the moment of event N of the log, to the second (it means that second's end)
moment() { "$M" log --format jsonl | sed -n "${1}p" | grep -o '"at": "[^"]*"' | cut -c8-26 | sed 's/$/Z/'; }
ends() { "$M" series alphabet revenue --format csv "$@" | tail -n +2 | cut -d, -f8 | tr '\n' ' '; }
value() { "$M" series alphabet revenue --format csv "$@" | awk -F, '$8=="2025-09-30" {print $9}'; }

# A: no date in its text, so the file's modification time dates it, wrongly
printf 'Alphabet quarterly note\n\nAlphabet revenue was $102.3 billion in Q3.\n' > a.txt
touch -d 2024-11-20 a.txt
expect_status 0 "$M" add a.txt
expect_grep "2024-11-20 (date from mtime)" last.out
expect_eq "the wrong quarter" "$(ends)" "2024-09-30 "
sleep 1
expect_status 0 "$M" redate 1 2025-10-30 --why "dated by the file, not the report"
expect_grep "re-dated from 2024-11-20 to 2025-10-30" last.out
expect_eq "the right quarter" "$(ends)" "2025-09-30 "
expect_status 0 "$M" reports --format jsonl
expect_grep '"date": "2025-10-30", "date_source": "redate"' last.out
# the same bytes again: which report holds them, and what to do instead
expect_status 0 "$M" add a.txt
expect_grep "already added as report 1" last.out
expect_grep "mtrack redate 1" last.out

# B: a later report of the same fact, then retracted
printf 'Alphabet note B\nPublished: 2025-11-05\n\nAlphabet revenue was $102.5 billion in Q3 2025.\n' > b.txt
expect_status 0 "$M" add b.txt
expect_eq "B current" "$(value)" "102500000000"
sleep 1
expect_status 0 "$M" retract 2 --why "wrong company"
expect_eq "A current again" "$(value)" "102300000000"
# (a second's margin before asking of the last moment: a machine whose clock
# is stepped back now and then would find it later than now)
sleep 1
t_add_a=$(moment 1)
t_redate=$(moment 2)
t_before_retract=$(moment 3)
t_retract=$(moment 4)
expect_eq "known at B's add, before the retraction" "$(value --known-at "$t_before_retract")" "102500000000"
expect_eq "known at the retraction" "$(value --known-at "$t_retract")" "102300000000"
expect_eq "known at A's add: the quarter before the redate" "$(ends --known-at "$t_add_a")" "2024-09-30 "
expect_eq "known at the redate" "$(ends --known-at "$t_redate")" "2025-09-30 "
expect_eq "an offset names the same moment" \
  "$(value --known-at "$(date -u -d "${t_before_retract%Z} UTC" +%Y-%m-%dT%H:%M:%S)+00:00")" "102500000000"
expect_eq "both clocks: dated by 2025-11-01, known before the retraction" \
  "$(value --as-of 2025-11-01 --known-at "$t_before_retract")" "102300000000"
expect_status 0 "$M" plot alphabet:revenue --known-at "$t_before_retract" --script
expect_grep "as known at ${t_before_retract%Z}.999Z" last.out
expect_grep "^0.0000 102.5$" last.out
expect_status 0 "$M" plot alphabet:revenue --known-at "$t_retract" --script
expect_grep "^0.0000 102.3$" last.out
expect_status 0 "$M" add b.txt
expect_grep "already added as report 2, which is retracted" last.out
expect_grep "mtrack restore 2" last.out
expect_status 0 "$M" add --date 2025-11-06 b.txt
expect_grep "'mtrack redate 2 2025-11-06' gives it that date" last.out
expect_status 2 "$M" series alphabet revenue --known-at 2999-01-01
expect_grep "later than now" last.err
expect_status 2 "$M" series alphabet revenue --known-at yesterday

# C: a name the lexicon does not know yet
printf 'Meta note\nPublished: 2025-10-31\n\nMeta revenue was $51.2 billion in Q3 2025.\n\nThe Zenith Works group had operating income of $25.0 billion in Q3 2025.\n' > c.txt
expect_status 0 "$M" add c.txt
expect_status 0 "$M" series meta operating_income
expect_grep "(no values)" last.out
sleep 1
expect_status 0 "$M" lexicon alias meta "Zenith Works group"
expect_grep "1 stored report mentions it" last.out
expect_status 0 "$M" reextract --all --dry-run
expect_grep "report 3: 1 new, 0 changed, 0 gone" last.out
expect_grep "+ meta operating_income level FY2025Q3 25.00 bn USD" last.out
expect_grep "dry run: nothing stored" last.out
expect_status 0 "$M" series meta operating_income
expect_grep "(no values)" last.out
expect_status 0 "$M" reextract --all --why "Zenith Works group"
expect_grep "report 3: 1 new" last.out
expect_no_grep "report 1:" last.out
expect_eq "the new fact" "$("$M" series meta operating_income --format csv | tail -1 | cut -d, -f9)" "25000000000"
"$M" history meta revenue 2025Q3 --format jsonl > hist.jsonl
expect_eq "both versions in history" "$(wc -l < hist.jsonl | tr -d ' ')" "2"
expect_eq "two extractors" "$(grep -o '"extractor": "[^"]*"' hist.jsonl | sort -u | wc -l | tr -d ' ')" "2"
expect_grep '"current": false.*"superseded": true' hist.jsonl
expect_grep '"current": true.*"superseded": false' hist.jsonl

# one wrong fact rejected: gone from series and export, not from the past
obs=$("$M" report 3 --format jsonl | grep '"metric": "operating_income"' | grep -o '"obs_id": [0-9]*' | cut -d' ' -f2)
expect_eq "an observation id" "$(echo "$obs" | grep -c '^[0-9][0-9]*$')" "1"
sleep 1
expect_status 0 "$M" reject "$obs" --why "segment figure, not Meta's"
expect_grep "rejected observation $obs: meta operating_income" last.out
expect_status 0 "$M" series meta operating_income
expect_grep "(no values)" last.out
expect_status 0 "$M" export
expect_no_grep "operating_income" last.out
expect_grep "^meta,revenue" last.out
t_reextract=$(moment 7)
expect_status 0 "$M" export --known-at "$t_reextract"
expect_grep "^meta,operating_income,.*,25000000000," last.out
expect_status 0 "$M" report 3
expect_grep "REJECTED" last.out
expect_status 1 "$M" reject "$obs"
expect_status 1 "$M" reject 999

# the log lists every step, with who and why
expect_eq "the steps" "$("$M" log --format jsonl | grep -o '"action": "[a-z]*"' | cut -d'"' -f4 | tr '\n' ' ')" \
  "add redate add retract add lexicon reextract reject "
expect_status 0 "$M" log
expect_grep "re-dated report 1 from 2024-11-20 to 2025-10-30" last.out
expect_grep "why: wrong company" last.out
expect_grep "rejected observation $obs" last.out
expect_status 0 "$M" log --report 2
expect_eq "report 2's steps" "$(wc -l < last.out | tr -d ' ')" "3"

# the same questions, asked now and after more changes, answered the same
ask() {
  for t in "$t_add_a" "$t_redate" "$t_before_retract" "$t_retract" "$t_reextract"; do
    "$M" series alphabet revenue --known-at "$t"
    "$M" series meta operating_income --known-at "$t" --format jsonl
    "$M" history alphabet revenue 2025Q3 --known-at "$t" --format jsonl
    "$M" export --known-at "$t" --history
  done
  "$M" series alphabet revenue --as-of 2025-11-01 --known-at "$t_reextract" --format csv
}
ask > answers1.txt
ask > answers2.txt
expect_eq "asked twice" "$(cmp answers1.txt answers2.txt && echo same)" "same"
sleep 1
expect_status 0 "$M" restore 2
expect_status 0 "$M" accept "$obs"
expect_status 0 "$M" redate 3 2025-11-02
printf 'Alphabet note D\nPublished: 2025-10-01\n\nAlphabet revenue was $99.9 billion in Q3 2025.\n' > d.txt
expect_status 0 "$M" add d.txt
expect_status 0 "$M" lexicon alias meta "Meta Platforms Inc"
expect_status 0 "$M" reextract --all
expect_eq "what we know now changed" "$(value)" "102500000000"
ask > answers3.txt
expect_eq "asked again after more changes" "$(cmp answers1.txt answers3.txt && echo same)" "same"
finish
