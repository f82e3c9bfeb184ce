/*
 * mtrack extract: facts from one report, printed, not stored.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csvout.h"
#include "docconv.h"
#include "fact.h"
#include "numlex.h"
#include "reportin.h"
#include "textnorm.h"
#include "banned.h"

const char usage_extract[] =
	"extract [--date YYYY-MM-DD] [--subject ENTITY] [--format table|jsonl|csv] [--encoding NAME] [--unresolved] [--tokens] FILE|-\n\n"
	"Extracts the facts a report states and prints them; nothing is stored, and no\n"
	"store is needed (the default lexicon is used, or the store's when --db or\n"
	"$MTRACK_DB names one).\n\n"
	"  --date D        the report's date, which decides the year of periods written\n"
	"                  without one (default: a date in its first lines, else the\n"
	"                  file's modification time)\n"
	"  --subject E     the company the report is about, when its text does not say\n"
	"                  it plainly (a company's own filing or release)\n"
	"  --format F      table (default, for people), jsonl (one fact per line) or csv\n"
	"  --encoding E    the text encoding (an iconv name); PDF, HTML, UTF-8, UTF-16\n"
	"                  and GB18030 are detected by content\n"
	"  --unresolved    also list the quantities left out, and why\n"
	"  --tokens        print the lexer's tokens (quantities and cue words) instead\n";

/* Appends a string literal, its length known at compile time. */
#define ADD_LIT(b, lit) buf_add((b), (lit), sizeof(lit) - 1)

/* One fact as a JSON line, built in `line` (reused from fact to fact). */
static void print_jsonl(const struct fact *f, struct buf *line)
{
	struct buf b = *line;
	buf_reset(&b);
	char num[NUMBER_MAX];
	ADD_LIT(&b, "{\"entity\": ");
	buf_add_json(&b, f->entity);
	ADD_LIT(&b, ", \"metric\": ");
	buf_add_json(&b, f->metric);
	ADD_LIT(&b, ", \"kind\": ");
	buf_add_json(&b, f->kind);
	format_number(f->value, num, sizeof(num));
	ADD_LIT(&b, ", \"value\": ");
	buf_adds(&b, num);
	ADD_LIT(&b, ", \"unit\": ");
	buf_add_json(&b, f->unit);
	ADD_LIT(&b, ", \"qualifier\": ");
	buf_add_json(&b, f->qualifier);
	if (!strcmp(f->qualifier, "range")) {
		format_number(f->low, num, sizeof(num));
		buf_printf(&b, ", \"low\": %s", num);
		format_number(f->high, num, sizeof(num));
		buf_printf(&b, ", \"high\": %s", num);
	} else {
		ADD_LIT(&b, ", \"low\": null, \"high\": null");
	}
	ADD_LIT(&b, ", \"basis\": ");
	buf_add_json(&b, f->basis);
	ADD_LIT(&b, ", \"period_type\": ");
	buf_add_json(&b, f->period_type);
	ADD_LIT(&b, ", \"period_start\": ");
	buf_add_json(&b, f->period_start);
	ADD_LIT(&b, ", \"period_end\": ");
	buf_add_json(&b, f->period_end);
	ADD_LIT(&b, ", \"fiscal_label\": ");
	if (f->fiscal_label[0])
		buf_add_json(&b, f->fiscal_label);
	else
		ADD_LIT(&b, "null");
	ADD_LIT(&b, ", \"calendar_label\": ");
	if (f->calendar_label[0])
		buf_add_json(&b, f->calendar_label);
	else
		ADD_LIT(&b, "null");
	ADD_LIT(&b, ", \"restated\": ");
	if (f->restated)
		ADD_LIT(&b, "true");
	else
		ADD_LIT(&b, "false");
	ADD_LIT(&b, ", \"text\": ");
	buf_add_json(&b, f->text);
	format_number((double)f->start, num, sizeof(num));
	ADD_LIT(&b, ", \"start\": ");
	buf_adds(&b, num);
	format_number((double)f->end, num, sizeof(num));
	ADD_LIT(&b, ", \"end\": ");
	buf_adds(&b, num);
	if (f->page)
		buf_printf(&b, ", \"page\": %d", f->page);
	ADD_LIT(&b, "}\n");
	fwrite(b.data, 1, b.len, stdout);
	*line = b;
}

static void set_pages(struct fact_list *l, const char *text)
{
	for (size_t i = 0; i < l->n; i++)
		l->items[i].page = docconv_page_at(text, l->items[i].start);
}

static void print_csv_header(struct csvout *c)
{
	static const char *const cols[] = { "entity", "metric", "kind", "value", "unit", "qualifier", "low",
					    "high", "basis", "period_type", "period_start", "period_end",
					    "fiscal_label", "calendar_label", "text", "start", "end" };
	for (size_t i = 0; i < ARRAY_SIZE(cols); i++)
		csvout_text(c, cols[i]);
	csvout_end_row(c);
}

static void print_csv(struct csvout *c, const struct fact *f)
{
	csvout_text(c, f->entity);
	csvout_text(c, f->metric);
	csvout_text(c, f->kind);
	csvout_number(c, f->value);
	csvout_text(c, f->unit);
	csvout_text(c, f->qualifier);
	if (!strcmp(f->qualifier, "range")) {
		csvout_number(c, f->low);
		csvout_number(c, f->high);
	} else {
		csvout_empty(c);
		csvout_empty(c);
	}
	csvout_text(c, f->basis);
	csvout_text(c, f->period_type);
	csvout_text(c, f->period_start);
	csvout_text(c, f->period_end);
	csvout_text(c, f->fiscal_label);
	csvout_text(c, f->calendar_label);
	csvout_text(c, f->text);
	csvout_number(c, (double)f->start);
	csvout_number(c, (double)f->end);
	csvout_end_row(c);
}

static void print_table_header(void)
{
	printf("%-16s %-20s %-5s %-14s %-18s %-9s %-8s %-10s %s\n", "ENTITY", "METRIC", "KIND", "PERIOD",
	       "VALUE", "QUALIFIER", "BASIS", "END", "CALENDAR");
}

static void print_table(const struct fact_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct fact *f = &l->items[i];
		char v[96];
		cli_human_value(f->value, f->unit, strcmp(f->kind, "level") != 0, v, sizeof(v));
		if (!strcmp(f->qualifier, "range")) {
			char lo[32], hi[32];
			cli_human_value(f->low, f->unit, 0, lo, sizeof(lo));
			cli_human_value(f->high, f->unit, 0, hi, sizeof(hi));
			snprintf(v, sizeof(v), "%s..%s", lo, hi);
		}
		const char *label = f->fiscal_label[0] ? f->fiscal_label : f->calendar_label;
		/* ids may be Chinese: padded by display width */
		cli_print_cell(f->entity, 16);
		cli_print_cell(f->metric, 20);
		printf("%-5s %-14s %-18s %-9s %-8s %-10s %s\n", f->kind, label[0] ? label : f->period_type, v,
		       f->qualifier, f->basis, f->period_end, f->calendar_label);
	}
}

/* What extract prints, window after window. */
struct printer {
	const char *format;
	int unresolved;
	struct csvout csv;
	struct buf line;
	size_t facts; /* printed so far */
};

static void print_begin(struct printer *p)
{
	if (!strcmp(p->format, "csv")) {
		csvout_begin(&p->csv, stdout, 0);
		print_csv_header(&p->csv);
	} else if (!strcmp(p->format, "table")) {
		print_table_header();
	}
}

/* Prints a window's facts (and, in jsonl, the quantities it left out) and
 * empties the list; the table keeps what was left out for its end. */
static void print_window(struct printer *p, struct fact_list *l)
{
	p->facts += l->n;
	if (!strcmp(p->format, "jsonl")) {
		for (size_t i = 0; i < l->n; i++)
			print_jsonl(&l->items[i], &p->line);
		for (size_t i = 0; p->unresolved && i < l->ncands; i++) {
			struct buf b = p->line;
			buf_reset(&b);
			buf_adds(&b, "{\"unresolved\": ");
			buf_add_json(&b, l->cands[i].quantity);
			buf_adds(&b, ", \"stage\": ");
			buf_add_json(&b, l->cands[i].stage);
			buf_adds(&b, ", \"reason\": ");
			buf_add_json(&b, l->cands[i].reason);
			buf_adds(&b, ", \"text\": ");
			buf_add_json(&b, l->cands[i].sentence);
			buf_printf(&b, ", \"start\": %zu, \"end\": %zu}\n", l->cands[i].start, l->cands[i].end);
			fwrite(b.data, 1, b.len, stdout);
			p->line = b;
		}
	} else if (!strcmp(p->format, "csv")) {
		for (size_t i = 0; i < l->n; i++)
			print_csv(&p->csv, &l->items[i]);
	} else {
		print_table(l);
		/* what was left out is listed after every fact */
		for (size_t i = 0; i < l->n; i++)
			free(l->items[i].text);
		l->n = 0;
		return;
	}
	fact_list_clear(l);
}

static void print_end(struct printer *p, const struct fact_list *l)
{
	if (!strcmp(p->format, "csv")) {
		/* a failed write to standard output is told apart (closed pipe
		 * or full disk) and reported in main.c */
		csvout_finish(&p->csv);
	} else if (!strcmp(p->format, "table")) {
		if (!p->facts)
			printf("(no facts)\n");
		if (p->unresolved && l->ncands) {
			printf("\nleft out:\n");
			for (size_t i = 0; i < l->ncands; i++) {
				fputs("  ", stdout);
				cli_print_cell(l->cands[i].quantity, 24);
				printf("%s: %s\n", l->cands[i].stage, l->cands[i].reason);
			}
		}
	}
	buf_free(&p->line);
}

static int print_tokens(const char *data, size_t len)
{
	struct errmsg e;
	struct numlex *nl = numlex_new(&e);
	if (!nl) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	struct textnorm tn;
	if (textnorm_run(data, len, &tn, &e) < 0) {
		numlex_free(nl);
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	struct numlex_token *t = NULL;
	size_t n = 0, cap = 0;
	int rc = numlex_scan(nl, tn.text, tn.len, &t, &n, &cap, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	printf("%-7s %-7s %-9s %-20s %-9s %s\n", "START", "END", "KIND", "VALUE", "QUALIFIER", "TEXT");
	for (size_t i = 0; rc == 0 && i < n; i++) {
		size_t s = textnorm_orig(&tn, t[i].start), en = textnorm_orig(&tn, t[i].end);
		char v[NUMBER_MAX + 16];
		if (t[i].kind == NL_CUE) {
			numlex_cue_names(t[i].cue, v, sizeof(v));
		} else {
			char num[NUMBER_MAX];
			format_number(round_significant(t[i].value, 15), num, sizeof(num));
			snprintf(v, sizeof(v), "%s %s", num, t[i].unit);
		}
		printf("%-7zu %-7zu %-9s %-20s %-9s %.*s\n", s, en, numlex_kind_name(t[i].kind), v,
		       t[i].kind == NL_CUE ? "" : numlex_qualifier_name(t[i].qualifier), (int)(en - s), data + s);
	}
	free(t);
	textnorm_free(&tn);
	numlex_free(nl);
	return rc ? EXIT_FAIL : EXIT_OK;
}

int cmd_extract(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },   { "format", required_argument, NULL, 'f' },
		{ "unresolved", no_argument, NULL, 'u' },   { "tokens", no_argument, NULL, 't' },
		{ "encoding", required_argument, NULL, 'e' }, { "subject", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const formats[] = { "table", "jsonl", "csv", NULL };
	const struct command *self = cli_find_command("extract");
	const char *date = NULL, *format = "table", *encoding = NULL, *subject = NULL;
	int unresolved = 0, tokens = 0, c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			date = optarg;
			break;
		case 'f':
			format = optarg;
			break;
		case 'u':
			unresolved = 1;
			break;
		case 't':
			tokens = 1;
			break;
		case 'e':
			encoding = optarg;
			break;
		case 'S':
			subject = optarg;
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return cli_bad_usage(self, "extract takes one FILE (or - for standard input)");
	if (!cli_one_of(format, formats))
		return cli_bad_usage(self, "unknown format '%s'", format);
	if (date && !is_iso_date(date))
		return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", date);

	struct report_input in;
	struct report_reader rd;
	struct errmsg e;
	/* a plain text is read a window at a time, never whole */
	int streamed = tokens ? 0 : reportin_open(argv[optind], date, NULL, encoding, &in, &rd, &e);
	if (streamed < 0 || (!streamed && reportin_load(argv[optind], date, NULL, encoding, &in, &e) < 0)) {
		cli_error("%s", e.text);
		return EXIT_FAIL;
	}
	if (tokens) {
		int rc = print_tokens(in.data, in.len);
		reportin_free(&in);
		return rc;
	}
	struct lexicon *lx = NULL;
	int about = -1, rc = EXIT_OK;
	if (cli_load_lexicon(cli, &lx) < 0) {
		rc = EXIT_FAIL;
	} else if (subject && (about = lexicon_find_entity(lx, subject)) < 0) {
		cli_error("unknown entity '%s' for --subject (see mtrack lexicon list)", subject);
		rc = EXIT_FAIL;
	}
	struct fact_extractor *fx = rc == EXIT_OK ? fact_extractor_new(lx, &e) : NULL;
	struct fact_stream *fs = fx ? fact_stream_new(fx, in.date, about, cli->window, &e) : NULL;
	if (rc == EXIT_OK && !fs) {
		cli_error("'%s': %s", argv[optind], e.text);
		rc = EXIT_FAIL;
	}
	struct fact_list l = FACT_LIST_INIT;
	l.want_candidates = unresolved;
	struct printer pr = { .format = format, .unresolved = unresolved, .line = BUF_INIT };
	if (rc == EXIT_OK)
		print_begin(&pr);
	size_t at = 0, want = 2 * (cli->window ? cli->window : FACT_WINDOW_DEFAULT);
	while (rc == EXIT_OK) {
		const char *text = in.data ? in.data + at : NULL;
		size_t len = in.len - at, used = 0;
		int last = 1;
		if (streamed) {
			if (reportin_fill(&rd, want, &e) < 0) {
				cli_error("%s", e.text);
				rc = EXIT_FAIL;
				break;
			}
			text = rd.buf ? rd.buf : "";
			len = rd.len;
			last = rd.eof;
		}
		if (fact_stream_next(fs, text, len, last, &used, &l, &e) < 0) {
			cli_error("'%s': %s", argv[optind], e.text);
			rc = EXIT_FAIL;
			break;
		}
		if (!used && !last) {
			want = 2 * len; /* no end of a window in reach: read further */
			continue;
		}
		if (in.pages)
			set_pages(&l, in.data);
		print_window(&pr, &l);
		if (streamed)
			reportin_consume(&rd, used);
		at += used;
		if (last && used == len)
			break;
	}
	if (rc == EXIT_OK) {
		print_end(&pr, &l);
		if (!unresolved)
			cli_report_notes(argv[optind], &in, pr.facts, l.nquantities);
	}
	fflush(stdout);
	fact_list_free(&l);
	fact_stream_free(fs);
	fact_extractor_free(fx);
	lexicon_free(lx);
	reportin_free(&in);
	if (streamed)
		reportin_close(&rd);
	return rc;
}
