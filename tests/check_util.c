/* util: the small helpers the modules share. */
#include "testutil.h"
#include "util.h"

/* Every start offset of texts where the first digit stands at every place
 * within and across the eight-byte blocks, beside the bytes next to '0'
 * and '9' and bytes above 0x7F. */
START_TEST(test_find_digit)
{
	static const char filler[] = "/:abc\xE4\xB8\x80 \xB0\xB9\xFF\x2F\x3A";
	char text[64];
	for (size_t at = 0; at < 40; at++) {
		for (size_t i = 0; i < sizeof(text); i++)
			text[i] = filler[i % (sizeof(filler) - 1)];
		text[at] = (char)('0' + at % 10);
		for (size_t from = 0; from <= at; from++)
			ck_assert_uint_eq(find_digit(text, from, sizeof(text)), at);
		ck_assert_uint_eq(find_digit(text, at + 1, sizeof(text)), sizeof(text));
		ck_assert_uint_eq(find_digit(text, 0, at), at);
	}
	ck_assert_uint_eq(find_digit("", 0, 0), 0);
}
END_TEST

static const struct {
	double v;
	const char *out;
} numbers[] = {
	{ 0, "0" },           { -0.0, "0" },         { 392e9, "392000000000" }, { -8, "-8" },
	{ 23.7, "23.7" },     { 0.5, "0.5" },        { -1.25, "-1.25" },        { 1e15, "1000000000000000" },
	{ 123456789012345, "123456789012345" },      { 0.000001, "0.000001" },
};

START_TEST(test_format_number)
{
	char out[64];
	format_number(numbers[_i].v, out, sizeof(out));
	ck_assert_str_eq(out, numbers[_i].out);
}
END_TEST

START_TEST(test_copy_str)
{
	char small[4];
	copy_str(small, sizeof(small), "abcdef");
	ck_assert_str_eq(small, "abc");
	copy_str(small, sizeof(small), "ab");
	ck_assert_str_eq(small, "ab");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_find_digit);
	tcase_add_loop_test(tc, test_format_number, 0, ARRAY_LEN(numbers));
	tcase_add_test(tc, test_copy_str);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
