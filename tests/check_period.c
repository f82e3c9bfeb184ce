/* period: every period form, every fiscal calendar, year boundaries and
 * the year-less forms. */
#include "period.h"
#include "testutil.h"
#include "textnorm.h"

static struct period_scanner *ps;

static const char *const MSFT = "06-30", *const NVDA = "last-sun-01", *const AAPL = "last-sat-09",
		  *const BABA = "03-31", *const ORCL = "05-31", *const AVGO = "nearest-sun-10-31",
		  *const CAL = "12-31", *const CRM = "01-31";

/* Resolves the last period span in `text`, each span taking the one before
 * it as context, as the extractor does within a paragraph; the earlier
 * spans are resolved as actual figures, the last with `estimate`. */
static int resolve_text(const char *text, const char *rule, const char *ref, int estimate, struct period *out)
{
	struct textnorm t;
	struct errmsg e;
	ck_assert_int_eq(textnorm_run(text, strlen(text), &t, &e), 0);
	struct period_span *sp = NULL;
	size_t n = 0, cap = 0;
	ck_assert_int_eq(period_scan(ps, t.text, t.len, NULL, 0, &sp, &n, &cap, &e), 0);
	struct fiscal_calendar cal;
	ck_assert_int_eq(period_calendar_parse(rule, &cal), 0);
	struct date r;
	ck_assert_int_eq(date_parse(ref, &r), 0);
	int rc = -1, have = 0;
	struct period ctx;
	size_t last = 0;
	for (size_t i = 0; i < n; i++)
		if (sp[i].kind == PSPAN_PERIOD)
			last = i;
	for (size_t i = 0; i < n; i++) {
		if (sp[i].kind != PSPAN_PERIOD)
			continue;
		rc = period_resolve(&sp[i].expr, &cal, have ? &ctx : NULL, r, i == last ? estimate : 0, out);
		if (rc == 0) {
			ctx = *out;
			have = 1;
		}
	}
	free(sp);
	textnorm_free(&t);
	return rc;
}

static const struct {
	const char *text, *rule, *ref;
	int estimate;
	const char *type, *start, *end, *fiscal, *calendar;
} cases[] = {
	/* fiscal quarters */
	{ "FY26Q1", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "FY2026Q1", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "FY2026 Q1", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "FY26 Q1", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "1QFY26", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "Q1FY26", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "F1Q26", ORCL, "2025-09-10", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	{ "FQ1'26", ORCL, "2025-09-10", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	{ "FQ1", ORCL, "2025-09-10", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	/* a broker's fiscal year */
	{ "F26E", ORCL, "2025-09-10", 1, "year", "2025-06-01", "2026-05-31", "FY2026", "" },
	{ "the quarter ended September", CAL, "2025-10-31", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "the three months to September 2025", MSFT, "2025-10-31", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "fiscal fourth-quarter 2025", MSFT, "2025-08-01", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q4", "2025Q2" },
	{ "fiscal third quarter of 2026", MSFT, "2026-05-01", 0, "quarter", "2026-01-01", "2026-03-31", "FY2026Q3", "2026Q1" },
	{ "Q1 FY2026", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "fiscal Q1 2026", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "fiscal 2026 first quarter", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "first quarter of fiscal 2026", NVDA, "2025-05-29", 0, "quarter", "2025-01-27", "2025-04-27", "FY2026Q1", "2025Q1" },
	{ "the third quarter of fiscal year 2026", NVDA, "2025-08-28", 1, "quarter", "2025-07-28", "2025-10-26", "FY2026Q3", "2025Q3" },
	{ "2026财年第一季度", BABA, "2025-09-01", 0, "quarter", "2025-04-01", "2025-06-30", "FY2026Q1", "2025Q2" },
	{ "2026 财年第二季度", BABA, "2025-11-26", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q2", "2025Q3" },
	{ "2026财年Q1", BABA, "2025-09-01", 0, "quarter", "2025-04-01", "2025-06-30", "FY2026Q1", "2025Q2" },
	{ "FY26 第一季度", MSFT, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "FY26Q2", ORCL, "2025-12-11", 0, "quarter", "2025-09-01", "2025-11-30", "FY2026Q2", "2025Q4" },
	{ "FY2025 Q4", AVGO, "2025-12-12", 0, "quarter", "2025-08-04", "2025-11-02", "FY2025Q4", "2025Q3" },
	{ "FY2026 Q1", CRM, "2025-05-29", 0, "quarter", "2025-02-01", "2025-04-30", "FY2026Q1", "2025Q1" },
	/* year boundaries */
	{ "FY26Q2", MSFT, "2026-01-29", 0, "quarter", "2025-10-01", "2025-12-31", "FY2026Q2", "2025Q4" },
	{ "FY2026Q4", NVDA, "2026-02-25", 0, "quarter", "2025-10-27", "2026-01-25", "FY2026Q4", "2025Q4" },
	{ "FY2026Q3", NVDA, "2025-11-20", 0, "quarter", "2025-07-28", "2025-10-26", "FY2026Q3", "2025Q3" },
	/* calendar quarters, whatever the company's fiscal year */
	{ "2025Q3", MSFT, "2025-11-03", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "2025 Q3", CAL, "2025-11-03", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "Q3 2025", CAL, "2025-11-03", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "3Q25", CAL, "2025-11-03", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "3Q2025", CAL, "2025-11-03", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "25Q3", CAL, "2025-11-19", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "2025年第三季度", BABA, "2025-11-26", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q2", "2025Q3" },
	{ "2025年三季度", CAL, "2025-11-06", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "2025年Q3", CAL, "2025-11-06", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	/* a year in two digits before 年, as Chinese notes give it */
	{ "24年Q3", CAL, "2025-11-06", 0, "quarter", "2024-07-01", "2024-09-30", "FY2024Q3", "2024Q3" },
	{ "FY1Q26", MSFT, "2025-10-01", 1, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	/* Q3'26: the company's shorthand for its own quarter */
	{ "Q3'26", NVDA, "2025-12-01", 0, "quarter", "2025-07-28", "2025-10-26", "FY2026Q3", "2025Q3" },
	/* (and with the whole year, as a table heads its columns) */
	{ "Q2'2021", CAL, "2021-07-28", 0, "quarter", "2021-04-01", "2021-06-30", "FY2021Q2", "2021Q2" },
	/* Taiwan counts years from 1912: 民國114年 is 2025 */
	{ "114年6月", CAL, "2025-12-10", 0, "month", "2025-06-01", "2025-06-30", "", "2025-06" },
	{ "24年三季度", CAL, "2025-11-06", 0, "quarter", "2024-07-01", "2024-09-30", "FY2024Q3", "2024Q3" },
	{ "26年", CAL, "2025-11-06", 1, "year", "2026-01-01", "2026-12-31", "FY2026", "2026" },
	{ "24年上半年", CAL, "2025-11-06", 0, "half", "2024-01-01", "2024-06-30", "FY2024H1", "2024H1" },
	{ "2025 年 Q3", CAL, "2025-11-06", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "the September quarter of 2025", AAPL, "2025-10-31", 0, "quarter", "2025-06-29", "2025-09-27", "FY2025Q4", "2025Q3" },
	{ "third quarter of 2025", CAL, "2025-10-30", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	/* a day early in a month: the quarter of a company that ended then,
	 * else the month */
	{ "截至2017年7月1日", "last-sat-09/q1", "2017-08-01", 0, "quarter", "2017-04-02", "2017-07-01", "FY2017Q3", "2017Q2" },
	{ "截至2017年7月3日", CAL, "2017-08-01", 0, "month", "2017-07-01", "2017-07-31", "", "2017-07" },
	/* the year first, with a possessive: one period, not a year and then
	 * a quarter of the report's year */
	{ "2023\xe2\x80\x99s third quarter", CAL, "2025-10-30", 0, "quarter", "2023-07-01", "2023-09-30", "FY2023Q3", "2023Q3" },
	{ "2022's fiscal second quarter", MSFT, "2025-10-30", 0, "quarter", "2021-10-01", "2021-12-31", "FY2022Q2", "2021Q4" },
	{ "2024's Q2", CAL, "2025-10-30", 0, "quarter", "2024-04-01", "2024-06-30", "FY2024Q2", "2024Q2" },
	{ "2024's second half", CAL, "2025-10-30", 0, "half", "2024-07-01", "2024-12-31", "FY2024H2", "2024H2" },
	/* quarters without a year: from context, else from the report date */
	{ "三季度", CAL, "2025-11-05", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "第三季度", CAL, "2025-11-05", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "Q3", CAL, "2025-11-05", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "四季度", CAL, "2025-11-05", 1, "quarter", "2025-10-01", "2025-12-31", "FY2025Q4", "2025Q4" },
	{ "Q1", CAL, "2025-02-10", 0, "quarter", "2024-01-01", "2024-03-31", "FY2024Q1", "2024Q1" },
	{ "2026财年第三季度……第四季度", NVDA, "2025-11-20", 1, "quarter", "2025-10-27", "2026-01-25", "FY2026Q4", "2025Q4" },
	{ "2025 年上半年……其中二季度", CAL, "2025-08-14", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q2", "2025Q2" },
	{ "September quarter ... the December quarter", AAPL, "2025-10-31", 1, "quarter", "2025-09-28", "2025-12-27", "FY2026Q1", "2025Q4" },
	{ "2025Q3 ... 本季度", CAL, "2025-11-05", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	/* yearless fiscal quarters stay fiscal whatever the context */
	{ "its fiscal first quarter", ORCL, "2025-11-20", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	{ "Q3 2025 ... its fiscal first quarter", ORCL, "2025-11-20", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	{ "本财年第一季度", ORCL, "2025-11-20", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	{ "its first fiscal quarter", ORCL, "2025-11-20", 0, "quarter", "2025-06-01", "2025-08-31", "FY2026Q1", "2025Q3" },
	/* a 52/53-week quarter ended in a month's first days: the company's
	 * quarter, not the three calendar months to that month's end */
	{ "the quarter ended Feb. 1", AVGO, "2026-03-05", 0, "quarter", "2025-11-03", "2026-02-01", "FY2026Q1", "2025Q4" },
	{ "the three months ended February 1, 2026", AVGO, "2026-03-05", 0, "quarter", "2025-11-03", "2026-02-01", "FY2026Q1",
	  "2025Q4" },
	{ "the three months ended 1 February 2026", AVGO, "2026-03-05", 0, "quarter", "2025-11-03", "2026-02-01", "FY2026Q1",
	  "2025Q4" },
	/* the quarter under way on the report's date */
	{ "the current quarter", AVGO, "2026-03-05", 1, "quarter", "2026-02-02", "2026-05-03", "FY2026Q2", "2026Q1" },
	{ "current-quarter", MSFT, "2025-10-30", 1, "quarter", "2025-10-01", "2025-12-31", "FY2026Q2", "2025Q4" },
	{ "2025Q3 ... 上季度", CAL, "2025-11-05", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q2", "2025Q2" },
	/* the first six months of a year are its first half */
	{ "the first six months of fiscal 2026", ORCL, "2025-12-12", 0, "half", "2025-06-01", "2025-11-30", "FY2026H1",
	  "2025H2" },
	/* a stock's day that ends the company's quarter is that quarter's;
	 * another month's end is the month's */
	{ "as of November 30, 2025", ORCL, "2025-12-12", 0, "quarter", "2025-09-01", "2025-11-30", "FY2026Q2", "2025Q4" },
	{ "at the end of November", ORCL, "2025-12-12", 0, "quarter", "2025-09-01", "2025-11-30", "FY2026Q2", "2025Q4" },
	{ "as of October 31, 2025", CAL, "2025-12-12", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "2025Q3 ... the prior three months", CAL, "2025-11-05", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q2",
	  "2025Q2" },
	{ "2025Q3 ... three months earlier", CAL, "2025-11-05", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q2",
	  "2025Q2" },
	/* three months that end no calendar quarter: the company's quarter
	 * that ends in their last month */
	{ "2025 年 12 月-2026 年 2 月", ORCL, "2025-12-11", 1, "quarter", "2025-12-01", "2026-02-28", "FY2026Q3", "2026Q1" },
	{ "2025 年 5-7 月", NVDA, "2025-09-01", 0, "quarter", "2025-04-28", "2025-07-27", "FY2026Q2", "2025Q2" },
	{ "the July quarter", NVDA, "2025-09-01", 0, "quarter", "2025-04-28", "2025-07-27", "FY2026Q2", "2025Q2" },
	/* the first months of the year, to the one named */
	{ "2025年……前11月", CAL, "2025-12-10", 0, "ytd", "2025-01-01", "2025-11-30", "FY2025 11M", "11M2025" },
	/* the company's full year just over, forecast before its results */
	{ "the full fiscal year", AVGO, "2025-12-05", 1, "year", "2024-11-04", "2025-11-02", "FY2025", "" },
	/* a yearless half, as a yearless quarter: the company's own */
	{ "the first half", NVDA, "2025-08-27", 0, "half", "2025-01-27", "2025-07-27", "FY2026H1", "2025H1" },
	/* the quarter before, with none named: before the company's quarter
	 * the report's date falls in */
	{ "last quarter", MSFT, "2025-11-14", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q1", "2025Q3" },
	{ "上季度", ORCL, "2025-12-20", 0, "quarter", "2025-09-01", "2025-11-30", "FY2026Q2", "2025Q4" },
	/* the quarter after the one said before (not 一季度, inside 下一季度);
	 * with none, the one under way */
	{ "2025Q3 ... 下一季度", CAL, "2025-11-05", 1, "quarter", "2025-10-01", "2025-12-31", "FY2025Q4", "2025Q4" },
	{ "FY2026Q1 ... next quarter", MSFT, "2025-10-30", 1, "quarter", "2025-10-01", "2025-12-31", "FY2026Q2", "2025Q4" },
	{ "下季度", NVDA, "2025-08-28", 1, "quarter", "2025-07-28", "2025-10-26", "FY2026Q3", "2025Q3" },
	/* years counted from the report's date */
	{ "this year", CAL, "2025-10-31", 1, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	{ "今年", CAL, "2025-10-31", 1, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	{ "next year", CAL, "2025-10-31", 1, "year", "2026-01-01", "2026-12-31", "FY2026", "2026" },
	{ "明年", CAL, "2025-10-31", 1, "year", "2026-01-01", "2026-12-31", "FY2026", "2026" },
	{ "last year", CAL, "2025-10-31", 0, "year", "2024-01-01", "2024-12-31", "FY2024", "2024" },
	/* a quarter of last year is the company's, as a quarter without its
	 * year is; last year itself the calendar's */
	{ "Q1 last year", MSFT, "2025-11-20", 0, "quarter", "2024-07-01", "2024-09-30", "FY2025Q1", "2024Q3" },
	{ "last year", MSFT, "2025-11-20", 0, "year", "2024-01-01", "2024-12-31", "", "2024" },
	{ "this fiscal year", MSFT, "2025-10-31", 1, "year", "2025-07-01", "2026-06-30", "FY2026", "" },
	{ "本财年", MSFT, "2025-10-31", 1, "year", "2025-07-01", "2026-06-30", "FY2026", "" },
	/* halves */
	{ "2025年上半年", CAL, "2025-08-14", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	/* the interim report's half */
	{ "2025 年半年度报告", CAL, "2025-08-27", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "2025年中期报告", CAL, "2025-08-27", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "2025 年下半年", CAL, "2025-08-14", 1, "half", "2025-07-01", "2025-12-31", "FY2025H2", "2025H2" },
	{ "H1 2025", CAL, "2025-08-20", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "1H25", CAL, "2025-08-01", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "2024H1", CAL, "2025-08-01", 0, "half", "2024-01-01", "2024-06-30", "FY2024H1", "2024H1" },
	{ "25H2", CAL, "2025-08-01", 1, "half", "2025-07-01", "2025-12-31", "FY2025H2", "2025H2" },
	{ "2H2025", CAL, "2025-08-01", 1, "half", "2025-07-01", "2025-12-31", "FY2025H2", "2025H2" },
	{ "FY2026 H1", MSFT, "2026-02-01", 0, "half", "2025-07-01", "2025-12-31", "FY2026H1", "2025H2" },
	{ "2026财年上半年", BABA, "2025-12-01", 0, "half", "2025-04-01", "2025-09-30", "FY2026H1", "" },
	{ "2025 年……下半年", CAL, "2025-08-14", 1, "half", "2025-07-01", "2025-12-31", "FY2025H2", "2025H2" },
	/* year to date: never the quarter that ends on the same day */
	{ "前三季度", CAL, "2025-11-14", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "2025年前三季度", CAL, "2025-11-14", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "114年前三季", CAL, "2025-11-14", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	/* the first six months of a named year are its first half; other
	 * counts of months stay the year to date, whatever the report's date */
	{ "2025年前6个月", CAL, "2026-01-15", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	/* the start of the year is its first month; this month the report's */
	{ "年初", CAL, "2025-10-20", 0, "month", "2025-01-01", "2025-01-31", "", "2025-01" },
	{ "2024年初", CAL, "2025-10-20", 0, "month", "2024-01-01", "2024-01-31", "", "2024-01" },
	{ "at the start of the year", CAL, "2025-10-20", 0, "month", "2025-01-01", "2025-01-31", "", "2025-01" },
	{ "本月", CAL, "2025-10-20", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "2024年前10个月", CAL, "2025-03-01", 0, "ytd", "2024-01-01", "2024-10-31", "FY2024 10M", "10M2024" },
	{ "9M25", CAL, "2025-11-05", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "9M 2025", CAL, "2025-11-05", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "1-9月", CAL, "2025-10-20", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "2025年1-9月", CAL, "2025-10-20", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	/* a run of nine or six months that starts the company's year */
	{ "2025年4-12月", BABA, "2026-02-19", 0, "ytd", "2025-04-01", "2025-12-31", "FY2026 9M", "" },
	{ "2025年4-9月", BABA, "2025-11-20", 0, "half", "2025-04-01", "2025-09-30", "FY2026H1", "" },
	/* a half of a named year */
	{ "the first half of fiscal 2026", MSFT, "2026-02-01", 0, "half", "2025-07-01", "2025-12-31", "FY2026H1", "2025H2" },
	{ "second half of 2025", CAL, "2026-02-01", 0, "half", "2025-07-01", "2025-12-31", "FY2025H2", "2025H2" },
	/* three months that make a quarter are that quarter */
	{ "2025 年 7-9 月", BABA, "2025-11-20", 0, "quarter", "2025-07-01", "2025-09-30", "FY2026Q2", "2025Q3" },
	{ "4-6月", CAL, "2025-08-20", 0, "quarter", "2025-04-01", "2025-06-30", "FY2025Q2", "2025Q2" },
	{ "first nine months of 2025", CAL, "2025-10-20", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	/* six or nine months counted back from their last day */
	/* a year ended a day: the company's own year, or the calendar's */
	{ "the fiscal year ended June 30, 2025", MSFT, "2025-09-01", 0, "year", "2024-07-01", "2025-06-30", "FY2025", "" },
	{ "the year ended December 31, 2024", CAL, "2025-02-01", 0, "year", "2024-01-01", "2024-12-31", "FY2024", "2024" },
	/* day first, as Hong Kong filings write it */
	{ "the three months ended 30 September 2025", CAL, "2025-11-13", 0, "quarter", "2025-07-01", "2025-09-30", "FY2025Q3", "2025Q3" },
	{ "the six months ended 30 June 2025", CAL, "2025-08-14", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "the year ended 31 December 2024", CAL, "2025-03-20", 0, "year", "2024-01-01", "2024-12-31", "FY2024", "2024" },
	{ "the nine months ended September 30, 2025", CAL, "2025-11-05", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "nine months ended March 31, 2026", MSFT, "2026-04-30", 0, "ytd", "2025-07-01", "2026-03-31", "FY2026 9M", "" },
	{ "the first nine months of fiscal 2026", MSFT, "2026-04-30", 0, "ytd", "2025-07-01", "2026-03-31", "FY2026 9M", "" },
	{ "six months ended December 31, 2025", MSFT, "2026-01-29", 0, "half", "2025-07-01", "2025-12-31", "FY2026H1", "2025H2" },
	{ "the six months ended June 30", CAL, "2025-08-20", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	{ "截至2025年9月30日止九个月", CAL, "2025-11-14", 0, "ytd", "2025-01-01", "2025-09-30", "FY2025 9M", "9M2025" },
	{ "截至 2025 年 6 月 30 日止六个月", CAL, "2025-08-20", 0, "half", "2025-01-01", "2025-06-30", "FY2025H1", "2025H1" },
	/* months */
	{ "2025年10月", CAL, "2025-11-05", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "2025 年 10 月", CAL, "2025-11-05", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "October 2025", CAL, "2025-11-20", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	/* a month written without its year, said while it is under way: this one */
	{ "11月", CAL, "2025-11-20", 0, "month", "2025-11-01", "2025-11-30", "", "2025-11" },
	{ "10月", CAL, "2025-11-20", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "12月", CAL, "2025-11-20", 0, "month", "2024-12-01", "2024-12-31", "", "2024-12" },
	{ "Oct 2025", CAL, "2025-11-20", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "Oct. 2025", CAL, "2025-11-20", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	{ "2025 年 5 月底 ... 7 月", CAL, "2025-09-10", 0, "month", "2025-07-01", "2025-07-31", "", "2025-07" },
	{ "FY25Q3 ... 3 月", MSFT, "2025-05-02", 0, "month", "2025-03-01", "2025-03-31", "", "2025-03" },
	{ "10月", CAL, "2025-11-05", 0, "month", "2025-10-01", "2025-10-31", "", "2025-10" },
	/* years */
	{ "2025年", CAL, "2026-01-20", 0, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	{ "2025 年全年", CAL, "2026-01-20", 0, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	{ "全年", CAL, "2026-02-20", 0, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	/* the end of last year: its December */
	{ "at the end of last year", CAL, "2025-06-12", 0, "month", "2024-12-01", "2024-12-31", "", "2024-12" },
	{ "去年底", CAL, "2025-06-12", 0, "month", "2024-12-01", "2024-12-31", "", "2024-12" },
	/* 第一季, as Taiwan writes it */
	{ "第一季", CAL, "2026-03-10", 1, "quarter", "2026-01-01", "2026-03-31", "FY2026Q1", "2026Q1" },
	{ "full year 2025", CAL, "2026-02-06", 0, "year", "2025-01-01", "2025-12-31", "FY2025", "2025" },
	{ "FY2025", NVDA, "2025-03-05", 0, "year", "2024-01-29", "2025-01-26", "FY2025", "2024" },
	{ "FY25", MSFT, "2025-08-01", 0, "year", "2024-07-01", "2025-06-30", "FY2025", "" },
	{ "fiscal 2025", AAPL, "2025-11-01", 0, "year", "2024-09-29", "2025-09-27", "FY2025", "" },
	{ "2025财年", BABA, "2025-06-01", 0, "year", "2024-04-01", "2025-03-31", "FY2025", "" },
	{ "2025 fiscal year", MSFT, "2025-08-01", 0, "year", "2024-07-01", "2025-06-30", "FY2025", "" },
	{ "CY2025", MSFT, "2026-01-20", 0, "year", "2025-01-01", "2025-12-31", "", "2025" },
	{ "calendar 2025", MSFT, "2026-01-20", 0, "year", "2025-01-01", "2025-12-31", "", "2025" },
	{ "FY2026", NVDA, "2026-02-25", 0, "year", "2025-01-27", "2026-01-25", "FY2026", "2025" },
	{ "FY2025", AAPL, "2025-11-01", 0, "year", "2024-09-29", "2025-09-27", "FY2025", "" },
	{ "FY2026", BABA, "2025-06-01", 1, "year", "2025-04-01", "2026-03-31", "FY2026", "" },
	{ "FY2025", AVGO, "2025-12-12", 0, "year", "2024-11-04", "2025-11-02", "FY2025", "" },
};

START_TEST(test_cases)
{
	struct period p;
	ck_assert_msg(resolve_text(cases[_i].text, cases[_i].rule, cases[_i].ref, cases[_i].estimate, &p) == 0,
		      "'%s' did not resolve", cases[_i].text);
	char s[11], e[11];
	date_format(p.start, s);
	date_format(p.end, e);
	ck_assert_msg(!strcmp(period_type_name(p.type), cases[_i].type), "'%s': type %s", cases[_i].text,
		      period_type_name(p.type));
	ck_assert_msg(!strcmp(s, cases[_i].start) && !strcmp(e, cases[_i].end), "'%s': %s..%s, want %s..%s",
		      cases[_i].text, s, e, cases[_i].start, cases[_i].end);
	if (cases[_i].fiscal[0] || p.fiscal)
		ck_assert_msg(!strcmp(p.fiscal_label, cases[_i].fiscal), "'%s': fiscal label %s, want %s",
			      cases[_i].text, p.fiscal_label, cases[_i].fiscal);
	ck_assert_msg(!strcmp(p.calendar_label, cases[_i].calendar), "'%s': calendar label %s, want %s",
		      cases[_i].text, p.calendar_label, cases[_i].calendar);
}
END_TEST

/* Spans counted back from a day that start neither the company's year nor
 * the calendar's (nor are a calendar half), and trailing twelve months:
 * no period a figure can be given. */
static const struct {
	const char *text, *rule, *ref;
} unplaced[] = {
	{ "six months ended September 30, 2025", CAL, "2025-11-05" },
	{ "nine months ended October 31, 2025", CAL, "2025-11-05" },
	{ "the twelve months ended September 30, 2025", CAL, "2025-11-05" },
	{ "截至2025年9月30日止十二个月", CAL, "2025-11-05" },
	/* a year without its number said as done long after the last one
	 * ended: which year is not said */
	{ "全年", CAL, "2025-11-24" },
	{ "the full year", CAL, "2025-09-01" },
	/* three months that are no quarter of the company's */
	{ "the July quarter", MSFT, "2025-09-01" },
	{ "2025 年 5-7 月", CAL, "2025-09-01" },
};

START_TEST(test_unplaced)
{
	struct period p;
	ck_assert_msg(resolve_text(unplaced[_i].text, unplaced[_i].rule, unplaced[_i].ref, 0, &p) != 0,
		      "'%s' resolved", unplaced[_i].text);
}
END_TEST

/* Dates with a day, durations and names are not metric periods. */
static const char *const not_periods[] = {
	"2026-01-22", "1月22日", "6-9 个月", "2025 年 5-9 月", "GPT-5", "Gemini 3", "2025 年 8 月 27 日", "October 29, 2025",
	"2025-2030 年", "2022 年以来", "三个月", "过去10年", "近20年", "10年期", "20年来", "3.25年",
	/* a year in a law's name */
	"a charge related to the 2017 Tax Cuts and Jobs Act", "credits under the 2022 Inflation Reduction Act",
};

START_TEST(test_not_periods)
{
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(not_periods[_i], strlen(not_periods[_i]), &t, NULL), 0);
	struct period_span *sp = NULL;
	size_t n = 0, cap = 0;
	ck_assert_int_eq(period_scan(ps, t.text, t.len, NULL, 0, &sp, &n, &cap, NULL), 0);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(sp[i].kind != PSPAN_PERIOD, "'%s' gave a period", not_periods[_i]);
	free(sp);
	textnorm_free(&t);
}
END_TEST

static const struct {
	const char *rule;
	int fy;
	const char *end;
} fy_ends[] = {
	{ "06-30", 2026, "2026-06-30" },         { "last-sun-01", 2026, "2026-01-25" },
	{ "last-sun-01", 2025, "2025-01-26" },   { "last-sat-09", 2025, "2025-09-27" },
	{ "03-31", 2026, "2026-03-31" },         { "05-31", 2026, "2026-05-31" },
	{ "nearest-sun-10-31", 2025, "2025-11-02" }, { "nearest-sun-10-31", 2024, "2024-11-03" },
	{ "12-31", 2025, "2025-12-31" },         { "", 2025, "2025-12-31" },
};

/* 3Q26 is the analysts' shorthand (a calendar quarter unless the note
 * counts the company's quarters, which the extractor decides); the forms
 * that say FY or CY are no shorthand. */
START_TEST(test_shorthand)
{
	static const struct {
		const char *text;
		int shorthand;
	} shorthands[] = { { "3Q26", 1 }, { "4Q25E", 1 }, { "1Q27A", 1 }, { "3QFY26", 0 }, { "FY26Q3", 0 },
		      { "Q3 2026", 0 }, { "2026Q3", 0 }, { "26Q3", 0 } };
	for (size_t i = 0; i < sizeof(shorthands) / sizeof(shorthands[0]); i++) {
		struct period_span *sp = NULL;
		size_t n = 0, cap = 0;
		const char *t = shorthands[i].text;
		ck_assert_int_eq(period_scan(ps, t, strlen(t), NULL, 0, &sp, &n, &cap, NULL), 0);
		ck_assert_msg(n == 1 && sp[0].expr.type == PERIOD_QUARTER, "'%s': %zu spans", t, n);
		ck_assert_msg(sp[0].expr.shorthand == shorthands[i].shorthand, "'%s': shorthand %d", t, sp[0].expr.shorthand);
		free(sp);
	}
}
END_TEST

START_TEST(test_fy_end)
{
	struct fiscal_calendar c;
	ck_assert_int_eq(period_calendar_parse(fy_ends[_i].rule, &c), 0);
	char out[11];
	date_format(period_fy_end(&c, fy_ends[_i].fy), out);
	ck_assert_str_eq(out, fy_ends[_i].end);
}
END_TEST

START_TEST(test_bad_rules)
{
	struct fiscal_calendar c;
	const char *bad[] = { "13-01", "02-30", "last-xyz-01", "nearest-sun-10", "06/30", "sometime" };
	for (size_t i = 0; i < ARRAY_LEN(bad); i++)
		ck_assert_msg(period_calendar_parse(bad[i], &c) == -1, "'%s' parsed", bad[i]);
	char out[32];
	ck_assert_int_eq(period_calendar_parse("nearest-sun-10-31", &c), 0);
	period_calendar_format(&c, out, sizeof(out));
	ck_assert_str_eq(out, "nearest-sun-10-31");
	/* /q1 goes with week-based rules only, and is written back */
	ck_assert_int_eq(period_calendar_parse("12-31/q1", &c), -1);
	ck_assert_int_eq(period_calendar_parse("last-sat-09/q2", &c), -1);
	ck_assert_int_eq(period_calendar_parse("last-sat-09/q1", &c), 0);
	period_calendar_format(&c, out, sizeof(out));
	ck_assert_str_eq(out, "last-sat-09/q1");
}
END_TEST

/* A 53-week year's extra week in the first quarter (Apple's fiscal 2017)
 * moves the ends of the first three quarters a week on; a 52-week year
 * and a rule without /q1 keep 13-week quarters counted from the start. */
START_TEST(test_long_first_quarter)
{
	static const struct {
		const char *rule, *label, *end;
	} long_years[] = {
		{ "last-sat-09/q1", "FY2017Q1", "2016-12-31" }, { "last-sat-09/q1", "FY2017Q2", "2017-04-01" },
		{ "last-sat-09/q1", "FY2017Q3", "2017-07-01" }, { "last-sat-09/q1", "FY2017Q4", "2017-09-30" },
		{ "last-sat-09/q1", "FY2018Q2", "2018-03-31" }, { "last-sat-09", "FY2017Q2", "2017-03-25" },
	};
	for (size_t i = 0; i < ARRAY_LEN(long_years); i++) {
		struct period p;
		ck_assert_int_eq(resolve_text(long_years[i].label, long_years[i].rule, "2018-06-01", 0, &p), 0);
		char e[11];
		date_format(p.end, e);
		ck_assert_msg(!strcmp(e, long_years[i].end), "%s under %s: %s", long_years[i].label, long_years[i].rule, e);
	}
}
END_TEST

START_TEST(test_prior_year)
{
	struct period p, q;
	ck_assert_int_eq(resolve_text("2025年第三季度", CAL, "2025-11-01", 0, &p), 0);
	struct fiscal_calendar c;
	period_calendar_parse(CAL, &c);
	period_prior_year(&p, &c, &q);
	char e[11];
	date_format(q.end, e);
	ck_assert_str_eq(e, "2024-09-30");
	ck_assert_int_eq(resolve_text("FY2026Q1", NVDA, "2025-06-01", 0, &p), 0);
	period_calendar_parse(NVDA, &c);
	period_prior_year(&p, &c, &q);
	date_format(q.end, e);
	ck_assert_str_eq(e, "2024-04-28");
}
END_TEST

START_TEST(test_labels)
{
	struct period_expr x;
	ck_assert_int_eq(period_parse_label("FY2026Q1", &x), 0);
	ck_assert_int_eq(x.fiscal, 1);
	ck_assert_int_eq(x.index, 1);
	ck_assert_int_eq(period_parse_label("2025Q3", &x), 0);
	ck_assert_int_eq(x.fiscal, 0);
	ck_assert_int_eq(period_parse_label("2025-10", &x), 0);
	ck_assert_int_eq(x.type, PERIOD_MONTH);
	ck_assert_int_eq(period_parse_label("2025Q5", &x), -1);
	ck_assert_int_eq(period_parse_label("soon", &x), -1);
}
END_TEST

int main(void)
{
	struct errmsg e;
	ps = period_scanner_new(&e);
	if (!ps) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	Suite *s = suite_create("period");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_cases, 0, ARRAY_LEN(cases));
	tcase_add_loop_test(tc, test_unplaced, 0, ARRAY_SIZE(unplaced));
	tcase_add_loop_test(tc, test_not_periods, 0, ARRAY_LEN(not_periods));
	tcase_add_loop_test(tc, test_fy_end, 0, ARRAY_LEN(fy_ends));
	tcase_add_test(tc, test_bad_rules);
	tcase_add_test(tc, test_long_first_quarter);
	tcase_add_test(tc, test_shorthand);
	tcase_add_test(tc, test_prior_year);
	tcase_add_test(tc, test_labels);
	suite_add_tcase(s, tc);
	int rc = run_suite(s);
	period_scanner_free(ps);
	return rc;
}
