/*
 * CSV for spreadsheets, through libcsv: RFC 4180 quoting, text cells that
 * could run as formulas neutralized (OWASP CSV injection), numbers written
 * in full and never in scientific notation. Also reads CSV back.
 */
#ifndef MTRACK_CSVOUT_H
#define MTRACK_CSVOUT_H

#include <stddef.h>
#include <stdio.h>

#include "buf.h"
#include "util.h"

struct csvout {
	FILE *f;
	int cells;  /* cells written in the current row */
	int failed; /* a write failed */
};

/* Starts writing CSV to `f`; with `bom`, a UTF-8 byte order mark first so
 * that Excel opens Chinese text correctly. */
void csvout_begin(struct csvout *c, FILE *f, int bom);

/* Appends a text cell: quoted when it must be, a leading = + - @ tab or CR
 * defused with a leading apostrophe (and a leading apostrophe doubled, so
 * that reading the cell back is not ambiguous). NULL is an empty cell. */
void csvout_text(struct csvout *c, const char *s);

/* Appends a number cell in full decimal notation (392000000000, 23.7). */
void csvout_number(struct csvout *c, double v);

/* Appends an empty cell. */
void csvout_empty(struct csvout *c);

/* Ends the row (CRLF, as RFC 4180 asks). */
void csvout_end_row(struct csvout *c);

/* Flushes; returns -1 when any write failed. */
int csvout_finish(struct csvout *c);

/* The text a cell written by csvout_text() holds: its defusing
 * apostrophe taken off ('=1+1 is =1+1, ''a is 'a). Points into `cell`. */
const char *csvin_text(const char *cell);

/* Reads a whole CSV text, calling `fn` once per record with its fields
 * (NUL-terminated, valid until fn returns) and the 1-based line number the
 * record starts on. A leading UTF-8 BOM is skipped. Returns 0, -1 with
 * `e` set on malformed CSV, or the first non-zero value fn returned. */
int csvin_parse(const char *text, size_t len,
		int (*fn)(char **fields, size_t n, long line, void *ctx), void *ctx, struct errmsg *e);

#endif
