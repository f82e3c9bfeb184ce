/*
 * Native spreadsheets (.xlsx) through libxlsxwriter: sheets of typed cells
 * (text, numbers at full precision, dates), a frozen header row, column
 * widths, a distinct style for estimates, and native line charts drawn
 * from a sheet's columns. The only file that includes xlsxwriter.h. Text
 * is always written as text, never as a formula.
 */
#ifndef MTRACK_XLSXOUT_H
#define MTRACK_XLSXOUT_H

#include <stddef.h>

#include "util.h"

struct xlsxout;

/* Starts a workbook that xlsxout_close() writes to `path`. NULL with `e`
 * set on failure. */
struct xlsxout *xlsxout_new(const char *path, struct errmsg *e);

/* Adds a sheet and makes it current: its header row (bold, frozen, with
 * an autofilter) and column widths in characters (0: the default).
 * `name` is cut to Excel's 31 characters. Returns 0 or -1 with `e` set. */
int xlsxout_sheet(struct xlsxout *x, const char *name, const char *const *headers, const double *widths,
		  size_t ncols, struct errmsg *e);

/* Whether the cells written next are estimates (drawn in their own
 * style), until said otherwise. */
void xlsxout_estimate(struct xlsxout *x, int on);

/* Appends a cell to the current row: text (NULL or "" is an empty cell),
 * a number, a date (YYYY-MM-DD; anything else is written as text). */
void xlsxout_text(struct xlsxout *x, const char *s);
void xlsxout_number(struct xlsxout *x, double v);
void xlsxout_date(struct xlsxout *x, const char *iso);
void xlsxout_empty(struct xlsxout *x);

/* Ends the row; the next cell starts the next row. Returns the 0-based
 * row just ended (the header is row 0). */
long xlsxout_end_row(struct xlsxout *x);

/* One line of a chart: the values in column `col` of sheet `sheet`, rows
 * first..last (0-based), named `name`. */
struct xlsxout_line {
	const char *name;
	int col;
};

/* Adds a native line chart to sheet `on` (created when missing), below
 * the charts already there: `title`, the categories in column `cat_col`
 * of `sheet` rows first..last, one line per entry of `lines`. Empty cells
 * are gaps. Returns 0 or -1 with `e` set. */
int xlsxout_line_chart(struct xlsxout *x, const char *on, const char *title, const char *sheet, int cat_col,
		       long first, long last, const struct xlsxout_line *lines, size_t nlines, const char *y_title,
		       struct errmsg *e);

/* Writes the workbook and frees `x` (also on failure). Returns 0, or -1
 * with `e` set when a cell write failed before or the file cannot be
 * written. */
int xlsxout_close(struct xlsxout *x, struct errmsg *e);

#endif
