/*
 * Finding the names the lexicon lacks: in each sentence that states a
 * metric with a number (营收 120 亿元, revenue was $3.1 billion), the name
 * that stands where its subject would (星河汽车 2025 年第三季度营收,
 * "Contoso Robotics revenue") when no entity of the lexicon stands there.
 * Names are counted over every text given, with one example sentence
 * each, for `mtrack lexicon suggest`.
 */
#ifndef MTRACK_SUGGEST_H
#define MTRACK_SUGGEST_H

#include <stddef.h>

#include "lexicon.h"
#include "util.h"

struct suggest_name {
	char *name;      /* as normalized (Simplified, NFKC); owned */
	int latin;       /* 1 for a Latin-script name, 0 for a Chinese one */
	size_t count;    /* metric statements it stands beside */
	char *example;   /* the first such sentence, from the original text; owned */
	char *source;    /* the text it came from, as given to suggest_scan(); owned */
};

struct suggest;

/* An empty tally over the compiled lexicon `lx` (which must outlive it).
 * Release it with suggest_free(). */
struct suggest *suggest_new(const struct lexicon *lx);

void suggest_free(struct suggest *sg);

/* Adds the unknown names of the UTF-8 text[0..len) (named `source`, for
 * the examples) to the tally. Returns 0, or -1 with `e` filled when the
 * text is not UTF-8. */
int suggest_scan(struct suggest *sg, const char *source, const char *text, size_t len, struct errmsg *e);

/* The names found so far, most frequent first (then by name); valid until
 * the next suggest_scan() or suggest_free(). */
const struct suggest_name *suggest_names(struct suggest *sg, size_t *n);

#endif
