/*
 * Period expressions and fiscal calendars (see period.h). The forms are a
 * table: each row is a pattern, the period it names and the roles of its
 * capture groups. They are joined into one PCRE2 alternation, most specific
 * first, each tagged with (*MARK:row) so a match knows its row. Every form
 * holds a digit or one of a few trigger words (季, 半年, quarter, year...),
 * so the alternation runs only in a window around those, found by a scan
 * and a trie, never at every byte.
 */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "period.h"
#include "rx.h"
#include "wordtrie.h"
#include "banned.h"

#define Y4 "((?:19|20)\\d{2})"
/* a fiscal year in Chinese: 财年, and Taiwan's 会计年度 */
#define FY_CN "(?:财年|会计年度)"
#define Y24 "'?((?:19|20)\\d{2}|\\d{2})(?![0-9])"
/* a year before 年, as Chinese writers often give it in two digits (25年Q3,
 * 24年全年): 2010-2029 only, and no part of a longer number; or as Taiwan
 * counts them (民國114年 is 2025: 100-119, 2011-2030) */
#define Y4N "((?:19|20)\\d{2}|(?<![0-9.])1[01]\\d|(?<![0-9.])[12]\\d)"
#define ORD "(first|second|third|fourth|1st|2nd|3rd|4th)"
#define MONTHS "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
#define MONTHS_LONG "(January|February|March|April|May|June|July|August|September|October|November|December)"

/* Group roles: y year, q quarter (digit or 一二三四), S a quarter in the
 * analysts' shorthand (3Q26: period_expr.shorthand), k quarter number of
 * a Chinese quarter said without 财 (period_expr.either), o English ordinal,
 * h half (1/2, 上/下, first/second), m month (number or name), n months
 * covered by a year-to-date period (digit, 三/两, nine/six), r the first
 * month of a run of months (7-9 月), d day, x matched but unused. */
struct form {
	const char *pattern;
	enum period_span_kind kind;
	enum period_type type;
	enum period_rel rel;
	int fiscal;
	int calendar;
	const char *roles;
	int month_named;
	int asof; /* a point in time: the quarter when the day ends one, else the month; 2 a month's
		   * end said without its day (the end of September) */
};

static const struct form forms[] = {
	/* "the 2017 Tax Cuts and Jobs Act", "the 2022 Inflation Reduction
	 * Act": the year names a law, no figure's period */
	{ Y4 "\\s+(?:[A-Z][A-Za-z&-]*\\s+(?:(?:and|of|for)\\s+)?){0,6}(?:Act|Law|Reform)\\b", PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* "at Google I/O 2026", "CES 2025": the year names an event, no
	 * figure's period */
	{ "(?<=I/O |CES |WWDC |GTC |MWC |Computex |Ignite |Dreamforce |re:Invent |Hot Chips )" Y4, PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* 2024 年同期: the context's period in that year (before the forms of a
	 * bare year, which would take its first half) */
	{ Y4N "\\s*年\\s*同期", PSPAN_PERIOD, PERIOD_QUARTER, PREL_SAME, 0, 0, "y", 0, 0 },
	/* periods named by their last day: 截至 2025 年 9 月 30 日止三个月 (and
	 * 截至2021年8月1日的第二季度, whose number the day already settles), the
	 * quarter ended September 30, 2025, as of September 30, 2025 */
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*止?\\s*的?\\s*(?:三个月|3\\s*个月|(?:第?\\s*[一二三四1-4]\\s*)?(?:季度|财季))", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "ymx", 1, 0 },
	/* (its year unsaid: 在截至9月30日的上一季度, the quarter that ended
	 * then, not the one before it) */
	{ "(?:截至|截止)\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*止?\\s*的?\\s*(?:上一?个?|本|该)?\\s*(?:三个月|季度|财季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "mx", 1, 0 },
	/* 截至二零二五年十二月三十一日止年度 (a year, as Hong Kong results give
	 * it): the year ending in that month */
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*止?\\s*的?\\s*(?:年度|财年|财政年度|全年)", PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "ymx", 1, 0 },
	/* (or by its month's end: 截至2014年9月底的上一财年, the year that
	 * ended then) */
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:底|末)?\\s*止?\\s*的\\s*(?:上一?个?|本|该)?\\s*(?:财年|财政年度|会计年度)", PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "ym", 1, 0 },
	/* six or nine months ended a day: a half, a year to date, counted back
	 * from that day (a fiscal one when the company's year starts there;
	 * one that starts with neither its year nor the calendar's is left
	 * out). Twelve months ended a day is a year the same way: the company's
	 * or the calendar's, else (a trailing year) none. */
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*止?\\s*的?\\s*([六九]|6|9)\\s*个月", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "yexc", 0, 0 },
	{ "(?:the\\s+)?(six|nine|6|9)\\s+months\\s+ended\\s+" MONTHS "\\.?\\s+(\\d{1,2}),?\\s+" Y4, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cexy", 0, 0 },
	{ "(?:the\\s+)?(six|nine|6|9)\\s+months\\s+ended\\s+" MONTHS "\\.?\\s+(\\d{1,2})(?!\\d)", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cex", 0, 0 },
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*止?\\s*的?\\s*(?:十二|12)\\s*个月", PSPAN_PERIOD, PERIOD_YTD, PREL_OPEN, 0, 0, "", 0, 0 },
	/* (and "the trailing twelve months ended December 31, 2013": the
	 * trailing year that ended then) */
	{ "(?:the\\s+)?(?:trailing\\s+)?(twelve|12)\\s+months\\s+ended\\s+" MONTHS "\\.?\\s+(\\d{1,2}),?\\s+" Y4, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cexy", 0, 0 },
	{ "(?:the\\s+)?(?:trailing\\s+)?(twelve|12)\\s+months\\s+ended\\s+" MONTHS "\\.?\\s+(\\d{1,2})(?!\\d)", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cex", 0, 0 },
	/* day first, as Hong Kong and British filings write it: the six months
	 * ended 30 June 2025, the three months ended 30 September 2025, the
	 * year ended 31 December 2024, as at 30 September 2025 */
	{ "(?:the\\s+)?(six|nine|6|9)\\s+months\\s+ended\\s+(\\d{1,2})\\s+" MONTHS ",?\\s+" Y4, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cxey", 0, 0 },
	{ "(?:the\\s+)?(?:trailing\\s+)?(twelve|12)\\s+months\\s+ended\\s+(\\d{1,2})\\s+" MONTHS ",?\\s+" Y4, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cxey", 0, 0 },
	{ "(?:the\\s+)?(?:fiscal\\s+)?(?:quarter|three\\s+months)\\s+ended\\s+(\\d{1,2})\\s+" MONTHS ",?\\s+" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "xmy", 1, 0 },
	{ "(?:the\\s+)?(?:fiscal\\s+|financial\\s+)?year\\s+ended\\s+(\\d{1,2})\\s+" MONTHS ",?\\s+" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "xmy", 1, 0 },
	{ "as\\s+(?:of|at)\\s+(\\d{1,2})\\s+" MONTHS ",?\\s+" Y4, PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "dmy", 0, 1 },
	/* the first half of fiscal 2026, the second half of 2025 */
	{ "(?:the\\s+)?(first|second)[-\\s]+half\\s+of\\s+(?:fiscal\\s+(?:year\\s+)?|FY\\s*)" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "hy", 0, 0 },
	{ "(?:the\\s+)?(first|second)[-\\s]+half\\s+of\\s+(?:calendar\\s+(?:year\\s+)?)?" Y4, PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "hy", 0, 0 },
	{ "(?:the\\s+)?(?:fiscal\\s+)?(?:quarter|quarterly\\s+period|three\\s+months)\\s+(?:ended|to|through)\\s+" MONTHS "\\.?\\s+(\\d{1,2}),?\\s+" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "mxy", 1, 0 },
	/* the fiscal year ended June 30, 2025: the year ending in that month,
	 * one of the company's own years or the calendar's */
	{ "(?:the\\s+)?(?:fiscal\\s+)?year\\s+ended\\s+" MONTHS "\\.?\\s+(\\d{1,2}),?\\s+" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "mxy", 1, 0 },
	/* "its revenue outlook for the January 2023 fiscal year": the year
	 * that ends in that month */
	{ MONTHS_LONG "\\s+" Y4 "\\s+fiscal\\s+year", PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "my", 1, 0 },
	/* "4th Quarter May 2017 earnings": a quarter named by its number and
	 * the month and year it ends in */
	{ "(?:the\\s+)?" ORD "[-\\s]+quarter\\s+" MONTHS_LONG "\\s+" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "omy", 1, 0 },
	/* the quarter ended September, the three months to September 2025 */
	/* (and "the first quarter ending March 2016": the month says which) */
	{ "(?:the\\s+)?(?:(?:first|second|third|fourth)[-\\s]+)?(?:quarter|three\\s+months)\\s+(?:ended|ending|to|through)\\s+" MONTHS "(?!\\.?\\s+\\d{1,2}\\b)\\s+" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "my", 1, 0 },
	{ "(?:the\\s+)?(?:quarter|three\\s+months)\\s+(?:ended|ending|to|through)\\s+" MONTHS "(?!\\.?\\s+\\d)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	/* the quarter ending in early May */
	/* (and "the fiscal third quarter ending in March": the month says
	 * which) */
	{ "(?:the\\s+)?(?:fiscal\\s+)?(?:(?:first|second|third|fourth)[-\\s]+)?(?:quarter|three\\s+months)\\s+(?:ended|ending)\\s+in\\s+(?:(?:early|mid|late)[-\\s]+)?" MONTHS_LONG "(?!\\.?\\s+\\d)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	/* "fiscal 2025, which ended in November": when the year said ended,
	 * no figure's period */
	/* (or ends: "Microsoft's 2026 fiscal year, which ends in June") */
	{ "(?:which|that)\\s+(?:ended|ends|will\\s+end)\\s+in\\s+(?:(?:early|mid|late)[-\\s]+)?" MONTHS_LONG, PSPAN_OTHER, 0, 0, 0, 0, "x", 0, 0 },
	/* "Now, half-way through 2021, ...": a time in the year, no figure's
	 * period */
	{ "(?:half-?way|midway|partway)\\s+(?:through|into)\\s+" Y4, PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* "three tech companies ended their 2023 fiscal year in December": the
	 * month a fiscal year ends in, no figure's period */
	{ "(?<=fiscal year |fiscal years )in\\s+" MONTHS_LONG "(?!\\s+\\d)", PSPAN_OTHER, 0, 0, 0, 0, "x", 0, 0 },
	/* "(FY26, ended January 2026)": when the period named before it ended */
	{ "(?<=, )(?:ended|ending)\\s+" MONTHS_LONG "\\s+" Y4, PSPAN_OTHER, 0, 0, 0, 0, "xy", 0, 0 },
	/* the quarter ended Aug. 31, the three months to March 31: its year
	 * from the report's date */
	{ "(?:the\\s+)?(?:fiscal\\s+)?(?:quarter|quarterly\\s+period|three\\s+months)\\s+(?:ended|ending|to|through)\\s+" MONTHS "\\.?\\s+(\\d{1,2})(?!\\d|,?\\s+\\d{4})", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "mx", 1, 0 },
	/* (the day before the month: "the three months ended 31 December") */
	{ "(?:the\\s+)?(?:fiscal\\s+)?(?:quarter|quarterly\\s+period|three\\s+months)\\s+(?:ended|ending|to|through)\\s+(\\d{1,2})\\s+" MONTHS "(?!\\.?,?\\s+\\d{4})", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "xm", 1, 0 },
	{ "(?:截至|截止)\\s*" Y4 "\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:末)?", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "ymd", 0, 1 },
	{ "as\\s+of\\s+" MONTHS "\\.?\\s+(\\d{1,2}),?\\s+" Y4, PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "mdy", 0, 1 },
	/* at the end of September (2025): the month's last day, a stock's
	 * quarter when one ends then (asof 2) */
	{ "(?:at\\s+)?the\\s+end\\s+of\\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+" Y4 ")?(?!\\s*\\d{1,2}\\b)", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "my", 0, 2 },
	/* as of June, as of June 2025: that month */
	{ "as\\s+of\\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+" Y4 ")?(?!\\s*\\d{1,2}\\b)", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "my", 0, 0 },
	/* dates with a day, year ranges, durations: not periods */
	{ Y4 "\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]", PSPAN_DATE, 0, 0, 0, 0, "y", 0, 0 },
	{ "\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]", PSPAN_DATE, 0, 0, 0, 0, "", 0, 0 },
	{ "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}", PSPAN_DATE, 0, 0, 0, 0, "", 0, 0 },
	{ MONTHS "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" Y4, PSPAN_DATE, 0, 0, 0, 0, "my", 0, 0 },
	{ "\\d{1,2}\\s+" MONTHS "\\s+" Y4, PSPAN_DATE, 0, 0, 0, 0, "my", 0, 0 },
	{ Y4 "\\s*(?:-|~|至|到)\\s*(?:(?:19|20)\\d{2}|\\d{2})(?![0-9])\\s*(?:年|财年)?", PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* 25-27年: years written short, a range of them (2015-2035 only: not
	 * "12-18 年" of a duration) */
	{ "(?<![0-9.])(1[5-9]|2\\d|3[0-5])\\s*(?:-|~)\\s*(?:1[5-9]|2\\d|3[0-5])(?![0-9])\\s*年(?![0-9])", PSPAN_OTHER, 0, 0, 0, 0, "y",
	  0, 0 },
	/* FY26-27年, FY2026-FY2027: two fiscal years, no one period */
	{ "FY\\s*((?:19|20)\\d{2}|\\d{2})E?\\s*(?:-|~|至|到)\\s*(?:FY\\s*)?(?:(?:19|20)\\d{2}|\\d{2})E?(?![0-9])\\s*(?:年|财年)?",
	  PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	{ "(?:自\\s*)?" Y4 "\\s*年?\\s*(?:以来|至今)", PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	{ "since\\s+" Y4, PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* the past four quarters, 过去四个季度: a trailing year (before the
	 * durations that would take 四个季度) */
	{ "(?:过去|近|最近)\\s*(?:四|4)\\s*个\\s*季度|(?:the\\s+)?(?:past|last|trailing)\\s+(?:four|4)\\s+quarters", PSPAN_PERIOD, PERIOD_YEAR, PREL_TTM, 0, 0, "", 0, 0 },
	{ "\\d+\\s*(?:(?:-|~|至)\\s*\\d+\\s*)?个(?:月|季度)", PSPAN_OTHER, 0, 0, 0, 0, "", 0, 0 },
	{ "[一二三四五六七八九十]+个(?:月|季度)", PSPAN_OTHER, 0, 0, 0, 0, "", 0, 0 },
	/* unresolvable spans that must stop a period being carried on */
	{ "未来\\s*(?:[一二三四五六七八九十两几]+|\\d{1,2}(?!\\d))\\s*(?:个)?(?:年|季度|月)", PSPAN_PERIOD, PERIOD_YEAR, PREL_OPEN, 0, 0, "", 0, 0 },
	/* "less than 1% in recent quarters": no one quarter */
	{ "(?:in\\s+)?(?:recent|the\\s+(?:past|last)\\s+(?:few|several))\\s+(?:quarters|years)", PSPAN_PERIOD, PERIOD_YEAR, PREL_OPEN, 0, 0, "", 0, 0 },
	{ "(?:over\\s+)?the\\s+next\\s+(?:\\w+\\s+)?(?:years|quarters)|coming\\s+years|中长期|long[-\\s]term|year[-\\s]to[-\\s]date", PSPAN_PERIOD, PERIOD_YEAR, PREL_OPEN, 0, 0, "", 0, 0 },
	/* a week is no period we store, and no earlier period holds through it */
	{ "最近一周|本周|上周|当周|近一周|(?:this|last|the\\s+past|the\\s+latest)\\s+week", PSPAN_PERIOD, PERIOD_MONTH, PREL_OPEN, 0, 0, "", 0, 0 },
	/* fiscal quarters */
	{ "FY\\s*" Y24 "\\s*[-/ ]?\\s*Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	/* 26FYQ1: the year before its mark */
	{ "(?<![0-9.])(\\d{2})\\s*FY\\s*Q([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	/* 苹果2025四季报, 2025年三季报: the report of that year's quarter */
	{ Y4N "\\s*年?\\s*([一二三四])\\s*季报", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	{ "FY\\s*" Y24 "\\s*(?:" FY_CN ")?\\s*第?\\s*([一二三四])\\s*(?:财季|季度|季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	{ "([1-4])Q\\s*FY\\s*" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	{ "FY\\s*([1-4])Q\\s*" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	{ "Q([1-4])\\s*(?:of\\s+)?(?:FY\\s*|fiscal\\s+(?:year\\s+)?)" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	{ "F([1-4])Q\\s*" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	/* FQ1'26, FQ1 2026: a broker's fiscal quarter */
	{ "FQ([1-4])\\s*" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	{ "fiscal\\s+(?:year\\s+)?Q([1-4])\\s*(?:of\\s+)?(?:FY\\s*)?" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	{ "fiscal\\s+(?:year\\s+)?" Y4 "\\s+" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yo", 0, 0 },
	{ "fiscal\\s+(?:year\\s+)?" Y4 "\\s+Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	/* fiscal fourth-quarter 2025, fiscal third quarter of 2026 */
	/* ("its fiscal first quarter of 2026": the year with it, from its) */
	{ "(?:(?:the|its|their)\\s+)?fiscal\\s+" ORD "[-\\s]+quarter\\s+(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "oy", 0, 0 },
	{ "(?:the\\s+)?" ORD "[-\\s]+(?:fiscal\\s+)?quarter\\s+(?:of\\s+)?(?:(?:its|their|the\\s+company's)\\s+)?(?:fiscal\\s+(?:year\\s+)?|FY\\s*)" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "oy", 0, 0 },
	/* "the fourth quarter of its 2016 financial year" */
	{ "(?:the\\s+)?" ORD "[-\\s]+(?:fiscal\\s+)?quarter\\s+of\\s+(?:its|their|the(?:\\s+company's)?)\\s+" Y4 "\\s+(?:fiscal|financial)\\s+year", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "oy", 0, 0 },
	/* (2011财年的第二季度: with 的 between) */
	{ Y4 "\\s*" FY_CN "\\s*(?:的\\s*)?第?\\s*([一二三四1-4首次])\\s*(?:财季|季度|季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	/* 会计年度2016年第二季: the word for fiscal year before the year */
	{ "(?<=财年|会计年度)" Y4 "\\s*年?\\s*第?\\s*([一二三四1-4])\\s*(?:财季|季度|季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	{ Y4 "\\s*" FY_CN "\\s*Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yq", 0, 0 },
	/* fiscal halves */
	{ "FY\\s*" Y24 "\\s*[-/ ]?\\s*H([12])", PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "yh", 0, 0 },
	{ "([12])H\\s*FY\\s*" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "hy", 0, 0 },
	{ "FY\\s*([12])H\\s*" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "hy", 0, 0 },
	{ "H([12])\\s*FY\\s*" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "hy", 0, 0 },
	{ Y4 "\\s*" FY_CN "\\s*(上|下)半(?:年|财年)", PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "yh", 0, 0 },
	{ "FY\\s*" Y24 "\\s*(上|下)半年", PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "yh", 0, 0 },
	/* calendar quarters */
	{ Y4 "\\s*Q([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	{ "Q([1-4])\\s*" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "qy", 0, 0 },
	/* Q4'25, Q3'26: the company's own shorthand for its quarters (Nvidia's
	 * Q3'26 is fiscal 2026's third) */
	{ "Q([1-4])\\s*'(\\d{2})(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	/* (or with a hyphen, as AMD heads its tables: Q3-16   Q2-16   Q3-15) */
	{ "(?<![A-Za-z0-9-])Q([1-4])-(\\d{2})(?![0-9-])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	/* (and with the whole year, a table's head: Q2'2021 Q2'2020) */
	{ "Q([1-4])'((?:19|20)\\d{2})(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qy", 0, 0 },
	/* 3Q26: the calendar's, unless the text counts the company's own
	 * quarters (struct period_expr) */
	/* 3Q26: the calendar's, unless the text counts the company's own
	 * quarters (role S: struct period_expr's shorthand) */
	{ "([1-4])Q\\s*" Y24, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "Sy", 0, 0 },
	{ "(\\d{2})\\s*Q([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	/* (2017年度首季: 年度, the year, as Hong Kong writes it) */
	{ Y4N "\\s*年度?\\s*(?:第\\s*)?([一二三四1-4]|[首次](?=季))\\s*季(?:度)?", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	{ Y4N "\\s*年\\s*Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	{ "(?:the\\s+)?" ORD "[-\\s]+quarter\\s+(?:of\\s+)?(?:calendar\\s+(?:year\\s+)?)?" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "oy", 0, 0 },
	/* "2014's fourth quarter", "2025's fiscal second quarter": the year
	 * first, its quarter after the possessive */
	{ Y4 "(?:'|\xe2\x80\x99)s\\s+fiscal\\s+" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "yo", 0, 0 },
	{ Y4 "(?:'|\xe2\x80\x99)s\\s+" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yo", 0, 0 },
	{ Y4 "(?:'|\xe2\x80\x99)s\\s+Q([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "yq", 0, 0 },
	/* "second-quarter (Q2) 2026 earnings": the quarter's number said again
	 * in brackets, then a year whose quarter (the company's or the
	 * calendar's) the words leave open; the quarter before it stands */
	{ "(?<=\\()Q[1-4]\\)\\s+" Y4, PSPAN_OTHER, 0, 0, 0, 0, "y", 0, 0 },
	/* the September quarter of 2025; the July quarter, as Nvidia's
	 * quarters are called by the month they end in */
	{ "(?:the\\s+)?" MONTHS_LONG "[-\\s]quarter\\s+(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "my", 1, 0 },
	/* year to date */
	{ Y4N "\\s*年\\s*[前首]\\s*(三|两|二)\\s*季(?:度)?", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "yn", 0, 0 },
	{ Y4N "\\s*年\\s*前\\s*([1-9]|1[01])\\s*(?:个|個)?月(?:份)?", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "yn", 0, 0 },
	{ Y4N "\\s*年\\s*1\\s*(?:月\\s*)?(?:-|~|至|到)\\s*(\\d{1,2})\\s*月(?:累计|累計)?", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "yn", 0, 0 },
	{ "([1-9]|1[01])M\\s*" Y24, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "ny", 0, 0 },
	{ "(?:the\\s+)?first\\s+(six|nine|three)\\s+months\\s+(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?|FY\\s*)" Y24, PSPAN_PERIOD, PERIOD_YTD, 0, 1, 0, "ny", 0, 0 },
	{ "(?:the\\s+)?first\\s+(six|nine|three)\\s+months\\s+(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "ny", 0, 0 },
	/* "the nine months through December (2025)": to the end of that month */
	{ "(?:the\\s+)?(six|nine|6|9)\\s+months\\s+(?:through|to|ending|ended|ended\\s+in)\\s+(?:the\\s+end\\s+of\\s+)?" MONTHS_LONG "(?!\\.?\\s+\\d{1,2}\\b(?!\\d))(?:,?\\s+" Y4 ")?",
	  PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "cey", 0, 0 },
	/* "in the first nine months": of the company's year reported */
	{ "(?:the\\s+)?first\\s+(six|nine)\\s+months(?!\\s+(?:of|ended|ending|through|to)\\b)", PSPAN_PERIOD, PERIOD_YTD, 0, 1, 0, "n", 0, 0 },
	/* the first nine months of the fiscal year, of the year: to date, its
	 * year unsaid */
	{ "(?:the\\s+)?first\\s+(six|nine|three)\\s+months\\s+of\\s+(?:the|its|this|their|our)\\s+(?:current\\s+)?fiscal(?:\\s+year)?(?!\\s+(?:19|20)?\\d\\d)",
	  PSPAN_PERIOD, PERIOD_YTD, 0, 1, 0, "n", 0, 0 },
	{ "(?:the\\s+)?first\\s+(six|nine|three)\\s+months\\s+of\\s+(?:the|this)\\s+year", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "n", 0, 0 },
	{ "[前首]\\s*(三|两|二|[23](?![0-9]))\\s*季(?:度)?", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "n", 0, 0 },
	/* "the nine-month picture", "nine-month revenue": the company's year to
	 * date (not "the nine-month period ended", read by the forms of spans) */
	{ "(nine)[-\\s]month(?!s?\\s+(?:period\\s+)?end)", PSPAN_PERIOD, PERIOD_YTD, 0, 1, 0, "n", 0, 0 },
	/* 累计今年6个月, 今年首9个月: the company's year to date, its year unsaid */
	{ "(?:累计\\s*今年|今年(?:首|前))\\s*([1-9]|1[01])\\s*(?:个|個)?月|今年\\s*([1-9]|1[01])\\s*(?:个|個)月", PSPAN_PERIOD, PERIOD_YTD, 0, 1, 0, "nn", 0, 0 },
	/* 前11月累計: the first months of the year, to the one named */
	{ "(?<![0-9])前\\s*([1-9]|1[01])\\s*(?:个|個)?月(?:份)?", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "n", 0, 0 },
	{ "(?<![0-9])1\\s*(?:-|~|至)\\s*(\\d{1,2})\\s*月", PSPAN_PERIOD, PERIOD_YTD, 0, 0, 0, "n", 0, 0 },
	/* 2025 年 7-9 月: three calendar months that make a quarter (any
	 * other run of months is no period we name) */
	/* (2025年4月至9月: the first month said with its 月) */
	{ Y4N "\\s*年\\s*(\\d{1,2})\\s*(?:月\\s*)?(?:-|~|至|到)\\s*(\\d{1,2})\\s*月(?:份)?", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 1, "yrm", 1, 0 },
	/* 2025 年 12 月-2026 年 2 月: three months over a year's end (Oracle's
	 * third quarter) */
	{ Y4N "\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:-|~|至|到)\\s*" Y4N "\\s*年\\s*(\\d{1,2})\\s*月(?:份)?", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 1, "zrym", 1, 0 },
	{ "(?<![0-9])(\\d{1,2})\\s*(?:月\\s*)?(?:-|~|至|到)\\s*(\\d{1,2})\\s*月(?:份)?", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 1, "rm", 1, 0 },
	/* halves */
	{ Y4N "\\s*年\\s*(上|下)\\s*半年", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "yh", 0, 0 },
	/* 2025 年半年度报告, 2025 年中期报告: the interim report's first half */
	{ Y4N "\\s*年\\s*(?:半年度|半年报|中期(?=\\s*(?:报告|业绩|财报)))", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "y", 0, 0 },
	{ Y4 "\\s*H([12])(?![0-9])", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "yh", 0, 0 },
	{ "(?<![0-9.])(\\d{2})\\s*H([12])(?![0-9])", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "yh", 0, 0 },
	{ "H([12])\\s*" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "hy", 0, 0 },
	{ "([12])H\\s*" Y24, PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "hy", 0, 0 },
	{ "(?:the\\s+)?(first|second)[-\\s]+half\\s+(?:of\\s+)?(?:calendar\\s+)?" Y4, PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "hy", 0, 0 },
	{ Y4 "(?:'|\xe2\x80\x99)s\\s+(first|second)[-\\s]+half", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "yh", 0, 0 },
	/* months */
	/* 2025年9月季度, 9月季度: the quarter ended in that month, as Hong Kong
	 * and mainland writers name Alibaba's (the September quarter) */
	{ Y4N "\\s*年\\s*(\\d{1,2})\\s*月\\s*(?:份\\s*)?季度?(?![末底])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "ym", 1, 0 },
	{ Y4N "\\s*年\\s*(\\d{1,2})\\s*月(?:份|底|末)?", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "ym", 0, 0 },
	/* 元月, January as Taiwan writes it (not 亿元月均: a yuan) */
	{ Y4N "\\s*年\\s*(元)月", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "ym", 0, 0 },
	{ "(?<![0-9年亿万千百美港币日])(元)月(?!均)", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "m", 0, 0 },
	{ MONTHS "\\.?\\s+(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "my", 0, 0 },
	/* years */
	{ "FY\\s*" Y24, PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	/* F25, F26E: a broker's fiscal years, as its F3Q25 (2015-2035 only) */
	{ "(?<![A-Za-z0-9-])F(1[5-9]|2\\d|3[0-5])E?(?![0-9A-Za-z-])", PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	{ "fiscal\\s+(?:year\\s+)?" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	{ Y4 "\\s*" FY_CN "(?:全年|年度)?", PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	{ Y4 "\\s+(?:fiscal|financial)\\s+year", PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	{ "CY\\s*" Y24 "|calendar\\s+(?:year\\s+)?" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 1, "yy", 0, 0 },
	{ "(?:by\\s+)?(?:(?:the\\s+)?end\\s+of\\s+|end-|year[-\\s]end\\s+)" Y4, PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_END, 0, 0, "y", 0, 0 },
	/* "aims to exit 2026 at $7 billion to $9 billion of run-rate revenue":
	 * a rate the year ends on, its last month */
	{ "exit(?:s|ed|ing)?\\s+" Y4, PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_END, 0, 0, "y", 0, 0 },
	{ Y4N "\\s*年\\s*(?:底|末)", PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_END, 0, 0, "y", 0, 0 },
	/* 年初, at the start of the year: its first month (not 年初至今, the
	 * year to date) */
	{ Y4N "\\s*年\\s*初(?!\\s*至)", PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_START, 0, 0, "y", 0, 0 },
	{ "(?:at\\s+)?the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+)?year", PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_START, 0, 0,
	  "", 0, 0 },
	{ "(?<!今)年初(?!\\s*至)", PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_START, 0, 0, "", 0, 0 },
	{ "full[-\\s]year\\s+(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "y", 0, 0 },
	/* "for the full fiscal year 2022": the company's year of that name */
	{ "(?:the\\s+)?full\\s+(?:fiscal|financial)\\s+(?:year\\s+)?(?:of\\s+)?" Y4, PSPAN_PERIOD, PERIOD_YEAR, 0, 1, 0, "y", 0, 0 },
	{ Y4 "\\s*年(?:\\s*全年|度)?", PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "y", 0, 0 },
	/* 25年, 24年全年 — but not a count of years: 过去20年, 近10年, 10年期,
	 * 20年来 */
	{ "(?<![0-9.])(?<!过去)(?<!未来)(?<!近)(?<!超过)(?<!长达)(?<!连续)(?<!第)(?<!约)(?<!逾)"
	  "(1[01]\\d|[12]\\d)\\s*年(?:全年|度)?(?!\\s*(?:期|来|以来|间|内|之内|前|后|左右|多|以上|以下|有余))",
	  PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "y", 0, 0 },
	/* years counted from the report's date */
	{ "(?:this|the\\s+current)\\s+fiscal\\s+year", PSPAN_PERIOD, PERIOD_YEAR, PREL_THIS_YEAR, 1, 0, "", 0, 0 },
	/* "FY Guidance:" over a list of targets: the fiscal year under way */
	{ "FY(?=\\s+(?:[Gg]uidance|[Oo]utlook|[Tt]argets?|[Ff]orecast)\\b)", PSPAN_PERIOD, PERIOD_YEAR, PREL_THIS_YEAR, 1, 0, "", 0, 0 },
	{ "本" FY_CN "(?!\\s*第?\\s*[一二三四]\\s*季)", PSPAN_PERIOD, PERIOD_YEAR, PREL_THIS_YEAR, 1, 0, "", 0, 0 },
	{ "next\\s+fiscal\\s+year", PSPAN_PERIOD, PERIOD_YEAR, PREL_NEXT_YEAR, 1, 0, "", 0, 0 },
	{ "下一?" FY_CN "(?!\\s*第?\\s*[一二三四]\\s*季)", PSPAN_PERIOD, PERIOD_YEAR, PREL_NEXT_YEAR, 1, 0, "", 0, 0 },
	{ "(?:this|the\\s+current)\\s+year", PSPAN_PERIOD, PERIOD_YEAR, PREL_THIS_YEAR, 0, 0, "", 0, 0 },
	/* guidance "for the current quarter", current-quarter revenue: the
	 * company's quarter under way on the report's date */
	{ "(?:the\\s+)?current[-\\s]+(?:fiscal[-\\s]+)?quarter", PSPAN_PERIOD, PERIOD_QUARTER, PREL_CURRENT, 1, 0, "", 0, 0 },
	/* 本月, this month: the month the report's date falls in */
	{ "本月(?!\\s*[初底末中])", PSPAN_PERIOD, PERIOD_MONTH, PREL_CURRENT, 0, 0, "", 0, 0 },
	{ "this\\s+month", PSPAN_PERIOD, PERIOD_MONTH, PREL_CURRENT, 0, 0, "", 0, 0 },
	{ "(?:its|the|their|our)\\s+(?:most\\s+recent(?:ly\\s+reported)?|latest|last\\s+reported|just-reported)\\s+(?:fiscal\\s+)?quarter", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LATEST, 1, 0, "", 0, 0 },
	/* "Amazon released its latest financial results, reporting net sales
	 * of ...": the quarter last reported */
	{ "(?:its|their)\\s+(?:latest|most\\s+recent)\\s+(?:quarterly\\s+|financial\\s+|earnings\\s+)?(?:results|earnings\\s+report)", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LATEST, 1, 0, "", 0, 0 },
	/* 集团上季收入, 阿里上季纯利: Hong Kong's "last quarter", the one just
	 * reported (not 上季度, the one before; not 较上季) */
	/* "AWS 營益率 26.3%，上季則為 29%": 上季 set against the quarter just
	 * spoken of is the one before it */
	{ "(?<![较比])上季(?=\\s*[則则])", PSPAN_PERIOD, PERIOD_QUARTER, PREL_PREV, 0, 0, "", 0, 0 },
	/* (and after a comma, as the figure of a base: "较上年同期下降26%;上年
	 * 同期为1.97美元,上季为0.90美元") */
	{ "(?<=[,;])上季(?=\\s*为)", PSPAN_PERIOD, PERIOD_QUARTER, PREL_PREV, 0, 0, "", 0, 0 },
	{ "(?<![较比])上季(?![度末底])", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LATEST, 1, 0, "", 0, 0 },
	/* next quarter, 下季度, 下一季度 (not the first quarter: 一季度 inside it);
	 * Hong Kong's 今季 beside 上季 reported: the quarter under way */
	{ "下一?个?(?:季度|财季)|下季(?![度节])|(?<![0-9])今季(?![度节])|(?:the\\s+)?(?:next|following|coming|upcoming)\\s+(?:fiscal\\s+)?quarter(?!s)",
	  PSPAN_PERIOD, PERIOD_QUARTER, PREL_NEXT, 1, 0, "", 0, 0 },
	{ "今年(?!\\s*(?:第?\\s*[一二三四1-4]\\s*季|[首次]季|上半年|下半年|[前首]三|\\d))|本年度", PSPAN_PERIOD, PERIOD_YEAR, PREL_THIS_YEAR, 0, 0, "", 0, 0 },
	{ "next\\s+year", PSPAN_PERIOD, PERIOD_YEAR, PREL_NEXT_YEAR, 0, 0, "", 0, 0 },
	{ "明年(?!\\s*(?:第?\\s*[一二三四1-4]\\s*季|上半年|下半年|\\d))", PSPAN_PERIOD, PERIOD_YEAR, PREL_NEXT_YEAR, 0, 0, "", 0, 0 },
	/* the end of last year, 去年底; the end of this year, 今年底: December */
	{ "去年\\s*(?:年底|底|年末|末)|(?:at\\s+)?(?:the\\s+)?end\\s+of\\s+last\\s+year", PSPAN_PERIOD, PERIOD_MONTH, PREL_LAST_YEAR, 0, 0, "", 0, 0 },
	{ "今年\\s*(?:年底|底|年末)|(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+this\\s+year", PSPAN_PERIOD, PERIOD_MONTH, PREL_THIS_YEAR, 0, 0, "", 0, 0 },
	/* a quarter of last year or this one: 去年第三季度, the third quarter
	 * last year, last year's third quarter, 今年二季度 */
	{ "去年\\s*(?:第?\\s*([一二三四1-4])|([首次])(?=季))\\s*季度?", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LAST_YEAR, 0, 0, "qq", 0, 0 },
	{ "今年\\s*(?:第?\\s*([一二三四1-4])|([首次])(?=季))\\s*季度?", PSPAN_PERIOD, PERIOD_QUARTER, PREL_THIS_YEAR, 0, 0, "qq", 0, 0 },
	/* a month of this year or last: "January this year", 去年12月 */
	{ "(?:(?:in|by|during|since|through)\\s+)?" MONTHS_LONG "\\s+(?:of\\s+)?this\\s+year", PSPAN_PERIOD, PERIOD_MONTH, PREL_THIS_YEAR, 0, 0, "m", 0, 0 },
	{ "(?:(?:in|by|during|since|through)\\s+)?" MONTHS_LONG "\\s+(?:of\\s+)?last\\s+year", PSPAN_PERIOD, PERIOD_MONTH, PREL_LAST_YEAR, 0, 0, "m", 0, 0 },
	/* (not the first of a run of months that makes a quarter:
	 * 今年10月到12月的这一季度, read by the form of months below) */
	{ "今年\\s*(1[0-2]|[1-9])\\s*月(?!\\s*(?:个|個|(?:-|~|至|到)\\s*\\d{1,2}\\s*月))", PSPAN_PERIOD, PERIOD_MONTH, PREL_THIS_YEAR, 0, 0, "m", 0, 0 },
	{ "去年\\s*(1[0-2]|[1-9])\\s*月(?!\\s*(?:个|個))", PSPAN_PERIOD, PERIOD_MONTH, PREL_LAST_YEAR, 0, 0, "m", 0, 0 },
	{ "(?:the\\s+)?" ORD "[-\\s]+quarter\\s+(?:of\\s+)?last\\s+year", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LAST_YEAR, 0, 0, "o", 0, 0 },
	{ "last\\s+year's\\s+" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LAST_YEAR, 0, 0, "o", 0, 0 },
	{ "Q([1-4])\\s+(?:of\\s+)?last\\s+year", PSPAN_PERIOD, PERIOD_QUARTER, PREL_LAST_YEAR, 0, 0, "q", 0, 0 },
	/* not the base of a change: "up 65% versus last year", "from last year" */
	{ "(?<!same quarter )(?<!same period )(?<!from )(?<!versus )(?<!vs\\. )(?<!vs )(?<!over )(?<!than )"
	  "(?<!with )(?<!to )(?<!since )(?<!time )(?<!of )last\\s+year", PSPAN_PERIOD, PERIOD_YEAR, PREL_LAST_YEAR, 0, 0, "", 0, 0 },
	{ "(?<!较)(?<!比)(?<!于)去年(?!\\s*(?:同期|该季|同季|第?\\s*[一二三四1-4]\\s*季|[首次]季|上半年|下半年|\\d))", PSPAN_PERIOD, PERIOD_YEAR, PREL_LAST_YEAR, 0, 0, "", 0, 0 },
	/* relative and yearless */
	{ "(?:trailing|last)\\s+(?:twelve|12)[-\\s]+months?|\\bTTM\\b|\\bLTM\\b|(?:过去|近)\\s*(?:12|十二)\\s*个月", PSPAN_PERIOD, PERIOD_YEAR, PREL_TTM, 0, 0, "", 0, 0 },
	/* ("expects to end the year above $20 billion in annualized revenue",
	 * "plans to exit this year at"): where a measure is to stand when the
	 * year ends (not "ended the year with", a quarter's close) */
	{ "(?:by\\s+)?(?:the\\s+)?(?:year[-\\s]end|end\\s+of\\s+(?:the\\s+)?year)|(?:to\\s+)(?:end|exit)\\s+(?:the|this)\\s+year|年底|年末", PSPAN_PERIOD, PERIOD_MONTH, PREL_YEAR_END, 0, 0, "", 0, 0 },
	{ "本财季|当财季|本季度|当季度|当季|本季|这一?季度|这个季度|这一?财季|(?:the|this)\\s+quarter(?!\\s+(?:of|ended|ending)\\b)", PSPAN_PERIOD, PERIOD_QUARTER, PREL_SAME, 0, 0, "", 0, 0 },
	/* 季度收入同比增长26%: "the quarter's", as a digest writes it with no
	 * number (not 第三季度, 3季度, 上季度, 单季度, 季度末, 季度报告) */
	{ "(?<![0-9一二三四五六七八九十两几多第上下本当该单每个前后首次各同近去今明])季度(?=收入|营收|营业收入|净利润|利润|营业利润|经营利润|资本支出|资本开支|自由现金流|每股收益|毛利率)",
	  PSPAN_PERIOD, PERIOD_QUARTER, PREL_SAME, 0, 0, "", 0, 0 },
	/* the same quarter of 2024, 2024 年同期: the context's quarter in that year */
	{ "(?:the\\s+)?(?:same|corresponding)\\s+(?:quarter|period|three\\s+months)\\s+(?:of|in)\\s+" Y4, PSPAN_PERIOD, PERIOD_QUARTER, PREL_SAME, 0, 0, "y", 0, 0 },
	/* the same quarter last year, the year-ago quarter: the quarter said
	 * before, a year back */
	{ "(?:the\\s+)?(?:same|corresponding)\\s+(?:quarter|period|three\\s+months)\\s+(?:last\\s+year|(?:a|one)\\s+year\\s+(?:ago|earlier|before|prior)|of\\s+the\\s+(?:previous|prior|last)\\s+year)|"
	  "(?:the\\s+)?(?:year[-\\s]ago|year[-\\s]earlier|prior[-\\s]year)\\s+(?:quarter|period)|"
	  /* (去年该季, 去年同季: that quarter, a year back) */
	  "(?:去年|上年|上一年)\\s*(?:该|同)季度?", PSPAN_PERIOD, PERIOD_QUARTER, PREL_YEAR_BACK, 0, 0, "", 0, 0 },
	/* the prior three months, three months earlier: the quarter before */
	{ "(?<!较)(?:上季度|上一季度|上个季度|上一财季|上个财季|上财季|前一季度|前一季(?!度))|(?<!from )(?:the\\s+)?(?:(?:previous|prior|last|preceding)\\s+quarter|"
	  "(?:previous|prior|preceding)\\s+three\\s+months)|(?:three\\s+months|a\\s+quarter)\\s+(?:earlier|before)",
	  PSPAN_PERIOD, PERIOD_QUARTER, PREL_PREV, 0, 0, "", 0, 0 },
	{ "fiscal\\s+Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "q", 0, 0 },
	{ "FQ([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "q", 0, 0 },
	/* calendar Q3, the calendar third quarter: the calendar's, whatever the company's year */
	{ "calendar\\s+Q([1-4])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 1, "q", 0, 0 },
	{ "(?:the\\s+)?calendar\\s+" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 1, "o", 0, 0 },
	/* (and "the first-fiscal quarter that ends at the close of April") */
	{ "(?:the\\s+|its\\s+)?(?:fiscal\\s+" ORD "|" ORD "[-\\s]+fiscal)[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "oo", 0, 0 },
	/* the third quarter of Alibaba's fiscal year, of its fiscal year: a
	 * quarter of the company's year, its year unsaid */
	{ "(?:the\\s+)?" ORD "[-\\s]+quarter\\s+of\\s+(?:its|their|our|the\\s+company's|[A-Z][A-Za-z.&-]*(?:\\s+[A-Z][A-Za-z.&-]*)?'s)"
	  "\\s+(?:current\\s+)?fiscal\\s+year(?!\\s+(?:19|20)\\d\\d)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "o", 0, 0 },
	{ "(?:本|上一?|该)?" FY_CN "\\s*第?\\s*(?:([一二三四])\\s*季度|([1-4])\\s*季(?:度)?(?![0-9]))", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "qq", 0, 0 },
	{ "自然季度", PSPAN_OTHER, 0, 0, 0, 0, "", 0, 0 },
	/* (not 这一季度, 同一季度, 每一季度, 单一季度: this, the same, each, a
	 * single quarter) */
	{ "(?<![前这同每单])第?\\s*([一二三四])\\s*季度", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	/* 三季报, 一季报: the quarter's report (the year's is the report's) */
	{ "(?<![前年])([一二三四])\\s*季报", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "q", 0, 0 },
	/* 第二财季: a quarter of the company's fiscal year, its year unsaid */
	{ "第\\s*([一二三四])\\s*财季", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "q", 0, 0 },
	/* 二财季, 一财季: the same without 第, as brokers' notes write it (not
	 * 前三财季, the first three) */
	/* (nor 这一财季, 同一财季, 每一财季: this, the same, each quarter) */
	{ "(?<![前第0-9这同每单])([一二三四])\\s*财季", PSPAN_PERIOD, PERIOD_QUARTER, 0, 1, 0, "q", 0, 0 },
	/* 第3季, 第4季度: the quarter's number in digits, as Taiwan writes it
	 * (its figure may follow with no word between: 第2季96.3億美元) */
	{ "第\\s*([1-4])\\s*季(?:度)?", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	/* 3季度, 4季度: without 第, as brokers' notes write it (not 前3季度,
	 * the first three; not 4个季度) */
	{ "(?<![0-9.,前第])([1-4])\\s*季度", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	/* 首季, 首季度: the first quarter, as Hong Kong writes it, its year
	 * unsaid (not 首季报, a report) */
	{ "(首)\\s*季(?:度)?(?!报)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	/* 次季, the second (百度次季收入): not 次季度, the quarter after */
	{ "(?<![今明去本上下是])(次)\\s*季(?![度报])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	/* 第一季, as Taiwan writes the quarter (not 第一季度's head, not a season) */
	{ "第\\s*([一二三四])\\s*季(?!度)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "k", 0, 0 },
	{ "Q([1-4])(?![0-9])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "q", 0, 0 },
	/* "Free cash flow in 4Q was $34.9bn": the shorthand without its year */
	{ "([1-4])Q(?![0-9A-Za-z])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "S", 0, 0 },
	{ "(?:the\\s+)?" ORD "[-\\s]+quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "o", 0, 0 },
	{ "(?:the\\s+)?" MONTHS_LONG "[-\\s]quarter", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	{ "(上|下)\\s*半财年", PSPAN_PERIOD, PERIOD_HALF, 0, 1, 0, "h", 0, 0 },
	{ "(上|下)\\s*半年", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "h", 0, 0 },
	/* 中期纯利, 中期业绩: a Hong Kong company's interim, its first half
	 * (not 中期息, 中长期, 中期目标) */
	{ "(?<![0-9年])中期(?=\\s*(?:纯利|盈利|业绩|收入|营业额|净利|溢利|亏损|营收|股东应占|多赚|少赚|赚|多蚀|少蚀|蚀))", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "", 0, 0 },
	{ "(?:the\\s+)?(first|second)[-\\s]+half(?:\\s+of\\s+the\\s+year)?", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "h", 0, 0 },
	{ "H([12])(?![0-9])", PSPAN_PERIOD, PERIOD_HALF, 0, 0, 0, "h", 0, 0 },
	{ "(?<![0-9])(\\d{1,2})\\s*月\\s*(?:份\\s*)?季度?(?![末底])", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	/* 6月结束的会计季度, 截至6月的季度: the quarter that ended in that month */
	{ "(?:截至|截止)?\\s*(?<![0-9])(\\d{1,2})\\s*月\\s*(?:份\\s*)?(?:结束|截止|为止)?\\s*的\\s*(?:会计|财政|财务)?\\s*(?:季度|财季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	/* 9月底止季度, 12月底止的三个月: the quarter ended at that month's end,
	 * as Hong Kong writes it */
	{ "(?<![0-9])(\\d{1,2})\\s*月\\s*[底末]?\\s*止的?\\s*(?:季度|三个月|季)", PSPAN_PERIOD, PERIOD_QUARTER, 0, 0, 0, "m", 1, 0 },
	{ "(?<![0-9])(\\d{1,2})\\s*月(?:份|底|末|单月)?", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "m", 0, 0 },
	/* in November, as of early June, by mid-March */
	/* (and "we exited December with ARR of $1.25 billion": the rate the
	 * month ended on) */
	/* "January revenues reaching NT$401.26 billion": a month's sales */
	{ MONTHS_LONG "(?=\\s+(?:net\\s+)?(?:revenues?|sales)\\b)", PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "m", 0, 0 },
	{ "(?:in|by|during|since|through|as\\s+of|exit(?:s|ed|ing)?)\\s+(?:(?:early|mid|late)[-\\s]+)?" MONTHS_LONG "(?!\\s+\\d)",
	  PSPAN_PERIOD, PERIOD_MONTH, 0, 0, 0, "m", 0, 0 },
	/* the full fiscal year: the year in the company's calendar */
	/* the full fiscal year, "$26.9 billion for the fiscal year", "for the
	 * full financial year" (not "the
	 * end of its fiscal year", "a strong start to the fiscal year": a
	 * time, no figure's period; "capped off a record fiscal year, with
	 * revenue reaching $416 billion": the year a record was set in) */
	{ "(?:the\\s+)?full\\s+(?:fiscal|financial)\\s+year|(?<=for\\s)the\\s+(?:fiscal|financial)\\s+year|(?<=record\\s)fiscal\\s+year|"
	  /* ("The company's fiscal year revenue totaled $281.7 billion") */
	  "(?<=company's\\s)fiscal\\s+year(?=\\s+(?:revenues?|sales|net\\s+income|earnings|operating))|全财年|整个财年|全财政年度",
	  PSPAN_PERIOD,
	  PERIOD_YEAR, 0, 1, 0, "", 0, 0 },
	/* (and "For the year, the company's revenue increased 20%" after a
	 * quarter's: not "the year ago", "the year ended ...") */
	{ "full[-\\s]year|全年|annual(?!\\s+recurring|ized|\\s+run)|(?<=[Ff]or\\s)the\\s+year(?![-\\s]+(?:ago|earlier|before|prior|ended|ending|end|to)\\b)(?!-)",
	  PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "", 0, 0 },
	/* (not a serial number's: 公告编号：2026-007) */
	{ "(?<![\\d.,$])" Y4 "(?![\\d%]|[.,]\\d|-\\d{3}(?!\\d)|/(?!(?:19|20)\\d\\d(?!\\d))\\d{3,})(?!\\s*(?:[万亿千百]|美元|元|[a-zA-Z]*illion\\b|bn\\b|亿))", PSPAN_PERIOD, PERIOD_YEAR, 0, 0, 0, "y", 0, 0 },
};

/* Words one of which every digit-less form holds. */
static const char *const triggers[] = {
	"周", "week", "季", "半年", "中期", "年底", "年末", "年初", "本月", "全年", "未来", "中长期", "个月", "个季度", "quarter", "quarters",
	"今年", "明年", "去年", "本年度", "财年", "元月",
	/* ("the same period a year earlier": its "year" lies in the cue
	 * "a year earlier", which anchors nothing) */
	"half", "year", "years", "months", "month", "annual", "ttm", "ltm", "term", "fiscal", "end", "period",
	"calendar", "since", "截至", "截止", "ended", "exiting", "exited", "exit", "exits", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "latest", "fy",
};

/* How far before its anchor a form may start: "FY 2026" before a digit
 * (longer openings, "by the end of 2025", hold a trigger word), "the first
 * nine months" before a trigger word. */
#define BEFORE_DIGIT 6
#define BEFORE_TRIGGER 24
#define WINDOW_AFTER 96

/* The forms are grouped by the bytes they can start with: each group is a
 * smaller alternation, and the one tried at a place is the group whose
 * forms can start on its byte. */
#define FORM_GROUPS_MAX 48

struct period_scanner {
	struct rx *rx[FORM_GROUPS_MAX];
	size_t ngroups;
	unsigned char group_of[256]; /* 1 + the group of forms that can start on a byte, or 0 */
	size_t widest;               /* the group with the most capture groups */
	/* for each group (ngroups of them), the form of each (*MARK) and the
	 * form's first capture group */
	int (*rows)[ARRAY_SIZE(forms)];
	int (*first_group)[ARRAY_SIZE(forms)];
	struct wordtrie *triggers;
};

static int count_groups(const char *p)
{
	int n = 0;
	for (const char *s = p; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			continue;
		}
		if (*s == '(' && s[1] != '?' && s[1] != '*')
			n++;
	}
	return n;
}

struct period_scanner *period_scanner_new(struct errmsg *e)
{
	struct period_scanner *ps = xcalloc(1, sizeof(*ps));
	struct buf one[ARRAY_SIZE(forms)];
	const char *pats[ARRAY_SIZE(forms)];
	for (size_t i = 0; i < ARRAY_SIZE(forms); i++) {
		/* each form alone, to learn its first bytes */
		one[i] = (struct buf)BUF_INIT;
		buf_adds(&one[i], "(?:");
		buf_adds(&one[i], forms[i].pattern);
		buf_addc(&one[i], ')');
		pats[i] = one[i].data;
	}
	/* each capture group of a form has its role (a value read from it):
	 * one group more than roles would shift the groups of every form
	 * after it, one fewer leaves a value unread */
	for (size_t i = 0; i < ARRAY_SIZE(forms); i++)
		if (forms[i].roles[0] && (size_t)count_groups(forms[i].pattern) != strlen(forms[i].roles)) {
			for (size_t k = 0; k < ARRAY_SIZE(forms); k++)
				buf_free(&one[k]);
			period_scanner_free(ps);
			err_set(e, "period form %zu: %d capture groups, %zu roles", i, count_groups(forms[i].pattern),
				strlen(forms[i].roles));
			return NULL;
		}
	struct rx_set sets[FORM_GROUPS_MAX];
	int groups = rx_group_by_first_byte(pats, ARRAY_SIZE(forms), RX_CASELESS, sets, FORM_GROUPS_MAX,
					    ps->group_of, e);
	for (size_t i = 0; i < ARRAY_SIZE(forms); i++)
		buf_free(&one[i]);
	if (groups < 0) {
		period_scanner_free(ps);
		return NULL;
	}
	int most = 0;
	ps->rows = xcalloc((size_t)groups, sizeof(*ps->rows));
	ps->first_group = xcalloc((size_t)groups, sizeof(*ps->first_group));
	for (int g = 0; g < groups; g++) {
		struct buf p = BUF_INIT;
		int group = 1, n = 0;
		/* a form is a word of its own: no letter or digit runs into it —
		 * but a Chinese one may touch a Latin word (Azure上季度收入,
		 * 本月OpenAI), not a digit */
		buf_adds(&p, "(?:(?<![A-Za-z0-9])|(?<![0-9])(?=[^\\x00-\\x7F]))(?:");
		for (size_t i = 0; i < ARRAY_SIZE(forms); i++) {
			if (!rx_set_has(&sets[g], i))
				continue;
			if (n)
				buf_addc(&p, '|');
			/* 3Q25A, 2026E, CY26E: a period marked actual or estimate */
			char mark[16];
			snprintf(mark, sizeof(mark), "%d", n);
			buf_adds(&p, "(?:");
			buf_adds(&p, forms[i].pattern);
			/* (a quarter's 季 may: its figure follows with no word
			 * between, 第2季96.3億美元) */
			buf_adds(&p, ")(?:(?<=[0-9])[AE])?(?:(?![A-Za-z0-9])|(?<=[^\\x00-\\x7F])(?![0-9])|(?<=季|季度)(?=[0-9]))(*:");
			buf_adds(&p, mark);
			buf_addc(&p, ')');
			ps->rows[g][n] = (int)i;
			ps->first_group[g][n] = group;
			group += count_groups(forms[i].pattern);
			n++;
		}
		buf_addc(&p, ')');
		if (group >= RX_MAX_GROUPS) {
			buf_free(&p);
			period_scanner_free(ps);
			err_set(e, "too many period groups (%d)", group);
			return NULL;
		}
		if (group > most) {
			most = group;
			ps->widest = (size_t)g;
		}
		/* the forms compiled one by one above: a group is compiled
		 * when a text first needs it */
		ps->rx[g] = rx_compile(p.data, RX_CASELESS | RX_ANCHORED | RX_LATER, e);
		buf_free(&p);
		if (!ps->rx[g]) {
			period_scanner_free(ps);
			return NULL;
		}
		ps->ngroups++;
	}
	ps->triggers = wordtrie_of(triggers, ARRAY_SIZE(triggers));
	return ps;
}

void period_scanner_free(struct period_scanner *ps)
{
	if (!ps)
		return;
	for (size_t g = 0; g < ps->ngroups; g++)
		rx_free(ps->rx[g]);
	wordtrie_free(ps->triggers);
	free(ps->rows);
	free(ps->first_group);
	free(ps);
}

/* Whether a period form can start at text[i]: a digit run, a word, or one
 * of the Chinese characters forms open with. */
static int can_start(const char *text, size_t i)
{
	static const char *const cjk = "未中本当上下第一二三四五六七八九十两前全年自截最近今明去过元首次季";
	unsigned char c = (unsigned char)text[i], p = i ? (unsigned char)text[i - 1] : ' ';
	if (isdigit(c))
		return !isdigit(p);
	if (isalpha(c))
		return !isalnum(p);
	if (c < 0xE0)
		return 0;
	for (const char *k = cjk; *k; k += 3)
		if (!memcmp(text + i, k, 3))
			return 1;
	return 0;
}

#define IS_DIGIT(c) ((unsigned)((unsigned char)(c) - '0') < 10u)

static int cn_digit(const char *s, size_t n)
{
	static const char *const d[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九" };
	if (n == 1 && isdigit((unsigned char)*s))
		return *s - '0';
	for (int i = 0; i < 9; i++)
		if (n == 3 && !memcmp(s, d[i], 3))
			return i + 1;
	if (n == 3 && !memcmp(s, "两", 3))
		return 2;
	if (n == 3 && !memcmp(s, "上", 3))
		return 1;
	if (n == 3 && !memcmp(s, "下", 3))
		return 2;
	return -1;
}

static int word_value(const char *s, size_t n)
{
	static const struct {
		const char *w;
		int v;
	} words[] = {
		{ "first", 1 }, { "1st", 1 }, { "second", 2 }, { "2nd", 2 }, { "third", 3 },
		{ "3rd", 3 }, { "fourth", 4 }, { "4th", 4 }, { "three", 3 }, { "six", 6 }, { "nine", 9 }, { "twelve", 12 },
		/* 首季, 首财季: the first; 次季 (with its year: 今年次季), the
		 * second, as Hong Kong and Singapore write; 元月, January */
		{ "首", 1 }, { "次", 2 }, { "元", 1 },
	};
	static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
					       "jul", "aug", "sep", "oct", "nov", "dec" };
	char low[16];
	if (n >= sizeof(low))
		n = sizeof(low) - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (!strcmp(low, words[i].w))
			return words[i].v;
	if (n >= 3 && isalpha((unsigned char)low[0]))
		for (int i = 0; i < 12; i++)
			if (!strncmp(low, months[i], 3))
				return i + 1;
	long v;
	if (parse_long(low, &v) == 0)
		return (int)v;
	return cn_digit(s, n);
}

const struct wordtrie *period_triggers(const struct period_scanner *ps)
{
	return ps->triggers;
}

int period_scan(const struct period_scanner *ps, const char *text, size_t len, const struct span *claimed,
		size_t nclaimed, struct period_span **spans, size_t *n, size_t *cap, struct errmsg *e)
{
	struct wordtrie_match *tw = NULL;
	size_t ntw = 0, captw = 0;
	wordtrie_scan(ps->triggers, text, len, &tw, &ntw, &captw);
	int rc = period_scan_with(ps, text, len, claimed, nclaimed, tw, ntw, spans, n, cap, e);
	free(tw);
	return rc;
}

int period_scan_with(const struct period_scanner *ps, const char *text, size_t len, const struct span *claimed,
		     size_t nclaimed, const struct wordtrie_match *tw, size_t ntw, struct period_span **spans,
		     size_t *n, size_t *cap, struct errmsg *e)
{
	/* one match serves every group: it has room for the widest */
	struct rx_match m;
	rx_match_init(&m, ps->rx[ps->widest]);
	/* anchors: every digit run and every trigger word, in order */
	size_t ti = 0;
	size_t pos = 0, d = 0;
	int rc = 0;
	size_t ci = 0, ci2 = 0, ci3 = 0;
	for (;;) {
		for (;;) {
			/* the next digit that starts a run of them */
			while ((d = find_digit(text, d, len)) < len && d > 0 && IS_DIGIT(text[d - 1]))
				while (d < len && IS_DIGIT(text[d]))
					d++;
			while (ci < nclaimed && claimed[ci].end <= d)
				ci++;
			if (d < len && ci < nclaimed && claimed[ci].start <= d) {
				d = claimed[ci].end; /* a quantity's digits are no period */
				continue;
			}
			break;
		}
		/* trigger words inside claimed spans (year over year) anchor nothing */
		while (ti < ntw) {
			while (ci2 < nclaimed && claimed[ci2].end <= tw[ti].start)
				ci2++;
			if (tw[ti].start < pos || (ci2 < nclaimed && claimed[ci2].start <= tw[ti].start)) {
				ti++;
				continue;
			}
			break;
		}
		size_t anchor = d;
		if (ti < ntw && tw[ti].start < anchor)
			anchor = tw[ti].start;
		if (anchor >= len)
			break;
		size_t before = anchor == d ? BEFORE_DIGIT : BEFORE_TRIGGER;
		if (anchor == d)
			d++;
		else
			ti++;
		if (anchor + 1 < pos)
			continue;
		size_t ws = anchor > pos + before ? anchor - before : pos;
		while (ci3 < nclaimed && claimed[ci3].end <= ws)
			ci3++;
		int r = 0, g = 0;
		/* anchored at each place a form can start, leftmost first */
		size_t cc = ci3;
		for (size_t c = ws; c <= anchor && r == 0; c++) {
			if (!can_start(text, c))
				continue;
			/* not inside a quantity on a line before ("1.55\nQ1 FY27":
			 * no 55 Q1; but "26 October 2025" is a date) */
			while (cc < nclaimed && claimed[cc].end <= c)
				cc++;
			if (cc < nclaimed && claimed[cc].start <= c && memchr(text + c, '\n', anchor - c))
				continue;
			g = ps->group_of[(unsigned char)text[c]] - 1;
			if (g < 0)
				continue;
			size_t we = anchor + WINDOW_AFTER < len ? anchor + WINDOW_AFTER : len;
			r = rx_find(ps->rx[g], text, we, c, 1, &m);
			/* a match that reaches the window's end may be cut short */
			while (r == 1 && we < len && m.ovec[1] + 16 >= we) {
				we = we + 1024 < len ? we + 1024 : len;
				r = rx_find(ps->rx[g], text, we, c, 1, &m);
			}
		}
		if (r < 0) {
			rc = err_set(e, "period pattern failed at byte %zu", ws);
			break;
		}
		if (r == 0)
			continue;
		long mark = -1;
		if (m.mark)
			parse_long(m.mark, &mark);
		pos = m.ovec[1] > m.ovec[0] ? m.ovec[1] : m.ovec[0] + 1;
		if (d < pos)
			d = pos;
		if (mark < 0 || (size_t)mark >= ARRAY_SIZE(forms))
			continue;
		int row = ps->rows[g][mark];
		const struct form *f = &forms[row];
		struct period_span sp;
		memset(&sp, 0, sizeof(sp));
		sp.start = m.ovec[0];
		sp.end = m.ovec[1];
		sp.kind = f->kind;
		sp.expr.type = f->type;
		sp.expr.rel = f->rel;
		sp.expr.fiscal = f->fiscal;
		sp.expr.calendar = f->calendar;
		if (sp.end >= 2 && IS_DIGIT(text[sp.end - 2])) {
			char suffix = (char)toupper((unsigned char)text[sp.end - 1]);
			sp.expr.marked = suffix == 'E' ? 1 : suffix == 'A' ? -1 : 0;
		}
		int ok = 1, day = 0, first_month = 0, end_day = 0, month_index = 0;
		/* (a half its form does not number is the first: 半年度) */
		if (f->type == PERIOD_HALF && !strchr(f->roles, 'h'))
			sp.expr.index = 1;
		for (int k = 0; f->roles[k]; k++) {
			int cg = ps->first_group[g][mark] + k;
			if (!rx_has(&m, cg))
				continue;
			const char *gs = text + m.ovec[2 * cg];
			size_t gn = m.ovec[2 * cg + 1] - m.ovec[2 * cg];
			int v = word_value(gs, gn);
			switch (f->roles[k]) {
			case 'y':
				if (v < 0)
					ok = 0;
				/* 25 is 2025; 114, a year of Taiwan's count, 2025 */
				sp.expr.year = v < 100 ? 2000 + v : v < 200 ? 1911 + v : v;
				break;
			case 'S':
			case 'k':
			case 'q':
			case 'o':
				sp.expr.shorthand = f->roles[k] == 'S';
				sp.expr.either = f->roles[k] == 'k';
				sp.expr.index = v;
				if (v < 1 || v > 4)
					ok = 0;
				break;
			case 'h':
				sp.expr.index = v;
				if (v < 1 || v > 2)
					ok = 0;
				break;
			case 'm':
				sp.expr.index = v;
				month_index = 1;
				if (v < 1 || v > 12)
					ok = 0;
				if (f->month_named)
					sp.expr.month_named = v;
				break;
			case 'r':
				first_month = v;
				break;
			case 'e': /* the month a span counted back from its last day ends in */
				sp.expr.month_named = v;
				if (v < 1 || v > 12)
					ok = 0;
				break;
			case 'c': /* months counted back: six are a half, twelve a year */
				sp.expr.index = v;
				if (v == 6)
					sp.expr.type = PERIOD_HALF;
				else if (v == 12)
					sp.expr.type = PERIOD_YEAR;
				else if (v != 9)
					ok = 0;
				break;
			case 'x': /* the day a span ended on */
				end_day = v;
				break;
			case 'd':
				day = v;
				if (v < 1 || v > 31)
					ok = 0;
				break;
			case 'n':
				/* 前三季度 counts quarters, 1-9月 and 9M count months
				 * (前3季 quarters too, by the 季 after it) */
				if ((gn == 3 && cn_digit(gs, gn) > 0) ||
				    (gn == 1 && text + sp.end >= gs + 4 && !memcmp(text + sp.end - 3, "季", 3)) ||
				    (gn == 1 && text + sp.end >= gs + 7 && !memcmp(text + sp.end - 6, "季度", 6)))
					v *= 3;
				sp.expr.index = v;
				if (v < 1 || v > 12)
					ok = 0;
				/* the first six months of a year are its first half
				 * (when the year is said with them) */
				if (sp.expr.type == PERIOD_YTD && v == 6 && (strchr(f->roles, 'y') || f->fiscal)) {
					sp.expr.type = PERIOD_HALF;
					sp.expr.index = 1;
				}
				break;
			}
		}
		if (first_month && (sp.expr.index % 3 || first_month != sp.expr.index - 2)) {
			/* 2025年4-12月: six or nine months of one year, a half or a
			 * year to date when they start the company's year or the
			 * calendar's (checked where it is built); 8-10月 or 12月-2月,
			 * three months that end no calendar quarter, the company's
			 * quarter that ends in that month, if one does */
			int count = sp.expr.index - first_month + 1 + (first_month > sp.expr.index ? 12 : 0);
			if (sp.expr.type == PERIOD_QUARTER && sp.expr.month_named && count == 3) {
				sp.expr.calendar = 0;
			} else if (sp.expr.type == PERIOD_QUARTER && sp.expr.month_named && (count == 6 || count == 9) &&
				   first_month < sp.expr.index) {
				sp.expr.type = count == 6 ? PERIOD_HALF : PERIOD_YTD;
				sp.expr.index = count;
				sp.expr.calendar = 0;
			} else {
				ok = 0;
			}
		}
		/* "the quarter ended Feb. 1", "the year ended November 2, 2025": a
		 * span that ended in a month's first days ended, counted in
		 * months, with the month before (a 52/53-week calendar's quarter,
		 * Broadcom's November to January), and is matched to the
		 * company's quarter from there */
		/* (or "the quarter ending in early May") */
		if (ok && !end_day && sp.expr.month_named && sp.expr.type == PERIOD_QUARTER &&
		    span_contains(text, sp.start, sp.end, " early", 1))
			end_day = 1;
		if (ok && end_day >= 1 && end_day <= 7 && sp.expr.month_named) {
			int was = sp.expr.month_named;
			sp.expr.month_named = was == 1 ? 12 : was - 1;
			if (was == 1 && sp.expr.year)
				sp.expr.year--;
			if (month_index && sp.expr.index == was)
				sp.expr.index = sp.expr.month_named;
		}
		if (ok && f->asof == 2)
			sp.expr.month_end = 1;
		if (ok && f->asof && sp.expr.year && day) {
			/* the last day of a quarter is that quarter's; any other day, its month's */
			if (sp.expr.index % 3 == 0 && day == date_month_days(sp.expr.year, sp.expr.index)) {
				sp.expr.type = PERIOD_QUARTER;
				sp.expr.month_named = sp.expr.index;
			} else if (sp.expr.type == PERIOD_MONTH && day == date_month_days(sp.expr.year, sp.expr.index)) {
				sp.expr.month_end = 1;
			} else if (sp.expr.type == PERIOD_MONTH && day <= 7) {
				/* (截至2017年7月1日: a company whose quarter ends that
				 * week, Apple's, reports that quarter) */
				sp.expr.month_end = 2;
			}
		}
		if (!ok)
			continue;
		GROW(*spans, *cap, *n + 1);
		(*spans)[(*n)++] = sp;
	}
	rx_match_free(&m);
	return rc;
}

/* ---- dates ---- */

int date_month_days(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[(m - 1) % 12];
}

long date_days(struct date d)
{
	/* days from civil, after Howard Hinnant's algorithm */
	int y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct date date_from_days(long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	struct date d;
	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(y + (d.m <= 2));
	return d;
}

int date_weekday(struct date d)
{
	long days = date_days(d);
	long w = (days + 4) % 7; /* 1970-01-01 was a Thursday */
	return (int)(w < 0 ? w + 7 : w);
}

int date_cmp(struct date a, struct date b)
{
	long x = date_days(a), y = date_days(b);
	return x < y ? -1 : x > y;
}

int date_parse(const char *s, struct date *out)
{
	if (!s || !is_iso_date(s))
		return -1;
	out->y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	out->m = (s[5] - '0') * 10 + (s[6] - '0');
	out->d = (s[8] - '0') * 10 + (s[9] - '0');
	return 0;
}

void date_format(struct date d, char out[11])
{
	/* by hand: it runs for every fact, and snprintf showed in profiles */
	unsigned y = (unsigned)d.y % 10000, m = (unsigned)d.m % 100, dd = (unsigned)d.d % 100;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + dd / 10);
	out[9] = (char)('0' + dd % 10);
	out[10] = '\0';
}

static struct date month_end(int y, int m)
{
	while (m > 12) {
		m -= 12;
		y++;
	}
	while (m < 1) {
		m += 12;
		y--;
	}
	struct date d = { y, m, date_month_days(y, m) };
	return d;
}

static struct date add_days(struct date d, long n)
{
	return date_from_days(date_days(d) + n);
}

/* ---- fiscal calendars ---- */

static const char *const weekdays[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

int period_calendar_parse(const char *rule, struct fiscal_calendar *out)
{
	memset(out, 0, sizeof(*out));
	out->kind = FY_FIXED;
	out->month = 12;
	out->day = 31;
	if (!rule || !*rule)
		return 0;
	char wd[4] = "";
	int mo = 0, da = 0;
	char tail;
	/* MM-DD as the lexicon writes it, read without sscanf (a run reads
	 * hundreds): what sscanf reads the same way */
	const char *r = rule;
	int digits = 0;
	for (; isdigit((unsigned char)*r) && digits < 2; r++, digits++)
		mo = mo * 10 + (*r - '0');
	if (digits && *r == '-') {
		for (r++, digits = 0; isdigit((unsigned char)*r) && digits < 2; r++, digits++)
			da = da * 10 + (*r - '0');
		if (!digits || *r)
			mo = da = 0;
	} else {
		mo = 0;
	}
	if ((mo && da) || sscanf(rule, "%2d-%2d%c", &mo, &da, &tail) == 2) {
		if (mo < 1 || mo > 12 || da < 1 || da > date_month_days(2001, mo))
			return -1;
		out->month = mo;
		out->day = da;
		return 0;
	}
	/* (a week-based rule with "/q1": its long years' first quarter is
	 * 14 weeks) */
	char base[24];
	size_t rn = strlen(rule);
	if (rn >= 3 && rn < sizeof(base) && !strcmp(rule + rn - 3, "/q1")) {
		memcpy(base, rule, rn - 3);
		base[rn - 3] = '\0';
		rule = base;
		out->long_first = 1;
	}
	if (sscanf(rule, "last-%3[a-z]-%2d%c", wd, &mo, &tail) == 2)
		out->kind = FY_LAST_WEEKDAY;
	else if (sscanf(rule, "nearest-%3[a-z]-%2d-%2d%c", wd, &mo, &da, &tail) == 3)
		out->kind = FY_NEAREST_WEEKDAY;
	else
		return -1;
	out->weekday = -1;
	for (int i = 0; i < 7; i++)
		if (!strcmp(wd, weekdays[i]))
			out->weekday = i;
	if (out->weekday < 0 || mo < 1 || mo > 12)
		return -1;
	out->month = mo;
	out->day = out->kind == FY_LAST_WEEKDAY ? date_month_days(2001, mo) : da;
	if (out->kind == FY_NEAREST_WEEKDAY && (da < 1 || da > date_month_days(2001, mo)))
		return -1;
	return 0;
}

void period_calendar_format(const struct fiscal_calendar *c, char *out, size_t outlen)
{
	switch (c->kind) {
	case FY_FIXED:
		snprintf(out, outlen, "%02d-%02d", c->month, c->day);
		break;
	case FY_LAST_WEEKDAY:
		snprintf(out, outlen, "last-%s-%02d%s", weekdays[c->weekday], c->month, c->long_first ? "/q1" : "");
		break;
	case FY_NEAREST_WEEKDAY:
		snprintf(out, outlen, "nearest-%s-%02d-%02d%s", weekdays[c->weekday], c->month, c->day,
			 c->long_first ? "/q1" : "");
		break;
	}
}

struct date period_fy_end(const struct fiscal_calendar *c, int fy)
{
	struct date d = { fy, c->month, c->day };
	if (c->kind == FY_FIXED) {
		if (d.d > date_month_days(fy, d.m))
			d.d = date_month_days(fy, d.m);
		return d;
	}
	if (c->kind == FY_LAST_WEEKDAY) {
		d.d = date_month_days(fy, c->month);
		int back = (date_weekday(d) - c->weekday + 7) % 7;
		return add_days(d, -back);
	}
	int w = date_weekday(d);
	int fwd = (c->weekday - w + 7) % 7;
	return fwd <= 3 ? add_days(d, fwd) : add_days(d, fwd - 7);
}

int period_fy_of(const struct fiscal_calendar *c, struct date d)
{
	int fy = d.y;
	if (date_cmp(d, period_fy_end(c, fy)) > 0)
		return fy + 1;
	if (date_cmp(d, period_fy_end(c, fy - 1)) <= 0)
		return fy - 1;
	return fy;
}

static int is_week_based(const struct fiscal_calendar *c)
{
	return c->kind != FY_FIXED;
}

/* The last day of fiscal quarter k (1-4; 0 for the whole year) of the
 * fiscal year that runs from fy_start to fy_end. */
static struct date quarter_end(const struct fiscal_calendar *c, struct date fy_start, struct date fy_end, int k)
{
	if (k == 0 || k == 4)
		return fy_end;
	/* (a 53-week year's extra week in its first quarter moves the ends
	 * of the first three) */
	if (is_week_based(c))
		return add_days(fy_start, 91L * k - 1 +
						  (c->long_first && date_days(fy_end) - date_days(fy_start) >= 370 ? 7 : 0));
	return month_end(fy_start.y, fy_start.m + 3 * k - 1);
}

/* Fiscal quarter k (1-4) of fiscal year fy; k = 0 gives the whole year. */
static void fiscal_quarter(const struct fiscal_calendar *c, int fy, int k, struct date *start,
			   struct date *end)
{
	struct date fy_end = period_fy_end(c, fy);
	struct date fy_start = add_days(period_fy_end(c, fy - 1), 1);
	*end = quarter_end(c, fy_start, fy_end, k);
	*start = k <= 1 ? fy_start : add_days(quarter_end(c, fy_start, fy_end, k - 1), 1);
}

static int type_months(enum period_type t)
{
	return t == PERIOD_MONTH ? 1 : t == PERIOD_QUARTER ? 3 : t == PERIOD_HALF ? 6 : 12;
}

/* Writes a period label: `prefix`, the year in four digits, then `kind`
 * and `index` when kind is not 0 ("FY2026Q1", "2025H2", "2025"). Labels
 * are made for every fact, and snprintf() showed in profiles. */
static void put_label(char *out, size_t outlen, const char *prefix, int year, char kind, int index)
{
	char buf[24];
	size_t n = 0;
	for (; *prefix && n < 8; prefix++)
		buf[n++] = *prefix;
	unsigned y = (unsigned)year % 10000;
	buf[n++] = (char)('0' + y / 1000);
	buf[n++] = (char)('0' + y / 100 % 10);
	buf[n++] = (char)('0' + y / 10 % 10);
	buf[n++] = (char)('0' + y % 10);
	if (kind) {
		buf[n++] = kind;
		if (index >= 10)
			buf[n++] = (char)('0' + index / 10 % 10);
		buf[n++] = (char)('0' + index % 10);
	}
	buf[n] = '\0';
	copy_str(out, outlen, buf);
}

/* period_label() without the memo below. */
static void label_uncached(struct period *p, const struct fiscal_calendar *cal)
{
	p->fiscal_label[0] = p->calendar_label[0] = '\0';
	int months = type_months(p->type);
	long start_days = date_days(p->start), end_days = date_days(p->end);
	/* calendar alignment: the calendar period of this length whose end is nearest */
	if (p->type == PERIOD_MONTH) {
		put_label(p->calendar_label, sizeof(p->calendar_label), "", p->end.y, '-', 0);
		p->calendar_label[5] = (char)('0' + p->end.m / 10);
		p->calendar_label[6] = (char)('0' + p->end.m % 10);
		p->calendar_label[7] = '\0';
	} else if (p->type == PERIOD_YTD) {
		/* the calendar's year to date: one a fiscal year starts elsewhere has none */
		int n = (p->end.m - p->start.m + 12) % 12 + 1;
		if (p->start.m == 1 && p->start.d == 1)
			snprintf(p->calendar_label, sizeof(p->calendar_label), "%dM%04d", n, p->end.y);
	} else {
		/* the nearest is the last such end before the period's end or the
		 * first after it; on a tie the earlier */
		int up = (p->end.m + months - 1) / months * months;
		long best = 1L << 30;
		struct date bestd = p->end;
		for (int m = up - months; m <= up; m += months) {
			struct date c = month_end(p->end.y, m);
			long dist = labs(date_days(c) - end_days);
			if (dist < best) {
				best = dist;
				bestd = c;
			}
		}
		if (best <= 46) {
			if (p->type == PERIOD_QUARTER)
				put_label(p->calendar_label, sizeof(p->calendar_label), "", bestd.y, 'Q', bestd.m / 3);
			else if (p->type == PERIOD_HALF)
				put_label(p->calendar_label, sizeof(p->calendar_label), "", bestd.y, 'H', bestd.m / 6);
			else
				put_label(p->calendar_label, sizeof(p->calendar_label), "", bestd.y, 0, 0);
		}
	}
	/* fiscal label: the fiscal period of the same kind ending within 10 days */
	if (!cal || p->type == PERIOD_MONTH)
		return;
	int fy = period_fy_of(cal, add_days(p->end, -10));
	struct date fy_end = period_fy_end(cal, fy - 1);
	for (int f = fy; f <= fy + 1; f++) {
		struct date fy_start = add_days(fy_end, 1);
		fy_end = period_fy_end(cal, f);
		if (p->type == PERIOD_YEAR) {
			if (labs(date_days(fy_end) - end_days) <= 10 && labs(date_days(fy_start) - start_days) <= 10) {
				put_label(p->fiscal_label, sizeof(p->fiscal_label), "FY", f, 0, 0);
				p->start = fy_start;
				p->end = fy_end;
				return;
			}
		} else if (p->type == PERIOD_QUARTER || p->type == PERIOD_HALF) {
			int step = p->type == PERIOD_HALF ? 2 : 1;
			for (int k = step; k <= 4; k += step) {
				struct date e = quarter_end(cal, fy_start, fy_end, k);
				if (labs(date_days(e) - end_days) <= 10 && labs(end_days - start_days) < 200) {
					p->start = k == step ? fy_start
							     : add_days(quarter_end(cal, fy_start, fy_end, k - step), 1);
					p->end = e;
					put_label(p->fiscal_label, sizeof(p->fiscal_label), "FY", f, step == 2 ? 'H' : 'Q',
						  k / step);
					return;
				}
			}
		} else if (p->type == PERIOD_YTD) {
			if (labs(date_days(fy_start) - start_days) <= 10) {
				int n = (int)((end_days - date_days(fy_start) + 15) / 30);
				snprintf(p->fiscal_label, sizeof(p->fiscal_label), "FY%04d %dM", f, n);
				return;
			}
		}
	}
}

/* period_label() is a function of the period's type and dates and of the
 * calendar alone, and a text asks for the same few hundred labels again
 * and again (1,800 instructions each, a twentieth of extracting dense
 * text): the answers are kept in a table of LABEL_MEMO a thread, by key,
 * the last one asked for in each slot. */
#define LABEL_MEMO 256

struct label_key {
	int type;
	struct date start, end;
	int has_cal;
	struct fiscal_calendar cal;
};

struct label_memo {
	struct label_key key;
	int used;
	struct date start, end;
	char fiscal_label[sizeof(((struct period *)0)->fiscal_label)];
	char calendar_label[sizeof(((struct period *)0)->calendar_label)];
};

static pthread_key_t memo_key;
static int memo_ok;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;

static void memo_key_make(void)
{
	memo_ok = pthread_key_create(&memo_key, free) == 0;
}

/* This thread's table, made when first needed; NULL when none can be. */
static struct label_memo *label_memo(void)
{
	pthread_once(&memo_once, memo_key_make);
	if (!memo_ok)
		return NULL;
	struct label_memo *m = pthread_getspecific(memo_key);
	if (!m) {
		m = calloc(LABEL_MEMO, sizeof(*m));
		if (m && pthread_setspecific(memo_key, m) != 0) {
			free(m);
			m = NULL;
		}
	}
	return m;
}

void period_label(struct period *p, const struct fiscal_calendar *cal)
{
	struct label_key k;
	memset(&k, 0, sizeof(k)); /* compared whole, padding and all */
	k.type = (int)p->type;
	k.start = p->start;
	k.end = p->end;
	k.has_cal = cal != NULL;
	if (cal)
		k.cal = *cal;
	const int f[] = { k.type, k.start.y, k.start.m, k.start.d, k.end.y, k.end.m, k.end.d, k.has_cal,
			  (int)k.cal.kind, k.cal.month, k.cal.day, k.cal.weekday };
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < ARRAY_SIZE(f); i++)
		h = (h ^ (uint32_t)f[i]) * 1099511628211ULL;
	struct label_memo *memo = label_memo();
	struct label_memo *slot = memo ? &memo[(h ^ (h >> 32)) % LABEL_MEMO] : NULL;
	if (slot && slot->used && !memcmp(&slot->key, &k, sizeof(k))) {
		p->start = slot->start;
		p->end = slot->end;
		memcpy(p->fiscal_label, slot->fiscal_label, sizeof(p->fiscal_label));
		memcpy(p->calendar_label, slot->calendar_label, sizeof(p->calendar_label));
		return;
	}
	label_uncached(p, cal);
	if (!slot)
		return;
	slot->key = k;
	slot->used = 1;
	slot->start = p->start;
	slot->end = p->end;
	memcpy(slot->fiscal_label, p->fiscal_label, sizeof(p->fiscal_label));
	memcpy(slot->calendar_label, p->calendar_label, sizeof(p->calendar_label));
}

/* The period for `x` taken as written in year `y` (fiscal year when fiscal). */
static int build(const struct period_expr *x, int fiscal, const struct fiscal_calendar *cal, int y,
		 struct period *out)
{
	static const struct fiscal_calendar calyear = { FY_FIXED, 12, 31, 0, 0 };
	const struct fiscal_calendar *c = fiscal ? cal : &calyear;
	memset(out, 0, sizeof(*out));
	out->type = x->type;
	out->fiscal = fiscal;
	switch (x->type) {
	case PERIOD_MONTH: {
		int m = x->rel == PREL_YEAR_END ? 12 : x->rel == PREL_YEAR_START ? 1 : x->index;
		if (m < 1 || m > 12)
			return -1;
		out->end = month_end(y, m);
		out->start = (struct date){ y, m, 1 };
		out->fiscal = 0;
		break;
	}
	case PERIOD_QUARTER:
		if (x->month_named) {
			out->end = month_end(y, x->month_named);
			out->start = add_days(month_end(y, x->month_named - 3), 1);
			out->fiscal = 0;
		} else {
			if (x->index < 1 || x->index > 4)
				return -1;
			fiscal_quarter(c, y, x->index, &out->start, &out->end);
		}
		break;
	case PERIOD_HALF: {
		if (x->month_named) {
			out->end = month_end(y, x->month_named);
			out->start = add_days(month_end(y, x->month_named - 6), 1);
			out->fiscal = 0;
			break;
		}
		if (x->index < 1 || x->index > 2)
			return -1;
		struct date s1, e1, s2, e2;
		fiscal_quarter(c, y, x->index * 2 - 1, &s1, &e1);
		fiscal_quarter(c, y, x->index * 2, &s2, &e2);
		out->start = s1;
		out->end = e2;
		break;
	}
	case PERIOD_YTD: {
		if (x->month_named) {
			out->end = month_end(y, x->month_named);
			out->start = add_days(month_end(y, x->month_named - x->index), 1);
			out->fiscal = 0;
			break;
		}
		struct date s, e;
		fiscal_quarter(c, y, 0, &s, &e);
		if (x->index < 1 || x->index > 12)
			return -1;
		out->start = s;
		if (is_week_based(c) && x->index % 3 == 0)
			fiscal_quarter(c, y, x->index / 3, &s, &out->end);
		else
			out->end = month_end(s.y, s.m + x->index - 1);
		break;
	}
	case PERIOD_YEAR:
		if (x->month_named) {
			out->end = month_end(y, x->month_named);
			out->start = add_days(month_end(y - 1, x->month_named), 1);
			out->fiscal = 0;
			break;
		}
		fiscal_quarter(c, y, 0, &out->start, &out->end);
		break;
	}
	period_label(out, cal);
	/* counted back from a day: a half or a year to date only when it
	 * starts a year (the company's or the calendar's) or is a calendar half */
	if (x->month_named && x->type == PERIOD_HALF && !out->fiscal_label[0] && !out->calendar_label[0])
		return -1;
	if (x->month_named && (x->type == PERIOD_YTD || x->type == PERIOD_YEAR) && !out->fiscal_label[0] &&
	    out->start.m != 1)
		return -1;
	return 0;
}

/* The quarter right before (`step` -1) or after (+1) the quarter
 * `context`, in the company's count when it is the company's, else the
 * calendar's; -1 when context is no quarter. */
static int next_quarter(const struct period_expr *x, const struct fiscal_calendar *cal, const struct period *context,
			int step, struct period *out)
{
	if (!context || context->type != PERIOD_QUARTER)
		return -1;
	struct period_expr px = *x;
	px.rel = PREL_NONE;
	/* a day of the quarter sought: the one before the context's first,
	 * or after its last */
	struct date day = step < 0 ? add_days(context->start, -1) : add_days(context->end, 1);
	/* (a quarter named by its month, "the July quarter", is no calendar
	 * quarter when it does not start one: the company's quarters step) */
	int calendar_quarter = context->start.d == 1 && (context->start.m - 1) % 3 == 0;
	if (context->fiscal || !calendar_quarter) {
		int fy = period_fy_of(cal, day);
		for (int k = 1; k <= 4; k++) {
			px.index = k;
			if (build(&px, 1, cal, fy, out) == 0 && date_cmp(step < 0 ? out->end : out->start, day) == 0)
				return 0;
		}
		/* (another company's quarter, whose days this calendar's
		 * quarters do not share: the calendar quarter then) */
		if (context->fiscal)
			return -1;
	}
	px.index = (day.m + 2) / 3;
	return build(&px, 0, cal, day.y, out);
}

static int resolve_expr(const struct period_expr *x, const struct fiscal_calendar *cal,
			const struct period *context, struct date ref, int estimate, struct period *out)
{
	static const struct fiscal_calendar calyear = { FY_FIXED, 12, 31, 0, 0 };
	if (!cal)
		cal = &calyear;
	switch (x->rel) {
	case PREL_OPEN:
		return -1;
	case PREL_SAME:
		if (!context)
			return -1;
		*out = *context;
		/* the same quarter of 2024: as many years back as it says */
		for (int n = 0; x->year && out->end.y > x->year && n < 10; n++) {
			struct period back;
			period_prior_year(out, cal, &back);
			*out = back;
		}
		if (x->year && out->end.y != x->year)
			return -1;
		return 0;
	case PREL_PREV: {
		/* "capex was $34.9 billion last quarter" in news that named no
		 * quarter: the one before the company's quarter the report's
		 * date falls in */
		struct period current;
		if (!context && x->type == PERIOD_QUARTER) {
			struct period_expr cx = *x;
			cx.rel = PREL_CURRENT;
			if (resolve_expr(&cx, cal, NULL, ref, estimate, &current) == 0)
				context = &current;
		}
		return next_quarter(x, cal, context, -1, out);
	}
	case PREL_TTM:
		if (!context)
			return -1;
		memset(out, 0, sizeof(*out));
		out->type = PERIOD_YEAR;
		out->end = context->end;
		out->start = add_days(date_from_days(date_days(context->end)), 1);
		out->start.y -= 1;
		period_label(out, cal);
		snprintf(out->fiscal_label, sizeof(out->fiscal_label), "TTM%.12s", context->calendar_label);
		return 0;
	case PREL_THIS_YEAR:
	case PREL_NEXT_YEAR:
	case PREL_LAST_YEAR: {
		if (!ref.y)
			return -1;
		struct period_expr px = *x;
		px.rel = PREL_NONE;
		if (px.type == PERIOD_MONTH && !px.index)
			px.index = 12; /* the end of last year: its last month */
		/* Q3 last year, 去年三季度: the company's quarter, as a quarter
		 * without its year is; last year itself, the calendar's */
		int fiscal = (x->fiscal || x->type == PERIOD_QUARTER || x->type == PERIOD_HALF) && !x->calendar;
		int y = (fiscal ? period_fy_of(cal, ref) : ref.y) + (x->rel == PREL_NEXT_YEAR ? 1 : x->rel == PREL_LAST_YEAR ? -1 : 0);
		if (build(&px, fiscal, cal, y, out) < 0)
			return -1;
		/* "34.0%, compared to 36.9% in the fourth quarter last year" on a
		 * February call about the fourth quarter: last year is the year
		 * before the quarter spoken of (over, and of the year before the
		 * report's), which is not its own year-ago */
		if (x->rel == PREL_LAST_YEAR && context && out->type == context->type &&
		    (out->type == PERIOD_QUARTER || out->type == PERIOD_HALF) && !date_cmp(out->end, context->end) &&
		    date_cmp(context->end, ref) < 0 && context->end.y == ref.y - 1)
			period_prior_year(context, cal, out);
		return 0;
	}
	case PREL_YEAR_BACK:
		if (!context)
			return -1;
		period_prior_year(context, cal, out);
		return 0;
	case PREL_NEXT: {
		if (!context && x->type == PERIOD_QUARTER) {
			struct period_expr cx = *x;
			cx.rel = PREL_CURRENT;
			return resolve_expr(&cx, cal, NULL, ref, estimate, out);
		}
		return next_quarter(x, cal, context, 1, out);
	}
	case PREL_LATEST: {
		struct period_expr cx = *x;
		cx.rel = PREL_CURRENT;
		struct period current;
		if (resolve_expr(&cx, cal, NULL, ref, estimate, &current) < 0)
			return -1;
		cx.rel = PREL_PREV;
		return resolve_expr(&cx, cal, &current, ref, estimate, out);
	}
	case PREL_CURRENT: {
		if (ref.y && x->type == PERIOD_MONTH) {
			struct period_expr px = *x;
			px.rel = PREL_NONE;
			px.index = ref.m;
			return build(&px, 0, cal, ref.y, out);
		}
		/* a quarter of the company's own year, whatever the text called it */
		if (!ref.y || x->type != PERIOD_QUARTER)
			return -1;
		int fy = period_fy_of(cal, ref);
		for (int y = fy; y <= fy + 1; y++)
			for (int k = 1; k <= 4; k++) {
				struct period_expr px = *x;
				px.rel = PREL_NONE;
				px.index = k;
				if (build(&px, 1, cal, y, out) == 0 && date_cmp(out->start, ref) <= 0 &&
				    date_cmp(ref, out->end) <= 0)
					return 0;
			}
		return -1;
	}
	case PREL_YEAR_END:
	case PREL_YEAR_START:
	case PREL_NONE:
		break;
	}
	int fiscal = x->fiscal && !x->calendar;
	if (x->year) {
		if (x->rel == PREL_YEAR_END || x->rel == PREL_YEAR_START)
			fiscal = 0;
		return build(x, fiscal, cal, x->year, out);
	}
	/* 年初 without its year: the start of the year the report was
	 * written in ("from about $1 billion at the start of the year"),
	 * whatever period the sentence before spoke of */
	if (x->rel == PREL_YEAR_START && ref.y)
		return build(x, 0, cal, ref.y, out);
	/* no year written: from the context, else from the report date */
	if (context && context->fiscal && !x->month_named && x->type != PERIOD_MONTH && !x->calendar)
		fiscal = 1;
	/* (or a quarter the context named by its last day, that is none of
	 * the calendar's: "截至2019年10月27日的第三季度 … 第三季度毛利率" is
	 * the company's third quarter) */
	if (context && !context->fiscal && context->type == PERIOD_QUARTER && x->type == PERIOD_QUARTER &&
	    !x->month_named && !x->calendar && context->fiscal_label[0] &&
	    !(context->end.m % 3 == 0 && context->end.d == date_month_days(context->end.y, context->end.m)))
		fiscal = 1;
	/* a yearless quarter or half, or "the full year", with nothing before
	 * it: the company's own (Nvidia's full year ends in January, its first
	 * half in July) */
	if (!context && !x->month_named && !x->calendar &&
	    (x->type == PERIOD_QUARTER || x->type == PERIOD_HALF || (x->type == PERIOD_YEAR && x->rel == PREL_NONE)))
		fiscal = 1;
	if (x->type == PERIOD_YEAR && !x->fiscal && context)
		fiscal = context->fiscal;
	struct period cand;
	int found = 0;
	/* "从 1 月的 10 亿美元增长到 10 月的 70 亿美元": a month after its
	 * context in the text is the first one not before it, if gone by
	 * when the report was written (after January 2025, the October of
	 * 2025, not the nearer one of 2024) or under way ("as of early June"
	 * on June 12) */
	if (context && x->type == PERIOD_MONTH && !estimate && ref.y) {
		for (int y = context->end.y; y <= context->end.y + 1 && !found; y++)
			if (build(x, 0, cal, y, &cand) == 0 && date_cmp(cand.end, context->end) >= 0 &&
			    date_cmp(cand.start, ref) <= 0) {
				*out = cand;
				found = 1;
			}
		if (found)
			return 0;
	}
	if (context) {
		long best = 1L << 30, best_over = 1L << 30;
		struct period over;
		int base = fiscal ? period_fy_of(cal, context->end) : context->end.y;
		for (int y = base - 1; y <= base + 1; y++) {
			if (build(x, fiscal, cal, y, &cand) < 0)
				continue;
			long dist = labs(date_days(cand.end) - date_days(context->end));
			/* a year, half or ytd contains its context: prefer the one that does */
			if ((x->type == PERIOD_YEAR || x->type == PERIOD_HALF || x->type == PERIOD_YTD) &&
			    date_cmp(cand.start, context->end) <= 0 && date_cmp(cand.end, context->end) >= 0)
				dist = -1;
			/* and a quarter after a year under way, the one inside it
			 * ("the first five months of the current year ... for the
			 * second quarter": not the next year's, whose end is as
			 * near) */
			if ((context->type == PERIOD_YEAR || context->type == PERIOD_HALF) && x->type != PERIOD_YEAR &&
			    ref.y && date_cmp(context->end, ref) > 0 && date_cmp(cand.start, context->start) >= 0 &&
			    date_cmp(cand.end, context->end) <= 0)
				dist = -1;
			/* (two as near, a year apart: Q3 after Q1 2025 is 2025's,
			 * the one nearer the report's date, when over by then for
			 * an actual) */
			int tie = found && labs(dist - best) <= 10 && date_cmp(cand.end, out->end) > 0 &&
				  (estimate || !ref.y || date_cmp(cand.end, ref) <= 0);
			if (dist < best || tie) {
				best = dist < best ? dist : best;
				*out = cand;
				found = 1;
			}
			if (ref.y && date_cmp(cand.end, ref) <= 0 && dist < best_over) {
				best_over = dist;
				over = cand;
			}
		}
		/* "with a Q4 ramp. … Q2 revenue backlog was $30.1 billion": an
		 * actual's quarter about as near a forecast's period a year
		 * either side is the one over */
		if (found && !estimate && ref.y && date_cmp(out->end, ref) > 0 && date_cmp(context->end, ref) > 0 &&
		    best_over - best < 92 && x->type != PERIOD_MONTH)
			*out = over;
		/* an actual figure for a period not over by the report date: the
		 * context belongs to another statement (a forecast), so the year
		 * is a guess */
		if (found && !estimate && ref.y && date_cmp(x->type == PERIOD_MONTH ? out->start : out->end, ref) > 0)
			return -1;
		return found ? 0 : -1;
	}
	int base = fiscal ? period_fy_of(cal, ref) : ref.y;
	/* "analysts expect fourth-quarter revenue of ..." in late January: the
	 * quarter just over, whose results are still to come, not next year's;
	 * so is the company's full year just over ("For the full fiscal year,
	 * analysts expect revenue of $63.5 billion" before Broadcom reports) */
	if (estimate && x->type != PERIOD_YTD && (x->type != PERIOD_YEAR || (fiscal && x->rel == PREL_NONE)))
		for (int y = base - 1; y <= base + 1; y++)
			if (build(x, fiscal, cal, y, &cand) == 0 && date_cmp(cand.end, ref) <= 0 &&
			    date_days(ref) - date_days(cand.end) <= PERIOD_UNREPORTED_DAYS) {
				*out = cand;
				found = 1;
			}
	if (found)
		return 0;
	for (int y = base - 2; y <= base + 2; y++) {
		if (build(x, fiscal, cal, y, &cand) < 0)
			continue;
		int ended = date_cmp(cand.end, ref) <= 0;
		/* "topped $1 billion in November", said on November 20: the
		 * month under way is this one, not last year's */
		if (!estimate && x->type == PERIOD_MONTH && date_cmp(cand.start, ref) <= 0)
			ended = 1;
		if (!estimate && ended) {
			*out = cand; /* keeps the latest */
			found = 1;
		} else if (estimate && !ended && !found) {
			*out = cand; /* the earliest */
			found = 1;
		}
	}
	/* "全年", "the full year" said as done in November: last year's long
	 * reported results, or this year's seen so far? Said while a year's
	 * results are news (its first months after) it is that year; later,
	 * which one is not said */
	if (found && !estimate && x->type == PERIOD_YEAR && !x->year && ref.y &&
	    date_days(ref) - date_days(out->end) > PERIOD_YEAR_NEWS_DAYS)
		return -1;
	return found ? 0 : -1;
}

int period_either_civil(const struct period_expr *x, const struct fiscal_calendar *cal, struct date ref)
{
	if (!x->either || x->year || x->rel != PREL_NONE || !ref.y)
		return 0;
	struct period_expr px = *x;
	px.either = 0;
	px.fiscal = 1;
	struct period own, civil;
	if (period_resolve(&px, cal, NULL, ref, 0, &own) < 0)
		return 0;
	px.fiscal = 0;
	px.calendar = 1;
	return period_resolve(&px, cal, NULL, ref, 0, &civil) == 0 && date_cmp(civil.end, own.end) > 0 &&
	       date_days(ref) - date_days(civil.end) <= PERIOD_QUARTER_NEWS_DAYS;
}

void period_prior_year(const struct period *p, const struct fiscal_calendar *cal, struct period *out)
{
	*out = *p;
	out->marked = 0; /* a year before 2026E is no estimate for being so */
	if ((p->fiscal || p->fiscal_label[0]) && cal && is_week_based(cal)) {
		/* a 52/53-week period a year earlier: the fiscal period a year back */
		out->start = add_days(p->start, -364);
		out->end = add_days(p->end, -364);
		int fy = period_fy_of(cal, out->end);
		struct date s, e;
		for (int k = 0; k <= 4; k++) {
			fiscal_quarter(cal, fy, k, &s, &e);
			if (labs(date_days(e) - date_days(out->end)) <= 7) {
				out->end = e;
				break;
			}
		}
		fiscal_quarter(cal, period_fy_of(cal, out->start), 1, &s, &e);
	} else {
		out->start.y -= 1;
		out->end.y -= 1;
		/* a month's last day a year back is that month's last (29
		 * February: the 28th); any other day stays */
		if (date_month_days(p->end.y, p->end.m) == p->end.d || out->end.d > date_month_days(out->end.y, out->end.m))
			out->end.d = date_month_days(out->end.y, out->end.m);
		if (out->start.d > date_month_days(out->start.y, out->start.m))
			out->start.d = date_month_days(out->start.y, out->start.m);
	}
	period_label(out, cal);
}

const char *period_type_name(enum period_type t)
{
	static const char *const names[] = { "month", "quarter", "half", "ytd", "year" };
	return names[t];
}

int period_type_parse(const char *s)
{
	for (int t = PERIOD_MONTH; t <= PERIOD_YEAR; t++)
		if (!strcmp(s, period_type_name((enum period_type)t)))
			return t;
	return -1;
}

int period_parse_label(const char *s, struct period_expr *out)
{
	memset(out, 0, sizeof(*out));
	int y = 0, k = 0;
	char c, tail;
	if (sscanf(s, "FY%4d%c%d%c", &y, &c, &k, &tail) == 3 && (c == 'Q' || c == 'H')) {
		out->type = c == 'Q' ? PERIOD_QUARTER : PERIOD_HALF;
		out->fiscal = 1;
	} else if (sscanf(s, "FY%4d%c", &y, &tail) == 1) {
		out->type = PERIOD_YEAR;
		out->fiscal = 1;
	} else if (sscanf(s, "%4d%c%d%c", &y, &c, &k, &tail) == 3 && (c == 'Q' || c == 'H')) {
		out->type = c == 'Q' ? PERIOD_QUARTER : PERIOD_HALF;
	} else if (sscanf(s, "%4d-%2d%c", &y, &k, &tail) == 2 && strlen(s) == 7) {
		out->type = PERIOD_MONTH;
	} else if (sscanf(s, "%4d%c", &y, &tail) == 1 && strlen(s) == 4) {
		out->type = PERIOD_YEAR;
		out->calendar = 1;
	} else {
		return -1;
	}
	if (y < 1900 || y > 2200)
		return -1;
	out->year = y;
	out->index = k;
	if ((out->type == PERIOD_QUARTER && (k < 1 || k > 4)) || (out->type == PERIOD_HALF && (k < 1 || k > 2)) ||
	    (out->type == PERIOD_MONTH && (k < 1 || k > 12)))
		return -1;
	return 0;
}

int period_resolve(const struct period_expr *x, const struct fiscal_calendar *cal,
		   const struct period *context, struct date ref, int estimate,
		   struct period *out)
{
	/* "as of November 30, 2025" of a company whose quarter ends then: that
	 * quarter, as the last day of a calendar quarter is the calendar's */
	if (x->type == PERIOD_MONTH && x->month_end && cal) {
		struct period_expr q = *x;
		q.type = PERIOD_QUARTER;
		q.month_named = x->index;
		q.month_end = 0;
		/* (a day early in the month: the quarter that ended in the
		 * month before, within that week) */
		if (x->month_end == 2) {
			q.month_named = x->index == 1 ? 12 : x->index - 1;
			if (x->index == 1 && q.year)
				q.year--;
		}
		struct period m, qp;
		if (resolve_expr(x, cal, context, ref, estimate, &m) == 0 &&
		    resolve_expr(&q, cal, context, ref, estimate, &qp) == 0 && qp.fiscal_label[0] &&
		    (x->month_end == 2 ? date_cmp(qp.end, m.start) >= 0 && date_days(qp.end) - date_days(m.start) <= 6 :
					 labs(date_days(qp.end) - date_days(m.end)) <= 3)) {
			*out = qp;
			out->marked = 0;
			return 0;
		}
	}
	int rc = resolve_expr(x, cal, context, ref, estimate, out);
	/* "the July quarter" of a company whose quarters end in September:
	 * three months that are no quarter of its, nor of the calendar */
	if (rc == 0 && cal && x->month_named && x->type == PERIOD_QUARTER && !out->fiscal_label[0] &&
	    out->end.m % 3 != 0)
		return -1;
	if (rc == 0)
		out->marked = x->rel == PREL_NONE ? x->marked : 0;
	return rc;
}
