/*
 * CSV out and in through libcsv (see csvout.h). The only file that
 * includes csv.h.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "csvout.h"
#include "banned.h"

void csvout_begin(struct csvout *c, FILE *f, int bom)
{
	c->f = f;
	c->cells = 0;
	c->failed = 0;
	if (bom && fputs("\xEF\xBB\xBF", f) < 0)
		c->failed = 1;
}

static void sep(struct csvout *c)
{
	if (c->cells++ && fputc(',', c->f) == EOF)
		c->failed = 1;
}

void csvout_text(struct csvout *c, const char *s)
{
	sep(c);
	if (!s || !*s)
		return;
	size_t n = strlen(s);
	if (!strchr("=+-@\t\r'", s[0]) && !strpbrk(s, ",\"\r\n") && s[0] != ' ' && s[n - 1] != ' ') {
		/* the common cell: written as it stands */
		if (fwrite(s, 1, n, c->f) != n)
			c->failed = 1;
		return;
	}
	struct buf b = BUF_INIT;
	/* a cell a spreadsheet would evaluate is written as text; so is one
	 * that starts with the apostrophe, that csvin_text() takes it back */
	if (strchr("=+-@\t\r'", s[0]))
		buf_addc(&b, '\'');
	buf_adds(&b, s);
	int quote = strpbrk(b.data, ",\"\r\n") != NULL || b.data[0] == ' ' || b.data[b.len - 1] == ' ';
	if (quote) {
		if (csv_fwrite(c->f, b.data, b.len) != 0)
			c->failed = 1;
	} else if (fwrite(b.data, 1, b.len, c->f) != b.len) {
		c->failed = 1;
	}
	buf_free(&b);
}

void csvout_number(struct csvout *c, double v)
{
	char num[NUMBER_MAX];
	sep(c);
	format_number(v, num, sizeof(num));
	if (fputs(num, c->f) < 0)
		c->failed = 1;
}

void csvout_empty(struct csvout *c)
{
	sep(c);
}

void csvout_end_row(struct csvout *c)
{
	if (fputs("\r\n", c->f) < 0)
		c->failed = 1;
	c->cells = 0;
}

int csvout_finish(struct csvout *c)
{
	if (fflush(c->f) != 0)
		c->failed = 1;
	return c->failed ? -1 : 0;
}

const char *csvin_text(const char *cell)
{
	return cell[0] == '\'' ? cell + 1 : cell;
}

struct reader {
	char **fields;
	size_t n, cap;
	long line;        /* line the current record started on */
	long cur_line;    /* line being read */
	int (*fn)(char **, size_t, long, void *);
	void *ctx;
	int rc;
};

static void on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	GROW(r->fields, r->cap, r->n + 1);
	r->fields[r->n++] = xstrndup(s ? s : "", len);
}

static void on_record(int term, void *data)
{
	struct reader *r = data;
	(void)term;
	if (!r->rc && r->n)
		r->rc = r->fn(r->fields, r->n, r->line, r->ctx);
	for (size_t i = 0; i < r->n; i++)
		free(r->fields[i]);
	r->n = 0;
}

static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int csvin_parse(const char *text, size_t len,
		int (*fn)(char **fields, size_t n, long line, void *ctx), void *ctx, struct errmsg *e)
{
	struct csv_parser p;
	struct reader r = { NULL, 0, 0, 1, 1, fn, ctx, 0 };
	if (len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3)) {
		text += 3;
		len -= 3;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL) != 0)
		return err_set(e, "cannot start the CSV parser");
	/* spaces are part of a cell (" 5" is no number), as export writes them */
	csv_set_space_func(&p, no_space);

	/* feed line by line so a record knows the line it started on */
	size_t i = 0;
	int rc = 0;
	while (i < len && !r.rc) {
		size_t j = i;
		while (j < len && text[j] != '\n')
			j++;
		if (j < len)
			j++;
		/* libcsv grows a cell by its block size at a time: by 128 bytes,
		 * a long cell would cost its length squared */
		csv_set_blk_size(&p, j - i > 128 ? j - i : 128);
		if (csv_parse(&p, text + i, j - i, on_field, on_record, &r) != j - i) {
			rc = err_set(e, "line %ld: %s", r.cur_line, csv_strerror(csv_error(&p)));
			break;
		}
		r.cur_line++;
		if (p.pstate == 0)
			r.line = r.cur_line;
		i = j;
	}
	if (!rc && !r.rc && csv_fini(&p, on_field, on_record, &r) != 0)
		rc = err_set(e, "line %ld: %s", r.cur_line, csv_strerror(csv_error(&p)));
	for (size_t k = 0; k < r.n; k++)
		free(r.fields[k]);
	free(r.fields);
	csv_free(&p);
	if (rc)
		return rc;
	return r.rc;
}
