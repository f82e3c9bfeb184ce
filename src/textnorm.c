/*
 * NFKC normalization with an offset map (see textnorm.h). Each code point
 * is folded on its own through utf8proc: compatibility decomposition, then
 * canonical composition of that decomposition. ASCII and CJK ideographs,
 * which NFKC leaves alone, skip utf8proc entirely.
 */
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

static void emit(struct buf *b, uint32_t **map, size_t *mapcap, const void *bytes,
		 size_t n, uint32_t orig)
{
	if (b->len + n + 1 > *mapcap)
		GROW(*map, *mapcap, b->len + n + 1);
	if (b->len + n + 1 > b->cap)
		buf_grow(b, n);
	for (size_t k = 0; k < n; k++)
		(*map)[b->len + k] = orig;
	memcpy(b->data + b->len, bytes, n);
	b->len += n;
	b->data[b->len] = '\0';
}

int textnorm_run(const char *in, size_t len, struct textnorm *out, struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	if (len > UINT32_MAX - 1)
		return err_set(e, "text is larger than 4 GiB");

	struct buf b = BUF_INIT;
	uint32_t *map = NULL;
	size_t mapcap = 0;
	/* NFKC rarely grows a text: reserve its size and a little more once */
	buf_grow(&b, len + len / 8 + 16);
	GROW(map, mapcap, len + len / 8 + 17);

	size_t i = 0;
	while (i < len) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x80) {
			size_t j = i + 1;
			while (j < len && (unsigned char)in[j] < 0x80)
				j++;
			GROW(map, mapcap, b.len + (j - i) + 1);
			for (size_t k = i; k < j; k++)
				map[b.len + (k - i)] = (uint32_t)k;
			buf_add(&b, in + i, j - i);
			i = j;
			continue;
		}
		int32_t cp = 0;
		size_t n = decode((const unsigned char *)in + i, len - i, &cp);
		if (!n) {
			buf_free(&b);
			free(map);
			return err_set(e, "not valid UTF-8 at byte %zu", i);
		}
		if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3)) {
			/* a run of ideographs is copied as it stands, in one go */
			size_t j = i + (size_t)n;
			while (j + 3 <= len) {
				int32_t c2 = 0;
				size_t n2 = decode((const unsigned char *)in + j, len - j, &c2);
				if (n2 != 3 || !((c2 >= 0x4E00 && c2 <= 0x9FFF) || (c2 >= 0xAC00 && c2 <= 0xD7A3)))
					break;
				j += 3;
			}
			size_t run = j - i;
			if (b.len + run + 1 > mapcap)
				GROW(map, mapcap, b.len + run + 1);
			for (size_t k = 0; k < run; k++)
				map[b.len + k] = (uint32_t)(i + k - k % 3);
			buf_add(&b, in + i, run);
			i = j;
			continue;
		}
		int32_t folded = extra_fold(cp);
		if (folded < 0) {
			i += (size_t)n;
			continue;
		}
		utf8proc_int32_t dec[32];
		utf8proc_ssize_t dn;
		if (folded > 0) {
			dec[0] = folded;
			dn = 1;
		} else {
			int boundclass = 0;
			dn = utf8proc_decompose_char(cp, dec, 32,
						     UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT, &boundclass);
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
		for (utf8proc_ssize_t k = 0; k < dn; k++) {
			int32_t f = extra_fold(dec[k]);
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t en = utf8proc_encode_char(f > 0 ? f : dec[k], enc);
			if (f >= 0)
				emit(&b, &map, &mapcap, enc, (size_t)en, (uint32_t)i);
		}
		i += (size_t)n;
	}
	GROW(map, mapcap, b.len + 1);
	map[b.len] = (uint32_t)len;
	out->len = b.len;
	out->text = buf_detach(&b);
	out->map = map;
	return 0;
}

void textnorm_free(struct textnorm *t)
{
	free(t->text);
	free(t->map);
	memset(t, 0, sizeof(*t));
}

size_t textnorm_orig(const struct textnorm *t, size_t off)
{
	if (off >= t->len)
		return t->map[t->len];
	return t->map[off];
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
