/*
 * Periods and fiscal calendars: finds period expressions in normalized
 * text (FY26Q1, 2025年第三季度, 1H25, 前三季度, October 2025, fiscal 2025,
 * 三季度 ...) and resolves them, given an entity's fiscal calendar, a
 * context period and a reference date, into a type, start and end dates,
 * a fiscal label (FY2026Q1) and the calendar label it aligns to (2025Q3).
 * All functions are pure and reentrant.
 */
#ifndef MTRACK_PERIOD_H
#define MTRACK_PERIOD_H

#include <stddef.h>

#include "util.h"
#include "wordtrie.h"

enum period_type { PERIOD_MONTH, PERIOD_QUARTER, PERIOD_HALF, PERIOD_YTD, PERIOD_YEAR };

struct date {
	int y, m, d;
};

/* How a fiscal year ends. Fixed: on month/day. Last: on the last `weekday`
 * (0 = Sunday) of `month`. Nearest: on the `weekday` nearest month/day.
 * The last two make 52/53-week years whose quarters are 13 weeks long;
 * `long_first` says the first quarter takes a 53-week year's extra week
 * (Apple's fiscal 2017 Q1 ran 14 weeks), else the fourth does. */
enum fy_kind { FY_FIXED, FY_LAST_WEEKDAY, FY_NEAREST_WEEKDAY };

struct fiscal_calendar {
	enum fy_kind kind;
	int month, day, weekday;
	int long_first;
};

/* Parses a calendar rule: "MM-DD", "last-WDY-MM" or "nearest-WDY-MM-DD"
 * (WDY is sun, mon, ... sat), the last two with "/q1" after them when the
 * first quarter takes a 53-week year's extra week. NULL or "" is the
 * calendar year (12-31). Returns 0, or -1 for a rule it does not
 * understand. */
int period_calendar_parse(const char *rule, struct fiscal_calendar *out);

/* Writes the rule back in the form period_calendar_parse() reads. */
void period_calendar_format(const struct fiscal_calendar *c, char *out, size_t outlen);

/* The last day of fiscal year `fy` (named by the calendar year it ends in). */
struct date period_fy_end(const struct fiscal_calendar *c, int fy);

/* The fiscal year that contains date `d`. */
int period_fy_of(const struct fiscal_calendar *c, struct date d);

/* A resolved period. */
struct period {
	enum period_type type;
	struct date start, end;
	int fiscal;               /* expressed in the entity's fiscal calendar */
	char fiscal_label[24];    /* FY2026Q1, FY2026H1, FY2026, FY2026M10 (empty when calendar) */
	char calendar_label[24];  /* 2025Q3, 2025H1, 2025, 2025-10, 2025YTD9 */
	int marked;               /* the expression's own mark: 1 estimate (2026E), -1 actual (3Q25A), 0 none */
};

/* A part of a year over for at most this many days may still wait for its
 * results: an estimate for it written then (an earnings preview) is of
 * it, not of the same part of the next year. */
#define PERIOD_UNREPORTED_DAYS 60

/* A year named without its number ("全年", "the full year") and said as
 * done is the year just over only this many days after its end, while its
 * results are news; later it is left out. */
#define PERIOD_YEAR_NEWS_DAYS 120

/* A quarter's results are news this many days after it ends: what a text
 * says as reported without a year is of a quarter over that recently. */
#define PERIOD_QUARTER_NEWS_DAYS 120

/* What a period expression says before it is resolved. */
enum period_rel {
	PREL_NONE,     /* an explicit period */
	PREL_SAME,     /* 当季, the quarter: the context period itself */
	PREL_PREV,     /* 上季度: the period before the context */
	PREL_TTM,      /* trailing twelve months to the context's end */
	PREL_YEAR_END, /* by year-end, 年底: the year's last month */
	PREL_YEAR_START, /* 年初, at the start of the year: its first month */
	PREL_OPEN,     /* 未来三年, over the next years: no period a fact can take */
	PREL_THIS_YEAR, /* this year, 今年: the year of the report's date (the company's when fiscal) */
	PREL_NEXT_YEAR, /* next year, 明年 */
	PREL_LAST_YEAR, /* last year, 去年 */
	PREL_CURRENT,   /* the current quarter: the company's quarter the report's date falls in */
	PREL_YEAR_BACK, /* the same quarter last year, the year-ago quarter: the context a year back */
	PREL_LATEST,    /* its most recent quarter: the one before the company's quarter the report's date falls in */
	PREL_NEXT,      /* 下季度, next quarter: the quarter after the context (with none, the
			 * company's quarter the report's date falls in: the one after the last reported) */
};

struct period_expr {
	enum period_type type;
	enum period_rel rel;
	int fiscal;      /* FY, 财年, fiscal was written */
	int calendar;    /* CY, calendar, 自然季度 was written */
	int year;        /* 0 when not written */
	int index;       /* quarter 1-4, half 1-2, month 1-12, ytd: months covered */
	int month_named; /* "the September quarter": the quarter ending in this month */
	int marked;      /* a suffix said what its figures are: 1 E (2026E, CY26E), -1 A (3Q25A), 0 none */
	int month_end;   /* a month given by its last day ("as of November 30, 2025"): the company's
			  * quarter when one ends that day, else the month; 2 by a day early in it
			  * (截至2017年7月1日): the company's quarter when one ended within that week */
	int shorthand;   /* 3Q26, the analysts' shorthand: a calendar quarter, but the company's own
			  * in a note that counts its fiscal quarters (4QFY26 preview, 3Q26A) */
	int either;      /* 二季度, 第3季: a Chinese quarter without 财, which writers use for the
			  * company's quarter and for the calendar's alike */
};

enum period_span_kind {
	PSPAN_PERIOD, /* a period expression */
	PSPAN_DATE,   /* a date with a day (2026-01-22, 1月22日): not a metric period */
	PSPAN_OTHER,  /* a duration or a year range (6-9 个月, 2025-2030 年, since 2022) */
};

struct period_span {
	size_t start, end;
	enum period_span_kind kind;
	struct period_expr expr;
};

struct period_scanner;

/* Compiles the period patterns once. NULL with `e` filled on failure. */
struct period_scanner *period_scanner_new(struct errmsg *e);

void period_scanner_free(struct period_scanner *ps);

/* Finds the period expressions in normalized text[0..len), appending them
 * in order to `*spans` (grown with realloc; you own it). `claimed` (sorted,
 * may be NULL) lists spans already known to be something else (the
 * quantities the lexer found): digits inside them are not tried as
 * periods, which saves most of the work on number-dense text. Reentrant. */
int period_scan(const struct period_scanner *ps, const char *text, size_t len, const struct span *claimed,
		size_t nclaimed, struct period_span **spans, size_t *n, size_t *cap, struct errmsg *e);

/* period_scan() given the matches of period_triggers(ps) over the same
 * text, in order: a caller scanning the text with several tries does it
 * once (see wordtrie_group_scan()). */
int period_scan_with(const struct period_scanner *ps, const char *text, size_t len, const struct span *claimed,
		     size_t nclaimed, const struct wordtrie_match *triggers, size_t ntriggers,
		     struct period_span **spans, size_t *n, size_t *cap, struct errmsg *e);

/* The trie of the words that anchor a period with no digit in it. */
const struct wordtrie *period_triggers(const struct period_scanner *ps);

/* Resolves `x` for an entity with calendar `cal`.
 *
 * A period written without a year takes it from `context` (the nearest
 * earlier period in the same paragraph, NULL when none), choosing the
 * occurrence that ends nearest the context's end; for an actual figure that
 * occurrence must have ended by `ref`, else there is no answer. With no context it takes
 * it from `ref` (the report date): for an actual figure, the latest such
 * period that ends on or before `ref`; for an estimate, the earliest one
 * that ends after it. A yearless quarter follows the context's fiscal or
 * calendar reckoning; with no context it is a fiscal quarter of the entity.
 *
 * Returns 0, or -1 when the expression cannot name one period (PREL_OPEN,
 * PREL_SAME with no context). */
int period_resolve(const struct period_expr *x, const struct fiscal_calendar *cal,
		   const struct period *context, struct date ref, int estimate,
		   struct period *out);

/* Whether a quarter said the Chinese way without its year or 财 (二季度:
 * x->either) reads as the calendar's in cal rather than the company's.
 * Writers use both, and a result is news while its quarter is the one
 * last over, so the reading whose quarter, taken as reported by `ref`,
 * ended more recently: 苹果二季度 on August 1 is April-June (Apple's
 * fiscal third), on May 2 January-March (its fiscal second). 0 for any
 * other expression. */
int period_either_civil(const struct period_expr *x, const struct fiscal_calendar *cal, struct date ref);

/* The same period one year earlier (for 上年同期, a year earlier). */
void period_prior_year(const struct period *p, const struct fiscal_calendar *cal,
		       struct period *out);

/* Fills the fiscal and calendar labels of `p` (dates and type set). The
 * calendar label is the calendar quarter, half or year whose end is nearest
 * the period's end, within 46 days (half a quarter). A quarter, half or year
 * within 10 days of one of the entity's fiscal periods takes that period's
 * dates: Apple's "September quarter" and its FY2025Q4 are one period, so
 * they are one key in the store. */
void period_label(struct period *p, const struct fiscal_calendar *cal);

/* Date helpers. */
int date_parse(const char *s, struct date *out);  /* YYYY-MM-DD; 0 or -1 */
void date_format(struct date d, char out[11]);
long date_days(struct date d);                    /* days since 1970-01-01 */
struct date date_from_days(long days);
int date_weekday(struct date d);                  /* 0 = Sunday */
int date_month_days(int y, int m);
int date_cmp(struct date a, struct date b);

/* The name of a period type ("quarter", ...), and back (-1 if unknown). */
const char *period_type_name(enum period_type t);
int period_type_parse(const char *s);

/* Parses a label a user types (FY2026Q1, 2025Q3, 2025, FY2025, 2025-10,
 * 2025H1) into an expression; `*fiscal_hint` says whether FY was written.
 * Returns 0 or -1. */
int period_parse_label(const char *s, struct period_expr *out);

#endif
