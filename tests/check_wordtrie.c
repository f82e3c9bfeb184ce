/* wordtrie: literal word lists matched leftmost-longest, alone and in
 * groups; the tries built at build time (embedded_tries) the same as built
 * now, and used only for the very list they were built of. */
#include "buf.h"
#include "embedded.h"
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

/* Each trie of the build-time cache finds what the trie of its list
 * built now finds, in a text of all its words run together and apart. */
/* Words a wrapped line break cuts are found whole, in place of their
 * pieces; the matches stay in order. */
static const struct {
	const char *text;
	const char *want;
} joins[] = {
	/* a Latin word is read over the break and the indentation as a space */
	{ "it rose year over\n    year, and AMD grew", "year over\n    year|AMD" },
	/* Chinese runs on over the break */
	{ "营收同比\n增长 5%，利润同比下降", "同比\n增长|同比" },
	/* a word that ends at the break is left as it was */
	{ "AMD\nx-ray", "AMD|x-ray" },
};

START_TEST(test_found_join)
{
	struct wordtrie *t = wordtrie_of(cue_words, ARRAY_LEN(cue_words));
	const char *text = joins[_i].text;
	struct wordtrie_found f = { NULL, 0, 0 };
	wordtrie_scan(t, text, strlen(text), &f.m, &f.n, &f.cap);
	size_t breaks[4], nb = 0;
	for (const char *p = text; (p = strchr(p, '\n')) != NULL && nb < 4; p++)
		breaks[nb++] = (size_t)(p - text);
	wordtrie_found_join(t, text, strlen(text), breaks, nb, &f);
	for (size_t i = 1; i < f.n; i++)
		ck_assert_uint_le(f.m[i - 1].end, f.m[i].start);
	char got[256];
	found_words(f.m, f.n, text, got, sizeof(got));
	ck_assert_str_eq(got, joins[_i].want);
	free(f.m);
	wordtrie_free(t);
}
END_TEST

START_TEST(test_cache_same)
{
	const struct wordtrie_cached *c = &embedded_tries.items[_i];
	const char **words = malloc(c->n * sizeof(*words));
	const char *w = c->words;
	struct buf text = BUF_INIT;
	static const char *const seps[] = { " ", "", "，", "x", "1" };
	for (size_t i = 0; i < c->n; i++, w += strlen(w) + 1)
		words[i] = w;
	ck_assert_uint_eq((size_t)(w - c->words), c->words_len);
	for (size_t k = 0; k < ARRAY_LEN(seps); k++)
		for (size_t i = 0; i < c->n; i++) {
			buf_adds(&text, words[i]);
			buf_adds(&text, seps[k]);
		}
	wordtrie_cache_use(NULL);
	struct wordtrie *now = wordtrie_of_ids(words, c->ids, c->n);
	wordtrie_cache_use(&embedded_tries);
	struct wordtrie *built = wordtrie_of_ids(words, c->ids, c->n);
	wordtrie_cache_use(NULL);
	ck_assert_ptr_eq(built, c->trie);
	struct wordtrie_match *ma = NULL, *mb = NULL;
	size_t na = 0, nb = 0, ca = 0, cb = 0;
	wordtrie_scan(now, text.data, text.len, &ma, &na, &ca);
	wordtrie_scan(built, text.data, text.len, &mb, &nb, &cb);
	ck_assert_uint_ge(na, c->n);
	ck_assert_uint_eq(na, nb);
	for (size_t i = 0; i < na; i++) {
		ck_assert_uint_eq(ma[i].start, mb[i].start);
		ck_assert_uint_eq(ma[i].end, mb[i].end);
		ck_assert_int_eq(ma[i].id, mb[i].id);
	}
	free(ma);
	free(mb);
	buf_free(&text);
	wordtrie_free(now);
	wordtrie_free(built); /* part of the program: left alone */
	free(words);
}
END_TEST

/* A list the cache does not hold, one word or one id apart, is built. */
START_TEST(test_cache_other_list)
{
	const struct wordtrie_cached *c = &embedded_tries.items[0];
	ck_assert_uint_ge(c->n, 2);
	const char **words = malloc(c->n * sizeof(*words));
	int *ids = malloc(c->n * sizeof(*ids));
	const char *w = c->words;
	for (size_t i = 0; i < c->n; i++, w += strlen(w) + 1) {
		words[i] = w;
		ids[i] = c->ids[i];
	}
	wordtrie_cache_use(&embedded_tries);
	ids[1]++;
	struct wordtrie *t = wordtrie_of_ids(words, ids, c->n);
	ck_assert_ptr_ne(t, c->trie);
	int id = -1;
	ck_assert_uint_eq(wordtrie_match_at(t, words[1], strlen(words[1]), 0, &id), strlen(words[1]));
	wordtrie_free(t);
	ids[1]--;
	words[1] = "zzzz";
	t = wordtrie_of_ids(words, ids, c->n);
	ck_assert_ptr_ne(t, c->trie);
	wordtrie_free(t);
	t = wordtrie_of_ids(words, ids, c->n - 1);
	ck_assert_ptr_ne(t, c->trie);
	wordtrie_free(t);
	wordtrie_cache_use(NULL);
	free(words);
	free(ids);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("wordtrie");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_scan, 0, ARRAY_LEN(scans));
	tcase_add_test(tc, test_group_matches_each);
	tcase_add_loop_test(tc, test_found_join, 0, ARRAY_LEN(joins));
	tcase_add_loop_test(tc, test_cache_same, 0, (int)embedded_tries.n);
	tcase_add_test(tc, test_cache_other_list);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
