/*
 * mtrack reject and mtrack accept: take one wrong fact out of every view
 * (or put it back) without retracting its whole report.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "banned.h"

const char usage_reject[] =
	"reject OBS [--why TEXT]\n\n"
	"Takes one observation (its id: 'mtrack report ID' or 'mtrack history'\n"
	"show it) out of every view: series, history's current value, export,\n"
	"plot, conflicts. Nothing is deleted: the rejection is recorded in the log,\n"
	"--known-at before it still shows the fact, and 'mtrack accept' undoes it.\n";

const char usage_accept[] =
	"accept OBS [--why TEXT]\n\n"
	"Undoes a rejection: the observation counts again.\n";

static int set_rejected(int argc, char **argv, struct cli *cli, int reject)
{
	const struct command *self = cli_find_command(reject ? "reject" : "accept");
	const char *why = NULL;
	int rc = cli_why_option(argc, argv, self, &why);
	if (rc)
		return rc;
	long id;
	if (argc - optind != 1)
		return cli_bad_usage(self, "an observation id is needed");
	if ((rc = cli_id_operand(self, argv[optind], "observation", &id)))
		return rc;
	struct store *s;
	struct errmsg e;
	struct buf what = BUF_INIT;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	rc = store_set_rejected(s, id, reject, why, &what, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	else
		printf("%s %s\n", reject ? "rejected" : "accepted", what.data);
	buf_free(&what);
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

int cmd_reject(int argc, char **argv, struct cli *cli)
{
	return set_rejected(argc, argv, cli, 1);
}

int cmd_accept(int argc, char **argv, struct cli *cli)
{
	return set_rejected(argc, argv, cli, 0);
}
