/*
 * The quantity lexer (see numlex.h). Word lists are tables. The patterns
 * that find numbers and non-quantities (dates, codes, names) are PCRE2
 * alternations built from those tables once, in numlex_new(), and run only
 * in a window around each digit, where they can match: a pattern tried at
 * every byte of a Chinese text would cost more than everything else. Cue
 * words and number words (翻倍, doubled) are literal and come from one
 * pass of a byte trie; Chinese numerals (百分之二十三点七, 三成, 两倍) from a
 * pattern run around their marker characters.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "numlex.h"
#include "rx.h"
#include "wordtrie.h"
#include "banned.h"

struct word {
	const char *text;
	double factor;
};

/* Scale words. Latin ones only count at a word end (3.5m, not 3.5mn...). */
static const struct word scales[] = {
	{ "万亿", 1e12 }, { "千亿", 1e11 }, { "百亿", 1e10 }, { "十亿", 1e9 },
	{ "千万", 1e7 }, { "百万", 1e6 }, { "亿", 1e8 }, { "万", 1e4 }, { "千", 1e3 },
	{ "兆", 1e12 }, /* Taiwan's trillion: 2.8 兆元 */
	{ "quadrillion", 1e15 }, { "trillion", 1e12 }, { "tn", 1e12 }, { "T", 1e12 },
	{ "billion", 1e9 }, { "bn", 1e9 }, { "b", 1e9 }, { "B", 1e9 },
	{ "million", 1e6 }, { "mn", 1e6 }, { "mm", 1e6 }, { "m", 1e6 }, { "M", 1e6 },
	/* (a wire's "$1.21 bln", "$(130.8) mln") */
	{ "bln", 1e9 }, { "Bln", 1e9 }, { "mln", 1e6 }, { "Mln", 1e6 }, { "trln", 1e12 },
	{ "thousand", 1e3 }, { "k", 1e3 }, { "K", 1e3 },
	/* headlines and bullets in title case: "Revenue of $10.26 Billion" */
	{ "Quadrillion", 1e15 }, { "Trillion", 1e12 }, { "Billion", 1e9 }, { "Million", 1e6 }, { "Thousand", 1e3 },
	{ "TRILLION", 1e12 }, { "BILLION", 1e9 }, { "MILLION", 1e6 }, { "Bn", 1e9 }, { "BN", 1e9 }, { "Mn", 1e6 },
};

struct currency {
	const char *text;
	const char *code;
	int prefix; /* may stand before the number */
};

/* Currency words that count hundredths: 76 cents is $0.76. */
static const char *const hundredth_words[] = { "cents", "cent", "美分" };

static const struct currency currencies[] = {
	{ "美元", "USD", 0 }, { "美金", "USD", 0 }, { "元人民币", "CNY", 0 }, { "人民币", "CNY", 1 },
	{ "港元", "HKD", 1 }, { "港币", "HKD", 1 }, { "欧元", "EUR", 0 }, { "日元", "JPY", 0 },
	{ "英镑", "GBP", 0 }, { "新台币", "TWD", 1 }, { "台币", "TWD", 1 }, { "韩元", "KRW", 0 },
	{ "元新台币", "TWD", 0 }, { "元台币", "TWD", 0 }, { "元港币", "HKD", 0 }, { "元港元", "HKD", 0 },
	{ "日圆", "JPY", 0 }, { "円", "JPY", 0 }, { "韩圆", "KRW", 0 }, { "韩圜", "KRW", 0 },
	{ "元", "CNY", 0 }, { "NT$", "TWD", 1 }, { "TWD", "TWD", 1 }, { "NTD", "TWD", 1 }, { "KRW", "KRW", 1 },
	{ "US$", "USD", 1 }, { "HK$", "HKD", 1 }, { "$", "USD", 1 }, { "€", "EUR", 1 },
	/* a Singapore, Australian or Canadian paper's own dollars, said beside
	 * the company's: "US$49.4 billion (S$68.1 billion)" */
	{ "S$", "SGD", 1 }, { "A$", "AUD", 1 }, { "C$", "CAD", 1 }, { "SGD", "SGD", 1 }, { "AUD", "AUD", 1 },
	{ "CAD", "CAD", 1 }, { "新加坡元", "SGD", 0 }, { "新元", "SGD", 0 }, { "澳元", "AUD", 0 }, { "加元", "CAD", 0 },
	/* $US94.04 billion: Australia's papers write the US dollar so */
	{ "$US", "USD", 1 },
	{ "£", "GBP", 1 }, { "¥", "CNY", 1 },
	{ "USD", "USD", 1 }, { "RMB", "CNY", 1 }, { "Rmb", "CNY", 1 }, { "CNY", "CNY", 1 }, { "HKD", "HKD", 1 },
	{ "EUR", "EUR", 1 }, { "JPY", "JPY", 1 }, { "GBP", "GBP", 1 },
	{ "dollars", "USD", 0 }, { "yuan", "CNY", 0 }, { "renminbi", "CNY", 0 }, { "euros", "EUR", 0 },
	{ "Chinese yuan", "CNY", 0 }, { "Chinese renminbi", "CNY", 0 }, { "US dollars", "USD", 0 },
	{ "U.S. dollars", "USD", 0 },
	{ "euro", "EUR", 0 }, { "yen", "JPY", 0 }, { "won", "KRW", 0 }, { "NT dollars", "TWD", 0 },
	/* "earned 76 cents a share", 每股收益 76 美分 */
	{ "cents", "USD", 0 }, { "cent", "USD", 0 }, { "美分", "USD", 0 },
};

enum unit_class { U_PERCENT, U_PP, U_BP, U_MULTIPLE, U_COUNT };

struct unit {
	const char *text;
	enum unit_class cls;
};

static const struct unit units[] = {
	{ "%", U_PERCENT }, { "percent", U_PERCENT }, { "per cent", U_PERCENT }, { "pcts", U_PERCENT },
	{ "pct", U_PERCENT },
	{ "个百分点", U_PP }, { "百分点", U_PP }, { "percentage points", U_PP },
	{ "percentage point", U_PP }, { "ppts", U_PP }, { "ppt", U_PP }, { "pp", U_PP }, { "pts", U_PP },
	{ "个基点", U_BP }, { "基点", U_BP }, { "basis points", U_BP }, { "basis point", U_BP },
	{ "bps", U_BP }, { "bp", U_BP },
	{ "倍", U_MULTIPLE }, { "x", U_MULTIPLE }, { "X", U_MULTIPLE }, { "times", U_MULTIPLE },
	{ "-fold", U_MULTIPLE },
	{ "家", U_COUNT }, { "个", U_COUNT }, { "名", U_COUNT }, { "户", U_COUNT }, { "台", U_COUNT },
	{ "人", U_COUNT },
	/* things made and sold: 40397 辆, 5860 万部, 10 万片 (wafers), vehicles */
	{ "辆", U_COUNT }, { "部", U_COUNT }, { "片", U_COUNT }, { "颗", U_COUNT }, { "套", U_COUNT },
	{ "vehicles", U_COUNT }, { "units", U_COUNT },
};

struct qualword {
	const char *text;
	enum numlex_qualifier q;
};

/* Words that stand just before a number (after them may come a currency). */
static const struct qualword pre_quals[] = {
	{ "大约", QUAL_APPROX }, { "约为", QUAL_APPROX }, { "约", QUAL_APPROX }, { "接近", QUAL_APPROX },
	{ "近", QUAL_APPROX }, { "将近", QUAL_APPROX }, { "大概", QUAL_APPROX },
	{ "about", QUAL_APPROX }, { "approximately", QUAL_APPROX }, { "approx.", QUAL_APPROX },
	{ "around", QUAL_APPROX }, { "nearly", QUAL_APPROX }, { "roughly", QUAL_APPROX },
	{ "almost", QUAL_APPROX }, { "some", QUAL_APPROX }, { "~", QUAL_APPROX }, { "near", QUAL_APPROX },
	{ "close to", QUAL_APPROX },
	{ "超过", QUAL_AT_LEAST }, { "超", QUAL_AT_LEAST }, { "逾", QUAL_AT_LEAST }, { "突破", QUAL_AT_LEAST },
	{ "不低于", QUAL_AT_LEAST }, { "至少", QUAL_AT_LEAST }, { "more than", QUAL_AT_LEAST },
	{ "over", QUAL_AT_LEAST }, { "above", QUAL_AT_LEAST }, { "at least", QUAL_AT_LEAST },
	{ "exceeding", QUAL_AT_LEAST }, { "in excess of", QUAL_AT_LEAST }, { "surpassed", QUAL_AT_LEAST },
	{ "exceed", QUAL_AT_LEAST }, { "exceeded", QUAL_AT_LEAST }, { "topped", QUAL_AT_LEAST },
	{ "crossed", QUAL_AT_LEAST }, { "passed", QUAL_AT_LEAST }, { "surpassing", QUAL_AT_LEAST },
	{ "topping", QUAL_AT_LEAST }, { "crossing", QUAL_AT_LEAST },
	{ "不到", QUAL_AT_MOST }, { "不足", QUAL_AT_MOST }, { "不超过", QUAL_AT_MOST }, { "低于", QUAL_AT_MOST },
	{ "less than", QUAL_AT_MOST }, { "under", QUAL_AT_MOST }, { "up to", QUAL_AT_MOST },
	{ "at most", QUAL_AT_MOST }, { "below", QUAL_AT_MOST }, { "no more than", QUAL_AT_MOST },
};

static const struct qualword post_quals[] = {
	{ "左右", QUAL_APPROX }, { "上下", QUAL_APPROX }, { "以上", QUAL_AT_LEAST }, { "之多", QUAL_EXACT },
	{ "or more", QUAL_AT_LEAST }, { "plus", QUAL_AT_LEAST }, { "+", QUAL_AT_LEAST },
	{ "以下", QUAL_AT_MOST }, { "以内", QUAL_AT_MOST }, { "or less", QUAL_AT_MOST },
	{ "or higher", QUAL_AT_LEAST }, { "or above", QUAL_AT_LEAST }, { "or lower", QUAL_AT_MOST },
	{ "or below", QUAL_AT_MOST },
	/* 413亿美元(区间上限): the top of a range said, no point in it */
	{ "(区间上限)", QUAL_AT_MOST }, { "(区间下限)", QUAL_AT_LEAST }, { "(上限)", QUAL_AT_MOST },
	{ "(下限)", QUAL_AT_LEAST },
};

struct cueword {
	const char *text;
	unsigned flags;
};

static const struct cueword cues[] = {
	{ "同比增长", CUE_YOY | CUE_UP | CUE_GROWTH }, { "同比增加", CUE_YOY | CUE_UP },
	{ "同比提升", CUE_YOY | CUE_UP }, { "同比上升", CUE_YOY | CUE_UP }, { "同比提高", CUE_YOY | CUE_UP },
	{ "同比下降", CUE_YOY | CUE_DOWN }, { "同比减少", CUE_YOY | CUE_DOWN },
	/* (not 同比降 and a 低 left over: 同比降低5%) */
	{ "同比降低", CUE_YOY | CUE_DOWN }, { "环比降低", CUE_QOQ | CUE_DOWN },
	/* 同比降7%, 同比增15%, 同比减: a headline's one-character verbs */
	{ "同比降", CUE_YOY | CUE_DOWN }, { "同比减", CUE_YOY | CUE_DOWN }, { "同比增", CUE_YOY | CUE_UP | CUE_GROWTH },
	{ "同比升", CUE_YOY | CUE_UP }, { "同比跌", CUE_YOY | CUE_DOWN },
	/* (and the rates said with them, whole: 同比增速, 环比降幅) */
	{ "同比增速", CUE_YOY | CUE_UP | CUE_GROWTH }, { "同比增幅", CUE_YOY | CUE_UP | CUE_GROWTH },
	{ "同比降幅", CUE_YOY | CUE_DOWN }, { "同比减幅", CUE_YOY | CUE_DOWN }, { "同比升幅", CUE_YOY | CUE_UP },
	{ "同比下滑", CUE_YOY | CUE_DOWN }, { "同比下跌", CUE_YOY | CUE_DOWN }, { "同比", CUE_YOY },
	/* Hong Kong and Taiwan wording, as OpenCC's t2s gives it */
	{ "按年增长", CUE_YOY | CUE_UP | CUE_GROWTH }, { "按年上升", CUE_YOY | CUE_UP },
	{ "按年增加", CUE_YOY | CUE_UP }, { "按年下降", CUE_YOY | CUE_DOWN },
	{ "按年减少", CUE_YOY | CUE_DOWN }, { "按年下跌", CUE_YOY | CUE_DOWN }, { "按年", CUE_YOY },
	{ "年增", CUE_YOY | CUE_UP | CUE_GROWTH }, { "年减", CUE_YOY | CUE_DOWN },
	{ "按季增长", CUE_QOQ | CUE_UP | CUE_GROWTH }, { "按季上升", CUE_QOQ | CUE_UP },
	{ "按季增加", CUE_QOQ | CUE_UP }, { "按季下降", CUE_QOQ | CUE_DOWN },
	{ "按季减少", CUE_QOQ | CUE_DOWN }, { "按季下跌", CUE_QOQ | CUE_DOWN }, { "按季", CUE_QOQ },
	{ "季增", CUE_QOQ | CUE_UP | CUE_GROWTH }, { "季减", CUE_QOQ | CUE_DOWN }, { "较上季", CUE_QOQ },
	{ "较上年同期", CUE_YOY }, { "较去年同期", CUE_YOY }, { "比去年同期", CUE_YOY },
	{ "比上年同期", CUE_YOY }, { "比前一年同期", CUE_YOY }, { "较前一年同期", CUE_YOY }, { "同期相比", CUE_YOY }, { "较上一年同期", CUE_YOY }, { "比上一年同期", CUE_YOY },
	{ "YoY", CUE_YOY }, { "y/y", CUE_YOY }, { "yr/yr", CUE_YOY }, { "y-o-y", CUE_YOY }, { "year over year", CUE_YOY },
	{ "year-over-year", CUE_YOY }, { "year on year", CUE_YOY }, { "year-on-year", CUE_YOY },
	{ "from the prior year", CUE_YOY }, { "from last year", CUE_YOY },
	/* "up 27.5% from last year's $5.8 billion": the change's kind, and
	 * the base said after it */
	{ "from last year's", CUE_YOY | CUE_FROM | CUE_PRIOR }, { "from the prior year's", CUE_YOY | CUE_FROM | CUE_PRIOR },
	{ "环比增长", CUE_QOQ | CUE_UP | CUE_GROWTH }, { "环比提升", CUE_QOQ | CUE_UP },
	{ "环比增加", CUE_QOQ | CUE_UP }, { "环比上升", CUE_QOQ | CUE_UP },
	{ "环比下降", CUE_QOQ | CUE_DOWN }, { "环比减少", CUE_QOQ | CUE_DOWN },
	{ "环比降", CUE_QOQ | CUE_DOWN }, { "环比减", CUE_QOQ | CUE_DOWN }, { "环比增", CUE_QOQ | CUE_UP | CUE_GROWTH },
	{ "环比升", CUE_QOQ | CUE_UP }, { "环比增速", CUE_QOQ | CUE_UP | CUE_GROWTH },
	/* a broker's shorthand: 同增427%环增23%, 环降8% */
	{ "同增", CUE_YOY | CUE_UP | CUE_GROWTH }, { "同降", CUE_YOY | CUE_DOWN }, { "同减", CUE_YOY | CUE_DOWN },
	{ "环增", CUE_QOQ | CUE_UP | CUE_GROWTH }, { "环降", CUE_QOQ | CUE_DOWN }, { "环减", CUE_QOQ | CUE_DOWN },
	{ "环比增幅", CUE_QOQ | CUE_UP | CUE_GROWTH }, { "环比降幅", CUE_QOQ | CUE_DOWN }, { "环比减幅", CUE_QOQ | CUE_DOWN },
	{ "环比升幅", CUE_QOQ | CUE_UP },
	{ "环比下滑", CUE_QOQ | CUE_DOWN }, { "环比", CUE_QOQ }, { "较上季度", CUE_QOQ },
	/* 同 比-5pcts, 环 比-8.2%: a PDF's line broken inside the word */
	{ "同 比", CUE_YOY }, { "环 比", CUE_QOQ },
	/* a month against the one before: the sequential change of a month */
	{ "较上月", CUE_QOQ }, { "比上月", CUE_QOQ }, { "月增", CUE_QOQ | CUE_UP | CUE_GROWTH },
	{ "比前一月", CUE_QOQ }, { "较前一月", CUE_QOQ }, { "比上个月", CUE_QOQ }, { "较上个月", CUE_QOQ },
	{ "比前一个月", CUE_QOQ }, { "较前一个月", CUE_QOQ },
	{ "月减", CUE_QOQ | CUE_DOWN }, { "month over month", CUE_QOQ }, { "month-over-month", CUE_QOQ },
	{ "较上一季度", CUE_QOQ }, { "较上个季度", CUE_QOQ }, { "较上季末", CUE_QOQ }, { "较上季度末", CUE_QOQ },
	{ "较上一季度末", CUE_QOQ }, { "较上个季度末", CUE_QOQ }, { "较前一季", CUE_QOQ }, { "较前一季度", CUE_QOQ }, { "较上一季", CUE_QOQ }, { "QoQ", CUE_QOQ }, { "q/q", CUE_QOQ }, { "q-o-q", CUE_QOQ },
	{ "sequentially", CUE_QOQ }, { "sequential", CUE_QOQ }, { "quarter over quarter", CUE_QOQ },
	{ "quarter-over-quarter", CUE_QOQ }, { "quarter on quarter", CUE_QOQ }, { "quarter-on-quarter", CUE_QOQ },
	{ "month on month", CUE_QOQ }, { "month-on-month", CUE_QOQ }, { "MoM", CUE_QOQ }, { "m/m", CUE_QOQ },
	{ "from the previous quarter", CUE_QOQ }, { "from the prior quarter", CUE_QOQ },
	/* "up 33% on the previous quarter and 765% year-on-year", "486% on
	 * last year" (British) */
	{ "on the previous quarter", CUE_QOQ }, { "on the prior quarter", CUE_QOQ }, { "on last quarter", CUE_QOQ },
	{ "over the previous quarter", CUE_QOQ }, { "over the prior quarter", CUE_QOQ }, { "over last quarter", CUE_QOQ },
	{ "on last year", CUE_YOY }, { "over last year", CUE_YOY }, { "on the previous year", CUE_YOY },
	{ "over the previous year", CUE_YOY }, { "over the prior year", CUE_YOY },
	{ "from the preceding quarter", CUE_QOQ }, { "from last quarter", CUE_QOQ }, { "since last quarter", CUE_QOQ }, { "on a quarterly basis", CUE_QOQ }, { "on a sequential basis", CUE_QOQ },
	{ "on a quarter-over-quarter basis", CUE_QOQ }, { "on a quarter-on-quarter basis", CUE_QOQ },
	{ "增长至", CUE_UP | CUE_TO }, { "提升至", CUE_UP | CUE_TO }, { "上升至", CUE_UP | CUE_TO },
	{ "提高至", CUE_UP | CUE_TO }, { "增加至", CUE_UP | CUE_TO }, { "增至", CUE_UP | CUE_TO },
	{ "升至", CUE_UP | CUE_TO }, { "扩大至", CUE_UP | CUE_TO },
	{ "增长", CUE_UP | CUE_GROWTH }, { "成长", CUE_UP | CUE_GROWTH }, { "增速", CUE_UP | CUE_GROWTH }, { "增加", CUE_UP },
	/* 净利仍有12%增幅, 降幅收窄至5%: how much a business measure grew or fell
	 * (a share price's 涨幅 and 跌幅 are no metric's: see below) */
	{ "增幅", CUE_UP | CUE_GROWTH }, { "降幅", CUE_DOWN },
	{ "提升", CUE_UP }, { "上升", CUE_UP }, { "提高", CUE_UP }, { "上涨", CUE_UP },
	/* 较上年同期高出 359.6%: higher than it by */
	{ "高出", CUE_UP }, { "多出", CUE_UP },
	/* Hong Kong's one-character verbs, right before the figure: 收入大升 5%,
	 * 纯利少 52%, 按季计亦增 19.2% */
	{ "大升", CUE_UP | CUE_GROWTH | CUE_ADJ }, { "急升", CUE_UP | CUE_GROWTH | CUE_ADJ },
	{ "升", CUE_UP | CUE_ADJ }, { "增", CUE_UP | CUE_GROWTH | CUE_ADJ }, { "多", CUE_UP | CUE_ADJ },
	{ "大跌", CUE_DOWN | CUE_ADJ }, { "跌", CUE_DOWN | CUE_ADJ }, { "减", CUE_DOWN | CUE_ADJ },
	{ "少", CUE_DOWN | CUE_ADJ }, { "降", CUE_DOWN | CUE_ADJ }, { "大减", CUE_DOWN | CUE_ADJ },
	{ "攀升", CUE_UP }, { "大增", CUE_UP | CUE_GROWTH }, { "激增", CUE_UP | CUE_GROWTH },
	{ "猛增", CUE_UP | CUE_GROWTH }, { "暴增", CUE_UP | CUE_GROWTH }, { "骤增", CUE_UP | CUE_GROWTH },
	{ "飙升", CUE_UP }, { "狂飙", CUE_UP }, { "暴涨", CUE_UP }, { "大涨", CUE_UP }, { "猛涨", CUE_UP },
	{ "飙涨", CUE_UP },
	/* Hong Kong's 純利飆132%, 收入勁升39%: soared */
	{ "飙", CUE_UP }, { "劲升", CUE_UP | CUE_GROWTH }, { "劲增", CUE_UP | CUE_GROWTH },
	{ "扩大", CUE_UP },
	{ "up", CUE_UP }, { "rose", CUE_UP }, { "rise", CUE_UP }, { "rises", CUE_UP },
	/* ("chalking up $21.5 billion in second-quarter revenue": a verb
	 * that reaches a level, no rise by the amount) */
	{ "chalking up", CUE_FILLER }, { "chalked up", CUE_FILLER }, { "racking up", CUE_FILLER },
	{ "racked up", CUE_FILLER }, { "ringing up", CUE_FILLER }, { "rang up", CUE_FILLER },
	{ "grew", CUE_UP | CUE_GROWTH }, { "grow", CUE_UP | CUE_GROWTH }, { "grows", CUE_UP | CUE_GROWTH },
	{ "growth", CUE_UP | CUE_GROWTH }, { "growing", CUE_UP | CUE_GROWTH },
	{ "increased", CUE_UP }, { "increase", CUE_UP }, { "increases", CUE_UP }, { "climbed", CUE_UP },
	{ "expanded", CUE_UP }, { "expanding", CUE_UP }, { "expand", CUE_UP }, { "gained", CUE_UP },
	{ "jumped", CUE_UP }, { "surged", CUE_UP }, { "soared", CUE_UP }, { "improved", CUE_UP },
	/* "the 99% leap in year-over-year revenue", "a 57% jump" (nouns) */
	{ "leap in", CUE_UP }, { "jump in", CUE_UP }, { "surge in", CUE_UP }, { "rise in", CUE_UP },
	{ "rising", CUE_UP }, { "increasing", CUE_UP }, { "climbing", CUE_UP }, { "jumping", CUE_UP },
	{ "surging", CUE_UP }, { "climbs", CUE_UP }, { "jumps", CUE_UP }, { "surges", CUE_UP },
	{ "advanced", CUE_UP }, { "accelerated", CUE_UP | CUE_GROWTH }, { "accelerating", CUE_UP | CUE_GROWTH },
	{ "re-accelerated", CUE_UP | CUE_GROWTH }, { "re-accelerating", CUE_UP | CUE_GROWTH },
	{ "reaccelerated", CUE_UP | CUE_GROWTH }, { "reaccelerating", CUE_UP | CUE_GROWTH },
	{ "下降至", CUE_DOWN | CUE_TO }, { "减少至", CUE_DOWN | CUE_TO }, { "降至", CUE_DOWN | CUE_TO },
	{ "下滑至", CUE_DOWN | CUE_TO }, { "回落至", CUE_DOWN | CUE_TO },
	{ "下降", CUE_DOWN }, { "减少", CUE_DOWN }, { "下滑", CUE_DOWN }, { "下跌", CUE_DOWN },
	{ "降低", CUE_DOWN }, { "缩减", CUE_DOWN }, { "萎缩", CUE_DOWN }, { "收窄", CUE_DOWN },
	{ "回落", CUE_DOWN }, { "收跌", CUE_DOWN | CUE_BLOCK },
	{ "down", CUE_DOWN }, { "fell", CUE_DOWN }, { "fall", CUE_DOWN }, { "falls", CUE_DOWN },
	{ "lower year over year", CUE_DOWN | CUE_YOY },
	{ "lower year-over-year", CUE_DOWN | CUE_YOY },
	/* "growth is expected to fall in the range of 8% to 10%": to be
	 * within it, no fall */
	{ "fall in the range of", CUE_FILLER }, { "fall in a range of", CUE_FILLER }, { "fall within", CUE_FILLER },
	{ "fall between", CUE_FILLER }, { "falls within", CUE_FILLER }, { "falls between", CUE_FILLER },
	{ "falls in the range of", CUE_FILLER },
	{ "declined", CUE_DOWN }, { "decline", CUE_DOWN }, { "declines", CUE_DOWN },
	{ "decreased", CUE_DOWN }, { "decrease", CUE_DOWN }, { "dropped", CUE_DOWN },
	{ "slipped", CUE_DOWN }, { "contracted", CUE_DOWN }, { "shrank", CUE_DOWN }, { "slid", CUE_DOWN },
	{ "falling", CUE_DOWN }, { "declining", CUE_DOWN }, { "decreasing", CUE_DOWN }, { "dropping", CUE_DOWN },
	{ "sliding", CUE_DOWN }, { "drops", CUE_DOWN }, { "plunged", CUE_DOWN }, { "tumbled", CUE_DOWN },
	{ "上调至", CUE_REVISE | CUE_TO }, { "下调至", CUE_REVISE | CUE_TO }, { "收窄至", CUE_REVISE | CUE_TO },
	{ "调整至", CUE_REVISE | CUE_TO }, { "调整为", CUE_REVISE | CUE_TO }, { "上调为", CUE_REVISE | CUE_TO },
	{ "下调为", CUE_REVISE | CUE_TO }, { "上修至", CUE_REVISE | CUE_TO }, { "下修至", CUE_REVISE | CUE_TO },
	{ "上调", CUE_REVISE }, { "下调", CUE_REVISE },
	{ "revised", CUE_REVISE }, { "raised", CUE_REVISE }, { "lowered", CUE_REVISE },
	{ "raising", CUE_REVISE }, { "lowering", CUE_REVISE },
	{ "cut", CUE_REVISE }, { "narrowed", CUE_REVISE }, { "reiterated", CUE_REVISE },
	/* the estimate a revision replaced: 前值 2,817 亿, 原预测为, (prior: $85bn) */
	{ "前值", CUE_REVISE | CUE_FROM }, { "原预测", CUE_REVISE | CUE_FROM }, { "原预测为", CUE_REVISE | CUE_FROM },
	{ "原为", CUE_REVISE | CUE_FROM }, { "此前预测", CUE_REVISE | CUE_FROM }, { "此前预测为", CUE_REVISE | CUE_FROM },
	{ "调整前", CUE_REVISE | CUE_FROM }, { "prior:", CUE_REVISE | CUE_FROM }, { "previously", CUE_REVISE | CUE_FROM },
	{ "prev.", CUE_REVISE | CUE_FROM },
	{ "至", CUE_TO }, { "到", CUE_TO }, { "to", CUE_TO },
	{ "我们预计", CUE_ESTIMATE }, { "一致预期", CUE_ESTIMATE | CUE_COMPARE | CUE_CONSENSUS },
	{ "市场预期", CUE_ESTIMATE | CUE_CONSENSUS }, { "分析师预期", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "分析师平均预期", CUE_ESTIMATE | CUE_CONSENSUS }, { "华尔街预期", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "市场预测", CUE_ESTIMATE | CUE_CONSENSUS }, { "市场预估", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "市场估计", CUE_ESTIMATE | CUE_CONSENSUS },
	/* 超预期 beside an actual: said of the figure before it, no forecast */
	{ "超预期", CUE_FILLER }, { "超出预期", CUE_FILLER }, { "不及预期", CUE_FILLER },
	/* (Hong Kong's 好过预期, 胜预期, 差过预期: 业绩好过预期主要因为…) */
	{ "好过预期", CUE_FILLER }, { "胜预期", CUE_FILLER }, { "胜过预期", CUE_FILLER }, { "差过预期", CUE_FILLER },
	{ "好过预期的", CUE_COMPARE | CUE_ESTIMATE }, { "胜过预期的", CUE_COMPARE | CUE_ESTIMATE },
	{ "胜预期的", CUE_COMPARE | CUE_ESTIMATE }, { "差过预期的", CUE_COMPARE | CUE_ESTIMATE },
	{ "逊预期的", CUE_COMPARE | CUE_ESTIMATE },
	/* "posted better-than-expected Q4 earnings: $2.14 a share": a result
	 * said to have beaten a forecast is no forecast */
	{ "better than expected", CUE_FILLER }, { "better-than-expected", CUE_FILLER },
	{ "worse than expected", CUE_FILLER }, { "worse-than-expected", CUE_FILLER },
	/* "as you might expect from such high net income figures, AMD's gross
	 * margin has risen": the writer's aside, no forecast */
	{ "as you might expect", CUE_FILLER }, { "as you would expect", CUE_FILLER },
	{ "as one might expect", CUE_FILLER }, { "as might be expected", CUE_FILLER },
	{ "stronger than expected", CUE_FILLER }, { "stronger-than-expected", CUE_FILLER },
	{ "weaker than expected", CUE_FILLER }, { "weaker-than-expected", CUE_FILLER },
	{ "higher than expected", CUE_FILLER }, { "higher-than-expected", CUE_FILLER },
	{ "lower than expected", CUE_FILLER }, { "lower-than-expected", CUE_FILLER },
	/* 超预期的 $3.37: the expectation beaten, when its figure follows */
	{ "超预期的", CUE_COMPARE | CUE_ESTIMATE }, { "超出预期的", CUE_COMPARE | CUE_ESTIMATE },
	{ "不及预期的", CUE_COMPARE | CUE_ESTIMATE },
	{ "预计", CUE_ESTIMATE }, { "预期", CUE_ESTIMATE }, { "预估", CUE_ESTIMATE }, { "估计", CUE_ESTIMATE }, { "指引", CUE_ESTIMATE | CUE_GUIDANCE },
	/* 营收将达到1800亿美元: what a figure will reach is to come */
	{ "将达到", CUE_ESTIMATE }, { "将达", CUE_ESTIMATE },
	/* 今季销售额将介乎550亿至580亿美元: what it will be between; 介乎 is
	 * Hong Kong's 介于 (between), a word of no sense of its own */
	{ "将介于", CUE_ESTIMATE }, { "将介乎", CUE_ESTIMATE }, { "介乎", CUE_FILLER },
	{ "预料", CUE_ESTIMATE }, { "料将", CUE_ESTIMATE },
	{ "预测", CUE_ESTIMATE }, { "展望", CUE_ESTIMATE | CUE_GUIDANCE }, { "目标", CUE_ESTIMATE },
	{ "有望", CUE_ESTIMATE },
	/* 收入料为2,800亿元, 料按年增长: Hong Kong's "expected to" (not 资料,
	 * 原料: 料 alone is no cue) */
	{ "料为", CUE_ESTIMATE }, { "料将", CUE_ESTIMATE }, { "料按年", CUE_ESTIMATE | CUE_YOY },
	{ "料按季", CUE_ESTIMATE | CUE_QOQ }, { "料录得", CUE_ESTIMATE }, { "料达", CUE_ESTIMATE },
	{ "guidance", CUE_ESTIMATE | CUE_GUIDANCE }, { "guide", CUE_ESTIMATE | CUE_GUIDANCE },
	{ "guided", CUE_ESTIMATE | CUE_GUIDANCE },
	/* "the finance chief called for $74.7 billion to $75.8 billion in
	 * fiscal first-quarter revenue" */
	{ "called for", CUE_ESTIMATE | CUE_GUIDANCE }, { "calls for", CUE_ESTIMATE | CUE_GUIDANCE },
	{ "expects", CUE_ESTIMATE }, { "expected", CUE_ESTIMATE }, { "expect", CUE_ESTIMATE },
	/* "Analysts had expected revenue of about $23.56 billion": what was
	 * expected of the quarter now reported */
	{ "had expected", CUE_ESTIMATE | CUE_CONSENSUS }, { "had been expecting", CUE_ESTIMATE | CUE_CONSENSUS },
	/* "previously warned that Q4 sales could be down as much as 10%" */
	{ "warned that", CUE_ESTIMATE | CUE_GUIDANCE }, { "could be", CUE_ESTIMATE },
	{ "on track for", CUE_ESTIMATE }, { "on pace for", CUE_ESTIMATE }, { "on track to", CUE_ESTIMATE },
	{ "expecting", CUE_ESTIMATE }, { "outlook", CUE_ESTIMATE | CUE_GUIDANCE }, { "forecast", CUE_ESTIMATE },
	{ "forecasted", CUE_ESTIMATE },
	{ "forecasts", CUE_ESTIMATE }, { "is seen at", CUE_ESTIMATE }, { "are seen at", CUE_ESTIMATE },
	{ "consensus", CUE_ESTIMATE | CUE_CONSENSUS }, { "est.", CUE_ESTIMATE },
	{ "the Street", CUE_ESTIMATE | CUE_CONSENSUS }, { "Street estimates", CUE_ESTIMATE | CUE_CONSENSUS },
	/* "$82.9B vs. $81.5B Street" */
	{ "Street", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had expected", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts on average had expected", CUE_ESTIMATE | CUE_CONSENSUS },
	/* news: "forecast revenue of $21 billion, above estimates of $20.4
	 * billion": the estimates a result or forecast is held against are
	 * the analysts' */
	{ "above estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE }, { "below estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE },
	{ "beating estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE }, { "topping estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE },
	{ "missing estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE }, { "ahead of estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE },
	{ "short of estimates", CUE_ESTIMATE | CUE_CONSENSUS | CUE_COMPARE },
	{ "analysts on average expected", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had on average expected", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts expected", CUE_ESTIMATE | CUE_CONSENSUS }, { "彭博一致预期", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had projected", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts projected", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had forecast", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts had estimated", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had anticipated", CUE_ESTIMATE | CUE_CONSENSUS },
	/* news: "beating analysts' average estimate of $32.42 billion, according
	 * to LSEG" */
	{ "analysts' average estimate", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts' estimate", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts' estimates", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analyst estimates", CUE_ESTIMATE | CUE_CONSENSUS }, { "average analyst estimate", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts' expectations", CUE_ESTIMATE | CUE_CONSENSUS }, { "analyst expectations", CUE_ESTIMATE | CUE_CONSENSUS },
	/* "The beat analyst’s expectations of $0.29 per share": what was
	 * expected, whoever's */
	{ "expectations of", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "Wall Street estimates", CUE_ESTIMATE | CUE_CONSENSUS }, { "Wall Street expectations", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts polled by", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts surveyed by", CUE_ESTIMATE | CUE_CONSENSUS },
	/* previews: "Wall Street expects revenue of $80.3 billion" */
	{ "Wall Street expects", CUE_ESTIMATE | CUE_CONSENSUS }, { "Wall Street is expecting", CUE_ESTIMATE | CUE_CONSENSUS },
	/* "Wall Street was looking for adjusted EPS of $1.54" */
	{ "Wall Street was looking for", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "Wall Street is looking for", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "Wall Street was expecting", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "Wall Street had expected", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "the Street was looking for", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts were looking for", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts are looking for", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts were expecting", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "Wall Street forecasts", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts expect", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts are expecting", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts forecast", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts expecting", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts project", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts see", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "est", CUE_ESTIMATE }, { "estimate", CUE_ESTIMATE }, { "estimates", CUE_ESTIMATE },
	{ "projected", CUE_ESTIMATE }, { "projects", CUE_ESTIMATE }, { "targeting", CUE_ESTIMATE },
	/* "revenue is estimated at $55 billion" (not "an estimated $5 billion",
	 * a rounding) */
	{ "is estimated", CUE_ESTIMATE }, { "are estimated", CUE_ESTIMATE }, { "was estimated", CUE_ESTIMATE },
	{ "were estimated", CUE_ESTIMATE },
	/* "failed to beat the estimated $68.11 billion": the expectation */
	{ "the estimated", CUE_ESTIMATE },
	/* "$43.21 billion estimated": what was expected, said after it (not
	 * "an estimated $5 billion", a rounding) */
	{ "estimated", CUE_ESTIMATE | CUE_POST },
	/* "exceeded the $5.3 billion expectation" */
	{ "expectation", CUE_ESTIMATE | CUE_POST },
	/* "above the estimated 46.5%": set against what was expected */
	{ "above the estimated", CUE_COMPARE | CUE_ESTIMATE }, { "below the estimated", CUE_COMPARE | CUE_ESTIMATE },
	{ "beating the estimated", CUE_COMPARE | CUE_ESTIMATE }, { "topping the estimated", CUE_COMPARE | CUE_ESTIMATE },
	{ "exceeding the estimated", CUE_COMPARE | CUE_ESTIMATE },
	/* "beating analysts estimated $102.19 billion", "the $32.42 billion
	 * analysts had predicted" */
	{ "analysts estimated", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts' estimated", CUE_ESTIMATE | CUE_CONSENSUS },
	{ "analysts had predicted", CUE_ESTIMATE | CUE_CONSENSUS }, { "analysts predicted", CUE_ESTIMATE | CUE_CONSENSUS },
	/* a wire's "Q2 sales $30.4 billion versus I/B/E/S view $29.55 billion" */
	{ "I/B/E/S", CUE_ESTIMATE | CUE_CONSENSUS }, { "I/B/E/S view", CUE_ESTIMATE | CUE_CONSENSUS },
	/* (and its "Q3 revenue view $31.63 billion -- Thomson Reuters") */
	{ "view", CUE_ESTIMATE | CUE_CONSENSUS | CUE_ADJ },
	{ "targets", CUE_ESTIMATE }, { "anticipates", CUE_ESTIMATE }, { "anticipate", CUE_ESTIMATE }, { "sees", CUE_ESTIMATE },
	/* an analyst's model: "we model revenue of $17.5 billion" */
	{ "we model", CUE_ESTIMATE }, { "we are modeling", CUE_ESTIMATE }, { "we are modelling", CUE_ESTIMATE },
	{ "our model", CUE_ESTIMATE }, { "we project", CUE_ESTIMATE }, { "we forecast", CUE_ESTIMATE },
	{ "we expect", CUE_ESTIMATE }, { "should reach", CUE_ESTIMATE },
	/* "expects ..., and for gross margin to be between 46% and 47%": a
	 * figure said to be, in a list an expectation governs */
	{ "to be between", CUE_ESTIMATE }, { "to be in the range of", CUE_ESTIMATE },
	{ "from", CUE_FROM }, { "由", CUE_FROM }, { "从", CUE_FROM },
	/* (words that hold 从 and say no base) */
	{ "从事", CUE_FILLER }, { "从而", CUE_FILLER }, { "从业", CUE_FILLER }, { "自从", CUE_FILLER },
	{ "从未", CUE_FILLER }, { "从来", CUE_FILLER }, { "从中", CUE_FILLER }, { "从不", CUE_FILLER },
	{ "从此", CUE_FILLER }, { "服从", CUE_FILLER }, { "从容", CUE_FILLER },
	/* "37%, after 40% in the September quarter": the figure before */
	{ ", after", CUE_FROM },
	{ "上年同期", CUE_PRIOR }, { "去年同期", CUE_PRIOR }, { "上年同期为", CUE_PRIOR }, { "上一年同期", CUE_PRIOR },
	/* 比前一年同期的264.70亿美元下滑: the year before's, said so */
	{ "前一年同期", CUE_PRIOR }, { "前一年度同期", CUE_PRIOR },
	{ "上年为", CUE_PRIOR }, { "去年为", CUE_PRIOR },
	{ "a year earlier", CUE_PRIOR }, { "a year ago", CUE_PRIOR }, { "year-ago", CUE_PRIOR },
	{ "year ago", CUE_PRIOR }, { "the year before", CUE_PRIOR }, { "a year before", CUE_PRIOR },
	{ "one year ago", CUE_PRIOR }, { "one year earlier", CUE_PRIOR }, { "a year prior", CUE_PRIOR },
	{ "one year prior", CUE_PRIOR },
	/* "up from $65.2 billion posted during last fiscal", "from $14.01
	 * billion in the previous fiscal year": the year before the one said
	 * (not "last fiscal quarter", the quarter before) */
	{ "the previous year", CUE_PRIOR }, { "the prior year", CUE_PRIOR },
	{ "the previous fiscal year", CUE_PRIOR }, { "the prior fiscal year", CUE_PRIOR },
	{ "the previous fiscal", CUE_PRIOR }, { "the prior fiscal", CUE_PRIOR }, { "last fiscal", CUE_PRIOR },
	{ "the previous financial year", CUE_PRIOR }, { "last financial year", CUE_PRIOR },
	{ "last fiscal quarter", CUE_FILLER }, { "the previous fiscal quarter", CUE_FILLER },
	{ "the prior fiscal quarter", CUE_FILLER },
	{ "the prior-year", CUE_PRIOR }, { "prior-year", CUE_PRIOR },
	{ "the same period last year", CUE_PRIOR }, { "last year's", CUE_PRIOR },
	{ "高于", CUE_COMPARE }, { "低于", CUE_COMPARE }, { "略低于", CUE_COMPARE },
	{ "略高于", CUE_COMPARE }, { "好于", CUE_COMPARE }, { "不及", CUE_COMPARE }, { "超出", CUE_COMPARE },
	{ "优于", CUE_COMPARE }, { "逊于", CUE_COMPARE },
	{ "对比", CUE_COMPARE }, { "vs.", CUE_COMPARE }, { "vs", CUE_COMPARE }, { "versus", CUE_COMPARE },
	{ "ahead of", CUE_COMPARE }, { "compared with", CUE_COMPARE }, { "compared to", CUE_COMPARE },
	/* "These results compare to revenue of $9.08 billion ... in the
	 * year-ago quarter" */
	{ "results compare to", CUE_COMPARE }, { "results compare with", CUE_COMPARE },
	{ "beat", CUE_COMPARE }, { "beating", CUE_COMPARE }, { "missed", CUE_COMPARE },
	{ "miss", CUE_COMPARE }, { "blew past", CUE_COMPARE }, { "against", CUE_COMPARE },
	{ "short of", CUE_COMPARE }, { "shy of", CUE_COMPARE },
	/* "above both the company's guidance range of ... and Street
	 * consensus": set against what was expected, not a bound */
	{ "above the", CUE_COMPARE }, { "above both", CUE_COMPARE }, { "above its", CUE_COMPARE },
	{ "below the", CUE_COMPARE }, { "below both", CUE_COMPARE }, { "below its", CUE_COMPARE },
	{ "exceeding the", CUE_COMPARE }, { "exceeded the", CUE_COMPARE }, { "topping the", CUE_COMPARE },
	{ "topped the", CUE_COMPARE }, { "surpassing the", CUE_COMPARE },
	/* "well beyond the $1.62 in the Zacks consensus, as well as better
	 * than the $1.72 from the year-ago quarter" */
	/* (without the "the": "better than the company's previous forecast"
	 * says whose) */
	{ "beyond the", CUE_COMPARE }, { "better than", CUE_COMPARE }, { "worse than", CUE_COMPARE },
	{ "narrower than", CUE_COMPARE }, { "wider than", CUE_COMPARE },
	{ "股价", CUE_BLOCK }, { "市值", CUE_BLOCK }, { "市盈率", CUE_BLOCK }, { "估值", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "持股", CUE_BLOCK }, { "股份", CUE_BLOCK }, { "涨幅", CUE_BLOCK }, { "跌幅", CUE_BLOCK },
	{ "shares", CUE_BLOCK }, { "stock", CUE_BLOCK }, { "share price", CUE_BLOCK },
	/* "earnings per share would have been $0.01 higher at $0.53": what
	 * it would have been, had something not happened */
	{ "would have been", CUE_BLOCK },
	{ "market cap", CUE_BLOCK }, { "market capitalization", CUE_BLOCK }, { "valuation", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "P/E", CUE_BLOCK }, { "forward earnings", CUE_BLOCK }, { "EV/", CUE_BLOCK },
	{ "price target", CUE_BLOCK }, { "PT", CUE_BLOCK }, { "目标价", CUE_BLOCK }, { "target price", CUE_BLOCK },
	{ "trades at", CUE_BLOCK }, { "dividend", CUE_BLOCK }, { "buyback", CUE_BLOCK }, { "share-buyback", CUE_BLOCK }, { "stock-buyback", CUE_BLOCK },
	{ "buy-back", CUE_BLOCK }, { "share-repurchase", CUE_BLOCK }, { "stock-repurchase", CUE_BLOCK },
	/* "cash and cash equivalents ... was $7.076 million": a balance the
	 * company holds, no measure of its results */
	{ "cash and cash equivalents", CUE_BLOCK }, { "cash, cash equivalents", CUE_BLOCK },
	{ "现金及现金等价物", CUE_BLOCK }, { "现金和现金等价物", CUE_BLOCK },
	{ "repurchase", CUE_BLOCK }, { "employees", CUE_BLOCK }, { "员工", CUE_BLOCK },
	{ "funding", CUE_BLOCK | CUE_NAMES_BEFORE }, { "funding round", CUE_BLOCK | CUE_NAMES_BEFORE },
	/* "This guidance includes approximately $620 million for stock-based
	 * compensation": what a cost in the figure comes to */
	{ "for stock-based compensation", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "for share-based compensation", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "融资", CUE_BLOCK | CUE_NAMES_BEFORE }, { "募资", CUE_BLOCK | CUE_NAMES_BEFORE },
	/* "Amazon drops 5% aftermarket": a move of the shares, said after it */
	{ "aftermarket", CUE_BLOCK | CUE_NAMES_BEFORE }, { "after-hours", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "after hours", CUE_BLOCK | CUE_NAMES_BEFORE }, { "premarket", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "pre-market", CUE_BLOCK | CUE_NAMES_BEFORE }, { "extended trading", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "盘后", CUE_BLOCK | CUE_NAMES_BEFORE }, { "盘前", CUE_BLOCK | CUE_NAMES_BEFORE },
	/* (含融资租赁: capex with its finance leases, no money raised) */
	{ "融资租赁", CUE_FILLER },
	/* a scenario's figures are hypotheses */
	{ "bull case", CUE_SCENARIO }, { "bear case", CUE_SCENARIO }, { "upside case", CUE_SCENARIO },
	{ "downside case", CUE_SCENARIO }, { "blue-sky case", CUE_SCENARIO }, { "blue sky case", CUE_SCENARIO },
	{ "bull scenario", CUE_SCENARIO }, { "bear scenario", CUE_SCENARIO }, { "in this scenario", CUE_SCENARIO },
	{ "under this scenario", CUE_SCENARIO }, { "in that scenario", CUE_SCENARIO },
	{ "如果假设", CUE_SCENARIO }, { "我们假设", CUE_SCENARIO }, { "若假设", CUE_SCENARIO },
	{ "乐观情景", CUE_SCENARIO }, { "悲观情景", CUE_SCENARIO }, { "乐观情形", CUE_SCENARIO },
	{ "悲观情形", CUE_SCENARIO }, { "乐观假设", CUE_SCENARIO }, { "悲观假设", CUE_SCENARIO },
	{ "乐观的情形", CUE_SCENARIO }, { "悲观的情形", CUE_SCENARIO }, { "乐观的情况下", CUE_SCENARIO },
	{ "悲观的情况下", CUE_SCENARIO }, { "乐观情况下", CUE_SCENARIO }, { "悲观情况下", CUE_SCENARIO },
	{ "best case", CUE_SCENARIO }, { "worst case", CUE_SCENARIO }, { "best-case", CUE_SCENARIO },
	{ "worst-case", CUE_SCENARIO },
	{ "该情景下", CUE_SCENARIO }, { "此情景下", CUE_SCENARIO }, { "该情形下", CUE_SCENARIO },
	/* the size of a market is no company's figure */
	{ "市场规模", CUE_BLOCK | CUE_NAMES_BEFORE }, { "TAM", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "total addressable market", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "addressable market", CUE_BLOCK | CUE_NAMES_BEFORE }, { "market size", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "可触达市场", CUE_BLOCK | CUE_NAMES_BEFORE },
	{ "复合增速", CUE_IMPLIED }, { "复合增长率", CUE_IMPLIED }, { "复合年增长率", CUE_IMPLIED },
	{ "CAGR", CUE_IMPLIED }, { "compound annual", CUE_IMPLIED },
	{ "plus or minus", CUE_TOLERANCE }, { "give or take", CUE_TOLERANCE }, { "±", CUE_TOLERANCE },
	{ "+/-", CUE_TOLERANCE }, { "上下浮动", CUE_TOLERANCE }, { "上下波动", CUE_TOLERANCE },
	{ "较", CUE_COMPARE },
	/* 相较之下, 相比之下: "by contrast" opens a sentence of its own, it
	 * compares with nothing named after it (a filler, so that 较 is not
	 * read in it) */
	{ "相较之下", CUE_FILLER }, { "相比之下", CUE_FILLER }, { "比较而言", CUE_FILLER },
	/* 相较于去年同期的4381亿元: compared with (but see 相较 below) */
	{ "相较于", CUE_COMPARE },
	{ "implies", CUE_IMPLIED }, { "implying", CUE_IMPLIED }, { "implied", CUE_IMPLIED },
	{ "意味着", CUE_IMPLIED }, { "隐含", CUE_IMPLIED }, { "相当于", CUE_IMPLIED },
	{ "constant currency", CUE_CC }, { "cc", CUE_CC }, { "固定汇率", CUE_CC },
	{ "excluding the impact of foreign exchange", CUE_CC }, { "excluding foreign exchange", CUE_CC },
	{ "excluding the impact of currency", CUE_CC }, { "ex-FX", CUE_CC }, { "excluding FX", CUE_CC },
	{ "excluding the effect of foreign currency", CUE_CC }, { "excluding foreign currency", CUE_CC },
	{ "excluding the effects of foreign currency", CUE_CC },
	{ "剔除汇率影响", CUE_CC }, { "扣除汇率影响", CUE_CC },
	{ "like-for-like", CUE_CC }, { "like for like", CUE_CC }, { "同口径", CUE_CC }, { "would have", CUE_CC },
	/* "foreign currency is an approximately 3% tailwind to revenue growth":
	 * what exchange rates add, not the growth */
	{ "tailwind", CUE_CC }, { "headwind", CUE_CC }, { "tailwinds", CUE_CC }, { "headwinds", CUE_CC },
	/* "revenue excluding Alibaba-consolidated subsidiaries up 31%": a
	 * variant of the reported figure */
	{ "excluding", CUE_CC },
	{ "公司", CUE_COREF }, { "该公司", CUE_COREF }, { "管理层", CUE_COREF },
	{ "the company", CUE_COREF }, { "the company's", CUE_COREF }, { "management", CUE_COREF },
	{ "mgmt", CUE_COREF }, { "mgmt's", CUE_COREF }, { "management's", CUE_COREF },
	/* what a newswire calls the company after naming it once */
	{ "the firm", CUE_COREF }, { "the firm's", CUE_COREF }, { "the chipmaker", CUE_COREF },
	{ "the chipmaker's", CUE_COREF }, { "the chip maker", CUE_COREF }, { "the chip designer", CUE_COREF },
	{ "the chip firm", CUE_COREF }, { "the tech giant", CUE_COREF }, { "the technology giant", CUE_COREF },
	{ "the software maker", CUE_COREF }, { "the software company", CUE_COREF },
	{ "the software giant", CUE_COREF }, { "the software behemoth", CUE_COREF }, { "the tech behemoth", CUE_COREF },
	{ "the chip giant", CUE_COREF }, { "the semiconductor giant", CUE_COREF }, { "the cloud giant", CUE_COREF },
	{ "the social media giant", CUE_COREF },
	{ "the cloud provider", CUE_COREF }, { "the internet giant", CUE_COREF }, { "the search giant", CUE_COREF },
	{ "the e-commerce giant", CUE_COREF }, { "the online retailer", CUE_COREF }, { "the retailer", CUE_COREF },
	{ "the iPhone maker", CUE_COREF }, { "the Windows maker", CUE_COREF }, { "the Google parent", CUE_COREF },
	{ "the Facebook parent", CUE_COREF }, { "the social media company", CUE_COREF },
	{ "the cloud unit's", CUE_COREF_UNIT }, { "the cloud unit", CUE_COREF_UNIT },
	{ "the unit's", CUE_COREF_UNIT }, { "the unit", CUE_COREF_UNIT },
	{ "the segment's", CUE_COREF_UNIT }, { "the segment", CUE_COREF_UNIT },
	{ "the division's", CUE_COREF_UNIT }, { "the division", CUE_COREF_UNIT },
	{ "the business", CUE_COREF_UNIT }, { "该业务", CUE_COREF_UNIT },
	/* "this product group also saw revenues fall 12%": the part just named */
	{ "this segment's", CUE_COREF_UNIT }, { "this segment", CUE_COREF_UNIT }, { "this division", CUE_COREF_UNIT },
	{ "this unit", CUE_COREF_UNIT }, { "this business", CUE_COREF_UNIT }, { "this product group", CUE_COREF_UNIT },
	{ "the product group", CUE_COREF_UNIT },
	{ "其中", CUE_SUBSET }, { "当中", CUE_SUBSET }, /* (当中, as Hong Kong writes 其中) */ { "including", CUE_SUBSET }, { "of which", CUE_SUBSET },
	{ "领域", CUE_SEGNOUN }, { "业务", CUE_SEGNOUN }, { "板块", CUE_SEGNOUN }, { "部门", CUE_SEGNOUN },
	{ "分部", CUE_SEGNOUN }, { "事业部", CUE_SEGNOUN }, { "产品", CUE_SEGNOUN },
	/* 该游戏在第三季度实现营收268.4亿元: the game the text points back at
	 * is a part, not its company */
	{ "该游戏", CUE_SEGNOUN | CUE_NAMES_PART }, { "这款游戏", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "该款游戏", CUE_SEGNOUN | CUE_NAMES_PART },
	/* 上季大中华区营业额按年上升近一倍: a region's sales are a part's */
	{ "大中华区", CUE_SEGNOUN | CUE_NAMES_PART }, { "大中华市场", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "Greater China", CUE_SEGNOUN | CUE_NAMES_PART },
	/* (and the other regions a company reports: 其余亚太的收入为近24亿美元) */
	{ "其余亚太", CUE_SEGNOUN | CUE_NAMES_PART }, { "亚太区", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "亚太地区", CUE_SEGNOUN | CUE_NAMES_PART }, { "美洲区", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "欧洲区", CUE_SEGNOUN | CUE_NAMES_PART },
	/* "with all geographies reporting revenue growth of 30% or higher":
	 * what each part reported, not the company's total */
	{ "all geographies", CUE_SEGNOUN | CUE_NAMES_PART }, { "all regions", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "every region", CUE_SEGNOUN | CUE_NAMES_PART }, { "each region", CUE_SEGNOUN | CUE_NAMES_PART },
	{ "all segments", CUE_SEGNOUN | CUE_NAMES_PART }, { "each segment", CUE_SEGNOUN | CUE_NAMES_PART },

	{ "segment", CUE_SEGNOUN }, { "division", CUE_SEGNOUN }, { "unit", CUE_SEGNOUN },
	{ "business", CUE_SEGNOUN }, { "category", CUE_SEGNOUN },
	{ "合计", CUE_MIXED }, { "combined", CUE_MIXED }, { "big four", CUE_MIXED }, { "big-four", CUE_MIXED },
	{ "big three", CUE_MIXED }, { "hyperscalers'", CUE_MIXED }, { "四大", CUE_MIXED }, { "三大", CUE_MIXED }, { "together", CUE_MIXED }, { "总计", CUE_MIXED },
	{ "total", CUE_FILLER }, { "diluted", CUE_FILLER }, { "GAAP", CUE_FILLER },
	{ "non-GAAP", CUE_FILLER }, { "adjusted", CUE_FILLER }, { "commercial", CUE_FILLER },
	{ "reported", CUE_FILLER }, { "record", CUE_FILLER }, { "quarterly", CUE_FILLER },
	{ "qtrly", CUE_FILLER }, /* (Reuters briefs: "QTRLY TOTAL REVENUE $12,972 MILLION") */
	{ "consolidated", CUE_FILLER }, { "its", CUE_FILLER }, { "their", CUE_FILLER },
	{ "worldwide", CUE_FILLER }, { "overall", CUE_FILLER }, { "company-wide", CUE_FILLER },
	{ "单季度", CUE_FILLER }, { "单季", CUE_FILLER }, { "当季", CUE_FILLER }, { "累计", CUE_FILLER }, { "实现", CUE_FILLER },
	/* Hong Kong's 单计第二季, "the second quarter alone" */
	{ "单计", CUE_FILLER },
	{ "商业", CUE_FILLER }, { "总", CUE_FILLER }, { "整体", CUE_FILLER }, { "集团", CUE_FILLER },
	{ "经调整", CUE_FILLER }, { "调整后", CUE_FILLER }, { "以美元计", CUE_FILLER }, { "以人民币计", CUE_FILLER }, { "录得", CUE_FILLER },
	{ "取得", CUE_FILLER }, { "全年", CUE_FILLER }, { "披露", CUE_FILLER }, { "公布", CUE_FILLER },
};

/* Whether text[at] opens on 月, 季 or 年 right after a numeral (7 月, 三季, 首季,
 * 2025年): the character ends a period, whatever word it could begin. */
static int period_char_after_numeral(const char *text, size_t at)
{
	if (strncmp(text + at, "月", 3) && strncmp(text + at, "季", 3) && strncmp(text + at, "年", 3))
		return 0;
	size_t p = at;
	while (p > 0 && text[p - 1] == ' ')
		p--;
	if (p > 0 && isdigit((unsigned char)text[p - 1]))
		return 1;
	static const char *const numerals[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "首" };
	for (size_t i = 0; p >= 3 && i < ARRAY_SIZE(numerals); i++)
		if (!strncmp(text + p - 3, numerals[i], 3))
			return 1;
	return 0;
}

/* Chinese and English words that are numbers in themselves. */
struct numword {
	const char *text;
	double value;
	enum unit_class cls;
};

static const struct numword numwords[] = {
	{ "翻了两番", 4, U_MULTIPLE }, { "翻两番", 4, U_MULTIPLE }, { "翻了一番", 2, U_MULTIPLE },
	{ "翻一番", 2, U_MULTIPLE }, { "翻番", 2, U_MULTIPLE }, { "翻倍", 2, U_MULTIPLE },
	{ "quadrupled", 4, U_MULTIPLE }, { "quadruple", 4, U_MULTIPLE }, { "tripled", 3, U_MULTIPLE },
	{ "triple", 3, U_MULTIPLE }, { "doubled", 2, U_MULTIPLE }, { "double", 2, U_MULTIPLE },
	{ "twice", 2, U_MULTIPLE },
	/* "more than four times the $117.5 million": a multiple in words */
	{ "two times", 2, U_MULTIPLE }, { "three times", 3, U_MULTIPLE }, { "four times", 4, U_MULTIPLE },
	{ "five times", 5, U_MULTIPLE }, { "six times", 6, U_MULTIPLE }, { "seven times", 7, U_MULTIPLE },
	{ "eight times", 8, U_MULTIPLE }, { "nine times", 9, U_MULTIPLE }, { "ten times", 10, U_MULTIPLE },
	{ "threefold", 3, U_MULTIPLE }, { "fourfold", 4, U_MULTIPLE }, { "fivefold", 5, U_MULTIPLE },
	{ "tenfold", 10, U_MULTIPLE },
};

/* Shapes that contain digits but are not quantities. */
static const char *const skip_shapes[] = {
	/* dates and times */
	"\\d{4}-\\d{1,2}-\\d{1,2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?",
	"\\d{4}/\\d{1,2}/\\d{1,2}",
	"\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?",
	"\\d{1,2}\\s*[ap]\\.m\\.",
	"(?:19|20)\\d{2}\\s*(?:-|~|至|到)\\s*(?:19|20)?\\d{2}(?!\\d)(?:\\s*(?:年|财年))?",
	"\\d{4}\\s*(?:财年|年)(?:\\s*\\d{1,2}\\s*(?:-\\s*\\d{1,2}\\s*)?月(?:\\s*\\d{1,2}\\s*[日号])?)?",
	"\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]",
	"\\d{1,2}\\s*(?:-|~|至)\\s*\\d{1,2}\\s*月",
	"\\d{1,2}\\s*月",
	"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})",
	"(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d{2})",
	/* period labels */
	"(?i:(?:FY|CY)\\s*'?\\d{2,4}(?:\\s*[-/ ]?\\s*[QH][1-4])?)",
	"(?i:F[1-4]Q\\s*'?\\d{2,4})",
	"(?i:[1-4]\\s*Q\\s*(?:FY\\s*)?'?\\d{2,4})",
	/* in 4Q: the shorthand without its year */
	"[1-4]Q(?![0-9A-Za-z])",
	"(?i:[QH][1-4](?:\\s*(?:FY\\s*)?'?(?:19|20)?\\d{2}(?!\\d))?)",
	"(?i:\\d{2,4}\\s*[QH][1-4])",
	"(?i:[12]H\\s*(?:FY\\s*)?'?\\d{2,4})",
	"(?i:\\d{1,2}M\\s*'?\\d{2,4})",
	/* durations */
	"\\d+(?:\\.\\d+)?\\s*(?:(?:-|~|至|到)\\s*\\d+(?:\\.\\d+)?\\s*)?(?:个月|个季度|个交易日|年|天|周|小时|分钟|秒|个工作日)",
	"(?i:\\d+(?:\\.\\d+)?\\s*(?:(?:-|to)\\s*\\d+(?:\\.\\d+)?\\s*)?(?:months?|years?|days?|weeks?|hours?|minutes?|quarters)\\b)",
	/* codes */
	"(?i:\\d{3,6}\\.(?:SH|SZ|HK|SS|BJ|O|N|OQ|US|KS|T)\\b)",
	"ICP[备證证]\\s*\\d+号(?:-\\d+)?",
	"公网安备\\s*\\d+号?",
	"\\+\\d{1,3}[\\s-]*(?:\\(\\d{1,4}\\)[\\s-]*)?\\d{2,4}(?:[\\s-]\\d{2,4}){1,3}",
	"\\(\\d{3}\\)\\s*\\d{3}-\\d{4}",
	"\\d{3,4}-\\d{3,4}-\\d{3,4}",
	/* a summary's citations ([1][3]), and a list's dash before a year
	 * ("[4] - 2025年公司总营收"): no minus */
	"(?<=\\[)\\d{1,3}(?=\\])",
	"-\\s+(?=(?:19|20)\\d{2}\\s*(?:财年|年|会计年度))",
	/* ordinals and ranks */
	"第\\s*\\d+",
	"(?i:No\\.\\s*\\d+)",
	"#\\d+",
	"(?i:\\d+(?:st|nd|rd|th)\\b)",
	"(?i:top\\s*\\d+)",
	"\\d+\\s*强",
	/* product and model names: letters glued to digits */
	/* (not a change word before a minus: yoy-5%, qoq-0.6%) */
	"(?!(?i:US|HK|RMB|USD|CNY|HKD|EUR|JPY|GBP)\\d)(?!(?i:yoy|qoq|mom)-)[A-Za-z][A-Za-z&]*-?\\d+(?:\\.\\d+)?[A-Za-z]*",
	"(?<![A-Za-z])[A-Z][a-z]+\\s\\d+(?:\\.\\d+)?\\s(?:Pro|Max|Ultra|Plus|Mini|Flash|Turbo|Opus|Sonnet|Haiku|Lite)\\b",
	"(?<![A-Za-z])[vV]\\d+(?:\\.\\d+)*",
	"S&P\\s*\\d+",
};

/* Ids of number words in the trie are offset past the cue words. */
#define NUMWORD_ID 10000
/* The words around which Chinese numerals are read (百分之二十三, 三成,
 * 两倍) share the number words' trie, past their ids. */
#define CN_MARKER_ID 20000
static const char *const cn_markers[] = { "百分之", "成", "倍", "亿", "万" };
/* (the first of them that closes an amount: 一百零七亿元人民币) */
#define CN_AMOUNT_MARKER 3

/* Shapes are grouped by the bytes they can start with (see compile_skip()). */
#define SKIP_GROUPS_MAX 32

struct numlex {
	/* the skip shapes that can start on a byte, as one pattern; most
	 * bytes rule most shapes out, and an anchored alternation tries each
	 * of its branches in turn */
	struct rx *skip[SKIP_GROUPS_MAX];
	size_t nskip;
	unsigned char skip_group[256]; /* index into skip plus 1, or 0: no shape starts here */
	struct rx *number;
	struct rx *cnnum;
	struct rx *rangesep;
	struct wordtrie *words;    /* cue words */
	struct wordtrie *numwords; /* words that are numbers: 翻倍, doubled */
	int g_cur, g_sign, g_cur2, g_num, g_exp, g_more, g_scale, g_unit, g_cn, g_tenth, g_pct, g_paren, g_paren2;
	int g_amt, g_amtsc, g_amtcur;
	size_t pre_len[ARRAY_SIZE(pre_quals)];
	unsigned char qual_last[256]; /* bytes a qualifier word ends with, folded */
	size_t post_len[ARRAY_SIZE(post_quals)];
	unsigned char post_first[256]; /* bytes a qualifier after a number starts with */
	size_t cur_len[ARRAY_SIZE(currencies)];
	/* Chinese currency words that may stand before a number (人民币, 港币):
	 * the bytes they start and end with, so most text is ruled out at once */
	unsigned char cjk_pre_first[256], cjk_pre_last[256];
	unsigned char cur_first[256]; /* bytes a currency before a number starts with */
};

static int is_latin_word(const char *s)
{
	for (; *s; s++)
		if (!isalpha((unsigned char)*s) && *s != ' ' && *s != '-' && *s != '.' && *s != '\'' && *s != '/')
			return 0;
	return 1;
}

static void add_escaped(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (strchr("\\^$.|?*+()[]{}", *s))
			buf_addc(b, '\\');
		if (*s == ' ') {
			buf_adds(b, "\\s+");
			continue;
		}
		buf_addc(b, *s);
	}
}

struct wordref {
	const char *word;
	size_t index;
};

static int wordref_cmp(const void *a, const void *b)
{
	const struct wordref *x = a, *y = b;
	int c = strcmp(x->word, y->word);
	return c ? c : (x->index > y->index) - (x->index < y->index);
}

static size_t utf8_char_len(unsigned char lead)
{
	return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

/* Appends the words w[0..n), sorted and sharing their first `depth` bytes,
 * as an alternation factored on those bytes: an anchored alternation tries
 * its branches one by one, so 60 units after every number cost 60 tries
 * where the factored form costs a few. Longer words are tried before the
 * word that ends here, so the longest word still wins. */
static void add_factored(struct buf *b, const struct wordref *w, size_t n, size_t depth, int marks)
{
	size_t branches = 0, ends = n;
	for (size_t i = 0; i < n;) {
		if (!w[i].word[depth]) {
			if (ends == n)
				ends = i;
			i++;
			continue;
		}
		size_t cl = utf8_char_len((unsigned char)w[i].word[depth]), j = i + 1;
		while (j < n && w[j].word[depth] && !strncmp(w[j].word + depth, w[i].word + depth, cl))
			j++;
		branches++;
		i = j;
	}
	int wrap = branches + (ends < n) > 1;
	if (wrap)
		buf_adds(b, "(?:");
	size_t k = 0;
	for (size_t i = 0; i < n;) {
		if (!w[i].word[depth]) {
			i++;
			continue;
		}
		size_t cl = utf8_char_len((unsigned char)w[i].word[depth]), j = i + 1;
		while (j < n && w[j].word[depth] && !strncmp(w[j].word + depth, w[i].word + depth, cl))
			j++;
		if (k++)
			buf_addc(b, '|');
		char one[5];
		memcpy(one, w[i].word + depth, cl);
		one[cl] = '\0';
		add_escaped(b, one);
		add_factored(b, w + i, j - i, depth + cl, marks);
		i = j;
	}
	if (ends < n) {
		const char *word = w[ends].word;
		if (k)
			buf_addc(b, '|');
		/* a Latin word must not run on into a longer one — but a
		 * capitalised word may follow it unspaced, as a table's cells
		 * run together when a page is flattened ("$30.0BBeat") */
		if (is_latin_word(word) && isalpha((unsigned char)word[strlen(word) - 1]))
			buf_adds(b, "(?![a-z]|[A-Z](?![a-z]))");
		if (marks)
			buf_printf(b, "(*:%zu)", w[ends].index);
	}
	if (wrap)
		buf_addc(b, ')');
}

/* Appends an alternation of the given words that matches the longest one
 * it can, each Latin word closed by a word boundary and tagged with
 * (*MARK:index) when asked. */
static void add_alternation(struct buf *b, const char *const *words, size_t n, int marks)
{
	struct wordref *w = xmalloc(n * sizeof(*w));
	for (size_t i = 0; i < n; i++) {
		w[i].word = words[i];
		w[i].index = i;
	}
	qsort(w, n, sizeof(*w), wordref_cmp);
	/* a class of the first characters rules out most places at once,
	 * where the alternation would try each of its branches */
	buf_adds(b, "(?=[");
	for (size_t i = 0; i < n; i++) {
		size_t cl = utf8_char_len((unsigned char)w[i].word[0]);
		if (i && !strncmp(w[i].word, w[i - 1].word, cl))
			continue; /* sorted: the same first character as the word before */
		if (strchr("\\]^-[", w[i].word[0]))
			buf_addc(b, '\\');
		buf_add(b, w[i].word, cl);
	}
	buf_adds(b, "])(?:");
	add_factored(b, w, n, 0, marks);
	buf_addc(b, ')');
	free(w);
}

#define WORDS_OF(table, field, out)                                       \
	do {                                                               \
		for (size_t i_ = 0; i_ < ARRAY_SIZE(table); i_++)          \
			(out)[i_] = (table)[i_].field;                     \
	} while (0)

/* Compiles the skip shapes into one alternation per set of shapes that
 * can start on the same bytes, keeping their order (the first branch that
 * matches wins, in a subset as in the whole). */
static int compile_skip(struct numlex *nl, const char *const *shapes, size_t n, struct errmsg *e)
{
	struct rx_set sets[SKIP_GROUPS_MAX];
	int groups = rx_group_by_first_byte(shapes, n, 0, sets, SKIP_GROUPS_MAX, nl->skip_group, e);
	if (groups < 0)
		return -1;
	struct buf p = BUF_INIT;
	for (int g = 0; g < groups; g++) {
		buf_reset(&p);
		buf_adds(&p, "(?:");
		for (size_t i = 0, k = 0; i < n; i++)
			if (rx_set_has(&sets[g], i)) {
				buf_adds(&p, k++ ? "|" : "");
				buf_adds(&p, shapes[i]);
			}
		buf_addc(&p, ')');
		/* the shapes compiled one by one above: a group is compiled
		 * when a text first needs it */
		if (!(nl->skip[g] = rx_compile(p.data, RX_ANCHORED | RX_LATER, e))) {
			buf_free(&p);
			return -1;
		}
		nl->nskip++;
	}
	buf_free(&p);
	return 0;
}

struct numlex *numlex_new(struct errmsg *e)
{
	struct numlex *nl = xcalloc(1, sizeof(*nl));
	struct buf p = BUF_INIT;
	const char *w[256];

	/* a bare year is a period, unless a scale or unit follows (2000 亿美元),
	 * or it heads a list of figures that are no years (1994/2363/2753亿美元) */
	buf_adds(&p, "(?<![\\d.,])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d)(?!/(?!(?:19|20)\\d\\d(?!\\d))\\d{3,})(?!\\s*(?:");
	WORDS_OF(scales, text, w);
	add_alternation(&p, w, ARRAY_SIZE(scales), 0);
	buf_addc(&p, '|');
	WORDS_OF(units, text, w);
	add_alternation(&p, w, ARRAY_SIZE(units), 0);
	buf_addc(&p, '|');
	WORDS_OF(currencies, text, w);
	add_alternation(&p, w, ARRAY_SIZE(currencies), 0);
	buf_adds(&p, "|多))");
	const char *shapes[ARRAY_SIZE(skip_shapes) + 1];
	memcpy(shapes, skip_shapes, sizeof(skip_shapes));
	shapes[ARRAY_SIZE(skip_shapes)] = p.data;
	if (compile_skip(nl, shapes, ARRAY_SIZE(shapes), e) < 0) {
		buf_free(&p);
		numlex_free(nl);
		return NULL;
	}

	buf_reset(&p);
	const char *pre[ARRAY_SIZE(currencies)];
	size_t npre = 0;
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++)
		if (currencies[i].prefix)
			pre[npre++] = currencies[i].text;
	/* the match never opens on a space, so it starts where the token does */
	/* (a sign right after a change word is one: yoy-5%, qoq-0.6%) */
	/* (and a dollar sign run on from a table's label or the cell
	 * before: "Income$31.27B", "$96.43B$93.9B"; not a currency's own
	 * letters, A$, NT$) */
	buf_adds(&p, "(?:(?<=(?i:yoy|qoq|mom))(?=[+-])|(?<=[a-z][a-z]|[0-9][BMKTbmk]|[0-9])(?=\\$)|(?<![A-Za-z0-9.]))(?<!\\d,)(?:(?<cur>");
	add_alternation(&p, pre, npre, 0);
	buf_adds(&p, ")\\s*)?(?:(?<sign>[+-])\\s*)?(?:(?<cur2>");
	add_alternation(&p, pre, npre, 0);
	/* RMB192.9bn: a currency's letters may stand right before the digits,
	 * no other letter may */
	/* RMB(11.2) billion, $(134) million: a loss in brackets, as
	 * statements write one, after a currency only */
	buf_adds(&p, ")\\s*)?(?(<cur2>)|(?(<cur>)|(?<![A-Za-z0-9.,])))(?<![0-9.,])"
		     "(?(<cur2>)(?<paren>\\()?|(?(<cur>)(?<paren2>\\()?|))"
		     "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
		     "(?:[eE](?<exp>[+-]?\\d{1,3}))?(?(<paren>)\\))(?(<paren2>)\\))(?![\\d])(?<more>\\s*多)?(?:\\s*(?<scale>");
	WORDS_OF(scales, text, w);
	add_alternation(&p, w, ARRAY_SIZE(scales), 1);
	buf_adds(&p, "))?(?:\\s*(?<unit>");
	const char *uw[ARRAY_SIZE(units) + ARRAY_SIZE(currencies)];
	size_t nu = 0;
	for (size_t i = 0; i < ARRAY_SIZE(units); i++)
		uw[nu++] = units[i].text;
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++)
		uw[nu++] = currencies[i].text;
	add_alternation(&p, uw, nu, 0);
	/* ($39.33 billion $68.13 billion: a dollar sign before the next
	 * figure is that figure's, no unit after this one) */
	buf_adds(&p, ")(?!(?<=\\$)\\s*[0-9(]))?");
	nl->number = rx_compile(p.data, RX_ANCHORED, e);

	buf_reset(&p);
	/* (四成七: four tenths and seven hundredths, 47%) */
	buf_adds(&p, "(?<cn>[一二两三四五六七八九十]+)(?:倍(*:cnx)|成(?![本员功为立交长熟果品])"
		     "(?:(?<tenth>[一二三四五六七八九])(?![一二两三四五六七八九十百千万亿]))?(*:cnpct))");
	/* a wire flash's amounts: 纯利增至一百九十九亿元人民币 (not 破千亿美元,
	 * 百亿级: an order of size, said with no numeral before it) */
	buf_adds(&p, "|(?<amt>[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)(?<amtsc>万亿|亿|万)"
		     "(?<amtcur>元人民币|人民币|美元|港元|元)(*:cnamt)");
	buf_adds(&p, "|百分之(?<pct>[零〇一二两三四五六七八九十百点]+)(*:pct)");
	if (nl->number)
		nl->cnnum = rx_compile(p.data, RX_ANCHORED, e);
	if (nl->cnnum)
		nl->rangesep = rx_compile("\\s*(?:--|-|~|至|到|(?i:to|and))\\s*", RX_ANCHORED, e);
	buf_free(&p);
	if (!nl->rangesep) {
		numlex_free(nl);
		return NULL;
	}
	/* each trie of one list, which the build may have made already */
	const char *cue_words[ARRAY_SIZE(cues)];
	WORDS_OF(cues, text, cue_words);
	nl->words = wordtrie_of(cue_words, ARRAY_SIZE(cues));
	const char *nw[ARRAY_SIZE(numwords) + ARRAY_SIZE(cn_markers)];
	int ids[ARRAY_SIZE(nw)];
	for (size_t i = 0; i < ARRAY_SIZE(numwords); i++) {
		nw[i] = numwords[i].text;
		ids[i] = NUMWORD_ID + (int)i;
	}
	for (size_t i = 0; i < ARRAY_SIZE(cn_markers); i++) {
		nw[ARRAY_SIZE(numwords) + i] = cn_markers[i];
		ids[ARRAY_SIZE(numwords) + i] = CN_MARKER_ID + (int)i;
	}
	nl->numwords = wordtrie_of_ids(nw, ids, ARRAY_SIZE(nw));
	for (size_t i = 0; i < ARRAY_SIZE(pre_quals); i++) {
		nl->pre_len[i] = strlen(pre_quals[i].text);
		nl->qual_last[(unsigned char)tolower((unsigned char)pre_quals[i].text[nl->pre_len[i] - 1])] = 1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(post_quals); i++) {
		unsigned char f = (unsigned char)post_quals[i].text[0];
		nl->post_len[i] = strlen(post_quals[i].text);
		nl->post_first[f] = nl->post_first[toupper(f)] = 1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++) {
		const char *cw = currencies[i].text;
		nl->cur_len[i] = strlen(cw);
		if (currencies[i].prefix)
			nl->cur_first[(unsigned char)cw[0]] = nl->cur_first[(unsigned char)tolower((unsigned char)cw[0])] = 1;
		if (currencies[i].prefix && (unsigned char)cw[0] >= 0xE0) {
			nl->cjk_pre_first[(unsigned char)cw[0]] = 1;
			nl->cjk_pre_last[(unsigned char)cw[nl->cur_len[i] - 1]] = 1;
		}
	}
	nl->g_cn = rx_group_number(nl->cnnum, "cn");
	nl->g_pct = rx_group_number(nl->cnnum, "pct");
	nl->g_tenth = rx_group_number(nl->cnnum, "tenth");
	nl->g_amt = rx_group_number(nl->cnnum, "amt");
	nl->g_amtsc = rx_group_number(nl->cnnum, "amtsc");
	nl->g_amtcur = rx_group_number(nl->cnnum, "amtcur");
	nl->g_cur = rx_group_number(nl->number, "cur");
	nl->g_sign = rx_group_number(nl->number, "sign");
	nl->g_paren = rx_group_number(nl->number, "paren");
	nl->g_paren2 = rx_group_number(nl->number, "paren2");
	nl->g_cur2 = rx_group_number(nl->number, "cur2");
	nl->g_num = rx_group_number(nl->number, "num");
	nl->g_exp = rx_group_number(nl->number, "exp");
	nl->g_more = rx_group_number(nl->number, "more");
	nl->g_scale = rx_group_number(nl->number, "scale");
	nl->g_unit = rx_group_number(nl->number, "unit");
	return nl;
}

void numlex_free(struct numlex *nl)
{
	if (!nl)
		return;
	for (size_t i = 0; i < nl->nskip; i++)
		rx_free(nl->skip[i]);
	rx_free(nl->number);
	rx_free(nl->cnnum);
	rx_free(nl->rangesep);
	wordtrie_free(nl->words);
	wordtrie_free(nl->numwords);
	free(nl);
}

/* isdigit() without the locale lookup: these loops run over every byte. */
#define IS_DIGIT(c) ((unsigned)((unsigned char)(c) - '0') < 10u)

/* Whether text[s..e) is the n-byte `word`, ASCII case folded. */
static int span_eq_n(const char *text, size_t s, size_t e, const char *word, size_t n)
{
	if (e - s != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)text[s + i]) != tolower((unsigned char)word[i]))
			return 0;
	return 1;
}

static int span_eq(const char *text, size_t s, size_t e, const char *word)
{
	return span_eq_n(text, s, e, word, strlen(word));
}

const char *numlex_currency_code(const char *text, size_t s, size_t e)
{
	while (s < e && text[s] == ' ')
		s++;
	while (e > s && text[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++)
		if (span_eq(text, s, e, currencies[i].text))
			return currencies[i].code;
	return NULL;
}

/* Chinese numerals as finance writes them: 二十三点七, 十七点一, 两. */
static int parse_cn_number(const char *s, size_t n, double *out)
{
	static const char *const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	double intpart = 0, section = 0, frac = 0, fscale = 0.1;
	int in_frac = 0, any = 0;
	size_t i = 0;
	while (i < n) {
		int d = -1;
		size_t step = 3;
		for (int k = 0; k < 10; k++)
			if (i + 3 <= n && memcmp(s + i, digits[k], 3) == 0)
				d = k;
		if (i + 3 <= n && memcmp(s + i, "〇", 3) == 0)
			d = 0;
		if (i + 3 <= n && memcmp(s + i, "两", 3) == 0)
			d = 2;
		if (d >= 0) {
			if (in_frac) {
				frac += d * fscale;
				fscale /= 10;
			} else {
				section = section * 10 + d;
			}
			any = 1;
		} else if (i + 3 <= n && memcmp(s + i, "十", 3) == 0 && !in_frac) {
			intpart += (section ? section : 1) * 10;
			section = 0;
			any = 1;
		} else if (i + 3 <= n && memcmp(s + i, "百", 3) == 0 && !in_frac) {
			intpart += (section ? section : 1) * 100;
			section = 0;
			any = 1;
		} else if (i + 3 <= n && memcmp(s + i, "千", 3) == 0 && !in_frac) {
			intpart += (section ? section : 1) * 1000;
			section = 0;
			any = 1;
		} else if (i + 3 <= n && memcmp(s + i, "点", 3) == 0 && !in_frac) {
			in_frac = 1;
		} else {
			return -1;
		}
		i += step;
	}
	if (!any)
		return -1;
	*out = intpart + section + frac;
	return 0;
}

static void set_unit_class(struct numlex_token *t, enum unit_class cls)
{
	switch (cls) {
	case U_PERCENT:
		t->kind = NL_PERCENT;
		copy_str(t->unit, sizeof(t->unit), "%");
		break;
	case U_PP:
		t->kind = NL_PP;
		copy_str(t->unit, sizeof(t->unit), "pp");
		break;
	case U_BP:
		t->kind = NL_PP;
		t->value /= 100;
		t->resolution /= 100;
		copy_str(t->unit, sizeof(t->unit), "pp");
		break;
	case U_MULTIPLE:
		t->kind = NL_MULTIPLE;
		copy_str(t->unit, sizeof(t->unit), "x");
		break;
	case U_COUNT:
		t->kind = NL_COUNT;
		copy_str(t->unit, sizeof(t->unit), "count");
		break;
	}
}

static const char *currency_code(const struct numlex *nl, const char *text, size_t s, size_t e)
{
	/* "RMB " and friends are matched with their trailing space */
	while (e > s && text[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++)
		if (span_eq_n(text, s, e, currencies[i].text, nl->cur_len[i]))
			return currencies[i].code;
	return NULL;
}

/* Whether Chinese is written on the same line shortly before `pos`. */
static int chinese_line_before(const char *text, size_t pos)
{
	for (size_t i = pos, n = 0; i > 0 && n < 48; i--, n++) {
		unsigned char c = (unsigned char)text[i - 1];
		if (c == '\n')
			return 0;
		if (c >= 0xE4 && c <= 0xE9)
			return 1;
	}
	return 0;
}

/* The value of a plain decimal ("3920", "180.2"). Up to 15 digits the
 * integer of its digits and the power of ten are exact doubles, so one
 * division rounds as strtod() would, at a fraction of its cost. */
static double decimal_value(const char *digits)
{
	static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
					1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	uint64_t mant = 0;
	int ndigits = 0, frac = -1;
	for (const char *p = digits; *p; p++) {
		if (*p == '.') {
			frac = 0;
			continue;
		}
		if (++ndigits > 15) {
			double v = 0;
			parse_double(digits, &v);
			return v;
		}
		mant = mant * 10 + (uint64_t)(*p - '0');
		if (frac >= 0)
			frac++;
	}
	return (double)mant / pow10[frac > 0 ? frac : 0];
}

/* More significant digits than any report writes (a double holds 15 to
 * 17): such a run is no quantity, and the patterns never see it, so that
 * a long run of digits costs no more than other text. */
#define MAX_DIGITS 18

/* The end of the run of digits that starts at text[d], with the points
 * and the thousands commas (a comma before exactly three digits) inside
 * it, and how many digits it holds. 12.5,13.2 is two runs. */
static size_t digit_run(const char *text, size_t len, size_t d, size_t *ndigits)
{
	size_t i = d, nd = 0;
	while (i < len) {
		if (IS_DIGIT(text[i]))
			nd++;
		else if (!(text[i] == '.' && i + 1 < len && IS_DIGIT(text[i + 1])) &&
			 !(text[i] == ',' && i + 3 < len && IS_DIGIT(text[i + 1]) && IS_DIGIT(text[i + 2]) &&
			   IS_DIGIT(text[i + 3]) && (i + 4 >= len || !IS_DIGIT(text[i + 4]))))
			break;
		i++;
	}
	*ndigits = nd;
	return i;
}

/* Whether the dash at text[sp], a space after it, is no sign: after
 * another dash, after a word and one space (running text), or opening a
 * line (a bullet's mark: "- $88.3 billion"). After a tab or a run of spaces
 * within a line a table's cell holds it, and it is a minus. */
static int sign_in_prose(const char *text, size_t sp)
{
	if (sp > 0 && text[sp - 1] == '-')
		return 1;
	/* "- $88.3 billion revenue" opening a line: a bullet's mark */
	size_t b = sp;
	while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t'))
		b--;
	if (b == 0 || text[b - 1] == '\n')
		return 1;
	if (sp < 2 || text[sp - 1] != ' ')
		return 0;
	unsigned char c = (unsigned char)text[sp - 2];
	return c != ' ' && c != '\t' && c != '\n' && c != '|';
}

/* Decodes one match of the number pattern into `t`. Returns -1 for a
 * number that is no quantity: more than MAX_DIGITS digits, an exponent
 * the pattern could not read (1e1234), or a value near a double's limit. */
static int decode_number(const struct numlex *nl, const char *text, size_t len, const struct rx_match *m,
			 struct numlex_token *t)
{
	memset(t, 0, sizeof(*t));
	t->start = m->ovec[0];
	t->end = m->ovec[1];
	/* the pattern may open on spaces before an optional prefix */
	int firsts[] = { nl->g_cur, nl->g_sign, nl->g_cur2, nl->g_num };
	for (size_t i = 0; i < ARRAY_SIZE(firsts); i++)
		if (rx_has(m, firsts[i])) {
			t->start = m->ovec[2 * firsts[i]];
			break;
		}
	/* "on the backlog -- $245 billion", "a number - $245 billion": a
	 * dash set apart from the figure in running text is punctuation; a
	 * minus stands against its figure, or alone in a table's cell */
	int dash = 0;
	if (rx_has(m, nl->g_sign) && !rx_has(m, nl->g_cur)) {
		size_t sp = m->ovec[2 * nl->g_sign];
		if (text[sp] == '-' && sp + 1 < len && (text[sp + 1] == ' ' || text[sp + 1] == '\t') &&
		    sign_in_prose(text, sp)) {
			dash = 1;
			size_t next = nl->g_cur2 >= 0 && rx_has(m, nl->g_cur2) ? (size_t)m->ovec[2 * nl->g_cur2] :
										   (size_t)m->ovec[2 * nl->g_num];
			if (rx_has(m, nl->g_paren))
				next--;
			t->start = next;
		}
	}
	t->kind = NL_NUMBER;
	size_t ns = m->ovec[2 * nl->g_num], ne = m->ovec[2 * nl->g_num + 1];
	char digits[MAX_DIGITS + 2 + 6];
	size_t k = 0, nd = 0;
	int seen_dot = 0;
	t->resolution = 1;
	for (size_t i = ns; i < ne; i++) {
		if (text[i] == ',')
			continue;
		if (seen_dot)
			t->resolution /= 10;
		if (text[i] == '.')
			seen_dot = 1;
		else if (++nd > MAX_DIGITS)
			return -1;
		digits[k++] = text[i];
	}
	digits[k] = '\0';
	if (rx_has(m, nl->g_exp)) {
		/* 1.5e9: read whole by strtod, which rounds it once */
		size_t es = m->ovec[2 * nl->g_exp], ee = m->ovec[2 * nl->g_exp + 1];
		digits[k++] = 'e';
		memcpy(digits + k, text + es, ee - es);
		digits[k + ee - es] = '\0';
		if (parse_double(digits, &t->value) < 0)
			return -1;
		t->resolution *= pow(10, strtod(digits + k, NULL));
	} else if (ne + 1 < len && (text[ne] == 'e' || text[ne] == 'E') &&
		   (IS_DIGIT(text[ne + 1]) ||
		    (ne + 2 < len && (text[ne + 1] == '+' || text[ne + 1] == '-') && IS_DIGIT(text[ne + 2])))) {
		return -1;
	} else {
		t->value = decimal_value(digits);
	}
	if ((rx_has(m, nl->g_sign) && text[m->ovec[2 * nl->g_sign]] == '-' && !dash) || rx_has(m, nl->g_paren) ||
	    rx_has(m, nl->g_paren2))
		t->value = -t->value;
	if (rx_has(m, nl->g_more))
		t->qualifier = QUAL_AT_LEAST;
	if (rx_has(m, nl->g_scale)) {
		/* the scale alternation tags each word with its table index */
		long idx = -1;
		if (m->mark)
			parse_long(m->mark, &idx);
		if (idx >= 0 && (size_t)idx < ARRAY_SIZE(scales)) {
			t->value *= scales[idx].factor;
			t->resolution *= scales[idx].factor;
			t->scaled = 1;
		}
	}
	const char *code = NULL;
	if (rx_has(m, nl->g_cur))
		code = currency_code(nl, text, m->ovec[2 * nl->g_cur], m->ovec[2 * nl->g_cur + 1]);
	if (!code && rx_has(m, nl->g_cur2))
		code = currency_code(nl, text, m->ovec[2 * nl->g_cur2], m->ovec[2 * nl->g_cur2 + 1]);
	if (rx_has(m, nl->g_unit)) {
		size_t us = m->ovec[2 * nl->g_unit], ue = m->ovec[2 * nl->g_unit + 1];
		const char *c = currency_code(nl, text, us, ue);
		/* 新台币 3676 亿元, 港币 120 亿元: 元 only says "currency units"
		 * after a currency named before the number */
		if (c) {
			/* "148.81亿元美元": a slip of 元 before the currency meant */
			static const char *const meant[][2] = { { "美元", "USD" }, { "港元", "HKD" } };
			for (size_t i = 0; i < ARRAY_SIZE(meant) && span_eq(text, us, ue, "元") && t->end == ue; i++)
				if (ue + 6 <= len && !memcmp(text + ue, meant[i][0], 6)) {
					c = meant[i][1];
					t->end = ue + 6;
				}
			if (!code || !span_eq(text, us, ue, "元")) {
				t->yuan = !code && span_eq(text, us, ue, "元") && strcmp(c, "USD") && strcmp(c, "HKD");
				code = c;
				/* (cents alone: "$0.76 cents" is no figure anyone
				 * writes) */
				int hundredths = 0;
				for (size_t h = 0; h < ARRAY_SIZE(hundredth_words); h++)
					hundredths |= span_eq(text, us, ue, hundredth_words[h]);
				if (hundredths && !rx_has(m, nl->g_cur) && !rx_has(m, nl->g_cur2) && !t->scaled) {
					t->value /= 100;
					t->resolution /= 100;
				}
			}
		} else {
			for (size_t i = 0; i < ARRAY_SIZE(units); i++)
				if (span_eq(text, us, ue, units[i].text)) {
					enum unit_class cls = units[i].cls;
					/* Chinese research writes 环比+2.9pct for points */
					if (!strncmp(units[i].text, "pct", 3) && chinese_line_before(text, t->start))
						cls = U_PP;
					set_unit_class(t, cls);
					break;
				}
		}
	}
	if (code) {
		t->kind = NL_AMOUNT;
		copy_str(t->unit, sizeof(t->unit), code);
	} else if (t->kind == NL_NUMBER && t->scaled) {
		t->kind = NL_COUNT;
		copy_str(t->unit, sizeof(t->unit), "count");
	}
	/* a scale borrowed later (8e300/1T) must not overflow it either */
	return fabs(t->value) < 1e200 ? 0 : -1;
}

static size_t skip_spaces_back(const char *text, size_t pos)
{
	while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
		pos--;
	return pos;
}

static int ends_with_word(const char *text, size_t pos, const char *word)
{
	size_t n = strlen(word);
	if (n > pos)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)text[pos - n + i]) != tolower((unsigned char)word[i]))
			return 0;
	/* a Latin word must not be the tail of a longer word */
	if (isalpha((unsigned char)word[0]) && pos > n && isalpha((unsigned char)text[pos - n - 1]))
		return 0;
	return 1;
}

/* Whether the "up" of "up to" at text[at] is a verb's ("growth sped up
 * to 38%", "picked up to 12%"): the figure is where the rate went, no
 * ceiling. */
static int phrasal_up(const char *text, size_t at, size_t floor)
{
	static const char *const verbs[] = {
		"speeds", "speed", "sped", "speeding", "picks", "pick", "picked", "picking", "ramps",
		"ramp", "ramped", "ramping", "ticks", "tick", "ticked", "ticking", "steps", "step",
		"stepped", "stepping", "moves", "moved", "moving", "went", "goes", "shot", "jumped",
		"jumps", "revised", "raised", "bumped", "inched", "edged", "crept", "crawled",
	};
	size_t pos = at;
	while (pos > floor && text[pos - 1] == ' ')
		pos--;
	if (pos == at)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
		if (pos >= floor + strlen(verbs[i]) && ends_with_word(text, pos, verbs[i]))
			return 1;
	return 0;
}

/* Looks for a qualifier word just before `start`; widens the token over it. */
/* "negative $10.0 billion", "minus 5%", 负100亿: a sign said in a word
 * before the number, which then starts at the word. */
/* Whether the words right before a number at text[start] say how far
 * something moved (上调, 下调, 提高, 增加): the number is by how much,
 * so no range's first end. */
static int moved_by(const char *text, size_t start, size_t floor)
{
	static const char *const verbs[] = { "上调", "下调", "上修", "下修", "调升", "调降", "提高", "降低", "增加", "减少" };
	size_t p = skip_spaces_back(text, start);
	for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
		if (p >= floor + 6 && !memcmp(text + p - 6, verbs[i], 6))
			return 1;
	return 0;
}

/* "mid 20%", "the mid-20s percent": about 25%; "low 20%", "high-30s%": a
 * stretch of ten points no one figure stands for, so a bare number (no
 * percentage to store). */
static void vague_tens(const char *text, struct numlex_token *t, size_t floor)
{
	if (t->kind != NL_PERCENT || t->qualifier == QUAL_RANGE || t->value < 10 || t->value > 90 ||
	    fmod(t->value, 10) != 0)
		return;
	size_t p = t->start;
	while (p > floor && (text[p - 1] == ' ' || text[p - 1] == '-'))
		p--;
	static const char *const words[] = { "mid", "low", "high" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		if (p >= floor + n && p < t->start && ends_with_word(text, p, words[i])) {
			if (i == 0) {
				t->value += 5;
				t->qualifier = QUAL_APPROX;
			} else {
				t->kind = NL_NUMBER;
				t->unit[0] = '\0';
			}
			t->start = p - n;
			return;
		}
	}
}

static void sign_before(const char *text, struct numlex_token *t, size_t floor)
{
	static const char *const words[] = { "a negative", "negative", "minus" };
	if (t->value < 0)
		return;
	if (t->start >= floor + 3 && !memcmp(text + t->start - 3, "负", 3)) {
		t->value = -t->value;
		t->start -= 3;
		return;
	}
	/* 自由现金流净流出 218.4 亿元 (an outflow), 上年同期为净流入 137.4 亿元 */
	size_t cjk = skip_spaces_back(text, t->start);
	if (cjk >= floor + 9 && (!memcmp(text + cjk - 9, "净流出", 9) || !memcmp(text + cjk - 9, "净流入", 9))) {
		if (!memcmp(text + cjk - 9, "净流出", 9)) {
			t->value = -t->value;
			double lo = t->low;
			t->low = -t->high;
			t->high = -lo;
		}
		t->start = cjk - 9;
		return;
	}
	/* "free cash flow was an outflow of 18.6 billion yuan, compared with an
	 * inflow of 39.0 billion" (as 净流出, 净流入) */
	static const char *const flows[] = { "an outflow of", "a net outflow of", "net outflow of", "outflow of",
					     "an inflow of", "a net inflow of", "net inflow of", "inflow of" };
	size_t fl = skip_spaces_back(text, t->start);
	for (size_t i = 0; i < ARRAY_SIZE(flows); i++) {
		size_t n = strlen(flows[i]);
		if (fl >= floor + n && ends_with_word(text, fl, flows[i])) {
			if (strstr(flows[i], "outflow")) {
				t->value = -t->value;
				double lo = t->low;
				t->low = -t->high;
				t->high = -lo;
			}
			t->start = fl - n;
			return;
		}
	}
	size_t pos = skip_spaces_back(text, t->start);
	if (pos == t->start)
		return; /* minus5: no word */
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		/* "plus or minus 2%" is a margin around a figure, not a sign */
		if (pos >= floor + n && ends_with_word(text, pos, words[i]) &&
		    !(pos - n >= floor + 8 && ends_with_word(text, skip_spaces_back(text, pos - n), "plus or"))) {
			t->value = -t->value;
			t->start = pos - n;
			return;
		}
	}
}

/* Whether the line break at text[i] is one of the sorted `wraps`: a line
 * of running text the segmenter runs on over the break. */
static int is_wrap(const size_t *wraps, size_t nwraps, size_t i)
{
	size_t lo = 0, hi = nwraps;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (wraps[mid] < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nwraps && wraps[lo] == i;
}

static void qualify_before(const struct numlex *nl, const char *text, struct numlex_token *t, size_t floor,
			   const size_t *wraps, size_t nwraps)
{
	size_t pos = skip_spaces_back(text, t->start);
	/* 约 / 128亿美元: past a wrapped line's break */
	if (pos > floor + 1 && text[pos - 1] == '\n' && is_wrap(wraps, nwraps, pos - 1))
		pos = skip_spaces_back(text, pos - 1);
	size_t best = 0;
	enum numlex_qualifier q = QUAL_EXACT;
	unsigned char last = pos ? (unsigned char)tolower((unsigned char)text[pos - 1]) : 0;
	/* the byte before a number is rarely a qualifier's last byte */
	if (!nl->qual_last[last])
		return;
	for (size_t i = 0; i < ARRAY_SIZE(pre_quals); i++) {
		size_t n = nl->pre_len[i];
		/* cheap test first: the word's last byte */
		if ((unsigned char)tolower((unsigned char)pre_quals[i].text[n - 1]) != last)
			continue;
		if (n > best && pos >= floor + n && ends_with_word(text, pos, pre_quals[i].text)) {
			best = n;
			q = pre_quals[i].q;
		}
	}
	if (best && q == QUAL_AT_MOST && best == 5 && phrasal_up(text, pos - best, floor))
		return;
	if (best && t->qualifier != QUAL_RANGE) {
		t->qualifier = q;
		t->start = pos - best;
	}
}

static void qualify_after(const struct numlex *nl, const char *text, size_t len, struct numlex_token *t)
{
	size_t pos = t->end;
	while (pos < len && text[pos] == ' ')
		pos++;
	if (pos >= len || !nl->post_first[(unsigned char)text[pos]])
		return;
	for (size_t i = 0; i < ARRAY_SIZE(post_quals); i++) {
		size_t n = nl->post_len[i];
		if (pos + n <= len && span_eq_n(text, pos, pos + n, post_quals[i].text, n)) {
			if (isalpha((unsigned char)post_quals[i].text[0]) && pos + n < len &&
			    isalpha((unsigned char)text[pos + n]))
				continue;
			/* "$1.36B    +134% Y/Y": a + set apart, or before a digit, is
			 * the next figure's sign, not "or more" */
			if (post_quals[i].text[0] == '+' &&
			    (pos > t->end || (pos + 1 < len && IS_DIGIT(text[pos + 1]))))
				continue;
			/* ("$9.6 billion plus or minus $300 million": a margin
			 * said after it, not "or more") */
			if (pos + n + 9 <= len && span_eq_n(text, pos + n, pos + n + 9, " or minus", 9))
				continue;
			if (t->qualifier != QUAL_RANGE && post_quals[i].q != QUAL_EXACT)
				t->qualifier = post_quals[i].q;
			t->end = pos + n;
			return;
		}
	}
}

/* Takes unit and scale from a later member of a range or list when the
 * earlier one was written without them (70-80%, 3250 亿/3780 亿美元). */
static int borrow_unit(struct numlex_token *a, const struct numlex_token *b, double scale_b)
{
	if (a->kind == NL_NUMBER || (a->kind == NL_COUNT && b->kind == NL_AMOUNT)) {
		if (!a->scaled && b->scaled) {
			a->value *= scale_b;
			a->resolution *= scale_b;
		}
		a->kind = b->kind;
		a->scaled = b->scaled;
		memcpy(a->unit, b->unit, sizeof(a->unit));
		a->yuan = b->yuan;
		return 0;
	}
	/* $1.96-2.00: the currency on the left holds for both ends */
	if (a->kind == NL_AMOUNT && b->kind == NL_NUMBER && !a->scaled)
		return 0;
	if (a->kind == NL_AMOUNT && b->kind == NL_COUNT && b->scaled && !a->scaled) {
		/* $66-72bn: the currency on the left, the scale on the right */
		a->value *= scale_b;
		a->resolution *= scale_b;
		a->scaled = 1;
		return 0;
	}
	/* USD 12 billion - 14 billion: the currency on the left, a scale on
	 * both sides */
	if (a->kind == NL_AMOUNT && b->kind == NL_COUNT && b->scaled && a->scaled && !strcmp(b->unit, "count"))
		return 0;
	if (a->kind == NL_AMOUNT && b->kind == NL_AMOUNT && !strcmp(a->unit, b->unit)) {
		if (!a->scaled && b->scaled) {
			a->value *= scale_b;
			a->resolution *= scale_b;
		}
		return 0;
	}
	if (a->kind == b->kind && !strcmp(a->unit, b->unit))
		return 0;
	return -1;
}

static double scale_of(const struct numlex *nl, const struct rx_match *m)
{
	long idx = -1;
	if (rx_has(m, nl->g_scale) && m->mark && parse_long(m->mark, &idx) == 0 && idx >= 0 &&
	    (size_t)idx < ARRAY_SIZE(scales))
		return scales[idx].factor;
	return 1;
}

/* A byte that bounds the sentence a cue word can act in: a line break that
 * is no wrap, 。, or the period of ". ". Looser than the segmenter, never
 * narrower. */
static int sentence_edge(const char *text, size_t i, const size_t *wraps, size_t nwraps)
{
	unsigned char c = (unsigned char)text[i];
	if (c == '\n')
		return !is_wrap(wraps, nwraps, i);
	if (c == 0x82 && i >= 2 && (unsigned char)text[i - 2] == 0xE3 && (unsigned char)text[i - 1] == 0x80)
		return 1; /* the last byte of 。 */
	return c == '.' && text[i + 1] == ' ';
}

static int is_hard_stop(const char *text, size_t len, size_t i)
{
	if (text[i] == '\n' || text[i] == '!' || text[i] == '?')
		return 1;
	if (text[i] == '.' && (i + 1 >= len || text[i + 1] == ' ' || text[i + 1] == '\n') &&
	    !(i > 0 && isdigit((unsigned char)text[i - 1]) && i + 1 < len && isdigit((unsigned char)text[i + 1])))
		return 1;
	return i + 3 <= len && (!memcmp(text + i, "。", 3) || !memcmp(text + i, "！", 3) ||
				!memcmp(text + i, "？", 3));
}

/* How far before the digit it holds a number or a non-quantity may start
 * ("Trainium2", "ICP备", "US$ "), and how far after it to let a pattern
 * look before the window is widened. */
#define WINDOW_BEFORE 24
#define WINDOW_AFTER 96

struct numpass {
	const struct numlex *nl;
	const char *text;
	size_t len;
	const size_t *wraps; /* the line breaks a sentence runs on over, sorted */
	size_t nwraps;
	struct rx_match m_skip, m_num, m_num2, m_sep;
	struct numlex_token *toks;
	size_t n, cap;
	int slash_groups;
};

/* Whether a number or a non-quantity shape can start at text[i]: a digit
 * run, a word, a currency sign, a sign, or one of the few Chinese
 * characters a shape opens with. Only there is a pattern tried, anchored. */
static int can_start(const struct numlex *nl, const char *text, size_t i)
{
	unsigned char c = (unsigned char)text[i], p = i ? (unsigned char)text[i - 1] : ' ';
	if (isdigit(c))
		return !isdigit(p) && p != '.' && p != ',';
	if (isalpha(c))
		return !isalnum(p) && p != '&';
	if (strchr("$+-(#~", c))
		return 1;
	if (c == 0xC2 || c == 0xE2) /* £ ¥ € */
		return 1;
	if (nl->cjk_pre_first[c])
		for (size_t k = 0; k < ARRAY_SIZE(currencies); k++)
			if (currencies[k].prefix && (unsigned char)currencies[k].text[0] == c &&
			    !strncmp(text + i, currencies[k].text, nl->cur_len[k]))
				return 1;
	return !memcmp(text + i, "第", 3) || !memcmp(text + i, "公", 3);
}

/* Whether a non-quantity shape (a date, a year, a period label, a
 * duration, a code, a phone number, an ordinal) can start at the digit
 * text[d]: only if the digit run is a year, or is followed by one of the
 * few characters those shapes go on with. Ordinary numbers (51%, 3920
 * 亿美元, $34.9bn) are thus spared the pattern. */
static int skip_possible(const char *text, size_t len, size_t d)
{
	static const char *const cjk[] = { "年", "财", "月", "个", "天", "周", "小", "分", "秒", "强", "至", "到", "日", "号" };
	size_t e = d;
	while (e < len && isdigit((unsigned char)text[e]))
		e++;
	if (e - d == 4 && (!strncmp(text + d, "19", 2) || !strncmp(text + d, "20", 2)))
		return 1;
	if (e < len && text[e] == '.' && e + 1 < len && isdigit((unsigned char)text[e + 1])) {
		e++;
		while (e < len && isdigit((unsigned char)text[e]))
			e++;
	}
	while (e < len && text[e] == ' ')
		e++;
	if (e >= len)
		return 0;
	unsigned char c = (unsigned char)text[e];
	if (strchr("-/:.~'QHMqhmydwsnrt", c))
		return 1;
	if (c >= 0xE0)
		for (size_t i = 0; i < ARRAY_SIZE(cjk); i++)
			if (e + 3 <= len && !memcmp(text + e, cjk[i], 3))
				return 1;
	return 0;
}

/* The length of a Chinese currency word that may stand before a number
 * (人民币, 港币) and ends at `end`, or 0. */
static size_t cjk_currency_before(const struct numlex *nl, const char *text, size_t lo, size_t end)
{
	if (end == lo || !nl->cjk_pre_last[(unsigned char)text[end - 1]])
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(currencies); i++) {
		const char *w = currencies[i].text;
		size_t n = nl->cur_len[i];
		if (currencies[i].prefix && (unsigned char)w[0] >= 0xE0 && end >= lo + n && !memcmp(text + end - n, w, n))
			return n;
	}
	return 0;
}

/* Tries the skip shapes, then numbers, anchored at each possible start
 * from `lo` up to the digit `d`; the first hit is the leftmost match.
 * Returns 1 for a skip, 2 for a number (in np->m_skip or np->m_num), 0 for
 * none, -1 on error. */
static int match_near(struct numpass *np, size_t lo, size_t d)
{
	const struct numlex *nl = np->nl;
	/* A shape that starts before the digit runs up to it through at most
	 * one word (Gemini 3, Oct. 29, S&P 500, GPT-5) or a prefix (US$, 第,
	 * ICP备): nothing else needs trying. */
	const char *text = np->text;
	size_t c0 = d, words = 0;
	while (c0 > lo) {
		unsigned char b = (unsigned char)text[c0 - 1];
		if (isalpha(b)) {
			size_t w = c0 - 1;
			while (w > lo && isalpha((unsigned char)text[w - 1]))
				w--;
			if (++words > 1)
				break;
			c0 = w;
		} else if (b == ' ' || b == '.' || b == '&' || b == '-' || b == '\'' || b == '(' || b == '+' ||
			   b == '#' || b == '$' || b == '~' || b >= 0x80) {
			if (b >= 0x80) {
				/* only the Chinese prefixes: 第, ICP备, 公网安备, currency
				 * words (新台币 3676 亿元) and currency signs */
				size_t cw = cjk_currency_before(nl, text, lo, c0);
				if (cw) {
					c0 -= cw;
					continue;
				}
				size_t k = c0 - 1;
				while (k > lo && ((unsigned char)text[k] & 0xC0) == 0x80)
					k--;
				unsigned char lead = (unsigned char)text[k];
				if (!(lead == 0xC2 || lead == 0xE2 || !memcmp(text + k, "第", 3) ||
				      !memcmp(text + k, "备", 3) || !memcmp(text + k, "安", 3) ||
				      !memcmp(text + k, "网", 3) || !memcmp(text + k, "公", 3)))
					break;
				c0 = k;
			} else {
				c0--;
			}
		} else {
			break;
		}
	}
	lo = c0;
	for (size_t c = lo; c <= d; c++) {
		if (!can_start(nl, np->text, c))
			continue;
		size_t we = d + WINDOW_AFTER < np->len ? d + WINDOW_AFTER : np->len;
		/* a number opens on a digit, a sign, a currency sign or code */
		unsigned char b = (unsigned char)np->text[c];
		int number_here = isdigit(b) || !isalpha(b) || nl->cur_first[b];
		int group = nl->skip_group[b];
		int first = !group || (c == d && !skip_possible(np->text, np->len, d)) ? 2 : 1;
		for (int which = first; which <= 1 + number_here; which++) {
			const struct rx *rx = which == 1 ? nl->skip[group - 1] : nl->number;
			struct rx_match *m = which == 1 ? &np->m_skip : &np->m_num;
			int r = rx_find(rx, np->text, we, c, 1, m);
			/* a match that reaches the window's end may be cut short */
			while (r == 1 && we < np->len && m->ovec[1] + 16 >= we) {
				/* doubled, so a long match costs its length, not its square */
				we = we + (we - c) < np->len ? we + (we - c) : np->len;
				r = rx_find(rx, np->text, we, c, 1, m);
			}
			if (r)
				return r < 0 ? -1 : which;
		}
	}
	return 0;
}

/* Whether a range separator (-, ~, 至, 到, to, and) can follow `pos`: the
 * pattern that reads it is tried only then. */
static int range_sep_possible(const char *text, size_t len, size_t pos)
{
	while (pos < len && isspace((unsigned char)text[pos]))
		pos++;
	if (pos >= len)
		return 0;
	unsigned char c = (unsigned char)text[pos];
	if (c && strchr("-~tTaA", c))
		return 1;
	return pos + 3 <= len && (!memcmp(text + pos, "至", 3) || !memcmp(text + pos, "到", 3));
}

/* Whether a number token t[0..n) (in order) starts at `pos`, past spaces
 * (or its qualifier does: 大升约 5%). */
static int number_right_after(const struct numlex_token *t, size_t n, const char *text, size_t len, size_t pos)
{
	while (pos < len && text[pos] == ' ')
		pos++;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo].start == pos;
}

/* Whether one of the number tokens t[0..n) ends right before `pos`,
 * spaces aside. */
static int number_right_before(const struct numlex_token *t, size_t n, const char *text, size_t pos)
{
	while (pos > 0 && text[pos - 1] == ' ')
		pos--;
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (t[mid].end < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && t[lo].end == pos;
}

static int overlaps_any(const struct numlex_token *t, size_t n, size_t *hint, size_t s, size_t e)
{
	while (*hint < n && t[*hint].end <= s)
		(*hint)++;
	return *hint < n && t[*hint].start < e;
}


/* Numbers, ranges, lists and their qualifiers, in the order they stand. */
/* Whether only a list mark (、 , and 和 与) and spaces stand in text[s..e). */
static int list_gap(const char *text, size_t s, size_t e)
{
	static const char *const marks[] = { "、", ",", "，", "and", "和", "与", "及" };
	while (s < e && text[s] == ' ')
		s++;
	while (e > s && text[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++)
		if (e - s == strlen(marks[i]) && !memcmp(text + s, marks[i], e - s))
			return 1;
	return 0;
}

/* 129.8、314.3、33.9 亿元: the bare numbers of a list take the unit and the
 * scale written once, after its last member. */
static void share_list_units(struct numpass *np)
{
	for (size_t i = 0; i < np->n; i++) {
		if (np->toks[i].kind != NL_NUMBER || np->toks[i].slash_group)
			continue;
		size_t j = i;
		while (j + 1 < np->n && np->toks[j].kind == NL_NUMBER && !np->toks[j + 1].slash_group &&
		       list_gap(np->text, np->toks[j].end, np->toks[j + 1].start))
			j++;
		const struct numlex_token *last = &np->toks[j];
		if (j == i || last->kind == NL_NUMBER || last->kind == NL_CUE || last->qualifier == QUAL_RANGE) {
			i = j;
			continue;
		}
		/* the scale: the last member's value over the number it writes */
		size_t d = last->start;
		while (d < last->end && !isdigit((unsigned char)np->text[d]))
			d++;
		char num[32];
		size_t k = 0;
		/* (past the thousands' commas: 3,740亿 writes 3740, not 3) */
		while (d < last->end && k + 1 < sizeof(num) &&
		       (isdigit((unsigned char)np->text[d]) || np->text[d] == '.' ||
			(np->text[d] == ',' && d + 1 < last->end && isdigit((unsigned char)np->text[d + 1])))) {
			if (np->text[d] != ',')
				num[k++] = np->text[d];
			d++;
		}
		num[k] = '\0';
		char *endp;
		double raw = k ? strtod(num, &endp) : 0;
		if (raw <= 0 || !last->scaled) {
			i = j;
			continue;
		}
		double scale = fabs(last->value) / raw;
		for (size_t a = i; a < j; a++)
			borrow_unit(&np->toks[a], last, scale);
		i = j;
	}
}

/* The Chinese scale token t's text ends with: 1e12 (兆, 万亿), 1e8 (亿),
 * 1e4 (万), or 0; a currency word after it (元, 美元) is passed over. */
static double cjk_scale_at_end(const char *text, const struct numlex_token *t)
{
	size_t e = t->end;
	while (e > t->start + 3 && (unsigned char)text[e - 1] >= 0x80 && memcmp(text + e - 3, "亿", 3) &&
	       memcmp(text + e - 3, "万", 3) && memcmp(text + e - 3, "兆", 3))
		e -= 3; /* 元, 美元, 新台币 ... */
	if (e < t->start + 3)
		return 0;
	if (!memcmp(text + e - 3, "兆", 3) || (e >= t->start + 6 && !memcmp(text + e - 6, "万亿", 6)))
		return 1e12;
	if (!memcmp(text + e - 3, "亿", 3))
		return 1e8;
	if (!memcmp(text + e - 3, "万", 3))
		return 1e4;
	return 0;
}

/* Whether token t ends with a bare 元 after its scale (1,307.8亿元): the
 * currency of the figure before it, not a second one. */
static int bare_yuan(const char *text, const struct numlex_token *t)
{
	return t->end >= t->start + 6 && !memcmp(text + t->end - 3, "元", 3) &&
	       (!memcmp(text + t->end - 6, "亿", 3) || !memcmp(text + t->end - 6, "万", 3));
}

/* Whether a number ending at text[e] with 兆 or 亿 goes on in a smaller
 * scale right after it ("1 兆 933 亿元": the 1 兆 of 1.0933 trillion). */
static int compound_goes_on(const char *text, size_t len, size_t e)
{
	if (e < 3 || (memcmp(text + e - 3, "兆", 3) && memcmp(text + e - 3, "亿", 3)))
		return 0;
	while (e < len && text[e] == ' ')
		e++;
	return e < len && isdigit((unsigned char)text[e]);
}

/* Whether a number starting at text[s] is the second half of one written
 * in two scales: 兆 or 亿 right before it, a space apart at most. */
static int compound_ended(const char *text, size_t s)
{
	while (s > 0 && text[s - 1] == ' ')
		s--;
	return s >= 3 && (!memcmp(text + s - 3, "兆", 3) || !memcmp(text + s - 3, "亿", 3));
}

/* 3兆1,307.8亿元, 2亿3000万: one number written in two scales, the larger
 * first, with nothing between but a space. */
static void join_compound_cjk(struct numpass *np)
{
	size_t w = 0;
	for (size_t i = 0; i < np->n; i++) {
		struct numlex_token *a = &np->toks[w ? w - 1 : 0];
		const struct numlex_token *b = &np->toks[i];
		double sa = w ? cjk_scale_at_end(np->text, a) : 0, sb = cjk_scale_at_end(np->text, b);
		/* (or a space apart, as Taiwan's releases set it: 1 兆 460 億 9,000 萬元) */
		int adjacent = b->start == a->end || (b->start == a->end + 1 && np->text[a->end] == ' ');
		if (w && a->scaled && b->scaled && adjacent && sa > sb && sb > 0 && fabs(b->value) < sa &&
		    a->qualifier != QUAL_RANGE && b->qualifier != QUAL_RANGE && !a->slash_group && !b->slash_group &&
		    (a->kind == NL_AMOUNT || a->kind == NL_COUNT) && (b->kind == NL_AMOUNT || b->kind == NL_COUNT) &&
		    (a->kind == NL_COUNT || b->kind == NL_COUNT || !strcmp(a->unit, b->unit) || bare_yuan(np->text, b))) {
			a->value += a->value < 0 ? -fabs(b->value) : fabs(b->value);
			a->end = b->end;
			/* 新台币3兆1,307.8亿元: the currency said first holds (but
			 * not one only borrowed from a figure before: 1 兆 933 亿元
			 * after 億美元 is in the 元 said with it) */
			if (b->kind == NL_AMOUNT && (a->kind != NL_AMOUNT || (a->currency_inherited && !b->currency_inherited))) {
				a->currency_inherited = 0;
				a->kind = NL_AMOUNT;
				copy_str(a->unit, sizeof(a->unit), b->unit);
				a->yuan = b->yuan;
			}
			a->resolution = b->resolution;
			continue;
		}
		np->toks[w++] = *b;
	}
	np->n = w;
}

/* "raised its forecast by $10 billion to $85 billion", 上调4亿美元至413亿
 * 美元: after a word of moving by, a range whose first end is a small part
 * of its second is the move and where it went: two amounts, the first
 * moved by (no level), the second a level. */
static void split_moved_ranges(struct numpass *np)
{
	static const char *const seps[] = { " to ", "至", "到" };
	for (size_t i = 0; i < np->n; i++) {
		struct numlex_token *t = &np->toks[i];
		if (t->kind != NL_AMOUNT || t->qualifier != QUAL_RANGE || !(t->low > 0) || t->low * 5 > t->high)
			continue;
		/* (上调 was read with the token: moved_by) */
		size_t p = skip_spaces_back(np->text, t->start);
		int by = t->moved_by || (p >= 3 && ends_with_word(np->text, p, "by"));
		if (!by)
			continue;
		size_t sep = SIZE_MAX, seplen = 0;
		for (size_t k = 0; k < ARRAY_SIZE(seps) && sep == SIZE_MAX; k++) {
			size_t f = span_find(np->text, t->start, t->end, seps[k], 0);
			if (f != SIZE_MAX) {
				sep = f;
				seplen = strlen(seps[k]);
			}
		}
		if (sep == SIZE_MAX)
			continue;
		struct numlex_token a = *t, b = *t;
		a.value = t->low;
		a.low = a.high = 0;
		a.qualifier = QUAL_EXACT;
		a.end = sep;
		while (a.end > a.start && np->text[a.end - 1] == ' ')
			a.end--;
		a.moved_by = 1;
		b.value = t->high;
		b.low = b.high = 0;
		b.moved_by = 0;
		b.qualifier = QUAL_EXACT;
		b.start = sep + seplen;
		while (b.start < b.end && np->text[b.start] == ' ')
			b.start++;
		/* (a qualifier after it, which as a range it did not take:
		 * "413亿美元(区间上限)") */
		for (size_t q = 0; q < ARRAY_SIZE(post_quals); q++) {
			size_t n = np->nl->post_len[q];
			if (b.end >= b.start + n && span_eq_n(np->text, b.end - n, b.end, post_quals[q].text, n) &&
			    post_quals[q].q != QUAL_EXACT)
				b.qualifier = post_quals[q].q;
		}
		GROW(np->toks, np->cap, np->n + 1);
		memmove(&np->toks[i + 2], &np->toks[i + 1], (np->n - i - 1) * sizeof(*np->toks));
		np->toks[i] = a;
		np->toks[i + 1] = b;
		np->n++;
		i++;
	}
}

/* Makes token a the range from its value to b's, through b's end. */
static void join_range(struct numlex_token *a, const struct numlex_token *b)
{
	a->low = a->value;
	a->high = b->value;
	a->value = (a->low + a->high) / 2;
	a->qualifier = QUAL_RANGE;
	a->end = b->end;
}

/* 1 兆 933 亿元至 1 兆 1312 亿元: two numbers joined from two scales each,
 * with a word of range between, are one range. */
static void range_of_compounds(struct numpass *np)
{
	static const char *const seps[] = { "至", "到", "-", "~" };
	size_t w = 0;
	for (size_t i = 0; i < np->n; i++) {
		struct numlex_token *a = &np->toks[w ? w - 1 : 0];
		const struct numlex_token *b = &np->toks[i];
		int sep = 0;
		if (w && a->kind == NL_AMOUNT && b->kind == NL_AMOUNT && !strcmp(a->unit, b->unit) &&
		    a->qualifier != QUAL_RANGE && b->qualifier != QUAL_RANGE && a->scaled && b->scaled &&
		    a->value >= 0 && a->value < b->value && b->start > a->end) {
			size_t s = a->end, e = b->start;
			while (s < e && np->text[s] == ' ')
				s++;
			while (e > s && np->text[e - 1] == ' ')
				e--;
			for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]) && !sep; k++)
				sep = e - s == strlen(seps[k]) && !memcmp(np->text + s, seps[k], e - s);
		}
		/* (only numbers that were written in two scales) */
		if (sep && a->value != round(a->value / 1e12) * 1e12 && cjk_scale_at_end(np->text, a) < 1e12 &&
		    compound_ended(np->text, b->start) == 0) {
			join_range(a, b);
			continue;
		}
		np->toks[w++] = *b;
	}
	np->n = w;
}

/* "$80 billion-$86.5 billion (11% and 20% compared with the year-earlier
 * period)": the two changes a bracket right after a range gives for its
 * ends, joined by "and", are one range as well. */
static void range_of_bracketed_changes(struct numpass *np)
{
	size_t w = 0;
	for (size_t i = 0; i < np->n; i++) {
		const struct numlex_token *r = w >= 2 ? &np->toks[w - 2] : NULL;
		struct numlex_token *a = w >= 1 ? &np->toks[w - 1] : NULL;
		const struct numlex_token *b = &np->toks[i];
		if (r && r->kind == NL_AMOUNT && r->qualifier == QUAL_RANGE && a->kind == NL_PERCENT && b->kind == NL_PERCENT &&
		    a->qualifier == QUAL_EXACT && b->qualifier == QUAL_EXACT && a->value < b->value &&
		    a->start > r->end && b->start > a->end && span_eq(np->text, r->end, a->start, " (") &&
		    span_eq(np->text, a->end, b->start, " and ")) {
			join_range(a, b);
			continue;
		}
		np->toks[w++] = *b;
	}
	np->n = w;
}

/* "1750億美元（約新台幣5.54兆元）至1850億美元": two amounts in one currency
 * joined by a word of range past a bracket that translates the first are
 * one range; the translation inside goes with it. */
static void range_past_aside(struct numpass *np)
{
	static const char *const seps[] = { "至", "到", "-", "~", "to" };
	size_t w = 0;
	for (size_t i = 0; i < np->n; i++) {
		struct numlex_token *a = &np->toks[i];
		np->toks[w++] = *a;
		if (a->kind != NL_AMOUNT || !a->scaled || a->qualifier == QUAL_RANGE || !(a->value > 0))
			continue;
		size_t s = a->end;
		while (s < np->len && np->text[s] == ' ')
			s++;
		if (s >= np->len || np->text[s] != '(')
			continue;
		const char *close = memchr(np->text + s, ')', np->len - s < 160 ? np->len - s : 160);
		if (!close)
			continue;
		size_t c = (size_t)(close - np->text) + 1;
		size_t b = i + 1;
		while (b < np->n && np->toks[b].end <= c)
			b++;
		if (b >= np->n || np->toks[b].start < c)
			continue;
		const struct numlex_token *t = &np->toks[b];
		size_t e = t->start;
		while (c < e && np->text[c] == ' ')
			c++;
		while (e > c && np->text[e - 1] == ' ')
			e--;
		int sep = 0;
		for (size_t k = 0; k < sizeof(seps) / sizeof(seps[0]) && !sep; k++)
			sep = e - c == strlen(seps[k]) && !memcmp(np->text + c, seps[k], e - c);
		if (!sep || t->kind != NL_AMOUNT || !t->scaled || t->qualifier == QUAL_RANGE || strcmp(t->unit, a->unit) ||
		    !(t->value > a->value) || t->value > a->value * 2)
			continue;
		struct numlex_token *r = &np->toks[w - 1];
		r->low = a->value;
		r->high = t->value;
		r->value = (r->low + r->high) / 2;
		r->qualifier = QUAL_RANGE;
		r->end = t->end;
		i = b;
	}
	np->n = w;
}

/* Whether token t's text ends with a Chinese scale word and nothing after
 * it (1060亿): a count by its shape only, that a unit after a list may name. */
static int bare_scaled(const char *text, const struct numlex_token *t)
{
	return t->kind == NL_COUNT && t->scaled && t->end >= t->start + 3 &&
	       (!memcmp(text + t->end - 3, "亿", 3) || !memcmp(text + t->end - 3, "万", 3));
}

/* 1060亿、1290亿、1530亿元: scaled members of a list take the currency
 * written once, after its last member. */
static void share_list_currency(struct numpass *np)
{
	for (size_t i = 0; i < np->n; i++) {
		if (!bare_scaled(np->text, &np->toks[i]))
			continue;
		size_t j = i;
		while (j + 1 < np->n && bare_scaled(np->text, &np->toks[j + 1]) &&
		       list_gap(np->text, np->toks[j].end, np->toks[j + 1].start))
			j++;
		const struct numlex_token *last = j + 1 < np->n ? &np->toks[j + 1] : NULL;
		if (last && last->kind == NL_AMOUNT && last->scaled && !last->currency_inherited &&
		    list_gap(np->text, np->toks[j].end, last->start))
			for (size_t a = i; a <= j; a++) {
				np->toks[a].kind = NL_AMOUNT;
				copy_str(np->toks[a].unit, sizeof(np->toks[a].unit), last->unit);
				np->toks[a].yuan = last->yuan;
			}
		i = j;
	}
}

static int number_pass(struct numpass *np, struct errmsg *e)
{
	const struct numlex *nl = np->nl;
	const char *text = np->text;
	size_t len = np->len;
	const char *last_currency = NULL;
	int last_yuan = 0;
	size_t stop_scan = 0, last_end = 0, pos = 0;
	while (pos < len) {
		size_t d = find_digit(text, pos, len);
		if (d >= len)
			break;
		size_t ndigits, run_end = digit_run(text, len, d, &ndigits);
		if (ndigits > MAX_DIGITS) {
			pos = run_end;
			continue;
		}
		size_t ws = d > pos + WINDOW_BEFORE ? d - WINDOW_BEFORE : pos;
		int hit = match_near(np, ws, d);
		if (hit < 0)
			return err_set(e, "pattern match failed at byte %zu", ws);
		if (!hit) {
			while (d < len && IS_DIGIT(text[d]))
				d++;
			pos = d;
			continue;
		}
		if (hit == 1) {
			pos = np->m_skip.ovec[1] > pos ? np->m_skip.ovec[1] : d + 1;
			continue;
		}
		struct numlex_token t;
		if (decode_number(nl, text, len, &np->m_num, &t) < 0) {
			pos = np->m_num.ovec[1] > pos ? np->m_num.ovec[1] : d + 1;
			continue;
		}
		for (size_t i = stop_scan; i < t.start && last_currency; i++) {
			unsigned char b = (unsigned char)text[i];
			if ((b == '\n' || b == '!' || b == '?' || b == '.' || b == 0xE3) && is_hard_stop(text, len, i))
				last_currency = NULL;
		}
		stop_scan = t.start;
		/* ranges: 70-80%, 910 亿-930 亿美元, $1 and $2 billion, 10% to 12% */
		/* (not 上调4亿美元至413亿美元: raised by the first, to the second) */
		t.moved_by = moved_by(text, t.start, last_end);
		int sr = range_sep_possible(text, len, t.end) && !t.moved_by
				 ? rx_find(nl->rangesep, text, len, t.end, 1, &np->m_sep)
				 : 0;
		if (sr == 1 && np->m_sep.ovec[1] > t.end) {
			size_t sep_s = np->m_sep.ovec[0], sep_e = np->m_sep.ovec[1];
			int is_and = 0;
			for (size_t i = sep_s; i < sep_e; i++)
				if (text[i] == 'a' || text[i] == 'A')
					is_and = 1;
			int between = ends_with_word(text, skip_spaces_back(text, t.start), "between");
			struct numlex_token hi;
			if ((!is_and || between) && rx_find(nl->number, text, len, sep_e, 1, &np->m_num2) == 1 &&
			    !rx_has(&np->m_num2, nl->g_sign) && decode_number(nl, text, len, &np->m_num2, &hi) == 0) {
				struct numlex_token lo = t;
				int is_to = !is_and && memchr(text + sep_s, 't', sep_e - sep_s) != NULL;
				int ok = hi.kind != NL_NUMBER || lo.kind != NL_NUMBER;
				/* "rose from 28.0% to 30.5%": a move from one figure to
				 * another, said as over, no range ("expects revenue to grow
				 * from 19% to 21%" is one) */
				static const char *const moved[] = { "rose", "fell", "increased", "decreased", "grew",
								     "climbed", "jumped", "expanded", "improved", "declined",
								     "dropped", "slipped", "widened", "contracted", "surged",
								     /* ("were reported growing from") */
								     "growing", "rising", "falling", "increasing", "declining" };
				size_t fb = skip_spaces_back(text, t.start);
				int dashed = memchr(text + sep_s, '-', sep_e - sep_s) || memchr(text + sep_s, '~', sep_e - sep_s);
				if (!is_and && !dashed && fb >= 4 && ends_with_word(text, fb, "from"))
					for (size_t w = 0; w < sizeof(moved) / sizeof(moved[0]) && ok; w++)
						if (ends_with_word(text, skip_spaces_back(text, fb - 4), moved[w]))
							ok = 0;
				/* "+$25M -$29M -$8M": figures with their signs in a row,
				 * the dash the next one's sign (set apart before it,
				 * not after), no range */
				if (dashed && sep_e > sep_s && text[sep_e - 1] == '-' && sep_s < sep_e - 1 &&
				    text[sep_s] == ' ' &&
				    (text[t.start] == '+' || text[t.start] == '-' ||
				     (t.start > 0 && (text[t.start - 1] == '+' || text[t.start - 1] == '-'))))
					ok = 0;
				/* "grew 15 to $20": no range without a unit on the left
				 * (but "to grow by 10 to 12%" is one of percentages) */
				if (is_to && lo.kind == NL_NUMBER && hi.kind != NL_PERCENT)
					ok = 0;
				/* (新台币营收约 1 兆 933 亿元至 1 兆 1312 亿元: ends that are
				 * halves of numbers written in two scales join those first,
				 * and then make a range) */
				if (ok && (compound_goes_on(text, len, hi.end) || compound_ended(text, lo.start)))
					ok = 0;
				/* "between 46.5% and 47.5": the percent on the left holds
				 * for both ends */
				if (ok && between && lo.kind == NL_PERCENT && hi.kind == NL_NUMBER) {
					hi.kind = NL_PERCENT;
					memcpy(hi.unit, lo.unit, sizeof(hi.unit));
				}
				if (ok && borrow_unit(&lo, &hi, scale_of(nl, &np->m_num2)) == 0 && lo.value < hi.value &&
				    lo.value >= 0) {
					t = lo;
					t.low = lo.value;
					t.high = hi.value;
					t.value = (lo.value + hi.value) / 2;
					t.qualifier = QUAL_RANGE;
					t.end = hi.end;
					/* the coarser end says how the range was rounded */
					if (hi.resolution > t.resolution)
						t.resolution = hi.resolution;
				}
			}
		}
		/* (1.2) in tables is a negative number */
		if (t.kind == NL_NUMBER && t.start > 0 && text[t.start - 1] == '(' && t.end < len && text[t.end] == ')' &&
		    t.value > 0 && t.qualifier != QUAL_RANGE) {
			t.value = -t.value;
			t.negative_paren = 1;
			t.start--;
			t.end++;
		}
		sign_before(text, &t, last_end);
		vague_tens(text, &t, last_end);
		qualify_before(nl, text, &t, last_end, np->wraps, np->nwraps);
		/* (上调约 4 亿: the verb before the qualifier) */
		t.moved_by = t.moved_by || moved_by(text, t.start, last_end);
		qualify_after(nl, text, len, &t);
		/* "28.41 billion yuan ($4.22 billion), ... an estimate of 27.82
		 * billion": a translation in brackets right after an amount is
		 * an aside; the currency goes on as the amount's */
		int translation = 0;
		if (t.kind == NL_AMOUNT && np->n > 0 && np->toks[np->n - 1].kind == NL_AMOUNT && last_end <= t.start) {
			size_t g = last_end;
			while (g < t.start && text[g] == ' ')
				g++;
			translation = g + 1 == t.start && text[g] == '(';
		}
		if (t.kind == NL_AMOUNT && !translation) {
			last_currency = NULL;
			for (size_t i = 0; i < ARRAY_SIZE(currencies) && !last_currency; i++)
				if (!strcmp(currencies[i].code, t.unit))
					last_currency = currencies[i].code;
			last_yuan = t.yuan;
		} else if (t.kind == NL_COUNT && t.scaled && last_currency && !rx_has(&np->m_num, nl->g_unit)) {
			/* 数据中心收入 43 亿 after 92 亿美元: the same currency */
			t.kind = NL_AMOUNT;
			copy_str(t.unit, sizeof(t.unit), last_currency);
			t.yuan = last_yuan;
			t.currency_inherited = 1;
		}
		/* a/b lists: 3250 亿/3780 亿美元, 15%/16% */
		size_t first = np->n;
		GROW(np->toks, np->cap, np->n + 1);
		np->toks[np->n++] = t;
		pos = t.end;
		struct numlex_token nx;
		while (pos < len && text[pos] == '/' && rx_find(nl->number, text, len, pos + 1, 1, &np->m_num2) == 1 &&
		       decode_number(nl, text, len, &np->m_num2, &nx) == 0) {
			qualify_after(nl, text, len, &nx);
			if (np->toks[first].slash_group == 0)
				np->toks[first].slash_group = ++np->slash_groups;
			nx.slash_group = np->toks[first].slash_group;
			nx.slash_index = (int)(np->n - first);
			GROW(np->toks, np->cap, np->n + 1);
			np->toks[np->n++] = nx;
			pos = nx.end;
		}
		if (np->n - first > 1) {
			struct numlex_token *last = &np->toks[np->n - 1];
			for (size_t i = first; i + 1 < np->n; i++) {
				struct numlex_token *a = &np->toks[i];
				double sc = a->kind == NL_NUMBER && last->scaled ? scale_of(nl, &np->m_num2) : 1;
				borrow_unit(a, last, sc);
			}
			if (last->kind == NL_AMOUNT)
				last_currency = NULL;
		}
		last_end = pos;
	}
	join_compound_cjk(np);
	range_of_compounds(np);
	range_past_aside(np);
	range_of_bracketed_changes(np);
	split_moved_ranges(np);
	share_list_units(np);
	share_list_currency(np);
	return 0;
}

/* Whether the three bytes at s are a numeral 三成 and 两倍 are written with. */
static int is_cn_numeral(const char *s)
{
	static const char numerals[] = "一二两三四五六七八九十";
	for (const char *c = numerals; *c; c += 3)
		if (!memcmp(s, c, 3))
			return 1;
	return 0;
}

/* The amount token t of a match `m` of Chinese numerals, their scale and
 * currency (一百零七亿元人民币); -1 when the numerals do not parse. */
static int cn_amount(const struct numlex *nl, const char *text, const struct rx_match *m, struct numlex_token *t)
{
	double v;
	size_t s = m->ovec[2 * nl->g_amt], e = m->ovec[2 * nl->g_amt + 1];
	if (parse_cn_number(text + s, e - s, &v) != 0)
		return -1;
	size_t ss = m->ovec[2 * nl->g_amtsc], se = m->ovec[2 * nl->g_amtsc + 1];
	double scale = se - ss == 6 ? 1e12 : !memcmp(text + ss, "亿", 3) ? 1e8 : 1e4;
	const char *cur = text + m->ovec[2 * nl->g_amtcur];
	t->kind = NL_AMOUNT;
	t->value = v * scale;
	t->scaled = 1;
	t->resolution = scale;
	t->yuan = !memcmp(cur, "元", 3) && m->ovec[2 * nl->g_amtcur + 1] - m->ovec[2 * nl->g_amtcur] == 3;
	copy_str(t->unit, sizeof(t->unit), !memcmp(cur, "美元", 6) ? "USD" : !memcmp(cur, "港元", 6) ? "HKD" : "CNY");
	return 0;
}

/* 百分之二十三点七, 三成, 两倍: around each of their marker words, found
 * by the scan for number words (marks[0..nmarks), in order). */
static int cn_numeral_pass(struct numpass *np, const struct wordtrie_match *marks, size_t nmarks,
			   struct numlex_token **out, size_t *n, size_t *cap, struct errmsg *e)
{
	const struct numlex *nl = np->nl;
	const char *text = np->text;
	size_t len = np->len;
	struct rx_match m;
	rx_match_init(&m, nl->cnnum);
	int rc = 0;
	size_t pos = 0;
	for (size_t k = 0; k < nmarks && !rc; k++) {
		size_t i = marks[k].start;
		if (i < pos)
			continue;
		/* 成 and 倍 close a run of numerals, which the match starts with:
		 * most of them (完成, 成本) have none before them */
		size_t start = i;
		int amount = marks[k].id >= CN_MARKER_ID + CN_AMOUNT_MARKER;
		if (marks[k].id != CN_MARKER_ID)
			while (start >= pos + 3 && start + 40 > i &&
			       (is_cn_numeral(text + start - 3) ||
				(amount && (!memcmp(text + start - 3, "百", 3) || !memcmp(text + start - 3, "千", 3) ||
					    !memcmp(text + start - 3, "零", 3) || !memcmp(text + start - 3, "〇", 3)))))
				start -= 3;
		if (marks[k].id != CN_MARKER_ID && start == i)
			continue;
		size_t we = i + 80 < len ? i + 80 : len;
		int r = rx_find(nl->cnnum, text, we, start, 1, &m);
		if (r < 0) {
			rc = err_set(e, "pattern match failed at byte %zu", start);
			break;
		}
		if (r == 0 || m.ovec[1] <= i)
			continue;
		struct numlex_token t;
		memset(&t, 0, sizeof(t));
		t.start = m.ovec[0];
		t.end = m.ovec[1];
		const char *mk = m.mark ? m.mark : "";
		if (!strcmp(mk, "cnamt")) {
			if (cn_amount(nl, text, &m, &t) == 0) {
				qualify_before(nl, text, &t, pos, np->wraps, np->nwraps);
				GROW(*out, *cap, *n + 1);
				(*out)[(*n)++] = t;
			}
			pos = t.end;
			continue;
		}
		int g = strcmp(mk, "pct") ? nl->g_cn : nl->g_pct;
		double v;
		if (rx_has(&m, g) && parse_cn_number(text + m.ovec[2 * g], m.ovec[2 * g + 1] - m.ovec[2 * g], &v) == 0) {
			t.value = !strcmp(mk, "cnpct") ? v * 10 : v;
			double tenth;
			if (!strcmp(mk, "cnpct") && rx_has(&m, nl->g_tenth) &&
			    parse_cn_number(text + m.ovec[2 * nl->g_tenth], 3, &tenth) == 0)
				t.value += tenth;
			set_unit_class(&t, !strcmp(mk, "cnx") ? U_MULTIPLE : U_PERCENT);
			qualify_before(nl, text, &t, pos, np->wraps, np->nwraps);
			GROW(*out, *cap, *n + 1);
			(*out)[(*n)++] = t;
		}
		pos = t.end;
	}
	rx_match_free(&m);
	return rc;
}

const struct wordtrie *numlex_words(const struct numlex *nl)
{
	return nl->numwords;
}

int numlex_scan(const struct numlex *nl, const char *text, size_t len,
		struct numlex_token **tokens, size_t *n, size_t *cap, struct errmsg *e)
{
	struct wordtrie_match *w = NULL;
	size_t nw = 0, capw = 0;
	wordtrie_scan(nl->numwords, text, len, &w, &nw, &capw);
	int rc = numlex_scan_with(nl, text, len, w, nw, NULL, 0, tokens, n, cap, e);
	free(w);
	return rc;
}

int numlex_scan_with(const struct numlex *nl, const char *text, size_t len, const struct wordtrie_match *words,
		     size_t nwords, const size_t *wraps, size_t nwraps, struct numlex_token **tokens, size_t *n, size_t *cap, struct errmsg *e)
{
	struct numpass np;
	memset(&np, 0, sizeof(np));
	np.nl = nl;
	np.wraps = wraps;
	np.nwraps = nwraps;
	np.text = text;
	np.len = len;
	rx_match_init(&np.m_skip, nl->skip[0]);
	rx_match_init(&np.m_num, nl->number);
	rx_match_init(&np.m_num2, nl->number);
	rx_match_init(&np.m_sep, nl->rangesep);
	struct numlex_token *extra = NULL, *cn = NULL;
	size_t nextra = 0, capextra = 0, ncn = 0, capcn = 0;
	struct wordtrie_match *w = NULL;
	size_t nw = 0, capw = 0;
	int rc = number_pass(&np, e);
	/* number words (翻倍, doubled) and the Chinese numerals' markers come
	 * from one pass of the number-word trie over the whole text */
	struct wordtrie_match *marks = xmalloc((nwords ? nwords : 1) * sizeof(*marks));
	size_t nmarks = 0;
	for (size_t i = 0; i < nwords; i++)
		if (words[i].id >= CN_MARKER_ID)
			marks[nmarks++] = words[i];
	if (rc == 0)
		rc = cn_numeral_pass(&np, marks, nmarks, &cn, &ncn, &capcn, e);
	free(marks);
	if (rc == 0) {
		size_t before = ncn;
		size_t hint = 0, hint2 = 0, last_end = 0;
		for (size_t i = 0; i < nwords; i++) {
			if (words[i].id >= CN_MARKER_ID ||
			    overlaps_any(np.toks, np.n, &hint, words[i].start, words[i].end) ||
			    overlaps_any(cn, before, &hint2, words[i].start, words[i].end))
				continue;
			/* ("double-digit growth", "triple-digit gains": how many
			 * digits, no multiple) */
			if (words[i].end + 6 <= len && !strncmp(text + words[i].end, "-digit", 6))
				continue;
			struct numlex_token t;
			memset(&t, 0, sizeof(t));
			t.start = words[i].start;
			t.end = words[i].end;
			const struct numword *nw0 = &numwords[words[i].id - NUMWORD_ID];
			t.value = nw0->value;
			set_unit_class(&t, nw0->cls);
			t.change_word = 1;
			qualify_before(nl, text, &t, last_end, wraps, nwraps);
			last_end = t.end;
			GROW(cn, capcn, ncn + 1);
			cn[ncn++] = t;
		}
		/* keep the combined list in order */
		for (size_t i = 1; i < ncn; i++)
			for (size_t k = i; k > 0 && cn[k - 1].start > cn[k].start; k--) {
				struct numlex_token tmp = cn[k];
				cn[k] = cn[k - 1];
				cn[k - 1] = tmp;
			}
	}
	if (rc == 0) {
		/* Cue words only matter in the sentences that state a number
		 * (they say what kind of number it is): the word pass runs over
		 * those sentences only, which skips the prose between figures. */
		size_t ai = 0, ci = 0, region_end = 0;
		while (ai < np.n || ci < ncn) {
			const struct numlex_token *q;
			if (ai < np.n && (ci >= ncn || np.toks[ai].start <= cn[ci].start))
				q = &np.toks[ai++];
			else
				q = &cn[ci++];
			if (q->end <= region_end)
				continue;
			size_t rs = q->start > region_end ? q->start : region_end;
			while (rs > region_end && !sentence_edge(text, rs - 1, wraps, nwraps))
				rs--;
			/* a line that leads a list in ("Microsoft expects:") says what
			 * the figures of its items are: its words count too */
			size_t p = rs;
			while (p > region_end && (text[p - 1] == '\n' || text[p - 1] == ' ' || text[p - 1] == '\r'))
				p--;
			if (p < rs && p > region_end && (text[p - 1] == ':' || (p >= 3 && !memcmp(text + p - 3, "：", 3)))) {
				rs = p - 1;
				while (rs > region_end && text[rs - 1] != '\n')
					rs--;
			}
			size_t re = q->end;
			while (re < len && !sentence_edge(text, re, wraps, nwraps)) {
				/* 。 is an edge at its last byte; other characters whole */
				unsigned char c = (unsigned char)text[re];
				if (c == 0xE3 && re + 2 < len && sentence_edge(text, re + 2, wraps, nwraps))
					re += 2;
				else
					re += c >= 0xE0 ? 3 : 1;
			}
			if (re > len)
				re = len;
			size_t before = nw;
			wordtrie_scan(nl->words, text + rs, re - rs, &w, &nw, &capw);
			for (size_t k = before; k < nw; k++) {
				w[k].start += rs;
				w[k].end += rs;
			}
			region_end = re;
		}
		/* cue words, where no number stands */
		size_t hint = 0, hint2 = 0;
		for (size_t i = 0; i < nw; i++) {
			if (overlaps_any(np.toks, np.n, &hint, w[i].start, w[i].end) ||
			    overlaps_any(cn, ncn, &hint2, w[i].start, w[i].end))
				continue;
			/* 7 月增长, 三季增长: 月 and 季 end the period before them;
			 * the cue is what follows (增长), not 月增 */
			if (w[i].start > 0 && period_char_after_numeral(text, w[i].start)) {
				int id;
				size_t we = wordtrie_match_at(nl->words, text, len, w[i].start + 3, &id);
				if (!we)
					continue;
				w[i].start += 3;
				w[i].end = we;
				w[i].id = id;
			}
			/* (a number in Chinese numerals too: 营业额升五成七) */
			if ((cues[w[i].id].flags & CUE_ADJ) && !number_right_after(np.toks, np.n, text, len, w[i].end) &&
			    !number_right_after(cn, ncn, text, len, w[i].end))
				continue;
			if ((cues[w[i].id].flags & CUE_POST) && !number_right_before(np.toks, np.n, text, w[i].start))
				continue;
			/* "a 25% increase over the prior quarter's $41.1 billion":
			 * a kind's words run into a possessive name the time of
			 * the figure after them, which the period reader takes */
			if ((cues[w[i].id].flags & (CUE_YOY | CUE_QOQ)) && w[i].end + 2 <= len &&
			    ((text[w[i].end] == '\'' && text[w[i].end + 1] == 's') ||
			     (w[i].end + 4 <= len && !memcmp(text + w[i].end, "\u2019s", 4))))
				continue;
			/* 与2021年同期相较，2022年第四季营收增加: 较 of a 相较 that
			 * closes what is compared with compares nothing after it */
			/* (not 相较第二季略减: there it opens what is compared with) */
			if (w[i].end - w[i].start == 3 && !memcmp(text + w[i].start, "较", 3) && w[i].start >= 3 &&
			    !memcmp(text + w[i].start - 3, "相", 3) && w[i].end < len && text[w[i].end] == ',')
				continue;
			/* 口径下调整后每股收益: 调 of 调整 (adjusted), no 下调 */
			if (w[i].end >= 3 && w[i].end + 3 <= len && !memcmp(text + w[i].end - 3, "调", 3) &&
			    !memcmp(text + w[i].end, "整", 3))
				continue;
			struct numlex_token t;
			memset(&t, 0, sizeof(t));
			t.start = w[i].start;
			t.end = w[i].end;
			t.kind = NL_CUE;
			t.cue = cues[w[i].id].flags & ~(unsigned)(CUE_ADJ | CUE_POST);
			GROW(extra, capextra, nextra + 1);
			extra[nextra++] = t;
		}
		/* the three lists are each in order: merge them */
		GROW(*tokens, *cap, *n + np.n + nextra + ncn);
		size_t a = 0, b = 0, c = 0;
		while (a < np.n || b < nextra || c < ncn) {
			const struct numlex_token *best = NULL;
			if (a < np.n)
				best = &np.toks[a];
			if (b < nextra && (!best || extra[b].start < best->start))
				best = &extra[b];
			if (c < ncn && (!best || cn[c].start < best->start))
				best = &cn[c];
			(*tokens)[(*n)++] = *best;
			/* np.toks is NULL when no number was found */
			if (a < np.n && best == &np.toks[a])
				a++;
			else if (b < nextra && best == &extra[b])
				b++;
			else
				c++;
		}
	}
	free(w);
	free(cn);
	free(extra);
	free(np.toks);
	rx_match_free(&np.m_skip);
	rx_match_free(&np.m_num);
	rx_match_free(&np.m_num2);
	rx_match_free(&np.m_sep);
	return rc;
}

const char *numlex_kind_name(enum numlex_kind k)
{
	static const char *const names[] = { "amount", "percent", "pp", "multiple", "count", "number", "cue" };
	return names[k];
}

const char *numlex_qualifier_name(enum numlex_qualifier q)
{
	static const char *const names[] = { "exact", "approx", "at_least", "at_most", "range" };
	return names[q];
}

void numlex_cue_names(unsigned cue, char *out, size_t outlen)
{
	static const char *const names[] = { "yoy", "qoq", "up", "down", "to", "estimate", "revise",
					     "from", "prior", "compare", "block", "implied", "cc",
					     "coref", "coref_unit", "subset", "segnoun", "growth",
					     "mixed", "filler", "tolerance", "guidance", "consensus", "scenario",
					     "names_before", "adj", "post", "names_part" };
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (cue & (1u << i)) {
			if (b.len)
				buf_addc(&b, '|');
			buf_adds(&b, names[i]);
		}
	snprintf(out, outlen, "%s", buf_str(&b));
	buf_free(&b);
}
