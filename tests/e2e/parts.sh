# The default lexicon knows the largest companies' reported segments: a
# figure for a segment comes out as that segment, never as its parent,
# in its parent's fiscal calendar; and the new metrics are read.
source "$(dirname "$0")/lib.bash"

cat > parts.txt <<'TXT'
Segment notes
Published: November 25, 2025

Alphabet Q3 2025: Google Services revenue was $87.1 billion, up 14% year over year.
Microsoft FY26 Q1: Intelligent Cloud revenue was $30.9 billion, up 28%.
Microsoft FY26 Q1: Productivity and Business Processes revenue was $33.0 billion.
Microsoft FY26 Q1: More Personal Computing revenue was $13.8 billion.
Amazon Q3 2025: North America segment sales were $106.3 billion, up 11%.
Amazon Q3 2025: Amazon International segment sales were $40.9 billion.
Oracle FY26 Q1: Oracle Cloud Infrastructure revenue was $3.3 billion, up 55%.
腾讯 2025 年第三季度增值服务收入 959 亿元，同比增长 16%。
腾讯 2025 年第三季度营销服务收入 362 亿元。
腾讯 2025 年第三季度金融科技及企业服务收入 582 亿元。
阿里巴巴 2026 财年第二季度云智能集团收入 398 亿元，同比增长 34%。
百度 2025 年第三季度百度核心收入 247 亿元。
百度 2025 年第三季度百度智能云收入 42 亿元。
阿里巴巴 2026 财年第二季度经调整 EBITA 为 91 亿元。
拼多多 2025 年第三季度摊薄每股收益为 15.14 元。
网易 2025 年第三季度毛利润为 182 亿元。
Netflix Q3 2025 paid memberships reached 300 million.
TXT
"$M" extract --format csv parts.txt | cut -d, -f1-5,12 > got.csv
for want in \
  "google-services,revenue,level,87100000000,USD,2025-09-30" \
  "microsoft-intelligent-cloud,revenue,level,30900000000,USD,2025-09-30" \
  "microsoft-productivity,revenue,level,33000000000,USD,2025-09-30" \
  "microsoft-personal-computing,revenue,level,13800000000,USD,2025-09-30" \
  "amazon-north-america,revenue,level,106300000000,USD,2025-09-30" \
  "amazon-international,revenue,level,40900000000,USD,2025-09-30" \
  "oci,revenue,level,3300000000,USD,2025-08-31" \
  "tencent-vas,revenue,level,95900000000,CNY,2025-09-30" \
  "tencent-marketing,revenue,level,36200000000,CNY,2025-09-30" \
  "tencent-fintech,revenue,level,58200000000,CNY,2025-09-30" \
  "alibaba-cloud,revenue,level,39800000000,CNY,2025-09-30" \
  "baidu-core,revenue,level,24700000000,CNY,2025-09-30" \
  "baidu-ai-cloud,revenue,level,4200000000,CNY,2025-09-30" \
  "alibaba,adjusted_ebita,level,9100000000,CNY,2025-09-30" \
  "pdd,eps,level,15.14,CNY,2025-09-30" \
  "netease,gross_profit,level,18200000000,CNY,2025-09-30" \
  "netflix,paying_users,level,300000000,count,2025-09-30"; do
  expect_grep "^$want\$" got.csv
done
# no parent takes a part's figure
expect_no_grep "^microsoft,revenue" got.csv
expect_no_grep "^tencent,revenue" got.csv
expect_no_grep "^oracle,revenue" got.csv
expect_no_grep "^amazon,revenue" got.csv
finish
