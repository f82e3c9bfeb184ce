/*
 * Reading a report: its bytes and their sha256 (what makes a re-add a
 * duplicate), a check that it is UTF-8 (with the offset of the first bad
 * byte), its title (the first non-empty line) and its date (given, found
 * in its first lines, or the file's modification time).
 */
#ifndef MTRACK_REPORTIN_H
#define MTRACK_REPORTIN_H

#include <stddef.h>

#include "util.h"

struct report_input {
	char *data;          /* the text as UTF-8, NUL-terminated; owned */
	size_t len;
	char sha256[65];     /* of the file's bytes, as given */
	char *title;         /* owned */
	char date[11];       /* YYYY-MM-DD */
	const char *date_source; /* "option", "text" or "mtime" */
	char encoding[32];   /* what the file was: UTF-8, GB18030, BIG5-HKSCS, UTF-16LE, HTML (UTF-8), PDF */
	int pages;           /* a PDF's page count; its pages are separated by form feeds */
	long size;
};

/* What reportin_load() takes, set far above any real report: a file of
 * more bytes, or a line of more bytes in its UTF-8 text, is refused with a
 * message naming the limit and how to raise it (MTRACK_MAX_FILE_SIZE,
 * MTRACK_MAX_LINE_LENGTH: main.c reads them). */
#define REPORTIN_MAX_FILE_DEFAULT ((size_t)512 << 20)
#define REPORTIN_MAX_LINE_DEFAULT ((size_t)64 << 20)

/* Sets the limits for the loads that follow (0 restores a default). Call
 * it before any load starts: loads on other threads read them unlocked. */
void reportin_set_limits(size_t max_file, size_t max_line);

/* Loads `path` ("-" for standard input), whatever it is (PDF, HTML,
 * UTF-8, UTF-16, GB18030, Big5: see docconv.h; `encoding`, when not NULL,
 * names the text encoding). A file that is not UTF-8 and has no byte order
 * mark has its encoding told by libuchardet; when it cannot be told for
 * sure the load fails with a message naming the likely encodings and
 * --encoding, rather than reading the file garbled. `date` and `title`, when not NULL, override what the
 * text says. Returns 0, or -1 with a message that names the file (and the
 * byte offset of a bad byte). */
int reportin_load(const char *path, const char *date, const char *title, const char *encoding,
		  struct report_input *out, struct errmsg *e);

void reportin_free(struct report_input *r);

/* A plain UTF-8 text read a piece at a time, so that a long one is never
 * held whole (see reportin_open()). */
struct report_reader {
	int fd;
	char *name;       /* for messages; owned */
	char *buf;        /* buf[0..len): read and not consumed yet; owned */
	size_t len, cap;
	int eof;          /* nothing more to read */
	size_t offset;    /* where buf[0] stands in the text */
	long long hashed_size, hashed_mtime; /* the file as reportin_hash() read it */
};

/* Opens `path` to be read a piece at a time when it is plain UTF-8 text
 * (see docconv_plain_utf8()); standard input and other files are loaded
 * whole by reportin_load(). The text's head gives `in` its title and date
 * as reportin_load() would; in->data stays NULL and in->sha256 empty.
 * Returns 1 for such a text (read it with reportin_fill()), 0 for a file
 * to load whole (nothing is kept open), -1 with `e` naming the file. */
int reportin_open(const char *path, const char *date, const char *title, const char *encoding,
		  struct report_input *in, struct report_reader *r, struct errmsg *e);

/* Reads until r->buf holds at least `want` bytes or the text ends
 * (r->eof). Returns 0, or -1 with `e` naming the file. */
int reportin_fill(struct report_reader *r, size_t want, struct errmsg *e);

/* Drops the first n bytes r->buf holds (read and done with). */
void reportin_consume(struct report_reader *r, size_t n);

/* The sha256 of the whole file `r` reads (its bytes as given, a byte
 * order mark included, as reportin_load() hashes them), read a piece at a
 * time beside r's own reading, which it leaves where it was. Returns 0, or
 * -1 with `e` naming the file. */
int reportin_hash(struct report_reader *r, char out[65], struct errmsg *e);

/* After the text is read: 0 when the file is as reportin_hash() found it
 * (its size and modification time), -1 with `e` saying that it changed
 * while it was read (its hash would not name what was read). */
int reportin_unchanged(struct report_reader *r, struct errmsg *e);

void reportin_close(struct report_reader *r);

/* Finds a publication date (日期:2026-01-22, 发布时间:2025年10月30日,
 * Published: January 22, 2026) in the first lines of text[0..len). Writes
 * YYYY-MM-DD into out and returns 0, or -1 when there is none. */
int reportin_find_date(const char *text, size_t len, char out[11]);

/* Finds the date a report was written on in its first lines when no key
 * names it: a line that is a date (2025年11月13日, November 19, 2025, 5:00
 * PM ET), a byline or header holding one (中金公司研究部 2025年8月30日,
 * By A. Writer | November 5, 2025), a dateline (SANTA CLARA, Calif., Nov.
 * 19, 2025 -). Not a date that ends a period (the quarter ended ...), nor
 * a range of days. Writes YYYY-MM-DD into out and returns 0, or -1. */
int reportin_find_dateline(const char *text, size_t len, char out[11]);

/* The sha256 of data[0..len) in lower-case hex. Returns 0, or -1 with `e`
 * filled when it cannot be worked out (no libcrypto). */
int reportin_sha256(const void *data, size_t len, char out[65], struct errmsg *e);

#endif
