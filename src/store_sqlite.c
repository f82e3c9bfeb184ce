/*
 * The store (see store.h): opening, migrations, the lexicon tables, adding
 * and retracting reports, the event log, and the queries every view is
 * built on (now, or as the events up to a moment left the store). This is
 * the only file that includes sqlite3.h, and the only one that uses zlib
 * (the reports' texts are kept compressed).
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <zlib.h>
#include <unistd.h>

#include "store_backend.h"
#include "banned.h"

static void sq_close(struct store *base);
static const struct store_backend sq_backend;

struct sq {
	struct store base;
	sqlite3 *db;
	char *path;
	/* the statements of store_add_report(), prepared once per store */
	sqlite3_stmt *find, *ins, *cur, *take, *obs, *savepoint, *release, *event, *text, *part, *hastext;
	/* the statements that keep fact_current (migration 0011) */
	sqlite3_stmt *curput, *curkeys, *curdel, *curbest;
	int in_batch; /* inside store_batch_begin(): reports use savepoints */
	int deferred; /* the report being added has facts not offered as current yet */
	sqlite3_int64 page_size; /* page_bytes() */
	char who[64]; /* $USER, recorded with each event */
	int readonly; /* opened immutable: its folder cannot be written */
	sqlite3_stmt *load; /* store_load_row()'s insert into load_table */
	const struct store_table *load_table;
};

/* The write-ahead log is kept under 64 MiB: a batch ends once it has
 * spilled BATCH_LOG_BYTES to the log (its commit adds at most the 32 MiB
 * page cache, BATCH_CACHE_SQL), each commit is folded into the store, and a log a reader
 * keeps from being folded makes the writer wait past LOG_WAIT_BYTES. A
 * log file is cut back to LOG_LIMIT_BYTES once checkpointed. One report
 * is one transaction whatever its size: a report bigger than the bound
 * (a large CSV import) takes the log past it until it commits. */
#define BATCH_LOG_BYTES (24 << 20)
#define BATCH_CACHE_SQL "PRAGMA cache_size = -32768"
#define LOG_WAIT_BYTES (32 << 20)
#define LOG_LIMIT_BYTES_SQL "67108864"

static int db_err(struct sq *s, struct errmsg *e, const char *what)
{
	/* a damaged file is said to be one, whatever was being read */
	int code = sqlite3_errcode(s->db) & 0xff;
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
		return err_set(e, "store '%s' is damaged (%s): %s; restore it from a copy", s->path, what,
			       sqlite3_errmsg(s->db));
	return err_set(e, "%s: %s", what, sqlite3_errmsg(s->db));
}

/* How many tables the file holds (sqlite_schema), or -1 on error. */
static int table_count(struct sq *s)
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


static int exec(struct sq *s, const char *sql, struct errmsg *e)
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
static int exec_retry(struct sq *s, const char *sql, struct errmsg *e)
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

static int user_version(struct sq *s, int *out, struct errmsg *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the schema version");
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, e, "cannot read the schema version");
}


static int latest_of(const struct embedded_migration *migs)
{
	int v = 0;
	for (const struct embedded_migration *m = migs; m->sql; m++)
		if (m->version > v)
			v = m->version;
	return v;
}

static int migrate(struct sq *s, const struct embedded_migration *migs, struct errmsg *e)
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

int store_sqlite_open(const char *path, const struct embedded_migration *migs, struct store **out,
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
	struct sq *s = xcalloc(1, sizeof(*s));
	s->path = xstrdup(path);
	s->base.ops = &sq_backend;
	s->base.name = s->path;
	const char *who = getenv("USER");
	if (!who || !*who)
		who = getenv("LOGNAME");
	copy_str(s->who, sizeof(s->who), who && *who ? who : "unknown");
	/* SQLite's count of the memory it holds takes a global mutex at every
	 * allocation; nothing here reads it. Set before SQLite starts (a
	 * later call changes nothing, harmlessly). */
	static int configured;
	if (!configured) {
		configured = 1;
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	}
	/* a store is used by one thread at a time (add's reader thread only
	 * extracts), so its connection needs no mutex of its own */
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		err_set(e, "cannot open store '%s': %s", path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
		sq_close(&s->base);
		return -1;
	}
	sqlite3_busy_timeout(s->db, 30000);
	/* A connection that only read leaves the write-ahead log as it is;
	 * one that wrote folds it into the store as it closes (store_close()),
	 * so the store file alone holds everything once a command is done. */
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
			sq_close(&s->base);
			return -1;
		}
		s->readonly = 1;
	}
	if (user_version(s, &cur, e) < 0) {
		err_set(e, "'%s' is not an mtrack store: %s", path, sqlite3_errmsg(s->db));
		sq_close(&s->base);
		return -1;
	}
	/* a schema version of 0 with tables in it: another application's
	 * database, which migrating would change for good */
	/* A store another process is creating at this moment: its tables and
	 * its version come in one commit, but two reads apart can fall either
	 * side of it, and a read can meet its lock. Asked again holding the
	 * write lock (which waits for that commit), both are read at once. */
	int tables = cur == 0 ? table_count(s) : 0;
	if (cur == 0 && tables != 0 && !s->readonly && exec_retry(s, "BEGIN IMMEDIATE", NULL) == 0) {
		tables = user_version(s, &cur, NULL) == 0 ? table_count(s) : -1;
		exec(s, "COMMIT", NULL);
	}
	if (cur == 0 && tables != 0) {
		if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_CORRUPT || (sqlite3_errcode(s->db) & 0xff) == SQLITE_NOTADB)
			db_err(s, e, "reading its schema");
		else
			err_set(e, "'%s' is not an mtrack store: it is another application's SQLite database; "
				   "nothing was changed", path);
		sq_close(&s->base);
		return -1;
	}
	int latest = latest_of(migs);
	if (cur > latest) {
		err_set(e, "store '%s' has schema version %d, newer than this mtrack (%d): upgrade mtrack",
			path, cur, latest);
		sq_close(&s->base);
		return -1;
	}
	struct errmsg pe;
	/* each added report's savepoint journal is kept in memory rather than
	 * in a temporary file */
	if (s->readonly && cur < latest) {
		err_set(e, "store '%s' needs upgrading to schema version %d, and its folder is read-only", path, latest);
		sq_close(&s->base);
		return -1;
	}
	/* journal_size_limit: a log that grew past it (a big transaction) is
	 * cut back to it once checkpointed, instead of keeping its size */
	if ((!memory && !s->readonly && exec_retry(s, "PRAGMA journal_mode = WAL", &pe) < 0) ||
	    (!memory && !s->readonly && exec(s, "PRAGMA journal_size_limit = " LOG_LIMIT_BYTES_SQL, &pe) < 0) ||
	    exec(s, "PRAGMA temp_store = MEMORY", &pe) < 0 ||
	    exec(s, "PRAGMA foreign_keys = ON", &pe) < 0 || exec(s, "PRAGMA synchronous = NORMAL", &pe) < 0) {
		int code = sqlite3_errcode(s->db) & 0xff;
		if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
			db_err(s, e, "setting it up");
		else
			err_set(e, "cannot set up store '%s': %s", path, pe.text);
		sq_close(&s->base);
		return -1;
	}
	if (!s->readonly && migrate(s, migs, e) < 0) {
		sq_close(&s->base);
		return -1;
	}
	*out = &s->base;
	return 0;
}


static void sq_close(struct store *base)
{
	struct sq *s = (struct sq *)base;
	if (!s)
		return;
	/* A connection that wrote makes the store file whole: the log is
	 * folded into it now (the log is bounded, so this costs little), and
	 * the last connection to close removes the log. One that only read
	 * writes nothing. A reader elsewhere may keep part of the log alive:
	 * it is folded in later. */
	if (s->db && !s->readonly && strcmp(s->path, ":memory:") && sqlite3_total_changes64(s->db) > 0) {
		sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
		sqlite3_db_config(s->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
	}
	sqlite3_finalize(s->find);
	sqlite3_finalize(s->ins);
	sqlite3_finalize(s->cur);
	sqlite3_finalize(s->obs);
	sqlite3_finalize(s->curput);
	sqlite3_finalize(s->curkeys);
	sqlite3_finalize(s->curdel);
	sqlite3_finalize(s->curbest);
	sqlite3_finalize(s->savepoint);
	sqlite3_finalize(s->release);
	sqlite3_finalize(s->event);
	sqlite3_finalize(s->text);
	sqlite3_finalize(s->take);
	sqlite3_finalize(s->part);
	sqlite3_finalize(s->hastext);
	sqlite3_finalize(s->load);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}


static int count(struct sq *s, const char *sql, long *out, struct errmsg *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot count");
	int rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, e, "cannot count");
}

static int sq_info(struct store *base, struct store_info *out, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	memset(out, 0, sizeof(*out));
	if (user_version(s, &out->schema_version, e) < 0 ||
	    count(s, "SELECT count(*) FROM report", &out->reports, e) < 0 ||
	    count(s, "SELECT count(*) FROM report WHERE id NOT IN (SELECT id FROM live_report)", &out->retracted, e) < 0 ||
	    count(s, "SELECT count(*) FROM observation", &out->observations, e) < 0 ||
	    count(s, "SELECT count(*) FROM entity", &out->entities, e) < 0 ||
	    count(s, "SELECT count(*) FROM metric", &out->metrics, e) < 0 ||
	    count(s, "SELECT count(*) FROM alias", &out->aliases, e) < 0 ||
	    count(s, "SELECT count(*) FROM event", &out->events, e) < 0 ||
	    count(s, "SELECT count(*) FROM report_text", &out->texts, e) < 0)
		return -1;
	return 0;
}

static int sq_transaction(struct store *base, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	if (fn(base, ctx) < 0) {
		exec(s, "ROLLBACK", NULL);
		return -1;
	}
	return exec(s, "COMMIT", e);
}

/* ---- lexicon ---- */

static int event_add(struct sq *s, const char *action, long report_id, long obs_id, long version,
		     const char *before, const char *after, const char *what, const char *why, long *id,
		     struct errmsg *e);

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static int sq_load_lexicon(struct store *base, struct lexicon **out, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	struct lexicon *lx = lexicon_new();
	sqlite3_stmt *st = NULL;
	int rc = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT id, name, name_zh, parent, fy_rule, kind, currency FROM entity ORDER BY rowid",
			       -1, &st, NULL) != SQLITE_OK)
		goto dberr;
	while (sqlite3_step(st) == SQLITE_ROW)
		if (lexicon_add_entity(lx, col(st, 0), col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5), e) < 0 ||
		    lexicon_set_currency(lx, col(st, 0), col(st, 6), e) < 0)
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

static int run_insert(struct sq *s, const char *sql, const char *const *args, int nargs, const int *ints,
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

static int sq_add_entity(struct store *base, const char *id, const char *name, const char *name_zh,
		     const char *parent, const char *fy_rule, const char *kind, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* validate through the lexicon's own rules first */
	if (lexicon_check_id(id, 0, e) < 0)
		return -1;
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
	if (run_insert(s, "INSERT OR IGNORE INTO alias (alias, target_type, target) VALUES (?, 'entity', ?)", aargs, 2,
		       NULL, e, what) < 0)
		return -1;
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added entity %s (%s, %s%s%s%s%s)", id, aargs[0], kind && *kind ? kind : "company",
		   parent && *parent ? ", parent " : "", parent && *parent ? parent : "", fy_rule && *fy_rule ? ", fiscal year " : "",
		   fy_rule && *fy_rule ? fy_rule : "");
	int rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
	buf_free(&w);
	return rc;
}

static int sq_add_metric(struct store *base, const char *id, const char *name, const char *unit_kind, int stock,
		     struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (lexicon_check_id(id, 1, e) < 0)
		return -1;
	if (lexicon_unit_kind_parse(unit_kind) < 0)
		return err_set(e, "metric '%s': unit kind must be currency, percent, count or ratio", id);
	const char *args[] = { id, name && *name ? name : id, unit_kind, NULL };
	int ints[] = { -999999, -999999, -999999, stock };
	char what[160];
	snprintf(what, sizeof(what), "cannot add metric '%s'", id);
	if (run_insert(s, "INSERT INTO metric (id, name, unit_kind, stock) VALUES (?, ?, ?, ?)", args, 4, ints, e,
		       what) < 0)
		return -1;
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added metric %s (%s, %s%s)", id, args[1], unit_kind, stock ? ", point in time" : "");
	int rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
	buf_free(&w);
	return rc;
}


static int sq_add_alias_sign(struct store *base, const char *target, const char *alias, int sign, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
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
	const char *args[] = { alias, n ? "entity" : "metric", target, NULL };
	int ints[] = { -999999, -999999, -999999, sign < 0 ? -1 : 1 };
	char what[200];
	snprintf(what, sizeof(what), "cannot add alias '%s'", alias);
	if (run_insert(s, "INSERT INTO alias (alias, target_type, target, sign) VALUES (?, ?, ?, ?)", args, 4, ints, e,
		       what) < 0)
		return -1;
	struct buf w = BUF_INIT;
	buf_printf(&w, "lexicon: added alias '%s' for %s %s%s", alias, args[1], target, sign < 0 ? " (negated)" : "");
	int rc = event_add(s, "lexicon", 0, 0, 0, NULL, NULL, w.data, NULL, NULL, e);
	buf_free(&w);
	return rc;
}

/* ---- reports ---- */

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, i);
}

/* The store's page size, read once. */
static sqlite3_int64 page_bytes(struct sq *s)
{
	if (!s->page_size) {
		sqlite3_stmt *st;
		s->page_size = 4096;
		if (sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &st, NULL) == SQLITE_OK) {
			if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0)
				s->page_size = sqlite3_column_int64(st, 0);
			sqlite3_finalize(st);
		}
	}
	return s->page_size;
}

static int sq_batch_begin(struct store *base, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* a batch of reports dirties pages all over the store (the index of
	 * observations by fact, the current values); a page cache that holds them
	 * spares writing and reading each again (32 MiB, a bound that does
	 * not grow with the store: with 16 MiB, a store of 5,000 reports
	 * spilled and re-read its pages, and each add cost more than the one
	 * before). Readers keep the default: a big cache only costs them
	 * fresh memory for pages read once. */
	if (exec(s, BATCH_CACHE_SQL, e) < 0 || exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	s->in_batch = 1;
	/* counts the pages the batch spills to the log from here on */
	int cur = 0, high = 0;
	sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_WRITE, &cur, &high, 1);
	return 0;
}

static int sq_batch_full(struct store *base)
{
	struct sq *s = (struct sq *)base;
	int cur = 0, high = 0;
	if (!s->in_batch || sqlite3_db_status(s->db, SQLITE_DBSTATUS_CACHE_WRITE, &cur, &high, 0) != SQLITE_OK)
		return 0;
	return (sqlite3_int64)cur * page_bytes(s) >= BATCH_LOG_BYTES;
}

/* After a batch commits: the log folded into the store as far as readers
 * allow. SQLite's own checkpoint after the commit does it unless a reader
 * still reads an older state; then, once the log passes LOG_WAIT_BYTES,
 * the writer waits for those readers (the busy timeout) before its next
 * batch rather than let the log grow on. A log that could not be folded is left to the next
 * batch: the reports are committed either way. */
static void log_settle(struct sq *s)
{
	int frames = 0, done = 0;
	if (strcmp(s->path, ":memory:") == 0 || s->readonly ||
	    sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_PASSIVE, &frames, &done) != SQLITE_OK)
		return;
	if (done < frames && (sqlite3_int64)frames * page_bytes(s) >= LOG_WAIT_BYTES)
		sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
}

static int sq_batch_end(struct store *base, int commit, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	s->in_batch = 0;
	if (commit && exec(s, "COMMIT", e) == 0) {
		log_settle(s);
		return 0;
	}
	exec(s, "ROLLBACK", NULL);
	return commit ? -1 : 0;
}

/* Prepares `*st` unless it is already. */
static int prepare_once(struct sq *s, sqlite3_stmt **st, const char *sql)
{
	if (*st) {
		sqlite3_reset(*st);
		sqlite3_clear_bindings(*st);
		return 0;
	}
	return sqlite3_prepare_v2(s->db, sql, -1, st, NULL) == SQLITE_OK ? 0 : -1;
}

/* One report's transaction: its own, or a savepoint inside a batch. */
static int step_once(struct sq *s, sqlite3_stmt **st, const char *sql, struct errmsg *e)
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

static int report_tx_begin(struct sq *s, struct errmsg *e)
{
	if (s->in_batch)
		return step_once(s, &s->savepoint, "SAVEPOINT add_report", e);
	/* a report on its own (a long text stored as it is read) writes as
	 * a batch does: the same page cache */
	if (exec(s, BATCH_CACHE_SQL, e) < 0)
		return -1;
	return exec_retry(s, "BEGIN IMMEDIATE", e);
}

static int report_tx_commit(struct sq *s, struct errmsg *e)
{
	if (s->in_batch)
		return step_once(s, &s->release, "RELEASE add_report", e);
	return exec(s, "COMMIT", e);
}

static void report_tx_rollback(struct sq *s)
{
	exec(s, s->in_batch ? "ROLLBACK TO add_report; RELEASE add_report" : "ROLLBACK", NULL);
}

/* ---- time and events ---- */





/* Records one event; its id goes to `*id` when not NULL. Runs inside the
 * caller's transaction. */
static int event_add(struct sq *s, const char *action, long report_id, long obs_id, long version,
		     const char *before, const char *after, const char *what, const char *why, long *id,
		     struct errmsg *e)
{
	if (prepare_once(s, &s->event,
			 "INSERT INTO event (at, who, action, report_id, obs_id, version, before, after, what, why)"
			 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") < 0)
		return db_err(s, e, "cannot record the event");
	char now[25];
	store_now(now);
	sqlite3_stmt *st = s->event;
	sqlite3_bind_text(st, 1, now, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, s->who, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, action, -1, SQLITE_STATIC);
	long ints[] = { report_id, obs_id, version };
	for (int i = 0; i < 3; i++)
		if (ints[i])
			sqlite3_bind_int64(st, 4 + i, ints[i]);
		else
			sqlite3_bind_null(st, 4 + i);
	bind_text_or_null(st, 7, before);
	bind_text_or_null(st, 8, after);
	sqlite3_bind_text(st, 9, what, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 10, why);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_err(s, e, "cannot record the event");
	if (id)
		*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

/* Keeps a report's text: the end of its compressed stream, z[0..n) (its
 * parts, if any, were stored before). */
static int text_put(struct sq *s, long report_id, size_t size, int pages, const void *z, size_t n, struct errmsg *e)
{
	int rc = -1;
	if (prepare_once(s, &s->text, "INSERT INTO report_text (report_id, size, pages, body) VALUES (?, ?, ?, ?)") == 0) {
		sqlite3_bind_int64(s->text, 1, report_id);
		sqlite3_bind_int64(s->text, 2, (sqlite3_int64)size);
		sqlite3_bind_int(s->text, 3, pages);
		sqlite3_bind_blob64(s->text, 4, n ? z : "", n, SQLITE_STATIC);
		rc = sqlite3_step(s->text) == SQLITE_DONE ? 0 : -1;
		sqlite3_reset(s->text);
	}
	return rc < 0 ? db_err(s, e, "cannot keep the report's text") : 0;
}

static int sq_report_part(struct store *base, long report_id, long part, const void *z, size_t n, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	int rc = -1;
	if (prepare_once(s, &s->part, "INSERT INTO report_text_part (report_id, part, body) VALUES (?, ?, ?)") == 0) {
		sqlite3_bind_int64(s->part, 1, report_id);
		sqlite3_bind_int64(s->part, 2, part);
		sqlite3_bind_blob64(s->part, 3, z, n, SQLITE_STATIC);
		rc = sqlite3_step(s->part) == SQLITE_DONE ? 0 : -1;
		sqlite3_reset(s->part);
	}
	return rc < 0 ? db_err(s, e, "cannot keep the report's text") : 0;
}

/* Inflates report `id`'s kept text into out[0..*size) (*size: its size on
 * entry): its parts, when `parted`, then `body`. Returns zlib's code. */
static int text_inflate(struct sq *s, long id, int parted, const void *body, size_t n, char *out, uLongf *size)
{
	if (!parted)
		return uncompress((Bytef *)out, size, body, (uLong)n);
	struct buf all = BUF_INIT;
	sqlite3_stmt *st;
	int rc = Z_DATA_ERROR;
	if (sqlite3_prepare_v2(s->db, "SELECT body FROM report_text_part WHERE report_id = ? ORDER BY part", -1, &st,
			       NULL) != SQLITE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_add(&all, sqlite3_column_blob(st, 0), (size_t)sqlite3_column_bytes(st, 0));
	sqlite3_finalize(st);
	if (n)
		buf_add(&all, body, n);
	rc = uncompress((Bytef *)out, size, (const Bytef *)all.data, (uLong)all.len);
	buf_free(&all);
	return rc;
}

/* Stores one observation of report `report_id` (set `version`, 0 for the
 * report's first set) with the id given. */
static int obs_insert(struct sq *s, long report_id, long version, long id, const struct fact *f)
{
	if (prepare_once(s, &s->obs,
			 "INSERT INTO observation (report_id, entity, metric, kind, period_type, period_start,"
			 " period_end, fiscal_label, calendar_label, value, unit, qualifier, low, high, basis,"
			 " restated, sentence, start_byte, end_byte, page, resolution, id, version)"
			 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") < 0)
		return -1;
	sqlite3_stmt *obs = s->obs;
	sqlite3_bind_int64(obs, 1, report_id);
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
	if (!strcmp(f->qualifier, "range")) {
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
	sqlite3_bind_int64(obs, 22, id);
	if (version)
		sqlite3_bind_int64(obs, 23, version);
	else
		sqlite3_bind_null(obs, 23);
	int rc = sqlite3_step(obs);
	sqlite3_reset(obs);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- the current value of each fact and basis (fact_current) ---- */

/* Binds a fact's key and basis to parameters 1 to 6. */
static void bind_fact_key(sqlite3_stmt *st, const struct fact *f)
{
	sqlite3_bind_text(st, 1, f->entity, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, f->metric, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, f->period_type, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, f->period_end, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, f->basis, -1, SQLITE_STATIC);
}

/* How an offered row becomes its fact's current value: when it is dated
 * on or after the one there (a later row of the same date wins, as in the
 * views). */
#define CURRENT_UPSERT                                                                                             \
	" ON CONFLICT (entity, metric, kind, period_type, period_end, basis) DO UPDATE SET"                         \
	" obs_id = excluded.obs_id, report_id = excluded.report_id, published = excluded.published,"                \
	" value = excluded.value, low = excluded.low, high = excluded.high,"                                         \
	" qualifier = excluded.qualifier, resolution = excluded.resolution"                                          \
	" WHERE excluded.published >= fact_current.published"

/* Offers observation `id` of a report being added, dated `published`, as
 * its fact's current value. The report is the latest added, so it wins
 * unless the current one is dated later; on the same date the later row
 * wins, as in the views. */
static int current_offer(struct sq *s, const struct fact *f, long id, long report_id, const char *published)
{
	if (prepare_once(s, &s->curput,
			 "INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id,"
			 " report_id, published, value, low, high, qualifier, resolution)"
			 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
			 CURRENT_UPSERT) < 0)
		return -1;
	sqlite3_stmt *st = s->curput;
	bind_fact_key(st, f);
	sqlite3_bind_int64(st, 7, id);
	sqlite3_bind_int64(st, 8, report_id);
	sqlite3_bind_text(st, 9, published, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 10, f->value);
	/* as obs_insert() stores them */
	if (!strcmp(f->qualifier, "range")) {
		sqlite3_bind_double(st, 11, f->low);
		sqlite3_bind_double(st, 12, f->high);
	}
	sqlite3_bind_text(st, 13, f->qualifier, -1, SQLITE_STATIC);
	if (f->resolution > 0)
		sqlite3_bind_double(st, 14, f->resolution);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Offers the first-set observations of report `report_id` (dated
 * `published`), stored a window at a time, as their facts' current
 * values, all at once: current_offer()'s rule, the later row of one fact
 * winning. The rows are read in the order of the report's index, which is
 * the id's: nothing is sorted, whatever their number. */
static int current_take(struct sq *s, long report_id, const char *published)
{
	s->deferred = 0;
	if (prepare_once(s, &s->take,
			 "INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id,"
			 " report_id, published, value, low, high, qualifier, resolution)"
			 " SELECT entity, metric, kind, period_type, period_end, basis, id, report_id, ?2, value, low, high,"
			 " qualifier, resolution FROM observation WHERE report_id = ?1 AND version IS NULL"
			 " ORDER BY id" CURRENT_UPSERT) < 0)
		return -1;
	sqlite3_bind_int64(s->take, 1, report_id);
	sqlite3_bind_text(s->take, 2, published, -1, SQLITE_STATIC);
	int rc = sqlite3_step(s->take);
	sqlite3_reset(s->take);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The winner of one fact and basis, worked out from its observations: the
 * rule of the views and of migration 0011. Parameters 1 to 6: the key. */
#define CURRENT_BEST_SQL                                                                                            \
	"SELECT o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis, o.id, o.report_id, r.published,"  \
	" o.value, o.low, o.high, o.qualifier, o.resolution"                                                        \
	" FROM observation o JOIN report r ON r.id = o.report_id"                                                    \
	" WHERE o.entity = ?1 AND o.metric = ?2 AND o.kind = ?3 AND o.period_type = ?4 AND o.period_end = ?5"         \
	" AND o.basis = ?6 AND o.version IS r.version AND o.rejected IS NULL"                                        \
	" AND coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id ORDER BY t.id DESC LIMIT 1),"       \
	" 'restore') = 'restore'"                                                                                    \
	" ORDER BY r.published DESC, r.id DESC, o.id DESC LIMIT 1"

/* Works out again the current value of every fact and basis report
 * `report_id` states in any of its versions (only observation `obs_id`'s
 * when not 0), after a change to the report or the observation that may
 * move it: a retraction, a restoration, a re-date, a re-extraction, a
 * rejection. Costs the history of those facts only. Runs inside the
 * caller's transaction. */
static int current_recompute(struct sq *s, long report_id, long obs_id)
{
	if (prepare_once(s, &s->curkeys,
			 "SELECT DISTINCT entity, metric, kind, period_type, period_end, basis FROM observation"
			 " WHERE report_id = ?1 AND (?2 = 0 OR id = ?2)") < 0 ||
	    prepare_once(s, &s->curdel,
			 "DELETE FROM fact_current WHERE entity = ?1 AND metric = ?2 AND kind = ?3 AND period_type = ?4"
			 " AND period_end = ?5 AND basis = ?6") < 0 ||
	    prepare_once(s, &s->curbest,
			 "INSERT INTO fact_current (entity, metric, kind, period_type, period_end, basis, obs_id,"
			 " report_id, published, value, low, high, qualifier, resolution) " CURRENT_BEST_SQL) < 0)
		return -1;
	sqlite3_bind_int64(s->curkeys, 1, report_id);
	sqlite3_bind_int64(s->curkeys, 2, obs_id);
	int rc;
	while ((rc = sqlite3_step(s->curkeys)) == SQLITE_ROW) {
		sqlite3_stmt *both[] = { s->curdel, s->curbest };
		for (int k = 0; k < 2; k++) {
			sqlite3_reset(both[k]);
			for (int c = 0; c < 6; c++)
				sqlite3_bind_value(both[k], c + 1, sqlite3_column_value(s->curkeys, c));
			if (sqlite3_step(both[k]) != SQLITE_DONE) {
				sqlite3_reset(both[k]);
				sqlite3_reset(s->curkeys);
				return -1;
			}
			sqlite3_reset(both[k]);
		}
	}
	sqlite3_reset(s->curkeys);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int sq_current_check(struct store *base, long *differ, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* from scratch, as migration 0011 fills the table; the two sides
	 * compared both ways */
	static const char sql[] =
		"WITH want AS (SELECT entity, metric, kind, period_type, period_end, basis, id AS obs_id, report_id,"
		" published, value, low, high, qualifier, resolution FROM (SELECT o.*, r.published, row_number() OVER"
		" (PARTITION BY o.entity, o.metric, o.kind, o.period_type, o.period_end, o.basis"
		" ORDER BY r.published DESC, r.id DESC, o.id DESC) AS place"
		" FROM observation o JOIN live_report r ON r.id = o.report_id"
		" WHERE o.version IS r.version AND o.rejected IS NULL) WHERE place = 1),"
		" have AS (SELECT entity, metric, kind, period_type, period_end, basis, obs_id, report_id, published,"
		" value, low, high, qualifier, resolution FROM fact_current)"
		" SELECT (SELECT count(*) FROM (SELECT * FROM want EXCEPT SELECT * FROM have))"
		" + (SELECT count(*) FROM (SELECT * FROM have EXCEPT SELECT * FROM want))";
	sqlite3_stmt *st;
	*differ = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot check the current values");
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*differ = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : db_err(s, e, "cannot check the current values");
}

static int sq_report_begin(struct store *base, const struct report_meta *meta, int text, struct add_result *res,
			   struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	memset(res, 0, sizeof(*res));
	if (report_tx_begin(s, e) < 0)
		return -1;
	if (prepare_once(s, &s->find,
			 "SELECT id, coalesce((SELECT action FROM retraction t WHERE t.report_id = r.id"
			 " ORDER BY t.id DESC LIMIT 1), 'restore') = 'retract' FROM report r WHERE sha256 = ?") < 0)
		goto dberr;
	sqlite3_bind_text(s->find, 1, meta->sha256, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(s->find) == SQLITE_ROW) {
		res->report_id = sqlite3_column_int64(s->find, 0);
		res->retracted = sqlite3_column_int(s->find, 1);
		res->duplicate = 1;
		sqlite3_reset(s->find);
		/* a report stored before texts were kept gets its text now, so
		 * that it can be re-extracted */
		long have = 1;
		if (text && prepare_once(s, &s->hastext, "SELECT count(*) FROM report_text WHERE report_id = ?") == 0) {
			sqlite3_bind_int64(s->hastext, 1, res->report_id);
			if (sqlite3_step(s->hastext) == SQLITE_ROW)
				have = sqlite3_column_int64(s->hastext, 0);
			sqlite3_reset(s->hastext);
		}
		if (have)
			report_tx_rollback(s);
		return !have;
	}
	sqlite3_reset(s->find);
	char now[21];
	now_utc(now);
	if (prepare_once(s, &s->ins,
			 "INSERT INTO report (sha256, title, source, published, date_source, path, size, encoding, added_at,"
			 " extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") < 0)
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
	bind_text_or_null(s->ins, 10, meta->extractor);
	if (sqlite3_step(s->ins) != SQLITE_DONE)
		goto dberr;
	sqlite3_reset(s->ins);
	res->report_id = sqlite3_last_insert_rowid(s->db);
	s->deferred = 0;
	return 1;
dberr:
	db_err(s, e, "cannot store the report");
	if (s->find)
		sqlite3_reset(s->find);
	if (s->ins)
		sqlite3_reset(s->ins);
	report_tx_rollback(s);
	return -1;
}

/* Counts fact `f` as restated or conflicting against the figure row `st`
 * holds (value, low, high, qualifier, resolution). */
static void count_against(const struct fact *f, sqlite3_stmt *st, struct add_result *res)
{
	char qualifier[12];
	copy_str(qualifier, sizeof(qualifier), col(st, 3) ? col(st, 3) : "exact");
	struct fact_figure best = { 0, 0, 0, 0, qualifier, 0 };
	best.value = sqlite3_column_double(st, 0);
	best.has_range = sqlite3_column_type(st, 1) != SQLITE_NULL;
	best.low = sqlite3_column_double(st, 1);
	best.high = sqlite3_column_double(st, 2);
	best.resolution = sqlite3_column_double(st, 4);
	struct fact_figure mine = fact_figure_of(f);
	if (fact_figures_agree(&mine, &best))
		res->restated++;
	else
		res->conflicting++;
}

static int sq_report_facts(struct store *base, const struct report_meta *meta, const struct fact_list *facts,
			   int whole, struct add_result *res, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (res->duplicate)
		return 0;
	/* Each fact is compared with the value its fact and basis hold now
	 * (fact_current: one row, whatever the length of the history), all of
	 * them before any is stored, so that two facts of one report are each
	 * compared with what the earlier reports said. A report given a
	 * window at a time becomes current only at its end (current_take()),
	 * so that a later window's facts are compared with the earlier
	 * reports too. */
	if (prepare_once(s, &s->cur,
			 "SELECT value, low, high, qualifier, resolution FROM fact_current"
			 " WHERE entity = ?1 AND metric = ?2 AND kind = ?3 AND period_type = ?4 AND period_end = ?5"
			 " AND basis = ?6") < 0)
		return db_err(s, e, "cannot store the report");
	for (size_t i = 0; i < facts->n; i++) {
		sqlite3_reset(s->cur);
		bind_fact_key(s->cur, &facts->items[i]);
		int rc = sqlite3_step(s->cur);
		if (rc == SQLITE_ROW) {
			count_against(&facts->items[i], s->cur, res);
		} else if (rc == SQLITE_DONE) {
			res->fresh++;
		} else {
			sqlite3_reset(s->cur);
			return db_err(s, e, "cannot store the report");
		}
	}
	sqlite3_reset(s->cur);
	for (size_t i = 0; i < facts->n; i++) {
		const struct fact *f = &facts->items[i];
		/* later reports' rows sort after earlier ones' (migration 0007) */
		long id = (long)((uint64_t)res->report_id << 32 | (uint64_t)res->facts);
		if (obs_insert(s, res->report_id, 0, id, f) < 0 ||
		    (whole && current_offer(s, f, id, res->report_id, meta->published) < 0)) {
			if (s->obs)
				sqlite3_reset(s->obs);
			return db_err(s, e, "cannot store the report");
		}
		res->facts++;
	}
	s->deferred |= !whole && facts->n;
	return 0;
}

static int sq_report_end(struct store *base, const struct report_meta *meta, int commit, size_t text_len, const void *z,
			 size_t n, const char *what, struct add_result *res, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (!commit) {
		s->deferred = 0;
		report_tx_rollback(s);
		return 0;
	}
	if (s->deferred && current_take(s, res->report_id, meta->published) < 0) {
		db_err(s, e, "cannot update the current values");
		goto fail;
	}
	if (z && text_put(s, res->report_id, text_len, meta->pages, z, n, e) < 0)
		goto fail;
	res->text_kept = res->duplicate;
	if (what && event_add(s, "add", res->report_id, 0, 0, NULL, NULL, what, NULL, NULL, e) < 0)
		goto fail;
	if (report_tx_commit(s, e) < 0)
		goto fail;
	return 0;
fail:
	report_tx_rollback(s);
	return -1;
}

static int sq_may_retry(struct store *base)
{
	(void)base;
	return 0;
}

static int sq_set_retracted(struct store *base, long id, int retract, const char *reason, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
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
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO retraction (report_id, action, reason, at) VALUES (?, ?, ?, ?)", -1,
			       &st, NULL) != SQLITE_OK) {
		db_err(s, e, "cannot record the retraction");
		goto fail;
	}
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, retract ? "retract" : "restore", -1, SQLITE_STATIC);
	bind_text_or_null(st, 3, reason);
	sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		db_err(s, e, "cannot record the retraction");
		goto fail;
	}
	if (current_recompute(s, id, 0) < 0) {
		db_err(s, e, "cannot update the current values");
		goto fail;
	}
	char what[64];
	snprintf(what, sizeof(what), "%s report %ld", retract ? "retracted" : "restored", id);
	if (event_add(s, retract ? "retract" : "restore", id, 0, 0, NULL, NULL, what, reason, NULL, e) < 0 ||
	    exec(s, "COMMIT", e) < 0)
		goto fail;
	return 0;
fail:
	exec(s, "ROLLBACK", NULL);
	return -1;
}

static char *dupcol(sqlite3_stmt *st, int i)
{
	const char *v = col(st, i);
	return xstrdup(v ? v : "");
}

static int sq_each_report(struct store *base, long id, int (*fn)(const struct report_row *, void *), void *ctx,
		      struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT r.id, r.sha256, r.title, r.source, r.published, r.date_source, r.path, r.added_at,"
			       " r.encoding, r.size, (SELECT count(*) FROM observation o WHERE o.report_id = r.id"
			       " AND o.version IS r.version),"
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
static void copy_row(sqlite3_stmt *st, struct store_row *g)
{
	/* the text columns, in order, into one allocation */
	static const int text_cols[] = { 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 15, 17, 20, 21, 22, 23, 29 };
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
	r->extractor = v[16];
	r->version = sqlite3_column_int64(st, 26);
	r->superseded = !sqlite3_column_int(st, 27);
	r->rejected = sqlite3_column_int(st, 28);
	r->value = sqlite3_column_double(st, 10);
	r->has_range = sqlite3_column_type(st, 13) != SQLITE_NULL;
	r->low = sqlite3_column_double(st, 13);
	r->high = sqlite3_column_double(st, 14);
	r->restated = sqlite3_column_int(st, 16);
	r->start_byte = sqlite3_column_int64(st, 18);
	r->end_byte = sqlite3_column_int64(st, 19);
	r->page = sqlite3_column_int(st, 24);
	r->resolution = sqlite3_column_double(st, 25);
}

/* Replays the events that change how reports and observations count, up
 * to the last event at or before `at`. */
static int then_load(struct sq *s, const char *at, struct store_then *t, struct errmsg *e)
{
	sqlite3_stmt *st;
	long cut = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(id), 0) FROM event WHERE at <= ?", -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the events");
	sqlite3_bind_text(st, 1, at, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		cut = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	store_then_init(t, cut);
	if (sqlite3_prepare_v2(s->db,
			       "SELECT id, action, report_id, obs_id, version, before, after FROM event"
			       " WHERE action IN ('retract', 'restore', 'redate', 'reextract', 'reject', 'accept')"
			       " ORDER BY id",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the events");
	while (sqlite3_step(st) == SQLITE_ROW)
		store_then_event(t, sqlite3_column_int64(st, 0), col(st, 1), sqlite3_column_int64(st, 2),
				 sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4), col(st, 5), col(st, 6));
	sqlite3_finalize(st);
	store_then_done(t);
	return 0;
}





static int sq_each_obs(struct store *base, const struct obs_query *q, int (*fn)(const struct obs_row *, void *),
		   void *ctx, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	struct store_then then;
	memset(&then, 0, sizeof(then));
	if (q->known_at && then_load(s, q->known_at, &then, e) < 0) {
		store_then_free(&then);
		return -1;
	}
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
		 " coalesce(en.name, o.entity), coalesce(me.name, o.metric), o.page, o.resolution,");
	/* the current view filters superseded and rejected rows out below:
	 * nothing to read for them */
	if (q->everything || q->known_at)
		buf_adds(&sql, " o.version, o.version IS r.version, o.rejected IS NOT NULL,");
	else
		buf_adds(&sql, " NULL, 1, 0,");
	buf_adds(&sql, q->everything ? " coalesce(v.extractor, r.extractor)" : " NULL");
	buf_adds(&sql, " FROM observation o JOIN report r ON r.id = o.report_id"
		       " LEFT JOIN entity en ON en.id = o.entity LEFT JOIN metric me ON me.id = o.metric");
	if (q->everything)
		buf_adds(&sql, " LEFT JOIN report_version v ON v.id = o.version");
	buf_adds(&sql, " WHERE 1");
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
	if (q->as_of && !q->known_at)
		buf_adds(&sql, " AND r.published <= :asof");
	if (q->from)
		buf_adds(&sql, " AND o.period_end >= :from");
	if (q->to)
		buf_adds(&sql, " AND o.period_end <= :to");
	if (q->period_type)
		buf_adds(&sql, " AND o.period_type = :ptype");
	if (q->basis)
		buf_adds(&sql, " AND o.basis = :basis");
	if (q->period_end)
		buf_adds(&sql, " AND o.period_end = :pend");
	if (q->report_id > 0)
		buf_adds(&sql, " AND o.report_id = :rid");
	if (q->known_at)
		buf_adds(&sql, " AND o.report_id IN (SELECT report_id FROM event WHERE action = 'add' AND id <= :cut)");
	else if (!q->include_retracted)
		buf_adds(&sql, " AND o.report_id NOT IN (SELECT report_id FROM retraction t WHERE t.action = 'retract'"
			       " AND t.id = (SELECT max(id) FROM retraction u WHERE u.report_id = t.report_id))");
	if (!q->known_at && !q->everything)
		buf_adds(&sql, " AND o.version IS r.version AND o.rejected IS NULL");
	buf_adds(&sql, " ORDER BY o.entity, o.metric, o.kind, o.period_type, o.period_end");

	sqlite3_stmt *st;
	int rc = 0;
	struct store_groups gs;
	int frc;
	store_groups_init(&gs, q, q->known_at ? &then : NULL, fn, ctx);
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
	BIND(":basis", q->basis);
	BIND(":from", q->from);
	BIND(":to", q->to);
	BIND(":ptype", q->period_type);
	BIND(":pend", q->period_end);
#undef BIND
	if (sqlite3_bind_parameter_index(st, ":rid"))
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":rid"), q->report_id);
	if (sqlite3_bind_parameter_index(st, ":cut"))
		sqlite3_bind_int64(st, sqlite3_bind_parameter_index(st, ":cut"), then.cut);
	int step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_row row;
		copy_row(st, &row);
		if ((rc = store_groups_add(&gs, &row)))
			break;
	}
	if (!rc && step != SQLITE_ROW && step != SQLITE_DONE)
		rc = db_err(s, e, "cannot query observations");
	sqlite3_finalize(st);
out:
	frc = store_groups_end(&gs, !rc);
	if (!rc)
		rc = frc;
	buf_free(&sql);
	buf_free(&ents);
	buf_free(&mets);
	store_then_free(&then);
	return rc < 0 ? -1 : 0;
}

static int sq_find_period_ends(struct store *base, const char *entity, const char *metric, const char *kind,
			   const char *label, char ***out, size_t *n, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
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

static int sq_each_event(struct store *base, long report_id, int (*fn)(const struct store_event *, void *), void *ctx,
		     struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT id, at, who, action, report_id, obs_id, what, why FROM event"
			       " WHERE ?1 <= 0 OR report_id = ?1 ORDER BY id",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the events");
	sqlite3_bind_int64(st, 1, report_id);
	int rc = 0, step;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_event ev = {
			.id = sqlite3_column_int64(st, 0), .report_id = sqlite3_column_int64(st, 4),
			.obs_id = sqlite3_column_int64(st, 5), .at = col(st, 1), .who = col(st, 2),
			.action = col(st, 3), .what = col(st, 6), .why = col(st, 7) ? col(st, 7) : "",
		};
		if ((rc = fn(&ev, ctx)))
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_err(s, e, "cannot read the events");
	sqlite3_finalize(st);
	return rc < 0 ? -1 : 0;
}

/* ---- re-extraction, re-dating, rejection ---- */

static int sq_extractor_version(struct store *base, char out[64], struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* FNV-1a over the lexicon's rows in key order: the same lexicon gives
	 * the same digest in any store */
	static const char *const sql[] = {
		"SELECT id, name, name_zh, parent, fy_rule, kind FROM entity ORDER BY id",
		"SELECT id, name, unit_kind, stock FROM metric ORDER BY id",
		"SELECT alias, target_type, target, sign FROM alias ORDER BY alias, target_type",
	};
	uint64_t h = 1469598103934665603ULL;
	for (size_t k = 0; k < ARRAY_SIZE(sql); k++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, sql[k], -1, &st, NULL) != SQLITE_OK)
			return db_err(s, e, "cannot read the lexicon");
		while (sqlite3_step(st) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(st); c++) {
				const char *v = col(st, c);
				for (const char *p = v ? v : ""; *p; p++)
					h = (h ^ (unsigned char)*p) * 1099511628211ULL;
				h = (h ^ (v ? 0x1f : 0x1e)) * 1099511628211ULL;
			}
			h = (h ^ '\n') * 1099511628211ULL;
		}
		sqlite3_finalize(st);
	}
	char tmp[96];
	snprintf(tmp, sizeof(tmp), "mtrack %s, rules %s, lexicon %08x", MTRACK_VERSION, FACT_RULES_VERSION,
		 (unsigned)(h ^ (h >> 32)));
	copy_str(out, 64, tmp);
	return 0;
}

static int sq_report_text(struct store *base, long id, char **text, size_t *len, int *pages, char date[11],
		      struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	*text = NULL;
	*len = 0;
	*pages = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT r.published, t.size, t.pages, t.body,"
			       " EXISTS (SELECT 1 FROM report_text_part p WHERE p.report_id = r.id) FROM report r"
			       " LEFT JOIN report_text t ON t.report_id = r.id WHERE r.id = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the report");
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(st);
		return rc == SQLITE_DONE ? err_set(e, "no report %ld", id) : db_err(s, e, "cannot read the report");
	}
	copy_str(date, 11, col(st, 0));
	if (sqlite3_column_type(st, 3) == SQLITE_NULL) {
		sqlite3_finalize(st);
		return 1;
	}
	uLongf size = (uLongf)sqlite3_column_int64(st, 1);
	*pages = sqlite3_column_int(st, 2);
	char *out = xmalloc((size_t)size + 1);
	rc = text_inflate(s, id, sqlite3_column_int(st, 4), sqlite3_column_blob(st, 3),
			  (size_t)sqlite3_column_bytes(st, 3), out, &size);
	sqlite3_finalize(st);
	if (rc != Z_OK) {
		free(out);
		return err_set(e, "the kept text of report %ld is damaged (zlib error %d)", id, rc);
	}
	out[size] = '\0';
	*text = out;
	*len = (size_t)size;
	return 0;
}

static int sq_report_ids(struct store *base, long **ids, size_t *n, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	size_t cap = 0;
	*ids = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT id FROM report ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot list reports");
	while (sqlite3_step(st) == SQLITE_ROW) {
		GROW(*ids, cap, *n + 1);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	return 0;
}

/* The facts of report `id`'s current set, with their ids and whether each
 * is rejected; the highest observation id the report has in `*maxid`. */
static int current_facts(struct sq *s, long id, struct fact_list *out, long **ids, int **rejected, long *maxid,
			 struct errmsg *e)
{
	sqlite3_stmt *st;
	size_t cap = 0, capr = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT entity, metric, kind, period_type, period_start, period_end, fiscal_label,"
			       " calendar_label, value, unit, qualifier, low, high, basis, restated, sentence,"
			       " start_byte, end_byte, page, resolution, id, rejected IS NOT NULL FROM observation"
			       " WHERE report_id = ?1 AND version IS (SELECT version FROM report WHERE id = ?1) ORDER BY id",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the report's facts");
	sqlite3_bind_int64(st, 1, id);
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct fact f;
		memset(&f, 0, sizeof(f));
		char *dst[] = { f.entity, f.metric, f.kind, f.period_type, f.period_start, f.period_end, f.fiscal_label,
				f.calendar_label };
		size_t sz[] = { sizeof(f.entity), sizeof(f.metric), sizeof(f.kind), sizeof(f.period_type),
				sizeof(f.period_start), sizeof(f.period_end), sizeof(f.fiscal_label),
				sizeof(f.calendar_label) };
		for (int c = 0; c < 8; c++)
			copy_str(dst[c], sz[c], col(st, c) ? col(st, c) : "");
		f.value = sqlite3_column_double(st, 8);
		copy_str(f.unit, sizeof(f.unit), col(st, 9));
		copy_str(f.qualifier, sizeof(f.qualifier), col(st, 10));
		f.low = sqlite3_column_double(st, 11);
		f.high = sqlite3_column_double(st, 12);
		copy_str(f.basis, sizeof(f.basis), col(st, 13));
		f.restated = sqlite3_column_int(st, 14);
		f.text = (char *)col(st, 15);
		f.start = (size_t)sqlite3_column_int64(st, 16);
		f.end = (size_t)sqlite3_column_int64(st, 17);
		f.page = sqlite3_column_int(st, 18);
		f.resolution = sqlite3_column_double(st, 19);
		fact_list_add(out, &f);
		GROW(*ids, cap, out->n);
		GROW(*rejected, capr, out->n);
		(*ids)[out->n - 1] = sqlite3_column_int64(st, 20);
		(*rejected)[out->n - 1] = sqlite3_column_int(st, 21);
	}
	sqlite3_finalize(st);
	*maxid = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT coalesce(max(id), 0) FROM observation WHERE report_id = ?", -1, &st,
			       NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the report's facts");
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		*maxid = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

static int run_sql_ids(struct sq *s, const char *sql, long a, long b, long c)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	long v[] = { a, b, c };
	for (int i = 0; i < sqlite3_bind_parameter_count(st) && i < 3; i++)
		sqlite3_bind_int64(st, i + 1, v[i]);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int sq_reextract(struct store *base, long id, const struct fact_list *facts, const char *extractor, const char *date,
		    const char *why, int dry_run,
		    int (*fn)(enum store_change c, const struct fact *old, const struct fact *now, void *ctx), void *ctx,
		    struct reextract_result *res, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	memset(res, 0, sizeof(*res));
	struct fact_list old = FACT_LIST_INIT;
	long *old_ids = NULL, maxid = 0;
	int *old_rejected = NULL, rc = -1;
	long *pair = NULL; /* new fact -> old index + 1; 0 none */
	int *exact = NULL;
	char cur_date[11] = "";
	sqlite3_stmt *dst;
	if (sqlite3_prepare_v2(s->db, "SELECT published FROM report WHERE id = ?", -1, &dst, NULL) != SQLITE_OK) {
		db_err(s, e, "cannot read the report");
		goto out;
	}
	sqlite3_bind_int64(dst, 1, id);
	if (sqlite3_step(dst) == SQLITE_ROW)
		copy_str(cur_date, sizeof(cur_date), col(dst, 0));
	sqlite3_finalize(dst);
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
	if (report_tx_begin(s, e) < 0)
		goto out;
	char now[21];
	now_utc(now);
	/* new ids keep sorting after the report's earlier ones (migration 0007) */
	long first = (long)((uint64_t)id << 32);
	if (maxid >= first)
		first = maxid + 1;
	if (refacts) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, "INSERT INTO report_version (report_id, extractor, at) VALUES (?, ?, ?)", -1,
				       &st, NULL) != SQLITE_OK)
			goto dberr;
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, extractor ? extractor : "unknown", -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 3, now, -1, SQLITE_TRANSIENT);
		int step = sqlite3_step(st);
		sqlite3_finalize(st);
		if (step != SQLITE_DONE)
			goto dberr;
		res->version = sqlite3_last_insert_rowid(s->db);
		for (size_t i = 0; i < facts->n; i++)
			if (obs_insert(s, id, res->version, first + (long)i, &facts->items[i]) < 0)
				goto dberr;
		if (run_sql_ids(s, "UPDATE report SET version = ?2 WHERE id = ?1", id, res->version, 0) < 0)
			goto dberr;
	}
	if (res->redated) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, "UPDATE report SET published = ?, date_source = 'redate' WHERE id = ?", -1,
				       &st, NULL) != SQLITE_OK)
			goto dberr;
		sqlite3_bind_text(st, 1, date, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, id);
		int step = sqlite3_step(st);
		sqlite3_finalize(st);
		if (step != SQLITE_DONE)
			goto dberr;
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
			if (event_add(s, "reject", id, nid, 0, NULL, NULL, w, "carried over from the earlier version",
				      &evid, e) < 0)
				goto fail;
			if (run_sql_ids(s, "UPDATE observation SET rejected = ?3 WHERE report_id = ?1 AND id = ?2", id, nid,
					evid) < 0)
				goto dberr;
		}
	/* a new set of facts or a new date can move the report's facts' values */
	if (current_recompute(s, id, 0) < 0)
		goto dberr;
	if (report_tx_commit(s, e) < 0) {
		report_tx_rollback(s);
		goto out;
	}
	rc = 0;
	goto out;
dberr:
	db_err(s, e, "cannot store the report's new facts");
fail:
	report_tx_rollback(s);
	res->version = 0;
out:
	fact_list_free(&old);
	free(old_ids);
	free(old_rejected);
	free(pair);
	free(exact);
	return rc;
}

static int sq_set_rejected(struct store *base, long obs_id, int reject, const char *why, struct buf *what, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* ids from migration 0007 on carry their report; older ones do not */
	static const char *const find[] = {
		"SELECT report_id, entity, metric, kind, coalesce(fiscal_label, calendar_label, period_end), value, unit,"
		" rejected IS NOT NULL FROM observation WHERE id = ?1 AND report_id = ?2",
		"SELECT report_id, entity, metric, kind, coalesce(fiscal_label, calendar_label, period_end), value, unit,"
		" rejected IS NOT NULL FROM observation WHERE id = ?1",
	};
	sqlite3_stmt *st;
	int old = obs_id < (1L << 32);
	if (sqlite3_prepare_v2(s->db, find[old], -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot look up the observation");
	sqlite3_bind_int64(st, 1, obs_id);
	if (!old)
		sqlite3_bind_int64(st, 2, obs_id >> 32);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return err_set(e, "no observation %ld (see 'mtrack report ID')", obs_id);
	}
	long report_id = sqlite3_column_int64(st, 0);
	int is_rejected = sqlite3_column_int(st, 7);
	char num[64];
	format_number(sqlite3_column_double(st, 5), num, sizeof(num));
	buf_reset(what);
	buf_printf(what, "observation %ld: %s %s %s %s = %s %s (report %ld)", obs_id, col(st, 1), col(st, 2), col(st, 3),
		   col(st, 4), num, col(st, 6), report_id);
	sqlite3_finalize(st);
	if (is_rejected == reject)
		return err_set(e, "observation %ld is %s already", obs_id, reject ? "rejected" : "not rejected");
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	struct buf w = BUF_INIT;
	buf_printf(&w, "%s %s", reject ? "rejected" : "accepted", what->data);
	long evid;
	int rc = event_add(s, reject ? "reject" : "accept", report_id, obs_id, 0, NULL, NULL, w.data, why, &evid, e);
	buf_free(&w);
	if (rc == 0 && run_sql_ids(s,
				   reject ? "UPDATE observation SET rejected = ?3 WHERE report_id = ?1 AND id = ?2"
					  : "UPDATE observation SET rejected = NULL WHERE report_id = ?1 AND id = ?2",
				   report_id, obs_id, evid) < 0)
		rc = db_err(s, e, "cannot record the rejection");
	if (rc == 0 && current_recompute(s, report_id, obs_id) < 0)
		rc = db_err(s, e, "cannot update the current value");
	if (rc == 0 && exec(s, "COMMIT", e) == 0)
		return 0;
	exec(s, "ROLLBACK", NULL);
	return -1;
}

/* ---- lexicon management ---- */

/* Runs one statement with up to two text parameters. */
static int run_sql_text(struct sq *s, const char *sql, const char *a, const char *b)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	bind_text_or_null(st, 1, a);
	if (sqlite3_bind_parameter_count(st) > 1)
		bind_text_or_null(st, 2, b);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static const char *nz(const char *v)
{
	return v ? v : "";
}

static int sq_each_lexicon_row(struct store *base, const char *target, int (*fn)(const struct lexicon_row *, void *),
			   void *ctx, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	static const char *const sql[] = {
		"SELECT 'entity', id, name, name_zh, parent, fy_rule, NULL, kind, 0, 1, currency FROM entity ORDER BY rowid",
		"SELECT 'metric', id, name, NULL, NULL, NULL, unit_kind, NULL, stock, 1, NULL FROM metric ORDER BY rowid",
		("SELECT 'alias', target, alias, NULL, NULL, NULL, NULL, target_type, 0, sign, NULL FROM alias"
		 " WHERE ?1 IS NULL OR target = ?1 ORDER BY rowid"),
	};
	int rc = 0;
	for (size_t k = target ? 2 : 0; k < ARRAY_SIZE(sql) && !rc; k++) {
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, sql[k], -1, &st, NULL) != SQLITE_OK)
			return db_err(s, e, "cannot read the lexicon");
		if (k == 2)
			bind_text_or_null(st, 1, target);
		while (!rc && sqlite3_step(st) == SQLITE_ROW) {
			struct lexicon_row r = {
				col(st, 0),      col(st, 1),      col(st, 2),      nz(col(st, 3)),
				nz(col(st, 4)),  nz(col(st, 5)),  nz(col(st, 6)),  nz(col(st, 7)),
				sqlite3_column_int(st, 8), sqlite3_column_int(st, 9), nz(col(st, 10)),
			};
			rc = fn(&r, ctx);
		}
		sqlite3_finalize(st);
	}
	return rc < 0 ? -1 : 0;
}

static int sq_lexicon_has(struct store *base, const struct lexicon_row *row, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	static const struct {
		const char *type, *sql;
	} q[] = {
		{ "entity", "SELECT count(*) FROM entity WHERE id = ?1 AND name = ?2 AND coalesce(name_zh, '') = ?3"
			    " AND coalesce(parent, '') = ?4 AND coalesce(fy_rule, '') = ?5 AND kind = ?6" },
		{ "metric", "SELECT count(*) FROM metric WHERE id = ?1 AND name = ?2 AND unit_kind = ?7 AND stock = ?8" },
		{ "alias", "SELECT count(*) FROM alias WHERE target = ?1 AND alias = ?2 AND sign = ?9"
			   " AND (?6 = '' OR target_type = ?6)" },
	};
	for (size_t k = 0; k < ARRAY_SIZE(q); k++) {
		if (strcmp(row->type, q[k].type))
			continue;
		sqlite3_stmt *st;
		if (sqlite3_prepare_v2(s->db, q[k].sql, -1, &st, NULL) != SQLITE_OK)
			return db_err(s, e, "cannot read the lexicon");
		const char *t[] = { row->id, row->name, row->name_zh, row->parent, row->fy,
				    k == 0 && !*nz(row->kind) ? "company" : nz(row->kind), row->unit_kind };
		for (int i = 0; i < 7; i++)
			sqlite3_bind_text(st, i + 1, nz(t[i]), -1, SQLITE_TRANSIENT);
		sqlite3_bind_int(st, 8, row->stock);
		sqlite3_bind_int(st, 9, row->sign < 0 ? -1 : 1);
		long n = 0;
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
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

static int sq_lexicon_remove(struct store *base, const char *id, int force, long *facts, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	long ent = 0, met = 0, children = 0;
	*facts = 0;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT (SELECT count(*) FROM entity WHERE id = ?1), (SELECT count(*) FROM metric WHERE id = ?1),"
			       " (SELECT count(*) FROM entity WHERE parent = ?1)",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the lexicon");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW) {
		ent = sqlite3_column_int64(st, 0);
		met = sqlite3_column_int64(st, 1);
		children = sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (!ent && !met)
		return err_set(e, "no entity or metric '%s'", id);
	if (ent && children)
		return err_set(e, "entity '%s' is the parent of %ld other%s: remove or re-parent them first", id, children,
			       children == 1 ? "" : "s");
	if (sqlite3_prepare_v2(s->db,
			       ent ? "SELECT count(*) FROM observation WHERE entity = ?" : "SELECT count(*) FROM observation"
											 " WHERE metric = ?",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the observations");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) == SQLITE_ROW)
		*facts = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (*facts && !force)
		return err_set(e, "%ld stored fact%s name %s '%s': give --force to remove it anyway (the facts stay until"
				  " 'mtrack reextract' reads their reports again)",
			       *facts, *facts == 1 ? "" : "s", ent ? "entity" : "metric", id);
	struct buf before = BUF_INIT, what = BUF_INIT;
	/* the rows go into the event, so the removal can be undone by hand */
	int rc = 0;
	{
		sqlite3_stmt *one;
		if (sqlite3_prepare_v2(s->db,
				       ent ? "SELECT 'entity', id, name, coalesce(name_zh, ''), coalesce(parent, ''),"
					     " coalesce(fy_rule, ''), '', kind, 0, 1, coalesce(currency, '') FROM entity WHERE id = ?"
					   : "SELECT 'metric', id, name, '', '', '', unit_kind, '', stock, 1, '' FROM metric WHERE id = ?",
				       -1, &one, NULL) == SQLITE_OK) {
			sqlite3_bind_text(one, 1, id, -1, SQLITE_TRANSIENT);
			if (sqlite3_step(one) == SQLITE_ROW) {
				struct lexicon_row r = { col(one, 0), col(one, 1), col(one, 2), col(one, 3), col(one, 4),
							 col(one, 5), col(one, 6), col(one, 7), sqlite3_column_int(one, 8), 1,
							 col(one, 10) };
				removed_row(&r, &before);
			}
			sqlite3_finalize(one);
		}
		rc = sq_each_lexicon_row(&s->base, id, removed_row, &before, e);
	}
	if (rc == 0 && exec_retry(s, "BEGIN IMMEDIATE", e) == 0) {
		buf_printf(&what, "lexicon: removed %s %s and its aliases", ent ? "entity" : "metric", id);
		if (run_sql_text(s, "DELETE FROM alias WHERE target = ?1 AND target_type = ?2", id, ent ? "entity" : "metric") < 0 ||
		    run_sql_text(s, ent ? "DELETE FROM entity WHERE id = ?1" : "DELETE FROM metric WHERE id = ?1", id, NULL) < 0)
			rc = db_err(s, e, "cannot remove it");
		else
			rc = event_add(s, "lexicon", 0, 0, 0, before.data, NULL, what.data, NULL, NULL, e);
		if (rc == 0 && exec(s, "COMMIT", e) < 0)
			rc = -1;
		if (rc < 0)
			exec(s, "ROLLBACK", NULL);
	} else {
		rc = -1;
	}
	buf_free(&before);
	buf_free(&what);
	return rc;
}

static int sq_lexicon_unalias(struct store *base, const char *alias, const char *target, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT target_type, target, sign FROM alias WHERE alias = ?1 AND (?2 IS NULL OR target = ?2)",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the lexicon");
	sqlite3_bind_text(st, 1, alias, -1, SQLITE_TRANSIENT);
	bind_text_or_null(st, 2, target);
	int n = 0;
	char type[16] = "", tgt[64] = "";
	int sign = 1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (!n++) {
			copy_str(type, sizeof(type), col(st, 0));
			copy_str(tgt, sizeof(tgt), col(st, 1));
			sign = sqlite3_column_int(st, 2);
		}
	}
	sqlite3_finalize(st);
	if (!n)
		return target ? err_set(e, "no alias '%s' for '%s'", alias, target) : err_set(e, "no alias '%s'", alias);
	if (n > 1)
		return err_set(e, "alias '%s' names an entity and a metric: give the one to remove it from", alias);
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	struct buf what = BUF_INIT, before = BUF_INIT;
	buf_printf(&what, "lexicon: removed alias '%s' of %s %s", alias, type, tgt);
	buf_printf(&before, "alias,%s,%s,,,,,%s,0,%d\n", tgt, alias, type, sign);
	int rc = run_sql_text(s, "DELETE FROM alias WHERE alias = ?1 AND target_type = ?2", alias, type) < 0
			 ? db_err(s, e, "cannot remove the alias")
			 : event_add(s, "lexicon", 0, 0, 0, before.data, NULL, what.data, NULL, NULL, e);
	buf_free(&what);
	buf_free(&before);
	if (rc == 0 && exec(s, "COMMIT", e) == 0)
		return 0;
	exec(s, "ROLLBACK", NULL);
	return -1;
}

static int sq_count_mentions(struct store *base, const char *const *words, size_t nwords, long *reports, long *textless,
			 long *ids, size_t nids, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	*reports = *textless = 0;
	if (count(s, "SELECT count(*) FROM report WHERE id NOT IN (SELECT report_id FROM report_text)", textless, e) < 0)
		return -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       "SELECT report_id, size, body, EXISTS (SELECT 1 FROM report_text_part p"
			       " WHERE p.report_id = t.report_id) FROM report_text t ORDER BY report_id",
			       -1, &st, NULL) != SQLITE_OK)
		return db_err(s, e, "cannot read the reports' texts");
	char *text = NULL;
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		uLongf size = (uLongf)sqlite3_column_int64(st, 1);
		if ((size_t)size + 1 > cap) {
			cap = (size_t)size + 1;
			text = xrealloc(text, cap);
		}
		if (text_inflate(s, sqlite3_column_int64(st, 0), sqlite3_column_int(st, 3), sqlite3_column_blob(st, 2),
				 (size_t)sqlite3_column_bytes(st, 2), text, &size) != Z_OK)
			continue;
		for (size_t i = 0; i < nwords; i++)
			if (store_mentions(text, (size_t)size, words[i])) {
				if ((size_t)*reports < nids)
					ids[*reports] = sqlite3_column_int64(st, 0);
				(*reports)++;
				break;
			}
	}
	sqlite3_finalize(st);
	free(text);
	return 0;
}

static int sq_names_in_facts(struct store *base, const char *id, int is_metric)
{
	struct sq *s = (struct sq *)base;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db,
			       is_metric ? "SELECT 1 FROM observation WHERE metric = ? LIMIT 1"
					 : "SELECT 1 FROM observation WHERE entity = ? LIMIT 1",
			       -1, &st, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	int found = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return found;
}

/* ---- a whole history ---- */

static int sq_each_table_row(struct store *base, const struct store_table *t,
			     int (*fn)(const struct store_value *row, void *ctx), void *ctx, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	/* the names are store.c's own table, never a user's */
	struct buf sql = BUF_INIT;
	buf_adds(&sql, "SELECT ");
	for (size_t i = 0; i < t->ncols; i++)
		buf_printf(&sql, "%s%s", i ? ", " : "", t->cols[i]);
	buf_printf(&sql, " FROM %s ORDER BY %s", t->name, t->order ? t->order : "rowid");
	sqlite3_stmt *st;
	int prc = sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL);
	buf_free(&sql);
	if (prc != SQLITE_OK)
		return db_err(s, e, "cannot read the history");
	struct store_value *row = xcalloc(t->ncols, sizeof(*row));
	int rc = 0, step;
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		for (size_t i = 0; i < t->ncols; i++) {
			struct store_value *v = &row[i];
			int c = (int)i;
			v->type = sqlite3_column_type(st, c) == SQLITE_NULL ? STORE_NULL : t->types[i];
			switch (v->type) {
			case STORE_NULL:
				break;
			case STORE_INT:
				v->i = sqlite3_column_int64(st, c);
				break;
			case STORE_REAL:
				v->d = sqlite3_column_double(st, c);
				break;
			case STORE_TEXT:
				v->s = col(st, c);
				v->len = (size_t)sqlite3_column_bytes(st, c);
				break;
			case STORE_BLOB:
				v->s = sqlite3_column_blob(st, c);
				v->len = (size_t)sqlite3_column_bytes(st, c);
				break;
			}
		}
		rc = fn(row, ctx);
	}
	if (!rc && step != SQLITE_DONE)
		rc = db_err(s, e, "cannot read the history");
	free(row);
	sqlite3_finalize(st);
	return rc;
}

static int sq_load_begin(struct store *base, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (exec_retry(s, "BEGIN IMMEDIATE", e) < 0)
		return -1;
	if (exec(s, "DELETE FROM fact_current; DELETE FROM alias; DELETE FROM metric; DELETE FROM entity", e) < 0) {
		exec(s, "ROLLBACK", NULL);
		return -1;
	}
	return 0;
}

static int sq_load_row(struct store *base, const struct store_table *t, const struct store_value *row,
		       struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	if (s->load_table != t) {
		sqlite3_finalize(s->load);
		s->load = NULL;
		s->load_table = t;
		struct buf sql = BUF_INIT;
		buf_printf(&sql, "INSERT INTO %s (", t->name);
		for (size_t i = 0; i < t->ncols; i++)
			buf_printf(&sql, "%s%s", i ? ", " : "", t->cols[i]);
		buf_adds(&sql, ") VALUES (");
		for (size_t i = 0; i < t->ncols; i++)
			buf_adds(&sql, i ? ", ?" : "?");
		buf_addc(&sql, ')');
		int prc = sqlite3_prepare_v2(s->db, sql.data, -1, &s->load, NULL);
		buf_free(&sql);
		if (prc != SQLITE_OK)
			return db_err(s, e, "cannot load the history");
	}
	sqlite3_stmt *st = s->load;
	for (size_t i = 0; i < t->ncols; i++) {
		const struct store_value *v = &row[i];
		int c = (int)i + 1;
		switch (v->type) {
		case STORE_NULL: sqlite3_bind_null(st, c); break;
		case STORE_INT: sqlite3_bind_int64(st, c, v->i); break;
		case STORE_REAL: sqlite3_bind_double(st, c, v->d); break;
		case STORE_TEXT: sqlite3_bind_text(st, c, v->s, (int)v->len, SQLITE_TRANSIENT); break;
		case STORE_BLOB: sqlite3_bind_blob(st, c, v->s, (int)v->len, SQLITE_TRANSIENT); break;
		}
	}
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		char what[96];
		snprintf(what, sizeof(what), "cannot load a row of %s", t->name);
		return db_err(s, e, what);
	}
	return 0;
}

static int sq_load_end(struct store *base, int commit, struct errmsg *e)
{
	struct sq *s = (struct sq *)base;
	sqlite3_finalize(s->load);
	s->load = NULL;
	s->load_table = NULL;
	if (commit && exec(s, "COMMIT", e) == 0)
		return 0;
	exec(s, "ROLLBACK", NULL);
	return commit ? -1 : 0;
}

static const struct store_backend sq_backend = {
	.name = "sqlite",
	.close = sq_close,
	.info = sq_info,
	.transaction = sq_transaction,
	.load_lexicon = sq_load_lexicon,
	.add_entity = sq_add_entity,
	.add_metric = sq_add_metric,
	.add_alias_sign = sq_add_alias_sign,
	.each_lexicon_row = sq_each_lexicon_row,
	.lexicon_has = sq_lexicon_has,
	.lexicon_remove = sq_lexicon_remove,
	.lexicon_unalias = sq_lexicon_unalias,
	.count_mentions = sq_count_mentions,
	.batch_begin = sq_batch_begin,
	.batch_end = sq_batch_end,
	.batch_full = sq_batch_full,
	.report_begin = sq_report_begin,
	.report_facts = sq_report_facts,
	.report_part = sq_report_part,
	.report_end = sq_report_end,
	.may_retry = sq_may_retry,
	.current_check = sq_current_check,
	.set_retracted = sq_set_retracted,
	.extractor_version = sq_extractor_version,
	.report_text = sq_report_text,
	.reextract = sq_reextract,
	.report_ids = sq_report_ids,
	.set_rejected = sq_set_rejected,
	.each_report = sq_each_report,
	.each_obs = sq_each_obs,
	.names_in_facts = sq_names_in_facts,
	.find_period_ends = sq_find_period_ends,
	.each_event = sq_each_event,
	.each_table_row = sq_each_table_row,
	.load_begin = sq_load_begin,
	.load_row = sq_load_row,
	.load_end = sq_load_end,
};
