/*
 * Files embedded into the binary at build time by cmake/embed.cmake: the
 * store's migrations (for each backend) and the gnuplot templates; the
 * default lexicon, the rows those migrations leave in a new store, written
 * as C tables by tools/lexgen.c; and the extractor's patterns compiled and
 * word tries built, by tools/scangen.c.
 */
#ifndef MTRACK_EMBEDDED_H
#define MTRACK_EMBEDDED_H

#include "lexicon.h"
#include "rx.h"
#include "wordtrie.h"

/* One migrations/NNNN_name.sql file. Tables end with an all-zero entry. */
struct embedded_migration {
	int version;
	const char *name;
	const char *sql;
};

/* One plots/NAME.gp file. */
struct embedded_file {
	const char *name;
	const char *text;
};

/* The migrations in ascending version order: SQLite's (migrations/) and
 * PostgreSQL's (migrations/pg/), which have the same versions with the
 * same meaning. */
extern const struct embedded_migration embedded_migrations[];
extern const struct embedded_migration embedded_pg_migrations[];

/* The plot templates, by name. */
extern const struct embedded_file embedded_plots[];

/* The default lexicon's rows (lexicon_from_tables() compiles them): the
 * lexicon a store has once every migration has run. Linked from
 * mtrackcore, not from the mtrackbase library the generator is built on. */
extern const struct lexicon_tables embedded_lexicon;

/* The patterns numlex and period compile, compiled (for rx_cache_use()),
 * and the tries of the extractor's fixed word lists (for
 * wordtrie_cache_use()). Linked from mtrackcore, like embedded_lexicon. */
extern const struct rx_cache embedded_rx;
extern const struct wordtrie_cache embedded_tries;

#endif
