/*
 * mtrack series and mtrack history: one metric over periods, and every
 * value ever reported for one fact.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "banned.h"

const char usage_series[] =
	"series ENTITY METRIC [--kind level|yoy|qoq] [--basis B] [--as-of DATE] [--known-at TIME] [--calendar]\n"
	"              [--from P] [--to P] [--period-type T] [--derive] [--format table|csv|jsonl]\n\n"
	"One row per period, in time order, with the current value: among reports not\n"
	"retracted, an actual beats an estimate, then the latest report date wins.\n"
	"ENTITY and METRIC are ids or any alias (微软 and microsoft alike).\n\n"
	"  --kind K         level (default), yoy or qoq\n"
	"  --basis B        only actuals, or only one kind of estimate: estimate (a\n"
	"                   report's own), guidance (the company's outlook) or\n"
	"                   consensus (the analysts'); by default an actual beats\n"
	"                   any estimate\n"
	"  --as-of D        answer from the reports dated on or before D only\n"
	"  --known-at T     answer as the store stood at moment T (what it held then,\n"
	"                   with the retractions, re-dates, re-extractions and\n"
	"                   rejections made by then): 2026-01-29T10:15:00Z, with an\n"
	"                   offset (+08:00), or a date meaning its end. The same\n"
	"                   question gets the same answer forever\n"
	"  --calendar       label periods by the calendar quarter they align to\n"
	"  --from P, --to P first and last period (FY2026Q1, 2025Q3, 2025, YYYY-MM-DD)\n"
	"  --period-type T  only quarters, halves, years, months or ytd periods\n"
	"  --derive         add the yoy/qoq changes no report states but the levels imply\n"
	"  --format F       table (default), csv or jsonl\n";

const char usage_history[] =
	"history ENTITY METRIC PERIOD [--kind level|yoy|qoq] [--as-of DATE] [--known-at TIME]\n"
	"              [--format table|jsonl]\n\n"
	"Every value reported for one fact, oldest report first, with the report, its\n"
	"date and title, the sentence, the extractor that found it, its observation\n"
	"id, and which value is current. Values a later re-extraction replaced and\n"
	"values rejected are shown too, marked. PERIOD is a fiscal label (FY2026Q1),\n"
	"a calendar label (2025Q3) or an end date (YYYY-MM-DD). --as-of and\n"
	"--known-at as for series.\n";

static void row_jsonl(const struct series_row *r, int with_current)
{
	struct buf b = BUF_INIT;
	char num[NUMBER_MAX];
	buf_adds(&b, "{\"entity\": ");
	buf_add_json(&b, r->entity);
	buf_adds(&b, ", \"metric\": ");
	buf_add_json(&b, r->metric);
	buf_adds(&b, ", \"kind\": ");
	buf_add_json(&b, r->kind);
	format_number(r->value, num, sizeof(num));
	buf_printf(&b, ", \"value\": %s, \"unit\": ", num);
	buf_add_json(&b, r->unit);
	buf_adds(&b, ", \"qualifier\": ");
	buf_add_json(&b, r->qualifier);
	if (r->has_range) {
		format_number(r->low, num, sizeof(num));
		buf_printf(&b, ", \"low\": %s", num);
		format_number(r->high, num, sizeof(num));
		buf_printf(&b, ", \"high\": %s", num);
	} else {
		buf_adds(&b, ", \"low\": null, \"high\": null");
	}
	buf_adds(&b, ", \"basis\": ");
	buf_add_json(&b, r->basis);
	buf_adds(&b, ", \"period_type\": ");
	buf_add_json(&b, r->period_type);
	buf_adds(&b, ", \"period_start\": ");
	buf_add_json(&b, r->period_start);
	buf_adds(&b, ", \"period_end\": ");
	buf_add_json(&b, r->period_end);
	buf_adds(&b, ", \"fiscal_label\": ");
	buf_add_json(&b, r->fiscal_label);
	buf_adds(&b, ", \"calendar_label\": ");
	buf_add_json(&b, r->calendar_label);
	buf_adds(&b, ", \"text\": ");
	buf_add_json(&b, r->sentence);
	buf_printf(&b, ", \"report_id\": %ld, \"report_date\": ", r->report_id);
	buf_add_json(&b, r->report_date);
	buf_printf(&b, ", \"derived\": %s", r->derived ? "true" : "false");
	if (r->page)
		buf_printf(&b, ", \"page\": %d", r->page);
	if (with_current) {
		buf_adds(&b, ", \"report_title\": ");
		buf_add_json(&b, r->title);
		buf_printf(&b, ", \"current\": %s, \"obs_id\": %ld, \"extractor\": ", r->current ? "true" : "false",
			   r->obs_id);
		buf_add_json(&b, r->extractor ? r->extractor : "unknown");
		buf_printf(&b, ", \"superseded\": %s, \"rejected\": %s", r->superseded ? "true" : "false",
			   r->rejected ? "true" : "false");
	}
	buf_adds(&b, "}\n");
	fputs(b.data, stdout);
	buf_free(&b);
}

static const char *label_of(const struct series_row *r, int calendar)
{
	if (calendar && r->calendar_label[0])
		return r->calendar_label;
	if (r->fiscal_label[0])
		return r->fiscal_label;
	return r->calendar_label[0] ? r->calendar_label : r->period_end;
}

static void value_text(const struct series_row *r, char *out, size_t outlen)
{
	int change = strcmp(r->kind, "level") != 0;
	if (r->has_range) {
		char lo[48], hi[48];
		cli_human_value(r->low, r->unit, change, lo, sizeof(lo));
		cli_human_value(r->high, r->unit, change, hi, sizeof(hi));
		snprintf(out, outlen, "%s..%s", lo, hi);
	} else {
		cli_human_value(r->value, r->unit, change, out, outlen);
	}
}

static void row_csv(struct csvout *c, const struct series_row *r)
{
	struct obs_row o;
	memset(&o, 0, sizeof(o));
	o.entity = r->entity;
	o.metric = r->metric;
	o.kind = r->kind;
	o.period_type = r->period_type;
	o.fiscal_label = r->fiscal_label;
	o.calendar_label = r->calendar_label;
	o.period_start = r->period_start;
	o.period_end = r->period_end;
	o.value = r->value;
	o.unit = r->unit;
	o.qualifier = r->qualifier;
	o.has_range = r->has_range;
	o.low = r->low;
	o.high = r->high;
	o.basis = r->basis;
	o.report_id = r->report_id;
	o.report_date = r->report_date;
	cli_csv_fact(c, &o);
	csvout_text(c, r->derived ? "yes" : "no");
	csvout_end_row(c);
}

struct series_args {
	struct series_query q;
	const char *format;
	const char *from_label, *to_label;
	int calendar;
	const char *positional[3];
	int npositional;
	char known_at[25];
};

static int parse_args(int argc, char **argv, const struct command *self, struct series_args *a, int history)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },     { "as-of", required_argument, NULL, 'a' },
		{ "calendar", no_argument, NULL, 'c' },       { "from", required_argument, NULL, 'F' },
		{ "to", required_argument, NULL, 'T' },       { "derive", no_argument, NULL, 'D' },
		{ "format", required_argument, NULL, 'f' },   { "period-type", required_argument, NULL, 'p' },
		{ "known-at", required_argument, NULL, 'K' }, { "basis", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	int c;
	memset(a, 0, sizeof(*a));
	a->format = "table";
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!cli_one_of(optarg, kinds))
				return cli_bad_usage(self, "unknown kind '%s' (level, yoy or qoq)", optarg);
			a->q.kind = optarg;
			break;
		case 'a':
			if (!is_iso_date(optarg))
				return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", optarg);
			a->q.as_of = optarg;
			break;
		case 'b':
			if (!cli_one_of(optarg, cli_bases))
				return cli_bad_usage(self, "unknown basis '%s' (actual, estimate, guidance or consensus)",
						     optarg);
			a->q.basis = optarg;
			break;
		case 'K':
			if (cli_known_at(optarg, a->known_at) < 0)
				return EXIT_USAGE;
			a->q.known_at = a->known_at;
			break;
		case 'c':
			a->calendar = 1;
			break;
		case 'F':
			a->from_label = optarg;
			break;
		case 'T':
			a->to_label = optarg;
			break;
		case 'D':
			a->q.derive = 1;
			break;
		case 'p':
			if (period_type_parse(optarg) < 0)
				return cli_bad_usage(self, "unknown period type '%s'", optarg);
			a->q.period_type = optarg;
			break;
		case 'f':
			a->format = optarg;
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
		if (history && (c == 'c' || c == 'F' || c == 'T' || c == 'D' || c == 'p'))
			return cli_bad_usage(self, "history takes no option '%s'", argv[optind - 1]);
	}
	int want = history ? 3 : 2;
	if (argc - optind != want)
		return cli_bad_usage(self, history ? "history needs ENTITY METRIC PERIOD" : "series needs ENTITY METRIC");
	for (int i = 0; i < want; i++)
		a->positional[i] = argv[optind + i];
	static const char *const sformats[] = { "table", "csv", "jsonl", NULL };
	static const char *const hformats[] = { "table", "jsonl", NULL };
	if (!cli_one_of(a->format, history ? hformats : sformats))
		return cli_bad_usage(self, "unknown format '%s'", a->format);
	return 0;
}

/* Opens the store and its lexicon and turns the ENTITY and METRIC given
 * (ids or aliases) into ids. Prints the error and returns -1 on failure;
 * the caller closes what was opened. */
static int open_for(struct cli *cli, struct series_args *a, struct store **s, struct lexicon **lx)
{
	struct errmsg e;
	if (cli_open_store(cli, s) < 0)
		return -1;
	if (store_load_lexicon(*s, lx, &e) < 0) {
		cli_error("%s", e.text);
		return -1;
	}
	/* an id the lexicon no longer has still names the facts stored under it */
	const char *ent = a->positional[0], *met = a->positional[1];
	if (lexicon_find_entity(*lx, ent) < 0 && store_names_in_facts(*s, ent, 0))
		a->q.entity = ent;
	else if (!(a->q.entity = cli_entity_id(*lx, ent)))
		return -1;
	if (lexicon_find_metric(*lx, met) < 0 && store_names_in_facts(*s, met, 1))
		a->q.metric = met;
	else if (!(a->q.metric = cli_metric_id(*lx, met)))
		return -1;
	return 0;
}

int cmd_series(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("series");
	struct series_args a;
	int rc = parse_args(argc, argv, self, &a, 0);
	if (rc)
		return rc;
	if (!a.q.kind)
		a.q.kind = "level";
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	char from[11], to[11];
	rc = EXIT_FAIL;
	if (open_for(cli, &a, &s, &lx) < 0)
		goto out;
	if (a.from_label) {
		if (cli_period_end(lx, a.q.entity, a.from_label, from) < 0)
			goto out;
		a.q.from = from;
	}
	if (a.to_label) {
		if (cli_period_end(lx, a.q.entity, a.to_label, to) < 0)
			goto out;
		a.q.to = to;
	}
	struct series_row *rows;
	size_t n;
	if (cli_series_fetch(s, &a.q, &rows, &n) < 0)
		goto out;
	rc = EXIT_OK;
	if (!strcmp(a.format, "jsonl")) {
		for (size_t i = 0; i < n; i++)
			row_jsonl(&rows[i], 0);
	} else if (!strcmp(a.format, "csv")) {
		struct csvout c;
		csvout_begin(&c, stdout, 0);
		for (size_t i = 0; i < cli_fact_ncolumns; i++)
			csvout_text(&c, cli_fact_columns[i]);
		csvout_text(&c, "derived");
		csvout_end_row(&c);
		for (size_t i = 0; i < n; i++)
			row_csv(&c, &rows[i]);
		/* a failed write to standard output is told apart (closed pipe
		 * or full disk) and reported in main.c */
		csvout_finish(&c);
	} else {
		printf("%s %s (%s)%s%s%s%s\n", rows && n ? rows[0].entity_name : a.q.entity,
		       n ? rows[0].metric_name : a.q.metric, a.q.kind, a.q.as_of ? " as of " : "",
		       a.q.as_of ? a.q.as_of : "", a.q.known_at ? ", as known at " : "",
		       a.q.known_at ? a.q.known_at : "");
		printf("%-14s %-8s %-10s %-5s %-22s %-9s %-8s %s\n", "PERIOD", "TYPE", "END", "KIND", "VALUE",
		       "QUALIFIER", "BASIS", "SOURCE");
		for (size_t i = 0; i < n; i++) {
			char v[128];
			value_text(&rows[i], v, sizeof(v));
			if (rows[i].derived)
				printf("%-14s %-8s %-10s %-5s %-22s %-9s %-8s derived from stored levels\n",
				       label_of(&rows[i], a.calendar), rows[i].period_type, rows[i].period_end,
				       rows[i].kind, v, "", rows[i].basis);
			else
				printf("%-14s %-8s %-10s %-5s %-22s %-9s %-8s report %ld (%s)\n",
				       label_of(&rows[i], a.calendar), rows[i].period_type, rows[i].period_end,
				       rows[i].kind, v, rows[i].qualifier, rows[i].basis, rows[i].report_id,
				       rows[i].report_date);
		}
		if (!n)
			printf("(no values)\n");
	}
	cli_series_free(rows, n);
out:
	lexicon_free(lx);
	store_close(s);
	return rc;
}

int cmd_history(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("history");
	struct series_args a;
	int rc = parse_args(argc, argv, self, &a, 1);
	if (rc)
		return rc;
	if (!a.q.kind)
		a.q.kind = "level";
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct errmsg e;
	char **ends = NULL;
	size_t nends = 0;
	rc = EXIT_FAIL;
	if (open_for(cli, &a, &s, &lx) < 0)
		goto out;
	if (store_find_period_ends(s, a.q.entity, a.q.metric, a.q.kind, a.positional[2], &ends, &nends, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	}
	if (!nends) {
		char end[11];
		if (cli_period_end(lx, a.q.entity, a.positional[2], end) < 0)
			goto out;
		ends = xmalloc(sizeof(*ends));
		ends[0] = xstrdup(end);
		nends = 1;
	}
	rc = EXIT_OK;
	size_t shown = 0;
	for (size_t k = 0; k < nends; k++) {
		struct series_row *rows;
		size_t n;
		a.q.history = 1;
		a.q.everything = 1;
		a.q.from = a.q.to = ends[k];
		if (cli_series_fetch(s, &a.q, &rows, &n) < 0) {
			rc = EXIT_FAIL;
			break;
		}
		for (size_t i = 0; i < n; i++, shown++) {
			if (!strcmp(a.format, "jsonl")) {
				row_jsonl(&rows[i], 1);
				continue;
			}
			char v[128];
			value_text(&rows[i], v, sizeof(v));
			char page[24] = "";
			if (rows[i].page)
				snprintf(page, sizeof(page), ", page %d", rows[i].page);
			const char *state = rows[i].current      ? "(current)"
					    : rows[i].rejected   ? "(rejected)"
					    : rows[i].superseded ? "(superseded by a re-extraction)"
								 : "";
			char *sentence = cli_one_line(rows[i].sentence);
			printf("%s report %ld  %s  %-22s %-8s %s %s\n    %s%s\n    obs %ld, extractor %s\n    \"%s\"\n",
			       rows[i].current ? "*" : " ", rows[i].report_id, rows[i].report_date, v, rows[i].basis,
			       label_of(&rows[i], 0), state, rows[i].title, page, rows[i].obs_id,
			       rows[i].extractor ? rows[i].extractor : "unknown", sentence);
			free(sentence);
		}
		cli_series_free(rows, n);
	}
	if (!shown && strcmp(a.format, "jsonl"))
		printf("(no values for %s %s %s)\n", a.q.entity, a.q.metric, a.positional[2]);
out:
	for (size_t i = 0; i < nends; i++)
		free(ends[i]);
	free(ends);
	lexicon_free(lx);
	store_close(s);
	return rc;
}
