/*
 * mtrack export: facts for spreadsheets, as CSV (long or wide) or as a
 * native workbook (.xlsx: a long sheet, a wide sheet per period type and
 * a line chart per metric).
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "csvout.h"
#include "xlsxout.h"
#include "banned.h"

const char usage_export[] =
	"export [--as-of DATE] [--known-at TIME] [--entity E]... [--metric M]... [--kind K] [--from P] [--to P]\n"
	"              [--calendar] [--wide] [--period-type T] [--history] [--bom | --no-bom]\n"
	"              [-o FILE.csv|FILE.xlsx]\n\n"
	"Writes facts as CSV (RFC 4180), or as a workbook when FILE ends in .xlsx.\n"
	"Values are in base units at full precision (392000000000, 23.7); CSV text\n"
	"cells that a spreadsheet would run as a formula are defused with a leading\n"
	"apostrophe.\n\n"
	"  (default)       long layout: one row per fact with its current value\n"
	"  --history       every value ever reported, with a 'current' column\n"
	"  --wide          one row per period, one column per entity/metric/kind;\n"
	"                  a column holding estimates is followed by one headed\n"
	"                  '<column> E' with an E on each estimate's row; a row is\n"
	"                  named by its fiscal period when its facts agree on it,\n"
	"                  else by its calendar period\n"
	"  --period-type T the wide layout's periods: quarter (the default when there\n"
	"                  are quarters), half, year, month or ytd; one type a table\n"
	"  --calendar      label (and, with --wide, align) periods by calendar quarter\n"
	"  --entity E, --metric M   only these (repeat for several; ids or aliases)\n"
	"  --kind K        level, yoy or qoq\n"
	"  --as-of D       from the reports dated on or before D only\n"
	"  --known-at T    as the store stood at moment T (see 'mtrack help series')\n"
	"  --from P, --to P         period bounds (FY2026Q1, 2025Q3, YYYY-MM-DD)\n"
	"  -o, --output FILE  write FILE atomically (a UTF-8 BOM first unless --no-bom,\n"
	"                  so Excel shows Chinese text); default standard output,\n"
	"                  where a BOM is written only with --bom\n\n"
	"A workbook (-o FILE.xlsx) holds a 'long' sheet (typed cells: numbers,\n"
	"dates; the basis column, estimates in italics on amber, the entity's\n"
	"Chinese name and the source sentence), a 'wide <type>' sheet per period\n"
	"type with the current values, and a 'charts' sheet with a native line\n"
	"chart per exported metric and unit.\n";

/* ---- the facts, copied out of the store ---- */

struct xrow {
	char *entity, *metric, *kind, *period_type, *fiscal_label, *calendar_label, *period_start, *period_end;
	char *unit, *qualifier, *basis, *report_date, *report_title, *sentence, *entity_name, *metric_name;
	double value, low, high;
	int has_range, current;
	long report_id;
};

struct xrows {
	struct xrow *v;
	size_t n, cap;
};

static char *dup_or_empty(const char *s)
{
	return xstrdup(s ? s : "");
}

static int collect(const struct obs_row *r, void *ctx)
{
	struct xrows *x = ctx;
	GROW(x->v, x->cap, x->n + 1);
	struct xrow *o = &x->v[x->n++];
	o->entity = dup_or_empty(r->entity);
	o->metric = dup_or_empty(r->metric);
	o->kind = dup_or_empty(r->kind);
	o->period_type = dup_or_empty(r->period_type);
	o->fiscal_label = dup_or_empty(r->fiscal_label);
	o->calendar_label = dup_or_empty(r->calendar_label);
	o->period_start = dup_or_empty(r->period_start);
	o->period_end = dup_or_empty(r->period_end);
	o->unit = dup_or_empty(r->unit);
	o->qualifier = dup_or_empty(r->qualifier);
	o->basis = dup_or_empty(r->basis);
	o->report_date = dup_or_empty(r->report_date);
	o->report_title = dup_or_empty(r->report_title);
	o->sentence = dup_or_empty(r->sentence);
	o->entity_name = dup_or_empty(r->entity_name ? r->entity_name : r->entity);
	o->metric_name = dup_or_empty(r->metric_name ? r->metric_name : r->metric);
	o->value = r->value;
	o->low = r->low;
	o->high = r->high;
	o->has_range = r->has_range;
	o->current = r->current;
	o->report_id = r->report_id;
	return 0;
}

static void xrows_free(struct xrows *x)
{
	for (size_t i = 0; i < x->n; i++) {
		struct xrow *o = &x->v[i];
		char *f[] = { o->entity, o->metric, o->kind, o->period_type, o->fiscal_label, o->calendar_label,
			      o->period_start, o->period_end, o->unit, o->qualifier, o->basis, o->report_date,
			      o->report_title, o->sentence, o->entity_name, o->metric_name };
		for (size_t k = 0; k < ARRAY_SIZE(f); k++)
			free(f[k]);
	}
	free(x->v);
}

static int is_estimate(const struct xrow *r)
{
	return strcmp(r->basis, "actual") != 0; /* an estimate of any kind */
}

/* ---- the long CSV, streamed ---- */

struct long_ctx {
	struct csvout *c;
	int history;
};

static int long_row(const struct obs_row *r, void *ctx)
{
	struct long_ctx *l = ctx;
	cli_csv_fact(l->c, r);
	csvout_text(l->c, r->report_title);
	if (l->history)
		csvout_text(l->c, r->current ? "yes" : "no");
	csvout_end_row(l->c);
	return l->c->failed ? -1 : 0;
}

/* ---- the wide layout: one period type, a row per period ---- */

/* The period types in the order tables are written. */
static const char *const period_types[] = { "quarter", "half", "year", "month", "ytd" };

struct wide_row {
	char key[32], label[32], end[11];
};

struct wide_col {
	char key[200];
	const struct xrow *like;  /* a fact of this column */
	int any_estimate;
	int col;                  /* in a sheet: the value's column */
};

struct wide {
	const char *ptype;
	int calendar;
	struct wide_row *rows;
	struct wide_col *cols;
	size_t nrows, ncols;
	const struct xrow **cells; /* nrows x ncols, NULL where empty */
};

static int in_wide(const struct xrow *r, const char *ptype, int calendar, int history)
{
	return !strcmp(r->period_type, ptype) && (!calendar || r->calendar_label[0]) && (!history || r->current);
}

static void row_key(const struct xrow *r, int calendar, struct wide_row *out)
{
	copy_str(out->key, sizeof(out->key), calendar ? r->calendar_label : r->period_end);
	copy_str(out->label, sizeof(out->label),
		 calendar || !r->fiscal_label[0] ? r->calendar_label : r->fiscal_label);
	copy_str(out->end, sizeof(out->end), r->period_end);
}

static void col_key(const struct xrow *r, char *out, size_t len)
{
	snprintf(out, len, "%s %s %s (%s)", r->entity, r->metric, r->kind, r->unit);
}

static int cmp_wide_row(const void *a, const void *b)
{
	return strcmp(((const struct wide_row *)a)->key, ((const struct wide_row *)b)->key);
}

static int cmp_wide_col(const void *a, const void *b)
{
	return strcmp(((const struct wide_col *)a)->key, ((const struct wide_col *)b)->key);
}

/* Builds the wide table of period type `ptype` (the current values only,
 * when the rows are a history). */
static void wide_build(struct wide *w, const struct xrows *x, const char *ptype, int calendar, int history)
{
	memset(w, 0, sizeof(*w));
	w->ptype = ptype;
	w->calendar = calendar;
	size_t n = 0;
	for (size_t i = 0; i < x->n; i++)
		n += in_wide(&x->v[i], ptype, calendar, history);
	if (!n)
		return;
	w->rows = xcalloc(n, sizeof(*w->rows));
	w->cols = xcalloc(n, sizeof(*w->cols));
	for (size_t i = 0; i < x->n; i++) {
		const struct xrow *r = &x->v[i];
		if (!in_wide(r, ptype, calendar, history))
			continue;
		row_key(r, calendar, &w->rows[w->nrows++]);
		col_key(r, w->cols[w->ncols].key, sizeof(w->cols[w->ncols].key));
		w->cols[w->ncols++].like = r;
	}
	/* sorted, each once (the first fact seen names a row) */
	qsort(w->rows, w->nrows, sizeof(*w->rows), cmp_wide_row);
	qsort(w->cols, w->ncols, sizeof(*w->cols), cmp_wide_col);
	size_t u = 0;
	for (size_t i = 0; i < w->nrows; i++)
		if (!u || strcmp(w->rows[u - 1].key, w->rows[i].key))
			w->rows[u++] = w->rows[i];
	w->nrows = u;
	u = 0;
	for (size_t i = 0; i < w->ncols; i++)
		if (!u || strcmp(w->cols[u - 1].key, w->cols[i].key))
			w->cols[u++] = w->cols[i];
	w->ncols = u;
	w->cells = xcalloc(w->nrows * w->ncols, sizeof(*w->cells));
	for (size_t i = 0; i < x->n; i++) {
		const struct xrow *r = &x->v[i];
		if (!in_wide(r, ptype, calendar, history))
			continue;
		struct wide_row rk;
		struct wide_col ck;
		row_key(r, calendar, &rk);
		col_key(r, ck.key, sizeof(ck.key));
		const struct wide_row *ro = bsearch(&rk, w->rows, w->nrows, sizeof(rk), cmp_wide_row);
		struct wide_col *co = bsearch(&ck, w->cols, w->ncols, sizeof(ck), cmp_wide_col);
		w->cells[(size_t)(ro - w->rows) * w->ncols + (size_t)(co - w->cols)] = r;
		co->any_estimate |= is_estimate(r);
	}
	/* a row's fiscal label only when its facts agree on it (companies
	 * with other fiscal years share the end date, not the label) */
	for (size_t i = 0; !calendar && i < w->nrows; i++) {
		const char *fiscal = NULL;
		int agree = 1;
		for (size_t j = 0; j < w->ncols; j++) {
			const struct xrow *r = w->cells[i * w->ncols + j];
			if (!r)
				continue;
			if (!fiscal)
				fiscal = r->fiscal_label;
			else if (strcmp(fiscal, r->fiscal_label))
				agree = 0;
		}
		for (size_t j = 0; !agree && j < w->ncols; j++)
			if (w->cells[i * w->ncols + j] && w->cells[i * w->ncols + j]->calendar_label[0])
				copy_str(w->rows[i].label, sizeof(w->rows[i].label), w->cells[i * w->ncols + j]->calendar_label);
	}
}

static void wide_free(struct wide *w)
{
	free(w->rows);
	free(w->cols);
	free(w->cells);
}

/* The wide table's header: the period columns, then a column per series
 * and, after one holding estimates, its E column. */
static size_t wide_header(const struct wide *w, const char **out, char (*ekeys)[210])
{
	size_t n = 0;
	out[n++] = "period";
	if (!w->calendar)
		out[n++] = "period_end";
	out[n++] = "period_type";
	for (size_t j = 0; j < w->ncols; j++) {
		out[n++] = w->cols[j].key;
		if (w->cols[j].any_estimate) {
			snprintf(ekeys[j], 210, "%s E", w->cols[j].key);
			out[n++] = ekeys[j];
		}
	}
	return n;
}

static void write_wide_csv(struct csvout *c, const struct wide *w)
{
	const char **head = xcalloc(3 + 2 * w->ncols, sizeof(*head));
	char (*ekeys)[210] = xcalloc(w->ncols ? w->ncols : 1, sizeof(*ekeys));
	size_t nh = wide_header(w, head, ekeys);
	for (size_t i = 0; i < nh; i++)
		csvout_text(c, head[i]);
	csvout_end_row(c);
	for (size_t i = 0; i < w->nrows && !c->failed; i++) {
		csvout_text(c, w->rows[i].label);
		if (!w->calendar)
			csvout_text(c, w->rows[i].end);
		csvout_text(c, w->ptype);
		for (size_t j = 0; j < w->ncols; j++) {
			const struct xrow *r = w->cells[i * w->ncols + j];
			if (r)
				csvout_number(c, r->value);
			else
				csvout_empty(c);
			if (w->cols[j].any_estimate)
				csvout_text(c, r && is_estimate(r) ? "E" : "");
		}
		csvout_end_row(c);
	}
	free(head);
	free(ekeys);
}

/* The period type a wide CSV shows: the one asked, else quarters when
 * there are any, else the first type present. */
static const char *wide_type(const struct xrows *x, const char *asked)
{
	if (asked)
		return asked;
	for (size_t t = 0; t < ARRAY_SIZE(period_types); t++)
		for (size_t i = 0; i < x->n; i++)
			if (!strcmp(x->v[i].period_type, period_types[t]))
				return period_types[t];
	return "quarter";
}

/* ---- the workbook ---- */

static const char *name_zh(const struct lexicon *lx, const char *entity)
{
	int i = lexicon_find_entity(lx, entity);
	const char *zh = i >= 0 ? lexicon_entity_at(lx, (size_t)i)->name_zh : NULL;
	return zh ? zh : "";
}

static int write_long_sheet(struct xlsxout *x, const struct xrows *rows, const struct lexicon *lx, int history,
			    struct errmsg *e)
{
	const char *head[32];
	double widths[32];
	size_t n = 0;
	/* the CSV's columns, then names and provenance */
	static const double fact_widths[] = { 16, 22, 7, 10, 12, 12, 12, 12, 20, 6, 10, 18, 18, 9, 10, 12 };
	for (size_t i = 0; i < cli_fact_ncolumns; i++) {
		head[n] = cli_fact_columns[i];
		widths[n++] = i < ARRAY_SIZE(fact_widths) ? fact_widths[i] : 12;
	}
	const char *more[] = { "entity_name", "entity_name_zh", "metric_name", "report_title", "sentence" };
	const double more_w[] = { 18, 14, 28, 36, 80 };
	for (size_t i = 0; i < ARRAY_SIZE(more); i++) {
		head[n] = more[i];
		widths[n++] = more_w[i];
	}
	if (history) {
		head[n] = "current";
		widths[n++] = 8;
	}
	if (xlsxout_sheet(x, "long", head, widths, n, e) < 0)
		return -1;
	for (size_t i = 0; i < rows->n; i++) {
		const struct xrow *r = &rows->v[i];
		xlsxout_estimate(x, is_estimate(r));
		xlsxout_text(x, r->entity);
		xlsxout_text(x, r->metric);
		xlsxout_text(x, r->kind);
		xlsxout_text(x, r->period_type);
		xlsxout_text(x, r->fiscal_label);
		xlsxout_text(x, r->calendar_label);
		xlsxout_date(x, r->period_start);
		xlsxout_date(x, r->period_end);
		xlsxout_number(x, r->value);
		xlsxout_text(x, r->unit);
		xlsxout_text(x, r->qualifier);
		if (r->has_range) {
			xlsxout_number(x, r->low);
			xlsxout_number(x, r->high);
		} else {
			xlsxout_empty(x);
			xlsxout_empty(x);
		}
		xlsxout_text(x, r->basis);
		xlsxout_number(x, (double)r->report_id);
		xlsxout_date(x, r->report_date);
		xlsxout_text(x, r->entity_name);
		xlsxout_text(x, name_zh(lx, r->entity));
		xlsxout_text(x, r->metric_name);
		xlsxout_text(x, r->report_title);
		xlsxout_text(x, r->sentence);
		if (history)
			xlsxout_text(x, r->current ? "yes" : "no");
		xlsxout_end_row(x);
	}
	xlsxout_estimate(x, 0);
	return 0;
}

static int write_wide_sheet(struct xlsxout *x, struct wide *w, struct errmsg *e)
{
	const char **head = xcalloc(3 + 2 * w->ncols, sizeof(*head));
	char (*ekeys)[210] = xcalloc(w->ncols ? w->ncols : 1, sizeof(*ekeys));
	double *widths = xcalloc(3 + 2 * w->ncols, sizeof(*widths));
	size_t nh = wide_header(w, head, ekeys);
	for (size_t i = 0; i < nh; i++)
		widths[i] = i < 3 ? 12 : !strcmp(head[i] + strlen(head[i]) - 2, " E") ? 4 : 22;
	char name[48];
	snprintf(name, sizeof(name), "wide %s", w->ptype);
	int rc = xlsxout_sheet(x, name, head, widths, nh, e);
	for (size_t i = 0; rc == 0 && i < w->nrows; i++) {
		xlsxout_text(x, w->rows[i].label);
		if (!w->calendar)
			xlsxout_date(x, w->rows[i].end);
		xlsxout_text(x, w->ptype);
		int col = w->calendar ? 2 : 3;
		for (size_t j = 0; j < w->ncols; j++) {
			const struct xrow *r = w->cells[i * w->ncols + j];
			w->cols[j].col = col;
			xlsxout_estimate(x, r && is_estimate(r));
			if (r)
				xlsxout_number(x, r->value);
			else
				xlsxout_empty(x);
			col++;
			if (w->cols[j].any_estimate) {
				xlsxout_text(x, r && is_estimate(r) ? "E" : "");
				col++;
			}
			xlsxout_estimate(x, 0);
		}
		xlsxout_end_row(x);
	}
	free(head);
	free(ekeys);
	free(widths);
	return rc;
}

/* A line chart per metric and unit of the levels, drawn from the first
 * wide sheet that has them (quarters before years). */
static int write_charts(struct xlsxout *x, struct wide *wides, size_t nwides, struct errmsg *e)
{
	struct done {
		const char *metric, *unit;
	};
	struct done *done = NULL;
	size_t ndone = 0, cap = 0;
	int rc = 0;
	for (size_t t = 0; t < nwides && rc == 0; t++) {
		struct wide *w = &wides[t];
		for (size_t j = 0; j < w->ncols && rc == 0; j++) {
			const struct xrow *like = w->cols[j].like;
			if (strcmp(like->kind, "level"))
				continue;
			size_t d = 0;
			while (d < ndone && (strcmp(done[d].metric, like->metric) || strcmp(done[d].unit, like->unit)))
				d++;
			if (d < ndone)
				continue;
			GROW(done, cap, ndone + 1);
			done[ndone].metric = like->metric;
			done[ndone++].unit = like->unit;
			struct xlsxout_line *lines = xcalloc(w->ncols, sizeof(*lines));
			size_t nl = 0;
			for (size_t k = j; k < w->ncols; k++) {
				const struct xrow *o = w->cols[k].like;
				if (!strcmp(o->kind, "level") && !strcmp(o->metric, like->metric) && !strcmp(o->unit, like->unit)) {
					lines[nl].name = o->entity_name;
					lines[nl++].col = w->cols[k].col;
				}
			}
			char title[160], sheet[48];
			snprintf(title, sizeof(title), "%s (%s, %s)", like->metric_name, like->unit, w->ptype);
			snprintf(sheet, sizeof(sheet), "wide %s", w->ptype);
			rc = xlsxout_line_chart(x, "charts", title, sheet, 0, 1, (long)w->nrows, lines, nl, like->unit, e);
			free(lines);
		}
	}
	free(done);
	return rc;
}

static int write_workbook(const char *path, const struct xrows *rows, const struct lexicon *lx, int history,
			  int calendar, const char *ptype, struct errmsg *e)
{
	struct xlsxout *x = xlsxout_new(path, e);
	if (!x)
		return -1;
	struct wide wides[ARRAY_SIZE(period_types)];
	size_t nw = 0;
	int rc = write_long_sheet(x, rows, lx, history, e);
	for (size_t t = 0; rc == 0 && t < ARRAY_SIZE(period_types); t++) {
		if (ptype && strcmp(ptype, period_types[t]))
			continue;
		wide_build(&wides[nw], rows, period_types[t], calendar, history);
		if (!wides[nw].nrows) {
			wide_free(&wides[nw]);
			continue;
		}
		rc = write_wide_sheet(x, &wides[nw++], e);
	}
	if (rc == 0)
		rc = write_charts(x, wides, nw, e);
	for (size_t i = 0; i < nw; i++)
		wide_free(&wides[i]);
	struct errmsg ce;
	if (xlsxout_close(x, &ce) < 0 && rc == 0) {
		*e = ce;
		rc = -1;
	}
	return rc;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

int cmd_export(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "as-of", required_argument, NULL, 'a' }, { "entity", required_argument, NULL, 'e' },
		{ "metric", required_argument, NULL, 'm' }, { "kind", required_argument, NULL, 'k' },
		{ "from", required_argument, NULL, 'F' },   { "to", required_argument, NULL, 'T' },
		{ "calendar", no_argument, NULL, 'c' },     { "wide", no_argument, NULL, 'w' },
		{ "history", no_argument, NULL, 'H' },      { "bom", no_argument, NULL, 'b' },
		{ "no-bom", no_argument, NULL, 'B' },       { "output", required_argument, NULL, 'o' },
		{ "period-type", required_argument, NULL, 'p' }, { "known-at", required_argument, NULL, 'K' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	const struct command *self = cli_find_command("export");
	char known_at[25];
	const char *ent_names[64], *met_names[64];
	size_t nent = 0, nmet = 0;
	const char *from_label = NULL, *to_label = NULL, *out = NULL, *ptype = NULL;
	int wide = 0, history = 0, bom = -1, calendar = 0, c;
	struct obs_query q;
	memset(&q, 0, sizeof(q));
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'a':
			if (!is_iso_date(optarg))
				return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", optarg);
			q.as_of = optarg;
			break;
		case 'e':
			if (nent == ARRAY_SIZE(ent_names))
				return cli_bad_usage(self, "too many --entity");
			ent_names[nent++] = optarg;
			break;
		case 'm':
			if (nmet == ARRAY_SIZE(met_names))
				return cli_bad_usage(self, "too many --metric");
			met_names[nmet++] = optarg;
			break;
		case 'k':
			if (!cli_one_of(optarg, kinds))
				return cli_bad_usage(self, "unknown kind '%s' (level, yoy or qoq)", optarg);
			q.kind = optarg;
			break;
		case 'F':
			from_label = optarg;
			break;
		case 'T':
			to_label = optarg;
			break;
		case 'c':
			calendar = 1;
			break;
		case 'w':
			wide = 1;
			break;
		case 'H':
			history = 1;
			break;
		case 'b':
			bom = 1;
			break;
		case 'B':
			bom = 0;
			break;
		case 'o':
			out = optarg;
			break;
		case 'K':
			if (cli_known_at(optarg, known_at) < 0)
				return EXIT_USAGE;
			q.known_at = known_at;
			break;
		case 'p': {
			int known = 0;
			for (size_t t = 0; t < ARRAY_SIZE(period_types); t++)
				known |= !strcmp(optarg, period_types[t]);
			if (!known)
				return cli_bad_usage(self, "unknown period type '%s' (quarter, half, year, month or ytd)", optarg);
			ptype = optarg;
			break;
		}
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_bad_usage(self, "unexpected argument '%s'", argv[optind]);
	int xlsx = out && ends_with(out, ".xlsx");
	if (wide && history && !xlsx)
		return cli_bad_usage(self, "--wide and --history do not go together");
	if (ptype && !wide && !xlsx)
		return cli_bad_usage(self, "--period-type chooses the wide layout's periods: add --wide");
	if (bom < 0)
		bom = out != NULL;

	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct errmsg e;
	const char *ents[64], *mets[64];
	char from[11], to[11];
	FILE *f = NULL;
	struct buf tmp = BUF_INIT;
	struct xrows rows = { NULL, 0, 0 };
	int rc = EXIT_FAIL;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		goto done;
	}
	for (size_t i = 0; i < nent; i++)
		if (!(ents[i] = cli_entity_id(lx, ent_names[i])))
			goto done;
	for (size_t i = 0; i < nmet; i++)
		if (!(mets[i] = cli_metric_id(lx, met_names[i])))
			goto done;
	q.entities = ents;
	q.nentities = nent;
	q.metrics = mets;
	q.nmetrics = nmet;
	const char *cal_entity = nent == 1 ? ents[0] : NULL;
	if (from_label) {
		if (cli_period_end(lx, cal_entity, from_label, from) < 0)
			goto done;
		q.from = from;
	}
	if (to_label) {
		if (cli_period_end(lx, cal_entity, to_label, to) < 0)
			goto done;
		q.to = to;
	}
	q.mode = history ? OBS_HISTORY : OBS_CURRENT;

	if (xlsx) {
		/* written beside the target, then renamed: never half a file */
		int fd = open_beside(out, &tmp);
		if (fd < 0) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
			buf_reset(&tmp);
			goto done;
		}
		close(fd);
		if (store_each_obs(s, &q, collect, &rows, &e) < 0) {
			cli_error("%s", e.text);
		} else if (write_workbook(tmp.data, &rows, lx, history, calendar, ptype, &e) < 0) {
			cli_error("cannot write '%s': %s", out, e.text);
		} else if (rename(tmp.data, out) != 0) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
		} else {
			buf_reset(&tmp);
			fprintf(stderr, "wrote %s (%zu facts)\n", out, rows.n);
			rc = EXIT_OK;
		}
		if (tmp.len)
			unlink(tmp.data);
		goto done;
	}

	if (out) {
		/* write beside the target, then rename: never half a file */
		int fd = open_beside(out, &tmp);
		if (fd < 0 || !(f = fdopen(fd, "w"))) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
			if (fd >= 0) {
				close(fd);
				unlink(tmp.data);
			}
			buf_reset(&tmp);
			goto done;
		}
	} else {
		f = stdout;
	}
	struct csvout co;
	csvout_begin(&co, f, bom);
	int qrc;
	if (wide) {
		qrc = store_each_obs(s, &q, collect, &rows, &e);
		if (qrc == 0) {
			struct wide w;
			wide_build(&w, &rows, wide_type(&rows, ptype), calendar, 0);
			write_wide_csv(&co, &w);
			wide_free(&w);
		}
	} else {
		for (size_t i = 0; i < cli_fact_ncolumns; i++)
			csvout_text(&co, cli_fact_columns[i]);
		csvout_text(&co, "report_title");
		if (history)
			csvout_text(&co, "current");
		csvout_end_row(&co);
		struct long_ctx l = { &co, history };
		qrc = store_each_obs(s, &q, long_row, &l, &e);
	}
	/* a row callback stops the query when a write fails: that is a write
	 * error, reported below, not a store error */
	if (qrc < 0 && co.failed)
		qrc = 0;
	if (qrc < 0)
		cli_error("%s", e.text);
	int wrc = csvout_finish(&co);
	if (out) {
		int werr = wrc < 0 ? errno : 0;
		if (fclose(f) != 0 && wrc == 0) {
			wrc = -1;
			werr = errno;
		}
		f = NULL;
		if (wrc < 0 && qrc == 0)
			cli_error("cannot write '%s': %s", out, strerror(werr ? werr : EIO));
		if (qrc == 0 && wrc == 0 && rename(tmp.data, out) != 0) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
			wrc = -1;
		}
		if (qrc < 0 || wrc < 0)
			unlink(tmp.data);
		else
			fprintf(stderr, "wrote %s\n", out);
	}
	/* standard output's failures are told apart (closed pipe or full disk)
	 * and reported once, in main.c */
	rc = qrc == 0 && (wrc == 0 || !out) ? EXIT_OK : EXIT_FAIL;
done:
	xrows_free(&rows);
	buf_free(&tmp);
	lexicon_free(lx);
	store_close(s);
	return rc;
}
