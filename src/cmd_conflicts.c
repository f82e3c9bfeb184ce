/*
 * mtrack conflicts and mtrack check: where reports disagree with each
 * other, and where stated changes or magnitudes disagree with the levels.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "period.h"
#include "banned.h"

const char usage_conflicts[] =
	"conflicts [--entity E] [--metric M] [--format table|json|jsonl]\n\n"
	"Facts whose current value and an earlier report's value (same basis) differ\n"
	"beyond rounding (more than 0.5%, or more than the digits written allow:\n"
	"$102.5 billion against $102.0 billion; an approximate value is allowed 2%)\n"
	"and outside each other's ranges and bounds, with both values and their\n"
	"sources. Exit status 1 when it lists anything, as for check.\n\n"
	"  --entity E, --metric M   only this entity or metric (id or alias)\n"
	"  --format F      table (default), json (one array) or jsonl (one object\n"
	"                  per line: the fact, its current value and the earlier ones)\n";

const char usage_check[] =
	"check [--entity E] [--metric M] [--format table|json|jsonl]\n\n"
	"Stated yoy/qoq changes that contradict the stored levels of the two periods\n"
	"beyond rounding, and levels whose magnitude is implausible next to their\n"
	"neighbours (a 1000x scale slip). Exit status 1 when anything is found.\n\n"
	"  --entity E, --metric M   only this entity or metric (id or alias)\n"
	"  --format F      table (default), json (one array) or jsonl (one object\n"
	"                  per finding, with the values it compares)\n";

struct filter_args {
	const char *entity, *metric;
	int format;
};

static int parse_filter(int argc, char **argv, const struct command *self, struct filter_args *f)
{
	static const struct option opts[] = { { "entity", required_argument, NULL, 'e' },
					      { "metric", required_argument, NULL, 'm' },
					      { "format", required_argument, NULL, 'f' },
					      { NULL, 0, NULL, 0 } };
	int c;
	memset(f, 0, sizeof(*f));
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'e')
			f->entity = optarg;
		else if (c == 'm')
			f->metric = optarg;
		else if (c == 'f' && (f->format = cli_parse_format(optarg, CLI_FORMATS_JSON)) < 0)
			return cli_bad_usage(self, "unknown format '%s' (table, json or jsonl)", optarg);
		else if (c != 'f')
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_bad_usage(self, "unexpected argument '%s'", argv[optind]);
	return 0;
}

static int same_key(const struct series_row *a, const struct series_row *b)
{
	return !strcmp(a->entity, b->entity) && !strcmp(a->metric, b->metric) && !strcmp(a->kind, b->kind) &&
	       !strcmp(a->period_type, b->period_type) && !strcmp(a->period_end, b->period_end);
}

/* Whether two statements of one fact can both be true. */
static int compatible(const struct series_row *a, const struct series_row *b)
{
	if (strcmp(a->unit, b->unit))
		return 0;
	struct fact_figure fa = { a->value, a->low, a->high, a->has_range, a->qualifier, a->resolution };
	struct fact_figure fb = { b->value, b->low, b->high, b->has_range, b->qualifier, b->resolution };
	return fact_figures_agree(&fa, &fb);
}

static int load_rows(struct cli *cli, const struct filter_args *f, int history, struct store **s,
		     struct series_row **rows, size_t *n)
{
	struct lexicon *lx = NULL;
	struct errmsg e;
	struct series_query q;
	memset(&q, 0, sizeof(q));
	if (cli_open_store(cli, s) < 0)
		return -1;
	if (store_load_lexicon(*s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		return -1;
	}
	int rc = -1;
	if ((f->entity && !(q.entity = cli_entity_id(lx, f->entity))) ||
	    (f->metric && !(q.metric = cli_metric_id(lx, f->metric))))
		goto out;
	q.history = history;
	rc = cli_series_fetch(*s, &q, rows, n);
out:
	lexicon_free(lx);
	return rc;
}

static int cmp_key(const void *a, const void *b)
{
	const struct series_row *x = a, *y = b;
	int c;
	if ((c = strcmp(x->entity, y->entity)) || (c = strcmp(x->metric, y->metric)) || (c = strcmp(x->kind, y->kind)) ||
	    (c = strcmp(x->period_type, y->period_type)) || (c = strcmp(x->period_end, y->period_end)))
		return c;
	if ((c = strcmp(x->report_date, y->report_date)))
		return c;
	return x->report_id < y->report_id ? -1 : x->report_id > y->report_id;
}

static void show(const char *tag, const struct series_row *r)
{
	char v[112];
	cli_human_value(r->value, r->unit, strcmp(r->kind, "level") != 0, v, sizeof(v));
	if (r->has_range) {
		char lo[48], hi[48];
		cli_human_value(r->low, r->unit, 0, lo, sizeof(lo));
		cli_human_value(r->high, r->unit, 0, hi, sizeof(hi));
		snprintf(v, sizeof(v), "%s..%s", lo, hi);
	}
	printf("    %-8s %-22s %-9s %-8s report %ld (%s) %s\n", tag, v, r->qualifier, r->basis, r->report_id,
	       r->report_date, r->title);
}

int cmd_conflicts(int argc, char **argv, struct cli *cli)
{
	struct filter_args f;
	int rc = parse_filter(argc, argv, cli_find_command("conflicts"), &f);
	if (rc)
		return rc;
	struct store *s = NULL;
	struct series_row *rows = NULL;
	size_t n = 0;
	if (load_rows(cli, &f, 1, &s, &rows, &n) < 0) {
		store_close(s);
		return EXIT_FAIL;
	}
	qsort(rows, n, sizeof(*rows), cmp_key);
	size_t found = 0;
	struct cli_list out = { f.format, 0 };
	struct buf obj = BUF_INIT;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && same_key(&rows[i], &rows[j]))
			j++;
		const struct series_row *cur = NULL;
		for (size_t k = i; k < j; k++)
			if (rows[k].current)
				cur = &rows[k];
		size_t earlier = 0;
		for (size_t k = i; cur && k < j; k++) {
			if (&rows[k] == cur || strcmp(rows[k].basis, cur->basis) || compatible(&rows[k], cur))
				continue;
			const char *period = cur->fiscal_label[0] ? cur->fiscal_label : cur->calendar_label;
			if (!earlier++) {
				found++;
				if (f.format == CLI_TABLE) {
					printf("%s %s %s %s (%s)\n", cur->entity, cur->metric, cur->kind, period,
					       cur->period_end);
					show("current", cur);
				} else {
					buf_adds(&obj, "{\"entity\": ");
					buf_add_json(&obj, cur->entity);
					buf_adds(&obj, ", \"metric\": ");
					buf_add_json(&obj, cur->metric);
					buf_adds(&obj, ", \"kind\": ");
					buf_add_json(&obj, cur->kind);
					buf_adds(&obj, ", \"period\": ");
					buf_add_json(&obj, period);
					buf_adds(&obj, ", \"period_end\": ");
					buf_add_json(&obj, cur->period_end);
					buf_adds(&obj, ", \"current\": ");
					cli_json_row(&obj, cur);
					buf_adds(&obj, ", \"earlier\": [");
				}
			}
			if (f.format == CLI_TABLE) {
				show("earlier", &rows[k]);
			} else {
				if (earlier > 1)
					buf_adds(&obj, ", ");
				cli_json_row(&obj, &rows[k]);
			}
		}
		if (earlier && f.format != CLI_TABLE) {
			buf_adds(&obj, "]}");
			cli_list_item(&out, &obj);
		}
		i = j;
	}
	if (f.format != CLI_TABLE)
		cli_list_end(&out);
	else if (!found)
		printf("no conflicts\n");
	buf_free(&obj);
	cli_series_free(rows, n);
	store_close(s);
	return found ? EXIT_FAIL : EXIT_OK;
}

/* One finding of check as JSON: what it is, then the rows it compares. */
static void check_item(struct cli_list *out, const char *problem, const struct series_row *r, const char *const *roles,
		       const struct series_row *const *with, size_t nwith)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "{\"problem\": ");
	buf_add_json(&b, problem);
	buf_adds(&b, ", \"entity\": ");
	buf_add_json(&b, r->entity);
	buf_adds(&b, ", \"metric\": ");
	buf_add_json(&b, r->metric);
	buf_adds(&b, ", \"kind\": ");
	buf_add_json(&b, r->kind);
	buf_adds(&b, ", \"period\": ");
	buf_add_json(&b, r->fiscal_label[0] ? r->fiscal_label : r->calendar_label);
	for (size_t i = 0; i < nwith; i++) {
		if (!with[i])
			continue;
		buf_printf(&b, ", \"%s\": ", roles[i]);
		cli_json_row(&b, with[i]);
	}
	buf_adds(&b, "}");
	cli_list_item(out, &b);
	buf_free(&b);
}

static long days(const char *iso)
{
	struct date d;
	return date_parse(iso, &d) == 0 ? date_days(d) : 0;
}

static const struct series_row *find_level(const struct series_row *rows, size_t n, const struct series_row *like,
					   long end_days)
{
	for (size_t i = 0; i < n; i++) {
		const struct series_row *r = &rows[i];
		if (!strcmp(r->kind, "level") && !strcmp(r->entity, like->entity) && !strcmp(r->metric, like->metric) &&
		    !strcmp(r->period_type, like->period_type) && !strcmp(r->qualifier, "exact") &&
		    !strcmp(r->basis, "actual") && labs(days(r->period_end) - end_days) <= 10)
			return r;
	}
	return NULL;
}

int cmd_check(int argc, char **argv, struct cli *cli)
{
	struct filter_args f;
	int rc = parse_filter(argc, argv, cli_find_command("check"), &f);
	if (rc)
		return rc;
	struct store *s = NULL;
	struct series_row *rows = NULL;
	size_t n = 0;
	if (load_rows(cli, &f, 0, &s, &rows, &n) < 0) {
		store_close(s);
		return EXIT_FAIL;
	}
	size_t found = 0;
	struct cli_list out = { f.format, 0 };
	/* stated changes against the levels they compare */
	for (size_t i = 0; i < n; i++) {
		const struct series_row *r = &rows[i];
		if (!strcmp(r->kind, "level") || strcmp(r->qualifier, "exact") || strcmp(r->basis, "actual"))
			continue;
		long gap = !strcmp(r->kind, "yoy") ? 365 : 91;
		const struct series_row *now = find_level(rows, n, r, days(r->period_end));
		const struct series_row *then = find_level(rows, n, r, days(r->period_end) - gap);
		if (!now || !then || strcmp(now->unit, then->unit) || then->value == 0)
			continue;
		double implied, tol;
		if (!strcmp(r->unit, "pp")) {
			implied = now->value - then->value;
			tol = 0.15;
		} else if (!strcmp(r->unit, "%")) {
			implied = (now->value / then->value - 1) * 100;
			tol = 1.0 + 0.01 * fabs(implied + 100);
		} else {
			continue;
		}
		if (fabs(implied - r->value) > tol && f.format != CLI_TABLE) {
			static const char *const roles[] = { "stated", "level", "base" };
			const struct series_row *with[] = { r, now, then };
			check_item(&out, "change", r, roles, with, 3);
			found++;
		} else if (fabs(implied - r->value) > tol) {
			printf("%s %s %s %s: stated %+.1f %s, levels imply %+.1f %s\n", r->entity, r->metric, r->kind,
			       r->fiscal_label[0] ? r->fiscal_label : r->calendar_label, r->value, r->unit, implied,
			       r->unit);
			show("stated", r);
			show("level", now);
			show("base", then);
			found++;
		}
	}
	/* magnitudes: a level 50x away from both neighbours is a scale slip */
	for (size_t i = 0; i < n; i++) {
		const struct series_row *r = &rows[i];
		if (strcmp(r->kind, "level") || r->value == 0)
			continue;
		const struct series_row *prev = NULL, *next = NULL;
		for (size_t k = 0; k < n; k++) {
			const struct series_row *o = &rows[k];
			if (o == r || strcmp(o->kind, "level") || strcmp(o->entity, r->entity) ||
			    strcmp(o->metric, r->metric) || strcmp(o->period_type, r->period_type) ||
			    strcmp(o->unit, r->unit) || o->value == 0)
				continue;
			if (strcmp(o->period_end, r->period_end) < 0 && (!prev || strcmp(o->period_end, prev->period_end) > 0))
				prev = o;
			if (strcmp(o->period_end, r->period_end) > 0 && (!next || strcmp(o->period_end, next->period_end) < 0))
				next = o;
		}
		int slip = 0, sides = 0;
		for (int k = 0; k < 2; k++) {
			const struct series_row *o = k ? next : prev;
			if (!o)
				continue;
			sides++;
			double ratio = fabs(r->value / o->value);
			if (ratio >= 50 || ratio <= 1.0 / 50)
				slip++;
		}
		if (sides && slip == sides && f.format != CLI_TABLE) {
			static const char *const roles[] = { "value", "before", "after" };
			const struct series_row *with[] = { r, prev, next };
			check_item(&out, "scale", r, roles, with, 3);
			found++;
		} else if (sides && slip == sides) {
			printf("%s %s %s: %g is far from its neighbours (a scale slip?)\n", r->entity, r->metric,
			       r->fiscal_label[0] ? r->fiscal_label : r->calendar_label, r->value);
			show("value", r);
			if (prev)
				show("before", prev);
			if (next)
				show("after", next);
			found++;
		}
	}
	if (f.format != CLI_TABLE)
		cli_list_end(&out);
	else if (!found)
		printf("no contradictions found\n");
	cli_series_free(rows, n);
	store_close(s);
	return found ? EXIT_FAIL : EXIT_OK;
}
