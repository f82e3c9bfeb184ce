/* segment: sentences, paragraphs, clause marks and web-page junk lines. */
#include "segment.h"
#include "testutil.h"

/* The sentences of `text` joined by " | ", or by " || " where a new
 * paragraph starts; junk ones marked with a leading '!'. */
static void sentences_of(const char *text, char *out, size_t outlen)
{
	struct segmenter *sg = segmenter_new();
	struct sentence *s = NULL;
	size_t n = 0, cap = 0;
	segment_sentences(sg, text, strlen(text), &s, &n, &cap);
	out[0] = '\0';
	size_t used = 0;
	for (size_t i = 0; i < n && used < outlen; i++)
		used += (size_t)snprintf(out + used, outlen - used, "%s%s%.*s",
					 !i ? "" : s[i].paragraph != s[i - 1].paragraph ? " || " : " | ",
					 s[i].junk ? "!" : "", (int)(s[i].end - s[i].start), text + s[i].start);
	free(s);
	segmenter_free(sg);
}

static const struct {
	const char *text;
	const char *want;
} splits[] = {
	{ "营收 3920 亿美元。同比增长 51%！", "营收 3920 亿美元。 | 同比增长 51%！" },
	{ "Revenue was $3.5 billion. Margin rose.", "Revenue was $3.5 billion. | Margin rose." },
	/* abbreviations and decimals do not end a sentence */
	{ "Apple Inc. vs. Microsoft e.g. U.S. sales of 3.5 bn.", "Apple Inc. vs. Microsoft e.g. U.S. sales of 3.5 bn." },
	/* a soft abbreviation ends one when a capital follows */
	{ "Our est. Revenue grew.", "Our est. | Revenue grew." },
	/* ；is a softer break; a blank line ends a paragraph */
	{ "AWS 增长 20%；Azure 增长 40%\n\n谷歌云增长 34%", "AWS 增长 20%； | Azure 增长 40% || 谷歌云增长 34%" },
	/* a line that does not end a sentence (a heading) ends a paragraph;
	 * lines of running text stay one */
	{ "Cloud results\nAzure grew 40%.\nAWS grew 20%.", "Cloud results || Azure grew 40%. | AWS grew 20%." },
	/* junk lines are marked and end their paragraph */
	{ "首页 | 新闻 | 财经 | 科技\n营收增长 5%。", "!首页 | 新闻 | 财经 | 科技 || 营收增长 5%。" },
	{ "Copyright 2025 Example Corp. All rights reserved.\nRevenue grew 5%.",
	  "!Copyright 2025 Example Corp. | !All rights reserved. || Revenue grew 5%." },
	/* the lines under the heading of a list of links, to a blank line,
	 * are the links' headlines: junk */
	{ "Revenue grew 5%.\n\nRead Next\n  > Acme beats estimates as sales top $5 billion\n  > 某公司营收增长 9%\n\nCapex rose.",
	  "Revenue grew 5%. || !Read Next || !> Acme beats estimates as sales top $5 billion || !> 某公司营收增长 9% || "
	  "Capex rose." },
	/* a heading in brackets (【相关阅读】) heads such a list too; readers'
	 * comments go on past blank lines while their blocks open as comments
	 * do, and end at the first that does not; a share bar (分享到) is junk */
	{ "营收增长 5%。\n\n【相关阅读】\n· 某公司营收增长 9%\n\n资本开支增长。",
	  "营收增长 5%。 || !【相关阅读】 || !· 某公司营收增长 9% || 资本开支增长。" },
	{ "分享到:微信  微博\n营收增长 5%。\n\n网友评论        86 人参与    我要评论\n明年营收翻倍。\n\n"
	  "[北京网友] 2025-10-31 08:22\n同意。\n\n资本开支增长。",
	  "!分享到:微信  微博 || 营收增长 5%。 || !网友评论        86 人参与    我要评论 || !明年营收翻倍。 || "
	  "![北京网友] 2025-10-31 08:22 || !同意。 || 资本开支增长。" },
	/* text wrapped at a width runs on over its line breaks */
	{ "Capex came to $12.0bn in the quarter, and management lifted its fiscal\n"
	  "2026 capex plan to about $50bn from roughly $35bn, and it also raised\n"
	  "its revenue target to $89bn.",
	  "Capex came to $12.0bn in the quarter, and management lifted its fiscal\n"
	  "2026 capex plan to about $50bn from roughly $35bn, and it also raised\n"
	  "its revenue target to $89bn." },
	/* a line that ends on a word no sentence ends on goes on, however
	 * short it is beside its block's widest line */
	{ "Operating income for the half rose 12% to\n"
	  "$8.1 billion and net income rose 9% to $6.6 billion, or $2.10 per diluted share, up 11%.",
	  "Operating income for the half rose 12% to\n"
	  "$8.1 billion and net income rose 9% to $6.6 billion, or $2.10 per diluted share, up 11%." },
	/* a numbered item over a line at its own margin that opens on a
	 * capital: the text under the item, not its wrapped end */
	{ "1. AMD: Q4 2025 results beat, Q1 guidance strong and more to come\n"
	  "AMD Q4 2025 revenue was $10.3 billion, up 34% year over year, and ahead of plan.",
	  "1. | AMD: Q4 2025 results beat, Q1 guidance strong and more to come || "
	  "AMD Q4 2025 revenue was $10.3 billion, up 34% year over year, and ahead of plan." },
	/* so does Chinese, wrapped anywhere */
	{ "本季度公司实现营业收入15.72亿美元，同比增长110%，高于市场一致预期；GAAP营业利润\n"
	  "0.81亿美元，营业利润率5.2%。",
	  "本季度公司实现营业收入15.72亿美元，同比增长110%，高于市场一致预期； | GAAP营业利润\n"
	  "0.81亿美元，营业利润率5.2%。" },
	/* a line that stops short of its block's width is a line of its own */
	{ "Quarterly review of the cloud providers\n"
	  "Azure revenue grew 40% in the quarter while AWS revenue grew 20% and Google Cloud 34%.",
	  "Quarterly review of the cloud providers || "
	  "Azure revenue grew 40% in the quarter while AWS revenue grew 20% and Google Cloud 34%." },
	/* headlines in title case stay apart, unless the next line goes on */
	{ "Third Quarter Revenue of $10.26 Billion, Up 9% Year Over Year\n"
	  "Raises Fiscal 2026 Revenue Guidance to $41.5 Billion at the Midpoint",
	  "Third Quarter Revenue of $10.26 Billion, Up 9% Year Over Year || "
	  "Raises Fiscal 2026 Revenue Guidance to $41.5 Billion at the Midpoint" },
	{ "ANNOUNCEMENT OF THE UNAUDITED THIRD QUARTER 2025 RESULTS OF THE GROUP\n"
	  "AND THE NINE MONTHS ENDED SEPTEMBER 30, 2025",
	  "ANNOUNCEMENT OF THE UNAUDITED THIRD QUARTER 2025 RESULTS OF THE GROUP\n"
	  "AND THE NINE MONTHS ENDED SEPTEMBER 30, 2025" },
	/* a line in title case runs on into one that opens in lower case; a
	 * junk marker the breaks cut marks the whole run */
	{ "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no\n"
	  "responsibility for the contents of this announcement, make no representation as to its\n"
	  "accuracy and expressly disclaim any liability whatsoever for any loss arising from it.\n"
	  "Revenue grew 5%.",
	  "!Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no\n"
	  "responsibility for the contents of this announcement, make no representation as to its\n"
	  "accuracy and expressly disclaim any liability whatsoever for any loss arising from it. || Revenue grew 5%." },
	/* nor does a line run on into a table row, or a list's next item */
	{ "The table below sets out the revenue of each segment for the quarter\n"
	  "Cloud        1,200      1,000\n",
	  "The table below sets out the revenue of each segment for the quarter || Cloud        1,200      1,000" },
	{ "  * Revenue of $10.26 billion, up 9% year over year in the quarter and in\n"
	  "  * Operating margin of 21.3%",
	  "* Revenue of $10.26 billion, up 9% year over year in the quarter and in || * Operating margin of 21.3%" },
	/* a summary's list run into one line: a citation ends its item, and
	 * so does " - " after Chinese text; a hyphen between words, a range
	 * and a bracketed number do not */
	{ "财务业绩 - 净销售额同比增长12%[1] - 净利润达200亿美元[1][3] 资本支出 - 资本支出猛增55%[4]",
	  "财务业绩 - | 净销售额同比增长12%[1] - | 净利润达200亿美元[1][3] | 资本支出 - | 资本支出猛增55%[4]" },
	{ "Revenue rose 5-6% in the quarter - a year-over-year gain - and cash [net] was $3bn [2025].",
	  "Revenue rose 5-6% in the quarter - a year-over-year gain - and cash [net] was $3bn [2025]." },
	/* a bullet between spaces opens the next item of a list run into
	 * one line; one that opens the line, or a dash, does not end anything */
	{ "Watch items for analysts • Backlog: $30.1 billion • Power: 470 MW — up",
	  "Watch items for analysts • | Backlog: $30.1 billion • | Power: 470 MW — up" },
	{ "• Revenue of $10.26 billion", "• Revenue of $10.26 billion" },
	/* a question mark run into a small word is none (a link's query, a
	 * character a page lost before its pinyin) */
	{ "全年?duì)营收突破750亿美元。Is it? Yes.", "全年?duì)营收突破750亿美元。 | Is it? | Yes." },
	/* a readers' comments heading that ends the text (the fuzzer's
	 * find: the blank-line look past the end read beyond the text) */
	{ "用户评论<!\"\"", "!用户评论<! | !\"\"" },
	/* nor past a full stop inside closing quotes */
	{ "\u201cAdvertising is still under pressure this quarter,\u201d one analyst said to us. \u201cCloud is fine.\u201d\n"
	  "Revenue in the second quarter was 32.7 billion yuan, down 4% from a year earlier, the company said.",
	  "\u201cAdvertising is still under pressure this quarter,\u201d one analyst said to us. | \u201cCloud is fine.\u201d || "
	  "Revenue in the second quarter was 32.7 billion yuan, down 4% from a year earlier, the company said." },
};

START_TEST(test_split)
{
	char got[1024];
	sentences_of(splits[_i].text, got, sizeof(got));
	ck_assert_str_eq(got, splits[_i].want);
}
END_TEST

static const struct {
	const char *line;
	int junk;
} lines[] = {
	{ "首页 | 新闻 | 财经 | 科技", 1 },
	{ "皖ICP备20008326号-18", 1 },
	{ "热搜  苹果  英伟达  特斯拉  微软  谷歌", 1 },
	{ "AI  Cloud  Chips  Phones  Cars  Games", 1 },
	{ "Subscribe to our newsletter", 1 },
	{ "微软 FY26Q1 未完成订单达 3920 亿美元，同比增长 51%。", 0 },
	{ "Azure revenue grew 40%  year over year  in fiscal Q1.", 0 },
	/* a long paragraph that happens to name a marker is running text */
	{ "Microsoft said revenue grew 18% to $77.7 billion while cloud revenue rose 26%, and it will share this "
	  "outlook with investors; the company expects Azure growth of 37% in the next quarter as capacity comes "
	  "online, with capital expenditure of $35 billion including finance leases, up from $20 billion a year "
	  "ago, as it builds data centers across many regions to meet demand for AI services that customers are "
	  "adopting at a fast pace, according to the chief financial officer on the call with analysts, who also "
	  "noted that commercial bookings increased 112% and remaining performance obligation reached $392 billion, "
	  "while operating margin was 49%. Share this.",
	  0 },
};

START_TEST(test_junk)
{
	const char *l = lines[_i].line;
	struct segmenter *sg = segmenter_new();
	ck_assert_msg(segment_is_junk(sg, l, 0, strlen(l)) == lines[_i].junk, "'%s'", l);
	segmenter_free(sg);
}
END_TEST

static const struct {
	const char *text;
	size_t pos;
	int brk;
	size_t width;
} clauses[] = {
	{ "营收，同比", 6, 1, 3 },  { "营收、利润", 6, 1, 3 }, { "a, b", 1, 1, 1 }, { "3,920", 1, 0, 0 },
	{ "12:30", 2, 0, 0 },      { "Note: x", 4, 1, 1 },   { "营收增长", 3, 0, 0 }, { "(RPO)", 0, 1, 1 },
	{ "《报告》", 0, 1, 3 },
	/* a when-clause restating the time just named stays in its clause */
	{ "a year ago, when it was $5", 10, 0, 0 }, { "a year ago, when we met", 10, 1, 1 },
	/* a dash between words (the en dash folded to '-') opens a clause; a
	 * pair of them holds an aside, a range's is none */
	{ "a leap in revenue - falling short", 18, 1, 1 }, { "its division - once its arm - saw", 13, 0, 0 },
	{ "$1.50 - $1.52", 6, 0, 0 },
};

START_TEST(test_clause)
{
	size_t w = 0;
	const char *t = clauses[_i].text;
	ck_assert_int_eq(segment_clause_break(t, strlen(t), clauses[_i].pos, &w), clauses[_i].brk);
	if (clauses[_i].brk)
		ck_assert_uint_eq(w, clauses[_i].width);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("segment");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_split, 0, ARRAY_LEN(splits));
	tcase_add_loop_test(tc, test_junk, 0, ARRAY_LEN(lines));
	tcase_add_loop_test(tc, test_clause, 0, ARRAY_LEN(clauses));
	suite_add_tcase(s, tc);
	return run_suite(s);
}
