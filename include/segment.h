/*
 * Segmentation of normalized text into paragraphs, sentences and clauses,
 * with byte offsets, and recognition of web-page junk lines (navigation
 * bars, hot-search lists, share widgets, footers, ICP numbers) that must
 * yield no facts.
 */
#ifndef MTRACK_SEGMENT_H
#define MTRACK_SEGMENT_H

#include <stddef.h>

#include "wordtrie.h"

struct sentence {
	size_t start, end;  /* byte span in the normalized text, trimmed */
	int paragraph;      /* paragraph number, from 0 */
	int junk;           /* the sentence's line is web-page junk */
	int soft;           /* it follows a ；or ; (a looser break than 。) */
	int item;           /* it follows a citation or " - " of a list run into one line */
};

struct segmenter;

/* Prepares the junk-line markers once. Release with segmenter_free(). */
struct segmenter *segmenter_new(void);

void segmenter_free(struct segmenter *sg);

/* Splits text[0..len) into sentences at 。！？!?；; and newlines, and at
 * an English '.' that ends a sentence (not in 3.5, Inc., U.S., vs.).
 * Appends to `*out` (grown with realloc; you own it). Reentrant. */
void segment_sentences(const struct segmenter *sg, const char *text, size_t len, struct sentence **out,
		       size_t *n, size_t *cap);

/* segment_sentences() given the matches of segment_junk_words(sg) over the
 * same text, in order: a caller scanning the text with several tries does
 * it once (see wordtrie_group_scan()). */
void segment_sentences_with(const struct segmenter *sg, const char *text, size_t len,
			    const struct wordtrie_match *junk, size_t njunk, struct sentence **out, size_t *n,
			    size_t *cap);

/* The trie of the markers of junk lines. */
const struct wordtrie *segment_junk_words(const struct segmenter *sg);

/* True when a clause ends at text[pos]: ，,、：: (but not 3,920) and
 * brackets. Sets `*width` to the byte length of the separator. */
int segment_clause_break(const char *text, size_t len, size_t pos, size_t *width);

/* True when the line text[start..end) reads as web-page junk. */
int segment_is_junk(const struct segmenter *sg, const char *text, size_t start, size_t end);

#endif
