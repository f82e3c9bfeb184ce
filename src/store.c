/*
 * The store (see store.h): the functions every command calls, which hand
 * each operation to the backend keeping the store (store_backend.h): a
 * SQLite file (store_sqlite.c) or a PostgreSQL server (store_pg.c); and
 * what does not depend on the backend: where the store is, time, and the
 * rules both apply to the rows they read.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "sha256.h"
#include "store_backend.h"
#include "banned.h"

/* ---- where the store is ---- */

int store_resolve_path(const char *opt, struct buf *out, struct errmsg *e)
{
	buf_reset(out);
	if (opt && *opt) {
		buf_adds(out, opt);
		return 0;
	}
	const char *env = getenv("MTRACK_DB");
	if (env && *env) {
		buf_adds(out, env);
		return 0;
	}
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg) {
		buf_printf(out, "%s/mtrack/mtrack.db", xdg);
		return 0;
	}
	const char *home = getenv("HOME");
	if (!home || !*home)
		return err_set(e, "no store: give --db PATH or set MTRACK_DB (HOME is not set)");
	buf_printf(out, "%s/.local/share/mtrack/mtrack.db", home);
	return 0;
}

int store_latest_version(void)
{
	int v = 0;
	for (const struct embedded_migration *m = embedded_migrations; m->sql; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

/* ---- time ---- */

static void format_ms(long long ms, char out[25])
{
	long long days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
	long long rest = ms - days * 86400000;
	char d[11], tmp[64];
	date_format(date_from_days((long)days), d);
	snprintf(tmp, sizeof(tmp), "%sT%02d:%02d:%02d.%03dZ", d, (int)(rest / 3600000), (int)(rest / 60000 % 60),
		 (int)(rest / 1000 % 60), (int)(rest % 1000));
	copy_str(out, 25, tmp);
}

void store_now(char out[25])
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	format_ms((long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000, out);
}

/* Reads exactly n digits. */
static int digits(const char **p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		char c = (*p)[i];
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	*p += n;
	*out = v;
	return 0;
}

int store_parse_time(const char *in, char out[25], struct errmsg *e)
{
	const char *p = in;
	int h = 23, mi = 59, sec = 59, ms = 999, off = 0;
	char date[11];
	if (strlen(in) < 10)
		goto bad;
	memcpy(date, in, 10);
	date[10] = '\0';
	if (!is_iso_date(date))
		goto bad;
	p += 10;
	if (*p) {
		/* a time to the minute or the second means its end, as a date does */
		if ((*p != 'T' && *p != 't' && *p != ' ') || (p++, digits(&p, 2, &h) < 0) || *p++ != ':' ||
		    digits(&p, 2, &mi) < 0)
			goto bad;
		if (*p == ':') {
			p++;
			if (digits(&p, 2, &sec) < 0)
				goto bad;
			if (*p == '.' || *p == ',') {
				p++;
				int n = 0;
				ms = 0;
				for (; *p >= '0' && *p <= '9'; p++, n++)
					if (n < 3)
						ms = ms * 10 + (*p - '0');
				if (!n)
					goto bad;
				for (; n < 3; n++)
					ms *= 10;
			}
		}
		if (*p == 'Z' || *p == 'z') {
			p++;
		} else if (*p == '+' || *p == '-') {
			int sign = *p++ == '-' ? -1 : 1, oh, om = 0;
			if (digits(&p, 2, &oh) < 0)
				goto bad;
			if (*p == ':')
				p++;
			if (*p && digits(&p, 2, &om) < 0)
				goto bad;
			if (oh > 23 || om > 59)
				goto bad;
			off = sign * (oh * 60 + om);
		}
		if (*p || h > 23 || mi > 59 || sec > 59)
			goto bad;
	}
	struct date d;
	date_parse(date, &d);
	long long t = ((long long)date_days(d) * 86400 + h * 3600 + mi * 60 + sec) * 1000 + ms - (long long)off * 60000;
	format_ms(t, out);
	char now[25];
	store_now(now);
	if (strcmp(out, now) > 0)
		return err_set(e, "'%s' is later than now: what the store holds then is not settled yet", in);
	return 0;
bad:
	return err_set(e, "bad time '%s' (want YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS] with Z or an offset such as +08:00)",
		       in);
}

/* ---- the backend's operations ---- */

int store_open_with(const char *path, const struct embedded_migration *migrations, struct store **out,
		    struct errmsg *e)
{
	return store_sqlite_open(path, migrations, out, e);
}

int store_is_server(const char *where)
{
	return store_pg_is_address(where);
}

int store_open_in(const char *where, const char *schema, struct store **out, struct errmsg *e)
{
	if (store_is_server(where))
		return store_pg_open(where, schema, embedded_pg_migrations, out, e);
	return store_sqlite_open(where, embedded_migrations, out, e);
}

int store_open(const char *path, struct store **out, struct errmsg *e)
{
	return store_open_in(path, NULL, out, e);
}

void store_close(struct store *s)
{
	if (s)
		s->ops->close(s);
}

const char *store_path(const struct store *s)
{
	return s->name;
}

int store_info(struct store *s, struct store_info *out, struct errmsg *e)
{
	return s->ops->info(s, out, e);
}

int store_transaction(struct store *s, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e)
{
	return s->ops->transaction(s, fn, ctx, e);
}

int store_load_lexicon(struct store *s, struct lexicon **out, struct errmsg *e)
{
	return s->ops->load_lexicon(s, out, e);
}

int store_add_entity(struct store *s, const char *id, const char *name, const char *name_zh, const char *parent,
		     const char *fy_rule, const char *kind, struct errmsg *e)
{
	return s->ops->add_entity(s, id, name, name_zh, parent, fy_rule, kind, e);
}

int store_add_metric(struct store *s, const char *id, const char *name, const char *unit_kind, int stock,
		     struct errmsg *e)
{
	return s->ops->add_metric(s, id, name, unit_kind, stock, e);
}

int store_add_alias(struct store *s, const char *target, const char *alias, struct errmsg *e)
{
	return s->ops->add_alias_sign(s, target, alias, 1, e);
}

int store_add_alias_sign(struct store *s, const char *target, const char *alias, int sign, struct errmsg *e)
{
	return s->ops->add_alias_sign(s, target, alias, sign, e);
}

int store_each_lexicon_row(struct store *s, const char *target, int (*fn)(const struct lexicon_row *, void *),
			   void *ctx, struct errmsg *e)
{
	return s->ops->each_lexicon_row(s, target, fn, ctx, e);
}

int store_lexicon_has(struct store *s, const struct lexicon_row *row, struct errmsg *e)
{
	return s->ops->lexicon_has(s, row, e);
}

int store_lexicon_remove(struct store *s, const char *id, int force, long *facts, struct errmsg *e)
{
	return s->ops->lexicon_remove(s, id, force, facts, e);
}

int store_lexicon_unalias(struct store *s, const char *alias, const char *target, struct errmsg *e)
{
	return s->ops->lexicon_unalias(s, alias, target, e);
}

int store_count_mentions(struct store *s, const char *const *words, size_t nwords, long *reports, long *textless,
			 long *ids, size_t nids, struct errmsg *e)
{
	return s->ops->count_mentions(s, words, nwords, reports, textless, ids, nids, e);
}

int store_batch_begin(struct store *s, struct errmsg *e)
{
	return s->ops->batch_begin(s, e);
}

int store_batch_end(struct store *s, int commit, struct errmsg *e)
{
	return s->ops->batch_end(s, commit, e);
}

int store_batch_full(struct store *s)
{
	return s->ops->batch_full(s);
}

/* ---- adding a report: whole, or a window at a time ---- */

/* A report's text is kept as one zlib stream; a long one is handed to the
 * backend in parts of this many compressed bytes as it is read. */
#define TEXT_PART_BYTES ((size_t)1 << 20)

/* Tries a whole report this many times when it meets another writer. */
enum { ADD_TRIES = 9 };

struct store_report {
	struct store *s;
	const struct report_meta *meta; /* the caller's, until store_report_end() */
	struct add_result res;
	int failed;       /* a call failed: only a rollback is left */
	int deflating;    /* z is initialized */
	z_stream z;
	unsigned char *out; /* TEXT_PART_BYTES; the part being filled */
	size_t text_len;
	long parts;       /* parts handed to the backend */
};

/* Commits (commit != 0: with its text's end z[0..n) and its add event)
 * or rolls back the open report. */
static int report_end(struct store *s, const struct report_meta *meta, int commit, size_t text_len, const void *z,
		      size_t n, struct add_result *res, struct errmsg *e)
{
	if (!commit)
		return s->ops->report_end(s, meta, 0, 0, NULL, 0, NULL, res, e);
	struct buf what = BUF_INIT;
	if (!res->duplicate)
		buf_printf(&what, "added report %ld dated %s (date from %s), %ld facts: %s", res->report_id,
			   meta->published, meta->date_source ? meta->date_source : "option", res->facts,
			   meta->title ? meta->title : "");
	int rc = s->ops->report_end(s, meta, 1, text_len, z, n, res->duplicate ? NULL : what.data, res, e);
	buf_free(&what);
	return rc;
}

/* One try of store_add_report(): the report's transaction from begin to
 * end. */
static int add_whole(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
		     const struct store_text *t, struct add_result *res, struct errmsg *e)
{
	int open = s->ops->report_begin(s, meta, t != NULL, res, e);
	if (open <= 0)
		return open;
	if (s->ops->report_facts(s, meta, facts, 1, res, e) < 0) {
		report_end(s, meta, 0, 0, NULL, 0, res, NULL);
		return -1;
	}
	return report_end(s, meta, 1, t ? t->len : 0, t ? t->z : NULL, t ? t->zlen : 0, res, e);
}

int store_text_pack(const char *text, size_t len, struct store_text *out, struct errmsg *e)
{
	/* A window and hash table no larger than the text needs: compress2()'s
	 * 64 KB hash table, cleared for each text, was most of the cost of a
	 * report of a few KB. The stream reads back the same (the window size
	 * is in its header). */
	int bits = 9, mem = 1;
	while (bits < 15 && ((size_t)1 << bits) < len)
		bits++;
	mem = bits - 6 < 8 ? bits - 6 : 8;
	z_stream z;
	memset(&z, 0, sizeof(z));
	out->len = len;
	out->zlen = 0;
	out->z = NULL;
	if (deflateInit2(&z, 6, Z_DEFLATED, bits, mem, Z_DEFAULT_STRATEGY) != Z_OK)
		return err_set(e, "cannot compress the report's text");
	size_t cap = deflateBound(&z, (uLong)len);
	out->z = xmalloc(cap);
	z.next_in = (Bytef *)(uintptr_t)text;
	z.avail_in = (uInt)len;
	z.next_out = out->z;
	z.avail_out = (uInt)cap;
	int rc = deflate(&z, Z_FINISH);
	out->zlen = cap - z.avail_out;
	deflateEnd(&z);
	if (rc != Z_STREAM_END) {
		store_text_free(out);
		return err_set(e, "cannot compress the report's text");
	}
	return 0;
}

void store_text_free(struct store_text *t)
{
	free(t->z);
	memset(t, 0, sizeof(*t));
}

int store_add_report(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
		     struct add_result *res, struct errmsg *e)
{
	struct store_text mine = { NULL, 0, 0 };
	const struct store_text *t = meta->packed;
	if (meta->text && !t) {
		if (store_text_pack(meta->text, meta->text_len, &mine, e) < 0)
			return -1;
		t = &mine;
	}
	int rc;
	for (int tries = 1;; tries++) {
		rc = add_whole(s, meta, facts, t, res, e);
		if (rc == 0 || tries == ADD_TRIES || !s->ops->may_retry(s))
			break;
	}
	store_text_free(&mine);
	return rc;
}

int store_report_begin(struct store *s, const struct report_meta *meta, int keep_text, struct store_report **out,
		       struct add_result *res, struct errmsg *e)
{
	*out = NULL;
	memset(res, 0, sizeof(*res));
	int open = s->ops->report_begin(s, meta, keep_text, res, e);
	if (open <= 0)
		return open;
	struct store_report *r = xcalloc(1, sizeof(*r));
	r->s = s;
	r->meta = meta;
	r->res = *res;
	if (!keep_text) {
		*out = r;
		return 0;
	}
	r->out = xmalloc(TEXT_PART_BYTES);
	if (deflateInit(&r->z, 6) != Z_OK) {
		report_end(s, meta, 0, 0, NULL, 0, &r->res, NULL);
		free(r->out);
		free(r);
		return err_set(e, "cannot compress the report's text");
	}
	r->deflating = 1;
	r->z.next_out = r->out;
	r->z.avail_out = (uInt)TEXT_PART_BYTES;
	*out = r;
	return 0;
}

int store_report_facts(struct store_report *r, const struct fact_list *facts, struct errmsg *e)
{
	if (r->failed)
		return err_set(e, "the report failed already");
	if (r->s->ops->report_facts(r->s, r->meta, facts, 0, &r->res, e) < 0) {
		r->failed = 1;
		return -1;
	}
	return 0;
}

/* Compresses text[0..len) into the report's stream (flush: Z_FINISH, its
 * end), handing each full part to the backend. */
static int text_deflate(struct store_report *r, const char *text, size_t len, int flush, struct errmsg *e)
{
	r->z.next_in = (Bytef *)(uintptr_t)text;
	r->z.avail_in = (uInt)len;
	for (;;) {
		int zrc = deflate(&r->z, flush);
		if (zrc == Z_STREAM_ERROR)
			return err_set(e, "cannot compress the report's text");
		if (r->z.avail_out == 0) {
			if (r->s->ops->report_part(r->s, r->res.report_id, ++r->parts, r->out, TEXT_PART_BYTES, e) < 0)
				return -1;
			r->z.next_out = r->out;
			r->z.avail_out = (uInt)TEXT_PART_BYTES;
			continue;
		}
		if (flush == Z_FINISH ? zrc == Z_STREAM_END : r->z.avail_in == 0)
			return 0;
	}
}

int store_report_text_add(struct store_report *r, const char *text, size_t len, struct errmsg *e)
{
	if (r->failed)
		return err_set(e, "the report failed already");
	if (!r->deflating) {
		r->failed = 1;
		return err_set(e, "the report keeps no text");
	}
	/* zlib counts its input in uInt */
	for (size_t at = 0; at < len;) {
		size_t n = len - at < ((size_t)1 << 30) ? len - at : (size_t)1 << 30;
		if (text_deflate(r, text + at, n, Z_NO_FLUSH, e) < 0) {
			r->failed = 1;
			return -1;
		}
		at += n;
	}
	r->text_len += len;
	return 0;
}

int store_report_end(struct store_report *r, int commit, struct add_result *res, struct errmsg *e)
{
	struct store *s = r->s;
	int rc = 0;
	if (commit && r->failed)
		rc = err_set(e, "the report failed already");
	else if (commit && r->deflating && text_deflate(r, "", 0, Z_FINISH, e) < 0)
		rc = -1;
	if (commit && rc == 0 && !r->deflating) {
		rc = report_end(s, r->meta, 1, 0, NULL, 0, &r->res, e);
	} else if (commit && rc == 0) {
		rc = report_end(s, r->meta, 1, r->text_len, r->out, TEXT_PART_BYTES - r->z.avail_out, &r->res, e);
	} else {
		report_end(s, r->meta, 0, 0, NULL, 0, &r->res, NULL);
		rc = commit ? -1 : 0;
	}
	*res = r->res;
	if (r->deflating)
		deflateEnd(&r->z);
	free(r->out);
	free(r);
	return rc;
}

int store_current_check(struct store *s, long *differ, struct errmsg *e)
{
	return s->ops->current_check(s, differ, e);
}

int store_set_retracted(struct store *s, long id, int retract, const char *reason, struct errmsg *e)
{
	return s->ops->set_retracted(s, id, retract, reason, e);
}

int store_extractor_version(struct store *s, char out[64], struct errmsg *e)
{
	return s->ops->extractor_version(s, out, e);
}

int store_report_text(struct store *s, long id, char **text, size_t *len, int *pages, char date[11],
		      struct errmsg *e)
{
	return s->ops->report_text(s, id, text, len, pages, date, e);
}

int store_reextract(struct store *s, long id, const struct fact_list *facts, const char *extractor, const char *date,
		    const char *why, int dry_run,
		    int (*fn)(enum store_change c, const struct fact *old, const struct fact *now, void *ctx), void *ctx,
		    struct reextract_result *res, struct errmsg *e)
{
	return s->ops->reextract(s, id, facts, extractor, date, why, dry_run, fn, ctx, res, e);
}

int store_report_ids(struct store *s, long **ids, size_t *n, struct errmsg *e)
{
	return s->ops->report_ids(s, ids, n, e);
}

int store_set_rejected(struct store *s, long obs_id, int reject, const char *why, struct buf *what, struct errmsg *e)
{
	return s->ops->set_rejected(s, obs_id, reject, why, what, e);
}

int store_each_report(struct store *s, long id, int (*fn)(const struct report_row *, void *), void *ctx,
		      struct errmsg *e)
{
	return s->ops->each_report(s, id, fn, ctx, e);
}

int store_each_obs(struct store *s, const struct obs_query *q, int (*fn)(const struct obs_row *, void *), void *ctx,
		   struct errmsg *e)
{
	return s->ops->each_obs(s, q, fn, ctx, e);
}

int store_names_in_facts(struct store *s, const char *id, int is_metric)
{
	return s->ops->names_in_facts(s, id, is_metric);
}

int store_find_period_ends(struct store *s, const char *entity, const char *metric, const char *kind,
			   const char *label, char ***out, size_t *n, struct errmsg *e)
{
	return s->ops->find_period_ends(s, entity, metric, kind, label, out, n, e);
}

int store_each_event(struct store *s, long report_id, int (*fn)(const struct store_event *, void *), void *ctx,
		     struct errmsg *e)
{
	return s->ops->each_event(s, report_id, fn, ctx, e);
}

/* ---- what the backends share: choosing the current value ---- */

/* Whether row a wins over row b as the current value of their fact: an
 * actual beats an estimate, then the later report date, then the report
 * added later, then the later row. */
static int wins(const struct store_row *a, const struct store_row *b)
{
	if (a->actual != b->actual)
		return a->actual;
	int c = strcmp(a->r.report_date, b->r.report_date);
	if (c)
		return c > 0;
	if (a->r.report_id != b->r.report_id)
		return a->r.report_id > b->r.report_id;
	return a->r.id > b->r.id;
}

static int cmp_reported(const void *x, const void *y)
{
	const struct store_row *a = x, *b = y;
	int c = strcmp(a->r.report_date, b->r.report_date);
	if (c)
		return c;
	if (a->r.report_id != b->r.report_id)
		return a->r.report_id < b->r.report_id ? -1 : 1;
	return a->r.id < b->r.id ? -1 : a->r.id > b->r.id;
}

static int same_fact(const struct obs_row *a, const struct obs_row *b)
{
	return !strcmp(a->entity, b->entity) && !strcmp(a->metric, b->metric) && !strcmp(a->kind, b->kind) &&
	       !strcmp(a->period_type, b->period_type) && !strcmp(a->period_end, b->period_end);
}

/* Hands one fact's rows to fn: the winner, or all of them oldest report
 * first with the winner marked. */
static int flush_group(struct store_row *g, size_t n, enum obs_mode mode, int (*fn)(const struct obs_row *, void *),
		       void *ctx)
{
	if (!n)
		return 0;
	/* superseded and rejected rows are there to be shown, never to win */
	size_t best = n;
	for (size_t i = 0; i < n; i++)
		if (!g[i].r.superseded && !g[i].r.rejected && (best == n || wins(&g[i], &g[best])))
			best = i;
	if (best < n)
		g[best].r.current = 1;
	if (mode == OBS_CURRENT)
		return best < n ? fn(&g[best].r, ctx) : 0;
	qsort(g, n, sizeof(*g), cmp_reported);
	for (size_t i = 0; i < n; i++) {
		int rc = fn(&g[i].r, ctx);
		if (rc)
			return rc;
	}
	return 0;
}

void store_groups_init(struct store_groups *gs, const struct obs_query *q, const struct store_then *then,
		       int (*fn)(const struct obs_row *, void *), void *ctx)
{
	memset(gs, 0, sizeof(*gs));
	gs->q = q;
	gs->then = then;
	gs->fn = fn;
	gs->ctx = ctx;
}

static void groups_clear(struct store_groups *gs)
{
	for (size_t i = 0; i < gs->n; i++)
		free(gs->g[i].strings);
	gs->n = 0;
}

int store_groups_add(struct store_groups *gs, struct store_row *row)
{
	if (gs->then && !store_then_row(gs->then, gs->q, row)) {
		free(row->strings);
		return 0;
	}
	row->actual = !strcmp(row->r.basis, "actual");
	if (gs->n && !same_fact(&gs->g[0].r, &row->r)) {
		int rc = flush_group(gs->g, gs->n, gs->q->mode, gs->fn, gs->ctx);
		groups_clear(gs);
		if (rc) {
			free(row->strings);
			return rc;
		}
	}
	GROW(gs->g, gs->cap, gs->n + 1);
	gs->g[gs->n++] = *row;
	return 0;
}

int store_groups_end(struct store_groups *gs, int flush)
{
	int rc = flush ? flush_group(gs->g, gs->n, gs->q->mode, gs->fn, gs->ctx) : 0;
	groups_clear(gs);
	free(gs->g);
	gs->g = NULL;
	gs->cap = 0;
	return rc;
}

/* ---- the store at a moment (--known-at) ---- */

struct store_then_event {
	long id, key, version;
	int action; /* index into then_actions */
	char before[11], after[11];
};

static const char *const then_actions[] = { "retract", "restore", "redate", "reextract", "reject", "accept" };

static int cmp_event_row(const void *x, const void *y)
{
	const struct store_then_event *a = x, *b = y;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

static int cmp_long(const void *x, const void *y)
{
	long a = *(const long *)x, b = *(const long *)y;
	return a < b ? -1 : a > b;
}

static int cmp_report_then(const void *x, const void *y)
{
	long a = ((const struct report_then *)x)->report_id, b = ((const struct report_then *)y)->report_id;
	return a < b ? -1 : a > b;
}

void store_then_init(struct store_then *t, long cut)
{
	memset(t, 0, sizeof(*t));
	t->cut = cut;
}

void store_then_event(struct store_then *t, long id, const char *action, long report_id, long obs_id, long version,
		      const char *before, const char *after)
{
	struct store_then_event ev;
	memset(&ev, 0, sizeof(ev));
	ev.id = id;
	ev.action = -1;
	for (size_t i = 0; i < ARRAY_SIZE(then_actions); i++)
		if (!strcmp(action, then_actions[i]))
			ev.action = (int)i;
	if (ev.action < 0)
		return;
	ev.version = version;
	copy_str(ev.before, sizeof(ev.before), before ? before : "");
	copy_str(ev.after, sizeof(ev.after), after ? after : "");
	if (ev.action >= 4) {
		ev.key = obs_id;
		GROW(t->ov, t->capo, t->no + 1);
		t->ov[t->no++] = ev;
	} else {
		ev.key = report_id;
		GROW(t->rv, t->capr, t->nr + 1);
		t->rv[t->nr++] = ev;
	}
}

void store_then_done(struct store_then *t)
{
	struct store_then_event *rv = t->rv, *ov = t->ov;
	size_t nr = t->nr, no = t->no;
	if (nr)
		qsort(rv, nr, sizeof(*rv), cmp_event_row);
	if (no)
		qsort(ov, no, sizeof(*ov), cmp_event_row);
	size_t cap = 0;
	for (size_t i = 0; i < nr; i++) {
		if (!t->nreps || t->reps[t->nreps - 1].report_id != rv[i].key) {
			GROW(t->reps, cap, t->nreps + 1);
			t->reps[t->nreps++] = (struct report_then){ rv[i].key, 0, 0, "" };
		}
		struct report_then *r = &t->reps[t->nreps - 1];
		const struct store_then_event *ev = &rv[i];
		if (ev->id > t->cut) {
			/* the first re-date after the moment knows the date it had */
			if (ev->action == 2 && !r->date[0])
				copy_str(r->date, sizeof(r->date), ev->before);
			continue;
		}
		if (ev->action <= 1)
			r->retracted = ev->action == 0;
		if (ev->version)
			r->version = ev->version;
		if (ev->action == 2)
			copy_str(r->date, sizeof(r->date), ev->after);
	}
	cap = 0;
	for (size_t i = 0; i < no; i++) {
		/* the last event up to the moment decides */
		if (ov[i].id > t->cut || (i + 1 < no && ov[i + 1].key == ov[i].key && ov[i + 1].id <= t->cut))
			continue;
		if (ov[i].action == 4) {
			GROW(t->rejected, cap, t->nrejected + 1);
			t->rejected[t->nrejected++] = ov[i].key;
		}
	}
	free(rv);
	free(ov);
	t->rv = t->ov = NULL;
	t->nr = t->no = t->capr = t->capo = 0;
}

void store_then_free(struct store_then *t)
{
	free(t->reps);
	free(t->rejected);
	free(t->rv);
	free(t->ov);
}

int store_then_row(const struct store_then *t, const struct obs_query *q, struct store_row *g)
{
	struct report_then key = { g->r.report_id, 0, 0, "" };
	const struct report_then *rs = t->nreps ? bsearch(&key, t->reps, t->nreps, sizeof(key), cmp_report_then) : NULL;
	long then_version = rs ? rs->version : 0;
	if (g->r.version > then_version) /* made after the moment */
		return 0;
	if (rs && rs->retracted && !q->include_retracted)
		return 0;
	if (rs && rs->date[0])
		g->r.report_date = rs->date;
	if (q->as_of && strcmp(g->r.report_date, q->as_of) > 0)
		return 0;
	g->r.superseded = g->r.version != then_version;
	g->r.rejected = t->nrejected && bsearch(&g->r.id, t->rejected, t->nrejected, sizeof(long), cmp_long);
	return q->everything || (!g->r.superseded && !g->r.rejected);
}

/* ---- what the backends share: re-reading a report ---- */

static int same_key(const struct fact *a, const struct fact *b)
{
	return !strcmp(a->entity, b->entity) && !strcmp(a->metric, b->metric) && !strcmp(a->kind, b->kind) &&
	       !strcmp(a->period_type, b->period_type) && !strcmp(a->period_end, b->period_end) &&
	       !strcmp(a->basis, b->basis);
}

/* The same fact read the same way (where in the text it stands aside). */
static int same_reading(const struct fact *a, const struct fact *b)
{
	int range = !strcmp(a->qualifier, "range");
	return same_key(a, b) && a->value == b->value && !strcmp(a->unit, b->unit) &&
	       !strcmp(a->qualifier, b->qualifier) && (!range || (a->low == b->low && a->high == b->high)) &&
	       !strcmp(a->period_start, b->period_start) && !strcmp(a->fiscal_label, b->fiscal_label) &&
	       !strcmp(a->calendar_label, b->calendar_label) && a->restated == b->restated;
}

int store_pair_facts(const struct fact_list *old, const struct fact_list *facts,
		     int (*fn)(enum store_change c, const struct fact *o, const struct fact *now, void *ctx), void *ctx,
		     struct reextract_result *res, long **pair_out, int **exact_out)
{
	long *pair;
	int *exact;
	pair = xcalloc(facts->n + 1, sizeof(long));
	exact = xcalloc(facts->n + 1, sizeof(int));
	char *used = xcalloc(old->n + 1, 1);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < facts->n; i++) {
			if (pair[i])
				continue;
			for (size_t j = 0; j < old->n; j++)
				if (!used[j] && (pass ? same_key(&facts->items[i], &old->items[j])
						      : same_reading(&facts->items[i], &old->items[j]))) {
					used[j] = 1;
					pair[i] = (long)j + 1;
					exact[i] = !pass;
					break;
				}
		}
	int cbrc = 0;
	for (size_t i = 0; i < facts->n && !cbrc; i++) {
		if (pair[i] && exact[i]) {
			res->same++;
			continue;
		}
		const struct fact *o = pair[i] ? &old->items[pair[i] - 1] : NULL;
		if (o)
			res->changed++;
		else
			res->fresh++;
		if (fn)
			cbrc = fn(o ? STORE_CHANGED : STORE_NEW, o, &facts->items[i], ctx);
	}
	for (size_t j = 0; j < old->n && !cbrc; j++)
		if (!used[j]) {
			res->gone++;
			if (fn)
				cbrc = fn(STORE_GONE, &old->items[j], NULL, ctx);
		}
	free(used);
	*pair_out = pair;
	*exact_out = exact;
	return cbrc;
}

/* ---- what the backends share: searching texts ---- */

/* Case-insensitive (ASCII) search of `w` in text[0..len). */
int store_mentions(const char *text, size_t len, const char *w)
{
	size_t n = strlen(w);
	if (!n || n > len)
		return 0;
	unsigned char first = (unsigned char)w[0];
	int latin = first < 0x80 && ((first | 0x20) >= 'a' && (first | 0x20) <= 'z');
	for (size_t i = 0; i + n <= len; i++) {
		unsigned char c = (unsigned char)text[i];
		if (latin ? (c | 0x20) != (first | 0x20) : c != first)
			continue;
		size_t k = 1;
		for (; k < n; k++) {
			unsigned char a = (unsigned char)text[i + k], b = (unsigned char)w[k];
			if (a != b && !(a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && (a | 0x20) >= 'a' &&
					(a | 0x20) <= 'z'))
				break;
		}
		if (k == n)
			return 1;
	}
	return 0;
}

/* ---- a whole history ---- */

#define T STORE_TEXT
#define I STORE_INT
#define R STORE_REAL
#define B STORE_BLOB
#define TABLE(name, order, ...)                                                                                  \
	{ #name, name##_cols, name##_types, ARRAY_SIZE(name##_cols), order }

static const char *const entity_cols[] = { "id", "name", "name_zh", "parent", "fy_rule", "kind", "currency" };
static const enum store_type entity_types[] = { T, T, T, T, T, T, T };
static const char *const metric_cols[] = { "id", "name", "unit_kind", "stock" };
static const enum store_type metric_types[] = { T, T, T, I };
static const char *const alias_cols[] = { "alias", "target_type", "target", "sign" };
static const enum store_type alias_types[] = { T, T, T, I };
static const char *const report_cols[] = { "id", "sha256", "title", "source", "published", "date_source", "path",
					   "size", "encoding", "added_at", "extractor", "version" };
static const enum store_type report_types[] = { I, T, T, T, T, T, T, I, T, T, T, I };
static const char *const report_version_cols[] = { "id", "report_id", "extractor", "at" };
static const enum store_type report_version_types[] = { I, I, T, T };
static const char *const retraction_cols[] = { "id", "report_id", "action", "reason", "at" };
static const enum store_type retraction_types[] = { I, I, T, T, T };
static const char *const observation_cols[] = {
	"id", "report_id", "entity", "metric", "kind", "period_type", "period_start", "period_end",
	"fiscal_label", "calendar_label", "value", "unit", "qualifier", "low", "high", "basis",
	"restated", "sentence", "start_byte", "end_byte", "page", "resolution", "version", "rejected",
};
static const enum store_type observation_types[] = { I, I, T, T, T, T, T, T, T, T, R, T,
						     T, R, R, T, I, T, I, I, I, R, I, I };
static const char *const report_text_cols[] = { "report_id", "size", "pages", "body" };
static const enum store_type report_text_types[] = { I, I, I, B };
static const char *const report_text_part_cols[] = { "report_id", "part", "body" };
static const enum store_type report_text_part_types[] = { I, I, B };
static const char *const event_cols[] = { "id", "at", "who", "action", "report_id", "obs_id",
					  "version", "before", "after", "what", "why" };
static const enum store_type event_types[] = { I, T, T, T, I, I, I, T, T, T, T };
static const char *const fact_current_cols[] = { "entity", "metric", "kind", "period_type", "period_end",
						 "basis", "obs_id", "report_id", "published", "value",
						 "low", "high", "qualifier", "resolution" };
static const enum store_type fact_current_types[] = { T, T, T, T, T, T, I, I, T, R, R, R, T, R };

const struct store_table store_tables[] = {
	TABLE(entity, NULL),
	TABLE(metric, NULL),
	TABLE(alias, NULL),
	TABLE(report, "id"),
	TABLE(report_version, "id"),
	TABLE(retraction, "id"),
	TABLE(observation, "entity, metric, kind, period_type, period_end, id"),
	TABLE(report_text, "report_id"),
	TABLE(report_text_part, "report_id, part"),
	TABLE(event, "id"),
	TABLE(fact_current, "entity, metric, kind, period_type, period_end, basis"),
	{ NULL, NULL, NULL, 0, NULL },
};

#undef TABLE
#undef T
#undef I
#undef R
#undef B

int store_each_table_row(struct store *s, const struct store_table *t,
			 int (*fn)(const struct store_value *row, void *ctx), void *ctx, struct errmsg *e)
{
	return s->ops->each_table_row(s, t, fn, ctx, e);
}

int store_load_begin(struct store *s, struct errmsg *e)
{
	struct store_info info;
	if (store_info(s, &info, e) < 0)
		return -1;
	if (info.reports || info.events)
		return err_set(e, "store '%s' is not empty (%ld reports, %ld changes): a copy goes into a new store only",
			       s->name, info.reports, info.events);
	return s->ops->load_begin(s, e);
}

int store_load_row(struct store *s, const struct store_table *t, const struct store_value *row, struct errmsg *e)
{
	return s->ops->load_row(s, t, row, e);
}

int store_load_end(struct store *s, int commit, struct errmsg *e)
{
	return s->ops->load_end(s, commit, e);
}

struct sum_ctx {
	struct sha256 *h;
	size_t ncols;
	struct buf b;
};

/* Each value as a type letter, its length and its bytes: no two rows,
 * or two splits of a row into values, give the same text. */
static int sum_row(const struct store_value *row, void *ctx)
{
	struct sum_ctx *c = ctx;
	buf_reset(&c->b);
	for (size_t i = 0; i < c->ncols; i++) {
		const struct store_value *v = &row[i];
		char num[40];
		switch (v->type) {
		case STORE_NULL:
			buf_adds(&c->b, "N;");
			break;
		case STORE_INT:
			snprintf(num, sizeof(num), "%lld", v->i);
			buf_printf(&c->b, "I%zu:%s;", strlen(num), num);
			break;
		case STORE_REAL:
			snprintf(num, sizeof(num), "%.17g", v->d);
			buf_printf(&c->b, "R%zu:%s;", strlen(num), num);
			break;
		case STORE_TEXT:
		case STORE_BLOB:
			buf_printf(&c->b, "%c%zu:", v->type == STORE_TEXT ? 'T' : 'B', v->len);
			buf_add(&c->b, v->s, v->len);
			buf_addc(&c->b, ';');
			break;
		}
	}
	buf_addc(&c->b, '\n');
	sha256_add(c->h, c->b.data, c->b.len);
	return 0;
}

int store_checksum(struct store *s, char out[65], struct errmsg *e)
{
	struct sum_ctx c = { NULL, 0, BUF_INIT };
	if (!(c.h = sha256_begin(e)))
		return -1;
	int rc = 0;
	for (const struct store_table *t = store_tables; t->name && rc == 0; t++) {
		char head[96];
		snprintf(head, sizeof(head), "table %s\n", t->name);
		sha256_add(c.h, head, strlen(head));
		c.ncols = t->ncols;
		rc = store_each_table_row(s, t, sum_row, &c, e);
	}
	buf_free(&c.b);
	if (rc < 0) {
		char ignored[65];
		sha256_end(c.h, ignored, NULL);
		return -1;
	}
	return sha256_end(c.h, out, e);
}
