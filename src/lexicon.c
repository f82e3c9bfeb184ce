/*
 * The lexicon and its one-pass alias matcher (see lexicon.h). All aliases
 * go into one byte trie (wordtrie), matched leftmost-longest in a single
 * pass; matching is caseless, and after NFKC, so that ＡＷＳ finds AWS.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "lexicon.h"
#include "textnorm.h"
#include "wordtrie.h"
#include "banned.h"

struct alias {
	char *text;  /* normalized */
	int is_metric;
	char *target;
	int index;
	int sign;
};

/* Ids to their index, by open addressing: looking each id up in a list
 * (for a duplicate, for an alias's target) was most of loading the
 * default lexicon's hundreds of entities and a thousand aliases. A slot
 * holds 1 + the index, 0 when empty. */
struct id_index {
	int *slots;
	size_t cap; /* a power of two, or 0 */
};

struct lexicon {
	struct lexicon_entity *ents;
	size_t nents, capents;
	struct lexicon_metric *mets;
	size_t nmets, capmets;
	struct alias *aliases;
	size_t naliases, capaliases;
	/* the first entities' and aliases' strings are the tables'
	 * (lexicon_from_tables()): not theirs to free */
	size_t nborrowed_ents, nborrowed;
	struct wordtrie *trie;
	struct id_index ent_ix, met_ix;
};

static const char *const unit_kinds[] = { "currency", "percent", "count", "ratio" };

const char *lexicon_unit_kind_name(enum unit_kind k)
{
	return unit_kinds[k];
}

int lexicon_unit_kind_parse(const char *s)
{
	for (size_t i = 0; i < ARRAY_SIZE(unit_kinds); i++)
		if (s && !strcmp(s, unit_kinds[i]))
			return (int)i;
	return -1;
}

struct lexicon *lexicon_new(void)
{
	return xcalloc(1, sizeof(struct lexicon));
}

void lexicon_free(struct lexicon *lx)
{
	if (!lx)
		return;
	for (size_t i = 0; i < lx->nents; i++)
		free(lx->ents[i].currency);
	for (size_t i = lx->nborrowed_ents; i < lx->nents; i++) {
		free(lx->ents[i].id);
		free(lx->ents[i].name);
		free(lx->ents[i].name_zh);
		free(lx->ents[i].parent_id);
		free(lx->ents[i].fy_rule);
		free(lx->ents[i].kind);
	}
	for (size_t i = 0; i < lx->nmets; i++) {
		free(lx->mets[i].id);
		free(lx->mets[i].name);
	}
	for (size_t i = lx->nborrowed; i < lx->naliases; i++) {
		free(lx->aliases[i].text);
		free(lx->aliases[i].target);
	}
	free(lx->ents);
	free(lx->mets);
	free(lx->aliases);
	free(lx->ent_ix.slots);
	free(lx->met_ix.slots);
	wordtrie_free(lx->trie);
	free(lx);
}

static size_t hash_id(const char *s)
{
	size_t h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static const char *id_at(const struct lexicon *lx, int metric, size_t i)
{
	return metric ? lx->mets[i].id : lx->ents[i].id;
}

static int find_id(const struct lexicon *lx, int metric, const char *id)
{
	const struct id_index *ix = metric ? &lx->met_ix : &lx->ent_ix;
	if (!ix->cap)
		return -1;
	for (size_t h = hash_id(id) & (ix->cap - 1);; h = (h + 1) & (ix->cap - 1)) {
		if (!ix->slots[h])
			return -1;
		if (!strcmp(id_at(lx, metric, (size_t)ix->slots[h] - 1), id))
			return ix->slots[h] - 1;
	}
}

/* Enters the id of entity (or metric) i, the last added, kept at most
 * half full. */
static void index_id(struct lexicon *lx, int metric, size_t i)
{
	struct id_index *ix = metric ? &lx->met_ix : &lx->ent_ix;
	if (2 * (i + 1) > ix->cap) {
		free(ix->slots);
		ix->cap = ix->cap ? 2 * ix->cap : 64;
		ix->slots = xcalloc(ix->cap, sizeof(*ix->slots));
		for (size_t k = 0; k < i; k++)
			index_id(lx, metric, k);
	}
	size_t h = hash_id(id_at(lx, metric, i)) & (ix->cap - 1);
	while (ix->slots[h])
		h = (h + 1) & (ix->cap - 1);
	ix->slots[h] = (int)i + 1;
}

/* `s`, copied unless `borrow`; NULL for an empty one when `empty_null`. */
static char *keep(const char *s, int borrow, int empty_null)
{
	if (empty_null && (!s || !*s))
		return NULL;
	return borrow ? (char *)s : xstrdup(s);
}

/* lexicon_add_entity(), keeping the strings given (tables' rows that
 * outlive the lexicon) rather than copies when `borrow`. */
static int add_entity(struct lexicon *lx, const char *id, const char *name, const char *name_zh,
		      const char *parent, const char *fy_rule, const char *kind, int borrow, struct errmsg *e)
{
	struct fiscal_calendar cal;
	if (!id || !*id)
		return err_set(e, "an entity needs an id");
	if (find_id(lx, 0, id) >= 0)
		return err_set(e, "entity '%s' exists already", id);
	if (fy_rule && *fy_rule && period_calendar_parse(fy_rule, &cal) < 0)
		return err_set(e, "entity '%s': bad fiscal year rule '%s' (MM-DD, last-WDY-MM or nearest-WDY-MM-DD)",
			       id, fy_rule);
	GROW(lx->ents, lx->capents, lx->nents + 1);
	struct lexicon_entity *en = &lx->ents[lx->nents++];
	memset(en, 0, sizeof(*en));
	en->id = keep(id, borrow, 0);
	en->name = keep(name && *name ? name : id, borrow, 0);
	en->name_zh = keep(name_zh, borrow, 1);
	en->parent_id = keep(parent, borrow, 1);
	en->fy_rule = keep(fy_rule, borrow, 1);
	en->kind = keep(kind && *kind ? kind : "company", borrow, 0);
	en->parent = -1;
	index_id(lx, 0, lx->nents - 1);
	return 0;
}

int lexicon_add_entity(struct lexicon *lx, const char *id, const char *name, const char *name_zh,
		       const char *parent, const char *fy_rule, const char *kind, struct errmsg *e)
{
	return add_entity(lx, id, name, name_zh, parent, fy_rule, kind, 0, e);
}

/* Sets entity i's currency (a copy, even for a borrowed row: it may be
 * set again). */
static int set_currency(struct lexicon *lx, size_t i, const char *currency, struct errmsg *e)
{
	struct lexicon_entity *en = &lx->ents[i];
	if (currency && *currency &&
	    (strlen(currency) != 3 || !isupper((unsigned char)currency[0]) || !isupper((unsigned char)currency[1]) ||
	     !isupper((unsigned char)currency[2])))
		return err_set(e, "entity '%s': bad currency '%s' (three capital letters: TWD)", en->id, currency);
	free(en->currency);
	en->currency = keep(currency, 0, 1);
	return 0;
}

int lexicon_set_currency(struct lexicon *lx, const char *id, const char *currency, struct errmsg *e)
{
	int i = find_id(lx, 0, id ? id : "");
	if (i < 0)
		return err_set(e, "no entity '%s'", id ? id : "");
	return set_currency(lx, (size_t)i, currency, e);
}

int lexicon_add_metric(struct lexicon *lx, const char *id, const char *name, const char *unit_kind,
		       int stock, struct errmsg *e)
{
	int uk = lexicon_unit_kind_parse(unit_kind);
	if (!id || !*id)
		return err_set(e, "a metric needs an id");
	if (uk < 0)
		return err_set(e, "metric '%s': unit kind must be currency, percent, count or ratio", id);
	if (find_id(lx, 1, id) >= 0)
		return err_set(e, "metric '%s' exists already", id);
	GROW(lx->mets, lx->capmets, lx->nmets + 1);
	struct lexicon_metric *m = &lx->mets[lx->nmets++];
	m->id = xstrdup(id);
	m->name = xstrdup(name && *name ? name : id);
	m->unit_kind = (enum unit_kind)uk;
	m->stock = stock;
	index_id(lx, 1, lx->nmets - 1);
	return 0;
}

int lexicon_add_alias(struct lexicon *lx, const char *alias, int is_metric, const char *target,
		      int sign, struct errmsg *e)
{
	struct textnorm tn;
	if (!alias || !*alias)
		return err_set(e, "empty alias for '%s'", target);
	if (textnorm_run(alias, strlen(alias), &tn, e) < 0)
		return -1;
	GROW(lx->aliases, lx->capaliases, lx->naliases + 1);
	struct alias *a = &lx->aliases[lx->naliases++];
	a->text = tn.text;
	tn.text = NULL;
	textnorm_free(&tn);
	a->is_metric = is_metric;
	a->target = xstrdup(target);
	a->index = -1;
	a->sign = sign < 0 ? -1 : 1;
	return 0;
}

/* Resolves parents, calendars and alias targets: lexicon_compile() but
 * the matcher. */
static int resolve(struct lexicon *lx, struct errmsg *e)
{
	static const struct fiscal_calendar calyear = { FY_FIXED, 12, 31, 0, 0 };
	for (size_t i = 0; i < lx->nents; i++) {
		struct lexicon_entity *en = &lx->ents[i];
		en->parent = en->parent_id ? find_id(lx, 0, en->parent_id) : -1;
		if (en->parent_id && en->parent < 0)
			return err_set(e, "entity '%s': unknown parent '%s'", en->id, en->parent_id);
	}
	for (size_t i = 0; i < lx->nents; i++) {
		/* a segment keeps its parent's calendar unless it has its own */
		int j = (int)i, depth = 0;
		while (!lx->ents[j].fy_rule && lx->ents[j].parent >= 0 && depth++ < 16)
			j = lx->ents[j].parent;
		if (lx->ents[j].fy_rule)
			period_calendar_parse(lx->ents[j].fy_rule, &lx->ents[i].calendar);
		else
			lx->ents[i].calendar = calyear;
	}
	for (size_t i = 0; i < lx->naliases; i++) {
		struct alias *a = &lx->aliases[i];
		a->index = find_id(lx, a->is_metric, a->target);
		if (a->index < 0)
			return err_set(e, "alias '%s': unknown %s '%s'", a->text,
				       a->is_metric ? "metric" : "entity", a->target);
	}
	return 0;
}

int lexicon_compile(struct lexicon *lx, struct errmsg *e)
{
	if (resolve(lx, e) < 0)
		return -1;
	wordtrie_free(lx->trie);
	lx->trie = wordtrie_new();
	for (size_t i = 0; i < lx->naliases; i++)
		wordtrie_add(lx->trie, lx->aliases[i].text, (int)i);
	return 0;
}

struct lexicon *lexicon_from_tables(const struct lexicon_tables *t, struct errmsg *e)
{
	struct lexicon *lx = lexicon_new();
	/* sized once: grown row by row, the arrays were copied a dozen times */
	GROW(lx->ents, lx->capents, t->nentities);
	GROW(lx->mets, lx->capmets, t->nmetrics);
	size_t cap = 64;
	while (cap < 2 * t->nentities)
		cap *= 2;
	lx->ent_ix.cap = cap;
	lx->ent_ix.slots = xcalloc(cap, sizeof(*lx->ent_ix.slots));
	for (size_t i = 0; i < t->nentities; i++) {
		const struct lexicon_entity_row *r = &t->entities[i];
		if (add_entity(lx, r->id, r->name, r->name_zh, r->parent, r->fy_rule, r->kind, 1, e) < 0)
			goto fail;
		lx->nborrowed_ents = lx->nents;
		if (set_currency(lx, lx->nents - 1, r->currency, e) < 0)
			goto fail;
	}
	for (size_t i = 0; i < t->nmetrics; i++) {
		const struct lexicon_metric_row *r = &t->metrics[i];
		if (lexicon_add_metric(lx, r->id, r->name, r->unit_kind, r->stock, e) < 0)
			goto fail;
	}
	/* normalized when the tables were made: lexicon_add_alias() would
	 * normalize each again, and open OpenCC for the Chinese ones; their
	 * strings are the tables', which outlive the lexicon */
	lx->capaliases = t->naliases;
	lx->aliases = xmalloc((t->naliases ? t->naliases : 1) * sizeof(*lx->aliases));
	for (size_t i = 0; i < t->naliases; i++) {
		const struct lexicon_alias_row *r = &t->aliases[i];
		if (!*r->text) {
			err_set(e, "empty alias for '%s'", r->target);
			goto fail;
		}
		struct alias *a = &lx->aliases[lx->naliases++];
		a->text = (char *)r->text;
		a->is_metric = r->is_metric;
		a->target = (char *)r->target;
		a->index = -1;
		a->sign = r->sign < 0 ? -1 : 1;
		lx->nborrowed = lx->naliases;
	}
	if (t->words) {
		/* the build made the matcher from these rows */
		if (resolve(lx, e) < 0)
			goto fail;
		lx->trie = (struct wordtrie *)t->words; /* frozen: wordtrie_free() leaves it */
	} else if (lexicon_compile(lx, e) < 0) {
		goto fail;
	}
	return lx;
fail:
	lexicon_free(lx);
	return NULL;
}

size_t lexicon_alias_count(const struct lexicon *lx)
{
	return lx->naliases;
}

const char *lexicon_alias_at(const struct lexicon *lx, size_t i, int *is_metric, int *index, int *sign)
{
	if (i >= lx->naliases)
		return NULL;
	const struct alias *a = &lx->aliases[i];
	*is_metric = a->is_metric;
	*index = a->index;
	*sign = a->sign;
	return a->text;
}

int lexicon_scan(const struct lexicon *lx, const char *text, size_t len,
		 struct lexicon_match **out, size_t *n, size_t *cap, struct errmsg *e)
{
	(void)e;
	if (!lx->trie)
		return 0;
	struct wordtrie_match *m = NULL;
	size_t nm = 0, capm = 0;
	wordtrie_scan(lx->trie, text, len, &m, &nm, &capm);
	lexicon_matches(lx, m, nm, out, n, cap);
	free(m);
	return 0;
}

const struct wordtrie *lexicon_words(const struct lexicon *lx)
{
	return lx->trie;
}

void lexicon_matches(const struct lexicon *lx, const struct wordtrie_match *m, size_t nm,
		     struct lexicon_match **out, size_t *n, size_t *cap)
{
	for (size_t i = 0; i < nm; i++) {
		const struct alias *a = &lx->aliases[m[i].id];
		GROW(*out, *cap, *n + 1);
		struct lexicon_match *lm = &(*out)[(*n)++];
		lm->start = m[i].start;
		lm->end = m[i].end;
		lm->is_metric = a->is_metric;
		lm->index = a->index;
		lm->sign = a->sign;
	}
}

size_t lexicon_entity_count(const struct lexicon *lx)
{
	return lx->nents;
}

size_t lexicon_metric_count(const struct lexicon *lx)
{
	return lx->nmets;
}

const struct lexicon_entity *lexicon_entity_at(const struct lexicon *lx, size_t i)
{
	return i < lx->nents ? &lx->ents[i] : NULL;
}

const struct lexicon_metric *lexicon_metric_at(const struct lexicon *lx, size_t i)
{
	return i < lx->nmets ? &lx->mets[i] : NULL;
}

static int find_named(const struct lexicon *lx, int metric, const char *name)
{
	int i = find_id(lx, metric, name);
	if (i >= 0)
		return i;
	struct textnorm tn;
	if (textnorm_run(name, strlen(name), &tn, NULL) < 0)
		return -1;
	int found = -1;
	for (size_t k = 0; k < lx->naliases && found < 0; k++)
		if (lx->aliases[k].is_metric == metric && !ascii_casecmp(lx->aliases[k].text, tn.text))
			found = lx->aliases[k].index;
	if (found < 0)
		for (size_t k = 0; k < (metric ? lx->nmets : lx->nents) && found < 0; k++)
			if (!ascii_casecmp(metric ? lx->mets[k].id : lx->ents[k].id, tn.text))
				found = (int)k;
	textnorm_free(&tn);
	return found;
}

int lexicon_find_entity(const struct lexicon *lx, const char *name)
{
	return find_named(lx, 0, name);
}

int lexicon_find_metric(const struct lexicon *lx, const char *name)
{
	return find_named(lx, 1, name);
}

int lexicon_root(const struct lexicon *lx, int i)
{
	int depth = 0;
	while (i >= 0 && lx->ents[i].parent >= 0 && depth++ < 16)
		i = lx->ents[i].parent;
	return i;
}

const char *lexicon_yuan_currency(const struct lexicon *lx, int i)
{
	int depth = 0;
	while (i >= 0 && !lx->ents[i].currency && lx->ents[i].parent >= 0 && depth++ < 16)
		i = lx->ents[i].parent;
	return i >= 0 && lx->ents[i].currency ? lx->ents[i].currency : "CNY";
}

/* ---- checks for new rows ---- */

int lexicon_check_id(const char *id, int is_metric, struct errmsg *e)
{
	size_t n = id ? strlen(id) : 0;
	int ok = n > 0 && n < 64 && ((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'));
	for (size_t i = 0; ok && i < n; i++) {
		char c = id[i];
		ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == (is_metric ? '_' : '-');
	}
	if (ok)
		return 0;
	return err_set(e, "bad %s id '%s': lowercase letters, digits and %s only, starting with a letter or digit",
		       is_metric ? "metric" : "entity", id ? id : "", is_metric ? "underscores (net_income)"
									: "hyphens (google-cloud)");
}

/* Words of reports that an entity alias must neither be nor sit inside:
 * a company named 云 would turn every cloud business into it. */
static const char *const common_words[] = {
	"云计算", "云业务", "云服务", "公有云", "人工智能", "智能", "数据中心", "季度", "年度", "收入", "营收",
	"利润", "业务", "公司", "集团", "市场", "同比", "环比", "增长", "美元", "人民币", "科技", "服务",
	"平台", "用户", "中国", "美国", "全球", "芯片", "模型", "软件", "硬件", "广告", "电商", "游戏",
	"cloud", "data", "center", "group", "company", "market", "revenue", "total", "global", "services",
	"service", "software", "platform", "model", "models", "chips", "users", "quarter", "year", "growth",
	"business", "segment", "the", "and", "inc", "corp", "holdings", "technology", "technologies",
};

int lexicon_alias_risky(const char *alias, int is_metric, char *why, size_t whylen)
{
	struct textnorm tn;
	if (textnorm_run(alias, strlen(alias), &tn, NULL) < 0)
		return 0;
	size_t chars = 0, latin = 0, other = 0;
	for (const unsigned char *p = (const unsigned char *)tn.text; *p; p++) {
		if ((*p & 0xc0) != 0x80)
			chars++;
		if (isalnum(*p))
			latin++;
		else if (*p >= 0x80 && (*p & 0xc0) != 0x80)
			other++;
	}
	int risky = 0;
	if (other && !latin && chars == 1) {
		snprintf(why, whylen, "one Chinese character matches inside every longer word holding it");
		risky = 1;
	} else if (!other && latin <= 2) {
		snprintf(why, whylen, "'%s' is too short: it matches abbreviations and words everywhere", alias);
		risky = 1;
	}
	for (size_t i = 0; !risky && !is_metric && i < ARRAY_SIZE(common_words); i++) {
		const char *w = common_words[i];
		int same = !ascii_casecmp(tn.text, w);
		/* a Latin alias matches on word boundaries only: equality matters */
		if (same || (other && strstr(w, tn.text))) {
			snprintf(why, whylen, same ? "'%s' is a common word of reports" : "'%s' matches inside the common word '%s'",
				 alias, w);
			risky = 1;
		}
	}
	textnorm_free(&tn);
	return risky;
}
