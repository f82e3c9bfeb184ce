/* xlsxout: sheets with hostile names, typed cells, charts, and a workbook
 * that cannot be written. */
#include <unistd.h>

#include "xlsxout.h"
#include "testutil.h"

/* Each name in turn is added to one workbook: Excel's forbidden characters
 * and lengths are taken care of; a name already there is refused. */
static const struct {
	const char *name;
	int ok;
} sheets[] = {
	{ "long", 1 },
	{ "wide quarter", 1 },
	{ "a[b]c:d*e?f/g\\h", 1 },
	{ "微软微软微软微软微软微软微软微软微软微软微软", 1 }, /* 33 bytes: cut at a character */
	{ "an exceedingly long sheet name beyond thirty-one", 1 },
	{ "long", 0 },
};

static int file_starts_with(const char *path, const char *magic)
{
	char head[8] = "";
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	size_t n = fread(head, 1, strlen(magic), f);
	fclose(f);
	return n == strlen(magic) && !memcmp(head, magic, n);
}

START_TEST(test_workbook)
{
	char *dir = temp_dir();
	char path[600];
	snprintf(path, sizeof(path), "%s/book.xlsx", dir);
	struct errmsg e;
	struct xlsxout *x = xlsxout_new(path, &e);
	ck_assert_ptr_nonnull(x);
	const char *head[] = { "period", "end", "value", "note" };
	const double widths[] = { 10, 12, 20, 0 };
	for (size_t i = 0; i < ARRAY_LEN(sheets); i++) {
		int rc = xlsxout_sheet(x, sheets[i].name, head, widths, 4, &e);
		ck_assert_msg((rc == 0) == sheets[i].ok, "sheet '%s'", sheets[i].name);
	}
	/* cells land on the last sheet added */
	for (int r = 0; r < 3; r++) {
		xlsxout_estimate(x, r == 2);
		xlsxout_text(x, r ? "FY2026Q1" : "=1+1");
		xlsxout_date(x, r == 1 ? "not a date" : "2025-09-30");
		xlsxout_number(x, r ? 392000000000.0 : 0.3333333333333333);
		xlsxout_empty(x);
		ck_assert_int_eq(xlsxout_end_row(x), r + 1);
	}
	const struct xlsxout_line lines[] = { { "微软", 2 } };
	ck_assert_int_eq(xlsxout_line_chart(x, "charts", "RPO", "long", 0, 1, 3, lines, 1, "USD", &e), 0);
	ck_assert_int_eq(xlsxout_line_chart(x, "charts", "RPO again", "long", 0, 1, 3, lines, 1, NULL, &e), 0);
	ck_assert_int_eq(xlsxout_close(x, &e), 0);
	ck_assert(file_starts_with(path, "PK\x03\x04"));
	unlink(path);
	rmdir(dir);
	free(dir);
}
END_TEST

START_TEST(test_unwritable)
{
	char *dir = temp_dir();
	char path[600];
	snprintf(path, sizeof(path), "%s/no/such/folder/book.xlsx", dir);
	struct errmsg e;
	struct xlsxout *x = xlsxout_new(path, &e);
	if (x) {
		const char *head[] = { "a" };
		ck_assert_int_eq(xlsxout_sheet(x, "s", head, NULL, 1, &e), 0);
		ck_assert_int_eq(xlsxout_close(x, &e), -1);
		ck_assert_str_ne(e.text, "");
	}
	ck_assert_int_ne(access(path, F_OK), 0);
	rmdir(dir);
	free(dir);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("xlsxout");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_workbook);
	tcase_add_test(tc, test_unwritable);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
