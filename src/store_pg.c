/*
 * The store in a PostgreSQL server (see store.h and store_backend.h): the
 * same operations as store_sqlite.c, on the tables of migrations/pg/ in
 * one schema, through libpq. This is the only file that includes
 * libpq-fe.h. Every value is a bound parameter (PQexecParams); the one
 * identifier given by a user, the schema, is quoted by
 * PQescapeIdentifier(). Passwords come from libpq's own means (.pgpass,
 * PGPASSWORD, the address itself) and are never shown: store_path() is the
 * address with its password removed.
 *
 * libpq is opened when the first PostgreSQL store is: loading it, and the
 * libssl, Kerberos and LDAP it links, at start cost every run of mtrack,
 * most of which never open one (extract opens no store at all).
 *
 * Many writers at once: each report is one transaction of its own (a
 * batch only groups them: other writers never wait on a batch); the same
 * bytes added twice at once are stored once, by the unique sha256 (ON
 * CONFLICT); each fact's current value is changed by INSERT ... ON
 * CONFLICT DO UPDATE ... WHERE the new row wins, the rows taken in key
 * order, so the database orders concurrent writers of one fact and two
 * reports never wait on each other in a circle. Readers read a snapshot
 * and never block writers.
 */
#include <dlfcn.h>
#include <errno.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "store_backend.h"
#include "banned.h"

struct pg {
	struct store base;
	PGconn *conn;
	char *schema;
	char who[64];
	int in_tx;    /* inside store_transaction() */
	long cursors; /* names the cursors of store_each_obs() */
	char state[6]; /* the SQLSTATE of the last failure */
	const struct store_table *load_table; /* the table store_load_row() is copying into */
	struct buf load_buf; /* its rows not yet sent */
};

static const struct store_backend pg_backend;

/* ---- libpq, opened with the first store ---- */

/* The functions of libpq this file calls. */
#define PQ_FUNCTIONS(X) \
	X(PQclear) \
	X(PQcmdTuples) \
	X(PQconnectdb) \
	X(PQconninfoFree) \
	X(PQconninfoParse) \
	X(PQerrorMessage) \
	X(PQescapeIdentifier) \
	X(PQexec) \
	X(PQexecParams) \
	X(PQfinish) \
	X(PQfreemem) \
	X(PQgetResult) \
	X(PQgetisnull) \
	X(PQgetlength) \
	X(PQgetvalue) \
	X(PQnfields) \
	X(PQntuples) \
	X(PQputCopyData) \
	X(PQputCopyEnd) \
	X(PQresultErrorField) \
	X(PQresultStatus) \
	X(PQsetClientEncoding) \
	X(PQstatus) \
	X(PQunescapeBytea)

static pthread_once_t pq_once = PTHREAD_ONCE_INIT;
static struct {
#define X(f) __typeof__(&f) f;
	PQ_FUNCTIONS(X)
#undef X
	char error[200];
} pq;

/* libpq by its SONAME, or by the development link when only that is
 * there; a failure to open it is told as the first attempt's. */
static void load_pq(void)
{
	void *lib = dlopen(MTRACK_LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		const char *why = dlerror();
		copy_str(pq.error, sizeof(pq.error), why ? why : MTRACK_LIBPQ_SONAME " cannot be opened");
		lib = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
		if (!lib)
			return;
	}
	const char *missing = NULL;
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
#define X(f) \
	if (!(*(void **)&pq.f = dlsym(lib, #f)) && !missing) \
		missing = #f;
	PQ_FUNCTIONS(X)
#undef X
	if (missing) {
		snprintf(pq.error, sizeof(pq.error), "libpq lacks %s", missing);
		pq.PQconnectdb = NULL;
	}
}

/* ---- parameters and results ---- */

#define MAX_PARAMS 32

/* The bound parameters of one statement, as text (or binary for bytea). */
struct params {
	int n;
	const char *v[MAX_PARAMS];
	int len[MAX_PARAMS], fmt[MAX_PARAMS];
	char num[MAX_PARAMS][32];
};

static void p_str(struct params *p, const char *v)
{
	p->v[p->n] = v;
	p->len[p->n] = 0;
	p->fmt[p->n] = 0;
	p->n++;
}

/* NULL for an empty string, as the SQLite backend binds them. */
static void p_opt(struct params *p, const char *v)
{
	p_str(p, v && *v ? v : NULL);
}

static void p_long(struct params *p, long v)
{
	snprintf(p->num[p->n], sizeof(p->num[0]), "%ld", v);
	p_str(p, p->num[p->n]);
}

/* 0: NULL */
static void p_id(struct params *p, long v)
{
	if (v)
		p_long(p, v);
	else
		p_str(p, NULL);
}

static void p_bytes(struct params *p, const void *v, size_t n)
{
	p->v[p->n] = v;
	p->len[p->n] = (int)n;
	p->fmt[p->n] = 1;
	p->n++;
}

static PGresult *run(struct pg *s, const char *sql, const struct params *p)
{
	return pq.PQexecParams(s->conn, sql, p ? p->n : 0, NULL, p ? p->v : NULL, p ? p->len : NULL, p ? p->fmt : NULL, 0);
}

static int res_ok(PGresult *r)
{
	ExecStatusType st = pq.PQresultStatus(r);
	return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
}

/* The server's message for a failed result, without its final newline. */
static void failure_text(struct pg *s, PGresult *r, char *out, size_t n)
{
	const char *m = r ? pq.PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	if (!m || !*m)
		m = pq.PQerrorMessage(s->conn);
	copy_str(out, n, m && *m ? m : "unknown error");
	size_t len = strlen(out);
	while (len && (out[len - 1] == '\n' || out[len - 1] == ' '))
		out[--len] = '\0';
	const char *st = r ? pq.PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	copy_str(s->state, sizeof(s->state), st ? st : "");
}

/* Sets `e` from a failed result (cleared here) and returns -1. A lost
 * connection is said to be one, with the store it was. */
static int db_fail(struct pg *s, PGresult *r, struct errmsg *e, const char *what)
{
	char msg[400];
	failure_text(s, r, msg, sizeof(msg));
	pq.PQclear(r);
	if (pq.PQstatus(s->conn) != CONNECTION_OK)
		return err_set(e, "%s: lost the connection to store '%s': %s", what, s->base.name, msg);
	return err_set(e, "%s: %s", what, msg);
}

/* Runs a statement that returns no rows. */
static int cmd(struct pg *s, const char *sql, const struct params *p, struct errmsg *e, const char *what)
{
	PGresult *r = run(s, sql, p);
	if (!res_ok(r))
		return db_fail(s, r, e, what);
	pq.PQclear(r);
	return 0;
}

/* Runs a statement with no parameters whose failure is not reported
 * (ROLLBACK after a failure). */
static void quiet(struct pg *s, const char *sql)
{
	pq.PQclear(pq.PQexec(s->conn, sql));
}

/* Runs a query, or sets `e` and returns NULL. */
static PGresult *query(struct pg *s, const char *sql, const struct params *p, struct errmsg *e, const char *what)
{
	PGresult *r = run(s, sql, p);
	if (!res_ok(r)) {
		db_fail(s, r, e, what);
		return NULL;
	}
	return r;
}

/* A value, NULL when SQL NULL. */
static const char *val(const PGresult *r, int row, int c)
{
	return pq.PQgetisnull(r, row, c) ? NULL : pq.PQgetvalue(r, row, c);
}

static long lval(const PGresult *r, int row, int c)
{
	const char *v = val(r, row, c);
	return v ? strtol(v, NULL, 10) : 0;
}

static double dval(const PGresult *r, int row, int c)
{
	const char *v = val(r, row, c);
	return v ? strtod(v, NULL) : 0;
}

/* One count(*) or other single number. */
static int number(struct pg *s, const char *sql, const struct params *p, long *out, struct errmsg *e)
{
	PGresult *r = query(s, sql, p, e, "cannot count");
	if (!r)
		return -1;
	*out = pq.PQntuples(r) ? lval(r, 0, 0) : 0;
	pq.PQclear(r);
	return 0;
}

static int begin(struct pg *s, struct errmsg *e)
{
	return s->in_tx ? cmd(s, "SAVEPOINT op", NULL, e, "cannot begin") : cmd(s, "BEGIN", NULL, e, "cannot begin");
}

static int commit(struct pg *s, struct errmsg *e)
{
	return s->in_tx ? cmd(s, "RELEASE op", NULL, e, "cannot commit") : cmd(s, "COMMIT", NULL, e, "cannot commit");
}

static void rollback(struct pg *s)
{
	quiet(s, s->in_tx ? "ROLLBACK TO op; RELEASE op" : "ROLLBACK");
}

/* ---- addresses ---- */

int store_pg_is_address(const char *where)
{
	/* a URL, or libpq's keyword=value form led by a keyword that names a
	 * server (a file's path does not begin so) */
	static const char *const lead[] = { "postgresql://", "postgres://", "service=", "host=", "hostaddr=", "dbname=" };
	for (size_t i = 0; i < ARRAY_SIZE(lead); i++)
		if (!strncmp(where, lead[i], strlen(lead[i])))
			return 1;
	return 0;
}

/* Removes `password=...` (a query parameter or a keyword) from `s`. */
static void drop_password_param(struct buf *b)
{
	for (;;) {
		char *p = strstr(b->data, "password=");
		if (!p)
			return;
		char *end = p + 9;
		if (p > b->data && p[-1] == '?') {
			end += strcspn(end, "&");
			if (*end == '&')
				end++;
		} else if (p > b->data && p[-1] == '&') {
			p--;
			end += strcspn(end, "&");
		} else {
			/* keyword=value form: up to the next space, a quoted value whole */
			if (*end == '\'') {
				for (end++; *end && *end != '\''; end++)
					if (*end == '\\' && end[1])
						end++;
				if (*end)
					end++;
			} else {
				end += strcspn(end, " ");
			}
			while (*end == ' ')
				end++;
		}
		memmove(p, end, strlen(end) + 1);
		b->len = strlen(b->data);
		if (b->len && (b->data[b->len - 1] == '?' || b->data[b->len - 1] == ' '))
			b->data[--b->len] = '\0';
	}
}

char *store_pg_redact(const char *where)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, where);
	const char *scheme = strstr(b.data, "://");
	if (scheme) {
		/* user:password@host: the userinfo ends at the last '@' before the path */
		char *auth = (char *)scheme + 3;
		size_t alen = strcspn(auth, "/?");
		char *at = NULL;
		for (char *c = auth; c < auth + alen; c++)
			if (*c == '@')
				at = c;
		if (at) {
			char *colon = memchr(auth, ':', (size_t)(at - auth));
			if (colon)
				memmove(colon, at, strlen(at) + 1);
		}
		b.len = strlen(b.data);
	}
	drop_password_param(&b);
	return buf_detach(&b);
}

/* ---- opening and migrations ---- */

static int schema_version(struct pg *s, int *out, struct errmsg *e)
{
	*out = 0;
	/* the catalog read with this statement's snapshot: a table another
	 * client made while this one waited for the lock is seen */
	struct params p = { 0 };
	p_str(&p, s->schema);
	long have = 0;
	if (number(s, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = 'schema_migration'",
		   &p, &have, e) < 0)
		return -1;
	if (!have)
		return 0;
	long v;
	if (number(s, "SELECT coalesce(max(version), 0) FROM schema_migration", NULL, &v, e) < 0)
		return -1;
	*out = (int)v;
	return 0;
}

static int latest_of(const struct embedded_migration *migs)
{
	int v = 0;
	for (const struct embedded_migration *m = migs; m->sql; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

/* Applies the pending migrations, each in one transaction under an
 * advisory lock named after the schema: two clients starting at once on a
 * new store migrate it once (the second finds it done). */
static int migrate(struct pg *s, const struct embedded_migration *migs, const char *ident, struct errmsg *e)
{
	char lockname[200];
	snprintf(lockname, sizeof(lockname), "mtrack migrate %s", s->schema);
	for (const struct embedded_migration *m = migs; m->sql; m++) {
		int cur;
		if (schema_version(s, &cur, e) < 0)
			return -1;
		if (m->version <= cur)
			continue;
		struct params p = { 0 };
		p_str(&p, lockname);
		if (cmd(s, "BEGIN", NULL, e, "cannot migrate") < 0)
			return -1;
		if (cmd(s, "SELECT pg_advisory_xact_lock(hashtext($1))", &p, e, "cannot lock the store to migrate it") < 0 ||
		    schema_version(s, &cur, e) < 0)
			goto fail;
		if (m->version <= cur) {
			quiet(s, "COMMIT");
			continue;
		}
		if (cur == 0) {
			/* the identifier quoted by libpq: the one name built into SQL */
			struct buf sql = BUF_INIT;
			buf_printf(&sql, "CREATE SCHEMA IF NOT EXISTS %s", ident);
			int rc = cmd(s, sql.data, NULL, e, "cannot create the store's schema");
			buf_free(&sql);
			if (rc < 0)
				goto fail;
		}
		PGresult *r = pq.PQexec(s->conn, m->sql);
		if (!res_ok(r) && pq.PQresultStatus(r) != PGRES_EMPTY_QUERY) {
			char msg[400];
			failure_text(s, r, msg, sizeof(msg));
			pq.PQclear(r);
			err_set(e, "migration %04d_%s failed: %s", m->version, m->name, msg);
			goto fail;
		}
		pq.PQclear(r);
		char now[21];
		now_utc(now);
		struct params q = { 0 };
		p_long(&q, m->version);
		p_str(&q, m->name);
		p_str(&q, now);
		if (cmd(s, "INSERT INTO schema_migration (version, name, applied_at) VALUES ($1, $2, $3)", &q, e,
			"cannot record the migration") < 0 ||
		    cmd(s, "COMMIT", NULL, e, "cannot commit the migration") < 0)
			goto fail;
	}
	return 0;
fail:
	quiet(s, "ROLLBACK");
	return -1;
}

static void pg_close(struct store *base);

int store_pg_open(const char *where, const char *schema, const struct embedded_migration *migs, struct store **out,
		  struct errmsg *e)
{
	*out = NULL;
	pthread_once(&pq_once, load_pq);
	if (!pq.PQconnectdb)
		return err_set(e, "PostgreSQL support needs libpq (Debian package libpq5): %s", pq.error);
	struct pg *s = xcalloc(1, sizeof(*s));
	s->base.ops = &pg_backend;
	s->base.name = store_pg_redact(where);
	if (!schema || !*schema) {
		schema = getenv("MTRACK_SCHEMA");
		if (!schema || !*schema)
			schema = "mtrack";
	}
	s->schema = xstrdup(schema);
	const char *who = getenv("USER");
	if (!who || !*who)
		who = getenv("LOGNAME");
	copy_str(s->who, sizeof(s->who), who && *who ? who : "unknown");
	char *perr = NULL;
	PQconninfoOption *opts = pq.PQconninfoParse(where, &perr);
	if (!opts) {
		char msg[300];
		copy_str(msg, sizeof(msg), perr ? perr : "out of memory");
		size_t n = strlen(msg);
		while (n && msg[n - 1] == '\n')
			msg[--n] = '\0';
		err_set(e, "bad PostgreSQL address '%s': %s", s->base.name, msg);
		pq.PQfreemem(perr);
		pg_close(&s->base);
		return -1;
	}
	pq.PQconninfoFree(opts);
	s->conn = pq.PQconnectdb(where);
	if (!s->conn || pq.PQstatus(s->conn) != CONNECTION_OK) {
		char msg[400];
		copy_str(msg, sizeof(msg), s->conn ? pq.PQerrorMessage(s->conn) : "out of memory");
		size_t n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		err_set(e, "cannot connect to store '%s': %s", s->base.name, msg);
		pg_close(&s->base);
		return -1;
	}
	/* floats printed exactly (shortest round-trip text from PostgreSQL 12
	 * on; enough digits before), so values read back are the ones stored */
	pq.PQclear(pq.PQexec(s->conn, "SET extra_float_digits = 3"));
	if (pq.PQsetClientEncoding(s->conn, "UTF8") != 0) {
		err_set(e, "cannot set up store '%s': %s", s->base.name, pq.PQerrorMessage(s->conn));
		pg_close(&s->base);
		return -1;
	}
	char *ident = pq.PQescapeIdentifier(s->conn, s->schema, strlen(s->schema));
	if (!ident) {
		err_set(e, "bad schema name '%s'", s->schema);
		pg_close(&s->base);
		return -1;
	}
	struct params p = { 0 };
	p_str(&p, ident);
	int rc = cmd(s, "SELECT set_config('search_path', $1, false)", &p, e, "cannot choose the store's schema");
	int cur = 0, latest = latest_of(migs);
	if (rc == 0)
		rc = schema_version(s, &cur, e);
	if (rc == 0 && cur > latest)
		rc = err_set(e, "store '%s' (schema %s) has schema version %d, newer than this mtrack (%d): upgrade mtrack",
			     s->base.name, s->schema, cur, latest);
	if (rc == 0 && cur < latest)
		rc = migrate(s, migs, ident, e);
	pq.PQfreemem(ident);
	if (rc < 0) {
		pg_close(&s->base);
		return -1;
	}
	*out = &s->base;
	return 0;
}

static void pg_close(struct store *base)
{
	struct pg *s = (struct pg *)base;
	if (!s)
		return;
	if (s->conn)
		pq.PQfinish(s->conn);
	free(s->schema);
	buf_free(&s->load_buf);
	free(s->base.name);
	free(s);
}

/* ---- info, transactions ---- */

static int pg_info(struct store *base, struct store_info *out, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	memset(out, 0, sizeof(*out));
	if (schema_version(s, &out->schema_version, e) < 0 ||
	    number(s, "SELECT count(*) FROM report", NULL, &out->reports, e) < 0 ||
	    number(s, "SELECT count(*) FROM report WHERE id NOT IN (SELECT id FROM live_report)", NULL, &out->retracted,
		   e) < 0 ||
	    number(s, "SELECT count(*) FROM observation", NULL, &out->observations, e) < 0 ||
	    number(s, "SELECT count(*) FROM entity", NULL, &out->entities, e) < 0 ||
	    number(s, "SELECT count(*) FROM metric", NULL, &out->metrics, e) < 0 ||
	    number(s, "SELECT count(*) FROM alias", NULL, &out->aliases, e) < 0 ||
	    number(s, "SELECT count(*) FROM event", NULL, &out->events, e) < 0 ||
	    number(s, "SELECT count(*) FROM report_text", NULL, &out->texts, e) < 0)
		return -1;
	return 0;
}

static int pg_transaction(struct store *base, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (cmd(s, "BEGIN", NULL, e, "cannot begin") < 0)
		return -1;
	s->in_tx = 1;
	int rc = fn(base, ctx);
	s->in_tx = 0;
	if (rc < 0) {
		quiet(s, "ROLLBACK");
		return -1;
	}
	return cmd(s, "COMMIT", NULL, e, "cannot commit");
}

/* Each report commits on its own (see the top of the file): a batch
 * groups nothing the server would hold. */
static int pg_batch_begin(struct store *base, struct errmsg *e)
{
	return 0;
}

static int pg_batch_end(struct store *base, int commit_it, struct errmsg *e)
{
	return 0;
}

static int pg_batch_full(struct store *base)
{
	return 0;
}

/* ---- events ---- */

/* Records one event inside the caller's transaction, at the server's
 * time; its id to `*id`. */
static int event_add(struct pg *s, const char *action, long report_id, long obs_id, long version, const char *before,
		     const char *after, const char *what, const char *why, long *id, struct errmsg *e)
{
	struct params p = { 0 };
	p_str(&p, s->who);
	p_str(&p, action);
	p_id(&p, report_id);
	p_id(&p, obs_id);
	p_id(&p, version);
	p_opt(&p, before);
	p_opt(&p, after);
	p_str(&p, what);
	p_opt(&p, why);
	PGresult *r = query(s,
			    /* the server's clock, which every client of a shared store
			     * agrees on (theirs may not), as store_now() writes it */
			    "INSERT INTO event (at, who, action, report_id, obs_id, version, before, after, what, why)"
			    " VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
			    " $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
			    &p, e, "cannot record the event");
	if (!r)
		return -1;
	if (id)
		*id = lval(r, 0, 0);
	pq.PQclear(r);
	return 0;
}

struct event_ctx {
	int (*fn)(const struct store_event *, void *);
	void *ctx;
};

static int event_row(PGresult *r, int i, void *ctx)
{
	struct event_ctx *c = ctx;
	struct store_event ev = {
		.id = lval(r, i, 0), .report_id = lval(r, i, 4), .obs_id = lval(r, i, 5), .at = val(r, i, 1),
		.who = val(r, i, 2), .action = val(r, i, 3), .what = val(r, i, 6),
		.why = val(r, i, 7) ? val(r, i, 7) : "",
	};
	return c->fn(&ev, c->ctx);
}

static int each_row(struct pg *s, const char *sql, const struct params *p, int (*fn)(PGresult *, int, void *),
		    void *ctx, struct errmsg *e, const char *what);

static int pg_each_event(struct store *base, long report_id, int (*fn)(const struct store_event *, void *), void *ctx,
			 struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_long(&p, report_id);
	struct event_ctx c = { fn, ctx };
	int rc = each_row(s,
			  "SELECT id, at, who, action, report_id, obs_id, what, why FROM event"
			  " WHERE $1::bigint <= 0 OR report_id = $1 ORDER BY id",
			  &p, event_row, &c, e, "cannot read the events");
	return rc < 0 ? -1 : 0;
}

/* ---- the lexicon ---- */

static int pg_load_lexicon(struct store *base, struct lexicon **out, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct lexicon *lx = lexicon_new();
	PGresult *r = NULL;
	if (!(r = query(s, "SELECT id, name, name_zh, parent, fy_rule, kind, currency FROM entity ORDER BY ord", NULL, e,
			"cannot load the lexicon")))
		goto fail;
	for (int i = 0; i < pq.PQntuples(r); i++)
		if (lexicon_add_entity(lx, val(r, i, 0), val(r, i, 1), val(r, i, 2), val(r, i, 3), val(r, i, 4),
				       val(r, i, 5), e) < 0 ||
		    lexicon_set_currency(lx, val(r, i, 0), val(r, i, 6), e) < 0)
			goto fail;
	pq.PQclear(r);
	if (!(r = query(s, "SELECT id, name, unit_kind, stock FROM metric ORDER BY ord", NULL, e,
			"cannot load the lexicon")))
		goto fail;
	for (int i = 0; i < pq.PQntuples(r); i++)
		if (lexicon_add_metric(lx, val(r, i, 0), val(r, i, 1), val(r, i, 2), (int)lval(r, i, 3), e) < 0)
			goto fail;
	pq.PQclear(r);
	if (!(r = query(s, "SELECT alias, target_type, target, sign FROM alias ORDER BY ord", NULL, e,
			"cannot load the lexicon")))
		goto fail;
	for (int i = 0; i < pq.PQntuples(r); i++)
		if (lexicon_add_alias(lx, val(r, i, 0), !strcmp(val(r, i, 1), "metric"), val(r, i, 2), (int)lval(r, i, 3),
				      e) < 0)
			goto fail;
	pq.PQclear(r);
	r = NULL;
	if (lexicon_compile(lx, e) < 0)
		goto fail;
	*out = lx;
	return 0;
fail:
	pq.PQclear(r);
	lexicon_free(lx);
	return -1;
}

/* An insert whose unique or foreign key failure is said as the SQLite
 * backend says it. */
static int insert(struct pg *s, const char *sql, const struct params *p, struct errmsg *e, const char *what)
{
	PGresult *r = run(s, sql, p);
	if (res_ok(r)) {
		pq.PQclear(r);
		return 0;
	}
	const char *st = pq.PQresultErrorField(r, PG_DIAG_SQLSTATE);
	if (st && !strncmp(st, "23", 2)) {
		pq.PQclear(r);
		return err_set(e, "%s: it exists already or refers to something unknown", what);
	}
	return db_fail(s, r, e, what);
}

static int pg_add_entity(struct store *base, const char *id, const char *name, const char *name_zh,
			 const char *parent, const char *fy_rule, const char *kind, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (lexicon_check_id(id, 0, e) < 0)
		return -1;
	struct lexicon *lx = lexicon_new();
	int bad = lexicon_add_entity(lx, id, name, name_zh, NULL, fy_rule, kind, e);
	lexicon_free(lx);
	if (bad < 0)
		return -1;
	const char *nm = name && *name ? name : id, *kd = kind && *kind ? kind : "company";
	char what[160];
	snprintf(what, sizeof(what), "cannot add entity '%s'", id);
	if (begin(s, e) < 0)
		return -1;
	struct params p = { 0 };
	p_opt(&p, id);
	p_opt(&p, nm);
	p_opt(&p, name_zh);
	p_opt(&p, parent);
	p_opt(&p, fy_rule);
	p_opt(&p, kd);
	struct params a = { 0 };
	p_str(&a, nm);
	p_str(&a, id);
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added entity %s (%s, %s%s%s%s%s)", id, nm, kd, parent && *parent ? ", parent " : "",
		   parent && *parent ? parent : "", fy_rule && *fy_rule ? ", fiscal year " : "",
		   fy_rule && *fy_rule ? fy_rule : "");
	int rc = insert(s, "INSERT INTO entity (id, name, name_zh, parent, fy_rule, kind) VALUES ($1, $2, $3, $4, $5, $6)",
			&p, e, what);
	if (rc == 0)
		rc = insert(s,
			    "INSERT INTO alias (alias, target_type, target) VALUES ($1, 'entity', $2) ON CONFLICT DO NOTHING",
			    &a, e, what);
	if (rc == 0)
		rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
	buf_free(&w);
	if (rc == 0 && commit(s, e) == 0)
		return 0;
	rollback(s);
	return -1;
}

static int pg_add_metric(struct store *base, const char *id, const char *name, const char *unit_kind, int stock,
			 struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (lexicon_check_id(id, 1, e) < 0)
		return -1;
	if (lexicon_unit_kind_parse(unit_kind) < 0)
		return err_set(e, "metric '%s': unit kind must be currency, percent, count or ratio", id);
	const char *nm = name && *name ? name : id;
	char what[160];
	snprintf(what, sizeof(what), "cannot add metric '%s'", id);
	struct params p = { 0 };
	p_opt(&p, id);
	p_opt(&p, nm);
	p_opt(&p, unit_kind);
	p_long(&p, stock);
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added metric %s (%s, %s%s)", id, nm, unit_kind, stock ? ", point in time" : "");
	int rc = begin(s, e);
	if (rc == 0) {
		rc = insert(s, "INSERT INTO metric (id, name, unit_kind, stock) VALUES ($1, $2, $3, $4)", &p, e, what);
		if (rc == 0)
			rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
		if (rc == 0)
			rc = commit(s, e);
		if (rc < 0)
			rollback(s);
	}
	buf_free(&w);
	return rc;
}

static int pg_add_alias_sign(struct store *base, const char *target, const char *alias, int sign, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	long n = 0, m = 0;
	struct params t = { 0 };
	p_str(&t, target);
	if (number(s, "SELECT count(*) FROM entity WHERE id = $1", &t, &n, e) < 0 ||
	    number(s, "SELECT count(*) FROM metric WHERE id = $1", &t, &m, e) < 0)
		return -1;
	if (!n && !m)
		return err_set(e, "no entity or metric '%s'", target);
	const char *type = n ? "entity" : "metric";
	char what[200];
	snprintf(what, sizeof(what), "cannot add alias '%s'", alias);
	struct params p = { 0 };
	p_opt(&p, alias);
	p_str(&p, type);
	p_str(&p, target);
	p_long(&p, sign < 0 ? -1 : 1);
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added alias '%s' for %s %s%s", alias, type, target, sign < 0 ? " (negated)" : "");
	int rc = begin(s, e);
	if (rc == 0) {
		rc = insert(s, "INSERT INTO alias (alias, target_type, target, sign) VALUES ($1, $2, $3, $4)", &p, e, what);
		if (rc == 0)
			rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
		if (rc == 0)
			rc = commit(s, e);
		if (rc < 0)
			rollback(s);
	}
	buf_free(&w);
	return rc;
}

static const char *nz(const char *v)
{
	return v ? v : "";
}

static int pg_each_lexicon_row(struct store *base, const char *target, int (*fn)(const struct lexicon_row *, void *),
			       void *ctx, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	static const char *const sql[] = {
		"SELECT 'entity', id, name, name_zh, parent, fy_rule, NULL, kind, 0, 1, currency FROM entity ORDER BY ord",
		"SELECT 'metric', id, name, NULL, NULL, NULL, unit_kind, NULL, stock, 1, NULL FROM metric ORDER BY ord",
		("SELECT 'alias', target, alias, NULL, NULL, NULL, NULL, target_type, 0, sign, NULL FROM alias"
		 " WHERE $1::text IS NULL OR target = $1 ORDER BY ord"),
	};
	int rc = 0;
	for (size_t k = target ? 2 : 0; k < ARRAY_SIZE(sql) && !rc; k++) {
		struct params p = { 0 };
		if (k == 2)
			p_opt(&p, target);
		PGresult *r = query(s, sql[k], &p, e, "cannot read the lexicon");
		if (!r)
			return -1;
		for (int i = 0; i < pq.PQntuples(r) && !rc; i++) {
			struct lexicon_row row = {
				val(r, i, 0),      val(r, i, 1),      val(r, i, 2),      nz(val(r, i, 3)),
				nz(val(r, i, 4)),  nz(val(r, i, 5)),  nz(val(r, i, 6)),  nz(val(r, i, 7)),
				(int)lval(r, i, 8), (int)lval(r, i, 9), nz(val(r, i, 10)),
			};
			rc = fn(&row, ctx);
		}
		pq.PQclear(r);
	}
	return rc < 0 ? -1 : 0;
}

static int pg_lexicon_has(struct store *base, const struct lexicon_row *row, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	static const struct {
		const char *type, *sql;
	} q[] = {
		{ "entity", "SELECT count(*) FROM entity WHERE id = $1 AND name = $2 AND coalesce(name_zh, '') = $3"
			    " AND coalesce(parent, '') = $4 AND coalesce(fy_rule, '') = $5 AND kind = $6"
			    " AND $7::text IS NOT NULL AND $8::int IS NOT NULL AND $9::int IS NOT NULL" },
		{ "metric", "SELECT count(*) FROM metric WHERE id = $1 AND name = $2 AND unit_kind = $7 AND stock = $8"
			    " AND $3::text IS NOT NULL AND $4::text IS NOT NULL AND $5::text IS NOT NULL"
			    " AND $6::text IS NOT NULL AND $9::int IS NOT NULL" },
		{ "alias", "SELECT count(*) FROM alias WHERE target = $1 AND alias = $2 AND sign = $9"
			   " AND ($6 = '' OR target_type = $6) AND $3::text IS NOT NULL AND $4::text IS NOT NULL"
			   " AND $5::text IS NOT NULL AND $7::text IS NOT NULL AND $8::int IS NOT NULL" },
	};
	for (size_t k = 0; k < ARRAY_SIZE(q); k++) {
		if (strcmp(row->type, q[k].type))
			continue;
		const char *t[] = { row->id, row->name, row->name_zh, row->parent, row->fy,
				    k == 0 && !*nz(row->kind) ? "company" : nz(row->kind), row->unit_kind };
		struct params p = { 0 };
		for (int i = 0; i < 7; i++)
			p_str(&p, nz(t[i]));
		p_long(&p, row->stock);
		p_long(&p, row->sign < 0 ? -1 : 1);
		long n = 0;
		if (number(s, q[k].sql, &p, &n, e) < 0)
			return -1;
		return n > 0;
	}
	return 0;
}

/* The row removed, as a line of `lexicon export`, for the event. */
static int removed_row(const struct lexicon_row *r, void *ctx)
{
	struct buf *b = ctx;
	buf_printf(b, "%s,%s,%s,%s,%s,%s,%s,%s,%d,%d\n", r->type, r->id, r->name, r->name_zh, r->parent, r->fy,
		   r->unit_kind, r->kind, r->stock, r->sign);
	return 0;
}

static int pg_lexicon_remove(struct store *base, const char *id, int force, long *facts, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	long ent = 0, met = 0, children = 0;
	*facts = 0;
	struct params p = { 0 };
	p_str(&p, id);
	if (number(s, "SELECT count(*) FROM entity WHERE id = $1", &p, &ent, e) < 0 ||
	    number(s, "SELECT count(*) FROM metric WHERE id = $1", &p, &met, e) < 0 ||
	    number(s, "SELECT count(*) FROM entity WHERE parent = $1", &p, &children, e) < 0)
		return -1;
	if (!ent && !met)
		return err_set(e, "no entity or metric '%s'", id);
	if (ent && children)
		return err_set(e, "entity '%s' is the parent of %ld other%s: remove or re-parent them first", id, children,
			       children == 1 ? "" : "s");
	if (number(s, ent ? "SELECT count(*) FROM observation WHERE entity = $1"
			  : "SELECT count(*) FROM observation WHERE metric = $1",
		   &p, facts, e) < 0)
		return -1;
	if (*facts && !force)
		return err_set(e, "%ld stored fact%s name %s '%s': give --force to remove it anyway (the facts stay until"
				  " 'mtrack reextract' reads their reports again)",
			       *facts, *facts == 1 ? "" : "s", ent ? "entity" : "metric", id);
	struct buf before = BUF_INIT, what = BUF_INIT;
	int rc = 0;
	PGresult *r = query(s,
			    ent ? "SELECT 'entity', id, name, coalesce(name_zh, ''), coalesce(parent, ''),"
				  " coalesce(fy_rule, ''), '', kind, 0, 1, coalesce(currency, '') FROM entity WHERE id = $1"
				: "SELECT 'metric', id, name, '', '', '', unit_kind, '', stock, 1, '' FROM metric WHERE id = $1",
			    &p, e, "cannot read the lexicon");
	if (!r)
		rc = -1;
	if (r && pq.PQntuples(r)) {
		struct lexicon_row row = { val(r, 0, 0), val(r, 0, 1), val(r, 0, 2), val(r, 0, 3), val(r, 0, 4),
					   val(r, 0, 5), val(r, 0, 6), val(r, 0, 7), (int)lval(r, 0, 8), 1,
					   val(r, 0, 10) };
		removed_row(&row, &before);
	}
	pq.PQclear(r);
	if (rc == 0)
		rc = pg_each_lexicon_row(base, id, removed_row, &before, e);
	if (rc == 0 && begin(s, e) == 0) {
		buf_printf(&what, "lexicon: removed %s %s and its aliases", ent ? "entity" : "metric", id);
		struct params d = { 0 };
		p_str(&d, id);
		p_str(&d, ent ? "entity" : "metric");
		if (cmd(s, "DELETE FROM alias WHERE target = $1 AND target_type = $2", &d, e, "cannot remove it") < 0 ||
		    cmd(s, ent ? "DELETE FROM entity WHERE id = $1" : "DELETE FROM metric WHERE id = $1", &p, e,
			"cannot remove it") < 0)
			rc = -1;
		else
			rc = event_add(s, "lexicon", 0, 0, 0, before.data, NULL, what.data, NULL, NULL, e);
		if (rc == 0 && commit(s, e) < 0)
			rc = -1;
		if (rc < 0)
			rollback(s);
	} else {
		rc = -1;
	}
	buf_free(&before);
	buf_free(&what);
	return rc;
}

static int pg_lexicon_unalias(struct store *base, const char *alias, const char *target, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_str(&p, alias);
	p_str(&p, target);
	PGresult *r = query(s, "SELECT target_type, target, sign FROM alias WHERE alias = $1 AND ($2::text IS NULL OR target = $2)"
			    " ORDER BY ord",
			    &p, e, "cannot read the lexicon");
	if (!r)
		return -1;
	int n = pq.PQntuples(r);
	char type[16] = "", tgt[64] = "";
	int sign = 1;
	if (n) {
		copy_str(type, sizeof(type), val(r, 0, 0));
		copy_str(tgt, sizeof(tgt), val(r, 0, 1));
		sign = (int)lval(r, 0, 2);
	}
	pq.PQclear(r);
	if (!n)
		return target ? err_set(e, "no alias '%s' for '%s'", alias, target) : err_set(e, "no alias '%s'", alias);
	if (n > 1)
		return err_set(e, "alias '%s' names an entity and a metric: give the one to remove it from", alias);
	if (begin(s, e) < 0)
		return -1;
	struct buf what = BUF_INIT, before = BUF_INIT;
	buf_printf(&what, "lexicon: removed alias '%s' of %s %s", alias, type, tgt);
	buf_printf(&before, "alias,%s,%s,,,,,%s,0,%d\n", tgt, alias, type, sign);
	struct params d = { 0 };
	p_str(&d, alias);
	p_str(&d, type);
	int rc = cmd(s, "DELETE FROM alias WHERE alias = $1 AND target_type = $2", &d, e, "cannot remove the alias");
	if (rc == 0)
		rc = event_add(s, "lexicon", 0, 0, 0, before.data, NULL, what.data, NULL, NULL, e);
	buf_free(&what);
	buf_free(&before);
	if (rc == 0 && commit(s, e) == 0)
		return 0;
	rollback(s);
	return -1;
}

static int pg_extractor_version(struct store *base, char out[64], struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	/* FNV-1a over the lexicon's rows in key order, byte order as SQLite's:
	 * the same lexicon gives the same digest in any store */
	static const char *const sql[] = {
		"SELECT id, name, name_zh, parent, fy_rule, kind FROM entity ORDER BY id",
		"SELECT id, name, unit_kind, stock FROM metric ORDER BY id",
		"SELECT alias, target_type, target, sign FROM alias ORDER BY alias, target_type",
	};
	uint64_t h = 1469598103934665603ULL;
	for (size_t k = 0; k < ARRAY_SIZE(sql); k++) {
		PGresult *r = query(s, sql[k], NULL, e, "cannot read the lexicon");
		if (!r)
			return -1;
		for (int i = 0; i < pq.PQntuples(r); i++) {
			for (int c = 0; c < pq.PQnfields(r); c++) {
				const char *v = val(r, i, c);
				for (const char *p = v ? v : ""; *p; p++)
					h = (h ^ (unsigned char)*p) * 1099511628211ULL;
				h = (h ^ (v ? 0x1f : 0x1e)) * 1099511628211ULL;
			}
			h = (h ^ '\n') * 1099511628211ULL;
		}
		pq.PQclear(r);
	}
	char tmp[96];
	snprintf(tmp, sizeof(tmp), "mtrack %s, rules %s, lexicon %08x", MTRACK_VERSION, FACT_RULES_VERSION,
		 (unsigned)(h ^ (h >> 32)));
	copy_str(out, 64, tmp);
	return 0;
}

/* ---- reports ---- */

/* Whether the last failure was one worth running the transaction again
 * for: a deadlock or a serialization failure the server chose it for. */
static int retryable(const struct pg *s)
{
	return !strcmp(s->state, "40P01") || !strcmp(s->state, "40001");
}

/* Keeps a report's text (the end of its compressed stream, z[0..n); its
 * parts, if any, were stored before) unless it has one: 1 when it was
 * kept now, 0 when it had one, -1 on failure. */
static int text_put(struct pg *s, long report_id, size_t size, int pages, const void *z, size_t n, struct errmsg *e)
{
	struct params p = { 0 };
	p_long(&p, report_id);
	p_long(&p, (long)size);
	p_long(&p, pages);
	p_bytes(&p, n ? z : "", n);
	PGresult *r = run(s, "INSERT INTO report_text (report_id, size, pages, body) VALUES ($1, $2, $3, $4)"
			  " ON CONFLICT (report_id) DO NOTHING", &p);
	if (!res_ok(r))
		return db_fail(s, r, e, "cannot keep the report's text");
	long kept = strtol(pq.PQcmdTuples(r), NULL, 10);
	pq.PQclear(r);
	return kept > 0;
}

static int pg_report_part(struct store *base, long report_id, long part, const void *z, size_t n, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_long(&p, report_id);
	p_long(&p, part);
	p_bytes(&p, z, n);
	return cmd(s, "INSERT INTO report_text_part (report_id, part, body) VALUES ($1, $2, $3)", &p, e,
		   "cannot keep the report's text");
}

/* Appends one field of a COPY text row: \N for NULL, else the value with
 * backslash, tab, newline and carriage return escaped. */
static void copy_field(struct buf *b, const char *v, int last)
{
	if (!v) {
		buf_adds(b, "\\N");
	} else {
		for (const char *c = v; *c; c++) {
			switch (*c) {
			case '\\': buf_adds(b, "\\\\"); break;
			case '\t': buf_adds(b, "\\t"); break;
			case '\n': buf_adds(b, "\\n"); break;
			case '\r': buf_adds(b, "\\r"); break;
			default: buf_addc(b, *c);
			}
		}
	}
	buf_addc(b, last ? '\n' : '\t');
}

static void copy_long(struct buf *b, long v)
{
	char n[32];
	snprintf(n, sizeof(n), "%ld", v);
	copy_field(b, n, 0);
}

static void copy_double(struct buf *b, double v, int last)
{
	char n[40];
	snprintf(n, sizeof(n), "%.17g", v);
	copy_field(b, n, last);
}

static const char *opt(const char *v)
{
	return v && *v ? v : NULL;
}

/* Stores `facts` as observations of report `report_id` (set `version`, 0
 * the first), ids first_id, first_id + 1, ...: one COPY inside the
 * caller's transaction. */
static int copy_facts(struct pg *s, long report_id, long version, long first_id, const struct fact_list *facts,
		      struct errmsg *e)
{
	if (!facts->n)
		return 0;
	PGresult *r = pq.PQexec(s->conn,
			     "COPY observation (id, report_id, entity, metric, kind, period_type, period_start, period_end,"
			     " fiscal_label, calendar_label, value, unit, qualifier, low, high, basis, restated, sentence,"
			     " start_byte, end_byte, page, resolution, version) FROM STDIN");
	if (pq.PQresultStatus(r) != PGRES_COPY_IN)
		return db_fail(s, r, e, "cannot store the facts");
	pq.PQclear(r);
	struct buf b = BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < facts->n && rc == 0; i++) {
		const struct fact *f = &facts->items[i];
		int range = !strcmp(f->qualifier, "range");
		copy_long(&b, first_id + (long)i);
		copy_long(&b, report_id);
		copy_field(&b, f->entity, 0);
		copy_field(&b, f->metric, 0);
		copy_field(&b, f->kind, 0);
		copy_field(&b, f->period_type, 0);
		copy_field(&b, f->period_start, 0);
		copy_field(&b, f->period_end, 0);
		copy_field(&b, opt(f->fiscal_label), 0);
		copy_field(&b, opt(f->calendar_label), 0);
		copy_double(&b, f->value, 0);
		copy_field(&b, f->unit, 0);
		copy_field(&b, f->qualifier, 0);
		if (range) {
			copy_double(&b, f->low, 0);
			copy_double(&b, f->high, 0);
		} else {
			copy_field(&b, NULL, 0);
			copy_field(&b, NULL, 0);
		}
		copy_field(&b, f->basis, 0);
		copy_long(&b, f->restated);
		copy_field(&b, f->text ? f->text : "", 0);
		copy_long(&b, (long)f->start);
		copy_long(&b, (long)f->end);
		if (f->page)
			copy_long(&b, f->page);
		else
			copy_field(&b, NULL, 0);
		if (f->resolution > 0)
			copy_double(&b, f->resolution, 0);
		else
			copy_field(&b, NULL, 0);
		if (version) {
			char n[32];
			snprintf(n, sizeof(n), "%ld", version);
			copy_field(&b, n, 1);
		} else {
			copy_field(&b, NULL, 1);
		}
		if (b.len >= (1 << 20) || i + 1 == facts->n) {
			if (pq.PQputCopyData(s->conn, b.data, (int)b.len) != 1)
				rc = -1;
			buf_reset(&b);
		}
	}
	buf_free(&b);
	if (pq.PQputCopyEnd(s->conn, rc ? "cancelled" : NULL) != 1)
		rc = -1;
	r = pq.PQgetResult(s->conn);
	int ok = pq.PQresultStatus(r) == PGRES_COMMAND_OK;
	if (!ok || rc) {
		db_fail(s, r, e, "cannot store the facts");
		rc = -1;
	} else {
		pq.PQclear(r);
	}
	while ((r = pq.PQgetResult(s->conn)))
		pq.PQclear(r);
	return rc;
}

/* Appends `v` to a PostgreSQL array literal being built in `b`. */
static void array_add(struct buf *b, const char *v)
{
	buf_addc(b, b->len ? ',' : '{');
	buf_addc(b, '"');
	for (const char *c = v; *c; c++) {
		if (*c == '"' || *c == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *c);
	}
	buf_addc(b, '"');
}

static void array_end(struct buf *b)
{
	if (!b->len)
		buf_addc(b, '{');
	buf_addc(b, '}');
}

/* Counts each fact of a report being added as new, restated or
 * conflicting against the value its fact and basis hold now (one query
 * for the whole report). */
static int count_against_current(struct pg *s, const struct fact_list *facts, struct add_result *res, struct errmsg *e)
{
	if (!facts->n)
		return 0;
	struct buf a[6] = { BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT, BUF_INIT };
	for (size_t i = 0; i < facts->n; i++) {
		const struct fact *f = &facts->items[i];
		const char *k[6] = { f->entity, f->metric, f->kind, f->period_type, f->period_end, f->basis };
		for (int c = 0; c < 6; c++)
			array_add(&a[c], k[c]);
	}
	struct params p = { 0 };
	for (int c = 0; c < 6; c++) {
		array_end(&a[c]);
		p_str(&p, a[c].data);
	}
	PGresult *r = query(s,
			    "SELECT k.i, c.value, c.low, c.high, c.qualifier, c.resolution"
			    " FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])"
			    " WITH ORDINALITY AS k(entity, metric, kind, period_type, period_end, basis, i)"
			    " JOIN fact_current c ON c.entity = k.entity AND c.metric = k.metric AND c.kind = k.kind"
			    " AND c.period_type = k.period_type AND c.period_end = k.period_end AND c.basis = k.basis",
			    &p, e, "cannot store the report");
	for (int c = 0; c < 6; c++)
		buf_free(&a[c]);
	if (!r)
		return -1;
	char *known = xcalloc(facts->n, 1);
	for (int i = 0; i < pq.PQntuples(r); i++) {
		long k = lval(r, i, 0) - 1;
		if (k < 0 || (size_t)k >= facts->n)
			continue;
		known[k] = 1;
		char qualifier[12];
		copy_str(qualifier, sizeof(qualifier), val(r, i, 4) ? val(r, i, 4) : "exact");
		struct fact_figure best = { 0, 0, 0, 0, qualifier, 0 };
		best.value = dval(r, i, 1);
		best.has_range = val(r, i, 2) != NULL;
		best.low = dval(r, i, 2);
		best.high = dval(r, i, 3);
		best.resolution = dval(r, i, 5);
		struct fact_figure mine = fact_figure_of(&facts->items[k]);
		if (fact_figures_agree(&mine, &best))
			res->restated++;
		else
			res->conflicting++;
	}
	for (size_t i = 0; i < facts->n; i++)
		if (!known[i])
			res->fresh++;
	free(known);
	pq.PQclear(r);
	return 0;
}

/* Offers the first-set observations of report `report_id` (dated
 * `published`) as their facts' current values: the database decides,
 * row by row in key order, whether the new row wins (a later date, then
 * the later report, then the later row), waiting for a concurrent writer
 * of the same fact to finish first. Two rows of one fact in the report:
 * the later. */
static int current_offer(struct pg *s, long report_id, const char *published, struct errmsg *e)
{
	struct params p = { 0 };
	p_long(&p, report_id);
	p_str(&p, published);
	return cmd(s,
		   "INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id, report_id,"
		   " published, value, low, high, qualifier, resolution)"
		   " SELECT DISTINCT ON (entity, metric, kind, period_type, period_end, basis) entity, metric, kind,"
		   " period_type, period_end, basis, id, report_id, $2, value, low, high, qualifier, resolution"
		   " FROM observation WHERE report_id = $1 AND version IS NULL"
		   " ORDER BY entity, metric, kind, period_type, period_end, basis, id DESC"
		   " ON CONFLICT (entity, metric, kind, period_type, period_end, basis) DO UPDATE SET"
		   " obs_id = excluded.obs_id, report_id = excluded.report_id, published = excluded.published,"
		   " value = excluded.value, low = excluded.low, high = excluded.high,"
		   " qualifier = excluded.qualifier, resolution = excluded.resolution"
		   " WHERE (excluded.published, excluded.report_id, excluded.obs_id)"
		   " > (fact_current.published, fact_current.report_id, fact_current.obs_id)",
		   &p, e, "cannot update the current values");
}

/* The winners of the facts report `report_id` states (observation
 * `obs_id`'s only when not 0), worked out again from their observations
 * after a change that may move them. Inside the caller's transaction. */
static int current_recompute(struct pg *s, long report_id, long obs_id, struct errmsg *e)
{
	struct params p = { 0 };
	p_long(&p, report_id);
	p_long(&p, obs_id);
	if (cmd(s,
		"DELETE FROM fact_current c USING (SELECT DISTINCT entity, metric, kind, period_type, period_end, basis"
		" FROM observation WHERE report_id = $1 AND ($2::bigint = 0 OR id = $2)) k"
		" WHERE c.entity = k.entity AND c.metric = k.metric AND c.kind = k.kind AND c.period_type = k.period_type"
		" AND c.period_end = k.period_end AND c.basis = k.basis",
		&p, e, "cannot update the current values") < 0)
		return -1;
	return cmd(s,
		   "INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id, report_id,"
		   " published, value, low, high, qualifier, resolution)"
		   " SELECT DISTINCT ON (o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis)"
		   " o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis, o.id, o.report_id, r.published,"
		   " o.value, o.low, o.high, o.qualifier, o.resolution"
		   " FROM observation o JOIN live_report r ON r.id = o.report_id"
		   " JOIN (SELECT DISTINCT entity, metric, kind, period_type, period_end, basis FROM observation"
		   " WHERE report_id = $1 AND ($2::bigint = 0 OR id = $2)) k ON o.entity = k.entity AND o.metric = k.metric"
		   " AND o.kind = k.kind AND o.period_type = k.period_type AND o.period_end = k.period_end"
		   " AND o.basis = k.basis"
		   " WHERE o.version IS NOT DISTINCT FROM r.version AND o.rejected IS NULL"
		   " ORDER BY o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis,"
		   " r.published DESC, r.id DESC, o.id DESC",
		   &p, e, "cannot update the current values");
}

static int pg_current_check(struct store *base, long *differ, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	*differ = 0;
	return number(s,
		      "WITH want AS (SELECT entity, metric, kind, period_type, period_end, basis, id AS obs_id, report_id,"
		      " published, value, low, high, qualifier, resolution FROM (SELECT o.*, r.published, row_number() OVER"
		      " (PARTITION BY o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis"
		      " ORDER BY r.published DESC, r.id DESC, o.id DESC) AS place"
		      " FROM observation o JOIN live_report r ON r.id = o.report_id"
		      " WHERE o.version IS NOT DISTINCT FROM r.version AND o.rejected IS NULL) ranked WHERE place = 1),"
		      " have AS (SELECT entity, metric, kind, period_type, period_end, basis, obs_id, report_id, published,"
		      " value, low, high, qualifier, resolution FROM fact_current)"
		      " SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM have) a)"
		      " + (SELECT count(*) FROM (SELECT * FROM have EXCEPT SELECT * FROM want) b)",
		      NULL, differ, e);
}

static int pg_report_begin(struct store *base, const struct report_meta *meta, int text, struct add_result *res,
			   struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	memset(res, 0, sizeof(*res));
	s->state[0] = '\0';
	if (begin(s, e) < 0)
		return -1;
	char now[21];
	now_utc(now);
	struct params p = { 0 };
	p_str(&p, meta->sha256);
	p_str(&p, meta->title ? meta->title : "");
	p_opt(&p, meta->source);
	p_str(&p, meta->published);
	p_str(&p, meta->date_source ? meta->date_source : "option");
	p_opt(&p, meta->path);
	p_long(&p, meta->size);
	p_str(&p, meta->encoding ? meta->encoding : "UTF-8");
	p_str(&p, now);
	p_opt(&p, meta->extractor);
	/* Known bytes are found first only so that they take no report id
	 * (the insert's conflict would use one up: ids would have gaps). The
	 * same bytes added at once elsewhere are caught by the insert itself:
	 * it waits for that transaction and, once it is committed, stores
	 * nothing. */
	struct params h = { 0 };
	p_str(&h, meta->sha256);
	PGresult *r = query(s, "SELECT 1 FROM report WHERE sha256 = $1", &h, e, "cannot store the report");
	if (!r)
		goto fail;
	int known = pq.PQntuples(r) > 0;
	pq.PQclear(r);
	r = known ? NULL
		  : query(s,
			  "INSERT INTO report (sha256, title, source, published, date_source, path, size, encoding,"
			  " added_at, extractor) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"
			  " ON CONFLICT (sha256) DO NOTHING RETURNING id",
			  &p, e, "cannot store the report");
	if (!known && !r)
		goto fail;
	if (!known && pq.PQntuples(r)) {
		res->report_id = lval(r, 0, 0);
		pq.PQclear(r);
		return 1;
	}
	pq.PQclear(r);
	r = query(s,
		  "SELECT id, (coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id"
		  " ORDER BY t.id DESC LIMIT 1), 'restore') = 'retract')::int,"
		  " (EXISTS (SELECT 1 FROM report_text x WHERE x.report_id = r.id))::int FROM report r WHERE sha256 = $1",
		  &h, e, "cannot store the report");
	if (!r)
		goto fail;
	res->duplicate = 1;
	res->report_id = pq.PQntuples(r) ? lval(r, 0, 0) : 0;
	res->retracted = pq.PQntuples(r) ? (int)lval(r, 0, 1) : 0;
	/* a report stored before texts were kept gets its text now */
	int open = text && pq.PQntuples(r) && !lval(r, 0, 2);
	pq.PQclear(r);
	if (!open)
		rollback(s);
	return open;
fail:
	rollback(s);
	return -1;
}

static int pg_report_facts(struct store *base, const struct report_meta *meta, const struct fact_list *facts,
			   int whole, struct add_result *res, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	(void)meta;
	(void)whole;
	if (res->duplicate)
		return 0;
	/* each fact compared with what the earlier reports said (the report's
	 * own facts become current only once all are stored), then stored;
	 * later reports' rows sort after earlier ones' (migration 0007) */
	if (count_against_current(s, facts, res, e) < 0 ||
	    copy_facts(s, res->report_id, 0, (long)((uint64_t)res->report_id << 32) + res->facts, facts, e) < 0)
		return -1;
	res->facts += (long)facts->n;
	return 0;
}

static int pg_report_end(struct store *base, const struct report_meta *meta, int commit_it, size_t text_len,
			 const void *z, size_t n, const char *what, struct add_result *res, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (!commit_it)
		goto fail;
	if (!res->duplicate && res->facts && current_offer(s, res->report_id, meta->published, e) < 0)
		goto fail;
	int kept = z ? text_put(s, res->report_id, text_len, meta->pages, z, n, e) : 0;
	if (kept < 0)
		goto fail;
	res->text_kept = res->duplicate && kept;
	if (what && event_add(s, "add", res->report_id, 0, 0, NULL, NULL, what, NULL, NULL, e) < 0)
		goto fail;
	if (commit(s, e) < 0)
		goto fail;
	return 0;
fail:
	rollback(s);
	return commit_it ? -1 : 0;
}

static int pg_may_retry(struct store *base)
{
	struct pg *s = (struct pg *)base;
	return !s->in_tx && retryable(s);
}

static int pg_set_retracted(struct store *base, long id, int retract, const char *reason, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_long(&p, id);
	PGresult *r = query(s,
			    "SELECT count(*), (coalesce((SELECT action FROM retraction WHERE report_id = $1"
			    " ORDER BY id DESC LIMIT 1), 'restore') = 'retract')::int FROM report WHERE id = $1",
			    &p, e, "cannot look up the report");
	if (!r)
		return -1;
	long exists = lval(r, 0, 0);
	int state = (int)lval(r, 0, 1);
	pq.PQclear(r);
	if (!exists)
		return err_set(e, "no report %ld", id);
	if (state == retract)
		return err_set(e, "report %ld is %s already", id, retract ? "retracted" : "not retracted");
	char now[21];
	now_utc(now);
	if (begin(s, e) < 0)
		return -1;
	/* the report's row locked: two retractions of one report at once
	 * are ordered, the second sees the first */
	struct params q = { 0 };
	p_long(&q, id);
	p_str(&q, retract ? "retract" : "restore");
	p_opt(&q, reason);
	p_str(&q, now);
	char what[64];
	snprintf(what, sizeof(what), "%s report %ld", retract ? "retracted" : "restored", id);
	if (cmd(s, "SELECT 1 FROM report WHERE id = $1 FOR UPDATE", &p, e, "cannot lock the report") < 0 ||
	    cmd(s, "INSERT INTO retraction (report_id, action, reason, at) VALUES ($1, $2, $3, $4)", &q, e,
		"cannot record the retraction") < 0 ||
	    current_recompute(s, id, 0, e) < 0 ||
	    event_add(s, retract ? "retract" : "restore", id, 0, 0, NULL, NULL, what, reason, NULL, e) < 0 ||
	    commit(s, e) < 0) {
		rollback(s);
		return -1;
	}
	return 0;
}

/* Reads the rows of `sql` through a cursor, `FETCH_ROWS` at a time, so
 * that memory does not grow with the store, calling fn(r, i, ctx) for
 * each; stops at fn's non-zero return, which it returns. In a
 * transaction of its own (one snapshot) unless one is open. */
#define FETCH_ROWS 2000

static int each_row(struct pg *s, const char *sql, const struct params *p, int (*fn)(PGresult *, int, void *),
		    void *ctx, struct errmsg *e, const char *what)
{
	int own = !s->in_tx;
	if (own) {
		if (cmd(s, "BEGIN ISOLATION LEVEL REPEATABLE READ", NULL, e, what) < 0)
			return -1;
		s->in_tx = 1;
	}
	char name[48], fetch[96], close_it[64];
	snprintf(name, sizeof(name), "mtrack_rows_%ld", ++s->cursors);
	snprintf(fetch, sizeof(fetch), "FETCH FORWARD %d FROM %s", FETCH_ROWS, name);
	snprintf(close_it, sizeof(close_it), "CLOSE %s", name);
	struct buf decl = BUF_INIT;
	buf_printf(&decl, "DECLARE %s NO SCROLL CURSOR FOR %s", name, sql);
	int rc = cmd(s, decl.data, p, e, what);
	buf_free(&decl);
	while (rc == 0) {
		PGresult *r = query(s, fetch, NULL, e, what);
		if (!r) {
			rc = -1;
			break;
		}
		int n = pq.PQntuples(r);
		for (int i = 0; i < n && rc == 0; i++)
			rc = fn(r, i, ctx);
		pq.PQclear(r);
		if (n < FETCH_ROWS)
			break;
	}
	if (rc >= 0 && cmd(s, close_it, NULL, e, what) < 0)
		rc = -1;
	if (own) {
		s->in_tx = 0;
		if (rc < 0)
			quiet(s, "ROLLBACK");
		else if (cmd(s, "COMMIT", NULL, e, what) < 0)
			rc = -1;
	}
	return rc;
}

static char *dup_val(const PGresult *r, int i, int c)
{
	return xstrdup(nz(val(r, i, c)));
}

struct report_ctx {
	int (*fn)(const struct report_row *, void *);
	void *ctx;
};

static int report_row(PGresult *r, int i, void *ctx)
{
	struct report_ctx *rc = ctx;
	struct report_row row;
	row.id = lval(r, i, 0);
	row.sha256 = dup_val(r, i, 1);
	row.title = dup_val(r, i, 2);
	row.source = dup_val(r, i, 3);
	row.published = dup_val(r, i, 4);
	row.date_source = dup_val(r, i, 5);
	row.path = dup_val(r, i, 6);
	row.added_at = dup_val(r, i, 7);
	row.encoding = dup_val(r, i, 8);
	row.size = lval(r, i, 9);
	row.facts = lval(r, i, 10);
	row.retracted = (int)lval(r, i, 11);
	row.retract_reason = dup_val(r, i, 12);
	int n = rc->fn(&row, rc->ctx);
	free(row.sha256);
	free(row.title);
	free(row.source);
	free(row.published);
	free(row.date_source);
	free(row.path);
	free(row.added_at);
	free(row.encoding);
	free(row.retract_reason);
	return n;
}

static int pg_each_report(struct store *base, long id, int (*fn)(const struct report_row *, void *), void *ctx,
			  struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_long(&p, id);
	struct report_ctx rc = { fn, ctx };
	int n = each_row(s,
			 "SELECT r.id, r.sha256, r.title, r.source, r.published, r.date_source, r.path, r.added_at,"
			 " r.encoding, r.size, (SELECT count(*) FROM observation o WHERE o.report_id = r.id"
			 " AND o.version IS NOT DISTINCT FROM r.version),"
			 " (coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id ORDER BY t.id DESC LIMIT 1),"
			 " 'restore') = 'retract')::int,"
			 " (SELECT reason FROM retraction t WHERE t.report_id = r.id ORDER BY t.id DESC LIMIT 1)"
			 " FROM report r WHERE $1::bigint <= 0 OR r.id = $1 ORDER BY r.id",
			 &p, report_row, &rc, e, "cannot list reports");
	return n < 0 ? -1 : 0;
}

/* A kept text's whole compressed stream (report_text t): its parts, if
 * any, then its body (NULL when it has none). */
#define PG_TEXT_STREAM                                                                                             \
	"coalesce((SELECT string_agg(p.body, ''::bytea ORDER BY p.part) FROM report_text_part p"                    \
	" WHERE p.report_id = t.report_id), ''::bytea) || t.body"

static int pg_report_text(struct store *base, long id, char **text, size_t *len, int *pages, char date[11],
			  struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	*text = NULL;
	*len = 0;
	*pages = 0;
	struct params p = { 0 };
	p_long(&p, id);
	PGresult *r = query(s,
			    "SELECT r.published, t.size, t.pages, " PG_TEXT_STREAM " FROM report r"
			    " LEFT JOIN report_text t ON t.report_id = r.id WHERE r.id = $1",
			    &p, e, "cannot read the report");
	if (!r)
		return -1;
	if (!pq.PQntuples(r)) {
		pq.PQclear(r);
		return err_set(e, "no report %ld", id);
	}
	copy_str(date, 11, val(r, 0, 0));
	if (!val(r, 0, 3)) {
		pq.PQclear(r);
		return 1;
	}
	uLongf size = (uLongf)lval(r, 0, 1);
	*pages = (int)lval(r, 0, 2);
	size_t zlen = 0;
	unsigned char *z = pq.PQunescapeBytea((const unsigned char *)val(r, 0, 3), &zlen);
	pq.PQclear(r);
	if (!z)
		return err_set(e, "cannot read the text of report %ld: out of memory", id);
	char *out = xmalloc((size_t)size + 1);
	int zrc = uncompress((Bytef *)out, &size, z, (uLong)zlen);
	pq.PQfreemem(z);
	if (zrc != Z_OK) {
		free(out);
		return err_set(e, "the kept text of report %ld is damaged (zlib error %d)", id, zrc);
	}
	out[size] = '\0';
	*text = out;
	*len = (size_t)size;
	return 0;
}

static int pg_report_ids(struct store *base, long **ids, size_t *n, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	*ids = NULL;
	*n = 0;
	PGresult *r = query(s, "SELECT id FROM report ORDER BY id", NULL, e, "cannot list reports");
	if (!r)
		return -1;
	size_t cap = 0;
	for (int i = 0; i < pq.PQntuples(r); i++) {
		GROW(*ids, cap, *n + 1);
		(*ids)[(*n)++] = lval(r, i, 0);
	}
	pq.PQclear(r);
	return 0;
}

/* The facts of report `id`'s current set, with their ids and whether each
 * is rejected; the highest observation id the report has in `*maxid`.
 * The sentences are copied into `*texts` (yours to free). */
static int current_facts(struct pg *s, long id, struct fact_list *out, long **ids, int **rejected, long *maxid,
			 struct errmsg *e)
{
	struct params p = { 0 };
	p_long(&p, id);
	PGresult *r = query(s,
			    "SELECT entity, metric, kind, period_type, period_start, period_end, fiscal_label,"
			    " calendar_label, value, unit, qualifier, low, high, basis, restated, sentence,"
			    " start_byte, end_byte, page, resolution, id, (rejected IS NOT NULL)::int FROM observation"
			    " WHERE report_id = $1 AND version IS NOT DISTINCT FROM (SELECT version FROM report WHERE id = $1)"
			    " ORDER BY id",
			    &p, e, "cannot read the report's facts");
	if (!r)
		return -1;
	size_t cap = 0, capr = 0;
	for (int i = 0; i < pq.PQntuples(r); i++) {
		struct fact f;
		memset(&f, 0, sizeof(f));
		char *dst[] = { f.entity, f.metric, f.kind, f.period_type, f.period_start, f.period_end, f.fiscal_label,
				f.calendar_label };
		size_t sz[] = { sizeof(f.entity), sizeof(f.metric), sizeof(f.kind), sizeof(f.period_type),
				sizeof(f.period_start), sizeof(f.period_end), sizeof(f.fiscal_label),
				sizeof(f.calendar_label) };
		for (int c = 0; c < 8; c++)
			copy_str(dst[c], sz[c], nz(val(r, i, c)));
		f.value = dval(r, i, 8);
		copy_str(f.unit, sizeof(f.unit), nz(val(r, i, 9)));
		copy_str(f.qualifier, sizeof(f.qualifier), nz(val(r, i, 10)));
		f.low = dval(r, i, 11);
		f.high = dval(r, i, 12);
		copy_str(f.basis, sizeof(f.basis), nz(val(r, i, 13)));
		f.restated = (int)lval(r, i, 14);
		f.text = (char *)nz(val(r, i, 15));
		f.start = (size_t)lval(r, i, 16);
		f.end = (size_t)lval(r, i, 17);
		f.page = (int)lval(r, i, 18);
		f.resolution = dval(r, i, 19);
		fact_list_add(out, &f);
		GROW(*ids, cap, out->n);
		GROW(*rejected, capr, out->n);
		(*ids)[out->n - 1] = lval(r, i, 20);
		(*rejected)[out->n - 1] = (int)lval(r, i, 21);
	}
	pq.PQclear(r);
	return number(s, "SELECT coalesce(max(id), 0) FROM observation WHERE report_id = $1", &p, maxid, e);
}

static int pg_reextract(struct store *base, long id, const struct fact_list *facts, const char *extractor,
			const char *date, const char *why, int dry_run,
			int (*fn)(enum store_change c, const struct fact *old, const struct fact *now, void *ctx),
			void *ctx, struct reextract_result *res, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	memset(res, 0, sizeof(*res));
	struct fact_list old = FACT_LIST_INIT;
	long *old_ids = NULL, maxid = 0;
	int *old_rejected = NULL, rc = -1;
	long *pair = NULL;
	int *exact = NULL;
	char cur_date[11] = "";
	struct params p = { 0 };
	p_long(&p, id);
	PGresult *r = query(s, "SELECT published FROM report WHERE id = $1", &p, e, "cannot read the report");
	if (!r)
		goto out;
	if (pq.PQntuples(r))
		copy_str(cur_date, sizeof(cur_date), val(r, 0, 0));
	pq.PQclear(r);
	if (!cur_date[0]) {
		err_set(e, "no report %ld", id);
		goto out;
	}
	if (current_facts(s, id, &old, &old_ids, &old_rejected, &maxid, e) < 0)
		goto out;
	if (!facts)
		facts = &old; /* a re-date without a text to read again */
	int cbrc = store_pair_facts(&old, facts, fn, ctx, res, &pair, &exact);
	int refacts = res->fresh || res->changed || res->gone;
	res->redated = date && strcmp(date, cur_date) != 0;
	if (dry_run || cbrc || (!refacts && !res->redated)) {
		rc = 0;
		goto out;
	}
	if (begin(s, e) < 0)
		goto out;
	if (cmd(s, "SELECT 1 FROM report WHERE id = $1 FOR UPDATE", &p, e, "cannot lock the report") < 0)
		goto fail;
	char now[21];
	now_utc(now);
	long first = (long)((uint64_t)id << 32);
	if (maxid >= first)
		first = maxid + 1;
	if (refacts) {
		struct params v = { 0 };
		p_long(&v, id);
		p_str(&v, extractor ? extractor : "unknown");
		p_str(&v, now);
		r = query(s, "INSERT INTO report_version (report_id, extractor, at) VALUES ($1, $2, $3) RETURNING id", &v, e,
			  "cannot store the report's new facts");
		if (!r)
			goto fail;
		res->version = lval(r, 0, 0);
		pq.PQclear(r);
		struct params u = { 0 };
		p_long(&u, id);
		p_long(&u, res->version);
		if (copy_facts(s, id, res->version, first, facts, e) < 0 ||
		    cmd(s, "UPDATE report SET version = $2 WHERE id = $1", &u, e, "cannot store the report's new facts") < 0)
			goto fail;
	}
	if (res->redated) {
		struct params d = { 0 };
		p_str(&d, date);
		p_long(&d, id);
		if (cmd(s, "UPDATE report SET published = $1, date_source = 'redate' WHERE id = $2", &d, e,
			"cannot re-date the report") < 0)
			goto fail;
	}
	struct buf what = BUF_INIT;
	if (res->redated)
		buf_printf(&what, "re-dated report %ld from %s to %s; its facts read again: ", id, cur_date, date);
	else
		buf_printf(&what, "re-extracted report %ld with %s: ", id, extractor ? extractor : "unknown");
	buf_printf(&what, "%ld new, %ld changed, %ld gone", res->fresh, res->changed, res->gone);
	if (res->version)
		buf_printf(&what, " (version %ld)", res->version);
	int erc = event_add(s, res->redated ? "redate" : "reextract", id, 0, res->version, res->redated ? cur_date : NULL,
			    res->redated ? date : NULL, what.data, why, NULL, e);
	buf_free(&what);
	if (erc < 0)
		goto fail;
	/* a fact rejected before and read again unchanged stays rejected */
	if (res->version)
		for (size_t i = 0; i < facts->n; i++) {
			if (!pair[i] || !exact[i] || !old_rejected[pair[i] - 1])
				continue;
			long oid = old_ids[pair[i] - 1], nid = first + (long)i, evid;
			char w[160];
			snprintf(w, sizeof(w), "kept observation %ld rejected: read again as observation %ld", oid, nid);
			if (event_add(s, "reject", id, nid, 0, NULL, NULL, w, "carried over from the earlier version", &evid,
				      e) < 0)
				goto fail;
			struct params j = { 0 };
			p_long(&j, id);
			p_long(&j, nid);
			p_long(&j, evid);
			if (cmd(s, "UPDATE observation SET rejected = $3 WHERE report_id = $1 AND id = $2", &j, e,
				"cannot store the report's new facts") < 0)
				goto fail;
		}
	if (current_recompute(s, id, 0, e) < 0 || commit(s, e) < 0)
		goto fail;
	rc = 0;
	goto out;
fail:
	rollback(s);
	res->version = 0;
out:
	fact_list_free(&old);
	free(old_ids);
	free(old_rejected);
	free(pair);
	free(exact);
	return rc;
}

static int pg_set_rejected(struct store *base, long obs_id, int reject, const char *why, struct buf *what,
			   struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	/* ids from migration 0007 on carry their report; older ones do not */
	int old = obs_id < (1L << 32);
	struct params p = { 0 };
	p_long(&p, obs_id);
	if (!old)
		p_long(&p, obs_id >> 32);
	PGresult *r = query(s,
			    old ? "SELECT report_id, entity, metric, kind, coalesce(fiscal_label, calendar_label, period_end),"
				  " value, unit, (rejected IS NOT NULL)::int FROM observation WHERE id = $1"
				: "SELECT report_id, entity, metric, kind, coalesce(fiscal_label, calendar_label, period_end),"
				  " value, unit, (rejected IS NOT NULL)::int FROM observation WHERE id = $1 AND report_id = $2",
			    &p, e, "cannot look up the observation");
	if (!r)
		return -1;
	if (!pq.PQntuples(r)) {
		pq.PQclear(r);
		return err_set(e, "no observation %ld (see 'mtrack report ID')", obs_id);
	}
	long report_id = lval(r, 0, 0);
	int is_rejected = (int)lval(r, 0, 7);
	char num[64];
	format_number(dval(r, 0, 5), num, sizeof(num));
	buf_reset(what);
	buf_printf(what, "observation %ld: %s %s %s %s = %s %s (report %ld)", obs_id, val(r, 0, 1), val(r, 0, 2),
		   val(r, 0, 3), val(r, 0, 4), num, val(r, 0, 6), report_id);
	pq.PQclear(r);
	if (is_rejected == reject)
		return err_set(e, "observation %ld is %s already", obs_id, reject ? "rejected" : "not rejected");
	if (begin(s, e) < 0)
		return -1;
	struct buf w = BUF_INIT;
	buf_printf(&w, "%s %s", reject ? "rejected" : "accepted", what->data);
	long evid = 0;
	int rc = event_add(s, reject ? "reject" : "accept", report_id, obs_id, 0, NULL, NULL, w.data, why, &evid, e);
	buf_free(&w);
	struct params u = { 0 };
	p_long(&u, report_id);
	p_long(&u, obs_id);
	p_id(&u, reject ? evid : 0);
	if (rc == 0)
		rc = cmd(s, "UPDATE observation SET rejected = $3 WHERE report_id = $1 AND id = $2", &u, e,
			 "cannot record the rejection");
	if (rc == 0)
		rc = current_recompute(s, report_id, obs_id, e);
	if (rc == 0 && commit(s, e) == 0)
		return 0;
	rollback(s);
	return -1;
}

struct mention_ctx {
	const char *const *words;
	size_t nwords, nids;
	long *reports, *ids;
	char *text;
	size_t cap;
};

static int mention_row(PGresult *r, int i, void *ctx)
{
	struct mention_ctx *m = ctx;
	uLongf size = (uLongf)lval(r, i, 1);
	size_t zlen = 0;
	unsigned char *z = pq.PQunescapeBytea((const unsigned char *)pq.PQgetvalue(r, i, 2), &zlen);
	if (!z)
		return 0;
	if ((size_t)size + 1 > m->cap) {
		m->cap = (size_t)size + 1;
		m->text = xrealloc(m->text, m->cap);
	}
	int zrc = uncompress((Bytef *)m->text, &size, z, (uLong)zlen);
	pq.PQfreemem(z);
	if (zrc != Z_OK)
		return 0;
	for (size_t k = 0; k < m->nwords; k++)
		if (store_mentions(m->text, (size_t)size, m->words[k])) {
			if ((size_t)*m->reports < m->nids)
				m->ids[*m->reports] = lval(r, i, 0);
			(*m->reports)++;
			break;
		}
	return 0;
}

static int pg_count_mentions(struct store *base, const char *const *words, size_t nwords, long *reports,
			     long *textless, long *ids, size_t nids, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	*reports = *textless = 0;
	if (number(s, "SELECT count(*) FROM report WHERE id NOT IN (SELECT report_id FROM report_text)", NULL, textless,
		   e) < 0)
		return -1;
	struct mention_ctx m = { words, nwords, nids, reports, ids, NULL, 0 };
	int rc = each_row(s, "SELECT report_id, size, " PG_TEXT_STREAM " FROM report_text t ORDER BY report_id", NULL, mention_row, &m, e,
			  "cannot read the reports' texts");
	free(m.text);
	return rc < 0 ? -1 : 0;
}

static int pg_names_in_facts(struct store *base, const char *id, int is_metric)
{
	struct pg *s = (struct pg *)base;
	struct params p = { 0 };
	p_str(&p, id);
	PGresult *r = run(s,
			  is_metric ? "SELECT 1 FROM observation WHERE metric = $1 LIMIT 1"
				    : "SELECT 1 FROM observation WHERE entity = $1 LIMIT 1",
			  &p);
	int found = res_ok(r) && pq.PQntuples(r) > 0;
	pq.PQclear(r);
	return found;
}

static int pg_find_period_ends(struct store *base, const char *entity, const char *metric, const char *kind,
			       const char *label, char ***out, size_t *n, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	*out = NULL;
	*n = 0;
	struct params p = { 0 };
	p_str(&p, entity);
	p_str(&p, metric);
	p_opt(&p, kind);
	p_str(&p, label);
	PGresult *r = query(s,
			    "SELECT DISTINCT period_end FROM observation WHERE entity = $1 AND metric = $2"
			    " AND ($3::text IS NULL OR kind = $3)"
			    " AND (fiscal_label = $4 OR calendar_label = $4 OR period_end = $4) ORDER BY period_end",
			    &p, e, "cannot look up the period");
	if (!r)
		return -1;
	size_t cap = 0;
	for (int i = 0; i < pq.PQntuples(r); i++) {
		GROW(*out, cap, *n + 1);
		(*out)[(*n)++] = dup_val(r, i, 0);
	}
	pq.PQclear(r);
	return 0;
}

/* ---- queries ---- */

/* Replays the events that change how reports and observations count, up
 * to the last event at or before `at`. */
static int then_load(struct pg *s, const char *at, struct store_then *t, struct errmsg *e)
{
	struct params p = { 0 };
	p_str(&p, at);
	long cut = 0;
	if (number(s, "SELECT coalesce(max(id), 0) FROM event WHERE at <= $1", &p, &cut, e) < 0)
		return -1;
	store_then_init(t, cut);
	PGresult *r = query(s,
			    "SELECT id, action, report_id, obs_id, version, before, after FROM event"
			    " WHERE action IN ('retract', 'restore', 'redate', 'reextract', 'reject', 'accept')"
			    " ORDER BY id",
			    NULL, e, "cannot read the events");
	if (!r)
		return -1;
	for (int i = 0; i < pq.PQntuples(r); i++)
		store_then_event(t, lval(r, i, 0), val(r, i, 1), lval(r, i, 2), lval(r, i, 3), lval(r, i, 4), val(r, i, 5),
				 val(r, i, 6));
	pq.PQclear(r);
	store_then_done(t);
	return 0;
}

/* One observation row copied out of a result, for the group being read. */
static void copy_row(const PGresult *res, int i, struct store_row *g)
{
	static const int text_cols[] = { 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 17, 20, 21, 22, 23, 29 };
	size_t total = 0;
	for (size_t k = 0; k < ARRAY_SIZE(text_cols); k++)
		total += (size_t)pq.PQgetlength(res, i, text_cols[k]) + 1;
	g->strings = xmalloc(total);
	char *p = g->strings;
	const char *v[ARRAY_SIZE(text_cols)];
	for (size_t k = 0; k < ARRAY_SIZE(text_cols); k++) {
		size_t n = (size_t)pq.PQgetlength(res, i, text_cols[k]);
		memcpy(p, pq.PQgetvalue(res, i, text_cols[k]), n);
		p[n] = '\0';
		v[k] = p;
		p += n + 1;
	}
	struct obs_row *r = &g->r;
	memset(r, 0, sizeof(*r));
	r->id = lval(res, i, 0);
	r->report_id = lval(res, i, 1);
	r->entity = v[0];
	r->metric = v[1];
	r->kind = v[2];
	r->period_type = v[3];
	r->period_start = v[4];
	r->period_end = v[5];
	r->fiscal_label = v[6];
	r->calendar_label = v[7];
	r->unit = v[8];
	r->qualifier = v[9];
	r->basis = v[10];
	r->sentence = v[11];
	r->report_date = v[12];
	r->report_title = v[13];
	r->entity_name = v[14];
	r->metric_name = v[15];
	r->extractor = v[16];
	r->version = lval(res, i, 26);
	r->superseded = !lval(res, i, 27);
	r->rejected = (int)lval(res, i, 28);
	r->value = dval(res, i, 10);
	r->has_range = val(res, i, 13) != NULL;
	r->low = dval(res, i, 13);
	r->high = dval(res, i, 14);
	r->restated = (int)lval(res, i, 16);
	r->start_byte = lval(res, i, 18);
	r->end_byte = lval(res, i, 19);
	r->page = (int)lval(res, i, 24);
	r->resolution = dval(res, i, 25);
}

static int obs_row(PGresult *r, int i, void *ctx)
{
	struct store_row row;
	copy_row(r, i, &row);
	return store_groups_add(ctx, &row);
}

/* Appends " AND <cond $n>" with `v` as parameter n. */
static void where_text(struct buf *sql, struct params *p, const char *cond, const char *v)
{
	p_str(p, v);
	buf_adds(sql, " AND ");
	for (const char *c = cond; *c; c++)
		if (*c == '?')
			buf_printf(sql, "$%d", p->n);
		else
			buf_addc(sql, *c);
}

static int pg_each_obs(struct store *base, const struct obs_query *q, int (*fn)(const struct obs_row *, void *),
		       void *ctx, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	struct store_then then;
	memset(&then, 0, sizeof(then));
	if (q->known_at && then_load(s, q->known_at, &then, e) < 0) {
		store_then_free(&then);
		return -1;
	}
	/* The rows come in key order (entity, metric, kind, period_type,
	 * period_end: the primary key), so one fact's rows are consecutive;
	 * the SQL is built from fixed fragments, every value bound. */
	struct buf sql = BUF_INIT, ents = BUF_INIT, mets = BUF_INIT;
	struct params p = { 0 };
	char cut[32];
	buf_adds(&sql,
		 "SELECT o.id, o.report_id, o.entity, o.metric, o.kind, o.period_type, o.period_start,"
		 " o.period_end, coalesce(o.fiscal_label, ''), coalesce(o.calendar_label, ''), o.value, o.unit,"
		 " o.qualifier, o.low, o.high, o.basis, o.restated, o.sentence, o.start_byte, o.end_byte, r.published,"
		 " r.title, coalesce(en.name, o.entity), coalesce(me.name, o.metric), o.page, o.resolution,");
	if (q->everything || q->known_at)
		buf_adds(&sql, " o.version, (o.version IS NOT DISTINCT FROM r.version)::int, (o.rejected IS NOT NULL)::int,");
	else
		buf_adds(&sql, " NULL, 1, 0,");
	buf_adds(&sql, q->everything ? " coalesce(v.extractor, r.extractor, '')" : " ''");
	buf_adds(&sql, " FROM observation o JOIN report r ON r.id = o.report_id"
		       " LEFT JOIN entity en ON en.id = o.entity LEFT JOIN metric me ON me.id = o.metric");
	if (q->everything)
		buf_adds(&sql, " LEFT JOIN report_version v ON v.id = o.version");
	buf_adds(&sql, " WHERE true");
	if (q->nentities) {
		for (size_t i = 0; i < q->nentities; i++)
			array_add(&ents, q->entities[i]);
		array_end(&ents);
		where_text(&sql, &p, "o.entity = ANY(?::text[])", ents.data);
	}
	if (q->nmetrics) {
		for (size_t i = 0; i < q->nmetrics; i++)
			array_add(&mets, q->metrics[i]);
		array_end(&mets);
		where_text(&sql, &p, "o.metric = ANY(?::text[])", mets.data);
	}
	if (q->kind)
		where_text(&sql, &p, "o.kind = ?", q->kind);
	if (q->as_of && !q->known_at)
		where_text(&sql, &p, "r.published <= ?", q->as_of);
	if (q->from)
		where_text(&sql, &p, "o.period_end >= ?", q->from);
	if (q->to)
		where_text(&sql, &p, "o.period_end <= ?", q->to);
	if (q->period_type)
		where_text(&sql, &p, "o.period_type = ?", q->period_type);
	if (q->basis)
		where_text(&sql, &p, "o.basis = ?", q->basis);
	if (q->period_end)
		where_text(&sql, &p, "o.period_end = ?", q->period_end);
	if (q->report_id > 0) {
		char rid[32];
		snprintf(rid, sizeof(rid), "%ld", q->report_id);
		/* copied: the parameter must outlive this block */
		copy_str(p.num[p.n], sizeof(p.num[0]), rid);
		where_text(&sql, &p, "o.report_id = ?::bigint", p.num[p.n]);
	}
	if (q->known_at) {
		snprintf(cut, sizeof(cut), "%ld", then.cut);
		where_text(&sql, &p, "o.report_id IN (SELECT report_id FROM event WHERE action = 'add' AND id <= ?::bigint)",
			   cut);
	} else if (!q->include_retracted) {
		buf_adds(&sql, " AND o.report_id NOT IN (SELECT report_id FROM retraction t WHERE t.action = 'retract'"
			       " AND t.id = (SELECT max(id) FROM retraction u WHERE u.report_id = t.report_id))");
	}
	if (!q->known_at && !q->everything)
		buf_adds(&sql, " AND o.version IS NOT DISTINCT FROM r.version AND o.rejected IS NULL");
	buf_adds(&sql, " ORDER BY o.entity, o.metric, o.kind, o.period_type, o.period_end");

	struct store_groups gs;
	store_groups_init(&gs, q, q->known_at ? &then : NULL, fn, ctx);
	int rc = each_row(s, sql.data, &p, obs_row, &gs, e, "cannot query observations");
	int frc = store_groups_end(&gs, !rc);
	if (!rc)
		rc = frc;
	buf_free(&sql);
	buf_free(&ents);
	buf_free(&mets);
	store_then_free(&then);
	return rc < 0 ? -1 : 0;
}

/* ---- a whole history ---- */

struct table_ctx {
	const struct store_table *t;
	struct store_value *row;
	int (*fn)(const struct store_value *row, void *ctx);
	void *ctx;
};

static int table_row(PGresult *r, int i, void *ctx)
{
	struct table_ctx *c = ctx;
	unsigned char *blobs[8];
	int nblobs = 0, rc;
	for (size_t k = 0; k < c->t->ncols; k++) {
		struct store_value *v = &c->row[k];
		int col = (int)k;
		const char *s = val(r, i, col);
		v->type = s ? c->t->types[k] : STORE_NULL;
		switch (v->type) {
		case STORE_NULL:
			break;
		case STORE_INT:
			v->i = strtoll(s, NULL, 10);
			break;
		case STORE_REAL:
			v->d = strtod(s, NULL);
			break;
		case STORE_TEXT:
			v->s = s;
			v->len = (size_t)pq.PQgetlength(r, i, col);
			break;
		case STORE_BLOB:
			v->s = (const char *)pq.PQunescapeBytea((const unsigned char *)s, &v->len);
			if (!v->s || nblobs == (int)ARRAY_SIZE(blobs)) {
				v->type = STORE_NULL;
				break;
			}
			blobs[nblobs++] = (unsigned char *)v->s;
			break;
		}
	}
	rc = c->fn(c->row, c->ctx);
	for (int k = 0; k < nblobs; k++)
		pq.PQfreemem(blobs[k]);
	return rc;
}

static int pg_each_table_row(struct store *base, const struct store_table *t,
			     int (*fn)(const struct store_value *row, void *ctx), void *ctx, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	/* the names are store.c's own table, never a user's */
	struct buf sql = BUF_INIT;
	buf_adds(&sql, "SELECT ");
	for (size_t i = 0; i < t->ncols; i++)
		buf_printf(&sql, "%s%s", i ? ", " : "", t->cols[i]);
	buf_printf(&sql, " FROM %s ORDER BY %s", t->name, t->order ? t->order : "ord");
	struct table_ctx c = { t, xcalloc(t->ncols, sizeof(struct store_value)), fn, ctx };
	int rc = each_row(s, sql.data, NULL, table_row, &c, e, "cannot read the history");
	free(c.row);
	buf_free(&sql);
	return rc;
}

static int pg_load_begin(struct store *base, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (cmd(s, "BEGIN", NULL, e, "cannot load the history") < 0)
		return -1;
	if (cmd(s, "DELETE FROM fact_current", NULL, e, "cannot load the history") < 0 ||
	    cmd(s, "DELETE FROM alias", NULL, e, "cannot load the history") < 0 ||
	    cmd(s, "DELETE FROM metric", NULL, e, "cannot load the history") < 0 ||
	    cmd(s, "DELETE FROM entity", NULL, e, "cannot load the history") < 0) {
		quiet(s, "ROLLBACK");
		return -1;
	}
	s->in_tx = 1;
	s->load_table = NULL;
	return 0;
}

/* Ends the COPY of the table being loaded, if one is. */
static int load_flush(struct pg *s, int end, struct errmsg *e)
{
	int rc = 0;
	if (s->load_buf.len && pq.PQputCopyData(s->conn, s->load_buf.data, (int)s->load_buf.len) != 1)
		rc = -1;
	buf_reset(&s->load_buf);
	if (!end || !s->load_table)
		return rc ? db_fail(s, NULL, e, "cannot load the history") : 0;
	s->load_table = NULL;
	if (pq.PQputCopyEnd(s->conn, rc ? "failed" : NULL) != 1)
		rc = -1;
	PGresult *r = pq.PQgetResult(s->conn);
	if (pq.PQresultStatus(r) != PGRES_COMMAND_OK) {
		db_fail(s, r, e, "cannot load the history");
		rc = -1;
	} else {
		pq.PQclear(r);
	}
	while ((r = pq.PQgetResult(s->conn)))
		pq.PQclear(r);
	return rc;
}

static int pg_load_row(struct store *base, const struct store_table *t, const struct store_value *row,
		       struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	if (s->load_table != t) {
		if (load_flush(s, 1, e) < 0)
			return -1;
		struct buf sql = BUF_INIT;
		buf_printf(&sql, "COPY %s (", t->name);
		for (size_t i = 0; i < t->ncols; i++)
			buf_printf(&sql, "%s%s", i ? ", " : "", t->cols[i]);
		buf_adds(&sql, ") FROM STDIN");
		PGresult *r = pq.PQexec(s->conn, sql.data);
		buf_free(&sql);
		if (pq.PQresultStatus(r) != PGRES_COPY_IN)
			return db_fail(s, r, e, "cannot load the history");
		pq.PQclear(r);
		s->load_table = t;
	}
	struct buf *b = &s->load_buf;
	for (size_t i = 0; i < t->ncols; i++) {
		const struct store_value *v = &row[i];
		int last = i + 1 == t->ncols;
		char num[40];
		switch (v->type) {
		case STORE_NULL:
			copy_field(b, NULL, last);
			break;
		case STORE_INT:
			snprintf(num, sizeof(num), "%lld", v->i);
			copy_field(b, num, last);
			break;
		case STORE_REAL:
			copy_double(b, v->d, last);
			break;
		case STORE_TEXT: {
			char *text = xstrndup(v->s, v->len);
			copy_field(b, text, last);
			free(text);
			break;
		}
		case STORE_BLOB: {
			/* bytea's hex form, its backslash doubled for COPY */
			static const char hex[] = "0123456789abcdef";
			buf_adds(b, "\\\\x");
			for (size_t k = 0; k < v->len; k++) {
				buf_addc(b, hex[(unsigned char)v->s[k] >> 4]);
				buf_addc(b, hex[(unsigned char)v->s[k] & 15]);
			}
			buf_addc(b, last ? '\n' : '\t');
			break;
		}
		}
	}
	return b->len >= (1 << 20) ? load_flush(s, 0, e) : 0;
}

static int pg_load_end(struct store *base, int commit_it, struct errmsg *e)
{
	struct pg *s = (struct pg *)base;
	static const char *const with_ids[] = { "report", "report_version", "retraction", "event" };
	int rc = load_flush(s, 1, e);
	/* the ids given take the sequences past them: the next report added
	 * gets the next id */
	for (size_t i = 0; i < ARRAY_SIZE(with_ids) && rc == 0 && commit_it; i++) {
		struct params p = { 0 };
		p_str(&p, with_ids[i]);
		struct buf sql = BUF_INIT;
		buf_printf(&sql, "SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max(id), 0) + 1, false) FROM %s",
			   with_ids[i]);
		rc = cmd(s, sql.data, &p, e, "cannot load the history");
		buf_free(&sql);
	}
	s->in_tx = 0;
	if (commit_it && rc == 0 && cmd(s, "COMMIT", NULL, e, "cannot commit the history") == 0)
		return 0;
	quiet(s, "ROLLBACK");
	return commit_it ? -1 : 0;
}

static const struct store_backend pg_backend = {
	.name = "postgresql",
	.close = pg_close,
	.info = pg_info,
	.transaction = pg_transaction,
	.load_lexicon = pg_load_lexicon,
	.add_entity = pg_add_entity,
	.add_metric = pg_add_metric,
	.add_alias_sign = pg_add_alias_sign,
	.each_lexicon_row = pg_each_lexicon_row,
	.lexicon_has = pg_lexicon_has,
	.lexicon_remove = pg_lexicon_remove,
	.lexicon_unalias = pg_lexicon_unalias,
	.count_mentions = pg_count_mentions,
	.batch_begin = pg_batch_begin,
	.batch_end = pg_batch_end,
	.batch_full = pg_batch_full,
	.report_begin = pg_report_begin,
	.report_facts = pg_report_facts,
	.report_part = pg_report_part,
	.report_end = pg_report_end,
	.may_retry = pg_may_retry,
	.current_check = pg_current_check,
	.set_retracted = pg_set_retracted,
	.extractor_version = pg_extractor_version,
	.report_text = pg_report_text,
	.reextract = pg_reextract,
	.report_ids = pg_report_ids,
	.set_rejected = pg_set_rejected,
	.each_report = pg_each_report,
	.each_obs = pg_each_obs,
	.names_in_facts = pg_names_in_facts,
	.find_period_ends = pg_find_period_ends,
	.each_event = pg_each_event,
	.each_table_row = pg_each_table_row,
	.load_begin = pg_load_begin,
	.load_row = pg_load_row,
	.load_end = pg_load_end,
};
