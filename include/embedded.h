/*
 * Files embedded into the binary at build time by cmake/embed.cmake: the
 * store's migrations and the gnuplot templates.
 */
#ifndef MTRACK_EMBEDDED_H
#define MTRACK_EMBEDDED_H

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

/* The migrations in ascending version order. */
extern const struct embedded_migration embedded_migrations[];

/* The plot templates, by name. */
extern const struct embedded_file embedded_plots[];

#endif
