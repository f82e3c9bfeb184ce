/*
 * mtrack init and mtrack info.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "banned.h"

const char usage_init[] =
	"init\n\n"
	"Creates the store, or upgrades an existing one to this mtrack's schema.\n";

const char usage_info[] =
	"info\n\n"
	"Shows the store's path, its schema version and how many reports,\n"
	"observations, entities and metrics it holds.\n";

int cmd_init(int argc, char **argv, struct cli *cli)
{
	struct store *s;
	if (argc > 1)
		return cli_bad_usage(cli_find_command("init"), "unexpected argument '%s'", argv[1]);
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	struct store_info info;
	struct errmsg e;
	int rc = store_info(s, &info, &e);
	if (rc == 0)
		printf("store %s at schema version %d\n", store_path(s), info.schema_version);
	else
		cli_error("%s", e.text);
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}

int cmd_info(int argc, char **argv, struct cli *cli)
{
	struct store *s;
	if (argc > 1)
		return cli_bad_usage(cli_find_command("info"), "unexpected argument '%s'", argv[1]);
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	struct store_info info;
	struct errmsg e;
	int rc = store_info(s, &info, &e);
	if (rc == 0) {
		printf("store:          %s\n", store_path(s));
		printf("schema version: %d\n", info.schema_version);
		printf("reports:        %ld (%ld retracted)\n", info.reports, info.retracted);
		printf("observations:   %ld\n", info.observations);
		printf("entities:       %ld\n", info.entities);
		printf("metrics:        %ld\n", info.metrics);
		printf("aliases:        %ld\n", info.aliases);
		printf("changes:        %ld (mtrack log)\n", info.events);
		printf("texts kept:     %ld (reports mtrack reextract can read again)\n", info.texts);
	} else {
		cli_error("%s", e.text);
	}
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}
