/* lexicon: one-pass alias matching, longest first, word boundaries, NFKC. */
#include "buf.h"
#include "embedded.h"
#include "lexicon.h"
#include "store.h"
#include "testutil.h"
#include "textnorm.h"

static struct lexicon *lx;

static const struct {
	const char *text;
	const char *first_id; /* of the first match, NULL for none */
	int is_metric;
} cases[] = {
	{ "谷歌云收入", "google-cloud", 0 },
	{ "谷歌收入", "alphabet", 0 },
	{ "Claude Code ARR", "claude-code", 0 },
	{ "Claude models", NULL, 0 },
	{ "AMD revenue", "amd", 0 },
	{ "AMDX revenue", "revenue", 1 },
	{ "ＡＷＳ收入", "aws", 0 },
	{ "aws operating margin", "aws", 0 },
	{ "微软 Azure 收入", "azure", 0 },
	{ "Amazon Web Services", "aws", 0 },
	{ "营业利润率", "operating_margin", 1 },
	{ "营业利润", "operating_income", 1 },
	{ "数据中心业务收入", "data_center_revenue", 1 },
	{ "remaining performance obligations", "rpo", 1 },
	{ "token 消耗量", "token_consumption", 1 },
	{ "token消耗", "token_consumption", 1 },
	{ "annualized revenue run-rate", "arr", 1 },
	/* Traditional text finds Simplified aliases */
	{ "騰訊營業額", "tencent", 0 },
	{ "聯發科營收", "mediatek", 0 },
	{ "股東應佔溢利", "net_income", 1 },
	/* 京东方 is BOE, but 京东方面 is "JD's side", and 京东方面板 BOE's panels */
	{ "京东方营收", "boe", 0 },
	{ "京东方面表示", "jd", 0 },
	{ "京东方面板出货量", "boe", 0 },
	/* a part before its parent's name */
	{ "百度智能云收入", "baidu-ai-cloud", 0 },
	{ "淘天集团客户管理收入", "taotian", 0 },
	{ "净亏损", "net_income", 1 },
	{ "METAVERSE", NULL, 0 },
};

START_TEST(test_match)
{
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(cases[_i].text, strlen(cases[_i].text), &t, NULL), 0);
	struct lexicon_match *m = NULL;
	size_t n = 0, cap = 0;
	ck_assert_int_eq(lexicon_scan(lx, t.text, t.len, &m, &n, &cap, NULL), 0);
	if (!cases[_i].first_id) {
		ck_assert_msg(n == 0, "'%s' matched", cases[_i].text);
	} else {
		ck_assert_msg(n > 0, "'%s' matched nothing", cases[_i].text);
		const char *id = m[0].is_metric ? lexicon_metric_at(lx, (size_t)m[0].index)->id
						 : lexicon_entity_at(lx, (size_t)m[0].index)->id;
		ck_assert_str_eq(id, cases[_i].first_id);
		ck_assert_int_eq(m[0].is_metric, cases[_i].is_metric);
	}
	free(m);
	textnorm_free(&t);
}
END_TEST

START_TEST(test_lookup_and_calendar)
{
	ck_assert_int_ge(lexicon_find_entity(lx, "微软"), 0);
	ck_assert_int_eq(lexicon_find_entity(lx, "微软"), lexicon_find_entity(lx, "microsoft"));
	ck_assert_int_eq(lexicon_find_entity(lx, "MSFT"), lexicon_find_entity(lx, "Microsoft"));
	ck_assert_int_eq(lexicon_find_entity(lx, "no such thing"), -1);
	ck_assert_int_eq(lexicon_find_metric(lx, "未完成订单"), lexicon_find_metric(lx, "rpo"));
	/* a segment keeps its parent's fiscal calendar */
	int azure = lexicon_find_entity(lx, "azure");
	const struct lexicon_entity *a = lexicon_entity_at(lx, (size_t)azure);
	ck_assert_int_eq(a->calendar.month, 6);
	ck_assert_int_eq(a->calendar.day, 30);
	ck_assert_int_eq(lexicon_root(lx, azure), lexicon_find_entity(lx, "microsoft"));
}
END_TEST

START_TEST(test_bad_rows)
{
	struct lexicon *l = lexicon_new();
	struct errmsg e;
	ck_assert_int_eq(lexicon_add_entity(l, "x", "X", NULL, NULL, "13-40", NULL, &e), -1);
	ck_assert_int_eq(lexicon_add_metric(l, "m", "M", "furlongs", 0, &e), -1);
	ck_assert_int_eq(lexicon_add_entity(l, "x", "X", NULL, "nobody", NULL, NULL, &e), 0);
	ck_assert_int_eq(lexicon_compile(l, &e), -1);
	ck_assert_ptr_nonnull(strstr(e.text, "nobody"));
	lexicon_free(l);
}
END_TEST

/* Every id and alias the default lexicon promises is there. */
static const char *const must_entities[] = {
	"microsoft", "azure", "alphabet", "google-cloud", "amazon", "aws", "nvidia", "meta", "apple", "oracle",
	"broadcom", "amd", "tsmc", "coreweave", "nebius", "openai", "anthropic", "claude-code", "openrouter",
	"cursor", "alibaba", "alibaba-cloud", "tencent", "baidu", "salesforce", "enterprise-genai", "vertical-ai",
};

START_TEST(test_default_entities)
{
	ck_assert_int_ge(lexicon_find_entity(lx, must_entities[_i]), 0);
}
END_TEST

static const struct {
	const char *id;
	int is_metric, ok;
} ids[] = {
	{ "google-cloud", 0, 1 }, { "3m", 0, 1 },     { "sk-hynix", 0, 1 },   { "net_income", 1, 1 },
	{ "Contoso", 0, 0 },      { "-x", 0, 0 },     { "a b", 0, 0 },        { "", 0, 0 },
	{ "net_income", 0, 0 },   { "net-income", 1, 0 }, { "微软", 0, 0 },   { "x.y", 0, 0 },
};

START_TEST(test_ids)
{
	struct errmsg e;
	ck_assert_msg((lexicon_check_id(ids[_i].id, ids[_i].is_metric, &e) == 0) == ids[_i].ok, "%s", ids[_i].id);
}
END_TEST

static const struct {
	const char *alias;
	int is_metric, risky;
} risks[] = {
	{ "云", 0, 1 },           { "云", 1, 1 },            { "AI", 0, 1 },        { "ai", 1, 1 },
	{ "X", 0, 1 },            { "数据", 0, 1 },          { "收入", 0, 1 },      { "cloud", 0, 1 },
	{ "Cloud", 0, 1 },        { "微软", 0, 0 },          { "康托索", 0, 0 },    { "AWS", 0, 0 },
	{ "Contoso Ltd", 0, 0 },  { "收入", 1, 0 },          { "cloud revenue", 1, 0 }, { "ＡＩ", 0, 1 },
};

START_TEST(test_risky_aliases)
{
	char why[256] = "";
	ck_assert_msg(lexicon_alias_risky(risks[_i].alias, risks[_i].is_metric, why, sizeof(why)) == risks[_i].risky,
		      "%s: %s", risks[_i].alias, why);
	if (risks[_i].risky)
		ck_assert(why[0]);
}
END_TEST

/* An alias may be written in either script: both it and the text are read
 * as Simplified. */
START_TEST(test_either_script)
{
	static const struct {
		const char *alias, *text;
	} pairs[] = {
		{ "聯發科技", "联发科技营收" },
		{ "联发科技", "聯發科技營收" },
		{ "聯發科技", "聯發科技營收" },
	};
	for (size_t i = 0; i < ARRAY_LEN(pairs); i++) {
		struct lexicon *l = lexicon_new();
		ck_assert_int_eq(lexicon_add_entity(l, "mtk", "MediaTek", NULL, NULL, "12-31", "company", NULL), 0);
		ck_assert_int_eq(lexicon_add_alias(l, pairs[i].alias, 0, "mtk", 1, NULL), 0);
		ck_assert_int_eq(lexicon_compile(l, NULL), 0);
		struct textnorm t;
		ck_assert_int_eq(textnorm_run(pairs[i].text, strlen(pairs[i].text), &t, NULL), 0);
		struct lexicon_match *m = NULL;
		size_t nm = 0, cap = 0;
		ck_assert_int_eq(lexicon_scan(l, t.text, t.len, &m, &nm, &cap, NULL), 0);
		ck_assert_msg(nm == 1 && m[0].start == 0, "alias '%s' in '%s'", pairs[i].alias, pairs[i].text);
		ck_assert_int_eq(lexicon_find_entity(l, "聯發科技"), 0);
		ck_assert_int_eq(lexicon_find_entity(l, "联发科技"), 0);
		free(m);
		textnorm_free(&t);
		lexicon_free(l);
	}
}
END_TEST

/* ---- the default lexicon's data files, migrations/lexicon ---- */

struct row {
	char *f[8];
	int nf;
	int line;
};

/* The rows of a data file, fields split on tabs; comments and blank lines
 * left out. */
static struct row *read_rows(const char *name, size_t *n)
{
	char path[1024];
	snprintf(path, sizeof(path), "%s/%s", MTRACK_LEXICON_DIR, name);
	FILE *f = fopen(path, "r");
	ck_assert_msg(f != NULL, "cannot read '%s'", path);
	struct row *rows = NULL;
	size_t cap = 0;
	*n = 0;
	char line[4096];
	int lineno = 0;
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		if (*n == cap)
			rows = realloc(rows, (cap = cap ? 2 * cap : 64) * sizeof(*rows));
		struct row *r = &rows[(*n)++];
		memset(r, 0, sizeof(*r));
		r->line = lineno;
		char *p = strdup(line);
		while (p && r->nf < 8) {
			r->f[r->nf++] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
	}
	fclose(f);
	return rows;
}

static void free_rows(struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(rows[i].f[0]);
	free(rows);
}

/* Calls fn(alias) for each '|'-separated name in `list` ('-': none). */
static void each_name(const char *list, void (*fn)(const char *, void *), void *arg)
{
	if (!strcmp(list, "-"))
		return;
	char *copy = strdup(list), *p = copy;
	while (p) {
		char *bar = strchr(p, '|');
		if (bar)
			*bar = '\0';
		fn(p, arg);
		p = bar ? bar + 1 : NULL;
	}
	free(copy);
}

static int is_chinese_country(const char *c)
{
	return !strcmp(c, "CN") || !strcmp(c, "HK") || !strcmp(c, "TW");
}

/* Every entity: a valid fiscal year end (a company's own, a part's may be
 * its parent's), a parent the file has, a Chinese name for a Chinese
 * company; the default lexicon holds it with that calendar. */
START_TEST(test_data_entities)
{
	size_t n;
	struct row *rows = read_rows("entities.tsv", &n);
	size_t companies = 0;
	for (size_t i = 0; i < n; i++) {
		struct row *r = &rows[i];
		ck_assert_msg(r->nf == 8, "entities.tsv:%d: %d fields, want 8", r->line, r->nf);
		const char *id = r->f[0], *kind = r->f[1], *parent = r->f[2], *fy = r->f[3];
		struct fiscal_calendar cal;
		if (!strcmp(kind, "company")) {
			companies++;
			ck_assert_msg(strcmp(parent, "-") == 0, "%s: a company with a parent", id);
		}
		if (strcmp(kind, "segment") && strcmp(kind, "product"))
			ck_assert_msg(strcmp(fy, "-") != 0, "%s: no fiscal year end", id);
		else
			ck_assert_msg(strcmp(parent, "-") != 0, "%s: a part without a parent", id);
		if (strcmp(fy, "-"))
			ck_assert_msg(period_calendar_parse(fy, &cal) == 0, "%s: bad fiscal year end '%s'", id, fy);
		if (!strcmp(kind, "company") && is_chinese_country(r->f[4]))
			ck_assert_msg(strcmp(r->f[6], "-") != 0, "%s: a Chinese company without a Chinese name", id);
		int k = lexicon_find_entity(lx, id);
		ck_assert_msg(k >= 0, "%s: not in the default lexicon", id);
		const struct lexicon_entity *en = lexicon_entity_at(lx, (size_t)k);
		ck_assert_str_eq(en->id, id);
		if (strcmp(fy, "-")) {
			ck_assert_msg(en->calendar.kind == cal.kind && en->calendar.month == cal.month &&
					      en->calendar.day == cal.day && en->calendar.weekday == cal.weekday,
				      "%s: the store's calendar is not '%s'", id, fy);
		}
		if (strcmp(parent, "-"))
			ck_assert_msg(en->parent >= 0 && !strcmp(lexicon_entity_at(lx, (size_t)en->parent)->id, parent),
				      "%s: parent is not '%s'", id, parent);
		if (strcmp(r->f[6], "-"))
			ck_assert_msg(en->name_zh != NULL, "%s: the store has no Chinese name", id);
		/* a Taiwanese company's bare 元 is New Taiwan dollars (0015),
		 * anyone else's renminbi */
		const char *yuan = lexicon_yuan_currency(lx, k);
		ck_assert_msg(!strcmp(yuan, !strcmp(r->f[4], "TW") ? "TWD" : "CNY"), "%s (%s): a bare 元 is %s", id,
			      r->f[4], yuan);
	}
	ck_assert_uint_ge(companies, 300);
	free_rows(rows, n);
}
END_TEST

struct alias_check {
	int is_metric;
	const char *target;
};

/* An alias names its own row and no other: a name shared by two entities
 * would leave one of them unreachable. */
static void check_alias(const char *alias, void *arg)
{
	const struct alias_check *c = arg;
	int k = c->is_metric ? lexicon_find_metric(lx, alias) : lexicon_find_entity(lx, alias);
	ck_assert_msg(k >= 0, "alias '%s' of '%s' is not in the default lexicon", alias, c->target);
	const char *got = c->is_metric ? lexicon_metric_at(lx, (size_t)k)->id : lexicon_entity_at(lx, (size_t)k)->id;
	ck_assert_msg(!strcmp(got, c->target), "alias '%s' of '%s' names '%s'", alias, c->target, got);
	/* the text the alias is, scanned, finds the alias whole */
	struct lexicon_match *m = NULL;
	size_t nm = 0, cap = 0;
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(alias, strlen(alias), &t, NULL), 0);
	ck_assert_int_eq(lexicon_scan(lx, t.text, t.len, &m, &nm, &cap, NULL), 0);
	ck_assert_msg(nm >= 1 && m[0].start == 0 && m[0].end == t.len, "alias '%s' is not matched whole", alias);
	textnorm_free(&t);
	free(m);
}

START_TEST(test_data_aliases)
{
	size_t n;
	struct row *rows = read_rows("entities.tsv", &n);
	for (size_t i = 0; i < n; i++) {
		struct alias_check c = { 0, rows[i].f[0] };
		for (int col = 5; col <= 7; col++)
			each_name(rows[i].f[col], check_alias, &c);
	}
	free_rows(rows, n);
	rows = read_rows("metrics.tsv", &n);
	for (size_t i = 0; i < n; i++) {
		ck_assert_msg(rows[i].nf == 6, "metrics.tsv:%d: %d fields, want 6", rows[i].line, rows[i].nf);
		ck_assert_msg(lexicon_unit_kind_parse(rows[i].f[1]) >= 0, "%s: bad unit kind", rows[i].f[0]);
		struct alias_check c = { 1, rows[i].f[0] };
		each_name(rows[i].f[4], check_alias, &c);
		each_name(rows[i].f[5], check_alias, &c);
	}
	free_rows(rows, n);
}
END_TEST

/* Common words, and words holding a company's short name (联想 in 联想到,
 * 理想 in 理想的), in which no entity may be found: short tickers that are
 * words (ON, ARM, NOW) and one- or two-character names that are words
 * stay out of the lexicon. */
static const char *const common_words[] = {
	"on", "arm", "now", "team", "snow", "net", "path", "shop", "dash", "spot", "pins", "snap", "block",
	"box", "zoom", "unity", "coherent", "target", "match", "it", "all", "app", "keys", "lite", "tel",
	"elastic", "flex", "square", "sea", "grab", "screen", "disco", "ai", "ir", "ceo", "cfo", "gaap", "total",
	"cloud", "services", "international", "north america", "core", "intelligent", "data", "edge", "compute",
	"理想的状态", "联想到", "未来几年", "平安", "美的", "中兴", "地平线以上", "菜鸟", "贝壳", "乐天派",
	"字节数", "兆字节", "海光", "世界先进水平", "东南亚市场", "乐观", "星际", "创意", "快速", "小朋友",
	"国际化", "核心业务", "智能云服务", "云业务", "营收", "毛利率",
};

START_TEST(test_common_words)
{
	const char *w = common_words[_i];
	/* the word alone, and inside a sentence */
	char text[256];
	snprintf(text, sizeof(text), "据称 %s 一词 and the %s was said", w, w);
	struct textnorm t;
	ck_assert_int_eq(textnorm_run(text, strlen(text), &t, NULL), 0);
	struct lexicon_match *m = NULL;
	size_t nm = 0, cap = 0;
	ck_assert_int_eq(lexicon_scan(lx, t.text, t.len, &m, &nm, &cap, NULL), 0);
	for (size_t i = 0; i < nm; i++)
		ck_assert_msg(m[i].is_metric, "'%s' finds entity '%s' in '%.*s'", w, lexicon_entity_at(lx, (size_t)m[i].index)->id,
			      (int)(m[i].end - m[i].start), t.text + m[i].start);
	free(m);
	textnorm_free(&t);
}
END_TEST

/* ---- the default lexicon's generated tables ---- */

/* Where the walk over the store's rows stands in the tables. */
struct walk {
	size_t ent, met, ali;
};

/* Each row a new store holds is the next row of embedded_lexicon, an
 * alias with its text normalized. */
static int same_row(const struct lexicon_row *r, void *ctx)
{
	struct walk *w = ctx;
	const struct lexicon_tables *t = &embedded_lexicon;
	if (!strcmp(r->type, "entity")) {
		ck_assert_uint_lt(w->ent, t->nentities);
		const struct lexicon_entity_row *g = &t->entities[w->ent++];
		ck_assert_str_eq(g->id, r->id);
		ck_assert_str_eq(g->name, r->name ? r->name : "");
		ck_assert_str_eq(g->name_zh, r->name_zh);
		ck_assert_str_eq(g->parent, r->parent);
		ck_assert_str_eq(g->fy_rule, r->fy);
		ck_assert_str_eq(g->kind, r->kind);
		ck_assert_str_eq(g->currency, r->currency);
	} else if (!strcmp(r->type, "metric")) {
		ck_assert_uint_lt(w->met, t->nmetrics);
		const struct lexicon_metric_row *g = &t->metrics[w->met++];
		ck_assert_str_eq(g->id, r->id);
		ck_assert_str_eq(g->name, r->name ? r->name : "");
		ck_assert_str_eq(g->unit_kind, r->unit_kind);
		ck_assert_int_eq(g->stock, r->stock);
	} else {
		ck_assert_uint_lt(w->ali, t->naliases);
		const struct lexicon_alias_row *g = &t->aliases[w->ali++];
		struct textnorm tn;
		ck_assert_int_eq(textnorm_run(r->name, strlen(r->name), &tn, NULL), 0);
		ck_assert_msg(!strcmp(g->text, tn.text), "alias %zu: '%s' in the tables, '%s' from the migrations",
			      w->ali - 1, g->text, tn.text);
		textnorm_free(&tn);
		ck_assert_int_eq(g->is_metric, !strcmp(r->kind, "metric"));
		ck_assert_str_eq(g->target, r->id);
		ck_assert_int_eq(g->sign, r->sign < 0 ? -1 : 1);
	}
	return 0;
}

START_TEST(test_tables_are_the_migrations)
{
	struct store *s;
	struct errmsg e;
	struct walk w = { 0, 0, 0 };
	ck_assert_int_eq(store_open(":memory:", &s, &e), 0);
	ck_assert_int_eq(store_each_lexicon_row(s, NULL, same_row, &w, &e), 0);
	store_close(s);
	ck_assert_uint_eq(w.ent, embedded_lexicon.nentities);
	ck_assert_uint_eq(w.met, embedded_lexicon.nmetrics);
	ck_assert_uint_eq(w.ali, embedded_lexicon.naliases);
	ck_assert_uint_gt(w.ali, 0);
}
END_TEST

/* The lexicon compiled from the tables is the store's (lx), field by
 * field, calendars and resolved parents and alias targets included. */
START_TEST(test_tables_compile_to_the_store_lexicon)
{
	struct errmsg e;
	struct lexicon *t = lexicon_from_tables(&embedded_lexicon, &e);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_eq(lexicon_entity_count(t), lexicon_entity_count(lx));
	for (size_t i = 0; i < lexicon_entity_count(lx); i++) {
		const struct lexicon_entity *a = lexicon_entity_at(lx, i), *b = lexicon_entity_at(t, i);
		ck_assert_str_eq(a->id, b->id);
		ck_assert_str_eq(a->name, b->name);
		ck_assert_str_eq(a->name_zh ? a->name_zh : "-", b->name_zh ? b->name_zh : "-");
		ck_assert_int_eq(a->parent, b->parent);
		ck_assert_str_eq(a->fy_rule ? a->fy_rule : "-", b->fy_rule ? b->fy_rule : "-");
		ck_assert_str_eq(a->kind, b->kind);
		ck_assert_int_eq(a->calendar.kind, b->calendar.kind);
		ck_assert_int_eq(a->calendar.month, b->calendar.month);
		ck_assert_int_eq(a->calendar.day, b->calendar.day);
		ck_assert_int_eq(a->calendar.weekday, b->calendar.weekday);
	}
	ck_assert_uint_eq(lexicon_metric_count(t), lexicon_metric_count(lx));
	for (size_t i = 0; i < lexicon_metric_count(lx); i++) {
		const struct lexicon_metric *a = lexicon_metric_at(lx, i), *b = lexicon_metric_at(t, i);
		ck_assert_str_eq(a->id, b->id);
		ck_assert_str_eq(a->name, b->name);
		ck_assert_int_eq(a->unit_kind, b->unit_kind);
		ck_assert_int_eq(a->stock, b->stock);
	}
	ck_assert_uint_eq(lexicon_alias_count(t), lexicon_alias_count(lx));
	for (size_t i = 0; i < lexicon_alias_count(lx); i++) {
		int am, ai, as, bm, bi, bs;
		const char *a = lexicon_alias_at(lx, i, &am, &ai, &as), *b = lexicon_alias_at(t, i, &bm, &bi, &bs);
		ck_assert_str_eq(a, b);
		ck_assert_int_eq(am, bm);
		ck_assert_int_eq(ai, bi);
		ck_assert_int_eq(as, bs);
	}
	ck_assert_ptr_null(lexicon_alias_at(t, lexicon_alias_count(t), &(int){ 0 }, &(int){ 0 }, &(int){ 0 }));
	lexicon_free(t);
}
END_TEST

/* The matcher written into the tables finds what one built from their
 * rows finds, in a text of every alias (joined by what a report puts
 * between words, and run into its neighbours) and in sample sentences. */
START_TEST(test_tables_matcher)
{
	struct errmsg e;
	struct lexicon_tables built = embedded_lexicon;
	ck_assert_ptr_nonnull(built.words);
	built.words = NULL;
	struct lexicon *a = lexicon_from_tables(&embedded_lexicon, &e), *b = lexicon_from_tables(&built, &e);
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(b);
	ck_assert_ptr_eq(lexicon_words(a), embedded_lexicon.words);
	static const char *const seps[] = { " ", "", "，", "x", "-", " revenue ", "收入" };
	struct buf text = BUF_INIT;
	for (size_t k = 0; k < ARRAY_LEN(seps); k++)
		for (size_t i = 0; i < embedded_lexicon.naliases; i++) {
			buf_adds(&text, embedded_lexicon.aliases[i].text);
			buf_adds(&text, seps[k]);
		}
	for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
		buf_adds(&text, cases[i].text);
		buf_addc(&text, '\n');
	}
	struct lexicon_match *ma = NULL, *mb = NULL;
	size_t na = 0, nb = 0, ca = 0, cb = 0;
	ck_assert_int_eq(lexicon_scan(a, text.data, text.len, &ma, &na, &ca, NULL), 0);
	ck_assert_int_eq(lexicon_scan(b, text.data, text.len, &mb, &nb, &cb, NULL), 0);
	ck_assert_uint_gt(na, embedded_lexicon.naliases);
	ck_assert_uint_eq(na, nb);
	for (size_t i = 0; i < na; i++) {
		ck_assert_uint_eq(ma[i].start, mb[i].start);
		ck_assert_uint_eq(ma[i].end, mb[i].end);
		ck_assert_int_eq(ma[i].is_metric, mb[i].is_metric);
		ck_assert_int_eq(ma[i].index, mb[i].index);
		ck_assert_int_eq(ma[i].sign, mb[i].sign);
	}
	free(ma);
	free(mb);
	buf_free(&text);
	lexicon_free(a);
	lexicon_free(b);
}
END_TEST

/* Tables with a bad row are refused as lexicon_add_*() and
 * lexicon_compile() refuse it, with the row named. */
static const struct lexicon_entity_row parent_row[] = { { "p", "P", "", "", "06-30", "company", "" } };
static const struct {
	struct lexicon_entity_row ent;
	struct lexicon_metric_row met;
	struct lexicon_alias_row ali;
	const char *says;
} bad_tables[] = {
	{ { "x", "X", "", "nobody", "", "segment", "" }, { "m", "M", "count", 0 }, { "x", 0, "x", 1 }, "nobody" },
	{ { "x", "X", "", "", "13-40", "", "" }, { "m", "M", "count", 0 }, { "x", 0, "x", 1 }, "13-40" },
	{ { "x", "X", "", "", "", "", "" }, { "m", "M", "furlongs", 0 }, { "x", 0, "x", 1 }, "unit kind" },
	{ { "x", "X", "", "", "", "", "" }, { "m", "M", "count", 0 }, { "y", 0, "nothing", 1 }, "nothing" },
	{ { "x", "X", "", "", "", "", "" }, { "m", "M", "count", 0 }, { "x", 1, "x", 1 }, "unknown metric 'x'" },
	{ { "x", "X", "", "", "", "", "" }, { "m", "M", "count", 0 }, { "", 0, "x", 1 }, "empty alias" },
	{ { "p", "X", "", "", "", "", "" }, { "m", "M", "count", 0 }, { "x", 0, "p", 1 }, "exists already" },
	{ { "x", "X", "", "", "", "", "twd" }, { "m", "M", "count", 0 }, { "x", 0, "x", 1 }, "bad currency" },
};

START_TEST(test_bad_tables)
{
	struct lexicon_entity_row ents[] = { parent_row[0], bad_tables[_i].ent };
	struct lexicon_tables t = { ents, 2, &bad_tables[_i].met, 1, &bad_tables[_i].ali, 1, NULL };
	struct errmsg e;
	ck_assert_ptr_null(lexicon_from_tables(&t, &e));
	ck_assert_msg(strstr(e.text, bad_tables[_i].says), "'%s' does not say '%s'", e.text, bad_tables[_i].says);
}
END_TEST

START_TEST(test_empty_tables)
{
	struct lexicon_tables t = { NULL, 0, NULL, 0, NULL, 0, NULL };
	struct lexicon *l = lexicon_from_tables(&t, NULL);
	ck_assert_ptr_nonnull(l);
	ck_assert_uint_eq(lexicon_entity_count(l), 0);
	ck_assert_uint_eq(lexicon_alias_count(l), 0);
	lexicon_free(l);
}
END_TEST

int main(void)
{
	struct store *s;
	struct errmsg e;
	if (store_open(":memory:", &s, &e) < 0 || store_load_lexicon(s, &lx, &e) < 0) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	store_close(s);
	Suite *su = suite_create("lexicon");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_match, 0, ARRAY_LEN(cases));
	tcase_add_test(tc, test_lookup_and_calendar);
	tcase_add_test(tc, test_bad_rows);
	tcase_add_loop_test(tc, test_default_entities, 0, ARRAY_LEN(must_entities));
	tcase_add_loop_test(tc, test_ids, 0, ARRAY_LEN(ids));
	tcase_add_loop_test(tc, test_risky_aliases, 0, ARRAY_LEN(risks));
	tcase_add_test(tc, test_either_script);
	tcase_add_test(tc, test_data_entities);
	tcase_add_test(tc, test_data_aliases);
	tcase_add_loop_test(tc, test_common_words, 0, ARRAY_LEN(common_words));
	tcase_add_test(tc, test_tables_are_the_migrations);
	tcase_add_test(tc, test_tables_compile_to_the_store_lexicon);
	tcase_add_test(tc, test_tables_matcher);
	tcase_add_loop_test(tc, test_bad_tables, 0, ARRAY_LEN(bad_tables));
	tcase_add_test(tc, test_empty_tables);
	suite_add_tcase(su, tc);
	int rc = run_suite(su);
	lexicon_free(lx);
	return rc;
}
