/*
 * PCRE2 wrapper (see rx.h): compile once, match many times, JIT-compile
 * what is matched often. Only this file includes pcre2.h. A binary may
 * bring its patterns compiled at build time (rx_cache_use()): they are
 * decoded, not compiled, and a run starts sooner.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "banned.h"

/* How many matches a pattern is interpreted for before it is compiled to
 * machine code. JIT-compiling the lexers' patterns up front took half the
 * run of a one-line extract (a large alternation costs a millisecond and
 * more); an interpreted match of the large alternations costs some
 * thousands of instructions, the compile about a million, so a pattern
 * pays for it after a hundred matches or so. At 256 the interpreted
 * matches were 5% of a 3 MB extract; at 64 a long text saves most of
 * that, and a short report's still never compiles them (at 32 a call
 * transcript of 60 KB paid 20% more). */
#ifndef RX_JIT_AFTER
#define RX_JIT_AFTER 64
#endif

/* TIER_LATER: an RX_LATER pattern not compiled yet; TIER_BROKEN: one
 * that would not compile when it was. */
enum { TIER_LATER, TIER_COUNTING, TIER_JIT, TIER_INTERPRETED, TIER_BROKEN };

/* Each pattern is compiled twice: JIT code cannot honour PCRE2_ANCHORED
 * given at match time (PCRE2 falls back to its much slower interpreter),
 * so anchored matches use a copy compiled anchored. The interpreted codes
 * never change once compiled, so they are matched from several threads
 * without a lock; they, and the JIT-compiled copies of them, are made
 * once under `lock` and published through `tier`. */
struct rx {
	char *pattern; /* kept until compiled (RX_LATER) */
	const struct rx_cached *cached; /* or its codes, made at build time */
	int flags;
	pcre2_code *code;
	pcre2_code *anchored;
	pcre2_code *jit_code, *jit_anchored; /* set before tier becomes TIER_JIT */
	atomic_int tier;
	atomic_uint matches; /* while TIER_COUNTING */
	pthread_mutex_t lock;
};

/* The flags that change what a pattern compiles to: a cached pattern is
 * found by its text and these. */
#define CACHE_FLAGS (RX_CASELESS | RX_EXTENDED | RX_ANCHORED)
#define FIRST_FLAGS (RX_CASELESS | RX_EXTENDED)

/* The patterns compiled at build time (rx_cache_use()), and, in the
 * generator, the patterns noted for rx_cache_write(). Both are set before
 * any thread starts. */
static const struct rx_cache *cache;
static int recording;
struct noted {
	char *pattern;
	int flags;
	int first, codes; /* asked for its first bytes, compiled */
};
static struct noted *noted;
static size_t nnoted, capnoted;

uint64_t rx_cache_hash(const char *pattern)
{
	size_t n = strlen(pattern);
	uint64_t h = 14695981039346656037ULL ^ n, w;
	const char *s = pattern;
	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 1099511628211ULL;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w) * 1099511628211ULL;
	return h ^ (h >> 29);
}

void rx_cache_use(const struct rx_cache *c)
{
	cache = c;
}

void rx_cache_record(void)
{
	recording = 1;
}

/* The cache's entry for `pattern` with `flags`, or NULL. */
static const struct rx_cached *cached(const char *pattern, int flags)
{
	if (!cache || !cache->n)
		return NULL;
	uint64_t h = rx_cache_hash(pattern);
	size_t lo = 0, hi = cache->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cache->items[mid].hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < cache->n && cache->items[lo].hash == h; lo++)
		if (cache->items[lo].flags == flags && !strcmp(cache->items[lo].pattern, pattern))
			return &cache->items[lo];
	return NULL;
}

/* Notes `pattern` for the generator: asked for its first bytes, or compiled. */
static void note(const char *pattern, int flags, int first)
{
	if (!recording)
		return;
	size_t i = 0;
	while (i < nnoted && (noted[i].flags != flags || strcmp(noted[i].pattern, pattern)))
		i++;
	if (i == nnoted) {
		GROW(noted, capnoted, nnoted + 1);
		noted[nnoted++] = (struct noted){ xstrdup(pattern), flags, 0, 0 };
	}
	if (first)
		noted[i].first = 1;
	else
		noted[i].codes = 1;
}

static uint32_t options(int flags)
{
	uint32_t opts = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RX_EXTENDED)
		opts |= PCRE2_EXTENDED;
	return opts;
}

/* Decodes the codes `c` holds into rx->code (unless RX_ANCHORED) and
 * rx->anchored. Returns 0, or -1 when this PCRE2 cannot read them. */
static int decode_codes(struct rx *rx, const struct rx_cached *c)
{
	pcre2_code *codes[2] = { NULL, NULL };
	int32_t want = rx->flags & RX_ANCHORED ? 1 : 2;
	/* shorter than PCRE2's header (magic, version, configuration, count):
	 * no codes at all */
	if (c->codes_len < 4 * sizeof(uint32_t) || pcre2_serialize_get_number_of_codes(c->codes) != want ||
	    pcre2_serialize_decode(codes, want, c->codes, NULL) != want)
		return -1;
	rx->code = want == 2 ? codes[0] : NULL;
	rx->anchored = codes[want - 1];
	return 0;
}

/* Compiles `pattern` into rx->code (unless RX_ANCHORED) and rx->anchored.
 * Returns 0, or -1 with `e` filled. */
static int compile_codes(struct rx *rx, const char *pattern, struct errmsg *e)
{
	const struct rx_cached *c = rx->cached ? rx->cached : cached(pattern, rx->flags & CACHE_FLAGS);
	if (c && decode_codes(rx, c) == 0)
		return 0;
	uint32_t opts = options(rx->flags);
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code = NULL, *anchored = NULL;
	if (!(rx->flags & RX_ANCHORED))
		code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &errcode, &erroff, NULL);
	if (code || (rx->flags & RX_ANCHORED))
		anchored = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts | PCRE2_ANCHORED,
					 &errcode, &erroff, NULL);
	if (!anchored) {
		pcre2_code_free(code);
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		size_t from = erroff > 40 ? erroff - 40 : 0;
		return err_set(e, "bad pattern at offset %zu (near '%.60s'): %s", (size_t)erroff, pattern + from,
			       (char *)msg);
	}
	rx->code = code;
	rx->anchored = anchored;
	return 0;
}

/* A JIT-compiled copy of `code`, or NULL when JIT is unavailable. */
static pcre2_code *jit_copy(const pcre2_code *code)
{
	pcre2_code *c = pcre2_code_copy(code);
	if (c && pcre2_jit_compile(c, PCRE2_JIT_COMPLETE) != 0) {
		pcre2_code_free(c);
		c = NULL;
	}
	return c;
}

/* Moves `rx` on: an RX_LATER pattern to compiled, a compiled one from
 * counting to JIT code, or, where JIT is unavailable, to the interpreter
 * for good (it gives the same answers). Returns the tier it is on. */
static int tier_up(struct rx *rx)
{
	pthread_mutex_lock(&rx->lock);
	int tier = atomic_load_explicit(&rx->tier, memory_order_acquire);
	if (tier == TIER_LATER) {
		tier = compile_codes(rx, rx->pattern ? rx->pattern : rx->cached->pattern, NULL) == 0 ? TIER_COUNTING
												     : TIER_BROKEN;
		free(rx->pattern);
		rx->pattern = NULL;
	} else if (tier == TIER_COUNTING) {
		pcre2_code *c = NULL, *a = jit_copy(rx->anchored);
		if (a && rx->code && !(c = jit_copy(rx->code))) {
			pcre2_code_free(a);
			a = NULL;
		}
		rx->jit_code = c;
		rx->jit_anchored = a;
		tier = a ? TIER_JIT : TIER_INTERPRETED;
	}
	atomic_store_explicit(&rx->tier, tier, memory_order_release);
	pthread_mutex_unlock(&rx->lock);
	return tier;
}

/* The tier of `rx`, compiled first when it was not yet. */
static int compiled(const struct rx *rx)
{
	struct rx *r = (struct rx *)rx; /* its tier changes, not what it matches */
	int tier = atomic_load_explicit(&r->tier, memory_order_acquire);
	return tier == TIER_LATER ? tier_up(r) : tier;
}

struct rx *rx_compile(const char *pattern, int flags, struct errmsg *e)
{
	struct rx *rx = xcalloc(1, sizeof(*rx));
	rx->flags = flags;
	atomic_init(&rx->matches, 0);
	pthread_mutex_init(&rx->lock, NULL);
	note(pattern, flags & CACHE_FLAGS, 0);
	if (flags & RX_LATER) {
		/* a cached pattern's text is the cache's */
		if (!(rx->cached = cached(pattern, flags & CACHE_FLAGS)))
			rx->pattern = xstrdup(pattern);
		atomic_init(&rx->tier, TIER_LATER);
		return rx;
	}
	if (compile_codes(rx, pattern, e) < 0) {
		pthread_mutex_destroy(&rx->lock);
		free(rx);
		return NULL;
	}
	atomic_init(&rx->tier, TIER_COUNTING);
	if (RX_JIT_AFTER == 0)
		tier_up(rx);
	return rx;
}

/* rx_first_bytes() of PCRE2's own analysis. */
static int first_bytes(const char *pattern, int flags, unsigned char map[256])
{
	uint32_t opts = options(flags);
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &errcode, &erroff, NULL);
	if (!code)
		return -1;
	const uint8_t *bitmap = NULL;
	uint32_t first = 0, firstcu = 0;
	pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
	pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &first);
	pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &firstcu);
	for (int b = 0; b < 256; b++) {
		if (first == 1)
			map[b] = (uint32_t)b == firstcu ||
				 ((opts & PCRE2_CASELESS) && b < 128 && (uint32_t)(b ^ 0x20) == firstcu && ((b | 0x20) >= 'a' && (b | 0x20) <= 'z'));
		else if (bitmap)
			map[b] = (bitmap[b / 8] >> (b % 8)) & 1;
		else
			map[b] = 1;
	}
	pcre2_code_free(code);
	return 0;
}

/* rx_first_bytes() as a bitmap: bit b of first[b / 8]. */
static int first_bits(const char *pattern, int flags, unsigned char first[32])
{
	const struct rx_cached *c = cached(pattern, flags & FIRST_FLAGS);
	if (c && c->has_first) {
		memcpy(first, c->first, 32);
		return 0;
	}
	note(pattern, flags & FIRST_FLAGS, 1);
	unsigned char map[256];
	if (first_bytes(pattern, flags, map) < 0)
		return -1;
	memset(first, 0, 32);
	for (int b = 0; b < 256; b++)
		first[b / 8] |= (unsigned char)(map[b] << (b % 8));
	return 0;
}

int rx_first_bytes(const char *pattern, int flags, unsigned char map[256])
{
	unsigned char first[32];
	if (first_bits(pattern, flags, first) < 0)
		return -1;
	for (int b = 0; b < 256; b++)
		map[b] = (first[b / 8] >> (b % 8)) & 1;
	return 0;
}

/* Appends `s` as a C string literal: every byte outside printable ASCII,
 * and the ones C gives meaning to (a '?' may open a trigraph), escaped. */
static void add_c_string(struct buf *out, const char *s)
{
	buf_addc(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\' || *p == '?') {
			buf_addc(out, '\\');
			buf_addc(out, (char)*p);
		} else if (*p < 0x20 || *p >= 0x7f) {
			buf_printf(out, "\\%03o", *p);
		} else {
			buf_addc(out, (char)*p);
		}
	}
	buf_addc(out, '"');
}

static int noted_by_hash(const void *a, const void *b)
{
	uint64_t x = rx_cache_hash(((const struct noted *)a)->pattern);
	uint64_t y = rx_cache_hash(((const struct noted *)b)->pattern);
	return x < y ? -1 : x > y;
}

int rx_cache_write(struct buf *out, const char *name, struct errmsg *e)
{
	qsort(noted, nnoted, sizeof(*noted), noted_by_hash);
	for (size_t i = 0; i < nnoted; i++) {
		if (!noted[i].codes)
			continue;
		struct rx rx = { .flags = noted[i].flags };
		if (compile_codes(&rx, noted[i].pattern, e) < 0)
			return -1;
		const pcre2_code *codes[2] = { rx.code ? rx.code : rx.anchored, rx.anchored };
		uint8_t *bytes = NULL;
		PCRE2_SIZE size = 0;
		int32_t rc = pcre2_serialize_encode(codes, rx.code ? 2 : 1, &bytes, &size, NULL);
		pcre2_code_free(rx.code);
		pcre2_code_free(rx.anchored);
		if (rc < 0)
			return err_set(e, "cannot serialize pattern %zu (error %d)", i, (int)rc);
		buf_printf(out, "static const unsigned char codes_%zu[%zu] = {", i, (size_t)size);
		for (PCRE2_SIZE k = 0; k < size; k++)
			buf_printf(out, "%s%u,", k % 24 ? "" : "\n\t", bytes[k]);
		buf_adds(out, "\n};\n\n");
		pcre2_serialize_free(bytes);
	}
	buf_printf(out, "static const struct rx_cached rx_items[] = {\n");
	for (size_t i = 0; i < nnoted; i++) {
		unsigned char map[256], first[32] = { 0 };
		if (noted[i].first) {
			if (first_bytes(noted[i].pattern, noted[i].flags, map) < 0)
				return err_set(e, "bad pattern %zu", i);
			for (int b = 0; b < 256; b++)
				first[b / 8] |= (unsigned char)(map[b] << (b % 8));
		}
		buf_printf(out, "\t{ %#llxULL, ", (unsigned long long)rx_cache_hash(noted[i].pattern));
		add_c_string(out, noted[i].pattern);
		buf_printf(out, ",\n\t  %d, %d, {", noted[i].flags, noted[i].first);
		for (int k = 0; k < 32; k++)
			buf_printf(out, "%s%u", k ? "," : "", first[k]);
		if (noted[i].codes)
			buf_printf(out, "}, codes_%zu, sizeof(codes_%zu) },\n", i, i);
		else
			buf_adds(out, "}, 0, 0 },\n");
	}
	buf_printf(out, "};\n\nconst struct rx_cache %s = { rx_items, sizeof(rx_items) / sizeof(rx_items[0]) };\n", name);
	for (size_t i = 0; i < nnoted; i++)
		free(noted[i].pattern);
	free(noted);
	noted = NULL;
	nnoted = capnoted = 0;
	recording = 0;
	return 0;
}

int rx_set_has(const struct rx_set *s, size_t i)
{
	return i < RX_SET_MAX && (s->bits[i / 64] >> (i % 64)) & 1;
}

int rx_group_by_first_byte(const char *const *pats, size_t n, int flags, struct rx_set *sets, size_t max,
			   unsigned char group_of[256], struct errmsg *e)
{
	struct rx_set starts[256];
	if (n > RX_SET_MAX)
		return err_set(e, "too many patterns to group (%zu)", n);
	memset(starts, 0, sizeof(starts));
	for (size_t i = 0; i < n; i++) {
		unsigned char first[32];
		if (first_bits(pats[i], flags, first) < 0)
			return err_set(e, "bad pattern %zu: %s", i, pats[i]);
		for (int k = 0; k < 32; k++)
			for (unsigned bits = first[k]; bits; bits &= bits - 1)
				starts[8 * k + __builtin_ctz(bits)].bits[i / 64] |= (uint64_t)1 << (i % 64);
	}
	/* the digits share one group: the patterns that open on one digit
	 * mostly open on any, and ten copies of them would cost ten times
	 * the compiling for little gain in matching */
	for (int b = '1'; b <= '9'; b++)
		for (size_t w = 0; w < RX_SET_MAX / 64; w++)
			starts['0'].bits[w] |= starts[b].bits[w];
	for (int b = '1'; b <= '9'; b++)
		starts[b] = starts['0'];
	size_t groups = 0;
	for (int b = 0; b < 256; b++) {
		group_of[b] = 0;
		int empty = 1;
		for (size_t w = 0; w < RX_SET_MAX / 64; w++)
			empty &= !starts[b].bits[w];
		if (empty)
			continue;
		/* runs of bytes (letters, digits, lead bytes) mostly share a set */
		if (b && group_of[b - 1] && !memcmp(&sets[group_of[b - 1] - 1], &starts[b], sizeof(sets[0]))) {
			group_of[b] = group_of[b - 1];
			continue;
		}
		size_t g = 0;
		while (g < groups && memcmp(&sets[g], &starts[b], sizeof(sets[g])))
			g++;
		if (g == groups) {
			if (groups == max || groups >= 255)
				return err_set(e, "more than %zu groups of patterns", max);
			sets[groups++] = starts[b];
		}
		group_of[b] = (unsigned char)(g + 1);
	}
	return (int)groups;
}

void rx_free(struct rx *rx)
{
	if (!rx)
		return;
	free(rx->pattern);
	pcre2_code_free(rx->code);
	pcre2_code_free(rx->anchored);
	pcre2_code_free(rx->jit_code);
	pcre2_code_free(rx->jit_anchored);
	pthread_mutex_destroy(&rx->lock);
	free(rx);
}

void rx_match_init(struct rx_match *m, const struct rx *rx)
{
	memset(m, 0, sizeof(*m));
	/* a pattern that would not compile never matches: any vector does */
	if (compiled(rx) == TIER_BROKEN)
		m->data = pcre2_match_data_create(RX_MAX_GROUPS, NULL);
	else
		m->data = pcre2_match_data_create_from_pattern(rx->code ? rx->code : rx->anchored, NULL);
	if (!m->data) {
		fputs("mtrack: out of memory\n", stderr);
		abort();
	}
}

void rx_match_free(struct rx_match *m)
{
	if (m->data)
		pcre2_match_data_free(m->data);
	m->data = NULL;
}

int rx_find(const struct rx *rx, const char *text, size_t len, size_t from,
	    int anchored, struct rx_match *m)
{
	if (from > len)
		return 0;
	struct rx *r = (struct rx *)rx; /* its tier changes, not what it matches */
	int tier = compiled(rx);
	if (tier == TIER_BROKEN || (!anchored && !rx->code))
		return -1; /* or compiled RX_ANCHORED, asked for a search */
	if (tier == TIER_COUNTING &&
	    atomic_fetch_add_explicit(&r->matches, 1, memory_order_relaxed) + 1 >= RX_JIT_AFTER)
		tier = tier_up(r);
	int rc;
	if (tier == TIER_JIT)
		/* the JIT fast path skips pcre2_match()'s checks, which cost more
		 * than the short anchored matches the lexers make */
		rc = pcre2_jit_match(anchored ? rx->jit_anchored : rx->jit_code, (PCRE2_SPTR)text, len, from, 0,
				     m->data, NULL);
	else
		rc = pcre2_match(anchored ? rx->anchored : rx->code, (PCRE2_SPTR)text, len, from,
				 PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT, m->data, NULL);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return -1;
	/* PCRE2 sets every pair it does not fill to PCRE2_UNSET, so its vector
	 * is used as it stands rather than copied */
	m->ovec = pcre2_get_ovector_pointer(m->data);
	m->groups = (int)pcre2_get_ovector_count(m->data);
	m->mark = (const char *)pcre2_get_mark(m->data);
	return 1;
}

int rx_group_number(const struct rx *rx, const char *name)
{
	if (compiled(rx) == TIER_BROKEN)
		return -1;
	int n = pcre2_substring_number_from_name(rx->anchored, (PCRE2_SPTR)name);
	return n < 0 ? -1 : n;
}

int rx_has(const struct rx_match *m, int g)
{
	return g >= 0 && g < m->groups && m->ovec[2 * g] != RX_UNSET;
}
