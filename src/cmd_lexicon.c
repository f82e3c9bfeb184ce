/*
 * mtrack lexicon: list and extend entities, metrics and aliases without SQL.
 */
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csvout.h"
#include "reportin.h"
#include "suggest.h"
#include "banned.h"

const char usage_lexicon[] =
	"lexicon list [entities|metrics]\n"
	"       mtrack lexicon add-entity ID --name NAME [--name-zh NAME] [--fy-end MM-DD | --fy-rule RULE]\n"
	"                                 [--parent ID] [--kind company|segment|product|market]\n"
	"       mtrack lexicon add-metric ID --unit-kind currency|percent|count|ratio [--name NAME] [--stock]\n"
	"       mtrack lexicon alias ID ALIAS...\n"
	"       mtrack lexicon import FILE.csv\n"
	"       mtrack lexicon suggest FILE|FOLDER... | --store\n\n"
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
	"and nothing is added.\n\n"
	"suggest reads reports (files, the files in folders, or with --store the\n"
	"stored reports' files) and lists the names that stand where a company or a\n"
	"part would, before a metric stated with a number, that the lexicon does not\n"
	"know: how often, one example sentence, and an add-entity line to start from.\n";

static int list(struct store *s, const char *what)
{
	struct lexicon *lx;
	struct errmsg e;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
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
		printf("%-22s %-36s %s\n", "METRIC", "NAME", "UNIT KIND");
		for (size_t i = 0; i < lexicon_metric_count(lx); i++) {
			const struct lexicon_metric *m = lexicon_metric_at(lx, i);
			printf("%-22s %-36s %s%s\n", m->id, m->name, lexicon_unit_kind_name(m->unit_kind),
			       m->stock ? " (point in time)" : "");
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

/* ---- suggest ---- */

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends `path`, or the regular files of the folder `path` sorted. */
static void add_path(const char *path, char ***out, size_t *n, size_t *cap)
{
	struct stat sb;
	DIR *d = stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) ? opendir(path) : NULL;
	if (!d) {
		GROW(*out, *cap, *n + 1);
		(*out)[(*n)++] = xstrdup(path);
		return;
	}
	size_t first = *n;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		struct buf p = BUF_INIT;
		buf_printf(&p, "%s/%s", path, de->d_name);
		struct stat fs;
		if (stat(p.data, &fs) == 0 && S_ISREG(fs.st_mode)) {
			GROW(*out, *cap, *n + 1);
			(*out)[(*n)++] = buf_detach(&p);
		} else {
			buf_free(&p);
		}
	}
	closedir(d);
	qsort(*out + first, *n - first, sizeof(**out), cmp_path);
}

struct path_list {
	char **paths;
	size_t n, cap;
};

static int stored_path(const struct report_row *r, void *ctx)
{
	struct path_list *pl = ctx;
	if (r->path && *r->path && strcmp(r->path, "-") && !r->retracted) {
		GROW(pl->paths, pl->cap, pl->n + 1);
		pl->paths[pl->n++] = xstrdup(r->path);
	}
	return 0;
}

/* `s` single-quoted for a POSIX shell. */
static void shell_quote(struct buf *b, const char *s)
{
	buf_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_adds(b, "'\\''");
		else
			buf_addc(b, *s);
	}
	buf_addc(b, '\'');
}

static void print_suggestions(struct suggest *sg)
{
	size_t n;
	const struct suggest_name *names = suggest_names(sg, &n);
	if (!n) {
		printf("no unknown names beside metric statements\n");
		return;
	}
	cli_print_cell("NAME", 24);
	printf("%-6s %s\n", "COUNT", "EXAMPLE");
	for (size_t i = 0; i < n; i++) {
		const struct suggest_name *nm = &names[i];
		cli_print_cell(nm->name, 24);
		printf("%-6zu %s (%s)\n", nm->count, nm->example, nm->source);
		struct buf cmd = BUF_INIT;
		buf_adds(&cmd, "  mtrack lexicon add-entity ");
		if (nm->latin) {
			/* an id from the name: lower case, words joined by '-' */
			int dash = 0;
			for (const char *p = nm->name; *p; p++) {
				if (isalnum((unsigned char)*p)) {
					if (dash && cmd.len && cmd.data[cmd.len - 1] != ' ')
						buf_addc(&cmd, '-');
					buf_addc(&cmd, (char)tolower((unsigned char)*p));
					dash = 0;
				} else {
					dash = 1;
				}
			}
			buf_adds(&cmd, " --name ");
			shell_quote(&cmd, nm->name);
		} else {
			buf_adds(&cmd, "ID --name NAME --name-zh ");
			shell_quote(&cmd, nm->name);
		}
		buf_adds(&cmd, " --fy-end 12-31");
		printf("%s\n", cmd.data);
		buf_free(&cmd);
	}
}

static int suggest_cmd(struct cli *cli, const struct command *self, int argc, char **argv)
{
	int from_store = argc == 1 && !strcmp(argv[0], "--store");
	if (!argc)
		return cli_bad_usage(self, "suggest needs FILE, FOLDER or --store");
	for (int i = 0; i < argc && !from_store; i++)
		if (argv[i][0] == '-' && argv[i][1])
			return cli_bad_usage(self, "suggest takes files and folders, or --store alone");
	struct lexicon *lx = NULL;
	struct path_list pl = { NULL, 0, 0 };
	struct errmsg e;
	int rc = EXIT_OK;
	if (from_store) {
		struct store *s;
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		if (store_load_lexicon(s, &lx, &e) < 0 || store_each_report(s, 0, stored_path, &pl, &e) < 0) {
			cli_error("%s", e.text);
			store_close(s);
			lexicon_free(lx);
			return EXIT_FAIL;
		}
		store_close(s);
	} else {
		if (cli_load_lexicon(cli, &lx) < 0)
			return EXIT_FAIL;
		for (int i = 0; i < argc; i++)
			add_path(argv[i], &pl.paths, &pl.n, &pl.cap);
	}
	struct suggest *sg = suggest_new(lx);
	for (size_t i = 0; i < pl.n; i++) {
		struct report_input in;
		if (reportin_load(pl.paths[i], "2000-01-01", NULL, NULL, &in, &e) < 0 ||
		    suggest_scan(sg, pl.paths[i], in.data, in.len, &e) < 0) {
			cli_error("%s", e.text);
			rc = EXIT_FAIL;
		}
		reportin_free(&in);
		free(pl.paths[i]);
	}
	free(pl.paths);
	print_suggestions(sg);
	suggest_free(sg);
	lexicon_free(lx);
	return rc;
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
		if (argc > 3 || (argc == 3 && strcmp(argv[2], "entities") && strcmp(argv[2], "metrics")))
			return cli_bad_usage(self, "list takes 'entities' or 'metrics'");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = list(s, argc == 3 ? argv[2] : NULL);
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
	if (!strcmp(sub, "suggest"))
		return suggest_cmd(cli, self, argc - 2, argv + 2);
	return cli_bad_usage(self, "unknown subcommand '%s'", sub);
}
