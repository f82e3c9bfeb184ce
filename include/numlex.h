/*
 * The quantity lexer: finds every number in normalized text and turns it
 * into a value in base units (3920 亿美元 -> 392000000000 USD, 23.7% ->
 * 23.7 %, 250 基点 -> 2.5 pp) with its qualifier (approx, at_least,
 * at_most, range), and finds the cue words around numbers (同比, y/y,
 * 环比, up/down, 预计, guidance, ...). It knows nothing of entities or
 * metrics. Dates, period labels, stock codes, phone and ICP numbers,
 * ordinals and product names (GPT-5, H100) yield no token.
 */
#ifndef MTRACK_NUMLEX_H
#define MTRACK_NUMLEX_H

#include <stddef.h>

#include "util.h"
#include "wordtrie.h"

enum numlex_kind {
	NL_AMOUNT,   /* money: unit is a currency code */
	NL_PERCENT,  /* unit "%" */
	NL_PP,       /* percentage points (basis points are converted): unit "pp" */
	NL_MULTIPLE, /* 4 倍, 4x, doubled: unit "x" */
	NL_COUNT,    /* a scaled number with no currency (100 万亿, 1.5 million): unit "count" */
	NL_NUMBER,   /* a bare number with no unit or scale */
	NL_CUE,      /* a cue word; see enum numlex_cue */
};

/* Cue flags: one cue word may carry several (同比增长 = YOY | UP). */
enum numlex_cue {
	CUE_YOY = 1 << 0,      /* 同比, y/y, year over year */
	CUE_QOQ = 1 << 1,      /* 环比, q/q, sequentially */
	CUE_UP = 1 << 2,       /* 增长, rose, grew */
	CUE_DOWN = 1 << 3,     /* 下降, fell, declined */
	CUE_TO = 1 << 4,       /* 至, to: the next number is a level */
	CUE_ESTIMATE = 1 << 5, /* 预计, guidance, consensus */
	CUE_REVISE = 1 << 6,   /* 上调至, revised, raised */
	CUE_FROM = 1 << 7,     /* from, 由 */
	CUE_PRIOR = 1 << 8,    /* 上年同期, a year earlier */
	CUE_COMPARE = 1 << 9,  /* 高于, vs., ahead of */
	CUE_BLOCK = 1 << 10,   /* 股价, shares, valuation: not a company metric */
	CUE_IMPLIED = 1 << 11, /* implies, 对应: derived, not stated */
	CUE_CC = 1 << 12,      /* constant currency */
	CUE_COREF = 1 << 13,   /* 公司, the company, management: the company in question */
	CUE_COREF_UNIT = 1 << 14, /* the cloud unit, the segment: the business in question */
	CUE_SUBSET = 1 << 15,  /* 其中: what follows is a part */
	CUE_SEGNOUN = 1 << 16, /* 领域, 业务, segment: names a part we do not track */
	CUE_GROWTH = 1 << 17,  /* grew, 增长, growth: a change without a named metric is revenue's */
	CUE_MIXED = 1 << 18,   /* 合计, combined: a total over several entities */
	CUE_FILLER = 1 << 19,  /* total, diluted, GAAP, 单季: words that may stand before a metric */
	CUE_TOLERANCE = 1 << 20, /* plus or minus, ±, 上下浮动: a margin around a figure */
	CUE_GUIDANCE = 1 << 21,  /* 指引, guidance, outlook: the company's own (with CUE_ESTIMATE) */
	CUE_CONSENSUS = 1 << 22, /* 一致预期, consensus, the Street: analysts' (with CUE_ESTIMATE) */
	CUE_SCENARIO = 1 << 23,  /* bull case, in this scenario, 乐观情景: a hypothesis, not a forecast */
	CUE_NAMES_BEFORE = 1 << 24, /* valuation, funding, 市场规模 (with CUE_BLOCK): it names the figure
				     * before it in its clause too, and one after it past a bracket */
	CUE_ADJ = 1 << 25,       /* 升, 增, 少 (大升5%, 少52%): a cue only right before a number */
	CUE_POST = 1 << 26,      /* estimated ("$50.19 billion estimated"): a cue only right after a number */
	CUE_NAMES_PART = 1 << 27, /* 大中华区, 该游戏 (with CUE_SEGNOUN): the word is the part itself, and a
				   * clause it opens alone hands it to the rest of its sentence */
};

enum numlex_qualifier { QUAL_EXACT, QUAL_APPROX, QUAL_AT_LEAST, QUAL_AT_MOST, QUAL_RANGE };

struct numlex_token {
	size_t start, end;  /* byte span in the normalized text */
	enum numlex_kind kind;
	unsigned cue;       /* NL_CUE: enum numlex_cue flags */
	double value;       /* base units; the midpoint for a range */
	double low, high;   /* QUAL_RANGE only */
	enum numlex_qualifier qualifier;
	char unit[8];       /* USD CNY HKD EUR JPY GBP % pp x count, or "" */
	int scaled;         /* a scale word was given (亿, billion) */
	int currency_inherited; /* currency taken from an earlier amount */
	int yuan;           /* CNY from a bare 元 ("currency units"), no currency named:
	                     * whose figure it is decides (see lexicon_yuan_currency()) */
	int negative_paren; /* written as (1.2) */
	int change_word;    /* doubled, 翻倍: a change in itself */
	int moved_by;       /* said right after 上调, 下调, 提高, 增加: by how much, no level */
	int slash_group;    /* >0: member of an a/b/c list, numbered per text */
	int slash_index;    /* position in that list, from 0 */
	double resolution;  /* one unit of the last digit written, in base units
	                     * (3920 亿: 1e8; 3.92 billion: 1e7); 0 when unknown */
};

struct numlex;

/* The ISO 4217 code of the currency word t[s..e) alone (RMB, US$, 港元,
 * 新台币, dollars; spaces around it aside, Latin case folded), or NULL:
 * the lexer's own table of currency words. */
const char *numlex_currency_code(const char *text, size_t s, size_t e);

/* Compiles the lexer's patterns and tables once. Returns NULL with `e`
 * filled on failure (a bug in the tables). Release with numlex_free(). */
struct numlex *numlex_new(struct errmsg *e);

void numlex_free(struct numlex *nl);

/* Scans normalized text[0..len) and appends the tokens found, in order of
 * position, to `*tokens` (an array grown with realloc; you own it and free
 * it with free(3)); `*n` and `*cap` are its length and capacity. Reentrant:
 * a compiled lexer may be shared by several scans. Returns 0, or -1 with
 * `e` filled when a pattern fails to match (resource limits). */
int numlex_scan(const struct numlex *nl, const char *text, size_t len,
		struct numlex_token **tokens, size_t *n, size_t *cap, struct errmsg *e);

/* numlex_scan() given the matches of numlex_words(nl) over the same text,
 * in order (wordtrie_scan()'s, or a wordtrie group's): a caller scanning
 * the text with several tries does it once. `wraps[0..nwraps)`, sorted,
 * are the offsets of the line breaks a sentence runs on over (a wrapped
 * line of running text, see segment_sentences()): a cue word before one
 * still acts on the figures after it. numlex_scan() takes every line break
 * for the end of a sentence. */
int numlex_scan_with(const struct numlex *nl, const char *text, size_t len, const struct wordtrie_match *words,
		     size_t nwords, const size_t *wraps, size_t nwraps, struct numlex_token **tokens, size_t *n, size_t *cap, struct errmsg *e);

/* The trie of the words numlex_scan_with() wants the matches of. */
const struct wordtrie *numlex_words(const struct numlex *nl);

/* The name of a token kind ("amount", "percent", ...). */
const char *numlex_kind_name(enum numlex_kind k);

/* The name of a qualifier ("exact", "approx", ...). */
const char *numlex_qualifier_name(enum numlex_qualifier q);

/* Writes the cue flags as names separated by '|' into out. */
void numlex_cue_names(unsigned cue, char *out, size_t outlen);

#endif
