/* store: migrations, the append-only history and its current values. */
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "embedded.h"
#include "store.h"
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
	struct report_meta m = { sha, "title", NULL, date, "option", NULL, "UTF-8", 10 };
	struct errmsg e;
	ck_assert_int_eq(store_add_report(s, &m, &l, r, &e), 0);
	fact_list_free(&l);
	return r->report_id;
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

static double current_value(struct store *s, const char *as_of)
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
	q.period_end = "2025-09-30";
	ncurrent = 0;
	current = -1;
	ck_assert_int_eq(store_each_obs(s, &q, take, NULL, NULL), 0);
	return ncurrent ? current : -1;
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
	struct fact a[2] = { make_fact("rpo", "2025-09-30", 392e9, "actual"),
			     make_fact("revenue", "2025-09-30", 77.7e9, "actual") };
	add(s, "v6a", "2025-10-30", a, 2, &r);
	struct fact b = make_fact("rpo", "2025-09-30", 393e9, "actual");
	add(s, "v6b", "2025-10-30", &b, 1, &r); /* same date: the later-added wins */
	store_close(s);
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
	struct report_meta m = { "eee", "t", NULL, "2025-10-30", "option", NULL, "UTF-8", 1 };
	ck_assert_int_eq(store_add_report(s, &m, &l, &r, &e), -1);
	fact_list_free(&l);
	store_close(s);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM report"), 0);
	ck_assert_int_eq(count_rows(p, "SELECT count(*) FROM observation"), 0);
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

int main(void)
{
	Suite *s = suite_create("store");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_fresh_store);
	tcase_add_test(tc, test_failing_migration_rolls_back);
	tcase_add_test(tc, test_newer_schema_refused);
	tcase_add_test(tc, test_path_rules);
	tcase_add_test(tc, test_current_value_rules);
	tcase_add_test(tc, test_failed_add_stores_nothing);
	tcase_add_test(tc, test_migration_keeps_history);
	tcase_add_test(tc, test_lexicon_rows);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
