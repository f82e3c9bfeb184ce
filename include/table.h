/*
 * Tables as text: the blocks of aligned rows a layout found (see layout.h),
 * each with its units line, its caption and its header row, and each cell
 * tied to the header cell it stands under. What a row or a column means
 * (a metric, a company, a period) is for assembly to say; a table only
 * knows where things stand and what a cell's number is.
 */
#ifndef MTRACK_TABLE_H
#define MTRACK_TABLE_H

#include <stddef.h>

#include "layout.h"

enum table_bound { TABLE_EXACT, TABLE_APPROX, TABLE_AT_LEAST, TABLE_AT_MOST };

/* A number as a table writes it: $15,876 (283) -5.2 12% ~130 >10 — digits
 * with a currency mark, a sign, a percent, an approximation or a bound —
 * or a range of two ($1.50 - $1.52), either with a scale word after it. */
struct table_value {
	double value;     /* (283) is -283; a range's midpoint */
	int percent;      /* ends with % */
	int points;       /* ends with pct, ppt, pp or bps: percentage points (bps as points) */
	int dollar;       /* starts with $ */
	enum table_bound bound;
	int decimals;     /* digits after the point: the rounding written */
	int range;        /* "$1.50 - $1.52", "~11% - 12%": low and high */
	double low, high;
	double scale;     /* a scale word in the cell ($11.13 Billion): its factor; 0 none */
};

/* Reads the cell t[s..e); returns 0, or -1 when it is no number (—, n/a,
 * a word). */
int table_parse_value(const char *t, size_t s, size_t e, struct table_value *v);

struct table_block {
	size_t first, last; /* its rows: lines[first..last] */
	int header;         /* the header row (periods or measures over the columns), -1 none */
	int units;          /* its units line (单位：亿元, (In millions ...)), -1 none */
	int caption;        /* the heading right above it (表 1：...), -1 none */
	int above;          /* the line above the header holding its period words
			     * (Three Months Ended September 30,), -1 none */
	int above_first;    /* where those words start, a line higher when they
			     * take two (Three Months Ended / September 30,) */
};

/* Whether the cell t[s..e) says only that its column holds earlier or
 * revised figures of an estimate table: 1 (Old, Prior, 原预测), 2 (New,
 * Revised, Current, 新预测), 0 neither. */
int table_revision_word(const char *t, size_t s, size_t e);

/* Whether t[s..e) is a year alone, as a column is headed: 2025, 2025年. */
int table_year_cell(const char *t, size_t s, size_t e);

/* Whether line `l` is a section label between the rows of a table: a short
 * line of words with no figure ("Revenue", "Operating income:") naming what
 * the rows under it measure. */
int table_section(const char *text, const struct layout_line *l);

/* Finds the tables among lines[0..n) and appends them to *out (grown
 * with realloc; you own it). A section label between its rows is one of
 * its lines. */
void table_blocks(const char *text, const struct layout_line *lines, size_t n, struct table_block **out,
		  size_t *nout, size_t *cap);

/* The cell of line `above` that stands over t[s..e), a cell of line `row`
 * (its middle within the cell's columns, or two columns from them):
 * writes its span to *cs, *ce and returns 1, or returns 0. */
int table_cell_over(const char *text, const struct layout_line *above, const struct layout_line *row, size_t s, size_t e,
		    size_t *cs, size_t *ce);

/* The cells of row `line` tied to the header's: writes, for each of the
 * row's cells (at most `max`), its span and the index of the header cell
 * it stands under (-1 when none is near) and returns the row's cell count.
 * Cells are matched by their centres, in display columns. */
size_t table_row_cells(const char *text, const struct layout_line *lines, int header, size_t line, size_t *s,
		       size_t *e, int *col, size_t max);

#endif
