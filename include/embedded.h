/*
 * Files embedded into the binary at build time by cmake/embed.cmake: the
 * store's migrations (for each backend) and the gnuplot templates; and the default lexicon,
 * the rows those migrations leave in a new store, written as C tables by
 * tools/lexgen.c.
 */
#ifndef MTRACK_EMBEDDED_H
#define MTRACK_EMBEDDED_H

#include "lexicon.h"

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

#endif
