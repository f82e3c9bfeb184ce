/* numlex: every quantity form of the lexer, in Chinese and English, and
 * the distractors that must yield no quantity. */
#include <math.h>

#include "numlex.h"
#include "testutil.h"
#include "textnorm.h"

static struct numlex *nl;

/* Scans `text` (normalized first) and returns its tokens. */
static struct numlex_token *scan(const char *text, size_t *n)
{
	struct textnorm t;
	struct errmsg e;
	ck_assert_int_eq(textnorm_run(text, strlen(text), &t, &e), 0);
	struct numlex_token *toks = NULL;
	size_t cap = 0;
	*n = 0;
	ck_assert_int_eq(numlex_scan(nl, t.text, t.len, &toks, n, &cap, &e), 0);
	textnorm_free(&t);
	return toks;
}

static int is_quantity(const struct numlex_token *t)
{
	return t->kind != NL_CUE && t->kind != NL_NUMBER;
}

static const struct {
	const char *text;
	enum numlex_kind kind;
	double value;
	const char *unit;
	enum numlex_qualifier qual;
	double low, high;
} forms[] = {
	/* numbers and scales */
	{ "达 3920 亿美元", NL_AMOUNT, 392e9, "USD", QUAL_EXACT, 0, 0 },
	{ "processed 1.3 quadrillion tokens", NL_COUNT, 1.3e15, "count", QUAL_EXACT, 0, 0 },
	/* a slip of 元 before the currency meant */
	{ "净利润为148.81亿元美元", NL_AMOUNT, 148.81e8, "USD", QUAL_EXACT, 0, 0 },
	/* a wire's abbreviations */
	{ "revenue of $1.21 bln", NL_AMOUNT, 1.21e9, "USD", QUAL_EXACT, 0, 0 },
	{ "a loss of $(130.8) mln", NL_AMOUNT, -130.8e6, "USD", QUAL_EXACT, 0, 0 },
	/* a dash opening a line, a space after it, is a bullet's mark */
	{ "- $88.3 billion revenue", NL_AMOUNT, 88.3e9, "USD", QUAL_EXACT, 0, 0 },
	/* a currency's hundredths */
	{ "earned 83 cents a share", NL_AMOUNT, 0.83, "USD", QUAL_EXACT, 0, 0 },
	{ "每股收益 45 美分", NL_AMOUNT, 0.45, "USD", QUAL_EXACT, 0, 0 },
	/* one number in two scales */
	{ "累计营收约新台币3兆1,307.8億元", NL_AMOUNT, 3.130780e12, "TWD", QUAL_APPROX, 0, 0 },
	{ "营收达2亿3000万元", NL_AMOUNT, 2.3e8, "CNY", QUAL_EXACT, 0, 0 },
	/* the scales a space apart, as Taiwan's releases set them */
	{ "合并营收约为新台币 1 兆 460 亿 9,000 万元", NL_AMOUNT, 1.04609e12, "TWD", QUAL_APPROX, 0, 0 },
	/* a range of two such numbers (the 元 said with them, not the
	 * dollars of a figure before) */
	{ "新台币营收约 1 兆 933 亿元至 1 兆 1312 亿元", NL_AMOUNT, 1.11225e12, "CNY", QUAL_RANGE, 1.0933e12, 1.1312e12 },
	/* "between" a percentage and a bare number: both ends are percent */
	{ "expects a gross margin between 46.5% and 47.5", NL_PERCENT, 47, "%", QUAL_RANGE, 46.5, 47.5 },
	/* a range whose first end carries its translation in brackets */
	{ "资本支出目标为1750亿美元(约新台币5.54兆元)至1850亿美元", NL_AMOUNT, 1.8e11, "USD", QUAL_RANGE, 1.75e11, 1.85e11 },
	/* a sign said in a word */
	{ "was negative $10.0 billion", NL_AMOUNT, -10e9, "USD", QUAL_EXACT, 0, 0 },
	{ "was a negative $10.0 billion", NL_AMOUNT, -10e9, "USD", QUAL_EXACT, 0, 0 },
	{ "of minus 5%", NL_PERCENT, -5, "%", QUAL_EXACT, 0, 0 },
	{ "为负100亿美元", NL_AMOUNT, -10e9, "USD", QUAL_EXACT, 0, 0 },
	{ "3,920 亿美元", NL_AMOUNT, 392e9, "USD", QUAL_EXACT, 0, 0 },
	{ "3920.5亿美元", NL_AMOUNT, 392.05e9, "USD", QUAL_EXACT, 0, 0 },
	{ "收入 1.2 万亿元", NL_AMOUNT, 1.2e12, "CNY", QUAL_EXACT, 0, 0 },
	{ "约 5 千亿元人民币", NL_AMOUNT, 5e11, "CNY", QUAL_APPROX, 0, 0 },
	{ "投入 3 百亿港元", NL_AMOUNT, 3e10, "HKD", QUAL_EXACT, 0, 0 },
	{ "募资 2 千万欧元", NL_AMOUNT, 2e7, "EUR", QUAL_EXACT, 0, 0 },
	{ "订单 7 百万日元", NL_AMOUNT, 7e6, "JPY", QUAL_EXACT, 0, 0 },
	{ "现金 65 万美金", NL_AMOUNT, 65e4, "USD", QUAL_EXACT, 0, 0 },
	{ "$34.9bn", NL_AMOUNT, 34.9e9, "USD", QUAL_EXACT, 0, 0 },
	/* a list's members take the unit written after its last */
	{ "分别为 129.8、33.9 亿元", NL_AMOUNT, 129.8e8, "CNY", QUAL_EXACT, 0, 0 },
	/* the scale the list shares, past the last member's thousands' comma */
	{ "分别为 1,296、1,420 亿元", NL_AMOUNT, 1296e8, "CNY", QUAL_EXACT, 0, 0 },
	{ "US$ 3.4 billion", NL_AMOUNT, 3.4e9, "USD", QUAL_EXACT, 0, 0 },
	{ "HK$12.5 million", NL_AMOUNT, 12.5e6, "HKD", QUAL_EXACT, 0, 0 },
	/* a currency named before the number; 元 after it only says "units" */
	{ "营收为新台币 2,850 亿元", NL_AMOUNT, 285e9, "TWD", QUAL_EXACT, 0, 0 },
	{ "收入，港币 45 亿元", NL_AMOUNT, 4.5e9, "HKD", QUAL_EXACT, 0, 0 },
	{ "人民币 12 亿元", NL_AMOUNT, 1.2e9, "CNY", QUAL_EXACT, 0, 0 },
	{ "RMB 24.6 billion", NL_AMOUNT, 24.6e9, "CNY", QUAL_EXACT, 0, 0 },
	/* a loss in brackets after a currency, as statements write one */
	{ "RMB(11.2) billion", NL_AMOUNT, -11.2e9, "CNY", QUAL_EXACT, 0, 0 },
	{ "$(134) million", NL_AMOUNT, -134e6, "USD", QUAL_EXACT, 0, 0 },
	{ "€4.2m in fees", NL_AMOUNT, 4.2e6, "EUR", QUAL_EXACT, 0, 0 },
	{ "$1.4 trillion", NL_AMOUNT, 1.4e12, "USD", QUAL_EXACT, 0, 0 },
	{ "$455B backlog", NL_AMOUNT, 455e9, "USD", QUAL_EXACT, 0, 0 },
	/* a flattened table's cells run together: the label, the scale and
	 * the next cell stand unspaced */
	{ "Income$31.27B", NL_AMOUNT, 31.27e9, "USD", QUAL_EXACT, 0, 0 },
	{ "~$30.0BBeat", NL_AMOUNT, 30e9, "USD", QUAL_APPROX, 0, 0 },
	/* a scale on both ends, the currency on the left only */
	{ "to USD 12 billion - 14 billion", NL_AMOUNT, 13e9, "USD", QUAL_RANGE, 12e9, 14e9 },
	{ "$2.1tn", NL_AMOUNT, 2.1e12, "USD", QUAL_EXACT, 0, 0 },
	{ "$850k", NL_AMOUNT, 850e3, "USD", QUAL_EXACT, 0, 0 },
	{ "USD 7 bn", NL_AMOUNT, 7e9, "USD", QUAL_EXACT, 0, 0 },
	{ "12 billion dollars", NL_AMOUNT, 12e9, "USD", QUAL_EXACT, 0, 0 },
	{ "净亏损 (1.2)", NL_NUMBER, -1.2, "", QUAL_EXACT, 0, 0 },
	{ "１８０．２亿美元", NL_AMOUNT, 18.02e9, "USD", QUAL_EXACT, 0, 0 },
	{ "300 多亿元", NL_AMOUNT, 300e8, "CNY", QUAL_AT_LEAST, 0, 0 },
	{ "token 量 100 万亿", NL_COUNT, 1e14, "count", QUAL_EXACT, 0, 0 },
	{ "1.5 million users", NL_COUNT, 1.5e6, "count", QUAL_EXACT, 0, 0 },
	/* percentages and their kin */
	{ "占比 23.7%", NL_PERCENT, 23.7, "%", QUAL_EXACT, 0, 0 },
	{ "占比 23.7 %", NL_PERCENT, 23.7, "%", QUAL_EXACT, 0, 0 },
	{ "同比 + 51%", NL_PERCENT, 51, "%", QUAL_EXACT, 0, 0 },
	{ "同比 -8%", NL_PERCENT, -8, "%", QUAL_EXACT, 0, 0 },
	{ "同比 \u22128%", NL_PERCENT, -8, "%", QUAL_EXACT, 0, 0 },
	{ "增长百分之二十三点七", NL_PERCENT, 23.7, "%", QUAL_EXACT, 0, 0 },
	{ "占到百分之十五", NL_PERCENT, 15, "%", QUAL_EXACT, 0, 0 },
	{ "接近三成", NL_PERCENT, 30, "%", QUAL_APPROX, 0, 0 },
	{ "按年升五成二", NL_PERCENT, 52, "%", QUAL_EXACT, 0, 0 },
	/* a range with its ends set apart by a long dash (folded to --) */
	{ "收入将介于263亿元人民币 —— 287亿元人民币", NL_AMOUNT, 275e8, "CNY", QUAL_RANGE, 263e8, 287e8 },
	{ "纯利增至一百零七亿元人民币", NL_AMOUNT, 107e8, "CNY", QUAL_EXACT, 0, 0 },
	{ "营业额增至六百七十六亿港元", NL_AMOUNT, 676e8, "HKD", QUAL_EXACT, 0, 0 },
	{ "市值达三千亿美元", NL_AMOUNT, 3000e8, "USD", QUAL_EXACT, 0, 0 },
	{ "up 12 percent", NL_PERCENT, 12, "%", QUAL_EXACT, 0, 0 },
	{ "提升 2.5 个百分点", NL_PP, 2.5, "pp", QUAL_EXACT, 0, 0 },
	{ "down 1.2pp", NL_PP, 1.2, "pp", QUAL_EXACT, 0, 0 },
	{ "up 0.8 ppt", NL_PP, 0.8, "pp", QUAL_EXACT, 0, 0 },
	/* pct is points in Chinese research, percent in English wires */
	{ "毛利率环比+1.4pct", NL_PP, 1.4, "pp", QUAL_EXACT, 0, 0 },
	{ "shares rose 3 pct", NL_PERCENT, 3, "%", QUAL_EXACT, 0, 0 },
	{ "by 3 percentage points", NL_PP, 3, "pp", QUAL_EXACT, 0, 0 },
	{ "提升 250 基点", NL_PP, 2.5, "pp", QUAL_EXACT, 0, 0 },
	{ "down 350 bps", NL_PP, 3.5, "pp", QUAL_EXACT, 0, 0 },
	{ "up 70 basis points", NL_PP, 0.7, "pp", QUAL_EXACT, 0, 0 },
	{ "是去年的 4 倍", NL_MULTIPLE, 4, "x", QUAL_EXACT, 0, 0 },
	{ "4x the level", NL_MULTIPLE, 4, "x", QUAL_EXACT, 0, 0 },
	{ "同比翻倍", NL_MULTIPLE, 2, "x", QUAL_EXACT, 0, 0 },
	{ "收入翻两番", NL_MULTIPLE, 4, "x", QUAL_EXACT, 0, 0 },
	{ "more than doubled", NL_MULTIPLE, 2, "x", QUAL_AT_LEAST, 0, 0 },
	{ "nearly triple", NL_MULTIPLE, 3, "x", QUAL_APPROX, 0, 0 },
	/* ranges: scale and unit apply to both ends */
	{ "增长 70-80%", NL_PERCENT, 75, "%", QUAL_RANGE, 70, 80 },
	{ "增长 70%-80%", NL_PERCENT, 75, "%", QUAL_RANGE, 70, 80 },
	{ "维持在 73%~75%", NL_PERCENT, 74, "%", QUAL_RANGE, 73, 75 },
	{ "增长 70\u201380%", NL_PERCENT, 75, "%", QUAL_RANGE, 70, 80 },
	{ "增长 70 至 80%", NL_PERCENT, 75, "%", QUAL_RANGE, 70, 80 },
	{ "grow 10% to 12%", NL_PERCENT, 11, "%", QUAL_RANGE, 10, 12 },
	{ "between $1 and $2 billion", NL_AMOUNT, 1.5e9, "USD", QUAL_RANGE, 1e9, 2e9 },
	{ "上调至 910 亿-930 亿美元", NL_AMOUNT, 92e9, "USD", QUAL_RANGE, 91e9, 93e9 },
	{ "to $5.05-5.15 billion", NL_AMOUNT, 5.1e9, "USD", QUAL_RANGE, 5.05e9, 5.15e9 },
	{ "outlook of $66-72bn", NL_AMOUNT, 69e9, "USD", QUAL_RANGE, 66e9, 72e9 },
	{ "$41.0 billion to $41.3 billion", NL_AMOUNT, 41.15e9, "USD", QUAL_RANGE, 41e9, 41.3e9 },
	{ "为 560-590 亿美元", NL_AMOUNT, 57.5e9, "USD", QUAL_RANGE, 56e9, 59e9 },
	/* qualifiers */
	{ "约 25%", NL_PERCENT, 25, "%", QUAL_APPROX, 0, 0 },
	{ "大约 40 亿美元", NL_AMOUNT, 4e9, "USD", QUAL_APPROX, 0, 0 },
	{ "近 115 亿美元", NL_AMOUNT, 11.5e9, "USD", QUAL_APPROX, 0, 0 },
	{ "接近 1 万亿元", NL_AMOUNT, 1e12, "CNY", QUAL_APPROX, 0, 0 },
	{ "15 亿美元左右", NL_AMOUNT, 1.5e9, "USD", QUAL_APPROX, 0, 0 },
	{ "about $7 billion", NL_AMOUNT, 7e9, "USD", QUAL_APPROX, 0, 0 },
	{ "approximately $54.0 billion", NL_AMOUNT, 54e9, "USD", QUAL_APPROX, 0, 0 },
	{ "around 30%", NL_PERCENT, 30, "%", QUAL_APPROX, 0, 0 },
	{ "nearly $2 billion", NL_AMOUNT, 2e9, "USD", QUAL_APPROX, 0, 0 },
	{ "roughly 30 trillion", NL_COUNT, 30e12, "count", QUAL_APPROX, 0, 0 },
	{ "~$125bn", NL_AMOUNT, 125e9, "USD", QUAL_APPROX, 0, 0 },
	{ "超 330 亿美元", NL_AMOUNT, 33e9, "USD", QUAL_AT_LEAST, 0, 0 },
	/* a + after a figure is "or more" only when it touches it and no digit
	 * follows: "$1.36B    +134% Y/Y" sets the next figure's sign apart */
	{ "$1B+ in revenue", NL_AMOUNT, 1e9, "USD", QUAL_AT_LEAST, 0, 0 },
	{ "$1.36B    +134% Y/Y", NL_AMOUNT, 1.36e9, "USD", QUAL_EXACT, 0, 0 },
	{ "超过 100 万亿", NL_COUNT, 1e14, "count", QUAL_AT_LEAST, 0, 0 },
	{ "逾 150 亿美元", NL_AMOUNT, 15e9, "USD", QUAL_AT_LEAST, 0, 0 },
	{ "5 亿美元以上", NL_AMOUNT, 5e8, "USD", QUAL_AT_LEAST, 0, 0 },
	{ "more than $1 billion", NL_AMOUNT, 1e9, "USD", QUAL_AT_LEAST, 0, 0 },
	{ "over 20%", NL_PERCENT, 20, "%", QUAL_AT_LEAST, 0, 0 },
	{ "above 45%", NL_PERCENT, 45, "%", QUAL_AT_LEAST, 0, 0 },
	{ "at least $3 billion", NL_AMOUNT, 3e9, "USD", QUAL_AT_LEAST, 0, 0 },
	{ "不到 14 亿美元", NL_AMOUNT, 1.4e9, "USD", QUAL_AT_MOST, 0, 0 },
	{ "不足 10%", NL_PERCENT, 10, "%", QUAL_AT_MOST, 0, 0 },
	{ "5% 以下", NL_PERCENT, 5, "%", QUAL_AT_MOST, 0, 0 },
	{ "less than $2 billion", NL_AMOUNT, 2e9, "USD", QUAL_AT_MOST, 0, 0 },
	{ "under 10%", NL_PERCENT, 10, "%", QUAL_AT_MOST, 0, 0 },
	{ "up to $500 million", NL_AMOUNT, 500e6, "USD", QUAL_AT_MOST, 0, 0 },
	{ "at most 3%", NL_PERCENT, 3, "%", QUAL_AT_MOST, 0, 0 },
	/* scientific notation, read whole */
	{ "revenue of $1.5e9", NL_AMOUNT, 1.5e9, "USD", QUAL_EXACT, 0, 0 },
	{ "capex $2.5e3 million", NL_AMOUNT, 2.5e9, "USD", QUAL_EXACT, 0, 0 },
	{ "margin 2.5E-1%", NL_PERCENT, 0.25, "%", QUAL_EXACT, 0, 0 },
};

START_TEST(test_forms)
{
	size_t n;
	struct numlex_token *t = scan(forms[_i].text, &n);
	const struct numlex_token *q = NULL;
	for (size_t i = 0; i < n && !q; i++)
		if (t[i].kind != NL_CUE)
			q = &t[i];
	ck_assert_msg(q != NULL, "no quantity in '%s'", forms[_i].text);
	ck_assert_msg(q->kind == forms[_i].kind, "'%s': kind %s", forms[_i].text, numlex_kind_name(q->kind));
	ck_assert_msg(fabs(q->value - forms[_i].value) <= 1e-6 * fabs(forms[_i].value) + 1e-9,
		      "'%s': value %.17g, want %.17g", forms[_i].text, q->value, forms[_i].value);
	ck_assert_str_eq(q->unit, forms[_i].unit);
	ck_assert_msg(q->qualifier == forms[_i].qual, "'%s': qualifier %s", forms[_i].text,
		      numlex_qualifier_name(q->qualifier));
	if (forms[_i].qual == QUAL_RANGE) {
		ck_assert(fabs(q->low - forms[_i].low) <= 1e-6 * fabs(forms[_i].low));
		ck_assert(fabs(q->high - forms[_i].high) <= 1e-6 * fabs(forms[_i].high));
	}
	free(t);
}
END_TEST

/* Each currency, before or after the number, in the script HK and Taiwan
 * write it (Traditional goes through textnorm's t2s): the value keeps it. */
static const struct {
	const char *text;
	double value;
	const char *unit;
} currency_forms[] = {
	{ "营收 NT$933.8 billion", 933.8e9, "TWD" },
	{ "revenue of TWD 839.3 billion", 839.3e9, "TWD" },
	{ "revenue of NTD 120 million", 120e6, "TWD" },
	{ "營收新台幣9899億元", 9899e8, "TWD" },
	{ "营收 8684.6 亿元新台币", 8684.6e8, "TWD" },
	{ "营收 8684.6 亿新台币", 8684.6e8, "TWD" },
	{ "HK$ 1670 亿", 1670e8, "HKD" },
	{ "HKD 12 billion", 12e9, "HKD" },
	{ "营收 1724 亿港元", 1724e8, "HKD" },
	{ "營業額1612億港幣", 1612e8, "HKD" },
	{ "營業額 120 億元港幣", 120e8, "HKD" },
	{ "KRW 74.6 trillion", 74.6e12, "KRW" },
	{ "S$68.1 billion", 68.1e9, "SGD" },
	{ "A$2.5 billion", 2.5e9, "AUD" },
	{ "C$900 million", 900e6, "CAD" },
	{ "营收 86.1 万亿韩元", 86.1e12, "KRW" },
	{ "營收86.1兆韓圜", 86.1e12, "KRW" },
	{ "營收2.8兆元新台幣", 2.8e12, "TWD" },
	{ "JPY 2.1 trillion", 2.1e12, "JPY" },
	{ "营收 5.2 万亿日元", 5.2e12, "JPY" },
	{ "營收5.2兆日圓", 5.2e12, "JPY" },
	{ "revenue of 500 billion yen", 500e9, "JPY" },
	{ "EUR 7.5 billion", 7.5e9, "EUR" },
	{ "€7.7 billion", 7.7e9, "EUR" },
	{ "7.5 billion euros", 7.5e9, "EUR" },
	{ "营收 75 亿欧元", 75e8, "EUR" },
	{ "US$102.5 billion", 102.5e9, "USD" },
	{ "RMB 184.5 billion", 184.5e9, "CNY" },
	{ "营收人民币 1800 亿元", 1800e8, "CNY" },
	{ "营收 1929 亿元人民币", 1929e8, "CNY" },
};

START_TEST(test_currency_forms)
{
	size_t n;
	struct numlex_token *t = scan(currency_forms[_i].text, &n);
	const struct numlex_token *q = NULL;
	for (size_t i = 0; i < n && !q; i++)
		if (t[i].kind == NL_AMOUNT)
			q = &t[i];
	ck_assert_msg(q != NULL, "no amount in '%s'", currency_forms[_i].text);
	ck_assert_msg(fabs(q->value - currency_forms[_i].value) <= 1e-6 * currency_forms[_i].value,
		      "'%s': value %.17g", currency_forms[_i].text, q->value);
	ck_assert_msg(!strcmp(q->unit, currency_forms[_i].unit), "'%s': unit %s, want %s", currency_forms[_i].text,
		      q->unit, currency_forms[_i].unit);
	free(t);
}
END_TEST

/* Plain decimals come out exactly as strtod() reads them, short or long. */
static const char *const exact[] = { "0.1", "180.2", "3920.5", "0.000001", "1,234,567.89",
				     "98765.4321", "123456789012345678", "1.23456789012345678" };

START_TEST(test_exact_value)
{
	char text[64];
	snprintf(text, sizeof(text), "值 %s 吨", exact[_i]);
	size_t n = 0;
	struct numlex_token *t = scan(text, &n);
	ck_assert_uint_ge(n, 1);
	char plain[32];
	size_t k = 0;
	for (const char *p = exact[_i]; *p; p++)
		if (*p != ',')
			plain[k++] = *p;
	plain[k] = '\0';
	ck_assert_msg(t[0].value == strtod(plain, NULL), "%s: %.17g", exact[_i], t[0].value);
	free(t);
}
END_TEST

/* A bare scaled amount takes the currency of the amount before it in the
 * same sentence; a new sentence starts afresh. */
/* How finely each value was written, in base units. */
static const struct {
	const char *text;
	double resolution;
} resolutions[] = {
	{ "3920 亿美元", 1e8 }, { "$392.1 billion", 1e8 }, { "$66-72bn", 1e9 }, { "51%", 1 },
	{ "23.75%", 0.01 }, { "150 bps", 0.01 }, { "3,920", 1 },
};

START_TEST(test_resolution)
{
	size_t n;
	struct numlex_token *t = scan(resolutions[_i].text, &n);
	ck_assert_msg(n >= 1, "%s: no token", resolutions[_i].text);
	ck_assert_msg(fabs(t[n - 1].resolution - resolutions[_i].resolution) <= 1e-9 * resolutions[_i].resolution,
		      "%s: resolution %g, want %g", resolutions[_i].text, t[n - 1].resolution,
		      resolutions[_i].resolution);
	free(t);
}
END_TEST

START_TEST(test_inherit_currency)
{
	size_t n;
	struct numlex_token *t = scan("支出达 35 亿美元，其中医疗 15 亿、法律 6.5 亿。另有 3 亿", &n);
	double want[] = { 35e8, 15e8, 6.5e8, 3e8 };
	const char *units[] = { "USD", "USD", "USD", "count" };
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_quantity(&t[i]))
			continue;
		ck_assert_uint_lt(k, 4);
		ck_assert(fabs(t[i].value - want[k]) < 1);
		ck_assert_str_eq(t[i].unit, units[k]);
		k++;
	}
	ck_assert_uint_eq(k, 4);
	free(t);
}
END_TEST

START_TEST(test_slash_list)
{
	size_t n;
	struct numlex_token *t = scan("营收分别为 3250 亿/3780 亿美元，每股收益 15.60/18.20 美元", &n);
	size_t k = 0;
	double want[] = { 325e9, 378e9, 15.6, 18.2 };
	for (size_t i = 0; i < n; i++) {
		if (!is_quantity(&t[i]))
			continue;
		ck_assert(fabs(t[i].value - want[k]) < 1e-6 * want[k]);
		ck_assert_str_eq(t[i].unit, "USD");
		ck_assert_int_gt(t[i].slash_group, 0);
		ck_assert_int_eq(t[i].slash_index, (int)(k % 2));
		k++;
	}
	ck_assert_uint_eq(k, 4);
	free(t);
}
END_TEST

static const struct {
	const char *text;
	unsigned cue;
} cue_cases[] = {
	{ "同比增长", CUE_YOY | CUE_UP }, { "同比下降", CUE_YOY | CUE_DOWN }, { "同比", CUE_YOY },
	{ "同比增加", CUE_YOY | CUE_UP }, { "同比提升", CUE_YOY | CUE_UP }, { "同比减少", CUE_YOY | CUE_DOWN },
	{ "YoY", CUE_YOY }, { "y/y", CUE_YOY }, { "yr/yr", CUE_YOY }, { "year over year", CUE_YOY },
	{ "year-on-year", CUE_YOY }, { "环比", CUE_QOQ }, { "QoQ", CUE_QOQ }, { "q/q", CUE_QOQ },
	{ "sequentially", CUE_QOQ }, { "quarter over quarter", CUE_QOQ },
	{ "we model", CUE_ESTIMATE }, { "we are modeling", CUE_ESTIMATE },
	{ "较上月", CUE_QOQ }, { "月增", CUE_QOQ | CUE_UP | CUE_GROWTH },
	{ "from a year ago", CUE_FROM }, { "rose", CUE_UP }, { "grew", CUE_UP }, { "fell", CUE_DOWN },
	{ "declined", CUE_DOWN }, { "下滑", CUE_DOWN }, { "收窄", CUE_DOWN }, { "预计", CUE_ESTIMATE },
	{ "guidance", CUE_ESTIMATE }, { "consensus", CUE_ESTIMATE }, { "上调至", CUE_REVISE | CUE_TO },
};

/* Cue words are looked for in sentences that state a number. */
START_TEST(test_cues)
{
	size_t n;
	char text[128];
	snprintf(text, sizeof(text), "%s 5%%", cue_cases[_i].text);
	struct numlex_token *t = scan(text, &n);
	ck_assert_uint_ge(n, 1);
	ck_assert_int_eq(t[0].kind, NL_CUE);
	ck_assert_msg((t[0].cue & cue_cases[_i].cue) == cue_cases[_i].cue, "'%s': cue %x", cue_cases[_i].text,
		      t[0].cue);
	free(t);
}
END_TEST

/* Digits that are not quantities: no amount, percent, pp, multiple or count. */
static const char *const distractors[] = {
	"日期:2026-01-22 12:44:12",
	"2025 年 10 月发布",
	"2025年10月30日",
	"in 2025 and 2026",
	"FY26Q1 and FY2026 Q1 and 1QFY26 and F1Q26",
	"2025Q3, 3Q25, 25Q3, 1H25, 9M25",
	"600519.SH 与 0700.HK 与 NVDA.O",
	"客服热线 400-820-1234",
	"dial +1 (844) 555-0107 now",
	"皖ICP备20008326号-18",
	"排名第 3，位列第 1 名",
	"GPT-5 and GPT-4o beat H100",
	"TPU v7 and Trainium2 and MI350",
	"Gemini 3 Pro launched",
	"conference at 2:30 p.m. on October 29, 2025",
	"2024-2025 年的狂热扩张期",
	"差距缩窄至 6-9 个月",
	"《财富》500 强",
	"the S&P 500 index",
};

START_TEST(test_distractors)
{
	size_t n;
	struct numlex_token *t = scan(distractors[_i], &n);
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(!is_quantity(&t[i]), "'%s' gave a %s token %g", distractors[_i],
			      numlex_kind_name(t[i].kind), t[i].value);
	free(t);
}
END_TEST

/* A number of more digits than any report writes is no quantity, however
 * it is dressed, and costs no more than other text; an 18-digit one is. */
static const struct {
	const char *before, *after;
	size_t digits;
	int quantity;
} long_runs[] = {
	{ "营收 $", " 亿美元", 500, 0 }, { "revenue $", " billion", 19, 0 }, { "up ", "%", 40, 0 },
	{ "revenue $", ",000 million", 17, 0 }, { "revenue $0.", " billion", 25, 0 },
	{ "revenue $", " billion", 18, 1 }, { "值 ", " 吨", 200000, 0 }, { "$1e", " billion", 4, 0 },
};

/* Numbers side by side are not one long run: each is read as before. */
START_TEST(test_runs_side_by_side)
{
	size_t n;
	struct numlex_token *t = scan("margins 12.5345678,13.2345678,14.8345678,15.1345678%", &n);
	ck_assert_uint_ge(n, 1);
	ck_assert_msg(fabs(t[0].value - 12.5345678) < 1e-9, "first value %.17g", t[0].value);
	free(t);
	t = scan("revenue $1,234,567,890,123 thousand", &n);
	ck_assert_uint_ge(n, 1);
	ck_assert_msg(t[0].value == 1234567890123e3, "grouped value %.17g", t[0].value);
	free(t);
}
END_TEST

/* Values that would overflow a double once a scale is borrowed from a
 * list or a range (fuzz_numbers found the first) give no token. */
START_TEST(test_no_overflow)
{
	static const char *const texts[] = { "0/003/8e300/0T-50", "$8e300-9e300 trillion", "1e308 万亿" };
	for (size_t k = 0; k < ARRAY_SIZE(texts); k++) {
		size_t n;
		struct numlex_token *t = scan(texts[k], &n);
		for (size_t i = 0; i < n; i++)
			ck_assert_msg(t[i].kind == NL_CUE || isfinite(t[i].value), "'%s': token %zu is %g", texts[k], i,
				      t[i].value);
		free(t);
	}
}
END_TEST

START_TEST(test_long_digit_runs)
{
	size_t nb = strlen(long_runs[_i].before), na = strlen(long_runs[_i].after), nd = long_runs[_i].digits;
	char *text = malloc(nb + nd + na + 1);
	memcpy(text, long_runs[_i].before, nb);
	for (size_t i = 0; i < nd; i++)
		text[nb + i] = (char)('1' + i % 9);
	memcpy(text + nb + nd, long_runs[_i].after, na + 1);
	size_t n;
	struct numlex_token *t = scan(text, &n);
	int quantities = 0;
	for (size_t i = 0; i < n; i++)
		quantities += is_quantity(&t[i]);
	ck_assert_msg(quantities == long_runs[_i].quantity, "%s<%zu digits>%s: %d quantities", long_runs[_i].before,
		      nd, long_runs[_i].after, quantities);
	free(t);
	free(text);
}
END_TEST

START_TEST(test_no_cues_without_numbers)
{
	size_t n;
	struct numlex_token *t = scan("营收同比增长显著。Revenue grew strongly year over year.", &n);
	ck_assert_uint_eq(n, 0);
	free(t);
	t = scan("同比翻倍。", &n);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(t[0].kind, NL_CUE);
	ck_assert_int_eq(t[1].kind, NL_MULTIPLE);
	free(t);
}
END_TEST

START_TEST(test_offsets_in_order)
{
	size_t n;
	const char *text = "营收 161 亿美元，同比增长 14%，资本开支 120 亿";
	struct numlex_token *t = scan(text, &n);
	for (size_t i = 1; i < n; i++)
		ck_assert_uint_le(t[i - 1].start, t[i].start);
	free(t);
}
END_TEST

int main(void)
{
	struct errmsg e;
	nl = numlex_new(&e);
	if (!nl) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	Suite *s = suite_create("numlex");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_forms, 0, ARRAY_LEN(forms));
	tcase_add_loop_test(tc, test_currency_forms, 0, ARRAY_LEN(currency_forms));
	tcase_add_loop_test(tc, test_resolution, 0, ARRAY_SIZE(resolutions));
	tcase_add_test(tc, test_inherit_currency);
	tcase_add_loop_test(tc, test_exact_value, 0, ARRAY_LEN(exact));
	tcase_add_test(tc, test_slash_list);
	tcase_add_loop_test(tc, test_cues, 0, ARRAY_LEN(cue_cases));
	tcase_add_loop_test(tc, test_distractors, 0, ARRAY_LEN(distractors));
	tcase_add_test(tc, test_offsets_in_order);
	tcase_add_test(tc, test_no_cues_without_numbers);
	tcase_add_loop_test(tc, test_long_digit_runs, 0, ARRAY_LEN(long_runs));
	tcase_add_test(tc, test_no_overflow);
	tcase_add_test(tc, test_runs_side_by_side);
	suite_add_tcase(s, tc);
	int rc = run_suite(s);
	numlex_free(nl);
	return rc;
}
