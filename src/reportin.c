/*
 * Reading report files (see reportin.h). OpenSSL's libcrypto computes the
 * sha256; the publication date is found with one PCRE2 pattern.
 */
#include <ctype.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "reportin.h"
#include "rx.h"
#include "textnorm.h"
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

int reportin_find_date(const char *text, size_t len, char out[11])
{
	static const char *pattern =
		"(?:日期|发布时间|发布日期|时间|Published|Date|Dated|Posted|Updated)\\s*(?:on)?\\s*[:：]?\\s*"
		"(?:(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})"
		"|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
		"|(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4}))";
	size_t limit = len < 4096 ? len : 4096;
	struct rx *rx = rx_compile(pattern, RX_CASELESS, NULL);
	if (!rx)
		return -1;
	struct rx_match m;
	rx_match_init(&m, rx);
	int rc = -1;
	if (rx_find(rx, text, limit, 0, 0, &m) == 1) {
		long y = 0, mo = 0, d = 0;
		char buf[16];
#define GRP(g) (snprintf(buf, sizeof(buf), "%.*s", (int)(m.ovec[2 * (g) + 1] - m.ovec[2 * (g)]), text + m.ovec[2 * (g)]), buf)
		if (rx_has(&m, 1)) {
			parse_long(GRP(1), &y);
			parse_long(GRP(2), &mo);
			parse_long(GRP(3), &d);
		} else if (rx_has(&m, 4)) {
			mo = month_number(text + m.ovec[8], m.ovec[9] - m.ovec[8]);
			parse_long(GRP(5), &d);
			parse_long(GRP(6), &y);
		} else if (rx_has(&m, 7)) {
			parse_long(GRP(7), &d);
			mo = month_number(text + m.ovec[16], m.ovec[17] - m.ovec[16]);
			parse_long(GRP(9), &y);
		}
#undef GRP
		char tmp[48];
		snprintf(tmp, sizeof(tmp), "%04ld-%02ld-%02ld", y % 10000, mo % 100, d % 100);
		if (is_iso_date(tmp)) {
			memcpy(out, tmp, 11);
			rc = 0;
		}
	}
	rx_match_free(&m);
	rx_free(rx);
	return rc;
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

int reportin_load(const char *path, const char *date, const char *title, struct report_input *out,
		  struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	if (read_file(path, &out->data, &out->len, e) < 0)
		return -1;
	const char *name = strcmp(path, "-") ? path : "standard input";
	out->size = (long)out->len;
	reportin_sha256(out->data, out->len, out->sha256);
	out->encoding = "UTF-8";
	/* a UTF-8 byte order mark says nothing to the extractor */
	if (out->len >= 3 && !memcmp(out->data, "\xEF\xBB\xBF", 3)) {
		memmove(out->data, out->data + 3, out->len - 2);
		out->len -= 3;
	}
	size_t bad;
	if (textnorm_check_utf8(out->data, out->len, &bad) < 0) {
		err_set(e, "'%s' is not valid UTF-8: bad byte 0x%02x at offset %zu", name,
			(unsigned char)out->data[bad], bad);
		reportin_free(out);
		return -1;
	}
	if (memchr(out->data, '\0', out->len)) {
		err_set(e, "'%s' is not text: it holds a NUL byte at offset %zu", name,
			(size_t)((char *)memchr(out->data, '\0', out->len) - out->data));
		reportin_free(out);
		return -1;
	}
	out->title = title && *title ? xstrdup(title) : first_line(out->data, out->len);
	if (date && *date) {
		if (!is_iso_date(date)) {
			err_set(e, "bad date '%s' (want YYYY-MM-DD)", date);
			reportin_free(out);
			return -1;
		}
		snprintf(out->date, sizeof(out->date), "%s", date);
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
