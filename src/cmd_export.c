/*
 * mtrack export: facts as CSV for spreadsheets, long or wide.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "csvout.h"
#include "banned.h"

const char usage_export[] =
	"export [--as-of DATE] [--known-at TIME] [--entity E]... [--metric M]... [--kind K] [--from P] [--to P]\n"
	"              [--calendar] [--wide] [--history] [--bom | --no-bom] [-o FILE]\n\n"
	"Writes facts as CSV (RFC 4180). Values are in base units at full precision\n"
	"(392000000000, 23.7); text cells that a spreadsheet would run as a formula\n"
	"are defused with a leading apostrophe.\n\n"
	"  (default)       long layout: one row per fact with its current value\n"
	"  --history       every value ever reported, with a 'current' column\n"
	"  --wide          one row per period, one column per entity/metric/kind\n"
	"  --calendar      label (and, with --wide, align) periods by calendar quarter\n"
	"  --entity E, --metric M   only these (repeat for several; ids or aliases)\n"
	"  --kind K        level, yoy or qoq\n"
	"  --as-of D       from the reports dated on or before D only\n"
	"  --known-at T    as the store stood at moment T (see 'mtrack help series')\n"
	"  --from P, --to P         period bounds (FY2026Q1, 2025Q3, YYYY-MM-DD)\n"
	"  -o FILE         write FILE atomically (a UTF-8 BOM first unless --no-bom,\n"
	"                  so Excel shows Chinese text); default standard output,\n"
	"                  where a BOM is written only with --bom\n";

struct long_ctx {
	struct csvout *c;
	int history;
};

static int long_row(const struct obs_row *r, void *ctx)
{
	struct long_ctx *l = ctx;
	cli_csv_fact(l->c, r);
	csvout_text(l->c, r->report_title);
	if (l->history)
		csvout_text(l->c, r->current ? "yes" : "no");
	csvout_end_row(l->c);
	return l->c->failed ? -1 : 0;
}

/* ---- wide layout ---- */

struct wide_cell {
	char *rowkey, *colkey;
	double value;
};

struct wide_ctx {
	int calendar;
	struct wide_cell *cells;
	size_t n, cap;
	char **rows, **cols;
	size_t nrows, ncols, caprows, capcols;
};

static size_t intern(char ***list, size_t *n, size_t *cap, const char *key)
{
	for (size_t i = *n; i > 0; i--)
		if (!strcmp((*list)[i - 1], key))
			return i - 1;
	GROW(*list, *cap, *n + 1);
	(*list)[*n] = xstrdup(key);
	return (*n)++;
}

static int wide_row(const struct obs_row *r, void *ctx)
{
	struct wide_ctx *w = ctx;
	struct buf rk = BUF_INIT, ck = BUF_INIT;
	/* rows sort by their key: the end date (or calendar label), then type */
	if (w->calendar && r->calendar_label[0])
		buf_printf(&rk, "%s\t%s\t%s", r->calendar_label, r->period_type, r->calendar_label);
	else
		buf_printf(&rk, "%s\t%s\t%s", r->period_end, r->period_type,
			   r->fiscal_label[0] ? r->fiscal_label : r->calendar_label);
	buf_printf(&ck, "%s %s %s (%s)", r->entity, r->metric, r->kind, r->unit);
	GROW(w->cells, w->cap, w->n + 1);
	w->cells[w->n].rowkey = buf_detach(&rk);
	w->cells[w->n].colkey = buf_detach(&ck);
	w->cells[w->n].value = r->value;
	intern(&w->rows, &w->nrows, &w->caprows, w->cells[w->n].rowkey);
	intern(&w->cols, &w->ncols, &w->capcols, w->cells[w->n].colkey);
	w->n++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void write_wide(struct csvout *c, struct wide_ctx *w)
{
	qsort(w->rows, w->nrows, sizeof(char *), cmp_str);
	qsort(w->cols, w->ncols, sizeof(char *), cmp_str);
	csvout_text(c, "period");
	csvout_text(c, w->calendar ? "period_type" : "period_end");
	if (!w->calendar)
		csvout_text(c, "period_type");
	for (size_t j = 0; j < w->ncols; j++)
		csvout_text(c, w->cols[j]);
	csvout_end_row(c);
	for (size_t i = 0; i < w->nrows; i++) {
		char *key = xstrdup(w->rows[i]);
		char *t1 = strchr(key, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (t1 && t2) {
			*t1 = *t2 = '\0';
			csvout_text(c, t2 + 1);
			csvout_text(c, w->calendar ? t1 + 1 : key);
			if (!w->calendar)
				csvout_text(c, t1 + 1);
		}
		free(key);
		for (size_t j = 0; j < w->ncols; j++) {
			int found = 0;
			for (size_t k = 0; k < w->n && !found; k++)
				if (!strcmp(w->cells[k].rowkey, w->rows[i]) && !strcmp(w->cells[k].colkey, w->cols[j])) {
					csvout_number(c, w->cells[k].value);
					found = 1;
				}
			if (!found)
				csvout_empty(c);
		}
		csvout_end_row(c);
	}
}

static void free_wide(struct wide_ctx *w)
{
	for (size_t i = 0; i < w->n; i++) {
		free(w->cells[i].rowkey);
		free(w->cells[i].colkey);
	}
	for (size_t i = 0; i < w->nrows; i++)
		free(w->rows[i]);
	for (size_t i = 0; i < w->ncols; i++)
		free(w->cols[i]);
	free(w->cells);
	free(w->rows);
	free(w->cols);
}

int cmd_export(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "as-of", required_argument, NULL, 'a' }, { "entity", required_argument, NULL, 'e' },
		{ "metric", required_argument, NULL, 'm' }, { "kind", required_argument, NULL, 'k' },
		{ "from", required_argument, NULL, 'F' },   { "to", required_argument, NULL, 'T' },
		{ "calendar", no_argument, NULL, 'c' },     { "wide", no_argument, NULL, 'w' },
		{ "history", no_argument, NULL, 'H' },      { "bom", no_argument, NULL, 'b' },
		{ "no-bom", no_argument, NULL, 'B' },       { "output", required_argument, NULL, 'o' },
		{ "known-at", required_argument, NULL, 'K' }, { NULL, 0, NULL, 0 },
	};
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	const struct command *self = cli_find_command("export");
	const char *ent_names[64], *met_names[64];
	size_t nent = 0, nmet = 0;
	const char *from_label = NULL, *to_label = NULL, *out = NULL;
	int wide = 0, history = 0, bom = -1, calendar = 0, c;
	struct obs_query q;
	char known_at[25];
	memset(&q, 0, sizeof(q));
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'K':
			if (cli_known_at(optarg, known_at) < 0)
				return EXIT_USAGE;
			q.known_at = known_at;
			break;
		case 'a':
			if (!is_iso_date(optarg))
				return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", optarg);
			q.as_of = optarg;
			break;
		case 'e':
			if (nent == ARRAY_SIZE(ent_names))
				return cli_bad_usage(self, "too many --entity");
			ent_names[nent++] = optarg;
			break;
		case 'm':
			if (nmet == ARRAY_SIZE(met_names))
				return cli_bad_usage(self, "too many --metric");
			met_names[nmet++] = optarg;
			break;
		case 'k':
			if (!cli_one_of(optarg, kinds))
				return cli_bad_usage(self, "unknown kind '%s' (level, yoy or qoq)", optarg);
			q.kind = optarg;
			break;
		case 'F':
			from_label = optarg;
			break;
		case 'T':
			to_label = optarg;
			break;
		case 'c':
			calendar = 1;
			break;
		case 'w':
			wide = 1;
			break;
		case 'H':
			history = 1;
			break;
		case 'b':
			bom = 1;
			break;
		case 'B':
			bom = 0;
			break;
		case 'o':
			out = optarg;
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_bad_usage(self, "unexpected argument '%s'", argv[optind]);
	if (wide && history)
		return cli_bad_usage(self, "--wide and --history do not go together");
	if (bom < 0)
		bom = out != NULL;

	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct errmsg e;
	const char *ents[64], *mets[64];
	char from[11], to[11];
	FILE *f = NULL;
	struct buf tmp = BUF_INIT;
	int rc = EXIT_FAIL;
	if (cli_open_store(cli, &s) < 0)
		return EXIT_FAIL;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		goto done;
	}
	for (size_t i = 0; i < nent; i++)
		if (!(ents[i] = cli_entity_id(lx, ent_names[i])))
			goto done;
	for (size_t i = 0; i < nmet; i++)
		if (!(mets[i] = cli_metric_id(lx, met_names[i])))
			goto done;
	q.entities = ents;
	q.nentities = nent;
	q.metrics = mets;
	q.nmetrics = nmet;
	const char *cal_entity = nent == 1 ? ents[0] : NULL;
	if (from_label) {
		if (cli_period_end(lx, cal_entity, from_label, from) < 0)
			goto done;
		q.from = from;
	}
	if (to_label) {
		if (cli_period_end(lx, cal_entity, to_label, to) < 0)
			goto done;
		q.to = to;
	}
	q.mode = history ? OBS_HISTORY : OBS_CURRENT;

	if (out) {
		/* write beside the target, then rename: never half a file */
		int fd = open_beside(out, &tmp);
		if (fd < 0 || !(f = fdopen(fd, "w"))) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
			if (fd >= 0) {
				close(fd);
				unlink(tmp.data);
			}
			buf_reset(&tmp);
			goto done;
		}
	} else {
		f = stdout;
	}
	struct csvout co;
	csvout_begin(&co, f, bom);
	int qrc;
	if (wide) {
		struct wide_ctx w;
		memset(&w, 0, sizeof(w));
		w.calendar = calendar;
		qrc = store_each_obs(s, &q, wide_row, &w, &e);
		if (qrc == 0)
			write_wide(&co, &w);
		free_wide(&w);
	} else {
		for (size_t i = 0; i < cli_fact_ncolumns; i++)
			csvout_text(&co, cli_fact_columns[i]);
		csvout_text(&co, "report_title");
		if (history)
			csvout_text(&co, "current");
		csvout_end_row(&co);
		struct long_ctx l = { &co, history };
		qrc = store_each_obs(s, &q, long_row, &l, &e);
	}
	if (qrc < 0)
		cli_error("%s", e.text);
	int wrc = csvout_finish(&co);
	if (out) {
		if (fclose(f) != 0)
			wrc = -1;
		f = NULL;
		if (qrc == 0 && wrc == 0 && rename(tmp.data, out) != 0) {
			cli_error("cannot write '%s': %s", out, strerror(errno));
			wrc = -1;
		}
		if (qrc < 0 || wrc < 0)
			unlink(tmp.data);
		else
			fprintf(stderr, "wrote %s\n", out);
	}
	if (wrc < 0 && qrc == 0)
		cli_error("cannot write %s", out ? out : "standard output");
	rc = qrc == 0 && wrc == 0 ? EXIT_OK : EXIT_FAIL;
done:
	buf_free(&tmp);
	lexicon_free(lx);
	store_close(s);
	return rc;
}
