/*
 * Shared helpers: aborting allocators, error messages, file reading, and
 * number formatting that never falls into scientific notation.
 */
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

/* Writes n / 10^k for the whole number n (|n| < 1e15): "-0.005" for
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
	size_t o = 0;
	if (n < 0 && o + 1 < outlen)
		out[o++] = '-';
	for (size_t i = nd; i-- > 0 && o + 1 < outlen;) {
		out[o++] = digits[i];
		if (i == (size_t)k && k > 0 && o + 1 < outlen)
			out[o++] = '.';
	}
	out[o] = '\0';
}

void format_number(double v, char *out, size_t outlen)
{
	if (!isfinite(v)) {
		snprintf(out, outlen, "%s", "");
		return;
	}
	/* 15 significant digits is what a double holds exactly; print fixed
	 * and strip trailing zeros so 23.7 stays 23.7 and 3.92e11 is written
	 * out in full. */
	double mag = fabs(v);
	if (mag < 1e15 && v == (double)(long long)v) {
		/* a whole number, the common case: written without printf */
		put_scaled(out, outlen, v, 0);
		return;
	}
	int intdigits = mag >= 1 ? (int)floor(log10(mag)) + 1 : 1;
	int decimals = 15 - intdigits;
	if (decimals < 0)
		decimals = 0;
	if (decimals > 12)
		decimals = 12;
	/* A value with a few decimals (23.7, 119.74) as the printf below would
	 * write it: n / 10^k when v is that close to it, well inside the
	 * rounding printf does at `decimals` places, so both give the same
	 * digits. Anything closer to a rounding edge goes to printf. */
	static const double pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12 };
	for (int k = 0; k <= 6 && k <= decimals; k++) {
		double scaled = v * pow10[k];
		double n = nearbyint(scaled);
		if (fabs(n) >= 1e15 || fabs(scaled - n) >= 0.0625 * pow10[k] / pow10[decimals])
			continue;
		while (k > 0 && fmod(n, 10) == 0) {
			/* the product rounded onto a whole number: no zeros at the end */
			n /= 10;
			k--;
		}
		put_scaled(out, outlen, n, k);
		return;
	}
	snprintf(out, outlen, "%.*f", decimals, v);
	char *dot = strchr(out, '.');
	if (dot) {
		char *end = out + strlen(out) - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
	if (strcmp(out, "-0") == 0)
		snprintf(out, outlen, "0");
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
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
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

int span_contains(const char *t, size_t s, size_t e, const char *w, int caseless)
{
	size_t n = strlen(w);
	if (!n || e < s + n)
		return !n;
	/* the first byte rules out almost every place at once */
	unsigned char lo = (unsigned char)w[0], up = lo;
	if (caseless) {
		lo = (unsigned char)tolower(lo);
		up = (unsigned char)toupper(lo);
	}
	for (size_t i = s; i + n <= e; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c != lo && c != up)
			continue;
		if (caseless ? !strncasecmp(t + i + 1, w + 1, n - 1) : !memcmp(t + i + 1, w + 1, n - 1))
			return 1;
	}
	return 0;
}
