/*
 * mtrack plot: trend charts of one or more series, and an entity's
 * dashboard. Builds the panels plot.c draws: a continuous period axis
 * (every period from the first to the last, so a missing one is a gap),
 * values in human units, estimates and ranges marked.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "plot.h"
#include "banned.h"

const char usage_plot[] =
	"plot ENTITY:METRIC... [--kind K] [--basis B] [--with-yoy] [--as-of DATE] [--known-at TIME] [--calendar]\n"
	"              [--from P] [--to P] [--period-type T] [--zero] [--title T] [-o FILE.png|.svg|.pdf|-]\n"
	"              [--terminal png|svg|pdf|dumb] [--script]\n"
	"       mtrack plot --dashboard ENTITY [options]\n\n"
	"Draws each series (ids or aliases: 微软:未完成订单 or microsoft:rpo) over its\n"
	"periods with gnuplot: one line per series on an axis with every period from\n"
	"the first to the last, so a period no report gave is a gap in the line.\n"
	"Estimates continue the line dashed from the last actual, a range is an\n"
	"error bar from low to high through its midpoint; values are in human\n"
	"units, and a source line names the store, the as-of date and the latest\n"
	"report drawn. Values given only as bounds (at least, at most) are left\n"
	"out and counted. Series in different units need separate charts.\n\n"
	"  --kind K         level (default), yoy or qoq\n"
	"  --with-yoy       add each series' yoy change as bars on a second axis\n"
	"  --known-at T     as the store stood at moment T (see 'mtrack help series')\n"
	"  --basis B        only actuals, or one kind of estimate (estimate, guidance,\n"
	"                   consensus): draw each on its own to see them apart\n"
	"  --calendar       put periods on the calendar-quarter axis (companies with\n"
	"                   different fiscal years side by side; chosen by itself\n"
	"                   when the series' fiscal periods disagree)\n"
	"  --from P, --to P first and last period (FY2026Q1, 2025Q3, YYYY-MM-DD)\n"
	"  --period-type T  quarter (default when there are quarters), half, year...\n"
	"  --zero           start the value axis at zero\n"
	"  --dashboard E    one page for entity E: each metric it has levels of, the\n"
	"                   levels as a line and their yoy change as bars\n"
	"  -o, --output FILE  the chart file; its extension picks the format; '-'\n"
	"                   writes to standard output (png unless --terminal says)\n"
	"  --terminal T     png, svg, pdf, or dumb to draw in the terminal (the default\n"
	"                   when there is no -o and standard output is a terminal),\n"
	"                   sized to $COLUMNS x $LINES or the terminal's own size\n"
	"  --script         print the gnuplot script instead of running gnuplot\n\n"
	"gnuplot is $MTRACK_GNUPLOT, else gnuplot on PATH (Debian: gnuplot-nox).\n";

struct plot_args {
	const char *kind, *as_of, *from, *to, *title, *out, *terminal, *ptype, *dashboard;
	int with_yoy, calendar, script, zero;
	char known_at[25]; /* "" : now */
	const char *basis; /* NULL: all */
};

/* The rows of one series as fetched, and how they are drawn. */
struct set {
	struct series_row *rows;
	size_t n;
	int yoy;        /* bars on the second axis */
	char *title;    /* owned */
};

/* One panel being built; owns what its plot_panel points to. */
struct panel_build {
	struct plot_panel p;
	char (*labels)[32];
	const char **xlabels;
	struct plot_series *series;
	char *title, *ylabel;
	int any_estimate, any_range, calendar_forced;
	char latest[11];  /* the latest report drawn */
};

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

static const char *label_of(const struct series_row *r, int calendar)
{
	if (calendar || !r->fiscal_label[0])
		return r->calendar_label[0] ? r->calendar_label : r->period_end;
	return r->fiscal_label;
}

/* A period's place on a continuous axis: quarters, halves, years and
 * months count up one by one. Returns 0, or -1 for labels that do not
 * count (a year-to-date period, a bare date). */
static int ordinal(const char *label, const char *ptype, long *out)
{
	struct period_expr x;
	if (period_parse_label(label, &x) < 0 || !x.year || strcmp(period_type_name(x.type), ptype))
		return -1;
	switch (x.type) {
	case PERIOD_QUARTER:
		*out = x.year * 4L + x.index - 1;
		return x.index >= 1 && x.index <= 4 ? 0 : -1;
	case PERIOD_HALF:
		*out = x.year * 2L + x.index - 1;
		return x.index >= 1 && x.index <= 2 ? 0 : -1;
	case PERIOD_YEAR:
		*out = x.year;
		return 0;
	case PERIOD_MONTH:
		*out = x.year * 12L + x.index - 1;
		return x.index >= 1 && x.index <= 12 ? 0 : -1;
	default:
		return -1;
	}
}

/* The label of place `o`, written the way `like` (a label of the same
 * type) is: FY2026Q1, 2025Q3, FY2025H1, 2025, 2025-10, FY2026M10. */
static void label_at(long o, const char *ptype, const char *like, char out[32])
{
	const char *fy = !strncmp(like, "FY", 2) ? "FY" : "";
	if (!strcmp(ptype, "quarter"))
		snprintf(out, 32, "%s%ldQ%ld", fy, o / 4, o % 4 + 1);
	else if (!strcmp(ptype, "half"))
		snprintf(out, 32, "%s%ldH%ld", fy, o / 2, o % 2 + 1);
	else if (!strcmp(ptype, "month") && *fy)
		snprintf(out, 32, "FY%ldM%ld", o / 12, o % 12 + 1);
	else if (!strcmp(ptype, "month"))
		snprintf(out, 32, "%ld-%02ld", o / 12, o % 12 + 1);
	else
		snprintf(out, 32, "%s%ld", fy, o);
}

static int uses(const struct series_row *r, const char *ptype, int calendar)
{
	return !strcmp(r->period_type, ptype) && (!calendar || r->calendar_label[0]);
}

/* Whether the series' fiscal periods disagree (one label, two ends, or
 * one end, two labels): then only the calendar axis can hold them. */
static int fiscal_clash(const struct set *sets, size_t nsets, const char *ptype)
{
	for (size_t a = 0; a < nsets; a++)
		for (size_t b = a + 1; b < nsets; b++)
			for (size_t i = 0; i < sets[a].n; i++)
				for (size_t j = 0; j < sets[b].n; j++) {
					const struct series_row *x = &sets[a].rows[i], *y = &sets[b].rows[j];
					if (!uses(x, ptype, 0) || !uses(y, ptype, 0) || !strcmp(x->entity, y->entity))
						continue;
					int same_end = !strcmp(x->period_end, y->period_end);
					int same_label = !strcmp(label_of(x, 0), label_of(y, 0));
					if (same_end != same_label)
						return 1;
				}
	return 0;
}

static int cmp_point(const void *a, const void *b)
{
	const struct plot_point *x = a, *y = b;
	if (x->x != y->x)
		return x->x < y->x ? -1 : 1;
	return x->estimate - y->estimate;
}

static int cmp_label(const void *a, const void *b)
{
	return strcmp((const char *)a, (const char *)b);
}

static void panel_free(struct panel_build *pb)
{
	if (pb->series)
		for (size_t k = 0; k < pb->p.nseries; k++)
			free(pb->series[k].points);
	free(pb->series);
	free(pb->labels);
	free(pb->xlabels);
	free(pb->title);
	free(pb->ylabel);
	memset(pb, 0, sizeof(*pb));
}

/* Builds one panel from `sets` (levels, or changes with `kind`; yoy sets
 * as bars). With `strict`, a level in another unit than the first is an
 * error; else it is left out. Returns 0, 1 when there is nothing to draw
 * or -1 after printing the error. */
static int make_panel(struct panel_build *pb, const struct set *sets, size_t nsets, const char *ptype, int calendar,
		      int strict, size_t *bounds)
{
	memset(pb, 0, sizeof(*pb));
	if (!calendar && fiscal_clash(sets, nsets, ptype))
		calendar = pb->calendar_forced = 1;
	/* the axis: continuous when every label counts, else the labels seen */
	long lo = 0, hi = -1;
	int counting = 1;
	const char *like = NULL;
	size_t nlabels = 0;
	for (size_t i = 0; i < nsets; i++)
		for (size_t k = 0; k < sets[i].n; k++) {
			const struct series_row *r = &sets[i].rows[k];
			if (!uses(r, ptype, calendar))
				continue;
			long o;
			if (ordinal(label_of(r, calendar), ptype, &o) < 0) {
				counting = 0;
			} else {
				if (hi < lo || o < lo)
					lo = o;
				if (hi < lo || o > hi)
					hi = o;
				like = label_of(r, calendar);
			}
			nlabels++;
		}
	if (!nlabels)
		return 1;
	/* a decade of months at most: beyond that a label is a typo */
	if (counting && hi - lo >= 480)
		counting = 0;
	size_t nx = 0;
	if (counting) {
		nx = (size_t)(hi - lo + 1);
		pb->labels = xcalloc(nx, sizeof(*pb->labels));
		for (size_t i = 0; i < nx; i++)
			label_at(lo + (long)i, ptype, like, pb->labels[i]);
	} else {
		/* sorted by end date (or calendar label), each once */
		char (*keys)[32] = xcalloc(nlabels, 64);
		for (size_t i = 0; i < nsets; i++)
			for (size_t k = 0; k < sets[i].n; k++) {
				const struct series_row *r = &sets[i].rows[k];
				if (!uses(r, ptype, calendar))
					continue;
				char *key = keys[2 * nx];
				snprintf(key, 32, "%s", calendar ? r->calendar_label : r->period_end);
				size_t j = 0;
				while (j < nx && strcmp(keys[2 * j], key))
					j++;
				if (j == nx) {
					snprintf(keys[2 * nx + 1], 32, "%s", label_of(r, calendar));
					nx++;
				}
			}
		qsort(keys, nx, 64, cmp_label);
		pb->labels = xcalloc(nx, sizeof(*pb->labels));
		for (size_t i = 0; i < nx; i++)
			snprintf(pb->labels[i], 32, "%s", keys[2 * i + 1]);
		free(keys);
	}
	pb->xlabels = xcalloc(nx, sizeof(*pb->xlabels));
	for (size_t i = 0; i < nx; i++)
		pb->xlabels[i] = pb->labels[i];
	/* units: the first level's unit on the left axis, scaled */
	const char *unit = NULL;
	double maxabs = 0;
	for (size_t i = 0; i < nsets; i++)
		for (size_t k = 0; !sets[i].yoy && k < sets[i].n; k++) {
			const struct series_row *r = &sets[i].rows[k];
			if (!uses(r, ptype, calendar))
				continue;
			if (!unit)
				unit = r->unit;
			if (!strcmp(r->unit, unit))
				maxabs = fmax(maxabs, fmax(fabs(r->value), r->has_range ? fmax(fabs(r->low), fabs(r->high)) : 0));
		}
	double div = 1;
	const char *sname = "";
	if (unit && strcmp(unit, "%") && strcmp(unit, "pp") && strcmp(unit, "x"))
		sname = scale_name(maxabs, &div);
	struct buf yl = BUF_INIT;
	buf_printf(&yl, "%s%s%s", sname, *sname && unit && strcmp(unit, "count") ? " " : "",
		   unit && strcmp(unit, "count") ? unit : "");
	pb->ylabel = buf_detach(&yl);
	pb->series = xcalloc(nsets, sizeof(*pb->series));
	size_t np = 0;
	for (size_t i = 0; i < nsets; i++) {
		const struct set *st = &sets[i];
		struct plot_series *ps = &pb->series[np];
		ps->points = xcalloc(st->n ? st->n : 1, sizeof(*ps->points));
		ps->bars = ps->y2 = st->yoy;
		ps->title = st->title;
		for (size_t k = 0; k < st->n; k++) {
			const struct series_row *r = &st->rows[k];
			if (!uses(r, ptype, calendar))
				continue;
			if (!st->yoy && strcmp(r->unit, unit)) {
				if (!strict)
					continue;
				cli_error("%s:%s is in %s, the chart in %s: plot it separately", r->entity, r->metric, r->unit,
					  unit);
				free(ps->points);
				ps->points = NULL;
				pb->p.nseries = np; /* what panel_free() releases */
				return -1;
			}
			if (!plottable(r)) {
				++*bounds;
				continue;
			}
			long x;
			const char *lab = label_of(r, calendar);
			if (counting) {
				if (ordinal(lab, ptype, &x) < 0)
					continue;
				x -= lo;
			} else {
				for (x = 0; x < (long)nx && strcmp(pb->labels[x], lab); x++)
					;
				if (x == (long)nx)
					continue;
			}
			double d = st->yoy ? 1 : div;
			struct plot_point *pt = &ps->points[ps->n++];
			pt->x = (int)x;
			pt->value = r->value / d;
			pt->estimate = strcmp(r->basis, "actual") != 0;
			pt->range = r->has_range && !st->yoy;
			pt->low = r->low / d;
			pt->high = r->high / d;
			pb->any_estimate |= pt->estimate;
			pb->any_range |= pt->range;
			if (strcmp(r->report_date, pb->latest) > 0)
				copy_str(pb->latest, sizeof(pb->latest), r->report_date);
		}
		if (ps->n) {
			qsort(ps->points, ps->n, sizeof(*ps->points), cmp_point);
			np++;
		} else {
			free(ps->points);
			ps->points = NULL;
		}
	}
	pb->p.nseries = np;
	if (!np)
		return 1;
	pb->p.ylabel = pb->ylabel;
	pb->p.xlabels = pb->xlabels;
	pb->p.nx = nx;
	pb->p.series = pb->series;
	return 0;
}

/* The terminal's size: $COLUMNS and $LINES, else the terminal's own, else
 * 80x24. One line is left for the prompt. */
static void terminal_size(int *w, int *h)
{
	struct winsize ws;
	*w = 80;
	*h = 24;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
		*w = ws.ws_col;
		*h = ws.ws_row;
	}
	const char *c = getenv("COLUMNS"), *l = getenv("LINES");
	char *end;
	long v;
	if (c && (v = strtol(c, &end, 10)) >= 20 && v <= 1000 && !*end)
		*w = (int)v;
	if (l && (v = strtol(l, &end, 10)) >= 8 && v <= 1000 && !*end)
		*h = (int)v;
	*h -= 1;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static int parse_args(int argc, char **argv, const struct command *self, struct plot_args *a)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },        { "with-yoy", no_argument, NULL, 'y' },
		{ "as-of", required_argument, NULL, 'a' },       { "calendar", no_argument, NULL, 'c' },
		{ "from", required_argument, NULL, 'F' },        { "to", required_argument, NULL, 'T' },
		{ "title", required_argument, NULL, 't' },       { "output", required_argument, NULL, 'o' },
		{ "terminal", required_argument, NULL, 'm' },    { "script", no_argument, NULL, 's' },
		{ "period-type", required_argument, NULL, 'p' }, { "zero", no_argument, NULL, 'z' },
		{ "dashboard", required_argument, NULL, 'd' },   { "known-at", required_argument, NULL, 'K' },
		{ "basis", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const kinds[] = { "level", "yoy", "qoq", NULL };
	static const char *const terms[] = { "png", "svg", "pdf", "dumb", NULL };
	memset(a, 0, sizeof(*a));
	a->kind = "level";
	int c;
	while ((c = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			if (!cli_one_of(optarg, kinds))
				return cli_bad_usage(self, "unknown kind '%s' (level, yoy or qoq)", optarg);
			a->kind = optarg;
			break;
		case 'y':
			a->with_yoy = 1;
			break;
		case 'K':
			if (cli_known_at(optarg, a->known_at) < 0)
				return EXIT_USAGE;
			break;
		case 'b':
			if (!cli_one_of(optarg, cli_bases))
				return cli_bad_usage(self, "unknown basis '%s' (actual, estimate, guidance or consensus)",
						     optarg);
			a->basis = optarg;
			break;
		case 'a':
			if (!is_iso_date(optarg))
				return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", optarg);
			a->as_of = optarg;
			break;
		case 'c':
			a->calendar = 1;
			break;
		case 'F':
			a->from = optarg;
			break;
		case 'T':
			a->to = optarg;
			break;
		case 't':
			a->title = optarg;
			break;
		case 'o':
			a->out = optarg;
			break;
		case 'm':
			if (!cli_one_of(optarg, terms))
				return cli_bad_usage(self, "unknown terminal '%s' (png, svg, pdf or dumb)", optarg);
			a->terminal = optarg;
			break;
		case 's':
			a->script = 1;
			break;
		case 'z':
			a->zero = 1;
			break;
		case 'd':
			a->dashboard = optarg;
			break;
		case 'p':
			if (period_type_parse(optarg) < 0)
				return cli_bad_usage(self, "unknown period type '%s'", optarg);
			a->ptype = optarg;
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (a->dashboard && optind < argc)
		return cli_bad_usage(self, "--dashboard draws one entity: drop '%s'", argv[optind]);
	if (!a->dashboard && optind >= argc)
		return cli_bad_usage(self, "plot needs at least one ENTITY:METRIC, or --dashboard ENTITY");
	int to_stdout = a->out && !strcmp(a->out, "-");
	if (!a->terminal) {
		const char *ext = a->out ? strrchr(a->out, '.') : NULL;
		if (ext && (!strcmp(ext, ".png") || !strcmp(ext, ".svg") || !strcmp(ext, ".pdf")))
			a->terminal = ext + 1;
		else if (to_stdout)
			a->terminal = "png";
		else if (a->out)
			return cli_bad_usage(self, "cannot tell the format of '%s': name it .png, .svg or .pdf, or give --terminal",
					     a->out);
		else if (isatty(STDOUT_FILENO) || a->script)
			a->terminal = "dumb";
		else
			return cli_bad_usage(self, "give -o FILE.png|.svg|.pdf (or -o - for standard output), or --terminal dumb");
	}
	if (!strcmp(a->terminal, "dumb") && a->out && !to_stdout)
		return cli_bad_usage(self, "--terminal dumb draws on standard output: drop -o");
	if (strcmp(a->terminal, "dumb") && !a->out)
		return cli_bad_usage(self, "--terminal %s needs -o FILE (or -o - for standard output)", a->terminal);
	if (to_stdout)
		a->out = NULL;
	return 0;
}

/* Period bounds for `entity` from --from/--to. */
static int bounds_for(const struct lexicon *lx, const struct plot_args *a, const char *entity,
		      struct series_query *q, char from[11], char to[11])
{
	if (a->from) {
		if (cli_period_end(lx, entity, a->from, from) < 0)
			return -1;
		q->from = from;
	}
	if (a->to) {
		if (cli_period_end(lx, entity, a->to, to) < 0)
			return -1;
		q->to = to;
	}
	return 0;
}

static char *set_title(const struct series_row *r, const char *extra)
{
	struct buf t = BUF_INIT;
	buf_printf(&t, "%s %s%s", r->entity_name, r->metric_name, extra);
	return buf_detach(&t);
}

/* Fetches the sets of the charts given as ENTITY:METRIC... */
static int fetch_series(struct store *s, const struct lexicon *lx, const struct plot_args *a, char **specs, int nspec,
			const struct command *self, struct set *sets, size_t *nsets)
{
	for (int i = 0; i < nspec; i++) {
		char *spec = xstrdup(specs[i]);
		char *colon = strrchr(spec, ':');
		if (!colon) {
			free(spec);
			cli_bad_usage(self, "series '%s' must be ENTITY:METRIC", specs[i]);
			return EXIT_USAGE;
		}
		*colon = '\0';
		struct series_query q;
		memset(&q, 0, sizeof(q));
		q.entity = cli_entity_id(lx, spec);
		q.metric = q.entity ? cli_metric_id(lx, colon + 1) : NULL;
		free(spec);
		char fb[11], tb[11];
		if (!q.entity || !q.metric || bounds_for(lx, a, q.entity, &q, fb, tb) < 0)
			return EXIT_FAIL;
		q.kind = a->kind;
		q.as_of = a->as_of;
		q.known_at = a->known_at[0] ? a->known_at : NULL;
		q.basis = a->basis;
		struct set *st = &sets[(*nsets)++];
		if (cli_series_fetch(s, &q, &st->rows, &st->n) < 0)
			return EXIT_FAIL;
		if (st->n)
			st->title = set_title(&st->rows[0], strcmp(a->kind, "level") ? (!strcmp(a->kind, "yoy") ? " yoy" : " qoq") : "");
		if (a->with_yoy) {
			q.kind = "yoy";
			q.derive = 1;
			st = &sets[(*nsets)++];
			st->yoy = 1;
			if (cli_series_fetch(s, &q, &st->rows, &st->n) < 0)
				return EXIT_FAIL;
			if (st->n)
				st->title = set_title(&st->rows[0], " yoy");
		}
	}
	return 0;
}

static const char *default_ptype(const struct set *sets, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sets[i].n; k++)
			if (!strcmp(sets[i].rows[k].period_type, "quarter"))
				return "quarter";
	for (size_t i = 0; i < n; i++)
		if (sets[i].n)
			return sets[i].rows[0].period_type;
	return NULL;
}

static void free_sets(struct set *sets, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		cli_series_free(sets[i].rows, sets[i].n);
		free(sets[i].title);
	}
	free(sets);
}

int cmd_plot(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("plot");
	struct plot_args a;
	int rc = parse_args(argc, argv, self, &a);
	if (rc)
		return rc;
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct errmsg e;
	struct set *sets = NULL;
	size_t nsets = 0, npanels = 0, bounds = 0;
	struct panel_build *pbs = NULL;
	struct plot_panel *panels = NULL;
	struct buf foot = BUF_INIT, title = BUF_INIT, chart = BUF_INIT;
	struct series_row *all = NULL;
	size_t nall = 0;
	rc = EXIT_FAIL;
	if (cli_open_store(cli, &s) < 0)
		goto out;
	if (store_load_lexicon(s, &lx, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	}
	if (!a.dashboard) {
		int nspec = argc - optind;
		sets = xcalloc((size_t)nspec * 2, sizeof(*sets));
		if ((rc = fetch_series(s, lx, &a, argv + optind, nspec, self, sets, &nsets)) != 0)
			goto out;
		rc = EXIT_FAIL;
		const char *ptype = a.ptype ? a.ptype : default_ptype(sets, nsets);
		pbs = xcalloc(1, sizeof(*pbs));
		int m = ptype ? make_panel(&pbs[0], sets, nsets, ptype, a.calendar, 1, &bounds) : 1;
		if (m < 0)
			goto out;
		if (m > 0) {
			cli_error("nothing to plot: no %s values for %s", a.kind, argv[optind]);
			goto out;
		}
		npanels = 1;
		/* the title names what the series share */
		int same_metric = 1, same_entity = 1;
		const struct series_row *r0 = sets[0].n ? &sets[0].rows[0] : NULL;
		for (size_t i = 1; r0 && i < nsets; i++)
			if (sets[i].n && !sets[i].yoy) {
				same_metric &= !strcmp(sets[i].rows[0].metric, r0->metric);
				same_entity &= !strcmp(sets[i].rows[0].entity, r0->entity);
			}
		if (a.title)
			buf_adds(&title, a.title);
		else if (r0 && same_metric && same_entity)
			buf_adds(&title, sets[0].title);
		else if (r0 && same_metric)
			buf_adds(&title, r0->metric_name);
		else if (r0 && same_entity)
			buf_adds(&title, r0->entity_name);
		pbs[0].p.title = title.data;
		for (size_t k = 0; k < pbs[0].p.nseries; k++)
			if (pbs[0].series[k].y2)
				pbs[0].p.y2label = "yoy %";
	} else {
		/* the dashboard: every metric the entity has levels of */
		struct series_query q;
		memset(&q, 0, sizeof(q));
		char fb[11], tb[11];
		if (!(q.entity = cli_entity_id(lx, a.dashboard)) || bounds_for(lx, &a, q.entity, &q, fb, tb) < 0)
			goto out;
		q.as_of = a.as_of;
		q.known_at = a.known_at[0] ? a.known_at : NULL;
		q.basis = a.basis;
		q.derive = 1;
		if (cli_series_fetch(s, &q, &all, &nall) < 0)
			goto out;
		const char *metrics[64];
		size_t nmet = 0;
		for (size_t i = 0; i < nall && nmet < ARRAY_SIZE(metrics); i++) {
			size_t k = 0;
			while (k < nmet && strcmp(metrics[k], all[i].metric))
				k++;
			if (k == nmet && !strcmp(all[i].kind, "level") && plottable(&all[i]))
				metrics[nmet++] = all[i].metric;
		}
		if (!nmet) {
			cli_error("nothing to plot: no levels for '%s'", a.dashboard);
			goto out;
		}
		pbs = xcalloc(nmet, sizeof(*pbs));
		sets = xcalloc(2 * nmet, sizeof(*sets));
		for (size_t m = 0; m < nmet; m++) {
			/* the rows of this metric, split into levels and yoy */
			struct set *lv = &sets[nsets++], *yy = &sets[nsets++];
			yy->yoy = 1;
			for (size_t i = 0; i < nall; i++) {
				if (strcmp(all[i].metric, metrics[m]))
					continue;
				struct set *to = !strcmp(all[i].kind, "level") ? lv : !strcmp(all[i].kind, "yoy") ? yy : NULL;
				if (!to)
					continue;
				if (!to->rows)
					to->rows = xcalloc(nall, sizeof(*to->rows));
				to->rows[to->n] = all[i];
				to->rows[to->n].sentence = xstrdup(all[i].sentence);
				to->rows[to->n].title = xstrdup(all[i].title);
				to->rows[to->n].entity_name = xstrdup(all[i].entity_name);
				to->rows[to->n].metric_name = xstrdup(all[i].metric_name);
				to->n++;
			}
			lv->title = xstrdup("level");
			yy->title = xstrdup("yoy %");
			const char *ptype = a.ptype ? a.ptype : default_ptype(lv, 1);
			struct panel_build *pb = &pbs[npanels];
			int r = ptype ? make_panel(pb, lv, 2, ptype, a.calendar, 0, &bounds) : 1;
			if (r < 0)
				goto out;
			if (r > 0) {
				panel_free(pb);
				continue;
			}
			struct buf t = BUF_INIT;
			buf_printf(&t, "%s (%s)", lv->rows[0].metric_name, ptype);
			pb->title = buf_detach(&t);
			pb->p.title = pb->title;
			for (size_t k = 0; k < pb->p.nseries; k++)
				if (pb->series[k].y2)
					pb->p.y2label = "yoy %";
			npanels++;
		}
		if (!npanels) {
			cli_error("nothing to plot for '%s'", a.dashboard);
			goto out;
		}
		if (a.title)
			buf_adds(&title, a.title);
		else
			buf_printf(&title, "%s: tracked metrics", all[0].entity_name);
	}
	panels = xcalloc(npanels, sizeof(*panels));
	int any_est = 0, any_range = 0, forced = 0;
	char latest[11] = "";
	for (size_t i = 0; i < npanels; i++) {
		panels[i] = pbs[i].p;
		panels[i].zero = a.zero;
		any_est |= pbs[i].any_estimate;
		any_range |= pbs[i].any_range;
		forced |= pbs[i].calendar_forced;
		if (strcmp(pbs[i].latest, latest) > 0)
			copy_str(latest, sizeof(latest), pbs[i].latest);
	}
	/* the source line: compact, the store by its file name */
	char today[11];
	today_utc(today);
	buf_printf(&foot, "Source: mtrack, %s; as of %s", base_name(store_path(s)), a.as_of ? a.as_of : today);
	if (a.known_at[0])
		buf_printf(&foot, "; as known at %s", a.known_at);
	if (latest[0])
		buf_printf(&foot, "; latest report %s", latest);
	int dumb = !strcmp(a.terminal, "dumb");
	if (!dumb && any_est)
		buf_adds(&foot, "; dashed: estimates");
	if (!dumb && any_range)
		buf_adds(&foot, "; error bars: ranges");
	if (bounds)
		buf_printf(&foot, "; %zu bound%s (at least/at most) not drawn", bounds, bounds == 1 ? "" : "s");
	struct plot_spec spec = {
		.title = title.data, .footnote = foot.data, .terminal = a.terminal, .output = a.out,
		.panels = panels, .npanels = npanels,
	};
	if (dumb)
		terminal_size(&spec.width, &spec.height);
	if (a.script) {
		struct buf sc = BUF_INIT;
		if (plot_script(&spec, &sc, &e) < 0) {
			cli_error("%s", e.text);
			buf_free(&sc);
			goto out;
		}
		fputs(sc.data, stdout);
		buf_free(&sc);
	} else if (plot_run(&spec, &chart, &e) < 0) {
		cli_error("%s", e.text);
		goto out;
	} else if (a.out) {
		fprintf(stderr, "wrote %s (%zu panel%s)\n", a.out, npanels, npanels == 1 ? "" : "s");
	} else {
		fwrite(chart.data ? chart.data : "", 1, chart.len, stdout);
	}
	if (forced)
		fprintf(stderr, "mtrack: the series' fiscal periods differ: drawn on the calendar axis\n");
	if (bounds)
		fprintf(stderr, "mtrack: left out %zu value%s given only as a bound (at least/at most)\n", bounds,
			bounds == 1 ? "" : "s");
	rc = EXIT_OK;
out:
	for (size_t i = 0; pbs && i < (a.dashboard ? nsets / 2 : 1); i++)
		panel_free(&pbs[i]);
	free(pbs);
	free(panels);
	free_sets(sets, nsets);
	cli_series_free(all, nall);
	buf_free(&foot);
	buf_free(&title);
	buf_free(&chart);
	lexicon_free(lx);
	store_close(s);
	return rc;
}
