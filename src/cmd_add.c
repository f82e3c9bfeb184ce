/*
 * mtrack add: extract reports and store each as one version of the history.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.h"
#include "docconv.h"
#include "fact.h"
#include "reportin.h"
#include "banned.h"

const char usage_add[] =
	"add [--date YYYY-MM-DD] [--subject ENTITY] [--source TEXT] [--title TEXT] [--encoding NAME] [--format text|jsonl] PATH...|-\n\n"
	"Extracts each report and stores it with its facts. Each report is stored\n"
	"whole or not at all: a report that fails stores nothing and the others are\n"
	"still added. Reports are committed in batches (every 2,000 reports, two\n"
	"seconds or 24 MiB written), and each is reported once its batch is\n"
	"committed; the write-ahead log is folded into the store as batches commit,\n"
	"so it stays under 64 MiB, and once add ends the store file alone holds\n"
	"everything.\n"
	"A folder adds the files in it, in name order. The same bytes added again\n"
	"store nothing: the message names the report holding them (to fix its date,\n"
	"'mtrack redate'; to read it again, 'mtrack reextract'; if retracted,\n"
	"'mtrack restore'). Each report's text is kept, compressed, for reextract.\n"
	"A long plain text (over four windows, see MTRACK_WINDOW) is stored as it is\n"
	"read, a window at a time, in a transaction of its own: memory does not grow\n"
	"with it, and it too is stored whole or not at all.\n\n"
	"  --date D      the report date (default: a date in the report's first lines,\n"
	"                else the file's modification time); the summary says which\n"
	"  --subject E   the company the reports are about, when the text does not\n"
	"                say it plainly (a company's own filing or release): an id or\n"
	"                an alias of the lexicon\n"
	"  --source T    where the report came from (broker, site)\n"
	"  --title T     its title (default: its first non-empty line)\n"
	"  --encoding E  the text encoding (an iconv name), when detection guesses wrong;\n"
	"                PDF, HTML, UTF-8, UTF-16 (with a BOM) and GB18030 are detected\n"
	"  --format F    text (default: one line per report) or jsonl (one object per\n"
	"                file: path, report_id, status, facts, new, restated,\n"
	"                conflicting, error)\n\n"
	"Files are read and extracted a few ahead of the one being stored, through\n"
	"a bounded queue (8 MiB of them at most): memory stays flat whatever the\n"
	"folder's size. The environment variable MTRACK_ADD_QUEUE sets how many\n"
	"wait at most (1 to 1024, default 1024).\n\n"
	"Exit status: 0 when every file was added or already there, 1 otherwise.\n";

/* A batch is committed after this many reports or this many seconds: each
 * commit writes every page the batch touched (a batch touches the index
 * of observations by fact and the current values all over the store)
 * to the log and folds them into the store, so a smaller batch costs more
 * per report, the more so the larger the store. */
enum { BATCH_REPORTS = 2000 };
static const double BATCH_SECONDS = 2.0;

struct add_opts {
	const char *date, *source, *title, *encoding, *subject;
	char extractor[64];
	size_t window; /* the bytes a long text is read and stored in at a time */
	int jsonl;
	int progress;
	int subject_index; /* the lexicon's index of --subject, -1 none */
};

/* Files a folder add must pass over: the store and its companions
 * (-wal, -shm, -journal), by device and inode, wherever the names lead. */
struct own_files {
	dev_t dev[4];
	ino_t ino[4];
	size_t n;
};

static void own_files_of(const char *store_path, struct own_files *o)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	o->n = 0;
	for (size_t i = 0; i < ARRAY_SIZE(suffixes); i++) {
		struct buf p = BUF_INIT;
		struct stat sb;
		buf_printf(&p, "%s%s", store_path, suffixes[i]);
		if (stat(p.data, &sb) == 0) {
			o->dev[o->n] = sb.st_dev;
			o->ino[o->n++] = sb.st_ino;
		}
		buf_free(&p);
	}
}

static int is_own_file(const struct own_files *o, const struct stat *sb)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->dev[i] == sb->st_dev && o->ino[i] == sb->st_ino)
			return 1;
	return 0;
}

static int not_own_file(const struct stat *sb, const void *own)
{
	return !is_own_file(own, sb);
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
		if (r && r->duplicate)
			buf_printf(b, ", \"retracted\": %s", r->retracted ? "true" : "false");
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
		buf_printf(b, "'%s': already added as report %ld%s\n", path, r->report_id,
			   r->retracted ? ", which is retracted" : "");
		if (r->text_kept)
			buf_printf(b, "  its text had not been kept: it is now, so 'mtrack reextract %ld' can read it again\n",
				   r->report_id);
		if (r->retracted)
			buf_printf(b, "  'mtrack restore %ld' brings it back; ", r->report_id);
		else
			buf_adds(b, "  ");
		/* add --date of stored bytes means to change the date: say how */
		buf_printf(b, "'mtrack redate %ld %s' %s; 'mtrack reextract %ld' reads it again\n", r->report_id,
			   o->date ? o->date : "DATE", o->date ? "gives it that date" : "fixes its date", r->report_id);
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

static int store_split(struct store *s, const struct add_opts *o, const struct fact_extractor *fx,
		       const char **paths, size_t n);

/* Ends the batch and shows its outcomes. When the commit fails (a full
 * disk) and `fx` is given, the batch's reports are stored again in halves
 * (store_split()), so that those that fit are kept, each whole; else every
 * report of the batch is shown as failed. Returns -1 when one failed. */
static int batch_flush(struct store *s, const struct add_opts *o, struct batch *bt,
		       const struct fact_extractor *fx)
{
	struct errmsg e;
	int committed = store_batch_end(s, 1, &e) == 0, failed = 0;
	size_t stored = 0;
	for (size_t i = 0; i < bt->n; i++)
		stored += bt->items[i].stored && strcmp(bt->items[i].path, "-");
	int retry = !committed && fx && stored > 1;
	const char **again = retry ? xmalloc(stored * sizeof(*again)) : NULL;
	size_t nagain = 0;
	for (size_t i = 0; i < bt->n; i++) {
		struct outcome *it = &bt->items[i];
		if (it->stored && retry && strcmp(it->path, "-")) {
			free(it->shown);
			again[nagain++] = it->path;
			continue;
		}
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
	if (nagain && store_split(s, o, fx, again, nagain) < 0)
		failed = 1;
	free(again);
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

/* A file read and extracted, waiting to be stored; or a long text opened
 * and hashed, to be extracted and stored a window at a time. */
enum { STAGE_LOAD_FAILED, STAGE_EXTRACT_FAILED, STAGE_READY, STAGE_STREAM };

struct prepared {
	const char *path;   /* borrowed from the file list */
	int stage;
	struct report_input in;
	struct fact_list facts;
	struct store_text packed; /* STAGE_READY: the text compressed, as the store keeps it */
	struct report_reader rd; /* open when `streamed` */
	int streamed;
	char sha256[65];    /* STAGE_STREAM: the file's */
	struct errmsg e;
};

/* A plain text longer than this many windows is streamed into the store. */
enum { STREAM_WINDOWS = 4 };

/* Opens `path` to be streamed when it is a long plain text: 1 (p->stage
 * set, STAGE_STREAM or a failure), or 0 to load it whole. */
static int prepare_stream(const struct add_opts *o, const char *path, struct prepared *p)
{
	struct stat sb;
	if (!strcmp(path, "-") || stat(path, &sb) < 0 || !S_ISREG(sb.st_mode) ||
	    (uintmax_t)sb.st_size <= (uintmax_t)o->window * STREAM_WINDOWS)
		return 0;
	int rc = reportin_open(path, o->date, o->title, o->encoding, &p->in, &p->rd, &p->e);
	if (rc < 0)
		reportin_free(&p->in); /* whatever its head gave it */
	if (rc <= 0)
		return rc < 0;
	p->streamed = 1;
	p->stage = STAGE_EXTRACT_FAILED;
	if (reportin_hash(&p->rd, p->sha256, &p->e) == 0)
		p->stage = STAGE_STREAM;
	return 1;
}

/* Reads and extracts one file; touches no store, prints nothing, so it may
 * run on the reader thread. */
static void prepare(const struct fact_extractor *fx, const struct add_opts *o, const char *path,
		    struct prepared *p)
{
	memset(p, 0, sizeof(*p));
	p->path = path;
	p->facts = (struct fact_list)FACT_LIST_INIT;
	p->rd.fd = -1;
	if (prepare_stream(o, path, p) || reportin_load(path, o->date, o->title, o->encoding, &p->in, &p->e) < 0)
		return;
	p->stage = STAGE_EXTRACT_FAILED;
	if (fact_extract_about(fx, p->in.data, p->in.len, p->in.date, o->subject_index, &p->facts, &p->e) < 0)
		return;
	if (p->in.pages)
		for (size_t i = 0; i < p->facts.n; i++)
			p->facts.items[i].page = docconv_page_at(p->in.data, p->facts.items[i].start);
	/* compressed here, on the reader thread: the storing one is the busier */
	if (store_text_pack(p->in.data, p->in.len, &p->packed, &p->e) < 0)
		return;
	p->stage = STAGE_READY;
}

static void prepared_free(struct prepared *p)
{
	fact_list_free(&p->facts);
	store_text_free(&p->packed);
	if (p->stage > STAGE_LOAD_FAILED)
		reportin_free(&p->in);
	if (p->streamed)
		reportin_close(&p->rd);
}

static int store_prepared(struct store *s, const struct add_opts *o, const struct fact_extractor *fx,
			  struct prepared *p, struct batch *bt);

/* Reads, extracts and stores paths[0..n) again as one transaction; when
 * it cannot commit either, as two halves, down to single reports: the
 * fallback of a batch that could not commit (a full disk), which keeps
 * every report that fits, each whole, in few transactions (each commit
 * writes its pages to the log again). Shows each outcome once. */
static int store_split(struct store *s, const struct add_opts *o, const struct fact_extractor *fx,
		       const char **paths, size_t n)
{
	struct errmsg e;
	if (store_batch_begin(s, &e) < 0) {
		for (size_t i = 0; i < n; i++) {
			struct buf b = BUF_INIT;
			if (!o->jsonl)
				cli_error("'%s': cannot store the report: %s", paths[i], e.text);
			render_result(&b, o, paths[i], "failed", NULL, NULL, e.text);
			fputs(buf_str(&b), stdout);
			buf_free(&b);
		}
		return -1;
	}
	struct batch grp = { NULL, 0, 0, 0 };
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		struct prepared p;
		prepare(fx, o, paths[i], &p);
		if (store_prepared(s, o, fx, &p, &grp) < 0)
			rc = -1;
	}
	if (n == 1) {
		if (batch_flush(s, o, &grp, NULL) < 0)
			rc = -1;
	} else if (store_batch_end(s, 1, &e) == 0) {
		for (size_t i = 0; i < grp.n; i++) {
			fputs(grp.items[i].shown ? grp.items[i].shown : "", stdout);
			free(grp.items[i].shown);
		}
	} else {
		for (size_t i = 0; i < grp.n; i++)
			free(grp.items[i].shown);
		int first = store_split(s, o, fx, paths, n / 2);
		int second = store_split(s, o, fx, paths + n / 2, n - n / 2);
		rc = first < 0 || second < 0 ? -1 : 0;
	}
	free(grp.items);
	return rc;
}

/* Renders the outcome of storing one file (rc: store_add_report()'s) into
 * `shown`, and says on standard error what failed. */
static void show_outcome(const struct add_opts *o, const struct prepared *p, int rc, const struct add_result *r,
			 const struct errmsg *e, size_t facts, size_t quantities, struct buf *shown)
{
	if (rc < 0) {
		if (!o->jsonl && p->stage == STAGE_LOAD_FAILED)
			cli_error("%s", e->text); /* it names the file */
		else if (!o->jsonl)
			cli_error("'%s': %s", p->path, e->text);
		render_result(shown, o, p->path, "failed", p->stage > STAGE_LOAD_FAILED ? &p->in : NULL, NULL, e->text);
	} else {
		if (!o->jsonl && !r->duplicate)
			cli_report_notes(p->path, &p->in, facts, quantities);
		render_result(shown, o, p->path, r->duplicate ? "duplicate" : "added", &p->in, r, NULL);
	}
}

/* Extracts the long text `p` opened a window at a time into report `sr`:
 * each window's facts and text handed to the store as they come (only
 * the text, for a duplicate whose text is kept now). Counts the facts and
 * quantities. */
static int stream_windows(const struct fact_extractor *fx, const struct add_opts *o, struct prepared *p,
			  struct store_report *sr, int text_only, size_t *facts, size_t *quantities, struct errmsg *e)
{
	struct fact_stream *fs = text_only ? NULL : fact_stream_new(fx, p->in.date, o->subject_index, o->window, e);
	if (!text_only && !fs)
		return -1;
	struct fact_list l = FACT_LIST_INIT;
	size_t want = 2 * o->window;
	int rc = 0;
	for (;;) {
		if (reportin_fill(&p->rd, want, e) < 0) {
			rc = -1;
			break;
		}
		const char *text = p->rd.buf ? p->rd.buf : "";
		size_t len = p->rd.len, used = len;
		int last = p->rd.eof;
		if (fs && fact_stream_next(fs, text, len, last, &used, &l, e) < 0) {
			rc = -1;
			break;
		}
		if (!used && !last) {
			want = 2 * len; /* no end of a window in reach: read further */
			continue;
		}
		if (store_report_facts(sr, &l, e) < 0 || store_report_text_add(sr, text, used, e) < 0) {
			rc = -1;
			break;
		}
		*facts += l.n;
		fact_list_clear(&l);
		reportin_consume(&p->rd, used);
		if (last && used == len)
			break;
	}
	*quantities = l.nquantities;
	fact_list_free(&l);
	fact_stream_free(fs);
	return rc < 0 ? -1 : reportin_unchanged(&p->rd, e);
}

/* Stores a long text (STAGE_STREAM) as it is extracted, in a transaction
 * of its own (a savepoint when a batch is open) and renders its outcome. */
static int store_streamed(struct store *s, const struct add_opts *o, const struct fact_extractor *fx,
			  struct prepared *p, struct add_result *r, struct buf *shown)
{
	struct report_meta meta = {
		.sha256 = p->sha256, .title = p->in.title, .source = o->source, .published = p->in.date,
		.date_source = p->in.date_source, .path = p->path, .encoding = p->in.encoding, .size = p->in.size,
		.extractor = o->extractor,
	};
	struct store_report *sr = NULL;
	struct errmsg e;
	size_t facts = 0, quantities = 0;
	int rc = store_report_begin(s, &meta, 1, &sr, r, &e);
	if (rc == 0 && sr) {
		rc = stream_windows(fx, o, p, sr, r->duplicate, &facts, &quantities, &e);
		if (store_report_end(sr, rc == 0, r, &e) < 0)
			rc = -1;
	}
	show_outcome(o, p, rc, r, &e, facts, quantities, shown);
	return rc;
}

/* Stores one prepared file inside the current batch, records its outcome
 * and frees it. */
static int store_prepared(struct store *s, const struct add_opts *o, const struct fact_extractor *fx,
			  struct prepared *p, struct batch *bt)
{
	struct add_result r;
	struct buf shown = BUF_INIT;
	struct errmsg e = p->e;
	memset(&r, 0, sizeof(r));
	int rc = -1;
	if (p->stage == STAGE_STREAM) {
		rc = store_streamed(s, o, fx, p, &r, &shown);
		batch_push(bt, p->path, &shown, rc == 0 && !r.duplicate);
		prepared_free(p);
		return rc;
	}
	if (p->stage == STAGE_READY) {
		struct report_meta meta = {
			.sha256 = p->in.sha256, .title = p->in.title, .source = o->source, .published = p->in.date,
			.date_source = p->in.date_source, .path = strcmp(p->path, "-") ? p->path : NULL,
			.encoding = p->in.encoding, .size = p->in.size, .text = p->in.data, .text_len = p->in.len,
			.pages = p->in.pages, .extractor = o->extractor, .packed = &p->packed,
		};
		rc = store_add_report(s, &meta, &p->facts, &r, &e);
	}
	show_outcome(o, p, rc, &r, &e, p->facts.n, p->facts.nquantities, &shown);
	batch_push(bt, p->path, &shown, rc == 0 && !r.duplicate);
	prepared_free(p);
	return rc;
}

/* Files are read and extracted on a second thread and handed to the one
 * storing them through a bounded queue: on a machine with two cores the
 * two halves of the work overlap, and at most `bound` prepared files (a
 * file's text and facts each), and no more than QUEUE_BYTES of them past
 * the first, wait at any time, so memory stays flat whatever the size of
 * the folder. Outcomes still come in file order. The queue is long enough
 * for the reader to go on while a batch commits (a tenth of a second or
 * more: with four files, extraction stopped for every commit).
 * MTRACK_ADD_QUEUE sets the bound (1 to 1024; tests make it tiny). */
enum { QUEUE_DEFAULT = 1024, QUEUE_MAX = 1024 };
static const size_t QUEUE_BYTES = (size_t)8 << 20;

static size_t queue_bound(void)
{
	const char *v = getenv("MTRACK_ADD_QUEUE");
	if (!v || !*v)
		return QUEUE_DEFAULT;
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (errno || *end || n < 1 || n > QUEUE_MAX)
		return QUEUE_DEFAULT;
	return (size_t)n;
}

/* A file's text, tokens and facts are allocated on the reader thread and
 * freed on the storing thread, megabytes a second. glibc hands such memory
 * back to the system as soon as the top of a heap is free (and serves big
 * blocks with mmap), so every file faulted its pages in again, and with
 * two threads each return cost a TLB shootdown on the other core: the
 * system time of an add was as large as its work. Freed memory is kept for
 * reuse up to a bound instead, which keeps memory flat all the same. */
static void keep_freed_memory(void)
{
#ifdef __GLIBC__
	mallopt(M_TRIM_THRESHOLD, 64 << 20);
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

/* The memory a prepared file holds, near enough: its text, its
 * compressed copy, its facts. */
static size_t prepared_bytes(const struct prepared *p)
{
	return (p->in.data ? p->in.len : 0) + p->packed.zlen + p->facts.cap * sizeof(struct fact) +
	       p->facts.capcands * sizeof(struct candidate);
}

struct pipeline {
	pthread_mutex_t lock;
	pthread_cond_t ready, room;
	struct prepared *slots; /* `bound` of them, a ring */
	size_t bound;
	size_t taken, made; /* files handed to the store, files prepared */
	size_t bytes;       /* what the files waiting hold (prepared_bytes()) */
	int stop;
	char **files;
	size_t n;
	const struct fact_extractor *fx;
	const struct add_opts *o;
};

static void *reader(void *arg)
{
	struct pipeline *pl = arg;
	for (size_t i = 0; i < pl->n; i++) {
		pthread_mutex_lock(&pl->lock);
		while ((pl->made - pl->taken == pl->bound || (pl->made > pl->taken && pl->bytes >= QUEUE_BYTES)) &&
		       !pl->stop)
			pthread_cond_wait(&pl->room, &pl->lock);
		int stop = pl->stop;
		pthread_mutex_unlock(&pl->lock);
		if (stop)
			break;
		struct prepared p;
		prepare(pl->fx, pl->o, pl->files[i], &p);
		size_t bytes = prepared_bytes(&p);
		pthread_mutex_lock(&pl->lock);
		pl->slots[pl->made % pl->bound] = p;
		pl->made++;
		pl->bytes += bytes;
		pthread_cond_signal(&pl->ready);
		pthread_mutex_unlock(&pl->lock);
	}
	return NULL;
}

/* The next prepared file, in order. */
static void next_prepared(struct pipeline *pl, struct prepared *out)
{
	pthread_mutex_lock(&pl->lock);
	while (pl->made == pl->taken)
		pthread_cond_wait(&pl->ready, &pl->lock);
	*out = pl->slots[pl->taken % pl->bound];
	pl->taken++;
	pl->bytes -= prepared_bytes(out);
	pthread_cond_signal(&pl->room);
	pthread_mutex_unlock(&pl->lock);
}

/* Starts the reader thread; 0 when it runs, -1 when there is none (the
 * caller then prepares each file itself). */
static int pipeline_start(struct pipeline *pl, pthread_t *th)
{
	keep_freed_memory();
	pl->bound = queue_bound();
	pl->slots = xcalloc(pl->bound, sizeof(*pl->slots));
	pthread_mutex_init(&pl->lock, NULL);
	pthread_cond_init(&pl->ready, NULL);
	pthread_cond_init(&pl->room, NULL);
	if (pthread_create(th, NULL, reader, pl) == 0)
		return 0;
	pthread_cond_destroy(&pl->ready);
	pthread_cond_destroy(&pl->room);
	pthread_mutex_destroy(&pl->lock);
	free(pl->slots);
	return -1;
}

/* Stops the reader and frees what it prepared that was not stored. */
static void pipeline_end(struct pipeline *pl, pthread_t th)
{
	pthread_mutex_lock(&pl->lock);
	pl->stop = 1;
	pthread_cond_signal(&pl->room);
	pthread_mutex_unlock(&pl->lock);
	pthread_join(th, NULL);
	for (; pl->taken < pl->made; pl->taken++)
		prepared_free(&pl->slots[pl->taken % pl->bound]);
	pthread_cond_destroy(&pl->ready);
	pthread_cond_destroy(&pl->room);
	pthread_mutex_destroy(&pl->lock);
	free(pl->slots);
}

int cmd_add(int argc, char **argv, struct cli *cli)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },  { "source", required_argument, NULL, 's' },
		{ "title", required_argument, NULL, 't' }, { "format", required_argument, NULL, 'f' },
		{ "encoding", required_argument, NULL, 'e' }, { "subject", required_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 },
	};
	const struct command *self = cli_find_command("add");
	struct add_opts o = { NULL, NULL, NULL, NULL, NULL, "", 0, 0, 0, -1 };
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
		case 'S':
			o.subject = optarg;
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
	struct own_files own = { .n = 0 };
	struct buf store_path = BUF_INIT;
	if (store_resolve_path(cli->db_opt, &store_path, NULL) == 0)
		own_files_of(store_path.data, &own);
	buf_free(&store_path);
	for (int i = optind; i < argc; i++) {
		int rc = cli_expand_path(argv[i], not_own_file, &own, &files, &n, &cap);
		if (rc == -1)
			cli_error("cannot read folder '%s': %s", argv[i], strerror(errno));
		if (rc < 0)
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
	if (store_load_lexicon(s, &lx, &e) < 0 || store_extractor_version(s, o.extractor, &e) < 0 ||
	    !(fx = fact_extractor_new(lx, &e))) {
		cli_error("%s", e.text);
		failed = 1;
		goto out;
	}
	if (o.subject && (o.subject_index = lexicon_find_entity(lx, o.subject)) < 0) {
		cli_error("unknown entity '%s' for --subject (see mtrack lexicon list)", o.subject);
		failed = 1;
		goto out;
	}
	o.progress = n > 1 && isatty(STDERR_FILENO) && !o.jsonl;
	o.window = cli->window ? cli->window : FACT_WINDOW_DEFAULT;
	struct batch bt = { NULL, 0, 0, 0 };
	struct pipeline pl = { .files = files, .n = n, .fx = fx, .o = &o };
	pthread_t th;
	int threaded = n > 1 && pipeline_start(&pl, &th) == 0;
	for (size_t i = 0; i < n; i++) {
		struct prepared p;
		if (threaded)
			next_prepared(&pl, &p);
		else
			prepare(fx, &o, files[i], &p);
		/* a long text is stored as it is read, in a transaction of its
		 * own: one the batch's savepoint would keep in memory */
		if (p.stage == STAGE_STREAM) {
			struct buf shown = BUF_INIT;
			struct add_result r;
			if (bt.n && batch_flush(s, &o, &bt, fx) < 0)
				failed = 1;
			if (store_streamed(s, &o, fx, &p, &r, &shown) < 0)
				failed = 1;
			fputs(buf_str(&shown), stdout);
			fflush(stdout);
			buf_free(&shown);
			prepared_free(&p);
			progress(&o, i + 1, n);
			continue;
		}
		/* the write lock is taken once the file is ready, not while
		 * waiting for it */
		if (bt.n == 0) {
			if (store_batch_begin(s, &e) < 0) {
				cli_error("%s", e.text);
				prepared_free(&p);
				failed = 1;
				break;
			}
			bt.started = now_seconds();
		}
		if (store_prepared(s, &o, fx, &p, &bt) < 0)
			failed = 1;
		/* commit often enough that other writers wait little, an
		 * interrupted add loses little and the write-ahead log stays
		 * small */
		if ((i + 1 == n || bt.n >= BATCH_REPORTS || now_seconds() - bt.started >= BATCH_SECONDS ||
		     store_batch_full(s)) &&
		    batch_flush(s, &o, &bt, fx) < 0)
			failed = 1;
		progress(&o, i + 1, n);
	}
	if (threaded)
		pipeline_end(&pl, th);
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
