/*
 * .xlsx workbooks through libxlsxwriter (see xlsxout.h). The only file
 * that includes xlsxwriter.h. The library is opened with the first
 * workbook: loading it, and the libcrypto it links, at start cost every
 * run of mtrack, most of which never write one.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "buf.h"
#include "period.h"
#include "xlsxout.h"
#include "banned.h"

/* The functions of libxlsxwriter this file calls. */
#define LXW_FUNCTIONS(X) \
	X(chart_add_series) \
	X(chart_axis_set_name) \
	X(chart_legend_set_position) \
	X(chart_series_set_categories) \
	X(chart_series_set_marker_type) \
	X(chart_series_set_name) \
	X(chart_series_set_values) \
	X(chart_show_blanks_as) \
	X(chart_title_set_name) \
	X(format_set_bg_color) \
	X(format_set_bold) \
	X(format_set_bottom) \
	X(format_set_font_color) \
	X(format_set_italic) \
	X(format_set_num_format) \
	X(lxw_strerror) \
	X(workbook_add_chart) \
	X(workbook_add_format) \
	X(workbook_add_worksheet) \
	X(workbook_close) \
	X(workbook_new) \
	X(worksheet_autofilter) \
	X(worksheet_freeze_panes) \
	X(worksheet_insert_chart_opt) \
	X(worksheet_set_column) \
	X(worksheet_write_blank) \
	X(worksheet_write_datetime) \
	X(worksheet_write_number) \
	X(worksheet_write_string)

static pthread_once_t lx_once = PTHREAD_ONCE_INIT;
static struct {
#define X(f) __typeof__(&f) f;
	LXW_FUNCTIONS(X)
#undef X
	char error[160];
} lx;

static void load_xlsxwriter(void)
{
	void *lib = dlopen(MTRACK_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
	const char *missing = NULL;
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
#define X(f) \
	if (lib && !(*(void **)&lx.f = dlsym(lib, #f)) && !missing) \
		missing = #f;
	LXW_FUNCTIONS(X)
#undef X
	if (!lib || missing) {
		const char *why = dlerror();
		snprintf(lx.error, sizeof(lx.error), "%s", why ? why : MTRACK_XLSXWRITER_SONAME " lacks a function");
		lx.workbook_new = NULL;
	}
}

struct xlsxout {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	char sheet[32];
	lxw_format *head, *text, *date, *num, *integer;
	lxw_format *etext, *edate, *enum_, *einteger; /* estimates */
	lxw_row_t row;
	lxw_col_t col;
	int estimate;
	lxw_error failed;
	/* the chart sheet and how many charts it holds */
	lxw_worksheet *charts;
	char charts_name[32];
	int ncharts;
};

static lxw_format *style(lxw_workbook *wb, const char *numfmt, int estimate)
{
	lxw_format *f = lx.workbook_add_format(wb);
	if (numfmt)
		lx.format_set_num_format(f, numfmt);
	if (estimate) {
		/* italic on a pale amber: an estimate is seen at a glance */
		lx.format_set_italic(f);
		lx.format_set_font_color(f, 0x7F4F00);
		lx.format_set_bg_color(f, 0xFFF2CC);
	}
	return f;
}

struct xlsxout *xlsxout_new(const char *path, struct errmsg *e)
{
	pthread_once(&lx_once, load_xlsxwriter);
	if (!lx.workbook_new) {
		err_set(e, "'%s': .xlsx output needs libxlsxwriter (apt-get install libxlsxwriter4): %s", path,
			lx.error);
		return NULL;
	}
	lxw_workbook *wb = lx.workbook_new(path);
	if (!wb) {
		err_set(e, "cannot start a workbook for '%s'", path);
		return NULL;
	}
	struct xlsxout *x = xcalloc(1, sizeof(*x));
	x->wb = wb;
	x->head = lx.workbook_add_format(wb);
	lx.format_set_bold(x->head);
	lx.format_set_bottom(x->head, LXW_BORDER_THIN);
	lx.format_set_bg_color(x->head, 0xEDEDED);
	x->text = style(wb, NULL, 0);
	x->date = style(wb, "yyyy-mm-dd", 0);
	/* shown with separators; stored at full precision whatever is shown */
	x->num = style(wb, "#,##0.0#########", 0);
	x->integer = style(wb, "#,##0", 0);
	x->etext = style(wb, NULL, 1);
	x->edate = style(wb, "yyyy-mm-dd", 1);
	x->enum_ = style(wb, "#,##0.0#########", 1);
	x->einteger = style(wb, "#,##0", 1);
	return x;
}

static void sheet_name(char out[32], const char *name)
{
	/* Excel refuses []:*?/\ in a sheet name and more than 31 bytes; a
	 * cut never splits a UTF-8 character */
	size_t n = strlen(name);
	if (n > 31)
		for (n = 31; n > 0 && ((unsigned char)name[n] & 0xC0) == 0x80; n--)
			;
	for (size_t i = 0; i < n; i++)
		out[i] = strchr("[]:*?/\\", name[i]) ? '_' : name[i];
	out[n] = '\0';
}

static void note(struct xlsxout *x, lxw_error err)
{
	if (err != LXW_NO_ERROR && x->failed == LXW_NO_ERROR)
		x->failed = err;
}

int xlsxout_sheet(struct xlsxout *x, const char *name, const char *const *headers, const double *widths,
		  size_t ncols, struct errmsg *e)
{
	char n[32];
	sheet_name(n, name);
	/* a refused sheet (a name already used) leaves the current one */
	lxw_worksheet *ws = lx.workbook_add_worksheet(x->wb, n);
	if (!ws)
		return err_set(e, "cannot add the sheet '%s'", n);
	x->ws = ws;
	copy_str(x->sheet, sizeof(x->sheet), n);
	for (size_t c = 0; c < ncols; c++) {
		note(x, lx.worksheet_write_string(x->ws, 0, (lxw_col_t)c, headers[c], x->head));
		if (widths && widths[c] > 0)
			note(x, lx.worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL));
	}
	lx.worksheet_freeze_panes(x->ws, 1, 0);
	if (ncols)
		note(x, lx.worksheet_autofilter(x->ws, 0, 0, 0, (lxw_col_t)(ncols - 1)));
	x->row = 1;
	x->col = 0;
	return 0;
}

void xlsxout_estimate(struct xlsxout *x, int on)
{
	x->estimate = on;
}

void xlsxout_text(struct xlsxout *x, const char *s)
{
	if (s && *s)
		note(x, lx.worksheet_write_string(x->ws, x->row, x->col, s, x->estimate ? x->etext : x->text));
	else if (x->estimate)
		note(x, lx.worksheet_write_blank(x->ws, x->row, x->col, x->etext));
	x->col++;
}

void xlsxout_number(struct xlsxout *x, double v)
{
	int whole = v == (double)(long long)v && v > -1e15 && v < 1e15;
	lxw_format *f = x->estimate ? (whole ? x->einteger : x->enum_) : (whole ? x->integer : x->num);
	note(x, lx.worksheet_write_number(x->ws, x->row, x->col, v, f));
	x->col++;
}

void xlsxout_date(struct xlsxout *x, const char *iso)
{
	struct date d;
	if (!iso || !*iso) {
		xlsxout_empty(x);
		return;
	}
	if (date_parse(iso, &d) < 0) {
		xlsxout_text(x, iso);
		return;
	}
	lxw_datetime dt = { d.y, d.m, d.d, 0, 0, 0 };
	note(x, lx.worksheet_write_datetime(x->ws, x->row, x->col, &dt, x->estimate ? x->edate : x->date));
	x->col++;
}

void xlsxout_empty(struct xlsxout *x)
{
	if (x->estimate)
		note(x, lx.worksheet_write_blank(x->ws, x->row, x->col, x->etext));
	x->col++;
}

long xlsxout_end_row(struct xlsxout *x)
{
	x->col = 0;
	return (long)x->row++;
}

int xlsxout_line_chart(struct xlsxout *x, const char *on, const char *title, const char *sheet, int cat_col,
		       long first, long last, const struct xlsxout_line *lines, size_t nlines, const char *y_title,
		       struct errmsg *e)
{
	char data[32], where[32];
	sheet_name(data, sheet);
	sheet_name(where, on);
	if (!x->charts || strcmp(x->charts_name, where)) {
		if (!(x->charts = lx.workbook_add_worksheet(x->wb, where)))
			return err_set(e, "cannot add the sheet '%s'", where);
		copy_str(x->charts_name, sizeof(x->charts_name), where);
		x->ncharts = 0;
	}
	lxw_chart *ch = lx.workbook_add_chart(x->wb, LXW_CHART_LINE);
	if (!ch)
		return err_set(e, "cannot add a chart");
	lx.chart_title_set_name(ch, title);
	lx.chart_show_blanks_as(ch, LXW_CHART_BLANKS_AS_GAP);
	lx.chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	if (y_title && *y_title)
		lx.chart_axis_set_name(ch->y_axis, y_title);
	for (size_t i = 0; i < nlines; i++) {
		lxw_chart_series *s = lx.chart_add_series(ch, NULL, NULL);
		if (!s)
			return err_set(e, "cannot add a chart series");
		lx.chart_series_set_categories(s, data, (lxw_row_t)first, (lxw_col_t)cat_col, (lxw_row_t)last,
					    (lxw_col_t)cat_col);
		lx.chart_series_set_values(s, data, (lxw_row_t)first, (lxw_col_t)lines[i].col, (lxw_row_t)last,
					(lxw_col_t)lines[i].col);
		lx.chart_series_set_name(s, lines[i].name);
		lx.chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
	}
	lxw_chart_options opt = { .x_scale = 1.6, .y_scale = 1.3 };
	note(x, lx.worksheet_insert_chart_opt(x->charts, (lxw_row_t)(1 + 21 * x->ncharts), 1, ch, &opt));
	x->ncharts++;
	return 0;
}

int xlsxout_close(struct xlsxout *x, struct errmsg *e)
{
	int rc = 0;
	if (x->failed != LXW_NO_ERROR)
		rc = err_set(e, "cannot write a cell: %s", lx.lxw_strerror(x->failed));
	lxw_error err = lx.workbook_close(x->wb);
	if (err != LXW_NO_ERROR && !rc)
		rc = err_set(e, "%s", lx.lxw_strerror(err));
	free(x);
	return rc;
}
