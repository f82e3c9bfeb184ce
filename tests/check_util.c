/* util: the small helpers the modules share. */
#include <math.h>
#include <stdint.h>

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

/* format_number() as it was before its fast paths: printf at 15
 * significant digits, trailing zeros stripped. */
static void reference_format(double v, char *out, size_t outlen)
{
	double mag = fabs(v);
	int intdigits = mag >= 1 ? (int)floor(log10(mag)) + 1 : 1;
	int decimals = 15 - intdigits;
	if (decimals < 0)
		decimals = 0;
	if (decimals > 12)
		decimals = 12;
	snprintf(out, outlen, "%.*f", decimals, v);
	char *dot = strchr(out, '.');
	if (dot) {
		char *end = out + strlen(out) - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, outlen, "0");
}

/* The fast paths write what printf would, for values of every magnitude
 * with few and many decimals, near rounding edges and not. */
START_TEST(test_format_number_as_printf)
{
	uint64_t x = 88172645463325252ULL;
	for (int i = 0; i < 200000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		double mant = (double)(x % 10000000) / pow(10, (double)((x >> 40) % 8));
		double v = mant * pow(10, (double)((int)((x >> 20) % 12) - 4));
		if (x & 1)
			v = -v;
		if ((x >> 3) % 5 == 0)
			v += 1e-12 * (double)((x >> 8) % 7); /* near a rounding edge */
		char got[64], want[64];
		format_number(v, got, sizeof(got));
		reference_format(v, want, sizeof(want));
		ck_assert_msg(!strcmp(got, want), "%.17g: got %s, want %s", v, got, want);
	}
	static const double edges[] = { 0.1 + 0.2, 2.0000000000000004, 1e-7, 0.0049999999999999, 119.74, -0.005,
					 123456789.123456, 99999999999999.9, 0.125, 1.005, 2.675, 1e-13 };
	for (size_t i = 0; i < ARRAY_LEN(edges); i++) {
		char got[64], want[64];
		format_number(edges[i], got, sizeof(got));
		reference_format(edges[i], want, sizeof(want));
		ck_assert_msg(!strcmp(got, want), "%.17g: got %s, want %s", edges[i], got, want);
	}
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
	tcase_add_test(tc, test_format_number_as_printf);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
