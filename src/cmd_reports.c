/*
 * mtrack reports, report, retract and restore.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "banned.h"

const char usage_reports[] =
	"reports [--format table|jsonl]\n\n"
	"Lists the reports in the order they were added: id, date, title, source,\n"
	"sha256, facts, and whether the report is retracted.\n";

const char usage_report[] =
	"report ID [--format table|jsonl]\n\n"
	"Shows one report and the facts of its current version, each with its\n"
	"observation id (for 'mtrack reject') and the extractor that made it;\n"
	"rejected facts are marked. jsonl: the report's line, then one line per\n"
	"fact (obs_id, entity, metric, kind, period, value, unit, qualifier, basis,\n"
	"extractor, rejected).\n";

const char usage_retract[] =
	"retract ID [--why TEXT]\n\n"
	"Withdraws a report: its facts leave every view. Nothing is deleted; the\n"
	"retraction is recorded with its time and reason, and 'mtrack restore'\n"
	"undoes it.\n";

const char usage_restore[] =
	"restore ID\n\n"
	"Undoes a retraction: the report's facts count again.\n";

static int report_line(const struct report_row *r, void *ctx)
{
	int jsonl = *(int *)ctx;
	if (jsonl) {
		struct buf b = BUF_INIT;
		buf_printf(&b, "{\"id\": %ld, \"date\": ", r->id);
		buf_add_json(&b, r->published);
		buf_adds(&b, ", \"date_source\": ");
		buf_add_json(&b, r->date_source);
		buf_adds(&b, ", \"title\": ");
		buf_add_json(&b, r->title);
		buf_adds(&b, ", \"source\": ");
		buf_add_json(&b, r->source);
		buf_adds(&b, ", \"path\": ");
		buf_add_json(&b, r->path);
		buf_adds(&b, ", \"sha256\": ");
		buf_add_json(&b, r->sha256);
		buf_adds(&b, ", \"encoding\": ");
		buf_add_json(&b, r->encoding);
		buf_printf(&b, ", \"size\": %ld, \"facts\": %ld, \"retracted\": %s, \"added_at\": ", r->size, r->facts,
			   r->retracted ? "true" : "false");
		buf_add_json(&b, r->added_at);
		buf_adds(&b, "}\n");
		fputs(b.data, stdout);
		buf_free(&b);
	} else {
		struct buf t = BUF_INIT, src = BUF_INIT;
		printf("%-5ld %-10s %5ld facts  %-9s %.12s  %s%s%s\n", r->id, r->published, r->facts,
		       r->retracted ? "RETRACTED" : "", r->sha256, cli_printable(r->title, &t), r->source[0] ? "  — " : "",
		       cli_printable(r->source, &src));
		buf_free(&t);
		buf_free(&src);
	}
	return 0;
}

static int parse_format(int argc, char **argv, const struct command *self, int *jsonl, long *id, int want_id)
{
	static const struct option opts[] = { { "format", required_argument, NULL, 'f' }, { NULL, 0, NULL, 0 } };
	int c;
	*jsonl = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'f')
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		if (strcmp(optarg, "table") && strcmp(optarg, "jsonl"))
			return cli_bad_usage(self, "unknown format '%s'", optarg);
		*jsonl = !strcmp(optarg, "jsonl");
	}
	if (argc - optind != want_id)
		return cli_bad_usage(self, want_id ? "a report ID is needed" : "unexpected argument '%s'", argv[optind]);
	return want_id ? cli_id_operand(self, argv[optind], "report", id) : 0;
}

int cmd_reports(int argc, char **argv, struct cli *cli)
{
	int jsonl;
	long id = 0;
	int rc = parse_format(argc, argv, cli_find_command("reports"), &jsonl, &id, 0);
	if (rc)
		return rc;
	struct store *s;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	if (!jsonl)
		printf("%-5s %-10s %11s  %-9s %-12s  %s\n", "ID", "DATE", "FACTS", "", "SHA256", "TITLE");
	rc = store_each_report(s, 0, report_line, &jsonl, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

struct report_ctx {
	int jsonl, found, retracted;
};

static int found_report(const struct report_row *r, void *ctx)
{
	struct report_ctx *c = ctx;
	c->found = 1;
	c->retracted = r->retracted;
	if (c->jsonl)
		return report_line(r, &c->jsonl);
	struct buf t = BUF_INIT;
	printf("report %ld: %s\n", r->id, cli_printable(r->title, &t));
	printf("  date      %s (from %s)\n", r->published, r->date_source);
	if (r->source[0])
		printf("  source    %s\n", cli_printable(r->source, &t));
	if (r->path[0])
		printf("  path      %s\n", cli_printable(r->path, &t));
	printf("  sha256    %s\n  size      %ld bytes, %s\n  added     %s\n", r->sha256, r->size, r->encoding,
	       r->added_at);
	if (r->retracted)
		printf("  RETRACTED%s%s\n", r->retract_reason[0] ? ": " : "", cli_printable(r->retract_reason, &t));
	printf("  facts     %ld\n", r->facts);
	buf_free(&t);
	return 0;
}

static int fact_line(const struct obs_row *r, void *ctx)
{
	struct report_ctx *c = ctx;
	char v[96];
	if (r->superseded)
		return 0;
	if (c->jsonl) {
		struct buf b = BUF_INIT;
		char num[64];
		buf_printf(&b, "{\"obs_id\": %ld, \"report_id\": %ld, \"entity\": ", r->id, r->report_id);
		buf_add_json(&b, r->entity);
		buf_adds(&b, ", \"metric\": ");
		buf_add_json(&b, r->metric);
		buf_adds(&b, ", \"kind\": ");
		buf_add_json(&b, r->kind);
		buf_adds(&b, ", \"period_type\": ");
		buf_add_json(&b, r->period_type);
		buf_adds(&b, ", \"period_end\": ");
		buf_add_json(&b, r->period_end);
		buf_adds(&b, ", \"fiscal_label\": ");
		buf_add_json(&b, r->fiscal_label);
		format_number(r->value, num, sizeof(num));
		buf_printf(&b, ", \"value\": %s, \"unit\": ", num);
		buf_add_json(&b, r->unit);
		buf_adds(&b, ", \"qualifier\": ");
		buf_add_json(&b, r->qualifier);
		buf_adds(&b, ", \"basis\": ");
		buf_add_json(&b, r->basis);
		buf_adds(&b, ", \"extractor\": ");
		buf_add_json(&b, r->extractor[0] ? r->extractor : "unknown");
		buf_printf(&b, ", \"rejected\": %s}\n", r->rejected ? "true" : "false");
		fputs(b.data, stdout);
		buf_free(&b);
		return 0;
	}
	cli_human_value(r->value, r->unit, strcmp(r->kind, "level") != 0, v, sizeof(v));
	/* ids may be Chinese: padded by display width */
	printf("  %-12ld ", r->id);
	cli_print_cell(r->entity, 16);
	cli_print_cell(r->metric, 20);
	printf("%-5s %-12s %-20s %-9s %s%s\n", r->kind, r->fiscal_label[0] ? r->fiscal_label : r->calendar_label, v,
	       r->qualifier, r->basis, r->rejected ? "  REJECTED" : "");
	return 0;
}

int cmd_report(int argc, char **argv, struct cli *cli)
{
	struct report_ctx c = { 0, 0, 0 };
	long id = 0;
	int rc = parse_format(argc, argv, cli_find_command("report"), &c.jsonl, &id, 1);
	if (rc)
		return rc;
	struct store *s;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	rc = store_each_report(s, id, found_report, &c, &e);
	if (rc < 0) {
		cli_error("%s", e.text);
	} else if (!c.found) {
		cli_error("no report %ld", id);
		rc = -1;
	} else {
		/* the report's own facts, whatever wins elsewhere */
		struct obs_query q;
		memset(&q, 0, sizeof(q));
		q.mode = OBS_HISTORY;
		q.include_retracted = 1;
		q.everything = 1;
		q.report_id = id;
		if (!c.jsonl)
			printf("  %-12s %-16s %-20s %-5s %-12s %-20s %-9s %s\n", "OBS", "ENTITY", "METRIC", "KIND", "PERIOD",
			       "VALUE", "QUALIFIER", "BASIS");
		rc = store_each_obs(s, &q, fact_line, &c, &e);
		if (rc < 0)
			cli_error("%s", e.text);
	}
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

static int set_retracted(int argc, char **argv, struct cli *cli, int retract)
{
	const struct command *self = cli_find_command(retract ? "retract" : "restore");
	const char *why = NULL;
	int rc = cli_why_option(argc, argv, self, retract ? &why : NULL);
	if (rc)
		return rc;
	long id;
	if (argc - optind != 1)
		return cli_bad_usage(self, "a report ID is needed");
	if ((rc = cli_id_operand(self, argv[optind], "report", &id)))
		return rc;
	struct store *s;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	rc = store_set_retracted(s, id, retract, why, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	else
		printf("report %ld %s\n", id, retract ? "retracted" : "restored");
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

int cmd_retract(int argc, char **argv, struct cli *cli)
{
	return set_retracted(argc, argv, cli, 1);
}

int cmd_restore(int argc, char **argv, struct cli *cli)
{
	return set_retracted(argc, argv, cli, 0);
}
