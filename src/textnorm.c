/*
 * NFKC normalization with an offset map (see textnorm.h). Each code point
 * is folded on its own through utf8proc: compatibility decomposition, then
 * canonical composition of that decomposition. ASCII and CJK ideographs,
 * which NFKC leaves alone, skip utf8proc entirely; other characters
 * without a decomposition only cost a property lookup.
 *
 * Text with CJK characters then goes through OpenCC's t2s, Traditional to
 * Simplified, so that 騰訊 營業額 按年 read as 腾讯 营业额 按年, a line at a
 * time (phrases do not cross lines). Its tables (phrases and characters
 * alike) keep the number of characters, so each converted character maps
 * back to the one it replaced; a line whose count changed anyway is left
 * as it was. t2s, not hk2s or tw2s: those
 * also turn Simplified 抬 into 擡 and 显著 into 显着, while t2s leaves
 * Simplified text as it stands, so every text can pass through it.
 */
#include <ctype.h>
#include <strings.h>
#include <dlfcn.h>
#include <opencc.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "buf.h"
#include "textnorm.h"
#include "banned.h"

/* Characters NFKC keeps but that mean the same thing to the extractor. */
static const struct {
	int32_t from;
	int32_t to;
} extra_folds[] = {
	{ 0x2212, '-' }, /* minus sign */
	{ 0x2010, '-' }, { 0x2011, '-' }, { 0x2012, '-' },
	{ 0x2013, '-' }, /* en dash */
	{ 0x2014, '-' }, /* em dash */
	{ 0x2015, '-' },
	{ 0xFE63, '-' },
	{ 0x301C, '~' }, /* wave dash */
	{ 0x223C, '~' },
	{ 0x2019, '\'' }, /* right single quote, the typeset apostrophe: analysts’ */
	{ 0x2018, '\'' },
	{ 0x00A0, ' ' }, { 0x3000, ' ' }, { 0x2009, ' ' }, { 0x202F, ' ' },
	{ 0x200B, -1 },  /* zero-width space: dropped */
	{ 0xFEFF, -1 },  /* byte order mark: dropped */
};

/* Decodes one UTF-8 sequence at s[0..len): its length, or 0 when it is not
 * valid (truncated, overlong, a surrogate, beyond U+10FFFF). The hot path
 * of every report, so it does not go through utf8proc. */
static size_t decode(const unsigned char *s, size_t len, int32_t *cp)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
	if (!n || n > len || c > 0xF4)
		return 0;
	int32_t v = c & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return n;
}

int textnorm_check_utf8(const char *s, size_t len, size_t *bad)
{
	size_t i = 0;
	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		int32_t cp;
		size_t n = decode((const unsigned char *)s + i, len - i, &cp);
		if (!n) {
			*bad = i;
			return -1;
		}
		i += n;
	}
	return 0;
}

static int32_t extra_fold(int32_t cp)
{
	/* ①-⑩ mark the items of a list ("①游戏业务：…；②数据中心业务："):
	 * a bullet, not the bare digit NFKC makes of them, which runs into
	 * the figures */
	if (cp >= 0x2460 && cp <= 0x2469)
		return 0x2022;
	for (size_t i = 0; i < ARRAY_SIZE(extra_folds); i++)
		if (extra_folds[i].from == cp)
			return extra_folds[i].to;
	return 0;
}

/* Whether NFKC, one code point at a time, leaves `cp` as it stands and the
 * extractor needs no fold of it: CJK ideographs, Hangul syllables, and any
 * character without a decomposition (。、“” and most punctuation). */
static int kept_as_is(int32_t cp)
{
	if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3))
		return 1;
	return !extra_fold(cp) && utf8proc_get_property(cp)->decomp_seqindex == UINT16_MAX;
}

/* The output under construction, text and map. */
struct normout {
	char *text;
	size_t len, cap;
	struct textnorm_seg *segs;
	size_t nsegs, segcap;
};

static void reserve(struct normout *o, size_t need)
{
	if (need > o->cap) {
		o->cap = need + need / 8 + 16;
		o->text = xrealloc(o->text, o->cap);
	}
}

static void add_seg(struct normout *o, size_t orig, uint32_t folded)
{
	GROW(o->segs, o->segcap, o->nsegs + 1);
	o->segs[o->nsegs].norm = (uint32_t)o->len;
	o->segs[o->nsegs].orig = (uint32_t)orig;
	o->segs[o->nsegs].folded = folded;
	o->nsegs++;
}

/* Copies in[from..to) through unchanged. */
static void copy_through(struct normout *o, const char *in, size_t from, size_t to)
{
	if (to == from)
		return;
	reserve(o, o->len + (to - from) + 1);
	add_seg(o, from, 0);
	memcpy(o->text + o->len, in + from, to - from);
	o->len += to - from;
}

/* Folds the code point `cp`, which stands at in[i], into `o`. */
static void fold_char(struct normout *o, int32_t cp, size_t i)
{
	int32_t folded = extra_fold(cp);
	if (folded < 0)
		return;
	utf8proc_int32_t dec[32];
	utf8proc_ssize_t dn;
	if (cp == 0x3000) {
		/* the ideographic space is two columns wide: as two spaces, the
		 * columns of a table set with it stay where they stood */
		dec[0] = dec[1] = ' ';
		dn = 2;
	} else if (folded > 0) {
		dec[0] = folded;
		dn = 1;
	} else {
		int boundclass = 0;
		dn = utf8proc_decompose_char(cp, dec, 32, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &boundclass);
		if (dn < 0 || dn > 32) {
			dec[0] = cp;
			dn = 1;
		} else if (dn > 1) {
			dn = utf8proc_normalize_utf32(dec, dn, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
			if (dn < 1) {
				dec[0] = cp;
				dn = 1;
			}
		}
	}
	reserve(o, o->len + 4 * (size_t)dn + 1);
	size_t start = o->len;
	for (utf8proc_ssize_t k = 0; k < dn; k++) {
		int32_t f = extra_fold(dec[k]);
		if (f >= 0)
			o->len += (size_t)utf8proc_encode_char(f > 0 ? f : dec[k], (utf8proc_uint8_t *)o->text + o->len);
	}
	if (o->len > start) {
		size_t end = o->len;
		o->len = start;
		add_seg(o, i, 1);
		o->len = end;
	}
}

/* OpenCC's converter, opened once for the process: opening it reads its
 * dictionaries. Whether a handle converts from several threads at once is
 * not documented, so conversions take turns. The library itself (and the
 * C++ runtime it brings) is loaded then too: loading it at start cost
 * every run, most of which never meet a Traditional character. */
static pthread_once_t cc_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t cc_lock = PTHREAD_MUTEX_INITIALIZER;
static opencc_t cc = (opencc_t)-1;
static struct {
	opencc_t (*open)(const char *config);
	char *(*convert)(opencc_t h, const char *in, size_t len);
	void (*release)(char *s);
} occ;

/* What t2s makes of each ideograph U+3400..U+9FFF on its own, learnt from
 * OpenCC as texts bring them (asking for all of them up front cost 30 ms a
 * run), and the text converted character by character from that table.
 * OpenCC itself converts about 9 MB/s, slower than all the rest of the
 * extraction together; what its phrase dictionary would add (計畫 as 计划,
 * not 计画) names no company, metric, period or number. Two bits of state a
 * character, and the character it becomes; read and written under cc_lock. */
#define CJK_FIRST 0x3400
#define CJK_LAST 0x9FFF
enum { CH_UNKNOWN, CH_KEPT, CH_CHANGED, CH_ASKED };
static unsigned char cjk_state[(CJK_LAST - CJK_FIRST + 1 + 3) / 4];
static uint16_t cjk_simplified[CJK_LAST - CJK_FIRST + 1];

static int state_of(int32_t cp)
{
	size_t k = (size_t)(cp - CJK_FIRST);
	return cjk_state[k / 4] >> (2 * (k % 4)) & 3;
}

static void set_state(int32_t cp, int st)
{
	size_t k = (size_t)(cp - CJK_FIRST);
	cjk_state[k / 4] = (unsigned char)((cjk_state[k / 4] & ~(3u << (2 * (k % 4)))) | ((unsigned)st << (2 * (k % 4))));
}

static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static void cc_open(void)
{
	void *lib = dlopen(MTRACK_OPENCC_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		return;
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
	*(void **)&occ.open = dlsym(lib, "opencc_open");
	*(void **)&occ.convert = dlsym(lib, "opencc_convert_utf8");
	*(void **)&occ.release = dlsym(lib, "opencc_convert_utf8_free");
	if (occ.open && occ.convert && occ.release)
		cc = occ.open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
}

/* The ideograph U+3400..U+9FFF at s[0..len) (a lead byte E3..E9 and two
 * more), or 0. */
static int32_t cjk_at(const unsigned char *s, size_t len)
{
	if (len < 3 || s[0] < 0xE3 || s[0] > 0xE9)
		return 0;
	int32_t cp = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	return cp >= CJK_FIRST && cp <= CJK_LAST ? cp : 0;
}

/* The end of the run of ASCII bytes at s[i], eight bytes at a time: no
 * ideograph starts in it. */
static size_t past_ascii(const unsigned char *s, size_t i, size_t len)
{
	uint64_t x;
	while (i + 8 <= len && (memcpy(&x, s + i, 8), !(x & 0x8080808080808080ULL)))
		i += 8;
	while (i < len && s[i] < 0x80)
		i++;
	return i;
}

/* The one character of the line q[0..n), a BMP one beyond ASCII, or 0. */
static int32_t sole_char(const char *q, size_t n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)q, (utf8proc_ssize_t)n, &cp);
	return k > 0 && (size_t)k == n && cp >= 0x80 && cp <= 0xFFFF ? cp : 0;
}

/* Learns what t2s makes of the ideographs of s[0..len) not met before: all
 * of them in one conversion, one a line. One that OpenCC does not answer
 * with one character is kept as it is. */
static void learn_chars(const unsigned char *s, size_t len)
{
	struct buf ask = BUF_INIT;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < 0x80) {
			i = past_ascii(s, i, len) - 1;
			continue;
		}
		int32_t cp = cjk_at(s + i, len - i);
		if (!cp)
			continue;
		if (state_of(cp) == CH_UNKNOWN) {
			set_state(cp, CH_ASKED);
			buf_add(&ask, s + i, 3);
			buf_addc(&ask, '\n');
		}
		i += 2;
	}
	if (!ask.len)
		return;
	char *conv = occ.convert(cc, ask.data, ask.len);
	const char *q = conv, *a = ask.data;
	for (size_t k = 0; k < ask.len; k += 4) {
		int32_t cp = cjk_at((const unsigned char *)a + k, 3);
		const char *nl = q ? strchr(q, '\n') : NULL;
		int32_t to = nl ? sole_char(q, (size_t)(nl - q)) : 0;
		if (to && to != cp) {
			set_state(cp, CH_CHANGED);
			cjk_simplified[cp - CJK_FIRST] = (uint16_t)to;
		} else {
			set_state(cp, CH_KEPT);
		}
		q = nl ? nl + 1 : NULL;
	}
	if (conv)
		occ.release(conv);
	buf_free(&ask);
}

/* Whether s[0..len) holds an ideograph at all (lead bytes E3..E9, F0). */
static int has_cjk(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c >= 0xE3 && c <= 0xE9) || c == 0xF0)
			return 1;
	}
	return 0;
}

/* The map under construction for the converted text, and where the old
 * map stands (its stretches are met in order). */
struct remap {
	const struct textnorm_seg *old;
	size_t nold, at;
	struct textnorm_seg *segs;
	size_t nsegs, cap;
};

static void remap_add(struct remap *r, size_t norm, size_t orig, uint32_t folded)
{
	if (r->nsegs) {
		/* a copy that goes on where the last one stops is the same stretch */
		const struct textnorm_seg *p = &r->segs[r->nsegs - 1];
		if (!folded && !p->folded && norm - p->norm == orig - p->orig)
			return;
	}
	GROW(r->segs, r->cap, r->nsegs + 1);
	r->segs[r->nsegs].norm = (uint32_t)norm;
	r->segs[r->nsegs].orig = (uint32_t)orig;
	r->segs[r->nsegs].folded = folded;
	r->nsegs++;
}

/* The old stretch holding old offset `off` (offsets asked for only grow). */
static const struct textnorm_seg *remap_seek(struct remap *r, size_t off)
{
	while (r->at + 1 < r->nold && r->old[r->at + 1].norm <= off)
		r->at++;
	return &r->old[r->at];
}

/* Old text [a, b), unchanged, now at `to`. */
static void remap_kept(struct remap *r, size_t a, size_t b, size_t to)
{
	while (a < b) {
		const struct textnorm_seg *s = remap_seek(r, a);
		size_t next = r->at + 1 < r->nold ? r->old[r->at + 1].norm : b;
		remap_add(r, to, s->folded ? s->orig : s->orig + (a - s->norm), s->folded);
		size_t stop = next < b ? next : b;
		to += stop - a;
		a = stop;
	}
}

/* The old character at `a`, replaced by one at `to`. */
static void remap_changed(struct remap *r, size_t a, size_t to)
{
	const struct textnorm_seg *s = remap_seek(r, a);
	remap_add(r, to, s->folded ? s->orig : s->orig + (a - s->norm), 1);
}

/* Makes text `nt` and map `r` (composed with o's, every stretch of the new
 * text mapped) o's own, ending the map where o's ended. */
static void remap_install(struct normout *o, struct remap *r, struct buf *nt)
{
	GROW(r->segs, r->cap, r->nsegs + 1);
	r->segs[r->nsegs] = o->segs[o->nsegs - 1];
	r->segs[r->nsegs++].norm = (uint32_t)nt->len;
	free(o->text);
	free(o->segs);
	o->len = nt->len;
	o->cap = nt->cap;
	o->text = buf_detach(nt);
	o->segs = r->segs;
	o->nsegs = r->nsegs;
	o->segcap = r->cap;
}

/* Copies o's text [from, to) as it is to the new text, mapped. */
static void keep_through(const struct normout *o, struct remap *r, struct buf *nt, size_t from, size_t to)
{
	buf_add(nt, o->text + from, to - from);
	remap_kept(r, from, to, nt->len - (to - from));
}

/* Ends a rewrite of o's text: the rest from `same` copied as it is, and
 * the new text and map made o's; nothing changes when `changed` is 0. */
static void remap_finish(struct normout *o, struct remap *r, struct buf *nt, size_t same, size_t changed)
{
	if (!changed) {
		buf_free(nt);
		free(r->segs);
		return;
	}
	keep_through(o, r, nt, same, o->len);
	remap_install(o, r, nt);
}

/* Words Taiwan writes for another word than the one their characters make
 * once simplified: 淨收入 is net income there ("輝達Q4淨收入幾乎翻倍…增至
 * 430億美元"), where the mainland's 净收入 is net revenues. Each is read
 * as the mainland word of its meaning, character for character (a word
 * and its replacement have as many characters). */
static const struct {
	const char *traditional, *simplified;
} taiwan_words[] = {
	{ "淨收入", "净利润" },
};

/* Replaces o's text by its Simplified form, composing the maps. The text
 * is left as it is when OpenCC cannot be opened. */
static void to_simplified(struct normout *o)
{
	pthread_once(&cc_once, cc_open);
	if (cc == (opencc_t)-1)
		return;
	const unsigned char *t = (const unsigned char *)o->text;
	pthread_mutex_lock(&cc_lock);
	learn_chars(t, o->len);
	struct remap r = { .old = o->segs, .nold = o->nsegs };
	struct buf nt = BUF_INIT;
	size_t same_i = 0, changed = 0;
	for (size_t i = 0; i < o->len; i++) {
		if (t[i] < 0x80) {
			i = past_ascii(t, i, o->len) - 1;
			continue;
		}
		int32_t cp = cjk_at(t + i, o->len - i);
		if (!cp || state_of(cp) != CH_CHANGED)
			continue;
		/* the characters before it are copied as they are */
		keep_through(o, &r, &nt, same_i, i);
		size_t w = 0;
		while (w < ARRAY_SIZE(taiwan_words) && (i + strlen(taiwan_words[w].traditional) > o->len ||
							memcmp(t + i, taiwan_words[w].traditional, strlen(taiwan_words[w].traditional))))
			w++;
		if (w < ARRAY_SIZE(taiwan_words)) {
			size_t n = strlen(taiwan_words[w].simplified);
			for (size_t c = 0; c < n; c += 3) {
				remap_changed(&r, i + c, nt.len);
				buf_add(&nt, taiwan_words[w].simplified + c, 3);
			}
			same_i = i + n;
			changed += n / 3;
			i += n - 1;
			continue;
		}
		remap_changed(&r, i, nt.len);
		utf8proc_uint8_t enc[4];
		buf_add(&nt, enc, (size_t)utf8proc_encode_char(cjk_simplified[cp - CJK_FIRST], enc));
		same_i = i + 3;
		changed++;
		i += 2;
	}
	pthread_mutex_unlock(&cc_lock);
	remap_finish(o, &r, &nt, same_i, changed);
}

/* The value of the Chinese numeral at t (three bytes): 0..9, 10 for 十,
 * -1 for another character. */
static int cjk_numeral(const unsigned char *t, size_t i, size_t len)
{
	if (i + 3 > len || t[i] < 0xE3 || t[i] > 0xE9)
		return -1;
	int32_t cp = ((int32_t)(t[i] & 0x0F) << 12) | ((int32_t)(t[i + 1] & 0x3F) << 6) | (t[i + 2] & 0x3F);
	switch (cp) {
	case 0x96F6: /* 零 */
	case 0x3007: /* 〇 */
		return 0;
	case 0x4E00: return 1;
	case 0x4E8C: return 2;
	case 0x4E09: /* 三 */
	case 0x53C1: /* 叁, the form a release may write in a date: 十二月叁十一日 */
		return 3;
	case 0x56DB: return 4;
	case 0x4E94: return 5;
	case 0x516D: return 6;
	case 0x4E03: return 7;
	case 0x516B: return 8;
	case 0x4E5D: return 9;
	case 0x5341: return 10; /* 十 */
	default: return -1;
	}
}

/* The number a run of numerals up to 31 writes (六, 十二, 三十一), or -1. */
static int small_number(const int *d, size_t n)
{
	if (n == 1)
		return d[0] == 10 ? 10 : d[0] ? d[0] : -1;
	size_t ten = n;
	for (size_t i = 0; i < n; i++)
		if (d[i] == 10)
			ten = i;
	if (ten > 1 || ten == n || (ten == 1 && !d[0]))
		return -1;
	int v = (ten == 0 ? 1 : d[0]) * 10;
	if (ten + 1 < n) {
		if (ten + 2 != n || !d[ten + 1] || d[ten + 1] == 10)
			return -1;
		v += d[ten + 1];
	}
	return v;
}

static int starts(const unsigned char *t, size_t i, size_t len, const char *w)
{
	size_t n = strlen(w);
	return i + n <= len && !memcmp(t + i, w, n);
}

/* Dates in Chinese numerals, as Hong Kong announcements write them
 * (截至二零二五年六月三十日止六个月), become digits (2025年6月30日), so that
 * one reading of dates serves both. A run of numerals is a year when it is
 * four digits before 年 or 财年, a month (1-12) before 月 right after a
 * year or before a day, a day (1-31) before 日 or 号 right after a month. */
static void numeral_dates(struct normout *o)
{
	const unsigned char *t = (const unsigned char *)o->text;
	/* a year in numerals (二零二五, 二〇二四) holds a zero: a text with none,
	 * and no month in numerals, has no such dates, and most Chinese text
	 * is spared the pass */
	int zero = 0;
	for (const unsigned char *p = t; !zero && (p = memchr(p, 0xE9, o->len - (size_t)(p - t))) != NULL; p++)
		zero = (size_t)(p - t) + 3 <= o->len && p[1] == 0x9B && p[2] == 0xB6;
	for (const unsigned char *p = t; !zero && (p = memchr(p, 0xE3, o->len - (size_t)(p - t))) != NULL; p++)
		zero = (size_t)(p - t) + 3 <= o->len && p[1] == 0x80 && p[2] == 0x87;
	/* or a month or a day in numerals (截至六月三十日止三個月 heads a
	 * table; 10月三十日): each construct is found on its own, so a text
	 * read in windows converts what the whole would */
	for (const unsigned char *p = t; !zero && (p = memchr(p, 0xE6, o->len - (size_t)(p - t))) != NULL; p++)
		zero = (size_t)(p - t) >= 3 && (size_t)(p - t) + 3 <= o->len &&
		       ((p[1] == 0x9C && p[2] == 0x88) || (p[1] == 0x97 && p[2] == 0xA5)) &&
		       cjk_numeral(t, (size_t)(p - t) - 3, o->len) >= 0;
	for (const unsigned char *p = t; !zero && (p = memchr(p, 0xE5, o->len - (size_t)(p - t))) != NULL; p++)
		zero = (size_t)(p - t) >= 3 && (size_t)(p - t) + 3 <= o->len && p[1] == 0x8F && p[2] == 0xB7 &&
		       cjk_numeral(t, (size_t)(p - t) - 3, o->len) >= 0;
	if (!zero)
		return;
	struct remap r = { .old = o->segs, .nold = o->nsegs };
	struct buf nt = BUF_INIT;
	size_t same = 0, changed = 0;
	for (size_t i = 0; i + 3 <= o->len;) {
		int d[8];
		size_t n = 0, j = i;
		while (n < ARRAY_SIZE(d) && (d[n] = cjk_numeral(t, j, o->len)) >= 0) {
			n++;
			j += 3;
		}
		if (!n) {
			i += t[i] < 0x80 ? 1 : utf8_len(t[i]);
			/* ASCII runs eight bytes at a time */
			uint64_t x;
			while (i + 8 <= o->len && (memcpy(&x, t + i, 8), !(x & 0x8080808080808080ULL)))
				i += 8;
			continue;
		}
		char digits[12];
		int v = -1;
		/* the byte before the character before the run, as the text now
		 * stands (a year just turned into digits ends the new text) */
		unsigned char before = i < 4 ? 0 : i - 3 > same ? t[i - 4] : nt.len ? (unsigned char)nt.data[nt.len - 1] : t[i - 4];
		int after_year = i >= 3 && starts(t, i - 3, o->len, "年") && isdigit(before);
		int after_month = i >= 3 && starts(t, i - 3, o->len, "月") && isdigit(before);
		/* (a PDF may set the 年 on a line of its own: "二零二四\n年\n三月三十一日"
		 * over a table's column) */
		size_t jy = j;
		while (jy < o->len && jy < j + 2 && (t[jy] == '\n' || t[jy] == ' '))
			jy++;
		if (n == 4 && (starts(t, j, o->len, "年") || starts(t, j, o->len, "财年") ||
			       (jy > j && starts(t, jy, o->len, "年\n")))) {
			int digit = 1;
			for (size_t k = 0; k < 4; k++)
				digit &= d[k] < 10;
			if (digit)
				v = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
		} else if (starts(t, j, o->len, "月")) {
			int m = small_number(d, n);
			int day_next = cjk_numeral(t, j + 3, o->len) >= 0 || (j + 3 < o->len && isdigit(t[j + 3]));
			if (m >= 1 && m <= 12 && (after_year || day_next))
				v = m;
		} else if ((starts(t, j, o->len, "日") || starts(t, j, o->len, "号")) && after_month) {
			int day = small_number(d, n);
			if (day >= 1 && day <= 31)
				v = day;
		}
		if (v < 0) {
			i = j;
			continue;
		}
		snprintf(digits, sizeof(digits), n == 4 && v >= 1000 ? "%04d" : "%d", v);
		keep_through(o, &r, &nt, same, i);
		remap_changed(&r, i, nt.len);
		buf_adds(&nt, digits);
		same = i = j;
		changed++;
		/* (the year's 年 on the next line joins it: "2024年") */
		if (v >= 1000 && jy > j && !starts(t, j, o->len, "年")) {
			remap_changed(&r, j, nt.len);
			same = i = jy;
			continue;
		}
		/* in a table (spaces after the date) the columns stay where a
		 * page set them: the digits take fewer than the numerals did */
		size_t lost = 2 * n - strlen(digits);
		if (j + 3 < o->len && t[j + 3] == ' ' && lost) {
			keep_through(o, &r, &nt, j, j + 3);
			remap_changed(&r, j, nt.len);
			for (size_t k = 0; k < lost; k++)
				buf_addc(&nt, ' ');
			same = i = j + 3;
		}
	}
	remap_finish(o, &r, &nt, same, changed);
}

/* Words a page broke at a line's end with a hyphen ("Remaining performance
 * obliga-\ntion", "21.4 per-\ncent"), as text from PDFs has them, made
 * whole again; a compound's hyphen stays ("year-\nover-year", "non-\n
 * recurring"). Only in a line of running text (40 characters or more before
 * the break) between small letters: a table's cells never end so. The
 * line then breaks after the word made whole. */
static void join_broken_words(struct normout *o)
{
	static const char *const compound[] = { "year", "quarter", "month", "non", "self", "well", "long", "short",
						"high", "low", "full", "mid", "multi", "one", "two", "three", "four",
						"first", "second", "third", "fourth", "over", "cross", "co", "pre",
						"post", "all", "double", "triple", "end", "data", "cloud" };
	const char *t = o->text;
	const char *p = memchr(t, '\n', o->len);
	while (p && (p == t || p[-1] != '-'))
		p = memchr(p + 1, '\n', o->len - (size_t)(p + 1 - t));
	if (!p)
		return;
	struct remap r = { .old = o->segs, .nold = o->nsegs };
	struct buf nt = BUF_INIT;
	size_t same = 0, changed = 0;
	for (; p; p = memchr(p + 1, '\n', o->len - (size_t)(p + 1 - t))) {
		size_t i = (size_t)(p - t) - 1; /* the hyphen */
		if (i < 2 || t[i] != '-' || !islower((unsigned char)t[i - 1]) || !islower((unsigned char)t[i - 2]))
			continue;
		size_t ls = i;
		while (ls > 0 && t[ls - 1] != '\n')
			ls--;
		if (i - ls < 40)
			continue;
		size_t k = i + 2;
		while (k < o->len && (t[k] == ' ' || t[k] == '\t'))
			k++;
		if (k + 1 >= o->len || !islower((unsigned char)t[k]) || !isalpha((unsigned char)t[k + 1]))
			continue;
		size_t ws = i, we = k;
		while (ws > ls && isalpha((unsigned char)t[ws - 1]))
			ws--;
		while (we < o->len && isalpha((unsigned char)t[we]))
			we++;
		int keep = (we < o->len && t[we] == '-');
		for (size_t c = 0; c < sizeof(compound) / sizeof(compound[0]) && !keep; c++)
			keep = strlen(compound[c]) == i - ws && !strncasecmp(t + ws, compound[c], i - ws);
		keep_through(o, &r, &nt, same, keep ? i + 1 : i);
		same = k;
		changed++;
		/* the line still breaks, at the first space after the word, so
		 * that the paragraph keeps its shape (its lines' widths tell the
		 * layout they wrap) */
		size_t sp = we;
		while (sp < o->len && sp < we + 24 && t[sp] != ' ' && t[sp] != '\n')
			sp++;
		if (sp < o->len && t[sp] == ' ') {
			keep_through(o, &r, &nt, same, sp);
			remap_changed(&r, sp, nt.len);
			buf_addc(&nt, '\n');
			same = sp + 1;
		}
	}
	remap_finish(o, &r, &nt, same, changed);
}

/* The end (past its last pipe) of a Markdown table's separator row at
 * t[i] ("| ---- | :---: |"), its cells' number in *cells; 0 when there is
 * none there. */
static size_t separator_row(const char *t, size_t i, size_t len, size_t *cells)
{
	if (t[i] != '|')
		return 0;
	size_t n = 0, end = 0;
	for (i++; i < len;) {
		while (i < len && t[i] == ' ')
			i++;
		if (i < len && t[i] == ':')
			i++;
		size_t d = i;
		while (i < len && t[i] == '-')
			i++;
		if (i - d < 3)
			break;
		if (i < len && t[i] == ':')
			i++;
		while (i < len && t[i] == ' ')
			i++;
		if (i >= len || t[i] != '|')
			break;
		n++;
		end = ++i;
	}
	*cells = n;
	return n >= 2 ? end : 0;
}

/* The end (past its last pipe) of a table row of `cells` cells starting
 * at the pipe t[i], on one line; 0 when it is not one. */
static size_t row_end(const char *t, size_t i, size_t len, size_t cells)
{
	size_t pipes = 0;
	for (; i < len && t[i] != '\n'; i++)
		if (t[i] == '|' && ++pipes == cells + 1)
			return i + 1;
	return 0;
}

/* A Markdown table a page ran into one line with the prose around it
 * ("主要财务指标 |指标|FY2025A|FY2026E| | ---- | ---- | |营业收入|1304.97|
 * 1967.79| [11] 财务报表"): each of its rows set on a line of its own, by
 * the spaces between them becoming line breaks (the text keeps its
 * length, so every offset stays). */
static void split_run_in_tables(struct normout *o)
{
	char *t = o->text;
	size_t len = o->len;
	for (const char *p = memchr(t, '|', len); p; p = memchr(p + 1, '|', len - (size_t)(p + 1 - t))) {
		size_t s = (size_t)(p - t), cells, se;
		if (s < 2 || t[s - 1] != ' ' || t[s - 2] != '|' || !(se = separator_row(t, s, len, &cells)))
			continue;
		/* the header row, ending right before it */
		size_t hs = s - 2, pipes = 1;
		while (hs > 0 && t[hs - 1] != '\n' && pipes < cells + 1)
			if (t[--hs] == '|')
				pipes++;
		/* (a row of as many cells as the separator's, set apart from
		 * the prose before it: a page's own mistake reads as prose) */
		if (pipes < cells + 1 || (hs > 0 && t[hs - 1] != ' ' && t[hs - 1] != '\n'))
			continue;
		if (hs > 0 && t[hs - 1] == ' ')
			t[hs - 1] = '\n';
		t[s - 1] = '\n';
		size_t re;
		while (se + 1 < len && t[se] == ' ' && t[se + 1] == '|' && (re = row_end(t, se + 1, len, cells)) &&
		       (re == len || t[re] == ' ' || t[re] == '\n')) {
			t[se] = '\n';
			se = re;
		}
		if (se < len && t[se] == ' ')
			t[se] = '\n';
		p = t + se - 1;
	}
}

/* Whether line t[s..e) holds one figure and nothing else, as a cell set
 * on a line of its own: "184,504", "15%", "-0.1%", "(3,120)", "6.115". */
static int figure_line(const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '\t'))
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r'))
		e--;
	/* (a footnote's mark after it: "44,348*") */
	while (e > s && t[e - 1] == '*')
		e--;
	if (s < e && (t[s] == '-' || t[s] == '+' || t[s] == '('))
		s++;
	if (e > s && t[e - 1] == ')')
		e--;
	if (e > s && t[e - 1] == '%')
		e--;
	size_t digits = 0;
	for (size_t i = s; i < e; i++)
		if (isdigit((unsigned char)t[i]))
			digits++;
		else if (t[i] != ',' && t[i] != '.')
			return 0;
	return digits > 0 && isdigit((unsigned char)t[e - 1]);
}

/* Whether line t[s..e) may label a row of stacked cells: short, no figure
 * alone, not a sentence. */
static int label_line(const char *t, size_t s, size_t e)
{
	return e > s && e - s <= 80 && !figure_line(t, s, e) && !(e - s >= 3 && !memcmp(t + e - 3, "。", 3));
}

/* Whether line t[s..e) gives a table's units ("(人民币百万元,另有指明者除
 * 外)", "(RMB in millions)"). */
static int units_line(const char *t, size_t s, size_t e)
{
	static const char *const marks[] = { "万元", "千元", "million", "thousand" };
	if (e <= s || t[s] != '(')
		return 0;
	for (size_t i = s; i < e; i++)
		for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
			if (strlen(marks[m]) <= e - i && !strncasecmp(t + i, marks[m], strlen(marks[m])))
				return 1;
	return 0;
}

/* Whether t[s..e) names a scale (In millions except EPS, $ thousands). */
static int scale_words(const char *t, size_t s, size_t e)
{
	static const char *const marks[] = { "million", "thousand", "billion" };
	for (size_t i = s; i < e; i++)
		for (size_t m = 0; m < sizeof(marks) / sizeof(marks[0]); m++)
			if (strlen(marks[m]) <= e - i && !strncasecmp(t + i, marks[m], strlen(marks[m])))
				return 1;
	return 0;
}

/* The most cells a row of stacked cells may have, and the fewest rows. */
#define STACK_MAX_CELLS 8
#define STACK_MIN_ROWS 3

/* A table a PDF gave a cell a line (Hong Kong announcements: "收入\n184,504
 * \n161,117\n15%\n毛利\n105,013..."), its column heads stacked the same
 * way over it ("2025年\n6月30日\n2024年\n6月30日\n同比变动"): each row set on
 * one line, its cells apart by tabs, a label of two lines joined by a space,
 * and as many heads as the rows have figures joined into a header line (a
 * year over its day as one head). Only line breaks change, so every offset
 * stays. */
static void join_stacked_cells(struct normout *o)
{
	char *t = o->text;
	size_t len = o->len;
	/* most texts hold no label over two figures a line each: they are
	 * spared the table of their lines */
	int seen = 0;
	size_t run = 0, ps = 0, pe = 0;
	for (size_t i = 0; i < len && !seen;) {
		const char *p = memchr(t + i, '\n', len - i);
		size_t e = p ? (size_t)(p - t) : len;
		if (figure_line(t, i, e)) {
			if (!run && i > 0 && !label_line(t, ps, pe))
				run = SIZE_MAX; /* (a run after no label: none until the next line) */
			else if (run != SIZE_MAX)
				seen = ++run >= 2;
		} else {
			run = 0;
		}
		ps = i;
		pe = e;
		i = e + 1;
	}
	if (!seen)
		return;
	size_t nl = 0, cap = 0;
	size_t *ls = NULL, *le = NULL;
	for (size_t i = 0; i < len;) {
		const char *p = memchr(t + i, '\n', len - i);
		size_t e = p ? (size_t)(p - t) : len;
		if (nl == cap) {
			cap = cap ? cap * 2 : 256;
			ls = xrealloc(ls, cap * sizeof(*ls));
			le = xrealloc(le, cap * sizeof(*le));
		}
		ls[nl] = i;
		le[nl++] = e;
		i = e + 1;
	}
	for (size_t i = 1; i < nl;) {
		if (!figure_line(t, ls[i], le[i])) {
			i++;
			continue;
		}
		size_t k = 0;
		while (i + k < nl && figure_line(t, ls[i + k], le[i + k]))
			k++;
		if (k < 2 || k > STACK_MAX_CELLS || !label_line(t, ls[i - 1], le[i - 1])) {
			i += k;
			continue;
		}
		/* the rows: one label line (the first), then up to three, each
		 * over exactly k figures */
		size_t row_first[64], row_labels[64], nrows = 1, at = i + k;
		row_first[0] = i - 1;
		row_labels[0] = 1;
		while (nrows < ARRAY_SIZE(row_first)) {
			size_t lab = 0;
			while (lab < 3 && at + lab < nl && label_line(t, ls[at + lab], le[at + lab]))
				lab++;
			size_t f = 0;
			while (f <= k && at + lab + f < nl && figure_line(t, ls[at + lab + f], le[at + lab + f]))
				f++;
			if (!lab || f != k)
				break;
			row_first[nrows] = at;
			row_labels[nrows++] = lab;
			at += lab + k;
		}
		if (nrows < STACK_MIN_ROWS) {
			i += k;
			continue;
		}
		for (size_t r = 0; r < nrows; r++) {
			size_t a = row_first[r], lab = row_labels[r];
			/* (a label over its parts stays a line of its own: "每股盈利"
			 * over "-基本" and "-摊薄", as "Earnings per share:" over
			 * "Basic" and "Diluted") */
			for (size_t x = a; x + 1 < a + lab; x++)
				if (t[ls[x + 1]] != '-')
					t[le[x]] = ' ';
			for (size_t x = a + lab - 1; x + 1 < a + lab + k; x++)
				t[le[x]] = '\t';
		}
		/* the heads over them, past a units line: k cells, a year's line
		 * and its day's ("2025年" over "6月30日") one cell */
		size_t h = row_first[0];
		if (h > 0 && units_line(t, ls[h - 1], le[h - 1]))
			h--;
		size_t cells = 0, top = h;
		while (cells < k && top > 0 && label_line(t, ls[top - 1], le[top - 1]) && le[top - 1] - ls[top - 1] <= 40) {
			top--;
			if (top > 0 && le[top - 1] - ls[top - 1] == 7 && !memcmp(t + le[top - 1] - 3, "年", 3) &&
			    isdigit((unsigned char)t[ls[top - 1]]))
				top--;
			cells++;
		}
		if (cells == k) {
			for (size_t x = top; x + 1 < h; x++)
				t[le[x]] = le[x] - ls[x] == 7 && !memcmp(t + le[x] - 3, "年", 3) ? ' ' : '\t';
		}
		i = at;
	}
	free(ls);
	free(le);
}

/* The fewest lines of a table a page set one cell a line, each after a
 * bar ("|總收入\n|2,452億\n|+3.7%"). */
#define PIPED_MIN_LINES 9

/* Whether line t[s..e) is one cell after a bar: "|2,452億". */
static int piped_cell(const char *t, size_t s, size_t e)
{
	return e > s + 1 && t[s] == '|' && !memchr(t + s + 1, '|', e - s - 1) && e - s <= 60;
}

/* Whether cell t[s..e) holds a digit. */
static int has_digit(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (isdigit((unsigned char)t[i]))
			return 1;
	return 0;
}

/* A table a web page gave one cell a line after a bar ("|項目\n|金額\n|按年
 * 變動\n|總收入\n|2,452億\n|+3.7%\n..."): the cells before the first that
 * holds a digit are the heads and the first row's label, so as many cells
 * as heads make a row; each row whose label holds no digit is set on one
 * line, a bar before each cell, as a Markdown table writes it. Only line
 * breaks change, so every offset stays. */
static void join_piped_cells(struct normout *o)
{
	char *t = o->text;
	size_t len = o->len;
	if (!memchr(t, '|', len))
		return;
	size_t ls[256], le[256];
	for (size_t i = 0; i < len;) {
		/* a run of such lines */
		size_t n = 0, at = i;
		while (at < len && n < ARRAY_SIZE(ls)) {
			const char *p = memchr(t + at, '\n', len - at);
			size_t e = p ? (size_t)(p - t) : len;
			if (!piped_cell(t, at, e))
				break;
			ls[n] = at;
			le[n++] = e;
			at = e + 1;
		}
		if (n < PIPED_MIN_LINES) {
			const char *p = memchr(t + i, '\n', len - i);
			i = n ? at : p ? (size_t)(p - t) + 1 : len;
			continue;
		}
		size_t heads = 0;
		while (heads < n && !has_digit(t, ls[heads], le[heads]))
			heads++;
		size_t k = heads - 1; /* cells a row */
		if (heads < 3 || heads > 9 || heads == n) {
			i = at;
			continue;
		}
		/* the heads, then the rows while their labels hold no digit */
		size_t rows = 0;
		for (size_t r = k; r + k <= n && !has_digit(t, ls[r], le[r]); r += k)
			rows++;
		if (rows < 2) {
			i = at;
			continue;
		}
		for (size_t r = 0; r <= rows; r++)
			for (size_t c = 1; c < k; c++)
				t[le[r * k + c - 1]] = ' ';
		i = at;
	}
}

/* The most cells a table a page set a paragraph a cell may have. */
#define PARA_MAX_CELLS 256

/* Whether t[s..e) is a figure as a web page's table cell gives it: "18%",
 * "(1.7%)", "$44.12 billion", "$12.77", "2,432亿". */
static int web_figure_cell(const char *t, size_t s, size_t e)
{
	static const char *const tails[] = { "", "%", "%)", ")", ")%", " billion", " million", " trillion", " thousand",
					     "B", "M", "bn", "亿", "万", "亿元", "万元", "亿美元", " billion)", " million)" };
	while (s < e && (t[s] == '(' || t[s] == '-' || t[s] == '+'))
		s++;
	if (e - s > 3 && !memcmp(t + s, "US$", 3))
		s += 3;
	else if (s < e && t[s] == '$')
		s++;
	size_t d = s;
	while (d < e && (isdigit((unsigned char)t[d]) || t[d] == ',' || t[d] == '.'))
		d++;
	if (d == s || !isdigit((unsigned char)t[s]) || !isdigit((unsigned char)t[d - 1]))
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(tails); k++)
		if (strlen(tails[k]) == e - d && !memcmp(t + d, tails[k], e - d))
			return 1;
	return 0;
}

/* Whether line t[s..e) ends on a mark that closes a clause or a sentence
 * (. : ; , ! ? 。; full-width ones are folded to these by then): prose, no
 * table's head or cell. */
static int ends_on_clause_mark(const char *t, size_t s, size_t e)
{
	return e > s && (strchr(".:;,!?", t[e - 1]) || (e - s >= 3 && !memcmp(t + e - 3, "。", 3)));
}

/* Whether line t[s..e) may be a cell a web page set as a paragraph of its
 * own: short, and no sentence. */
static int paragraph_cell(const char *t, size_t s, size_t e)
{
	return e > s && e - s <= 60 && t[s] != ' ' && !ends_on_clause_mark(t, s, e);
}

/* The line after the one ending at t[e] when a blank line (spaces at most)
 * stands between them and the next holds text; 0 otherwise. */
static size_t past_one_blank(const char *t, size_t len, size_t e)
{
	if (e >= len || t[e] != '\n')
		return 0;
	size_t b = e + 1;
	while (b < len && (t[b] == ' ' || t[b] == '\t'))
		b++;
	if (b >= len || t[b] != '\n' || b + 1 >= len || t[b + 1] == '\n' || t[b + 1] == ' ')
		return 0;
	return b + 1;
}

/* Sets the bytes between line ends e and the next line's start s to
 * spaces, the last kept a line break when `row_end`. */
static void join_gap(char *t, size_t e, size_t s, int row_end)
{
	for (size_t x = e; x < s; x++)
		t[x] = ' ';
	if (row_end)
		t[s - 1] = '\n';
}

/* A table a web page gave a paragraph a cell (Segment / Revenue Q4 2018 /
 * Change (YOY) / North America / $44.12 billion / 18% / ..., a blank line
 * between each): the heads, then rows of a label and k figures, at least
 * two of them. Each row is set on one line, its cells two spaces apart, and
 * the heads (k of them, or k and the labels' head) on one line over them,
 * as a table's text is laid out. Only spaces and line breaks change, one
 * byte for one, so every offset stays. */
static void join_paragraph_cells(struct normout *o)
{
	char *t = o->text;
	size_t len = o->len;
	size_t ls[PARA_MAX_CELLS], le[PARA_MAX_CELLS];
	for (size_t i = 0; i < len;) {
		/* a run of short one-line paragraphs */
		size_t n = 0, at = i, next = 0;
		while (at < len && n < PARA_MAX_CELLS) {
			const char *p = memchr(t + at, '\n', len - at);
			size_t e = p ? (size_t)(p - t) : len;
			while (e > at && t[e - 1] == ' ')
				e--;
			if (!paragraph_cell(t, at, e))
				break;
			ls[n] = at;
			le[n++] = e;
			next = p ? (size_t)(p - t) : len;
			if (!(at = past_one_blank(t, len, next)))
				break;
		}
		if (n < 9) {
			const char *p = memchr(t + i, '\n', len - i);
			i = n > 1 ? next : p ? (size_t)(p - t) + 1 : len;
			continue;
		}
		for (size_t pos = 0; pos < n;) {
			size_t f = pos;
			while (f < n && !web_figure_cell(t, ls[f], le[f]))
				f++;
			size_t k = 0;
			while (f + k < n && web_figure_cell(t, ls[f + k], le[f + k]))
				k++;
			size_t labels = f - pos;
			size_t heads = labels >= k + 2 ? k + 1 : labels == k + 1 ? k : 0;
			if (k < 2 || !heads) {
				pos = f + k;
				continue;
			}
			/* the rows: a label and k figures each */
			size_t rows = 0, r = f - 1;
			while (r + k < n) {
				size_t c = 1;
				while (c <= k && web_figure_cell(t, ls[r + c], le[r + c]))
					c++;
				if (c <= k || web_figure_cell(t, ls[r], le[r]) ||
				    (r + k + 1 < n && web_figure_cell(t, ls[r + k + 1], le[r + k + 1])))
					break;
				rows++;
				r += k + 1;
			}
			if (rows < 2) {
				pos = f + k;
				continue;
			}
			size_t h = f - 1 - heads;
			for (size_t x = h; x + 1 < h + heads; x++)
				join_gap(t, le[x], ls[x + 1], 0);
			join_gap(t, le[h + heads - 1], ls[h + heads], 1);
			for (size_t q = 0; q < rows; q++) {
				size_t a = f - 1 + q * (k + 1);
				for (size_t x = a; x < a + k; x++)
					join_gap(t, le[x], ls[x + 1], 0);
				if (a + k + 1 < n)
					join_gap(t, le[a + k], ls[a + k + 1], 1);
			}
			pos = r;
		}
		i = next;
	}
}

/* Whether t[s..e) is a cell of a row set with single spaces: a figure, a
 * dash or n/a for none, or a figure with a word in brackets on it. */
static int spaced_cell(const char *t, size_t s, size_t e)
{
	if (figure_line(t, s, e))
		return 1;
	/* a cell left empty: -, n/a (— and – are folded to - by then) */
	if ((e - s == 1 && t[s] == '-') || (e - s == 3 && !strncasecmp(t + s, "n/a", 3)))
		return 1;
	/* a figure with a word on it: "-188.15(净流出)" */
	const char *open = memchr(t + s, '(', e - s);
	if (!open || t[e - 1] != ')' || !figure_line(t, s, (size_t)(open - t)))
		return 0;
	for (const char *p = open + 1; p < t + e - 1; p++)
		if (isdigit((unsigned char)*p))
			return 0;
	return 1;
}

/* How many figure cells line t[s..e) holds after a label when it is a row
 * a PDF set with single spaces ("收入 192,869 167,193 15% 184,504 5%"): a
 * first word that is no figure, then only cells spaced_cell() takes, one
 * space apart, most of them figures. 0 when it is no such row. */
static size_t spaced_row_cells(const char *t, size_t s, size_t e)
{
	/* (most lines are prose: one that ends on no figure is none) */
	if (e <= s || !(isdigit((unsigned char)t[e - 1]) || t[e - 1] == '%' || t[e - 1] == ')' || t[e - 1] == '-'))
		return 0;
	const char *sp = memchr(t + s, ' ', e - s);
	if (!sp || sp == t + s || figure_line(t, s, (size_t)(sp - t)))
		return 0;
	size_t cells = 0, figures = 0;
	for (size_t c = (size_t)(sp - t) + 1; c < e;) {
		const char *n = memchr(t + c, ' ', e - c);
		size_t ce = n ? (size_t)(n - t) : e;
		if (ce == c || !spaced_cell(t, c, ce))
			return 0;
		figures += figure_line(t, c, ce);
		cells++;
		c = ce + 1;
	}
	return cells >= 2 && cells <= STACK_MAX_CELLS && figures * 2 >= cells ? cells : 0;
}

/* The cells of line t[s..e) when it is a row set with single spaces whose
 * label or cells are more than a word ("Revenue $ 7,192 $ 6,051 Up 19%
 * Down 13%", "Gross margin 64.6 % 63.3 % Up 1.3 pts"): a label of words
 * with no figure, then cells each made of a direction, a currency sign, a
 * figure and a unit (all but the figure may be left out), or a dash or
 * n/a for none. Writes where each cell starts into at[] (STACK_MAX_CELLS
 * at most) and returns how many, 0 when the line is no such row. With
 * `loose`, a row of one word and single-word cells ("EPS $0.40 $0.33")
 * passes too: it goes on a table of worded rows above it. */
/* Whether the word t[s..e) is a figure with its scale or unit glued on,
 * as a web table writes its cells ($3.85B, $831M, +4pp, 12.5bps). */
static int glued_figure(const char *t, size_t s, size_t e)
{
	static const char *const ends[] = { "bn", "mn", "pp", "pts", "bps", "B", "M", "K" };
	if (e > s && t[s] == '$')
		s++;
	for (size_t i = 0; i < ARRAY_SIZE(ends); i++) {
		size_t n = strlen(ends[i]);
		if (e - s > n && !memcmp(t + e - n, ends[i], n) && figure_line(t, s, e - n))
			return 1;
	}
	return 0;
}

/* Whether the word t[s..e) is a figure in dollars, its sign first if it
 * has one ($1.65, -$43). */
static int dollar_figure(const char *t, size_t s, size_t e)
{
	if (e - s > 2 && (t[s] == '-' || t[s] == '+') && t[s + 1] == '$')
		s++;
	return e - s > 1 && t[s] == '$' && figure_line(t, s + 1, e);
}

static size_t worded_row_cells(const char *t, size_t s, size_t e, size_t *at, int loose)
{
	static const char *const moves[] = { "up", "down" };
	static const char *const signs[] = { "$", "US$", "HK$", "NT$", "RMB", "€", "£" };
	/* (with the scale words a web page writes out: "$1.65 billion") */
	static const char *const units[] = { "%", "pts", "pts.", "pt", "pp", "ppt", "ppts", "bps", "billion", "million" };
	static const char *const none[] = { "-", "n/a", "nm", "flat" };
	/* (most lines are prose: one that ends on no figure or unit is none) */
	if (e <= s || e - s > 240 || !(isdigit((unsigned char)t[e - 1]) || t[e - 1] == '%' || t[e - 1] == ')' ||
				       t[e - 1] == '-' || isalpha((unsigned char)t[e - 1])))
		return 0;
	/* (a line ending on a word ends on a unit or an empty cell's mark) */
	if (isalpha((unsigned char)t[e - 1])) {
		size_t l = e;
		while (l > s && t[l - 1] != ' ')
			l--;
		if (!span_in_list(t, l, e, units, ARRAY_SIZE(units)) && !span_in_list(t, l, e, none, ARRAY_SIZE(none)) &&
		    !glued_figure(t, l, e))
			return 0;
	}
	size_t ws[64], we[64], n = 0;
	for (size_t c = s; c < e && n < 64;) {
		const char *sp = memchr(t + c, ' ', e - c);
		size_t ce = sp ? (size_t)(sp - t) : e;
		if (ce == c)
			return 0;
		ws[n] = c;
		we[n++] = ce;
		c = ce + 1;
	}
	size_t w = 0, letters = 0;
	for (; w < n; w++) {
		const char *a = t + ws[w];
		size_t len = we[w] - ws[w];
		if (figure_line(t, ws[w], we[w]) || span_in_list(t, ws[w], we[w], signs, ARRAY_SIZE(signs)) ||
		    span_in_list(t, ws[w], we[w], none, ARRAY_SIZE(none)) ||
		    (span_in_list(t, ws[w], we[w], moves, ARRAY_SIZE(moves)) && w + 1 < n &&
		     figure_line(t, ws[w + 1], we[w + 1])) ||
		    dollar_figure(t, ws[w], we[w]) || glued_figure(t, ws[w], we[w]))
			break;
		for (size_t i = 0; i < len; i++) {
			if (isdigit((unsigned char)a[i]))
				return 0;
			letters += isalpha((unsigned char)a[i]) != 0;
		}
	}
	if (!w || !letters)
		return 0;
	size_t cells = 0, worded = w > 1;
	while (w < n) {
		if (cells == STACK_MAX_CELLS)
			return 0;
		at[cells++] = ws[w];
		if (span_in_list(t, ws[w], we[w], none, ARRAY_SIZE(none))) {
			w++;
			continue;
		}
		size_t first = w;
		if (span_in_list(t, ws[w], we[w], moves, ARRAY_SIZE(moves)))
			w++;
		if (w < n && span_in_list(t, ws[w], we[w], signs, ARRAY_SIZE(signs)))
			w++;
		if (w >= n)
			return 0;
		/* ($3.85B: a cell of a web table, as a worded one is) */
		if (glued_figure(t, ws[w], we[w]))
			worded = 1;
		else if (!figure_line(t, ws[w], we[w]) && !dollar_figure(t, ws[w], we[w]))
			return 0;
		w++;
		if (w < n && span_in_list(t, ws[w], we[w], units, ARRAY_SIZE(units)))
			w++;
		worded |= w - first > 1;
	}
	return cells >= 2 && (worded || loose) ? cells : 0;
}

/* Whether the word t[s..e) marks a quarter or a half (Q1, 1Q, H2, FQ3). */
static int part_mark(const char *t, size_t s, size_t e)
{
	if (e - s == 3 && (t[s] == 'F' || t[s] == 'f'))
		s++;
	if (e - s != 2)
		return 0;
	int q = toupper((unsigned char)t[s]) == 'Q' || toupper((unsigned char)t[s]) == 'H',
	    q2 = toupper((unsigned char)t[s + 1]) == 'Q' || toupper((unsigned char)t[s + 1]) == 'H';
	return (q && isdigit((unsigned char)t[s + 1])) || (q2 && isdigit((unsigned char)t[s]));
}

/* Whether the word t[s..e) is a year as a column head writes it (2024,
 * FY24, FY2024, '24). */
static int year_mark(const char *t, size_t s, size_t e)
{
	if (e - s >= 2 && toupper((unsigned char)t[s]) == 'F' && toupper((unsigned char)t[s + 1]) == 'Y')
		s += 2;
	else if (e > s && t[s] == '\'')
		s++;
	if (e - s != 2 && e - s != 4)
		return 0;
	for (size_t i = s; i < e; i++)
		if (!isdigit((unsigned char)t[i]))
			return 0;
	return 1;
}

/* Whether line t[s..e) is a year of a stacked column head ("2025年"). */
static int head_year_line(const char *t, size_t s, size_t e)
{
	return e - s == 7 && isdigit((unsigned char)t[s]) && isdigit((unsigned char)t[s + 3]) && !memcmp(t + e - 3, "年", 3);
}

/* The end of the day of a stacked column head that line t[s..e) opens on
 * ("9月30日", "6月30日 环比变动"), s when it opens on none. */
static size_t head_day_end(const char *t, size_t s, size_t e)
{
	size_t i = s;
	while (i < e && i < s + 2 && isdigit((unsigned char)t[i]))
		i++;
	if (i == s || i + 3 > e || memcmp(t + i, "月", 3))
		return s;
	i += 3;
	size_t d = i;
	while (i < e && i < d + 2 && isdigit((unsigned char)t[i]))
		i++;
	if (i == d || i + 3 > e || memcmp(t + i, "日", 3))
		return s;
	return i + 3;
}

/* The column heads over the table row that starts at t[row]: past a
 * units line, the lines of a stacked head ("2025年" over "9月30日", a
 * day's line that may end on a change's head, "9月30日 同比变动") are
 * joined into one line of k cells, when they make k; returns whether they
 * were. */
static int spread_heads(char *t, size_t row, size_t k)
{
	size_t ls[16], le[16], n = 0;
	size_t e = row;
	while (e > 0 && n < 16) {
		size_t s = e - 1;
		while (s > 0 && t[s - 1] != '\n')
			s--;
		/* (the units line between heads and rows) */
		if (!n && units_line(t, s, e - 1)) {
			e = s;
			continue;
		}
		if (!head_year_line(t, s, e - 1) && head_day_end(t, s, e - 1) == s)
			break;
		ls[n] = s;
		le[n++] = e - 1;
		e = s;
	}
	/* top down: a year, its day, and maybe a head after the day */
	size_t cells = 0;
	for (size_t x = n; x-- > 0;) {
		if (head_year_line(t, ls[x], le[x]))
			continue; /* one cell with the day under it */
		size_t d = head_day_end(t, ls[x], le[x]), h = d;
		while (h < le[x] && t[h] == ' ')
			h++;
		cells += 1 + (h < le[x] && h > d && !memchr(t + h, ' ', le[x] - h));
	}
	if (!n || cells != k || !head_year_line(t, ls[n - 1], le[n - 1]))
		return 0;
	for (size_t x = n; x-- > 0;) {
		if (head_year_line(t, ls[x], le[x])) {
			t[le[x]] = ' ';
			continue;
		}
		size_t d = head_day_end(t, ls[x], le[x]);
		if (d < le[x])
			t[d] = '\t';
		if (x > 0)
			t[le[x]] = '\t';
	}
	return 1;
}

/* The line t[*s..*e) right above the table row that starts at t[row]
 * (past a units line between them, with `past_units`), when it may be a
 * line of heads: short, ending no sentence. */
static int head_line_above(const char *t, size_t row, int past_units, size_t *s, size_t *e)
{
	if (row < 2)
		return 0;
	*e = row - 1;
	for (*s = *e; *s > 0 && t[*s - 1] != '\n';)
		(*s)--;
	if (past_units && units_line(t, *s, *e) && *s >= 2) {
		*e = *s - 1;
		for (*s = *e; *s > 0 && t[*s - 1] != '\n';)
			(*s)--;
	}
	return *e - *s >= 3 && *e - *s <= 240 && !ends_on_clause_mark(t, *s, *e);
}

/* The column heads over the table row that starts at t[row] when a page
 * set them on one line with single spaces, as its rows ("季度 收入(人民币亿元)
 * 同比增幅" over "2024Q2 2,432.36 +4%"): k heads, or k and the labels'
 * head, each a word or a year, none a figure, on a short line that ends no
 * sentence. Their spaces become tabs. */
static void spread_line_head(char *t, size_t row, size_t k)
{
	size_t s, e;
	if (!head_line_above(t, row, 1, &s, &e))
		return;
	size_t cells = 0;
	for (size_t c = s; c < e;) {
		const char *sp = memchr(t + c, ' ', e - c);
		size_t ce = sp ? (size_t)(sp - t) : e;
		/* (a year heads its column: 2024, not a figure of a row) */
		int year = ce - c == 4 && (t[c] == '1' || t[c] == '2') && figure_line(t, c, ce);
		if (ce == c || ce - c > 64 || (figure_line(t, c, ce) && !year))
			return;
		cells++;
		c = ce + 1;
	}
	if (cells != k && cells != k + 1)
		return;
	for (size_t x = s; x < e; x++)
		t[x] = t[x] == ' ' ? '\t' : t[x];
}

/* The column heads over a table's row at t[row] whose rows worded_row_cells()
 * reads, on one line with single spaces ("($ in millions, except earnings
 * per share) Q1 FY24 Q4 FY23 Q1 FY23 Q/Q Y/Y"): a bracket of units is one
 * cell, and a quarter's mark with the year after it is one head; when that
 * makes k heads, or k and the labels' head, the spaces between become
 * tabs. */
static void spread_period_head(char *t, size_t row, size_t k)
{
	size_t s, e;
	if (!head_line_above(t, row, 0, &s, &e))
		return;
	/* (a page may indent its heads: "  Q2'2017 Q1'2017") */
	while (s < e && t[s] == ' ')
		s++;
	size_t cut[STACK_MAX_CELLS + 2], cells = 0, c = s;
	if (t[s] == '(') {
		const char *close = memchr(t + s, ')', e - s);
		if (!close || close + 1 >= t + e || close[1] != ' ')
			return;
		c = (size_t)(close - t) + 2;
		cut[cells++] = c - 1;
	} else {
		/* "In millions except EPS Q1'2015 Q4'2014": words with no digit
		 * before the first head that has one are the labels' head */
		size_t w = s, last_end = 0;
		while (w < e) {
			const char *sp = memchr(t + w, ' ', e - w);
			size_t we = sp ? (size_t)(sp - t) : e;
			int digit = 0;
			for (size_t x = w; x < we && !digit; x++)
				digit = isdigit((unsigned char)t[x]);
			if (digit || part_mark(t, w, we))
				break;
			last_end = we;
			w = we + 1;
		}
		if (last_end && w < e && last_end - s >= 8 && scale_words(t, s, last_end)) {
			c = last_end + 1;
			cut[cells++] = last_end;
		}
	}
	while (c < e) {
		const char *sp = memchr(t + c, ' ', e - c);
		size_t ce = sp ? (size_t)(sp - t) : e;
		if (ce == c || ce - c > 24)
			return;
		/* (Q1 FY24: one head) */
		if (part_mark(t, c, ce) && ce < e) {
			const char *sp2 = memchr(t + ce + 1, ' ', e - ce - 1);
			size_t ye = sp2 ? (size_t)(sp2 - t) : e;
			if (year_mark(t, ce + 1, ye))
				ce = ye;
		}
		if (figure_line(t, c, ce) && !year_mark(t, c, ce))
			return;
		if (ce < e) {
			if (cells == STACK_MAX_CELLS + 1)
				return;
			cut[cells++] = ce;
		}
		c = ce + 1;
	}
	cells++;
	if (cells != k && cells != k + 1)
		return;
	for (size_t i = 0; i + 1 < cells; i++)
		t[cut[i]] = '\t';
}

/* Sets the cells of the row t[s..e) apart with tabs: every space of a row
 * of single words, the space before each cell of a worded one. */
static void tab_row(char *t, size_t s, size_t e)
{
	size_t at[STACK_MAX_CELLS];
	if (spaced_row_cells(t, s, e)) {
		for (size_t x = s; x < e; x++)
			t[x] = t[x] == ' ' ? '\t' : t[x];
		return;
	}
	size_t n = worded_row_cells(t, s, e, at, 1);
	for (size_t i = 0; i < n; i++)
		t[at[i] - 1] = '\t';
}

/* Rows of a table a PDF gave with single spaces between their cells
 * ("收入 192,869 167,193 15% 184,504 5%"), under column heads it stacked a
 * line a part ("二零二五年" over "九月三十日 同比变动", made digits by
 * numeral_dates): the cells are set apart by tabs, and the heads joined
 * into one line of as many cells, as the layout reads a table. Only spaces
 * and line breaks change, one byte for one, so offsets hold. */
static void spread_spaced_rows(struct normout *o)
{
	char *t = o->text;
	size_t len = o->len;
	size_t prev_s = 0, prev_e = 0, run = 0, k = 0;
	int worded = 0; /* and the run's rows are worded_row_cells()'s */
	for (size_t i = 0; i < len;) {
		const char *p = memchr(t + i, '\n', len - i);
		size_t e = p ? (size_t)(p - t) : len;
		size_t at[STACK_MAX_CELLS];
		size_t cells = spaced_row_cells(t, i, e);
		int line_worded = 0;
		if (!cells && e > i && isalpha((unsigned char)t[i]))
			line_worded = (cells = worded_row_cells(t, i, e, at, 0)) != 0;
		/* ("EPS $0.40 $0.33" under worded rows of as many cells) */
		if (!cells && run && worded && e > i && isalpha((unsigned char)t[i]) &&
		    worded_row_cells(t, i, e, at, 1) == k)
			cells = k;
		/* two rows of as many cells, one after the other, make a table */
		if (cells && run && cells == k) {
			if (run == 1)
				tab_row(t, prev_s, prev_e);
			tab_row(t, i, e);
			worded |= line_worded;
			run++;
		} else if (cells) {
			worded = line_worded;
			run = 1;
			k = cells;
			prev_s = i;
			prev_e = e;
			i = e + 1;
			continue;
		} else if (!(run >= 2 && label_line(t, i, e) && !memchr(t + i, ' ', e - i))) {
			/* (a label line over its parts, "每股盈利(每股人民币元)", goes on) */
			run = 0;
		}
		if (run == 2 && worded) {
			/* ("Revenue $1103 $1144 $955" over the worded rows: a row
			 * of single words that leads them is one of them) */
			size_t row = prev_s;
			if (row >= 2) {
				size_t us = row - 1;
				while (us > 0 && t[us - 1] != '\n')
					us--;
				if (us < row - 1 && isalpha((unsigned char)t[us]) && !spaced_row_cells(t, us, row - 1) &&
				    worded_row_cells(t, us, row - 1, at, 1) == k) {
					tab_row(t, us, row - 1);
					row = us;
				}
			}
			spread_period_head(t, row, k);
		}
		else if (run == 2 && !spread_heads(t, prev_s, k))
			spread_line_head(t, prev_s, k);
		i = e + 1;
	}
}

/* A word a page glued to a line's first word, as the alt text of an icon
 * before it ("positiveSubscription and support revenue grew 10%",
 * "attentionRestructuring expenses", "positiveGAAP operating margin"):
 * four to twelve small letters right before a capital and small ones, or
 * before a word of capitals, at a line's start, set apart by a space.
 * (iPhone, eBay, macOS keep their shape: their prefix is shorter.) */
static void split_glued_words(struct normout *o)
{
	const char *t = o->text;
	struct remap r = { .old = o->segs, .nold = o->nsegs };
	struct buf nt = BUF_INIT;
	size_t same = 0, changed = 0;
	for (size_t ls = 0; ls < o->len;) {
		size_t i = ls;
		while (i < o->len && (t[i] == ' ' || t[i] == '\t'))
			i++;
		size_t w = i;
		while (w < o->len && islower((unsigned char)t[w]))
			w++;
		size_t caps = w;
		while (caps < o->len && isupper((unsigned char)t[caps]))
			caps++;
		/* (a capital and small letters, or a run of capitals: GAAP) */
		int word = caps == w + 1 ? caps + 1 < o->len && islower((unsigned char)t[caps]) &&
						   islower((unsigned char)t[caps + 1]) :
					   caps - w >= 2 && (caps == o->len || !isalnum((unsigned char)t[caps]));
		if (w - i >= 4 && w - i <= 12 && word) {
			keep_through(o, &r, &nt, same, w);
			remap_changed(&r, w, nt.len);
			buf_addc(&nt, ' ');
			same = w;
			changed++;
		}
		const char *nl = memchr(t + w, '\n', o->len - w);
		ls = nl ? (size_t)(nl - t) + 1 : o->len;
	}
	remap_finish(o, &r, &nt, same, changed);
}

/* The length of a pinyin syllable in brackets at t[i] ("(yíng)", "(zhǎng)",
 * "(?jī)" where a page lost a character), 0 when there is none; `toned`
 * says whether it carries a tone mark (a precomposed Latin vowel). */
static size_t ruby_at(const char *t, size_t i, size_t len, int *toned)
{
	if (t[i] != '(')
		return 0;
	size_t k = i + 1, letters = 0;
	*toned = 0;
	while (k < len && letters < 7) {
		unsigned char c = (unsigned char)t[k];
		if ((c >= 'a' && c <= 'z') || c == '?') {
			k++;
		} else if ((c == 0xC3 || c == 0xC4 || c == 0xC5 || c == 0xC7) && k + 1 < len &&
			   ((unsigned char)t[k + 1] & 0xC0) == 0x80) {
			k += 2;
			*toned = 1;
		} else {
			break;
		}
		letters++;
	}
	return letters && k < len && t[k] == ')' ? k + 1 - i : 0;
}

/* Pinyin a page printed after each character ("營(yíng)收", "增長(zhǎng)")
 * dropped, so that the words read whole again. Only in a text with a few
 * syllables that carry tone marks: a bracket after a Chinese word is
 * otherwise left as written. */
static void drop_ruby(struct normout *o)
{
	const char *t = o->text;
	size_t toned_seen = 0;
	for (const char *p = memchr(t, '(', o->len); p && toned_seen < 3;
	     p = memchr(p + 1, '(', o->len - (size_t)(p + 1 - t))) {
		size_t i = (size_t)(p - t);
		int toned;
		if (i >= 3 && (unsigned char)t[i - 3] >= 0xE4 && (unsigned char)t[i - 3] <= 0xE9 &&
		    ruby_at(t, i, o->len, &toned) && toned)
			toned_seen++;
	}
	if (toned_seen < 3)
		return;
	struct remap r = { .old = o->segs, .nold = o->nsegs };
	struct buf nt = BUF_INIT;
	size_t same = 0, changed = 0;
	for (const char *p = memchr(t, '(', o->len); p; p = memchr(p + 1, '(', o->len - (size_t)(p + 1 - t))) {
		size_t i = (size_t)(p - t), n;
		int toned;
		if (i < 3 || (unsigned char)t[i - 3] < 0xE4 || (unsigned char)t[i - 3] > 0xE9 ||
		    !(n = ruby_at(t, i, o->len, &toned)))
			continue;
		keep_through(o, &r, &nt, same, i);
		same = i + n;
		changed++;
	}
	remap_finish(o, &r, &nt, same, changed);
}

int textnorm_run(const char *in, size_t len, struct textnorm *out, struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	if (len > UINT32_MAX - 1)
		return err_set(e, "text is larger than 4 GiB");

	struct normout o;
	memset(&o, 0, sizeof(o));
	reserve(&o, len + 1);
	const unsigned char *u = (const unsigned char *)in;
	/* characters NFKC keeps are only scanned here; they are copied in
	 * runs, from `kept` up to the next character that changes */
	size_t i = 0, kept = 0;
	while (i < len) {
		unsigned char c = u[i];
		if (c < 0x80) {
			/* ASCII, kept as it stands: eight bytes at a time while no
			 * byte has its high bit */
			i++;
			uint64_t x;
			while (i + 8 <= len && (memcpy(&x, u + i, 8), !(x & 0x8080808080808080ULL)))
				i += 8;
			continue;
		}
		/* U+4E00..U+9FFF, the bulk of Chinese text: kept once its
		 * continuation bytes are checked (U+4E00..U+4FFF: E4 B8..BF) */
		if (i + 2 < len && ((c >= 0xE5 && c <= 0xE9) || (c == 0xE4 && u[i + 1] >= 0xB8)) &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		int32_t cp = 0;
		size_t n = decode(u + i, len - i, &cp);
		if (!n) {
			free(o.text);
			free(o.segs);
			return err_set(e, "not valid UTF-8 at byte %zu", i);
		}
		if (!kept_as_is(cp)) {
			copy_through(&o, in, kept, i);
			fold_char(&o, cp, i);
			kept = i + n;
		}
		i += n;
	}
	copy_through(&o, in, kept, len);
	o.text[o.len] = '\0';
	add_seg(&o, len, 0);
	split_run_in_tables(&o);
	join_broken_words(&o);
	split_glued_words(&o);
	if (has_cjk(o.text, o.len)) {
		drop_ruby(&o);
		to_simplified(&o);
		numeral_dates(&o);
	}
	spread_spaced_rows(&o);
	join_stacked_cells(&o);
	join_piped_cells(&o);
	join_paragraph_cells(&o);
	out->text = o.text;
	out->len = o.len;
	out->segs = o.segs;
	out->nsegs = o.nsegs;
	return 0;
}

void textnorm_free(struct textnorm *t)
{
	free(t->text);
	free(t->segs);
	memset(t, 0, sizeof(*t));
}

size_t textnorm_orig(const struct textnorm *t, size_t off)
{
	const struct textnorm_seg *last = &t->segs[t->nsegs - 1];
	if (off >= t->len)
		return last->orig;
	/* the last stretch that starts at or before `off` */
	size_t lo = 0, hi = t->nsegs - 1;
	while (lo < hi) {
		size_t mid = (lo + hi + 1) / 2;
		if (t->segs[mid].norm <= off)
			lo = mid;
		else
			hi = mid - 1;
	}
	const struct textnorm_seg *s = &t->segs[lo];
	return s->folded ? s->orig : s->orig + (off - s->norm);
}

size_t textnorm_display_width(const char *s)
{
	size_t w = 0;
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	while (*p) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &c);
		if (n <= 0) {
			w++;
			p++;
			continue;
		}
		int cw = utf8proc_charwidth(c);
		w += cw > 0 ? (size_t)cw : 0;
		p += n;
	}
	return w;
}
