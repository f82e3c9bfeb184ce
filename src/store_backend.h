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
	int (*add_report)(struct store *s, const struct report_meta *meta, const struct fact_list *facts,
			  struct add_result *res, struct errmsg *e);
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
};

/* What every backend's store begins with. */
struct store {
	const struct store_backend *ops;
	char *name; /* store_path(): the file's path, or the server's address without its password */
};

/* Opens the SQLite store at `path` (store_open_with()'s contract). */
int store_sqlite_open(const char *path, const struct embedded_migration *migrations, struct store **out,
		      struct errmsg *e);

#endif
