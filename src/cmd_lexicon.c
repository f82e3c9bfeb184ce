/*
 * mtrack lexicon: list, extend, prune, export and import entities, metrics
 * and aliases without SQL. Every change is one transaction with its event,
 * and says how many stored reports it may concern.
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
	"lexicon list [entities|metrics|aliases [ID]] [--format table|json|jsonl]\n"
	"       mtrack lexicon add-entity ID --name NAME [--name-zh NAME] [--fy-end MM-DD | --fy-rule RULE]\n"
	"                                 [--parent ID] [--kind company|segment|product|market] [--force]\n"
	"       mtrack lexicon add-metric ID --unit-kind currency|percent|count|ratio [--name NAME] [--stock]\n"
	"       mtrack lexicon alias ID ALIAS... [--force]\n"
	"       mtrack lexicon unalias ALIAS [ID]\n"
	"       mtrack lexicon remove ID [--force]\n"
	"       mtrack lexicon export\n"
	"       mtrack lexicon import FILE.csv [--force]\n"
	"       mtrack lexicon suggest FILE|FOLDER... | --store\n\n"
	"The lexicon lives in the store: what the extractor recognizes. Aliases match\n"
	"case-insensitively for Latin text, after Unicode NFKC, Latin ones on word\n"
	"boundaries only. A change reaches stored reports only when they are read\n"
	"again: each change says how many stored reports mention what it touched\n"
	"and suggests 'mtrack reextract'. Every change is recorded in 'mtrack log'.\n\n"
	"Ids: entities in lowercase letters, digits and hyphens (google-cloud),\n"
	"metrics in lowercase letters, digits and underscores (net_income).\n"
	"Aliases that would match where they should not are refused unless --force:\n"
	"one Chinese character (云 matches inside 三季度云业务收入), two Latin letters\n"
	"or fewer (AI), and, for entities, common words of reports or pieces of them.\n\n"
	"Fiscal years: --fy-end MM-DD for a fixed day (06-30), or --fy-rule for\n"
	"52/53-week years: last-WDY-MM (last-sun-01: the last Sunday of January) or\n"
	"nearest-WDY-MM-DD (nearest-sun-10-31). A segment without one uses its\n"
	"parent's; with none at all, the calendar year.\n\n"
	"remove takes an entity (with its aliases) or a metric out; one that stored\n"
	"facts name needs --force, and an entity that is another's parent cannot\n"
	"go. add-entity is all or nothing: a refused alias leaves nothing behind.\n\n"
	"export writes the whole lexicon as CSV that import reads back, in another\n"
	"store too: rows the store holds already are skipped. Columns (header row):\n"
	"  type       entity, metric or alias\n"
	"  id         the entity or metric id (for alias: the target id)\n"
	"  name       display name (entity, metric) or the alias text (alias)\n"
	"  name_zh    Chinese display name (entity; optional)\n"
	"  parent     parent entity id (entity; optional)\n"
	"  fy         fiscal year rule: MM-DD, last-WDY-MM or nearest-WDY-MM-DD (entity; optional)\n"
	"  unit_kind  currency, percent, count or ratio (metric)\n"
	"  kind       company, segment, product or market (entity); entity or metric (alias)\n"
	"  stock      1 for a point-in-time metric (metric; optional)\n"
	"  sign       -1 for an alias naming the negative of a metric, net loss (optional)\n"
	"All rows are added in one transaction: one bad row (reported with its line)\n"
	"and nothing is added.\n\n"
	"suggest reads reports (files, the files in folders, or with --store the\n"
	"stored reports' files) and lists the names that stand where a company or a\n"
	"part would, before a metric stated with a number, that the lexicon does not\n"
	"know: how often, one example sentence, and an add-entity line to start from.\n";

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


static int print_alias(const struct lexicon_row *r, void *ctx)
{
	(void)ctx;
	if (strcmp(r->type, "alias"))
		return 0;
	cli_print_cell(r->name, 36);
	cli_print_cell(r->kind, 7);
	printf("%s%s\n", r->id, r->sign < 0 ? "  (negated)" : "");
	return 0;
}


static int list(struct store *s, const char *what, const char *target, int format)
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
	int rc = EXIT_OK;
	if (what && !strcmp(what, "aliases")) {
		const char *id = NULL;
		if (target) {
			/* an id, or any alias of one */
			int i = lexicon_find_entity(lx, target), m = i < 0 ? lexicon_find_metric(lx, target) : -1;
			if (i < 0 && m < 0) {
				cli_error("no entity or metric '%s' (see 'mtrack lexicon list')", target);
				lexicon_free(lx);
				return EXIT_FAIL;
			}
			id = i >= 0 ? lexicon_entity_at(lx, (size_t)i)->id : lexicon_metric_at(lx, (size_t)m)->id;
		}
		cli_print_cell("ALIAS", 36);
		cli_print_cell("OF", 7);
		printf("ID\n");
		if (store_each_lexicon_row(s, id, print_alias, NULL, &e) < 0) {
			cli_error("%s", e.text);
			rc = EXIT_FAIL;
		}
	}
	lexicon_free(lx);
	return rc;
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

/* Options must be known ones; anything else is a usage error. The other
 * words go to `pos` (at most npos of them; more is a usage error). */
static int check_options(int argc, char **argv, const char *const *valued, const char *const *flags,
			 const char **pos, int *npos, int maxpos)
{
	*npos = 0;
	for (int i = 0; i < argc; i++) {
		if (strncmp(argv[i], "--", 2)) {
			if (*npos == maxpos)
				return cli_bad_usage(cli_find_command("lexicon"), "unexpected argument '%s'", argv[i]);
			pos[(*npos)++] = argv[i];
			continue;
		}
		if (cli_one_of(argv[i], valued)) {
			i++;
			continue;
		}
		if (!cli_one_of(argv[i], flags))
			return cli_bad_usage(cli_find_command("lexicon"), "unknown option '%s'", argv[i]);
	}
	return 0;
}

/* Refuses an alias that would match where it should not, unless forced. */
static int risky(const char *alias, int is_metric, int force, struct errmsg *e)
{
	char why[256];
	if (force || !lexicon_alias_risky(alias, is_metric, why, sizeof(why)))
		return 0;
	return err_set(e, "alias '%s' refused: %s (give --force to add it anyway)", alias, why);
}

/* Says how many stored reports mention the words a change touched, and
 * how to read them again. */
static void tell_mentions(struct store *s, const char *const *words, size_t n)
{
	long reports, textless, ids[8];
	struct errmsg e;
	if (!n || store_count_mentions(s, words, n, &reports, &textless, ids, ARRAY_SIZE(ids), &e) < 0)
		return;
	if (!reports && !textless)
		return;
	if (reports) {
		printf("%ld stored report%s mention%s it: 'mtrack reextract", reports, reports == 1 ? "" : "s",
		       reports == 1 ? "s" : "");
		if ((size_t)reports <= ARRAY_SIZE(ids))
			for (long i = 0; i < reports; i++)
				printf(" %ld", ids[i]);
		else
			printf(" --all");
		printf(" --dry-run' shows what reading them again would change\n");
	} else {
		printf("no stored report with a kept text mentions it\n");
	}
	if (textless)
		printf("(%ld report%s stored before mtrack kept texts cannot be searched or read again)\n", textless,
		       textless == 1 ? "" : "s");
}

struct add_entity {
	const char *id, *name, *zh, *parent, *fy, *kind;
	int force;
	struct errmsg e;
};

static int add_entity_tx(struct store *s, void *ctx)
{
	struct add_entity *a = ctx;
	if (risky(a->name, 0, a->force, &a->e) < 0 || (a->zh && risky(a->zh, 0, a->force, &a->e) < 0))
		return -1;
	if (store_add_entity(s, a->id, a->name, a->zh, a->parent, a->fy, a->kind, &a->e) < 0)
		return -1;
	if (a->zh && store_add_alias(s, a->id, a->zh, &a->e) < 0)
		return -1;
	return 0;
}

struct add_aliases {
	const char *target;
	const char **aliases;
	int n, force, is_metric;
	struct errmsg e;
};

static int add_aliases_tx(struct store *s, void *ctx)
{
	struct add_aliases *a = ctx;
	for (int i = 0; i < a->n; i++)
		if (risky(a->aliases[i], a->is_metric, a->force, &a->e) < 0 ||
		    store_add_alias(s, a->target, a->aliases[i], &a->e) < 0)
			return -1;
	return 0;
}

struct lexicon_import {
	const char *path;
	int map[10];
	int header, force;
	struct buf errors;
	int nerrors;
	long added, skipped;
	struct store *s;
	char **words; /* the names and aliases added, for tell_mentions() */
	size_t nwords, capwords;
};

static int import_row(char **f, size_t n, long line, void *ctx)
{
	static const char *const cols[] = { "type", "id", "name", "name_zh", "parent", "fy", "unit_kind", "kind",
					    "stock", "sign" };
	struct lexicon_import *li = ctx;
	if (!li->header) {
		for (size_t k = 0; k < ARRAY_SIZE(cols); k++)
			li->map[k] = -1;
		for (size_t i = 0; i < n; i++)
			for (size_t k = 0; k < ARRAY_SIZE(cols); k++)
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
	const char *v[ARRAY_SIZE(cols)];
	for (size_t k = 0; k < ARRAY_SIZE(cols); k++)
		v[k] = li->map[k] >= 0 && (size_t)li->map[k] < n && f[li->map[k]] ? f[li->map[k]] : "";
	struct errmsg e;
	long stock = 0, sign = 1;
	int rc = 0;
	if ((*v[8] && (parse_long(v[8], &stock) < 0 || (stock != 0 && stock != 1))) ||
	    (*v[9] && (parse_long(v[9], &sign) < 0 || (sign != 1 && sign != -1))))
		rc = err_set(&e, "stock must be 0 or 1 and sign 1 or -1");
	struct lexicon_row row = { v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], (int)stock, (int)sign, "" };
	int have = rc == 0 ? store_lexicon_has(li->s, &row, &e) : -1;
	if (have > 0) {
		li->skipped++;
		return 0;
	}
	if (have < 0)
		rc = -1;
	else if (!strcmp(v[0], "entity")) {
		struct add_entity a = { v[1], *v[2] ? v[2] : v[1], *v[3] ? v[3] : NULL, v[4], v[5], v[7], li->force, { "" } };
		rc = add_entity_tx(li->s, &a);
		e = a.e;
	} else if (!strcmp(v[0], "metric")) {
		rc = store_add_metric(li->s, v[1], v[2], v[6], (int)stock, &e);
	} else if (!strcmp(v[0], "alias")) {
		rc = risky(v[2], !strcmp(v[7], "metric"), li->force, &e);
		if (rc == 0)
			rc = store_add_alias_sign(li->s, v[1], v[2], (int)sign, &e);
	} else
		rc = err_set(&e, "type must be entity, metric or alias, not '%s'", v[0]);
	if (rc < 0) {
		buf_printf(&li->errors, "%s:%ld: %s\n", li->path, line, e.text);
		li->nerrors++;
		return 0;
	}
	li->added++;
	const char *w[] = { strcmp(v[0], "metric") && *v[2] ? v[2] : NULL, *v[3] ? v[3] : NULL };
	for (size_t k = 0; k < ARRAY_SIZE(w); k++)
		if (w[k]) {
			GROW(li->words, li->capwords, li->nwords + 1);
			li->words[li->nwords++] = xstrdup(w[k]);
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

static int export_row(const struct lexicon_row *r, void *ctx)
{
	struct csvout *c = ctx;
	const char *cells[] = { r->type, r->id, r->name, r->name_zh, r->parent, r->fy, r->unit_kind, r->kind };
	for (size_t i = 0; i < ARRAY_SIZE(cells); i++)
		csvout_text(c, cells[i]);
	if (!strcmp(r->type, "metric"))
		csvout_number(c, r->stock);
	else
		csvout_empty(c);
	if (!strcmp(r->type, "alias"))
		csvout_number(c, r->sign);
	else
		csvout_empty(c);
	csvout_end_row(c);
	return 0;
}

static int lexicon_export(struct store *s)
{
	static const char *const head[] = { "type", "id", "name", "name_zh", "parent", "fy", "unit_kind", "kind",
					     "stock", "sign" };
	struct csvout c;
	struct errmsg e;
	csvout_begin(&c, stdout, 0);
	for (size_t i = 0; i < ARRAY_SIZE(head); i++)
		csvout_text(&c, head[i]);
	csvout_end_row(&c);
	int rc = store_each_lexicon_row(s, NULL, export_row, &c, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	if (csvout_finish(&c) < 0) {
		cli_error("cannot write the lexicon: write error");
		rc = -1;
	}
	return rc < 0 ? EXIT_FAIL : EXIT_OK;
}

/* ---- suggest ---- */

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
			cli_expand_path(argv[i], NULL, NULL, &pl.paths, &pl.n, &pl.cap);
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
	const char *pos[4];
	int npos, bad = 0, rc;
	struct store *s = NULL;
	struct errmsg e;
	static const char *const none[] = { NULL };
	static const char *const force[] = { "--force", NULL };
	if (!strcmp(sub, "list")) {
		const char *what = NULL, *target = NULL;
		int format = CLI_TABLE;
		static const char *const whats[] = { "entities", "metrics", "aliases", NULL };
		for (int i = 2; i < argc; i++) {
			if (!strcmp(argv[i], "--format") && i + 1 < argc) {
				if ((format = cli_parse_format(argv[++i], CLI_FORMATS_JSON)) < 0)
					return cli_bad_usage(self, "unknown format '%s' (table, json or jsonl)", argv[i]);
			} else if (!what && cli_one_of(argv[i], whats)) {
				what = argv[i];
			} else if (what && !strcmp(what, "aliases") && !target && strncmp(argv[i], "--", 2)) {
				target = argv[i];
			} else {
				return cli_bad_usage(self, "list takes 'entities', 'metrics' or 'aliases [ID]', and --format F");
			}
		}
		if (format != CLI_TABLE && what && !strcmp(what, "aliases"))
			return cli_bad_usage(self, "aliases are listed as a table (lexicon export writes them as CSV)");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = list(s, what, target, format);
		store_close(s);
		return rc;
	}
	if (!strcmp(sub, "export")) {
		if ((rc = check_options(argc - 2, argv + 2, none, none, pos, &npos, 0)))
			return rc;
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = lexicon_export(s);
		store_close(s);
		return rc;
	}
	if (!strcmp(sub, "add-entity")) {
		static const char *const valued[] = { "--name", "--name-zh", "--fy-end", "--fy-rule", "--parent", "--kind", NULL };
		if ((rc = check_options(argc - 2, argv + 2, valued, force, pos, &npos, 1)))
			return rc;
		struct add_entity a = { NULL, NULL, NULL, NULL, NULL, NULL, 0, { "" } };
		a.name = opt_value(argc, argv, "--name", &bad);
		a.zh = opt_value(argc, argv, "--name-zh", &bad);
		const char *fy = opt_value(argc, argv, "--fy-end", &bad), *rule = opt_value(argc, argv, "--fy-rule", &bad);
		a.parent = opt_value(argc, argv, "--parent", &bad);
		a.kind = opt_value(argc, argv, "--kind", &bad);
		a.force = has_flag(argc, argv, "--force");
		static const char *const kinds[] = { "company", "segment", "product", "market", NULL };
		if (bad || npos != 1 || !a.name)
			return cli_bad_usage(self, "add-entity needs ID and --name NAME");
		if (fy && rule)
			return cli_bad_usage(self, "give --fy-end or --fy-rule, not both");
		if (a.kind && !cli_one_of(a.kind, kinds))
			return cli_bad_usage(self, "unknown kind '%s'", a.kind);
		a.id = pos[0];
		a.fy = fy ? fy : rule;
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = store_transaction(s, add_entity_tx, &a, &e);
		if (rc < 0) {
			cli_error("%s", a.e.text[0] ? a.e.text : e.text);
		} else {
			printf("added entity %s\n", a.id);
			const char *words[] = { a.name, a.zh };
			tell_mentions(s, words, a.zh ? 2 : 1);
		}
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "add-metric")) {
		static const char *const valued[] = { "--unit-kind", "--name", NULL };
		static const char *const flags[] = { "--stock", NULL };
		if ((rc = check_options(argc - 2, argv + 2, valued, flags, pos, &npos, 1)))
			return rc;
		const char *uk = opt_value(argc, argv, "--unit-kind", &bad), *name = opt_value(argc, argv, "--name", &bad);
		if (bad || npos != 1 || !uk)
			return cli_bad_usage(self, "add-metric needs ID and --unit-kind KIND");
		if (lexicon_unit_kind_parse(uk) < 0)
			return cli_bad_usage(self, "unit kind must be currency, percent, count or ratio");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		rc = store_add_metric(s, pos[0], name, uk, has_flag(argc, argv, "--stock"), &e);
		if (rc < 0)
			cli_error("%s", e.text);
		else
			printf("added metric %s (give it aliases with 'mtrack lexicon alias %s ALIAS...')\n", pos[0], pos[0]);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "alias")) {
		const char **words = xcalloc((size_t)argc, sizeof(*words));
		struct add_aliases a = { NULL, words, 0, 0, 0, { "" } };
		for (int i = 2; i < argc; i++) {
			if (!strcmp(argv[i], "--force"))
				a.force = 1;
			else if (!strncmp(argv[i], "--", 2)) {
				free(words);
				return cli_bad_usage(self, "unknown option '%s'", argv[i]);
			} else if (!a.target)
				a.target = argv[i];
			else
				words[a.n++] = argv[i];
		}
		if (!a.n) {
			free(words);
			return cli_bad_usage(self, "alias needs ID and at least one ALIAS");
		}
		if (cli_open_store(cli, &s) < 0) {
			free(words);
			return EXIT_FAIL;
		}
		struct lexicon *lx = NULL;
		if (store_load_lexicon(s, &lx, &e) == 0)
			a.is_metric = lexicon_find_entity(lx, a.target) < 0 && lexicon_find_metric(lx, a.target) >= 0;
		lexicon_free(lx);
		rc = store_transaction(s, add_aliases_tx, &a, &e);
		if (rc < 0) {
			cli_error("%s", a.e.text[0] ? a.e.text : e.text);
		} else {
			for (int i = 0; i < a.n; i++)
				printf("added alias '%s' for %s\n", words[i], a.target);
			tell_mentions(s, words, (size_t)a.n);
		}
		free(words);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "unalias") || !strcmp(sub, "remove")) {
		int unalias = !strcmp(sub, "unalias");
		if ((rc = check_options(argc - 2, argv + 2, none, unalias ? none : force, pos, &npos, unalias ? 2 : 1)))
			return rc;
		if (npos < 1)
			return cli_bad_usage(self, unalias ? "unalias needs ALIAS [ID]" : "remove needs ID");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		long facts = 0;
		rc = unalias ? store_lexicon_unalias(s, pos[0], npos == 2 ? pos[1] : NULL, &e)
			     : store_lexicon_remove(s, pos[0], has_flag(argc, argv, "--force"), &facts, &e);
		if (rc < 0) {
			cli_error("%s", e.text);
		} else {
			if (unalias)
				printf("removed alias '%s'\n", pos[0]);
			else
				printf("removed %s and its aliases%s\n", pos[0],
				       facts ? "; the facts stored under it stay until their reports are read again" : "");
			const char *words[] = { pos[0] };
			if (unalias)
				tell_mentions(s, words, 1);
		}
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "import")) {
		if ((rc = check_options(argc - 2, argv + 2, none, force, pos, &npos, 1)))
			return rc;
		if (npos != 1)
			return cli_bad_usage(self, "import takes one FILE.csv");
		if (cli_open_store(cli, &s) < 0)
			return EXIT_FAIL;
		struct lexicon_import li;
		memset(&li, 0, sizeof(li));
		li.path = pos[0];
		li.force = has_flag(argc, argv, "--force");
		rc = store_transaction(s, import_all, &li, &e);
		if (rc < 0) {
			fputs(buf_str(&li.errors), stderr);
			cli_error("'%s': nothing imported", pos[0]);
		} else {
			printf("imported %s: %ld row%s added, %ld already there\n", pos[0], li.added, li.added == 1 ? "" : "s",
			       li.skipped);
			tell_mentions(s, (const char *const *)li.words, li.nwords);
		}
		for (size_t i = 0; i < li.nwords; i++)
			free(li.words[i]);
		free(li.words);
		buf_free(&li.errors);
		store_close(s);
		return rc ? EXIT_FAIL : EXIT_OK;
	}
	if (!strcmp(sub, "suggest"))
		return suggest_cmd(cli, self, argc - 2, argv + 2);
	return cli_bad_usage(self, "unknown subcommand '%s'", sub);
}
