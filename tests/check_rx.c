/* rx: patterns compiled at once or when first matched (RX_LATER), the
 * same matches before and after a pattern is JIT-compiled, from several
 * threads at once. */
#include <pthread.h>

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

int main(void)
{
	Suite *s = suite_create("rx");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_find, 0, ARRAY_LEN(finds));
	tcase_add_test(tc, test_groups);
	tcase_add_test(tc, test_bad_pattern);
	tcase_add_test(tc, test_threads);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
