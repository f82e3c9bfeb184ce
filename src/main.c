/*
 * mtrack's entry point: global options, the command table and exit codes.
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "embedded.h"
#include "rx.h"
#include "wordtrie.h"
#include "reportin.h"
#include "period.h"
#include "banned.h"

extern const char usage_init[], usage_info[], usage_extract[], usage_add[], usage_series[],
	usage_history[], usage_conflicts[], usage_check[], usage_reports[], usage_report[],
	usage_retract[], usage_restore[], usage_export[], usage_import[], usage_plot[], usage_lexicon[],
	usage_log[], usage_reextract[], usage_redate[], usage_reject[], usage_accept[], usage_copy[];

static const struct command commands[] = {
	{ "init", cmd_init, usage_init, "create or upgrade the store" },
	{ "info", cmd_info, usage_info, "show the store's path, schema version and counts" },
	{ "add", cmd_add, usage_add, "add reports to the store" },
	{ "extract", cmd_extract, usage_extract, "extract facts from a report without storing them" },
	{ "series", cmd_series, usage_series, "one metric of one entity over periods" },
	{ "history", cmd_history, usage_history, "every value ever reported for one fact" },
	{ "export", cmd_export, usage_export, "write facts as CSV for spreadsheets" },
	{ "import", cmd_import, usage_import, "read facts from CSV as a report" },
	{ "plot", cmd_plot, usage_plot, "draw trend charts with gnuplot" },
	{ "conflicts", cmd_conflicts, usage_conflicts, "facts whose reports disagree" },
	{ "check", cmd_check, usage_check, "changes that contradict levels, scale slips" },
	{ "reports", cmd_reports, usage_reports, "list the reports in the store" },
	{ "report", cmd_report, usage_report, "show one report and its facts" },
	{ "retract", cmd_retract, usage_retract, "withdraw a report from every view" },
	{ "restore", cmd_restore, usage_restore, "undo a retraction" },
	{ "redate", cmd_redate, usage_redate, "correct a report's date and read it again" },
	{ "reextract", cmd_reextract, usage_reextract, "read stored reports again with today's lexicon" },
	{ "reject", cmd_reject, usage_reject, "take one wrong fact out of every view" },
	{ "accept", cmd_accept, usage_accept, "undo a rejection" },
	{ "lexicon", cmd_lexicon, usage_lexicon, "list and extend entities, metrics and aliases" },
	{ "log", cmd_log, usage_log, "every change made to the store, with time, who and why" },
	{ "copy", cmd_copy, usage_copy, "copy a whole history into a new store (SQLite or PostgreSQL)" },
};

/* The commands that create the store when it does not exist; the others
 * fail on a missing store rather than answer from an empty one. */
static const char *const creating[] = { "init", "add", "import", NULL };

const struct command *cli_find_command(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static const char main_env[] =
	"The store is --db PATH, else $MTRACK_DB, else $XDG_DATA_HOME/mtrack/mtrack.db\n"
	"(~/.local/share/mtrack/mtrack.db). --db may come anywhere on the line.\n"
	"A store a team shares is in PostgreSQL: --db postgresql://USER@HOST/DBNAME (or\n"
	"postgres://..., or service=NAME from pg_service.conf), in schema --schema NAME\n"
	"(else $MTRACK_SCHEMA, else mtrack); the password from ~/.pgpass or $PGPASSWORD.\n"
	"'mtrack help COMMAND' shows a command's options.\n"
	"A report held whole (import; add of a text of four windows or less; add and extract\n"
	"of standard input, PDF, HTML or a text not in UTF-8) over $MTRACK_MAX_FILE_SIZE bytes\n"
	"(default 512M) or with a line over $MTRACK_MAX_LINE_LENGTH bytes (default 64M) is\n"
	"refused; K, M and G suffixes are read.\n"
	"extract and add read a long text $MTRACK_WINDOW bytes at a time (default 256K, at\n"
	"least 64K): the facts are the same whatever it is; it bounds the memory they take.\n";

static void main_usage(FILE *f)
{
	fputs("usage: mtrack [--db PATH|URL] [--schema NAME] COMMAND [ARGS]\n"
	      "       mtrack --help | --version | help COMMAND\n\n"
	      "Builds a versioned metric history from research reports and earnings releases.\n\n"
	      "Commands:\n",
	      f);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputc('\n', f);
	fputs(main_env, f);
}

/* ---- the manual page, written from the usage texts above ---- */

static const char man_head[] =
	".TH MTRACK 1 \"" MTRACK_VERSION "\" \"mtrack\" \"User Commands\"\n"
	".SH NAME\nmtrack \\- build a versioned metric history from research reports\n"
	".SH SYNOPSIS\n.B mtrack\n[\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n.br\n"
	".B mtrack\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR | \\fBhelp\\fR \\fICOMMAND\\fR\n"
	".SH DESCRIPTION\n.B mtrack\n"
	"reads reports (Chinese sell-side research, English earnings releases, news),\n"
	"extracts the dated metric statements they make, normalizes them (entity,\n"
	"metric, period in the company's fiscal calendar, value in base units, yoy and\n"
	"qoq changes, qualifiers, actual or estimate) and keeps them in a versioned\n"
	"SQLite store in which every report is a version with provenance down to the\n"
	"sentence.\n"
	".PP\nThe global option \\fB\\-\\-db\\fR \\fIPATH\\fR names the store; it may come anywhere\n"
	"on the line. A mistyped command or option is answered with the nearest one.\n"
	".SH COMMANDS\n"
	"Each command's text below is what \\fBmtrack help\\fR \\fICOMMAND\\fR prints.\n";

static const char man_tail[] =
	".SH EXAMPLES\n"
	".nf\n"
	"mtrack add reports/\n"
	"mtrack series 微软 未完成订单 \\-\\-from FY2025Q1\n"
	"mtrack series microsoft rpo \\-\\-as\\-of 2025\\-11\\-10 \\-\\-format csv\n"
	"mtrack history microsoft rpo FY2026Q1\n"
	"mtrack conflicts \\-\\-format jsonl\n"
	"mtrack plot azure:operating_margin aws:operating_margin \\-\\-calendar \\-o margins.png\n"
	"mtrack plot \\-\\-dashboard microsoft \\-o microsoft.png\n"
	"COLUMNS=100 mtrack plot microsoft:rpo \\-\\-with\\-yoy\n"
	"mtrack export \\-\\-wide \\-\\-period\\-type quarter \\-o history.csv\n"
	"mtrack export \\-o history.xlsx\n"
	"mtrack export | head \\-1\n"
	".fi\n"
	".SH FILES\n"
	".TP\n.I $XDG_DATA_HOME/mtrack/mtrack.db\n"
	"The default store (\\fI~/.local/share/mtrack/mtrack.db\\fR without XDG_DATA_HOME): an\n"
	"SQLite database holding the reports, every value they stated and the lexicon.\n"
	".TP\n.I /usr/share/bash-completion/completions/mtrack\nbash completion.\n"
	".TP\n.I /usr/share/zsh/vendor-completions/_mtrack\nzsh completion.\n"
	".SH ENVIRONMENT\n"
	".TP\n.B MTRACK_DB\nThe store, when \\fB\\-\\-db\\fR is not given.\n"
	".TP\n.B XDG_DATA_HOME\nThe store is $XDG_DATA_HOME/mtrack/mtrack.db when neither is given.\n"
	".TP\n.B MTRACK_GNUPLOT\nThe gnuplot program to run (default: gnuplot on PATH).\n"
	".TP\n.BR COLUMNS \", \" LINES\nThe size of a chart drawn in the terminal (else the terminal's own).\n"
	".SH EXIT STATUS\n"
	"0 on success; 1 when the command failed (for \\fBadd\\fR, when any file\n"
	"failed; for \\fBcheck\\fR and \\fBconflicts\\fR, when they list anything; for any\n"
	"command, when its output could not be written); 2 for a usage error.\n"
	"A closed pipe (\\fBmtrack export | head\\fR) is not an error.\n";

/* Writes `s`, its characters beyond ASCII as roff's \[uXXXX], so groff
 * reads the page whatever its input encoding. */
static void man_out(FILE *f, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		unsigned cp = *p, extra = 0;
		if (cp < 0x80) {
			fputc((int)*p++, f);
			continue;
		}
		if (cp >= 0xF0)
			cp &= 0x07, extra = 3;
		else if (cp >= 0xE0)
			cp &= 0x0F, extra = 2;
		else
			cp &= 0x1F, extra = 1;
		p++;
		for (; extra && (*p & 0xC0) == 0x80; extra--)
			cp = cp << 6 | (*p++ & 0x3F);
		fprintf(f, "\\[u%04X]", cp);
	}
}

/* Text as roff: backslashes and dashes escaped, no line read as a request. */
static void man_text(FILE *f, const char *s)
{
	struct buf b = BUF_INIT;
	int bol = 1;
	for (; *s; s++) {
		if (bol && (*s == '.' || *s == '\''))
			buf_adds(&b, "\\&");
		if (*s == '\\')
			buf_adds(&b, "\\e");
		else if (*s == '-')
			buf_adds(&b, "\\-");
		else
			buf_addc(&b, *s);
		bol = *s == '\n';
	}
	man_out(f, buf_str(&b));
	buf_free(&b);
}

static void man_page(FILE *f)
{
	fputs(man_head, f);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		fprintf(f, ".SS %s\n", commands[i].name);
		man_text(f, commands[i].summary);
		fputs(".PP\n.nf\nmtrack [\\-\\-db PATH|URL] ", f);
		man_text(f, commands[i].usage);
		fputs(".fi\n", f);
	}
	man_out(f, man_tail);
}

/* ---- options: --db anywhere, near misses named ---- */

/* Finds the --name options a usage text mentions, and whether each takes
 * a value (--kind K, --format table|jsonl: one space, then the value). */
struct optinfo {
	char name[32];
	int value;
};

static size_t usage_options(const char *usage, struct optinfo *out, size_t cap)
{
	size_t n = 0;
	for (const char *p = strstr(usage, "--"); p; p = strstr(p, "--")) {
		p += 2;
		size_t len = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789-");
		if (!len || len >= sizeof(out->name))
			continue;
		const char *after = p + len;
		int value = *after == '=' || (after[0] == ' ' && after[1] && !strchr(" |[-\n", after[1]));
		size_t k = 0;
		while (k < n && (strlen(out[k].name) != len || strncmp(out[k].name, p, len)))
			k++;
		if (k == n) {
			if (n == cap)
				break;
			snprintf(out[n].name, sizeof(out[n].name), "%.*s", (int)len, p);
			out[n++].value = value;
		} else {
			out[k].value |= value;
		}
		p = after;
	}
	return n;
}

/* Checks every --option given to command `c` against its usage text: an
 * unknown one with a near namesake is a usage error naming it. Unknown
 * ones with no namesake are left to the command's own parser. */
static int check_options(const struct command *c, int argc, char **argv)
{
	struct optinfo opts[64];
	size_t n = usage_options(c->usage, opts, ARRAY_SIZE(opts));
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--"))
			break;
		if (strncmp(a, "--", 2) || !a[2])
			continue;
		size_t len = strcspn(a + 2, "=");
		/* getopt takes an unambiguous prefix too */
		int known = 0, takes = 0;
		for (size_t k = 0; k < n; k++)
			if (!strncmp(opts[k].name, a + 2, len)) {
				if (strlen(opts[k].name) == len) {
					known = 1;
					takes = opts[k].value;
					break;
				}
				known = 1;
				takes |= opts[k].value;
			}
		if (known) {
			if (takes && !a[2 + len])
				i++;
			continue;
		}
		const char *names[64];
		char given[64];
		for (size_t k = 0; k < n; k++)
			names[k] = opts[k].name;
		snprintf(given, sizeof(given), "%.*s", (int)len, a + 2);
		const char *near = cli_suggest(given, names, n);
		if (near) {
			cli_error("unknown option '--%s' for '%s'; did you mean '--%s'?", given, c->name, near);
			cli_usage_hint(c);
			return -1;
		}
	}
	return 0;
}

/* Takes --db PATH (or --db=PATH) and --schema NAME out of the line
 * wherever they stand before "--". Returns the new argument count, -1
 * when --db has no path, -2 when --schema has no name. */
/* A byte count from the environment: digits, then K, M or G. 0 when the
 * variable is unset; -1 when it is not such a count. */
static int env_bytes(const char *name, size_t *out)
{
	const char *v = getenv(name);
	*out = 0;
	if (!v || !*v)
		return 0;
	static const struct {
		char suffix;
		int shift;
	} units[] = { { 'K', 10 }, { 'k', 10 }, { 'M', 20 }, { 'm', 20 }, { 'G', 30 }, { 'g', 30 } };
	size_t n = 0, i = 0;
	for (; v[i] >= '0' && v[i] <= '9'; i++) {
		if (n > (SIZE_MAX - 9) / 10)
			return -1;
		n = n * 10 + (size_t)(v[i] - '0');
	}
	if (!i || !n)
		return -1;
	if (v[i]) {
		int shift = -1;
		for (size_t k = 0; k < ARRAY_SIZE(units); k++)
			if (v[i] == units[k].suffix && !v[i + 1])
				shift = units[k].shift;
		if (shift < 0 || n > SIZE_MAX >> shift)
			return -1;
		n <<= shift;
	}
	*out = n;
	return 0;
}

static int take_global(int argc, char **argv, struct cli *cli)
{
	int w = 0, rest = 0;
	for (int i = 0; i < argc; i++) {
		if (!rest && !strcmp(argv[i], "--")) {
			rest = 1;
		} else if (!rest && !strcmp(argv[i], "--db")) {
			if (i + 1 >= argc)
				return -1;
			cli->db_opt = argv[++i];
			continue;
		} else if (!rest && !strncmp(argv[i], "--db=", 5)) {
			cli->db_opt = argv[i] + 5;
			continue;
		} else if (!rest && !strcmp(argv[i], "--schema")) {
			if (i + 1 >= argc)
				return -2;
			cli->schema_opt = argv[++i];
			continue;
		} else if (!rest && !strncmp(argv[i], "--schema=", 9)) {
			cli->schema_opt = argv[i] + 9;
			continue;
		}
		argv[w++] = argv[i];
	}
	argv[w] = NULL;
	return w;
}

/* ---- standard output: a closed pipe is the reader's choice, a full
 * disk is an error ---- */

static int reader_gone(int err)
{
	if (err == EPIPE)
		return 1;
	struct pollfd p = { STDOUT_FILENO, POLLOUT, 0 };
	return poll(&p, 1, 0) == 1 && (p.revents & POLLERR);
}

static int finish_output(int rc)
{
	errno = 0;
	int failed = fflush(stdout) != 0;
	int err = errno;
	if (!failed && !ferror(stdout))
		return rc;
	if (reader_gone(err))
		return rc;
	/* the failed write may be long past: an empty write asks again
	 * (/dev/full answers ENOSPC) */
	if (!err && write(STDOUT_FILENO, "", 0) < 0)
		err = errno;
	if (err)
		cli_error("cannot write to standard output: %s", strerror(err));
	else
		cli_error("cannot write to standard output");
	return EXIT_FAIL;
}

static int run(int argc, char **argv)
{
	struct cli cli = { NULL, NULL, "mtrack", 0, 0 };
	argc = take_global(argc, argv, &cli);
	if (argc == -2) {
		cli_error("--schema needs a name");
		cli_usage_hint(NULL);
		return EXIT_USAGE;
	}
	if (argc < 0) {
		cli_error("--db needs a path");
		cli_usage_hint(NULL);
		return EXIT_USAGE;
	}
	int i = 1;
	while (i < argc && argv[i][0] == '-' && argv[i][1]) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			main_usage(stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--version")) {
			printf("mtrack %s (schema %d)\n", MTRACK_VERSION, store_latest_version());
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--man")) {
			/* the build writes doc/mtrack.1 with this */
			man_page(stdout);
			return EXIT_OK;
		}
		if (!strcmp(argv[i], "--commands")) {
			/* for the shell completions */
			for (size_t k = 0; k < ARRAY_SIZE(commands); k++)
				printf("%s\n", commands[k].name);
			return EXIT_OK;
		}
		static const char *const globals[] = { "db", "schema", "help", "version" };
		const char *near = argv[i][1] == '-' ? cli_suggest(argv[i] + 2, globals, ARRAY_SIZE(globals)) : NULL;
		if (near)
			cli_error("unknown option '%s'; did you mean '--%s'?", argv[i], near);
		else
			cli_error("unknown option '%s'", argv[i]);
		cli_usage_hint(NULL);
		return EXIT_USAGE;
	}
	if (i >= argc) {
		main_usage(stderr);
		return EXIT_USAGE;
	}
	/* an empty --db would fall back to the default store unseen */
	if (cli.db_opt && !*cli.db_opt) {
		cli_error("--db needs a path, not an empty one");
		return EXIT_USAGE;
	}
	static const char *const limits[] = { "MTRACK_MAX_FILE_SIZE", "MTRACK_MAX_LINE_LENGTH" };
	size_t limit[2];
	for (size_t k = 0; k < ARRAY_SIZE(limits); k++)
		if (env_bytes(limits[k], &limit[k]) < 0) {
			cli_error("bad %s '%s' (want a byte count such as 300M)", limits[k], getenv(limits[k]));
			return EXIT_USAGE;
		}
	reportin_set_limits(limit[0], limit[1]);
	if (env_bytes("MTRACK_WINDOW", &cli.window) < 0) {
		cli_error("bad MTRACK_WINDOW '%s' (want a byte count such as 256K)", getenv("MTRACK_WINDOW"));
		return EXIT_USAGE;
	}
	const char *names[ARRAY_SIZE(commands) + 1];
	for (size_t k = 0; k < ARRAY_SIZE(commands); k++)
		names[k] = commands[k].name;
	names[ARRAY_SIZE(commands)] = "help";
	const char *name = argv[i];
	const char *want = name;
	if (!strcmp(name, "help")) {
		if (i + 1 >= argc) {
			main_usage(stdout);
			return EXIT_OK;
		}
		want = argv[i + 1];
	}
	const struct command *c = cli_find_command(want);
	if (!c) {
		const char *near = cli_suggest(want, names, ARRAY_SIZE(commands) + (want == name));
		if (near)
			cli_error("unknown command '%s'; did you mean '%s'?", want, near);
		else
			cli_error("unknown command '%s'", want);
		cli_usage_hint(NULL);
		return EXIT_USAGE;
	}
	if (want != name) {
		cli_usage(stdout, c);
		return EXIT_OK;
	}
	for (int k = i + 1; k < argc; k++) {
		if (!strcmp(argv[k], "--"))
			break;
		if (!strcmp(argv[k], "--help") || !strcmp(argv[k], "-h")) {
			cli_usage(stdout, c);
			return EXIT_OK;
		}
	}
	if (check_options(c, argc - i, argv + i) < 0)
		return EXIT_USAGE;
	cli.may_create = cli_one_of(c->name, creating);
	optind = 1;
	opterr = 0;
	return c->run(argc - i, argv + i, &cli);
}

int main(int argc, char **argv)
{
	/* a closed pipe (mtrack series ... | head) is not an error to report:
	 * writes fail with EPIPE instead, and finish_output() tells them apart */
	signal(SIGPIPE, SIG_IGN);
	/* the extractor's patterns were compiled and its word tries built
	 * when mtrack was built */
	rx_cache_use(&embedded_rx);
	wordtrie_cache_use(&embedded_tries);
	return finish_output(run(argc, argv));
}
