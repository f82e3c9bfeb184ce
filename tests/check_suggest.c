/* suggest: the unknown names beside metric statements, and none where the
 * subject is known, absent or no name at all. */
#include "store.h"
#include "suggest.h"
#include "testutil.h"

static struct lexicon *lx;

static const struct {
	const char *text;
	const char *names; /* what is suggested, "name:count" joined by ';' */
} cases[] = {
	{ "星河汽车 2025 年第三季度营收 120 亿元，同比增长 20%。", "星河汽车:1" },
	{ "据报道，星河汽车第三季度净利润为 5 亿元。星河汽车 2025 财年营收 300 亿元。", "星河汽车:2" },
	{ "蓝鲸科技前三季度营收 36.5 亿元。", "蓝鲸科技:1" },
	/* Traditional script: the name comes out Simplified */
	{ "星河汽車2025年第三季營業額為120億元。", "星河汽车:1" },
	{ "Contoso Robotics revenue was $3.1 billion in Q3 2025.", "Contoso Robotics:1" },
	{ "For fiscal Q1 2026, Fabrikam AI reported revenue of $420 million.", "Fabrikam AI:1" },
	{ "Contoso Robotics' operating margin was 18% in Q3 2025.", "Contoso Robotics:1" },
	{ "Northwind's FY2025 revenue was $2 billion.", "Northwind:1" },
	/* known entities and parts: nothing */
	{ "比亚迪 2025 年第三季度营收 1950 亿元。", "" },
	{ "NVIDIA revenue was $57.0 billion in fiscal Q3 2026.", "" },
	{ "腾讯第三季度增值服务收入 959 亿元。", "" },
	{ "阿里巴巴集团控股 2025 年营收 9963 亿元。", "" },
	/* no name in the subject's place */
	{ "公司 2025 年第三季度营收 30 亿元。", "" },
	{ "The company's gross margin was 41%.", "" },
	{ "2025 年第三季度营收 30 亿元。", "" },
	{ "公司预计 2025 年全年收入约 130 亿美元。", "" },
	/* a metric without a number is no statement */
	{ "星河汽车营收承压。", "" },
	/* a name elsewhere in the sentence is not the subject */
	{ "营收 120 亿元，星河汽车表示。", "" },
};

START_TEST(test_cases)
{
	struct suggest *sg = suggest_new(lx);
	struct errmsg e;
	ck_assert_int_eq(suggest_scan(sg, "case", cases[_i].text, strlen(cases[_i].text), &e), 0);
	size_t n;
	const struct suggest_name *names = suggest_names(sg, &n);
	char got[512] = "";
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(got);
		snprintf(got + l, sizeof(got) - l, "%s%s:%zu", i ? ";" : "", names[i].name, names[i].count);
	}
	ck_assert_msg(!strcmp(got, cases[_i].names), "\n  text: %s\n  got:  %s\n  want: %s", cases[_i].text, got,
		      cases[_i].names);
	suggest_free(sg);
}
END_TEST

/* The example is the sentence as the text has it, and the name's source. */
START_TEST(test_example)
{
	const char *text = "标题\n\n星河汽車2025年第三季營業額為120億元。另一句。";
	struct suggest *sg = suggest_new(lx);
	ck_assert_int_eq(suggest_scan(sg, "a.txt", text, strlen(text), NULL), 0);
	ck_assert_int_eq(suggest_scan(sg, "b.txt", text, strlen(text), NULL), 0);
	size_t n;
	const struct suggest_name *names = suggest_names(sg, &n);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(names[0].example, "星河汽車2025年第三季營業額為120億元。");
	ck_assert_str_eq(names[0].source, "a.txt");
	ck_assert_uint_eq(names[0].count, 2);
	ck_assert_int_eq(names[0].latin, 0);
	suggest_free(sg);
}
END_TEST

START_TEST(test_bad_text)
{
	struct suggest *sg = suggest_new(lx);
	struct errmsg e;
	ck_assert_int_eq(suggest_scan(sg, "x", "ok \xff", 4, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "byte 3"));
	suggest_free(sg);
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
	Suite *su = suite_create("suggest");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_cases, 0, ARRAY_LEN(cases));
	tcase_add_test(tc, test_example);
	tcase_add_test(tc, test_bad_text);
	suite_add_tcase(su, tc);
	int rc = run_suite(su);
	lexicon_free(lx);
	return rc;
}
