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

/* The sha256 of data[0..len) in lower-case hex. */
void reportin_sha256(const void *data, size_t len, char out[65]);

#endif
