/* csvout: RFC 4180 quoting, formula defusing, full numbers, reading back. */
#include "csvout.h"
#include "testutil.h"

static char *write_cells(void (*fill)(struct csvout *), int bom)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct csvout c;
	csvout_begin(&c, f, bom);
	fill(&c);
	ck_assert_int_eq(csvout_finish(&c), 0);
	fclose(f);
	return buf;
}

static const struct {
	const char *in, *out;
} texts[] = {
	{ "plain", "plain" },
	{ "a,b", "\"a,b\"" },
	{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
	{ "two\nlines", "\"two\nlines\"" },
	{ "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
	{ "+1+1", "'+1+1" },
	{ "-2", "'-2" },
	{ "@SUM(A1)", "'@SUM(A1)" },
	{ "\tTAB", "'\tTAB" },
	{ "\rCR", "\"'\rCR\"" },
	{ "微软", "微软" },
	{ "", "" },
};

static int text_index;

static void fill_text(struct csvout *c)
{
	csvout_text(c, texts[text_index].in);
}

START_TEST(test_text)
{
	text_index = _i;
	char *got = write_cells(fill_text, 0);
	ck_assert_str_eq(got, texts[_i].out);
	free(got);
}
END_TEST

static const struct {
	double v;
	const char *out;
} numbers[] = {
	{ 392e9, "392000000000" }, { 23.7, "23.7" }, { -3.5, "-3.5" }, { 0, "0" },
	{ 1.2e12, "1200000000000" }, { 15.6, "15.6" }, { 0.001, "0.001" }, { 1e15, "1000000000000000" },
};

static int num_index;

static void fill_number(struct csvout *c)
{
	csvout_number(c, numbers[num_index].v);
}

START_TEST(test_numbers)
{
	num_index = _i;
	char *got = write_cells(fill_number, 0);
	ck_assert_str_eq(got, numbers[_i].out);
	free(got);
}
END_TEST

static void fill_row(struct csvout *c)
{
	csvout_text(c, "a");
	csvout_empty(c);
	csvout_number(c, 1);
	csvout_end_row(c);
}

START_TEST(test_row_and_bom)
{
	char *got = write_cells(fill_row, 1);
	ck_assert_str_eq(got, "\xEF\xBB\xBF" "a,,1\r\n");
	free(got);
}
END_TEST

struct seen {
	int rows;
	long lines[8];
	char first[8][64];
	size_t nfields[8];
};

static int collect(char **f, size_t n, long line, void *ctx)
{
	struct seen *s = ctx;
	if (s->rows < 8) {
		s->lines[s->rows] = line;
		snprintf(s->first[s->rows], 64, "%s", n ? f[0] : "");
		s->nfields[s->rows] = n;
	}
	s->rows++;
	return 0;
}

START_TEST(test_read_back)
{
	const char *text = "\xEF\xBB\xBF" "h1,h2\r\n\"multi\nline\",x\r\nplain,\"q\"\"uote\"\r\n";
	struct seen s;
	memset(&s, 0, sizeof(s));
	struct errmsg e;
	ck_assert_int_eq(csvin_parse(text, strlen(text), collect, &s, &e), 0);
	ck_assert_int_eq(s.rows, 3);
	ck_assert_str_eq(s.first[0], "h1");
	ck_assert_str_eq(s.first[1], "multi\nline");
	ck_assert_int_eq(s.lines[1], 2);
	ck_assert_int_eq(s.lines[2], 4);
	ck_assert_uint_eq(s.nfields[2], 2);
}
END_TEST

START_TEST(test_malformed)
{
	const char *text = "a,b\n\"unterminated,c\n";
	struct seen s;
	memset(&s, 0, sizeof(s));
	struct errmsg e;
	ck_assert_int_eq(csvin_parse(text, strlen(text), collect, &s, &e), -1);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("csvout");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_text, 0, ARRAY_LEN(texts));
	tcase_add_loop_test(tc, test_numbers, 0, ARRAY_LEN(numbers));
	tcase_add_test(tc, test_row_and_bom);
	tcase_add_test(tc, test_read_back);
	tcase_add_test(tc, test_malformed);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
