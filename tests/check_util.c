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
	/* what 15 significant digits and 12 decimals lost */
	{ 1e-20, "0.00000000000000000001" },         { 0.3333333333333333, "0.3333333333333333" },
	{ 99999999999999.99, "99999999999999.98" },  { 0.1 + 0.2, "0.30000000000000004" },
	{ 2.0000000000000004, "2.0000000000000004" }, { 9007199254740993.0, "9007199254740992" },
	{ 1e17, "100000000000000000" },              { -1.5e-7, "-0.00000015" },
	{ 123456.1234567, "123456.1234567" },        { 5e-324, NULL },
	{ 1e63, "1000000000000000000000000000000000000000000000000000000000000000" },
};

START_TEST(test_format_number)
{
	char out[NUMBER_MAX];
	format_number(numbers[_i].v, out, sizeof(out));
	if (numbers[_i].out)
		ck_assert_str_eq(out, numbers[_i].out);
	ck_assert_msg(strtod(out, NULL) == numbers[_i].v, "%s does not read back as %.17g", out, numbers[_i].v);
	ck_assert_ptr_null(strchr(out, 'e'));
}
END_TEST

/* The fewest significant digits that read back as v, in fixed notation:
 * what format_number() writes, by the slow road. */
static void reference_format(double v, char *out, size_t outlen)
{
	char e[40];
	int p = 1;
	for (; p <= 17; p++) {
		snprintf(e, sizeof(e), "%.*e", p - 1, v);
		if (strtod(e, NULL) == v)
			break;
	}
	int exp = (int)strtol(strchr(e, 'e') + 1, NULL, 10);
	int decimals = p - 1 - exp;
	if (decimals >= 0) {
		snprintf(out, outlen, "%.*f", decimals, v);
	} else {
		/* the digits, then zeros: %.0f would write the double's own */
		size_t o = 0;
		for (const char *c = e; *c != 'e'; c++)
			if (*c != '.')
				out[o++] = *c;
		for (int i = 0; i < -decimals; i++)
			out[o++] = '0';
		out[o] = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, outlen, "0");
}

/* The fast paths write the shortest digits that read back, for values of
 * every magnitude with few and many decimals, near rounding edges and not;
 * every value comes back from its text unchanged. */
START_TEST(test_format_number_round_trip)
{
	uint64_t x = 88172645463325252ULL;
	for (int i = 0; i < 40000; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		double mant = (double)(x % 10000000) / pow(10, (double)((x >> 40) % 8));
		double v = mant * pow(10, (double)((int)((x >> 20) % 12) - 4));
		if (x & 1)
			v = -v;
		if ((x >> 3) % 5 == 0)
			v += 1e-12 * (double)((x >> 8) % 7); /* near a rounding edge */
		if ((x >> 5) % 7 == 0)
			memcpy(&v, &x, sizeof(v)); /* any bit pattern */
		if (!isfinite(v))
			continue;
		char got[NUMBER_MAX], want[NUMBER_MAX];
		format_number(v, got, sizeof(got));
		reference_format(v, want, sizeof(want));
		ck_assert_msg(!strcmp(got, want), "%.17g: got %s, want %s", v, got, want);
		ck_assert_msg(strtod(got, NULL) == v, "%.17g: %s does not read back", v, got);
	}
	static const double edges[] = { 0.1 + 0.2, 2.0000000000000004, 1e-7, 0.0049999999999999, 119.74, -0.005,
					 123456789.123456, 99999999999999.9, 0.125, 1.005, 2.675, 1e-13,
					 1.7976931348623157e308, -4.9e-324 };
	for (size_t i = 0; i < ARRAY_LEN(edges); i++) {
		char got[NUMBER_MAX], want[NUMBER_MAX];
		format_number(edges[i], got, sizeof(got));
		reference_format(edges[i], want, sizeof(want));
		ck_assert_msg(!strcmp(got, want), "%.17g: got %s, want %s", edges[i], got, want);
	}
}
END_TEST

/* A buffer too small gets nothing rather than a number cut short. */
START_TEST(test_format_number_never_cut)
{
	char small[8];
	format_number(123456789, small, sizeof(small));
	ck_assert_str_eq(small, "");
	format_number(0.000000125, small, sizeof(small));
	ck_assert_str_eq(small, "");
	format_number(1234567, small, sizeof(small));
	ck_assert_str_eq(small, "1234567");
}
END_TEST

/* A line broken off on a word that leads on: the word in lower case, whole,
 * after a space. */
START_TEST(test_span_ends_on_word)
{
	static const char *const words[] = { "of", "the", "ended" };
	const char *t = "an increase over the year ended";
	ck_assert(span_ends_on_word(t, 0, strlen(t), words, 3));
	t = "results of";
	ck_assert(span_ends_on_word(t, 0, strlen(t), words, 3));
	t = "results Of";
	ck_assert(!span_ends_on_word(t, 0, strlen(t), words, 3));
	t = "x-of";
	ck_assert(!span_ends_on_word(t, 0, strlen(t), words, 3));
	t = "the year";
	ck_assert(!span_ends_on_word(t, 0, strlen(t), words, 3));
	t = "of";
	ck_assert(span_ends_on_word(t, 0, strlen(t), words, 3));
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
	tcase_add_test(tc, test_span_ends_on_word);
	tcase_add_test(tc, test_format_number_round_trip);
	tcase_add_test(tc, test_format_number_never_cut);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
