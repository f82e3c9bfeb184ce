/*
 * Frames: what a line of a report is about before it says so itself. A
 * document has a subject (the one company its title and dateline name, when
 * the body is mostly about it) and often a period (the quarter its title or
 * first line names); a heading naming a company or a period scopes the lines
 * under it. Assembly starts each paragraph from its line's frame, so a
 * figure whose sentence names no company takes the one its heading or its
 * document is about, and a doubt about one sentence never erases it.
 */
#ifndef MTRACK_FRAME_H
#define MTRACK_FRAME_H

#include <stddef.h>

#include "layout.h"

/* One entity or period named in the text, in text order. */
struct frame_mention {
	size_t pos;     /* where it starts in the normalized text */
	int entity;     /* the entity, -1 for a period */
	int root;       /* the entity's top-level ancestor */
	int period;     /* a period: its index in the caller's list; -1 for an entity */
	int object;     /* an entity named as an object (with, to, 向): not a subject */
	int quantity;   /* neither: a figure (what follows it in a line is no frame) */
};

/* What a line is about when it does not say. */
struct frame_line {
	int entity; /* -1 none, -2 its heading names several: no company to fall back on */
	int period; /* the caller's index of its period, -1 none */
};

struct frame_doc {
	int subject;       /* -1 none */
	int period;        /* -1 none */
	int mentions;      /* entity mentions in the body */
	int subject_share; /* of them, the subject's (with its parts) */
};

/* Frames each of lines[0..n) from the mentions m[0..nm) (in text order)
 * into out[0..n), and the document's into *doc. A doc->subject >= 0 on
 * entry is the subject the caller knows; -1 lets the text say. */
void frame_scope(const struct layout_line *lines, size_t n, const struct frame_mention *m, size_t nm,
		 struct frame_line *out, struct frame_doc *doc);

#endif
