/*
 * mtrack's entry point: global options, the command table and exit codes.
 */
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "period.h"
#include "reportin.h"
#include "banned.h"

extern const char usage_init[], usage_info[], usage_extract[], usage_add[], usage_series[],
	usage_history[], usage_conflicts[], usage_check[], usage_reports[], usage_report[],
	usage_retract[], usage_restore[], usage_export[], usage_import[], usage_plot[], usage_lexicon[];

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
	{ "lexicon", cmd_lexicon, usage_lexicon, "list and extend entities, metrics and aliases" },
};

const struct command *cli_find_command(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

static void main_usage(FILE *f)
{
	fputs("usage: mtrack [--db PATH] COMMAND [ARGS]\n"
	      "       mtrack --help | --version | help COMMAND\n\n"
	      "Builds a versioned metric history from research reports and earnings releases.\n\n"
	      "Commands:\n",
	      f);
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nThe store is --db PATH, else $MTRACK_DB, else $XDG_DATA_HOME/mtrack/mtrack.db\n"
	      "(~/.local/share/mtrack/mtrack.db). 'mtrack help COMMAND' shows a command's options.\n"
	      "A report file over $MTRACK_MAX_FILE_SIZE bytes (default 512M) or with a line over\n"
	      "$MTRACK_MAX_LINE_LENGTH bytes (default 64M) is refused; K, M and G suffixes are read.\n",
	      f);
}

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

int main(int argc, char **argv)
{
	struct cli cli = { NULL, "mtrack" };
	/* a closed pipe (mtrack series ... | head) is not an error to report */
	signal(SIGPIPE, SIG_IGN);
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
		if (!strcmp(argv[i], "--db")) {
			if (i + 1 >= argc) {
				cli_error("--db needs a path");
				main_usage(stderr);
				return EXIT_USAGE;
			}
			cli.db_opt = argv[i + 1];
			i += 2;
		} else if (!strncmp(argv[i], "--db=", 5)) {
			cli.db_opt = argv[i] + 5;
			i++;
		} else {
			cli_error("unknown option '%s'", argv[i]);
			main_usage(stderr);
			return EXIT_USAGE;
		}
		/* an empty path would fall back to the default store unseen */
		if (!*cli.db_opt) {
			cli_error("--db needs a path, not an empty one");
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		main_usage(stderr);
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
	const char *name = argv[i];
	if (!strcmp(name, "help")) {
		if (i + 1 >= argc) {
			main_usage(stdout);
			return EXIT_OK;
		}
		const struct command *c = cli_find_command(argv[i + 1]);
		if (!c) {
			cli_error("unknown command '%s'", argv[i + 1]);
			main_usage(stderr);
			return EXIT_USAGE;
		}
		cli_usage(stdout, c);
		return EXIT_OK;
	}
	const struct command *c = cli_find_command(name);
	if (!c) {
		cli_error("unknown command '%s'", name);
		main_usage(stderr);
		return EXIT_USAGE;
	}
	for (int k = i + 1; k < argc; k++) {
		if (!strcmp(argv[k], "--"))
			break;
		if (!strcmp(argv[k], "--help") || !strcmp(argv[k], "-h")) {
			cli_usage(stdout, c);
			return EXIT_OK;
		}
	}
	optind = 1;
	opterr = 0;
	return c->run(argc - i, argv + i, &cli);
}
