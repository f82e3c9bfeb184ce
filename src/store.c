/*
 * The store (see store.h): the functions every command calls, which hand
 * each operation to the backend keeping the store (store_backend.h): a
 * SQLite file (store_sqlite.c) or a PostgreSQL server (store_pg.c); and
 * what does not depend on the backend: where the store is, and time.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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

int store_open(const char *path, struct store **out, struct errmsg *e)
{
	return store_open_with(path, embedded_migrations, out, e);
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

int store_add_report(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
		     struct add_result *res, struct errmsg *e)
{
	return s->ops->add_report(s, meta, facts, res, e);
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
