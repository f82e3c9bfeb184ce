/*
 * Trend charts through gnuplot: a fixed argument vector, commands from the
 * plots/NAME.gp templates embedded in the binary, data sent inline as
 * datablocks (no temporary data files), and every user string escaped by
 * plot_quote(). The only place gnuplot is started.
 */
#ifndef MTRACK_PLOT_H
#define MTRACK_PLOT_H

#include <stddef.h>

#include "buf.h"
#include "util.h"

struct plot_point {
	int x;          /* index into the x labels */
	double value;   /* already in the axis's units */
	int estimate;
};

struct plot_series {
	const char *title;          /* legend text */
	struct plot_point *points;
	size_t n;
	int y2;                     /* on the second axis */
	int bars;                   /* drawn as bars (yoy) rather than a line */
};

struct plot_spec {
	const char *title;
	const char *ylabel, *y2label; /* y2label NULL: no second axis */
	const char *footnote;
	const char *terminal;         /* png, svg, pdf or dumb */
	const char *output;           /* NULL with dumb: standard output */
	const char *const *xlabels;
	size_t nx;
	const struct plot_series *series;
	size_t nseries;
};

/* Appends `s` to `b` as a gnuplot single-quoted string: ' doubled and
 * control characters (newlines among them) removed, so no text can end
 * the command or run one. The one function every string for gnuplot goes
 * through. */
void plot_quote(struct buf *b, const char *s);

/* Writes the whole gnuplot script for `spec` into `out`. */
int plot_script(const struct plot_spec *spec, struct buf *out, struct errmsg *e);

/* Runs gnuplot ($MTRACK_GNUPLOT, else gnuplot on PATH) on the script. The
 * chart is written to a temporary file beside `output` and renamed into
 * place only when gnuplot succeeds: a failure leaves no partial file. The
 * error quotes gnuplot's own message and names the package to install when
 * gnuplot is missing. */
int plot_run(const struct plot_spec *spec, struct errmsg *e);

#endif
