/*
 * mtrack lexicon: list and extend entities, metrics and aliases without SQL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "reportin.h"
#include "banned.h"

const char usage_lexicon[] =
	"lexicon list [entities|metrics] [--format table|json|jsonl]\n"
	"       mtrack lexicon add-entity ID --name NAME [--name-zh NAME] [--fy-end MM-DD | --fy-rule RULE]\n"
	"                                 [--parent ID] [--kind company|segment|product|market]\n"
	"       mtrack lexicon add-metric ID --unit-kind currency|percent|count|ratio [--name NAME] [--stock]\n"
	"       mtrack lexicon alias ID ALIAS...\n"
	"       mtrack lexicon import FILE.csv\n\n"
	"The lexicon lives in the store: what the extractor recognizes. Aliases match\n"
	"case-insensitively for Latin text, after Unicode NFKC, Latin ones on word\n"
	"boundaries only.\n\n"
	"Fiscal years: --fy-end MM-DD for a fixed day (06-30), or --fy-rule for\n"
	"52/53-week years: last-WDY-MM (last-sun-01: the last Sunday of January) or\n"
	"nearest-WDY-MM-DD (nearest-sun-10-31). A segment without one uses its\n"
	"parent's; with none at all, the calendar year.\n\n"
	"import reads a CSV with a header row and the columns\n"
	"  type       entity, metric or alias\n"
	"  id         the entity or metric id (for alias: the target id)\n"
	"  name       display name (entity, metric) or the alias text (alias)\n"
	"  name_zh    Chinese display name (entity; optional)\n"
	"  parent     parent entity id (entity; optional)\n"
	"  fy         fiscal year rule: MM-DD, last-WDY-MM or nearest-WDY-MM-DD (entity; optional)\n"
	"  unit_kind  currency, percent, count or ratio (metric)\n"
	"All rows are added in one transaction: one bad row (reported with its line)\n"
	"and nothing is added.\n";

/* Entities and metrics as JSON objects, each with its "type". */
static void list_json(const struct lexicon *lx, const char *what, int format)
{
	struct cli_list out = { format, 0 };
	struct buf b = BUF_INIT;
	for (size_t i = 0; (!what || !strcmp(what, "entities")) && i < lexicon_entity_count(lx); i++) {
		const struct lexicon_entity *en = lexicon_entity_at(lx, i);
		char fy[32];
		period_calendar_format(&en->calendar, fy, sizeof(fy));
		const char *f[][2] = { { "id", en->id }, { "name", en->name }, { "name_zh", en->name_zh },
				       { "parent", en->parent_id }, { "fiscal_year", fy }, { "kind", en->kind } };
		buf_adds(&b, "{\"type\": \"entity\"");
		for (size_t k = 0; k < ARRAY_SIZE(f); k++) {
			buf_printf(&b, ", \"%s\": ", f[k][0]);
			if (f[k][1])
				buf_add_json(&b, f[k][1]);
			else
				buf_adds(&b, "null");
		}
		buf_adds(&b, "}");
		cli_list_item(&out, &b);
	}
	for (size_t i = 0; (!what || !strcmp(what, "metrics")) && i < lexicon_metric_count(lx); i++) {
		const struct lexicon_metric *m = lexicon_metric_at(lx, i);
		buf_adds(&b, "{\"type\": \"metric\", \"id\": ");
		buf_add_json(&b, m->id);
		buf_adds(&b, ", \"name\": ");
		buf_add_json(&b, m->name);
		buf_adds(&b, ", \"unit_kind\": ");
		buf_add_json(&b, lexicon_unit_kind_name(m->unit_kind));
		buf_printf(&b, ", \"stock\": %s}", m->stock ? "true" : "false");
		cli_list_item(&out, &b);
	}
	cli_list_end(&out);
	buf_free(&b);
}

static int list(struct store *s, const char *what, int format)
{
	struct lexicon *lx;
	struct errmsg e;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	if (format != CLI_TABLE) {
		list_json(lx, what, format);
		lexicon_free(lx);
		return EXIT_OK;
	}
	if (!what || !strcmp(what, "entities")) {
		static const size_t widths[] = { 18, 26, 14, 14, 18 };
		const char *head[] = { "ENTITY", "NAME", "中文", "PARENT", "FISCAL YEAR" };
		for (size_t c = 0; c < ARRAY_SIZE(widths); c++)
			cli_print_cell(head[c], widths[c]);
		printf("KIND\n");
		for (size_t i = 0; i < lexicon_entity_count(lx); i++) {
			const struct lexicon_entity *en = lexicon_entity_at(lx, i);
			char fy[32];
			period_calendar_format(&en->calendar, fy, sizeof(fy));
			const char *cells[] = { en->id, en->name, en->name_zh ? en->name_zh : "",
						en->parent_id ? en->parent_id : "", fy };
			for (size_t c = 0; c < ARRAY_SIZE(widths); c++)
				cli_print_cell(cells[c], widths[c]);
			printf("%s\n", en->kind);
		}
	}
	if (!what || !strcmp(what, "metrics")) {
		if (!what)
			printf("\n");
		cli_print_cell("METRIC", 22);
		cli_print_cell("NAME", 36);
		printf("UNIT KIND\n");
		for (size_t i = 0; i < lexicon_metric_count(lx); i++) {
			const struct lexicon_metric *m = lexicon_metric_at(lx, i);
			cli_print_cell(m->id, 22);
			cli_print_cell(m->name, 36);
			printf("%s%s\n", lexicon_unit_kind_name(m->unit_kind), m->stock ? " (point in time)" : "");
		}
	}
	lexicon_free(lx);
	return EXIT_OK;
}

static const char *opt_value(int argc, char **argv, const char *name, int *bad)
{
	for (int i = 0; i < argc; i++)
		if (!strcmp(argv[i], name)) {
			if (i + 1 >= argc) {
				*bad = 1;
				return NULL;
			}
			return argv[i + 1];
		}
	return NULL;
}

static int has_flag(int argc, char **argv, const char *name)
{
	for (int i = 0; i < argc; i++)
		if (!strcmp(argv[i], name))
			return 1;
	return 0;
}

/* Options must be known ones; anything else is a usage error. */
static int check_options(int argc, char **argv, const char *const *valued, const char *const *flags)
{
	for (int i = 0; i < argc; i++) {
		if (strncmp(argv[i], "--", 2))
			continue;
		if (cli_one_of(argv[i], valued)) {
			i++;
			continue;
		}
		if (!cli_one_of(argv[i], flags))
			return cli_bad_usage(cli_find_command("lexicon"), "unknown option '%s'", argv[i]);
	}
	return 0;
}

struct lexicon_import {
	const char *path;
	int map[7];
	int header;
	struct buf errors;
	int nerrors;
	struct store *s;
};

static int import_row(char **f, size_t n, long line, void *ctx)
{
	static const char *const cols[] = { "type", "id", "name", "name_zh", "parent", "fy", "unit_kind" };
	struct lexicon_import *li = ctx;
	if (!li->header) {
		for (int k = 0; k < 7; k++)
			li->map[k] = -1;
		for (size_t i = 0; i < n; i++)
			for (int k = 0; k < 7; k++)
				if (f[i] && !strcmp(f[i], cols[k]))
					li->map[k] = (int)i;
		li->header = 1;
		if (li->map[0] < 0 || li->map[1] < 0 || li->map[2] < 0) {
			buf_printf(&li->errors, "%s:%ld: the header needs the columns type, id and name\n", li->path, line);
			li->nerrors++;
			return 1;
		}
		return 0;
	}
	const char *v[7];
	for (int k = 0; k < 7; k++)
		v[k] = li->map[k] >= 0 && (size_t)li->map[k] < n && f[li->map[k]] ? f[li->map[k]] : "";
	struct errmsg e;
	int rc;
	if (!strcmp(v[0], "entity"))
		rc = store_add_entity(li->s, v[1], v[2], v[3], v[4], v[5], NULL, &e);
	else if (!strcmp(v[0], "metric"))
		rc = store_add_metric(li->s, v[1], v[2], v[6], 0, &e);
	else if (!strcmp(v[0], "alias"))
		rc = store_add_alias(li->s, v[1], v[2], &e);
	else
		rc = err_set(&e, "type must be entity, metric or alias, not '%s'", v[0]);
	if (rc < 0) {
		buf_printf(&li->errors, "%s:%ld: %s\n", li->path, line, e.text);
		li->nerrors++;
	}
	return 0;
}

static int import_all(struct store *s, void *ctx)
{
	struct lexicon_import *li = ctx;
	struct report_input in;
	struct errmsg e;
	li->s = s;
	if (reportin_load(li->path, "2000-01-01", NULL, NULL, &in, &e) < 0) {
		buf_printf(&li->errors, "%s\n", e.text);
		li->nerrors++;
		return -1;
	}
	int rc = csvin_parse(in.data, in.len, import_row, li, &e);
	if (rc < 0) {
		buf_printf(&li->errors, "%s: %s\n", li->path, e.text);
		li->nerrors++;
	}
	reportin_free(&in);
	return li->nerrors ? -1 : 0;
}

int cmd_lexicon(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("lexicon");
	if (argc < 2)
		return cli_bad_usage(self, "lexicon needs a subcommand");
	const char *sub = argv[1];
	int bad = 0, rc;
	struct store *s = NULL;
	struct errmsg e;
	if (!strcmp(sub, "list")) {
		const char *what = NULL;
		int format = CLI_TABLE;
		for (int i = 2; i < argc; i++) {
			if (!strcmp(argv[i], "--format") && i + 1 < argc) {
				if ((format = cli_parse_format(argv[++i], CLI_FORMATS_JSON)) < 0)
					return cli_bad_usage(self, "unknown format '%s' (table, json or jsonl)", argv[i]);
			} else if (!what && (!strcmp(argv[i], "entities") || !strcmp(argv[i], "metrics"))) {
				what = argv[i];
			} else {
				return cli_bad_usage(self, "list takes 'entities' or 'metrics' and --format F");
			}
		}
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = list(s, what, format);
		store_close(s);
		return rc;
	}
	if (!strcmp(sub, "add-entity")) {
		static const char *const valued[] = { "--name", "--name-zh", "--fy-end", "--fy-rule", "--parent", "--kind", NULL };
		static const char *const flags[] = { NULL };
		if ((rc = check_options(argc - 2, argv + 2, valued, flags)))
			return rc;
		const char *name = opt_value(argc, argv, "--name", &bad), *zh = opt_value(argc, argv, "--name-zh", &bad);
		const char *fy = opt_value(argc, argv, "--fy-end", &bad), *rule = opt_value(argc, argv, "--fy-rule", &bad);
		const char *parent = opt_value(argc, argv, "--parent", &bad), *kind = opt_value(argc, argv, "--kind", &bad);
		static const char *const kinds[] = { "company", "segment", "product", "market", NULL };
		if (bad || argc < 3 || argv[2][0] == '-' || !name)
			return cli_bad_usage(self, "add-entity needs ID and --name NAME");
		if (fy && rule)
			return cli_bad_usage(self, "give --fy-end or --fy-rule, not both");
		if (kind && !cli_one_of(kind, kinds))
			return cli_bad_usage(self, "unknown kind '%s'", kind);
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = store_add_entity(s, argv[2], name, zh, parent, fy ? fy : rule, kind, &e);
		if (rc == 0 && zh)
			rc = store_add_alias(s, argv[2], zh, &e);
		if (rc < 0)
			cli_error("%s", e.text);
		else
			printf("added entity %s\n", argv[2]);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "add-metric")) {
		static const char *const valued[] = { "--unit-kind", "--name", NULL };
		static const char *const flags[] = { "--stock", NULL };
		if ((rc = check_options(argc - 2, argv + 2, valued, flags)))
			return rc;
		const char *uk = opt_value(argc, argv, "--unit-kind", &bad), *name = opt_value(argc, argv, "--name", &bad);
		if (bad || argc < 3 || argv[2][0] == '-' || !uk)
			return cli_bad_usage(self, "add-metric needs ID and --unit-kind KIND");
		if (lexicon_unit_kind_parse(uk) < 0)
			return cli_bad_usage(self, "unit kind must be currency, percent, count or ratio");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = store_add_metric(s, argv[2], name, uk, has_flag(argc, argv, "--stock"), &e);
		if (rc < 0)
			cli_error("%s", e.text);
		else
			printf("added metric %s\n", argv[2]);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "alias")) {
		if (argc < 4)
			return cli_bad_usage(self, "alias needs ID and at least one ALIAS");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = 0;
		for (int i = 3; i < argc && rc == 0; i++) {
			rc = store_add_alias(s, argv[2], argv[i], &e);
			if (rc < 0)
				cli_error("%s", e.text);
			else
				printf("added alias '%s' for %s\n", argv[i], argv[2]);
		}
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "import")) {
		if (argc != 3)
			return cli_bad_usage(self, "import takes one FILE.csv");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		struct lexicon_import li;
		memset(&li, 0, sizeof(li));
		li.path = argv[2];
		rc = store_transaction(s, import_all, &li, &e);
		if (rc < 0) {
			fputs(buf_str(&li.errors), stderr);
			cli_error("'%s': nothing imported", argv[2]);
		} else {
			printf("imported %s\n", argv[2]);
		}
		buf_free(&li.errors);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	return cli_bad_usage(self, "unknown subcommand '%s'", sub);
}
