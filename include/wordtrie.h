/*
 * A byte trie for literal word lists (aliases, cue words, period trigger
 * words): all words found in one pass, leftmost-longest, without overlaps.
 * ASCII letters match either case; a space in a word matches any run of
 * spaces or none, a hyphen matches a hyphen, a space or nothing; a word
 * that starts (ends) with a Latin letter or digit only matches where the
 * text has no letter or digit just before (after) it.
 */
#ifndef MTRACK_WORDTRIE_H
#define MTRACK_WORDTRIE_H

#include <stddef.h>

struct wordtrie;

struct wordtrie_match {
	size_t start, end;
	int id;
};

/* An empty trie. Release with wordtrie_free(). */
struct wordtrie *wordtrie_new(void);

void wordtrie_free(struct wordtrie *t);

/* A trie of words[0..n), word i with the id i. Release with wordtrie_free(). */
struct wordtrie *wordtrie_of(const char *const *words, size_t n);

/* The same with word i given the id ids[i] (>= 0). */
struct wordtrie *wordtrie_of_ids(const char *const *words, const int *ids, size_t n);

/* A trie built at build time (tools/scangen.c) from a word list: the
 * words one after another, each ending in its NUL (`words`, `words_len`
 * bytes), their ids, and `hash`, wordtrie_list_hash() of the list. */
struct wordtrie_cached {
	unsigned long long hash;
	const char *words;
	size_t words_len;
	const int *ids;
	size_t n;
	const struct wordtrie *trie;
};

struct wordtrie_cache {
	const struct wordtrie_cached *items;
	size_t n;
};

/* From now on wordtrie_of() and wordtrie_of_ids() give the trie `cache`
 * holds for the same words and ids, part of the program (wordtrie_free()
 * leaves it), rather than build it: the same trie, without a start's
 * allocations and page faults. Call it before any thread starts; NULL
 * stops using one. */
void wordtrie_cache_use(const struct wordtrie_cache *cache);

/* From now on every list wordtrie_of() and wordtrie_of_ids() are given is
 * noted, for wordtrie_cache_write(). For the generator only. */
void wordtrie_cache_record(void);

/* Appends to `out` the C source of `const struct wordtrie_cache NAME`
 * holding a trie of each list noted since wordtrie_cache_record(). The
 * file it goes to includes wordtrie.h and wordtrie_image.h. */
struct buf;
void wordtrie_cache_write(struct buf *out, const char *name);

/* Appends to `out` C definitions of static tables holding `t` as it
 * stands, the last `static const struct wordtrie <name>`: a trie that is
 * part of the program, which wordtrie_free() leaves alone and to which no
 * word may be added. The file they go to includes wordtrie_image.h. */
void wordtrie_write_c(const struct wordtrie *t, const char *name, struct buf *out);

/* Adds `word` (UTF-8, non-empty) with the value `id` (>= 0). When a word is
 * added twice the first id stays. */
void wordtrie_add(struct wordtrie *t, const char *word, int id);

/* Finds the words in text[0..len), appending them in order to `*out`
 * (grown with realloc; you own it). Reentrant. */
void wordtrie_scan(const struct wordtrie *t, const char *text, size_t len, struct wordtrie_match **out,
		   size_t *n, size_t *cap);

/* True when any word occurs in text[0..len) (stops at the first). */
int wordtrie_contains(const struct wordtrie *t, const char *text, size_t len);

/* The longest word starting exactly at `pos`: returns its end and sets
 * `*id`, or returns 0 when none starts there. */
size_t wordtrie_match_at(const struct wordtrie *t, const char *text, size_t len, size_t pos, int *id);

/* Several tries scanned in one pass over a text: most of a scan's time is
 * its walk over the characters that start no word, which the tries then
 * share. Each trie's matches are the ones wordtrie_scan() gives. */
struct wordtrie_group;

/* The matches of one trie of a group, grown with realloc; you own `m`. */
struct wordtrie_found {
	struct wordtrie_match *m;
	size_t n, cap;
};

#define WORDTRIE_GROUP_MAX 8

/* Groups tries[0..n) (n <= WORDTRIE_GROUP_MAX), which must not change, nor
 * be freed, while the group lives. Release with wordtrie_group_free(). */
struct wordtrie_group *wordtrie_group_new(const struct wordtrie *const *tries, size_t n);

void wordtrie_group_free(struct wordtrie_group *g);

/* Appends the words of each trie k of the group found in text[0..len) to
 * found[k], as wordtrie_scan() of that trie would. Reentrant. */
void wordtrie_group_scan(const struct wordtrie_group *g, const char *text, size_t len,
			 struct wordtrie_found *found);

/* Adds to `f` (the matches of `t` in text[0..len)) the words that run over
 * one of the line breaks breaks[0..nbreaks) (sorted offsets of '\n'), the
 * break and the indentation after it read as one space between Latin
 * letters or digits and as nothing in Chinese ("operating\n  income",
 * "经调整\nEBITA"); each takes the place of the matches it overlaps. For a
 * line of running text wrapped in the middle of a term. */
void wordtrie_found_join(const struct wordtrie *t, const char *text, size_t len, const size_t *breaks,
			 size_t nbreaks, struct wordtrie_found *f);

#endif
