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
	"Shows one report and the facts extracted from it.\n";

const char usage_retract[] =
	"retract ID [--why TEXT]\n\n"
	"Withdraws a report: its facts leave every view. Nothing is deleted; the\n"
	"retraction is recorded with its time and reason, and 'mtrack restore'\n"
	"undoes it.\n";

const char usage_restore[] =
	"restore ID\n\n"
	"Undoes a retraction: the report's facts count again.\n";

/* Stored text shown on a terminal: control characters (C0, DEL, C1) each
 * become '?', so that a title cannot move the cursor, retitle the window
 * or hide what follows. Returns b's text. */
static const char *shown(const char *s, struct buf *b)
{
	buf_reset(b);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7F) {
			buf_addc(b, '?');
		} else if (c == 0xC2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9F) {
			buf_addc(b, '?');
			s++;
		} else {
			buf_addc(b, (char)c);
		}
	}
	return buf_str(b);
}

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
		struct buf t = BUF_INIT, so = BUF_INIT;
		printf("%-5ld %-10s %5ld facts  %-9s %.12s  %s%s%s\n", r->id, r->published, r->facts,
		       r->retracted ? "RETRACTED" : "", r->sha256, shown(r->title, &t), r->source[0] ? "  — " : "",
		       shown(r->source, &so));
		buf_free(&t);
		buf_free(&so);
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
	if (want_id && (parse_long(argv[optind], id) < 0 || *id <= 0))
		return cli_bad_usage(self, "bad report id '%s'", argv[optind]);
	return 0;
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
	struct buf b = BUF_INIT;
	printf("report %ld: %s\n", r->id, shown(r->title, &b));
	printf("  date      %s (from %s)\n", r->published, r->date_source);
	if (r->source[0])
		printf("  source    %s\n", shown(r->source, &b));
	if (r->path[0])
		printf("  path      %s\n", shown(r->path, &b));
	printf("  sha256    %s\n  size      %ld bytes, %s\n  added     %s\n", r->sha256, r->size, r->encoding,
	       r->added_at);
	if (r->retracted)
		printf("  RETRACTED%s%s\n", r->retract_reason[0] ? ": " : "", shown(r->retract_reason, &b));
	printf("  facts     %ld\n", r->facts);
	buf_free(&b);
	return 0;
}

static int fact_line(const struct obs_row *r, void *ctx)
{
	struct report_ctx *c = ctx;
	char v[96];
	cli_human_value(r->value, r->unit, strcmp(r->kind, "level") != 0, v, sizeof(v));
	if (c->jsonl)
		return 0;
	printf("  %-16s %-20s %-5s %-12s %-20s %-9s %s\n", r->entity, r->metric, r->kind,
	       r->fiscal_label[0] ? r->fiscal_label : r->calendar_label, v, r->qualifier, r->basis);
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
	} else if (!c.jsonl) {
		/* the report's own facts, whatever wins elsewhere */
		struct obs_query q;
		memset(&q, 0, sizeof(q));
		q.mode = OBS_HISTORY;
		q.include_retracted = 1;
		q.report_id = id;
		rc = store_each_obs(s, &q, fact_line, &c, &e);
		if (rc < 0)
			cli_error("%s", e.text);
	}
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

static int set_retracted(int argc, char **argv, struct cli *cli, int retract)
{
	static const struct option opts[] = { { "why", required_argument, NULL, 'w' }, { NULL, 0, NULL, 0 } };
	const struct command *self = cli_find_command(retract ? "retract" : "restore");
	const char *why = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'w' || !retract)
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		why = optarg;
	}
	long id;
	if (argc - optind != 1)
		return cli_bad_usage(self, "a report ID is needed");
	if (parse_long(argv[optind], &id) < 0 || id <= 0)
		return cli_bad_usage(self, "bad report id '%s'", argv[optind]);
	struct store *s;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	int rc = store_set_retracted(s, id, retract, why, &e);
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
