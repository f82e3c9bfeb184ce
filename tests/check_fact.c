/* fact: assembly of whole sentences into facts. The sentences are written
 * for this suite; each lists every fact it must give, and nothing else. */
#include <math.h>

#include "buf.h"
#include "fact.h"
#include "store.h"
#include "testutil.h"

static struct lexicon *lx;
static struct fact_extractor *fx;

/* Facts as "entity metric kind value unit end basis qualifier", sorted and
 * joined by ';'. */
static char *extract(const char *text, const char *date)
{
	struct fact_list l = FACT_LIST_INIT;
	struct errmsg e;
	ck_assert_int_eq(fact_extract(fx, text, strlen(text), date, &l, &e), 0);
	char **lines = calloc(l.n + 1, sizeof(char *));
	for (size_t i = 0; i < l.n; i++) {
		const struct fact *f = &l.items[i];
		char num[NUMBER_MAX], buf[1024];
		format_number(f->value, num, sizeof(num));
		snprintf(buf, sizeof(buf), "%s %s %s %s %s %s %s %s", f->entity, f->metric, f->kind, num, f->unit,
			 f->period_end, f->basis, f->qualifier);
		lines[i] = strdup(buf);
	}
	for (size_t i = 1; i < l.n; i++)
		for (size_t j = i; j > 0 && strcmp(lines[j - 1], lines[j]) > 0; j--) {
			char *t = lines[j];
			lines[j] = lines[j - 1];
			lines[j - 1] = t;
		}
	size_t len = 1;
	for (size_t i = 0; i < l.n; i++)
		len += strlen(lines[i]) + 1;
	char *out = calloc(len, 1);
	for (size_t i = 0; i < l.n; i++) {
		if (i)
			strcat(out, ";");
		strcat(out, lines[i]);
		free(lines[i]);
	}
	free(lines);
	fact_list_free(&l);
	return out;
}

static const struct {
	const char *text, *date, *want;
} cases[] = {
	/* respectively: a list of companies paired with as many figures */
	{ "腾讯、阿里巴巴、百度 2025 年三季度的资本开支分别为 129.8、314.3、33.9 亿元，三家合计 478.0 亿元。", "2025-11-28",
	  "alibaba capex level 31430000000 CNY 2025-09-30 actual exact;baidu capex level 3390000000 CNY 2025-09-30 actual exact;"
	  "tencent capex level 12980000000 CNY 2025-09-30 actual exact" },
	{ "Amazon, Microsoft and Alphabet spent $34.2 billion, $34.9 billion and $24.0 billion respectively on capital "
	  "expenditures in the third quarter of 2025, a combined $93.1 billion.", "2025-11-05",
	  "alphabet capex level 24000000000 USD 2025-09-30 actual exact;amazon capex level 34200000000 USD 2025-09-30 actual exact;"
	  "microsoft capex level 34900000000 USD 2025-09-30 actual exact" },
	/* a bracketed period beside a name; a second run pairs the same way
	 * and shares the cues around it; calendar Q3 is the calendar's */
	{ "Microsoft (F1Q26), Alphabet and Amazon reported calendar Q3 capex of $34.9bn, $24.0bn and $34.2bn "
	  "respectively, up 74%, 83% and 51% y/y.",
	  "2025-11-03",
	  "alphabet capex level 24000000000 USD 2025-09-30 actual exact;alphabet capex yoy 83 % 2025-09-30 actual exact;"
	  "amazon capex level 34200000000 USD 2025-09-30 actual exact;amazon capex yoy 51 % 2025-09-30 actual exact;"
	  "microsoft capex level 34900000000 USD 2025-09-30 actual exact;microsoft capex yoy 74 % 2025-09-30 actual "
	  "exact" },
	/* a list that does not pair: nothing */
	{ "腾讯、阿里巴巴 2025 年三季度的资本开支分别为 129.8、314.3、33.9 亿元。", "2025-11-28", "" },
	/* a press release: the company named in its headline and dateline, the
	 * quarter in its first line, bullets led in by a colon */
	{ "Globex Posts Record Quarter\n\nSPRINGFIELD - Oct. 29, 2025 - Microsoft Corp. today announced results for the "
	  "quarter ended September 30, 2025:\n\n· Revenue was $77.7 billion and increased 18%\n· Revenue in Gadgets was $9.1 "
	  "billion\n\nFor the second quarter of fiscal year 2026, Microsoft expects:\n· Revenue of $79.5 billion to $80.6 "
	  "billion\n",
	  "2025-10-29",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact;microsoft revenue level 80050000000 USD 2025-12-31 "
	  "guidance range;microsoft revenue yoy 18 % 2025-09-30 actual exact" },
	/* a heading scopes the paragraphs under it; a review of several
	 * companies has no subject to fall back on */
	{ "三家公司季度点评\n\n一、腾讯：稳健\n2025 年三季度营收 1928.7 亿元，同比增长 15%。\n\n二、百度：承压\n"
	  "营收 312.1 亿元。\n",
	  "2025-11-28",
	  "baidu revenue level 31210000000 CNY 2025-09-30 actual exact;tencent revenue level 192870000000 CNY 2025-09-30 actual "
	  "exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a call's title names the company's own quarter the calendar's way:
	 * Oracle's Q2 2026 ended in November 2025 */
	{ "Oracle (ORCL) Q2 2026 Earnings Call Transcript\nDecember 10, 2025\n\nSafra Catz -- Chief Executive Officer\n"
	  "Total revenue was $16.1 billion, up 14%.\n",
	  "2025-12-10",
	  "oracle revenue level 16100000000 USD 2025-11-30 actual exact;oracle revenue yoy 14 % 2025-11-30 actual exact" },
	/* one company, a value for each year of a range; a run that pairs
	 * with no periods gives nothing */
	{ "我们预计百度 2025-2027 年营收分别为 1296、1351、1420 亿元。", "2025-08-21",
	  "baidu revenue level 129600000000 CNY 2025-12-31 estimate exact;baidu revenue level 135100000000 CNY 2026-12-31 "
	  "estimate exact;baidu revenue level 142000000000 CNY 2027-12-31 estimate exact" },
	{ "我们预计百度 2025 年营收分别为 1296、1351 亿元。", "2025-08-21", "" },
	/* units over the row labels; a change row takes the metric above it */
	{ "百度集团：点评\n\n单位：百万元      2024A      2025E\n营业收入        133,125    129,600\n"
	  "同比增速(%)        -1.1       -2.6\nEPS(元)            8.40       7.45\n",
	  "2025-08-21",
	  "baidu eps level 7.45 CNY 2025-12-31 estimate exact;baidu eps level 8.4 CNY 2024-12-31 actual exact;"
	  "baidu revenue level 129600000000 CNY 2025-12-31 estimate exact;baidu revenue level 133125000000 CNY 2024-12-31 "
	  "actual exact;baidu revenue yoy -1.1 % 2024-12-31 actual exact;baidu revenue yoy -2.6 % 2025-12-31 estimate exact" },
	/* a statement: the years under "Three Months Ended", dollars from the
	 * rows that write $, and only labels whose head is a metric */
	{ "Microsoft Corporation Income Statements\n(In millions, except per share amounts)\n"
	  "                          Three Months Ended September 30,\n"
	  "                               2025        2024\n"
	  "Product                     $15,876     $15,272\n"
	  "  Total revenue              77,673      65,585\n"
	  "  Total cost of revenue      24,043      20,099\n"
	  "Sales and marketing           5,717       5,575\n"
	  "Diluted earnings per share    $3.72       $3.30\n",
	  "2025-10-29",
	  "microsoft eps level 3.3 USD 2024-09-30 actual exact;microsoft eps level 3.72 USD 2025-09-30 actual exact;"
	  "microsoft revenue level 65585000000 USD 2024-09-30 actual exact;microsoft revenue level 77673000000 USD "
	  "2025-09-30 actual exact" },
	/* a table of bars: empty cells count, units in a row's label */
	{ "Meta Q3 2025 at a glance\n\n| Metric | Q3 2025 | Q3 2024 | Y/Y |\n|---|---|---|---|\n"
	  "| Revenue ($bn) | 51.24 | 40.59 | 26% |\n| Operating margin | 40% | 43% | |\n",
	  "2025-10-29",
	  "meta operating_margin level 40 % 2025-09-30 actual exact;meta operating_margin level 43 % 2024-09-30 actual exact;"
	  "meta revenue level 40590000000 USD 2024-09-30 actual exact;meta revenue level 51240000000 USD 2025-09-30 actual "
	  "exact;meta revenue yoy 26 % 2025-09-30 actual exact" },
	/* a share of a market; a metric carried to the clauses after it */
	{ "AWS held 29% of the worldwide cloud infrastructure services market in the third quarter of 2025, while "
	  "Microsoft had 20%.",
	  "2025-11-05",
	  "aws market_share level 29 % 2025-09-30 actual exact;microsoft market_share level 20 % 2025-09-30 actual exact" },
	/* months that hold their "in"; a base before the context's period */
	{ "Cursor said its annualized revenue passed $1 billion in October, up from $100 million in January and about "
	  "$500 million in June.",
	  "2025-11-12",
	  "cursor arr level 100000000 USD 2025-01-31 actual exact;cursor arr level 1000000000 USD 2025-10-31 actual at_least;"
	  "cursor arr level 500000000 USD 2025-06-30 actual approx" },
	/* a forecast's yearless period after a past one is the next to come */
	{ "Anthropic annualized revenue was about $1 billion at the end of 2024. Anthropic expects to reach a run rate of "
	  "$9 billion by year-end.",
	  "2025-11-12",
	  "anthropic arr level 1000000000 USD 2024-12-31 actual approx;anthropic arr level 9000000000 USD 2025-12-31 "
	  "guidance exact" },
	/* grew by more than once itself: at least doubled */
	{ "Meta 2025 年三季度资本开支 193.7 亿美元，同比增长逾 1 倍。", "2025-11-02",
	  "meta capex level 19370000000 USD 2025-09-30 actual exact;meta capex yoy 100 % 2025-09-30 actual at_least" },
	/* a total of two companies named a sentence before is neither's */
	{ "Anthropic 预计 2026 年收入约 150 亿美元。两家公司 2026 年合计收入有望超过 600 亿美元。", "2025-12-12",
	  "anthropic revenue level 15000000000 USD 2026-12-31 guidance approx" },
	/* brackets after a metric define it */
	{ "We calculate Amazon's 3Q25 FCF (OCF less capex) at -$4.0bn.", "2025-11-03",
	  "amazon free_cash_flow level -4000000000 USD 2025-09-30 actual exact" },
	/* a list's last member says its periods are fiscal */
	{ "我们上调英伟达 2026/2027 财年营收预测至 2130 亿/3190 亿美元。", "2025-11-24",
	  "nvidia revenue level 213000000000 USD 2026-01-25 estimate exact;nvidia revenue level 319000000000 USD "
	  "2027-01-31 estimate exact" },
	/* the period of a number compared with is that number's alone */
	{ "Nvidia revenue of $57.0 billion in fiscal Q3 2026 was up 22% sequentially, compared with $46.7 billion in Q2 "
	  "and $35.1 billion a year ago.",
	  "2025-11-19",
	  "nvidia revenue level 35100000000 USD 2024-10-27 actual exact;nvidia revenue level 46700000000 USD 2025-07-27 "
	  "actual exact;nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue qoq 22 % 2025-10-26 "
	  "actual exact" },
	/* a base no number took is no period of the next clause */
	{ "腾讯 2025 年三季度资本开支 129.8 亿元，仍高于 2024 年；自由现金流 583 亿元。", "2025-11-28",
	  "tencent capex level 12980000000 CNY 2025-09-30 actual exact;tencent free_cash_flow level 58300000000 CNY "
	  "2025-09-30 actual exact" },
	/* a period restated in brackets by its months; a GAAP and non-GAAP
	 * pair gives the reported one; a percent whose sentence names no
	 * metric of its own takes none from the sentence before */
	{ "Microsoft: Capex in FY2H25 (Jan-Jun 2025) was $45.6bn.", "2025-11-03",
	  "microsoft capex level 45600000000 USD 2025-06-30 actual exact" },
	{ "NVIDIA expects fourth quarter fiscal 2026 revenue of $65.0 billion. GAAP and non-GAAP gross margins are "
	  "expected to be 74.8% and 75.0%, respectively. GAAP and non-GAAP tax rates are expected to be 17%.",
	  "2025-11-19",
	  "nvidia gross_margin level 74.8 % 2026-01-25 estimate exact;nvidia revenue level 65000000000 USD 2026-01-25 "
	  "guidance exact" },
	/* when it was said is not the figure's period */
	{ "Oracle reported in September that its remaining performance obligations jumped 359% to $455 billion in the "
	  "quarter ended Aug. 31.",
	  "2025-11-05",
	  "oracle rpo level 455000000000 USD 2025-08-31 actual exact;oracle rpo yoy 359 % 2025-08-31 actual exact" },
	/* a table: rows of metrics under periods, units above */
	{ "腾讯控股：业绩点评\n\n表 1：盈利预测\n单位：亿元\n指标          2024A      2025E      2026E\n"
	  "营业收入      6603       7420       8200\n",
	  "2025-11-20",
	  "tencent revenue level 660300000000 CNY 2024-12-31 actual exact;tencent revenue level 742000000000 CNY 2025-12-31 "
	  "estimate exact;tencent revenue level 820000000000 CNY 2026-12-31 estimate exact" },
	/* a level and its change, Chinese */
	{ "微软 FY26Q2 营收 813 亿美元（同比 + 17%）。", "2026-01-29",
	  "microsoft revenue level 81300000000 USD 2025-12-31 actual exact;microsoft revenue yoy 17 % 2025-12-31 actual exact" },
	/* a change alone */
	{ "腾讯 2025 年第一季度营收同比增长 13%。", "2025-05-14",
	  "tencent revenue yoy 13 % 2025-03-31 actual exact" },
	/* metric carried to a clause naming only a new entity */
	{ "2025Q2 谷歌云营业利润率提升至 20.7%，AWS 为 32.9%。", "2025-08-01",
	  "aws operating_margin level 32.9 % 2025-06-30 actual exact;google-cloud operating_margin level 20.7 % 2025-06-30 actual exact" },
	/* a percent is not revenue: no fact */
	{ "阿里巴巴 2025 年第二季度营收中约 30% 来自海外。", "2025-08-30", "" },
	/* bare scaled amount inherits the currency */
	{ "百度 2025 年第一季度营收 325 亿元，同比增长 3%；在线营销收入 160 亿。", "2025-05-21",
	  "baidu revenue level 32500000000 CNY 2025-03-31 actual exact;baidu revenue yoy 3 % 2025-03-31 actual exact" },
	/* English release with qoq and yoy after the numbers */
	{ "AMD's Q2 2025 revenue of $7.7 billion rose 32% year over year and 3% sequentially.", "2025-08-05",
	  "amd revenue level 7700000000 USD 2025-06-30 actual exact;amd revenue qoq 3 % 2025-06-30 actual exact;amd revenue yoy 32 % 2025-06-30 actual exact" },
	/* decline words set the sign; bps become pp */
	{ "Meta's operating margin was 43% in Q2 2025, down 150 bps y/y.", "2025-07-31",
	  "meta operating_margin level 43 % 2025-06-30 actual exact;meta operating_margin yoy -1.5 pp 2025-06-30 actual exact" },
	/* estimates */
	{ "我们预计英伟达 2026 财年第四季度营收约 650 亿美元。", "2025-11-20",
	  "nvidia revenue level 65000000000 USD 2026-01-25 estimate approx" },
	{ "Oracle expects FY26 capex of about $35 billion.", "2025-09-10",
	  "oracle capex level 35000000000 USD 2026-05-31 guidance approx" },
	/* consensus comparison takes the measure compared */
	{ "英伟达 2026 财年第二季度营收 467 亿美元，高于市场一致预期的 460 亿美元。", "2025-08-28",
	  "nvidia revenue level 46000000000 USD 2025-07-27 consensus exact;nvidia revenue level 46700000000 USD 2025-07-27 actual exact" },
	/* ranges */
	{ "Apple expects December quarter revenue to grow 10% to 12% year over year.", "2025-10-31",
	  "apple revenue yoy 11 % 2025-12-27 guidance range" },
	/* a revision keeps the new value only */
	{ "Meta raised its 2025 capex guidance to $70-72 billion from $66-72 billion.", "2025-07-31",
	  "meta capex level 71000000000 USD 2025-12-31 guidance range" },
	/* qualifiers */
	{ "2025 年第二季度 AWS 收入超 300 亿美元，Azure 收入同比增长约 39%。", "2025-08-01",
	  "aws revenue level 30000000000 USD 2025-06-30 actual at_least;azure revenue yoy 39 % 2025-06-30 actual approx" },
	/* segments we do not track give nothing, and nothing leaks */
	{ "Alphabet Q2 2025 revenue was $96.4 billion; YouTube ads revenue was $9.8 billion, up 13%.", "2025-07-24",
	  "alphabet revenue level 96400000000 USD 2025-06-30 actual exact" },
	{ "阿里巴巴 2026 财年第一季度营收 2477 亿元；其中国际电商业务收入 348 亿元，同比增长 19%。", "2025-08-30",
	  "alibaba revenue level 247700000000 CNY 2025-06-30 actual exact" },
	/* two entities at once are neither */
	{ "OpenAI 与 Anthropic 2025 年合计收入约 170 亿美元。", "2025-12-01", "" },
	/* a company then its own part names the part */
	{ "Amazon AWS revenue was $30.9 billion in Q2 2025.", "2025-08-01",
	  "aws revenue level 30900000000 USD 2025-06-30 actual exact" },
	{ "阿里巴巴的阿里云 2025 年第二季度收入约 330 亿元。", "2025-08-30",
	  "alibaba-cloud revenue level 33000000000 CNY 2025-06-30 actual approx" },
	/* the growth of a measure the lexicon does not know is not revenue's */
	{ "特斯拉 2025 年第二季度储能装机量同比下降 13%。", "2025-07-10", "" },
	{ "Tesla energy storage deployments fell 13% in Q2 2025.", "2025-07-10", "" },
	/* deliveries are a metric the lexicon knows */
	{ "特斯拉 2025 年第二季度交付量同比下降 13%。", "2025-07-10", "tesla deliveries yoy -13 % 2025-06-30 actual exact" },
	{ "Azure grew 39% in fiscal Q4 2025.", "2025-08-01",
	  "azure revenue yoy 39 % 2025-06-30 actual exact" },
	/* a bound beside the figure itself: only the figure */
	{ "Meta 2025 年第二季度营收首次超过 450 亿美元，达到 475 亿美元。", "2025-08-01",
	  "meta revenue level 47500000000 USD 2025-06-30 actual exact" },
	/* a figure for a period not over by the report date is no actual */
	{ "Microsoft FY2027 capex will be $150 billion.", "2025-11-01",
	  "microsoft capex level 150000000000 USD 2027-06-30 estimate exact" },
	/* a yearless quarter whose nearest reading is still running, for an
	 * actual figure: the year is a guess, so nothing */
	{ "英伟达预计 2026 财年第四季度营收 650 亿美元。毛利率为 73.6%，第四季度营业利润率为 60%。", "2025-11-20",
	  "nvidia revenue level 65000000000 USD 2026-01-25 guidance exact" },
	/* a level compared with the year-ago one: that one is the prior year's */
	{ "Apple's gross margin was 46.9% in the June quarter, compared with 46.3% in the year-ago quarter.",
	  "2025-08-01",
	  "apple gross_margin level 46.3 % 2024-06-29 actual exact;apple gross_margin level 46.9 % 2025-06-28 actual exact" },
	/* a quarter said of one company is none of another's fiscal quarters */
	{ "Apple's revenue was $94.0 billion in the June quarter. Nvidia's revenue was $46.7 billion.", "2025-09-01",
	  "apple revenue level 94000000000 USD 2025-06-28 actual exact" },
	/* a consensus compared with a yearless quarter's actual is for that quarter */
	{ "Netflix Q2 revenue: $11.08B (+16% Y/Y), vs. consensus $11.07B.", "2025-07-20",
	  "netflix revenue level 11070000000 USD 2025-06-30 consensus exact;netflix revenue level 11080000000 USD 2025-06-30 actual exact;netflix revenue yoy 16 % 2025-06-30 actual exact" },
	/* a sentence opening on a Chinese name we do not know is not about the
	 * company before it, nor is "the company" after it */
	{ "百度 2025 年第二季度营收 327 亿元。星河汽车 2025 年第二季度营收 190 亿元。公司 2025 年第二季度净利润 -50 亿元。",
	  "2025-09-01", "baidu revenue level 32700000000 CNY 2025-06-30 actual exact" },
	{ "百度 2025 年第二季度营收 327 亿元。公司 2025 年第二季度净利润 73 亿元。", "2025-09-01",
	  "baidu net_income level 7300000000 CNY 2025-06-30 actual exact;baidu revenue level 32700000000 CNY 2025-06-30 actual exact" },
	/* a company named by a description we cannot resolve is not the one before */
	{ "Netflix revenue was $11.5 billion in Q3 2025. The streaming giant's operating margin was 28%. The company's net income was $2.5 billion.",
	  "2025-11-01", "netflix revenue level 11500000000 USD 2025-09-30 actual exact" },
	{ "Netflix revenue was $11.5 billion in Q3 2025. The company's net income was $2.5 billion.", "2025-11-01",
	  "netflix net_income level 2500000000 USD 2025-09-30 actual exact;netflix revenue level 11500000000 USD 2025-09-30 actual exact" },
	/* a margin around a guided figure is no figure */
	{ "AMD expects Q4 2025 revenue of approximately $9.6 billion, plus or minus $300 million.", "2025-11-05",
	  "amd revenue level 9600000000 USD 2025-12-31 guidance approx" },
	/* a section label before a colon names no one; an unknown name does */
	{ "微软 FY26Q1 营收 777 亿美元。盈利预测：我们预计公司 FY2026 营收为 3250 亿美元。", "2025-10-30",
	  "microsoft revenue level 325000000000 USD 2026-06-30 estimate exact;microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	{ "微软 FY26Q1 营收 777 亿美元。星河汽车：2025 年第三季度营收 274 亿元。", "2025-10-30",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* a constant-currency parenthesis right after the number */
	{ "微软指引 FY26Q2 Azure 收入同比增长 37%（固定汇率）。", "2025-10-30", "" },
	/* a period said in a forecast is not lent to an actual, even when the
	 * forecast's own figure was left out */
	{ "Microsoft expects Azure growth of 37% (in constant currency) in fiscal Q2 2026. Azure revenue grew 40%.",
	  "2025-10-30", "" },
	/* the period past a parenthesis after the number; Azure's reported name */
	{ "Azure and other cloud services revenue grew 39% (38% in constant currency) in fiscal Q4 2025.",
	  "2025-07-30", "azure revenue yoy 39 % 2025-06-30 actual exact" },
	{ "微软 FY25Q4 Azure 及其他云服务收入同比 +39%（固定汇率 +38%）。", "2025-07-30",
	  "azure revenue yoy 39 % 2025-06-30 actual exact" },
	/* a part named further back than the word before the metric */
	{ "Oracle's cloud infrastructure revenue was $3.3 billion in fiscal Q1 2026.", "2025-09-10", "" },
	/* values the sentence cannot place: only the first stays */
	{ "Oracle expects revenue to grow 16% to $67 billion in fiscal 2026, then to $85 billion and $104 billion.",
	  "2025-09-10",
	  "oracle revenue level 67000000000 USD 2026-05-31 guidance exact;oracle revenue yoy 16 % 2026-05-31 guidance exact" },
	/* six months ended a day are a half, not the quarter said before */
	{ "For the three months ended June 30, 2025, Meta's revenue was $47.5 billion. For the six months ended June 30, 2025, Meta's revenue was $89.8 billion.",
	  "2025-08-01",
	  "meta revenue level 47500000000 USD 2025-06-30 actual exact;meta revenue level 89800000000 USD 2025-06-30 actual exact" },
	{ "截至 2025 年 6 月 30 日止六个月，腾讯收入为 3610 亿元。", "2025-08-20",
	  "tencent revenue level 361000000000 CNY 2025-06-30 actual exact" },
	/* nor is a span that starts no year: not a half, left out */
	{ "For the six months ended September 30, 2025, Alphabet's revenue was $190 billion.", "2025-11-05", "" },
	/* a name after by that its own metric and figure follow is their subject */
	{ "In fiscal Q1 2026, Intelligent Cloud revenue increased 28%, driven by Azure revenue growth of 40%.", "2025-10-30",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* a figure compared with another company's is not the subject's */
	{ "In 3Q25, Microsoft capex of $34.9 billion compared with Meta's capex of $19.4 billion.", "2025-10-30",
	  "microsoft capex level 34900000000 USD 2025-09-30 actual exact" },
	{ "In 3Q25, Microsoft capex was $34.9 billion, compared with $19.4 billion at Meta.", "2025-10-30",
	  "microsoft capex level 34900000000 USD 2025-09-30 actual exact" },
	/* a company after a figure: by at, the figure's; by for, unclear */
	{ "In 3Q25 capex reached $19.4 billion at Meta and $24 billion at Alphabet.", "2025-10-30",
	  "alphabet capex level 24000000000 USD 2025-09-30 actual exact;meta capex level 19400000000 USD 2025-09-30 actual exact" },
	{ "Capex was $34.9 billion for Microsoft, $19.4 billion for Meta and $24 billion for Alphabet in 3Q25.", "2025-10-30", "" },
	/* consensus stays consensus under an estimate's mark (CY26E) */
	{ "For Alphabet our CY26E capex of $118bn compares with consensus of $110bn.", "2025-11-05",
	  "alphabet capex level 110000000000 USD 2026-12-31 consensus exact;alphabet capex level 118000000000 USD 2026-12-31 estimate exact" },
	/* "the third quarter" of a text on several companies is the calendar's;
	 * "in the quarter" after it, in another paragraph, is that quarter */
	{ "Amazon Web Services revenue grew 20.2% to $33.0 billion in the third quarter, while Microsoft's Azure grew 40%.\n\n"
	  "Meta's capital expenditures were $19.4 billion in the quarter.",
	  "2025-11-03",
	  "aws revenue level 33000000000 USD 2025-09-30 actual exact;aws revenue yoy 20.2 % 2025-09-30 actual exact;"
	  "azure revenue yoy 40 % 2025-09-30 actual exact;meta capex level 19400000000 USD 2025-09-30 actual exact" },
	/* one company's third quarter is its own */
	{ "Microsoft revenue grew 13% in the third quarter.", "2025-05-01",
	  "microsoft revenue yoy 13 % 2025-03-31 actual exact" },
	/* Non-IFRS qualifies the metric after it: no name, no part */
	{ "腾讯2025年三季度营收1928.7亿元，同比增长15%；Non-IFRS归母净利润705.5亿元，同比增长18%。", "2025-11-14",
	  "tencent net_income level 70550000000 CNY 2025-09-30 actual exact;tencent net_income yoy 18 % 2025-09-30 actual exact;"
	  "tencent revenue level 192870000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a range of years as long as a list of values: each year its value */
	{ "我们预计腾讯2025-2027年营收分别为7510/8250/9020亿元。", "2025-11-14",
	  "tencent revenue level 751000000000 CNY 2025-12-31 estimate exact;tencent revenue level 825000000000 CNY 2026-12-31 estimate exact;"
	  "tencent revenue level 902000000000 CNY 2027-12-31 estimate exact" },
	{ "我们预计腾讯2025-2026年营收分别为7510/8250/9020亿元。", "2025-11-14", "" },
	/* a table's units in the first cell of its header */
	{ "Microsoft reported results for fiscal Q2 2026.\n\n($ in billions)          FY26Q2      FY25Q2\n"
	  "Revenue                  81.3        69.6\nOperating income         38.3        31.7\n",
	  "2026-01-29",
	  "microsoft operating_income level 31700000000 USD 2024-12-31 actual exact;"
	  "microsoft operating_income level 38300000000 USD 2025-12-31 actual exact;"
	  "microsoft revenue level 69600000000 USD 2024-12-31 actual exact;microsoft revenue level 81300000000 USD 2025-12-31 actual exact" },
	/* a sign in a word, before the number or in the metric's name */
	{ "Oracle free cash flow was negative $10.0 billion in fiscal Q2 2026.", "2025-12-11",
	  "oracle free_cash_flow level -10000000000 USD 2025-11-30 actual exact" },
	{ "Oracle reported negative free cash flow of $10.0 billion in fiscal Q2 2026.", "2025-12-11",
	  "oracle free_cash_flow level -10000000000 USD 2025-11-30 actual exact" },
	{ "In fiscal Q2 2026, Oracle GAAP earnings per diluted share were $1.30.", "2025-12-11",
	  "oracle eps level 1.3 USD 2025-11-30 actual exact" },
	/* a level said in the month under way is that month's, and actual */
	{ "Cursor said annual recurring revenue topped $1 billion in November.", "2025-11-20",
	  "cursor arr level 1000000000 USD 2025-11-30 actual at_least" },
	/* 同期 says when, not whose */
	{ "腾讯三季度营收1929亿元，同比增长15%；阿里巴巴同期营收2478亿元，同比增长5%。", "2025-11-25",
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact;alibaba revenue yoy 5 % 2025-09-30 actual exact;"
	  "tencent revenue level 192900000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a company's own quarter carried to another keeps its dates */
	{ "微软2025财年三季度营收701亿美元；腾讯同期营收1800亿元。", "2025-11-25",
	  "microsoft revenue level 70100000000 USD 2025-03-31 actual exact;tencent revenue level 180000000000 CNY 2025-03-31 actual exact" },
	{ "In fiscal Q3 2025, Microsoft revenue was $70.1 billion and OpenAI revenue was $3 billion.", "2025-05-01",
	  "microsoft revenue level 70100000000 USD 2025-03-31 actual exact;openai revenue level 3000000000 USD 2025-03-31 actual exact" },
	/* an amount per share is earnings per share; the period after figures
	 * compared with is theirs */
	{ "Amazon net income increased to $21.2 billion in the third quarter, or $1.95 per diluted share, compared with "
	  "$15.3 billion, or $1.43 per diluted share, in third quarter 2024.",
	  "2025-10-30",
	  "amazon eps level 1.43 USD 2024-09-30 actual exact;amazon eps level 1.95 USD 2025-09-30 actual exact;"
	  "amazon net_income level 15300000000 USD 2024-09-30 actual exact;"
	  "amazon net_income level 21200000000 USD 2025-09-30 actual exact" },
	{ "我们预计英伟达FY2026-FY2028营收分别为2130/3190/4050亿美元。", "2025-11-20",
	  "nvidia revenue level 213000000000 USD 2026-01-25 estimate exact;nvidia revenue level 319000000000 USD 2027-01-31 estimate exact;"
	  "nvidia revenue level 405000000000 USD 2028-01-30 estimate exact" },
	/* a preview's yearless quarter is the one its title names, though over */
	{ "Microsoft FY26 Q1 preview: what to watch\nBy Analyst Team | October 27, 2025\n\n"
	  "Capex: Microsoft spent $24.2 billion in fiscal Q4 2025; we expect about $30 billion for fiscal Q1.\n",
	  "2025-10-27",
	  "microsoft capex level 24200000000 USD 2025-06-30 actual exact;microsoft capex level 30000000000 USD 2025-09-30 estimate approx" },
	{ "Alphabet's third-quarter net income rose 33% to $35.0 billion, or $2.87 a share.", "2025-10-30",
	  "alphabet eps level 2.87 USD 2025-09-30 actual exact;alphabet net_income level 35000000000 USD 2025-09-30 actual exact;"
	  "alphabet net_income yoy 33 % 2025-09-30 actual exact" },
	/* plus or minus is a margin, not a sign */
	{ "NVIDIA expects revenue for the fourth quarter of fiscal 2026 to be $65.0 billion, plus or minus 2%.", "2025-11-19",
	  "nvidia revenue level 65000000000 USD 2026-01-25 guidance approx" },
	/* the change said of the adjusted figure goes with it: it is no
	 * change of the reported one */
	{ "百度三季度归母净利润-112.3亿元；Non-GAAP归母净利润38.5亿元，同比-36%。", "2025-11-19",
	  "baidu net_income level -11230000000 CNY 2025-09-30 actual exact" },
	{ "AMD 三季度 GAAP 毛利率 52%，Non-GAAP 毛利率 54%，同比提升 0.5 个百分点。", "2025-11-19",
	  "amd gross_margin level 52 % 2025-09-30 actual exact" },
	/* a forecast goes on past a ；; the adjusted one of a pair is left out */
	{ "英伟达：公司预计 FY2026Q4 营收约 650 亿美元；GAAP 毛利率约 74.8%，Non-GAAP 毛利率约 75.0%。", "2025-11-24",
	  "nvidia gross_margin level 74.8 % 2026-01-25 estimate approx;nvidia revenue level 65000000000 USD 2026-01-25 guidance approx" },
	/* companies between 受 and 带动 drove the figure: not whose it is, and
	 * 公司 after them is still the subject */
	{ "CoreWeave 2025年三季度收入积压订单 556 亿美元，主要受 Meta 142 亿美元及 OpenAI 合计 224 亿美元合同带动。"
	  "公司将 2025 年资本开支指引下调至 120-140 亿美元。",
	  "2025-12-18",
	  "coreweave backlog level 55600000000 USD 2025-09-30 actual exact;"
	  "coreweave capex level 13000000000 USD 2025-12-31 guidance range" },
	/* a change right after a level of the same company is that level's */
	{ "Meta's capital expenditures were $19.4 billion in 3Q25. Meta spent $19.4bn including finance leases, +111% y/y.",
	  "2025-11-03",
	  "meta capex level 19400000000 USD 2025-09-30 actual exact;meta capex yoy 111 % 2025-09-30 actual exact" },
	/* "a year earlier" right after a figure is that figure's, not the next one's */
	{ "AWS third-quarter operating margin was 34.6%, down from 38.1% a year earlier but up from 32.9% in the second quarter.",
	  "2025-11-05",
	  "aws operating_margin level 32.9 % 2025-06-30 actual exact;aws operating_margin level 34.6 % 2025-09-30 actual exact;"
	  "aws operating_margin level 38.1 % 2024-09-30 actual exact" },
	/* a currency written once after a list of scaled figures is theirs */
	{ "我们预计阿里巴巴FY26-FY28经调整净利润分别为1060亿、1290亿、1530亿元。", "2025-11-26",
	  "alibaba adjusted_net_income level 106000000000 CNY 2026-03-31 estimate exact;"
	  "alibaba adjusted_net_income level 129000000000 CNY 2027-03-31 estimate exact;"
	  "alibaba adjusted_net_income level 153000000000 CNY 2028-03-31 estimate exact" },
	/* a question states no fact */
	{ "Microsoft Azure grew 40% in fiscal Q1 2026. How should we think about the $400 billion RPO?", "2025-10-30",
	  "azure revenue yoy 40 % 2025-09-30 actual exact" },
	{ "微软FY26Q1收入777亿美元。未来RPO能否达到5000亿美元？", "2025-10-30",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* a label on the side of the accounts, or naming a metric, is no name */
	{ "腾讯控股：2025年三季度业绩超预期\n\n1. 收入端：三季度总收入1929亿元，同比增长15%。\n2. 资本开支：三季度资本开支130亿元，同比下降24%。\n",
	  "2025-11-14",
	  "tencent capex level 13000000000 CNY 2025-09-30 actual exact;tencent capex yoy -24 % 2025-09-30 actual exact;"
	  "tencent revenue level 192900000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* an analyst's model is an estimate, not an actual */
	{ "We model Broadcom fiscal fourth-quarter 2025 revenue of $17.5 billion.", "2025-12-08",
	  "broadcom revenue level 17500000000 USD 2025-11-02 estimate exact" },
	/* a month against the one before is its sequential change */
	{ "台积电10月营收新台币3674.7亿元，较上月减少11.4%，较去年同期增加16.9%。", "2025-11-10",
	  "tsmc revenue level 367470000000 TWD 2025-10-31 actual exact;tsmc revenue qoq -11.4 % 2025-10-31 actual exact;"
	  "tsmc revenue yoy 16.9 % 2025-10-31 actual exact" },
	/* the period after a figure said as the base is the base's */
	{ "CoreWeave revenue backlog rose to $55.6 billion in the third quarter of 2025 from $30.1 billion at the end of the second quarter.",
	  "2025-11-10", "coreweave backlog level 55600000000 USD 2025-09-30 actual exact" },
	{ "Revenue backlog at CoreWeave rose to $55.6 billion from $30.1 billion at the end of the second quarter.\n\n"
	  "CoreWeave third-quarter 2025 revenue was $1.36 billion.",
	  "2025-11-10",
	  "coreweave backlog level 30100000000 USD 2025-06-30 actual exact;coreweave revenue level 1360000000 USD 2025-09-30 actual exact" },
	/* "more than it projected": a difference; "projected in September": when it was said */
	{ "Oracle now sees fiscal 2026 capex of about $50 billion, $15 billion more than it projected in September.", "2025-12-11",
	  "oracle capex level 50000000000 USD 2026-05-31 guidance approx" },
	/* kind words past an "and" are the next figure's */
	{ "For the fourth quarter of 2025, AMD expects revenue to be approximately $9.6 billion, representing year-over-year growth "
	  "of approximately 25% and sequential growth of approximately 4%.",
	  "2025-11-04",
	  "amd revenue level 9600000000 USD 2025-12-31 guidance approx;amd revenue qoq 4 % 2025-12-31 guidance approx;"
	  "amd revenue yoy 25 % 2025-12-31 guidance approx" },
	{ "AMD expects fourth-quarter 2025 revenue growth of approximately 25% year-over-year and sequential growth of approximately 4%.",
	  "2025-11-04",
	  "amd revenue qoq 4 % 2025-12-31 guidance approx;amd revenue yoy 25 % 2025-12-31 guidance approx" },
	/* a list of links to other stories states nothing of this page */
	{ "百度2025年二季度营收327亿元。\n\n相关阅读：腾讯二季度营收1845亿元  阿里巴巴二季度营收2477亿元\n", "2025-08-21",
	  "baidu revenue level 32700000000 CNY 2025-06-30 actual exact" },
	/* by $X is a difference */
	{ "Microsoft FY26 Q1 EPS of $3.72 beat estimates by $0.05.", "2025-10-30",
	  "microsoft eps level 3.72 USD 2025-09-30 actual exact" },
	/* Alibaba's cloud by its reporting name */
	{ "阿里巴巴云智能集团 2025 年 4-6 月收入 334 亿元。", "2025-09-01",
	  "alibaba-cloud revenue level 33400000000 CNY 2025-06-30 actual exact" },
	/* Chinese releases' 净收入 is revenue */
	{ "京东 2025 年第二季度净收入 3567 亿元。", "2025-08-20",
	  "jd revenue level 356700000000 CNY 2025-06-30 actual exact" },
	/* two companies side by side are not a company and its part */
	{ "Amazon Microsoft revenue was $300 billion in Q2 2025.", "2025-08-01", "" },
	/* news on several companies: a level set against the year before, in
	 * a paragraph naming no period, is of the quarter the text reported */
	{ "Microsoft's Azure grew 39% in the third quarter.\n\nPROFITS\n\nAWS operating income rose to $9.0 billion "
	  "from $8.1 billion a year earlier. Amazon reported net sales of $150.0 billion, up 11%.",
	  "2025-11-01",
	  "amazon revenue level 150000000000 USD 2025-09-30 actual exact;amazon revenue yoy 11 % 2025-09-30 actual exact;"
	  "aws operating_income level 8100000000 USD 2024-09-30 actual exact;aws operating_income level 9000000000 USD "
	  "2025-09-30 actual exact;azure revenue yoy 39 % 2025-09-30 actual exact" },
	/* a comma aside between a figure and its period; the prior three
	 * months are the quarter before */
	{ "Microsoft expects Azure growth of about 37% in the December quarter. Microsoft spent $30.1 billion on "
	  "capital expenditures, including finance leases, in the quarter, up from $21.4 billion in the prior three "
	  "months.",
	  "2025-10-31",
	  "azure revenue yoy 37 % 2025-12-31 guidance approx;microsoft capex level 21400000000 USD 2025-06-30 actual exact;"
	  "microsoft capex level 30100000000 USD 2025-09-30 actual exact" },
	/* a deck's chart of two series: the first row of figures the slide
	 * title's, the second the line above it's; bare rows no line names
	 * are left out */
	{ "Alphabet\nQ2 2025 Earnings Slides\n\nCapital Expenditures\nIn millions\n\nQ4'24        Q1'25        Q2'25\n"
	  "$14,276      $17,197      $22,446\n\nYear-over-year % change\n30%          43%          70%\n\nOther Figures\n"
	  "In millions\n\nQ4'24        Q1'25        Q2'25\n$1,000      $2,000      $3,000\n$1,100      $2,100      $3,100\n",
	  "2025-07-24",
	  "alphabet capex level 14276000000 USD 2024-12-31 actual exact;alphabet capex level 17197000000 USD 2025-03-31 actual "
	  "exact;alphabet capex level 22446000000 USD 2025-06-30 actual exact;alphabet capex yoy 30 % 2024-12-31 actual exact;"
	  "alphabet capex yoy 43 % 2025-03-31 actual exact;alphabet capex yoy 70 % 2025-06-30 actual exact" },
	/* a mainland report's table of main data, its change columns'
	 * headers wrapped onto the line under them; 减少 2.00 个百分点 */
	{ "百度 2025 年第二季度报告\n\n单位：元  币种：人民币\n"
	  "项目              本报告期            上年同期        本报告期比上年\n"
	  "                                                     同期增减(%)\n"
	  "营业收入    32,700,000,000.00   33,900,000,000.00          -3.54\n"
	  "销售毛利率(%)                45.10               47.10     减少2.00个百分点\n",
	  "2025-08-25",
	  "baidu gross_margin level 45.1 % 2025-06-30 actual exact;baidu gross_margin level 47.1 % 2024-06-30 actual exact;"
	  "baidu gross_margin yoy -2 pp 2025-06-30 actual exact;baidu revenue level 32700000000 CNY 2025-06-30 actual exact;"
	  "baidu revenue level 33900000000 CNY 2024-06-30 actual exact;baidu revenue yoy -3.54 % 2025-06-30 actual exact" },
	/* a table of a measure "by" its parts: a row named like a metric
	 * (Sales Cloud's "Sales") is a part; the Total is the whole */
	{ "Salesforce Reports Results\n\nRevenues by service offering (in millions):\n"
	  "                          Three Months Ended October 31,\n"
	  "                               2025            2024\n"
	  "Sales                     $   1,900       $   1,800\n"
	  "Service                       2,000           1,900\n"
	  "Total                     $   3,900       $   3,700\n",
	  "2025-12-03",
	  "salesforce revenue level 3700000000 USD 2024-10-31 actual exact;salesforce revenue level 3900000000 USD 2025-10-31 "
	  "actual exact" },
	/* a part's name closed by a word that may stand before a metric
	 * (集团, 商业): the part's, not the company's; 本集团 is the company */
	{ "阿里巴巴 FY26Q2 业绩点评。本季度中国电商集团收入 1,000.0 亿元，同比 +10%。国际数字商业集团收入 300 亿元。"
	  "本集团收入 2,000 亿元。",
	  "2025-11-26", "alibaba revenue level 200000000000 CNY 2025-09-30 actual exact" },
	/* an aside set apart by dashes after a metric defines it */
	{ "Microsoft's commercial remaining performance obligations - contracted revenue not yet recognized - rose 40% "
	  "to $300 billion in the September quarter.",
	  "2025-10-31",
	  "microsoft rpo level 300000000000 USD 2025-09-30 actual exact;microsoft rpo yoy 40 % 2025-09-30 actual exact" },
	/* a call's outlook goes on into the next paragraph, of the period
	 * it was given for; "consistent with last quarter" frames nothing */
	{ "NVIDIA Q3 FY2026 Earnings Call\n\nRevenue was $50.0 billion in the third quarter. GAAP gross margin was "
	  "72.0%.\n\nLet me turn to the outlook for the fourth quarter. Total revenue is expected to be $55.0 billion. "
	  "Consistent with last quarter, we are not assuming any data center compute revenue from China.\n\nGAAP gross "
	  "margin is expected to be 73.0%.\n",
	  "2025-11-19",
	  "nvidia gross_margin level 72 % 2025-10-26 actual exact;nvidia gross_margin level 73 % 2026-01-25 estimate exact;"
	  "nvidia revenue level 50000000000 USD 2025-10-26 actual exact;nvidia revenue level 55000000000 USD 2026-01-25 "
	  "estimate exact" },
	/* a multiple against a start that is no year or quarter before is no
	 * level of anything */
	{ "Cursor：公司披露截至 11 月其年化收入已突破 10 亿美元，企业客户收入较年初增长 100 倍；", "2025-11-23",
	  "cursor arr level 1000000000 USD 2025-11-30 actual at_least" },
	/* companies named as a contract's other party (来自, 与 X(aside)及 Y)
	 * are objects: "公司" after them is still the paragraph's company;
	 * 季末 (at the quarter's end) names no part and no company */
	{ "CoreWeave：25Q3 收入 10.0 亿美元，同比 +100%。季末积压订单达 500 亿美元，主要来自与 Meta(100 亿美元)及 OpenAI "
	  "的新增合同。公司将 2025 年收入指引下调至 40-41 亿美元。",
	  "2025-11-23",
	  "coreweave backlog level 50000000000 USD 2025-09-30 actual exact;coreweave revenue level 1000000000 USD 2025-09-30 "
	  "actual exact;coreweave revenue level 4050000000 USD 2025-12-31 guidance range;coreweave revenue yoy 100 % "
	  "2025-09-30 actual exact" },
	{ "CoreWeave：季末积压订单达 500 亿美元，主要来自 OpenAI 的新增合同。公司将 2025 年收入指引下调至 40-41 亿美元。",
	  "2025-11-23", "coreweave revenue level 4050000000 USD 2025-12-31 guidance range" },
	/* the size of a market is no company's figure, its name before the
	 * figure past a bracketed aside too */
	{ "AMD：25Q3 收入 92 亿美元。在分析师日上，公司预计 2030 年数据中心市场规模(TAM)达到 1 万亿美元。",
	  "2025-11-23", "amd revenue level 9200000000 USD 2025-09-30 actual exact" },
	{ "AMD expects its data center total addressable market to reach $1 trillion in 2030.", "2025-11-23", "" },
	/* a Hong Kong summary's header: the words over the year over the day
	 * (截至以下日期止三個月 / 二零二五年 / 九月三十日), then 按年變動 */
	{ "騰訊控股有限公司\n截至2025年9月30日止三個月業績公佈\n\n財務表現摘要\n\n"
	  "                                      截至以下日期止三個月\n"
	  "                                 二零二五年         二零二四年\n"
	  "                                 九月三十日         九月三十日         按年變動\n"
	  "                                   (人民幣百萬元,特別註明者除外)\n"
	  "收入                                192,000           167,000            15%\n",
	  "2025-11-13",
	  "tencent revenue level 167000000000 CNY 2024-09-30 actual exact;tencent revenue level 192000000000 CNY 2025-09-30 "
	  "actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* 摊薄后, 该季度 before a metric say which form or period, not a part */
	{ "苹果 FY25Q4 摊薄后每股收益 1.85 美元，同比增长 91%。该季度收入 1000 亿美元。", "2025-10-31",
	  "apple eps level 1.85 USD 2025-09-27 actual exact;apple eps yoy 91 % 2025-09-27 actual exact;"
	  "apple revenue level 100000000000 USD 2025-09-27 actual exact" },
	/* a period over long before the report is history, whoever's
	 * expectations the sentence opened on */
	{ "NVIDIA Q3 FY2026 Earnings Call Transcript\n\nColette Kress\n\nRevenue was $57.0 billion in the third "
	  "quarter.\n\nVivek Arya\n\nI think consensus was around $62 billion for the January quarter, and last year's "
	  "fourth quarter revenue was $39.3 billion.\n",
	  "2025-11-19",
	  "nvidia revenue level 39300000000 USD 2025-01-26 actual exact;nvidia revenue level 57000000000 USD 2025-10-26 "
	  "actual exact" },
	/* news on several companies: a paragraph whose figure took the
	 * quarter reported goes on about it; "at the end of September" is a
	 * stock's quarter when one ends then */
	{ "Microsoft's Azure grew 39% in the third quarter.\n\nAMAZON\n\nAmazon Web Services posted revenue growth of "
	  "20.2% to $33.0 billion. AWS operating income was $11.4 billion.\n\nAWS backlog stood at $200 billion at the "
	  "end of September.\n",
	  "2025-10-31",
	  "aws backlog level 200000000000 USD 2025-09-30 actual exact;aws operating_income level 11400000000 USD 2025-09-30 "
	  "actual exact;aws revenue level 33000000000 USD 2025-09-30 actual exact;aws revenue yoy 20.2 % 2025-09-30 actual "
	  "exact;azure revenue yoy 39 % 2025-09-30 actual exact" },
	/* a part named after 其中 is its sentence's subject only */
	{ "苹果预计 2026 财年第一财季总营收将同比增长 8%-10%，其中 iPhone 收入将实现两位数增长；毛利率预计在 46%-47% 之间。",
	  "2025-10-31",
	  "apple gross_margin level 46.5 % 2025-12-27 estimate range;apple revenue yoy 9 % 2025-12-27 guidance range" },
	/* a period said in an aside after a figure is the aside's, and the
	 * aside's change is of the figure's kind */
	{ "阿里巴巴 FY26Q2 业绩点评。云:阿里云智能集团收入 400.0 亿元,同比 +30%(FY26Q1 为 +25%),环比 +15.0%。",
	  "2025-11-26",
	  "alibaba-cloud revenue level 40000000000 CNY 2025-09-30 actual exact;alibaba-cloud revenue qoq 15 % 2025-09-30 "
	  "actual exact;alibaba-cloud revenue yoy 25 % 2025-06-30 actual exact;alibaba-cloud revenue yoy 30 % 2025-09-30 "
	  "actual exact" },
	/* "Less: Capital expenditures (122)": the spending is its size */
	{ "Salesforce Reports Results\n\nFree Cash Flow (in millions)\n"
	  "                                             Three Months Ended October 31,\n"
	  "                                                  2025            2024\n"
	  "Net cash provided by operating activities    $   2,000       $   1,800\n"
	  "Less: Capital expenditures                       (150)           (140)\n",
	  "2025-12-03",
	  "salesforce capex level 140000000 USD 2024-10-31 actual exact;salesforce capex level 150000000 USD 2025-10-31 actual "
	  "exact;salesforce operating_cash_flow level 1800000000 USD 2024-10-31 actual exact;salesforce operating_cash_flow "
	  "level 2000000000 USD 2025-10-31 actual exact" },
	/* a call's voices open sentences with words that name no company
	 * (Your, Given); "we talked about in September" says when it was said */
	{ "NVIDIA Q3 FY2026 Earnings Call Transcript\n\nColette Kress\n\nRevenue was $57.0 billion in the third "
	  "quarter. Given the demand we see, we expect fiscal 2026 capex of about $5 billion, up from the roughly $4 "
	  "billion we talked about in August.\n\nVivek Arya\n\nYour guide is ahead - revenue was around $62 billion "
	  "in the January quarter.\n",
	  "2025-11-19",
	  "nvidia capex level 5000000000 USD 2026-01-25 guidance approx;nvidia revenue level 57000000000 USD 2025-10-26 "
	  "actual exact;nvidia revenue level 62000000000 USD 2026-01-25 guidance approx" },
	/* a bull or bear case's figures are hypotheses, not forecasts */
	{ "Salesforce: our FY27 revenue estimate is $45.0bn.\n\nBull case ($400): growth re-accelerates. In this "
	  "scenario FY27 revenue could reach $48.0bn.\n\nBear case ($200): growth slows, and FY27 revenue of $42.0bn "
	  "would follow.\n",
	  "2025-12-04", "salesforce revenue level 45000000000 USD 2027-01-31 estimate exact" },
	/* the period after a figure compared with (its metric named again)
	 * is that figure's, not the next sentence's */
	{ "Baidu Q3 2025 results. Operating loss was RMB5.3 billion, compared with operating income of RMB5.9 billion in "
	  "the third quarter of 2024. Operating margin was negative 17%.",
	  "2025-11-18",
	  "baidu operating_income level -5300000000 CNY 2025-09-30 actual exact;baidu operating_income level 5900000000 CNY "
	  "2024-09-30 actual exact;baidu operating_margin level -17 % 2025-09-30 actual exact" },
	/* ... its company named again between, after "attributable to": the
	 * next sentences stay in the quarter reported; earnings per ADS are
	 * the per-share figure */
	{ "Baidu Q3 2025 results. Net loss attributable to Baidu was RMB2.1 billion, compared with net income "
	  "attributable to Baidu of RMB6.4 billion in the third quarter of 2024. Diluted loss per ADS was RMB6.10. "
	  "Diluted earnings per ADS on a non-GAAP basis was RMB9.20.",
	  "2025-11-18",
	  "baidu eps level -6.1 CNY 2025-09-30 actual exact;baidu eps level 9.2 CNY 2025-09-30 actual exact;baidu "
	  "net_income level -2100000000 CNY 2025-09-30 actual exact;baidu net_income level 6400000000 CNY 2024-09-30 "
	  "actual exact" },
	/* a release's summary: the units in the header's label cell, a title
	 * over the header names whose figures the table holds, and a header
	 * without a label cell heads the columns its cells stand over */
	{ "Baidu Announces Third Quarter 2025 Results\n\n"
	  "                                                Baidu, Inc.\n"
	  "(In millions except per ADS,       Q3 2024    Q2 2025    Q3 2025    Q3 2025\n"
	  " unaudited)                            RMB        RMB        RMB       US$\n"
	  "Total revenues                      30,100     29,800     28,400     3,990\n\n"
	  "                                                Baidu Core\n"
	  "                                   Q3 2024    Q2 2025    Q3 2025    Q3 2025\n"
	  "                                       RMB        RMB        RMB       US$\n"
	  "Operating margin                       19%        12%      (20%)\n",
	  "2025-11-18",
	  "baidu revenue level 28400000000 CNY 2025-09-30 actual exact;baidu revenue level 29800000000 CNY 2025-06-30 "
	  "actual exact;baidu revenue level 30100000000 CNY 2024-09-30 actual exact;baidu-core operating_margin level -20 % "
	  "2025-09-30 actual exact;baidu-core operating_margin level 12 % 2025-06-30 actual exact;baidu-core "
	  "operating_margin level 19 % 2024-09-30 actual exact" },
	/* columns headed by their currency and scale set one space apart
	 * (RMB'million RMB'million US$'million): the US$ column translates */
	{ "Baidu Third Quarter 2025 Results Announcement\n\n"
	  "                                     Three Months Ended\n"
	  "                                        September 30,\n"
	  "(In millions except per ADS,        2024       2025       2025\n"
	  " unaudited)                      RMB'million RMB'million  US$'million\n"
	  "Total revenues                    30,100     28,400      3,990\n",
	  "2025-11-18",
	  "baidu revenue level 28400000000 CNY 2025-09-30 actual exact;baidu revenue level 30100000000 CNY 2024-09-30 "
	  "actual exact" },
	/* a statement of operations: rules drawn under each column, a section
	 * ("Operating expenses:") that ends where a row stands back at its
	 * indent, "Less:" over the rows a total is reckoned from, and the
	 * period words in a cell of the units line over the years */
	{ "Salesforce Announces Results\n\n(in millions, except per share data)\n\n"
	  "                                          Three Months Ended\n"
	  "                                             October 31,\n"
	  "                                          2025          2024\n"
	  "Total revenues                          11,000        10,000\n"
	  "Operating expenses:\n"
	  "  Research and development                1,500         1,400\n"
	  "  Sales and marketing                     3,400         3,300\n"
	  "                                       --------      --------\n"
	  "Income from operations                    2,300         1,900\n"
	  "                                       ========      ========\n"
	  "Net income                             $  2,200      $  1,600\n\n"
	  "Free cash flow (in millions)                        Three Months Ended October 31,\n"
	  "                                                        2025            2024\n"
	  "  Operating cash flow                                $  2,400        $  2,000\n"
	  "  Less:\n"
	  "  Capital expenditures                                  (160)           (150)\n"
	  "                                                    --------        --------\n"
	  "  Free cash flow                                     $  2,240        $  1,850\n",
	  "2025-12-03",
	  "salesforce capex level 150000000 USD 2024-10-31 actual exact;salesforce capex level 160000000 USD 2025-10-31 "
	  "actual exact;salesforce free_cash_flow level 1850000000 USD 2024-10-31 actual exact;salesforce free_cash_flow "
	  "level 2240000000 USD 2025-10-31 actual exact;salesforce net_income level 1600000000 USD 2024-10-31 actual exact;"
	  "salesforce net_income level 2200000000 USD 2025-10-31 actual exact;salesforce operating_cash_flow level "
	  "2000000000 USD 2024-10-31 actual exact;salesforce operating_cash_flow level 2400000000 USD 2025-10-31 actual "
	  "exact;salesforce operating_income level 1900000000 USD 2024-10-31 actual exact;salesforce operating_income level "
	  "2300000000 USD 2025-10-31 actual exact;salesforce revenue level 10000000000 USD 2024-10-31 actual exact;"
	  "salesforce revenue level 11000000000 USD 2025-10-31 actual exact" },
	/* a call: "Worldwide", "Cash" open a metric's name; "Moving to the
	 * AWS segment." and "Starting with AWS." make the part what the
	 * paragraph is about; "That compares with" goes on about it; a
	 * measure's charges listed after a colon are no figure of it; a
	 * growth said whole where the text gives it to a decimal is that one */
	{ "Amazon Q3 2025 Earnings Call Transcript\n\nAndy Jassy\n\nStarting with AWS. AWS is re-accelerating to 21.4% "
	  "year-over-year. Backlog grew to $210 billion by the end of Q3.\n\nBrian Olsavsky\n\nWorldwide revenue was $185.0 "
	  "billion. This quarter's operating income includes two charges: $2.1 billion related to a settlement. Cash capex "
	  "was $33.0 billion in Q3.\n\nMoving to the AWS segment. Revenue was $34.0 billion. AWS operating income was $11.0 "
	  "billion. That compares with operating income of $10.0 billion in the third quarter of 2024.\n\nAnalyst\n\nAWS "
	  "accelerated to 21% this quarter.\n",
	  "2025-10-30",
	  "amazon capex level 33000000000 USD 2025-09-30 actual exact;amazon revenue level 185000000000 USD 2025-09-30 actual "
	  "exact;aws backlog level 210000000000 USD 2025-09-30 actual exact;aws operating_income level 10000000000 USD "
	  "2024-09-30 actual exact;aws operating_income level 11000000000 USD 2025-09-30 actual exact;aws revenue level "
	  "34000000000 USD 2025-09-30 actual exact;aws revenue yoy 21.4 % 2025-09-30 actual exact" },
	/* growth compared with the quarter before's (较二季度的 32%, 较上一季度
	 * 26% 的增速) is that quarter's growth; a constant-currency aside with
	 * a figure of its own leaves the figure before it alone; 三季报 is
	 * the quarter's report */
	{ "谷歌三季报点评\n\n谷歌云本季度收入150亿美元，同比增长33%（按固定汇率计算增长31%），较二季度的30%进一步加速。\n\n"
	  "阿里云本季收入400亿元，同比增长35%，较上一季度27%的增速明显加快。\n",
	  "2025-10-30",
	  "alibaba-cloud revenue level 40000000000 CNY 2025-09-30 actual exact;alibaba-cloud revenue yoy 27 % 2025-06-30 actual "
	  "exact;alibaba-cloud revenue yoy 35 % 2025-09-30 actual exact;google-cloud revenue level 15000000000 USD 2025-09-30 "
	  "actual exact;google-cloud revenue yoy 30 % 2025-06-30 actual exact;google-cloud revenue yoy 33 % 2025-09-30 "
	  "actual exact" },
	/* under a numbered section (02 | 谷歌云), a heading without a number
	 * is one of its parts: its bullets are still the section's part */
	{ "谷歌2025年第三季度财报点评\n\n01 | 总览\n\n谷歌本季度营业利润率30.0%。\n\n02 | 谷歌云：利润率大幅提升\n\n"
	  "谷歌云营业利润36亿美元。\n\n划重点\n✅ 利润率：本季度达到24.0%\n",
	  "2025-10-30",
	  "alphabet operating_margin level 30 % 2025-09-30 actual exact;google-cloud operating_income level 3600000000 USD "
	  "2025-09-30 actual exact;google-cloud operating_margin level 24 % 2025-09-30 actual exact" },
	/* a letter's highlights naming the companies it signed deals with
	 * keep the letter its company's */
	{ "NEBIUS GROUP N.V.\nQ3 2025 Shareholder Letter\n\nDear Shareholders,\n\nThe quarter was our strongest yet.\n\n"
	  "  - Signed an agreement with Microsoft worth $17 billion and an agreement with Meta worth $3 billion\n\n"
	  "Revenue. Q3 revenue was $150.0 million, up 350% year-over-year.\n",
	  "2025-11-11",
	  "nebius revenue level 150000000 USD 2025-09-30 actual exact;nebius revenue yoy 350 % 2025-09-30 actual exact" },
	/* a Chinese period touching a Latin name (Azure上季度, 本月OpenAI,
	 * Anthropic年初) is still a period; 年初 is the year's first month */
	{ "微软Azure上季度收入120亿美元。", "2025-10-30", "azure revenue level 12000000000 USD 2025-09-30 actual exact" },
	{ "据透露，本月OpenAI年化收入约为130亿美元，Anthropic年初的年化收入约为10亿美元。", "2025-10-20",
	  "anthropic arr level 1000000000 USD 2025-01-31 actual approx;openai arr level 13000000000 USD 2025-10-31 actual "
	  "approx" },
	/* a rated note's title may end on a colon over its subtitle, and
	 * "公司" is the covered company whoever the sentence before named;
	 * a related-reading list (往期推荐) and a best case are no facts */
	{ "证券研究报告 | 公司点评\n\n微软（MSFT.O）FY26Q1业绩点评：\n云业务再提速\n\n投资评级：买入（维持）\n\n核心观点\n\n"
	  "■ OpenAI投资影响利润。公司实现净利润250亿美元，同比增长10%。在最乐观的情形下，公司FY2027收入有望达到4000亿美元。\n\n"
	  "往期推荐\n👉 英伟达数据中心收入500亿美元\n",
	  "2025-10-31",
	  "microsoft net_income level 25000000000 USD 2025-09-30 actual exact;microsoft net_income yoy 10 % 2025-09-30 actual "
	  "exact" },
	/* a sector note's paragraph on one company: a guide said of nothing
	 * else is of the measure the paragraph's figure before it was; a
	 * figure said as over after a forecast is of the quarter the
	 * paragraph reported; the level a growth reached is the growth's
	 * measure's */
	{ "Hyperscaler capex tracker\n\nAlphabet's 3Q25 capex was $24.0bn. The FY25 guide was raised to $91-93bn, and "
	  "management flagged an increase in 2026. Google Cloud revenue rose 34% y/y to $15.2bn.\n",
	  "2025-11-12",
	  "alphabet capex level 24000000000 USD 2025-09-30 actual exact;alphabet capex level 92000000000 USD 2025-12-31 "
	  "guidance range;google-cloud revenue level 15200000000 USD 2025-09-30 actual exact;google-cloud revenue yoy 34 % "
	  "2025-09-30 actual exact" },
	/* a release's summary whose units line gives the columns' day over
	 * their years (In millions   September 30, / 2025   2024) */
	{ "Meta Reports Third Quarter 2025 Results\n\n"
	  "                                                    Three Months Ended\n"
	  "In millions, except percentages                        September 30,\n"
	  "and per share amounts                              2025         2024     % Change\n"
	  "---------------------------------------------------------------------------------\n"
	  "Revenue                                        $  50,000    $  40,000        25 %\n",
	  "2025-10-29",
	  "meta revenue level 40000000000 USD 2024-09-30 actual exact;meta revenue level 50000000000 USD 2025-09-30 actual "
	  "exact;meta revenue yoy 25 % 2025-09-30 actual exact" },
	/* 归属于普通股股东的 opens the name of the profit, not a company's;
	 * 股东应占净利润 is the net income */
	{ "阿里巴巴FY2026第二财季业绩点评\n\n本季度经营利润为50.0亿元。归属于普通股股东的净利润为200.0亿元，同比下降50%。\n\n"
	  "表一：业绩摘要(人民币百万元)\n\n项目                    2QFY26        2QFY25\n股东应占净利润          20,000        40,000\n",
	  "2025-11-26",
	  "alibaba net_income level 20000000000 CNY 2025-09-30 actual exact;alibaba net_income level 40000000000 CNY "
	  "2024-09-30 actual exact;alibaba net_income yoy -50 % 2025-09-30 actual exact;alibaba operating_income level "
	  "5000000000 CNY 2025-09-30 actual exact" },
	/* a wire story: a dash aside that ends a wrapped line defines the
	 * metric before it; the revenue "from cloud infrastructure" is a
	 * part's; what analysts had expected is of the quarter, not of the
	 * year-ago figure said last */
	{ "Oracle shares fall after results\n\nTotal revenue rose 15% to $16.00 billion in the quarter ended Nov. 30, "
	  "compared with $14.00 billion a year earlier. Analysts on average had expected $16.20 billion.\n\n"
	  "Remaining performance obligations - a measure of contracted revenue not yet recognized -\nsoared 400% to "
	  "$500 billion.\n\nRevenue from cloud infrastructure rose 66% to $4.0 billion.\n",
	  "2025-12-10",
	  "oracle revenue level 14000000000 USD 2024-11-30 actual exact;oracle revenue level 16000000000 USD 2025-11-30 "
	  "actual exact;oracle revenue level 16200000000 USD 2025-11-30 consensus exact;oracle revenue yoy 15 % 2025-11-30 "
	  "actual exact;oracle rpo level 500000000000 USD 2025-11-30 actual exact;oracle rpo yoy 400 % 2025-11-30 actual "
	  "exact" },
	/* a part named after 其中 across a wrapped line; a table's change of
	 * a forecast column (指引中值同比) is not the row's quarter's */
	{ "半导体行业周报\n\n博通FY25Q4实现营收180.0亿美元，同比+28%；其中AI半导体\n收入65亿美元，同比+74%。\n\n"
	  "| 公司   | 财季     | 营收(亿美元) | 同比  | 下季营收指引(亿美元) | 指引中值同比 |\n"
	  "|--------|----------|-------------|-------|---------------------|-------------|\n"
	  "| 英伟达 | FY26Q3   | 570.0       | +62%  | 650                 | +65%        |\n",
	  "2025-12-14",
	  "broadcom revenue level 18000000000 USD 2025-11-02 actual exact;broadcom revenue yoy 28 % 2025-11-02 actual exact;"
	  "nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue yoy 62 % 2025-10-26 actual exact" },
	/* a call: a change with its own kind word is not against the base a
	 * later change names; "or 41% of revenue" names what a share is of,
	 * not the sentence's measure; "for the fiscal year" is the company's
	 * year; the nine-month picture is its year to date */
	{ "Tencent Q3 2025 Earnings Call\n\nCapital expenditure was RMB 13.0 billion in the third quarter, down 24% "
	  "year-on-year and down 32% from RMB 19.1 billion in the second quarter. Free cash flow was RMB 58.0 billion in "
	  "the quarter, or 30% of revenue, and RMB 150.0 billion for the fiscal year so far.\n\nAnalyst\n\nI'd like to "
	  "ask about the nine-month picture: RMB 557.0 billion of revenue, up around 14%.\n",
	  "2025-11-13",
	  "tencent capex level 13000000000 CNY 2025-09-30 actual exact;tencent capex level 19100000000 CNY 2025-06-30 actual "
	  "exact;tencent capex qoq -32 % 2025-09-30 actual exact;tencent capex yoy -24 % 2025-09-30 actual exact;tencent "
	  "free_cash_flow level 58000000000 CNY 2025-09-30 actual exact;tencent revenue level 557000000000 CNY 2025-09-30 "
	  "actual exact;tencent revenue yoy 14 % 2025-09-30 actual approx" },
	/* a headline's one-character verbs: 同比降, 环比增 (and 环比增速 whole) */
	{ "百度三季度营收300亿元同比降7%，环比增5%。", "2025-11-18",
	  "baidu revenue level 30000000000 CNY 2025-09-30 actual exact;baidu revenue qoq 5 % 2025-09-30 actual exact;"
	  "baidu revenue yoy -7 % 2025-09-30 actual exact" },
	/* a release: the units in the first cell of the line under the
	 * header; a lead wrapped over two lines leads its list in ("the
	 * outlook for the first quarter of / fiscal year 2026 ... as
	 * follows:") */
	{ "Broadcom Inc. Announces Fourth Quarter Fiscal Year 2025 Results\n\n"
	  "                                      Q4 FY25       Q4 FY24\n"
	  "(Dollars in millions, except EPS)   (Nov 2, 2025)  (Nov 3, 2024)    Change\n"
	  "Revenue                               $ 18,000      $ 14,000         +29%\n\n"
	  "Financial Outlook\n\n"
	  "Based on current business trends and conditions, the outlook for the first quarter of\n"
	  "fiscal year 2026, ending February 1, 2026, is expected to be as follows:\n"
	  " * Revenue of approximately $19.0 billion, an increase of 27% from the prior year period.\n",
	  "2025-12-11",
	  "broadcom revenue level 14000000000 USD 2024-11-03 actual exact;broadcom revenue level 18000000000 USD 2025-11-02 "
	  "actual exact;broadcom revenue level 19000000000 USD 2026-02-01 estimate approx;broadcom revenue yoy 27 % "
	  "2026-02-01 estimate exact" },
	/* a filing's segment table: "$  99,272" is one cell however far the
	 * sign stands from its figure, so the block after the blank line goes
	 * on; under rows that are a measure's parts, an unlabeled sum row is
	 * no figure of the company's */
	{ "Alphabet Inc. Form 10-Q\n\nInformation about segments (in millions):\n\n"
	  "                                     Three Months Ended\n"
	  "                                        September 30,\n"
	  "                                      2024        2025\n"
	  "Revenues:\n"
	  "  Google Cloud                       11,000      15,000\n"
	  "Total revenues                    $ 88,000    $102,000\n\n"
	  "Operating income (loss):\n"
	  "  Google Cloud                        2,000       3,500\n"
	  "Total income from operations      $ 28,000    $  31,000\n\n"
	  "Subscription revenues by service offering (in millions):\n"
	  "                                     Three Months Ended\n"
	  "                                        September 30,\n"
	  "                                      2025        2024\n"
	  "Cloud                             $  5,000    $  4,000\n"
	  "Search                               6,000       5,000\n"
	  "                                  $ 11,000    $  9,000\n",
	  "2025-10-30",
	  "alphabet operating_income level 28000000000 USD 2024-09-30 actual exact;alphabet operating_income level "
	  "31000000000 USD 2025-09-30 actual exact;alphabet revenue level 102000000000 USD 2025-09-30 actual exact;"
	  "alphabet revenue level 88000000000 USD 2024-09-30 actual exact;google-cloud operating_income level 2000000000 "
	  "USD 2024-09-30 actual exact;google-cloud operating_income level 3500000000 USD 2025-09-30 actual exact;"
	  "google-cloud revenue level 11000000000 USD 2024-09-30 actual exact;google-cloud revenue level 15000000000 USD "
	  "2025-09-30 actual exact" },
	/* a forecast compared with one said earlier (7月时预估的, "the 30% it
	 * projected in July") leaves the earlier one out; "于11月19日公布" is
	 * when it was said */
	{ "台积电上修全年展望，预估今年以美元计营收年增约35%，高于7月时预估的约30%。", "2025-10-16",
	  "tsmc revenue yoy 35 % 2025-12-31 guidance approx" },
	{ "TSMC now expects 2025 revenue to grow about 35%, above the 30% it projected in July.", "2025-10-16",
	  "tsmc revenue yoy 35 % 2025-12-31 guidance approx" },
	/* a box of key figures under the quarter's heading: no header, each
	 * row a label, its figure ($1.36B) and its change with its kind; a
	 * box under a segment's heading is the segment's, and a row of two
	 * levels names no column for either */
	{ "CoreWeave Q3 2025 Shareholder Letter\n\nDear shareholders, this was a strong quarter for the company and "
	  "for our customers.\n\nQ3 2025 AT A GLANCE\n\n"
	  "  Revenue                       $1.40B    +130% Y/Y\n"
	  "  Revenue backlog               $50.0B    +270% Y/Y\n\n"
	  "DATA CENTER SEGMENT\n\n"
	  "  Revenue                       $4.30B    +22% Y/Y\n\n"
	  "Q3 2025 MARGINS\n\n"
	  "  Gross margin                     69.0%        69.4%\n",
	  "2025-11-10",
	  "coreweave backlog level 50000000000 USD 2025-09-30 actual exact;coreweave backlog yoy 270 % 2025-09-30 actual "
	  "exact;coreweave revenue level 1400000000 USD 2025-09-30 actual exact;coreweave revenue yoy 130 % 2025-09-30 "
	  "actual exact" },
	/* lines giving figures under an outlook's heading are its items, not
	 * headings of their own: the heading's quarter, forecast */
	{ "AMD Q3 2025 Financial Results\n\nRevenue was $9.2 billion in Q3 2025.\n\nQ4 2025 OUTLOOK(4)\n\n"
	  "   Revenue approximately $9.6 billion, plus or minus $300 million\n"
	  "   Non-GAAP gross margin approximately 54.5%\n",
	  "2025-11-04",
	  "amd gross_margin level 54.5 % 2025-12-31 guidance approx;amd revenue level 9200000000 USD 2025-09-30 actual exact;"
	  "amd revenue level 9600000000 USD 2025-12-31 guidance approx" },
	/* a rule drawn under a table's header draws, it ends no table */
	{ "腾讯控股 2025 年第三季度业绩快报\n\n二、主要财务数据\n\n                          单位:亿元人民币(每股数据除外)\n"
	  "  指标                          2025Q3        2024Q3         同比\n"
	  "  ----------------------------------------------------------------------\n"
	  "  营业收入                      1,900.0       1,700.0       +11.8%\n",
	  "2025-11-13",
	  "tencent revenue level 170000000000 CNY 2024-09-30 actual exact;tencent revenue level 190000000000 CNY 2025-09-30 "
	  "actual exact;tencent revenue yoy 11.8 % 2025-09-30 actual exact" },
	/* a deck's chart "In millions" with no currency mark: the currency
	 * every amount of the document so far was in */
	{ "AMD Q3 2025 Earnings Presentation\n\nRevenue was $9.2 billion in Q3 2025.\n\nQUARTERLY REVENUE TREND\n"
	  "In millions\n\n                     Q2'25      Q3'25\nTotal Revenue        7,685      9,246\n",
	  "2025-11-04",
	  "amd revenue level 7685000000 USD 2025-06-30 actual exact;amd revenue level 9246000000 USD 2025-09-30 actual "
	  "exact" },
	/* a figure a clause after it says was forecast is that forecast */
	{ "Google Cloud revenue rose 32% in the third quarter of 2025, ahead of the 30% growth the company had "
	  "projected.",
	  "2025-10-30",
	  "google-cloud revenue yoy 30 % 2025-09-30 estimate exact;google-cloud revenue yoy 32 % 2025-09-30 actual exact" },
	/* stock and valuation talk is not a metric */
	{ "微软股价年内上涨 15%，市值突破 4 万亿美元。", "2025-07-31", "" },
	/* money raised and the valuation it was raised at are no metric, even
	 * where the sentence before named one for the company */
	{ "Anthropic's annual recurring revenue passed $200 million in March. Anthropic raised $3 billion last month "
	  "at a $60 billion valuation.",
	  "2025-05-10", "anthropic arr level 200000000 USD 2025-03-31 actual at_least" },
	{ "Anthropic 2025 年 8 月年化收入约 50 亿美元。公司本月完成融资 130 亿美元，估值 1830 亿美元。", "2025-09-20",
	  "anthropic arr level 5000000000 USD 2025-08-31 actual approx" },
	/* dates, phone numbers, codes: nothing */
	{ "腾讯（0700.HK）将于 2025 年 8 月 13 日公布业绩，热线 400-820-1234。", "2025-08-01", "" },
	/* a multiple against the prior year becomes a yoy percent */
	{ "OpenRouter 2025 年 9 月 token 消耗量约 25 万亿，是去年同期的 6 倍。", "2025-10-10",
	  "openrouter token_consumption level 25000000000000 count 2025-09-30 actual approx;openrouter token_consumption yoy 500 % 2025-09-30 actual exact" },
	/* the prior-year level said with 上年同期 */
	{ "2025 年第二季度谷歌云营业利润率 20.7%，上年同期为 11.3%。", "2025-07-24",
	  "google-cloud operating_margin level 11.3 % 2024-06-30 actual exact;google-cloud operating_margin level 20.7 % 2025-06-30 actual exact" },
	/* half and ytd periods */
	{ "腾讯 2025 年上半年资本开支 275 亿元；2025 年前三季度营收 5574 亿元。", "2025-11-14",
	  "tencent capex level 27500000000 CNY 2025-06-30 actual exact;tencent revenue level 557400000000 CNY 2025-09-30 actual exact" },
	/* net loss is a negative net income */
	{ "CoreWeave 2025 年第二季度净亏损 2.9 亿美元。", "2025-08-12",
	  "coreweave net_income level -290000000 USD 2025-06-30 actual exact" },
	/* a period introduced after the number */
	{ "Anthropic's run-rate revenue reached about $5 billion in August 2025.", "2025-09-05",
	  "anthropic arr level 5000000000 USD 2025-08-31 actual approx" },
	/* a period named by its last day; a measure not in the lexicon */
	{ "阿里巴巴截至 2025 年 9 月 30 日止季度收入为 2478 亿元人民币。", "2025-11-25",
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact" },
	{ "英伟达 2026 财年第一季度营收 441 亿美元，H20 相关费用 45 亿美元。", "2025-05-28",
	  "nvidia revenue level 44100000000 USD 2025-04-27 actual exact" },
	{ "CoreWeave's backlog reached $55.6 billion as of September 30, 2025.", "2025-11-11",
	  "coreweave backlog level 55600000000 USD 2025-09-30 actual exact" },
	/* a hyphenated quarter stays a quarter, not its fiscal year */
	{ "Broadcom expects fourth-quarter fiscal 2025 revenue of approximately $17.4 billion.", "2025-09-05",
	  "broadcom revenue level 17400000000 USD 2025-11-02 guidance approx" },
	/* changes against a named base period */
	{ "Nvidia revenue for the third quarter of fiscal 2026 was $57.0 billion, up 22% from Q2 and up 62% from a year ago.",
	  "2025-11-20",
	  "nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue qoq 22 % 2025-10-26 actual exact;nvidia revenue yoy 62 % 2025-10-26 actual exact" },
	/* a period after later numbers of the clause */
	{ "Oracle said remaining performance obligations rose 359% to $455 billion in the first quarter of fiscal 2026.",
	  "2025-09-09",
	  "oracle rpo level 455000000000 USD 2025-08-31 actual exact;oracle rpo yoy 359 % 2025-08-31 actual exact" },
	/* other currencies */
	{ "台积电 2025 年第三季度营收 9899 亿新台币。", "2025-10-16",
	  "tsmc revenue level 989900000000 TWD 2025-09-30 actual exact" },
	/* a list led in by "The following guidance for ...:", its items with
	 * or without a mark: the lead's quarter and basis; a figure with a
	 * margin around it is approximate */
	{ "Fabrikam Reports Micron Results\n\nBOISE, Idaho, Dec. 17, 2025 -- Micron Technology today announced results for "
	  "its first quarter of fiscal 2026. Revenue was $13.64 billion.\n\nBusiness Outlook\n"
	  "The following guidance for the second quarter of fiscal 2026 is presented on a GAAP basis:\n"
	  "Revenue: $18.70 billion ± $400 million\nGross margin: 67.0% ± 1.0%\n", "2025-12-17",
	  "micron gross_margin level 67 % 2026-02-26 guidance approx;micron revenue level 13640000000 USD 2025-11-27 actual exact;"
	  "micron revenue level 18700000000 USD 2026-02-26 guidance approx" },
	{ "Micron Technology Outlook\n\nThe following guidance for the second quarter of fiscal 2026 is presented on a "
	  "GAAP basis:\n- Revenue: $18.70 billion ± $400 million\n- Gross margin: 67.0% ± 1.0%\n", "2025-12-17",
	  "micron gross_margin level 67 % 2026-02-26 guidance approx;micron revenue level 18700000000 USD 2026-02-26 guidance approx" },
	{ "For the fourth quarter of fiscal 2026, Nvidia expects GAAP and non-GAAP gross margins of 74.8% and 75.0%, "
	  "respectively, plus or minus 50 basis points.", "2025-11-19",
	  "nvidia gross_margin level 74.8 % 2026-01-25 guidance approx" },
	/* the reported and the adjusted figure in sentences apart: the
	 * reported one is the fact when no adjusted metric of its own exists */
	{ "Micron Technology first quarter of fiscal 2026:\n- GAAP net income of $5.24 billion, or $4.60 per diluted share\n"
	  "- Non-GAAP net income of $5.48 billion, or $4.78 per diluted share\n", "2025-12-17",
	  "micron adjusted_net_income level 5480000000 USD 2025-11-27 actual exact;micron eps level 4.6 USD 2025-11-27 actual exact;"
	  "micron net_income level 5240000000 USD 2025-11-27 actual exact" },
	/* Hong Kong dates in numerals; a change after a measure the lexicon
	 * does not know is that measure's, not the metric said before */
	{ "腾讯控股中期业绩\n截至二零二五年六月三十日止三个月，收入为人民币1,845亿元，同比增长15%。"
	  "本公司权益持有人应占利息收入为人民币101亿元，同比增长17%。", "2025-08-13",
	  "tencent revenue level 184500000000 CNY 2025-06-30 actual exact;tencent revenue yoy 15 % 2025-06-30 actual exact" },
	/* a lead that compares two quarters: its items are of the first one;
	 * a "from" that follows no change moves no period */
	{ "Microsoft quarterly report\n\nHighlights from the first quarter of fiscal year 2026 compared with the first "
	  "quarter of fiscal year 2025 included:\n• Revenue from Azure and other cloud services grew 40%.\n", "2025-10-29",
	  "azure revenue yoy 40 % 2025-09-30 actual exact" },
	/* a quarterly filing: period words over the years on two lines,
	 * section labels over segment rows, groups apart by a blank line and
	 * a Total row; a law's year in the front matter frames nothing */
	{ "FORM 10-Q\nPURSUANT TO SECTION 13 OF THE SECURITIES EXCHANGE ACT OF 1934\nMICROSOFT CORPORATION\n\n"
	  "                                         Three Months Ended\n"
	  "                                            September 30,\n"
	  "(In millions, except percentages)        2025        2024    Percentage Change\n"
	  "Revenue\n"
	  "Intelligent Cloud                     $ 30,897    $ 24,092         28%\n"
	  "Contoso Devices                         13,756      13,176          4%\n"
	  "Total                                 $ 77,673    $ 65,585         18%\n\n"
	  "Operating Income\n"
	  "Intelligent Cloud                       13,391      10,503         27%\n\n"
	  "Gross margin increased $8.1 billion or 18% driven by growth in Intelligent Cloud. "
	  "Operating expenses increased $0.6 billion or 4% driven by investments in AI.\n",
	  "2025-10-29",
	  "microsoft revenue level 65585000000 USD 2024-09-30 actual exact;microsoft revenue level 77673000000 USD 2025-09-30 actual exact;"
	  "microsoft revenue yoy 18 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud operating_income level 10503000000 USD 2024-09-30 actual exact;"
	  "microsoft-intelligent-cloud operating_income level 13391000000 USD 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud operating_income yoy 27 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue level 24092000000 USD 2024-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue level 30897000000 USD 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* quarters and years side by side, each group of years under the
	 * words of its own columns; "for the full year" after a quarter */
	{ "Exhibit 99.1\nAlphabet Announces Fourth Quarter and Fiscal Year 2025 Results\n\n"
	  "(in millions, except per share amounts)\n"
	  "                          Quarter Ended December 31,     Year Ended December 31,\n"
	  "                             2024          2025            2024          2025\n"
	  "Revenues                  $ 96,000     $ 113,000       $ 350,000     $ 402,000\n"
	  "Net income                  26,000        34,000         100,000       132,000\n\n"
	  "Capital expenditures were $27.9 billion in the fourth quarter of 2025 and $91.4 billion for the full year.\n",
	  "2026-02-04",
	  "alphabet capex level 27900000000 USD 2025-12-31 actual exact;alphabet capex level 91400000000 USD 2025-12-31 actual exact;"
	  "alphabet net_income level 100000000000 USD 2024-12-31 actual exact;"
	  "alphabet net_income level 132000000000 USD 2025-12-31 actual exact;"
	  "alphabet net_income level 26000000000 USD 2024-12-31 actual exact;"
	  "alphabet net_income level 34000000000 USD 2025-12-31 actual exact;"
	  "alphabet revenue level 113000000000 USD 2025-12-31 actual exact;"
	  "alphabet revenue level 350000000000 USD 2024-12-31 actual exact;"
	  "alphabet revenue level 402000000000 USD 2025-12-31 actual exact;"
	  "alphabet revenue level 96000000000 USD 2024-12-31 actual exact" },
	/* years under period words no column can be tied to are no years */
	{ "MICROSOFT CORPORATION\n\n(In millions)          Three Months Ended      Nine Months Ended\n"
	  "                        2025      2024        2025      2024\n"
	  "Revenue               77,673    65,585     200,100   180,200\n", "2025-10-29", "" },
	/* a heading's part holds for its sentences; a change in percent after
	 * one in dollars is of the metric its sentence names; a year alone
	 * after "and" is the period before it a year apart, and after a pair
	 * the first period goes on */
	{ "MICROSOFT CORPORATION\nFor the Quarterly Period Ended September 30, 2025\n\n"
	  "Diluted EPS was $3.72 and $3.30 for the three months ended September 30, 2025 and 2024, respectively. "
	  "Net income increased $3.1 billion or 12%.\n\nIntelligent Cloud\n"
	  "Revenue increased $6.8 billion or 28%. Operating income increased $2.9 billion or 27%.\n", "2025-10-29",
	  "microsoft eps level 3.3 USD 2024-09-30 actual exact;microsoft eps level 3.72 USD 2025-09-30 actual exact;"
	  "microsoft net_income yoy 12 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud operating_income yoy 27 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* news: the analysts' estimate a figure beat is of its quarter, a
	 * consensus; a weekday names no part; "this year" is the report's */
	{ "Amazon Web Services revenue was $33 billion in the third quarter, beating analysts' average estimate of "
	  "$32.42 billion. Microsoft said on Wednesday capital expenditures rose to $34.9 billion in its fiscal first "
	  "quarter. Amazon expects capital expenditures of about $125 billion this year.", "2025-10-31",
	  "amazon capex level 125000000000 USD 2025-12-31 guidance approx;aws revenue level 32420000000 USD 2025-09-30 consensus exact;"
	  "aws revenue level 33000000000 USD 2025-09-30 actual exact;microsoft capex level 34900000000 USD 2025-09-30 actual exact" },
	/* a press release: title-case scale words; bullets that open on the
	 * company's verb or a section's label; a guidance table of ranges
	 * under "Q4 FY26 Guidance" and "Full Year FY26 Guidance" */
	{ "Salesforce Announces Third Quarter Fiscal 2026 Results\n\n"
	  "Third Quarter Revenue of $10.26 Billion, up 9% Y/Y\n"
	  "Raises FY26 Revenue Guidance to $41.45 Billion to $41.55 Billion\n\n"
	  "SAN FRANCISCO, Dec. 3, 2025 -- Salesforce today announced results for its third quarter fiscal 2026 ended "
	  "October 31, 2025.\n- Cash Flow: Operating cash flow for the third quarter was $1.7 billion.\n\n"
	  "Guidance\n"
	  "                      Q4 FY26 Guidance            Full Year FY26 Guidance\n"
	  "Revenue               $11.13 - $11.23 Billion     $41.45 - $41.55 Billion\n"
	  "GAAP diluted EPS      $1.50 - $1.52               $7.51 - $7.53\n", "2025-12-03",
	  "salesforce eps level 1.51 USD 2026-01-31 guidance range;salesforce eps level 7.52 USD 2026-01-31 guidance range;"
	  "salesforce operating_cash_flow level 1700000000 USD 2025-10-31 actual exact;"
	  "salesforce revenue level 10260000000 USD 2025-10-31 actual exact;"
	  "salesforce revenue level 11180000000 USD 2026-01-31 guidance range;"
	  "salesforce revenue level 41500000000 USD 2026-01-31 guidance range;"
	  "salesforce revenue yoy 9 % 2025-10-31 actual exact" },
	/* a broker's note wrapped at a width: a period, a metric and a forecast's
	 * words run on over the line breaks, with what they govern */
	{ "Oracle quarterly review\n"
	  "\n"
	  "In FQ2'26 revenue of $16.06bn grew 14%, slightly short of what the Street had pencilled\n"
	  "in, but RPO of $523bn overshadowed everything else. Capex of $12.0bn against operating\n"
	  "cash flow of about $2.0bn left free cash flow at negative $10.0bn, and management lifted its fiscal\n"
	  "2026 capex plan to about $50bn. It also raised its fiscal 2027 revenue target to $89bn, the\n"
	  "range it gave in October.\n",
	  "2026-03-06",
	  "oracle capex level 12000000000 USD 2025-11-30 actual exact;"
	  "oracle capex level 50000000000 USD 2026-05-31 estimate approx;"
	  "oracle free_cash_flow level -10000000000 USD 2025-11-30 actual exact;"
	  "oracle operating_cash_flow level 2000000000 USD 2025-11-30 actual approx;"
	  "oracle revenue level 16060000000 USD 2025-11-30 actual exact;"
	  "oracle revenue level 89000000000 USD 2027-05-31 estimate exact;"
	  "oracle revenue yoy 14 % 2025-11-30 actual exact;"
	  "oracle rpo level 523000000000 USD 2025-11-30 actual exact" },
	/* Chinese wrapped anywhere (约 / 128亿 is about 128亿); the quarter said
	 * after a trailing year is the one it ends with; a partner after 与 is
	 * no subject */
	{ "■ 事件：CoreWeave发布2025年四季度及全年业绩。4Q25公司实现营业收入\n"
	  "15.72亿美元，同比+110%，高于彭博一致预期的15.35亿美元；GAAP营业利润0.81亿美元，\n"
	  "营业利润率5.2%，同比下降11.1个百分点；本季度资本开支36亿美元，过去四个季度累计约\n"
	  "128亿美元；本季度自由现金流净流出20亿美元。公司披露与\n"
	  "OpenAI的合同总额已累计扩大至约224亿美元。\n",
	  "2026-02-27",
	  "coreweave capex level 12800000000 USD 2025-12-31 actual approx;"
	  "coreweave capex level 3600000000 USD 2025-12-31 actual exact;"
	  "coreweave free_cash_flow level -2000000000 USD 2025-12-31 actual exact;"
	  "coreweave operating_income level 81000000 USD 2025-12-31 actual exact;"
	  "coreweave operating_margin level 5.2 % 2025-12-31 actual exact;"
	  "coreweave operating_margin yoy -11.1 pp 2025-12-31 actual exact;"
	  "coreweave revenue level 1535000000 USD 2025-12-31 consensus exact;"
	  "coreweave revenue level 1572000000 USD 2025-12-31 actual exact;"
	  "coreweave revenue yoy 110 % 2025-12-31 actual exact" },
	/* a figure posted by another company is its; a partner named after from
	 * is no subject of the next sentence */
	{ "Amazon Web Services revenue rose 20% in the third quarter. The growth rate still trails the 39% posted by Microsoft's Azure for the same three months.\n"
	  "\n"
	  "In the third quarter, Microsoft commercial bookings increased 37%, driven by Azure commitments from OpenAI. Commercial remaining performance obligation increased 37% to $368 billion.\n",
	  "2025-11-05",
	  "aws revenue yoy 20 % 2025-09-30 actual exact;"
	  "azure revenue yoy 39 % 2025-09-30 actual exact;"
	  "microsoft bookings yoy 37 % 2025-09-30 actual exact;"
	  "microsoft rpo level 368000000000 USD 2025-09-30 actual exact;"
	  "microsoft rpo yoy 37 % 2025-09-30 actual exact" },
	/* the current part of RPO is a metric of its own */
	{ "Salesforce third quarter current remaining performance obligation was $29.4 billion, up 11% Y/Y.\n",
	  "2025-12-03",
	  "salesforce current_rpo level 29400000000 USD 2025-10-31 actual exact;"
	  "salesforce current_rpo yoy 11 % 2025-10-31 actual exact" },
	/* a wire's wrapped lines: the quarter just reported after the one
	 * forecast; a figure and its per-share form over a line break, a year
	 * earlier */
	{ "Broadcom forecasts strong quarter on AI demand\n"
	  "\n"
	  "Broadcom forecast second-quarter revenue above Wall Street estimates on Thursday, as its\n"
	  "custom chips for cloud companies keep selling, the chipmaker said in a statement on Thursday.\n"
	  "Revenue in the first quarter ended Feb. 1 rose 29% to $19.31 billion, beating estimates of\n"
	  "$19.16 billion. Net income was $6.21 billion, or $1.27 per share, compared with $5.50 billion, or\n"
	  "$1.14 per share, a year earlier.\n",
	  "2026-03-05",
	  "broadcom eps level 1.14 USD 2025-02-02 actual exact;"
	  "broadcom eps level 1.27 USD 2026-02-01 actual exact;"
	  "broadcom net_income level 5500000000 USD 2025-02-02 actual exact;"
	  "broadcom net_income level 6210000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue level 19160000000 USD 2026-02-01 consensus exact;"
	  "broadcom revenue level 19310000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue yoy 29 % 2026-02-01 actual exact" },
	/* a Hong Kong announcement: this quarter after six months is the quarter;
	 * columns headed 人民幣百萬元 */
	{ "阿里巴巴集團控股有限公司\n"
	  "截至2025年9月30日止季度及六個月業績公告\n"
	  "\n"
	  "截至2025年9月30日止季度，收入為人民幣247,795百萬元，按年增長5%。經營利潤為人民幣5,365百萬元，按年下降85%。\n"
	  "截至2025年9月30日止六個月，收入為人民幣495,447百萬元，按年增長3%。\n"
	  "雲智能集團收入按年增長34%至人民幣398億元，按季增長19%。\n"
	  "本季度資本開支為人民幣315億元。自由現金流為淨流出人民幣219億元。\n"
	  "\n"
	  "                                   截至9月30日止三個月\n"
	  "                              2024            2025\n"
	  "                           人民幣百萬元     人民幣百萬元\n"
	  "收入                        236,503         247,795\n"
	  "經營利潤                     35,246           5,365\n",
	  "2025-11-25",
	  "alibaba capex level 31500000000 CNY 2025-09-30 actual exact;"
	  "alibaba free_cash_flow level -21900000000 CNY 2025-09-30 actual exact;"
	  "alibaba operating_income level 35246000000 CNY 2024-09-30 actual exact;"
	  "alibaba operating_income level 5365000000 CNY 2025-09-30 actual exact;"
	  "alibaba operating_income yoy -85 % 2025-09-30 actual exact;"
	  "alibaba revenue level 236503000000 CNY 2024-09-30 actual exact;"
	  "alibaba revenue level 247795000000 CNY 2025-09-30 actual exact;"
	  "alibaba revenue level 495447000000 CNY 2025-09-30 actual exact;"
	  "alibaba revenue yoy 3 % 2025-09-30 actual exact;"
	  "alibaba revenue yoy 5 % 2025-09-30 actual exact" },
	/* an A-share style summary: a header whose long cells wrap onto a second
	 * line (the change columns say so there); the year before right of the year to date is the year to date's;
	 * a notice's serial number (2026-012) frames no period */
	{ "证券代码：9618          证券简称：京东集团-SW          公告编号：2026-012\n"
	  "\n"
	  "                         京东集团股份有限公司\n"
	  "                     2025年第三季度主要财务数据公告\n"
	  "\n"
	  "一、主要会计数据\n"
	  "                                                                  单位：万元  币种：人民币\n"
	  "项目                     本报告期      上年同期   本报告期比上年   年初至报告期末      上年同期   年初至报告期末比\n"
	  "                                                  同期增减(%)                                  上年同期增减(%)\n"
	  "营业收入               29,906,000    26,034,000         14.87      90,012,000    79,987,000          12.53\n"
	  "经营利润                  533,100     1,001,800        -46.79       2,950,000     3,011,000          -2.03\n"
	  "\n"
	  "3. 非美国通用会计准则下归属于京东的净利润 58.2 亿元，同比下降 56%。\n",
	  "2025-11-14",
	  "jd net_income level 5820000000 CNY 2025-09-30 actual exact;"
	  "jd net_income yoy -56 % 2025-09-30 actual exact;"
	  "jd operating_income level 10018000000 CNY 2024-09-30 actual exact;"
	  "jd operating_income level 29500000000 CNY 2025-09-30 actual exact;"
	  "jd operating_income level 30110000000 CNY 2024-09-30 actual exact;"
	  "jd operating_income level 5331000000 CNY 2025-09-30 actual exact;"
	  "jd operating_income yoy -2.03 % 2025-09-30 actual exact;"
	  "jd operating_income yoy -46.79 % 2025-09-30 actual exact;"
	  "jd revenue level 260340000000 CNY 2024-09-30 actual exact;"
	  "jd revenue level 299060000000 CNY 2025-09-30 actual exact;"
	  "jd revenue level 799870000000 CNY 2024-09-30 actual exact;"
	  "jd revenue level 900120000000 CNY 2025-09-30 actual exact;"
	  "jd revenue yoy 12.53 % 2025-09-30 actual exact;"
	  "jd revenue yoy 14.87 % 2025-09-30 actual exact" },
	/* a release's table: the units note set over two lines in the label
	 * column, change columns beside the years, quarter and year groups; a
	 * segment's item wrapped onto a second line is still the segment's */
	{ "AMD Reports Fourth Quarter and Full Year 2025 Financial Results\n"
	  "\n"
	  "AMD today announced financial results for the fourth quarter and full year 2025, with record\n"
	  "revenue driven by data center and client processors.\n"
	  "\n"
	  "                                   Three Months Ended                   Twelve Months Ended\n"
	  "($ in millions, except           Dec 27,     Dec 28,                 Dec 27,      Dec 28,\n"
	  " earnings per share)               2025        2024        Y/Y         2025         2024        Y/Y\n"
	  "Revenue                         $10,270      $7,658        34%     $34,639      $25,785        34%\n"
	  "Operating income                 $1,752        $871       101%      $3,698       $1,900        95%\n"
	  "Diluted earnings per share        $0.92       $0.29       217%       $2.05        $1.00       105%\n"
	  "\n"
	  "Client\n"
	  "  * Fourth-quarter revenue was a record $3.1 billion, up 34% from a year ago, on strong\n"
	  "    demand for desktop processors. Full-year revenue rose 51% to $10.6 billion.\n",
	  "2026-02-03",
	  "amd eps level 0.29 USD 2024-12-31 actual exact;"
	  "amd eps level 0.92 USD 2025-12-31 actual exact;"
	  "amd eps level 1 USD 2024-12-31 actual exact;"
	  "amd eps level 2.05 USD 2025-12-31 actual exact;amd eps yoy 105 % 2025-12-31 actual exact;"
	  "amd eps yoy 217 % 2025-12-31 actual exact;"
	  "amd operating_income level 1752000000 USD 2025-12-31 actual exact;"
	  "amd operating_income level 1900000000 USD 2024-12-31 actual exact;"
	  "amd operating_income level 3698000000 USD 2025-12-31 actual exact;"
	  "amd operating_income level 871000000 USD 2024-12-31 actual exact;"
	  "amd operating_income yoy 101 % 2025-12-31 actual exact;"
	  "amd operating_income yoy 95 % 2025-12-31 actual exact;"
	  "amd revenue level 10270000000 USD 2025-12-31 actual exact;"
	  "amd revenue level 25785000000 USD 2024-12-31 actual exact;"
	  "amd revenue level 34639000000 USD 2025-12-31 actual exact;"
	  "amd revenue level 7658000000 USD 2024-12-31 actual exact;"
	  "amd revenue yoy 34 % 2025-12-31 actual exact;amd revenue yoy 34 % 2025-12-31 actual exact" },
	/* a filing's table: Percentage / Change beside the years, rules of
	 * dashes between the header and the rows */
	{ "ORACLE CORPORATION\n"
	  "FORM 10-Q\n"
	  "For the Quarterly Period Ended November 30, 2025\n"
	  "\n"
	  "(In millions, except percentages and per share amounts)\n"
	  "\n"
	  "                                                  Three Months Ended\n"
	  "                                                     November 30,           Percentage\n"
	  "                                                   2025         2024            Change\n"
	  "                                                -----------  -----------   -------------\n"
	  "Revenues                                        $   16,058   $   14,059             14%\n"
	  "Operating income                                     4,712        4,423              7%\n"
	  "                                                -----------  -----------   -------------\n",
	  "2025-12-12",
	  "oracle operating_income level 4423000000 USD 2024-11-30 actual exact;"
	  "oracle operating_income level 4712000000 USD 2025-11-30 actual exact;"
	  "oracle operating_income yoy 7 % 2025-11-30 actual exact;"
	  "oracle revenue level 14059000000 USD 2024-11-30 actual exact;"
	  "oracle revenue level 16058000000 USD 2025-11-30 actual exact;"
	  "oracle revenue yoy 14 % 2025-11-30 actual exact" },
	/* a Hong Kong table: years in numerals under the months they end
	 * (截至九月三十日止三個月), a change word beside them, the units
	 * line and a blank line between the header and the rows */
	{ "                              美團\n"
	  "\n"
	  "                 截至二零二五年九月三十日止三個月及九個月業績公佈\n"
	  "\n"
	  "財務摘要\n"
	  "\n"
	  "                                        截至九月三十日止三個月               截至九月三十日止九個月\n"
	  "                                   二零二五年   二零二四年   同比變動    二零二五年   二零二四年   同比變動\n"
	  "                                              （人民幣百萬元，另有指明者除外）\n"
	  "\n"
	  "收入                                  95,488      93,577         2%      275,130     250,040        10%\n"
	  "經營盈利                              -14,100      12,830      不適用       -9,250      28,590      不適用\n",
	  "2025-11-28",
	  "meituan operating_income level -14100000000 CNY 2025-09-30 actual exact;"
	  "meituan operating_income level -9250000000 CNY 2025-09-30 actual exact;"
	  "meituan operating_income level 12830000000 CNY 2024-09-30 actual exact;"
	  "meituan operating_income level 28590000000 CNY 2024-09-30 actual exact;"
	  "meituan revenue level 250040000000 CNY 2024-09-30 actual exact;"
	  "meituan revenue level 275130000000 CNY 2025-09-30 actual exact;"
	  "meituan revenue level 93577000000 CNY 2024-09-30 actual exact;"
	  "meituan revenue level 95488000000 CNY 2025-09-30 actual exact;"
	  "meituan revenue yoy 10 % 2025-09-30 actual exact;"
	  "meituan revenue yoy 2 % 2025-09-30 actual exact" },
	/* this quarter after a month is the quarter; a count of a thing the
	 * lexicon does not know is no metric's */
	{ "Baidu Q3 2025 results\n\nBaidu's monthly active users reached 697 million in September 2025, and Apollo "
	  "Go provided 3.1 million fully driverless rides in the quarter, up 212% year over year.\n",
	  "2025-11-18", "baidu mau level 697000000 count 2025-09-30 actual exact" },
	/* a range of fiscal years paired with a list, thousands' commas in
	 * the list; the estimates a revision replaced are left out; two years
	 * at once name no one period */
	{ "我们预计微软FY26-27年营收分别为3,216、3,740亿美元。我们上调FY26/FY27净利润预测（前值1,180/1,350亿美元）至"
	  "1,205/1,402亿美元。我们将FY26-27年资本开支预测从1,200亿美元和1,300亿美元上调至1,300亿美元和1,450亿美元。",
	  "2026-01-30",
	  "microsoft net_income level 120500000000 USD 2026-06-30 estimate exact;"
	  "microsoft net_income level 140200000000 USD 2027-06-30 estimate exact;"
	  "microsoft revenue level 321600000000 USD 2026-06-30 estimate exact;"
	  "microsoft revenue level 374000000000 USD 2027-06-30 estimate exact" },
	/* an actual said roughly and exactly in one document: the exact one */
	{ "Alphabet Q3 2025 earnings call\n\nSundar Pichai: Quarterly revenue crossed $100 billion for the first time "
	  "in the third quarter.\n\nAnat Ashkenazi: Consolidated revenue was $102.3 billion in the third quarter, up 16%.\n",
	  "2025-10-29",
	  "alphabet revenue level 102300000000 USD 2025-09-30 actual exact;alphabet revenue yoy 16 % 2025-09-30 actual exact" },
	/* a preview's table: a change column that names whose estimate it is
	 * (Y/Y (ours)) is the change of that column, not of the consensus; a
	 * "Data Center" row under the revenue row is data center revenue */
	{ "NVIDIA (NVDA): F3Q26 preview - the bar is high, but data center should clear it\n"
	  "\n"
	  "We expect Nvidia to report F3Q26 (October quarter) results on November 19 after the close. We are\n"
	  "above consensus on revenue and EPS.\n"
	  "\n"
	  "Figure 1: F3Q26 estimates vs. consensus\n"
	  "($ in millions, except EPS)        Our est.    Consensus    F3Q25A     Y/Y (ours)\n"
	  "Revenue                             55,200       54,900      35,082        57%\n"
	  "Data Center                         49,100       48,600      30,771        60%\n"
	  "Gross margin (non-GAAP)              73.6%        73.5%       75.0%\n"
	  "EPS (non-GAAP)                        1.26         1.25        0.81        56%\n"
	  "\n"
	  "Guidance: management guided F3Q26 revenue to $54.0 billion, plus or minus 2%.\n",
	  "2025-11-12",
	  "nvidia data_center_revenue level 30771000000 USD 2024-10-27 actual exact;"
	  "nvidia data_center_revenue level 48600000000 USD 2025-10-26 consensus exact;"
	  "nvidia data_center_revenue level 49100000000 USD 2025-10-26 estimate exact;"
	  "nvidia data_center_revenue yoy 60 % 2025-10-26 estimate exact;"
	  "nvidia eps level 0.81 USD 2024-10-27 actual exact;"
	  "nvidia eps level 1.25 USD 2025-10-26 consensus exact;"
	  "nvidia eps level 1.26 USD 2025-10-26 estimate exact;"
	  "nvidia eps yoy 56 % 2025-10-26 estimate exact;"
	  "nvidia gross_margin level 73.5 % 2025-10-26 consensus exact;"
	  "nvidia gross_margin level 73.6 % 2025-10-26 estimate exact;"
	  "nvidia gross_margin level 75 % 2024-10-27 actual exact;"
	  "nvidia revenue level 35082000000 USD 2024-10-27 actual exact;"
	  "nvidia revenue level 54000000000 USD 2025-10-26 guidance approx;"
	  "nvidia revenue level 54900000000 USD 2025-10-26 consensus exact;"
	  "nvidia revenue level 55200000000 USD 2025-10-26 estimate exact;"
	  "nvidia revenue yoy 57 % 2025-10-26 estimate exact" },
	/* a sentence that opens on a clause of change words says them of its
	 * figures; the full fiscal year is the company's year */
	{ "Microsoft fiscal Q4 2025 revenue was $76.4 billion. Sequentially, revenue grew 9%. For the full fiscal "
	  "year, Azure surpassed $75 billion in revenue, up 34%.",
	  "2025-07-30",
	  "azure revenue level 75000000000 USD 2025-06-30 actual at_least;azure revenue yoy 34 % 2025-06-30 actual exact;"
	  "microsoft revenue level 76400000000 USD 2025-06-30 actual exact;"
	  "microsoft revenue qoq 9 % 2025-06-30 actual exact" },
	/* a figure said to be a quarter's takes no year carried to it; a
	 * figure excluding something is a variant of the reported one */
	{ "CoreWeave model update\n\nCoreWeave's FY26 capex rises to $26.5bn in our model as the deferred 2025 spend "
	  "lands. Quarterly capex was $1.9bn.\n\nIn the quarter ended December 31, 2025, Alibaba's Cloud Intelligence Group revenue grew 30% "
	  "year-over-year to RMB41,360 million, with revenue excluding Alibaba-consolidated subsidiaries up 31%.\n",
	  "2026-02-20",
	  "alibaba-cloud revenue level 41360000000 CNY 2025-12-31 actual exact;"
	  "alibaba-cloud revenue yoy 30 % 2025-12-31 actual exact;"
	  "coreweave capex level 26500000000 USD 2026-12-31 estimate exact" },
	/* a total after a part named before is the whole company's */
	{ "Azure revenue grew 40% in fiscal Q1 2026, while total revenue rose 18% to $77.7 billion.", "2025-10-30",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;microsoft revenue level 77700000000 USD 2025-09-30 actual exact;"
	  "microsoft revenue yoy 18 % 2025-09-30 actual exact" },
	/* how Hong Kong announcements name profit, in Traditional characters */
	{ "騰訊控股中期業績\n截至二零二五年六月三十日止三個月，本公司權益持有人應佔盈利為人民幣1,101億元，同比增長17%。"
	  "非國際財務報告準則本公司權益持有人應佔盈利為人民幣1,236億元。", "2025-08-13",
	  "tencent adjusted_net_income level 123600000000 CNY 2025-06-30 actual exact;"
	  "tencent net_income level 110100000000 CNY 2025-06-30 actual exact;tencent net_income yoy 17 % 2025-06-30 actual exact" },
	/* a broker's estimates table: units in the label cell, FQ columns */
	{ "Oracle Corp. (ORCL)\n\nEstimates ($mn)     FQ1'26A    FQ2'26E    FY26E\n"
	  "Revenue              14,926     16,210     67,050\n", "2025-09-10",
	  "oracle revenue level 14926000000 USD 2025-08-31 actual exact;oracle revenue level 16210000000 USD 2025-11-30 estimate exact;"
	  "oracle revenue level 67050000000 USD 2026-05-31 estimate exact" },
	/* an actual's yearless quarter is not read from a forecast's year
	 * still to come; a bar customers are counted by is no figure */
	{ "Meta expects capital expenditures of $70 billion to $72 billion this year and larger spending in 2026. "
	  "Microsoft's capital spending hit $34.9 billion in the quarter ended September. Microsoft has 900 accounts "
	  "generating more than $1 million in revenue.", "2025-10-31",
	  "meta capex level 71000000000 USD 2025-12-31 guidance range;microsoft capex level 34900000000 USD 2025-09-30 actual exact" },
	/* news: the owner named after a figure (at, posted by) or right
	 * before it by at; a growth rate in a paragraph naming no period is
	 * of the recent quarter the text named, in the calendar */
	{ "Amazon Web Services revenue rose 20% in the third quarter.\n\n"
	  "That still trailed the 40% growth posted by Microsoft's Azure and the 34% jump in revenue at Google Cloud.\n\n"
	  "AWS held 29% of the cloud market in the third quarter, followed by Microsoft at 20%.", "2025-10-31",
	  "aws market_share level 29 % 2025-09-30 actual exact;aws revenue yoy 20 % 2025-09-30 actual exact;"
	  "azure revenue yoy 40 % 2025-09-30 actual exact;google-cloud revenue yoy 34 % 2025-09-30 actual exact;"
	  "microsoft market_share level 20 % 2025-09-30 actual exact" },
	/* a Hong Kong table: 截至六月三十日止三個月 over years in numerals, a
	 * units line under them; a year under months no column can take is no
	 * year */
	{ "騰訊控股有限公司\n\n"
	  "          截至六月三十日止三個月\n"
	  "          二零二五年    二零二四年    同比變動\n"
	  "          (人民幣百萬元)\n"
	  "收入         184,504      161,117       15%\n\n"
	  "          截至六月三十日止六個月\n"
	  "          二零二五年    二零二四年    同比變動\n"
	  "收入         364,526      320,618       14%\n", "2025-08-13",
	  "tencent revenue level 161117000000 CNY 2024-06-30 actual exact;tencent revenue level 184504000000 CNY 2025-06-30 actual exact;"
	  "tencent revenue yoy 14 % 2025-06-30 actual exact;tencent revenue yoy 15 % 2025-06-30 actual exact" },
	/* a part named in brackets is left behind when they close; a PDF's
	 * Wingdings bullet (U+F06C) opens an item */
	{ "阿里巴巴业绩点评\n\xef\x81\xac 事件：阿里巴巴FY26Q2实现收入2478亿元，同比增长5%（剔除已出售业务同口径增长15%），"
	  "略低于彭博一致预期的2519亿元。\n\xef\x81\xac 盈利预测：我们预计公司FY2026-FY2027收入分别为10,350/11,420亿元。\n",
	  "2025-11-26",
	  "alibaba revenue level 1035000000000 CNY 2026-03-31 estimate exact;alibaba revenue level 1142000000000 CNY 2027-03-31 estimate exact;"
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact;alibaba revenue level 251900000000 CNY 2025-09-30 consensus exact;"
	  "alibaba revenue yoy 5 % 2025-09-30 actual exact" },
	/* a note on one company: a bullet naming no period is of the quarter
	 * the note reported, when that is over and recent; a forecast is not */
	{ "Oracle Corp. (ORCL)\nKey Takeaways\n- FQ1 revenue of $14.93bn (+12% y/y) was below our estimate.\n"
	  "- RPO reached $455bn, up 359% y/y.\n- Management expects OCI revenue growth of 77%.\n", "2025-09-10",
	  "oracle revenue level 14930000000 USD 2025-08-31 actual exact;oracle revenue yoy 12 % 2025-08-31 actual exact;"
	  "oracle rpo level 455000000000 USD 2025-08-31 actual exact;oracle rpo yoy 359 % 2025-08-31 actual exact" },
	/* a call's outlook that names no period, after the quarter it reported:
	 * of a period it does not say, left out */
	{ "NVIDIA Q3 FY2026 Earnings Call\n\nRevenue of $57 billion was up 62% year over year.\n\n"
	  "Let me turn to the outlook. Total revenue is expected to be $65 billion, plus or minus 2%.\n", "2025-11-19",
	  "nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue yoy 62 % 2025-10-26 actual exact" },
	/* a clause set off by commas that describes the subject names no
	 * metric of the sentence's */
	{ "Microsoft's commercial remaining performance obligation, which includes both unearned revenue and amounts not yet "
	  "recognized, increased 51% to $392 billion in the first quarter of fiscal 2026.", "2025-10-29",
	  "microsoft rpo level 392000000000 USD 2025-09-30 actual exact;microsoft rpo yoy 51 % 2025-09-30 actual exact" },
	/* a paragraph opening on "AWS:" is about AWS, sentence after sentence;
	 * a forecast's period goes on past a ; only within its own sentence;
	 * a table's label cell names the metric of its rows of companies */
	{ "Cloud Quarterly: 2Q25 Recap\n\nAWS: Revenue grew 17.5% y/y to $30.9bn in 2Q25. Operating margin was 32.9%.\n"
	  "Microsoft guided Azure growth of ~37% for FQ1. Google Cloud: revenue grew 32% y/y; operating margin expanded "
	  "to 20.7%.\n\nCapex ($bn)      2Q25    2025E\nMicrosoft        24.2    88.0\n", "2025-08-01",
	  "aws operating_margin level 32.9 % 2025-06-30 actual exact;aws revenue level 30900000000 USD 2025-06-30 actual exact;"
	  "aws revenue yoy 17.5 % 2025-06-30 actual exact;azure revenue yoy 37 % 2025-09-30 guidance approx;"
	  "microsoft capex level 24200000000 USD 2025-06-30 actual exact;microsoft capex level 88000000000 USD 2025-12-31 estimate exact" },
	/* carmakers' months: 交付, 销量 and counts of vehicles (辆, vehicles) */
	{ "新能源车周报\n1、比亚迪：10月新能源汽车销量44.2万辆，同比下降12.0%；1-10月累计销量370.2万辆。\n"
	  "2、蔚来：10月交付40397辆，同比增长92.6%。\n", "2025-11-03",
	  "byd deliveries level 3702000 count 2025-10-31 actual exact;byd deliveries level 442000 count 2025-10-31 actual exact;"
	  "byd deliveries yoy -12 % 2025-10-31 actual exact;nio deliveries level 40397 count 2025-10-31 actual exact;"
	  "nio deliveries yoy 92.6 % 2025-10-31 actual exact" },
	{ "Tesla delivered 497,099 vehicles in the third quarter of 2025.", "2025-10-03",
	  "tesla deliveries level 497099 count 2025-09-30 actual exact" },
	/* a header set on three lines: the groups, the days, the years;
	 * twelve months ended the last day of Apple's year are that year */
	{ "Apple reports fourth quarter results\n\n(In millions)\n"
	  "                         Three Months Ended                 Twelve Months Ended\n"
	  "                    September 27,   September 28,     September 27,   September 28,\n"
	  "                        2025            2024              2025            2024\n"
	  "Total net sales       $ 102,466       $ 94,930         $ 416,161      $ 391,035\n", "2025-10-30",
	  "apple revenue level 102466000000 USD 2025-09-27 actual exact;apple revenue level 391035000000 USD 2024-09-28 "
	  "actual exact;apple revenue level 416161000000 USD 2025-09-27 actual exact;apple revenue level 94930000000 USD "
	  "2024-09-28 actual exact" },
	/* a broker writing in English on a Chinese company: RMB192.9bn, a
	 * direction shared by figures that each say their kind */
	{ "Tencent (700 HK) 3Q25 First Take\n\n3Q25 revenue of RMB192.9bn (+15% YoY) was above consensus of RMB189.2bn. "
	  "Non-IFRS net profit was RMB70.6bn. Capex was RMB13.0bn in 3Q25, down 24% YoY and 32% QoQ.", "2025-11-13",
	  "tencent adjusted_net_income level 70600000000 CNY 2025-09-30 actual exact;"
	  "tencent capex level 13000000000 CNY 2025-09-30 actual exact;tencent capex qoq -32 % 2025-09-30 actual exact;"
	  "tencent capex yoy -24 % 2025-09-30 actual exact;tencent revenue level 189200000000 CNY 2025-09-30 consensus exact;"
	  "tencent revenue level 192900000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a filing's segment under its heading: a list's item names a part,
	 * and the line set left of its marks, after it, is the segment's again */
	{ "Microsoft Corporation\n\nFirst Quarter Fiscal Year 2026 Compared with First Quarter Fiscal Year 2025\n\n"
	  "Intelligent Cloud\n\nRevenue increased $6.8 billion or 28%.\n"
	  "  \xe2\x80\xa2 Azure and other cloud services revenue grew 40% driven by our infrastructure business.\n"
	  "Operating income increased $2.9 billion or 27%.\n", "2025-10-29",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;microsoft-intelligent-cloud operating_income yoy 27 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* a bare 元 is what its company counts in: a Taiwanese company's New
	 * Taiwan dollars (in text, a/b lists and a table's units line); a section of a period (四季度指引：) is a
	 * section; rows of months under measures; 单季度 and 年 before a
	 * metric name no part */
	{ "台积电（2330.TW）公司点评\n\n3Q25台积电实现营收9,899亿元，单季度净利润4,523亿元。"
	  "四季度指引：公司预计4Q25营收为322-334亿美元。预计2025-2026年EPS分别为65.5/76.6元。\n\n"
	  "月度营收（亿元）\n月份        营收       环比\n2025/08    3,357.7    3.9%\n2025/09    3,309.8   -1.4%\n", "2025-11-12",
	  "tsmc eps level 65.5 TWD 2025-12-31 estimate exact;tsmc eps level 76.6 TWD 2026-12-31 estimate exact;"
	  "tsmc net_income level 452300000000 TWD 2025-09-30 actual exact;"
	  "tsmc revenue level 32800000000 USD 2025-12-31 guidance range;"
	  "tsmc revenue level 330980000000 TWD 2025-09-30 actual exact;tsmc revenue level 335770000000 TWD 2025-08-31 actual exact;"
	  "tsmc revenue level 989900000000 TWD 2025-09-30 actual exact;"
	  "tsmc revenue qoq -1.4 % 2025-09-30 actual exact;tsmc revenue qoq 3.9 % 2025-08-31 actual exact" },
	/* a Chinese filing's table: 本报告期 and 年初至报告期末 are the quarter
	 * the title names and the year to its end, each change column the
	 * change of the period left of it; 单位：元 counts in units */
	{ "百度集团三季度报告\n\n单位：元  币种：人民币\n"
	  "项目\t本报告期\t本报告期比上年同期增减变动幅度(%)\t年初至报告期末\t年初至报告期末比上年同期增减变动幅度(%)\n"
	  "营业收入\t31,174,000,000.00\t-7.00\t96,541,000,000.00\t-3.20\n"
	  "归属于上市公司股东的净利润\t-11,232,000,000.00\t不适用\t3,881,000,000.00\t-68.10\n", "2025-11-19",
	  "baidu net_income level -11232000000 CNY 2025-09-30 actual exact;baidu net_income level 3881000000 CNY 2025-09-30 actual exact;"
	  "baidu net_income yoy -68.1 % 2025-09-30 actual exact;"
	  "baidu revenue level 31174000000 CNY 2025-09-30 actual exact;baidu revenue level 96541000000 CNY 2025-09-30 actual exact;"
	  "baidu revenue yoy -3.2 % 2025-09-30 actual exact;baidu revenue yoy -7 % 2025-09-30 actual exact" },
	/* an earnings preview: the quarter just over, still to be reported,
	 * is the one expected (not next year's); the year-ago figures are
	 * actuals a year before it; "Wall Street expects" is consensus;
	 * "with Azure growth of" names Azure's; earnings said apart from "per
	 * share" are earnings per share */
	{ "Earnings week ahead: Microsoft and Meta report\n\n"
	  "Microsoft reports fiscal second-quarter results on Wednesday. Wall Street expects revenue of $80.3 billion, "
	  "with Azure growth of about 37%. A year ago, Microsoft reported revenue of $69.6 billion.\n\n"
	  "Meta Platforms reports fourth-quarter results on Wednesday. Analysts expect revenue of $58.4 billion, versus "
	  "$48.4 billion a year ago, and earnings of $8.21 per share.\n", "2026-01-26",
	  "azure revenue yoy 37 % 2025-12-31 consensus approx;meta eps level 8.21 USD 2025-12-31 consensus exact;"
	  "meta revenue level 48400000000 USD 2024-12-31 actual exact;meta revenue level 58400000000 USD 2025-12-31 consensus exact;"
	  "microsoft revenue level 69600000000 USD 2024-12-31 actual exact;"
	  "microsoft revenue level 80300000000 USD 2025-12-31 consensus exact" },
	/* a Hong Kong announcement: the exchange's disclaimer above the title
	 * is no text; a figure in brackets makes no units line; a row of each
	 * column's currency, the US$ column a translation left out; (21)% */
	{ "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
	  "for the contents of this announcement.\n\nALIBABA GROUP HOLDING LIMITED\n\n"
	  "ANNOUNCEMENT OF DECEMBER QUARTER 2025 RESULTS\n\n"
	  "Alibaba Group Holding Limited today announced its results for the quarter ended December 31, 2025.\n\n"
	  "  \xe2\x80\xa2 Revenue was RMB284,930 million (US$39,036 million), an increase of 2% year-over-year.\n\n"
	  "                          Three months ended December 31,        Nine months ended December 31,\n"
	  "                                2024      2025                YoY      2024      2025                YoY\n"
	  "                                 RMB       RMB       US$                RMB       RMB       US$\n"
	  "                          (in millions, except percentages)\n"
	  "Income from operations        40,667    32,134     4,402    (21)%   114,240    90,100    12,344    (21)%\n",
	  "2026-02-20",
	  "alibaba operating_income level 114240000000 CNY 2024-12-31 actual exact;"
	  "alibaba operating_income level 32134000000 CNY 2025-12-31 actual exact;"
	  "alibaba operating_income level 40667000000 CNY 2024-12-31 actual exact;"
	  "alibaba operating_income level 90100000000 CNY 2025-12-31 actual exact;"
	  "alibaba operating_income yoy -21 % 2025-12-31 actual exact;alibaba operating_income yoy -21 % 2025-12-31 actual exact;"
	  "alibaba revenue level 284930000000 CNY 2025-12-31 actual exact;alibaba revenue yoy 2 % 2025-12-31 actual exact" },
	/* an 8-K exhibit: units said in the sentence over the table; "12 %";
	 * a change row in words; a row of a company's part we do not know
	 * (Alphabet-level activities) is not the company's */
	{ "Alphabet Announces Fourth Quarter 2025 Results\n\n"
	  "The following table summarizes our results for the quarters ended December 31, 2024 and 2025 (in millions, "
	  "except for per share information and percentages).\n\n"
	  "                                     Quarter Ended December 31,\n"
	  "                                       2024            2025\n"
	  "Revenues                           $  96,469       $ 113,828\n"
	  "Change in revenues year over year         12 %            18 %\n"
	  "Alphabet-level activities                 20             870\n", "2026-02-03",
	  "alphabet revenue level 113828000000 USD 2025-12-31 actual exact;alphabet revenue level 96469000000 USD 2024-12-31 actual exact;"
	  "alphabet revenue yoy 12 % 2024-12-31 actual exact;alphabet revenue yoy 18 % 2025-12-31 actual exact" },
	/* a broker's estimates table with a consensus row: the Street's
	 * estimates, and none for the year reported */
	{ "Advanced Micro Devices (AMD)\n\n($ in millions, except per share)     2024A      2025E      2026E\n"
	  "EPS (non-GAAP)                         3.31       4.05       6.10\n"
	  "Consensus EPS                          3.31       3.98       5.85\n", "2025-12-01",
	  "amd eps level 3.31 USD 2024-12-31 actual exact;amd eps level 3.98 USD 2025-12-31 consensus exact;"
	  "amd eps level 4.05 USD 2025-12-31 estimate exact;amd eps level 5.85 USD 2026-12-31 consensus exact;"
	  "amd eps level 6.1 USD 2026-12-31 estimate exact" },
	/* call minutes: a speaker's label before a colon (总裁刘炽平：, CFO Amy
	 * Hood:) names who speaks, not a company we do not know */
	{ "腾讯控股2025年三季度业绩会纪要\n\n总裁刘炽平：本季度公司总收入1,928.7亿元，同比增长15%。\n\n"
	  "首席财务官罗硕瀚：三季度资本开支为130亿元，环比下降32%。\n", "2025-11-14",
	  "tencent capex level 13000000000 CNY 2025-09-30 actual exact;tencent capex qoq -32 % 2025-09-30 actual exact;"
	  "tencent revenue level 192870000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a quarterly table's margin row: its QoQ/YoY cells in points */
	{ "台积电3Q25业绩点评\n\n单位：亿元新台币\n"
	  "                   2Q25      3Q25      QoQ\n"
	  "营业收入           9,338     9,899     6.0%\n"
	  "毛利率             58.6%     59.5%    0.9pct\n", "2025-10-17",
	  "tsmc gross_margin level 58.6 % 2025-06-30 actual exact;tsmc gross_margin level 59.5 % 2025-09-30 actual exact;"
	  "tsmc gross_margin qoq 0.9 pp 2025-09-30 actual exact;"
	  "tsmc revenue level 933800000000 TWD 2025-06-30 actual exact;tsmc revenue level 989900000000 TWD 2025-09-30 actual exact;"
	  "tsmc revenue qoq 6 % 2025-09-30 actual exact" },
	/* news: "grew 20.2% to $33 billion" — the level the growth reached,
	 * of its metric and period; "Azure cloud business" is Azure's own */
	{ "Big Tech's cloud units race to meet AI demand\n\n"
	  "Amazon Web Services grew 20.2% to $33 billion in the third quarter, Amazon said on Thursday.\n\n"
	  "Microsoft's Azure cloud business grew 40% in the July-September period.\n\n"
	  "Google Cloud's revenue rose 34% to $15.16 billion.\n", "2025-10-30",
	  "aws revenue level 33000000000 USD 2025-09-30 actual exact;aws revenue yoy 20.2 % 2025-09-30 actual exact;"
	  "azure revenue yoy 40 % 2025-09-30 actual exact;google-cloud revenue level 15160000000 USD 2025-09-30 actual exact;"
	  "google-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* a sentence opening on "Its" goes on about the part the one before
	 * named, not its company */
	{ "Alphabet Q3 2025 earnings\n\nGoogle Cloud revenue rose 34% in the third quarter of 2025. "
	  "Its backlog was $155 billion at the end of the third quarter of 2025.\n", "2025-10-30",
	  "google-cloud backlog level 155000000000 USD 2025-09-30 actual exact;google-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* a level said as the base of a change (a when-clause, a period's
	 * possessive) is the base period's, also in a sentence opening on
	 * "It"; a multiple of the same period a year before is a yoy */
	{ "Nvidia data center revenue was a record $51.2 billion in the third quarter of fiscal 2026. It grew 66% from a year "
	  "ago, when it was $30.8 billion, and represents a 25% increase over the prior quarter's $41.1 billion.",
	  "2025-11-19",
	  "nvidia data_center_revenue level 30800000000 USD 2024-10-27 actual exact;"
	  "nvidia data_center_revenue level 41100000000 USD 2025-07-27 actual exact;"
	  "nvidia data_center_revenue level 51200000000 USD 2025-10-26 actual exact;"
	  "nvidia data_center_revenue qoq 25 % 2025-10-26 actual exact;nvidia data_center_revenue yoy 66 % 2025-10-26 actual exact" },
	{ "Microsoft revenue was $70 billion in the March quarter of 2025, up from $61.9 billion the year before.",
	  "2025-06-01",
	  "microsoft revenue level 61900000000 USD 2024-03-31 actual exact;microsoft revenue level 70000000000 USD 2025-03-31 actual exact" },
	{ "谷歌 2025 年 10 月 token 处理量超过 1300 万亿，约为 2024 年同期的 20 倍。", "2025-11-01",
	  "alphabet token_consumption level 1300000000000000 count 2025-10-31 actual at_least;"
	  "alphabet token_consumption yoy 1900 % 2025-10-31 actual exact" },
	{ "谷歌 2025 年 10 月 token 处理量超过 1300 万亿，是 2025 年 5 月的 3 倍。", "2025-11-01",
	  "alphabet token_consumption level 1300000000000000 count 2025-10-31 actual at_least" },
	/* news on several companies: a paragraph naming no period goes on
	 * about the quarter being reported, read in each company's calendar
	 * (Microsoft's fiscal first quarter is Alphabet's third); "Azure cloud
	 * revenue" is Azure's; a level reached past "sequentially to" */
	{ "Cloud race heats up\n\nMicrosoft said its Azure cloud revenue grew 40% in its fiscal first quarter of 2026.\n\n"
	  "Alphabet's Google Cloud revenue jumped 34%, while its backlog rose 46% sequentially to $155 billion.\n",
	  "2025-10-31",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;google-cloud backlog level 155000000000 USD 2025-09-30 actual exact;"
	  "google-cloud backlog qoq 46 % 2025-09-30 actual exact;google-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* an amount and its per-share aside take the time said after both */
	{ "Microsoft's net income in the quarter ended September 30, 2025 was $27.7 billion, or $3.72 per share, compared "
	  "with $24.67 billion, or $3.30 per share, a year earlier.",
	  "2025-10-31",
	  "microsoft eps level 3.3 USD 2024-09-30 actual exact;microsoft eps level 3.72 USD 2025-09-30 actual exact;"
	  "microsoft net_income level 24670000000 USD 2024-09-30 actual exact;"
	  "microsoft net_income level 27700000000 USD 2025-09-30 actual exact" },
	/* a per-share figure of its own (not an aside) is what a comparison
	 * after it goes back to; a word of forecast right after a figure */
	{ "Analysts expect Apple's revenue in the December quarter of 2025 of $138.4 billion and earnings of $2.67 per "
	  "share, compared with $2.40 a year earlier.\n\nKey numbers:\n- Apple gross margin in the December quarter of 2025: "
	  "47.5% expected\n",
	  "2026-01-10",
	  "apple eps level 2.4 USD 2024-12-28 actual exact;apple eps level 2.67 USD 2025-12-27 consensus exact;"
	  "apple gross_margin level 47.5 % 2025-12-27 estimate exact;apple revenue level 138400000000 USD 2025-12-27 consensus exact" },
	/* a Hong Kong statement: day-first period words over the years, a row
	 * of RMB'Million over the columns, a year-on-year change column;
	 * "Revenues from" names a source, not a base */
	{ "TENCENT HOLDINGS LIMITED\n\n"
	  "                         Three months ended\n"
	  "                            30 September\n"
	  "                          2025          2024      Year-on-year\n"
	  "                      RMB'Million   RMB'Million     change\n"
	  "Revenues                 192,869       167,193        15%\n"
	  "Operating profit          63,554        53,328        19%\n\n"
	  "Revenues from Value-added Services for the third quarter of 2025 were RMB95.9 billion, up 16% year-on-year.\n",
	  "2025-11-13",
	  "tencent operating_income level 53328000000 CNY 2024-09-30 actual exact;"
	  "tencent operating_income level 63554000000 CNY 2025-09-30 actual exact;"
	  "tencent operating_income yoy 19 % 2025-09-30 actual exact;"
	  "tencent revenue level 167193000000 CNY 2024-09-30 actual exact;tencent revenue level 192869000000 CNY 2025-09-30 actual exact;"
	  "tencent revenue yoy 15 % 2025-09-30 actual exact;tencent-vas revenue level 95900000000 CNY 2025-09-30 actual exact;"
	  "tencent-vas revenue yoy 16 % 2025-09-30 actual exact" },
	/* a release's two groups of columns, each with its own % Change, under
	 * period words set a little right of their first column, the units
	 * wrapped over the header's label cell; "we expect" in a company's
	 * own release is its guidance */
	{ "Meta Reports Fourth Quarter and Full Year 2025 Results\n\n"
	  "MENLO PARK, Calif. - January 28, 2026 - Meta Platforms, Inc. today reported financial results.\n\n"
	  "                                  Three Months Ended December 31,          Year Ended December 31,\n"
	  "In millions, except percentages\n"
	  "and per share amounts             2025        2024     % Change       2025        2024     % Change\n"
	  "Revenue                          $ 59,890    $ 48,385       24 %    $ 200,966   $ 164,501       22 %\n"
	  "Net income                         22,000      20,838        6 %       70,000      62,360       12 %\n\n"
	  "CFO Outlook Commentary\n"
	  "We expect first quarter 2026 total revenue to be in the range of $53.5-56.5 billion.\n",
	  "2026-01-28",
	  "meta net_income level 20838000000 USD 2024-12-31 actual exact;meta net_income level 22000000000 USD 2025-12-31 actual exact;"
	  "meta net_income level 62360000000 USD 2024-12-31 actual exact;meta net_income level 70000000000 USD 2025-12-31 actual exact;"
	  "meta net_income yoy 12 % 2025-12-31 actual exact;meta net_income yoy 6 % 2025-12-31 actual exact;"
	  "meta revenue level 164501000000 USD 2024-12-31 actual exact;meta revenue level 200966000000 USD 2025-12-31 actual exact;"
	  "meta revenue level 48385000000 USD 2024-12-31 actual exact;meta revenue level 55000000000 USD 2026-03-31 guidance range;"
	  "meta revenue level 59890000000 USD 2025-12-31 actual exact;meta revenue yoy 22 % 2025-12-31 actual exact;"
	  "meta revenue yoy 24 % 2025-12-31 actual exact" },
	/* in a broker's note "we" is the analyst: an estimate */
	{ "Meta: strong quarter, reiterate Outperform rating\n\nMeta Platforms today reported results above our numbers. "
	  "We expect first quarter 2026 total revenue of $55.0 billion.\n",
	  "2026-01-28", "meta revenue level 55000000000 USD 2026-03-31 estimate exact" },
	/* a % Change beside year columns no words tie to a year is no
	 * change of the quarter before them */
	{ "Meta results\n\n(In millions)\n"
	  "                          Three Months Ended December 31,\n"
	  "                            2025        2024     % Change       2025        2024     % Change\n"
	  "Revenue                  $ 59,890    $ 48,385       24 %    $ 200,966   $ 164,501       22 %\n",
	  "2026-01-28",
	  "meta revenue level 48385000000 USD 2024-12-31 actual exact;meta revenue level 59890000000 USD 2025-12-31 actual exact;"
	  "meta revenue yoy 24 % 2025-12-31 actual exact" },
	/* a sentence opening on "under non-GAAP" says it of its measures; 扣非
	 * net profit is adjusted too: the reported figure is the fact */
	{ "百度2025年第三季度归属于百度的净亏损为人民币112亿元。非公认会计准则下，归属于百度的净利润为人民币38亿元。"
	  "百度2025年三季度扣除非经常性损益后的净利润为人民币30亿元。",
	  "2025-11-19", "baidu net_income level -11200000000 CNY 2025-09-30 actual exact" },
	/* a call: turning to a part makes it the paragraph's subject; "the
	 * cloud backlog" describes it; "from X in the third quarter last year
	 * to Y": the base's quarter a year back; "Excluding the fine," an
	 * adjusted figure beside the reported one */
	{ "Alphabet Q3 2025 Earnings Call\n\nTotal operating income increased 9% to $31.2 billion in the third quarter of "
	  "2025, and operating margin was 30.5%. Excluding the EC fine, operating margin was 33.9%.\n\n"
	  "Turning to Google Cloud, revenues increased 34% to $15.2 billion. Operating income was $3.6 billion, and "
	  "operating margin increased from 17.1% in the third quarter last year to 23.7%. The cloud backlog increased 46% "
	  "sequentially to $155 billion.\n",
	  "2025-10-29",
	  "alphabet operating_income level 31200000000 USD 2025-09-30 actual exact;alphabet operating_income yoy 9 % 2025-09-30 actual exact;"
	  "alphabet operating_margin level 30.5 % 2025-09-30 actual exact;"
	  "google-cloud backlog level 155000000000 USD 2025-09-30 actual exact;google-cloud backlog qoq 46 % 2025-09-30 actual exact;"
	  "google-cloud operating_income level 3600000000 USD 2025-09-30 actual exact;"
	  "google-cloud operating_margin level 17.1 % 2024-09-30 actual exact;google-cloud operating_margin level 23.7 % 2025-09-30 actual exact;"
	  "google-cloud revenue level 15200000000 USD 2025-09-30 actual exact;google-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	{ "Alphabet's revenue rising 16% to $102.3 billion in the third quarter of 2025.", "2025-10-30",
	  "alphabet revenue level 102300000000 USD 2025-09-30 actual exact;alphabet revenue yoy 16 % 2025-09-30 actual exact" },
	/* last year's third quarter is the company's, as 三季度 alone is
	 * (Alibaba's ends in December) */
	{ "阿里巴巴去年三季度营收为2000亿元。", "2025-11-20", "alibaba revenue level 200000000000 CNY 2024-12-31 actual exact" },
	/* a 10-Q: the period words a cell of their own after the units,
	 * figures right-aligned under their years; a bullet on Azure under
	 * the Intelligent Cloud heading, then the heading's part again */
	{ "FORM 10-Q\nMICROSOFT CORPORATION\n\n"
	  "(In millions, except percentages)    Three Months Ended September 30,    2025      2024    Percentage Change\n"
	  "Revenue\n"
	  "Intelligent Cloud                                                   30,897    24,092         28%\n"
	  "Total                                                             $ 77,673  $ 65,585         18%\n\n"
	  "Intelligent Cloud\n"
	  "First quarter fiscal year 2026 compared with first quarter fiscal year 2025.\n"
	  "• Azure and other cloud services revenue grew 40%.\n"
	  "Operating income increased $2.9 billion or 27%.\n",
	  "2025-10-29",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;"
	  "microsoft revenue level 65585000000 USD 2024-09-30 actual exact;microsoft revenue level 77673000000 USD 2025-09-30 actual exact;"
	  "microsoft revenue yoy 18 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud operating_income yoy 27 % 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue level 24092000000 USD 2024-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue level 30897000000 USD 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* past a ；a slash list pairs with the list of periods said before it */
	{ "我们预计腾讯 2025/2026 年营收分别为 7508/8265 亿元；归母净利润分别为 2426/2718 亿元。", "2025-11-28",
	  "tencent net_income level 242600000000 CNY 2025-12-31 estimate exact;"
	  "tencent net_income level 271800000000 CNY 2026-12-31 estimate exact;"
	  "tencent revenue level 750800000000 CNY 2025-12-31 estimate exact;tencent revenue level 826500000000 CNY 2026-12-31 estimate exact" },
	/* growth counted in US dollars beside the growth in the company's own
	 * currency is a variant; a level in new Taiwan dollars beside the same
	 * one in US dollars yields to it (one series, in a main currency); a
	 * 增长率 row is the change of the row above; 税后净利润 is net profit */
	{ "台积电2025年四季度营收 10,460 亿新台币，同比增长 20.5%；以美元计营收 337.3 亿美元，同比增长 25.5%。"
	  "税后净利润 5,057 亿新台币。\n\n"
	  "单位：亿新台币        2024A      2025A\n"
	  "营业收入             28,943     38,090\n"
	  "  增长率(%)            33.9       31.6\n",
	  "2026-01-16",
	  "tsmc net_income level 505700000000 TWD 2025-12-31 actual exact;"
	  "tsmc revenue level 2894300000000 TWD 2024-12-31 actual exact;"
	  "tsmc revenue level 33730000000 USD 2025-12-31 actual exact;tsmc revenue level 3809000000000 TWD 2025-12-31 actual exact;"
	  "tsmc revenue yoy 20.5 % 2025-12-31 actual exact;tsmc revenue yoy 31.6 % 2025-12-31 actual exact;"
	  "tsmc revenue yoy 33.9 % 2024-12-31 actual exact" },
	/* units as notes write them: Year to December ($m), (in millions of
	 * U.S. dollars); a caption that is the units line names the measure */
	{ "AMD initiation\n\nYear to December ($m)       2024A      2025E\nRevenue                    25,785     34,000\n", "2026-02-12",
	  "amd revenue level 25785000000 USD 2024-12-31 actual exact;amd revenue level 34000000000 USD 2025-12-31 estimate exact" },
	{ "AMD initiation\n\n(in millions of U.S. dollars)\n            2024A      2025E\nRevenue    25,785     34,000\n", "2026-02-12",
	  "amd revenue level 25785000000 USD 2024-12-31 actual exact;amd revenue level 34000000000 USD 2025-12-31 estimate exact" },
	{ "AMD initiation\n\nWe start coverage of AMD.\n\nFigure 2: Capex ($bn)\n            2024A      2025E\nAMD          0.6        0.9\n", "2026-02-12",
	  "amd capex level 600000000 USD 2024-12-31 actual exact;amd capex level 900000000 USD 2025-12-31 estimate exact" },
	/* 过去四个季度 is a trailing year; 较上一季度的 26% is the growth the
	 * quarter before had, not a change against it: that quarter's */
	{ "阿里巴巴2026财年第二季度资本开支为315亿元。过去四个季度，阿里巴巴的资本开支约1200亿元。"
	  "阿里云智能集团2026财年第二季度收入为398亿元，同比增长34%，较上一季度的26%进一步加速。",
	  "2025-11-25",
	  "alibaba capex level 120000000000 CNY 2025-09-30 actual approx;alibaba capex level 31500000000 CNY 2025-09-30 actual exact;"
	  "alibaba-cloud revenue level 39800000000 CNY 2025-09-30 actual exact;alibaba-cloud revenue yoy 26 % 2025-06-30 actual "
	  "exact;alibaba-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* a part, then its company in an aside about it: the part is the
	 * subject, the aside's words describe it */
	{ "Claude Code, Anthropic's command-line coding agent, reached a run rate of more than $500 million in August "
	  "2025.\n\nGoogle Cloud, Alphabet's cloud unit, grew 34% in the third quarter of 2025. Azure, Microsoft's cloud "
	  "platform, grew 40% in the September quarter of 2025, while Microsoft's revenue rose 18%.",
	  "2025-11-12",
	  "azure revenue yoy 40 % 2025-09-30 actual exact;claude-code arr level 500000000 USD 2025-08-31 actual at_least;"
	  "google-cloud revenue yoy 34 % 2025-09-30 actual exact;microsoft revenue yoy 18 % 2025-09-30 actual exact" },
	/* figures compared in the order given: billions are no EPS */
	{ "AMD initiation\n\nWe forecast AMD's 2026 revenue of $46.5 billion and EPS of $6.40, ahead of consensus at "
	  "$44.8 billion and $6.05.",
	  "2026-02-12",
	  "amd eps level 6.05 USD 2026-12-31 consensus exact;amd eps level 6.4 USD 2026-12-31 estimate exact;"
	  "amd revenue level 44800000000 USD 2026-12-31 consensus exact;amd revenue level 46500000000 USD 2026-12-31 estimate exact" },
	/* a Chinese headline: 第二财季 is the company's fiscal quarter; 超预期
	 * said of the figure before it makes nothing an estimate; 分析师预期 is
	 * the consensus */
	{ "微软第二财季营收813亿美元超预期 Azure增速放缓至39%\n\n"
	  "微软公布2026财年第二财季业绩，当季营收813亿美元，同比增长17%，高于分析师预期的803亿美元。\n",
	  "2026-01-29",
	  "azure revenue yoy 39 % 2025-12-31 actual exact;microsoft revenue level 80300000000 USD 2025-12-31 consensus exact;"
	  "microsoft revenue level 81300000000 USD 2025-12-31 actual exact;microsoft revenue yoy 17 % 2025-12-31 actual exact" },
	/* a stock said as it stands now is the report month's; as of June */
	{ "Anthropic is now generating about $3 billion in annualized revenue. OpenAI's annualized revenue run rate has "
	  "reached $10 billion as of June.",
	  "2025-06-12",
	  "anthropic arr level 3000000000 USD 2025-06-30 actual approx;openai arr level 10000000000 USD 2025-06-30 actual exact" },
	/* a share of a market's usage is a market share */
	{ "Anthropic held 32% of enterprise large language model usage in the first half of 2025, up from 12% in 2023.",
	  "2025-11-05",
	  "anthropic market_share level 12 % 2023-12-31 actual exact;anthropic market_share level 32 % 2025-06-30 actual exact" },
	/* 净流出 is an outflow, 净流入 an inflow */
	{ "阿里巴巴 FY2026Q2 自由现金流净流出 218.4 亿元，上年同期为净流入 137.4 亿元。", "2025-11-28",
	  "alibaba free_cash_flow level -21840000000 CNY 2025-09-30 actual exact;"
	  "alibaba free_cash_flow level 13740000000 CNY 2024-09-30 actual exact" },
	/* a sum said after the quarter in a sentence before: the next
	 * figure's period is not said */
	{ "阿里巴巴 FY2026Q2 资本开支 314.3 亿元；上半年累计资本开支 701.1 亿元。自由现金流 100 亿元。", "2025-11-28",
	  "alibaba capex level 31430000000 CNY 2025-09-30 actual exact;alibaba capex level 70110000000 CNY 2025-09-30 actual exact" },
	/* points up after the year-ago level: a change against the year before */
	{ "Google Cloud's operating margin reached a record 23.7% in the third quarter of 2025, compared with 17.1% a year "
	  "ago, up 6.6 percentage points.",
	  "2025-11-05",
	  "google-cloud operating_margin level 17.1 % 2024-09-30 actual exact;"
	  "google-cloud operating_margin level 23.7 % 2025-09-30 actual exact;"
	  "google-cloud operating_margin yoy 6.6 pp 2025-09-30 actual exact" },
	/* a period that owns its figure by 的 */
	{ "谷歌月度 token 处理量由 2024 年 5 月的 9.7 万亿增至 2025 年 5 月的 480 万亿。", "2025-11-12",
	  "alphabet token_consumption level 480000000000000 count 2025-05-31 actual exact;"
	  "alphabet token_consumption level 9700000000000 count 2024-05-31 actual exact" },
	/* a total said in the clause before its figure is no company's, in a
	 * text whose frame names one */
	{ "AWS quarterly review\n\nAWS revenue in 2Q25 was $30.9bn.\n\nCombined capex of the three: $72bn in 2Q25 (+64% y/y).\n",
	  "2025-08-01", "aws revenue level 30900000000 USD 2025-06-30 actual exact" },
	/* the sentence that leads a table in with a colon names its measure */
	{ "Baidu results\n\nThe following table sets forth our revenue by segment:\n\n"
	  "(RMB millions)        3Q25      3Q24\n"
	  "Baidu Core           24,700    26,500\n",
	  "2025-11-19",
	  "baidu-core revenue level 24700000000 CNY 2025-09-30 actual exact;baidu-core revenue level 26500000000 CNY 2024-09-30 actual exact" },
	/* period words over a table read on into its first year column head
	 * the columns; they date no text after the table; a row of currencies
	 * with a change column's words beside them gives each column its
	 * currency (US$ a translation) */
	{ "ALIBABA GROUP HOLDING LIMITED\nANNOUNCEMENT OF DECEMBER QUARTER 2025 RESULTS\n\n"
	  "The following table sets forth our revenue by segment:\n\n"
	  "                                          Three months ended December 31,\n"
	  "                                   2024                  2025\n"
	  "                                   RMB          RMB           US$          YoY % Change\n"
	  "                                           (in millions, except percentages)\n"
	  "Cloud Intelligence Group          31,742       43,200        6,150             36%\n\n"
	  "Adjusted EBITA was RMB45,000 million, a decrease of 5% year-over-year.\n",
	  "2026-02-19",
	  "alibaba adjusted_ebita level 45000000000 CNY 2025-12-31 actual exact;"
	  "alibaba adjusted_ebita yoy -5 % 2025-12-31 actual exact;"
	  "alibaba-cloud revenue level 31742000000 CNY 2024-12-31 actual exact" },
	/* the same quarter of 2024, 2024年同期: the quarter said, a year back,
	 * not the year 2024 */
	{ "阿里巴巴FY26Q3自由现金流39亿元，2024年同期为390亿元。\n", "2026-02-20",
	  "alibaba free_cash_flow level 3900000000 CNY 2025-12-31 actual exact;"
	  "alibaba free_cash_flow level 39000000000 CNY 2024-12-31 actual exact" },
	{ "Alibaba's free cash flow was RMB3.9 billion in the December quarter of 2025, compared to RMB39.0 billion "
	  "in the same quarter of 2024.\n", "2026-02-20",
	  "alibaba free_cash_flow level 3900000000 CNY 2025-12-31 actual exact;"
	  "alibaba free_cash_flow level 39000000000 CNY 2024-12-31 actual exact" },
	/* a release's like-for-like growth is a variant, not a second value;
	 * a change in a sentence on a measure the lexicon does not know is
	 * not the metric said before */
	{ "Alibaba Group Announces September Quarter 2025 Results\n\nAlibaba today announced its results for the quarter "
	  "ended September 30, 2025. Revenue was RMB247,795 million (US$34,808 million), an increase of 5% year-over-year. "
	  "Excluding disposed businesses, revenue on a like-for-like basis would have grown 15% year-over-year. "
	  "Cost of revenue was RMB150,000 million, a decrease of 3% year-over-year.", "2025-11-25",
	  "alibaba revenue level 247795000000 CNY 2025-09-30 actual exact;alibaba revenue yoy 5 % 2025-09-30 actual exact" },
	/* a part we do not know (营销收入) casts no doubt on 公司 in the
	 * sentences after it; 盈利预测： labels a section */
	{ "腾讯控股点评\n营销收入362亿元，同比增长21%。盈利预测：我们预计公司2025-2027年归母净利润分别为"
	  "2,620/2,950/3,300亿元。\n", "2025-11-14",
	  "tencent net_income level 262000000000 CNY 2025-12-31 estimate exact;"
	  "tencent net_income level 295000000000 CNY 2026-12-31 estimate exact;"
	  "tencent net_income level 330000000000 CNY 2027-12-31 estimate exact" },
	/* a broker page with a side column on the left */
	{ "投资评级：买入（维持）          腾讯控股（00700.HK）2025年三季报点评\n"
	  "目标价：750港元\n"
	  "                                事件：公司发布2025年三季度业绩，实现营业收入1,928.7亿元，同比\n"
	  "基本数据                        增长15%；营销收入362亿元，同比增长21%。\n"
	  "总股本（百万股）9,180           盈利预测：我们预计公司2025-2027年归母净利润分别为\n"
	  "                                2,620/2,950/3,300亿元，维持买入评级。\n"
	  "分析师：张三                    风险提示。\n", "2025-11-14",
	  "tencent net_income level 262000000000 CNY 2025-12-31 estimate exact;"
	  "tencent net_income level 295000000000 CNY 2026-12-31 estimate exact;"
	  "tencent net_income level 330000000000 CNY 2027-12-31 estimate exact;"
	  "tencent revenue level 192870000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* Korean won written out */
	{ "Samsung Electronics said operating profit rose to 12.1 trillion won in the third quarter of 2025.", "2025-10-31",
	  "samsung operating_income level 12100000000000 KRW 2025-09-30 actual exact" },
	/* a newswire: the quarter under way forecast in the lede and the
	 * headline, the quarter just reported said "in the quarter" and as
	 * over; the company called the chipmaker; analysts' expectations in
	 * a sentence of their own are of the figure before; a figure and its
	 * per-share form share the period after them */
	{ "Broadcom forecasts second-quarter revenue above estimates\n\n"
	  "March 5 (Reuters) - Broadcom forecast second-quarter revenue above estimates on Thursday.\n\n"
	  "The chipmaker expects revenue of about $21 billion for the current quarter, above estimates of $20.4 "
	  "billion.\n\nRevenue rose 28% to $19.2 billion in the quarter. Analysts on average had expected $18.9 "
	  "billion. Net income rose to $5.5 billion, or $1.14 per share, from $4.9 billion a year earlier. Gross margin "
	  "expanded to 79%.\n",
	  "2026-03-05",
	  "broadcom eps level 1.14 USD 2026-02-01 actual exact;broadcom gross_margin level 79 % 2026-02-01 actual exact;"
	  "broadcom net_income level 4900000000 USD 2025-02-02 actual exact;"
	  "broadcom net_income level 5500000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue level 18900000000 USD 2026-02-01 consensus exact;"
	  "broadcom revenue level 19200000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue level 20400000000 USD 2026-05-03 consensus exact;"
	  "broadcom revenue level 21000000000 USD 2026-05-03 guidance approx;"
	  "broadcom revenue yoy 28 % 2026-02-01 actual exact" },
	/* a release's segments: a heading that with the metric names one of
	 * the lexicon (Data Center revenue) gives that metric; a heading whose
	 * part a sentence under it named (Gaming) holds for its section; the
	 * full year is the company's own; the same quarter last year is the
	 * quarter a year back */
	{ "Nvidia Reports Results for Fourth Quarter and Fiscal 2025\n\n"
	  "SANTA CLARA, Calif., Feb. 26, 2025 -- NVIDIA today reported revenue for the fourth quarter ended January 26, "
	  "2025, of $39.3 billion, compared with $22.1 billion in the same quarter last year.\n\n"
	  "Full-year revenue rose 114% to $130.5 billion.\n\nData Center\n"
	  "Fourth-quarter revenue was a record $35.6 billion, up 93% from a year ago.\n\nGaming and AI PC\n"
	  "Fourth-quarter Gaming revenue was $2.5 billion, up 11% from a year ago. Full-year revenue rose 9% to $11.4 "
	  "billion.\n",
	  "2025-02-26",
	  "nvidia data_center_revenue level 35600000000 USD 2025-01-26 actual exact;"
	  "nvidia data_center_revenue yoy 93 % 2025-01-26 actual exact;"
	  "nvidia revenue level 130500000000 USD 2025-01-26 actual exact;"
	  "nvidia revenue level 22100000000 USD 2024-01-28 actual exact;"
	  "nvidia revenue level 39300000000 USD 2025-01-26 actual exact;nvidia revenue yoy 114 % 2025-01-26 actual exact" },
	/* a preview's tables: whose figures a column holds, said beside its
	 * period, in a row of words under it, or alone under a caption that
	 * names the period */
	{ "Oracle (ORCL): FQ3'26 Preview\n\n($ in millions)        FQ2'26A    FQ3'26E Street   FQ3'26E Ours\n"
	  "Total revenue            16,058     17,100           17,250\n",
	  "2026-03-06",
	  "oracle revenue level 16058000000 USD 2025-11-30 actual exact;"
	  "oracle revenue level 17100000000 USD 2026-02-28 consensus exact;"
	  "oracle revenue level 17250000000 USD 2026-02-28 estimate exact" },
	{ "Oracle (ORCL): FQ3'26 Preview\n\n                         FQ2'26A    FQ3'26E    FQ3'26E\n"
	  "($ in millions)          Actual     Street     Ours\nTotal revenue            16,058     17,100     17,250\n",
	  "2026-03-06",
	  "oracle revenue level 16058000000 USD 2025-11-30 actual exact;"
	  "oracle revenue level 17100000000 USD 2026-02-28 consensus exact;"
	  "oracle revenue level 17250000000 USD 2026-02-28 estimate exact" },
	{ "Oracle (ORCL): FQ3'26 Preview\n\nExhibit 2: FQ3'26 - our estimates vs. the Street\n"
	  "($ in millions)          Our est.     Street     Diff.\nTotal revenue            17,250       17,100     0.9%\n"
	  "Non-GAAP EPS               1.75         1.72     1.7%\n",
	  "2026-03-06",
	  "oracle eps level 1.72 USD 2026-02-28 consensus exact;oracle eps level 1.75 USD 2026-02-28 estimate exact;"
	  "oracle revenue level 17100000000 USD 2026-02-28 consensus exact;"
	  "oracle revenue level 17250000000 USD 2026-02-28 estimate exact" },
	/* a results table: changes side by side are of the latest quarter,
	 * and a consensus column beside the actuals is what was expected of
	 * it */
	{ "百度：三季报点评\n\n表1：业绩概览（亿元）\n项目      3Q24      2Q25      3Q25      YoY      QoQ      一致预期\n"
	  "营业收入  335.6     327.1     311.7     -7%      -5%      307.9\n",
	  "2025-11-19",
	  "baidu revenue level 30790000000 CNY 2025-09-30 consensus exact;"
	  "baidu revenue level 31170000000 CNY 2025-09-30 actual exact;"
	  "baidu revenue level 32710000000 CNY 2025-06-30 actual exact;"
	  "baidu revenue level 33560000000 CNY 2024-09-30 actual exact;"
	  "baidu revenue qoq -5 % 2025-09-30 actual exact;baidu revenue yoy -7 % 2025-09-30 actual exact" },
	/* a filing that counts its company's years: 2025 in its tables and
	 * its sentences is fiscal 2025 (Apple's ends in September); a bare
	 * "Change" beside a year is the change from the year before; net
	 * sales of a product the lexicon does not know are not the company's */
	{ "Apple Inc.\nForm 10-K\n\nReferences to years refer to the Company's fiscal years.\n\n"
	  "(dollars in millions)        2025      Change     2024      Change     2023\n"
	  "Total net sales           $ 416,161      6 %   $ 391,035      2 %   $ 383,285\n\n"
	  "Net sales of Mac were $33.7 billion in 2025. Net income was $112.0 billion in 2025.\n",
	  "2025-10-31",
	  "apple net_income level 112000000000 USD 2025-09-27 actual exact;"
	  "apple revenue level 383285000000 USD 2023-09-30 actual exact;"
	  "apple revenue level 391035000000 USD 2024-09-28 actual exact;"
	  "apple revenue level 416161000000 USD 2025-09-27 actual exact;"
	  "apple revenue yoy 2 % 2024-09-28 actual exact;apple revenue yoy 6 % 2025-09-27 actual exact" },
	/* the same years in a text that does not speak of fiscal years are
	 * the calendar's */
	{ "Apple Inc.: notes\n\n(dollars in millions)        2025      2024\n"
	  "Total net sales           $ 416,161   $ 391,035\n",
	  "2025-10-31",
	  "apple revenue level 391035000000 USD 2024-12-31 actual exact;"
	  "apple revenue level 416161000000 USD 2025-12-31 estimate exact" },
	/* a part named before a colon or a verb of reaching: with the
	 * metric it names a metric of the lexicon (数据中心 + 营收), or a
	 * part we do not track (游戏), never the company's revenue */
	{ "英伟达：FY26Q4业绩点评\n\n事件：公司FY26Q4实现营收681亿美元。\n1）数据中心：营收623亿美元，同比+75%；\n"
	  "2）游戏：营收45亿美元，同比+40%。\n分业务看，数据中心实现营收623亿美元。\n",
	  "2026-02-26",
	  "nvidia data_center_revenue level 62300000000 USD 2026-01-25 actual exact;"
	  "nvidia data_center_revenue yoy 75 % 2026-01-25 actual exact;"
	  "nvidia revenue level 68100000000 USD 2026-01-25 actual exact" },
	/* a release's table: the Q/Q column after its base (Q2'25) is the
	 * change of the quarter reported; the columns under Non-GAAP are
	 * the adjusted twins of the GAAP ones, left out beside them */
	{ "AMD Reports Third Quarter 2025 Financial Results\n\n"
	  "                        GAAP                                   Non-GAAP\n"
	  "(Millions)       Q3'25     Q3'24     Y/Y     Q2'25     Q/Q     Q3'25     Q3'24     Y/Y\n"
	  "Net income       $1,243    $771      61%     $872      43%     $1,747    $1,504    16%\n",
	  "2025-11-04",
	  "amd net_income level 1243000000 USD 2025-09-30 actual exact;"
	  "amd net_income level 771000000 USD 2024-09-30 actual exact;"
	  "amd net_income level 872000000 USD 2025-06-30 actual exact;"
	  "amd net_income qoq 43 % 2025-09-30 actual exact;amd net_income yoy 61 % 2025-09-30 actual exact" },
	/* a deck's chart as text: the slide's title, its units on a line of
	 * their own, a row of quarters and one row of figures without a
	 * label; a labelled row of changes under it, one figure a column */
	{ "Meta Platforms\nThird Quarter 2025 Results\n\nRevenue\nIn millions\n"
	  "Q3'24      Q4'24      Q1'25\n$40,589    $48,385    $42,314\n"
	  "Year-over-year % change   19%   21%   16%\n",
	  "2025-10-29",
	  "meta revenue level 40589000000 USD 2024-09-30 actual exact;"
	  "meta revenue level 42314000000 USD 2025-03-31 actual exact;"
	  "meta revenue level 48385000000 USD 2024-12-31 actual exact;"
	  "meta revenue yoy 16 % 2025-03-31 actual exact;meta revenue yoy 19 % 2024-09-30 actual exact;"
	  "meta revenue yoy 21 % 2024-12-31 actual exact" },
	/* a change against a named base: the month or quarter before is
	 * qoq, a year before yoy, any other leaves the change out (7 月增长
	 * is no 月增 either) */
	{ "谷歌 10 月各平台 token 处理量 1300 万亿，较 7 月增长 33%。台积电 10 月营收 3674.7 亿新台币，较 9 月下降 11.4%。",
	  "2025-11-05",
	  "alphabet token_consumption level 1300000000000000 count 2025-10-31 actual exact;"
	  "tsmc revenue level 367470000000 TWD 2025-10-31 actual exact;tsmc revenue qoq -11.4 % 2025-10-31 actual exact" },
	{ "Nvidia: revenue rose 22% to $57.0 billion in Q3 from $46.7 billion in Q2.", "2025-11-20",
	  "nvidia revenue level 46700000000 USD 2025-07-27 actual exact;nvidia revenue level 57000000000 USD 2025-10-26 actual exact;"
	  "nvidia revenue qoq 22 % 2025-10-26 actual exact" },
	/* a Taiwan monthly revenue table: rows of months in Taiwan's count of
	 * years, 月增率 over the month before, 年增率 over the year */
	{ "台積電114年11月營收報告\n\n單位：新台幣百萬元\n月份        營業收入淨額      月增率      年增率\n"
	  "114年10月     367,473         11.0%      16.9%\n",
	  "2025-12-10",
	  "tsmc revenue level 367473000000 TWD 2025-10-31 actual exact;tsmc revenue qoq 11 % 2025-10-31 actual exact;"
	  "tsmc revenue yoy 16.9 % 2025-10-31 actual exact" },
	/* months without their year over a row of figures: the last of each
	 * gone by, when they run a month apart */
	{ "台積電11月營收報告\n\n表：近三個月營收（單位：新台幣億元）\n項目          9月       10月      11月\n"
	  "營收        3,310     3,675     3,436\n",
	  "2025-12-10",
	  "tsmc revenue level 331000000000 TWD 2025-09-30 actual exact;tsmc revenue level 343600000000 TWD 2025-11-30 actual exact;"
	  "tsmc revenue level 367500000000 TWD 2025-10-31 actual exact" },
	/* a release's segment table: the units in the first cell over the
	 * header, a section that with the row's metric names a metric of the
	 * lexicon (Data Center over Net revenue), a part we do not track
	 * (Client), the total the company's; changes said in words (Up 36%) */
	{ "AMD Reports Third Quarter 2025 Financial Results\n\n                                 Three Months Ended\n"
	  "(Millions)               September 27,    September 28,\n                              2025            2024\n"
	  "Data Center\n  Net revenue                $4,341          $3,549\nClient\n  Net revenue                $2,750          $1,881\n"
	  "Total net revenue          $9,246          $6,819\n\n"
	  "                  Q3 2025      Q3 2024      Y/Y\nRevenue ($M)       $9,246       $6,819      Up 36%\n",
	  "2025-11-04",
	  "amd data_center_revenue level 3549000000 USD 2024-09-30 actual exact;"
	  "amd data_center_revenue level 4341000000 USD 2025-09-30 actual exact;"
	  "amd revenue level 6819000000 USD 2024-09-30 actual exact;amd revenue level 9246000000 USD 2025-09-30 actual exact;"
	  "amd revenue yoy 36 % 2025-09-30 actual exact" },
	/* a month after its context in the text: the first one not before
	 * it, gone by at the report's date (not the nearer one a year back) */
	{ "Anthropic 的年化收入从 1 月的 10 亿美元增长到 10 月的 70 亿美元。", "2025-11-05",
	  "anthropic arr level 1000000000 USD 2025-01-31 actual exact;anthropic arr level 7000000000 USD 2025-10-31 actual exact" },
	/* two charts one after the other: a slide's title and a row of
	 * periods start a table of their own */
	{ "Meta Platforms\nThird Quarter 2025 Results\n\nRevenue\nIn millions\nQ3'24      Q4'24\n$40,589    $48,385\n\n"
	  "Operating Margin\nQ3'24      Q4'24\n43%        48%\n",
	  "2025-10-29",
	  "meta operating_margin level 43 % 2024-09-30 actual exact;meta operating_margin level 48 % 2024-12-31 actual exact;"
	  "meta revenue level 40589000000 USD 2024-09-30 actual exact;meta revenue level 48385000000 USD 2024-12-31 actual exact" },
	/* a month with a mark over a column (Dec 2025E) is a quarter or a
	 * year ending that month, which it does not say: no period */
	{ "Apple (AAPL): FQ1 Preview\n\n($ in millions)        Dec 2025E      Sep 2025A\nTotal revenue            138,400     102,466\n",
	  "2026-01-20", "" },
	/* an apposition describing the metric names none of its own; a
	 * newswire's profit per share is EPS */
	{ "Oracle: Remaining performance obligations, a measure of contracted revenue not yet recognized, rose 438% to "
	  "$523 billion in the quarter ended Nov. 30. Net income was $6.13 billion, or $2.10 profit per share.",
	  "2025-12-10",
	  "oracle eps level 2.1 USD 2025-11-30 actual exact;oracle net_income level 6130000000 USD 2025-11-30 actual exact;"
	  "oracle rpo level 523000000000 USD 2025-11-30 actual exact;oracle rpo yoy 438 % 2025-11-30 actual exact" },
	/* a yearless quarter forecast after a year two ahead: the quarter
	 * under way, not that year's */
	{ "AMD (AMD): Initiating at Buy\n\nOur 2027 EPS estimate is $9.80. AMD guided fourth-quarter revenue to about $9.6 billion.\n",
	  "2025-12-01",
	  "amd eps level 9.8 USD 2027-12-31 estimate exact;amd revenue level 9600000000 USD 2025-12-31 guidance approx" },
	/* a Hong Kong announcement: the units line over a header and a row
	 * of currencies the table takes in */
	{ "Baidu, Inc.\nANNOUNCEMENT OF THE THIRD QUARTER 2025 RESULTS\n\n(In millions except per ADS, unaudited)\n"
	  "                           Q3 2024      Q3 2025       YoY\n"
	  "                           RMB          RMB     US$\n"
	  "Total revenues            33,557       31,174   4,379    (7%)\n",
	  "2025-11-18",
	  "baidu revenue level 31174000000 CNY 2025-09-30 actual exact;baidu revenue level 33557000000 CNY 2024-09-30 actual exact;"
	  "baidu revenue yoy -7 % 2025-09-30 actual exact" },
	/* past a bracketed constant-currency figure and the level the change
	 * went to, the period is the change's too */
	{ "Microsoft: revenue increased 18% (17% in constant currency) to $77.7 billion in fiscal Q1 2026.", "2025-11-18",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact;microsoft revenue yoy 18 % 2025-09-30 actual exact" },
	/* the basis joined to the period: 25Q3一致预期 is the consensus,
	 * FQ3'26E-Street too; a column of valuation multiples (2025E PE) is
	 * no column of the row's metric */
	{ "百度：三季报点评\n\n表1：业绩概览（亿元）\n项目\t25Q3实际\t25Q3一致预期\t差异\n营业收入\t311.7\t307.9\t1.2%\n",
	  "2025-11-19",
	  "baidu revenue level 30790000000 CNY 2025-09-30 consensus exact;"
	  "baidu revenue level 31170000000 CNY 2025-09-30 actual exact" },
	{ "Oracle (ORCL): FQ3'26 Preview\n\n($ in millions)        FQ3'26E-Street   FQ3'26E-Ours\n"
	  "Total revenue            17,100           17,250\n",
	  "2026-03-06",
	  "oracle revenue level 17100000000 USD 2026-02-28 consensus exact;"
	  "oracle revenue level 17250000000 USD 2026-02-28 estimate exact" },
	{ "腾讯控股：业绩点评\n\n表 2：估值\n单位：亿元\n指标          2025E      2025E PE      2026E PE\n"
	  "归母净利润     2,250      18.5          16.2\n",
	  "2025-11-19", "tencent net_income level 225000000000 CNY 2025-12-31 estimate exact" },
	/* a Hong Kong announcement: the units in the label cell over a row
	 * of currencies; a row of the profit attributable to the company */
	{ "Baidu, Inc.\nANNOUNCEMENT OF THE THIRD QUARTER 2025 RESULTS\n\n"
	  "                                    Three months ended September 30,\n"
	  "(In millions except per share)      2024        2025        2025       YoY\n"
	  "                                    RMB         RMB         US$\n"
	  "Total revenues                      33,557      31,174      4,379     (7%)\n"
	  "Net income attributable to Baidu     7,632       3,779        531    (50%)\n",
	  "2025-11-18",
	  "baidu net_income level 3779000000 CNY 2025-09-30 actual exact;baidu net_income level 7632000000 CNY 2024-09-30 "
	  "actual exact;baidu net_income yoy -50 % 2025-09-30 actual exact;baidu revenue level 31174000000 CNY 2025-09-30 "
	  "actual exact;baidu revenue level 33557000000 CNY 2024-09-30 actual exact;baidu revenue yoy -7 % 2025-09-30 "
	  "actual exact" },
	/* a Chinese quarterly report's columns: this quarter, the same quarter
	 * a year before, and the year to date then and now */
	{ "阿里巴巴集团控股有限公司\n2026财年第三季度报告\n\n主要会计数据\n单位：百万元\n\n"
	  "项目          本季度       上年同季度     同比增减(%)     年初至本季度末     上年初至上年同期末\n"
	  "营业收入      284,800      279,200        2.0             785,200            758,600\n",
	  "2026-02-19",
	  "alibaba revenue level 279200000000 CNY 2024-12-31 actual exact;alibaba revenue level 284800000000 CNY 2025-12-31 "
	  "actual exact;alibaba revenue level 758600000000 CNY 2024-12-31 actual exact;alibaba revenue level 785200000000 "
	  "CNY 2025-12-31 actual exact;alibaba revenue yoy 2 % 2025-12-31 actual exact" },
	/* statement headers set on two lines: the quarter over its fiscal year
	 * (it had been read as the year), the words over the days */
	{ "NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2025\n\n"
	  "                     Fourth Quarter   Third Quarter   Fourth Quarter\n"
	  "($ in millions)     Fiscal 2025      Fiscal 2025     Fiscal 2024\n"
	  "Revenue              $39,331          $35,082         $22,103\n",
	  "2025-02-26",
	  "nvidia revenue level 22103000000 USD 2024-01-28 actual exact;nvidia revenue level 35082000000 USD 2024-10-27 "
	  "actual exact;nvidia revenue level 39331000000 USD 2025-01-26 actual exact" },
	{ "NVIDIA Announces Financial Results for Fourth Quarter and Fiscal 2025\n\n"
	  "                          Three Months Ended\n"
	  "($ in millions)      Jan 26, 2025    Oct 27, 2024    Jan 28, 2024\n"
	  "Revenue               $39,331        $35,082        $22,103\n",
	  "2025-02-26",
	  "nvidia revenue level 22103000000 USD 2024-01-28 actual exact;nvidia revenue level 35082000000 USD 2024-10-27 "
	  "actual exact;nvidia revenue level 39331000000 USD 2025-01-26 actual exact" },
	/* a release's statements: the units over a title, (unaudited) and
	 * the period words; twelve months ended the year's last day are the
	 * year; a section naming a part (AWS) holds its rows, one naming a
	 * part the lexicon does not know (North America) leaves them out */
	{ "AMAZON.COM ANNOUNCES FOURTH QUARTER RESULTS\n\n"
	  "                     (in millions, except per share data)\n                                (unaudited)\n\n"
	  "                                Three Months Ended          Twelve Months Ended\n"
	  "                                   December 31,                 December 31,\n"
	  "                                 2024         2025           2024          2025\n"
	  "Total net sales                187,792      213,000        637,959       710,000\n"
	  "AWS\n"
	  "  Net sales                   $ 28,786     $ 35,000      $ 107,556     $ 128,000\n"
	  "North America\n"
	  "  Net sales                   $ 95,000     $ 104,000     $ 350,000     $ 390,000\n",
	  "2026-02-05",
	  "amazon revenue level 187792000000 USD 2024-12-31 actual exact;amazon revenue level 213000000000 USD 2025-12-31 "
	  "actual exact;amazon revenue level 637959000000 USD 2024-12-31 actual exact;amazon revenue level 710000000000 USD "
	  "2025-12-31 actual exact;aws revenue level 107556000000 USD 2024-12-31 actual exact;aws revenue level "
	  "128000000000 USD 2025-12-31 actual exact;aws revenue level 28786000000 USD 2024-12-31 actual exact;aws revenue "
	  "level 35000000000 USD 2025-12-31 actual exact" },
	/* revenue from a part the lexicon does not know, named with its
	 * company's name: none of the company's */
	{ "Revenue from Microsoft Cloud was $46.7 billion in fiscal Q4 2025, and revenue from Microsoft was $76.4 "
	  "billion.", "2025-07-30",
	  "microsoft revenue level 76400000000 USD 2025-06-30 actual exact" },
	/* a part named by capitalized words right after its company, its
	 * metric said after the figure: the part's, the company's figures in
	 * the next sentence and the next clause are the company's */
	{ "In fiscal Q2 2026, the Contoso Cloud business aside, the Microsoft Fabric platform passed $2.1 billion in "
	  "revenue, up 55% from a year ago. Microsoft's Gaming unit declined 9%. Net income was $30.2 billion, up 21%, "
	  "while Alphabet's Other Bets lost $1.4 billion.\n\nMicrosoft Corp. reported revenue of $81.3 billion.",
	  "2026-01-28",
	  "microsoft net_income level 30200000000 USD 2025-12-31 actual exact;microsoft net_income yoy 21 % 2025-12-31 "
	  "actual exact;microsoft revenue level 81300000000 USD 2025-12-31 actual exact" },
	/* a part said in small letters after the metric, with the word for
	 * what it is: with the metric it may name one of the lexicon; a name
	 * in a clause describing the subject is not the subject */
	{ "Nvidia results\n\nSales in the data centre segment, which makes up most of Nvidia's revenue, climbed 58% "
	  "to $41.1 billion in the second quarter of fiscal 2026. Revenue in its automotive unit rose 69% to $586 "
	  "million. Total revenue was $46.7 billion.\n",
	  "2025-08-27",
	  "nvidia data_center_revenue level 41100000000 USD 2025-07-27 actual exact;nvidia data_center_revenue yoy 58 % "
	  "2025-07-27 actual exact;nvidia revenue level 46700000000 USD 2025-07-27 actual exact" },
	/* a call's transcript is on its company, however many others the
	 * analysts name; their "last quarter" is not the call's quarter
	 * before but each company's last, and a company named as a new
	 * subject, or "and its", says its own metric */
	{
	  "Nebius Group N.V. Q3 2025 Earnings Call Transcript\n\nOperator\n\nWelcome to the Nebius third "
	  "quarter 2025 results call.\n\nArkady Volozh -- Chief Executive Officer\n\nThank you. Revenue for the "
	  "quarter was $146 million, up 355% year over year. We now expect annualized run-rate revenue of $7 "
	  "billion to $9 billion by the end of 2026.\n\nMark Murphy -- Analyst\n\nThanks. Oracle said its cloud "
	  "revenue grew 28% last quarter and Microsoft's capex reached $34.9 billion. Amazon also told "
	  "investors AWS grew 20% and its backlog hit $200 billion. How do you compare?\n\nArkady Volozh -- "
	  "Chief Executive Officer\n\nWe see demand well ahead of our capacity.\n",
	  "2025-11-11",
	  "aws backlog level 200000000000 USD 2025-09-30 actual exact;aws revenue yoy 20 % 2025-09-30 actual "
	  "exact;microsoft capex level 34900000000 USD 2025-09-30 actual exact;nebius arr level 8000000000 USD "
	  "2026-12-31 guidance range;nebius revenue level 146000000 USD 2025-09-30 actual exact;nebius revenue yoy "
	  "355 % 2025-09-30 actual exact" },
	/* news that names no quarter: "last quarter" is the one before the
	 * report's date's; a year compared with is no period of what follows,
	 * and a year still to come is none of a figure said as over; what is
	 * spent on is the figure's metric */
	{
	  "Cloud capex roundup\n\nMicrosoft said capital expenditures were $31.2 billion last quarter, up 61% "
	  "from a year earlier, and that spending would grow faster in fiscal 2026 than in fiscal 2025. Azure "
	  "revenue rose 39%.\n\nAmazon expects to spend about $118 billion on capital expenditures this year.\n",
	  "2025-11-14",
	  "amazon capex level 118000000000 USD 2025-12-31 guidance approx;microsoft capex level 31200000000 USD "
	  "2025-09-30 actual exact;microsoft capex yoy 61 % 2025-09-30 actual exact" },
	/* a summary whose rows are years under "Three Months Ended March 31,"
	 * and whose header, right of the rows' labels, names the measures:
	 * each row the quarter of its year, its changes the latest's; a
	 * charge's amount per share is no earnings per share */
	{
	  "Microsoft Cloud results\n"
	  "\n"
	  "REDMOND, Wash. — April 29, 2026 — Microsoft Corp. today announced the following results for the "
	  "quarter ended March 31, 2026:\n"
	  "\n"
	  "·  GAAP results include a charge of $2.2 billion, or $0.29 per share, from its equity-method investments.\n"
	  "\n"
	  "Financial Performance Summary\n"
	  "($ in millions, except per share amounts)\n"
	  "\n"
	  "                                          Three Months Ended March 31,\n"
	  "                                 Revenue   Operating income   Net income   Diluted EPS\n"
	  "2025 As Reported (GAAP)          $70,066            $32,000      $25,824         $3.46\n"
	  "2025 As Adjusted (non-GAAP)      $70,066            $32,000      $25,824         $3.46\n"
	  "2026 As Reported (GAAP)          $82,100            $38,400      $28,900         $3.88\n"
	  "2026 As Adjusted (non-GAAP)      $82,100            $38,400      $31,100         $4.17\n"
	  "Percentage Change Y/Y (GAAP)         17%                20%          12%           12%\n"
	  "Percentage Change Y/Y (non-GAAP)     17%                20%          20%           21%\n",
	  "2026-04-29",
	  "microsoft eps level 3.46 USD 2025-03-31 actual exact;microsoft eps level 3.88 USD 2026-03-31 actual "
	  "exact;microsoft eps yoy 12 % 2026-03-31 actual exact;microsoft net_income level 25824000000 USD "
	  "2025-03-31 actual exact;microsoft net_income level 28900000000 USD 2026-03-31 actual exact;microsoft "
	  "net_income yoy 12 % 2026-03-31 actual exact;microsoft operating_income level 32000000000 USD 2025-03-31 "
	  "actual exact;microsoft operating_income level 38400000000 USD 2026-03-31 actual exact;microsoft "
	  "operating_income yoy 20 % 2026-03-31 actual exact;microsoft revenue level 70066000000 USD 2025-03-31 "
	  "actual exact;microsoft revenue level 82100000000 USD 2026-03-31 actual exact;microsoft revenue yoy 17 % "
	  "2026-03-31 actual exact" },
	/* "the July quarter" is the company's quarter that ends in July; a
	 * part's words before "segment" and the metric after it may name a
	 * metric of the lexicon, as a row's label under a row of revenue does */
	{
	  "AMD 3Q25 first take\n"
	  "\n"
	  "Context. NVIDIA's Data Center segment posted revenue of $41.1 billion in the July\n"
	  "quarter, and its Gaming segment posted revenue of $4.3 billion.\n"
	  "\n"
	  "AMD estimates ($ mn, except per share; fiscal year ends December)\n"
	  "                     3Q24A    3Q25A    4Q25E\n"
	  "Revenue              6,819    9,246    9,720\n"
	  "Data Center          3,549    4,341    5,050\n"
	  "Client and Gaming    2,881    4,000    3,900\n",
	  "2025-11-05",
	  "amd data_center_revenue level 3549000000 USD 2024-09-30 actual exact;amd data_center_revenue level "
	  "4341000000 USD 2025-09-30 actual exact;amd data_center_revenue level 5050000000 USD 2025-12-31 estimate "
	  "exact;amd revenue level 6819000000 USD 2024-09-30 actual exact;amd revenue level 9246000000 USD "
	  "2025-09-30 actual exact;amd revenue level 9720000000 USD 2025-12-31 estimate exact;nvidia "
	  "data_center_revenue level 41100000000 USD 2025-07-27 actual exact" },
	/* 本报告期 opening a sentence of an A-share report's notes is the
	 * report's period, no name of a part */
	{
	  "证券代码：09888　　　　证券简称：百度集团　　　　公告编号：2026-012\n"
	  "\n"
	  "百度集团股份有限公司\n"
	  "2026 年第一季度报告\n"
	  "\n"
	  "一、主要财务数据\n"
	  "\n"
	  "单位：万元　币种：人民币\n"
	  "\n"
	  "| 项目 | 本报告期 | 本报告期比上年同期增减变动幅度（%） |\n"
	  "| --- | --- | --- |\n"
	  "| 营业收入 | 3,260,000 | 2.50 |\n"
	  "\n"
	  "（三）主要会计数据、财务指标发生变动的情况、原因\n"
	  "\n"
	  "1. 本报告期归属于上市公司股东的净利润同比增长，主要原因是成本下降。\n"
	  "2. 本报告期营业收入 326 亿元，环比增长 1.2%；营业利润 40.5 亿元，上年同期为 38.1 亿元。\n",
	  "2026-05-20",
	  "baidu operating_income level 3810000000 CNY 2025-03-31 actual exact;baidu operating_income level "
	  "4050000000 CNY 2026-03-31 actual exact;baidu revenue level 32600000000 CNY 2026-03-31 actual exact;baidu "
	  "revenue qoq 1.2 % 2026-03-31 actual exact;baidu revenue yoy 2.5 % 2026-03-31 actual exact" },
	/* Taiwan's monthly report: a change row under rows of periods is the
	 * latest's; lines indented under a numbered line that leads them in
	 * with a colon are of its quarter, whatever its brackets hold; 稅後純益率
	 * is the net margin */
	{
	  "台積公司2026年1月營收報告\n"
	  "\n"
	  "一、2026年1月合併營收約為新台幣4,012億6千萬元。\n"
	  "\n"
	  "二、營業收入淨額明細如下：\n"
	  "\n"
	  "單位：新台幣百萬元\n"
	  "\n"
	  "期間                      營業收入淨額\n"
	  "2026年1月                   401,255\n"
	  "2025年12月                  335,003\n"
	  "  月增率                      19.8%\n"
	  "2025年1月                   293,288\n"
	  "  年增率                      36.8%\n"
	  "\n"
	  "三、第一季業績展望（本公司依匯率假設新台幣31.5元兌1美元所做之預估）：\n"
	  "　　營收預計介於346億美元至358億美元之間；\n"
	  "　　毛利率預計介於63%至65%之間。\n"
	  "\n"
	  "四、第四季稅後純益率為48.3%。\n",
	  "2026-02-10",
	  "tsmc gross_margin level 64 % 2026-03-31 guidance range;tsmc net_margin level 48.3 % 2025-12-31 actual "
	  "exact;tsmc revenue level 293288000000 TWD 2025-01-31 actual exact;tsmc revenue level 335003000000 TWD "
	  "2025-12-31 actual exact;tsmc revenue level 35200000000 USD 2026-03-31 guidance range;tsmc revenue level "
	  "401255000000 TWD 2026-01-31 actual exact;tsmc revenue qoq 19.8 % 2026-01-31 actual exact;tsmc revenue yoy "
	  "36.8 % 2026-01-31 actual exact" },
	/* another company said as spending in a later clause is not forecast
	 * by the first's words; a bracketed aside does not end the figure's
	 * clause; "its most recent quarter"; a list's commas end no clause;
	 * a group named by a plural is no one company */
	{
	  "Nvidia preview: the spenders keep spending\n\nAmazon raised its 2025 capex plan and flagged faster "
	  "growth in 2026, while Microsoft spent $37.5 billion on capex (including finance leases) in the "
	  "December quarter. Oracle expects capital expenditures of $50 billion this fiscal year, and Alphabet "
	  "spent $27.9 billion in its most recent quarter alone. Microsoft, Alphabet, Amazon and Meta will "
	  "spend roughly $450 billion on capex in calendar 2026. That is a fraction of the $2 trillion the "
	  "largest cloud companies may spend by 2030.\n",
	  "2026-02-10",
	  "alphabet capex level 27900000000 USD 2025-12-31 actual exact;microsoft capex level 37500000000 USD "
	  "2025-12-31 actual exact;oracle capex level 50000000000 USD 2026-05-31 guidance exact" },
	/* a base no figure took ends with its paragraph: it had pointed the
	 * next paragraph's period at an entry not yet made, and a chain of
	 * periods looped for ever; 本季度 said as over, under a half's frame,
	 * is the quarter last ended by the report's date */
	{ "腾讯控股 2025 年中期业绩\n\n腾讯本季度收入 1,845 亿元，增速高于2024年。\n\n"
	  "上半年收入 3,645 亿元。本季度经营利润 693 亿元，较上季度增长 4%。\n",
	  "2025-08-14",
	  "tencent operating_income level 69300000000 CNY 2025-06-30 actual exact;tencent operating_income qoq 4 % "
	  "2025-06-30 actual exact;tencent revenue level 184500000000 CNY 2025-06-30 actual exact;tencent revenue level "
	  "364500000000 CNY 2025-06-30 actual exact" },
	/* what a forecast is compared with, of a year long reported, is
	 * history, and the company named between the base and its year
	 * moves no period; "revenues in the Americas" are a region's; ",
	 * which increased 9%" after words of no metric is no metric's;
	 * quarter-on-quarter is sequential */
	{
	  "Broadcom fiscal 2026 preview\n\nFor fiscal 2026, analysts expect Broadcom revenue of $80.1 billion, "
	  "up roughly 26% from the $63.9 billion Broadcom reported for fiscal 2025, and adjusted EPS of $8.60, "
	  "versus $6.82 in fiscal 2025. Excluding currency effects, revenues in the Americas grew 11% last "
	  "year, and operating expenses rose on data center expansion, which increased 9%.\n\nTencent's "
	  "revenues were RMB193.0 billion for the third quarter of 2025, up 5% quarter-on-quarter.\n",
	  "2026-03-10",
	  "broadcom eps level 6.82 USD 2025-11-02 actual exact;broadcom eps level 8.6 USD 2026-11-01 estimate "
	  "exact;broadcom revenue level 63900000000 USD 2025-11-02 actual exact;broadcom revenue level 80100000000 "
	  "USD 2026-11-01 consensus exact;broadcom revenue yoy 26 % 2026-11-01 estimate approx;tencent revenue level "
	  "193000000000 CNY 2025-09-30 actual exact;tencent revenue qoq 5 % 2025-09-30 actual exact" },
	/* rows of companies with a column of their periods: each row's
	 * period is its own, each column's units in its head, and a column of
	 * a year's guidance is left out rather than taken as the table's
	 * period */
	{
	  "云计算行业周报\n"
	  "\n"
	  "表1：海外云厂商最新季度业绩\n"
	  "公司    财季      营收(亿美元)   营收同比   资本开支(亿美元)   2026年资本开支指引(亿美元)\n"
	  "微软    FY26Q3    845.0          +16%       402.0              未给出\n"
	  "谷歌    1Q26      1102.5         +15%       301.0              1800-1900\n"
	  "亚马逊  1Q26      1721.0         +11%       410.0              约2100\n",
	  "2026-05-04",
	  "alphabet capex level 30100000000 USD 2026-03-31 actual exact;alphabet revenue level 110250000000 USD "
	  "2026-03-31 actual exact;alphabet revenue yoy 15 % 2026-03-31 actual exact;amazon capex level 41000000000 "
	  "USD 2026-03-31 actual exact;amazon revenue level 172100000000 USD 2026-03-31 actual exact;amazon revenue "
	  "yoy 11 % 2026-03-31 actual exact;microsoft capex level 40200000000 USD 2026-03-31 actual exact;microsoft "
	  "revenue level 84500000000 USD 2026-03-31 actual exact;microsoft revenue yoy 16 % 2026-03-31 actual exact" },
	/* what a forecast comes down from, said as no one's estimate, is what
	 * was reported */
	{ "Broadcom reports fiscal Q4 results on Dec. 11. Consensus sees operating margin at 66.1%, down from 66.8% "
	  "in the third quarter.",
	  "2025-12-05",
	  "broadcom operating_margin level 66.1 % 2025-11-02 consensus exact;broadcom operating_margin level 66.8 % "
	  "2025-08-03 actual exact" },
	/* a slide's outlook heading frames its bullets with its quarter still
	 * to come, as the company's guidance; a heading that names a quarter
	 * over and the next one's guidance does not make its actuals guidance */
	{ "AMD Financial Analyst Day\n\nQ1 2026 Outlook(2)\n\u2022 Revenue ~$9.8B, plus or minus $300M\n"
	  "\u2022 Non-GAAP gross margin ~55%\n\n"
	  "1. AMD: Q4 2025 results beat, Q1 guidance strong\n"
	  "AMD Q4 2025 revenue was $10.3 billion, up 34% year over year.\n",
	  "2026-02-12",
	  "amd gross_margin level 55 % 2026-03-31 guidance approx;amd revenue level 10300000000 USD 2025-12-31 actual "
	  "exact;amd revenue level 9800000000 USD 2026-03-31 guidance approx;amd revenue yoy 34 % 2025-12-31 actual exact" },
	/* a product's name that ends in its number names a part */
	{ "Salesforce Q3 FY26: our Agentforce and Data 360 ARR reached nearly $1.4 billion, up 114% year-over-year. "
	  "Revenue was $10.3 billion.",
	  "2025-12-03", "salesforce revenue level 10300000000 USD 2025-10-31 actual exact" },
	/* "Turning to Google Cloud.": the part the text turns to is what the
	 * next sentence is about, not an object of "to" */
	{ "Alphabet's consolidated revenues were $96.4 billion in Q2 2025, up 14%. Turning to Google Cloud. "
	  "Revenue increased 32% to $13.6 billion.",
	  "2025-07-23",
	  "alphabet revenue level 96400000000 USD 2025-06-30 actual exact;alphabet revenue yoy 14 % 2025-06-30 actual "
	  "exact;google-cloud revenue level 13600000000 USD 2025-06-30 actual exact;google-cloud revenue yoy 32 % "
	  "2025-06-30 actual exact" },
	/* how far one figure is from another, a change said as an amount,
	 * and a part named by the company's name run on into 云 (with its
	 * English name in brackets) are none of the company's levels */
	{ "We model Nvidia F4Q26 revenue of $66.2 billion, roughly $1.1 billion above the consensus of $65.1 billion. "
	  "Apple total net sales increased 8%, or $30.2 billion, during fiscal 2025 compared to fiscal 2024.\n\n"
	  "微软 FY26Q3 业绩：微软云(Microsoft Cloud)整体收入达到 540 亿美元。公司总收入 835 亿美元。\n",
	  "2026-05-02",
	  "apple revenue yoy 8 % 2025-09-27 actual exact;microsoft revenue level 83500000000 USD 2026-03-31 actual exact;"
	  "nvidia revenue level 65100000000 USD 2026-01-25 consensus exact;nvidia revenue level 66200000000 USD "
	  "2026-01-25 estimate exact" },
	/* a figure written to two or three figures goes when the document
	 * gives the same key to its last unit */
	{ "AMD reports third quarter 2025 results\n\nThird quarter revenue was a record $9.2 billion and operating "
	  "income was $1.3 billion.\n\n(In millions)         Q3 2025     Q3 2024\n"
	  "Revenue               $9,246      $6,819\nOperating income      $1,270      $724\n",
	  "2025-11-04",
	  "amd operating_income level 1270000000 USD 2025-09-30 actual exact;amd operating_income level 724000000 USD "
	  "2024-09-30 actual exact;amd revenue level 6819000000 USD 2024-09-30 actual exact;amd revenue level 9246000000 "
	  "USD 2025-09-30 actual exact" },
	/* a table set with ideographic spaces: each is two columns wide, and
	 * the figures stay under their years */
	{ "微软盈利预测\n\n单位：百万美元；财年截至每年6月30日\n"
	  "指标\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000FY24A\u3000\u3000\u3000FY25A\u3000\u3000\u3000FY26E\n"
	  "营业收入(百万美元)\u3000245,100\u3000\u3000281,700\u3000\u3000326,000\n",
	  "2026-02-02",
	  "microsoft revenue level 245100000000 USD 2024-06-30 actual exact;microsoft revenue level 281700000000 USD "
	  "2025-06-30 actual exact;microsoft revenue level 326000000000 USD 2026-06-30 estimate exact" },
	/* a month after 自 is what the change is from; 前11月 the year to date */
	{ "台積電12月營收自11月的高點回落，月減3.1%。前11月累計營收年增31.5%。", "2026-01-09",
	  "tsmc revenue qoq -3.1 % 2025-12-31 actual exact;tsmc revenue yoy 31.5 % 2025-11-30 actual exact" },
	/* the same forecast, then a figure not said as over: left out */
	{ "Broadcom forecasts second-quarter revenue above estimates\n\nGross margin of 79%.\n", "2026-03-05", "" },
	/* an unknown company carries nothing */
	{ "Contoso reported revenue of $3.1 billion for Q2 2025, up 12% year over year.", "2025-08-01", "" },
	/* a level the comparison owns is the period before's, and says the change's kind */
	{ "甲骨文本季度末剩余履约义务较上季度末的4800亿美元增长约9%。", "2025-12-12",
	  "oracle rpo level 480000000000 USD 2025-08-31 actual exact;oracle rpo qoq 9 % 2025-11-30 actual approx" },
	/* a company named after 包含 is an object; the next sentence is still the subject's */
	{ "百度本季度净利润为75亿元，其中包含阿里巴巴股权投资带来的收益；每股收益为2.1元。", "2025-11-20",
	  "baidu eps level 2.1 CNY 2025-09-30 actual exact;"
	  "baidu net_income level 7500000000 CNY 2025-09-30 actual exact" },
	/* a company named in a reason clause (考虑到) is not the subject after it */
	{ "考虑到AWS增长强劲，我们上调2026年营收预测至8000亿美元。", "2026-02-10",
	  "" },
	/* "last year" on a February call about the fourth quarter is the year before that quarter */
	{ "Meta fourth quarter results. Operating margin was 41%, compared to 48% in the fourth "
	  "quarter last year.",
	  "2026-01-29",
	  "meta operating_margin level 41 % 2025-12-31 actual exact;"
	  "meta operating_margin level 48 % 2024-12-31 actual exact" },
	/* the compared figures' period is no context for the next sentence; a figure excluding
	 * exchange rates is an adjusted one */
	{ "Amazon net income was $21.2 billion in Q4, compared to $20.0 billion, or $1.86 per "
	  "diluted share, in Q4 of last year. Net sales increased 14%. Excluding the impact of "
	  "foreign exchange, net sales increased 13%.",
	  "2026-02-06",
	  "amazon eps level 1.86 USD 2024-12-31 actual exact;"
	  "amazon net_income level 20000000000 USD 2024-12-31 actual exact;"
	  "amazon net_income level 21200000000 USD 2025-12-31 actual exact;"
	  "amazon revenue yoy 14 % 2025-12-31 actual exact" },
	/* "It" reaching a figure is the measure the sentence before gave */
	{ "Cursor's ARR passed $2 billion in February. It crossed $1 billion in November.", "2026-03-06",
	  "cursor arr level 1000000000 USD 2025-11-30 actual at_least;"
	  "cursor arr level 2000000000 USD 2026-02-28 actual at_least" },
	/* a month under way on the report's date, after a context month */
	{ "Anthropic run-rate revenue topped $3 billion in May. Claude Code was at $200 million in "
	  "annualized revenue as of early June.",
	  "2025-06-12",
	  "anthropic arr level 3000000000 USD 2025-05-31 actual at_least;"
	  "claude-code arr level 200000000 USD 2025-06-30 actual exact" },
	/* a rate to exit a year at is of its last month */
	{ "Nebius aims to exit 2026 at $7 billion to $9 billion of run-rate revenue.", "2026-02-20",
	  "nebius arr level 8000000000 USD 2026-12-31 estimate range" },
	/* 以美元计算 names no part */
	{ "台积电第四季以美元计算营收为337亿美元，季增2%。", "2026-01-16",
	  "tsmc revenue level 33700000000 USD 2025-12-31 actual exact;tsmc revenue qoq 2 % 2025-12-31 actual exact" },
	/* a level in new Taiwan dollars beside the same one in US dollars,
	 * rough or not, yields to it; a rough figure in its own currency is
	 * the twin of the exact one ("surpasses 24 trillion won") */
	{ "台积电2025年全年营收为新台币3兆8,090亿元；若以美元计算，全年营收约1,220亿美元。\n\n"
	  "SK hynix Q3 2025: revenue of 24.4489 trillion won. Quarterly revenue surpasses 24 trillion won.",
	  "2026-01-16",
	  "sk-hynix revenue level 24448900000000 KRW 2025-09-30 actual exact;"
	  "tsmc revenue level 122000000000 USD 2025-12-31 actual approx" },
	/* 他并预期 opens on no name */
	{ "台积电表示需求强劲。他并预期2026年全年营收将成长近30%。", "2026-01-16",
	  "tsmc revenue yoy 30 % 2026-12-31 estimate approx" },
	/* a company named in its own sentence is the one "the company" means, whatever the sentence
	 * before */
	{ "Contoso's revenue was $2 billion in Q4. AMD's data center revenue was $5.4 billion in Q4, "
	  "and the company guided Q1 revenue to about $9.8 billion.",
	  "2026-02-10",
	  "amd data_center_revenue level 5400000000 USD 2025-12-31 actual exact;"
	  "amd revenue level 9800000000 USD 2026-03-31 guidance approx" },
	/* a part described as "the company's" stays the subject; "August." names no part */
	{ "Claude Code, the company's coding agent, generated more than $500 million in run-rate "
	  "revenue in August.",
	  "2025-12-15",
	  "claude-code arr level 500000000 USD 2025-08-31 actual at_least" },
	/* a dash set apart from a figure is punctuation, not a minus */
	{ "CoreWeave backlog -- $55.6 billion at the end of September -- keeps growing.", "2025-11-12",
	  "coreweave backlog level 55600000000 USD 2025-09-30 actual exact" },
	/* 9月季度 is the quarter ended in September */
	{ "阿里巴巴9月季度收入2478亿元，市场预计12月季度收入增速在5%-8%之间。", "2025-11-26",
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact;"
	  "alibaba revenue yoy 6.5 % 2025-12-31 estimate range" },
	/* the growth of the quarter after 比, and of one named again in brackets */
	{ "阿里云FY26Q2收入同比增长34%，增速比上一季度（FY26Q1）的26%明显提升；同期阿里巴巴资本开支为"
	  "315亿元。Azure本季度同比增长39%，比上一季度的40%略有放缓。",
	  "2025-11-25",
	  "alibaba capex level 31500000000 CNY 2025-09-30 actual exact;"
	  "alibaba-cloud revenue yoy 26 % 2025-06-30 actual exact;"
	  "alibaba-cloud revenue yoy 34 % 2025-09-30 actual exact;azure revenue yoy 39 % 2025-09-30 actual exact;"
	  "azure revenue yoy 40 % 2025-06-30 actual exact" },
	/* a clause naming another period gives its percentage the kind of the change before */
	{ "本季度Azure收入同比增长39%，上一季度（FY26Q1）为40%。", "2026-02-08",
	  "azure revenue yoy 39 % 2025-12-31 actual exact;azure revenue yoy 40 % 2025-09-30 actual exact" },
	/* 这个数字 is the measure already named */
	{ "谷歌云Q4末的积压订单达到2400亿美元，而三季度末这个数字是1550亿美元。", "2026-02-08",
	  "google-cloud backlog level 155000000000 USD 2025-09-30 actual exact;"
	  "google-cloud backlog level 240000000000 USD 2025-12-31 actual exact" },
	/* 本季度 after the quarter before is the quarter reported */
	{ "阿里云本季度收入398亿元。上一季度，阿里云收入约334亿元。以此计算，阿里云本季度收入环比增长"
	  "约19%。",
	  "2025-11-25",
	  "alibaba-cloud revenue level 33400000000 CNY 2025-06-30 actual approx;"
	  "alibaba-cloud revenue level 39800000000 CNY 2025-09-30 actual exact;"
	  "alibaba-cloud revenue qoq 19 % 2025-09-30 actual approx" },
	/* non-GAAP net income and run-rate revenue as mainland news writes them */
	{ "阿里巴巴本季度非公认会计准则净利润为103.5亿元。AWS年化收入运行率已超过1400亿美元。", "2025-11-25",
	  "alibaba adjusted_net_income level 10350000000 CNY 2025-09-30 actual exact;"
	  "aws arr level 140000000000 USD 2025-09-30 actual at_least" },
	/* Guidance, Consensus and a house's name over rows whose labels name
	 * their periods: whose figure each column holds, of the row's period
	 * (and no period read from the figure on the line above, 1.32\nQ1) */
	{ "AMD Q4 2025 preview\n\nTable 3: Our numbers against the Street\n\n"
	  "                           Guidance    Consensus    K&B\n"
	  "Q4 2025 revenue ($bn)         9.6         9.7        9.9\n"
	  "Q4 2025 EPS ($)                --         1.32       1.36\n"
	  "Q1 2026 revenue ($bn)         --          9.4        9.8\n",
	  "2026-01-20",
	  "amd eps level 1.32 USD 2025-12-31 consensus exact;amd eps level 1.36 USD 2025-12-31 estimate exact;"
	  "amd revenue level 9400000000 USD 2026-03-31 consensus exact;"
	  "amd revenue level 9600000000 USD 2025-12-31 guidance exact;"
	  "amd revenue level 9700000000 USD 2025-12-31 consensus exact;"
	  "amd revenue level 9800000000 USD 2026-03-31 estimate exact;"
	  "amd revenue level 9900000000 USD 2025-12-31 estimate exact" },
	/* rows of companies with a Quarter column: "Revenue est." holds
	 * estimates of the row's quarter, "Year ago" that quarter a year back
	 * as reported (the header's case no matter) */
	{ "What the Street expects this week.\n\n"
	  "  Company     Quarter          Revenue est.   Year ago     EPS est.   Year ago\n"
	  "  Microsoft   FY26 Q2 (Dec)       $80.1bn      $69.6bn       $3.90      $3.23\n"
	  "  Meta        Q4 2025             $58.2bn      $48.4bn       $8.20      $8.02\n",
	  "2026-01-26",
	  "meta eps level 8.02 USD 2024-12-31 actual exact;meta eps level 8.2 USD 2025-12-31 estimate exact;"
	  "meta revenue level 48400000000 USD 2024-12-31 actual exact;"
	  "meta revenue level 58200000000 USD 2025-12-31 estimate exact;"
	  "microsoft eps level 3.23 USD 2024-12-31 actual exact;microsoft eps level 3.9 USD 2025-12-31 estimate exact;"
	  "microsoft revenue level 69600000000 USD 2024-12-31 actual exact;"
	  "microsoft revenue level 80100000000 USD 2025-12-31 estimate exact" },
	/* a caption of growth y/y naming no measure: the rows' revenue growth */
	{ "Figure 3: Cloud growth, y/y\n                    3Q24     4Q24     1Q25\n"
	  "Azure                33%      31%      33%\nAWS                  19%      19%      17%\n",
	  "2025-08-01",
	  "aws revenue yoy 17 % 2025-03-31 actual exact;aws revenue yoy 19 % 2024-09-30 actual exact;"
	  "aws revenue yoy 19 % 2024-12-31 actual exact;azure revenue yoy 31 % 2024-12-31 actual exact;"
	  "azure revenue yoy 33 % 2024-09-30 actual exact;azure revenue yoy 33 % 2025-03-31 actual exact" },
	/* a table captioned NON-GAAP holds adjusted figures: the GAAP ones
	 * stand */
	{ "AMD reports third quarter 2025 results\n\nQ3 2025 SUMMARY P&L (GAAP)\nIn millions\n\n"
	  "                                  Q3'25          Q3'24\n"
	  "Revenue                          $9,246         $6,819\nOperating income                 $1,270           $724\n\n"
	  "Q3 2025 SUMMARY P&L (NON-GAAP)\nIn millions\n\n                                  Q3'25          Q3'24\n"
	  "Revenue                          $9,246         $6,819\nOperating income                 $2,219         $1,715\n",
	  "2025-11-05",
	  "amd operating_income level 1270000000 USD 2025-09-30 actual exact;"
	  "amd operating_income level 724000000 USD 2024-09-30 actual exact;"
	  "amd revenue level 6819000000 USD 2024-09-30 actual exact;amd revenue level 9246000000 USD 2025-09-30 actual exact" },
	/* a margin said in dollars is its profit; "Operating margin %" the margin */
	{ "Oracle Corporation Form 10-Q\n\n                                               Three Months Ended November 30,\n"
	  "(Dollars in millions)                          2025          2024       % Change\n"
	  "Total revenues                                16,058        14,059          14%\n"
	  "Total operating margin                     $   4,720     $   4,101          15%\n"
	  "Total operating margin %                         29%           29%\n",
	  "2025-12-10",
	  "oracle operating_income level 4101000000 USD 2024-11-30 actual exact;"
	  "oracle operating_income level 4720000000 USD 2025-11-30 actual exact;"
	  "oracle operating_margin level 29 % 2024-11-30 actual exact;oracle operating_margin level 29 % 2025-11-30 actual exact;"
	  "oracle revenue level 14059000000 USD 2024-11-30 actual exact;"
	  "oracle revenue level 16058000000 USD 2025-11-30 actual exact;oracle revenue yoy 14 % 2025-11-30 actual exact" },
	/* an estimate-change table: the New column under each year is the
	 * house's estimate of it, the Old one superseded */
	{ "Oracle Corp. (ORCL) first take\n\nESTIMATE CHANGES\n\n"
	  "                              FY26E (May-26)           FY27E (May-27)\n"
	  "($bn unless stated)           Old        New           Old        New\n"
	  "Total revenue                66.0       66.8          84.0       85.2\n"
	  "Capex                        50.0       54.0          68.0       75.0\n",
	  "2026-03-11",
	  "oracle capex level 54000000000 USD 2026-05-31 estimate exact;"
	  "oracle capex level 75000000000 USD 2027-05-31 estimate exact;"
	  "oracle revenue level 66800000000 USD 2026-05-31 estimate exact;"
	  "oracle revenue level 85200000000 USD 2027-05-31 estimate exact" },
	/* a row that says only whose estimate it is (Consensus, FactSet
	 * consensus) gives the Street's figures of the metric above it; a
	 * comparison with them (vs. cons.) is none */
	{ "Alphabet (GOOGL): estimates into the print\n\n"
	  "($ in millions)         4Q25E      FY26E\n"
	  "Revenue                 111,400    455,000\n"
	  "  Consensus             110,900    451,200\n"
	  "  vs. cons.             0.5%       0.8%\n"
	  "Capex                   28,000     170,000\n"
	  "  FactSet consensus     27,100     165,000\n",
	  "2026-01-28",
	  "alphabet capex level 165000000000 USD 2026-12-31 consensus exact;"
	  "alphabet capex level 170000000000 USD 2026-12-31 estimate exact;"
	  "alphabet capex level 27100000000 USD 2025-12-31 consensus exact;"
	  "alphabet capex level 28000000000 USD 2025-12-31 estimate exact;"
	  "alphabet revenue level 110900000000 USD 2025-12-31 consensus exact;"
	  "alphabet revenue level 111400000000 USD 2025-12-31 estimate exact;"
	  "alphabet revenue level 451200000000 USD 2026-12-31 consensus exact;"
	  "alphabet revenue level 455000000000 USD 2026-12-31 estimate exact" },
	/* a figure said as over after a forecast, in a paragraph that
	 * opened on the forecast, is of the quarter the story reported (the
	 * one before the forecast's), and so is the estimate it beat */
	{ "Dec 17 (Reuters) - Micron Technology reported first-quarter results that topped expectations.\n\n"
	  "Revenue rose 57% to $13.64 billion in the quarter ended Nov. 27.\n\n"
	  "Micron expects second-quarter revenue of about $18.7 billion. "
	  "Adjusted earnings per share came in at $4.78, beating estimates of $3.95.",
	  "2025-12-17",
	  "micron eps level 3.95 USD 2025-11-27 consensus exact;micron eps level 4.78 USD 2025-11-27 actual exact;"
	  "micron revenue level 13640000000 USD 2025-11-27 actual exact;"
	  "micron revenue level 18700000000 USD 2026-02-26 guidance approx;"
	  "micron revenue yoy 57 % 2025-11-27 actual exact" },
	/* what a text compares a figure with, named as the analysts'
	 * estimate (一致预期), is their estimate however long ago its period
	 * ended; a list of values past a ；takes the range of years before it */
	{ "快手(01024.HK)三季度营收355亿元，同比+14%，略高于彭博一致预期的352亿元。"
	  "我们预计公司2025-2027年营业收入分别为1,420/1,560/1,690亿元；经调整净利润分别为-20/190/230亿元。",
	  "2025-12-01",
	  "kuaishou adjusted_net_income level -2000000000 CNY 2025-12-31 estimate exact;"
	  "kuaishou adjusted_net_income level 19000000000 CNY 2026-12-31 estimate exact;"
	  "kuaishou adjusted_net_income level 23000000000 CNY 2027-12-31 estimate exact;"
	  "kuaishou revenue level 142000000000 CNY 2025-12-31 estimate exact;"
	  "kuaishou revenue level 156000000000 CNY 2026-12-31 estimate exact;"
	  "kuaishou revenue level 169000000000 CNY 2027-12-31 estimate exact;"
	  "kuaishou revenue level 35200000000 CNY 2025-09-30 consensus exact;"
	  "kuaishou revenue level 35500000000 CNY 2025-09-30 actual exact;"
	  "kuaishou revenue yoy 14 % 2025-09-30 actual exact" },
	/* a period said in brackets that close its sentence is the aside's:
	 * the next sentence goes on with the one before */
	{ "拼多多三季度营收1083亿元，同比+9%(二季度为1040亿元);\n经营利润250亿元，同比+3%。",
	  "2025-11-30",
	  "pdd operating_income level 25000000000 CNY 2025-09-30 actual exact;"
	  "pdd operating_income yoy 3 % 2025-09-30 actual exact;pdd revenue level 104000000000 CNY 2025-06-30 actual exact;"
	  "pdd revenue level 108300000000 CNY 2025-09-30 actual exact;pdd revenue yoy 9 % 2025-09-30 actual exact" },
	/* a note on one company that writes its fiscal quarter (3QFY26)
	 * counts 3Q26 as the company does; what a preview says of the quarter
	 * it previews is expected, over or not */
	{ "Oracle Corp. (ORCL)\n3QFY26 preview: the cloud ramp is in the numbers\n\n"
	  "3Q26 revenue: we are at $17.0bn, consensus $16.9bn.\n\n"
	  "($bn)          2Q26A     3Q26E     4Q26E\n"
	  "Revenue         16.1      17.0      19.2\n",
	  "2026-03-05",
	  "oracle revenue level 16100000000 USD 2025-11-30 actual exact;"
	  "oracle revenue level 16900000000 USD 2026-02-28 consensus exact;"
	  "oracle revenue level 17000000000 USD 2026-02-28 estimate exact;"
	  "oracle revenue level 19200000000 USD 2026-05-31 estimate exact" },
	/* 全财年 is the company's whole year, not the quarter said before */
	{ "阿里巴巴2026财年第三季度收入2,848亿元，同比增长5%。全财年阿里云收入1,576.5亿元，同比增长34%。",
	  "2026-05-15",
	  "alibaba revenue level 284800000000 CNY 2025-12-31 actual exact;alibaba revenue yoy 5 % 2025-12-31 actual exact;"
	  "alibaba-cloud revenue level 157650000000 CNY 2026-03-31 actual exact;"
	  "alibaba-cloud revenue yoy 34 % 2026-03-31 actual exact" },
	/* a share bar's 微博 is junk: no company whose calendar the period
	 * after it is read in */
	{ "2026-05-15 07:32  来源：XX财经\n字号：大 中 小    分享到：微信 微博 QQ空间\n\n"
	  "XX财经5月15日讯，阿里巴巴集团5月14日晚间发布业绩。\n\n财报显示，2026财年第四季度，阿里巴巴实现收入2,578.3亿元。",
	  "2026-05-15",
	  "alibaba revenue level 257830000000 CNY 2026-03-31 actual exact" },
	/* a yearless quarter said of what is to come (would be) is the one
	 * under way; what analysts expected of a figure makes its sentence
	 * no forecast; "embedded revenue" is a part the lexicon does not know */
	{ "AMD said on Tuesday that first-quarter revenue would be about $9.8 billion.\n\n"
	  "Revenue in its data center segment rose 39% to $5.38 billion in the fourth quarter, compared with the "
	  "$5.2 billion expected by analysts, while embedded revenue was roughly flat at $950 million.",
	  "2026-02-03",
	  "amd data_center_revenue level 5200000000 USD 2025-12-31 estimate exact;"
	  "amd data_center_revenue level 5380000000 USD 2025-12-31 actual exact;"
	  "amd data_center_revenue yoy 39 % 2025-12-31 actual exact;"
	  "amd revenue level 9800000000 USD 2026-03-31 estimate approx" },
	/* the amount after a per-share one in a list ("$1.32 per share and
	 * $1.09 a year earlier") is per share too */
	{ "For the fourth quarter ended Dec. 27, revenue at AMD rose 34% to $10.27 billion. Excluding items, AMD earned "
	  "$1.53 per share, compared with estimates of $1.32 per share and $1.09 a year earlier.",
	  "2026-02-03",
	  "amd eps level 1.09 USD 2024-12-31 actual exact;amd eps level 1.32 USD 2025-12-31 estimate exact;"
	  "amd eps level 1.53 USD 2025-12-31 actual exact;amd revenue level 10270000000 USD 2025-12-31 actual exact;"
	  "amd revenue yoy 34 % 2025-12-31 actual exact" },
	/* a post's section heading boxed in by rules frames its section (谷歌云's
	 * backlog); the company named in the sentence before, under a heading
	 * on its part, goes on (微软's capex is no part's) */
	{ "四大云厂商 Q4 成绩单\n\n导读：这一季，我们把几家云厂商的最新财报数据放在一起，看看谁跑得最快，谁在掉队。\n\n"
	  "━━━━━━━━━━━━━━\n02 | 微软 Azure：增速 39%\n━━━━━━━━━━━━━━\n\n"
	  "微软 FY26Q2 Azure 收入同比增长 39%。微软商业未完成订单同比增长 110%，达到约 6,250 亿美元。当季资本开支为 375 亿美元，同比增长 66%。\n\n"
	  "━━━━━━━━━━━━━━\n03 | 谷歌云：最快的那个\n━━━━━━━━━━━━━━\n\n"
	  "谷歌云 Q4 营收 177 亿美元，同比增长 48%。积压订单环比增长 55%，至 2,400 亿美元。",
	  "2026-02-22",
	  "azure revenue yoy 39 % 2025-12-31 actual exact;"
	  "google-cloud backlog level 240000000000 USD 2025-12-31 actual exact;"
	  "google-cloud backlog qoq 55 % 2025-12-31 actual exact;"
	  "google-cloud revenue level 17700000000 USD 2025-12-31 actual exact;"
	  "google-cloud revenue yoy 48 % 2025-12-31 actual exact;"
	  "microsoft capex level 37500000000 USD 2025-12-31 actual exact;microsoft capex yoy 66 % 2025-12-31 actual exact;"
	  "microsoft rpo level 625000000000 USD 2025-12-31 actual approx;microsoft rpo yoy 110 % 2025-12-31 actual exact" },
	/* an aside's period after a figure, not right after it (最快增速（三季度为
	 * 20%）), is the aside's: past it the sentence's quarter again */
	{ "亚马逊公布 2025 年四季度财报。AWS 当季营收 356 亿美元，同比增长 24%，是近 13 个季度以来最快增速（三季度为 20%）；"
	  "经营利润率 35.1%。",
	  "2026-02-22",
	  "aws operating_margin level 35.1 % 2025-12-31 actual exact;aws revenue level 35600000000 USD 2025-12-31 actual exact;"
	  "aws revenue yoy 20 % 2025-09-30 actual exact;aws revenue yoy 24 % 2025-12-31 actual exact" },
	/* "a year earlier" before a word of comparing was the change's, not
	 * the next figure's; a header whose cells name periods is no units
	 * line, whatever its last cell says in brackets (% Change (USD)) */
	{ "Salesforce reported results for its third quarter of fiscal 2026.\n\n"
	  "Remaining performance obligations were $59.5 billion at quarter end, up 11% from a year earlier and compared "
	  "with $58.2 billion at the end of the second quarter.\n\n"
	  "Summary (in millions, except per share data)\n"
	  "                          Q3 FY26     Q3 FY25    % Change (USD)\n"
	  "Total revenues            10,259       9,444         9%\n"
	  "GAAP operating income      2,210       1,903        16%\n",
	  "2025-12-03",
	  "salesforce operating_income level 1903000000 USD 2024-10-31 actual exact;"
	  "salesforce operating_income level 2210000000 USD 2025-10-31 actual exact;"
	  "salesforce operating_income yoy 16 % 2025-10-31 actual exact;"
	  "salesforce revenue level 10259000000 USD 2025-10-31 actual exact;"
	  "salesforce revenue level 9444000000 USD 2024-10-31 actual exact;"
	  "salesforce revenue yoy 9 % 2025-10-31 actual exact;salesforce rpo level 58200000000 USD 2025-07-31 actual exact;"
	  "salesforce rpo level 59500000000 USD 2025-10-31 actual exact;salesforce rpo yoy 11 % 2025-10-31 actual exact" },
	/* a note's bullets open on a side of the accounts (■ 现金流：) that is
	 * no company's name; 高于一致预期约 4% is a beat's margin, no figure; a
	 * change row under an adjusted figure is adjusted too, and neither is
	 * the twin of a reported figure the note does not give */
	{ "网易（9999.HK）2025 年四季度业绩点评\n\n"
	  "■ 利润：四季度 Non-GAAP 归母净利润 95.1 亿元，同比增长 12%，高于一致预期约 4%。\n"
	  "■ 现金流：四季度资本开支 12 亿元，同比增长 20%。\n\n"
	  "表 1：盈利预测（单位：百万元人民币）\n"
	  "指标                      2025A      2026E\n"
	  "Non-GAAP 归母净利润        36,100     39,800\n"
	  "  同比增速(%)               8.5       10.2\n",
	  "2026-02-27",
	  "netease capex level 1200000000 CNY 2025-12-31 actual exact;netease capex yoy 20 % 2025-12-31 actual exact;"
	  "netease net_income level 36100000000 CNY 2025-12-31 actual exact;"
	  "netease net_income level 39800000000 CNY 2026-12-31 estimate exact;"
	  "netease net_income level 9510000000 CNY 2025-12-31 actual exact;"
	  "netease net_income yoy 10.2 % 2026-12-31 estimate exact;netease net_income yoy 12 % 2025-12-31 actual exact;"
	  "netease net_income yoy 8.5 % 2025-12-31 actual exact" },
	/* "a print below 74%" is a line drawn, no figure */
	{ "NVIDIA Corp. 4QFY26 preview. Gross margin: management intends to hold margins in the mid-70s; a print below "
	  "74% would be read badly. We model 4Q26 gross margin of 75.0%.",
	  "2026-02-18", "nvidia gross_margin level 75 % 2026-01-25 estimate exact" },
	/* 經調整盈利 is adjusted profit (migration 0025), not the revenue said
	 * before it; the percentage 較去年同期的 owns is the margin then */
	{ "騰訊第四季收入增13% 經調整盈利按年升21%勝預期\n\n"
	  "第四季毛利按年增長20%至1,095億元，毛利率為56.2%，較去年同期的52.9%提升3.3個百分點。",
	  "2026-03-19",
	  "tencent adjusted_net_income yoy 21 % 2025-12-31 actual exact;tencent gross_margin level 52.9 % 2024-12-31 actual exact;"
	  "tencent gross_margin level 56.2 % 2025-12-31 actual exact;tencent gross_margin yoy 3.3 pp 2025-12-31 actual exact;"
	  "tencent gross_profit level 109500000000 CNY 2025-12-31 actual exact;"
	  "tencent gross_profit yoy 20 % 2025-12-31 actual exact;tencent revenue yoy 13 % 2025-12-31 actual exact" },
	/* a newsletter's paragraph: the consensus named after its figure is
	 * that figure's (its quarter, and no estimate of the clause after
	 * it); "tied to Anthropic" names an object; "the $0.8 billion it had
	 * flagged in May" is superseded (May is when it was said); a "whose"
	 * clause names no subject; "X plus Oracle", taken together, is a total */
	{ "Salesforce reported its fiscal third quarter (ended October 31). Total revenue rose 9% to $10.26 billion, "
	  "slightly short of the $10.29 billion consensus, while remaining performance obligations climbed 11% to $59.5 "
	  "billion, much of it tied to Anthropic. Operating cash flow was strong. Management now sees fiscal 2026 capex of "
	  "roughly $1 billion, up from the $0.8 billion it had flagged in May.\n\n"
	  "Slack, whose revenue Salesforce no longer breaks out, grew 20% in the quarter. Taken together, the big "
	  "software vendors plus Oracle spent more than $60 billion on capex in the quarter.",
	  "2025-12-10",
	  "salesforce capex level 1000000000 USD 2026-01-31 guidance approx;"
	  "salesforce revenue level 10260000000 USD 2025-10-31 actual exact;"
	  "salesforce revenue level 10290000000 USD 2025-10-31 consensus exact;"
	  "salesforce revenue yoy 9 % 2025-10-31 actual exact;salesforce rpo level 59500000000 USD 2025-10-31 actual exact;"
	  "salesforce rpo yoy 11 % 2025-10-31 actual exact" },
	/* a newsletter's section heading ("WHAT WE'RE WATCHING") names no
	 * part; "near $59 billion" is approximate */
	{ "THE STACK, Issue #212\n\n4. WHAT WE'RE WATCHING\n\n"
	  "- NVIDIA reports fiscal Q4 on February 25. The Street is looking for revenue of about $65.6 billion and data "
	  "center revenue near $59 billion.",
	  "2026-02-09",
	  "nvidia data_center_revenue level 59000000000 USD 2026-01-25 consensus approx;"
	  "nvidia revenue level 65600000000 USD 2026-01-25 consensus approx" },
	/* "more than three times" in words is a multiple; the year of the
	 * figure compared with is no context for the next sentence; "exited
	 * December" is the month the rate was said at */
	{ "CoreWeave: full-year 2025 revenue reached $5.1 billion, more than three times the $1.9 billion we reported "
	  "for 2024. We exited December with annualized run-rate revenue of approximately $6.5 billion.",
	  "2026-02-26",
	  "coreweave arr level 6500000000 USD 2025-12-31 actual approx;coreweave revenue level 1900000000 USD 2024-12-31 "
	  "actual exact;coreweave revenue level 5100000000 USD 2025-12-31 actual exact;"
	  "coreweave revenue yoy 200 % 2025-12-31 actual at_least" },
	/* 上年为 gives the year before's level; a change of a loss (亏损环比收窄
	 * 约三成) is no change of net income */
	{ "京东 2025 年全年收入 13,100 亿元，同比增长 13%；毛利率 15.9%，上年为 15.4%。"
	  "公司预计 2026 年一季度亏损将环比收窄约三成。",
	  "2026-03-06",
	  "jd gross_margin level 15.4 % 2024-12-31 actual exact;jd gross_margin level 15.9 % 2025-12-31 actual exact;"
	  "jd revenue level 1310000000000 CNY 2025-12-31 actual exact;jd revenue yoy 13 % 2025-12-31 actual exact" },
	/* the estimate a reported figure beat is of the period reported, not
	 * of the year-ago figure said just before it */
	{ "Micron forecast second-quarter revenue above estimates on Wednesday. Revenue for the first quarter ended Nov. "
	  "27 rose 57% to $13.64 billion from $8.71 billion a year earlier, beating the average analyst estimate of "
	  "$12.95 billion, according to LSEG data.",
	  "2025-12-17",
	  "micron revenue level 12950000000 USD 2025-11-27 consensus exact;"
	  "micron revenue level 13640000000 USD 2025-11-27 actual exact;"
	  "micron revenue level 8710000000 USD 2024-11-28 actual exact;micron revenue yoy 57 % 2025-11-27 actual exact" },
	/* bases given after a quarter's figures (去年同期为…,上季度为…) are each
	 * their own period, and no period of the next sentence, which goes on
	 * about the quarter */
	{ "博通第一财季营收193.1亿美元,同比增长29%;去年同期为149.2亿美元,上季度为180.2亿美元。公司此前给出的指引为191亿美元。",
	  "2026-03-05",
	  "broadcom revenue level 14920000000 USD 2025-02-02 actual exact;"
	  "broadcom revenue level 18020000000 USD 2025-11-02 actual exact;"
	  "broadcom revenue level 19100000000 USD 2026-02-01 guidance exact;"
	  "broadcom revenue level 19310000000 USD 2026-02-01 actual exact;broadcom revenue yoy 29 % 2026-02-01 actual exact" },
	/* "Up 1.0 pts": a change in points, as a release's change columns
	 * write it */
	{ "NVIDIA Announces Financial Results for Third Quarter Fiscal 2026\n\n"
	  "($ in millions)          Q3 FY26     Q2 FY26     Q3 FY25     Q/Q         Y/Y\n"
	  "Gross margin               73.4%       72.4%       74.6%      Up 1.0 pts  Down 1.2 pts\n",
	  "2025-11-19",
	  "nvidia gross_margin level 72.4 % 2025-07-27 actual exact;nvidia gross_margin level 73.4 % 2025-10-26 actual exact;"
	  "nvidia gross_margin level 74.6 % 2024-10-27 actual exact;nvidia gross_margin qoq 1 pp 2025-10-26 actual exact;"
	  "nvidia gross_margin yoy -1.2 pp 2025-10-26 actual exact" },
	/* "Our view:" labels a note's paragraph, it names no company */
	{ "Tencent Holdings Ltd (0700.HK): 3Q25 review\n\nOur view: total revenue of RMB192.9bn in 3Q25 was 2% ahead of "
	  "consensus.",
	  "2025-11-14", "tencent revenue level 192900000000 CNY 2025-09-30 actual exact" },
	/* a minus right after a change word is a sign (qoq-0.6%), not a
	 * model name's hyphen (GPT-5) */
	{ "阿里巴巴 FY26Q2 收入 2478 亿元（yoy+5%，qoq-0.6%），云智能收入 398 亿元（yoy+34%）。", "2025-11-26",
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact;alibaba revenue qoq -0.6 % 2025-09-30 actual exact;"
	  "alibaba revenue yoy 5 % 2025-09-30 actual exact;alibaba-cloud revenue level 39800000000 CNY 2025-09-30 actual exact;"
	  "alibaba-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* an earnings review: the units in the header's stub ($m, except per
	 * share); an Actual column of the period the caption names; a
	 * revision table whose New / Old / Cons. stand under each year (Old
	 * superseded, Cons. the Street's); ", non-GAAP" after a metric's
	 * name; "(FY25, ended November 2025)" names the year said without
	 * it; "in 1Q"; "beat consensus by 40bp" is no figure */
	{ "Broadcom Inc. (AVGO): 1Q FY26 review\n"
	  "\n"
	  "Figure 1: 1Q FY26 results vs. expectations\n"
	  "($m, except per share)       Actual   Consensus    Our est.\n"
	  "Revenue                      19,311      19,210      19,150\n"
	  "Operating income (GAAP)       8,420       8,100       8,050\n"
	  "\n"
	  "For the full fiscal year (FY25, ended November 2025), revenue totaled $63.9bn, up 24% y/y. Free cash flow in 1Q was $8.0bn. Non-GAAP gross margin beat consensus by 40bp.\n"
	  "\n"
	  "Figure 2: Estimate revisions\n"
	  "                               FY26E (Oct-26)               FY27E (Oct-27)\n"
	  "                            New      Old    Cons.        New      Old    Cons.\n"
	  "Revenue ($bn)              98.0     95.0     96.5      130.0    120.0    125.0\n"
	  "Gross margin, non-GAAP (%)  77.0     76.5     76.8       77.5     77.0     77.2",
	  "2026-03-06",
	  "broadcom free_cash_flow level 8000000000 USD 2026-02-01 actual exact;"
	  "broadcom gross_margin level 76.8 % 2026-11-01 consensus exact;"
	  "broadcom gross_margin level 77 % 2026-11-01 estimate exact;"
	  "broadcom gross_margin level 77.2 % 2027-10-31 consensus exact;"
	  "broadcom gross_margin level 77.5 % 2027-10-31 estimate exact;"
	  "broadcom operating_income level 8050000000 USD 2026-02-01 estimate exact;"
	  "broadcom operating_income level 8100000000 USD 2026-02-01 consensus exact;"
	  "broadcom operating_income level 8420000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue level 125000000000 USD 2027-10-31 consensus exact;"
	  "broadcom revenue level 130000000000 USD 2027-10-31 estimate exact;"
	  "broadcom revenue level 19150000000 USD 2026-02-01 estimate exact;"
	  "broadcom revenue level 19210000000 USD 2026-02-01 consensus exact;"
	  "broadcom revenue level 19311000000 USD 2026-02-01 actual exact;"
	  "broadcom revenue level 63900000000 USD 2025-11-02 actual exact;"
	  "broadcom revenue level 96500000000 USD 2026-11-01 consensus exact;"
	  "broadcom revenue level 98000000000 USD 2026-11-01 estimate exact;"
	  "broadcom revenue yoy 24 % 2025-11-02 actual exact" },
	/* a move from one figure to another is no range, and where it
	 * started is no level of the period said ("rose from 45.2% to
	 * 47.1%", 由28.0%上升至30.5%); "the fiscal third quarter ending in
	 * March" is a quarter */
	{ "Microsoft: for the fiscal third quarter ending in March, the company forecast revenue of $80.65 billion to "
	  "$81.75 billion. Its operating margin rose from 45.2% to 47.1% in the December quarter; "
	  "腾讯第四季经营利润率由28.0%上升至30.5%。",
	  "2026-01-29",
	  "microsoft operating_margin level 47.1 % 2025-12-31 actual exact;"
	  "microsoft revenue level 81200000000 USD 2026-03-31 guidance range;"
	  "tencent operating_margin level 30.5 % 2025-12-31 actual exact" },
	/* 与…相比, a clause of its own, names the base of the change after it */
	{ "腾讯公布2025年第四季业绩。与2025年第三季相比，收入增长2%。", "2026-03-18",
	  "tencent revenue qoq 2 % 2025-12-31 actual exact" },
	/* "on our Hunyuan APIs": a part the lexicon does not know */
	{ "Tencent: revenue rose 15% in the third quarter, and token volume on our Hunyuan APIs grew more than tenfold "
	  "from a year ago.",
	  "2025-11-13", "tencent revenue yoy 15 % 2025-09-30 actual exact" },
	/* a byline (分析师：钱思远) names no company; a name we do not know
	 * opening a statement's part past a ；(萝卜快跑) casts no doubt over
	 * "the company" after it */
	{ "四、计算机｜百度：文心 5.0 发布\n分析师：钱思远\n\n"
	  "百度 2 月 5 日发布文心大模型 5.0。公司已累计回购约 2130 万股 ADS；萝卜快跑全球累计出行服务超 1700 万次。"
	  "公司将于 2 月 26 日披露 4Q25 业绩，我们预计 4Q25 总营收约 322 亿元，同比下降 6%。",
	  "2026-02-06",
	  "baidu revenue level 32200000000 CNY 2025-12-31 estimate approx;baidu revenue yoy -6 % 2025-12-31 estimate exact" },
	/* "Net income (loss) attrib. to Baidu": whose share, still the
	 * company's row */
	{ "Baidu Announces Fourth Quarter and Fiscal Year 2025 Results\n\n"
	  "(In millions of RMB)                   Q4 2024     Q3 2025     Q4 2025\n"
	  "Total revenues                          34,124      31,174      32,052\n"
	  "Net income (loss) attrib. to Baidu       5,192    (11,232)       2,614\n",
	  "2026-02-26",
	  "baidu net_income level -11232000000 CNY 2025-09-30 actual exact;"
	  "baidu net_income level 2614000000 CNY 2025-12-31 actual exact;"
	  "baidu net_income level 5192000000 CNY 2024-12-31 actual exact;"
	  "baidu revenue level 31174000000 CNY 2025-09-30 actual exact;"
	  "baidu revenue level 32052000000 CNY 2025-12-31 actual exact;"
	  "baidu revenue level 34124000000 CNY 2024-12-31 actual exact" },
	/* "increased $12.4 billion, or 18%, year over year": the aside after
	 * an absolute change is the change as a share, its kind said past
	 * the comma */
	{ "Microsoft revenue increased $12.4 billion, or 18%, year over year in the first quarter of fiscal 2026. "
	  "Oracle RPO increased by $30 billion, or 6%, sequentially in the third quarter of fiscal 2026.",
	  "2026-03-10",
	  "microsoft revenue yoy 18 % 2025-09-30 actual exact;oracle rpo qoq 6 % 2026-02-28 actual exact" },
	/* 本季 after a look back at an earlier quarter (三季度…) is the
	 * quarter the text reports, and so is what follows it */
	{ "百度 4Q25 经营利润 22.6 亿元，同比下降 42.3%；三季度因计提减值录得经营亏损 151.2 亿元，本季扭亏。"
	  "归母净利润 41.7 亿元，同比下降 20.4%。",
	  "2026-02-27",
	  "baidu net_income level 4170000000 CNY 2025-12-31 actual exact;baidu net_income yoy -20.4 % 2025-12-31 actual exact;"
	  "baidu operating_income level 2260000000 CNY 2025-12-31 actual exact;"
	  "baidu operating_income yoy -42.3 % 2025-12-31 actual exact" },
	/* 較前一季 is the quarter before */
	{ "台積電 2025 年第四季合併營收較前一季增加 5.7%，較去年同期增加 20.5%。", "2026-01-09",
	  "tsmc revenue qoq 5.7 % 2025-12-31 actual exact;tsmc revenue yoy 20.5 % 2025-12-31 actual exact" },
	/* the quarter ended a day, then named again by its number: the day
	 * settles it; "picked up to 41%" is where a part's growth went, no
	 * ceiling, and not the revenue's */
	{ "Northwind figures aside, Alibaba's revenue for the three months ended Dec. 31, the third quarter, grew 6% "
	  "to 300.5 billion yuan as cloud growth picked up to 41%.",
	  "2026-02-20",
	  "alibaba revenue level 300500000000 CNY 2025-12-31 actual exact;"
	  "alibaba revenue yoy 6 % 2025-12-31 actual exact" },
	/* a quarter of the company's fiscal year, its year unsaid */
	{ "Oracle's revenue in the second quarter of its fiscal year rose 14% to $16.1 billion.", "2025-12-12",
	  "oracle revenue level 16100000000 USD 2025-11-30 actual exact;oracle revenue yoy 14 % 2025-11-30 actual exact" },
	{ "Azure revenue growth ticked up to 39% in the December quarter.", "2026-01-30",
	  "azure revenue yoy 39 % 2025-12-31 actual exact" },
	/* 该业务收入 after a sentence on data center revenue is that
	 * business's revenue, not the company's */
	{ "英伟达 FY2026 第二财季数据中心收入 411 亿美元，环比增长 5%。上一季度该业务收入为 391 亿美元。", "2025-08-28",
	  "nvidia data_center_revenue level 39100000000 USD 2025-04-27 actual exact;"
	  "nvidia data_center_revenue level 41100000000 USD 2025-07-27 actual exact;"
	  "nvidia data_center_revenue qoq 5 % 2025-07-27 actual exact" },
	/* an outflow is a negative cash flow, an inflow a positive one */
	{ "Alibaba's free cash flow was an outflow of 9.5 billion yuan in the December quarter, against an inflow of "
	  "41.2 billion yuan a year before.",
	  "2026-02-19",
	  "alibaba free_cash_flow level -9500000000 CNY 2025-12-31 actual exact;"
	  "alibaba free_cash_flow level 41200000000 CNY 2024-12-31 actual exact" },
	/* a wire story's subhead says what happened; it names no part */
	{ "Alibaba's revenue for the December quarter rose 4%.\n\nCLOUD SPEEDS UP\n\n* Capital expenditures were 33.1 "
	  "billion yuan in the quarter.",
	  "2026-02-19",
	  "alibaba capex level 33100000000 CNY 2025-12-31 actual exact;alibaba revenue yoy 4 % 2025-12-31 actual exact" },
	/* 集团收入 under a heading on 阿里云 is the whole group's */
	{ "二、9月季度：收入回升，阿里云增速升至30%\n\n2026财年第二季度（2025年7-9月）集团收入2450亿元，同比增长6%。",
	  "2025-11-26",
	  "alibaba revenue level 245000000000 CNY 2025-09-30 actual exact;alibaba revenue yoy 6 % 2025-09-30 actual exact;"
	  "alibaba-cloud revenue yoy 30 % 2025-09-30 actual exact" },
	/* 较上个季度 is the quarter before; a part's share of revenue (收入占比)
	 * is no revenue; 此收入 after a part's revenue is the part's; 这一RPO规模
	 * 较上年同期高出 is the RPO's change; a forecast that names no period,
	 * after the quarter's actual, is of none */
	{ "甲骨文2026财年第1财季收入为150亿美元,较上个季度增长2%,其中云基建业务的收入增长50%,至34亿美元,于该公司的收入"
	  "占比由上年同期的16%扩大至22%。此收入略低于市场预期的35亿美元。甲骨文RPO达到4,600亿美元。这一RPO规模较上年同期"
	  "高出350%。管理层预计RPO有望突破5,000亿美元。",
	  "2025-09-11",
	  "oracle revenue level 15000000000 USD 2025-08-31 actual exact;oracle revenue qoq 2 % 2025-08-31 actual exact;"
	  "oracle rpo level 460000000000 USD 2025-08-31 actual exact;oracle rpo yoy 350 % 2025-08-31 actual exact" },
	/* a summary's list run into one line: each citation, each " - "
	 * ends an item; an item on something we do not know leaves the
	 * subject of the next; AWS云业务 is AWS */
	{ "亚马逊第三季度业绩 - 公司第三季度净销售额同比增长12%至1800亿美元[1] - 主权 AI 需求较上季度提升[2] - AWS云业务营收"
	  "同比增长19%至320亿美元[1][3] - 对于第四季度,公司营收指引为2100亿美元[4]",
	  "2025-10-31",
	  "amazon revenue level 180000000000 USD 2025-09-30 actual exact;amazon revenue level 210000000000 USD 2025-12-31 "
	  "guidance exact;amazon revenue yoy 12 % 2025-09-30 actual exact;aws revenue level 32000000000 USD 2025-09-30 "
	  "actual exact;aws revenue yoy 19 % 2025-09-30 actual exact" },
	{ "英伟达 FY2025 第二财季业绩 - 作为过渡期,本财季收入依旧强劲[4] - 主权 AI 需求较上季度提升[4] 业绩展望 - 对于 "
	  "FY25Q3,公司营收指引为 320 亿美元[12]",
	  "2024-08-30", "nvidia revenue level 32000000000 USD 2024-10-27 guidance exact" },
	/* a part's name with its initials in brackets before the metric */
	{ "Oracle Q1 results\n\nQ1 Total Revenue $14.1 billion, up 8%\nQ1 Cloud Infrastructure (IaaS) Revenue $2.4 billion, up 44%",
	  "2024-09-09",
	  "oracle revenue level 14100000000 USD 2024-08-31 actual exact;oracle revenue yoy 8 % 2024-08-31 actual exact" },
	/* an aside between dashes names no metric of the sentence */
	{ "Microsoft’s commercial remaining performance obligation—a measure of future revenue—expanded to $300 billion "
	  "in the third quarter of fiscal 2025, up 30% year-over-year.",
	  "2025-05-01",
	  "microsoft rpo level 300000000000 USD 2025-03-31 actual exact;microsoft rpo yoy 30 % 2025-03-31 actual exact" },
	/* an amount with a measure's initials we do not know after it */
	{ "Salesforce fourth quarter fiscal 2026: RPO Exceeds $70B, Up 12% Y/Y; $14B OCF", "2026-02-25",
	  "salesforce rpo level 70000000000 USD 2026-01-31 actual exact;salesforce rpo yoy 12 % 2026-01-31 actual exact" },
	/* a target is of a time to come; core revenue is a part's */
	{ "Nebius Q4 2025 Earnings Call: Targeting $6B-$8B ARR. Q4 revenue was $220 million, and the AI cloud business "
	  "grew fast, with core revenue up 800% year over year.",
	  "2026-02-12", "nebius revenue level 220000000 USD 2025-12-31 actual exact" },
	/* Hong Kong's way: 上季 is the quarter just reported; 大升, 少, 减 right
	 * before a figure are its change; 累计今年6个月 is the year to date;
	 * a sentence about (对于) a part we do not know gives nothing */
	{ "阿里巴巴昨交出季績。集團上季非公認會計準則淨利潤100億元，按年下降70%；收入則錄2,400億元，大升6%。阿里上季季度"
	  "純利200億元，少50%。累計今年6個月，阿里純利640億元，減5%。對於受關注的即時零售，上季收入230億元，大升60%。",
	  "2025-11-26",
	  "alibaba adjusted_net_income level 10000000000 CNY 2025-09-30 actual exact;alibaba adjusted_net_income yoy -70 % "
	  "2025-09-30 actual exact;alibaba net_income level 20000000000 CNY 2025-09-30 actual exact;alibaba net_income level "
	  "64000000000 CNY 2025-09-30 actual exact;alibaba net_income yoy -5 % 2025-09-30 actual exact;alibaba net_income yoy "
	  "-50 % 2025-09-30 actual exact;alibaba revenue level 240000000000 CNY 2025-09-30 actual exact;alibaba revenue yoy 6 % "
	  "2025-09-30 actual exact" },
	/* Taiwan's way: 2027會計年度 is the fiscal year; 資料中心營收 is data
	 * center revenue (migration 0026), and 資料中心季增 a change of it, not of
	 * the revenue before; 相較之下，去年同期… is the year before */
	{ "輝達財報再超預期 第一季營收770億美元年增75% 資料中心季增14%\n\n輝達2027會計年度第一季（截至2026年4月26日）"
	  "資料中心營收為700億美元。GAAP毛利率為75.0%。相較之下，去年同期因出口限制認列45億美元費用，GAAP毛利率僅60.5%。",
	  "2026-05-28",
	  "nvidia data_center_revenue level 70000000000 USD 2026-04-26 actual exact;nvidia gross_margin level 60.5 % "
	  "2025-04-27 actual exact;nvidia gross_margin level 75 % 2026-04-26 actual exact;nvidia revenue level 77000000000 "
	  "USD 2026-04-26 actual exact;nvidia revenue yoy 75 % 2026-04-26 actual exact" },
	/* a post's bold part name (**在线营销**收入) is a part's; its links
	 * under "📚 推荐阅读" are other stories */
	{ "📌 百度2026年第一季度营收330亿元。\n\n📉 **在线营销**收入150亿元，同比下降13%。\n\n📚 推荐阅读\n"
	  "▶ 阿里云季度收入增长35%，AI相关产品收入连续九个季度三位数增长",
	  "2026-05-21", "baidu revenue level 33000000000 CNY 2026-03-31 actual exact" },
	/* a byline's contact (联系人：刘芊) is no section of boilerplate; the
	 * list under 相关研究： is other reports */
	{ "腾讯控股2025年三季报点评\n\n分析师：陈思远\n联系人：刘芊\n\n相关研究：\n《微软业绩点评：Azure年收入首破750亿美元》"
	  "2025-08-01\n\n事件：\n腾讯3Q25公司实现营业收入1900亿元，同比增长14%；IFRS口径归母净利润630亿元，同比增长18%。",
	  "2025-11-14",
	  "tencent net_income level 63000000000 CNY 2025-09-30 actual exact;tencent net_income yoy 18 % 2025-09-30 actual exact;"
	  "tencent revenue level 190000000000 CNY 2025-09-30 actual exact;tencent revenue yoy 14 % 2025-09-30 actual exact" },
	/* a balance held after the amount (in cash) is no cash flow; a
	 * change of costs (成本费用增速) is no change of the metric before */
	{ "Meta third quarter 2025: Free cash flow was $10.6 billion, with $44.4 billion in cash and marketable "
	  "securities. 不过,成本费用增速达到32%。",
	  "2025-11-01", "meta free_cash_flow level 10600000000 USD 2025-09-30 actual exact" },
	/* "vs. $81.5B Street": the Street's figure, and the first in the
	 * brackets after it the beat; "the quarter ending March 29" */
	{ "Microsoft FQ3 2026: Revenue $82.9B vs. $81.5B Street (+1.7%, +18% Y/Y). In the quarter ending March 29, AMD "
	  "reported revenue of $7.44 billion.",
	  "2026-04-30",
	  "amd revenue level 7440000000 USD 2026-03-31 actual exact;microsoft revenue level 81500000000 USD 2026-03-31 "
	  "consensus exact;microsoft revenue level 82900000000 USD 2026-03-31 actual exact;microsoft revenue yoy 18 % "
	  "2026-03-31 actual exact" },
	/* what a bracket says the subject includes is not the subject; share
	 * buybacks are no cash flow */
	{ "Google Cloud reported Q3 2025 revenue of $15.2 billion, a 34 percent increase year over year. Microsoft "
	  "Intelligent Cloud (which includes Azure and other segments) for fiscal Q1 2026 reported $30.9 billion in "
	  "revenue, an increase of 28 percent. Broadcom ended Q2 of fiscal 2025 with $9.5 billion cash and returned $4.2 "
	  "billion in share buybacks.",
	  "2025-10-31",
	  "google-cloud revenue level 15200000000 USD 2025-09-30 actual exact;google-cloud revenue yoy 34 % 2025-09-30 "
	  "actual exact;microsoft-intelligent-cloud revenue level 30900000000 USD 2025-09-30 actual exact;"
	  "microsoft-intelligent-cloud revenue yoy 28 % 2025-09-30 actual exact" },
	/* 2026財年首季 is the first quarter; 较分析师预期…高出2.9% the beat; a
	 * part's name past its aside ((含ASIC芯片)收入); a change or a
	 * demonstrative's figure after a part's metric is the part's */
	{ "博通2025財年第四季度營收達180億美元,同比增長28%,較分析師預期的175億美元高出2.9%。半導體解決方案業務(含ASIC芯片)"
	  "收入110億美元,同比增長34%,其中AI芯片收入同比激增74%,增速較前一季度的63%進一步擴大。對于2026財年首季,博通預計"
	  "營收將達190億美元,AI芯片收入將翻倍至82億美元,在總營收中的占比超過40%。這一指引顯著高于市場普遍預期的69億美元。",
	  "2025-12-12",
	  "broadcom revenue level 17500000000 USD 2025-11-02 consensus exact;broadcom revenue level 18000000000 USD "
	  "2025-11-02 actual exact;broadcom revenue level 19000000000 USD 2026-02-01 guidance exact;broadcom revenue yoy "
	  "28 % 2025-11-02 actual exact" },
	/* a citation's number and the dash before a year are no figures;
	 * Tencent's 营销服务 in a note on Baidu is a part we do not know; what
	 * is taken out (扣除…爱奇艺) is no subject */
	{ "百度第四季度业绩 [1] - 2025年公司总营收1290亿元,同比下降3% [4] - AI原生营销服务营收98亿元,同比大幅增长超300% [5][6] - "
	  "扣除AI新业务和爱奇艺营收后,传统业务营收约618亿元 [10] - 2025年非GAAP净利润188亿元,同比下降30% [11]",
	  "2026-02-27",
	  "baidu net_income level 18800000000 CNY 2025-12-31 actual exact;baidu net_income yoy -30 % 2025-12-31 actual exact;"
	  "baidu revenue level 129000000000 CNY 2025-12-31 actual exact;baidu revenue yoy -3 % 2025-12-31 actual exact" },
	/* "mid 20%" is about 25%, "the high 50%" no one figure; a part's
	 * second change after "and" is the part's too */
	{ "TSMC expects 2025 revenue to increase by close to mid 20% in U.S. dollar terms. Its gross margin will be in "
	  "the high 50%. Nebius Q3 2025 revenue was $146 million; core infrastructure was most of revenue (core grew ~400% "
	  "YOY and 40% QoQ).",
	  "2025-11-20",
	  "nebius revenue level 146000000 USD 2025-09-30 actual exact;tsmc revenue yoy 25 % 2025-12-31 guidance approx" },
	/* 第3季 is the third quarter (digits, as Taiwan writes it); a clause
	 * on it after the next quarter's forecast is not forecast */
	{ "台積電16日公布第3季財報及第4季財測目標，第3季稅後純益4,500億元，每股純益17.4元。台積電第3季合併營收9,800億元，季增6%，"
	  "年增30%。",
	  "2025-10-16",
	  "tsmc eps level 17.4 TWD 2025-09-30 actual exact;tsmc net_income level 450000000000 TWD 2025-09-30 actual exact;"
	  "tsmc revenue level 980000000000 TWD 2025-09-30 actual exact;tsmc revenue qoq 6 % 2025-09-30 actual exact;"
	  "tsmc revenue yoy 30 % 2025-09-30 actual exact" },
	/* a list of links ends at a line of running text; a cost named
	 * before its initials (流量获取成本(TAC)为) is a measure we do not know */
	{ "谷歌母公司Alphabet发布2025年第四季度财报。\n\n延伸阅读:\nGitHub重磅更新!整合Claude与Codex\n"
	  "据LSEG分析师调查,本季关键财务指标表现强劲:每股摊薄收益(EPS)为2.80美元,高于预期的2.60美元;总营收达1130亿美元。\n"
	  "Google Cloud营收达176亿美元；流量获取成本(TAC)为165亿美元，小幅高于预期的160亿美元。",
	  "2026-02-05",
	  "alphabet eps level 2.6 USD 2025-12-31 estimate exact;alphabet eps level 2.8 USD 2025-12-31 actual exact;"
	  "alphabet revenue level 113000000000 USD 2025-12-31 actual exact;google-cloud revenue level 17600000000 USD "
	  "2025-12-31 actual exact" },
	/* 从上个季度的X降至Y: Y is of the quarter in question, X the start
	 * of the move (was: both a quarter back) */
	{ "甲骨文FY26Q2营收160亿美元，经营现金流从上个季度的81亿美元降至21亿美元。", "2025-12-12",
	  "oracle operating_cash_flow level 2100000000 USD 2025-11-30 actual exact;"
	  "oracle revenue level 16000000000 USD 2025-11-30 actual exact" },
	/* a market size's change is no company's; deals counted above a size
	 * are no figure */
	{ "微软2025财年第四季度营收764亿美元。據 Synergy 報告顯示,2024 年全年雲基礎設施服務市場規模達 3300 億美元,同比增長 22%。"
	  "Alphabet reported that the number of deals exceeding $250 million doubled year-over-year.",
	  "2025-08-05", "microsoft revenue level 76400000000 USD 2025-06-30 actual exact" },
	/* 上调4亿美元至413亿美元(区间上限): raised by the first, to the top of
	 * a range; 与…第一季度相比，A增长，B增长: the base holds for both; 该业务
	 * after a part's figure is that part */
	{ "Salesforce全年营收指引上调4 亿美元至413 亿美元(区间上限),下限也上调 5 亿。台積電2025年第二季度合併營收為新台幣9,300億元。"
	  "與2025年第一季度相比,第二季度營收增長11%,淨利增長10%。百度Q3的AI云收入同比增33%至42亿元,但是Q2该业务收入是65亿元。",
	  "2025-12-03",
	  "salesforce revenue level 41300000000 USD 2026-01-31 guidance at_most;tsmc net_income qoq 10 % 2025-06-30 "
	  "actual exact;tsmc revenue level 930000000000 TWD 2025-06-30 actual exact;tsmc revenue qoq 11 % 2025-06-30 "
	  "actual exact" },
	/* a bare margin word after EBITDA is EBITDA's margin, no operating
	 * margin */
	{ "博通2025财年第四季度EBITDA达122亿美元,同比增长34%,利润率提升至68%。EBITDA利润率预计维持在67%左右。博通第四季度营业利润率为66%。",
	  "2025-12-12",
	  "broadcom ebitda level 12200000000 USD 2025-11-02 actual exact;broadcom ebitda yoy 34 % 2025-11-02 actual exact;"
	  "broadcom operating_margin level 66 % 2025-11-02 actual exact" },
	/* a company named below as an investor ("Nvidia invested $2B") is no
	 * rival subject of a page about another */
	{ "CoreWeave slides as capex doubles\nCoreWeave's stock fell about 9% after hours as management guided to higher "
	  "spending.\nHeadline numbers (Q4, ended Dec 31)\n- Revenue: $1.50B vs. $1.48B consensus\n- Net loss: $280M vs. $30M "
	  "a year ago\n- Ownership: Nvidia invested $2B in January, becoming a large shareholder",
	  "2026-02-27",
	  "coreweave net_income level -280000000 USD 2025-12-31 actual exact;coreweave net_income level -30000000 USD "
	  "2024-12-31 actual exact;coreweave revenue level 1480000000 USD 2025-12-31 consensus exact;coreweave revenue level "
	  "1500000000 USD 2025-12-31 actual exact" },
	/* a front of bullets naming no company: the lede's company is the
	 * subject; "Wall Street was looking for" is the consensus; "GAAP and
	 * adjusted ... respectively" keeps the GAAP one; a list of metrics
	 * pairs with a run of figures */
	{ "Highlights\n\nQuarterly sales jumped 41% and beat forecasts.\n\nShares of AMD (NASDAQ: AMD) slipped "
	  "late on Tuesday after the chipmaker reported results for its second quarter of 2025.\n\n"
	  "GAAP and adjusted gross margins were 40% and 54%, respectively. Revenue and net income grew 32% and 229%, "
	  "respectively, from a year ago. Wall Street was looking for second-quarter revenue of $7.4 billion.",
	  "2025-08-06",
	  "amd gross_margin level 40 % 2025-06-30 actual exact;amd net_income yoy 229 % 2025-06-30 actual exact;"
	  "amd revenue level 7400000000 USD 2025-06-30 consensus exact;amd revenue yoy 32 % 2025-06-30 actual exact" },
	/* 营收、毛利和经调整净利润分别为: three metrics, three figures; the
	 * period after "respectively" is all of theirs */
	{ "腾讯营收、毛利和经调整净利润分别为1929亿元、1089亿元和706亿元，均为2025年第三季度数据。"
	  "Oracle's revenue and operating income were $14.9 billion and $4.4 billion, respectively, in the quarter "
	  "ended August 31, 2025.",
	  "2025-11-20",
	  "oracle operating_income level 4400000000 USD 2025-08-31 actual exact;oracle revenue level 14900000000 USD "
	  "2025-08-31 actual exact;tencent adjusted_net_income level 70600000000 CNY 2025-09-30 actual exact;"
	  "tencent gross_profit level 108900000000 CNY 2025-09-30 actual exact;tencent revenue level 192900000000 CNY "
	  "2025-09-30 actual exact" },
	/* a table flattened to unspaced cells: a plus-signed amount is the
	 * beat, not a level; "accelerating from +28%" is a rate of a period
	 * not said; "new customers rose" is a count we do not track */
	{ "Alphabet Q2 2025 results vs. consensus\nEPS (GAAP, diluted)$2.31$2.17Beat+$0.14\n"
	  "Google Cloud revenue grew 32% Y/Y, accelerating from +28%. Cloud backlog rose 18% Q/Q; new customers "
	  "rose 28% Q/Q.",
	  "2025-07-24",
	  "alphabet eps level 2.31 USD 2025-06-30 actual exact;google-cloud revenue yoy 32 % 2025-06-30 actual exact" },
	/* 2023财年第三季度财报(截至2022年10月): the bracketed month is the
	 * quarter's end, no period of its own */
	{ "英伟达发布2023财年第三季度财报(截至2022年10月):\n1)营收端:季度实现59.3亿美元,同比-16.5%。", "2022-11-18",
	  "nvidia revenue level 5930000000 USD 2022-10-30 actual exact;nvidia revenue yoy -16.5 % 2022-10-30 actual exact" },
	/* next quarter, 下季度: the quarter after the one reported, not it;
	 * a cashtag's market (.US) is no part; 汽车业务： a business the
	 * lexicon lacks, whatever section word it holds (数据中心业务) */
	{ "Nvidia reported results for the third quarter of fiscal 2023. For the next quarter, Nvidia expects revenue "
	  "of $6.0 billion.\n英伟达下季度指引:①$ 英伟达.US 收入预计为 61 亿美元;②毛利率预计为 66%。\n"
	  "分项:①汽车业务:季度营收 2.51 亿美元;②数据中心业务:季度营收 38.33 亿美元。",
	  "2022-11-18",
	  "nvidia gross_margin level 66 % 2023-01-29 estimate exact;nvidia revenue level 6000000000 USD 2023-01-29 "
	  "guidance exact;nvidia revenue level 6100000000 USD 2023-01-29 guidance exact" },
	/* a part's sentence goes on past a participle ("..., reporting
	 * revenue of"); a part's initials before a metric; from ... to: the
	 * figure after to is where it went */
	{ "AMD reported second-quarter 2024 results. AMD's Embedded segment, which includes chips for cars, also did "
	  "well, reporting revenue of $0.9 billion. Revenue was $5.8 billion, with XPU consumption revenue up 41%. "
	  "AMD lowered its capital expenditure guidance for 2024 from a previous high to USD 1 billion - 1.2 billion.",
	  "2024-07-31",
	  "amd capex level 1100000000 USD 2024-12-31 guidance range;"
	  "amd revenue level 5800000000 USD 2024-06-30 actual exact" },
	/* 上季則為: the quarter before the one spoken of; 营收成本 is no
	 * revenue, nor the figure after it; a sentence of changes only goes
	 * on about the part before; a count the metric does not count takes
	 * the change after it along */
	{ "腾讯2025年第三季度总收入为1929亿元。增值服务收入为959亿元。环比增长4%，同比增长16%。营收成本为844亿元，去年同期为"
	  "793亿元。活跃帐户数达到14.1亿，同比增长2%。",
	  "2025-11-14",
	  "tencent revenue level 192900000000 CNY 2025-09-30 actual exact;tencent-vas revenue level 95900000000 CNY "
	  "2025-09-30 actual exact;tencent-vas revenue qoq 4 % 2025-09-30 actual exact;tencent-vas revenue yoy 16 % "
	  "2025-09-30 actual exact" },
	{ "亞馬遜 2022 Q3 法說會。AWS 淨銷售額 205 億美元。AWS 營益率為 26.3%，上季則為 29%。", "2022-10-28",
	  "aws operating_margin level 26.3 % 2022-09-30 actual exact;aws operating_margin level 29 % 2022-06-30 actual "
	  "exact;aws revenue level 20500000000 USD 2022-09-30 actual exact" },
	/* a count of no metric takes the change after it along (no revenue
	 * growth by default); an amount of none does not (实现…亿美元，同比
	 * 增长: the company's revenue) */
	{ "腾讯2025年第三季度业绩。\n\n第三季度,腾讯即时通信服务活跃帐户数达到7.1亿,同比增长11.8%。\n\n"
	  "博通2025财年第三季度财报。博通本季度实现159.5亿美元,同比增长22%。",
	  "2025-11-14", "broadcom revenue yoy 22 % 2025-08-03 actual exact" },
	/* "its fiscal first quarter of 2026", "its first fiscal quarter of
	 * 2026": one quarter with its year (was: a yearless quarter, then
	 * the year 2026 for the figures after it) */
	{ "Microsoft reported revenue of $77.7 billion for its fiscal first quarter of 2026, an 18% increase year over "
	  "year, with EPS of $4.13. Oracle posted revenue of $14.9 billion in its first fiscal quarter of 2026, up 12%.",
	  "2025-10-30",
	  "microsoft eps level 4.13 USD 2025-09-30 actual exact;microsoft revenue level 77700000000 USD 2025-09-30 actual "
	  "exact;microsoft revenue yoy 18 % 2025-09-30 actual exact;oracle revenue level 14900000000 USD 2025-08-31 actual "
	  "exact;oracle revenue yoy 12 % 2025-08-31 actual exact" },
	/* a table a page flattened into one line: a header of periods and a
	 * change column, rows of a label and a figure a column; one period's
	 * column of a metric over its parts (Gaming: no metric of ours) */
	{ "Shares of AMD (NASDAQ: AMD) rose after its report for the second quarter of 2025.\n\n"
	  "AMD's quarterly numbers\n\n"
	  "Metric Q2 2024 Q2 2025 Year-Over-Year Change Revenue $5.84 billion $7.69 billion 32% Net income $265 million "
	  "$872 million 229% Diluted EPS $0.16 $0.54 238%\n\n"
	  "Segment Q2 2025 Revenue Year-Over-Year Change Quarter-Over-Quarter Change Data center $3.24 billion 14% (12%) "
	  "Gaming $1.12 billion 73% 45%\n",
	  "2025-08-06",
	  "amd data_center_revenue level 3240000000 USD 2025-06-30 actual exact;amd data_center_revenue qoq -12 % 2025-06-30 "
	  "actual exact;amd data_center_revenue yoy 14 % 2025-06-30 actual exact;amd eps level 0.16 USD 2024-06-30 actual "
	  "exact;amd eps level 0.54 USD 2025-06-30 actual exact;amd eps yoy 238 % 2025-06-30 actual exact;amd net_income "
	  "level 265000000 USD 2024-06-30 actual exact;amd net_income level 872000000 USD 2025-06-30 actual exact;amd "
	  "net_income yoy 229 % 2025-06-30 actual exact;amd revenue level 5840000000 USD 2024-06-30 actual exact;amd "
	  "revenue level 7690000000 USD 2025-06-30 actual exact;amd revenue yoy 32 % 2025-06-30 actual exact" },
	/* a period a verb of matching takes as its object frames nothing
	 * after it; deals that doubled are no backlog's change */
	{ "Alphabet's Google Cloud revenue rose 32% in Q2 2025. Its backlog rose 18% Q/Q; deals over $250M doubled Y/Y. "
	  "The quarter already matched all of 2024 for large deals, and margins expanded.",
	  "2025-07-24",
	  "google-cloud backlog qoq 18 % 2025-06-30 actual exact;google-cloud revenue yoy 32 % 2025-06-30 actual exact" },
	/* a page cut off after "$28.8": no company total is a few dollars;
	 * "25M Class A" after "$5B" is shares; 上限从…下调至 gives an end of
	 * the range, 区间为 the range */
	{ "Meta Q3 2025. Free cash flow was $10.6 billion, with $44.4 billion in cash and $28.8\n\n"
	  "Nebius Q3 2025: 2025 CapEx raised to ~ $5B; financing via debt and equity (ATM up to 25M Class A)\n\n"
	  "CoreWeave公布2025年第三季度业绩。公司将2025年全年营收预期上限从53.5亿美元下调至51.5亿美元,区间为50.5–51.5亿美元。",
	  "2025-11-12",
	  "coreweave revenue level 5100000000 USD 2025-12-31 estimate range;meta free_cash_flow level 10600000000 USD "
	  "2025-09-30 actual exact;nebius capex level 5000000000 USD 2025-12-31 estimate approx" },
	/* "revenue and adjusted EPS ... respectively": adjusted is the
	 * second's only (the revenue growth is no adjusted twin) */
	{ "Nvidia reported its fourth quarter of fiscal 2026. Fourth-quarter revenue and adjusted earnings per share "
	  "(EPS) soared 73% and 82%, respectively, year over year.",
	  "2026-02-25", "nvidia eps yoy 82 % 2026-01-25 actual exact;nvidia revenue yoy 73 % 2026-01-25 actual exact" },
	/* a summary run into one line that names no company before its
	 * figures, only one group's parts and name after them: that group */
	{ "核心财务表现 - 第三财季净营收940.4亿美元,同比增长9.6% [1] - iPhone营收445.8亿美元,同比增长13.5% [2] - "
	  "苹果预计下季度营收将增长 [3]",
	  "2025-08-01",
	  "apple revenue level 94040000000 USD 2025-06-28 actual exact;apple revenue yoy 9.6 % 2025-06-28 actual exact;"
	  "iphone revenue level 44580000000 USD 2025-06-28 actual exact;iphone revenue yoy 13.5 % 2025-06-28 actual exact" },
	/* "$12 billion in incremental revenue": what is added, no level */
	{ "Amazon Q4 2025: ads revenue was $21.3 billion; $12 billion in incremental revenue for the year.", "2026-02-06",
	  "" },
	/* an Australian paper's dollars: "$US94.04 billion ($146b)", the
	 * bracket a translation; "since December 2021" frames nothing; no
	 * share earns billions */
	{ "Apple reported fiscal third-quarter 2025 earnings on Thursday. Revenue grew 10 per cent, its largest growth "
	  "since December 2021. Overall revenue of $US94.04 billion ($146b) beat estimates. The company reported $US1.57 "
	  "($2.44) in earnings per share or $US24.43b ($37.9b) of net income during the quarter.",
	  "2025-08-01",
	  "apple revenue level 94040000000 USD 2025-06-28 actual exact;apple revenue yoy 10 % 2025-06-28 actual exact" },
	/* "released its latest financial results": the quarter last
	 * reported before the report's date */
	{ "Amazon released its latest financial results, reporting net sales of US$148.0 billion, an 11% increase "
	  "year-over-year.",
	  "2024-08-02",
	  "amazon revenue level 148000000000 USD 2024-06-30 actual exact;amazon revenue yoy 11 % 2024-06-30 actual exact" },
	/* "expects revenue to grow, and for gross margin to be between 46%
	 * and 47%": a figure said to be, in a list an expectation governs */
	{ "Apple reported fiscal third-quarter 2025 results. For the fiscal fourth quarter of 2025, Apple expects revenue "
	  "to grow, and for gross margin to be between 46% and 47%.",
	  "2025-08-01", "apple gross_margin level 46.5 % 2025-09-27 guidance range" },
	/* 净利润率 is the net margin (migration 0027), no growth of net income */
	{ "腾讯2023年第二季度业绩。净利润率由去年同期的22%上升至26%。", "2023-08-16",
	  "tencent net_margin level 22 % 2022-06-30 actual exact;tencent net_margin level 26 % 2023-06-30 actual exact" },
	/* "The Data Center segment achieved $4.3 billion in revenue": the
	 * segment's words and the metric after the figure name one metric;
	 * a segment the lexicon has none of keeps its figure */
	{ "AMD reported third-quarter 2025 results. The Data Center segment achieved a record $4.3 billion in revenue. "
	  "The Embedded segment achieved $0.9 billion in revenue.",
	  "2025-11-05", "amd data_center_revenue level 4300000000 USD 2025-09-30 actual exact" },
	/* "FY Guidance:" over a list: the fiscal year under way, not the
	 * quarter the text reported */
	{ "Salesforce first quarter fiscal 2026 results\nRevenue: $9.80B; UP +8% YoY\nFY Guidance:\n"
	  "Revenue: $41.0B - $41.3B\nGAAP Operating Margin: 21.6%\n",
	  "2025-05-28",
	  "salesforce operating_margin level 21.6 % 2026-01-31 guidance exact;salesforce revenue level 41150000000 USD "
	  "2026-01-31 guidance range;salesforce revenue level 9800000000 USD 2025-04-30 actual exact;salesforce revenue yoy "
	  "8 % 2025-04-30 actual exact" },
	/* 二季度 without 财: the reading whose quarter is over most recently
	 * (Apple's April-June on August 1, its January-March on May 2); a
	 * forecast of this quarter after those results is of the quarter
	 * under way; a comparison with analysts' figure stays on the quarter */
	{ "苹果二季度营收 940.4 亿美元，同比增长 9.6%。本季度毛利率 46.5%，高于市场预期的 46.0%。公司预计本季度营收同比增长 5%。",
	  "2025-08-01",
	  "apple gross_margin level 46 % 2025-06-28 consensus exact;apple gross_margin level 46.5 % 2025-06-28 actual exact;"
	  "apple revenue level 94040000000 USD 2025-06-28 actual exact;apple revenue yoy 5 % 2025-09-27 guidance exact;"
	  "apple revenue yoy 9.6 % 2025-06-28 actual exact" },
	{ "苹果二季度营收 953.6 亿美元，同比增长 5%。", "2025-05-02",
	  "apple revenue level 95360000000 USD 2025-03-29 actual exact;apple revenue yoy 5 % 2025-03-29 actual exact" },
	/* ... unless neither reading is news: the company's quarter */
	{ "苹果二季度营收 953.6 亿美元。", "2026-02-20", "apple revenue level 95360000000 USD 2025-03-29 actual exact" },
	/* 会计年度第2季 is the company's; a quarter still to be reported is
	 * the one forecast as this quarter */
	{ "博通公布会计年度第1季财报。展望截至5月3日止的会计年度第2季（本季），预期营收约220亿美元。", "2026-03-06",
	  "broadcom revenue level 22000000000 USD 2026-05-03 guidance approx" },
	{ "阿里巴巴将于 2 月 19 日发布 FY26Q3 业绩。我们预计本季度阿里云收入同比增长 35% 左右。", "2026-02-09",
	  "alibaba-cloud revenue yoy 35 % 2025-12-31 estimate approx" },
	/* a flattened table whose change cells open on a direction word
	 * ("Down 9%"), its rows' units in their labels ("($M)", "%"),
	 * negative figures in brackets ("$(139)", "(3)%") */
	{ "Widget maker AMD posts its quarter.\nQ3 2024 Q3 2023 Y/Y Revenue ($M) $6,819 $5,800 Up 18% Operating margin % (2)% 4% "
	  "Down 6 ppts Net income (loss) ($M) $(139) $299 Down 146% Operating expenses ($M) $2,514 $1,950 Up 29%\n",
	  "2024-11-01",
	  "amd net_income level -139000000 USD 2024-09-30 actual exact;amd net_income level 299000000 USD 2023-09-30 actual exact;"
	  "amd net_income yoy -146 % 2024-09-30 actual exact;amd operating_margin level -2 % 2024-09-30 actual exact;"
	  "amd operating_margin level 4 % 2023-09-30 actual exact;amd operating_margin yoy -6 pp 2024-09-30 actual exact;"
	  "amd revenue level 5800000000 USD 2023-09-30 actual exact;amd revenue level 6819000000 USD 2024-09-30 actual exact;"
	  "amd revenue yoy 18 % 2024-09-30 actual exact" },
	/* GAAP营业收入, GAAP净收入: a translated release's profits (0028) */
	{ "甲骨文公布2025财年第三季度业绩。第三季度GAAP营业收入为44亿美元。GAAP净收入为29亿美元,按美元计算增长22%。", "2025-03-11",
	  "oracle net_income level 2900000000 USD 2025-02-28 actual exact;oracle net_income yoy 22 % 2025-02-28 actual exact;"
	  "oracle operating_income level 4400000000 USD 2025-02-28 actual exact" },
	/* 同比暴涨 is a rise; "48%的增速" after it names neither measure nor
	 * company and restates it: not Alphabet's own growth, given before */
	{ "第四季度,Alphabet实现营收1138.3亿美元,同比增长18%。\n- 谷歌云收入176.6亿美元,同比暴涨48%\n云业务依旧是最大亮点。\n"
	  "48%的增速,在当前大背景下极其罕见。",
	  "2026-02-06",
	  "alphabet revenue level 113830000000 USD 2025-12-31 actual exact;alphabet revenue yoy 18 % 2025-12-31 actual exact;"
	  "google-cloud revenue level 17660000000 USD 2025-12-31 actual exact;google-cloud revenue yoy 48 % 2025-12-31 actual "
	  "exact" },
	/* 较市场预期高 2.57%: by how much a figure beat expectations */
	{ "百度2023年第二季度财报。第二季度,百度实现营收人民币340.56亿元,同比增长15%,较市场预期高 2.57%。", "2023-08-23",
	  "baidu revenue level 34056000000 CNY 2023-06-30 actual exact;baidu revenue yoy 15 % 2023-06-30 actual exact" },
	/* what a forecast of a later quarter grows from, of a quarter over,
	 * is the reported figure: its twin in new Taiwan dollars yields */
	{ "TSMC hosted its second-quarter earnings call. TSMC expects third-quarter revenue to be between $22.4 billion "
	  "and $23.2 billion, an increase of 7.6% to 11.4% from the second quarter's $20.82 billion revenue.\n\nThe "
	  "second quarter's revenue was NT$673.51 billion.",
	  "2024-07-19",
	  "tsmc revenue level 20820000000 USD 2024-06-30 actual exact;tsmc revenue level 22800000000 USD 2024-09-30 guidance "
	  "range;tsmc revenue qoq 9.5 % 2024-09-30 guidance range" },
	/* a summary of bullets that names no one, its page's title set under
	 * it naming the company once */
	{ "财务表现 - 第二季度总营收467亿美元 同比增长56% - 数据中心收入411亿美元 同比增长56%\n英伟达营收再创新高", "2025-08-28",
	  "nvidia data_center_revenue level 41100000000 USD 2025-07-27 actual exact;nvidia data_center_revenue yoy 56 % "
	  "2025-07-27 actual exact;nvidia revenue level 46700000000 USD 2025-07-27 actual exact;nvidia revenue yoy 56 % "
	  "2025-07-27 actual exact" },
	/* three companies in one list are examples, no rivals of the
	 * subject; an inline bullet ends the words that head its list; an
	 * actual's quarter about as near a forecast's period a year either
	 * side is the one over */
	{ "Zeta Cloud aside, CoreWeave (CRWV) sits at the bullseye of the AI story. The company is a lever.\nThe Street will "
	  "parse capex ($20–$23 billion for 2025, with a Q4 ramp). Since then, a string of deals (Nvidia, Meta, OpenAI "
	  "expansions) lifted hopes.\nPrimary watch items for analysts • Backlog trajectory: Q2 revenue backlog was $30.1 "
	  "billion (up 86% y/y).",
	  "2025-11-10",
	  "coreweave backlog level 30100000000 USD 2025-06-30 actual exact;coreweave backlog yoy 86 % 2025-06-30 actual exact;"
	  "coreweave capex level 21500000000 USD 2025-12-31 consensus range" },
	/* a summary whose opening sentence names the quarter and forecasts
	 * the year: figures said as over after it are the quarter's; the
	 * year before a figure was compared with is no period the next
	 * sentences report; icon words glued to the lines are set apart */
	{ "Salesforce reported strong Q3 FY2026 results driven by its products, with a raised full-year revenue outlook.\n"
	  "positiveTotal revenues increased 9% year-over-year to $10.3 billion.\n"
	  "positiveGAAP operating margin improved to 21.3% from 20.0% in the prior year.\n"
	  "positiveOperating cash flow increased 17% year-over-year to $2.3 billion, and free cash flow increased 22% to "
	  "$2.2 billion.\n",
	  "2025-12-03",
	  "salesforce free_cash_flow level 2200000000 USD 2025-10-31 actual exact;salesforce free_cash_flow yoy 22 % "
	  "2025-10-31 actual exact;salesforce operating_cash_flow level 2300000000 USD 2025-10-31 actual exact;"
	  "salesforce operating_cash_flow yoy 17 % 2025-10-31 actual exact;salesforce operating_margin level 20 % "
	  "2024-10-31 actual exact;salesforce operating_margin level 21.3 % 2025-10-31 actual exact;salesforce revenue "
	  "level 10300000000 USD 2025-10-31 actual exact;salesforce revenue yoy 9 % 2025-10-31 actual exact" },
	/* "for the quarter" after a second-quarter forecast no figure was
	 * given for as reported: the quarter to come; a first-quarter figure
	 * said as reported after "by 2027": the report's date dates it */
	{ "Broadcom reassured investors on Thursday, issuing a robust second-quarter forecast.\nThe chipmaker projected "
	  "revenue of approximately $14.90 billion for the quarter. It sees an opportunity of $60 billion by 2027.\n"
	  "Broadcom also reported first-quarter revenue of $14.92 billion.",
	  "2025-03-07",
	  "broadcom revenue level 14900000000 USD 2025-05-04 guidance approx;broadcom revenue level 14920000000 USD "
	  "2025-02-02 actual exact" },
	/* a sentence dated to a day takes no period said before it; a
	 * quarter after the year under way is the one inside it */
	{ "The ranking reversed the trajectory set at the end of 2024. As of May 26, data shows that Anthropic's annual "
	  "revenue has climbed to approximately $45B. Anthropic grew fivefold in the first five months of the current "
	  "year. Anthropic projects an operating profit of approximately $559M for the second quarter.",
	  "2026-05-31", "anthropic operating_income level 559000000 USD 2026-06-30 guidance approx" },
	/* 2025四季报(26FYQ1): the December quarter; a numbered section run
	 * into the line (01利润表现) is no part; a forecast of "Q1" after the
	 * results of the company's first quarter is the calendar's first */
	{ "具体来看,苹果2025四季报(26FYQ1)主要财务数据如下:01利润表现营业收入1437.56亿美元,同比增15.65%;毛利率为48.2%。"
	  "03业绩指引预期Q1营收同比增约13%~16%;预期Q1毛利率48%~49%。",
	  "2026-01-30",
	  "apple gross_margin level 48.2 % 2025-12-27 actual exact;apple gross_margin level 48.5 % 2026-03-28 estimate "
	  "range;apple revenue level 143756000000 USD 2025-12-27 actual exact;apple revenue yoy 14.5 % 2026-03-28 guidance "
	  "range;apple revenue yoy 15.65 % 2025-12-27 actual exact" },
	/* a bare year after a quarter's figure is that quarter's year; not
	 * a whole year ("for the full year 2025"), nor after another figure */
	{ "Oracle reported fiscal second-quarter revenues of $16.1 billion for 2026, marking a 14% year-over-year growth.",
	  "2025-12-11",
	  "oracle revenue level 16100000000 USD 2025-11-30 actual exact;oracle revenue yoy 14 % 2025-11-30 actual exact" },
	{ "Amazon's capital expenditures came to $34.2 billion in the third quarter, and the company now expects to spend "
	  "about $125 billion in 2025.",
	  "2025-10-31",
	  "amazon capex level 125000000000 USD 2025-12-31 guidance approx;amazon capex level 34200000000 USD 2025-09-30 "
	  "actual exact" },
	/* "X vs. Y expected" items under a lead that says what they are
	 * compared with: the first of each is the result; "called for" is
	 * guidance */
	{ "Microsoft reported better-than-expected revenue for the fiscal fourth quarter.\nHere's how the company performed "
	  "in comparison with LSEG consensus:\nEarnings per share: $3.65 vs. $3.37 expected\nRevenue: $76.44 billion vs. "
	  "$73.81 billion expected\nMicrosoft's finance chief, Amy Hood, called for $74.7 billion to $75.8 billion in fiscal first-quarter "
	  "revenue.",
	  "2025-07-30",
	  "microsoft eps level 3.37 USD 2025-06-30 estimate exact;microsoft eps level 3.65 USD 2025-06-30 actual exact;"
	  "microsoft revenue level 73810000000 USD 2025-06-30 estimate exact;microsoft revenue level 75250000000 USD "
	  "2025-09-30 guidance range;microsoft revenue level 76440000000 USD 2025-06-30 actual exact" },
	/* a title that opens on a part's figure names its company in the
	 * next clause; the customers a note lists (包括 X、Y) are no rival
	 * subjects */
	{ "【存储芯片同比大增45%!美光Q4财报:HBM放量】\n一、核心业绩\n总营收达113亿美元(同比+46%),高于市场预期的112亿美元\n"
	  "二、客户\n客户包括英伟达、超微(首批订单),需求延续\n",
	  "2025-09-25",
	  "micron revenue level 11200000000 USD 2025-08-28 consensus exact;micron revenue level 11300000000 USD 2025-08-28 "
	  "actual exact;micron revenue yoy 46 % 2025-08-28 actual exact" },
	/* two metrics and two figures that "and" closes pair in order, as
	 * "respectively" would say; a run of as many after them pairs the
	 * same way; a lone figure after them is left out */
	{ "Meta expects gross margin and operating margin in the fourth quarter of 2025 at 41%-43% and 22%-24%, above "
	  "consensus of 40.5% and 21.9%.\nMeta said net income and free cash flow were $3 billion and $2 billion in the third "
	  "quarter of 2025, up 12%.",
	  "2025-11-03",
	  "meta free_cash_flow level 2000000000 USD 2025-09-30 actual exact;meta gross_margin level 40.5 % 2025"
	  "-12-31 consensus exact;meta gross_margin level 42 % 2025-12-31 guidance range;meta net_income level "
	  "3000000000 USD 2025-09-30 actual exact;meta operating_margin level 21.9 % 2025-12-31 consensus exact"
	  ";meta operating_margin level 23 % 2025-12-31 guidance range" },
	/* a percentage moved from one to another a year apart (从X,同比降到Y):
	 * the one moved to is the level, the one moved from the year-ago
	 * level; with no period said, the start is left out */
	{ "百度本季度收入增长7%。经营利润率从18%,同比降到11%。毛利率从45%升至47%。",
	  "2025-11-20",
	  "baidu gross_margin level 47 % 2025-09-30 actual exact;baidu operating_margin level 11 % 2025-09-30 actual "
	  "exact;baidu operating_margin level 18 % 2024-09-30 actual exact;baidu revenue yoy 7 % 2025-09-30 actual exact" },
	/* a year that owns the figure after it ("2024's $51.4 billion"), in
	 * a sentence that named its own year before, is that figure's only */
	{ "Meta plans $70 billion of capex in 2025, up from 2024's $39.2 billion, while analysts expecting around $65 billion "
	  "were surprised.",
	  "2025-01-30",
	  "meta capex level 39200000000 USD 2024-12-31 actual exact;meta capex level 65000000000 USD 2025-12-31 consensus "
	  "approx;meta capex level 70000000000 USD 2025-12-31 estimate exact" },
	/* a label that names a part we do not know holds past a semicolon:
	 * its operating income is not the company's */
	{ "Amazon fourth quarter 2025 results\nSegment Performance\n  • Devices and Services: $12.3B sales; $0.4B operating income, a "
	  "record.\n  • Amazon Web Services (AWS): $35.6B revenue, $12.5B operating income.\n",
	  "2026-02-06",
	  "aws operating_income level 12500000000 USD 2025-12-31 actual exact;aws revenue level 35600000000 USD 2025-12-31 "
	  "actual exact" },
	/* a part's segment named before ", which generated revenues": the
	 * relative clause is the part's, and with the metric (singular or
	 * plural) the words name a metric of the lexicon; a part the lexicon
	 * does not know blocks its figure */
	{ "AMD third quarter 2025 results. The standout was AMD’s Data Center segment, which generated revenues of $4.3 "
	  "billion. AMD's Embedded segment, which generated revenues of $0.9 billion, recovered.",
	  "2025-11-05",
	  "amd data_center_revenue level 4300000000 USD 2025-09-30 actual exact" },
	/* what follows 的 before a quarter and the metric names a part:
	 * its sales are not the company's */
	{ "辉达第四季营收 681 亿美元。公司用于连接服务器的交换芯片第四季销售额达 109.8 亿美元，年增 263%。",
	  "2026-02-26",
	  "nvidia revenue level 68100000000 USD 2026-01-25 actual exact" },
	/* a change of the number of customers a metric counts them by
	 * (年营收客户数, ...的客户数:) is no change of that metric */
	{ "CoreWeave 第三季营收 13.6 亿美元,同比增长 134%。\n    • 年营收超过 1 亿美元的客户数:同比增长 2 倍\n"
	  "    • 年营收客户数同比增长 50%\n",
	  "2025-11-11",
	  "coreweave revenue level 1360000000 USD 2025-09-30 actual exact;coreweave revenue yoy 134 % 2025-09-30 actual "
	  "exact" },
	/* a figure a month or a day is a rate, no level of the period */
	{ "OpenAI's annualized revenue was $20 billion at the end of 2025, and by April 2026 the company confirmed revenue of "
	  "about $2 billion a month.",
	  "2026-05-31",
	  "openai arr level 20000000000 USD 2025-12-31 actual exact" },
	/* the quarter of last year said again (去年第四季财报。去年第四季毛利率)
	 * is the same quarter, not the year before it */
	{ "台积电昨天公布去年第四季财报。去年第四季毛利率达到62.3%。",
	  "2026-01-15",
	  "tsmc gross_margin level 62.3 % 2025-12-31 actual exact" },
	/* a rated note that names its company once, late, and calls it 公司
	 * throughout: the company is its subject; "Non - GAAP" as a page
	 * spaced it is no name; its table run into the line is read */
	{ "投资评级 - 维持“买入”评级 [1] 核心观点 - 公司 FY25Q4 营收 120 亿美元,同比增长 20%;Non - GAAP 毛利率 55.5%;"
	  "公司预计下季度继续增长 [2] - 公司 CEO 表示美光 HBM 需求旺盛 [3] 主要财务指标 |指标|FY2025A|FY2026E| | ---- | ---- | ---- | "
	  "|营业收入(亿美元)|373.8|520.1| [4] 风险提示\n",
	  "2025-09-30",
	  "micron gross_margin level 55.5 % 2025-08-28 actual exact;micron revenue level 12000000000 USD 2025-08-28 actual "
	  "exact;micron revenue level 37380000000 USD 2025-08-28 actual exact;micron revenue level 52010000000 USD 2026-09-03 "
	  "estimate exact;micron revenue yoy 20 % 2025-08-28 actual exact" },
	/* a Hong Kong results table a PDF gave a cell a line, its heads
	 * stacked the same way (a year over its day); 5,004* is a figure,
	 * its footnote's mark set after it */
	{ "百度集团中期业绩公布\n截至下列日期止三个月\n二零二五年\n六月三十日\n二零二四年\n六月三十日\n同比变动\n"
	  "(人民币百万元,另有指明者除外)\n收入\n32,713\n33,931\n-4%\n毛利\n14,200\n16,900\n-16%\n经营盈利\n3,001\n5,004*\n"
	  "-40%\n董事会宣布上述业绩。\n",
	  "2025-08-20",
	  "baidu gross_profit level 14200000000 CNY 2025-06-30 actual exact;baidu gross_profit level 1690000000"
	  "0 CNY 2024-06-30 actual exact;baidu gross_profit yoy -16 % 2025-06-30 actual exact;baidu operating_i"
	  "ncome level 3001000000 CNY 2025-06-30 actual exact;baidu operating_income level 5004000000 CNY 2024-06-30 actu"
	  "al exact;baidu operating_income yoy -40 % 2025-06-30 actua"
	  "l exact;baidu revenue level 32713000000 CNY 2025-06-30 actual exact;baidu revenue level 33931000000 "
	  "CNY 2024-06-30 actual exact;baidu revenue yoy -4 % 2025-06-30 actual exact" },
	/* 每股净利润, 每股纯益: earnings per share (0029) */
	{ "美光第四财季营收113亿美元,调整后每股净利润为3.03美元。", "2025-09-24",
	  "micron eps level 3.03 USD 2025-08-28 actual exact;micron revenue level 11300000000 USD 2025-08-28 actual exact" },
	/* "forecasted" forecasts: the quarter is the one to come; "analyst
	 * expectations" are the consensus */
	{ "AMD reported third-quarter results. For the fourth quarter, AMD forecasted $9.6 billion in revenue, above analyst "
	  "expectations of $9.15 billion.",
	  "2025-11-05",
	  "amd revenue level 9150000000 USD 2025-12-31 consensus exact;amd revenue level 9600000000 USD 2025-12-31 guidance "
	  "exact" },
	/* "it was", "it had reached" after an opening of when goes on with
	 * the measure, in the currency of the figure before */
	{ "In January 2025, Cursor's annualized revenue was around 100 million dollars. By June 2025 it was about 500 "
	  "million. By November 2025 it had reached roughly 1 billion.",
	  "2026-01-10",
	  "cursor arr level 100000000 USD 2025-01-31 actual approx;cursor arr level 1000000000 USD 2025-11-30 actual approx;"
	  "cursor arr level 500000000 USD 2025-06-30 actual approx" },
	/* a text that awaits results and names no period: what Wall Street
	 * expects is of the quarter last ended; the changes an aside gives
	 * of a variant (excluding TAC) are the variant's */
	{ "Alphabet reports earnings after the market close on July 23. Wall Street expects:\n- revenues of $84.4 billion "
	  "(this means YoY +13.1%)\n- revenues excluding TAC at the level of $73.2 billion (this means YoY +17.9%)\n",
	  "2024-07-22",
	  "alphabet revenue level 84400000000 USD 2024-06-30 estimate exact;alphabet revenue yoy 13.1 % 2024-06-30 estimate "
	  "exact" },
	/* figures said of both (双双) after as many metrics, each with its
	 * own figure, pair with them in order; the quarter before, in a
	 * forecast, is what it held */
	{ "台积电预估，第一季毛利率 63%-65%，营益率 54%-56%，双双超越上季的 62.3%、54%。",
	  "2026-01-15",
	  "tsmc gross_margin level 62.3 % 2025-12-31 actual exact;tsmc gross_margin level 64 % 2026-03-31 guida"
	  "nce range;tsmc operating_margin level 54 % 2025-12-31 actual exact;tsmc operating_margin level 55 % "
	  "2026-03-31 guidance range" },
	/* what a part's figure is compared with in its sentence is the
	 * part's, whoever gave it */
	{ "博通公布一季度业绩,收入193亿美元。其中,一季度AI半导体收入达84亿美元,高于博通此前提供的指引约82亿美元。",
	  "2026-03-06",
	  "broadcom revenue level 19300000000 USD 2026-02-01 actual exact" },
	/* 3季度, 4季度 without 第; 其中游戏同比+13%: of which, a part's
	 * change, not the total's */
	{ "腾讯3季度总收入1672亿元。其中游戏同比+13%/社交+4%。预计4季度总收入同比增8.2%。",
	  "2024-11-14",
	  "tencent revenue level 167200000000 CNY 2024-09-30 actual exact;tencent revenue yoy 8.2 % 2024-12-31 estimate "
	  "exact" },
	/* a profit said as a loss after its amount is negative; a loss on
	 * something is a loss of its own */
	{ "Nebius reported 2025 net income of $101.7 million, compared with a $641.4 million loss in 2024.", "2026-02-12",
	  "nebius net_income level -641400000 USD 2024-12-31 actual exact;nebius net_income level 101700000 USD 2025-12-31 "
	  "actual exact" },
	/* parts named after the metric (through the company's online
	 * stores, of third-party sellers) and a product's label in small and
	 * capital letters (iPad:) are no company's figures */
	{ "Amazon reported first quarter 2019 results. Net sales increased 17% to $59.7 billion. Sales through Amazon's "
	  "online stores grew 9.3%, while sales of third party sellers rose 19.3%.",
	  "2019-04-26",
	  "amazon revenue level 59700000000 USD 2019-03-31 actual exact;amazon revenue yoy 17 % 2019-03-31 actual exact" },
	{ "Apple reported first quarter results. Total revenue rose 16% to $143.8 billion.\n- iPad: Revenue rose 6% to "
	  "$8.6 billion.\n",
	  "2026-01-30",
	  "apple revenue level 143800000000 USD 2025-12-27 actual exact;apple revenue yoy 16 % 2025-12-27 actual exact" },
	/* "January revenues reaching": a month's, named by the month alone
	 * before the metric; a month names no part */
	{ "TSMC reported a surge for the start of 2026, with January revenues reaching NT$401.26 billion, an increase of "
	  "19.8 per cent from December 2025 and an increase of 36.8 per cent from January 2025.",
	  "2026-02-10",
	  "tsmc revenue level 401260000000 TWD 2026-01-31 actual exact;tsmc revenue qoq 19.8 % 2026-01-31 actual exact;"
	  "tsmc revenue yoy 36.8 % 2026-01-31 actual exact" },
	/* revenue coming from a part (来自X的收入) is the part's */
	{ "百度公布2021年第三季度财报,总营收319亿元。来自百度核心的收入为247亿元,同比增长15%。", "2021-11-19",
	  "baidu revenue level 31900000000 CNY 2021-09-30 actual exact;baidu-core revenue level 24700000000 CNY 2021-09-30 "
	  "actual exact;baidu-core revenue yoy 15 % 2021-09-30 actual exact" },
	/* a quarter said relatively that owns its figure (高于上一季度的,
	 * 前一季的) is one quarter back, not two; 经调整后 names no part */
	{ "甲骨文第二财季资本支出达120亿美元，高于上一季度的85亿美元。经调整后营业利益67亿美元。", "2025-12-11",
	  "oracle capex level 12000000000 USD 2025-11-30 actual exact;oracle capex level 8500000000 USD 2025-08-31 actual "
	  "exact;oracle operating_income level 6700000000 USD 2025-11-30 actual exact" },
	/* 元月, January as Taiwan writes it; 比前一月, against the month before;
	 * 今年度, this year (度 names no part) */
	{ "台积电今日公布元月合并营收约为新台币 4,012 亿元，也比前一月大增 19.8%，较去年同期增加了 36.8%。今年度资本支出将扩大至 "
	  "520 亿～560 亿美元之间。",
	  "2026-02-10",
	  "tsmc capex level 54000000000 USD 2026-12-31 estimate range;tsmc revenue level 401200000000 TWD 2026-01-31 actual "
	  "approx;tsmc revenue qoq 19.8 % 2026-01-31 actual exact;tsmc revenue yoy 36.8 % 2026-01-31 actual exact" },
	/* the quarter a later sentence compares with (对比上个季度是34%) is
	 * no period of the paragraph after it: this quarter is */
	{ "Alphabet 公布了 2025 年第四季度财报:总营收 1138 亿美元。\nGoogle Cloud 本季度收入 177 亿美元,同比增长 48%。对比上个季度"
	  "是 34%,再上个季度是 28%。可以看到增长在加速。\n更值得注意的是利润端。Google Cloud 的经营利润达到 53 亿美元。\n",
	  "2026-02-05",
	  "alphabet revenue level 113800000000 USD 2025-12-31 actual exact;google-cloud operating_income level 5300000000 USD "
	  "2025-12-31 actual exact;google-cloud revenue level 17700000000 USD 2025-12-31 actual exact;google-cloud revenue yoy "
	  "48 % 2025-12-31 actual exact" },
	/* 运营利润率 is the operating margin (0030); 该指标 goes on with the
	 * metric the sentence before named */
	{ "CoreWeave 第三季营收预计约13亿美元。更值得关注的是运营利润率的下滑。该指标预计约为14.3%,远低于去年同期的21%以上。",
	  "2025-11-10",
	  "coreweave operating_margin level 14.3 % 2025-09-30 estimate approx;coreweave operating_margin level 21 % "
	  "2024-09-30 actual at_least;coreweave revenue level 1300000000 USD 2025-09-30 estimate approx" },
	/* a list of metrics, each with its figure, closed by the period it is
	 * for (past a figure's bracketed aside) */
	{ "Meta posted a strong second quarter. Meta today announced revenue of $51.2 billion, net income of $2.7 "
	  "billion, and diluted earnings per share of $1.05 (EUR 0.90 per share) for the quarter ended September 30, "
	  "2025.",
	  "2025-11-20",
	  "meta eps level 1.05 USD 2025-09-30 actual exact;meta net_income level 2700000000 USD 2025-09-30 actual exact;"
	  "meta revenue level 51200000000 USD 2025-09-30 actual exact" },
	/* a clause that only names the quarter compared with makes the changes
	 * after it sequential; "an X% increase in METRIC" names its own */
	{ "Compared to second quarter 2025, Meta's third quarter results represented a 7.9% increase in revenue and a "
	  "36% decrease in net income.",
	  "2025-11-20",
	  "meta net_income qoq -36 % 2025-09-30 actual exact;meta revenue qoq 7.9 % 2025-09-30 actual exact" },
	/* two metrics that both moved by one figure: each its fact */
	{ "Oracle said total revenue rose 14% in the second quarter of fiscal 2026 while net income and diluted EPS "
	  "both increased 90%. 2025年第二季度，百度营收和净利润均同比下降4%。",
	  "2025-12-15",
	  "baidu net_income yoy -4 % 2025-06-30 actual exact;baidu revenue yoy -4 % 2025-06-30 actual exact;"
	  "oracle eps yoy 90 % 2025-11-30 actual exact;oracle net_income yoy 90 % 2025-11-30 actual exact;"
	  "oracle revenue yoy 14 % 2025-11-30 actual exact" },
	/* a quarter's margin "from 33% last year" is the same quarter's then;
	 * "net profit margin" is the net margin (0031) */
	{ "Tencent third quarter 2024: operating profit rose 20% YoY. Operating margin increased to 37% from 33% last "
	  "year. Net profit margin was 28%.",
	  "2024-11-13",
	  "tencent net_margin level 28 % 2024-09-30 actual exact;tencent operating_income yoy 20 % 2024-09-30 actual "
	  "exact;tencent operating_margin level 33 % 2023-09-30 actual exact;tencent operating_margin level 37 % "
	  "2024-09-30 actual exact" },
	/* 今年次季 is the second quarter, 首季 the first; a result that beat
	 * the market's expectation is no forecast; two kinds named before two
	 * figures pair in order; 毛利赚幅 is the gross margin (0031) */
	{ "百度公布今年次季业绩，超出市场预期并创下新高，营收按年及按季分别增长7.5%及3.2%，毛利赚幅为45.1%。"
	  "腾讯2024年首季营收同比和环比分别增长6%和4%。",
	  "2025-08-20",
	  "baidu gross_margin level 45.1 % 2025-06-30 actual exact;baidu revenue qoq 3.2 % 2025-06-30 actual exact;"
	  "baidu revenue yoy 7.5 % 2025-06-30 actual exact;tencent revenue qoq 4 % 2024-03-31 actual exact;"
	  "tencent revenue yoy 6 % 2024-03-31 actual exact" },
	/* "compared with last year's $1.2 billion" (either apostrophe) and
	 * "versus $27.9 billion last year": the year-ago quarter's figure, not
	 * the first one's; "the margin rose to 45%" is no change of operating
	 * income */
	{ "In the second quarter of 2025, Google Cloud operating income reached $2.8 billion compared with last "
	  "year\u2019s $1.2 billion. Microsoft operating income was $32.0 billion in the second quarter of 2025 versus "
	  "$27.9 billion last year, and the margin rose to 45%.",
	  "2025-08-20",
	  "google-cloud operating_income level 1200000000 USD 2024-06-30 actual exact;google-cloud operating_income "
	  "level 2800000000 USD 2025-06-30 actual exact;microsoft operating_income level 27900000000 USD 2024-06-30 "
	  "actual exact;microsoft operating_income level 32000000000 USD 2025-06-30 actual exact" },
	/* Taiwan's 淨收入 is net income; 從去年同期的 X 增至 Y: X is the
	 * year-ago level */
	{ "蘋果第三季淨收入從去年同期的214億美元增至234億美元。",
	  "2025-08-20",
	  "apple net_income level 21400000000 USD 2024-06-29 actual exact;apple net_income level 23400000000 USD "
	  "2025-06-28 actual exact" },
	/* the consensus a reported figure is held against is of its quarter,
	 * not the next one a bare "the third quarter" forecast would read */
	{ "On the surface, the third quarter was strong.\n\nNebius posted revenue of $146 million, up 355% "
	  "year-over-year and slightly above the consensus of $140 million.",
	  "2025-11-20",
	  "nebius revenue level 140000000 USD 2025-09-30 consensus exact;nebius revenue level 146000000 USD 2025-09-30 "
	  "actual exact;nebius revenue yoy 355 % 2025-09-30 actual exact" },
	/* a company invested in is no subject of what follows it */
	{ "亚马逊2025年第三季度净利润212亿美元 - 计入Anthropic投资收益后 - 营业利润174亿美元",
	  "2025-11-20",
	  "amazon net_income level 21200000000 USD 2025-09-30 actual exact;amazon operating_income level 17400000000 "
	  "USD 2025-09-30 actual exact" },
	/* 其 after a part's figure, past a ；, is the part's: left out */
	{ "Alphabet公布2025年第四季度業績。本季度,雲端業務營收達177億美元;其營業利潤率為30.1%。",
	  "2026-02-05",
	  "" },
	/* 本季 after a quarter of the year before said to explain a figure is
	 * the quarter reported, not that one */
	{ "微软公布2026财年第二季度财报，本季营收812.7亿美元，同比增长17%。个人计算业务增长放缓，主要因为2025财年"
	  "第二季度基数较高。本季Azure营收同比增长39%。",
	  "2026-01-29",
	  "azure revenue yoy 39 % 2025-12-31 actual exact;microsoft revenue level 81270000000 USD 2025-12-31 actual "
	  "exact;microsoft revenue yoy 17 % 2025-12-31 actual exact" },
	/* a change's own words, before an "and" and the next figure, are its
	 * own: qoq, then yoy */
	{ "Google Cloud backlog reached $155 billion at the end of the third quarter of 2025. This marks a 46% "
	  "increase from the prior quarter and an 82% rise year-over-year.",
	  "2025-11-20",
	  "google-cloud backlog level 155000000000 USD 2025-09-30 actual exact;google-cloud backlog qoq 46 % "
	  "2025-09-30 actual exact;google-cloud backlog yoy 82 % 2025-09-30 actual exact" },
	/* a figure that "exceeded guidance at" is an actual; "by end-2026" is
	 * the year's last month */
	{ "CoreWeave closed 2025 strongly: fourth quarter revenue was $1.57 billion and ARR exceeded guidance at $6.1 "
	  "billion. CoreWeave targets ARR of $12 billion to $14 billion by end-2026.",
	  "2026-02-27",
	  "coreweave arr level 13000000000 USD 2026-12-31 guidance range;coreweave arr level 6100000000 USD 2025-12-31 "
	  "actual exact;coreweave revenue level 1570000000 USD 2025-12-31 actual exact" },
	/* a heading that states a part's figure does not make the company's
	 * figures under it the part's; 首三季 is the first nine months */
	{ "腾讯公布第三季业绩\n\n增值服务业务收入升17%\n\n于第三季，收入按年增长13%至1802.3亿元。按业务划分，增值服务业务"
	  "收入按年增长17%至912亿元。\n\n另外，腾讯首三季纯利1505.2亿元，按年升15%。",
	  "2025-11-13",
	  "tencent net_income level 150520000000 CNY 2025-09-30 actual exact;tencent net_income yoy 15 % 2025-09-30 "
	  "actual exact;tencent revenue level 180230000000 CNY 2025-09-30 actual exact;tencent revenue yoy 13 % "
	  "2025-09-30 actual exact;tencent-vas revenue level 91200000000 CNY 2025-09-30 actual exact;tencent-vas "
	  "revenue yoy 17 % 2025-09-30 actual exact" },
	/* a Hong Kong filing's table as a PDF gives it: rows with single
	 * spaces, heads stacked a line a part, in Chinese numerals */
	{ "某某控股2025年一季报\n\n腾讯控股业绩摘要\n截至下列日期止三个月\n二零二五年\n三月三十一日\n二零二四年\n"
	  "三月三十一日 同比变动\n(人民币百万元)\n收入 180,022 159,501 13%\n经营盈利 57,566 48,456 19%\n",
	  "2025-05-14",
	  "tencent operating_income level 48456000000 CNY 2024-03-31 actual exact;tencent operating_income level "
	  "57566000000 CNY 2025-03-31 actual exact;tencent operating_income yoy 19 % 2025-03-31 actual exact;tencent "
	  "revenue level 159501000000 CNY 2024-03-31 actual exact;tencent revenue level 180022000000 CNY 2025-03-31 "
	  "actual exact;tencent revenue yoy 13 % 2025-03-31 actual exact" },
	/* a title labelled by a part, then its company ("Claude Code:
	 * Anthropic's ..."), is on the part: its ARR is not the company's */
	{ "Guide\n\nClaude Code: Anthropic's Agentic Coding Tool\n\nClaude Code began as a terminal tool and grew "
	  "fast.\n\n  \u2022 Opened to all developers in May 2025; passed $500M ARR by September 2025.",
	  "2025-12-01",
	  "claude-code arr level 500000000 USD 2025-09-30 actual at_least" },
	/* 其中 Slack 的营收: a name we do not know before 的 names a part */
	{ "Salesforce本季度营收102.6亿美元,其中 Slack 的营收约为 9 亿美元,同比增长 12%。",
	  "2025-12-04",
	  "salesforce revenue level 10260000000 USD 2025-10-31 actual exact" },
	/* 占总支出的 30%: the whole a share is of, not the company's spending */
	{ "2025年第二季度,微软 Azure 占总支出的 22%,同比增长 39%。",
	  "2025-08-20",
	  "azure revenue yoy 39 % 2025-06-30 actual exact" },
	/* 去年推出的: when what is named was begun dates no figure */
	{ "Salesforce 公布 2026 财年第二季度业绩。\n\nSalesforce首席执行官表示:“去年推出的产品帮助我们迎来了一个强劲的季度,"
	  "实现了102亿美元的收入。”",
	  "2025-09-03",
	  "salesforce revenue level 10200000000 USD 2025-07-31 actual exact" },
	/* a clause whose subject is a measure we do not know (initials,
	 * buybacks) holds none of the metric's figures; "raised $10B to" and
	 * "a $10B step-up" are differences */
	{ "Meta's first quarter of 2026: revenue was $56.3 billion. FY26 capex guidance was raised $10B to $125-145B, "
	  "a $10B step-up at the midpoint; Q1 buybacks were zero (vs. $12.8B in Q1 2025), and DAP missed at 3.56B. "
	  "That keeps the bear case from our Q3 2025 downgrade.\n\nRevenue rose 33% year over year.",
	  "2026-04-29",
	  "meta capex level 135000000000 USD 2026-12-31 guidance range;meta revenue level 56300000000 USD 2026-03-31 "
	  "actual exact;meta revenue yoy 33 % 2026-03-31 actual exact" },
	/* a first line of text that names a year and a quarter frames the
	 * text with neither: the quarter said later dates the figures */
	{ "Nebius had a strong 2025. Then it told investors what to expect in the first quarter of 2026, and the "
	  "stock fell.\n\nWhat did Nebius report?\n\nOn the surface, the fourth quarter was strong.\n\nNebius posted "
	  "revenue of $228 million, up 500% year-over-year.",
	  "2026-02-20",
	  "nebius revenue level 228000000 USD 2025-12-31 actual exact;nebius revenue yoy 500 % 2025-12-31 actual exact" },
	/* "Analysts had projected" gives the consensus of the figure before;
	 * "Cloud Intelligence" is Alibaba's cloud (0032) */
	{ "Alibaba reported revenue of 236.5 billion yuan for the quarter ended June 30, 2025. Analysts had projected "
	  "252.6 billion yuan. Cloud Intelligence revenue reached 33.4 billion yuan.",
	  "2025-08-29",
	  "alibaba revenue level 236500000000 CNY 2025-06-30 actual exact;alibaba revenue level 252600000000 CNY "
	  "2025-06-30 consensus exact;alibaba-cloud revenue level 33400000000 CNY 2025-06-30 actual exact" },
	/* a loss in brackets, "($0.31)"; a margin said with no comma before
	 * "plus or minus" is no bound; "10 to 12%" is a range of percentages */
	{ "Nebius third quarter 2025: GAAP diluted EPS was ($0.31). AMD guided Q4 2025 revenue to approximately $9.6 "
	  "billion plus or minus $300 million. Apple expects December quarter revenue to grow 10 to 12% year over year.",
	  "2025-11-12",
	  "amd revenue level 9600000000 USD 2025-12-31 guidance approx;apple revenue yoy 11 % 2025-12-27 guidance range;"
	  "nebius eps level -0.31 USD 2025-09-30 actual exact" },
	/* "down from the 49% growth last quarter": the rate it came down
	 * from, as it was; where a share came from is no change; what a gain
	 * is worth a share is no earnings */
	{ "In the second quarter of 2025, AWS revenue was up 17% Y/Y, down from the 19% growth last quarter. "
	  "OpenAI represents more than 30% of Oracle RPO, down from over 40% a year ago. Oracle booked a gain of "
	  "$2.1 billion, worth about $0.70 per share.",
	  "2025-08-01",
	  "aws revenue yoy 17 % 2025-06-30 actual exact;aws revenue yoy 19 % 2025-03-31 actual exact" },
	/* 估达: estimated to reach; a range of numbers written in two scales
	 * is one figure in the 元 said with it, not the dollars before (and
	 * beside the dollar figure, the other currency's is left out) */
	{ "台積電今年第二季美元營收估達 392-404 億美元，並依匯率 29 作為基礎，新台幣營收約 1 兆 137 億元至 1 兆 1716 億元。"
	  "台積電預估今年第三季營收約 1 兆 200 億元至 1 兆 900 億元。",
	  "2026-04-16",
	  "tsmc revenue level 1055000000000 TWD 2026-09-30 guidance range;tsmc revenue level 39800000000 USD "
	  "2026-06-30 estimate range" },
	/* 微软云表现: the company's name run on into 云 and a label: what the
	 * colon leads is the cloud's, not the company's */
	{ "微软2026财年第一季度业绩。微软云表现:季度收入达到491亿美元。微软营收777亿美元。",
	  "2025-10-30",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* 超出机构一致预期2.15%: by how much a figure beat the institutions'
	 * consensus; points are never a rate's level */
	{ "第二季度腾讯实现收入1845亿元,同比增长14.5%,超出机构一致预期1.6%。毛利率为56.9%,超出机构一致预期0.3个百分点。",
	  "2025-08-14",
	  "tencent gross_margin level 56.9 % 2025-06-30 actual exact;tencent revenue level 184500000000 CNY 2025-06-30 "
	  "actual exact;tencent revenue yoy 14.5 % 2025-06-30 actual exact" },
	/* the part named as the subject of the clause after it (…的數據中心
	 * 業務，季度收入達…): the data center's revenue, not the company's */
	{ "輝達第三季負責AI加速器與網路產品的數據中心業務，季度收入達512億美元，高於市場預期的490億美元。",
	  "2025-11-20",
	  "nvidia data_center_revenue level 49000000000 USD 2025-10-26 consensus exact;nvidia data_center_revenue "
	  "level 51200000000 USD 2025-10-26 actual exact" },
	/* statements set apart by spaces after % or 元: each change is of the
	 * metric before it; a forecast after figures of two metrics, with no
	 * metric of its own, is left out */
	{ "英伟达FY26 Q3营收570亿美元,同比增长62% 净利润319亿美元,同比增长65% 下一季度指引650亿美元",
	  "2025-11-20",
	  "nvidia net_income level 31900000000 USD 2025-10-26 actual exact;nvidia net_income yoy 65 % 2025-10-26 actual "
	  "exact;nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue yoy 62 % 2025-10-26 "
	  "actual exact" },
	/* a short label line above ("数据中心:…", "游戏:…") names whose the
	 * revenue under it is: the data center's (a metric of the lexicon),
	 * gaming's (a business we do not track: left out) */
	{ "英伟达2026财年第三季度财报解读\n\n数据中心:增长引擎\nQ3收入:$512亿(同比+66%)\n\n游戏:稳健\nQ3收入:$43亿(同比+30%)",
	  "2025-11-20",
	  "nvidia data_center_revenue level 51200000000 USD 2025-10-26 actual exact;nvidia data_center_revenue yoy 66 % "
	  "2025-10-26 actual exact" },
	/* an expectation a result beat, with its own figure, is that figure's
	 * alone; shares bought back are no spending; revenue 来自 a source we
	 * do not track is left out */
	{ "台積電第三季毛利率59.5%，優於預期的55.5%至57.5%，歸屬母公司淨利4523億元新台幣，同比增加39.1%。"
	  "Tencent bought back HK$21.1 billion worth of shares in the third quarter of 2025. "
	  "市場預估，輝達2027會計年度來自AI客戶的營收將達3000億美元。",
	  "2025-10-16",
	  "tsmc gross_margin level 56.5 % 2025-09-30 estimate range;tsmc gross_margin level 59.5 % 2025-09-30 actual "
	  "exact;tsmc net_income level 452300000000 TWD 2025-09-30 actual exact;tsmc net_income yoy 39.1 % 2025-09-30 "
	  "actual exact" },
	/* a forecast raised to a figure is of a period still to come, never
	 * the quarter just reported (which one is not said); a loss that
	 * narrowed to a figure is the quarter's */
	{ "Meta's Q3 revenue beat expectations; the company raised its capital expenditures guidance to $72 billion. "
	  "Meta's Q3 results were strong, raising capital expenditures to $72 billion. CoreWeave's third quarter 2025 "
	  "net loss narrowed to $110 million.",
	  "2025-10-30",
	  "coreweave net_income level -110000000 USD 2025-09-30 actual exact" },
	/* "Q4 2026" said of an actual before the calendar's is over: the
	 * company's own fourth quarter of fiscal 2026 (a forecast of it stays
	 * the calendar's) */
	{ "Nvidia Q4 2026 revenue was $68.1 billion. Apple expects Q4 2026 revenue of $140 billion.",
	  "2026-02-26",
	  "apple revenue level 140000000000 USD 2026-12-26 guidance exact;nvidia revenue level 68100000000 USD "
	  "2026-01-25 actual exact" },
	/* a clause that opens on a metric, after a part's figure its sentence
	 * left out, goes on about the part; one that names a whole does not */
	{ "Alphabet第二季度业绩。云业务营业利润率从去年同期的 11.3% 升至 20.7% ,营业利润达到 28 亿美元。Alphabet第二季度"
	  "云业务收入136亿美元，总营收964亿美元。",
	  "2025-07-24",
	  "alphabet revenue level 96400000000 USD 2025-06-30 actual exact" },
	/* a range whose first end is many times its second is misprinted; the
	 * quarter just reported, named after where a move started, is the
	 * move's: the start is of a period not said */
	{ "Amazon's Q4 2018 guidance has revenue rom $685B to $72.58B.", "2018-10-26",
	  "amazon revenue level 72580000000 USD 2018-12-31 guidance exact" },
	{ "Microsoft net income rose to $27.7 billion from $24.7 billion in the first quarter of fiscal 2026.",
	  "2025-10-30", "" },
	/* a company named after "outside of" is no rival subject of the
	 * front; amounts each "in" their metric, and a list that closes on a
	 * time before the one reported, dates all its figures so */
	{ "Broadcom Reports Tonight\n\nBroadcom will report third-quarter results today, a test of demand outside of "
	  "Nvidia.\nAnalysts expect revenue of $15.8 billion. That compares with $1.24 in EPS and $13.1 billion in "
	  "revenue a year ago, and with revenue of $13.1 billion and EPS of $1.24 a year ago.",
	  "2025-09-04",
	  "broadcom eps level 1.24 USD 2024-07-28 actual exact;broadcom revenue level 13100000000 USD 2024-07-28 actual "
	  "exact;broadcom revenue level 15800000000 USD 2025-08-03 consensus exact" },
	/* a result beside what was expected of it, in a flash that names no
	 * period, is of the quarter last ended; not when that ended long ago */
	{ "Oracle results:\n\nEPS: $1.47 vs $1.48 estimate. Revenue: $15.9 billion vs $16.0 billion expected.",
	  "2025-09-10",
	  "oracle eps level 1.47 USD 2025-08-31 actual exact;oracle eps level 1.48 USD 2025-08-31 estimate exact;"
	  "oracle revenue level 15900000000 USD 2025-08-31 actual exact;oracle revenue level 16000000000 USD "
	  "2025-08-31 estimate exact" },
	{ "Oracle results:\n\nEPS: $1.47 vs $1.48 estimate.", "2025-11-20", "" },
	/* an expectation in a text awaiting an upcoming report is of the
	 * quarter last ended; a part named after a dash is the part's, or
	 * with the metric a metric of the lexicon; "a change of" measures
	 * the figure before */
	{ "Analysts expect AMD to post revenue of $9.65 billion in its upcoming report. Analysts forecast 'Revenue- "
	  "Gaming' to reach $855 million. Consensus sees AMD's 'Revenue - Data Center' at $5.1 billion. Analysts "
	  "expect AMD revenue of $9.65 billion, a change of +25% from the year-ago quarter.",
	  "2026-01-20",
	  "amd data_center_revenue level 5100000000 USD 2025-12-31 consensus exact;amd revenue level 9650000000 USD "
	  "2025-12-31 consensus exact;amd revenue yoy 25 % 2025-12-31 consensus exact" },
	/* a bracket that declares a bare 元 US dollars, "the same below",
	 * holds for its figure and those after it; grown "N 倍" is left out
	 * (by N times or to N times is not said), 翻倍 and 是…的N倍 are not */
	{ "AMD第三季度營業收入報92.5億元(美元,下同),按年增長1.4倍,優於市場預期的87億元。淨利潤錄得12.4億元,按年翻倍。"
	  "每股盈利是去年同期的3倍。",
	  "2025-11-05",
	  "amd eps yoy 200 % 2025-09-30 actual exact;amd net_income level 1240000000 USD 2025-09-30 actual exact;amd "
	  "net_income yoy 100 % 2025-09-30 actual exact;amd revenue level 8700000000 USD 2025-09-30 consensus exact;amd "
	  "revenue level 9250000000 USD 2025-09-30 actual exact" },
	/* a sentence that opens on a segment we do not track gives none of
	 * the company's figures; one whose name with the metric is a metric
	 * of the lexicon gives that; an amount "compared to last year's
	 * figure" is its own period's; a per-share aside takes the time said
	 * before its amount, and not the words leading to the next figure */
	{ "Amazon reported results for the fourth quarter of 2024. For the Devices segment, Q4 revenue was $9.1 "
	  "billion, down 3% from a year earlier. Net income was $20.0 billion, or $1.86 a share, well above last "
	  "year's $10.6 billion, or $1.00 a share.",
	  "2025-02-07",
	  "amazon eps level 1 USD 2023-12-31 actual exact;amazon eps level 1.86 USD 2024-12-31 actual exact;amazon "
	  "net_income level 10600000000 USD 2023-12-31 actual exact;amazon net_income level 20000000000 USD "
	  "2024-12-31 actual exact" },
	{ "Nvidia reported results for the fourth quarter of fiscal 2021. On the data-center side, sales rose to $1.9 "
	  "billion compared to last year's figure. For the Automotive segment, revenue was $145 million.",
	  "2021-02-24", "nvidia data_center_revenue level 1900000000 USD 2021-01-31 actual exact" },
	/* ad revenue is a part's; so is what a part "reported", its aside
	 * between commas aside; the company itself reporting is not */
	{ "Apple reported results for its fiscal fourth quarter of 2018. Total ad revenue edged up 3.3% year over "
	  "year. The company's accessories, which include the Apple Watch and HomePod, reported revenues up 31 "
	  "percent to USD 4.23 billion. Apple, which sells services, reported revenue of $62.9 billion.",
	  "2018-11-01", "apple revenue level 62900000000 USD 2018-09-29 actual exact" },
	/* a label line ending on its colon, a blank line above its
	 * paragraph, names whose figures follow: a part by a name of its own
	 * we do not track, or a part of the lexicon */
	{ "微軟公布2026財年第一季財報。\n\n• Microsoft Cloud (微軟雲端)：\n\n總營收達 491 億美元，年增 26%。\n\n• Azure：\n\n"
	  "營收年增 40%。\n",
	  "2025-10-30", "azure revenue yoy 40 % 2025-09-30 actual exact" },
	/* 收入成本, the cost of revenue, is no revenue */
	{ "腾讯2023Q4的收入成本同比下降7%至776亿元。2023年收入为6,090亿元。", "2024-03-20",
	  "tencent revenue level 609000000000 CNY 2023-12-31 actual exact" },
	/* a quarter compared with 比之前一季的 X% is that figure's alone; in
	 * a preview that calls the quarter to be reported 上季, analysts'
	 * 本季 is the quarter under way */
	{ "分析師預期，AMD第4季（上季）營收將年比成長25%至96億美元，年增率比之前一季的36%放緩，資料中心營收估年增30%到50億美元。\n\n"
	  "分析師預測，AMD本季營收將成長30%到98億美元。",
	  "2026-02-01",
	  "amd data_center_revenue level 5000000000 USD 2025-12-31 consensus exact;amd data_center_revenue yoy 30 % "
	  "2025-12-31 consensus exact;amd revenue level 9600000000 USD 2025-12-31 consensus exact;amd revenue level "
	  "9800000000 USD 2026-03-31 estimate exact;amd revenue yoy 25 % 2025-12-31 consensus exact;amd revenue yoy 30 "
	  "% 2026-03-31 estimate exact;amd revenue yoy 36 % 2025-09-30 actual exact" },
	/* a run of two levels paired 分别 onto one metric: which is whose is
	 * not said, both go; a GAAP and non-GAAP pair keeps the reported */
	{ "分析師預計騰訊第三季經調整營業利潤料按年分別增長14%、21%至1900億元、741億元。", "2025-11-11", "" },
	{ "Microsoft fiscal 2026 first quarter. Net income was $27.7 billion GAAP and $30.8 billion non-GAAP, and "
	  "increased 12% and 22%, respectively.",
	  "2025-10-29", "microsoft net_income level 27700000000 USD 2025-09-30 actual exact" },
	/* a quarter's figure right after 季, no word between; a yearless
	 * third quarter after this year's first is this year's */
	{ "台積電今年首季資本支出100.6億美元，第2季96.3億美元，第3季資本支出為97億美元。", "2025-10-16",
	  "tsmc capex level 10060000000 USD 2025-03-31 actual exact;tsmc capex level 9630000000 USD 2025-06-30 actual "
	  "exact;tsmc capex level 9700000000 USD 2025-09-30 actual exact" },
	/* "the three months to March 31"; a translation in brackets leaves
	 * the currency as the amount's for a bare one after it; a loss per
	 * ADS is negative */
	{ "Revenue at Baidu for the three months to March 31 rose 1% to 28.41 billion yuan ($4.22 billion), topping "
	  "an average estimate of 27.82 billion. It posted a net loss of 885 million yuan, or 2.87 yuan per ADS.",
	  "2022-05-26",
	  "baidu eps level -2.87 CNY 2022-03-31 actual exact;baidu net_income level -885000000 CNY 2022-03-31 actual "
	  "exact;baidu revenue level 27820000000 CNY 2022-03-31 estimate exact;baidu revenue level 28410000000 CNY "
	  "2022-03-31 actual exact;baidu revenue yoy 1 % 2022-03-31 actual exact" },
	/* the part's metric said again in a later clause with only time
	 * words before it goes on about the part (a loss of instant retail,
	 * not the group's); 12月底止季度 is the December quarter */
	{ "摩根大通預計，阿里即時零售業務虧損擴大至350億元，但料已見頂，預期助目前12月底止季度虧損收窄至280億元。"
	  "阿里12月底止季度收入料為2,800億元。",
	  "2025-11-25", "alibaba revenue level 280000000000 CNY 2025-12-31 estimate exact" },
	/* "the Nvidia-backed cloud provider": the backer is no subject */
	{ "Nebius, the Nvidia-backed AI cloud provider, expanded.\nDespite reporting third-quarter revenue of $146.1 "
	  "million, shares fell.",
	  "2025-11-12", "nebius revenue level 146100000 USD 2025-09-30 actual exact" },
	/* quarters in an aside after a forecast of the year date when it was
	 * given before; "the Facebook and Instagram parent" is Meta */
	{ "Meta：CapEx指引连续上调：全年指引660-720亿美元(上季度640-720亿美元,去年四季度600-650亿美元)。", "2025-08-01",
	  "meta capex level 69000000000 USD 2025-12-31 guidance range" },
	{ "The Facebook and Instagram parent reported revenue of $42.31 billion for the quarter ending March 31.",
	  "2025-04-30", "meta revenue level 42310000000 USD 2025-03-31 actual exact" },
	/* a growth rate said as what it was, in a sentence that opens on the
	 * year before, is that year's */
	{ "阿里巴巴发布财报,第一季度,阿里云的收入167.61亿元,同比增长37%。去年同期,阿里云的收入增速为58%。", "2021-05-14",
	  "alibaba-cloud revenue level 16761000000 CNY 2021-03-31 actual exact;alibaba-cloud revenue yoy 37 % 2021-03-31 "
	  "actual exact;alibaba-cloud revenue yoy 58 % 2020-03-31 actual exact" },
	/* a declaration of what a bare 元 is holds for the company of the
	 * figure it follows, not another's */
	{ "輝達第二季度營業收入報135.1億元(美元‧下同)。台積電第二季營收9,338億元。輝達第三季營收預計160億元。", "2023-08-23",
	  "nvidia revenue level 13510000000 USD 2023-06-30 actual exact;nvidia revenue level 16000000000 USD "
	  "2023-09-30 estimate exact;tsmc revenue level 933800000000 TWD 2023-06-30 actual exact" },
	/* 索思未来 (Socionext) ends on 未来, "the future": "未来 2023 年" is no
	 * span of 2023 years to come, and the year stays the figure's */
	{ "索思未来 2024年净利润同比增长 38.0%。", "2025-11-20", "socionext net_income yoy 38 % 2024-12-31 actual exact" },
	/* a growth said "in" a quarter a year before the one carried from a
	 * sentence on another company is of that quarter */
	{ "Intuit reported revenue of $5 billion for the third quarter of 2021.\nGeely Automobile operating income grew "
	  "2.30% in Q3 2020.",
	  "2025-11-20",
	  "geely operating_income yoy 2.3 % 2020-09-30 actual exact;intuit revenue level 5000000000 USD 2021-09-30 "
	  "actual exact" },
	/* a list of figures whose first looks like a year (1994/2363) is no
	 * year */
	{ "Meta收入预测：2025-2027年分别为1994/2363/2753亿美元。", "2025-08-01",
	  "meta revenue level 199400000000 USD 2025-12-31 estimate exact;meta revenue level 236300000000 USD 2026-12-31 "
	  "estimate exact;meta revenue level 275300000000 USD 2027-12-31 estimate exact" },
	/* 使得整体营收, 但净利: a word that joins clauses names no part; 營利
	 * is operating profit; 增幅 a growth */
	{ "微軟公布2026財年第一季財報，使得整體營收達777億美元，營利則達380億美元，但淨利整體仍有12%增幅。", "2025-10-29",
	  "microsoft net_income yoy 12 % 2025-09-30 actual exact;microsoft operating_income level 38000000000 USD "
	  "2025-09-30 actual exact;microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* a line that opens on a label of its own is an item: what the item
	 * before dated (a product's launch, 2026 年初量产) does not carry */
	{ "亚马逊发布2025年第三季度财报。\n一、AWS：容量与芯片\n基础设施容量：2027年计划再翻倍。\n芯片：Trainium3 年底预览、2026 年初量产。\n"
	  "战略与增长：AWS 20.2% 增速来自 AI 业务,未完成订单 2000 亿美元。\n",
	  "2025-10-31",
	  "aws revenue yoy 20.2 % 2025-09-30 actual exact;aws rpo level 200000000000 USD 2025-09-30 actual exact" },
	/* "which ends in June" says when the year ends, no period of the
	 * growth after it */
	{ "Analysts expect $100.5 billion in capital expenditures in Microsoft's 2026 fiscal year, which ends in June, "
	  "representing 14% growth.",
	  "2025-07-31",
	  "microsoft capex level 100500000000 USD 2026-06-30 consensus exact;microsoft capex yoy 14 % 2026-06-30 "
	  "consensus exact" },
	/* an item that ends on its colon ("2、Q2 指引:") leads the items
	 * under it: their figures are of its period; 反映 links a metric to
	 * its figure */
	{ "Salesforce FY26 Q1 的财报电话会纪要\n1、FY 2026 指引:\n(1)全年营收反映8-9% 的同比增长。\n2、Q2 指引:\n"
	  "(1)营收预期:101-102 亿美元。\n",
	  "2025-05-28",
	  "salesforce revenue level 10150000000 USD 2025-07-31 guidance range;salesforce revenue yoy 8.5 % 2026-01-31 "
	  "guidance range" },
	/* "by $10 billion to $85 billion", 上调4亿美元至413亿美元: the move,
	 * then where it went, no range; "(区间上限)", the top of a range */
	{ "Alphabet bumped up its 2025 capital spending forecast by $10 billion to $85 billion.", "2025-07-31",
	  "alphabet capex level 85000000000 USD 2025-12-31 estimate exact" },
	/* an amount said as a cause ("due to a $7.6 billion loss") is none of
	 * the period's; a shop in an advert ("Available at Amazon") is no
	 * subject */
	{ "Amazon reported a net loss of $3.8 billion in the first quarter of 2022, largely due to a $7.6 billion net "
	  "loss from its investment in Rivian.",
	  "2022-04-29", "amazon net_income level -3800000000 USD 2022-03-31 actual exact" },
	{ "AirPods Pro with noise cancellation. Available at Amazon. Read More\n\nApple reported first-quarter revenue "
	  "of $91.8 billion.",
	  "2020-01-28", "apple revenue level 91800000000 USD 2019-12-28 actual exact" },
	/* what a company "earned" is a profit the verb does not name: it and
	 * the change after it are left out, not given the revenue said
	 * before; per share, it is the EPS */
	{ "Netflix had revenues of $39 billion in 2024, up 16%; and Spotify, which earned $1.1 billion, up 60%, "
	  "had revenues of $17 billion.",
	  "2025-02-10", "netflix revenue level 39000000000 USD 2024-12-31 actual exact;netflix revenue yoy 16 % "
			"2024-12-31 actual exact;spotify revenue level 17000000000 USD 2024-12-31 actual exact" },
	{ "Netflix earned $5.28 per share in the fourth quarter of 2024.", "2025-02-10",
	  "netflix eps level 5.28 USD 2024-12-31 actual exact" },
	/* "rebounded from losses in 2022": the year of the low, not of the
	 * figures; "its 2023 fiscal year in December", the month the year
	 * ends in */
	{ "Intel ended its 2023 fiscal year in December. Intel rebounded from losses in 2022, with a 12% increase in "
	  "revenue to $54 billion.",
	  "2024-02-01", "intel revenue level 54000000000 USD 2023-12-30 actual exact;intel revenue yoy 12 % 2023-12-30 "
			"actual exact" },
	/* 科技公司, tech companies: a figure of a group, not of the company
	 * the sentence before named first */
	{ "2024 年 Q4 财报发布后 Netflix 股价上涨,Intel 股价下跌。2024 年 Q4 科技公司研发费用同比增速创新高,同比增长 30%。",
	  "2025-03-01", "" },
	/* a move "from X to Y in Q3": Y is the quarter's, X no figure; a
	 * range said "from ... to" after its metric, nothing moving, is a
	 * range; "(consensus: $X)", the analysts' figure beside the
	 * company's; "drops 5% aftermarket", the shares' move */
	{ "Netflix revenue rose from $5.5B to $7.2B in Q3 2024.", "2024-10-20",
	  "netflix revenue level 7200000000 USD 2024-09-30 actual exact" },
	{ "Netflix drops 5% aftermarket on Q3 results. Q4 guidance has revenue from $9.5B to $9.9B (consensus: $10.1B).",
	  "2024-10-20",
	  "netflix revenue level 10100000000 USD 2024-12-31 consensus exact;netflix revenue level 9700000000 USD "
	  "2024-12-31 guidance range" },
	/* 从 2021 年的 23.3% 上升到 29.6%: the start, dated by its own
	 * period, is that year's; the level it went to is of no period
	 * said (a space before 上升 does not cut the clause) */
	{ "英特尔经营利润率从 2021 年的 23.3% 上升到 29.6%。", "2023-07-22",
	  "intel operating_margin level 23.3 % 2021-12-25 actual exact" },
	/* a measure we do not know, said after a semicolon, owns the change
	 * after it: not the metric of the statement before */
	{ "奈飞2025年第二季度经营利润32.8亿美元,同比增长45%;期内股东所得盈利为31.3亿美元,同比增长46%。", "2025-07-20",
	  "netflix operating_income level 3280000000 USD 2025-06-30 actual exact;netflix operating_income yoy 45 % "
	  "2025-06-30 actual exact" },
	/* "After lowering its outlook last quarter, ...": the time of that
	 * deed dates none of the figures after it */
	{ "After lowering its full-year outlook last quarter, Netflix raises its forecast to $43.5-44B in revenue.",
	  "2025-07-20", "" },
	/* "after recording a 54.2% year-on-year increase in net profit in
	 * Q3": a result, of the metric named after the change, in a sentence
	 * on a forecast */
	{ "Netflix boosted its revenue growth forecast for the full year to 16 per cent after recording a 45 per cent "
	  "year-on-year increase in net profit in Q2.",
	  "2025-07-20", "netflix net_income yoy 45 % 2025-06-30 actual exact;netflix revenue yoy 16 % 2025-12-31 estimate exact" },
	/* a table run into one line ("Revenue Market share 4Q24 3Q24 QoQ
	 * 4Q24 3Q24 1 Netflix ..."): its column heads say no figure's
	 * period; a row's QoQ is no market share */
	{ "Ranking Company Revenue Market share 4Q24 3Q24 QoQ 4Q24 3Q24 1 Netflix 10,247 9,825 4.3% 37.1% 36.7% 2 Spotify "
	  "4,242 4,010 5.8% 15.1% 14.9%",
	  "2025-03-11", "" },
	/* 首季, the first quarter (not 季增, "up on the quarter", in
	 * 首季增值服务); 2017年度首季, that year's; 今年首季 in a forecast, this
	 * year's, whatever year the text named before; a bare 首季 in a
	 * forecast after notes on a year before, the one just over */
	{ "按腾讯2017年度首季收入495.52亿元人民币计算。\n综合10间券商,预测腾讯今年首季增值服务收入介于421.48亿至"
	  "471.34亿元人民币。预计腾讯首季收入介于691.18亿至735.57亿元。",
	  "2018-05-14",
	  "tencent revenue level 49552000000 CNY 2017-03-31 actual exact;tencent revenue level 71337500000 CNY "
	  "2018-03-31 estimate range;tencent-vas revenue level 44641000000 CNY 2018-03-31 estimate range" },
	/* 同比减少2.2%至增加36%, 同比增加39.5%至48.4% of an amount: the ends of
	 * a range of the change, neither a value of its own */
	{ "预计腾讯首季纯利同比减少2.2%至增加36%,收入同比增加39.5%至48.4%。", "2018-05-14", "" },
	/* 以iPhone 17为主的: what shipments were mostly of, no subject; 三星
	 * (Samsung) 晶圆代工方面: a part the whole sentence turns to */
	{ "2025年第4季台积电晶圆出货量虽略减,但以iPhone 17为主的手机旗舰AP新品出货量推升3奈米晶圆出货,单季营收达"
	  "337亿美元。\n\n三星晶圆代工方面(排除System LSI),上季营收季增6.7%至近34亿美元。",
	  "2026-03-13", "tsmc revenue level 33700000000 USD 2025-12-31 actual exact" },
	/* "at Google I/O 2026": the year names an event, no figure's period;
	 * "19 billion tokens per minute", a rate no metric is counted at */
	{ "Alphabet announced at Google I/O 2026 that it processes 19 billion tokens per minute via its model APIs.",
	  "2026-05-20", "" },
	{ "Alphabet said at I/O 2026 that token consumption reached 3.2 quadrillion in 2025.", "2026-05-20",
	  "alphabet token_consumption level 3200000000000000 count 2025-12-31 actual exact" },
	/* "is expected to report its second-quarter (Q2) 2026 earnings on the
	 * 13th of November 2025": the day of the report dates no figure; the
	 * quarter awaited is the one of that name just over (not a calendar
	 * quarter of 2026); what others expect of it is an estimate */
	{ "Alibaba is expected to report its second-quarter (Q2) 2026 earnings on the 13th of November 2025, with revenue "
	  "forecast at CNY242.65 billion, a 2.6% year-over-year (YoY) rise.",
	  "2025-11-05",
	  "alibaba revenue level 242650000000 CNY 2025-09-30 estimate exact;alibaba revenue yoy 2.6 % 2025-09-30 "
	  "estimate exact" },
	/* a bare growth amid units shipped is of the units, not revenue (but
	 * "cloud units" count nothing) */
	{ "The global smartphone market grew by 7% YoY to reach 323.2 million units in Q4 2023. Apple grew by 2% YoY in "
	  "Q4 2023.",
	  "2024-02-19", "" },
	{ "The three largest hyperscale cloud units booked more than $75 billion. AWS grew 20% in the third quarter of "
	  "2025.",
	  "2025-11-05", "aws revenue yoy 20 % 2025-09-30 actual exact" },
	/* 上财季(截至2月29日): the quarter before, dated by the day it ended,
	 * its year the report's; 上财季 said again is the same quarter */
	{ "甲骨文刚公布了上财季(截至2月29日)的财报。上财季,甲骨文的营收同比增长7.1%,达到132.8亿美元。", "2024-03-12",
	  "oracle revenue level 13280000000 USD 2024-02-29 actual exact;oracle revenue yoy 7.1 % 2024-02-29 actual exact" },
	{ "上财季,甲骨文的营收达到132.8亿美元。上财季,甲骨文的净利润达到30亿美元。", "2024-03-20",
	  "oracle net_income level 3000000000 USD 2024-02-29 actual exact;oracle revenue level 13280000000 USD 2024-02-29 "
	  "actual exact" },
	/* "For Q4 of fiscal 2023, Cerner contributed $1.5 billion": past a
	 * clause that only dates it, a subject we do not know; growths after
	 * one of a measure we do not know (infrastructure growth) are of it */
	{ "Oracle reported fiscal 2023 Q4 results. For Q4 of fiscal 2023, Cerner contributed $1.5 billion in total "
	  "revenue. Oracle's infrastructure growth rate has been accelerating with 63% growth for the full year, and 77% "
	  "growth in Q4.",
	  "2023-06-13", "" },
	/* 二财季, without 第: the company's second quarter */
	{ "苹果公司一财季收入843亿美元。公司并对二财季给出指引:收入550亿-590亿美元。", "2019-01-30",
	  "apple revenue level 57000000000 USD 2019-03-30 guidance range;apple revenue level 84300000000 USD 2018-12-29 "
	  "actual exact" },
	/* "revealed in its second-quarter earnings report", in a text on
	 * two companies: the company's own quarter; an amount in brackets is
	 * a loss only for a profit ("revenue ... ($168.1 billion)" is an
	 * aside); 我们如果假设, a hypothesis */
	{ "OpenAI Drives 45% of Microsoft's $625B Cloud Backlog\n\nMicrosoft is grappling with capacity constraints. The "
	  "tech giant revealed in its second-quarter earnings report that its RPO surged 110% year-over-year to $625 "
	  "billion.",
	  "2026-01-29",
	  "microsoft rpo level 625000000000 USD 2025-12-31 actual exact;microsoft rpo yoy 110 % 2025-12-31 actual exact" },
	{ "Microsoft reported an overall revenue increase of 18 percent for fiscal 2021 ($168.1 billion).", "2021-07-28",
	  "microsoft revenue level 168100000000 USD 2021-06-30 actual exact;microsoft revenue yoy 18 % 2021-06-30 actual "
	  "exact" },
	{ "陆行之指出,我们如果假设AMD第三季季增20%,年增0%,则第四季要季增超过20%。", "2022-10-10", "" },
	/* "revenue is estimated at $55 billion": an estimate, of the quarter
	 * of that name to come */
	{ "For the October quarter, Nvidia revenue is estimated at $55 billion.", "2025-08-18",
	  "nvidia revenue level 55000000000 USD 2025-10-26 estimate exact" },
	/* "They reported a combined capex of $246 billion" after a list that
	 * names one company as another's parent: the plural subject is the
	 * group */
	{ "Earnings reports from Microsoft, Facebook parent Meta, Amazon, and Google parent Alphabet have revealed that "
	  "big tech companies are undeterred. They reported a combined capital expenditure (capex) of $246 billion in "
	  "2024.",
	  "2025-02-07", "" },
	/* "reported ... for 2021" of Microsoft in July 2021: the calendar
	 * year is not over, the company's own is */
	{ "Microsoft reported an overall revenue increase of 18 percent for 2021, to $168.1 billion.", "2021-07-28",
	  "microsoft revenue level 168100000000 USD 2021-06-30 actual exact;microsoft revenue yoy 18 % 2021-06-30 actual "
	  "exact" },
	/* a forecast for "the fiscal second quarter" three weeks after it
	 * ended: that quarter, results still to come, not the one a year on */
	{ "Nvidia is projected to generate $48 billion in revenue for the fiscal second quarter.", "2025-08-18",
	  "nvidia revenue level 48000000000 USD 2025-07-27 estimate exact" },
	/* a closing clause naming the results the figure was given in
	 * ("announced in first-quarter earnings") dates it, and the quarter
	 * goes on to a list of actuals against estimates; "$4.71 versus $4.32
	 * per share" is per share twice, the second an estimate by its
	 * source's words */
	{ "Meta revenue rose 27% from a year ago, the company announced in first-quarter earnings on Wednesday, topping "
	  "forecasts.\n\nInvestors cheered the news.\n\n- Earnings: $4.71 versus $4.32 per share, based on LSEG consensus "
	  "estimates\n- Revenue: $36.46 billion, versus $36.16 billion expected by LSEG",
	  "2024-04-25",
	  "meta eps level 4.32 USD 2024-03-31 estimate exact;meta eps level 4.71 USD 2024-03-31 actual exact;meta revenue "
	  "level 36160000000 USD 2024-03-31 estimate exact;meta revenue level 36460000000 USD 2024-03-31 actual exact;meta "
	  "revenue yoy 27 % 2024-03-31 actual exact" },
	/* "$10.35 versus $10.16 billion": one scale word for both */
	{ "Alphabet reported second-quarter results on Tuesday.\n\nGoogle Cloud revenue: $10.35 versus $10.16 billion "
	  "expected, per StreetAccount.",
	  "2024-07-24",
	  "google-cloud revenue level 10160000000 USD 2024-06-30 estimate exact;google-cloud revenue level 10350000000 USD "
	  "2024-06-30 actual exact" },
	/* a preview's list: a heading that names only a time scopes the
	 * "label: figure" items under it (one still to come, as an estimate);
	 * each item is a line of its own, not a line wrapped into the next;
	 * "Other revenue" is what falls outside the named lines */
	{ "Apple will report fiscal first-quarter earnings on Thursday after the bell.\n1st quarter\nRevenue estimate: "
	  "$117.9 billion\nServices operating loss estimate: $1.25 billion\nGross margin estimate: 45.9%\nOther revenue "
	  "estimate: $412.5 million\n2nd quarter\nRevenue estimate: $90.4 billion\nFull-year 2024\nCapital expenditure "
	  "estimate: $11.5 billion",
	  "2024-01-30",
	  "apple capex level 11500000000 USD 2024-12-31 estimate exact;apple gross_margin level 45.9 % 2023-12-30 estimate "
	  "exact;apple revenue level 117900000000 USD 2023-12-30 estimate exact;apple revenue level 90400000000 USD "
	  "2024-03-30 estimate exact" },
	/* "9.4% YoY and 3.1% QoQ ... to $14.06 billion": each change with the
	 * kind said right after it; "On a quarterly basis," says QoQ; the
	 * company whose whole a share is of is not the share's subject */
	{ "Oracle's total revenue increased 9.4% YoY and 3.1% QoQ in Q2 FY2025 to $14.06 billion. On a quarterly basis, "
	  "Oracle's net income increased 12.3%. The cloud segment accounted for 40% of Oracle's total revenue, amounting "
	  "to $5.6 billion, during the quarter.",
	  "2024-12-11",
	  "oracle net_income qoq 12.3 % 2024-11-30 actual exact;oracle revenue level 14060000000 USD 2024-11-30 actual "
	  "exact;oracle revenue qoq 3.1 % 2024-11-30 actual exact;oracle revenue yoy 9.4 % 2024-11-30 actual exact" },
	/* 蘋果Q3(FY24Q4): the writer's yearless Q3 is the company's labelled
	 * quarter, and is that one again when said alone; a change after the
	 * consensus a guidance beat goes on with the guidance */
	{ "蘋果Q3(FY24Q4)營收年增6%達到949億美元。Q3淨利達到147億美元。\n24Q4的營收指引為1200-1250億美元,遠超市場預期的"
	  "1180億美元,年增約8%。",
	  "2024-11-01",
	  "apple net_income level 14700000000 USD 2024-09-28 actual exact;apple revenue level 118000000000 USD 2024-12-28 "
	  "consensus exact;apple revenue level 122500000000 USD 2024-12-28 guidance range;apple revenue level 94900000000 "
	  "USD 2024-09-28 actual exact;apple revenue yoy 6 % 2024-09-28 actual exact;apple revenue yoy 8 % 2024-12-28 "
	  "guidance approx" },
	/* 年收入 in a text on the quarter that ends the year: the year's */
	{ "微软在FY25Q4加速增长。Azure年收入突破800亿美元,同比增长30%。", "2025-07-31",
	  "azure revenue level 80000000000 USD 2025-06-30 actual at_least;azure revenue yoy 30 % 2025-06-30 actual exact" },
	/* 2024年9月的<measure> amid a quarter's figures: that sentence's month,
	 * the quarter goes on after it */
	{ "腾讯公布2024年第三季度业绩。\n2024年9月的微信月活跃账户数为14亿。总收入为1672亿元,同比增长8%。", "2024-11-13",
	  "tencent revenue level 167200000000 CNY 2024-09-30 actual exact;tencent revenue yoy 8 % 2024-09-30 actual exact" },
	/* "$40,589" with its units line unread: no tracked total is so small */
	{ "Meta revenue was $40,589 in the third quarter of 2024.", "2024-10-30", "" },
	/* a lead line naming the measure over "period: figure" items; a run
	 * rate said as "(annualized)" is no month's revenue; a cumulative sum
	 * is of no one year */
	{ "Anthropic's revenue path looks like this:\n2023: $0.2 billion\n2024: $1 billion\nMay 2025: $3 billion "
	  "(annualized)\nThe company projects a cumulative cash burn of $50 billion by 2028.",
	  "2025-06-15",
	  "anthropic arr level 3000000000 USD 2025-05-31 actual exact;anthropic revenue level 1000000000 USD 2024-12-31 actual "
	  "exact;anthropic revenue level 200000000 USD 2023-12-31 actual exact" },
	/* ",但" ends the guidance the clause before it named; what a subject
	 * surpasses (超越輝達) is no subject */
	{ "雖然AMD第4季營收指引市場不買單,但第3季數據中心營收達35.5億美元,季增率超越輝達。", "2024-10-30",
	  "amd data_center_revenue level 3550000000 USD 2024-09-30 actual exact" },
	/* growths set against a margin's level, each with its own kind word,
	 * are no changes of the margin */
	{ "AMD公布2024年第三季度業績,non-GAAP毛利率為54%,數據中心營收增長明顯高於公司平均的季增10%、年增22%。", "2024-10-30",
	  "amd gross_margin level 54 % 2024-09-30 actual exact" },
	/* last year's figure set beside a quarter's of the same measure is the
	 * year-ago quarter's, and the quarter goes on after it */
	{ "In the first quarter, Tencent's net profit was 35 billion yuan, and the net profit of Tencent last year was 25 "
	  "billion yuan; Tencent's revenue reached 150 billion yuan, up 10% year-on-year.",
	  "2024-05-15",
	  "tencent net_income level 25000000000 CNY 2023-03-31 actual exact;tencent net_income level 35000000000 CNY "
	  "2024-03-31 actual exact;tencent revenue level 150000000000 CNY 2024-03-31 actual exact;tencent revenue yoy 10 % "
	  "2024-03-31 actual exact" },
	/* "January this year", "May last year": months with their year said
	 * relatively; a month of last year set beside is no context after */
	{ "In January this year, Cursor's annualized revenue was $1 billion. Cursor processed 3 trillion tokens in May, "
	  "nearly five times the volume of May last year. It counted 4 million monthly active users in May.",
	  "2026-06-10",
	  "cursor arr level 1000000000 USD 2026-01-31 actual exact;cursor mau level 4000000 count 2026-05-31 actual "
	  "exact;cursor token_consumption level 3000000000000 count 2026-05-31 actual exact;cursor token_consumption yoy 400 "
	  "% 2026-05-31 actual approx" },
	/* "up 18.1% from the year-ago period to $1.24": what the change went
	 * to is the quarter's, not the year-ago one's */
	{ "Broadcom said earnings per share were up 18.1% from the year-ago period to $1.24 in the third quarter.",
	  "2024-09-13", "broadcom eps level 1.24 USD 2024-07-28 actual exact" },
	/* "deal volumes ... rose 80%": a count we do not track, not the
	 * measure said before */
	{ "On the call, Pichai said Alphabet's backlog reached $51 billion in the quarter, \"most of it from Google Cloud.\" "
	  "He noted deal volumes for Google Cloud rose 80% for the full year 2021 compared to 2020.",
	  "2022-02-02", "alphabet backlog level 51000000000 USD 2021-12-31 actual exact" },
	/* 25-27年 over a slash list: each year of the range in turn;
	 * 调整为, what a forecast was revised to */
	{ "腾讯25-27年营收预测调整为7510/8250/9020亿元。", "2025-08-20",
	  "tencent revenue level 751000000000 CNY 2025-12-31 estimate exact;tencent revenue level 825000000000 CNY "
	  "2026-12-31 estimate exact;tencent revenue level 902000000000 CNY 2027-12-31 estimate exact" },
	/* "25Q3指引分化:" is a phrase run into its period and cue, no part's
	 * label (and a label stops at a comma, never inside a character) */
	{ "亚马逊二季度业绩超预期。\n- 25Q3指引分化:营收指引1740-1795亿美元,但营业利润指引155-205亿美元。", "2025-08-01",
	  "amazon operating_income level 18000000000 USD 2025-09-30 guidance range;amazon revenue level 176750000000 USD "
	  "2025-09-30 guidance range" },
	/* 超出预期的, 不及预期的 before a figure: the expectation beaten or
	 * missed, an estimate of the same measure */
	{ "甲骨文FY26Q2营收160亿美元,超出预期的162亿美元;运营利润率仅28%,不及预期的30%。", "2025-12-11",
	  "oracle operating_margin level 28 % 2025-11-30 actual exact;oracle operating_margin level 30 % 2025-11-30 estimate "
	  "exact;oracle revenue level 16000000000 USD 2025-11-30 actual exact;oracle revenue level 16200000000 USD "
	  "2025-11-30 estimate exact" },
	/* a preview awaiting the results: 本季度 is the quarter just over,
	 * 上季度 the one before it */
	{ "财报前瞻|甲骨文将在2025年12月10日发布最新季度财报。市场一致预期甲骨文本季度总收入预计为162亿美元,同比增长15%。"
	  "上季度公司营收为149亿美元,同比增长12%。",
	  "2025-12-04",
	  "oracle revenue level 14900000000 USD 2025-08-31 actual exact;oracle revenue level 16200000000 USD 2025-11-30 "
	  "consensus exact;oracle revenue yoy 12 % 2025-08-31 actual exact;oracle revenue yoy 15 % 2025-11-30 consensus "
	  "exact" },
	/* 預料 (expected) forecasts */
	{ "輝達將於本週公布財報。市場將緊盯本季財測,預料本季營收將年增64%至723億美元。", "2026-02-23",
	  "nvidia revenue level 72300000000 USD 2026-01-25 estimate exact;nvidia revenue yoy 64 % 2026-01-25 estimate exact" },
	/* "Chinese yuan" is a currency; the dollars in brackets right after a
	 * figure translate it, no loss */
	{ "Alibaba reported results. The company said that net income in its September quarter soared 63% to 43.5 billion "
	  "Chinese yuan ($6.02 billion) year-over-year.",
	  "2024-11-15",
	  "alibaba net_income level 43500000000 CNY 2024-09-30 actual exact;alibaba net_income yoy 63 % 2024-09-30 actual "
	  "exact" },
	/* a "category" is a part, as a segment is */
	{ "Apple's revenue rose 4% in the December quarter. However, the \"other products\" category saw a slight 2% dip in "
	  "sales to $11.75 billion.",
	  "2025-01-31", "apple revenue yoy 4 % 2024-12-28 actual exact" },
	/* "reported advertising revenue": the words between the verb and the
	 * metric name a part */
	{ "Alphabet reported advertising revenue totaling $56.29 billion for the quarter, higher than the $56.14 billion "
	  "analysts expected.",
	  "2022-07-27", "" },
	/* "net losses" in the plural are net income's, a loss */
	{ "CoreWeave's first-quarter revenue increased by 420% year-on-year to $980 million, while net losses widened from "
	  "$130 million in the same period last year to $310 million.",
	  "2025-05-15",
	  "coreweave net_income level -130000000 USD 2024-03-31 actual exact;coreweave net_income level -310000000 USD "
	  "2025-03-31 actual exact;coreweave revenue level 980000000 USD 2025-03-31 actual exact;coreweave revenue yoy 420 % "
	  "2025-03-31 actual exact" },
	/* 截至<day>的第N季度: the company's quarter that ended that day (a
	 * 52/53-week quarter ending in a month's first days too) */
	{ "NVIDIA今天公布截至2021年8月1日的第二季度收入创纪录的65.1亿美元,同比增长68%。", "2021-08-18",
	  "nvidia revenue level 6510000000 USD 2021-08-01 actual exact;nvidia revenue yoy 68 % 2021-08-01 actual exact" },
	{ "微软公布截至2025年9月30日的第一季度营收777亿美元。", "2025-10-30",
	  "microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* a table set with single spaces, periods down its rows: the heads on
	 * one line over them; a column naming no metric we track (EBITA) keeps
	 * the change right of it; a dash is an empty cell */
	{ "腾讯控股业绩回顾\n季度 归属普通股股东净利润(人民币亿元) 同比变化 调整后EBITA(人民币亿元) 同比变化\n"
	  "2024Q3 532.30 +47% 600.10 -2%\n2025Q3 631.30 +19% 711.00 -\n分析:\n",
	  "2025-11-20",
	  "tencent net_income level 53230000000 CNY 2024-09-30 actual exact;tencent net_income level 63130000000 CNY "
	  "2025-09-30 actual exact;tencent net_income yoy 19 % 2025-09-30 actual exact;tencent net_income yoy 47 % "
	  "2024-09-30 actual exact" },
	/* a web table a paragraph a cell, its rows a company's segments under
	 * a head that says so: the column's metric, its Total the company's */
	{ "Alphabet reported results on Tuesday.\n\nSegment\n\nRevenue Q3 2024\n\nChange (YOY)\n\nGoogle Services\n\n"
	  "$76.51 billion\n\n13%\n\nGoogle Cloud\n\n$11.35 billion\n\n35%\n\nTotal\n\n$88.27 billion\n\n15%\n\n"
	  "Data source: Alphabet.\n",
	  "2024-10-30",
	  "alphabet revenue level 88270000000 USD 2024-09-30 actual exact;alphabet revenue yoy 15 % 2024-09-30 actual "
	  "exact;google-cloud revenue level 11350000000 USD 2024-09-30 actual exact;google-cloud revenue yoy 35 % 2024-09-30 "
	  "actual exact;google-services revenue level 76510000000 USD 2024-09-30 actual exact;google-services revenue yoy "
	  "13 % 2024-09-30 actual exact" },
	/* a breakdown in brackets, each figure named by the part after it */
	{ "Q2 consensus outlook: Analysts expect Oracle to guide $16.2B in revenue ($7.1B Cloud, $5.3B License) and a 70% "
	  "gross margin.",
	  "2025-09-09",
	  "oracle gross_margin level 70 % 2025-11-30 guidance exact;oracle revenue level 16200000000 USD 2025-11-30 "
	  "consensus exact" },
	/* "X% revenue growth and Y% gross margin": the second figure's metric
	 * right after it; a period in a phrase opened by "despite" is not the
	 * figures' */
	{ "FY outlook: Nvidia guided 20-30% revenue growth and 70% gross margin despite weaker demand in H2.", "2025-05-28",
	  "nvidia gross_margin level 70 % 2026-01-25 guidance exact;nvidia revenue yoy 25 % 2026-01-25 guidance range" },
	/* a company named after "from" in the lede is no rival subject, with
	 * or without its possessive */
	{ "Nvidia (NVDA +1.2% ) stock got a lift from AMD's chip delay heading into the Q3 report.\n\nFor Q3, Nvidia "
	  "guided revenue of $54B.\n\nAnalysts expect a 73.5% gross margin.\n",
	  "2025-08-20",
	  "nvidia gross_margin level 73.5 % 2025-10-26 consensus exact;nvidia revenue level 54000000000 USD 2025-10-26 "
	  "guidance exact" },
	/* a wire's subject named again by where it is based and what it
	 * makes; a change of earnings (no metric of ours) before "as sales
	 * rose"; the Street's model of the next quarter */
	{ "Marvell beat estimates for its fiscal third quarter. The Santa Clara, Calif.-based chip designer and "
	  "networking supplier earned 76 cents a share on sales of $2.07 billion in the quarter ended Nov. 1. Marvell "
	  "earnings jumped 77% as sales rose 37%. Wall Street had been modeling $2.18 billion in sales for the fiscal "
	  "fourth quarter.",
	  "2025-12-03",
	  "marvell eps level 0.76 USD 2025-11-01 actual exact;marvell revenue level 2070000000 USD 2025-11-01 actual "
	  "exact;marvell revenue level 2180000000 USD 2026-01-31 consensus exact;marvell revenue yoy 37 % 2025-11-01 actual "
	  "exact" },
	/* "For the quarter" after guidance for a quarter named by its month
	 * (a fiscal quarter of the company) is the quarter reported, the one
	 * before it; the guidance and consensus an actual is set against are
	 * of its quarter */
	{ "Oracle stock rose on results for the company's fiscal second quarter ended Nov. 30. Investors ignored soft "
	  "guidance for the February quarter and beyond. For the quarter, Oracle posted revenue of $16.06 billion, up 14% "
	  "from a year ago. That's above both the company's guidance range of $15.9 billion to $16.0 billion, and Street "
	  "consensus at $16.2 billion.",
	  "2025-12-10",
	  "oracle revenue level 15950000000 USD 2025-11-30 guidance range;oracle revenue level 16060000000 "
	  "USD 2025-11-30 actual exact;oracle revenue level 16200000000 USD 2025-11-30 consensus exact;oracle revenue yoy "
	  "14 % 2025-11-30 actual exact" },
	/* a clause whose subject, past its company and period, is a measure
	 * we do not know (盈利) before its words of change: neither the
	 * change nor the level it moved to is the metric said before */
	{ "腾讯上季盈利及收入都好过预期。腾讯上季盈利按年升19%至631亿元,收入升15%至1929亿元。", "2025-11-14",
	  "tencent revenue level 192900000000 CNY 2025-09-30 actual exact;tencent revenue yoy 15 % 2025-09-30 actual "
	  "exact" },
	{ "苹果第四财季营收同比增长8%,大中华区同比下降4%。", "2025-10-31",
	  "apple revenue yoy 8 % 2025-09-27 actual exact" },
	/* a page of two stories: Hong Kong's 上季 is the quarter whose results
	 * the story says were announced (the fiscal year just over's fourth),
	 * not the one the report's date last closed; 市场预测 is the Street's */
	{ "騰訊公布,上季收入升15%至1845億元。\n\n阿里巴巴在收市後公布剛過去財政年度第4季度業績。另外,上季資本開支240億元,"
	  "按年增長近50%,低於市場預測的55%。\n",
	  "2025-08-30",
	  "alibaba capex level 24000000000 CNY 2025-03-31 actual exact;alibaba capex yoy 50 % 2025-03-31 actual "
	  "approx;alibaba capex yoy 55 % 2025-03-31 consensus exact;tencent revenue level 184500000000 CNY 2025-06-30 "
	  "actual exact;tencent revenue yoy 15 % 2025-06-30 actual exact" },
	/* a page that names the company only by who runs it */
	{ "Q4 results:\n- Revenue: $10.0B, up 8% YoY\n- Free cash flow: $12.4B\nCEO Marc Benioff: \"A record year.\" CFO Amy "
	  "Weaver: \"Strong cash flow.\"\n",
	  "2025-02-26",
	  "salesforce free_cash_flow level 12400000000 USD 2025-01-31 actual exact;salesforce revenue level 10000000000 USD "
	  "2025-01-31 actual exact;salesforce revenue yoy 8 % 2025-01-31 actual exact" },
	/* a measure the company expects "to end the year" at stands at the
	 * year's end, not in the month it was said */
	{ "Anthropic is growing fast. Chief executive Dario Amodei said this month the company expects to end the year "
	  "above $9 billion in annualized revenue run rate.",
	  "2025-11-20", "anthropic arr level 9000000000 USD 2025-12-31 guidance at_least" },
	/* 次季, Hong Kong's second quarter (not 是次季报, this quarter's
	 * report); a part named before an aside that holds a date of its own
	 * (即时零售业务（包括…4月底推出的…）收入) is still the part */
	{ "【本报讯】京东（9618）次季收入按年增22%至3567亿元，均胜预期。京东于是次季报中，其中新业务（包括5月推出的外卖）收入按年增199%"
	  "至139亿元。",
	  "2025-08-15",
	  "jd revenue level 356700000000 CNY 2025-06-30 actual exact;jd revenue yoy 22 % 2025-06-30 actual exact" },
	/* a digest's 季度收入 is the quarter's, the one just reported even
	 * after another company's guidance for the next; a metric named in a
	 * cause (因资本支出增加而) is not the figure's */
	{ "亚马逊 - 季度收入同比增长13%至1802亿美元 - 管理层预计第四季度收入在2060亿至2130亿美元之间 微软 - 季度收入同比增长18%至777"
	  "亿美元 - 自由现金流因资本支出显著增加而下降33%至147亿美元",
	  "2025-11-03",
	  "amazon revenue level 180200000000 USD 2025-09-30 actual exact;amazon revenue level 209500000000 USD 2025-12-31 "
	  "guidance range;amazon revenue yoy 13 % 2025-09-30 actual exact;microsoft free_cash_flow level 14700000000 USD "
	  "2025-09-30 actual exact;microsoft free_cash_flow yoy -33 % 2025-09-30 actual exact;microsoft revenue level "
	  "77700000000 USD 2025-09-30 actual exact;microsoft revenue yoy 18 % 2025-09-30 actual exact" },
	/* in December, a forecast sentence naming 第三季 without its year:
	 * the quarter just over or one three quarters ahead, not said */
	{ "联发科预期12月营收将持续成长，并有望超越第三季的1420亿元营收。", "2025-12-10", "" },
	/* a trend the figure ended is not its direction */
	{ "阿里巴巴第三季度营收2478亿元。5%的同比增速终结了此前连续两个季度的增速下滑。", "2025-11-25",
	  "alibaba revenue level 247800000000 CNY 2025-09-30 actual exact;alibaba revenue yoy 5 % 2025-09-30 actual exact" },
	/* "X的四季度指引": the figure of a quarter's guidance, said before it */
	{ "博通第三季度营收159.5亿美元。159.5亿美元的营收、174亿美元的四季度营收指引,都超出预期。", "2025-09-05",
	  "broadcom revenue level 15950000000 USD 2025-08-03 actual exact;broadcom revenue level 17400000000 USD "
	  "2025-11-02 guidance exact" },
	/* 实现, "achieved", with no word of what is to come, says a figure is
	 * over: after a forecast of the next quarter, of the quarter reported */
	{ "英伟达业绩简评 - 2025年8月28日公司发布2026财年第二季度财报: - 单季度营收467亿美元。 - FY3Q26业绩指引: 预计实现营收540亿美元。 "
	  "经营分析 - 展望下一季度,Blackwell将同步提供客户 [6] 单季度经营情况拆分和分析 - 毛利端: 公司实现GAAP毛利率72.4%,环比+11.9pct。",
	  "2025-08-28",
	  "nvidia gross_margin level 72.4 % 2025-07-27 actual exact;nvidia gross_margin qoq 11.9 pp 2025-07-27 actual "
	  "exact;nvidia revenue level 46700000000 USD 2025-07-27 actual exact;nvidia revenue level 54000000000 USD "
	  "2025-10-26 guidance exact" },
	/* "the January 2026 fiscal year": the year that ends in that month */
	{ "Salesforce also raised its revenue outlook for the January 2026 fiscal year to $41.2 billion.", "2025-09-03",
	  "salesforce revenue level 41200000000 USD 2026-01-31 guidance exact" },
	/* a quarter named in an aside (增速下滑(Q2为56%)) is not the one the
	 * text goes on about in paragraphs that name none */
	{ "美股盘后,英伟达发布财报。\n\n营收狂飙\n英伟达三季度营收570亿美元。62%的增速终结了此前两个季度的增速下滑(Q2为56%)。\n\n"
	  "利润炸裂\n在规模扩张的同时,英伟达盈利能力丝毫未减。调整后毛利率73.6%,营业利润达377.5亿美元。\n",
	  "2025-11-20",
	  "nvidia gross_margin level 73.6 % 2025-10-26 actual exact;nvidia operating_income level 37750000000 USD "
	  "2025-10-26 actual exact;nvidia revenue level 57000000000 USD 2025-10-26 actual exact;nvidia revenue yoy 62 % "
	  "2025-10-26 actual exact" },
	/* a page that lost its decimal points (449 5亿美元): no figure read
	 * from half a number; a yearless quarter ended weeks before a preview
	 * and not yet reported is the one its estimates are of */
	{ "德银预计Meta二季度收入同比增长约16%。2Q25E总收入447 8亿美元 较前预期上调5 71亿美元(+1 3%)", "2025-07-22",
	  "meta revenue yoy 16 % 2025-06-30 estimate approx" },
	/* a currency declared after a figure left out (利润, no metric of
	 * ours) holds for the company's figures after it */
	{ "美國晶片巨擘輝達公布,首季利潤為188億元(美元‧下同);收入按年升69%至441億元,優於市場預期。", "2025-05-29",
	  "nvidia revenue level 44100000000 USD 2025-04-27 actual exact;nvidia revenue yoy 69 % 2025-04-27 actual exact" },
	/* to "fall in the range of" is to be within it, no fall */
	{ "Oracle expects fourth-quarter revenue growth to fall in the range of 9% to 11%.", "2025-03-11",
	  "oracle revenue yoy 10 % 2025-05-31 guidance range" },
	/* an amount expected, far from the one it is set against, is what was
	 * expected of another measure the sentence does not pair */
	{ "微軟上季營收達777億美元,淨利由246.7億美元升至277億美元,皆優於分析師預估的756億美元。", "2025-10-30",
	  "microsoft net_income level 27700000000 USD 2025-09-30 actual exact;microsoft revenue level 77700000000 USD "
	  "2025-09-30 actual exact" },
	/* "reported quarterly sales and earnings on Tuesday", no quarter
	 * named: the quarter just over */
	{ "Microsoft reported quarterly sales and earnings on Tuesday that topped analysts' expectations.\n\nThe company "
	  "reported revenue of $77.7 billion.\n",
	  "2025-10-30", "microsoft revenue level 77700000000 USD 2025-09-30 actual exact" },
	/* a verb joined after the expectation a result missed says what the
	 * result did: its figure is the result's */
	{ "Amazon posted its second quarter results. Sales missed analyst forecasts but were up 12.5% year over year.",
	  "2025-08-01", "amazon revenue yoy 12.5 % 2025-06-30 actual exact" },
	{ "Amazon posted its second quarter results. Sales beat Wall Street estimates and rose 12.5% from a year earlier.",
	  "2025-08-01", "amazon revenue yoy 12.5 % 2025-06-30 actual exact" },
	/* a company held up against the subject with a figure of its own
	 * (高于AWS的18%) is that figure's; the next item is on the subject
	 * again, and the title under the items names it */
	{ "要点 - Q4营收达764亿美元 同比增长18% [1] - Azure Q4营收增长39% [2] - Azure规模虽不及AWS 但增速明显高于AWS的18% "
	  "[3] - Q4资本支出242亿美元 [4]\n市值再创新高!微软(MSFT.US)云业务增长强劲\n",
	  "2025-07-31",
	  "aws revenue yoy 18 % 2025-06-30 actual exact;azure revenue yoy 39 % 2025-06-30 actual exact;microsoft capex "
	  "level 24200000000 USD 2025-06-30 actual exact;microsoft revenue level 76400000000 USD 2025-06-30 actual "
	  "exact;microsoft revenue yoy 18 % 2025-06-30 actual exact" },
	/* what only a whole company reports, said after an item on its part,
	 * is the company's */
	{ "要点 - 2026财年第一季度营收达775亿美元 [1] - Azure Q1营收增长40% [2] - Azure增速仍明显高于AWS的20% [3] - "
	  "Q1资本支出349亿美元 同比增长74% [4]\n",
	  "2025-10-30",
	  "aws revenue yoy 20 % 2025-09-30 actual exact;azure revenue yoy 40 % 2025-09-30 actual exact;microsoft capex "
	  "level 34900000000 USD 2025-09-30 actual exact;microsoft capex yoy 74 % 2025-09-30 actual exact;microsoft "
	  "revenue level 77500000000 USD 2025-09-30 actual exact" },
	/* a year's figure named after it (1120亿美元年销售额) in a quarter
	 * its year goes on past */
	{ "亚马逊业绩。第二季度，AWS 1120亿美元年销售额。", "2025-08-01", "" },
	/* a release's summary table pasted with single spaces: each column
	 * its own quarter, the changes against theirs */
	{ "Apple reported its results.\n\n(US$ in millions, except per share) Q3 FY25 Q2 FY25 Q3 FY24 Q/Q Y/Y\nNet sales "
	  "$ 94,040 $ 95,360 $ 85,780 Down 1% Up 10%\nDiluted earnings per share $ 1.57 $ 1.65 $ 1.40 Down 5% Up 12%\n",
	  "2025-08-01",
	  "apple eps level 1.4 USD 2024-06-29 actual exact;apple eps level 1.57 USD 2025-06-28 actual exact;apple eps level "
	  "1.65 USD 2025-03-29 actual exact;apple eps qoq -5 % 2025-06-28 actual exact;apple eps yoy 12 % 2025-06-28 "
	  "actual exact;apple revenue level 85780000000 USD 2024-06-29 actual exact;apple revenue level 94040000000 USD "
	  "2025-06-28 actual exact;apple revenue level 95360000000 USD 2025-03-29 actual exact;apple revenue qoq -1 % "
	  "2025-06-28 actual exact;apple revenue yoy 10 % 2025-06-28 actual exact" },
	/* a customer the note names is no subject of the items after it; a
	 * broker's F25 is its fiscal year; a metric a space after a figure
	 * that goes on to its own figures (EPS从5.27美元) is not that figure's */
	{ "行业与公司 * 公司为博通(Broadcom Inc, AVGO O)[1] * 主要客户包括手机厂商 其中苹果(Apple)贡献约20%的营收[2] 财务预期 * "
	  "预计F3Q25每股收益(EPS)为1.35美元[3] * 将F25收入预期从617亿美元上调至627亿美元 EPS从5.27美元上调至5.37美元[4]",
	  "2025-08-31",
	  "broadcom eps level 1.35 USD 2025-08-03 estimate exact;broadcom eps level 5.37 USD 2025-11-02 estimate "
	  "exact;broadcom revenue level 62700000000 USD 2025-11-02 estimate exact" },
	/* by how much a figure beat what was expected, whoever's forecast is
	 * named between (高于VA 一致预期2.5%) */
	{ "腾讯一季度营收同比增长13%,高于VA 一致预期2.5%。", "2025-05-15", "tencent revenue yoy 13 % 2025-03-31 actual exact" },
	/* a comparison said after the figure before, past an "and", is that
	 * figure's when the next says its own kind */
	{ "AMD reported second quarter results. Earnings per share were $0.69, a 19% increase compared to last year and "
	  "an 11% increase from the prior quarter.",
	  "2024-07-31",
	  "amd eps level 0.69 USD 2024-06-30 actual exact;amd eps qoq 11 % 2024-06-30 actual exact;amd eps yoy 19 % "
	  "2024-06-30 actual exact" },
	/* a segment the lexicon does not know, described in an aside as its
	 * company's, is still what the figure is of */
	{ "Salesforce reported first quarter results. The Integration segment, currently Salesforce's fastest growing "
	  "unit, contributed $1.75 billion in revenue, up 28%.",
	  "2021-05-28", "" },
	/* "the estimated" figure is the expectation; what a change was from
	 * is of the period it names (not a year before it, "it had"), and
	 * that period is no period of the next sentence; a list's period is
	 * not taken past a "while" clause of its own */
	{ "Alphabet reported Q1 2022 results. Revenue was $68.01 billion in the quarter, which failed to beat the "
	  "estimated $68.11 billion. It is an increase of 23% from the $55.31 billion it had pocketed in revenue in Q1 "
	  "2021. The operating income and operating margin for the same period came at $20.09 billion and 30% "
	  "respectively, while net income came at $16.4 billion (lesser than the $17.9 billion in Q1 2021).",
	  "2022-04-27",
	  "alphabet net_income level 16400000000 USD 2022-03-31 actual exact;alphabet net_income level 17900000000 USD "
	  "2021-03-31 actual exact;alphabet operating_income level 20090000000 USD 2022-03-31 actual exact;alphabet "
	  "operating_margin level 30 % 2022-03-31 actual exact;alphabet revenue level 55310000000 USD 2021-03-31 actual "
	  "exact;alphabet revenue level 68010000000 USD 2022-03-31 actual exact;alphabet revenue level 68110000000 USD "
	  "2022-03-31 estimate exact;alphabet revenue yoy 23 % 2022-03-31 actual exact" },
	/* "Q2 2019" after "the first quarter of fiscal 2019", of a company
	 * whose quarters do not end with the calendar's: its own quarter */
	{ "Salesforce reported revenue for the first quarter of fiscal 2019 of $3.01 billion.\n\nRevenue guidance for Q2 "
	  "2019: Salesforce expects $3.22 billion to $3.23 billion.",
	  "2018-05-29",
	  "salesforce revenue level 3010000000 USD 2018-04-30 actual exact;salesforce revenue level 3225000000 USD "
	  "2018-07-31 guidance range" },
	/* a name after "for" says whose the figure is: with the metric, one
	 * of the lexicon; else a part we do not track */
	{ "Nvidia reported first quarter fiscal 2024 results.\n  • Revenue of $4.28 billion for Data Centers\n  • Revenue "
	  "of $2.24 billion for Gaming\n  • Revenue of $7.19 billion for the quarter\n",
	  "2023-05-24",
	  "nvidia data_center_revenue level 4280000000 USD 2023-04-30 actual exact;nvidia revenue level 7190000000 USD "
	  "2023-04-30 actual exact" },
	/* the share of a metric a part makes (占总营收的比例) is no change
	 * of the metric */
	{ "博通业绩前瞻。2026财年AI销售额预计将占博通总营收的比例从2025财年的31%飙升至53%。", "2025-09-01", "" },
	/* a sum up to a year to come is of no one period */
	{ "OpenAI已宣布算力计划,到2030年其累计资本支出可能高达1.3万亿美元。", "2025-09-01", "" },
	/* words that say what kind of figure, run together before the metric
	 * (口径下 + 调整后), name no part; 调 of 调整 is no 下调 */
	{ "博通公布2026财年第一财季业绩,非GAAP口径下调整后每股收益同比增长28%至2.05美元。", "2026-03-05",
	  "broadcom eps level 2.05 USD 2026-02-01 actual exact;broadcom eps yoy 28 % 2026-02-01 actual exact" },
	{ "Nvidia reported Q1 results. Revenue hit $7.19 billion. This beat analysts’ expectations of $6.52 billion.",
	  "2023-05-24",
	  "nvidia revenue level 6520000000 USD 2023-04-30 consensus exact;nvidia revenue level 7190000000 USD 2023-04-30 "
	  "actual exact" },
	/* a part named in capitals after the metric, with the word for what
	 * it is: with the metric, one of the lexicon */
	{ "AMD reported Q2 results. Revenue in the Data Center segment was $2.8 billion, up 115%.", "2024-07-31",
	  "amd data_center_revenue level 2800000000 USD 2024-06-30 actual exact;amd data_center_revenue yoy 115 % "
	  "2024-06-30 actual exact" },
	/* what the subject is, said right before the metric ("The primary
	 * driver was record revenue"), names no other company */
	{ "AMD reported Q2 results. The primary driver was record revenue in the data center segment, which totaled $2.8 "
	  "billion.",
	  "2024-07-31", "amd data_center_revenue level 2800000000 USD 2024-06-30 actual exact" },
	/* a label before a colon opening the sentence: with the metric, one
	 * of the lexicon; a name in Chinese that is no token of ours, a part
	 * we do not track (its changes too); 同增, 环增, 环降 are changes */
	{ "英伟达发布2025财年第一财季报告。 业务分类 数据中心:FY25Q1单季度收入226亿美元,同增427%环增23%。 游戏和AI "
	  "PC:FY25Q1单季度收入26亿美元,同增18%环降8%。 利润端:FY25Q1单季度净利润148.8亿美元。",
	  "2024-05-23",
	  "nvidia data_center_revenue level 22600000000 USD 2024-04-28 actual exact;nvidia data_center_revenue qoq 23 % "
	  "2024-04-28 actual exact;nvidia data_center_revenue yoy 427 % 2024-04-28 actual exact;nvidia net_income level "
	  "14880000000 USD 2024-04-28 actual exact" },
	/* the year said right after a quarter's results is the quarter's */
	{ "Salesforce reported strong first-quarter results for fiscal year 2024, with revenue of $8.25 billion.",
	  "2023-06-01", "salesforce revenue level 8250000000 USD 2023-04-30 actual exact" },
	/* an amount, its metric and its per-share aside take the time said
	 * after the aside */
	{ "Broadcom reported second quarter results. Net income was $2.12 billion, versus $3.48 billion in net income, or "
	  "$8.15 per share, in the year-ago period.",
	  "2024-06-13",
	  "broadcom eps level 8.15 USD 2023-04-30 actual exact;broadcom net_income level 2120000000 USD 2024-04-28 actual "
	  "exact;broadcom net_income level 3480000000 USD 2023-04-30 actual exact" },
	/* "It" after a sentence that ended on a part we do not track is that
	 * part */
	{ "Microsoft reported third quarter results. That was not the case in its More Personal Computing division. It "
	  "recorded revenues of $13.3 billion for the quarter, down 9 percent from a year ago.",
	  "2023-04-26", "" },
	/* a part the lede names after figures that named no one: those
	 * figures are its company's; a bare 亿 of money is in the currency
	 * declared for the rest of the text (下同); 同 比 and 环 比 broken by
	 * a space are still changes */
	{ "24Q3:\n\n总收入812亿(美元,下同),同比+9%,环 比+3%。毛利率为58%,同 比+2pcts。\n\n谷歌云业务收入为90亿美元(YoY+30%)。\n",
	  "2024-10-30",
	  "alphabet gross_margin level 58 % 2024-09-30 actual exact;alphabet gross_margin yoy 2 pp 2024-09-30 actual "
	  "exact;alphabet revenue level 81200000000 USD 2024-09-30 actual exact;alphabet revenue qoq 3 % 2024-09-30 actual "
	  "exact;alphabet revenue yoy 9 % 2024-09-30 actual exact;google-cloud revenue level 9000000000 USD 2024-09-30 "
	  "actual exact;google-cloud revenue yoy 30 % 2024-09-30 actual exact" },
	/* what a result was compared with, in a period nothing says, is
	 * left out; the same said "a year ago", or dated before it, is kept */
	{ "Amazon reported results. Net sales rose 13% to $180.2 billion in the third quarter of 2025, compared with "
	  "$158.9 billion. Operating income was $17.4 billion, compared with $11.2 billion a year ago. Gross margin was "
	  "47.2%, compared with 46.2%.",
	  "2025-10-30",
	  "amazon gross_margin level 47.2 % 2025-09-30 actual exact;amazon operating_income level 11200000000 USD "
	  "2024-09-30 actual exact;amazon operating_income level 17400000000 USD 2025-09-30 actual exact;amazon revenue "
	  "level 180200000000 USD 2025-09-30 actual exact;amazon revenue yoy 13 % 2025-09-30 actual exact" },
	{ "台积电第三季毛利率为59.5%,较第二季的58.6%提升。", "2025-10-16",
	  "tsmc gross_margin level 58.6 % 2025-06-30 actual exact;tsmc gross_margin level 59.5 % 2025-09-30 actual exact" },
	/* the words for what was expected, said after the figure or with
	 * the comparison: estimated, expectation, analysts had predicted, a
	 * wire's I/B/E/S view */
	{ "Apple reported fiscal Q4 2025 results. Revenue of $102.47 billion topped the $102.2 billion analysts had "
	  "predicted.\niPhone revenue: $49.03 billion vs. $50.19 billion estimated\n",
	  "2025-10-30",
	  "apple revenue level 102200000000 USD 2025-09-27 consensus exact;apple revenue level 102470000000 USD 2025-09-27 "
	  "actual exact;iphone revenue level 49030000000 USD 2025-09-27 actual exact;iphone revenue level 50190000000 USD "
	  "2025-09-27 estimate exact" },
	{ "AMD reported Q1 2023 results. Revenue of $5.4 billion exceeded the $5.3 billion expectation. Gross margin was "
	  "50%, above the estimated 49%.",
	  "2023-05-03",
	  "amd gross_margin level 49 % 2023-03-31 estimate exact;amd gross_margin level 50 % 2023-03-31 actual exact;amd "
	  "revenue level 5300000000 USD 2023-03-31 estimate exact;amd revenue level 5400000000 USD 2023-03-31 actual exact" },
	{ "July 28 Amazon.com Inc:\n\n* Q2 sales $30.4 billion versus I/B/E/S view $29.55 billion\n\n* Q3 revenue view "
	  "$31.63 billion -- Thomson Reuters I/B/E/S\n",
	  "2016-07-29",
	  "amazon revenue level 29550000000 USD 2016-06-30 consensus exact;amazon revenue level 30400000000 USD 2016-06-30 "
	  "actual exact;amazon revenue level 31630000000 USD 2016-09-30 consensus exact" },
	/* "an estimated $5 billion" is no one's forecast */
	{ "Apple reported fiscal Q4 2025 results. Revenue was an estimated $102 billion.", "2025-10-30",
	  "apple revenue level 102000000000 USD 2025-09-27 actual exact" },
	/* a metric named in what a change is put down to is not the
	 * change's */
	{ "AMD reported Q4 2021 results. Operating income rose to $1.2 billion, a 112% rise over the year-ago quarter on "
	  "the back of higher revenue.",
	  "2022-02-02",
	  "amd operating_income level 1200000000 USD 2021-12-31 actual exact;amd operating_income yoy 112 % 2021-12-31 "
	  "actual exact" },
	/* "the same quarter one year ago" is the year-ago quarter */
	{ "Broadcom reports fiscal Q3 2022 results on Thursday. In the same quarter one year ago, Broadcom earned $6.96 a "
	  "share on revenue of $6.78 billion.",
	  "2022-08-30",
	  "broadcom eps level 6.96 USD 2021-08-01 actual exact;broadcom revenue level 6780000000 USD 2021-08-01 actual "
	  "exact" },
	/* the size of an effect on a measure is no level of it; a warning of
	 * what sales could be is no result */
	{ "Nvidia reported fiscal Q3 2023 results. Nvidia said export limits had a $400 million impact on its revenue in "
	  "the quarter. Nvidia previously warned that Q3 sales could be down as much as 17%.",
	  "2022-12-01", "" },
	/* revenue coming from somewhere that is no entity of ours is that
	 * part's; a sentence that opens on the year-ago period states its
	 * levels of it */
	{ "Alphabet第四季度来自欧洲、中东和非洲的营收为217.62亿美元,较上年同期的231.53亿美元下滑6%。Alphabet上年同期运营利润为"
	  "218.85亿美元,运营利润率为29%。",
	  "2023-02-03",
	  "alphabet operating_income level 21885000000 USD 2021-12-31 actual exact;alphabet operating_margin level 29 % "
	  "2021-12-31 actual exact" },
	/* 元 a sentence says are counted in US dollars (若以美金计算) are
	 * dollars, and their change a variant of the one in the company's
	 * own currency; 与X相较, closing what is compared with, names the
	 * base of the changes after it; 相较X opens it */
	{ "台积电公布2022年第四季财报。與2021年同期相較,2022年第四季營收增加了42.8%。與前一季相較,2022年第四季營收增加了2.0%。"
	  "若以美金計算,2022年第四季營收為199億3千萬元,較2021年同期增加了26.7%。",
	  "2023-01-12",
	  "tsmc revenue level 19930000000 USD 2022-12-31 actual exact;tsmc revenue qoq 2 % 2022-12-31 actual exact;tsmc "
	  "revenue yoy 42.8 % 2022-12-31 actual exact" },
	{ "台積電公布第三季財報,並釋出第四季財測,台積電預期,第四季營收以美金計,預計落在322億至334億美元之間,相較第二季略減約1%。",
	  "2025-10-16", "" },
	/* an expectation set against the figure just given makes no period
	 * a forecast's: the next sentence's figures are of it */
	{ "Alibaba reported results. Cloud Intelligence Group revenue jumped 34% year-over-year to RMB39.8 billion for its "
	  "second fiscal quarter ended September 30, exceeding analysts estimated RMB37.9 billion.\nThe results came as "
	  "Alibaba invested, driving net income down 53% to 20.61 billion yuan.",
	  "2025-11-25",
	  "alibaba net_income level 20610000000 CNY 2025-09-30 actual exact;alibaba net_income yoy -53 % 2025-09-30 actual "
	  "exact;alibaba-cloud revenue level 37900000000 CNY 2025-09-30 consensus exact;alibaba-cloud revenue level "
	  "39800000000 CNY 2025-09-30 actual exact;alibaba-cloud revenue yoy 34 % 2025-09-30 actual exact" },
	/* a part named right after 包括 (including) with its own metric and
	 * figure is their subject */
	{ "微软2022财年Q2财报的收入来源主要包括生产力和业务流程收入 159 亿美元。", "2022-01-26",
	  "microsoft-productivity revenue level 15900000000 USD 2021-12-31 actual exact" },
	/* the revenue of what some customers use is that product's */
	{ "Oracle reported Q2 results. Revenue rose 6% to $10.4 billion. We now have 8,500 Fusion ERP customers with "
	  "revenue growing 35%.",
	  "2021-12-10",
	  "oracle revenue level 10400000000 USD 2021-11-30 actual exact;oracle revenue yoy 6 % 2021-11-30 actual exact" },
	/* a company's outlook for a year is for its own year; guidance set
	 * against the consensus after "vs." stays guidance */
	{ "Salesforce reported Q3 results.\n  • 2023 Outlook: Revenue Guidance of $30.9 Billion to $31.0 Billion vs. "
	  "consensus of $31.01B\n",
	  "2022-11-30",
	  "salesforce revenue level 30950000000 USD 2023-01-31 guidance range;salesforce revenue level 31010000000 USD "
	  "2023-01-31 consensus exact" },
	/* what revenue might be impacted by, and an amount the noun after it
	 * names as something else (an impairment, a deal), are no levels */
	{ "Microsoft reported Q4 results. Revenue was $46 billion. Microsoft said revenue might be impacted by between $1 "
	  "billion and $2 billion. Microsoft took a $1.2 billion impairment. It signed a $10 billion deal.",
	  "2021-07-28", "microsoft revenue level 46000000000 USD 2021-06-30 actual exact" },
	/* a line of the lede that names one part of a company is no list of
	 * companies: the company the text names later is its subject */
	{ "这是一份全面超预期的财报。Q4 单季营收 1138 亿美元,同比增长18%;每股收益2.82 美元。\n搜索广告依旧稳健\nYouTube "
	  "继续贡献现金流\n这说明,Alphabet并不是靠某个偶然因素,而是多个业务线同时提升。Alphabet的云业务也在加速。",
	  "2026-02-05",
	  "alphabet eps level 2.82 USD 2025-12-31 actual exact;alphabet revenue level 113800000000 USD 2025-12-31 actual "
	  "exact;alphabet revenue yoy 18 % 2025-12-31 actual exact" },
	/* a Hong Kong flash: 单计第二季 (the quarter alone), percentages in
	 * 成 with their hundredths (五成二, 52%), amounts in Chinese numerals */
	{ "腾讯(00700.HK)公布业绩。单计第二季,纯利按年增加四成七,升至一百零七亿元人民币。营业额按年升五成二,增加至三百五十六亿元人民币。",
	  "2016-08-17",
	  "tencent net_income level 10700000000 CNY 2016-06-30 actual exact;tencent net_income yoy 47 % 2016-06-30 actual "
	  "exact;tencent revenue level 35600000000 CNY 2016-06-30 actual exact;tencent revenue yoy 52 % 2016-06-30 actual "
	  "exact" },
	/* 破千亿美元 is an order of size, no amount */
	{ "谷歌：单季营收首次破千亿美元", "2025-10-30", "" },
	/* "the software behemoth" is the company just named; a figure on
	 * another measure's ("of $1.40 on revenues of") is not of it; "In the
	 * same period last year," opens a sentence of the year before */
	{ "Microsoft reported fiscal 2020 third-quarter results. The software behemoth reported diluted quarterly "
	  "earnings per share (EPS) of $1.40 on revenues of $35.0 billion. In the same period last year, the company "
	  "reported EPS of $1.14 on revenues of $30.6 billion.",
	  "2020-04-30",
	  "microsoft eps level 1.14 USD 2019-03-31 actual exact;microsoft eps level 1.4 USD 2020-03-31 actual exact;"
	  "microsoft revenue level 30600000000 USD 2019-03-31 actual exact;microsoft revenue level 35000000000 USD "
	  "2020-03-31 actual exact" },
	/* "semiconductor solutions revenue" is a part's */
	{ "Broadcom reported results. Broadcom reported semiconductor solutions revenue of $4.90 billion for its fiscal "
	  "first quarter.",
	  "2021-03-05", "" },
	/* "the full fiscal year 2022" is the company's year; the period said
	 * after a metric the sentence goes on to ("and sales growth for") is
	 * that one's, not the figure's before it */
	{ "Oracle reported fiscal 2021 fourth-quarter results. Revenue growth for the first quarter is projected to be "
	  "3-5% and sales growth for the full fiscal year 2022 will exceed 3.6%.",
	  "2021-06-16",
	  "oracle revenue yoy 3.6 % 2022-05-31 estimate at_least;oracle revenue yoy 4 % 2021-08-31 estimate range" },
	/* one end of a range said ("at the high-end") is no value of its own;
	 * a change to an amount per share is of the earnings per share */
	{ "Salesforce reported Q2 results. We're raising our FY20 revenue guidance to $16.9 billion at the high-end of the "
	  "range. For the full year, earnings are projected to rise 8% to $2.93 per share.",
	  "2019-08-22",
	  "salesforce eps level 2.93 USD 2020-01-31 estimate exact;salesforce eps yoy 8 % 2020-01-31 estimate exact" },
	/* a headline's period named in words of forecast ("Raises FY20
	 * revenue guidance to") is no period of the text: the bullets under
	 * it are the quarter's results */
	{ "Raises FY20 revenue guidance to $16.75 Billion to $16.90 Billion\n- Second quarter revenue of $4.0 Billion, up "
	  "22% year-over-year\n- Remaining performance obligation of approximately $25.3 Billion, up 20% year-over-year\n"
	  "SAN FRANCISCO — Aug. 22, 2019 — Salesforce today announced results for its fiscal second quarter ended July "
	  "31, 2019.\n",
	  "2019-08-22",
	  "salesforce revenue level 16825000000 USD 2020-01-31 guidance range;salesforce revenue level 4000000000 USD "
	  "2019-07-31 actual exact;salesforce revenue yoy 22 % 2019-07-31 actual exact;salesforce rpo level 25300000000 "
	  "USD 2019-07-31 actual approx;salesforce rpo yoy 20 % 2019-07-31 actual exact" },
	/* a sentence opening on a part by its "category", named in quotes */
	{ "Alphabet reported Q3 2020 results. In the \"Other Bets\" category, revenue came to $178 million.", "2020-10-30",
	  "" },
	/* a product named in its own case (iPad) is a name we do not know */
	{ "苹果发布2017财年第四季度财报。\n——iPhone营收为288.46亿美元,较上年同期增长2%;\n——iPad营收为48.31亿美元,较上年同期增长14%;",
	  "2017-11-03",
	  "iphone revenue level 28846000000 USD 2017-09-30 actual exact;iphone revenue yoy 2 % 2017-09-30 actual exact" },
	/* a change right after the level of the period it is compared with
	 * (相比第一季度的…下降23%) is against that period */
	{ "2018年第二季度,腾讯净利润为178.67亿元,相比第一季度的232.9亿元下降23%,比去年同期下降2%;", "2018-08-16",
	  "tencent net_income level 17867000000 CNY 2018-06-30 actual exact;tencent net_income level 23290000000 CNY "
	  "2018-03-31 actual exact;tencent net_income qoq -23 % 2018-06-30 actual exact;tencent net_income yoy -2 % "
	  "2018-06-30 actual exact" },
	/* an item opening on a name we do not know goes on about it past
	 * its ； ("——iPad第四财季售出…;营收为…") */
	{ "苹果发布2017财年第四季度财报。\n按产品划分:\n——iPhone第四财季售出4667.7万部,较上年同期增长3%;营收为288.46亿美元,"
	  "较上年同期增长2%;\n——iPad第四财季售出1032.6万部,较上年同期增长11%;营收为48.31亿美元,较上年同期增长14%;",
	  "2017-11-03",
	  "iphone revenue level 28846000000 USD 2017-09-30 actual exact;iphone revenue yoy 2 % 2017-09-30 actual exact" },
	/* a result "better-than-expected" is no forecast; what a per-share
	 * result is held against is per share; the consensus named after a
	 * figure is that figure's, not the next one's; "from the year-ago
	 * quarter" after a figure compared with dates it */
	{ "Uber also delivered better-than-expected Q2 profit: $0.90 per share was comfortably beyond the $0.75 in the "
	  "FactSet consensus, and better than the $0.70 from the year-ago quarter.",
	  "2021-08-05",
	  "uber eps level 0.7 USD 2020-06-30 actual exact;uber eps level 0.75 USD 2021-06-30 consensus exact;uber eps level "
	  "0.9 USD 2021-06-30 actual exact" },
	/* a loss a share is earnings below nought; the consensus said later
	 * in the figure's clause keeps it the analysts' */
	{ "Pinterest reported fourth-quarter results. The adjusted loss per share was $0.12 per share, narrower than the "
	  "$0.15 per share loss analysts had expected.",
	  "2022-02-04",
	  "pinterest eps level -0.12 USD 2021-12-31 actual exact;pinterest eps level -0.15 USD 2021-12-31 consensus exact" },
	/* a figure its own clause sets against a forecast is the result,
	 * whatever the clause before expected */
	{ "Baidu's third-quarter revenue was RMB 31.2 billion, versus consensus of about RMB 30.5 billion, and operating "
	  "margin of 18.1% was also better than we expected.",
	  "2025-11-20",
	  "baidu operating_margin level 18.1 % 2025-09-30 actual exact;baidu revenue level 30500000000 CNY 2025-09-30 "
	  "consensus approx;baidu revenue level 31200000000 CNY 2025-09-30 actual exact" },
	/* a segment that bears the company's name, under a segments label or
	 * with "segment" after it, is a part; by how much a figure beat the
	 * estimates is no level; "(vs. $X Y/Y)" is the year before's */
	{ "Alphabet Q4 2016 Results - revenue $26.06B ($830M above estimates), EPS $9.36 ($0.26 below estimates), "
	  "operating income $8.485B (vs. $6.816B Y/Y)\n\nSegments - Google (revenue $25.802B, operating income "
	  "$7.883B)\n\nGoogle segment revenues $25.802B (+22% Y/Y)",
	  "2017-01-27",
	  "alphabet eps level 9.36 USD 2016-12-31 actual exact;alphabet operating_income level 6816000000 USD 2015-12-31 "
	  "actual exact;alphabet operating_income level 8485000000 USD 2016-12-31 actual exact;alphabet revenue level "
	  "26060000000 USD 2016-12-31 actual exact" },
	/* 较上一季 right before the level it compares with: the change after
	 * it is against the quarter before */
	{ "苹果第二财季营收达611.37亿美元,较上一季882.93亿美元减少31%。", "2018-05-02",
	  "apple revenue level 61137000000 USD 2018-03-31 actual exact;apple revenue level 88293000000 USD 2017-12-30 "
	  "actual exact;apple revenue qoq -31 % 2018-03-31 actual exact" },
	/* two changes in a bracket after a range ("11% and 20%") are one
	 * range; "but Income Falls" names a measure we do not know */
	{ "Netflix Posts $5.2 Billion in Q3 Sales but Income Falls 12%. For Q4 of 2019, Netflix said it expects revenue "
	  "to be $5.4 billion-$5.6 billion (30% and 35% compared with the year-earlier period).",
	  "2019-10-17",
	  "netflix revenue level 5200000000 USD 2019-09-30 actual exact;netflix revenue level 5500000000 USD 2019-12-31 "
	  "guidance range;netflix revenue yoy 32.5 % 2019-12-31 guidance range" },
	/* a page's line break between "was" and its figure is no sentence
	 * end; a price the shares trade at is no earnings */
	{ "Intel Q4 2017 Results\n- On a GAAP basis, operating income was\n$5.2 billion compared to an operating loss of "
	  "$1.1 billion a year ago.\nIntel is down 2.1% at $44.20 a share after the close.",
	  "2018-01-26",
	  "intel operating_income level -1100000000 USD 2016-12-31 actual exact;intel operating_income level 5200000000 "
	  "USD 2017-12-30 actual exact" },
	/* "the third quarter of its fiscal 2018", said first with no figure,
	 * is the quarter the text goes on in */
	{ "Nvidia's results for the third quarter of its fiscal 2018 are out. The company reported revenue of $2.64 "
	  "billion, up 32 percent from a year ago.",
	  "2017-11-10",
	  "nvidia revenue level 2640000000 USD 2017-10-29 actual exact;nvidia revenue yoy 32 % 2017-10-29 actual exact" },
	/* a wire's brief in capitals: QTRLY is quarterly; MAUS, DAUS the
	 * users in the plural */
	{ "Feb 1 (Reuters) - Pinterest Inc:\n\n* PINTEREST REPORTS FOURTH QUARTER 2021 RESULTS\n\n* QTRLY TOTAL REVENUE "
	  "$847 MILLION\n\n* MAUS WERE 431 MILLION, A DECREASE OF 6% YEAR-OVER-YEAR\n",
	  "2022-02-03",
	  "pinterest mau level 431000000 count 2021-12-31 actual exact;pinterest mau yoy -6 % 2021-12-31 actual "
	  "exact;pinterest revenue level 847000000 USD 2021-12-31 actual exact" },
	/* a period named in the clause after the one that set the base (与前一
	 * 季相较,) is the change's, not the year the text opened on */
	{ "联电去(2021)年全年净利达新台币100.3亿元。\n\n联电指出,与2020年同期相较,2021年第4季营收增加了15.8%。与前一季相较,"
	  "2021年第4季营收增加了6.3%,税后纯益则增加了8.1%。",
	  "2022-01-26",
	  "umc net_income level 10030000000 TWD 2021-12-31 actual exact;umc net_income qoq 8.1 % 2021-12-31 actual "
	  "exact;umc revenue qoq 6.3 % 2021-12-31 actual exact;umc revenue yoy 15.8 % 2021-12-31 actual exact" },
	/* Taiwan's 獲利 is the profit, 每股稀釋純益 the diluted earnings a
	 * share; 上一年同期 the same quarter a year before; Apple's 53-week
	 * fiscal 2017 ran its second quarter to 1 April */
	{ "蘋果2018會計年度第2季營收達611.37億美元,比上一年同期528.96億美元增加16%。蘋果當季獲利達138.22億美元,較上一年同期"
	  "110.29億美元成長25.3%,每股稀釋純益2.73美元,優於上一年同期2.1美元,成長30%。",
	  "2018-05-02",
	  "apple eps level 2.1 USD 2017-04-01 actual exact;apple eps level 2.73 USD 2018-03-31 actual exact;apple eps yoy "
	  "30 % 2018-03-31 actual exact;apple net_income level 11029000000 USD 2017-04-01 actual exact;apple net_income "
	  "level 13822000000 USD 2018-03-31 actual exact;apple net_income yoy 25.3 % 2018-03-31 actual exact;apple "
	  "revenue level 52896000000 USD 2017-04-01 actual exact;apple revenue level 61137000000 USD 2018-03-31 actual "
	  "exact;apple revenue yoy 16 % 2018-03-31 actual exact" },
	/* the time a "since" phrase starts from (2019年11月在香港上市以来)
	 * is no figure's period; after "53.2亿元(人民币‧下同)" the text
	 * writes its money with 元, and a bare 亿 is a count */
	/* (nor the time of what is taken out: 若撇除去年10月合并影响) */
	{ "京东公布截至12月底止季度及全年业绩,罚款51.2亿元(人民币‧下同)已入帐,为公司2014年5月在美国上市以来首次见红,而全年纯利"
	  "亦微升3.1%至520.3亿元。\n\n上季收入2,796.6亿元,若撇除去年10月合并影响,按年升23%。年度活跃用户突破5亿,其中4.2亿来自"
	  "低线城市。",
	  "2022-03-10",
	  "jd net_income level 52030000000 CNY 2021-12-31 actual exact;jd net_income yoy 3.1 % 2021-12-31 actual exact;jd "
	  "revenue level 279660000000 CNY 2021-12-31 actual exact;jd revenue yoy 23 % 2021-12-31 actual exact" },
	/* the game the text points back at (该游戏) is a part; forecasts
	 * beaten "with a 57% jump" say nothing of the figure */
	{ "Tencent beat forecasts with a 57% year-on-year jump in third-quarter operating profit to 22.75 billion "
	  "yuan.\n腾讯的成功基于游戏《王者荣耀》,该游戏在第三季度实现营收268.4亿元,同比增长48%。",
	  "2017-11-16",
	  "tencent operating_income level 22750000000 CNY 2017-09-30 actual exact;tencent operating_income yoy 57 % "
	  "2017-09-30 actual exact" },
	/* what a relative clause after a quoted name says is that name's */
	{ "Tencent's third-quarter revenue rose 61%. It builds on its success in the game \"Honor of Kings\", which hit "
	  "revenues of 26.84 billion yuan in the quarter, up 48% year-on-year.",
	  "2017-11-16",
	  "tencent revenue yoy 61 % 2017-09-30 actual exact" },
	/* 每股摊薄收益 is the diluted eps; 这一季度 is this quarter, not the
	 * first; a month a meeting was held in (在2017年6月的投资者大会上)
	 * dates no figure after it */
	{ "阿里巴巴今天发布了2018财年第三财季财报,每股摊薄收益为9.26元,较上年同期增长35%。\n\n在2017年6月的投资者大会上,阿里巴巴"
	  "公布了财年收入指引。\n\n首席财务官表示,这一季度我们取得了出色的业绩,整体收入同比增长56%。",
	  "2018-02-01",
	  "alibaba eps level 9.26 CNY 2017-12-31 actual exact;alibaba eps yoy 35 % 2017-12-31 actual exact;alibaba revenue "
	  "yoy 56 % 2017-12-31 actual exact" },
	/* a rival named after "the likes of" is no subject "the internet
	 * company" points back at; "the stock, which soared 20%" goes on about
	 * the shares; "from its highs in 2021" is the base of a move, no year
	 * for the quarters of the next paragraph */
	{ "Snap Inc., the parent of Snapchat, faces competition from the likes of TikTok. But investors rallied behind the "
	  "stock, which soared 20% on the results.\nOverall, the internet company reported revenue of $1.3 billion for the "
	  "fourth quarter of 2022.\nEven so, the stock is still down nearly 80% from its highs in 2021.\nThe company said "
	  "it had 375 million daily active users in the fourth quarter.",
	  "2023-02-01",
	  "snap dau level 375000000 count 2022-12-31 actual exact;snap revenue level 1300000000 USD 2022-12-31 actual "
	  "exact" },
	/* costs and taxes named with no metric of ours are no figure of the
	 * metric before; "up 2.9% from a year ago" after a margin is what it
	 * moved by, no level of the year before */
	{ "Netflix's free cash flow was $1.2 billion for the first quarter of 2021. GAAP income tax expense for the first "
	  "quarter of 2021 was $420 million. Costs and expenses were up 57% to $1.70 billion in the quarter. Operating "
	  "margin for the quarter was 27.4%, up 2.9% from a year ago.",
	  "2021-04-21",
	  "netflix free_cash_flow level 1200000000 USD 2021-03-31 actual exact;netflix operating_margin level 27.4 % "
	  "2021-03-31 actual exact" },
	/* a region (大中华区) is a part, also as the clause a sentence opens on;
	 * 与前一季相较基本持平 hands its base to the next clause; 这一财季 is
	 * this quarter */
	{ "苹果本季营收505.6亿美元。以中国为主的大中华区市场,苹果本季营收也大减26%。\n\n台积电2016年第一季营收与前一季相较基本持平,"
	  "税后纯益则减少了11.1%。",
	  "2016-04-27",
	  "apple revenue level 50560000000 USD 2016-03-26 actual exact;tsmc net_income qoq -11.1 % 2016-03-31 actual "
	  "exact" },
	{ "微软今天发布了2016财年第二财季财报。在截至12月31日的这一财季,微软的净利润为52.00亿美元。", "2016-01-29",
	  "microsoft net_income level 5200000000 USD 2015-12-31 actual exact" },
	/* a yearless quarter set against the year before is not the year-ago
	 * quarter said last; "the trailing twelve months ended December 31,
	 * 2013" is that year; "For the year" after a quarter is the year */
	{ "微软今天发布了2017财年第二财季财报。2016财年第二财季,微软的净利润为50.18亿美元。微软第二财季调整后净利润为65.15亿美元,"
	  "比去年同期的61.46亿美元增长6%。\n\nAmazon's free cash flow decreased to $1.95 billion for the trailing twelve "
	  "months, compared with $2.03 billion for the trailing twelve months ended December 31, 2013. For the year, "
	  "Amazon's revenue increased 20% to $89 billion.",
	  "2017-01-27",
	  "amazon free_cash_flow level 2030000000 USD 2013-12-31 actual exact;amazon revenue level 89000000000 USD "
	  "2016-12-31 actual exact;amazon revenue yoy 20 % 2016-12-31 actual exact;microsoft net_income level 5018000000 "
	  "USD 2015-12-31 actual exact;microsoft net_income level 6515000000 USD 2016-12-31 actual exact;microsoft "
	  "net_income yoy 6 % 2016-12-31 actual exact" },
	/* 与前一季持平 sets a base, not the quarter; a change whose own
	 * clause says its kind (较去年同期) keeps it; 会计年度2016年第二季 is a
	 * fiscal quarter, and the year-ago one Apple's second; "the first
	 * quarter ending March 2016" is a quarter */
	{ "台积电2015年第3季营收为66亿7,000万元,与前一季持平,较去年同期减少了4.3%。\n\n苹果公布会计年度2016年第二季财报,苹果营收"
	  "506亿美元,较去年同期的580亿美元下滑了13%。\n\nFor the first quarter ending March 2016, Amazon expects net sales "
	  "of between $26.5 billion and $29 billion.",
	  "2016-04-27",
	  "amazon revenue level 27750000000 USD 2016-03-31 guidance range;apple revenue level 50600000000 USD 2016-03-26 "
	  "actual exact;apple revenue level 58000000000 USD 2015-03-28 actual exact;apple revenue yoy -13 % 2016-03-26 "
	  "actual exact;tsmc revenue level 6670000000 TWD 2015-09-30 actual exact;tsmc revenue yoy -4.3 % 2015-09-30 actual "
	  "exact" },
	/* Hong Kong's 好过预期 says results beat forecasts: no forecast (好过预期
	 * 的 then names the forecast beaten) */
	{ "苹果上季业绩好过预期,主要因为新款iPhone 6s,令iPhone营业额按年升了三成六。腾讯第三季度营收为1000亿元,好过预期的950亿元。",
	  "2015-10-28",
	  "iphone revenue yoy 36 % 2015-09-26 actual exact;tencent revenue level 100000000000 CNY 2015-09-30 actual "
	  "exact;tencent revenue level 95000000000 CNY 2015-09-30 estimate exact" },
	/* "delivered 25 percent annual revenue growth": the metric after the
	 * figure, past the year's word, is its own, not the verb's */
	{ "Intel said it delivered 12 percent annual revenue growth in 2017.", "2018-01-26",
	  "intel revenue yoy 12 % 2017-12-30 actual exact" },
	/* a web page's table set with single spaces: heads indented, cells
	 * with their scale glued on, a one-word label; a margin's change is in
	 * points when the row's own levels differ by it, and left out when
	 * they give it as a ratio (30% against 24% is +25%) */
	{ "Intel Q3 2019 Financial Results (GAAP)\n  Q3'2019 Q2'2019 Q3'2018 Q/Q Y/Y\nRevenue $19.2B $16.5B $19.1B +16% "
	  "+1%\nGross Margin 58.9% 58.3% 64.5% +0.6% -5.6%\nOperating Margin 30.0% 24.0% 32.0% +25% -6%\nNet Income $6.0B "
	  "$4.2B $6.4B +43% -6%\nEPS $1.35 $0.92 $1.38 +47% -2%\n",
	  "2019-10-25",
	  "intel eps level 0.92 USD 2019-06-29 actual exact;intel eps level 1.35 USD 2019-09-28 actual exact;intel eps le"
	  "vel 1.38 USD 2018-09-29 actual exact;intel eps qoq 47 % 2019-09-28 actual exact;intel eps yoy -2 % 2019-09-28 "
	  "actual exact;intel gross_margin level 58.3 % 2019-06-29 actual exact;intel gross_margin level 58.9 % 2019-09-2"
	  "8 actual exact;intel gross_margin level 64.5 % 2018-09-29 actual exact;intel gross_margin qoq 0.6 pp 2019-09-2"
	  "8 actual exact;intel gross_margin yoy -5.6 pp 2019-09-28 actual exact;intel net_income level 4200000000 USD 20"
	  "19-06-29 actual exact;intel net_income level 6000000000 USD 2019-09-28 actual exact;intel net_income level 640"
	  "0000000 USD 2018-09-29 actual exact;intel net_income qoq 43 % 2019-09-28 actual exact;intel net_income yoy -6 "
	  "% 2019-09-28 actual exact;intel operating_margin level 24 % 2019-06-29 actual exact;intel operating_margin lev"
	  "el 30 % 2019-09-28 actual exact;intel operating_margin level 32 % 2018-09-29 actual exact;intel revenue level "
	  "16500000000 USD 2019-06-29 actual exact;intel revenue level 19100000000 USD 2018-09-29 actual exact;intel reve"
	  "nue level 19200000000 USD 2019-09-28 actual exact;intel revenue qoq 16 % 2019-09-28 actual exact;intel revenue"
	  " yoy 1 % 2019-09-28 actual exact" },
	/* a table under a line that names a part of the company we do not
	 * track (Computing and Graphics) is that part's; so is what "this
	 * product group" did after such a part was named */
	{ "AMD Q2 2019 Financial Results (GAAP)\n  Q2'2019 Q1'2019 Q2'2018\nRevenue $1531M $1272M $1756M\nNet Income $35M $16M "
	  "$116M\n\nAMD Q2 2019 Computing and Graphics\n  Q2'2019 Q1'2019 Q2'2018\nRevenue $940M $831M $1086M\nOperating "
	  "Income $22M $16M $117M\n\nAMD's other major segment is its Enterprise group, and this product group saw revenue "
	  "fall 12% to $591 million in the quarter. Net income rose to $35 million in the quarter.\n",
	  "2019-07-30",
	  "amd net_income level 116000000 USD 2018-06-30 actual exact;amd net_income level 16000000 USD 2019-03-31 actual"
	  " exact;amd net_income level 35000000 USD 2019-06-30 actual exact;amd revenue level 1272000000 USD 2019-03-31 a"
	  "ctual exact;amd revenue level 1531000000 USD 2019-06-30 actual exact;amd revenue level 1756000000 USD 2018-06-"
	  "30 actual exact" },
	/* a quarter a later sentence carries is read as the company's own,
	 * over by the report's date, as in its own sentence, and so is the
	 * quarter a change is from ("Q1 2014" of Nvidia's Q1 2015); "Most"
	 * opens no name; "from Q1 2014 and coming in at $137M" dates no
	 * figure; "the $85 billion it gave ... in October" is a superseded
	 * forecast, no October level */
	{ "NVIDIA announced its quarterly earnings for Q1 2015. Revenue came in at $1.1B, up 16% year over year. Most "
	  "impressive was net income, up 75% from Q1 2014 and coming in at $137M.\n\nOracle now expects fiscal 2027 "
	  "revenue of $89 billion, up from the $85 billion it gave at its analyst meeting in October.\n",
	  "2014-05-08",
	  "nvidia net_income level 137000000 USD 2014-04-27 actual exact;nvidia net_income yoy 75 % 2014-04-27 actual exa"
	  "ct;nvidia revenue level 1100000000 USD 2014-04-27 actual exact;nvidia revenue yoy 16 % 2014-04-27 actual exact"
	  ";oracle revenue level 89000000000 USD 2027-05-31 guidance exact" },
	/* the company a part is "a division of" leaves the sentence the
	 * part's */
	{ "Nvidia's revenue was $1.1B in the first quarter of fiscal 2015. The GPU business is the dominant division of "
	  "NVIDIA with revenue of $898M.",
	  "2014-05-08",
	  "nvidia revenue level 1100000000 USD 2014-04-27 actual exact" },
	/* figures compared with, each said another way after "or", are of
	 * the periods named after the asides; the same quarter last year is
	 * a year before the quarter reported, not before the previous quarter
	 * named just before it; "25% lower than" is a fall; a clause opened
	 * by "when" tells of its own time */
	{ "Broadcom reported results for the second quarter of fiscal 2017. Operating income was $474 million, or 11.3 pe"
	  "rcent of net revenue. This compares with operating income of $506 million, or 12.2 percent of net revenue, in "
	  "the prior quarter, and operating loss of $1,001 million, or 28.3 percent of net revenue, in the same quarter l"
	  "ast year. Net revenue was $4,190 million, slightly higher than the $4,139 million in the previous quarter and "
	  "up from $3,541 million in the same quarter last year. Its sales were 25% lower than a year ago.\n\nBroadcom said"
	  " net income was $464 million. This is up from the previous quarter, when it posted a net loss of $36 million.\n",
	  "2017-06-08",
	  "broadcom net_income level 464000000 USD 2017-04-30 actual exact;broadcom operating_income level -1001000000 US"
	  "D 2016-05-01 actual exact;broadcom operating_income level 474000000 USD 2017-04-30 actual exact;broadcom opera"
	  "ting_income level 506000000 USD 2017-01-29 actual exact;broadcom operating_margin level 11.3 % 2017-04-30 actu"
	  "al exact;broadcom revenue level 3541000000 USD 2016-05-01 actual exact;broadcom revenue level 4139000000 USD 2"
	  "017-01-29 actual exact;broadcom revenue level 4190000000 USD 2017-04-30 actual exact;broadcom revenue yoy -25 "
	  "% 2017-04-30 actual exact" },
	/* "13 亿美元(以下同)" declares the 元 after it US dollars; 前3季 is the
	 * first three quarters; "the $48 million the company generated over
	 * Q3 last year" is that quarter's, over a time no base */
	{ "辉达公布会计年度第三季财报,当季营收达 13 亿美元(以下同),分析师原预估"
	  "营收为 11.8 亿元。\n\n台积电前3季营收6998.77亿元,年增2.1%。\n\nAMD net income was $17 "
	  "million in the third quarter, less than the $48 million that the company generated over Q3 last year"
	  ".\n",
	  "2015-11-06",
	  "amd net_income level 17000000 USD 2015-09-30 actual exact;amd net_income level 48000000 USD 2014-09-30 actual "
	  "exact;nvidia revenue level 1180000000 USD 2015-10-25 estimate exact;nvidia revenue level 1300000000 USD 2015-1"
	  "0-25 actual exact;tsmc revenue level 699877000000 TWD 2015-09-30 actual exact;tsmc revenue yoy 2.1 % 2015-09-3"
	  "0 actual exact" },
	/* what a figure "would have been" is no figure; figures before "at
	 * the high end of our range" are that end's; "84 per cent of total
	 * revenue, or $1.33 billion" is a share's amount */
	{ "Oracle said earnings per share for its fiscal third quarter were $0.52. Without the stronger dollar,"
	  " Oracle earnings per share would have been $0.01 higher at $0.53.\n\nSalesforce is raising its fiscal "
	  "year 2015 revenue guidance to $5.3 billion, which is a full year growth rate of 30% at the high end "
	  "of our range.\n\nFacebook said fourth-quarter revenue was $1.585 billion, up from $1.13 billion in the"
	  " fourth quarter of 2012. Facebook's bread-and-butter, revenue from advertising, reached 84 per cent "
	  "of total revenue, or $1.33 billion.\n",
	  "2014-03-20",
	  "meta revenue level 1130000000 USD 2012-12-31 actual exact;meta revenue level 1585000000 USD 2013-12-31 actual "
	  "exact;oracle eps level 0.52 USD 2014-02-28 actual exact" },
	/* the amount in brackets after a beat's percentage is the gap; a
	 * change of 营销费用 (a cost) is no change of the market share a
	 * purpose clause names */
	{ "百度18Q4实现净收入272亿元(YoY22%),超出指引中值4%(11亿元)。为了提升百度APP市占率,百度营销费用同比增速自18Q3的51%上升至18Q4的64%。\n",
	  "2019-02-22", "baidu revenue level 27200000000 CNY 2018-12-31 actual exact" },
	/* "the three months ended 31 December" (the day first) is a quarter;
	 * "$1bn worth of goods" sold is what shoppers bought, no revenue */
	{ "Alibaba's revenue hit 53.25bn yuan for the three months ended 31 December, compared with analysts' a"
	  "verage estimate of 50.10bn yuan. In 2016 Alibaba sold $1bn worth of goods within the first five minu"
	  "tes of Singles' Day.\n",
	  "2017-01-24",
	  "alibaba revenue level 50100000000 CNY 2016-12-31 consensus exact;alibaba revenue level 53250000000 CNY 2016-12"
	  "-31 actual exact" },
	/* Hong Kong's words: 飆 and 勁升 say a rise, 每股賺 is earnings a
	 * share, 勝預期的 names the forecast beaten, 數據中心晶片銷售 is data
	 * center revenue, 今季 beside 上季 is the quarter under way */
	{ "英偉達截至四月廿六日止首季純利飆132%至9.17億美元,每股賺1.47美元,勝預期"
	  "的1.39美元。英偉達上季收入勁升39%至30.8億美元,當中,數據中心晶片銷售急升"
	  "80%至11.4億美元。英偉達預測,今季收入約36.5億美元。\n",
	  "2020-05-23",
	  "nvidia data_center_revenue level 1140000000 USD 2020-04-26 actual exact;nvidia data_center_revenue yoy 80 % 20"
	  "20-04-26 actual exact;nvidia eps level 1.39 USD 2020-04-26 estimate exact;nvidia eps level 1.47 USD 2020-04-26"
	  " actual exact;nvidia net_income level 917000000 USD 2020-04-26 actual exact;nvidia net_income yoy 132 % 2020-0"
	  "4-26 actual exact;nvidia revenue level 3080000000 USD 2020-04-26 actual exact;nvidia revenue level 3650000000 "
	  "USD 2020-07-26 guidance approx;nvidia revenue yoy 39 % 2020-04-26 actual exact" },
	/* a margin's move from the quarter before (由上一季度的56.1%降至
	 * 54.2%) gives that quarter's level */
	{ "腾讯第二季度毛利为人民币77.942亿元;毛利率由上一季度的56.1%降至54.2%。", "2013-08-14",
	  "tencent gross_margin level 54.2 % 2013-06-30 actual exact;tencent gross_margin level 56.1 % 2013-03-31 actual "
	  "exact;tencent gross_profit level 7794200000 CNY 2013-06-30 actual exact" },
	/* the period of a figure compared with ("an increase over the $1.13
	 * billion in the fourth quarter of 2011", "compared to net income of
	 * $302 million for ...") is no context for the figure before it or
	 * the sentences after */
	{ "Facebook reported $1.585 billion in revenue for the fourth quarter, a 40 per cent increase over the "
	  "$1.13 billion in the fourth quarter of 2011. Net income was down to $64 million, compared to net inc"
	  "ome of $302 million for the fourth quarter of 2011.\n",
	  "2013-01-30",
	  "meta net_income level 302000000 USD 2011-12-31 actual exact;meta net_income level 64000000 USD 2012-12-31 actu"
	  "al exact;meta revenue level 1585000000 USD 2012-12-31 actual exact" },
	/* "free cash flow less lease principal repayments" is another
	 * measure (the trailing year's type: test_period_types) */
	{ "Oracle reported fiscal third quarter results. GAAP operating cash flow on a trailing twelve-month ba"
	  "sis was $13.7 billion.\n\nAmazon reported results for the fourth quarter. Trailing 12-month free cash "
	  "flow less lease principal repayments increased to $4.7 billion.\n",
	  "2013-03-20", "oracle operating_cash_flow level 13700000000 USD 2013-02-28 actual exact" },
	/* a profit restated as a share of revenue gives its margin; not a
	 * compared figure's (its period comes after), nor a loss's */
	{ "Broadcom reported results for the second quarter of fiscal 2017. Operating income was $474 million, "
	  "or 11.3 percent of net revenue. This compares with operating income of $506 million, or 12.2 percent"
	  " of net revenue, in the prior quarter. Net loss was $100 million, or 2.4 percent of net revenue.\n",
	  "2017-06-08",
	  "broadcom net_income level -100000000 USD 2017-04-30 actual exact;broadcom operating_income level 474000000 USD"
	  " 2017-04-30 actual exact;broadcom operating_income level 506000000 USD 2017-01-29 actual exact;broadcom operat"
	  "ing_margin level 11.3 % 2017-04-30 actual exact" },
	/* the amount after a share of the whole ("81% of the company's entire
	 * revenue with $898M") is the share's, not the whole's */
	{ "NVIDIA reported revenue of $1.1B for the first quarter. The GPU business is still the dominant division of "
	  "NVIDIA, coming in at over 81% of the company's entire revenue with $898M.",
	  "2014-05-08", "nvidia revenue level 1100000000 USD 2014-04-27 actual exact" },
	/* points "worse than the prior-year quarter" are a fall against it; a
	 * dash between words opens a clause ("falling" after it is no fall
	 * of the leap before); "half-way through 2021" is no period, nor the
	 * quarter of what did not happen ("if not for ..."); "as you might
	 * expect" forecasts nothing */
	{ "For the quarter ended Sep. 29, AMD gross margin was 30.9%, 1,380 basis points worse than the prior-y"
	  "ear quarter.\n\nFor the second quarter of 2021, AMD reported $3.85B in revenue. Now, half-way through "
	  "2021, AMD is setting records, as evidenced by the 99% leap in year-over-year revenue – falling jus"
	  "t millions short of doubling. And if not for a one-off tax benefit for AMD's Q4'2020, this would hav"
	  "e been its most profitable quarter. Meanwhile, as you might expect, AMD's gross margin now sits at 4"
	  "8%.\n",
	  "2021-07-27",
	  "amd gross_margin level 30.9 % 2020-09-30 actual exact;amd gross_margin level 48 % 2021-06-30 actual exact;amd "
	  "gross_margin yoy -13.8 pp 2020-09-30 actual exact;amd revenue level 3850000000 USD 2021-06-30 actual exact;amd"
	  " revenue yoy 99 % 2021-06-30 actual exact" },
	/* 2011财年的第二季度 is that fiscal quarter (的 between); a region glued
	 * to the company's name (苹果美国) and a device before 的 (mac台式电脑的,
	 * ipod的) are parts */
	{ "苹果公布2012财年第二季度财报,收入为391.9亿美元。在2011财年的第二季度,苹"
	  "果的净利润为59.87亿美元。按地域划分,苹果美国第二季度收入为131.82亿美元,"
	  "比去年同期的93.23亿美元增长41%。苹果第二季度mac台式电脑的收入为15.63亿美"
	  "元;ipod的收入为12.07亿美元。\n",
	  "2012-04-25",
	  "apple net_income level 5987000000 USD 2011-03-26 actual exact;apple revenue level 39190000000 USD 2012-03-31 a"
	  "ctual exact" },
	/* revenue "generated from" or that "came from" somewhere is that
	 * part's: Google Cloud's, the United States' (none we track) */
	{ "Alphabet reported first-quarter 2024 results. There was also a 28% YoY growth in the revenue generat"
	  "ed from Google Cloud, as $9.6 billion was posted in Q1 2024. During the quarter, $38.7 billion of th"
	  "e group's revenues came from the United States.\n",
	  "2024-04-26",
	  "google-cloud revenue level 9600000000 USD 2024-03-31 actual exact;google-cloud revenue yoy 28 % 2024-03-31 act"
	  "ual exact" },
	/* "up 41% from last quarter" is against the quarter before; what
	 * analysts "had expected" is their estimate of the quarter reported */
	{ "NVIDIA reported results for the third quarter of fiscal 2015. Earnings per share came in at $0.31, u"
	  "p 41% from last quarter and 55% from last year. Analysts had expected earnings of 29 cents a share.\n",
	  "2014-11-07",
	  "nvidia eps level 0.29 USD 2014-10-26 consensus exact;nvidia eps level 0.31 USD 2014-10-26 actual exact;nvidia "
	  "eps qoq 41 % 2014-10-26 actual exact;nvidia eps yoy 55 % 2014-10-26 actual exact" },
	/* "in recent quarters" dates no one quarter */
	{ "Amazon reported second-quarter revenue of $15.7 billion. Despite operating margins that have been less than "
	  "1% in recent quarters, Amazon shares rose.",
	  "2013-07-26", "amazon revenue level 15700000000 USD 2013-06-30 actual exact" },
	/* the quarter that figures set against the text's own were of
	 * ("compared with $0.9 billion, or $2.05 per share, in the third
	 * quarter of 2023") is not the one the sentences after go on in */
	{ "Netflix reported results for the third quarter of 2024. In the quarter, its net income was $1.2 bill"
	  "ion, or $2.75 per share, compared with $0.9 billion, or $2.05 per share, in the third quarter of 202"
	  "3. Wall Street analysts had expected earnings of $2.50 per share.\n",
	  "2024-10-18",
	  "netflix eps level 2.05 USD 2023-09-30 actual exact;netflix eps level 2.5 USD 2024-09-30 consensus exact;netfli"
	  "x eps level 2.75 USD 2024-09-30 actual exact;netflix net_income level 1200000000 USD 2024-09-30 actual exact;n"
	  "etflix net_income level 900000000 USD 2023-09-30 actual exact" },
	/* what analysts "had expected", after a forecast of the next
	 * quarter, is of the quarter the headline reported */
	{ "Third-Quarter 2019 Results Lift Microsoft\n\nMicrosoft said its revenue rose 14% in the quarter. For i"
	  "ts fiscal fourth quarter the company expects revenue of $32.2 billion to $32.9 billion.\n\nWall Stree"
	  "t analysts had expected revenue of $29.8 billion and earnings of $1.00 a share.\n",
	  "2019-04-25",
	  "microsoft eps level 1 USD 2019-03-31 consensus exact;microsoft revenue level 29800000000 USD 2019-03-31 consen"
	  "sus exact;microsoft revenue level 32550000000 USD 2019-06-30 guidance range;microsoft revenue yoy 14 % 2019-03"
	  "-31 actual exact" },
	/* 上一季度 said as a base in a paragraph that names no period is the
	 * quarter before the one the heading named, not before the report's
	 * date */
	{ "百度2013年第二季度业绩摘要:\n\n营业利润率由上一季度的38.5%降至36.1%。\n",
	  "2013-07-25",
	  "baidu operating_margin level 36.1 % 2013-06-30 actual exact;baidu operating_margin level 38.5 % 2013-03-31 act"
	  "ual exact" },
	/* "the same period a year earlier" is a period though its "year" lies
	 * in a cue; figures set against the year-ago quarter with the measure
	 * named again between are that quarter's; a year back said as a
	 * "period" after nine months is nine months */
	{ "Intel reported revenue of $14.2 billion for the third quarter of 2013. In the same period a year ear"
	  "lier, the company had net income of $2.97 billion. Net income was $2.95 billion in the quarter, versu"
	  "s $2.97 billion in net income, or $0.58 per share, in the year-ago quarter. For the nine months ended"
	  " September 28, 2013, gross margin was 59.1%, compared with 62.4% in the prior-year period.\n",
	  "2013-10-16",
	  "intel eps level 0.58 USD 2012-09-29 actual exact;intel gross_margin level 59.1 % 2013-09-30 actual exact;intel"
	  " gross_margin level 62.4 % 2012-09-29 actual exact;intel net_income level 2950000000 USD 2013-09-28 actual exa"
	  "ct;intel net_income level 2970000000 USD 2012-09-29 actual exact;intel revenue level 14200000000 USD 2013-09-2"
	  "8 actual exact" },
	/* a level given again, with another value, in the sentence after the
	 * one that gave it was read into the wrong period: it goes */
	{ "Cisco reported its fiscal 2012 third quarter results. Revenue was $11.6 billion for the quarter. Tha"
	  "t set the company beside revenue of $10.9 billion and a quarterly gain of $1.8 billion, or $0.33 per"
	  " share, in the year-ago quarter.\n",
	  "2012-05-10",
	  "cisco eps level 0.33 USD 2011-04-30 actual exact;cisco revenue level 11600000000 USD 2012-04-28 actual exact" },
	/* what a count of analysts expect (12名分析师平均预期，…) is their
	 * consensus, past the comma: the count is not a figure the
	 * expectation belongs to */
	{ "京东公布2019年第二季度业绩。华尔街12名分析师平均预期,京东第二季度营收将达1450亿元。\n",
	  "2019-08-13",
	  "jd revenue level 145000000000 CNY 2019-06-30 consensus exact" },
	/* a company named in an opening clause of background ("As Intel
	 * keeps ...") is not the document's rival subject; a table set with
	 * single spaces, its figures in words, is read */
	{ "AMD's second quarter results are uneven\n\nAs Intel keeps setting records, AMD is finding growth h"
	  "arder to come by.\n\n  Q2 2022 Q1 2023 Q2 2023\nRevenue $6.55 billion $5.35 billion $5.36 billion\nN"
	  "et income $447 million -$139 million $27 million\n",
	  "2023-08-01",
	  "amd net_income level -139000000 USD 2023-03-31 actual exact;amd net_income level 27000000 USD 2023-06-30 actua"
	  "l exact;amd net_income level 447000000 USD 2022-06-30 actual exact;amd revenue level 5350000000 USD 2023-03-31"
	  " actual exact;amd revenue level 5360000000 USD 2023-06-30 actual exact;amd revenue level 6550000000 USD 2022-0"
	  "6-30 actual exact" },
	/* "a far cry from Intel's 56%": the figure after a name's 's is that
	 * company's, whatever word set it against */
	{ "AMD reported second-quarter results. AMD's gross margin improved a little, but it is still a far cry"
	  " from Intel's 56%.\n",
	  "2021-07-28", "intel gross_margin level 56 % 2021-06-26 actual exact" },
	/* 同比降低 is a fall (not 同比降 and a 低 left over); 每ADS利润 is
	 * earnings a share; what was expected, right after the figure in a
	 * clause of its own (预期：7.80元), is the expectation of it */
	{ "网易公布第三季度业绩。网易第三季度净收入为243.6亿元,同比降低2%,市场预估245.1亿元。第三季度经调整每ADS利润8.53元,预期"
	  ":7.80元。\n",
	  "2023-11-16",
	  "netease eps level 7.8 CNY 2023-09-30 estimate exact;netease eps level 8.53 CNY 2023-09-30 actual exact;netease"
	  " revenue level 24360000000 CNY 2023-09-30 actual exact;netease revenue level 24510000000 CNY 2023-09-30 consen"
	  "sus exact;netease revenue yoy -2 % 2023-09-30 actual exact" },
	/* 截至…月底的上一财年 is the fiscal year that ended then; what a figure
	 * 将达到 is to come; 今年7月到9月 is a quarter, not September */
	{ "微软将公布截至2015年6月底的上一财年财报,其中营收将达到940亿美元。另据分析师预期,今年7月到9月的这一季度,苹果的营收将达49"
	  "0亿美元。\n",
	  "2015-07-20",
	  "apple revenue level 49000000000 USD 2015-09-26 consensus exact;microsoft revenue level 94000000000 USD 2015-06"
	  "-30 estimate exact" },
	/* an earlier expectation with its own figure (法人原先预估9.5元) is that
	 * figure's alone: the half's figures after it are reported */
	{ "联发科公布第2季营运报告,每股纯益10.2元,优于法人原先预估9.5元,累计上半年合并营收2300亿元、年增12.5%。\n",
	  "2023-07-28",
	  "mediatek eps level 10.2 TWD 2023-06-30 actual exact;mediatek eps level 9.5 TWD 2023-06-30 estimate exact;media"
	  "tek revenue level 230000000000 TWD 2023-06-30 actual exact;mediatek revenue yoy 12.5 % 2023-06-30 actual exact" },
	/* what "all regions" posted is each part's, not the company's; "or
	 * higher" after a figure makes it a floor */
	{ "Cisco reported its fourth quarter results. The quarter was strong, with all regions posting revenue "
	  "growth of 12% or higher. Cisco revenue grew 8% or higher in every month of the quarter.\n",
	  "2021-08-18", "cisco revenue yoy 8 % 2021-07-31 actual at_least" },
	/* 截至9月30日的上一季度 is the quarter that ended then */
	{ "百度公布第三季度财报。在截至9月30日的上一季度,百度实现净利润35亿元,比上年同期增长约20%;\n",
	  "2012-10-30",
	  "baidu net_income level 3500000000 CNY 2012-09-30 actual exact;baidu net_income yoy 20 % 2012-09-30 actual appr"
	  "ox" },
	/* "the operating income loss was $87 million" is a loss */
	{ "Intel reported its second-quarter 2022 results. On a non-GAAP basis the operating income loss was $"
	  "109 million.\n",
	  "2022-07-28", "intel operating_income level -109000000 USD 2022-06-25 actual exact" },
	/* "the second quarter of its 2016 financial year" is one period, the
	 * fiscal quarter */
	{ "Oracle posted revenue of $9.6 billion in the second quarter of its 2016 financial year, a decline of"
	  " 3 percent year on year.\n",
	  "2015-12-16", "oracle revenue level 9600000000 USD 2015-11-30 actual exact;oracle revenue yoy -3 % 2015-11-30 actual exact" },
	/* 6月结束的会计季度 is the quarter that ended in June; 其余亚太 is a
	 * region, a part */
	{ "苹果公布财报。分析师此前平均预估,苹果在6月结束的会计季度营收为421亿美元。其余亚太的收入为24亿美元,年减20%。\n",
	  "2016-07-27", "apple revenue level 42100000000 USD 2016-06-25 estimate exact" },
	/* what a forecast includes "for stock-based compensation" is that
	 * cost, no forecast of the measure */
	{ "Amazon expects fourth-quarter operating income between $0 and $1.25 billion. This guidance include"
	  "s approximately $600 million for stock-based compensation and amortization of intangible assets.\n",
	  "2016-10-27", "amazon operating_income level 625000000 USD 2016-12-31 guidance range" },
	/* "earnings per share figures of", "consensus expectations of": words
	 * of the figure itself, no other measure; a "previous expectation" is
	 * superseded */
	{ "Alphabet reported third quarter 2016 earnings per share figures of $9.06, topping consensus expectat"
	  "ions of $8.63. It now expects capital expenditures of $10 billion for 2016, compared to its previous"
	  " expectation of $11 billion.\n",
	  "2016-10-28",
	  "alphabet capex level 10000000000 USD 2016-12-31 estimate exact;alphabet eps level 8.63 USD 2016-09-30 consensu"
	  "s exact;alphabet eps level 9.06 USD 2016-09-30 actual exact" },
	/* "growing from $12.8 billion to $13.1 billion" is a move, no range;
	 * said year over year after it, it starts from the year before */
	{ "Consolidated revenues for Cisco's fourth quarter were reported growing from $12.8 billion to $13.1 b"
	  "illion on a year-over-year basis.\n",
	  "2021-08-18",
	  "cisco revenue level 12800000000 USD 2020-07-25 actual exact;cisco revenue level 13100000000 USD 2021-07-31 act"
	  "ual exact" },
	/* "racking up $40.1 billion in revenue" reaches a level: no rise by
	 * the amount */
	{ "Meta on Wednesday beat expectations, racking up $40.1 billion in third-quarter revenue, a 19 percent"
	  " increase over the same period last year.\n",
	  "2024-10-31", "meta revenue level 40100000000 USD 2024-09-30 actual exact;meta revenue yoy 19 % 2024-09-30 actual exact" },
	/* a list of metrics, then the amounts an "and" closes, then changes
	 * "respectively" pairs: each run pairs with the metrics */
	{ "Cisco reported fourth quarter results. Revenue, net income, and diluted earnings per share for the q"
	  "uarter were $12.8 billion, $3.4 billion, and $0.80 per share, which represented increases of 8%, 13%"
	  ", and 18%, respectively.\n",
	  "2021-08-18",
	  "cisco eps level 0.8 USD 2021-07-31 actual exact;cisco eps yoy 18 % 2021-07-31 actual exact;cisco net_income le"
	  "vel 3400000000 USD 2021-07-31 actual exact;cisco net_income yoy 13 % 2021-07-31 actual exact;cisco revenue lev"
	  "el 12800000000 USD 2021-07-31 actual exact;cisco revenue yoy 8 % 2021-07-31 actual exact" },
	/* "double-digit growth" is how many digits, no doubling */
	{ "Salesforce reported fourth-quarter results. The company has enjoyed double-digit year-over-year rev"
	  "enue growth for the past twelve months.\n",
	  "2012-02-20", "" },
	/* "net quarterly profit" is net income; each figure of the run set
	 * against the year-ago quarter ("compared to revenue of $13.4 billion
	 * and net income of $3.0 billion, or $0.58 per diluted share, in the
	 * year-ago quarter") is that quarter's, whatever measure it names */
	{ "Intel today announced results for the third quarter of 2013. For the quarter, Intel posted revenue "
	  "of $13.5 billion and net quarterly profit of $2.9 billion, or $0.58 per diluted share, compared to r"
	  "evenue of $13.4 billion and net income of $3.0 billion, or $0.58 per diluted share, in the year-ago "
	  "quarter.\n",
	  "2013-10-16",
	  "intel eps level 0.58 USD 2012-09-29 actual exact;intel eps level 0.58 USD 2013-09-28 actual exact;intel net_in"
	  "come level 2900000000 USD 2013-09-28 actual exact;intel net_income level 3000000000 USD 2012-09-29 actual exac"
	  "t;intel revenue level 13400000000 USD 2012-09-29 actual exact;intel revenue level 13500000000 USD 2013-09-28 a"
	  "ctual exact" },
	/* "These results compare to ..." sets what follows against the
	 * year-ago quarter it names */
	{ "Cisco reported its fourth quarter results. The company posted revenue of $13.1 billion. These resul"
	  "ts compare to revenue of $12.2 billion and net income of $2.6 billion, or $0.62 per diluted share, i"
	  "n the year-ago quarter.\n",
	  "2021-08-18",
	  "cisco eps level 0.62 USD 2020-07-25 actual exact;cisco net_income level 2600000000 USD 2020-07-25 actual exact"
	  ";cisco revenue level 12200000000 USD 2020-07-25 actual exact;cisco revenue level 13100000000 USD 2021-07-31 ac"
	  "tual exact" },
	/* "The full 2017 financial year figures" name no other company; the
	 * year a change is set "on" is its base, not the figures' year */
	{ "Microsoft posted revenue of $24.7 billion in the fourth quarter of its 2017 financial year.\n\nThe "
	  "full 2017 financial year figures were revenue of $90 billion, up 5 percent year on 2016, and operati"
	  "ng income of $22.3 billion, up 10 percent.\n",
	  "2017-07-20",
	  "microsoft operating_income level 22300000000 USD 2017-06-30 actual exact;microsoft operating_income yoy 10 % 2"
	  "017-06-30 actual exact;microsoft revenue level 24700000000 USD 2017-06-30 actual exact;microsoft revenue level"
	  " 90000000000 USD 2017-06-30 actual exact" },
	/* a paragraph of many figures (past KEY_SET_FROM, looked up by key)
	 * still leaves out a second value of a fact it gave */
	{ "Intel revenue was $10.5 billion in Q1 2019. Intel revenue was $11.5 billion in Q2 2019. Intel revenu"
	  "e was $12.5 billion in Q3 2019. Intel revenue was $13.5 billion in Q4 2019. Intel revenue was $14.5 "
	  "billion in Q1 2020. Intel revenue was $15.5 billion in Q2 2020. Intel revenue was $16.5 billion in Q"
	  "3 2020. Intel revenue was $17.5 billion in Q4 2020. Intel revenue was $18.5 billion in Q1 2021. Inte"
	  "l revenue was $19.5 billion in Q2 2021. Intel revenue was $20.5 billion in Q3 2021. Intel revenue wa"
	  "s $21.5 billion in Q4 2021. Intel revenue was $22.5 billion in Q1 2022. Intel revenue was $23.5 bill"
	  "ion in Q2 2022. Intel revenue was $24.5 billion in Q3 2022. Intel revenue was $25.5 billion in Q4 20"
	  "22. Intel revenue was $26.5 billion in Q1 2023. Intel revenue was $27.5 billion in Q2 2023. Intel re"
	  "venue was $99.5 billion in Q1 2019.\n",
	  "2024-01-30",
	  "intel revenue level 10500000000 USD 2019-03-30 actual exact;intel revenue level 11500000000 USD 2019-06-29 act"
	  "ual exact;intel revenue level 12500000000 USD 2019-09-28 actual exact;intel revenue level 13500000000 USD 2019"
	  "-12-28 actual exact;intel revenue level 14500000000 USD 2020-03-28 actual exact;intel revenue level 1550000000"
	  "0 USD 2020-06-27 actual exact;intel revenue level 16500000000 USD 2020-09-26 actual exact;intel revenue level "
	  "17500000000 USD 2020-12-26 actual exact;intel revenue level 18500000000 USD 2021-03-27 actual exact;intel reve"
	  "nue level 19500000000 USD 2021-06-26 actual exact;intel revenue level 20500000000 USD 2021-09-25 actual exact;"
	  "intel revenue level 21500000000 USD 2021-12-25 actual exact;intel revenue level 22500000000 USD 2022-03-26 act"
	  "ual exact;intel revenue level 23500000000 USD 2022-06-25 actual exact;intel revenue level 24500000000 USD 2022"
	  "-09-24 actual exact;intel revenue level 25500000000 USD 2022-12-31 actual exact;intel revenue level 2650000000"
	  "0 USD 2023-04-01 actual exact;intel revenue level 27500000000 USD 2023-07-01 actual exact" },
	/* "2020’s first quarter": the year with a possessive, then its
	 * quarter, is one period, not the year */
	{ "Netflix posted revenue of $6.64 billion in the fourth quarter of 2020. Operating income is forecast at "
	  "$1.5 billion for the first quarter of 2021, compared to $1.18 billion in 2020\xe2\x80\x99s first quarter.\n",
	  "2021-01-20",
	  "netflix operating_income level 1180000000 USD 2020-03-31 actual exact;netflix operating_income level 15000000"
	  "00 USD 2021-03-31 estimate exact;netflix revenue level 6640000000 USD 2020-12-31 actual exact" },
	/* a product named after 另外 is the subject of its sentence, not the
	 * company; "2015年同期" set beside a quarter's figure is no period the
	 * next sentence goes on in */
	{ "苹果第三财季毛利率为38%,2015年同期为39.7%。\n另外,iPad虽然销量下滑,但收入较第二财季增长8%。\n另外,营收较第二财季增长6%。\n",
	  "2016-07-27",
	  "apple gross_margin level 38 % 2016-06-25 actual exact;apple gross_margin level 39.7 % 2015-06-27 actual exact;"
	  "apple revenue qoq 6 % 2016-06-25 actual exact" },
	/* "jumps 9% as": a move of the shares told as the company's, the
	 * measure after it the cause's */
	{ "Netflix jumps 9% as third-quarter subscriber growth beats.\n", "2018-10-17", "" },
	/* a story of a quarter's results: "last quarter", a paragraph on and
	 * after a forecast, is the quarter before that one */
	{ "Netflix jumps 9% on third-quarter results. Q4 guidance has revenue of $4.2 billion.\n\nRevenue was up "
	  "34% Y/Y, down from the 40% growth last quarter.\n",
	  "2018-10-17",
	  "netflix revenue level 4200000000 USD 2018-12-31 guidance exact;netflix revenue yoy 40 % 2018-06-30 actual exact" },
	/* the quarter before, said of an actual after a forecast's sentence,
	 * is before the quarter whose results come */
	{ "这是甲骨文周三公布截至11月30日的第二财季业绩时最受关注的问题。\n\nKeyBanc预计本季度总收入增长约13%,达到161亿美元,而本"
	  "财年资本支出将达到350亿美元。\n不过,这家机构认为,增幅不会像上季度近4550亿美元的剩余履约义务那样惊人。\n",
	  "2025-12-08", "oracle rpo level 455000000000 USD 2025-08-31 actual approx" },
	/* "For the quarter under review, the segment's operating income":
	 * past a clause that dates it, the sentence goes on about the part */
	{ "During Q3 2019, Amazon's AWS segment's sales increased 35% to $9.0 billion. For the quarter under review, "
	  "the segment's operating income rose 9% to $2.26 billion.\n",
	  "2019-10-25",
	  "aws operating_income level 2260000000 USD 2019-09-30 actual exact;aws operating_income yoy 9 % 2019-09-30 actu"
	  "al exact;aws revenue level 9000000000 USD 2019-09-30 actual exact;aws revenue yoy 35 % 2019-09-30 actual exact" },
	/* a count of a product the lexicon does not know, named after its
	 * measure word, turns the sentence to the product, past a ； too */
	{ "苹果第一财季营收为883亿美元。\n\n按产品划分:\n\n·苹果第二财季共售出410万台Mac,比上一财季的530万台下滑22%;营收为52.1亿美元,"
	  "比上一财季的69.6亿美元下滑25%。\n",
	  "2017-05-03", "apple revenue level 88300000000 USD 2016-12-31 actual exact" },
	/* 上季 after a comma, the figure of a base beside the year-ago one,
	 * is the quarter before (not Hong Kong's latest quarter) */
	{ "英伟达第二财季营收为25.8亿美元。摊薄后的每股盈利为0.90美元,较上年同期下降50%;上年同期为1.76美元,上季为0.64美元。\n",
	  "2019-08-16",
	  "nvidia eps level 0.64 USD 2019-04-28 actual exact;nvidia eps level 0.9 USD 2019-07-28 actual exact;nvidia eps "
	  "level 1.76 USD 2018-07-29 actual exact;nvidia eps yoy -50 % 2019-07-28 actual exact;nvidia revenue level 25800"
	  "00000 USD 2019-07-28 actual exact" },
	/* "° Revenue between ...": a degree sign opening a line is a bullet,
	 * an item under the guidance line before */
	{ "Apple is providing the following guidance for its fiscal 2015 second quarter:\n° Revenue between US$52 bil"
	  "lion and $55 billion;\n° Gross margin between 38.5% and 39.5%;\n",
	  "2015-01-27",
	  "apple gross_margin level 39 % 2015-03-28 guidance range;apple revenue level 53500000000 US"
	  "D 2015-03-28 guidance range" },
	/* "professional visualization revenue": a segment's word before the
	 * metric; "Analysts estimate Other Bets will report": a name after
	 * the estimate verb, not the company's */
	{ "Nvidia posted revenue of $2.91 billion in Q2 FY2019, with a 20% gain in professional visualization reve"
	  "nue to $281 million.\n\nAlphabet Q3 preview. Analysts estimate Other Bets will report $302M in Q3 sales.\n",
	  "2018-08-17", "nvidia revenue level 2910000000 USD 2018-07-29 actual exact" },
	/* "去年同期则为15.9%" after a share of revenue: the year before's
	 * value of that share, no change of revenue */
	{ "百度第二季度总营收为209亿元,去年同期则为14.8%。\n", "2017-07-28",
	  "baidu revenue level 20900000000 CNY 2017-06-30 actual exact" },
	/* a header on three lines, the words of the quarter left-aligned over
	 * the first year and the change column's words beside them: the
	 * years are that quarter's, the second the year before's */
	{
	  "Facebook Reports Second Quarter 2017 Results\n"
	  "                                             Three Months Ended    Year-over-\n"
	  "                                             June 30,              Year %\n"
	  "                                                                   Change\n"
	  "In millions, except per share amounts        2017       2016\n"
	  "Total revenue                                $ 9,321    $ 6,436    45    %\n"
	  "Income from operations                       $ 4,401    $ 2,744    60    %\n"
	  "Net income                                   $ 3,894    $ 2,055    89    %\n",
	  "2017-07-26",
	  "meta net_income level 2055000000 USD 2016-06-30 actual exact;meta net_income level 3894000000 USD 2017-06-30 a"
	  "ctual exact;meta operating_income level 2744000000 USD 2016-06-30 actual exact;meta operating_income level 440"
	  "1000000 USD 2017-06-30 actual exact;meta revenue level 6436000000 USD 2016-06-30 actual exact;meta revenue lev"
	  "el 9321000000 USD 2017-06-30 actual exact" },
	/* "剔除税项支出的影响": a metric in a clause that sets it aside names
	 * no figure after it */
	{ "Alphabet第三季度营收为277亿美元。剔除税项支出的影响,Alphabet当季利润同比增长33%,至67.3亿美元。\n", "2017-10-27",
	  "alphabet revenue level 27700000000 USD 2017-09-30 actual exact" },
	/* a table set with pipes: a row of one word ("GAAP | |||||") labels
	 * the rows under it, the header is the row of periods after it */
	{
	  "NVIDIA Announces Financial Results for Second Quarter Fiscal 2019\n"
	  "Summary\n"
	  "GAAP | |||||\n"
	  "($ in millions except earnings per share) | Q2 FY19 | Q1 FY19 | Q2 FY18 | Q/Q | Y/Y |\n"
	  "Revenue | $3,123 | $3,207 | $2,230 | Down 3% | Up 40% |\n"
	  "Net income | $1,101 | $1,244 | $583 | Down 11% | Up 89% |\n",
	  "2018-08-16",
	  "nvidia net_income level 1101000000 USD 2018-07-29 actual exact;nvidia net_income level 1244000000 USD 2018-04-"
	  "29 actual exact;nvidia net_income level 583000000 USD 2017-07-30 actual exact;nvidia net_income qoq -11 % 2018"
	  "-07-29 actual exact;nvidia net_income yoy 89 % 2018-07-29 actual exact;nvidia revenue level 2230000000 USD 201"
	  "7-07-30 actual exact;nvidia revenue level 3123000000 USD 2018-07-29 actual exact;nvidia revenue level 32070000"
	  "00 USD 2018-04-29 actual exact;nvidia revenue qoq -3 % 2018-07-29 actual exact;nvidia revenue yoy 40 % 2018-07"
	  "-29 actual exact" },
	/* Q3-16 over a column, as AMD heads its tables; a loss bracketed
	 * before its scale letter, $(8)M */
	{ "AMD Reports 2016 Second Quarter Results\n\n                      Q2-16        Q1-16        Q2-15\nRevenu"
	  "e               $1,027M      $832M        $942M\nOperating loss        $(8)M        $(68)M       $(137)M\n",
	  "2016-07-21",
	  "amd operating_income level -137000000 USD 2015-06-30 actual exact;amd operating_income level -68000000 USD 201"
	  "6-03-31 actual exact;amd operating_income level -8000000 USD 2016-06-30 actual exact;amd revenue level 102700"
	  "0000 USD 2016-06-30 actual exact;amd revenue level 832000000 USD 2016-03-31 actual exact;amd revenue level 942"
	  "000000 USD 2015-06-30 actual exact" },
	/* "上季度为19.37亿美元,环比增长15%": the quarter before said as a
	 * base after the quarter's figure; the change after it is the
	 * quarter's */
	{ "英伟达公布第三财季财报。营收为26.36亿美元,上季度为22.30亿美元,环比增长18%,去年同期为20.04亿美元,同比增长32%。毛利率为59.5%。\n",
	  "2017-11-10",
	  "nvidia gross_margin level 59.5 % 2017-10-29 actual exact;nvidia revenue level 2004000000 USD 2016-10-30 actual"
	  " exact;nvidia revenue level 2230000000 USD 2017-07-30 actual exact;nvidia revenue level 2636000000 USD 2017-10-"
	  "29 actual exact;nvidia revenue qoq 18 % 2017-10-29 actual exact;nvidia revenue yoy 32 % 2017-10-29 actual exact" },
	/* "腾讯科技讯": a company named as the story's publisher is not its
	 * subject; a word of forecast in brackets is the aside's only */
	{ "腾讯科技讯 据外媒报道,Facebook发布了2018年第三季度财报。\n\n业绩摘要:\n\n--总营收为137.27亿美元(较预期低2.8亿美元),"
	  "较上年同期的103.28亿美元增长33%;\n",
	  "2018-10-31",
	  "meta revenue level 10328000000 USD 2017-09-30 actual exact;meta revenue level 13727000000 USD 2018-09-30 actua"
	  "l exact;meta revenue yoy 33 % 2018-09-30 actual exact" },
	/* Hong Kong's words: 或每股 (its amount a share, after the profit),
	 * 销售总额 (revenue), 将介乎 (will be between: a forecast); 至于全年
	 * 预测方面 is the year's, not a time something was said */
	{ "苹果上季纯利下跌22%至87亿美元(约674亿港元),或每股9.32美元。截至六月底止的第三财季,苹果销售总额上升1%至353亿美元。"
	  "苹果预估今季销售额将介乎340亿至360亿美元。至于全年预测方面,公司预计收入将介乎1700亿至1720亿美元。\n",
	  "2013-07-24",
	  "apple eps level 9.32 USD 2013-06-29 actual exact;apple net_income level 8700000000 USD 2013-06-29 actual exact"
	  ";apple net_income yoy -22 % 2013-06-29 actual exact;apple revenue level 171000000000 USD 2013-09-28 guidance r"
	  "ange;apple revenue level 35000000000 USD 2013-09-28 guidance range;apple revenue level 35300000000 USD 2013-06-"
	  "29 actual exact;apple revenue yoy 1 % 2013-06-29 actual exact" },
	/* 毛利润率 is the gross margin; 数据中心的营收 the data center revenue */
	{ "英伟达第二财季营收25.8亿美元。按公认会计准则,第二季度毛利润率为59.8%,较上年同期下降260个基点。数据中心的营收为6.55亿美元,同比下降14%。\n",
	  "2019-08-16",
	  "nvidia data_center_revenue level 655000000 USD 2019-07-28 actual exact;nvidia data_center_revenue yoy -14 % 201"
	  "9-07-28 actual exact;nvidia gross_margin level 59.8 % 2019-07-28 actual exact;nvidia gross_margin yoy -2.6 pp "
	  "2019-07-28 actual exact;nvidia revenue level 2580000000 USD 2019-07-28 actual exact" },
	/* a quarter named by its last day, none of the calendar's: a bare
	 * quarter of that number after it is the company's */
	{ "英伟达于周四公布截至2019年7月28日的第二季度财报,营收为25.8亿美元。\n\n第二季度毛利率为59.8%。\n", "2019-08-16",
	  "nvidia gross_margin level 59.8 % 2019-07-28 actual exact;nvidia revenue level 2580000000 USD 2019-07-28 actual"
	  " exact" },
	/* "the revenue for its cloud unit": the part of the company the
	 * lexicon names by the company's name and that word (Alibaba Cloud);
	 * Oracle's "cloud revenue" is no part's (Oracle Cloud Infrastructure
	 * is one of several) */
	{ "Alibaba reported results for the September quarter. In this quarter, the revenue for its cloud unit jumped 130 "
	  "percent to 1.49 billion yuan.\n",
	  "2016-11-02",
	  "alibaba-cloud revenue level 1490000000 CNY 2016-09-30 actual exact;alibaba-cloud revenue yoy 130 % 2016-09-30 "
	  "actual exact" },
	/* "盈利:净亏损…" — a side of the accounts as a label, no name */
	{ "CoreWeave公布第二季度财报,营收为12.1亿美元。\n盈利:净亏损2.907亿美元,上年同期亏损3.234亿美元。\n", "2025-08-13",
	  "coreweave net_income level -290700000 USD 2025-06-30 actual exact;coreweave net_income level -323400000 USD 20"
	  "24-06-30 actual exact;coreweave revenue level 1210000000 USD 2025-06-30 actual exact" },
	/* "Above the October quarter": the quarter a change is set above is
	 * its base, not the figures' period; "4th Quarter May 2017" is the
	 * quarter that ends then, not the month */
	{ "Nvidia reported fourth-quarter earnings on Wednesday.\nNvidia reported $7.64 billion in revenue, up 53% from "
	  "the year-ago quarter. Above the October quarter, adjusted earnings were up 69% to $1.32 a share.\n\nOracle ("
	  "ORCL) reported 4th Quarter May 2017 earnings of $0.76 per share on revenue of $10.9 billion.\n",
	  "2022-02-16",
	  "nvidia eps level 1.32 USD 2022-01-30 actual exact;nvidia eps yoy 69 % 2022-01-30 actual exact;nvidia revenue l"
	  "evel 7640000000 USD 2022-01-30 actual exact;nvidia revenue yoy 53 % 2022-01-30 actual exact;oracle eps level 0"
	  ".76 USD 2017-05-31 actual exact;oracle revenue level 10900000000 USD 2017-05-31 actual exact" },
	/* "sales of $32.8 billion for the iPhone": the part the lexicon
	 * knows, named after "for", is the figure's; a metric in words that
	 * restate what was named (也就是…的营收) measures that thing */
	{ "Apple reported fiscal fourth-quarter results. Analysts had forecast sales of $32.8 billion for the iPhone.\n"
	  "\nAlphabet第三季度营收为461.73亿美元。Alphabet第三季度流量获取支出,也就是同合作伙伴共享的营收为81.66亿美元。\n",
	  "2019-10-30",
	  "alphabet revenue level 46173000000 USD 2019-09-30 actual exact;iphone revenue level 32800000000 USD 2019-09-28 "
	  "consensus exact" },
	/* a table flattened to single spaces, a label then its figures,
	 * signed and scaled ("+$25M -$29M -$8M": no range, no change) */
	{ "AMD Q3 2017 Financial Results (GAAP)\n  Q3'2017 Q2'2017 Q3'2016\nRevenue $1643M $1222M $1307M\nOperating"
	  " Income +$126M +$25M -$293M\nNet Income +$71M -$16M -$406M\n",
	  "2017-10-24",
	  "amd net_income level -16000000 USD 2017-06-30 actual exact;amd net_income level -406000000 USD 2016-09-30 actu"
	  "al exact;amd net_income level 71000000 USD 2017-09-30 actual exact;amd operating_income level -293000000 USD 2"
	  "016-09-30 actual exact;amd operating_income level 126000000 USD 2017-09-30 actual exact;amd operating_income l"
	  "evel 25000000 USD 2017-06-30 actual exact;amd revenue level 1222000000 USD 2017-06-30 actual exact;amd revenue"
	  " level 1307000000 USD 2016-09-30 actual exact;amd revenue level 1643000000 USD 2017-09-30 actual exact" },
	/* "unchanged from AMD's Q1'15 performance": a base, past the
	 * company's name; the next sentence is of the quarter reported */
	{ "AMD reported second quarter 2015 results.\nOn a GAAP basis operating income was a $137 million loss, virtu"
	  "ally unchanged from AMD's Q1'15 performance. The net loss was $181 million.\n",
	  "2015-07-17",
	  "amd net_income level -181000000 USD 2015-06-30 actual exact;amd operating_income level -137000000 USD 2015-06-3"
	  "0 actual exact" },
	/* 去年该季: that quarter a year back (not last year), a base the next
	 * paragraph does not go on in */
	{ "苹果公布2017会计年度第二季财务报告。公司营收达529亿美元。与去年同期相较,去年该季营收为506亿美元。\n\n与去年同期比较,营收成长了5%。\n",
	  "2017-05-02",
	  "apple revenue level 50600000000 USD 2016-03-26 actual exact;apple revenue level 52900000000 USD 2017-04-01 actu"
	  "al exact;apple revenue yoy 5 % 2017-04-01 actual exact" },
	/* “其他”收入: a name in quotes right before the metric is a part's */
	{ "Facebook第二季度营收为186.9亿美元。\n——Facebook第二季度“其他”收入为3.66亿美元,同比增长10%。\n", "2020-07-30",
	  "meta revenue level 18690000000 USD 2020-06-30 actual exact" },
	/* 比前一年同期的 (the same period the year before), 每股利润 (earnings
	 * per share), 上季度为利润 (the quarter before, its measure's word
	 * between: a base) */
	{ "微软第三财季营收为206亿美元,比前一年同期的217亿美元下滑6%。\n\n英伟达公布第三财季财报。GAAP摊薄后每股利润为1.33美元,上季度为"
	  "利润0.92美元,环比增长45%,去年同期为利润0.83美元,同比增长60%。\n",
	  "2017-11-10",
	  "microsoft revenue level 20600000000 USD 2017-03-31 actual exact;microsoft revenue level 21700000000 USD 2016-03"
	  "-31 actual exact;microsoft revenue yoy -6 % 2017-03-31 actual exact;nvidia eps level 1.33 USD 2017-10-29 actu"
	  "al exact;nvidia eps qoq 45 % 2017-10-29 actual exact;nvidia eps yoy 60 % 2017-10-29 actual exact" },
	/* "运营利润为…,在营收中所占比例为24%": the profit's share of revenue,
	 * its margin; 数据中心业务营收 the data center revenue */
	{ "Alphabet第二季度运营利润为63.83亿美元,在营收中所占比例为16%。\n\n英伟达第一财季营收为50.0亿美元。数据中心业务营收为20.5亿美元,同比增长79%。\n",
	  "2021-05-27",
	  "alphabet operating_income level 6383000000 USD 2020-06-30 actual exact;alphabet operating_margin level 16 % 202"
	  "0-06-30 actual exact;nvidia data_center_revenue level 2050000000 USD 2021-05-02 actual exact;nvidia data_cente"
	  "r_revenue yoy 79 % 2021-05-02 actual exact;nvidia revenue level 5000000000 USD 2021-05-02 actual exact" },
	/* 运营亏损 is an operating loss; "与上一季度相比增长7%": set against
	 * the quarter before, a change of the revenue said */
	{ "百度第二季度总营收263亿元,与上一季度相比增长9%。AMD第四季度运营亏损为1.49亿美元。\n", "2019-08-20",
	  "amd operating_income level -149000000 USD 2018-12-31 actual exact;baidu revenue level 26300000000 CNY 2019-06-3"
	  "0 actual exact;baidu revenue qoq 9 % 2019-06-30 actual exact" },
	/* a label that says non-GAAP, ended on its colon before the items run
	 * into its line, holds for the items after it: their second EPS is
	 * the adjusted one */
	{ "腾讯公布2019年全年业绩。 * 每股基本盈利为人民币9.856元,每股摊薄盈利为人民币9.643元。 * 按非通用会计准则[2],已排除若干非现金"
	  "项目的若干影响: * 经营盈利为人民币1,145亿元。 * 本公司权益持有人应占盈利为人民币943.5亿元。 * 每股基本盈利为人民币9.996元,每股摊薄"
	  "盈利为人民币9.818元。\n",
	  "2020-03-18",
	  "tencent eps level 9.643 CNY 2019-12-31 actual exact;tencent net_income level 94350000000 CNY 2019-12-31 actual "
	  "exact;tencent operating_income level 114500000000 CNY 2019-12-31 actual exact" },
	/* "营业费用 (除营收成本外)": a metric in brackets that sets it aside
	 * (除…外) names no figure */
	{ "Alphabet第二季度营收为215亿美元。营业费用 (除营收成本外) 为 74.1 亿美元,比去年同期的 68.2 亿美元增长 9%。\n", "2016-07-29",
	  "alphabet revenue level 21500000000 USD 2016-06-30 actual exact" },
	/* cash and cash equivalents are a balance held, no measure of the
	 * results (not the revenue said in the sentence before) */
	{ "Broadcom reported first quarter results. The consensus estimates call for $4.64 in EPS on $5.01 billion in re"
	  "venue.\nOn the books, Broadcom's cash and cash equivalents at the end of the first fiscal quarter was $7.076 bi"
	  "llion, compared to $11.204 billion at the end of the prior quarter.\n",
	  "2018-03-16",
	  "broadcom eps level 4.64 USD 2018-01-28 consensus exact;broadcom revenue level 5010000000 USD 2018-01-28 consen"
	  "sus exact" },
	/* "the same quarter last year when the company brought in X, net
	 * profit of Y and EPS of Z": the base said with "when" is the period
	 * of every figure after it; the next sentence is the quarter's */
	{ "Apple posted record quarterly sales of $46.33 billion in its first fiscal quarter. That compared with the same"
	  " quarter last year when the company brought in $26.74 billion in revenues, net profit of $6.0 billion, and dil"
	  "uted EPS of $6.43. Gross margin was 44.7%.\n",
	  "2012-01-25",
	  "apple eps level 6.43 USD 2010-12-25 actual exact;apple gross_margin level 44.7 % 2011-12-31 actual exact;apple "
	  "net_income level 6000000000 USD 2010-12-25 actual exact;apple revenue level 26740000000 USD 2010-12-25 actual e"
	  "xact;apple revenue level 46330000000 USD 2011-12-31 actual exact" },
	/* "for the full financial year", a base "during last fiscal" or "in
	 * the previous fiscal": the fiscal year and the one before it; a
	 * product's name in its own case (iPod, iPad) names a part */
	{ "Apple's revenue rose 39% in its fourth fiscal quarter. The company posted total sales of $108.2 billion for "
	  "the full financial year, up from $65.2 billion posted during last fiscal. Net income rose to $25.92 billion fr"
	  "om $14.01 billion in the previous fiscal. Apple saw a 27 per cent decline in the sales of iPod music players,"
	  " and iPad revenue rose 166%.\n",
	  "2011-10-19",
	  "apple net_income level 14010000000 USD 2010-09-25 actual exact;apple net_income level 25920000000 USD 2011-09-2"
	  "4 actual exact;apple revenue level 108200000000 USD 2011-09-24 actual exact;apple revenue level 65200000000 USD "
	  "2010-09-25 actual exact;apple revenue yoy 39 % 2011-09-24 actual exact" },
	/* a forecast in an aside opened by ", which" is the aside's, not the
	 * figure's after it closes; a part's figure said with no metric takes
	 * its base with it ("from $10.5 billion a year ago") */
	{ "Apple's revenue rose 2% in the fourth fiscal quarter. Apple said the profit growth, which beat market expectati"
	  "ons, brought its diluted EPS to $3.03, compared to $2.91 a year ago. Apple's services grew to $12.5 billion fro"
	  "m $10.5 billion a year ago.\n",
	  "2019-10-31",
	  "apple eps level 2.91 USD 2018-09-29 actual exact;apple eps level 3.03 USD 2019-09-28 actual exact;apple revenue "
	  "yoy 2 % 2019-09-28 actual exact" },
	/* "crossed the $6 billion mark": a round mark passed, no figure;
	 * "from last year's $5.8 billion": the base, a year back */
	{ "Google Cloud revenue rose 27.5% in Q2 2022 to $6.3 billion, up from last year's $4.9 billion. The CEO noted th"
	  "is as the first time sales have crossed the $6 billion mark.\n",
	  "2022-07-27",
	  "google-cloud revenue level 4900000000 USD 2021-06-30 actual exact;google-cloud revenue level 6300000000 USD 2022"
	  "-06-30 actual exact;google-cloud revenue yoy 27.5 % 2022-06-30 actual exact" },
	/* "net sales increased to $137.4 billion for Amazon" after a heading
	 * on AWS: the company named after "for" is the figure's; a forecast
	 * told of a quarter over by the report's date, then a result held
	 * against "the top of the guidance range": that quarter's actual */
	{ "AWS boosts operating profit above forecast\n\nOverall, net sales increased to $137.4 billion for Amazon in Q4"
	  ". Management forecast operating income between $0 and $3 billion for Q4. Actually, Amazon earned an operatin"
	  "g income of $3.5 billion, higher than even the top of the guidance range.\n",
	  "2022-02-05",
	  "amazon operating_income level 1500000000 USD 2021-12-31 guidance range;amazon operating_income level 3500000000"
	  " USD 2021-12-31 actual exact;amazon revenue level 137400000000 USD 2021-12-31 actual exact" },
	/* "3.2 times the $11.5 billion of 2024": the time of what a multiple
	 * multiplies is that figure's; the sentences after go on in 2025 */
	{ "Enterprise generative AI spending reached $37 billion in 2025, 3.2 times the $11.5 billion of 2024. Within th"
	  "at, spending on vertical AI applications reached $3.5 billion.\n",
	  "2026-03-06",
	  "enterprise-genai spending level 11500000000 USD 2024-12-31 actual exact;enterprise-genai spending level 370000"
	  "00000 USD 2025-12-31 actual exact;enterprise-genai spending yoy 220 % 2025-12-31 actual exact;vertical-ai spen"
	  "ding level 3500000000 USD 2025-12-31 actual exact" },
	/* a page cut after its title: the one company it names as a subject,
	 * further down, is its subject (not the customers a list in brackets
	 * gives, nor a line that names it after figures); "up 33% on the
	 * previous quarter" is a change from the quarter before, and "over
	 * the prior quarter's $41.1 billion" still names that quarter */
	{ "For the quarter, sales came out at $22.10 billion. Diluted EPS was $4.93, up 33% on the previous quarter and "
	  "765% year-on-year.\n\nThe Data Center segment posted growth of 409% year-on-year, thanks to demand for the Nvi"
	  "dia Hopper platform. More than half of Data Center revenues come from major cloud providers (Microsoft, Amazon"
	  ", Alphabet, etc.).\n\nGiven Nvidia's near-monopoly, it can set its prices. Nvidia can be demanding of its cust"
	  "omers.\n",
	  "2024-02-22",
	  "nvidia eps level 4.93 USD 2024-01-28 actual exact;nvidia eps qoq 33 % 2024-01-28 actual exact;nvidia eps yoy 7"
	  "65 % 2024-01-28 actual exact;nvidia revenue level 22100000000 USD 2024-01-28 actual exact" },
	/* a pipe table whose header is "Three Months Ended | % Change" over
	 * "In millions | 2023 | 2022" with empty cells after, in a release of
	 * the first quarter: each year's first quarter; a row that leaves its
	 * trailing empty cells out is read cell by cell all the same */
	{ "Meta Reports First Quarter 2023 Results\n\nFirst Quarter 2023 Financial Highlights\nThree Months Ended | % Ch"
	  "ange | |||||\nIn millions, except percentages and per share amounts | 2023 | 2022 | ||||\nRevenue | $ 28,645 | $"
	  " 27,908 | 3 % | |||\nNet income | $ 5,709 | $ 7,465 | (24) % | |||\nDiluted earnings per share (EPS) | $ 2.20 |"
	  " $ 2.72 | (19) % |\n",
	  "2023-04-27",
	  "meta eps level 2.2 USD 2023-03-31 actual exact;meta eps level 2.72 USD 2022-03-31 actual exact;meta net_income "
	  "level 5709000000 USD 2023-03-31 actual exact;meta net_income level 7465000000 USD 2022-03-31 actual exact;meta "
	  "revenue level 27908000000 USD 2022-03-31 actual exact;meta revenue level 28645000000 USD 2023-03-31 actual exac"
	  "t" },
	/* 每股盈利 over "-基本" and "-摊薄": the section's per-share measure,
	 * the diluted row its key's; a label too long to be a section
	 * ("非国际财务报告准则每股盈利 (每股人民币元)") ends the one before, so
	 * the adjusted rows under it are no one's; a footnote's * after a
	 * figure leaves it a figure */
	{ "腾讯公布2024年第一季度业绩。\n\n(人民币百万元)        2024Q1     2023Q1\n经营盈利             52,556    38,042*\n每股盈"
	  "利(每股人民币元)\n-基本                  4.479      2.725\n-摊薄                4.386      2.639\n非国际财务报告准则每股盈利 "
	  "(每股人民币元)\n-基本                  5.375      3.431\n-摊薄                5.263      3.353\n",
	  "2024-05-15",
	  "tencent eps level 2.639 CNY 2023-03-31 actual exact;tencent eps level 4.386 CNY 2024-03-31 actual exact;tencent"
	  " operating_income level 38042000000 CNY 2023-03-31 actual exact;tencent operating_income level 52556000000 CNY "
	  "2024-03-31 actual exact" },
	/* 中期纯利 is the interim's, the first half; 升 before a change in
	 * Chinese numerals (营业额升五成七) is a rise */
	{ "腾讯(00700.HK)中期纯利增长六成四,营业额升五成七,增至逾一千亿元。单计第二季,纯利按年增长七成。\n",
	  "2017-08-17",
	  "tencent net_income yoy 64 % 2017-06-30 actual exact;tencent net_income yoy 70 % 2017-06-30 actual exact;tencent"
	  " revenue level 100000000000 CNY 2017-06-30 actual at_least;tencent revenue yoy 57 % 2017-06-30 actual exact" },
	/* 本财季 is the quarter; a figure changed 环比 after a year's
	 * forecast is the quarter's the text named last ("GAAP 和非 GAAP 毛利率
	 * 预计分别为 74.4%和 75%" pairs with no list of periods: left out) */
	{ "英伟达第二季度营收300亿美元。本财季收入及指引依旧强劲。公司预计今年软件等收入约20亿美元。数据中心营收263亿美元,同比增长1"
	  "54%,环比增长16%。对于 FY25Q3,公司营收指引为325亿美元,GAAP 和非 GAAP 毛利率预计分别为 74.4%和 75%。\n",
	  "2024-08-29",
	  "nvidia data_center_revenue level 26300000000 USD 2024-07-28 actual exact;nvidia data_center_revenue qoq 16 % 20"
	  "24-07-28 actual exact;nvidia data_center_revenue yoy 154 % 2024-07-28 actual exact;nvidia revenue level 3000000"
	  "0000 USD 2024-07-28 actual exact;nvidia revenue leve"
	  "l 32500000000 USD 2024-10-27 guidance exact" },
	/* a bullet's change from a year before (同比下降15%至47.89亿美元) is
	 * said as over, not of the quarter a forecast bullet named before it;
	 * a bullet that opens on a product and its Latin name (自研AI芯片
	 * Trainium) is about that product */
	{ "财务业绩 - 亚马逊第三季度净销售额同比增长13%至1802亿美元 - 公司预计第四季度净销售额将介于2060亿至2130亿美元之间 - 亚马逊北"
	  "美业务营业利润同比下降15%至47.89亿美元 - 自研AI芯片Trainium已发展为年收入数十亿美元的业务,第三季度收入环比暴增150%\n",
	  "2025-11-01",
	  "amazon revenue level 180200000000 USD 2025-09-30 actual exact;amazon revenue level 209500000000 USD 2025-12-31 g"
	  "uidance range;amazon revenue yoy 13 % 2025-09-30 actual exact;amazon-north-america operating_income level 4789"
	  "000000 USD 2025-09-30 actual exact;amazon-north-america operating_income yoy -15 % 2025-09-30 actual exact" },
	/* 当中, as Hong Kong writes 其中: of which, the company's part */
	{ "英伟达上季收入181.2亿美元,按季升34%。当中包括晶片在内的数据中心收入145亿美元,按季升41%。\n",
	  "2023-11-23",
	  "nvidia data_center_revenue level 14500000000 USD 2023-10-29 actual exact;nvidia data_center_revenue qoq 41 % 20"
	  "23-10-29 actual exact;nvidia revenue level 18120000000 USD 2023-10-29 actual exact;nvidia revenue qoq 34 % 2023"
	  "-10-29 actual exact" },
	/* "up 18% from the previous quarter and up 50% from the same quarter
	 * last year": each change its own kind; "$1.66 billion coming from the
	 * Computing and Graphics segment", and the aside in brackets after a
	 * part so named, are the part's */
	{ "Today AMD announced its 4Q 2019 revenue of $2.13 billion, up 18% from the previous quarter and up 50% from th"
	  "e same quarter last year. The $2.13 billion revenue is split with $1.66 billion coming from the Computing and"
	  " Graphics segment (+69% YoY), $465 million from the Enterprise, Embedded and Semi-Custom (EESC) group (+7% Y"
	  "oY, -11% QoQ).\n",
	  "2020-01-28",
	  "amd revenue level 2130000000 USD 2019-12-31 actual exact;amd revenue qoq 18 % 2019-12-31 actual exact;amd reve"
	  "nue yoy 50 % 2019-12-31 actual exact" },
	/* a sentence that names "the fourth quarter and full year" does not
	 * say which one its undated figures are of; chip sales are a part's;
	 * a "$10 billion share-buyback program" is no revenue */
	{ "AMD announced its financial results for the fourth quarter and full year for 2020, revealing a revenue of $9."
	  "76 billion. Broadcom reported fourth-quarter revenue of $7.41 billion and a 76% gain in chip sales to $5.63 b"
	  "illion. Broadcom also said its board authorized a new $10 billion share-buyback program that is effective un"
	  "til the end of 2022.\n",
	  "2021-12-10",
	  "broadcom revenue level 7410000000 USD 2021-10-31 actual exact" },
	/* "impacted our third quarter revenue and gross margin by about 2
	 * percent and 1 percent respectively": an effect's size, no figure */
	{ "TSMC's gross margin for the quarter was 47.4%. The virus incident was estimated to have impacted our third qu"
	  "arter revenue and gross margin by about 2 percent and 1 percent respectively.\n",
	  "2018-10-18",
	  "tsmc gross_margin level 47.4 % 2018-09-30 actual exact" },
	/* a machine translation's 营业收入 (operating income) and 净收入 (net
	 * income): under 60% of the revenue said just before, no period
	 * between; not "2026年营业收入为120-125亿美元,1Q26营业收入为19.0-20.0
	 * 亿美元", a year's revenue and a quarter's */
	{ "微软公布了2022财年第二季度的财报,其中收入为 517 亿美元,增长 20%,营业收入为 222 亿美元,增长 24%,净收入为 188 亿美元,"
	  "增长 21%。CoreWeave指引2026年营业收入为120-125亿美元,1Q26营业收入为19.0-20.0亿美元。\n",
	  "2026-02-27",
	  "coreweave revenue level 12250000000 USD 2026-12-31 guidance range;coreweave revenue level 1950000000 USD 2026-03"
	  "-31 guidance range;microsoft net_income level 18800000000 USD 2021-12-31 actual exact;microsoft net_income yoy 2"
	  "1 % 2021-12-31 actual exact;microsoft operating_income level 22200000000 USD 2021-12-31 actual exact;microsoft "
	  "operating_income yoy 24 % 2021-12-31 actual exact;microsoft revenue level 51700000000 USD 2021-12-31 actual exa"
	  "ct;microsoft revenue yoy 20 % 2021-12-31 actual exact" },
	/* "an 88.3% increase from the corresponding period in 2010": the same
	 * quarter of that year, a change from a year before */
	{ "Total revenues in the first quarter of 2011 were RMB2.436 billion, an 88.3% increase from the corresponding p"
	  "eriod in 2010. Baidu announced its results.\n",
	  "2011-04-28",
	  "baidu revenue level 2436000000 CNY 2011-03-31 actual exact;baidu revenue yoy 88.3 % 2011-03-31 actual exact" },
	/* 与上一季度的89.15亿美元相比: a base opened by 与 and closed by 相比, the
	 * statement after it goes on in the quarter reported; 相比增长8% is the
	 * metric's change, no part's */
	{ "博通第二财季净营收为 87.33 亿美元,与去年同期的 81.03 亿美元相比增长 8%,但与上一季度的 89.15 亿美元相比有所下降;净利润为"
	  " 34.81 亿美元,与去年同期的 25.90 亿美元相比增长 34%,而上一季度为 37.74 亿美元。\n",
	  "2023-06-02",
	  "broadcom net_income level 2590000000 USD 2022-05-01 actual exact;broadcom net_income level 3481000000 USD 2023-"
	  "04-30 actual exact;broadcom net_income level 3774000000 USD 2023-01-29 actual exact;broadcom net_income yoy 34 "
	  "% 2023-04-30 actual exact;broadcom revenue level 8103000000 USD 2022-05-01 actual exact;broadcom revenue level "
	  "8733000000 USD 2023-04-30 actual exact;broadcom revenue level 8915000000 USD 2023-01-29 actual exact;broadcom r"
	  "evenue yoy 8 % 2023-04-30 actual exact" },
	/* a wire's "--  " bullets wrapped onto indented lines: one sentence
	 * each, the change said on the wrapped line the figure's */
	{ "Tencent Announces 2019 First Quarter Results\n\nTencent today announced the unaudited consolidated results for "
	  "the first quarter of 2019.\n\n    --  Total revenues were RMB85,465 million (USD12,693 million), an\n        i"
	  "ncrease of 16% over the first quarter of 2018 (YoY).\n    --  Operating profit was RMB36,742 million (USD5,457 "
	  "million), an increase\n        of 20% YoY.\n",
	  "2019-05-16",
	  "tencent operating_income level 36742000000 CNY 2019-03-31 actual exact;tencent operating_income yoy 20 % 2019-03"
	  "-31 actual exact;tencent revenue level 85465000000 CNY 2019-03-31 actual exact;tencent revenue yoy 16 % 2019-03-3"
	  "1 actual exact" },
	/* "In Q1 and Q2 of this year, YouTube's revenue fell 2.6% and rose
	 * 4.4%, respectively": a pairing not read is no figure's (neither is
	 * taken for the last quarter named); "$27.7 billion GAAP and $30.8
	 * billion non-GAAP ... respectively" keeps the reported one */
	{ "Alphabet reported Q3 2023 results. Net income was $27.7 billion GAAP and $30.8 billion non-GAAP, and increase"
	  "d 12% and 22%, respectively. In Q1 and Q2 of this year, YouTube's year-over-year revenue fell 2.6% and rose 4.4"
	  "%, respectively.\n",
	  "2023-10-25",
	  "alphabet net_income level 27700000000 USD 2023-09-30 actual exact" },
	/* "gross margin percentage increased year-over-year to 69%": the
	 * level it moved to */
	{ "Microsoft reported its second quarter results. Company gross margin percentage increased slightly year-over-"
	  "year to 69%, primarily driven by sales mix.\n",
	  "2025-01-30",
	  "microsoft gross_margin level 69 % 2024-12-31 actual exact" },
	/* "若以美元计算,第3季营收331亿": a bare 亿 in the currency its sentence
	 * says it counts in */
	{ "台积电第3季毛利率为59.5%。若以美元计算,第3季营收331亿。\n",
	  "2025-10-17",
	  "tsmc gross_margin level 59.5 % 2025-09-30 actual exact;tsmc revenue level 33100000000 USD 2025-09-30 actual exa"
	  "ct" },
	/* a figure set beside the quarter before (上季則為29%) or changed 年增
	 * is said as over, not of the forecast's quarter before it; 積壓餘額
	 * is the backlog (0048) */
	{ "亚马逊2022年第三季度业绩会摘要\n\nAWS 淨銷售額 205 億美元,年增 28%。季末時 AWS 的增長率處於 25% 左右,預期這將延續到 Q4。AWS 營益率 26.3%,上季則為 29%。AWS"
	  " 積壓餘額年增 57%。\n",
	  "2022-10-28",
	  "aws backlog yoy 57 % 2022-09-30 actual exact;aws operating_margin level 26.3 % 2022-09-30 actual exact;aws oper"
	  "ating_margin level 29 % 2022-06-30 actual exact;aws revenue level 20500000000 USD 2022-09-30 actual exact;aws re"
	  "venue yoy 28 % 2022-09-30 actual exact" },
	/* "the first-fiscal quarter that ends at the close of April": the
	 * company's next quarter, not the one reported before it */
	{ "Nvidia reported results for the fourth-fiscal quarter ended January 26. For the first-fiscal quarter that end"
	  "s at the close of April, Nvidia said it expects revenue to be $3.00 billion.\n",
	  "2020-02-14",
	  "nvidia revenue level 3000000000 USD 2020-04-26 guidance exact" },
	/* "The company's fiscal year revenue totaled $281.7 billion": the
	 * fiscal year's; "Microsoft 365 Commercial cloud revenue": a product
	 * named by the company's name, a number and capitalized words */
	{ "Microsoft reported fourth quarter revenue of $76.4 billion, up 18%. The company's fiscal year revenue totaled $"
	  "281.7 billion, an increase of 15 percent year-over-year. Microsoft 365 Commercial cloud revenue jumped 16 perc"
	  "ent.\n",
	  "2025-07-31",
	  "microsoft revenue level 281700000000 USD 2025-06-30 actual exact;microsoft revenue level 76400000000 USD 2025-06"
	  "-30 actual exact;microsoft revenue yoy 15 % 2025-06-30 actual exact;microsoft revenue yoy 18 % 2025-06-30 actual"
	  " exact" },
	/* a page that lost the space after its full stops ("…expected by
	 * Refinitiv.Revenue: $89.50 billion vs $89.28 billion expected"): the
	 * stop still ends the sentence, the revenue is the result */
	{ "Apple reported fourth quarter earnings after the bell. EPS: $1.46 vs $1.39 per share expected by Refinitiv.Rev"
	  "enue: $89.50 billion vs $89.28 billion expected by LSEG.\n",
	  "2023-11-03",
	  "apple eps level 1.39 USD 2023-09-30 estimate exact;apple eps level 1.46 USD 2023-09-30 actual exact;apple reve"
	  "nue level 89280000000 USD 2023-09-30 estimate exact;apple revenue level 89500000000 USD 2023-09-30 actual exac"
	  "t" },
	/* $1.96-2.00: one range in dollars; an additional amount is no level */
	{ "Oracle guided non-GAAP EPS of $1.96-2.00 for the fourth quarter of fiscal 2026 and reiterated the "
	  "additional $4bn of FY27 revenue.",
	  "2026-03-11",
	  "oracle eps level 1.98 USD 2026-05-31 guidance range" },
	/* the quarter ending in early May is a 52/53-week quarter ended then;
	 * "which ended in November" says when a year ended, not a period */
	{ "Broadcom expects revenue of about $21.0 billion for the quarter ending in early May. For fiscal 2025, "
	  "which ended in November, Broadcom reported revenue of $63.9 billion.",
	  "2026-03-05",
	  "broadcom revenue level 21000000000 USD 2026-05-03 guidance approx;"
	  "broadcom revenue level 63900000000 USD 2025-11-02 actual exact" },
	/* a quarter, then in brackets the month it ended (截至…, whose 至 the
	 * lexer reads as a word): the quarter */
	{ "从已公布的数据看，微软上一财季(截至2025年12月)资本开支为375亿美元；甲骨文FY26Q1（截至2025年8月）剩余履约义务4,550亿美元。",
	  "2026-02-26",
	  "microsoft capex level 37500000000 USD 2025-12-31 actual exact;"
	  "oracle rpo level 455000000000 USD 2025-08-31 actual exact" },
	/* a sentence opening on a supposition states no figure (若以美元计算
	 * is none: the currency a figure is counted in) */
	{ "Meta guided 2026 capex to $115 billion to $135 billion. If Meta's capex reached $180 billion in 2027, "
	  "depreciation would double. 若以美元计算，台积电2025年全年营收约1,220亿美元。",
	  "2026-02-15",
	  "meta capex level 125000000000 USD 2026-12-31 guidance range;"
	  "tsmc revenue level 122000000000 USD 2025-12-31 actual approx" },
	/* web-page junk */
	{ "首页 | 登录 | 注册 | 微软营收 700 亿美元 | 分享 | 沪ICP备12345678号", "2025-08-01", "" },
	{ "热搜：微软 FY26Q1 营收 700 亿美元  英伟达  阿里云", "2025-11-01", "" },
	{ "上一篇：英伟达 2026 财年第三季度营收 570 亿美元\n下一篇：阿里云 2025Q3 收入 398 亿元", "2025-12-01", "" },
	{ "Copyright © 2025 Example Media. Microsoft FY26Q1 revenue $77.7 billion. All rights reserved.", "2025-12-01", "" },
};

/* The period type of the fact of `text` whose value is `value` and kind
 * `kind`; "" when none. */
static const char *period_type_of(const char *text, const char *date, const char *kind, double value, char *out,
				  size_t outlen)
{
	struct fact_list l = FACT_LIST_INIT;
	struct errmsg e;
	ck_assert_int_eq(fact_extract(fx, text, strlen(text), date, &l, &e), 0);
	snprintf(out, outlen, "%s", "");
	for (size_t i = 0; i < l.n; i++)
		if (!strcmp(l.items[i].kind, kind) && fabs(l.items[i].value - value) < 1e-9)
			snprintf(out, outlen, "%s", l.items[i].period_type);
	fact_list_free(&l);
	return out;
}

/* "capped off a record fiscal year, with revenue reaching": the year's
 * figure, not the quarter's named before it. */
START_TEST(test_record_fiscal_year)
{
	const char *t = "Apple reported fourth quarter results. The quarter capped off a record fiscal year, with revenue "
			"reaching $416 billion.";
	char got[16];
	ck_assert_str_eq(period_type_of(t, "2025-10-31", "level", 416000000000, got, sizeof(got)), "year");
}
END_TEST

/* Period types a text's wording decides (the type, not only the end):
 * 首三季, as Hong Kong writes the first three quarters, is the nine months
 * and 今年次季 the second quarter; a stock said of a year stands at its end
 * (RPO at the quarter that ends the fiscal year, ARR at the year's last
 * month); a first line of text naming a year and a quarter frames the text
 * with neither, so the quarter's figures are not the year's. */
static const struct {
	const char *text, *date, *kind;
	double value;
	const char *type;
} period_types[] = {
	{ "Nvidia reported results. For the fourth quarter of fiscal 2021, revenue was $5.0 billion. Full-year "
	  "revenue also came at a record $16.7 billion. Net income was $1.46 billion.",
	  "2021-02-24", "level", 1460000000, "quarter" },
	{ "腾讯截至今年9月底止首三季纯利1505.2亿元，按年升15%。台积电今年次季营收按年增长38.6%。", "2025-11-13", "level",
	  150520000000, "ytd" },
	{ "腾讯截至今年9月底止首三季纯利1505.2亿元，按年升15%。台积电今年次季营收按年增长38.6%。", "2025-11-13", "yoy",
	  38.6, "quarter" },
	{ "Oracle said fiscal 2025 RPO was $138 billion. Anthropic expects ARR of $9 billion in 2025.", "2025-06-20",
	  "level", 138000000000, "quarter" },
	{ "Oracle said fiscal 2025 RPO was $138 billion. Anthropic expects ARR of $9 billion in 2025.", "2025-06-20",
	  "level", 9000000000, "month" },
	{ "Nebius had a strong 2025. Then it told investors what to expect in the first quarter of 2026, and the stock "
	  "fell.\n\nOn the surface, the fourth quarter was strong.\n\nNebius posted revenue of $228 million, up 500% "
	  "year-over-year.",
	  "2026-02-20", "level", 228000000, "quarter" },
};

START_TEST(test_period_types)
{
	char got[16];
	ck_assert_str_eq(period_type_of(period_types[_i].text, period_types[_i].date, period_types[_i].kind,
					period_types[_i].value, got, sizeof(got)),
			 period_types[_i].type);
}
END_TEST

/* A change column speaks of the latest period left of it: 年初至报告期末's
 * change is the nine months', not the quarter's; Y/Y after 3Q25 3Q24 is
 * 3Q25's. */
START_TEST(test_change_columns)
{
	const char *zh = "百度集团2025年三季度报告\n\n单位：元\n"
			 "项目\t本报告期\t本报告期比上年同期增减(%)\t年初至报告期末\t年初至报告期末比上年同期增减(%)\n"
			 "营业收入\t31,174,000,000.00\t-7.00\t96,541,000,000.00\t-3.20\n";
	char got[16];
	ck_assert_str_eq(period_type_of(zh, "2025-11-19", "yoy", -7, got, sizeof(got)), "quarter");
	ck_assert_str_eq(period_type_of(zh, "2025-11-19", "yoy", -3.2, got, sizeof(got)), "ytd");
	ck_assert_str_eq(period_type_of(zh, "2025-11-19", "level", 96541000000, got, sizeof(got)), "ytd");
	const char *en = "Baidu Q3 2025 results\n\n(RMB millions)      3Q25      3Q24      Y/Y\n"
			 "Revenue             31,174    33,557    -7%\n";
	ck_assert_str_eq(period_type_of(en, "2025-11-19", "yoy", -7, got, sizeof(got)), "quarter");
	/* 过去四个季度: a trailing year, not the quarter before it */
	const char *ttm = "阿里巴巴2026财年第二季度资本开支为315亿元。过去四个季度，阿里巴巴的资本开支约1200亿元。";
	ck_assert_str_eq(period_type_of(ttm, "2025-11-25", "level", 120000000000, got, sizeof(got)), "year");
	ck_assert_str_eq(period_type_of(ttm, "2025-11-25", "level", 31500000000, got, sizeof(got)), "quarter");
	/* the first nine months, the nine months through December, of the
	 * fiscal year: a year to date, not the quarter reported before */
	const char *nine = "Alibaba's revenue for the December quarter rose 4%. In the first nine months, revenue rose "
			   "3.2% to 770.5 billion yuan, and for the nine months through December free cash flow was an "
			   "outflow of 9.5 billion yuan. For the first six months of the fiscal year, revenue was 480.1 "
			   "billion yuan.";
	ck_assert_str_eq(period_type_of(nine, "2026-02-19", "yoy", 4, got, sizeof(got)), "quarter");
	ck_assert_str_eq(period_type_of(nine, "2026-02-19", "yoy", 3.2, got, sizeof(got)), "ytd");
	ck_assert_str_eq(period_type_of(nine, "2026-02-19", "level", 770500000000, got, sizeof(got)), "ytd");
	ck_assert_str_eq(period_type_of(nine, "2026-02-19", "level", -9500000000, got, sizeof(got)), "ytd");
	ck_assert_str_eq(period_type_of(nine, "2026-02-19", "level", 480100000000, got, sizeof(got)), "half");
	/* 2025年4月至9月 in brackets is the half named before it, 上半财年 the
	 * company's first half; 集团收入 under a heading on 阿里云 is the
	 * whole group's */
	const char *half = "二、9月季度：收入回升，阿里云增速升至30%\n\n"
			   "2026财年上半年（2025年4月至9月），阿里巴巴收入4900亿元，同比增长4%。2026财年第二季度（2025年"
			   "7-9月）集团收入2450亿元，同比增长6%。上半财年阿里云累计收入720亿元，同比增长28%。";
	ck_assert_str_eq(period_type_of(half, "2025-11-26", "level", 490000000000, got, sizeof(got)), "half");
	ck_assert_str_eq(period_type_of(half, "2025-11-26", "level", 245000000000, got, sizeof(got)), "quarter");
	ck_assert_str_eq(period_type_of(half, "2025-11-26", "level", 72000000000, got, sizeof(got)), "half");
	const char *hk = "阿里上季季度純利200億元，少50%。累計今年6個月，阿里純利640億元，減5%。";
	ck_assert_str_eq(period_type_of(hk, "2025-11-26", "level", 20000000000, got, sizeof(got)), "quarter");
	ck_assert_str_eq(period_type_of(hk, "2025-11-26", "level", 64000000000, got, sizeof(got)), "half");
	/* "on a trailing twelve-month basis": the year to the quarter's end */
	const char *trailing = "Oracle reported fiscal third quarter results. GAAP operating cash flow on a "
			       "trailing twelve-month basis was $13.7 billion.";
	ck_assert_str_eq(period_type_of(trailing, "2013-03-20", "level", 13700000000, got, sizeof(got)), "year");
}
END_TEST

START_TEST(test_cases)
{
	char *got = extract(cases[_i].text, cases[_i].date);
	ck_assert_msg(!strcmp(got, cases[_i].want), "\n  text: %s\n  got:  %s\n  want: %s", cases[_i].text, got,
		      cases[_i].want);
	free(got);
}
END_TEST

/* Two reports of one fact agree within the rounding their texts show. */
static const struct {
	struct fact_figure a, b;
	int agree;
} figures[] = {
	/* 3920 亿 and $392 billion */
	{ { 392e9, 0, 0, 0, "exact", 1e8 }, { 392e9, 0, 0, 0, "exact", 1e9 }, 1 },
	/* $392 billion and $392.4 billion: the first is the second rounded */
	{ { 392e9, 0, 0, 0, "exact", 1e9 }, { 392.4e9, 0, 0, 0, "exact", 1e8 }, 1 },
	/* $102.5 billion and $102.0 billion: within 0.5%, not within the digits */
	{ { 102.5e9, 0, 0, 0, "exact", 1e8 }, { 102.0e9, 0, 0, 0, "exact", 1e8 }, 0 },
	/* no digits known: 0.5% */
	{ { 102.5e9, 0, 0, 0, "exact", 0 }, { 102.0e9, 0, 0, 0, "exact", 0 }, 1 },
	{ { 40, 0, 0, 0, "exact", 1 }, { 39, 0, 0, 0, "exact", 1 }, 0 },
	/* about 400 亿 and 395 亿 */
	{ { 40e9, 0, 0, 0, "approx", 1e8 }, { 39.5e9, 0, 0, 0, "exact", 1e8 }, 1 },
	/* a range admits the value; a bound too */
	{ { 71e9, 70e9, 72e9, 1, "range", 1e9 }, { 71.8e9, 0, 0, 0, "exact", 1e8 }, 1 },
	{ { 100e9, 0, 0, 0, "at_least", 1e9 }, { 102.3e9, 0, 0, 0, "exact", 1e8 }, 1 },
	{ { 100e9, 0, 0, 0, "at_most", 1e9 }, { 102.3e9, 0, 0, 0, "exact", 1e8 }, 0 },
};

START_TEST(test_figures_agree)
{
	ck_assert_int_eq(fact_figures_agree(&figures[_i].a, &figures[_i].b), figures[_i].agree);
	ck_assert_int_eq(fact_figures_agree(&figures[_i].b, &figures[_i].a), figures[_i].agree);
}
END_TEST

START_TEST(test_provenance)
{
	const char *text = "标题\n\n微软 FY26Q2 营收 813 亿美元。AWS 收入 330 亿美元。";
	struct fact_list l = FACT_LIST_INIT;
	ck_assert_int_eq(fact_extract(fx, text, strlen(text), "2026-01-29", &l, NULL), 0);
	ck_assert_uint_ge(l.n, 1);
	const struct fact *f = &l.items[0];
	ck_assert_int_eq(strncmp(text + f->start, f->text, f->end - f->start), 0);
	ck_assert_ptr_nonnull(strstr(f->text, "813"));
	ck_assert_int_eq(strncmp(text + f->qstart, "813 亿美元", f->qend - f->qstart), 0);
	fact_list_free(&l);
}
END_TEST

/* Traditional text is read through its Simplified form; the figure's
 * offsets still point at the bytes the report has. */
START_TEST(test_provenance_traditional)
{
	const char *text = "騰訊控股2025年第三季營業額為1929億元人民幣。";
	struct fact_list l = FACT_LIST_INIT;
	ck_assert_int_eq(fact_extract(fx, text, strlen(text), "2025-11-13", &l, NULL), 0);
	ck_assert_uint_eq(l.n, 1);
	const struct fact *f = &l.items[0];
	ck_assert_str_eq(f->entity, "tencent");
	ck_assert_str_eq(f->metric, "revenue");
	ck_assert_str_eq(f->text, text);
	ck_assert_uint_eq(f->qend - f->qstart, strlen("1929億元人民幣"));
	ck_assert_int_eq(strncmp(text + f->qstart, "1929億元人民幣", f->qend - f->qstart), 0);
	fact_list_free(&l);
}
END_TEST

START_TEST(test_unresolved_reasons)
{
	const char *text = "Contoso revenue was $3.1 billion in Q2 2025.";
	struct fact_list l = FACT_LIST_INIT;
	l.want_candidates = 1;
	ck_assert_int_eq(fact_extract(fx, text, strlen(text), "2025-08-01", &l, NULL), 0);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_uint_eq(l.ncands, 1);
	ck_assert_str_eq(l.cands[0].reason, "no entity");
	fact_list_free(&l);
}
END_TEST

/* The facts of `text` read by a stream of `window`-byte windows, given
 * `chunk` bytes at a time as a file is read, in the order given, one per
 * line with the byte offsets of their sentence. */
static char *stream_facts(const char *text, size_t window, size_t chunk)
{
	struct errmsg e;
	struct fact_stream *fs = fact_stream_new(fx, "2026-01-29", -1, window, &e);
	ck_assert_ptr_nonnull(fs);
	struct fact_list l = FACT_LIST_INIT;
	struct buf out = BUF_INIT;
	size_t len = strlen(text), at = 0, given = chunk < len ? chunk : len;
	for (;;) {
		size_t used = 0;
		int last = at + given >= len;
		ck_assert_int_eq(fact_stream_next(fs, text + at, last ? len - at : given, last, &used, &l, &e), 0);
		if (!used && !last) {
			given += chunk; /* no end in reach: more text */
			continue;
		}
		for (size_t i = 0; i < l.n; i++) {
			char num[NUMBER_MAX];
			format_number(l.items[i].value, num, sizeof(num));
			buf_printf(&out, "%s %s %s %s %s %zu..%zu\n", l.items[i].entity, l.items[i].metric,
				   l.items[i].kind, num, l.items[i].period_end, l.items[i].start, l.items[i].end);
			/* offsets are the document's, whatever the window */
			ck_assert(!strncmp(text + l.items[i].start, l.items[i].text, l.items[i].end - l.items[i].start));
		}
		fact_list_clear(&l);
		at += used;
		given = chunk;
		if (last && at >= len)
			break;
	}
	fact_list_free(&l);
	fact_stream_free(fs);
	return buf_detach(&out);
}

/* A long document read in windows gives what it gives read whole: the
 * heading over a section, the document's subject and the facts already
 * given go on from one window to the next, and no paragraph, list or
 * table is cut. */
START_TEST(test_windows)
{
	struct buf doc = BUF_INIT;
	buf_adds(&doc, "Microsoft quarterly review\nPublished: January 29, 2026\n\n"
		       "Microsoft Corp. reported its results for the second quarter of fiscal 2026.\n\n");
	for (int part = 0; part < 6; part++) {
		buf_printf(&doc, "%s\n\n", part % 2 ? "Intelligent Cloud" : "Azure and other cloud services");
		for (int k = 0; k < 400; k++)
			buf_printf(&doc, "Management spoke at length about demand, capacity and pricing, item %d of part %d, "
				   "without giving a single figure for it in this paragraph.\n\n", k, part);
		buf_printf(&doc, "Revenue grew %d%% year over year in fiscal Q2 2026.\n\n", 30 + part);
		buf_adds(&doc, "For the third quarter, Microsoft expects:\n\n");
		buf_printf(&doc, "- Revenue of $%d billion to $%d billion\n", 80 + part, 81 + part);
		buf_printf(&doc, "- Operating margin of about %d%%\n\n", 40 + part);
		buf_adds(&doc, "($ in billions)\n                         FY26Q2      FY25Q2\n");
		buf_printf(&doc, "Revenue                  %d.5        69.6\n", 80 + part);
		buf_printf(&doc, "Operating income         %d.1        31.7\n\n", 38 + part);
	}
	/* the same figure said again, windows later: given once, where it is
	 * first said (so are the FY25Q2 cells the tables repeat) */
	buf_adds(&doc, "Azure and other cloud services\n\nRevenue grew 30% year over year in fiscal Q2 2026.\n");
	ck_assert_uint_gt(doc.len, 4 * FACT_HEAD);
	char *whole = stream_facts(doc.data, (size_t)1 << 30, doc.len);
	ck_assert_ptr_nonnull(strstr(whole, "azure revenue yoy 30 "));
	ck_assert_ptr_nonnull(strstr(whole, "microsoft-intelligent-cloud revenue yoy 35 "));
	ck_assert_ptr_nonnull(strstr(whole, "azure operating_income level 42100000000 "));
	ck_assert_ptr_null(strstr(strstr(whole, "azure revenue yoy 30 ") + 1, "azure revenue yoy 30 "));
	const size_t windows[] = { FACT_HEAD, FACT_HEAD + 4099, 3 * FACT_HEAD };
	const size_t chunks[] = { 4096, 65536, (size_t)1 << 30 };
	for (size_t w = 0; w < ARRAY_SIZE(windows); w++)
		for (size_t c = 0; c < ARRAY_SIZE(chunks); c++) {
			char *got = stream_facts(doc.data, windows[w], chunks[c]);
			ck_assert_str_eq(got, whole);
			free(got);
		}
	free(whole);
	buf_free(&doc);
}
END_TEST

/* A byte that is not UTF-8 deep in a long text is named by its offset in
 * the document, not in its window. */
START_TEST(test_windows_bad_byte)
{
	struct buf doc = BUF_INIT;
	for (int k = 0; k < 3000; k++)
		buf_adds(&doc, "A paragraph of text that states nothing at all.\n\n");
	size_t at = doc.len + 5;
	buf_adds(&doc, "Some \xff here.\n");
	struct errmsg e;
	struct fact_stream *fs = fact_stream_new(fx, "2026-01-29", -1, FACT_HEAD, &e);
	struct fact_list l = FACT_LIST_INIT;
	size_t pos = 0, used = 0;
	int rc = 0;
	while (rc == 0 && pos < doc.len) {
		rc = fact_stream_next(fs, doc.data + pos, doc.len - pos, 1, &used, &l, &e);
		pos += used;
	}
	ck_assert_int_eq(rc, -1);
	char want[64];
	snprintf(want, sizeof(want), "at byte %zu", at);
	ck_assert_ptr_nonnull(strstr(e.text, want));
	fact_list_free(&l);
	fact_stream_free(fs);
	buf_free(&doc);
}
END_TEST

START_TEST(test_bad_input)
{
	struct fact_list l = FACT_LIST_INIT;
	struct errmsg e;
	ck_assert_int_eq(fact_extract(fx, "ok \xff bad", 8, "2025-01-01", &l, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "byte 3"));
	ck_assert_int_eq(fact_extract(fx, "ok", 2, "2025-13-01", &l, &e), -1);
	fact_list_free(&l);
}
END_TEST

int main(void)
{
	struct store *s;
	struct errmsg e;
	if (store_open(":memory:", &s, &e) < 0 || store_load_lexicon(s, &lx, &e) < 0 ||
	    !(fx = fact_extractor_new(lx, &e))) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	store_close(s);
	Suite *su = suite_create("fact");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_change_columns);
	tcase_add_loop_test(tc, test_period_types, 0, ARRAY_SIZE(period_types));
	tcase_add_test(tc, test_record_fiscal_year);
	tcase_add_loop_test(tc, test_cases, 0, ARRAY_LEN(cases));
	tcase_add_loop_test(tc, test_figures_agree, 0, ARRAY_SIZE(figures));
	tcase_add_test(tc, test_provenance);
	tcase_add_test(tc, test_provenance_traditional);
	tcase_add_test(tc, test_unresolved_reasons);
	tcase_add_test(tc, test_bad_input);
	tcase_add_test(tc, test_windows);
	tcase_add_test(tc, test_windows_bad_byte);
	suite_add_tcase(su, tc);
	int rc = run_suite(su);
	fact_extractor_free(fx);
	lexicon_free(lx);
	return rc;
}
