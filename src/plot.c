/*
 * gnuplot charts (see plot.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "embedded.h"
#include "plot.h"
#include "banned.h"

extern char **environ;

#define CJK_FONT "Noto Sans CJK SC"

void plot_quote(struct buf *b, const char *s)
{
	const char *p = s ? s : "";
	/* gnuplot's scanner reads a leading '' as an empty string: such
	 * quotes are joined on as "'" */
	for (; *p == '\''; p++)
		buf_adds(b, "\"'\".");
	buf_addc(b, '\'');
	for (const unsigned char *c = (const unsigned char *)p; *c; c++) {
		if (*c < 0x20 || *c == 0x7f)
			continue;
		if (*c == '\'')
			buf_addc(b, '\'');
		buf_addc(b, (char)*c);
	}
	buf_addc(b, '\'');
}

static const char *template_text(const char *name)
{
	for (const struct embedded_file *f = embedded_plots; f->name; f++)
		if (!strcmp(f->name, name))
			return f->text;
	return NULL;
}

/* Fills a template's @SLOT@s; an unknown slot is left as it stands. */
struct slot {
	const char *name;
	const char *value;
};

static void fill(struct buf *out, const char *tpl, const struct slot *slots, size_t n)
{
	for (const char *p = tpl; *p;) {
		int hit = 0;
		for (size_t i = 0; i < n && !hit; i++) {
			size_t len = strlen(slots[i].name);
			if (!strncmp(p, slots[i].name, len)) {
				buf_adds(out, slots[i].value);
				p += len;
				hit = 1;
			}
		}
		if (!hit)
			buf_addc(out, *p++);
	}
}

static int is_dumb(const struct plot_spec *spec)
{
	return !strcmp(spec->terminal, "dumb");
}

static int terminal_line(const struct plot_spec *spec, struct buf *b, struct errmsg *e)
{
	const char *t = spec->terminal;
	/* a dashboard's panels, two a row, each about half a chart high */
	int rows = (int)(spec->npanels + 1) / 2;
	int w = spec->npanels > 1 ? 1400 : 1200, h = spec->npanels > 1 ? 80 + 380 * rows : 720;
	if (!strcmp(t, "png"))
		buf_printf(b, "pngcairo size %d,%d noenhanced font '" CJK_FONT ",11'", w, h);
	else if (!strcmp(t, "svg"))
		buf_printf(b, "svg size %d,%d dynamic noenhanced font '" CJK_FONT ",11'", w, h);
	else if (!strcmp(t, "pdf"))
		buf_printf(b, "pdfcairo size %.2fin,%.2fin noenhanced font '" CJK_FONT ",10'", w / 120.0, h / 120.0);
	else if (!strcmp(t, "dumb"))
		buf_printf(b, "dumb size %d,%d noenhanced", spec->width > 0 ? spec->width : 80,
			   spec->height > 0 ? spec->height : 24);
	else
		return err_set(e, "unknown terminal '%s' (png, svg, pdf or dumb)", t);
	return 0;
}

/* A path handed to gnuplot's 'set output': one starting with '|' would be
 * a pipe to a command, so it is made explicitly relative. */
static void quote_path(struct buf *b, const char *path)
{
	if (path[0] == '|') {
		struct buf p = BUF_INIT;
		buf_adds(&p, "./");
		buf_adds(&p, path);
		plot_quote(b, p.data);
		buf_free(&p);
	} else {
		plot_quote(b, path);
	}
}

static void add_number(struct buf *b, double v)
{
	char num[64];
	format_number(v, num, sizeof(num));
	buf_adds(b, num);
}

/* One datablock line: x, then the value (and a range's bounds). */
static void data_line(struct buf *b, double x, const struct plot_point *pt, int with_range)
{
	buf_printf(b, "%.4f ", x);
	add_number(b, pt->value);
	if (with_range) {
		buf_addc(b, ' ');
		add_number(b, pt->low);
		buf_addc(b, ' ');
		add_number(b, pt->high);
	}
	buf_addc(b, '\n');
}

static void add_title(struct buf *plot, const char *title, const char *suffix, size_t *nkeys)
{
	++*nkeys;
	struct buf t = BUF_INIT;
	buf_printf(&t, "%s%s", title, suffix);
	buf_adds(plot, " title ");
	plot_quote(plot, t.data);
	buf_free(&t);
}

/* The datablocks and plot clauses of series `k` of panel `pi`. */
static void series_blocks(const struct plot_series *s, size_t pi, size_t k, double bar_shift, int dumb,
			  struct buf *data, struct buf *plot, int *first, size_t *nkeys)
{
	size_t nest = 0, nrange = 0;
	for (size_t i = 0; i < s->n; i++) {
		nest += s->points[i].estimate != 0;
		nrange += s->points[i].range != 0;
	}
	for (int est = 0; est < 2; est++) {
		if ((est ? nest : s->n - nest) == 0)
			continue;
		buf_printf(data, "$p%zus%zu%s << EOD\n", pi, k, est ? "e" : "a");
		int prev = -2;
		for (size_t i = 0; i < s->n; i++) {
			const struct plot_point *pt = &s->points[i];
			if (!pt->estimate != !est)
				continue;
			/* the dashed line starts at the actual of the period
			 * just before the first estimate */
			if (est && !s->bars && prev == -2 && i > 0 && !s->points[i - 1].estimate &&
			    s->points[i - 1].x == pt->x - 1) {
				buf_adds(data, "# the last actual, where the estimates join on\n");
				data_line(data, s->points[i - 1].x, &s->points[i - 1], 0);
				prev = s->points[i - 1].x;
			}
			if (!s->bars && prev != -2 && pt->x > prev + 1)
				buf_addc(data, '\n'); /* a missing period: the line breaks */
			prev = pt->x;
			data_line(data, pt->x + (s->bars ? bar_shift : 0), pt, 0);
		}
		buf_adds(data, "EOD\n");
		if (!*first)
			buf_adds(plot, ", \\\n     ");
		*first = 0;
		buf_printf(plot, "$p%zus%zu%s using 1:2 axes x1%s ", pi, k, est ? "e" : "a", s->y2 ? "y2" : "y1");
		if (s->bars)
			buf_printf(plot, "with boxes lc %zu%s", k + 1, est ? " fs pattern 4" : "");
		else if (dumb)
			/* a terminal has no dashes: estimates take the next
			 * line character and their own mark */
			buf_printf(plot, "with linespoints lt %zu pt '%c'", est ? k + 5 : k + 1, est ? 'e' : 'o');
		else if (est)
			buf_printf(plot, "with linespoints lc %zu dt 2 pt 6 ps 1.4 lw 2", k + 1);
		else
			buf_printf(plot, "with linespoints lc %zu dt 1 pt 7 ps 1.2 lw 2", k + 1);
		add_title(plot, s->title, est ? " (estimate)" : "", nkeys);
	}
	if (nrange && !s->bars) {
		buf_printf(data, "$p%zus%zur << EOD\n", pi, k);
		for (size_t i = 0; i < s->n; i++)
			if (s->points[i].range)
				data_line(data, s->points[i].x, &s->points[i], 1);
		buf_adds(data, "EOD\n");
		if (dumb)
			buf_printf(plot, ", \\\n     $p%zus%zur using 1:2:3:4 axes x1%s with yerrorbars lt %zu pt 'r'", pi, k,
				   s->y2 ? "y2" : "y1", k + 1);
		else
			buf_printf(plot, ", \\\n     $p%zus%zur using 1:2:3:4 axes x1%s with yerrorbars lc %zu pt 6 ps 1 lw 2",
				   pi, k, s->y2 ? "y2" : "y1", k + 1);
		add_title(plot, s->title, " (range low..high)", nkeys);
	}
}

/* Every n-th label, so a terminal's labels do not run together. */
static size_t label_step(const struct plot_spec *spec, const struct plot_panel *p)
{
	if (!is_dumb(spec) || !p->nx)
		return 1;
	/* a dashboard's panels stand two a row */
	int width = (spec->width > 0 ? spec->width : 80) / (spec->npanels > 1 ? 2 : 1);
	size_t room = width > 20 ? (size_t)width - 12 : 8, longest = 1, step = 1;
	for (size_t i = 0; i < p->nx; i++)
		if (strlen(p->xlabels[i]) > longest)
			longest = strlen(p->xlabels[i]);
	while ((p->nx + step - 1) / step * (longest + 2) > room)
		step++;
	return step;
}

static int panel(const struct plot_spec *spec, size_t pi, const char *tpl, struct buf *data, struct buf *out,
		 struct errmsg *e)
{
	const struct plot_panel *p = &spec->panels[pi];
	int dumb = is_dumb(spec);
	struct buf title = BUF_INIT, xtics = BUF_INIT, ylabel = BUF_INIT, foot = BUF_INIT, y2 = BUF_INIT;
	struct buf plot = BUF_INIT, xmax = BUF_INIT, boxw = BUF_INIT, yrange = BUF_INIT, bmargin = BUF_INIT;
	int rc = 0;
	if (dumb && p->ylabel && *p->ylabel) {
		/* a terminal writes a y label one letter a line: the unit goes
		 * into the title instead */
		struct buf t = BUF_INIT;
		buf_printf(&t, "%s (%s)", p->title ? p->title : "", p->ylabel);
		plot_quote(&title, t.data);
		buf_free(&t);
		plot_quote(&ylabel, "");
	} else {
		plot_quote(&title, p->title);
		plot_quote(&ylabel, p->ylabel);
	}
	size_t step = label_step(spec, p);
	for (size_t i = 0; i < p->nx; i++) {
		if (i)
			buf_adds(&xtics, ", ");
		plot_quote(&xtics, i % step ? "" : p->xlabels[i]);
		buf_printf(&xtics, " %zu", i);
	}
	buf_printf(&xmax, "%zu.5", p->nx ? p->nx - 1 : 0);
	/* padding: no point on the frame; with zero, the axis starts there */
	if (p->zero)
		buf_adds(&yrange, "set yrange [*<0:0<*]\nset autoscale yfix\nset offsets 0, 0, graph 0.1, 0");
	else
		buf_adds(&yrange, "set autoscale yfix\nset offsets 0, 0, graph 0.1, graph 0.1");
	size_t nbars = 0;
	for (size_t k = 0; k < p->nseries; k++)
		nbars += p->series[k].bars != 0;
	buf_printf(&boxw, "%.3f", nbars ? 0.8 / (double)nbars : 0.5);
	if (p->y2label) {
		buf_adds(&y2, "set y2tics nomirror\nset y2label ");
		plot_quote(&y2, p->y2label);
		buf_adds(&y2, " noenhanced\nset format y2 '%.4g'\n");
		/* bars start at zero; the far end padded off the frame */
		double lo = 0, hi = 0;
		for (size_t k = 0; k < p->nseries; k++)
			for (size_t i = 0; p->series[k].y2 && i < p->series[k].n; i++) {
				lo = fmin(lo, p->series[k].points[i].value);
				hi = fmax(hi, p->series[k].points[i].value);
			}
		double pad = (hi - lo) * 0.1;
		buf_adds(&y2, "set y2range [");
		add_number(&y2, lo < 0 ? lo - pad : 0);
		buf_addc(&y2, ':');
		add_number(&y2, hi > 0 ? hi + pad : lo < 0 ? 0 : 1);
		buf_adds(&y2, "]\n");
	}
	if (pi == 0 && spec->footnote) {
		buf_adds(&foot, "set label 1 ");
		if (dumb && spec->npanels > 1) {
			/* on a terminal the page title shares the top line */
			struct buf t = BUF_INIT;
			buf_printf(&t, "%s. %s", spec->title ? spec->title : "", spec->footnote);
			plot_quote(&foot, t.data);
			buf_free(&t);
		} else {
			plot_quote(&foot, spec->footnote);
		}
		/* a terminal has its legend at the bottom: the source goes on top */
		buf_adds(&foot, dumb ? " at screen 0, screen 1 left front" : " at screen 0.01, screen 0.012 left font ',8'");
		buf_adds(&foot, " noenhanced");
	}
	size_t bar_index = 0, nkeys = 0;
	int first = 1;
	/* bars first, so the lines are drawn over them */
	for (size_t pass = 0; pass < 2 * p->nseries; pass++) {
		size_t k = pass % p->nseries;
		const struct plot_series *s = &p->series[k];
		if ((pass < p->nseries) != (s->bars != 0))
			continue;
		double shift = s->bars ? -0.4 + (0.8 / (double)nbars) * ((double)bar_index + 0.5) : 0;
		series_blocks(s, pi, k, shift, dumb, data, &plot, &first, &nkeys);
		if (s->bars)
			bar_index++;
	}
	if (first) {
		rc = err_set(e, "nothing to plot");
		goto out;
	}
	/* room under the axis for the labels, the legend (one entry a line
	 * on a terminal) and the source line */
	if (dumb)
		buf_printf(&bmargin, "%zu", 3 + nkeys);
	else
		buf_printf(&bmargin, "%d", (p->nx > 10 ? 7 : 5) + (nkeys > 3 ? 2 : 0));
	const struct slot slots[] = {
		{ "@TITLE@", title.data },
		{ "@XTICS@", buf_str(&xtics) },
		{ "@XMAX@", xmax.data },
		{ "@XROTATE@", p->nx > 10 && !dumb ? "rotate by 45 right" : "offset 0,-0.3" },
		{ "@YLABEL@", ylabel.data },
		{ "@YRANGE@", yrange.data },
		{ "@KEY@", dumb ? "below left vertical Left reverse samplen 3"
				: "below center horizontal samplen 3 width 2 height 1.5" },
		{ "@BMARGIN@", bmargin.data },
		{ "@FOOTNOTE@", buf_str(&foot) },
		{ "@BOXWIDTH@", boxw.data },
		{ "@Y2@", buf_str(&y2) },
		{ "@PLOT@", plot.data },
	};
	fill(out, tpl, slots, ARRAY_SIZE(slots));
out:
	buf_free(&title);
	buf_free(&xtics);
	buf_free(&ylabel);
	buf_free(&foot);
	buf_free(&y2);
	buf_free(&plot);
	buf_free(&xmax);
	buf_free(&boxw);
	buf_free(&yrange);
	buf_free(&bmargin);
	return rc;
}

static int build(const struct plot_spec *spec, const char *output, struct buf *out, struct errmsg *e)
{
	const char *page = template_text("chart"), *ptpl = template_text("panel");
	if (!page || !ptpl)
		return err_set(e, "the plot templates are missing from this build");
	if (!spec->npanels)
		return err_set(e, "nothing to plot");
	struct buf term = BUF_INIT, outp = BUF_INIT, data = BUF_INIT, panels = BUF_INIT, layout = BUF_INIT;
	int rc = terminal_line(spec, &term, e);
	if (rc < 0)
		goto out;
	if (output) {
		buf_adds(&outp, "set output ");
		quote_path(&outp, output);
	} else {
		buf_adds(&outp, "# output: standard output");
	}
	if (spec->npanels > 1) {
		buf_printf(&layout, "set multiplot layout %zu,2", (spec->npanels + 1) / 2);
		if (!is_dumb(spec)) {
			buf_adds(&layout, " title ");
			plot_quote(&layout, spec->title);
			buf_adds(&layout, " noenhanced");
		}
	}
	for (size_t i = 0; i < spec->npanels; i++)
		if ((rc = panel(spec, i, ptpl, &data, &panels, e)) < 0)
			goto out;
	const struct slot slots[] = {
		{ "@TERMINAL@", term.data },
		{ "@OUTPUT@", outp.data },
		{ "@DATA@", buf_str(&data) },
		{ "@LAYOUT@", buf_str(&layout) },
		{ "@PANELS@", buf_str(&panels) },
		{ "@END@", spec->npanels > 1 ? "unset multiplot" : "" },
	};
	fill(out, page, slots, ARRAY_SIZE(slots));
out:
	buf_free(&term);
	buf_free(&outp);
	buf_free(&data);
	buf_free(&panels);
	buf_free(&layout);
	return rc;
}

int plot_script(const struct plot_spec *spec, struct buf *out, struct errmsg *e)
{
	return build(spec, spec->output, out, e);
}

static void read_tail(int fd, struct buf *b)
{
	char chunk[4096];
	ssize_t n;
	lseek(fd, 0, SEEK_SET);
	while ((n = read(fd, chunk, sizeof(chunk))) > 0 && b->len < 4096)
		buf_add(b, chunk, (size_t)n);
	while (b->len && (b->data[b->len - 1] == '\n' || b->data[b->len - 1] == ' '))
		b->data[--b->len] = '\0';
}

int plot_run(const struct plot_spec *spec, struct buf *chart, struct errmsg *e)
{
	struct buf script = BUF_INIT, tmp = BUF_INIT, errtext = BUF_INIT;
	int rc = -1, errfd = -1, outfd = -1, pipefd[2] = { -1, -1 };
	pid_t pid = -1;
	posix_spawn_file_actions_t fa;
	int fa_init = 0;
	if (spec->output) {
		int fd = open_beside(spec->output, &tmp);
		if (fd < 0) {
			err_set(e, "cannot write '%s': %s", spec->output, strerror(errno));
			buf_reset(&tmp);
			goto out;
		}
		close(fd);
	}
	if (build(spec, spec->output ? tmp.data : NULL, &script, e) < 0)
		goto out;
	char errpath[] = "/tmp/mtrack-gnuplot-XXXXXX";
	errfd = mkstemp(errpath);
	if (errfd < 0 || pipe(pipefd) < 0) {
		err_set(e, "cannot start gnuplot: %s", strerror(errno));
		goto out;
	}
	unlink(errpath);
	if (!spec->output) {
		/* the chart comes back through a file, for the caller to write
		 * and check */
		char outpath[] = "/tmp/mtrack-chart-XXXXXX";
		if ((outfd = mkstemp(outpath)) < 0) {
			err_set(e, "cannot start gnuplot: %s", strerror(errno));
			goto out;
		}
		unlink(outpath);
	}
	const char *bin = getenv("MTRACK_GNUPLOT");
	if (!bin || !*bin)
		bin = "gnuplot";
	char *const argv[] = { (char *)bin, NULL };
	posix_spawn_file_actions_init(&fa);
	fa_init = 1;
	posix_spawn_file_actions_adddup2(&fa, pipefd[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&fa, errfd, STDERR_FILENO);
	posix_spawn_file_actions_addclose(&fa, pipefd[1]);
	if (spec->output)
		posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	else
		posix_spawn_file_actions_adddup2(&fa, outfd, STDOUT_FILENO);
	int sr = posix_spawnp(&pid, bin, &fa, NULL, argv, environ);
	close(pipefd[0]);
	pipefd[0] = -1;
	if (sr != 0) {
		if (sr == ENOENT)
			err_set(e, "gnuplot is not installed (apt-get install gnuplot-nox): cannot run '%s'", bin);
		else
			err_set(e, "cannot run '%s': %s", bin, strerror(sr));
		pid = -1;
		goto out;
	}
	/* gnuplot closing early must not kill us with SIGPIPE */
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	size_t off = 0;
	while (off < script.len) {
		ssize_t n = write(pipefd[1], script.data + off, script.len - off);
		if (n <= 0)
			break;
		off += (size_t)n;
	}
	close(pipefd[1]);
	pipefd[1] = -1;
	signal(SIGPIPE, old);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	pid = -1;
	read_tail(errfd, &errtext);
	int ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && off == script.len;
	if (ok && spec->output) {
		struct stat sb;
		ok = stat(tmp.data, &sb) == 0 && sb.st_size > 0;
	}
	if (!ok) {
		if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
			err_set(e, "gnuplot is not installed (apt-get install gnuplot-nox): %s", buf_str(&errtext));
		else
			err_set(e, "gnuplot failed: %s", errtext.len ? errtext.data : "no message");
		goto out;
	}
	if (spec->output && rename(tmp.data, spec->output) != 0) {
		err_set(e, "cannot write '%s': %s", spec->output, strerror(errno));
		goto out;
	}
	buf_reset(&tmp);
	if (!spec->output) {
		char chunk[65536];
		ssize_t n;
		lseek(outfd, 0, SEEK_SET);
		while ((n = read(outfd, chunk, sizeof(chunk))) > 0)
			buf_add(chart, chunk, (size_t)n);
		if (n < 0) {
			err_set(e, "cannot read gnuplot's chart: %s", strerror(errno));
			goto out;
		}
	}
	rc = 0;
out:
	if (outfd >= 0)
		close(outfd);
	if (tmp.len)
		unlink(tmp.data);
	if (fa_init)
		posix_spawn_file_actions_destroy(&fa);
	if (pipefd[0] >= 0)
		close(pipefd[0]);
	if (pipefd[1] >= 0)
		close(pipefd[1]);
	if (errfd >= 0)
		close(errfd);
	buf_free(&script);
	buf_free(&tmp);
	buf_free(&errtext);
	return rc;
}
