/*
 * libFuzzer target: CSV as 'mtrack import' reads it. Every record's
 * cells, their defusing apostrophe taken off, and the numbers in them;
 * a text cell written by csvout and read back must be the same text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct seen {
	size_t records, cells;
	long last_line;
};

static int on_record(char **f, size_t n, long line, void *ctx)
{
	struct seen *s = ctx;
	if (line < s->last_line)
		abort(); /* records come in order */
	s->last_line = line;
	s->records++;
	for (size_t i = 0; i < n; i++) {
		double v;
		const char *t = csvin_text(f[i] ? f[i] : "");
		if (parse_double(t, &v) == 0) {
			char num[NUMBER_MAX];
			format_number(v, num, sizeof(num));
			if (strtod(num, NULL) != v)
				abort();
		}
		s->cells++;
	}
	return 0;
}

struct expect {
	const char *cell;
	int records;
};

static int on_written(char **f, size_t n, long line, void *ctx)
{
	struct expect *x = ctx;
	if (x->records++ == 0)
		return 0; /* the header */
	if (n != 1 || !f[0] || strcmp(csvin_text(f[0]), x->cell) != 0)
		abort();
	return 0;
}

/* A text cell written by csvout and read back is the same text. */
static void round_trip(const char *cell)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		abort();
	struct csvout c;
	csvout_begin(&c, f, 0);
	/* a header first, as export writes: a BOM opening the file is no cell */
	csvout_text(&c, "h");
	csvout_end_row(&c);
	csvout_text(&c, cell);
	csvout_end_row(&c);
	fclose(f);
	struct expect x = { cell, 0 };
	struct errmsg e;
	if (csvin_parse(buf, len, on_written, &x, &e) != 0 || x.records != 2)
		abort();
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct seen s = { 0, 0, 0 };
	struct errmsg e;
	csvin_parse((const char *)data, size, on_record, &s, &e);
	/* the input up to its first NUL, as one text cell */
	char *cell = strndup((const char *)data, size);
	if (cell && *cell)
		round_trip(cell);
	free(cell);
	return 0;
}
