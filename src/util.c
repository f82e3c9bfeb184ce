/*
 * Shared helpers: aborting allocators, error messages, file reading, and
 * number formatting that never falls into scientific notation.
 */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "util.h"
#include "banned.h"

int err_set(struct errmsg *e, const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->text, sizeof(e->text), fmt, ap);
		va_end(ap);
	}
	return -1;
}

static void *check_alloc(void *p)
{
	if (!p) {
		fputs("mtrack: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *xmalloc(size_t n)
{
	return check_alloc(malloc(n ? n : 1));
}

void *xcalloc(size_t n, size_t size)
{
	return check_alloc(calloc(n ? n : 1, size ? size : 1));
}

void *xrealloc(void *p, size_t n)
{
	return check_alloc(realloc(p, n ? n : 1));
}

char *xstrdup(const char *s)
{
	return check_alloc(strdup(s));
}

char *xstrndup(const char *s, size_t n)
{
	return check_alloc(strndup(s, n));
}

void grow_array(void **arr, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return;
	size_t c = *cap ? *cap : 8;
	while (c < need)
		c *= 2;
	*arr = xrealloc(*arr, c * size);
	*cap = c;
}

int read_file(const char *path, char **out, size_t *len, struct errmsg *e)
{
	int stdin_mode = strcmp(path, "-") == 0;
	FILE *f = stdin_mode ? stdin : fopen(path, "rb");
	if (!f)
		return err_set(e, "cannot read '%s': %s", path, strerror(errno));
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	int failed = ferror(f);
	int saved = errno;
	if (!stdin_mode)
		fclose(f);
	if (failed) {
		buf_free(&b);
		return err_set(e, "cannot read '%s': %s", path, strerror(saved));
	}
	*len = b.len;
	*out = buf_detach(&b);
	return 0;
}

/* Writes n / 10^k for the whole number n (|n| < 2^53): "-0.005" for
 * (-5, 3), "392000000000" for (392e9, 0). */
static void put_scaled(char *out, size_t outlen, double n, int k)
{
	char digits[24];
	size_t nd = 0;
	unsigned long long u = (unsigned long long)fabs(n);
	do {
		digits[nd++] = (char)('0' + u % 10);
		u /= 10;
	} while (u || nd <= (size_t)k);
	if (nd + (n < 0) + (k > 0) + 1 > outlen) {
		if (outlen)
			out[0] = '\0';
		return; /* no number cut short */
	}
	size_t o = 0;
	if (n < 0)
		out[o++] = '-';
	for (size_t i = nd; i-- > 0;) {
		out[o++] = digits[i];
		if (i == (size_t)k && k > 0)
			out[o++] = '.';
	}
	out[o] = '\0';
}

/* Writes the digits d[0..nd) times 10^(exp - nd + 1) in fixed notation,
 * or "" when it does not fit in outlen. */
static void put_fixed(char *out, size_t outlen, int neg, const char *d, int nd, int exp)
{
	size_t need = (size_t)neg + (exp >= nd - 1 ? (size_t)exp + 1 : exp >= 0 ? (size_t)nd + 1 : (size_t)(nd - exp) + 1);
	if (need + 1 > outlen) {
		if (outlen)
			out[0] = '\0';
		return;
	}
	size_t o = 0;
	if (neg)
		out[o++] = '-';
	if (exp < 0) {
		out[o++] = '0';
		out[o++] = '.';
		for (int i = -1; i > exp; i--)
			out[o++] = '0';
		for (int i = 0; i < nd; i++)
			out[o++] = d[i];
	} else {
		for (int i = 0; i <= exp || i < nd; i++) {
			if (i == exp + 1)
				out[o++] = '.';
			out[o++] = i < nd ? d[i] : '0';
		}
	}
	out[o] = '\0';
}

void format_number(double v, char *out, size_t outlen)
{
	if (!isfinite(v)) {
		snprintf(out, outlen, "%s", "");
		return;
	}
	if (v == 0) {
		snprintf(out, outlen, "%s", "0");
		return;
	}
	/* Below 2^53 a whole number's own digits are the shortest that read
	 * back as it (one unit is at least an ulp): written without printf,
	 * the common case. */
	double mag = fabs(v);
	if (mag < 9007199254740992.0 && v == (double)(long long)v) {
		put_scaled(out, outlen, v, 0);
		return;
	}
	/* A value with a few decimals (23.7, 119.74): n / 10^k with the
	 * fewest decimals k that reads back as v. n and 10^k are exact, so the
	 * division rounds as strtod() would on the digits written. */
	static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
	for (int k = 1; k <= 6; k++) {
		double n = nearbyint(v * pow10[k]);
		if (fabs(n) >= 9007199254740992.0)
			break;
		if (n / pow10[k] == v) {
			put_scaled(out, outlen, n, k);
			return;
		}
	}
	/* Anything else: the fewest significant digits (at most 17) that
	 * read back as v, then written out in full. */
	char e[40];
	for (int p = 1; p <= 17; p++) {
		snprintf(e, sizeof(e), "%.*e", p - 1, v);
		if (strtod(e, NULL) == v)
			break;
	}
	char digits[24];
	int nd = 0;
	const char *c = e + (e[0] == '-');
	for (; *c && *c != 'e'; c++)
		if (*c != '.')
			digits[nd++] = *c;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	put_fixed(out, outlen, v < 0, digits, nd, (int)strtol(c + 1, NULL, 10));
}

double round_significant(double v, int digits)
{
	if (!isfinite(v) || v == 0)
		return v;
	/* a value that is already a few decimals of at most `digits` digits
	 * (65.6e9, 23.7) reads back as itself: the common case, no printf */
	static const double pow10[] = { 1e0, 1e1, 1e2, 1e3 };
	double limit = digits >= 15 ? 1e15 : pow(10, digits);
	for (int k = 0; k < 4; k++) {
		double n = nearbyint(v * pow10[k]);
		if (fabs(n) >= limit)
			break;
		if (n / pow10[k] == v)
			return v;
	}
	char b[48];
	snprintf(b, sizeof(b), "%.*e", digits - 1, v);
	return strtod(b, NULL);
}

int parse_double(const char *s, double *out)
{
	char *end;
	errno = 0;
	if (!s || !*s)
		return -1;
	double v = strtod(s, &end);
	if (errno || *end || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int parse_long(const char *s, long *out)
{
	char *end;
	errno = 0;
	if (!s || !*s)
		return -1;
	long v = strtol(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

void copy_str(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
		if (ca != cb || !ca)
			return ca - cb;
	}
}

int is_iso_date(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	/* no report is dated before 1900 (0000-01-01 is a slip, not a date) */
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && d == 29 && !leap);
}

void today_utc(char out[11])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

void now_utc(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int open_beside(const char *target, struct buf *tmp)
{
	buf_reset(tmp);
	buf_printf(tmp, "%s.tmp-XXXXXX", target);
	int fd = mkstemp(tmp->data);
	if (fd < 0) {
		buf_reset(tmp);
		return -1;
	}
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) < 0) {
		int saved = errno;
		close(fd);
		unlink(tmp->data);
		buf_reset(tmp);
		errno = saved;
		return -1;
	}
	return fd;
}

size_t find_digit(const char *s, size_t from, size_t len)
{
	const uint64_t high = 0x8080808080808080ULL;
	size_t i = from;
	while (i + 8 <= len) {
		uint64_t x;
		memcpy(&x, s + i, 8);
		/* per byte, with no carry between them: below 0x80, at least '0'
		 * and below ':' is a digit */
		uint64_t y = x & ~high;
		uint64_t digits = (y + 0x5050505050505050ULL) & ~(y + 0x4646464646464646ULL) & ~x & high;
		if (digits)
			break;
		i += 8;
	}
	while (i < len && (unsigned)((unsigned char)s[i] - '0') >= 10u)
		i++;
	return i;
}

size_t span_find(const char *t, size_t s, size_t e, const char *w, int caseless)
{
	size_t n = strlen(w);
	if (!n)
		return s;
	if (e < s + n)
		return SIZE_MAX;
	/* the first byte rules out almost every place at once, found by
	 * memchr (memmem's set-up cost more than the short lines and
	 * sentences it is given); a letter is looked for in either case */
	unsigned char lo = (unsigned char)w[0], up = lo;
	if (caseless) {
		lo = (unsigned char)tolower(lo);
		up = (unsigned char)toupper(lo);
	}
	const char *end = t + e - n + 1; /* the last place a match can start, plus one */
	for (const char *p = t + s; p < end; p++) {
		const char *a = memchr(p, lo, (size_t)(end - p));
		const char *b = up != lo ? memchr(p, up, (size_t)((a ? a : end) - p)) : NULL;
		if (b)
			a = b;
		if (!a)
			break;
		p = a;
		if (caseless ? !strncasecmp(p + 1, w + 1, n - 1) : !memcmp(p + 1, w + 1, n - 1))
			return (size_t)(p - t);
	}
	return SIZE_MAX;
}

int span_contains(const char *t, size_t s, size_t e, const char *w, int caseless)
{
	return span_find(t, s, e, w, caseless) != SIZE_MAX;
}

int span_in_list(const char *t, size_t s, size_t e, const char *const *list, size_t n)
{
	if (e <= s)
		return 0;
	int c = tolower((unsigned char)t[s]);
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)list[i][0]) == c && strlen(list[i]) == e - s &&
		    !strncasecmp(t + s, list[i], e - s))
			return 1;
	return 0;
}

int span_ends_on_word(const char *t, size_t s, size_t e, const char *const *list, size_t n)
{
	size_t w = e;
	while (w > s && islower((unsigned char)t[w - 1]))
		w--;
	if (w == e || (w > s && t[w - 1] != ' '))
		return 0;
	return span_in_list(t, w, e, list, n);
}

int write_file(const char *path, const char *data, size_t len, struct errmsg *e)
{
	struct buf tmp = BUF_INIT;
	int fd = open_beside(path, &tmp);
	if (fd < 0)
		return err_set(e, "cannot write beside '%s': %s", path, strerror(errno));
	int rc = 0;
	for (size_t off = 0; off < len && rc == 0;) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			rc = err_set(e, "cannot write '%s': %s", tmp.data, strerror(errno));
		else
			off += (size_t)w;
	}
	if (close(fd) != 0 && rc == 0)
		rc = err_set(e, "cannot write '%s': %s", tmp.data, strerror(errno));
	if (rc == 0 && rename(tmp.data, path) != 0)
		rc = err_set(e, "cannot rename '%s' to '%s': %s", tmp.data, path, strerror(errno));
	if (rc != 0)
		unlink(tmp.data);
	buf_free(&tmp);
	return rc;
}
