/*
 * Input formats (see docconv.h). The only place libxml2, iconv and
 * pdftotext are used. libxml2 is opened when the first HTML file comes:
 * linked in, it and the ICU it needs cost every command 3 ms to load.
 */
#define _GNU_SOURCE /* memmem */
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <limits.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <unistd.h>

#include "buf.h"
#include "docconv.h"
#include "textnorm.h"
#include "banned.h"

extern char **environ;

void docconv_free(struct doc_text *d)
{
	free(d->text);
	memset(d, 0, sizeof(*d));
}

int docconv_page_at(const char *text, size_t offset)
{
	int page = 1;
	for (size_t i = 0; i < offset && text[i]; i++)
		if (text[i] == '\f')
			page++;
	return page;
}

/* ---- plain text in other encodings ---- */

static int iconv_to_utf8(const char *name, const char *data, size_t len, const char *from, struct buf *out,
			 size_t *bad, struct errmsg *e)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1)
		return err_set(e, "'%s': unknown encoding '%s' (see iconv --list)", name, from);
	char *in = (char *)data;
	size_t inleft = len;
	int rc = 0;
	while (inleft) {
		char chunk[8192];
		char *o = chunk;
		size_t oleft = sizeof(chunk);
		size_t r = iconv(cd, &in, &inleft, &o, &oleft);
		buf_add(out, chunk, sizeof(chunk) - oleft);
		if (r == (size_t)-1 && errno != E2BIG) {
			*bad = (size_t)(in - data);
			rc = -1;
			break;
		}
	}
	iconv_close(cd);
	return rc;
}

/* ---- HTML ---- */

static int is_tag(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (!strcasecmp((const char *)n->name, *names))
			return 1;
	return 0;
}

static void newline(struct buf *b)
{
	if (b->len && b->data[b->len - 1] != '\n')
		buf_addc(b, '\n');
}

/* Appends text, runs of white space folded into one space. */
static void add_text(struct buf *b, const char *s)
{
	for (; *s; s++) {
		if (isspace((unsigned char)*s)) {
			if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n' && b->data[b->len - 1] != '\t')
				buf_addc(b, ' ');
			continue;
		}
		buf_addc(b, *s);
	}
}

/* Elements nested deeper than this are refused, not walked: each level is
 * a frame of the walk's recursion. No real page comes near it. */
enum { HTML_DEPTH_MAX = 4096 };

/* Appends the text under n and its siblings; -1 when nested too deep. */
static int walk_html(const xmlNode *n, struct buf *b, int in_row, int depth)
{
	if (depth > HTML_DEPTH_MAX)
		return -1;
	static const char *const dropped[] = { "script", "style", "nav", "header", "footer", "noscript",
					       "template", "iframe", "svg", "form", "button", "select", NULL };
	static const char *const blocks[] = { "p", "div", "section", "article", "main", "aside", "li", "ul",
					      "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "tbody",
					      "thead", "tfoot", "blockquote", "pre", "dd", "dt", "dl", "hr",
					      "figure", "figcaption", "caption", "title", "body", NULL };
	for (; n; n = n->next) {
		if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				add_text(b, (const char *)n->content);
			continue;
		}
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is_tag(n, dropped))
			continue;
		static const char *const row[] = { "tr", NULL };
		static const char *const cell[] = { "td", "th", NULL };
		if (is_tag(n, row)) {
			/* a table row is one line, its cells separated by tabs */
			newline(b);
			if (walk_html(n->children, b, 1, depth + 1) < 0)
				return -1;
			while (b->len && (b->data[b->len - 1] == '\t' || b->data[b->len - 1] == ' '))
				b->data[--b->len] = '\0';
			newline(b);
			continue;
		}
		if (in_row && is_tag(n, cell)) {
			if (walk_html(n->children, b, 0, depth + 1) < 0)
				return -1;
			while (b->len && b->data[b->len - 1] == ' ')
				b->data[--b->len] = '\0';
			buf_addc(b, '\t');
			continue;
		}
		int block = is_tag(n, blocks);
		if (block)
			newline(b);
		if (walk_html(n->children, b, 0, depth + 1) < 0)
			return -1;
		if (block)
			newline(b);
	}
	return 0;
}

/* The three libxml2 calls HTML input needs, looked up once. */
static struct {
	htmlDocPtr (*read_memory)(const char *, int, const char *, const char *, int);
	xmlNodePtr (*root)(const xmlDoc *);
	void (*free_doc)(xmlDocPtr);
	char error[160];
} xml;
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void load_xml(void)
{
	void *lib = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	if (lib) {
		/* POSIX leaves object-to-function pointer casts to dlsym's users */
		*(void **)&xml.read_memory = dlsym(lib, "htmlReadMemory");
		*(void **)&xml.root = dlsym(lib, "xmlDocGetRootElement");
		*(void **)&xml.free_doc = dlsym(lib, "xmlFreeDoc");
	}
	if (!xml.read_memory || !xml.root || !xml.free_doc) {
		const char *why = dlerror();
		copy_str(xml.error, sizeof(xml.error), why ? why : "libxml2.so.2 lacks a function");
		xml.read_memory = NULL;
	}
}

static int html_to_text(const char *name, const char *data, size_t len, struct buf *out, struct errmsg *e)
{
	pthread_once(&xml_once, load_xml);
	if (!xml.read_memory)
		return err_set(e, "'%s': HTML input needs libxml2 (apt-get install libxml2): %s", name, xml.error);
	if (len > INT_MAX)
		return err_set(e, "'%s': an HTML file over 2 GB is more than libxml2 reads", name);
	/* the bytes are UTF-8 by now, whatever the page's <meta charset> says
	 * it was written in (gbk): libxml2 must not decode them again */
	htmlDocPtr doc = xml.read_memory(data, (int)len, name, "UTF-8",
					 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
					 HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE);
	if (!doc)
		return err_set(e, "'%s': cannot parse the HTML", name);
	int rc = walk_html(xml.root(doc), out, 0, 0);
	xml.free_doc(doc);
	if (rc < 0)
		return err_set(e, "'%s': HTML elements nested more than %d deep: not read", name, HTML_DEPTH_MAX);
	return 0;
}

static int looks_html(const char *data, size_t len)
{
	size_t n = len < 2048 ? len : 2048;
	static const char *const marks[] = { "<html", "<!doctype html", "<body" };
	for (const char *lt = memchr(data, '<', n); lt; lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - data))) {
		size_t i = (size_t)(lt - data);
		for (size_t k = 0; k < ARRAY_SIZE(marks); k++) {
			size_t m = strlen(marks[k]);
			if (i + m <= n && !strncasecmp(data + i, marks[k], m))
				return 1;
		}
	}
	return 0;
}

int docconv_plain_utf8(const char *head, size_t len, const char *encoding, size_t *skip)
{
	*skip = 0;
	if (encoding && strcasecmp(encoding, "UTF-8") && strcasecmp(encoding, "UTF8"))
		return 0;
	if (len >= 5 && !memcmp(head, "%PDF-", 5))
		return 0;
	if (len >= 2 && (((unsigned char)head[0] == 0xFF && (unsigned char)head[1] == 0xFE) ||
			 ((unsigned char)head[0] == 0xFE && (unsigned char)head[1] == 0xFF)))
		return 0;
	if (len >= 3 && !memcmp(head, "\xEF\xBB\xBF", 3))
		*skip = 3;
	/* a character cut by the head's end: its lead byte and at most two more */
	size_t end = len, back = 0;
	while (end > *skip && back < 3 && ((unsigned char)head[end - 1] & 0xC0) == 0x80)
		end--, back++;
	if (end > *skip && (unsigned char)head[end - 1] >= 0xC0)
		end--;
	size_t bad;
	if (textnorm_check_utf8(head + *skip, end - *skip, &bad) < 0)
		return 0;
	return !looks_html(head + *skip, len - *skip);
}

/* ---- PDF ---- */

/* Joins the lines of a wrapped paragraph (pdftotext breaks lines where the
 * page did); table rows, with their runs of spaces, stay one per line. */
static void reflow(const char *t, size_t n, struct buf *out)
{
	size_t i = 0;
	while (i < n) {
		size_t e = i;
		while (e < n && t[e] != '\n' && t[e] != '\f')
			e++;
		size_t le = e;
		while (le > i && t[le - 1] == ' ')
			le--;
		buf_add(out, t + i, le - i);
		if (e >= n)
			break;
		if (t[e] == '\f') {
			buf_addc(out, '\f');
			i = e + 1;
			continue;
		}
		size_t nx = e + 1;
		size_t ns = nx;
		while (ns < n && t[ns] == ' ')
			ns++;
		unsigned char last = le > i ? (unsigned char)t[le - 1] : 0;
		int ended = !last || strchr(".!?:;", last) || (le >= i + 3 && (!memcmp(t + le - 3, "。", 3) ||
									    !memcmp(t + le - 3, "：", 3) ||
									    !memcmp(t + le - 3, "；", 3)));
		int table = memmem(t + i, le - i, "   ", 3) != NULL;
		int next_blank = ns >= n || t[ns] == '\n' || t[ns] == '\f';
		if (!ended && !table && !next_blank && le > i) {
			/* Latin words need the space back; Chinese runs on */
			if (isalnum(last) || last == ',')
				buf_addc(out, ' ');
			i = ns;
			continue;
		}
		buf_addc(out, '\n');
		i = nx;
	}
}

static int pdf_to_text(const char *name, const char *data, size_t len, struct doc_text *out, struct errmsg *e)
{
	/* pdftotext reads a file: the bytes go to a private temporary copy */
	char path[] = "/tmp/mtrack-pdf-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return err_set(e, "'%s': cannot make a temporary file: %s", name, strerror(errno));
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	close(fd);
	int rc = -1, pipefd[2] = { -1, -1 };
	struct buf raw = BUF_INIT, err = BUF_INIT;
	if (off < len || pipe(pipefd) < 0) {
		err_set(e, "'%s': cannot hand the PDF to pdftotext", name);
		goto out;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, pipefd[0]);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	char *const argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
	pid_t pid;
	int sr = posix_spawnp(&pid, "pdftotext", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(pipefd[1]);
	if (sr != 0) {
		close(pipefd[0]);
		err_set(e, "'%s' is a PDF, and reading it needs pdftotext: apt-get install poppler-utils", name);
		goto out;
	}
	char chunk[65536];
	ssize_t n;
	while ((n = read(pipefd[0], chunk, sizeof(chunk))) > 0)
		buf_add(&raw, chunk, (size_t)n);
	close(pipefd[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		err_set(e, "'%s': pdftotext could not read it (a damaged or encrypted PDF?)", name);
		goto out;
	}
	int text = 0;
	for (size_t i = 0; i < raw.len && !text; i++)
		text = !isspace((unsigned char)raw.data[i]) && raw.data[i] != '\f';
	if (!text) {
		err_set(e, "'%s' is a PDF with no text layer (a scanned document?): nothing to read", name);
		goto out;
	}
	struct buf flowed = BUF_INIT;
	reflow(buf_str(&raw), raw.len, &flowed);
	out->pages = 1;
	for (size_t i = 0; i < flowed.len; i++)
		out->pages += flowed.data[i] == '\f';
	out->len = flowed.len;
	out->text = buf_detach(&flowed);
	snprintf(out->kind, sizeof(out->kind), "PDF");
	rc = 0;
out:
	unlink(path);
	buf_free(&raw);
	buf_free(&err);
	return rc;
}

/* The line (from 1) that byte `at` of s stands on. */
static size_t line_at(const char *s, size_t at)
{
	size_t line = 1;
	for (const char *p = s; (p = memchr(p, '\n', at - (size_t)(p - s))) != NULL; p++)
		line++;
	return line;
}

/* Whether the text holds nothing but white space (form feeds too). */
static int is_blank(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

int docconv_to_utf8(const char *name, const char *data, size_t len, const char *encoding, struct doc_text *out,
		    struct errmsg *e)
{
	memset(out, 0, sizeof(*out));
	struct buf b = BUF_INIT;
	size_t bad = 0;
	if (len >= 5 && !memcmp(data, "%PDF-", 5))
		return pdf_to_text(name, data, len, out, e);
	const char *from = encoding;
	size_t skip = 0;
	if (!from) {
		if (len >= 2 && (unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE)
			from = "UTF-16LE", skip = 2;
		else if (len >= 2 && (unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF)
			from = "UTF-16BE", skip = 2;
		else if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
			from = "UTF-8", skip = 3;
		else if (textnorm_check_utf8(data, len, &bad) == 0)
			from = "UTF-8";
		else
			from = "GB18030";
	}
	int utf8 = !strcasecmp(from, "UTF-8") || !strcasecmp(from, "UTF8");
	if (utf8) {
		if (textnorm_check_utf8(data + skip, len - skip, &bad) < 0)
			return err_set(e, "'%s' is not valid UTF-8: bad byte 0x%02x at offset %zu, line %zu", name,
				       (unsigned char)data[skip + bad], skip + bad, line_at(data + skip, bad));
		buf_add(&b, data + skip, len - skip);
	} else if (iconv_to_utf8(name, data + skip, len - skip, from, &b, &bad, e) < 0) {
		/* the line is counted in what was decoded before the bad byte */
		size_t line = line_at(buf_str(&b), b.len), at = skip + bad;
		buf_free(&b);
		if (e && strstr(e->text, "unknown encoding"))
			return -1;
		if (!encoding && !skip) {
			/* a guess: neither UTF-8 nor GB18030. Name the bad byte of
			 * the one that read further: a GB18030 file cut short
			 * fails at its end, not at its first Chinese character */
			size_t ubad = 0;
			textnorm_check_utf8(data, len, &ubad);
			if (ubad >= at)
				return err_set(e, "'%s' is neither UTF-8, UTF-16 nor GB18030: bad byte 0x%02x at offset %zu, "
						  "line %zu (give --encoding NAME if you know it)",
					       name, (unsigned char)data[ubad], ubad, line_at(data, ubad));
		}
		return err_set(e, "'%s' is not valid %s: bad byte 0x%02x at offset %zu, line %zu%s", name, from,
			       at < len ? (unsigned char)data[at] : 0, at, line,
			       encoding ? "" : " (give --encoding NAME if it is something else)");
	}
	copy_str(out->kind, sizeof(out->kind), from);
	if (looks_html(buf_str(&b), b.len)) {
		struct buf text = BUF_INIT;
		int rc = html_to_text(name, buf_str(&b), b.len, &text, e);
		buf_free(&b);
		if (rc < 0) {
			buf_free(&text);
			return -1;
		}
		b = text;
		snprintf(out->kind, sizeof(out->kind), "HTML (%s)", from);
	}
	if (is_blank(buf_str(&b), b.len)) {
		int html = !strncmp(out->kind, "HTML", 4);
		buf_free(&b);
		return err_set(e, "'%s' holds no text%s: nothing to read", name, html ? " once its HTML is read" : "");
	}
	if (memchr(buf_str(&b), '\0', b.len)) {
		size_t at = (size_t)((char *)memchr(b.data, '\0', b.len) - b.data);
		buf_free(&b);
		return err_set(e, "'%s' is not text: it holds a NUL character (at offset %zu of the decoded text)", name, at);
	}
	out->len = b.len;
	out->text = buf_detach(&b);
	return 0;
}
