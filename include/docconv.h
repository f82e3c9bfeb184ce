/*
 * Reports as they arrive: the bytes of a file turned into UTF-8 text.
 * The kind is told by content, not by the file name: PDF (%PDF-, text taken
 * by pdftotext -layout), HTML (parsed by libxml2: scripts, styles and page
 * chrome dropped, blocks on lines of their own, table rows one per line),
 * UTF-16 (a byte order mark), UTF-8, else GB18030 when it decodes cleanly;
 * anything else is refused with the offset of the first bad byte.
 */
#ifndef MTRACK_DOCCONV_H
#define MTRACK_DOCCONV_H

#include <stddef.h>

#include "util.h"

struct doc_text {
	char *text;        /* UTF-8, NUL-terminated; owned */
	size_t len;
	char kind[32];     /* what the input was: UTF-8, GB18030, UTF-16LE, HTML, PDF ... */
	int pages;         /* PDF: page count (pages are separated by form feeds) */
};

/* Converts data[0..len) (the file `name`, for messages). `encoding` (an
 * iconv name) overrides detection for plain text; NULL detects. Returns 0,
 * or -1 with a message naming the file and, for bad bytes, the offset. */
int docconv_to_utf8(const char *name, const char *data, size_t len, const char *encoding, struct doc_text *out,
		    struct errmsg *e);

void docconv_free(struct doc_text *d);

/* Whether a file whose first bytes are head[0..len) is plain UTF-8 text,
 * which docconv_to_utf8() passes through as it is (past a UTF-8 byte order
 * mark, whose length it leaves in *skip): not a PDF, not HTML, no UTF-16
 * mark, UTF-8 as far as it goes (a character cut by the head's end is
 * not held against it), and `encoding` NULL or UTF-8. Such a text can be
 * read a piece at a time. */
int docconv_plain_utf8(const char *head, size_t len, const char *encoding, size_t *skip);

/* The page (from 1) holding byte `offset` of a converted PDF's text. */
int docconv_page_at(const char *text, size_t offset);

#endif
