# lexicon suggest: on a folder of reports it names the companies the
# lexicon does not know, with counts and an example; once one is added it
# is no longer suggested; --store reads the stored reports' files.
source "$(dirname "$0")/lib.bash"

mkdir notes
cat > notes/ev.txt <<'TXT'
新能源车周报
日期：2025-11-20

星河汽车 2025 年第三季度营收 120 亿元，同比增长 20%。
据报道，星河汽车第三季度净利润为 5 亿元。
比亚迪 2025 年第三季度营收 1950 亿元。
蓝鲸科技前三季度营收 36.5 亿元，同比增长 45%。
TXT
cat > notes/robots.txt <<'TXT'
Robotics roundup
Published: November 20, 2025

Contoso Robotics revenue was $3.1 billion in Q3 2025, up 12% year over year.
NVIDIA revenue was $57.0 billion in fiscal Q3 2026.
The company's gross margin was 41%.
TXT
cat > notes/hk.txt <<'TXT'
港股速遞
日期：2025-11-20

星河汽車2025年第三季營業額為121億元。
TXT

expect_status 0 "$M" lexicon suggest notes
expect_grep "星河汽车 *3 " last.out
expect_grep "蓝鲸科技 *1 " last.out
expect_grep "Contoso Robotics *1 " last.out
expect_grep "星河汽车 2025 年第三季度营收 120 亿元，同比增长 20%。" last.out
expect_grep "add-entity contoso-robotics --name 'Contoso Robotics'" last.out
expect_grep "add-entity ID --name NAME --name-zh '星河汽车'" last.out
# the companies it knows are not suggested
expect_no_grep "比亚迪" last.out
expect_no_grep "NVIDIA" last.out
expect_no_grep "company" last.out

# added, a name is known
"$M" init >/dev/null
expect_status 0 "$M" lexicon add-entity xinghe --name "Xinghe Auto" --name-zh 星河汽车 --fy-end 12-31
expect_status 0 "$M" lexicon suggest notes
expect_no_grep "星河汽车" last.out
expect_grep "蓝鲸科技" last.out

# --store: the stored reports' files
expect_status 0 "$M" add notes/robots.txt notes/ev.txt
expect_status 0 "$M" lexicon suggest --store
expect_grep "Contoso Robotics" last.out
expect_grep "蓝鲸科技" last.out
expect_no_grep "星河汽车" last.out

# bad use and unreadable files
expect_status 2 "$M" lexicon suggest
expect_status 1 "$M" lexicon suggest notes/missing.txt
expect_grep "missing.txt" last.err
finish
