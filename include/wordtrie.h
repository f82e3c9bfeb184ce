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

#endif
