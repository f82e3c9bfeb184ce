/*
 * Text normalization: UTF-8 validation and NFKC folding (full-width digits,
 * letters and punctuation become ASCII; Unicode minus signs and dashes
 * become '-'; no-break and ideographic spaces become ' '), keeping a map
 * from every normalized byte back to its byte offset in the original text so
 * that provenance points into the file the user gave.
 */
#ifndef MTRACK_TEXTNORM_H
#define MTRACK_TEXTNORM_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct textnorm {
	char *text;     /* normalized UTF-8, NUL-terminated; owned */
	size_t len;
	uint32_t *map;  /* map[i]: original offset of normalized byte i; map[len] = original length; owned */
};

/* Returns 0 when s[0..len) is valid UTF-8; otherwise -1 with the offset of
 * the first byte of the first invalid sequence in `*bad`. */
int textnorm_check_utf8(const char *s, size_t len, size_t *bad);

/* Normalizes the valid UTF-8 text in[0..len) into `out` (which you release
 * with textnorm_free()). Returns -1 with a message naming the byte offset
 * when the input is not valid UTF-8 or is larger than 4 GiB. */
int textnorm_run(const char *in, size_t len, struct textnorm *out, struct errmsg *e);

/* Releases what textnorm_run() allocated. */
void textnorm_free(struct textnorm *t);

/* The original byte offset of normalized offset `off` (off <= t->len). */
size_t textnorm_orig(const struct textnorm *t, size_t off);

/* The columns the UTF-8 string `s` takes in a terminal: 2 for each wide
 * (CJK) character, 1 for others. Bytes that are not UTF-8 count 1. */
size_t textnorm_display_width(const char *s);

#endif
