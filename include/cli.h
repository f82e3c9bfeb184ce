/*
 * The command-line layer: the command table lives in main.c, each command
 * in its own cmd_*.c with its usage text beside it. Only this layer prints
 * messages and chooses exit codes.
 */
#ifndef MTRACK_CLI_H
#define MTRACK_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "fact.h"

#include "lexicon.h"
#include "store.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli {
	const char *db_opt;     /* --db, or NULL */
	const char *schema_opt; /* --schema (a PostgreSQL store's schema), or NULL */
	const char *prog;
	int may_create;         /* the command creates a missing store (init, add, import) */
	size_t window;          /* $MTRACK_WINDOW: the bytes a long text is read in at a time, 0 default */
};

struct command {
	const char *name;
	int (*run)(int argc, char **argv, struct cli *cli);
	const char *usage;      /* first line: synopsis; the rest: details */
	const char *summary;
};

/* Prints "mtrack: <message>" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

struct report_input;
struct fact_list;

/* Warns on stderr about what a user should know of one extracted report:
 * that it was dated by its file's modification time, or that it states
 * numbers but gave no fact (with the command that shows why). */
void cli_report_notes(const char *path, const struct report_input *in, size_t facts, size_t quantities);

/* Prints a command's usage to `f`. */
void cli_usage(FILE *f, const struct command *c);

/* `s` fit for a terminal: tabs and line breaks as spaces, other control
 * characters (C0, DEL, C1; escape sequences' ESC among them) shown as '?',
 * so a title cannot move the cursor or hide what follows. Returns b's
 * text, valid until b changes. */
const char *cli_printable(const char *s, struct buf *b);

/* Appends `path` to *out (grown with realloc; you own it and its strings)
 * or, for a folder, the regular files in it (hidden ones aside), sorted by
 * name, less those `keep(stat, ctx)` refuses (NULL keeps all). An entry that
 * cannot be looked at (a symlink loop, a dangling link) is said on stderr.
 * Returns 0, -1 when the folder cannot be opened, -2 when an entry could
 * not be looked at. "-" (standard input) is kept as it is. */
struct stat;
int cli_expand_path(const char *path, int (*keep)(const struct stat *, const void *), const void *ctx, char ***out,
		    size_t *n, size_t *cap);

/* `s` on one line, for a table or a quoted sentence: its line breaks
 * (a sentence of wrapped lines) and runs of blanks become one space. The
 * caller frees it. */
char *cli_one_line(const char *s);

/* Prints `s` to standard output on one line (cli_one_line()), padded with
 * spaces to `width` terminal columns (Chinese characters take two), then
 * one space. */
void cli_print_cell(const char *s, size_t width);

/* Prints the one-line hint after a usage error: see 'mtrack help CMD'
 * (see 'mtrack --help' when `c` is NULL). */
void cli_usage_hint(const struct command *c);

/* The candidate nearest to a mistyped `word` within a couple of edits (a
 * swap of neighbours is one), or NULL when none is near enough. */
const char *cli_suggest(const char *word, const char *const *cands, size_t n);

/* Output formats; cli_parse_format() accepts those whose bit (1u << format)
 * is in `allowed` and returns the format, or -1. */
enum { CLI_TABLE, CLI_JSON, CLI_JSONL, CLI_CSV, CLI_TEXT };
#define CLI_FORMATS_JSON ((1u << CLI_TABLE) | (1u << CLI_JSON) | (1u << CLI_JSONL))
int cli_parse_format(const char *s, unsigned allowed);

/* A list of JSON objects on standard output: one array (CLI_JSON) or one
 * object per line (CLI_JSONL). cli_list_item() prints `obj` and empties it;
 * cli_list_end() closes the array (an empty one when nothing came). */
struct cli_list {
	int format;
	size_t n;
};
void cli_list_item(struct cli_list *l, struct buf *obj);
void cli_list_end(struct cli_list *l);

/* Reports a usage error for command `c` and returns EXIT_USAGE. */
int cli_bad_usage(const struct command *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Reads the one option of the commands that correct history, --why TEXT,
 * into *why; a command that takes no reason passes why NULL and the option
 * is refused. Leaves optind at the first operand. Returns 0, or the exit
 * code of the usage error it reported. */
int cli_why_option(int argc, char **argv, const struct command *self, const char **why);

/* Reads operand `arg` as the positive id of a `what` ("report",
 * "observation") into *id. Returns 0, or the exit code of the usage error
 * it reported. */
int cli_id_operand(const struct command *self, const char *arg, const char *what, long *id);

/* Opens the store named by --db, $MTRACK_DB or the default path. A store
 * that does not exist is an error (nothing is created) unless the command
 * may create it. Prints the error and returns -1 on failure. */
int cli_open_store(struct cli *cli, struct store **out);

/* The lexicon to extract with: the store's when --db names one (it must
 * exist) or $MTRACK_DB names one that exists, else the default lexicon
 * (embedded_lexicon: the rows a new store holds). */
int cli_load_lexicon(struct cli *cli, struct lexicon **out);


/* A value in human units: "392.0 bn USD", "23.7 %", "+51 %", "1.4 tn". */
void cli_human_value(double v, const char *unit, int is_change, char *out, size_t outlen);

/* Resolves an entity or metric given as id or alias to its id (static
 * storage inside lx). Prints an error and returns NULL when unknown. */
const char *cli_entity_id(const struct lexicon *lx, const char *name);
const char *cli_metric_id(const struct lexicon *lx, const char *name);

/* True when `s` is one of the words in the NULL-terminated list. */
int cli_one_of(const char *s, const char *const *words);

/* The commands. */
int cmd_init(int argc, char **argv, struct cli *cli);
int cmd_info(int argc, char **argv, struct cli *cli);
int cmd_extract(int argc, char **argv, struct cli *cli);
int cmd_add(int argc, char **argv, struct cli *cli);
int cmd_series(int argc, char **argv, struct cli *cli);
int cmd_history(int argc, char **argv, struct cli *cli);
int cmd_conflicts(int argc, char **argv, struct cli *cli);
int cmd_check(int argc, char **argv, struct cli *cli);
int cmd_reports(int argc, char **argv, struct cli *cli);
int cmd_report(int argc, char **argv, struct cli *cli);
int cmd_retract(int argc, char **argv, struct cli *cli);
int cmd_restore(int argc, char **argv, struct cli *cli);
int cmd_export(int argc, char **argv, struct cli *cli);
int cmd_import(int argc, char **argv, struct cli *cli);
int cmd_plot(int argc, char **argv, struct cli *cli);
int cmd_lexicon(int argc, char **argv, struct cli *cli);
int cmd_log(int argc, char **argv, struct cli *cli);
int cmd_reextract(int argc, char **argv, struct cli *cli);
int cmd_redate(int argc, char **argv, struct cli *cli);
int cmd_reject(int argc, char **argv, struct cli *cli);
int cmd_accept(int argc, char **argv, struct cli *cli);
int cmd_copy(int argc, char **argv, struct cli *cli);

/* Looks a command up by name; NULL when unknown. */
const struct command *cli_find_command(const char *name);


/* One row of a series, copied out of the store. */
struct series_row {
	char entity[64], metric[64], kind[8], period_type[12];
	char period_start[11], period_end[11];
	char fiscal_label[24], calendar_label[24];
	char unit[8], qualifier[12], basis[12];
	char report_date[11];
	double value, low, high, resolution;
	int has_range, derived, current, page, superseded, rejected;
	long report_id, obs_id;
	char *sentence, *title, *entity_name, *metric_name; /* owned */
	char *extractor; /* owned; NULL when unknown (and outside history) */
};

struct series_query {
	const char *entity, *metric;  /* ids */
	const char *kind;             /* NULL: every kind */
	const char *as_of, *from, *to;
	const char *known_at;         /* store_parse_time(); NULL: now */
	const char *period_type;      /* NULL: every type */
	const char *basis;            /* one basis only (actual, estimate, guidance, consensus); NULL: all */
	int derive;                   /* add the changes the levels imply */
	int history;                  /* every value, not only the current */
	int everything;               /* with history: superseded and rejected values too */
};

/* The columns every CSV of facts starts with (export, series), and the
 * function that writes them for one observation. */
extern const char *const cli_fact_columns[];
extern const size_t cli_fact_ncolumns;
struct csvout;
void cli_csv_fact(struct csvout *c, const struct obs_row *r);

/* Appends one row as a JSON object (values in base units, full precision). */
void cli_json_row(struct buf *b, const struct series_row *r);

/* The bases a fact may have: actual, and the three kinds of estimate. */
extern const char *const cli_bases[];

/* Fetches a series in time order. Returns 0 with `*rows` (free with
 * cli_series_free()) or -1 after printing the error. */
int cli_series_fetch(struct store *s, const struct series_query *q, struct series_row **rows, size_t *n);
void cli_series_free(struct series_row *rows, size_t n);

/* Turns a period given by a user (FY2026Q1, 2025Q3, 2025, 2025-10,
 * YYYY-MM-DD) into the end date it names for `entity` (calendar year when
 * NULL). Returns 0, or -1 after printing the error. */
int cli_period_end(const struct lexicon *lx, const char *entity, const char *label, char out[11]);

/* Parses --known-at's argument into out (see store_parse_time()). Prints
 * the error and returns -1 when it is bad. */
int cli_known_at(const char *arg, char out[25]);

#endif
