/*
 * mtrack plot: trend charts of one or more series.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "plot.h"
#include "banned.h"

const char usage_plot[] =
	"plot ENTITY:METRIC... [--kind K] [--with-yoy] [--as-of DATE] [--known-at TIME] [--calendar] [--from P] [--to P]\n"
	"              [--period-type T] [--title T] [-o FILE.png|.svg|.pdf] [--terminal png|svg|pdf|dumb]\n"
	"              [--script]\n\n"
	"Draws each series (ids or aliases: 微软:未完成订单 or microsoft:rpo) over its\n"
	"periods with gnuplot: one line per series, estimates dashed with hollow\n"
	"points, values in human units, the source and as-of date in a footnote.\n"
	"Values given only as bounds (at least, at most) are left out and counted.\n\n"
	"  --kind K         level (default), yoy or qoq\n"
	"  --with-yoy       add each series' yoy change as bars on a second axis\n"
	"  --known-at T     as the store stood at moment T (see 'mtrack help series')\n"
	"  --calendar       put periods on the calendar-quarter axis (companies with\n"
	"                   different fiscal years side by side)\n"
	"  --period-type T  quarter (default when there are quarters), half, year...\n"
	"  -o FILE          the chart file; its extension picks the format\n"
	"  --terminal T     png, svg, pdf, or dumb to draw in the terminal (the default\n"
	"                   when there is no -o and standard output is a terminal)\n"
	"  --script         print the gnuplot script instead of running gnuplot\n\n"
	"gnuplot is $MTRACK_GNUPLOT, else gnuplot on PATH (Debian: gnuplot-nox).\n";

struct key {
	char sort[32];   /* what orders the x axis */
	char label[32];
};

struct plot_args {
	const char *kind, *as_of, *from, *to, *title, *out, *terminal, *ptype;
	int with_yoy, calendar, script;
	char known_at[25]; /* "" : now */
};

static int find_key(struct key *keys, size_t *nkeys, size_t *cap, const struct series_row *r, int calendar)
{
	char sort[32];
	if (calendar)
		copy_str(sort, sizeof(sort), r->calendar_label);
	else
		copy_str(sort, sizeof(sort), r->period_end);
	(void)cap;
	for (size_t i = 0; i < *nkeys; i++)
		if (!strcmp(keys[i].sort, sort))
			return (int)i;
	return -1;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(((const struct key *)a)->sort, ((const struct key *)b)->sort);
}

static const char *scale_name(double maxabs, double *div)
{
	static const struct {
		double f;
		const char *n;
	} s[] = { { 1e12, "tn" }, { 1e9, "bn" }, { 1e6, "mn" }, { 1e3, "k" } };
	for (size_t i = 0; i < ARRAY_SIZE(s); i++)
		if (maxabs >= s[i].f) {
			*div = s[i].f;
			return s[i].n;
		}
	*div = 1;
	return "";
}

static int plottable(const struct series_row *r)
{
	return !strcmp(r->qualifier, "exact") || !strcmp(r->qualifier, "approx") || !strcmp(r->qualifier, "range");
}

int cmd_plot(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },     { "with-yoy", no_argument, NULL, 'y' },
		{ "as-of", required_argument, NULL, 'a' },    { "calendar", no_argument, NULL, 'c' },
		{ "from", required_argument, NULL, 'F' },     { "to", required_argument, NULL, 'T' },
		{ "title", required_argument, NULL, 't' },    { "output", required_argument, NULL, 'o' },
		{ "terminal", required_argument, NULL, 'm' }, { "script", no_argument, NULL, 's' },
		{ "period-type", required_argument, NULL, 'p' }, { "known-at", required_argument, NULL, 'K' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	static const char *const terms[] = { "png", "svg", "pdf", "dumb", NULL };
	const struct command *self = cli_find_command("plot");
	struct plot_args a;
	memset(&a, 0, sizeof(a));
	a.kind = "level";
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!cli_one_of(optarg, kinds))
				return cli_bad_usage(self, "unknown kind '%s'", optarg);
			a.kind = optarg;
			break;
		case 'y':
			a.with_yoy = 1;
			break;
		case 'K':
			if (cli_known_at(optarg, a.known_at) < 0)
				return EXIT_USAGE;
			break;
		case 'a':
			if (!is_iso_date(optarg))
				return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", optarg);
			a.as_of = optarg;
			break;
		case 'c':
			a.calendar = 1;
			break;
		case 'F':
			a.from = optarg;
			break;
		case 'T':
			a.to = optarg;
			break;
		case 't':
			a.title = optarg;
			break;
		case 'o':
			a.out = optarg;
			break;
		case 'm':
			if (!cli_one_of(optarg, terms))
				return cli_bad_usage(self, "unknown terminal '%s' (png, svg, pdf or dumb)", optarg);
			a.terminal = optarg;
			break;
		case 's':
			a.script = 1;
			break;
		case 'p':
			if (period_type_parse(optarg) < 0)
				return cli_bad_usage(self, "unknown period type '%s'", optarg);
			a.ptype = optarg;
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_bad_usage(self, "plot needs at least one ENTITY:METRIC");
	if (!a.terminal) {
		const char *ext = a.out ? strrchr(a.out, '.') : NULL;
		if (ext && (!strcmp(ext, ".png") || !strcmp(ext, ".svg") || !strcmp(ext, ".pdf")))
			a.terminal = ext + 1;
		else if (a.out)
			return cli_bad_usage(self, "cannot tell the format of '%s': name it .png, .svg or .pdf, or give --terminal", a.out);
		else if (isatty(STDOUT_FILENO) || a.script)
			a.terminal = "dumb";
		else
			return cli_bad_usage(self, "give -o FILE.png|.svg|.pdf, or --terminal dumb");
	}
	if (!strcmp(a.terminal, "dumb") && a.out)
		return cli_bad_usage(self, "--terminal dumb draws on standard output: drop -o");
	if (strcmp(a.terminal, "dumb") && !a.out)
		return cli_bad_usage(self, "--terminal %s needs -o FILE", a.terminal);

	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct errmsg e;
	int nser = argc - optind;
	struct series_row **rows = xcalloc((size_t)nser * 2, sizeof(*rows));
	size_t *nrows = xcalloc((size_t)nser * 2, sizeof(*nrows));
	char **titles = xcalloc((size_t)nser * 2, sizeof(*titles));
	struct plot_series *ps = xcalloc((size_t)nser * 2, sizeof(*ps));
	struct key *keys = NULL;
	size_t nkeys = 0, capkeys = 0;
	const char **xlabels = NULL;
	struct buf ylabel = BUF_INIT, foot = BUF_INIT, title = BUF_INIT, y2label = BUF_INIT;
	int rc = EXIT_FAIL;
	size_t bounds = 0;
	if (cli_open_store(cli, &s) < 0)
		goto out;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	}
	/* fetch each series (and its yoy) */
	const char *ptype = a.ptype;
	for (int i = 0; i < nser; i++) {
		char *spec = xstrdup(argv[optind + i]);
		char *colon = strrchr(spec, ':');
		if (!colon) {
			free(spec);
			rc = cli_bad_usage(self, "series '%s' must be ENTITY:METRIC", argv[optind + i]);
			goto out;
		}
		*colon = '\0';
		struct series_query q;
		memset(&q, 0, sizeof(q));
		q.entity = cli_entity_id(lx, spec);
		q.metric = q.entity ? cli_metric_id(lx, colon + 1) : NULL;
		free(spec);
		if (!q.entity || !q.metric)
			goto out;
		char fb[11], tb[11];
		if (a.from) {
			if (cli_period_end(lx, q.entity, a.from, fb) < 0)
				goto out;
			q.from = fb;
		}
		if (a.to) {
			if (cli_period_end(lx, q.entity, a.to, tb) < 0)
				goto out;
			q.to = tb;
		}
		q.kind = a.kind;
		q.as_of = a.as_of;
		q.known_at = a.known_at[0] ? a.known_at : NULL;
		if (cli_series_fetch(s, &q, &rows[2 * i], &nrows[2 * i]) < 0)
			goto out;
		if (a.with_yoy) {
			q.kind = "yoy";
			q.derive = 1;
			if (cli_series_fetch(s, &q, &rows[2 * i + 1], &nrows[2 * i + 1]) < 0)
				goto out;
		}
		if (!ptype)
			for (size_t k = 0; k < nrows[2 * i]; k++)
				if (!strcmp(rows[2 * i][k].period_type, "quarter"))
					ptype = "quarter";
	}
	if (!ptype)
		for (int i = 0; i < nser && !ptype; i++)
			if (nrows[2 * i])
				ptype = rows[2 * i][0].period_type;
	/* the x axis: every period any series has, in time order */
	for (int i = 0; i < 2 * nser; i++)
		for (size_t k = 0; k < nrows[i]; k++) {
			const struct series_row *r = &rows[i][k];
			if (!ptype || strcmp(r->period_type, ptype) || (a.calendar && !r->calendar_label[0]))
				continue;
			if (find_key(keys, &nkeys, &capkeys, r, a.calendar) >= 0)
				continue;
			GROW(keys, capkeys, nkeys + 1);
			struct key *kk = &keys[nkeys++];
			copy_str(kk->sort, sizeof(kk->sort), a.calendar ? r->calendar_label : r->period_end);
			snprintf(kk->label, sizeof(kk->label), "%s",
				 a.calendar || !r->fiscal_label[0] ? (r->calendar_label[0] ? r->calendar_label : r->period_end)
								   : r->fiscal_label);
		}
	if (!nkeys) {
		cli_error("nothing to plot: no %s values for %s", a.kind, argv[optind]);
		goto out;
	}
	qsort(keys, nkeys, sizeof(*keys), cmp_key);
	xlabels = xcalloc(nkeys, sizeof(*xlabels));
	for (size_t k = 0; k < nkeys; k++)
		xlabels[k] = keys[k].label;
	/* units: the first series' unit on the left axis */
	const char *unit = NULL;
	double maxabs = 0;
	for (int i = 0; i < nser; i++)
		for (size_t k = 0; k < nrows[2 * i]; k++) {
			if (!unit)
				unit = rows[2 * i][k].unit;
			if (!strcmp(rows[2 * i][k].unit, unit) && fabs(rows[2 * i][k].value) > maxabs)
				maxabs = fabs(rows[2 * i][k].value);
		}
	double div = 1;
	const char *sname = "";
	if (unit && strcmp(unit, "%") && strcmp(unit, "pp") && strcmp(unit, "x"))
		sname = scale_name(maxabs, &div);
	buf_printf(&ylabel, "%s%s%s", sname, *sname ? " " : "", unit && strcmp(unit, "count") ? unit : "");
	size_t np = 0;
	for (int i = 0; i < 2 * nser; i++) {
		if (!nrows[i])
			continue;
		int yoy = i % 2;
		struct plot_series *p = &ps[np];
		p->points = xcalloc(nrows[i], sizeof(*p->points));
		p->bars = yoy;
		p->y2 = yoy;
		for (size_t k = 0; k < nrows[i]; k++) {
			const struct series_row *r = &rows[i][k];
			if (strcmp(r->period_type, ptype) || (a.calendar && !r->calendar_label[0]))
				continue;
			if (!yoy && strcmp(r->unit, unit)) {
				cli_error("%s:%s is in %s, the chart in %s: plot it separately", r->entity, r->metric, r->unit, unit);
				goto out;
			}
			if (!plottable(r)) {
				bounds++;
				continue;
			}
			struct key probe;
			copy_str(probe.sort, sizeof(probe.sort), a.calendar ? r->calendar_label : r->period_end);
			struct key *hit = bsearch(&probe, keys, nkeys, sizeof(*keys), cmp_key);
			if (!hit)
				continue;
			p->points[p->n].x = (int)(hit - keys);
			p->points[p->n].value = yoy ? r->value : r->value / div;
			p->points[p->n].estimate = !strcmp(r->basis, "estimate");
			p->n++;
		}
		const struct series_row *r0 = &rows[i][0];
		struct buf t = BUF_INIT;
		buf_printf(&t, "%s %s%s", r0->entity_name, r0->metric_name, yoy ? " yoy" : "");
		if (strcmp(a.kind, "level") && !yoy)
			buf_printf(&t, " %s", a.kind);
		titles[i] = buf_detach(&t);
		p->title = titles[i];
		if (p->n)
			np++;
		else
			free(p->points), p->points = NULL;
	}
	if (a.with_yoy)
		buf_adds(&y2label, "yoy %");
	if (a.title)
		buf_adds(&title, a.title);
	else if (nser == 1 && nrows[0])
		buf_printf(&title, "%s %s%s%s", rows[0][0].entity_name, rows[0][0].metric_name,
			   strcmp(a.kind, "level") ? " " : "", strcmp(a.kind, "level") ? a.kind : "");
	else
		buf_printf(&title, "%s", nrows[0] ? rows[0][0].metric_name : "mtrack");
	char today[11];
	today_utc(today);
	buf_printf(&foot, "Source: mtrack store %s; as of %s; dashed, hollow: estimates", store_path(s),
		   a.as_of ? a.as_of : today);
	if (a.known_at[0])
		buf_printf(&foot, "; as known at %s", a.known_at);
	if (bounds)
		buf_printf(&foot, "; %zu bound%s (at least/at most) not drawn", bounds, bounds == 1 ? "" : "s");
	struct plot_spec spec = {
		.title = title.data, .ylabel = buf_str(&ylabel), .y2label = a.with_yoy ? y2label.data : NULL,
		.footnote = foot.data, .terminal = a.terminal, .output = a.out, .xlabels = xlabels, .nx = nkeys,
		.series = ps, .nseries = np,
	};
	if (a.script) {
		struct buf sc = BUF_INIT;
		if (plot_script(&spec, &sc, &e) < 0) {
			cli_error("%s", e.text);
			buf_free(&sc);
			goto out;
		}
		fputs(sc.data, stdout);
		buf_free(&sc);
	} else if (plot_run(&spec, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	} else if (a.out) {
		fprintf(stderr, "wrote %s (%zu periods, %zu series)\n", a.out, nkeys, np);
	}
	if (bounds)
		fprintf(stderr, "mtrack: left out %zu value%s given only as a bound (at least/at most)\n", bounds,
			bounds == 1 ? "" : "s");
	rc = EXIT_OK;
out:
	for (int i = 0; i < 2 * nser; i++) {
		cli_series_free(rows[i], nrows[i]);
		free(titles[i]);
		free(ps[i].points);
	}
	free(rows);
	free(nrows);
	free(titles);
	free(ps);
	free(keys);
	free(xlabels);
	buf_free(&ylabel);
	buf_free(&y2label);
	buf_free(&foot);
	buf_free(&title);
	lexicon_free(lx);
	store_close(s);
	return rc;
}
