/* lexicon: one-pass alias matching, longest first, word boundaries, NFKC. */
#include "lexicon.h"
#include "store.h"
#include "testutil.h"
#include "textnorm.h"

static struct lexicon *lx;

static const struct {
	const char *text;
	const char *first_id; /* of the first match, NULL for none */
	int is_metric;
} cases[] = {
	{ "谷歌云收入", "google-cloud", 0 },
	{ "谷歌收入", "alphabet", 0 },
	{ "Claude Code ARR", "claude-code", 0 },
	{ "Claude models", NULL, 0 },
	{ "AMD revenue", "amd", 0 },
	{ "AMDX revenue", "revenue", 1 },
	{ "ＡＷＳ收入", "aws", 0 },
	{ "aws operating margin", "aws", 0 },
	{ "微软 Azure 收入", "azure", 0 },
	{ "Amazon Web Services", "aws", 0 },
	{ "营业利润率", "operating_margin", 1 },
	{ "营业利润", "operating_income", 1 },
	{ "数据中心业务收入", "data_center_revenue", 1 },
	{ "remaining performance obligations", "rpo", 1 },
	{ "token 消耗量", "token_consumption", 1 },
	{ "token消耗", "token_consumption", 1 },
	{ "annualized revenue run-rate", "arr", 1 },
	{ "净亏损", "net_income", 1 },
	{ "METAVERSE", NULL, 0 },
};

START_TEST(test_match)
{
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(cases[_i].text, strlen(cases[_i].text), &t, NULL), 0);
	struct lexicon_match *m = NULL;
	size_t n = 0, cap = 0;
	ck_assert_int_eq(lexicon_scan(lx, t.text, t.len, &m, &n, &cap, NULL), 0);
	if (!cases[_i].first_id) {
		ck_assert_msg(n == 0, "'%s' matched", cases[_i].text);
	} else {
		ck_assert_msg(n > 0, "'%s' matched nothing", cases[_i].text);
		const char *id = m[0].is_metric ? lexicon_metric_at(lx, (size_t)m[0].index)->id
						 : lexicon_entity_at(lx, (size_t)m[0].index)->id;
		ck_assert_str_eq(id, cases[_i].first_id);
		ck_assert_int_eq(m[0].is_metric, cases[_i].is_metric);
	}
	free(m);
	textnorm_free(&t);
}
END_TEST

START_TEST(test_lookup_and_calendar)
{
	ck_assert_int_ge(lexicon_find_entity(lx, "微软"), 0);
	ck_assert_int_eq(lexicon_find_entity(lx, "微软"), lexicon_find_entity(lx, "microsoft"));
	ck_assert_int_eq(lexicon_find_entity(lx, "MSFT"), lexicon_find_entity(lx, "Microsoft"));
	ck_assert_int_eq(lexicon_find_entity(lx, "no such thing"), -1);
	ck_assert_int_eq(lexicon_find_metric(lx, "未完成订单"), lexicon_find_metric(lx, "rpo"));
	/* a segment keeps its parent's fiscal calendar */
	int azure = lexicon_find_entity(lx, "azure");
	const struct lexicon_entity *a = lexicon_entity_at(lx, (size_t)azure);
	ck_assert_int_eq(a->calendar.month, 6);
	ck_assert_int_eq(a->calendar.day, 30);
	ck_assert_int_eq(lexicon_root(lx, azure), lexicon_find_entity(lx, "microsoft"));
}
END_TEST

START_TEST(test_bad_rows)
{
	struct lexicon *l = lexicon_new();
	struct errmsg e;
	ck_assert_int_eq(lexicon_add_entity(l, "x", "X", NULL, NULL, "13-40", NULL, &e), -1);
	ck_assert_int_eq(lexicon_add_metric(l, "m", "M", "furlongs", 0, &e), -1);
	ck_assert_int_eq(lexicon_add_entity(l, "x", "X", NULL, "nobody", NULL, NULL, &e), 0);
	ck_assert_int_eq(lexicon_compile(l, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "nobody"));
	lexicon_free(l);
}
END_TEST

/* Every id and alias the default lexicon promises is there. */
static const char *const must_entities[] = {
	"microsoft", "azure", "alphabet", "google-cloud", "amazon", "aws", "nvidia", "meta", "apple", "oracle",
	"broadcom", "amd", "tsmc", "coreweave", "nebius", "openai", "anthropic", "claude-code", "openrouter",
	"cursor", "alibaba", "alibaba-cloud", "tencent", "baidu", "salesforce", "enterprise-genai", "vertical-ai",
};

START_TEST(test_default_entities)
{
	ck_assert_int_ge(lexicon_find_entity(lx, must_entities[_i]), 0);
}
END_TEST

static const struct {
	const char *id;
	int is_metric, ok;
} ids[] = {
	{ "google-cloud", 0, 1 }, { "3m", 0, 1 },     { "sk-hynix", 0, 1 },   { "net_income", 1, 1 },
	{ "Contoso", 0, 0 },      { "-x", 0, 0 },     { "a b", 0, 0 },        { "", 0, 0 },
	{ "net_income", 0, 0 },   { "net-income", 1, 0 }, { "微软", 0, 0 },   { "x.y", 0, 0 },
};

START_TEST(test_ids)
{
	struct errmsg e;
	ck_assert_msg((lexicon_check_id(ids[_i].id, ids[_i].is_metric, &e) == 0) == ids[_i].ok, "%s", ids[_i].id);
}
END_TEST

static const struct {
	const char *alias;
	int is_metric, risky;
} risks[] = {
	{ "云", 0, 1 },           { "云", 1, 1 },            { "AI", 0, 1 },        { "ai", 1, 1 },
	{ "X", 0, 1 },            { "数据", 0, 1 },          { "收入", 0, 1 },      { "cloud", 0, 1 },
	{ "Cloud", 0, 1 },        { "微软", 0, 0 },          { "康托索", 0, 0 },    { "AWS", 0, 0 },
	{ "Contoso Ltd", 0, 0 },  { "收入", 1, 0 },          { "cloud revenue", 1, 0 }, { "ＡＩ", 0, 1 },
};

START_TEST(test_risky_aliases)
{
	char why[256] = "";
	ck_assert_msg(lexicon_alias_risky(risks[_i].alias, risks[_i].is_metric, why, sizeof(why)) == risks[_i].risky,
		      "%s: %s", risks[_i].alias, why);
	if (risks[_i].risky)
		ck_assert(why[0]);
}
END_TEST

int main(void)
{
	struct store *s;
	struct errmsg e;
	if (store_open(":memory:", &s, &e) < 0 || store_load_lexicon(s, &lx, &e) < 0) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	store_close(s);
	Suite *su = suite_create("lexicon");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_match, 0, ARRAY_LEN(cases));
	tcase_add_test(tc, test_lookup_and_calendar);
	tcase_add_test(tc, test_bad_rows);
	tcase_add_loop_test(tc, test_default_entities, 0, ARRAY_LEN(must_entities));
	tcase_add_loop_test(tc, test_ids, 0, ARRAY_LEN(ids));
	tcase_add_loop_test(tc, test_risky_aliases, 0, ARRAY_LEN(risks));
	suite_add_tcase(su, tc);
	int rc = run_suite(su);
	lexicon_free(lx);
	return rc;
}
