/*
 * Unknown names beside metric statements (see suggest.h). The text is
 * normalized (textnorm) and scanned for aliases (lexicon); for each metric
 * followed by a number in its sentence, the clause before the metric is
 * the subject's place. Periods, fillers and numbers are trimmed from its
 * end (2025 年第三季度, FY26Q1, 's); what is left at the end is a name: a
 * run of Chinese characters, or of capitalized Latin words. A name that
 * holds an alias of the lexicon is known and not suggested.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "suggest.h"
#include "textnorm.h"
#include "banned.h"

/* Words trimmed from the end of the subject's place: periods and the
 * words that stand between a name and its metric. */
static const char *const tail_words[] = {
	"财年", "财季", "季度", "上半年", "下半年", "半年", "全年", "年度", "单季", "当季", "本季", "今年",
	"去年", "明年", "同期", "前三季", "月份", "年", "季", "月", "日", "第", "前", "一", "二", "三", "四",
	"的", "总", "整体", "经调整", "调整后", "实现", "录得", "公布", "披露", "合计", "累计", "在", "于",
	"将", "并", "称", "表示", "指引", "预计", "预期", "有望", "目标", "计划", "上调", "下调", "相关",
	"年底", "年末", "季末", "期末", "上年同期为", "同期为", "为",
	"'s", "’s", "'", "’", "fiscal", "calendar", "quarter", "quarterly", "year", "full-year", "annual",
	"the", "in", "its", "of", "for", "total", "adjusted", "non-GAAP", "GAAP", "non-IFRS", "IFRS",
	"reported", "posted", "net", "trailing-twelve-month", "TTM", "CY", "FY",
};

/* Words trimmed from the start of a Chinese name: what opens a clause
 * before its subject. */
static const char *const lead_words[] = {
	"据报道", "报道称", "数据显示", "财报显示", "公告显示", "资料显示", "据悉", "其中", "此外", "另外",
	"同时", "目前", "今年", "去年", "本季度", "旗下", "我们预计", "预计", "受益于", "由于", "以及",
	"而", "但", "和", "与", "及", "对比", "相比", "其", "两家", "三家", "四家", "几家", "各家", "相关",
	"各", "这些", "其他", "主要", "头部", "年", "月", "日", "季度", "财年", "年度", "以美元计",
	"以人民币计", "全年",
};

/* Words no Chinese name holds: verbs and function words left over from
 * the clause (并提出, 我们采用, 行业竞争加剧导致). */
static const char *const not_in_names[] = {
	"其", "各", "并", "将", "与", "和", "及", "受", "的", "我们", "以", "导致", "加剧", "采用", "提出",
	"维持", "对应", "合计", "贡献", "处理", "截止", "截至", "日期", "预计", "同比", "环比", "美元",
	"人民币", "新业务", "外部客户", "影响",
};

/* Clause openers and common nouns that stand where a name would but are
 * none: 公司 is the company said before, 行业 a whole industry. */
static const char *const not_names[] = {
	"公司", "该公司", "本公司", "集团", "本集团", "行业", "市场", "国内", "海外", "全球", "中国", "美国",
	"我们", "管理层", "业务", "板块", "部门", "分部", "产品", "服务", "同比", "环比", "整体", "单季度",
	"季度", "全年", "上半年", "下半年", "今年", "去年", "截至", "截止", "报告期", "报告期内", "期内",
	"The", "Its", "Our", "We", "It", "They", "This", "That", "These", "Total", "Company", "Group",
	"Management", "Revenue", "Revenues", "Sales", "Meanwhile", "While", "And", "But", "For", "In",
	"At", "By", "As", "On", "Q", "FY", "H", "CY", "Net", "Adjusted", "GAAP", "Non-GAAP", "Non-IFRS",
	"IFRS", "AI", "Hyperscaler", "Hyperscalers", "Commercial", "Calendar", "Operating", "Gross", "Free",
	"Annual", "Quarterly", "Full-year", "Consolidated", "Segment", "Mgmt", "Mgmt's",
};

/* Latin words that open a clause before its subject. */
static const char *const latin_openers[] = {
	"The", "For", "In", "At", "Meanwhile", "While", "And", "But", "As", "By", "On", "Its", "Also",
	"Total", "Adjusted", "Non-GAAP", "GAAP",
};

struct suggest {
	const struct lexicon *lx;
	struct suggest_name *names;
	size_t n, cap;
	int sorted;
};

struct suggest *suggest_new(const struct lexicon *lx)
{
	struct suggest *sg = xcalloc(1, sizeof(*sg));
	sg->lx = lx;
	return sg;
}

void suggest_free(struct suggest *sg)
{
	if (!sg)
		return;
	for (size_t i = 0; i < sg->n; i++) {
		free(sg->names[i].name);
		free(sg->names[i].example);
		free(sg->names[i].source);
	}
	free(sg->names);
	free(sg);
}

/* An ideograph U+4E00..U+9FFF at t[i] (three bytes, lead E4..E9). */
static int ideograph_at(const char *t, size_t i, size_t len)
{
	unsigned char c = (unsigned char)t[i];
	return c >= 0xE4 && c <= 0xE9 && i + 2 < len;
}

/* The start of the character that ends at t[i] (i > 0). */
static size_t prev_char(const char *t, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80);
	return i;
}

static int starts_with(const char *t, size_t i, size_t end, const char *w)
{
	size_t n = strlen(w);
	return end - i >= n && !memcmp(t + i, w, n);
}

/* Whether a sentence ends at t[i]: 。! ? ; a line, or a full stop
 * before a space (not a decimal point). */
static size_t sentence_end_at(const char *t, size_t i, size_t len)
{
	if (t[i] == '!' || t[i] == '?' || t[i] == ';' || t[i] == '\n')
		return 1;
	if (t[i] == '.' && (i + 1 == len || t[i + 1] == ' ' || t[i + 1] == '\n'))
		return 1;
	if (starts_with(t, i, len, "。"))
		return 3;
	return 0;
}

/* Whether a clause ends at t[i] (a sentence end, or , : ( ) " 、 “ ” |). */
static size_t clause_end_at(const char *t, size_t i, size_t len)
{
	static const char *const seps[] = { "、", "“", "”", "「", "」", "《", "》" };
	if (t[i] && strchr(",:()\"|", t[i]))
		return 1;
	for (size_t k = 0; k < ARRAY_SIZE(seps); k++)
		if (starts_with(t, i, len, seps[k]))
			return strlen(seps[k]);
	return sentence_end_at(t, i, len);
}

/* The start of the clause (or sentence, when `sentence`) holding t[pos]. */
static size_t unit_start(const char *t, size_t len, size_t pos, int sentence)
{
	size_t i = pos;
	while (i > 0) {
		size_t p = prev_char(t, i);
		size_t n = sentence ? sentence_end_at(t, p, len) : clause_end_at(t, p, len);
		if (n && p + n <= i)
			return p + n;
		i = p;
	}
	return 0;
}

static size_t sentence_end(const char *t, size_t len, size_t pos)
{
	for (size_t i = pos; i < len; i++) {
		size_t n = sentence_end_at(t, i, len);
		if (n)
			return i + n;
	}
	return len;
}

/* Trims periods, numbers and fillers off the end of t[s..e). */
static size_t trim_tail(const char *t, size_t s, size_t e)
{
	for (;;) {
		size_t before = e;
		while (e > s && isspace((unsigned char)t[e - 1]))
			e--;
		/* a Latin or digit token holding a digit: 2025, FY26Q1, 3Q25, H1 */
		size_t k = e;
		int digit = 0;
		while (k > s && (isalnum((unsigned char)t[k - 1]) || t[k - 1] == '.' || t[k - 1] == '-' || t[k - 1] == '/')) {
			digit |= isdigit((unsigned char)t[k - 1]);
			k--;
		}
		if (digit)
			e = k;
		for (size_t w = 0; w < ARRAY_SIZE(tail_words) && e == before; w++) {
			size_t n = strlen(tail_words[w]);
			int latin = isalpha((unsigned char)tail_words[w][0]) || tail_words[w][0] == '\'';
			if (e - s >= n && !strncasecmp(t + e - n, tail_words[w], n) &&
			    (!latin || tail_words[w][0] == '\'' || e - n == s || !isalnum((unsigned char)t[e - n - 1])))
				e -= n;
		}
		if (e == before)
			return e;
	}
}

static int in_list(const char *s, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && !strncmp(s, list[i], n))
			return 1;
	return 0;
}

/* The Chinese name that ends at t[e]: the run of ideographs before it,
 * after its last 的 and without the words that open a clause. */
static int chinese_name(const char *t, size_t s, size_t e, size_t *ns)
{
	size_t b = e;
	while (b > s) {
		size_t p = prev_char(t, b);
		if (!ideograph_at(t, p, e))
			break;
		if (starts_with(t, p, e, "的"))
			break;
		b = p;
	}
	for (int again = 1; again;) {
		again = 0;
		for (size_t w = 0; w < ARRAY_SIZE(lead_words); w++)
			if (starts_with(t, b, e, lead_words[w]) && e - b > strlen(lead_words[w])) {
				b += strlen(lead_words[w]);
				again = 1;
			}
	}
	size_t chars = (e - b) / 3;
	if (chars < 2 || chars > 8)
		return -1;
	for (size_t w = 0; w < ARRAY_SIZE(not_in_names); w++) {
		size_t n = strlen(not_in_names[w]);
		for (size_t i = b; i + n <= e; i += 3)
			if (!memcmp(t + i, not_in_names[w], n))
				return -1;
	}
	*ns = b;
	return 0;
}

/* The Latin name that ends at t[e]: capitalized words (Contoso Robotics,
 * Acme AI, Foo.com), without the words that open a clause. */
static int latin_name(const char *t, size_t s, size_t e, size_t *ns)
{
	size_t b = e;
	int words = 0;
	while (b > s) {
		size_t k = b;
		while (k > s && (isalnum((unsigned char)t[k - 1]) || strchr(".&-'", t[k - 1])))
			k--;
		if (k == b || !(isupper((unsigned char)t[k]) || (t[k] == '&' && b - k == 1)))
			break;
		b = k;
		words++;
		if (b > s && t[b - 1] == ' ')
			b--;
		else
			break;
	}
	while (b < e && t[b] == ' ')
		b++;
	/* drop opening words: "The", "For", "Meanwhile" */
	for (int again = 1; again;) {
		again = 0;
		for (size_t w = 0; w < ARRAY_SIZE(latin_openers); w++) {
			size_t n = strlen(latin_openers[w]);
			if (e - b > n && !strncmp(t + b, latin_openers[w], n) && t[b + n] == ' ') {
				b += n + 1;
				again = 1;
			}
		}
	}
	if (!words || e - b < 2 || e - b > 40)
		return -1;
	*ns = b;
	return 0;
}

/* Whether the lexicon knows `name` or any part of it. */
static int known(const struct lexicon *lx, const char *name)
{
	if (lexicon_find_entity(lx, name) >= 0 || lexicon_find_metric(lx, name) >= 0)
		return 1;
	struct lexicon_match *m = NULL;
	size_t n = 0, cap = 0;
	lexicon_scan(lx, name, strlen(name), &m, &n, &cap, NULL);
	free(m);
	return n > 0;
}

static void tally(struct suggest *sg, const char *name, int latin, const char *source, const char *orig,
		  size_t os, size_t oe)
{
	for (size_t i = 0; i < sg->n; i++)
		if (!strcmp(sg->names[i].name, name)) {
			sg->names[i].count++;
			return;
		}
	GROW(sg->names, sg->cap, sg->n + 1);
	struct suggest_name *nm = &sg->names[sg->n++];
	nm->name = xstrdup(name);
	nm->latin = latin;
	nm->count = 1;
	while (os < oe && isspace((unsigned char)orig[os]))
		os++;
	while (oe > os && isspace((unsigned char)orig[oe - 1]))
		oe--;
	/* a readable example: at most 300 bytes, cut on a character */
	if (oe - os > 300) {
		oe = os + 300;
		while (oe > os && ((unsigned char)orig[oe] & 0xC0) == 0x80)
			oe--;
	}
	nm->example = xstrndup(orig + os, oe - os);
	nm->source = xstrdup(source);
	sg->sorted = 0;
}

int suggest_scan(struct suggest *sg, const char *source, const char *text, size_t len, struct errmsg *e)
{
	struct textnorm tn;
	if (textnorm_run(text, len, &tn, e) < 0)
		return -1;
	const char *t = tn.text;
	struct lexicon_match *m = NULL;
	size_t nm = 0, cap = 0;
	lexicon_scan(sg->lx, t, tn.len, &m, &nm, &cap, NULL);
	for (size_t i = 0; i < nm; i++) {
		if (!m[i].is_metric)
			continue;
		/* a metric statement: a number after the metric, in its sentence */
		size_t se = sentence_end(t, tn.len, m[i].end), d = m[i].end;
		while (d < se && !isdigit((unsigned char)t[d]))
			d++;
		if (d == se)
			continue;
		size_t cs = unit_start(t, tn.len, m[i].start, 0);
		/* an entity or another metric in the subject's place: known */
		int taken = 0;
		for (size_t k = 0; k < i && !taken; k++)
			taken = m[k].end > cs && m[k].start < m[i].start;
		if (taken)
			continue;
		size_t end = trim_tail(t, cs, m[i].start), start;
		if (end == cs)
			continue;
		size_t last = prev_char(t, end);
		int latin = !ideograph_at(t, last, end);
		if (latin ? latin_name(t, cs, end, &start) : chinese_name(t, cs, end, &start))
			continue;
		if (in_list(t + start, end - start, not_names, ARRAY_SIZE(not_names)))
			continue;
		char *name = xstrndup(t + start, end - start);
		if (!known(sg->lx, name)) {
			size_t ss = unit_start(t, tn.len, m[i].start, 1);
			tally(sg, name, latin, source, text, textnorm_orig(&tn, ss), textnorm_orig(&tn, se));
		}
		free(name);
	}
	free(m);
	textnorm_free(&tn);
	return 0;
}

static int by_count(const void *a, const void *b)
{
	const struct suggest_name *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->name, y->name);
}

const struct suggest_name *suggest_names(struct suggest *sg, size_t *n)
{
	if (!sg->sorted && sg->n)
		qsort(sg->names, sg->n, sizeof(*sg->names), by_count);
	sg->sorted = 1;
	*n = sg->n;
	return sg->names;
}
