/*
 * Paragraphs, sentences, clauses and junk lines (see segment.h).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "layout.h"
#include "segment.h"
#include "util.h"
#include "wordtrie.h"
#include "banned.h"

/* Words that end with '.' without ending a sentence. */
static const char *const abbreviations[] = {
	"vs", "e.g", "i.e", "approx", "incl", "no", "mr", "ms", "dr", "st", "jan", "feb", "mar",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "fig", "yr",
};

/* Abbreviations that end a sentence when a capital follows (... 2:30 p.m.
 * Revenue; ... our $30.0bn est. Azure). */
static const char *const soft_abbreviations[] = {
	"inc", "corp", "co", "ltd", "etc", "p.m", "a.m", "est", "mgmt",
};

/* Markers of navigation, widgets and footers on saved web pages. */
static const char *const junk_markers[] = {
	"ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "©", "Powered By", "Powered by",
	"上一篇", "下一篇", "热搜", "分享至", "分享到", "字号：", "扫一扫", "相关评论", "点击排行", "推荐资讯",
	"推荐图文", "网站首页", "关于我们", "联系方式", "使用协议", "网站地图", "客服热线",
	"评论:", "打赏", "阅读全文", "返回顶部", "All rights reserved",
	"Privacy Policy", "Terms of Use", "Sign in", "Subscribe", "Share this", "cookies", "Accept all",
	"Reject all", "Manage options", "personalised ads", "personalized ads", "Skip to main content",
	/* the exchange's disclaimer a Hong Kong announcement opens with, above its title */
	"take no responsibility for the contents of this announcement", "对本公告的内容概不负责",
	"对本公告之内容概不负责", "对本公告之内容概不承担任何责任",
	/* lists of links to other stories: their headlines are no statement of this page */
	"相关阅读", "相关新闻", "推荐阅读", "延伸阅读", "相关文章", "Related articles", "Related stories", "Read more:",
	"相关报道", "Related coverage", "Related Coverage", "Read Next", "Read next", "More on this story",
	"You may also like", "Most Read", "Most read",
};

/* The headings of such lists: the lines under one, to a blank line, are
 * its links. */
static const char *const link_list_heads[] = {
	"相关阅读", "相关新闻", "推荐阅读", "延伸阅读", "相关文章", "相关报道", "related articles", "related stories",
	"related coverage", "read next", "read more", "more on this story", "you may also like", "most read",
	"往期推荐", "往期回顾", "往期精选", "热门文章", "热门推荐", "精彩推荐", "猜你喜欢", "24小时热榜", "热榜",
	"trending", "most popular", "top stories",
	/* a portal's topic boxes and its wire of flashes */
	"相关专题", "热门专题", "7×24", "7x24", "24小时快讯", "滚动快讯", "实时快讯", "快讯速递",
};

/* The headings of a page's readers' comments: the blocks under one, as
 * long as each opens as a comment does (comment_block), are theirs. */
static const char *const comment_heads[] = {
	"网友评论", "全部评论", "热门评论", "最新评论", "读者评论", "用户评论", "评论区", "comments",
	"reader comments", "join the conversation",
};

/* Whether the line text[s..e) opens a reader's comment, or closes the
 * list of them: a handle in brackets ([北京网友] 2025-10-31), a reply or
 * like count (回复(40)  支持(210)), a rule, "查看更多评论". */
static int comment_block(const char *text, size_t s, size_t e)
{
	static const char *const marks[] = { "网友", "回复(", "支持(", "点赞", "查看更多评论", "更多评论", "reply", "replies",
					     "likes", "----" };
	if (e - s > 160)
		return 0;
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (span_contains(text, s, e, marks[i], 1))
			return 1;
	return s < e && text[s] == '[';
}

/* Whether text[start..end) is a line of at most `longest` bytes that
 * opens on one of the n heads, past spaces and an opening bracket
 * (【相关阅读】, [Related]). */
static int opens_on_head(const char *text, size_t start, size_t end, size_t longest, const char *const *heads,
			 size_t n)
{
	while (start < end && isspace((unsigned char)text[start]))
		start++;
	while (end > start && isspace((unsigned char)text[end - 1]))
		end--;
	if (end - start > longest)
		return 0;
	/* (past an emoji or a symbol a post sets before its headings: 📚 推荐阅读,
	 * ▶, and bold marks) */
	for (;;) {
		unsigned char c = (unsigned char)text[start];
		if (start + 4 <= end && c >= 0xF0)
			start += 4;
		else if (start + 3 <= end && (c == 0xE2 || (c == 0xEF && (unsigned char)text[start + 1] == 0xB8)))
			start += 3;
		else if (start < end && (c == ' ' || c == '*'))
			start++;
		else
			break;
	}
	if (end - start > 3 && !memcmp(text + start, "【", 3))
		start += 3;
	else if (start < end && text[start] == '[')
		start++;
	for (size_t i = 0; i < n; i++) {
		size_t k = strlen(heads[i]);
		if (end - start >= k && !strncasecmp(text + start, heads[i], k))
			return 1;
	}
	return 0;
}

/* Whether the line text[s..e) reads as running text, not a link's title:
 * long (60 bytes or more) and ending on a full stop. */
static int ends_running_text(const char *text, size_t s, size_t e)
{
	while (e > s && isspace((unsigned char)text[e - 1]))
		e--;
	if (e - s < 60)
		return 0;
	return text[e - 1] == '.' || (e - s >= 3 && !memcmp(text + e - 3, "。", 3));
}

/* Whether text[start..end) is the heading of a list of links to other
 * stories (a short line that opens on one of link_list_heads). */
static int heads_link_list(const char *text, size_t start, size_t end)
{
	return opens_on_head(text, start, end, 40, link_list_heads, ARRAY_SIZE(link_list_heads));
}

/* Whether text[start..end) heads readers' comments (网友评论   1,286 人参与
 * 我要评论: a widget's line, spaced out). */
static int heads_comments(const char *text, size_t start, size_t end)
{
	return opens_on_head(text, start, end, 160, comment_heads, ARRAY_SIZE(comment_heads));
}

/* Whether the three-byte character `c` (all the marks below are) stands at pos. */
static int cjk_at(const char *text, size_t len, size_t pos, const char *c)
{
	return pos + 3 <= len && !memcmp(text + pos, c, 3);
}

static int is_abbreviation(const char *text, size_t dot)
{
	size_t s = dot;
	while (s > 0 && (isalpha((unsigned char)text[s - 1]) || text[s - 1] == '.'))
		s--;
	size_t n = dot - s;
	if (n == 0)
		return 0;
	if (n == 1)
		/* an initial (J. Smith), but not the end of y/y. */
		return isupper((unsigned char)text[s]) && (s == 0 || text[s - 1] == ' ');
	char word[16];
	if (n >= sizeof(word))
		return 0;
	for (size_t i = 0; i < n; i++)
		word[i] = (char)tolower((unsigned char)text[s + i]);
	word[n] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(abbreviations); i++)
		if (abbreviations[i][0] == word[0] && !strcmp(word, abbreviations[i]))
			return 1;
	for (size_t i = 0; i < ARRAY_SIZE(soft_abbreviations); i++)
		if (soft_abbreviations[i][0] == word[0] && !strcmp(word, soft_abbreviations[i]))
			return 2;
	return 0;
}

/* Width of a sentence terminator at pos, or 0. */
static size_t terminator(const char *text, size_t len, size_t pos)
{
	static const char *const cjk[] = { "。", "！", "？", "；" };
	static const char *const bullets[] = { "•", "●", "▪", "■" };
	char c = text[pos];
	if ((unsigned char)c >= 0x80) {
		/* "Primary watch items for analysts • Backlog/RPO trajectory:
		 * ...": a bullet set between spaces in a line opens the next
		 * item of a list run into it */
		if ((unsigned char)c == 0xE2 && pos > 0 && text[pos - 1] == ' ' && pos + 3 < len && text[pos + 3] == ' ') {
			for (size_t i = 0; i < ARRAY_SIZE(bullets); i++)
				if (cjk_at(text, len, pos, bullets[i]))
					return 3;
			return 0;
		}
		/* those marks all start with one of these two bytes */
		if ((unsigned char)c != 0xE3 && (unsigned char)c != 0xEF)
			return 0;
		for (size_t i = 0; i < ARRAY_SIZE(cjk); i++)
			if (cjk_at(text, len, pos, cjk[i]))
				return 3;
		return 0;
	}
	/* (not a question mark run into a small word: "?id=3" in a link,
	 * "全年?duì)" where a page lost a character) */
	if (c == '?' && pos + 1 < len && islower((unsigned char)text[pos + 1]))
		return 0;
	if (c == '!' || c == '?' || c == ';')
		return 1;
	/* "…超出市场预期 [1] - 第三季度净利润…", "[1][3]": a summary's
	 * citation ends its claim; " - " after CJK text or a citation opens
	 * the next item of a list run into one line */
	if (c == ']') {
		size_t k = pos;
		while (k > 0 && isdigit((unsigned char)text[k - 1]))
			k--;
		if (k == pos || k == 0 || text[k - 1] != '[' || pos - k > 3)
			return 0;
		if (pos + 1 < len && text[pos + 1] == '[')
			return 0;
		/* (the " - " after it goes with it) */
		size_t d = pos + 1;
		while (d < len && text[d] == ' ')
			d++;
		return d > pos + 1 && d + 1 < len && text[d] == '-' && text[d + 1] == ' ' ? d + 1 - pos : 1;
	}
	if (c == '-' && pos >= 2 && pos + 1 < len && text[pos - 1] == ' ' && text[pos + 1] == ' ') {
		size_t k = pos - 1;
		while (k > 0 && text[k - 1] == ' ')
			k--;
		if (k > 0 && ((unsigned char)text[k - 1] >= 0x80 || text[k - 1] == ']'))
			return 1;
	}
	if (c == '.') {
		/* ("…S&P Capital IQ Consensus.Data Center: First-quarter
		 * revenue was": a page that lost the space after its full
		 * stops — a word of three small letters or more, the stop, a
		 * capital and a small letter) */
		if (pos >= 3 && pos + 2 < len && islower((unsigned char)text[pos - 1]) && islower((unsigned char)text[pos - 2]) &&
		    islower((unsigned char)text[pos - 3]) && isupper((unsigned char)text[pos + 1]) &&
		    islower((unsigned char)text[pos + 2]))
			return 1;
		if (pos + 1 < len && text[pos + 1] != ' ' && text[pos + 1] != '\n' && text[pos + 1] != '\t')
			return 0;
		if (pos > 0 && isdigit((unsigned char)text[pos - 1]) && pos + 1 < len &&
		    isdigit((unsigned char)text[pos + 1]))
			return 0;
		int abbr = is_abbreviation(text, pos);
		if (abbr) {
			size_t k = pos + 1;
			while (k < len && text[k] == ' ')
				k++;
			if (!(abbr == 2 && k < len && isupper((unsigned char)text[k])))
				return 0;
		}
		return 1;
	}
	return 0;
}

/* The offset of the last character (a whole UTF-8 sequence) before `end`. */
static size_t last_char(const char *text, size_t start, size_t end)
{
	size_t i = end - 1;
	while (i > start && ((unsigned char)text[i] & 0xC0) == 0x80)
		i--;
	return i;
}

/* The fewest display columns of a line that wraps on (see wraps_on()). */
#define WRAP_COLUMNS 40
/* text wrapped wider than this is not wrapped by hand or by a converter:
 * its lines are paragraphs */
#define WRAP_MAX_COLUMNS 120
/* columns a converter's proportional font lets a line fall short of the
 * widest one and still be full */
#define WRAP_SLACK 2

struct segmenter {
	struct wordtrie *junk;
};

struct segmenter *segmenter_new(void)
{
	struct segmenter *sg = xcalloc(1, sizeof(*sg));
	sg->junk = wordtrie_of(junk_markers, ARRAY_SIZE(junk_markers));
	return sg;
}

void segmenter_free(struct segmenter *sg)
{
	if (!sg)
		return;
	wordtrie_free(sg->junk);
	free(sg);
}

/* segment_is_junk(), with `marker` saying whether the line holds a junk
 * marker; it is asked only when the rest cannot decide. */
static int line_is_junk(const char *text, size_t start, size_t end,
			int (*marker)(const void *ctx, size_t start, size_t end), const void *ctx)
{
	size_t bars = 0;
	for (const char *p = text + start; (p = memchr(p, '|', (size_t)(text + end - p))) && bars < 3; p++)
		bars++;
	if (bars >= 3)
		return 1;
	/* navigation, widgets and footers are short lines; a paragraph of
	 * running text that happens to name one of the markers is not junk */
	if (end - start > 600)
		return 0;
	if (marker(ctx, start, end))
		return 1;
	/* a run of short items separated by wide gaps: a tag cloud or a menu */
	if (end - start >= 400)
		return 0;
	/* runs of two or more spaces, each counted once */
	size_t wide_gaps = 0;
	const char *p = text + start, *stop = text + end;
	while (wide_gaps < 5 && (p = memchr(p, ' ', (size_t)(stop - p))) != NULL && p + 1 < stop) {
		if (p[1] != ' ') {
			p += 2;
			continue;
		}
		p += 2;
		while (p < stop && *p == ' ')
			p++;
		wide_gaps++;
	}
	return wide_gaps >= 5;
}

struct scan_markers {
	const struct segmenter *sg;
	const char *text;
};

static int scan_for_marker(const void *ctx, size_t start, size_t end)
{
	const struct scan_markers *m = ctx;
	return wordtrie_contains(m->sg->junk, m->text + start, end - start);
}

int segment_is_junk(const struct segmenter *sg, const char *text, size_t start, size_t end)
{
	struct scan_markers m = { sg, text };
	return line_is_junk(text, start, end, scan_for_marker, &m);
}

/* The markers found in the whole text, in order, and the first one that
 * may lie in the lines still to come (lines are asked in order). */
struct found_markers {
	const struct wordtrie_match *m;
	size_t n;
	size_t next;
};

static int found_marker(const void *ctx, size_t start, size_t end)
{
	struct found_markers *f = (struct found_markers *)ctx;
	while (f->next < f->n && f->m[f->next].start < start)
		f->next++;
	return f->next < f->n && f->m[f->next].end <= end;
}

const struct wordtrie *segment_junk_words(const struct segmenter *sg)
{
	return sg->junk;
}

void segment_sentences(const struct segmenter *sg, const char *text, size_t len, struct sentence **out,
		       size_t *n, size_t *cap)
{
	struct wordtrie_match *m = NULL;
	size_t nm = 0, capm = 0;
	wordtrie_scan(sg->junk, text, len, &m, &nm, &capm);
	segment_sentences_with(sg, text, len, m, nm, out, n, cap);
	free(m);
}

/* Whether text[start..end) (trimmed) holds a gap of two spaces or a tab
 * after its indentation: the cells of a table row, not running text. */
static int has_gap(const char *text, size_t start, size_t end)
{
	size_t i = start;
	while (i < end && (text[i] == ' ' || text[i] == '\t'))
		i++;
	/* (and past a bullet set apart by spaces: "--  Total revenues were") */
	size_t b = i;
	while (b < end && b - i < 2 && (text[b] == '-' || text[b] == '*' || text[b] == '+'))
		b++;
	if (b > i && b < end && text[b] == ' ') {
		i = b;
		while (i < end && (text[i] == ' ' || text[i] == '\t'))
			i++;
	}
	for (; i + 1 < end; i++)
		if (text[i] == '\t' || (text[i] == ' ' && text[i + 1] == ' '))
			return 1;
	return 0;
}

/* Whether a line opening at text[start] begins an item of a list: a bullet
 * or a number that counts items (1. 2) (3)). */
static int opens_item(const char *text, size_t start, size_t end)
{
	static const char *const bullets[] = { "•", "·", "●", "■", "▪", "◆", "–", "—", "○", "□", "※", "° " };
	char c = text[start];
	if ((c == '*' || c == '-' || c == '>' || c == '+') && start + 1 < end && text[start + 1] == ' ')
		return 1;
	for (size_t i = 0; i < ARRAY_SIZE(bullets); i++) {
		size_t n = strlen(bullets[i]);
		if (start + n <= end && !memcmp(text + start, bullets[i], n))
			return 1;
	}
	size_t k = start + (c == '(');
	size_t d = k;
	while (d < end && isdigit((unsigned char)text[d]))
		d++;
	return d > k && d - k <= 2 && d < end && (text[d] == '.' || text[d] == ')') && d + 1 < end &&
	       text[d + 1] == ' ';
}

/* Whether most words of text[start..end) are figures: a row of numbers
 * under a heading, not the rest of a sentence. */
static int mostly_figures(const char *text, size_t start, size_t end)
{
	size_t words = 0, figures = 0;
	for (size_t i = start; i < end;) {
		while (i < end && text[i] == ' ')
			i++;
		if (i >= end)
			break;
		size_t w = i;
		int digits = 0, letters = 0;
		while (i < end && text[i] != ' ') {
			unsigned char c = (unsigned char)text[i++];
			digits += isdigit(c) != 0;
			letters += isalpha(c) != 0 || c >= 0x80;
		}
		words++;
		figures += digits > 0 && letters <= 1 && i > w;
	}
	return words >= 2 && figures * 2 > words;
}

/* Whether the words of text[start..end) are in title case ("Third Quarter
 * Revenue of $10.26 Billion, up 9% Y/Y"): a headline or a heading, each a
 * line of its own, not running text. Words of four letters or more count;
 * a line with Chinese in it is never one. */
static int title_case(const char *text, size_t start, size_t end)
{
	size_t words = 0, capital = 0;
	for (size_t i = start; i < end;) {
		while (i < end && !isalpha((unsigned char)text[i])) {
			/* in Chinese, capitals are the names of things */
			if ((unsigned char)text[i] >= 0xE0)
				return 0;
			i++;
		}
		size_t w = i;
		while (i < end && isalpha((unsigned char)text[i]))
			i++;
		if (i - w >= 4) {
			words++;
			capital += isupper((unsigned char)text[w]) != 0;
		}
	}
	return words >= 2 && capital * 5 >= words * 3;
}

/* Whether text[start..end) opens on a word that joins it to what went
 * before: a word in lower case, or a conjunction or a preposition in any. */
static int goes_on(const char *text, size_t start, size_t end)
{
	static const char *const words[] = { "and", "or", "of", "for", "in", "to", "with", "ended", "ending",
					     "as", "at", "by", "from", "the", "on", "versus", "vs" };
	if (start < end && islower((unsigned char)text[start]))
		return 1; /* a headline's next line opens on a capital */
	size_t w = start;
	while (w < end && isalpha((unsigned char)text[w]))
		w++;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (w - start == strlen(words[i]) && !strncasecmp(text + start, words[i], w - start))
			return 1;
	return 0;
}

/* Whether the line text[start..end) ends a sentence: a full stop, perhaps
 * inside closing quotes or brackets (。” .")), or a colon that leads what
 * follows. */
static int ends_sentence(const char *text, size_t start, size_t end)
{
	static const char *const closers[] = { "”", "」", "』", "）", "】" };
	while (end > start) {
		size_t last = last_char(text, start, end);
		char c = text[last];
		int closer = c == '"' || c == '\'' || c == ')' || c == ']';
		for (size_t i = 0; !closer && i < ARRAY_SIZE(closers); i++)
			closer = cjk_at(text, end, last, closers[i]);
		if (!closer)
			return terminator(text, end, last) || c == ':' || cjk_at(text, end, last, "：");
		end = last;
	}
	return 0;
}

/* Where the line holding text[pos] begins. */
static size_t next_bol(const char *text, size_t pos)
{
	while (pos > 0 && text[pos - 1] != '\n')
		pos--;
	return pos;
}

/* Whether the line text[start..end) ends on a word no sentence ends on
 * ("... increased 41% to"): it goes on, however short it is. */
static int ends_dangling(const char *text, size_t start, size_t end)
{
	static const char *const words[] = { "to", "of", "the", "and", "or", "a", "an", "for", "with", "in", "from",
					     "by", "at", "on", "than", "versus", "its", "their", "our", "was", "were" };
	return span_ends_on_word(text, start, end, words, ARRAY_SIZE(words));
}

/* A line of running text wrapped at a fixed width (a PDF's text, a mail, a
 * broker's note) goes on on the next line: the sentence does not end at
 * its line break, so a period ("fiscal / 2026") or a metric and its figure
 * split by the break stay in one sentence. The line text[start..end) wraps
 * when the next line's first word would not have fitted on it within the
 * widest line of its block (`block_columns`: the lines up to a blank one),
 * the block is no wider than wrapped text is, the line ends inside a
 * sentence, and neither line looks like a table row or a list item. A
 * heading or a line of a web page that is a paragraph of its own stops
 * short of its block's width, or its block is wider. */
static int wraps_on(const char *text, size_t start, size_t end, size_t next, size_t next_end, size_t block_columns)
{
	/* the cheap tests first: most lines end a sentence */
	if (end <= start || ends_sentence(text, start, end))
		return 0;
	/* "- On a GAAP basis, operating income was / $82 million compared
	 * to ...": a web page's break between a word that cannot end a
	 * sentence and the figure it leads to, whatever the widths */
	size_t first = next;
	while (first < next_end && (text[first] == ' ' || text[first] == '\t'))
		first++;
	if (first < next_end && (text[first] == '$' || isdigit((unsigned char)text[first])) &&
	    ends_dangling(text, start, end) && !mostly_figures(text, first, next_end))
		return 1;
	if (block_columns > WRAP_MAX_COLUMNS)
		return 0;
	size_t width = layout_columns(text, start, end);
	while (start < end && (text[start] == ' ' || text[start] == '\t'))
		start++;
	while (next < next_end && (text[next] == ' ' || text[next] == '\t'))
		next++;
	while (next_end > next && isspace((unsigned char)text[next_end - 1]))
		next_end--;
	if (end <= start || next_end <= next || width < WRAP_COLUMNS)
		return 0;
	/* the next line's first word: up to a space, or one CJK character */
	size_t w = next;
	if ((unsigned char)text[w] >= 0xE0)
		w += 3;
	else
		while (w < next_end && text[w] != ' ' && (unsigned char)text[w] < 0xE0)
			w++;
	/* Chinese is wrapped by characters as often as by width, and its
	 * line breaks fall anywhere: a line that fills most of its block
	 * goes on unless it ends a sentence */
	int cjk = (unsigned char)text[last_char(text, start, end)] >= 0xE0 || (unsigned char)text[next] >= 0xE0;
	int ascii_join = (unsigned char)text[end - 1] < 0x80 && (unsigned char)text[next] < 0x80;
	if ((cjk || 1 ? width * 4 < block_columns * 3
		 : width + (size_t)ascii_join + layout_columns(text, next, w) + WRAP_SLACK <= block_columns) &&
	    !ends_dangling(text, start, end))
		return 0;
	if (has_gap(text, start, end) || has_gap(text, next, next_end) || opens_item(text, next, next_end) ||
	    mostly_figures(text, next, next_end))
		return 0;
	/* "Reality Labs operating loss estimate: $4.52 billion" over
	 * "Operating margin estimate: 37.2%": items of a list, a label and a
	 * figure each, not one line wrapped */
	if (layout_label_and_figure(text, start, end) && layout_label_and_figure(text, next, next_end))
		return 0;
	/* "1. AMD: Q4 results beat, Q1 guidance strong" over a line at the
	 * item's own margin, left of its text, opening on a capital: that line
	 * is the text under the item, not its wrapped end (an item wraps to a
	 * hanging indent, or mid-phrase) */
	if (opens_item(text, start, end) && next - next_bol(text, next) < start - next_bol(text, start) + 2 &&
	    isupper((unsigned char)text[next]) && !ends_dangling(text, start, end))
		return 0;
	/* headlines in title case are lines of their own, unless the next
	 * line goes on with a word that cannot open one ("... THIRD QUARTER
	 * 2025 / AND NINE MONTHS ENDED ...") */
	return !(title_case(text, start, end) || title_case(text, next, next_end)) || goes_on(text, next, next_end);
}

/* The display columns of the widest line of the block of lines that
 * starts at text[start] and runs to a blank line; sets `*block_end`. */
static size_t block_columns(const char *text, size_t len, size_t start, size_t *block_end)
{
	size_t widest = 0, i = start;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		size_t b = e;
		while (b > i && isspace((unsigned char)text[b - 1]))
			b--;
		size_t k = i;
		while (k < b && (text[k] == ' ' || text[k] == '\t'))
			k++;
		if (k == b)
			break;
		size_t w = layout_columns(text, i, b);
		if (w > widest)
			widest = w;
		i = e + 1;
	}
	*block_end = i;
	return widest;
}

/* Whether the lines text[start..end), a run of wrapped lines, read as one
 * line, are junk: a marker the line breaks cut ("... take no /
 * responsibility for the contents of this announcement"). */
static int run_is_junk(const struct segmenter *sg, const char *text, size_t start, size_t end)
{
	char buf[640];
	size_t n = 0;
	for (size_t i = start; i < end; i++) {
		if (n >= sizeof(buf))
			return 0; /* longer than junk runs */
		if (text[i] == '\n') {
			while (n > 0 && buf[n - 1] == ' ')
				n--;
			buf[n++] = ' ';
			while (i + 1 < end && (text[i + 1] == ' ' || text[i + 1] == '\t'))
				i++;
			continue;
		}
		buf[n++] = text[i];
	}
	struct scan_markers m = { sg, buf };
	return line_is_junk(buf, 0, n, scan_for_marker, &m);
}

void segment_sentences_with(const struct segmenter *sg, const char *text, size_t len,
			    const struct wordtrie_match *junk, size_t njunk, struct sentence **out, size_t *n,
			    size_t *cap)
{
	struct found_markers markers = { junk, njunk, 0 };
	size_t run_start = SIZE_MAX; /* the first line of a run of wrapped lines */
	int paragraph = 0;
	size_t line_start = 0;
	int line_junk = -1;
	int links = 0; /* under the heading of a list of links, to a blank line */
	int comments = 0; /* under the heading of readers' comments, while their blocks go on */
	size_t s = 0;
	int soft = 0, item = 0;
	size_t block_end = 0, block_width = 0;
	/* after NFKC a line or sentence ends only at one of these bytes (。
	 * starts with E3, an inline bullet • with E2); other characters are
	 * stepped over whole */
	static const unsigned char may_end[256] = { ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1,
						    [']'] = 1, ['-'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1 };
	for (size_t i = 0; i <= len; i++) {
		while (i < len && !may_end[(unsigned char)text[i]])
			i += (unsigned char)text[i] >= 0xE0 ? 3 : 1;
		if (i > len)
			i = len;
		int newline = i == len || text[i] == '\n';
		size_t w = newline ? 1 : terminator(text, len, i);
		if (line_junk < 0) {
			const char *nl = memchr(text + line_start, '\n', len - line_start);
			size_t end = nl ? (size_t)(nl - text) : len;
			if (!comments && heads_comments(text, line_start, end))
				comments = 1;
			/* a list of links ends at a line of running text: a long
			 * one that ends a sentence (no blank line before it on
			 * some pages) */
			if (links && ends_running_text(text, line_start, end))
				links = 0;
			line_junk = links || comments || line_is_junk(text, line_start, end, found_marker, &markers);
			if (heads_link_list(text, line_start, end))
				links = 1;
		}
		if (!w)
			continue;
		size_t le = i;
		while (newline && le > line_start && isspace((unsigned char)text[le - 1]))
			le--;
		if (newline && i < len && !line_junk && le > line_start && !ends_sentence(text, line_start, le)) {
			const char *nl = memchr(text + i + 1, '\n', len - i - 1);
			size_t next_end = nl ? (size_t)(nl - text) : len;
			if (line_start >= block_end)
				block_width = block_columns(text, len, line_start, &block_end);
			if (wraps_on(text, line_start, le, i + 1, next_end, block_width) &&
			    !line_is_junk(text, i + 1, next_end, found_marker, &markers)) {
				if (run_start == SIZE_MAX)
					run_start = line_start;
				line_start = i + 1;
				line_junk = 0;
				continue;
			}
		}
		/* the run of wrapped lines ends here: junk, when read as one */
		if (newline && run_start != SIZE_MAX) {
			if (!line_junk && run_is_junk(sg, text, run_start, i)) {
				line_junk = 1;
				for (size_t k = *n; k > 0 && (*out)[k - 1].start >= run_start; k--)
					(*out)[k - 1].junk = 1;
			}
			run_start = SIZE_MAX;
		}
		size_t a = s, b = newline ? i : i + w;
		while (a < b && isspace((unsigned char)text[a]))
			a++;
		while (b > a && isspace((unsigned char)text[b - 1]))
			b--;
		if (b > a) {
			GROW(*out, *cap, *n + 1);
			(*out)[*n].start = a;
			(*out)[*n].end = b;
			(*out)[*n].paragraph = paragraph;
			(*out)[*n].junk = line_junk;
			(*out)[*n].soft = soft;
			(*out)[*n].item = item;
			(*n)++;
		}
		soft = !newline && (text[i] == ';' || (w == 3 && !memcmp(text + i, "；", 3)));
		item = !newline && (text[i] == ']' || text[i] == '-' || (unsigned char)text[i] == 0xE2);
		s = i + w;
		if (newline) {
			/* A paragraph ends at a blank line, and after a line that
			 * does not end a sentence (a heading, a date line, junk);
			 * lines of running text stay one paragraph. */
			size_t k = i + 1;
			while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
				k++;
			int blank = k >= len || text[k] == '\n';
			if (blank)
				links = 0;
			/* readers' comments go on while the block after a blank
			 * line is one more ([北京网友] 2025-10-31 08:22, 回复(40)) */
			if (blank && comments && k < len) {
				size_t bs = k;
				while (bs < len && (text[bs] == '\n' || text[bs] == ' ' || text[bs] == '\t' || text[bs] == '\r'))
					bs++;
				const char *nl = memchr(text + bs, '\n', len - bs);
				comments = comment_block(text, bs, nl ? (size_t)(nl - text) : len);
			}
			int ended = le > line_start && terminator(text, len, le - 1 >= line_start ? last_char(text, line_start, le) : le);
			if (blank || !ended || line_junk)
				paragraph++;
			line_start = i + 1;
			line_junk = -1;
		}
	}
}

/* "up 62% from a year ago, when it was $35.1 billion": a when-clause that
 * restates the figure of the time just named belongs to that time's clause,
 * so its figure keeps the time's cues */
static int relative_when(const char *text, size_t len, size_t pos)
{
	static const char *const heads[] = { " when it was ", " when it stood at ", " when they were ",
					     " when it totaled ", " when it totalled ", " when it reached " };
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		size_t n = strlen(heads[i]);
		if (pos + n <= len && !strncmp(text + pos, heads[i], n))
			return 1;
	}
	return 0;
}

int segment_clause_break(const char *text, size_t len, size_t pos, size_t *width)
{
	static const char *const cjk[] = { "，", "、", "：", "（", "）", "【", "】", "《", "》" };
	char c = text[pos];
	/* "the 99% leap in revenue – falling just short of doubling" (the
	 * dash folded to '-'): a dash set apart by spaces between words opens
	 * a clause of its own (not a range's, "$1.50 - $1.52") */
	if (c == '-' && pos >= 2 && text[pos - 1] == ' ' && isalpha((unsigned char)text[pos - 2]) && pos + 2 < len &&
	    text[pos + 1] == ' ' && isalpha((unsigned char)text[pos + 2])) {
		/* (but a pair of them holds an aside: "Nvidia's gaming
		 * division - once its biggest business - saw revenue rise") */
		for (size_t i = pos + 2; i + 1 < len; i++)
			if (text[i] == '-' && text[i - 1] == ' ' && text[i + 1] == ' ')
				return 0;
		for (size_t i = pos - 1; i > 0 && text[i] != '\n' && !(text[i] == '.' && text[i + 1] == ' '); i--)
			if (text[i] == '-' && text[i - 1] == ' ' && text[i + 1] == ' ')
				return 0;
		*width = 1;
		return 1;
	}
	if ((unsigned char)c >= 0x80) {
		/* those marks all start with one of these two bytes */
		if ((unsigned char)c != 0xE3 && (unsigned char)c != 0xEF)
			return 0;
		for (size_t i = 0; i < ARRAY_SIZE(cjk); i++)
			if (cjk_at(text, len, pos, cjk[i])) {
				*width = 3;
				return 1;
			}
		return 0;
	}
	/* "营收681亿美元,同比增长73% 净利润430亿美元": a space after a
	 * figure's % or 元, before Chinese that goes on to a new statement
	 * (not "34% 的增长", "5% 左右") */
	if (c == ' ' && pos > 0 && (text[pos - 1] == '%' || (pos >= 3 && cjk_at(text, len, pos - 3, "元")))) {
		/* (nor "467亿美元 同比增长56%": the figure's own change after it) */
		static const char *const goes_on[] = { "的", "左右", "以上", "以下", "上下", "至", "到", "和", "及", "与",
						       "或", "、", "（", "，", "。", "；", "：", "同比", "环比", "增",
						       "降", "减", "按年", "按季", "较", "比", "占", "高", "低", "超",
						       "约", "为", "上升", "上涨", "提升", "提高", "下降", "下滑", "下跌", "回落", "升",
						       "跌" };
		size_t n = pos;
		while (n < len && text[n] == ' ')
			n++;
		if (n < len && (unsigned char)text[n] >= 0xE4) {
			for (size_t i = 0; i < ARRAY_SIZE(goes_on); i++)
				if (n + strlen(goes_on[i]) <= len && !memcmp(text + n, goes_on[i], strlen(goes_on[i])))
					return 0;
			*width = 1;
			return 1;
		}
		return 0;
	}
	if (c == ',' && pos > 0 && pos + 1 < len && isdigit((unsigned char)text[pos - 1]) &&
	    isdigit((unsigned char)text[pos + 1]))
		return 0;
	if (c == ',' && relative_when(text, len, pos + 1))
		return 0;
	if (c == ',' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']') {
		if (c == ':' && pos > 0 && pos + 1 < len && isdigit((unsigned char)text[pos - 1]) &&
		    isdigit((unsigned char)text[pos + 1]))
			return 0;
		*width = 1;
		return 1;
	}
	return 0;
}
