/*
 * libFuzzer target: a report's bytes through the whole extractor, as
 * 'mtrack extract' reads a file: detection and conversion (UTF-8, UTF-16,
 * GB18030, HTML; PDF is left out, it runs pdftotext), normalization, the
 * lexers and fact assembly with the default lexicon, and the screen that
 * leaves out impossible magnitudes. Every fact must be finite, within its
 * text, and print to digits that read back as it.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "docconv.h"
#include "fact.h"
#include "store.h"

static struct lexicon *lx;
static struct fact_extractor *fx;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct store *s = NULL;
	struct errmsg e;
	if (store_open(":memory:", &s, &e) < 0 || store_load_lexicon(s, &lx, &e) < 0 ||
	    !(fx = fact_extractor_new(lx, &e))) {
		fprintf(stderr, "fuzz_extract: %s\n", e.text);
		abort();
	}
	store_close(s);
	return 0;
}

static void check_number(double v)
{
	char num[NUMBER_MAX];
	if (!isfinite(v))
		abort();
	format_number(v, num, sizeof(num));
	if (strtod(num, NULL) != v)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* a PDF would start pdftotext: not what this target is for */
	if (size >= 5 && !memcmp(data, "%PDF-", 5))
		return -1;
	struct doc_text d;
	struct errmsg e;
	if (docconv_to_utf8("fuzz", (const char *)data, size, NULL, &d, &e) < 0)
		return 0;
	struct fact_list l = FACT_LIST_INIT;
	l.want_candidates = size & 1;
	if (fact_extract(fx, d.text, d.len, "2025-06-30", &l, &e) == 0) {
		for (size_t i = 0; i < l.n; i++) {
			const struct fact *f = &l.items[i];
			if (f->start > f->end || f->end > d.len || fabs(f->value) > FACT_MAGNITUDE_MAX)
				abort();
			check_number(f->value);
			check_number(f->low);
			check_number(f->high);
		}
	}
	fact_list_free(&l);
	docconv_free(&d);
	return 0;
}
