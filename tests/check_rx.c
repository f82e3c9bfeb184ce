/* rx: patterns compiled at once or when first matched (RX_LATER), the
 * same matches before and after a pattern is JIT-compiled, from several
 * threads at once; the patterns compiled at build time (embedded_rx) the
 * same as compiled now, and a cache this PCRE2 cannot read ignored. */
#include <pthread.h>

#include "embedded.h"
#include "rx.h"
#include "testutil.h"

static const struct {
	const char *pattern;
	int flags;
	const char *text;
	size_t from;
	int anchored;
	int want;        /* rx_find()'s answer */
	size_t start, end; /* of the match */
	const char *mark;  /* NULL: none */
} finds[] = {
	{ "(?<n>\\d+)\\s*(?:亿|bn)(*:scale)", RX_ANCHORED, "收入 392 亿美元", 7, 1, 1, 7, 14, "scale" },
	{ "(?<n>\\d+)\\s*(?:亿|bn)(*:scale)", RX_ANCHORED | RX_LATER, "收入 392 亿美元", 7, 1, 1, 7, 14, "scale" },
	{ "(?<n>\\d+)\\s*(?:亿|bn)(*:scale)", RX_ANCHORED | RX_LATER, "收入 392 亿美元", 6, 1, 0, 0, 0, NULL },
	{ "fiscal\\s+q([1-4])", RX_CASELESS, "in Fiscal Q3 2025", 0, 0, 1, 3, 12, NULL },
	{ "fiscal\\s+q([1-4])", RX_CASELESS | RX_LATER, "in Fiscal Q3 2025", 0, 0, 1, 3, 12, NULL },
	{ "fiscal\\s+q([1-4])", RX_CASELESS | RX_LATER, "in Fiscal Q3 2025", 0, 1, 0, 0, 0, NULL },
	/* compiled anchored only: a search is an error */
	{ "q([1-4])", RX_ANCHORED | RX_LATER, "Q3", 0, 0, -1, 0, 0, NULL },
	/* a pattern that does not compile, given RX_LATER: never a match */
	{ "(unclosed", RX_LATER, "(unclosed", 0, 1, -1, 0, 0, NULL },
};

START_TEST(test_find)
{
	struct errmsg e;
	struct rx *rx = rx_compile(finds[_i].pattern, finds[_i].flags, &e);
	ck_assert_ptr_nonnull(rx);
	struct rx_match m;
	rx_match_init(&m, rx);
	const char *text = finds[_i].text;
	/* past the count that JIT-compiles it: the same answer each time */
	for (int k = 0; k < 600; k++) {
		int r = rx_find(rx, text, strlen(text), finds[_i].from, finds[_i].anchored, &m);
		ck_assert_int_eq(r, finds[_i].want);
		if (r != 1)
			continue;
		ck_assert_uint_eq(m.ovec[0], finds[_i].start);
		ck_assert_uint_eq(m.ovec[1], finds[_i].end);
		ck_assert_str_eq(m.mark ? m.mark : "(none)", finds[_i].mark ? finds[_i].mark : "(none)");
	}
	rx_match_free(&m);
	rx_free(rx);
}
END_TEST

START_TEST(test_groups)
{
	struct errmsg e;
	struct rx *rx = rx_compile("(?<cur>\\$)?(?<num>\\d+)", RX_ANCHORED | RX_LATER, &e);
	ck_assert_int_eq(rx_group_number(rx, "num"), 2);
	ck_assert_int_eq(rx_group_number(rx, "none"), -1);
	struct rx_match m;
	rx_match_init(&m, rx);
	ck_assert_int_eq(rx_find(rx, "42", 2, 0, 1, &m), 1);
	ck_assert(!rx_has(&m, 1));
	ck_assert(rx_has(&m, 2));
	rx_match_free(&m);
	rx_free(rx);
	rx = rx_compile("(unclosed", RX_LATER, &e);
	ck_assert_int_eq(rx_group_number(rx, "x"), -1);
	rx_free(rx);
}
END_TEST

START_TEST(test_bad_pattern)
{
	struct errmsg e;
	ck_assert_ptr_null(rx_compile("(unclosed", 0, &e));
	ck_assert_ptr_nonnull(strstr(e.text, "bad pattern"));
	/* never matched: nothing compiled, nothing to report */
	rx_free(rx_compile("(unclosed", RX_LATER, &e));
}
END_TEST

/* Threads that share a pattern each compile, count and JIT-compile it
 * as they come: every match is the same. */
static struct rx *shared;

static void *match_many(void *arg)
{
	static const char text[] = "revenue 3,920 亿美元 in FY2026";
	struct rx_match m;
	rx_match_init(&m, shared);
	long bad = 0;
	for (int k = 0; k < 2000; k++)
		bad += rx_find(shared, text, sizeof(text) - 1, 8, 1, &m) != 1 || m.ovec[1] != 13;
	rx_match_free(&m);
	*(long *)arg = bad;
	return NULL;
}

START_TEST(test_threads)
{
	struct errmsg e;
	shared = rx_compile("\\d{1,3}(?:,\\d{3})*", RX_ANCHORED | RX_LATER, &e);
	pthread_t th[4];
	long bad[4];
	for (int i = 0; i < 4; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, match_many, &bad[i]), 0);
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		ck_assert_int_eq(bad[i], 0);
	}
	rx_free(shared);
}
END_TEST

/* Texts with the numbers, scales, currencies and periods the lexers'
 * patterns look for. */
static const char *const cache_texts[] = {
	"微软 FY26Q1 未完成订单(RPO)达 3920 亿美元(同比 + 51%)，2025年第三季度",
	"Azure revenue grew 40% year over year in fiscal Q1 2026; $65.6 billion in 3Q24.",
	"the first nine months of fiscal 2025, 1H25, H2 2024, 2026E, 10月份 约两成，百分之三十",
	"capex of US$ 12.5bn, ~3x, 1,234.5 million, 2000 亿元, 3兆1,307.8億元, by the end of 2025",
};

/* Each pattern of the build-time cache: the first bytes and the matches
 * it gives are those of the pattern compiled now. */
START_TEST(test_cache_same)
{
	const struct rx_cached *c = &embedded_rx.items[_i];
	ck_assert_uint_eq(c->hash, rx_cache_hash(c->pattern));
	if (_i)
		ck_assert(embedded_rx.items[_i - 1].hash <= c->hash);
	if (c->has_first) {
		unsigned char map[256];
		rx_cache_use(NULL);
		ck_assert_int_eq(rx_first_bytes(c->pattern, c->flags, map), 0);
		for (int b = 0; b < 256; b++)
			ck_assert_int_eq(map[b], (c->first[b / 8] >> (b % 8)) & 1);
	}
	if (!c->codes_len)
		return;
	struct errmsg e;
	rx_cache_use(NULL);
	struct rx *now = rx_compile(c->pattern, c->flags, &e);
	rx_cache_use(&embedded_rx);
	struct rx *built = rx_compile(c->pattern, c->flags, &e);
	rx_cache_use(NULL);
	ck_assert_ptr_nonnull(now);
	ck_assert_ptr_nonnull(built);
	struct rx_match a, b;
	rx_match_init(&a, now);
	rx_match_init(&b, built);
	for (size_t t = 0; t < ARRAY_LEN(cache_texts); t++) {
		const char *text = cache_texts[t];
		size_t len = strlen(text);
		for (size_t from = 0; from <= len; from++) {
			int anchored = (c->flags & RX_ANCHORED) || from % 2;
			int ra = rx_find(now, text, len, from, anchored, &a);
			int rb = rx_find(built, text, len, from, anchored, &b);
			ck_assert_int_eq(ra, rb);
			if (ra != 1)
				continue;
			ck_assert_int_eq(a.groups, b.groups);
			for (int g = 0; g < 2 * a.groups; g++)
				ck_assert_uint_eq(a.ovec[g], b.ovec[g]);
			ck_assert_str_eq(a.mark ? a.mark : "", b.mark ? b.mark : "");
		}
	}
	rx_match_free(&a);
	rx_match_free(&b);
	rx_free(now);
	rx_free(built);
}
END_TEST

/* Codes this PCRE2 cannot read (another version's, say) are compiled
 * again: the same matches. */
START_TEST(test_cache_stale)
{
	static const unsigned char junk[] = "not serialized codes";
	static const char pattern[] = "(?<n>\\d+)\\s*(?:亿|bn)(*:scale)";
	const struct rx_cached item = { rx_cache_hash(pattern), pattern, RX_ANCHORED, 1, { 0 }, junk, sizeof(junk) };
	const struct rx_cache stale = { &item, 1 };
	struct errmsg e;
	rx_cache_use(&stale);
	for (int flags = RX_ANCHORED; flags <= (RX_ANCHORED | RX_LATER); flags += RX_LATER) {
		struct rx *rx = rx_compile(pattern, flags, &e);
		ck_assert_ptr_nonnull(rx);
		struct rx_match m;
		rx_match_init(&m, rx);
		ck_assert_int_eq(rx_find(rx, "收入 392 亿美元", strlen("收入 392 亿美元"), 7, 1, &m), 1);
		ck_assert_uint_eq(m.ovec[1], 14);
		ck_assert_str_eq(m.mark, "scale");
		rx_match_free(&m);
		rx_free(rx);
	}
	/* a cached map says nothing of a pattern the cache does not hold */
	unsigned char map[256];
	ck_assert_int_eq(rx_first_bytes("x", 0, map), 0);
	ck_assert(map['x'] && !map['y']);
	rx_cache_use(NULL);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("rx");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_find, 0, ARRAY_LEN(finds));
	tcase_add_test(tc, test_groups);
	tcase_add_test(tc, test_bad_pattern);
	tcase_add_test(tc, test_threads);
	tcase_add_loop_test(tc, test_cache_same, 0, (int)embedded_rx.n);
	tcase_add_test(tc, test_cache_stale);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
