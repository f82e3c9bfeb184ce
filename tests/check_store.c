/* store: migrations, the append-only history and its current values. */
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embedded.h"
#include "store.h"
#include "store_backend.h"
#include "testutil.h"

static char *db_path(const char *name)
{
	char *d = temp_dir();
	char *p = malloc(strlen(d) + strlen(name) + 2);
	sprintf(p, "%s/%s", d, name);
	free(d);
	return p;
}

static int schema_version(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int v = -1;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static long count_rows(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long v = -1;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* How many migrations the binary carries (versions may have gaps). */
static int embedded_count(void)
{
	int n = 0;
	for (const struct embedded_migration *m = embedded_migrations; m->sql; m++)
		n++;
	return n;
}

START_TEST(test_fresh_store)
{
	char *p = db_path("sub/dir/fresh.db");
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	store_close(s);
	ck_assert_int_eq(schema_version(p), store_latest_version());
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM schema_migration"), embedded_count());
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM entity"), 25);
	/* re-opening applies nothing */
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM schema_migration"), embedded_count());
	free(p);
}
END_TEST

/* Both backends carry the same migration versions with the same names
 * (migrations/ and migrations/pg/): a version added to one only would
 * leave the other's stores at another schema. */
START_TEST(test_backends_same_versions)
{
	const struct embedded_migration *a = embedded_migrations, *b = embedded_pg_migrations;
	int n = 0;
	for (; a->sql && b->sql; a++, b++, n++) {
		ck_assert_msg(a->version == b->version, "migration %d: SQLite has version %d, PostgreSQL %d", n,
			      a->version, b->version);
		ck_assert_str_eq(a->name, b->name);
	}
	ck_assert_msg(!a->sql && !b->sql, "one backend has more migrations than the other (from %d)",
		      a->sql ? a->version : b->version);
	ck_assert_int_eq(n, embedded_count());
	ck_assert_int_gt(n, 10);
}
END_TEST

static const struct embedded_migration good_then_bad[] = {
	{ 1, "one", "CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);"
		    "CREATE TABLE a (x INTEGER);" },
	{ 2, "two", "CREATE TABLE b (y INTEGER); INSERT INTO nonexistent VALUES (1);" },
	{ 0, NULL, NULL },
};

START_TEST(test_failing_migration_rolls_back)
{
	char *p = db_path("bad.db");
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open_with(p, good_then_bad, &s, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "0002_two"));
	ck_assert_int_eq(schema_version(p), 1);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM sqlite_master WHERE name = 'b'"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM sqlite_master WHERE name = 'a'"), 1);
	free(p);
}
END_TEST

START_TEST(test_newer_schema_refused)
{
	char *p = db_path("newer.db");
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	store_close(s);
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	struct stat before, after;
	ck_assert_int_eq(stat(p, &before), 0);
	ck_assert_int_eq(store_open(p, &s, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "newer"));
	ck_assert_int_eq(stat(p, &after), 0);
	ck_assert_int_eq(before.st_mtime, after.st_mtime);
	ck_assert_int_eq(before.st_size, after.st_size);
	ck_assert_int_eq(schema_version(p), 999);
	free(p);
}
END_TEST

START_TEST(test_path_rules)
{
	struct buf b = BUF_INIT;
	struct errmsg e;
	setenv("MTRACK_DB", "/env/store.db", 1);
	setenv("XDG_DATA_HOME", "/xdg", 1);
	setenv("HOME", "/home/someone", 1);
	ck_assert_int_eq(store_resolve_path("/opt/given.db", &b, &e), 0);
	ck_assert_str_eq(b.data, "/opt/given.db");
	ck_assert_int_eq(store_resolve_path(NULL, &b, &e), 0);
	ck_assert_str_eq(b.data, "/env/store.db");
	unsetenv("MTRACK_DB");
	ck_assert_int_eq(store_resolve_path(NULL, &b, &e), 0);
	ck_assert_str_eq(b.data, "/xdg/mtrack/mtrack.db");
	unsetenv("XDG_DATA_HOME");
	ck_assert_int_eq(store_resolve_path(NULL, &b, &e), 0);
	ck_assert_str_eq(b.data, "/home/someone/.local/share/mtrack/mtrack.db");
	unsetenv("HOME");
	ck_assert_int_eq(store_resolve_path(NULL, &b, &e), -1);
	buf_free(&b);
}
END_TEST

static struct fact make_fact(const char *metric, const char *end, double value, const char *basis)
{
	struct fact f;
	memset(&f, 0, sizeof(f));
	snprintf(f.entity, sizeof(f.entity), "microsoft");
	snprintf(f.metric, sizeof(f.metric), "%s", metric);
	snprintf(f.kind, sizeof(f.kind), "level");
	snprintf(f.unit, sizeof(f.unit), "USD");
	snprintf(f.qualifier, sizeof(f.qualifier), "exact");
	snprintf(f.basis, sizeof(f.basis), "%s", basis);
	snprintf(f.period_type, sizeof(f.period_type), "quarter");
	snprintf(f.period_start, sizeof(f.period_start), "2025-07-01");
	snprintf(f.period_end, sizeof(f.period_end), "%s", end);
	f.value = value;
	f.text = "a sentence";
	return f;
}

static long add(struct store *s, const char *sha, const char *date, struct fact *facts, size_t n,
		struct add_result *r)
{
	struct fact_list l = FACT_LIST_INIT;
	for (size_t i = 0; i < n; i++)
		fact_list_add(&l, &facts[i]);
	struct report_meta m = { sha, "title", NULL, date, "option", NULL, "UTF-8", 10, NULL, 0, 0, NULL, NULL };
	struct errmsg e;
	ck_assert_int_eq(store_add_report(s, &m, &l, r, &e), 0);
	fact_list_free(&l);
	return r->report_id;
}

/* Adds a report and its facts the way an older schema's mtrack did, with
 * SQL that schema knows: ids assigned by SQLite before 0007, (report id <<
 * 32) + place from 0007 on. Returns the report id. */
static long old_add(const char *path, int schema, const char *sha, const char *date, const struct fact *f, size_t n)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db,
					    "INSERT INTO report (sha256, title, published, date_source, size, added_at)"
					    " VALUES (?, 'title', ?, 'option', 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
					    -1, &st, NULL),
			 SQLITE_OK);
	sqlite3_bind_text(st, 1, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_DONE);
	sqlite3_finalize(st);
	long id = (long)sqlite3_last_insert_rowid(db);
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_eq(sqlite3_prepare_v2(db,
						    "INSERT INTO observation (id, report_id, entity, metric, kind, period_type,"
						    " period_start, period_end, value, unit, qualifier, basis, sentence,"
						    " start_byte, end_byte) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
						    -1, &st, NULL),
				 SQLITE_OK);
		if (schema >= 7)
			sqlite3_bind_int64(st, 1, (sqlite3_int64)id << 32 | (sqlite3_int64)i);
		sqlite3_bind_int64(st, 2, id);
		const char *t[] = { f[i].entity, f[i].metric, f[i].kind, f[i].period_type, f[i].period_start,
				    f[i].period_end };
		for (int k = 0; k < 6; k++)
			sqlite3_bind_text(st, 3 + k, t[k], -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 9, f[i].value);
		sqlite3_bind_text(st, 10, f[i].unit, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 11, f[i].qualifier, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 12, f[i].basis, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 13, f[i].text, -1, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_DONE);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return id;
}

static double current;
static int ncurrent;

static int take(const struct obs_row *r, void *ctx)
{
	(void)ctx;
	current = r->value;
	ncurrent++;
	return 0;
}

/* Microsoft's current RPO for 2025-09-30 as of `as_of`, known at
 * `known_at` (NULL: now), -1 none. */
static double value_known(struct store *s, const char *as_of, const char *known_at)
{
	const char *ents[] = { "microsoft" }, *mets[] = { "rpo" };
	struct obs_query q;
	memset(&q, 0, sizeof(q));
	q.mode = OBS_CURRENT;
	q.entities = ents;
	q.nentities = 1;
	q.metrics = mets;
	q.nmetrics = 1;
	q.as_of = as_of;
	q.known_at = known_at;
	q.period_end = "2025-09-30";
	ncurrent = 0;
	current = -1;
	ck_assert_int_eq(store_each_obs(s, &q, take, NULL, NULL), 0);
	return ncurrent ? current : -1;
}

static double current_value(struct store *s, const char *as_of)
{
	return value_known(s, as_of, NULL);
}

START_TEST(test_current_value_rules)
{
	struct store *s;
	struct errmsg e;
	struct add_result r;
	ck_assert_int_eq(store_open(":memory:", &s, &e), 0);
	struct fact a = make_fact("rpo", "2025-09-30", 392e9, "actual");
	long ra = add(s, "aaa", "2025-10-30", &a, 1, &r);
	ck_assert_int_eq(r.fresh, 1);
	/* a newer estimate does not displace an actual */
	struct fact est = make_fact("rpo", "2025-09-30", 400e9, "estimate");
	add(s, "bbb", "2025-11-15", &est, 1, &r);
	ck_assert(current_value(s, NULL) == 392e9);
	/* a newer actual wins */
	struct fact b = make_fact("rpo", "2025-09-30", 393e9, "actual");
	long rb = add(s, "ccc", "2026-01-29", &b, 1, &r);
	ck_assert_int_eq(r.restated, 1);
	ck_assert(current_value(s, NULL) == 393e9);
	/* an older report added later does not */
	struct fact c = make_fact("rpo", "2025-09-30", 300e9, "actual");
	add(s, "ddd", "2025-10-01", &c, 1, &r);
	ck_assert_int_eq(r.conflicting, 1);
	ck_assert(current_value(s, NULL) == 393e9);
	/* as of a date before B */
	ck_assert(current_value(s, "2026-01-28") == 392e9);
	ck_assert(current_value(s, "2025-09-01") == -1);
	/* retraction and restoration */
	ck_assert_int_eq(store_set_retracted(s, rb, 1, "typo", &e), 0);
	ck_assert(current_value(s, NULL) == 392e9);
	ck_assert_int_eq(store_set_retracted(s, rb, 1, "again", &e), -1);
	ck_assert_int_eq(store_set_retracted(s, rb, 0, NULL, &e), 0);
	ck_assert(current_value(s, NULL) == 393e9);
	ck_assert_int_eq(store_set_retracted(s, 999, 1, NULL, &e), -1);
	/* the same bytes again store nothing */
	add(s, "aaa", "2025-10-30", &a, 1, &r);
	ck_assert_int_eq(r.duplicate, 1);
	ck_assert_int_eq(r.report_id, ra);
	store_close(s);
}
END_TEST

/* A store made before migration 0007 keeps every observation, its id and
 * its current value; rows added afterwards still win ties by coming later. */
START_TEST(test_migration_keeps_history)
{
	char *p = db_path("v6.db");
	struct embedded_migration first6[7];
	size_t k = 0;
	for (; k < 6 && embedded_migrations[k].sql; k++)
		first6[k] = embedded_migrations[k];
	ck_assert_uint_eq(k, 6);
	first6[k] = (struct embedded_migration){ 0, NULL, NULL };
	struct store *s;
	struct errmsg e;
	struct add_result r;
	ck_assert_int_eq(store_open_with(p, first6, &s, &e), 0);
	store_close(s);
	struct fact a[2] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual") };
	old_add(p, 6, "v6a", "2025-10-30", a, 2);
	struct fact b = make_fact("rpo", "2025-09-30", 393e9, "actual");
	old_add(p, 6, "v6b", "2025-10-30", &b, 1); /* same date: the later-added wins */
	ck_assert_int_eq(schema_version(p), 6);
	long before = count_rows(p, "SELECT sum(id) FROM observation");

	ck_assert_int_eq(store_open(p, &s, &e), 0);
	ck_assert_int_eq(schema_version(p), store_latest_version());
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT sum(id) FROM observation"), before);
	ck_assert(current_value(s, NULL) == 393e9);
	struct fact c = make_fact("rpo", "2025-09-30", 394e9, "actual");
	add(s, "v7c", "2025-10-30", &c, 1, &r);
	ck_assert_int_eq(r.restated, 1);
	ck_assert(current_value(s, NULL) == 394e9);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	free(p);
}
END_TEST

/* A store made by schema 7 keeps every report, observation, retraction
 * and current value through migration 0008, and its history becomes
 * events in time order, so --known-at can replay it. */
START_TEST(test_migration_0008_keeps_everything)
{
	char *p = db_path("v7.db");
	struct embedded_migration first7[8];
	size_t k = 0;
	for (; k < 7 && embedded_migrations[k].sql; k++)
		first7[k] = embedded_migrations[k];
	ck_assert_uint_eq(k, 7);
	first7[k] = (struct embedded_migration){ 0, NULL, NULL };
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open_with(p, first7, &s, &e), 0);
	store_close(s);
	struct fact a[2] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual") };
	old_add(p, 7, "v7a", "2025-10-30", a, 2);
	struct fact b = make_fact("rpo", "2025-09-30", 393e9, "actual");
	long rb = old_add(p, 7, "v7b", "2025-11-30", &b, 1);
	struct fact c = make_fact("rpo", "2025-09-30", 500e9, "actual");
	ck_assert_int_eq(old_add(p, 7, "v7c", "2025-12-30", &c, 1), 3);
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db,
				      "INSERT INTO retraction (report_id, action, reason, at) VALUES"
				      " (3, 'retract', 'wrong file', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+1 seconds'))",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	ck_assert_int_eq(schema_version(p), 7);
	static const char *const same[] = {
		"SELECT count(*) FROM report",
		"SELECT sum(id) FROM observation",
		"SELECT count(*) FROM observation",
		"SELECT sum(value) / 1e6 FROM observation",
		"SELECT count(*) FROM retraction",
		"SELECT count(*) FROM live_report",
		"SELECT sum(length(published) + length(sha256) + length(title)) FROM report",
	};
	long before[ARRAY_SIZE(same)];
	for (size_t i = 0; i < ARRAY_SIZE(same); i++)
		before[i] = count_rows(p, same[i]);

	ck_assert_int_eq(store_open(p, &s, &e), 0);
	ck_assert_int_eq(schema_version(p), store_latest_version());
	for (size_t i = 0; i < ARRAY_SIZE(same); i++)
		ck_assert_int_eq(count_rows(p, same[i]), before[i]);
	ck_assert(current_value(s, NULL) == 393e9); /* c is retracted */
	ck_assert(current_value(s, "2025-11-01") == 392e9);
	/* three adds and one retraction, in time order */
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE action = 'add'"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT report_id FROM event WHERE action = 'retract'"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT id FROM event WHERE action = 'retract'"), 4);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE action = 'add' AND report_id = id"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE at NOT LIKE '____-__-__T__:__:__.___Z'"), 0);
	ck_assert_int_eq(store_set_retracted(s, rb, 1, "typo", &e), 0);
	ck_assert(current_value(s, NULL) == 392e9);
	/* no text was kept before 0008; adding the same bytes again keeps it */
	char *text, date[11];
	size_t len;
	int pages;
	ck_assert_int_eq(store_report_text(s, 1, &text, &len, &pages, date, &e), 1);
	struct fact_list l = FACT_LIST_INIT;
	struct report_meta m = { "v7a", "title", NULL, "2025-10-30", "option", NULL, "UTF-8", 10, "the text", 8, 0, "x", NULL };
	struct add_result r;
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), 0);
	ck_assert(r.duplicate && r.text_kept && !r.retracted);
	ck_assert_int_eq(store_report_text(s, 1, &text, &len, &pages, date, &e), 0);
	ck_assert_str_eq(text, "the text");
	free(text);
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), 0);
	ck_assert(r.duplicate && !r.text_kept);
	m.sha256 = "v7b";
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), 0);
	ck_assert(r.duplicate && r.retracted);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	free(p);
}
END_TEST

START_TEST(test_failed_add_stores_nothing)
{
	char *p = db_path("atomic.db");
	struct store *s;
	struct errmsg e;
	struct add_result r;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	struct fact f[2] = { make_fact("rpo", "2025-09-30", 1, "actual"), make_fact("rpo", "2025-09-30", 2, "actual") };
	snprintf(f[1].kind, sizeof(f[1].kind), "bogus"); /* violates a CHECK constraint */
	struct fact_list l = FACT_LIST_INIT;
	fact_list_add(&l, &f[0]);
	fact_list_add(&l, &f[1]);
	struct report_meta m = { "eee", "t", NULL, "2025-10-30", "option", NULL, "UTF-8", 1, NULL, 0, 0, NULL, NULL };
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), -1);
	fact_list_free(&l);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM report"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), 0);
	free(p);
}
END_TEST

/* A report stored a window at a time: each window's facts counted against
 * the reports before it (not against an earlier window of its own), its
 * text kept in parts and read back whole, nothing stored when it is
 * rolled back, and the same bytes again a duplicate. */
START_TEST(test_report_in_windows)
{
	char *p = db_path("windows.db");
	struct store *s;
	struct errmsg e;
	struct add_result r;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	struct fact a = make_fact("rpo", "2025-09-30", 392e9, "actual");
	add(s, "aaa", "2025-10-30", &a, 1, &r);

	/* 3 MB that compress poorly: kept in parts */
	size_t len = 3u << 20;
	char *text = malloc(len + 1);
	unsigned x = 1;
	for (size_t i = 0; i < len; i++) {
		x = x * 1103515245u + 12345u;
		text[i] = (char)('a' + (x >> 16) % 26);
	}
	text[len] = '\0';
	struct report_meta m = { "bbb", "long", NULL, "2025-11-30", "option", NULL, "UTF-8", (long)len, NULL, 0, 0, NULL, NULL };
	struct store_report *sr;
	ck_assert_int_eq(store_report_begin(s, &m, 1, &sr, &r, &e), 0);
	ck_assert_ptr_nonnull(sr);
	struct fact w1[2] = { make_fact("rpo", "2025-09-30", 500e9, "actual"),
			      make_fact("revenue", "2025-09-30", 1e9, "actual") };
	struct fact w2 = make_fact("rpo", "2025-09-30", 392e9, "actual");
	struct fact_list l = FACT_LIST_INIT;
	fact_list_add(&l, &w1[0]);
	fact_list_add(&l, &w1[1]);
	ck_assert_int_eq(store_report_facts(sr, &l, &e), 0);
	ck_assert_int_eq(store_report_text_add(sr, text, len / 2, &e), 0);
	fact_list_clear(&l);
	fact_list_add(&l, &w2);
	ck_assert_int_eq(store_report_facts(sr, &l, &e), 0);
	ck_assert_int_eq(store_report_text_add(sr, text + len / 2, len - len / 2, &e), 0);
	ck_assert_int_eq(store_report_end(sr, 1, &r, &e), 0);
	ck_assert_int_eq(r.facts, 3);
	ck_assert_int_eq(r.fresh, 1);
	ck_assert_int_eq(r.conflicting, 1); /* 500 against report 1's 392 */
	ck_assert_int_eq(r.restated, 1);    /* 392 against report 1's, not against 500 */
	long id = r.report_id;
	long differ = -1;
	ck_assert_int_eq(store_current_check(s, &differ, &e), 0);
	ck_assert_int_eq(differ, 0);

	char *got, date[11];
	size_t got_len;
	int pages;
	ck_assert_int_eq(store_report_text(s, id, &got, &got_len, &pages, date, &e), 0);
	ck_assert_uint_eq(got_len, len);
	ck_assert(memcmp(got, text, len) == 0);
	free(got);

	/* rolled back: nothing of it */
	struct report_meta m2 = { "ccc", "gone", NULL, "2025-12-30", "option", NULL, "UTF-8", 1, NULL, 0, 0, NULL, NULL };
	ck_assert_int_eq(store_report_begin(s, &m2, 1, &sr, &r, &e), 0);
	ck_assert_int_eq(store_report_facts(sr, &l, &e), 0);
	ck_assert_int_eq(store_report_text_add(sr, text, len, &e), 0);
	ck_assert_int_eq(store_report_end(sr, 0, &r, &e), 0);
	fact_list_free(&l);

	/* the same bytes again */
	ck_assert_int_eq(store_report_begin(s, &m, 1, &sr, &r, &e), 0);
	ck_assert_ptr_null(sr);
	ck_assert_int_eq(r.duplicate, 1);
	ck_assert_int_eq(r.report_id, id);

	/* an import: facts a chunk at a time, no text kept, none accepted */
	struct report_meta m3 = { "ddd", "import", NULL, "2025-12-31", "option", NULL, "UTF-8", 1, NULL, 0, 0, NULL, NULL };
	ck_assert_int_eq(store_report_begin(s, &m3, 0, &sr, &r, &e), 0);
	ck_assert_ptr_nonnull(sr);
	struct fact_list l3 = FACT_LIST_INIT;
	fact_list_add(&l3, &w1[1]);
	ck_assert_int_eq(store_report_facts(sr, &l3, &e), 0);
	fact_list_clear(&l3);
	fact_list_add(&l3, &w2);
	ck_assert_int_eq(store_report_facts(sr, &l3, &e), 0);
	fact_list_free(&l3);
	ck_assert_int_eq(store_report_text_add(sr, "x", 1, &e), -1);
	ck_assert_int_eq(store_report_end(sr, 1, &r, &e), -1); /* a failed call rolls the report back */
	ck_assert_int_eq(store_report_begin(s, &m3, 0, &sr, &r, &e), 0);
	l3 = (struct fact_list)FACT_LIST_INIT;
	fact_list_add(&l3, &w1[1]);
	ck_assert_int_eq(store_report_facts(sr, &l3, &e), 0);
	fact_list_free(&l3);
	ck_assert_int_eq(store_report_end(sr, 1, &r, &e), 0);
	ck_assert_int_eq(r.facts, 1);
	ck_assert_int_eq(r.restated, 1);
	long id3 = r.report_id;
	ck_assert_int_eq(store_report_begin(s, &m3, 0, &sr, &r, &e), 0);
	ck_assert_ptr_null(sr);
	ck_assert_int_eq(r.duplicate, 1);
	ck_assert_int_eq(r.report_id, id3);
	store_close(s);
	free(text);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM report"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), 5);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) > 0 FROM report_text_part WHERE report_id = 2"), 1);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM report_text_part WHERE report_id <> 2"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM report_text WHERE report_id = 3"), 0);
	free(p);
}
END_TEST

START_TEST(test_lexicon_rows)
{
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open(":memory:", &s, &e), 0);
	ck_assert_int_eq(store_add_entity(s, "contoso", "Contoso", "康托索", NULL, "09-30", NULL, &e), 0);
	ck_assert_int_eq(store_add_entity(s, "contoso", "Contoso", NULL, NULL, NULL, NULL, &e), -1);
	ck_assert_int_eq(store_add_entity(s, "bad", "Bad", NULL, NULL, "99-99", NULL, &e), -1);
	ck_assert_int_eq(store_add_alias(s, "contoso", "康托索", &e), 0);
	ck_assert_int_eq(store_add_alias(s, "nobody", "x", &e), -1);
	ck_assert_int_eq(store_add_metric(s, "churn", "Churn", "percent", 0, &e), 0);
	ck_assert_int_eq(store_add_metric(s, "x", "X", "furlongs", 0, &e), -1);
	struct lexicon *lx;
	ck_assert_int_eq(store_load_lexicon(s, &lx, &e), 0);
	ck_assert_int_ge(lexicon_find_entity(lx, "康托索"), 0);
	ck_assert_int_ge(lexicon_find_metric(lx, "churn"), 0);
	lexicon_free(lx);
	store_close(s);
}
END_TEST

static int count_changes(enum store_change c, const struct fact *old, const struct fact *now, void *ctx)
{
	long *n = ctx;
	n[c == STORE_NEW ? 0 : c == STORE_CHANGED ? 1 : 2]++;
	ck_assert(c == STORE_NEW ? !old && now : c == STORE_GONE ? old && !now : old && now);
	return 0;
}

/* Re-extraction stores a new version only when something differs; the
 * report's current version alone counts; a rejected fact leaves the views
 * and, read again unchanged, stays rejected; a redate moves the report. */
START_TEST(test_reextract_reject_redate)
{
	char *p = db_path("rx.db");
	struct store *s;
	struct errmsg e;
	struct add_result r;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	struct fact a[2] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual") };
	struct fact_list l = FACT_LIST_INIT;
	for (int i = 0; i < 2; i++)
		fact_list_add(&l, &a[i]);
	static const char text[] = "Microsoft RPO was $392 billion; revenue $77.7 billion.";
	struct report_meta m = { "rx1", "t", NULL, "2025-10-30", "option", NULL, "UTF-8", 10, text, sizeof(text) - 1, 0,
				 "x1", NULL };
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), 0);
	long id = r.report_id;
	char *got;
	size_t len;
	int pages;
	char date[11];
	ck_assert_int_eq(store_report_text(s, id, &got, &len, &pages, date, &e), 0);
	ck_assert_str_eq(got, text);
	ck_assert_uint_eq(len, sizeof(text) - 1);
	ck_assert_str_eq(date, "2025-10-30");
	free(got);

	/* the same facts: nothing stored */
	struct reextract_result res;
	long n[3] = { 0, 0, 0 };
	ck_assert_int_eq(store_reextract(s, id, &l, "x2", NULL, NULL, 0, count_changes, n, &res, &e), 0);
	ck_assert_int_eq(res.same, 2);
	ck_assert_int_eq(res.version, 0);
	/* one changed, one new, one gone; a dry run stores nothing */
	struct fact b[2] = { make_fact("rpo", "2025-09-30", 395e9, "actual"),
			     make_fact("capex", "2025-09-30", 20e9, "actual") };
	struct fact_list l2 = FACT_LIST_INIT;
	for (int i = 0; i < 2; i++)
		fact_list_add(&l2, &b[i]);
	ck_assert_int_eq(store_reextract(s, id, &l2, "x2", NULL, NULL, 1, count_changes, n, &res, &e), 0);
	ck_assert_int_eq(n[0], 1);
	ck_assert_int_eq(n[1], 1);
	ck_assert_int_eq(n[2], 1);
	ck_assert_int_eq(res.version, 0);
	ck_assert(current_value(s, NULL) == 392e9);
	ck_assert_int_eq(store_reextract(s, id, &l2, "x2", NULL, "new alias", 0, NULL, NULL, &res, &e), 0);
	ck_assert_int_gt(res.version, 0);
	ck_assert(current_value(s, NULL) == 395e9);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), 4); /* nothing deleted */

	/* reject the current value: the fact leaves the views */
	long obs = count_rows(p, "SELECT id FROM observation WHERE metric = 'rpo' AND version IS NOT NULL");
	struct buf what = BUF_INIT;
	ck_assert_int_eq(store_set_rejected(s, obs, 1, "two values from one sentence", &what, &e), 0);
	ck_assert_ptr_nonnull(strstr(what.data, "rpo"));
	ck_assert(current_value(s, NULL) == -1);
	ck_assert_int_eq(store_set_rejected(s, obs, 1, NULL, &what, &e), -1);
	ck_assert_int_eq(store_set_rejected(s, 12345, 1, NULL, &what, &e), -1);
	/* read again unchanged, it stays rejected */
	struct fact c = make_fact("gross_profit", "2025-09-30", 1e9, "actual");
	fact_list_add(&l2, &c);
	ck_assert_int_eq(store_reextract(s, id, &l2, "x3", NULL, NULL, 0, NULL, NULL, &res, &e), 0);
	ck_assert_int_eq(res.fresh, 1);
	ck_assert(current_value(s, NULL) == -1);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation WHERE rejected IS NOT NULL"), 2);
	long obs2 = count_rows(p, "SELECT id FROM observation WHERE metric = 'rpo' AND rejected IS NOT NULL"
				  " AND version = (SELECT version FROM report)");
	ck_assert_int_gt(obs2, obs);
	ck_assert_int_eq(store_set_rejected(s, obs2, 0, NULL, &what, &e), 0);
	ck_assert(current_value(s, NULL) == 395e9);
	buf_free(&what);

	/* a redate without new facts moves the report, and as-of follows */
	ck_assert_int_eq(store_reextract(s, id, NULL, "x3", "2026-02-01", "mtime", 0, NULL, NULL, &res, &e), 0);
	ck_assert(res.redated);
	ck_assert_int_eq(res.version, 0);
	ck_assert(current_value(s, "2025-12-31") == -1);
	ck_assert(current_value(s, "2026-02-01") == 395e9);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE action = 'redate' AND before = '2025-10-30'"
				       " AND after = '2026-02-01'"), 1);
	fact_list_free(&l);
	fact_list_free(&l2);
	store_close(s);
	free(p);
}
END_TEST

/* fact_current, the value each fact and basis holds now, kept by every
 * change: after each of a long run of adds (ties of date, older reports
 * added later, two facts of one key in one report), retractions,
 * restorations, re-dates, re-extractions, rejections and acceptances, it
 * equals what the observations give from scratch. */
static unsigned long lcg = 14;

static unsigned pick(unsigned n)
{
	lcg = lcg * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((lcg >> 33) % n);
}

static struct fact random_fact(void)
{
	static const char *const metrics[] = { "rpo", "revenue", "capex" };
	static const char *const ends[] = { "2025-06-30", "2025-09-30" };
	static const char *const bases[] = { "actual", "estimate", "guidance" };
	return make_fact(metrics[pick(3)], ends[pick(2)], 100 + pick(5), bases[pick(3)]);
}

static const char *random_date(void)
{
	static const char *const dates[] = { "2025-10-01", "2025-10-30", "2025-11-15", "2026-01-29" };
	return dates[pick(4)];
}

static void expect_current_right(struct store *s, int step)
{
	long differ = -1;
	struct errmsg e;
	ck_assert_int_eq(store_current_check(s, &differ, &e), 0);
	ck_assert_msg(differ == 0, "step %d: %ld rows of fact_current are wrong", step, differ);
}

START_TEST(test_current_table_follows_changes)
{
	char *p = db_path("current.db");
	struct store *s;
	struct errmsg e;
	struct add_result r;
	struct reextract_result rx;
	struct buf what = BUF_INIT;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	long nreports = 0;
	for (int step = 0; step < 300; step++) {
		unsigned op = nreports < 3 ? 0 : pick(10);
		long id = nreports ? 1 + (long)pick((unsigned)nreports) : 0;
		if (op < 4) {
			struct fact f[4];
			size_t n = 1 + pick(4);
			for (size_t i = 0; i < n; i++)
				f[i] = random_fact();
			if (pick(4) == 0 && n > 1) /* one key twice in one report */
				f[n - 1] = make_fact(f[0].metric, f[0].period_end, f[0].value + 1, f[0].basis);
			char sha[32];
			snprintf(sha, sizeof(sha), "sha%d", step);
			add(s, sha, random_date(), f, n, &r);
			nreports = r.report_id;
		} else if (op < 6) {
			/* fails when it is so already: nothing changes then */
			store_set_retracted(s, id, op == 4, "test", &e);
		} else if (op == 6) {
			ck_assert_int_eq(store_reextract(s, id, NULL, "x", random_date(), NULL, 0, NULL, NULL, &rx, &e), 0);
		} else if (op == 7) {
			struct fact_list l = FACT_LIST_INIT;
			for (unsigned i = 0, n = 1 + pick(3); i < n; i++) {
				struct fact f = random_fact();
				fact_list_add(&l, &f);
			}
			ck_assert_int_eq(store_reextract(s, id, &l, "x", NULL, NULL, 0, NULL, NULL, &rx, &e), 0);
			fact_list_free(&l);
		} else {
			long obs = count_rows(p, "SELECT id FROM observation ORDER BY random() LIMIT 1");
			store_set_rejected(s, obs, op == 8, NULL, &what, &e);
		}
		expect_current_right(s, step);
	}
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM fact_current"), 10);
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM retraction"), 5);
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM report_version"), 5);
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM event WHERE action = 'redate'"), 5);
	ck_assert_int_gt(count_rows(p, "SELECT count(*) FROM event WHERE action = 'reject'"), 5);
	/* a failed add changes nothing, fact_current included */
	long before = count_rows(p, "SELECT count(*) FROM fact_current");
	struct fact bad[2] = { make_fact("newmetric", "2025-09-30", 1, "actual"), make_fact("rpo", "2025-09-30", 2, "actual") };
	snprintf(bad[1].kind, sizeof(bad[1].kind), "bogus");
	struct fact_list l = FACT_LIST_INIT;
	fact_list_add(&l, &bad[0]);
	fact_list_add(&l, &bad[1]);
	struct report_meta m = { "bad", "t", NULL, "2026-12-01", "option", NULL, "UTF-8", 1, NULL, 0, 0, NULL, NULL };
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), -1);
	fact_list_free(&l);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM fact_current"), before);
	expect_current_right(s, -1);
	buf_free(&what);
	store_close(s);
	free(p);
}
END_TEST

/* The embedded migrations up to schema `version`, ended as the list is,
 * into out[] (64 at most): a store as an earlier release made it. */
static void migrations_upto(int version, struct embedded_migration out[64])
{
	size_t k = 0;
	for (const struct embedded_migration *mg = embedded_migrations; mg->sql && mg->version <= version && k < 63; mg++)
		out[k++] = *mg;
	out[k] = (struct embedded_migration){ 0, NULL, NULL };
}

/* Migration 0011 fills fact_current from an existing store's history,
 * retractions, versions and rejections included. */
START_TEST(test_migration_0011_fills_current)
{
	char *p = db_path("v10.db");
	struct embedded_migration upto10[64];
	migrations_upto(10, upto10);
	struct store *s;
	struct errmsg e;
	ck_assert_int_eq(store_open_with(p, upto10, &s, &e), 0);
	store_close(s);
	ck_assert_int_eq(schema_version(p), 10);
	struct fact a[3] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual"),
			     make_fact("rpo", "2025-09-30", 380e9, "estimate") };
	old_add(p, 10, "v10a", "2025-10-30", a, 3);
	struct fact b[2] = { make_fact("rpo", "2025-09-30", 393e9, "actual"),
			     make_fact("revenue", "2025-09-30", 78e9, "actual") };
	old_add(p, 10, "v10b", "2025-10-30", b, 2);
	struct fact c = make_fact("rpo", "2025-09-30", 500e9, "actual");
	old_add(p, 10, "v10c", "2025-12-30", &c, 1);
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	/* c is retracted; b's revenue rejected */
	ck_assert_int_eq(sqlite3_exec(db,
				      "INSERT INTO retraction (report_id, action, reason, at) VALUES (3, 'retract', NULL,"
				      " '2026-01-01T00:00:00Z');"
				      "UPDATE observation SET rejected = 1 WHERE report_id = 2 AND metric = 'revenue'",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	ck_assert_int_eq(schema_version(p), store_latest_version());
	expect_current_right(s, 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM fact_current"), 3);
	ck_assert_int_eq(count_rows(p, "SELECT value / 1e9 FROM fact_current WHERE metric = 'rpo' AND basis = 'actual'"),
			 393);
	ck_assert_int_eq(count_rows(p, "SELECT value / 1e8 FROM fact_current WHERE metric = 'revenue'"), 777);
	/* and is kept from there on */
	ck_assert_int_eq(store_set_retracted(s, 3, 0, NULL, &e), 0);
	ck_assert_int_eq(count_rows(p, "SELECT value / 1e9 FROM fact_current WHERE metric = 'rpo' AND basis = 'actual'"),
			 500);
	expect_current_right(s, 1);
	store_close(s);
	free(p);
}
END_TEST


/* Migration 0017 turns the observation table of a store made by schema 16
 * (rows in the order of their fact) into one rows are appended to, every
 * row, id and column kept, the current values with them; the store then
 * goes on as before: adds, retractions, re-extractions, rejections. */
START_TEST(test_migration_0017_keeps_everything)
{
	char *p = db_path("v16.db");
	struct embedded_migration upto16[64];
	migrations_upto(16, upto16);
	struct store *s;
	struct errmsg e;
	struct add_result r;
	struct reextract_result rx;
	struct buf what = BUF_INIT;
	ck_assert_int_eq(store_open_with(p, upto16, &s, &e), 0);
	/* a history with every kind of change, made by schema 16's tables */
	struct fact a[3] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual"),
			     make_fact("rpo", "2025-09-30", 380e9, "estimate") };
	long ra = add(s, "v16a", "2025-10-30", a, 3, &r);
	struct fact b[2] = { make_fact("rpo", "2025-09-30", 393e9, "actual"),
			     make_fact("revenue", "2025-09-30", 78e9, "actual") };
	long rb = add(s, "v16b", "2025-11-30", b, 2, &r);
	struct fact c = make_fact("rpo", "2025-09-30", 500e9, "actual");
	long rc = add(s, "v16c", "2025-12-30", &c, 1, &r);
	ck_assert_int_eq(store_set_retracted(s, rc, 1, "wrong file", &e), 0);
	struct fact_list l = FACT_LIST_INIT;
	struct fact d[2] = { make_fact("revenue", "2025-09-30", 77.9e9, "actual"),
			     make_fact("rpo", "2025-09-30", 392e9, "actual") };
	fact_list_add(&l, &d[0]);
	fact_list_add(&l, &d[1]);
	ck_assert_int_eq(store_reextract(s, ra, &l, "x2", NULL, NULL, 0, NULL, NULL, &rx, &e), 0);
	fact_list_free(&l);
	long brev = count_rows(p, "SELECT id FROM observation WHERE report_id = 2 AND metric = 'revenue'");
	ck_assert_int_eq(store_set_rejected(s, brev, 1, NULL, &what, &e), 0);
	expect_current_right(s, 0);
	store_close(s);
	ck_assert_int_eq(schema_version(p), 16);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM sqlite_schema WHERE name = 'observation'"
				       " AND sql LIKE '%WITHOUT ROWID%'"),
			 1);
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db,
				      "CREATE TABLE obs_before AS SELECT * FROM observation;"
				      "CREATE TABLE current_before AS SELECT * FROM fact_current",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	long n = count_rows(p, "SELECT count(*) FROM observation");
	ck_assert_int_eq(n, 8);

	ck_assert_int_eq(store_open(p, &s, &e), 0);
	ck_assert_int_eq(schema_version(p), store_latest_version());
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM sqlite_schema WHERE name = 'observation'"
				       " AND sql LIKE '%WITHOUT ROWID%'"),
			 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'"
				       " AND name IN ('observation_fact', 'observation_report')"),
			 2);
	/* every row and column as it was: the rowid is the id */
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), n);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM (SELECT * FROM observation EXCEPT SELECT * FROM obs_before)"),
			 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM (SELECT * FROM obs_before EXCEPT SELECT * FROM observation)"),
			 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation WHERE rowid <> id"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM (SELECT * FROM fact_current EXCEPT"
				       " SELECT * FROM current_before)"),
			 0);
	expect_current_right(s, 1);
	ck_assert(current_value(s, NULL) == 393e9); /* c is retracted */
	ck_assert(current_value(s, "2025-11-01") == 392e9);
	/* and goes on: a later add wins and sorts after every row */
	struct fact f = make_fact("rpo", "2025-09-30", 394e9, "actual");
	long rf = add(s, "v17f", "2026-01-30", &f, 1, &r);
	ck_assert_int_eq(r.restated + r.conflicting, 1);
	ck_assert(current_value(s, NULL) == 394e9);
	ck_assert_int_eq(count_rows(p, "SELECT max(report_id) FROM observation WHERE id = (SELECT max(id) FROM observation)"),
			 rf);
	ck_assert_int_eq(store_set_retracted(s, rf, 1, NULL, &e), 0);
	ck_assert_int_eq(store_set_retracted(s, rc, 0, NULL, &e), 0);
	ck_assert(current_value(s, NULL) == 500e9);
	ck_assert_int_eq(store_set_rejected(s, brev, 0, NULL, &what, &e), 0);
	ck_assert_int_eq(store_reextract(s, rb, NULL, "x3", "2026-02-01", NULL, 0, NULL, NULL, &rx, &e), 0);
	expect_current_right(s, 2);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
	buf_free(&what);
	free(p);
}
END_TEST

/* --known-at replays the events: each change is put on its own day, then
 * the store is asked about every moment between them. */
START_TEST(test_known_at_replays_events)
{
	char *p = db_path("replay.db");
	struct store *s;
	struct errmsg e;
	struct add_result r;
	struct reextract_result res;
	struct buf what = BUF_INIT;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	struct fact a = make_fact("rpo", "2025-09-30", 392e9, "actual");
	long r1 = add(s, "k1", "2025-10-30", &a, 1, &r);              /* event 1 */
	struct fact b = make_fact("rpo", "2025-09-30", 393e9, "actual");
	long r2 = add(s, "k2", "2026-01-29", &b, 1, &r);              /* 2 */
	ck_assert_int_eq(store_set_retracted(s, r2, 1, NULL, &e), 0); /* 3 */
	struct fact c = make_fact("rpo", "2025-09-30", 400e9, "actual");
	struct fact_list l = FACT_LIST_INIT;
	fact_list_add(&l, &c);
	ck_assert_int_eq(store_reextract(s, r1, &l, "x2", NULL, NULL, 0, NULL, NULL, &res, &e), 0); /* 4 */
	fact_list_free(&l);
	long obs = count_rows(p, "SELECT id FROM observation WHERE version IS NOT NULL");
	ck_assert_int_eq(store_set_rejected(s, obs, 1, NULL, &what, &e), 0);  /* 5 */
	ck_assert_int_eq(store_set_rejected(s, obs, 0, NULL, &what, &e), 0);  /* 6 */
	ck_assert_int_eq(store_reextract(s, r1, NULL, "x2", "2024-01-01", NULL, 0, NULL, NULL, &res, &e), 0); /* 7 */
	ck_assert_int_eq(store_set_retracted(s, r2, 0, NULL, &e), 0);  /* 8 */
	buf_free(&what);
	store_close(s);
	sqlite3 *db;
	ck_assert_int_eq(sqlite3_open(p, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "UPDATE event SET at = printf('2026-01-%02dT00:00:00.000Z', id)", NULL, NULL,
				      NULL),
			 SQLITE_OK);
	sqlite3_close(db);
	ck_assert_int_eq(count_rows(p, "SELECT max(id) FROM event"), 8);
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	static const struct {
		const char *known_at, *as_of;
		double want;
	} moments[] = {
		{ "2025-12-31T23:59:59.999Z", NULL, -1 },   /* nothing yet */
		{ "2026-01-01T12:00:00.000Z", NULL, 392e9 }, /* A */
		{ "2026-01-02T00:00:00.000Z", NULL, 393e9 }, /* B, at the very moment */
		{ "2026-01-03T00:00:00.000Z", NULL, 392e9 }, /* B retracted */
		{ "2026-01-04T00:00:00.000Z", NULL, 400e9 }, /* A read again */
		{ "2026-01-05T00:00:00.000Z", NULL, -1 },    /* its value rejected */
		{ "2026-01-06T00:00:00.000Z", NULL, 400e9 }, /* and accepted */
		{ "2026-01-06T00:00:00.000Z", "2025-01-01", -1 },    /* A dated 2025-10-30 then */
		{ "2026-01-07T00:00:00.000Z", "2025-01-01", 400e9 }, /* re-dated 2024-01-01 */
		{ "2026-01-07T00:00:00.000Z", NULL, 400e9 },
		{ "2026-01-08T00:00:00.000Z", NULL, 393e9 }, /* B restored, and the later */
		{ "2026-01-08T00:00:00.000Z", "2025-12-31", 400e9 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(moments); i++)
		ck_assert_msg(value_known(s, moments[i].as_of, moments[i].known_at) == moments[i].want, "moment %zu", i);
	ck_assert(value_known(s, NULL, NULL) == 393e9);
	ck_assert(value_known(s, "2025-12-31", NULL) == 400e9);
	ck_assert_int_gt(r1, 0);
	store_close(s);
	free(p);
}
END_TEST

static int failing_pair(struct store *s, void *ctx)
{
	struct errmsg *e = ctx;
	if (store_add_entity(s, "pair-co", "Pair Co", NULL, NULL, NULL, NULL, e) < 0)
		return -1;
	return store_add_alias(s, "no-such-target", "x y z", e);
}

/* Lexicon edits: atomic in a transaction, recorded as events, removable,
 * and a row the store holds already is recognized (import skips it). */
START_TEST(test_lexicon_management)
{
	char *p = db_path("lex.db");
	struct store *s;
	struct errmsg e, te;
	ck_assert_int_eq(store_open(p, &s, &e), 0);
	long events = count_rows(p, "SELECT count(*) FROM event");
	ck_assert_int_eq(store_transaction(s, failing_pair, &te, &e), -1);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM entity WHERE id = 'pair-co'"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event"), events);
	ck_assert_int_eq(store_add_entity(s, "Bad Id", "Bad", NULL, NULL, NULL, NULL, &e), -1);
	ck_assert_int_eq(store_add_entity(s, "contoso", "Contoso", NULL, "microsoft", NULL, "segment", &e), 0);
	ck_assert_int_eq(store_add_alias_sign(s, "net_income", "net deficit", -1, &e), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE action = 'lexicon'"), 2);
	struct lexicon_row row = { "alias", "net_income", "net deficit", "", "", "", "", "metric", 0, -1, "" };
	ck_assert_int_eq(store_lexicon_has(s, &row, &e), 1);
	row.sign = 1;
	ck_assert_int_eq(store_lexicon_has(s, &row, &e), 0);
	struct lexicon_row ent = { "entity", "contoso", "Contoso", "", "microsoft", "", "", "segment", 0, 1, "" };
	ck_assert_int_eq(store_lexicon_has(s, &ent, &e), 1);
	ent.parent = "";
	ck_assert_int_eq(store_lexicon_has(s, &ent, &e), 0);
	long facts;
	ck_assert_int_eq(store_lexicon_remove(s, "microsoft", 0, &facts, &e), -1); /* the parent of azure */
	ck_assert_ptr_nonnull(strstr(e.text, "parent"));
	ck_assert_int_eq(store_lexicon_unalias(s, "net deficit", NULL, &e), 0);
	ck_assert_int_eq(store_lexicon_unalias(s, "net deficit", NULL, &e), -1);
	ck_assert_int_eq(store_lexicon_remove(s, "contoso", 0, &facts, &e), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM alias WHERE target = 'contoso'"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM event WHERE action = 'lexicon' AND before LIKE"
				       " 'entity,contoso,Contoso,%'"), 1);
	struct lexicon *lx;
	ck_assert_int_eq(store_load_lexicon(s, &lx, &e), 0);
	ck_assert_int_lt(lexicon_find_entity(lx, "contoso"), 0);
	lexicon_free(lx);
	store_close(s);
	free(p);
}
END_TEST

static const struct {
	const char *in, *want; /* want NULL: refused */
} times[] = {
	{ "2026-01-29T10:15:00Z", "2026-01-29T10:15:00.999Z" },
	{ "2026-01-29", "2026-01-29T23:59:59.999Z" },
	{ "2026-01-29T18:15:00+08:00", "2026-01-29T10:15:00.999Z" },
	{ "2026-01-29T18:15:00+0800", "2026-01-29T10:15:00.999Z" },
	{ "2026-01-01T01:00:00+02:00", "2025-12-31T23:00:00.999Z" },
	{ "2025-12-31T20:30:00-05:00", "2026-01-01T01:30:00.999Z" },
	{ "2026-01-29T10:15Z", "2026-01-29T10:15:59.999Z" },
	{ "2026-01-29T10:15:00.5Z", "2026-01-29T10:15:00.500Z" },
	{ "2026-01-29 10:15:00.123456", "2026-01-29T10:15:00.123Z" },
	{ "2026-02-30", NULL },
	{ "2026-01-29T25:00Z", NULL },
	{ "2026-01-29T10:15:00+8", NULL },
	{ "2026-01-29T10:15:00.Z", NULL },
	{ "2026-01-29X", NULL },
	{ "yesterday", NULL },
	{ "", NULL },
	{ "2999-01-01", NULL }, /* not over yet: the answer could still change */
};

START_TEST(test_parse_time)
{
	char out[25];
	struct errmsg e;
	int rc = store_parse_time(times[_i].in, out, &e);
	if (times[_i].want) {
		ck_assert_msg(rc == 0, "%s: %s", times[_i].in, e.text);
		ck_assert_str_eq(out, times[_i].want);
	} else {
		ck_assert_msg(rc == -1, "%s accepted as %s", times[_i].in, out);
	}
}
END_TEST

/* A PostgreSQL address as messages show it: never its password. */
static const struct {
	const char *in, *shown;
} addresses[] = {
	{ "postgresql://ana:s3cret@db.example.com/research", "postgresql://ana@db.example.com/research" },
	{ "postgres://ana:s3%40cret@db:5433/research?sslmode=require", "postgres://ana@db:5433/research?sslmode=require" },
	{ "postgresql://ana:p@ss@db/research", "postgresql://ana@db/research" },
	{ "postgresql:///research?host=/tmp/x&password=s3cret&port=5", "postgresql:///research?host=/tmp/x&port=5" },
	{ "postgresql:///research?password=s3cret", "postgresql:///research" },
	{ "postgresql:///research?port=5&password=s3cret", "postgresql:///research?port=5" },
	{ "host=/tmp port=5 password=s3cret dbname=research", "host=/tmp port=5 dbname=research" },
	{ "host=/tmp password='s3 cret\\' x' dbname=research", "host=/tmp dbname=research" },
	{ "service=team password=s3cret", "service=team" },
	{ "postgresql://db.example.com/research", "postgresql://db.example.com/research" },
	{ "postgresql://ana@db/research", "postgresql://ana@db/research" },
};

START_TEST(test_address_shown_without_password)
{
	char *shown = store_pg_redact(addresses[_i].in);
	ck_assert_str_eq(shown, addresses[_i].shown);
	ck_assert_ptr_null(strstr(shown, "s3"));
	free(shown);
}
END_TEST

/* Which --db values name a server, which a file. */
START_TEST(test_server_or_file)
{
	static const struct {
		const char *where;
		int server;
	} cases[] = {
		{ "postgresql://db/x", 1 }, { "postgres://db/x", 1 }, { "service=team", 1 }, { "host=/tmp dbname=x", 1 },
		{ "dbname=x", 1 }, { "store.db", 0 }, { "/home/ana/mtrack.db", 0 }, { ":memory:", 0 },
		{ "postgresql.db", 0 }, { "./service=x.db", 0 },
	};
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		ck_assert_msg(store_is_server(cases[i].where) == cases[i].server, "%s", cases[i].where);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_fresh_store);
	tcase_add_test(tc, test_backends_same_versions);
	tcase_add_test(tc, test_failing_migration_rolls_back);
	tcase_add_test(tc, test_newer_schema_refused);
	tcase_add_test(tc, test_path_rules);
	tcase_add_test(tc, test_current_value_rules);
	tcase_add_test(tc, test_failed_add_stores_nothing);
	tcase_add_test(tc, test_migration_keeps_history);
	tcase_add_test(tc, test_migration_0008_keeps_everything);
	tcase_add_test(tc, test_lexicon_rows);
	tcase_add_test(tc, test_reextract_reject_redate);
	tcase_add_test(tc, test_lexicon_management);
	tcase_add_test(tc, test_known_at_replays_events);
	tcase_add_test(tc, test_current_table_follows_changes);
	tcase_add_test(tc, test_report_in_windows);
	tcase_add_test(tc, test_migration_0011_fills_current);
	tcase_add_test(tc, test_migration_0017_keeps_everything);
	tcase_add_loop_test(tc, test_parse_time, 0, ARRAY_SIZE(times));
	tcase_add_loop_test(tc, test_address_shown_without_password, 0, ARRAY_SIZE(addresses));
	tcase_add_test(tc, test_server_or_file);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
