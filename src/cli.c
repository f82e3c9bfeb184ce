/*
 * Helpers shared by the commands (see cli.h): messages, usage, opening the
 * store and the lexicon, values in human units.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "embedded.h"
#include "fact.h"
#include "reportin.h"
#include "textnorm.h"
#include "csvout.h"
#include "period.h"
#include "banned.h"

void cli_error(const char *fmt, ...)
{
	va_list ap;
	fputs("mtrack: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_usage(FILE *f, const struct command *c)
{
	fprintf(f, "usage: mtrack [--db PATH|URL] %s\n", c->usage);
}

int cli_bad_usage(const struct command *c, const char *fmt, ...)
{
	va_list ap;
	fputs("mtrack: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	cli_usage_hint(c);
	return EXIT_USAGE;
}

void cli_usage_hint(const struct command *c)
{
	if (c)
		fprintf(stderr, "see 'mtrack help %s'\n", c->name);
	else
		fputs("see 'mtrack --help'\n", stderr);
}

/* Optimal string alignment distance: a swap of neighbours (seires) counts
 * one edit, as people mistype. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	if (n > 64 || m > 64)
		return (size_t)-1;
	size_t d[65][65];
	for (size_t i = 0; i <= n; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= m; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= n; i++)
		for (size_t j = 1; j <= m; j++) {
			size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[n][m];
}

const char *cli_suggest(const char *word, const char *const *cands, size_t n)
{
	size_t len = strlen(word), best = (size_t)-1;
	const char *hit = NULL;
	/* two edits for a long word, one for a short one, none for a stub */
	size_t limit = len >= 6 ? 2 : len >= 3 ? 1 : 0;
	for (size_t i = 0; i < n; i++) {
		size_t dist = edit_distance(word, cands[i]);
		if (dist <= limit && dist < best) {
			best = dist;
			hit = cands[i];
		}
	}
	return hit;
}

int cli_why_option(int argc, char **argv, const struct command *self, const char **why)
{
	static const struct option opts[] = { { "why", required_argument, NULL, 'w' }, { NULL, 0, NULL, 0 } };
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'w' || !why)
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		*why = optarg;
	}
	return 0;
}

int cli_id_operand(const struct command *self, const char *arg, const char *what, long *id)
{
	if (parse_long(arg, id) < 0 || *id <= 0)
		return cli_bad_usage(self, "bad %s id '%s'", what, arg);
	return 0;
}

int cli_parse_format(const char *s, unsigned allowed)
{
	static const char *const names[] = { "table", "json", "jsonl", "csv", "text" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(s, names[i]) && (allowed & (1u << i)))
			return (int)i;
	return -1;
}

void cli_list_item(struct cli_list *l, struct buf *obj)
{
	if (l->format == CLI_JSON)
		fputs(l->n ? ",\n  " : "[\n  ", stdout);
	fputs(buf_str(obj), stdout);
	if (l->format != CLI_JSON)
		putchar('\n');
	l->n++;
	buf_reset(obj);
}

void cli_list_end(struct cli_list *l)
{
	if (l->format == CLI_JSON)
		fputs(l->n ? "\n]\n" : "[]\n", stdout);
}

void cli_json_row(struct buf *b, const struct series_row *r)
{
	char num[64];
	buf_adds(b, "{\"entity\": ");
	buf_add_json(b, r->entity);
	buf_adds(b, ", \"metric\": ");
	buf_add_json(b, r->metric);
	buf_adds(b, ", \"kind\": ");
	buf_add_json(b, r->kind);
	buf_adds(b, ", \"period_type\": ");
	buf_add_json(b, r->period_type);
	buf_adds(b, ", \"fiscal_label\": ");
	buf_add_json(b, r->fiscal_label);
	buf_adds(b, ", \"calendar_label\": ");
	buf_add_json(b, r->calendar_label);
	buf_adds(b, ", \"period_end\": ");
	buf_add_json(b, r->period_end);
	format_number(r->value, num, sizeof(num));
	buf_printf(b, ", \"value\": %s, \"unit\": ", num);
	buf_add_json(b, r->unit);
	buf_adds(b, ", \"qualifier\": ");
	buf_add_json(b, r->qualifier);
	if (r->has_range) {
		format_number(r->low, num, sizeof(num));
		buf_printf(b, ", \"low\": %s", num);
		format_number(r->high, num, sizeof(num));
		buf_printf(b, ", \"high\": %s", num);
	} else {
		buf_adds(b, ", \"low\": null, \"high\": null");
	}
	buf_adds(b, ", \"basis\": ");
	buf_add_json(b, r->basis);
	buf_printf(b, ", \"report_id\": %ld, \"report_date\": ", r->report_id);
	buf_add_json(b, r->report_date);
	buf_adds(b, ", \"report_title\": ");
	buf_add_json(b, r->title);
	buf_adds(b, "}");
}

int cli_open_store(struct cli *cli, struct store **out)
{
	struct buf path = BUF_INIT;
	struct errmsg e;
	if (store_resolve_path(cli->db_opt, &path, &e) < 0) {
		cli_error("%s", e.text);
		buf_free(&path);
		return -1;
	}
	struct stat sb;
	if (!cli->may_create && strcmp(path.data, ":memory:") && !store_is_server(path.data) && stat(path.data, &sb) < 0) {
		cli_error("no store at '%s': 'mtrack init' creates one ('mtrack add' too)", path.data);
		buf_free(&path);
		return -1;
	}
	if (store_open_in(path.data, cli->schema_opt, out, &e) < 0) {
		cli_error("%s", e.text);
		buf_free(&path);
		return -1;
	}
	buf_free(&path);
	return 0;
}

int cli_load_lexicon(struct cli *cli, struct lexicon **out)
{
	struct store *s = NULL;
	struct errmsg e;
	const char *env = getenv("MTRACK_DB");
	struct stat sb;
	/* --db names a store that must exist; $MTRACK_DB one that may not yet
	 * (a server's is asked) */
	if (!cli->db_opt && !(env && *env && (store_is_server(env) || stat(env, &sb) == 0))) {
		/* the tables the build made from the migrations: running them
		 * into a store of our own took most of a short run's time */
		if (!(*out = lexicon_from_tables(&embedded_lexicon, &e))) {
			cli_error("%s", e.text);
			return -1;
		}
		return 0;
	}
	if (cli_open_store(cli, &s) < 0)
		return -1;
	int rc = store_load_lexicon(s, out, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	store_close(s);
	return rc;
}

void cli_human_value(double v, const char *unit, int is_change, char *out, size_t outlen)
{
	static const struct {
		double f;
		const char *name;
	} scales[] = { { 1e12, "tn" }, { 1e9, "bn" }, { 1e6, "mn" }, { 1e3, "k" } };
	const char *sign = is_change && v > 0 ? "+" : "";
	if (!strcmp(unit, "%") || !strcmp(unit, "pp") || !strcmp(unit, "x")) {
		char num[NUMBER_MAX];
		format_number(round(v * 100) / 100, num, sizeof(num));
		snprintf(out, outlen, "%s%s %s", sign, num, unit);
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(scales); i++)
		if (fabs(v) >= scales[i].f) {
			snprintf(out, outlen, "%s%.*f %s %s", sign, fabs(v) / scales[i].f >= 100 ? 1 : 2,
				 v / scales[i].f, scales[i].name, strcmp(unit, "count") ? unit : "");
			size_t n = strlen(out);
			while (n && out[n - 1] == ' ')
				out[--n] = '\0';
			return;
		}
	char num[NUMBER_MAX];
	format_number(v, num, sizeof(num));
	snprintf(out, outlen, "%s%s %s", sign, num, strcmp(unit, "count") ? unit : "");
	size_t n = strlen(out);
	while (n && out[n - 1] == ' ')
		out[--n] = '\0';
}

/* Says `name` is no `what` the lexicon knows, with the nearest of its
 * ids[0..n) when one is near, else the `lexicon list` that shows them;
 * frees ids. */
static void say_unknown(const char *what, const char *list, const char *name, const char **ids, size_t n)
{
	const char *near = cli_suggest(name, ids, n);
	if (near)
		cli_error("unknown %s '%s'; did you mean '%s'?", what, name, near);
	else
		cli_error("unknown %s '%s' (see 'mtrack lexicon list %s')", what, name, list);
	free(ids);
}

const char *cli_entity_id(const struct lexicon *lx, const char *name)
{
	int i = lexicon_find_entity(lx, name);
	if (i >= 0)
		return lexicon_entity_at(lx, (size_t)i)->id;
	size_t n = lexicon_entity_count(lx);
	const char **ids = xcalloc(n ? n : 1, sizeof(*ids));
	for (size_t k = 0; k < n; k++)
		ids[k] = lexicon_entity_at(lx, k)->id;
	say_unknown("entity", "entities", name, ids, n);
	return NULL;
}

const char *cli_metric_id(const struct lexicon *lx, const char *name)
{
	int i = lexicon_find_metric(lx, name);
	if (i >= 0)
		return lexicon_metric_at(lx, (size_t)i)->id;
	size_t n = lexicon_metric_count(lx);
	const char **ids = xcalloc(n ? n : 1, sizeof(*ids));
	for (size_t k = 0; k < n; k++)
		ids[k] = lexicon_metric_at(lx, k)->id;
	say_unknown("metric", "metrics", name, ids, n);
	return NULL;
}

int cli_one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(s, *words))
			return 1;
	return 0;
}

int cli_period_end(const struct lexicon *lx, const char *entity, const char *label, char out[11])
{
	if (is_iso_date(label)) {
		snprintf(out, 11, "%s", label);
		return 0;
	}
	struct period_expr x;
	if (period_parse_label(label, &x) < 0) {
		cli_error("bad period '%s' (FY2026Q1, 2025Q3, 2025H1, FY2025, 2025, 2025-10 or YYYY-MM-DD)", label);
		return -1;
	}
	const struct fiscal_calendar *cal = NULL;
	int i = entity ? lexicon_find_entity(lx, entity) : -1;
	if (i >= 0)
		cal = &lexicon_entity_at(lx, (size_t)i)->calendar;
	struct period p;
	struct date ref = { 2000, 1, 1 };
	if (period_resolve(&x, cal, NULL, ref, 0, &p) < 0) {
		cli_error("cannot place period '%s'", label);
		return -1;
	}
	date_format(p.end, out);
	return 0;
}

struct fetch_ctx {
	struct series_row *rows;
	size_t n, cap;
};

static int fetch_row(const struct obs_row *r, void *ctx)
{
	struct fetch_ctx *f = ctx;
	GROW(f->rows, f->cap, f->n + 1);
	struct series_row *o = &f->rows[f->n++];
	memset(o, 0, sizeof(*o));
	copy_str(o->entity, sizeof(o->entity), r->entity);
	copy_str(o->metric, sizeof(o->metric), r->metric);
	copy_str(o->kind, sizeof(o->kind), r->kind);
	copy_str(o->period_type, sizeof(o->period_type), r->period_type);
	copy_str(o->period_start, sizeof(o->period_start), r->period_start);
	copy_str(o->period_end, sizeof(o->period_end), r->period_end);
	copy_str(o->fiscal_label, sizeof(o->fiscal_label), r->fiscal_label);
	copy_str(o->calendar_label, sizeof(o->calendar_label), r->calendar_label);
	copy_str(o->unit, sizeof(o->unit), r->unit);
	copy_str(o->qualifier, sizeof(o->qualifier), r->qualifier);
	copy_str(o->basis, sizeof(o->basis), r->basis);
	copy_str(o->report_date, sizeof(o->report_date), r->report_date);
	o->value = r->value;
	o->low = r->low;
	o->high = r->high;
	o->resolution = r->resolution;
	o->has_range = r->has_range;
	o->report_id = r->report_id;
	o->obs_id = r->id;
	o->superseded = r->superseded;
	o->rejected = r->rejected;
	o->extractor = r->extractor && r->extractor[0] ? xstrdup(r->extractor) : NULL;
	o->current = r->current;
	o->page = r->page;
	o->sentence = xstrdup(r->sentence ? r->sentence : "");
	o->title = xstrdup(r->report_title ? r->report_title : "");
	o->entity_name = xstrdup(r->entity_name ? r->entity_name : r->entity);
	o->metric_name = xstrdup(r->metric_name ? r->metric_name : r->metric);
	return 0;
}

static long days_of(const char *iso)
{
	struct date d;
	return date_parse(iso, &d) == 0 ? date_days(d) : 0;
}

static int cmp_rows(const void *a, const void *b)
{
	const struct series_row *x = a, *y = b;
	int c = strcmp(x->period_end, y->period_end);
	if (c)
		return c;
	if ((c = strcmp(x->period_type, y->period_type)))
		return c;
	if ((c = strcmp(x->kind, y->kind)))
		return c;
	if ((c = strcmp(x->report_date, y->report_date)))
		return c;
	return x->report_id < y->report_id ? -1 : x->report_id > y->report_id;
}

/* Adds the yoy and qoq changes that stored levels imply and no report
 * states. A percentage's change is its difference in points. */
static void derive(struct fetch_ctx *f, const char *want)
{
	size_t n = f->n;
	for (size_t i = 0; i < n; i++) {
		const struct series_row *cur = &f->rows[i];
		if (strcmp(cur->kind, "level") || strcmp(cur->qualifier, "exact"))
			continue;
		for (int k = 0; k < 2; k++) {
			const char *kind = k ? "qoq" : "yoy";
			if (want && strcmp(want, kind))
				continue;
			if (k && strcmp(cur->period_type, "quarter"))
				continue;
			long gap = k ? 91 : 365;
			int stated = 0;
			const struct series_row *base = NULL;
			for (size_t m = 0; m < n; m++) {
				const struct series_row *o = &f->rows[m];
				if (strcmp(o->period_type, cur->period_type) || strcmp(o->basis, cur->basis))
					continue;
				if (!strcmp(o->kind, kind) && !strcmp(o->period_end, cur->period_end))
					stated = 1;
				if (!strcmp(o->kind, "level") && !strcmp(o->qualifier, "exact") && !strcmp(o->unit, cur->unit) &&
				    labs(days_of(cur->period_end) - gap - days_of(o->period_end)) <= 10)
					base = o;
			}
			if (stated || !base || base->value == 0)
				continue;
			struct series_row d = *cur;
			d.sentence = xstrdup("");
			d.title = xstrdup(cur->title);
			d.entity_name = xstrdup(cur->entity_name);
			d.metric_name = xstrdup(cur->metric_name);
			d.extractor = cur->extractor ? xstrdup(cur->extractor) : NULL;
			copy_str(d.kind, sizeof(d.kind), kind);
			d.derived = 1;
			if (!strcmp(cur->unit, "%")) {
				d.value = cur->value - base->value;
				snprintf(d.unit, sizeof(d.unit), "pp");
			} else {
				d.value = (cur->value / base->value - 1) * 100;
				snprintf(d.unit, sizeof(d.unit), "%%");
			}
			if (base->report_date[0] && strcmp(base->report_date, d.report_date) > 0) {
				copy_str(d.report_date, sizeof(d.report_date), base->report_date);
				d.report_id = base->report_id;
			}
			GROW(f->rows, f->cap, f->n + 1);
			f->rows[f->n++] = d;
			cur = &f->rows[i];
		}
	}
}

int cli_series_fetch(struct store *s, const struct series_query *q, struct series_row **rows, size_t *n)
{
	struct fetch_ctx f = { NULL, 0, 0 };
	const char *ents[1] = { q->entity }, *mets[1] = { q->metric };
	struct obs_query oq;
	memset(&oq, 0, sizeof(oq));
	oq.mode = q->history ? OBS_HISTORY : OBS_CURRENT;
	oq.entities = ents;
	oq.nentities = q->entity ? 1 : 0;
	oq.metrics = mets;
	oq.nmetrics = q->metric ? 1 : 0;
	oq.kind = q->derive ? NULL : q->kind;
	oq.as_of = q->as_of;
	oq.basis = q->basis;
	oq.known_at = q->known_at;
	oq.everything = q->history && q->everything;
	oq.from = q->from;
	oq.to = q->to;
	oq.period_type = q->period_type;
	struct errmsg e;
	if (store_each_obs(s, &oq, fetch_row, &f, &e) < 0) {
		cli_error("%s", e.text);
		cli_series_free(f.rows, f.n);
		return -1;
	}
	if (q->derive) {
		derive(&f, q->kind && strcmp(q->kind, "level") ? q->kind : NULL);
		if (q->kind) {
			/* keep the asked kind, plus derived changes when levels were asked */
			size_t w = 0;
			for (size_t i = 0; i < f.n; i++) {
				int keep = !strcmp(f.rows[i].kind, q->kind) || (!strcmp(q->kind, "level") && f.rows[i].derived);
				if (keep) {
					f.rows[w++] = f.rows[i];
				} else {
					free(f.rows[i].sentence);
					free(f.rows[i].title);
					free(f.rows[i].entity_name);
					free(f.rows[i].metric_name);
					free(f.rows[i].extractor);
				}
			}
			f.n = w;
		}
	}
	if (f.n)
		qsort(f.rows, f.n, sizeof(*f.rows), cmp_rows);
	*rows = f.rows;
	*n = f.n;
	return 0;
}

void cli_series_free(struct series_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].sentence);
		free(rows[i].title);
		free(rows[i].entity_name);
		free(rows[i].metric_name);
		free(rows[i].extractor);
	}
	free(rows);
}

int cli_known_at(const char *arg, char out[25])
{
	struct errmsg e;
	if (store_parse_time(arg, out, &e) < 0) {
		cli_error("--known-at: %s", e.text);
		return -1;
	}
	return 0;
}

const char *const cli_fact_columns[] = {
	"entity", "metric", "kind", "period_type", "fiscal_label", "calendar_label", "period_start",
	"period_end", "value", "unit", "qualifier", "low", "high", "basis", "report_id", "report_date",
};
const size_t cli_fact_ncolumns = ARRAY_SIZE(cli_fact_columns);

void cli_csv_fact(struct csvout *c, const struct obs_row *r)
{
	csvout_text(c, r->entity);
	csvout_text(c, r->metric);
	csvout_text(c, r->kind);
	csvout_text(c, r->period_type);
	csvout_text(c, r->fiscal_label);
	csvout_text(c, r->calendar_label);
	csvout_text(c, r->period_start);
	csvout_text(c, r->period_end);
	csvout_number(c, r->value);
	csvout_text(c, r->unit);
	csvout_text(c, r->qualifier);
	if (r->has_range) {
		csvout_number(c, r->low);
		csvout_number(c, r->high);
	} else {
		csvout_empty(c);
		csvout_empty(c);
	}
	csvout_text(c, r->basis);
	csvout_number(c, (double)r->report_id);
	csvout_text(c, r->report_date);
}

const char *cli_printable(const char *s, struct buf *b)
{
	buf_reset(b);
	for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
		if (*c == '\t' || *c == '\n' || *c == '\r') {
			buf_addc(b, ' ');
		} else if (c[0] == 0xC2 && c[1] >= 0x80 && c[1] <= 0x9F) {
			buf_addc(b, '?'); /* a C1 control (U+0080..U+009F) */
			c++;
		} else if (*c < 0x20 || *c == 0x7f) {
			buf_addc(b, '?'); /* seen, and harmless */
		} else {
			buf_addc(b, (char)*c);
		}
	}
	return buf_str(b);
}

char *cli_one_line(const char *s)
{
	char *one = xstrdup(s);
	size_t n = 0;
	for (const char *p = s; *p; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t' || (*p == ' ' && n > 0 && one[n - 1] == ' ')) {
			if (n > 0 && one[n - 1] != ' ')
				one[n++] = ' ';
			continue;
		}
		one[n++] = *p;
	}
	one[n] = '\0';
	return one;
}

void cli_print_cell(const char *s, size_t width)
{
	char *one = cli_one_line(s);
	size_t w = textnorm_display_width(one);
	fputs(one, stdout);
	free(one);
	for (; w < width; w++)
		putchar(' ');
	putchar(' ');
}

void cli_report_notes(const char *path, const struct report_input *in, size_t facts, size_t quantities)
{
	const char *name = strcmp(path, "-") ? path : "standard input";
	if (!strcmp(in->date_source, "mtime"))
		cli_error("warning: '%s' states no date; dated %s by its modification time (give --date)", name,
			  in->date);
	if (facts == 0 && quantities > 0)
		cli_error("'%s': 0 facts from %zu number%s: see mtrack extract --unresolved %s", name, quantities,
			  quantities == 1 ? "" : "s", strcmp(path, "-") ? path : "-");
}

const char *const cli_bases[] = { "actual", "estimate", "guidance", "consensus", NULL };

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int cli_expand_path(const char *path, int (*keep)(const struct stat *, const void *), const void *ctx, char ***out,
		    size_t *n, size_t *cap)
{
	struct stat sb;
	if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		DIR *d = opendir(path);
		if (!d)
			return -1;
		size_t first = *n;
		int rc = 0;
		struct dirent *de;
		while ((de = readdir(d)) != NULL) {
			if (de->d_name[0] == '.')
				continue;
			struct buf p = BUF_INIT;
			buf_printf(&p, "%s/%s", path, de->d_name);
			struct stat fs;
			if (stat(p.data, &fs) < 0) {
				cli_error("cannot read '%s': %s", p.data, strerror(errno));
				rc = -2;
			} else if (S_ISREG(fs.st_mode) && (!keep || keep(&fs, ctx))) {
				GROW(*out, *cap, *n + 1);
				(*out)[(*n)++] = buf_detach(&p);
			}
			buf_free(&p);
		}
		closedir(d);
		qsort(*out + first, *n - first, sizeof(**out), cmp_path);
		return rc;
	}
	GROW(*out, *cap, *n + 1);
	(*out)[(*n)++] = xstrdup(path);
	return 0;
}
