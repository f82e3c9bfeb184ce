/*
 * The versioned store: one database holding the lexicon, every report
 * ever added (a version of the history) and every fact extracted from it.
 * Nothing is edited or deleted: a report is withdrawn by recording a
 * retraction. Opening a store applies the pending migrations embedded in
 * the binary, each in one transaction. A store is a SQLite file (the
 * default: nothing to set up) or a schema in a PostgreSQL server a team
 * shares; the commands do not know which. Only the store's files include
 * sqlite3.h or libpq-fe.h; every statement has bound parameters.
 */
#ifndef MTRACK_STORE_H
#define MTRACK_STORE_H

#include <stddef.h>

#include "buf.h"
#include "embedded.h"
#include "fact.h"
#include "lexicon.h"
#include "util.h"

struct store;

/* Where the store lives: `opt` (--db) when given, else $MTRACK_DB, else
 * $XDG_DATA_HOME/mtrack/mtrack.db, else ~/.local/share/mtrack/mtrack.db.
 * Writes the path (or server address) into `out`. */
int store_resolve_path(const char *opt, struct buf *out, struct errmsg *e);

/* Whether `where` names a store in a PostgreSQL server (1: a URL
 * postgresql://... or postgres://..., service=NAME from pg_service.conf,
 * or libpq's keyword=value form led by host=, hostaddr= or dbname=)
 * rather than a SQLite file (0). */
int store_is_server(const char *where);

/* Opens (creating it and its folder if needed) the store at `path` and
 * applies the pending migrations. A store whose schema is newer than this
 * binary is refused untouched. ":memory:" opens a private in-memory store.
 * Returns 0 with `*out` set (close it with store_close()), or -1. */
int store_open(const char *path, struct store **out, struct errmsg *e);

/* store_open() naming the schema a store in a PostgreSQL server lives in
 * (NULL: $MTRACK_SCHEMA, else "mtrack"; created with the store); a file
 * has none, and `schema` is ignored. The password, if any, comes from
 * libpq's own means (.pgpass, PGPASSWORD, the address); store_path() and
 * every message show the address without it. */
int store_open_in(const char *where, const char *schema, struct store **out, struct errmsg *e);

/* store_open() of a SQLite file with an explicit migration table (for
 * tests). */
int store_open_with(const char *path, const struct embedded_migration *migrations,
		    struct store **out, struct errmsg *e);

/* Closes the store. After a command that wrote, the write-ahead log is
 * folded into the store file (and removed by the last connection), so the
 * file alone holds everything. */
void store_close(struct store *s);

/* The store's file, or its server's address with the password removed. */
const char *store_path(const struct store *s);

/* The highest migration version this binary knows. */
int store_latest_version(void);

struct store_info {
	int schema_version;
	long reports, retracted, observations, entities, metrics, aliases;
	long events, texts; /* changes recorded; reports whose text is kept */
};

int store_info(struct store *s, struct store_info *out, struct errmsg *e);

/* ---- lexicon ---- */

/* Loads the store's lexicon into a new compiled lexicon (yours to free). */
int store_load_lexicon(struct store *s, struct lexicon **out, struct errmsg *e);

int store_add_entity(struct store *s, const char *id, const char *name, const char *name_zh,
		     const char *parent, const char *fy_rule, const char *kind, struct errmsg *e);
int store_add_metric(struct store *s, const char *id, const char *name, const char *unit_kind,
		     int stock, struct errmsg *e);
/* Adds an alias to entity or metric `target` (which must exist). */
int store_add_alias(struct store *s, const char *target, const char *alias, struct errmsg *e);

/* store_add_alias() for an alias naming the negative of a metric (sign -1:
 * net loss) or not (1). Each lexicon change records its event; callers
 * make several atomic with store_transaction(). New ids are checked with
 * lexicon_check_id(). */
int store_add_alias_sign(struct store *s, const char *target, const char *alias, int sign, struct errmsg *e);

/* One lexicon row, as `lexicon export` writes it and `lexicon import` reads
 * it. type: entity, metric or alias; for an alias, `id` is its target
 * (`kind` its type, entity or metric) and `name` the alias. */
struct lexicon_row {
	const char *type, *id, *name, *name_zh, *parent, *fy, *unit_kind, *kind;
	int stock, sign;
	const char *currency; /* an entity's (see lexicon_set_currency()), "" none */
};

/* Calls `fn` for every entity (parents first), metric and alias, in the
 * order they were added; only the aliases of `target` (an id) when not
 * NULL, and then no entity or metric. Strings live until `fn` returns. */
int store_each_lexicon_row(struct store *s, const char *target, int (*fn)(const struct lexicon_row *, void *),
			   void *ctx, struct errmsg *e);

/* Whether the store holds exactly this row already (1) or not (0). */
int store_lexicon_has(struct store *s, const struct lexicon_row *row, struct errmsg *e);

/* Removes entity or metric `id` and its aliases (the event keeps them).
 * Refused for an entity that is another's parent, and, unless `force`,
 * for one that stored facts name (their count in `*facts`). */
int store_lexicon_remove(struct store *s, const char *id, int force, long *facts, struct errmsg *e);

/* Removes alias `alias` (of `target` only, when not NULL; an alias naming
 * both an entity and a metric needs it). */
int store_lexicon_unalias(struct store *s, const char *alias, const char *target, struct errmsg *e);

/* How many stored reports (of those whose text is kept) mention any of
 * `words` (ASCII case ignored): `*reports`; those with no kept text in
 * `*textless`. Up to `nids` of their ids go to `ids`. */
int store_count_mentions(struct store *s, const char *const *words, size_t nwords, long *reports, long *textless,
			 long *ids, size_t nids, struct errmsg *e);

/* Runs `fn` inside one transaction: committed when it returns 0, rolled
 * back otherwise. */
int store_transaction(struct store *s, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e);

/* ---- reports ---- */

/* A report's text compressed as the store keeps it. */
struct store_text {
	void *z;      /* owned: store_text_free() */
	size_t zlen;
	size_t len;   /* the text's size */
};

/* Compresses text[0..len) into `out`, before the store is touched, so that
 * `add` compresses on the thread that extracts rather than on the one
 * that stores. Returns 0, or -1 with `e` set. */
int store_text_pack(const char *text, size_t len, struct store_text *out, struct errmsg *e);

void store_text_free(struct store_text *t);

struct report_meta {
	const char *sha256;
	const char *title;
	const char *source;
	const char *published;   /* YYYY-MM-DD */
	const char *date_source; /* option, text, mtime, import */
	const char *path;
	const char *encoding;
	long size;
	const char *text;        /* the text extracted (kept compressed for reextract); NULL: none */
	size_t text_len;
	int pages;               /* a PDF's page count (pages split by form feeds) */
	const char *extractor;   /* what made the facts (store_extractor_version()); NULL: unknown */
	const struct store_text *packed; /* `text` compressed already (store_text_pack()), or NULL */
};

struct add_result {
	long report_id;
	int duplicate;   /* the same bytes were added before as report_id */
	int retracted;   /* duplicate: report_id is retracted */
	int text_kept;   /* duplicate: its text had not been kept, and now is */
	long facts, fresh, restated, conflicting;
};

/* Groups the reports added next into one transaction, so that a folder of
 * reports costs one commit instead of one per report (each commit rewrites
 * every index page the report touched). Inside a batch each report is still
 * all-or-nothing, by a savepoint, but none is durable or visible to other
 * processes, and the write lock is held, until store_batch_end(). In a
 * PostgreSQL store each report commits on its own, so that other writers
 * never wait on a batch: the batch groups nothing there. */
int store_batch_begin(struct store *s, struct errmsg *e);

/* Commits the batch (commit != 0) or rolls all of it back. A failed commit
 * rolls back too and returns -1: none of the batch's reports is stored.
 * A committed batch is folded from the write-ahead log into the store
 * (checkpointed) as far as readers allow; the log is kept under 64 MiB. */
int store_batch_end(struct store *s, int commit, struct errmsg *e);

/* Whether the batch has written so much (24 MiB of pages spilled to the
 * log) that it should be committed now, however few its reports, so that
 * the log stays bounded: 1 or 0. */
int store_batch_full(struct store *s);

/* Stores a report and its facts in one transaction: either all of it is
 * stored or nothing. Each fact is counted as new (no earlier value for its
 * key), restated (an earlier report gave the same value) or conflicting
 * (an earlier report gave another). Same sha256 as an earlier report:
 * nothing is stored and `duplicate` is set. */
int store_add_report(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
		     struct add_result *res, struct errmsg *e);

/* A report being stored a piece at a time (store_report_begin()). */
struct store_report;

/*
 * store_add_report() for a report too long to hold whole: its facts and
 * its text are handed over as they are extracted, a window at a time, and
 * memory does not grow with the report. store_report_begin() opens the
 * report's transaction (a savepoint inside a batch) and checks its sha256
 * (meta->text is ignored). It returns 0 with `*out` set, or 0 with `*out`
 * NULL when there is nothing to store (res->duplicate set: the same bytes
 * are stored already, with their text when `keep_text`), or -1. When
 * `keep_text`, a duplicate whose text was never kept also gets a report:
 * its text is kept, its facts are not stored again; without it (an
 * import: the file is no text to read facts from again) no text is kept
 * and store_report_text_add() fails. Then store_report_facts() for
 * each window's facts (each is counted as store_add_report() counts it,
 * against the reports before this one, whatever window gave it) and
 * store_report_text_add() for each piece of the text in order, and
 * store_report_end(), which commits (commit != 0) or rolls back and frees
 * the report. Until it commits, nothing of the report is stored or
 * visible; a failure (a bad byte mid-file, a crash, a full disk) leaves
 * the store as it was. Once a call has failed, end with commit 0.
 */
int store_report_begin(struct store *s, const struct report_meta *meta, int keep_text, struct store_report **out,
		       struct add_result *res, struct errmsg *e);
int store_report_facts(struct store_report *r, const struct fact_list *facts, struct errmsg *e);
int store_report_text_add(struct store_report *r, const char *text, size_t len, struct errmsg *e);
/* Commits or rolls back (see above) and frees `r`; fills `res` (new,
 * restated, conflicting; text_kept for a duplicate). A failed commit rolls
 * back and returns -1. */
int store_report_end(struct store_report *r, int commit, struct add_result *res, struct errmsg *e);

/* Every fact's current value per basis is kept in a table of its own
 * (fact_current), changed with the reports and observations in the same
 * transaction. Works it out again from the observations, compares, and
 * sets `*differ` to the rows that disagree (0 when it is right). For
 * tests and checks: it reads the whole store. */
int store_current_check(struct store *s, long *differ, struct errmsg *e);

/* Records a retraction (retract = 1) or a restoration of report `id`,
 * and its event. */
int store_set_retracted(struct store *s, long id, int retract, const char *reason, struct errmsg *e);

/* What extracts now, as recorded with each set of facts: this mtrack's
 * version and a digest of the store's lexicon ("mtrack 0.1.0, lexicon
 * 1a2b3c4d"): a lexicon edit makes a new extractor. */
int store_extractor_version(struct store *s, char out[64], struct errmsg *e);

/* The text report `id` was extracted from (NUL-terminated; you own it,
 * free(3) it), its length, its PDF page count and its date now (`date`).
 * Returns 0, 1 when the store has no text for it (stored before texts were
 * kept, or imported from CSV), or -1 (no such report, a damaged text). */
int store_report_text(struct store *s, long id, char **text, size_t *len, int *pages, char date[11],
		      struct errmsg *e);

/* What re-reading a report changes: each fact of its current set is
 * matched with one of the new facts (same entity, metric, kind, period and
 * basis; an identical one first). */
enum store_change { STORE_NEW = '+', STORE_CHANGED = '~', STORE_GONE = '-' };

struct reextract_result {
	long fresh, changed, gone, same;
	long version;   /* the report_version stored; 0 when nothing was */
	int redated;
};

/* Replaces the facts of report `id` with `facts` (extracted again by
 * `extractor`, from its kept text, dated `date`) as a new version of the
 * report, when they differ from its current ones; calls `fn` (when not
 * NULL) for each difference (old or now NULL for new and gone facts).
 * `date`, when it differs from the report's date, re-dates the report (the
 * event is then a redate); `facts` NULL keeps the current facts (a report
 * without a kept text can still be re-dated). A rejected fact found again unchanged stays
 * rejected. dry_run: nothing is stored. One transaction (a savepoint in a
 * batch), with its event. */
int store_reextract(struct store *s, long id, const struct fact_list *facts, const char *extractor, const char *date,
		    const char *why, int dry_run,
		    int (*fn)(enum store_change c, const struct fact *old, const struct fact *now, void *ctx), void *ctx,
		    struct reextract_result *res, struct errmsg *e);

/* The ids of every report, in the order added (yours to free). */
int store_report_ids(struct store *s, long **ids, size_t *n, struct errmsg *e);

/* Rejects (reject = 1) or accepts again observation `obs_id`: a rejected
 * observation leaves every view but stays in the store and its history.
 * Fills `what` with a line describing the fact. */
int store_set_rejected(struct store *s, long obs_id, int reject, const char *why, struct buf *what,
		       struct errmsg *e);

struct report_row {
	long id;
	char *sha256, *title, *source, *published, *date_source, *path, *added_at, *encoding;
	long size, facts;
	int retracted;
	char *retract_reason;
};

/* Calls `fn` for each report in the order added (or only report `id` when
 * id > 0). Strings in the row live until `fn` returns. */
int store_each_report(struct store *s, long id, int (*fn)(const struct report_row *, void *), void *ctx,
		      struct errmsg *e);

/* ---- queries ---- */

/* One stored observation with its report. */
struct obs_row {
	long id, report_id;
	const char *entity, *metric, *kind, *period_type, *period_start, *period_end;
	const char *fiscal_label, *calendar_label, *unit, *qualifier, *basis, *sentence;
	const char *report_date, *report_title, *entity_name, *metric_name;
	const char *extractor;   /* what made it ("" unknown); obs_query.everything only */
	double value, low, high;
	double resolution; /* one unit of the last digit written; 0 unknown */
	int has_range, restated, current, derived;
	long start_byte, end_byte;
	int page; /* the PDF page, 0 when unknown */
	long version;   /* the report_version it belongs to; 0 the report's first set */
	int superseded; /* a later version of its report replaced it */
	int rejected;   /* rejected by `mtrack reject` */
};

enum obs_mode {
	OBS_CURRENT, /* the winning value per fact */
	OBS_HISTORY, /* every value, with `current` set on the winner */
};

struct obs_query {
	enum obs_mode mode;
	const char *const *entities; size_t nentities; /* ids; none = all */
	const char *const *metrics; size_t nmetrics;
	const char *kind;        /* NULL = all */
	const char *as_of;       /* reports dated on or before; NULL = all */
	const char *from, *to;   /* period_end bounds (inclusive); NULL = open */
	const char *period_type; /* NULL = all */
	const char *basis;       /* actual, estimate, guidance or consensus only; NULL = all */
	const char *period_end;  /* one period only (history) */
	const char *known_at;    /* what the store held at this moment (store_parse_time()); NULL = now */
	int include_retracted;
	int everything;          /* also superseded and rejected rows (flagged; they never win) */
	long report_id;          /* one report's observations only; 0 = all */
};

/* Calls `fn` for each matching observation, ordered by entity, metric,
 * kind, period end (then report order). The current value of a fact is
 * the one from reports not retracted (and dated on or before as_of) whose
 * basis is actual if any is, then with the latest report date, ties to
 * the later-added report; only the current version of a report counts,
 * and no rejected observation. With known_at, every one of these (which
 * reports, their dates and versions, retractions, rejections) is taken as
 * the events up to that moment left it, so the answer never changes.
 * Streams: memory does not grow with the store. */
int store_each_obs(struct store *s, const struct obs_query *q, int (*fn)(const struct obs_row *, void *),
		   void *ctx, struct errmsg *e);

/* Whether any stored observation names entity `entity` (is_metric 0) or
 * metric `id` (1), lexicon or not: a past question about an entity since
 * removed from the lexicon still has its answer. */
int store_names_in_facts(struct store *s, const char *id, int is_metric);

/* Finds the period end(s) matching a label (FY2026Q1, 2025Q3 or a date)
 * for an entity/metric/kind; appends YYYY-MM-DD strings (owned) to out. */
int store_find_period_ends(struct store *s, const char *entity, const char *metric, const char *kind,
			   const char *label, char ***out, size_t *n, struct errmsg *e);

/* ---- events ---- */

/* Normalizes a moment given as ISO 8601 (2026-01-29T10:15:00Z, with an
 * offset such as +08:00, or a date meaning its end; a time without zone
 * is UTC; a time to the second or minute means its end) into
 * YYYY-MM-DDTHH:MM:SS.sssZ in UTC. A moment later than now is refused:
 * what the store holds then is not settled. Returns 0 or -1. */
int store_parse_time(const char *in, char out[25], struct errmsg *e);

/* The current UTC time as YYYY-MM-DDTHH:MM:SS.sssZ. */
void store_now(char out[25]);

struct store_event {
	long id, report_id, obs_id; /* 0 when none */
	const char *at, *who, *action, *what, *why; /* why: "" when none */
};

/* Calls `fn` for every event in order (only those of report `report_id`
 * when > 0). Strings live until `fn` returns. */
int store_each_event(struct store *s, long report_id, int (*fn)(const struct store_event *, void *), void *ctx,
		     struct errmsg *e);

/* ---- a whole history: copying and checking it ---- */

/* One value of a row of a history, typed as both backends keep it. */
enum store_type { STORE_NULL, STORE_INT, STORE_REAL, STORE_TEXT, STORE_BLOB };

struct store_value {
	enum store_type type; /* STORE_NULL: SQL NULL */
	long long i;
	double d;
	const char *s; /* STORE_TEXT (NUL-terminated) and STORE_BLOB */
	size_t len;
};

/* One table of a history: its columns (names and types) and the order its
 * rows are listed in, the same on every backend. */
struct store_table {
	const char *name;
	const char *const *cols;
	const enum store_type *types;
	size_t ncols;
	const char *order; /* the ORDER BY of its key; NULL: the order rows were added in */
};

/* The tables of a history, each after those it refers to, ending with an
 * all-zero entry: the lexicon, reports, their versions and retractions,
 * observations, kept texts, the event log, the current values. */
extern const struct store_table store_tables[];

/* Calls `fn` for every row of table `t`, in its order, streaming (memory
 * does not grow with the table). The row's values live until fn
 * returns; fn's non-zero return stops it and is returned (-1 stays -1). */
int store_each_table_row(struct store *s, const struct store_table *t,
			 int (*fn)(const struct store_value *row, void *ctx), void *ctx, struct errmsg *e);

/* Loads a whole history into store `s`, which must hold none (no report,
 * no event: refused otherwise, nothing changed): store_load_begin() (its
 * default lexicon is dropped for the one loaded), store_load_row() for
 * every row of every table in store_tables[] order, ids as given, then
 * store_load_end(), which commits (commit != 0) or leaves `s` as it was.
 * One transaction. */
int store_load_begin(struct store *s, struct errmsg *e);
int store_load_row(struct store *s, const struct store_table *t, const struct store_value *row, struct errmsg *e);
int store_load_end(struct store *s, int commit, struct errmsg *e);

/* The SHA-256 of a canonical dump of the history (every row of every table
 * of store_tables[], in its order, each value by its type): the same
 * history gives the same digest on either backend, whatever its ids were
 * assigned by. Writes 64 hex digits and a NUL into `out`. */
int store_checksum(struct store *s, char out[65], struct errmsg *e);

#endif
