/*
 * libFuzzer target: the number and period parsers on their own, where a
 * fault is easiest to find. The input is normalized text for the quantity
 * lexer and the period scanner; its first line is also tried as a period
 * label (FY2026Q1, 2025H1), a date, a fiscal calendar rule and a decimal.
 * Every token must lie inside the text, in order, with a finite value.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numlex.h"
#include "period.h"
#include "textnorm.h"
#include "util.h"

static struct numlex *nl;
static struct period_scanner *ps;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct errmsg e;
	if (!(nl = numlex_new(&e)) || !(ps = period_scanner_new(&e))) {
		fprintf(stderr, "fuzz_numbers: %s\n", e.text);
		abort();
	}
	return 0;
}

static void first_line(const uint8_t *data, size_t size)
{
	size_t n = 0;
	while (n < size && n < 256 && data[n] != '\n' && data[n] != '\0')
		n++;
	char s[257];
	memcpy(s, data, n);
	s[n] = '\0';
	struct period_expr x;
	period_parse_label(s, &x);
	struct date d;
	if (date_parse(s, &d) == 0) {
		char out[11];
		date_format(d, out);
	}
	struct fiscal_calendar cal;
	if (period_calendar_parse(s, &cal) == 0) {
		char out[64];
		period_calendar_format(&cal, out, sizeof(out));
	}
	double v;
	if (parse_double(s, &v) == 0) {
		char num[NUMBER_MAX];
		format_number(v, num, sizeof(num));
		if (strtod(num, NULL) != v)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	first_line(data, size);
	struct textnorm tn;
	struct errmsg e;
	if (textnorm_run((const char *)data, size, &tn, &e) < 0)
		return 0;
	struct numlex_token *t = NULL;
	size_t n = 0, cap = 0;
	if (numlex_scan(nl, tn.text, tn.len, &t, &n, &cap, &e) == 0) {
		for (size_t i = 0; i < n; i++) {
			if (t[i].start > t[i].end || t[i].end > tn.len || (i && t[i].start < t[i - 1].start))
				abort();
			if (t[i].kind != NL_CUE && !isfinite(t[i].value))
				abort();
		}
	}
	struct period_span *sp = NULL;
	size_t ns = 0, caps = 0;
	if (period_scan(ps, tn.text, tn.len, NULL, 0, &sp, &ns, &caps, &e) == 0) {
		struct fiscal_calendar cal;
		static const char *const rules[] = { "12-31", "06-30", "last-sat-09", "nearest-sun-10-31" };
		if (period_calendar_parse(rules[size % 4], &cal) < 0)
			abort();
		struct date ref = { 2025, 6, 30 };
		for (size_t i = 0; i < ns; i++) {
			if (sp[i].start > sp[i].end || sp[i].end > tn.len)
				abort();
			struct period pr;
			if (sp[i].kind == PSPAN_PERIOD && period_resolve(&sp[i].expr, &cal, NULL, ref, (int)(i & 1), &pr) == 0)
				period_label(&pr, &cal);
		}
	}
	free(sp);
	free(t);
	textnorm_free(&tn);
	return 0;
}
