/*
 * gnuplot charts (see plot.h).
 */
#include <errno.h>
#include <fcntl.h>
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
	buf_addc(b, '\'');
	for (const unsigned char *c = (const unsigned char *)(s ? s : ""); *c; c++) {
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

static int terminal_line(const char *t, struct buf *b, struct errmsg *e)
{
	if (!strcmp(t, "png"))
		buf_adds(b, "pngcairo size 1200,720 noenhanced font '" CJK_FONT ",11'");
	else if (!strcmp(t, "svg"))
		buf_adds(b, "svg size 1200,720 dynamic noenhanced font '" CJK_FONT ",11'");
	else if (!strcmp(t, "pdf"))
		buf_adds(b, "pdfcairo size 10in,6in noenhanced font '" CJK_FONT ",10'");
	else if (!strcmp(t, "dumb"))
		buf_adds(b, "dumb size 110,32");
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

static int build(const struct plot_spec *spec, const char *output, struct buf *out, struct errmsg *e)
{
	const char *tpl = template_text("trend");
	if (!tpl)
		return err_set(e, "the plot template 'trend' is missing from this build");
	struct buf term = BUF_INIT, outp = BUF_INIT, title = BUF_INIT, xtics = BUF_INIT, ylabel = BUF_INIT;
	struct buf foot = BUF_INIT, y2 = BUF_INIT, data = BUF_INIT, plot = BUF_INIT, xmax = BUF_INIT;
	struct buf boxw = BUF_INIT, xrot = BUF_INIT;
	int rc = terminal_line(spec->terminal, &term, e);
	if (rc < 0)
		goto out;
	if (output) {
		buf_adds(&outp, "set output ");
		quote_path(&outp, output);
	} else {
		buf_adds(&outp, "# output: standard output");
	}
	plot_quote(&title, spec->title);
	plot_quote(&ylabel, spec->ylabel);
	plot_quote(&foot, spec->footnote);
	for (size_t i = 0; i < spec->nx; i++) {
		if (i)
			buf_adds(&xtics, ", ");
		plot_quote(&xtics, spec->xlabels[i]);
		buf_printf(&xtics, " %zu", i);
	}
	buf_printf(&xmax, "%zu.5", spec->nx ? spec->nx - 1 : 0);
	/* a few labels fit level; many are turned to stay readable */
	buf_adds(&xrot, spec->nx > 10 ? "rotate by 45 right" : "offset 0,-0.3");
	size_t nbars = 0;
	for (size_t k = 0; k < spec->nseries; k++)
		nbars += spec->series[k].bars;
	buf_printf(&boxw, "%.3f", nbars ? 0.8 / (double)nbars : 0.5);
	if (spec->y2label) {
		buf_adds(&y2, "set y2tics nomirror\nset y2label ");
		plot_quote(&y2, spec->y2label);
		buf_adds(&y2, " noenhanced\nset format y2 '%.4g'\nset y2range [*<0:*]\n");
	}
	size_t bar_index = 0;
	int first = 1;
	/* bars first, so the lines are drawn over them */
	for (size_t pass = 0; pass < 2 * spec->nseries; pass++) {
		size_t k = pass % spec->nseries;
		const struct plot_series *s = &spec->series[k];
		if ((pass < spec->nseries) != (s->bars != 0))
			continue;
		for (int est = 0; est < 2; est++) {
			size_t count = 0;
			for (size_t i = 0; i < s->n; i++)
				count += s->points[i].estimate == est;
			if (!count)
				continue;
			buf_printf(&data, "$s%zu%s << EOD\n", k, est ? "e" : "a");
			for (size_t i = 0; i < s->n; i++) {
				if (s->points[i].estimate != est)
					continue;
				char num[64];
				format_number(s->points[i].value, num, sizeof(num));
				double x = s->points[i].x;
				if (s->bars)
					x += -0.4 + (0.8 / (double)nbars) * ((double)bar_index + 0.5);
				buf_printf(&data, "%.4f %s\n", x, num);
			}
			buf_adds(&data, "EOD\n");
			if (!first)
				buf_adds(&plot, ", \\\n     ");
			first = 0;
			buf_printf(&plot, "$s%zu%s using 1:2 axes x1%s ", k, est ? "e" : "a", s->y2 ? "y2" : "y1");
			if (s->bars)
				buf_printf(&plot, "with boxes lc %zu%s", k + 1, est ? " fs pattern 4" : "");
			else if (est)
				buf_printf(&plot, "with linespoints lc %zu dt 2 pt 6 ps 1.4 lw 2", k + 1);
			else
				buf_printf(&plot, "with linespoints lc %zu dt 1 pt 7 ps 1.2 lw 2", k + 1);
			buf_adds(&plot, " title ");
			if (est) {
				struct buf t = BUF_INIT;
				buf_printf(&t, "%s (estimate)", s->title);
				plot_quote(&plot, t.data);
				buf_free(&t);
			} else {
				plot_quote(&plot, s->title);
			}
		}
		if (s->bars)
			bar_index++;
	}
	if (first) {
		rc = err_set(e, "nothing to plot");
		goto out;
	}
	const struct {
		const char *slot;
		const struct buf *value;
	} slots[] = {
		{ "@TERMINAL@", &term }, { "@OUTPUT@", &outp }, { "@TITLE@", &title }, { "@XTICS@", &xtics },
		{ "@XMAX@", &xmax },     { "@YLABEL@", &ylabel }, { "@FOOTNOTE@", &foot }, { "@Y2@", &y2 },
		{ "@DATA@", &data },     { "@PLOT@", &plot },  { "@BOXWIDTH@", &boxw }, { "@XROTATE@", &xrot },
	};
	for (const char *p = tpl; *p;) {
		int hit = 0;
		for (size_t i = 0; i < ARRAY_SIZE(slots) && !hit; i++) {
			size_t n = strlen(slots[i].slot);
			if (!strncmp(p, slots[i].slot, n)) {
				buf_adds(out, buf_str(slots[i].value));
				p += n;
				hit = 1;
			}
		}
		if (!hit)
			buf_addc(out, *p++);
	}
out:
	buf_free(&term);
	buf_free(&outp);
	buf_free(&title);
	buf_free(&xtics);
	buf_free(&ylabel);
	buf_free(&foot);
	buf_free(&y2);
	buf_free(&data);
	buf_free(&plot);
	buf_free(&xmax);
	buf_free(&boxw);
	buf_free(&xrot);
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

int plot_run(const struct plot_spec *spec, struct errmsg *e)
{
	struct buf script = BUF_INIT, tmp = BUF_INIT, errtext = BUF_INIT;
	int rc = -1, errfd = -1, pipefd[2] = { -1, -1 };
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
	rc = 0;
out:
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
