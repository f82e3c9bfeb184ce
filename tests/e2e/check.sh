# `conflicts` and `check` on reports that disagree, state a change their
# levels contradict, or slip a scale; and on reports that agree. conflicts
# lists (exit 0 either way); check is a lint (exit 1 when it finds any).
source "$(dirname "$0")/lib.bash"

cat > q4.txt <<'TXT'
Microsoft FY25Q1 note
Published: October 31, 2024

Microsoft commercial RPO was $259 billion at the end of fiscal Q1 2025.
TXT
cat > q1.txt <<'TXT'
微软季度点评
日期：2025-10-30

微软 FY26Q1 未完成订单（RPO）达 3920 亿美元，同比增长 51%。
TXT
cat > round.txt <<'TXT'
Microsoft flash
Published: November 1, 2025

Microsoft commercial RPO was $392 billion at the end of fiscal Q1 2026.
TXT

# agreeing reports, rounding included: nothing to say, exit 0
expect_status 0 "$M" add q4.txt q1.txt round.txt
expect_status 0 "$M" conflicts
expect_grep "no conflicts" last.out
expect_status 0 "$M" check
expect_grep "no contradictions" last.out

# a later report with a slipped scale and the same stated change
cat > slip.txt <<'TXT'
Microsoft backlog
Published: November 3, 2025

Microsoft commercial RPO was $39.2 billion at the end of fiscal Q1 2026, up 51% year over year.
TXT
expect_status 0 "$M" add slip.txt
expect_status 1 "$M" conflicts   # it lists something: exit 1, as check
expect_grep "microsoft rpo level FY2026Q1" last.out
expect_grep "39.20 bn USD" last.out
expect_grep "392.0 bn USD" last.out
expect_status 1 "$M" check
expect_grep "stated +51.0 %, levels imply -84.9 %" last.out

# a level a thousand times off its neighbours
cat > q2.txt <<'TXT'
Microsoft FY26Q2
Published: January 29, 2026

Microsoft commercial RPO was $625 billion at the end of fiscal Q2 2026.
TXT
cat > q3.txt <<'TXT'
Microsoft FY26Q3 typo
Published: April 30, 2026

Microsoft commercial RPO was $700 million at the end of fiscal Q3 2026.
TXT
cat > q4b.txt <<'TXT'
Microsoft FY26Q4
Published: July 30, 2026

Microsoft commercial RPO was $720 billion at the end of fiscal Q4 2026.
TXT
expect_status 0 "$M" add q2.txt q3.txt q4b.txt
expect_status 1 "$M" check --metric rpo
expect_grep "FY2026Q3" last.out
expect_grep "700.0 mn USD" last.out

# retracting the two slips leaves nothing to report
expect_status 0 "$M" retract 4 --why "scale slip"
rid=$("$M" reports --format jsonl | grep '"title": "Microsoft FY26Q3 typo"' | sed 's/.*"id": \([0-9]*\).*/\1/')
expect_status 0 "$M" retract "$rid" --why "scale slip"
expect_status 0 "$M" check
expect_status 0 "$M" conflicts
expect_grep "no conflicts" last.out

finish
