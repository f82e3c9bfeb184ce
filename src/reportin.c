/*
 * Reading report files (see reportin.h). sha256.c computes the sha256;
 * the publication date is read by a small scanner, run once per
 * report (a pattern compiled per report cost more than the extraction).
 * A file that is neither UTF-8 nor marked by a byte order mark has its
 * encoding told by libuchardet; docconv converts it.
 */
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <uchardet.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "docconv.h"
#include "reportin.h"
#include "sha256.h"
#include "textnorm.h"
#include "banned.h"

int reportin_sha256(const void *data, size_t len, char out[65], struct errmsg *e)
{
	return sha256_hex(data, len, out, e);
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

/* Writes y-m-d as YYYY-MM-DD into out when it is a real day; 0 or -1. */
static int put_date(long y, long m, long d, char out[11])
{
	char tmp[32];
	snprintf(tmp, sizeof(tmp), "%04ld-%02ld-%02ld", y, m, d);
	if (!is_iso_date(tmp))
		return -1;
	memcpy(out, tmp, 11);
	return 0;
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
			if (put_date(y, m, d, out) == 0)
				return 0;
		}
	}
	return -1;
}

/* Whether the words right before t[i] say the date ends a period (the
 * quarter ended September 30, 2025; 截至 2025 年 9 月 30 日): not the
 * report's date. */
static int ends_a_period(const char *t, size_t line, size_t i)
{
	static const char *const words[] = { "ended", "ending", "ends", "as of", "through", "截至", "截止", "至",
					      "until", "by", "from", "to", "since" };
	while (i > line && t[i - 1] == ' ')
		i--;
	for (size_t k = 0; k < ARRAY_SIZE(words); k++) {
		size_t n = strlen(words[k]);
		if (i >= line + n && !strncasecmp(t + i - n, words[k], n))
			return 1;
	}
	return 0;
}

int reportin_find_dateline(const char *text, size_t len, char out[11])
{
	size_t n = len < 4096 ? len : 4096;
	int lines = 0;
	for (size_t ls = 0; ls < n && lines < 15;) {
		const char *nl = memchr(text + ls, '\n', n - ls);
		size_t le = nl ? (size_t)(nl - text) : n;
		size_t s = skip_spaces(text, ls, le);
		if (s < le)
			lines++;
		/* a short line, or the head of a dateline (REDMOND, Wash. -- October 29, 2025 --) */
		size_t reach = le - ls <= 160 ? le : ls + 100 < le ? ls + 100 : le;
		for (size_t i = s; i < reach; i++) {
			unsigned char c = (unsigned char)text[i];
			unsigned char p = i > ls ? (unsigned char)text[i - 1] : ' ';
			if (!(isdigit(c) && !isdigit(p) && p != '.') && !(isalpha(c) && !isalpha(p)))
				continue;
			long y, m, d;
			size_t j = i;
			if (parse_date_at(text, j, le, &y, &m, &d) < 0 || y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 ||
			    d > 31 || ends_a_period(text, ls, i))
				continue;
			/* 2025.11.17-2025.11.21: a range of days, not a date line */
			size_t k = i;
			while (k < le && (isdigit((unsigned char)text[k]) || strchr(".-/ ,", text[k]) || (unsigned char)text[k] >= 0x80 ||
					  isalpha((unsigned char)text[k])) && k < i + 24)
				k++;
			int range = 0;
			for (size_t q = i + 4; q + 1 < k && q + 1 < le; q++)
				if ((text[q] == '-' || text[q] == '~') && isdigit((unsigned char)text[q + 1]) && q > i + 8)
					range = 1;
			/* the end of a range: 2025.11.17-2025.11.21 */
			if (i >= ls + 2 && (text[i - 1] == '-' || text[i - 1] == '~') && isdigit((unsigned char)text[i - 2]))
				range = 1;
			if (range)
				continue;
			if (put_date(y, m, d, out) == 0)
				return 0;
		}
		ls = le + 1;
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

/* What uchardet may answer that we take as sure, and the iconv name that
 * reads it (a superset where there is one: Big5-HKSCS reads Big5 and Hong
 * Kong's added characters, GB18030 reads GB2312 and GBK). Single-byte
 * guesses (WINDOWS-1252, ISO-8859-1) are not here: any bytes decode in
 * them, and uchardet names them for Chinese text too short to tell. */
static const struct {
	const char *guess;
	const char *iconv;
} sure_encodings[] = {
	{ "UTF-8", "UTF-8" }, { "GB18030", "GB18030" }, { "GB2312", "GB18030" }, { "GBK", "GB18030" },
	{ "BIG5", "BIG5-HKSCS" }, { "BIG5-HKSCS", "BIG5-HKSCS" }, { "EUC-TW", "EUC-TW" },
	{ "UTF-16", "UTF-16" }, { "UTF-16LE", "UTF-16LE" }, { "UTF-16BE", "UTF-16BE" },
	{ "EUC-KR", "CP949" }, { "UHC", "CP949" }, { "SHIFT_JIS", "CP932" }, { "EUC-JP", "EUC-JP" },
};

/* Encodings tried, when uchardet is not sure, to name the ones that read
 * the file at all (not UTF-16: nearly any even number of bytes reads in it). */
static const char *const fallback_encodings[] = { "GB18030", "BIG5-HKSCS" };

/* UTF-16 without a byte order mark, which this uchardet does not tell:
 * mostly Latin text has a NUL in every other byte. */
static const char *utf16_by_nuls(const char *d, size_t len)
{
	size_t even = 0, odd = 0;
	for (size_t i = 0; i + 1 < len; i += 2) {
		even += !d[i];
		odd += !d[i + 1];
	}
	size_t pairs = len / 2;
	if (pairs < 8 || len % 2)
		return NULL;
	if (odd * 2 > pairs && even * 20 < pairs)
		return "UTF-16LE";
	if (even * 2 > pairs && odd * 20 < pairs)
		return "UTF-16BE";
	return NULL;
}

/* Whether data[0..len) needs its encoding told: not a PDF, no byte order
 * mark, not UTF-8. */
static int needs_detection(const char *d, size_t len)
{
	size_t bad;
	if ((len >= 5 && !memcmp(d, "%PDF-", 5)) ||
	    (len >= 2 && (((unsigned char)d[0] == 0xFF && (unsigned char)d[1] == 0xFE) ||
			  ((unsigned char)d[0] == 0xFE && (unsigned char)d[1] == 0xFF))))
		return 0;
	return textnorm_check_utf8(d, len, &bad) < 0;
}

/* libuchardet, loaded when a file first needs its encoding told: loading
 * it (and the C++ runtime it brings) at start cost every run, and most
 * reports are UTF-8. */
static pthread_once_t ud_once = PTHREAD_ONCE_INIT;
static struct {
	uchardet_t (*make)(void);
	int (*handle_data)(uchardet_t ud, const char *data, size_t len);
	void (*data_end)(uchardet_t ud);
	const char *(*charset)(uchardet_t ud);
	void (*release)(uchardet_t ud);
} ucd;

static void load_uchardet(void)
{
	void *lib = dlopen(MTRACK_UCHARDET_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (!lib)
		return;
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
	*(void **)&ucd.make = dlsym(lib, "uchardet_new");
	*(void **)&ucd.handle_data = dlsym(lib, "uchardet_handle_data");
	*(void **)&ucd.data_end = dlsym(lib, "uchardet_data_end");
	*(void **)&ucd.charset = dlsym(lib, "uchardet_get_charset");
	*(void **)&ucd.release = dlsym(lib, "uchardet_delete");
	if (!ucd.handle_data || !ucd.data_end || !ucd.charset || !ucd.release)
		ucd.make = NULL;
}

static void drop_detector(uchardet_t ud)
{
	if (ud)
		ucd.release(ud);
}

/* Converts a file whose encoding nobody named: uchardet's answer when it
 * is one we are sure of and the file reads in it; otherwise the file is
 * refused with the encodings that would read it, never stored garbled. */
static int detect_and_convert(const char *name, const char *raw, size_t len, struct doc_text *doc,
			      struct errmsg *e)
{
	const char *guess = utf16_by_nuls(raw, len);
	uchardet_t ud = NULL;
	if (!guess) {
		/* without the library nothing is sure: the file is refused
		 * with the encodings that would read it */
		pthread_once(&ud_once, load_uchardet);
		ud = ucd.make ? ucd.make() : NULL;
		if (ud && ucd.handle_data(ud, raw, len) == 0) {
			ucd.data_end(ud);
			guess = ucd.charset(ud);
		}
	}
	const char *use = NULL;
	for (size_t i = 0; guess && i < ARRAY_SIZE(sure_encodings) && !use; i++)
		if (!strcasecmp(guess, sure_encodings[i].guess))
			use = sure_encodings[i].iconv;
	if (use && docconv_to_utf8(name, raw, len, use, doc, NULL) == 0) {
		drop_detector(ud);
		return 0;
	}
	/* sure of a multi-byte encoding the file breaks (GB18030 cut short):
	 * the byte and line where it breaks */
	if (use && strcasecmp(use, "UTF-8")) {
		drop_detector(ud);
		return docconv_to_utf8(name, raw, len, use, doc, e);
	}
	/* not sure: name what it might be */
	char guesses[160] = "";
	size_t gl = 0;
	if (guess && *guess)
		gl += (size_t)snprintf(guesses, sizeof(guesses), "%s", guess);
	for (size_t i = 0; i < ARRAY_SIZE(fallback_encodings) && gl < sizeof(guesses); i++) {
		struct doc_text t;
		if ((use && !strcasecmp(use, fallback_encodings[i])) ||
		    docconv_to_utf8(name, raw, len, fallback_encodings[i], &t, NULL) < 0)
			continue;
		docconv_free(&t);
		gl += (size_t)snprintf(guesses + gl, sizeof(guesses) - gl, "%s%s", gl ? ", " : "",
				       fallback_encodings[i]);
	}
	drop_detector(ud);
	size_t bad = 0, line = 1;
	textnorm_check_utf8(raw, len, &bad);
	for (size_t i = 0; i < bad; i++)
		line += raw[i] == '\n';
	if (!gl)
		return err_set(e, "cannot tell the encoding of '%s': it is neither UTF-8 (bad byte 0x%02x at offset "
				  "%zu, line %zu), GB18030 nor Big5 (give --encoding NAME if you know it)",
			       name, (unsigned char)raw[bad], bad, line);
	return err_set(e, "cannot tell the encoding of '%s' for sure: neither UTF-8 (bad byte 0x%02x at offset %zu, "
			  "line %zu) nor plainly another, it may be %s (give --encoding NAME to say which)",
		       name, (unsigned char)raw[bad], bad, line, guesses);
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

/* The title and date of a text whose first bytes are text[0..len): given,
 * else read from it, else (the date) the file's modification time. */
static int date_and_title(const char *path, const char *date, const char *title, const char *text, size_t len,
			  struct report_input *out, struct errmsg *e)
{
	out->title = title && *title ? xstrdup(title) : first_line(text, len);
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
	if (reportin_find_date(text, len, out->date) == 0 ||
	    reportin_find_dateline(text, len, out->date) == 0) {
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
	if (reportin_sha256(raw, rawlen, out->sha256, e) < 0) {
		free(raw);
		return -1;
	}
	struct doc_text doc;
	int rc = encoding || !needs_detection(raw, rawlen) ? docconv_to_utf8(name, raw, rawlen, encoding, &doc, e)
							   : detect_and_convert(name, raw, rawlen, &doc, e);
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
	return date_and_title(path, date, title, out->data, out->len, out, e);
}

void reportin_free(struct report_input *r)
{
	free(r->data);
	free(r->title);
	memset(r, 0, sizeof(*r));
}

/* How much of a text's head its title and date are read from, and whether
 * it can be read a piece at a time decided on. */
#define HEAD_BYTES ((size_t)64 << 10)

int reportin_open(const char *path, const char *date, const char *title, const char *encoding,
		  struct report_input *in, struct report_reader *r, struct errmsg *e)
{
	memset(in, 0, sizeof(*in));
	memset(r, 0, sizeof(*r));
	r->fd = -1;
	if (!strcmp(path, "-"))
		return 0;
	struct stat sb;
	if (stat(path, &sb) < 0 || !S_ISREG(sb.st_mode))
		return 0; /* reportin_load() says what is wrong with it */
	r->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (r->fd < 0)
		return 0;
	r->name = xstrdup(path);
	if (reportin_fill(r, HEAD_BYTES, e) < 0) {
		reportin_close(r);
		return -1;
	}
	size_t skip;
	if (!docconv_plain_utf8(r->buf, r->len, encoding, &skip)) {
		reportin_close(r);
		return 0;
	}
	reportin_consume(r, skip);
	r->offset = 0; /* offsets count from past the byte order mark, as a whole load's do */
	in->size = (long)sb.st_size;
	copy_str(in->encoding, sizeof(in->encoding), "UTF-8");
	/* the head up to its last whole line: no character cut */
	size_t head = r->len;
	if (!r->eof)
		while (head > 0 && r->buf[head - 1] != '\n')
			head--;
	if (date_and_title(path, date, title, r->buf, head, in, e) < 0) {
		reportin_close(r);
		return -1;
	}
	return 1;
}

int reportin_fill(struct report_reader *r, size_t want, struct errmsg *e)
{
	/* grown when little room is left, not before each read: a short
	 * file's one read then leaves the buffer as it was, where growing it
	 * to read nothing more cost a copy and a run of page faults */
	while (r->len < want && !r->eof) {
		if (r->cap - r->len < 4096 || r->cap < want) {
			size_t cap = r->cap ? r->cap : 65536;
			while (cap < want || cap - r->len < 4096)
				cap *= 2;
			r->buf = xrealloc(r->buf, cap + 1);
			r->cap = cap;
		}
		ssize_t n = read(r->fd, r->buf + r->len, r->cap - r->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return err_set(e, "cannot read '%s': %s", r->name, strerror(errno));
		if (n == 0)
			r->eof = 1;
		r->len += (size_t)n;
	}
	if (r->buf)
		r->buf[r->len] = '\0';
	return 0;
}

void reportin_consume(struct report_reader *r, size_t n)
{
	memmove(r->buf, r->buf + n, r->len - n);
	r->len -= n;
	r->offset += n;
	r->buf[r->len] = '\0';
}

/* A file's size and modification time, to tell that it changed. */
static int file_stamp(int fd, long long *size, long long *mtime)
{
	struct stat sb;
	if (fstat(fd, &sb) < 0)
		return -1;
	*size = (long long)sb.st_size;
	*mtime = (long long)sb.st_mtim.tv_sec * 1000000000LL + sb.st_mtim.tv_nsec;
	return 0;
}

int reportin_hash(struct report_reader *r, char out[65], struct errmsg *e)
{
	enum { PIECE = 1 << 20 };
	if (file_stamp(r->fd, &r->hashed_size, &r->hashed_mtime) < 0)
		return err_set(e, "cannot read '%s': %s", r->name, strerror(errno));
	struct sha256 *h = sha256_begin(e);
	if (!h)
		return -1;
	char *piece = xmalloc(PIECE);
	off_t at = 0;
	int rc = 0;
	for (;;) {
		ssize_t n = pread(r->fd, piece, PIECE, at);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = err_set(e, "cannot read '%s': %s", r->name, strerror(errno));
			break;
		}
		if (n == 0)
			break;
		sha256_add(h, piece, (size_t)n);
		at += n;
	}
	free(piece);
	if (rc < 0) {
		char ignored[65];
		sha256_end(h, ignored, NULL);
		return -1;
	}
	return sha256_end(h, out, e);
}

int reportin_unchanged(struct report_reader *r, struct errmsg *e)
{
	long long size, mtime;
	if (file_stamp(r->fd, &size, &mtime) < 0 || size != r->hashed_size || mtime != r->hashed_mtime)
		return err_set(e, "'%s' changed while it was read; add it again", r->name);
	return 0;
}

void reportin_close(struct report_reader *r)
{
	if (r->fd >= 0)
		close(r->fd);
	free(r->buf);
	free(r->name);
	memset(r, 0, sizeof(*r));
	r->fd = -1;
}
