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

const char usage_info[] =
	"info [--format table|json] [--checksum]\n\n"
	"Shows the store's path, its schema version and how many reports,\n"
	"observations, entities and metrics it holds.\n\n"
	"  --format F      table (default) or json (one object)\n"
	"  --checksum      also a SHA-256 of the whole history (every report, text,\n"
	"                  observation, retraction, rejection, change and the\n"
	"                  lexicon): the same history gives the same checksum in\n"
	"                  SQLite and PostgreSQL (see 'mtrack copy'). Reads it all\n";

int cmd_info(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("info");
	int format = CLI_TABLE, checksum = 0;
	for (int i = 1; i < argc; i++) {
		const char *f = NULL;
		if (!strcmp(argv[i], "--checksum")) {
			checksum = 1;
			continue;
		}
		if (!strcmp(argv[i], "--format") && i + 1 < argc)
			f = argv[++i];
		else if (!strncmp(argv[i], "--format=", 9))
			f = argv[i] + 9;
		else
			return cli_bad_usage(self, "unexpected argument '%s'", argv[i]);
		if ((format = cli_parse_format(f, (1u << CLI_TABLE) | (1u << CLI_JSON) | (1u << CLI_JSONL))) < 0)
			return cli_bad_usage(self, "unknown format '%s' (table or json)", f);
	}
	struct store *s;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	struct store_info info;
	struct errmsg e;
	int rc = store_info(s, &info, &e);
	char sum[65] = "";
	if (rc == 0 && checksum)
		rc = store_checksum(s, sum, &e);
	if (rc == 0 && format != CLI_TABLE) {
		struct buf b = BUF_INIT;
		buf_adds(&b, "{\"store\": ");
		buf_add_json(&b, store_path(s));
		buf_printf(&b, ", \"schema_version\": %d, \"reports\": %ld, \"retracted\": %ld, \"observations\": %ld, "
			       "\"entities\": %ld, \"metrics\": %ld, \"aliases\": %ld}\n",
			   info.schema_version, info.reports, info.retracted, info.observations, info.entities, info.metrics,
			   info.aliases);
		if (checksum) {
			b.data[--b.len] = '\0';
			b.data[--b.len] = '\0';
			buf_printf(&b, ", \"checksum\": \"%s\"}\n", sum);
		}
		fputs(b.data, stdout);
		buf_free(&b);
	} else if (rc == 0) {
		printf("store:          %s\n", store_path(s));
		printf("schema version: %d\n", info.schema_version);
		printf("reports:        %ld (%ld retracted)\n", info.reports, info.retracted);
		printf("observations:   %ld\n", info.observations);
		printf("entities:       %ld\n", info.entities);
		printf("metrics:        %ld\n", info.metrics);
		printf("aliases:        %ld\n", info.aliases);
		printf("changes:        %ld (mtrack log)\n", info.events);
		printf("texts kept:     %ld (reports mtrack reextract can read again)\n", info.texts);
		if (checksum)
			printf("checksum:       %s\n", sum);
	} else {
		cli_error("%s", e.text);
	}
	store_close(s);
	return rc ? EXIT_FAIL : EXIT_OK;
}
