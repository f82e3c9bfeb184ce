/*
 * The seam between store.c, which every command calls, and the backends
 * that keep a store: store_sqlite.c (a file, the default) and store_pg.c (a
 * PostgreSQL server). Private to the store's files. Each backend's store
 * begins with a struct store; store.c calls through its ops table. Each op
 * is the store.h function of the same name, with that function's contract.
 */
#ifndef MTRACK_STORE_BACKEND_H
#define MTRACK_STORE_BACKEND_H

#include "store.h"

struct store_backend {
	const char *name; /* "sqlite", "postgresql" */
	void (*close)(struct store *s);
	int (*info)(struct store *s, struct store_info *out, struct errmsg *e);
	int (*transaction)(struct store *s, int (*fn)(struct store *, void *), void *ctx, struct errmsg *e);
	int (*load_lexicon)(struct store *s, struct lexicon **out, struct errmsg *e);
	int (*add_entity)(struct store *s, const char *id, const char *name, const char *name_zh, const char *parent,
			  const char *fy_rule, const char *kind, struct errmsg *e);
	int (*add_metric)(struct store *s, const char *id, const char *name, const char *unit_kind, int stock,
			  struct errmsg *e);
	int (*add_alias_sign)(struct store *s, const char *target, const char *alias, int sign, struct errmsg *e);
	int (*each_lexicon_row)(struct store *s, const char *target, int (*fn)(const struct lexicon_row *, void *),
				void *ctx, struct errmsg *e);
	int (*lexicon_has)(struct store *s, const struct lexicon_row *row, struct errmsg *e);
	int (*lexicon_remove)(struct store *s, const char *id, int force, long *facts, struct errmsg *e);
	int (*lexicon_unalias)(struct store *s, const char *alias, const char *target, struct errmsg *e);
	int (*count_mentions)(struct store *s, const char *const *words, size_t nwords, long *reports, long *textless,
			      long *ids, size_t nids, struct errmsg *e);
	int (*batch_begin)(struct store *s, struct errmsg *e);
	int (*batch_end)(struct store *s, int commit, struct errmsg *e);
	int (*batch_full)(struct store *s);
	/* The pieces of store_add_report() and store_report_begin() and what
	 * follows it, which store.c puts together (it compresses the text,
	 * and tries a whole report again when the backend's may_retry() says
	 * that its failure was a conflict with another writer and nothing of
	 * the caller's is lost by a retry: 1, else 0). report_begin opens
	 * the report's transaction and stores its row (res->report_id); it
	 * returns 1 when the report is open (new, or a duplicate whose text is
	 * to be kept now: `text` says one will come), 0 when there is nothing
	 * to store (a duplicate; its transaction is over), -1 (rolled back). */
	int (*report_begin)(struct store *s, const struct report_meta *meta, int text, struct add_result *res,
			    struct errmsg *e);
	/* report_facts: `facts` of the open report, counted into `res` (its
	 * facts so far number res->facts, which gives their ids); nothing
	 * for a duplicate. `whole`: they are all the report's facts (else
	 * more may come, each still counted against the reports before) */
	int (*report_facts)(struct store *s, const struct report_meta *meta, const struct fact_list *facts, int whole,
			    struct add_result *res, struct errmsg *e);
	/* report_part: part number `part` (1, 2, ...) of the compressed text */
	int (*report_part)(struct store *s, long report_id, long part, const void *z, size_t n, struct errmsg *e);
	/* report_end: commits (the text's size `text_len` and the compressed
	 * stream's end z[0..n), z NULL when no text is kept; the add event
	 * saying `what`, none for a duplicate) or rolls back */
	int (*report_end)(struct store *s, const struct report_meta *meta, int commit, size_t text_len, const void *z,
			  size_t n, const char *what, struct add_result *res, struct errmsg *e);
	int (*may_retry)(struct store *s);
	int (*current_check)(struct store *s, long *differ, struct errmsg *e);
	int (*set_retracted)(struct store *s, long id, int retract, const char *reason, struct errmsg *e);
	int (*extractor_version)(struct store *s, char out[64], struct errmsg *e);
	int (*report_text)(struct store *s, long id, char **text, size_t *len, int *pages, char date[11],
			   struct errmsg *e);
	int (*reextract)(struct store *s, long id, const struct fact_list *facts, const char *extractor,
			 const char *date, const char *why, int dry_run,
			 int (*fn)(enum store_change c, const struct fact *old, const struct fact *now, void *ctx),
			 void *ctx, struct reextract_result *res, struct errmsg *e);
	int (*report_ids)(struct store *s, long **ids, size_t *n, struct errmsg *e);
	int (*set_rejected)(struct store *s, long obs_id, int reject, const char *why, struct buf *what,
			    struct errmsg *e);
	int (*each_report)(struct store *s, long id, int (*fn)(const struct report_row *, void *), void *ctx,
			   struct errmsg *e);
	int (*each_obs)(struct store *s, const struct obs_query *q, int (*fn)(const struct obs_row *, void *),
			void *ctx, struct errmsg *e);
	int (*names_in_facts)(struct store *s, const char *id, int is_metric);
	int (*find_period_ends)(struct store *s, const char *entity, const char *metric, const char *kind,
				const char *label, char ***out, size_t *n, struct errmsg *e);
	int (*each_event)(struct store *s, long report_id, int (*fn)(const struct store_event *, void *), void *ctx,
			  struct errmsg *e);
	int (*each_table_row)(struct store *s, const struct store_table *t,
			      int (*fn)(const struct store_value *row, void *ctx), void *ctx, struct errmsg *e);
	/* load_begin: the store known to hold no history; one transaction
	 * begun, the default lexicon dropped */
	int (*load_begin)(struct store *s, struct errmsg *e);
	int (*load_row)(struct store *s, const struct store_table *t, const struct store_value *row, struct errmsg *e);
	int (*load_end)(struct store *s, int commit, struct errmsg *e);
};

/* What every backend's store begins with. */
struct store {
	const struct store_backend *ops;
	char *name; /* store_path(): the file's path, or the server's address without its password */
};

/* ---- what the backends share (store.c) ---- */

/* One observation row read by a backend: `r`'s strings point into
 * `strings`, one allocation (free(3)) that store_groups_add() takes. */
struct store_row {
	struct obs_row r;
	char *strings;
	int actual;
};

/* A report as the events up to a moment left it; only reports that were
 * ever retracted, restored, re-dated or re-extracted have one. */
struct report_then {
	long report_id;
	long version;  /* 0: its first set of facts */
	int retracted;
	char date[11]; /* "": the date it has now */
};

struct store_then_event;

/* The store at a moment: events up to id `cut` count. Made by
 * store_then_init(), store_then_event() for every event that changes how
 * reports and observations count (retract, restore, redate, reextract,
 * reject, accept; others are ignored), then store_then_done(); released
 * by store_then_free(). */
struct store_then {
	long cut;
	struct report_then *reps; /* by report id */
	size_t nreps;
	long *rejected; /* observation ids rejected then, ascending */
	size_t nrejected;
	struct store_then_event *rv, *ov; /* the events while being read */
	size_t nr, capr, no, capo;
};

void store_then_init(struct store_then *t, long cut);
void store_then_event(struct store_then *t, long id, const char *action, long report_id, long obs_id, long version,
		      const char *before, const char *after);
void store_then_done(struct store_then *t);
void store_then_free(struct store_then *t);

/* Whether row `g` was in the store then, and how it counted: its report
 * date and whether it was superseded or rejected are set as they were.
 * Returns 0 when the row is to be left out. */
int store_then_row(const struct store_then *t, const struct obs_query *q, struct store_row *g);

/* The rows of store_each_obs(), read in fact order (entity, metric, kind,
 * period type, period end), one fact's rows at a time: the winner is
 * chosen per fact (store.h's rule), nothing is held beyond one fact. */
struct store_groups {
	const struct obs_query *q;
	const struct store_then *then; /* NULL: now */
	int (*fn)(const struct obs_row *, void *);
	void *ctx;
	struct store_row *g;
	size_t n, cap;
};

void store_groups_init(struct store_groups *gs, const struct obs_query *q, const struct store_then *then,
		       int (*fn)(const struct obs_row *, void *), void *ctx);

/* Takes the next row (and its strings, even when it is left out). Returns
 * 0, or fn's non-zero return, which should stop the reading. */
int store_groups_add(struct store_groups *gs, struct store_row *row);

/* Hands the last fact to fn when `flush` (returns fn's result) and
 * releases the groups. */
int store_groups_end(struct store_groups *gs, int flush);

/* Matches each of the new `facts` of a report with one of its `old` ones
 * (store_reextract()'s rule: an identical one first, then one of the same
 * key), counts the differences into `res` and calls `fn` (when not NULL)
 * for each. `*pair` (new fact -> old index + 1, 0 none) and `*exact` are
 * yours to free. Returns 0, or fn's non-zero return. */
int store_pair_facts(const struct fact_list *old, const struct fact_list *facts,
		     int (*fn)(enum store_change c, const struct fact *o, const struct fact *now, void *ctx), void *ctx,
		     struct reextract_result *res, long **pair, int **exact);

/* Whether `w` occurs in text[0..len), ASCII case ignored (Latin words). */
int store_mentions(const char *text, size_t len, const char *w);

/* Opens the store in the PostgreSQL server at `where` (a URL or a
 * service=NAME), in schema `schema` (NULL: $MTRACK_SCHEMA, else "mtrack"),
 * migrating it with `migrations` (store_open_in()'s contract). */
int store_pg_open(const char *where, const char *schema, const struct embedded_migration *migrations,
		  struct store **out, struct errmsg *e);

/* Whether `where` is a PostgreSQL address (store_is_server()). */
int store_pg_is_address(const char *where);

/* `where` with its password (user:PASSWORD@ in a URL, password=... as a
 * parameter or keyword) removed: yours to free. */
char *store_pg_redact(const char *where);

/* Opens the SQLite store at `path` (store_open_with()'s contract). */
int store_sqlite_open(const char *path, const struct embedded_migration *migrations, struct store **out,
		      struct errmsg *e);

#endif
