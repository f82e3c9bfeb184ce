/*
 * Reading report files (see reportin.h). OpenSSL's libcrypto computes the
 * sha256; the publication date is read by a small scanner, run once per
 * report (a pattern compiled per report cost more than the extraction).
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include "docconv.h"
#include "reportin.h"
#include "banned.h"

void reportin_sha256(const void *data, size_t len, char out[65])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_Digest(data, len, md, &n, EVP_sha256(), NULL);
	for (unsigned int i = 0; i < n && i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	out[64] = '\0';
}

static int month_number(const char *s, size_t n)
{
	static const char *const m[] = { "jan", "feb", "mar", "apr", "may", "jun",
					 "jul", "aug", "sep", "oct", "nov", "dec" };
	if (n < 3)
		return 0;
	for (int i = 0; i < 12; i++)
		if (tolower((unsigned char)s[0]) == m[i][0] && tolower((unsigned char)s[1]) == m[i][1] &&
		    tolower((unsigned char)s[2]) == m[i][2])
			return i + 1;
	return 0;
}

static size_t skip_spaces(const char *t, size_t i, size_t n)
{
	while (i < n && (t[i] == ' ' || t[i] == '\t'))
		i++;
	return i;
}

/* Reads 1 to 4 digits at t[*i]; returns the number or -1. */
static long read_int(const char *t, size_t *i, size_t n, int maxdigits)
{
	long v = 0;
	int k = 0;
	while (*i < n && k < maxdigits && isdigit((unsigned char)t[*i])) {
		v = v * 10 + (t[*i] - '0');
		(*i)++;
		k++;
	}
	return k ? v : -1;
}

/* Skips one date separator: - / . or 年 月 (and spaces around it). */
static int skip_sep(const char *t, size_t *i, size_t n)
{
	size_t j = skip_spaces(t, *i, n);
	if (j < n && (t[j] == '-' || t[j] == '/' || t[j] == '.')) {
		*i = skip_spaces(t, j + 1, n);
		return 1;
	}
	if (j + 3 <= n && (!memcmp(t + j, "年", 3) || !memcmp(t + j, "月", 3))) {
		*i = skip_spaces(t, j + 3, n);
		return 1;
	}
	return 0;
}

static int month_word(const char *t, size_t *i, size_t n)
{
	size_t j = *i;
	while (j < n && isalpha((unsigned char)t[j]))
		j++;
	int m = j - *i >= 3 ? month_number(t + *i, j - *i) : 0;
	if (m) {
		*i = j;
		if (*i < n && t[*i] == '.')
			(*i)++;
	}
	return m;
}

/* Parses a date at t[i]: 2026-01-22, 2025年10月30日, January 22, 2026,
 * 22 January 2026. */
static int parse_date_at(const char *t, size_t i, size_t n, long *y, long *m, long *d)
{
	size_t j = i;
	if (j < n && isdigit((unsigned char)t[j])) {
		long a = read_int(t, &j, n, 4);
		if (j - i == 4) {
			*y = a;
			if (!skip_sep(t, &j, n) || (*m = read_int(t, &j, n, 2)) < 0 || !skip_sep(t, &j, n))
				return -1;
			*d = read_int(t, &j, n, 2);
			return *d < 0 ? -1 : 0;
		}
		*d = a;
		j = skip_spaces(t, j, n);
		if (!(*m = month_word(t, &j, n)))
			return -1;
		j = skip_spaces(t, j, n);
		*y = read_int(t, &j, n, 4);
		return *y < 1000 ? -1 : 0;
	}
	if (!(*m = month_word(t, &j, n)))
		return -1;
	j = skip_spaces(t, j, n);
	if ((*d = read_int(t, &j, n, 2)) < 0)
		return -1;
	if (j < n && t[j] == ',')
		j++;
	j = skip_spaces(t, j, n);
	*y = read_int(t, &j, n, 4);
	return *y < 1000 ? -1 : 0;
}

int reportin_find_date(const char *text, size_t len, char out[11])
{
	static const char *const keys[] = { "发布时间", "发布日期", "日期", "时间", "published", "dated", "date",
					    "posted", "updated" };
	size_t n = len < 4096 ? len : 4096;
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < ARRAY_SIZE(keys); k++) {
			size_t kl = strlen(keys[k]);
			/* keys are lower case; the first byte rules out most */
			if (tolower((unsigned char)text[i]) != (unsigned char)keys[k][0] || i + kl > n ||
			    strncasecmp(text + i, keys[k], kl))
				continue;
			if (isalpha((unsigned char)keys[k][0]) && i > 0 && isalpha((unsigned char)text[i - 1]))
				continue;
			size_t j = skip_spaces(text, i + kl, n);
			if (j + 2 <= n && !strncasecmp(text + j, "on", 2))
				j = skip_spaces(text, j + 2, n);
			if (j < n && text[j] == ':')
				j++;
			else if (j + 3 <= n && !memcmp(text + j, "：", 3))
				j += 3;
			j = skip_spaces(text, j, n);
			long y, m, d;
			if (parse_date_at(text, j, n, &y, &m, &d) < 0 || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 ||
			    d > 31)
				continue;
			char tmp[32];
			snprintf(tmp, sizeof(tmp), "%04ld-%02ld-%02ld", y, m, d);
			if (is_iso_date(tmp)) {
				memcpy(out, tmp, 11);
				return 0;
			}
		}
	}
	return -1;
}

static char *first_line(const char *text, size_t len)
{
	size_t i = 0;
	while (i < len) {
		/* a line that only dates the report is not its title */
		size_t le = i;
		while (le < len && text[le] != '\n')
			le++;
		char d[11];
		if (le - i < 60 && reportin_find_date(text + i, le - i, d) == 0) {
			i = le + 1;
			continue;
		}
		size_t s = i;
		while (i < len && text[i] != '\n')
			i++;
		size_t e = i;
		while (s < e && isspace((unsigned char)text[s]))
			s++;
		while (e > s && isspace((unsigned char)text[e - 1]))
			e--;
		if (e > s) {
			/* keep titles readable: at most 200 bytes, cut on a character */
			if (e - s > 200) {
				e = s + 200;
				while (e > s && ((unsigned char)text[e] & 0xC0) == 0x80)
					e--;
			}
			return xstrndup(text + s, e - s);
		}
		i++;
	}
	return xstrdup("(untitled)");
}

static size_t max_file = REPORTIN_MAX_FILE_DEFAULT, max_line = REPORTIN_MAX_LINE_DEFAULT;

void reportin_set_limits(size_t file, size_t line)
{
	max_file = file ? file : REPORTIN_MAX_FILE_DEFAULT;
	max_line = line ? line : REPORTIN_MAX_LINE_DEFAULT;
}

/* The first line of text[0..len) longer than `limit` bytes: 0, or its
 * number (from 1) with its length in *n. */
static size_t long_line(const char *text, size_t len, size_t limit, size_t *n)
{
	size_t line = 1;
	for (size_t i = 0; i < len; line++) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - text) : len;
		if (end - i > limit) {
			*n = end - i;
			return line;
		}
		i = end + 1;
	}
	return 0;
}

int reportin_load(const char *path, const char *date, const char *title, const char *encoding,
		  struct report_input *out, struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	const char *name = strcmp(path, "-") ? path : "standard input";
	struct stat fsb;
	/* refused before it is read, when its size is known */
	if (strcmp(path, "-") && stat(path, &fsb) == 0 && S_ISREG(fsb.st_mode) && (uintmax_t)fsb.st_size > max_file)
		return err_set(e, "'%s' is %jd bytes, over the limit of %zu (MTRACK_MAX_FILE_SIZE raises it)", name,
			       (intmax_t)fsb.st_size, max_file);
	char *raw;
	size_t rawlen;
	if (read_file(path, &raw, &rawlen, e) < 0)
		return -1;
	if (rawlen > max_file) {
		free(raw);
		return err_set(e, "'%s' is %zu bytes, over the limit of %zu (MTRACK_MAX_FILE_SIZE raises it)", name,
			       rawlen, max_file);
	}
	out->size = (long)rawlen;
	/* a re-add is a duplicate by the file's own bytes, whatever its format */
	reportin_sha256(raw, rawlen, out->sha256);
	struct doc_text doc;
	int rc = docconv_to_utf8(name, raw, rawlen, encoding, &doc, e);
	free(raw);
	if (rc < 0)
		return -1;
	size_t long_n = 0, long_at = long_line(doc.text, doc.len, max_line, &long_n);
	if (long_at) {
		docconv_free(&doc);
		return err_set(e, "'%s': line %zu is %zu bytes long, over the limit of %zu (MTRACK_MAX_LINE_LENGTH raises it)",
			       name, long_at, long_n, max_line);
	}
	out->data = doc.text;
	out->len = doc.len;
	out->pages = doc.pages;
	copy_str(out->encoding, sizeof(out->encoding), doc.kind);
	out->title = title && *title ? xstrdup(title) : first_line(out->data, out->len);
	if (date && *date) {
		if (!is_iso_date(date)) {
			err_set(e, "bad date '%s' (want YYYY-MM-DD)", date);
			reportin_free(out);
			return -1;
		}
		copy_str(out->date, sizeof(out->date), date);
		out->date_source = "option";
		return 0;
	}
	if (reportin_find_date(out->data, out->len, out->date) == 0) {
		out->date_source = "text";
		return 0;
	}
	struct stat sb;
	if (strcmp(path, "-") && stat(path, &sb) == 0) {
		struct tm tm;
		gmtime_r(&sb.st_mtime, &tm);
		strftime(out->date, sizeof(out->date), "%Y-%m-%d", &tm);
	} else {
		today_utc(out->date);
	}
	out->date_source = "mtime";
	return 0;
}

void reportin_free(struct report_input *r)
{
	free(r->data);
	free(r->title);
	memset(r, 0, sizeof(*r));
}
