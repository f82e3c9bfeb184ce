/*
 * Small shared helpers: allocation that never returns NULL, error messages
 * carried back to the CLI, whole-file reading and number formatting.
 */
#ifndef MTRACK_UTIL_H
#define MTRACK_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* A byte span [start, end) of a text. */
struct span {
	size_t start, end;
};

/* An error message on its way up to the CLI layer, which prints it. */
struct errmsg {
	char text[1024];
};

/* Formats `fmt` into `e` (when `e` is not NULL) and returns -1, so that a
 * failing function can `return err_set(e, ...)`. */
int err_set(struct errmsg *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* malloc/calloc/realloc/strdup that abort the program on exhaustion: there
 * is nothing sensible to do without memory, and it spares every caller a
 * NULL check. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grows `*arr` (holding `*cap` elements of `size` bytes) so that it can hold
 * at least `need` elements. */
void grow_array(void **arr, size_t *cap, size_t need, size_t size);
#define GROW(arr, cap, need) grow_array((void **)&(arr), &(cap), (need), sizeof(*(arr)))

/* Reads the whole of `path` ("-" is standard input) into `*out` (NUL-terminated;
 * you own it, free(3) it) and its length into `*len`. */
int read_file(const char *path, char **out, size_t *len, struct errmsg *e);

/* The size of a buffer that holds any number format_number() writes (the
 * longest: a subnormal's 17 digits after 323 zeros). */
#define NUMBER_MAX 352

/* Formats `v` in full decimal notation, never scientific, with the fewest
 * digits that read back (strtod) as exactly `v` (392000000000, 23.7, -0.5,
 * 0.30000000000000004) into `out`; "" for a NaN or an infinity. It never
 * cuts a number short: when outlen is below what it needs (NUMBER_MAX is
 * always enough), it writes "". */
void format_number(double v, char *out, size_t outlen);

/* `v` rounded to `digits` significant decimal digits (1..17): what a value
 * computed from a figure with that many digits (312.1 * 1e8) was meant to
 * be, the noise of binary arithmetic (31210000000.000004) taken off. */
double round_significant(double v, int digits);

/* Parses a decimal number; returns 0 on success, -1 when `s` is not wholly a
 * finite number. */
int parse_double(const char *s, double *out);

/* Parses a whole base-10 integer; returns 0 on success, -1 otherwise. */
int parse_long(const char *s, long *out);

/* The offset of the first ASCII digit in s[from..len), or len. Eight bytes
 * at a time: the lexers look for numbers through long stretches of text. */
size_t find_digit(const char *s, size_t from, size_t len);

/* Copies the NUL-terminated `src` into dst[0..size), cutting it if it is
 * longer, always terminating it (size > 0). Cheaper than snprintf("%s"). */
void copy_str(char *dst, size_t size, const char *src);

/* Case-insensitive ASCII comparison. */
int ascii_casecmp(const char *a, const char *b);

/* True when `s` is a valid YYYY-MM-DD calendar date from 1900 on. */
int is_iso_date(const char *s);

/* Where the word `w` first occurs in t[s..e) (its offset in t), ASCII case
 * folded when `caseless`; SIZE_MAX when nowhere. */
size_t span_find(const char *t, size_t s, size_t e, const char *w, int caseless);

/* Whether the word `w` occurs in t[s..e), ASCII case folded when
 * `caseless`. */
int span_contains(const char *t, size_t s, size_t e, const char *w, int caseless);

/* Whether the word t[s..e) is one of list[0..n), ASCII case folded; no
 * copy of it is made, and the first bytes are compared first. */
int span_in_list(const char *t, size_t s, size_t e, const char *const *list, size_t n);

/* Whether t[s..e) ends on a word in lower case, set after a space, that is
 * one of list[0..n): a line broken off where its sentence goes on ("... of",
 * "... the year ended"). */
int span_ends_on_word(const char *t, size_t s, size_t e, const char *const *list, size_t n);

/* Writes today's UTC date (YYYY-MM-DD) into `out` (11 bytes). */
void today_utc(char out[11]);

/* Writes the current UTC time (YYYY-MM-DDTHH:MM:SSZ) into `out` (21 bytes). */
void now_utc(char out[21]);

/* Writes data[0..len) to `path` whole or not at all: into a file beside it
 * (see open_beside), then renamed over it. Returns 0, or -1 naming the
 * file in `e`. */
int write_file(const char *path, const char *data, size_t len, struct errmsg *e);

/* Creates a new file beside `target` ("target.tmp-XXXXXX", its name put in
 * `*tmp`) to be renamed over `target` once complete, so that readers never
 * see half a file. Unlike mkstemp(3)'s 0600, it gets the permissions a new
 * file would get (0666 less the umask): a chart or a CSV is meant to be
 * read by others. Returns the open descriptor, or -1 with errno set and
 * `*tmp` empty. */
struct buf;
int open_beside(const char *target, struct buf *tmp);

#endif
