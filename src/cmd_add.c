/*
 * mtrack add: extract reports and store each as one version of the history.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "docconv.h"
#include "fact.h"
#include "reportin.h"
#include "banned.h"

const char usage_add[] =
	"add [--date YYYY-MM-DD] [--source TEXT] [--title TEXT] [--encoding NAME] [--format text|jsonl] PATH...|-\n\n"
	"Extracts each report and stores it with its facts. Each report is stored\n"
	"whole or not at all: a report that fails stores nothing and the others are\n"
	"still added. Reports are committed in batches (every 500 reports or half a\n"
	"second), and each is reported once its batch is committed.\n"
	"A folder adds the files in it, in name order. The same bytes added again\n"
	"store nothing.\n\n"
	"  --date D      the report date (default: a date in the report's first lines,\n"
	"                else the file's modification time); the summary says which\n"
	"  --source T    where the report came from (broker, site)\n"
	"  --title T     its title (default: its first non-empty line)\n"
	"  --encoding E  the text encoding (an iconv name), when detection guesses wrong;\n"
	"                PDF, HTML, UTF-8, UTF-16 (with a BOM) and GB18030 are detected\n"
	"  --format F    text (default: one line per report) or jsonl (one object per\n"
	"                file: path, report_id, status, facts, new, restated,\n"
	"                conflicting, error)\n\n"
	"Exit status: 0 when every file was added or already there, 1 otherwise.\n";

/* A batch is committed after this many reports or this many seconds. */
enum { BATCH_REPORTS = 500 };
static const double BATCH_SECONDS = 0.5;

struct add_opts {
	const char *date, *source, *title, *encoding;
	int jsonl;
	int progress;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Expands folders into their files, sorted; files stay as given. */
static int collect(const char *path, char ***out, size_t *n, size_t *cap)
{
	struct stat sb;
	if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
		DIR *d = opendir(path);
		if (!d)
			return -1;
		size_t first = *n;
		struct dirent *de;
		while ((de = readdir(d)) != NULL) {
			if (de->d_name[0] == '.')
				continue;
			struct buf p = BUF_INIT;
			buf_printf(&p, "%s/%s", path, de->d_name);
			struct stat fs;
			if (stat(p.data, &fs) == 0 && S_ISREG(fs.st_mode)) {
				GROW(*out, *cap, *n + 1);
				(*out)[(*n)++] = buf_detach(&p);
			} else {
				buf_free(&p);
			}
		}
		closedir(d);
		qsort(*out + first, *n - first, sizeof(**out), cmp_str);
		return 0;
	}
	GROW(*out, *cap, *n + 1);
	(*out)[(*n)++] = xstrdup(path);
	return 0;
}

/* Renders one file's outcome, as it goes to standard output, into `b`. */
static void render_result(struct buf *b, const struct add_opts *o, const char *path, const char *status,
			  const struct report_input *in, const struct add_result *r, const char *error)
{
	if (o->jsonl) {
		buf_adds(b, "{\"path\": ");
		buf_add_json(b, path);
		if (r && r->report_id)
			buf_printf(b, ", \"report_id\": %ld", r->report_id);
		else
			buf_adds(b, ", \"report_id\": null");
		buf_adds(b, ", \"status\": ");
		buf_add_json(b, status);
		buf_printf(b, ", \"facts\": %ld, \"new\": %ld, \"restated\": %ld, \"conflicting\": %ld",
			   r ? r->facts : 0, r ? r->fresh : 0, r ? r->restated : 0, r ? r->conflicting : 0);
		if (in && in->date[0]) {
			buf_adds(b, ", \"date\": ");
			buf_add_json(b, in->date);
			buf_adds(b, ", \"date_source\": ");
			buf_add_json(b, in->date_source);
		}
		buf_adds(b, ", \"error\": ");
		if (error)
			buf_add_json(b, error);
		else
			buf_adds(b, "null");
		buf_adds(b, "}\n");
	} else if (!strcmp(status, "added")) {
		buf_printf(b, "report %ld  %s (date from %s)  %s\n  %ld facts: %ld new, %ld restated, %ld conflicting%s%s\n",
			   r->report_id, in->date, in->date_source, in->title, r->facts, r->fresh, r->restated,
			   r->conflicting, strcmp(in->encoding, "UTF-8") ? "; read as " : "",
			   strcmp(in->encoding, "UTF-8") ? in->encoding : "");
	} else if (!strcmp(status, "duplicate")) {
		buf_printf(b, "'%s': already added as report %ld\n", path, r->report_id);
	}
}

/* The outcome of one file of the current batch, shown once the batch is
 * committed: saying "added" before then could be a lie. */
struct outcome {
	const char *path; /* borrowed from the file list */
	char *shown;      /* what goes to standard output, owned */
	int stored;       /* added: it stands or falls with the batch's commit */
};

struct batch {
	struct outcome *items;
	size_t n, cap;
	double started;
};

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void batch_push(struct batch *bt, const char *path, struct buf *shown, int stored)
{
	GROW(bt->items, bt->cap, bt->n + 1);
	bt->items[bt->n++] = (struct outcome){ path, buf_detach(shown), stored };
}

/* Ends the batch and shows its outcomes; when the commit fails, every
 * report of the batch is shown as failed. Returns -1 when one failed. */
static int batch_flush(struct store *s, const struct add_opts *o, struct batch *bt)
{
	struct errmsg e;
	int committed = store_batch_end(s, 1, &e) == 0, failed = 0;
	for (size_t i = 0; i < bt->n; i++) {
		struct outcome *it = &bt->items[i];
		if (it->stored && !committed) {
			struct buf b = BUF_INIT;
			if (!o->jsonl)
				cli_error("'%s': cannot store the report: %s", it->path, e.text);
			render_result(&b, o, it->path, "failed", NULL, NULL, e.text);
			free(it->shown);
			it->shown = buf_detach(&b);
			failed = 1;
		}
		if (it->shown)
			fputs(it->shown, stdout);
		free(it->shown);
	}
	fflush(stdout);
	bt->n = 0;
	return failed ? -1 : 0;
}

static void progress(const struct add_opts *o, size_t done, size_t total)
{
	if (!o->progress)
		return;
	int width = 40, fill = total ? (int)(done * (size_t)width / total) : width;
	fprintf(stderr, "\r[%.*s%*s] %zu/%zu", fill, "########################################", width - fill, "",
		done, total);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
}

/* Adds one file inside the current batch and records its outcome. */
static int add_one(struct store *s, const struct fact_extractor *fx, const struct add_opts *o, const char *path,
		   struct batch *bt)
{
	struct report_input in;
	struct errmsg e;
	struct add_result r;
	struct buf shown = BUF_INIT;
	memset(&r, 0, sizeof(r));
	if (reportin_load(path, o->date, o->title, o->encoding, &in, &e) < 0) {
		if (!o->jsonl)
			cli_error("%s", e.text);
		render_result(&shown, o, path, "failed", NULL, NULL, e.text);
		batch_push(bt, path, &shown, 0);
		return -1;
	}
	struct fact_list l = FACT_LIST_INIT;
	int rc = fact_extract(fx, in.data, in.len, in.date, &l, &e);
	if (rc == 0 && in.pages)
		for (size_t i = 0; i < l.n; i++)
			l.items[i].page = docconv_page_at(in.data, l.items[i].start);
	if (rc == 0) {
		struct report_meta meta = {
			.sha256 = in.sha256, .title = in.title, .source = o->source, .published = in.date,
			.date_source = in.date_source, .path = strcmp(path, "-") ? path : NULL,
			.encoding = in.encoding, .size = in.size,
		};
		rc = store_add_report(s, &meta, &l, &r, &e);
	}
	if (rc < 0) {
		if (!o->jsonl)
			cli_error("'%s': %s", path, e.text);
		render_result(&shown, o, path, "failed", &in, NULL, e.text);
	} else {
		render_result(&shown, o, path, r.duplicate ? "duplicate" : "added", &in, &r, NULL);
	}
	batch_push(bt, path, &shown, rc == 0 && !r.duplicate);
	fact_list_free(&l);
	reportin_free(&in);
	return rc;
}

int cmd_add(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },  { "source", required_argument, NULL, 's' },
		{ "title", required_argument, NULL, 't' }, { "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'e' }, { NULL, 0, NULL, 0 },
	};
	const struct command *self = cli_find_command("add");
	struct add_opts o = { NULL, NULL, NULL, NULL, 0, 0 };
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			o.date = optarg;
			break;
		case 's':
			o.source = optarg;
			break;
		case 't':
			o.title = optarg;
			break;
		case 'e':
			o.encoding = optarg;
			break;
		case 'f':
			if (strcmp(optarg, "text") && strcmp(optarg, "jsonl"))
				return cli_bad_usage(self, "unknown format '%s'", optarg);
			o.jsonl = !strcmp(optarg, "jsonl");
			break;
		default:
			return cli_bad_usage(self, "unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_bad_usage(self, "add needs at least one PATH (or - for standard input)");
	if (o.date && !is_iso_date(o.date))
		return cli_bad_usage(self, "bad date '%s' (want YYYY-MM-DD)", o.date);

	char **files = NULL;
	size_t n = 0, cap = 0;
	int failed = 0;
	for (int i = optind; i < argc; i++)
		if (collect(argv[i], &files, &n, &cap) < 0) {
			cli_error("cannot read folder '%s'", argv[i]);
			failed = 1;
		}
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct fact_extractor *fx = NULL;
	struct errmsg e;
	if (cli_open_store(cli, &s) < 0) {
		failed = 1;
		goto out;
	}
	if (store_load_lexicon(s, &lx, &e) < 0 || !(fx = fact_extractor_new(lx, &e))) {
		cli_error("%s", e.text);
		failed = 1;
		goto out;
	}
	o.progress = n > 1 && isatty(STDERR_FILENO) && !o.jsonl;
	struct batch bt = { NULL, 0, 0, 0 };
	for (size_t i = 0; i < n; i++) {
		if (bt.n == 0) {
			if (store_batch_begin(s, &e) < 0) {
				cli_error("%s", e.text);
				failed = 1;
				break;
			}
			bt.started = now_seconds();
		}
		if (add_one(s, fx, &o, files[i], &bt) < 0)
			failed = 1;
		/* commit often enough that other writers wait little and an
		 * interrupted add loses little */
		if ((i + 1 == n || bt.n >= BATCH_REPORTS || now_seconds() - bt.started >= BATCH_SECONDS) &&
		    batch_flush(s, &o, &bt) < 0)
			failed = 1;
		progress(&o, i + 1, n);
	}
	free(bt.items);
out:
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	fact_extractor_free(fx);
	lexicon_free(lx);
	store_close(s);
	return failed ? EXIT_FAIL : EXIT_OK;
}
