/*
 * Fact assembly (see fact.h). The text is normalized, then three lexers
 * run over it: quantities and cue words (numlex), periods (period) and
 * entity and metric aliases (lexicon). Their tokens are merged in text
 * order and walked sentence by sentence with a small state: the current
 * entity, metric and period, carried from clause to clause and, within a
 * paragraph, from sentence to sentence. Each quantity then takes the
 * nearest preceding entity, metric and period (or, when its clause names
 * none before it, the one that follows it in the clause), and its kind
 * from the cue words beside it. Anything it cannot attach with confidence
 * is left out with a reason: a wrong number is worse than a missing one.
 */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "fact.h"
#include "frame.h"
#include "layout.h"
#include "numlex.h"
#include "period.h"
#include "segment.h"
#include "table.h"
#include "textnorm.h"
#include "wordtrie.h"
#include "banned.h"

/* Section headings before a colon ("盈利预测：", "Outlook:"): the
 * sentence goes on about the subject said before. */
static const char *const sections[] = {
	"事件", "点评", "预测", "建议", "提示", "观点", "要点", "业绩", "财报", "摘要", "结论", "数据",
	"盈利预测", "财务预测", "业绩预测", "投资要点", "业绩回顾", "盈利预测与投资建议", "盈利预测与估值", "投资评级",
	"事件点评", "核心逻辑", "业绩点评", "经营分析", "财务分析",
	/* the outlook and the look back, often after a period (四季度指引：) */
	"指引", "业绩指引", "公司指引", "管理层指引", "展望", "业绩展望", "经营展望", "前瞻", "回顾", "季度回顾",
	"指引与展望", "展望与指引",
	"评级", "估值", "风险", "outlook", "guidance", "highlights", "summary", "takeaway", "bottom line",
	/* the side of the accounts a point is on: 收入端, 利润端, 分业务 */
	"收入端", "利润端", "成本端", "费用端", "分业务", "业务端", "核心观点", "投资建议",
	"note", "notes", "update", "updates", "result", "results", "earnings", "key points", "risks",
	"valuation", "event", "events", "comment", "comments", "takeaways", "highlight",
	/* a press release's labelled bullets: "Cash Flow: Operating cash flow ..." */
	"cash flow", "cash flows", "earnings per share", "operating margin", "gross margin", "margins",
	"remaining performance obligation", "remaining performance obligations", "capital returns",
	"capital return", "shareholder returns", "returns to shareholders", "dividends", "liquidity",
	"balance sheet", "segment results", "financial highlights", "business highlights", "operating highlights",
	"key metrics", "quarterly highlights", "full year", "full-year", "fiscal year", "first quarter",
	"second quarter", "third quarter", "fourth quarter", "quarter", "profitability", "bookings",
	"customers", "subscribers", "users", "capital expenditures", "share repurchases", "buybacks",
	/* a summary's labels before its figures (业绩概览：营收 …) */
	"业绩概览", "财务数据", "核心数据", "主要数据", "关键数据", "财务表现", "整体", "总体", "公司整体", "集团",
	"合计", "总计", "全年", "单季", "单季度", "本季度", "盈利能力", "经营数据", "经营情况", "业绩情况",
	/* (盈利：净亏损3.146亿美元 — the side of the accounts, in a word) */
	"盈利", "利润", "亏损", "收入", "营收", "现金流", "支出",
	"overview", "financial results", "total", "consolidated", "company", "group",
	/* a note's bullets on a side of the accounts (■ 现金流：四季度资本开支 …) */
	"现金流", "现金", "利润", "收入", "营收", "费用", "成本", "毛利", "回购", "分红", "股东回报", "资产负债表",
	"看点", "亮点", "核心看点", "主要看点", "其他", "财务", "运营", "运营数据",
	"our view", "our take", "view", "take", "why it matters", "the numbers", "numbers", "details",
	"我们的观点", "我们认为",
	/* a byline's labels (分析师：钱思远): a person or a source, no company */
	"分析师", "研究员", "联系人", "作者", "编辑", "记者", "来源", "撰文", "责任编辑", "analyst", "analysts", "author",
	"editor", "source",
};
/* A headline's bullets open on the company's verb: "Raises FY26 Revenue
 * Guidance to ...", "Delivers record revenue": no name stands before it. */
static const char *const headline_verbs[] = {
	"raises", "reports", "delivers", "posts", "achieves", "announces", "expects", "reaffirms",
	"updates", "lowers", "maintains", "returns", "increases", "initiates", "narrows", "sees", "grows",
	"generates", "records", "exceeds", "provides", "issues", "declares", "repurchased", "returned", "guides",
};
/* Openers of a Chinese sentence that are no name (公司, 其中, 今年, 预计):
 * they say nothing of the subject. */
static const char *const cjk_openers[] = {
	"公司", "该公司", "集团", "本集团", "其", "我们", "我司", "预计", "预期", "期内", "报告期", "本报告期",
	/* 归属于普通股股东的净利润: whose share of the profit, not a name */
	"归属于", "归属", "股东应占", "普通股股东",
	"报告期内", "本期", "本季",
	"当季", "单季", "此外", "另外", "同时", "其中", "当中", "整体", "总体", "合计", "截至", "截止", "据", "根据",
	"受", "由于", "在", "从", "今年", "去年", "明年", "全年", "上半年", "下半年", "前三季度", "季度",
	"同期", "目前", "当前", "此前", "随后", "之后", "最终", "市场", "管理层", "分业务", "分部门", "分地区",
	"季末", "期末", "年末", "季度末", "月末", "该季度", "本季度", "当季度", "该季", "摊薄后", "稀释后",
	/* the metric said before (该指标预计约为14.3%) */
	"该指标", "这一指标", "此指标", "这个指标", "这项指标",
	/* modifiers of a metric, not names: 稀释每股收益, 经调整净利润 */
	"稀释", "摊薄", "基本", "经调整", "调整后", "经调整后", "归母", "单季度", "累计", "国内", "海外", "境内", "境外",
	/* the accounting a figure is in: 非公认会计准则净利润 (non-GAAP) */
	"非公认会计准则", "公认会计准则", "按非公认会计准则", "非通用会计准则", "非国际财务报告准则",
	"国际财务报告准则", "按公认会计准则",
	/* who spoke for the company: 他并预期, 董事长表示, 财务长指出 */
	"他", "她", "并", "也", "还", "董事长", "总裁", "首席", "执行长", "财务长", "总经理", "发言人",
	/* prepositions and a note's own section words: 对于 FY25Q3,公司…,
	 * 业绩展望, 财报表现 */
	"对于", "关于", "就", "业绩", "财报", "财务",
	/* pointing back: 这一RPO规模, 此收入 */
	"这一", "这", "此", "上述",
};

/* Which trie of the extractor's group each word list is. */
enum { WORDS_NUMLEX, WORDS_PERIOD, WORDS_JUNK, WORDS_LEXICON, WORDS_N };

struct fact_extractor {
	const struct lexicon *lx;
	struct numlex *nl;
	struct period_scanner *ps;
	struct segmenter *sg;
	struct wordtrie *sections;
	struct wordtrie *cjk_openers;
	/* the word lists every text is scanned for, in one pass: */
	struct wordtrie_group *words;
	const struct wordtrie *tries[WORDS_N]; /* the group's tries, one by one */
};


enum tok_type { T_QTY, T_CUE, T_PERIOD, T_DATE, T_OTHER, T_ENTITY, T_METRIC };

struct tok {
	size_t start, end;
	enum tok_type type;
	int idx;
	int clause;
};

struct pref {
	struct period_expr expr;
	int prev;
	int est;  /* the basis of the first fact that took it, -1 before */
	int temp; /* pushed for one quantity only: never cached */
	int named; /* the company it was named with (whose calendar it was said in), -1 none */
	int now;   /* said as this quarter (本季度, this quarter), not that one (当季, the quarter);
		    * 2 in a forecast's words (预计本季度, expects this quarter) */
	int reported; /* a figure was read in it as reported */
	int forecast; /* said in a forecast's words (forecast_said()) */
	int said_prev; /* said as the one before (上财季), then dated by its last day */
	size_t said_s, said_e; /* the sentence it was said in, in this window (said_against_year_ago()) */
	int base_of_last; /* the quarter before, said as a base (由上一季度的) where the paragraph named no
			   * period yet: before the quarter the text named last */
};

/* A resolved period, kept for the paragraph: most quantities of a
 * paragraph share a few periods and an entity or two. */
struct resolved {
	int per;
	const struct fiscal_calendar *cal;
	int estimate, rc;
	struct period p;
};

/* Everything one extraction works on. */
struct job {
	const struct fact_extractor *fx;
	const struct textnorm *tn;
	const struct layout_line *lines; /* the window's lines, and the one of the sentence read */
	size_t line;
	const char *t;
	const char *orig;
	struct date ref;
	struct numlex_token *q;
	size_t nq, capq;
	struct period_span *ps;
	size_t nps, capps;
	struct lexicon_match *lm;
	size_t nlm, caplm;
	struct tok *toks;
	size_t ntoks, captoks;
	struct pref *pers;
	size_t npers, cappers;
	struct fact_list *out;
	size_t sent_start, sent_end;
	size_t sent_orig_start, sent_orig_end; /* the same in the original text, */
	int sent_orig_known;                   /* once asked for */
	struct fact_stream *fs; /* the document this window is of */
	struct resolved cache[16]; /* this paragraph's resolved periods, round robin */
	int doc_subject;           /* the document's subject, -1 none (a report on several companies) */
	int reported_ps;           /* the period span an actual figure before it was read in, -1 none */
	int awaits;                /* awaits_results(), once asked: -1 not yet */
	int reported_quarterly;    /* reports_quarterly(), once asked: -1 not yet */
	int doc_companies;         /* the companies (top-level) its first window names as subjects, 2 for several */
	int own_voice;             /* the document is the company's own (its release, its call): "we" is the subject */
	int fiscal_years;          /* it counts its company's years as the company does (says_fiscal_years) */
	size_t tlen;               /* the window's text is t[0..tlen) */
	uint64_t *labels;          /* the hashes of the labels its lines open on (Anat Ashkenazi:), sorted */
	size_t nlabels;
	int labels_read;           /* labels[] and transcript are set */
	int transcript;            /* the window is a call's transcript (transcript()) */
	const char *stage;         /* the stage deciding now, for the candidates it leaves out */
	struct yuan_decl {         /* the brackets that declare what a bare 元 is (yuan_declared()) */
		size_t at;
		char cur[8];
		int root;          /* whose figures: the company of the figure it follows, -1 not yet read */
		int bare;          /* the figure it follows was written without 元: 697.87亿(美元,下同) */
	} decl[8];
	size_t ndecl;
	size_t excl_sent;          /* the sentence (its start + 1) excl_may was looked for in (in_excluding()) */
	int excl_may;              /* whether it holds what a word of taking out needs */
	size_t sent_pair;          /* the sentence's first 分别 or "respectively", SIZE_MAX none */
	int sent_pair_after;       /* its figures follow it (分别) */
	size_t ncache;
};

struct last_fact {
	int valid;
	int ent, met;
	int per_index;        /* the job.pers entry its period came from, -1 another way */
	struct period period; /* as resolved */
	size_t qend;          /* where its figure ends in the window's text */
	char kind[8];
	char unit[8];
	double value;         /* in base units */
};

struct state {
	int ent;        /* -1 none, -2 several at once */
	int ent_before_mixed;
	int ent_before_unit; /* the company "this segment" set aside for its sentence, -1 none */
	int blocked;    /* what follows belongs to a part we do not track */
	int block_clause; /* the clause that named the part */
	int block_sentence; /* the part is what the whole sentence turns to (三星晶圆代工方面，) */
	int block_counted;  /* and was named as what a count counted (售出419.9万台Mac): it holds past a ； */
	int block_named;  /* the part was named right after its company (part_named_after) */
	size_t metric_through; /* a metric said with its part's words after it ends here (Sales in the data center segment) */
	size_t seg_words_s, seg_words_e; /* the words before the "segment" that blocked the clause */
	size_t block_pos;  /* where the part was named */
	size_t block_through; /* the part's name ends here ("revenue from Microsoft Cloud": the company's name in it ends nothing) */
	char block_reason[96];
	int met, met_sign;
	int per;        /* index into job.pers, -1 none */
	int sentence_pers; /* job.pers from this index on came in this sentence */
	int weak_met;   /* the metric before a new entity was named: a fallback for amounts */
	int base_pending, base_restore; /* 较 2024 年的 X: a period for one number only */
	int base_tail, base_tail_restore; /* the sentence ended on the period of a base ("from 20.0% in
					   * the prior year"), and the period before it */
	int base_ps;       /* that period (an index into job.ps) */
	int base_moved;    /* a word of change came after it: 较 7 月增长 33% */
	int change_base;   /* the base the figure being read is a change against, -1 none */
	int sentence_met_seen;
	int clause, clause_met_seen, clause_per_seen, clause_block, clause_implied;
	int est_seen, revise_seen, yoy_seen;
	size_t est_cue;  /* the token of the last cue that set est_seen */
	size_t est_cue_before; /* and of the one that set it before that cue, SIZE_MAX none */
	int comparing;  /* the quantity being emitted follows a comparison cue */
	int opens_prior; /* the sentence opens on "a year ago", 去年同期 */
	int consensus_sentence; /* the sentence opens on analysts' expectations */
	int frame_ent;  /* what the paragraph's frame is about: restored after a doubt, -1 none */
	int part_met;     /* the metric a part not in the lexicon was last said with, -1 none */
	size_t para_facts; /* how many facts were out when the text's paragraph began */
	int sentence_base;  /* the base an opening clause set for the sentence's changes (与…相比，), -1 none */
	int level_base;     /* the base whose own level a figure just gave (相比第一季度的232.9亿元), -1 none, */
	int level_base_clause; /* and that figure's clause: a change after it there is against that base */
	int item_ent;     /* the subject before the sentence began: an item of a run-in list keeps it */
	int ent_from_frame; /* ent is the frame's, not named in the text */
	int ent_clause;     /* the clause that named it */
	int ent_named;      /* this sentence named a company */
	int list[8], nlist; /* the companies a list named (腾讯、阿里巴巴、百度), in order */
	size_t list_end;    /* the token after the list */
	int list_paired;    /* its sentence says 分别 or respectively after it */
	int doubt;       /* this sentence's subject is a name we do not know */
	int doubt_left_out; /* and a figure of it was left out for that */
	int variant_at;     /* the token of the sentence's figure left out as a variant (constant currency), -1 none */
	int part_left_sentence; /* a figure of the sentence was left out as a part's */
	int part_left_said;     /* or of the statement, before a ； that went on with it */
	size_t head_label_s, head_label_e; /* the label of the paragraph's heading ("数据中心:…"), if any */
	int head_label_named; /* it names a part by a name of its own ("Microsoft Cloud (微軟雲端)") */
	int para_root, prev_para_root; /* the one company this paragraph and the one before named, -1 none, -2 several */
	int para_reported; /* a figure of this paragraph took the quarter the text reported, naming none */
	int subset_restore; /* the company to go back to after a sentence on a part named after 其中, -1 */
	size_t customers_sentence; /* the sentence (its start + 1) searched for customers, 0 none, */
	size_t customers_first;    /* and where its first word for them ends, SIZE_MAX none */
	int base_tok;       /* the period token that dates a figure a change was from, -1 none, */
	int base_entry;     /* and its entry, once read */
	int para_scenario, scenario; /* the paragraph opens on a bull or bear case; this sentence is one's */
	size_t bracket_close; /* where an aside that named a period closes, 0 none */
	int bracket_forecast; /* and it followed a forecast */
	int bracket_restore;  /* the period entry to go back to past it */
	int part_heading; /* the heading line whose words named a part a sentence under it named: its section is the part's */
	int after_doubt; /* the frame's subject came back after such a sentence */
	int frame_est;  /* the list's lead said its figures are expected (Microsoft expects:): a basis */
	int frame_per;  /* the period entry the paragraph's frame gave, -1 none */
	int frame_ahead, frame_ahead_basis; /* that entry when an outlook heading gave it still to come, and the basis */
	int topic;      /* the sentence before named a part and stated nothing ("Turning to Google Cloud.") */
	int chain_pers; /* the first period entry of the sentence a ；-joined one goes on from */
	int guidance_seen;    /* the sentence gave the company's own outlook (指引, Microsoft expects) */
	int consensus_clause; /* the clause that said consensus (一致预期), -1 none */
	int per_share_aside;  /* the figure being emitted is an amount per share said beside another */
	int soft;             /* this sentence goes on from the one before past a ；*/
	int met_adjusted;     /* the metric was said adjusted: Non-GAAP 毛利率, non-IFRS net income */
	int met_annual;       /* the metric was said as a year's: Azure年營收, 全年收入 */
	int met_from_lead;    /* the metric is the one a list's lead line named, for its item */
	size_t change_against; /* a change dropped as set against another measure's level (+1; 0 none) */
	int opens_adjusted;   /* the sentence's first clause says adjusted (adjusted_opener) */
	int para_adjusted;    /* a label of the paragraph, ended on its colon, said the items after it are
			       * adjusted ("按非通用会计准则…:") */
	int aside_clause;     /* the clause of an aside about the subject ("Anthropic's coding agent"), -1 none */
	int prior_seen;       /* the sentence has said "a year ago" of a figure */
	int mixed_seen;       /* the sentence has said its figures are totals over several (combined, 合计) */
	int met_unknown;      /* the sentence's figures measure something the lexicon does not know */
	struct last_fact last;
	struct last_fact before_last; /* the figure given before it in the sentence */
	struct last_fact sentence_before; /* the last figure of the sentence before, same paragraph */
	struct last_fact para_level;  /* the paragraph's last level so far */
	struct last_fact sentence_latest; /* the sentence's level of the latest period so far */
	struct last_fact before_latest;   /* and the sentence before's */
	struct last_fact para_actual; /* and its last actual one */
};

/* The state at the end of a line that introduces a list ("For the second
 * quarter ..., Microsoft expects:"): each item starts from it. */
struct lead_state {
	int line; /* -1 none */
	int ent, per, est;
	int met, met_sign; /* the metric it named ("OpenAI's revenue path looks like this:"), -1 none */
	int epoch;        /* which run of job.pers per indexes (they start again at each paragraph) */
	struct pref pref; /* its period entry, for an item after the run it indexes is over */
};

/* The hashes of the facts a document gave, in shards that each grow on
 * their own: a long document's set never has its whole self copied at
 * once, so its peak memory is little over its size. Open addressing. */
#define SEEN_SHARDS 256
struct seen_shard {
	uint64_t *slot;
	uint32_t n, cap;
};

/* A period a frame holds, kept from one window to the next (a window's
 * own periods are indices into its list, which the next does not have). */
struct carried_period {
	int valid;
	struct period_expr expr;
};

/* One document read in windows (see fact.h): what goes on from one to
 * the next, and the working arrays each window reuses. */
/* An adjusted figure kept back until the document's end, and its
 * quantity's text (for the candidate it becomes when its twin comes). */
struct held_fact {
	struct fact f;
	char *quantity;
};

struct fact_stream {
	const struct fact_extractor *fx;
	struct date ref;
	size_t window;
	size_t offset;               /* where the next window starts in the document */
	struct frame_doc doc;        /* decided by the first window */
	struct layout_page page;     /* a side column on the left, decided on the first window's head */
	struct carried_period doc_period, open_period[3];
	struct carried_period last_quarter; /* the quarter the text named last ("in the quarter" after it) */
	struct carried_period results_quarter; /* the quarter whose results the text says were announced
						* (公布…第4季度业绩), */
	int results_para;                      /* in which paragraph */
	struct period_expr quarter_said; /* a yearless quarter the text labelled (Q2(FY25Q4)): its number, */
	struct period_expr quarter_meant; /* and the label, which it means again when said alone; type 0 none */
	struct date last_reported;   /* the end of the last quarter a figure was stated as reported for, y 0 none, */
	int last_reported_root;      /* and whose */
	char doc_currency[8];        /* the currency of the amounts given so far, "" none */
	char yuan_declared[8];       /* what a bare 元 is, as an earlier window declared it, "" none, */
	int yuan_declared_root;      /* and for whose figures */
	int yuan_declared_bare;      /* and of bare 亿 too (struct yuan_decl) */
	int currencies_mixed;        /* and whether they came in more than one */
	struct period outlook;       /* the period still to come the last forecast was of, */
	int outlook_root;            /* whose (-1 none), */
	unsigned long outlook_para;  /* and the paragraph it was given in */
	unsigned long paragraphs;    /* the paragraphs begun so far */
	struct layout_carry layout;
	int para_root;               /* the one company the last paragraph named, -1 none, -2 several */
	int doubt;                   /* whether the text's last sentence opened on a name we do not know */
	int companies;               /* the companies its first window names as subjects, 2 for several */
	int own_voice;               /* see struct job, decided by the first window */
	int fiscal_years;            /* see struct job, decided by the first window */
	int fiscal_prose;            /* and the company speaks (its release, its filing): so do its sentences */
	int fiscal_quarters;         /* the note counts its company's quarters as the company does (3Q26 its own) */
	int quarters_civil;          /* its 二季度 (period_expr.either) are the calendar's, not its company's */
	int preview;                 /* its head calls it a preview (of doc_period) */
	struct seen_shard seen[SEEN_SHARDS];
	struct seen_shard reported[SEEN_SHARDS]; /* the reported (not adjusted) figures given so far (figure_hash) */
	struct seen_shard exact[SEEN_SHARDS];    /* those of them given exactly (figure_hash with the kind) */
	struct seen_shard fine[SEEN_SHARDS];     /* those of them written to their last unit (4,341 millions) */
	struct seen_shard given[SEEN_SHARDS];    /* the keys of the facts given so far, whatever their value, */
	size_t ngiven;                           /* how many (at most GIVEN_MAX) */
	struct held_fact *held;      /* adjusted or rounded figures whose twin may come later (hold_twins) */
	size_t ncoarse;              /* the coarse ones held so far (at most HELD_COARSE_MAX) */
	size_t nheld, capheld;
	struct wordtrie_found words[WORDS_N];
	struct numlex_token *q;
	size_t capq;
	struct period_span *ps;
	size_t capps;
	struct lexicon_match *lm;
	size_t caplm;
	struct tok *toks;
	size_t captoks;
	struct pref *pers;
	size_t cappers;
	struct sentence *sents;
	size_t capsents;
	size_t *wraps;  /* the line breaks its sentences run on over */
	size_t capwraps;
	struct layout_line *lines;
	size_t caplines;
};

struct fact_extractor *fact_extractor_new(const struct lexicon *lx, struct errmsg *e)
{
	struct fact_extractor *fx = xcalloc(1, sizeof(*fx));
	fx->lx = lx;
	fx->nl = numlex_new(e);
	if (fx->nl)
		fx->ps = period_scanner_new(e);
	fx->sg = segmenter_new();
	fx->sections = wordtrie_of(sections, ARRAY_SIZE(sections));
	fx->cjk_openers = wordtrie_of(cjk_openers, ARRAY_SIZE(cjk_openers));
	if (!fx->ps) {
		fact_extractor_free(fx);
		return NULL;
	}
	const struct wordtrie *tries[WORDS_N] = { numlex_words(fx->nl), period_triggers(fx->ps),
						  segment_junk_words(fx->sg), lexicon_words(lx) };
	memcpy(fx->tries, tries, sizeof(tries));
	/* an empty lexicon has no trie: the group is one short, its list empty */
	fx->words = wordtrie_group_new(tries, tries[WORDS_LEXICON] ? WORDS_N : WORDS_N - 1);
	return fx;
}

void fact_extractor_free(struct fact_extractor *fx)
{
	if (!fx)
		return;
	numlex_free(fx->nl);
	period_scanner_free(fx->ps);
	segmenter_free(fx->sg);
	wordtrie_free(fx->sections);
	wordtrie_free(fx->cjk_openers);
	wordtrie_group_free(fx->words);
	free(fx);
}

void fact_list_add(struct fact_list *l, const struct fact *f)
{
	GROW(l->items, l->cap, l->n + 1);
	l->items[l->n] = *f;
	l->items[l->n].text = xstrdup(f->text ? f->text : "");
	l->n++;
}

void fact_list_free(struct fact_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].text);
	for (size_t i = 0; i < l->ncands; i++) {
		free(l->cands[i].quantity);
		free(l->cands[i].sentence);
	}
	free(l->items);
	free(l->cands);
	memset(l, 0, sizeof(*l));
}

void fact_list_clear(struct fact_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->items[i].text);
	for (size_t i = 0; i < l->ncands; i++) {
		free(l->cands[i].quantity);
		free(l->cands[i].sentence);
	}
	l->n = l->ncands = 0;
}

/* ---- tokens ---- */

static int cmp_tok(const void *a, const void *b)
{
	const struct tok *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end > y->end ? -1 : x->end < y->end;
}

static void add_tok(struct job *j, size_t s, size_t e, enum tok_type type, int idx)
{
	GROW(j->toks, j->captoks, j->ntoks + 1);
	struct tok *t = &j->toks[j->ntoks++];
	t->start = s;
	t->end = e;
	t->type = type;
	t->idx = idx;
	t->clause = 0;
}

static int overlaps(size_t a, size_t b, size_t c, size_t d)
{
	return a < d && c < b;
}

/* "Gross margin for the first half was 66.6%, compared with 76.6% in the
 * prior-year period", "for the nine months ended October 31, 2025 ...
 * during the same period a year ago": a period a year back said as a
 * "period" is of the kind of the period said just before it (the lexer
 * reads it a quarter), in the same paragraph. */
static void year_back_periods(struct job *j)
{
	for (size_t i = 1; i < j->nps; i++) {
		struct period_span *sp = &j->ps[i];
		const struct period_span *before = &j->ps[i - 1];
		if (sp->kind != PSPAN_PERIOD || sp->expr.rel != PREL_YEAR_BACK || before->kind != PSPAN_PERIOD ||
		    (before->expr.type != PERIOD_HALF && before->expr.type != PERIOD_YEAR && before->expr.type != PERIOD_YTD) ||
		    before->expr.rel == PREL_YEAR_BACK || sp->start - before->end > 300 ||
		    span_find(j->t, before->end, sp->start, "\n\n", 0) != SIZE_MAX ||
		    !span_contains(j->t, sp->start, sp->end, "period", 1))
			continue;
		sp->expr.type = before->expr.type;
		if (sp->expr.type == PERIOD_YTD)
			sp->expr.index = before->expr.index; /* the months it covers */
	}
}

/* Whether the company named right before t[pos] is the publisher of the
 * story, its dateline's credit: "腾讯科技讯 据外媒报道,Facebook…" is
 * Tencent's news desk on Facebook. */
static int names_publisher(const char *t, size_t pos, size_t len)
{
	static const char *const desks[] = { "科技讯", "财经讯", "证券讯", "新闻讯", "网讯", "讯" };
	for (size_t i = 0; i < ARRAY_SIZE(desks); i++) {
		size_t n = strlen(desks[i]);
		if (pos + n < len && !memcmp(t + pos, desks[i], n) &&
		    (t[pos + n] == ' ' || t[pos + n] == ':' || t[pos + n] == '('))
			return 1;
	}
	return 0;
}

/* Merges the three lexers' output. Where they overlap: an alias or a
 * period beats a cue word inside it (数据中心业务收入 is a metric, not
 * 业务), and a period or date beats a number inside it. */
static void merge_tokens(struct job *j)
{
	size_t a = 0, b = 0;
	for (size_t i = 0; i < j->nq; i++) {
		const struct numlex_token *q = &j->q[i];
		int drop = 0;
		while (a < j->nps && j->ps[a].end <= q->start)
			a++;
		for (size_t k = a; k < j->nps && j->ps[k].start < q->end && !drop; k++)
			if (overlaps(q->start, q->end, j->ps[k].start, j->ps[k].end)) {
				/* a number whose digits lie in a period is part of it */
				if (q->kind == NL_CUE)
					drop = !(q->cue & (CUE_YOY | CUE_QOQ));
				else
					drop = !(j->ps[k].kind == PSPAN_PERIOD && j->ps[k].expr.type == PERIOD_YEAR &&
						 !j->ps[k].expr.fiscal && j->ps[k].end - j->ps[k].start < 5);
			}
		/* each lexer's spans are sorted and do not overlap each other, so
		 * one cursor per list finds the overlaps in a single sweep */
		while (b < j->nlm && j->lm[b].end <= q->start)
			b++;
		if (!drop && q->kind == NL_CUE && b < j->nlm && j->lm[b].start < q->end)
			drop = 1;
		if (!drop)
			add_tok(j, q->start, q->end, q->kind == NL_CUE ? T_CUE : T_QTY, (int)i);
	}
	size_t c = 0;
	b = 0;
	year_back_periods(j);
	for (size_t i = 0; i < j->nps; i++) {
		enum tok_type t = j->ps[i].kind == PSPAN_PERIOD ? T_PERIOD :
				  j->ps[i].kind == PSPAN_DATE ? T_DATE : T_OTHER;
		int drop = 0;
		/* from the previous quarter is a change's base, not a period */
		while (c < j->nq && j->q[c].end <= j->ps[i].start)
			c++;
		for (size_t k = c; k < j->nq && j->q[k].start < j->ps[i].end && !drop; k++)
			if (j->q[k].kind == NL_CUE && (j->q[k].cue & (CUE_YOY | CUE_QOQ)))
				drop = 1;
		while (b < j->nlm && j->lm[b].end <= j->ps[i].start)
			b++;
		if (b < j->nlm && j->lm[b].start < j->ps[i].end)
			drop = 1;
		if (!drop)
			add_tok(j, j->ps[i].start, j->ps[i].end, t, (int)i);
	}
	size_t nfirst = j->ntoks;
	for (size_t i = 0; i < j->nlm; i++)
		if (j->lm[i].is_metric || !names_publisher(j->t, j->lm[i].end, j->tn->len))
			add_tok(j, j->lm[i].start, j->lm[i].end, j->lm[i].is_metric ? T_METRIC : T_ENTITY, (int)i);
	/* three runs, each in order (quantities and cues, periods, aliases):
	 * a merge puts them in text order */
	size_t nq_toks = 0;
	while (nq_toks < nfirst && j->toks[nq_toks].type != T_PERIOD && j->toks[nq_toks].type != T_DATE &&
	       j->toks[nq_toks].type != T_OTHER)
		nq_toks++;
	struct tok *merged = xmalloc((j->ntoks + 1) * sizeof(*merged));
	size_t runs[3][2] = { { 0, nq_toks }, { nq_toks, nfirst }, { nfirst, j->ntoks } };
	for (size_t k = 0; k < j->ntoks; k++) {
		int pick = -1;
		for (int r = 0; r < 3; r++)
			if (runs[r][0] < runs[r][1] &&
			    (pick < 0 || cmp_tok(&j->toks[runs[r][0]], &j->toks[runs[pick][0]]) < 0))
				pick = r;
		merged[k] = j->toks[runs[pick][0]++];
	}
	free(j->toks);
	j->toks = merged;
	j->captoks = j->ntoks + 1;
	/* a bare year inside a quantity's span (rare) loses to the quantity */
	size_t w = 0;
	for (size_t i = 0; i < j->ntoks; i++) {
		if (w && j->toks[i].start < j->toks[w - 1].end && j->toks[i].type != T_CUE &&
		    j->toks[w - 1].type != T_CUE)
			continue;
		j->toks[w++] = j->toks[i];
	}
	j->ntoks = w;
}

/* ---- helpers ---- */

static const struct numlex_token *qtok(const struct job *j, const struct tok *t)
{
	return &j->q[t->idx];
}

static unsigned cue_of(const struct job *j, const struct tok *t)
{
	return t->type == T_CUE ? j->q[t->idx].cue : 0;
}

static int is_cjk_at(const char *s, size_t i, size_t end)
{
	unsigned char c = (unsigned char)s[i];
	return c >= 0xE3 && c <= 0xE9 && i + 3 <= end;
}

static void add_candidate(struct job *j, const struct tok *t, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A new unresolved candidate for the quantity at orig[start..end) of the
 * original text; the caller fills its sentence and reason. */
static struct candidate *new_candidate(struct job *j, size_t start, size_t end)
{
	struct fact_list *l = j->out;
	GROW(l->cands, l->capcands, l->ncands + 1);
	struct candidate *c = &l->cands[l->ncands++];
	c->start = start;
	c->end = end;
	c->quantity = xstrndup(j->orig + start, end - start);
	c->stage = j->stage ? j->stage : "attach";
	return c;
}

/* The sentence's span in the original text, looked up once per sentence
 * and only for one that yields a fact or a candidate. */
static void sent_orig(struct job *j)
{
	if (!j->sent_orig_known) {
		j->sent_orig_start = textnorm_orig(j->tn, j->sent_start);
		j->sent_orig_end = textnorm_orig(j->tn, j->sent_end);
		j->sent_orig_known = 1;
	}
}

static void add_candidate(struct job *j, const struct tok *t, const char *fmt, ...)
{
	if (!j->out->want_candidates)
		return;
	struct candidate *c = new_candidate(j, textnorm_orig(j->tn, t->start), textnorm_orig(j->tn, t->end));
	sent_orig(j);
	size_t ss = j->sent_orig_start, se = j->sent_orig_end;
	c->sentence = xstrndup(j->orig + ss, se - ss);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->reason, sizeof(c->reason), fmt, ap);
	va_end(ap);
}

/* Words that may stand between an entity or period and a metric without
 * making it a part's metric. */
static const char *const latin_ok[] = {
	"the", "a", "an", "of", "its", "their", "and", "with", "was", "were", "is", "are", "in",
	"on", "for", "at", "as", "by", "that", "which", "also", "has", "had", "have", "s", "while",
	"whose", "this", "posted", "delivered", "generated", "recorded", "achieved", "saw", "said",
	"announced", "now", "said", "says", "sees", "reports", "reporting", "q", "quarter", "year",
	"fiscal", "full", "first", "second", "third", "fourth", "half", "strong", "solid", "higher",
	"lower", "but", "so", "far", "to", "expects", "guides", "guided", "overall", "group", "company",
	"total", "combined", "net", "fy", "cy", "ended", "ending", "period",
	/* "the Facebook and Instagram parent": the company that owns them */
	"parent",
	/* when it was said: "Microsoft said on Wednesday capital expenditures" */
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
	/* of when: "January revenues reaching NT$401.26 billion" */
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december",
	/* accounting bases, which qualify a metric and name no part */
	"gaap", "non-gaap", "ifrs", "non-ifrs", "adjusted",
};

/* What a part is, said after its name ("Azure cloud", "AWS segment"). */
static const char *const kind_of_part[] = { "cloud", "segment", "unit", "business", "division", "platform" };

static const char *const latin_part_nouns[] = {
	"cloud", "advertising", "ad", "ads", "services", "service", "subscription", "subscriptions",
	"gaming", "hardware", "software", "product", "products", "devices", "device", "search", "accessories",
	"platform", "platforms", "international", "domestic", "online", "retail", "commerce",
	"segment", "unit", "business", "marketing", "ai", "automotive", "consumer", "enterprise",
	"mobile", "china", "iphone", "ipad", "mac", "wearables", "office", "windows", "xbox", "sellers", "seller",
	"youtube", "instagram", "whatsapp", "azure", "gpu", "licensing", "wechat", "weixin",
	/* a chipmaker's segments: "embedded revenue was roughly flat" */
	"embedded", "client", "networking", "compute", "storage", "memory", "payments", "entertainment",
	/* "professional visualization revenue", "graphics revenue", "foundry revenue" */
	"visualization", "graphics", "foundry",
	/* Broadcom's "semiconductor solutions revenue" */
	"semiconductor", "semiconductors", "solutions",
	/* "a 76% gain in chip sales to $5.63 billion" beside software sales */
	"chip", "chips",
	/* "core revenue up 830%": the core business's, not the company's */
	"core",
	/* "Other revenue estimate: $286.4 million": what falls outside the
	 * named lines, not the whole */
	"other",
};

static const char *const cjk_ok[] = {
	"为", "在", "其", "占", "及", "和", "与", "对", "中", "是", "将", "之", "由", "把", "达", "则",
	/* (与上年同期的48.26亿美元相比增长16%: set against the figure before) */
	"相比", "相较", "相比较", "比较", "对比",
	/* this, the whole (本集团收入, 全集团) */
	"本", "该", "全", "整个",
	/* the period or the form a figure is of: 该季度营收, 摊薄后每股收益 */
	"该季度", "本季度", "当季度", "该季", "摊薄后", "稀释后", "调整后的",
	/* when a stock stands: 季末积压订单 */
	"季末", "期末", "年末", "季度末", "报告期末", "月末", "末",
	"方面", "上", "继续", "同样", "亦", "也", "均", "合计", "单月", "期内", "至", "创", "方",
	"截至", "旗下", "报告期内", "对应", "带动", "推动", "包括", "其中", "当中", "实现", "录得", "达到",
	/* the company's own platforms, all of them: 各平台处理的 token */
	"平台", "各平台", "全平台", "旗下平台", "其平台",
	/* what kind of figure, not whose: 稀释每股收益, 合并营收, 经调整净利润 */
	"稀释", "摊薄", "基本", "经调整", "调整后", "经调整后", "后", "归母", "合并", "综合", "整体", "总", "单季", "单季度",
	/* 净营收: net revenue, the revenue */
	"净", "总净",
	/* a note's numbered section run into its first line: "01利润表现营业收入
	 * 1437.56亿美元", "02业务关键数据" */
	"利润表现", "业绩表现", "财务表现", "经营表现", "盈利表现", "收入表现", "关键数据", "业务关键数据",
	"主要财务数据", "核心财务数据",
	"月度", "季度", "累计", "同口径",
	/* in what currency: 美元营收 is the revenue counted in dollars */
	"美元", "新台币", "人民币", "港元",
	/* 以美元计算营收 (the lexer reads 美元计 as the currency) */
	"算", "美元计算", "以美元计算", "按美元计算", "新台币计算", "以新台币计算", "人民币计算",
	"以人民币计算",
	/* 税后净利润: net profit, after tax as net profit is */
	"税后",
	/* 以中间值计算季增约 4.4%: at the midpoint of a guided range */
	"以中间值计算", "按中间值计算", "以中值计算", "按中值计算", "中间值", "取中值",
	/* IFRS口径归母净利润: on what basis (口径) it is counted */
	"口径", "IFRS口径", "GAAP口径", "会计准则口径", "同口径下", "可比口径", "口径下",
	/* when: 同期营收 is the revenue of the same period; 2025-2027年EPS
	 * the tail of a span of years */
	"同期", "当期", "本期", "去年同期", "上年同期", "年", "年度", "财年", "本报告期", "报告期",
	/* 今年度资本支出: the 度 of 年度, after the period read */
	"度",
	/* a fiscal year the quarter after it is of: 会计年度第一季营收 */
	"会计年度", "财政年度", "财务年度",
};

/* Whether `w` is one of list[0..n), ASCII case folded. The first bytes
 * are compared before the words: these lists are checked for most words. */
static int in_list(const char *w, const char *const *list, size_t n)
{
	int c = tolower((unsigned char)w[0]);
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)list[i][0]) == c && !ascii_casecmp(w, list[i]))
			return 1;
	return 0;
}

/* Words that go on a company's name without naming a part of it
 * ("Microsoft Corp.", "Nvidia CFO Colette Kress", "Alphabet Tuesday
 * reported"). */
static const char *const name_goes_on[] = {
	"inc", "corp", "corporation", "co", "company", "companies", "group", "holding", "holdings", "ltd",
	"limited", "plc", "ag", "se", "nv", "sa", "llc", "platforms", "technologies", "technology",
	"ceo", "cfo", "coo", "cto", "chief", "chairman", "chair", "president", "founder", "executive",
	"executives", "management", "shares", "stock", "investors", "analysts", "reports", "reported",
	"announces", "announced", "posts", "says", "said", "sees", "beats", "misses", "tops", "expects",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
};

/* Whether t[s..e) after a part's name is the rest of a label and its
 * colon ("微软云表现:季度收入…"): what follows the colon is the part's. */
static int label_goes_on(const char *t, size_t s, size_t e)
{
	const char *colon = memchr(t + s, ':', e - s);
	if (!colon || colon - (t + s) > 12)
		return 0;
	for (size_t i = s; i < e; i++)
		if (t[i] == ',' || t[i] == ';' || t[i] == '.' || (i + 3 <= e && !memcmp(t + i, "。", 3)))
			return 0;
	return 1;
}

/* Whether the Chinese clause t[s..e) before a metric goes on about the
 * part whose figure its sentence left out: no words at all before the
 * metric, past the comma ("云业务营业利润率从17.1%升至23.7%,营业利润达到36
 * 亿美元"), not a whole named (总营收, 公司营业利润). */
static int cjk_goes_on_part(const char *t, size_t s, size_t e)
{
	/* (past the figure before and its close: "23.7% ,营业利润"; a metric
	 * said of the whole, 总营收, is the company's) */
	while (s < e && (t[s] == ' ' || t[s] == ',' || t[s] == ')'))
		s++;
	return s == e && (unsigned char)t[e] >= 0xE4 && memcmp(t + e, "总", 3) && memcmp(t + e, "整体", 6);
}

/* Whether the Chinese clause of the metric at token k goes on about the
 * part whose figure its sentence left out, the part's metric said again
 * with only periods and words of time or change before it: "即時零售業務虧
 * 損擴大至350億元，…，預期助目前12月底止季度虧損收窄至280億元" (not a whole
 * named: 总, 整体, 公司, 集团). */
static int cjk_clause_on_part(const struct job *j, size_t k, size_t first)
{
	static const char *const whole[] = { "总", "整体", "公司", "集团", "全年" };
	const struct tok *tk = &j->toks[k];
	size_t i = k;
	while (i > first && j->toks[i - 1].clause == tk->clause) {
		if (j->toks[i - 1].type != T_PERIOD && j->toks[i - 1].type != T_CUE)
			return 0;
		i--;
	}
	if (i == first || i == k)
		return 0; /* (the sentence's first clause; or none before: see cjk_goes_on_part) */
	/* (from the clause's start: past the last comma before its first
	 * token) */
	size_t s = j->toks[i].start;
	while (s > j->toks[i - 1].end && j->t[s - 1] != ',' && j->t[s - 1] != ';')
		s--;
	for (size_t c = s; c < tk->start; c++)
		if ((unsigned char)j->t[c] < 0x80 && !isdigit((unsigned char)j->t[c]) && j->t[c] != ' ')
			return 0;
	if ((unsigned char)j->t[tk->start] < 0xE4)
		return 0;
	for (size_t w = 0; w < ARRAY_SIZE(whole); w++)
		if (span_contains(j->t, s, tk->end, whole[w], 0))
			return 0;
	return 1;
}

/* Whether a name in its own case starts at t[p] (before e): a capital,
 * or a product's small first letter before one (iPad, iPod, eBay). */
static int name_cased(const char *t, size_t p, size_t e)
{
	return p < e && (isupper((unsigned char)t[p]) ||
			 (p + 1 < e && islower((unsigned char)t[p]) && isupper((unsigned char)t[p + 1])));
}

/* "the Microsoft Cloud surpassed $46.7 billion in revenue", "Alphabet's
 * Other Bets lost": a company's name then capitalized words of a name the
 * lexicon does not know, then running text, name a part of the company.
 * Said before the figure, with the metric after it, no rule on the words
 * before the metric sees them. A part of a company is left alone (Alibaba
 * Cloud Intelligence is the part itself). Fills `why` with the part's
 * first word. Returns 1, or 2 when the part is what the sentence turns
 * to as a whole (方面), 0 for none. */
static int part_named_after(const struct job *j, size_t k, size_t end, char *why, size_t whylen)
{
	const struct tok *tk = &j->toks[k];
	if (lexicon_entity_at(j->fx->lx, (size_t)j->lm[tk->idx].index)->parent >= 0)
		return 0;
	const char *t = j->t;
	size_t s = tk->end, lim = j->sent_end, next = k + 1 < end ? j->toks[k + 1].start : lim;
	/* 微软云, 微软游戏业务: the company's name run on into a part's word */
	if (s + 3 <= lim && (unsigned char)t[s] >= 0xE4) {
		static const char *const part_ends[] = { "云", "业务", "部门", "板块", "事业部", "分部" };
		size_t e = s;
		while (e + 3 <= lim && e < next && (unsigned char)t[e] >= 0xE4 && e - s < 18)
			e += 3;
		/* 微软云的收入 */
		if (e >= s + 6 && !memcmp(t + e - 3, "的", 3))
			e -= 3;
		/* 三星晶圆代工方面，: a part the sentence turns to ("as for"), for
		 * all of it (2) */
		if (e >= s + 9 && !memcmp(t + e - 6, "方面", 6)) {
			snprintf(why, whylen, "%.*s", (int)(e - 6 - s), t + s);
			return 2;
		}
		for (size_t i = 0; i < ARRAY_SIZE(part_ends); i++) {
			size_t n = strlen(part_ends[i]);
			if (e >= s + n && !memcmp(t + e - n, part_ends[i], n)) {
				snprintf(why, whylen, "%.*s", (int)(e - s), t + s);
				return 1;
			}
		}
		/* (微软云表现: the cloud, then a word about it) */
		if (e >= s + 6 && !memcmp(t + s, "云", 3)) {
			snprintf(why, whylen, "云");
			return 1;
		}
		return 0;
	}
	if (s + 2 <= lim && t[s] == '\'' && t[s + 1] == 's')
		s += 2;
	/* ("Microsoft 365 Commercial cloud revenue": a number of the
	 * product's name between) */
	size_t num = s + 1;
	while (num < lim && isdigit((unsigned char)t[num]))
		num++;
	if (s < lim && t[s] == ' ' && num > s + 1 && num + 1 < lim && t[num] == ' ' && isupper((unsigned char)t[num + 1]))
		s = num;
	if (s + 1 >= lim || t[s] != ' ' || !isupper((unsigned char)t[s + 1]))
		return 0;
	size_t ws = s + 1, we = ws;
	while (we < lim && (isalnum((unsigned char)t[we]) || t[we] == '-' || t[we] == '&'))
		we++;
	/* a word the lexicon reads (Microsoft Q1, Nvidia Data Center) is not a name */
	if (next < we || span_in_list(t, ws, we, name_goes_on, ARRAY_SIZE(name_goes_on)))
		return 0;
	/* more capitalized words of the name, then a word of running text:
	 * a headline in title case says nothing of whose figure it is */
	size_t p = we;
	while (p + 1 < lim && t[p] == ' ' && isupper((unsigned char)t[p + 1])) {
		p++;
		while (p < lim && (isalnum((unsigned char)t[p]) || t[p] == '-' || t[p] == '&'))
			p++;
	}
	if (p + 2 <= lim && t[p] == '\'' && t[p + 1] == 's')
		return snprintf(why, whylen, "%.*s", (int)(we - ws), t + ws), 1;
	if (!(p + 1 < lim && t[p] == ' ' && islower((unsigned char)t[p + 1])))
		return 0;
	snprintf(why, whylen, "%.*s", (int)(we - ws), t + ws);
	return 1;
}

/* Decides whether the text between the previous token and a metric names a
 * part (Microsoft Cloud revenue, 核心在线营销收入, AI 半导体收入). Fills
 * `why` with the part's name when it does. */
/* Whether the words before `pos` (back to `floor`) end in "% of" or
 * "percent of": what follows is what a share is of. */
static int share_of_measure(const char *t, size_t floor, size_t pos)
{
	size_t p = pos;
	while (p > floor && t[p - 1] == ' ')
		p--;
	if (p < floor + 2 || strncasecmp(t + p - 2, "of", 2) || (p > floor + 2 && isalpha((unsigned char)t[p - 3])))
		return 0;
	p -= 2;
	while (p > floor && t[p - 1] == ' ')
		p--;
	return (p > floor && t[p - 1] == '%') || (p >= floor + 7 && !strncasecmp(t + p - 7, "percent", 7));
}

/* Whether the metric at t[pos..end) is the whole a share is of, in
 * Chinese: 占总支出的 33% (of the market's spending, not the company's). */
static int share_of_whole(const char *t, size_t floor, size_t pos, size_t end, size_t sent_end)
{
	static const char *const wholes[] = { "总", "全部", "整体", "全球", "整个", "" };
	if (end + 3 > sent_end || memcmp(t + end, "的", 3))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(wholes); i++) {
		size_t n = strlen(wholes[i]);
		if (pos >= floor + n + 3 && !memcmp(t + pos - n, wholes[i], n) && !memcmp(t + pos - n - 3, "占", 3))
			return 1;
	}
	return 0;
}

static int is_blank(char c);

/* Whether a word of t[s..e) is one of latin_part_nouns (cloud, gaming):
 * 1 with the word in `why`. */
/* "OCI consumption revenue", "revenue from OCI": initials of three to
 * five capitals the lexicon does not read (its companies and metrics are
 * tokens of their own) name a part; not an accounting's, a currency's, a
 * period's. */
static int part_initials(const char *t, size_t b, size_t e)
{
	static const char *const not_parts[] = { "GAAP", "IFRS", "TTM", "LTM", "YOY", "QOQ", "YTD", "USD", "RMB", "CNY",
						  "HKD", "EUR", "GBP", "JPY", "TWD", "EPS", "ADS", "ADR", "CEO", "CFO",
						  "COO", "CTO", "SEC", "NYSE", "ETF", "IPO", "FX" };
	/* (a run of letters whole, as part_noun_in() reads it) */
	if (e - b < 3 || e - b > 5 || isdigit((unsigned char)t[e]) || (b > 0 && isalnum((unsigned char)t[b - 1])))
		return 0;
	for (size_t i = b; i < e; i++)
		if (!isupper((unsigned char)t[i]))
			return 0;
	return !span_in_list(t, b, e, not_parts, ARRAY_SIZE(not_parts));
}

/* Whether t[s..e), a heading's label, names a business in words any
 * company may use (游戏, 网络, 汽车, 广告): a part we do not track. */
static int business_label(const char *t, size_t s, size_t e)
{
	static const char *const businesses[] = { "游戏", "网络", "汽车", "专业可视化", "广告", "云业务", "金融科技",
						   "增值服务", "硬件", "软件", "终端", "手机", "电商", "国际业务",
						   "本地生活", "自动驾驶", "机器人", "可穿戴设备", "服务业务", "其他业务" };
	while (s < e && (t[s] == ' ' || t[s] == '-' || t[s] == '*'))
		s++;
	for (size_t i = 0; i < ARRAY_SIZE(businesses); i++)
		if (e - s == strlen(businesses[i]) && !memcmp(t + s, businesses[i], e - s))
			return 1;
	return 0;
}

/* Moves *i past the next run of Latin letters in t[*i..e), its start in
 * *b; 0 when no letter is left. */
static int next_latin_word(const char *t, size_t *i, size_t e, size_t *b)
{
	while (*i < e && !isalpha((unsigned char)t[*i]))
		(*i)++;
	*b = *i;
	while (*i < e && isalpha((unsigned char)t[*i]))
		(*i)++;
	return *i > *b;
}

static int part_noun_in(const char *t, size_t s, size_t e, char *why, size_t whylen)
{
	size_t i = s, b;
	while (next_latin_word(t, &i, e, &b)) {
		if ((span_in_list(t, b, i, latin_part_nouns, ARRAY_SIZE(latin_part_nouns)) || part_initials(t, b, i))) {
			snprintf(why, whylen, "%.*s", (int)(i - b), t + b);
			return 1;
		}
	}
	return 0;
}

/* "Revenue from cloud infrastructure", "sales from our gaming products":
 * the words after a metric's "from", up to the next name, figure or
 * comma, name a part of the company we do not track (a part the lexicon
 * knows is a token of its own). Returns 1 with its word in `why`. */
static int part_after_from(const struct job *j, size_t k, size_t end, char *why, size_t whylen, size_t *through)
{
	const char *t = j->t;
	size_t p = j->toks[k].end;
	/* ("Sales through Amazon's online stores": through, and past the
	 * company's possessive) */
	if (p + 6 <= j->sent_end && !strncasecmp(t + p, " from ", 6))
		p += 6;
	else if (p + 9 <= j->sent_end && !strncasecmp(t + p, " through ", 9))
		p += 9;
	else if (p + 4 <= j->sent_end && !strncasecmp(t + p, " of ", 4)) /* "sales of third-party sellers" */
		p += 4;
	else
		return 0;
	size_t x = k + 1;
	while (x < end && j->toks[x].start < p) /* ("from" is a cue of its own) */
		x++;
	if (x < end && j->toks[x].type == T_ENTITY && j->toks[x].start == p && j->toks[x].end + 2 <= j->sent_end &&
	    (!strncmp(t + j->toks[x].end, "'s", 2) || !strncmp(t + j->toks[x].end, "\u2019s", 4))) {
		p = j->toks[x].end + (t[j->toks[x].end] == '\'' ? 2 : 4);
		x++;
	}
	size_t e = x < end ? j->toks[x].start : j->sent_end;
	for (size_t i = p; i < e; i++)
		if (t[i] == ',' || t[i] == ';' || t[i] == '(')
			e = i;
	*through = e;
	return part_noun_in(t, p, e, why, whylen);
}

/* The bytes a clause mark can start with (see segment_clause_break;
 * after NFKC, 、 starts with E3, a spaced dash is '-'): only at these is
 * segment_clause_break asked. */
static const unsigned char clause_mark_first[256] = { [','] = 1, [':'] = 1, ['('] = 1, [')'] = 1, [' '] = 1,
						       ['['] = 1, [']'] = 1, ['-'] = 1, [0xE3] = 1, [0xEF] = 1 };

/* The first token starting at or after pos (a binary search). */
static size_t first_tok_at(const struct job *j, size_t pos);

/* Whether w is made of words of cjk_ok run together (口径下 + 调整后),
 * read from its start; depth bounds the tries. */
static int modifier_run(const char *w, int depth)
{
	if (!*w)
		return depth > 1;
	if (depth > 4)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(cjk_ok); i++) {
		size_t n = strlen(cjk_ok[i]);
		/* (whole words of two characters or more: not 上, 后 alone) */
		if (n >= 6 && !strncmp(w, cjk_ok[i], n) && modifier_run(w + n, depth + 1))
			return 1;
	}
	return 0;
}

static int names_a_part(const struct job *j, size_t gs, size_t ge, int sentence_first, char *why, size_t whylen)
{
	const char *t = j->t;
	/* (a wrapped line's break is a space: "其中AI半导体\n收入") */
	while (gs < ge && is_blank(t[gs]))
		gs++;
	while (ge > gs && is_blank(t[ge - 1]))
		ge--;
	/* **在线营销**收入: a post's bold marks around the part's name */
	while (ge > gs && (t[ge - 1] == '*' || t[ge - 1] == '_'))
		ge--;
	/* "8,500 Fusion ERP customers with revenue growing 35%": the revenue
	 * of what those customers use, a product's */
	{
		size_t at = span_find(t, gs, ge, "customers with", 1);
		if (at != SIZE_MAX && at > gs) {
			size_t ns = gs;
			while (ns < at && (is_blank(t[ns]) || isdigit((unsigned char)t[ns]) || t[ns] == ','))
				ns++;
			size_t ne = at;
			while (ne > ns && is_blank(t[ne - 1]))
				ne--;
			if (ne > ns && isupper((unsigned char)t[ns])) {
				snprintf(why, whylen, "%.*s", (int)(ne - ns < whylen - 1 ? ne - ns : whylen - 1), t + ns);
				return 1;
			}
		}
	}
	/* 来自欧洲、中东和非洲的营收: revenue coming from somewhere that is
	 * no entity of ours (a region, a product line) is that part's */
	if (ge >= gs + 12 && !memcmp(t + gs, "来自", 6) && !memcmp(t + ge - 3, "的", 3)) {
		snprintf(why, whylen, "%.*s", (int)(ge - 3 - (gs + 6) < whylen - 1 ? ge - 3 - (gs + 6) : whylen - 1),
			 t + gs + 6);
		return 1;
	}
	/* "Cloud Infrastructure (IaaS) Revenue": an aside in brackets right
	 * before the metric, the words before it name the part */
	if (ge > gs && t[ge - 1] == ')') {
		const char *open = NULL;
		for (size_t i = ge - 1; i > gs; i--)
			if (t[i - 1] == '(') {
				open = t + i - 1;
				break;
			} else if (t[i - 1] == ')') {
				break;
			}
		if (open && open > t + gs) {
			ge = (size_t)(open - t);
			while (ge > gs && is_blank(t[ge - 1]))
				ge--;
		} else if (!open) {
			/* (an aside holding figures or dates of its own, "即时零售
			 * 业务（包括饿了么、4月底推出的淘宝闪购）收入": the words
			 * before its bracket, back to the token before them) */
			size_t o = gs, floor = gs > j->sent_start + 160 ? gs - 160 : j->sent_start;
			while (o > floor && t[o - 1] != '(' && t[o - 1] != ')')
				o--;
			if (o > floor && t[o - 1] == '(') {
				size_t pe = o - 1;
				/* (past words of ours that are cues: 业务) */
				size_t k0 = first_tok_at(j, pe);
				while (k0 > 0 && j->toks[k0 - 1].type == T_CUE && j->toks[k0 - 1].start >= j->sent_start)
					k0--;
				size_t ps = k0 > 0 && j->toks[k0 - 1].end <= pe && j->toks[k0 - 1].end >= j->sent_start ?
						    j->toks[k0 - 1].end :
						    j->sent_start;
				while (pe > ps && is_blank(t[pe - 1]))
					pe--;
				/* (only a part's name, by its noun, before the aside) */
				static const char *const part_ends[] = { "业务", "板块", "部门", "分部", "事业部", "集团" };
				for (size_t w = 0; w < ARRAY_SIZE(part_ends); w++) {
					size_t n = strlen(part_ends[w]);
					if (pe >= ps + n && !memcmp(t + pe - n, part_ends[w], n)) {
						gs = ps;
						ge = pe;
						break;
					}
				}
			}
		}
	}
	/* (a name in quotes right before the metric: “其他”收入, the
	 * "other" line's) */
	if (ge >= gs + 9 && !memcmp(t + ge - 3, "\u201d", 3)) {
		size_t q = ge - 3;
		while (q >= gs + 3 && memcmp(t + q - 3, "\u201c", 3))
			q--;
		if (q >= gs + 3 && q < ge - 3 && ge - 3 - q < 40) {
			char w[48];
			size_t n = ge - 3 - q;
			memcpy(w, t + q, n);
			w[n] = '\0';
			if (!in_list(w, cjk_ok, ARRAY_SIZE(cjk_ok)) && !memchr(w, ' ', n)) {
				snprintf(why, whylen, "%s", w);
				return 1;
			}
		}
	}
	/* punctuation cuts: only what follows the last mark counts */
	static const unsigned char ascii_mark[256] = { [','] = 1, [':'] = 1, [';'] = 1, ['('] = 1, [')'] = 1,
						       ['\''] = 1, ['"'] = 1, ['['] = 1, [']'] = 1, ['|'] = 1,
						       ['/'] = 1 };
	for (size_t i = gs; i < ge; i++) {
		unsigned char c = (unsigned char)t[i];
		size_t mark = ascii_mark[c] ? 1 : 0;
		if ((c == 0xE3 || c == 0xE2) && i + 3 <= ge &&
		    (!memcmp(t + i, "、", 3) || !memcmp(t + i, "“", 3) || !memcmp(t + i, "”", 3)))
			mark = 3;
		if (!mark)
			continue;
		if (c == '\'' && i + 1 < ge && t[i + 1] == 's') {
			/* Amazon's net sales */
			gs = i + 2;
			i++;
			continue;
		}
		gs = i + mark;
		i += mark - 1;
		sentence_first = 0;
	}
	while (gs < ge && is_blank(t[gs]))
		gs++;
	if (gs >= ge)
		return 0;
	int cjk = 0;
	for (size_t i = gs; i < ge; i++)
		if (is_cjk_at(t, i, ge))
			cjk = 1;
	if (cjk) {
		size_t n = ge - gs;
		char w[64];
		/* (a company's 的 names its own metric; a name we do not know
		 * before it, 其中 Agentforce 的 ARR, a part's) */
		if (n >= 3 && !memcmp(t + ge - 3, "的", 3)) {
			/* (来自AI资料中心客户的营收: revenue from a source we do not
			 * track) */
			if (n > 9 && !memcmp(t + gs, "来自", 6)) {
				snprintf(why, whylen, "%.*s", (int)(n - 3 < whylen - 1 ? n - 3 : whylen - 1), t + gs);
				return 1;
			}
			size_t we = ge - 3, ws;
			while (we > gs && is_blank(t[we - 1]))
				we--;
			/* (mac台式电脑的收入, 平板电脑的收入: a device named in
			 * Chinese, a Latin word glued before it or none) */
			static const char *const devices[] = { "电脑", "手机", "笔记本", "台式机", "播放器", "手表", "耳机" };
			size_t cs = we;
			while (cs >= gs + 3 && (unsigned char)t[cs - 3] >= 0xE4 && (unsigned char)t[cs - 3] <= 0xE9)
				cs -= 3;
			int device = 0;
			for (size_t d = 0; d < ARRAY_SIZE(devices) && !device; d++)
				device = we >= cs + strlen(devices[d]) && !memcmp(t + we - strlen(devices[d]), devices[d],
										     strlen(devices[d]));
			if (device && we - cs >= 6) {
				size_t ls = cs;
				while (ls > gs && isalpha((unsigned char)t[ls - 1]))
					ls--;
				if (we - ls < sizeof(w)) {
					memcpy(w, t + cs, we - cs);
					w[we - cs] = '\0';
					if (!in_list(w, cjk_ok, ARRAY_SIZE(cjk_ok)) && !modifier_run(w, 0)) {
						snprintf(why, whylen, "%.*s", (int)(we - ls), t + ls);
						return 1;
					}
				}
			}
			for (ws = we; ws > gs && (isalnum((unsigned char)t[ws - 1]) || t[ws - 1] == '-');)
				ws--;
			/* (ipod的收入: a page that wrote it in small letters) */
			if (ws == we || we - ws >= sizeof(w) || !isalpha((unsigned char)t[ws]) || we - ws < 3)
				return 0;
			memcpy(w, t + ws, we - ws);
			w[we - ws] = '\0';
			if (in_list(w, latin_ok, ARRAY_SIZE(latin_ok)))
				return 0;
			snprintf(why, whylen, "%s", w);
			return 1;
		}
		/* (past a word that joins clauses or makes something so: 但净利,
		 * 使得整体营收) */
		/* (使 may be a word of its own, 得 left) */
		static const char *const joins[] = { "使得", "使", "得", "令", "让", "但", "而", "并", "且", "则", "同时",
						     "此外", "另外", "因此", "从而", "带动" };
		for (size_t i = 0; i < ARRAY_SIZE(joins); i++) {
			size_t jn = strlen(joins[i]);
			if (n >= jn && !memcmp(t + gs, joins[i], jn) && (n == jn || (unsigned char)t[gs + jn] >= 0xE4)) {
				if (n == jn)
					return 0;
				gs += jn;
				n -= jn;
				break;
			}
		}
		if (n < sizeof(w)) {
			memcpy(w, t + gs, n);
			w[n] = '\0';
			/* (or several of them run together: 口径下调整后) */
			if (in_list(w, cjk_ok, ARRAY_SIZE(cjk_ok)) || modifier_run(w, 0))
				return 0;
		}
		/* only the CJK run right before the metric is the modifier */
		size_t rs = ge;
		while (rs > gs && (is_cjk_at(t, rs >= 3 ? rs - 3 : 0, ge) && rs >= 3 && (unsigned char)t[rs - 3] >= 0xE0))
			rs -= 3;
		if (rs == ge) {
			/* Latin right before: AI 半导体 handled below as Latin */
		} else {
			/* 甲骨文的季度收入: what follows the company's 的 is the
			 * modifier (not 微信及WeChat的合并: the words before 的
			 * name the part; and 的年收入, a year's revenue, stays a
			 * part's: no quarter's) */
			if (rs == gs && ge - rs > 3 && !memcmp(t + rs, "的", 3) && !(ge - rs == 6 && !memcmp(t + rs + 3, "年", 3)))
				rs += 3;
			size_t rn = ge - rs;
			if (rn < sizeof(w)) {
				memcpy(w, t + rs, rn);
				w[rn] = '\0';
				/* 微信及WeChat合并月活: a product's name before 合并 */
				if (in_list(w, cjk_ok, ARRAY_SIZE(cjk_ok)))
					return part_noun_in(t, rs >= gs + 12 ? rs - 12 : gs, rs, why, whylen);
				snprintf(why, whylen, "%s", w);
			}
			return 1;
		}
	}
	/* Latin: the last word before the metric */
	size_t we = ge, ws = ge;
	while (ws > gs && (isalnum((unsigned char)t[ws - 1]) || t[ws - 1] == '-' || t[ws - 1] == '&'))
		ws--;
	if (ws == we)
		return 0;
	/* "$英伟达.US", NVDA.O, 0700.HK: a ticker's market, no part */
	if (ws > gs && t[ws - 1] == '.' && we - ws <= 2 && isupper((unsigned char)t[ws]))
		return 0;
	char w[48];
	size_t n = we - ws;
	if (n >= sizeof(w))
		return 0;
	memcpy(w, t + ws, n);
	w[n] = '\0';
	int first_word = sentence_first && ws == gs;
	for (size_t i = ws; i > gs; i--)
		if (!isspace((unsigned char)t[i - 1]))
			first_word = 0;
	if (in_list(w, latin_ok, ARRAY_SIZE(latin_ok)))
		return 0;
	int capital = name_cased(w, 0, n);
	if ((capital && !first_word) || in_list(w, latin_part_nouns, ARRAY_SIZE(latin_part_nouns))) {
		snprintf(why, whylen, "%s", w);
		return 1;
	}
	/* Oracle's cloud infrastructure revenue: a part's word further back */
	if (part_noun_in(t, gs, ws, why, whylen))
		return 1;
	return 0;
}

/* Whether a connector alone stands between two entity aliases
 * (OpenAI+Anthropic, 微软与谷歌, Meta and Alphabet). */
static int is_connector(const char *t, size_t s, size_t e)
{
	static const char *const conn[] = { "+", "、", "和", "与", "及", "&", "and", "/", "以及", "or", "或", ",", ", and", ",and" };
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	if (s == e)
		return 1;
	for (size_t i = 0; i < ARRAY_SIZE(conn); i++)
		if (e - s == strlen(conn[i]) && !strncmp(t + s, conn[i], e - s))
			return 1;
	return 0;
}

/* Alphabet Google Cloud, 阿里巴巴的阿里云: a company then one of its own
 * parts names the part, not two subjects. */
static int names_own_part(const struct job *j, int parent, int part, size_t s, size_t e)
{
	static const char *const joins[] = { "", "'s", "的" };
	const struct lexicon *lx = j->fx->lx;
	int up = lexicon_entity_at(lx, (size_t)part)->parent;
	for (int depth = 0; up >= 0 && up != parent && depth < 8; depth++)
		up = lexicon_entity_at(lx, (size_t)up)->parent;
	if (up != parent)
		return 0;
	while (s < e && j->t[s] == ' ')
		s++;
	while (e > s && j->t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(joins); i++)
		if (e - s == strlen(joins[i]) && !strncmp(j->t + s, joins[i], e - s))
			return 1;
	return 0;
}

/* How the document reads a period as written: "the third quarter" in a
 * report on several companies is the calendar's, as its frame's is (each
 * company's own third quarter would be a different one: Microsoft's ends
 * in March). */
static void doc_reading(const struct job *j, struct period_expr *x)
{
	if (j->doc_subject < 0 && j->doc_companies > 1 && !x->year && !x->fiscal && !x->calendar &&
	    !x->month_named && x->rel == PREL_NONE && (x->type == PERIOD_QUARTER || x->type == PERIOD_HALF))
		x->calendar = 1;
}

static int resolve_uncached(struct job *j, int p, const struct fiscal_calendar *cal, int estimate,
			    struct period *out, int depth);
static int said_as_over(const char *t, size_t len);

/* Whether the text opens on results still to come: "Alphabet reports
 * earnings after the market close on July 23", "is set to report", "ahead
 * of its earnings" (in its first 600 bytes). */
static int awaits_results(struct job *j)
{
	if (j->awaits >= 0)
		return j->awaits;
	static const char *const words[] = { "reports earnings", "will report", "set to report", "scheduled to report",
					     "expected to report",
					     "ahead of its earnings", "ahead of earnings", "earnings preview",
					     "reports results after", "will announce", "upcoming report",
					     "upcoming earnings", "upcoming results", "upcoming quarterly report",
					     /* 财报前瞻, "将在12月11日发布最新季度财报" */
					     "财报前瞻", "业绩前瞻", "发布最新季度财报", "公布最新季度财报", "即将发布财报",
					     "即将公布财报", "即将发布业绩", "即将公布业绩" };
	size_t e = j->tn->len < 600 ? j->tn->len : 600;
	j->awaits = 0;
	for (size_t i = 0; i < ARRAY_SIZE(words) && !j->awaits; i++)
		j->awaits = span_contains(j->t, 0, e, words[i], 1);
	return j->awaits;
}

/* Whether the text opens on quarterly results just out, naming no quarter:
 * "Apple reported quarterly sales and earnings on Tuesday", "posted
 * quarterly results" (in its first 600 bytes). */
static int reports_quarterly(struct job *j)
{
	if (j->reported_quarterly >= 0)
		return j->reported_quarterly;
	static const char *const words[] = { "reported quarterly", "reports quarterly", "posted quarterly",
					     "reported its quarterly", "reported better-than-expected quarterly",
					     "reported stronger-than-expected quarterly", "reported weaker-than-expected quarterly" };
	size_t e = j->tn->len < 600 ? j->tn->len : 600;
	j->reported_quarterly = 0;
	for (size_t i = 0; i < ARRAY_SIZE(words) && !j->reported_quarterly; i++)
		j->reported_quarterly = span_contains(j->t, 0, e, words[i], 1);
	return j->reported_quarterly;
}

/* The company's quarter last ended by the report's date, into *out, when
 * it ended 45 days or less before: one whose results are just out, or
 * about to be. Returns 0, or -1 when there is none such. */
static int quarter_just_ended(const struct job *j, const struct fiscal_calendar *cal, struct period *out)
{
	struct period_expr last;
	memset(&last, 0, sizeof(last));
	last.type = PERIOD_QUARTER;
	last.rel = PREL_LATEST;
	if (period_resolve(&last, cal, NULL, j->ref, 0, out) == 0 && date_cmp(out->end, j->ref) <= 0 &&
	    date_days(j->ref) - date_days(out->end) <= 45)
		return 0;
	return -1;
}

/* Finds the brackets of the window t[0..len) that declare the currency
 * of a bare 元 from there on: "135.1亿元(美元‧下同)", US dollars, the same
 * below. */
static void read_yuan_declarations(struct job *j, size_t len)
{
	static const char *const seps[] = { " ", ",", ";", ":", "\xE2\x80\xA7", "\xC2\xB7", "\xEF\xBC\x8C",
					    "\xE3\x80\x81", "\xEF\xBC\x9B" };
	j->ndecl = 0;
	for (size_t at = span_find(j->t, 0, len, "下同", 0); at != SIZE_MAX && j->ndecl < ARRAY_SIZE(j->decl);
	     at = span_find(j->t, at + 6, len, "下同", 0)) {
		size_t open = at;
		while (open > 0 && at - open < 24 && j->t[open - 1] != '(' && j->t[open - 1] != '\n')
			open--;
		if (open == 0 || j->t[open - 1] != '(')
			continue;
		size_t e = at;
		for (int trimmed = 1; trimmed;) {
			trimmed = 0;
			for (size_t i = 0; i < ARRAY_SIZE(seps); i++) {
				size_t n = strlen(seps[i]);
				if (e >= open + n && !memcmp(j->t + e - n, seps[i], n)) {
					e -= n;
					trimmed = 1;
				}
			}
		}
		const char *code = e > open ? numlex_currency_code(j->t, open, e) : NULL;
		/* "13 亿美元(以下同)": the currency the figure before the
		 * brackets was written in */
		if (!code && (e == open || (e == open + 3 && !memcmp(j->t + open, "以", 3))))
			for (size_t n = 6; n <= 12 && !code; n += 3)
				if (open - 1 >= n)
					code = numlex_currency_code(j->t, open - 1 - n, open - 1);
		if (!code)
			continue;
		j->decl[j->ndecl].at = open - 1;
		j->decl[j->ndecl].bare = !(open >= 4 && !memcmp(j->t + open - 4, "元", 3));
		copy_str(j->decl[j->ndecl].cur, sizeof(j->decl[j->ndecl].cur), code);
		j->decl[j->ndecl].root = -1;
		j->ndecl++;
	}
}

/* The currency of a bare 元 whose figure, of the company `ent`, ends at
 * `end`, as the text declared it by then; NULL when it declared none. A
 * declaration holds for the company of the figure it follows (the first
 * read right before it) and that company's figures after it: a note on
 * Nvidia in US dollars leaves TSMC's 元 its own. A `bare` 亿 (no 元) is
 * money only when the declaration followed one: after "182.28亿元(人民币‧
 * 下同)" the text writes its money with 元, and "其中8.9亿" is a count. */
static const char *yuan_declared(struct job *j, size_t end, int ent, int bare)
{
	int root = ent >= 0 ? lexicon_root(j->fx->lx, ent) : -1;
	const char *cur = j->fs->yuan_declared[0] && j->fs->yuan_declared_root == root &&
					  (!bare || j->fs->yuan_declared_bare) ?
				  j->fs->yuan_declared :
				  NULL;
	while (end < j->tlen && j->t[end] == ' ')
		end++;
	for (size_t i = 0; i < j->ndecl && j->decl[i].at <= end; i++) {
		/* (the figure it follows; or, when that one was left out,
		 * 首季利润为19.1亿元(美元‧下同), the first read after it) */
		if (j->decl[i].root < 0 && j->decl[i].at <= end)
			j->decl[i].root = root;
		if (j->decl[i].root >= 0 && j->decl[i].root == root)
			cur = !bare || j->decl[i].bare ? j->decl[i].cur : NULL;
	}
	return cur;
}

/* Whether the figure at token k is a level of the measure before it that
 * it was compared with (`compared`: "rose 13% to $180.2 billion, compared
 * with $158.9 billion") in a period nothing says: no period of its own,
 * no "a year ago", no expectation, no revision. The quarter or the year
 * before is not ours to pick. */
static int undated_comparison(const struct job *j, const struct state *st, size_t k, unsigned before, int compared,
			      int estimate, int prior, int following_period, int base_period)
{
	if (!compared || !(before & CUE_COMPARE) || estimate || prior || following_period >= 0 || base_period >= 0 ||
	    st->revise_seen || (before & (CUE_PRIOR | CUE_REVISE)))
		return 0;
	/* (a figure of the clause after it: "compared with a year ago, when
	 * it was $158.9 billion" dates it past the figure) */
	for (size_t i = k + 1; i < j->ntoks && j->toks[i].start < j->sent_end && j->toks[i].clause == j->toks[k].clause; i++)
		if (j->toks[i].type == T_PERIOD || (j->toks[i].type == T_CUE && (cue_of(j, &j->toks[i]) & CUE_PRIOR)))
			return 0;
	/* (nor one said between the word of comparison and the figure:
	 * 较第1季的67.6%) */
	for (size_t i = k; i > 0 && j->toks[i - 1].start >= j->sent_start; i--) {
		if (j->toks[i - 1].type == T_PERIOD)
			return 0;
		if (j->toks[i - 1].type == T_CUE && (cue_of(j, &j->toks[i - 1]) & CUE_COMPARE))
			break;
	}
	return 1;
}

/* The currency its sentence says, before `pos`, that its 元 are counted
 * in: 若以美金计算, 以美元计, 按美元计 (Taiwan reports NT$ and US$ figures
 * side by side); NULL when it says none. */
static const char *yuan_counted_in(const struct job *j, size_t pos)
{
	static const char *const opens[] = { "以", "按" };
	/* (most sentences hold no 计: a look for it first) */
	if (pos <= j->sent_start || !span_contains(j->t, j->sent_start, pos, "计", 0))
		return NULL;
	for (size_t o = 0; o < ARRAY_SIZE(opens); o++)
		for (size_t at = span_find(j->t, j->sent_start, pos, opens[o], 0); at != SIZE_MAX;
		     at = span_find(j->t, at + 3, pos, opens[o], 0)) {
			size_t s = at + 3, e = span_find(j->t, s, s + 16 < pos ? s + 16 : pos, "计", 0);
			const char *code = e != SIZE_MAX && e > s ? numlex_currency_code(j->t, s, e) : NULL;
			if (code)
				return code;
		}
	return NULL;
}

/* Whether the statement at t[start] opens an item of a list (a bullet,
 * or dashes: "——iPad第四财季售出") whose first token is a name. */
static int item_named(const struct job *j, const struct layout_line *lines, size_t nlines, size_t start)
{
	const struct layout_line *l = &lines[layout_line_at(lines, nlines, start)];
	size_t s = l->kind == LAYOUT_BULLET ? l->body : l->start;
	while (s < l->end && (j->t[s] == '-' || j->t[s] == ' '))
		s++;
	if (start > s || (l->kind != LAYOUT_BULLET && s == l->start))
		return 0;
	return isalpha((unsigned char)j->t[s]) != 0;
}

/* Whether the figure at token k is one of two amounts or percentages set
 * against each other in its clause ("$4.71 vs $4.32 estimate", "$36.46
 * billion versus $36.1 billion expected"), one of them said to be
 * expected: a result beside what was expected of it. */
static int set_against_expectation(const struct job *j, size_t k, size_t sent_first, size_t sent_end)
{
	const struct tok *tk = &j->toks[k];
	size_t other = SIZE_MAX, lo = k, hi = k;
	for (size_t i = k + 1; i < sent_end && j->toks[i].clause == tk->clause && other == SIZE_MAX; i++)
		if (j->toks[i].type == T_QTY)
			other = i;
	if (other != SIZE_MAX)
		hi = other;
	else {
		for (size_t i = k; i > sent_first && j->toks[i - 1].clause == tk->clause && other == SIZE_MAX; i--)
			if (j->toks[i - 1].type == T_QTY)
				other = i - 1;
		lo = other;
	}
	if (other == SIZE_MAX || qtok(j, &j->toks[other])->kind != qtok(j, tk)->kind)
		return 0;
	int compared = 0, expected = 0;
	for (size_t i = lo + 1; i < hi; i++)
		if (j->toks[i].type == T_CUE)
			compared |= (cue_of(j, &j->toks[i]) & CUE_COMPARE) != 0;
		else
			return 0;
	for (size_t i = sent_first; i < sent_end; i++)
		if (j->toks[i].clause == tk->clause && j->toks[i].type == T_CUE && (cue_of(j, &j->toks[i]) & CUE_ESTIMATE))
			expected = 1;
	return compared && expected;
}

/* Whether p is the period a preview is of ("4QFY26 preview", 业绩前瞻
 * over 2025年四季度), not yet reported on the report's date: ended after
 * it, or not long before. */
static int previewed(const struct job *j, const struct fiscal_calendar *cal, const struct period *p)
{
	if (!j->fs->preview || !j->fs->doc_period.valid || !j->fs->doc_period.expr.year || !j->ref.y ||
	    date_days(j->ref) - date_days(p->end) > PERIOD_UNREPORTED_DAYS)
		return 0;
	struct period_expr dx = j->fs->doc_period.expr;
	doc_reading(j, &dx);
	struct period dp;
	return period_resolve(&dx, cal, NULL, j->ref, 1, &dp) == 0 && dp.type == p->type &&
	       date_cmp(dp.end, p->end) == 0;
}

/* Whether the words right before a figure at `pos` (from `floor`) hold it
 * up as a line a result may cross: "a print below", "anything above". */
static int drawn_line(const char *t, size_t floor, size_t pos, size_t end)
{
	static const char *const sides[] = { "below", "above", "under", "over" };
	size_t w = pos;
	while (w < end && isalpha((unsigned char)t[w]))
		w++;
	if (!span_in_list(t, pos, w, sides, ARRAY_SIZE(sides)))
		return 0;
	/* (the lexer keeps "below" in the figure's token: "below 74%") */
	static const char *const marks[] = { "a print", "anything", "a number", "a result", "a print of" };
	while (pos > floor && t[pos - 1] == ' ')
		pos--;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++) {
		size_t n = strlen(marks[i]);
		if (pos - floor >= n && !strncasecmp(t + pos - n, marks[i], n) &&
		    (pos - floor == n || !isalpha((unsigned char)t[pos - n - 1])))
			return 1;
	}
	return 0;
}


/* Results news forecasts the quarter under way and reports the one just
 * over ("forecast second-quarter revenue above estimates ... Revenue rose
 * 28% in the quarter"): when `forecast` is the company's quarter the
 * report's date falls in, `out` is the quarter before it, the one an
 * actual figure said after the forecast is of. Returns 0, or -1 when the
 * forecast is of another period. */
static int reported_before_forecast(const struct job *j, const struct period *forecast, const struct fiscal_calendar *cal,
				    struct period *out)
{
	if (!j->ref.y || forecast->type != PERIOD_QUARTER || date_cmp(forecast->start, j->ref) > 0 ||
	    date_cmp(j->ref, forecast->end) > 0)
		return -1;
	struct period_expr prev = { 0 };
	prev.type = PERIOD_QUARTER;
	prev.rel = PREL_PREV;
	prev.fiscal = forecast->fiscal;
	return period_resolve(&prev, cal, forecast, j->ref, 0, out);
}

static int resolve_period(struct job *j, int p, const struct fiscal_calendar *cal, int estimate,
			  struct period *out, int depth)
{
	if (p < 0)
		return -1;
	if (j->pers[p].temp)
		return resolve_uncached(j, p, cal, estimate, out, depth);
	size_t n = j->ncache < ARRAY_SIZE(j->cache) ? j->ncache : ARRAY_SIZE(j->cache);
	for (size_t i = 0; i < n; i++)
		if (j->cache[i].per == p && j->cache[i].cal == cal && j->cache[i].estimate == estimate) {
			*out = j->cache[i].p;
			return j->cache[i].rc;
		}
	int rc = resolve_uncached(j, p, cal, estimate, out, depth);
	struct resolved *r = &j->cache[j->ncache++ % ARRAY_SIZE(j->cache)];
	r->per = p;
	r->cal = cal;
	r->estimate = estimate;
	r->rc = rc;
	r->p = *out;
	return rc;
}

static int resolve_as_said(struct job *j, int p, const struct period_expr *said_as, const struct fiscal_calendar *cal,
			   int estimate, struct period *out, int depth);

/* "compared with $4.87 billion in the same quarter last year": the
 * quarter "the quarter" would be, a year back */
static int resolve_uncached(struct job *j, int p, const struct fiscal_calendar *cal, int estimate,
			    struct period *out, int depth)
{
	/* 微软在收市后公布刚过去财政年度第4季度业绩 … 上季资本开支190亿美元: Hong
	 * Kong's "last quarter" is the one whose results the story said were
	 * announced, a paragraph or two before, when that one is over */
	const struct period_expr *rx = &j->fs->results_quarter.expr;
	if (j->pers[p].expr.rel == PREL_LATEST && j->pers[p].expr.type == PERIOD_QUARTER && !estimate &&
	    j->fs->results_quarter.valid && j->fs->paragraphs - j->fs->results_para <= 2 && j->ref.y) {
		struct period_expr x = *rx;
		doc_reading(j, &x);
		if (period_resolve(&x, cal, NULL, j->ref, 0, out) == 0 && date_cmp(out->end, j->ref) <= 0)
			return 0;
	}
	if (j->pers[p].expr.rel != PREL_YEAR_BACK)
		return resolve_as_said(j, p, &j->pers[p].expr, cal, estimate, out, depth);
	struct period_expr same = j->pers[p].expr;
	same.rel = PREL_SAME;
	struct period now;
	/* "higher than the $4,139 million in the previous quarter and up 18
	 * percent from $3,541 million in the same quarter last year": both
	 * bases are of the quarter reported, the year-ago one not of the
	 * quarter before */
	int prev = j->pers[p].prev, saved = prev;
	if (prev >= 0 && j->pers[prev].expr.rel == PREL_PREV && j->pers[prev].expr.type == same.type &&
	    j->pers[prev].prev >= 0)
		j->pers[p].prev = j->pers[prev].prev;
	int rc = resolve_as_said(j, p, &same, cal, 0, &now, depth);
	j->pers[p].prev = saved;
	if (rc < 0)
		return -1;
	period_prior_year(&now, cal, out);
	return 0;
}

/* Whether the words after a quarter named at t[pos] say its results were
 * out: 第4季度业绩, 第三季财报, "fourth-quarter results" (before the
 * sentence's end at `end`, a few bytes on). */
static int results_named_after(const char *t, size_t pos, size_t end)
{
	static const char *const words[] = { "业绩", "财报", "results", "earnings" };
	size_t e = pos + 12 < end ? pos + 12 : end;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, pos, e, words[i], 1))
			return 1;
	return 0;
}

/* Whether the window calls a quarter it names the last one, in brackets
 * after it: 第4季（上季）, "fourth quarter (last quarter)". */
static int calls_last_quarter(const struct job *j)
{
	static const char *const marks[] = { "(上季)", "(上一季)", "(上季度)", "(上一季度)", "(last quarter)" };
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++)
		if (span_find(j->t, 0, j->tlen, marks[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

/* Whether the period t[s..e) says this quarter, the one being reported
 * (本季度, 本季, this quarter), rather than that one (当季, the quarter). */
static int said_now_quarter(const char *t, size_t s, size_t e)
{
	return span_contains(t, s, e, "本季", 0) || span_contains(t, s, e, "this quarter", 1);
}

/* Makes room for the next period entry, j->pers[j->npers], all its fields
 * zero: the caller sets what it knows and counts it in. */
static void pref_slot(struct job *j)
{
	GROW(j->pers, j->cappers, j->npers + 1);
	memset(&j->pers[j->npers], 0, sizeof(j->pers[j->npers]));
}

/* Whether the period at token k is said in a forecast's words: the cue
 * nearest it in its sentence [first, end), before it else after it,
 * forecasts ("预计本季度营收", "Apple expects revenue this quarter to
 * grow") and neither gives analysts' expectations nor compares
 * ("Revenue this quarter beat the $89.3 billion analysts expected"). */
static int forecast_said(const struct job *j, size_t k, size_t first, size_t end)
{
	size_t c = k;
	for (size_t i = k; i > first && c == k; i--)
		if (j->toks[i - 1].type == T_CUE)
			c = i - 1;
	for (size_t i = k + 1; i < end && c == k; i++)
		if (j->toks[i].type == T_CUE)
			c = i;
	if (c == k)
		return 0;
	unsigned cue = cue_of(j, &j->toks[c]);
	return (cue & (CUE_ESTIMATE | CUE_GUIDANCE)) && !(cue & (CUE_CONSENSUS | CUE_COMPARE));
}

static int resolve_period(struct job *j, int p, const struct fiscal_calendar *cal, int estimate,
			  struct period *out, int depth);

/* Whether entry k is a quarter said with its year that ended before the
 * quarter the text reports ("2024年第四季度正值美国大选周期" in a note on
 * the fourth quarter of 2025): an explanation's, which 本季 after it is
 * not. */
static int said_before_reported(struct job *j, int k, const struct fiscal_calendar *cal, int depth)
{
	struct period pk;
	return j->pers[k].expr.year && j->pers[k].expr.type == PERIOD_QUARTER && j->pers[k].expr.rel == PREL_NONE &&
	       j->fs->last_reported.y && resolve_period(j, k, cal, 0, &pk, depth + 1) == 0 &&
	       date_days(j->fs->last_reported) - date_days(pk.end) > 10;
}

/* Whether entry k is a quarter said without its year, earlier in the
 * year than the quarter with a year it goes on from ("4Q25 … 三季度因
 * 计提减值录得经营亏损，本季扭亏"): a look back, which "this quarter"
 * after it is not. */
static int earlier_quarter_said(const struct job *j, int k)
{
	const struct period_expr *x = &j->pers[k].expr;
	if (x->rel != PREL_NONE || x->type != PERIOD_QUARTER || x->year || !x->index)
		return 0;
	for (int a = j->pers[k].prev, steps = 0; a >= 0 && steps < 16; a = j->pers[a].prev, steps++) {
		const struct period_expr *y = &j->pers[a].expr;
		if (y->rel == PREL_NONE && y->type == PERIOD_QUARTER && y->year)
			return y->index > x->index;
	}
	return 0;
}

/* Whether the last quarter the text gave a figure for as reported is the
 * document's subject's and ends on `end`. */
static int subject_reported(const struct job *j, struct date end)
{
	return j->doc_subject >= 0 && j->fs->last_reported.y && !date_cmp(j->fs->last_reported, end) &&
	       j->fs->last_reported_root == lexicon_root(j->fx->lx, j->doc_subject);
}

/* Whether a period the text named before entry p, for the same company,
 * was said in fiscal terms ("the first quarter of fiscal 2019", FY26). */
static int fiscal_before(const struct job *j, int p)
{
	const struct lexicon *lx = j->fx->lx;
	int named = j->pers[p].named, root = named >= 0 ? lexicon_root(lx, named) : -1;
	for (int a = p - 1, steps = 0; a >= 0 && steps < 64; a--, steps++) {
		const struct pref *x = &j->pers[a];
		if (x->temp || !x->expr.fiscal || x->expr.calendar)
			continue;
		if (root >= 0 && x->named >= 0 && lexicon_root(lx, x->named) == root)
			return 1;
	}
	return 0;
}

/* The period of entry p, its expression taken as `said_as`. */
/* Whether t[s..e), a sentence, sets a figure against the year before
 * (去年同期, 上年同期, 同比, "year-ago", "a year earlier"). */
static int said_against_year_ago(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "去年同期", "上年同期", "同比", "year-ago", "a year earlier", "a year ago" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_find(t, s, e, words[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

static int resolve_as_said(struct job *j, int p, const struct period_expr *said_as, const struct fiscal_calendar *cal,
			   int estimate, struct period *out, int depth)
{
	struct period_expr x = *said_as;
	doc_reading(j, &x);
	/* "Revenue guidance for Q2 2019" after "the first quarter of fiscal
	 * 2019", of a company whose quarters do not end with the calendar's:
	 * the company's own quarter, as the text has been counting them (a
	 * calendar one is no period it reports) */
	if (x.year && !x.fiscal && !x.calendar && !x.either && !x.month_named && x.rel == PREL_NONE &&
	    (x.type == PERIOD_QUARTER || x.type == PERIOD_HALF) && cal->month % 3 != 0 && fiscal_before(j, p))
		x.fiscal = 1;
	/* 腾讯三季度营收…；阿里巴巴同期营收…, 微软2025财年三季度…；腾讯同期…:
	 * a period read in a company's own calendar (written without its year,
	 * or marked fiscal), carried to a company whose year ends elsewhere,
	 * keeps the dates it had for the one it was named with (Alibaba's own
	 * third quarter ends in December) */
	int named = j->pers[p].named;
	const struct fiscal_calendar *said = named >= 0 ? &lexicon_entity_at(j->fx->lx, (size_t)named)->calendar : NULL;
	if (said && said != cal && memcmp(said, cal, sizeof(*cal)) && (!x.year || x.fiscal) && !x.calendar &&
	    !x.month_named && x.rel == PREL_NONE && x.type != PERIOD_MONTH) {
		if (period_resolve(&x, said, NULL, j->ref, estimate, out) < 0)
			return -1;
		period_label(out, cal);
		out->fiscal = out->fiscal_label[0] != '\0';
		return 0;
	}
	struct period prev;
	const struct period *ctx = NULL;
	int ctx_reported = 0; /* and a figure was given as reported for it */
	int needs = !x.year || x.rel == PREL_SAME || x.rel == PREL_PREV || x.rel == PREL_TTM || x.rel == PREL_NEXT;
	if (needs && depth < 6) {
		int k = j->pers[p].prev;
		/* 上财季，…。上财季，…: the quarter before, said again, is the
		 * same one (not the one before that) */
		if (x.rel == PREL_PREV && k >= 0 && j->pers[k].expr.type == x.type &&
		    (j->pers[k].expr.rel == PREL_PREV || j->pers[k].said_prev) && !j->pers[k].temp)
			return resolve_period(j, k, cal, estimate, out, depth + 1);
		/* "过去四个季度累计资本开支约 1,200 亿元；本季度自由现金流",
		 * "截至 9 月 30 日止六个月 ... 本季度资本开支": this quarter is the
		 * quarter said last, not a trailing year or a half said since */
		/* "上一季度（4-6月），阿里云收入约 334 亿元。以此计算，阿里云本季度
		 * 收入环比增长约 19%": nor the quarter before it, said since */
		/* (next quarter, 下季度: after the quarter reported, not after
		 * a forecast's) */
		/* ("预计本财年资本支出将达到350亿美元。…不像上季度近4550亿美元的
		 * 剩余履约义务": an actual's quarter before is not before a
		 * forecast's period said in an earlier sentence) */
		for (int steps = 0; k >= 0 && (j->pers[k].expr.rel == PREL_OPEN ||
					       (x.rel == PREL_NEXT && (j->pers[k].est > 0 || j->pers[k].expr.rel == PREL_NEXT)) ||
					       (x.rel == PREL_PREV && !estimate && (j->pers[k].est > 0 || j->pers[k].forecast) &&
						j->pers[k].said_e <= j->pers[p].said_s) ||
					       (x.rel == PREL_SAME && x.type == PERIOD_QUARTER && !x.year &&
						(j->pers[k].expr.rel == PREL_TTM || j->pers[k].expr.type != PERIOD_QUARTER ||
						 (j->pers[k].expr.rel == PREL_PREV && j->pers[k].prev >= 0 && j->pers[p].now) ||
						 (j->pers[p].now && earlier_quarter_said(j, k)) ||
						 (j->pers[p].now && said_before_reported(j, k, cal, depth)))));
		     steps++)
			k = steps < 64 ? j->pers[k].prev : -1;
		/* a yearless period before says no more of the year than the
		 * report's date does, and may have been read in another company's
		 * calendar ("Microsoft reports fiscal second-quarter results ...
		 * Meta reports fourth-quarter results") */
		int weak = k >= 0 && !j->pers[k].expr.year && j->pers[k].expr.rel == PREL_NONE && !x.year &&
			   x.rel == PREL_NONE && (j->pers[k].expr.type != x.type || j->pers[k].expr.fiscal != x.fiscal);
		/* "Microsoft said Azure grew 40% last quarter" on a call about
		 * CoreWeave's third quarter: the quarter before another
		 * company's is not said to be this one's quarter before */
		int others = x.rel == PREL_PREV && named >= 0 && k >= 0 && j->pers[k].named >= 0 &&
			     lexicon_root(j->fx->lx, named) != lexicon_root(j->fx->lx, j->pers[k].named);
		/* ("issuing a robust second-quarter forecast. The chipmaker
		 * projected revenue of approximately $14.90 billion for the
		 * quarter": a yearless quarter no figure was given for as
		 * reported is, to a forecast, the one to come) */
		int to_come = k >= 0 && (j->pers[k].est > 0 ||
					 (estimate && !j->pers[k].reported && !j->pers[k].expr.year &&
					  j->pers[k].expr.rel == PREL_NONE && j->pers[k].expr.type == PERIOD_QUARTER &&
					  x.rel == PREL_SAME));
		if (k >= 0 && !weak && !others && resolve_period(j, k, cal, to_come, &prev, depth + 1) == 0) {
			ctx = &prev;
			/* (through the quarters said as this one since) */
			int r = k;
			for (int steps = 0; j->pers[r].expr.rel == PREL_SAME && j->pers[r].prev >= 0 && steps < 16; steps++)
				r = j->pers[r].prev;
			ctx_reported = j->pers[r].reported;
			/* "2016财年第二财季，净利润为50.18亿美元。…微软第二财季调整后
			 * 净利润为65.15亿美元，比去年同期增长6%": a yearless quarter
			 * whose sentence compares with the year before is not the
			 * year-ago quarter said last, but the one a year on */
			struct period on;
			if (!x.year && x.rel == PREL_NONE && x.type == PERIOD_QUARTER && j->ref.y &&
			    j->pers[p].said_e <= j->tlen && said_against_year_ago(j->t, j->pers[p].said_s, j->pers[p].said_e) &&
			    period_resolve(&x, cal, NULL, j->ref, estimate, &on) == 0 &&
			    labs(date_days(on.end) - date_days(prev.end) - 365) <= 7 && date_cmp(on.end, j->ref) <= 0) {
				*out = on;
				return 0;
			}
		}
		/* a yearless quarter that no figure has dated as an actual yet
		 * ("forecast second-quarter revenue above estimates") is a
		 * forecast when it is the quarter under way on the report's date:
		 * none of it can be reported yet */
		struct period ahead, reported;
		int under_way = ctx && !estimate && j->ref.y && j->pers[k].est <= 0 && !j->pers[k].expr.year &&
				j->pers[k].expr.rel == PREL_NONE && j->pers[k].expr.type == PERIOD_QUARTER &&
				resolve_period(j, k, cal, 1, &ahead, depth + 1) == 0 &&
				reported_before_forecast(j, &ahead, cal, &reported) == 0;
		int forecast_ahead = under_way || (ctx && j->pers[k].est > 0 && j->ref.y && date_cmp(prev.end, j->ref) > 0);
		/* an actual's quarter named by its month is not read from a
		 * forecast's period still to come ("... spending in 2026.
		 * Microsoft's capex hit $34.9 billion in the quarter ended
		 * September"); "第四季度" after a forecast's 第四季度 is that one */
		if (ctx && !estimate && x.month_named && forecast_ahead)
			ctx = NULL;
		/* nor from a year still to come said of another figure ("larger
		 * growth in 2026, while Microsoft spent $34.9 billion in the
		 * September quarter"): the one the report's date has gone by */
		struct period trial;
		if (ctx && !estimate && x.month_named && !x.year && j->ref.y &&
		    (period_resolve(&x, cal, ctx, j->ref, 0, &trial) != 0 || date_cmp(trial.end, j->ref) > 0))
			ctx = NULL;
		/* nor is a yearless quarter's: "forecast second-quarter revenue
		 * above estimates ... Revenue in the first quarter ended Feb. 1"
		 * is the first quarter last reported, as the report's date has it */
		if (ctx && !estimate && under_way && !x.year && x.rel == PREL_NONE && x.type == PERIOD_QUARTER)
			ctx = NULL;
		/* "in the quarter" said of an actual after a forecast of the
		 * quarter under way: the quarter just reported, else none */
		if (ctx && !estimate && x.rel == PREL_SAME && forecast_ahead) {
			if (!under_way && reported_before_forecast(j, &prev, cal, &reported) < 0)
				return -1;
			*out = reported;
			return 0;
		}
	}
	/* "二季度营收 940.4 亿美元 … 预计本季度营收将实现中高个位数增长": a
	 * forecast of this quarter, after the results of a quarter over by
	 * the report's date, is of the quarter under way then (not after
	 * "将于 2 月 19 日发布 FY26Q3 业绩": a quarter still to be reported) */
	if (ctx && !ctx_reported && subject_reported(j, ctx->end))
		ctx_reported = 1;
	/* (or, in a preview, after the text called the quarter to be
	 * reported the last one: "第4季（上季）營收…本季營收將成長65%") */
	if (estimate && x.rel == PREL_SAME && x.type == PERIOD_QUARTER && !x.year && j->pers[p].now && j->ref.y &&
	    (!ctx || date_cmp(ctx->end, j->ref) < 0) && !ctx_reported && calls_last_quarter(j)) {
		struct period_expr cx = x;
		cx.rel = PREL_CURRENT;
		if (period_resolve(&cx, cal, NULL, j->ref, 1, out) == 0)
			return 0;
	}
	if (ctx && ctx_reported && estimate && x.rel == PREL_SAME && x.type == PERIOD_QUARTER && !x.year &&
	    j->pers[p].now == 2 && j->ref.y && date_cmp(ctx->end, j->ref) < 0) {
		struct period_expr cx = x;
		cx.rel = PREL_CURRENT;
		struct period under_way;
		if (period_resolve(&cx, cal, NULL, j->ref, 1, &under_way) == 0 && date_cmp(under_way.end, ctx->end) > 0) {
			*out = under_way;
			return 0;
		}
	}
	/* "a revenue opportunity of $60 billion to $90 billion by 2027. ...
	 * Broadcom also reported first-quarter revenue of $14.92 billion": a
	 * period not begun by the report's date dates no quarter said as
	 * reported without its year; the report's date does */
	if (ctx && !estimate && !x.year && x.type == PERIOD_QUARTER && x.rel == PREL_NONE && j->ref.y &&
	    date_cmp(ctx->start, j->ref) > 0 && said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start))
		ctx = NULL;
	/* "Our 2027 EPS estimate is $9.80. AMD guided fourth-quarter revenue
	 * to about $9.6 billion": a yearless quarter forecast is not read into
	 * a year that starts more than a year after the report */
	if (ctx && estimate && !x.year && x.type == PERIOD_QUARTER && x.rel == PREL_NONE && j->ref.y &&
	    date_days(ctx->start) - date_days(j->ref) > 365)
		ctx = NULL;
	/* "2012年第一季度业绩摘要：" then "毛利率由上一季度的65.4%降至60.2%":
	 * the quarter before, said as a base in a paragraph that named none,
	 * is the one before the quarter the document named last (if that one
	 * is over), not before the report's date */
	if (!ctx && j->pers[p].base_of_last && j->fs->last_quarter.valid && j->fs->last_quarter.expr.year) {
		struct period_expr lq = j->fs->last_quarter.expr;
		doc_reading(j, &lq);
		if (period_resolve(&lq, cal, NULL, j->ref, 0, &prev) == 0 && (!j->ref.y || date_cmp(prev.end, j->ref) <= 0))
			ctx = &prev;
	}
	/* "in the quarter" in a paragraph that named none: the quarter the
	 * document named last */
	/* "Amazon drops 5% on Q3 results ... AWS revenue was up 46% Y/Y, down
	 * from the 49% growth last quarter": in a story of a quarter's
	 * results, a paragraph or two on, the quarter before that one (not
	 * before the report's date) */
	struct period results;
	if (!ctx && x.rel == PREL_PREV && x.type == PERIOD_QUARTER && !x.year && !estimate &&
	    j->fs->results_quarter.valid && j->fs->paragraphs - j->fs->results_para <= 2 && j->ref.y) {
		struct period_expr rq = j->fs->results_quarter.expr;
		doc_reading(j, &rq);
		if (period_resolve(&rq, cal, NULL, j->ref, 0, &results) == 0 && date_cmp(results.end, j->ref) <= 0)
			ctx = &results;
	}
	if (!ctx && x.rel == PREL_SAME && j->fs->last_quarter.valid) {
		struct period_expr lq = j->fs->last_quarter.expr;
		doc_reading(j, &lq);
		/* a yearless quarter that is the one under way on the report's
		 * date was forecast, not reported: an actual "in the quarter" is
		 * of the quarter before it */
		struct period ahead, reported;
		if (!estimate && !lq.year && period_resolve(&lq, cal, NULL, j->ref, 1, &ahead) == 0 &&
		    reported_before_forecast(j, &ahead, cal, &reported) == 0) {
			*out = reported;
			return 0;
		}
		if (period_resolve(&lq, cal, NULL, j->ref, estimate, &prev) == 0 && date_cmp(prev.end, j->ref) <= 0)
			ctx = &prev;
	}
	/* "博通将在2025年12月11日发布最新季度财报 … 本季度总收入预计为174.92亿
	 * 美元 … 上季度公司营收为159.52亿美元": in a text that awaits the
	 * company's results, this quarter is the one just over, whose results
	 * are to come, and the last quarter the one before it */
	if (!ctx && x.type == PERIOD_QUARTER && !x.year && j->ref.y && (x.rel == PREL_SAME || x.rel == PREL_PREV) &&
	    awaits_results(j)) {
		struct period just;
		if (quarter_just_ended(j, cal, &just) == 0) {
			if (x.rel == PREL_SAME) {
				*out = just;
				return 0;
			}
			return period_resolve(&x, cal, &just, j->ref, 0, out);
		}
	}
	/* 百度本季度总营收 312 亿元 in an article that named no quarter: said as
	 * over, the company's quarter last ended by the report's date */
	if (!ctx && x.rel == PREL_SAME && x.type == PERIOD_QUARTER && !x.year && !estimate && j->ref.y) {
		struct period_expr lx = x;
		lx.rel = PREL_LATEST;
		return period_resolve(&lx, cal, NULL, j->ref, 0, out);
	}
	/* 台积电公布去年第四季财报。去年第四季毛利率…: the quarter of last
	 * year said again is the same quarter, not the year-ago of the one
	 * said before ("36.9% in the fourth quarter last year" after the
	 * fourth quarter) */
	int pk = j->pers[p].prev;
	if (ctx && x.rel == PREL_LAST_YEAR && pk >= 0 && j->pers[pk].expr.rel == PREL_LAST_YEAR &&
	    j->pers[pk].expr.type == x.type && j->pers[pk].expr.index == x.index)
		ctx = NULL;
	int rc = period_resolve(&x, cal, ctx, j->ref, estimate, out);
	/* "苹果2025四季报(26FYQ1) … 预期Q1营收同比增约13%~16%": a forecast of
	 * a quarter named as the company's quarter the text has reported is
	 * of the calendar's quarter of that name, after it */
	struct period civil;
	if (rc == 0 && estimate && j->pers[p].forecast && !x.year && !x.fiscal && !x.calendar && x.rel == PREL_NONE &&
	    x.type == PERIOD_QUARTER && subject_reported(j, out->end)) {
		struct period_expr cx = x;
		cx.calendar = 1;
		if (period_resolve(&cx, cal, NULL, j->ref, 1, &civil) == 0 && date_cmp(civil.end, out->end) > 0)
			*out = civil;
	}
	return rc;
}

/* Whether period entry p, read as over, is the period of the figure just
 * given ("$33 billion in the third quarter, beating the estimate of
 * $32.42 billion": the estimate is of that quarter, not the next one). */
static int same_period_as_last(struct job *j, const struct state *st, int p, const struct fiscal_calendar *cal)
{
	struct period now;
	return resolve_period(j, p, cal, 0, &now, 0) == 0 && date_cmp(now.end, st->last.period.end) == 0 &&
	       now.type == st->last.period.type;
}

/* resolve_period() for a figure: "expects $9 billion by year-end" after
 * "at the end of 2024" — a forecast's yearless period, read from an
 * earlier one that is over, is the next one to come, as the report date
 * reads it. */
static int resolve_forecast(struct job *j, int p, const struct fiscal_calendar *cal, int estimate, struct period *out)
{
	int rc = resolve_period(j, p, cal, estimate, out, 0);
	/* (今年首季, "Q1 this year": a year said relatively is said) */
	enum period_rel rel = j->pers[p].expr.rel;
	if (rc < 0 || !estimate || j->pers[p].expr.year || date_cmp(out->end, j->ref) >= 0 || rel == PREL_THIS_YEAR ||
	    rel == PREL_LAST_YEAR || rel == PREL_NEXT_YEAR)
		return rc;
	/* "we expect about $30 billion for fiscal Q1" in an "FY26 Q1 preview":
	 * the quarter the document is about, over but not yet reported */
	const struct period_expr *x = &j->pers[p].expr;
	/* ("is expected to report its second-quarter earnings on the 13th",
	 * "$48 billion for the fiscal second quarter" in August: the quarter
	 * of that name just over, whose results are about to come, not the
	 * one a year on) */
	if (x->type == PERIOD_QUARTER && date_days(j->ref) - date_days(out->end) <= 45)
		return rc;
	if (j->fs->doc_period.valid && j->fs->doc_period.expr.year && j->fs->doc_period.expr.type == x->type &&
	    j->fs->doc_period.expr.index == x->index && !x->month_named) {
		struct period_expr dx = j->fs->doc_period.expr;
		doc_reading(j, &dx);
		struct period dp;
		if (period_resolve(&dx, cal, NULL, j->ref, estimate, &dp) == 0 && date_days(dp.end) >= date_days(j->ref) - 365) {
			*out = dp;
			return 0;
		}
	}
	pref_slot(j);
	j->pers[j->npers] = j->pers[p];
	j->pers[j->npers].prev = -1;
	j->pers[j->npers].temp = 1;
	j->pers[j->npers].named = -1;
	j->pers[j->npers].now = 0;
	j->npers++;
	struct period np;
	/* (or, read from a period said a year or more before the report, the
	 * one of that name just over: 首季 in a preview of the first quarter
	 * after notes on last year's; the document's period likewise, above) */
	long stale = date_days(j->ref) - 365;
	if (resolve_period(j, (int)j->npers - 1, cal, estimate, &np, 0) == 0 &&
	    (date_cmp(np.end, j->ref) >= 0 || (date_days(out->end) < stale && date_days(np.end) >= stale)))
		*out = np;
	j->npers--;
	return rc;
}

static void put_period(struct fact *f, const struct period *p)
{
	copy_str(f->period_type, sizeof(f->period_type), period_type_name(p->type));
	date_format(p->start, f->period_start);
	date_format(p->end, f->period_end);
	copy_str(f->fiscal_label, sizeof(f->fiscal_label), p->fiscal_label);
	copy_str(f->calendar_label, sizeof(f->calendar_label), p->calendar_label);
}

/* Index of the next quantity token after k in the same clause, or `end`. */
static size_t next_qty(const struct job *j, size_t k, size_t end)
{
	for (size_t i = k + 1; i < end; i++) {
		if (j->toks[i].clause != j->toks[k].clause)
			return i;
		if (j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind != NL_NUMBER)
			return i;
	}
	return end;
}

/* The number of figures (quantities other than bare numbers) among the
 * tokens [first, end). */
static size_t figures_in(const struct job *j, size_t first, size_t end)
{
	size_t n = 0;
	for (size_t i = first; i < end; i++)
		n += j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind != NL_NUMBER;
	return n;
}

static int text_has(const char *t, size_t s, size_t e, const char *w)
{
	return span_contains(t, s, e, w, 0);
}

/* Whether t[s..e) says the figure after it is as things stand now
 * ("is now generating", "currently", 目前, 当前). */
static int said_now(const char *t, size_t s, size_t e)
{
	static const char *const now[] = { " now ", " currently ", "目前", "当前", "现已" };
	for (size_t i = 0; i < ARRAY_SIZE(now); i++)
		if (span_contains(t, s, e, now[i], 1))
			return 1;
	return 0;
}

/* Whether no period token follows token k in its sentence [.., end): a
 * figure that names none of its own. */
static int following_period_unknown(const struct job *j, size_t k, size_t end)
{
	for (size_t i = k + 1; i < end; i++)
		if (j->toks[i].type == T_PERIOD)
			return 0;
	return 1;
}

/* Whether entity `up` is an ancestor of entity `e` (its company, or that
 * company's own). */
static int is_ancestor(const struct lexicon *lx, int up, int e)
{
	int p = lexicon_entity_at(lx, (size_t)e)->parent;
	for (int depth = 0; p >= 0 && depth < 8; depth++) {
		if (p == up)
			return 1;
		p = lexicon_entity_at(lx, (size_t)p)->parent;
	}
	return 0;
}

/* Whether the entity at token k, said with 's and no measure after it
 * ("Claude Code, Anthropic's coding agent,"), is the company of entity
 * `part` named in an aside about it. */
static int possessive_aside(const struct job *j, size_t k, int part)
{
	const struct tok *tk = &j->toks[k];
	if (!is_ancestor(j->fx->lx, j->lm[tk->idx].index, part))
		return 0;
	if (!text_has(j->t, tk->end, tk->end + 3 < j->sent_end ? tk->end + 3 : j->sent_end, "'s"))
		return 0;
	return !(k + 1 < j->ntoks && j->toks[k + 1].type == T_METRIC && j->toks[k + 1].clause == tk->clause);
}

/* Characters that may stand between a metric (or its period) and its
 * number in Chinese without naming another measure: verbs and particles
 * such as 达, 为, 已, 维持在, 创纪录的. */
static const char cjk_linkers[] = "区间达到为是约已维持保持在录得实现升降至仅即共合计累总高突破接近超过首次再创纪录的亦也则更仍依然分别来跃增长年内单季当期全年度上下半前后左右等于占比重了将会可能预计有望从由较比介末底时估报料反映口径";

static int linker(const char *t, size_t i)
{
	for (const char *c = cjk_linkers; *c; c += 3)
		if (!memcmp(t + i, c, 3))
			return 1;
	return 0;
}

/* A space between words: a sentence of wrapped lines runs on over the
 * line breaks between them (see segment_sentences()). */
static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int only_spaces(const char *t, size_t s, size_t e)
{
	for (; s < e; s++)
		if (!is_blank(t[s]))
			return 0;
	return 1;
}

/* Whether t[s..e) is exactly `w`. */
static int text_is(const char *t, size_t s, size_t e, const char *w)
{
	if (e < s)
		return 0;
	if (strlen(w) == e - s && !memcmp(t + s, w, e - s))
		return 1;
	if (!memchr(t + s, '\n', e - s))
		return 0;
	/* a wrapped line's break, with the blanks around it, is one space */
	size_t i = s;
	for (; i < e && *w; w++) {
		if (is_blank(t[i])) {
			if (*w != ' ')
				return 0;
			while (i < e && is_blank(t[i]))
				i++;
		} else if (t[i++] != *w) {
			return 0;
		}
	}
	return i == e && !*w;
}

/* "rose 46% sequentially to $155 billion": whether the token before k,
 * past cue words of its clause, is a figure of that clause. */
static int after_a_figure(const struct job *j, size_t k, size_t first)
{
	size_t i = k;
	while (i > first && j->toks[i - 1].type == T_CUE && j->toks[i - 1].clause == j->toks[k].clause)
		i--;
	return i < k && i > first && j->toks[i - 1].type == T_QTY && j->toks[i - 1].clause == j->toks[k].clause;
}

/* Whether the consensus cue at token i is said of the figure right before
 * it, a source's name or "in the" at most between: "the $1.62 Zacks
 * consensus", "$1.62 in the Zacks consensus" — not of the figure after. */
static int consensus_of_figure_before(const struct job *j, size_t i)
{
	if (i == 0 || j->toks[i].type != T_CUE || j->toks[i - 1].type != T_QTY ||
	    !(cue_of(j, &j->toks[i]) & CUE_CONSENSUS))
		return 0;
	const char *t = j->t;
	size_t s = j->toks[i - 1].end, e = j->toks[i].start;
	static const char *const lead[] = { " in the", " from the", " per the", " of the" };
	for (size_t w = 0; w < ARRAY_SIZE(lead); w++)
		if (e - s >= strlen(lead[w]) && !strncasecmp(t + s, lead[w], strlen(lead[w]))) {
			s += strlen(lead[w]);
			break;
		}
	int names = 0;
	while (s < e) {
		if (is_blank(t[s])) {
			s++;
			continue;
		}
		if (!isupper((unsigned char)t[s]) || ++names > 2)
			return 0;
		while (s < e && (isalpha((unsigned char)t[s]) || t[s] == '/'))
			s++;
	}
	return 1;
}

/* Whether the "from" at token i is the base of the figure at token k ("up
 * from $9bn", "from a year-ago $30.8 billion"), not where something comes
 * from ("Revenues from cloud services were $9bn"): no name of a company or
 * measure and no verb that states the figure stands between them. */
static int from_governs(const struct job *j, size_t i, size_t k)
{
	static const char *const stating[] = { " was ", " were ", " is ", " are ", " reached ", " totaled ",
					       " totalled ", " came in at ", " stood at ", " amounted to " };
	for (size_t m = i + 1; m < k; m++)
		if (j->toks[m].type == T_ENTITY || j->toks[m].type == T_METRIC)
			return 0;
	/* "lowered its guidance from a previous high to $12-14 billion":
	 * past a to, the figure is where the move went */
	for (size_t m = i + 1; m < k; m++)
		if (j->toks[m].type == T_CUE && (cue_of(j, &j->toks[m]) & CUE_TO))
			return 0;
	for (size_t w = 0; w < ARRAY_SIZE(stating); w++)
		if (text_has(j->t, j->toks[i].end, j->toks[k].start, stating[w]))
			return 0;
	return 1;
}

/* Whether t[s..e), spaces left out at both ends, is `w`. */
static int text_is_trimmed(const char *t, size_t s, size_t e, const char *w)
{
	while (s < e && is_blank(t[s]))
		s++;
	while (e > s && is_blank(t[e - 1]))
		e--;
	return text_is(t, s, e, w);
}

/* Whether token tk opens on a Chinese word of comparing (较上季度, 比去年同期). */
static int opens_on_compare(const struct job *j, const struct tok *tk)
{
	const char *c = j->t + tk->start;
	return !strncmp(c, "较", 3) || !strncmp(c, "比", 3);
}

/* Whether the figure at token k is owned by the comparison just before it
 * (较上季度末的 3920 亿美元, 比去年同期的 115 亿): a level of the quarter or
 * the year before, said as the base of a change. */
static int owned_by_comparison(const struct job *j, size_t k, size_t first)
{
	if (k <= first || j->toks[k - 1].type != T_CUE || !(cue_of(j, &j->toks[k - 1]) & (CUE_QOQ | CUE_YOY)))
		return 0;
	if (!opens_on_compare(j, &j->toks[k - 1]))
		return 0;
	size_t s = j->toks[k - 1].end, e = j->toks[k].start;
	/* (or with nothing between: 较上一季882.93亿美元减少31%) */
	return text_is_trimmed(j->t, s, e, "的") || text_is_trimmed(j->t, s, e, "末的") ||
	       text_is_trimmed(j->t, s, e, "底的") || only_spaces(j->t, s, e);
}

/* How the period at token p owns the figure at token p + 1: 1 by an
 * English possessive ("the prior quarter's $41.1 billion"), 2 by 的 (2024 年
 * 5 月的 9.7 万亿, 2024 年同期的 20 倍), 0 not. */
static int period_owns(const struct job *j, size_t p)
{
	if (p + 1 >= j->ntoks || j->toks[p].type != T_PERIOD || j->toks[p + 1].type != T_QTY)
		return 0;
	size_t s = j->toks[p].end, e = j->toks[p + 1].start;
	if (text_is(j->t, s, e, "'s ") || text_is(j->t, s, e, "\u2019s "))
		return 1;
	return text_is_trimmed(j->t, s, e, "的") ? 2 : 0;
}

/* Whether the word right before `pos` (after spaces) is `w`. */
static int word_before(const char *t, size_t floor, size_t pos, const char *w)
{
	size_t n = strlen(w);
	while (pos > floor && is_blank(t[pos - 1]))
		pos--;
	/* the last letter first: it rules out almost every word asked of */
	return pos >= floor + n && tolower((unsigned char)t[pos - 1]) == tolower((unsigned char)w[n - 1]) &&
	       !strncasecmp(t + pos - n, w, n) &&
	       (pos == floor + n || !isalpha((unsigned char)t[pos - n - 1]));
}

/* The Latin word that ends t[floor..pos) before its spaces: its start
 * into *ws, its end returned (equal to *ws when no letter stands there). */
static size_t prev_word(const char *t, size_t floor, size_t pos, size_t *ws)
{
	while (pos > floor && t[pos - 1] == ' ')
		pos--;
	size_t s = pos;
	while (s > floor && isalpha((unsigned char)t[s - 1]))
		s--;
	*ws = s;
	return pos;
}

/* The Latin word that starts t[at..end) past its spaces: its start into
 * *ws, its end returned (*ws itself when no letter stands there). */
static size_t next_word(const char *t, size_t at, size_t end, size_t *ws)
{
	while (at < end && t[at] == ' ')
		at++;
	*ws = at;
	while (at < end && isalpha((unsigned char)t[at]))
		at++;
	return at;
}

/* Whether t[s..e) opens, past its spaces, on one of words[0..n) (Latin,
 * case folded). */
static int opens_on_word(const char *t, size_t s, size_t e, const char *const *words, size_t n)
{
	size_t ws, we = next_word(t, s, e, &ws);
	return span_in_list(t, ws, we, words, n);
}

/* Whether [s, e) holds nothing but spaces and one short Latin word (the
 * "in" of ") in fiscal Q1"). */
static int only_spaces_words(const char *t, size_t s, size_t e)
{
	int words = 0;
	for (size_t i = s; i < e;) {
		if (t[i] == ' ') {
			i++;
			continue;
		}
		if (!isalpha((unsigned char)t[i]) || ++words > 1)
			return 0;
		while (i < e && isalpha((unsigned char)t[i]))
			i++;
	}
	return 1;
}

/* Whether [s, e) joins the figures of one list and nothing else: spaces,
 * commas and the words "or", "and", "in" and "per share" ("$2.89 billion,
 * or $8.75 per share, in"). */
static int only_list_joints(const char *t, size_t s, size_t e)
{
	static const char *const joints[] = { "or", "and", "in", "per", "share" };
	for (size_t i = s; i < e;) {
		if (is_blank(t[i]) || t[i] == ',') {
			i++;
			continue;
		}
		size_t w = i;
		while (i < e && isalpha((unsigned char)t[i]))
			i++;
		if (i == w || !span_in_list(t, w, i, joints, ARRAY_SIZE(joints)))
			return 0;
	}
	return 1;
}

/* Whether [s, e) joins the figures of one list and their measures:
 * what only_list_joints() allows, and "of" ("revenue of $9.73 billion"). */
static int run_gap(const char *t, size_t s, size_t e)
{
	while (s < e && is_blank(t[s]))
		s++;
	if (e - s >= 2 && !strncmp(t + s, "of", 2) && (e - s == 2 || is_blank(t[s + 2])))
		s += 2;
	return only_list_joints(t, s, e);
}

/* Whether the words right before t[pos] set what follows as a base of
 * comparison: 由, 比, 较, 从, 与 (由上一季度的65.4%, 比上一季度). */
static int said_as_base(const char *t, size_t start, size_t pos)
{
	static const char *const marks[] = { "由", "比", "较", "从", "与" };
	while (pos > start && t[pos - 1] == ' ')
		pos--;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++)
		if (pos >= start + 3 && !memcmp(t + pos - 3, marks[i], 3))
			return 1;
	return 0;
}

/* The period that closes the run of compared figures the figure at token
 * k stands in ("compared to revenue of $9.73 billion and net quarterly
 * profit of $1.83 billion, or $2.01 per diluted share, in the year-ago
 * quarter"): back to a word of comparing and on to a period, past only
 * figures, their measures and the words of one list. Its index in
 * job.ps, -1 none. */
static int introduced(const char *t, size_t s, size_t e);

static int compared_run_period(const struct job *j, size_t k, size_t sent_first, size_t sent_end)
{
	size_t at = j->toks[k].start;
	size_t i = k;
	for (;; i--) {
		if (i == sent_first)
			return -1;
		const struct tok *b = &j->toks[i - 1];
		if (b->type == T_CUE && (cue_of(j, b) & (CUE_FROM | CUE_COMPARE)))
			break;
		if ((b->type != T_QTY && b->type != T_METRIC) || !run_gap(j->t, b->end, at))
			return -1;
		at = b->start;
	}
	size_t end = j->toks[k].end;
	for (size_t n = k + 1; n < sent_end; n++) {
		const struct tok *x = &j->toks[n];
		if (x->type == T_PERIOD)
			return introduced(j->t, end, x->start) ? (int)x->idx : -1;
		if ((x->type != T_QTY && x->type != T_METRIC && !(x->type == T_CUE && cue_of(j, x) == CUE_FILLER)) ||
		    !run_gap(j->t, end, x->start))
			return -1;
		end = x->end;
	}
	return -1;
}

/* Whether the period at token k closes the figures a comparison set the
 * sentence's own against ("improved to 21.3% from 20.0% in the prior year",
 * "compared to $2.89 billion, or $8.75 per share, in the first quarter of
 * 2012"): the figures, with nothing between them but the words of one
 * list, go back to a word of comparing. */
static int compared_run_before(const struct job *j, size_t k, size_t first)
{
	size_t at = j->toks[k].start;
	int figures = 0;
	for (size_t i = k; i > first; i--) {
		const struct tok *b = &j->toks[i - 1];
		if (b->type == T_CUE && (cue_of(j, b) & (CUE_FROM | CUE_COMPARE)))
			return figures > 0;
		if ((b->type != T_QTY && b->type != T_METRIC) || !only_list_joints(j->t, b->end, at))
			return 0;
		figures += b->type == T_QTY;
		at = b->start;
	}
	return 0;
}

/* Whether t[s..e) is a label of segments and its mark, nothing else:
 * "Segments – ", "Segment results: ", "分部业绩：". */
static int under_segments_label(const char *t, size_t s, size_t e)
{
	static const char *const labels[] = { "segments", "segment results", "business segments", "by segment",
					      "segment information", "分部", "分部业绩", "分部业务" };
	static const char *const marks[] = { "-", "–", "—", ":", "：", "--" };
	while (s < e && is_blank(t[s]))
		s++;
	while (e > s && is_blank(t[e - 1]))
		e--;
	for (size_t l = 0; l < ARRAY_SIZE(labels); l++) {
		size_t n = strlen(labels[l]);
		if (e - s <= n || strncasecmp(t + s, labels[l], n))
			continue;
		size_t m = s + n;
		while (m < e && is_blank(t[m]))
			m++;
		for (size_t k = 0; k < ARRAY_SIZE(marks); k++)
			if (text_is(t, m, e, marks[k]))
				return 1;
	}
	return 0;
}

/* "AWS segment", "Azure business", "阿里云业务": the part word right after
 * an entity's name calls that entity a part, it names no other part. */
static int names_entity_part(const struct job *j, size_t k, size_t first)
{
	if (k <= first || j->toks[k - 1].type != T_ENTITY)
		return 0;
	size_t gs = j->toks[k - 1].end, ge = j->toks[k].start;
	const struct lexicon_entity *en = lexicon_entity_at(j->fx->lx, (size_t)j->lm[j->toks[k - 1].idx].index);
	/* ("Google segment revenues $25.802B" of Alphabet: a segment that
	 * bears a whole company's name is a part of it) */
	if (only_spaces(j->t, gs, ge))
		return !(en->parent < 0 && j->toks[k].type == T_CUE && j->toks[k].end - j->toks[k].start >= 7 &&
			 !strncasecmp(j->t + j->toks[k].start, "segment", 7));
	/* "Azure cloud business": one word of what a part is, between its
	 * name and the noun, is still the part itself (of a company, "Microsoft
	 * cloud business" is a part of it) */
	if (en->parent < 0)
		return 0;
	while (gs < ge && j->t[gs] == ' ')
		gs++;
	while (ge > gs && j->t[ge - 1] == ' ')
		ge--;
	/* (AWS云业务: 云 between) */
	if (ge - gs == 3 && !memcmp(j->t + gs, "云", 3))
		return 1;
	for (size_t i = gs; i < ge; i++)
		if (!isalpha((unsigned char)j->t[i]))
			return 0;
	return ge > gs;
}

/* Whether the sentence, or the text right before it, counts units
 * shipped or sold ("323.2 million units", shipments, 出货量, 销量): a growth
 * it names no metric of is of those. */
static int units_near(const struct job *j)
{
	static const char *const words[] = { "shipments", "shipped", "出货", "销量", "交付量" };
	size_t s = j->sent_start > 300 ? j->sent_start - 300 : 0;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(j->t, s, j->sent_end, words[i], 1))
			return 1;
	/* (units counted: "40.7 million units", not "cloud units") */
	static const char *const scales[] = { "million", "billion", "thousand" };
	for (size_t at = span_find(j->t, s, j->sent_end, " units", 0); at != SIZE_MAX;
	     at = span_find(j->t, at + 6, j->sent_end, " units", 0)) {
		if (at > s && isdigit((unsigned char)j->t[at - 1]))
			return 1;
		for (size_t i = 0; i < ARRAY_SIZE(scales); i++)
			if (word_before(j->t, s, at, scales[i]))
				return 1;
	}
	return 0;
}

/* 特斯拉交付量同比增长 7%, "Tesla deliveries grew 7%": the growth of a
 * measure named right before the change words, one the lexicon does not
 * know, so not the revenue a bare "grew 40%" would mean. */
static int growth_of_unknown_measure(const struct job *j, size_t k, size_t first)
{
	static const char *const plain[] = { "its", "the", "has", "have", "had", "was", "were", "is", "also",
					     "again", "further", "strongly", "business", "segment", "division",
					     "unit", "s", "and", "it", "which", "this", "that", "they", "while",
					     "but", "as", "up", "down", "by", "a", "an", "of", "in", "on", "with", "then" };
	size_t c = k;
	while (c > first && j->toks[c - 1].type == T_CUE && j->toks[c - 1].clause == j->toks[k].clause)
		c--;
	/* "Azure cloud business grew 40%": the part itself (names_entity_part) */
	if (c < k && (cue_of(j, &j->toks[c]) & CUE_SEGNOUN) && names_entity_part(j, c, first))
		return 0;
	size_t e = j->toks[c].start;
	size_t s = c > first ? j->toks[c - 1].end : j->sent_start;
	const char *t = j->t;
	for (size_t i = s; i < e;) {
		unsigned char ch = (unsigned char)t[i];
		if (ch >= 0xE4 && ch <= 0xE9 && i + 3 <= e) {
			if (!linker(t, i))
				return 1;
			i += 3;
		} else if (isalpha(ch)) {
			size_t w = i;
			while (i < e && isalpha((unsigned char)t[i]))
				i++;
			if (!span_in_list(t, w, i, plain, ARRAY_SIZE(plain)))
				return 1;
		} else {
			i += ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : ch >= 0xC0 ? 2 : 1;
		}
	}
	return 0;
}

/* Whether the words right before metric token k are 集团 or 集团整体,
 * 公司整体 as a noun of its own (not the tail of a part's name, 云智能集团): the whole
 * company's figure. */
static int whole_group_before(const struct job *j, size_t k, size_t first)
{
	static const char *const words[] = { "集团整体", "全集团", "集团", "公司整体", "整体" };
	const char *t = j->t;
	size_t e = j->toks[k].start;
	/* (集团全年收入: past the period said between) */
	if (k > first && j->toks[k - 1].type == T_PERIOD && only_spaces(t, j->toks[k - 1].end, e))
		e = j->toks[--k].start;
	while (e > j->sent_start && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		if (e < j->sent_start + n || memcmp(t + e - n, words[i], n))
			continue;
		size_t b = e - n;
		/* a bracket, a comma or the start before it, not a name's characters */
		return b == j->sent_start || !((unsigned char)t[b - 1] >= 0xE4 && (unsigned char)t[b - 1] <= 0xE9);
	}
	return 0;
}

/* Whether t[s..e), past its spaces, opens on one of words[0..n). */
static int opens_with_any(const char *t, size_t s, size_t e, const char *const *words, size_t n)
{
	while (s < e && t[s] == ' ')
		s++;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]);
		if (e - s >= len && !memcmp(t + s, words[i], len))
			return 1;
	}
	return 0;
}

/* Whether t[s..e), its trailing spaces aside, ends on one of words[0..n). */
static int ends_with_any(const char *t, size_t s, size_t e, const char *const *words, size_t n)
{
	if (e < s)
		return 0;
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]);
		if (e - s >= len && !memcmp(t + e - len, words[i], len))
			return 1;
	}
	return 0;
}

/* Whether t[at..end) opens on a word that makes the metric before it a
 * share (收入占比, 营收比重, 收入的占比). */
static int share_word_after(const char *t, size_t at, size_t end)
{
	static const char *const words[] = { "占比", "比重", "的占比", "的比重", "所占比例", "占比重", "中的占比",
					     "中占比", "中的比重", "中所占比例", "的比例", "比例" };
	return opens_with_any(t, at, end, words, ARRAY_SIZE(words));
}

/* Whether t[s..e), right before a metric, ends on a word that points back
 * (此收入, 这一收入, 该收入). */
static int demonstrative_before(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "这一", "这", "此", "此一", "上述", "该" };
	return ends_with_any(t, s, e, words, ARRAY_SIZE(words));
}

/* Whether period token k names another period than the one said in the
 * clause of the forecast cue (st's est_cue), with no figure between:
 * "第4季财测目标，第3季税后纯益". */
static int forecast_of_other_period(const struct job *j, size_t first, size_t k)
{
	const struct period_expr *now = &j->ps[j->toks[k].idx].expr;
	if (now->rel != PREL_NONE || !now->index || now->month_named)
		return 0;
	/* (a clause it opens after a comma: not one said again in brackets) */
	size_t b = j->toks[k].start;
	while (b > j->sent_start && j->t[b - 1] == ' ')
		b--;
	if (!(b > j->sent_start && j->t[b - 1] == ',') && !(b >= j->sent_start + 3 && !memcmp(j->t + b - 3, "，", 3)))
		return 0;
	for (size_t i = k; i > first; i--) {
		const struct tok *x = &j->toks[i - 1];
		if (x->type == T_QTY)
			return 0;
		if (x->type == T_PERIOD && x->clause != j->toks[k].clause) {
			const struct period_expr *then = &j->ps[x->idx].expr;
			return then->type == now->type && then->rel == PREL_NONE && then->index && !then->month_named &&
			       then->index != now->index;
		}
	}
	return 0;
}

/* Where the clause holding t[pos] begins: past the last comma or
 * semicolon of its sentence before it. */
static size_t clause_start(const struct job *j, size_t pos)
{
	const char *t = j->t;
	for (size_t i = pos; i > j->sent_start; i--) {
		if (t[i - 1] == ',' || t[i - 1] == ';')
			return i;
		if (i >= j->sent_start + 3 && (!memcmp(t + i - 3, "，", 3) || !memcmp(t + i - 3, "；", 3)))
			return i;
	}
	return j->sent_start;
}

/* Whether t[s..e) says a target is set (targeting, targets, aims, 目标). */
static int says_target(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "targeting", "targets", "target of", "aims", "aiming", "目标" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i], 1))
			return 1;
	return 0;
}

/* Whether t[s..e) is one bracketed aside and spaces: "(含ASIC芯片)". */
static int only_aside(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	return e - s >= 2 && t[s] == '(' && t[e - 1] == ')' && !memchr(t + s + 1, '(', e - s - 2) &&
	       !memchr(t + s + 1, ')', e - s - 2);
}

/* Whether the sentence t[s..e) opens on a word that points back (这一指引,
 * 此数据, "This guidance"). */
static int opens_demonstrative(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "这一", "此", "上述", "该", "This ", "That ", "These " };
	static const char *const not_pointing[] = { "此后", "此外", "此前", "此时", "此次", "此刻" };
	return !opens_with_any(t, s, e, not_pointing, ARRAY_SIZE(not_pointing)) &&
	       opens_with_any(t, s, e, words, ARRAY_SIZE(words));
}

/* Whether the words right after a figure, ending at t[at], say it is one
 * end of a range: (区间上限), (上限), "at the high end". */
static int range_end_after(const char *t, size_t at, size_t end)
{
	static const char *const words[] = { "区间上限", "区间下限", "上限", "下限", "at the high end", "at the low end",
					     "at the top end", "at the upper end", "the high end", "the low end",
					     "at the high-end", "at the low-end" };
	while (at < end && (t[at] == ' ' || t[at] == '('))
		at++;
	return opens_with_any(t, at, end, words, ARRAY_SIZE(words));
}

/* Each margin and the amount it is the margin of. */
static const char *const margin_pairs[][2] = { { "operating_margin", "operating_income" },
						{ "gross_margin", "gross_profit" },
						{ "net_margin", "net_income" } };

/* The margin metric a percentage at token k gives when it restates the
 * profit just said as a share of revenue ("Operating income was $474
 * million, or 11.3 percent of net revenue"; "Gross margin was $1,976
 * million, or 47.2 percent"), or -1: also when the profit is a loss,
 * whose share would be negative, or a compared figure's. */
static int margin_of_profit_said(const struct job *j, size_t k, size_t first)
{
	static const char *const of_revenue[] = { " of net revenue", " of revenue", " of total revenue", " of net sales",
						  " of sales", " of revenues", " of net revenues" };
	/* (in Chinese the revenue before the share: "运营利润为112.13亿美元,
	 * 在营收中所占比例为24%", 占营收的24%) */
	static const char *const cjk_before[] = { ",在", ",占", ",约占" };
	static const char *const cjk_after[] = { "中所占比例为", "中所占的比例为", "中的占比为", "的比例为", "比例为", "的", "的比重为" };
	const struct tok *tk = &j->toks[k];
	int after = 0;
	for (size_t i = 0; i < ARRAY_SIZE(of_revenue) && !after; i++) {
		size_t n = strlen(of_revenue[i]);
		after = tk->end + n <= j->sent_end && !strncmp(j->t + tk->end, of_revenue[i], n);
	}
	size_t amount = k - 1;
	if (!after && k >= first + 3 && j->toks[k - 1].type == T_METRIC &&
	    !strcmp(lexicon_metric_at(j->fx->lx, (size_t)j->lm[j->toks[k - 1].idx].index)->id, "revenue") &&
	    span_in_list(j->t, j->toks[k - 2].end, j->toks[k - 1].start, cjk_before, ARRAY_SIZE(cjk_before)) &&
	    span_in_list(j->t, j->toks[k - 1].end, tk->start, cjk_after, ARRAY_SIZE(cjk_after))) {
		after = 1;
		amount = k - 2;
	} else if (after && !(k >= first + 2 && text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or"))) {
		after = 0;
	}
	if (!after || amount < first + 1 || j->toks[amount].type != T_QTY || j->q[j->toks[amount].idx].kind != NL_AMOUNT)
		return -1;
	/* (not a compared figure's, "..., or 12.2 percent of net revenue, in
	 * the prior quarter": its period comes after, which it would miss) */
	for (size_t i = k + 1; i < j->ntoks && j->toks[i].start < j->sent_end; i++)
		if (j->toks[i].type == T_PERIOD || j->toks[i].type == T_QTY)
			return -1;
	/* the profit named before that amount, in its clause (a loss's
	 * share would be negative: left out) */
	for (size_t i = amount; i > first && j->toks[i - 1].clause == j->toks[amount].clause; i--)
		if (j->toks[i - 1].type == T_METRIC) {
			if (j->lm[j->toks[i - 1].idx].sign < 0)
				return -1;
			/* (the amount, or the margin itself said in money) */
			const char *id = lexicon_metric_at(j->fx->lx, (size_t)j->lm[j->toks[i - 1].idx].index)->id;
			for (size_t p = 0; p < ARRAY_SIZE(margin_pairs); p++)
				if (!strcmp(id, margin_pairs[p][1]) || !strcmp(id, margin_pairs[p][0]))
					return lexicon_find_metric(j->fx->lx, margin_pairs[p][0]);
			return -1;
		}
	return -1;
}

/* Whether the rest of a sentence after a figure, t[at..end), says the
 * figures before it are an end of the range it gave: "..., which is a
 * full year growth rate of 30% at the high end of our range". */
static int range_end_later(const char *t, size_t at, size_t end)
{
	static const char *const words[] = { "high end of our range", "low end of our range", "high end of the range",
					     "low end of the range", "high end of its range", "low end of its range",
					     "top end of our range", "upper end of our range", "high end of our guidance",
					     "low end of our guidance" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_find(t, at, end, words[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

/* 同比增加13.4%至增加42.9%, 同比减少2.2%至增加36%: a range whose ends each
 * say their change. Whether the figure at t[s..e) is one of its ends
 * (the lexer reads no such range: each end alone would be a wrong value). */
static int verb_range_end(const char *t, size_t floor, size_t s, size_t e, size_t end)
{
	static const char *const to_verb[] = { "至增加", "至增长", "至上升", "至提升", "至减少", "至下降", "至下滑", "至降低",
					       "到增加", "到增长", "到减少", "到下降" };
	size_t a = e;
	while (a < end && t[a] == ' ')
		a++;
	if (opens_with_any(t, a, end, to_verb, ARRAY_SIZE(to_verb)))
		return 1;
	/* (a figure whose sign is a bullet's dash starts before its
	 * sentence's text: "- $88.3 b") */
	size_t b = s > floor ? s : floor;
	while (b > floor && t[b - 1] == ' ')
		b--;
	if (!ends_with_any(t, floor, b, to_verb, ARRAY_SIZE(to_verb)))
		return 0;
	/* (the other end right before: 13.4%至增加) */
	b -= strlen(to_verb[0]);
	while (b > floor && t[b - 1] == ' ')
		b--;
	return b > floor && (t[b - 1] == '%' || isdigit((unsigned char)t[b - 1]) ||
			     (b >= floor + 3 && !memcmp(t + b - 3, "元", 3)));
}

/* 营收预期上限从53.5亿美元下调至51.5亿美元, "the high end of the range to
 * $5.15 billion": the clause before the figure at t[at] (from `floor`)
 * names the end of a range it gives. */
static int range_end_before(const char *t, size_t floor, size_t at)
{
	static const char *const words[] = { "上限", "下限", "high end", "low end", "upper end", "top end", "bottom end" };
	size_t c = at;
	while (c > floor && t[c - 1] != ',' && t[c - 1] != ';')
		c--;
	/* (close before it: 上限从…下调至, "the high end of the range to"; not
	 * "above the high end of the guided range and ahead of our $8.95
	 * billion": four words between at most) */
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t w = span_find(t, c, at, words[i], 1);
		if (w == SIZE_MAX)
			continue;
		size_t from = w + strlen(words[i]);
		int spaces = 0;
		for (size_t p = from; p < at; p++)
			spaces += t[p] == ' ' && p > from && t[p - 1] != ' ';
		if (spaces <= 4 && at - from <= 40)
			return 1;
	}
	return 0;
}

/* The EBITDA metric whose margin metric token k is, said by a
 * bare margin word (利润率, margin) right after that metric or in a
 * sentence whose metric so far is it; -1 when it is none. */
static int bare_margin_of_other(const struct job *j, const struct state *st, size_t k, size_t first)
{
	const struct lexicon *lx = j->fx->lx;
	const struct tok *tk = &j->toks[k];
	if (j->lm[tk->idx].index != lexicon_find_metric(lx, "operating_margin"))
		return -1;
	static const char *const bare[] = { "利润率", "margin", "margins" };
	if (!span_in_list(j->t, tk->start, tk->end, bare, ARRAY_SIZE(bare)))
		return -1;
	int other = -1;
	if (k > first && j->toks[k - 1].type == T_METRIC && only_spaces(j->t, j->toks[k - 1].end, tk->start))
		other = j->lm[j->toks[k - 1].idx].index;
	else if (st->sentence_met_seen)
		other = st->met;
	if (other < 0)
		return -1;
	const char *id = lexicon_metric_at(lx, (size_t)other)->id;
	/* (not adjusted EBITA: the measure of a segment's operating profit, its
	 * margin the segment's operating margin, as Alibaba reports it) */
	return !strcmp(id, "ebitda") || !strcmp(id, "adjusted_ebitda") ? other : -1;
}

/* Whether t[s..e) only points back (这一, 此, 上述): it names no part. */
static int demonstrative(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "这一", "这", "此", "此一", "上述", "该项" };
	return span_in_list(t, s, e, words, ARRAY_SIZE(words));
}

/* Whether the words right after a company's name at t[at] say it put
 * money into another ("Nvidia invested $2B", 英伟达投资): an investor,
 * no rival subject of the page. */
static int invests(const char *t, size_t at, size_t len)
{
	static const char *const words[] = { "invested", "invests", "has invested", "took a stake", "投资了", "入股", "注资" };
	return opens_with_any(t, at, len < at + 40 ? len : at + 40, words, ARRAY_SIZE(words));
}

/* Where the last word for customers in t[from..pos) ends ("主要客户包括",
 * "its customers include"), SIZE_MAX when there is none. */
static size_t customer_noun_before(const char *t, size_t from, size_t pos)
{
	/* (found by their tails, in either case of their first letter: the
	 * case-sensitive search is the cheap one) */
	static const char *const nouns[] = { "ustomers", "lients" };
	size_t last = SIZE_MAX;
	for (size_t i = 0; i < ARRAY_SIZE(nouns); i++)
		for (size_t at = from; (at = span_find(t, at, pos, nouns[i], 0)) != SIZE_MAX;) {
			at += strlen(nouns[i]);
			if (last == SIZE_MAX || at > last)
				last = at;
		}
	/* (客户 by its first character's last byte, rarer in Chinese text
	 * than its first) */
	for (const char *p = t + from + 2; p + 4 <= t + pos && (p = memchr(p, 0xA2, (size_t)(t + pos - 3 - p))) != NULL;
	     p++)
		if (!memcmp(p - 2, "客户", 6) && (last == SIZE_MAX || (size_t)(p + 4 - t) > last))
			last = (size_t)(p + 4 - t);
	return last;
}

/* Whether the name at t[pos] is one of the customers listed after the
 * word for them ending at t[noun_end], in the same sentence: "主要客户包括
 * 手机OEM厂商…其中苹果贡献约20%的销售收入", "its customers include Apple". A
 * customer is no subject. */
static int among_customers(const char *t, size_t noun_end, size_t pos)
{
	static const char *const lists[] = { "包括", "包含", "为", "如", "有", "including", "include", "includes",
					     "such as", "like", "are" };
	if (noun_end == SIZE_MAX || noun_end > pos || pos - noun_end > 120)
		return 0;
	if (span_find(t, noun_end, pos, "。", 0) != SIZE_MAX || memchr(t + noun_end, '\n', pos - noun_end) ||
	    span_find(t, noun_end, pos, ". ", 0) != SIZE_MAX)
		return 0;
	for (size_t w = 0; w < ARRAY_SIZE(lists); w++)
		if (span_contains(t, noun_end, pos, lists[w], 1))
			return 1;
	return 0;
}

/* Whether a company's name at t[..at) is the first half of a word that
 * makes it another's backer or owner: "the Nvidia-backed AI cloud
 * provider" describes CoreWeave. */
static int backer_compound(const char *t, size_t at, size_t len)
{
	static const char *const words[] = { "-backed", "-funded", "-owned", "-supported", "-invested" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (at + strlen(words[i]) <= len && !strncasecmp(t + at, words[i], strlen(words[i])))
			return 1;
	return 0;
}

/* Whether t[pos] follows, in its clause, a word that takes something out:
 * 扣除, 剔除, 不包括, "excluding". */
static int in_excluding(struct job *j, size_t pos)
{
	static const char *const words[] = { "扣除", "剔除", "除去", "撇除", "不包括", "不含", "excluding", "other than" };
	const char *t = j->t;
	/* (most sentences hold none of the words: each holds 除, 不, an x or
	 * "than", looked for once a sentence; this is asked of every name
	 * and period) */
	if (j->excl_sent != j->sent_start + 1) {
		j->excl_sent = j->sent_start + 1;
		j->excl_may = memchr(t + j->sent_start, 'x', j->sent_end - j->sent_start) ||
			      memchr(t + j->sent_start, 'X', j->sent_end - j->sent_start) ||
			      span_contains(t, j->sent_start, j->sent_end, "than", 1) ||
			      span_contains(t, j->sent_start, j->sent_end, "除", 0) ||
			      span_contains(t, j->sent_start, j->sent_end, "不", 0);
	}
	if (!j->excl_may)
		return 0;
	size_t s = clause_start(j, pos);
	int may = 1;
	for (size_t i = 0; i < ARRAY_SIZE(words) && may; i++)
		if (span_contains(t, s, pos, words[i], 1))
			return 1;
	return 0;
}

/* Whether entity token tk is a part named by Chinese words that do not
 * hold its company's name (营销服务 for Tencent's marketing services),
 * while the company in question is another: such words are any company's. */
static int generic_part_name(const struct job *j, const struct tok *tk, const struct state *st)
{
	const struct lexicon *lx = j->fx->lx;
	const struct lexicon_entity *en = lexicon_entity_at(lx, (size_t)j->lm[tk->idx].index);
	if (en->parent < 0 || (unsigned char)j->t[tk->start] < 0xE4)
		return 0;
	const struct lexicon_entity *pa = lexicon_entity_at(lx, (size_t)en->parent);
	/* (阿里云, 百度智能云: a character of the company's own name in it) */
	if (!pa->name_zh)
		return 0;
	for (const char *c = pa->name_zh; *c; c += (unsigned char)*c >= 0xE0 ? 3 : 1)
		if ((unsigned char)*c >= 0xE4)
			for (size_t i = tk->start; i + 3 <= tk->end; i += (unsigned char)j->t[i] >= 0xE0 ? 3 : 1)
				if (!memcmp(j->t + i, c, 3))
					return 0;
	int subject = st->ent >= 0 ? lexicon_root(lx, st->ent) : j->doc_subject >= 0 ? lexicon_root(lx, j->doc_subject) : -1;
	return subject >= 0 && subject != en->parent;
}

/* Whether t[pos] stands in a bracket, opened after `from`, that says what
 * something holds: "(which includes Azure", "(including", "（包括". */
static int in_includes_aside(const char *t, size_t from, size_t pos)
{
	static const char *const opens[] = { "which includes", "which include", "including", "includes", "包括", "含" };
	size_t o = SIZE_MAX;
	for (size_t i = pos; i > from; i--) {
		if (t[i - 1] == ')')
			return 0;
		if (t[i - 1] == '(') {
			o = i;
			break;
		}
	}
	if (o == SIZE_MAX)
		return 0;
	for (size_t w = 0; w < ARRAY_SIZE(opens); w++) {
		size_t n = strlen(opens[w]);
		if (pos - o >= n && !strncasecmp(t + o, opens[w], n))
			return 1;
	}
	return 0;
}

/* Whether metric `business` is metric `m` of one business: its id is
 * m's with the business's name before it (data_center_revenue of revenue). */
static int metric_of_business(const struct lexicon *lx, int business, int m)
{
	if (business == m)
		return 0;
	const char *b = lexicon_metric_at(lx, (size_t)business)->id, *id = lexicon_metric_at(lx, (size_t)m)->id;
	size_t nb = strlen(b), n = strlen(id);
	return nb > n + 1 && b[nb - n - 1] == '_' && !strcmp(b + nb - n, id);
}

/* Whether metric `m` is a business's metric (data_center_revenue). */
static int business_metric(const struct lexicon *lx, int m)
{
	for (size_t i = 0; i < lexicon_metric_count(lx); i++)
		if (metric_of_business(lx, m, (int)i))
			return 1;
	return 0;
}

/* "as cloud growth speeds up to 38%", "advertising growth of 12%": a
 * growth named by a part's word right before it (not "Alibaba Cloud
 * growth", whose part the lexicon knows). 1 with the word in `why`. */
static int part_growth(const struct job *j, size_t k, size_t first, char *why, size_t whylen)
{
	const char *t = j->t;
	for (size_t c = k; c > first && j->toks[c - 1].type == T_CUE && j->toks[c - 1].clause == j->toks[k].clause;
	     c--) {
		if (!(cue_of(j, &j->toks[c - 1]) & CUE_GROWTH))
			continue;
		size_t floor = c - 1 > first ? j->toks[c - 2].end : j->sent_start;
		size_t e = j->toks[c - 1].start;
		while (e > floor && t[e - 1] == ' ')
			e--;
		size_t b = e;
		while (b > floor && isalpha((unsigned char)t[b - 1]))
			b--;
		if (b < e && span_in_list(t, b, e, latin_part_nouns, ARRAY_SIZE(latin_part_nouns))) {
			snprintf(why, whylen, "%.*s", (int)(e - b), t + b);
			return 1;
		}
	}
	/* 年增76% 资料中心季增15%: a name right after the figure before,
	 * then the change — the named business's, not the metric's */
	if (k > first + 1 && j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & (CUE_UP | CUE_DOWN)) &&
	    j->toks[k - 2].type == T_QTY) {
		size_t s = j->toks[k - 2].end, e = j->toks[k - 1].start;
		while (s < e && t[s] == ' ')
			s++;
		size_t chars = 0, i = s;
		for (; i + 3 <= e && (unsigned char)t[i] >= 0xE4 && (unsigned char)t[i] <= 0xE9; i += 3)
			chars++;
		/* (not a word of comparing: 与去年同期的81.03亿美元相比增长8%) */
		if (i == e && chars >= 2 && !linker(t, s) && !span_in_list(t, s, e, cjk_ok, ARRAY_SIZE(cjk_ok))) {
			snprintf(why, whylen, "%.*s", (int)(e - s), t + s);
			return 1;
		}
	}
	return 0;
}

/* Whether t[s..e) holds nothing but spaces and linkers (也, 均, 为). */
static int linkers_only(const char *t, size_t s, size_t e)
{
	while (s < e)
		if (is_blank(t[s]))
			s++;
		else if (s + 3 <= e && (unsigned char)t[s] >= 0xE0 && linker(t, s))
			s += 3;
		else
			return 0;
	return 1;
}

/* 成本费用增速达到 32%: Chinese words right before the change words of
 * figure k, run on into them, that name a measure (not 这一增速, 同期,
 * 其增速: words cjk_ok or a linker holds). */
static int cjk_measure_before_change(const struct job *j, size_t k, size_t first)
{
	size_t c = k;
	while (c > first && j->toks[c - 1].type == T_CUE && j->toks[c - 1].clause == j->toks[k].clause)
		c--;
	/* (其中游戏同比+13%: what follows 其中, of which, before the next
	 * cue is a part's measure) */
	if (c < k - 1 && j->toks[c].end - j->toks[c].start == 6 && !memcmp(j->t + j->toks[c].start, "其中", 6) &&
	    !linkers_only(j->t, j->toks[c].end, j->toks[c + 1].start))
		c++;
	if (c == k)
		return 0;
	const char *t = j->t;
	size_t floor = c > first ? j->toks[c - 1].end : j->sent_start;
	size_t e = j->toks[c].start, b = e;
	while (b >= floor + 3 && (unsigned char)t[b - 3] >= 0xE4 && (unsigned char)t[b - 3] <= 0xE9)
		b -= 3;
	/* (其中游戏: of which, games — not 其, its) */
	if (e - b > 6 && !memcmp(t + b, "其中", 6))
		b += 6;
	if (e - b < 6 || linker(t, b))
		return 0;
	return !span_in_list(t, b, e, cjk_ok, ARRAY_SIZE(cjk_ok)) && !demonstrative(t, b, e);
}

/* Whether the words before pos (after floor) name an investment in the
 * company named at pos: "gains of $9.5 billion from investments in
 * Anthropic", "its stake in OpenAI". */
static int invested_before(const char *t, size_t floor, size_t pos)
{
	static const char *const words[] = { "investment in", "investments in", "stake in", "invested in",
					     "investing in", "holding in", "holdings in" };
	while (pos > floor && t[pos - 1] == ' ')
		pos--;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		if (pos >= floor + n && !strncasecmp(t + pos - n, words[i], n) &&
		    (pos == floor + n || !isalpha((unsigned char)t[pos - n - 1])))
			return 1;
	}
	return 0;
}

/* Whether the name that ends at t[p] is what is invested in, not who
 * speaks: 调整OpenAI投资影响后 (Microsoft's investment in OpenAI), "excluding
 * the OpenAI investment", "its OpenAI stake". */
static int invested_in(const char *t, size_t p, size_t e)
{
	static const char *const words[] = { "投资", "的投资", "股权", "持股", " investment", " investments", " stake" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		/* (a word in Latin letters ends there: not "stakeholders") */
		if (p + n <= e && !memcmp(t + p, words[i], n) &&
		    (words[i][0] != ' ' || p + n == e || !isalpha((unsigned char)t[p + n])))
			return 1;
	}
	return 0;
}

/* Whether the metric at t[e] is said as "its" (其营业利润率, "its
 * operating margin"): the one named before it, a part as well. */
static int its_metric(const char *t, size_t s, size_t e)
{
	static const char *const its[] = { "其", "它的", "its", "their" };
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(its); i++) {
		size_t n = strlen(its[i]);
		if (e >= s + n && !memcmp(t + e - n, its[i], n) &&
		    (its[i][0] & 0x80 || e == s + n || !isalpha((unsigned char)t[e - n - 1])))
			return 1;
	}
	return 0;
}

/* Whether the words t[s..e) before a figure, in its clause, open on a
 * subject that is a measure the lexicon does not know, and its verb: "and
 * DAP missed at 3.56B", "Q1 buybacks were zero (vs. $12.75B": initials we
 * do not read, or a noun of money returned or of shares. */
static int unknown_noun_subject(const char *t, size_t s, size_t e, size_t *sub_s, size_t *sub_e)
{
	/* ("Amazon Hits $70 Billion in Q3 Sales but Income Falls 28%":
	 * income alone names no measure we know, operating or net) */
	static const char *const nouns[] = { "buybacks", "repurchases", "dividends", "shares", "headcount",
					     "employees", "impressions", "stock", "income" };
	static const char *const verbs[] = { "was", "were", "is", "are", "missed", "beat", "rose", "fell", "grew",
					     "declined", "came", "hit", "reached", "totaled", "totalled", "falls",
					     "rises", "grows", "drops", "dropped", "jumps", "jumped", "slips", "slipped",
					     "climbs", "climbed", "surges", "surged", "slumps", "slumped", "tumbles",
					     "tumbled" };
	static const char *const known[] = { "USD", "RMB", "CNY", "HKD", "TWD", "YTD", "TTM", "LTM", "YOY", "QOQ",
					     "FY", "CY", "US", "AI", "CEO", "CFO", "GAAP", "IFRS" };
	/* the words, past a period's before them ("Q1 buybacks") */
	size_t ws[4], we[4], n = 0;
	for (size_t i = s; i < e && n < 4;) {
		while (i < e && t[i] == ' ')
			i++;
		size_t w = i;
		while (i < e && t[i] != ' ')
			i++;
		int digits = 0, alpha = 1;
		for (size_t c = w; c < i; c++) {
			digits |= isdigit((unsigned char)t[c]) != 0;
			alpha &= isalpha((unsigned char)t[c]) != 0;
		}
		if (i == w || (!alpha && !(digits && n == 0)))
			break;
		if (digits)
			continue;
		ws[n] = w;
		we[n++] = i;
	}
	size_t f = n && span_in_list(t, ws[0], we[0], (const char *[]){ "and", "but", "while" }, 3) ? 1 : 0;
	if (n < f + 2 || !span_in_list(t, ws[f + 1], we[f + 1], verbs, ARRAY_SIZE(verbs)))
		return 0;
	size_t a = ws[f], b = we[f];
	*sub_s = a;
	*sub_e = b;
	int initials = b - a >= 2 && b - a <= 5 && !span_in_list(t, a, b, known, ARRAY_SIZE(known));
	for (size_t i = a; i < b && initials; i++)
		initials = isupper((unsigned char)t[i]);
	return initials || span_in_list(t, a, b, nouns, ARRAY_SIZE(nouns));
}

/* Whether one of words[0..n) (each with its leading space) stands right
 * after an amount at t[pos..end), as whole words. */
static int words_after(const char *t, size_t pos, size_t end, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]);
		if (pos + len <= end && !strncasecmp(t + pos, words[i], len) &&
		    (pos + len == end || !isalpha((unsigned char)t[pos + len])))
			return 1;
	}
	return 0;
}

/* What after an amount makes it a per-share figure ("$1.95 per diluted
 * share", "$2.87 a share"). */
static const char *const per_share_words[] = { " per diluted share",
					      " per basic share",
					      " per share",
					      " per diluted common share",
					      " a share",
					      " a diluted share",
					      " per ADS",
					      " per ADR",
					      " per American Depositary Share",
					      " per American Depository Share",
					      " per diluted ADS" };

/* Whether the Chinese clause of the figure at token k (tokens from
 * `first`) opens, past the company and the period it names, on a noun of a
 * measure or a part that is no metric of ours, right before its first word
 * of change (微软上季盈利按年升10%至220亿美元, 大中华区同比下降4%). */
static int cjk_clause_subject_unknown(const struct job *j, size_t k, size_t first)
{
	const char *t = j->t;
	size_t i = k;
	while (i > first && j->toks[i - 1].clause == j->toks[k].clause)
		i--;
	/* its first word of change, past its company and period only */
	size_t c = i;
	while (c < k && (j->toks[c].type == T_ENTITY || j->toks[c].type == T_PERIOD))
		c++;
	if (c == k || j->toks[c].type != T_CUE || !(cue_of(j, &j->toks[c]) & (CUE_UP | CUE_DOWN | CUE_YOY | CUE_QOQ)))
		return 0;
	for (size_t m = c; m < k; m++)
		if (j->toks[m].type == T_METRIC)
			return 0;
	/* (most clauses are not Chinese right before it: spared the rest) */
	size_t e = j->toks[c].start;
	if (e < j->sent_start + 6 || (unsigned char)t[e - 3] < 0xE4 || (unsigned char)t[e - 3] > 0xE9)
		return 0;
	/* where the clause's text opens, before its first token */
	size_t at = j->toks[i].start;
	for (size_t w; at > j->sent_start && !segment_clause_break(t, j->sent_end, at - 1, &w);)
		at--;
	for (; i < c; i++) {
		if (!linkers_only(t, at, j->toks[i].start))
			return 0;
		at = j->toks[i].end;
	}
	size_t chars = 0;
	for (size_t x = at; x + 3 <= e; x += 3) {
		unsigned char ch = (unsigned char)t[x];
		if (ch < 0xE4 || ch > 0xE9)
			return 0;
		chars += !linker(t, x);
	}
	/* (a noun of a measure or a part, by how it ends: 盈利, 溢利, 用户数,
	 * 大中华区, 云业务 — not an adverb, 进一步升至, nor 这一增速 pointing
	 * back) */
	static const char *const ends[] = { "利", "润", "额", "量", "数", "率", "费", "区", "务", "门", "块" };
	int noun = 0;
	for (size_t w = 0; w < ARRAY_SIZE(ends) && e >= at + 3; w++)
		noun |= !memcmp(t + e - 3, ends[w], 3);
	/* (营销费用, 内容成本: costs) */
	noun |= e >= at + 6 && (!memcmp(t + e - 6, "费用", 6) || !memcmp(t + e - 6, "成本", 6));
	return noun && chars >= 2 && chars <= 6 && (e - at) % 3 == 0 && !span_contains(t, at, e, "这", 0) &&
	       !span_contains(t, at, e, "该", 0) && !span_contains(t, at, e, "此", 0);
}

/* "a one-time income tax charge of $15.93 billion", "H20 相关费用 45 亿美元":
 * a measure we do not know, named just before the number. Returns 1, or 2
 * when a change said right after the figure is of that measure too, 0 when
 * the measure may be one of ours. */
static int unknown_measure(const struct job *j, size_t k, size_t first)
{
	const char *t = j->t;
	/* "and DAP missed at 3.56B": the clause's subject is a measure we do
	 * not know */
	/* ("Q1 buybacks were zero (vs. $12.75B": past the bracket the
	 * figure sits in, to its clause) */
	/* (a subject opens its clause within a few words: looked for no
	 * further back; a clause mark starts with one of the bytes of
	 * clause_mark_first, see segment_clause_break; not at a bracket's
	 * opening) */
	size_t cs = j->toks[k].start, floor_cs = cs > j->sent_start + 80 ? cs - 80 : j->sent_start;
	/* (a "but" opens a clause of its own with no comma before it: "$70
	 * Billion in Q3 Sales but Income Falls 28%") */
	for (size_t w; cs > floor_cs &&
		       !(clause_mark_first[(unsigned char)t[cs - 1]] && t[cs - 1] != '(' &&
			 segment_clause_break(t, j->sent_end, cs - 1, &w)) &&
		       !(t[cs - 1] == ' ' && word_before(t, floor_cs, cs - 1, "but"));)
		cs--;
	size_t sub_s, sub_e;
	if ((cs > floor_cs || floor_cs == j->sent_start) && unknown_noun_subject(t, cs, j->toks[k].start, &sub_s, &sub_e)) {
		/* (AWS, a company of the lexicon, is no such subject) */
		int named = 0;
		for (size_t i = first; i < k && !named; i++)
			named = overlaps(j->toks[i].start, j->toks[i].end, sub_s, sub_e);
		if (!named)
			return 1;
	}
	/* "GAAP income tax expense for the first quarter of 2015 was $420
	 * million", "costs and expenses were up 83% to $2.61 billion": a
	 * clause whose words before the figure name costs, and no metric of
	 * ours, is about them */
	{
		static const char *const costs[] = { "expense", "expenses", "costs", "tax", "taxes", "charges" };
		int named_metric = 0;
		for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause && !named_metric; i--)
			named_metric = j->toks[i - 1].type == T_METRIC;
		size_t s0 = named_metric ? j->toks[k].start : clause_start(j, j->toks[k].start);
		if (!named_metric)
			for (size_t i = s0; i < j->toks[k].start;) {
				if (!isalpha((unsigned char)t[i])) {
					i++;
					continue;
				}
				size_t w = i;
				while (i < j->toks[k].start && isalpha((unsigned char)t[i]))
					i++;
				if (span_in_list(t, w, i, costs, ARRAY_SIZE(costs)))
					return 1;
			}
	}
	/* "$2.5 billion of cash": a measure named right after the number,
	 * one the lexicon does not know (not "$4.3 billion of revenue") */
	size_t a = j->toks[k].end;
	if (a + 4 < j->sent_end && !strncmp(t + a, " of ", 4) && isalpha((unsigned char)t[a + 4]) &&
	    !(k + 1 < j->ntoks && j->toks[k + 1].start == a + 4 &&
	      (j->toks[k + 1].type == T_METRIC || j->toks[k + 1].type == T_PERIOD)) &&
	    !word_before(t, a, a + 4 + 3, "the") && !word_before(t, a, a + 4 + 3, "its"))
		return 1;
	/* "with $44.4 billion in cash and marketable securities", "ended Q2
	 * with $9.5 billion cash, $69.4 billion gross debt": a balance held,
	 * named right after the amount */
	if (j->q[j->toks[k].idx].kind == NL_AMOUNT) {
		static const char *const held[] = { "cash", "debt", "gross debt", "net debt", "net cash", "liquidity",
						    "borrowings", "buybacks", "dividends", "in cash", "in debt",
						    "of cash", "of debt", "in buybacks", "in dividends", "in share buybacks",
						    "in share repurchases", "in stock buybacks", "in repurchases",
						    "repurchased", "paid in dividends", "of shares", "of stock",
						    "worth of shares", "worth of stock", "worth of its shares",
						    /* "sold $1bn worth of goods": what shoppers bought */
						    "worth of goods", "worth of merchandise", "worth of products", "of goods",
						    "in goods", "in merchandise",
						    /* "took a $1.2 billion impairment", "a $10 billion
						     * deal": the noun after an amount names it */
						    "impairment", "impairments", "charge", "charges", "write-down",
						    "write-downs", "writedown", "writedowns", "settlement", "fine",
						    "penalty", "acquisition", "deal", "investment", "stake", "loan",
						    "bond", "bonds", "offering",
						    "buyback", "share buyback", "repurchase program", "credit facility",
						    "share-buyback", "stock buyback", "stock-buyback", "buy-back",
						    "share repurchase", "share-repurchase", "stock repurchase" };
		size_t w = a;
		while (w < j->sent_end && t[w] == ' ')
			w++;
		/* (not where a metric's name stands right after the amount:
		 * "$65 billion order backlog") */
		int metric_next = k + 1 < j->ntoks && j->toks[k + 1].start == w && j->toks[k + 1].type == T_METRIC;
		for (size_t i = 0; i < ARRAY_SIZE(held) && w > a && !metric_next; i++) {
			size_t n = strlen(held[i]);
			if (w + n <= j->sent_end && !strncmp(t + w, held[i], n) &&
			    (w + n == j->sent_end || !isalpha((unsigned char)t[w + n])))
				return 1;
		}
	}
	/* "$15B OCF": an amount with the initials of a measure we do not
	 * know right after it (not "$72B RPO", a metric's token) */
	if (j->q[j->toks[k].idx].kind == NL_AMOUNT && a + 3 < j->sent_end && t[a] == ' ' &&
	    !(k + 1 < j->ntoks && j->toks[k + 1].start == a + 1)) {
		size_t w = a + 1;
		while (w < j->sent_end && isupper((unsigned char)t[w]))
			w++;
		static const char *const known[] = { "USD", "RMB", "CNY", "HKD", "TWD", "EUR", "GBP", "JPY", "YTD",
						     "TTM", "LTM", "YOY", "QOQ", "FY", "CY", "US", "USA" };
		if (w - (a + 1) >= 2 && w - (a + 1) <= 5 &&
		    (w == j->sent_end || t[w] == ',' || t[w] == ';' || t[w] == '.' || t[w] == ')' || t[w] == '\n') &&
		    !span_in_list(t, a + 1, w, known, ARRAY_SIZE(known)))
			return 1;
	}
	/* "3.1 million fully driverless rides": a count with the noun of
	 * what it counts after it, one the lexicon does not know (not "697
	 * million monthly active users", a metric's name) */
	/* (and an amount whose currency was borrowed from a figure before:
	 * "equity (ATM up to 25M Class A)" after "$5B", shares) */
	const struct numlex_token *qa = &j->q[j->toks[k].idx];
	if ((qa->kind == NL_COUNT || (qa->kind == NL_AMOUNT && qa->currency_inherited)) && a < j->sent_end &&
	    t[a] == ' ' && a + 1 < j->sent_end &&
	    (islower((unsigned char)t[a + 1]) || (qa->currency_inherited && isupper((unsigned char)t[a + 1]))) &&
	    !(k + 1 < j->ntoks && j->toks[k + 1].type == T_METRIC && only_spaces_words(t, a, j->toks[k + 1].start))) {
		static const char *const links[] = { "in", "at", "for", "from", "of", "to", "and", "or", "a", "an", "the",
						     "up", "down", "compared", "versus", "vs", "as", "by", "during", "last",
						     "this", "per", "on", "with", "while", "which", "respectively", "year",
						     "yoy", "y/y", "qoq", "q/q", "more", "over", "than", "higher", "lower",
						     "ahead", "above", "below", "year-over-year", "sequentially", "globally",
						     "worldwide", "total", "people", "a year", "new", "net" };
		size_t we = a + 1;
		while (we < j->sent_end && (isalpha((unsigned char)t[we]) || t[we] == '-' || t[we] == '/'))
			we++;
		if (!span_in_list(t, a + 1, we, links, ARRAY_SIZE(links)))
			return 2;
	}
	size_t floor = k > first ? j->toks[k - 1].end : j->sent_start, lead = j->toks[k].start;
	while (lead > floor && t[lead - 1] == ' ')
		lead--;
	/* "Meta, which earned 39 billion, up 68%": what a company earned is
	 * a profit of one kind or another, which the verb does not say (not
	 * the metric of a figure before it: "had revenues of $134.9 billion";
	 * per share, it is the earnings per share); the change said after
	 * it is of that profit (2) */
	static const char *const earned[] = { "earned", "earning", "earns", "earn" };
	for (size_t i = 0; i < ARRAY_SIZE(earned); i++)
		if (word_before(t, floor, lead, earned[i]) &&
		    /* (not "earned $14.2 billion of operating income") */
		    !(k + 1 < j->ntoks && j->toks[k + 1].type == T_METRIC && j->toks[k + 1].start < j->sent_end &&
		      (only_spaces(t, a, j->toks[k + 1].start) || text_is_trimmed(t, a, j->toks[k + 1].start, "of") ||
		       text_is_trimmed(t, a, j->toks[k + 1].start, "in")))) {
			int per_share = words_after(t, j->toks[k].end, j->sent_end, per_share_words,
						    ARRAY_SIZE(per_share_words));
			return per_share ? 0 : 2;
		}
	/* "includes two special charges: $2.5 billion related to ...": the
	 * items a measure holds, listed after a colon */
	if (lead > floor && t[lead - 1] == ':') {
		static const char *const items[] = { "charge", "charges", "cost", "costs", "expense", "expenses", "item",
						     "items", "gain", "gains", "loss", "losses", "impairment",
						     "impairments", "benefit", "benefits", "adjustment", "adjustments" };
		size_t ie = lead - 1, is = ie;
		while (is > floor && isalpha((unsigned char)t[is - 1]))
			is--;
		if (span_in_list(t, is, ie, items, ARRAY_SIZE(items)))
			return 1;
	}
	size_t p = j->toks[k].start;
	/* Chinese: the characters between the previous token and the number */
	size_t gs = k > first ? j->toks[k - 1].end : j->sent_start;
	/* not past the start of the number's clause */
	for (size_t i = p; i > gs; i--) {
		size_t w;
		if (segment_clause_break(t, j->sent_end, i - 1, &w)) {
			gs = i;
			break;
		}
	}
	/* 而三季度末这个数字是 1550 亿美元: "this figure" is the measure
	 * already named */
	static const char *const back[] = { "这个数字", "这一数字", "该数字", "此数字", "这个数据", "这一数据", "该数据" };
	for (size_t i = 0; i < ARRAY_SIZE(back) && span_contains(t, gs, p, "数", 0); i++)
		if (span_contains(t, gs, p, back[i], 0))
			return 0;
	int foreign = 0;
	for (size_t i = gs; i + 3 <= p && !foreign; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c >= 0xE4 && c <= 0xE9 && !linker(t, i))
			foreign = 1;
		if (c >= 0xE0)
			i += 2;
	}
	if (foreign)
		return 1;
	/* 微软上季盈利按年升10%至220亿美元: the clause's subject, past its
	 * company and period and before its words of change, is a measure we
	 * do not know — and so of the figures it moves by and to */
	if (cjk_clause_subject_unknown(j, k, first))
		return 1;
	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p < 3 || strncmp(t + p - 2, "of", 2) || !(t[p - 3] == ' '))
		return 0;
	size_t we = p - 3;
	while (we > 0 && t[we - 1] == ' ')
		we--;
	size_t ws = we;
	while (ws > 0 && (isalpha((unsigned char)t[ws - 1]) || t[ws - 1] == '-'))
		ws--;
	if (ws == we)
		return 0;
	for (size_t i = first; i < k; i++)
		if (overlaps(j->toks[i].start, j->toks[i].end, ws, we))
			return 0;
	char w[32];
	if (we - ws >= sizeof(w))
		return 1;
	memcpy(w, t + ws, we - ws);
	w[we - ws] = '\0';
	static const char *const fine[] = { "level",  "total",	  "sum",	 "amount", "value", "increase",
					    "growth", "rate",	  "pace",	 "range",  "midpoint", "figure",
					    "tune",   "out",	  "change",	 "decline", "decrease", "rise",
					    "jump",   "drop", "figures", "number", "numbers",
					    /* ("topping consensus expectations of $6.71") */
					    "expectation", "expectations", "estimate", "estimates", "forecast", "forecasts" };
	/* (not one said as superseded: "compared to our previous expectation
	 * of $85 billion") */
	static const char *const before_noun[] = { "previous", "prior", "earlier", "original", "initial" };
	size_t ps, pe = prev_word(t, 0, ws, &ps);
	if (ps < pe && span_in_list(t, ps, pe, before_noun, ARRAY_SIZE(before_noun)))
		return 1;
	return !in_list(w, fine, ARRAY_SIZE(fine));
}

/* Whether the name at t[pos] opens a sentence's clause of background, set
 * before its subject: "As Intel continues to rake in record amounts of
 * cash, AMD is having a harder time" (As, While, Whereas, Although, first
 * on its line or after a full stop). */
static int opens_background(const char *t, size_t pos)
{
	static const char *const words[] = { "As", "While", "Whereas", "Although", "Though" };
	size_t s, e = prev_word(t, 0, pos, &s);
	if (s == e || e == pos)
		return 0;
	size_t b = s;
	while (b > 0 && t[b - 1] == ' ')
		b--;
	if (b > 0 && t[b - 1] != '\n' && !(t[b - 1] == '.' && b < s))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (e - s == strlen(words[i]) && !memcmp(t + s, words[i], e - s))
			return 1;
	return 0;
}

static int after_preposition(const char *t, size_t floor, size_t pos)
{
	static const char *const latin[] = { "with",    "by",      "to",     "from",    "than",    "against", "versus",
					     "vs",      "vs.",     "like",   "unlike",  "including", "over",  "toward",
					     "towards", "outside", "beyond", "besides", "behind" };
	/* (and what a subject surpasses or trails: 季增率超越辉达, 超车 Intel,
	 * 增长率显著高于AWS, 规模不及AWS) */
	static const char *const cjk[] = { "来自", "向", "与", "对", "跟", "被", "给", "同", "较", "比", "受",
					   "包含", "包括", "超越", "超过", "领先", "落后于", "赶超", "超车", "高于",
					   "低于", "不及", "优于", "逊于", "快于", "慢于", "强于", "弱于" };
	size_t e = pos;
	while (e > floor && is_blank(t[e - 1]))
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(cjk); i++) {
		size_t n = strlen(cjk[i]);
		if (e >= floor + n && !memcmp(t + e - n, cjk[i], n))
			return 1;
	}
	size_t s = e;
	while (s > floor && (isalpha((unsigned char)t[s - 1]) || t[s - 1] == '.'))
		s--;
	if (s == e || e - s > 12)
		return 0;
	/* "Available at Amazon", "sold at Walmart": a shop, in an advert */
	if (e - s == 2 && !strncasecmp(t + s, "at", 2)) {
		static const char *const sells[] = { "available", "sold", "buy", "shop", "exclusively" };
		for (size_t i = 0; i < ARRAY_SIZE(sells); i++)
			if (word_before(t, floor, s, sells[i]))
				return 1;
	}
	/* "checkpoints outside of Nvidia": the word before "of" leads */
	if (e - s == 2 && !strncasecmp(t + s, "of", 2) && word_before(t, floor, s, "outside"))
		return 1;
	/* "competition from the likes of TikTok", "rivals such as Google" */
	if (e - s == 2 && !strncasecmp(t + s, "of", 2) && word_before(t, floor, s, "likes"))
		return 1;
	if (e - s == 2 && !strncasecmp(t + s, "as", 2) && word_before(t, floor, s, "such"))
		return 1;
	char w[16];
	memcpy(w, t + s, e - s);
	w[e - s] = '\0';
	return in_list(w, latin, ARRAY_SIZE(latin));
}

/* 以iPhone 17为主的手机旗舰AP新品出货量: what something is mostly made
 * of, not the subject. Whether t[at..), past a model's number, says 为主. */
static int mainly_of(const char *t, size_t at, size_t end)
{
	size_t p = at;
	while (p < end && p - at < 16 && (isalnum((unsigned char)t[p]) || t[p] == ' '))
		p++;
	return p + 6 <= end && !memcmp(t + p, "为主", 6);
}

/* 主要受 Meta 142 亿美元及 OpenAI 合计 224 亿美元合同带动: the companies
 * named between 受 and the verb it governs (带动, 影响, 驱动, 拉动, 推动)
 * are what drove the figure, not whose it is. Whether token k stands so
 * in its clause (tokens first..end of the sentence). */
static int in_cause(const struct job *j, size_t k, size_t first, size_t end)
{
	static const char *const verbs[] = { "带动", "影响", "驱动", "拉动", "推动" };
	const struct tok *tk = &j->toks[k];
	size_t cs = j->sent_start, ce = j->sent_end;
	for (size_t i = k; i > first; i--)
		if (j->toks[i - 1].clause != tk->clause) {
			cs = j->toks[i - 1].end;
			break;
		}
	for (size_t i = k + 1; i < end; i++)
		if (j->toks[i].clause != tk->clause) {
			ce = j->toks[i].start;
			break;
		}
	if (!text_has(j->t, cs, tk->start, "受"))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
		if (text_has(j->t, tk->end, ce, verbs[i]))
			return 1;
	return 0;
}

/* 考虑到 Azure 增长的持续性，我们上调 FY2026E 营收预测至…: a company named
 * in a clause that gives the reason for what follows, and holds no figure
 * of its own, is not the subject of the clauses after it. Whether token k
 * stands so (tokens up to end are its sentence's). */
static int in_reason(const struct job *j, size_t k, size_t end)
{
	static const char *const openers[] = { "考虑到", "鉴于", "考虑" };
	static const char *const marks[] = { "，", "；", "：", ",", ";", ":" };
	const struct tok *tk = &j->toks[k];
	/* (most sentences hold no such word: looked for first) */
	if (!span_contains(j->t, j->sent_start, tk->start, "考虑", 0) &&
	    !span_contains(j->t, j->sent_start, tk->start, "鉴于", 0))
		return 0;
	for (size_t i = k + 1; i < end && j->toks[i].clause == tk->clause; i++)
		if (j->toks[i].type == T_QTY)
			return 0;
	/* the clause's start: past the last mark before the name */
	size_t cs = j->sent_start;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++) {
		size_t n = strlen(marks[i]);
		for (size_t p = tk->start; p >= cs + n; p--)
			if (!memcmp(j->t + p - n, marks[i], n)) {
				cs = p;
				break;
			}
	}
	while (cs < tk->start && is_blank(j->t[cs]))
		cs++;
	for (size_t i = 0; i < ARRAY_SIZE(openers); i++)
		if (!strncmp(j->t + cs, openers[i], strlen(openers[i])))
			return 1;
	return 0;
}

/* Whether metric `id` is a profit, one a loss is the negative of. */
static int profit_metric(const char *id)
{
	static const char *const profits[] = { "net_income", "operating_income", "adjusted_net_income",
					       "adjusted_operating_income", "gross_profit" };
	return in_list(id, profits, ARRAY_SIZE(profits));
}

/* What after an amount makes it a difference ("$15 billion more than it
 * projected"). */
static const char *const difference_words[] = { " more than", " less than", " higher than", " lower than", " step-up",
						 " step up", " step-down", " increase", " decrease", " cut", " raise",
						 " reduction" };
/* ... or a rate per month, per day ("about 2 billion dollars a month"):
 * which month's figure, or the rate of a year, is not said */
static const char *const per_time_words[] = { " a month", " per month", " each month", " every month", " a day",
					      " per day", " a week", " per week", "/month" };
/* Whether a rate per minute, second or hour follows the count ending at
 * t[at], the noun it counts between ("19 billion tokens per minute"). */
static int per_short_time(const char *t, size_t at, size_t end)
{
	static const char *const per[] = { " per minute", " a minute", " per second", " a second", " per hour",
					   " an hour", "/min", "/s", "/sec", "/hour" };
	if (words_after(t, at, end, per, ARRAY_SIZE(per)))
		return 1;
	size_t w, we = next_word(t, at, end, &w);
	return we > w && words_after(t, we, end, per, ARRAY_SIZE(per));
}

/* Whether token b goes on a list after the per-share amount at token a:
 * "estimates of $1.32 per share and $1.09 a year earlier" — the second
 * is per share too. */
static int per_share_list(const struct job *j, size_t a, size_t b)
{
	const struct tok *ta = &j->toks[a], *tb = &j->toks[b];
	if (ta->type != T_QTY || tb->type != T_QTY || j->q[ta->idx].kind != NL_AMOUNT || j->q[tb->idx].kind != NL_AMOUNT)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(per_share_words); i++) {
		size_t len = strlen(per_share_words[i]);
		if (ta->end + len <= tb->start && !strncasecmp(j->t + ta->end, per_share_words[i], len))
			return text_is_trimmed(j->t, ta->end + len, tb->start, "and") ||
			       text_is_trimmed(j->t, ta->end + len, tb->start, ", and") ||
			       text_is_trimmed(j->t, ta->end + len, tb->start, ",");
	}
	return 0;
}

/* Whether token b is the per-share aside of the amount at token a:
 * "$24.67 billion, or $3.30 per share". */
static int per_share_beside(const struct job *j, size_t a, size_t b)
{
	const struct tok *ta = &j->toks[a], *tb = &j->toks[b];
	if (ta->type != T_QTY || tb->type != T_QTY || j->q[ta->idx].kind != NL_AMOUNT || j->q[tb->idx].kind != NL_AMOUNT)
		return 0;
	size_t gs = ta->end;
	/* ("$3.48 billion in net income, or $8.15 per share": the amount's
	 * metric between) */
	if (b == a + 2 && j->toks[a + 1].type == T_METRIC && text_is(j->t, ta->end, j->toks[a + 1].start, " in "))
		gs = j->toks[a + 1].end;
	return (text_is_trimmed(j->t, gs, tb->start, ", or") || text_is_trimmed(j->t, gs, tb->start, "or")) &&
	       words_after(j->t, tb->end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words));
}

/* The figure the figure at token k is compared with right after it, in
 * the same unit ("$3.01 versus $3.06 billion", "$10.3 versus $8.21 per
 * share"): its token, NULL when there is none. */
static const struct numlex_token *compared_next(const struct job *j, size_t k, size_t sent_end)
{
	if (k + 2 >= sent_end)
		return NULL;
	const struct tok *ta = &j->toks[k], *tc = &j->toks[k + 1], *tb = &j->toks[k + 2];
	if (ta->type != T_QTY || tc->type != T_CUE || !(cue_of(j, tc) & CUE_COMPARE) || tb->type != T_QTY ||
	    j->q[tb->idx].kind != j->q[ta->idx].kind || strcmp(j->q[tb->idx].unit, j->q[ta->idx].unit))
		return NULL;
	return &j->q[tb->idx];
}

/* The scale word of the amount at k + 2 that the amount at k, written
 * without one, is compared with and is close to ("$3.01 versus $3.06
 * billion"): the power of ten to multiply by, 0 when there is none. */
static double scale_of_compared(const struct job *j, size_t k, size_t sent_end)
{
	const struct numlex_token *a = &j->q[j->toks[k].idx], *b = compared_next(j, k, sent_end);
	if (!b || a->scaled || !b->scaled || a->value <= 0 || b->value <= 0)
		return 0;
	double scale = pow(10, round(log10(b->value / a->value)));
	double ratio = a->value * scale / b->value;
	return scale >= 1e3 && ratio > 0.67 && ratio < 1.5 ? scale : 0;
}

/* Whether the amount at token a is compared with one per share at a + 2
 * of its own size: "Earnings: $10.3 versus $8.21 per share". */
static int per_share_compared(const struct job *j, size_t a, size_t sent_end)
{
	const struct numlex_token *qa = &j->q[j->toks[a].idx], *qb = compared_next(j, a, sent_end);
	if (!qb || qa->kind != NL_AMOUNT)
		return 0;
	double va = fabs(qa->value), vb = fabs(qb->value);
	return va < 1000 && vb > 0 && va < vb * 4 && vb < va * 4 &&
	       words_after(j->t, qb->end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words));
}

/* Whether the amount per share at token k is what the shares traded at:
 * "Salesforce is down 2.75% at $79.11 a share", "closed at $79.11 a
 * share" — "at" after a move of the price or a word of trading. */
static int share_price_at(const struct job *j, size_t k, size_t sent_first)
{
	static const char *const trading[] = { "trading", "traded", "trades", "closed", "closing", "opened",
					       "priced", "changing hands" };
	const struct tok *tk = &j->toks[k];
	if (!word_before(j->t, j->sent_start, tk->start, "at"))
		return 0;
	size_t at = tk->start;
	while (at > j->sent_start && is_blank(j->t[at - 1]))
		at--;
	at -= 2;
	for (size_t w = 0; w < ARRAY_SIZE(trading); w++)
		if (word_before(j->t, j->sent_start, at, trading[w]))
			return 1;
	/* ("down 2.75% at": a percentage right before, moved) */
	return k > sent_first && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_PERCENT &&
	       text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "at") && k >= sent_first + 2 &&
	       j->toks[k - 2].type == T_CUE && (cue_of(j, &j->toks[k - 2]) & (CUE_UP | CUE_DOWN));
}

/* Whether metric token k stands in a clause that opens on 也就是 (that
 * is), after a comma: the words restate what the clause before named. */
static int restates_named(const struct job *j, size_t k)
{
	static const char *const words[] = { "也就是说", "也就是", "也即", "亦即", "即是" };
	size_t c = j->toks[k].start;
	while (c > j->sent_start && j->t[c - 1] != ',' && j->t[c - 1] != ';')
		c--;
	if (c == j->sent_start)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		if (c + n <= j->toks[k].start && !memcmp(j->t + c, words[i], n))
			return 1;
	}
	return 0;
}

/* Whether metric token k names what a clause with no figure of its own
 * sets aside: "剔除税项支出的影响,Alphabet当季利润同比增长28%", "Excluding
 * the tax expense, profit rose 28%" — the figure after it is of another
 * measure. */
static int metric_excluded(const struct job *j, size_t k, size_t first, size_t end)
{
	static const char *const words[] = { "剔除", "不计入", "不计", "排除", "不包括", "excluding", "Excluding" };
	const struct tok *tk = &j->toks[k];
	/* ("营业费用 (除营收成本外) 为72.67亿美元": an aside in brackets that
	 * sets the metric aside, 除…外) */
	size_t open = tk->start;
	while (open > j->sent_start && j->t[open - 1] != '(' && j->t[open - 1] != ')' && tk->start - open < 12)
		open--;
	if (open > j->sent_start && j->t[open - 1] == '(' && open + 3 <= tk->start && !memcmp(j->t + open, "除", 3) &&
	    span_find(j->t, tk->end, j->sent_end, "外)", 0) != SIZE_MAX)
		return 1;
	for (size_t i = first; i < end; i++)
		if (j->toks[i].clause == tk->clause && j->toks[i].type == T_QTY)
			return 0;
	size_t c = tk->start;
	while (c > j->sent_start && j->t[c - 1] != ',' && j->t[c - 1] != ';')
		c--;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_find(j->t, c, tk->start, words[i], 0) != SIZE_MAX)
			return 1;
	return 0;
}

/* Whether the count at token k ends on a measure word of units (台, 部)
 * and a name in Latin letters follows it at once that is no token of
 * ours: "售出419.9万台Mac". */
static int counted_product_after(const struct job *j, size_t k, size_t end)
{
	static const char *const measures[] = { "台", "部", "支", "块", "颗", "辆" };
	const struct tok *tk = &j->toks[k];
	if (qtok(j, tk)->kind != NL_COUNT || tk->end + 2 > j->sent_end || !isalpha((unsigned char)j->t[tk->end]) ||
	    !isalpha((unsigned char)j->t[tk->end + 1]) || (k + 1 < end && j->toks[k + 1].start == tk->end))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(measures); i++)
		if (tk->end >= tk->start + 3 && !memcmp(j->t + tk->end - 3, measures[i], 3))
			return 1;
	return 0;
}

/* Whether the percentage at token k is a move of the company's shares
 * told as the company's own: "Amazon drops 5% on Q3 results", "Netflix
 * jumps 9% as subscriber growth beats" — the name opening the sentence,
 * a verb of moving right after it (past a ticker in brackets), the figure,
 * then what moved it (on, after, as...). A measure named after that is
 * the cause's, not the figure's. */
static int shares_moved_on(const struct job *j, size_t k, size_t sent_first)
{
	static const char *const causes[] = { " on ", " after ", " as ", " following ", " amid ", " despite ",
					      " ahead of ", " in the wake of " };
	const struct tok *tk = &j->toks[k];
	if (qtok(j, tk)->kind != NL_PERCENT || k < sent_first + 2 || j->toks[k - 1].type != T_CUE ||
	    !(cue_of(j, &j->toks[k - 1]) & (CUE_UP | CUE_DOWN)) || j->toks[k - 2].type != T_ENTITY ||
	    k - 2 != sent_first || !only_spaces(j->t, j->sent_start, j->toks[k - 2].start) ||
	    !only_spaces(j->t, j->toks[k - 1].end, tk->start))
		return 0;
	size_t gs = j->toks[k - 2].end, ge = j->toks[k - 1].start;
	while (gs < ge && j->t[gs] == ' ')
		gs++;
	/* (a ticker between: "Amazon (NASDAQ:AMZN) drops") */
	if (gs < ge && j->t[gs] == '(') {
		size_t c = span_find(j->t, gs, ge, ")", 0);
		if (c == SIZE_MAX || c - gs > 24)
			return 0;
		gs = c + 1;
	}
	if (!only_spaces(j->t, gs, ge))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(causes); i++) {
		size_t n = strlen(causes[i]);
		if (tk->end + n <= j->sent_end && !strncasecmp(j->t + tk->end, causes[i], n))
			return 1;
	}
	return 0;
}

/* Whether the amount at token k is said a share right after another
 * amount, as Chinese writes the aside: "纯利下跌8.6%至75.1亿美元,或每股
 * 8.26美元". */
static int cjk_per_share_aside(const struct job *j, size_t k, size_t sent_first)
{
	static const char *const joins[] = { ",或", "或", ",即", "," };
	const struct tok *tk = &j->toks[k];
	if (k <= sent_first || j->toks[k - 1].type != T_QTY || qtok(j, &j->toks[k - 1])->kind != NL_AMOUNT ||
	    tk->start < j->toks[k - 1].end + 6 || memcmp(j->t + tk->start - 6, "每股", 6))
		return 0;
	/* (past the bracket of a translation: "75.1億美元(約585.78億港元),或每股") */
	size_t gs = j->toks[k - 1].end;
	if (gs < tk->start && j->t[gs] == ')')
		gs++;
	return span_in_list(j->t, gs, tk->start - 6, joins, ARRAY_SIZE(joins));
}

/* Whether the amount at token k, written bare and small, goes on from an
 * amount per share earlier in its sentence, each figure between of the
 * same kind: "$2.14 per share was well beyond the $1.62 in the Zacks
 * consensus, and better than the $1.72 from the year-ago quarter" — what
 * it is held against is per share too. A name or a measure of another
 * kind between ends it. */
static int per_share_before(const struct job *j, size_t k, size_t sent_first)
{
	const struct numlex_token *q = qtok(j, &j->toks[k]);
	if (q->kind != NL_AMOUNT || q->scaled || fabs(q->value) >= 1000 || q->value == 0)
		return 0;
	int eps = lexicon_find_metric(j->fx->lx, "eps");
	for (size_t i = k; i-- > sent_first;) {
		const struct tok *ti = &j->toks[i];
		if (ti->type == T_ENTITY || (ti->type == T_METRIC && j->lm[ti->idx].index != eps))
			return 0;
		if (ti->type != T_QTY)
			continue;
		const struct numlex_token *p = qtok(j, ti);
		double vp = fabs(p->value), vq = fabs(q->value);
		if (p->kind != NL_AMOUNT || p->scaled || strcmp(p->unit, q->unit) || vp == 0 || vp > vq * 4 ||
		    vq > vp * 4)
			return 0;
		if (words_after(j->t, ti->end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words)))
			return 1;
	}
	return 0;
}

/* Whether t[s..e), between a figure and a metric after it, puts the
 * figure down to what follows ("on the back of higher revenue", "driven
 * by", 受益于): that metric is the cause's, not the figure's. */
static int said_as_cause(const char *t, size_t s, size_t e)
{
	static const char *const causes[] = { "on the back of", "driven by", "due to", "thanks to", "because of",
					      "helped by", "fueled by", "fuelled by", "boosted by", "as a result of",
					      "owing to", "reflecting", "受益于", "得益于", "由于", "主要因", "带动" };
	for (size_t i = 0; i < ARRAY_SIZE(causes); i++)
		if (span_find(t, s, e, causes[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

/* "driven by Azure revenue growth of 40%", "including Meta's capex of
 * $19.4 billion": a name after by, with, from or including that its own
 * metric and then a figure follow at once is that figure's subject, not an
 * object. (After than, to, versus a name stays an object: what is
 * compared is another period's or another's figure.) */
/* Whether t[s..e) is one to `most` lowercase words, spaced, and no
 * preposition or conjunction among them. */
static int lowercase_words(const char *t, size_t s, size_t e, int most)
{
	static const char *const joins[] = { "and", "or", "of", "to", "in", "on", "at", "for", "from", "with", "by", "as",
					     "the", "a", "an", "its", "their", "than", "while", "but" };
	int n = 0;
	for (size_t i = s; i < e;) {
		while (i < e && t[i] == ' ')
			i++;
		size_t b = i;
		while (i < e && islower((unsigned char)t[i]))
			i++;
		if (i == b)
			return i == e && n > 0;
		if ((i < e && t[i] != ' ') || span_in_list(t, b, i, joins, ARRAY_SIZE(joins)) || ++n > most)
			return 0;
	}
	return n > 0;
}

static int names_own_figure(const struct job *j, size_t k, size_t end, size_t floor)
{
	/* (来自百度核心的收入为247亿元: revenue coming from the part is its own) */
	/* (包括生产力和业务流程收入159亿美元: including, in Chinese) */
	static const char *const preps[] = { "by", "with", "from", "including", "来自", "包括" };
	const struct tok *tk = &j->toks[k];
	/* "增速高于AWS的20%", "faster than AWS's 20%": what a subject is
	 * held against, with its figure right after it */
	static const char *const gaps[] = { "", "的", "约", "'s" };
	/* (or after any word that sets it against: "a far cry from Intel's
	 * 61%", the figure its own by the 's) */
	if (k + 1 < end && j->toks[k + 1].type == T_QTY && j->toks[k + 1].clause == tk->clause && k > 0 &&
	    ((span_in_list(j->t, tk->end, j->toks[k + 1].start, gaps, ARRAY_SIZE(gaps)) && j->toks[k - 1].type == T_CUE &&
	      (cue_of(j, &j->toks[k - 1]) & CUE_COMPARE) && j->toks[k - 1].start >= floor) ||
	     text_is(j->t, tk->end, j->toks[k + 1].start, "'s ")))
		return 1;
	int prep = 0;
	for (size_t i = 0; i < ARRAY_SIZE(preps) && !prep; i++)
		prep = word_before(j->t, floor, tk->start, preps[i]);
	/* Azure revenue, Meta's capex, Azure growth of 37% */
	if (!prep || k + 2 >= end ||
	    (j->toks[k + 1].type != T_METRIC &&
	     !(j->toks[k + 1].type == T_CUE && (cue_of(j, &j->toks[k + 1]) & (CUE_YOY | CUE_QOQ | CUE_GROWTH)))))
		return 0;
	size_t gs = tk->end, ge = j->toks[k + 1].start;
	if (ge >= gs + 2 && !memcmp(j->t + gs, "'s", 2))
		gs += 2;
	else if (ge >= gs + 3 && !memcmp(j->t + gs, "的", 3))
		gs += 3;
	/* ("with OCI consumption revenue up 57%": a word or two of what
	 * revenue, between) */
	if (!only_spaces(j->t, gs, ge) && !lowercase_words(j->t, gs, ge, 2))
		return 0;
	size_t q = k + 2;
	while (q < end && q < k + 4 && j->toks[q].type == T_CUE)
		q++;
	return q < end && j->toks[q].type == T_QTY && j->toks[q].clause == tk->clause &&
	       j->toks[q].start - j->toks[k + 1].end <= 24;
}

/* Whether the words between a number and a period introduce the period
 * (in, for, during): "$625 billion in fiscal Q2 2026". */
static int introduced(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "in", "for", "during", "through", "over", "at", "by" };
	/* (a line may break anywhere between them: "for\nthe nine months") */
	while (e > s && is_blank(t[e - 1]))
		e--;
	/* "for the full year" */
	if (e >= s + 4 && !strncmp(t + e - 3, "the", 3) && is_blank(t[e - 4]))
		for (e -= 4; e > s && is_blank(t[e - 1]);)
			e--;
	size_t w = e;
	while (w > s && isalpha((unsigned char)t[w - 1]))
		w--;
	if (w == e || e - w > 8)
		return 0;
	char word[16];
	memcpy(word, t + w, e - w);
	word[e - w] = '\0';
	return in_list(word, words, ARRAY_SIZE(words));
}

/* Whether the period t[s..e) opens with its own "in", "for" or "by" (the
 * month forms hold it: "in October"). */
static int opens_introduced(const char *t, size_t s, size_t e)
{
	size_t w = s;
	while (w < e && isalpha((unsigned char)t[w]))
		w++;
	return w > s && w < e && t[w] == ' ' && introduced(t, s, w);
}

/* 理想汽车 2025 年第三季度营收 ...: a sentence that opens on a Chinese name
 * the lexicon does not know (two to ten characters, nothing else, right
 * before the first period, metric or number) is about that name. Openers
 * that are no name (公司, 其中, 今年, 预计) say nothing of the subject. */
/* 对于受市场关注的即时零售，上季收入…: a sentence that opens on what it
 * is about. 1 when that names something we do not know (the figures after
 * are its), 0 when it names a company or only a period (对于 FY25Q3，公司…),
 * -1 when the sentence opens otherwise. */
static int about_topic(const struct job *j, size_t first, size_t end, size_t s)
{
	static const char *const opens[] = { "对于", "关于", "至于" };
	const char *t = j->t;
	size_t o = 0;
	for (size_t i = 0; i < ARRAY_SIZE(opens) && !o; i++)
		if (j->sent_end - s >= 6 && !memcmp(t + s, opens[i], 6))
			o = s + 6;
	if (!o)
		return -1;
	size_t comma = span_find(t, o, j->sent_end, "，", 0);
	if (comma == SIZE_MAX)
		comma = span_find(t, o, j->sent_end, ",", 0);
	if (comma == SIZE_MAX)
		return -1;
	size_t cjk = 0, p = o;
	for (size_t k = first; k < end && j->toks[k].start < comma; k++) {
		if (j->toks[k].start < o)
			continue;
		if (j->toks[k].type == T_ENTITY || (j->toks[k].type == T_CUE && (cue_of(j, &j->toks[k]) & CUE_COREF)))
			return 0;
		for (; p < j->toks[k].start; p++)
			cjk += (unsigned char)t[p] >= 0xE4 && (unsigned char)t[p] <= 0xE9;
		p = j->toks[k].end;
	}
	for (; p < comma; p++)
		cjk += (unsigned char)t[p] >= 0xE4 && (unsigned char)t[p] <= 0xE9;
	return cjk >= 2;
}

static int unknown_cjk_subject(const struct job *j, size_t s, size_t e)
{
	const char *t = j->t;
	while (e > s && t[e - 1] == ' ')
		e--;
	/* 流量获取成本(TAC)为: past the verb and the initials in brackets */
	if (e >= s + 3 && (!memcmp(t + e - 3, "为", 3) || !memcmp(t + e - 3, "达", 3)))
		e -= 3;
	if (e > s && t[e - 1] == ')') {
		size_t o = e - 1;
		while (o > s && t[o - 1] != '(')
			o--;
		if (o > s && e - o <= 10)
			e = o - 1;
	}
	while (e > s && t[e - 1] == ' ')
		e--;
	size_t chars = 0;
	for (size_t i = s; i < e; i += 3, chars++)
		if (i + 3 > e || (unsigned char)t[i] < 0xE4 || (unsigned char)t[i] > 0xE9)
			return 0;
	if (chars < 2 || chars > 10)
		return 0;
	int id;
	return !wordtrie_match_at(j->fx->cjk_openers, t, j->tn->len, s, &id);
}

/* "The iPhone maker's revenue", "The chipmaker": a company named by a
 * description we cannot resolve; "The company", "The group" are the one in
 * question. `s` is just past "The", `e` where the first token starts. */
static int names_other_by_description(const char *t, size_t s, size_t e)
{
	static const char *const same[] = { "company", "firm", "group", "business", "companies", "unit", "segment",
					    "division" };
	/* "The following guidance for ...", "The table below": the report
	 * pointing at its own figures, no company at all */
	static const char *const pointing[] = { "following", "above", "below", "table", "tables", "outlook",
						"guidance", "results", "figures", "numbers", "data", "next", "same",
						"current", "prior", "previous", "first", "second", "third", "fourth",
						/* "The full 2016 fiscal year revenue": how much of a
						 * period */
						"full", "entire", "whole" };
	size_t h, he = next_word(t, s, e, &h);
	if (he > h && span_in_list(t, h, he, pointing, ARRAY_SIZE(pointing)))
		return 0;
	/* "The primary driver was record revenue": what the subject is, said
	 * right before the first token (a word or two past "was"), names no
	 * company; a maker's word before it does ("The chipmaker was") */
	static const char *const copulas[] = { "was", "is", "were", "are" };
	static const char *const makers[] = { "chipmaker", "maker", "firm", "giant", "provider", "company", "designer",
					      "retailer", "manufacturer", "supplier", "developer", "conglomerate" };
	for (size_t i = s, b, prev_b = s, prev_e = s; next_latin_word(t, &i, e, &b); prev_b = b, prev_e = i)
		if (span_in_list(t, b, i, copulas, ARRAY_SIZE(copulas))) {
			if (prev_e > prev_b && span_in_list(t, prev_b, prev_e, makers, ARRAY_SIZE(makers)))
				break;
			size_t words = 0;
			for (size_t x = i, xb; next_latin_word(t, &x, e, &xb);)
				words++;
			if (words <= 2)
				return 0;
			break;
		}
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ','))
		e--;
	if (e >= s + 2 && t[e - 2] == '\'' && t[e - 1] == 's')
		e -= 2;
	size_t w = e;
	while (w > s && isalpha((unsigned char)t[w - 1]))
		w--;
	if (w == e || w == s)
		return 0; /* no word after "The" */
	/* "The Palo Alto, Calif.-based fabless chipmaker ... earned": where it
	 * is based and what it makes, the way a wire names its subject again */
	if (span_contains(t, s, e, "-based ", 0))
		for (size_t i = s, b; next_latin_word(t, &i, e, &b);)
			if (span_in_list(t, b, i, makers, ARRAY_SIZE(makers)))
				return 0;
	return !span_in_list(t, w, e, same, ARRAY_SIZE(same));
}

/* Whether t[s..e), the label before a colon, names who speaks in a call
 * or its minutes (总裁刘炽平, CFO Amy Hood, 问, Operator): what follows is
 * the company's (or an analyst's) word, about the company the text is. */
static int speaker_label(const char *t, size_t s, size_t e)
{
	static const char *const titles[] = {
		"总裁", "首席执行官", "首席财务官", "首席运营官", "首席技术官", "董事长", "董事会主席", "执行董事",
		"财务总监", "副总裁", "总经理", "管理层", "公司管理层", "高管", "董秘", "投资者关系", "分析师", "主持人",
		"问", "答", "提问", "回答", "Q", "A", "CEO", "CFO", "COO", "CTO", "Chief Executive Officer",
		"Chief Financial Officer", "President", "Chairman", "Operator", "Analyst", "Management",
		"Vice President", "Investor Relations",
	};
	if (e - s > 60)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(titles); i++) {
		size_t n = strlen(titles[i]);
		/* a Latin title as a word: CFO Amy Hood, Amy Hood - CFO */
		for (size_t p = s; p + n <= e; p++)
			if (!strncmp(t + p, titles[i], n) &&
			    ((unsigned char)titles[i][0] >= 0x80 ||
			     ((p == s || !isalnum((unsigned char)t[p - 1])) && (p + n == e || !isalnum((unsigned char)t[p + n])))))
				return 1;
	}
	return 0;
}

static uint64_t label_hash(const char *t, size_t s, size_t e)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = s; i < e; i++)
		h = (h ^ (unsigned char)t[i]) * 1099511628211ULL;
	return h;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Reads, once a window, the labels its lines open on and whether it is a
 * call's transcript: its opening names a call or a transcript, or an
 * operator speaks. */
static void read_labels(struct job *j)
{
	if (j->labels_read)
		return;
	j->labels_read = 1;
	const char *t = j->t;
	size_t len = j->tlen, cap = 0;
	for (size_t i = 0; i < len;) {
		while (i < len && (t[i] == ' ' || t[i] == '\t'))
			i++;
		size_t s = i, lim = i + 40 < len ? i + 40 : len;
		while (i < lim && t[i] != ':' && t[i] != '\n')
			i++;
		if (i < lim && t[i] == ':' && i > s) {
			GROW(j->labels, cap, j->nlabels + 1);
			j->labels[j->nlabels++] = label_hash(t, s, i);
		}
		const char *nl = i < len ? memchr(t + i, '\n', len - i) : NULL;
		i = nl ? (size_t)(nl - t) + 1 : len;
	}
	if (j->nlabels)
		qsort(j->labels, j->nlabels, sizeof(*j->labels), cmp_u64);
	size_t head = len < 400 ? len : 400;
	static const char *const words[] = { "earnings call", "conference call", "transcript", "电话会", "業績會",
					     "业绩会" };
	for (size_t i = 0; i < ARRAY_SIZE(words) && !j->transcript; i++)
		j->transcript = span_contains(t, 0, head, words[i], 1);
	if (!j->transcript && j->nlabels) {
		uint64_t op = label_hash("Operator", 0, 8);
		j->transcript = bsearch(&op, j->labels, j->nlabels, sizeof(*j->labels), cmp_u64) != NULL;
	}
}

/* Whether the label text[ls..le) opens another line of the window too,
 * with its colon: a speaker of a transcript ("Ruth Porat:"), who speaks
 * more than once, where a company a roundup heads a paragraph with is
 * named once. */
static int recurring_label(struct job *j, size_t ls, size_t le)
{
	read_labels(j);
	if (!j->nlabels)
		return 0;
	uint64_t h = label_hash(j->t, ls, le);
	uint64_t *at = bsearch(&h, j->labels, j->nlabels, sizeof(*j->labels), cmp_u64);
	if (!at)
		return 0;
	size_t n = 0;
	for (uint64_t *p = at; p > j->labels && p[-1] == h; p--)
		n++;
	for (uint64_t *p = at; p < j->labels + j->nlabels && *p == h; p++)
		n++;
	return n >= 2;
}

/* Whether the window is a call's transcript (read_labels()). */
static int transcript(struct job *j)
{
	read_labels(j);
	return j->transcript;
}

/* Whether t[s..e) reads as a person's name: two or three words, each a
 * capital then small letters (Anat Ashkenazi, Amy E. Hood). */
static int person_name(const char *t, size_t s, size_t e)
{
	int words = 0;
	for (size_t i = s; i < e;) {
		if (!isupper((unsigned char)t[i]))
			return 0;
		size_t w = i++;
		while (i < e && (islower((unsigned char)t[i]) || t[i] == '\'' || t[i] == '-'))
			i++;
		if (i < e && t[i] == '.' && i == w + 1)
			i++; /* an initial */
		else if (i == w + 1)
			return 0;
		words++;
		if (i < e && t[i] != ' ')
			return 0;
		while (i < e && t[i] == ' ')
			i++;
	}
	return words >= 2 && words <= 4;
}

/* Whether the label t[ls..le) names a section of the note: it holds a
 * section's word ("Q3 Outlook", 核心数据, 指引积极) and does not end on a
 * business's (数据中心业务, 云业务: a part, whatever words it holds). */
static int section_label(const struct job *j, size_t ls, size_t le)
{
	static const char *const business[] = { "业务", "部门", "板块", "事业部", "分部" };
	for (size_t i = 0; i < ARRAY_SIZE(business); i++) {
		size_t n = strlen(business[i]);
		if (le - ls > n && !memcmp(j->t + le - n, business[i], n))
			return 0;
	}
	return wordtrie_contains(j->fx->sections, j->t + ls, le - ls);
}

/* A sentence that opens on a label and a colon: "盈利预测：", "Outlook:" name
 * a section, "理想汽车：", "Palantir:" a company. Returns 1 when the label
 * names a company the lexicon does not know, -1 when it names one it knows,
 * 0 otherwise, with `*s` moved past a section's label. */
static int colon_label(struct job *j, size_t first, size_t end, size_t *s)
{
	const char *t = j->t;
	size_t room = j->sent_end > *s ? j->sent_end - *s : 0;
	const char *c = memchr(t + *s, ':', room < 30 ? room : 30);
	size_t colon = c ? (size_t)(c - t) : 0;
	if (!colon)
		return 0;
	for (size_t k = first; k < end && j->toks[k].start < colon; k++) {
		if (j->toks[k].type == T_ENTITY)
			return -1;
		/* 资本开支：…: a label that names a metric names no company */
		if (j->toks[k].type == T_METRIC) {
			*s = colon + 1;
			return 0;
		}
	}
	size_t ls = *s, le = colon;
	/* (past an item's bullet: "•数据中心业务：", from ②) */
	while (ls < le && (t[ls] == ' ' || (ls + 3 <= le && !memcmp(t + ls, "•", 3))))
		ls += t[ls] == ' ' ? 1 : 3;
	/* 四季度指引：, 2026 Outlook: — a section of a period */
	for (size_t k = first; k < end && j->toks[k].start < colon; k++)
		if (j->toks[k].type == T_PERIOD && j->toks[k].start == ls && j->toks[k].end <= colon)
			for (ls = j->toks[k].end; ls < le && t[ls] == ' ';)
				ls++;
	while (le > ls && t[le - 1] == ' ')
		le--;
	if (le == ls || section_label(j, ls, le) || speaker_label(t, ls, le) ||
	    (isupper((unsigned char)t[ls]) && (recurring_label(j, ls, le) || (transcript(j) && person_name(t, ls, le))))) {
		*s = colon + 1;
		return 0;
	}
	/* (a name set in small then capital letters: "iPad:", "eBay:") */
	if (le > ls && (name_cased(t, ls, le) || unknown_cjk_subject(j, ls, le)))
		return 1;
	*s = colon + 1;
	return 0;
}

/* "ChatGPT 周活跃用户数已突破 7 亿": a sentence whose subject is a name we
 * do not know says nothing of the entity carried from before. */
/* Whether the sentence t[w..e), after its opening word (Analysts, the
 * Street), says who is expected to report in a name of capitals the
 * lexicon does not know: "Analysts estimate Other Bets will report $267M
 * in Q3 sales" is of Other Bets, not the company. */
static int expected_of_unknown(const struct job *j, size_t w, size_t e)
{
	static const char *const verbs[] = { "estimate", "estimates", "expect", "expects", "project", "projects",
					     "forecast", "forecasts", "see", "sees", "anticipate", "anticipates",
					     "predict", "predicts" };
	static const char *const after[] = { " will ", " to ", " should ", " would ", " could ", " is ", " are " };
	const char *t = j->t;
	size_t a = w;
	while (a < e && t[a] == ' ')
		a++;
	size_t b = a;
	while (b < e && isalpha((unsigned char)t[b]))
		b++;
	if (b == a || !span_in_list(t, a, b, verbs, ARRAY_SIZE(verbs)))
		return 0;
	a = b;
	while (a < e && t[a] == ' ')
		a++;
	if (a + 5 <= e && !strncmp(t + a, "that ", 5))
		a += 5;
	size_t name = a, words = 0;
	while (a < e && isupper((unsigned char)t[a]) && words < 3) {
		while (a < e && (isalnum((unsigned char)t[a]) || t[a] == '-' || t[a] == '&'))
			a++;
		words++;
		for (size_t i = 0; i < ARRAY_SIZE(after); i++) {
			size_t n = strlen(after[i]);
			if (a + n <= e && !strncmp(t + a, after[i], n)) {
				size_t k = first_tok_at(j, name);
				return !(k < j->ntoks && j->toks[k].start == name);
			}
		}
		if (a < e && t[a] == ' ')
			a++;
	}
	return 0;
}

static int unknown_subject(struct job *j, size_t first, size_t end)
{
	static const char *const openers[] = {
		"for", "in", "the", "at", "on", "as", "by", "with", "we", "our", "it", "its", "this",
		"that", "these", "and", "but", "while", "after", "before", "during", "since", "according",
		"including", "excluding", "meanwhile", "also", "however", "overall", "both", "all", "a",
		"an", "from", "to", "of", "if", "when", "then", "than", "there", "here", "they", "he",
		"she", "what", "despite", "although", "still", "yet", "so", "by", "through", "q", "h", "fy",
		/* a call's voices: "Your guide is ahead", "I think", "You said" */
		"your", "you", "i", "my", "us", "thanks", "thank", "yes", "no", "ok", "okay", "well", "so",
		"just", "maybe", "perhaps", "given", "looking", "turning", "now", "again", "first", "second",
		"finally", "lastly", "next", "great", "sure", "right",
		"cy", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
		/* words that open a metric's name, not a name: "Commercial remaining
		 * performance obligations", "Total revenue" */
		"commercial", "total", "net", "gross", "operating", "annual", "annualized", "quarterly", "diluted",
		"adjusted", "consolidated", "organic", "reported", "free", "capital", "remaining", "gaap", "non-gaap",
		"ifrs", "non-ifrs", "cash", "worldwide", "global", "group", "company",
		/* ("Non - GAAP 毛利率", as a page spaced it) */
		"non",
		/* a person speaking for the company: "Chief executive Sam Altman said" */
		"chief", "ceo", "cfo", "coo", "cto", "president", "chairman", "executive", "founder",
		"co-founder", "analyst", "analysts", "management", "executives",
		/* the Street and those who poll it speak of the company in question:
		 * "Wall Street had been modeling $18.38 billion" */
		"wall", "street", "consensus", "factset", "lseg", "refinitiv", "zacks", "bloomberg", "estimates",
		"expectations", "investors",
		/* the words a sentence opens on before its subject: "Most
		 * impressive of the numbers was the rise in net income" */
		"most", "more", "less", "even", "only", "other", "another", "some", "many", "much", "each", "every",
		"beyond", "notably", "importantly", "impressively", "similarly", "likewise", "additionally",
		"furthermore", "moreover", "elsewhere", "not", "nor", "though", "because", "where", "which", "who",
		"how", "why", "unlike", "like", "compared", "versus", "against", "among", "around", "about", "above",
		"below", "under", "over", "within", "without", "along", "besides", "plus", "instead", "rather",
		"indeed", "last",
	};
	const char *t = j->t;
	size_t s = j->sent_start;
	int label = colon_label(j, first, end, &s);
	if (label)
		return label > 0;
	while (first < end && j->toks[first].start < s)
		first++;
	size_t e = first < end ? j->toks[first].start : j->sent_end;
	while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '"' || t[s] == '('))
		s++;
	/* (past an item's dashes, "——iPad第四财季售出", folded to "--") */
	while (s < e && t[s] == '-')
		s++;
	/* (past a word that only joins the sentence to the one before, and
	 * its comma, to a name in Latin letters: "此外,iPad虽然…" is said of
	 * iPad; a Chinese subject after it is weighed as the openers' list
	 * says) */
	static const char *const joining[] = { "此外", "另外", "同时", "与此同时", "然而", "不过", "但是", "而且", "另一方面" };
	for (size_t i = 0; i < ARRAY_SIZE(joining); i++) {
		size_t n = strlen(joining[i]), a = s + n + 1;
		if (a >= e || memcmp(t + s, joining[i], n) || t[s + n] != ',')
			continue;
		while (a < e && t[a] == ' ')
			a++;
		if (a < e && isalpha((unsigned char)t[a]))
			s = a;
		break;
	}
	if (s < e && (unsigned char)t[s] >= 0xE4 && (unsigned char)t[s] <= 0xE9) {
		int topic = about_topic(j, first, end, s);
		if (topic >= 0)
			return topic;
		return unknown_cjk_subject(j, s, e);
	}
	/* (a product's name in its own case: iPad, eBay) */
	if (!name_cased(t, s, e))
		return 0;
	size_t w = s;
	while (w < e && (isalnum((unsigned char)t[w]) || t[w] == '-' || t[w] == '&'))
		w++;
	if (w - s < 2 || w - s > 30)
		return 0;
	char word[32];
	memcpy(word, t + s, w - s);
	word[w - s] = '\0';
	if (!strcmp(word, "The"))
		return names_other_by_description(t, w, e);
	/* "For Q4 of fiscal 2023, Cerner contributed $1.5 billion": past an
	 * opening clause that only dates the sentence, its subject */
	static const char *const dating[] = { "For", "In", "During", "Through" };
	if (in_list(word, dating, ARRAY_SIZE(dating))) {
		size_t i = first;
		while (i < end && j->toks[i].type == T_PERIOD)
			i++;
		size_t c = i > first ? j->toks[i - 1].end : w;
		if (i > first && c < j->sent_end && t[c] == ',') {
			size_t a = c + 1;
			while (a < j->sent_end && t[a] == ' ')
				a++;
			size_t b = a;
			while (b < j->sent_end && (isalnum((unsigned char)t[b]) || t[b] == '-' || t[b] == '&'))
				b++;
			size_t ne = i < end ? j->toks[i].start : j->sent_end;
			/* (a name, then a verb: no token of ours right after it) */
			if (b > a + 1 && b + 1 < ne && isupper((unsigned char)t[a]) &&
			    !span_in_list(t, a, b, openers, ARRAY_SIZE(openers)) && t[b] == ' ' &&
			    islower((unsigned char)t[b + 1]))
				return 1;
		}
		return 0;
	}
	if (in_list(word, openers, ARRAY_SIZE(openers)) || in_list(word, headline_verbs, ARRAY_SIZE(headline_verbs)))
		return expected_of_unknown(j, w, j->sent_end);
	/* "Highlights from the quarter", "Results for fiscal 2026": a word
	 * that a preposition follows heads a phrase, not a company's name
	 * (not "of": Bank of America) */
	static const char *const preps[] = { "from", "for", "in", "on", "at", "during", "since", "through", "across" };
	size_t ns = w;
	while (ns < j->sent_end && t[ns] == ' ')
		ns++;
	size_t ne = ns;
	while (ne < j->sent_end && isalpha((unsigned char)t[ne]))
		ne++;
	return !(ns > w && span_in_list(t, ns, ne, preps, ARRAY_SIZE(preps)));
}

/* The quarter the text named last, when it named it with its year (Q3
 * FY2026) and it is over by the report's date (not in a preview): into
 * *out. */
static int named_quarter_over(struct job *j, const struct fiscal_calendar *cal, struct period *out)
{
	if (!j->fs->last_quarter.valid || !j->fs->last_quarter.expr.year || j->fs->last_quarter.expr.marked > 0 ||
	    j->fs->preview || !j->ref.y)
		return 0;
	struct period_expr x = j->fs->last_quarter.expr;
	doc_reading(j, &x);
	return period_resolve(&x, cal, NULL, j->ref, 0, out) == 0 && date_cmp(out->end, j->ref) <= 0;
}

/* Whether year y, said after a figure, names the year of quarter q said
 * before it without one ("fiscal second-quarter revenues of $16.1 billion
 * for 2026"). */
static int year_of_quarter(const struct period_expr *q, const struct period_expr *y)
{
	return q->type == PERIOD_QUARTER && q->rel == PREL_NONE && !q->year && q->index && y->type == PERIOD_YEAR &&
	       y->rel == PREL_NONE && y->year && !y->calendar && !y->month_named;
}

/* Whether the figure at token k is the first of its clause after a
 * period, with no other figure between them ("second-quarter revenues of
 * $16.1 billion", not "$34.2 billion in the third quarter, and ... about
 * $125 billion"). */
static int first_figure_after_period(const struct job *j, size_t k, size_t first)
{
	for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause; i--) {
		if (j->toks[i - 1].type == T_PERIOD)
			return 1;
		if (j->toks[i - 1].type == T_QTY)
			return 0;
	}
	return 0;
}

/* Whether t[s..e) names a year by its number alone ("2026", "fiscal 2026",
 * "FY26", 2026年), not a whole year ("the full year 2025", 2025年全年). */
static int bare_year(const char *t, size_t s, size_t e)
{
	static const char *const heads[] = { "fiscal year ", "fiscal ", "FY", "for " };
	for (size_t i = 0; i < ARRAY_SIZE(heads); i++) {
		size_t n = strlen(heads[i]);
		if (e - s > n && !strncmp(t + s, heads[i], n)) {
			s += n;
			break;
		}
	}
	while (s < e && (t[s] == ' ' || t[s] == '\''))
		s++;
	size_t d = s;
	while (d < e && isdigit((unsigned char)t[d]))
		d++;
	return d - s >= 2 && d - s <= 4 && (d == e || (e - d == 3 && !memcmp(t + d, "年", 3)));
}

/* Quarter q in year y (year_of_quarter()), the company's when either says
 * so; into *out. */
static int quarter_in_year(const struct period_expr *q, const struct period_expr *y, const struct fiscal_calendar *cal,
			   struct date ref, struct period *out)
{
	struct period_expr x = *q;
	x.year = y->year;
	x.fiscal |= y->fiscal;
	x.either = 0;
	return period_resolve(&x, cal, NULL, ref, 0, out);
}

/* Whether the sentence, tokens [first, end), heads a list run into its
 * line: it ends on a bullet ("... for analysts •") and states no figure. */
static int list_head(const struct job *j, size_t first, size_t end)
{
	size_t e = j->sent_end;
	while (e > j->sent_start && j->t[e - 1] == ' ')
		e--;
	if (e < j->sent_start + 3 || memcmp(j->t + e - 3, "•", 3))
		return 0;
	for (size_t k = first; k < end; k++)
		if (j->toks[k].type == T_QTY)
			return 0;
	return 1;
}

/* A hash set of the facts already emitted, by (entity, metric, kind,
 * period, basis, unit, value). */
static uint64_t hash_mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ULL;
	return h;
}

/* Puts hash h (not 0) in the set of shards; returns whether it was
 * there already. */
static int shard_put(struct seen_shard *shards, uint64_t h)
{
	if (!h)
		h = 1;
	struct seen_shard *sh = &shards[h >> 56];
	if ((uint64_t)sh->n * 4 >= (uint64_t)sh->cap * 3) {
		uint32_t cap = sh->cap ? 2 * sh->cap : 16;
		uint64_t *t = xcalloc(cap, sizeof(*t));
		for (size_t i = 0; i < sh->cap; i++)
			if (sh->slot[i]) {
				size_t k = sh->slot[i] & (cap - 1);
				while (t[k])
					k = (k + 1) & (cap - 1);
				t[k] = sh->slot[i];
			}
		free(sh->slot);
		sh->slot = t;
		sh->cap = cap;
	}
	size_t k = h & (sh->cap - 1);
	while (sh->slot[k]) {
		if (sh->slot[k] == h)
			return 1;
		k = (k + 1) & (sh->cap - 1);
	}
	sh->slot[k] = h;
	sh->n++;
	return 0;
}

/* Whether hash h is in the set of shards. */
static int shard_has(const struct seen_shard *shards, uint64_t h)
{
	if (!h)
		h = 1;
	const struct seen_shard *sh = &shards[h >> 56];
	if (!sh->cap)
		return 0;
	for (size_t k = h & (sh->cap - 1); sh->slot[k]; k = (k + 1) & (sh->cap - 1))
		if (sh->slot[k] == h)
			return 1;
	return 0;
}

/* Whether the fact whose key hashes to `key` (fact_key_hash()) was given
 * with f's value before in the document; notes it if not. */
static int seen_before(struct job *j, const struct fact *f, uint64_t key)
{
	return shard_put(j->fs->seen, hash_mix(key, &f->value, sizeof(f->value)));
}

/* The hash of a fact's key whatever its value: entity, metric, kind,
 * period, basis and unit. */
static uint64_t fact_key_hash(const struct fact *f)
{
	const char *const parts[] = { f->entity, f->metric, f->kind, f->period_type, f->period_end, f->basis, f->unit };
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++)
		h = hash_mix(h, parts[i], strlen(parts[i]) + 1);
	return h;
}

/* The hash of a figure's key (entity, metric, period, basis), and in
 * *with_kind (when asked) the same followed by its kind. */
static uint64_t figure_hash(const struct fact *f, uint64_t *with_kind)
{
	const char *const parts[] = { f->entity, f->metric, f->period_type, f->period_end, f->basis };
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++)
		h = hash_mix(h, parts[i], strlen(parts[i]) + 1);
	if (with_kind)
		*with_kind = hash_mix(h, f->kind, strlen(f->kind) + 1);
	return h;
}

/* The most fact keys a document keeps to find a change restating another
 * figure (emit()): 65,536 keys, about a megabyte. */
#define GIVEN_MAX 65536

/* The most figures written coarsely (written_coarse()) a document holds
 * back for a twin written to its last unit. */
#define HELD_COARSE_MAX 4096

/* The key an adjusted fact's reported twin has: its figure's, or with its
 * kind for a change counted in another currency. */
static uint64_t twin_hash(const struct fact *f)
{
	uint64_t k;
	uint64_t h = figure_hash(f, &k);
	return f->adjusted == FACT_OTHER_CURRENCY ? k : h;
}

/* ---- the walk ---- */

/* What an estimate is, by who made it; 0 is an actual. */
enum { BASIS_ACTUAL, BASIS_ESTIMATE, BASIS_GUIDANCE, BASIS_CONSENSUS };
static const char *const basis_names[] = { "actual", "estimate", "guidance", "consensus" };

/* Whether t[0..len) holds `w` (any case) as words of its own: "rating",
 * not the "rating" of "operating". */
static int has_word(const char *t, size_t len, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i + n <= len; i++)
		if (!strncasecmp(t + i, w, n) && (i == 0 || !isalpha((unsigned char)t[i - 1])) &&
		    (i + n == len || !isalpha((unsigned char)t[i + n])))
			return 1;
	return 0;
}

/* Whether t[s..e) opens on one of the n words of `words`, byte for byte. */
static int opens_with_one(const char *t, size_t s, size_t e, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]);
		if (s + len <= e && !memcmp(t + s, words[i], len))
			return 1;
	}
	return 0;
}

/* Whether t[s..e) opens on a Chinese count the lexicon does not track
 * (年营收客户数: the number of customers, not the revenue). */
static int counted_after_metric(const char *t, size_t s, size_t e)
{
	static const char *const counts[] = { "客户数", "客户", "用户数", "账户数", "家数", "企业数" };
	return opens_with_one(t, s, e, counts, ARRAY_SIZE(counts));
}

/* Whether t[s..e) holds a label's colon right after a Chinese count
 * ("...的客户数:"). */
static int label_counts(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (t[i] == ':') {
			for (size_t back = 3; back <= 9 && back <= i - s; back += 3)
				if (counted_after_metric(t, i - back, i))
					return 1;
			return 0;
		}
	return 0;
}

/* "new GCP customers up ~28% Q/Q", "paying accounts rose 20%": a clause
 * whose own subject is a count the lexicon does not track, and that
 * names no metric before the figure at token k. */
static int counted_subject(const struct job *j, size_t k)
{
	static const char *const counted[] = { "customers", "clients", "accounts", "deals", "contracts", "employees",
					       "headcount", "shipments", "orders", "downloads", "subscribers",
					       "developers", "partners", "stores", "rides", "visits", "volumes",
					       "volume" };
	const struct tok *tk = &j->toks[k];
	size_t cs = j->sent_start;
	for (size_t i = k; i > 0; i--) {
		const struct tok *x = &j->toks[i - 1];
		if (x->end <= j->sent_start)
			break;
		if (x->clause != tk->clause) {
			/* (a label's: "年营收客户数:YoY 成长 3 倍", "年营收超过 1 亿美元
			 * 的客户数:同比增长 2 倍") */
			if (x->type == T_METRIC && counted_after_metric(j->t, x->end, tk->start) &&
			    text_has(j->t, x->end, tk->start, ":"))
				return 1;
			if (label_counts(j->t, x->end, tk->start))
				return 1;
			cs = x->end;
			break;
		}
		/* 年营收超过1亿美元的客户数, 年营收客户数: the metric names what
		 * the counted are counted by */
		if (x->type == T_METRIC)
			return counted_after_metric(j->t, x->end, tk->start);
	}
	/* (each word once, against the list) */
	size_t i = cs, b;
	while (next_latin_word(j->t, &i, tk->start, &b))
		if (i - b >= 4 && span_in_list(j->t, b, i, counted, ARRAY_SIZE(counted)))
			return 1;
	return 0;
}

/* The depth of brackets `depth` becomes past the byte c (the text is
 * normalized: （ and ） are ( and ) by now). */
static int bracket_step(int depth, char c)
{
	return c == '(' ? depth + 1 : c == ')' && depth > 0 ? depth - 1 : depth;
}

/* Whether t[pos] stands inside brackets opened since t[from]. */
static int in_brackets(const char *t, size_t from, size_t pos)
{
	int depth = 0;
	for (size_t i = from; i < pos; i++)
		depth = bracket_step(depth, t[i]);
	return depth > 0;
}

/* Whether the figure at t[s..e) is a mark named as one: "the $6 billion
 * mark", "the 100 million threshold", "the $1 trillion milestone". */
static int the_mark(const char *t, size_t floor, size_t s, size_t e, size_t lim)
{
	static const char *const marks[] = { " mark", " threshold", " milestone", " barrier" };
	if (s < floor + 4 || strncasecmp(t + s - 4, "the ", 4))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(marks); i++) {
		size_t n = strlen(marks[i]);
		if (e + n <= lim && !strncmp(t + e, marks[i], n) && (e + n == lim || !isalpha((unsigned char)t[e + n])))
			return 1;
	}
	return 0;
}

/* Whether a cue of tokens [a, b) says the change kind `kind` (CUE_QOQ,
 * CUE_YOY). */
static int says_kind_in(const struct job *j, size_t a, size_t b, unsigned kind)
{
	for (size_t i = a; i < b; i++)
		if (j->toks[i].type == T_CUE && (cue_of(j, &j->toks[i]) & kind))
			return 1;
	return 0;
}

/* Whether the sentence opens on a product the lexicon does not know,
 * named by a noun for what it is and a Latin name: "自研AI芯片Trainium已
 * 发展为年收入数十亿美元的业务,第三季度收入环比暴增150%" is about the
 * chip. Fills `why` with the name. */
static int product_opening(const struct job *j, size_t first, char *why, size_t whylen)
{
	static const char *const nouns[] = { "芯片", "产品", "平台", "软件", "应用", "模型" };
	const char *t = j->t;
	size_t s = j->sent_start, lim = j->sent_start + 30 < j->sent_end ? j->sent_start + 30 : j->sent_end;
	while (s < lim && (t[s] == ' ' || t[s] == '-' || t[s] == '*'))
		s++;
	for (size_t p = s; p + 6 < lim; p++) {
		size_t n = 0;
		for (size_t i = 0; i < ARRAY_SIZE(nouns) && !n; i++)
			if (!memcmp(t + p, nouns[i], strlen(nouns[i])))
				n = strlen(nouns[i]);
		if (!n)
			continue;
		size_t ns = p + n, ne = ns;
		while (ne < j->sent_end && isalnum((unsigned char)t[ne]))
			ne++;
		if (ne - ns < 3 || !isupper((unsigned char)t[ns]))
			return 0;
		/* (no company of ours named up to it: "亚马逊芯片Trainium") */
		for (size_t i = first; i < j->ntoks && j->toks[i].start < ne; i++)
			if (j->toks[i].type == T_ENTITY)
				return 0;
		snprintf(why, whylen, "%.*s", (int)(ne - ns), t + ns);
		return 1;
	}
	return 0;
}

/* Whether t[s..e) ends on a part named by capitalized words and the word
 * for what it is: "the Computing and Graphics segment", "the Enterprise,
 * Embedded and Semi-Custom (EESC) group". */
static int ends_on_named_part(const char *t, size_t s, size_t e)
{
	static const char *const kinds[] = { "segment", "group", "division", "business", "unit" };
	while (e > s && t[e - 1] == ' ')
		e--;
	size_t w = e;
	while (w > s && isalpha((unsigned char)t[w - 1]))
		w--;
	if (!span_in_list(t, w, e, kinds, ARRAY_SIZE(kinds)) || w < s + 2 || t[w - 1] != ' ')
		return 0;
	/* (past initials in brackets: "(EESC)") */
	size_t n = w - 1;
	if (n > s && t[n - 1] == ')') {
		while (n > s && t[n - 1] != '(')
			n--;
		if (n == s)
			return 0;
		n--;
		while (n > s && t[n - 1] == ' ')
			n--;
	}
	size_t b = n;
	while (b > s && isalnum((unsigned char)t[b - 1]))
		b--;
	return b < n && isupper((unsigned char)t[b]);
}

/* Whether the figure at token k is a part's, named after it by where it
 * came from ("$1.66 billion coming from the Computing and Graphics
 * segment") or by the part whose aside in brackets holds it ("the EESC
 * group (+7% YoY, -11% QoQ)"). Fills `why`. */
static int part_named_with_figure(const struct job *j, size_t k, char *why, size_t whylen)
{
	static const char *const froms[] = { " coming from the ", " from the ", " generated by the ", " contributed by the " };
	const char *t = j->t;
	const struct tok *tk = &j->toks[k];
	/* (most figures have none of these words after them) */
	int after = tk->end + 2 < j->sent_end && t[tk->end] == ' ' && strchr("cfg", t[tk->end + 1]);
	for (size_t i = 0; i < ARRAY_SIZE(froms) && after; i++) {
		size_t n = strlen(froms[i]);
		if (tk->end + n >= j->sent_end || strncmp(t + tk->end, froms[i], n))
			continue;
		size_t s = tk->end + n, e = s;
		while (e < j->sent_end && e - s < 80 && t[e] != ';' && t[e] != '.') {
			e++;
			if (ends_on_named_part(t, s, e) && (e == j->sent_end || !isalpha((unsigned char)t[e]))) {
				snprintf(why, whylen, "%.*s", (int)(e - s), t + s);
				return 1;
			}
		}
	}
	/* (in brackets right after such a name) */
	size_t o = tk->start;
	while (o > j->sent_start && t[o - 1] != '(' && t[o - 1] != ')' && tk->start - o < 60)
		o--;
	if (o > j->sent_start && t[o - 1] == '(') {
		size_t ns = o - 1 > j->sent_start + 80 ? o - 1 - 80 : j->sent_start;
		if (ends_on_named_part(t, ns, o - 1)) {
			snprintf(why, whylen, "the part named before the brackets");
			return 1;
		}
	}
	return 0;
}

/* Whether t[s..e) names a quarter and a full year together, as one
 * report's two periods: "the fourth quarter and full year", "第四季度及
 * 全年". */
static int quarter_and_year_said(const char *t, size_t s, size_t e)
{
	static const char *const pairs[] = { "quarter and full year", "quarter and full-year", "quarter and the full year",
					     "quarter and fiscal year", "quarter and full fiscal year", "quarter and year",
					     "季度及全年", "季度和全年", "季度与全年", "季度暨全年" };
	/* (asked of many figures: most sentences say neither word) */
	if (span_find(t, s, e, "quarter and ", 1) == SIZE_MAX && span_find(t, s, e, "季度", 0) == SIZE_MAX)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(pairs); i++)
		if (span_find(t, s, e, pairs[i], 1) != SIZE_MAX)
			return 1;
	return 0;
}

/* Whether the figure at token k is said after "by" in a clause that
 * tells of an effect (impacted, affected, hurt, reduced, lowered ... by),
 * with no metric or company between "by" and it. */
static int effect_size(const struct job *j, size_t k, size_t first)
{
	static const char *const effects[] = { "impact", "impacted", "affected", "hurt", "reduced", "lowered",
					       "dragged", "weighed" };
	const char *t = j->t;
	size_t by = SIZE_MAX;
	for (size_t p = j->toks[k].start; p > j->sent_start + 3 && j->toks[k].start - p < 60; p--)
		if (t[p - 2] == 'y' && t[p - 3] == 'b' && t[p - 1] == ' ' && t[p - 4] == ' ') {
			by = p - 4;
			break;
		}
	if (by == SIZE_MAX)
		return 0;
	for (size_t i = first; i < k; i++)
		if (j->toks[i].start > by && (j->toks[i].type == T_METRIC || j->toks[i].type == T_ENTITY))
			return 0;
	size_t from = by > j->sent_start + 80 ? by - 80 : j->sent_start;
	size_t i = from, b;
	while (next_latin_word(t, &i, by, &b))
		if (span_in_list(t, b, i, effects, ARRAY_SIZE(effects)))
			return 1;
	return 0;
}

/* Which of the words a machine translation writes for a profit, and
 * Chinese reads as revenue, t[s..e) is: 1 营业收入 (operating income),
 * 2 净收入 (net income), 0 neither. */
static int translated_profit_word(const char *t, size_t s, size_t e)
{
	return e - s == 12 && !memcmp(t + s, "营业收入", 12) ? 1 : e - s == 9 && !memcmp(t + s, "净收入", 9) ? 2 : 0;
}

/* The metric the token k names, read as a machine translation reads it:
 * "总收入增长了41%,达到651.2亿美元。营业收入同比增长84%,达到210亿美元" is
 * an English release's "operating income" (营业收入, which Chinese reads as
 * revenue), "净收入" its "net income". Only when the figure that follows
 * is under 60% of the company's revenue just said: one company's revenue
 * said twice (GAAP and adjusted, two counts) is never so far apart.
 * Returns `met` when not so. */
static int translated_profit(const struct job *j, const struct state *st, size_t k, int met)
{
	const struct lexicon *lx = j->fx->lx;
	const struct tok *tk = &j->toks[k];
	int word = translated_profit_word(j->t, tk->start, tk->end);
	if (!word || met != lexicon_find_metric(lx, "revenue"))
		return met;
	/* the amount said of it next, in its sentence */
	/* (no period named between: "2026年营业收入为120-125亿美元,1Q26营业
	 * 收入为19.0-20.0亿美元" is a year's and a quarter's revenue) */
	const struct numlex_token *q = NULL;
	for (size_t i = k + 1; i < j->ntoks && j->toks[i].start < j->sent_end && !q; i++)
		if (j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind == NL_AMOUNT)
			q = qtok(j, &j->toks[i]);
		else if (j->toks[i].type == T_PERIOD)
			return met;
	if (!q || q->value <= 0)
		return met;
	/* the revenue said last before it (收入, 总收入, 营收: not these two
	 * words again), within a few sentences and of no other company */
	const struct numlex_token *after = NULL;
	int root = st->ent >= 0 ? lexicon_root(lx, st->ent) : -1;
	for (size_t i = k; i > 0 && tk->start - j->toks[i - 1].start < 800; i--) {
		const struct tok *x = &j->toks[i - 1];
		if (x->type == T_PERIOD || span_find(j->t, x->end, j->toks[i].start, "\n\n", 0) != SIZE_MAX)
			return met;
		if (x->type == T_QTY && qtok(j, x)->kind == NL_AMOUNT) {
			after = qtok(j, x);
		} else if (x->type == T_ENTITY) {
			int r = lexicon_root(lx, j->lm[x->idx].index);
			if (root >= 0 && r != root)
				return met;
			if (lexicon_entity_at(lx, (size_t)j->lm[x->idx].index)->parent >= 0)
				after = NULL; /* (a part's figure is no company's revenue) */
		} else if (x->type == T_METRIC && j->lm[x->idx].index == met && !translated_profit_word(j->t, x->start, x->end) &&
			   after && !strcmp(after->unit, q->unit) && after->value > 0) {
			return q->value < 0.6 * after->value ?
				       lexicon_find_metric(lx, word == 1 ? "operating_income" : "net_income") :
				       met;
		}
	}
	return met;
}

/* The currency t[s..e) says what follows is counted in (以美元计算, 以人民币
 * 计), or NULL. */
static const char *counted_in(const char *t, size_t s, size_t e)
{
	static const struct {
		const char *w, *cur;
	} said[] = { { "以美元计", "USD" }, { "以人民币计", "CNY" }, { "以港元计", "HKD" }, { "以港币计", "HKD" },
		     { "以新台币计", "TWD" } };
	for (size_t i = 0; i < ARRAY_SIZE(said); i++)
		if (span_find(t, s, e, said[i].w, 0) != SIZE_MAX)
			return said[i].cur;
	return NULL;
}

/* Whether t[pos] stands in an aside opened by ", which" and closed by a
 * comma before `before`: "the profits growth, which beat market
 * expectations of 63 billion dollars, brought its EPS to $3.03" — what
 * the aside says of a forecast is the aside's alone. */
static int in_which_aside_closed(const char *t, size_t from, size_t pos, size_t before)
{
	size_t i = pos;
	while (i > from && t[i - 1] != ',' && t[i - 1] != '.')
		i--;
	if (i <= from || t[i - 1] != ',' || i + 7 > before || strncmp(t + i, " which ", 7))
		return 0;
	size_t close = pos;
	while (close < before && t[close] != ',' && t[close] != '.')
		close++;
	return close < before && t[close] == ',';
}

/* Whether token k stands in a clause opened by ", which" (or ", that")
 * right after words the lexicon does not read (not a metric, a company,
 * a figure or a period): "cloud infrastructure expansion, which
 * increased 6%". */
static int relative_of_unknown(const struct job *j, size_t k, size_t first)
{
	static const char *const opens[] = { ", which ", ", that " };
	const char *t = j->t;
	size_t i = j->toks[k].start;
	while (i > j->sent_start && t[i - 1] != ',')
		i--;
	if (i <= j->sent_start)
		return 0;
	size_t comma = i - 1, w;
	for (w = 0; w < ARRAY_SIZE(opens); w++)
		if (!strncmp(t + comma, opens[w], strlen(opens[w])))
			break;
	if (w == ARRAY_SIZE(opens))
		return 0;
	/* the token the comma follows, if it ends right before it */
	for (size_t x = k; x > first; x--)
		if (j->toks[x - 1].end <= comma) {
			const struct tok *b = &j->toks[x - 1];
			return !only_spaces(t, b->end, comma) && !text_is_trimmed(t, b->end, comma, ")");
		}
	return 0;
}

/* Whether t[s..e), a sentence's words before a name, turn to it as the
 * topic: "Turning to Google Cloud", "Moving on to AWS", "Now to Azure". */
static int turns_to(const char *t, size_t s, size_t e)
{
	static const char *const opens[] = { "turning to ", "turning now to ", "moving to ", "moving on to ",
					     "switching to ", "now to ", "next, to ", "coming to ", "as for ",
					     "starting with ", "let me start with ", "beginning with " };
	/* (and "the" before the name: "Moving to the AWS segment") */
	if (e - s > 4 && !strncasecmp(t + e - 4, "the ", 4))
		e -= 4;
	for (size_t i = 0; i < ARRAY_SIZE(opens); i++) {
		size_t n = strlen(opens[i]);
		if (e - s == n && !strncasecmp(t + s, opens[i], n))
			return 1;
	}
	return 0;
}

/* Whether the figure at token k is said above or below another, one
 * that follows it ("$0.5 billion above the consensus of $54.9 billion",
 * "$2 billion short of the Street's $58 billion"). */
static int beside_another(const struct job *j, size_t k, size_t end)
{
	static const char *const rel[] = { " above ", " below ", " ahead of ", " short of ", " shy of ", " under ",
					   " over " };
	const char *t = j->t;
	size_t e = j->toks[k].end;
	for (size_t i = 0; i < ARRAY_SIZE(rel); i++) {
		size_t n = strlen(rel[i]);
		if (e + n > j->sent_end || strncmp(t + e, rel[i], n))
			continue;
		/* another amount after it, in its clause: what it is beside */
		for (size_t x = k + 1; x < end && j->toks[x].clause == j->toks[k].clause; x++)
			if (j->toks[x].type == T_QTY && j->q[j->toks[x].idx].kind == NL_AMOUNT)
				return 1;
		/* "revenue $26.06B (+22% Y/Y, $830M above estimates)", "EPS
		 * $9.36 ($0.26 below estimates)": beside a forecast, a small
		 * part of the figure said just before it, in the same unit and
		 * written alike, is by how much it beat */
		static const char *const forecast[] = { "estimates", "estimate", "consensus", "expectations", "the consensus",
							"the Street", "Street estimates", "analysts' estimates", "guidance" };
		if (!words_after(t, e + n, j->sent_end, forecast, ARRAY_SIZE(forecast)))
			return 0;
		const struct numlex_token *q = &j->q[j->toks[k].idx];
		for (size_t x = k; x > 0 && j->toks[x - 1].start >= j->sent_start; x--) {
			const struct tok *tx = &j->toks[x - 1];
			if (tx->type != T_QTY || j->q[tx->idx].kind != NL_AMOUNT)
				continue;
			const struct numlex_token *p = &j->q[tx->idx];
			if (strcmp(p->unit, q->unit) || p->scaled != q->scaled)
				continue;
			return fabs(q->value) * 5 < fabs(p->value);
		}
		return 0;
	}
	return 0;
}

/* Whether t[at..end), past spaces, closes a bracket or ends the sentence:
 * the mark before it was the last word of its aside. */
static int closes_aside(const char *t, size_t at, size_t end)
{
	while (at < end && is_blank(t[at]))
		at++;
	return at == end || t[at] == ')' || t[at] == ']' || t[at] == ',' || t[at] == ';';
}

/* Whether only brackets break t[s..e) into clauses: "on capex
 * (including finance leases) in the September quarter" is one clause,
 * its aside set in it. */
static int past_asides(const char *t, size_t s, size_t e)
{
	int depth = 0, asides = 0;
	for (size_t i = s; i < e; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c == '(') {
			depth++;
			asides = 1;
		} else if (c == ')') {
			if (--depth < 0)
				return 0;
		} else if (depth == 0 && (c == ',' || c == ';' || c == ':')) {
			return 0;
		}
	}
	return asides;
}

/* "$34.9 billion on capital expenditures, including finance leases, in the
 * quarter": where a comma aside that opens on including, excluding or
 * net of, right in the figure's clause after `s`, closes (the byte after
 * its closing comma), with *reach set to where the clause it goes back to
 * ends; SIZE_MAX when there is none. An aside holding a figure is no
 * aside. */
static size_t comma_aside(const char *t, size_t s, size_t e, size_t *reach)
{
	static const char *const openers[] = { "including", "excluding", "net of", "inclusive of" };
	size_t c = s;
	while (c < e && t[c] != ',' && t[c] != ';' && t[c] != ':' && t[c] != '(')
		c++;
	if (c >= e || t[c] != ',')
		return SIZE_MAX;
	size_t w = c + 1;
	while (w < e && t[w] == ' ')
		w++;
	int opens = 0;
	for (size_t i = 0; i < ARRAY_SIZE(openers) && !opens; i++) {
		size_t n = strlen(openers[i]);
		opens = w + n < e && !strncmp(t + w, openers[i], n) && t[w + n] == ' ';
	}
	/* ("$506 million, or 12.2 percent of net revenue, in the prior
	 * quarter": the same figure said another way, figure and all) */
	int restated = !opens && w + 3 < e && !strncmp(t + w, "or ", 3) && isdigit((unsigned char)t[w + 3]);
	if (!opens && !restated)
		return SIZE_MAX;
	size_t close = w;
	while (close < e && t[close] != ',' && t[close] != ';' && t[close] != ':' &&
	       (restated || !isdigit((unsigned char)t[close])))
		close++;
	if (close >= e || t[close] != ',' ||
	    (restated && (close - w > 60 || !(span_contains(t, w, close, "percent of", 0) ||
					       span_contains(t, w, close, "% of", 0) || span_contains(t, w, close, "per ", 0) ||
					       span_contains(t, w, close, "a share", 0)))))
		return SIZE_MAX;
	size_t r = close + 1;
	while (r < e && t[r] != ',' && t[r] != ';' && t[r] != ':')
		r++;
	*reach = r;
	return close + 1;
}

/* Whether the clause of t[s..e) around `pos` names a group of companies
 * by a plural in small letters ("the largest cloud companies",
 * "hyperscalers", 科技巨头). */
static int names_a_group(const char *t, size_t s, size_t e, size_t pos)
{
	static const char *const latin[] = { "companies", "hyperscalers", "firms", "tech giants", "cloud providers",
					     "chipmakers", "peers", "labs", "big tech" };
	static const char *const cjk[] = { "厂商", "巨头", "大厂", "各家", "同业", "科技公司", "互联网公司", "家公司", "各公司" };
	size_t a = pos, b = pos;
	while (a > s && t[a - 1] != ',' && t[a - 1] != ';')
		a--;
	while (b < e && t[b] != ',' && t[b] != ';')
		b++;
	for (size_t i = 0; i < ARRAY_SIZE(latin); i++) {
		size_t n = strlen(latin[i]);
		for (size_t at = span_find(t, a, b, latin[i], 0); at != SIZE_MAX; at = span_find(t, at + 1, b, latin[i], 0))
			if ((at == a || !isalpha((unsigned char)t[at - 1])) && (at + n >= b || !isalpha((unsigned char)t[at + n])))
				return 1;
	}
	/* a Chinese sentence says its subject once, in its first clause, and
	 * its figures after it (2024 年 Q4 科技公司资本支出…,同比增长 64%) */
	for (size_t i = 0; i < ARRAY_SIZE(cjk); i++)
		if (span_find(t, s, b, cjk[i], 0) != SIZE_MAX)
			return 1;
	return 0;
}


/* Whether any of words[0..n) stands as a word in t[0..len) (has_word()). */
static int any_word(const char *t, size_t len, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (has_word(t, len, words[i]))
			return 1;
	return 0;
}

/* Whether the sentence of tokens [sent_first, sent_end) says what analysts
 * expected in the past ("Analysts had expected", "Wall Street was looking
 * for") and forecasts nothing itself: an expectation of results now out.
 * (Not beside a forecast: "Revenue is forecast at $5.19 billion to $5.41
 * billion, while analysts had forecast $4.49 billion".) */
static int expected_in_past(const struct job *j, size_t sent_first, size_t sent_end)
{
	static const char *const past[] = { "had", "was", "were" };
	int said = 0;
	for (size_t i = sent_first; i < sent_end; i++) {
		const struct tok *c = &j->toks[i];
		if (c->type != T_CUE || !(cue_of(j, c) & CUE_ESTIMATE))
			continue;
		if (!(cue_of(j, c) & CUE_CONSENSUS) || (cue_of(j, c) & CUE_GUIDANCE))
			return 0;
		for (size_t w = 0; w < ARRAY_SIZE(past) && !said; w++)
			said = has_word(j->t + c->start, c->end - c->start, past[w]);
	}
	return said;
}

/* Whether the figure at token k comes right after a word of what was
 * expected, a colon at most between: 预估294.1亿元, 市场预估9.81元,
 * 预期：21.89亿元. */
static int expectation_right_before(const struct job *j, size_t k, size_t sent_first)
{
	static const char *const words[] = { "预估", "预期", "市场预估", "市场预期", "一致预期", "市场一致预期" };
	if (k <= sent_first || j->toks[k - 1].type != T_CUE || !(cue_of(j, &j->toks[k - 1]) & CUE_ESTIMATE))
		return 0;
	const struct tok *c = &j->toks[k - 1];
	size_t gap = c->end;
	while (gap < j->toks[k].start && (j->t[gap] == ' ' || j->t[gap] == ':'))
		gap++;
	if (gap + 3 <= j->toks[k].start && !memcmp(j->t + gap, "：", 3))
		gap += 3;
	if (gap != j->toks[k].start)
		return 0;
	size_t s = c->start;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (c->end - s == strlen(words[i]) && !memcmp(j->t + s, words[i], c->end - s))
			return 1;
	return 0;
}

/* Takes the measure of the earlier figure f for the figure being read:
 * its company and metric, said as a gain, after the figure. */
static void take_measure_of(const struct last_fact *f, int *ent, int *met, int *met_sign, int *met_after)
{
	*ent = f->ent;
	*met = f->met;
	*met_sign = 1;
	*met_after = 1;
}

/* Whether the quantity q is of the kind of the figure f: an amount beside
 * an amount, a percentage beside a percentage (what a figure of the same
 * measure may be said again as: its expectation, its guide). */
static int same_unit_kind(const struct numlex_token *q, const struct last_fact *f)
{
	return (q->kind == NL_AMOUNT && strcmp(f->unit, "%")) || (q->kind == NL_PERCENT && !strcmp(f->unit, "%"));
}

/* The tense an English sentence says its figures in: -1 to come (a word
 * of what is to come: "will", "would", "expects"), 1 over (a verb in the
 * past: "was", "rose", "reported", and no such word), 0 neither. */
static int tense_of(const char *t, size_t len)
{
	static const char *const past[] = { "was", "were", "rose", "fell", "grew", "increased", "decreased",
					    "declined", "jumped", "climbed", "reported", "posted", "totaled",
					    "totalled", "reached", "expanded", "narrowed", "widened",
					    "improved", "dropped", "slipped", "surged", "soared", "gained", "generated",
					    "delivered", "beat", "topped", "missed", "spent", "earned", "booked", "recorded",
					    "logged", "ended" };
	static const char *const ahead[] = { "will", "expects", "expected", "expect", "forecast", "forecasts",
					     "guidance", "outlook", "sees", "projects", "anticipates", "would" };
	/* what analysts expected of it is no forecast of the sentence's own
	 * ("compared with the $5.2 billion expected by analysts", "than
	 * expected", "analysts had expected") */
	static const char *const theirs[] = { "than", "as", "had", "analysts", "analyst", "street" };
	/* nor a forecast a result said as over is held against ("earned $3.5
	 * billion, higher than even the top of the guidance range") */
	static const char *const against[] = { "than", "above", "below", "beat", "beating", "topped", "exceeded",
						"exceeding", "surpassed", "missed", "top" };
	/* one pass over the words (this is asked of many figures) */
	int said_past = 0;
	size_t pw = 0, pe = 0; /* the word before */
	size_t cmp_at = SIZE_MAX; /* where the last word of `against` ended */
	for (size_t i = 0; i < len;) {
		if (!isalpha((unsigned char)t[i])) {
			i++;
			continue;
		}
		size_t w = i;
		while (i < len && isalpha((unsigned char)t[i]))
			i++;
		if (span_in_list(t, w, i, ahead, ARRAY_SIZE(ahead)) &&
		    !(i - w == 8 && !strncasecmp(t + w, "expected", 8) &&
		      ((pe > pw && span_in_list(t, pw, pe, theirs, ARRAY_SIZE(theirs))) ||
		       (i + 3 < len && !strncasecmp(t + i, " by ", 4)))) &&
		    !(said_past && cmp_at != SIZE_MAX && w - cmp_at <= 12 && pe - pw == 3 && !strncasecmp(t + pw, "the", 3)))
			return -1;
		if (span_in_list(t, w, i, against, ARRAY_SIZE(against)))
			cmp_at = i;
		pw = w;
		pe = i;
		if (!said_past && (span_in_list(t, w, i, past, ARRAY_SIZE(past)) ||
				   (i - w == 4 && !strncasecmp(t + w, "came", 4) && i + 3 <= len && !strncmp(t + i, " in", 3) &&
				    (i + 3 == len || !isalpha((unsigned char)t[i + 3])))))
			said_past = 1;
	}
	return said_past;
}

/* Whether the sentence says its figures are to come (有望, 将, "will",
 * "expects"), not what was expected before (此前市场预期, "analysts had
 * expected", "the guided range"). */
static int said_ahead(const struct job *j)
{
	static const char *const before[] = { "此前", "之前", "原先", "原本", "previously", "had", "prior", "guided" };
	static const char *const ahead[] = { "有望", "将会", "将达", "将突破", "将超过", "将增至", "预计将", "未来" };
	const char *t = j->t + j->sent_start;
	size_t len = j->sent_end - j->sent_start;
	for (size_t i = 0; i < ARRAY_SIZE(before); i++)
		if ((unsigned char)before[i][0] >= 0x80 ? text_has(j->t, j->sent_start, j->sent_end, before[i])
							: has_word(t, len, before[i]))
			return 0;
	for (size_t i = 0; i < ARRAY_SIZE(ahead); i++)
		if (text_has(j->t, j->sent_start, j->sent_end, ahead[i]))
			return 1;
	return tense_of(t, len) < 0;
}

/* Whether an English sentence says its figures as over (tense_of). */
static int said_as_over(const char *t, size_t len)
{
	/* (in Chinese, 录得, "recorded", or 实现, "achieved", with no word of
	 * what is to come: 预计, 有望, 指引) */
	static const char *const ahead[] = { "预计", "预期", "有望", "指引", "目标", "预测", "计划", "将实现", "可实现" };
	if (tense_of(t, len) == 1)
		return 1;
	/* (or a change from a year or a quarter before, 同比下降15%至47.89亿
	 * 美元, with nothing said to come: not 将) */
	/* (or set beside the quarter before or the year-ago one: "AWS营益率
	 * 26.3%,上季则为29%") */
	/* (Taiwan's and Hong Kong's words for them: 年增, 季增, 按年) */
	static const char *const changes[] = { "同比", "环比", "上季则为", "上季为", "去年同期为", "上年同期为",
					       "年增", "季增", "年减", "季减", "按年", "按季" };
	int changed = 0;
	for (size_t i = 0; i < ARRAY_SIZE(changes) && !changed; i++)
		changed = span_contains(t, 0, len, changes[i], 0);
	if (!span_contains(t, 0, len, "录得", 0) && !span_contains(t, 0, len, "实现", 0) && !changed)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(ahead); i++)
		if (span_contains(t, 0, len, ahead[i], 0))
			return 0;
	if (changed && span_contains(t, 0, len, "将", 0))
		return 0;
	return 1;
}

/* Whether tokens [a, b) hold two periods joined by a slash (2025/2026 年). */
static int slash_periods_in(const struct job *j, size_t a, size_t b)
{
	for (size_t i = a; i + 1 < b; i++)
		if (j->toks[i].type == T_PERIOD && j->toks[i + 1].type == T_PERIOD &&
		    text_has(j->t, j->toks[i].end, j->toks[i + 1].start, "/"))
			return 1;
	return 0;
}

/* Where the statement the current sentence goes on (past a ；) began: the
 * text after the last full stop or line break before it. */
static size_t statement_start(const struct job *j)
{
	size_t p = j->sent_start;
	while (p > 0 && j->t[p - 1] != '\n' && !(p >= 3 && !memcmp(j->t + p - 3, "。", 3)) &&
	       !(j->t[p - 1] == '.' && p < j->sent_start))
		p--;
	return p;
}

/* Whether `name` (Google Cloud) holds `w` (cloud) as a word, any case. */
static int name_has_word(const char *name, const char *w)
{
	size_t n = strlen(w);
	if (!n || !name)
		return 0;
	return has_word(name, strlen(name), w);
}

/* The one part of company `root` in the lexicon named by the company's
 * name and one word more, that word in t[s..e) ("cloud" in "its cloud
 * unit": Alibaba Cloud; not Oracle Cloud Infrastructure, whose cloud is
 * one of several), -1 none or several. */
static int child_named_in(const struct job *j, int root, size_t s, size_t e)
{
	const struct lexicon *lx = j->fx->lx;
	if (root < 0)
		return -1;
	const char *rname = lexicon_entity_at(lx, (size_t)root)->name;
	int found = -1;
	size_t i = s, b;
	while (next_latin_word(j->t, &i, e, &b)) {
		char w[32];
		if (i - b < 4 || i - b >= sizeof(w))
			continue;
		memcpy(w, j->t + b, i - b);
		w[i - b] = '\0';
		if (name_has_word(rname, w))
			continue;
		size_t rn = strlen(rname);
		for (size_t c = 0; c < lexicon_entity_count(lx); c++) {
			const struct lexicon_entity *en = lexicon_entity_at(lx, c);
			if (en->parent != root || strlen(en->name) != rn + 1 + strlen(w) || strncmp(en->name, rname, rn) ||
			    en->name[rn] != ' ' || strcasecmp(en->name + rn + 1, w))
				continue;
			if (found >= 0 && found != (int)c)
				return -1;
			found = (int)c;
		}
	}
	return found;
}

/* "The cloud backlog ..." in a paragraph on Google Cloud: the words
 * between "The" and the sentence's first token hold a word of the name of
 * the part being spoken of, so they describe it, not another company. */
static int names_current_by_word(const struct job *j, const struct state *st, size_t first, size_t end)
{
	if (st->ent < 0 || first >= end || lexicon_entity_at(j->fx->lx, (size_t)st->ent)->parent < 0)
		return 0;
	const char *name = lexicon_entity_at(j->fx->lx, (size_t)st->ent)->name;
	size_t s = j->sent_start, e = j->toks[first].start;
	while (s < e && j->t[s] == ' ')
		s++;
	if (e - s < 4 || strncmp(j->t + s, "The ", 4))
		return 0;
	size_t i = s + 4, b;
	while (next_latin_word(j->t, &i, e, &b)) {
		char w[32];
		if (i - b < sizeof(w)) {
			memcpy(w, j->t + b, i - b);
			w[i - b] = '\0';
			if (name_has_word(name, w))
				return 1;
		}
	}
	return 0;
}

/* Whether a text whose head is t[0..len) speaks in its company's own voice
 * (a release: "today announced"; a call: "Operator") and in no analyst's
 * (a rating, a price target): "we expect" there is the company's guidance,
 * in a broker note the analyst's estimate. */
static int own_voice(const char *t, size_t len)
{
	static const char *const own[] = { "today announced", "today reported", "announces", "reports fourth",
					   "reports third", "reports second", "reports first", "operator:",
					   "conference call", "earnings call", "prepared remarks", "exhibit 99" };
	static const char *const analyst[] = { "price target", "target price", "rating", "outperform",
					       "overweight", "underweight", "analyst certification", "our estimate",
					       "we estimate", "we model", "目标价", "评级", "研究所", "分析师" };
	size_t head = len < 4000 ? len : 4000;
	return any_word(t, head, own, ARRAY_SIZE(own)) && !any_word(t, len, analyst, ARRAY_SIZE(analyst));
}

/* Whether a text whose head is t[0..len) counts years as its company
 * does: it says "fiscal 2025", "fiscal year" or 财年 and never calendar
 * years. A filing's or a model's columns headed 2025, 2024, 2023 (or 2025A
 * 2026E) are then the company's fiscal years, as Apple's 10-K means them. */
static int says_fiscal_years(const char *t, size_t len)
{
	static const char *const fiscal[] = { "fiscal 20", "fiscal year", "fiscal years", "财年" };
	static const char *const calendar[] = { "calendar year", "calendar 20", "CY2", "自然年" };
	return any_word(t, len, fiscal, ARRAY_SIZE(fiscal)) && !any_word(t, len, calendar, ARRAY_SIZE(calendar));
}

/* Whether t[s..e) only joins two items of a list: ", ", "、", " and ",
 * "和". */
static int list_gap(const char *t, size_t s, size_t e)
{
	static const char *const joins[] = { ",", "、", "and", "or", "和", "及", "与", "以及", "&" };
	while (s < e && (t[s] == ' ' || t[s] == ','))
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	return s == e || span_in_list(t, s, e, joins, ARRAY_SIZE(joins));
}

/* Whether the first quarter the text says the Chinese way without its
 * year or 财 (二季度) reads as the calendar's (period_either_civil()). */
static int first_either_civil(const struct job *j, const struct fiscal_calendar *cal)
{
	for (size_t i = 0; i < j->nps; i++)
		if (j->ps[i].kind == PSPAN_PERIOD && j->ps[i].expr.either && !j->ps[i].expr.year &&
		    j->ps[i].expr.rel == PREL_NONE)
			return period_either_civil(&j->ps[i].expr, cal, j->ref);
	return 0;
}

/* Whether the periods of a note on one company whose year is not the
 * calendar's count its quarters as the company does: it writes a fiscal
 * quarter (4QFY26, F4Q26, FY26Q4, fiscal Q4) and no calendar one (CY4Q25,
 * calendar Q4), or marks as reported (3Q26A) a quarter of the shorthand
 * that, read in the calendar, has not ended by the report's date. */
static int counts_fiscal_quarters(const struct job *j, const struct fiscal_calendar *cal)
{
	int fiscal = 0;
	for (size_t i = 0; i < j->nps; i++) {
		const struct period_expr *x = &j->ps[i].expr;
		if (j->ps[i].kind != PSPAN_PERIOD || x->type != PERIOD_QUARTER || x->rel != PREL_NONE)
			continue;
		if (x->calendar)
			return 0;
		if (x->fiscal)
			fiscal = 1;
		struct period cp, fp;
		struct period_expr cx = *x;
		if (x->shorthand && x->marked < 0 && x->year && j->ref.y && !x->fiscal) {
			cx.fiscal = 0;
			if (period_resolve(&cx, cal, NULL, j->ref, 0, &cp) == 0 && date_cmp(cp.end, j->ref) > 0) {
				cx.fiscal = 1;
				if (period_resolve(&cx, cal, NULL, j->ref, 0, &fp) == 0 && date_cmp(fp.end, j->ref) <= 0)
					fiscal = 1;
			}
		}
	}
	return fiscal;
}

/* Whether t[0..len), a document's head, is a filing (a 10-K, a 10-Q, an
 * annual report's discussion of its results). */
static int a_filing(const char *t, size_t len)
{
	static const char *const marks[] = { "form 10-k", "form 10-q", "annual report on form",
					     "management's discussion and analysis" };
	return any_word(t, len, marks, ARRAY_SIZE(marks));
}

/* Whether t[0..len), a document's first lines, give a rating or a price
 * target, as a note on one company does at its head (a sector note gives
 * them further down, company by company). */
static int rated(const char *t, size_t len)
{
	static const char *const marks[] = { "price target", "target price", "rating:", "reiterate buy",
					     "reiterate outperform", "reiterate overweight", "目标价", "投资评级",
					     "维持买入", "维持增持" };
	return any_word(t, len, marks, ARRAY_SIZE(marks));
}

/* "We expect", "we now anticipate", "Our outlook": the cue at token k
 * said in the first person. */
static int first_person(const struct job *j, size_t k, size_t first)
{
	const struct tok *tk = &j->toks[k];
	static const char *const we[] = { "we", "our" };
	size_t w = tk->start;
	while (w < tk->end && isalpha((unsigned char)j->t[w]))
		w++;
	if (span_in_list(j->t, tk->start, w, we, ARRAY_SIZE(we)))
		return 1;
	size_t floor = k > first ? j->toks[k - 1].end : j->sent_start;
	return word_before(j->t, floor, tk->start, "we") || word_before(j->t, floor, tk->start, "our") ||
	       (word_before(j->t, floor, tk->start, "now") &&
		(text_has(j->t, floor, tk->start, "we now") || text_has(j->t, floor, tk->start, "We now")));
}

/* Whether the estimate cue at token k is said by the company itself:
 * "Microsoft expects", 公司预计, 管理层预计 — a company or "the company"
 * right before it. */
static int company_voice(const struct job *j, size_t k, size_t first)
{
	if (k == first || j->toks[k - 1].clause != j->toks[k].clause)
		return 0;
	const struct tok *p = &j->toks[k - 1];
	/* ("Alibaba is expected to report": others expect, of it) */
	static const char *const passive[] = { "is", "are", "was", "were", "be", "been", "being" };
	for (size_t i = 0; i < ARRAY_SIZE(passive); i++)
		if (word_before(j->t, p->end, j->toks[k].start, passive[i]))
			return 0;
	if (p->type == T_ENTITY)
		return !after_preposition(j->t, k - 1 > first ? j->toks[k - 2].end : j->sent_start, p->start);
	return p->type == T_CUE && (j->q[p->idx].cue & CUE_COREF);
}

/* Whether t[s..e) opens on a pronoun (It, This, That, They, We, 其, 它). */
static int opens_on_pronoun(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "it", "its", "this", "that", "they", "we", "these", "those", "其", "它" };
	size_t w = next_word(t, s, e, &s);
	if (w == s)
		return s + 3 <= e && (!memcmp(t + s, "其", 3) || !memcmp(t + s, "它", 3));
	return span_in_list(t, s, w, words, ARRAY_SIZE(words));
}

/* Whether t[s..e), a sentence through its figure, has "it" and a verb of
 * reaching or being a level as its own subject and verb, at its start or
 * after an opening of when: "It crossed", "It passed", "By December 2024 it
 * was about 1 billion", "By the end of 2025 it had reached". */
static int it_reached(const char *t, size_t s, size_t e)
{
	static const char *const verbs[] = { "crossed", "passed", "reached", "hit", "topped", "surpassed", "exceeded",
					     "was", "is", "stood" };
	static const char *const aux[] = { "had", "has", "have" };
	while (s < e && t[s] == ' ')
		s++;
	size_t it = s;
	if (e < s + 3 || strncasecmp(t + s, "it ", 3)) {
		/* (after a first clause of when, with no comma: "By December
		 * 2024 it was") */
		it = SIZE_MAX;
		for (size_t i = s + 1; i + 4 <= e && it == SIZE_MAX; i++)
			if (t[i - 1] == ' ' && !strncmp(t + i, "it ", 3))
				it = i;
		if (it == SIZE_MAX || it > s + 40 || memchr(t + s, ',', it - s))
			return 0;
	}
	size_t w = it + 3, we = w;
	while (we < e && isalpha((unsigned char)t[we]))
		we++;
	if (span_in_list(t, w, we, aux, ARRAY_SIZE(aux))) {
		w = we + 1;
		for (we = w; we < e && isalpha((unsigned char)t[we]);)
			we++;
	}
	return we > w && span_in_list(t, w, we, verbs, ARRAY_SIZE(verbs));
}

/* Whether the sentence t[s..e) opens on words that stand for the metric
 * said before: 该指标, 这一指标, 此指标 ("更值得关注的是运营利润率的下滑。
 * 该指标预计约为14.3%"). */
static int opens_on_the_metric(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "该指标", "这一指标", "此指标", "这个指标", "这项指标", "该比率", "这一比率" };
	while (s < e && (t[s] == ' ' || t[s] == '\n'))
		s++;
	return opens_with_one(t, s, e, words, ARRAY_SIZE(words));
}

/* Whether the sentence t[s..e) opens on a supposition: If, Suppose,
 * Assuming, 如果, 假如, 假设, 倘若, 若. */
static int opens_on_supposition(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "if ", "suppose ", "assuming ", "如果", "假如", "假设", "倘若", "若" };
	while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '\n'))
		s++;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		/* (not 若以美元计算: the currency a figure is counted in) */
		if (s + n <= e && !strncasecmp(t + s, words[i], n) &&
		    !(s + n + 3 <= e && (!memcmp(t + s + n, "以", 3) || !memcmp(t + s + n, "按", 3))))
			return 1;
	}
	return 0;
}

/* Whether the text has stated an actual of entity `ent` (or its company)
 * for period p already (among the facts from `from` on); of metric `met`
 * only when it is not -1. */
static int reported_in_text(const struct job *j, int ent, int met, const struct period *p, size_t from)
{
	const char *met_id = met >= 0 ? lexicon_metric_at(j->fx->lx, (size_t)met)->id : NULL;
	char end[11];
	date_format(p->end, end);
	const char *root = lexicon_entity_at(j->fx->lx, (size_t)lexicon_root(j->fx->lx, ent))->id;
	for (size_t i = from; i < j->out->n; i++) {
		const struct fact *f = &j->out->items[i];
		if (!strcmp(f->basis, "actual") && !strcmp(f->period_end, end) && !strcmp(f->period_type, period_type_name(p->type)) &&
		    (!met_id || !strcmp(f->metric, met_id))) {
			int fe = lexicon_find_entity(j->fx->lx, f->entity);
			if (fe >= 0 && !strcmp(lexicon_entity_at(j->fx->lx, (size_t)lexicon_root(j->fx->lx, fe))->id, root))
				return 1;
		}
	}
	return 0;
}

/* Whether token k stands in a clause set off by commas that describes
 * what came before and states no figure: "Commercial remaining performance
 * obligation, which includes both unearned revenue and ..., increased 51%",
 * "RPO, a measure of contracted revenue, rose" — its metric is none of the
 * sentence's. The sentence's tokens are [first, end). */
static int in_relative_clause(const struct job *j, size_t k, size_t first, size_t end)
{
	/* and an apposition: "Remaining performance obligations, a measure of
	 * contracted revenue not yet recognized, rose 438%" */
	static const char *const opens[] = { ", which ", ", that ", ", who ", ", whose ", ", including ", ", a ", ", an " };
	const char *t = j->t;
	size_t pos = j->toks[k].start, open = SIZE_MAX;
	/* "obligation—a measure of future revenue—expanded" (the dashes are
	 * hyphens by now): an aside between dashes that states no figure */
	{
		static const char *const asides[] = { "-a ", "-an ", "-which ", "- a ", "- an ", "- which " };
		size_t o = SIZE_MAX;
		for (size_t i = pos; i > j->sent_start && o == SIZE_MAX; i--)
			if (t[i - 1] == '-')
				for (size_t w = 0; w < ARRAY_SIZE(asides); w++)
					if (!strncmp(t + i - 1, asides[w], strlen(asides[w])) && i >= 2 && t[i - 2] != '-')
						o = i - 1;
		const char *c = o == SIZE_MAX ? NULL : memchr(t + j->toks[k].end, '-', j->sent_end - j->toks[k].end);
		if (c) {
			for (size_t i = first; i < end; i++)
				if (j->toks[i].type == T_QTY && j->toks[i].start > o && j->toks[i].start < (size_t)(c - t))
					return 0;
			return 1;
		}
	}
	for (size_t i = pos; i > j->sent_start && open == SIZE_MAX; i--) {
		if (t[i - 1] == ',' || t[i - 1] == ';')
			for (size_t w = 0; w < ARRAY_SIZE(opens); w++)
				if (!strncmp(t + i - 1, opens[w], strlen(opens[w])))
					open = i - 1;
		if (open == SIZE_MAX && (t[i - 1] == ',' || t[i - 1] == ';'))
			return 0;
	}
	if (open == SIZE_MAX)
		return 0;
	const char *close = memchr(t + pos, ',', j->sent_end - pos);
	if (!close)
		return 0;
	for (size_t i = first; i < end; i++)
		if (j->toks[i].type == T_QTY && j->toks[i].start > open && j->toks[i].start < (size_t)(close - t))
			return 0;
	return 1;
}

/* Whether t[pos] stands inside brackets opened after `from` that close
 * before `until`. */
static int aside_closed(const char *t, size_t from, size_t pos, size_t until)
{
	if (pos < from || until <= pos)
		return 0;
	int depth = 0;
	for (size_t i = from; i < pos; i++)
		depth += t[i] == '(' ? 1 : t[i] == ')' && depth > 0 ? -1 : 0;
	if (depth == 0)
		return 0;
	for (size_t i = pos; i < until; i++)
		if (t[i] == ')' && --depth == 0)
			return 1;
		else if (t[i] == '(')
			depth++;
	return 0;
}

/* Whether the figure at token k is an item of a breakdown in brackets,
 * the name of a part right after it ("($1.42B Computing, $938M Enterprise
 * Embedded)"): inside a bracket of the sentence opened after an earlier
 * figure, followed by capitalized words that are no term of the lexicon
 * nor a period, up to a comma, the bracket's close or "and". */
static int bracket_part_figure(const struct job *j, size_t k, size_t sent_first, size_t sent_end)
{
	const struct tok *tk = &j->toks[k];
	const char *t = j->t;
	/* a capitalized name right after it, a word or more (looked at first:
	 * most figures have none) */
	size_t p = tk->end;
	if (p + 1 >= j->sent_end || t[p] != ' ' || !isupper((unsigned char)t[p + 1]))
		return 0;
	size_t e = p + 1;
	while (e < j->sent_end && t[e] != ',' && t[e] != ')' && t[e] != '(' && !isdigit((unsigned char)t[e]) &&
	       t[e] != '$' && !(t[e] == ' ' && e + 4 < j->sent_end && !memcmp(t + e, " and ", 5)))
		e++;
	if (e >= j->sent_end || (t[e] != ',' && t[e] != ')' && t[e] != ' ') || e - p > 40)
		return 0;
	for (size_t i = k + 1; i < sent_end && j->toks[i].start < e; i++)
		if (j->toks[i].type == T_METRIC || j->toks[i].type == T_ENTITY || j->toks[i].type == T_PERIOD ||
		    j->toks[i].type == T_QTY || j->toks[i].type == T_CUE)
			return 0;
	/* the bracket it stands in, opened after an earlier figure */
	size_t open = tk->start, floor = tk->start > j->sent_start + 80 ? tk->start - 80 : j->sent_start;
	int depth = 0;
	while (open > floor) {
		open--;
		if (t[open] == ')')
			depth++;
		else if (t[open] == '(' && depth-- == 0)
			break;
	}
	if (t[open] != '(' || depth >= 0 || span_contains(t, open, tk->start, ". ", 0))
		return 0;
	for (size_t i = sent_first; i < k; i++)
		if (j->toks[i].type == T_QTY && j->toks[i].end <= open)
			return 1;
	return 0;
}

/* The company that owns the figure at token k by a phrase after it —
 * "jump in revenue at Google Cloud", "growth posted by Microsoft's Azure"
 * — before the next figure (token `next`), or -1. Only metric and cue
 * tokens and a few words may stand between. */
static int owner_after(const struct job *j, size_t k, size_t next)
{
	const struct tok *tk = &j->toks[k];
	for (size_t i = k + 1; i < next && i < j->ntoks && j->toks[i].clause == tk->clause; i++) {
		const struct tok *x = &j->toks[i];
		if (x->start - tk->end > 60)
			return -1;
		if (x->type == T_METRIC || x->type == T_CUE)
			continue;
		if (x->type != T_ENTITY)
			return -1;
		size_t from = j->toks[i - 1].end;
		if (!word_before(j->t, from, x->start, "at") && !word_before(j->t, from, x->start, "by"))
			return -1;
		int owner = j->lm[x->idx].index;
		/* Microsoft's Azure: the part the possessive names */
		if (i + 1 < j->ntoks && j->toks[i + 1].type == T_ENTITY && text_is(j->t, x->end, j->toks[i + 1].start, "'s "))
			owner = j->lm[j->toks[i + 1].idx].index;
		return owner;
	}
	return -1;
}

/* Whether the words of the clause before token k speak of customers
 * (accounts, clients, 客户) whom a bound counts. */
static int customer_threshold(const struct job *j, size_t k, size_t first)
{
	static const char *const words[] = { "customers", "accounts", "clients", "客户", "deals", "contracts",
					     "commitments" };
	size_t s = k > first ? j->toks[k - 1].end : j->sent_start;
	for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		s = j->toks[i - 1].start;
	size_t floor = j->toks[k].start > 120 ? j->toks[k].start - 120 : 0;
	if (s < floor)
		s = floor;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(j->t, s, j->toks[k].start, words[i], 1))
			return 1;
	return 0;
}

/* Whether a margin cue (plus or minus, ±) follows the quantity at token k
 * in its sentence with only other quantities of its list between. */
static int tolerance_follows(const struct job *j, size_t k, size_t end)
{
	for (size_t i = k + 1; i < end; i++) {
		const struct tok *t = &j->toks[i];
		if (t->type == T_CUE && (cue_of(j, t) & CUE_TOLERANCE))
			return 1;
		if (t->type != T_QTY && t->type != T_CUE)
			return 0;
	}
	return 0;
}

/* Whether t[s..e) calls a figure adjusted: Non-GAAP, non-IFRS, 经调整. */
static int says_adjusted(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "non-gaap", "non-ifrs", "adjusted", "经调整", "调整后", "非公认会计准则",
					     "非通用会计准则", "非国际财务报告准则", "非美国通用会计准则",
					     /* (with the Traditional 準 a Simplified page kept) */
					     "非通用会计準则", "非公认会计準则",
					     /* 扣非: net of one-off items, an adjusted figure too */
					     "扣非", "扣除非经常性损益" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i], 1))
			return 1;
	return 0;
}

/* "非公认会计准则下，归属于百度的净利润为…", "On a non-GAAP basis, net
 * income was …": a sentence whose first clause says adjusted says it of
 * every measure in it. */
static int adjusted_opener(const struct job *j)
{
	/* "Excluding the EC fine, operating margin was 33.9%" */
	static const char *const leave_out[] = { "excluding", "ex-", "剔除", "扣除", "不含", "不考虑" };
	/* (the first clause within 48 bytes; clause marks start with one of
	 * these bytes, see segment_clause_break) */
	size_t e = j->sent_start, w, lim = j->sent_start + 48 < j->sent_end ? j->sent_start + 48 : j->sent_end;
	while (e < lim && !(clause_mark_first[(unsigned char)j->t[e]] && segment_clause_break(j->t, j->sent_end, e, &w)))
		e++;
	if (e >= lim || !segment_clause_break(j->t, j->sent_end, e, &w))
		return 0;
	if (says_adjusted(j->t, j->sent_start, e))
		return 1;
	size_t s = j->sent_start;
	while (s < e && j->t[s] == ' ')
		s++;
	for (size_t i = 0; i < ARRAY_SIZE(leave_out); i++)
		if (e - s >= strlen(leave_out[i]) && !strncasecmp(j->t + s, leave_out[i], strlen(leave_out[i])))
			return 1;
	return 0;
}

/* Whether the sentence says, before offset `pos`, that its figures are
 * counted in US dollars rather than the company's own currency. */
static int in_other_currency(const struct job *j, size_t pos)
{
	static const char *const marks[] = { "in us dollar terms", "in u.s. dollar terms", "in dollar terms",
					     "in usd terms" };
	/* (most sentences hold no "terms": a look for it first) */
	if (pos > j->sent_start && span_contains(j->t, j->sent_start, pos, "terms", 0))
		for (size_t i = 0; i < ARRAY_SIZE(marks); i++)
			if (span_contains(j->t, j->sent_start, pos, marks[i], 1))
				return 1;
	/* 以美元计, 若以美金计算 */
	const char *code = yuan_counted_in(j, pos);
	return code && !strcmp(code, "USD");
}

static void emit(struct job *j, struct state *st, size_t qs, size_t qe, int ent, int met, const struct period *per,
		 const char *kind, double value, double low, double high, const char *unit,
		 enum numlex_qualifier qual, int estimate, double resolution)
{
	const struct lexicon *lx = j->fx->lx;
	if (met == st->part_met)
		st->part_met = -1; /* a figure of the metric stored: no part's last */
	/* a magnitude no report states is a misreading (a run of digits, an
	 * exponent): said, never stored */
	if (!(fabs(value) <= FACT_MAGNITUDE_MAX && fabs(low) <= FACT_MAGNITUDE_MAX && fabs(high) <= FACT_MAGNITUDE_MAX)) {
		if (j->out->want_candidates) {
			j->stage = "kind";
			struct candidate *c = new_candidate(j, textnorm_orig(j->tn, qs), textnorm_orig(j->tn, qe));
			sent_orig(j);
			c->sentence = xstrndup(j->orig + j->sent_orig_start, j->sent_orig_end - j->sent_orig_start);
			copy_str(c->reason, sizeof(c->reason), "a magnitude beyond any report (over 1e16)");
		}
		return;
	}
	/* the 15 significant digits a report writes: 129.8 亿 is 12980000000,
	 * not the float a scale's product leaves */
	value = round_significant(value, 15);
	low = round_significant(low, 15);
	high = round_significant(high, 15);
	struct fact f;
	memset(&f, 0, sizeof(f));
	copy_str(f.entity, sizeof(f.entity), lexicon_entity_at(lx, (size_t)ent)->id);
	copy_str(f.metric, sizeof(f.metric), lexicon_metric_at(lx, (size_t)met)->id);
	copy_str(f.kind, sizeof(f.kind), kind);
	f.value = value;
	f.low = low;
	f.high = high;
	copy_str(f.unit, sizeof(f.unit), unit);
	/* the one currency the document's amounts are in, so far */
	if (strlen(unit) == 3 && isupper((unsigned char)unit[0])) {
		if (!j->fs->doc_currency[0])
			copy_str(j->fs->doc_currency, sizeof(j->fs->doc_currency), unit);
		else if (strcmp(j->fs->doc_currency, unit))
			j->fs->currencies_mixed = 1;
	}
	copy_str(f.qualifier, sizeof(f.qualifier), numlex_qualifier_name(qual));
	/* a figure for a period not over by the report date cannot be an
	 * actual: it is a forecast or a target, whatever the wording */
	if (!estimate && j->ref.y && date_cmp(per->end, j->ref) > 0 &&
	    /* a level said in the month under way ("ARR topped $1 billion in
	     * November", on November 20) is what it is now: an actual */
	    !(per->type == PERIOD_MONTH && date_cmp(per->start, j->ref) <= 0 && !strcmp(kind, "level") &&
	      lexicon_metric_at(lx, (size_t)met)->stock))
		estimate = 1;
	/* CY26E, 2026E: the period's own mark says so (whose estimate, the
	 * words say: consensus stays consensus) */
	if (per->marked > 0 && !estimate)
		estimate = 1;
	copy_str(f.basis, sizeof(f.basis), basis_names[estimate >= 0 && estimate <= BASIS_CONSENSUS ? estimate : 1]);
	put_period(&f, per);
	f.restated = st->revise_seen;
	f.compared = st->comparing;
	f.adjusted = st->met_adjusted;
	/* "以美元计营收同比增长 25.5%" beside the growth in the company's own
	 * currency: the change counted in another currency is a variant of
	 * it, kept only when it is the one given */
	if (strcmp(kind, "level") && in_other_currency(j, qs))
		f.adjusted = FACT_OTHER_CURRENCY;
	/* 全年營收達3.8兆元 … 以美元計價 … 至1224.2億美元: a level in a
	 * currency few series are kept in (new Taiwan dollars, won), beside
	 * the same one in a main currency, yields to it */
	static const char *const main_currencies[] = { "USD", "CNY", "HKD", "EUR", "JPY", "GBP" };
	if (!strcmp(kind, "level") && unit[0] && strcmp(unit, "%") && strcmp(unit, "pp") && strcmp(unit, "x") &&
	    strcmp(unit, "count") && !in_list(unit, main_currencies, ARRAY_SIZE(main_currencies)))
		f.adjusted = FACT_OTHER_CURRENCY;
	f.resolution = resolution;
	sent_orig(j);
	f.start = j->sent_orig_start;
	f.end = j->sent_orig_end;
	f.qstart = textnorm_orig(j->tn, qs);
	f.qend = textnorm_orig(j->tn, qe);
	/* the figure just given, said again or not (", or $1.95 per diluted
	 * share": a per-share aside is not the figure a comparison after it
	 * goes back to) */
	if (!st->per_share_aside) {
		if (st->last.valid)
			st->before_last = st->last;
		st->last.valid = 1;
		st->last.ent = ent;
		st->last.met = met;
		st->last.per_index = -1;
		st->last.period = *per;
		st->last.qend = qe;
		st->last.value = value;
		copy_str(st->last.kind, sizeof(st->last.kind), kind);
		copy_str(st->last.unit, sizeof(st->last.unit), unit);
		if (!strcmp(kind, "level"))
			st->para_level = st->last;
		if (!strcmp(kind, "level") &&
		    (!st->sentence_latest.valid || date_cmp(per->end, st->sentence_latest.period.end) > 0))
			st->sentence_latest = st->last;
		/* (the period the paragraph reports: its latest, not the year
		 * before a figure was compared with) */
		if (estimate == BASIS_ACTUAL &&
		    (!st->para_actual.valid || date_cmp(per->end, st->para_actual.period.end) >= 0))
			st->para_actual = st->last;
	}
	/* an outlook, to go on with in the paragraph after (see do_quantity) */
	if (estimate > 0 && j->ref.y && date_cmp(per->end, j->ref) > 0) {
		j->fs->outlook = *per;
		j->fs->outlook_root = lexicon_root(j->fx->lx, ent);
		j->fs->outlook_para = j->fs->paragraphs;
	}
	/* the quarter being reported: news goes on about it in paragraphs
	 * that name no period */
	if (estimate == 0 && per->type == PERIOD_QUARTER && j->ref.y && date_cmp(per->end, j->ref) <= 0 &&
	    date_days(j->ref) - date_days(per->end) <= PERIOD_QUARTER_NEWS_DAYS) {
		j->fs->last_reported = per->end;
		j->fs->last_reported_root = lexicon_root(j->fx->lx, ent);
	}
	/* the same statement twice in one report is one fact */
	uint64_t kh = fact_key_hash(&f);
	if (seen_before(j, &f, kh))
		return;
	/* "谷歌云收入…同比暴涨48%。云业务依旧是最大亮点。48%的增速…": a change
	 * whose sentence names neither its measure nor its company, of a fact
	 * the document has given another value already, restates some other
	 * figure: which one, the words do not say */
	/* (up to a bound, for a long text's memory: past it the keys given
	 * later are not looked for, the same whatever the windows) */
	int given = 0;
	if (j->fs->ngiven < GIVEN_MAX) {
		given = shard_put(j->fs->given, kh);
		j->fs->ngiven += !given;
	} else {
		given = shard_has(j->fs->given, kh);
	}
	if (given && strcmp(kind, "level") && !st->sentence_met_seen && !st->ent_named) {
		if (j->out->want_candidates) {
			j->stage = "agreement";
			struct candidate *c = new_candidate(j, f.qstart, f.qend);
			c->sentence = xstrndup(j->orig + f.start, f.end - f.start);
			copy_str(c->reason, sizeof(c->reason),
				 "a change its sentence names no measure or company of, of a fact given another value before");
		}
		return;
	}
	f.text = xstrndup(j->orig + f.start, f.end - f.start);
	GROW(j->out->items, j->out->cap, j->out->n + 1);
	j->out->items[j->out->n++] = f;
}

/* Past a dash (with or without spaces: "Revenue- Gaming", "Revenue -
 * Gaming", "Revenue – Gaming") that starts at t[p]; p itself when there
 * is none. The dash stands right after a word, or between spaces. */
static size_t dash_after(const char *t, size_t p, size_t end)
{
	static const char *const dashes[] = { "-", "\xE2\x80\x93", "\xE2\x80\x94" };
	size_t q = p;
	while (q < end && t[q] == ' ')
		q++;
	for (size_t i = 0; i < ARRAY_SIZE(dashes); i++) {
		size_t n = strlen(dashes[i]);
		if (q + n < end && !memcmp(t + q, dashes[i], n) && t[q + n] == ' ') {
			q += n;
			while (q < end && t[q] == ' ')
				q++;
			return q;
		}
	}
	return p;
}

/* "Revenue in Intelligent Cloud was ...": the metric of a part the
 * lexicon does not know, named by a capitalized name after "in" (but not
 * a period, a currency or a known entity). */
static int part_after_metric(const struct job *j, size_t k, size_t end, char *why, size_t whylen, size_t *through,
			     size_t *name_at)
{
	static const char *const not_names[] = {
		"Q1", "Q2", "Q3", "Q4", "FY", "Fiscal", "Constant", "January", "February", "March", "April", "May",
		"June", "July", "August", "September", "October", "November", "December", "US", "U.S", "USD",
		"CY", "H1", "H2", "GAAP", "Non-GAAP", "IFRS", "Non-IFRS", "The", "Our", "Its", "This",
	};
	const char *t = j->t;
	size_t p = j->toks[k].end;
	int of = 0; /* "net sales of Mac", "revenue for iPad": of or for, which a figure follows too */
	size_t dashed;
	*through = 0;
	*name_at = SIZE_MAX;
	if (p + 4 < j->sent_end && !strncmp(t + p, " in ", 4))
		p += 4;
	else if (p + 6 < j->sent_end && !strncmp(t + p, " from ", 6))
		p += 6;
	else if (p + 4 < j->sent_end && !strncmp(t + p, " of ", 4))
		p += 4, of = 1;
	else if (p + 5 < j->sent_end && !strncmp(t + p, " for ", 5))
		p += 5, of = 1;
	else if (p + 4 < j->sent_end && !strncmp(t + p, " on ", 4))
		p += 4; /* "token volume on our Hunyuan APIs" */
	else if ((dashed = dash_after(t, p, j->sent_end)) > p) {
		/* 'Revenue- Professional Visualization': the part after a
		 * dash, its capitalized words ('Revenue- Data Center' names
		 * data center revenue with the metric) */
		size_t ns = dashed, ne = ns;
		while (ne < j->sent_end && isupper((unsigned char)t[ne])) {
			size_t w = ne;
			while (w < j->sent_end && (isalnum((unsigned char)t[w]) || t[w] == '&' || t[w] == '-'))
				w++;
			if (span_in_list(t, ne, w, not_names, ARRAY_SIZE(not_names)))
				break;
			ne = w;
			if (ne + 1 < j->sent_end && t[ne] == ' ' && isupper((unsigned char)t[ne + 1]))
				ne++;
		}
		/* ("Capital expenditures - Capital expenditures, including
		 * ...": a bullet's label, then a name the lexicon knows) */
		for (size_t i = k + 1; i < end && j->toks[i].start < ne; i++)
			if (j->toks[i].start >= ns)
				return 0;
		if (ne == ns)
			return 0;
		snprintf(why, whylen, "%.*s", (int)(ne - ns), t + ns);
		*name_at = ns;
		*through = ne;
		return 1;
	} else {
		return 0;
	}
	/* "Sales in the data center segment", "revenue from its gaming unit":
	 * a part said in small letters, with the word for what it is (not
	 * a product's name in its own case, iPod) */
	if (islower((unsigned char)t[p]) && !name_cased(t, p, j->sent_end)) {
		static const char *const det[] = { "the", "its", "our", "their" };
		static const char *const kind[] = { "segment", "unit", "business", "division", "arm" };
		size_t w = p;
		while (w < j->sent_end && isalpha((unsigned char)t[w]))
			w++;
		if (!span_in_list(t, p, w, det, ARRAY_SIZE(det)) || w >= j->sent_end || t[w] != ' ')
			return 0;
		/* "revenues in the Americas": a place or a part by its name */
		if (w + 1 < j->sent_end && isupper((unsigned char)t[w + 1])) {
			size_t ns = w + 1, ne = ns;
			while (ne < j->sent_end && (isalnum((unsigned char)t[ne]) || t[ne] == '-'))
				ne++;
			/* ("in the Data Center segment": its name's words in capitals,
			 * then the word for what it is) */
			while (ne + 1 < j->sent_end && t[ne] == ' ' && isupper((unsigned char)t[ne + 1])) {
				size_t x = ne + 1;
				while (x < j->sent_end && (isalnum((unsigned char)t[x]) || t[x] == '-'))
					x++;
				ne = x;
			}
			size_t kw = ne + 1, ke = kw;
			while (ke < j->sent_end && islower((unsigned char)t[ke]))
				ke++;
			int kind_after = ne < j->sent_end && t[ne] == ' ' && span_in_list(t, kw, ke, kind, ARRAY_SIZE(kind));
			size_t nx = k + 1;
			while (nx < end && j->toks[nx].start < ns)
				nx++;
			/* (a company or a period named there is not a part) */
			if ((nx < end && j->toks[nx].start == ns) || span_in_list(t, ns, ne, not_names, ARRAY_SIZE(not_names)))
				return 0;
			snprintf(why, whylen, "%.*s", (int)(ne - ns), t + ns);
			*through = ne;
			if (kind_after) {
				*name_at = ns;
				*through = ke;
			}
			return 1;
		}
		size_t ns = w + 1, ne = ns;
		for (int words = 0; words < 4; words++) {
			size_t a = ne + (words > 0), b = a;
			if (words > 0 && (a > j->sent_end || t[a - 1] != ' '))
				return 0;
			while (b < j->sent_end && (islower((unsigned char)t[b]) || t[b] == '-'))
				b++;
			if (b == a)
				return 0;
			if (words > 0 && span_in_list(t, a, b, kind, ARRAY_SIZE(kind))) {
				snprintf(why, whylen, "%.*s", (int)(ne - ns), t + ns);
				*name_at = ns;
				*through = b;
				return 1;
			}
			ne = b;
		}
		return 0;
	}
	/* iPad, iPhone: a product named with a small i */
	if (!name_cased(t, p, j->sent_end))
		return 0;
	/* "revenue from Microsoft Cloud": a company's name and a word of a
	 * part the lexicon does not know; the name does not end the part */
	size_t nx = k + 1; /* past the cue of "from" */
	while (nx < end && j->toks[nx].start < p)
		nx++;
	if (nx < end && j->toks[nx].start == p && j->toks[nx].type == T_ENTITY) {
		size_t q = j->toks[nx].end;
		if (q + 1 >= j->sent_end || t[q] != ' ' || !isupper((unsigned char)t[q + 1]) ||
		    (nx + 1 < end && j->toks[nx + 1].start == q + 1))
			return 0;
		size_t w = q + 1;
		while (w < j->sent_end && (isalnum((unsigned char)t[w]) || t[w] == '-'))
			w++;
		if (span_in_list(t, q + 1, w, not_names, ARRAY_SIZE(not_names)))
			return 0;
		snprintf(why, whylen, "%.*s", (int)(w - p), t + p);
		*through = w;
		return 1;
	}
	if (nx < end && j->toks[nx].start == p && j->toks[nx].type != T_QTY && j->toks[nx].type != T_CUE)
		return 0; /* a known entity or a period */
	if (of && nx < end && j->toks[nx].start == p)
		return 0; /* revenue of RMB39.8 billion */
	size_t w = p;
	while (w < j->sent_end && (isalnum((unsigned char)t[w]) || t[w] == '-' || t[w] == '.'))
		w++;
	/* (the sentence's full stop is no part of the word: "in August.") */
	while (w > p && t[w - 1] == '.')
		w--;
	if (span_in_list(t, p, w, not_names, ARRAY_SIZE(not_names)))
		return 0;
	snprintf(why, whylen, "%.*s", (int)(w - p), t + p);
	return 1;
}

/* Whether "of the ... market" (or 的市场份额) follows the percentage at
 * tk within its clause: 29% of the worldwide cloud market. */
static int share_of_market(const struct job *j, const struct tok *tk)
{
	const char *t = j->t;
	size_t a = tk->end;
	if (a + 4 > j->sent_end || strncmp(t + a, " of ", 4))
		return 0;
	size_t e = a + 100 < j->sent_end ? a + 100 : j->sent_end;
	for (size_t i = a + 4; i < e; i++) {
		size_t w;
		if (segment_clause_break(t, e, i, &w))
			return 0;
		/* of the market; of enterprise model usage */
		if ((!strncasecmp(t + i, "market", 6) && (i + 6 >= e || !isalpha((unsigned char)t[i + 6])) &&
		     t[i - 1] == ' ') ||
		    (!strncasecmp(t + i, "usage", 5) && (i + 5 >= e || !isalpha((unsigned char)t[i + 5])) && t[i - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Whether the percentage at token k is given to a period that opens its
 * clause, after an earlier percentage of the sentence: "…同比增长 39%，上一
 * 季度（FY26Q1）为 40%", "…, the prior quarter was 40%". */
static int period_said_of_percent(const struct job *j, size_t k, size_t first)
{
	static const char *const verbs[] = { "为", "是", ")为", ")是", "was", "were", "had been" };
	if (k < first + 2 || j->toks[k - 1].type != T_PERIOD)
		return 0;
	int said = 0;
	for (size_t i = 0; i < ARRAY_SIZE(verbs) && !said; i++)
		said = text_is_trimmed(j->t, j->toks[k - 1].end, j->toks[k].start, verbs[i]);
	if (!said)
		return 0;
	size_t p = k - 1;
	/* (上一季度（FY26Q1）: the period named again in brackets) */
	if (p > first && j->toks[p - 1].type == T_PERIOD && in_brackets(j->t, j->toks[p - 1].end, j->toks[p].start))
		p--;
	if (p == first || j->toks[p - 1].clause == j->toks[p].clause)
		return 0;
	for (size_t i = first; i < p; i++)
		if (j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind == NL_PERCENT)
			return 1;
	return 0;
}

/* Whether the period at token k is of figures said as compared with,
 * with nothing but figures, their periods and their words between the
 * comparison and it ("up from roughly $9 billion in December and around $1
 * billion in January 2025", "compared to $20.0 billion, or $1.86 per
 * diluted share, in Q4 of last year"): the figures' period, and no context
 * for what follows. Past a clause's end, only a period a year or a quarter
 * back is; and a period whose clause goes on to a figure is that one's. */
static int compared_figures_before(const struct job *j, size_t k, size_t first, size_t end)
{
	const struct period_expr *x = &j->ps[j->toks[k].idx].expr;
	int back = x->rel == PREL_LAST_YEAR || x->rel == PREL_YEAR_BACK || x->rel == PREL_PREV;
	for (size_t i = k + 1; i < end && j->toks[i].clause == j->toks[k].clause; i++)
		if (j->toks[i].type == T_QTY)
			return 0;
	int figures = 0;
	for (size_t b = k; b > first && k - b < 8; b--) {
		const struct tok *t = &j->toks[b - 1];
		if (t->clause != j->toks[b].clause && !back)
			return 0;
		if (t->type == T_QTY) {
			figures++;
			continue;
		}
		if (t->type == T_PERIOD && figures)
			continue;
		/* ("compares with operating income of $506 million, or 12.2
		 * percent of net revenue, in the prior quarter": the measures
		 * the compared figures are named by) */
		if (t->type == T_METRIC && back)
			continue;
		if (t->type != T_CUE)
			return 0;
		if (cue_of(j, t) & (CUE_COMPARE | CUE_FROM))
			return figures > 0 && (j->toks[b].type == T_QTY || (back && j->toks[b].type == T_METRIC));
	}
	return 0;
}

/* Whether the period at token i is the time of the figure a multiple
 * multiplies: "$37 billion in 2025, 3.2 times the $11.5 billion of 2024". */
static int multiplied_base(const struct job *j, size_t i, size_t first)
{
	return i >= first + 2 && j->toks[i - 1].type == T_QTY && j->toks[i - 2].type == T_QTY &&
	       qtok(j, &j->toks[i - 1])->kind == NL_AMOUNT && qtok(j, &j->toks[i - 2])->kind == NL_MULTIPLE &&
	       j->toks[i - 2].clause == j->toks[i].clause && text_is(j->t, j->toks[i - 2].end, j->toks[i - 1].start, " the ") &&
	       (text_is(j->t, j->toks[i - 1].end, j->toks[i].start, " of ") ||
		text_is(j->t, j->toks[i - 1].end, j->toks[i].start, " in "));
}

/* Whether the period token i is what a change is measured against: after
 * from, than, vs., 较 (cue words), or "over" (a 20% increase over Q2). */
static int base_of_change(const struct job *j, size_t i, size_t first)
{
	/* (not past the clause the comparing closes: "与前一季相较,2018年第4季
	 * 营收增加了11.3%" names the base before 相较) */
	if (i > first && (cue_of(j, &j->toks[i - 1]) & CUE_COMPARE) && j->toks[i - 1].clause == j->toks[i].clause)
		return 1;

	/* up 22% from Q2, rose from $9bn in 3Q24 — but "Highlights from the
	 * first quarter" moves nothing: a "from" is a base after a change */
	/* (past filler words: "down 50% from its highs in 2021") */
	size_t fi = i;
	while (fi > first + 1 && j->toks[fi - 1].type == T_CUE && cue_of(j, &j->toks[fi - 1]) == CUE_FILLER)
		fi--;
	/* (past the company whose period it is: "unchanged from AMD's
	 * Q1'15 performance") */
	if (fi > first + 1 && j->toks[fi - 1].type == T_ENTITY &&
	    (text_is(j->t, j->toks[fi - 1].end, j->toks[fi].start, "'s ") ||
	     text_is(j->t, j->toks[fi - 1].end, j->toks[fi].start, "\u2019s ")))
		fi--;
	if (fi > first && (cue_of(j, &j->toks[fi - 1]) & CUE_FROM)) {
		i = fi;
		for (size_t k = first; k + 1 < i; k++)
			if (j->toks[k].type == T_QTY || (cue_of(j, &j->toks[k]) & (CUE_UP | CUE_DOWN | CUE_GROWTH)))
				return 1;
		/* 从上个季度的81亿骤降到21亿: Chinese says the move after */
		if ((unsigned char)j->t[j->toks[i - 1].start] >= 0xE4)
			for (size_t k = i + 1; k < j->ntoks && j->toks[k].start < j->sent_end &&
					       j->toks[k].clause == j->toks[i].clause;
			     k++)
				if (j->toks[k].type == T_CUE && (cue_of(j, &j->toks[k]) & CUE_TO))
					return 1;
		return 0;
	}
	/* 是 2024 年同期的 20 倍: what a multiple multiplies */
	if (period_owns(j, i) == 2 && qtok(j, &j->toks[i + 1])->kind == NL_MULTIPLE)
		return 1;
	/* 与上一季度的89.15亿美元相比有所下降: what is compared with, opened
	 * by 与 and closed by 相比 in its clause */
	{
		static const char *const opens[] = { "与", "和", "同", "跟" };
		static const char *const closes[] = { "相比", "相较", "比较" };
		size_t p = j->toks[i].start;
		while (p > j->sent_start && j->t[p - 1] == ' ')
			p--;
		int opened = 0;
		for (size_t w = 0; w < ARRAY_SIZE(opens) && !opened; w++)
			opened = p >= j->sent_start + 3 && !memcmp(j->t + p - 3, opens[w], 3);
		if (opened) {
			size_t e = j->toks[i].end;
			while (e < j->sent_end && j->t[e] != ',' && j->t[e] != ';' && e - j->toks[i].end < 60)
				e++;
			for (size_t w = 0; w < ARRAY_SIZE(closes); w++)
				if (span_find(j->t, j->toks[i].end, e, closes[w], 0) != SIZE_MAX)
					return 1;
		}
	}

	size_t floor = i > first ? j->toks[i - 1].end : j->sent_start;
	/* "增速将高于 FY25", "faster than fiscal 2025": a word of comparing
	 * the lexer did not mark (no figure stands in the sentence) */
	/* ("Above the October quarter, adjusted earnings were up 69%") */
	static const char *const compare_words[] = { "高于", "低于", "快于", "慢于", "好于", "差于", "than", "versus", "vs",
						     "above", "below", "Above", "Below",
						     /* 11月营收自10月的历史新高回落 */
						     "自",
						     /* 增速比上一季度的 26% 明显提升; 比之前一季的63% */
						     "比", "比之" };
	size_t e = j->toks[i].start;
	while (e > floor && is_blank(j->t[e - 1]))
		e--;
	/* "faster in fiscal 2026 than in fiscal 2025" */
	static const char *const preps[] = { "in", "for", "during" };
	for (size_t w = 0; w < ARRAY_SIZE(preps); w++)
		if (word_before(j->t, floor, e, preps[w])) {
			e -= strlen(preps[w]);
			while (e > floor && is_blank(j->t[e - 1]))
				e--;
			break;
		}
	for (size_t w = 0; w < ARRAY_SIZE(compare_words); w++) {
		size_t n = strlen(compare_words[w]);
		if ((unsigned char)compare_words[w][0] >= 0x80 ? e >= floor + n && !memcmp(j->t + e - n, compare_words[w], n)
							       : word_before(j->t, floor, e, compare_words[w]))
			return 1;
	}
	/* "down 9 percent year on 2015": the year a change is set on */
	if (word_before(j->t, floor, e, "on")) {
		size_t on = e;
		while (on > floor && is_blank(j->t[on - 1]))
			on--;
		if (on >= floor + 2 && word_before(j->t, floor, on - 2, "year"))
			return 1;
	}
	/* 与2025年第三季相比，收入增长2%: the period between 与 and 相比 */
	{
		static const char *const withs[] = { "与", "和", "同", "跟" };
		size_t a = j->toks[i].end;
		while (a < j->sent_end && is_blank(j->t[a]))
			a++;
		/* (相较: Taiwan's 與2021年同期相較) */
		/* (and 与前一季持平, 与上季度基本持平: flat against it) */
		int compared = a + 6 <= j->sent_end && (!memcmp(j->t + a, "相比", 6) || !memcmp(j->t + a, "比较", 6) ||
							!memcmp(j->t + a, "相较", 6) || !memcmp(j->t + a, "持平", 6) ||
							(a + 12 <= j->sent_end && !memcmp(j->t + a, "基本持平", 12)));
		for (size_t w = 0; compared && w < ARRAY_SIZE(withs); w++)
			if (e >= floor + 3 && !memcmp(j->t + e - 3, withs[w], 3))
				return 1;
	}
	if (!word_before(j->t, floor, j->toks[i].start, "over") || word_before(j->t, floor, j->toks[i].start, "the"))
		return 0;
	/* (not "the $48 million the company generated over Q3 last year":
	 * over a time, after a verb that did something in it) */
	size_t o = j->toks[i].start;
	while (o > floor && is_blank(j->t[o - 1]))
		o--;
	o -= 4;
	while (o > floor && is_blank(j->t[o - 1]))
		o--;
	return !(o >= floor + 3 && !strncmp(j->t + o - 2, "ed", 2) && isalpha((unsigned char)j->t[o - 3]));
}

/* The run of figures a "分别" or "respectively" pairs with a list, in the
 * sentence of tokens [first, end) from text offset `from`: the figures
 * joined by list marks right after 分别, or right before "respectively".
 * Writes their token indices (at most 8) into pick[] and returns how many,
 * 0 when there is no marker; `*mark` is where the marker stands. */
/* The first 分别 or "respectively" in t[from..end): its offset, or SIZE_MAX;
 * `*after` says whether its figures follow it (分别). */
static size_t find_pairing(const char *t, size_t from, size_t end, int *after)
{
	for (size_t p = from; p + 6 <= end; p++) {
		if ((unsigned char)t[p] == 0xE5 && !memcmp(t + p, "分别", 6)) {
			*after = 1;
			return p;
		}
		if ((t[p] | 0x20) == 'r' && p + 12 <= end && !strncasecmp(t + p, "respectively", 12)) {
			*after = 0;
			return p;
		}
	}
	return SIZE_MAX;
}

static int paired_run(const struct job *j, size_t from, size_t first, size_t end, size_t pick[8], size_t *mark)
{
	const char *t = j->t;
	int after = j->sent_pair_after;
	/* the sentence's first marker, found once; another only past `from` */
	*mark = j->sent_pair;
	if (*mark != SIZE_MAX && *mark < from)
		*mark = find_pairing(t, from, j->sent_end, &after);
	if (*mark == SIZE_MAX)
		return 0;
	int n = 0;
	size_t prev = SIZE_MAX;
	if (after) {
		for (size_t i = first; i < end && n < 8; i++) {
			const struct tok *x = &j->toks[i];
			if (x->type != T_QTY || x->start < *mark || qtok(j, x)->kind == NL_CUE)
				continue;
			if (prev != SIZE_MAX && !is_connector(t, j->toks[prev].end, x->start))
				break;
			pick[n++] = i;
			prev = i;
		}
	} else {
		for (size_t i = end; i > first && n < 8; i--) {
			const struct tok *x = &j->toks[i - 1];
			if (x->type != T_QTY || x->end > *mark || qtok(j, x)->kind == NL_CUE || x->start < from)
				continue;
			if (prev != SIZE_MAX && !is_connector(t, x->end, j->toks[prev].start))
				break;
			pick[n++] = i - 1;
			prev = i - 1;
		}
		for (int a = 0, b = n - 1; a < b; a++, b--) {
			size_t tmp = pick[a];
			pick[a] = pick[b];
			pick[b] = tmp;
		}
	}
	return n;
}

/* 腾讯、阿里巴巴、百度的资本开支分别为 129.8、314.3、33.9 亿元; "Amazon,
 * Microsoft and Alphabet spent $34.2 billion, $34.9 billion and $24.0
 * billion respectively": the company of the quantity at token k, by its
 * place among as many figures as the list has names. -1 when they do not
 * pair. */
static int respectively(const struct job *j, const struct state *st, size_t k, size_t first, size_t end)
{
	if (st->nlist < 2 || st->nlist > (int)ARRAY_SIZE(st->list) || st->list_end > k)
		return -1;
	size_t pick[8], mark;
	int n = paired_run(j, j->toks[st->list_end - 1].end, first, end, pick, &mark);
	if (n == st->nlist)
		for (int i = 0; i < n; i++)
			if (pick[i] == k)
				return st->list[i];
	if (mark == SIZE_MAX)
		return -1;
	/* ... $34.2bn respectively, up 74%, 83% and 51% y/y: a second run of
	 * as many figures, joined by list marks, pairs the same way */
	size_t a = k, b = k;
	while (a > first && j->toks[a - 1].type == T_QTY && qtok(j, &j->toks[a - 1])->kind != NL_CUE &&
	       is_connector(j->t, j->toks[a - 1].end, j->toks[a].start))
		a--;
	while (b + 1 < end && j->toks[b + 1].type == T_QTY && qtok(j, &j->toks[b + 1])->kind != NL_CUE &&
	       is_connector(j->t, j->toks[b].end, j->toks[b + 1].start))
		b++;
	if (b - a + 1 == (size_t)st->nlist && j->toks[a].start > j->toks[st->list_end - 1].end)
		return st->list[k - a];
	return -1;
}

/* Whether the figure at t[at] is written with a plus sign before it
 * (past an approximation mark and a currency sign: "+~$1.3B", "+ $2bn"),
 * looking back no further than `floor`. */
static int plus_signed(const char *t, size_t floor, size_t at)
{
	size_t p = at;
	while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '~' || t[p - 1] == '$'))
		p--;
	if (t[at] == '+' || (p > floor && t[p - 1] == '+'))
		return 1;
	return 0;
}

/* "AMD's Client segment ... also performed well, reporting revenue of":
 * whether the clause t[..e) ends in, past `from`, opens on a participle
 * (reporting, posting, generating), which goes on with the subject
 * before it rather than naming a new one. */
static int participle_goes_on(const char *t, size_t from, size_t e)
{
	size_t c = e;
	while (c > from && t[c - 1] != ',' && t[c - 1] != ';')
		c--;
	if (c == from)
		return 0;
	while (c < e && t[c] == ' ')
		c++;
	size_t w = c;
	while (w < e && islower((unsigned char)t[w]))
		w++;
	return w - c > 4 && w < e && t[w] == ' ' && !strncmp(t + w - 3, "ing", 3);
}

/* "Nvidia's Data Center segment, which generated revenues of": whether
 * the clause t[..e) ends in, past `from`, opens on "which" or "whose",
 * which stand for the part named right before. */
static int relative_goes_on(const char *t, size_t from, size_t e)
{
	size_t c = e;
	while (c > from && t[c - 1] != ',' && t[c - 1] != ';')
		c--;
	if (c == from || t[c - 1] != ',')
		return 0;
	while (c < e && t[c] == ' ')
		c++;
	return (e >= c + 6 && !strncmp(t + c, "which ", 6)) || (e >= c + 6 && !strncmp(t + c, "whose ", 6));
}

static int label_metric(const struct job *j, size_t hs, size_t he, const struct tok *tk);

/* Whether t[s..e) joins two metrics of a list: a connector, maybe with
 * the second's qualifier ("revenue and adjusted EPS", 营收和经调整净利润),
 * or a bracket naming the first again ("earnings per share (EPS)"). */
static int joins_metrics(const char *t, size_t s, size_t e)
{
	static const char *const quals[] = { " adjusted", " non-GAAP", " GAAP", " diluted", "经调整", "调整后" };
	if (is_connector(t, s, e))
		return 1;
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(quals); i++) {
		size_t n = strlen(quals[i]);
		if (e - s > n && !strncasecmp(t + e - n, quals[i], n) && is_connector(t, s, e - n))
			return 1;
	}
	return 0;
}

/* The run of figures of one kind around the one at token k, within
 * tokens [first, end), that list marks join (74%, 83% and 51%): from *a
 * through *b. */
static void figure_run(const struct job *j, size_t k, size_t first, size_t end, size_t *a, size_t *b)
{
	enum numlex_kind kind = qtok(j, &j->toks[k])->kind;
	*a = *b = k;
	while (*a > first && j->toks[*a - 1].type == T_QTY && qtok(j, &j->toks[*a - 1])->kind == kind &&
	       is_connector(j->t, j->toks[*a - 1].end, j->toks[*a].start))
		(*a)--;
	while (*b + 1 < end && j->toks[*b + 1].type == T_QTY && qtok(j, &j->toks[*b + 1])->kind == kind &&
	       is_connector(j->t, j->toks[*b].end, j->toks[*b + 1].start))
		(*b)++;
}

/* "gross margin and operating margin ... at 63%-65% and 54%-56%": the run
 * of figures of one kind around token k that a list closes with "and"
 * (和, 与, 及) and, before it, only commas join; into pick[], and how many
 * (0 when k is in no such run). A list of as many metrics pairs with it
 * as "respectively" would say. */
static int and_run(const struct job *j, size_t k, size_t first, size_t end, size_t pick[8])
{
	static const char *const last_joins[] = { "and", ", and", "和", "与", "及" };
	static const char *const joins[] = { ",", "、" };
	const struct numlex_token *q = qtok(j, &j->toks[k]);
	if (q->kind == NL_CUE)
		return 0;
	size_t a, b;
	figure_run(j, k, first, end, &a, &b);
	if (b == a || b - a >= 8)
		return 0;
	for (size_t i = a; i < b; i++) {
		size_t s = j->toks[i].end, e = j->toks[i + 1].start;
		while (s < e && j->t[s] == ' ')
			s++;
		while (e > s && j->t[e - 1] == ' ')
			e--;
		if (!(i + 1 == b ? span_in_list(j->t, s, e, last_joins, ARRAY_SIZE(last_joins))
				 : span_in_list(j->t, s, e, joins, ARRAY_SIZE(joins))))
			return 0;
	}
	for (size_t i = a; i <= b; i++)
		pick[i - a] = i;
	return (int)(b - a + 1);
}

/* "revenue and net income rose 73% and 94%, respectively", 营收和净利润分别
 * 同比增长 73% 和 94%: whether the quantity at token k is one of a run of
 * figures (a pairing marker's, or one "and" closes) that a list of as
 * many metrics stands before, with nothing but the list's own words
 * between its metrics. The list's metric tokens go to list[] (last
 * first), their number to *nm, k's place in the run to *at. */
static int list_pairing(const struct job *j, size_t k, size_t sent_first, size_t sent_end, size_t list[8], int *nm,
			int *at)
{
	size_t pick[8], mark;
	int n = paired_run(j, j->sent_start, sent_first, sent_end, pick, &mark);
	*at = -1;
	for (int i = 0; i < n; i++)
		if (pick[i] == k)
			*at = i;
	/* (or a run "and" closes, when the one "respectively" pairs is
	 * another: "were $5.71 billion, $5.23 billion, and $0.61 per share,
	 * which represented increases of 10%, 31%, and 36%, respectively") */
	if (n < 2 || *at < 0) {
		n = and_run(j, k, sent_first, sent_end, pick);
		for (int i = 0; i < n; i++)
			if (pick[i] == k)
				*at = i;
	}
	if (n < 2 || *at < 0)
		return 0;
	/* the metric tokens last before the run, back to the first that no
	 * connector joins to the next */
	*nm = 0;
	size_t last = SIZE_MAX;
	for (size_t i = pick[0]; i > sent_first; i--) {
		const struct tok *x = &j->toks[i - 1];
		if (x->type == T_ENTITY || (x->type == T_QTY && last == SIZE_MAX))
			break;
		if (x->type != T_METRIC)
			continue;
		if (last != SIZE_MAX) {
			const struct tok *y = &j->toks[last];
			if (j->lm[x->idx].index == j->lm[y->idx].index && text_is_trimmed(j->t, x->end, y->start, "(")) {
				last = i - 1; /* "earnings per share (EPS)": one named twice */
				list[*nm - 1] = i - 1;
				continue;
			}
			if (!joins_metrics(j->t, x->end, y->start))
				break;
		}
		if (*nm == 8)
			return 0;
		list[(*nm)++] = i - 1;
		last = i - 1;
	}
	if (*nm != n)
		return 0;
	/* (each a metric of its own) */
	for (int a = 0; a < *nm; a++)
		for (int b = a + 1; b < *nm; b++)
			if (j->lm[j->toks[list[a]].idx].index == j->lm[j->toks[list[b]].idx].index)
				return 0;
	return 1;
}

/* "毛利率 63%-65%，营益率 54%-56%，双双超越上季的 62.3%、54%", "gross
 * margin of 47% and operating margin of 30%, both above last year's 45%
 * and 28%": a run of figures said of "both" (双双, 分别, 均) after as many
 * metrics of their kind, each said with its own figure before, pairs with
 * them in order. The metric of the figure at token k so, or -1. */
static int said_side_after(const char *t, size_t s, size_t e, const char *const *sides, size_t n);

static int both_run_metric(const struct job *j, size_t k, size_t sent_first, size_t sent_end, int *sign, int *adjusted)
{
	static const char *const joins[] = { "、", ",", "和", "与", "及", "and", ", and" };
	static const char *const both[] = { "双双", "分别", "均", "both", "respectively", "each" };
	const struct numlex_token *q = qtok(j, &j->toks[k]);
	if (q->kind != NL_PERCENT && q->kind != NL_AMOUNT)
		return -1;
	size_t a = k, b = k;
	while (a > sent_first && j->toks[a - 1].type == T_QTY && qtok(j, &j->toks[a - 1])->kind == q->kind &&
	       said_side_after(j->t, j->toks[a - 1].end, j->toks[a].start, joins, ARRAY_SIZE(joins)))
		a--;
	while (b + 1 < sent_end && j->toks[b + 1].type == T_QTY && qtok(j, &j->toks[b + 1])->kind == q->kind &&
	       said_side_after(j->t, j->toks[b].end, j->toks[b + 1].start, joins, ARRAY_SIZE(joins)))
		b++;
	size_t n = b - a + 1;
	if (n < 2 || n > 4 || a <= sent_first)
		return -1;
	/* the "both" since the figure before the run */
	size_t f = a;
	while (f > sent_first && j->toks[f - 1].type != T_QTY)
		f--;
	size_t cs = f > sent_first ? j->toks[f - 1].end : j->sent_start;
	int said_both = 0;
	for (size_t i = 0; i < ARRAY_SIZE(both) && !said_both; i++)
		said_both = span_contains(j->t, cs, j->toks[a].start, both[i], (unsigned char)both[i][0] < 0x80);
	if (!said_both)
		return -1;
	/* the metrics of the figures' kind the sentence named before, each
	 * once, each with a figure of its own after it */
	int mets[4], nmets = 0;
	size_t at[4];
	for (size_t i = sent_first; i < a; i++) {
		if (j->toks[i].type != T_METRIC)
			continue;
		int m = j->lm[j->toks[i].idx].index;
		const struct lexicon_metric *mm = lexicon_metric_at(j->fx->lx, (size_t)m);
		if ((q->kind == NL_PERCENT) != (mm->unit_kind == UNIT_PERCENT))
			continue;
		int seen = 0;
		for (int x = 0; x < nmets; x++)
			seen |= mets[x] == m;
		if (seen)
			continue;
		if (nmets == 4)
			return -1;
		at[nmets] = i;
		mets[nmets++] = m;
	}
	if ((size_t)nmets != n)
		return -1;
	for (int x = 0; x < nmets; x++) {
		size_t upto = x + 1 < nmets ? at[x + 1] : a;
		int own = 0;
		for (size_t i = at[x] + 1; i < upto && !own; i++)
			own = j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind == q->kind;
		if (!own)
			return -1;
	}
	const struct tok *mt = &j->toks[at[k - a]];
	*sign = j->lm[mt->idx].sign;
	*adjusted = says_adjusted(j->t, mt->start > j->sent_start + 24 ? mt->start - 24 : j->sent_start, mt->end);
	return mets[k - a];
}

/* The metric of the quantity at token k by its place in a run that pairs
 * with a list of metrics (list_pairing), or in a run of as many figures
 * right after such a run ("at 63%-65% and 54%-56%, far exceeding market
 * estimates of 59.6% and 50.8%"); -1 when there is none, -2 when k follows
 * such a run in a run of another length: which of the list's metrics it
 * is, is not said. Its sign goes to *sign. */
static int metric_of_list(const struct job *j, size_t k, size_t sent_first, size_t sent_end, int *sign, int *adjusted)
{
	size_t list[8];
	int nm = 0, at = -1;
	if (!list_pairing(j, k, sent_first, sent_end, list, &nm, &at)) {
		size_t run[8];
		int n = and_run(j, k, sent_first, sent_end, run);
		if (n < 2) {
			run[0] = k;
			n = 1;
		}
		/* the figure before the run, with no metric or company between */
		size_t p = run[0];
		while (p > sent_first && j->toks[p - 1].type != T_QTY && j->toks[p - 1].type != T_METRIC &&
		       j->toks[p - 1].type != T_ENTITY)
			p--;
		int prev_at;
		if (p == sent_first || j->toks[p - 1].type != T_QTY || qtok(j, &j->toks[p - 1])->kind == NL_CUE ||
		    !list_pairing(j, p - 1, sent_first, sent_end, list, &nm, &prev_at))
			return both_run_metric(j, k, sent_first, sent_end, sign, adjusted);
		if (n != nm)
			return -2;
		for (int i = 0; i < n; i++)
			if (run[i] == k)
				at = i;
	}
	const struct tok *mt = &j->toks[list[nm - 1 - at]];
	*sign = j->lm[mt->idx].sign;
	/* ("revenue and adjusted EPS": adjusted is the second's only; the
	 * words before each metric, back to the one before it) */
	size_t from = at > 0 ? j->toks[list[nm - at]].end : (mt->start > j->sent_start + 24 ? mt->start - 24 : j->sent_start);
	if (from < j->sent_start)
		from = j->sent_start;
	*adjusted = says_adjusted(j->t, from, mt->end);
	return j->lm[mt->idx].index;
}

/* 2025-2027 年营收分别为 1296、1351、1420 亿元; "revenue of $10bn and
 * $12bn in 2025 and 2026, respectively": the periods a run of figures
 * pairs with, written before the marker — a year range, or periods joined
 * by list marks. Fills xs[] (at most max) and returns how many. */
/* The period period token k says, the sentence's tokens starting at
 * `first`: "the three months ended September 30, 2025 and 2024" — a year
 * alone after an "and" is the period before it, a year apart. */
static struct period_expr period_of_tok(const struct job *j, size_t k, size_t first)
{
	const struct tok *tk = &j->toks[k];
	struct period_expr x = j->ps[tk->idx].expr;
	if (k > first && j->toks[k - 1].type == T_PERIOD && x.type == PERIOD_YEAR && table_year_cell(j->t, tk->start, tk->end)) {
		const struct period_expr *p = &j->ps[j->toks[k - 1].idx].expr;
		size_t a = j->toks[k - 1].end;
		if (p->type != PERIOD_YEAR && p->year &&
		    (text_is(j->t, a, tk->start, " and ") || text_is(j->t, a, tk->start, ", and ") ||
		     text_is(j->t, a, tk->start, " vs. ") || text_is(j->t, a, tk->start, " versus "))) {
			int year = x.year;
			x = *p;
			x.year = year;
		}
	}
	return x;
}

/* Whether t[s..e), a span of years, names two of them (2025-2027,
 * FY26-27), not a time since one (2022 年以来, since 2020). */
static int year_range(const char *t, size_t s, size_t e)
{
	for (size_t i = s + 1; i + 1 < e; i++)
		if ((t[i] == '-' || t[i] == '~') && isdigit((unsigned char)t[i - 1]))
			return 1;
	return (span_contains(t, s, e, "至", 0) && !span_contains(t, s, e, "至今", 0)) || span_contains(t, s, e, "到", 0);
}

/* Whether t[s..e) joins two years into a range: a dash, ~, 至, 到. */
static int range_mark(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	return (e == s + 1 && (t[s] == '-' || t[s] == '~')) ||
	       (e == s + 3 && (!memcmp(t + s, "至", 3) || !memcmp(t + s, "到", 3) || !memcmp(t + s, "–", 3)));
}

static int paired_periods(const struct job *j, size_t first, size_t mark, struct period_expr *xs, int max)
{
	int n = 0;
	for (size_t i = first; i < j->ntoks && j->toks[i].start < mark; i++) {
		const struct tok *x = &j->toks[i];
		if (x->type == T_OTHER && j->ps[x->idx].expr.year) {
			/* 2025-2027: every year of it */
			char *e1;
			long y2 = 0;
			const char *dash = memchr(j->t + x->start, '-', x->end - x->start);
			/* (past the FY of FY26-FY27) */
			while (dash && dash + 1 < j->t + x->end && !isdigit((unsigned char)dash[1]))
				dash++;
			if (dash)
				y2 = strtol(dash + 1, &e1, 10);
			int y1 = j->ps[x->idx].expr.year;
			if (y1 > 0 && y1 < 100)
				y1 += 2000;
			if (y2 > 0 && y2 < 100)
				y2 += 2000;
			/* FY26-27, 2026-2027 财年: the company's fiscal years */
			int fiscal = span_contains(j->t, x->start, x->end, "FY", 1) || text_has(j->t, x->start, x->end, "财年");
			n = 0;
			for (long y = y1; y2 > y1 && y <= y2 && n < max && y2 - y1 < 8; y++) {
				memset(&xs[n], 0, sizeof(xs[n]));
				xs[n].type = PERIOD_YEAR;
				xs[n].year = (int)y;
				xs[n].fiscal = fiscal;
				n++;
			}
		} else if (x->type == T_PERIOD && i + 1 < j->ntoks && j->toks[i + 1].type == T_PERIOD &&
			   j->toks[i + 1].start < mark && j->ps[x->idx].expr.type == PERIOD_YEAR &&
			   j->ps[j->toks[i + 1].idx].expr.type == PERIOD_YEAR && j->ps[x->idx].expr.year &&
			   range_mark(j->t, x->end, j->toks[i + 1].start)) {
			/* FY2026-FY2028: every year of it, in its calendar */
			struct period_expr a = j->ps[x->idx].expr;
			int y2 = j->ps[j->toks[i + 1].idx].expr.year;
			n = 0;
			for (int y = a.year; y2 > a.year && y <= y2 && n < max && y2 - a.year < 8; y++) {
				xs[n] = a;
				xs[n].year = y;
				xs[n].marked = 0;
				n++;
			}
			i++;
		} else if (x->type == T_PERIOD) {
			if (n && !(i > first && j->toks[i - 1].type == T_PERIOD && is_connector(j->t, j->toks[i - 1].end, x->start)))
				n = 0;
			if (n < max)
				xs[n++] = period_of_tok(j, i, first);
		}
	}
	return n;
}

/* Whether the words t[s..e) between a figure and a period say when the
 * figure was given, not what it measures: "the $35 billion it had
 * flagged in September". */
static int said_then(const char *t, size_t s, size_t e)
{
	static const char *const verbs[] = { "flagged", "guided", "forecast", "projected", "expected", "targeted",
					     "outlined", "indicated", "said", "given", "announced", "issued", "set",
					     /* "the $85 billion we gave at our analyst meeting in October" */
					     "gave", "provided", "shared", "offered", "predicted", "estimated" };
	return e > s && e - s <= 48 && any_word(t + s, e - s, verbs, ARRAY_SIZE(verbs));
}

/* Whether t[s..e) ends on a low something came back from and the word
 * that dates it: "Amazon rebounded from losses in 2022, earning ...", "a
 * recovery from the slump of 2023" (the figures after are not of that
 * year). */
static int from_a_low(const char *t, size_t s, size_t e)
{
	static const char *const dating[] = { "in", "during", "of" };
	static const char *const lows[] = { "losses", "loss", "slump", "decline", "declines", "downturn", "drop", "trough" };
	static const char *const between[] = { "a", "the", "its", "their", "net", "operating", "sharp", "steep", "deep" };
	size_t w = e, at = e;
	for (int step = 0; step < 6; step++) {
		while (w > s && t[w - 1] == ' ')
			w--;
		at = w;
		while (w > s && isalpha((unsigned char)t[w - 1]))
			w--;
		if (w == at)
			return 0;
		if (step == 0 ? !span_in_list(t, w, at, dating, ARRAY_SIZE(dating))
			      : step == 1 ? !span_in_list(t, w, at, lows, ARRAY_SIZE(lows))
					  : !span_in_list(t, w, at, between, ARRAY_SIZE(between)))
			return step >= 2 && at - w == 4 && !strncasecmp(t + w, "from", 4);
	}
	return 0;
}

/* Whether the period token k is what something is measured against, the
 * object of a verb of matching: "H1 2025 already matched all of 2024 for
 * $1B+ deals" (no period of the figures after it). */
static int compared_against(const struct job *j, size_t k)
{
	static const char *const verbs[] = { "matched", "exceeded", "surpassed", "topped", "eclipsed", "outpaced",
					     "match", "exceed", "surpass", "top", "beat", "beats" };
	size_t p = j->toks[k].start, floor = k > 0 && j->toks[k - 1].end > j->sent_start ? j->toks[k - 1].end : j->sent_start;
	while (p > floor && is_blank(j->t[p - 1]))
		p--;
	/* (past "all of", "the whole of", "that of") */
	static const char *const of[] = { "all of", "the whole of", "that of", "those of", "all" };
	for (size_t i = 0; i < ARRAY_SIZE(of); i++) {
		size_t n = strlen(of[i]);
		if (p >= floor + n && !strncasecmp(j->t + p - n, of[i], n) && (p - n == floor || j->t[p - n - 1] == ' ')) {
			p -= n;
			while (p > floor && is_blank(j->t[p - 1]))
				p--;
			break;
		}
	}
	size_t w = p;
	while (w > floor && isalpha((unsigned char)j->t[w - 1]))
		w--;
	return (p > w && span_in_list(j->t, w, p, verbs, ARRAY_SIZE(verbs))) || from_a_low(j->t, j->sent_start, p);
}

/* Whether the period that ends at t[a] dates an analyst's rating action
 * said right after it: "the bear-side pillar from our Q3 2025 downgrade".
 * Such a period dates no figure (but "the Q4 print", "the Q4 call" are of
 * the figures the text goes on to give). */
static int dates_event(const char *t, size_t a, size_t e)
{
	static const char *const events[] = { "downgrade", "upgrade", "downgrades", "upgrades", "initiation" };
	/* (a product's: "Trainium3 年底预览、2026 年初量产") */
	static const char *const cjk_events[] = { "量产", "预览", "上市", "推出", "投产", "面世", "开售" };
	while (a < e && t[a] == ' ')
		a++;
	if (opens_with_one(t, a, e, cjk_events, ARRAY_SIZE(cjk_events)))
		return 1;
	size_t b = a;
	while (b < e && isalpha((unsigned char)t[b]))
		b++;
	return b > a && span_in_list(t, a, b, events, ARRAY_SIZE(events));
}

/* Whether the period token k ends a run of three or more periods with
 * nothing between them but spaces and the words of a change's kind (QoQ,
 * YoY): the column heads of a table written on one line. */
static int period_header(const struct job *j, size_t k, size_t first)
{
	int run = 1;
	for (size_t i = k; i > first && run < 3; i--) {
		const struct tok *b = &j->toks[i - 1];
		if (b->type == T_CUE && !(cue_of(j, b) & ~(unsigned)(CUE_YOY | CUE_QOQ)))
			continue;
		if (b->type != T_PERIOD)
			break;
		size_t e = j->toks[i].start, s = b->end;
		int only_words = 1;
		for (size_t p = s; p < e && only_words; p++)
			only_words = j->t[p] == ' ' || isalpha((unsigned char)j->t[p]) || j->t[p] == '/';
		if (!only_words)
			break;
		run++;
	}
	return run >= 3;
}

/* Whether "after recording", "after posting", "after reporting" stands
 * between token a (a word of forecast) and the figure at token k: the
 * figure is what was recorded, a result. */
static int result_recorded(const struct job *j, size_t a, size_t k)
{
	static const char *const done[] = { "after recording", "after posting", "after reporting", "after booking",
					    "after delivering", "after logging" };
	for (size_t i = 0; i < ARRAY_SIZE(done); i++)
		if (span_contains(j->t, j->toks[a].end, j->toks[k].start, done[i], 1))
			return 1;
	return 0;
}

/* Whether the month that starts at t[p] is said with its day, "on the
 * 13th of November 2025": the day something happens (results reported on
 * it), no figure's period. */
static int on_the_day(const char *t, size_t floor, size_t p)
{
	while (p > floor && t[p - 1] == ' ')
		p--;
	if (!word_before(t, floor, p, "of"))
		return 0;
	p -= 2;
	while (p > floor && t[p - 1] == ' ')
		p--;
	size_t w = p;
	while (w > floor && isalnum((unsigned char)t[w - 1]))
		w--;
	static const char *const ords[] = { "st", "nd", "rd", "th" };
	int ord = 0;
	for (size_t i = 0; i < ARRAY_SIZE(ords) && !ord; i++)
		ord = p - w >= 3 && p - w <= 4 && isdigit((unsigned char)t[w]) && !strncasecmp(t + p - 2, ords[i], 2);
	return ord && word_before(t, floor, w, "the");
}

/* Whether the period token k stands in a clause that opens its sentence
 * on what was done before ("After lowering its full-year outlook last
 * quarter, Salesforce raises its forecast to ..."): the time of that
 * deed, none of the figures after it. */
static int in_gerund_opener(const struct job *j, size_t k)
{
	static const char *const openers[] = { "after", "following", "having" };
	const char *t = j->t;
	size_t a = j->sent_start, e = j->toks[k].start;
	size_t w = a;
	while (w < e && isalpha((unsigned char)t[w]))
		w++;
	if (!span_in_list(t, a, w, openers, ARRAY_SIZE(openers)) || w >= e || t[w] != ' ')
		return 0;
	size_t g = ++w;
	while (w < e && isalpha((unsigned char)t[w]))
		w++;
	if (w - g < 5 || strncmp(t + w - 3, "ing", 3))
		return 0;
	/* (the period inside that clause, which holds no figure and ends on
	 * a comma) */
	for (size_t i = w; i < j->sent_end; i++) {
		if (i >= e && i < j->toks[k].end)
			continue;
		if (t[i] == ',')
			return i >= j->toks[k].end;
		if (t[i] == ';' || isdigit((unsigned char)t[i]) || t[i] == '$')
			return 0;
	}
	return 0;
}

/* Whether the period token k is followed by the word for the results
 * given in it: "second-quarter earnings", "its Q3 results". */
static int results_of_period(const struct job *j, size_t k)
{
	static const char *const results[] = { "results", "earnings", "report", "release", "filing", "update",
					       "statement", "figures" };
	size_t e = j->toks[k].end;
	if (e < j->sent_end && j->t[e] == '-')
		e++;
	return opens_on_word(j->t, e, j->sent_end, results, ARRAY_SIZE(results));
}

/* Whether the period token k says when something was said: "reported in
 * September", "said in October that". */
static int said_when(const struct job *j, size_t k)
{
	static const char *const verbs[] = { "reported", "said", "announced", "disclosed", "told", "stated",
					     "wrote", "published", "released", "projected", "forecast", "guided",
					     "predicted", "estimated", "gave", "given", "issued", "provided", "set",
					     "raised", "lowered", "cut", "reiterated", "unveiled", "indicated", "discussed",
					     "mentioned", "outlined", "shared" };
	size_t floor = j->sent_start; /* the verb may be a cue token of its own */
	size_t p = j->toks[k].start;
	/* 高于7月时预估的约30%, 于11月19日公布: when it was said, in Chinese */
	{
		static const char *const cjk_verbs[] = { "预估", "预计", "预测", "估计", "公布", "发布", "披露", "表示",
							 "给出", "指引" };
		size_t a = j->toks[k].end;
		int at_time = a + 3 <= j->sent_end && !memcmp(j->t + a, "时", 3);
		int by_yu = p >= floor + 3 && !memcmp(j->t + p - 3, "于", 3);
		/* (not 于 in a word of its own: 至于全年预测方面, 对于, 由于,
		 * 高于, where nothing is said at that time) */
		static const char *const yu_words[] = { "至于", "对于", "关于", "由于", "鉴于", "等于", "大于", "小于",
							"高于", "低于", "属于", "相对于", "基于", "处于", "位于" };
		for (size_t i = 0; by_yu && i < ARRAY_SIZE(yu_words); i++) {
			size_t n = strlen(yu_words[i]);
			if (p >= floor + n && !memcmp(j->t + p - n, yu_words[i], n))
				by_yu = 0;
		}
		if (at_time)
			a += 3;
		for (size_t i = 0; (at_time || by_yu) && i < ARRAY_SIZE(cjk_verbs); i++)
			if (a + strlen(cjk_verbs[i]) <= j->sent_end && !memcmp(j->t + a, cjk_verbs[i], strlen(cjk_verbs[i])))
				return 1;
		/* 去年启动的盈利增长计划: when what is named was begun, said
		 * before it with 的, dates no figure */
		static const char *const begun[] = { "启动的", "推出的", "发布的", "宣布的", "收购的", "成立的", "上线的",
						     "开始的", "提出的", "制定的", "签订的", "签署的", "开启的" };
		size_t b = j->toks[k].end;
		for (size_t i = 0; i < ARRAY_SIZE(begun); i++)
			if (b + strlen(begun[i]) <= j->sent_end && !memcmp(j->t + b, begun[i], strlen(begun[i])))
				return 1;
	}
	if (dates_event(j->t, j->toks[k].end, j->sent_end))
		return 1;
	/* 在2017年6月的投资者大会上: the meeting something was said at */
	{
		static const char *const meetings[] = { "会上", "会议上", "投资者日", "大会期间" };
		size_t a = j->toks[k].end, e = a + 30 < j->sent_end ? a + 30 : j->sent_end;
		for (size_t i = a; i < e && (unsigned char)j->t[i] >= 0xE4 && i + 3 <= e; i += 3) {
			if (!memcmp(j->t + i, "，", 3) || !memcmp(j->t + i, "。", 3))
				break;
			for (size_t w = 0; w < ARRAY_SIZE(meetings); w++)
				if (i + strlen(meetings[w]) <= e && !memcmp(j->t + i, meetings[w], strlen(meetings[w])))
					return 1;
		}
	}
	if (in_gerund_opener(j, k) || on_the_day(j->t, j->sent_start, p))
		return 1;
	/* "announced in second-quarter earnings": the results it was said
	 * in, whose period is the figures' */
	if (results_of_period(j, k))
		return 0;
	if (!strncasecmp(j->t + p, "in ", 3)) {
		/* the month form holds its "in" */
	} else if (word_before(j->t, floor, p, "in")) {
		while (p > floor && j->t[p - 1] == ' ')
			p--;
		p -= 2; /* past "in" */
	} else {
		return 0;
	}
	/* the word before "in", read once */
	while (p > floor && is_blank(j->t[p - 1]))
		p--;
	size_t w = p;
	while (w > floor && isalpha((unsigned char)j->t[w - 1]))
		w--;
	/* "the $35 billion we talked about in September" */
	if (p - w == 5 && !strncasecmp(j->t + w, "about", 5))
		return word_before(j->t, floor, w, "talked") || word_before(j->t, floor, w, "spoke");
	return p > w && span_in_list(j->t, w, p, verbs, ARRAY_SIZE(verbs));
}

/* Whether the sentence t[s..e) is a question: it ends with ? or ？. */
static int asks(const char *t, size_t s, size_t e)
{
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == ')'))
		e--;
	return (e > s && t[e - 1] == '?') || (e >= s + 3 && !memcmp(t + e - 3, "？", 3));
}

/* Whether the figure at token k is money a company raised, what it was
 * valued at or a market's size: "raised $900 million last month at a $9.9
 * billion valuation", "$2 billion in funding", 数据中心市场规模(TAM)达到 1 万亿
 * 美元. The clause's block covers what follows a cue; a cue that names
 * the figure before it (CUE_NAMES_BEFORE) covers that too, and one after
 * it past a bracketed aside (which starts a clause of its own). "raised"
 * right before a figure is a raise, where "raised its outlook to" is not. */
static int capital_raised(const struct job *j, size_t k)
{
	static const char *const raise[] = { "raised", "raises", "raise", "raising" };
	const struct tok *tk = &j->toks[k];
	size_t w = tk->start;
	while (w > j->sent_start && is_blank(j->t[w - 1]))
		w--;
	size_t ws = w;
	while (ws > j->sent_start && isalpha((unsigned char)j->t[ws - 1]))
		ws--;
	if (span_in_list(j->t, ws, w, raise, ARRAY_SIZE(raise)))
		return 1;
	for (size_t i = k + 1; i < j->ntoks && j->toks[i].clause == tk->clause && j->toks[i].start < j->sent_end; i++)
		if (cue_of(j, &j->toks[i]) & CUE_NAMES_BEFORE)
			return 1;
	for (size_t i = k; i > 0 && j->toks[i - 1].start >= j->sent_start; i--) {
		const struct tok *b = &j->toks[i - 1];
		if (cue_of(j, b) & CUE_NAMES_BEFORE)
			return 1;
		if (b->clause == tk->clause || past_asides(j->t, b->end, tk->start))
			continue;
		/* (a bracket the cue stood in, closed before the figure) */
		size_t n = tk->start - b->end;
		if (!memchr(j->t + b->end, ')', n) || memchr(j->t + b->end, ',', n) || memchr(j->t + b->end, ';', n))
			break;
	}
	return 0;
}

/* Whether the sentence of tokens [first, end) sets its figures against the
 * year before: "rose to $11.4 billion from $10.4 billion a year earlier",
 * "net sales of $180.2 billion, up 13% year over year". Such a figure is
 * the period being reported, as its change is. */
static int compared_with_year_before(const struct job *j, size_t first, size_t end)
{
	for (size_t i = first; i < end; i++) {
		if (cue_of(j, &j->toks[i]) & (CUE_PRIOR | CUE_YOY))
			return 1;
		/* "up 13%": a change said with no base is against the year before */
		if (i > first && j->toks[i].type == T_QTY && qtok(j, &j->toks[i])->kind == NL_PERCENT &&
		    (cue_of(j, &j->toks[i - 1]) & (CUE_UP | CUE_DOWN)) && !(cue_of(j, &j->toks[i - 1]) & CUE_TO))
			return 1;
	}
	return 0;
}

/* Whether a clause after the figure at token k, before any other figure,
 * says it was forecast before: "above the 38% growth the company had
 * forecast", "the $32.4 billion analysts had expected"; or, for a figure
 * compared with (`compared`), whose source the next clause names:
 * "versus $8.21, based on Refinitiv consensus estimates". */
static int forecast_after(const struct job *j, size_t k, size_t sent_end, int compared)
{
	static const char *const sourced[] = { "based on", "according to", "as per", "per", "via", "from" };
	size_t i = k + 1;
	for (; i < sent_end && j->toks[i].clause == j->toks[k].clause && j->toks[i].type != T_QTY; i++)
		if ((cue_of(j, &j->toks[i]) & CUE_ESTIMATE) &&
		    (word_before(j->t, j->toks[k].end, j->toks[i].start, "had") ||
		     word_before(j->t, j->toks[k].end, j->toks[i].start, "been")))
			return 1;
	if (!compared || i >= sent_end || j->toks[i].type == T_QTY)
		return 0;
	size_t c = j->toks[i].start;
	while (c > j->toks[k].end && j->t[c - 1] != ',')
		c--;
	if (c == j->toks[k].end)
		return 0;
	for (size_t m = k + 1; m < i; m++)
		if (j->toks[m].type == T_PERIOD)
			return 0;
	size_t ws;
	next_word(j->t, c, j->sent_end, &ws);
	if (!words_after(j->t, ws, j->sent_end, sourced, ARRAY_SIZE(sourced)))
		return 0;
	for (size_t m = i; m < sent_end && j->toks[m].clause == j->toks[i].clause && j->toks[m].type != T_QTY; m++)
		if (cue_of(j, &j->toks[m]) & (CUE_ESTIMATE | CUE_CONSENSUS))
			return 1;
	return 0;
}

/* Whether the clause of the figure at token k says after it, with no
 * figure between, that it came in better or worse than a forecast: "gross
 * margin of 56.5% was also better than we expected". */
static int said_against_forecast(const struct job *j, size_t k, size_t sent_end)
{
	int compared = 0;
	for (size_t i = k + 1; i < sent_end && j->toks[i].clause == j->toks[k].clause && j->toks[i].type != T_QTY; i++) {
		unsigned c = cue_of(j, &j->toks[i]);
		if (c & CUE_COMPARE)
			compared = 1;
		else if (compared && (c & CUE_ESTIMATE))
			return 1;
	}
	return 0;
}

/* Whether the figure at token k follows, in its sentence and with no
 * name of ours between, a quoted name and a relative clause on it: 'role-
 * playing game "Honor of Kings", which hit revenues of'. */
static int quoted_name_relative(const struct job *j, size_t k, size_t sent_first)
{
	const char *t = j->t;
	size_t floor = j->sent_start;
	for (size_t i = k; i > sent_first; i--)
		if (j->toks[i - 1].type == T_ENTITY) {
			floor = j->toks[i - 1].end;
			break;
		}
	/* (one look for " which ", then the closing mark before it) */
	for (size_t at = span_find(t, floor, j->toks[k].start, " which ", 0); at != SIZE_MAX;
	     at = span_find(t, at + 7, j->toks[k].start, " which ", 0)) {
		size_t c = at;
		if (c > floor && t[c - 1] == ',')
			c--;
		int straight = c > floor && t[c - 1] == '"';
		if (!straight && !(c >= floor + 3 && !memcmp(t + c - 3, "\u201d", 3)))
			continue;
		c -= straight ? 1 : 3;
		/* the opening mark, a capital after it, within a few words */
		size_t o = c;
		while (o > floor && c - o < 48 && t[o - 1] != '"' && !(o >= floor + 3 && !memcmp(t + o - 3, "\u201c", 3)))
			o--;
		if (o > floor && c - o < 48 && isupper((unsigned char)t[o]))
			return 1;
	}
	return 0;
}

/* Whether t[s..e), the end of a clause, says a measure stayed flat
 * (持平, "flat"), and so holds no figure of its own. */
static int said_flat(const char *t, size_t s, size_t e)
{
	return span_find(t, s, e, "持平", 0) != SIZE_MAX || span_find(t, s, e, " flat", 1) != SIZE_MAX;
}

/* Whether the clause of the figure at token k says before it what kind of
 * change it is (同比, 较去年同期, 环比, year over year). */
static int kind_said_in_clause(const struct job *j, size_t k, size_t first)
{
	for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		if (j->toks[i - 1].type == T_CUE && (cue_of(j, &j->toks[i - 1]) & (CUE_YOY | CUE_QOQ)))
			return 1;
	return 0;
}

/* Whether the period at token k starts a Chinese "since" phrase a few
 * words on (2014年9月在美国上市以来, 自2020年起): no figure between and no
 * mark of a clause. */
static int since_when(const struct job *j, size_t k)
{
	static const char *const since[] = { "以来", "至今", "起" };
	const struct tok *tk = &j->toks[k];
	size_t end = tk->end + 24 < j->sent_end ? tk->end + 24 : j->sent_end;
	if (k + 1 < j->ntoks && j->toks[k + 1].start < end)
		end = j->toks[k + 1].start;
	for (size_t i = tk->end; i < end;) {
		unsigned char c = (unsigned char)j->t[i];
		if (c == ',' || c == ';' || isdigit(c))
			return 0;
		if (c >= 0xE0 && i + 3 <= end) {
			if (!memcmp(j->t + i, "，", 3) || !memcmp(j->t + i, "。", 3) || !memcmp(j->t + i, "；", 3))
				return 0;
			for (size_t w = 0; w < ARRAY_SIZE(since); w++)
				if (i + strlen(since[w]) <= end && !memcmp(j->t + i, since[w], strlen(since[w])))
					return w < 2 || i == tk->end;
			i += 3;
		} else {
			i += c >= 0xC0 ? 2 : 1;
		}
	}
	return 0;
}

/* Whether the period token k is what a clause without figures likens its
 * words to: "Consistent with last quarter, we ...", "as with last year". */
static int likened(const struct job *j, size_t k, size_t first)
{
	static const char *const words[] = { "consistent with", "similar to", "as with", "unlike", "same as",
					     "in line with", "on par with", "comparable to" };
	const struct tok *tk = &j->toks[k];
	int said = 0;
	for (size_t i = 0; i < ARRAY_SIZE(words) && !said; i++)
		said = word_before(j->t, j->sent_start, tk->start, words[i]);
	if (!said)
		return 0;
	for (size_t i = first; i < j->ntoks && j->toks[i].start < j->sent_end; i++)
		if (j->toks[i].clause == tk->clause && j->toks[i].type == T_QTY)
			return 0;
	return 1;
}

/* Whether the words right after a percentage name it a growth rate
 * (26% 的增速, 的增幅, 的增长). */
static int growth_named_after(const char *t, size_t at, size_t end)
{
	static const char *const words[] = { "的增速", "的增幅", "的增长", "的增长率" };
	while (at < end && t[at] == ' ')
		at++;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++) {
		size_t n = strlen(words[i]);
		if (at + n <= end && !memcmp(t + at, words[i], n))
			return 1;
	}
	return 0;
}

/* Whether the last word before the figure k (from token bw) that says
 * what it is compared with names the analysts' estimate (低于一致预期的
 * 980亿元, below consensus of $16.2 billion, short of the $16.2 billion
 * consensus): that figure is the consensus, however long ago its period
 * ended. */
static int compared_with_consensus(const struct job *j, size_t bw, size_t k)
{
	/* (or named after it in its clause, before the next figure: "the
	 * $16.2 billion consensus", "the $0.49 per share loss analysts had
	 * expected") */
	for (size_t i = k + 1; i < j->ntoks && j->toks[i].start < j->sent_end && j->toks[i].clause == j->toks[k].clause &&
			       j->toks[i].type != T_QTY;
	     i++)
		if (j->toks[i].type == T_CUE) {
			unsigned c = cue_of(j, &j->toks[i]);
			if (c & CUE_CONSENSUS)
				return 1;
			if (c & (CUE_COMPARE | CUE_FROM))
				break;
		}
	for (size_t i = k; i > bw; i--) {
		const struct tok *t = &j->toks[i - 1];
		if (t->type != T_CUE)
			continue;
		unsigned c = cue_of(j, t);
		if (c & CUE_CONSENSUS)
			return 1;
		if (c & (CUE_COMPARE | CUE_FROM))
			return 0;
	}
	return 0;
}

/* Whether the clause of token k says, before it, that a figure beat or
 * missed what analysts expected ("beat consensus by", "missed
 * estimates by"). */
static int beat_words_before(const struct job *j, size_t k, size_t first)
{
	for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		if (j->toks[i - 1].type == T_CUE && (cue_of(j, &j->toks[i - 1]) & (CUE_CONSENSUS | CUE_COMPARE)))
			return 1;
	return 0;
}

/* The token of the figure the figure at token k moves on to ("from 28.0%
 * to 30.5%", 由28.0%上升至30.5%, 从15%,同比降到2%: only cues between them
 * but the one that says to), SIZE_MAX when it is no start of a move. */
static size_t move_target(const struct job *j, size_t k, size_t end)
{
	size_t i = k + 1;
	while (i < end && j->toks[i].type == T_CUE && !(cue_of(j, &j->toks[i]) & CUE_TO) && i < k + 3)
		i++;
	if (i >= end || j->toks[i].type != T_CUE || !(cue_of(j, &j->toks[i]) & CUE_TO))
		return SIZE_MAX;
	return i + 1 < end && j->toks[i + 1].type == T_QTY ? i + 1 : SIZE_MAX;
}

/* Whether the percentage at token k is where a move ends: the figure
 * before it in its sentence (from `first`) moves on to it ("从15%,同比降到
 * 2%", "fell from 15% to 2%"). */
static int moved_to(const struct job *j, size_t k, size_t first)
{
	size_t p = k;
	while (p > first && j->toks[p - 1].type != T_QTY)
		p--;
	return p > first && move_target(j, p - 1, k + 1) == k;
}

/* Whether the words t[s..e) between two clauses close one that only
 * named what is compared with (…相比，). */
static int sets_base_only(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	return e - s >= 6 && (!memcmp(t + s, "相比", 6) || !memcmp(t + s, "比较", 6) || !memcmp(t + s, "相较", 6));
}

/* Whether t[s..e), spaces trimmed, is one of the n words of `sides`. */
static int said_side_after(const char *t, size_t s, size_t e, const char *const *sides, size_t n)
{
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	return e > s && span_in_list(t, s, e, sides, n);
}

/* Whether t[s..e), from a part's noun (业务) to a metric, is only that noun,
 * a comma and the quarter it is said of: 數據中心業務，季度收入. */
static int part_then_metric(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "季度", "本季", "本季度", "单季", "单季度", "当季", "当季度" };
	while (s < e && (unsigned char)t[s] >= 0xE4 && s + 3 <= e)
		s += 3; /* the noun */
	if (s >= e || t[s] != ',')
		return 0;
	s++;
	return only_spaces(t, s, e) || said_side_after(t, s, e, words, ARRAY_SIZE(words));
}


/* The words of a result beating or missing what was expected, said right
 * before the expectation: 高于(市场预期), 超出, 不及. */
static const char *const beat_sides[] = { "高于", "低于", "超出", "超过", "好于", "优于", "不及", "逊于", "超" };

/* Whether one of beat_sides ends at t[pos] (after floor). */
static int beat_side_before(const char *t, size_t floor, size_t pos)
{
	return ends_with_any(t, floor, pos, beat_sides, ARRAY_SIZE(beat_sides));
}

/* Whether the percentage at token k follows right on "高于一致预期" (the
 * expectation, then the figure with nothing between but spaces): the
 * margin of a beat or a miss. */
static int beat_margin(const struct job *j, size_t k, size_t first)
{
	static const char *const sides_after[] = { "高出", "低出", "高", "低", "多", "少" };
	/* 较分析师预期的174.7亿美元高出3.1%: the compared figure is the
	 * consensus, and what follows its verb is the margin */
	if (k >= first + 3 && j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & (CUE_UP | CUE_DOWN)) &&
	    !(cue_of(j, &j->toks[k - 1]) & (CUE_YOY | CUE_QOQ)) && j->toks[k - 2].type == T_QTY &&
	    only_spaces(j->t, j->toks[k - 2].end, j->toks[k - 1].start)) {
		for (size_t i = k - 2; i > first; i--) {
			const struct tok *x = &j->toks[i - 1];
			if (x->clause != j->toks[k].clause || x->type == T_QTY)
				break;
			if (x->type == T_CUE && (cue_of(j, x) & CUE_CONSENSUS))
				return 1;
		}
	}
	/* 较市场预期高 2.57%: against the expectation, higher by the figure */
	{
		size_t c = k;
		if (c > first && j->toks[c - 1].type == T_CUE && (cue_of(j, &j->toks[c - 1]) & (CUE_UP | CUE_DOWN)) &&
		    !(cue_of(j, &j->toks[c - 1]) & (CUE_YOY | CUE_QOQ)) && only_spaces(j->t, j->toks[c - 1].end, j->toks[k].start))
			c--;
		if (c > first && j->toks[c - 1].type == T_CUE && (cue_of(j, &j->toks[c - 1]) & CUE_CONSENSUS) &&
		    (c < k || said_side_after(j->t, j->toks[c - 1].end, j->toks[k].start, sides_after, ARRAY_SIZE(sides_after)))) {
			/* (较 may be a token of its own) */
			size_t s = j->toks[c - 1].start;
			size_t floor = c - 1 == first ? j->sent_start :
				       j->toks[c - 2].type == T_CUE ? j->toks[c - 2].start : j->toks[c - 2].end;
			/* (较, 比 a word or two before: 较市场预期, 比分析师预期) */
			for (size_t back = 0; s > floor && back < 4; back++) {
				s--;
				while (s > floor && ((unsigned char)j->t[s] & 0xC0) == 0x80)
					s--;
				if (!memcmp(j->t + s, "较", 3) || !memcmp(j->t + s, "比", 3))
					return 1;
			}
		}
	}
	if (k <= first || j->toks[k - 1].type != T_CUE || !(cue_of(j, &j->toks[k - 1]) & CUE_CONSENSUS))
		return 0;
	/* "$82.9B vs. $81.5B Street (+1.8%, +18% Y/Y)": the first in the
	 * brackets after the consensus is how far the figure is above it */
	{
		size_t a = j->toks[k - 1].end, b = j->toks[k].start;
		while (a < b && j->t[a] == ' ')
			a++;
		if (a < b && j->t[a] == '(' && only_spaces(j->t, a + 1, b) && k >= first + 2 &&
		    j->toks[k - 2].type == T_QTY)
			return 1;
	}
	if (!only_spaces(j->t, j->toks[k - 1].end, j->toks[k].start))
		return 0;
	/* (高于彭博一致预期, 高于VA 一致预期: whose, a few words between; not
	 * past a mark or a figure) */
	size_t c = j->toks[k - 1].start,
	       floor = k - 1 == first		       ? j->sent_start :
		       j->toks[k - 2].type == T_CUE ? j->toks[k - 2].start :
						      j->toks[k - 2].end;
	for (int chars = 0; chars <= 12 && c >= floor; chars++) {
		if (beat_side_before(j->t, floor, c))
			return 1;
		if (c == floor)
			break;
		size_t p = c - 1;
		while (p > floor && ((unsigned char)j->t[p] & 0xC0) == 0x80)
			p--;
		unsigned char ch = (unsigned char)j->t[p];
		if (ch < 0x80 && !isalpha(ch) && ch != ' ')
			break;
		if (ch >= 0x80 && (!memcmp(j->t + p, "，", 3) || !memcmp(j->t + p, "。", 3) || !memcmp(j->t + p, "、", 3)))
			break;
		c = p;
	}
	return 0;
}

/* Whether a guide is said before token k in its sentence: a guidance word,
 * or the company's own "expects". */
static int guide_before(const struct job *j, size_t sent_first, size_t k)
{
	for (size_t i = sent_first; i < k; i++)
		if (j->toks[i].type == T_CUE && ((cue_of(j, &j->toks[i]) & CUE_GUIDANCE) ||
						 ((cue_of(j, &j->toks[i]) & CUE_ESTIMATE) && company_voice(j, i, sent_first))))
			return 1;
	return 0;
}

/* Whether an amount at t[e] is said as a cause: "due to a", "because of
 * an", "driven by a" right before it. */
static int cause_before(const char *t, size_t s, size_t e)
{
	static const char *const causes[] = { "due to a", "due to an", "because of a", "because of an", "owing to a",
					      "driven by a", "driven by an", "thanks to a", "reflecting a", "including a" };
	return ends_with_any(t, s, e, causes, ARRAY_SIZE(causes));
}

/* Whether a growth rate is said right before t[e] as what it was (增速为,
 * 增长率是, "growth was", "growth rate of"), not as a move. */
static int rate_said_as_was(const char *t, size_t s, size_t e)
{
	static const char *const was[] = { "增速为", "增速是", "增速达", "增长率为", "增长率是", "growth was",
					   "growth rate was", "growth rate of", "grew at" };
	return ends_with_any(t, s, e, was, ARRAY_SIZE(was));
}

/* Whether the multiple at token k follows a Chinese word of growth right
 * before it (增长1.5倍, 急增约1.7倍): grown "N 倍". */
static int grown_times(const struct job *j, size_t k, size_t sent_first)
{
	const struct tok *tk = &j->toks[k];
	size_t e = tk->end;
	while (e > tk->start && j->t[e - 1] == ' ')
		e--;
	if (e < tk->start + 3 || memcmp(j->t + e - 3, "倍", 3) || k == sent_first)
		return 0;
	const struct tok *c = &j->toks[k - 1];
	if (c->type != T_CUE || !(cue_of(j, c) & CUE_UP) || c->end - c->start < 3 ||
	    (unsigned char)j->t[c->start] < 0xE0)
		return 0;
	/* (with 约, 超, 逾 between: the lexer keeps them in the figure) */
	return only_spaces(j->t, c->end, tk->start);
}

/* Whether t[s..e) holds a word opening a subordinate phrase: "despite
 * weaker demand in H2", "amid", "although": what it says after is not the
 * figure before it's. */
static int subordinate_between(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "despite", "amid", "although", "though", "whereas", "because" };
	for (size_t w = 0; w < ARRAY_SIZE(words); w++)
		if (e > s && has_word(t + s, e - s, words[w]))
			return 1;
	return 0;
}

/* Whether the metric at token k is named in a cause said between its
 * clause's measure and the figure (自由现金流因资本支出显著增加而下降32%,
 * 净利润受一次性费用影响而下降): 因/由于/受 before it, 而 or 影响 after it,
 * before the next figure, and a metric already named before the cause. */
static int metric_in_cause(const struct job *j, size_t k, size_t end)
{
	const char *t = j->t;
	const struct tok *tk = &j->toks[k];
	size_t s = k > 0 ? j->toks[k - 1].end : j->sent_start;
	if (k == 0 || j->toks[k - 1].type != T_METRIC || j->toks[k - 1].clause != tk->clause || s < j->sent_start)
		return 0;
	static const char *const opens[] = { "因", "由于", "受" };
	int opened = 0;
	for (size_t i = 0; i < ARRAY_SIZE(opens) && !opened; i++)
		opened = span_contains(t, s, tk->start, opens[i], 0);
	if (!opened)
		return 0;
	size_t e = j->sent_end;
	for (size_t i = k + 1; i < end; i++)
		if (j->toks[i].type == T_QTY) {
			e = j->toks[i].start;
			break;
		}
	return span_contains(t, tk->end, e, "而", 0) || span_contains(t, tk->end, e, "影响", 0);
}

/* Whether t[s..e) holds a verb that ends, reverses or breaks a trend
 * (终结, 扭转, 打破, "reversed", "snapped"): the trend words after it are
 * not the figure's direction. */
static int ends_trend_between(const char *t, size_t s, size_t e)
{
	static const char *const verbs[] = { "终结", "扭转", "打破", "告别", "摆脱", "止住", "reversed", "snapped" };
	for (size_t i = 0; i < ARRAY_SIZE(verbs); i++)
		if (e > s && span_contains(t, s, e, verbs[i], 0))
			return 1;
	return 0;
}

/* Whether the metric at token m goes on to a figure of its own, from
 * or right after it: "EPS从5.27美元", "EPS 1.35美元", "EPS of $1.35". */
static int metric_leads_figure(const struct job *j, size_t m)
{
	size_t n = m + 1, end = j->ntoks;
	if (n < end && j->toks[n].type == T_CUE && (cue_of(j, &j->toks[n]) & (CUE_FROM | CUE_TO)) &&
	    only_spaces(j->t, j->toks[m].end, j->toks[n].start))
		n++;
	if (n >= end || j->toks[n].type != T_QTY || j->toks[n].clause != j->toks[m].clause ||
	    j->toks[n].start >= j->sent_end)
		return 0;
	size_t gs = j->toks[n - 1].end, ge = j->toks[n].start;
	return only_spaces(j->t, gs, ge) || text_is_trimmed(j->t, gs, ge, "of") || text_is_trimmed(j->t, gs, ge, "为") ||
	       text_is_trimmed(j->t, gs, ge, ":");
}

/* Whether the figure at token k names its own metric right after it: a
 * change said as a noun of the metric, "an 11.8% increase in net income",
 * "a 7% decline in revenue"; an amount "in" it, "$1.09 in EPS and $7.7
 * billion in revenue"; or the metric's English name a space after it,
 * "20-30% revenue growth and 49% gross margin", whatever the clause named
 * before. (Chinese sets the next clause's metric right after a figure:
 * 营收增长20%净利润增长30%.) */
static int change_in_metric(const struct job *j, size_t k, size_t end)
{
	static const char *const ins[] = { " in ", " in the ", " in its ", " in their " };
	/* (not a metric that opens a phrase of its own figures: "上调至627亿
	 * 美元 EPS从5.27美元上调至5.37美元") */
	if (k + 1 < end && j->toks[k + 1].type == T_METRIC && j->toks[k + 1].clause == j->toks[k].clause &&
	    j->toks[k + 1].start == j->toks[k].end + 1 && j->t[j->toks[k].end] == ' ' &&
	    isalpha((unsigned char)j->t[j->toks[k + 1].start]) && !metric_leads_figure(j, k + 1))
		return 1;
	if (k + 1 < end && j->toks[k].type == T_QTY && qtok(j, &j->toks[k])->kind == NL_AMOUNT &&
	    j->toks[k + 1].type == T_METRIC && j->toks[k + 1].clause == j->toks[k].clause &&
	    text_is(j->t, j->toks[k].end, j->toks[k + 1].start, " in "))
		return 1;
	/* ("delivered 25 percent annual revenue growth": the year's word,
	 * read as a period, between) */
	if (k + 2 < end && j->toks[k + 1].type == T_PERIOD && j->toks[k + 2].type == T_METRIC &&
	    j->toks[k + 2].clause == j->toks[k].clause && text_is(j->t, j->toks[k].end, j->toks[k + 1].start, " ") &&
	    text_is(j->t, j->toks[k + 1].end, j->toks[k + 2].start, " ") &&
	    (text_is(j->t, j->toks[k + 1].start, j->toks[k + 1].end, "annual") ||
	     text_is(j->t, j->toks[k + 1].start, j->toks[k + 1].end, "full-year")) &&
	    !metric_leads_figure(j, k + 2))
		return 1;
	/* (past the kind said before the noun: "a 54.2 per cent
	 * year-on-year increase in net profit") */
	size_t c = k + 1;
	while (c + 1 < end && j->toks[c].type == T_CUE && !(cue_of(j, &j->toks[c]) & ~(unsigned)(CUE_YOY | CUE_QOQ)) &&
	       only_spaces(j->t, j->toks[c - 1].end, j->toks[c].start))
		c++;
	if (c + 1 >= end || j->toks[c].type != T_CUE || j->toks[c + 1].type != T_METRIC ||
	    !(cue_of(j, &j->toks[c]) & (CUE_UP | CUE_DOWN | CUE_GROWTH)) ||
	    j->toks[c + 1].clause != j->toks[k].clause || !only_spaces(j->t, j->toks[c - 1].end, j->toks[c].start))
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(ins); i++)
		if (text_is(j->t, j->toks[c].end, j->toks[c + 1].start, ins[i]))
			return 1;
	return 0;
}

/* The kind a run of two figures pairs with, in order, when the sentence
 * names two kinds of change before them: 营业额按年及按季分别增长38.65%及
 * 11.26%, "grew 12% and 3% year over year and sequentially" is not read
 * (the kinds after). CUE_YOY or CUE_QOQ for the figure at k, 0 when the
 * figure is no such run's. */
static unsigned paired_kind(const struct job *j, size_t k, size_t sent_first, size_t sent_end)
{
	static const char *const joins[] = { "和", "及", "与", "、", "以及", "and" };
	/* (the two kinds first: most sentences name no such pair) */
	size_t pair = SIZE_MAX;
	for (size_t i = sent_first; i + 1 < k && pair == SIZE_MAX; i++) {
		unsigned a = cue_of(j, &j->toks[i]) & (CUE_YOY | CUE_QOQ);
		unsigned b = cue_of(j, &j->toks[i + 1]) & (CUE_YOY | CUE_QOQ);
		if (((a == CUE_YOY && b == CUE_QOQ) || (a == CUE_QOQ && b == CUE_YOY)) &&
		    said_side_after(j->t, j->toks[i].end, j->toks[i + 1].start, joins, ARRAY_SIZE(joins)))
			pair = i;
	}
	if (pair == SIZE_MAX)
		return 0;
	size_t pick[8], mark;
	int n = paired_run(j, j->sent_start, sent_first, sent_end, pick, &mark);
	if (n != 2 || (pick[0] != k && pick[1] != k) || pair + 1 >= pick[0])
		return 0;
	unsigned a = cue_of(j, &j->toks[pair]) & (CUE_YOY | CUE_QOQ);
	unsigned b = cue_of(j, &j->toks[pair + 1]) & (CUE_YOY | CUE_QOQ);
	return pick[0] == k ? a : b;
}

/* Whether the forecast word at token k follows a word of beating or
 * missing and comes with a figure of its own (優於預期的55.5%至57.5%):
 * the expectation a result is held against. */
static int expectation_compared(const struct job *j, size_t k)
{
	/* (or an expectation said as the earlier one: 大幅优于外资法人原先预估
	 * 2.85元, whatever the words of beating) */
	static const char *const earlier[] = { "原先", "原本", "此前", "先前" };
	const struct tok *tk = &j->toks[k];
	return (beat_side_before(j->t, j->sent_start, tk->start) ||
		ends_with_any(j->t, j->sent_start, tk->start, earlier, ARRAY_SIZE(earlier))) &&
	       k + 1 < j->ntoks && j->toks[k + 1].type == T_QTY && j->toks[k + 1].clause == tk->clause;
}

/* Whether t[s..e) joins a new verb on ("but rose", "and rose", "yet
 * grew"): what follows is no longer the words before. */
static int verb_joined(const char *t, size_t s, size_t e)
{
	static const char *const joins[] = { "but", "yet", "though", "although", "while", "and" };
	for (size_t w = 0; w < ARRAY_SIZE(joins); w++)
		if (has_word(t + s, e - s, joins[w]))
			return 1;
	return 0;
}

/* Whether the cue at token i, before the figure at k, closes the words
 * of a result held against an expectation (`before`, the cues so far,
 * says beating or missing one) and a verb is joined on before the next
 * token: "missed estimates but rose 27.2%". */
static int expectation_joined(const struct job *j, size_t i, size_t k, unsigned before)
{
	if ((before & (CUE_COMPARE | CUE_ESTIMATE)) != (CUE_COMPARE | CUE_ESTIMATE) ||
	    !(cue_of(j, &j->toks[i]) & CUE_ESTIMATE) || i + 1 > k)
		return 0;
	return verb_joined(j->t, j->toks[i].end, j->toks[i + 1].start);
}

/* Whether the forecast word at token k is only what a result beat or
 * missed, with no figure of its own in its clause: 公布今年次季业绩,超出
 * 市场预期并创下历史新高 (超出市场预期的549亿美元 names the forecast's
 * figure, and is read as one). */
static int expectation_beaten(const struct job *j, size_t k, size_t end)
{
	/* "ARR exceeded guidance at $1.2 billion": the figure after "at" is
	 * what beat it (but "beat guidance of $1.1 billion" gives the
	 * forecast's) */
	static const char *const en_verbs[] = { "exceeded ", "beat ", "topped ", "surpassed ", "missed ",
						"smashed through ", "smashed ", "crushed ", "blew through ",
						"sailed past ", "outpaced ", "fell short of " };
	static const char *const beat_inside[] = { "超", "不及" };
	const struct tok *tk = &j->toks[k];
	size_t s = j->sent_start; /* (the verb may be a token of its own) */
	/* (or inside the cue itself: 超预期的, 不及预期的) */
	int beaten = beat_side_before(j->t, s, tk->start) || opens_with_one(j->t, tk->start, tk->end, beat_inside, 2),
	    latin = 0;
	/* (whose forecast may be said between: "missed analyst forecasts",
	 * "beat Wall Street estimates") */
	static const char *const whose[] = { "analyst ", "analysts ", "analysts' ", "Wall Street ", "the ", "market " };
	size_t v = tk->start;
	for (size_t w = 0; w < ARRAY_SIZE(whose); w++) {
		size_t n = strlen(whose[w]);
		if (v >= s + n && !strncasecmp(j->t + v - n, whose[w], n))
			v -= n, w = (size_t)-1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(en_verbs) && !beaten; i++) {
		size_t n = strlen(en_verbs[i]);
		beaten = latin = v >= s + n && !strncasecmp(j->t + v - n, en_verbs[i], n) &&
				 (v == s + n || !isalpha((unsigned char)j->t[v - n - 1]));
	}
	if (!beaten)
		return 0;
	/* "Revenue missed estimates but rose 27.2%", "beat Wall Street
	 * estimates and rose 27.2%": a verb joined after the forecast word
	 * says what the result did, and its figure is the result's */
	for (size_t i = k + 1; i < end && j->toks[i].clause == tk->clause; i++) {
		const struct tok *x = &j->toks[i];
		if (x->type == T_METRIC || (x->type == T_CUE && (cue_of(j, x) & (CUE_ESTIMATE | CUE_GUIDANCE))))
			break;
		if (x->type == T_QTY) {
			/* ("beat forecasts with a 57% jump in operating
			 * profit": what beat them, said after "with") */
			if (verb_joined(j->t, tk->end, x->start) || (latin && words_after(j->t, tk->end, x->start,
											   (const char *[]){ " with" }, 1)))
				return 1;
			break;
		}
	}
	for (size_t i = k + 1; i < end && j->toks[i].clause == tk->clause; i++)
		if (j->toks[i].type == T_QTY)
			return latin && i == k + 1 && text_is_trimmed(j->t, tk->end, j->toks[i].start, "at");
	return 1;
}

/* Whether the percentage at token k is what something moved to ("rose to
 * 35%", 提升至35%), with no word of growth in its clause before it. */
static int moved_to_rate(const struct job *j, size_t k, size_t sent_first)
{
	if (k == sent_first || j->toks[k - 1].type != T_CUE || !(cue_of(j, &j->toks[k - 1]) & CUE_TO) ||
	    !only_spaces(j->t, j->toks[k - 1].end, j->toks[k].start))
		return 0;
	for (size_t i = k; i > sent_first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		if (j->toks[i - 1].type == T_CUE && (cue_of(j, &j->toks[i - 1]) & CUE_GROWTH))
			return 0;
	return 1;
}

/* What a list of figures closes on, for every figure of the list: its
 * period, "revenue of NT$1,046.09 billion, net income of NT$505.74
 * billion, and diluted earnings per share of NT$19.50 for the fourth
 * quarter ended December 31, 2025", or the words of a time before the one
 * reported, "revenue of $7.7 billion and EPS of $1.09 a year ago". From the
 * figure at k on, only metrics each with its figure (before it, "revenue
 * of", or after it, "$1.09 in EPS"), joined by commas, "and" and "of", come
 * before the close. Returns the closing token: a period the last item
 * introduces ("for", "in"), or a cue of an earlier time right after it;
 * SIZE_MAX when the figure is no list's. */
static size_t list_close(const struct job *j, size_t k, size_t end)
{
	static const char *const joins[] = { ",", ", and", "and", "of", ", and of", "was", "were" };
	int metric_after = k + 1 < end && j->toks[k + 1].type == T_METRIC &&
			   text_is(j->t, j->toks[k].end, j->toks[k + 1].start, " in ");
	if (!metric_after && (k == 0 || j->toks[k - 1].type != T_METRIC))
		return SIZE_MAX;
	int figures = metric_after;
	size_t last = k, aside_close = 0;
	for (size_t i = k + 1; i < end; i++) {
		const struct tok *x = &j->toks[i];
		/* (a figure's own aside, "(US$3.14 per ADR unit)", breaks no list) */
		if (x->start < aside_close)
			continue;
		size_t s = j->toks[last].end;
		int closed = figures >= 1 + metric_after && j->toks[last].type == (metric_after ? T_METRIC : T_QTY);
		if (x->type == T_PERIOD)
			return closed && introduced(j->t, s, x->start) ? i : SIZE_MAX;
		if (x->type == T_CUE && (cue_of(j, x) & CUE_PRIOR))
			return closed && only_spaces(j->t, s, x->start) ? i : SIZE_MAX;
		if (metric_after) {
			/* figure, " in ", metric; then a join to the next figure */
			if (x->type == T_METRIC && j->toks[last].type == T_QTY && text_is(j->t, s, x->start, " in ")) {
				last = i;
				continue;
			}
			if (x->type != T_QTY || j->toks[last].type != T_METRIC ||
			    !said_side_after(j->t, s, x->start, joins, ARRAY_SIZE(joins)))
				return SIZE_MAX;
			figures++;
			last = i;
			continue;
		}
		if (j->toks[last].type == T_QTY && x->type == T_QTY && said_side_after(j->t, s, x->start, (const char *[]){ "(" }, 1)) {
			const char *close = memchr(j->t + x->end, ')', j->sent_end - x->end);
			if (!close)
				return SIZE_MAX;
			aside_close = (size_t)(close - j->t) + 1;
			continue;
		}
		/* (each figure after its own metric: "and $37.1bn in 2027" after
		 * "up 53%" is no list item of the 53%) */
		if (x->type == T_QTY && j->toks[last].type == T_METRIC)
			figures++;
		else if (x->type != T_METRIC || j->toks[last].type != T_QTY)
			return SIZE_MAX;
		if (!said_side_after(j->t, s, x->start, joins, ARRAY_SIZE(joins)) &&
		    !(x->type == T_QTY && j->toks[last].type == T_METRIC && only_spaces(j->t, s, x->start)))
			return SIZE_MAX;
		last = i;
	}
	return SIZE_MAX;
}

/* The metric a figure shares with its own when the sentence names both as
 * one subject of one change: "net income and diluted EPS both increased
 * 35.0%", 营收和净利润均同比增长18%. The metric at token m names the
 * figure at k; the one named right before it, joined by "and", gets the
 * figure too. -1 when there is none. */
static int shared_metric(const struct job *j, size_t k, size_t sent_first, int met)
{
	static const char *const joins[] = { "and", "和", "与", "及", "以及", "、" };
	static const char *const both[] = { "both", "双双", "均", "皆", "都" };
	size_t m = k;
	while (m > sent_first && j->toks[m - 1].type == T_CUE && j->toks[m - 1].clause == j->toks[k].clause)
		m--;
	if (m < sent_first + 2 || j->toks[m - 1].type != T_METRIC || j->lm[j->toks[m - 1].idx].index != met ||
	    j->toks[m - 2].type != T_METRIC || j->toks[m - 2].clause != j->toks[k].clause ||
	    !said_side_after(j->t, j->toks[m - 2].end, j->toks[m - 1].start, joins, ARRAY_SIZE(joins)))
		return -1;
	/* (one figure: a run of them pairs one by one) */
	if (k + 1 < j->ntoks && j->toks[k + 1].type == T_QTY && j->toks[k + 1].clause == j->toks[k].clause)
		return -1;
	int said_both = 0;
	for (size_t i = 0; i < ARRAY_SIZE(both) && !said_both; i++)
		said_both = span_contains(j->t, j->toks[m - 1].end, j->toks[k].start, both[i],
					  (unsigned char)both[i][0] < 0x80);
	int other = j->lm[j->toks[m - 2].idx].index;
	return said_both && other != met ? other : -1;
}

/* Whether the metric named in the clause of the figure at k, before it,
 * is said as "its" (其营业利润率从…升至30.1%). */
static int its_metric_before(const struct job *j, size_t k, size_t sent_first)
{
	for (size_t i = k; i > sent_first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		if (j->toks[i - 1].type == T_METRIC)
			return its_metric(j->t, j->sent_start, j->toks[i - 1].start);
	return 0;
}

/* Moves *p, a year, to the quarter of the company's calendar that ends
 * it (`monthly`: to its last month), when one ends with it. */
static void stock_at_year_end(int monthly, const struct fiscal_calendar *cal, struct date ref, int estimate,
			      struct period *p)
{
	struct period_expr x;
	memset(&x, 0, sizeof(x));
	if (monthly) {
		x.type = PERIOD_MONTH;
		x.index = p->end.m;
		x.year = p->end.y;
		x.calendar = 1;
	} else {
		x.type = PERIOD_QUARTER;
		x.index = 4;
		x.year = period_fy_of(cal, p->end);
		x.fiscal = 1;
	}
	struct period q;
	if (period_resolve(&x, cal, NULL, ref, estimate, &q) == 0 && labs(date_days(q.end) - date_days(p->end)) <= 7)
		*p = q;
}

/* How many different metrics the sentence names, each with a figure of
 * its own after it, before token k. */
static int metrics_named_before(const struct job *j, size_t first, size_t k)
{
	int mets[4], n = 0;
	for (size_t i = first; i + 1 < k && n < 4; i++) {
		if (j->toks[i].type != T_METRIC || j->toks[i + 1].type != T_QTY)
			continue;
		int m = j->lm[j->toks[i].idx].index, seen = 0;
		for (int x = 0; x < n; x++)
			seen |= mets[x] == m;
		if (!seen)
			mets[n++] = m;
	}
	return n;
}

/* Whether a verb of raising or lowering a forecast stands before token k
 * in its clause ("raising capital expenditures to $93 billion"; not a
 * loss that "narrowed to", a margin "cut to"). */
static int raised_before(const struct job *j, size_t k, size_t first)
{
	static const char *const verbs[] = { "raised", "raising", "lowered", "lowering" };
	for (size_t i = k; i > first && j->toks[i - 1].clause == j->toks[k].clause; i--)
		if (j->toks[i - 1].type == T_CUE &&
		    span_in_list(j->t, j->toks[i - 1].start, j->toks[i - 1].end, verbs, ARRAY_SIZE(verbs)))
			return 1;
	return 0;
}

/* "Nvidia Q4 2026 revenue was $68.1 billion", said on 2026-02-26: a
 * calendar quarter of a year (x, resolved into *p) that is not over by the
 * report date `ref` cannot hold an actual; the company's own quarter of
 * that name, when it is over, is the one meant. *p is left as it is
 * otherwise. */
static void company_quarter_if_over(const struct period_expr *x, const struct fiscal_calendar *cal, struct date ref,
				    struct period *p)
{
	if (!x || !ref.y || p->type != PERIOD_QUARTER || date_cmp(p->end, ref) <= 0 || !x->year || x->rel != PREL_NONE ||
	    x->fiscal || x->calendar || x->marked)
		return;
	struct period_expr fx = *x;
	fx.fiscal = 1;
	struct period fp;
	if (period_resolve(&fx, cal, NULL, ref, 0, &fp) == 0 && date_cmp(fp.end, ref) <= 0) {
		period_label(&fp, cal);
		*p = fp;
	}
}

/* Whether the range at token k, after a "from", is a range said "from ...
 * to" ("Q4 guidance has revenue from $68.5B to $72.58B", "ranging from")
 * rather than where something moved from: the "from" right after the
 * metric or "ranging", and nothing in the sentence that moves (no rose,
 * cut, raised, narrowed, 下调至, nor a figure it goes to). */
static int range_said_from(const struct job *j, const struct state *st, size_t k, size_t first, size_t end)
{
	const struct tok *tk = &j->toks[k];
	if (qtok(j, tk)->qualifier != QUAL_RANGE || st->revise_seen || k < first + 2 ||
	    !(cue_of(j, &j->toks[k - 1]) & CUE_FROM))
		return 0;
	size_t f = j->toks[k - 1].start;
	if (!(j->toks[k - 2].type == T_METRIC && only_spaces(j->t, j->toks[k - 2].end, f)) &&
	    !word_before(j->t, j->sent_start, f, "ranging") && !word_before(j->t, j->sent_start, f, "range"))
		return 0;
	static const char *const moves[] = { "narrowed", "widened", "tightened", "previously", "prior" };
	for (size_t i = 0; i < ARRAY_SIZE(moves); i++)
		if (has_word(j->t + j->sent_start, j->sent_end - j->sent_start, moves[i]))
			return 0;
	for (size_t i = first; i < end; i++)
		if (i != k - 1 && (cue_of(j, &j->toks[i]) & (CUE_UP | CUE_DOWN | CUE_GROWTH | CUE_REVISE | CUE_TO | CUE_FROM)))
			return 0;
	return 1;
}

/* Whether the figure at k follows, in its clause, a figure of the same
 * kind said as what something moved to ("rose to $27.7 billion from"). */
static int moved_to_before(const struct job *j, size_t k, size_t first)
{
	size_t i = k;
	while (i > first && j->toks[i - 1].type != T_QTY && j->toks[i - 1].clause == j->toks[k].clause)
		i--;
	return i >= first + 2 && j->toks[i - 1].type == T_QTY && j->toks[i - 1].clause == j->toks[k].clause &&
	       qtok(j, &j->toks[i - 1])->kind == qtok(j, &j->toks[k])->kind && j->toks[i - 2].type == T_CUE &&
	       (cue_of(j, &j->toks[i - 2]) & CUE_TO);
}

/* "Alphabet revenue dropped 2% from last year, the company announced in
 * second-quarter earnings Thursday": a later clause saying in which
 * period's results the figure was given names the figure's period, when
 * nothing before the figure in its sentence named one. The period token's
 * index, -1 none. */
static int results_clause_period(const struct job *j, size_t k, size_t sent_first, size_t sent_end)
{
	static const char *const verbs[] = { "said", "says", "announced", "announces", "reported", "reports",
					     "posted", "posts", "disclosed", "stated", "noted" };
	for (size_t i = sent_first; i < k; i++)
		if (j->toks[i].type == T_PERIOD)
			return -1;
	const struct tok *tk = &j->toks[k];
	for (size_t i = k + 1; i < sent_end; i++) {
		const struct tok *p = &j->toks[i];
		if (p->type != T_PERIOD)
			continue;
		if (p->clause == tk->clause && base_of_change(j, i, sent_first))
			continue;
		if (p->clause == tk->clause)
			return -1;
		size_t c = p->start;
		while (c > tk->end && j->t[c - 1] != ',')
			c--;
		if (c == tk->end)
			return -1;
		int verb = 0;
		for (size_t w = c, ws; !verb && next_latin_word(j->t, &w, p->start, &ws);)
			verb = span_in_list(j->t, ws, w, verbs, ARRAY_SIZE(verbs));
		size_t at = p->start;
		static const char *const dets[] = { "its", "the", "their", "his", "her" };
		size_t b = at;
		while (b > c && is_blank(j->t[b - 1]))
			b--;
		size_t bw = b;
		while (bw > c && isalpha((unsigned char)j->t[bw - 1]))
			bw--;
		if (span_in_list(j->t, bw, b, dets, ARRAY_SIZE(dets)))
			at = bw;
		int in = word_before(j->t, c, at, "in") || word_before(j->t, c, at, "with") ||
			 opens_introduced(j->t, p->start, p->end);
		if (verb && in && results_of_period(j, i))
			return p->idx;
		return -1;
	}
	return -1;
}

/* The company's fiscal year `fy` in calendar `cal`, resolved as the
 * report's date reads it: 0 with it in *out, or -1. */
static int company_year(const struct fiscal_calendar *cal, int fy, struct date ref, int estimate, struct period *out)
{
	struct period_expr x;
	memset(&x, 0, sizeof(x));
	x.type = PERIOD_YEAR;
	x.year = fy;
	x.fiscal = 1;
	return period_resolve(&x, cal, NULL, ref, estimate, out);
}

/* Whether the metric at token k is said as a year's: "年" right before
 * it, not a date's nor a rate's (Azure年營收, 全年收入; not 2025年營收,
 * 每年收入, 今年营收, which the period scanner reads). */
static int annual_metric(const struct job *j, size_t k, size_t first)
{
	size_t s = j->toks[k].start;
	if (s < j->sent_start + 3 || memcmp(j->t + s - 3, "年", 3))
		return 0;
	if (k > first && j->toks[k - 1].end > s - 3)
		return 0; /* (the 年 is a period's) */
	if (s >= j->sent_start + 6) {
		static const char *const not_annual[] = { "每", "今", "去", "明", "前", "后", "後", "当", "當", "本", "上", "下" };
		for (size_t i = 0; i < ARRAY_SIZE(not_annual); i++)
			if (!memcmp(j->t + s - 6, not_annual[i], 3))
				return 0;
	}
	return !(s >= j->sent_start + 4 && isdigit((unsigned char)j->t[s - 4]));
}

/* The metric token of a sentence that opens on a label and a colon
 * ("数据中心:FY25Q1单季度收入226亿美元,同增427%"), for the figure at k: the
 * label holds no company nor metric, and only periods, cues, figures and
 * that one metric stand between the colon and k. Sets [*ls, *le) to the
 * label, past a heading's words run in before it ("业务分类 数据中心");
 * -1 when the sentence is no such. */
static int opening_label_metric(const struct job *j, size_t k, size_t sent_first, size_t *ls, size_t *le)
{
	const char *t = j->t;
	size_t s = j->sent_start, room = j->toks[k].start - s;
	const char *colon = memchr(t + s, ':', room < 40 ? room : 40);
	if (!colon)
		return -1;
	size_t c = (size_t)(colon - t);
	*ls = s;
	*le = c;
	while (*ls < *le && t[*ls] == ' ')
		(*ls)++;
	while (*le > *ls && t[*le - 1] == ' ')
		(*le)--;
	if (*le <= *ls)
		return -1;
	int mt = -1;
	for (size_t i = sent_first; i < k; i++) {
		const struct tok *x = &j->toks[i];
		if (x->start < c) {
			if (x->type == T_ENTITY || x->type == T_METRIC || x->type == T_QTY)
				return -1;
		} else if (x->type == T_METRIC) {
			if (mt >= 0)
				return -1;
			mt = (int)i;
		} else if (x->type != T_PERIOD && x->type != T_CUE && x->type != T_QTY) {
			return -1;
		}
	}
	return mt;
}

/* Whether the label t[s..e) before a colon names no part: a section's
 * words (业绩情况, 亮点) of the openers' list, a token of ours, or other
 * than a name in Chinese (two characters or more, Latin letters and
 * spaces beside them, no digit nor mark: 游戏和AI PC, 专业可视化). */
static int label_says_nothing(const struct job *j, size_t s, size_t e)
{
	const char *t = j->t;
	if (first_tok_at(j, s) < j->ntoks && j->toks[first_tok_at(j, s)].start < e)
		return 1;
	size_t cjk = 0;
	for (size_t i = s; i < e;) {
		unsigned char c = (unsigned char)t[i];
		if (c >= 0xE4 && c <= 0xE9 && i + 3 <= e) {
			cjk++;
			i += 3;
		} else if (isalpha(c) || c == ' ') {
			i++;
		} else {
			return 1;
		}
	}
	if (cjk < 2)
		return 1;
	/* (a section's words: 利润端, 业务情况, 经营分析) */
	static const char *const ends[] = { "端", "方面", "情况", "表现", "概况", "概览", "亮点", "指标", "分析" };
	for (size_t i = 0; i < ARRAY_SIZE(ends); i++) {
		size_t n = strlen(ends[i]);
		if (e >= s + n && !memcmp(t + e - n, ends[i], n))
			return 1;
	}
	int id;
	size_t sp = e;
	while (sp > s && t[sp - 1] != ' ')
		sp--;
	return wordtrie_contains(j->fx->sections, t + sp, e - sp) || wordtrie_contains(j->fx->sections, t + s, e - s) ||
	       wordtrie_match_at(j->fx->cjk_openers, t, e, sp, &id) == e ||
	       wordtrie_match_at(j->fx->cjk_openers, t, e, s, &id) == e;
}

/* Whether the figure at token k is followed by "for" and a name in
 * capitals that is no period nor company ("for Data Centers", "for the
 * Gaming segment"): the part the figure is of. Sets [*ns, *ne) to the
 * name. */
static int for_name_after(const struct job *j, size_t k, size_t sent_end, size_t *ns, size_t *ne)
{
	const char *t = j->t;
	size_t p = j->toks[k].end, e = j->sent_end;
	if (p + 5 > e || strncmp(t + p, " for ", 5))
		return 0;
	p += 5;
	if (p + 4 <= e && !strncmp(t + p, "the ", 4))
		p += 4;
	/* (or a product's name in its own case: "for the iPhone") */
	int camel = p + 1 < e && islower((unsigned char)t[p]) && isupper((unsigned char)t[p + 1]);
	if (p >= e || (!isupper((unsigned char)t[p]) && !camel))
		return 0;
	/* (not a period, "for Fiscal 2024", nor a company: "for Microsoft") */
	if (k + 1 < sent_end && j->toks[k + 1].start <= p && j->toks[k + 1].end > p && j->toks[k + 1].type != T_METRIC)
		return 0;
	size_t q = p;
	while (q < e && (isupper((unsigned char)t[q]) || (q == p && camel))) {
		while (q < e && (isalpha((unsigned char)t[q]) || t[q] == '-'))
			q++;
		if (q + 1 < e && t[q] == ' ' && isupper((unsigned char)t[q + 1]))
			q++;
	}
	*ns = p;
	*ne = q;
	return q > p + 2;
}

/* customer_noun_before() for a name at t[pos] of the sentence being read,
 * the sentence searched once: most hold no such word. */
static size_t sentence_customers(const struct job *j, struct state *st, size_t pos)
{
	if (st->customers_sentence != j->sent_start + 1) {
		st->customers_sentence = j->sent_start + 1;
		st->customers_first = customer_noun_before(j->t, j->sent_start, j->sent_end);
	}
	return st->customers_first != SIZE_MAX && st->customers_first <= pos ?
		       customer_noun_before(j->t, pos > j->sent_start + 120 ? pos - 120 : j->sent_start, pos) :
		       SIZE_MAX;
}

/* Whether the sentence t[s..e) opens on "It" (It recorded, It's). */
static int opens_on_it(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	return e >= s + 3 && (!strncmp(t + s, "It ", 3) || !strncmp(t + s, "It's ", e >= s + 5 ? 5 : 0));
}

/* Whether the sentence t[s..e) ends on a part named in capitals with the
 * word for what it is ("in its More Personal Computing division."):
 * writes the part's name into `why`. */
static int part_named_last(const char *t, size_t s, size_t e, char *why, size_t whylen)
{
	static const char *const kinds[] = { "division", "segment", "unit", "business" };
	while (e > s && (t[e - 1] == '.' || t[e - 1] == ' ' || t[e - 1] == '\n'))
		e--;
	size_t w = e;
	while (w > s && islower((unsigned char)t[w - 1]))
		w--;
	if (w == e || w == s || t[w - 1] != ' ' || !span_in_list(t, w, e, kinds, ARRAY_SIZE(kinds)))
		return 0;
	/* its name: the words in capitals right before */
	size_t ne = w - 1, ns = ne;
	for (size_t at = ne;;) {
		size_t b = at;
		while (b > s && (isalnum((unsigned char)t[b - 1]) || t[b - 1] == '&' || t[b - 1] == '-'))
			b--;
		if (b == at || !isupper((unsigned char)t[b]))
			break;
		ns = b;
		if (b == s || t[b - 1] != ' ')
			break;
		at = b - 1;
	}
	if (ns >= ne)
		return 0;
	snprintf(why, whylen, "%.*s", (int)(ne - ns), t + ns);
	return 1;
}

/* Whether metric `met` is one only a whole company reports: its
 * capital spending, cash flow, earnings per share. */
static int company_only_metric(const struct lexicon *lx, int met)
{
	static const char *const ids[] = { "capex", "free_cash_flow", "operating_cash_flow", "eps" };
	const char *id = lexicon_metric_at(lx, (size_t)met)->id;
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		if (!strcmp(id, ids[i]))
			return 1;
	return 0;
}

static void do_quantity(struct job *j, struct state *st, size_t k, size_t sent_first, size_t sent_end)
{
	const struct lexicon *lx = j->fx->lx;
	const struct tok *tk = &j->toks[k];
	const struct numlex_token *q = qtok(j, tk);
	if (q->kind == NL_NUMBER)
		return;
	j->stage = "attach";
	/* "总收入449 5亿美元", "每股收益30 22美元": a bare number a space
	 * before, one figure whose decimal point (or thousands mark) the page
	 * lost; what it was is not said */
	if (k > 0 && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_NUMBER &&
	    j->toks[k - 1].end + 1 == tk->start && j->t[j->toks[k - 1].end] == ' ' &&
	    isdigit((unsigned char)j->t[tk->start])) {
		add_candidate(j, tk, "a number split by a space (a decimal point or a thousands mark lost)%s", "");
		return;
	}
	if (st->clause_block || capital_raised(j, k) || shares_moved_on(j, k, sent_first)) {
		add_candidate(j, tk, "a share price, valuation, funding, market size, headcount or cash held, not a tracked metric%s", "");
		/* (市场规模达 3300 亿美元，同比增长 22%: the change after it, in
		 * a clause naming no metric, is the same measure's) */
		if (st->clause_block && !st->clause_met_seen) {
			st->met = st->weak_met = -1;
			st->met_unknown = 1;
		}
		return;
	}
	/* "how should we think about the $400 billion RPO?": a question
	 * states no fact, it restates or supposes one */
	if (asks(j->t, j->sent_start, j->sent_end)) {
		add_candidate(j, tk, "said in a question%s", "");
		return;
	}
	/* "large accounts, those generating more than $100,000 in run-rate
	 * revenue": the bar customers are counted by, not a figure of the
	 * company */
	if (q->qualifier == QUAL_AT_LEAST && customer_threshold(j, k, sent_first)) {
		add_candidate(j, tk, "a threshold customers are counted by%s", "");
		return;
	}
	/* $9.6 billion, plus or minus $300 million */
	if (k > sent_first && (cue_of(j, &j->toks[k - 1]) & CUE_TOLERANCE)) {
		add_candidate(j, tk, "a margin around a figure, not a figure%s", "");
		return;
	}
	if (st->clause_implied) {
		add_candidate(j, tk, "implied by other figures, not stated%s", "");
		return;
	}
	/* "$2.31B in revenue ($1.42B Computing, $938M Enterprise)": a
	 * breakdown in brackets, each figure named by the part after it */
	if (bracket_part_figure(j, k, sent_first, sent_end)) {
		add_candidate(j, tk, "a part's figure in a breakdown in brackets, named by the words after it%s", "");
		return;
	}
	/* "beat consensus by 50bp", "missed estimates by 2%": by how much */
	if ((q->kind == NL_PERCENT || q->kind == NL_PP) && word_before(j->t, j->sent_start, tk->start, "by") &&
	    k > sent_first && beat_words_before(j, k, sent_first)) {
		add_candidate(j, tk, "by how much a figure beat or missed expectations, not a figure%s", "");
		return;
	}
	/* "impacted our third quarter revenue and gross margin by about 2
	 * percent and 1 percent respectively": the size of an effect on the
	 * figures, not the figures */
	if (effect_size(j, k, sent_first)) {
		add_candidate(j, tk, "the size of an effect on a figure, not a figure%s", "");
		return;
	}
	/* 高于一致预期约 6%: by how much a figure beat what was expected, no
	 * figure of its own (高于一致预期的 55% is the expected figure) */
	if ((q->kind == NL_PERCENT || q->kind == NL_PP) && beat_margin(j, k, sent_first)) {
		add_candidate(j, tk, "by how much a figure beat or missed expectations, not a figure%s", "");
		return;
	}
	/* "the first time sales have crossed the $6 billion mark": a round
	 * mark passed, not the figure (which the text gives elsewhere, or
	 * not at all) */
	if (the_mark(j->t, j->sent_start, tk->start, tk->end, j->sent_end)) {
		add_candidate(j, tk, "a round mark passed, not a figure%s", "");
		return;
	}
	/* "a print below 74% would be read badly": a line drawn, no figure */
	if ((q->qualifier == QUAL_AT_MOST || q->qualifier == QUAL_AT_LEAST) && drawn_line(j->t, j->sent_start, tk->start, tk->end)) {
		add_candidate(j, tk, "a threshold a figure is held against, not a figure%s", "");
		return;
	}
	if (st->scenario) {
		add_candidate(j, tk, "a scenario's (a bull or bear case), not a forecast%s", "");
		return;
	}
	size_t nq = next_qty(j, k, sent_end);
	/* the cue words on either side, within the clause */
	size_t clause_first = k;
	while (clause_first > sent_first && j->toks[clause_first - 1].clause == tk->clause)
		clause_first--;
	size_t bw = k;
	while (bw > clause_first && !(j->toks[bw - 1].type == T_QTY && qtok(j, &j->toks[bw - 1])->kind != NL_NUMBER))
		bw--;
	/* 15%/16%: a list's later members share the cues of its first */
	if (q->slash_index > 0) {
		size_t k0 = k;
		while (k0 > clause_first && j->toks[k0 - 1].type == T_QTY &&
		       qtok(j, &j->toks[k0 - 1])->slash_group == q->slash_group)
			k0--;
		bw = k0;
		while (bw > clause_first && !(j->toks[bw - 1].type == T_QTY && qtok(j, &j->toks[bw - 1])->kind != NL_NUMBER))
			bw--;
	}
	/* "increased $6.8 billion or 28%": the change in percent after the
	 * change in amount shares its cues */
	int change_of_amount = 0;
	if (q->kind == NL_PERCENT && bw == k && k > clause_first && qtok(j, &j->toks[k - 1])->kind == NL_AMOUNT &&
	    (text_is(j->t, j->toks[k - 1].end, tk->start, " or ") || text_is(j->t, j->toks[k - 1].end, tk->start, ", or "))) {
		change_of_amount = 1;
		bw = k - 1;
		while (bw > clause_first && !(j->toks[bw - 1].type == T_QTY && qtok(j, &j->toks[bw - 1])->kind != NL_NUMBER))
			bw--;
	}
	unsigned before = 0, after = 0;
	unsigned nearest = 0;
	for (size_t i = bw; i < k; i++)
		if (j->toks[i].type != T_QTY) {
			unsigned c = cue_of(j, &j->toks[i]);
			/* "Revenues from Value-added Services were RMB95.9 billion":
			 * a from that names a source, not a base */
			if ((c & CUE_FROM) && !from_governs(j, i, k))
				c &= ~(unsigned)CUE_FROM;
			/* "above the $1.62 Zacks consensus and better than the
			 * $1.72": that consensus is the figure's before */
			if (i == bw && consensus_of_figure_before(j, i))
				c &= ~(unsigned)(CUE_ESTIMATE | CUE_CONSENSUS);
			/* "beat forecasts with a 57% jump": the forecasts beaten,
			 * and the verb that beat them, say nothing of the figure */
			if ((c & CUE_ESTIMATE) && !(c & CUE_CONSENSUS) && expectation_beaten(j, i, sent_end)) {
				c &= ~(unsigned)(CUE_ESTIMATE | CUE_GUIDANCE | CUE_COMPARE);
				before &= ~(unsigned)CUE_COMPARE;
			}
			/* "down from 38.1% a year earlier but up from 32.9% in the
			 * second quarter": a year earlier right after a figure is
			 * that figure's */
			if (i > 0 && i == bw && j->toks[i - 1].type == T_QTY && only_spaces(j->t, j->toks[i - 1].end, j->toks[i].start))
				c &= ~(unsigned)CUE_PRIOR;
			/* "up 325% from a year earlier and compared with $523
			 * billion at the end of the second quarter": a word of
			 * comparing after "a year earlier" starts what this figure
			 * is compared with; the year earlier was the change's */
			if ((c & CUE_COMPARE) && !(c & CUE_PRIOR))
				before &= ~(unsigned)CUE_PRIOR;
			before |= c;
			/* "Revenue missed estimates but rose 27.2%": what the
			 * result was held against is behind a verb joined after
			 * it, which says the figure's own */
			if (expectation_joined(j, i, k, before))
				before = 0;
		}
	/* "较上季度末的 4800 亿美元增长约 9%": the base the comparison owns says
	 * what the change after it is against */
	unsigned base_marks = 0;
	if (!(before & (CUE_YOY | CUE_QOQ)) && bw > sent_first + 1 && j->toks[bw - 1].type == T_QTY &&
	    owned_by_comparison(j, bw - 1, sent_first)) {
		base_marks = cue_of(j, &j->toks[bw - 2]) & (CUE_YOY | CUE_QOQ);
		before |= base_marks;
	}
	/* "Capex of $12.0bn against operating cash flow of about $2.0bn": a
	 * metric named after the word of comparing is what the figure is of,
	 * not the measure compared with */
	if (before & CUE_COMPARE)
		for (size_t i = k; i > bw && j->toks[i - 1].type != T_QTY; i--) {
			if (cue_of(j, &j->toks[i - 1]) & CUE_COMPARE)
				break;
			if (j->toks[i - 1].type == T_METRIC && st->last.valid &&
			    j->lm[j->toks[i - 1].idx].index != st->last.met) {
				before &= ~(unsigned)CUE_COMPARE;
				break;
			}
		}
	/* "Sequentially, revenue grew 9%", "环比来看，": a sentence that opens
	 * on a clause of change words alone says them of its figures */
	unsigned opening_marks = 0;
	if (!(before & (CUE_YOY | CUE_QOQ)) && clause_first > sent_first && j->toks[sent_first].clause == 0 &&
	    tk->clause > 0) {
		unsigned open = 0;
		size_t i = sent_first;
		for (; i < clause_first && j->toks[i].clause == 0 && j->toks[i].type == T_CUE; i++)
			open |= cue_of(j, &j->toks[i]);
		if (i < clause_first && j->toks[i].clause == 0)
			open = 0; /* the opening clause holds more than change words */
		if ((open & (CUE_YOY | CUE_QOQ)) && (open & (CUE_YOY | CUE_QOQ)) != (CUE_YOY | CUE_QOQ)) {
			opening_marks = open & (CUE_YOY | CUE_QOQ);
			before |= opening_marks;
		}
	}
	if (k > clause_first)
		nearest = cue_of(j, &j->toks[k - 1]);
	/* "year-over-year growth of approximately 25% and sequential growth of
	 * approximately 4%": a figure that has its kind before it leaves the
	 * kind words between it and the next figure of its clause to that one */
	int next_in_clause = nq < sent_end && j->toks[nq].clause == tk->clause;
	/* (a kind said right after the figure before is that one's: "12.6%
	 * YoY and 6.5% QoQ to $143.08 billion") */
	int kind_before = 0;
	for (size_t i = k; i > sent_first && j->toks[i - 1].clause == tk->clause && j->toks[i - 1].type != T_QTY; i--)
		if ((cue_of(j, &j->toks[i - 1]) & (CUE_YOY | CUE_QOQ)) &&
		    !(i - 1 > sent_first && j->toks[i - 2].type == T_QTY &&
		      only_spaces(j->t, j->toks[i - 2].end, j->toks[i - 1].start)))
			kind_before = 1;
	int compared_after = 0;
	for (size_t i = k + 1; i < nq; i++) {
		if (j->toks[i].clause != tk->clause)
			break;
		/* "25% year-over-year and sequential growth of 4%": past an "and"
		 * the words are the next figure's */
		if (next_in_clause && i > k + 1 && text_has(j->t, j->toks[i - 1].end, j->toks[i].start, " and "))
			break;
		/* "62%的同比增速终结了此前的增速下滑": a trend the figure
		 * ended, reversed or broke is not the figure's direction */
		if (ends_trend_between(j->t, tk->end, j->toks[i].start))
			break;
		unsigned c = cue_of(j, &j->toks[i]);
		/* a cue right before the next number is that number's ("compared
		 * with last year's $10.4 billion": its time too) */
		/* (not past an "and": "an 18% increase from the prior quarter
		 * and a 38% rise year-over-year") */
		if (i + 1 == nq && next_in_clause && !text_has(j->t, j->toks[i].end, j->toks[nq].start, " and "))
			c &= ~(unsigned)(CUE_YOY | CUE_QOQ | CUE_UP | CUE_DOWN);
		if (i + 1 == nq && next_in_clause && only_spaces(j->t, j->toks[i].end, j->toks[nq].start))
			c &= ~(unsigned)CUE_PRIOR;
		/* ("up 27.5% from last year's level": for a change, the words
		 * say its kind; the base they name is no figure's here) */
		if ((c & CUE_YOY) && (c & CUE_PRIOR) && q->kind != NL_AMOUNT && q->kind != NL_COUNT)
			c &= ~(unsigned)(CUE_PRIOR | CUE_FROM);
		/* "sales doubled to $1.9 billion compared to last year's
		 * figure": an amount compared with a time before is of its own */
		if (compared_after && (q->kind == NL_AMOUNT || q->kind == NL_COUNT))
			c &= ~(unsigned)CUE_PRIOR;
		compared_after |= (c & CUE_COMPARE) != 0;
		if (next_in_clause && kind_before)
			c &= ~(unsigned)(CUE_YOY | CUE_QOQ);
		after |= c;
	}
	/* "a 19% increase compared to last year and an 11% increase from the
	 * prior quarter": a comparison said after the figure before, past an
	 * "and", is that figure's, when this one says its own kind */
	if ((before & CUE_COMPARE) && (after & (CUE_YOY | CUE_QOQ)) && bw > clause_first && j->toks[bw - 1].type == T_QTY) {
		size_t ci = k;
		while (ci > bw && !(cue_of(j, &j->toks[ci - 1]) & CUE_COMPARE))
			ci--;
		if (ci > bw && has_word(j->t + j->toks[ci - 1].end, tk->start - j->toks[ci - 1].end, "and"))
			before &= ~(unsigned)(CUE_COMPARE | CUE_PRIOR | CUE_YOY | CUE_QOQ);
	}
	/* "revenue of $7.7 billion and EPS of $1.09 a year ago": the time a
	 * list closes on is each of its figures' (its period: below) */
	size_t list_end = q->kind == NL_AMOUNT || q->kind == NL_PERCENT ? list_close(j, k, sent_end) : SIZE_MAX;
	if (list_end != SIZE_MAX && j->toks[list_end].type == T_CUE)
		after |= cue_of(j, &j->toks[list_end]) & CUE_PRIOR;
	/* "$24.67 billion, or $3.30 per share, a year earlier": an amount and
	 * its per-share aside take the time said after the aside */
	if (q->kind == NL_AMOUNT) {
		size_t aside = SIZE_MAX;
		if (nq < sent_end && per_share_beside(j, k, nq))
			aside = nq;
		else if (k > sent_first && j->toks[k - 1].type == T_QTY && per_share_beside(j, k - 1, k))
			aside = k;
		else if (k > sent_first + 1 && j->toks[k - 1].type == T_METRIC && per_share_beside(j, k - 2, k))
			aside = k;
		/* (not the words that lead to the next figure: "$1.46 billion,
		 * or $2.31 a share, greatly exceeding last year's $950
		 * million") */
		size_t run = aside + 1;
		while (aside != SIZE_MAX && run < sent_end && j->toks[run].type == T_CUE)
			run++;
		int leads_on = run < sent_end && j->toks[run].type == T_QTY && run > aside + 1 &&
			       only_spaces(j->t, j->toks[run - 1].end, j->toks[run].start);
		for (size_t i = aside + 1; aside != SIZE_MAX && !leads_on && i < run; i++)
			after |= cue_of(j, &j->toks[i]) & CUE_PRIOR;
		/* "last year's $950 million, or $1.53 a share": the aside
		 * takes the time said right before its amount */
		if (aside == k && k >= sent_first + 2 && j->toks[k - 2].type == T_CUE &&
		    only_spaces(j->t, j->toks[k - 2].end, j->toks[k - 1].start))
			before |= cue_of(j, &j->toks[k - 2]) & CUE_PRIOR;
	}
	/* up 74%, 83% and 51% y/y: the members of a run of figures joined by
	 * list marks share the cues said before its first and after its last */
	if (q->kind == NL_PERCENT || q->kind == NL_PP) {
		size_t a, b;
		figure_run(j, k, sent_first, sent_end, &a, &b);
		if (b > a) {
			for (size_t i = a; i > sent_first && j->toks[i - 1].clause == j->toks[a].clause &&
					   j->toks[i - 1].type != T_QTY; i--)
				before |= cue_of(j, &j->toks[i - 1]) & (CUE_YOY | CUE_QOQ | CUE_UP | CUE_DOWN | CUE_GROWTH);
			for (size_t i = b + 1; i < sent_end && j->toks[i].clause == j->toks[b].clause &&
					       j->toks[i].type != T_QTY; i++)
				after |= cue_of(j, &j->toks[i]) & (CUE_YOY | CUE_QOQ);
		}
		/* "down 24% YoY and 32% QoQ": each member with its own kind word
		 * still shares the direction said before the first */
		if (a == k && k >= sent_first + 2 && j->toks[k - 1].type == T_CUE && j->toks[k - 2].type == T_QTY &&
		    qtok(j, &j->toks[k - 2])->kind == q->kind &&
		    !(cue_of(j, &j->toks[k - 1]) & ~(unsigned)(CUE_YOY | CUE_QOQ)) &&
		    is_connector(j->t, j->toks[k - 1].end, tk->start) && !(before & (CUE_UP | CUE_DOWN))) {
			size_t f = k - 2;
			for (size_t i = f; i > sent_first && j->toks[i - 1].clause == j->toks[f].clause &&
					   j->toks[i - 1].type != T_QTY; i--)
				before |= cue_of(j, &j->toks[i - 1]) & (CUE_UP | CUE_DOWN | CUE_GROWTH);
		}
	}
	/* 37%（固定汇率）, 40% (in constant currency): the parenthesis right
	 * after the number qualifies it, though it opens a new clause */
	if (k + 1 < sent_end && (cue_of(j, &j->toks[k + 1]) & CUE_CC) &&
	    text_has(j->t, tk->end, j->toks[k + 1].start, "(") && j->toks[k + 1].start - tk->end <= 8) {
		/* but 40%（固定汇率 +39%）, 16%（按固定汇率计算增长15%）: a figure
		 * inside the bracket is the one it qualifies */
		size_t n = k + 2;
		while (n < sent_end && j->toks[n].type == T_CUE)
			n++;
		if (!(n < sent_end && j->toks[n].type == T_QTY && !text_has(j->t, j->toks[k + 1].end, j->toks[n].start, ")")))
			after |= CUE_CC;
	}
	/* "on a like-for-like basis would have grown 15%", "In constant
	 * currency, revenue grew 13%": a variant of the reported figure */
	if ((after | before) & CUE_CC) {
		add_candidate(j, tk, "constant-currency or like-for-like figure%s", "");
		st->variant_at = (int)k;
		return;
	}
	/* "revenues excluding TAC at the level of $73.203 billion (this means
	 * YoY +17.9%)": the changes an aside gives of a variant are the
	 * variant's */
	if (st->variant_at >= 0 && (size_t)st->variant_at < k && q->kind != NL_AMOUNT &&
	    in_brackets(j->t, j->toks[st->variant_at].end, tk->start)) {
		int named = 0;
		for (size_t i = (size_t)st->variant_at + 1; i < k && !named; i++)
			named = j->toks[i].type == T_METRIC || j->toks[i].type == T_ENTITY;
		if (!named) {
			add_candidate(j, tk, "a change of a constant-currency or like-for-like figure%s", "");
			return;
		}
	}
	/* RMB 24.6 billion (US$3.4 billion): a translation of the same figure;
	 * "$US94.04 billion ($146b)", an Australian paper's: the bracket holds
	 * nothing but the amount, in whatever dollars */
	size_t close_at = tk->end;
	while (close_at < j->sent_end && j->t[close_at] == ' ')
		close_at++;
	if (k > 0 && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_AMOUNT &&
	    q->kind == NL_AMOUNT &&
	    (strcmp(qtok(j, &j->toks[k - 1])->unit, q->unit) ||
	     (text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "(") && close_at < j->sent_end && j->t[close_at] == ')')) &&
	    text_has(j->t, j->toks[k - 1].end, tk->start, "(")) {
		add_candidate(j, tk, "a currency translation of the figure before it%s", "");
		return;
	}
	/* "earnings of $8.21 per share": earnings per share, said apart */
	size_t since = k > sent_first && j->toks[k - 1].type == T_QTY ? j->toks[k - 1].end : j->sent_start;
	int eps_apart = q->kind == NL_AMOUNT &&
			words_after(j->t, tk->end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words)) &&
			(text_has(j->t, since, tk->start, "earnings") || text_has(j->t, since, tk->start, "Earnings") ||
			 text_has(j->t, since, tk->start, "profit") || text_has(j->t, since, tk->start, "net income"));
	/* "revenue and net income rose 73% and 94%, respectively" */
	int list_sign = 1, list_adjusted = 0;
	int list_met = st->nlist >= 2 ? -1 : metric_of_list(j, k, sent_first, sent_end, &list_sign, &list_adjusted);
	if (list_met == -2) {
		add_candidate(j, tk, "follows figures paired with a list of metrics: which of them it is, is not said%s", "");
		return;
	}
	if (list_met >= 0)
		st->met_adjusted = list_adjusted || st->opens_adjusted;
	/* (营业额按年及按季分别增长38.65%及11.26%: the second figure is the
	 * same measure's other change) */
	unsigned kind_paired = q->kind == NL_PERCENT || q->kind == NL_PP ? paired_kind(j, k, sent_first, sent_end) : 0;
	/* "lost $3.8 billion, largely due to a $7.6 billion loss on its
	 * Rivian stake": what explains the figure, no figure of the period */
	if (verb_range_end(j->t, j->sent_start, tk->start, tk->end, j->sent_end)) {
		add_candidate(j, tk, "one end of a range said with a change word at each end%s", "");
		return;
	}
	if (q->kind == NL_AMOUNT && cause_before(j->t, j->sent_start, tk->start)) {
		add_candidate(j, tk, "the cause of a figure, not a figure of its own%s", "");
		return;
	}
	/* (a profit's margin said as its share of revenue: the metric the
	 * percentage gives, below) */
	int margin_said = q->kind == NL_PERCENT ? margin_of_profit_said(j, k, sent_first) : -1;
	int unknown = eps_apart || list_met >= 0 || kind_paired || cjk_per_share_aside(j, k, sent_first) || margin_said >= 0 ?
			      0 :
			      unknown_measure(j, k, sent_first);
	/* "free cash flow less principal repayments of finance leases":
	 * the measure less something, another measure */
	for (size_t i = k; !unknown && i > sent_first && j->toks[i - 1].clause == tk->clause; i--)
		if (j->toks[i - 1].type == T_METRIC) {
			size_t a = j->toks[i - 1].end;
			unknown = (a + 6 <= tk->start && !strncmp(j->t + a, " less ", 6)) ||
				  (a + 7 <= tk->start && !strncmp(j->t + a, " minus ", 7));
			break;
		}
	if (!unknown && !eps_apart && list_met < 0 && (q->kind == NL_PERCENT || q->kind == NL_MULTIPLE || q->change_word) &&
	    counted_subject(j, k))
		unknown = 1;
	if (unknown && !(q->kind == NL_PERCENT && share_of_market(j, tk))) {
		add_candidate(j, tk, "measures something not in the lexicon%s", "");
		/* 本公司权益持有人应占盈利为 1,101 亿元，同比增长 17%: the change
		 * after it is of that measure, not of one an earlier sentence named;
		 * "and Apollo Go provided 3.1 million rides, up 212%": nor of one
		 * this sentence named before the count */
		/* (营收成本为 92.06 亿美元，去年同期为 73.75 亿美元: the metric's
		 * word right before was a modifier of the measure, whose the
		 * figures after are too) */
		/* (…经营利润692.5亿元,同比增长18%;…归属盈利为人民币556亿元,同比增长17%:
		 * nor after a semicolon, a statement of its own) */
		/* (a semicolon may also end the sentence the walk reads) */
		size_t prev_fig = k;
		while (prev_fig > 0 && j->toks[prev_fig - 1].type != T_QTY)
			prev_fig--;
		size_t stmt_from = prev_fig > 0 ? j->toks[prev_fig - 1].end : tk->start;
		int own_statement = memchr(j->t + stmt_from, ';', tk->start - stmt_from) != NULL;
		if (!st->sentence_met_seen || unknown == 2 || own_statement ||
		    (k > sent_first && j->toks[k - 1].type == T_METRIC && j->toks[k - 1].clause == tk->clause &&
		     (text_has(j->t, j->toks[k - 1].end, tk->start, "成本") || text_has(j->t, j->toks[k - 1].end, tk->start, "费用")))) {
			st->met = st->weak_met = -1;
			st->met_unknown = 1;
		}
		/* (and a change said after the count is the count's) */
		if (unknown == 2 || own_statement)
			st->last.valid = st->before_last.valid = 0;
		return;
	}

	int ent = st->ent, met = st->met, met_sign = st->met_sign, per = st->per;
	/* "资本开支 314.3 亿元；上半年累计 701.1 亿元，过去四个季度合计超过 1200
	 * 亿元。自由现金流净流出 218.4 亿元": a half, a year to date or a
	 * trailing year said in an earlier sentence after the quarter may be
	 * that sentence's aside or what the text goes on about: which, is not
	 * said */
	if (per >= 0 && per < st->sentence_pers && following_period_unknown(j, k, sent_end) &&
	    (j->pers[per].expr.rel == PREL_TTM || j->pers[per].expr.type == PERIOD_HALF ||
	     j->pers[per].expr.type == PERIOD_YTD)) {
		int before_it = j->pers[per].prev;
		for (int depth = 0; before_it >= 0 && j->pers[before_it].expr.type != PERIOD_QUARTER; depth++)
			before_it = depth < 64 ? j->pers[before_it].prev : -1;
		if (before_it >= 0) {
			add_candidate(j, tk, "its period, from an earlier sentence, is a sum said after the quarter: "
					     "which of the two is not said%s", "");
			return;
		}
	}
	int blocked = st->blocked;
	/* (剔除已出售业务同口径增长15%)，略低于一致预期的2519亿元: a part named
	 * in brackets is left behind when they close */
	if (blocked && aside_closed(j->t, j->sent_start, st->block_pos, tk->start))
		blocked = 0;
	/* "$19.4 billion at Meta and $24 billion at Alphabet": a company
	 * named by at right after a figure is the figure's. By for it may be
	 * the figure's or a customer's ("RPO of $455 billion, $300 billion for
	 * OpenAI"): unless it is the subject already, the figure is left out */
	if (k + 1 < sent_end && j->toks[k + 1].type == T_ENTITY && j->toks[k + 1].clause == tk->clause &&
	    only_spaces_words(j->t, tk->end, j->toks[k + 1].start)) {
		int owner = j->lm[j->toks[k + 1].idx].index;
		if (word_before(j->t, tk->end, j->toks[k + 1].start, "at")) {
			ent = owner;
		} else if (word_before(j->t, tk->end, j->toks[k + 1].start, "for") &&
			   (ent < 0 || lexicon_root(j->fx->lx, owner) != lexicon_root(j->fx->lx, ent))) {
			add_candidate(j, tk, "a company named after it by for: its own or a customer's%s", "");
			return;
		}
	}
	/* "the 34% jump in revenue at Google Cloud", "the 40% growth posted
	 * by Microsoft's Azure": the company named after the figure's own
	 * words, by at or by, is the figure's */
	int owned_after = 0;
	/* "followed by Microsoft at 20% and Google at 13%": a company set
	 * right before its figure by at */
	if (k > sent_first && j->toks[k - 1].type == T_ENTITY && text_is(j->t, j->toks[k - 1].end, tk->start, " at ")) {
		ent = j->lm[j->toks[k - 1].idx].index;
		owned_after = 1;
	} else if (!(k + 1 < sent_end && j->toks[k + 1].type == T_ENTITY) ||
		   word_before(j->t, tk->end, j->toks[k + 1].start, "by")) {
		/* "the 39% posted by Microsoft's Azure" */
		int owner = owner_after(j, k, nq);
		if (owner >= 0) {
			ent = owner;
			owned_after = 1;
		}
	}
	/* what the clause names after the number, when it named none before,
	 * or right after it ("a 5.7% increase in revenue and an 11.8%
	 * increase in net income": each change names its own) */
	int met_after = 0;
	int annual_after = 0; /* and said as a year's: 1120亿美元年销售额 */
	if (!st->clause_met_seen || change_in_metric(j, k, nq)) {
		for (size_t i = k + 1; i < nq && j->toks[i].clause == tk->clause; i++) {
			/* "Azure grew 40% and Google Cloud's backlog reached":
			 * a company named as a new subject says its own metric */
			if (j->toks[i].type == T_ENTITY && !after_preposition(j->t, j->toks[i - 1].end, j->toks[i].start))
				break;
			/* "AWS grew 20% and its backlog hit $200 billion": and a
			 * new subject said by its own */
			/* "earnings surged 37% as sales rose 28%": nor past a
			 * clause of its own opened by as or while */
			if (j->toks[i].type == T_METRIC && (text_has(j->t, tk->end, j->toks[i].start, " and its ") ||
							    text_has(j->t, tk->end, j->toks[i].start, " and their ") ||
							    text_has(j->t, tk->end, j->toks[i].start, " and the ") ||
							    text_is(j->t, tk->end, j->toks[i].start, " as ") ||
							    text_is(j->t, tk->end, j->toks[i].start, " while ")))
				break;
			/* "a 112% rise over the year-ago quarter on the back of
			 * higher revenue": nor into what it is put down to */
			if (j->toks[i].type == T_METRIC && said_as_cause(j->t, tk->end, j->toks[i].start))
				break;
			/* ("earnings per share (EPS) of $1.40 on revenues of $35.0
			 * billion": a figure on another measure's figure is not of
			 * that measure; "spent $24 billion on capital
			 * expenditures" is) */
			if (j->toks[i].type == T_METRIC && tk->end + 4 <= j->toks[i].start &&
			    !strncmp(j->t + tk->end, " on ", 4) && i + 1 < j->ntoks && j->toks[i + 1].type == T_QTY &&
			    j->toks[i + 1].start < j->sent_end)
				break;
			if (j->toks[i].type == T_METRIC) {
				met = j->lm[j->toks[i].idx].index;
				met_sign = j->lm[j->toks[i].idx].sign;
				met_after = 1;
				annual_after = annual_metric(j, i, k + 1);
				/* $500 billion in Blackwell and Rubin revenue: a part's */
				char why[64] = "";
				size_t gs = j->toks[i - 1].end, through, name_at;
				blocked = names_a_part(j, gs, j->toks[i].start, 0, why, sizeof(why)) ||
					  part_after_metric(j, i, sent_end, why, sizeof(why), &through, &name_at);
				if (blocked)
					copy_str(st->block_reason, sizeof(st->block_reason), why);
				/* the part named right after the company holds */
				else if (st->blocked && st->block_named && st->block_clause == tk->clause)
					blocked = 1;
				/* "The Data Center segment achieved $4.3 billion in
				 * revenue": the segment's words and the metric after the
				 * figure name one metric together, or the figure is the
				 * segment's */
				else if (st->blocked && st->seg_words_e > st->seg_words_s && st->block_clause == tk->clause) {
					int seg_met = label_metric(j, st->seg_words_s, st->seg_words_e, &j->toks[i]);
					if (seg_met >= 0)
						met = seg_met;
					else
						blocked = 1;
				}
				break;
			}
		}
	}
	/* "expects to spend about $125 billion on capital expenditures": what
	 * is spent on is the figure's metric, spending the verb's */
	if (q->kind == NL_AMOUNT && !met_after && k + 1 < nq && j->toks[k + 1].type == T_METRIC &&
	    j->toks[k + 1].clause == tk->clause) {
		static const char *const on[] = { " on ", " on the ", " on its ", " in ", " in the " };
		const struct tok *mt = &j->toks[k + 1];
		for (size_t w = 0; w < ARRAY_SIZE(on); w++)
			if (text_is(j->t, tk->end, mt->start, on[w]) && met >= 0 &&
			    !strcmp(lexicon_metric_at(lx, (size_t)met)->id, "spending")) {
				met = j->lm[mt->idx].index;
				met_sign = j->lm[mt->idx].sign;
				break;
			}
	}
	if (list_met >= 0) {
		met = list_met;
		met_sign = list_sign;
		met_after = 1;
	}
	/* "$1.95 per diluted share": an amount per share is earnings per share,
	 * whatever the sentence's metric */
	int per_share = -1;
	if (q->kind == NL_AMOUNT && (words_after(j->t, tk->end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words)) ||
				     cjk_per_share_aside(j, k, sent_first) ||
				     (k > sent_first && per_share_list(j, k - 1, k)) || per_share_compared(j, k, sent_end) ||
				     per_share_before(j, k, sent_first))) {
		/* "a charge of $3.1 billion, or $0.41 per share", "impacted by
		 * $3.1 billion, or $0.41 per share": the aside of an amount that
		 * is no earnings (something we do not track, or a difference)
		 * is that amount per share */
		/* ("a pre-tax gain of $2.7 billion, worth about $0.75 per
		 * share": what something is worth a share is no earnings) */
		static const char *const worth[] = { "worth", "worth about", "worth roughly", "worth approximately",
						     "worth around" };
		int worth_a_share = 0;
		for (size_t w = 0; w < ARRAY_SIZE(worth) && !worth_a_share; w++)
			worth_a_share = word_before(j->t, j->sent_start, tk->start, worth[w]);
		if (worth_a_share) {
			add_candidate(j, tk, "the amount per share of a figure that is no earnings%s", "");
			return;
		}
		if (share_price_at(j, k, sent_first)) {
			add_candidate(j, tk, "a share price, not earnings%s", "");
			return;
		}
		if (k > sent_first && per_share_beside(j, k - 1, k)) {
			size_t bs = k - 1 > sent_first ? j->toks[k - 2].end : j->sent_start;
			if (met < 0 || st->met_unknown || word_before(j->t, bs, j->toks[k - 1].start, "by")) {
				add_candidate(j, tk, "the amount per share of a figure that is no earnings%s", "");
				return;
			}
		}
		per_share = lexicon_find_metric(j->fx->lx, "eps");
		if (per_share >= 0) {
			/* "a net loss of 885 million yuan, or 2.87 yuan per ADS":
			 * a loss per share */
			/* ("loss per share was $0.56 per share": the loss a share
			 * the clause named) */
			int loss = met_sign < 0 && met >= 0 &&
				   (met == per_share || (k > sent_first && per_share_beside(j, k - 1, k)));
			met = per_share;
			met_sign = loss ? -1 : 1;
			met_after = 1;
		}
	}
	/* "earnings are projected to rise 0.37% to $21.37 per share": a change
	 * to an amount per share, its clause naming no metric, is of the
	 * earnings per share */
	if (q->kind == NL_PERCENT && !st->clause_met_seen && !met_after) {
		size_t x = k + 1;
		while (x < sent_end && j->toks[x].type == T_CUE && (cue_of(j, &j->toks[x]) & CUE_TO))
			x++;
		if (x > k + 1 && x < sent_end && j->toks[x].type == T_QTY && qtok(j, &j->toks[x])->kind == NL_AMOUNT &&
		    words_after(j->t, j->toks[x].end, j->sent_end, per_share_words, ARRAY_SIZE(per_share_words))) {
			int eps = lexicon_find_metric(j->fx->lx, "eps");
			if (eps >= 0) {
				met = eps;
				met_sign = 1;
				met_after = 1;
			}
		}
	}
	/* an amount in a sentence that names neither its company nor its
	 * metric ("We returned $12.7 billion to shareholders", "operating
	 * expenses are expected to be $6.7 billion" after a sentence on
	 * revenue): what it measures is not said */
	/* "同比增长 34%，较上一季度的 26% 进一步加速": the percentage of the
	 * period compared with (its growth then), not a change against it */
	/* (or "较上一季度 26% 的增速": the growth named after it) */
	/* (增速比上一季度（FY26Q1）的 26%: a period after 比, named again in
	 * brackets) */
	int bracketed_base = k > sent_first + 2 && j->toks[k - 1].type == T_PERIOD && j->toks[k - 2].type == T_PERIOD &&
			     in_brackets(j->t, j->toks[k - 2].end, j->toks[k - 1].start) &&
			     (text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ")的") ||
			      text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "）的"));
	if (q->kind == NL_PERCENT && st->last.valid && strcmp(st->last.kind, "level") && k > sent_first + 1 &&
	    (text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "的") || bracketed_base ||
	     (only_spaces(j->t, j->toks[k - 1].end, tk->start) && growth_named_after(j->t, tk->end, j->sent_end))) &&
	    ((j->toks[k - 1].type == T_PERIOD && j->toks[k - 2].type == T_CUE && (cue_of(j, &j->toks[k - 2]) & CUE_COMPARE)) ||
	     (j->toks[k - 1].type == T_PERIOD && base_of_change(j, bracketed_base ? k - 2 : k - 1, sent_first)) ||
	     (j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & (CUE_QOQ | CUE_YOY | CUE_PRIOR)) &&
	      opens_on_compare(j, &j->toks[k - 1])))) {
		/* the growth of the period before, of the kind just given:
		 * its own fact when that period is the quarter before or one
		 * named */
		const struct tok *b = &j->toks[k - 1];
		struct period_expr x = { 0 };
		int known = 0;
		if (b->type == T_PERIOD) {
			x = period_of_tok(j, k - 1, sent_first);
			known = 1;
		} else if (cue_of(j, b) & CUE_QOQ) {
			x.type = st->last.period.type;
			x.rel = PREL_PREV;
			known = 1;
		}
		struct period base;
		const struct fiscal_calendar *cal = &lexicon_entity_at(lx, (size_t)st->last.ent)->calendar;
		if (known && st->last.ent >= 0 && st->last.met >= 0 && !strcmp(st->last.unit, "%") &&
		    period_resolve(&x, cal, &st->last.period, j->ref, 0, &base) == 0 &&
		    date_cmp(base.end, st->last.period.end) < 0) {
			period_label(&base, cal);
			emit(j, st, tk->start, tk->end, st->last.ent, st->last.met, &base, st->last.kind, q->value, 0, 0, "%",
			     q->qualifier, BASIS_ACTUAL, q->resolution);
			return;
		}
		add_candidate(j, tk, "the figure of the period compared with, not a change against it%s", "");
		return;
	}
	/* "over the prior quarter's $41.1 billion", 由 2024 年 5 月的 9.7 万亿:
	 * a period that owns the figure is its own, even when it is also the
	 * base of a change before it (a multiple is of the period it names,
	 * below; a percentage after 的, above) */
	int owns = k > sent_first ? period_owns(j, k - 1) : 0;
	int period_owner = -1;
	if (owns == 1 || (owns == 2 && q->kind != NL_PERCENT && q->kind != NL_MULTIPLE))
		period_owner = j->toks[k - 1].idx;
	/* "It grew 66% from a year ago, when it was $30.8 billion": the earlier
	 * level of what the pronoun stands for, as its change is */
	int prior_of_pronoun = ((before & (CUE_PRIOR | CUE_FROM)) || period_owner >= 0) &&
			       opens_on_pronoun(j->t, j->sent_start, tk->start);
	/* "Revenue rose 28% to $19.2 billion. Analysts on average had expected
	 * $18.9 billion.": a sentence of analysts' expectations that names
	 * nothing else gives the consensus of the figure said just before */
	const struct last_fact *sb = &st->sentence_before, *consensus_of = NULL;
	if (!met_after && !st->sentence_met_seen && !st->ent_named && ent == st->ent && ent >= 0 && sb->valid &&
	    sb->ent == ent && sb->met >= 0 && !strcmp(sb->kind, "level") && st->consensus_sentence && !(before & CUE_COMPARE) &&
	    same_unit_kind(q, sb) &&
	    figures_in(j, sent_first, sent_end) == 1) {
		met = sb->met;
		met_sign = 1;
		met_after = 1;
		consensus_of = sb;
		/* "... to $16.06 billion, compared with $14.06 billion a year
		 * earlier. Analysts had expected $16.21 billion": the figure
		 * expected is the quarter's, not the year-ago one said last */
		const struct last_fact *bl = &st->before_latest;
		if (bl->valid && bl->ent == sb->ent && bl->met == sb->met && date_cmp(bl->period.end, sb->period.end) > 0)
			consensus_of = bl;
	}
	/* "营收296.47亿元,同比降低5%,预估294.1亿元": what was expected,
	 * said right after the sentence's level in a clause naming no measure
	 * and no period of its own, is the expectation of that level */
	const struct last_fact *said = &st->sentence_latest;
	if (!consensus_of && !met_after && !st->clause_met_seen && !st->clause_per_seen && said->valid && said->met >= 0 &&
	    said->qend >= j->sent_start && said->qend <= tk->start && !strcmp(said->kind, "level") &&
	    same_unit_kind(q, said) &&
	    expectation_right_before(j, k, sent_first)) {
		take_measure_of(said, &ent, &met, &met_sign, &met_after);
		consensus_of = said;
	}
	/* "Alphabet's 3Q25 capex was $24.0bn. The FY25 guide was raised to
	 * $91-93bn": a guide said of nothing else is of the measure the
	 * paragraph's figure before it was */
	const struct last_fact *pl = &st->para_level;
	if (!met_after && !st->sentence_met_seen && ent >= 0 && pl->valid && pl->met >= 0 &&
	    lexicon_root(lx, pl->ent) == lexicon_root(lx, ent) && !strcmp(pl->kind, "level") &&
	    same_unit_kind(q, pl) &&
	    guide_before(j, sent_first, k))
		take_measure_of(pl, &ent, &met, &met_sign, &met_after);
	/* "Cursor's ARR passed $2 billion in February. It crossed $1 billion
	 * in November.": "it" reaching a figure is the measure just given */
	/* ("By December 2024 it was about 1 billion", after "87 million
	 * dollars": a scaled number is in the currency of the figure it goes
	 * on from) */
	const char *unit_before = NULL;
	if (!met_after && !st->sentence_met_seen && !st->ent_named && ent == st->ent && ent >= 0 && sb->valid &&
	    sb->ent == ent && sb->met >= 0 && !strcmp(sb->kind, "level") &&
	    (q->kind == NL_AMOUNT || (q->kind == NL_COUNT && q->scaled && strcmp(sb->unit, "count"))) &&
	    strcmp(sb->unit, "%") && !(before & CUE_COMPARE) && it_reached(j->t, j->sent_start, tk->end) &&
	    figures_in(j, sent_first, sent_end) == 1) {
		met = sb->met;
		met_sign = 1;
		met_after = 1;
		if (q->kind == NL_COUNT)
			unit_before = sb->unit;
	}
	if (!met_after && !st->sentence_met_seen && !st->ent_named && ent == st->ent && !(before & CUE_COMPARE) &&
	    !prior_of_pronoun && !(met >= 0 && opens_on_the_metric(j->t, j->sent_start, j->sent_end)) &&
	    !(st->met_from_lead && met == st->met) &&
	    (q->kind == NL_AMOUNT || q->kind == NL_COUNT ||
	     /* "tax rates are expected to be 17%" after a sentence on margins */
	     (q->kind == NL_PERCENT && !((before | after) & (CUE_UP | CUE_DOWN | CUE_YOY | CUE_QOQ | CUE_GROWTH))))) {
		add_candidate(j, tk, "its sentence names no metric and no company%s", "");
		/* "Income from operations was RMB5,365 million, a decrease of
		 * 85%": the change is of that unnamed measure too (not after
		 * "It grew 66% ..., when it was $30.8 billion") */
		if (!opens_on_pronoun(j->t, j->sent_start, tk->start)) {
			st->met = st->weak_met = -1;
			st->met_unknown = 1;
		}
		return;
	}
	/* $625 billion in fiscal Q2 2026: a period introduced right after the
	 * number is its own, even when the clause named another before it */
	int following_period = -1, base_period = -1;
	size_t aside_reach = 0;
	size_t aside_close = comma_aside(j->t, tk->end, j->sent_end, &aside_reach);
	for (size_t i = k + 1; i < sent_end && (j->toks[i].clause == tk->clause ||
						 past_asides(j->t, tk->end, j->toks[i].start) ||
						 (aside_close != SIZE_MAX && j->toks[i].start < aside_reach)); i++) {
		/* (what the aside holds is none of the figure's) */
		if (j->toks[i].clause != tk->clause &&
		    (in_brackets(j->t, tk->end, j->toks[i].start) ||
		     (aside_close != SIZE_MAX && j->toks[i].start < aside_close)))
			continue;
		/* past the next number only when the clause named no period
		 * before: "rose 359% to $455 billion in the first quarter"; not
		 * for a number said of a year before ("38.1% a year earlier") */
		if (i >= nq && (st->clause_per_seen || (after & CUE_PRIOR)))
			break;
		/* "rose to $55.6 billion from $30.1 billion at the end of the
		 * second quarter": past a figure said as the base, what follows
		 * is the base's */
		if (i >= nq && j->toks[i].type == T_QTY && i > k + 1 && (cue_of(j, &j->toks[i - 1]) & (CUE_FROM | CUE_COMPARE)))
			break;
		/* ("was down to $64 million, compared to net income of $302
		 * million for the fourth quarter of 2011": the measure named
		 * again between) */
		if (i >= nq && j->toks[i].type == T_QTY && i > k + 2 && j->toks[i - 1].type == T_METRIC &&
		    (cue_of(j, &j->toks[i - 2]) & (CUE_FROM | CUE_COMPARE)))
			break;
		/* "growth for the first quarter is projected to be 3-5% and sales
		 * growth for the full fiscal year 2022 will exceed 3.6%": past a
		 * metric the sentence goes on to, the period is that one's */
		if (j->toks[i].type == T_METRIC && i > k + 1 &&
		    (has_word(j->t + j->toks[i - 1].end, j->toks[i].start - j->toks[i - 1].end, "and") ||
		     has_word(j->t + j->toks[i - 1].end, j->toks[i].start - j->toks[i - 1].end, "while")))
			break;
		if (j->toks[i].type == T_METRIC && i == k + 1 && i + 1 < sent_end &&
		    (has_word(j->t + tk->end, j->toks[i].start - tk->end, "and") ||
		     has_word(j->t + tk->end, j->toks[i].start - tk->end, "while")))
			break;
		/* "rose from $5.5 billion to $7.2 billion in Q3": the figure a
		 * move started from is not of the period the one it went to is */
		if (i >= nq && j->toks[i].type == T_QTY && i == k + 2 && (before & CUE_FROM) &&
		    (cue_of(j, &j->toks[i - 1]) & CUE_TO))
			break;
		if (j->toks[i].type == T_PERIOD) {
			/* "49% gross margin despite weaker demand in H2": a period
			 * of a subordinate phrase after the figure is the
			 * phrase's */
			if (subordinate_between(j->t, tk->end, j->toks[i].start))
				break;
			/* "the range it gave in October": when it was said */
			if (said_when(j, i))
				continue;
			/* up 22% from Q2: a comparison's base, not the number's period */
			/* ("compared with $1.72 from the year-ago quarter": an
			 * amount compared with, no change said, is from that
			 * period) */
			/* (a base past the next number is that number's when this
			 * one said its kind: "up 18% from the previous quarter and up
			 * 50% from the same quarter last year") */
			if (i >= nq && (after & (CUE_YOY | CUE_QOQ)) && base_of_change(j, i, sent_first))
				break;
			if (base_of_change(j, i, sent_first) &&
			    !((q->kind == NL_AMOUNT || q->kind == NL_COUNT) && (before & CUE_COMPARE) &&
			      !((before | after) & (CUE_UP | CUE_DOWN)) && i == k + 2 && j->toks[k + 1].type == T_CUE &&
			      (text_is(j->t, tk->end, j->toks[i].start, " from the ") ||
			       text_is(j->t, tk->end, j->toks[i].start, " from ")))) {
				base_period = j->toks[i].idx;
				break;
			}
			/* ("versus $10.4 billion last year": the time of the figure
			 * compared with, said right after it) */
			int compared_last_year = i == k + 1 && (before & (CUE_COMPARE | CUE_FROM)) &&
						 only_spaces(j->t, tk->end, j->toks[i].start) &&
						 j->ps[j->toks[i].idx].expr.rel == PREL_LAST_YEAR;
			if (!st->clause_per_seen || introduced(j->t, j->toks[i - 1].end, j->toks[i].start) ||
			    opens_introduced(j->t, j->toks[i].start, j->toks[i].end) || compared_last_year)
				following_period = j->toks[i].idx;
			break;
		}
	}
	/* (高于上一季度的85亿美元: a period said relatively that owns the
	 * figure is already the one the figure is in; read again after
	 * itself it would go one more step back) */
	const struct period_expr *owner_x = period_owner >= 0 ? &j->ps[period_owner].expr : NULL;
	int owner_is_per = owner_x && (owner_x->rel == PREL_PREV || owner_x->rel == PREL_YEAR_BACK) && per >= 0 &&
			   per >= st->sentence_pers &&
			   j->pers[per].expr.rel == owner_x->rel && j->pers[per].expr.type == owner_x->type &&
			   j->pers[per].expr.index == owner_x->index && j->pers[per].expr.year == owner_x->year;
	if (following_period < 0 && period_owner >= 0 && !owner_is_per)
		following_period = period_owner;
	if (base_period < 0 && st->change_base >= 0)
		base_period = st->change_base;
	/* "up 33% from 980 trillion in July", "rose 22% to $57.0 billion in
	 * Q3 from $46.7 billion in Q2": the period of the figure a change is
	 * from is what it is against */
	/* (not past a kind said of the figure itself, nor past another
	 * change: "down 24% year-on-year and down 32% from RMB 19.1 billion
	 * in the second quarter") */
	for (size_t i = k + 2; base_period < 0 && (q->kind == NL_PERCENT || q->kind == NL_MULTIPLE) &&
			       !(after & (CUE_YOY | CUE_QOQ)) && i + 1 < sent_end && j->toks[i + 1].clause == tk->clause &&
			       !(j->toks[i - 1].type == T_QTY && qtok(j, &j->toks[i - 1])->kind == q->kind);
	     i++)
		if (j->toks[i].type == T_QTY && (qtok(j, &j->toks[i])->kind == NL_AMOUNT || qtok(j, &j->toks[i])->kind == NL_COUNT) &&
		    (cue_of(j, &j->toks[i - 1]) & CUE_FROM) && j->toks[i + 1].type == T_PERIOD &&
		    (introduced(j->t, j->toks[i].end, j->toks[i + 1].start) ||
		     opens_introduced(j->t, j->toks[i + 1].start, j->toks[i + 1].end)) &&
		    !base_of_change(j, i + 1, sent_first))
			base_period = j->toks[i + 1].idx;
	/* 约为 2024 年同期的 20 倍: the period a multiple is "of" is what it
	 * multiplies; it gives the figure a kind only when it is the same
	 * period a year before (checked where the period is resolved) */
	int multiple_of = 0;
	if (following_period < 0 && q->kind == NL_MULTIPLE && owns == 2) {
		following_period = j->toks[k - 1].idx;
		multiple_of = 1;
	}
	/* "compared with $15.3 billion, or $1.43 per diluted share, in third
	 * quarter 2024": the period after the figures compared with is theirs;
	 * so is it after a figure and its other form ("net income rose to $5.5
	 * billion, or $1.14 per share, in the first quarter"), for both */
	/* ("$3.48 billion in net income, or $8.15 per share": past the
	 * measure named after the first) */
	int or_before = k > sent_first &&
			((j->toks[k - 1].type == T_QTY && text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or")) ||
			 (j->toks[k - 1].type == T_METRIC && k - 1 > sent_first && j->toks[k - 2].type == T_QTY &&
			  only_list_joints(j->t, j->toks[k - 2].end, j->toks[k - 1].start) &&
			  text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or")));
	int or_after = k + 1 < sent_end && j->toks[k + 1].type == T_QTY &&
		       text_is_trimmed(j->t, tk->end, j->toks[k + 1].start, ", or");
	/* ("compared to revenue of $9.73 billion and net income of $1.83
	 * billion, or $2.01 per diluted share, in the year-ago quarter": each
	 * figure of the run, whatever measure it names after the word of
	 * comparing) */
	if (following_period < 0 && base_period < 0)
		following_period = compared_run_period(j, k, sent_first, sent_end);
	if (following_period < 0 && base_period < 0 &&
	    ((before & CUE_COMPARE) || ((or_after || or_before) && !st->clause_per_seen))) {
		/* (past "year over year", "sequentially": the change's words;
		 * and past the measure named again in the list: "versus $3.48
		 * billion in net income, or $8.15 per share, in the year-ago
		 * quarter") */
		size_t i = k + 1;
		while (i < sent_end && (j->toks[i].type == T_QTY ||
					(j->toks[i].type == T_CUE &&
					 !(cue_of(j, &j->toks[i]) & ~(unsigned)(CUE_FILLER | CUE_YOY | CUE_QOQ))) ||
					(j->toks[i].type == T_METRIC && only_list_joints(j->t, j->toks[i - 1].end, j->toks[i].start))))
			i++;
		if ((i > k + 1 || or_before) && i < sent_end && j->toks[i].type == T_PERIOD &&
		    introduced(j->t, j->toks[i - 1].end, j->toks[i].start))
			following_period = j->toks[i].idx;
	}
	/* "revenue of $33.7 billion, net income of $16.3 billion, and EPS of
	 * $3.14 for the fourth quarter": a list closed by its period */
	if (following_period < 0 && base_period < 0 && list_end != SIZE_MAX && j->toks[list_end].type == T_PERIOD)
		following_period = j->toks[list_end].idx;
	/* 40% (39% in constant currency) in fiscal Q1 2026: the period past a
	 * parenthesis that follows the number is the number's */
	if (following_period < 0 && base_period < 0 && !st->clause_per_seen) {
		size_t p = tk->end;
		while (p < j->sent_end && j->t[p] == ' ')
			p++;
		if (p < j->sent_end && j->t[p] == '(') {
			size_t close = p;
			while (close < j->sent_end && j->t[close] != ')')
				close++;
			size_t i = k + 1;
			while (i < sent_end && j->toks[i].start <= close)
				i++;
			/* "increased 18% (17% in constant currency) to $77.7 billion
			 * in fiscal Q1 2026": past the level the change went to */
			if (close < j->sent_end && i + 2 < sent_end && j->toks[i].type == T_CUE &&
			    (cue_of(j, &j->toks[i]) & CUE_TO) && j->toks[i + 1].type == T_QTY &&
			    j->toks[i + 2].type == T_PERIOD && only_spaces(j->t, close + 1, j->toks[i].start) &&
			    (introduced(j->t, j->toks[i + 1].end, j->toks[i + 2].start) ||
			     opens_introduced(j->t, j->toks[i + 2].start, j->toks[i + 2].end)))
				following_period = j->toks[i + 2].idx;
			if (following_period < 0 && close < j->sent_end && i < sent_end && j->toks[i].type == T_PERIOD &&
			    (introduced(j->t, close + 1, j->toks[i].start) ||
			     opens_introduced(j->t, j->toks[i].start, j->toks[i].end)) &&
			    only_spaces_words(j->t, close + 1, j->toks[i].start))
				following_period = j->toks[i].idx;
		}
	}
	if (following_period < 0 && !st->clause_per_seen)
		following_period = results_clause_period(j, k, sent_first, sent_end);
	/* ("总营收为132.31亿美元(较预期低1.2亿美元),较上年同期的93.21亿美元增长
	 * 42%": a word of forecast in brackets is the aside's, not the
	 * figures' after it closes) */
	/* (and "…, which beat market expectations of $63 billion, brought
	 * its EPS to $3.03": the forecast is the aside's) */
	int est_aside_closed = st->est_seen && st->est_cue < k && st->est_cue_before == SIZE_MAX &&
			       ((in_brackets(j->t, j->sent_start, j->toks[st->est_cue].start) &&
				 !in_brackets(j->t, j->sent_start, tk->start)) ||
				in_which_aside_closed(j->t, j->sent_start, j->toks[st->est_cue].start, tk->start));
	int estimate = (st->est_seen && !est_aside_closed) || st->frame_est || (after & CUE_ESTIMATE && before & CUE_COMPARE);
	/* under "Q4 2025 Outlook", a figure of that quarter is the outlook's */
	int ahead_basis = following_period < 0 && st->frame_ahead >= 0 && per == st->frame_ahead ? st->frame_ahead_basis : 0;
	if (ahead_basis)
		estimate = 1;
	/* "Gross margin: 47.5% expected", "$2.67 est.": a word of forecast
	 * right after the figure, closing its clause */
	if (k + 1 < sent_end && j->toks[k + 1].type == T_CUE && (cue_of(j, &j->toks[k + 1]) & CUE_ESTIMATE) &&
	    only_spaces(j->t, tk->end, j->toks[k + 1].start) &&
	    (k + 2 >= sent_end || j->toks[k + 2].clause != tk->clause))
		estimate = 1;
	if (!estimate && forecast_after(j, k, sent_end, (before & CUE_COMPARE) != 0))
		estimate = 1;
	/* 650亿美元的四季度指引: the figure of a period's forecast, said
	 * before them with 的 */
	/* (its metric between them: 174亿美元的四季度营收指引) */
	int guide_after = 0;
	size_t gc = k + 2 < sent_end && j->toks[k + 2].type == T_METRIC &&
				    only_spaces(j->t, j->toks[k + 1].end, j->toks[k + 2].start) ?
			    k + 3 :
			    k + 2;
	/* ("a touch better than the 10% guided": the company's word, right
	 * after the figure) */
	if (k + 1 < sent_end && j->toks[k + 1].type == T_CUE && (cue_of(j, &j->toks[k + 1]) & CUE_GUIDANCE) &&
	    !(cue_of(j, &j->toks[k + 1]) & CUE_CONSENSUS) && only_spaces(j->t, tk->end, j->toks[k + 1].start) && estimate)
		guide_after = 1;
	if (gc < sent_end && j->toks[k + 1].type == T_PERIOD && j->toks[gc].type == T_CUE &&
	    (cue_of(j, &j->toks[gc]) & (CUE_ESTIMATE | CUE_GUIDANCE)) &&
	    text_is_trimmed(j->t, tk->end, j->toks[k + 1].start, "的") &&
	    only_spaces(j->t, j->toks[gc - 1].end, j->toks[gc].start)) {
		estimate = 1;
		guide_after = (cue_of(j, &j->toks[gc]) & CUE_GUIDANCE) != 0;
	}
	/* "boosted its growth forecast to 30% after recording a 54.2%
	 * increase in net profit in Q3": what it recorded is a result */
	if (estimate && st->est_seen && st->est_cue < k && result_recorded(j, st->est_cue, k))
		estimate = 0;
	/* "revenue ..., versus consensus of about RMB 190 billion, and gross
	 * margin of 56.5% was also better than we expected": a figure its own
	 * clause sets against a forecast is the result, whatever an earlier
	 * clause expected */
	else if (estimate && st->est_seen && st->est_cue < k && j->toks[st->est_cue].clause != tk->clause &&
		 !st->frame_est && !(before & (CUE_ESTIMATE | CUE_GUIDANCE)) && said_against_forecast(j, k, sent_end))
		estimate = 0;
	if ((before & CUE_COMPARE) && (before & CUE_ESTIMATE))
		estimate = 1;
	/* "Consensus sees gross margin at 77.7%, down from 78.4% in the third
	 * quarter": what a forecast comes down or up from, said as no one's
	 * estimate, is what was reported */
	else if (estimate && (before & (CUE_COMPARE | CUE_FROM)) && (before & (CUE_UP | CUE_DOWN)) &&
		 !(before & (CUE_CONSENSUS | CUE_ESTIMATE | CUE_GUIDANCE)) && !((before | after) & CUE_REVISE))
		estimate = 0;

	/* 高于市场预期的 55%, vs. our $30.0bn est.: the same measure as the
	 * number it is compared with */
	const char *kind = "level";
	int prior = 0;
	int inherited_kind = 0;
	/* "數據中心毛利率高於公司平均non-GAAP毛利率的54%,本季數據中心營收增長
	 * 又明顯高於公司平均的季增10%": a growth said with its own kind word,
	 * set against a ratio's level, is no change of the ratio (that moves
	 * in points); whose growth the sentence leaves unsaid */
	/* (and so are the changes listed after it: "季增10%、年增22%") */
	size_t against = st->change_against;
	int listed_after = against > 0 && k >= 2 && against - 1 == k - 2 && j->toks[against - 1].start >= j->sent_start &&
			   (text_is_trimmed(j->t, j->toks[k - 2].end, j->toks[k - 1].start, "、") ||
			    text_is_trimmed(j->t, j->toks[k - 2].end, j->toks[k - 1].start, ",") ||
			    text_is_trimmed(j->t, j->toks[k - 2].end, j->toks[k - 1].start, "and"));
	if (((before & CUE_COMPARE) && st->last.valid && !(before & CUE_PRIOR) && !strcmp(st->last.kind, "level") &&
	     !strcmp(st->last.unit, "%")) ||
	    listed_after) {
		if (q->kind == NL_PERCENT && (nearest & (CUE_YOY | CUE_QOQ)) && k > sent_first &&
		    only_spaces(j->t, j->toks[k - 1].end, tk->start)) {
			st->change_against = k + 1;
			add_candidate(j, tk, "a change set against a level of another measure%s", "");
			return;
		}
	}
	if ((before & CUE_COMPARE) && st->last.valid && !(before & CUE_PRIOR)) {
		/* "compared with $19.4 billion at Meta", "vs. Meta's $19.4
		 * billion": a figure compared with whose clause names another
		 * company is that company's, not the one compared */
		int last_root = lexicon_root(j->fx->lx, st->last.ent);
		for (size_t i = k; i > sent_first && j->toks[i - 1].clause == tk->clause; i--)
			if (j->toks[i - 1].type == T_ENTITY &&
			    lexicon_root(j->fx->lx, j->lm[j->toks[i - 1].idx].index) != last_root) {
				add_candidate(j, tk, "compared with another company's figure%s", "");
				return;
			}
		for (size_t i = k + 1; i < sent_end && j->toks[i].clause == tk->clause; i++)
			if (j->toks[i].type == T_ENTITY &&
			    lexicon_root(j->fx->lx, j->lm[j->toks[i].idx].index) != last_root) {
				add_candidate(j, tk, "compared with another company's figure%s", "");
				return;
			}
		ent = st->last.ent;
		/* compared with $15.3 billion, or $1.43 per diluted share: each
		 * with the figure of its own measure (see emit) */
		met = per_share >= 0 ? per_share : st->last.met;
		const struct last_fact *cmp = &st->last;
		/* "revenue of $46.5 billion and EPS of $6.40, ahead of consensus
		 * at $44.8 billion and $6.05": billions are no earnings per
		 * share; the figure before it is the one compared */
		if (per_share < 0 && q->kind == NL_AMOUNT && fabs(q->value) >= 1e6 && met >= 0 &&
		    lexicon_find_metric(j->fx->lx, "eps") == met) {
			if (!st->before_last.valid || st->before_last.met == met || st->before_last.ent != st->last.ent) {
				add_candidate(j, tk, "compared with a figure of another measure than the one before it%s", "");
				return;
			}
			met = st->before_last.met;
			cmp = &st->before_last;
		}
		inherited_kind = 1;
		kind = cmp->kind;
		if (q->kind == NL_PERCENT && strcmp(cmp->unit, "%"))
			inherited_kind = 0;
		if (q->kind == NL_AMOUNT && !strcmp(cmp->unit, "%"))
			inherited_kind = 0;
		if (!inherited_kind)
			kind = "level";
		else
			estimate = estimate || (before & CUE_ESTIMATE) || (after & CUE_ESTIMATE);
	}
	/* "were $65.6 billion and $30.6 billion, respectively, in the
	 * quarter": a list of metrics' period after the run, as a list of
	 * companies' */
	/* (not past a clause of its own, "while net income came at $16.4
	 * billion (lesser than the $17.9 in Q1 2021)": that one's figures') */
	for (size_t i = k + 1; list_met >= 0 && (per < 0 || per < st->sentence_pers) && following_period < 0 && i < sent_end;
	     i++) {
		if (has_word(j->t + tk->end, j->toks[i].start - tk->end, "while") ||
		    has_word(j->t + tk->end, j->toks[i].start - tk->end, "whereas"))
			break;
		if (j->toks[i].type == T_PERIOD && !base_of_change(j, i, sent_first) && !said_when(j, i))
			following_period = j->toks[i].idx;
	}
	/* "grew 32% Y/Y, accelerating from +28%", "up from 28%": the rate a
	 * move started from, whose period is not said (the quarter before,
	 * or the year before) */
	if (q->kind == NL_PERCENT && following_period < 0 && !(after & CUE_PRIOR) && k > sent_first + 1 &&
	    j->toks[k - 1].type == T_CUE &&
	    (cue_of(j, &j->toks[k - 1]) & CUE_FROM) && j->toks[k - 1].clause == tk->clause &&
	    text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "")) {
		size_t i = k - 1;
		while (i > sent_first && !(j->toks[i - 1].type == T_QTY && qtok(j, &j->toks[i - 1])->kind == NL_PERCENT))
			i--;
		if (i > sent_first) {
			add_candidate(j, tk, "the rate a move started from, of a period not said%s", "");
			return;
		}
	}
	int from_list = ent == -2;
	if (ent == -2) {
		ent = respectively(j, st, k, sent_first, sent_end);
		if (ent < 0) {
			add_candidate(j, tk, "names several entities at once%s", "");
			return;
		}
		/* spent $34.2 billion, ... respectively on capital expenditures
		 * in the third quarter: what follows the list is each member's */
		for (size_t i = k + 1; met < 0 && i < sent_end; i++)
			if (j->toks[i].type == T_METRIC) {
				met = j->lm[j->toks[i].idx].index;
				met_sign = j->lm[j->toks[i].idx].sign;
			}
		for (size_t i = k + 1; per < 0 && following_period < 0 && i < sent_end; i++)
			if (j->toks[i].type == T_PERIOD && !base_of_change(j, i, sent_first))
				following_period = j->toks[i].idx;
	}
	/* "their combined capex": a total the sentence does not pin on the
	 * company its frame is about */
	/* ("Taken together, the three US hyperscalers plus Meta spent more
	 * than $120 billion": a company named as one more of a group) */
	/* ("They reported a combined capex of $246 billion" after a list of
	 * four: the plural subject is the group) */
	static const char *const plural[] = { "they", "together", "collectively", "combined" };
	if (ent == st->ent && !st->ent_named && (st->mixed_seen || ((before | after) & CUE_MIXED)) &&
	    opens_on_word(j->t, j->sent_start, tk->start, plural, ARRAY_SIZE(plural))) {
		add_candidate(j, tk, "a total over several companies, none named%s", "");
		return;
	}
	if (ent == st->ent && ((((before | after) & CUE_MIXED) && (st->ent_from_frame || st->ent_clause != tk->clause)) ||
				(st->mixed_seen && st->ent_from_frame) ||
				((st->mixed_seen || ((before | after) & CUE_MIXED)) &&
				 span_contains(j->t, j->sent_start, tk->start, " plus ", 1)))) {
		add_candidate(j, tk, "a total over several companies, none named%s", "");
		return;
	}
	/* "higher operating expenses related to cloud infrastructure
	 * expansion, which increased 6%": a clause on what the words before
	 * it name, and they name no metric, measures none of ours */
	if (!met_after && relative_of_unknown(j, k, sent_first)) {
		add_candidate(j, tk, "a clause of which on something not in the lexicon%s", "");
		return;
	}
	/* "a fraction of the roughly $400 billion the largest cloud
	 * companies plan to spend": a figure of a group the sentence names
	 * by a plural, none of its members by name, is not the company of
	 * the sentence before */
	if (ent >= 0 && ent == st->ent && !st->ent_named && names_a_group(j->t, j->sent_start, j->sent_end, tk->start)) {
		add_candidate(j, tk, "a figure of a group of companies, none named%s", "");
		return;
	}
	if (ent < 0) {
		add_candidate(j, tk, "no entity%s", "");
		st->doubt_left_out |= st->doubt != 0;
		return;
	}
	/* 'the game "Honor of Kings", which hit revenues of 26.84 billion
	 * yuan, up 48%': what a relative clause after a quoted name says is
	 * that name's */
	if (!blocked && quoted_name_relative(j, k, sent_first)) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: the quoted name the clause is about%s", "");
		return;
	}
	{
		char product[96];
		if (!blocked && part_named_with_figure(j, k, product, sizeof(product))) {
			add_candidate(j, tk, "belongs to a part not in the lexicon: %s", product);
			return;
		}
		if (!blocked && !st->ent_named && product_opening(j, sent_first, product, sizeof(product))) {
			add_candidate(j, tk, "belongs to a part not in the lexicon: %s", product);
			return;
		}
	}
	if (blocked && !inherited_kind) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: %s", st->block_reason);
		if (met >= 0)
			st->part_met = met;
		st->part_left_sentence = 1;
		return;
	}
	/* "雲業務營收達177億美元;其營業利潤率…升至30.1%": "its" metric, after
	 * a part's figure left out in its sentence, is the part's */
	if ((st->part_left_sentence || st->part_left_said) && its_metric_before(j, k, sent_first)) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: its metric, after the part's figure%s", "");
		return;
	}
	/* "一季度AI半导体收入达84亿美元,…,高于博通此前业绩电话会提供的指引约
	 * 82亿美元": what a part's figure is compared with, in its sentence,
	 * is the part's too (the company named as who gave it) */
	/* (and, with no metric said, its base: "services grew to $12.5
	 * billion from $10.5 billion a year ago") */
	if (!st->clause_met_seen && st->part_met == met && st->part_left_sentence &&
	    (met >= 0 ? (before & CUE_COMPARE) != 0 : ((before & (CUE_COMPARE | CUE_FROM)) || (after & CUE_PRIOR)))) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: what the part's figure is compared with%s", "");
		return;
	}
	/* "其中AI芯片收入同比激增74%,增速较前一季度的63%进一步扩大", "这一指引
	 * 高于市场普遍预期的69亿美元" after AI chip revenue: a figure whose
	 * clause names no metric, of the metric last said of a part, is that
	 * part's */
	if (met >= 0 && !st->clause_met_seen && st->part_met == met && !st->ent_named &&
	    (((q->kind == NL_PERCENT || q->kind == NL_PP) && ((before | after) & (CUE_GROWTH | CUE_UP | CUE_DOWN))) ||
	     opens_demonstrative(j->t, j->sent_start, j->sent_end))) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: the part named with its metric before%s", "");
		return;
	}
	/* "Revenue rose 26%. 不过，成本费用增速达到32%": a change, in a clause
	 * that names no metric, of a measure named right before its words
	 * that the lexicon does not know — not of the metric said before */
	/* (其中游戏同比+13%: the year's change of games, said by its sign) */
	if (met >= 0 && !st->clause_met_seen &&
	    ((before | after) & (CUE_GROWTH | CUE_UP | CUE_DOWN | CUE_YOY | CUE_QOQ)) &&
	    (q->kind == NL_PERCENT || q->kind == NL_PP) && cjk_measure_before_change(j, k, sent_first)) {
		add_candidate(j, tk, "the change of something not in the lexicon%s", "");
		return;
	}
	/* "revenue edges past forecasts as cloud growth speeds up to 38%":
	 * the growth of a part named right before it, not of the metric
	 * the sentence gave before (a part's own cloud growth is its own) */
	char part[32];
	if (lexicon_entity_at(lx, (size_t)ent)->parent < 0 && part_growth(j, k, sent_first, part, sizeof(part))) {
		add_candidate(j, tk, "belongs to a part not in the lexicon: %s", part);
		if (met >= 0)
			st->part_met = met;
		st->part_left_sentence = 1;
		return;
	}
	/* "AWS held 29% of the worldwide cloud infrastructure services market":
	 * a share of a market; the metric holds for the clauses after it */
	if (met < 0 && q->kind == NL_PERCENT && share_of_market(j, tk)) {
		met = st->met = lexicon_find_metric(lx, "market_share");
		met_sign = st->met_sign = 1;
		st->sentence_met_seen = st->clause_met_seen = 1;
	}
	if (met < 0) {
		/* "Azure grew 40% YoY": growth of a business is its revenue's —
		 * not amid units shipped ("The smartphone market grew 7% to
		 * 323.2 million units. Apple grew by 2% YoY") */
		if ((q->kind == NL_PERCENT || q->kind == NL_MULTIPLE) && ((before | after) & CUE_GROWTH) &&
		    !st->sentence_met_seen && !st->met_unknown &&
		    (owned_after || (st->aside_clause >= 0 && st->aside_clause + 1 == tk->clause) ||
		     !growth_of_unknown_measure(j, k, sent_first)) &&
		    !units_near(j)) {
			met = lexicon_find_metric(lx, "revenue");
			met_sign = 1;
		}
		/* "AWS grew 20.2% y/y to $33.0bn": the level a growth just
		 * given reached is of the growth's measure */
		if (met < 0 && q->kind == NL_AMOUNT && (before & CUE_TO) && st->last.valid && st->last.ent == ent &&
		    st->last.met >= 0 && strcmp(st->last.kind, "level") && k > sent_first &&
		    j->toks[k - 1].clause == tk->clause) {
			met = st->last.met;
			met_sign = 1;
		}
		if (met < 0 && st->weak_met >= 0 && (q->kind == NL_AMOUNT || q->kind == NL_COUNT)) {
			met = st->weak_met;
			met_sign = 1;
		}
		/* "Meta spent $19.4bn ..., +111% y/y": a change said right after
		 * a level of the same company in its sentence is that level's */
		if (met < 0 && q->kind == NL_PERCENT && ((before | after) & (CUE_YOY | CUE_QOQ)) && st->last.valid &&
		    st->last.ent == ent && !strcmp(st->last.kind, "level") && strcmp(st->last.unit, "%")) {
			met = st->last.met;
			met_sign = 1;
		}
		/* "grew 20.2% to $33 billion": the level the growth reached */
		if (met < 0 && q->kind == NL_AMOUNT && (before & CUE_TO) && st->last.valid && st->last.ent == ent &&
		    strcmp(st->last.kind, "level") && after_a_figure(j, k, sent_first)) {
			met = st->last.met;
			met_sign = 1;
		}
		if (met < 0) {
			add_candidate(j, tk, "no metric%s", "");
			/* (活跃帐户数达到 7.117 亿，同比增长 11.8%: a change said
			 * after a count of no metric is the count's; after an
			 * amount, 实现 159.5 亿美元，同比增长 22%, revenue's as
			 * before; "infrastructure growth rate has been accelerating
			 * with 63% growth for the full year, and 77% growth in Q4":
			 * the growths after one of a measure we do not know are of
			 * it too) */
			if (q->kind == NL_COUNT || ((q->kind == NL_PERCENT || q->kind == NL_MULTIPLE) &&
						    ((before | after) & CUE_GROWTH) && growth_of_unknown_measure(j, k, sent_first)))
				st->met_unknown = 1;
			return;
		}
	}
	/* "Feb 2026: $25 billion (annualized)": revenue said as a run rate is
	 * the annual run rate, not the month's revenue */
	if (q->kind == NL_AMOUNT && !strcmp(lexicon_metric_at(lx, (size_t)met)->id, "revenue")) {
		static const char *const rate[] = { "(annualized)", "(annualised)", "(run rate)", "(run-rate)",
						    "annualized", "annualised" };
		size_t at = tk->end;
		while (at < j->sent_end && j->t[at] == ' ')
			at++;
		int arr = lexicon_find_metric(lx, "arr");
		if (arr >= 0 && words_after(j->t, at, j->sent_end, rate, ARRAY_SIZE(rate)))
			met = arr;
	}
	/* "could have a $400 million effect on the third quarter's sales",
	 * 对营收造成4亿美元的影响: the size of an effect on the measure, no
	 * level of it */
	{
		static const char *const effect[] = { " effect on", " impact on", " hit to", " headwind to",
						      " tailwind to", " drag on", " boost to", " negative impact on",
						      " negative effect on", "的影响", " 的影响" };
		/* ("revenue ... might be impacted by between $4 billion and $8
		 * billion", "a headwind of $1 billion": said before it) */
		static const char *const effect_before[] = { "impacted by", "affected by", "hurt by", "headwind of",
							     "tailwind of", "impact of", "hit of" };
		size_t floor = k > sent_first ? j->toks[k - 1].end : j->sent_start;
		int said_before = 0;
		for (size_t w = 0; w < ARRAY_SIZE(effect_before) && q->kind == NL_AMOUNT && !said_before; w++)
			said_before = span_find(j->t, floor, tk->start, effect_before[w], 1) != SIZE_MAX;
		if (q->kind == NL_AMOUNT &&
		    (said_before || words_after(j->t, tk->end, j->sent_end, effect, ARRAY_SIZE(effect)))) {
			add_candidate(j, tk, "the size of an effect on a measure, not its level%s", "");
			return;
		}
	}
	/* "a cumulative cash burn that could reach $665 billion by 2030": a
	 * sum over years, none of them the period named */
	{
		size_t cs = tk->start;
		while (cs > j->sent_start && j->t[cs - 1] != ',' && j->t[cs - 1] != ';')
			cs--;
		/* (到2030年其累计资本支出可能高达1.3万亿美元: summed up to a year
		 * to come; not 上半年累计, the half's own) */
		int summed_to = span_find(j->t, cs, tk->start, "累计", 0) != SIZE_MAX &&
				(span_find(j->t, cs, tk->start, "到20", 0) != SIZE_MAX ||
				 span_find(j->t, cs, tk->start, "至20", 0) != SIZE_MAX);
		if (summed_to || span_find(j->t, cs, tk->start, "cumulative", 1) != SIZE_MAX) {
			add_candidate(j, tk, "a cumulative sum, of no one period%s", "");
			return;
		}
	}
	const struct lexicon_metric *mm = lexicon_metric_at(lx, (size_t)met);
	const struct lexicon_entity *ee = lexicon_entity_at(lx, (size_t)ent);
	/* "$8.1 billion or 18%": the relative change of an amount, of a
	 * metric its own sentence names (Gross margin in dollars is no margin;
	 * "Operating expenses increased $0.6 billion or 4%" is of no metric
	 * an earlier sentence named) */
	if (change_of_amount && (mm->unit_kind == UNIT_PERCENT || !st->sentence_met_seen)) {
		add_candidate(j, tk, "the change of an amount that is not %s's", mm->id);
		return;
	}

	double value = q->value, low = q->low, high = q->high;
	/* 台积电营收 9,899 亿元: a bare 元 is whatever its company counts in */
	const char *declared = q->yuan ? yuan_declared(j, tk->end, ent, 0) : NULL;
	if (q->yuan && !declared)
		declared = yuan_counted_in(j, tk->start);
	const char *unit = declared ? declared : q->yuan ? lexicon_yuan_currency(j->fx->lx, ent) : q->unit;
	enum numlex_qualifier qual = q->qualifier;
	unsigned marks = 0;
	/* "increased $12.4 billion, or 18%, year over year": the share an
	 * absolute change is of, said in an aside that the change's words
	 * follow past its comma */
	unsigned aside_marks = 0;
	if (q->kind == NL_PERCENT && k > sent_first && j->toks[k - 1].type == T_QTY &&
	    qtok(j, &j->toks[k - 1])->kind == NL_AMOUNT && text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or") &&
	    k + 1 < sent_end && j->toks[k + 1].type == T_CUE && text_is_trimmed(j->t, tk->end, j->toks[k + 1].start, ","))
		aside_marks = cue_of(j, &j->toks[k + 1]) & (CUE_YOY | CUE_QOQ);
	if (kind_paired)
		marks = kind_paired;
	else if (aside_marks)
		marks = aside_marks;
	else if (after & (CUE_YOY | CUE_QOQ))
		marks = after & (CUE_YOY | CUE_QOQ);
	else if ((after & CUE_PRIOR) &&
		 (q->kind == NL_MULTIPLE || (q->kind == NL_PERCENT && mm->unit_kind != UNIT_PERCENT)))
		marks = CUE_YOY; /* up 69% from a year ago */
	else if (before & (CUE_YOY | CUE_QOQ)) {
		/* the nearest marker before the number; one just after the
		 * previous number (up 12% from the previous quarter and ...) is
		 * that number's */
		size_t floor = bw;
		if (bw > clause_first && bw + 1 < k && j->toks[bw - 1].type == T_QTY &&
		    only_spaces(j->t, j->toks[bw - 1].end, j->toks[bw].start))
			floor = bw + 1; /* not after "and": "25% and sequential growth of 4%" */
		for (size_t i = k; i > floor; i--) {
			unsigned c = cue_of(j, &j->toks[i - 1]);
			if (c & (CUE_YOY | CUE_QOQ)) {
				marks = c & (CUE_YOY | CUE_QOQ);
				break;
			}
		}
		/* (or said by the sentence's opening clause: Sequentially,; or
		 * by the comparison that owns the base before it) */
		if (!marks)
			marks = opening_marks ? opening_marks : base_marks;
	}
	int down = ((before | after) & CUE_DOWN) && !((nearest & CUE_UP) && !(nearest & CUE_DOWN));
	if ((nearest & CUE_DOWN))
		down = 1;
	/* "sales were 25% lower than the prior-year quarter's", "1,380 basis
	 * points worse than the prior-year quarter" */
	if ((q->kind == NL_PERCENT || q->kind == NL_PP) && tk->end + 11 <= j->sent_end &&
	    (!strncmp(j->t + tk->end, " lower than", 11) || !strncmp(j->t + tk->end, " worse than", 11)))
		down = 1;
	/* "up 46%, down from the 49% growth last quarter": the rate it came
	 * down from is as it was, no fall */
	if ((nearest & CUE_FROM) && !(nearest & CUE_DOWN) && q->kind == NL_PERCENT) {
		down = 0;
		/* ("more than 35% of backlog, down from over 50% a year ago":
		 * where a share came from is a share too) */
		size_t p = k;
		while (p > sent_first && j->toks[p - 1].type != T_QTY)
			p--;
		if (p > sent_first && qtok(j, &j->toks[p - 1])->kind == NL_PERCENT && strcmp(mm->id, "market_share") &&
		    text_has(j->t, j->toks[p - 1].end, j->toks[p - 1].end + 4 < j->sent_end ? j->toks[p - 1].end + 4 : j->sent_end,
			     " of ")) {
			add_candidate(j, tk, "where a share of a measure came from, not a change%s", "");
			return;
		}
	}
	int directional = (before | after) & (CUE_UP | CUE_DOWN);

	j->stage = "kind";
	/* "to reach $5.3 billion, which is a full year growth rate of 30% at
	 * the high end of our range": the figures before it are that end's */
	if (estimate && q->qualifier != QUAL_RANGE && range_end_later(j->t, tk->end, j->sent_end)) {
		add_candidate(j, tk, "one end of a range, not its value%s", "");
		return;
	}
	if (q->kind == NL_AMOUNT || q->kind == NL_COUNT) {
		/* "营收697.87亿(美元,下同)": a bare 亿 of money is in the
		 * currency the text declared for its company */
		if (q->kind == NL_COUNT && q->scaled && !unit_before && mm->unit_kind == UNIT_CURRENCY)
			unit_before = yuan_declared(j, tk->end, ent, 1);
		/* "若以美元计算,第3季营收331亿": the currency its sentence says
		 * it counts in */
		if (q->kind == NL_COUNT && q->scaled && !unit_before && mm->unit_kind == UNIT_CURRENCY)
			unit_before = counted_in(j->t, j->sent_start, tk->start);
		int is_count = (q->kind == NL_COUNT && !unit_before) || (q->currency_inherited && mm->unit_kind == UNIT_COUNT);
		if (unit_before)
			unit = unit_before;
		if (is_count) {
			unit = "count";
			if (mm->unit_kind != UNIT_COUNT) {
				add_candidate(j, tk, "a count, but the metric is not counted%s", "");
				/* (活跃帐户数达到 7.117 亿，同比增长 11.8%, after a sentence
				 * on revenue: the count is of something else, and so is
				 * the change said of it) */
				if (!st->sentence_met_seen) {
					st->met = st->weak_met = -1;
					st->met_unknown = 1;
				}
				return;
			}
		} else if (mm->unit_kind != UNIT_CURRENCY) {
			add_candidate(j, tk, "an amount of money, but %s is not", mm->id);
			return;
		} else if ((!strcmp(mm->id, "eps") || !strcmp(mm->id, "arpu")) && fabs(q->value) >= 10000) {
			/* "$1.57 in earnings per share or $24.43b of net income":
			 * no share earns billions; the figure is another measure's */
			add_candidate(j, tk, "an amount too large for %s", mm->id);
			return;
		} else if (!q->scaled && fabs(q->value) < 1e6 && strcmp(mm->id, "eps") && strcmp(mm->id, "arpu")) {
			/* ("收入$40,589" under a units line we did not read, "以百萬計":
			 * no company we track counts its total in thousands of
			 * dollars or less) */
			/* "Google Cloud revenue: $3.01 versus $3.06 billion
			 * expected": the scale word of the figure compared with,
			 * said once for both */
			double scale = scale_of_compared(j, k, sent_end);
			if (scale > 0) {
				value *= scale, low *= scale, high *= scale;
			} else {
				/* "... and $28.8" where a page's text is cut off: a
				 * company's total is never a few dollars; the scale
				 * word is missing */
				add_candidate(j, tk, "an amount too small for %s, with no scale word", mm->id);
				return;
			}
		}
		if ((nearest & (CUE_UP | CUE_DOWN)) && !(nearest & CUE_TO) && k > clause_first &&
		    j->toks[k - 1].type == T_CUE && !text_has(j->t, j->toks[k - 1].end, tk->start, "达")) {
			add_candidate(j, tk, "an absolute change, not a level%s", "");
			return;
		}
		/* "$2 billion a month", 每月 20 亿美元: a rate in time */
		size_t cs = k > clause_first ? j->toks[clause_first].start : j->sent_start;
		/* (a count a month is how a month's tokens are said: 每月处理的
		 * token 量) */
		if (mm->unit_kind == UNIT_CURRENCY &&
		    (words_after(j->t, tk->end, j->sent_end, per_time_words, ARRAY_SIZE(per_time_words)) ||
		     span_contains(j->t, cs, tk->start, "每月", 0) || span_contains(j->t, cs, tk->start, "每天", 0) ||
		     span_contains(j->t, cs, tk->start, "每日", 0))) {
			add_candidate(j, tk, "a rate per month or day, not a level of the period%s", "");
			return;
		}
		/* "19 billion tokens per minute": a count at a rate no metric
		 * of ours is counted at */
		if (q->kind == NL_COUNT && per_short_time(j->t, tk->end, j->sent_end)) {
			add_candidate(j, tk, "a rate per minute, second or hour, not a level of the period%s", "");
			return;
		}
		/* "$15 billion more than it projected": a difference */
		if (words_after(j->t, tk->end, j->sent_end, difference_words, ARRAY_SIZE(difference_words))) {
			add_candidate(j, tk, "a difference from another figure, not a level%s", "");
			return;
		}
		/* "the additional $4bn of FY27 revenue", "an incremental $2
		 * billion": what is added to a level, not the level */
		size_t lead = k > sent_first ? j->toks[k - 1].end : j->sent_start;
		/* ("$12 billion in incremental revenue": said after it) */
		static const char *const added_after[] = { " in incremental ", " of incremental ", " in additional ",
							   " of additional " };
		int added = 0;
		for (size_t w = 0; w < ARRAY_SIZE(added_after) && !added; w++)
			added = tk->end + strlen(added_after[w]) <= j->sent_end &&
				!strncasecmp(j->t + tk->end, added_after[w], strlen(added_after[w]));
		if (added || word_before(j->t, lead, tk->start, "additional") || word_before(j->t, lead, tk->start, "incremental") ||
		    span_contains(j->t, lead, tk->start, "额外", 0) || span_contains(j->t, lead, tk->start, "新增", 0)) {
			add_candidate(j, tk, "an increment added to a level, not the level%s", "");
			return;
		}
		/* "roughly $0.5 billion above the consensus of $54.9 billion":
		 * how far one figure is from another */
		if (beside_another(j, k, sent_end)) {
			add_candidate(j, tk, "a difference from another figure, not a level%s", "");
			return;
		}
		/* "Total net sales increased 6%, or $25.1 billion": the change
		 * said as an amount */
		if (k >= sent_first + 2 && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_PERCENT &&
		    text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or") && j->toks[k - 2].type == T_CUE &&
		    (cue_of(j, &j->toks[k - 2]) & (CUE_UP | CUE_DOWN))) {
			add_candidate(j, tk, "an absolute change, not a level%s", "");
			return;
		}
		/* 超出指引中值4%(11亿元), 增长22%(约50亿元): the move or the
		 * gap in brackets after its percentage, said as an amount */
		if (k >= sent_first + 1 && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_PERCENT &&
		    text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "(")) {
			int moved = 0;
			for (size_t i = k - 1; i > sent_first && !moved && j->toks[i - 1].clause == j->toks[k - 1].clause; i--)
				moved = j->toks[i - 1].type == T_CUE &&
					(cue_of(j, &j->toks[i - 1]) & (CUE_UP | CUE_DOWN | CUE_COMPARE | CUE_GROWTH));
			if (moved) {
				add_candidate(j, tk, "an absolute change, not a level%s", "");
				return;
			}
		}
		/* 413亿美元(区间上限), "$41.3 billion at the high end": one end
		 * of a range, no value of its own */
		if (range_end_after(j->t, tk->end, j->sent_end) ||
		    (q->qualifier != QUAL_RANGE && range_end_before(j->t, j->sent_start, tk->start))) {
			add_candidate(j, tk, "one end of a range, not its value%s", "");
			return;
		}
		/* beat estimates by $0.05, grew by $5 billion, 上调4亿美元至413亿美元,
		 * 下限也上调5亿: a difference; and an amount written with a plus
		 * ("Beat +$0.14", "+~$1.3B"): a loss is written with a minus, a
		 * level with no sign */
		/* "revenue rom $685B to $72.58B": a range whose first end is
		 * many times its second is misprinted, the first end most
		 * likely; it is no figure to store */
		if (k + 2 < sent_end && j->toks[k + 1].type == T_CUE && (cue_of(j, &j->toks[k + 1]) & CUE_TO) &&
		    j->toks[k + 2].type == T_QTY && qtok(j, &j->toks[k + 2])->kind == NL_AMOUNT &&
		    !strcmp(qtok(j, &j->toks[k + 2])->unit, q->unit) && qtok(j, &j->toks[k + 2])->value > 0 &&
		    q->value > 5 * qtok(j, &j->toks[k + 2])->value) {
			add_candidate(j, tk, "the first end of a range many times its second: a misprint%s", "");
			return;
		}
		/* ("FY26 capex raised $10B at the midpoint to $125-145B": by
		 * how much, said right after a verb of revising) */
		static const char *const revised[] = { "raised", "lowered", "cut", "boosted", "lifted", "trimmed" };
		int revised_by = 0;
		for (size_t w = 0; w < ARRAY_SIZE(revised) && !revised_by; w++)
			revised_by = word_before(j->t, j->sent_start, tk->start, revised[w]);
		if (word_before(j->t, j->sent_start, tk->start, "by") || q->moved_by || plus_signed(j->t, j->sent_start, tk->start) ||
		    revised_by) {
			add_candidate(j, tk, "a difference (by ...), not a level%s", "");
			return;
		}
		/* "reached 84 per cent of total revenue, or $1.33 billion": the
		 * amount of a share, said another way, not the whole's */
		/* (or "over 81% of the company's entire revenue with $898M") */
		if (k >= sent_first + 2 && j->toks[k - 1].type == T_METRIC &&
		    (text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ", or") ||
		     text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "with"))) {
			size_t p = k - 1;
			while (p > sent_first && j->toks[p - 1].type == T_CUE && (cue_of(j, &j->toks[p - 1]) & CUE_COREF))
				p--;
			static const char *const whole[] = { "of", "of total", "of its", "of the", "of the company's",
							     "of the company\u2019s", "of its total", "of the total" };
			int share = p > sent_first && j->toks[p - 1].type == T_QTY && qtok(j, &j->toks[p - 1])->kind == NL_PERCENT;
			size_t ws = share ? j->toks[p - 1].end : 0, we = j->toks[k - 1].start;
			/* (past "entire" or "overall" before the metric) */
			static const char *const adj[] = { "entire", "overall", "total" };
			while (we > ws && is_blank(j->t[we - 1]))
				we--;
			for (size_t w = 0; share && w < ARRAY_SIZE(adj); w++)
				if (word_before(j->t, ws, we, adj[w])) {
					we -= strlen(adj[w]);
					break;
				}
			int of_whole = 0;
			for (size_t w = 0; share && w < ARRAY_SIZE(whole) && !of_whole; w++)
				of_whole = text_is_trimmed(j->t, ws, we, whole[w]);
			if (of_whole) {
				add_candidate(j, tk, "the amount of a share of the measure named before it%s", "");
				return;
			}
		}
		/* 经营现金流从上个季度的81亿骤降到21亿: the start of a move,
		 * dated by a period said relatively right after 从 — left out
		 * as the English one is */
		if (k >= sent_first + 2 && j->toks[k - 1].type == T_PERIOD && j->ps[j->toks[k - 1].idx].expr.rel == PREL_PREV &&
		    j->toks[k - 2].type == T_CUE && (cue_of(j, &j->toks[k - 2]) & CUE_FROM) &&
		    (unsigned char)j->t[j->toks[k - 2].start] >= 0xE4 && (after & CUE_TO)) {
			add_candidate(j, tk, "a superseded or starting value%s", "");
			return;
		}
		/* "Q4 guidance has revenue from $68.5B to $72.58B": a range said
		 * "from ... to" where nothing moved (no rose, cut, raised) */
		/* (not "up 75% from Q1 2014 and coming in at $137M": a "from"
		 * whose clause went on past "and" to the figure) */
		int from_ended = 0;
		for (size_t i = k; i > sent_first && j->toks[i - 1].clause == tk->clause; i--)
			if (j->toks[i - 1].type == T_CUE && (cue_of(j, &j->toks[i - 1]) & CUE_FROM)) {
				from_ended = span_contains(j->t, j->toks[i - 1].end, tk->start, " and ", 0);
				break;
			}
		if ((before & CUE_FROM) && !from_ended && !range_said_from(j, st, k, sent_first, sent_end)) {
			/* up 57% from $25.2 billion: last year's level; revised
			 * to X from Y: Y is the superseded value; up from $5.5
			 * billion in December 2024: the level of the period named */
			int own_period = following_period >= 0 && !st->revise_seen &&
					 !said_then(j->t, tk->end, j->ps[following_period].start);
			/* (从去年同期的221亿美元增至430亿美元: the year-ago level,
			 * named so right before it) */
			int prior_named = k > sent_first && j->toks[k - 1].type == T_CUE &&
					  (cue_of(j, &j->toks[k - 1]) & CUE_PRIOR) &&
					  (only_spaces(j->t, j->toks[k - 1].end, tk->start) ||
					   text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "的"));
			/* ("growing from $15.96 billion to $17.73 billion on a
			 * year-over-year basis": a move said year over year after
			 * the figure it went to starts from the year before) */
			int yoy_after_move = 0;
			size_t target = move_target(j, k, sent_end);
			for (size_t i = target + 1; target != SIZE_MAX && i < sent_end && j->toks[i].clause == tk->clause &&
						    j->toks[i].type != T_QTY && !yoy_after_move;
			     i++)
				yoy_after_move = j->toks[i].type == T_CUE && (cue_of(j, &j->toks[i]) & CUE_YOY);
			if (!own_period && !prior_named &&
			    (st->revise_seen ||
			     !(st->yoy_seen || (before & CUE_YOY) || (after & CUE_PRIOR) || yoy_after_move))) {
				add_candidate(j, tk, "a superseded or starting value%s", "");
				return;
			}
			prior = !own_period;
			if (own_period)
				st->base_tok = following_period;
		}
		/* (not what a change from the year before went to, "to" right
		 * before it: "EPS were up 18.1% from the year-ago period to
		 * $1.24") */
		if ((before & CUE_PRIOR) && !((nearest & CUE_TO) && !(nearest & CUE_PRIOR) && k > sent_first &&
					       j->toks[k - 1].type == T_CUE))
			prior = 1;
		if ((after & CUE_PRIOR) && !(after & (CUE_UP | CUE_DOWN)))
			prior = 1;
		/* "operating income $8.485B (vs. $6.816B Y/Y)": the amount
		 * compared with, closed by a year-over-year mark, is the year
		 * before's */
		if ((before & CUE_COMPARE) && !(before & (CUE_ESTIMATE | CUE_CONSENSUS)) && k + 1 < sent_end &&
		    j->toks[k + 1].type == T_CUE && cue_of(j, &j->toks[k + 1]) == CUE_YOY &&
		    only_spaces(j->t, tk->end, j->toks[k + 1].start) && closes_aside(j->t, j->toks[k + 1].end, j->sent_end))
			prior = 1;
		if (inherited_kind && strcmp(kind, "level")) {
			add_candidate(j, tk, "an amount compared with a change%s", "");
			return;
		}
		kind = "level";
		if (undated_comparison(j, st, k, before, inherited_kind, estimate, prior, following_period, base_period)) {
			add_candidate(j, tk, "the figure compared with, of a period not said%s", "");
			return;
		}
		/* "net income of $101.7 million, compared with a $641.4 million
		 * loss in 2024": a profit said as a loss after its amount */
		static const char *const loss_after[] = { " loss", " net loss", " operating loss", " 亏损", "亏损" };
		/* (not "a $1 billion loss on investments": a loss of its own) */
		static const char *const own_loss[] = { " loss on", " loss from", " loss of", " loss related" };
		if (met_sign > 0 && met >= 0 && mm->unit_kind == UNIT_CURRENCY && profit_metric(mm->id) &&
		    words_after(j->t, tk->end, j->sent_end, loss_after, ARRAY_SIZE(loss_after)) &&
		    !words_after(j->t, tk->end, j->sent_end, own_loss, ARRAY_SIZE(own_loss)))
			met_sign = -1;
		/* "GAAP diluted EPS was ($0.22)": a loss in brackets, as
		 * statements write one, the brackets around the currency too */
		/* (a dollar sign first: not "(约 55 亿美元)", an aside) */
		/* (of a profit: "revenue increase of 18 percent for 2021
		 * ($168.1 billion)" is an aside) */
		/* (nor right after another figure: "43.5 billion Chinese yuan
		 * ($6.02 billion)" gives it in dollars) */
		int after_figure = k > sent_first && j->toks[k - 1].type == T_QTY &&
				   only_spaces(j->t, j->toks[k - 1].end, tk->start - 1);
		if (met_sign > 0 && value > 0 && (profit_metric(mm->id) || !strcmp(mm->id, "eps")) && !after_figure &&
		    tk->start > j->sent_start && j->t[tk->start - 1] == '(' &&
		    tk->end < j->sent_end && j->t[tk->end] == ')' && tk->end - tk->start > 4 &&
		    (j->t[tk->start] == '$' || memchr(j->t + tk->start, '$', 4)))
			met_sign = -1;
		if (met_sign < 0 && value > 0)
			value = -value, low = -q->high, high = -q->low;
	} else if (q->kind == NL_PERCENT || q->kind == NL_PP || q->kind == NL_MULTIPLE) {
		int is_prior_base = 0;
		/* 47.2%, compared with 46.2% in the year-ago quarter: the level
		 * compared with is the earlier period's */
		if (inherited_kind && !strcmp(kind, "level") && (after & CUE_PRIOR) && !(after & (CUE_UP | CUE_DOWN)))
			prior = 1;
		if (inherited_kind && !strcmp(kind, "level") &&
		    undated_comparison(j, st, k, before, inherited_kind, estimate, prior, following_period, base_period)) {
			add_candidate(j, tk, "the figure compared with, of a period not said%s", "");
			return;
		}
		if (!inherited_kind) {
			if (marks & CUE_QOQ)
				kind = "qoq";
			else if (marks & CUE_YOY)
				kind = "yoy";
			else if ((after | before) & CUE_PRIOR)
				kind = "yoy", is_prior_base = 1;
			else
				kind = NULL;
		}
		/* "在总营收中所占的比例为11.9%,去年同期则为15.9%": what the year
		 * before was, said as a percentage, is no change of an amount
		 * but the value of a measure the sentence gave before */
		static const char *const was[] = { "为", "则为", "也为", "仅为", "则是", "是" };
		if (!inherited_kind && kind && !strcmp(kind, "yoy") && is_prior_base && mm->unit_kind != UNIT_PERCENT &&
		    q->kind == NL_PERCENT && k > sent_first && j->toks[k - 1].type == T_CUE &&
		    (cue_of(j, &j->toks[k - 1]) & CUE_PRIOR) && span_in_list(j->t, j->toks[k - 1].end, tk->start, was, ARRAY_SIZE(was))) {
			add_candidate(j, tk, "the year before's value of a measure, not a change of %s", mm->id);
			return;
		}
		/* 经营利润率由28.0%上升至30.5%, "rose from 28.0% to 30.5%":
		 * where it started, in a period not said; 从15%,同比降到2%,
		 * "fell from 15% to 2% year over year": where it started a
		 * year before. The percentage moved to is the level. */
		int moved_level = 0;
		if (mm->unit_kind == UNIT_PERCENT && !inherited_kind && q->kind == NL_PERCENT) {
			size_t target = before & CUE_FROM ? move_target(j, k, sent_end) : SIZE_MAX;
			if (target != SIZE_MAX) {
				int yoy = kind && !strcmp(kind, "yoy");
				for (size_t i = k + 1; i < target && !yoy; i++)
					yoy = j->toks[i].type == T_CUE && (cue_of(j, &j->toks[i]) & CUE_YOY);
				/* (从 2021 年的 23.3% 上升到 29.6%: a start dated by a
				 * period of its own is that period's level) */
				const struct period_expr *own = owns ? &j->ps[j->toks[k - 1].idx].expr : NULL;
				/* (毛利率由上一季度的56.1%降至54.2%: or said as the
				 * quarter before, or the year-ago one) */
				if (!yoy && own &&
				    ((own->year && own->rel == PREL_NONE) ||
				     (own->type == PERIOD_QUARTER && (own->rel == PREL_PREV || own->rel == PREL_YEAR_BACK)))) {
					following_period = j->toks[k - 1].idx;
					moved_level = 1;
				} else if (!yoy) {
					add_candidate(j, tk, "a superseded or starting value%s", "");
					return;
				} else {
					prior = moved_level = 1;
				}
			} else if (moved_to(j, k, sent_first)) {
				moved_level = 1;
			}
		}
		if (mm->unit_kind == UNIT_PERCENT && !inherited_kind) {
			if (q->kind == NL_PERCENT && (!kind || is_prior_base || moved_level)) {
				if (moved_level) {
					kind = "level";
				} else if (is_prior_base && !(before & CUE_PRIOR) && !((after) & CUE_PRIOR)) {
					kind = "level";
				} else if (is_prior_base && !((nearest & (CUE_UP | CUE_DOWN)) && !(nearest & CUE_TO) &&
							       !(nearest & CUE_PRIOR) && j->toks[k - 1].type == T_CUE &&
							       only_spaces(j->t, j->toks[k - 1].end, tk->start))) {
					/* (not what it moved by, said right after the
					 * word of moving: "57.9%, up 2.9% from a year
					 * ago" — points or per cent, not said) */
					prior = 1;
					kind = "level";
				} else if ((nearest & (CUE_UP | CUE_DOWN)) && !(nearest & CUE_TO) &&
					   j->toks[k - 1].type == T_CUE &&
					   /* ("25% revenue growth and 49% gross margin": the
					    * word of growth is the item's before) */
					   !text_is(j->t, j->toks[k - 1].end, tk->start, " and ")) {
					add_candidate(j, tk, "a change of a percentage with no period to compare with%s", "");
					return;
				} else {
					kind = "level";
				}
			} else if (q->kind == NL_PERCENT && kind && owned_by_comparison(j, k, sent_first)) {
				/* 毛利率为56.2%，较去年同期的52.9%提升3.3个百分点: the
				 * percentage the comparison owns is the level then
				 * (see the base levels below) */
				kind = "level";
			} else if (q->kind == NL_PERCENT && kind && !strcmp(kind, "yoy") && k > sent_first &&
				   j->toks[k - 1].type == T_CUE && cue_of(j, &j->toks[k - 1]) == CUE_TO &&
				   only_spaces(j->t, j->toks[k - 1].end, tk->start) && (before & (CUE_UP | CUE_DOWN))) {
				/* "gross margin percentage increased year-over-year to
				 * 69%": where it moved to, its level */
				kind = "level";
			} else if (q->kind == NL_PERCENT && kind) {
				add_candidate(j, tk, "a percent change of a percentage: relative or points is unclear%s", "");
				return;
			} else if (q->kind == NL_PP && !kind && st->prior_seen && st->last.valid &&
				   !strcmp(st->last.kind, "level") && st->last.met == met && st->last.ent == ent &&
				   (before & (CUE_UP | CUE_DOWN))) {
				/* "23.7%, compared with 17.1% a year ago, up 6.6
				 * percentage points": the change against the year-ago
				 * level just given */
				kind = "yoy";
			} else if (q->kind == NL_PP && !kind && base_period >= 0) {
				/* "1,380 basis points worse than the prior-year
				 * quarter": against the base it names (yoy or qoq,
				 * below) */
				kind = "yoy";
			} else if (q->kind == NL_PP && !kind) {
				add_candidate(j, tk, "a change in points with no yoy or qoq to say against what%s", "");
				return;
			} else if (q->kind == NL_MULTIPLE) {
				add_candidate(j, tk, "a multiple of a percentage%s", "");
				return;
			}
		} else if (!inherited_kind) {
			if (q->kind == NL_PP) {
				add_candidate(j, tk, "points, but %s is not a percentage", mm->id);
				return;
			}
			/* "the margin rose to 35%": the level a rate moved to, of a
			 * measure the lexicon does not give as a percentage; no
			 * change of this one (but "growth accelerated to 40%" is) */
			if (!kind && q->kind == NL_PERCENT && directional && moved_to_rate(j, k, sent_first)) {
				add_candidate(j, tk, "a rate moved to, but %s is not a percentage", mm->id);
				return;
			}
			if (!kind && q->kind == NL_PERCENT && directional)
				kind = "yoy"; /* grew 15%: against the year before */
			/* "+25% from the year-ago quarter": against the base it
			 * names (which says yoy or qoq, below) */
			if (!kind && q->kind == NL_PERCENT && base_period >= 0)
				kind = "yoy";
			if (!kind && q->kind == NL_MULTIPLE && following_period >= 0)
				kind = "yoy"; /* nearly triple its volume in October 2024: checked below */
			/* 同比 +34%(FY26Q1 为 +26%): an aside that gives the change
			 * of another period is of the same kind */
			if (!kind && q->kind == NL_PERCENT && st->bracket_close && tk->start < st->bracket_close &&
			    st->last.valid && st->last.met == met && strcmp(st->last.kind, "level") &&
			    !strcmp(st->last.unit, "%"))
				kind = !strcmp(st->last.kind, "qoq") ? "qoq" : "yoy";
			/* 同比增长 39%，上一季度（FY26Q1）为 40%: a clause that names
			 * another period and gives it a percentage, after a change,
			 * gives that period's change of the same kind */
			if (!kind && q->kind == NL_PERCENT && st->last.valid && st->last.met == met && st->last.ent == ent &&
			    strcmp(st->last.kind, "level") && !strcmp(st->last.unit, "%") &&
			    period_said_of_percent(j, k, sent_first))
				kind = !strcmp(st->last.kind, "qoq") ? "qoq" : "yoy";
			/* "Operating income was $474 million, or 11.3 percent of net
			 * revenue": the profit's margin */
			int margin = !kind ? margin_said : -1;
			if (margin >= 0) {
				met = margin;
				mm = lexicon_metric_at(lx, (size_t)met);
				kind = "level";
			}
			if (!kind) {
				add_candidate(j, tk, q->kind == NL_MULTIPLE ? "a multiple with nothing to compare it with%s"
									 : "a percentage, but %s is not one",
					      q->kind == NL_MULTIPLE ? "" : mm->id);
				return;
			}
		}
		/* 收入同比增加39.5%至48.4%: a change of an amount, then "to" a
		 * percentage, which no amount is: the two ends of a range of
		 * the change */
		if (strcmp(kind, "level") && q->kind == NL_PERCENT && mm->unit_kind != UNIT_PERCENT && k + 2 < sent_end &&
		    (cue_of(j, &j->toks[k + 1]) & CUE_TO) && j->toks[k + 2].type == T_QTY &&
		    qtok(j, &j->toks[k + 2])->kind == NL_PERCENT && only_spaces(j->t, tk->end, j->toks[k + 1].start) &&
		    only_spaces(j->t, j->toks[k + 1].end, j->toks[k + 2].start)) {
			add_candidate(j, tk, "one end of a range of the change (to a percentage, which %s is not)", mm->id);
			return;
		}
		if (strcmp(kind, "level")) {
			/* 按年增长1.01倍: grown by 1.01 times itself (+101%) or to
			 * it (+1%)? Chinese writers say both; which, is not said
			 * (增长逾1倍, 翻倍, 是去年的3倍 say it) */
			if (q->kind == NL_MULTIPLE && q->value != 1 && grown_times(j, k, sent_first)) {
				add_candidate(j, tk, "grown N times: by N times itself or to N times, which is not said%s", "");
				return;
			}
			if (q->kind == NL_MULTIPLE) {
				value = (q->value - 1) * 100;
				low = (q->low - 1) * 100;
				high = (q->high - 1) * 100;
				unit = "%";
				/* 增长逾 1 倍: grew by once itself, doubled, not by 0% */
				if (q->value == 1 && directional && !q->change_word) {
					value = 100;
					low = high = 0;
				}
			}
			if (down && value > 0) {
				double l = low;
				value = -value;
				low = -high;
				high = -l;
			}
		}
	} else {
		return;
	}

	/* 亏损环比收窄约三成, "the net loss narrowed 30%": a change of a loss
	 * says no change of the income it is the negative of */
	if (met_sign < 0 && strcmp(kind, "level") && mm->unit_kind == UNIT_CURRENCY) {
		add_candidate(j, tk, "a change of a loss: no change of the income it is the negative of%s", "");
		return;
	}
	/* "AWS 營益率 26.3%，上季則為 29%": set against the figure before it,
	 * whose period the sentence must have given */
	for (size_t i = k; i > sent_first && j->toks[i - 1].clause == tk->clause; i--) {
		const struct tok *pt = &j->toks[i - 1];
		if (pt->type != T_PERIOD)
			continue;
		if (j->ps[pt->idx].expr.rel == PREL_PREV && pt->end + 3 <= j->sent_end &&
		    (!memcmp(j->t + pt->end, "则", 3) || !memcmp(j->t + pt->end, "則", 3)) &&
		    !(st->last.valid && st->last.ent == ent)) {
			add_candidate(j, tk, "said against a figure whose period is not known%s", "");
			return;
		}
		break;
	}
	/* "数据中心:FY25Q1单季度收入226亿美元", "游戏和AI PC:FY25Q1单季度收入26亿美元":
	 * a label before a colon opening the sentence, then the metric: with
	 * it, a metric of the lexicon; words that are no token of ours, a
	 * part we do not track */
	{
		size_t ls, le;
		int mt = met >= 0 ? opening_label_metric(j, k, sent_first, &ls, &le) : -1;
		if (mt >= 0) {
			int seg = label_metric(j, ls, le, &j->toks[mt]);
			size_t sp = le;
			while (seg < 0 && sp > ls && j->t[sp - 1] != ' ')
				sp--;
			if (seg < 0 && sp > ls)
				seg = label_metric(j, sp, le, &j->toks[mt]);
			if (seg >= 0 && j->lm[j->toks[mt].idx].index == met) {
				met = seg;
				mm = lexicon_metric_at(lx, (size_t)met);
			} else if (seg < 0 && !label_says_nothing(j, ls, le)) {
				j->stage = "attach";
				add_candidate(j, tk, "belongs to a part not in the lexicon: %.*s", (int)(le - ls), j->t + ls);
				return;
			}
		}
	}
	/* "the group's revenue in Q1 2024 came from Google Search & others,
	 * with a turnover of $46.2 billion", "$38.7 billion of the group's
	 * revenues came from the United States": the figures of where it came
	 * from, a part (one the lexicon knows takes them) */
	if (met >= 0) {
		static const char *const came[] = { " came from ", " generated from ", " coming from ", " derived from ",
						    " generated by " };
		for (size_t i = sent_first; i < sent_end; i++) {
			if (j->toks[i].type != T_METRIC || j->lm[j->toks[i].idx].index != met)
				continue;
			size_t a = j->toks[i].end;
			/* (past the period between: "revenue in Q1 2024 came from") */
			if (i + 1 < sent_end && j->toks[i + 1].type == T_PERIOD && text_is_trimmed(j->t, a, j->toks[i + 1].start, "in"))
				a = j->toks[i + 1].end;
			size_t n = 0;
			for (size_t w = 0; w < ARRAY_SIZE(came) && !n; w++)
				if (a + strlen(came[w]) <= j->sent_end && !strncmp(j->t + a, came[w], strlen(came[w])))
					n = strlen(came[w]);
			if (!n)
				continue;
			size_t from = a + n;
			size_t nt = i + 1;
			while (nt < sent_end && j->toks[nt].start < from)
				nt++;
			if (nt < sent_end && j->toks[nt].type == T_ENTITY && j->toks[nt].start == from &&
			    lexicon_entity_at(lx, (size_t)j->lm[j->toks[nt].idx].index)->parent >= 0) {
				ent = j->lm[j->toks[nt].idx].index;
				break;
			}
			size_t we = from;
			while (we < j->sent_end && j->t[we] != ',' && j->t[we] != '.' && we - from < 40)
				we++;
			j->stage = "attach";
			add_candidate(j, tk, "belongs to a part not in the lexicon: %.*s", (int)(we - from), j->t + from);
			return;
		}
	}
	/* 苹果美国第二季度收入: a region glued to the company's name is a
	 * part of it (its sales there) */
	{
		static const char *const regions[] = { "美国", "美洲", "欧洲", "日本", "中国", "大中华", "亚太", "亚洲",
						       "拉美", "中东", "印度", "韩国", "台湾", "香港" };
		/* (and what the sentence goes on to say of it after) */
		for (size_t i = k; i > sent_first; i--) {
			if (j->toks[i - 1].type != T_ENTITY)
				continue;
			size_t a = j->toks[i - 1].end;
			for (size_t r = 0; r < ARRAY_SIZE(regions); r++) {
				size_t n = strlen(regions[r]);
				/* (not 中国市场's own words: a region right before a period
				 * or a metric) */
				if (a + n <= tk->start && !memcmp(j->t + a, regions[r], n) && i < j->ntoks &&
				    j->toks[i].start == a + n && (j->toks[i].type == T_PERIOD || j->toks[i].type == T_METRIC)) {
					j->stage = "attach";
					add_candidate(j, tk, "belongs to a part not in the lexicon: %s", regions[r]);
					return;
				}
			}
			break;
		}
	}
	/* "Revenue of $4.28 billion for Data Centers": a name after "for"
	 * says whose the figure is; with the metric it may name one of the
	 * lexicon (Data Center revenue), else a part we do not track */
	{
		size_t ns, ne;
		/* ("sales of $32.8 billion for the iPhone": a part of the
		 * company the lexicon knows, named so, is the figure's) */
		size_t fp = tk->end;
		if (fp + 5 <= j->sent_end && !strncmp(j->t + fp, " for ", 5)) {
			fp += 5;
			if (fp + 4 <= j->sent_end && !strncmp(j->t + fp, "the ", 4))
				fp += 4;
			if (k + 1 < sent_end && j->toks[k + 1].start == fp && j->toks[k + 1].type == T_ENTITY && ent >= 0) {
				int named = j->lm[j->toks[k + 1].idx].index;
				if (lexicon_entity_at(lx, (size_t)named)->parent >= 0 &&
				    lexicon_root(lx, named) == lexicon_root(lx, ent))
					ent = named;
				/* ("net sales increased to $137.4 billion for Amazon"
				 * after sentences on AWS: the company named so is the
				 * figure's, not the part carried to it) */
				else if (named == lexicon_root(lx, ent) && named != ent && ent == st->ent && !st->ent_named)
					ent = named;
			}
		}
		if (met >= 0 && for_name_after(j, k, sent_end, &ns, &ne)) {
			int seg = -1;
			for (size_t i = k; i > sent_first && seg < 0 && j->toks[i - 1].clause == tk->clause; i--)
				if (j->toks[i - 1].type == T_METRIC && j->lm[j->toks[i - 1].idx].index == met) {
					seg = label_metric(j, ns, ne, &j->toks[i - 1]);
					/* ("Data Centers": the singular too) */
					if (seg < 0 && ne - ns > 3 && j->t[ne - 1] == 's')
						seg = label_metric(j, ns, ne - 1, &j->toks[i - 1]);
					break;
				}
			if (seg < 0) {
				j->stage = "attach";
				add_candidate(j, tk, "belongs to a part not in the lexicon: %.*s", (int)(ne - ns), j->t + ns);
				return;
			}
			met = seg;
			mm = lexicon_metric_at(lx, (size_t)met);
		}
	}
	/* "Azure增速仍明显高于AWS的20% - Q1资本支出349亿美元": what only a
	 * whole company reports, said of a part carried from a sentence
	 * before, is its company's */
	if (ent >= 0 && ent == st->ent && !st->ent_named && lexicon_entity_at(lx, (size_t)ent)->parent >= 0 &&
	    company_only_metric(lx, met))
		ent = lexicon_root(lx, ent);
	/* the period */
	j->stage = "period";
	/* "its financial results for the fourth quarter and full year for
	 * 2020, revealing the company had a revenue of $9.76 billion": a
	 * figure its own clause does not date, in a sentence that named a
	 * quarter and a year together, is of one of them — which, it does not
	 * say */
	if (following_period < 0 && !st->clause_per_seen && quarter_and_year_said(j->t, j->sent_start, tk->start)) {
		add_candidate(j, tk, "its sentence names a quarter and a full year together; which one it is of is not said%s", "");
		return;
	}
	/* 预计第四季度营收 650 亿美元。毛利率为 73.6%: a period carried from a
	 * forecast to a figure not said as one may be the forecast's or not */
	struct period reported;
	int have_reported = 0;
	/* a yearless quarter from an earlier sentence that no figure took as
	 * a forecast, but that is the one under way on the report's date
	 * ("Broadcom forecasts second-quarter revenue above estimates"), is a
	 * forecast's too: read as over it would be a year back. A figure said
	 * as over after it is of the quarter just reported; any other is left
	 * out */
	struct period under_way;
	int carried_ahead = following_period < 0 && per >= 0 && per < st->sentence_pers && !estimate &&
			    j->pers[per].est <= 0 && !j->pers[per].expr.year && j->pers[per].expr.rel == PREL_NONE &&
			    j->pers[per].expr.type == PERIOD_QUARTER &&
			    resolve_period(j, per, &ee->calendar, 1, &under_way, 0) == 0 &&
			    reported_before_forecast(j, &under_way, &ee->calendar, &reported) == 0;
	/* "spending would grow faster in fiscal 2026. Azure revenue rose 40%":
	 * a period still to come, carried from an earlier sentence to a figure
	 * said as over, is not that figure's */
	/* "This is up from the previous quarter, when AMD suffered a net loss
	 * of $36 million": a clause opened by "when" tells of the time it
	 * names, not of the period carried from an earlier sentence */
	if (following_period < 0 && per >= 0 && per < st->sentence_pers) {
		size_t c = tk->start;
		while (c > j->sent_start && j->t[c - 1] != ',' && j->t[c - 1] != ';')
			c--;
		while (c < tk->start && j->t[c] == ' ')
			c++;
		/* (after "a year ago, when it was $30.8 billion" the year-ago
		 * level, which the prior's words settle) */
		size_t b = k;
		while (b > sent_first && j->toks[b - 1].start >= c)
			b--;
		int year_ago = b > sent_first && j->toks[b - 1].type == T_CUE &&
			       (cue_of(j, &j->toks[b - 1]) & (CUE_YOY | CUE_PRIOR));
		if (c > j->sent_start && tk->start - c > 5 && !strncmp(j->t + c, "when ", 5) && !year_ago) {
			add_candidate(j, tk, "a figure of the time a clause opened by \"when\" tells of%s", "");
			return;
		}
	}
	/* (not "quarterly earnings for Q1 2015" said in May 2014: Nvidia's own
	 * Q1 2015, which is over, as in the sentence itself) */
	struct period ahead;
	if (following_period < 0 && per >= 0 && per < st->sentence_pers && !estimate && j->pers[per].est <= 0 &&
	    j->ref.y && resolve_period(j, per, &ee->calendar, 0, &ahead, 0) == 0 &&
	    (company_quarter_if_over(&j->pers[per].expr, &ee->calendar, j->ref, &ahead), date_cmp(ahead.end, j->ref) > 0) &&
	    said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start)) {
		add_candidate(j, tk, "its period, from an earlier sentence, is still to come%s", "");
		return;
	}
	if (carried_ahead) {
		if (!said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start)) {
			add_candidate(j, tk, "its period is a forecast's, from an earlier sentence%s", "");
			return;
		}
		have_reported = 1;
	} else if (following_period < 0 && per >= 0 && per < st->sentence_pers && j->pers[per].est > 0 && !estimate) {
		/* 公司预计 FY2026Q4 营收约 650 亿美元；毛利率约 74.8%: a statement
		 * that goes on past a ；goes on forecasting the period still to
		 * come (not one it compared with: 是 2024 年的 3.2 倍；…) */
		struct period fp;
		int fr = resolve_period(j, per, &ee->calendar, 1, &fp, 0);
		const struct last_fact *pa = &st->para_actual;
		int over = said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start);
		if (over && pa->valid && j->ref.y &&
		    lexicon_root(lx, pa->ent) == lexicon_root(lx, ent) && date_cmp(pa->period.end, j->ref) <= 0 &&
		    (st->soft == 0 || per < st->chain_pers)) {
			/* "3Q25 capex was $24.0bn. The FY25 guide was raised ...
			 * Google Cloud revenue rose 34%": a figure said as over
			 * after a forecast is of the period the paragraph
			 * reported */
			reported = pa->period;
			have_reported = 1;
		} else if (over && !pa->valid && fr == 0 &&
			   j->fs->last_reported.y && j->fs->outlook_root == lexicon_root(lx, ent) &&
			   (st->soft == 0 || per < st->chain_pers) &&
			   reported_before_forecast(j, &fp, &ee->calendar, &reported) == 0 &&
			   labs(date_days(reported.end) - date_days(j->fs->last_reported)) <= 10) {
			/* a wire's paragraphs: "Oracle expects growth of 19% to 21%
			 * in the third quarter." then "Adjusted EPS came in at
			 * $2.26": said as over, of the quarter the story reported
			 * (the one before the forecast's) */
			have_reported = 1;
		} else if (over && !pa->valid && named_quarter_over(j, &ee->calendar, &reported)) {
			/* "Salesforce reported strong Q3 FY2026 results ... and a
			 * raised full-year revenue outlook. Total revenues increased
			 * 9%": a figure said as over after a forecast, before any
			 * other, is of the quarter the text named with its year */
			have_reported = 1;
		} else if (j->pers[per].expr.type == PERIOD_YEAR && j->fs->last_quarter.valid &&
			   says_kind_in(j, sent_first, sent_end, CUE_QOQ)) {
			/* "预计今年软件等收入年化约20亿美元 … 数据中心营收263亿美元,同比
			 * 增长154%,环比增长16%": a figure changed from the quarter
			 * before is no year's; the quarter the text named last is
			 * the one to read it in (below) */
			per = -1;
		} else if (over && fr == 0 && j->ref.y && date_cmp(fp.end, j->ref) <= 0) {
			/* "Management forecast operating income between $0 and $3
			 * billion for Q4. Actually, Amazon earned an operating
			 * income of $3.5 billion": a forecast told in the past of a
			 * period over by the report's date, then what came of it */
			reported = fp;
			have_reported = 1;
		} else if (!st->soft || per < st->chain_pers || fr < 0 || date_cmp(fp.end, j->ref) <= 0) {
			add_candidate(j, tk, "its period is a forecast's, from an earlier sentence%s", "");
			return;
		} else {
			estimate = j->pers[per].est;
		}
	}
	struct period p;
	int have = -1, expected_of_reported = 0;
	if (have_reported) {
		p = reported;
		have = 0;
	} else if (consensus_of && following_period < 0) {
		p = consensus_of->period; /* what analysts expected of the figure before */
		have = 0;
	} else if (following_period >= 0 && (before & (CUE_COMPARE | CUE_FROM)) && st->last.valid &&
		   st->last.period.type == PERIOD_QUARTER && j->ps[following_period].expr.type == PERIOD_YEAR &&
		   j->ps[following_period].expr.rel == PREL_LAST_YEAR && !j->ps[following_period].expr.index) {
		/* "$5.5 billion, versus $4.87 billion last year", "margin
		 * increased to 30% from 29% last year": a quarter's figure
		 * compared with last year's is the same quarter's then */
		period_prior_year(&st->last.period, &ee->calendar, &p);
		have = 0;
	} else if (following_period >= 0 && per >= st->sentence_pers && per >= 0 && first_figure_after_period(j, k, sent_first) &&
		   year_of_quarter(&j->pers[per].expr, &j->ps[following_period].expr) &&
		   bare_year(j->t, j->ps[following_period].start, j->ps[following_period].end) &&
		   quarter_in_year(&j->pers[per].expr, &j->ps[following_period].expr, &ee->calendar, j->ref, &p) == 0) {
		/* "reported fiscal second-quarter revenues of $16.1 billion for
		 * 2026": the year after the figure is its quarter's */
		have = 0;
	} else if (following_period >= 0) {
		/* resolve the following period as if it came next in the paragraph */
		pref_slot(j);
		j->pers[j->npers].expr = j->ps[following_period].expr;
		j->pers[j->npers].prev = per;
		j->pers[j->npers].est = estimate;
		j->pers[j->npers].temp = 1;
		j->pers[j->npers].named = ent;
		j->pers[j->npers].now = 0;
		int tmp = (int)j->npers;
		j->npers++;
		struct period fp;
		int fr = resolve_forecast(j, tmp, &ee->calendar, estimate, &fp);
		/* up from $100 million in January, after October: the base is
		 * the last January gone by, not the one after the context */
		if (fr < 0 && (before & CUE_FROM) && !estimate) {
			j->pers[tmp].prev = -1;
			fr = resolve_period(j, tmp, &ee->calendar, estimate, &fp, 0);
		}
		j->npers--;
		struct period cp;
		int cr = resolve_period(j, multiple_of && st->base_pending ? st->base_restore : per, &ee->calendar, estimate,
					&cp, 0);
		/* 约为 2024 年同期的 20 倍: a multiple of the same period a year
		 * before is a change of a year, as a growth said against it is */
		/* (not a period the figure is said "in": "grew 2.3% in Q3 2020"
		 * after a sentence on Q3 2021 is of Q3 2020) */
		size_t fps = j->ps[following_period].start;
		int said_in = q->kind == NL_PERCENT && fps > tk->end && introduced(j->t, tk->end, fps) &&
			      !(before & (CUE_COMPARE | CUE_FROM));
		if (fr == 0 && cr == 0 && (strcmp(kind, "level") || q->kind == NL_MULTIPLE) && !said_in &&
		    labs(date_days(cp.end) - 365 - date_days(fp.end)) <= 10) {
			p = cp; /* compared with the same period a year before */
			have = 0;
			kind = strcmp(kind, "qoq") ? "yoy" : kind;
		} else if (fr == 0) {
			if (multiple_of || (q->kind == NL_MULTIPLE && !(marks & (CUE_YOY | CUE_QOQ)) && !((before | after) & CUE_PRIOR))) {
				add_candidate(j, tk, "a multiple with nothing to compare it with%s", "");
				return;
			}
			p = fp;
			have = 0;
			/* (a period said after the actual it dates is one the
			 * text reports, to the estimates that follow) */
			if (!estimate)
				j->reported_ps = following_period;
		}
	} else if ((before & CUE_COMPARE) && !(before & CUE_PRIOR) && st->last.valid &&
		   ((per >= 0 && (st->last.per_index == per || same_period_as_last(j, st, per, &ee->calendar))) ||
		    (per < 0 && estimate && !(after & CUE_PRIOR) && k >= sent_first + 2 && j->toks[k - 2].type == T_QTY &&
		     j->toks[k - 2].start >= j->sent_start && st->last.qend == j->toks[k - 2].end))) {
		/* vs. consensus $49.4B: the period of the figure compared with,
		 * even where an estimate alone would read a yearless Q3 as the
		 * next one (and where the figure compared with found its period
		 * otherwise than in its sentence, for an estimate: "Revenue:
		 * $38.3 billion, versus $37.37 billion expected") */
		p = st->last.period;
		have = 0;
		/* the period is the actual's, whatever its sentence forecasts */
		if (per >= 0 && j->pers[per].est < 0)
			j->pers[per].est = 0;
	} else if (per >= 0) {
		if (j->pers[per].expr.rel == PREL_OPEN) {
			add_candidate(j, tk, "an open-ended period%s", "");
			return;
		}
		/* "posted revenue of $1.57 billion, up 110% year-over-year and
		 * slightly above the consensus of $1.55 billion": what analysts
		 * expected of a period the text reports is that period's, not
		 * the next one an estimate alone would read */
		/* (so is guidance an actual is set against: "That's above the
		 * company's guidance range of $7.37 billion to $7.38 billion") */
		/* (and what analysts had expected, said in the past, of a
		 * period no forecast was of: "1st-Quarter 2018 Earnings ...
		 * Microsoft expects revenue of $27.8 billion to $28.6 billion
		 * for its fiscal second quarter. Analysts had expected revenue
		 * of about $23.56 billion") */
		expected_of_reported = estimate &&
				       ((j->pers[per].reported &&
					 (((before | after) & CUE_CONSENSUS) || st->consensus_clause == tk->clause ||
					  ((before & CUE_COMPARE) && !(before & CUE_PRIOR)))) ||
					(j->pers[per].est <= 0 && per < st->sentence_pers &&
					 expected_in_past(j, sent_first, sent_end)));
		have = resolve_forecast(j, per, &ee->calendar, estimate && !expected_of_reported, &p);
		/* (an expectation the figure just given is set against,
		 * "exceeding analysts estimated RMB37.9 billion", makes no
		 * period a forecast's) */
		int expected_of_last = estimate && st->last.valid && st->last.met == met &&
				       st->last.qend >= j->sent_start && !strcmp(st->last.kind, "level");
		if (have == 0 && j->pers[per].est < 0 && !expected_of_last)
			j->pers[per].est = estimate;
		if (have == 0 && !estimate)
			j->pers[per].reported = 1;
		/* Apple's September quarter, then "Nvidia's data center revenue
		 * was ...": a quarter carried from an earlier sentence that is
		 * none of this company's own was said of another company */
		/* (Q1 2015 carried to May 2014: Nvidia's own, which is over) */
		if (have == 0 && per < st->sentence_pers && !p.fiscal_label[0] && !estimate)
			company_quarter_if_over(&j->pers[per].expr, &ee->calendar, j->ref, &p);
		if (have == 0 && per < st->sentence_pers && !p.fiscal_label[0] &&
		    (p.type == PERIOD_QUARTER || p.type == PERIOD_HALF)) {
			add_candidate(j, tk, "its period, from an earlier sentence, is none of %s's fiscal periods",
				      ee->id);
			return;
		}
	}
	/* 2025-2027 年营收分别为 1296、1351、1420 亿元: one company, a value for
	 * each of a run of periods; a run that pairs with no periods is left out */
	if (!q->slash_group && !from_list) {
		size_t pick[8], mark;
		int n = paired_run(j, j->sent_start, sent_first, sent_end, pick, &mark);
		int at = -1;
		for (int i = 0; i < n; i++)
			if (pick[i] == k)
				at = i;
		if (n >= 2 && at >= 0) {
			struct period_expr xs[8];
			int np = paired_periods(j, sent_first, mark, xs, 8);
			/* "GAAP and non-GAAP gross margins ... 74.8% and 75.0%,
			 * respectively": the reported figure, then the adjusted one */
			static const char *const gaap_pairs[] = { "GAAP and non-GAAP", "GAAP 和 Non-GAAP", "GAAP/Non-GAAP",
								  "GAAP and adjusted", "GAAP/adjusted",
								  "IFRS and non-IFRS", "IFRS 和 Non-IFRS" };
			int gaap_pair = 0;
			for (size_t g = 0; g < ARRAY_SIZE(gaap_pairs) && n == 2 && np != n && !gaap_pair; g++)
				gaap_pair = span_contains(j->t, j->sent_start, mark, gaap_pairs[g], 1);
			if (gaap_pair && at == 1) {
				add_candidate(j, tk, "the adjusted (non-GAAP) one of a GAAP and non-GAAP pair%s", "");
				return;
			}
			if (np != n && !gaap_pair && list_met < 0 && !kind_paired) {
				add_candidate(j, tk, "one of a list of values that pairs with no list of periods%s", "");
				return;
			}
			if (!gaap_pair && np == n) {
				pref_slot(j);
				j->pers[j->npers].expr = xs[at];
				j->pers[j->npers].prev = per;
				j->pers[j->npers].est = estimate;
				j->pers[j->npers].temp = 1;
				j->pers[j->npers].named = -1;
				j->pers[j->npers].now = 0;
				j->npers++;
				have = resolve_period(j, (int)j->npers - 1, &ee->calendar, estimate, &p, 0);
				j->npers--;
			}
		}
	}
	/* news: "Microsoft's Azure grew 40%" in a paragraph that names no
	 * period, after one that named the quarter being reported: a growth
	 * rate said as reported is of that quarter, read in the calendar when
	 * the text is about several companies — if that quarter is over and
	 * recent; in a text about one company ("RPO reached $455bn" in the
	 * bullet after "FQ1 revenue of $14.93bn"), any figure said as reported */
	if (have < 0 && !q->slash_group && !estimate && per < 0 && following_period < 0 &&
	    j->fs->last_quarter.valid &&
	    (!strcmp(kind, "yoy") || !strcmp(kind, "qoq") || j->doc_subject >= 0 || st->para_reported ||
	     compared_with_year_before(j, sent_first, sent_end))) {
		pref_slot(j);
		j->pers[j->npers].expr = j->fs->last_quarter.expr;
		if (j->doc_subject < 0 && !j->pers[j->npers].expr.fiscal)
			j->pers[j->npers].expr.calendar = 1;
		j->pers[j->npers].prev = -1;
		j->pers[j->npers].est = 0;
		j->pers[j->npers].temp = 1;
		j->pers[j->npers].named = -1;
		j->pers[j->npers].now = 0;
		j->npers++;
		struct period lp;
		if (resolve_period(j, (int)j->npers - 1, &ee->calendar, 0, &lp, 0) == 0 && j->ref.y &&
		    date_cmp(lp.end, j->ref) <= 0 && date_days(j->ref) - date_days(lp.end) <= 120) {
			p = lp;
			have = 0;
		}
		/* "Microsoft's fiscal first quarter", then "Alphabet's Google
		 * Cloud revenue jumped 34%": the quarter being reported is
		 * the same stretch of time, read in each company's own
		 * calendar — the one of its quarters that ends with it */
		if (have < 0 && j->fs->last_reported.y && j->doc_subject < 0) {
			struct date d = j->fs->last_reported;
			memset(&j->pers[j->npers - 1].expr, 0, sizeof(j->pers[j->npers - 1].expr));
			j->pers[j->npers - 1].expr.type = PERIOD_QUARTER;
			j->pers[j->npers - 1].expr.year = d.y;
			j->pers[j->npers - 1].expr.month_named = d.m;
			if (resolve_period(j, (int)j->npers - 1, &ee->calendar, 0, &lp, 0) == 0 &&
			    labs(date_days(lp.end) - date_days(d)) <= 10) {
				p = lp;
				have = 0;
			}
		}
		j->npers--;
		/* "AWS posted revenue growth of 20.2% to $33.0 billion. AWS
		 * operating income was $11.4 billion.": the paragraph goes on
		 * about the quarter reported */
		if (have == 0)
			st->para_reported = 1;
	}
	/* "Anthropic is now generating about $3 billion in annualized
	 * revenue", 目前 ARR 已超过: a level of a stock said as it stands now
	 * is the report month's */
	if (have < 0 && !q->slash_group && !estimate && per < 0 && following_period < 0 && !strcmp(kind, "level") &&
	    mm->stock && j->ref.y && said_now(j->t, j->sent_start, tk->start)) {
		memset(&p, 0, sizeof(p));
		p.type = PERIOD_MONTH;
		p.start = (struct date){ j->ref.y, j->ref.m, 1 };
		p.end = (struct date){ j->ref.y, j->ref.m, date_month_days(j->ref.y, j->ref.m) };
		period_label(&p, &ee->calendar);
		have = 0;
	}
	/* "Let me turn to the outlook. Total revenue is expected to be $65
	 * billion": a forecast that names no period, in a text on one company
	 * whose own period is over and reported in it, is of a period it does
	 * not say (an estimate a figure is compared with is that period's) */
	if (have == 0 && estimate && !expected_of_reported && per >= 0 && per == st->frame_per && following_period < 0 &&
	    j->ref.y && !q->slash_group && j->doc_subject >= 0 && !((before | after) & CUE_COMPARE) &&
	    date_cmp(p.end, j->ref) <= 0 && reported_in_text(j, ent, -1, &p, 0)) {
		/* "Let me turn to the outlook for the fourth quarter. Total
		 * revenue is expected ...", then a paragraph on "gross margins
		 * are expected to be": the outlook goes on, of the same period */
		if (j->fs->outlook_root >= 0 && j->fs->outlook_root == lexicon_root(lx, ent) &&
		    j->fs->paragraphs - j->fs->outlook_para <= 1 && p.type == j->fs->outlook.type) {
			p = j->fs->outlook;
		} else {
			add_candidate(j, tk, "a forecast naming no period, and the text's own period is over%s", "");
			return;
		}
	}
	/* "revenue rose 34% to $15.16 billion": the level the change just
	 * given reached, in its period */
	if (have < 0 && !q->slash_group && q->kind == NL_AMOUNT && (before & CUE_TO) && st->last.valid &&
	    st->last.ent == ent && st->last.met == met && strcmp(st->last.kind, "level") && after_a_figure(j, k, sent_first)) {
		p = st->last.period;
		have = 0;
	}
	/* "Salesforce reported strong Q3 FY2026 results ... and a raised
	 * full-year revenue outlook. Total revenues increased 9%": a figure
	 * said as over whose sentence names no period, where the one carried
	 * to it names none it can be, is of the quarter the text named */
	struct period named;
	if (have < 0 && !q->slash_group && !estimate && per >= 0 && per < st->sentence_pers && following_period < 0 &&
	    said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start) && named_quarter_over(j, &ee->calendar, &named)) {
		p = named;
		have = 0;
	}
	/* "Alphabet reports earnings after the market close on July 23. Wall
	 * Street expects: revenues of $84.353 billion": an expectation, in a
	 * text that names no period and awaits the company's results, is of
	 * the quarter last ended, which they will report */
	/* "EPS: $4.71 vs $4.32 estimate" in a flash that names no period: a
	 * result set against what was expected of it is of the quarter last
	 * ended, just reported (and so is what it is set against) */
	/* (and "Alphabet reports earnings after the market close on July 23.
	 * Wall Street expects: revenues of $84.353 billion": an expectation,
	 * in a text that names no period and awaits the company's results, is
	 * of the quarter last ended, which they will report) */
	if (have < 0 && !q->slash_group && per < 0 && following_period < 0 && j->ref.y &&
	    ((!strcmp(kind, "level") && !((before | after) & CUE_PRIOR) && set_against_expectation(j, k, sent_first, sent_end)) ||
	     (estimate && awaits_results(j)) ||
	     /* "Apple reported quarterly sales and earnings on Tuesday ... on
	      * revenue of $58 billion, slightly more than the $57.3 billion
	      * consensus": the quarter just over, and what was expected of it */
	     ((!estimate || ((before | after) & (CUE_CONSENSUS | CUE_COMPARE))) && !((before | after) & CUE_PRIOR) &&
	      reports_quarterly(j))) &&
	    quarter_just_ended(j, &ee->calendar, &p) == 0)
		have = 0;
	/* a slash list takes its periods from its own list (below) */
	if (have < 0 && !q->slash_group) {
		add_candidate(j, tk, "no period%s", "");
		return;
	}
	/* "预期12月营收…并超越第三季的331亿美元营收" said in December: a
	 * yearless quarter read as a forecast would be three quarters ahead,
	 * while the quarter of that name just ended; which of the two the
	 * figure is of, is not said */
	const struct period_expr *px = following_period >= 0 ? &j->ps[following_period].expr :
				       per >= 0 ? &j->pers[per].expr : NULL;
	struct period just_over;
	if (have == 0 && estimate && !expected_of_reported && px && px->type == PERIOD_QUARTER && px->rel == PREL_NONE &&
	    !px->year && j->ref.y && date_days(p.start) - date_days(j->ref) > 180 &&
	    period_resolve(px, &ee->calendar, NULL, j->ref, 0, &just_over) == 0 && date_cmp(just_over.end, j->ref) <= 0 &&
	    date_days(j->ref) - date_days(just_over.end) <= PERIOD_QUARTER_NEWS_DAYS) {
		/* (ended so lately that its results may still be to come, and
		 * none of them given here: a preview's estimate of it) */
		if (date_days(j->ref) - date_days(just_over.end) <= PERIOD_UNREPORTED_DAYS &&
		    (!j->fs->last_reported.y || date_cmp(j->fs->last_reported, just_over.end) < 0)) {
			p = just_over;
		} else {
			add_candidate(j, tk,
				      "a yearless quarter: the one just over or the one three quarters ahead, which is not said%s", "");
			return;
		}
	}
	/* "全年指引660-720亿美元(上季度640-720亿美元,去年四季度600-650亿美元)":
	 * quarters in an aside after a forecast of the year are when the
	 * forecast was given before, no period of these figures */
	if (have == 0 && st->bracket_close && tk->start < st->bracket_close && st->bracket_forecast && st->last.valid &&
	    st->last.met == met && st->last.period.type == PERIOD_YEAR && p.type == PERIOD_QUARTER) {
		add_candidate(j, tk, "an earlier forecast of the year before it, dated when it was given%s", "");
		return;
	}
	/* "Our FY26 capex rises to $26.5bn ... Quarterly capex was $1.9bn": a
	 * figure its sentence says is a quarter's is none of a year's */
	if (have == 0 && (p.type == PERIOD_YEAR || p.type == PERIOD_HALF || p.type == PERIOD_YTD) &&
	    (has_word(j->t + j->sent_start, tk->start - j->sent_start, "quarterly") ||
	     span_contains(j->t, j->sent_start, tk->start, "单季", 0))) {
		add_candidate(j, tk, "a quarter's figure, but the period said is longer%s", "");
		return;
	}
	/* "RPO 较上季度末的 3920 亿美元环比增长 59%", 比去年同期的 115 亿: a level
	 * owned by the comparison before it is the base's, the period before */
	if (have == 0 && !q->slash_group && (q->kind == NL_AMOUNT || (q->kind == NL_PERCENT && mm->unit_kind == UNIT_PERCENT)) &&
	    !strcmp(kind, "level") && owned_by_comparison(j, k, sent_first)) {
		struct period base;
		int back = cue_of(j, &j->toks[k - 1]) & CUE_QOQ;
		struct period_expr prev = { .type = p.type, .rel = PREL_PREV };
		if (back && p.type == PERIOD_QUARTER && period_resolve(&prev, &ee->calendar, &p, j->ref, 0, &base) == 0) {
			p = base;
		} else if (!back) {
			period_prior_year(&p, &ee->calendar, &base);
			p = base;
		} else {
			add_candidate(j, tk, "the level of a period compared with, not said%s", "");
			return;
		}
		period_label(&p, &ee->calendar);
		estimate = 0;
	}
	/* slash lists: FY2026/FY2027 营收分别为 3250 亿/3780 亿美元 */
	if (q->slash_group) {
		int list[8];
		int nl = 0;
		/* "我们预计腾讯 2025/2026 年营收分别为 7508/8265 亿元；归母净利润分别为
		 * 2426/2718 亿元": past a ；the list of periods said before it */
		size_t from = sent_first;
		if (st->soft && !slash_periods_in(j, sent_first, sent_end))
			while (from > 0 && j->toks[from - 1].start >= statement_start(j))
				from--;
		for (size_t i = from; i < sent_end && nl < 8; i++) {
			if (j->toks[i].type != T_PERIOD)
				continue;
			if (nl && !text_has(j->t, j->toks[i - 1].end, j->toks[i].start, "/"))
				nl = 0;
			if (nl && j->toks[i - 1].type != T_PERIOD)
				nl = 0;
			list[nl++] = j->toks[i].idx;
			if (i + 1 < sent_end && j->toks[i + 1].type == T_PERIOD &&
			    text_has(j->t, j->toks[i].end, j->toks[i + 1].start, "/"))
				continue;
			if (nl > 1)
				break;
		}
		int members = 0;
		for (size_t i = 0; i < j->nq; i++)
			if (j->q[i].slash_group == q->slash_group)
				members++;
		/* 2025-2027 年营收分别为 7510/8250/9020 亿元: a range of years
		 * as long as the list, each year its member */
		struct period_expr range[8];
		int nr = nl > 1 ? 0 : paired_periods(j, from, tk->start, range, 8);
		if (nr > 0 && range[0].type != PERIOD_YEAR)
			nr = 0;
		if ((nl != members || q->slash_index >= nl) && (nr != members || q->slash_index >= nr)) {
			add_candidate(j, tk, "a list of values without as many periods%s", "");
			return;
		}
		pref_slot(j);
		if (nl == members) {
			j->pers[j->npers].expr = j->ps[list[q->slash_index]].expr;
			/* 2026/2027 财年: what the last member says of the list holds for all */
			if (j->ps[list[nl - 1]].expr.fiscal)
				j->pers[j->npers].expr.fiscal = 1;
		} else {
			j->pers[j->npers].expr = range[q->slash_index];
		}
		j->pers[j->npers].prev = per;
		j->pers[j->npers].est = estimate;
		j->pers[j->npers].temp = 1;
		j->pers[j->npers].named = -1;
		j->pers[j->npers].now = 0;
		j->npers++;
		int r = resolve_period(j, (int)j->npers - 1, &ee->calendar, estimate, &p, 0);
		j->npers--;
		if (r < 0) {
			add_candidate(j, tk, "no period%s", "");
			return;
		}
	}
	/* a change against a named base period: a year before is yoy, the
	 * quarter before is qoq; any other base says too little */
	if (base_period >= 0 && strcmp(kind, "level")) {
		pref_slot(j);
		/* the base is history, even of a figure expected */
		j->pers[j->npers].expr = j->ps[base_period].expr;
		j->pers[j->npers].prev = per;
		j->pers[j->npers].est = 0;
		j->pers[j->npers].temp = 1;
		j->pers[j->npers].named = -1;
		j->pers[j->npers].now = 0;
		j->npers++;
		struct period bp;
		int br = resolve_period(j, (int)j->npers - 1, &ee->calendar, 0, &bp, 0);
		j->npers--;
		/* (与上一季度相比，2022年第四季营收增加: a base said relatively,
		 * before the period the figure took by other means, is relative
		 * to that period) */
		if (per < 0 && j->ps[base_period].expr.rel != PREL_NONE)
			br = period_resolve(&j->ps[base_period].expr, &ee->calendar, &p, j->ref, 0, &bp);
		long gap = br == 0 ? date_days(p.end) - date_days(bp.end) : 0;
		/* the period before: the quarter before a quarter, the month
		 * before a month (较 7 月 is no change of October's we name) */
		long prev_gap = p.type == PERIOD_QUARTER ? 91 : p.type == PERIOD_MONTH ? 30 : -1000;
		/* "up 75% from Q1 2014" of Nvidia's own Q1 2015: a base named as
		 * the figure's period was, in the company's years */
		const struct period_expr *bx = &j->ps[base_period].expr;
		if (br == 0 && labs(gap - 365) > 10 && labs(gap - prev_gap) > 10 && p.fiscal_label[0] && bx->year &&
		    bx->type == PERIOD_QUARTER && bx->rel == PREL_NONE && !bx->fiscal && !bx->calendar && !bx->marked) {
			struct period_expr fx = *bx;
			struct period fb;
			fx.fiscal = 1;
			if (period_resolve(&fx, &ee->calendar, NULL, j->ref, 0, &fb) == 0) {
				long fgap = date_days(p.end) - date_days(fb.end);
				if (labs(fgap - 365) <= 10 || labs(fgap - prev_gap) <= 10) {
					bp = fb;
					gap = fgap;
				}
			}
		}
		/* the year-ago quarter is a year back by its name */
		if ((br == 0 && labs(gap - 365) <= 10) || j->ps[base_period].expr.rel == PREL_YEAR_BACK)
			kind = "yoy";
		else if (br == 0 && labs(gap - prev_gap) <= (p.type == PERIOD_MONTH ? 3 : 10))
			kind = "qoq";
		else if (br == 0 || !(marks & (CUE_YOY | CUE_QOQ))) {
			add_candidate(j, tk, "a change against a period that is neither the year nor the period before%s", "");
			return;
		}
	}
	if (st->opens_prior && !strcmp(kind, "level") && following_period < 0 && base_period < 0 &&
	    !(st->clause_per_seen && per >= st->sentence_pers))
		prior = 1;
	/* 去年同期，阿里云的收入增速为58%: a growth rate said as what it was,
	 * in a sentence that opens on the year before, is that year's */
	if (st->opens_prior && !strcmp(kind, "yoy") && q->kind == NL_PERCENT && following_period < 0 && base_period < 0 &&
	    !(st->clause_per_seen && per >= st->sentence_pers) && rate_said_as_was(j->t, j->sent_start, tk->start))
		prior = 1;
	/* "net profit attributable to Baidu was 5.8 billion yuan, and the net
	 * loss attributable to Baidu last year was 885 million yuan": last
	 * year's figure set beside a quarter's, of the same measure, is the
	 * same quarter's a year before */
	{
		int lp = following_period >= 0 ? -1 : per;
		const struct period_expr *lx_ = following_period >= 0 ? &j->ps[following_period].expr
						: lp >= 0 && lp >= st->sentence_pers ? &j->pers[lp].expr : NULL;
		/* (not past another period: "全年超過去年的60.4億美元" sets a
		 * year against a year) */
		int between = 0;
		for (size_t i = k; lx_ && i > sent_first && j->toks[i - 1].start >= st->last.qend; i--)
			between |= j->toks[i - 1].type == T_PERIOD && j->ps[j->toks[i - 1].idx].expr.rel != PREL_LAST_YEAR;
		if (!prior && !between && lx_ && lx_->rel == PREL_LAST_YEAR && lx_->type == PERIOD_YEAR && st->last.valid &&
		    st->last.period.type == PERIOD_QUARTER && st->last.ent == ent && st->last.met == met &&
		    st->last.qend > j->sent_start && st->last.qend <= tk->start && !strcmp(kind, "level")) {
			p = st->last.period;
			have = 0;
			prior = 1;
		}
	}
	if (prior) {
		struct period pp;
		period_prior_year(&p, &ee->calendar, &pp);
		p = pp;
		/* the year before the report's own period is history, whatever
		 * the sentence expects of the period itself */
		if (date_cmp(p.end, j->ref) <= 0)
			estimate = 0;
	}
	/* "from the $51.57 billion Broadcom reported for fiscal 2024", "versus
	 * $4.87 in fiscal 2024" in a sentence of expectations: what a forecast
	 * is compared with, of a period reported long before, is history */
	if (estimate && (before & (CUE_COMPARE | CUE_FROM)) && j->ref.y &&
	    date_days(j->ref) - date_days(p.end) > PERIOD_UNREPORTED_DAYS && !compared_with_consensus(j, bw, k))
		estimate = 0;
	/* "revenue to be between $22.4 billion and $23.2 billion, an
	 * increase of 7.6% to 11.4% from the second quarter's $20.82 billion":
	 * what the forecast of a later period grows from, of a period over by
	 * the report's date, is what was reported for it */
	/* (and "毛利率 63%-65%，营益率 54%-56%，双双超越上季的 62.3%、54%": what
	 * the quarter before it, said so, held) */
	if (estimate &&
	    ((before & (CUE_FROM | CUE_COMPARE)) ||
	     (per >= 0 && (j->pers[per].expr.rel == PREL_PREV || j->pers[per].expr.rel == PREL_LATEST))) &&
	    j->ref.y && date_cmp(p.end, j->ref) <= 0 &&
	    st->sentence_latest.valid && date_cmp(st->sentence_latest.period.end, p.end) > 0 &&
	    !compared_with_consensus(j, bw, k))
		estimate = 0;
	/* "consensus was around $62 billion for the January quarter, and last
	 * year's fourth quarter revenue was $39.3 billion": a figure its own
	 * sentence dates to a period over more than half a year before the
	 * report is history, whoever's expectations the sentence opened on */
	/* (not a figure the clause calls the consensus itself: "the $1.62 in
	 * the Zacks consensus") */
	if (estimate && !(before & CUE_ESTIMATE) && (per >= st->sentence_pers || following_period >= 0) && j->ref.y &&
	    date_days(j->ref) - date_days(p.end) > 3 * PERIOD_UNREPORTED_DAYS && !compared_with_consensus(j, bw, k))
		estimate = 0;
	/* "AMD said first-quarter revenue would be about $9.8 billion" on 3
	 * February: a yearless quarter said of what is to come is the one
	 * under way, not the one of that name long over */
	struct period under;
	if (!estimate && !prior && per >= 0 && per >= st->sentence_pers && following_period < 0 && j->ref.y &&
	    !j->pers[per].expr.year && j->pers[per].expr.rel == PREL_NONE && j->pers[per].expr.type == PERIOD_QUARTER &&
	    date_days(j->ref) - date_days(p.end) > PERIOD_UNREPORTED_DAYS &&
	    tense_of(j->t + j->sent_start, j->sent_end - j->sent_start) < 0 &&
	    resolve_period(j, per, &ee->calendar, 1, &under, 0) == 0 && date_cmp(under.start, j->ref) <= 0 &&
	    date_cmp(j->ref, under.end) <= 0) {
		p = under;
		estimate = 1;
		/* (and so it is for the periods read from it after) */
		j->pers[per].est = 1;
	}
	/* "Q4 2025 Earnings Call - …Targeting >3GW and $7B-$9B ARR": a
	 * target is of a time to come, never of a period over */
	if (estimate && j->ref.y && date_cmp(p.end, j->ref) < 0 && says_target(j->t, clause_start(j, tk->start), tk->start)) {
		add_candidate(j, tk, "a target, and its period is over%s", "");
		return;
	}
	/* 管理层预计…RPO 金额有望突破 5,000 亿美元 after the quarter's
	 * actual RPO: a forecast that names no period of its own is not of
	 * the one over whose actual the text gave */
	if (estimate && per >= 0 && per < st->sentence_pers && following_period < 0 &&
	    !((before | after) & (CUE_CONSENSUS | CUE_COMPARE)) && j->ref.y && date_cmp(p.end, j->ref) < 0 &&
	    said_ahead(j) && reported_in_text(j, ent, met, &p, st->para_facts)) {
		add_candidate(j, tk, "a forecast that names no period, after figures of one over%s", "");
		return;
	}
	/* "rose 29% to $19.31 billion from $14.92 billion a year earlier,
	 * beating the average analyst estimate of $19.21 billion": what
	 * analysts expected, compared with in the sentence that reported the
	 * figure, is of the period reported (its latest), however a forecast
	 * would read the quarter */
	{
		const struct last_fact *sl = &st->sentence_latest;
		if (estimate && (before & CUE_COMPARE) && ((before | after) & CUE_CONSENSUS) && sl->valid && sl->ent == ent &&
		    sl->met == met && !strcmp(kind, "level") && sl->period.type == p.type && date_cmp(sl->period.end, p.end) != 0 &&
		    j->ref.y && date_cmp(sl->period.end, j->ref) <= 0)
			p = sl->period;
	}
	/* "The company reported an overall revenue increase of 18 percent for
	 * 2021" of Microsoft in July 2021: a year said as over, whose calendar
	 * year is not, is the company's own year just over */
	if (p.type == PERIOD_YEAR && !p.fiscal_label[0] && j->ref.y && date_cmp(p.end, j->ref) > 0 &&
	    !((before | after) & (CUE_ESTIMATE | CUE_GUIDANCE)) &&
	    said_as_over(j->t + j->sent_start, j->sent_end - j->sent_start)) {
		struct period fp;
		if (company_year(&ee->calendar, p.end.y, j->ref, 0, &fp) == 0 && date_cmp(fp.end, j->ref) <= 0 &&
		    date_cmp(fp.end, p.end) != 0) {
			p = fp;
			estimate = 0;
		}
	}
	/* "4QFY26 preview": what the note says of the quarter it previews is
	 * expected, not reported ("We now model 4Q26 revenue of $66.25bn") */
	if (!estimate && !prior && previewed(j, &ee->calendar, &p))
		estimate = 1;
	if (strcmp(kind, "qoq") == 0 && p.type != PERIOD_QUARTER && p.type != PERIOD_MONTH) {
		add_candidate(j, tk, "a sequential change of a period that is not a quarter%s", "");
		return;
	}
	/* 较年初增长 100 倍: a multiple left a level (no change of a year or a
	 * quarter) measures nothing */
	if (q->kind == NL_MULTIPLE && !strcmp(kind, "level")) {
		add_candidate(j, tk, "a multiple with nothing to compare it with%s", "");
		return;
	}
	/* a value worked out from the written one (2 倍 as +100%) has no
	 * written rounding */
	double resolution = fabs(fabs(value) - fabs(q->value)) <= 1e-9 * fmax(1, fabs(value)) ? q->resolution : 0;
	size_t facts_before = j->out->n;
	st->comparing = (before & CUE_COMPARE) != 0;
	/* whose estimate: consensus said in its clause, the company's outlook
	 * in its sentence or its list's lead, else the report's own */
	/* ("guidance has revenue of $70B (consensus: $73.79B)": the label's
	 * colon opens a clause of the figure's own) */
	int consensus_colon = k > sent_first && j->toks[k - 1].type == T_CUE &&
			      (cue_of(j, &j->toks[k - 1]) & CUE_CONSENSUS) &&
			      (text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, ":") ||
			       text_is_trimmed(j->t, j->toks[k - 1].end, tk->start, "："));
	/* ("Revenue Guidance of $7.932 Billion to $8.032 Billion vs.
	 * consensus of $8.04B": the consensus after a word of comparing is
	 * the figure compared with) */
	unsigned after_own = after;
	for (size_t i = k + 1; (after & CUE_CONSENSUS) && i < sent_end && j->toks[i].type != T_QTY; i++)
		if (j->toks[i].type == T_CUE) {
			unsigned c = cue_of(j, &j->toks[i]);
			if (c & CUE_CONSENSUS)
				break;
			if (c & CUE_COMPARE) {
				after_own &= ~(unsigned)CUE_CONSENSUS;
				break;
			}
		}
	int basis = !estimate ? BASIS_ACTUAL :
		    ((before | after_own) & CUE_CONSENSUS) || st->consensus_clause == tk->clause || st->consensus_sentence ||
				    consensus_colon ?
			    BASIS_CONSENSUS :
		    st->guidance_seen || st->frame_est == BASIS_GUIDANCE || ahead_basis == BASIS_GUIDANCE || guide_after ?
			    BASIS_GUIDANCE :
									     BASIS_ESTIMATE;
	/* "$65.0 billion, plus or minus 2%", "74.8% and 75.0%, respectively,
	 * plus or minus 50 basis points": a figure given with a margin is
	 * about that much */
	if (qual == QUAL_EXACT && tolerance_follows(j, k, sent_end))
		qual = QUAL_APPROX;
	/* "$27.7 billion, or $3.72 per share": an aside; "and earnings of
	 * $2.67 per share, compared with $2.40 a year earlier": a figure of
	 * its own, the one a comparison after it goes back to */
	/* "预估今年营收年增约35%，高于7月时预估的约30%", "above the 30% it
	 * projected in July": a forecast compared with one said earlier — the
	 * earlier one is superseded */
	if (estimate && (before & CUE_COMPARE)) {
		int earlier = 0;
		for (size_t i = k; !earlier && i > sent_first && j->toks[i - 1].clause == tk->clause; i--)
			earlier = j->toks[i - 1].type == T_PERIOD && said_when(j, i - 1);
		/* (or after it, before the next figure: "the 30% it projected
		 * in July") */
		for (size_t i = k + 1; !earlier && i < sent_end && j->toks[i].clause == tk->clause && j->toks[i].type != T_QTY;
		     i++)
			earlier = j->toks[i].type == T_PERIOD && said_when(j, i);
		if (earlier) {
			add_candidate(j, tk, "an earlier forecast, superseded by the one it is compared with%s", "");
			return;
		}
	}
	st->per_share_aside = per_share >= 0 && st->last.valid && st->last.met != per_share && k > sent_first &&
			      word_before(j->t, j->toks[k - 1].end, tk->start, "or");
	/* "营收681亿美元 净利润430亿美元 下一季度指引780亿美元": a forecast in
	 * a clause that names no metric, after figures of several, is of one
	 * of them, which is not said */
	/* (its own period named, nothing compared: "中值低于市场预期的 226
	 * 亿美元" and "versus $20 billion previously" are the figure's before) */
	if (estimate && q->kind == NL_AMOUNT && !strcmp(kind, "level") && !st->clause_met_seen && !met_after &&
	    st->clause_per_seen && !((before | after) & (CUE_COMPARE | CUE_REVISE)) &&
	    metrics_named_before(j, sent_first, k) >= 2) {
		add_candidate(j, tk, "a forecast after figures of several metrics: which of them is not said%s", "");
		return;
	}
	/* "net income rose to $27.7 billion from $24.7 billion in the first
	 * quarter of fiscal 2026": the quarter just reported, named after the
	 * figure a move started from, is the move's (the level it rose to is
	 * that quarter's); the start is of a period not said. ("rose to $55.6
	 * billion from $30.1 billion at the end of the second quarter", a
	 * quarter before the one reported, is the start's.) */
	if ((before & CUE_FROM) && !prior && following_period >= 0 && q->kind == NL_AMOUNT && moved_to_before(j, k, sent_first) &&
	    j->ref.y && date_cmp(p.end, j->ref) <= 0 && date_days(j->ref) - date_days(p.end) <= PERIOD_QUARTER_NEWS_DAYS &&
	    p.type == PERIOD_QUARTER && (!j->fs->last_reported.y || !date_cmp(j->fs->last_reported, p.end) ||
					 date_cmp(p.end, j->fs->last_reported) > 0)) {
		add_candidate(j, tk, "where a move started, in a period not said (the one named is the move's)%s", "");
		return;
	}
	/* "Nvidia Q4 2026 revenue was $68.1 billion", said on 2026-02-26: a
	 * quarter and year of the calendar's that is not over, given as no
	 * forecast, is the company's own quarter of that name when that one
	 * is */
	if (!estimate)
		company_quarter_if_over(following_period >= 0 ? &j->ps[following_period].expr :
					per >= 0			? &j->pers[per].expr :
									  NULL,
					&ee->calendar, j->ref, &p);
	/* "Alphabet's Q3 revenue beat expectations; the company raised its
	 * capital expenditures guidance to $93 billion": a forecast revised
	 * to a figure is of a period still to come, never the quarter just
	 * reported; which one is not said */
	if ((before & CUE_REVISE) && (estimate || ((before & CUE_TO) && raised_before(j, k, sent_first))) &&
	    following_period < 0 && p.type == PERIOD_QUARTER && j->ref.y && date_cmp(p.end, j->ref) < 0) {
		add_candidate(j, tk, "a revised forecast whose period is not said%s", "");
		return;
	}
	/* points are a change of a rate, never its level */
	if (q->kind == NL_PP && !strcmp(kind, "level")) {
		add_candidate(j, tk, "points, said of no change%s", "");
		return;
	}
	/* "close out a record fiscal 2026 ... with $72 billion in total RPO": a
	 * stock stands at a point, and at a year's end it is the level of the
	 * quarter that ends it (of ARR, the month), as its series is kept */
	if (mm->stock && p.type == PERIOD_YEAR)
		stock_at_year_end(!strcmp(mm->id, "arr"), &ee->calendar, j->ref, estimate, &p);
	/* "在25Q2加速成長。Azure年營收突破750億美元": a year's figure, in a
	 * text on the quarter that ends that year, is the year's; of a quarter
	 * within its year, the year is not over (a run rate, or a trailing
	 * year: not said which) */
	if (((st->met_annual && met == st->met) || annual_after) && !mm->stock && p.type == PERIOD_QUARTER) {
		struct period year;
		if (company_year(&ee->calendar, period_fy_of(&ee->calendar, p.end), j->ref, estimate, &year) != 0 ||
		    labs(date_days(year.end) - date_days(p.end)) > 7) {
			add_candidate(j, tk, "a year's figure, in a quarter its year goes on past%s", "");
			return;
		}
		period_label(&year, &ee->calendar);
		p = year;
	}
	/* "净利升至277亿美元…皆优于分析师预估的756亿美元与每股盈余3.67美元": an
	 * amount expected, set against one reported in the sentence, of a
	 * size far from it is what was expected of another measure (the
	 * revenue named before), which the sentence does not pair */
	if (estimate && (before & CUE_COMPARE) && !strcmp(kind, "level") && st->last.valid && st->last.ent == ent &&
	    st->last.met == met && !strcmp(st->last.kind, "level") && !strcmp(st->last.unit, unit) &&
	    st->last.value > 0 && value > 0 && (value > 2 * st->last.value || 2 * value < st->last.value)) {
		add_candidate(j, tk, "expected of a measure the sentence does not pair it with: far from the figure it is set against%s",
			      "");
		return;
	}
	int shared = shared_metric(j, k, sent_first, met);
	if (shared >= 0 && (strcmp(kind, "level") ||
			    lexicon_metric_at(lx, (size_t)shared)->unit_kind == lexicon_metric_at(lx, (size_t)met)->unit_kind))
		emit(j, st, tk->start, tk->end, ent, shared, &p, kind, value, qual == QUAL_RANGE ? low : 0,
		     qual == QUAL_RANGE ? high : 0, unit, qual, basis, resolution);
	emit(j, st, tk->start, tk->end, ent, met, &p, kind, value, qual == QUAL_RANGE ? low : 0, qual == QUAL_RANGE ? high : 0,
	     unit, qual, basis, resolution);
	st->per_share_aside = 0;
	if (j->out->n > facts_before && following_period < 0 && !prior)
		st->last.per_index = per;
	if (!strcmp(kind, "yoy"))
		st->yoy_seen = 1;
}


/* The length of the dash that sets an aside apart at t[p] (" - ", an en or
 * em dash), 0 when there is none. */
static size_t aside_dash(const char *t, size_t p, size_t e)
{
	/* (a wrapped line may end on it: "... not yet recognized -\nsoared") */
	if (t[p] == '-')
		return p > 0 && is_blank(t[p - 1]) && p + 1 < e && is_blank(t[p + 1]) ? 1 : 0;
	if (p + 3 <= e && (!memcmp(t + p, "\xe2\x80\x94", 3) || !memcmp(t + p, "\xe2\x80\x93", 3)))
		return 3;
	return 0;
}

/* Whether the metric token k stands inside brackets, or between dashes,
 * that open right after an earlier metric of its sentence: "FCF (OCF less
 * capex)", "commercial RPO - contracted revenue not yet recognized -". */
static int in_definition(const struct job *j, size_t k, size_t first)
{
	const char *t = j->t;
	size_t open = SIZE_MAX;
	for (size_t p = j->toks[k].start; p > j->sent_start; p--) {
		if (t[p - 1] == ')')
			return 0;
		if (t[p - 1] == '(') {
			open = p - 1;
			break;
		}
	}
	/* "commercial remaining performance obligations - contracted revenue
	 * not yet recognized - jumped 51%": an aside set apart by dashes */
	if (open == SIZE_MAX) {
		size_t dash = SIZE_MAX;
		for (size_t p = j->toks[k].start; p > j->sent_start && dash == SIZE_MAX; p--) {
			unsigned char c = (unsigned char)t[p - 1];
			if (c == '-' && aside_dash(t, p - 1, j->sent_end))
				dash = p - 1;
			else if ((c == 0x93 || c == 0x94) && p >= 3 && p - 3 >= j->sent_start && aside_dash(t, p - 3, j->sent_end) == 3)
				dash = p - 3;
		}
		if (dash == SIZE_MAX)
			return 0;
		int closed = 0;
		for (size_t p = j->toks[k].end; p < j->sent_end && !closed; p++)
			closed = (t[p] == '-' || (unsigned char)t[p] == 0xE2) && aside_dash(t, p, j->sent_end) != 0;
		if (!closed)
			return 0;
		open = dash;
	}
	for (size_t i = k; i > first; i--) {
		const struct tok *x = &j->toks[i - 1];
		if (x->end <= open)
			return x->type == T_METRIC && only_spaces(t, x->end, open);
	}
	return 0;
}

/* Whether t[s..e), between a period and the next, opens a bracket that is
 * still open: "FY2H25 (Jan-Jun 2025)", "FY2026Q3（截至 2025 年 10 月 26 日）". */
static int in_apposition(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	return s < e && t[s] == '(' && !memchr(t + s, ')', e - s) && e - s <= 12;
}

/* Whether the clause that ends at token k - 1 only names what the changes
 * after it are against: "Compared to third quarter 2025, fourth quarter
 * results represented a 5.7% increase" — a word of comparing opening its
 * clause, then the period and nothing else. */
static int compare_clause(const struct job *j, size_t k, size_t first)
{
	if (k < first + 2 || j->toks[k - 1].type != T_PERIOD || j->toks[k - 2].type != T_CUE ||
	    !(cue_of(j, &j->toks[k - 2]) & CUE_COMPARE) || j->toks[k - 2].clause != j->toks[k - 1].clause)
		return 0;
	size_t c = k - 2;
	size_t s = c > first ? j->toks[c - 1].end : j->sent_start;
	if (c > first && j->toks[c - 1].clause == j->toks[c].clause)
		return 0;
	/* (only the comma that closed the clause before between) */
	while (s < j->toks[c].start && (is_blank(j->t[s]) || j->t[s] == ','))
		s++;
	return s == j->toks[c].start;
}

/* Whether t[s..e), between two periods, is only a comma: one period named
 * again in apposition. */
static int comma_apposition(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	if (s < e && t[s] == ',')
		s++;
	else if (e - s >= 3 && memcmp(t + s, "\xef\xbc\x8c", 3) == 0) /* ， */
		s += 3;
	else
		return 0;
	while (s < e && t[s] == ' ')
		s++;
	return s == e;
}

/* Whether line `l` is the wrapped rest of a list item: indented to the
 * item's text, under the item's line or another such line. */
static int continues_item(const struct job *j, size_t l)
{
	const struct layout_line *ls = j->lines;
	for (size_t k = l; k > 0; k--) {
		const struct layout_line *x = &ls[k], *up = &ls[k - 1];
		if (x->kind != LAYOUT_TEXT || up->kind == LAYOUT_BLANK)
			return 0;
		size_t col = 0;
		for (size_t p = x->start; p > 0 && j->t[p - 1] != '\n'; p--)
			col++;
		size_t item_col = 0;
		if (up->kind == LAYOUT_BULLET) {
			for (size_t p = up->body; p > 0 && j->t[p - 1] != '\n'; p--)
				item_col++;
			return col == item_col && col > 0;
		}
		if (col == 0)
			return 0;
	}
	return 0;
}

/* Whether the heading over the sentence read ("Gaming and AI PC",
 * "Professional Visualization") names a part of the company the lexicon
 * does not know: a few capitalized words, no figure, no company, period or
 * metric of the lexicon, and none of the words of a report's own sections
 * (Outlook, Highlights, Financial Summary). Sets `why` to its text. */
static int heading_names_part(const struct job *j, const struct state *st, char *why, size_t whylen)
{
	static const char *const section_words[] = {
		"outlook", "highlights", "highlight", "summary", "results", "result", "financial", "financials",
		"performance", "guidance", "overview", "review", "recent", "business", "quarter", "quarterly",
		"fiscal", "year", "annual", "capital", "return", "returns", "dividend", "dividends", "conference",
		"call", "about", "forward", "looking", "statements", "statement", "gaap", "non-gaap", "reconciliation",
		"operations", "operating", "key", "metrics", "update", "updates", "notes", "note", "company",
		"investors", "investor", "contacts", "contact", "shareholder", "shareholders", "webcast", "risk",
		"risks", "disclaimer", "appendix", "segment", "segments", "balance", "sheet", "cash", "flow", "flows",
		"income", "revenue", "revenues", "margin", "margins", "earnings", "profit", "expenses", "tables",
		"table", "condensed", "consolidated", "unaudited", "details", "detail", "information", "other",
		"analyst", "analysts", "estimates", "valuation", "rating", "recommendation", "thesis", "view",
		"views", "conclusion", "background", "introduction", "market", "markets", "news", "today",
		"transcript", "prepared", "remarks", "questions", "answers", "operator", "participants",
		"commentary", "cfo", "ceo", "chief", "officer", "management", "discussion", "analysis",
		/* a newsletter's sections ("What we're watching"): words no
		 * part's name holds */
		"what", "we", "we're", "our", "how", "why", "the", "is", "are", "to", "for", "in", "on", "next",
		"watching", "watch", "ahead", "upcoming", "week", "this", "calendar", "events", "sets", "tone",
		/* a wire story's subheads say what happened ("CLOUD
		 * ACCELERATES", "Ads slow"): a statement, no part's name */
		"accelerates", "accelerate", "slows", "slow", "falls", "fall", "rises", "rise", "jumps", "jump",
		"surges", "surge", "soars", "soar", "slips", "slip", "climbs", "climb", "drops", "drop", "grows",
		"grow", "improves", "weakens", "beats", "misses", "expands", "shrinks", "narrows", "widens",
		"recovers", "stalls", "lags", "gains", "eases", "dips", "sinks", "rebounds", "steadies",
		"doubles", "triples", "booms", "shines", "struggles", "cools", "heats", "picks", "up", "down",
	};
	/* a bullet under the heading, as a release sets out its segments, or
	 * a section in which a sentence named the heading's part: a heading
	 * over running text may be a speaker's name in a call */
	if (!j->lines || j->lines[j->line].heading < 0 ||
	    (j->lines[j->line].body <= j->lines[j->line].start && st->part_heading != j->lines[j->line].heading &&
	     !continues_item(j, j->line)))
		return 0;
	const struct layout_line *h = &j->lines[j->lines[j->line].heading];
	if (h->title || h->front)
		return 0;
	size_t hs = h->body > h->start ? h->body : h->start, he = h->end;
	while (he > hs && (j->t[he - 1] == ':' || j->t[he - 1] == ' '))
		he--;
	if (he <= hs || he - hs > 48)
		return 0;
	for (size_t i = first_tok_at(j, hs); i < j->ntoks && j->toks[i].start < he; i++)
		if (j->toks[i].type != T_CUE)
			return 0;
	int words = 0;
	for (size_t i = hs; i < he;) {
		while (i < he && j->t[i] == ' ')
			i++;
		size_t w = i;
		while (i < he && j->t[i] != ' ')
			i++;
		if (i == w)
			break;
		char word[32];
		if (i - w >= sizeof(word))
			return 0;
		for (size_t k = w; k < i; k++) {
			unsigned char c = (unsigned char)j->t[k];
			if (c >= 0x80 || isdigit(c))
				return 0;
			word[k - w] = (char)tolower(c);
		}
		word[i - w] = '\0';
		if (!strcmp(word, "and") || !strcmp(word, "&") || !strcmp(word, "of"))
			continue;
		if (!isupper((unsigned char)j->t[w]) || ++words > 5)
			return 0;
		for (size_t k = 0; k < ARRAY_SIZE(section_words); k++)
			if (!strcmp(word, section_words[k]))
				return 0;
	}
	if (!words)
		return 0;
	snprintf(why, whylen, "%.*s", (int)(he - hs), j->t + hs);
	return 1;
}

/* Whether the heading over the sentence read holds the words `w`
 * (Gaming in "Gaming and AI PC"). */
static int heading_has(const struct job *j, const char *w)
{
	if (!j->lines || j->lines[j->line].heading < 0)
		return 0;
	const struct layout_line *h = &j->lines[j->lines[j->line].heading];
	size_t at = span_find(j->t, h->start, h->end, w, 1), n = strlen(w);
	return at != SIZE_MAX && (at == h->start || !isalnum((unsigned char)j->t[at - 1])) &&
	       (at + n >= h->end || !isalnum((unsigned char)j->t[at + n]));
}

/* The lexicon metric that the words t[hs..he) and the metric word at tk
 * name together, as one alias (Data Center + revenue, 数据中心 + 营收), or
 * -1. */
static size_t bracket_cut(const char *t, size_t s, size_t e);

static int label_metric(const struct job *j, size_t hs, size_t he, const struct tok *tk)
{
	/* (its units aside: "Data Center ($bn)") */
	he = bracket_cut(j->t, hs, he);
	if (he <= hs || he - hs > 40 || tk->end - tk->start > 40)
		return -1;
	/* the words found as one alias by the lexicon's own matcher (the
	 * text is normalized already) */
	char name[96];
	struct lexicon_match *lm = NULL;
	size_t n = 0, cap = 0;
	int found = -1;
	/* ("Data Center" and "revenues": the singular too) */
	size_t mlen = tk->end - tk->start;
	int plural = mlen > 3 && j->t[tk->end - 1] == 's' && islower((unsigned char)j->t[tk->end - 2]);
	for (int try = 0; try < (plural ? 4 : 2) && found < 0; try++) {
		int gap = try & 1;
		int len = snprintf(name, sizeof(name), "%.*s%s%.*s", (int)(he - hs), j->t + hs, gap ? " " : "",
				   (int)(try >= 2 ? mlen - 1 : mlen), j->t + tk->start);
		/* ("data-center" is the data center) */
		for (int c = 1; c + 1 < len && c < (int)(he - hs); c++)
			if (name[c] == '-' && isalpha((unsigned char)name[c - 1]) && isalpha((unsigned char)name[c + 1]))
				name[c] = ' ';
		n = 0;
		if (len > 0 && (size_t)len < sizeof(name) && lexicon_scan(j->fx->lx, name, (size_t)len, &lm, &n, &cap, NULL) == 0)
			for (size_t i = 0; i < n; i++)
				if (lm[i].is_metric && lm[i].start == 0 && lm[i].end == (size_t)len)
					found = lm[i].index;
	}
	free(lm);
	return found;
}

/* "Data Center" over "Fourth-quarter revenue was a record $35.6 billion":
 * under a heading that with the metric's own words names a metric of the
 * lexicon (Data Center revenue, 数据中心收入), the figure is of that one.
 * Returns `met` otherwise. */
static int heading_metric(const struct job *j, const struct tok *tk, int met)
{
	if (!j->lines || j->lines[j->line].heading < 0)
		return met;
	const struct layout_line *h = &j->lines[j->lines[j->line].heading];
	size_t hs = h->body > h->start ? h->body : h->start, he = h->end;
	while (he > hs && (j->t[he - 1] == ':' || j->t[he - 1] == ' '))
		he--;
	int found = label_metric(j, hs, he, tk);
	return found >= 0 ? found : met;
}

/* Verbs of reaching a figure, which stand between a part and its metric
 * (数据中心实现营收, 数据中心：实现营收). */
static const char *const reach_verbs[] = { "实现", "实现了", "录得", "取得", "为", "达" };

/* Whether the cue at tk is one of reach_verbs. */
static int achieved_verb(const struct job *j, const struct tok *tk)
{
	return span_in_list(j->t, tk->start, tk->end, reach_verbs, ARRAY_SIZE(reach_verbs));
}

/* Whether the words right after a metric at t[e..) make it its cost:
 * 收入成本 (cost of revenue), 营收成本. */
static int cost_of_metric(const char *t, size_t e, size_t end)
{
	static const char *const costs[] = { "成本", "的成本" };
	return opens_with_any(t, e, end, costs, ARRAY_SIZE(costs));
}

/* Whether the cue at tk is a verb a subject reports its metric with:
 * "products reported revenues", "the segment posted sales". */
static int reporting_verb(const struct job *j, const struct tok *tk)
{
	static const char *const verbs[] = { "reported", "posted", "recorded", "generated", "delivered" };
	return span_in_list(j->t, tk->start, tk->end, verbs, ARRAY_SIZE(verbs));
}

/* The words of the subject of the verb at token v, in [*gs, *ge): from the
 * token before the verb; when an aside between commas stands right before
 * the verb (", which include the Apple Watch, TV and HomePod,"), the words
 * before the aside. */
static void subject_before_verb(const struct job *j, size_t v, size_t first, size_t *gs, size_t *ge)
{
	static const char *const asides[] = { ", which ", ", including ", ", such as ", ", led by " };
	const char *t = j->t;
	size_t e = j->toks[v].start;
	while (e > j->sent_start && t[e - 1] == ' ')
		e--;
	if (e > j->sent_start && t[e - 1] == ',') {
		for (size_t i = 0; i < ARRAY_SIZE(asides); i++) {
			size_t at = span_find(t, j->sent_start, e - 1, asides[i], 1);
			if (at != SIZE_MAX) {
				e = at;
				break;
			}
		}
	}
	size_t b = v;
	while (b > first && j->toks[b - 1].start >= e)
		b--;
	*ge = e;
	*gs = b > first ? j->toks[b - 1].end : j->sent_start;
}

/* "1）数据中心：营收623亿美元", "游戏：营收45亿美元", "Gaming: revenue of
 * $4.5 billion": a label before a colon, right before the metric (past a
 * verb of saying at most), names whose figure it is, as a heading does.
 * Returns 1 with the label's span in [*ls, *le). */
static int metric_label(const struct job *j, size_t gs, size_t ms, size_t *ls, size_t *le)
{
	const char *t = j->t;
	size_t e = ms;
	/* the label may stand before the sentence, on its line (数据中心：
	 * opens a sentence of its own) */
	if (gs == j->sent_start && j->lines && j->lines[j->line].start < gs)
		gs = j->lines[j->line].start;
	while (e > gs && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(reach_verbs); i++) {
		size_t n = strlen(reach_verbs[i]);
		if (e >= gs + n && !memcmp(t + e - n, reach_verbs[i], n)) {
			e -= n;
			break;
		}
	}
	while (e > gs && t[e - 1] == ' ')
		e--;
	if (e == gs || t[e - 1] != ':')
		return 0;
	size_t b = --e;
	/* back to the line's start or the mark before it */
	while (b > gs && t[b - 1] != '\n' && !strchr(",;:", t[b - 1]) &&
	       !(b >= 3 && (!memcmp(t + b - 3, "，", 3) || !memcmp(t + b - 3, "；", 3) || !memcmp(t + b - 3, "。", 3))))
		b--;
	/* past an enumerator or a bullet: 1）, (2), ■, -, 一、 */
	for (;;) {
		while (b < e && (t[b] == ' ' || t[b] == '-' || t[b] == '*' || t[b] == '(' || t[b] == ')' || t[b] == '.' ||
				 isdigit((unsigned char)t[b])))
			b++;
		if (b + 3 <= e && ((unsigned char)t[b] == 0xE2 || !memcmp(t + b, "）", 3) || !memcmp(t + b, "（", 3) ||
				   !memcmp(t + b, "、", 3))) {
			b += 3;
			continue;
		}
		break;
	}
	while (e > b && t[e - 1] == ' ')
		e--;
	if (e <= b || e - b > 36)
		return 0;
	*ls = b;
	*le = e;
	return 1;
}

static void walk_sentence(struct job *j, struct state *st, size_t first, size_t end)
{
	const struct lexicon *lx = j->fx->lx;
	/* clause numbers */
	int clause = 0;
	size_t pos = j->sent_start;
	for (size_t i = first; i < end; i++) {
		size_t w;
		while (pos < j->toks[i].start) {
			unsigned char c = (unsigned char)j->t[pos];
			if (clause_mark_first[c] && c != 0xEF && segment_clause_break(j->t, j->sent_end, pos, &w))
				clause++;
			pos += c >= 0xE0 ? 3 : 1; /* other characters whole */
		}
		j->toks[i].clause = clause;
		if (pos < j->toks[i].end)
			pos = j->toks[i].end;
	}
	/* ("Primary watch items for analysts • Backlog/RPO trajectory: ...":
	 * the words before a list's first bullet head it; they name no one) */
	if (!list_head(j, first, end) && unknown_subject(j, first, end) && !names_current_by_word(j, st, first, end)) {
		st->ent = -1;
		st->met = -1;
		st->weak_met = -1;
		/* 营销收入 208 亿元: a name we do not know before a metric is a
		 * part of the company (2); one before a verb or colon may be
		 * another company (1) */
		st->doubt = first < end && j->toks[first].type == T_METRIC &&
				    (unsigned char)j->t[j->sent_start] >= 0xE4 ? 2 : 1;
		/* (a name we do not know opening a statement's later part,
		 * past a ；— "公司已累计回购…；萝卜快跑累计出行服务超 1700 万次" —
		 * is one more item about the subject: no doubt over "the
		 * company" after it) */
		if (st->soft)
			st->doubt = 0;
	}
	st->opens_adjusted = adjusted_opener(j);
	st->opens_adjusted |= st->para_adjusted;
	st->aside_clause = -1;
	st->prior_seen = st->mixed_seen = 0;
	/* "A year ago, Microsoft reported revenue of $69.6 billion", 去年同期，…:
	 * a sentence opening on the year before is of that year */
	/* (past a "by contrast": 相较之下，去年同期…) */
	/* (or past its company, "Alphabet上年同期运营利润为218.85亿美元"; or
	 * past "In": "In the same period last year, the company reported") */
	size_t pf = first;
	if (pf + 1 < end && j->toks[pf].type == T_CUE && cue_of(j, &j->toks[pf]) == CUE_FILLER &&
	    only_spaces(j->t, j->sent_start, j->toks[pf].start) && (unsigned char)j->t[j->toks[pf].start] >= 0x80)
		pf++;
	static const char *const dating_words[] = { "In", "For", "During", "Over" };
	size_t lead = j->sent_start;
	if (pf == first && pf < end) {
		size_t we = lead;
		while (we < j->toks[pf].start && isalpha((unsigned char)j->t[we]))
			we++;
		if (we > lead && span_in_list(j->t, lead, we, dating_words, ARRAY_SIZE(dating_words)))
			lead = we;
	}
	if (pf == first && pf < end && only_spaces(j->t, lead, j->toks[pf].start)) {
		size_t named = pf;
		while (named + 1 < end && j->toks[named].type == T_ENTITY &&
		       only_spaces(j->t, j->toks[named].end, j->toks[named + 1].start))
			named++;
		if (named > pf && j->toks[named].type == T_CUE)
			pf = named;
	}
	st->opens_prior = pf < end && j->toks[pf].type == T_CUE && (cue_of(j, &j->toks[pf]) & CUE_PRIOR) &&
			  (pf == first ? only_spaces(j->t, lead, j->toks[pf].start)
				       : only_spaces(j->t, j->toks[pf - 1].end, j->toks[pf].start) ||
						 comma_apposition(j->t, j->toks[pf - 1].end, j->toks[pf].start));
	st->clause = -1;
	for (size_t k = first; k < end; k++) {
		struct tok *tk = &j->toks[k];
		if (tk->clause != st->clause) {
			st->clause = tk->clause;
			/* OpenAI+Anthropic 合计: the group holds for its clause only,
			 * a list that "respectively" pairs with figures for its sentence */
			if (st->ent == -2 && !st->list_paired)
				st->ent = st->ent_before_mixed;
			/* 高于 2024 年；自由现金流 583 亿元: a base no number of its
			 * clause took is no period of the next clause */
			/* (but "与2025年第三季相比，收入增长2%": a clause that only
			 * sets the base hands it to the next) */
			if (st->base_pending && k > first && compare_clause(j, k, first)) {
				/* (the period the clause after names is its own) */
				st->sentence_base = st->base_ps;
				st->per = st->base_restore;
				st->base_pending = 0;
			} else if (st->base_pending && k > first && said_flat(j->t, j->toks[k - 1].start, tk->start)) {
				/* "营收与前一季相较基本持平，税后纯益则减少了11.1%": a
				 * clause that says its measure stayed flat against the
				 * base, with no figure, hands the base on */
				st->sentence_base = st->base_ps;
				st->per = st->base_restore;
				st->base_pending = 0;
			} else if (st->base_pending && !(k > first && sets_base_only(j->t, j->toks[k - 1].end, tk->start))) {
				st->per = st->base_restore;
				st->base_pending = 0;
			} else if (st->base_pending) {
				/* 与2025年第一季度相比，营收增长11.3%，净利增长10.2%:
				 * the base a clause of its own sets holds for every
				 * change of the sentence */
				st->sentence_base = st->base_ps;
			}
			/* "investors rallied behind the stock, which soared 20%": a
			 * relative clause goes on about the shares */
			int block_goes_on = st->clause_block && k > first && relative_goes_on(j->t, j->toks[k - 1].end, tk->start + 1);
			st->clause_met_seen = st->clause_per_seen = st->clause_block = st->clause_implied = 0;
			st->clause_block = block_goes_on;
			/* "revenue of $16.06bn, short of what the Street had pencilled
			 * in, but RPO of $523bn": a forecast named with no figure of
			 * its own is left behind at the but */
			/* "slightly short of the $16.2 billion consensus, while RPO
			 * jumped 438%": the consensus named right after its figure
			 * is that figure's alone */
			/* (not a count of the analysts: 华尔街17名分析师平均预期，…) */
			if (st->est_seen && k > first && st->est_cue < k && st->est_cue > first &&
			    (cue_of(j, &j->toks[st->est_cue]) & CUE_CONSENSUS) && j->toks[st->est_cue - 1].type == T_QTY &&
			    qtok(j, &j->toks[st->est_cue - 1])->kind != NL_COUNT &&
			    only_spaces(j->t, j->toks[st->est_cue - 1].end, j->toks[st->est_cue].start) &&
			    j->toks[st->est_cue].clause != tk->clause)
				st->est_seen = 0;
			/* "毛利率59.5%，優於預期的55.5%至57.5%，歸屬母公司淨利4523億元":
			 * an expectation a result beat, with its figure, is that
			 * figure's alone */
			/* (not of a forecast said before it: "25Q3的營收指引為747-758億
			 * 美元,遠超市場預期的741億美元,年增約15%" goes on with the
			 * guidance) */
			if (st->est_seen && k > first && st->est_cue < k && st->est_cue > first &&
			    j->toks[st->est_cue].clause != tk->clause && expectation_compared(j, st->est_cue)) {
				if (st->est_cue_before != SIZE_MAX && st->est_cue_before >= first)
					st->est_cue = st->est_cue_before, st->est_cue_before = SIZE_MAX;
				else
					st->est_seen = 0;
			}
			if (st->est_seen && k > first && st->est_cue < k &&
			    (text_has(j->t, j->toks[k - 1].end, tk->start, ", but ") ||
			     text_has(j->t, j->toks[k - 1].end, tk->start, "，但") ||
			     text_has(j->t, j->toks[k - 1].end, tk->start, ",但"))) {
				int figure = 0;
				for (size_t i = st->est_cue + 1; i < k && !figure; i++)
					figure = j->toks[i].type == T_QTY;
				if (!figure)
					st->est_seen = 0;
			}
		}
		/* 同比 +34%(FY26Q1 为 +26%)，环比 +19.2%: a period said inside
		 * brackets is the aside's; past them the one before holds again */
		if (st->bracket_close && tk->start > st->bracket_close) {
			st->per = st->bracket_restore;
			st->bracket_close = 0;
		}
		if (tk->type == T_PERIOD && !st->bracket_close && k > first) {
			/* (an aside that opens on its period) */
			size_t open = SIZE_MAX, p = tk->start;
			while (p > j->sent_start && j->t[p - 1] == ' ')
				p--;
			if (p > j->sent_start && j->t[p - 1] == '(')
				open = p - 1;
			const char *close = open != SIZE_MAX ? memchr(j->t + tk->end, ')', j->sent_end - tk->end) : NULL;
			/* (only an aside after a figure of the sentence: 增长 24%，是
			 * 最快增速（三季度为 20%）) */
			int figure_before = 0;
			for (size_t i = k; close && i > first && !figure_before; i--)
				figure_before = j->toks[i - 1].type == T_QTY && qtok(j, &j->toks[i - 1])->kind != NL_NUMBER &&
						j->toks[i - 1].end <= open;
			if (figure_before) {
				st->bracket_restore = st->per;
				st->bracket_close = (size_t)(close - j->t);
				st->bracket_forecast = st->est_seen;
			}
		}
		switch (tk->type) {
		case T_ENTITY: {
			int idx = j->lm[tk->idx].index;
			/* "Microsoft Intelligent Cloud (which includes Azure and
			 * other segments) reported": what a bracket says the subject
			 * holds is not the subject */
			if (in_includes_aside(j->t, j->sent_start, tk->start))
				break;
			/* 扣除AI新业务和爱奇艺营收后: what is taken out is no subject */
			if (in_excluding(j, tk->start))
				break;
			/* AI原生营销服务 in a note on Baidu: a part's name in words
			 * any company may use (营销服务, Tencent's) names that part
			 * only when its company is the one in question */
			if (generic_part_name(j, tk, st)) {
				st->blocked = 1;
				st->block_clause = tk->clause;
				st->block_pos = tk->start;
				snprintf(st->block_reason, sizeof(st->block_reason), "%.*s", (int)(tk->end - tk->start),
					 j->t + tk->start);
				break;
			}
			/* "accounted for 16.1% of Amazon's total revenue, amounting
			 * to $23.06 billion": the company whose whole a share is of
			 * is not the subject of the share's figures */
			if (share_of_measure(j->t, j->sent_start, tk->start))
				break;
			/* contracts with Meta and OpenAI, 向 Anthropic 输出: objects, not the subject */
			size_t floor = k > first ? j->toks[k - 1].end : j->sent_start;
			/* "commitments from OpenAI": the preposition may be a cue
			 * token of its own (not "attributable to Baidu"; and
			 * "Revenues from Value-added Services" names the part's) */
			/* (and "tied to OpenAI": to is a cue token too) */
			if (k > first && j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & (CUE_FROM | CUE_TO)) &&
			    !(k - 1 > first && j->toks[k - 2].type == T_METRIC &&
			      only_spaces(j->t, j->toks[k - 2].end, j->toks[k - 1].start)))
				floor = j->toks[k - 1].start;
			/* (增长率显著高于AWS约20%: and so may a word of comparing) */
			else if (k > first && j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & CUE_COMPARE))
				floor = j->toks[k - 1].start;
			/* "Sales in the data center segment, which accounts for
			 * the bulk of Nvidia's revenue, jumped 66%": a name in a
			 * clause that describes the subject is not the subject */
			if ((after_preposition(j->t, floor, tk->start) && !names_own_figure(j, k, end, floor) &&
			     !turns_to(j->t, j->sent_start, tk->start)) ||
			    invested_in(j->t, tk->end, j->sent_end) || invested_before(j->t, floor, tk->start) ||
			    among_customers(j->t, sentence_customers(j, st, tk->start), tk->start) ||
			    backer_compound(j->t, tk->end, j->sent_end) || mainly_of(j->t, tk->end, j->sent_end) ||
			    in_cause(j, k, first, end) || in_reason(j, k, end) ||
			    in_relative_clause(j, k, first, end)) {
				/* (与 Meta(142 亿美元)及 OpenAI: past an aside on the one
				 * before, the next is an object too) */
				for (;;) {
					size_t n = k + 1, p = j->toks[k].end;
					while (p < j->sent_end && j->t[p] == ' ')
						p++;
					const char *close = p < j->sent_end && j->t[p] == '(' ?
								    memchr(j->t + p, ')', j->sent_end - p) :
								    NULL;
					while (close && n < end && j->toks[n].start < (size_t)(close - j->t))
						n++;
					size_t from = close ? (size_t)(close - j->t) + 1 : j->toks[k].end;
					if (n < end && j->toks[n].type == T_ENTITY && is_connector(j->t, from, j->toks[n].start))
						k = n;
					else
						break;
				}
				break;
			}
			/* 微软云(Microsoft Cloud): the part's name said again in
			 * brackets names nothing new */
			if (st->blocked && st->block_named && in_brackets(j->t, st->block_pos, tk->start))
				break;
			/* "Claude Code, Anthropic's coding agent, reached ...": the
			 * company a part belongs to, named in an aside about the part,
			 * leaves the part the subject */
			if (st->ent >= 0 && st->ent_named && st->ent != idx && possessive_aside(j, k, st->ent)) {
				st->aside_clause = tk->clause; /* its words describe the part */
				break;
			}
			/* ("The Platform and Other segment that includes ...,
			 * currently Salesforce's top segment ..., contributed":
			 * and so does a part the lexicon does not know) */
			if (st->blocked && st->block_pos >= j->sent_start && st->block_pos <= tk->start &&
			    tk->clause != st->block_clause &&
			    text_has(j->t, tk->end, tk->end + 3 < j->sent_end ? tk->end + 3 : j->sent_end, "'s") &&
			    !(k + 1 < end && j->toks[k + 1].type == T_METRIC && j->toks[k + 1].clause == tk->clause))
				break;
			while (k + 1 < end && j->toks[k + 1].type == T_ENTITY &&
			       names_own_part(j, idx, j->lm[j->toks[k + 1].idx].index, tk->end, j->toks[k + 1].start)) {
				k++;
				tk = &j->toks[k];
				idx = j->lm[tk->idx].index;
			}
			/* Microsoft (F1Q26), Alphabet and Amazon: a bracketed period
			 * beside a name is the name's own */
			if (k + 2 < end && j->toks[k + 1].type == T_PERIOD && j->toks[k + 2].type == T_ENTITY &&
			    text_has(j->t, tk->end, j->toks[k + 1].start, "(") &&
			    is_connector(j->t, j->toks[k + 1].end + 1, j->toks[k + 2].start) &&
			    j->t[j->toks[k + 1].end] == ')') {
				k++;
				tk = &j->toks[k];
			}
			if (k + 1 < end && j->toks[k + 1].type == T_ENTITY &&
			    j->lm[j->toks[k + 1].idx].index != idx &&
			    is_connector(j->t, tk->end + (tk->type == T_PERIOD), j->toks[k + 1].start) &&
			    !possessive_aside(j, k + 1, idx)) {
				if (st->ent != -2)
					st->ent_before_mixed = st->ent;
				st->ent = -2;
				/* the list, for a "respectively" that may follow */
				st->nlist = 0;
				st->list[st->nlist++] = idx;
				k++;
				st->list[st->nlist++] = j->lm[j->toks[k].idx].index;
				while (k + 1 < end && j->toks[k + 1].type == T_ENTITY &&
				       is_connector(j->t, j->toks[k].end, j->toks[k + 1].start)) {
					k++;
					if (st->nlist < (int)ARRAY_SIZE(st->list))
						st->list[st->nlist] = j->lm[j->toks[k].idx].index;
					st->nlist++;
				}
				st->list_end = k + 1;
				/* the commas of the list end no clause of its own: what
				 * follows its last member is the list's */
				st->clause = j->toks[k].clause;
				st->ent_from_frame = 0;
				st->ent_named = 1;
				st->list_paired = text_has(j->t, j->toks[k].end, j->sent_end, "分别") ||
						  text_has(j->t, j->toks[k].end, j->sent_end, "respectively");
				break;
			}
			/* "Meta, which expects capex of $70 billion this year, ...
			 * Microsoft, which spent $34.9 billion": another company,
			 * in a later clause that says its figure as over, is not
			 * forecast by the words said of the first */
			if ((st->est_seen || st->guidance_seen) && st->est_cue < k && j->toks[st->est_cue].clause != tk->clause &&
			    st->ent >= 0 && lexicon_root(lx, st->ent) != lexicon_root(lx, idx)) {
				/* (its words up to its figure) */
				size_t ce = j->sent_end;
				for (size_t i = k + 1; i < end && ce == j->sent_end; i++)
					if (j->toks[i].type == T_QTY)
						ce = j->toks[i].start;
				if (said_as_over(j->t + tk->end, ce - tk->end))
					st->est_seen = st->guidance_seen = 0;
			}
			/* 其中 iPhone 收入…；毛利率…: a part named after 其中
			 * (of which, including) is the subject of its sentence
			 * only; the next goes back to the company */
			st->subset_restore = -1;
			/* (and so is a company held up against the subject with a
			 * figure of its own: 增速高于AWS的20%) */
			if (st->ent >= 0 && lexicon_root(lx, idx) != lexicon_root(lx, st->ent) && k > first &&
			    j->toks[k - 1].type == T_CUE && (cue_of(j, &j->toks[k - 1]) & CUE_COMPARE) &&
			    after_preposition(j->t, j->toks[k - 1].start, tk->start))
				st->subset_restore = st->ent;
			else if (st->ent >= 0 && lexicon_root(lx, idx) == lexicon_root(lx, st->ent) && idx != st->ent &&
			    lexicon_entity_at(lx, (size_t)idx)->parent >= 0 &&
			    (span_contains(j->t, j->sent_start, tk->start, "其中", 0) ||
			     word_before(j->t, j->sent_start, tk->start, "including") ||
			     word_before(j->t, j->sent_start, tk->start, "of which")))
				st->subset_restore = st->ent;
			st->ent = idx;
			st->ent_from_frame = 0;
			st->ent_clause = tk->clause;
			st->ent_named = 1;
			/* "AMD's data center revenue was ..., and the company
			 * guided": a company named ends the doubt of the sentence
			 * before over whose "the company" is */
			{
				int r = lexicon_root(lx, idx);
				st->para_root = st->para_root == -1 || st->para_root == r ? r : -2;
			}
			/* ("The GPU business is the dominant division of NVIDIA,
			 * with $898M": the company a part is said to be of keeps
			 * the sentence the part's) */
			static const char *const part_of[] = { "division of", "segment of", "unit of", "business of",
								"arm of", "part of", "divisions of", "segments of",
								"businesses of" };
			int part_is_of = 0;
			for (size_t w = 0; st->blocked && w < ARRAY_SIZE(part_of) && !part_is_of; w++)
				part_is_of = word_before(j->t, j->sent_start, tk->start, part_of[w]);
			if (!(st->blocked && tk->end < st->block_through) && !part_is_of)
				st->blocked = 0;
			st->block_named = 0;
			{
				char why[64];
				int named_part = part_named_after(j, k, end, why, sizeof(why));
				/* (a part the sentence turned to before the name holds
				 * through it: "大中华区市场，苹果本季营收") */
				st->block_sentence = named_part == 2 || (st->blocked && st->block_sentence && tk->end < st->block_through);
				if (named_part) {
					st->blocked = st->block_named = 1;
					st->block_clause = tk->clause;
					st->block_pos = tk->end;
					copy_str(st->block_reason, sizeof(st->block_reason), why);
				} else if (k == first && under_segments_label(j->t, j->sent_start, tk->start)) {
					/* "Segments – Google (revenue $25.802B, operating
					 * income $7.883B)": a name under that label is a
					 * segment's, whatever company it also names */
					st->blocked = st->block_named = st->block_sentence = 1;
					st->block_clause = tk->clause;
					st->block_pos = tk->end;
					copy_str(st->block_reason, sizeof(st->block_reason), "segment");
				}
			}
			if (!st->sentence_met_seen) {
				if (st->met >= 0)
					st->weak_met = st->met;
				st->met = -1;
			}
			break;
		}
		case T_METRIC: {
			/* 收入占比由 16.19% 扩大至 22.42%: the share of the metric a
			 * part makes, a measure of its own, not the metric */
			/* (运营利润为112.13亿美元,在营收中所占比例为24%: the whole
			 * a profit just said is a share of, its margin; the
			 * profit stays the measure) */
			static const char *const whole_before[] = { ",在", ",占", ",约占" };
			if (share_word_after(j->t, tk->end, j->sent_end) && k > first && j->toks[k - 1].type == T_QTY &&
			    span_in_list(j->t, j->toks[k - 1].end, tk->start, whole_before, ARRAY_SIZE(whole_before)))
				break;
			if (share_word_after(j->t, tk->end, j->sent_end)) {
				st->met = st->weak_met = -1;
				st->sentence_met_seen = st->clause_met_seen = 1;
				st->met_unknown = 1;
				break;
			}
			/* FCF (OCF less capex): the brackets after a metric define
			 * it, they name no new one */
			if (in_definition(j, k, first) || in_relative_clause(j, k, first, end) || metric_in_cause(j, k, end) ||
			    metric_excluded(j, k, first, end))
				break;
			/* "流量获取支出,也就是同合作伙伴共享的营收为81.66亿美元": a
			 * metric in words that say again what was just named is
			 * that thing's description; what it measures, the lexicon
			 * does not know */
			if (restates_named(j, k)) {
				st->met = st->weak_met = -1;
				st->sentence_met_seen = st->clause_met_seen = 1;
				st->met_unknown = 1;
				break;
			}
			/* "$7.5 billion in the quarter, or 41% of revenue, and $26.9
			 * billion for the fiscal year": the measure a share is of,
			 * not the sentence's */
			/* (past the whole's company and its words: "16.1% of
			 * Amazon's total revenue") */
			size_t wk = k;
			while (wk > first && j->toks[wk - 1].clause == tk->clause &&
			       (j->toks[wk - 1].type == T_ENTITY ||
				(j->toks[wk - 1].type == T_CUE && cue_of(j, &j->toks[wk - 1]) == CUE_FILLER)))
				wk--;
			if (share_of_measure(j->t, j->sent_start, tk->start) ||
			    (wk < k && share_of_measure(j->t, j->sent_start, j->toks[wk].start)) ||
			    share_of_whole(j->t, j->sent_start, tk->start, tk->end, j->sent_end))
				break;
			/* "Capital expenditures were $34.2 billion, and the company
			 * expects to spend about $125 billion": the verb spends
			 * what the sentence named */
			if (st->sentence_met_seen && st->met >= 0 && st->met == lexicon_find_metric(lx, "capex") &&
			    j->lm[tk->idx].index == lexicon_find_metric(lx, "spending") && tk->start >= 3 &&
			    !strncasecmp(j->t + tk->start - 3, "to ", 3))
				break;
			size_t gs = k > first ? j->toks[k - 1].end : j->sent_start, ge = tk->start;
			/* 数据中心实现营收: the words before the verb name the part */
			if (k > first && j->toks[k - 1].type == T_CUE && achieved_verb(j, &j->toks[k - 1])) {
				ge = j->toks[k - 1].start;
				gs = k - 1 > first ? j->toks[k - 2].end : j->sent_start;
			}
			/* "The company's 'other' products, which include the Apple
			 * Watch, reported revenues": so do the words before "reported",
			 * past an aside between commas */
			/* (but "Alphabet reported advertising revenue": the words
			 * between the verb and the metric name the part first) */
			char why[64] = "";
			int part = 0, part_met = -1;
			if (k > first && j->toks[k - 1].type == T_CUE && reporting_verb(j, &j->toks[k - 1])) {
				if (!only_spaces(j->t, gs, ge))
					part = names_a_part(j, gs, ge, 0, why, sizeof(why));
				if (!part)
					subject_before_verb(j, k - 1, first, &gs, &ge);
			}
			if (!part)
				part = names_a_part(j, gs, ge, k == first, why, sizeof(why));
			/* 收入成本, 营收成本: the cost of the metric, another measure */
			if (!part && cost_of_metric(j->t, tk->end, j->sent_end)) {
				part = 1;
				snprintf(why, sizeof(why), "the cost of %.*s", (int)(tk->end - tk->start), j->t + tk->start);
			}
			/* 这一RPO规模, 此收入: the metric said before, a part's when
			 * a part's was the last said */
			if (part && st->part_met != j->lm[tk->idx].index && demonstrative(why, 0, strlen(why)))
				part = 0;
			else if (!part && st->part_met == j->lm[tk->idx].index && demonstrative_before(j->t, gs, ge)) {
				part = 1;
				snprintf(why, sizeof(why), "%.*s", (int)(ge - gs), j->t + gs);
			}
			/* "Revenue from cloud infrastructure, which rents out ...,
			 * rose 68%": the part named after "from" */
			size_t from_through = 0;
			if (!part)
				part = part_after_from(j, k, end, why, sizeof(why), &from_through);
			/* 中国电商集团收入, 国际数字商业集团收入: words that may stand
			 * before a metric (集团, 商业) close a part's name */
			if (!part && gs == ge) {
				size_t f = k;
				while (f > first && j->toks[f - 1].type == T_CUE && (cue_of(j, &j->toks[f - 1]) & CUE_FILLER) &&
				       (unsigned char)j->t[j->toks[f - 1].start] >= 0x80 &&
				       only_spaces(j->t, j->toks[f - 1].end, f < k ? j->toks[f].start : tk->start))
					f--;
				size_t fs = f > first ? j->toks[f - 1].end : j->sent_start;
				if (f < k && fs < j->toks[f].start && (f == first || j->toks[f - 1].type != T_ENTITY))
					part = names_a_part(j, fs, j->toks[f].start, f == first, why, sizeof(why));
			}
			/* 用於連接GPU的網路連接元件第四季銷售額: a Chinese period between
			 * the part's name, after 的, and the metric */
			if (!part && gs == ge && k >= first + 2 && j->toks[k - 1].type == T_PERIOD &&
			    (unsigned char)j->t[j->toks[k - 1].start] >= 0xE0 &&
			    only_spaces(j->t, j->toks[k - 1].end, tk->start) && j->toks[k - 2].type != T_ENTITY &&
			    j->toks[k - 2].type != T_PERIOD) {
				size_t fs = j->toks[k - 2].end, fe = j->toks[k - 1].start;
				size_t de = fe;
				while (de > fs + 3 && memcmp(j->t + de - 3, "的", 3) && (unsigned char)j->t[de - 3] >= 0xE0)
					de -= 3;
				if (fs < fe && de > fs + 3 && !memcmp(j->t + de - 3, "的", 3) && fe >= de + 6)
					part = names_a_part(j, de - 3, fe, 0, why, sizeof(why));
			}
			/* "Data 360 ARR", "Office 365 Commercial revenue": a name
			 * that ends in its number, right before the metric */
			if (!part && k > first && j->toks[k - 1].type == T_QTY && qtok(j, &j->toks[k - 1])->kind == NL_NUMBER &&
			    only_spaces(j->t, j->toks[k - 1].end, tk->start))
				part = names_a_part(j, k - 1 > first ? j->toks[k - 2].end : j->sent_start, j->toks[k - 1].start,
						    k - 1 == first, why, sizeof(why));
			/* "Nvidia's Data Center segment posted revenue of": the
			 * part's words and the metric name a metric of the lexicon */
			/* (数據中心業務，季度收入達623億美元: the part named as the
			 * subject of the clause after it) */
			if (st->blocked &&
			    (st->block_clause == tk->clause ||
			     (tk->clause == st->block_clause + 1 && (relative_goes_on(j->t, st->block_pos, tk->start) ||
								      part_then_metric(j->t, st->block_pos, tk->start)))) &&
			    st->seg_words_e > st->seg_words_s && st->seg_words_e <= tk->start &&
			    (part_met = label_metric(j, st->seg_words_s, st->seg_words_e, tk)) >= 0) {
				st->blocked = 0;
				part = 0;
			}
			/* 数据中心实现营收: the part's words and the metric's name a
			 * metric of the lexicon together */
			size_t pe = ge;
			while (pe > gs && j->t[pe - 1] == ' ')
				pe--;
			if (part && why[0] && pe >= gs + strlen(why) && !memcmp(j->t + pe - strlen(why), why, strlen(why)) &&
			    (part_met = label_metric(j, pe - strlen(why), pe, tk)) >= 0)
				part = 0;
			/* revenue backlog: the last of two metric words is the head
			 * (not "sales of iPods, and iPad revenue": words between) */
			if (k > first && j->toks[k - 1].type == T_METRIC &&
			    !(part && text_has(j->t, j->toks[k - 1].end, tk->start, ",")))
				part = 0;
			/* under "数据中心:绝对的核心引擎", "Q4收入:$623亿": a metric the
			 * sentence names of no part is the part's the heading labels,
			 * when the two name a metric of the lexicon */
			/* (and under "游戏:稳健", a business the lexicon does not
			 * know, the part's: no figure of the company) */
			if (!part && part_met < 0 && st->head_label_e > st->head_label_s && !st->ent_named) {
				int hm = label_metric(j, st->head_label_s, st->head_label_e, tk);
				if (hm >= 0 && hm != j->lm[tk->idx].index) {
					part_met = hm;
				} else if (hm < 0 && (business_label(j->t, st->head_label_s, st->head_label_e) ||
						      st->head_label_named)) {
					part = 1;
					snprintf(why, sizeof(why), "%.*s", (int)(st->head_label_e - st->head_label_s),
						 j->t + st->head_label_s);
				}
			}
			/* EBITDA利润率, "EBITDA达122亿美元，…，利润率提升至68%": a bare
			 * margin word after another profit measure is that
			 * measure's margin, one the lexicon does not know */
			int margin_of = part ? -1 : bare_margin_of_other(j, st, k, first);
			if (margin_of >= 0) {
				part = 1;
				snprintf(why, sizeof(why), "the margin of %s", lexicon_metric_at(lx, (size_t)margin_of)->name);
			}
			/* 上一季度该业务收入 after a sentence on data center revenue:
			 * the revenue of the business the text points back at,
			 * which the lexicon names as a metric of its own */
			if (k > first && (cue_of(j, &j->toks[k - 1]) & CUE_COREF_UNIT) &&
			    only_spaces(j->t, j->toks[k - 1].end, tk->start) && st->ent >= 0 &&
			    lexicon_entity_at(lx, (size_t)st->ent)->parent < 0 && st->met >= 0 &&
			    metric_of_business(lx, st->met, j->lm[tk->idx].index)) {
				part_met = st->met;
				part = 0;
			} else if (k > first && (cue_of(j, &j->toks[k - 1]) & CUE_COREF_UNIT) &&
				   st->part_met == j->lm[tk->idx].index) {
				/* AI云收入同比增33%至42亿元，但是Q2该业务收入是65亿元:
				 * the business a part's figure was just given of */
				part = 1;
				snprintf(why, sizeof(why), "%.*s", (int)(j->toks[k - 1].end - j->toks[k - 1].start),
					 j->t + j->toks[k - 1].start);
			}
			/* "The cloud backlog" about Google Cloud: a word of the part's
			 * own name calls it, it names no other part */
			if (part && st->ent >= 0 && lexicon_entity_at(lx, (size_t)st->ent)->parent >= 0 &&
			    name_has_word(lexicon_entity_at(lx, (size_t)st->ent)->name, why))
				part = 0;
			/* "Azure cloud revenue": a part's name and the word for what
			 * it is are the part itself, as "Azure cloud business" is */
			if (part && k > first && j->toks[k - 1].type == T_ENTITY && names_entity_part(j, k, first) &&
			    span_in_list(j->t, j->toks[k - 1].end + 1, tk->start - 1, kind_of_part, ARRAY_SIZE(kind_of_part)))
				part = 0;
			/* AI 新业务收入: a part's name ends right before the metric */
			/* (半导体解决方案业务(含ASIC芯片)收入: past an aside) */
			if (k > first && (cue_of(j, &j->toks[k - 1]) & CUE_SEGNOUN) &&
			    (only_spaces(j->t, gs, tk->start) || only_aside(j->t, gs, tk->start)) &&
			    !names_entity_part(j, k - 1, first)) {
				part = 1;
				snprintf(why, sizeof(why), "%.*s", (int)(j->toks[k - 1].end - j->toks[k - 1].start),
					 j->t + j->toks[k - 1].start);
			}
			/* Revenue in Intelligent Cloud: a part named after the metric */
			size_t through = 0;
			size_t name_at;
			if (!part && part_after_metric(j, k, end, why, sizeof(why), &through, &name_at)) {
				part = 1;
				/* Sales in the data center segment: the part's words and
				 * the metric's name a metric of the lexicon */
				int child = -1;
				if (name_at != SIZE_MAX &&
				    (part_met = label_metric(j, name_at, name_at + strlen(why), tk)) >= 0) {
					part = 0;
					st->metric_through = through; /* its "segment" names no other part */
				} else if (name_at != SIZE_MAX && st->ent >= 0 &&
					   (child = child_named_in(j, lexicon_root(lx, st->ent), name_at,
								   name_at + strlen(why))) >= 0) {
					/* "the revenue for its cloud unit" of Alibaba:
					 * the part the lexicon names by that word */
					part = 0;
					st->ent = child;
					st->ent_named = 1;
					st->metric_through = through;
				}
			}
			/* (a company named in the part's words after "from" ends
			 * nothing: "Sales through Amazon's online stores") */
			st->block_through = part ? (through ? through : from_through) : 0;
			/* "Full-year revenue rose 9%" under a heading "Gaming and AI
			 * PC": the heading's part's, unless with the metric it names
			 * a metric of the lexicon (Data Center revenue) */
			int head_met = part_met >= 0 ? part_met : heading_metric(j, tk, j->lm[tk->idx].index);
			/* 数据中心：营收 is the data center's revenue; 游戏：营收 a
			 * part's we do not track */
			size_t ls, le;
			int sec_id;
			int labelled = !part && !st->ent_named && metric_label(j, gs, tk->start, &ls, &le) &&
				       wordtrie_match_at(j->fx->sections, j->t + ls, le - ls, 0, &sec_id) != le - ls &&
				       !speaker_label(j->t, ls, le);
			/* ("25Q3指引分化:": the tail of a phrase that opens on a
			 * period or a cue word, run into it, is no label) */
			if (labelled && k > first && j->toks[k - 1].end == ls &&
			    (j->toks[k - 1].type == T_CUE || j->toks[k - 1].type == T_PERIOD))
				labelled = 0;
			if (labelled) {
				int lab_met = label_metric(j, ls, le, tk);
				if (lab_met >= 0) {
					head_met = lab_met;
				} else if ((unsigned char)j->t[ls] >= 0x80) {
					/* a part we do not track (a Latin label,
					 * "Gaming:", "Amy Hood:", is read as the
					 * sentence's subject) */
					part = 1;
					snprintf(why, sizeof(why), "%.*s", (int)(le - ls), j->t + ls);
				}
			}
			if (!part && !labelled && head_met == j->lm[tk->idx].index && !st->ent_named &&
			    heading_names_part(j, st, why, sizeof(why)))
				part = 1;
			else if (part && why[0] && heading_has(j, why))
				st->part_heading = j->lines[j->line].heading;
			/* "Microsoft Cloud revenue was $49.1 billion, while total
			 * revenue was $77.7 billion": total, consolidated, overall
			 * name the whole company in a clause that names no part */
			if (!part && st->ent >= 0 && lexicon_entity_at(lx, (size_t)st->ent)->parent >= 0 &&
			    st->ent_clause != tk->clause) {
				static const char *const whole[] = { "total", "consolidated", "overall", "company-wide" };
				size_t ws = k > first ? j->toks[k - 1].end : j->sent_start;
				if (k > first && j->toks[k - 1].type == T_CUE && j->toks[k - 1].clause == tk->clause)
					ws = j->toks[k - 1].start;
				for (size_t w = 0; w < ARRAY_SIZE(whole) + 1; w++)
					if (w == ARRAY_SIZE(whole) ? whole_group_before(j, k, first)
								    : has_word(j->t + ws, tk->end - ws, whole[w])) {
						/* (and what follows is the company's again) */
						int root = lexicon_root(lx, st->ent);
						if (st->frame_ent >= 0 && lexicon_root(lx, st->frame_ent) == root)
							st->frame_ent = root;
						st->ent = root;
						break;
					}
			}
			st->weak_met = -1;
			st->met = translated_profit(j, st, k, head_met);
			st->met_sign = j->lm[tk->idx].sign;
			st->met_annual = annual_metric(j, k, first);
			/* the words before it, a filler cue among them (Non-GAAP) */
			size_t as = k > first && j->toks[k - 1].type == T_CUE ? j->toks[k - 1].start : gs;
			/* or in its own name (Non-GAAP net income): the per-share
			 * figure said beside it is adjusted too */
			st->met_adjusted = says_adjusted(j->t, as, tk->end) || st->opens_adjusted;
			/* 非美国通用会计准则下归属于百度的净利润: said at the head of
			 * its clause, before the company's name */
			if (!st->met_adjusted && (unsigned char)j->t[tk->start] >= 0x80) {
				size_t cs = j->sent_start;
				for (size_t i = k; i > first; i--)
					if (j->toks[i - 1].clause != tk->clause || j->toks[i - 1].type == T_QTY) {
						cs = j->toks[i - 1].end;
						break;
					}
				st->met_adjusted = says_adjusted(j->t, cs, tk->end);
			}
			st->sentence_met_seen = 1;
			st->clause_met_seen = 1;
			/* (a metric said again of the company: 此收入 no longer
			 * points at a part's) */
			int part_again = !part && st->part_left_sentence && st->part_met == j->lm[tk->idx].index &&
					 cjk_clause_on_part(j, k, first);
			if (!part && !part_again && !(st->blocked && st->block_clause == tk->clause) &&
			    st->part_met == j->lm[tk->idx].index)
				st->part_met = -1;
			if (part) {
				st->blocked = 1;
				st->block_clause = tk->clause;
				st->block_pos = tk->start;
				copy_str(st->block_reason, sizeof(st->block_reason), why);
			} else if (tk->clause != st->block_clause && !st->block_sentence &&
				   !(st->block_named && (past_asides(j->t, st->block_pos, tk->start) ||
							 participle_goes_on(j->t, st->block_pos, tk->start) ||
							 label_goes_on(j->t, st->block_pos, tk->start))) &&
				   !(tk->clause == st->block_clause + 1 && relative_goes_on(j->t, st->block_pos, tk->start)) &&
				   !(st->part_left_sentence && (k == first || j->toks[k - 1].clause != tk->clause) &&
				     cjk_goes_on_part(j->t, k > first ? j->toks[k - 1].end : j->sent_start, tk->start)) &&
				   !part_again) {
				/* ..., while total revenue was: a new clause, a new subject */
				st->blocked = 0;
			}
			break;
		}
		case T_PERIOD:
			/* "reported in September", 于 11 月 19 日公布: when it was said,
			 * not the period of a figure */
			if (said_when(j, k) || compared_against(j, k))
				break;
			/* "if not for an unusual, one-off tax benefit for AMD's
			 * Q4'2020, this would have been ...": a period of what did
			 * not happen, no context */
			if (span_contains(j->t, j->sent_start, tk->start, "if not for", 1) ||
			    span_contains(j->t, j->sent_start, tk->start, "had it not been for", 1) ||
			    span_contains(j->t, j->sent_start, tk->start, "were it not for", 1))
				break;
			/* 公布第3季财报及第4季财测目标，第3季税后纯益4,523亿元: a
			 * clause on another period than the forecast's, no figure
			 * between, is not forecast by it */
			if (st->est_seen && st->est_cue < k && j->toks[st->est_cue].clause != tk->clause &&
			    forecast_of_other_period(j, first, k))
				st->est_seen = 0;
			/* FY2026Q3 (截至 2025 年 10 月 26 日), fiscal Q3 (ended October 26):
			 * the same period said again by its last day */
			/* (past the 至 of 截至 the lexer took for a word of its own) */
			size_t said_at = k > first && j->toks[k - 1].type == T_CUE && k - 1 > first &&
						 j->toks[k - 2].type == T_PERIOD && (cue_of(j, &j->toks[k - 1]) & CUE_TO) ?
					 k - 2 :
					 k - 1;
			if (k > first && j->toks[said_at].type == T_PERIOD && in_apposition(j->t, j->toks[said_at].end, tk->start)) {
				/* 上一财季(截至2025年12月): a quarter said relatively,
				 * then by the month it ended — that quarter */
				const struct period_expr *said = &j->ps[j->toks[said_at].idx].expr;
				const struct period_expr *month = &j->ps[tk->idx].expr;
				if (said->type == PERIOD_QUARTER && said->rel != PREL_NONE && month->type == PERIOD_MONTH &&
				    month->rel == PREL_NONE && month->year && st->per >= 0 &&
				    j->pers[st->per].expr.type == PERIOD_QUARTER && j->pers[st->per].expr.rel == said->rel) {
					struct period_expr q = { 0 };
					q.type = PERIOD_QUARTER;
					q.year = month->year;
					q.month_named = month->index;
					j->pers[st->per].expr = q;
				}
				/* 微软Q2(FY25Q4): a yearless quarter, then the company's
				 * own label with its year — the label says which (the
				 * writer's Q2 is the calendar's) */
				else if (said->type == PERIOD_QUARTER && !said->year && said->rel == PREL_NONE &&
					 month->type == PERIOD_QUARTER && month->year && month->fiscal && month->rel == PREL_NONE &&
					 st->per >= 0 && j->pers[st->per].expr.type == PERIOD_QUARTER &&
					 !j->pers[st->per].expr.year) {
					j->fs->quarter_said = j->pers[st->per].expr;
					j->fs->quarter_meant = *month;
					j->pers[st->per].expr = *month;
				}
				break;
			}
			/* "the three months ended Dec. 31, the third quarter of the
			 * fiscal year": the quarter named again by its number, which
			 * the day it ended already settles */
			if (k > first && j->toks[k - 1].type == T_PERIOD && comma_apposition(j->t, j->toks[k - 1].end, tk->start)) {
				const struct period_expr *dated = &j->ps[j->toks[k - 1].idx].expr;
				const struct period_expr *num = &j->ps[tk->idx].expr;
				if (dated->type == PERIOD_QUARTER && dated->month_named && num->type == PERIOD_QUARTER &&
				    num->index && !num->year && num->rel == PREL_NONE)
					break;
			}
			/* compared with $46.7 billion in Q2: the period of the number
			 * compared with, not of the figures after it */
			if (k >= first + 2 && j->toks[k - 1].type == T_QTY && j->toks[k - 1].clause == tk->clause) {
				/* "compared with operating income of RMB5.9 billion in
				 * the third quarter of 2024", "compared with net income
				 * attributable to Baidu of RMB7.6 billion in ...": the
				 * metric and company named again between */
				size_t b = k - 2;
				while (b > first && j->toks[b].clause == tk->clause &&
				       (j->toks[b].type == T_METRIC || j->toks[b].type == T_ENTITY ||
					(j->toks[b].type == T_CUE && !(cue_of(j, &j->toks[b]) & ~(CUE_TO | CUE_FILLER)))))
					b--;
				if (j->toks[b].clause == tk->clause &&
				    (cue_of(j, &j->toks[b]) & (b == k - 2 ? CUE_COMPARE | CUE_FROM : CUE_COMPARE)))
					break;
				/* ("a 40 per cent increase over the $1.13 billion in the
				 * fourth quarter of 2011") */
				static const char *const over[] = { "increase over the", "increase over", "growth over the",
								    "rise over the", "gain over the" };
				int over_it = 0;
				for (size_t w = 0; w < ARRAY_SIZE(over) && !over_it; w++)
					over_it = word_before(j->t, j->sent_start, j->toks[k - 1].start, over[w]);
				if (over_it)
					break;
			}
			/* "from the $51.57 billion Broadcom reported for fiscal
			 * 2024": the company said between them changes nothing */
			{
				size_t b = k;
				while (b > first && j->toks[b - 1].clause == tk->clause &&
				       (j->toks[b - 1].type == T_ENTITY ||
					(j->toks[b - 1].type == T_CUE && !(cue_of(j, &j->toks[b - 1]) & (CUE_COMPARE | CUE_FROM)))))
					b--;
				/* (or "more than four times the $117.5 million we
				 * reported for 2024": a multiple of it) */
				if (b < k && b >= first + 2 && j->toks[b - 1].type == T_QTY && j->toks[b - 1].clause == tk->clause &&
				    ((j->toks[b - 2].type == T_CUE && (cue_of(j, &j->toks[b - 2]) & (CUE_COMPARE | CUE_FROM))) ||
				     (j->toks[b - 2].type == T_QTY && qtok(j, &j->toks[b - 2])->kind == NL_MULTIPLE)) &&
				    j->toks[b - 2].clause == tk->clause)
					break;
			}
			/* "compared to $20.0 billion, or $1.86 per diluted share, in
			 * Q4 of last year": the compared figures' period, in a clause
			 * of its own after them */
			if (compared_figures_before(j, k, first, end))
				break;
			/* 增速比上一季度（FY26Q1）的 26% 明显提升: the base named again in
			 * brackets is the compared figure's, no context for what
			 * follows (同期…) */
			if (k > first && j->toks[k - 1].type == T_CUE &&
			    (cue_of(j, &j->toks[k - 1]) & (CUE_QOQ | CUE_YOY | CUE_COMPARE)) &&
			    opens_on_compare(j, &j->toks[k - 1]) &&
			    in_brackets(j->t, j->toks[k - 1].end, tk->start))
				break;
			/* "Consistent with last quarter, we are not assuming ...": a
			 * period a clause without figures likens to is no figure's */
			if (likened(j, k, first))
				break;
			/* 为公司2014年9月在美国上市以来首次见红: the time a
			 * "since" phrase starts from is no figure's period */
			if (since_when(j, k))
				break;
			/* 若撇除去年10月合并高鑫零售影响: the time of what is taken
			 * out is no figure's */
			if (in_excluding(j, tk->start))
				break;
			/* "plans $175-$185 billion in 2026 capex, nearly doubling
			 * 2025's $91.5 billion and shocking analysts expecting
			 * around $142 billion": a period that owns the figure after
			 * it, in a sentence that named its own before, is that
			 * figure's only */
			int owned_only = 0;
			if (st->per >= 0 && !st->base_pending &&
			    (period_owns(j, k) == 1 ||
			     (period_owns(j, k) == 2 && qtok(j, &j->toks[k + 1])->kind == NL_AMOUNT)))
				for (size_t i = first; i < k && !owned_only; i++)
					owned_only = j->toks[i].type == T_PERIOD && j->ps[j->toks[i].idx].expr.year &&
						     j->ps[j->toks[i].idx].expr.year != j->ps[tk->idx].expr.year;
			/* "营收为22.30亿美元,上季度为19.37亿美元,环比增长15%": the
			 * quarter before, said as what it was after the quarter's own
			 * figure, is the base of the change that follows; the
			 * change, and the sentence after it, are the quarter's */
			/* (its measure's word between, 上季度为利润0.79美元) */
			static const char *const was_words[] = { "为", "则为", "是", "则是", "为利润", "为盈利", "为亏损",
								 "为净利润", "为净亏损" };
			int said_base = 0;
			if (st->per >= 0 && !st->base_pending && j->ps[tk->idx].expr.rel == PREL_PREV &&
			    j->ps[tk->idx].expr.type == PERIOD_QUARTER && j->pers[st->per].expr.type == PERIOD_QUARTER &&
			    j->pers[st->per].expr.rel == PREL_NONE && k + 1 < end && j->toks[k + 1].type == T_QTY &&
			    span_in_list(j->t, tk->end, j->toks[k + 1].start, was_words, ARRAY_SIZE(was_words)))
				for (size_t i = first; i < k && !said_base; i++)
					said_base = j->toks[i].type == T_QTY;
			/* "That compared with the same quarter last year when the
			 * company brought in $15.7 billion in revenues, net profit of
			 * $3.25 billion ...": a base said with "when" is the period
			 * of every figure the clause after it gives, not of the next
			 * one only; the sentences after go on in the quarter before */
			int base_when = tk->end + 6 <= j->sent_end && !strncmp(j->t + tk->end, " when ", 6) &&
					st->per >= 0 && base_of_change(j, k, first);
			if (base_when) {
				st->base_tail = 1;
				st->base_tail_restore = st->per;
			} else if (owned_only || said_base) {
				st->base_pending = 1;
				st->base_restore = st->per;
				st->base_ps = (int)tk->idx;
				st->base_moved = 0;
			} else if (base_of_change(j, k, first)) {
				/* a base after its number (up 22% from Q2) was that
				 * number's; one before (较 2024 年的 115 亿) is the next's */
				int after_number = 0;
				for (size_t i = k; i > first && j->toks[i - 1].clause == tk->clause && !after_number; i--)
					after_number = j->toks[i - 1].type == T_QTY;
				if (after_number)
					break;
				if (!st->base_pending) {
					st->base_pending = 1;
					st->base_restore = st->per;
				}
				st->base_ps = (int)tk->idx;
				st->base_moved = 0;
			}
			/* "improved to 21.3% from 20.0% in the prior year": the
			 * period of the figure a change came from, which the
			 * sentences after do not go on in */
			/* (and "3.2 times the $11.5 billion of 2024": the time of
			 * what a multiple multiplies) */
			int compared_base = compared_run_before(j, k, first) || (st->per >= 0 && multiplied_base(j, k, first));
			if (compared_base) {
				if (!st->base_tail)
					st->base_tail_restore = st->per;
				st->base_tail = 1;
			} else if (k == first && st->per >= 0 && j->pers[st->per].expr.type == PERIOD_QUARTER &&
				   j->ps[tk->idx].expr.type == PERIOD_YEAR && k + 1 < end && j->toks[k + 1].type == T_METRIC &&
				   only_spaces(j->t, tk->end, j->toks[k + 1].start)) {
				/* "Full-year revenue also came at a record $7.76
				 * billion" amid a quarter's figures: the year said as
				 * its metric's word is that sentence's; the quarter
				 * goes on after it */
				st->base_tail = 1;
				st->base_tail_restore = st->per;
			} else if (st->per >= 0 && j->ps[tk->idx].expr.rel == PREL_LAST_YEAR &&
				   j->pers[st->per].expr.rel != PREL_LAST_YEAR &&
				   (j->ps[tk->idx].expr.type != PERIOD_MONTH || j->ps[tk->idx].expr.index) &&
				   (j->pers[st->per].expr.type == j->ps[tk->idx].expr.type ||
				    (j->pers[st->per].expr.type == PERIOD_QUARTER && j->ps[tk->idx].expr.type == PERIOD_YEAR))) {
				/* "the net loss attributable to Baidu last year was 885
				 * million yuan" amid a quarter's figures, "five times the
				 * volume of May last year" after May's: the time of a
				 * figure set beside, which the sentences after do not go
				 * on in */
				st->base_tail = 1;
				st->base_tail_restore = st->per;
			} else if (st->per >= 0 &&
				   ((j->ps[tk->idx].expr.rel == PREL_SAME && j->ps[tk->idx].expr.year) ||
				    j->ps[tk->idx].expr.rel == PREL_YEAR_BACK) &&
				   j->pers[st->per].expr.rel == PREL_NONE &&
				   j->pers[st->per].expr.type == j->ps[tk->idx].expr.type) {
				/* "毛利率为38%,2015年同期为39.7%", "去年该季营收为424亿
				 * 美元": the same quarter of a year named or a year back,
				 * a figure set beside the text's own; the sentences after
				 * go on in the quarter before it */
				st->base_tail = 1;
				st->base_tail_restore = st->per;
			} else if (st->per >= 0 && j->pers[st->per].expr.type == PERIOD_QUARTER &&
				   j->ps[tk->idx].expr.type == PERIOD_MONTH && tk->end + 3 <= j->sent_end &&
				   !memcmp(j->t + tk->end, "的", 3)) {
				/* "2024年9月的DAP平均值為32.9億" amid a quarter's
				 * figures: the month a measure is of, that sentence's;
				 * the quarter goes on after it */
				st->base_tail = 1;
				st->base_tail_restore = st->per;
			} else {
				st->base_tail = 0;
			}
			/* (not one named in an aside: "增速下滑(Q2为56%)" names
			 * the quarter before, the text goes on about its own) */
			/* (nor the quarter of figures set against the text's own:
			 * "compared to $2.89 billion in the first quarter of 2012.
			 * Analysts expected ... in the quarter") */
			if (j->ps[tk->idx].expr.rel == PREL_NONE && j->ps[tk->idx].expr.type == PERIOD_QUARTER &&
			    !in_brackets(j->t, j->sent_start, tk->start) && !compared_base) {
				j->fs->last_quarter.valid = 1;
				j->fs->last_quarter.expr = j->ps[tk->idx].expr;
				if (results_named_after(j->t, tk->end, j->sent_end)) {
					j->fs->results_quarter = j->fs->last_quarter;
					j->fs->results_para = j->fs->paragraphs;
				}
			}
			pref_slot(j);
			j->pers[j->npers].expr = period_of_tok(j, k, first);
			/* (Q2 said alone after Q2(FY25Q4): the quarter labelled) */
			{
				const struct period_expr *x = &j->pers[j->npers].expr, *said = &j->fs->quarter_said;
				if (said->type == PERIOD_QUARTER && x->type == PERIOD_QUARTER && !x->year && x->rel == PREL_NONE &&
				    x->index == said->index && x->fiscal == said->fiscal && x->calendar == said->calendar)
					j->pers[j->npers].expr = j->fs->quarter_meant;
			}
			/* "revealed in its second-quarter earnings report": the
			 * company's own quarter, even in a text on several */
			{
				struct period_expr *x = &j->pers[j->npers].expr;
				if (!x->year && !x->calendar && x->rel == PREL_NONE &&
				    (x->type == PERIOD_QUARTER || x->type == PERIOD_HALF) &&
				    (word_before(j->t, j->sent_start, tk->start, "its") ||
				     word_before(j->t, j->sent_start, tk->start, "their")))
					x->fiscal = 1;
			}
			/* ("second-quarter revenues of $16.1 billion for 2026,
			 * marking a 14% growth": the year goes on as its quarter's) */
			/* (and "first-quarter results for fiscal year 2024": the year
			 * said right after the quarter's results is its own) */
			int results_for = st->per >= 0 && st->per >= st->sentence_pers && k > first &&
					  j->toks[k - 1].type == T_PERIOD &&
					  (text_is(j->t, j->toks[k - 1].end, tk->start, " results for ") ||
					   text_is(j->t, j->toks[k - 1].end, tk->start, " results of ") ||
					   text_is(j->t, j->toks[k - 1].end, tk->start, " earnings for ")) &&
					  year_of_quarter(&j->pers[st->per].expr, &j->pers[j->npers].expr);
			if (results_for ||
			    (st->per >= 0 && st->per >= st->sentence_pers && k > first && j->toks[k - 1].type == T_QTY &&
			     first_figure_after_period(j, k - 1, first) && bare_year(j->t, tk->start, tk->end) &&
			     year_of_quarter(&j->pers[st->per].expr, &j->pers[j->npers].expr))) {
				struct period_expr y = j->pers[j->npers].expr;
				j->pers[j->npers].expr = j->pers[st->per].expr;
				j->pers[j->npers].expr.year = y.year;
				j->pers[j->npers].expr.fiscal |= y.fiscal;
				j->pers[j->npers].expr.either = 0;
			}
			j->pers[j->npers].prev = st->per;
			j->pers[j->npers].est = -1;
			j->pers[j->npers].temp = 0;
			j->pers[j->npers].reported = (int)tk->idx == j->reported_ps;
			j->pers[j->npers].named = st->ent >= 0 ? st->ent : -1;
			j->pers[j->npers].now = j->pers[j->npers].expr.rel == PREL_SAME &&
						said_now_quarter(j->t, tk->start, tk->end);
			j->pers[j->npers].forecast = forecast_said(j, k, first, end);
			j->pers[j->npers].said_s = j->sent_start;
			j->pers[j->npers].said_e = j->sent_end;
			j->pers[j->npers].base_of_last = st->per < 0 && j->pers[j->npers].expr.rel == PREL_PREV &&
							 j->pers[j->npers].expr.type == PERIOD_QUARTER &&
							 said_as_base(j->t, j->sent_start, tk->start);
			if ((int)tk->idx == st->base_tok)
				st->base_entry = (int)j->npers;
			if (j->pers[j->npers].now && j->pers[j->npers].forecast)
				j->pers[j->npers].now = 2;
			st->per = (int)j->npers++;
			st->clause_per_seen = 1;
			/* "与前一季相较,2018年第4季营收增加了11.3%": a period named in a
			 * clause after the one that set the base is the period the
			 * change after it is of */
			if (st->base_pending && (int)tk->idx != st->base_ps) {
				size_t b = k;
				while (b > first && !(j->toks[b - 1].type == T_PERIOD && (int)j->toks[b - 1].idx == st->base_ps))
					b--;
				if (b > first && j->toks[b - 1].clause != tk->clause)
					st->base_restore = st->per;
			}
			/* "Revenue Market share 4Q24 3Q24 QoQ 4Q24 3Q24 1 TSMC 26,854
			 * ...": the header of a table run into one line; which
			 * column a figure after it is in, is not said */
			if (period_header(j, k, first))
				st->per = -1;
			break;
		case T_CUE: {
			unsigned c = j->q[tk->idx].cue;
			if (st->base_pending && (c & (CUE_UP | CUE_DOWN | CUE_GROWTH)))
				st->base_moved = 1;
			/* ("$3.65 vs. $3.37 expected Revenue: $76.44 billion": the
			 * word after the figure compared with is that figure's
			 * alone) */
			int compared_only = k >= first + 2 && j->toks[k - 1].type == T_QTY && j->toks[k - 2].type == T_CUE &&
					    (cue_of(j, &j->toks[k - 2]) & CUE_COMPARE) &&
					    only_spaces(j->t, j->toks[k - 1].end, tk->start);
			if ((c & CUE_ESTIMATE) && !compared_only && !expectation_beaten(j, k, end)) {
				st->est_cue_before = st->est_seen && st->est_cue < k ? st->est_cue : SIZE_MAX;
				st->est_seen = 1;
				st->est_cue = k;
			}
			if (c & CUE_CONSENSUS) {
				st->consensus_clause = tk->clause;
				/* "Analysts expect revenue of $58.4 billion, ... and
				 * earnings of $8.21 per share": the sentence is theirs */
				/* (after a count of them too: 华尔街12名分析师平均预期，…) */
				st->consensus_sentence |= k == first ||
							  (k == first + 1 && j->toks[first].type == T_QTY &&
							   qtok(j, &j->toks[first])->kind == NL_COUNT &&
							   only_spaces(j->t, j->toks[first].end, tk->start));
			} else if ((c & CUE_GUIDANCE) || ((c & CUE_ESTIMATE) && company_voice(j, k, first)) ||
				   ((c & CUE_ESTIMATE) && j->own_voice && first_person(j, k, first)))
				st->guidance_seen = 1;
			if (c & CUE_REVISE)
				st->revise_seen = 1;
			if (c & CUE_YOY)
				st->yoy_seen = 1;
			if (c & CUE_PRIOR)
				st->prior_seen = 1;
			/* "Combined capex of the three: $72bn": a total said in a
			 * clause before its figure */
			if (c & CUE_MIXED)
				st->mixed_seen = 1;
			/* the company expects it to ...: "it" is still the business named */
			if ((c & CUE_COREF) && !text_has(j->t, tk->end, tk->end + 24 < j->sent_end ? tk->end + 24 : j->sent_end,
							 " it ")) {
				int possessive = tk->end - tk->start > 2 && !strncmp(j->t + tk->end - 2, "'s", 2);
				/* "Claude Code, the company's coding agent, generated":
				 * the part named, described as its company's, holds */
				if (st->ent >= 0 && !(possessive && st->ent_named))
					st->ent = lexicon_root(lx, st->ent);
				/* in a note on one company (rated, or its own release), "the
				 * company" is that one, whoever the sentence before named
				 * (OpenAI投资影响GAAP利润。…公司实现净利润) */
				if (j->fs->doc.one_company && j->doc_subject >= 0)
					st->ent = j->doc_subject;
				/* 蔚来 ... 。公司 ...: "the company" is the one we did not know
				 * (not after a name of its own sentence: "AMD's data center
				 * revenue was ..., and the company guided") */
				else if (st->after_doubt == 1 && !st->ent_named)
					st->ent = -1;
				/* a paragraph that opens on "The company" goes on about the
				 * one company the paragraph before was about */
				else if (st->ent < 0 && st->prev_para_root >= 0 && st->para_root == -1)
					st->ent = st->prev_para_root;
				st->blocked = 0;
			}
			if (c & CUE_COREF_UNIT) {
				st->blocked = 0;
				/* "this product group also saw revenues fall 12%" after
				 * a segment the lexicon does not know: the text points
				 * back at a part, not at the company (unless at the
				 * business a metric of its own just named, 该业务 after
				 * data center revenue) */
				if (st->ent >= 0 && lexicon_entity_at(lx, (size_t)st->ent)->parent < 0 &&
				    !(st->met >= 0 && business_metric(lx, st->met)) && tk->end - tk->start > 5 &&
				    !strncasecmp(j->t + tk->start, "this ", 5)) {
					st->ent_before_unit = st->ent;
					st->ent = -1;
				}
			}
			if ((c & CUE_SEGNOUN) && !names_entity_part(j, k, first) && tk->clause != st->aside_clause &&
			    tk->end > st->metric_through) {
				/* the part's words before "segment", which with the
				 * metric said later may name one of the lexicon */
				size_t ws = k > first ? j->toks[k - 1].end : j->sent_start, we = tk->start;
				if (ws + 2 <= we && j->t[ws] == '\'' && j->t[ws + 1] == 's')
					ws += 2;
				else if (ws + 4 <= we && !memcmp(j->t + ws, "\u2019s", 4))
					ws += 4;
				while (ws < we && j->t[ws] == ' ')
					ws++;
				/* ("The Data Center segment": past the article; 產品的數據中心
				 * 業務: past the 的 of the words before) */
				if (we > ws + 4 && !strncasecmp(j->t + ws, "the ", 4))
					ws += 4;
				if (we > ws + 3 && !memcmp(j->t + ws, "的", 3))
					ws += 3;
				while (we > ws && j->t[we - 1] == ' ')
					we--;
				st->seg_words_s = ws;
				st->seg_words_e = we;
				/* "the revenue for its cloud unit" of Alibaba: the part
				 * of the company that the lexicon names by that word
				 * (Alibaba Cloud) */
				int child = st->ent >= 0 ? child_named_in(j, lexicon_root(lx, st->ent), ws, we) : -1;
				if (child >= 0) {
					st->ent = child;
					st->ent_named = 1;
					break;
				}
				st->blocked = 1;
				st->block_clause = tk->clause;
				st->block_pos = tk->start;
				snprintf(st->block_reason, sizeof(st->block_reason), "%.*s",
					 (int)(tk->end - tk->start), j->t + tk->start);
				/* "以中国为主的大中华区市场，苹果本季营收也大减26%": a part
				 * named by the word itself, in a clause of its own with
				 * no figure, is what the sentence turns to, the company
				 * named after it too */
				size_t nx = k + 1;
				while (nx < end && j->toks[nx].clause == tk->clause && j->toks[nx].type != T_QTY)
					nx++;
				if ((c & CUE_NAMES_PART) && nx < end && j->toks[nx].clause != tk->clause) {
					st->block_sentence = 1;
					st->block_through = j->sent_end;
				}
			}
			if (c & CUE_BLOCK)
				st->clause_block = 1;
			if (c & CUE_IMPLIED)
				st->clause_implied = 1;
			break;
		}
		case T_QTY:
			/* 共售出419.9万台Mac,…;营收为58.44亿美元: a count of a
			 * product named after its measure word turns the sentence
			 * to that product, which the lexicon does not know */
			if (counted_product_after(j, k, end)) {
				size_t ws = tk->end, we = ws;
				while (we < j->sent_end && (isalnum((unsigned char)j->t[we]) || j->t[we] == ' ') && we - ws < 24)
					we++;
				while (we > ws && j->t[we - 1] == ' ')
					we--;
				st->blocked = st->block_sentence = st->block_counted = 1;
				st->block_named = 0;
				st->block_clause = tk->clause;
				st->block_pos = we;
				st->block_through = j->sent_end;
				snprintf(st->block_reason, sizeof(st->block_reason), "%.*s", (int)(we - ws), j->t + ws);
			}
			/* 较 7 月增长 33%: no figure of the base came, the change
			 * is against it, of the period before it */
			if (st->base_pending && st->base_moved &&
			    (qtok(j, tk)->kind == NL_PERCENT || qtok(j, tk)->kind == NL_PP || qtok(j, tk)->kind == NL_MULTIPLE)) {
				st->per = st->base_restore;
				st->base_pending = 0;
				st->change_base = st->base_ps;
			}
			/* (not to a change its own clause says the kind of: "与前一季
			 * 持平，较去年同期减少了4.3%") */
			if (st->change_base < 0 && st->sentence_base >= 0 && !st->base_pending &&
			    (qtok(j, tk)->kind == NL_PERCENT || qtok(j, tk)->kind == NL_PP) && !kind_said_in_clause(j, k, first))
				st->change_base = st->sentence_base;
			/* 相比第一季度的232.9亿元下降23%: a change right after the
			 * level of the base it is against */
			int after_base_level = st->change_base < 0 && st->level_base >= 0 && !st->base_pending &&
					       st->level_base_clause == tk->clause &&
					       (qtok(j, tk)->kind == NL_PERCENT || qtok(j, tk)->kind == NL_PP);
			if (after_base_level)
				st->change_base = st->level_base;
			do_quantity(j, st, k, first, end);
			st->change_base = -1;
			st->level_base = -1;
			if (st->base_pending && qtok(j, tk)->kind != NL_NUMBER) {
				if (qtok(j, tk)->kind == NL_AMOUNT) {
					st->level_base = st->base_ps;
					st->level_base_clause = tk->clause;
				}
				st->per = st->base_restore;
				st->base_pending = 0;
			}
			break;
		case T_DATE:
			/* 上财季(截至2月29日): a quarter said relatively, then by the
			 * day it ended, with no year — the last such day by the
			 * report's date (the quarter just reported, not the one
			 * before it) */
			if (k > first && j->toks[k - 1].type == T_PERIOD && st->per >= 0 && j->ref.y &&
			    in_apposition(j->t, j->toks[k - 1].end, tk->start)) {
				const struct period_expr *said = &j->ps[j->toks[k - 1].idx].expr;
				const struct period_expr *day = &j->ps[tk->idx].expr;
				if (said->type == PERIOD_QUARTER && said->rel != PREL_NONE && !day->year && day->index >= 1 &&
				    day->index <= 12 && j->pers[st->per].expr.type == PERIOD_QUARTER &&
				    j->pers[st->per].expr.rel == said->rel) {
					struct period_expr q = { 0 };
					q.type = PERIOD_QUARTER;
					q.year = day->index <= j->ref.m ? j->ref.y : j->ref.y - 1;
					q.month_named = day->index;
					j->pers[st->per].said_prev = said->rel == PREL_PREV;
					j->pers[st->per].expr = q;
				}
				break;
			}
			/* fall through */
		case T_OTHER:
			/* FY26-27年, 2025-2027 年: years named together (a list
			 * pairs with them, see paired_periods()); a figure after
			 * them has none of the periods said before */
			if (j->ps[tk->idx].expr.year && year_range(j->t, tk->start, tk->end)) {
				st->per = -1;
				st->clause_per_seen = 1;
			}
			break;
		}
	}
}

static int same_key(const struct fact *a, const struct fact *b)
{
	return !strcmp(a->entity, b->entity) && !strcmp(a->metric, b->metric) && !strcmp(a->kind, b->kind) &&
	       !strcmp(a->period_type, b->period_type) && !strcmp(a->period_end, b->period_end) &&
	       !strcmp(a->basis, b->basis);
}

static int is_bound(const struct fact *f)
{
	return !strcmp(f->qualifier, "at_least") || !strcmp(f->qualifier, "at_most");
}

static void drop_fact(struct job *j, struct fact *f, const char *reason)
{
	if (!j->out->want_candidates) {
		free(f->text);
		return;
	}
	j->stage = "agreement";
	struct candidate *c = new_candidate(j, f->qstart, f->qend);
	c->sentence = f->text; /* the candidate owns it now */
	copy_str(c->reason, sizeof(c->reason), reason);
}

/* Whether the quantities of facts a and b stand next to each other in
 * the text, a list's mark alone between them ("1900億元、741億元"). */
static int listed_together(const struct job *j, const struct fact *a, const struct fact *b)
{
	const struct fact *x = a->qstart < b->qstart ? a : b, *y = x == a ? b : a;
	if (x->qend > y->qstart)
		return 0;
	/* (or with a verb of their own between: "fell 2.6% and rose 4.4%,
	 * respectively") */
	/* (not "$27.7 billion GAAP and $30.8 billion non-GAAP": a reported
	 * figure and its adjusted twin) */
	return (y->qstart - x->qend <= 8 && is_connector(j->orig, x->qend, y->qstart)) ||
	       (y->qstart - x->qend <= 24 && has_word(j->orig + x->qend, y->qstart - x->qend, "and") &&
		!span_contains(j->orig, x->qend, y->qstart, "GAAP", 1) && !span_contains(j->orig, x->qend, y->qstart, "IFRS", 1));
}

/* One sentence giving one fact two values is read wrong somewhere; what
 * goes (said so among the candidates), for the facts from `first` on:
 * - the adjusted one of a reported and adjusted pair (GAAP 毛利率约 74.8%，
 *   Non-GAAP 毛利率约 75.0%): the reported one is the fact;
 * - a bound beside the figure itself ("首次突破 1000 亿美元，达到 1023 亿美元",
 *   "topped $100 billion, at $102.3 billion"): the bound;
 * - a later value that disagrees with an earlier one ("grow 77% to $18
 *   billion in fiscal 2026, then to $32 billion, $73 billion ..."): the
 *   later ones, which a reading that simple cannot place; a value given
 *   as a comparison (高于市场预期的 55%, vs. consensus) is meant to differ. */
static void drop_second_values(struct job *j, size_t first)
{
	struct fact_list *l = j->out;
	size_t w = first;
	for (size_t i = first; i < l->n; i++) {
		struct fact *f = &l->items[i];
		const char *why = NULL;
		for (size_t k = first; k < l->n && !why; k++) {
			if (k == i || !same_key(f, &l->items[k]))
				continue;
			if (is_bound(f) && !is_bound(&l->items[k]))
				why = "a bound beside the figure itself";
			else if (f->adjusted && !l->items[k].adjusted)
				/* GAAP 毛利率约 74.8%，Non-GAAP 毛利率约 75.0% */
				why = "the adjusted one (non-GAAP, or counted in another currency) of a reported and adjusted pair";
			else if (!is_bound(&l->items[k]) && !f->compared && !l->items[k].compared &&
				 (k < i || (j->sent_pair != SIZE_MAX && listed_together(j, f, &l->items[k])))) {
				/* (a run of figures "1900億元、741億元" that a sentence
				 * pairs 分别, "respectively", gave one fact two: both
				 * go, the pairing is not what the sentence meant) */
				struct fact_figure a = fact_figure_of(f), b = fact_figure_of(&l->items[k]);
				if (!fact_figures_agree(&a, &b))
					why = j->sent_pair != SIZE_MAX ?
						      "one of two values a list paired \"respectively\" gave one fact: its pairing is not said" :
						      "a second value for the same fact in one sentence";
			}
		}
		if (why)
			drop_fact(j, f, why);
		else
			l->items[w++] = *f;
	}
	l->n = w;
}

/* Whether a sentence says some figure of it is on another basis than the
 * reported one: adjusted (says_adjusted()), or said as leaving things out
 * ("excluding", 不按照美国通用会计准则). */
static int sentence_adjusted(const char *text)
{
	size_t n = strlen(text);
	return says_adjusted(text, 0, n) || span_contains(text, 0, n, "excluding", 1) ||
	       span_contains(text, 0, n, "不按照", 0);
}

/* Whether a sentence says which earnings per share it gives, basic or
 * diluted ("earnings of $16.55 per share. Diluted earnings per share came
 * to $16.40"): two values of one quarter differ by that. */
static int per_share_kind_said(const char *text)
{
	static const char *const words[] = { "diluted", "basic", "摊薄", "攤薄", "稀释", "稀釋", "基本" };
	size_t n = strlen(text);
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(text, 0, n, words[i], 1))
			return 1;
	return 0;
}

/* The keys (figure_hash() with the kind: what same_key() compares) of the
 * facts a paragraph gave so far, so that a new fact is held against them
 * only when one shares its key: a paragraph of thousands of figures is
 * read in linear time. Filled only once a paragraph holds many facts (a
 * few are cheaper compared one by one), with the facts of the list up to
 * `upto`. Cleared by starting a new generation; open addressing. */
struct key_set {
	struct key_slot {
		uint64_t h;
		uint32_t gen; /* the slot holds h when gen is the set's */
	} *slot;
	uint32_t n, cap, gen;
	size_t upto;
};

/* A paragraph's facts beyond which their keys are looked up in a set. */
#define KEY_SET_FROM 16

static void key_set_clear(struct key_set *ks)
{
	ks->n = 0;
	ks->gen++;
	ks->upto = 0;
}

static int key_set_has(const struct key_set *ks, uint64_t h)
{
	for (size_t k = ks->cap ? h & (ks->cap - 1) : 0; ks->cap && ks->slot[k].gen == ks->gen; k = (k + 1) & (ks->cap - 1))
		if (ks->slot[k].h == h)
			return 1;
	return 0;
}

static void key_set_put(struct key_set *ks, uint64_t h)
{
	if (key_set_has(ks, h))
		return;
	if ((uint64_t)ks->n * 4 >= (uint64_t)ks->cap * 3) {
		uint32_t cap = ks->cap ? 2 * ks->cap : 64;
		struct key_slot *t = xcalloc(cap, sizeof(*t));
		uint32_t gen = ks->gen ? ks->gen : 1;
		for (size_t i = 0; i < ks->cap; i++)
			if (ks->slot[i].gen == ks->gen) {
				size_t k = ks->slot[i].h & (cap - 1);
				while (t[k].gen == gen)
					k = (k + 1) & (cap - 1);
				t[k] = (struct key_slot){ ks->slot[i].h, gen };
			}
		free(ks->slot);
		ks->slot = t;
		ks->cap = cap;
		ks->gen = gen;
	}
	size_t k = h & (ks->cap - 1);
	while (ks->slot[k].gen == ks->gen)
		k = (k + 1) & (ks->cap - 1);
	ks->slot[k] = (struct key_slot){ h, ks->gen };
	ks->n++;
}

/* The key of fact f as same_key() compares it. */
static uint64_t same_key_hash(const struct fact *f)
{
	uint64_t with_kind;
	figure_hash(f, &with_kind);
	return with_kind;
}

/* "The Company posted revenue of $13.50 billion ... These results compare
 * to revenue of $9.08 billion ... in the year-ago quarter": a level an
 * earlier sentence of the paragraph gave a fact, given again with another
 * value, was read into the wrong period; the later one goes. (Of actuals
 * only, neither said as compared with nor a bound, nor adjusted beside
 * reported, nor basic beside diluted: those differ by meaning.) The facts
 * of the paragraph's earlier sentences are [before, first), their keys in
 * `keys`; this one's [first, n). */
static void drop_disagreeing_with_before(struct job *j, size_t before, size_t first, struct key_set *keys)
{
	struct fact_list *l = j->out;
	if (before >= first || first > l->n)
		return;
	int many = first - before > KEY_SET_FROM;
	for (size_t x = keys->upto > before ? keys->upto : before; many && x < first; x++)
		key_set_put(keys, same_key_hash(&l->items[x]));
	if (many)
		keys->upto = first;
	size_t w = first;
	for (size_t i = first; i < l->n; i++) {
		struct fact *f = &l->items[i];
		int disagree = 0;
		/* (in a long paragraph, only when an earlier fact has its key) */
		for (size_t k = !many || key_set_has(keys, same_key_hash(f)) ? before : first; k < first && !disagree; k++) {
			const struct fact *b = &l->items[k];
			if (!same_key(f, b) || strcmp(f->kind, "level") || strcmp(f->basis, "actual") || f->compared ||
			    b->compared || is_bound(f) || is_bound(b) || f->adjusted != b->adjusted ||
			    sentence_adjusted(f->text) || sentence_adjusted(b->text) ||
			    (!strcmp(f->metric, "eps") && (per_share_kind_said(f->text) || per_share_kind_said(b->text))))
				continue;
			struct fact_figure x = fact_figure_of(f), y = fact_figure_of(b);
			disagree = !fact_figures_agree(&x, &y);
		}
		if (disagree)
			drop_fact(j, f, "a second value for a fact an earlier sentence of its paragraph gave");
		else
			l->items[w++] = *f;
	}
	l->n = w;
}

/* Whether f is a level of money or a count written to two or three
 * figures ("$4.3 billion"): the same figure a table may give to its last
 * unit ($4,341 million), which the document then gives better. */
static int written_coarse(const struct fact *f)
{
	if (strcmp(f->basis, "actual") || strcmp(f->qualifier, "exact") || f->resolution <= 0 || !(fabs(f->value) > 0))
		return 0;
	/* "AWS accelerated to 20%" where the document says 20.2% */
	if (!strcmp(f->unit, "%"))
		return f->resolution >= 1;
	return !strcmp(f->kind, "level") && f->resolution / fabs(f->value) >= 0.005;
}

/* Whether f is written to its last unit, to one part in a thousand or
 * finer (4,341 millions), or a percent with decimals (20.2%). */
static int written_fine(const struct fact *f)
{
	if (f->resolution <= 0 || !(fabs(f->value) > 0))
		return 0;
	if (!strcmp(f->unit, "%"))
		return f->resolution < 1;
	return !strcmp(f->kind, "level") && f->resolution / fabs(f->value) <= 0.001;
}

/* The key of a percent's twin: the fact's key `k` with the whole percent
 * `v` (a coarse 20% is the twin of a fine 20.2%, not of 25.3%). */
static uint64_t percent_twin(uint64_t k, double v)
{
	long long whole = (long long)v;
	return hash_mix(k, &whole, sizeof(whole));
}

/* Key k with f's unit: a figure said roughly in dollars is no twin of one
 * said exactly in Taiwan dollars ("新台币3兆8,090亿元…约1,220亿美元"). */
static uint64_t unit_key(uint64_t k, const struct fact *f)
{
	return hash_mix(k, f->unit, strlen(f->unit) + 1);
}

/* The reported (not adjusted) figures of the window, from `first` on,
 * noted for hold_twins(), which drops an adjusted figure once the
 * document has given its reported twin ("GAAP net income of $5.24
 * billion" and "Non-GAAP net income of $5.48 billion"; 归母净利润-112亿元
 * and Non-GAAP归母净利润38.5亿元，同比-36%, whose -36% goes too), where the
 * lexicon has no adjusted metric of its own. */
static void note_reported(struct job *j, size_t first)
{
	const struct fact_list *l = j->out;
	for (size_t i = first; i < l->n; i++) {
		/* (a level in a currency few series are kept in is no reported
		 * twin of another currency's, but is the exact twin of its own
		 * rounded one: "surpasses 24 trillion won" beside 24.4489) */
		int other = l->items[i].adjusted == FACT_OTHER_CURRENCY && !strcmp(l->items[i].kind, "level");
		if (!l->items[i].adjusted || other) {
			uint64_t k;
			uint64_t h = figure_hash(&l->items[i], &k);
			if (!other) {
				shard_put(j->fs->reported, h);
				shard_put(j->fs->reported, k);
			}
			if (!strcmp(l->items[i].qualifier, "exact") && !strcmp(l->items[i].basis, "actual")) {
				k = unit_key(k, &l->items[i]);
				shard_put(j->fs->exact, k);
				if (!written_fine(&l->items[i])) {
					/* (nothing finer to be a coarse figure's twin) */
				} else if (strcmp(l->items[i].unit, "%")) {
					shard_put(j->fs->fine, k);
				} else {
					/* (20.2% is 20% written whole, 20.6% 21%) */
					double v = l->items[i].value;
					shard_put(j->fs->fine, percent_twin(k, floor(v)));
					shard_put(j->fs->fine, percent_twin(k, ceil(v)));
				}
			}
		}
	}
}

/* Whether fact f is an actual said roughly (about, more than, crossed):
 * one the document may also give exactly. (Two estimates of one figure
 * may be two people's: the company's plan and the house's number.) */
static int rounded(const struct fact *f)
{
	return !strcmp(f->basis, "actual") && (!strcmp(f->qualifier, "approx") || !strcmp(f->qualifier, "at_least") ||
					       !strcmp(f->qualifier, "at_most"));
}

/* ---- tables ---- */

/* What a header cell, a row label or a caption names. */
struct cell_sense {
	int ent, met;       /* -1 none; ent -2 several */
	unsigned kind;      /* CUE_YOY or CUE_QOQ said in it */
	int percent;        /* (%) said in it */
};

static size_t first_tok_at(const struct job *j, size_t pos)
{
	size_t lo = 0, hi = j->ntoks;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (j->toks[mid].start < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Words over a column that say its cells are changes, and whose. */
static unsigned change_column(const char *t, size_t s, size_t e)
{
	static const struct {
		const char *w;
		unsigned cue;
	} words[] = { { "同比", CUE_YOY }, { "环比", CUE_QOQ }, { "y/y", CUE_YOY }, { "yoy", CUE_YOY },
		      { "q/q", CUE_QOQ }, { "qoq", CUE_QOQ }, { "percentage change", CUE_YOY },
		      { "% change", CUE_YOY }, { "growth", CUE_YOY }, { "增速", CUE_YOY }, { "增长率", CUE_YOY },
		      { "year over year", CUE_YOY }, { "year-over-year", CUE_YOY }, { "year-on-year", CUE_YOY },
		      { "quarter-on-quarter", CUE_QOQ },
		      /* Taiwan's monthly reports: 月增率 over the month before, 年增率 the year */
		      { "年增率", CUE_YOY }, { "月增率", CUE_QOQ }, { "季增率", CUE_QOQ }, { "年增", CUE_YOY },
		      { "月增", CUE_QOQ },
		      /* 本报告期比上年同期增减(%): an A-share report's change columns */
		      { "比上年同期增减", CUE_YOY }, { "比上年同期变动", CUE_YOY }, { "比上年同期增长", CUE_YOY },
		      { "较上年同期增减", CUE_YOY }, { "同期增减", CUE_YOY },
		      /* 按年变动 (按年變動): Hong Kong's change columns */
		      { "按年变动", CUE_YOY }, { "按季变动", CUE_QOQ }, { "按年", CUE_YOY }, { "按季", CUE_QOQ } };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i].w, 1))
			return words[i].cue;
	return 0;
}

/* A header cell naming the report's own period the way Chinese filings
 * head their columns: 1 本报告期 (the period the report is of), 2 上年同期
 * (the same period a year before), 3 年初至报告期末 (the year to the
 * period's end), 4 上年初至上年同期末 (that a year before); 0 none. */
static int report_period_cell(const char *t, size_t s, size_t e)
{
	static const struct {
		const char *w;
		int which;
	} cells[] = { { "本报告期", 1 }, { "报告期", 1 }, { "本期", 1 }, { "本期金额", 1 }, { "本报告期金额", 1 },
		      { "本期发生额", 1 }, { "上年同期", 2 }, { "去年同期", 2 }, { "上年同期金额", 2 },
		      { "上期发生额", 2 }, { "年初至报告期末", 3 }, { "年初至本报告期末", 3 },
		      { "年初至报告期末金额", 3 }, { "本年累计", 3 },
		      /* 本季度   上年同季度   年初至本季度末   上年初至上年同期末 */
		      { "本季度", 1 }, { "本季", 1 }, { "当季", 1 }, { "上年同季度", 2 }, { "上年同季", 2 },
		      { "去年同季", 2 }, { "去年同季度", 2 }, { "年初至本季度末", 3 }, { "年初至今", 3 },
		      { "上年初至上年同期末", 4 }, { "上年初至上年报告期末", 4 }, { "上年同期累计", 4 },
		      { "上年累计", 4 } };
	for (size_t i = 0; i < ARRAY_SIZE(cells); i++)
		if (text_is(t, s, e, cells[i].w))
			return cells[i].which;
	return 0;
}

/* The period a report_period_cell() names, of the report's period `x` (a
 * quarter, a half or a year). Returns 0, or -1 when it has none. */
static int report_period_of(const struct job *j, int which, const struct period_expr *x, struct period_expr *out)
{
	/* the period a report is of is over by its date: a calendar period
	 * still to come (a serial number's 2026 read as a year) is not it */
	struct period done;
	if (x->year && !x->fiscal && j->ref.y &&
	    (period_resolve(x, NULL, NULL, j->ref, 0, &done) < 0 || date_cmp(done.end, j->ref) > 0))
		return -1;
	*out = *x;
	out->marked = 0;
	/* 前三季度: the report of a third quarter, whose own column is the quarter */
	if (x->type == PERIOD_YTD && x->index % 3 == 0 && x->index < 12 && which != 3) {
		out->type = PERIOD_QUARTER;
		out->index = x->index / 3;
	} else if (x->type != PERIOD_QUARTER && x->type != PERIOD_HALF && x->type != PERIOD_YEAR &&
		   x->type != PERIOD_YTD) {
		return -1;
	}
	/* 三季度业绩快讯: the last third quarter before the report's date */
	if (!out->year) {
		struct period p;
		if (out->fiscal || period_resolve(out, NULL, NULL, j->ref, 0, &p) < 0)
			return -1;
		out->year = p.end.y;
	}
	x = out;
	if (which == 2 || which == 4)
		out->year--;
	if ((which == 3 || which == 4) && x->type != PERIOD_YEAR && x->type != PERIOD_YTD) {
		out->index = x->type == PERIOD_QUARTER ? 3 * x->index : 6 * x->index;
		out->type = PERIOD_YTD;
		out->month_named = 0;
	}
	return 0;
}

/* Whether t[s..e) speaks of a part of a year: months, a quarter, weeks. */
static int part_of_year_words(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "months", "quarter", "weeks", "个月", "季度", "半年" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (e > s && span_contains(t, s, e, words[i], 1))
			return 1;
	return 0;
}

/* The period of a part of a year that text[0..len) names, with its year
 * written (Three Months Ended September 30, 2025): ending at `end` when it
 * is not 0. Returns 0 with the expression, or -1. */
static int part_of_year_in(const struct job *j, const char *text, size_t len, size_t end, struct period_expr *x)
{
	struct period_span *sp = NULL;
	size_t ns = 0, cap = 0;
	struct errmsg e2;
	int rc = -1;
	if (period_scan(j->fx->ps, text, len, NULL, 0, &sp, &ns, &cap, &e2) == 0)
		for (size_t i = 0; i < ns && rc < 0; i++)
			if (sp[i].kind == PSPAN_PERIOD && sp[i].expr.year &&
			    (sp[i].expr.type != PERIOD_YEAR || sp[i].expr.month_named) &&
			    (!end || sp[i].end == end)) {
				*x = sp[i].expr;
				rc = 0;
			}
	free(sp);
	return rc;
}

/* The length of header cell t[s..e) when it is a month and day as Chinese
 * writes them (9月30日), else 0. */
static size_t cjk_month_day_cell(const char *t, size_t s, size_t e)
{
	size_t i = s, d = 0;
	while (i < e && isdigit((unsigned char)t[i]) && d < 2)
		i++, d++;
	if (!d || i + 3 > e || memcmp(t + i, "月", 3))
		return 0;
	i += 3;
	d = 0;
	while (i < e && isdigit((unsigned char)t[i]) && d < 2)
		i++, d++;
	if (!d || i + 3 != e || memcmp(t + i, "日", 3))
		return 0;
	return e - s;
}

/* The period a year cell t[s..e) of table tb's header takes from the cells
 * that stand over it on the two lines above the header (Three Months Ended
 * / September 27, / 2025), when they name a part of a year or a year ended a day; 0, or -1. */
/* Whether units line l gives the columns' period words in a cell of their
 * own ("Free cash flow (in millions)   Three Months Ended October 31,"). */
static int units_over_period(const char *t, const struct layout_line *l)
{
	size_t cs[2], ce[2];
	if (l->ncells != 2 || layout_cells(t, l->start, l->end, cs, ce, ARRAY_SIZE(cs)) != 2)
		return 0;
	if (part_of_year_words(t, cs[1], ce[1]))
		return 1;
	/* "In millions, except percentages   September 30,": the day the
	 * columns end on, over their years */
	static const char *const months[] = { "january ", "february ", "march ", "april ", "may ", "june ", "july ",
					      "august ", "september ", "october ", "november ", "december " };
	size_t s = cs[1], e = ce[1];
	if (e > s && t[e - 1] == ',')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(months); i++) {
		size_t n = strlen(months[i]);
		if (e - s > n && e - s <= n + 2 && !strncasecmp(t + s, months[i], n) && isdigit((unsigned char)t[e - 1]) &&
		    isdigit((unsigned char)t[s + n]))
			return 1;
	}
	return 0;
}

static int stacked_period(const struct job *j, const struct layout_line *lines, const struct table_block *tb,
			  size_t s, size_t e, struct period_expr *x)
{
	if (tb->header < 1)
		return -1;
	char text[200];
	size_t n = 0;
	/* (three lines: "Three Months Ended / March 31, / Change" when the
	 * column beside them has a head of three lines, "Year-over- / Year %
	 * / Change") */
	int over[3] = { -1, -1, -1 };
	/* (past a units line set between them: "In millions, except
	 * percentages" over "and per share amounts   2025   2024") */
	for (int k = 0, h = tb->header - 1, seen = 0; k < 3 && h >= 0 && seen < 4; h--, seen++) {
		if (lines[h].kind == LAYOUT_BLANK)
			break;
		/* (a units line that also holds the columns' days is read:
		 * "($ in millions)   January 26,   January 28,") */
		if (lines[h].kind == LAYOUT_UNITS && lines[h].ncells < 3 && !units_over_period(j->t, &lines[h]))
			continue;
		over[k++] = h;
	}
	for (int k = 2; k >= 0; k--) {
		if (over[k] < 0)
			continue;
		size_t cs, ce;
		/* words alone on their line ("Three Months Ended") stand over
		 * every column under them */
		if (lines[over[k]].ncells == 1 && lines[over[k]].kind != LAYOUT_UNITS &&
		    part_of_year_words(j->t, lines[over[k]].start, lines[over[k]].end)) {
			cs = lines[over[k]].start;
			ce = lines[over[k]].end;
		} else if (!table_cell_over(j->t, &lines[over[k]], &lines[tb->header], s, e, &cs, &ce)) {
			continue;
		}
		if (ce - cs + n + 2 >= sizeof(text))
			return -1;
		memcpy(text + n, j->t + cs, ce - cs);
		n += ce - cs;
		text[n++] = ' ';
	}
	if (!n || e - s + n + 1 >= sizeof(text))
		return -1;
	/* 截至6月30日止三个月 over 2025年: the year goes in after 截至, where
	 * Chinese says it (截至2025年6月30日止三个月) */
	if (n > 6 && table_year_cell(j->t, s, e) && (!memcmp(text, "截至", 6) || !memcmp(text, "截止", 6)) &&
	    isdigit((unsigned char)text[6]) && n + 8 < sizeof(text)) {
		while (n > 6 && text[n - 1] == ' ')
			n--;
		memmove(text + 6 + 7, text + 6, n - 6);
		memcpy(text + 6, j->t + s, 4);
		memcpy(text + 10, "年", 3);
		n += 7;
		text[n] = '\0';
		return part_of_year_in(j, text, n, n, x);
	}
	/* 截至以下日期止三个月 over 2025年 over 9月30日: the day under its
	 * year, the words' count of months after them */
	size_t md = cjk_month_day_cell(j->t, s, e);
	if (md && over[0] >= 0) {
		size_t ys, ye;
		const char *months = NULL;
		static const char *const counts[] = { "止三个月", "止六个月", "止九个月", "止十二个月" };
		for (int k = 2; k >= 0 && !months; k--)
			for (size_t i = 0; over[k] >= 0 && i < ARRAY_SIZE(counts) && !months; i++)
				if (span_contains(j->t, lines[over[k]].start, lines[over[k]].end, counts[i], 0))
					months = counts[i];
		if (!months || !table_cell_over(j->t, &lines[over[0]], &lines[tb->header], s, e, &ys, &ye) ||
		    !table_year_cell(j->t, ys, ye))
			return -1;
		int w = snprintf(text, sizeof(text), "截至%.4s年%.*s%s", j->t + ys, (int)md, j->t + s, months);
		if (w < 0 || (size_t)w >= sizeof(text))
			return -1;
		return part_of_year_in(j, text, (size_t)w, (size_t)w, x);
	}
	/* the year without a 年 after it; a cell of more (Fiscal 2025, Jan 26,
	 * 2025) whole */
	size_t take = table_year_cell(j->t, s, e) ? 4 : e - s;
	memcpy(text + n, j->t + s, take);
	n += take;
	text[n] = '\0';
	return part_of_year_in(j, text, n, n, x);
}

/* Whether header cell t[s..e) is a year said with a word (Fiscal 2025,
 * FY2025) or a day (Jan 26, 2025): a column's year or last day, for the
 * words over it to say which part of a year. */
static int year_or_day_cell(const char *t, size_t s, size_t e)
{
	if (e - s < 6 || e - s > 24 || !isdigit((unsigned char)t[e - 1]) || !isdigit((unsigned char)t[e - 4]))
		return 0;
	return !strncasecmp(t + s, "fiscal ", 7) || !strncasecmp(t + s, "fy", 2) ||
	       (isupper((unsigned char)t[s]) && memchr(t + s, ',', e - s) != NULL);
}

/* Whether the year in header cell c is written in another cell too. */
static int year_said_twice(const char *t, const size_t *hs, const size_t *he, size_t nh, size_t c)
{
	for (size_t k = 0; k < nh; k++)
		if (k != c && he[k] - hs[k] >= 4 && he[c] - hs[c] >= 4 && table_year_cell(t, hs[k], he[k]) &&
		    !memcmp(t + hs[k], t + hs[c], 4))
			return 1;
	return 0;
}

/* Whether the two lines over table `tb` speak of a part of a year
 * (Three Months Ended      Nine Months Ended, over columns of their own). */
/* The year a year cell opens with (2025, 2025年). */
static int cell_year(const char *p)
{
	return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
}

static int part_of_year_over(const struct job *j, const struct layout_line *lines, const struct table_block *tb)
{
	/* (three lines: "Three Months Ended / March 31, / Change") */
	for (size_t i = tb->first, n = 0; i > 0 && n < 3; n++) {
		i--;
		if (lines[i].kind == LAYOUT_BLANK)
			break;
		if (part_of_year_words(j->t, lines[i].start, lines[i].end))
			return 1;
	}
	return 0;
}

/* Whether a row label totals the rows above it: Total, 合计, 总计. */
static int total_label(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "total", "合计", "总计" };
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ':'))
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (e - s == strlen(words[i]) && !strncasecmp(t + s, words[i], e - s))
			return 1;
	return 0;
}

/* Whether the metric token k is the head of the label t[s..e): what
 * stands before it is a company and a colon or a modifier (Total, GAAP,
 * 归母), what follows is a bracket, a footnote mark or a change word. */
static int label_head(const struct job *j, size_t k, size_t s, size_t e)
{
	static const char *const mods[] = { "total", "net", "gross", "gaap", "non-gaap", "adjusted", "diluted", "less",
					    "basic", "reported", "consolidated", "group", "company", "合计", "总",
					    "归母", "经调整", "调整后", "稀释", "摊薄", "基本", "全年", "单季",
					    /* Consensus EPS: whose estimate (see consensus_label) */
					    "consensus", "street", "cons", "cons.", "一致预期", "市场一致预期", "彭博一致预期" };
	const char *t = j->t;
	size_t p = s;
	/* (past the company, or the period, the label names first: Q4 FY26
	 * revenue) */
	for (size_t i = first_tok_at(j, s); i < k; i++)
		if (j->toks[i].type == T_ENTITY || j->toks[i].type == T_PERIOD)
			p = j->toks[i].end;
	while (p < j->toks[k].start) {
		unsigned char c = (unsigned char)t[p];
		if (c == ' ' || c == ':' || c == '*' || c == '-') {
			p++;
			continue;
		}
		if (!memcmp(t + p, "：", 3) && p + 3 <= j->toks[k].start) {
			p += 3;
			continue;
		}
		size_t w = p;
		if (c >= 0x80)
			while (w < j->toks[k].start && (unsigned char)t[w] >= 0x80)
				w++;
		else
			while (w < j->toks[k].start && (isalnum((unsigned char)t[w]) || t[w] == '-'))
				w++;
		if (w == p || !span_in_list(t, p, w, mods, ARRAY_SIZE(mods)))
			return 0;
		p = w;
	}
	for (p = j->toks[k].end; p < e; p++) {
		unsigned char c = (unsigned char)t[p];
		if (c == '(' || c == '[')
			return 1; /* (%), ($bn), (元) */
		/* Operating margin %: the units, bare */
		if (c == '%' && p + 1 == e)
			return 1;
		/* Net income attributable to Baidu: whose share, still the measure
		 * (the metric's name may hold "attributable" itself) */
		if ((e - p >= 15 && !strncasecmp(t + p, "attributable to", 15)) ||
		    (e - p >= 10 && !strncasecmp(t + p, "attrib. to", 10)) ||
		    (e - p >= 3 && !strncasecmp(t + p, "to ", 3) && j->toks[k].end - j->toks[k].start >= 12 &&
		     !strncasecmp(t + j->toks[k].end - 12, "attributable", 12)))
			return 1;
		if (c == ' ' || c == '*' || c == ':' || c == '-' || isdigit(c))
			continue;
		/* "Gross margin, non-GAAP (%)", "EPS, GAAP": the accounting the
		 * figures are in, after a comma */
		if (c == ',') {
			static const char *const bases[] = { "non-gaap", "gaap", "adjusted", "reported", "non-ifrs", "ifrs",
							      "diluted" };
			size_t w = p + 1;
			while (w < e && t[w] == ' ')
				w++;
			size_t we = w;
			while (we < e && (isalpha((unsigned char)t[we]) || t[we] == '-'))
				we++;
			if (span_in_list(t, w, we, bases, ARRAY_SIZE(bases))) {
				p = we - 1;
				continue;
			}
		}
		/* EPS - diluted, 每股盈利－攤薄: the diluted one (a basic one
		 * beside it is not the figure the key holds) */
		{
			size_t w = p;
			if (c >= 0x80)
				while (w < e && (unsigned char)t[w] >= 0x80 && w - p < 6)
					w += 3;
			else
				while (w < e && isalpha((unsigned char)t[w]))
					w++;
			static const char *const kinds[] = { "diluted", "摊薄", "稀释" };
			if (w > p && span_in_list(t, p, w, kinds, ARRAY_SIZE(kinds))) {
				p = w - 1;
				continue;
			}
		}
		/* 收入 Revenues, 經營盈利 Operating profit: the name again in
		 * the other language */
		size_t n = first_tok_at(j, p);
		if (n < j->ntoks && j->toks[n].start == p && j->toks[n].type == T_METRIC &&
		    j->lm[j->toks[n].idx].index == j->lm[j->toks[k].idx].index) {
			p = j->toks[n].end - 1;
			continue;
		}
		return change_column(t, p, e) != 0;
	}
	return 1;
}

/* Whether a row label says its figures are the consensus' (Consensus EPS,
 * Street revenue, 一致预期 EPS). */
static int consensus_label(const struct job *j, size_t s, size_t e)
{
	for (size_t k = first_tok_at(j, s); k < j->ntoks && j->toks[k].start < e; k++)
		if (j->toks[k].type == T_CUE && (cue_of(j, &j->toks[k]) & CUE_CONSENSUS))
			return 1;
	return span_contains(j->t, s, e, "street", 1) || span_contains(j->t, s, e, "cons.", 1);
}

/* Whether a row label t[s..e) says only whose estimate its figures are
 * ("  Consensus", "Street est.", "FactSet consensus", 市场一致预期): a
 * row that names no metric of its own, set under the metric it gives
 * the Street's view of. */
static int consensus_only_label(const struct job *j, size_t s, size_t e)
{
	static const char *const words[] = { "consensus", "street", "cons", "est", "estimate", "estimates",
					     "factset", "bloomberg", "lseg", "refinitiv", "visible", "alpha", "va",
					     "一致预期", "市场一致预期", "彭博一致预期", "万得一致预期", "wind一致预期" };
	if (!consensus_label(j, s, e))
		return 0;
	const char *t = j->t;
	for (size_t i = s; i < e;) {
		unsigned char c = (unsigned char)t[i];
		if (c == ' ' || c == '.' || c == '(' || c == ')' || c == ':' || c == '-') {
			i++;
			continue;
		}
		size_t w = i;
		if (c >= 0x80 || isalnum(c))
			while (w < e && ((unsigned char)t[w] >= 0x80 || isalnum((unsigned char)t[w])))
				w++;
		if (w == i || !span_in_list(t, i, w, words, ARRAY_SIZE(words)))
			return 0;
		i = w;
	}
	return 1;
}

/* The period a table row's label t[s..e) opens on (Q4 FY26 revenue), or
 * NULL. */
static const struct period_expr *label_period(const struct job *j, size_t s, size_t e)
{
	size_t k = first_tok_at(j, s);
	if (k < j->ntoks && j->toks[k].start < e && j->toks[k].type == T_PERIOD && only_spaces(j->t, s, j->toks[k].start))
		return &j->ps[j->toks[k].idx].expr;
	return NULL;
}

/* Whether the row label t[s..e) holds words beside its entity and metric
 * names (brackets, units and a company's legal form aside). */
static int label_names_more(const struct job *j, size_t s, size_t e)
{
	static const char *const forms[] = { "group", "holdings", "holding", "inc", "corp", "corporation", "ltd",
					      "limited", "co", "plc", "total", "consolidated", "集团", "控股",
					      "公司", "合计", "总计",
					      /* "Net income (loss) attrib. to Baidu": whose share */
					      "attrib", "attributable", "to", "loss" };
	size_t k = first_tok_at(j, s);
	size_t i = s;
	while (i < e) {
		while (k < j->ntoks && j->toks[k].end <= i)
			k++;
		if (k < j->ntoks && j->toks[k].start <= i && (j->toks[k].type == T_ENTITY || j->toks[k].type == T_METRIC ||
							      j->toks[k].type == T_CUE)) {
			i = j->toks[k].end;
			continue;
		}
		unsigned char c = (unsigned char)j->t[i];
		if (c == '(') {
			const char *close = memchr(j->t + i, ')', e - i);
			i = close ? (size_t)(close - j->t) + 1 : e;
			continue;
		}
		if (isalpha(c) || c >= 0xE0) {
			size_t w = i;
			if (c >= 0xE0) {
				while (w < e && (unsigned char)j->t[w] >= 0xE0 &&
				       !(k < j->ntoks && j->toks[k].start <= w && w < j->toks[k].end))
					w += 3;
			} else {
				while (w < e && (isalnum((unsigned char)j->t[w]) || j->t[w] == '.'))
					w++;
			}
			if (w > e)
				w = e;
			size_t we = w;
			if (we > i && j->t[we - 1] == '.')
				we--;
			if (!span_in_list(j->t, i, we, forms, ARRAY_SIZE(forms)))
				return 1;
			i = w;
			continue;
		}
		i++;
	}
	return 0;
}

/* Whether a table's caption names a part of the company it names that we
 * do not track ("AMD Q2 2019 Computing and Graphics" over rows of Revenue
 * and Operating Income): a capitalized word left beside the company's
 * name, its period and the words any results table is captioned with. */
static int caption_names_part(const struct job *j, size_t s, size_t e)
{
	static const char *const plain[] = {
		"financial", "financials", "results", "result", "earnings", "gaap", "non-gaap", "summary", "highlights",
		"key", "figures", "metrics", "quarterly", "quarter", "fiscal", "year", "full", "reported", "adjusted",
		"selected", "data", "performance", "overview", "statement", "statements", "unaudited", "consolidated",
		"condensed", "table", "figure", "and", "vs", "vs.", "versus", "of", "the", "for", "in", "at", "a",
		"glance", "snapshot", "report", "update", "preliminary", "total", "company", "group", "inc", "corp",
		"ltd", "usd", "us", "millions", "billions", "except", "per", "share", "amounts", "estimates", "actual",
		"actuals", "guidance", "outlook", "consensus", "trends", "trend", "history", "historical", "comparison",
		/* (the words of a period written out) */
		"three", "six", "nine", "twelve", "months", "month", "weeks", "week", "ended", "ending", "ends", "as",
		"on", "to", "date", "ytd", "year-to-date", "quarters", "years", "half", "first", "second", "third",
		"fourth", "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec", "announcement", "announces", "reports", "preview", "review", "recap", "release",
		"press", "presentation", "form", "exhibit", "income", "balance", "sheet", "sheets", "cash", "flows",
		"flow", "segment", "segments", "business", "businesses", "corporation", "holdings", "limited", "plc",
	};
	/* (the part's words come after the period: "AMD Q2 2019 Computing and
	 * Graphics", not the headline's "Salesforce Reports Results") */
	int named = 0, more = 0, dated = 0;
	size_t k = first_tok_at(j, s);
	for (size_t i = s; i < e && !more;) {
		while (k < j->ntoks && j->toks[k].end <= i)
			k++;
		if (k < j->ntoks && j->toks[k].start <= i && j->toks[k].type != T_QTY) {
			if (j->toks[k].type == T_ENTITY)
				named |= lexicon_entity_at(j->fx->lx, (size_t)j->lm[j->toks[k].idx].index)->parent < 0;
			dated |= j->toks[k].type == T_PERIOD;
			i = j->toks[k].end;
			continue;
		}
		if (j->t[i] == '(') {
			const char *close = memchr(j->t + i, ')', e - i);
			i = close ? (size_t)(close - j->t) + 1 : e;
			continue;
		}
		if (!isalpha((unsigned char)j->t[i])) {
			i++;
			continue;
		}
		size_t w = i;
		while (w < e && (isalnum((unsigned char)j->t[w]) || j->t[w] == '-' || j->t[w] == '.' || j->t[w] == '\''))
			w++;
		size_t we = w;
		while (we > i && (j->t[we - 1] == '.' || j->t[we - 1] == '-'))
			we--;
		more = dated && isupper((unsigned char)j->t[i]) && !span_in_list(j->t, i, we, plain, ARRAY_SIZE(plain));
		i = w;
	}
	return named && more;
}

static struct cell_sense sense_of(const struct job *j, size_t s, size_t e, int row_label)
{
	struct cell_sense c = { -1, -1, 0, 0 };
	for (size_t k = first_tok_at(j, s); k < j->ntoks && j->toks[k].start < e; k++) {
		const struct tok *tk = &j->toks[k];
		if (tk->type == T_ENTITY) {
			int x = j->lm[tk->idx].index;
			if (c.ent == -1 || lexicon_root(j->fx->lx, x) == lexicon_root(j->fx->lx, c.ent))
				c.ent = c.ent == -1 ? x : c.ent;
			else
				c.ent = -2;
		} else if (tk->type == T_METRIC && c.met < 0) {
			/* the label's head: "Total cost of revenue", "Sales and
			 * marketing" name other measures */
			if (!row_label || label_head(j, k, s, e))
				c.met = j->lm[tk->idx].index;
			else
				c.met = -2;
		} else if (tk->type == T_CUE) {
			c.kind |= j->q[tk->idx].cue & (CUE_YOY | CUE_QOQ);
		}
	}
	c.percent = text_has(j->t, s, e, "(%)") || text_has(j->t, s, e, "%");
	/* Alphabet-level activities, Amazon Other: a row label that says more
	 * of a company than its name is a part of it we do not know */
	if (row_label && c.ent >= 0 && label_names_more(j, s, e))
		c.ent = -2;
	return c;
}


/* The head of a table's labels that says its rows are a company's parts. */
static const char *const segment_heads[] = { "segment", "segments", "business", "businesses", "division", "divisions",
					     "分部", "板块", "业务", "业务板块", "业务分部" };

/* The metric a header cell names and nothing else (营收, Revenue ($mn),
 * 毛利率(%)): -1 for a cell naming none, -2 for one that says more (OCI
 * revenue, 数据中心收入占比: a part's or another measure). */
static int bare_measure(const struct job *j, size_t s, size_t e)
{
	int met = -1;
	size_t at = s;
	for (size_t k = first_tok_at(j, s); k < j->ntoks && j->toks[k].start < e; k++) {
		const struct tok *tk = &j->toks[k];
		if (tk->type == T_ENTITY || (tk->type == T_METRIC && met >= 0))
			return -2;
		if (tk->type == T_METRIC) {
			if (!only_spaces(j->t, at, tk->start))
				return -2;
			met = j->lm[tk->idx].index;
			at = tk->end;
		}
	}
	if (met < 0)
		return -1;
	/* past the name, only its units in brackets */
	while (at < e && j->t[at] == ' ')
		at++;
	if (at < e && j->t[at] != '(')
		return -2;
	return met;
}

/* Whether s[0..n) holds a digit. */
static int memchr_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

/* The words a column heading says whose figures it holds (Actual, Street,
 * 一致预期, Ours, Guidance), alone, beside its period (FQ3'26E Street,
 * 25Q3一致预期) or in a row of their own; basis -1: a word that says nothing
 * of it (unaudited, 经审计). A word before a longer one it begins. */
static const struct {
	const char *w;
	int basis;
} column_words[] = {
	{ "actuals", BASIS_ACTUAL },	      { "actual", BASIS_ACTUAL },	    { "reported", BASIS_ACTUAL },
	{ "street", BASIS_CONSENSUS },	      { "consensus", BASIS_CONSENSUS },	    { "cons.", BASIS_CONSENSUS },
	{ "cons", BASIS_CONSENSUS },	      { "ours", BASIS_ESTIMATE },	    { "our estimate", BASIS_ESTIMATE },
	{ "our est.", BASIS_ESTIMATE },	      { "our est", BASIS_ESTIMATE },	    { "our", BASIS_ESTIMATE },
	{ "estimate", BASIS_ESTIMATE },
	{ "est.", BASIS_ESTIMATE },	      { "forecast", BASIS_ESTIMATE },	    { "guidance", BASIS_GUIDANCE },
	{ "guide", BASIS_GUIDANCE },	      { "outlook", BASIS_GUIDANCE },	    { "unaudited", -1 },
	{ "彭博一致预期", BASIS_CONSENSUS }, { "市场一致预期", BASIS_CONSENSUS }, { "一致预期", BASIS_CONSENSUS },
	{ "市场预期", BASIS_CONSENSUS },     { "预期", BASIS_CONSENSUS },	    { "我们预测", BASIS_ESTIMATE },
	{ "预测", BASIS_ESTIMATE },	      { "公司指引", BASIS_GUIDANCE },	    { "指引", BASIS_GUIDANCE },
	{ "实际值", BASIS_ACTUAL },	      { "实际", BASIS_ACTUAL },		    { "公告值", BASIS_ACTUAL },
	{ "目标", -1 },			      { "未经审计", -1 },		    { "经审计", -1 },
};

/* Whether a header cell t[s..e) reads as a house's name (H&R, GS, MS
 * est): one or two words of letters, '&' and '.', with a capital. */
static int house_name(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	int upper = 0, words = 1;
	for (size_t i = s; i < e; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c == ' ')
			words++;
		else if (!isalpha(c) && c != '&' && c != '.')
			return 0;
		upper |= isupper(c) != 0;
	}
	return e > s && upper && words <= 2;
}

/* The basis a whole column-heading cell says (Actual, Street, 一致预期),
 * or -1. */
static int basis_word(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	while (e > s && t[e - 1] == ' ')
		e--;
	for (size_t i = 0; i < ARRAY_SIZE(column_words); i++)
		if (strlen(column_words[i].w) == e - s && !strncasecmp(t + s, column_words[i].w, e - s))
			return column_words[i].basis;
	return -1;
}

/* Whether a table line is a row of basis words (   Actual   Street   Ours):
 * two or more, past a first cell of units or nothing, and no figure. */
static int basis_row(const char *t, const struct layout_line *l)
{
	size_t cs[16], ce[16];
	size_t nc = layout_cells(t, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
	if (nc < 2 || nc > ARRAY_SIZE(cs))
		return 0;
	size_t words = 0;
	for (size_t i = 0; i < nc; i++) {
		if (basis_word(t, cs[i], ce[i]) >= 0)
			words++;
		else if (i > 0)
			return 0;
	}
	return words >= 2;
}

/* What stands beside a period in a header cell once the words that say
 * whose figures the column holds are taken out: 0 nothing (3Q25A,
 * 25Q3一致预期, FQ3'26E-Street, the basis in *est), 1 other words (3Q25同比,
 * FY27E revenue, 2025E PE), which the caller reads as a change or a
 * measure, or else as no period at all. */
static int column_beside(const char *s, size_t n, int *est)
{
	size_t i = 0;
	while (i < n) {
		if (s[i] && strchr(" -/:()", s[i])) {
			i++;
			continue;
		}
		if (!memcmp(s + i, "（", 3) || !memcmp(s + i, "）", 3)) {
			i += 3;
			continue;
		}
		size_t k = 0;
		for (; k < ARRAY_SIZE(column_words); k++) {
			const char *w = column_words[k].w;
			size_t wn = strlen(w);
			int ascii = (unsigned char)w[0] < 0x80;
			if (wn <= n - i && (ascii ? !strncasecmp(s + i, w, wn) : !memcmp(s + i, w, wn)) &&
			    (!ascii || i + wn == n || !isalnum((unsigned char)s[i + wn]))) {
				if (column_words[k].basis >= 0)
					*est = column_words[k].basis;
				i += wn;
				break;
			}
		}
		if (k == ARRAY_SIZE(column_words))
			return 1;
	}
	return 0;
}

/* Whether t[s..e) says the columns under it are quarters ("Three Months
 * Ended", "Quarter Ended"): 1; -1 when it says another part of a year
 * too (Six Months Ended); 0 when neither. */
static int says_quarter_only(const char *t, size_t s, size_t e)
{
	static const char *const quarter[] = { "three months ended", "three months ending", "quarter ended",
					       "quarter ending" };
	static const char *const other[] = { "six months", "nine months", "twelve months", "year ended", "years ended",
					     "year ending", "weeks ended" };
	int said = 0;
	for (size_t i = 0; i < ARRAY_SIZE(other); i++)
		if (span_contains(t, s, e, other[i], 1))
			return -1;
	for (size_t i = 0; i < ARRAY_SIZE(quarter) && !said; i++)
		said = span_contains(t, s, e, quarter[i], 1);
	return said;
}

/* The quarter a release is about (its title's "First Quarter 2023") in
 * the year `year` (a column's "2022"), for a table that says "Three Months
 * Ended" over its years and no day: 0 with *x filled, -1 when the text
 * names no such quarter. */
static int doc_quarter_of(const struct job *j, const char *year, struct period_expr *x)
{
	const struct period_expr *dx = &j->fs->doc_period.expr;
	long y = 0;
	if (!j->fs->doc_period.valid || dx->type != PERIOD_QUARTER || dx->index < 1 || !dx->year || dx->rel != PREL_NONE ||
	    parse_long(year, &y) < 0 || labs(y - dx->year) > 3)
		return -1;
	*x = *dx;
	x->year = (int)y;
	x->marked = 0;
	return 0;
}

/* A header cell read as a period: 3Q25A, 2025E, FY26E, CY2026, FY26Q2 —
 * or a bare year under "Three Months Ended September 30,". Returns 0 with
 * the expression, the column's basis in *est, and in *beside (when asked)
 * whether other words stand beside the period (column_beside). */
static int column_period(const struct job *j, size_t s, size_t e, size_t above_s, size_t above_e,
			 struct period_expr *x, int *est, int *beside)
{
	char buf[160];
	size_t n = e - s;
	*est = 0;
	if (beside)
		*beside = 0;
	if (n == 0 || n > 40)
		return -1;
	memcpy(buf, j->t + s, n);

	buf[n] = '\0';
	char last = buf[n - 1];
	int marked = 0;
	if ((last == 'E' || last == 'A' || last == 'e') && n >= 3 && isdigit((unsigned char)buf[n - 2])) {
		*est = last != 'A';
		buf[--n] = '\0';
		marked = 1;
	}
	for (const char *w = buf; *w; w++)
		if (!strncmp(w, "预测", 6) || !strncmp(w, "目标", 6) || !strncmp(w, "E)", 2))
			*est = 1;
	/* "Q4 FY26 Guidance", "FQ3'26E Street", and before the period "Street
	 * FQ3'26E", "Consensus 2026E": whose figures, said a word apart */
	for (size_t i = 0; i < ARRAY_SIZE(column_words); i++) {
		const char *w = column_words[i].w;
		size_t wn = strlen(w);
		if ((unsigned char)w[0] >= 0x80 || column_words[i].basis < 0 || n <= wn + 1)
			continue;
		if (buf[n - wn - 1] == ' ' && !strcasecmp(buf + n - wn, w)) {
			n -= wn + 1;
			buf[n] = '\0';
			*est = column_words[i].basis;
			break;
		}
		if (!strncasecmp(buf, w, wn) && buf[wn] == ' ') {
			memmove(buf, buf + wn + 1, n - wn);
			n -= wn + 1;
			*est = column_words[i].basis;
			break;
		}
	}
	if (n > 10 && (!strncasecmp(buf, "full year ", 10) || !strncasecmp(buf, "full-year ", 10))) {
		memmove(buf, buf + 10, n - 9);
		n -= 10;
	}
	/* a bare year under the words that say which three months of it */
	/* 2025, and 2025年 as Hong Kong tables head their columns */
	if (n == 7 && !memcmp(buf + 4, "年", 3) && isdigit((unsigned char)buf[0]) && isdigit((unsigned char)buf[3]))
		buf[n = 4] = '\0';
	/* 2025年6月30日 under 截至下列日期止三个月: the months counted back
	 * from that day */
	/* (2025年 over 6月30日 in a stacked header, set on one line) */
	size_t md_at = 7;
	while (md_at < n && buf[md_at] == ' ')
		md_at++;
	size_t ymd = n > md_at + 6 && isdigit((unsigned char)buf[0]) && !memcmp(buf + 4, "年", 3) ?
			     cjk_month_day_cell(buf, md_at, n) :
			     0;
	if (ymd && above_e > above_s) {
		static const char *const counts[] = { "止三个月", "止六个月", "止九个月", "止十二个月" };
		for (size_t i = 0; i < ARRAY_SIZE(counts); i++)
			if (span_contains(j->t, above_s, above_e, counts[i], 0)) {
				char both[96];
				int w = snprintf(both, sizeof(both), "截至%.7s%s%s", buf, buf + md_at, counts[i]);
				if (w > 0 && (size_t)w < sizeof(both) && part_of_year_in(j, both, (size_t)w, (size_t)w, x) == 0)
					return 0;
				break;
			}
	}
	int bare_year = n == 4 && strspn(buf, "0123456789") == 4;
	if (bare_year && above_e > above_s && above_e - above_s + n + 2 < sizeof(buf)) {
		char both[160];
		size_t an = above_e - above_s;
		const char *upto = NULL;
		for (size_t i = above_s; i + 6 <= above_e && !upto; i++)
			if (!memcmp(j->t + i, "截至", 6))
				upto = j->t + i;
		if (upto && upto + 6 < j->t + above_e && isdigit((unsigned char)upto[6])) {
			/* 截至6月30日止三个月 over 2025年: 截至2025年6月30日止三个月 */
			size_t head = (size_t)(upto - (j->t + above_s)) + 6;
			memcpy(both, j->t + above_s, head);
			memcpy(both + head, buf, n);
			memcpy(both + head + n, "年", 3);
			memcpy(both + head + n + 3, j->t + above_s + head, an - head);
			an += n + 3;
			both[an] = '\0';
			if (an + 1 < sizeof(both) && part_of_year_in(j, both, an, 0, x) == 0)
				return 0;
			an = above_e - above_s;
		}
		memcpy(both, j->t + above_s, an);
		both[an] = ' ';
		memcpy(both + an + 1, buf, n + 1);
		if (part_of_year_in(j, both, an + 1 + n, an + 1 + n, x) == 0)
			return 0;
		/* ("Three Months Ended" over it with no day said) */
		if (says_quarter_only(j->t, above_s, above_e) == 1 && doc_quarter_of(j, buf, x) == 0)
			return 0;
	}
	/* 2024-12, 2025/08, 2025.08: a month, as tables head their columns */
	if (n >= 6 && n <= 7 && isdigit((unsigned char)buf[0]) && (buf[4] == '-' || buf[4] == '/' || buf[4] == '.')) {
		char *endp;
		long y = strtol(buf, &endp, 10), m = endp == buf + 4 ? strtol(buf + 5, &endp, 10) : 0;
		if (!*endp && y >= 1990 && y <= 2100 && m >= 1 && m <= 12) {
			memset(x, 0, sizeof(*x));
			x->type = PERIOD_MONTH;
			x->year = (int)y;
			x->index = (int)m;
			return 0;
		}
	}
	struct period_span *sp = NULL;
	size_t ns = 0, cap = 0;
	struct errmsg e2;
	int rc = -1;
	/* 2025E, 3Q25A, and 2025 年底 (its last month) */
	/* 6月  7月  8月 over a row of figures: months without their year,
	 * each the last one gone by (checked by the caller as a run) */
	if (period_scan(j->fx->ps, buf, n, NULL, 0, &sp, &ns, &cap, &e2) == 0 && ns == 1 &&
	    sp[0].kind == PSPAN_PERIOD && (sp[0].expr.year || (beside && sp[0].expr.type == PERIOD_MONTH && !*est)) &&
	    (sp[0].expr.rel == PREL_NONE || sp[0].expr.rel == PREL_YEAR_END || sp[0].expr.rel == PREL_YEAR_START) &&
	    /* 2025/08 is no year 2025: no figure is left beside the period */
	    !memchr_digit(buf, sp[0].start) && !memchr_digit(buf + sp[0].end, n - sp[0].end)) {
		*x = sp[0].expr;
		/* 3Q26A in a note that counts the company's quarters */
		if (x->shorthand && !x->calendar && j->fs->fiscal_quarters)
			x->fiscal = 1;
		rc = 0;
		/* Dec 2025E: a quarter or a year ending that month, which the
		 * label does not say; a column of monthly figures has no mark */
		if (x->type == PERIOD_MONTH && marked)
			rc = -1;
		if (beside) {
			int lead = column_beside(buf, sp[0].start, est);
			*beside = column_beside(buf + sp[0].end, n - sp[0].end, est) || lead;
		}
	}
	free(sp);
	return rc;
}

/* A table's units say a bare 元 (单位：亿元): the currency its company
 * counts in (compared by address). */
static const char TABLE_YUAN[] = "元";

/* Scale and currency from a units line: 单位：亿元, (In millions, except
 * per share amounts), 单位：亿美元. */
static void table_units(const char *t, size_t s, size_t e, double *scale, const char **cur)
{
	static const struct {
		const char *w;
		double scale;
	} scales[] = { { "百万", 1e6 }, { "亿", 1e8 }, { "万", 1e4 }, { "千", 1e3 }, { "million", 1e6 },
		       { "billion", 1e9 }, { "thousand", 1e3 }, { "bn", 1e9 }, { "mn", 1e6 }, { "'000", 1e3 },
		       /* ($m), (US$ m), ($b), ($m, except per share) */
		       { "$m)", 1e6 }, { "$ m)", 1e6 }, { "$b)", 1e9 }, { "$ b)", 1e9 }, { "$m,", 1e6 } };
	*scale = 0;
	*cur = NULL;
	for (size_t i = 0; i < ARRAY_SIZE(scales) && !*scale; i++)
		if (span_contains(t, s, e, scales[i].w, 1))
			*scale = scales[i].scale;
	if (text_has(t, s, e, "美元") || text_has(t, s, e, "US$") || text_has(t, s, e, "USD") ||
	    span_contains(t, s, e, "U.S. dollar", 1) || span_contains(t, s, e, "US dollar", 1))
		*cur = "USD";
	else if (text_has(t, s, e, "港元") || text_has(t, s, e, "HK$") || text_has(t, s, e, "HKD"))
		*cur = "HKD";
	else if (text_has(t, s, e, "台币") || text_has(t, s, e, "NT$") || text_has(t, s, e, "TWD"))
		*cur = "TWD";
	else if (text_has(t, s, e, "人民币") || text_has(t, s, e, "RMB") || text_has(t, s, e, "CNY"))
		*cur = "CNY";
	else if (text_has(t, s, e, "元"))
		*cur = TABLE_YUAN;
	/* 单位：元, 单位：人民币元: amounts in units */
	if (!*scale && *cur && text_has(t, s, e, "单位"))
		*scale = 1;
	else if (text_has(t, s, e, "$"))
		*cur = "USD";
}

/* Words over a column of previous estimates: prior, previous, 前值. */
static int superseded_column(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "prior", "previous", "old", "前值", "原预测", "调整前", "上次" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i], 1))
			return 1;
	return 0;
}

/* Where a cell t[s..e) ends before an aside in brackets ("FY26E
 * (May-26)": the month its year ends), spaces trimmed. */
static size_t bracket_cut(const char *t, size_t s, size_t e)
{
	const char *p = memchr(t + s, '(', e - s);
	size_t end = p ? (size_t)(p - t) : e;
	while (end > s && t[end - 1] == ' ')
		end--;
	return end > s ? end : e;
}

/* Words that name a period's column in a table of companies (公司 财季 营收). */
static int period_label_column(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "财季", "季度", "财年", "quarter", "fiscal period", "period" };
	/* (Quarter, Period: any case) */
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i], 1) && !text_has(t, s, e, "截止") && !span_contains(t, s, e, "end", 1))
			return 1;
	return 0;
}

/* Whether t[s..e) holds a word of growth (growth, 增速) among its cues. */
static int says_growth(const struct job *j, size_t s, size_t e)
{
	for (size_t k = first_tok_at(j, s); k < j->ntoks && j->toks[k].start < e; k++)
		if (j->toks[k].type == T_CUE && (j->q[j->toks[k].idx].cue & CUE_GROWTH))
			return 1;
	return 0;
}

/* The amount a margin is the margin of, for a margin said in money
 * (Oracle's "Total operating margin $4,720", Apple's "Total gross margin"
 * in dollars), or -1. */
static int margin_amount(const struct lexicon *lx, int met)
{
	const char *id = lexicon_metric_at(lx, (size_t)met)->id;
	for (size_t i = 0; i < ARRAY_SIZE(margin_pairs); i++)
		if (!strcmp(id, margin_pairs[i][0]))
			return lexicon_find_metric(lx, margin_pairs[i][1]);
	return -1;
}

/* Whether a header cell t[s..e) heads the year-ago figures of the column
 * before it (Year ago, Prior year, 去年同期). */
static int year_ago_header(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "year ago", "year-ago", "prior year", "prior-year", "last year",
					     "去年同期", "上年同期" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (span_contains(t, s, e, words[i], 1))
			return 1;
	return 0;
}

/* The basis a measure's header cell says beside its name (Revenue est.,
 * EPS (cons.), 营收一致预期), or -1. */
static int measure_basis(const char *t, size_t s, size_t e)
{
	for (size_t i = 0; i < ARRAY_SIZE(column_words); i++) {
		const char *w = column_words[i].w;
		if ((unsigned char)w[0] < 0x80 ? has_word(t + s, e - s, w) : span_contains(t, s, e, w, 0))
			return column_words[i].basis;
	}
	return -1;
}

/* Leaves out the cell t[cs..ce) of the row t[line_s..line_e), saying why. */
static void table_candidate(struct job *j, size_t line_s, size_t line_e, size_t cs, size_t ce, const char *why)
{
	if (!j->out->want_candidates)
		return;
	j->stage = "table";
	j->sent_start = line_s;
	j->sent_end = line_e;
	j->sent_orig_known = 0;
	struct candidate *c = new_candidate(j, textnorm_orig(j->tn, cs), textnorm_orig(j->tn, ce));
	sent_orig(j);
	c->sentence = xstrndup(j->orig + j->sent_orig_start, j->sent_orig_end - j->sent_orig_start);
	copy_str(c->reason, sizeof(c->reason), why);
}

/* One cell's figure as a fact: `kind` 0 for a level, `adjusted` when its
 * column is under Non-GAAP. Returns NULL, or why the cell is left out. */
static const char *table_fact(struct job *j, size_t line_s, size_t line_e, size_t cs, size_t ce, int ent, int met,
			      const struct period_expr *x, int est, unsigned kind, const struct table_value *v,
			      double scale, const char *cur, int adjusted)
{
	const struct lexicon *lx = j->fx->lx;
	if (ent < 0)
		return "no company for its row";
	if (met < 0)
		return "no metric for its row";
	const struct lexicon_metric *mm = lexicon_metric_at(lx, (size_t)met);
	/* "Total operating margin  $ 4,720": a margin said in dollars is the
	 * profit it is the margin of */
	if (!kind && mm->unit_kind == UNIT_PERCENT && v->dollar && !v->percent && !v->points) {
		int twin = margin_amount(lx, met);
		if (twin < 0)
			return "a percentage without a percent sign or (%)";
		met = twin;
		mm = lexicon_metric_at(lx, (size_t)met);
	}
	const struct lexicon_entity *ee = lexicon_entity_at(lx, (size_t)ent);
	const char *unit;
	double mult = 1; /* the scale the cell's figures are multiplied by */
	const char *kname = kind & CUE_QOQ ? "qoq" : kind & CUE_YOY ? "yoy" : "level";
	if (v->points) {
		/* 毛利率 ... QoQ 0.9pct: a margin's change in points */
		if (!kind || mm->unit_kind != UNIT_PERCENT)
			return "points, but not the change of a percentage";
		unit = "pp";
	} else if (kind) {
		if (!v->percent)
			return "a change without a percent sign or (%)";
		if (mm->unit_kind == UNIT_PERCENT)
			return "a change of a percentage: relative or points, the table does not say";
		unit = "%";
	} else if (mm->unit_kind == UNIT_PERCENT) {
		if (!v->percent)
			return "a percentage without a percent sign or (%)";
		unit = "%";
	} else if (mm->unit_kind == UNIT_CURRENCY) {
		if (v->percent)
			return "a percent under a row of amounts";
		/* "$11.13 - $11.23 Billion": the cell's own scale */
		if (v->scale > 0)
			scale = v->scale;
		/* a per-share figure is stated in units, whatever scale the
		 * table's other rows take (In millions, except per share amounts) */
		if (!strcmp(mm->id, "eps") && v->scale <= 0) {
			unit = v->dollar ? "USD" : cur;
		} else {
			if (scale <= 0)
				return "no units line, caption or label gives the scale";
			unit = cur ? cur : v->dollar ? "USD" : NULL;
			mult = scale;
		}
		/* "In millions" over a deck's chart: the currency every amount of
		 * the document so far was in */
		if (!unit && j->fs->doc_currency[0] && !j->fs->currencies_mixed)
			unit = j->fs->doc_currency;
		if (!unit)
			return "no currency for the amount";
		if (unit == TABLE_YUAN) {
			const char *declared = yuan_declared(j, j->tlen, ent, 0);
			unit = declared ? declared : lexicon_yuan_currency(lx, ent);
		}
	} else {
		return "a metric tables are not read for";
	}
	struct period p;
	if (period_resolve(x, &ee->calendar, NULL, j->ref, est, &p) < 0)
		return "its column's period cannot be placed";
	if (!est)
		company_quarter_if_over(x, &ee->calendar, j->ref, &p);
	struct state tmp;
	memset(&tmp, 0, sizeof(tmp));
	tmp.sentence_met_seen = 1; /* (a row's label, or its table's, names it) */
	/* Non-GAAP diluted earnings per share: the twin of a reported row */
	tmp.met_adjusted = adjusted || says_adjusted(j->t, line_s, cs);
	j->sent_start = line_s;
	j->sent_end = line_e;
	j->sent_orig_known = 0;
	enum numlex_qualifier q = v->range		 ? QUAL_RANGE :
				  v->bound == TABLE_APPROX	 ? QUAL_APPROX :
				  v->bound == TABLE_AT_LEAST ? QUAL_AT_LEAST :
				  v->bound == TABLE_AT_MOST	 ? QUAL_AT_MOST :
							   QUAL_EXACT;
	double low = v->range ? v->low * mult : 0, high = v->range ? v->high * mult : 0;
	double res = pow(10, -v->decimals) * mult;
	/* "Less: Capital expenditures   (122)": a statement writes what was
	 * spent as an outflow; the spending itself is its size */
	double value = v->value * mult;
	if (value < 0 && !strcmp(kname, "level") && met == lexicon_find_metric(lx, "capex"))
		value = -value;
	emit(j, &tmp, cs, ce, ent, met, &p, kname, value, low, high, unit, q, est, res);
	return NULL;
}

/* The currency most columns of the row of currencies t[s..e) name (RMB
 * RMB US$: CNY), or NULL. */
static const char *main_currency(const char *t, size_t s, size_t e)
{
	size_t cs[16], ce[16];
	size_t n = layout_cells(t, s, e, cs, ce, ARRAY_SIZE(cs));
	const char *code[16];
	for (size_t i = 0; i < n && i < ARRAY_SIZE(cs); i++)
		code[i] = layout_cell_currency(t, cs[i], ce[i]);
	const char *most = NULL;
	size_t most_n = 0;
	for (size_t i = 0; i < n && i < ARRAY_SIZE(cs); i++) {
		size_t same = 0;
		for (size_t k = 0; k < n && k < ARRAY_SIZE(cs); k++)
			same += code[i] && code[k] && !strcmp(code[i], code[k]);
		if (same > most_n) {
			most = code[i];
			most_n = same;
		}
	}
	return most;
}

/* Whether every cell of a currency row that names a currency names
 * `most` (人民幣百萬元  人民幣百萬元: no column of another one). */
static int currency_row_uniform(const struct job *j, const struct layout_line *l, const char *most)
{
	size_t cs[16], ce[16];
	size_t nc = layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
	if (nc > ARRAY_SIZE(cs))
		return 0;
	for (size_t i = 0; i < nc; i++) {
		const char *cur = layout_cell_currency(j->t, cs[i], ce[i]);
		if (cur && strcmp(cur, most))
			return 0;
	}
	return 1;
}

/* The currency of the amount in cell t[s..e) of row `row`, from the row
 * of currencies `cur_row` over the columns, into *cur. Returns NULL, or
 * why the cell is left out: no currency stands over it, or another than
 * `most`, the one most columns name (a convenience translation). */
static const char *column_currency(const struct job *j, const struct layout_line *lines, int cur_row, const char *most,
				   const struct layout_line *row, size_t s, size_t e, const char **cur)
{
	size_t a, b;
	const char *here = table_cell_over(j->t, &lines[cur_row], row, s, e, &a, &b) ?
				   layout_cell_currency(j->t, a, b) :
				   NULL;
	/* (a row whose long label pushed its cells right of the columns:
	 * "本公司權益持有人應佔盈利 Profit attributable to ... 55,120": the
	 * currency every column has) */
	if (!here && most && currency_row_uniform(j, &lines[cur_row], most))
		here = most;
	if (!here)
		return "no currency stands over its column";
	if (!most || strcmp(here, most))
		return "a translation into another currency of the columns beside it";
	*cur = here;
	return NULL;
}

/* The period column a change column c speaks of: of the period columns
 * left of it back to the change column before (its own group, or that of
 * the changes just left of it), the one
 * ending last (3Q25 3Q24 Y/Y: 3Q25), the nearest of those (Three months
 * 2025 2024 % Nine months 2025 2024 %: the nine months'); `first` when no
 * column of any kind is left of it (Y/Y 3Q25 3Q24); -1 when its group has
 * no period column (the year's % Change beside year columns we could not
 * read is not the quarter's). */
static int change_period_col(const struct job *j, int ent, const int *hper, const unsigned *hkind,
			     const struct period_expr *hx, int c, int first)
{
	const struct fiscal_calendar *cal = ent >= 0 ? &lexicon_entity_at(j->fx->lx, (size_t)ent)->calendar : NULL;
	int best = -1, any = 0, k = c - 1;
	struct period pb;
	/* 3Q24 2Q25 3Q25 YoY QoQ: changes side by side share the group left
	 * of the first of them */
	while (k > 0 && hkind[k])
		k--;
	if (k < c - 1)
		any = 1;
	for (; k >= 0 && !hkind[k]; k--) {
		struct period p;
		any = 1;
		/* 2025  Δ  2024  Change: a column we could not read ends the
		 * group, or the change would be given to 2025 */
		if (!hper[k] && best >= 0)
			break;
		if (!hper[k] || period_resolve(&hx[k], cal, NULL, j->ref, 0, &p) < 0)
			continue;
		/* (1Q26A  Ours  Cons.  y/y: of one period's columns, the
		 * first written, the reported one) */
		if (best < 0 || date_cmp(p.end, pb.end) >= 0) {
			best = k;
			pb = p;
		}
	}
	/* Q3'25  Q3'24  Y/Y  Q2'25  Q/Q: a group may hold only the change's
	 * base (Q2'25); the change is of the period the header has that
	 * much after it */
	unsigned kind = hkind[c];
	for (int k2 = 0; best >= 0 && (kind & (CUE_QOQ | CUE_YOY)) && k2 < c; k2++) {
		struct period p;
		if (!hper[k2] || hx[k2].type != hx[best].type || period_resolve(&hx[k2], cal, NULL, j->ref, 0, &p) < 0)
			continue;
		int months = (p.end.y - pb.end.y) * 12 + p.end.m - pb.end.m;
		/* 2025  Change  2024  Change  2023: not when the later period has
		 * a change of this kind of its own */
		int next = k2 + 1;
		while (next < c && !hkind[next])
			next++;
		if (months == ((kind & CUE_QOQ) ? 3 : 12) && !(next < c && hkind[next] == kind))
			return k2;
	}
	return best >= 0 ? best : any ? -1 : first;
}

/* Whether the change `w` a row gives of a percentage in column pc is in
 * points, read off the row's own levels ("Gross Margin 57.9% 57.5% 55.0%
 * +0.4% +2.9%": 57.9 - 57.5 is 0.4, not 0.7% of 57.5): 1 when only the
 * difference of the levels, rounded as written, gives it; 0 when the
 * ratio does too or neither does, or the row lacks the base's level. */
static int change_in_points(const struct job *j, int ent, const int *hper, const struct period_expr *hx, size_t nh,
			    const int *col, const size_t *cs, const size_t *ce, size_t nc, int pc, unsigned kind,
			    const struct table_value *w)
{
	const struct fiscal_calendar *cal = &lexicon_entity_at(j->fx->lx, (size_t)ent)->calendar;
	struct period pl, pb;
	if (!(kind & (CUE_QOQ | CUE_YOY)) || period_resolve(&hx[pc], cal, NULL, j->ref, 0, &pl) < 0)
		return 0;
	/* (the base ends a quarter or a year before, give or take the week
	 * a 52-53 week calendar moves: Q1'2017 ends 1 May, Q2'2017 31 July) */
	long days = kind & CUE_QOQ ? 91 : 365;
	int base = -1;
	for (size_t k = 0; k < nh && base < 0; k++)
		if (hper[k] && (int)k != pc && hx[k].type == hx[pc].type &&
		    period_resolve(&hx[k], cal, NULL, j->ref, 0, &pb) == 0 &&
		    labs(date_days(pl.end) - date_days(pb.end) - days) <= 10)
			base = (int)k;
	struct table_value lv, bv;
	int have = 0;
	for (size_t i = 0; i < nc; i++)
		if (col[i] == pc && table_parse_value(j->t, cs[i], ce[i], &lv) == 0 && lv.percent)
			have |= 1;
		else if (col[i] == base && base >= 0 && table_parse_value(j->t, cs[i], ce[i], &bv) == 0 && bv.percent)
			have |= 2;
	if (have != 3 || bv.value <= 0)
		return 0;
	double dl = 0.5 * pow(10, -lv.decimals), db = 0.5 * pow(10, -bv.decimals), dw = 0.5 * pow(10, -w->decimals);
	int points = fabs(w->value - (lv.value - bv.value)) <= dl + db + dw + 1e-9;
	double rmin = ((lv.value - dl) / (bv.value + db) - 1) * 100, rmax = ((lv.value + dl) / (bv.value - db) - 1) * 100;
	int ratio = bv.value - db > 0 && w->value >= rmin - dw - 1e-9 && w->value <= rmax + dw + 1e-9;
	return points && !ratio;
}

/* Whether a header cell says only "change" (Change, % Chg., 变动, 增减(%)),
 * not from when. */
static int bare_change_cell(const char *t, size_t s, size_t e)
{
	static const char *const words[] = { "change", "changes", "chg", "chg.", "变动", "增减", "变化" };
	while (s < e && strchr(" %(", t[s]))
		s++;
	while (e > s && strchr(" %)", t[e - 1]))
		e--;
	if (e > s + 3 && !memcmp(t + e - 3, "）", 3))
		e -= 3;
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (strlen(words[i]) == e - s && !strncasecmp(t + s, words[i], e - s))
			return 1;
	return 0;
}

/* The change a bare "Change" column c gives of its group's latest period
 * (change_period_col): beside years, from the year before (2025  Change
 * 2024  Change  2023); beside quarters, from the period a year or a
 * quarter before it that the group holds too; 0 when the group does not
 * say. */
static unsigned change_of_group(const struct job *j, const int *hper, const unsigned *hkind,
				const struct period_expr *hx, int c)
{
	int pc = change_period_col(j, -1, hper, hkind, hx, c, -1);
	struct period pb, p;
	if (pc < 0 || period_resolve(&hx[pc], NULL, NULL, j->ref, 0, &pb) < 0)
		return 0;
	if (hx[pc].type == PERIOD_YEAR)
		return CUE_YOY;
	unsigned cue = 0;
	for (int k = c - 1; k >= 0 && !hkind[k]; k--) {
		if (k == pc || !hper[k] || hx[k].type != hx[pc].type ||
		    period_resolve(&hx[k], NULL, NULL, j->ref, 0, &p) < 0 || p.end.d != pb.end.d)
			continue;
		int months = (pb.end.y - p.end.y) * 12 + pb.end.m - p.end.m;
		if (months == 12)
			return CUE_YOY;
		if (months == 3 && hx[pc].type == PERIOD_QUARTER)
			cue = CUE_QOQ;
	}
	return cue;
}

/* Months without their year heading columns (6月  7月 … 11月) stand for
 * the last of each gone by at the report's date, when so read they run
 * one after the other, a month apart; else none of them is a period. */
static void yearless_months(const struct job *j, int *hper, const struct period_expr *hx, size_t nh)
{
	int ok = 1, seen = 0;
	struct period prev;
	for (size_t c = 0; c < nh && ok; c++) {
		struct period p;
		if (!hper[c] || hx[c].type != PERIOD_MONTH || hx[c].year)
			continue;
		if (period_resolve(&hx[c], NULL, NULL, j->ref, 0, &p) < 0) {
			ok = 0;
			break;
		}
		int step = seen ? (p.end.y - prev.end.y) * 12 + p.end.m - prev.end.m : 1;
		ok = step == 1 || step == -1;
		prev = p;
		seen++;
	}
	for (size_t c = 0; c < nh && (!ok || seen < 2); c++)
		if (hper[c] && hx[c].type == PERIOD_MONTH && !hx[c].year)
			hper[c] = 0;
}

/*                 GAAP                           Non-GAAP
 *       Q3'25  Q3'24  Y/Y  Q2'25  Q/Q     Q3'25  Q3'24  Y/Y
 * Words over the header that set a group of columns apart as adjusted:
 * the group starts where the header names its periods again (or at the
 * first column when the words name one group only). Its columns are the
 * adjusted twins of the rows, marked in hadj[]. */
static void adjusted_group(const struct job *j, const struct layout_line *lines, const struct table_block *tb,
			   const int *hper, const struct period_expr *hx, size_t nh, int *hadj)
{
	if (tb->header <= 0)
		return;
	const struct layout_line *a = &lines[tb->header - 1];
	if (a->kind == LAYOUT_BLANK)
		return;
	size_t as[8], ae[8];
	size_t na = layout_cells(j->t, a->start, a->end, as, ae, ARRAY_SIZE(as));
	if (na == 0 || na > 2)
		return;
	int adj_at = -1;
	for (size_t i = 0; i < na; i++)
		if (says_adjusted(j->t, as[i], ae[i]))
			adj_at = (int)i;
	if (adj_at < 0 || (na == 2 && adj_at == 0))
		return;
	size_t from = 0;
	if (na == 2) {
		/* the first column whose period an earlier one named */
		for (from = 1; from < nh; from++) {
			int again = 0;
			for (size_t k = 0; k < from && !again && hper[from]; k++)
				again = hper[k] && hx[k].type == hx[from].type && hx[k].year == hx[from].year &&
					hx[k].index == hx[from].index && hx[k].fiscal == hx[from].fiscal;
			if (again)
				break;
		}
	}
	for (size_t c = from; c < nh; c++)
		hadj[c] = 1;
}

/* Whether a row of the table says in its label that it is adjusted
 * (Non-GAAP net income): the rows, not the caption, say which. */
static int rows_say_adjusted(const struct job *j, const struct layout_line *lines, const struct table_block *tb)
{
	for (size_t r = (size_t)tb->header + 1; r <= tb->last; r++) {
		size_t cs[2], ce[2];
		if (lines[r].kind == LAYOUT_TABLE &&
		    layout_cells(j->t, lines[r].start, lines[r].end, cs, ce, ARRAY_SIZE(cs)) >= 1 &&
		    says_adjusted(j->t, cs[0], ce[0]))
			return 1;
	}
	return 0;
}

/* Whether a row's label opens on Total (Total net revenue, 合计营收). */
static int total_row(const char *t, size_t s, size_t e)
{
	while (s < e && t[s] == ' ')
		s++;
	return (e - s > 6 && !strncasecmp(t + s, "total ", 6)) || (e - s >= 6 && !memcmp(t + s, "合计", 6)) ||
	       (e - s >= 6 && !memcmp(t + s, "总计", 6));
}

/* The lexicon metric a table section's words t[ss..se) name with the
 * metric word of the row label t[rs..re) (Data Center over Net revenue:
 * data center revenue), or -1. */
static int section_metric(const struct job *j, size_t ss, size_t se, size_t rs, size_t re)
{
	for (size_t k = first_tok_at(j, rs); k < j->ntoks && j->toks[k].start < re; k++) {
		if (j->toks[k].type != T_METRIC)
			continue;
		int met = label_metric(j, ss, se, &j->toks[k]);
		/* Net revenue: the metric's word past its modifier */
		struct tok head = j->toks[k];
		if (met < 0 && head.end - head.start > 4 && !strncasecmp(j->t + head.start, "net ", 4)) {
			head.start += 4;
			met = label_metric(j, ss, se, &head);
		}
		return met;
	}
	return -1;
}

/* What a chart's title names: the table's caption, or a line of one
 * cell the table took in over its header (Operating Margin). */
static struct cell_sense chart_title(const struct job *j, const struct layout_line *lines, const struct table_block *tb,
				     struct cell_sense caption)
{
	for (size_t k = tb->first; caption.met < 0 && (int)k < tb->header; k++)
		if (lines[k].ncells == 1 && lines[k].kind != LAYOUT_UNITS) {
			struct cell_sense t = sense_of(j, lines[k].start, lines[k].end, 0);
			if (t.met >= 0)
				caption = t;
		}
	/* the slide's title above the block, past its units line (Revenue /
	 * In millions) and blank lines */
	for (size_t k = tb->first; caption.met < 0 && k > 0;) {
		k--;
		if (lines[k].kind == LAYOUT_BLANK || lines[k].kind == LAYOUT_UNITS)
			continue;
		if (lines[k].kind == LAYOUT_HEADING || (lines[k].kind == LAYOUT_TABLE && lines[k].ncells == 1)) {
			struct cell_sense t = sense_of(j, lines[k].start, lines[k].end, 0);
			if (t.met >= 0)
				caption = t;
		}
		break;
	}
	return caption;
}

/* Whether the line under the table's header goes on with its cells'
 * words: a line of words alone, none under the header's first cell (the
 * labels' column), as a header too wide for its columns wraps. */
static int header_wraps(const struct job *j, const struct layout_line *lines, const struct table_block *tb, size_t h0s,
			size_t h0e)
{
	if (tb->header < 0 || (size_t)tb->header + 1 > tb->last)
		return 0;
	const struct layout_line *l = &lines[tb->header + 1];
	size_t cs[16], ce[16], os, oe;
	struct table_value v;
	size_t n = l->kind == LAYOUT_TABLE || l->kind == LAYOUT_TEXT || l->kind == LAYOUT_HEADING ?
			   layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs)) :
			   0;
	if (n == 0 || n > ARRAY_SIZE(cs))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (table_parse_value(j->t, cs[i], ce[i], &v) == 0)
			return 0;
	/* set in from the line's start, where a section's label is not */
	size_t raw = l->start;
	while (raw > 0 && j->t[raw - 1] != '\n')
		raw--;
	return raw < l->start && !table_cell_over(j->t, l, &lines[tb->header], h0s, h0e, &os, &oe);
}

/* Whether line l is a table row whose first cell is a figure. */
static int bare_row(const struct job *j, const struct layout_line *l)
{
	size_t cs[16], ce[16];
	struct table_value v;
	return l->kind == LAYOUT_TABLE && layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs)) >= 1 &&
	       table_parse_value(j->t, cs[0], ce[0], &v) == 0;
}

/* The line of one cell right above row r (blank lines between), when it
 * stands between the header and r and under the block's first row of
 * figures: the label of a chart's second series. -1 when there is none. */
static int series_label(const struct layout_line *lines, const struct table_block *tb, size_t r)
{
	size_t k = r;
	while (k > (size_t)tb->header + 1 && lines[k - 1].kind == LAYOUT_BLANK)
		k--;
	if (k <= (size_t)tb->header + 1)
		return -1;
	k--;
	const struct layout_line *l = &lines[k];
	if (l->kind == LAYOUT_UNITS || l->kind == LAYOUT_BLANK || (l->kind == LAYOUT_TABLE && l->ncells != 1))
		return -1;
	for (size_t i = (size_t)tb->header + 1; i < k; i++)
		if (lines[i].kind == LAYOUT_TABLE && lines[i].ncells > 1)
			return (int)k;
	return -1;
}

/* Whether the table's rows under its header hold one row of figures
 * without a label, the others labelled (Year-over-year % change), in their
 * cells or on a line of their own above them. */
static int lone_figure_row(const struct job *j, const struct layout_line *lines, const struct table_block *tb)
{
	int bare = 0;
	for (size_t r = (size_t)tb->header + 1; r <= tb->last; r++)
		if (bare_row(j, &lines[r]) && series_label(lines, tb, r) < 0)
			bare++;
	return bare == 1;
}

/* Reads the tables: a cell is a fact when its row, its column and the
 * table's units all say what it is. Rows of metrics under periods
 * (指标 3Q24 4Q24 ...), or rows of companies under measures with a column
 * for each row's period (公司 财季 营收 同比 ...). */
/* Reads one table block's cells as facts (each left out is said). */
/* Says why each figure of a table block's rows is left out, when the
 * block as a whole cannot be read. */
static void leave_table(struct job *j, const struct layout_line *lines, const struct table_block *tb, const char *why)
{
	for (size_t r = tb->first; r <= tb->last; r++) {
		const struct layout_line *l = &lines[r];
		if (l->kind != LAYOUT_TABLE || (int)r == tb->header)
			continue;
		size_t cs[16], ce[16];
		size_t nc = layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
		for (size_t i = 1; i < nc && i < ARRAY_SIZE(cs); i++) {
			struct table_value v;
			if (table_parse_value(j->t, cs[i], ce[i], &v) == 0)
				table_candidate(j, l->start, l->end, cs[i], ce[i], why);
		}
	}
}

/* The token of the word for revenue that heads a table: in its caption
 * when that names revenue, else in the label of a row that names it
 * alone; SIZE_MAX - 1 when neither does. */
static size_t revenue_word(const struct job *j, const struct layout_line *lines, const struct table_block *tb,
			   struct cell_sense caption)
{
	int revenue = lexicon_find_metric(j->fx->lx, "revenue");
	if (revenue < 0)
		return SIZE_MAX - 1;
	size_t spans[2][2] = { { 1, 0 }, { 1, 0 } };
	if (tb->caption >= 0 && caption.met == revenue && caption.ent == -1) {
		spans[0][0] = lines[tb->caption].start;
		spans[0][1] = lines[tb->caption].end;
	}
	for (size_t r = (size_t)tb->header + 1; r <= tb->last && spans[1][0] > spans[1][1]; r++) {
		size_t cs[2], ce[2];
		if (lines[r].kind != LAYOUT_TABLE || layout_cells(j->t, lines[r].start, lines[r].end, cs, ce, 2) < 2)
			continue;
		struct cell_sense row = sense_of(j, cs[0], ce[0], 1);
		if (row.met == revenue && row.ent == -1 && !row.kind) {
			spans[1][0] = cs[0];
			spans[1][1] = ce[0];
		}
	}
	for (size_t i = 0; i < 2; i++)
		for (size_t k = spans[i][0] <= spans[i][1] ? first_tok_at(j, spans[i][0]) : j->ntoks;
		     k < j->ntoks && j->toks[k].start < spans[i][1]; k++)
			if (j->toks[k].type == T_METRIC && j->lm[j->toks[k].idx].index == revenue)
				return k;
	return SIZE_MAX - 1;
}

/* The dollar a figure of t[s..e) is written in ($ 28,317, HK$(1,204)):
 * "USD", "HKD", or NULL when no $ stands before a figure. */
static const char *dollar_figure(const char *t, size_t s, size_t e)
{
	for (const char *d = memchr(t + s, '$', e - s); d; d = memchr(d + 1, '$', (size_t)(t + e - d - 1))) {
		const char *f = d + 1;
		while (f < t + e && (*f == ' ' || *f == '('))
			f++;
		if (f < t + e && isdigit((unsigned char)*f))
			return d - t >= (ptrdiff_t)s + 2 && !memcmp(d - 2, "HK", 2) ? "HKD" : "USD";
	}
	return NULL;
}

/* Whether header cell t[s..e) heads a forecast (下季营收指引, 指引中值同比,
 * "Guide", "Outlook"), not figures of the period beside it. */
static int forecast_header(const char *t, size_t s, size_t e)
{
	return layout_names_outlook(t, s, e) || text_has(t, s, e, "预期") || span_contains(t, s, e, "guid", 1);
}

/* Whether t[s..e) says the scale amounts are given in ("in millions"). */
static int says_in_scale(const char *t, size_t s, size_t e)
{
	return span_contains(t, s, e, "in millions", 1) || span_contains(t, s, e, "in billions", 1) ||
	       span_contains(t, s, e, "in thousands", 1) || span_contains(t, s, e, "($m,", 1) ||
	       span_contains(t, s, e, "($m)", 1) || span_contains(t, s, e, "($mn", 1) || span_contains(t, s, e, "($bn", 1);
}

/* The units a cell t[s..e) gives in its brackets ("Revenue ($bn)",
 * "营收(亿美元)"): sets *scale, and *cur when it names a currency; leaves
 * both as they are when it gives none. */
static void cell_units(const struct job *j, size_t s, size_t e, double *scale, const char **cur)
{
	const char *open = memchr(j->t + s, '(', e - s);
	double found = 0;
	const char *c = NULL;
	if (open)
		table_units(j->t, (size_t)(open - j->t), e, &found, &c);
	if (found > 0) {
		*scale = found;
		*cur = c ? c : *cur;
	}
}

/* The display column t[pos] stands at on its line. */
static size_t column_at(const char *t, size_t pos)
{
	size_t bol = pos;
	while (bol > 0 && t[bol - 1] != '\n')
		bol--;
	return layout_columns(t, bol, pos);
}

/* Whether line l names a segment of a company (DATA CENTER SEGMENT, 云业务). */
static int names_segment(const char *t, const struct layout_line *l)
{
	static const char *const parts[] = { "segment", "business", "division", "分部", "业务", "板块" };
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++)
		if (span_contains(t, l->start, l->end, parts[i], 1))
			return 1;
	return 0;
}

/* A box of key figures: no header, each row a label, its figure and its
 * change said with its kind ("Revenue   $1.36B   +134%   Y/Y" under "Q3
 * 2025 AT A GLANCE"). Reads it when the first row already holds a
 * figure; returns 0 when the table is no such box. */
static int key_figures(struct job *j, const struct layout_line *lines, const struct frame_line *frames,
		       const struct table_block *tb)
{
	size_t cs[8], ce[8];
	struct table_value v;
	const struct layout_line *h = &lines[tb->header];
	size_t nc = layout_cells(j->t, h->start, h->end, cs, ce, ARRAY_SIZE(cs));
	if (nc < 2 || nc > ARRAY_SIZE(cs) || table_parse_value(j->t, cs[0], ce[0], &v) == 0 ||
	    table_parse_value(j->t, cs[1], ce[1], &v) < 0 || !(v.dollar || v.scale > 0 || v.percent) ||
	    table_year_cell(j->t, cs[1], ce[1]))
		return 0;
	/* (its first cell a label naming a metric, as every row's is) */
	int named = 0;
	for (size_t k = first_tok_at(j, cs[0]); k < j->ntoks && j->toks[k].start < ce[0] && !named; k++)
		named = j->toks[k].type == T_METRIC;
	if (!named)
		return 0;
	/* (a box under a segment's heading is the segment's: DATA CENTER
	 * SEGMENT over "Revenue  $4.34B", over the box or between its rows) */
	int h0 = lines[tb->header].heading, in_part = h0 >= 0 && names_segment(j->t, &lines[h0]);
	for (int a = tb->header - 1; a >= 0 && !in_part; a--)
		if (lines[a].kind != LAYOUT_BLANK) {
			in_part = names_segment(j->t, &lines[a]);
			break;
		}
	for (size_t r = (size_t)tb->header; r <= tb->last; r++) {
		const struct layout_line *l = &lines[r];
		if (l->kind != LAYOUT_TABLE || l->ncells < 2) {
			if (l->kind != LAYOUT_BLANK)
				in_part = names_segment(j->t, l);
			continue;
		}
		if (in_part) {
			nc = layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
			for (size_t i = 1; i < nc && i < ARRAY_SIZE(cs); i++)
				if (table_parse_value(j->t, cs[i], ce[i], &v) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i], "a box of figures under a part's heading");
			continue;
		}
		nc = layout_cells(j->t, l->start, l->end, cs, ce, ARRAY_SIZE(cs));
		if (nc < 2 || nc > ARRAY_SIZE(cs))
			continue;
		/* the label's head: its last metric (Revenue backlog), its part
		 * if it names one */
		int met = -1, ent = -1;
		for (size_t k = first_tok_at(j, cs[0]); k < j->ntoks && j->toks[k].start < ce[0]; k++)
			if (j->toks[k].type == T_METRIC)
				met = j->lm[j->toks[k].idx].index;
			else if (j->toks[k].type == T_ENTITY)
				ent = j->lm[j->toks[k].idx].index;
		if (ent < 0)
			ent = frames[r].entity;
		int fp = frames[r].period;
		/* (two levels in a row, "69.0%  69.4%": of periods no column says) */
		int levels = 0;
		for (size_t i = 1; i < nc; i++)
			levels += table_parse_value(j->t, cs[i], ce[i], &v) == 0 && !change_column(j->t, cs[i], ce[i]) &&
				  !(i + 1 < nc && change_column(j->t, cs[i + 1], ce[i + 1]));
		if (levels > 1) {
			for (size_t i = 1; i < nc; i++)
				if (table_parse_value(j->t, cs[i], ce[i], &v) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"several figures in a row of a box, of periods no column says");
			continue;
		}
		for (size_t i = 1; i < nc; i++) {
			/* "+134% Y/Y": the kind said in the figure's own cell */
			size_t fe = ce[i];
			unsigned kind = 0;
			if (table_parse_value(j->t, cs[i], fe, &v) < 0) {
				const char *sp = NULL;
				for (size_t p = cs[i]; p < ce[i]; p++)
					if (j->t[p] == ' ')
						sp = j->t + p;
				if (!sp || !(kind = change_column(j->t, (size_t)(sp - j->t) + 1, ce[i])) ||
				    table_parse_value(j->t, cs[i], (size_t)(sp - j->t), &v) < 0)
					continue;
				fe = (size_t)(sp - j->t);
			}
			const char *why = NULL;
			if ((v.percent || v.points) && !kind) {
				/* +134%  Y/Y: the change's kind in the cell after it */
				kind = change_column(j->t, cs[i], fe);
				if (!kind && i + 1 < nc)
					kind = change_column(j->t, cs[i + 1], ce[i + 1]);
				if (!kind && (met < 0 || lexicon_metric_at(j->fx->lx, (size_t)met)->unit_kind != UNIT_PERCENT))
					why = "a change whose kind no word beside it says";
			}
			if (!why && met < 0)
				why = "its row names no metric or company we track";
			if (!why && fp < 0)
				why = "no period frames the box";
			if (!why)
				why = table_fact(j, l->start, l->end, cs[i], fe, ent, met, &j->ps[fp].expr, 0, kind, &v, 0, NULL,
						 0);
			if (why)
				table_candidate(j, l->start, l->end, cs[i], fe, why);
		}
	}
	return 1;
}

/* The headers of a flattened table's change columns, longest first. */
static const struct {
	const char *w;
	unsigned cue;
} flat_changes[] = {
	{ "Year-Over-Year Change", CUE_YOY }, { "Year-over-Year Change", CUE_YOY }, { "Quarter-Over-Quarter Change", CUE_QOQ },
	{ "Quarter-over-Quarter Change", CUE_QOQ }, { "YoY Change", CUE_YOY }, { "Y/Y Change", CUE_YOY },
	{ "QoQ Change", CUE_QOQ }, { "Q/Q Change", CUE_QOQ }, { "Sequential Change", CUE_QOQ }, { "% Change", CUE_YOY },
	{ "Change", CUE_YOY }, { "YoY", CUE_YOY }, { "Y/Y", CUE_YOY }, { "QoQ", CUE_QOQ }, { "Q/Q", CUE_QOQ },
};

#define FLAT_COLS 6

/* The words a flattened table's change cell may open on ("$5,887 Down
 * 9%"), and the sign each gives the change. */
static const struct {
	const char *w;
	int sign;
} flat_directions[] = { { "Up", 1 }, { "up", 1 }, { "Down", -1 }, { "down", -1 } };

/* The sign of the direction word that ends t[s..e) after spaces ("Down "),
 * 0 when none does. */
static int flat_direction(const char *t, size_t s, size_t e)
{
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '('))
		e--;
	for (size_t w = 0; w < ARRAY_SIZE(flat_directions); w++) {
		size_t n = strlen(flat_directions[w].w);
		if (e - s >= n && !strncmp(t + e - n, flat_directions[w].w, n) &&
		    (e - s == n || t[e - n - 1] == ' ' || t[e - n - 1] == ')'))
			return flat_directions[w].sign;
	}
	return 0;
}

/* The quantity tokens of a flattened table's row: `n` figures from token
 * k on, with nothing but spaces, brackets and a direction word (Up 29%)
 * between them, their token indices put in col[]. Returns the token after
 * the last, or 0 when the run is shorter. */
static size_t flat_row(const struct job *j, size_t k, size_t end, size_t n, size_t *col)
{
	for (size_t c = 0; c < n; c++, k++) {
		/* (a direction word the lexer took for a cue) */
		if (c && k < end && j->toks[k].type == T_CUE &&
		    flat_direction(j->t, j->toks[k].start, j->toks[k].end) && only_spaces(j->t, j->toks[k - 1].end, j->toks[k].start))
			k++;
		if (k >= end || j->toks[k].type != T_QTY)
			return 0;
		if (c) {
			size_t p = j->toks[col[c - 1]].end, e = j->toks[k].start;
			/* (up to the direction word, if one opens the cell) */
			if (flat_direction(j->t, p, e)) {
				while (e > p && (j->t[e - 1] == ' ' || j->t[e - 1] == '('))
					e--;
				while (e > p && isalpha((unsigned char)j->t[e - 1]))
					e--;
			}
			/* ("(3)% 16%": a negative rate's sign after its bracket) */
			for (; p < e; p++)
				if (j->t[p] != ' ' && j->t[p] != '(' && j->t[p] != ')' && !(j->t[p] == '%' && p > 0 && j->t[p - 1] == ')'))
					return 0;
		}
		col[c] = k;
	}
	return k;
}

/* Whether a row label t[s..e) says only which earnings per share its
 * figures are: 1 diluted ("- diluted", "-摊薄"), 2 basic, 0 neither. */
static int share_kind_label(const char *t, size_t s, size_t e)
{
	static const char *const diluted[] = { "diluted", "摊薄", "攤薄", "稀释", "稀釋" };
	static const char *const basic[] = { "basic", "基本" };
	char w[32];
	size_t n = 0;
	for (size_t i = s; i < e && n + 1 < sizeof(w); i++)
		if (t[i] != ' ' && t[i] != '-' && t[i] != '*' && t[i] != ':')
			w[n++] = t[i];
	w[n] = '\0';
	for (size_t i = 0; i < ARRAY_SIZE(diluted); i++)
		if (!strcasecmp(w, diluted[i]))
			return 1;
	for (size_t i = 0; i < ARRAY_SIZE(basic); i++)
		if (!strcasecmp(w, basic[i]))
			return 2;
	return 0;
}

/* A table a web page flattened into one line of text ("Metric Fiscal Q4
 * 2025 Fiscal Q4 2026 Year-Over-Year Change Revenue $39.33 billion $68.13
 * billion 73% GAAP operating income $24.03 billion $44.30 billion 84%
 * ..."): a header of periods and change columns, then rows of a label and
 * one figure a column. Reads the line t[ls..le) as one, when it is one
 * of at least two rows, into facts; returns where its last row ends, or 0
 * when the line is no such table. `ent` is the company its frame names. */
static size_t read_flat_table(struct job *j, size_t ls, size_t le, int ent)
{
	const struct lexicon *lx = j->fx->lx;
	size_t a = first_tok_at(j, ls), b = a;
	while (b < j->ntoks && j->toks[b].start < le)
		b++;
	/* the header: a word or two, then periods one after another */
	struct period_expr per[FLAT_COLS];
	unsigned kind[FLAT_COLS];
	size_t ncol = 0, k = a, hend = ls;
	/* (most lines have no period near their start: stop there) */
	while (k < b && j->toks[k].type != T_PERIOD && j->toks[k].start - ls <= 24)
		k++;
	if (k == b || j->toks[k].type != T_PERIOD || j->toks[k].start - ls > 24)
		return 0;
	for (size_t p = ls; p < j->toks[k].start; p++)
		if (isdigit((unsigned char)j->t[p]))
			return 0;
	for (; k < b && j->toks[k].type == T_PERIOD && ncol < FLAT_COLS; k++) {
		if (ncol && !only_spaces(j->t, hend, j->toks[k].start))
			break;
		per[ncol] = j->ps[j->toks[k].idx].expr;
		kind[ncol++] = 0;
		hend = j->toks[k].end;
	}
	size_t nper = ncol;
	/* ("Platform Fiscal Q4 2026 Revenue Year-Over-Year Change ...": one
	 * period's column of a metric, its rows the parts it is of) */
	size_t header_met = SIZE_MAX;
	if (k < b && j->toks[k].type == T_METRIC && only_spaces(j->t, hend, j->toks[k].start)) {
		header_met = k;
		hend = j->toks[k++].end;
	}
	if (nper < 1 || (nper < 2 && header_met == SIZE_MAX))
		return 0;
	/* then the change columns, by their headers */
	for (int more = 1; more && ncol < FLAT_COLS;) {
		more = 0;
		size_t p = hend;
		while (p < le && j->t[p] == ' ')
			p++;
		for (size_t w = 0; w < ARRAY_SIZE(flat_changes) && !more; w++) {
			size_t n = strlen(flat_changes[w].w);
			if (p + n < le && !strncmp(j->t + p, flat_changes[w].w, n) && j->t[p + n] == ' ') {
				kind[ncol++] = flat_changes[w].cue;
				hend = p + n;
				more = 1;
			}
		}
	}
	if (ncol < 2)
		return 0;
	while (k < b && j->toks[k].start < hend)
		k++;
	/* the latest of the period columns is the one the changes are of */
	const struct lexicon_entity *ee = ent >= 0 ? lexicon_entity_at(lx, (size_t)ent) : NULL;
	int latest = -1;
	struct period pp[FLAT_COLS];
	for (size_t c = 0; c < nper && ee; c++) {
		if (period_resolve(&per[c], &ee->calendar, NULL, j->ref, 0, &pp[c]) < 0)
			return 0;
		if (latest < 0 || date_cmp(pp[c].end, pp[latest].end) > 0)
			latest = (int)c;
	}
	/* the rows: at least two, each a label and a figure a column */
	size_t rows[64][2], cols[64][FLAT_COLS];
	size_t nrows = 0, pos = hend;
	while (k < b && nrows < 64) {
		size_t q = k;
		while (q < b && j->toks[q].type != T_QTY)
			q++;
		size_t next = q < b ? flat_row(j, q, b, ncol, cols[nrows]) : 0;
		if (!next || j->toks[q].start - pos > 60)
			break;
		int letters = 0;
		for (size_t p = pos; p < j->toks[q].start; p++)
			letters |= isalpha((unsigned char)j->t[p]) || (unsigned char)j->t[p] >= 0xE0;
		if (!letters)
			break;
		rows[nrows][0] = pos;
		rows[nrows][1] = q;
		nrows++;
		pos = j->toks[next - 1].end;
		k = next;
	}
	if (nrows < 2)
		return 0;
	for (size_t r = 0; r < nrows; r++) {
		size_t q = rows[r][1];
		/* (the label: from the row before, past spaces and a bracket) */
		size_t label_s = rows[r][0];
		while (label_s < j->toks[q].start && (j->t[label_s] == ' ' || j->t[label_s] == ')'))
			label_s++;
		size_t label_e = j->toks[q].start;
		while (label_e > label_s && j->t[label_e - 1] == ' ')
			label_e--;
		size_t row_e = j->toks[cols[r][ncol - 1]].end;
		if (row_e < le && j->t[row_e] == ')')
			row_e++;
		struct cell_sense row = sense_of(j, label_s, label_e, 1);
		int row_ent = row.ent >= 0 ? row.ent : row.ent == -1 ? ent : -1;
		/* (Data center under Revenue: data center revenue; a part the
		 * lexicon has no metric of, Gaming, is left out) */
		if (header_met != SIZE_MAX) {
			int part_met = label_metric(j, label_s, label_e, &j->toks[header_met]);
			row.met = part_met >= 0 ? part_met : row.ent >= 0 ? j->lm[j->toks[header_met].idx].index : -1;
		}
		int adjusted = says_adjusted(j->t, label_s, label_e);
		/* "Revenue ($M) $5,353": the row's units in its label */
		double scale;
		const char *cur;
		table_units(j->t, label_s, label_e, &scale, &cur);
		for (size_t c = 0; c < ncol; c++) {
			const struct tok *ct = &j->toks[cols[r][c]];
			size_t cs = ct->start, ce = ct->end;
			if (cs > label_s && j->t[cs - 1] == '(' && ce < le && j->t[ce] == ')')
				cs--, ce++;
			if (j->t[ce - 1] == ')' && ce < le && j->t[ce] == '%')
				ce++;
			struct table_value v;
			const char *why = NULL;
			int sign = c ? flat_direction(j->t, j->toks[cols[r][c - 1]].end, cs) : 0;
			if (table_parse_value(j->t, cs, ce, &v) < 0)
				why = "no figure a table reads";
			else if (sign && !kind[c])
				why = "a direction word before a figure of no change column";
			else if (sign && v.value < 0)
				why = "a change said down and negative both";
			else if (kind[c] && latest < 0)
				why = "no period for its change";
			else if (row_ent < 0)
				why = "no company for its row";
			else {
				const struct period_expr *x = kind[c] ? &per[latest] : &per[c];
				struct period rp;
				int est = period_resolve(x, &lexicon_entity_at(lx, (size_t)row_ent)->calendar, NULL, j->ref, 0,
							 &rp) == 0 &&
					  j->ref.y && date_cmp(rp.end, j->ref) > 0;
				if (sign < 0) {
					v.value = -v.value;
					v.low = -v.low;
					v.high = -v.high;
				}
				why = table_fact(j, label_s, row_e, cs, ce, row_ent, row.met, x, est, kind[c], &v,
						 v.percent || v.points ? 0 : scale, cur, adjusted);
			}
			if (why)
				table_candidate(j, label_s, row_e, cs, ce, why);
		}
	}
	return j->toks[cols[nrows - 1][ncol - 1]].end;
}

static void read_table(struct job *j, const struct layout_line *lines, const struct frame_line *frames,
		       const struct table_block *tb)
{
	if (tb->header >= 0 && lines[tb->header].boilerplate)
		return;
	if (tb->header >= 0 && key_figures(j, lines, frames, tb))
		return;
	if (tb->header < 0) {
		leave_table(j, lines, tb, "no header row says what its columns are");
		return;
	}
	double scale = 0;
	const char *cur = NULL;
	/*                RMB        RMB        US$: a row of each column's
	 * currency; the scale is on the units line beside it */
	int cur_row = -1, units = tb->units;
	for (int k = tb->units; k >= 0 && k <= (int)tb->last; k++)
		if (lines[k].kind == LAYOUT_UNITS && layout_currency_row(j->t, lines[k].start, lines[k].end)) {
			if (cur_row < 0)
				cur_row = k;
			if (units == k)
				units = -1;
		} else if (lines[k].kind == LAYOUT_UNITS && units < 0) {
			units = k;
		}
	const char *cur_most = cur_row >= 0 ? main_currency(j->t, lines[cur_row].start, lines[cur_row].end) : NULL;
	if (units >= 0)
		table_units(j->t, lines[units].start, lines[units].end, &scale, &cur);
	else if (text_has(j->t, lines[tb->header].start, lines[tb->header].end, "单位") ||
		 says_in_scale(j->t, lines[tb->header].start, lines[tb->header].end))
		/* 单位：百万元   2024A   2025E, "(In millions except per ADS,
		 * Q3 2024  Q2 2025": the units in the header's stub */
		table_units(j->t, lines[tb->header].start, lines[tb->header].end, &scale, &cur);
	else if (tb->caption >= 0) /* Figure 1: Capex, calendarized ($bn) */
		table_units(j->t, lines[tb->caption].start, lines[tb->caption].end, &scale, &cur);
	/* RMB'million   US$'million: the scale in each column's currency */
	if (scale <= 0 && cur_row >= 0) {
		const char *ignored;
		table_units(j->t, lines[cur_row].start, lines[cur_row].end, &scale, &ignored);
	}
	/* "The following table summarizes our results ... (in millions,
	 * except per share amounts)." right over the table */
	if (scale <= 0 && units < 0)
		for (int k = (int)tb->first - 1, seen = 0; k >= 0 && seen < 3; k--) {
			if (lines[k].kind == LAYOUT_BLANK)
				continue;
			seen++;
			/* (or a units line over a row of currencies that the
			 * table took in as its units) */
			if ((lines[k].kind == LAYOUT_TEXT || lines[k].kind == LAYOUT_UNITS) &&
			    says_in_scale(j->t, lines[k].start, lines[k].end)) {
				table_units(j->t, lines[k].start, lines[k].end, &scale, &cur);
				break;
			}
		}
	/* (In millions) over rows some of which write $ before a figure:
	 * dollars (a column's US$'million says only that column's) */
	for (size_t r = tb->first; !cur && r <= tb->last; r++)
		if (lines[r].kind == LAYOUT_TABLE)
			cur = dollar_figure(j->t, lines[r].start, lines[r].end);
	struct cell_sense caption = { -1, -1, 0, 0 };
	if (tb->caption >= 0) {
		caption = sense_of(j, lines[tb->caption].start, lines[tb->caption].end, 0);
		/* "Figure 1: Cloud segment growth, y/y": growth said of no
		 * measure is revenue's, as in a sentence */
		if (caption.met < 0 && caption.kind && says_growth(j, lines[tb->caption].start, lines[tb->caption].end)) {
			caption.met = lexicon_find_metric(j->fx->lx, "revenue");
			caption.percent = 1;
		}
	}
	/*                        Baidu Core
	 *               Q3 2024    Q2 2025    Q3 2025: a title of one cell
	 * over the header names whose figures the table holds */
	if (caption.met < 0 && caption.ent == -1 && tb->above >= 0 && tb->above == tb->above_first) {
		size_t ts[2], te[2];
		if (layout_cells(j->t, lines[tb->above].start, lines[tb->above].end, ts, te, ARRAY_SIZE(ts)) == 1) {
			struct cell_sense title = sense_of(j, ts[0], te[0], 0);
			if (title.met < 0)
				caption.ent = title.ent;
		}
	}
	/* "AMD Q2 2019 Computing and Graphics" over the table (as its caption,
	 * or as the line of period words over its header): the figures of a
	 * part we do not track are no one's */
	for (int k = 0; k < 2; k++) {
		int cl = k ? (tb->above == tb->above_first ? tb->above : -1) : tb->caption;
		if (cl >= 0 && caption.ent != -2 && caption_names_part(j, lines[cl].start, lines[cl].end))
			caption.ent = -2;
	}
	/* "Figure 1: Capex incl. finance leases, calendarized ($bn)": a units
	 * line that is also the caption names the measure */
	if (caption.met < 0 && caption.ent == -1 && units >= 0)
		caption = sense_of(j, lines[units].start, lines[units].end, 0);
	/* "The following table sets forth our revenue by segment:" — the
	 * sentence that leads a table in names its measure */
	for (int k = (int)(tb->above_first >= 0 ? (size_t)tb->above_first : tb->first) - 1, seen = 0;
	     caption.met < 0 && caption.ent == -1 && k >= 0 && seen < 2; k--) {
		if (lines[k].kind == LAYOUT_BLANK)
			continue;
		seen++;
		size_t le = lines[k].end, ls = lines[k].start;
		if (lines[k].kind == LAYOUT_TEXT && le > ls &&
		    (j->t[le - 1] == ':' || (le - ls >= 3 && !memcmp(j->t + le - 3, "：", 3)))) {
			struct cell_sense lead_in = sense_of(j, lines[k].start, lines[k].end, 0);
			if (lead_in.met >= 0 && lead_in.ent == -1)
				caption = lead_in;
		}
		break;
	}
	/* "Subscription and support revenues by service offering (in
	 * millions):", 分业务收入: the rows are the measure's parts, whatever
	 * their names ("Sales" is Sales Cloud) */
	int rows_are_parts = 0, parts_met = -1;
	{
		int cand[4] = { tb->caption, units, -1, -1 }, nc = 2;
		/* (a sentence above is the table's only when it leads it in) */
		for (int k = (int)(tb->above_first >= 0 ? (size_t)tb->above_first : tb->first) - 1; k >= 0 && nc < 3; k--)
			if (lines[k].kind != LAYOUT_BLANK) {
				if (lines[k].end > lines[k].start && j->t[lines[k].end - 1] == ':')
					cand[nc++] = k;
				break;
			}
		for (int i = 0; i < nc && !rows_are_parts; i++) {
			if (cand[i] < 0)
				continue;
			size_t ls = lines[cand[i]].start, le = lines[cand[i]].end;
			struct cell_sense cs0 = sense_of(j, ls, le, 0);
			rows_are_parts = cs0.met >= 0 && cs0.ent == -1 &&
					 (span_contains(j->t, ls, le, " by ", 1) || span_contains(j->t, ls, le, "分业务", 0) ||
					  span_contains(j->t, ls, le, "按业务", 0) || span_contains(j->t, ls, le, "分产品", 0) ||
					  span_contains(j->t, ls, le, "分地区", 0));
			parts_met = cs0.met;
		}
	}
	size_t hs[16], he[16];
	int hc[16];
	size_t nh = table_row_cells(j->t, lines, tb->header, (size_t)tb->header, hs, he, hc, ARRAY_SIZE(hs));
	if (nh == 0 || nh > ARRAY_SIZE(hs)) {
		leave_table(j, lines, tb, "its header row has no columns we can read");
		return;
	}
	/* ($ in billions)   Q3 FY26   Q3 FY25: the units over the labels */
	/* Estimates ($mn): the units in brackets in the label cell */
	const char *open0 = he[0] > hs[0] + 2 ? memchr(j->t + hs[0], '(', he[0] - hs[0]) : NULL;
	/* "In millions, except per share   2025   2024": the units as the
	 * label cell */
	if (scale <= 0 && units < 0 && !open0 && says_in_scale(j->t, hs[0], he[0])) {
		const char *c0;
		table_units(j->t, hs[0], he[0], &scale, &c0);
		cur = c0 ? c0 : cur;
	}
	if (scale <= 0 && units < 0 && open0 && j->t[he[0] - 1] == ')') {
		double s0;
		const char *c0;
		table_units(j->t, (size_t)(open0 - j->t), he[0], &s0, &c0);
		if (s0 > 0) {
			scale = s0;
			cur = c0 ? c0 : cur;
		}
	}
	/* "Q4 FY25   Q4 FY24" over "(Dollars in millions, except EPS)   (Nov
	 * 2, 2025)": the units in the first cell of the line under the header */
	if (scale <= 0 && units < 0 && (size_t)tb->header < tb->last) {
		size_t us[2], ue[2];
		const struct layout_line *u = &lines[tb->header + 1];
		if (layout_cells(j->t, u->start, u->end, us, ue, ARRAY_SIZE(us)) >= 2 && says_in_scale(j->t, us[0], ue[0]))
			cell_units(j, us[0], ue[0], &scale, &cur);
	}
	/* (Millions)   September 27,   June 28, over the years: the units in
	 * the first cell of a header line over the header */
	for (int a = tb->header - 1; scale <= 0 && units < 0 && a >= 0 && a >= tb->header - 2; a--) {
		size_t as0[4], ae0[4];
		/* (the brackets may close a line lower: "($ in millions,
		 * except" over " earnings per share)   2025   2024") */
		if (lines[a].kind == LAYOUT_BLANK ||
		    layout_cells(j->t, lines[a].start, lines[a].end, as0, ae0, ARRAY_SIZE(as0)) < 2 ||
		    j->t[as0[0]] != '(' ||
		    (j->t[ae0[0] - 1] != ')' && !(a == tb->header - 1 && he[0] > hs[0] && j->t[he[0] - 1] == ')')))
			continue;
		cell_units(j, as0[0], ae0[0], &scale, &cur);
	}
	struct period_expr hx[16];
	int hper[16], hest[16], hadj[16], hwhich[16] = { 0 }, periods = 0, measures = 0, per_col = -1;
	int hframed[16] = { 0 }; /* a column of whose figures, of the period the table is framed by */
	int hstacked[16] = { 0 }, huntied[16] = { 0 }; /* its period from the words over it; or a year those
							  * words could not be tied to */
	struct cell_sense hsense[16];
	unsigned hkind[16];
	size_t as = 0, ae = 0;
	if (tb->above >= 0) {
		as = lines[tb->above_first].start;
		ae = lines[tb->above].end;
	} else if (nh > 1) {
		/* Three Months Ended September 30,   2025   2024; or a cell of
		 * its own after the units: (In millions)   Three Months Ended
		 * September 30,   2025   2024 */
		as = hs[0];
		ae = he[0];
		for (size_t c = 1; c < nh && !table_year_cell(j->t, hs[c], he[c]); c++)
			if (part_of_year_words(j->t, hs[c], he[c])) {
				as = hs[c];
				ae = he[c];
			}
	}
	/* 本报告期比上年 / 同期增减(%): a header cell wrapped onto the line
	 * under it says its kind there, in the cell under it */
	unsigned wrapped_kind[16] = { 0 };
	int wrapped_pct[16] = { 0 };
	int header_wrapped = header_wraps(j, lines, tb, hs[0], he[0]);
	if (header_wrapped) {
		const struct layout_line *w = &lines[tb->header + 1];
		size_t ws[16], we[16], os, oe;
		size_t nw = layout_cells(j->t, w->start, w->end, ws, we, ARRAY_SIZE(ws));
		for (size_t i = 0; i < nw && i < ARRAY_SIZE(ws); i++)
			if (table_cell_over(j->t, &lines[tb->header], w, ws[i], we[i], &os, &oe))
				for (size_t c = 0; c < nh; c++)
					if (hs[c] == os) {
						wrapped_kind[c] = change_column(j->t, ws[i], we[i]);
						wrapped_pct[c] = memchr(j->t + ws[i], '%', we[i] - ws[i]) != NULL;
					}
		/* (words that say no change are not taken for the header's) */
		header_wrapped = 0;
		for (size_t c = 0; c < nh; c++)
			header_wrapped |= wrapped_kind[c] != 0;
	}
	for (size_t c = 0; c < nh; c++) {
		/* 3Q25A 4Q25E prior: a previous estimate is superseded */
		int superseded = superseded_column(j->t, hs[c], he[c]), beside = 0;
		hper[c] = !superseded && column_period(j, hs[c], he[c], as, ae, &hx[c], &hest[c], &beside) == 0;
		/* Three Months Ended    Twelve Months Ended
		 * September 27,  September 28,  September 27,  September 28,
		 *      2025           2024           2025           2024
		 * — a year under the cells that stand over it, line above line */
		int stacked = 0;
		if ((!hper[c] || hx[c].type == PERIOD_YEAR) && !superseded &&
		    (table_year_cell(j->t, hs[c], he[c]) || year_or_day_cell(j->t, hs[c], he[c]) ||
		     cjk_month_day_cell(j->t, hs[c], he[c])) &&
		    stacked_period(j, lines, tb, hs[c], he[c], &hx[c]) == 0) {
			hper[c] = 1;
			hest[c] = 0;
			stacked = 1;
		}
		/*                FY26E (May-26)     FY27E (May-27)
		 * ($bn)          Old       New      Old       New: the revised
		 * estimate of the period over it (the old one is superseded) */
		/* (and New  Old  Cons. under it: the Street's estimate of
		 * that period too) */
		int whose = superseded ? -1 : basis_word(j->t, hs[c], he[c]);
		if (!hper[c] && !superseded && tb->above >= 0 &&
		    (table_revision_word(j->t, hs[c], he[c]) == 2 || whose > BASIS_ACTUAL)) {
			size_t os, oe;
			int est = 0, bes = 0;
			for (int a = tb->above; a >= tb->above_first && !hper[c]; a--)
				if (table_cell_over(j->t, &lines[a], &lines[tb->header], hs[c], he[c], &os, &oe) &&
				    column_period(j, os, bracket_cut(j->t, os, oe), 0, 0, &hx[c], &est, &bes) == 0) {
					hper[c] = 1;
					hest[c] = whose > BASIS_ACTUAL ? whose : est > 0 ? est : BASIS_ESTIMATE;
					stacked = 1;
				}
		}
		/* 2025 under words of quarters or months we could not tie to its
		 * column ((In millions)   Three Months Ended September 30,) is
		 * not the year 2025 */
		hstacked[c] = stacked;
		if (hper[c] && !stacked && hx[c].type == PERIOD_YEAR && table_year_cell(j->t, hs[c], he[c]) &&
		    (part_of_year_words(j->t, as, ae) || part_of_year_over(j, lines, tb) ||
		     (tb->units >= 0 && part_of_year_words(j->t, lines[tb->units].start, lines[tb->units].end)) ||
		     (tb->caption >= 0 && part_of_year_words(j->t, lines[tb->caption].start, lines[tb->caption].end)))) {
			/* (unless the rows over the header say "Three Months
			 * Ended" and no day, in a release of one quarter: that
			 * quarter of the year, "Three Months Ended | % Change"
			 * over "In millions | 2023 | 2022") */
			char yb[8];
			snprintf(yb, sizeof(yb), "%.*s", (int)(he[c] - hs[c]), j->t + hs[c]);
			size_t os = lines[tb->first].start, oe = lines[tb->header].start;
			if (!(tb->header > (int)tb->first && says_quarter_only(j->t, os, oe) == 1 && doc_quarter_of(j, yb, &hx[c]) == 0))
				hper[c] = 0, huntied[c] = 1;
		}
		/* Three Months Ended over the first of two groups of years
		 * (2025 2024 % 2025 2024 %): a year the words do not stand over
		 * is not theirs when the header says it twice */
		if (hper[c] && !stacked && tb->above >= 0 && table_year_cell(j->t, hs[c], he[c]) &&
		    year_said_twice(j->t, hs, he, nh, c)) {
			size_t os, oe;
			int under = 0;
			for (int a = tb->above_first; a <= tb->above && !under; a++)
				under = table_cell_over(j->t, &lines[a], &lines[tb->header], hs[c], he[c], &os, &oe);
			if (!under)
				hper[c] = 0;
		}
		/* 2025  2024  2023 in a text that counts its company's years */
		if (hper[c] && !stacked && j->fiscal_years && hx[c].type == PERIOD_YEAR && hx[c].rel == PREL_NONE &&
		    !hx[c].fiscal && !hx[c].calendar && !hx[c].month_named)
			hx[c].fiscal = 1;
		hsense[c] = sense_of(j, hs[c], he[c], 0);
		hadj[c] = says_adjusted(j->t, hs[c], he[c]);
		hkind[c] = superseded ? 0 : change_column(j->t, hs[c], he[c]);
		/* 指引中值同比, "Guide y/y": the change of a forecast's column, not
		 * of the row's period (which column, the header does not tie) */
		if (hkind[c] && forecast_header(j->t, hs[c], he[c]))
			hkind[c] = 0;
		if (!hkind[c] && !superseded && wrapped_kind[c]) {
			hkind[c] = wrapped_kind[c];
			if (wrapped_pct[c])
				hsense[c].percent = 1;
		}
		/* 2025E PE, 2025年(备考): beside the period, words that are
		 * neither a change nor a measure we track — another measure */
		if (hper[c] && beside && !hkind[c] && hsense[c].met < 0)
			hper[c] = 0;
		/* 本报告期   年初至报告期末: the periods of the report the text is */
		int which = hper[c] || hkind[c] ? 0 : report_period_cell(j->t, hs[c], he[c]);
		/* 年初至报告期末   上年同期: the same period a year before is the
		 * year to date's, right of it */
		if (which == 2)
			for (size_t b = c; b > 0; b--)
				if (hwhich[b - 1]) {
					if (hwhich[b - 1] == 3)
						which = 4;
					break;
				}
		hwhich[c] = which;
		int fp = which ? frames[tb->header].period : -1;
		if (fp >= 0 && report_period_of(j, which, &j->ps[fp].expr, &hx[c]) == 0) {
			hper[c] = 1;
			hest[c] = 0;
		}
		if (!hper[c] && !hkind[c] && c > 0 && bare_change_cell(j->t, hs[c], he[c]))
			hkind[c] = change_of_group(j, hper, hkind, hx, (int)c);
		/* Our est.   Street   Diff. under "FQ3'26: our estimates vs. the
		 * Street": whose estimates, of the period the table is framed by
		 * (the first cell too: a word of whose figures labels no rows) */
		int b = hper[c] || hkind[c] ? -1 : basis_word(j->t, hs[c], he[c]);
		/* 3Q24  2Q25  3Q25  YoY  一致预期: beside the actuals of a
		 * results table, what was expected of the latest of them */
		int pc = b > BASIS_ACTUAL && c > 1 ? change_period_col(j, -1, hper, hkind, hx, (int)c, -1) : -1;
		struct period done;
		if (pc >= 0 && hest[pc] == BASIS_ACTUAL && j->ref.y && period_resolve(&hx[pc], NULL, NULL, j->ref, 0, &done) == 0 &&
		    date_cmp(done.end, j->ref) <= 0) {
			hx[c] = hx[pc];
			hper[c] = 1;
			hest[c] = b;
		} else if (b >= BASIS_ACTUAL && frames[tb->header].period >= 0) {
			/* (Actual among them: the figures reported) */
			hx[c] = j->ps[frames[tb->header].period].expr;
			hper[c] = 1;
			hest[c] = b;
			hframed[c] = 1;
		}
	}
	/* Three Months Ended          (left-aligned over the first year)
	 * March 31,
	 * 2017         2016: the year right of one the words were tied to,
	 * a year before it, is the same part of its own year */
	for (size_t c = 1; c < nh; c++)
		if (huntied[c] && hstacked[c - 1] && hx[c - 1].type != PERIOD_YEAR && hx[c - 1].year &&
		    table_year_cell(j->t, hs[c - 1], he[c - 1]) && cell_year(j->t + hs[c]) == hx[c - 1].year - 1 &&
		    cell_year(j->t + hs[c - 1]) == hx[c - 1].year) {
			hx[c] = hx[c - 1];
			hx[c].year--;
			hper[c] = 1;
			hest[c] = hest[c - 1];
		}
	/* Guidance  Consensus  H&R: beside two columns of whose figures, one
	 * named by a short word of no other sense is the house's own */
	int framed = 0;
	for (size_t c = 0; c < nh; c++)
		framed += hframed[c];
	for (size_t c = 0; c < nh && framed >= 2; c++)
		if (!hper[c] && !hkind[c] && hsense[c].met < 0 && hsense[c].ent == -1 && he[c] - hs[c] <= 12 &&
		    !memchr_digit(j->t + hs[c], he[c] - hs[c]) && house_name(j->t, hs[c], he[c])) {
			hx[c] = j->ps[frames[tb->header].period].expr;
			hper[c] = 1;
			hest[c] = BASIS_ESTIMATE;
			hframed[c] = 1;
		}
	adjusted_group(j, lines, tb, hper, hx, nh, hadj);
	/* "Q3 2025 SUMMARY P&L (NON-GAAP)": a caption that says every figure
	 * under it is adjusted */
	int grouped = 0;
	for (size_t c = 0; c < nh; c++)
		grouped |= hadj[c];
	/* (not a line of groups over the header: GAAP  Non-GAAP; nor a
	 * reconciliation, GAAP TO NON-GAAP, whose rows say which they are) */
	if (!grouped && tb->caption >= 0 && tb->caption != tb->header - 1 &&
	    says_adjusted(j->t, lines[tb->caption].start, lines[tb->caption].end) &&
	    !span_contains(j->t, lines[tb->caption].start, lines[tb->caption].end, "reconcil", 1) &&
	    !span_contains(j->t, lines[tb->caption].start, lines[tb->caption].end, "GAAP to", 1) &&
	    !span_contains(j->t, lines[tb->caption].start, lines[tb->caption].end, "调节", 0) &&
	    !rows_say_adjusted(j, lines, tb))
		for (size_t c = 0; c < nh; c++)
			hadj[c] = 1;
	yearless_months(j, hper, hx, nh);
	/* FQ3'26E   FQ3'26E over Street   Ours (or under them): a row of words
	 * that say whose figures each column holds */
	int basis_lines[] = { tb->header + 1, tb->above, tb->units, tb->header - 1 };
	for (size_t side = 0; side < ARRAY_SIZE(basis_lines); side++) {
		int bl = basis_lines[side];
		if (bl < 0 || (size_t)bl > tb->last || bl == tb->header ||
		    !basis_row(j->t, &lines[bl]))
			continue;
		for (size_t c = 0; c < nh; c++) {
			size_t bs, be;
			int b;
			if (hper[c] && table_cell_over(j->t, &lines[bl], &lines[tb->header], hs[c], he[c], &bs, &be) &&
			    (b = basis_word(j->t, bs, be)) >= 0)
				hest[c] = b;
		}
	}
	struct cell_sense above = { -1, -1, 0, 0 };
	int above_adjusted = 0; /* the row above said adjusted (Non-GAAP 归母净利润) */
	/* the first cell of the header labels the rows (指标, 公司), unless
	 * it is over a column of figures (   3Q25A   4Q25E) */
	int first_is_label = !hper[0];
	/*                      Revenue   Operating income   Net income
	 * 2024 As Reported   $65,585     ...: a header that starts right
	 * of the rows' labels heads figures with its first cell too */
	int label_left = 0;
	if (first_is_label && hsense[0].met >= 0 && hsense[0].ent == -1)
		for (size_t r = (size_t)tb->header + 1; r <= tb->last; r++) {
			size_t rs[2], re[2];
			if (lines[r].kind != LAYOUT_TABLE ||
			    layout_cells(j->t, lines[r].start, lines[r].end, rs, re, ARRAY_SIZE(rs)) < 2)
				continue;
			struct table_value v;
			if (table_parse_value(j->t, rs[0], re[0], &v) < 0 && column_at(j->t, re[0]) < column_at(j->t, hs[0]))
				first_is_label = 0, label_left = 1;
			break;
		}
	size_t c0 = first_is_label ? 1 : 0;
	for (size_t c = c0; c < nh; c++) {
		if (hper[c])
			periods++;
		if (hsense[c].met >= 0 || hkind[c])
			measures++;
		if (per_col < 0 && period_label_column(j->t, hs[c], he[c]))
			per_col = (int)c;
	}
	/* 公司  财季  营收(亿美元)  ...  2026年资本开支指引(亿美元) over rows of
	 * companies: each row's period is in its own column, and a column
	 * that names a period of its own beside a measure (a guidance for a
	 * year) is left out rather than read as the table's period */
	int named_measures = 0;
	for (size_t c = c0; c < nh; c++)
		named_measures += hsense[c].met >= 0 && !hper[c];
	if (per_col > 0 && !hper[per_col] && named_measures > 0 && periods > 0) {
		for (size_t c = c0; c < nh; c++)
			if (hper[c] && (int)c != per_col) {
				hper[c] = 0;
				hsense[c].met = -1;
				hkind[c] = 0;
			}
		periods = 0;
	}
	/* Segment  Revenue Q4 2018  Change (YOY): a labels' head that says
	 * the rows are parts, over period columns of one metric — the rows are
	 * its parts, and their Total the whole */
	if (!rows_are_parts && first_is_label && periods > 0 && hsense[0].met < 0 && hsense[0].ent == -1 &&
	    span_in_list(j->t, hs[0], he[0], segment_heads, ARRAY_SIZE(segment_heads))) {
		int one = -1;
		for (size_t c = c0; c < nh && one != -2; c++)
			if (hper[c])
				one = hsense[c].met < 0 || (one >= 0 && one != hsense[c].met) ? -2 : hsense[c].met;
		if (one >= 0) {
			rows_are_parts = 1;
			parts_met = one;
		}
	}
	/* Revenue / Operating income over rows of segments: the metric of the
	 * rows under it */
	int section_met = -1;
	/* AWS, North America over "Net sales" and "Operating income": the
	 * rows under a section naming a part are that part's; a part the
	 * lexicon does not know (-2) is none of ours */
	int section_ent = -1;
	size_t sec_s = 0, sec_e = 0; /* the section's words */
	size_t sec_indent = 0;        /* the column they start in */
	int sec_members = 0;          /* rows indented under them seen */
	/* the latest period a row's label gave by its year, for a row of
	 * changes under them */
	struct period_expr row_latest[PERIOD_YEAR + 1];
	int row_seen[PERIOD_YEAR + 1] = { 0 }, row_last_type = -1, row_chain = 0;
	size_t rev_tok = SIZE_MAX; /* revenue_word(), looked for once */
	memset(row_latest, 0, sizeof(row_latest));
	for (size_t r = (size_t)tb->header + 1; r <= tb->last; r++) {
		const struct layout_line *l = &lines[r];
		/* (the header's words wrapped onto the line under it) */
		if (header_wrapped && r == (size_t)tb->header + 1)
			continue;
		if (l->kind != LAYOUT_UNITS && table_section(j->t, l)) {
			/* (Year-over-year % change over a row of bare figures:
			 * that row's label, not a section) */
			size_t nx = r + 1;
			while (nx <= tb->last && lines[nx].kind == LAYOUT_BLANK)
				nx++;
			if (nx <= tb->last && !first_is_label && bare_row(j, &lines[nx]) && series_label(lines, tb, nx) == (int)r)
				continue;
			sec_s = l->start;
			sec_e = l->end;
			while (sec_e > sec_s && (j->t[sec_e - 1] == ':' || j->t[sec_e - 1] == ' '))
				sec_e--;
			struct cell_sense sec = sense_of(j, l->start, l->end, 1);
			section_met = sec.ent == -1 ? sec.met : -1;
			section_ent = sec.met >= 0 ? -1 : sec.ent >= 0 ? sec.ent : total_label(j->t, l->start, l->end) ? -1 : -2;
			/* "Less:", "Add:" over the rows a total is reckoned from:
			 * arithmetic, no part */
			static const char *const reckoning[] = { "less", "add", "plus", "minus", "deduct", "减", "加" };
			if (span_in_list(j->t, sec_s, sec_e, reckoning, ARRAY_SIZE(reckoning)))
				section_ent = -1;
			sec_indent = column_at(j->t, l->start);
			sec_members = 0;
			continue;
		}
		/* (a label line too long to be a section's, "非国际财务报告准则
		 * 每股盈利 (每股人民币元)", ends the one before: the rows under
		 * it are not that section's) */
		if (l->kind == LAYOUT_TABLE && l->ncells == 1) {
			section_met = -1;
			section_ent = -1;
		}
		if (l->kind != LAYOUT_TABLE)
			continue;
		/* "Operating expenses:" over its indented items, then "Income
		 * from operations" back at the section's own indent: the
		 * section has ended */
		if (section_ent != -1 || section_met >= 0) {
			size_t indent = column_at(j->t, l->start);
			if (indent > sec_indent) {
				sec_members = 1;
			} else if (sec_members) {
				section_ent = -1;
				section_met = -1;
			}
		}
		int chain_before = row_chain;
		row_chain = 0;
		size_t cs[16], ce[16];
		int col[16];
		size_t nc = table_row_cells(j->t, lines, tb->header, r, cs, ce, col, ARRAY_SIZE(cs));
		if (nc > ARRAY_SIZE(cs) || nc < 2)
			continue;
		/* Q3'24  Q4'24  Q1'25 over "Year-over-year % change  19%  21%
		 * 16%": a header without a label column over a labelled row of
		 * as many figures — one figure a column, in order, however far
		 * the label pushed them */
		struct table_value v0;
		int unlabeled = table_parse_value(j->t, cs[0], ce[0], &v0) == 0;
		if (!first_is_label && nc == nh + 1 && !unlabeled)
			for (size_t i = 0; i < nc; i++)
				col[i] = (int)i - 1;
		/* a chart's figures as a deck's text gives them: under the
		 * slide's title (Capital Expenditures), its units, and a row of
		 * quarters, one row of figures without a label — the title's */
		/* a deck's chart of two series: the second row of figures under
		 * a line of its own that names it (Year-over-year % change,
		 * Operating Margin) */
		int sub = unlabeled && !first_is_label && periods >= 2 ? series_label(lines, tb, r) : -1;
		struct cell_sense title = unlabeled && sub < 0 ? chart_title(j, lines, tb, caption) : caption;
		/* (under rows that are a measure's parts, a row without a label
		 * is their sum: the measure the caption qualifies, not the
		 * company's) */
		if (unlabeled && sub < 0 &&
		    (first_is_label || title.met < 0 || periods < 2 || rows_are_parts || !lone_figure_row(j, lines, tb))) {
			if ((first_is_label && !rows_are_parts) || periods < 2)
				continue;
			for (size_t i = 0; i < nc; i++)
				if (table_parse_value(j->t, cs[i], ce[i], &v0) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"its row of figures has no label, and no title names it");
			continue;
		}
		struct cell_sense row = sub >= 0 ? sense_of(j, lines[sub].start, lines[sub].end, 1) :
				       unlabeled ? title : sense_of(j, cs[0], ce[0], 1);
		/* 同比增速(%) under 营业收入: the change of the row above */
		unsigned change = sub >= 0 ? change_column(j->t, lines[sub].start, lines[sub].end) :
				  unlabeled ? 0 : change_column(j->t, cs[0], ce[0]);
		/* (and an adjusted figure's change is adjusted too) */
		int row_adjusted_above = 0;
		if (row.ent == -1 && row.met < 0 && change && above.met >= 0) {
			row.ent = above.ent;
			row.met = above.met;
			row.kind = change;
			row.percent = 1;
			row_adjusted_above = above_adjusted;
		}
		/* "  Consensus" under Revenue: the Street's figures of the
		 * metric above (whose estimate: consensus_label, below) */
		else if (row.ent == -1 && row.met < 0 && !change && !unlabeled && above.met >= 0 &&
			 consensus_only_label(j, cs[0], ce[0])) {
			row.ent = above.ent;
			row.met = above.met;
			row.percent = above.percent;
		}
		/* 每股盈利(每股人民币元) over "-基本" and "-摊薄", "Earnings per
		 * share:" over "Basic" and "Diluted": the section's per-share
		 * measure, whose key holds the diluted one (adjusted when the
		 * section says so) */
		else if (row.ent == -1 && row.met < 0 && !change && !unlabeled && section_met >= 0 &&
			 section_met == lexicon_find_metric(j->fx->lx, "eps")) {
			int sk = share_kind_label(j->t, cs[0], ce[0]);
			if (sk == 2) {
				for (size_t i = 1; i < nc; i++)
					if (table_parse_value(j->t, cs[i], ce[i], &v0) == 0)
						table_candidate(j, l->start, l->end, cs[i], ce[i],
								"basic earnings per share: the diluted row is the one kept");
				continue;
			}
			if (sk == 1) {
				row.met = section_met;
				row_adjusted_above = says_adjusted(j->t, sec_s, sec_e);
			}
		}
		/* under a section, a row names the part of the company it
		 * measures, or totals them; a part the lexicon does not know is
		 * not ours */
		if (row.met < 0 && section_met >= 0 && (row.ent >= 0 || total_label(j->t, cs[0], ce[0])))
			row.met = section_met;
		/* 月份  营收  环比  同比 over rows of months: a row's label is its
		 * period, the company the caption's or the text's */
		if (row.ent == -1 && row.met < 0 && periods == 0 && measures > 0 && (first_is_label || label_left)) {
			struct period_expr px;
			int pest = 0;
			/* "2024 As Reported (GAAP)" under "Three Months Ended
			 * December 31,": the three months of the year the label
			 * opens on; "Percentage Change Y/Y (GAAP)" the change of the
			 * latest of them */
			size_t ls = cs[0], le = ce[0];
			if (tb->above >= 0 && le - ls > 5 && table_year_cell(j->t, ls, ls + 4) && j->t[ls + 4] == ' ')
				le = ls + 4;
			unsigned row_change = 0;
			int got = column_period(j, ls, le, as, ae, &px, &pest, NULL) == 0;
			if (got && px.rel == PREL_NONE && px.year) {
				struct period_expr *latest = &row_latest[px.type];
				if (!row_seen[px.type] || px.year > latest->year ||
				    (px.year == latest->year && px.index > latest->index))
					*latest = px;
				row_seen[px.type] = 1;
				row_last_type = (int)px.type;
			}
			/* 2025年10月 / 2025年9月 / 月增率: a change under rows of
			 * periods is the latest's of the kind just above it */
			if (!got && change && row_last_type >= 0 && !pest && chain_before) {
				px = row_latest[row_last_type];
				got = 1;
				row_change = change;
			}
			/* (only right under them: a change under rows we could
			 * not read is of those) */
			row_chain = got;
			int row_adjusted = le < ce[0] || row_change ? says_adjusted(j->t, cs[0], ce[0]) : 0;
			if (got) {
				int ent = caption.ent != -1 ? caption.ent : frames[r].entity;
				int last_met = caption.met, named = 0;
				int cmet[16];
				for (size_t c = c0; c < nh; c++) {
					int met = bare_measure(j, hs[c], he[c]);
					if (met >= 0) {
						last_met = met;
						named = 1;
					} else if (!hkind[c] && (named || met == -2)) {
						/* (经营利润  同比  调整后EBITA  同比: beside
						 * columns that name their metrics, one
						 * that names none is another measure, and
						 * the change right of it is that one's) */
						last_met = -1;
					}
					cmet[c] = met >= 0 ? met : hkind[c] && met == -1 ? last_met : -1;
				}
				for (size_t i = 1; i < nc; i++) {
					int c = col[i];
					struct table_value v;
					if (c < (int)c0 || table_parse_value(j->t, cs[i], ce[i], &v) < 0)
						continue;
					unsigned kind = hsense[c].kind | hkind[c] | row_change;
					if (kind & CUE_QOQ)
						kind = CUE_QOQ;
					if (row_change && !v.percent)
						continue;
					/* 净利润(人民币亿元): the units in the column's own head */
					double cscale = scale;
					const char *ccur = cur;
					cell_units(j, hs[c], he[c], &cscale, &ccur);
					const char *why = cmet[c] < 0 ? "its column names no metric we track" :
						table_fact(j, l->start, l->end, cs[i], ce[i], ent, cmet[c], &px, pest, kind, &v,
							   cscale, ccur, row_adjusted);
					if (why)
						table_candidate(j, l->start, l->end, cs[i], ce[i], why);
				}
				continue;
			}
		}
		/* (their Total is the whole) */
		if (rows_are_parts && !unlabeled && !change && row.ent == -1 && row.met < 0 && section_met < 0 &&
		    periods > 0 && total_label(j->t, cs[0], ce[0]))
			row.met = parts_met;
		else if (rows_are_parts && !unlabeled && !change && row.ent == -1 && row.met >= 0 && section_met < 0 &&
			 !total_label(j->t, cs[0], ce[0])) {
			for (size_t i = 1; i < nc; i++)
				if (table_parse_value(j->t, cs[i], ce[i], &v0) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"a part of the measure the table breaks down, not the whole");
			continue;
		}
		/* "Data Center" among rows under "Revenue": with the word for
		 * revenue, a metric of the lexicon (data center revenue) */
		if (row.ent == -1 && row.met < 0 && !change && !unlabeled) {
			if (rev_tok == SIZE_MAX)
				rev_tok = revenue_word(j, lines, tb, caption);
			if (rev_tok != SIZE_MAX - 1)
				row.met = label_metric(j, cs[0], ce[0], &j->toks[rev_tok]);
		}
		/* a row names its metric, its company, or both; a label
		 * naming neither (a segment, a product line) is not ours */
		if (row.ent == -1 && row.met < 0) {
			above.met = -1;
			for (size_t i = 1; i < nc; i++)
				if (table_parse_value(j->t, cs[i], ce[i], &v0) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"its row names no metric or company we track");
			continue;
		}
		if (!change) {
			above = row;
			above_adjusted = !unlabeled && says_adjusted(j->t, cs[0], ce[0]);
		}
		if (periods > 0) {
			/* Total net revenue under the last section: the company's,
			 * not the section's part's */
			int sent = section_ent != -1 && !unlabeled && total_row(j->t, cs[0], ce[0]) ? -1 : section_ent;
			/* Data Center over "Net revenue": with the row's metric the
			 * section names a metric of the lexicon (data center
			 * revenue), the company's */
			int sec_met = sent == -2 && row.met >= 0 ? section_metric(j, sec_s, sec_e, cs[0], ce[0]) : -1;
			if (sec_met >= 0)
				sent = -1;
			int ent = row.ent != -1 ? row.ent : sent != -1 ? sent : caption.ent != -1 ? caption.ent :
				  frames[r].entity;
			/* Capex ($bn) over the rows of companies: the label cell's
			 * metric, else the caption's */
			int label_met = first_is_label && hsense[0].ent == -1 ? hsense[0].met : -1;
			int met = sec_met >= 0 ? sec_met :
				  row.met >= 0 ? row.met : row.met == -1 ? (label_met >= 0 ? label_met : caption.met) : -1;
			unsigned kind = row.kind;
			/* (the caption's change: "Cloud segment growth, y/y") */
			if (!kind && row.met < 0 && met >= 0 && met == caption.met)
				kind = caption.kind;
			int first_period_col = -1;
			for (size_t c = c0; c < nh && first_period_col < 0; c++)
				if (hper[c])
					first_period_col = (int)c;
			int consensus_row = consensus_label(j, cs[0], ce[0]);
			/* "Q1 FY27 revenue ($bn)  --  72.8  75.0" under Guidance,
			 * Consensus, H&R: a period the row's label names is its
			 * figures' in columns that say only whose they are */
			const struct period_expr *row_per = unlabeled ? NULL : label_period(j, cs[0], ce[0]);
			/* Revenue ($bn): units in the row's label */
			double rscale = scale;
			const char *rcur = cur;
			cell_units(j, cs[0], ce[0], &rscale, &rcur);
			for (size_t i = unlabeled ? 0 : 1; i < nc; i++) {
				int c = col[i];
				if (c < (int)c0)
					continue;
				struct table_value v;
				if (table_parse_value(j->t, cs[i], ce[i], &v) < 0)
					continue;
				if ((row.percent || (hkind[c] && hsense[c].percent)) && !v.percent)
					v.percent = 1;
				const char *why = "its column is no period: a previous estimate or another measure";
				const char *ccur = rcur;
				/* Consensus EPS  3.31  3.98: the Street's estimates; of a
				 * year reported, no estimate at all */
				int cest = hper[c] ? hest[c] : 0;
				if (consensus_row && hper[c]) {
					if (!hest[c]) {
						table_candidate(j, l->start, l->end, cs[i], ce[i],
								"a consensus estimate of a period reported");
						continue;
					}
					cest = BASIS_CONSENSUS;
				}
				if (cur_row >= 0 && !v.percent && !(why = column_currency(j, lines, cur_row, cur_most, l, cs[i], ce[i],
											    &ccur))) {
					why = "its column is no period: a previous estimate or another measure";
				} else if (cur_row >= 0 && !v.percent) {
					table_candidate(j, l->start, l->end, cs[i], ce[i], why);
					continue;
				}
				/* Segment  Revenue Q4 2018  Change (YOY) over rows of
				 * segments: the metric the column's head names with its
				 * period, when neither the row nor the table names one */
				int cmet = met < 0 && row.met == -1 && hper[c] ? hsense[c].met : met;
				if (hper[c])
					/* CY26E y/y: a column of changes over its own period */
					why = table_fact(j, l->start, l->end, cs[i], ce[i], ent, cmet,
							 hframed[c] && row_per ? row_per : &hx[c], cest, kind ? kind : hkind[c],
							 &v, rscale, ccur, hadj[c] || row_adjusted_above);
				else if (hkind[c] && !kind && first_period_col >= 0 && (v.percent || v.points)) {
					int pc = change_period_col(j, ent, hper, hkind, hx, c, first_period_col);
					/* "Y/Y (ours)" beside Our est. and Consensus: the
					 * change of the column whose basis it names */
					int cb = -1;
					for (size_t w = 0; pc >= 0 && cb < 0 && w < ARRAY_SIZE(column_words); w++)
						if ((unsigned char)column_words[w].w[0] < 0x80 &&
						    has_word(j->t + hs[c], he[c] - hs[c], column_words[w].w))
							cb = column_words[w].basis;
					for (int k = 0; cb >= 0 && k < (int)c; k++)
						if (hper[k] && hest[k] == cb && hx[k].type == hx[pc].type && hx[k].year == hx[pc].year &&
						    hx[k].index == hx[pc].index) {
							pc = k;
							break;
						}
					if (pc >= 0 && met < 0 && row.met == -1)
						cmet = hsense[pc].met;
					if (pc >= 0 && cmet >= 0 && ent >= 0 && v.percent && !v.points &&
					    lexicon_metric_at(j->fx->lx, (size_t)cmet)->unit_kind == UNIT_PERCENT &&
					    change_in_points(j, ent, hper, hx, nh, col, cs, ce, nc, pc, hkind[c], &v)) {
						v.percent = 0;
						v.points = 1;
					}
					if (pc >= 0)
						why = table_fact(j, l->start, l->end, cs[i], ce[i], ent, cmet, &hx[pc], hest[pc],
								 hkind[c], &v, rscale, rcur, hadj[c]);
				}
				if (why)
					table_candidate(j, l->start, l->end, cs[i], ce[i], why);
			}
		} else if (measures > 0 && per_col > 0 && row.ent >= 0) {
			struct period_expr px;
			int pest = 0, have = 0;
			for (size_t i = 1; i < nc && !have; i++)
				if (col[i] == per_col)
					have = column_period(j, cs[i], ce[i], 0, 0, &px, &pest, NULL) == 0;
			if (!have)
				continue;
			int last_met = -1;
			/* Revenue est.  Year ago: a column of the year before the
			 * row's period, of the measure of the column before it */
			int year_ago[16] = { 0 };
			for (size_t c = 1; c < nh; c++) {
				if (hsense[c].met >= 0)
					last_met = hsense[c].met;
				/* (the header's cells are read again for each row: a
				 * year-ago column has its measure from the first) */
				year_ago[c] = !hkind[c] && last_met >= 0 && year_ago_header(j->t, hs[c], he[c]) &&
					      bare_measure(j, hs[c], he[c]) == -1;
				hsense[c].met = hsense[c].met >= 0 ? hsense[c].met : hkind[c] || year_ago[c] ? last_met : -1;
			}
			for (size_t i = 1; i < nc; i++) {
				int c = col[i];
				if (c <= 0 || c == per_col || hsense[c].met < 0)
					continue;
				struct table_value v;
				if (table_parse_value(j->t, cs[i], ce[i], &v) < 0)
					continue;
				/* 下季营收指引: a forecast of a period the row's does not say */
				if (forecast_header(j->t, hs[c], he[c])) {
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"a forecast's column, of a period the row does not give");
					continue;
				}
				unsigned kind = hsense[c].kind | hkind[c];
				if (kind & CUE_QOQ)
					kind = CUE_QOQ;
				/* 营收(亿美元): the units in the column's own head */
				double cscale = scale;
				const char *ccur = cur;
				cell_units(j, hs[c], he[c], &cscale, &ccur);
				/* Revenue est., EPS (cons.): whose figures the column
				 * holds; the row's period said as over is no actual of
				 * them */
				int cest = pest;
				int hb = measure_basis(j->t, hs[c], he[c]);
				if (hb >= 0)
					cest = hb;
				struct period_expr cx = px;
				if (year_ago[c]) {
					/* (the same period a year back, as reported) */
					if (!px.year || px.rel != PREL_NONE) {
						table_candidate(j, l->start, l->end, cs[i], ce[i],
								"a year-ago column beside a period without its year");
						continue;
					}
					cx.year--;
					cx.marked = 0;
					cest = BASIS_ACTUAL;
				}
				const char *why = table_fact(j, l->start, l->end, cs[i], ce[i], row.ent, hsense[c].met, &cx,
							     cest, kind, &v, cscale, ccur, 0);
				if (why)
					table_candidate(j, l->start, l->end, cs[i], ce[i], why);
			}
		} else {
			for (size_t i = 1; i < nc; i++) {
				struct table_value v;
				if (table_parse_value(j->t, cs[i], ce[i], &v) == 0)
					table_candidate(j, l->start, l->end, cs[i], ce[i],
							"its header names no period and no measure");
			}
		}
	}
}

/* The period index of a frame carried from the window before: appended
 * to the window's periods (past the tokens made of them), -1 none. */
static int carry_in(struct job *j, const struct carried_period *c)
{
	if (!c->valid)
		return -1;
	GROW(j->ps, j->capps, j->nps + 1);
	memset(&j->ps[j->nps], 0, sizeof(j->ps[j->nps]));
	j->ps[j->nps].expr = c->expr;
	return (int)j->nps++;
}

static void carry_out(const struct job *j, int period, struct carried_period *c)
{
	c->valid = period >= 0;
	if (period >= 0)
		c->expr = j->ps[period].expr;
}

/* Whether t[s..e), past spaces and a bullet, opens on a label of capital
 * words and a colon ("North America Retail:", "Amazon Web Services
 * (AWS):"). */
static int opens_on_label(const char *t, size_t s, size_t e)
{
	while (s < e && (t[s] == ' ' || t[s] == '-' || t[s] == '*'))
		s++;
	if (s + 3 <= e && !memcmp(t + s, "•", 3))
		s += 3;
	while (s < e && t[s] == ' ')
		s++;
	if (s >= e || !isupper((unsigned char)t[s]))
		return 0;
	for (size_t i = s; i < e && i < s + 48; i++) {
		if (t[i] == ':')
			return 1;
		if (!isalpha((unsigned char)t[i]) && !strchr(" &()'.-", t[i]))
			return 0;
	}
	return 0;
}

/* Whether line t[s..e) opens on a short label and its colon, Latin
 * ("North America Retail:") or Chinese ("战略与增长:", "Trainium 芯片:"):
 * no figure, no clause mark before the colon. */
static int line_opens_on_label(const char *t, size_t s, size_t e)
{
	if (opens_on_label(t, s, e))
		return 1;
	size_t lim = e < s + 30 ? e : s + 30;
	for (size_t i = s; i < lim; i++) {
		if (t[i] == ':')
			return i > s && (unsigned char)t[i - 1] >= 0x80;
		if (isdigit((unsigned char)t[i]) || t[i] == ',' || t[i] == ';' || t[i] == '.' ||
		    (i + 3 <= lim && !memcmp(t + i, "。", 3)))
			return 0;
	}
	return 0;
}

/* Whether the name at t[s..e) is one of a list in brackets: "More than
 * half of Data Center revenues come from major cloud providers
 * (Microsoft, Amazon, Alphabet, etc.)" — examples, no subject. */
static int in_bracket_list(const char *t, size_t s, size_t e, size_t len)
{
	size_t o = s, c = e;
	/* (most names stand in no brackets: looked for at once) */
	size_t floor = s > 80 ? s - 80 : 0;
	if (!memchr(t + floor, '(', s - floor))
		return 0;
	while (o > 0 && s - o < 80 && t[o - 1] != '(' && t[o - 1] != ')' && t[o - 1] != '\n')
		o--;
	while (c < len && c - e < 80 && t[c] != ')' && t[c] != '(' && t[c] != '\n')
		c++;
	if (o == 0 || t[o - 1] != '(' || c >= len || t[c] != ')')
		return 0;
	for (size_t i = o; i < c; i++)
		if (t[i] == ',' || (i + 3 <= c && !memcmp(t + i, "\u3001", 3)))
			return 1;
	return 0;
}

/* Whether the word before pos (after floor) makes the object named at pos
 * a party to the text's subject, not a rival subject: one it deals with
 * ("with Microsoft", "与比亚迪合作") or an example of its customers
 * ("customers including Microsoft", "客户包括微软"). */
static int names_party(const char *t, size_t floor, size_t pos)
{
	static const char *const words[] = { "with", "including", "与", "包括", "包含" };
	for (size_t i = 0; i < ARRAY_SIZE(words); i++)
		if (word_before(t, floor, pos, words[i]))
			return 1;
	return 0;
}

/* Whether a clause of a title or heading ends at t: "同比激增72%!英伟达
 * Q1财报", "Revenue up 9% | Apple beats". (A comma does not: "up 9%,
 * Apple said" goes on about the figure.) */
static int clause_mark(const char *t)
{
	/* (read at every byte of a line: the wide marks are looked at past
	 * their first byte only) */
	unsigned char c = (unsigned char)*t;
	return c == '!' || c == '?' || c == ';' || c == '|' ||
	       ((c == 0xE3 || c == 0xEF) && (!strncmp(t, "。", 3) || !strncmp(t, "；", 3)));
}

/* The mentions a frame is read from: each entity (and whether it is an
 * object: "contracts with Meta") and each period, in text order. Frames
 * lines[0..nlines) into out[], the document's frame into the stream's
 * (decided by its first window), and keeps the open headings' frames for
 * the next window. */
static void frame_lines(struct job *j, const struct layout_line *lines, size_t nlines, struct frame_line *out)
{
	struct fact_stream *fs = j->fs;
	struct frame_mention *m = xmalloc((j->ntoks + 1) * sizeof(*m));
	size_t nm = 0;
	/* the brackets open on the line of the token being read, counted as
	 * the tokens go (they come in text order) */
	size_t line = 0, scanned = nlines ? lines[0].start : 0;
	int depth = 0, clause = 0;
	size_t cust_scanned = 0, cust_end = SIZE_MAX; /* the words for customers, as the tokens go */
	for (size_t k = 0; k < j->ntoks; k++) {
		const struct tok *tk = &j->toks[k];
		while (nlines && line + 1 < nlines && lines[line + 1].start <= tk->start) {
			line++;
			scanned = lines[line].start;
			depth = clause = 0;
		}
		for (; scanned < tk->start; scanned++) {
			depth = bracket_step(depth, j->t[scanned]);
			clause |= clause_mark(j->t + scanned);
		}
		/* (a figure in brackets, "第四季業績展望（依匯率假設新台幣30.6元兌1美元
		 * 所做之預估）", is an aside: the heading still frames its lines) */
		int qty = tk->type == T_QTY && qtok(j, tk)->kind != NL_NUMBER && !(nlines && depth > 0);
		/* only a period that names its year can frame what follows */
		const struct period_expr *px = tk->type == T_PERIOD ? &j->ps[tk->idx].expr : NULL;
		int framing = px && px->rel == PREL_NONE && px->type != PERIOD_MONTH && !dates_event(j->t, tk->end, j->tn->len) &&
			      (px->year || ((px->type == PERIOD_QUARTER || px->type == PERIOD_HALF || px->type == PERIOD_YTD) &&
					    px->index > 0));
		/* "Three months ended December 31," over a table's "2024  2025":
		 * words read on into the first year of the columns under them
		 * head the columns, they frame no text after the table */
		if (framing && nlines && tk->end > tk->start &&
		    lines[layout_line_at(lines, nlines, tk->end - 1)].kind == LAYOUT_TABLE &&
		    layout_line_at(lines, nlines, tk->end - 1) != layout_line_at(lines, nlines, tk->start))
			framing = 0;
		/* "the Securities Exchange Act of 1934", "since 2010": a year far
		 * from the report's date frames none of its figures */
		if (framing && px->year && j->ref.y && (px->year < j->ref.y - 6 || px->year > j->ref.y + 4))
			framing = 0;
		/* 公司, the company: the subject named again, for its share */
		int coref = tk->type == T_CUE && (cue_of(j, tk) & CUE_COREF);
		if (tk->type != T_ENTITY && !framing && !qty && !coref)
			continue;
		struct frame_mention *x = &m[nm++];
		x->pos = tk->start;
		x->end = tk->end;
		x->entity = x->root = x->period = -1;
		x->object = x->party = x->label = x->forecast = 0;
		x->year = px && px->type == PERIOD_YEAR;
		/* (a word of forecast right after it, before any figure:
		 * "FY20 revenue guidance to $16.75 Billion") */
		for (size_t f = k + 1; px && f < j->ntoks && f <= k + 3 && j->toks[f].type != T_QTY; f++)
			if (j->toks[f].type == T_CUE && (cue_of(j, &j->toks[f]) & CUE_GUIDANCE) &&
			    j->toks[f].start < (nlines ? lines[line].end : j->tn->len))
				x->forecast = 1;
		x->quantity = qty;
		x->coref = coref;
		x->clause = clause;
		clause = 0;
		if (tk->type == T_ENTITY) {
			x->entity = j->lm[tk->idx].index;
			x->root = lexicon_root(j->fx->lx, x->entity);
			/* (the word before may be a token itself: "from" is a cue
			 * of what a change is from) */
			size_t floor = k == 0 ? 0 : j->toks[k - 1].type == T_CUE ? j->toks[k - 1].start : j->toks[k - 1].end;
			x->object = after_preposition(j->t, floor, tk->start) || backer_compound(j->t, tk->end, j->tn->len) ||
				    opens_background(j->t, tk->start);
			x->party = (x->object && names_party(j->t, floor, tk->start)) ||
				   invests(j->t, tk->end, j->tn->len);
			/* (the text searched once, front to back, for the words) */
			if (tk->start > cust_scanned) {
				size_t found = customer_noun_before(j->t, cust_scanned, tk->start);
				if (found != SIZE_MAX)
					cust_end = found;
				cust_scanned = tk->start;
			}
			if (among_customers(j->t, cust_end, tk->start) || in_bracket_list(j->t, tk->start, tk->end, j->tn->len))
				x->object = x->party = 1;
			size_t after = tk->end;
			while (after < j->tn->len && j->t[after] == ' ')
				after++;
			x->label = after < j->tn->len && j->t[after] == ':';
		} else if (tk->type == T_PERIOD) {
			x->period = tk->idx;
		}
	}
	/* "a string of deals (Nvidia, Meta, OpenAI expansions)": three
	 * companies or more named in one list are examples, none of them a
	 * rival of the document's subject */
	for (size_t a = 0, b; a < nm; a = b) {
		b = a + 1;
		if (m[a].entity < 0)
			continue;
		while (b < nm && m[b].entity >= 0 && list_gap(j->t, m[b - 1].end, m[b].pos))
			b++;
		for (size_t x = a; b - a >= 3 && x < b; x++)
			m[x].party = 1;
		/* "客户包括微软、甲骨文": a list of parties goes on as it began */
		for (size_t x = a + 1; x < b; x++)
			m[x].party |= m[a].party;
	}
	if (fs->doc.decided)
		fs->doc.period = carry_in(j, &fs->doc_period);
	else
		fs->doc.one_company = nlines > 0 && (rated(j->t, lines[nlines - 1].end < 800 ? lines[nlines - 1].end : 800) ||
						     own_voice(j->t, lines[nlines - 1].end));
	for (int r = 1; r < 3; r++)
		fs->doc.open[r].period = carry_in(j, &fs->open_period[r]);
	frame_scope(lines, nlines, m, nm, out, &fs->doc, fs->layout.open);
	if (!fs->doc.decided) {
		int first_root = -1;
		fs->companies = 0;
		for (size_t i = 0; i < nm && fs->companies < 2; i++)
			if (m[i].entity >= 0 && !m[i].object && m[i].root != first_root) {
				fs->companies++;
				if (first_root < 0)
					first_root = m[i].root;
			}
	}
	if (!fs->doc.decided) {
		fs->own_voice = fs->doc.subject >= 0 && nlines > 0 && own_voice(j->t, lines[nlines - 1].end);
		fs->fiscal_years = fs->fiscal_prose = fs->quarters_civil = 0;
		if (fs->doc.subject >= 0 && nlines > 0) {
			const struct fiscal_calendar *cal = &lexicon_entity_at(j->fx->lx, (size_t)fs->doc.subject)->calendar;
			struct date end = period_fy_end(cal, 2025);
			size_t len = lines[nlines - 1].end;
			fs->fiscal_years = !(end.m == 12 && end.d == 31) && says_fiscal_years(j->t, len);
			fs->fiscal_prose = fs->fiscal_years && (fs->own_voice || a_filing(j->t, len < 4000 ? len : 4000));
			fs->fiscal_quarters = !(end.m == 12 && end.d == 31) && counts_fiscal_quarters(j, cal);
			fs->quarters_civil = !(end.m == 12 && end.d == 31) && !fs->fiscal_years && first_either_civil(j, cal);
		}
		/* (on the line that names the document's period: a live page's
		 * "财报前瞻" section is no preview of the whole) */
		static const char *const preview[] = { "preview", "previews", "前瞻", "业绩前瞻", "财报前瞻" };
		fs->preview = 0;
		if (fs->doc.period >= 0) {
			const struct layout_line *l = &lines[layout_line_at(lines, nlines, j->ps[fs->doc.period].start)];
			fs->preview = any_word(j->t + l->start, l->end - l->start, preview, ARRAY_SIZE(preview));
		}
	}
	/* "the full fiscal year (FY25, ended November 2025)": the year the
	 * brackets name is the one said without it */
	for (size_t i = 0; i + 1 < j->nps; i++) {
		struct period_expr *a = &j->ps[i].expr;
		const struct period_expr *b = &j->ps[i + 1].expr;
		size_t g = j->ps[i].end;
		while (g < j->ps[i + 1].start && j->t[g] == ' ')
			g++;
		/* (years only: "12月季度（FY26Q3）" names a quarter twice, in two
		 * calendars) */
		if (j->ps[i].kind == PSPAN_PERIOD && j->ps[i + 1].kind == PSPAN_PERIOD && !a->year && a->rel == PREL_NONE &&
		    b->year && b->rel == PREL_NONE && a->type == PERIOD_YEAR && b->type == PERIOD_YEAR && !a->month_named &&
		    g + 1 == j->ps[i + 1].start && j->t[g] == '(') {
			a->year = b->year;
			a->fiscal |= b->fiscal;
		}
	}
	/* "4QFY26 preview" over "3Q26A  4Q26E  1Q27E": in a note on one
	 * company that counts its fiscal quarters, the shorthand is the
	 * company's own count too */
	for (size_t i = 0; i < j->nps && fs->fiscal_quarters; i++)
		if (j->ps[i].expr.shorthand && !j->ps[i].expr.calendar)
			j->ps[i].expr.fiscal = 1;
	/* 二季度 as the note's first one reads it, the company's quarter or
	 * the calendar's: one writer keeps one way */
	for (size_t i = 0; i < j->nps; i++)
		if (j->ps[i].expr.either && fs->quarters_civil)
			j->ps[i].expr.calendar = 1;
	/* "Net sales in 2025 increased 6%" in the company's own filing: its
	 * year, as its tables' columns */
	for (size_t i = 0; i < j->nps && fs->fiscal_prose; i++) {
		struct period_expr *x = &j->ps[i].expr;
		if (j->ps[i].kind == PSPAN_PERIOD && x->type == PERIOD_YEAR && x->rel == PREL_NONE && x->year &&
		    !x->fiscal && !x->calendar && !x->month_named)
			x->fiscal = 1;
	}
	/* "2023 Outlook: Revenue Guidance of $30.9 Billion" of a company
	 * whose years do not end with the calendar's: a company gives its
	 * outlook for its own year */
	if (fs->doc.subject >= 0) {
		static const char *const outlook[] = { " outlook", " guidance", "指引", "展望" };
		struct date fy = period_fy_end(&lexicon_entity_at(j->fx->lx, (size_t)fs->doc.subject)->calendar, 2025);
		for (size_t i = 0; i < j->nps && !(fy.m == 12 && fy.d == 31); i++) {
			struct period_expr *x = &j->ps[i].expr;
			if (j->ps[i].kind == PSPAN_PERIOD && x->type == PERIOD_YEAR && x->rel == PREL_NONE && x->year &&
			    !x->fiscal && !x->calendar && !x->month_named &&
			    words_after(j->t, j->ps[i].end, j->tn->len, outlook, ARRAY_SIZE(outlook)))
				x->fiscal = 1;
		}
	}
	if (!fs->doc.decided)
		carry_out(j, fs->doc.period, &fs->doc_period);
	fs->doc.decided = 1;
	for (int r = 1; r < 3; r++)
		carry_out(j, fs->doc.open[r].period, &fs->open_period[r]);
	j->doc_subject = fs->doc.subject;
	j->doc_companies = fs->companies;
	j->own_voice = fs->own_voice;
	j->fiscal_years = fs->fiscal_years;
	free(m);
}

/* Settles what the period spans the scanner found are, before any frames
 * a figure: a time "since" which frames nothing; a yearless quarter and
 * the year after its "of" are one period; and the month in brackets after
 * a period (2023 财年第三季度财报(截至 2022 年 10 月), "fiscal Q3 (ended
 * October 2022)") is when that period ends, said again in the calendar:
 * a date. */
static void settle_period_spans(struct job *j, size_t len)
{
	/* "the largest growth since December 2021": a time since which, no
	 * period of a figure */
	for (size_t i = 0; i < j->nps; i++) {
		size_t p = j->ps[i].start;
		while (p > 0 && j->t[p - 1] == ' ')
			p--;
		if (j->ps[i].kind == PSPAN_PERIOD && p >= 5 && !strncasecmp(j->t + p - 5, "since", 5) &&
		    (p == 5 || !isalpha((unsigned char)j->t[p - 6])))
			j->ps[i].kind = PSPAN_OTHER;
	}
	/* "its first fiscal quarter of 2026", "the quarter of 2025": a
	 * yearless quarter or half whose year follows after "of" is one
	 * period, not a quarter and a year */
	for (size_t i = 0; i + 1 < j->nps; i++) {
		struct period_expr *a = &j->ps[i].expr;
		const struct period_expr *b = &j->ps[i + 1].expr;
		if (j->ps[i].kind == PSPAN_PERIOD && j->ps[i + 1].kind == PSPAN_PERIOD && !a->year && a->rel == PREL_NONE &&
		    (a->type == PERIOD_QUARTER || a->type == PERIOD_HALF) && a->index > 0 && b->type == PERIOD_YEAR &&
		    b->rel == PREL_NONE && b->year && !b->month_named && text_is(j->t, j->ps[i].end, j->ps[i + 1].start, " of ")) {
			a->year = b->year;
			a->fiscal |= b->fiscal;
			j->ps[i].end = j->ps[i + 1].end;
			j->ps[i + 1].kind = PSPAN_OTHER;
		}
	}
	for (size_t i = 0; i + 1 < j->nps; i++) {
		static const char *const opens[] = { "", "截至", "截止", "ended", "ending", "through" };
		const struct period_expr *a = &j->ps[i].expr, *b = &j->ps[i + 1].expr;
		size_t close = j->ps[i + 1].end;
		while (close < len && j->t[close] == ' ')
			close++;
		/* (a month, not a day: "(截至2026年4月26日)" dates the quarter
		 * in place, as it always did) */
		size_t be = j->ps[i + 1].end;
		if (j->ps[i].kind != PSPAN_PERIOD || j->ps[i + 1].kind != PSPAN_PERIOD || b->type != PERIOD_MONTH ||
		    b->rel != PREL_NONE || !b->year || a->type == PERIOD_MONTH || close >= len || j->t[close] != ')' ||
		    (be >= 3 && (!memcmp(j->t + be - 3, "日", 3) || !memcmp(j->t + be - 3, "号", 3))))
			continue;
		/* (the bracket opens right after the period's words: 财报(,
		 * "results (") */
		size_t open = j->ps[i + 1].start;
		while (open > j->ps[i].end && j->t[open - 1] != '(')
			open--;
		if (open == j->ps[i].end || open - 1 - j->ps[i].end > 16)
			continue;
		for (size_t c = j->ps[i].end; c + 1 < open; c++)
			if (j->t[c] == ',' || j->t[c] == '.' || j->t[c] == ')' || j->t[c] == '\n')
				open = SIZE_MAX;
		for (size_t w = 0; w < ARRAY_SIZE(opens) && open != SIZE_MAX; w++)
			if (text_is_trimmed(j->t, open, j->ps[i + 1].start, opens[w])) {
				j->ps[i + 1].kind = PSPAN_DATE;
				break;
			}
	}
}

/* The part a sentence opens by turning to ("Turning to Google Cloud,",
 * "Moving on to AWS,", "As for Azure,", "阿里云方面，"), its tokens being
 * [ti, tj); -1 when it does not. */
static int topic_opener(const struct job *j, size_t ti, size_t tj)
{
	static const char *const leads[] = { "turning to", "turning now to", "now turning to", "moving to",
					     "moving on to", "now moving to", "as for", "looking at", "on" };
	/* (the lead's words may be cues of their own: "to") */
	while (ti < tj && j->toks[ti].type == T_CUE)
		ti++;
	if (ti >= tj || j->toks[ti].type != T_ENTITY)
		return -1;
	const struct tok *e = &j->toks[ti];
	int ent = j->lm[e->idx].index;
	if (lexicon_entity_at(j->fx->lx, (size_t)ent)->parent < 0)
		return -1;
	size_t s = j->sent_start, p = e->end;
	while (s < e->start && j->t[s] == ' ')
		s++;
	size_t le = e->start;
	while (le > s && j->t[le - 1] == ' ')
		le--;
	while (p < j->sent_end && j->t[p] == ' ')
		p++;
	/* 阿里云方面，: the part, then 方面 */
	if (le == s && p + 6 <= j->sent_end && !memcmp(j->t + p, "方面", 6))
		return ent;
	if (p >= j->sent_end || j->t[p] != ',' || le == s)
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(leads); i++)
		if (le - s == strlen(leads[i]) && !strncasecmp(j->t + s, leads[i], le - s))
			return ent;
	return -1;
}

/* The part a sentence opens on by name when the lexicon has no alias for
 * the name: "In Cloud, revenues were $15.2 billion" in Alphabet's call is
 * Google Cloud's, the one part of the company whose name holds every word
 * of it. Returns that part; -2 when no part or several hold the words (a
 * segment the lexicon does not track, "In Intelligent Cloud,": its
 * figures are none of the company's own); -1 when the sentence opens on
 * no such name. The name stands after a lead ("In", "Turning to") at the
 * sentence's start or past a speaker's label, and before a comma. */
static int part_with_words(const struct job *j, int root, size_t ns, size_t ne);

static int named_part_opener(const struct job *j, const struct state *st, size_t ti, size_t tj)
{
	static const char *const leads[] = { "in ", "turning to ", "turning now to ", "moving to ", "moving on to ",
					     "as for ", "within ", "for " };
	const char *t = j->t;
	if (st->ent < 0)
		return -1;
	size_t s = j->sent_start;
	const char *colon = memchr(t + s, ':', j->sent_end - s < 40 ? j->sent_end - s : 40);
	size_t after_label = colon ? (size_t)(colon - t) + 1 : s;
	while (after_label < j->sent_end && t[after_label] == ' ')
		after_label++;
	size_t starts[2] = { s, after_label };
	for (int at = 0; at < (colon ? 2 : 1); at++) {
		size_t p = starts[at];
		size_t lead = 0;
		for (size_t i = 0; i < ARRAY_SIZE(leads) && !lead; i++)
			if (p + strlen(leads[i]) < j->sent_end && !strncasecmp(t + p, leads[i], strlen(leads[i])))
				lead = strlen(leads[i]);
		if (!lead)
			continue;
		size_t ns = p + lead, ne = ns;
		int words = 0;
		while (ne < j->sent_end && isupper((unsigned char)t[ne]) && words < 4) {
			while (ne < j->sent_end && (isalnum((unsigned char)t[ne]) || t[ne] == '&' || t[ne] == '-'))
				ne++;
			words++;
			if (ne + 1 < j->sent_end && t[ne] == ' ' && isupper((unsigned char)t[ne + 1]))
				ne++;
		}
		if (!words || words > 3 || ne >= j->sent_end || t[ne] != ',')
			continue;
		/* a name the lexicon knows (an entity, a metric, a period) is
		 * read as such */
		for (size_t k = ti; k < tj; k++)
			if (j->toks[k].start < ne && j->toks[k].end > ns)
				return -1;
		return part_with_words(j, lexicon_root(j->fx->lx, st->ent), ns, ne);
	}
	return -1;
}

/* The one part of the company `root` whose name holds every word of
 * t[ns..ne) ("Cloud": Google Cloud; "web services": Amazon Web Services);
 * -2 when no part or several do. */
static int part_with_words(const struct job *j, int root, size_t ns, size_t ne)
{
	const char *t = j->t;
	int found = -1, count = 0;
	for (size_t e = 0; e < lexicon_entity_count(j->fx->lx); e++) {
		const struct lexicon_entity *x = lexicon_entity_at(j->fx->lx, e);
		if ((int)e == root || x->parent < 0 || lexicon_root(j->fx->lx, (int)e) != root)
			continue;
		int all = 1;
		for (size_t w = ns; w < ne && all;) {
			size_t we = w;
			while (we < ne && t[we] != ' ')
				we++;
			char word[32];
			if (we - w >= sizeof(word))
				all = 0;
			else {
				memcpy(word, t + w, we - w);
				word[we - w] = '\0';
				all = name_has_word(x->name, word);
			}
			w = we + 1;
		}
		if (all) {
			found = (int)e;
			count++;
		}
	}
	return count == 1 ? found : -2;
}

/* The part a sentence opens on by what it is, "For the Professional
 * Visualization segment,", "On the data-center side,", "In its cloud
 * business,": a lead, "the" or "its", the part's name (up to four words)
 * and the word for what it is, before a comma. Whether the sentence opens
 * so, the name in t[*ns..*ne). */
static int segment_opener(const struct job *j, size_t *ns, size_t *ne)
{
	static const char *const leads[] = { "for the ", "on the ", "in the ", "in its ", "for its ", "within the ",
					     "turning to the ", "turning to its ", "as for the ", "as for its " };
	static const char *const kinds[] = { "segment", "side", "business", "unit", "division", "category" };
	const char *t = j->t;
	size_t s = j->sent_start;
	while (s < j->sent_end && t[s] == ' ')
		s++;
	size_t p = 0;
	for (size_t i = 0; i < ARRAY_SIZE(leads) && !p; i++)
		if (s + strlen(leads[i]) < j->sent_end && !strncasecmp(t + s, leads[i], strlen(leads[i])))
			p = s + strlen(leads[i]);
	if (!p)
		return 0;
	size_t w = p;
	for (int words = 0; words < 5; words++) {
		/* (a name in quotes: the marks are no words) */
		while (w < j->sent_end && t[w] == '"')
			w++;
		size_t we = w;
		while (we < j->sent_end && (isalnum((unsigned char)t[we]) || t[we] == '-' || t[we] == '&'))
			we++;
		if (we > w && we < j->sent_end && t[we] == '"')
			we++;
		if (we == w)
			return 0;
		if (words > 0 && span_in_list(t, w, we, kinds, ARRAY_SIZE(kinds))) {
			if (we >= j->sent_end || t[we] != ',')
				return 0;
			*ns = p;
			*ne = w - 1;
			return 1;
		}
		if (we >= j->sent_end || t[we] != ' ')
			return 0;
		w = we + 1;
	}
	return 0;
}

/* Starts a paragraph's periods from its frame's: the period its document
 * or heading names (index into j->ps, -1 none). Returns the entry to
 * take as the paragraph's period, -1 none. */
static int frame_period_ahead(struct job *j, int span, int ahead)
{
	if (span < 0)
		return -1;
	pref_slot(j);
	j->pers[j->npers].expr = j->ps[span].expr;
	/* "the third quarter" of a report on several companies is the
	 * calendar's: each company's own third quarter would differ */
	if (j->doc_subject < 0 && !j->pers[j->npers].expr.fiscal)
		j->pers[j->npers].expr.calendar = 1;
	/* a period still to come (a forecast's 2026) frames no figure */
	const struct fiscal_calendar *cal =
		j->doc_subject >= 0 ? &lexicon_entity_at(j->fx->lx, (size_t)j->doc_subject)->calendar : NULL;
	struct period p;
	struct period_expr *x = &j->pers[j->npers].expr;
	if (period_resolve(x, cal, NULL, j->ref, 0, &p) < 0)
		return -1;
	/* "Oracle Q2 2026 Earnings Call" in December 2025: a company's own
	 * quarter, when the calendar's is still to come */
	if (date_cmp(p.end, j->ref) > 0 && cal && !x->fiscal && !x->calendar) {
		struct period_expr fx = *x;
		fx.fiscal = 1;
		if (period_resolve(&fx, cal, NULL, j->ref, 0, &p) == 0 && date_cmp(p.end, j->ref) <= 0)
			*x = fx;
	}
	if (date_cmp(p.end, j->ref) > 0 && !ahead)
		return -1;
	j->pers[j->npers].prev = -1;
	j->pers[j->npers].est = ahead && date_cmp(p.end, j->ref) > 0;
	j->pers[j->npers].temp = 0;
	j->pers[j->npers].named = j->doc_subject;
	j->pers[j->npers].now = 0;
	return (int)j->npers++;
}

/* The period entry a frame's period span gives, -1 when none may: a
 * period still to come frames no figure. */
static int frame_period(struct job *j, int span)
{
	return frame_period_ahead(j, span, 0);
}

/* The basis a heading that names an outlook gives the figures under it
 * ("Q4 2025 Outlook", 2026 年业绩展望, "Our estimates"), -1 none. */
static int outlook_heading(const char *t, const struct layout_line *h)
{
	static const char *const estimates[] = { "estimates", "forecast", "预测" };
	if (layout_names_outlook(t, h->start, h->end))
		return BASIS_GUIDANCE;
	for (size_t i = 0; i < ARRAY_SIZE(estimates); i++)
		if (span_find(t, h->start, h->end, estimates[i], 1) != SIZE_MAX)
			return BASIS_ESTIMATE;
	return -1;
}

int fact_extract(const struct fact_extractor *fx, const char *in, size_t len,
		 const char *report_date, struct fact_list *out, struct errmsg *e)
{
	return fact_extract_about(fx, in, len, report_date, -1, out, e);
}

int fact_extract_about(const struct fact_extractor *fx, const char *in, size_t len, const char *report_date,
		       int subject, struct fact_list *out, struct errmsg *e)
{
	struct fact_stream *fs = fact_stream_new(fx, report_date, subject, 0, e);
	if (!fs)
		return -1;
	/* the whole text is given: each call reads a window, the last the rest */
	size_t at = 0, used = 0;
	int rc;
	do {
		rc = fact_stream_next(fs, in + at, len - at, 1, &used, out, e);
		at += used;
	} while (rc == 0 && used && at < len);
	fact_stream_free(fs);
	return rc;
}

struct fact_stream *fact_stream_new(const struct fact_extractor *fx, const char *report_date, int subject,
				    size_t window, struct errmsg *e)
{
	struct date ref;
	if (date_parse(report_date, &ref) < 0) {
		err_set(e, "bad report date '%s' (want YYYY-MM-DD)", report_date ? report_date : "");
		return NULL;
	}
	struct fact_stream *fs = xcalloc(1, sizeof(*fs));
	fs->fx = fx;
	fs->ref = ref;
	fs->window = !window ? FACT_WINDOW_DEFAULT : window < FACT_HEAD ? FACT_HEAD : window;
	fs->doc = (struct frame_doc)FRAME_DOC_INIT;
	fs->doc.subject = subject;
	fs->doc.head = FACT_HEAD;
	fs->layout = (struct layout_carry)LAYOUT_CARRY_INIT;
	fs->para_root = -1;
	fs->outlook_root = -1;
	return fs;
}

void fact_stream_free(struct fact_stream *fs)
{
	if (!fs)
		return;
	for (size_t k = 0; k < WORDS_N; k++)
		free(fs->words[k].m);
	for (size_t k = 0; k < SEEN_SHARDS; k++) {
		free(fs->seen[k].slot);
		free(fs->reported[k].slot);
		free(fs->exact[k].slot);
		free(fs->fine[k].slot);
		free(fs->given[k].slot);
	}
	for (size_t k = 0; k < fs->nheld; k++) {
		free(fs->held[k].f.text);
		free(fs->held[k].quantity);
	}
	free(fs->held);
	free(fs->q);
	free(fs->ps);
	free(fs->lm);
	free(fs->toks);
	free(fs->pers);
	free(fs->sents);
	free(fs->wraps);
	free(fs->lines);
	free(fs);
}

/* Whether a window may end before line c of lines[0..n): it starts a
 * paragraph of running text or a heading after a blank line, and neither
 * a table, a units line nor a list goes on across the gap (a table's rows
 * are read together, a list's items from the line that led them in). */
static int window_ends_before(const char *t, const struct layout_line *lines, size_t n, size_t c)
{
	if (c == 0 || lines[c - 1].kind != LAYOUT_BLANK)
		return 0;
	if (lines[c].kind != LAYOUT_TEXT && lines[c].kind != LAYOUT_HEADING)
		return 0;
	size_t p = c - 1;
	while (p > 0 && lines[p].kind == LAYOUT_BLANK)
		p--;
	if (lines[p].kind == LAYOUT_TABLE || lines[p].kind == LAYOUT_UNITS)
		return 0;
	if (lines[p].kind == LAYOUT_TEXT && lines[p].end > lines[p].start &&
	    (t[lines[p].end - 1] == ':' || (lines[p].end - lines[p].start >= 3 && !memcmp(t + lines[p].end - 3, "：", 3))))
		return 0;
	size_t q = c + 1;
	while (q < n && lines[q].kind == LAYOUT_BLANK)
		q++;
	return q >= n || lines[q].kind != LAYOUT_TABLE;
}

/* The end of the last whole line in in[0..len): where the line holding
 * in[len] starts; 0 none. */
static size_t whole_lines(const char *in, size_t len)
{
	while (len > 0 && in[len - 1] != '\n')
		len--;
	return len;
}

/* The normalized offset where the window over tn ends: the start of the
 * first line at or past `from` that may begin the next one, or where a
 * text with none in reach is cut at a line end. tn->len when the whole
 * region is to be read; 0 when it holds no end (read further). */
static size_t window_end(const struct textnorm *tn, const struct layout_line *lines, size_t n, size_t from,
			 int whole, int forced)
{
	if (whole)
		return tn->len;
	size_t any = 0; /* the first line past `from`, where a forced cut falls */
	for (size_t c = 1; c < n; c++) {
		if (lines[c].start < from)
			continue;
		if (!any)
			any = c;
		if (window_ends_before(tn->text, lines, n, c))
			return whole_lines(tn->text, lines[c].start);
	}
	if (!forced)
		return 0;
	return any ? whole_lines(tn->text, lines[any].start) : tn->len;
}


/* Whether the sentence t[s..e) opens on words that point back at the part
 * the sentence before named (Its backlog, The unit's margin, 该业务). */
/* "互联网增值服务收入为 60.0 亿元。环比增长 11.4%，同比增长 45.4%。": a
 * sentence that opens on a change, with nothing but words of changing
 * before its first figure, goes on about the figure before it. Tokens
 * are looked at from `ti` (at or before the sentence's start). */
static int opens_on_change(const struct job *j, size_t ti, size_t s, size_t e)
{
	const unsigned changes = CUE_YOY | CUE_QOQ | CUE_UP | CUE_DOWN | CUE_GROWTH;
	int cued = 0;
	for (size_t k = ti; k < j->ntoks && j->toks[k].start < e; k++) {
		const struct tok *x = &j->toks[k];
		if (x->start < s)
			continue;
		if (x->type == T_QTY)
			return cued && j->q[x->idx].kind == NL_PERCENT;
		if (x->type != T_CUE || !(cue_of(j, x) & changes))
			return 0;
		cued = 1;
	}
	return 0;
}

static int opens_on_part(const char *t, size_t s, size_t e)
{
	/* ("That compares with ...", "This marks an 18% increase" go on about
	 * the figure just said) */
	static const char *const words[] = { "Its ", "The unit", "The segment", "The division", "The business",
					     "This unit", "This segment", "This division", "This business",
					     "This product group", "The product group",
					     "That compares", "This compares", "That compared", "This compared",
					     "This marks", "That marks", "This represents", "That represents",
					     "该业务", "该板块", "该部门", "该分部" };
	if (opens_with_any(t, s, e, words, ARRAY_SIZE(words)))
		return 1;
	/* ("For the reported quarter, the segment's operating income": past
	 * a clause of a few words that only dates the sentence) */
	static const char *const dating[] = { "For ", "In ", "During ", "Over " };
	static const char *const pointing[] = { "its ", "the unit", "the segment", "the division", "this unit",
						"this segment", "this division" };
	while (s < e && t[s] == ' ')
		s++;
	if (!opens_with_any(t, s, e, dating, ARRAY_SIZE(dating)))
		return 0;
	size_t c = s;
	int words_n = 1;
	while (c < e && t[c] != ',' && words_n <= 5)
		words_n += t[c++] == ' ';
	return c < e && t[c] == ',' && words_n <= 5 && opens_with_any(t, c + 1, e, pointing, ARRAY_SIZE(pointing));
}

/* The longest label before a colon: "• Microsoft Cloud (微軟雲端)". */
#define LABEL_BYTES 40

/* Whether line l is a short line of text, no figure in it, that opens
 * on a label and a colon: "数据中心:绝对的核心引擎", "游戏:稳健". */
static int label_line_above(const char *t, const struct layout_line *l)
{
	if (l->kind == LAYOUT_BLANK || l->end - l->start > 60)
		return 0;
	for (size_t i = l->start; i < l->end; i++)
		if (isdigit((unsigned char)t[i]))
			return 0;
	const char *colon = memchr(t + l->start, ':', l->end - l->start);
	return colon && (size_t)(colon - t) > l->start && (size_t)(colon - t) - l->start <= LABEL_BYTES;
}

/* Whether line l ends on its colon: a label for what comes after it. */
static int ends_on_colon(const char *t, const struct layout_line *l)
{
	size_t e = l->end;
	while (e > l->start && t[e - 1] == ' ')
		e--;
	return e > l->start && t[e - 1] == ':';
}

/* The first token that ends past `pos`: one that starts there or after,
 * or the one before it when that runs over pos. */
static size_t first_tok_over(const struct job *j, size_t pos)
{
	size_t k = first_tok_at(j, pos);
	return k > 0 && j->toks[k - 1].end > pos ? k - 1 : k;
}

/* The part the label t[s..e) is, when it is one token of the lexicon, a
 * part of a company ("• Azure", "阿里云"); -1 otherwise. */
static int label_part(const struct job *j, size_t s, size_t e)
{
	int part = -1;
	size_t k0 = first_tok_over(j, s);
	for (size_t k = k0; k < j->ntoks && j->toks[k].start < e; k++) {
		const struct tok *x = &j->toks[k];
		if (x->end <= s)
			continue;
		if (x->type != T_ENTITY || part >= 0 || lexicon_entity_at(j->fx->lx, (size_t)j->lm[x->idx].index)->parent < 0)
			return -1;
		part = j->lm[x->idx].index;
		/* (nothing but bullet marks and spaces around it) */
		for (size_t i = s; i < x->start; i++)
			if (isalnum((unsigned char)j->t[i]) || (unsigned char)j->t[i] >= 0xE3)
				return -1;
		for (size_t i = x->end; i < e; i++)
			if (j->t[i] != ' ')
				return -1;
	}
	return part;
}

/* Whether the label t[s..e) names a part by a Latin name of its own: the
 * company's name and more ("Microsoft Cloud"), or a name glossed in
 * brackets ("Intelligent Cloud (智慧雲端)"), with no token of the lexicon
 * but the company's (a part or a metric the lexicon knows is read as one). */
static int label_names_part(const struct job *j, size_t s, size_t e)
{
	const char *t = j->t;
	size_t s0 = s;
	static const char *const marks[] = { "\xE2\x80\xA2", "\xC2\xB7", "-", "*", " " };
	for (int trimmed = 1; trimmed;) {
		trimmed = 0;
		for (size_t i = 0; i < ARRAY_SIZE(marks); i++) {
			size_t n = strlen(marks[i]);
			if (s + n <= e && !memcmp(t + s, marks[i], n)) {
				s += n;
				trimmed = 1;
			}
		}
	}
	int bulleted = s > s0;
	if (s >= e || !isupper((unsigned char)t[s]))
		return 0;
	size_t name_e = s;
	while (name_e < e && (isalnum((unsigned char)t[name_e]) || t[name_e] == ' ' || t[name_e] == '&'))
		name_e++;
	while (name_e > s && t[name_e - 1] == ' ')
		name_e--;
	/* (a gloss in Chinese: not "Tencent Holdings Ltd (0700.HK)") */
	size_t g = name_e;
	while (g < e && t[g] == ' ')
		g++;
	int glossed = g + 4 < e && t[g] == '(' && (unsigned char)t[g + 1] >= 0xE3;
	/* (and not the company's own full name: "Oracle Corporation") */
	static const char *const suffixes[] = { "Inc", "Corp", "Corporation", "Ltd", "Limited", "Holdings", "Group",
						"Co", "Company", "Platforms", "Technologies", "Results", "Earnings" };
	for (size_t w = s, we; w < name_e; w = we + 1) {
		we = w;
		while (we < name_e && t[we] != ' ')
			we++;
		if (!isupper((unsigned char)t[w]) || span_in_list(t, w, we, suffixes, ARRAY_SIZE(suffixes)))
			return 0;
	}
	/* the tokens within the name: the company's first, or none */
	int company_first = 0;
	size_t k0 = first_tok_over(j, s);
	for (size_t k = k0; k < j->ntoks; k++) {
		const struct tok *x = &j->toks[k];
		if (x->end <= s)
			continue;
		if (x->start >= name_e)
			break;
		if (x->start == s && x->type == T_ENTITY && lexicon_entity_at(j->fx->lx, (size_t)j->lm[x->idx].index)->parent < 0 &&
		    x->end < name_e)
			company_first = 1;
		else
			return 0;
	}
	return (company_first && bulleted) || glossed;
}

/* The label a heading opens on before its colon ("数据中心:绝对的核心引擎":
 * 数据中心), into *s and *e; none (s == e) when line h is no heading or
 * has no short label. */
static void heading_label(const char *t, const struct layout_line *lines, int h, size_t *s, size_t *e)
{
	*s = *e = 0;
	if (h < 0)
		return;
	const char *colon = memchr(t + lines[h].start, ':', lines[h].end - lines[h].start);
	if (!colon || (size_t)(colon - t) - lines[h].start > LABEL_BYTES || (size_t)(colon - t) == lines[h].start)
		return;
	*s = lines[h].start;
	*e = (size_t)(colon - t);
}

/* Whether line li is indented under the line `lead` that leads it in
 * with a colon, with no blank line between ("五、第四季業績展望：" over
 * "　　營收預計介於…"): an item of what it leads, as a bullet is. */
static int indented_under(const char *t, const struct layout_line *lines, int lead, size_t li)
{
	if (lead < 0 || (size_t)lead >= li)
		return 0;
	for (size_t k = (size_t)lead + 1; k <= li; k++)
		if (lines[k].kind == LAYOUT_BLANK)
			return 0;
	size_t bol = lines[li].start;
	while (bol > 0 && t[bol - 1] != '\n')
		bol--;
	size_t p = bol;
	while (p < lines[li].start && (t[p] == ' ' || t[p] == '\t'))
		p++;
	return p > bol; /* (an ideographic space is two spaces by now) */
}

/* The facts of one window: the text tn->text[0..len), in[0..) as given. */
static int read_window(struct job *j, struct textnorm *tn, size_t len, struct layout_line *lines, size_t nlines,
		       struct fact_list *out, struct errmsg *e)
{
	struct fact_stream *fs = j->fs;
	const struct fact_extractor *fx = j->fx;
	j->tlen = len;
	for (size_t k = 0; k < WORDS_N; k++)
		fs->words[k].n = 0;
	wordtrie_group_scan(fx->words, tn->text, len, fs->words);
	read_yuan_declarations(j, len);
	j->excl_sent = 0; /* (a new window: the sentence looked in is gone) */
	struct wordtrie_found *words = fs->words;
	size_t ns = 0;
	segment_sentences_with(fx->sg, tn->text, len, words[WORDS_JUNK].m, words[WORDS_JUNK].n, &fs->sents, &ns,
			       &fs->capsents);
	struct sentence *sents = fs->sents;
	/* a cue word acts over the line breaks a sentence runs on over */
	size_t nwraps = 0;
	for (size_t s = 0; s < ns; s++)
		for (const char *p = tn->text + sents[s].start;
		     (p = memchr(p, '\n', (size_t)(tn->text + sents[s].end - p))) != NULL; p++) {
			GROW(fs->wraps, fs->capwraps, nwraps + 1);
			fs->wraps[nwraps++] = (size_t)(p - tn->text);
		}
	/* and a term a line break cuts is whole again */
	if (nwraps)
		for (size_t k = 0; k < WORDS_N; k++)
			if (k != WORDS_JUNK && fx->tries[k])
				wordtrie_found_join(fx->tries[k], tn->text, len, fs->wraps, nwraps, &words[k]);
	if (numlex_scan_with(fx->nl, tn->text, len, words[WORDS_NUMLEX].m, words[WORDS_NUMLEX].n, fs->wraps, nwraps,
			     &j->q, &j->nq, &j->capq, e) < 0)
		return -1;
	struct span *claimed = xmalloc((j->nq + 1) * sizeof(*claimed));
	size_t nclaimed = 0;
	/* quantities, and cue words that are never periods (year over year) */
	for (size_t i = 0; i < j->nq; i++)
		if (j->q[i].kind != NL_CUE || (j->q[i].cue & (CUE_YOY | CUE_QOQ | CUE_PRIOR))) {
			claimed[nclaimed].start = j->q[i].start;
			claimed[nclaimed++].end = j->q[i].end;
		}
	int rc = period_scan_with(fx->ps, tn->text, len, claimed, nclaimed, words[WORDS_PERIOD].m,
				  words[WORDS_PERIOD].n, &j->ps, &j->nps, &j->capps, e);
	free(claimed);
	if (rc < 0)
		return -1;
	settle_period_spans(j, len);
	for (size_t i = 0; i < j->nq; i++)
		if (j->q[i].kind != NL_CUE && j->q[i].kind != NL_NUMBER)
			out->nquantities++;
	lexicon_matches(fx->lx, words[WORDS_LEXICON].m, words[WORDS_LEXICON].n, &j->lm, &j->nlm, &j->caplm);
	merge_tokens(j);

	for (size_t s = 0; s < ns; s++)
		if (sents[s].junk)
			for (size_t l = layout_line_at(lines, nlines, sents[s].start);
			     l < nlines && lines[l].start < sents[s].end; l++)
				lines[l].junk = 1;
	layout_scope(tn->text, lines, nlines, &fs->layout);
	struct frame_line *frames = xmalloc((nlines + 1) * sizeof(*frames));
	frame_lines(j, lines, nlines, frames);
	struct state st;
	memset(&st, 0, sizeof(st));
	st.ent = st.met = st.per = st.weak_met = st.frame_ent = st.change_base = st.frame_ahead = st.item_ent = st.part_met = st.sentence_base = st.variant_at = st.level_base = -1;
	st.para_root = fs->para_root;
	/* (a window starts after a blank line: the sentence before it may
	 * have left a doubt over whose "the company" the next one says) */
	st.doubt = fs->doubt;
	st.prev_para_root = -1;
	st.subset_restore = -1;
	st.ent_before_unit = -1;
	st.base_tok = st.base_entry = -1;
	st.part_heading = -1;
	st.met_sign = 1;
	struct lead_state lead;
	memset(&lead, 0, sizeof(lead));
	lead.line = lead.ent = lead.per = lead.met = -1;
	int pers_epoch = 0; /* bumped whenever job.pers starts again */
	size_t window_first = j->out->n;
	int paragraph = -1;
	size_t ti = 0;
	/* tables are read where they stand among the sentences: what a
	 * document states twice is kept where it is first said */
	struct table_block *tables = NULL;
	size_t ntables = 0, captables = 0, tb = 0;
	table_blocks(j->t, lines, nlines, &tables, &ntables, &captables);
	size_t flat_line = SIZE_MAX, flat_end = 0;
	size_t para_facts_first = SIZE_MAX; /* where the facts of the paragraph begin, */
	struct key_set para_keys = { 0 };     /* and their keys */
	for (size_t s = 0; s < ns; s++) {
		const struct sentence *se = &sents[s];
		size_t li = layout_line_at(lines, nlines, se->start);
		const struct layout_line *ll = &lines[li];
		j->lines = lines;
		j->line = li;
		for (; tb < ntables && (size_t)tables[tb].last < li; tb++)
			read_table(j, lines, frames, &tables[tb]);
		/* each item of a list is a paragraph of its own, though the
		 * segmenter runs items that end with a full stop together */
		/* (or a line of text that opens on a label of its own, an item
		 * without a bullet: "Trainium 芯片:…" after "基础设施容量:…") */
		int item_start = (ll->kind == LAYOUT_BULLET ||
				  (ll->kind == LAYOUT_TEXT && li > 0 && lines[li - 1].kind == LAYOUT_TEXT &&
				   line_opens_on_label(tn->text, ll->start, ll->end))) &&
				 se->start <= ll->body;
		int list_over = ll->after_list && se->start <= ll->start;
		if (se->paragraph != paragraph) {
			st.para_facts = j->out->n;
			st.para_adjusted = 0;
		}
		/* "* 按非通用会计准则,已排除若干非现金项目…的若干影响: * 经营盈利为…":
		 * a label that ends on its colon, at the sentence's end or
		 * before the first of the items run into it, says which the
		 * items after it are, to the paragraph's end or the next such
		 * label */
		{
			size_t z = se->end;
			while (z > se->start && (tn->text[z - 1] == ' ' || tn->text[z - 1] == '*'))
				z--;
			size_t colon = z > se->start && tn->text[z - 1] == ':' ? z - 1 : SIZE_MAX;
			for (size_t c = se->start; colon == SIZE_MAX && c < se->end; c++) {
				const char *m = memchr(tn->text + c, ':', se->end - c);
				if (!m)
					break;
				c = (size_t)(m - tn->text);
				size_t a = c + 1;
				while (a < se->end && tn->text[a] == ' ')
					a++;
				/* (or a dash: "basis, which excludes …:- Operating profit") */
				if (a < se->end && (tn->text[a] == '*' || (tn->text[a] == '-' && a + 1 < se->end && tn->text[a + 1] == ' ') ||
						    (a + 3 <= se->end && !memcmp(tn->text + a, "\u2022", 3))))
					colon = c;
			}
			/* (the label may begin in the sentence before, cut at its
			 * footnote mark: "按非通用会计准则[2]" | ",已排除…:") */
			if (colon != SIZE_MAX) {
				size_t from = se->start;
				while (from >= 3 && se->start - from < 90 && tn->text[from - 1] != '\n' &&
				       memcmp(tn->text + from - 3, "\u3002", 3))
					from--;
				st.para_adjusted = says_adjusted(tn->text, from, colon);
			}
		}
		int new_paragraph = se->paragraph != paragraph || item_start || list_over;
		if (new_paragraph) {
			paragraph = se->paragraph;
			fs->paragraphs++;
			/* (or a short line of its own right above, "数据中心:绝对的核心
			 * 引擎", whose section goes on to a blank line) */
			/* (or a label that ends on its colon, a blank line above:
			 * "• Microsoft Cloud (微軟雲端)：") */
			int label_over = li > 1 && lines[li - 1].kind == LAYOUT_BLANK && (int)li - 2 > ll->heading &&
					 label_line_above(tn->text, &lines[li - 2]) && ends_on_colon(tn->text, &lines[li - 2]);
			if (label_over)
				heading_label(tn->text, lines, (int)li - 2, &st.head_label_s, &st.head_label_e);
			else if (ll->heading >= 0)
				heading_label(tn->text, lines, ll->heading, &st.head_label_s, &st.head_label_e);
			else if (li > 0 && label_line_above(tn->text, &lines[li - 1]))
				heading_label(tn->text, lines, (int)li - 1, &st.head_label_s, &st.head_label_e);
			else if (li == 0 || lines[li - 1].kind == LAYOUT_BLANK)
				st.head_label_s = st.head_label_e = 0;
			st.head_label_named = st.head_label_e > st.head_label_s &&
					      label_names_part(j, st.head_label_s, st.head_label_e);
			st.frame_ahead = -1;
			st.prev_para_root = st.para_root;
			st.para_root = -1;
			st.para_reported = 0;
			st.met = st.weak_met = -1;
			st.met_sign = 1;
			/* (or a line such an item wraps to: layout_scope() gives
			 * it the item's lead) */
			if (((ll->kind == LAYOUT_BULLET || ll->kind == LAYOUT_TEXT) && ll->lead >= 0 && ll->lead == lead.line) ||
			    indented_under(tn->text, lines, lead.line, li)) {
				/* an item of a list goes on from the line that led it
				 * in, and from the frame for what that line did not say */
				st.ent = st.frame_ent = lead.ent >= 0 ? lead.ent : frames[li].entity >= 0 ? frames[li].entity : -1;
				st.ent_from_frame = 1;
				if (lead.per >= 0 && lead.epoch != pers_epoch) {
					/* (its entry was of a run of periods since begun
					 * again: the item takes a copy of it) */
					GROW(j->pers, j->cappers, j->npers + 1);
					j->pers[j->npers] = lead.pref;
					j->pers[j->npers].prev = -1;
					lead.per = (int)j->npers++;
					lead.epoch = pers_epoch;
				}
				st.per = lead.per >= 0 ? lead.per : frame_period(j, frames[li].period);
				st.frame_per = -1;
				st.frame_est = lead.est;
				/* ("revenue path looks like this:" over "2023: $2
				 * billion": the measure the lead named, unless the item
				 * names its own) */
				st.met_from_lead = lead.met >= 0;
				if (lead.met >= 0) {
					st.met = lead.met;
					st.met_sign = lead.met_sign;
				}
			} else {
				st.met_from_lead = 0;
				j->npers = 0;
				j->ncache = 0;
				pers_epoch++;
				st.ent = st.frame_ent = frames[li].entity >= 0 ? frames[li].entity : -1;
				st.ent_from_frame = 1;
				/* "• Azure：" over "營收年增 40%": a label that is a part
				 * of the company framed names whose the paragraph is */
				int labelled = st.head_label_e > st.head_label_s ? label_part(j, st.head_label_s, st.head_label_e) : -1;
				if (labelled >= 0 && st.ent >= 0 && lexicon_root(fx->lx, labelled) == lexicon_root(fx->lx, st.ent))
					st.ent = st.frame_ent = labelled;
				st.per = st.frame_per = frame_period(j, frames[li].period);
				st.frame_est = 0;
				/* "Q4 2025 Outlook" over "• Revenue ~$9.6B": a period still
				 * to come frames the figures an outlook heading leads */
				int fp = frames[li].period, h = ll->heading;
				int basis = h >= 0 && fp >= 0 && j->ps[fp].start >= lines[h].start && j->ps[fp].end <= lines[h].end ?
						    outlook_heading(tn->text, &lines[h]) : -1;
				/* ("Full-year 2024" alone over "Capital expenditure
				 * estimate: $34.5 billion" in April 2024: what is given
				 * of a time still to come can only be expected) */
				if (basis < 0 && h >= 0 && fp >= 0 && j->ps[fp].start == lines[h].start &&
				    j->ps[fp].end == lines[h].end)
					basis = BASIS_ESTIMATE;
				if (st.per < 0 && basis > 0 && (st.per = st.frame_per = frame_period_ahead(j, fp, 1)) >= 0) {
					st.frame_ahead = st.per;
					st.frame_ahead_basis = basis;
				}
			}
		} else if (st.ent >= 0 && !se->soft && st.ent != st.frame_ent && !opens_on_part(tn->text, se->start, se->end) &&
			   !st.topic && !(!new_paragraph && opens_on_change(j, ti, se->start, se->end))) {
			/* a part named in one sentence: the next is of its company
			 * again — but a part a heading names holds for its text, and
			 * a sentence opening on "Its", "The unit's", 该业务 goes on
			 * about the part; under a heading that names another part of
			 * the same company (Intelligent Cloud, then a bullet on
			 * Azure), the heading's part again */
			/* (but the company itself, named in the sentence before
			 * under a heading on its part — "微软商业未完成订单…。当季
			 * 资本开支…" under "微软 Azure" — goes on: its capex is
			 * no part's) */
			int company_named = st.ent_named && lexicon_root(fx->lx, st.ent) == st.ent;
			if (company_named)
				;
			else if (st.frame_ent >= 0 && lexicon_root(fx->lx, st.frame_ent) == lexicon_root(fx->lx, st.ent))
				st.ent = st.frame_ent;
			else
				st.ent = lexicon_root(fx->lx, st.ent);
		} else if (st.ent == -2) {
			st.ent = st.ent_before_mixed;
		} else if (st.ent == -1 && st.ent_before_unit >= 0) {
			st.ent = st.ent_before_unit;
		}
		st.ent_before_unit = -1;
		/* an item of a list run into one line ("…[4] - 主权 AI 需求…[4]
		 * - 数据中心营收…") on something we do not know leaves the
		 * subject of the items after it as it was */
		if (se->item && st.ent == -1 && st.item_ent >= 0)
			st.ent = st.item_ent;
		if (st.ent >= 0)
			st.item_ent = st.ent;
		/* a doubt about one sentence's subject ends with it — but not
		 * at a semicolon after a part that gave nothing for it: "North
		 * America Retail: $127.1B sales; $11.5B operating income" goes
		 * on about the name we do not know */
		st.after_doubt = 0;
		/* (a name set as a label: a Chinese one, 投入:, is a word as
		 * often; or an item's name: "——iPad第四财季售出…；营收为48.31亿
		 * 美元") */
		int doubt_goes_on = se->soft && st.doubt && st.ent == -1 && st.doubt_left_out && s > 0 &&
				    (opens_on_label(tn->text, sents[s - 1].start, sents[s - 1].end) ||
				     item_named(j, lines, nlines, sents[s - 1].start));
		st.doubt_left_out = 0;
		if (st.ent == -1 && !doubt_goes_on) {
			st.ent = st.frame_ent;
			st.ent_from_frame = 1;
			st.after_doubt = st.doubt;
		}
		if (!doubt_goes_on)
			st.doubt = 0;
		/* (a product a count named holds past a ；: "共售出419.9万台Mac,
		 * …;营收为58.44亿美元") */
		int counted_goes_on = se->soft && st.block_counted && st.blocked && s > 0 && !new_paragraph;
		st.blocked = st.block_sentence = 0;
		if (counted_goes_on) {
			st.blocked = st.block_sentence = 1;
			st.block_through = se->end;
		} else {
			st.block_counted = 0;
		}
		/* "... not the case in its More Personal Computing division. It
		 * recorded revenues of $13.3 billion": "It" after a sentence that
		 * ended on a part we do not track is that part */
		{
			char part[64];
			if (s > 0 && !new_paragraph && opens_on_it(tn->text, se->start, se->end) &&
			    part_named_last(tn->text, sents[s - 1].start, sents[s - 1].end, part, sizeof(part))) {
				st.blocked = st.block_sentence = 1;
				st.block_clause = 0;
				st.block_pos = se->start;
				copy_str(st.block_reason, sizeof(st.block_reason), part);
			}
		}
		st.metric_through = st.seg_words_s = st.seg_words_e = 0;
		st.variant_at = -1;
		/* (past a ；, "its" still points at the part: 雲業務營收達177億美元；
		 * 其營業利潤率…) */
		st.part_left_said = se->soft && (st.part_left_sentence || st.part_left_said);
		st.part_left_sentence = 0;
		if (!new_paragraph && st.subset_restore >= 0)
			st.ent = st.subset_restore;
		st.subset_restore = -1;
		/* "It is an increase of 23% from the $55.31 billion it had in Q1
		 * 2021. The operating income for the same period": the period of
		 * what a change was from, said last, is no period of the next
		 * sentence; the one before it is */
		if (!se->soft && st.per >= 0 && st.per == st.base_entry && j->pers[st.per].prev >= 0)
			st.per = j->pers[st.per].prev;
		st.base_tok = st.base_entry = -1;
		/* "环比增长14.0%(二季度为553.7亿元);" then "Non-IFRS归母净利润705.5亿元":
		 * the aside's period, closed at the end of its sentence, is no
		 * period of the next */
		if (st.bracket_close && !new_paragraph)
			st.per = st.bracket_restore;
		/* "第四财季营收681.3亿美元…;去年同期为393.3亿美元,上季度为570.1亿美元。"
		 * then "公司此前给出的指引为650亿美元": the bases a sentence
		 * gave after its own period's figures are no period of the
		 * next; that period is */
		if (st.per >= 0 && st.per >= st.chain_pers && !se->soft) {
			int p = st.per;
			for (int depth = 0; p >= st.chain_pers && depth < 8 &&
					    (j->pers[p].expr.rel == PREL_PREV || j->pers[p].expr.rel == PREL_YEAR_BACK);
			     depth++)
				p = j->pers[p].prev;
			/* (the period they were said against may be a sentence's
			 * before: 本季度…。对比上个季度是34%。) */
			if (p != st.per && p >= 0 && (j->pers[p].expr.rel == PREL_NONE || j->pers[p].expr.rel == PREL_SAME))
				st.per = p;
		}
		st.bracket_close = 0;
		/* a base no number took (of this paragraph: a new one has set its
		 * own period, and the periods of the last are gone) */
		if (st.base_pending && !new_paragraph)
			st.per = st.base_restore;
		else if (st.base_tail)
			st.per = st.base_tail_restore;
		st.base_pending = st.base_tail = 0;
		/* "As of May 26, data ... indicates that Anthropic's annual
		 * revenue has climbed to $45B": a sentence dated to a point in
		 * time is of none of the periods said before it */
		if (se->end - se->start > 6 && !strncasecmp(tn->text + se->start, "as of ", 6))
			st.per = -1;
		st.nlist = st.list_paired = st.ent_named = 0;
		st.ent_clause = -1; /* (clauses are counted in each sentence) */
		st.sentence_base = st.level_base = -1;
		/* after a ；the metric said before still applies to a new entity */
		st.sentence_met_seen = se->soft && st.met >= 0;
		st.soft = se->soft;
		st.est_seen = st.revise_seen = st.yoy_seen = st.guidance_seen = st.met_unknown = 0;
		st.consensus_clause = -1;
		st.consensus_sentence = 0;
		/* "... were 18% and 19% for the three months ended September 30,
		 * 2025 and 2024, respectively.": what goes on to the next sentence
		 * is the first period of the pair, not the one compared with */
		if (!new_paragraph && j->sent_pair != SIZE_MAX && st.sentence_pers >= 0 &&
		    (int)j->npers - st.sentence_pers >= 2 && st.per == (int)j->npers - 1)
			st.per = st.sentence_pers;
		st.sentence_pers = (int)j->npers;
		if (!se->soft)
			st.chain_pers = st.sentence_pers;
		st.sentence_before = st.last;
		st.before_latest = st.sentence_latest;
		st.sentence_latest.valid = 0;
		if (new_paragraph)
			st.sentence_before.valid = st.before_latest.valid = st.para_level.valid = st.para_actual.valid = 0;
		st.last.valid = st.before_last.valid = 0;
		while (ti < j->ntoks && j->toks[ti].start < se->start)
			ti++;
		size_t tj = ti;
		while (tj < j->ntoks && j->toks[tj].start < se->end)
			tj++;
		/* "Bull case (US$380): ..." opening a paragraph holds for it; "in
		 * this scenario" for its sentence */
		st.scenario = 0;
		for (size_t k = ti; k < tj && !st.scenario; k++)
			st.scenario = (cue_of(j, &j->toks[k]) & CUE_SCENARIO) != 0;
		if (new_paragraph)
			st.para_scenario = st.scenario && ti < tj && (cue_of(j, &j->toks[ti]) & CUE_SCENARIO) &&
					   only_spaces(tn->text, se->start, j->toks[ti].start);
		st.scenario |= st.para_scenario;
		/* "If Meta's capex reached $180 billion in 2027 ...", 如果…: a
		 * sentence that opens on a supposition states no figure */
		st.scenario |= opens_on_supposition(tn->text, se->start, se->end);
		/* a table is read by its rows and columns, not as sentences */
		if (!se->junk && !ll->boilerplate && ll->kind != LAYOUT_TABLE && ll->kind != LAYOUT_UNITS) {
			/* an item's mark is no part of its sentence */
			j->sent_start = se->start == ll->start && ll->body > se->start ? ll->body : se->start;
			j->sent_end = se->end;
			/* (a sentence that is the item's mark alone) */
			if (j->sent_start > j->sent_end)
				j->sent_start = j->sent_end;
			j->sent_orig_known = 0;
			j->sent_pair = find_pairing(tn->text, j->sent_start, j->sent_end, &j->sent_pair_after);
			/* "AWS: Revenue grew 17.5% ... Operating margin was 32.9%": a
			 * paragraph opening on a company and a colon is about it */
			if (new_paragraph && tj > ti && j->toks[ti].type == T_ENTITY &&
			    only_spaces(tn->text, j->sent_start, j->toks[ti].start)) {
				size_t c = j->toks[ti].end;
				while (c < j->sent_end && tn->text[c] == ' ')
					c++;
				if (c < j->sent_end && tn->text[c] == ':') {
					st.ent = st.frame_ent = j->lm[j->toks[ti].idx].index;
					st.ent_from_frame = 1;
				}
			}
			/* "Turning to Google Cloud, revenues increased 34% ...
			 * Operating income was $3.6 billion": a sentence that turns
			 * to a part makes it what the paragraph is about */
			int topic = topic_opener(j, ti, tj);
			if (topic < 0)
				topic = named_part_opener(j, &st, ti, tj);
			/* "For the Professional Visualization segment,": a part
			 * the lexicon knows by name, or with the sentence's metric
			 * a metric of its own ("On the data-center side, sales"),
			 * or one we do not track */
			size_t seg_s, seg_e, label_s = st.head_label_s, label_e = st.head_label_e;
			int seg_label = 0;
			if (topic == -1 && st.ent >= 0 && segment_opener(j, &seg_s, &seg_e)) {
				int named = -1, metric = 0;
				for (size_t x = ti; x < tj; x++) {
					if (j->toks[x].type == T_ENTITY && j->toks[x].start >= seg_s && j->toks[x].end <= seg_e)
						named = j->lm[j->toks[x].idx].index;
					if (j->toks[x].type == T_METRIC && j->toks[x].start > seg_e &&
					    label_metric(j, seg_s, seg_e, &j->toks[x]) >= 0)
						metric = 1;
				}
				if (named >= 0 && lexicon_entity_at(fx->lx, (size_t)named)->parent >= 0) {
					topic = named;
				} else if (metric) {
					st.head_label_s = seg_s;
					st.head_label_e = seg_e;
					seg_label = 1;
				} else if (named < 0) {
					topic = part_with_words(j, lexicon_root(fx->lx, st.ent), seg_s, seg_e);
				}
			}
			if (topic >= 0) {
				st.ent = st.frame_ent = topic;
				st.ent_from_frame = 1;
			} else if (topic == -2) {
				/* a segment we do not track: its figures are no one's */
				st.ent = -1;
				st.doubt = 1;
			}
			/* a table a page flattened into one line: read as one (a
			 * line ending on a figure passes for a heading) */
			if ((ll->kind == LAYOUT_TEXT || ll->kind == LAYOUT_HEADING) && li != flat_line) {
				flat_line = li;
				flat_end = read_flat_table(j, ll->start, ll->end,
							   frames[li].entity >= 0 ? frames[li].entity : j->doc_subject);
			}
			if (li == flat_line && se->start < flat_end)
				continue;
			size_t facts_before = j->out->n;
			walk_sentence(j, &st, ti, tj);
			drop_second_values(j, facts_before);
			if (new_paragraph || para_facts_first > facts_before) {
				para_facts_first = facts_before;
				key_set_clear(&para_keys);
			}
			drop_disagreeing_with_before(j, para_facts_first, facts_before, &para_keys);
			if (seg_label) {
				st.head_label_s = label_s;
				st.head_label_e = label_e;
			}
			/* "Turning to Google Cloud.": a short sentence that names a
			 * part and states nothing makes it what the next ones are about */
			st.topic = 0;
			if (st.ent >= 0 && lexicon_entity_at(fx->lx, (size_t)st.ent)->parent >= 0) {
				int figures = 0;
				size_t name = SIZE_MAX;
				for (size_t x = ti; x < tj; x++) {
					figures += j->toks[x].type == T_QTY;
					if (name == SIZE_MAX && j->toks[x].type == T_ENTITY)
						name = x;
				}
				/* (its words: a turn to the name, the name alone) */
				size_t se_end = se->end;
				while (se_end > se->start && strchr(" .:", tn->text[se_end - 1]))
					se_end--;
				/* ("the AWS segment": what the part is, after its name) */
				static const char *const nouns[] = { " segment", " business", " division", " unit" };
				for (size_t w = 0; w < ARRAY_SIZE(nouns); w++) {
					size_t n = strlen(nouns[w]);
					if (se_end - se->start > n && !strncasecmp(tn->text + se_end - n, nouns[w], n)) {
						se_end -= n;
						break;
					}
				}
				st.topic = !figures && name != SIZE_MAX && j->toks[name].end >= se_end &&
					   turns_to(tn->text, se->start, j->toks[name].start);
				/* (what the rest of the paragraph is about) */
				if (st.topic)
					st.frame_ent = st.ent;
			}
			/* a period said in a forecast is a forecast's, even when none
			 * of the sentence's figures was kept */
			/* (not one a figure was read in as reported: "... for its
			 * second fiscal quarter, exceeding analysts estimated
			 * RMB37.9 billion") */
			for (size_t p = (size_t)st.sentence_pers; p < j->npers; p++)
				if (j->pers[p].est < 0)
					j->pers[p].est = j->pers[p].reported ? 0 : st.est_seen;
			/* (a sentence wrapped over lines leads in from its last:
			 * "the outlook for the first quarter of / fiscal year
			 * 2026 ... is expected to be as follows:") */
			size_t lend = se->end > se->start ? layout_line_at(lines, nlines, se->end - 1) : li;
			const struct layout_line *le = &lines[lend];
			if ((le->kind == LAYOUT_TEXT || le->kind == LAYOUT_BULLET) && se->end == le->end && le->end > le->start &&
			    (ll->kind == LAYOUT_TEXT || ll->kind == LAYOUT_BULLET) &&
			    (tn->text[le->end - 1] == ':' || (le->end - le->start >= 3 && !memcmp(tn->text + le->end - 3, "：", 3)))) {
				lead.line = (int)lend;
				lead.ent = st.ent;
				/* (a measure a lead line names with no figure of its
				 * own is what its items give) */
				int figures = 0;
				for (size_t x = ti; x < tj && !figures; x++)
					figures = j->toks[x].type == T_QTY && qtok(j, &j->toks[x])->kind != NL_NUMBER;
				lead.met = figures ? -1 : st.met;
				lead.met_sign = st.met_sign;
				/* "Highlights from the first quarter of fiscal year 2026
				 * compared with the first quarter of fiscal year 2025
				 * included:": the items are of the quarter compared */
				lead.per = st.base_pending ? st.base_restore : st.per;
				lead.epoch = pers_epoch;
				if (lead.per >= 0)
					lead.pref = j->pers[lead.per];
				lead.est = st.guidance_seen ? BASIS_GUIDANCE : st.est_seen ? BASIS_ESTIMATE : st.frame_est;
				/* ("Here's how the company performed in comparison with
				 * LSEG consensus:": the items set results against
				 * analysts' figures, each said as which it is) */
				static const char *const against[] = { "in comparison with", "compared with", "compared to",
									"versus", "against" };
				if (lead.est == BASIS_ESTIMATE && st.consensus_clause >= 0)
					for (size_t w = 0; w < ARRAY_SIZE(against); w++)
						if (span_contains(tn->text, se->start, se->end, against[w], 1))
							lead.est = st.frame_est;
			}
		}
		ti = tj;
	}
	for (; tb < ntables; tb++)
		read_table(j, lines, frames, &tables[tb]);
	note_reported(j, window_first);
	free(tables);
	free(para_keys.slot);
	fs->para_root = st.para_root;
	fs->doubt = st.doubt;
	free(frames);
	free(j->labels);
	j->labels = NULL;
	j->nlabels = 0;
	j->labels_read = 0;
	if (j->ndecl)
		for (size_t i = j->ndecl; i > 0; i--)
			if (j->decl[i - 1].root >= 0) {
				copy_str(fs->yuan_declared, sizeof(fs->yuan_declared), j->decl[i - 1].cur);
				fs->yuan_declared_root = j->decl[i - 1].root;
				fs->yuan_declared_bare = j->decl[i - 1].bare;
				break;
			}
	return 0;
}

/* An adjusted figure (Non-GAAP net income) goes when the document gives
 * its reported twin anywhere, before it or after; so does an actual said
 * roughly ("crossed $100 billion") when the document gives the same one
 * exactly ($102.3 billion): a chart shows the exact one. The window's such
 * figures (from `first` on; `in` is the window's text) are kept back, and
 * each one whose twin the document has given by now becomes a candidate.
 * At the document's end (`done`) the rest follow its other facts — the
 * same output whatever the windows. */
static void hold_twins(struct fact_stream *fs, const char *in, struct fact_list *out, size_t first, int done)
{
	size_t w = first;
	for (size_t i = first; i < out->n; i++) {
		struct fact *f = &out->items[i];
		/* (coarse figures are held up to a bound, for a long text's
		 * memory: past it they go out as they come) */
		/* (a level in a currency few series are kept in is held as an
		 * adjusted figure, and may be a coarse one too) */
		int plain = !f->adjusted || (f->adjusted == FACT_OTHER_CURRENCY && !strcmp(f->kind, "level"));
		int coarse = plain && !rounded(f) && written_coarse(f);
		if ((!f->adjusted && !rounded(f) && !coarse) || (coarse && fs->ncoarse >= HELD_COARSE_MAX)) {
			out->items[w++] = *f;
			continue;
		}
		fs->ncoarse += coarse;
		GROW(fs->held, fs->capheld, fs->nheld + 1);
		struct held_fact *h = &fs->held[fs->nheld++];
		h->f = *f;
		h->quantity = out->want_candidates ? xstrndup(in + (f->qstart - fs->offset), f->qend - f->qstart) : NULL;
	}
	out->n = w;
	size_t keep = 0;
	for (size_t k = 0; k < fs->nheld; k++) {
		struct held_fact *h = &fs->held[k];
		/* (a coarse figure is looked at once, at the end: a dense text
		 * holds many, and each window looking at all of them again cost
		 * its square) */
		int plain = !h->f.adjusted || (h->f.adjusted == FACT_OTHER_CURRENCY && !strcmp(h->f.kind, "level"));
		if (!done && plain && !rounded(&h->f) && written_coarse(&h->f)) {
			fs->held[keep++] = *h;
			continue;
		}
		uint64_t with_kind;
		figure_hash(&h->f, &with_kind);
		with_kind = unit_key(with_kind, &h->f);
		int twin = h->f.adjusted && shard_has(fs->reported, twin_hash(&h->f));
		int other_twin = twin;
		if (!twin && plain)
			twin = written_coarse(&h->f) ? shard_has(fs->fine, strcmp(h->f.unit, "%") ? with_kind :
										     percent_twin(with_kind, round(h->f.value))) :
			       rounded(&h->f)	     ? shard_has(fs->exact, with_kind) :
						       0;
		if (!twin) {
			fs->held[keep++] = *h;
			continue;
		}
		if (out->want_candidates) {
			GROW(out->cands, out->capcands, out->ncands + 1);
			struct candidate *c = &out->cands[out->ncands++];
			c->start = h->f.qstart;
			c->end = h->f.qend;
			c->quantity = h->quantity;
			c->sentence = h->f.text;
			c->stage = "agreement";
			copy_str(c->reason, sizeof(c->reason),
				 other_twin ? "the adjusted one (non-GAAP, or counted in another currency) of a reported and "
					      "adjusted pair"
					    : "said roughly, and exactly elsewhere in the document");
		} else {
			free(h->f.text);
			free(h->quantity);
		}
	}
	fs->nheld = keep;
	if (!done)
		return;
	for (size_t k = 0; k < fs->nheld; k++) {
		GROW(out->items, out->cap, out->n + 1);
		out->items[out->n++] = fs->held[k].f;
		free(fs->held[k].quantity);
	}
	fs->nheld = 0;
}

int fact_stream_next(struct fact_stream *fs, const char *in, size_t len, int last, size_t *used,
		     struct fact_list *out, struct errmsg *e)
{
	*used = 0;
	size_t window = fs->window;
	/* the region normalized: whole lines, reaching a little past the
	 * window for a place to end it, further when there is none */
	size_t reach = window + window / 4;
	struct textnorm tn;
	size_t n = 0, end = 0, region = 0;
	for (;;) {
		int whole = last && len <= reach;
		region = whole ? len : whole_lines(in, reach < len ? reach : len);
		int forced = last || len >= window * FACT_WINDOW_REACH;
		if (!region && !whole) {
			if (!forced)
				return 0; /* a line longer than what is given: read further */
			region = reach < len ? reach : len; /* no line end at all: the whole of it */
			while (region < len && ((unsigned char)in[region] & 0xC0) == 0x80)
				region++;
			whole = region == len;
		}
		if (textnorm_run(in, region, &tn, e) < 0) {
			size_t bad = 0;
			textnorm_check_utf8(in, region, &bad);
			return err_set(e, "not valid UTF-8 at byte %zu", fs->offset + bad);
		}
		/* a page in columns is read as its body runs, side column aside */
		layout_unfold(tn.text, tn.len, &fs->page, fs->offset ? 0 : FACT_HEAD);
		n = 0;
		/* the headings still open from the windows before come first */
		for (int r = 1; r < 3; r++)
			if (fs->layout.open[r] >= 0) {
				GROW(fs->lines, fs->caplines, n + 1);
				struct layout_line *l = &fs->lines[n++];
				memset(l, 0, sizeof(*l));
				l->kind = LAYOUT_HEADING;
				l->level = r;
				l->carried = 1;
				l->heading = l->lead = -1;
			}
		size_t carried = n;
		layout_lines(tn.text, tn.len, &fs->lines, &n, &fs->caplines);
		/* the window's length is counted in the normalized text */
		end = window_end(&tn, fs->lines + carried, n - carried, window, whole,
				 region == len || reach >= window * FACT_WINDOW_REACH);
		if (end || whole)
			break;
		textnorm_free(&tn);
		if (region == len && !last)
			return 0; /* no end in what is given: read further */
		reach *= 2;
	}
	/* the lines past the window's end are the next window's */
	size_t nlines = n;
	if (end < tn.len)
		for (nlines = 0; nlines < n && (fs->lines[nlines].carried || fs->lines[nlines].start < end); nlines++)
			;
	struct job j;
	memset(&j, 0, sizeof(j));
	j.fx = fs->fx;
	j.fs = fs;
	j.ref = fs->ref;
	j.tn = &tn;
	j.t = tn.text;
	j.orig = in;
	j.out = out;
	j.q = fs->q, j.capq = fs->capq;
	j.ps = fs->ps, j.capps = fs->capps;
	j.lm = fs->lm, j.caplm = fs->caplm;
	j.toks = fs->toks, j.captoks = fs->captoks;
	j.pers = fs->pers, j.cappers = fs->cappers;
	j.reported_ps = -1;
	j.awaits = -1;
	j.reported_quarterly = -1;
	size_t facts_before = out->n, cands_before = out->ncands;
	tn.text[end] = '\0';
	int rc = read_window(&j, &tn, end, fs->lines, nlines, out, e);
	fs->q = j.q, fs->capq = j.capq;
	fs->ps = j.ps, fs->capps = j.capps;
	fs->lm = j.lm, fs->caplm = j.caplm;
	fs->toks = j.toks, fs->captoks = j.captoks;
	fs->pers = j.pers, fs->cappers = j.cappers;
	*used = end == tn.len ? region : textnorm_orig(&tn, end);
	/* offsets into the document, not the window */
	for (size_t i = facts_before; i < out->n; i++) {
		struct fact *f = &out->items[i];
		f->start += fs->offset, f->end += fs->offset;
		f->qstart += fs->offset, f->qend += fs->offset;
	}
	for (size_t i = cands_before; i < out->ncands; i++)
		out->cands[i].start += fs->offset, out->cands[i].end += fs->offset;
	hold_twins(fs, in, out, facts_before, last && *used == len);
	fs->offset += *used;
	textnorm_free(&tn);
	return rc;
}

int fact_figures_agree(const struct fact_figure *a, const struct fact_figure *b)
{
	double lo_a = a->has_range ? a->low : a->value, hi_a = a->has_range ? a->high : a->value;
	double lo_b = b->has_range ? b->low : b->value, hi_b = b->has_range ? b->high : b->value;
	if (!strcmp(a->qualifier, "at_least"))
		hi_a = INFINITY;
	if (!strcmp(a->qualifier, "at_most"))
		lo_a = -INFINITY;
	if (!strcmp(b->qualifier, "at_least"))
		hi_b = INFINITY;
	if (!strcmp(b->qualifier, "at_most"))
		lo_b = -INFINITY;
	int approx = !strcmp(a->qualifier, "approx") || !strcmp(b->qualifier, "approx");
	double tol = (approx ? 0.02 : 0.005) * fmax(fabs(a->value), fabs(b->value));
	if (!approx && a->resolution > 0 && b->resolution > 0)
		tol = fmin(tol, (a->resolution + b->resolution) / 2 * (1 - 1e-9));
	return lo_a <= hi_b + tol + 1e-12 && lo_b <= hi_a + tol + 1e-12;
}

struct fact_figure fact_figure_of(const struct fact *f)
{
	struct fact_figure g = { f->value, f->low, f->high, !strcmp(f->qualifier, "range"), f->qualifier,
				 f->resolution };
	return g;
}
