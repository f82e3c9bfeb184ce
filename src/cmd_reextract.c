/*
 * mtrack reextract and mtrack redate: read stored reports again, from the
 * text the store kept, with today's extractor and lexicon (and, for
 * redate, a corrected date); what changed becomes a new version of the
 * report, recorded as an event.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "docconv.h"
#include "fact.h"
#include "banned.h"

const char usage_reextract[] =
	"reextract ID...|--all [--dry-run] [--why TEXT]\n\n"
	"Reads stored reports again, from the text the store kept, with today's\n"
	"extractor and lexicon (after 'mtrack lexicon alias', say). A report whose\n"
	"facts come out different gets them stored as a new version; the earlier\n"
	"ones stay in its history (mtrack history shows which extractor made each).\n"
	"Each fact is shown as new (+), changed (~) or gone (-). A fact rejected\n"
	"before and found again unchanged stays rejected.\n\n"
	"  --all       every report in the store\n"
	"  --dry-run   show what would change; store nothing\n"
	"  --why T     the reason, recorded in the log\n\n"
	"Reports stored before mtrack kept texts (or imported from CSV) cannot be\n"
	"read again; adding the same file again keeps its text.\n";

const char usage_redate[] =
	"redate ID DATE [--why TEXT]\n\n"
	"Corrects a report's date (a report dated by its file's modification time,\n"
	"say). Its facts are read again with the new date, since periods written\n"
	"without a year (Q3, 三季度) are placed by it. Recorded in the log; earlier\n"
	"answers stay available with --known-at.\n";

/* A batch is committed after this many reports or this many seconds, as add does. */
enum { BATCH_REPORTS = 500 };
static const double BATCH_SECONDS = 0.5;

struct rx {
	struct store *s;
	struct fact_extractor *fx;
	char extractor[64];
	struct buf lines; /* the changes of the report being read */
};

static void describe(struct buf *b, const struct fact *f)
{
	char v[128];
	if (!strcmp(f->qualifier, "range")) {
		char lo[48], hi[48];
		cli_human_value(f->low, f->unit, strcmp(f->kind, "level") != 0, lo, sizeof(lo));
		cli_human_value(f->high, f->unit, strcmp(f->kind, "level") != 0, hi, sizeof(hi));
		snprintf(v, sizeof(v), "%s..%s", lo, hi);
	} else {
		cli_human_value(f->value, f->unit, strcmp(f->kind, "level") != 0, v, sizeof(v));
	}
	buf_printf(b, "%s %s %s %s %s %s%s%s", f->entity, f->metric, f->kind,
		   f->fiscal_label[0] ? f->fiscal_label : f->calendar_label[0] ? f->calendar_label : f->period_end, v,
		   f->basis, strcmp(f->qualifier, "exact") ? " " : "", strcmp(f->qualifier, "exact") ? f->qualifier : "");
}

static int change_line(enum store_change c, const struct fact *old, const struct fact *now, void *ctx)
{
	struct rx *r = ctx;
	buf_printf(&r->lines, "  %c ", (char)c);
	describe(&r->lines, now ? now : old);
	if (c == STORE_CHANGED) {
		buf_adds(&r->lines, "\n      was ");
		describe(&r->lines, old);
	}
	buf_addc(&r->lines, '\n');
	return 0;
}

/* The facts of the kept text of report `id`, dated `date` (its own date
 * when NULL). Returns 0, 1 when no text was kept, -1 after printing the
 * error. */
static int read_again(struct rx *r, long id, const char *date, struct fact_list *facts, char cur_date[11])
{
	char *text;
	size_t len;
	int pages;
	struct errmsg e;
	int rc = store_report_text(r->s, id, &text, &len, &pages, cur_date, &e);
	if (rc < 0)
		cli_error("%s", e.text);
	if (rc)
		return rc;
	if (fact_extract(r->fx, text, len, date ? date : cur_date, facts, &e) < 0) {
		cli_error("report %ld: %s", id, e.text);
		free(text);
		return -1;
	}
	if (pages)
		for (size_t i = 0; i < facts->n; i++)
			facts->items[i].page = docconv_page_at(text, facts->items[i].start);
	free(text);
	return 0;
}

static int rx_open(struct cli *cli, struct rx *r, struct lexicon **lx)
{
	struct errmsg e;
	memset(r, 0, sizeof(*r));
	*lx = NULL;
	if (cli_open_store(cli, &r->s) < 0)
		return -1;
	if (store_load_lexicon(r->s, lx, &e) < 0 || store_extractor_version(r->s, r->extractor, &e) < 0 ||
	    !(r->fx = fact_extractor_new(*lx, &e))) {
		cli_error("%s", e.text);
		return -1;
	}
	return 0;
}

static void rx_close(struct rx *r, struct lexicon *lx)
{
	fact_extractor_free(r->fx);
	lexicon_free(lx);
	store_close(r->s);
	buf_free(&r->lines);
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int cmd_reextract(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' }, { "dry-run", no_argument, NULL, 'n' },
		{ "why", required_argument, NULL, 'w' }, { NULL, 0, NULL, 0 },
	};
	const struct command *self = cli_find_command("reextract");
	int all = 0, dry = 0, c;
	const char *why = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == 'a')
			all = 1;
		else if (c == 'n')
			dry = 1;
		else if (c == 'w')
			why = optarg;
		else
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
	}
	if (all == (optind < argc))
		return cli_bad_usage(self, "give report IDs or --all");
	long *ids = NULL;
	size_t n = 0;
	for (int i = optind; i < argc; i++) {
		long id;
		if (parse_long(argv[i], &id) < 0 || id <= 0) {
			free(ids);
			return cli_bad_usage(self, "bad report id '%s'", argv[i]);
		}
		ids = xrealloc(ids, (n + 1) * sizeof(*ids));
		ids[n++] = id;
	}
	struct rx r;
	struct lexicon *lx;
	struct errmsg e;
	int failed = 0, in_batch = 0;
	long changed = 0, unchanged = 0, textless = 0;
	if (rx_open(cli, &r, &lx) < 0) {
		failed = 1;
		goto out;
	}
	if (all && store_report_ids(r.s, &ids, &n, &e) < 0) {
		cli_error("%s", e.text);
		failed = 1;
		goto out;
	}
	double started = 0;
	for (size_t i = 0; i < n; i++) {
		struct fact_list facts = FACT_LIST_INIT;
		char date[11];
		int rc = read_again(&r, ids[i], NULL, &facts, date);
		if (rc == 1) {
			textless++;
			if (!all) {
				cli_error("report %ld: its text was not kept (it was stored before mtrack kept report texts, or"
					  " imported from CSV): add its file again to keep the text, then reextract", ids[i]);
				failed = 1;
			}
			continue;
		}
		if (rc < 0) {
			fact_list_free(&facts);
			failed = 1;
			continue;
		}
		if (!dry && !in_batch) {
			if (store_batch_begin(r.s, &e) < 0) {
				cli_error("%s", e.text);
				fact_list_free(&facts);
				failed = 1;
				break;
			}
			in_batch = 1;
			started = now_seconds();
		}
		struct reextract_result res;
		buf_reset(&r.lines);
		rc = store_reextract(r.s, ids[i], &facts, r.extractor, NULL, why, dry, change_line, &r, &res, &e);
		fact_list_free(&facts);
		if (rc < 0) {
			cli_error("report %ld: %s", ids[i], e.text);
			failed = 1;
		} else if (res.fresh || res.changed || res.gone) {
			changed++;
			printf("report %ld: %ld new, %ld changed, %ld gone, %ld the same", ids[i], res.fresh, res.changed,
			       res.gone, res.same);
			if (res.version)
				printf(" (stored as version %ld)", res.version);
			printf("\n%s", buf_str(&r.lines));
		} else {
			unchanged++;
			if (!all)
				printf("report %ld: unchanged (%ld facts)\n", ids[i], res.same);
		}
		if (in_batch && (i + 1 == n || now_seconds() - started >= BATCH_SECONDS || (i + 1) % BATCH_REPORTS == 0)) {
			in_batch = 0;
			if (store_batch_end(r.s, 1, &e) < 0) {
				cli_error("cannot store the new versions: %s", e.text);
				failed = 1;
				break;
			}
		}
	}
	if (in_batch && store_batch_end(r.s, 1, &e) < 0) {
		cli_error("cannot store the new versions: %s", e.text);
		failed = 1;
	}
	printf("%zu report%s read with %s: %ld with changes%s, %ld unchanged", n, n == 1 ? "" : "s", r.extractor, changed,
	       dry ? " (dry run: nothing stored)" : "", unchanged);
	if (textless)
		printf(", %ld without a kept text (stored before mtrack kept texts, or imported from CSV)", textless);
	printf("\n");
out:
	free(ids);
	rx_close(&r, lx);
	return failed ? EXIT_FAIL : EXIT_OK;
}

int cmd_redate(int argc, char **argv, struct cli *cli)
{
	const struct command *self = cli_find_command("redate");
	const char *why = NULL;
	int usage = cli_why_option(argc, argv, self, &why);
	if (usage)
		return usage;
	long id;
	if (argc - optind != 2)
		return cli_bad_usage(self, "redate needs a report ID and a DATE");
	if ((usage = cli_id_operand(self, argv[optind], "report", &id)))
		return usage;
	const char *date = argv[optind + 1];
	if (!is_iso_date(date))
		return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", date);
	struct rx r;
	struct lexicon *lx;
	struct errmsg e;
	struct fact_list facts = FACT_LIST_INIT;
	char cur[11];
	int failed = 1;
	if (rx_open(cli, &r, &lx) < 0)
		goto out;
	int rc = read_again(&r, id, date, &facts, cur);
	if (rc < 0)
		goto out;
	if (!strcmp(cur, date)) {
		cli_error("report %ld is dated %s already", id, date);
		goto out;
	}
	struct reextract_result res;
	if (store_reextract(r.s, id, rc == 1 ? NULL : &facts, r.extractor, date, why, 0, change_line, &r, &res, &e) < 0) {
		cli_error("report %ld: %s", id, e.text);
		goto out;
	}
	printf("report %ld re-dated from %s to %s\n", id, cur, date);
	if (rc == 1)
		printf("  its text was not kept: its facts keep the periods read with the old date\n");
	else
		printf("  its facts read again with the new date: %ld new, %ld changed, %ld gone, %ld the same%s\n%s",
		       res.fresh, res.changed, res.gone, res.same, res.version ? "" : " (no new version)",
		       buf_str(&r.lines));
	failed = 0;
out:
	fact_list_free(&facts);
	rx_close(&r, lx);
	return failed ? EXIT_FAIL : EXIT_OK;
}
