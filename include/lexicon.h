/*
 * The lexicon: entities (with parent and fiscal calendar), metrics (with
 * unit kind) and their aliases, and the matcher that finds every alias in
 * a text in one pass: a byte trie (wordtrie), longest alias first,
 * case-insensitive, Latin aliases only on word boundaries (AMD, not AMDX).
 * The rows come from the store; this module never touches SQL.
 */
#ifndef MTRACK_LEXICON_H
#define MTRACK_LEXICON_H

#include <stddef.h>

#include "period.h"
#include "util.h"
#include "wordtrie.h"

enum unit_kind { UNIT_CURRENCY, UNIT_PERCENT, UNIT_COUNT, UNIT_RATIO };

struct lexicon_entity {
	char *id;
	char *name;
	char *name_zh;     /* may be NULL */
	int parent;        /* index, or -1 */
	char *parent_id;   /* as given, resolved by lexicon_compile() */
	char *fy_rule;     /* may be NULL: the parent's, else the calendar year */
	char *kind;
	char *currency;    /* may be NULL: what a bare 元 in its figures is (TWD for a
			    * Taiwanese company); NULL, the parent's, else renminbi */
	struct fiscal_calendar calendar; /* effective, set by lexicon_compile() */
};

struct lexicon_metric {
	char *id;
	char *name;
	enum unit_kind unit_kind;
	int stock;
};

struct lexicon_match {
	size_t start, end;
	int is_metric;
	int index;   /* into the entities or metrics */
	int sign;    /* -1 for aliases naming a negative (net loss) */
};

struct lexicon;

/* An empty lexicon. Release with lexicon_free(). */
struct lexicon *lexicon_new(void);

void lexicon_free(struct lexicon *lx);

/* Adds rows (strings are copied). Returns 0, or -1 with `e` filled for a
 * bad row (unknown unit kind, bad fiscal rule, duplicate id). */
int lexicon_add_entity(struct lexicon *lx, const char *id, const char *name, const char *name_zh,
		       const char *parent, const char *fy_rule, const char *kind, struct errmsg *e);
int lexicon_add_metric(struct lexicon *lx, const char *id, const char *name, const char *unit_kind,
		       int stock, struct errmsg *e);
int lexicon_add_alias(struct lexicon *lx, const char *alias, int is_metric, const char *target,
		      int sign, struct errmsg *e);

/* Sets what a bare 元 in figures of entity `id` is (an ISO 4217 code, three
 * capital letters; NULL or "" for renminbi). Returns 0, or -1 with `e`
 * filled for an unknown id or a bad code. Takes effect at lexicon_compile(). */
int lexicon_set_currency(struct lexicon *lx, const char *id, const char *currency, struct errmsg *e);

/* Resolves parents and calendars and compiles the matcher. Must be called
 * after the last add and before lexicon_scan(). */
int lexicon_compile(struct lexicon *lx, struct errmsg *e);

/* A lexicon's rows as static tables, in the order a store holds them
 * (parents before their segments). Empty strings stand for NULL. An
 * alias's text is already normalized (textnorm_run()), so loading the
 * tables needs neither utf8proc nor OpenCC. */
struct lexicon_entity_row {
	const char *id, *name, *name_zh, *parent, *fy_rule, *kind;
	const char *currency; /* may be NULL, as "" */
};
struct lexicon_metric_row {
	const char *id, *name, *unit_kind;
	int stock;
};
struct lexicon_alias_row {
	const char *text; /* normalized */
	int is_metric;
	const char *target;
	int sign;
};
struct lexicon_tables {
	const struct lexicon_entity_row *entities;
	size_t nentities;
	const struct lexicon_metric_row *metrics;
	size_t nmetrics;
	const struct lexicon_alias_row *aliases;
	size_t naliases;
	/* the matcher of the aliases, alias i with the id i (as
	 * lexicon_compile() builds it, written by wordtrie_write_c()), or
	 * NULL to build it */
	const struct wordtrie *words;
};

/* A new compiled lexicon of the rows of `t` (copied, but for `words` and
 * the alias rows' strings, which must outlive it: the lexicon is yours to
 * release with lexicon_free()), the same one lexicon_add_*() of each row and
 * lexicon_compile() give. Returns NULL with `e` filled for a bad row. */
struct lexicon *lexicon_from_tables(const struct lexicon_tables *t, struct errmsg *e);

/* The number of aliases, and alias i: its normalized text, whether it
 * names a metric, the index of what it names (after lexicon_compile())
 * and its sign. Returns NULL when i is out of range. */
size_t lexicon_alias_count(const struct lexicon *lx);
const char *lexicon_alias_at(const struct lexicon *lx, size_t i, int *is_metric, int *index, int *sign);

/* Finds aliases in normalized text[0..len), appending matches in order to
 * `*out` (grown with realloc; you own it). Reentrant. */
int lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
		 struct lexicon_match **out, size_t *n, size_t *cap, struct errmsg *e);

/* The compiled matcher (NULL before lexicon_compile()), for a caller that
 * scans a text with several tries at once (see wordtrie_group_scan()). */
const struct wordtrie *lexicon_words(const struct lexicon *lx);

/* What lexicon_scan() gives, from the matches m[0..nm) of
 * lexicon_words(lx) over a text. */
void lexicon_matches(const struct lexicon *lx, const struct wordtrie_match *m, size_t nm,
		     struct lexicon_match **out, size_t *n, size_t *cap);

size_t lexicon_entity_count(const struct lexicon *lx);
size_t lexicon_metric_count(const struct lexicon *lx);
const struct lexicon_entity *lexicon_entity_at(const struct lexicon *lx, size_t i);
const struct lexicon_metric *lexicon_metric_at(const struct lexicon *lx, size_t i);

/* The index of the entity (or metric) whose id or any alias is `name`
 * (case-insensitive, after NFKC), or -1. */
int lexicon_find_entity(const struct lexicon *lx, const char *name);
int lexicon_find_metric(const struct lexicon *lx, const char *name);

/* What a bare 元 in a figure of entity `i` is: its currency, else its
 * nearest ancestor's, else "CNY". */
const char *lexicon_yuan_currency(const struct lexicon *lx, int i);

/* The top-level ancestor of entity `i`. */
int lexicon_root(const struct lexicon *lx, int i);

/* Whether `id` is a well-formed new id: an entity's of lowercase letters,
 * digits and hyphens (google-cloud), a metric's of lowercase letters,
 * digits and underscores (operating_income), starting with a letter or a
 * digit, at most 63 bytes. Returns 0, or -1 with the rule in `e`. */
int lexicon_check_id(const char *id, int is_metric, struct errmsg *e);

/* Whether `alias` would match where it should not: one Chinese character
 * (云 inside 三季度云业务收入), two Latin letters or fewer (AI), or, for an
 * entity, a common word or a piece of one (数据 inside 数据中心). Returns 1
 * with the reason in `why`, else 0. */
int lexicon_alias_risky(const char *alias, int is_metric, char *why, size_t whylen);

/* unit kind names: "currency", "percent", "count", "ratio"; parse returns -1 if unknown */
const char *lexicon_unit_kind_name(enum unit_kind k);
int lexicon_unit_kind_parse(const char *s);

#endif
