/* plot: the one escaping function, and the script it builds. */
#include "plot.h"
#include "testutil.h"

static const struct {
	const char *in, *out;
} quotes[] = {
	{ "plain", "'plain'" },
	{ "it's", "'it''s'" },
	{ "`touch x`", "'`touch x`'" },
	{ "\"; system(\"touch x\"); \"", "'\"; system(\"touch x\"); \"'" },
	{ "two\nlines", "'twolines'" },
	{ "tab\there", "'tabhere'" },
	{ "微软 RPO", "'微软 RPO'" },
	{ "''", "''''''" },
};

START_TEST(test_quote)
{
	struct buf b = BUF_INIT;
	plot_quote(&b, quotes[_i].in);
	ck_assert_str_eq(b.data, quotes[_i].out);
	buf_free(&b);
}
END_TEST

START_TEST(test_script)
{
	struct plot_point pts[] = { { 0, 1.5, 0 }, { 1, 2.5, 0 }, { 2, 3.0, 1 } };
	struct plot_series s = { "Microsoft ' RPO\nx", pts, 3, 0, 0 };
	const char *labels[] = { "FY2025Q4", "FY2026Q1", "FY2026Q2" };
	struct plot_spec spec = { "T`id`", "bn USD", NULL, "as of 2026-01-01", "png", "|touch x",
				  labels, 3, &s, 1 };
	struct buf out = BUF_INIT;
	ck_assert_int_eq(plot_script(&spec, &out, NULL), 0);
	ck_assert_ptr_nonnull(strstr(out.data, "$s0a << EOD\n0.0000 1.5\n1.0000 2.5\nEOD\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "$s0e << EOD\n2.0000 3\nEOD\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "set output './|touch x'"));
	ck_assert_ptr_nonnull(strstr(out.data, "set title 'T`id`'"));
	ck_assert_ptr_nonnull(strstr(out.data, "title 'Microsoft '' RPOx'"));
	ck_assert_ptr_null(strstr(out.data, "@"));
	buf_free(&out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("plot");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_quote, 0, ARRAY_LEN(quotes));
	tcase_add_test(tc, test_script);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
