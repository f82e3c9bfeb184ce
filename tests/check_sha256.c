/* sha256: the FIPS 180-4 examples, and each length where the padding
 * changes shape (55, 56, 63, 64, 65 bytes ...), against known digests. */
#include "sha256.h"
#include "testutil.h"

static const struct {
	const char *text; /* NULL: `repeat` times 'a' */
	size_t repeat;
	const char *digest;
} cases[] = {
	{ "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
	{ "abc", 0, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
	{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 0,
	  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
	  0, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
	{ NULL, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318" },
	{ NULL, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a" },
	{ NULL, 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34" },
	{ NULL, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb" },
	{ NULL, 65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0" },
	{ NULL, 119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb" },
	{ NULL, 120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c" },
	{ NULL, 128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e" },
	{ NULL, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" },
};

/* Case i's text and length; a repeated 'a' is made (in *owned, to free). */
static const char *case_text(int i, size_t *len, char **owned)
{
	const char *text = cases[i].text;
	*len = text ? strlen(text) : cases[i].repeat;
	if (!text) {
		*owned = malloc(*len);
		ck_assert_ptr_nonnull(*owned);
		memset(*owned, 'a', *len);
		text = *owned;
	}
	return text;
}

START_TEST(test_digest)
{
	size_t len;
	char *owned = NULL;
	const char *text = case_text(_i, &len, &owned);
	char out[65];
	memset(out, 'x', sizeof(out));
	ck_assert_int_eq(sha256_hex(text, len, out, NULL), 0);
	ck_assert_str_eq(out, cases[_i].digest);
	free(owned);
}
END_TEST

/* The same digests given piece by piece, in pieces of every size from 1
 * to 70 bytes (across SHA-256's 64-byte blocks). */
START_TEST(test_pieces)
{
	size_t len;
	char *owned = NULL;
	const char *text = case_text(_i, &len, &owned);
	size_t step = (size_t)(_i * 7 % 70) + 1;
	struct sha256 *h = sha256_begin(NULL);
	ck_assert_ptr_nonnull(h);
	for (size_t at = 0; at < len; at += step)
		sha256_add(h, text + at, at + step <= len ? step : len - at);
	char out[65];
	ck_assert_int_eq(sha256_end(h, out, NULL), 0);
	ck_assert_str_eq(out, cases[_i].digest);
	free(owned);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sha256");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_digest, 0, ARRAY_LEN(cases));
	tcase_add_loop_test(tc, test_pieces, 0, ARRAY_LEN(cases));
	suite_add_tcase(s, tc);
	return run_suite(s);
}
