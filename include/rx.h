/*
 * The one place PCRE2 is touched: patterns compiled once (UTF) and matched
 * over byte buffers, interpreted at first and compiled to machine code
 * (JIT) once they have been matched often enough to repay it. A compiled
 * pattern may be shared between threads; a struct rx_match is per caller,
 * so scanning stays reentrant.
 */
#ifndef MTRACK_RX_H
#define MTRACK_RX_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "util.h"

struct rx;

enum {
	RX_CASELESS = 1,  /* ASCII letters match either case */
	RX_EXTENDED = 2,  /* whitespace and # comments in the pattern are ignored */
	RX_ANCHORED = 4,  /* only ever matched anchored: compiled once, not twice */
	RX_LATER = 8,     /* compiled when first matched (see rx_compile()) */
};

/* Compiles `pattern` (UTF-8); JIT compilation waits for its matches.
 * Returns NULL and fills `e` when the pattern is invalid. Release with
 * rx_free(). With RX_LATER the pattern is only copied, and compiled when
 * it is first matched (or rx_match_init() or rx_group_number() needs it):
 * for the many patterns a lexer makes and a short text never tries, each
 * made of parts that compiled already (rx_first_bytes() read them), so
 * that it cannot fail; if it does all the same, rx_find() returns -1. */
struct rx *rx_compile(const char *pattern, int flags, struct errmsg *e);

/* Fills map[b] with 1 for every byte `pattern` (compiled with `flags`) can
 * start a match with, as PCRE2's start-up analysis knows it; every byte
 * when it cannot tell. Returns 0, or -1 for an invalid pattern. */
int rx_first_bytes(const char *pattern, int flags, unsigned char map[256]);

/* A set of up to RX_SET_MAX alternatives, by index. */
#define RX_SET_MAX 256
struct rx_set {
	uint64_t bits[RX_SET_MAX / 64];
};

/* Whether alternative i is in the set. */
int rx_set_has(const struct rx_set *s, size_t i);

/* Groups the alternatives pats[0..n) (n <= RX_SET_MAX) by the bytes they
 * can start with, so that each place in a text is tried against only the
 * ones that can match there: an anchored alternation tries every branch in
 * turn. The ten digits count as one byte. sets[g] gets the alternatives of
 * group g, and group_of[b] gets 1 + g for the group that can start on byte
 * b, or 0 when none can. Returns the number of groups, or -1 with `e`
 * filled when a pattern is bad or there would be more than `max` groups. */
int rx_group_by_first_byte(const char *const *pats, size_t n, int flags, struct rx_set *sets, size_t max,
			   unsigned char group_of[256], struct errmsg *e);

/* A pattern worked on at build time (tools/scangen.c): its text and flags
 * (RX_CASELESS, RX_EXTENDED, RX_ANCHORED), the bytes it can start with
 * (bit b of `first`, when `has_first`), and its PCRE2 codes as
 * pcre2_serialize_encode(3) writes them (`codes`, `codes_len` bytes: the
 * code and the anchored copy, the anchored one alone for RX_ANCHORED;
 * none when codes_len is 0). `hash` is rx_cache_hash() of the pattern;
 * the table is sorted by it. */
struct rx_cached {
	uint64_t hash;
	const char *pattern;
	int flags;
	int has_first;
	unsigned char first[32];
	const unsigned char *codes;
	size_t codes_len;
};

struct rx_cache {
	const struct rx_cached *items;
	size_t n;
};

/* The hash rx_cached.hash holds: of the pattern's bytes, eight at a time
 * (the same on the machine that builds as on the one that runs). */
uint64_t rx_cache_hash(const char *pattern);

/* From now on rx_compile() and rx_first_bytes() take what they are asked
 * for from `cache` when it holds it, rather than compile it: a run's
 * start then costs no PCRE2 compile. What the cache lacks, or what this
 * PCRE2 cannot decode (another version), is compiled as before, with the
 * same results. Call it before any pattern is compiled and any thread is
 * started; the cache must outlive every pattern. NULL stops using one. */
void rx_cache_use(const struct rx_cache *cache);

/* From now on every pattern rx_compile() and rx_first_bytes() are given
 * is noted, for rx_cache_write(). For the generator only. */
void rx_cache_record(void);

/* Appends to `out` the C source of `const struct rx_cache NAME` holding
 * every pattern noted since rx_cache_record(), compiled and analysed. The
 * file it goes to includes rx.h. Returns 0, or -1 with `e` filled. */
int rx_cache_write(struct buf *out, const char *name, struct errmsg *e);

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
