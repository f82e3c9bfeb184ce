/*
 * Literal word matching with a byte trie (see wordtrie.h). Nodes live in
 * one array; a node with one child keeps it in itself, one with several
 * keeps them beside as a sorted list of (byte, index) pairs, which stays
 * small for the word lists mtrack has.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "util.h"
#include "wordtrie.h"
#include "wordtrie_image.h"
#include "banned.h"

static int new_node(struct wordtrie *t)
{
	GROW(t->nodes, t->cap, t->n + 1);
	struct wordtrie_node *n = &t->nodes[t->n];
	memset(n, 0, sizeof(*n));
	n->id = -1;
	n->space = n->hyphen = n->fanout = -1;
	return (int)t->n++;
}

struct wordtrie *wordtrie_new(void)
{
	struct wordtrie *t = xcalloc(1, sizeof(*t));
	new_node(t);
	for (int i = 0; i < 256; i++) {
		t->root[i] = -1;
		t->starts.step[i] = i < 0xC0 ? 1 : i < 0xE0 ? 2 : i < 0xF0 ? 3 : 4;
	}
	return t;
}

static void write_numbers(struct buf *out, const void *v, size_t n, int bytes);

/* The tries built at build time (wordtrie_cache_use()), and, in the
 * generator, the word lists noted for wordtrie_cache_write(). Both are
 * set before any thread starts. */
static const struct wordtrie_cache *cache;
static int recording;
struct noted_list {
	struct buf words;
	int *ids;
	size_t n;
};
static struct noted_list *noted;
static size_t nnoted, capnoted;

void wordtrie_cache_use(const struct wordtrie_cache *c)
{
	cache = c;
}

void wordtrie_cache_record(void)
{
	recording = 1;
}

static int id_of(const int *ids, size_t i)
{
	return ids ? ids[i] : (int)i;
}

/* A hash of a word list: its words, each with its NUL, and ids. */
static unsigned long long list_hash(const char *const *words, const int *ids, size_t n)
{
	unsigned long long h = 14695981039346656037ULL ^ n;
	for (size_t i = 0; i < n; i++) {
		for (const unsigned char *s = (const unsigned char *)words[i];; s++) {
			h = (h ^ *s) * 1099511628211ULL;
			if (!*s)
				break;
		}
		h = (h ^ (unsigned)id_of(ids, i)) * 1099511628211ULL;
	}
	return h;
}

/* The cache's trie of the list, or NULL. */
static const struct wordtrie *cached(const char *const *words, const int *ids, size_t n)
{
	if (!cache || !cache->n)
		return NULL;
	unsigned long long h = list_hash(words, ids, n);
	for (size_t k = 0; k < cache->n; k++) {
		const struct wordtrie_cached *c = &cache->items[k];
		if (c->hash != h || c->n != n)
			continue;
		const char *w = c->words;
		size_t i = 0;
		for (; i < n; i++) {
			size_t len = strlen(words[i]);
			if ((size_t)(w - c->words) + len + 1 > c->words_len || memcmp(w, words[i], len + 1) ||
			    c->ids[i] != id_of(ids, i))
				break;
			w += len + 1;
		}
		if (i == n)
			return c->trie;
	}
	return NULL;
}

/* The trie of the list, built now. */
static struct wordtrie *build(const char *const *words, const int *ids, size_t n)
{
	struct wordtrie *t = wordtrie_new();
	/* a node a byte at most: sized once, not doubled and copied */
	size_t bytes = 1;
	for (size_t i = 0; i < n; i++)
		bytes += strlen(words[i]);
	GROW(t->nodes, t->cap, bytes);
	for (size_t i = 0; i < n; i++)
		wordtrie_add(t, words[i], id_of(ids, i));
	return t;
}

struct wordtrie *wordtrie_of_ids(const char *const *words, const int *ids, size_t n)
{
	const struct wordtrie *c = cached(words, ids, n);
	if (c)
		return (struct wordtrie *)c; /* frozen: never changed nor freed */
	if (recording) {
		GROW(noted, capnoted, nnoted + 1);
		struct noted_list *l = &noted[nnoted++];
		l->words = (struct buf)BUF_INIT;
		l->ids = xmalloc((n ? n : 1) * sizeof(*l->ids));
		l->n = n;
		for (size_t i = 0; i < n; i++) {
			buf_add(&l->words, words[i], strlen(words[i]) + 1);
			l->ids[i] = id_of(ids, i);
		}
	}
	return build(words, ids, n);
}

struct wordtrie *wordtrie_of(const char *const *words, size_t n)
{
	return wordtrie_of_ids(words, NULL, n);
}

void wordtrie_cache_write(struct buf *out, const char *name)
{
	for (size_t k = 0; k < nnoted; k++) {
		const struct noted_list *l = &noted[k];
		const char **words = xmalloc((l->n ? l->n : 1) * sizeof(*words));
		const char *w = buf_str(&l->words);
		for (size_t i = 0; i < l->n; i++, w += strlen(w) + 1)
			words[i] = w;
		struct wordtrie *t = build(words, l->ids, l->n);
		char tname[32];
		snprintf(tname, sizeof(tname), "trie_%zu", k);
		wordtrie_write_c(t, tname, out);
		buf_printf(out, "\nstatic const unsigned char trie_%zu_words[%zu] = {", k, l->words.len ? l->words.len : 1);
		for (size_t i = 0; i < l->words.len; i++)
			buf_printf(out, "%s%u,", i % 16 ? " " : "\n\t", (unsigned char)l->words.data[i]);
		buf_printf(out, "%s\n};\n\nstatic const int trie_%zu_ids[] = {", l->words.len ? "" : "0", k);
		write_numbers(out, l->ids, l->n ? l->n : 1, 0);
		buf_adds(out, "};\n\n");
		wordtrie_free(t);
		free(words);
	}
	buf_printf(out, "static const struct wordtrie_cached trie_items[] = {\n");
	for (size_t k = 0; k < nnoted; k++) {
		const struct noted_list *l = &noted[k];
		const char **words = xmalloc((l->n ? l->n : 1) * sizeof(*words));
		const char *w = buf_str(&l->words);
		for (size_t i = 0; i < l->n; i++, w += strlen(w) + 1)
			words[i] = w;
		buf_printf(out, "\t{ %lluULL, (const char *)trie_%zu_words, %zu, trie_%zu_ids, %zu, &trie_%zu },\n",
			   list_hash(words, l->ids, l->n), k, l->words.len, k, l->n, k);
		free(words);
	}
	buf_printf(out, "\t{ 0, NULL, 0, NULL, 0, NULL }\n};\n\nconst struct wordtrie_cache %s = { trie_items, %zu };\n",
		   name, nnoted);
	for (size_t k = 0; k < nnoted; k++) {
		buf_free(&noted[k].words);
		free(noted[k].ids);
	}
	free(noted);
	noted = NULL;
	nnoted = capnoted = 0;
	recording = 0;
}

/* Appends the n numbers of a byte or int array as an initializer body,
 * sixteen a line. */
static void write_numbers(struct buf *out, const void *v, size_t n, int bytes)
{
	for (size_t i = 0; i < n; i++)
		buf_printf(out, "%s%d,", i % 16 ? " " : "\n\t",
			   bytes ? ((const unsigned char *)v)[i] : ((const int *)v)[i]);
	buf_adds(out, "\n");
}

void wordtrie_write_c(const struct wordtrie *t, const char *name, struct buf *out)
{
	/* the edges each fanout holds: its node's count, not its capacity */
	int *used = xcalloc(t->nfanouts + 1, sizeof(*used));
	buf_printf(out, "static const struct wordtrie_node %s_nodes[] = {\n", name);
	for (size_t i = 0; i < t->n; i++) {
		const struct wordtrie_node *n = &t->nodes[i];
		buf_printf(out, "\t{ %d, %d, %d, %d, %d, %u, %u, %u },\n", n->id, n->space, n->hyphen, n->only_child,
			   n->fanout, n->nedges, n->only_byte, n->boundary_end);
		if (n->fanout >= 0)
			used[n->fanout] = n->nedges;
	}
	/* a table with no rows still needs an element in C */
	buf_printf(out, "\t{ 0 }\n};\n\nstatic const struct wordtrie_edge %s_edges[] = {\n", name);
	for (size_t i = 0; i < t->nfanouts; i++)
		for (int k = 0; k < used[i]; k++)
			buf_printf(out, "\t{ %u, %d },\n", t->fanouts[i].edges[k].byte, t->fanouts[i].edges[k].child);
	buf_printf(out, "\t{ 0 }\n};\n\nstatic const int %s_dense[] = {", name);
	for (size_t i = 0; i < t->nfanouts; i++)
		if (t->fanouts[i].dense)
			write_numbers(out, t->fanouts[i].dense, 256, 0);
	buf_printf(out, "\t0\n};\n\nstatic const struct wordtrie_fanout %s_fanouts[] = {\n", name);
	/* the tables are never written through: the casts only give the
	 * pointers the type a trie being built needs */
	size_t edge = 0, dense = 0;
	for (size_t i = 0; i < t->nfanouts; i++) {
		buf_printf(out, "\t{ (struct wordtrie_edge *)&%s_edges[%zu], %d, ", name, edge, used[i]);
		if (t->fanouts[i].dense)
			buf_printf(out, "(int *)&%s_dense[%zu] },\n", name, 256 * dense++);
		else
			buf_adds(out, "NULL },\n");
		edge += (size_t)used[i];
	}
	free(used);
	buf_printf(out, "\t{ NULL, 0, NULL }\n};\n\nstatic const struct wordtrie %s = {\n", name);
	buf_printf(out, "\t(struct wordtrie_node *)%s_nodes, %zu, %zu, (struct wordtrie_fanout *)%s_fanouts, %zu, %zu,\n",
		   name, t->n, t->n, name, t->nfanouts, t->nfanouts);
	buf_adds(out, "\t{");
	write_numbers(out, t->first, sizeof(t->first), 1);
	buf_adds(out, "\t},\n\t{");
	write_numbers(out, t->root, ARRAY_SIZE(t->root), 0);
	buf_adds(out, "\t},\n\t{ {");
	write_numbers(out, t->starts.step, sizeof(t->starts.step), 1);
	buf_adds(out, "\t}, {");
	write_numbers(out, t->starts.latin_start, sizeof(t->starts.latin_start), 1);
	buf_adds(out, "\t}, {");
	write_numbers(out, t->starts.cjk_first, sizeof(t->starts.cjk_first), 1);
	buf_adds(out, "\t} },\n\t1,\n};\n");
}

void wordtrie_free(struct wordtrie *t)
{
	if (!t || t->frozen)
		return;
	for (size_t i = 0; i < t->nfanouts; i++) {
		free(t->fanouts[i].edges);
		free(t->fanouts[i].dense);
	}
	free(t->fanouts);
	free(t->nodes);
	free(t);
}

/* ASCII case folding and letter-or-digit tests without the locale calls
 * of <ctype.h>, which showed in profiles of this hot loop. */
static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

static int alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Inlined into the walks: called at every step of every scan. */
static inline __attribute__((always_inline)) int child(const struct wordtrie *t, int node, unsigned char b)
{
	const struct wordtrie_node *n = &t->nodes[node];
	if (n->nedges <= 1)
		return n->nedges && n->only_byte == b ? n->only_child : -1;
	const struct wordtrie_fanout *f = &t->fanouts[n->fanout];
	if (f->dense)
		return f->dense[b];
	const struct wordtrie_edge *e = f->edges;
	int lo = 0, hi = n->nedges - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (e[mid].byte == b)
			return e[mid].child;
		if (e[mid].byte < b)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Keeps the children every step looks up (on ' ' and '-', and the root's
 * by byte) where the walk finds them at once. Returns c. */
static int note_child(struct wordtrie *t, int node, unsigned char b, int c)
{
	struct wordtrie_node *n = &t->nodes[node];
	if (b == ' ')
		n->space = c;
	if (b == '-')
		n->hyphen = c;
	if (node == 0)
		t->root[b] = c;
	return c;
}

static int add_child(struct wordtrie *t, int node, unsigned char b)
{
	int c = child(t, node, b);
	if (c >= 0)
		return c;
	c = new_node(t);
	struct wordtrie_node *n = &t->nodes[node];
	/* a lone child is kept in the node itself: most nodes down a word
	 * have one, and an array for each was most of building the lexicon's
	 * trie at every start */
	if (n->nedges == 0) {
		n->nedges = 1;
		n->only_byte = b;
		n->only_child = c;
		return note_child(t, node, b, c);
	}
	if (n->nedges == 1) {
		GROW(t->fanouts, t->capfanouts, t->nfanouts + 1);
		n->fanout = (int)t->nfanouts++;
		struct wordtrie_fanout *nf = &t->fanouts[n->fanout];
		nf->capedges = 4;
		nf->edges = xmalloc((size_t)nf->capedges * sizeof(*nf->edges));
		nf->edges[0].byte = n->only_byte;
		nf->edges[0].child = n->only_child;
		nf->dense = NULL;
	}
	struct wordtrie_fanout *f = &t->fanouts[n->fanout];
	if (n->nedges == f->capedges) {
		f->capedges *= 2;
		f->edges = xrealloc(f->edges, (size_t)f->capedges * sizeof(*f->edges));
	}
	int k = n->nedges++;
	while (k > 0 && f->edges[k - 1].byte > b) {
		f->edges[k] = f->edges[k - 1];
		k--;
	}
	f->edges[k].byte = b;
	f->edges[k].child = c;
	n->only_byte = f->edges[0].byte;
	n->only_child = f->edges[0].child;
	if (n->nedges >= 6 && !f->dense) {
		f->dense = xmalloc(256 * sizeof(int));
		for (int i = 0; i < 256; i++)
			f->dense[i] = -1;
		for (int i = 0; i < n->nedges; i++)
			f->dense[f->edges[i].byte] = f->edges[i].child;
	} else if (f->dense) {
		f->dense[b] = c;
	}
	return note_child(t, node, b, c);
}

void wordtrie_add(struct wordtrie *t, const char *word, int id)
{
	size_t len = strlen(word);
	if (!len)
		return;
	int node = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char b = fold((unsigned char)word[i]);
		/* runs of spaces in a word are one flexible space */
		if (b == ' ' && i > 0 && word[i - 1] == ' ')
			continue;
		node = add_child(t, node, b);
	}
	if (t->nodes[node].id < 0) {
		t->nodes[node].id = id;
		t->nodes[node].boundary_end = isalnum((unsigned char)word[len - 1]) != 0 ? 1 : 0;
	}
	unsigned char f = fold((unsigned char)word[0]);
	if (f >= 0xE0 && f < 0xF0 && len >= 3) {
		unsigned cp = ((f & 0x0Fu) << 12) | (((unsigned char)word[1] & 0x3Fu) << 6) | ((unsigned char)word[2] & 0x3Fu);
		t->starts.cjk_first[cp >> 3] |= (unsigned char)(1u << (cp & 7));
	}
	/* only the bytes this word opens with can newly start a word */
	unsigned char opens[2] = { f, (unsigned char)(isalpha(f) ? toupper(f) : f) };
	for (int k = 0; k < 2; k++) {
		t->first[opens[k]] = 1;
		if (!(opens[k] >= 0x80 && opens[k] < 0xC0))
			t->starts.step[opens[k]] = 0;
	}
	if (isalnum(f)) {
		t->starts.latin_start[f] = 1;
		t->starts.latin_start[toupper(f)] = 1;
	}
}

/* Walk for the longest word from `node` at text[pos]: a loop along plain
 * bytes, recursing only where a word holds a space or a hyphen. */
static void walk(const struct wordtrie *t, const char *text, size_t len, size_t pos, int node, size_t *best_end,
		 int *best_id, int depth)
{
	for (;;) {
		const struct wordtrie_node *n = &t->nodes[node];
		if (n->id >= 0 && (!n->boundary_end || pos >= len || !alnum((unsigned char)text[pos])) &&
		    (pos > *best_end || *best_id < 0)) {
			*best_end = pos;
			*best_id = n->id;
		}
		if (depth > 64)
			return;
		/* a space in the word: any run of spaces in the text, or none */
		if (n->space >= 0) {
			size_t p = pos;
			while (p < len && (text[p] == ' ' || text[p] == '\t'))
				p++;
			if (p > pos)
				walk(t, text, len, p, n->space, best_end, best_id, depth + 1);
			walk(t, text, len, pos, n->space, best_end, best_id, depth + 1);
		}
		/* a hyphen in the word: a space, or nothing */
		if (n->hyphen >= 0) {
			if (pos < len && text[pos] == ' ')
				walk(t, text, len, pos + 1, n->hyphen, best_end, best_id, depth + 1);
			walk(t, text, len, pos, n->hyphen, best_end, best_id, depth + 1);
		}
		if (pos >= len || !n->nedges)
			return;
		/* a space here was taken as a run of spaces above: the word holds
		 * no second space to step to */
		if (n->space >= 0 && text[pos] == ' ')
			return;
		int c = child(t, node, fold((unsigned char)text[pos]));
		if (c < 0)
			return;
		node = c;
		pos++;
		depth++;
	}
}

/* wordtrie_match_at() once the tests on the byte before and at `pos` passed. */
static size_t match_here(const struct wordtrie *t, const char *text, size_t len, size_t pos, int *id)
{
	unsigned char b = (unsigned char)text[pos];
	size_t end = 0;
	int best = -1;
	int first = t->root[fold(b)];
	if (first < 0)
		return 0;
	walk(t, text, len, pos + 1, first, &end, &best, 1);
	if (best < 0 || end <= pos)
		return 0;
	*id = best;
	return end;
}

size_t wordtrie_match_at(const struct wordtrie *t, const char *text, size_t len, size_t pos, int *id)
{
	unsigned char b = (unsigned char)text[pos];
	if (!t->first[b])
		return 0;
	if (t->starts.latin_start[b] && pos > 0 && alnum((unsigned char)text[pos - 1]))
		return 0;
	return match_here(t, text, len, pos, id);
}

/* The scan of wordtrie_scan(), calling `hit` for each word; a non-zero
 * return from it stops the scan. */
static void scan(const struct wordtrie *t, const char *text, size_t len,
		 int (*hit)(size_t s, size_t e, int id, void *ctx), void *ctx);

struct collect {
	struct wordtrie_match **out;
	size_t *n, *cap;
};

static int collect_hit(size_t s, size_t e, int id, void *ctx)
{
	struct collect *c = ctx;
	GROW(*c->out, *c->cap, *c->n + 1);
	(*c->out)[*c->n].start = s;
	(*c->out)[*c->n].end = e;
	(*c->out)[*c->n].id = id;
	(*c->n)++;
	return 0;
}

static int stop_hit(size_t s, size_t e, int id, void *ctx)
{
	(void)s;
	(void)e;
	(void)id;
	*(int *)ctx = 1;
	return 1;
}

void wordtrie_scan(const struct wordtrie *t, const char *text, size_t len, struct wordtrie_match **out,
		   size_t *n, size_t *cap)
{
	struct collect c = { out, n, cap };
	scan(t, text, len, collect_hit, &c);
}

int wordtrie_contains(const struct wordtrie *t, const char *text, size_t len)
{
	int found = 0;
	scan(t, text, len, stop_hit, &found);
	return found;
}

static int cjk_starts(const unsigned char *bitmap, unsigned cp)
{
	return (bitmap[cp >> 3] >> (cp & 7)) & 1;
}

/* Moves *pos to the next place at or after it where a word may start, by
 * `st`: past characters no word starts with and the insides of Latin words.
 * Returns 0 at the end of the text; else sets *cp to the code point of a
 * 3-byte character there (0 for others). */
static inline int next_start(const struct wordtrie_starts *st, const char *text, size_t len, size_t *pos, unsigned *cp)
{
	size_t p = *pos;
	for (;;) {
		unsigned step;
		while (p < len && (step = st->step[(unsigned char)text[p]]) != 0)
			p += step;
		if (p >= len)
			return 0;
		unsigned char b = (unsigned char)text[p];
		*cp = 0;
		/* most Chinese characters start no word: one bitmap test each */
		if (b >= 0xE0 && b < 0xF0 && p + 2 < len) {
			*cp = ((b & 0x0Fu) << 12) | (((unsigned char)text[p + 1] & 0x3Fu) << 6) |
			      ((unsigned char)text[p + 2] & 0x3Fu);
			if (!cjk_starts(st->cjk_first, *cp)) {
				p += 3;
				continue;
			}
		}
		/* inside a Latin word no word starts: skip to its end */
		if (st->latin_start[b] && p > 0 && alnum((unsigned char)text[p - 1])) {
			while (p < len && alnum((unsigned char)text[p]))
				p++;
			continue;
		}
		*pos = p;
		return 1;
	}
}

/* The place after the character at `pos`. */
static size_t next_char(const char *text, size_t len, size_t pos)
{
	pos++;
	while (pos < len && ((unsigned char)text[pos] & 0xC0) == 0x80)
		pos++;
	return pos;
}

static void scan(const struct wordtrie *t, const char *text, size_t len,
		 int (*hit)(size_t s, size_t e, int id, void *ctx), void *ctx)
{
	size_t pos = 0;
	unsigned cp;
	while (next_start(&t->starts, text, len, &pos, &cp)) {
		int id;
		size_t end = match_here(t, text, len, pos, &id);
		if (!end) {
			/* a whole character on, so a match never starts mid-sequence */
			pos = next_char(text, len, pos);
			continue;
		}
		if (hit(pos, end, id, ctx))
			return;
		pos = end;
	}
}

struct wordtrie_group {
	const struct wordtrie *tries[WORDTRIE_GROUP_MAX];
	size_t n;
	/* the union of the tries' tables: a byte or character no trie's
	 * word starts with is passed over once for all of them */
	struct wordtrie_starts starts;
	/* which tries (bit k for tries[k]) have a word starting with a byte,
	 * and with a 3-byte character (by code point: a block of 256 code
	 * points for each high byte, `no_tries` for a block no word starts
	 * in, so that the table costs a start-up few pages, not 64K) */
	unsigned char byte_tries[256];
	unsigned char *cjk_tries[256];
	unsigned char no_tries[256];
};

struct wordtrie_group *wordtrie_group_new(const struct wordtrie *const *tries, size_t n)
{
	struct wordtrie_group *g = xcalloc(1, sizeof(*g));
	if (n > WORDTRIE_GROUP_MAX)
		n = WORDTRIE_GROUP_MAX;
	memcpy(g->tries, tries, n * sizeof(*tries));
	g->n = n;
	struct wordtrie_starts *u = &g->starts;
	memcpy(u->step, tries[0]->starts.step, sizeof(u->step));
	for (size_t k = 0; k < n; k++) {
		const struct wordtrie_starts *t = &tries[k]->starts;
		for (int b = 0; b < 256; b++) {
			if (!t->step[b])
				u->step[b] = 0;
			u->latin_start[b] |= t->latin_start[b];
		}
		for (size_t i = 0; i < sizeof(u->cjk_first); i += 8) {
			uint64_t a, b;
			memcpy(&a, u->cjk_first + i, 8);
			memcpy(&b, t->cjk_first + i, 8);
			a |= b;
			memcpy(u->cjk_first + i, &a, 8);
		}
	}
	for (int hi = 0; hi < 256; hi++)
		g->cjk_tries[hi] = g->no_tries;
	for (size_t k = 0; k < n; k++) {
		const struct wordtrie_starts *t = &tries[k]->starts;
		for (int b = 0; b < 256; b++)
			if (!t->step[b])
				g->byte_tries[b] |= (unsigned char)(1u << k);
		for (unsigned i = 0; i < sizeof(t->cjk_first); i++) {
			if (!t->cjk_first[i]) {
				/* most of the map is empty: passed over 8 bytes at a time */
				uint64_t w = 0;
				if (i % 8 == 0 && i + 8 <= sizeof(t->cjk_first))
					memcpy(&w, t->cjk_first + i, 8);
				if (i % 8 == 0 && !w)
					i += 7;
				continue;
			}
			for (unsigned bit = 0; bit < 8; bit++)
				if ((t->cjk_first[i] >> bit) & 1) {
					unsigned cp = i * 8 + bit;
					if (g->cjk_tries[cp >> 8] == g->no_tries)
						g->cjk_tries[cp >> 8] = xcalloc(256, 1);
					g->cjk_tries[cp >> 8][cp & 0xFF] |= (unsigned char)(1u << k);
				}
		}
	}
	return g;
}

void wordtrie_group_free(struct wordtrie_group *g)
{
	if (!g)
		return;
	for (int hi = 0; hi < 256; hi++)
		if (g->cjk_tries[hi] != g->no_tries)
			free(g->cjk_tries[hi]);
	free(g);
}

void wordtrie_group_scan(const struct wordtrie_group *g, const char *text, size_t len,
			 struct wordtrie_found *found)
{
	/* where each trie's last word ended: its next word starts no earlier */
	size_t next[WORDTRIE_GROUP_MAX] = { 0 };
	size_t pos = 0;
	unsigned cp;
	while (next_start(&g->starts, text, len, &pos, &cp)) {
		unsigned mask = cp ? g->cjk_tries[cp >> 8][cp & 0xFF] : g->byte_tries[(unsigned char)text[pos]];
		for (size_t k = 0; k < g->n; k++) {
			const struct wordtrie *t = g->tries[k];
			if (!((mask >> k) & 1) || pos < next[k])
				continue;
			int id;
			size_t end = match_here(t, text, len, pos, &id);
			if (!end)
				continue;
			struct wordtrie_found *f = &found[k];
			GROW(f->m, f->cap, f->n + 1);
			f->m[f->n].start = pos;
			f->m[f->n].end = end;
			f->m[f->n].id = id;
			f->n++;
			next[k] = end;
		}
		pos = next_char(text, len, pos);
	}
}

void wordtrie_found_join(const struct wordtrie *t, const char *text, size_t len, const size_t *breaks,
			 size_t nbreaks, struct wordtrie_found *f)
{
	char buf[256];
	for (size_t b = 0; b < nbreaks; b++) {
		size_t br = breaks[b];
		/* the text around the break: from its line's start (at most 96
		 * bytes back, then from a word's start) to 96 bytes past it */
		size_t a = br;
		while (a > 0 && text[a - 1] != '\n' && br - a < 96)
			a--;
		if (a > 0 && text[a - 1] != '\n') {
			while (a < br && (((unsigned char)text[a] & 0xC0) == 0x80 || (isalnum((unsigned char)text[a]) &&
											   isalnum((unsigned char)text[a - 1]))))
				a++;
		}
		size_t k = br + 1;
		while (k < len && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
			k++;
		size_t e = k + 96 < len ? k + 96 : len;
		while (e > k && e < len && ((unsigned char)text[e] & 0xC0) == 0x80)
			e--;
		size_t lb = br;
		while (lb > a && (text[lb - 1] == ' ' || text[lb - 1] == '\r'))
			lb--;
		if (lb == a || e == k)
			continue;
		/* Latin words side by side are apart by a space; Chinese runs on */
		int space = (unsigned char)text[lb - 1] < 0x80 && (unsigned char)text[k] < 0x80;
		size_t n1 = lb - a, n2 = e - k;
		if (n1 + (size_t)space + n2 > sizeof(buf))
			continue;
		memcpy(buf, text + a, n1);
		if (space)
			buf[n1] = ' ';
		memcpy(buf + n1 + (size_t)space, text + k, n2);
		size_t join = n1 + (size_t)space, blen = join + n2;
		struct wordtrie_match *m = NULL;
		size_t nm = 0, capm = 0;
		wordtrie_scan(t, buf, blen, &m, &nm, &capm);
		for (size_t i = 0; i < nm; i++) {
			if (m[i].start >= n1 || m[i].end <= join)
				continue; /* on one side of the break: found already */
			size_t s = a + m[i].start, end = k + (m[i].end - join);
			/* the word takes the place of those it overlaps */
			size_t w = 0, at = SIZE_MAX;
			for (size_t r = 0; r < f->n; r++) {
				if (f->m[r].end > s && f->m[r].start < end)
					continue;
				if (at == SIZE_MAX && f->m[r].start >= end)
					at = w;
				f->m[w++] = f->m[r];
			}
			f->n = w;
			if (at == SIZE_MAX)
				at = w;
			GROW(f->m, f->cap, f->n + 1);
			memmove(f->m + at + 1, f->m + at, (f->n - at) * sizeof(*f->m));
			f->m[at].start = s;
			f->m[at].end = end;
			f->m[at].id = m[i].id;
			f->n++;
		}
		free(m);
	}
}
