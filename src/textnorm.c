/*
 * NFKC normalization with an offset map (see textnorm.h). Each code point
 * is folded on its own through utf8proc: compatibility decomposition, then
 * canonical composition of that decomposition. ASCII and CJK ideographs,
 * which NFKC leaves alone, skip utf8proc entirely; other characters
 * without a decomposition only cost a property lookup.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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
	if (folded > 0) {
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
		/* U+5000..U+9FFF, the bulk of Chinese text: kept once its
		 * continuation bytes are checked */
		if (c >= 0xE5 && c <= 0xE9 && i + 2 < len && (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
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
