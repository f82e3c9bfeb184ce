/*
 * PCRE2 wrapper (see rx.h): compile with JIT once, match many times. Only
 * this file includes pcre2.h.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "banned.h"

/* Each pattern is compiled twice: JIT code cannot honour PCRE2_ANCHORED
 * given at match time (PCRE2 falls back to its much slower interpreter),
 * so anchored matches use a copy compiled anchored. */
struct rx {
	pcre2_code *code;
	pcre2_code *anchored;
	int jit; /* both compiled to machine code: use the JIT fast path */
};

struct rx *rx_compile(const char *pattern, int flags, struct errmsg *e)
{
	uint32_t opts;
	int errcode;
	PCRE2_SIZE erroff;
	opts = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RX_EXTENDED)
		opts |= PCRE2_EXTENDED;
	pcre2_code *code = NULL, *anchored = NULL;
	if (!(flags & RX_ANCHORED))
		code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &errcode, &erroff, NULL);
	if (code || (flags & RX_ANCHORED))
		anchored = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts | PCRE2_ANCHORED,
					 &errcode, &erroff, NULL);
	if (!anchored) {
		pcre2_code_free(code);
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		size_t from = erroff > 40 ? erroff - 40 : 0;
		err_set(e, "bad pattern at offset %zu (near '%.60s'): %s", (size_t)erroff, pattern + from,
			(char *)msg);
		return NULL;
	}
	/* JIT is an optimization: where it is unavailable the interpreter
	 * gives the same answers, so a failure here is not an error. */
	int jit = (!code || pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0) &&
		  pcre2_jit_compile(anchored, PCRE2_JIT_COMPLETE) == 0;
	struct rx *rx = xmalloc(sizeof(*rx));
	rx->code = code;
	rx->anchored = anchored;
	rx->jit = jit;
	return rx;
}

int rx_first_bytes(const char *pattern, int flags, unsigned char map[256])
{
	uint32_t opts = PCRE2_UTF | PCRE2_NO_UTF_CHECK;
	int errcode;
	PCRE2_SIZE erroff;
	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & RX_EXTENDED)
		opts |= PCRE2_EXTENDED;
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
		unsigned char map[256];
		if (rx_first_bytes(pats[i], flags, map) < 0)
			return err_set(e, "bad pattern %zu: %s", i, pats[i]);
		for (int b = 0; b < 256; b++)
			if (map[b])
				starts[b].bits[i / 64] |= (uint64_t)1 << (i % 64);
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
	pcre2_code_free(rx->code);
	pcre2_code_free(rx->anchored);
	free(rx);
}

void rx_match_init(struct rx_match *m, const struct rx *rx)
{
	memset(m, 0, sizeof(*m));
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
	const pcre2_code *code = anchored ? rx->anchored : rx->code;
	if (!code)
		return -1; /* compiled RX_ANCHORED, asked for a search */
	/* the JIT fast path skips pcre2_match()'s checks, which cost more than
	 * the short anchored matches the lexers make */
	int rc = rx->jit ? pcre2_jit_match(code, (PCRE2_SPTR)text, len, from, 0, m->data, NULL)
			 : pcre2_match(code, (PCRE2_SPTR)text, len, from, PCRE2_NO_UTF_CHECK, m->data, NULL);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0)
		return -1;
	/* PCRE2 sets every pair it does not fill to PCRE2_UNSET, so its vector
	 * is used as it stands rather than copied */
	m->ovec = pcre2_get_ovector_pointer(m->data);
	m->groups = (int)pcre2_get_ovector_count(m->data);
	(void)rc;
	m->mark = (const char *)pcre2_get_mark(m->data);
	return 1;
}

int rx_group_number(const struct rx *rx, const char *name)
{
	int n = pcre2_substring_number_from_name(rx->anchored, (PCRE2_SPTR)name);
	return n < 0 ? -1 : n;
}

int rx_has(const struct rx_match *m, int g)
{
	return g >= 0 && g < m->groups && m->ovec[2 * g] != RX_UNSET;
}
