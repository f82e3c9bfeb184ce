/*
 * Trend charts through gnuplot: a fixed argument vector, commands from the
 * plots/NAME.gp templates embedded in the binary, data sent inline as
 * datablocks (no temporary data files), and every user string escaped by
 * plot_quote(). The only place gnuplot is started.
 *
 * A chart is one page of one or more panels (a dashboard has several).
 * Each panel has a continuous x axis: one slot per period from the first
 * to the last, so a period nobody reported is a gap the line breaks at.
 */
#ifndef MTRACK_PLOT_H
#define MTRACK_PLOT_H

#include <stddef.h>

#include "buf.h"
#include "util.h"

struct plot_point {
	int x;              /* index into the panel's x labels */
	double value;       /* already in the axis's units; a range's midpoint */
	double low, high;   /* a range's bounds, when `range` */
	int estimate, range;
};

struct plot_series {
	const char *title;          /* legend text */
	struct plot_point *points;  /* in x order, one per x at most */
	size_t n;
	int y2;                     /* on the second axis */
	int bars;                   /* drawn as bars (yoy) rather than a line */
};

struct plot_panel {
	const char *title;
	const char *ylabel, *y2label; /* y2label NULL: no second axis */
	const char *const *xlabels;   /* every period from the first to the last */
	size_t nx;
	const struct plot_series *series;
	size_t nseries;
	int zero;                     /* the y axis starts at zero */
};

struct plot_spec {
	const char *title;            /* the page's title over several panels */
	const char *footnote;         /* the source line */
	const char *terminal;         /* png, svg, pdf or dumb */
	const char *output;           /* NULL: standard output */
	int width, height;            /* dumb: characters; others: 0 for the default */
	const struct plot_panel *panels;
	size_t npanels;
};

/* Appends `s` to `b` as a gnuplot string: single-quoted, ' doubled,
 * control characters (newlines among them) removed, so no text can end
 * the command or run one; a leading ' (which gnuplot's scanner would read
 * as an empty string) is joined on as "'". The one function every string
 * for gnuplot goes through. */
void plot_quote(struct buf *b, const char *s);

/* Writes the whole gnuplot script for `spec` into `out`. */
int plot_script(const struct plot_spec *spec, struct buf *out, struct errmsg *e);

/* Runs gnuplot ($MTRACK_GNUPLOT, else gnuplot on PATH) on the script. A
 * chart file is written to a temporary file beside `output` and renamed
 * into place only when gnuplot succeeds: a failure leaves no partial file.
 * With no `output` the chart (what gnuplot wrote to its standard output)
 * is appended to `chart` for the caller to write. The error quotes
 * gnuplot's own message and names the package to install when gnuplot is
 * missing. */
int plot_run(const struct plot_spec *spec, struct buf *chart, struct errmsg *e);

#endif
