/* textnorm: NFKC folding with an offset map back to the original bytes. */
#include "testutil.h"
#include "textnorm.h"

static const struct {
	const char *in;
	const char *out;
} folds[] = {
	{ "３９２０", "3920" },
	{ "２８％", "28%" },
	{ "１８０．２亿美元", "180.2亿美元" },
	{ "ＡＷＳ", "AWS" },
	{ "营收，同比", "营收,同比" },
	{ "（RPO）", "(RPO)" },
	{ "同比\u2212 8%", "同比- 8%" },
	{ "70\u201380%", "70-80%" },
	{ "a\u2014b", "a-b" },
	/* (the ideographic space as two, its width: a table's columns stay) */
	{ "x\u00a0y\u3000z", "x y  z" },
	{ "zero\u200bwidth", "zerowidth" },
	{ "plain ascii", "plain ascii" },
	{ "微软 FY26Q1", "微软 FY26Q1" },
	{ "e\u0301", "e\u0301" },
	{ "\u00e9", "\u00e9" },
	{ "73%～75%", "73%~75%" },
	/* circled numbers mark a list's items: bullets, not digits */
	{ "①游戏；②数据中心", "•游戏;•数据中心" },
	/* Traditional reads as Simplified (OpenCC t2s), Simplified stays */
	{ "騰訊營業額按年增長", "腾讯营业额按年增长" },
	{ "股東應佔溢利４５億元", "股东应占溢利45亿元" },
	{ "經調整純利，財年第三季", "经调整纯利,财年第三季" },
	{ "新台幣１萬億", "新台币1万亿" },
	{ "港幣 120 億", "港币 120 亿" },
	{ "鴻海 聯發科 廣達", "鸿海 联发科 广达" },
	{ "显著增长，抬升", "显著增长,抬升" },
	/* the typeset apostrophe is the typed one */
	{ "beat analysts’ expectations of Nvidia’s", "beat analysts' expectations of Nvidia's" },
	/* a table a PDF gave with single spaces, under heads stacked a line a
	 * part: tabs between the cells, the heads one line of as many */
	{ "截至下列日期止三个月\n二零二五年\n三月三十一日\n二零二四年\n三月三十一日 同比变动\n(人民币百万元)\n"
	  "营业收入 100,200 90,100 11%\n经营盈利 30,050 25,010 20%\n",
	  "截至下列日期止三个月\n2025年 3月31日\t2024年 3月31日\t    同比变动\n(人民币百万元)\n"
	  "营业收入\t100,200\t90,100\t11%\n经营盈利\t30,050\t25,010\t20%\n" },
	/* (the year's 年 on a line of its own) */
	{ "截至下列日期止三个月\n二零二五\n年\n三月三十一日\n二零二四\n年\n三月三十一日\n同比变动\n(人民币百万元)\n收入\n100,200\n"
	  "90,100\n11%\n毛利\n50,050\n45,010\n11%\n经营盈利\n30,050\n25,010\n20%\n",
	  "截至下列日期止三个月\n2025年 3月31日\t2024年 3月31日\t同比变动\n(人民币百万元)\n收入\t100,200\t90,100\t11%\n毛利\t"
	  "50,050\t45,010\t11%\n经营盈利\t30,050\t25,010\t20%\n" },
	/* the same with its heads on one line over rows led by periods, a dash
	 * for an empty cell and a word on a figure */
	{ "季度 营收(亿元) 同比 现金流(亿元)\n2024Q1 120.5 +8% 30.2\n2025Q1 131.0 +9% -4.1(流出)\n2026Q1 - - 5\n",
	  "季度\t营收(亿元)\t同比\t现金流(亿元)\n2024Q1\t120.5\t+8%\t30.2\n2025Q1\t131.0\t+9%\t-4.1(流出)\n2026Q1 - - 5\n" },
	/* (a sentence over such rows is no head) */
	{ "Revenue rose in both years.\nQ1 120.5 8%\nQ2 131.0 9%\n",
	  "Revenue rose in both years.\nQ1\t120.5\t8%\nQ2\t131.0\t9%\n" },
	/* rows whose labels and cells are more than a word, under heads of a
	 * quarter and its year after a bracket of units: tabs between the
	 * cells only */
	{ "(US$ in millions) Q3 FY25 Q3 FY24 Y/Y\nNet sales $ 1,250 $ 1,100 Up 14%\nGross margin 41.5 % 40.0 % Up 1.5 "
	  "pts\nCost of sales rose 4% in total.\n",
	  "(US$ in millions)\tQ3 FY25\tQ3 FY24\tY/Y\nNet sales\t$ 1,250\t$ 1,100\tUp 14%\nGross margin\t41.5 %\t40.0 "
	  "%\tUp 1.5 pts\nCost of sales rose 4% in total.\n" },
	/* a web page's rows with the scale glued to the figures, one of them
	 * labelled by a single word, under indented heads with none over the
	 * labels */
	{ "Results\n  Q3'2019 Q2'2019 Q/Q\nRevenue $19.2B $16.5B +16%\nGross Margin 58.9% 58.3% +0.6pp\nEPS $1.35 $0.92 "
	  "+47%\n",
	  "Results\n  Q3'2019\tQ2'2019\tQ/Q\nRevenue\t$19.2B\t$16.5B\t+16%\nGross Margin\t58.9%\t58.3%\t+0.6pp\nEPS\t$1.35\t"
	  "$0.92\t+47%\n" },
	/* (unbracketed units as the labels' head, and a first row of single
	 * words over the worded ones) */
	{ "Results\nIn millions except EPS Q3'2019 Q2'2019 Q/Q\nRevenue $1920 $1650 +16%\nGross Margin 58.9% 58.3% +0.6%\n"
	  "Net Income $600 $420 +43%\n",
	  "Results\nIn millions except EPS\tQ3'2019\tQ2'2019\tQ/Q\nRevenue\t$1920\t$1650\t+16%\nGross Margin\t58.9%\t"
	  "58.3%\t+0.6%\nNet Income\t$600\t$420\t+43%\n" },
	/* (cells with their scale written out, and a sign before the dollar) */
	{ "Results\n  Q2 2022 Q1 2023 Q2 2023\nRevenue $6.55 billion $5.35 billion $5.36 billion\nNet income $447 "
	  "million -$139 million $27 million\n",
	  "Results\n  Q2 2022\tQ1 2023\tQ2 2023\nRevenue\t$6.55 billion\t$5.35 billion\t$5.36 billion\nNet income\t"
	  "$447 million\t-$139 million\t$27 million\n" },
	/* (prose that ends on figures is no row) */
	{ "Sales were up 14% and 12%\nMargins were up 1.5 pts and 2 pts\n",
	  "Sales were up 14% and 12%\nMargins were up 1.5 pts and 2 pts\n" },
	/* a web table a paragraph a cell: the heads on one line, then a row a
	 * line, its cells two spaces apart */
	{ "Unit\n\nSales Q2 2024\n\nChange\n\nEurope\n\n$1.5 billion\n\n(3%)\n\nAsia\n\n$2.25 billion\n\n12%\n\n"
	  "Source: the company.\n",
	  "Unit  Sales Q2 2024  Change \nEurope  $1.5 billion  (3%) \nAsia  $2.25 billion  12%\n\n"
	  "Source: the company.\n" },
	/* (short paragraphs of a label and one figure each are no table) */
	{ "Sales\n\n$1.5 billion\n\nMargin\n\n12%\n\nStaff\n\n300\n\nStores\n\n12\n\nEnd\n",
	  "Sales\n\n$1.5 billion\n\nMargin\n\n12%\n\nStaff\n\n300\n\nStores\n\n12\n\nEnd\n" },
	/* a web table a cell a line after a bar: a row a line, as Markdown
	 * writes it, while the labels hold no digit */
	{ "|项目\n|金额\n|同比\n|总收入\n|2,452亿\n|+3.7%\n|净利润\n|168亿\n|-54%\n|注\n",
	  "|项目 |金额 |同比\n|总收入 |2,452亿 |+3.7%\n|净利润 |168亿 |-54%\n|注\n" },
	/* (a sentence that ends on figures is no row) */
	{ "收入 增长 15%\n毛利 增长 22%\n", "收入 增长 15%\n毛利 增长 22%\n" },
	/* Taiwan's 淨收入 is net income, the mainland's 净收入 net revenues */
	{ "輝達淨收入430億", "辉达净利润430亿" },
	{ "网易净收入275亿", "网易净收入275亿" },
	/* a word a page broke with a hyphen is whole again, and the line
	 * breaks after it; a compound keeps its hyphen; a short line (a
	 * table's cell) is left as it is */
	{ "Our backlog of performance obligations grew, and the obliga-\ntion is large today.",
	  "Our backlog of performance obligations grew, and the obligation\nis large today." },
	{ "The operating margin of the company was eighteen per-\n  cent, up from last year.",
	  "The operating margin of the company was eighteen percent,\nup from last year." },
	{ "Cloud revenue at the company grew 40 percent on a year-\nover-year basis.",
	  "Cloud revenue at the company grew 40 percent on a year-over-year\nbasis." },
	{ "Deferred rev-\nenue", "Deferred rev-\nenue" },
	/* an icon's alt text glued to a line's first word is set apart;
	 * iPhone, macOS and a word inside a line keep their shape */
	{ "positiveSubscription revenue grew\n  attentionGAAP margin fell\niPhone and macOS\nthe negativeTrend",
	  "positive Subscription revenue grew\n  attention GAAP margin fell\niPhone and macOS\nthe negativeTrend" },
	/* a Markdown table run into one line with its prose: a row a line,
	 * the prose before and after on lines of their own; a pipe in prose,
	 * or a table already on lines, stays as it is */
	{ "Key figures |Item|FY2025A|FY2026E| | --- | :---: | ---: | |Revenue|130.5|196.8| |EPS|2.94|4.40| [11] Notes a|b | c",
	  "Key figures\n|Item|FY2025A|FY2026E|\n| --- | :---: | ---: |\n|Revenue|130.5|196.8|\n|EPS|2.94|4.40|\n[11] Notes a|b | c" },
	{ "|Item|2025|\n| --- | --- |\n|Revenue|130.5|\n", "|Item|2025|\n| --- | --- |\n|Revenue|130.5|\n" },
	{ "Figures x|Item|2025| | --- | --- | |Revenue|130.5|", "Figures x|Item|2025| | --- | --- | |Revenue|130.5|" },
	/* a table a PDF gave a cell a line: a row a line, its heads (a year
	 * over its day one head) a line, a label over its parts apart, the
	 * units and the prose as they were; a list of counts stays */
	{ "Summary\nThree months ended\n2025年\n6月30日\n2024年\n6月30日\nChange\n(RMB in millions)\nRevenues\n1,200\n1,000\n"
	  "20%\nGross profit\n600*\n480\n25%\nEarnings per share\n-basic\n1.10\n0.90\n22%\n-diluted\n1.05\n0.88\n19%\nThe "
	  "board met.\nArticles\n131\nTags\n416\n",
	  "Summary\nThree months ended\n2025年 6月30日\t2024年 6月30日\tChange\n(RMB in millions)\nRevenues\t1,200\t1,000\t"
	  "20%\nGross profit\t600*\t480\t25%\nEarnings per share\n-basic\t1.10\t0.90\t22%\n-diluted\t1.05\t0.88\t19%\nThe "
	  "board met.\nArticles\n131\nTags\n416\n" },
	/* two rows are no table */
	{ "Revenues\n1,200\n1,000\nCost\n600\n480\nEnd\n", "Revenues\n1,200\n1,000\nCost\n600\n480\nEnd\n" },
	{ "Figures |Item|2025| | --- | --- | |Revenue|130.5|9.9| |EPS|1.1|",
	  "Figures\n|Item|2025|\n| --- | --- |\n|Revenue|130.5|9.9| |EPS|1.1|" },
};

START_TEST(test_fold)
{
	struct textnorm t;
	struct errmsg e;
	ck_assert_int_eq(textnorm_run(folds[_i].in, strlen(folds[_i].in), &t, &e), 0);
	ck_assert_str_eq(t.text, folds[_i].out);
	textnorm_free(&t);
}
END_TEST

START_TEST(test_offsets)
{
	/* every normalized byte points into the original; spans map back whole */
	const char *in = "博通２０２５财年营收１８０．２亿美元";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	const char *hit = strstr(t.text, "180.2");
	ck_assert_ptr_nonnull(hit);
	size_t s = textnorm_orig(&t, (size_t)(hit - t.text));
	size_t e = textnorm_orig(&t, (size_t)(hit - t.text) + 5);
	ck_assert_int_eq(strncmp(in + s, "１８０．２", e - s), 0);
	ck_assert_uint_eq(e - s, strlen("１８０．２"));
	ck_assert_uint_eq(textnorm_orig(&t, t.len), strlen(in));
	textnorm_free(&t);
}
END_TEST

/* A normalized character and the original one it comes from. */
struct map_point {
	const char *norm_at, *orig_at;
};

/* Checks that each point of t (normalized from `in`) maps back where it
 * should, and the end to the end. */
static void check_map(const char *in, const struct textnorm *t, const struct map_point *expect, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t off = (size_t)(strstr(t->text, expect[i].norm_at) - t->text);
		size_t want = (size_t)(strstr(in, expect[i].orig_at) - in);
		ck_assert_msg(textnorm_orig(t, off) == want, "%s: %zu, want %zu", expect[i].norm_at,
			      textnorm_orig(t, off), want);
	}
	ck_assert_uint_eq(textnorm_orig(t, t->len), strlen(in));
}

/* Each normalized character maps to the start of the original character it
 * came from, across copies, folds that grow or shrink the text and dropped
 * characters; a text may end on a fold. */
START_TEST(test_offsets_rejoined)
{
	/* a word made whole maps back to both of its halves */
	const char *in = "Remaining performance obligation was large, and the obliga-\n  tion grew again this year.";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	const char *hit = strstr(t.text, "the obligation");
	ck_assert_ptr_nonnull(hit);
	size_t at = (size_t)(hit - t.text) + 4;
	ck_assert_uint_eq(textnorm_orig(&t, at), (size_t)(strstr(in, "obliga-") - in));
	ck_assert_uint_eq(textnorm_orig(&t, at + strlen("obligation")), (size_t)(strstr(in, "tion grew") - in) + 4);
	ck_assert_uint_eq(textnorm_orig(&t, t.len), strlen(in));
	textnorm_free(&t);
}
END_TEST

/* A word set apart from a glued icon word maps back where it was. */
START_TEST(test_offsets_split)
{
	const char *in = "x\npositiveOperating cash flow rose";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	ck_assert_str_eq(t.text, "x\npositive Operating cash flow rose");
	const char *hit = strstr(t.text, "Operating");
	ck_assert_uint_eq(textnorm_orig(&t, (size_t)(hit - t.text)), (size_t)(strstr(in, "Operating") - in));
	ck_assert_uint_eq(textnorm_orig(&t, (size_t)(hit - t.text) + 4), (size_t)(strstr(in, "Operating") - in) + 4);
	ck_assert_uint_eq(textnorm_orig(&t, 2), 2);
	ck_assert_uint_eq(textnorm_orig(&t, t.len), strlen(in));
	textnorm_free(&t);
}
END_TEST

START_TEST(test_offsets_mixed)
{
	const char *in = "Ａ\u200b营收¼亿\u00a0x，";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	ck_assert_str_eq(t.text, "A营收1\u20444亿 x,");
	static const struct map_point expect[] = {
		{ "A", "Ａ" }, { "营", "营" }, { "收", "收" }, { "1", "¼" }, { "4亿", "¼" },
		{ "亿", "亿" }, { " x", "\u00a0" }, { "x", "x" }, { ",", "，" },
	};
	check_map(in, &t, expect, ARRAY_LEN(expect));
	ck_assert_uint_eq(textnorm_orig(&t, t.len + 5), strlen(in));
	textnorm_free(&t);
}
END_TEST

/* Pinyin printed after each character is dropped once the text has a few
 * toned syllables; the words map back to their characters. A bracket after
 * a word in a text without them stays. */
START_TEST(test_ruby_dropped)
{
	const char *in = "第三季度營(yíng)收1000億元，同比增長(zhǎng)8%，財(cái)報(bào)顯示(?xiǎn)。";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	ck_assert_str_eq(t.text, "第三季度营收1000亿元,同比增长8%,财报显示。");
	const char *hit = strstr(t.text, "增长");
	ck_assert_ptr_nonnull(hit);
	size_t at = (size_t)(hit - t.text);
	ck_assert_uint_eq(textnorm_orig(&t, at), (size_t)(strstr(in, "增長") - in));
	ck_assert_uint_eq(textnorm_orig(&t, at + 3), (size_t)(strstr(in, "長(") - in));
	ck_assert_uint_eq(textnorm_orig(&t, t.len), strlen(in));
	textnorm_free(&t);

	const char *plain = "阿里云(aliyun)收入增长(yoy)34%。";
	ck_assert_int_eq(textnorm_run(plain, strlen(plain), &t, NULL), 0);
	ck_assert_str_eq(t.text, "阿里云(aliyun)收入增长(yoy)34%。");
	textnorm_free(&t);
}
END_TEST

/* Dates in Chinese numerals become digits, mapping back to where each
 * number was written; numerals that are no date stay as they are. */
START_TEST(test_numeral_dates)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "截至二零二五年六月三十日止六个月", "截至2025年6月30日止六个月" },
		{ "二〇二四年十二月三十一日", "2024年12月31日" },
		{ "截至二零一七年十二月叁十一日止年度", "截至2017年12月31日止年度" }, /* 叁, a release's 三 */
		{ "於二零二五年十月二十五日", "于2025年10月25日" }, /* Traditional first made Simplified */
		{ "二零二六财年", "2026财年" },
		{ "三月份收入", "三月份收入" },           /* no year before, no day after */
		{ "六月三十日", "6月30日" },                /* a day after: a month */
		{ "十三月", "十三月" },                     /* no month */
		{ "第三十二日", "第三十二日" },             /* no month before */
		{ "二零二五年第三季度", "2025年第三季度" }, /* quarters are the periods' to read */
		{ "一二三四五", "一二三四五" },
		{ "10月三十日", "10月30日" }, /* a day in numerals with no zero in the text */
		/* in a table the columns keep their places */
		{ "二零二五年  二零二四年  x", "2025年      2024年      x" },
	};
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		struct textnorm t;
		ck_assert_int_eq(textnorm_run(cases[i].in, strlen(cases[i].in), &t, NULL), 0);
		ck_assert_msg(!strcmp(t.text, cases[i].want), "%s: %s", cases[i].in, t.text);
		textnorm_free(&t);
	}
	const char *in = "截至二零二五年六月三十日止";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	static const struct map_point expect[] = { { "截", "截" }, { "2025", "二零" }, { "年6", "年" }, { "6月", "六" }, { "月3", "月" },
		       { "30", "三十" }, { "日", "日" }, { "止", "止" } };
	check_map(in, &t, expect, ARRAY_LEN(expect));
	textnorm_free(&t);
}
END_TEST

/* Converted characters map back to the Traditional ones they replace, in a
 * text that mixes them with copies and NFKC folds. */
START_TEST(test_offsets_traditional)
{
	const char *in = "臺積電ＦＹ營業額１萬億新台幣，按年+5%";
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(in, strlen(in), &t, NULL), 0);
	ck_assert_str_eq(t.text, "台积电FY营业额1万亿新台币,按年+5%");
	static const struct map_point expect[] = {
		{ "台积", "臺" }, { "积", "積" }, { "电", "電" }, { "FY", "ＦＹ" }, { "营业", "營" },
		{ "业额", "業" }, { "额", "額" }, { "1万", "１" }, { "万亿", "萬" }, { "亿", "億" },
		{ "新台", "新" }, { "台币", "台幣" }, { "币", "幣" }, { ",", "，" }, { "按", "按" },
		{ "+5%", "+5%" }, { "5%", "5%" },
	};
	check_map(in, &t, expect, ARRAY_LEN(expect));
	textnorm_free(&t);
}
END_TEST

static const struct {
	const char *bytes;
	size_t len;
	size_t bad;
} invalid[] = {
	{ "abc\xff", 4, 3 },
	{ "\xe5\xbe", 2, 0 },
	{ "ok \xc3\x28 no", 9, 3 },
	{ "\xed\xa0\x80", 3, 0 }, /* a surrogate */
	{ "日本\xf8\x88\x80\x80\x80", 11, 6 },
};

START_TEST(test_invalid)
{
	size_t bad = 99;
	ck_assert_int_eq(textnorm_check_utf8(invalid[_i].bytes, invalid[_i].len, &bad), -1);
	ck_assert_uint_eq(bad, invalid[_i].bad);
	struct textnorm t;
	struct errmsg e;
	ck_assert_int_eq(textnorm_run(invalid[_i].bytes, invalid[_i].len, &t, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "byte"));
}
END_TEST

/* Terminal columns: Chinese characters take two. */
START_TEST(test_display_width)
{
	ck_assert_uint_eq(textnorm_display_width("AWS"), 3);
	ck_assert_uint_eq(textnorm_display_width("亚马逊云"), 8);
	ck_assert_uint_eq(textnorm_display_width("微软 Azure"), 10);
	ck_assert_uint_eq(textnorm_display_width(""), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("textnorm");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_fold, 0, ARRAY_LEN(folds));
	tcase_add_test(tc, test_display_width);
	tcase_add_test(tc, test_offsets);
	tcase_add_test(tc, test_offsets_mixed);
	tcase_add_test(tc, test_offsets_rejoined);
	tcase_add_test(tc, test_offsets_split);
	tcase_add_test(tc, test_offsets_traditional);
	tcase_add_test(tc, test_numeral_dates);
	tcase_add_test(tc, test_ruby_dropped);
	tcase_add_loop_test(tc, test_invalid, 0, ARRAY_LEN(invalid));
	suite_add_tcase(s, tc);
	return run_suite(s);
}
