/*
 * The one place PCRE2 is touched: patterns compiled once (UTF, with JIT)
 * and matched over byte buffers. A compiled pattern may be shared; a
 * struct rx_match is per caller, so scanning stays reentrant.
 */
#ifndef MTRACK_RX_H
#define MTRACK_RX_H

#include <stddef.h>

#include "util.h"

struct rx;

enum {
	RX_CASELESS = 1,  /* ASCII letters match either case */
	RX_EXTENDED = 2,  /* whitespace and # comments in the pattern are ignored */
};

/* Compiles `pattern` (UTF-8) with JIT. Returns NULL and fills `e` when the
 * pattern is invalid. Release with rx_free(). */
struct rx *rx_compile(const char *pattern, int flags, struct errmsg *e);

/* Fills map[b] with 1 for every byte `pattern` (compiled with `flags`) can
 * start a match with, as PCRE2's start-up analysis knows it; every byte
 * when it cannot tell. Returns 0, or -1 for an invalid pattern. */
int rx_first_bytes(const char *pattern, int flags, unsigned char map[256]);

/* Releases a compiled pattern; NULL is allowed. */
void rx_free(struct rx *rx);

/* The result of one match: group i spans [ovec[2i], ovec[2i+1]), or
 * RX_UNSET for a group that did not take part. `mark` is the (*MARK:name)
 * the match passed last, or NULL. */
#define RX_UNSET ((size_t)-1)
#define RX_MAX_GROUPS 160
struct rx_match {
	const size_t *ovec; /* PCRE2's own vector: valid until the next match */
	int groups;
	const char *mark;
	void *data; /* PCRE2 match data, owned */
};

/* Prepares `m` for matches of `rx`. Release with rx_match_free(). */
void rx_match_init(struct rx_match *m, const struct rx *rx);
void rx_match_free(struct rx_match *m);

/* Finds the first match of `rx` in text[0..len) at or after `from`.
 * Returns 1 when found (with `m` filled), 0 when not, -1 on a matching
 * error such as a resource limit. With `anchored`, the match must start at
 * `from`. */
int rx_find(const struct rx *rx, const char *text, size_t len, size_t from,
	    int anchored, struct rx_match *m);

/* The number of a named group, or -1. */
int rx_group_number(const struct rx *rx, const char *name);

/* True when group `g` took part in the last match. */
int rx_has(const struct rx_match *m, int g);

#endif
