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
	size_t pos;     /* where it starts in the normalized text, */
	size_t end;     /* and ends */
	int entity;     /* the entity, -1 for a period */
	int root;       /* the entity's top-level ancestor */
	int period;     /* a period: its index in the caller's list; -1 for an entity */
	int object;     /* an entity named as an object (with, to, 向): not a subject */
	int party;      /* an object a deal is made with ("an agreement with Microsoft"):
			 * no rival of the document's subject either */
	int quantity;   /* neither: a figure (what follows it in a line is no frame) */
	int coref;      /* neither: "公司", "the company" — the document's subject said again */
	int clause;     /* a clause of its line begins before it ("72%!英伟达Q1财报"): a
			 * figure said earlier on the line is not what it names */
	int label;      /* an entity a colon follows ("谷歌云：增速34%"): a heading's label
			 * of what is under it, whatever figures the heading states */
	int year;       /* a period that is a whole year */
	int forecast;   /* a period its clause names in words of forecast ("Raises FY20
			 * revenue guidance to"): a forecast's, no period of the text */
};

/* What a line is about when it does not say. */
struct frame_line {
	int entity; /* -1 none, -2 its heading names several: no company to fall back on */
	int period; /* the caller's index of its period, -1 none */
};

/* What a heading frames: the lines under it take these unless nearer
 * heading says otherwise. */
struct frame_heading {
	int entity; /* -1 none, -2 several */
	int root;   /* the entity's top-level ancestor, -1 none */
	int period; /* the caller's index of its period, -1 none */
};

struct frame_doc {
	/* in: */
	int decided;       /* an earlier window of the document decided subject, subject_root and
			    * period (read, not worked out); 0 for the first window or a whole text */
	size_t head;       /* the subject's share is counted on the body's lines starting before this
			    * offset: a long document read in windows decides on its first */
	int one_company;   /* the head gives a rating or a price target, or speaks in the company's own
			    * voice (a release, a call's transcript): the document is on the one company its
			    * front names, however many others its body mentions */
	/* in and out: */
	int subject;       /* -1 none; on entry a subject the caller knows, else -1 lets the text say */
	int subject_root;  /* its top-level ancestor as the text names it */
	int period;        /* -1 none */
	struct frame_heading open[3]; /* by rank (1, 2): in, the frames of the lines marked carried;
				       * out, of the headings the layout left open (open_lines) */
	/* out: */
	int mentions;      /* entity mentions in the body */
	int subject_share; /* of them, the subject's (with its parts) */
};

#define FRAME_DOC_INIT { 0, (size_t)-1, 0, -1, -1, -1, { { -1, -1, -1 }, { -1, -1, -1 }, { -1, -1, -1 } }, 0, 0 }

/* Frames each of lines[0..n) from the mentions m[0..nm) (in text order)
 * into out[0..n), and the document's into *doc (see struct frame_doc for
 * what it takes and gives). `open_lines`, when not NULL, names the lines
 * of the headings still open at the end by rank (layout_carry.open): their
 * frames are left in doc->open for the next window of the document. */
void frame_scope(const struct layout_line *lines, size_t n, const struct frame_mention *m, size_t nm,
		 struct frame_line *out, struct frame_doc *doc, const int open_lines[3]);

#endif
