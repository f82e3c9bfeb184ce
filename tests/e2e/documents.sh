# Whole documents through the real binary: the date a dateline gives, the
# company a headline gives, --subject for a text that names none, and the
# warnings a user needs (dated by mtime, numbers but no fact).
source "$(dirname "$0")/lib.bash"

cat > release.txt <<'TXT'
Contoso Widgets Drive Record Quarter

SEATTLE, Wash., Nov. 19, 2025 /Newswire/ -- Microsoft Corp. today announced the following results for the quarter ended September 30, 2025:

·  Revenue was $77.7 billion and increased 18%
·  Operating income was $38.0 billion and increased 24%

Forward-Looking Statements
Revenue may grow 50% in later years as described in our filings.
TXT

# the dateline dates it; the headline's company and the first line's
# quarter frame the bullets; boilerplate yields nothing
expect_status 0 "$M" add release.txt
expect_grep "2025-11-19 (date from text)" last.out
expect_grep "4 facts" last.out
expect_no_grep "modification time" last.err
expect_status 0 "$M" extract --format jsonl release.txt
expect_grep '"entity": "microsoft", "metric": "revenue", "kind": "level", "value": 77700000000' last.out
expect_grep '"entity": "microsoft", "metric": "operating_income", "kind": "yoy", "value": 24' last.out
expect_no_grep '"value": 50,' last.out

# a company's own text that never names it: nothing, and a warning that
# points at --unresolved; with --subject, its facts
printf 'Revenue was $5.0 billion in fiscal Q1 2026, up 10%%.\n' > own.txt
touch -d 2025-10-30 own.txt
expect_status 0 "$M" extract own.txt
expect_grep "states no date; dated 2025-10-30 by its modification time" last.err
expect_grep "0 facts from 2 numbers: see mtrack extract --unresolved own.txt" last.err
expect_status 0 "$M" extract --unresolved own.txt
expect_grep "attach: no entity" last.out
expect_status 0 "$M" extract --subject 微软 --format jsonl own.txt
expect_grep '"entity": "microsoft", "metric": "revenue", "kind": "level", "value": 5000000000' last.out
expect_status 1 "$M" extract --subject nobody own.txt
expect_grep "unknown entity 'nobody'" last.err
expect_status 0 "$M" add --subject microsoft own.txt
expect_grep "2 facts" last.out

# a date line of its own, a range of days in a title is no date
cat > weekly.txt <<'TXT'
电子行业周报（2025.11.17-2025.11.21）
证券研究报告                    2025 年 11 月 24 日

一、英伟达：数据中心收入增长
英伟达 FY2026Q3 营收 570.1 亿美元，同比增长 62%。
TXT
expect_status 0 "$M" add weekly.txt
expect_grep "2025-11-24 (date from text)" last.out

# whose estimate: the company's outlook, the analysts' consensus, the
# report's own; each its own fact, each asked for apart
cat > outlook.txt <<'TXT'
Nvidia outlook note
Published: 2025-11-20

Nvidia expects fourth-quarter fiscal 2026 revenue of $65.0 billion, above the consensus of $62.0 billion.
We estimate fourth-quarter fiscal 2026 revenue of $66.5 billion for Nvidia.
TXT
expect_status 0 "$M" add outlook.txt
expect_status 0 "$M" series nvidia revenue --basis guidance --format csv
expect_grep ",65000000000," last.out
expect_no_grep ",62000000000," last.out
expect_status 0 "$M" series nvidia revenue --basis consensus --format csv
expect_grep ",62000000000," last.out
expect_status 0 "$M" series nvidia revenue --basis estimate --format csv
expect_grep ",66500000000," last.out
expect_status 2 "$M" series nvidia revenue --basis rumour
expect_status 0 "$M" export --history
expect_grep "guidance" last.out
expect_grep "consensus" last.out
finish
