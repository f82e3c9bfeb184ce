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
	{ "''", "\"'\".\"'\".''" },
	{ "'quoted' name", "\"'\".'quoted'' name'" },
	{ "", "''" },
	{ "bell\x07\x1b[31mred", "'bell[31mred'" },
	{ "end'", "'end'''" },
};

START_TEST(test_quote)
{
	struct buf b = BUF_INIT;
	plot_quote(&b, quotes[_i].in);
	ck_assert_str_eq(b.data, quotes[_i].out);
	buf_free(&b);
}
END_TEST

/* x 0, 1, 3 actual (2 missing), 4 and 5 estimates, 5 a range */
START_TEST(test_script)
{
	struct plot_point pts[] = {
		{ 0, 1.5, 0, 0, 0, 0 }, { 1, 2.5, 0, 0, 0, 0 }, { 3, 3.0, 0, 0, 0, 0 },
		{ 4, 3.5, 0, 0, 1, 0 }, { 5, 4.0, 3.5, 4.5, 1, 1 },
	};
	struct plot_series s = { "Microsoft ' RPO\nx", pts, 5, 0, 0 };
	const char *labels[] = { "FY2025Q3", "FY2025Q4", "FY2026Q1", "FY2026Q2", "FY2026Q3", "FY2026Q4" };
	struct plot_panel p = { "T`id`", "bn USD", NULL, labels, 6, &s, 1, 0 };
	struct plot_spec spec = { NULL, "as of 2026-01-01", "png", "|touch x", 0, 0, &p, 1 };
	struct buf out = BUF_INIT;
	ck_assert_int_eq(plot_script(&spec, &out, NULL), 0);
	/* the missing period breaks the line */
	ck_assert_ptr_nonnull(strstr(out.data, "$p0s0a << EOD\n0.0000 1.5\n1.0000 2.5\n\n3.0000 3\nEOD\n"));
	/* the estimates join on at the last actual */
	ck_assert_ptr_nonnull(strstr(out.data, "$p0s0e << EOD\n# the last actual, where the estimates join on\n"
					       "3.0000 3\n4.0000 3.5\n5.0000 4\nEOD\n"));
	/* the range as an error bar */
	ck_assert_ptr_nonnull(strstr(out.data, "$p0s0r << EOD\n5.0000 4 3.5 4.5\nEOD\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "$p0s0r using 1:2:3:4 axes x1y1 with yerrorbars"));
	ck_assert_ptr_nonnull(strstr(out.data, "'FY2026Q1' 2"));
	ck_assert_ptr_nonnull(strstr(out.data, "set output './|touch x'"));
	ck_assert_ptr_nonnull(strstr(out.data, "set title 'T`id`'"));
	ck_assert_ptr_nonnull(strstr(out.data, "title 'Microsoft '' RPOx'"));
	ck_assert_ptr_null(strstr(out.data, "@"));
	ck_assert_ptr_null(strstr(out.data, "multiplot"));
	buf_free(&out);
}
END_TEST

/* two panels make a multiplot page; a dumb terminal takes its size and
 * puts the unit in the title */
START_TEST(test_dashboard)
{
	struct plot_point pts[] = { { 0, 1, 0, 0, 0, 0 }, { 1, 2, 0, 0, 0, 0 } };
	struct plot_series s = { "level", pts, 2, 0, 0 };
	const char *labels[] = { "2025Q1", "2025Q2" };
	struct plot_panel p[] = { { "Revenue", "bn USD", NULL, labels, 2, &s, 1, 1 },
				  { "RPO", "bn USD", NULL, labels, 2, &s, 1, 0 } };
	struct plot_spec spec = { "'Co' dashboard", "src", "dumb", NULL, 100, 30, p, 2 };
	struct buf out = BUF_INIT;
	ck_assert_int_eq(plot_script(&spec, &out, NULL), 0);
	ck_assert_ptr_nonnull(strstr(out.data, "set terminal dumb size 100,30"));
	ck_assert_ptr_nonnull(strstr(out.data, "set multiplot layout 1,2\n"));
	ck_assert_ptr_nonnull(strstr(out.data, "set label 1 \"'\".'Co'' dashboard. src'"));
	ck_assert_ptr_nonnull(strstr(out.data, "$p1s0a << EOD"));
	ck_assert_ptr_nonnull(strstr(out.data, "set title 'Revenue (bn USD)'"));
	ck_assert_ptr_nonnull(strstr(out.data, "set yrange [*<0:0<*]"));
	ck_assert_ptr_nonnull(strstr(out.data, "unset multiplot"));
	buf_free(&out);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("plot");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_quote, 0, ARRAY_LEN(quotes));
	tcase_add_test(tc, test_script);
	tcase_add_test(tc, test_dashboard);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
