/*
 * Growable, NUL-terminated byte buffers (see buf.h).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "util.h"
#include "banned.h"

void buf_grow(struct buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void buf_add(struct buf *b, const void *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	buf_grow(b, (size_t)n);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *buf_detach(struct buf *b)
{
	char *s = b->data ? b->data : xstrdup("");
	b->data = NULL;
	b->len = b->cap = 0;
	return s;
}

void buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

const char *buf_str(const struct buf *b)
{
	return b->data ? b->data : "";
}

/* The length of the run at `c` that JSON takes as it stands: no control
 * byte (nor the NUL that ends it), quote or backslash. Eight bytes at a
 * time while none of them is one (the bit tricks of "Bit Twiddling
 * Hacks": some byte of x is below n when (x - n..) & ~x & 0x80.. is not
 * 0, for n up to 0x80; equal to '"' when x ^ '"'.. has a 0 byte). */
static size_t json_plain_run(const unsigned char *c, size_t len)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t x, q, bs;
		memcpy(&x, c + i, 8);
		q = x ^ (ones * '"');
		bs = x ^ (ones * '\\');
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs)
			break;
	}
	while (i < len && c[i] >= 0x20 && c[i] != '"' && c[i] != '\\')
		i++;
	return i;
}

void buf_add_json(struct buf *b, const char *s)
{
	const unsigned char *c = (const unsigned char *)(s ? s : "");
	size_t left = strlen((const char *)c);
	buf_grow(b, left + 2);
	b->data[b->len++] = '"';
	while (*c) {
		/* the bytes written as they are, in one copy */
		const unsigned char *run = c;
		c += json_plain_run(c, left);
		left -= (size_t)(c - run);
		if (c > run)
			buf_add(b, run, (size_t)(c - run));
		if (!*c)
			break;
		switch (*c) {
		case '"':
			buf_add(b, "\\\"", 2);
			break;
		case '\\':
			buf_add(b, "\\\\", 2);
			break;
		case '\n':
			buf_add(b, "\\n", 2);
			break;
		case '\r':
			buf_add(b, "\\r", 2);
			break;
		case '\t':
			buf_add(b, "\\t", 2);
			break;
		default:
			buf_printf(b, "\\u%04x", *c);
		}
		c++;
		left--;
	}
	buf_addc(b, '"');
}
