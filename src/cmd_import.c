/*
 * mtrack import: a CSV in the long layout of 'mtrack export' read back as a
 * report of its own, so corrections and spreadsheet data enter the history
 * with the same provenance rules as any report.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "period.h"
#include "reportin.h"
#include "banned.h"

const char usage_import[] =
	"import [--date YYYY-MM-DD] [--title TEXT] [--source TEXT] FILE.csv\n\n"
	"Reads facts in the long layout of 'mtrack export' (a header row naming the\n"
	"columns; a leading BOM is skipped) and stores them as one report. Required\n"
	"columns: entity, metric, kind, period_type, period_end, value, unit;\n"
	"optional: period_start, fiscal_label, calendar_label, qualifier, low, high,\n"
	"basis. Any bad row is reported with its line number and nothing is stored.\n"
	"The report date is --date, else today.\n";

enum col { C_ENTITY, C_METRIC, C_KIND, C_PTYPE, C_PSTART, C_PEND, C_FISCAL, C_CAL, C_VALUE, C_UNIT,
	   C_QUAL, C_LOW, C_HIGH, C_BASIS, C_COUNT };

static const char *const col_names[C_COUNT] = {
	"entity", "metric", "kind", "period_type", "period_start", "period_end", "fiscal_label",
	"calendar_label", "value", "unit", "qualifier", "low", "high", "basis",
};

/* Rows stored at a time once the whole file is known good: memory stays
 * the same whatever the number of rows. */
#define IMPORT_CHUNK 4096

struct import_ctx {
	const char *path;
	const struct lexicon *lx;
	int map[C_COUNT];
	int header_done;
	struct store_report *report; /* the second pass: where the rows go */
	struct fact_list facts;      /* the rows read since the last chunk was stored */
	struct buf errors;
	int nerrors;
	struct errmsg store_error;   /* why storing stopped, when it did */
};

static const char *field(char **f, size_t n, const struct import_ctx *c, enum col k)
{
	int i = c->map[k];
	const char *v = i >= 0 && (size_t)i < n && f[i] ? f[i] : "";
	/* text cells come back without the apostrophe export defused them with */
	return k == C_VALUE || k == C_LOW || k == C_HIGH ? v : csvin_text(v);
}

/* A cell is echoed in an error up to this many bytes: enough to find it,
 * not a whole runaway cell. */
enum { ECHO_MAX = 64 };

static int bad(struct import_ctx *c, long line, const char *what, const char *v)
{
	if (c->nerrors++ >= 20)
		return 0;
	size_t n = strlen(v);
	if (n <= ECHO_MAX) {
		buf_printf(&c->errors, "%s:%ld: %s '%s'\n", c->path, line, what, v);
		return 0;
	}
	size_t cut = ECHO_MAX;
	while (cut > 0 && ((unsigned char)v[cut] & 0xC0) == 0x80)
		cut--; /* not inside a UTF-8 character */
	buf_printf(&c->errors, "%s:%ld: %s '%.*s...' (%zu bytes)\n", c->path, line, what, (int)cut, v, n);
	return 0;
}

/* A value as export writes it: a plain decimal, no spaces, no hex or
 * exponent, within what any report states. */
static int parse_value(const char *s, double *out)
{
	const char *p = s + (*s == '-');
	size_t digits = 0, dots = 0;
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9')
			digits++;
		else if (*p == '.' && !dots++)
			continue;
		else
			return -1;
	}
	if (!digits || parse_double(s, out) < 0)
		return -1;
	return fabs(*out) <= FACT_MAGNITUDE_MAX ? 0 : -1;
}

/* Copies a label into its field, or reports it when it does not fit. */
static void take_label(struct import_ctx *c, long line, const char *name, char *dst, size_t size, const char *v)
{
	if (strlen(v) >= size)
		bad(c, line, name, v);
	copy_str(dst, size, v);
}

/* Stores the rows read so far and empties the list; non-zero stops the
 * parse. */
static int store_chunk(struct import_ctx *c)
{
	int rc = store_report_facts(c->report, &c->facts, &c->store_error);
	fact_list_clear(&c->facts);
	return rc < 0 ? -1 : 0;
}

static int on_record(char **f, size_t n, long line, void *ctx)
{
	struct import_ctx *c = ctx;
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	static const char *const units[] = { "USD", "CNY", "HKD", "EUR", "JPY", "GBP", "TWD", "KRW", "SGD", "AUD", "CAD",
					     "%", "pp", "x", "count", NULL };
	static const char *const quals[] = { "exact", "approx", "at_least", "at_most", "range", NULL };
	static const char *const bases[] = { "actual", "estimate", "guidance", "consensus", NULL };
	if (!c->header_done) {
		for (int k = 0; k < C_COUNT; k++)
			c->map[k] = -1;
		for (size_t i = 0; i < n; i++)
			for (int k = 0; k < C_COUNT; k++)
				if (f[i] && !strcmp(f[i], col_names[k])) {
					if (c->map[k] >= 0)
						bad(c, line, "duplicate column", col_names[k]);
					c->map[k] = (int)i;
				}
		c->header_done = 1;
		static const enum col need[] = { C_ENTITY, C_METRIC, C_KIND, C_PTYPE, C_PEND, C_VALUE, C_UNIT };
		for (size_t i = 0; i < ARRAY_SIZE(need); i++)
			if (c->map[need[i]] < 0)
				bad(c, line, "missing column", col_names[need[i]]);
		return c->nerrors ? 1 : 0;
	}
	struct fact fa;
	memset(&fa, 0, sizeof(fa));
	const char *v;
	int before = c->nerrors;
	int ei = lexicon_find_entity(c->lx, v = field(f, n, c, C_ENTITY));
	if (ei < 0)
		bad(c, line, "unknown entity", v);
	else
		copy_str(fa.entity, sizeof(fa.entity), lexicon_entity_at(c->lx, (size_t)ei)->id);
	int mi = lexicon_find_metric(c->lx, v = field(f, n, c, C_METRIC));
	if (mi < 0)
		bad(c, line, "unknown metric", v);
	else
		copy_str(fa.metric, sizeof(fa.metric), lexicon_metric_at(c->lx, (size_t)mi)->id);
	if (!cli_one_of(v = field(f, n, c, C_KIND), kinds))
		bad(c, line, "bad kind", v);
	copy_str(fa.kind, sizeof(fa.kind), v);
	int pt = period_type_parse(v = field(f, n, c, C_PTYPE));
	if (pt < 0)
		bad(c, line, "bad period_type", v);
	copy_str(fa.period_type, sizeof(fa.period_type), v);
	struct date end, start;
	if (date_parse(v = field(f, n, c, C_PEND), &end) < 0)
		bad(c, line, "bad period_end", v);
	copy_str(fa.period_end, sizeof(fa.period_end), v);
	v = field(f, n, c, C_PSTART);
	if (*v) {
		if (date_parse(v, &start) < 0)
			bad(c, line, "bad period_start", v);
		copy_str(fa.period_start, sizeof(fa.period_start), v);
	} else if (pt >= 0 && date_parse(fa.period_end, &end) == 0) {
		static const int months[] = { 1, 3, 6, 12, 12 };
		struct date s0 = { end.y, end.m - months[pt] + 1, 1 };
		while (s0.m < 1) {
			s0.m += 12;
			s0.y--;
		}
		date_format(s0, fa.period_start);
	}
	if (*fa.period_start && date_parse(fa.period_start, &start) == 0 && date_parse(fa.period_end, &end) == 0 &&
	    strcmp(fa.period_start, fa.period_end) > 0)
		bad(c, line, "period_start after period_end", fa.period_start);
	take_label(c, line, "fiscal_label too long", fa.fiscal_label, sizeof(fa.fiscal_label), field(f, n, c, C_FISCAL));
	take_label(c, line, "calendar_label too long", fa.calendar_label, sizeof(fa.calendar_label),
		   field(f, n, c, C_CAL));
	/* labels left out of the file are worked out as the extractor would */
	struct period pr;
	if (ei >= 0 && pt >= 0 && date_parse(fa.period_start, &pr.start) == 0 && date_parse(fa.period_end, &pr.end) == 0 &&
	    (!fa.fiscal_label[0] || !fa.calendar_label[0])) {
		pr.type = (enum period_type)pt;
		pr.fiscal = 0;
		period_label(&pr, &lexicon_entity_at(c->lx, (size_t)ei)->calendar);
		if (!fa.fiscal_label[0])
			copy_str(fa.fiscal_label, sizeof(fa.fiscal_label), pr.fiscal_label);
		if (!fa.calendar_label[0])
			copy_str(fa.calendar_label, sizeof(fa.calendar_label), pr.calendar_label);
	}
	if (parse_value(v = field(f, n, c, C_VALUE), &fa.value) < 0)
		bad(c, line, "bad value (a plain decimal up to 1e16)", v);
	if (!cli_one_of(v = field(f, n, c, C_UNIT), units))
		bad(c, line, "bad unit", v);
	copy_str(fa.unit, sizeof(fa.unit), v);
	v = field(f, n, c, C_QUAL);
	if (*v && !cli_one_of(v, quals))
		bad(c, line, "bad qualifier", v);
	copy_str(fa.qualifier, sizeof(fa.qualifier), *v ? v : "exact");
	if (!strcmp(fa.qualifier, "range") &&
	    (parse_value(field(f, n, c, C_LOW), &fa.low) < 0 || parse_value(field(f, n, c, C_HIGH), &fa.high) < 0))
		bad(c, line, "a range needs low and high", field(f, n, c, C_LOW));
	v = field(f, n, c, C_BASIS);
	if (*v && !cli_one_of(v, bases))
		bad(c, line, "bad basis", v);
	copy_str(fa.basis, sizeof(fa.basis), *v ? v : "actual");
	if (c->nerrors == before && c->report) {
		struct buf t = BUF_INIT;
		buf_printf(&t, "imported from %s, line %ld", c->path, line);
		fa.text = t.data;
		fa.start = fa.end = (size_t)line;
		fact_list_add(&c->facts, &fa);
		buf_free(&t);
		if (c->facts.n >= IMPORT_CHUNK)
			return store_chunk(c);
	}
	return 0;
}

/* The first pass only checks the rows (nothing kept); the second hands
 * them to the report a chunk at a time. Returns -1 with c->store_error
 * set when storing failed. */
static int read_rows(const struct report_input *in, struct import_ctx *c, struct errmsg *e)
{
	c->header_done = 0;
	int rc = csvin_parse(in->data, in->len, on_record, c, e);
	if (rc == 0 && c->report && c->facts.n)
		rc = store_chunk(c);
	return rc;
}

int cmd_import(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },   { "title", required_argument, NULL, 't' },
		{ "source", required_argument, NULL, 's' }, { NULL, 0, NULL, 0 },
	};
	const struct command *self = cli_find_command("import");
	const char *date = NULL, *title = NULL, *source = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'd')
			date = optarg;
		else if (c == 't')
			title = optarg;
		else if (c == 's')
			source = optarg;
		else
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
	}
	if (argc - optind != 1)
		return cli_bad_usage(self, "import takes one FILE.csv");
	if (date && !is_iso_date(date))
		return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", date);
	const char *path = argv[optind];
	char today[11];
	today_utc(today);
	struct report_input in;
	struct errmsg e;
	if (reportin_load(path, date ? date : today, NULL, NULL, &in, &e) < 0) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct import_ctx ic;
	memset(&ic, 0, sizeof(ic));
	ic.path = path;
	int rc = EXIT_FAIL;
	if (cli_open_store(cli, &s) < 0)
		goto out;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	}
	ic.lx = lx;
	if (read_rows(&in, &ic, &e) < 0) {
		cli_error("'%s': %s", path, e.text);
		goto out;
	}
	if (ic.nerrors || !ic.header_done) {
		fputs(ic.errors.data ? ic.errors.data : "", stderr);
		cli_error("'%s': %d bad row%s%s; nothing stored", path, ic.nerrors, ic.nerrors == 1 ? "" : "s",
			  ic.header_done ? "" : " (the file is empty)");
		goto out;
	}
	struct buf t = BUF_INIT;
	buf_printf(&t, "import of %s", path);
	struct report_meta meta = {
		.sha256 = in.sha256, .title = title ? title : t.data, .source = source ? source : "import",
		.published = in.date, .date_source = date ? "option" : "import", .path = path,
		.encoding = in.encoding, .size = in.size,
	};
	struct add_result r;
	/* the rows known good, they are read again and stored a chunk at a
	 * time in the report's one transaction: all of them or none */
	int arc = store_report_begin(s, &meta, 0, &ic.report, &r, &e);
	if (arc == 0 && ic.report) {
		int prc = read_rows(&in, &ic, &e);
		if (prc != 0 && ic.store_error.text[0])
			e = ic.store_error;
		if (store_report_end(ic.report, prc == 0, &r, prc == 0 ? &e : NULL) < 0 || prc != 0)
			arc = -1;
		ic.report = NULL;
	}
	buf_free(&t);
	if (arc < 0) {
		cli_error("'%s': %s", path, e.text);
		goto out;
	}
	if (r.duplicate)
		printf("'%s': already added as report %ld\n", path, r.report_id);
	else
		printf("report %ld  %s  import of %s\n  %ld facts: %ld new, %ld restated, %ld conflicting\n",
		       r.report_id, in.date, path, r.facts, r.fresh, r.restated, r.conflicting);
	rc = EXIT_OK;
out:
	fact_list_free(&ic.facts);
	buf_free(&ic.errors);
	lexicon_free(lx);
	store_close(s);
	reportin_free(&in);
	return rc;
}
