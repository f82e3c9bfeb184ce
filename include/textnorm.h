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

/* A stretch of the normalized text that maps back in one piece: a copy
 * of the original (byte for byte from `orig`), or the output of folding the
 * one character at `orig` (all its bytes map there). */
struct textnorm_seg {
	uint32_t norm;   /* where the stretch starts in the normalized text */
	uint32_t orig;   /* and in the original */
	uint32_t folded; /* 1 for a folded character, 0 for a copy */
};

struct textnorm {
	char *text;     /* normalized UTF-8, NUL-terminated; owned */
	size_t len;
	/* in order of `norm`; the last one, a copy at (len, original length),
	 * ends the map. Most text is copied, so a map by stretch is small
	 * where one entry per byte would be four times the text. Owned. */
	struct textnorm_seg *segs;
	size_t nsegs;
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

/* The original byte offset of normalized offset `off` (off <= t->len;
 * larger offsets give the original length). */
size_t textnorm_orig(const struct textnorm *t, size_t off);

/* The columns the UTF-8 string `s` takes in a terminal: 2 for each wide
 * (CJK) character, 1 for others. Bytes that are not UTF-8 count 1. */
size_t textnorm_display_width(const char *s);

#endif
