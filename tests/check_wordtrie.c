/* wordtrie: literal word lists matched leftmost-longest, alone and in groups. */
#include "testutil.h"
#include "wordtrie.h"

/* The matches of `t` in `text` as "word|word|...". */
static void found_words(const struct wordtrie_match *m, size_t n, const char *text, char *out, size_t outlen)
{
	size_t used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < n && used < outlen; i++)
		used += (size_t)snprintf(out + used, outlen - used, "%s%.*s", i ? "|" : "", (int)(m[i].end - m[i].start),
					 text + m[i].start);
}

static const char *const cue_words[] = { "同比", "同比增长", "year over year", "x-ray", "AMD", "est." };

static const struct {
	const char *text;
	const char *want;
} scans[] = {
	/* the longest word at a place wins; matches do not overlap */
	{ "营收同比增长 5%，利润同比下降", "同比增长|同比" },
	/* ASCII case folded; a space in a word matches any run of spaces */
	{ "Revenue rose 5% Year  over year.", "Year  over year" },
	/* Latin words only on word boundaries */
	{ "AMDX and AMD, xAMD", "AMD" },
	/* a hyphen matches a hyphen, a space or nothing */
	{ "x-ray, x ray and xray", "x-ray|x ray|xray" },
	{ "our est. was", "est." },
	{ "", "" },
};

START_TEST(test_scan)
{
	struct wordtrie *t = wordtrie_of(cue_words, ARRAY_LEN(cue_words));
	struct wordtrie_match *m = NULL;
	size_t n = 0, cap = 0;
	const char *text = scans[_i].text;
	wordtrie_scan(t, text, strlen(text), &m, &n, &cap);
	char got[256];
	found_words(m, n, text, got, sizeof(got));
	ck_assert_str_eq(got, scans[_i].want);
	ck_assert_int_eq(wordtrie_contains(t, text, strlen(text)), n > 0);
	free(m);
	wordtrie_free(t);
}
END_TEST

/* A group finds, for each of its tries, exactly what that trie finds
 * alone, where the tries' words overlap, nest and share first bytes. */
START_TEST(test_group_matches_each)
{
	static const char *const a[] = { "同比", "同比增长", "year", "year over year", "营收" };
	static const char *const b[] = { "比增", "增长", "over", "years", "Q3", "季度" };
	static const char *const c[] = { "营", "收入", "长", "ear", "三季度", "AI 芯片" };
	const char *const *lists[] = { a, b, c };
	size_t sizes[] = { ARRAY_LEN(a), ARRAY_LEN(b), ARRAY_LEN(c) };
	static const char *const texts[] = {
		"2025 年三季度营收同比增长 34%，收入增长 12%；year over year growth in Q3, over 3 years.",
		"AI芯片 AI  芯片 yearly years year-over-year 营营收收入长长",
		"",
	};
	struct wordtrie *tries[3];
	for (size_t k = 0; k < 3; k++)
		tries[k] = wordtrie_of(lists[k], sizes[k]);
	struct wordtrie_group *g = wordtrie_group_new((const struct wordtrie *const *)tries, 3);
	for (size_t i = 0; i < ARRAY_LEN(texts); i++) {
		const char *text = texts[i];
		struct wordtrie_found found[3];
		memset(found, 0, sizeof(found));
		wordtrie_group_scan(g, text, strlen(text), found);
		for (size_t k = 0; k < 3; k++) {
			struct wordtrie_match *m = NULL;
			size_t n = 0, cap = 0;
			wordtrie_scan(tries[k], text, strlen(text), &m, &n, &cap);
			char alone[512], grouped[512];
			found_words(m, n, text, alone, sizeof(alone));
			found_words(found[k].m, found[k].n, text, grouped, sizeof(grouped));
			ck_assert_msg(!strcmp(alone, grouped), "text %zu trie %zu: alone '%s', grouped '%s'", i, k, alone,
				      grouped);
			ck_assert_uint_eq(n, found[k].n);
			for (size_t x = 0; x < n; x++)
				ck_assert_int_eq(m[x].id, found[k].m[x].id);
			free(m);
			free(found[k].m);
		}
	}
	wordtrie_group_free(g);
	for (size_t k = 0; k < 3; k++)
		wordtrie_free(tries[k]);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("wordtrie");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_scan, 0, ARRAY_LEN(scans));
	tcase_add_test(tc, test_group_matches_each);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
