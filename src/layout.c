/*
 * Layout (see layout.h): each line of the normalized text is typed by its
 * shape alone — its opening mark, its length, how it ends, how its cells
 * are set apart — and then placed under the heading that scopes it. Words
 * matter only for units lines and boilerplate headings, kept in tables.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "layout.h"
#include "numlex.h"
#include "textnorm.h"
#include "util.h"
#include "banned.h"

/* Marks that open a bullet (after NFKC: dashes are '-'). */
static const char *const bullet_marks[] = {
	"●", "•", "·", "▪", "■", "◆", "◇", "○", "◎", "➢", "▶", "►", "★", "☆", "✓", "\xef\x82\xb7", "-", "*", "+",
	/* (a wire's "--  Total revenues were …") */
	"--",
	/* (a bullet a page's encoding turned into a degree sign: "° Revenue
	 * between US$36 billion and $38 billion;") */
	"°",
	/* Wingdings marks a PDF's text keeps in the private use area:
	 * U+F06C, U+F06E, U+F075, U+F076, U+F0A7, U+F0A8, U+F0D8, U+F0FC */
	"\xef\x81\xac", "\xef\x81\xae", "\xef\x81\xb5", "\xef\x81\xb6", "\xef\x82\xa7", "\xef\x82\xa8",
	"\xef\x83\x98", "\xef\x83\xbc",
};

/* Headings whose sections say nothing of the numbers: disclaimers, safe
 * harbours, rating scales, contact details. Matched at the heading's start,
 * case aside. */
static const char *const boilerplate_heads[] = {
	"forward-looking statement", "forward looking statement", "safe harbor", "safe harbour",
	"cautionary", "disclaimer", "disclosure", "important disclosures", "analyst certification",
	"about ", "webcast", "conference call", "for more information", "contacts", "investor contact",
	"media contact", "免责声明", "免责条款", "重要声明", "法律声明", "特别声明", "分析师声明",
	"分析师承诺", "评级说明", "投资评级说明", "评级体系", "信息披露", "一般声明", "版权声明",
	"相关研究", "联系人", "风险提示",
};

/* Words that make a short line the units line of a table below it. */
static const char *const units_marks[] = {
	"单位:", "单位 :", "单位：", "(in millions", "(in billions", "(in thousands", "in millions,",
	"(百万", "(亿", "(万", "(单位", "$ in millions", "us$ in millions", "($ millions", "($ in ",
	"(us$", "(rmb", "(usd", "(hk$", "(cny",
	/* (Unaudited, in millions), ($m), Year to December ($bn) */
	"in millions)", "in billions)", "in thousands)", "($m)", "($bn)", "($mn)", "($b)",
	/* Hong Kong: (人民幣百萬元，另有指明者除外) */
	"(人民币百万元", "(人民币千元", "(人民币亿元", "(港币百万元", "(港元百万元", "(美元百万元", "(百万美元", "(亿元",
};

static int starts_with_ci(const char *t, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);
	return e - s >= n && !strncasecmp(t + s, w, n);
}

/* Whether t[s..e) holds a colon with words after it on its line. */
static int value_after_colon(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++) {
		size_t w = t[i] == ':' ? 1 : e - i >= 3 && !memcmp(t + i, "\xef\xbc\x9a", 3) ? 3 : 0; /* ： */
		if (!w)
			continue;
		for (size_t k = i + w; k < e; k++)
			if (t[k] != ' ' && t[k] != '\t')
				return 1;
		return 0;
	}
	return 0;
}

/* Whether t[s..e) opens on one of boilerplate_heads. */
static int boiler_head(const char *t, size_t s, size_t e)
{
	for (size_t k = 0; k < ARRAY_SIZE(boilerplate_heads); k++)
		if (starts_with_ci(t, s, e, boilerplate_heads[k]))
			return 1;
	return 0;
}

/* Whether heading line l is a boilerplate label with its value on its
 * line ("联系人：刘芊"): that line alone is boilerplate. */
static int boiler_line(const char *t, const struct layout_line *l)
{
	return boiler_head(t, l->body, l->end) && value_after_colon(t, l->body, l->end);
}

/* The width of the UTF-8 character at t[i]. */
static size_t char_len(const char *t, size_t i)
{
	unsigned char c = (unsigned char)t[i];
	return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Where t[s..e) ends when a wide character takes `wide` columns: pdftotext
 * sets some pages one cell a character, others two for a Chinese one. */
static size_t cells_of(const char *t, size_t s, size_t e, size_t wide)
{
	size_t w = 0;
	for (size_t i = s; i < e; i += char_len(t, i))
		w += (unsigned char)t[i] >= 0xE0 ? wide : 1;
	return w;
}

size_t layout_columns(const char *t, size_t s, size_t e)
{
	return cells_of(t, s, e, 2);
}

/* Whether the line ends a sentence: . 。 ! ? ！ ？ ; ； or a closing
 * quote or bracket after one. */
static int ends_sentence(const char *t, size_t s, size_t e)
{
	static const char *const cjk[] = { "。", "！", "？", "；", "…" };
	while (e > s) {
		unsigned char c = (unsigned char)t[e - 1];
		if (c == '"' || c == ')' || c == '\'' || c == ']') {
			e--;
			continue;
		}
		if (e >= s + 3 && (!memcmp(t + e - 3, "”", 3) || !memcmp(t + e - 3, "」", 3) ||
				   !memcmp(t + e - 3, "』", 3))) {
			e -= 3;
			continue;
		}
		break;
	}
	if (e == s)
		return 0;
	char c = t[e - 1];
	if (c == '.' || c == '!' || c == '?' || c == ';')
		return 1;
	for (size_t i = 0; i < ARRAY_SIZE(cjk); i++) {
		size_t n = strlen(cjk[i]);
		if (e >= s + n && !memcmp(t + e - n, cjk[i], n))
			return 1;
	}
	return 0;
}

/* Whether t[s..e) breaks off where its sentence must go on: at a comma
 * or on a word that leads to more ("of", "the", "ended"). */
static int breaks_off(const char *t, size_t s, size_t e)
{
	static const char *const leads[] = { "of", "the", "to", "and", "or", "a", "an", "for", "with", "in", "from",
					     "by", "at", "on", "than", "its", "was", "were", "per", "ended", "ending" };
	return (e > s && t[e - 1] == ',') || span_ends_on_word(t, s, e, leads, sizeof(leads) / sizeof(leads[0]));
}

static int ends_with_colon(const char *t, size_t s, size_t e)
{
	return e > s && (t[e - 1] == ':' || (e >= s + 3 && !memcmp(t + e - 3, "：", 3)));
}

static int is_cjk_numeral(const char *t, size_t i, size_t e)
{
	static const char numerals[] = "一二三四五六七八九十";
	if (i + 3 > e)
		return 0;
	for (const char *c = numerals; *c; c += 3)
		if (!memcmp(t + i, c, 3))
			return 1;
	return 0;
}

/* A numbered opening: 一、 (rank 1), (一) 1. 1、 (1) (rank 2). Returns the
 * rank and sets `*past` past the mark and its spaces; 0 when none. */
static int numbered(const char *t, size_t s, size_t e, size_t *past)
{
	size_t i = s;
	int paren = 0;
	if (i < e && t[i] == '(') {
		paren = 1;
		i++;
	}
	size_t d = i;
	int cjk = 0;
	while (i < e && is_cjk_numeral(t, i, e)) {
		i += 3;
		cjk = 1;
	}
	if (!cjk)
		while (i < e && i - d < 2 && isdigit((unsigned char)t[i]))
			i++;
	if (i == d)
		return 0;
	int rank = 0;
	if (paren) {
		if (i < e && t[i] == ')')
			i++, rank = 2;
	} else if (i + 3 <= e && !memcmp(t + i, "、", 3)) {
		i += 3;
		rank = cjk ? 1 : 2;
	} else if (!cjk && i < e && (t[i] == '.' || t[i] == ')') &&
		   !(i + 1 < e && isdigit((unsigned char)t[i + 1]))) {
		i++;
		rank = 2;
		/* 1. needs a space or a Chinese character after it: not 1.5 */
		if (i < e && t[i] != ' ' && (unsigned char)t[i] < 0xE0)
			rank = 0;
	}
	/* 01 | 总览, 02 | 谷歌云: a magazine's numbered sections */
	if (!rank && !cjk && !paren && i - d == 2) {
		size_t b = i;
		while (b < e && t[b] == ' ')
			b++;
		if (b < e && t[b] == '|' && b > i) {
			i = b + 1;
			rank = 1;
		}
	}
	if (!rank)
		return 0;
	while (i < e && (t[i] == ' ' || t[i] == '\t'))
		i++;
	*past = i;
	return rank;
}

static size_t bullet(const char *t, size_t s, size_t e)
{
	for (size_t k = 0; k < ARRAY_SIZE(bullet_marks); k++) {
		/* (most lines start with no mark's first byte) */
		if (s >= e || bullet_marks[k][0] != t[s])
			continue;
		size_t n = strlen(bullet_marks[k]);
		if (e - s <= n || memcmp(t + s, bullet_marks[k], n))
			continue;
		/* -5% or *note: a sign or a footnote, not a bullet */
		if ((n == 1 || t[s] == '-') && t[s + n] != ' ' && t[s + n] != '\t')
			continue;
		size_t i = s + n;
		while (i < e && (t[i] == ' ' || t[i] == '\t'))
			i++;
		return i;
	}
	return s;
}

/* The cells of a row set apart by '|': an empty cell is a cell (| 40% | |),
 * the bars at the ends open and close the row. */
static size_t pipe_cells(const char *text, size_t start, size_t end, size_t *s, size_t *e, size_t max)
{
	size_t n = 0;
	size_t i = start;
	if (i < end && text[i] == '|')
		i++;
	while (i < end) {
		const char *bar = memchr(text + i, '|', end - i);
		size_t ce = bar ? (size_t)(bar - text) : end;
		if (!bar && ce == i)
			break;
		size_t a = i, b = ce;
		while (a < b && (text[a] == ' ' || text[a] == '\t'))
			a++;
		while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t'))
			b--;
		if (!bar && a == b)
			break; /* past the closing bar */
		if (n < max) {
			s[n] = a;
			e[n] = b;
		}
		n++;
		i = ce + 1;
	}
	return n;
}

static int count_cell(const char *t, size_t s, size_t e, int *digits, int *letters);

/* The next word of t[*i..end) set apart by spaces: its start; *i is left
 * at its end (the two equal at the end of the text). */
static size_t next_spaced_word(const char *t, size_t *i, size_t end)
{
	while (*i < end && t[*i] == ' ')
		(*i)++;
	size_t b = *i;
	while (*i < end && t[*i] != ' ')
		(*i)++;
	return b;
}

/* How many figures t[start..end) is, set apart by single spaces: each a
 * number, or a period's label of two digits or more ("Q3 2025" is one
 * label, not two); in a row of a table (`row`) a figure may carry a scale
 * letter ($8M) and none ends on a comma (a date's day: "September 30,
 * 2025"). -1 when it holds a run of spaces, a tab, a bar or anything
 * else. */
static long figures_single_spaced(const char *t, size_t start, size_t end, int row)
{
	long n = 0;
	for (size_t i = start; i < end;) {
		if (t[i] == '\t' || t[i] == '|' || (t[i] == ' ' && i + 1 < end && t[i + 1] == ' '))
			return -1;
		size_t b = next_spaced_word(t, &i, end);
		if (b == i)
			break;
		int digits, letters;
		if (!count_cell(t, b, i, &digits, &letters) || !digits)
			return -1;
		int scaled = row && letters == 1 && i - b >= 2 && strchr("KMBT", t[i - 1]) && isdigit((unsigned char)t[i - 2]);
		if ((letters && !scaled && (digits < 2 || letters > 2)) || (row && t[i - 1] == ','))
			return -1;
		n++;
	}
	return n;
}

/* Whether t[start..end) is three figures or more set apart by single
 * spaces, as a PDF's chart comes out as text (40,316 47,303 41,392;
 * Q3'24 Q4'24 Q1'25). */
static int single_spaced_figures(const char *t, size_t start, size_t end)
{
	return figures_single_spaced(t, start, end, 0) >= 3;
}

/* Where the figures of t[start..end) start when it is a row of a table
 * flattened to single spaces: a label of one to six words with no digit
 * and no mark of a sentence, then two figures or more ("Operating Income
 * +$25M -$29M -$8M"); 0 when it is not. */
static size_t single_spaced_row(const char *t, size_t start, size_t end)
{
	/* (most lines are prose, which ends on a word or a full stop: a
	 * row ends on a figure) */
	size_t z = end;
	while (z > start && t[z - 1] == ' ')
		z--;
	if (z < start + 2 || !(isdigit((unsigned char)t[z - 1]) || t[z - 1] == '%' || t[z - 1] == ')' ||
			       (strchr("KMBT", t[z - 1]) && isdigit((unsigned char)t[z - 2]))))
		return 0;
	size_t i = start, words = 0;
	while (i < end) {
		size_t b = next_spaced_word(t, &i, end);
		if (b == i)
			return 0;
		int digits, letters;
		if (!count_cell(t, b, i, &digits, &letters))
			return 0;
		if (digits)
			return words && words <= 6 && figures_single_spaced(t, b, end, 1) >= 2 ? b : 0;
		for (size_t k = b; k < i; k++)
			if (t[k] == '.' || t[k] == ',' || t[k] == ';' || t[k] == ':' || t[k] == '\t' || t[k] == '|')
				return 0;
		words++;
	}
	return 0;
}

static int is_units_cell(const char *t, size_t s, size_t e);

size_t layout_cells(const char *text, size_t start, size_t end, size_t *s, size_t *e, size_t max)
{
	size_t bars = 0;
	for (size_t i = start; i < end && bars < 2; i++)
		bars += text[i] == '|';
	if (bars >= 2 && (text[start] == '|' || text[end - 1] == '|'))
		return pipe_cells(text, start, end, s, e, max);
	int single = single_spaced_figures(text, start, end);
	size_t n = 0;
	size_t i = start;
	/* (a row's label, its words one cell, before figures set apart by
	 * single spaces) */
	size_t figs = single ? 0 : single_spaced_row(text, start, end);
	if (figs) {
		size_t le = figs;
		while (le > start && text[le - 1] == ' ')
			le--;
		if (n < max) {
			s[n] = start;
			e[n] = le;
		}
		n++;
		i = figs;
		single = 1;
	}
	while (i < end) {
		while (i < end && (text[i] == ' ' || text[i] == '\t' || text[i] == '|'))
			i++;
		if (i >= end)
			break;
		size_t b = i;
		size_t last = i;
		while (i < end && text[i] != '\t' && text[i] != '|') {
			/* "$  88,427": a dollar sign set apart from its figure is
			 * the figure's, however many spaces between */
			if (text[i] == ' ' && i == b + 1 && text[b] == '$') {
				size_t f = i;
				while (f < end && text[f] == ' ')
					f++;
				if (f < end && (isdigit((unsigned char)text[f]) || text[f] == '(')) {
					i = f;
					continue;
				}
			}
			if (text[i] == ' ' && (single || (i + 1 < end && (text[i + 1] == ' ' || text[i + 1] == '\t'))))
				break;
			/* RMB'million RMB'million: a column's units cell ends
			 * its cell at one space */
			if (text[i] == ' ' && memchr(text + b, '\'', i - b) && is_units_cell(text, b, i))
				break;
			if (text[i] != ' ')
				last = i + char_len(text, i);
			i += char_len(text, i);
		}
		if (n < max) {
			s[n] = b;
			e[n] = last;
		}
		n++;
	}
	return n;
}

/* Counts the digits and letters of cell t[s..e); 0 when it holds a
 * character no figure holds. */
static int count_cell(const char *t, size_t s, size_t e, int *digits, int *letters)
{
	*digits = *letters = 0;
	for (size_t i = s; i < e; i++) {
		unsigned char c = (unsigned char)t[i];
		if (isdigit(c))
			(*digits)++;
		else if (isalpha(c))
			(*letters)++;
		else if (c >= 0x80 || !strchr("$%,.()-+ /'xX~", c))
			return 0;
	}
	return 1;
}

/* Whether a cell reads as a number or a column's period: $15,876 (283)
 * 12% 3Q25A 2025E FY2026 -5.2 — digits with only marks around them. */
static int numeric_cell(const char *t, size_t s, size_t e)
{
	/* "$11.13 - $11.23 Billion": a scale word after the figures */
	static const char *const scales[] = { " billion", " million", " trillion" };
	for (size_t k = 0; k < ARRAY_SIZE(scales); k++) {
		size_t n = strlen(scales[k]);
		if (e - s > n && !strncasecmp(t + e - n, scales[k], n)) {
			e -= n;
			break;
		}
	}
	int digits = 0, letters = 0;
	if (!count_cell(t, s, e, &digits, &letters))
		return 0;
	if (digits > 0 && letters <= 3)
		return 1;
	/* "FQ3'26E Street", "Consensus 2026E": a period's column said to be
	 * the analysts' or the writer's estimates is a period's all the same */
	static const char *const bases[] = { " street", " consensus", " cons.", " ours", " our est.", " est.",
					     " estimate", " guidance", " guide", " actual" };
	static const char *const bases_before[] = { "street ", "consensus ", "cons. ", "ours ", "our est. " };
	if (!digits)
		return 0;
	size_t bs = s, be = e;
	for (size_t k = 0; k < ARRAY_SIZE(bases); k++) {
		size_t n = strlen(bases[k]);
		if (be - bs > n && !strncasecmp(t + be - n, bases[k], n)) {
			be -= n;
			break;
		}
	}
	for (size_t k = 0; k < ARRAY_SIZE(bases_before); k++) {
		size_t n = strlen(bases_before[k]);
		if (be - bs > n && !strncasecmp(t + bs, bases_before[k], n)) {
			bs += n;
			break;
		}
	}
	if (bs == s && be == e)
		return 0;
	return count_cell(t, bs, be, &digits, &letters) && digits > 0 && letters <= 3;
}

int layout_all_cells(const char *t, size_t s, size_t e, int (*cell)(const char *t, size_t s, size_t e))
{
	size_t cs[16], ce[16];
	size_t nc = layout_cells(t, s, e, cs, ce, ARRAY_SIZE(cs));
	if (nc < 2 || nc > ARRAY_SIZE(cs))
		return 0;
	for (size_t i = 0; i < nc; i++)
		if (!cell(t, cs[i], ce[i]))
			return 0;
	return 1;
}

static int is_currency_cell(const char *t, size_t s, size_t e)
{
	return layout_cell_currency(t, s, e) != NULL;
}

/* Of the cells of line t[s..e), how many `cell` accepts, the others being
 * words without a figure; 0 when one holds a digit. Sets `*nc` to the
 * number of cells (0 when more than 16). */
static size_t cells_among_words(const char *t, size_t s, size_t e, int (*cell)(const char *t, size_t s, size_t e),
				size_t *nc)
{
	size_t cs[16], ce[16];
	*nc = layout_cells(t, s, e, cs, ce, ARRAY_SIZE(cs));
	if (*nc > ARRAY_SIZE(cs)) {
		*nc = 0;
		return 0;
	}
	size_t n = 0;
	for (size_t i = 0; i < *nc; i++) {
		if (cell(t, cs[i], ce[i])) {
			n++;
			continue;
		}
		for (size_t k = cs[i]; k < ce[i]; k++)
			if (isdigit((unsigned char)t[k]))
				return 0;
	}
	return n;
}

int layout_currency_row(const char *t, size_t s, size_t e)
{
	if (layout_all_cells(t, s, e, is_currency_cell))
		return 1;
	/* RMB   RMB   US$   YoY % Change: a change column's words beside them */
	size_t nc, codes = cells_among_words(t, s, e, is_currency_cell, &nc);
	return nc >= 3 && codes >= 2 && codes * 2 > nc;
}

/* The currency of a cell that gives a column's currency and scale in
 * Latin letters (RMB'Million, US$'000, HK$ million), or NULL. */
static const char *units_cell_code(const char *t, size_t s, size_t e)
{
	static const char *const scales[] = { "million", "millions", "'000", "000", "mn", "m", "billion", "bn" };
	for (size_t i = 0; i < ARRAY_SIZE(scales); i++) {
		size_t n = strlen(scales[i]);
		if (e - s <= n || strncasecmp(t + e - n, scales[i], n))
			continue;
		size_t ce = e - n;
		while (ce > s && (t[ce - 1] == '\'' || t[ce - 1] == ' '))
			ce--;
		const char *code = ce < e - n ? numlex_currency_code(t, s, ce) : NULL;
		if (code)
			return code;
	}
	return NULL;
}

/* RMB'Million, US$'000, HK$ million: a column's currency and scale in one
 * cell, as Hong Kong statements head their columns. */
static int is_units_cell(const char *t, size_t s, size_t e)
{
	/* 人民币百万元, 百万美元, 港币千元: a scale and a 元 in a short cell */
	static const char *const cjk_scales[] = { "百万", "千", "亿", "万" };
	if (e - s >= 6 && e - s <= 24 && !memcmp(t + e - 3, "元", 3))
		for (size_t i = 0; i < ARRAY_SIZE(cjk_scales); i++)
			if (span_contains(t, s, e, cjk_scales[i], 0))
				return 1;
	return units_cell_code(t, s, e) != NULL;
}

const char *layout_cell_currency(const char *t, size_t s, size_t e)
{
	const char *code = numlex_currency_code(t, s, e);
	return code ? code : units_cell_code(t, s, e);
}

/* Whether t[s..e) is a row of column units (RMB'Million  RMB'Million
 * change): two units cells or more, the other cells words. */
static int units_cells_row(const char *t, size_t s, size_t e)
{
	size_t nc;
	return cells_among_words(t, s, e, is_units_cell, &nc) >= 2;
}

/* Whether units mark `w` stands in t[s..e) as a mark, not as the currency
 * of a figure ((US$39.0 billion)). */
static int units_mark_at(const char *t, size_t s, size_t e, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = span_find(t, s, e, w, 1); i != SIZE_MAX; i = span_find(t, i + 1, e, w, 1)) {
		size_t a = i + n;
		while (a < e && t[a] == ' ')
			a++;
		if (a >= e || !isdigit((unsigned char)t[a]))
			return 1;
	}
	return 0;
}

/* Whether t[s..e) is a rule drawn across the page: runs of dashes,
 * equals signs, underscores or box-drawing lines and nothing else (one
 * run, or one under each column: "--------      --------"). */
static int rule_line(const char *t, size_t s, size_t e)
{
	size_t marks = 0;
	for (size_t i = s; i < e;) {
		unsigned char c = (unsigned char)t[i];
		if (c == ' ' && i > s && i + 1 < e) {
			/* (a single mark between spaces is no run: "- 5 -") */
			if (t[i - 1] != ' ' && (i < s + 2 || t[i - 2] == ' '))
				return 0;
			i++;
		} else if (c == '-' || c == '=' || c == '_' || c == '+') {
			marks++;
			i++;
		} else if (i + 3 <= e && (!memcmp(t + i, "\xe2\x94\x80", 3) || !memcmp(t + i, "\xe2\x94\x81", 3) ||
					  !memcmp(t + i, "\xe2\x80\x94", 3) || !memcmp(t + i, "\xe2\x95\x90", 3))) {
			marks++;
			i += 3;
		} else {
			return 0;
		}
	}
	return marks >= 5;
}

/* Whether a line's cells name periods from the first on (Q3 FY26  Q3 FY25
 * % Change (USD)): two or more cells hold a figure that is no currency's
 * units, the first among them. */
static int dated_cells(const char *t, const size_t *cs, const size_t *ce, size_t nc)
{
	if (nc == 0 || find_digit(t, cs[0], ce[0]) == ce[0])
		return 0;
	size_t dated = 0;
	for (size_t i = 0; i < nc; i++)
		dated += find_digit(t, cs[i], ce[i]) < ce[i] && !units_cell_code(t, cs[i], ce[i]);
	return dated >= 2;
}

/* Whether t[s..e) is a statement a page left without its full stop:
 * "總收入為人民幣458.28億元(74.96億美元),比去年同期增長20%" — a figure,
 * then a Chinese clause after a comma. No title reads so. */
static int unfinished_statement(const char *t, size_t s, size_t e)
{
	/* (a line with a full stop inside is sentences with something after
	 * them, a picture's credit: "…按年升19%。(Shutterstock)") */
	if (span_contains(t, s, e, "。", 0))
		return 0;
	int digit_before = 0;
	for (size_t i = s; i < e; i++) {
		if (isdigit((unsigned char)t[i]))
			digit_before = 1;
		else if ((t[i] == ',' || t[i] == ';') && digit_before && i + 1 < e && (unsigned char)t[i + 1] >= 0xE4)
			return 1;
	}
	return 0;
}

static enum layout_kind shape(const char *t, struct layout_line *l)
{
	size_t s = l->start, e = l->end;
	if (s == e)
		return LAYOUT_BLANK;
	/* a rule drawn in one stroke (under a table's header, between its
	 * rows) is a row of the table that says nothing, not a heading that
	 * would end it */
	if (rule_line(t, s, e)) {
		l->ncells = 1;
		return LAYOUT_TABLE;
	}
	size_t cs[16], ce[16];
	/* cells need a run of spaces, a tab or a bar to set them apart (or
	 * figures alone, single spaces between them) */
	int gapped = memchr(t + s, '\t', e - s) || memchr(t + s, '|', e - s) || span_contains(t, s, e, "  ", 0) ||
		     single_spaced_figures(t, s, e) || single_spaced_row(t, s, e);
	size_t nc = gapped ? layout_cells(t, s, e, cs, ce, ARRAY_SIZE(cs)) : 1;
	int num = 0;
	for (size_t i = 1; i < nc && i < ARRAY_SIZE(cs); i++)
		num += numeric_cell(t, cs[i], ce[i]);
	l->ncells = (int)nc;
	if (nc >= 3 && num >= 2)
		return LAYOUT_TABLE;
	if (nc == 2 && num == 1 && numeric_cell(t, cs[0], ce[0]))
		return LAYOUT_TABLE; /* the years over the columns: 2025   2024 */
	/*                RMB        RMB        US$: the currency of each column */
	if (nc >= 2 && nc <= ARRAY_SIZE(cs) && (layout_currency_row(t, s, e) || units_cells_row(t, s, e)))
		return LAYOUT_UNITS;
	/* every units mark holds a bracket or 单位 or millions; a sentence
	 * that gives a figure in brackets ("Revenue was RMB284.9 billion
	 * (US$39.0 billion).") is no units line */
	/* (but not a header whose cells, from the first, name periods: "Q3
	 * FY26   Q3 FY25   % Change (USD)"; "($ in millions)   Fiscal 2025"
	 * is units over the periods) */
	if (e - s < 120 &&
	    (memchr(t + s, '(', e - s) || span_contains(t, s, e, "单位", 0) || span_contains(t, s, e, "millions", 1)) &&
	    !(ends_sentence(t, s, e) && layout_columns(t, s, e) > 40) &&
	    !(gapped && dated_cells(t, cs, ce, nc < ARRAY_SIZE(cs) ? nc : ARRAY_SIZE(cs))))
		for (size_t k = 0; k < ARRAY_SIZE(units_marks); k++)
			if (units_mark_at(t, s, e, units_marks[k]))
				return LAYOUT_UNITS;
	/* a deck's chart gives its units on a line of their own: In millions */
	if (e - s < 60 && (starts_with_ci(t, s, e, "in millions") || starts_with_ci(t, s, e, "in billions") ||
			   starts_with_ci(t, s, e, "in thousands")))
		return LAYOUT_UNITS;
	if (t[s] == '[' && t[e - 1] == ']')
		return LAYOUT_CAPTION;
	size_t past;
	int rank = numbered(t, s, e, &past);
	if (rank) {
		l->body = past;
		if (!ends_sentence(t, s, e) && !ends_with_colon(t, s, e) && layout_columns(t, s, e) <= 72) {
			l->level = rank;
			return LAYOUT_HEADING;
		}
		return LAYOUT_BULLET;
	}
	size_t b = bullet(t, s, e);
	if (b > s) {
		l->body = b;
		return LAYOUT_BULLET;
	}
	if (nc >= 2 && num >= 1)
		return LAYOUT_TABLE;
	/* (not a line a wrapped sentence goes on to: "million (USD12,899",
	 * "(USD3,904 million), an increase of" — no heading opens on a word
	 * in lower case, iPhone's aside) */
	int goes_on = (islower((unsigned char)t[s]) && e > s + 1 && !isupper((unsigned char)t[s + 1])) ||
		      (t[s] == '(' && e > s + 1 && isupper((unsigned char)t[s + 1]) && e > s + 2 && isupper((unsigned char)t[s + 2]) &&
		       memchr(t + s, ')', e - s) && !ends_sentence(t, s, e));
	if (!goes_on && !unfinished_statement(t, s, e) && !ends_sentence(t, s, e) && !ends_with_colon(t, s, e) && layout_columns(t, s, e) <= 72) {
		l->level = 1;
		return LAYOUT_HEADING;
	}
	return LAYOUT_TEXT;
}

void layout_lines(const char *text, size_t len, struct layout_line **out, size_t *n, size_t *cap)
{
	size_t first = *n;
	for (size_t i = 0; i <= len;) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - text) : len;
		struct layout_line l;
		memset(&l, 0, sizeof(l));
		l.start = i;
		l.end = le;
		while (l.start < l.end && (text[l.start] == ' ' || text[l.start] == '\t'))
			l.start++;
		while (l.end > l.start && isspace((unsigned char)text[l.end - 1]))
			l.end--;
		l.body = l.start;
		l.heading = l.lead = -1;
		l.kind = shape(text, &l);
		GROW(*out, *cap, *n + 1);
		(*out)[(*n)++] = l;
		if (!nl)
			break;
		i = le + 1;
	}
	struct layout_line *ls = *out + first;
	size_t count = *n - first;
	/* a line of one cell inside a table (Revenue:, Cost of revenue:) is a
	 * row that labels the rows below it; a long heading-shaped line whose
	 * next line goes on in lower case was wrapped, it is text */
	for (size_t i = 0; i < count; i++) {
		struct layout_line *l = &ls[i];
		if (l->kind != LAYOUT_HEADING && l->kind != LAYOUT_TEXT)
			continue;
		size_t p = i, q = i + 1;
		while (p > 0 && ls[p - 1].kind == LAYOUT_BLANK)
			p--;
		while (q < count && ls[q].kind == LAYOUT_BLANK)
			q++;
		int table_before = p > 0 && (ls[p - 1].kind == LAYOUT_TABLE || ls[p - 1].kind == LAYOUT_UNITS);
		int table_after = q < count && ls[q].kind == LAYOUT_TABLE;
		/* 公司   财季   营收   同比: a row of words over rows of figures is their header */
		if (table_after && q == i + 1 && l->ncells >= 3 && !ends_sentence(text, l->start, l->end)) {
			l->kind = LAYOUT_TABLE;
			continue;
		}
		/* (but a line boxed in by two rules and nothing else, as a
		 * post's section heading is, "━━━ / 03 | 谷歌云 / ━━━", stays one) */
		int boxed = table_before && table_after && ls[p - 1].ncells == 1 && ls[q].ncells == 1 &&
			    ls[p - 1].kind == LAYOUT_TABLE && (p < 2 || ls[p - 2].kind != LAYOUT_TABLE) &&
			    (q + 1 >= count || ls[q + 1].kind != LAYOUT_TABLE);
		if (table_before && table_after && !boxed && layout_columns(text, l->start, l->end) <= 60 &&
		    !ends_sentence(text, l->start, l->end)) {
			l->kind = LAYOUT_TABLE;
			continue;
		}
		if (l->kind == LAYOUT_HEADING && i + 1 < count && ls[i + 1].kind != LAYOUT_BLANK &&
		    layout_columns(text, l->start, l->end) >= 48 && islower((unsigned char)text[ls[i + 1].start]))
			l->kind = LAYOUT_TEXT;
	}
}

int layout_label_and_figure(const char *t, size_t s, size_t e)
{
	const char *c = memchr(t + s, ':', e - s);
	if (!c || c == t + s || layout_columns(t, s, (size_t)(c - t)) > 48)
		return 0;
	for (const char *p = c + 1; p < t + e; p++)
		if (isdigit((unsigned char)*p))
			return 1;
	return 0;
}

/* The column a trimmed line starts at: the cells of its leading spaces. */
static size_t indent_of(const char *t, size_t start)
{
	size_t s = start;
	while (s > 0 && t[s - 1] != '\n')
		s--;
	return layout_columns(t, s, start);
}

/* Whether t[s..e) gives a figure: a number with a currency sign, a percent
 * sign or a scale word beside it ($9.6 billion, 54.5%, 96 亿). */
static int gives_figure(const char *t, size_t s, size_t e)
{
	static const char *const scales[] = { " billion", " million", "bn", "亿", "万" };
	for (size_t i = s; i < e; i++) {
		if (!isdigit((unsigned char)t[i]))
			continue;
		if (i > s && t[i - 1] == '$')
			return 1;
		size_t k = i;
		while (k < e && (isdigit((unsigned char)t[k]) || t[k] == '.' || t[k] == ','))
			k++;
		if (k < e && t[k] == '%')
			return 1;
		for (size_t w = 0; w < sizeof(scales) / sizeof(scales[0]); w++) {
			size_t n = strlen(scales[w]);
			if (k + n <= e && !memcmp(t + k, scales[w], n))
				return 1;
		}
		i = k;
	}
	return 0;
}

/* Whether t[s..e) is a short heading that names a time and nothing
 * else: "2nd quarter", "Full-year 2024", "Q3 FY25", 2025年第二季度 (not
 * "Next 3 to 5 years"): each word one of a period's. */
static int names_time(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "quarter", "year", "full", "fiscal", "calendar", "half", "first", "second",
					     "third", "fourth", "st", "nd", "rd", "th", "q", "h", "fy", "cy", "ytd" };
	static const char *const cjk = "年季度第一二三四上下半财財";
	if (e <= s || layout_columns(t, s, e) > 24)
		return 0;
	int digit = 0, word = 0;
	for (size_t i = s; i < e;) {
		unsigned char c = (unsigned char)t[i];
		if (isdigit(c)) {
			digit = 1;
			i++;
		} else if (c == ' ' || c == '-' || c == '\'' || c == '/') {
			i++;
		} else if (isalpha(c)) {
			size_t w = i;
			while (i < e && isalpha((unsigned char)t[i]))
				i++;
			int known = 0;
			for (size_t k = 0; k < ARRAY_SIZE(words) && !known; k++)
				known = strlen(words[k]) == i - w && !strncasecmp(t + w, words[k], i - w);
			if (!known)
				return 0;
			word = 1;
		} else if (c >= 0xE0 && i + 3 <= e) {
			const char *hit = NULL;
			for (const char *p = cjk; *p && !hit; p += 3)
				if (!memcmp(p, t + i, 3))
					hit = p;
			if (!hit)
				return 0;
			word = 1;
			i += 3;
		} else {
			return 0;
		}
	}
	return digit && word;
}

int layout_names_outlook(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "outlook", "guidance", "展望", "指引" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_find(t, s, e, words[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

void layout_scope(const char *text, struct layout_line *ls, size_t count, struct layout_carry *carry)
{
	/* "Q4 2025 Outlook" over "Revenue approximately $9.6 billion, plus or
	 * minus $300 million": short lines that give figures under an
	 * outlook's heading are its items, not headings of their own */
	for (size_t i = 0, lead = SIZE_MAX; i < count; i++) {
		struct layout_line *l = &ls[i];
		if (l->kind != LAYOUT_HEADING || l->carried || l->junk) {
			if (l->kind == LAYOUT_TEXT || l->kind == LAYOUT_TABLE)
				lead = SIZE_MAX;
			continue;
		}
		/* (so are they under a short heading that names only a time:
		 * "2nd quarter" over "Revenue estimate: $38.24 billion") */
		if (!gives_figure(text, l->start, l->end))
			lead = layout_names_outlook(text, l->start, l->end) || names_time(text, l->start, l->end) ? i : SIZE_MAX;
		else if (lead != SIZE_MAX && l->level == ls[lead].level) {
			/* (an item without its mark, as layout_label_and_figure() finds) */
			l->kind = LAYOUT_BULLET;
			l->body = l->start;
			l->level = 0;
		}
	}
	struct layout_carry whole = LAYOUT_CARRY_INIT;
	struct layout_carry *c = carry ? carry : &whole;
	int seen_text = c->seen_text, title = c->title;
	int cur[3] = { -1, -1, -1 };
	int boiler = c->boiler, boiler_level = c->boiler_level, boiler_lead = 0;
	int lead = -1;
	/* the open list: the column of its last item's mark, and whether the
	 * line before ended a sentence (a line that ends none wraps on) */
	size_t list_col = SIZE_MAX;
	int list_ended_sentence = 0;
	for (size_t i = 0; i < count; i++) {
		struct layout_line *l = &ls[i];
		/* "- The Board has recommended a final dividend of HKD0.36 per
		 * share ... before the effect of the Share / Subdivision, or
		 * HKD0.24 per share": a short line under an item of a list that
		 * ended no sentence is where the item wraps to, no heading */
		int item_wrapped = 0;
		if (l->kind == LAYOUT_HEADING && !l->carried && lead >= 0 && i > 0 &&
		    (ls[i - 1].kind == LAYOUT_BULLET || (ls[i - 1].kind == LAYOUT_TEXT && ls[i - 1].lead == lead)) &&
		    !ends_sentence(text, ls[i - 1].start, ls[i - 1].end) && !ends_with_colon(text, ls[i - 1].start, ls[i - 1].end)) {
			l->kind = LAYOUT_TEXT;
			l->level = 0;
			item_wrapped = 1;
		}
		if (l->kind == LAYOUT_BULLET) {
			list_col = indent_of(text, l->start);
			list_ended_sentence = ends_sentence(text, l->start, l->end);
		} else if (l->kind == LAYOUT_TEXT && list_col != SIZE_MAX) {
			size_t col = indent_of(text, l->start);
			if (col < list_col && list_ended_sentence) {
				l->after_list = 1;
				list_col = SIZE_MAX;
			} else {
				list_ended_sentence = ends_sentence(text, l->start, l->end);
			}
		} else if (l->kind != LAYOUT_TEXT) {
			list_col = SIZE_MAX;
		}
		if (l->carried) {
			/* a heading of the text before: it scopes again, as it did there */
			l->heading = l->level >= 2 ? cur[1] : -1;
			cur[l->level] = (int)i;
			l->boilerplate = boiler;
			continue;
		}
		if (l->junk) {
			l->front = !seen_text;
			l->heading = l->kind == LAYOUT_HEADING ? -1 : (cur[2] >= 0 ? cur[2] : cur[1]);
			continue; /* navigation and banners scope nothing, end nothing */
		}
		/* above the text, a long line that ends no sentence is a title */
		/* (a title may end on a colon over its subtitle: "微软FY26Q1业绩点评：" over
		 * "Azure增速再提速") */
		if (!seen_text && l->kind == LAYOUT_TEXT && !ends_sentence(text, l->start, l->end) &&
		    !unfinished_statement(text, l->start, l->end) &&
		    (!ends_with_colon(text, l->start, l->end) ||
		     (i + 1 < count && ls[i + 1].kind == LAYOUT_HEADING && !ends_sentence(text, ls[i + 1].start, ls[i + 1].end) &&
		      !layout_label_and_figure(text, ls[i + 1].start, ls[i + 1].end))) &&
		    layout_columns(text, l->start, l->end) <= 160 &&
		    !(i + 1 < count && ls[i + 1].kind != LAYOUT_BLANK && islower((unsigned char)text[ls[i + 1].start]))) {
			l->kind = LAYOUT_HEADING;
			l->level = 1;
		}
		/* "Revenue: $18.70 billion ± $400 million" under a line that leads
		 * a list in: an item without its mark, not a heading */
		if (lead >= 0 && l->kind == LAYOUT_HEADING && layout_label_and_figure(text, l->start, l->end)) {
			l->kind = LAYOUT_BULLET;
			l->body = l->start;
			l->level = 0;
		}
		if (l->kind == LAYOUT_TEXT && layout_columns(text, l->start, l->end) > 40)
			seen_text = 1;
		l->front = !seen_text;
		/* under a numbered section (一、, 02 |), a heading without a
		 * number is one of its parts ("划重点", "小编点评") */
		if (l->kind == LAYOUT_HEADING && l->level == 1 && l->body == l->start && cur[1] >= 0 &&
		    (ls[cur[1]].carried ? c->numbered[1] : ls[cur[1]].body > ls[cur[1]].start))
			l->level = 2;
		if (l->kind == LAYOUT_HEADING) {
			if (!title && l->front) {
				l->title = 1;
				title = 1;
			}
			if (boiler && l->level <= boiler_level)
				boiler = 0;
			int is_boiler = boiler_head(text, l->body, l->end);
			/* "联系人：刘芊", "风险提示：宏观下行…": a label with its
			 * value on its line is that line alone, no section */
			int one_line = is_boiler && value_after_colon(text, l->body, l->end);
			if (is_boiler && !boiler && !one_line) {
				boiler = 1;
				boiler_level = l->level;
			}
			l->heading = l->level >= 2 ? cur[1] : -1;
			cur[l->level] = (int)i;
			if (l->level == 1)
				cur[2] = -1;
			lead = -1;
		} else {
			l->heading = cur[2] >= 0 ? cur[2] : cur[1];
		}
		/* "相关研究：" over its list, to a blank line */
		if (l->kind == LAYOUT_BLANK)
			boiler_lead = 0;
		else if (l->kind == LAYOUT_TEXT && ends_with_colon(text, l->start, l->end) && boiler_head(text, l->start, l->end))
			boiler_lead = 1;
		l->boilerplate = boiler || boiler_lead || (l->kind == LAYOUT_HEADING && boiler_line(text, l));
		if (l->kind == LAYOUT_TEXT) {
			/* ("- Operating profit was RMB30,542 / million (USD4,991
			 * million), an / increase of 59% YoY": the lines an item
			 * wraps to go on in it, and the list goes on after them.
			 * A line goes on an item when it opens as a wrapped
			 * sentence does, in lower case, on a figure or a bracket,
			 * or when the line before broke off on a word that leads
			 * on or at a comma: "over the year ended / December 31") */
			unsigned char c0 = (unsigned char)text[l->start];
			int goes_on = islower(c0) || isdigit(c0) || c0 == '(' || c0 == '$';
			int broke_off = i > 0 && breaks_off(text, ls[i - 1].start, ls[i - 1].end);
			int wraps_item = lead >= 0 && i > 0 && (ls[i - 1].kind == LAYOUT_BULLET || ls[i - 1].lead == lead) &&
					 (item_wrapped ||
					  ((goes_on || broke_off) && !ends_sentence(text, ls[i - 1].start, ls[i - 1].end)));
			/* (an item that ends on its colon a line or two on leads the
			 * items under it from that line, where the extractor finds
			 * the colon) */
			if (wraps_item && ends_with_colon(text, l->start, l->end)) {
				l->lead = lead;
				lead = (int)i;
			} else if (wraps_item) {
				l->lead = lead;
			} else {
				lead = ends_with_colon(text, l->start, l->end) ? (int)i : -1;
			}
		} else if (l->kind == LAYOUT_BULLET) {
			l->lead = lead;
			/* "2、Q2 指引:" over "(1)营收预期:…": an item that ends on
			 * its colon leads the items under it */
			if (ends_with_colon(text, l->start, l->end))
				lead = (int)i;
		} else if (l->kind != LAYOUT_BLANK) {
			lead = -1;
		}
	}
	c->seen_text = seen_text;
	c->title = title;
	c->boiler = boiler;
	c->boiler_level = boiler_level;
	for (int r = 1; r < 3; r++)
		c->numbered[r] = cur[r] >= 0 && (ls[cur[r]].carried ? c->numbered[r] : ls[cur[r]].body > ls[cur[r]].start);
	memcpy(c->open, cur, sizeof(cur));
}

size_t layout_line_at(const struct layout_line *lines, size_t n, size_t pos)
{
	size_t lo = 0, hi = n;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (lines[mid].start <= pos)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* ---- pages laid out in columns ---- */


/* One line of a page, and its first wide gap measured both ways: [0] a
 * wide character two columns, [1] one. */
struct span_line {
	size_t start, end;   /* the raw line, without its newline */
	size_t gap_end;      /* where text resumes past the first wide gap after text; 0 none */
	size_t gap_col[2];   /* that place's column */
	size_t first_col;    /* the column of the first character (after spaces); SIZE_MAX blank */
	int prose_left[2];   /* the text before the gap is one run of words, 30 columns or more */
};

/* Whether t[s..e) is a mark a table sets in a figure's cell: a currency
 * sign before the figure ("$   2,301"), or no figure (N/A, NM, —). */
static int cell_mark(const char *t, size_t s, size_t e)
{
	static const char *const none[] = { "N/A", "n/a", "NA", "NM", "nm", "—", "–", "-" };
	if (is_currency_cell(t, s, e))
		return 1;
	for (size_t k = 0; k < ARRAY_SIZE(none); k++)
		if (strlen(none[k]) == e - s && !memcmp(t + s, none[k], e - s))
			return 1;
	return 0;
}

/* The first gap of six spaces or more that follows text on the line, and
 * whether what stands before it is one cell of running text. */
static void find_gap(const char *t, struct span_line *l)
{
	size_t i = l->start;
	while (i < l->end && t[i] == ' ')
		i++;
	l->first_col = i < l->end ? i - l->start : SIZE_MAX;
	size_t text_start = i;
	int inner_gap = 0;
	while (i < l->end) {
		const char *sp = memchr(t + i, ' ', l->end - i);
		if (!sp)
			return;
		size_t g = (size_t)(sp - t);
		i = g;
		while (i < l->end && t[i] == ' ')
			i++;
		if (i - g >= 6 && i < l->end) {
			l->gap_end = i;
			/* a body line of words beside the column, not a table's
			 * label beside its figures */
			size_t c = i;
			while (c < l->end && t[c] != ' ')
				c += char_len(t, c);
			int words = !inner_gap && !numeric_cell(t, i, c) && !cell_mark(t, i, c);
			for (size_t w = 0; w < 2; w++) {
				l->gap_col[w] = cells_of(t, l->start, i, 2 - w);
				l->prose_left[w] = words && cells_of(t, text_start, g, 2 - w) >= 30;
			}
			return;
		}
		if (i - g >= 2)
			inner_gap = 1;
	}
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* The side column of lines ls[0..n) measured the way `w` says (see
 * struct span_line): where text resumes past a gap on many lines whose
 * left part is prose, at one column give or take a few. Sets `*side` and
 * returns how many lines agree on it. */
static size_t side_column(const struct span_line *ls, size_t n, size_t w, size_t *side)
{
	size_t *cols = xmalloc((n + 1) * sizeof(*cols));
	size_t nc = 0, best = 0;
	for (size_t i = 0; i < n; i++)
		if (ls[i].gap_end && ls[i].prose_left[w] && ls[i].gap_col[w] >= 40)
			cols[nc++] = ls[i].gap_col[w];
	*side = 0;
	qsort(cols, nc, sizeof(*cols), cmp_size);
	for (size_t a = 0, b = 0; a < nc; a++) {
		while (cols[b] + 6 < cols[a]) /* full-width marks NFKC narrowed shift a line a little */
			b++;
		if (a - b + 1 > best) {
			best = a - b + 1;
			*side = cols[b];
		}
	}
	free(cols);
	return best;
}

/* Whether t[s..e) is one run of words (no gap of two spaces) of 16
 * columns or more: a line of a body. */
static int body_run(const char *t, size_t s, size_t e)
{
	while (e > s && t[e - 1] == ' ')
		e--;
	return e > s && !span_contains(t, s, e, "  ", 0) && cells_of(t, s, e, 2) >= 16;
}

/* Finds a side column on the left (rating, target price, analysts) among
 * the lines that start before `head`: the body set beside it at one column,
 * lines of body alone starting there and lines that carry side text
 * resuming there past a wide gap. Sets page->col and page->w when found. */
static void find_left_column(const char *t, const struct span_line *ls, size_t n, size_t head,
			     struct layout_page *page)
{
	for (size_t w = 0; w < 2 && !page->col; w++) {
		size_t best = 0, col = 0;
		for (size_t i = 0; i < n && ls[i].start < head; i++) {
			size_t c = ls[i].gap_end && !ls[i].prose_left[w] ? ls[i].gap_col[w] : SIZE_MAX;
			if (c == SIZE_MAX || c < 16 || !body_run(t, ls[i].gap_end, ls[i].end))
				continue;
			size_t alone = 0, beside = 0;
			for (size_t k = 0; k < n && ls[k].start < head; k++) {
				const struct span_line *l = &ls[k];
				if (l->first_col != SIZE_MAX && l->first_col + 2 >= c && l->first_col <= c + 2 && !l->gap_end &&
				    body_run(t, l->start + l->first_col, l->end))
					alone++;
				else if (l->gap_end && !l->prose_left[w] && l->gap_col[w] + 2 >= c && l->gap_col[w] <= c + 2 &&
					 body_run(t, l->gap_end, l->end))
					beside++;
			}
			if (alone >= 2 && beside >= 3 && alone + beside > best) {
				best = alone + beside;
				col = c;
			}
		}
		if (best >= 5) {
			page->col = col;
			page->w = (int)w;
		}
	}
}

/* Blanks the side text of the lines whose body resumes at page->col past
 * a wide gap (keeping every byte where it is); returns how many. */
static size_t blank_left_column(char *t, struct span_line *ls, size_t n, const struct layout_page *page)
{
	size_t changed = 0, col = page->col, w = (size_t)page->w;
	for (size_t i = 0; col && i < n; i++) {
		struct span_line *l = &ls[i];
		size_t e = l->end;
		while (e > l->gap_end && t[e - 1] == ' ')
			e--;
		/* (a paragraph's last line may be short) */
		if (l->gap_end && !l->prose_left[w] && l->gap_col[w] + 2 >= col && l->gap_col[w] <= col + 2 &&
		    e > l->gap_end && !span_contains(t, l->gap_end, e, "  ", 0)) {
			memset(t + l->start, ' ', l->gap_end - l->start);
			/* where the body stood on the page, as the lines of body
			 * alone are measured (the side text's bytes are more than
			 * its columns) */
			l->first_col = l->gap_col[w];
			l->gap_end = 0;
			changed++;
		}
	}
	return changed;
}

size_t layout_unfold(char *t, size_t len, struct layout_page *page, size_t head)
{
	struct span_line *ls = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i <= len;) {
		const char *nl = memchr(t + i, '\n', len - i);
		size_t le = nl ? (size_t)(nl - t) : len;
		GROW(ls, cap, n + 1);
		memset(&ls[n], 0, sizeof(ls[n]));
		ls[n].start = i;
		ls[n].end = le;
		find_gap(t, &ls[n]);
		n++;
		if (!nl)
			break;
		i = le + 1;
	}
	/* the side columns and whether the text is set as pages at all are
	 * decided on the document's head, the same lines whatever the window,
	 * and kept for the rest of it: a window of a plain text that happens
	 * to hold an indented table is no page */
	struct layout_page whole = LAYOUT_PAGE_INIT;
	struct layout_page *pg = page ? page : &whole;
	if (!pg->decided) {
		size_t h = page ? head : SIZE_MAX, nh = 0, indented = 0, with_text = 0;
		find_left_column(t, ls, n, h, pg);
		while (nh < n && ls[nh].start < h)
			nh++;
		for (size_t i = 0; i < nh; i++) {
			with_text += ls[i].first_col != SIZE_MAX;
			indented += ls[i].first_col != SIZE_MAX && ls[i].first_col >= 2;
		}
		/* pdftotext sets some pages one cell a character, others two
		 * for a Chinese one: the measure more lines agree on */
		size_t side0, side1;
		size_t best0 = side_column(ls, nh, 0, &side0), best1 = side_column(ls, nh, 1, &side1);
		int w1 = best1 > best0;
		if ((w1 ? best1 : best0) >= 6) {
			pg->side = w1 ? side1 : side0;
			pg->side_w = w1;
		}
		pg->laid_out = pg->col || pg->side || indented * 2 >= with_text;
		pg->decided = 1;
	}
	if (!pg->laid_out) {
		free(ls);
		return 0;
	}
	size_t changed = blank_left_column(t, ls, n, pg);
	/* blank the side column on the lines whose body is prose */
	size_t side = pg->side, w = (size_t)pg->side_w;
	for (size_t i = 0; side && i < n; i++) {
		struct span_line *l = &ls[i];
		if (l->gap_end && l->prose_left[w] && l->gap_col[w] + 2 >= side && l->gap_col[w] <= side + 8) {
			memset(t + l->gap_end, ' ', l->end - l->gap_end);
			l->gap_end = 0;
			changed++;
		}
	}
	/* join the body's wrapped lines: a long line that ends no sentence,
	 * followed by one at its indentation that opens no item */
	for (size_t i = 0; i + 1 < n; i++) {
		struct span_line *a = &ls[i], *b = &ls[i + 1];
		size_t ae = a->end;
		while (ae > a->start && t[ae - 1] == ' ')
			ae--;
		/* (a row of cells, as the years under "Three months ended", is
		 * no wrapped line) */
		if (a->first_col == SIZE_MAX || b->first_col == SIZE_MAX || ae <= a->start || a->gap_end || b->gap_end)
			continue;
		/* (its words, not its indentation: "Three months ended" set
		 * over a column is no wrapped line) */
		size_t reach = cells_of(t, a->start + a->first_col, ae, 2);
		if (reach < 40 || ends_sentence(t, a->start, ae) || ends_with_colon(t, a->start, ae))
			continue;
		if (b->first_col > a->first_col + 3 || b->first_col + 3 < a->first_col)
			continue;
		size_t bs = b->start;
		while (bs < b->end && t[bs] == ' ')
			bs++;
		size_t past;
		if (bullet(t, bs, b->end) > bs || numbered(t, bs, b->end, &past))
			continue;
		t[a->end] = ' ';
		changed++;
	}
	free(ls);
	return changed;
}
