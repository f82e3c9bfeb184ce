/*
 * Layout: the lines of a normalized report sorted into the blocks a reader
 * sees before reading a word — headings (the title among them), running
 * text, bullets, table rows, a table's units line, boilerplate — and the
 * heading that scopes each line. Assembly reads a line's frame from it: the
 * company a heading names holds for the paragraphs under it, a bullet list
 * goes on from the line that introduced it, a table is read by its columns.
 */
#ifndef MTRACK_LAYOUT_H
#define MTRACK_LAYOUT_H

#include <stddef.h>

enum layout_kind {
	LAYOUT_BLANK,
	LAYOUT_TEXT,    /* running text */
	LAYOUT_HEADING, /* a short line that ends no sentence: a title, a section */
	LAYOUT_BULLET,  /* ● · • ▪ ■ ◆ - * and numbered items (1. 1、 (1)) */
	LAYOUT_TABLE,   /* cells set apart by runs of spaces, tabs or '|' */
	LAYOUT_UNITS,   /* 单位：亿元, (In millions, except per share amounts) */
	LAYOUT_CAPTION, /* [Image: ...], [Chart: ...]: what a picture shows, read but framing nothing */
};

struct layout_line {
	size_t start, end;     /* the line's text, trimmed, in the normalized text */
	size_t body;           /* where its text starts past a bullet mark */
	enum layout_kind kind;
	int level;             /* a heading's rank: 1 一、 or a plain heading, 2 (一) 1. 1、 */
	int title;             /* the first heading of the document */
	int front;             /* above the first line of running text (title, dateline, byline) */
	int boilerplate;       /* under a disclaimer, safe-harbour or ratings heading */
	int heading;           /* the line of the heading that scopes this one, -1 none */
	int lead;              /* a bullet: the text line that introduced its list (ends with ':'), -1 */
	int ncells;            /* a table row: its cells */
	int after_list;        /* running text right under a bullet list, set left of its marks (not
				* at them: pdftotext sets a numbered item's text there): the
				* list has ended, and what the items named is theirs alone */
	int junk;              /* web-page junk (set by the caller before layout_scope()) */
	int carried;           /* a heading still open from an earlier window of the document: it has
				* no text here (start = end = 0), only its rank (see layout_carry) */
};

/* What layout_scope() takes from the windows of a long document before the
 * one it reads (see fact.h) and gives to the next: the headings still open
 * go on as lines marked `carried` at the head of the next window. */
struct layout_carry {
	int seen_text;    /* running text has been seen: no title nor front matter follows */
	int title;        /* the title has been found */
	int boiler;       /* inside a boilerplate section ... */
	int boiler_level; /* ... under a heading of this rank */
	int open[3];      /* on return: the lines of the headings open at the end, by rank (1, 2); -1 none */
	int numbered[3];  /* and whether each is numbered (一、, 02 |): its unnumbered headings are its parts */
};

#define LAYOUT_CARRY_INIT { 0, 0, 0, 0, { -1, -1, -1 }, { 0, 0, 0 } }

/* Splits text[0..len) (normalized, see textnorm.h) into lines and types
 * them by their shape. Appends to `*out` (grown with realloc; you own it
 * and free it with free(3)); `*n` counts them. Lines are in text order,
 * one per '\n'. Their scopes are left for layout_scope(). */
void layout_lines(const char *text, size_t len, struct layout_line **out, size_t *n, size_t *cap);

/* Finds the title and the front matter, the heading scoping each line, the
 * boilerplate sections and the line leading each list, over lines[0..n)
 * of `text` as layout_lines() typed them. Lines marked junk are passed
 * over: a navigation bar is neither a title nor the start of the text.
 * `carry`, when not NULL, holds where the text before stood (lines marked
 * `carried` open its headings again) and is left as the text after it
 * starts; NULL reads a whole document. */
void layout_scope(const char *text, struct layout_line *lines, size_t n, struct layout_carry *carry);

/* How a document's pages are set: side columns on the left and on the
 * right, decided once on the head of the document (see layout_unfold). */
struct layout_page {
	int decided;
	size_t col;    /* the column the body starts at beside it; 0 none */
	int w;         /* how columns were counted: 0 a wide character two, 1 one */
	int laid_out;  /* the document is set as pdftotext pages: side columns, wrapped lines */
	size_t side;   /* the column a side column on the right starts at; 0 none */
	int side_w;    /* how its columns were counted, as w */
};

#define LAYOUT_PAGE_INIT { 0, 0, 0, 0, 0, 0 }

/* A page as pdftotext -layout writes it: a side column (analysts, ratings,
 * related research) set beside the body by a wide gap at one column, on its
 * right or its left, and body lines wrapped mid-sentence. Blanks the side
 * column and joins the wrapped body lines of text[0..len) in place, keeping
 * every byte where it is (side text becomes spaces, a wrap's newline a
 * space), so offsets into the text still hold. Returns how many lines it
 * changed; 0 for a text with no side column. A left column, and whether
 * the text is set as pages at all, are found on the lines that start
 * before `head` while `page` is undecided, and then kept
 * in `page` for the windows after it, so a document read a window at a time
 * is unfolded as the whole would be; `page` NULL decides on all of text. */
size_t layout_unfold(char *text, size_t len, struct layout_page *page, size_t head);

/* The index of the line holding byte `pos`: lines[0..n) as layout_lines()
 * made them; a binary search. */
size_t layout_line_at(const struct layout_line *lines, size_t n, size_t pos);

/* Whether the line t[s..e) has two cells or more (at most 16), each of
 * which `cell` accepts. */
int layout_all_cells(const char *t, size_t s, size_t e, int (*cell)(const char *t, size_t s, size_t e));

/* Whether t[s..e) names a company's outlook (outlook, guidance, 展望, 指引):
 * a heading that does frames the figures under it as guided. */
int layout_names_outlook(const char *t, size_t s, size_t e);

/* The currency code a column's head cell t[s..e) names: a currency word
 * numlex_currency_code() knows (RMB, US$), or one with the column's scale
 * after it (RMB'million, US$'000); NULL for any other cell. */
const char *layout_cell_currency(const char *t, size_t s, size_t e);

/* Whether the line t[s..e) is a row of currency words (two or more cells,
 * each layout_cell_currency() knows), each the currency of its column; a
 * cell of words without figures may stand beside them (YoY % Change) when
 * the currencies are most of the cells. */
int layout_currency_row(const char *t, size_t s, size_t e);

/* The display columns t[s..e) takes: 2 for a wide (CJK) character, 1 for
 * others, as text laid out in columns counts them. */
size_t layout_columns(const char *t, size_t s, size_t e);

/* Whether the line t[s..e) is a short label, a colon and a figure ("Gross
 * margin: 67.0%", "Operating margin estimate: 37.2%"): an item of a list
 * whether or not it carries a mark, never a heading nor a wrapped line. */
int layout_label_and_figure(const char *t, size_t s, size_t e);

/* A table row's cells: the spans of text[start..end) set apart by two or
 * more spaces, a tab or '|'. Writes at most `max` spans into s[], e[] and
 * returns how many there are. */
size_t layout_cells(const char *text, size_t start, size_t end, size_t *s, size_t *e, size_t max);

#endif
