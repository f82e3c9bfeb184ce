/*
 * mtrack copy: a whole history from one store into a new one, SQLite or
 * PostgreSQL either way, ids kept; `mtrack info --checksum` then gives the
 * same digest on both.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "banned.h"

const char usage_copy[] =
	"copy --from STORE --to STORE [--from-schema NAME] [--to-schema NAME]\n\n"
	"Copies a whole history (the lexicon, reports and their kept texts,\n"
	"observations, report versions, retractions, rejections and the change\n"
	"log) from one store into another that holds none yet, with the same ids.\n"
	"A store is a SQLite file or a PostgreSQL address (postgresql://..., or\n"
	"service=NAME), as for --db; a file is created. Nothing is copied unless\n"
	"all of it is: a failed copy leaves the destination as it was. Compare\n"
	"the two with 'mtrack info --checksum'.\n\n"
	"  --from STORE       the store to copy\n"
	"  --to STORE         the store to copy into: new, or holding no report\n"
	"  --from-schema N    the PostgreSQL schema of --from (default --schema,\n"
	"                     $MTRACK_SCHEMA, else mtrack)\n"
	"  --to-schema N      the PostgreSQL schema of --to (same default)\n";

struct copy_ctx {
	struct store *to;
	const struct store_table *t;
	long rows;
	struct errmsg *e;
};

static int copy_row(const struct store_value *row, void *ctx)
{
	struct copy_ctx *c = ctx;
	c->rows++;
	return store_load_row(c->to, c->t, row, c->e);
}

int cmd_copy(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("copy");
	const char *from = NULL, *to = NULL, *from_schema = cli->schema_opt, *to_schema = cli->schema_opt;
	for (int i = 1; i < argc; i++) {
		const char **dst = NULL;
		static const char *const names[] = { "--from", "--to", "--from-schema", "--to-schema" };
		const char **dsts[] = { &from, &to, &from_schema, &to_schema };
		const char *v = NULL;
		for (size_t k = 0; k < ARRAY_SIZE(names) && !dst; k++) {
			size_t n = strlen(names[k]);
			if (!strcmp(argv[i], names[k]) && i + 1 < argc) {
				dst = dsts[k];
				v = argv[++i];
			} else if (!strncmp(argv[i], names[k], n) && argv[i][n] == '=') {
				dst = dsts[k];
				v = argv[i] + n + 1;
			}
		}
		if (!dst)
			return cli_bad_usage(self, "unexpected argument '%s'", argv[i]);
		if (!*v)
			return cli_bad_usage(self, "%s needs a value", argv[i]);
		*dst = v;
	}
	if (!from || !to)
		return cli_bad_usage(self, "copy needs --from STORE and --to STORE");
	struct stat sb;
	if (!store_is_server(from) && stat(from, &sb) < 0) {
		cli_error("no store at '%s'", from);
		return EXIT_FAIL;
	}
	struct store *src = NULL, *dst = NULL;
	struct errmsg e;
	if (store_open_in(from, from_schema, &src, &e) < 0) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	if (store_open_in(to, to_schema, &dst, &e) < 0) {
		cli_error("%s", e.text);
		store_close(src);
		return EXIT_FAIL;
	}
	if (!strcmp(store_path(src), store_path(dst)) &&
	    (!store_is_server(from) || !strcmp(from_schema ? from_schema : "", to_schema ? to_schema : ""))) {
		cli_error("'%s' is both the source and the destination", store_path(src));
		store_close(src);
		store_close(dst);
		return EXIT_USAGE;
	}
	int rc = store_load_begin(dst, &e);
	struct copy_ctx c = { dst, NULL, 0, &e };
	long counts[16] = { 0 };
	size_t k = 0;
	for (const struct store_table *t = store_tables; t->name && rc == 0; t++, k++) {
		c.t = t;
		c.rows = 0;
		rc = store_each_table_row(src, t, copy_row, &c, &e);
		if (k < ARRAY_SIZE(counts))
			counts[k] = c.rows;
	}
	if (rc == 0)
		rc = store_load_end(dst, 1, &e);
	else
		store_load_end(dst, 0, NULL);
	if (rc < 0) {
		cli_error("cannot copy '%s' to '%s': %s", store_path(src), store_path(dst), e.text);
	} else {
		printf("copied %s to %s:", store_path(src), store_path(dst));
		k = 0;
		for (const struct store_table *t = store_tables; t->name; t++, k++)
			if (k < ARRAY_SIZE(counts))
				printf("%s %ld %s", k ? "," : "", counts[k], t->name);
		printf("\n");
	}
	store_close(src);
	store_close(dst);
	return rc < 0 ? EXIT_FAIL : EXIT_OK;
}
