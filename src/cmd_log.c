/*
 * mtrack log: every change made to the store, oldest first.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "banned.h"

const char usage_log[] =
	"log [--report ID] [--format text|jsonl]\n\n"
	"Lists every change made to the store, oldest first: reports added,\n"
	"retracted, restored, re-dated and re-extracted, facts rejected and\n"
	"accepted, lexicon edits. Each with its number, its time (UTC), who made it\n"
	"($USER), what it did and why. Nothing is ever deleted: any of these moments\n"
	"can be given to --known-at.\n\n"
	"  --report ID  only the changes to one report\n"
	"  --format F   text (default) or jsonl (id, at, who, action, report_id,\n"
	"               obs_id, what, why)\n";

static int event_line(const struct store_event *ev, void *ctx)
{
	int jsonl = *(int *)ctx;
	struct buf b = BUF_INIT;
	if (jsonl) {
		buf_printf(&b, "{\"id\": %ld, \"at\": ", ev->id);
		buf_add_json(&b, ev->at);
		buf_adds(&b, ", \"who\": ");
		buf_add_json(&b, ev->who);
		buf_adds(&b, ", \"action\": ");
		buf_add_json(&b, ev->action);
		if (ev->report_id)
			buf_printf(&b, ", \"report_id\": %ld", ev->report_id);
		else
			buf_adds(&b, ", \"report_id\": null");
		if (ev->obs_id)
			buf_printf(&b, ", \"obs_id\": %ld", ev->obs_id);
		else
			buf_adds(&b, ", \"obs_id\": null");
		buf_adds(&b, ", \"what\": ");
		buf_add_json(&b, ev->what);
		buf_adds(&b, ", \"why\": ");
		if (ev->why[0])
			buf_add_json(&b, ev->why);
		else
			buf_adds(&b, "null");
		buf_adds(&b, "}\n");
	} else {
		/* to the second: a time copied from here to --known-at means the
		 * end of that second, so it includes this change */
		buf_printf(&b, "%-5ld %.19sZ  %-10s %s\n", ev->id, ev->at, ev->who, ev->what);
		if (ev->why[0])
			buf_printf(&b, "      why: %s\n", ev->why);
	}
	fputs(b.data, stdout);
	buf_free(&b);
	return 0;
}

int cmd_log(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' }, { "report", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	const struct command *self = cli_find_command("log");
	int jsonl = 0, c;
	long report = 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'f' && (!strcmp(optarg, "text") || !strcmp(optarg, "jsonl")))
			jsonl = !strcmp(optarg, "jsonl");
		else if (c == 'f')
			return cli_bad_usage(self, "unknown format '%s'", optarg);
		else if (c == 'r' && (parse_long(optarg, &report) < 0 || report <= 0))
			return cli_bad_usage(self, "bad report id '%s'", optarg);
		else if (c != 'r')
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
	}
	if (optind < argc)
		return cli_bad_usage(self, "unexpected argument '%s'", argv[optind]);
	struct store *s;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	int rc = store_each_event(s, report, event_line, &jsonl, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}
