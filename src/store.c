/*
 * The store (see store.h): opening, migrations, the lexicon tables, adding
 * and retracting reports, and the queries every view is built on. This is
 * the only file that includes sqlite3.h.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "banned.h"

struct store {
	sqlite3 *db;
	char *path;
	/* the statements of store_add_report(), prepared once per store */
	sqlite3_stmt *find, *ins, *cur, *obs, *retracted, *savepoint, *release;
	int in_batch; /* inside store_batch_begin(): reports use savepoints */
	int readonly; /* opened immutable: its folder cannot be written */
};

static int db_err(struct store *s, struct errmsg *e, const char *what)
{
	/* a damaged file is said to be one, whatever was being read */
	int code = sqlite3_errcode(s->db) & 0xff;
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
		return err_set(e, "store '%s' is damaged (%s): %s; restore it from a copy", s->path, what,
			       sqlite3_errmsg(s->db));
	return err_set(e, "%s: %s", what, sqlite3_errmsg(s->db));
}

/* How many tables the file holds (sqlite_schema), or -1 on error. */
static int table_count(struct store *s)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_finalize(st);
	return n;
}

static int mkdir_p(const char *dir, struct errmsg *e)
{
	char *p = xstrdup(dir);
	int rc = 0;
	for (char *c = p + 1;; c++) {
		if (*c == '/' || *c == '\0') {
			char saved = *c;
			*c = '\0';
			if (mkdir(p, 0777) < 0 && errno != EEXIST) {
				rc = err_set(e, "cannot create folder '%s': %s", p, strerror(errno));
				break;
			}
			*c = saved;
			if (!saved)
				break;
		}
	}
	free(p);
	return rc;
}

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

static int exec(struct store *s, const char *sql, struct errmsg *e)
{
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		err_set(e, "%s", msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* exec(), retried while another process holds the lock. The busy timeout
 * covers most waits, but SQLite answers BUSY at once where waiting could
 * deadlock (two openers switching a new store to WAL, two writers
 * upgrading their locks); those are worth a retry after a pause. */
static int exec_retry(struct store *s, const char *sql, struct errmsg *e)
{
	for (int tries = 0;; tries++) {
		char *msg = NULL;
		int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
		if (rc == SQLITE_OK)
			return 0;
		if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && tries < 600) {
			sqlite3_free(msg);
			sqlite3_sleep(50);
			continue;
		}
		err_set(e, "%s", msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return -1;
	}
}

static int user_version(struct store *s, int *out, struct errmsg *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the schema version");
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, e, "cannot read the schema version");
}

int store_latest_version(void)
{
	int v = 0;
	for (const struct embedded_migration *m = embedded_migrations; m->sql; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

static int latest_of(const struct embedded_migration *migs)
{
	int v = 0;
	for (const struct embedded_migration *m = migs; m->sql; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

static int migrate(struct store *s, const struct embedded_migration *migs, struct errmsg *e)
{
	for (const struct embedded_migration *m = migs; m->sql; m++) {
		int cur;
		if (user_version(s, &cur, e) < 0)
			return -1;
		if (m->version <= cur)
			continue;
		/* BEGIN IMMEDIATE serializes concurrent openers; re-check inside */
		if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
			return -1;
		if (user_version(s, &cur, e) < 0)
			goto fail;
		if (m->version <= cur) {
			exec(s, "COMMIT", NULL);
			continue;
		}
		struct errmsg me;
		if (exec(s, m->sql, &me) < 0) {
			err_set(e, "migration %04d_%s failed: %s", m->version, m->name, me.text);
			goto fail;
		}
		sqlite3_stmt *st;
		char now[21];
		now_utc(now);
		if (sqlite3_prepare_v2(s->db, "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)",
				       -1, &st, NULL) != SQLITE_OK) {
			db_err(s, e, "cannot record the migration");
			goto fail;
		}
		sqlite3_bind_int(st, 1, m->version);
		sqlite3_bind_text(st, 2, m->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
		int rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE) {
			db_err(s, e, "cannot record the migration");
			goto fail;
		}
		/* PRAGMA takes no parameters; the version is our own integer */
		char pragma[64];
		snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", m->version);
		if (exec(s, pragma, e) < 0 || exec(s, "COMMIT", e) < 0)
			goto fail;
	}
	return 0;
fail:
	exec(s, "ROLLBACK", NULL);
	return -1;
}

int store_open_with(const char *path, const struct embedded_migration *migs, struct store **out,
		    struct errmsg *e)
{
	*out = NULL;
	int memory = !strcmp(path, ":memory:");
	if (!memory) {
		char *dir = xstrdup(path);
		char *slash = strrchr(dir, '/');
		int rc = 0;
		if (slash && slash != dir) {
			*slash = '\0';
			rc = mkdir_p(dir, e);
		}
		free(dir);
		if (rc < 0)
			return -1;
	}
	struct store *s = xcalloc(1, sizeof(*s));
	s->path = xstrdup(path);
	/* a store is used by one thread at a time (add's reader thread only
	 * extracts), so its connection needs no mutex of its own */
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		err_set(e, "cannot open store '%s': %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
		store_close(s);
		return -1;
	}
	sqlite3_busy_timeout(s->db, 30000);
	/* Leave the write-ahead log to SQLite's automatic checkpoints (every
	 * 1000 pages) instead of folding it into the store at every close:
	 * adding one report then costs the same in a large store as in an
	 * empty one. Committed reports survive a crash either way. */
	sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	int cur;
	if (!memory && user_version(s, &cur, NULL) < 0 && (sqlite3_errcode(s->db) & 0xff) == SQLITE_READONLY &&
	    access(path, R_OK) == 0) {
		/* A store in a folder this user cannot write, with no -shm beside
		 * it: SQLite cannot set up the write-ahead log's index to read it.
		 * Opened immutable it can be read (no one can be writing it: a
		 * writer would need the folder); writes fail as read-only. */
		sqlite3_close(s->db);
		s->db = NULL;
		struct buf uri = BUF_INIT;
		buf_adds(&uri, "file:");
		for (const char *c = path; *c; c++) {
			if (isalnum((unsigned char)*c) || strchr("/-._~", *c))
				buf_addc(&uri, *c);
			else
				buf_printf(&uri, "%%%02X", (unsigned char)*c);
		}
		buf_adds(&uri, "?mode=ro&immutable=1");
		int orc = sqlite3_open_v2(uri.data, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
		buf_free(&uri);
		if (orc != SQLITE_OK) {
			err_set(e, "cannot open store '%s': %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
			store_close(s);
			return -1;
		}
		s->readonly = 1;
	}
	if (user_version(s, &cur, e) < 0) {
		err_set(e, "'%s' is not an mtrack store: %s", path, sqlite3_errmsg(s->db));
		store_close(s);
		return -1;
	}
	/* a schema version of 0 with tables in it: another application's
	 * database, which migrating would change for good */
	if (cur == 0 && table_count(s) != 0) {
		if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_CORRUPT || (sqlite3_errcode(s->db) & 0xff) == SQLITE_NOTADB)
			db_err(s, e, "reading its schema");
		else
			err_set(e, "'%s' is not an mtrack store: it is another application's SQLite database; "
				   "nothing was changed", path);
		store_close(s);
		return -1;
	}
	int latest = latest_of(migs);
	if (cur > latest) {
		err_set(e, "store '%s' has schema version %d, newer than this mtrack (%d): upgrade mtrack",
			path, cur, latest);
		store_close(s);
		return -1;
	}
	struct errmsg pe;
	/* each added report's savepoint journal is kept in memory rather than
	 * in a temporary file */
	if (s->readonly && cur < latest) {
		err_set(e, "store '%s' needs upgrading to schema version %d, and its folder is read-only", path, latest);
		store_close(s);
		return -1;
	}
	if ((!memory && !s->readonly && exec_retry(s, "PRAGMA journal_mode = WAL", &pe) < 0) ||
	    exec(s, "PRAGMA temp_store = MEMORY", &pe) < 0 ||
	    exec(s, "PRAGMA foreign_keys = ON", &pe) < 0 || exec(s, "PRAGMA synchronous = NORMAL", &pe) < 0) {
		int code = sqlite3_errcode(s->db) & 0xff;
		if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
			db_err(s, e, "setting it up");
		else
			err_set(e, "cannot set up store '%s': %s", path, pe.text);
		store_close(s);
		return -1;
	}
	if (!s->readonly && migrate(s, migs, e) < 0) {
		store_close(s);
		return -1;
	}
	*out = s;
	return 0;
}

int store_open(const char *path, struct store **out, struct errmsg *e)
{
	return store_open_with(path, embedded_migrations, out, e);
}

void store_close(struct store *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->find);
	sqlite3_finalize(s->ins);
	sqlite3_finalize(s->cur);
	sqlite3_finalize(s->obs);
	sqlite3_finalize(s->retracted);
	sqlite3_finalize(s->savepoint);
	sqlite3_finalize(s->release);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *store_path(const struct store *s)
{
	return s->path;
}

static int count(struct store *s, const char *sql, long *out, struct errmsg *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot count");
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, e, "cannot count");
}

int store_info(struct store *s, struct store_info *out, struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	if (user_version(s, &out->schema_version, e) < 0 ||
	    count(s, "SELECT count(*) FROM report", &out->reports, e) < 0 ||
	    count(s, "SELECT count(*) FROM report WHERE id NOT IN (SELECT id FROM live_report)", &out->retracted, e) < 0 ||
	    count(s, "SELECT count(*) FROM observation", &out->observations, e) < 0 ||
	    count(s, "SELECT count(*) FROM entity", &out->entities, e) < 0 ||
	    count(s, "SELECT count(*) FROM metric", &out->metrics, e) < 0 ||
	    count(s, "SELECT count(*) FROM alias", &out->aliases, e) < 0)
		return -1;
	return 0;
}

int store_transaction(struct store *s, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e)
{
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	if (fn(s, ctx) < 0) {
		exec(s, "ROLLBACK", NULL);
		return -1;
	}
	return exec(s, "COMMIT", e);
}

/* ---- lexicon ---- */

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

int store_load_lexicon(struct store *s, struct lexicon **out, struct errmsg *e)
{
	struct lexicon *lx = lexicon_new();
	sqlite3_stmt *st = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT id, name, name_zh, parent, fy_rule, kind FROM entity ORDER BY rowid",
			       -1, &st, NULL) != SQLITE_OK)
		goto dberr;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (lexicon_add_entity(lx, col(st, 0), col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5), e) < 0)
			goto fail;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(s->db, "SELECT id, name, unit_kind, stock FROM metric ORDER BY rowid", -1, &st,
			       NULL) != SQLITE_OK)
		goto dberr;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (lexicon_add_metric(lx, col(st, 0), col(st, 1), col(st, 2), sqlite3_column_int(st, 3), e) < 0)
			goto fail;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(s->db, "SELECT alias, target_type, target, sign FROM alias ORDER BY rowid", -1, &st,
			       NULL) != SQLITE_OK)
		goto dberr;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (lexicon_add_alias(lx, col(st, 0), !strcmp(col(st, 1), "metric"), col(st, 2),
				      sqlite3_column_int(st, 3), e) < 0)
			goto fail;
	sqlite3_finalize(st);
	st = NULL;
	if (lexicon_compile(lx, e) < 0)
		goto fail;
	*out = lx;
	return 0;
dberr:
	db_err(s, e, "cannot load the lexicon");
fail:
	sqlite3_finalize(st);
	lexicon_free(lx);
	return rc;
}

static int run_insert(struct store *s, const char *sql, const char *const *args, int nargs, const int *ints,
		      struct errmsg *e, const char *what)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, what);
	for (int i = 0; i < nargs; i++) {
		if (ints && ints[i] != -999999)
			sqlite3_bind_int(st, i + 1, ints[i]);
		else if (args[i] && *args[i])
			sqlite3_bind_text(st, i + 1, args[i], -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_null(st, i + 1);
	}
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_CONSTRAINT)
		return err_set(e, "%s: it exists already or refers to something unknown", what);
	return rc == SQLITE_DONE ? 0 : db_err(s, e, what);
}

int store_add_entity(struct store *s, const char *id, const char *name, const char *name_zh,
		     const char *parent, const char *fy_rule, const char *kind, struct errmsg *e)
{
	/* validate through the lexicon's own rules first */
	struct lexicon *lx = lexicon_new();
	int bad = lexicon_add_entity(lx, id, name, name_zh, NULL, fy_rule, kind, e);
	lexicon_free(lx);
	if (bad < 0)
		return -1;
	const char *args[] = { id, name && *name ? name : id, name_zh, parent, fy_rule,
			       kind && *kind ? kind : "company" };
	char what[160];
	snprintf(what, sizeof(what), "cannot add entity '%s'", id);
	if (run_insert(s, "INSERT INTO entity (id, name, name_zh, parent, fy_rule, kind) VALUES (?, ?, ?, ?, ?, ?)",
		       args, 6, NULL, e, what) < 0)
		return -1;
	const char *aargs[] = { name && *name ? name : id, id };
	return run_insert(s, "INSERT OR IGNORE INTO alias (alias, target_type, target) VALUES (?, 'entity', ?)",
			  aargs, 2, NULL, e, what);
}

int store_add_metric(struct store *s, const char *id, const char *name, const char *unit_kind, int stock,
		     struct errmsg *e)
{
	if (lexicon_unit_kind_parse(unit_kind) < 0)
		return err_set(e, "metric '%s': unit kind must be currency, percent, count or ratio", id);
	const char *args[] = { id, name && *name ? name : id, unit_kind, NULL };
	int ints[] = { -999999, -999999, -999999, stock };
	char what[160];
	snprintf(what, sizeof(what), "cannot add metric '%s'", id);
	return run_insert(s, "INSERT INTO metric (id, name, unit_kind, stock) VALUES (?, ?, ?, ?)", args, 4, ints, e,
			  what);
}

int store_add_alias(struct store *s, const char *target, const char *alias, struct errmsg *e)
{
	long n = 0, m = 0;
	sqlite3_stmt *st;
	for (int k = 0; k < 2; k++) {
		if (sqlite3_prepare_v2(s->db, k ? "SELECT count(*) FROM metric WHERE id = ?"
						: "SELECT count(*) FROM entity WHERE id = ?",
				       -1, &st, NULL) != SQLITE_OK)
			return db_err(s, e, "cannot look up the alias target");
		sqlite3_bind_text(st, 1, target, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW)
			*(k ? &m : &n) = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	if (!n && !m)
		return err_set(e, "no entity or metric '%s'", target);
	const char *args[] = { alias, n ? "entity" : "metric", target };
	char what[200];
	snprintf(what, sizeof(what), "cannot add alias '%s'", alias);
	return run_insert(s, "INSERT INTO alias (alias, target_type, target) VALUES (?, ?, ?)", args, 3, NULL, e, what);
}

/* ---- reports ---- */

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

int store_batch_begin(struct store *s, struct errmsg *e)
{
	/* a batch of reports dirties index pages all over the store; a page
	 * cache that holds them spares writing each twice (16 MiB, a bound
	 * that does not grow with the store). Readers keep the default: a big
	 * cache only costs them fresh memory for pages read once. */
	if (exec(s, "PRAGMA cache_size = -16384", e) < 0 || exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	s->in_batch = 1;
	return 0;
}

int store_batch_end(struct store *s, int commit, struct errmsg *e)
{
	s->in_batch = 0;
	if (commit && exec(s, "COMMIT", e) == 0)
		return 0;
	exec(s, "ROLLBACK", NULL);
	return commit ? -1 : 0;
}

/* Prepares `*st` unless it is already. */
static int prepare_once(struct store *s, sqlite3_stmt **st, const char *sql)
{
	if (*st) {
		sqlite3_reset(*st);
		sqlite3_clear_bindings(*st);
		return 0;
	}
	return sqlite3_prepare_v2(s->db, sql, -1, st, NULL) == SQLITE_OK ? 0 : -1;
}

/* One report's transaction: its own, or a savepoint inside a batch. */
static int step_once(struct store *s, sqlite3_stmt **st, const char *sql, struct errmsg *e)
{
	if (prepare_once(s, st, sql) < 0 || sqlite3_step(*st) != SQLITE_DONE) {
		db_err(s, e, "cannot store the report");
		if (*st)
			sqlite3_reset(*st);
		return -1;
	}
	sqlite3_reset(*st);
	return 0;
}

static int report_tx_begin(struct store *s, struct errmsg *e)
{
	if (s->in_batch)
		return step_once(s, &s->savepoint, "SAVEPOINT add_report", e);
	return exec_retry(s, "BEGIN IMMEDIATE", e);
}

static int report_tx_commit(struct store *s, struct errmsg *e)
{
	if (s->in_batch)
		return step_once(s, &s->release, "RELEASE add_report", e);
	return exec(s, "COMMIT", e);
}

static void report_tx_rollback(struct store *s)
{
	exec(s, s->in_batch ? "ROLLBACK TO add_report; RELEASE add_report" : "ROLLBACK", NULL);
}

int store_add_report(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
		     struct add_result *res, struct errmsg *e)
{
	memset(res, 0, sizeof(*res));
	if (report_tx_begin(s, e) < 0)
		return -1;
	if (prepare_once(s, &s->find, "SELECT id FROM report WHERE sha256 = ?") < 0)
		goto dberr;
	sqlite3_bind_text(s->find, 1, meta->sha256, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(s->find) == SQLITE_ROW) {
		res->report_id = sqlite3_column_int64(s->find, 0);
		res->duplicate = 1;
		sqlite3_reset(s->find);
		report_tx_rollback(s);
		return 0;
	}
	sqlite3_reset(s->find);
	char now[21];
	now_utc(now);
	if (prepare_once(s, &s->ins,
			 "INSERT INTO report (sha256, title, source, published, date_source, path, size, encoding, added_at)"
			 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") < 0)
		goto dberr;
	sqlite3_bind_text(s->ins, 1, meta->sha256, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s->ins, 2, meta->title ? meta->title : "", -1, SQLITE_TRANSIENT);
	bind_text_or_null(s->ins, 3, meta->source);
	sqlite3_bind_text(s->ins, 4, meta->published, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s->ins, 5, meta->date_source ? meta->date_source : "option", -1, SQLITE_TRANSIENT);
	bind_text_or_null(s->ins, 6, meta->path);
	sqlite3_bind_int64(s->ins, 7, meta->size);
	sqlite3_bind_text(s->ins, 8, meta->encoding ? meta->encoding : "UTF-8", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s->ins, 9, now, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(s->ins) != SQLITE_DONE)
		goto dberr;
	sqlite3_reset(s->ins);
	res->report_id = sqlite3_last_insert_rowid(s->db);
	/* the earlier values of each fact; the latest is chosen here rather
	 * than by ORDER BY, which would build a temporary b-tree per fact */
	if (prepare_once(s, &s->cur,
			 "SELECT o.value, r.published, r.id, o.low, o.high, o.qualifier, o.resolution"
			 " FROM observation o JOIN report r ON r.id = o.report_id"
			 " WHERE o.entity = ?1 AND o.metric = ?2 AND o.kind = ?3 AND o.period_type = ?4"
			 " AND o.period_end = ?5 AND o.basis = ?6 AND o.report_id <> ?7") < 0)
		goto dberr;
	/* retracted reports, read once: a subquery in the statement above
	 * would build a temporary table for every fact */
	long *retracted = NULL;
	size_t nretracted = 0, capretracted = 0;
	if (prepare_once(s, &s->retracted,
			 "SELECT report_id FROM retraction t WHERE t.action = 'retract'"
			 " AND t.id = (SELECT max(id) FROM retraction u WHERE u.report_id = t.report_id)") < 0)
		goto dberr;
	while (sqlite3_step(s->retracted) == SQLITE_ROW) {
		GROW(retracted, capretracted, nretracted + 1);
		retracted[nretracted++] = sqlite3_column_int64(s->retracted, 0);
	}
	sqlite3_reset(s->retracted);
	if (prepare_once(s, &s->obs,
			 "INSERT INTO observation (report_id, entity, metric, kind, period_type, period_start,"
			 " period_end, fiscal_label, calendar_label, value, unit, qualifier, low, high, basis,"
			 " restated, sentence, start_byte, end_byte, page, resolution, id)"
			 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") < 0)
		goto dberr;
	for (size_t i = 0; i < facts->n; i++) {
		const struct fact *f = &facts->items[i];
		sqlite3_reset(s->cur);
		sqlite3_bind_text(s->cur, 1, f->entity, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->cur, 2, f->metric, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->cur, 3, f->kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->cur, 4, f->period_type, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->cur, 5, f->period_end, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->cur, 6, f->basis, -1, SQLITE_STATIC);
		sqlite3_bind_int64(s->cur, 7, res->report_id);
		int rc, found = 0;
		struct fact_figure best = { 0, 0, 0, 0, "exact", 0 };
		char best_qualifier[12] = "exact";
		char best_date[11] = "";
		long best_id = -1;
		while ((rc = sqlite3_step(s->cur)) == SQLITE_ROW) {
			const char *d = col(s->cur, 1);
			long id = sqlite3_column_int64(s->cur, 2);
			int gone = 0;
			for (size_t k = 0; k < nretracted && !gone; k++)
				gone = retracted[k] == id;
			if (gone)
				continue;
			int c = strcmp(d ? d : "", best_date);
			if (!found || c > 0 || (c == 0 && id > best_id)) {
				found = 1;
				best.value = sqlite3_column_double(s->cur, 0);
				best.has_range = sqlite3_column_type(s->cur, 3) != SQLITE_NULL;
				best.low = sqlite3_column_double(s->cur, 3);
				best.high = sqlite3_column_double(s->cur, 4);
				copy_str(best_qualifier, sizeof(best_qualifier), col(s->cur, 5) ? col(s->cur, 5) : "exact");
				best.resolution = sqlite3_column_double(s->cur, 6);
				copy_str(best_date, sizeof(best_date), d ? d : "");
				best_id = id;
			}
		}
		if (rc != SQLITE_DONE) {
			free(retracted);
			goto dberr;
		}
		int is_range = !strcmp(f->qualifier, "range");
		best.qualifier = best_qualifier;
		struct fact_figure mine = fact_figure_of(f);
		if (!found)
			res->fresh++;
		else if (fact_figures_agree(&mine, &best))
			res->restated++;
		else
			res->conflicting++;
		sqlite3_stmt *obs = s->obs;
		sqlite3_reset(obs);
		sqlite3_bind_int64(obs, 1, res->report_id);
		sqlite3_bind_text(obs, 2, f->entity, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 3, f->metric, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 4, f->kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 5, f->period_type, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 6, f->period_start, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 7, f->period_end, -1, SQLITE_STATIC);
		bind_text_or_null(obs, 8, f->fiscal_label);
		bind_text_or_null(obs, 9, f->calendar_label);
		sqlite3_bind_double(obs, 10, f->value);
		sqlite3_bind_text(obs, 11, f->unit, -1, SQLITE_STATIC);
		sqlite3_bind_text(obs, 12, f->qualifier, -1, SQLITE_STATIC);
		if (is_range) {
			sqlite3_bind_double(obs, 13, f->low);
			sqlite3_bind_double(obs, 14, f->high);
		} else {
			sqlite3_bind_null(obs, 13);
			sqlite3_bind_null(obs, 14);
		}
		sqlite3_bind_text(obs, 15, f->basis, -1, SQLITE_STATIC);
		sqlite3_bind_int(obs, 16, f->restated);
		sqlite3_bind_text(obs, 17, f->text ? f->text : "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(obs, 18, (sqlite3_int64)f->start);
		sqlite3_bind_int64(obs, 19, (sqlite3_int64)f->end);
		if (f->page)
			sqlite3_bind_int(obs, 20, f->page);
		else
			sqlite3_bind_null(obs, 20);
		if (f->resolution > 0)
			sqlite3_bind_double(obs, 21, f->resolution);
		else
			sqlite3_bind_null(obs, 21);
		/* later reports' rows sort after earlier ones' (migration 0007) */
		sqlite3_bind_int64(obs, 22, (sqlite3_int64)((uint64_t)res->report_id << 32 | (uint64_t)i));
		if (sqlite3_step(obs) != SQLITE_DONE) {
			free(retracted);
			goto dberr;
		}
		res->facts++;
	}
	free(retracted);
	sqlite3_reset(s->cur);
	sqlite3_reset(s->obs);
	if (report_tx_commit(s, e) < 0) {
		report_tx_rollback(s);
		return -1;
	}
	return 0;
dberr:
	db_err(s, e, "cannot store the report");
	if (s->cur)
		sqlite3_reset(s->cur);
	if (s->obs)
		sqlite3_reset(s->obs);
	if (s->ins)
		sqlite3_reset(s->ins);
	report_tx_rollback(s);
	return -1;
}

int store_set_retracted(struct store *s, long id, int retract, const char *reason, struct errmsg *e)
{
	sqlite3_stmt *st;
	long exists = 0;
	int state = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT count(*), coalesce((SELECT action FROM retraction WHERE report_id = ?1"
			       " ORDER BY id DESC LIMIT 1), 'restore') = 'retract' FROM report WHERE id = ?1",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot look up the report");
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW) {
		exists = sqlite3_column_int64(st, 0);
		state = sqlite3_column_int(st, 1);
	}
	sqlite3_finalize(st);
	if (!exists)
		return err_set(e, "no report %ld", id);
	if (state == retract)
		return err_set(e, "report %ld is %s already", id, retract ? "retracted" : "not retracted");
	char now[21];
	now_utc(now);
	if (sqlite3_prepare_v2(s->db, "INSERT INTO retraction (report_id, action, reason, at) VALUES (?, ?, ?, ?)", -1,
			       &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot record the retraction");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, retract ? "retract" : "restore", -1, SQLITE_STATIC);
	bind_text_or_null(st, 3, reason);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : db_err(s, e, "cannot record the retraction");
}

static char *dupcol(sqlite3_stmt *st, int i)
{
	const char *v = col(st, i);
	return xstrdup(v ? v : "");
}

int store_each_report(struct store *s, long id, int (*fn)(const struct report_row *, void *), void *ctx,
		      struct errmsg *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT r.id, r.sha256, r.title, r.source, r.published, r.date_source, r.path, r.added_at,"
			       " r.encoding, r.size, (SELECT count(*) FROM observation o WHERE o.report_id = r.id),"
			       " coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id ORDER BY t.id DESC LIMIT 1),"
			       " 'restore') = 'retract',"
			       " (SELECT reason FROM retraction t WHERE t.report_id = r.id ORDER BY t.id DESC LIMIT 1)"
			       " FROM report r WHERE ?1 <= 0 OR r.id = ?1 ORDER BY r.id",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot list reports");
	sqlite3_bind_int64(st, 1, id);
	int rc = 0, step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct report_row r;
		r.id = sqlite3_column_int64(st, 0);
		r.sha256 = dupcol(st, 1);
		r.title = dupcol(st, 2);
		r.source = dupcol(st, 3);
		r.published = dupcol(st, 4);
		r.date_source = dupcol(st, 5);
		r.path = dupcol(st, 6);
		r.added_at = dupcol(st, 7);
		r.encoding = dupcol(st, 8);
		r.size = sqlite3_column_int64(st, 9);
		r.facts = sqlite3_column_int64(st, 10);
		r.retracted = sqlite3_column_int(st, 11);
		r.retract_reason = dupcol(st, 12);
		rc = fn(&r, ctx);
		free(r.sha256);
		free(r.title);
		free(r.source);
		free(r.published);
		free(r.date_source);
		free(r.path);
		free(r.added_at);
		free(r.encoding);
		free(r.retract_reason);
		if (rc)
			break;
	}
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		rc = db_err(s, e, "cannot list reports");
	sqlite3_finalize(st);
	return rc < 0 ? -1 : 0;
}

/* ---- queries ---- */

static void json_list(struct buf *b, const char *const *v, size_t n)
{
	buf_addc(b, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			buf_addc(b, ',');
		buf_addc(b, '"');
		for (const char *c = v[i]; *c; c++) {
			if (*c == '"' || *c == '\\')
				buf_addc(b, '\\');
			if ((unsigned char)*c >= 0x20)
				buf_addc(b, *c);
		}
		buf_addc(b, '"');
	}
	buf_addc(b, ']');
}

/* One observation row copied out of SQLite, for the group being read. */
struct grow_row {
	struct obs_row r;
	char *strings; /* one block holding every string of the row */
	int actual;
};

static void copy_row(sqlite3_stmt *st, struct grow_row *g)
{
	/* the text columns, in order, into one allocation */
	static const int text_cols[] = { 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 17, 20, 21, 22, 23 };
	size_t total = 0;
	for (size_t i = 0; i < ARRAY_SIZE(text_cols); i++)
		total += (size_t)sqlite3_column_bytes(st, text_cols[i]) + 1;
	g->strings = xmalloc(total);
	char *p = g->strings;
	const char *v[ARRAY_SIZE(text_cols)];
	for (size_t i = 0; i < ARRAY_SIZE(text_cols); i++) {
		const char *t = col(st, text_cols[i]);
		size_t n = (size_t)sqlite3_column_bytes(st, text_cols[i]);
		memcpy(p, t ? t : "", n);
		p[n] = '\0';
		v[i] = p;
		p += n + 1;
	}
	struct obs_row *r = &g->r;
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(st, 0);
	r->report_id = sqlite3_column_int64(st, 1);
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
	r->value = sqlite3_column_double(st, 10);
	r->has_range = sqlite3_column_type(st, 13) != SQLITE_NULL;
	r->low = sqlite3_column_double(st, 13);
	r->high = sqlite3_column_double(st, 14);
	r->restated = sqlite3_column_int(st, 16);
	r->start_byte = sqlite3_column_int64(st, 18);
	r->end_byte = sqlite3_column_int64(st, 19);
	r->page = sqlite3_column_int(st, 24);
	r->resolution = sqlite3_column_double(st, 25);
	g->actual = !strcmp(r->basis, "actual");
}

/* Whether row a wins over row b as the current value of their fact: an
 * actual beats an estimate, then the later report date, then the report
 * added later, then the later row. */
static int wins(const struct grow_row *a, const struct grow_row *b)
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
	const struct grow_row *a = x, *b = y;
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
static int flush_group(struct grow_row *g, size_t n, enum obs_mode mode, int (*fn)(const struct obs_row *, void *),
		       void *ctx)
{
	if (!n)
		return 0;
	size_t best = 0;
	for (size_t i = 1; i < n; i++)
		if (wins(&g[i], &g[best]))
			best = i;
	g[best].r.current = 1;
	if (mode == OBS_CURRENT)
		return fn(&g[best].r, ctx);
	qsort(g, n, sizeof(*g), cmp_reported);
	for (size_t i = 0; i < n; i++) {
		int rc = fn(&g[i].r, ctx);
		if (rc)
			return rc;
	}
	return 0;
}

int store_each_obs(struct store *s, const struct obs_query *q, int (*fn)(const struct obs_row *, void *),
		   void *ctx, struct errmsg *e)
{
	/* The rows come in the order of the index on (entity, metric, kind,
	 * period_type, period_end), so one fact's rows are consecutive: the
	 * winner is chosen here, group by group, and nothing is sorted or
	 * held beyond one fact's rows. The SQL text is built from fixed
	 * fragments; every value is bound. */
	struct buf sql = BUF_INIT, ents = BUF_INIT, mets = BUF_INIT;
	buf_adds(&sql,
		 "SELECT o.id, o.report_id, o.entity, o.metric, o.kind, o.period_type, o.period_start,"
		 " o.period_end, o.fiscal_label, o.calendar_label, o.value, o.unit, o.qualifier, o.low, o.high,"
		 " o.basis, o.restated, o.sentence, o.start_byte, o.end_byte, r.published, r.title,"
		 " coalesce(en.name, o.entity), coalesce(me.name, o.metric), o.page, o.resolution"
		 " FROM observation o JOIN report r ON r.id = o.report_id"
		 " LEFT JOIN entity en ON en.id = o.entity LEFT JOIN metric me ON me.id = o.metric"
		 " WHERE 1");
	if (q->nentities) {
		json_list(&ents, q->entities, q->nentities);
		buf_adds(&sql, " AND o.entity IN (SELECT value FROM json_each(:ents))");
	}
	if (q->nmetrics) {
		json_list(&mets, q->metrics, q->nmetrics);
		buf_adds(&sql, " AND o.metric IN (SELECT value FROM json_each(:mets))");
	}
	if (q->kind)
		buf_adds(&sql, " AND o.kind = :kind");
	if (q->as_of)
		buf_adds(&sql, " AND r.published <= :asof");
	if (q->from)
		buf_adds(&sql, " AND o.period_end >= :from");
	if (q->to)
		buf_adds(&sql, " AND o.period_end <= :to");
	if (q->period_type)
		buf_adds(&sql, " AND o.period_type = :ptype");
	if (q->period_end)
		buf_adds(&sql, " AND o.period_end = :pend");
	if (q->report_id > 0)
		buf_adds(&sql, " AND o.report_id = :rid");
	if (!q->include_retracted)
		buf_adds(&sql, " AND o.report_id NOT IN (SELECT report_id FROM retraction t WHERE t.action = 'retract'"
			       " AND t.id = (SELECT max(id) FROM retraction u WHERE u.report_id = t.report_id))");
	buf_adds(&sql, " ORDER BY o.entity, o.metric, o.kind, o.period_type, o.period_end");

	sqlite3_stmt *st;
	int rc = 0;
	struct grow_row *g = NULL;
	size_t n = 0, cap = 0;
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		rc = db_err(s, e, "cannot query observations");
		goto out;
	}
#define BIND(name, v) \
	if (sqlite3_bind_parameter_index(st, name)) \
		sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, name), (v), -1, SQLITE_TRANSIENT)
	BIND(":ents", buf_str(&ents));
	BIND(":mets", buf_str(&mets));
	BIND(":kind", q->kind);
	BIND(":asof", q->as_of);
	BIND(":from", q->from);
	BIND(":to", q->to);
	BIND(":ptype", q->period_type);
	BIND(":pend", q->period_end);
#undef BIND
	if (sqlite3_bind_parameter_index(st, ":rid"))
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":rid"), q->report_id);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct grow_row row;
		copy_row(st, &row);
		if (n && !same_fact(&g[0].r, &row.r)) {
			rc = flush_group(g, n, q->mode, fn, ctx);
			for (size_t i = 0; i < n; i++)
				free(g[i].strings);
			n = 0;
			if (rc) {
				free(row.strings);
				break;
			}
		}
		GROW(g, cap, n + 1);
		g[n++] = row;
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = db_err(s, e, "cannot query observations");
	if (!rc)
		rc = flush_group(g, n, q->mode, fn, ctx);
	for (size_t i = 0; i < n; i++)
		free(g[i].strings);
	sqlite3_finalize(st);
out:
	free(g);
	buf_free(&sql);
	buf_free(&ents);
	buf_free(&mets);
	return rc < 0 ? -1 : 0;
}

int store_find_period_ends(struct store *s, const char *entity, const char *metric, const char *kind,
			   const char *label, char ***out, size_t *n, struct errmsg *e)
{
	sqlite3_stmt *st;
	*out = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT DISTINCT period_end FROM observation WHERE entity = ?1 AND metric = ?2"
			       " AND (?3 IS NULL OR kind = ?3)"
			       " AND (fiscal_label = ?4 OR calendar_label = ?4 OR period_end = ?4) ORDER BY period_end",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot look up the period");
	sqlite3_bind_text(st, 1, entity, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, metric, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 3, kind);
	sqlite3_bind_text(st, 4, label, -1, SQLITE_TRANSIENT);
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		GROW(*out, cap, *n + 1);
		(*out)[(*n)++] = dupcol(st, 0);
	}
	sqlite3_finalize(st);
	return 0;
}
