# Hong Kong and Taiwan reports: a results announcement and a news page in
# Traditional script give the facts their Simplified versions give, and
# each fact's sentence is the original's, at the original's offsets.
source "$(dirname "$0")/lib.bash"

cat > hk-trad.txt <<'TXT'
騰訊控股有限公司 截至二零二五年九月三十日止三個月業績公佈
日期：2025-11-13

騰訊2025年第三季營業額為1929億元，按年增長15%，按季增長5%。
騰訊2025年第三季毛利率為56%。
騰訊2025年第三季經調整經營利潤為724億元，按年增長18%。
TXT
cat > hk-simp.txt <<'TXT'
腾讯控股有限公司 截至二零二五年九月三十日止三个月业绩公布
日期：2025-11-13

腾讯2025年第三季营业额为1929亿元，按年增长15%，按季增长5%。
腾讯2025年第三季毛利率为56%。
腾讯2025年第三季经调整经营利润为724亿元，按年增长18%。
TXT
# Hong Kong wording: 純利, 股東應佔溢利, 經調整, 財年, 港幣
cat > hk2-trad.txt <<'TXT'
小米集團公佈2025年第三季業績
日期：2025-11-18

小米集團2025年第三季總收入為1131億元，按年增長22.3%。
小米集團2025年第三季經調整淨利潤為113億元，按年增長80.9%。
小米集團2025年第三季股東應佔溢利為123億元。
聯想集團2026財年第二季營業額為港幣1,462億元，按年增長15%。
美團2025年第三季純利為虧損186億元。
TXT
cat > hk2-simp.txt <<'TXT'
小米集团公布2025年第三季业绩
日期：2025-11-18

小米集团2025年第三季总收入为1131亿元，按年增长22.3%。
小米集团2025年第三季经调整净利润为113亿元，按年增长80.9%。
小米集团2025年第三季股东应占溢利为123亿元。
联想集团2026财年第二季营业额为港币1,462亿元，按年增长15%。
美团2025年第三季纯利为亏损186亿元。
TXT
cat > tw-trad.html <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>台積電第三季財報</title></head>
<body>
<nav>首頁 | 財經 | 科技</nav>
<article>
<h1>台積電第三季財報 獲利創新高</h1>
<p>發布時間：2025-10-16</p>
<p>台積電今日公布2025年第三季財報，營收為新台幣9899億元，年增30.3%，季增6%。</p>
<p>台積電2025年第三季毛利率為59.5%。</p>
</article>
<footer>版權所有 © 2025 範例新聞</footer>
</body></html>
HTML
cat > tw-simp.html <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>台积电第三季财报</title></head>
<body>
<nav>首页 | 财经 | 科技</nav>
<article>
<h1>台积电第三季财报 获利创新高</h1>
<p>发布时间：2025-10-16</p>
<p>台积电今日公布2025年第三季财报，营收为新台币9899亿元，年增30.3%，季增6%。</p>
<p>台积电2025年第三季毛利率为59.5%。</p>
</article>
<footer>版权所有 © 2025 范例新闻</footer>
</body></html>
HTML

# the facts without their sentences and offsets
facts() { "$M" extract --format jsonl "$@" | sed 's/, "text".*//' | sort; }
facts hk-simp.txt > hk-want.txt
facts tw-simp.html > tw-want.txt
expect_eq "the Simplified announcement's facts" "$(wc -l < hk-want.txt | tr -d ' ')" "6"
expect_eq "the Simplified news page's facts" "$(wc -l < tw-want.txt | tr -d ' ')" "4"
expect_eq "HK announcement in Traditional" "$(facts hk-trad.txt)" "$(cat hk-want.txt)"
facts hk2-simp.txt > hk2-want.txt
expect_eq "the second announcement's facts" "$(wc -l < hk2-want.txt | tr -d ' ')" "8"
expect_eq "HK wording in Traditional" "$(facts hk2-trad.txt)" "$(cat hk2-want.txt)"
expect_grep '"entity": "xiaomi", "metric": "adjusted_net_income", "kind": "level", "value": 11300000000' hk2-want.txt
expect_grep '"entity": "xiaomi", "metric": "net_income", "kind": "level", "value": 12300000000' hk2-want.txt
expect_grep '"entity": "lenovo", "metric": "revenue", "kind": "level", "value": 146200000000, "unit": "HKD"' hk2-want.txt
expect_grep '"entity": "meituan", "metric": "net_income", "kind": "level", "value": -18600000000' hk2-want.txt
expect_eq "Taiwan news page in Traditional" "$(facts tw-trad.html)" "$(cat tw-want.txt)"
expect_grep '"unit": "TWD"' tw-want.txt
expect_grep '"kind": "qoq"' hk-want.txt

# sentences are quoted from the original, and its bytes are at their offsets
"$M" extract --format csv hk-trad.txt | tail -n +2 | tr -d '\r' > hk.csv
while IFS= read -r line; do
  start=$(echo "$line" | awk -F, '{print $(NF-1)}')
  end=$(echo "$line" | awk -F, '{print $NF}')
  text=$(echo "$line" | awk -F, '{print $(NF-2)}')
  expect_eq "bytes $start-$end" "$(tail -c +$((start + 1)) hk-trad.txt | head -c $((end - start)))" "$text"
done < hk.csv
expect_grep "騰訊2025年第三季營業額" hk.csv

# the store keeps the Traditional sentence
expect_status 0 "$M" add hk-trad.txt
expect_status 0 "$M" series tencent revenue
expect_grep "192.9 bn CNY" last.out
finish
