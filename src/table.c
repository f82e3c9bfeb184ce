/*
 * Tables as text (see table.h). A table is a run of rows the layout typed
 * as cells set apart by spaces or bars; its header is its first row, its
 * units line and caption stand just above it. Cells are tied to header
 * cells by index when the row has as many cells as the header, else by the
 * nearest centre in display columns, as pdftotext -layout aligns them.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "table.h"
#include "util.h"
#include "banned.h"

static int starts(const char *t, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);
	return e - s >= n && !memcmp(t + s, w, n);
}

/* One number of a cell, t[s..e): a sign or parentheses, $, digits with
 * thousands commas and a point, %. Fills value, percent, dollar and
 * decimals of `v`; returns 0 or -1. */
static int parse_number(const char *t, size_t s, size_t e, struct table_value *v)
{
	while (s < e && t[s] == ' ')
		s++;
	/* (38,042*: a footnote's mark after the figure, "restated") */
	while (e > s && (t[e - 1] == ' ' || (t[e - 1] == '*' && e - 1 > s && isdigit((unsigned char)t[e - 2]))))
		e--;
	int neg = 0;
	/* (21)%: a fall in percent, bracketed as statements write losses */
	if (e - s >= 4 && t[s] == '(' && t[e - 1] == '%' && t[e - 2] == ')') {
		neg = 1;
		v->percent = 1;
		s++;
		e -= 2;
	}
	if (s < e && t[s] == '(' && t[e - 1] == ')') {
		neg = 1;
		s++;
		e--;
	}
	if (s < e && (t[s] == '-' || t[s] == '+')) {
		neg ^= t[s] == '-';
		s++;
	}
	/* Up 36%, Down 2 ppts: a release's change columns in words; 增加 3.1
	 * 个百分点, 减少7.00个百分点: a mainland report's */
	static const struct {
		const char *w;
		int neg;
	} words[] = { { "up ", 0 }, { "down ", 1 }, { "增加", 0 }, { "减少", 1 }, { "上升", 0 }, { "下降", 1 } };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = strlen(words[i].w);
		if (e - s > n && !strncasecmp(t + s, words[i].w, n)) {
			neg ^= words[i].neg;
			s += n;
			while (s < e && t[s] == ' ')
				s++;
			break;
		}
	}
	if (s < e && t[s] == '$') {
		v->dollar = 1;
		s++;
		/* "$ 77,673", "$ (1,234)": a statement sets its dollar sign apart */
		while (s < e && t[s] == ' ')
			s++;
		if (!neg && s < e && t[s] == '(' && t[e - 1] == ')') {
			neg = 1;
			s++;
			e--;
		}
	}
	/* 0.9pct, +1.7ppt, 90bps, Up 1.0 pts: a change of a percentage, in points */
	static const struct {
		const char *w;
		double factor;
	} points[] = { { "ppts", 1 }, { "ppt", 1 }, { "pct", 1 }, { "pp", 1 }, { "pts", 1 }, { "bps", 0.01 }, { "bp", 0.01 },
		       { "个百分点", 1 }, { "百分点", 1 }, { "个基点", 0.01 }, { "基点", 0.01 } };
	double pfactor = 0;
	for (size_t i = 0; i < sizeof(points) / sizeof(points[0]) && !pfactor; i++) {
		size_t n = strlen(points[i].w);
		if (e - s > n && !strncasecmp(t + e - n, points[i].w, n) &&
		    (isdigit((unsigned char)t[e - n - 1]) || t[e - n - 1] == ' ' || (unsigned char)points[i].w[0] >= 0x80)) {
			pfactor = points[i].factor;
			e -= n;
			while (e > s && t[e - 1] == ' ')
				e--;
		}
	}
	if (e > s && t[e - 1] == '%') {
		v->percent = 1;
		e--;
		while (e > s && t[e - 1] == ' ')
			e--; /* 12 % */
	}
	if (s >= e || !isdigit((unsigned char)t[s]))
		return -1;
	char num[48];
	size_t n = 0;
	int point = 0;
	v->decimals = 0;
	for (size_t i = s; i < e; i++) {
		char c = t[i];
		if (c == ',' && i + 3 < e + 1 && point == 0)
			continue;
		if (c == '.') {
			if (point)
				return -1;
			point = 1;
		} else if (!isdigit((unsigned char)c)) {
			return -1;
		} else if (point) {
			v->decimals++;
		}
		if (n + 1 >= sizeof(num))
			return -1; /* longer than any figure a table states */
		num[n++] = c;
	}
	num[n] = '\0';
	char *end;
	errno = 0;
	double d = strtod(num, &end);
	if (errno || *end || !isfinite(d))
		return -1;
	v->value = neg ? -d : d;
	if (pfactor) {
		if (v->percent)
			return -1;
		v->points = 1;
		v->value *= pfactor;
	}
	return 0;
}

/* A scale word ending a cell ("$11.13 - $11.23 Billion"): its factor, and
 * where the cell ends before it; 0 when there is none. */
static double cell_scale(const char *t, size_t s, size_t *e)
{
	static const struct {
		const char *w;
		double f;
	} words[] = { { "trillion", 1e12 }, { "billion", 1e9 }, { "million", 1e6 }, { "bn", 1e9 }, { "mn", 1e6 } };
	size_t end = *e;
	while (end > s && t[end - 1] == ' ')
		end--;
	size_t w = end;
	while (w > s && isalpha((unsigned char)t[w - 1]))
		w--;
	if (w == end || w == s)
		return 0;
	/* "$1.36B", "$217M": a capital letter right after the digits (or
	 * after the bracket of a loss: "$(293)M") */
	static const struct {
		char c;
		double f;
	} letters[] = { { 'T', 1e12 }, { 'B', 1e9 }, { 'M', 1e6 }, { 'K', 1e3 } };
	if (end - w == 1 && (isdigit((unsigned char)t[w - 1]) || (t[w - 1] == ')' && w - 1 > s)))
		for (size_t i = 0; i < ARRAY_SIZE(letters); i++)
			if (t[w] == letters[i].c) {
				*e = w;
				return letters[i].f;
			}
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (end - w == strlen(words[i].w) && !strncasecmp(t + w, words[i].w, end - w)) {
			*e = w;
			return words[i].f;
		}
	return 0;
}

int table_parse_value(const char *t, size_t s, size_t e, struct table_value *v)
{
	static const struct {
		const char *mark;
		enum table_bound bound;
	} marks[] = { { "~", TABLE_APPROX }, { "≈", TABLE_APPROX }, { "约", TABLE_APPROX }, { ">=", TABLE_AT_LEAST },
		      { "≥", TABLE_AT_LEAST }, { ">", TABLE_AT_LEAST }, { "<=", TABLE_AT_MOST }, { "≤", TABLE_AT_MOST },
		      { "<", TABLE_AT_MOST } };
	memset(v, 0, sizeof(*v));
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++)
		if (starts(t, s, e, marks[i].mark)) {
			v->bound = marks[i].bound;
			s += strlen(marks[i].mark);
			break;
		}
	v->scale = cell_scale(t, s, &e);
	/* a range: "$1.50 - $1.52", "~11% - 12%", "41.45 to 41.55": two
	 * numbers of one kind, the first not above the second */
	for (size_t i = s + 1; i + 1 < e; i++) {
		size_t sep = 0;
		if (t[i] == '-' && t[i - 1] != '(' && (isdigit((unsigned char)t[i - 1]) || t[i - 1] == ' ' || t[i - 1] == '%'))
			sep = 1;
		else if (i + 4 <= e && !memcmp(t + i, " to ", 4))
			sep = 4;
		if (!sep)
			continue;
		struct table_value a, b;
		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		if (parse_number(t, s, i, &a) < 0 || parse_number(t, i + sep, e, &b) < 0)
			return -1;
		if (b.percent)
			a.percent = 1;
		if (a.percent != b.percent || a.value > b.value || a.value < 0)
			return -1;
		v->range = 1;
		v->low = a.value;
		v->high = b.value;
		v->value = (a.value + b.value) / 2;
		v->percent = a.percent;
		v->dollar = a.dollar || b.dollar;
		v->decimals = a.decimals > b.decimals ? a.decimals : b.decimals;
		return 0;
	}
	return parse_number(t, s, e, v);
}

/* Where the raw line holding `pos` starts (layout lines are trimmed). */
static size_t raw_start(const char *t, size_t pos)
{
	while (pos > 0 && t[pos - 1] != '\n')
		pos--;
	return pos;
}

/* Whether line `l` is words over a table's columns that say which part
 * of a year they are: Three Months Ended, September 30, Six Months Ended. */
static int period_words_line(const char *text, const struct layout_line *l)
{
	static const char *const words[] = { "months ended", "weeks ended", "quarter ended", "ended", "ending",
					     "january", "february", "march", "april", "may", "june", "july", "august",
					     "september", "october", "november", "december", "截至", "止" };
	if (l->end <= l->start || layout_columns(text, l->start, l->end) > 60)
		return 0;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (span_contains(text, l->start, l->end, words[i], 1))
			return 1;
	return 0;
}

int table_year_cell(const char *t, size_t s, size_t e)
{
	if (e - s == 7 && !memcmp(t + s + 4, "年", 3))
		e -= 3;
	if (e - s != 4)
		return 0;
	for (size_t i = s; i < e; i++)
		if (!isdigit((unsigned char)t[i]))
			return 0;
	return 1;
}

/* Whether t[s..e), the first cell of a row of years, is words over the
 * labels ("earnings per share)" of a units note set in two lines). */
static int label_words_cell(const char *t, size_t s, size_t e)
{
	size_t letters = 0;
	for (size_t i = s; i < e; i++) {
		if (isdigit((unsigned char)t[i]))
			return 0;
		letters += isalpha((unsigned char)t[i]) != 0;
	}
	return letters >= 3;
}

/* Whether t[s..e) heads a column of changes: Change, % Change, 同比. */
static int change_word_cell(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "change", "% change", "percentage change", "percent change", "yoy", "y/y",
					     "% chg", "chg", "同比", "增减", "变动", "增减(%)", "同比(%)", "同比变动", "同比变化",
					     "同比增减", "按年变动", "按年变化" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (e - s == strlen(words[i]) && !strncasecmp(t + s, words[i], e - s))
			return 1;
	return 0;
}

/* Whether t[s..e) holds nothing but the marks between cells. */
static int empty_cell(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (t[i] != ' ' && t[i] != '|')
			return 0;
	return 1;
}

/* Whether line l is a row of years (2025  2024), perhaps with the word
 * over a change column beside them (2025  2024  Change). */
static int years_row(const char *text, const struct layout_line *l)
{
	if (layout_all_cells(text, l->start, l->end, table_year_cell))
		return 1;
	size_t cs[16], ce[16];
	size_t n = layout_cells(text, l->start, l->end, cs, ce, 16), years = 0;
	for (size_t i = 0; i < n; i++) {
		if (table_year_cell(text, cs[i], ce[i]))
			years++;
		/* (a pipe table's empty cells: "| 2023 | 2022 | ||||") */
		else if (!change_word_cell(text, cs[i], ce[i]) && !(i == 0 && label_words_cell(text, cs[i], ce[i])) &&
			 !(i > 0 && empty_cell(text, cs[i], ce[i])))
			return 0;
	}
	return years >= 2;
}

int table_section(const char *text, const struct layout_line *l)
{
	if (l->kind != LAYOUT_HEADING && l->kind != LAYOUT_TEXT && !(l->kind == LAYOUT_TABLE && l->ncells == 1))
		return 0;
	if (l->end <= l->start || layout_columns(text, l->start, l->end) > 40)
		return 0;
	int words = 0; /* (a rule drawn under columns has none) */
	for (size_t i = l->start; i < l->end; i++) {
		unsigned char c = (unsigned char)text[i];
		if (isdigit(c) || c == '.' || c == ';')
			return 0;
		words |= isalpha(c) || c >= 0xE3;
	}
	return words;
}

/* Whether line l says only that the figures are unaudited. */
static int unaudited_line(const char *text, const struct layout_line *l)
{
	size_t s = l->start, e = l->end;
	while (s < e && (text[s] == '(' || text[s] == ' '))
		s++;
	while (e > s && (text[e - 1] == ')' || text[e - 1] == ' '))
		e--;
	return e - s == 9 && !strncasecmp(text + s, "unaudited", 9);
}

/* Whether line l has a cell that is a figure: a row, not a header of
 * periods (Q3 2025   Q3 2024   Y/Y), which starts a table of its own. */
static int holds_figure(const char *text, const struct layout_line *l)
{
	size_t cs[32], ce[32];
	size_t nc = layout_cells(text, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
	struct table_value v;
	for (size_t i = 0; i < nc && i < ARRAY_SIZE(cs); i++)
		if (table_parse_value(text, cs[i], ce[i], &v) == 0)
			return 1;
	return 0;
}

/* Whether line l holds words in one cell only, its other cells empty or
 * rules ("GAAP | |||||" over a table set with pipes): a label over a
 * group of rows, no header of columns. */
static int one_word_cell(const char *text, const struct layout_line *l)
{
	size_t cs[32], ce[32];
	size_t nc = layout_cells(text, l->start, l->end, cs, ce, ARRAY_SIZE(cs)), worded = 0;
	for (size_t i = 0; i < nc && i < ARRAY_SIZE(cs); i++) {
		int w = 0;
		for (size_t p = cs[i]; p < ce[i] && !w; p++)
			w = isalnum((unsigned char)text[p]) || (unsigned char)text[p] >= 0x80;
		worded += w;
	}
	return nc >= 2 && worded == 1;
}

int table_revision_word(const char *t, size_t s, size_t e)
{
	static const struct {
		const char *w;
		int which;
	} words[] = {
		{ "old", 1 }, { "prior", 1 }, { "previous", 1 }, { "旧", 1 }, { "原预测", 1 }, { "调整前", 1 },
		{ "new", 2 }, { "revised", 2 }, { "current", 2 }, { "updated", 2 }, { "新", 2 }, { "新预测", 2 },
		{ "调整后", 2 },
	};
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i].w) == e - s && !strncasecmp(t + s, words[i].w, e - s))
			return words[i].which;
	return 0;
}

/* Whether a line's cells, past a first one of units or a label, all say
 * old or new figures (Old  New  Old  New, 原预测  新预测). */
static int revision_row(const char *text, const struct layout_line *l)
{
	size_t cs[32], ce[32];
	size_t nc = layout_cells(text, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
	if (nc < 3 || nc > ARRAY_SIZE(cs))
		return 0;
	/* (New  Old  Cons. with no label cell: the Street's beside them) */
	static const char *const street[] = { "cons.", "cons", "consensus", "street" };
	int revised = 0;
	for (size_t i = table_revision_word(text, cs[0], ce[0]) ? 0 : 1; i < nc; i++) {
		size_t s = cs[i], e = ce[i];
		int w = table_revision_word(text, s, e), other = 0;
		for (size_t k = 0; k < ARRAY_SIZE(street) && !w; k++)
			other |= e - s == strlen(street[k]) && !strncasecmp(text + s, street[k], e - s);
		if (!w && !other)
			return 0;
		revised |= w != 0;
	}
	return revised;
}

void table_blocks(const char *text, const struct layout_line *lines, size_t n, struct table_block **out,
		  size_t *nout, size_t *cap)
{
	for (size_t i = 0; i < n;) {
		if (lines[i].kind != LAYOUT_TABLE) {
			i++;
			continue;
		}
		struct table_block b;
		b.first = i;
		for (;;) {
			while (i + 1 < n && (lines[i + 1].kind == LAYOUT_TABLE || lines[i + 1].kind == LAYOUT_UNITS ||
					     (i + 2 < n && lines[i + 2].kind == LAYOUT_TABLE && table_section(text, &lines[i + 1]) &&
					      holds_figure(text, &lines[i + 2]))))
				i++;
			/* a blank line (and a section label) between groups of rows
			 * of the same shape: the table goes on */
			size_t k = i + 1;
			if (k < n && lines[k].kind == LAYOUT_BLANK)
				k++;
			if (k + 1 < n && lines[k + 1].kind == LAYOUT_TABLE && table_section(text, &lines[k]))
				k++;
			if (k == i + 1 || k >= n || lines[k].kind != LAYOUT_TABLE || lines[k].ncells != lines[i].ncells ||
			    lines[i].ncells < 2 || !holds_figure(text, &lines[k]))
				break;
			i = k;
		}
		b.last = i;
		i++;
		b.header = -1;
		int units_header = 0;
		/* "($ in millions)   Our est.   Street   Diff." over rows of as
		 * many cells: the units line is the header too */
		if (b.first > 0 && lines[b.first - 1].kind == LAYOUT_UNITS && lines[b.first - 1].ncells >= 3 &&
		    lines[b.first - 1].ncells == lines[b.first].ncells) {
			b.first--;
			b.header = (int)b.first;
			units_header = 1;
		}
		/* "Q4 FY26 Guidance      Full Year FY26 Guidance" over rows of
		 * figures: a header of words alone, one cell to a column of them */
		size_t over = b.first;
		/* (a units line may stand between it and the rows, a blank
		 * line under it) */
		if (over > 2 && lines[over - 1].kind == LAYOUT_BLANK && lines[over - 2].kind == LAYOUT_UNITS)
			over -= 2;
		else if (over > 1 && lines[over - 1].kind == LAYOUT_UNITS)
			over--;
		/* (项目  本报告期  上年同期  本报告期比上年  年初至报告期末比 over
		 * "同期增减(%)  上年同期增减(%)": its long cells wrapped onto a
		 * line of fewer cells, which belongs to it) */
		/* (not over a row of years: the words over those say which part
		 * of each year, "Three Months Ended / March 31," beside "Year-
		 * over- / Year % / Change") */
		int years_first = years_row(text, &lines[b.first]);
		if (!units_header && !years_first && over > 1 && lines[over - 1].kind != LAYOUT_BLANK && lines[over - 1].ncells >= 1 &&
		    lines[over - 1].ncells + 2 <= lines[b.first].ncells && !holds_figure(text, &lines[over - 1]) &&
		    (lines[over - 2].kind == LAYOUT_HEADING || lines[over - 2].kind == LAYOUT_TEXT) &&
		    lines[over - 2].ncells + 1 >= lines[b.first].ncells && lines[over - 2].ncells <= lines[b.first].ncells &&
		    !holds_figure(text, &lines[over - 2]))
			over--;
		if (!units_header && !years_first && over > 0 && (lines[over - 1].kind == LAYOUT_HEADING || lines[over - 1].kind == LAYOUT_TEXT) &&
		    lines[over - 1].ncells >= 2 && lines[over - 1].ncells + 1 >= lines[b.first].ncells &&
		    lines[over - 1].ncells <= lines[b.first].ncells) {
			b.first = over - 1;
			b.header = (int)b.first;
		}
		/* the header: the first row of two cells or more */
		for (size_t k = b.first; k <= b.last && b.header < 0; k++)
			if (lines[k].kind == LAYOUT_TABLE && lines[k].ncells >= 2 && !one_word_cell(text, &lines[k]))
				b.header = (int)k;
		/* September 27,   September 28, over 2025   2024 (or Quarter
		 * Ended   Year Ended over 2024   2025   2024   2025): the years
		 * end a header set on several lines */
		/* (the years' row may leave the label cell out:   2025   2024
		 * under "(In millions)   January 26,   January 28,") */
		if (b.header >= 0 && (size_t)b.header < b.last &&
		    (lines[b.header + 1].ncells == lines[b.header].ncells ||
		     lines[b.header + 1].ncells + 1 == lines[b.header].ncells || period_words_line(text, &lines[b.header]) ||
		     lines[b.header + 1].ncells > lines[b.header].ncells) &&
		    years_row(text, &lines[b.header + 1]))
			b.header++;
		b.above = b.header > (int)b.first && lines[b.header - 1].ncells == 1 ? b.header - 1 : -1;
		/*                   FY26E (May-26)      FY27E (May-27)
		 * ($bn)             Old      New        Old      New: the periods
		 * over a units line that heads the columns */
		if (b.above < 0 && b.header > 0 && lines[b.header - 1].kind != LAYOUT_BLANK &&
		    lines[b.header - 1].ncells >= 2 && lines[b.header - 1].ncells < lines[b.header].ncells &&
		    !holds_figure(text, &lines[b.header - 1]) && revision_row(text, &lines[b.header]))
			b.above = b.header - 1;
		/* "Three Months Ended" over "September 30," over the years:
		 * period words set on the lines right over the header */
		int h = b.header >= 0 ? b.header : (int)b.first;
		b.above_first = b.above;
		if (b.above < 0 && h > 0 && lines[h - 1].kind != LAYOUT_BLANK && lines[h - 1].ncells == 1 &&
		    lines[h - 1].kind != LAYOUT_UNITS && period_words_line(text, &lines[h - 1]))
			b.above = b.above_first = h - 1;
		if (b.above >= 0 && b.above_first > 0 && lines[b.above_first - 1].kind != LAYOUT_BLANK &&
		    lines[b.above_first - 1].ncells == 1 && lines[b.above_first - 1].kind != LAYOUT_UNITS &&
		    period_words_line(text, &lines[b.above_first - 1]))
			b.above_first--;
		b.units = b.caption = -1;
		for (size_t k = b.first; k <= b.last; k++)
			if (lines[k].kind == LAYOUT_UNITS && b.units < 0)
				b.units = (int)k;
		size_t k = b.first;
		for (int steps = 0; k > 0 && steps < 8; steps++) {
			k--;
			if (lines[k].kind == LAYOUT_UNITS && b.units < 0)
				b.units = (int)k;
			else if ((int)k >= b.above_first && b.above_first >= 0)
				continue; /* the period words over the header */
			/* Three Months Ended   Twelve Months Ended, (unaudited): a
			 * statement's lines between its units and its rows */
			else if (period_words_line(text, &lines[k]) || unaudited_line(text, &lines[k]))
				continue;
			else if (lines[k].kind == LAYOUT_HEADING && b.caption < 0)
				b.caption = (int)k;
			else if (lines[k].kind != LAYOUT_BLANK)
				break;
		}
		GROW(*out, *cap, *nout + 1);
		(*out)[(*nout)++] = b;
	}
}

int table_cell_over(const char *text, const struct layout_line *above, const struct layout_line *row, size_t s, size_t e,
		    size_t *cs, size_t *ce)
{
	size_t as[32], ae[32];
	size_t na = layout_cells(text, above->start, above->end, as, ae, ARRAY_SIZE(as));
	if (na > ARRAY_SIZE(as))
		na = ARRAY_SIZE(as);
	size_t ar = raw_start(text, above->start), rr = raw_start(text, row->start);
	long a = (long)layout_columns(text, rr, s), b = a + (long)layout_columns(text, s, e), mid = (a + b) / 2;
	long best = -1, bestd = 0, second = -1;
	for (size_t k = 0; k < na; k++) {
		long ca = (long)layout_columns(text, ar, as[k]), cb = ca + (long)layout_columns(text, as[k], ae[k]);
		/* over it: the cell spans its middle, or nearly */
		long d = mid < ca ? ca - mid : mid > cb ? mid - cb : 0;
		if (best < 0 || d < bestd) {
			second = best < 0 ? second : bestd;
			best = (long)k;
			bestd = d;
		} else if (second < 0 || d < second) {
			second = d;
		}
	}
	(void)row;
	/* a few columns off when no other cell is near: a group's words set
	 * a little right of its first column */
	if (best < 0 || bestd > 6 || (bestd > 2 && second >= 0 && second < 2 * bestd))
		return 0;
	*cs = as[best];
	*ce = ae[best];
	return 1;
}

size_t table_row_cells(const char *text, const struct layout_line *lines, int header, size_t line, size_t *s,
		       size_t *e, int *col, size_t max)
{
	const struct layout_line *l = &lines[line];
	size_t nc = layout_cells(text, l->start, l->end, s, e, max);
	size_t m = nc < max ? nc : max;
	for (size_t i = 0; i < m; i++)
		col[i] = -1;
	if (header < 0)
		return nc;
	const struct layout_line *h = &lines[header];
	size_t hs[32], he[32];
	size_t nh = layout_cells(text, h->start, h->end, hs, he, ARRAY_SIZE(hs));
	if (nh > ARRAY_SIZE(hs))
		nh = ARRAY_SIZE(hs);
	size_t hr = raw_start(text, h->start), rr = raw_start(text, l->start);
	/* as many cells as the header: one under each, in order — unless
	 * the header starts right of the row's label (no label cell over the
	 * labels: "Q3 2024  Q2 2025  Q3 2025  Q3 2025" over "Operating margin
	 * 21%  14%  (23%)"), when a cell is the column it stands under */
	if (nh == nc && (nc == 0 || layout_columns(text, hr, hs[0]) < layout_columns(text, rr, e[0]))) {
		for (size_t i = 0; i < m; i++)
			col[i] = (int)i;
		return nc;
	}
	/* cells set apart by '|' in both: one under each, in order, where a
	 * row leaves its trailing empty cells out ("EPS | $ 2.20 | $ 2.72 |
	 * (19) % |" under "In millions | 2023 | 2022 | ||||"); no column is
	 * where its text stands */
	if (memchr(text + h->start, '|', h->end - h->start) && memchr(text + l->start, '|', l->end - l->start)) {
		for (size_t i = 0; i < m && i < nh; i++)
			col[i] = (int)i;
		return nc;
	}
	/* the header's columns once, not once for each cell of the row */
	long hc[32], hd[32];
	for (size_t k = 0; k < nh; k++) {
		hc[k] = (long)layout_columns(text, hr, hs[k]);
		hd[k] = hc[k] + (long)layout_columns(text, hs[k], he[k]);
	}
	for (size_t i = 0; i < m; i++) {
		long a = (long)layout_columns(text, rr, s[i]), b = a + (long)layout_columns(text, s[i], e[i]);
		long best = -1, bestd = 0, second = -1;
		for (size_t k = 0; k < nh; k++) {
			/* centred, or right-aligned as figures under their years
			 * are ($ 28,317 under 2024) */
			long dist = labs((a + b) - (hc[k] + hd[k])) / 2;
			long right = labs(b - hd[k]);
			if (right < dist)
				dist = right;
			long room = ((b - a) > (hd[k] - hc[k]) ? (b - a) : (hd[k] - hc[k])) / 2 + 4;
			if (dist > room)
				continue;
			if (best < 0 || dist < bestd) {
				second = best < 0 ? -1 : bestd;
				best = (long)k;
				bestd = dist;
			} else if (second < 0 || dist < second) {
				second = dist;
			}
		}
		/* as near one header cell as another: which column it is, is
		 * not said */
		col[i] = best >= 0 && second >= 0 && second - bestd < 1 && i > 0 ? -1 : (int)best;
	}
	return nc;
}
