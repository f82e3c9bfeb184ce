/*
 * Fact assembly: turns a report's text into facts (entity, metric, kind,
 * period, value, unit, qualifier, basis, and the sentence they came from)
 * by attaching each quantity from the lexer to the entity, metric and
 * period around it. A quantity that cannot be fully attached is not a fact:
 * it becomes an unresolved candidate with the reason.
 */
#ifndef MTRACK_FACT_H
#define MTRACK_FACT_H

#include <stddef.h>

#include "lexicon.h"
#include "util.h"

/* The version of the extraction rules, recorded with each observation (see
 * mtrack reextract): raise it with every change to what extraction gives. */
#define FACT_RULES_VERSION "2026.12.08.209"

/* The largest magnitude, in base units, any report states (ten thousand
 * trillion): a value beyond it is a misreading, not a figure, and is left
 * out with that reason. */
#define FACT_MAGNITUDE_MAX 1e16

/* struct fact's adjusted for a change counted in another currency than the
 * company's own (以美元计营收同比增长 25.5%): a variant of the change, not
 * of the figure. */
#define FACT_OTHER_CURRENCY 2

struct fact {
	char entity[64];
	char metric[64];
	char kind[8];          /* level, yoy, qoq */
	double value;          /* base units; a range's midpoint */
	double low, high;      /* qualifier "range" only */
	char unit[8];          /* USD CNY ... % pp x count */
	char qualifier[12];    /* exact approx at_least at_most range */
	char basis[12];        /* actual estimate */
	char period_type[12];
	char period_start[11];
	char period_end[11];
	char fiscal_label[24];
	char calendar_label[24];
	int restated;          /* said as a revision (上调至, revised to) */
	int compared;          /* said as what another figure is compared with (vs. consensus) */
	int adjusted;          /* its metric was said adjusted (Non-GAAP 毛利率, non-IFRS), or
	                        * FACT_OTHER_CURRENCY: a change counted in another currency */
	double resolution;     /* one unit of the last digit written; 0 unknown */
	size_t start, end;     /* the sentence's byte span in the original text */
	size_t qstart, qend;   /* the quantity's byte span in the original text */
	int page;              /* the PDF page it stands on, 0 when not a PDF */
	char *text;            /* the sentence; owned by the list */
};

/* One reported value of a fact, as comparing two reports of it needs. */
struct fact_figure {
	double value, low, high; /* low and high: a range's ends */
	int has_range;
	const char *qualifier;   /* exact approx at_least at_most range */
	double resolution;       /* one unit of the last digit written; 0 unknown */
};

struct candidate {
	size_t start, end;     /* the quantity's byte span in the original text */
	char *quantity;        /* its text; owned by the list */
	char *sentence;        /* owned by the list */
	const char *stage;     /* the stage that left it out: attach (company, metric), kind, period,
				* agreement (one sentence, two values), table; static */
	char reason[160];
};

struct fact_list {
	struct fact *items;
	size_t n, cap;
	struct candidate *cands;
	size_t ncands, capcands;
	int want_candidates; /* collect the unresolved candidates (costly on big texts) */
	size_t nquantities;  /* the quantities the text states (amounts, percents, counts), facts or not */
};

#define FACT_LIST_INIT { NULL, 0, 0, NULL, 0, 0, 0, 0 }

struct fact_extractor;

/* Prepares an extractor over `lx` (compiled; it must outlive the
 * extractor). NULL with `e` filled on failure. */
struct fact_extractor *fact_extractor_new(const struct lexicon *lx, struct errmsg *e);

void fact_extractor_free(struct fact_extractor *fx);

/* Extracts the facts of the UTF-8 text in[0..len), dated `report_date`
 * (YYYY-MM-DD: it decides the year of periods written without one), and
 * appends them and the unresolved candidates to `out`. Returns 0, or -1
 * with `e` naming the first invalid byte when the text is not UTF-8. */
int fact_extract(const struct fact_extractor *fx, const char *in, size_t len,
		 const char *report_date, struct fact_list *out, struct errmsg *e);

/* fact_extract() for a document the caller knows to be about entity
 * `subject` (an index into the extractor's lexicon, -1 when not known: a
 * company's own filing or release): the subject its frames fall back on. */
int fact_extract_about(const struct fact_extractor *fx, const char *in, size_t len, const char *report_date,
		       int subject, struct fact_list *out, struct errmsg *e);

/* Releases everything the list owns and leaves it empty. */
void fact_list_free(struct fact_list *l);

/* Empties the list's facts and candidates, keeping its room for the next
 * window's; nquantities goes on counting. */
void fact_list_clear(struct fact_list *l);

/*
 * Long documents are read in windows, so that memory stays flat whatever
 * their length: each window is at least `window` bytes of whole lines
 * (where the text has that many) and ends where a paragraph of running
 * text or a heading starts after a blank line, never inside a paragraph,
 * a list or a table. What a later window needs of the ones before goes on
 * with the stream: the document's subject and period (decided on its
 * first window, FACT_HEAD bytes at most), the headings still open, the
 * company the last paragraph named, and the facts already given (each is
 * given once). A text with no blank line in FACT_WINDOW_REACH windows is
 * cut at a line end instead. Extraction reads every text this way, so the
 * same text gives the same facts whatever the window size.
 */
#define FACT_HEAD ((size_t)64 << 10)
#define FACT_WINDOW_DEFAULT ((size_t)256 << 10)
#define FACT_WINDOW_REACH 16

struct fact_stream;

/* Starts reading one document dated `report_date` (see fact_extract())
 * about `subject` (see fact_extract_about()) in windows of `window` bytes
 * (0 for FACT_WINDOW_DEFAULT; less than FACT_HEAD is taken as FACT_HEAD).
 * NULL with `e` filled on a bad date. */
struct fact_stream *fact_stream_new(const struct fact_extractor *fx, const char *report_date, int subject,
				    size_t window, struct errmsg *e);

/* Reads the next window from in[0..len), the document's text not read
 * yet; `last` says the document ends at in[len]. Appends the window's
 * facts (their offsets into the whole document) to `out` and sets *used
 * to the bytes read. *used is 0 only when `last` is 0 and in[0..len)
 * holds no place to end a window: call again with more text. Returns 0,
 * or -1 with `e` naming the document offset of a byte that is not UTF-8. */
int fact_stream_next(struct fact_stream *fs, const char *in, size_t len, int last, size_t *used,
		     struct fact_list *out, struct errmsg *e);

void fact_stream_free(struct fact_stream *fs);

/* Appends a copy of `f` (its text copied too). */
void fact_list_add(struct fact_list *l, const struct fact *f);

/* Whether two reports of one fact (same unit) can both be true. They
 * disagree when their values differ by more than 0.5% or by more than the
 * rounding their texts show (half a unit of each one's last digit: $102.5
 * billion and $102.0 billion disagree, 3920 亿 and $392 billion do not); an
 * approximate value is allowed 2%; a range or a bound agrees with any value
 * it admits. */
int fact_figures_agree(const struct fact_figure *a, const struct fact_figure *b);

/* The figure `f` states (it borrows f's qualifier). */
struct fact_figure fact_figure_of(const struct fact *f);

#endif
