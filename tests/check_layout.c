/* layout and table: line kinds, heading scopes, list leads, boilerplate,
 * table blocks, cell alignment and cell values. */
#include <math.h>

#include "layout.h"
#include "table.h"
#include "testutil.h"

/* The lines of text, typed and scoped as a whole document (yours to free). */
static struct layout_line *scoped_lines(const char *text, size_t *n)
{
	struct layout_line *l = NULL;
	size_t cap = 0;
	*n = 0;
	layout_lines(text, strlen(text), &l, n, &cap);
	layout_scope(text, l, *n, NULL);
	return l;
}

/* One letter per line: B blank, T text, H heading, L bullet, R table row,
 * U units, C caption; a '!' after a boilerplate line. */
static void kinds_of(const char *text, char *out, size_t outlen)
{
	static const char letters[] = { 'B', 'T', 'H', 'L', 'R', 'U', 'C' };
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	size_t used = 0;
	for (size_t i = 0; i < n && used + 3 < outlen; i++) {
		out[used++] = letters[l[i].kind];
		if (l[i].boilerplate)
			out[used++] = '!';
	}
	out[used] = '\0';
	free(l);
}

static const struct {
	const char *text;
	const char *want;
} shapes[] = {
	{ "Revenue grew 5%.\n\nOutlook\nWe expect more.", "TBHT" },
	/* bullets, numbered items, and a number that is no item */
	{ "● 腾讯：营收 1928 亿元。\n· Revenue was $77.7 billion\n1. Azure grew 40%.\n1.5 billion users.",
	  "LLLT" },
	{ "- Revenue grew 5%.\n-5% was the change.\n\xef\x82\xb7 Margin rose.", "LTL" },
	/* numbered headings of both ranks */
	{ "一、腾讯：广告稳健\n(一)游戏业务\n营收增长 15%。", "HHT" },
	/* a table with its units line and a one-cell row inside it */
	{ "单位：亿元\n指标      3Q24     4Q24\n收入:\n腾讯：资本开支   170.9   365.8\n",
	  "URRRB" },
	{ "(In millions, except per share amounts)\n   2025      2024\nRevenue   $77,673   $65,585", "URR" },
	/* two cells of words are no table; a long line without a full stop
	 * that goes on in lower case was wrapped */
	{ "分析师：周明远  联系人：陈思涵", "H" },
	{ "Microsoft said that its cloud business kept growing in the quarter and that\nits margins held.",
	  "TT" },
	/* a disclaimer's section says nothing, until the next heading */
	{ "Forward-Looking Statements\nRevenue may grow 5%.\nResults\nRevenue grew 5%.", "H!T!HT" },
	{ "免责声明\n本报告仅供参考。", "H!T!" },
	/* a label with its value on its line ("联系人：刘芊") is that line
	 * alone */
	{ "联系人：刘芊\n\n事件：\n腾讯营收增长 15%。", "H!BTT" },
	{ "[Image: Acme's chief on stage. Acme is a $9 billion business.]\nRevenue grew.", "CT" },
};

START_TEST(test_shapes)
{
	char got[128];
	kinds_of(shapes[_i].text, got, sizeof(got));
	ck_assert_msg(!strcmp(got, shapes[_i].want), "%s: got %s, want %s", shapes[_i].text, got, shapes[_i].want);
}
END_TEST

START_TEST(test_scopes)
{
	const char *text = "Title of the report\n一、腾讯：稳健\n营收增长。\n(一)游戏\n游戏增长。\n二、阿里：加速\n云增长。\n"
			   "For the quarter, Microsoft expects:\n· Revenue of $80 billion\n\n· Margin of 45%\nAfter.";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	ck_assert_uint_eq(n, 12);
	ck_assert(l[0].title && l[0].front);
	ck_assert_int_eq(l[2].heading, 1);
	ck_assert_int_eq(l[3].heading, 1); /* (一) under 一、 */
	ck_assert_int_eq(l[4].heading, 3);
	ck_assert_int_eq(l[6].heading, 5); /* 二、 ends 一、 and its (一) */
	ck_assert_int_eq(l[8].lead, 7);
	ck_assert_int_eq(l[10].lead, 7); /* a blank line inside a list keeps its lead */
	ck_assert_int_eq(l[11].lead, -1);
	ck_assert_uint_eq(l[8].body, l[8].start + strlen("· "));
	ck_assert_uint_eq(layout_line_at(l, n, l[4].start + 3), 4);
	free(l);
}
END_TEST

/* "Label: figure" lines are the items of the list a line leads in, with no
 * mark; without a lead the same line is a heading. */
START_TEST(test_unmarked_items)
{
	const char *text = "Outlook\nThe guidance for the second quarter:\nRevenue: $18.7 billion\nGross margin: 67.0%\n\n"
			   "Revenue: $18.7 billion\n";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	ck_assert_uint_eq(n, 7);
	ck_assert_int_eq(l[2].kind, LAYOUT_BULLET);
	ck_assert_int_eq(l[2].lead, 1);
	ck_assert_uint_eq(l[2].body, l[2].start);
	ck_assert_int_eq(l[3].lead, 1);
	ck_assert_int_eq(l[5].kind, LAYOUT_BULLET); /* a blank line inside a list keeps its lead */
	free(l);
	text = "Revenue: $18.7 billion\nThe quarter was good.\n";
	l = scoped_lines(text, &n);
	ck_assert_int_eq(l[0].kind, LAYOUT_HEADING);
	free(l);
}
END_TEST

/* A release's items wrapped at a fixed width: the lines an item wraps to
 * (in lower case, after a word that leads on, or a short line under an
 * unfinished item) are no headings and go on in the item, and the items
 * after them keep the line that led the list in; an item whose colon
 * comes a line on leads the items under it from that line. A line after
 * a whole item that opens in capitals is past it. */
START_TEST(test_wrapped_items)
{
	const char *text = "NetEase today announced its results for the fourth quarter and the year of 2023.\n"
			   "FY2023 Highlights:\n- Net revenues were RMB103,468\nmillion, an increase of 7% over the year "
			   "ended\nDecember 31, 2022.\n- The dividend was US$0.087 per share before the Share\n"
			   "Split, or US$0.029 per share\n- On a non-GAAP basis, excluding share-based\ncompensation:\n"
			   "- Gross profit was RMB63,063\nmillion.\n";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	ck_assert_uint_eq(n, 12);
	ck_assert_int_eq(l[3].kind, LAYOUT_TEXT);
	ck_assert_int_eq(l[3].lead, 1);
	ck_assert_int_eq(l[4].lead, 1); /* after "ended" */
	ck_assert_int_eq(l[5].lead, 1);
	ck_assert_int_eq(l[6].kind, LAYOUT_TEXT); /* "Split, or US$0.029 per share" is no heading */
	ck_assert_int_eq(l[6].lead, 1);
	ck_assert_int_eq(l[7].lead, 1);
	ck_assert_int_eq(l[9].lead, 8); /* led from the line with the colon */
	ck_assert_int_eq(l[10].lead, 8);
	free(l);
	text = "Broadcom announced its results for the fourth quarter of fiscal 2024 on Thursday.\nHighlights:\n- "
	       "Revenue: $14.05 billion vs. $14.09 billion expected\nBroadcom projected revenue of $14.6 billion.\n";
	l = scoped_lines(text, &n);
	ck_assert_int_eq(l[2].lead, 1);
	ck_assert_int_eq(l[3].lead, -1);
	free(l);
}
END_TEST

/* Statements a page left without their full stop are text under the
 * heading that dates them, no headings of their own. */
START_TEST(test_unfinished_statements)
{
	const char *text = "腾讯公布第二季度及中期业绩\n\n2015年上半年营收情况\n\n总收入为人民币458.28亿元(74.96亿美元),比去年"
			   "同期增长20%\n\n经营盈利为人民币194.08亿元,比去年同期增长24%\n";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	ck_assert_uint_eq(n, 8); /* (the empty line after the last break) */
	ck_assert_int_eq(l[2].kind, LAYOUT_HEADING);
	ck_assert_int_eq(l[4].kind, LAYOUT_TEXT);
	ck_assert_int_eq(l[4].heading, 2);
	ck_assert_int_eq(l[6].kind, LAYOUT_TEXT);
	ck_assert_int_eq(l[6].heading, 2);
	free(l);
}
END_TEST

/* Running text set left of a list's marks, after an item that ended its
 * sentence, is past the list; a line that goes on an unfinished item, or
 * is set under its text, is not. */
START_TEST(test_after_list)
{
	const char *text = "Revenue grew.\n  \xe2\x80\xa2 Azure grew 40%.\nMargins rose.\n"
			   "  \xe2\x80\xa2 Search grew because\nof AI.\n"
			   "  \xe2\x80\xa2 Office grew 10%.\n    and kept growing.\n";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	ck_assert_uint_ge(n, 7);
	ck_assert_int_eq(l[2].kind, LAYOUT_TEXT);
	ck_assert(l[2].after_list);
	ck_assert(!l[4].after_list); /* "of AI." goes on the item before */
	ck_assert(!l[6].after_list); /* set under the item's text */
	ck_assert(!l[0].after_list);
	free(l);
}
END_TEST

static const struct {
	const char *cell;
	int ok;
	double value;
	int percent, dollar;
	enum table_bound bound;
} values[] = {
	{ "$15,876", 1, 15876, 0, 1, TABLE_EXACT },
	{ "(4,105)", 1, -4105, 0, 0, TABLE_EXACT },
	{ "(21)%", 1, -21, 1, 0, TABLE_EXACT },
	{ "$ 77,673", 1, 77673, 0, 1, TABLE_EXACT },
	{ "$ (1,234)", 1, -1234, 0, 1, TABLE_EXACT },
	{ "$", 0, 0, 0, 0, TABLE_EXACT },
	{ "-5.2%", 1, -5.2, 1, 0, TABLE_EXACT },
	{ "~130", 1, 130, 0, 0, TABLE_APPROX },
	{ ">10", 1, 10, 0, 0, TABLE_AT_LEAST },
	{ "—", 0, 0, 0, 0, TABLE_EXACT },
	{ "n/a", 0, 0, 0, 0, TABLE_EXACT },
	{ "12a", 0, 0, 0, 0, TABLE_EXACT },
	{ "1.2.3", 0, 0, 0, 0, TABLE_EXACT },
	{ "123456789012345678901234567890123456789012345678901234567890", 0, 0, 0, 0, TABLE_EXACT },
	/* ranges (the midpoint as the value) and a scale word */
	{ "$1.50 - $1.52", 1, 1.51, 0, 1, TABLE_EXACT },
	{ "~11% - 12%", 1, 11.5, 1, 0, TABLE_APPROX },
	{ "$11.13 - $11.23 Billion", 1, 11.18, 0, 1, TABLE_EXACT },
	{ "12 - 10", 0, 0, 0, 0, TABLE_EXACT },  /* high below low: no range */
	{ "2024-12", 0, 0, 0, 0, TABLE_EXACT },  /* a month, not a range */
	{ "5% - $3", 0, 0, 0, 0, TABLE_EXACT },  /* two kinds */
};

/* A range keeps both ends; a scale word its factor. */
START_TEST(test_ranges)
{
	struct table_value v;
	const char *c = "$11.13 - $11.23 Billion";
	ck_assert_int_eq(table_parse_value(c, 0, strlen(c), &v), 0);
	ck_assert(v.range);
	ck_assert(fabs(v.low - 11.13) < 1e-9 && fabs(v.high - 11.23) < 1e-9);
	ck_assert(fabs(v.scale - 1e9) < 1);
	ck_assert_int_eq(v.decimals, 2);
	c = "41.45 to 41.55";
	ck_assert_int_eq(table_parse_value(c, 0, strlen(c), &v), 0);
	ck_assert(v.range && v.scale == 0);
	c = "-5.2%";
	ck_assert_int_eq(table_parse_value(c, 0, strlen(c), &v), 0);
	ck_assert(!v.range && fabs(v.value + 5.2) < 1e-9);
}
END_TEST

START_TEST(test_values)
{
	struct table_value v;
	const char *c = values[_i].cell;
	int rc = table_parse_value(c, 0, strlen(c), &v);
	ck_assert_int_eq(rc == 0, values[_i].ok);
	if (!values[_i].ok)
		return;
	ck_assert(fabs(v.value - values[_i].value) < 1e-9);
	ck_assert_int_eq(v.percent, values[_i].percent);
	ck_assert_int_eq(v.dollar, values[_i].dollar);
	ck_assert_int_eq(v.bound, values[_i].bound);
}
END_TEST

/* 0.9pct, +1.7ppt, 90bps: points of a percentage; 5%pct is nothing. */
START_TEST(test_points)
{
	static const struct {
		const char *cell;
		int ok;
		double value;
	} cells[] = { { "0.9pct", 1, 0.9 }, { "+1.7ppt", 1, 1.7 }, { "-0.5 pp", 1, -0.5 }, { "90bps", 1, 0.9 },
		      { "5%pct", 0, 0 }, { "pct", 0, 0 } };
	for (size_t i = 0; i < ARRAY_LEN(cells); i++) {
		struct table_value v;
		int rc = table_parse_value(cells[i].cell, 0, strlen(cells[i].cell), &v);
		ck_assert_msg((rc == 0) == cells[i].ok, "%s", cells[i].cell);
		if (rc == 0) {
			ck_assert(v.points && !v.percent);
			ck_assert_msg(fabs(v.value - cells[i].value) < 1e-9, "%s: %g", cells[i].cell, v.value);
		}
	}
}
END_TEST

START_TEST(test_blocks_and_cells)
{
	const char *text = "表 1：核心指标\n单位：亿元\n指标          3Q24      4Q24\n腾讯：资本开支  170.9     365.8\n"
			   "阿里：收入             296.1\n资料来源：公司公告\n";
	size_t n;
	struct layout_line *l = scoped_lines(text, &n);
	struct table_block *b = NULL;
	size_t nb = 0, capb = 0;
	table_blocks(text, l, n, &b, &nb, &capb);
	ck_assert_uint_eq(nb, 1);
	ck_assert_int_eq(b[0].header, 2);
	ck_assert_int_eq(b[0].units, 1);
	ck_assert_int_eq(b[0].caption, 0);
	size_t s[8], e[8];
	int col[8];
	/* as many cells as the header: by index */
	ck_assert_uint_eq(table_row_cells(text, l, b[0].header, 3, s, e, col, 8), 3);
	ck_assert_int_eq(col[2], 2);
	/* cells between bars: an empty one counts */
	const char *bars = "| Margin | 40% | | 12% |";
	ck_assert_uint_eq(layout_cells(bars, 0, strlen(bars), s, e, 8), 4);
	ck_assert_uint_eq(e[2], s[2]);
	ck_assert(!strncmp(bars + s[3], "12%", 3));
	/* a PDF chart's figures, single spaces between them: a cell each;
	 * a period's label of two words stays one cell */
	const char *chart = "40,316 47,303 41,392 26%";
	ck_assert_uint_eq(layout_cells(chart, 0, strlen(chart), s, e, 8), 4);
	ck_assert(!strncmp(chart + s[1], "47,303", 6) && e[1] - s[1] == 6);
	const char *quarters = "Q3'24 Q4'24 Q1'25";
	ck_assert_uint_eq(layout_cells(quarters, 0, strlen(quarters), s, e, 8), 3);
	const char *labels = "Q3 2025 Q3 2024";
	ck_assert_uint_eq(layout_cells(labels, 0, strlen(labels), s, e, 8), 1);
	/* fewer: by the column it stands under */
	ck_assert_uint_eq(table_row_cells(text, l, b[0].header, 4, s, e, col, 8), 2);
	ck_assert_int_eq(col[1], 2);
	ck_assert(!strncmp(text + s[1], "296.1", 5));
	free(b);
	free(l);
}
END_TEST

START_TEST(test_unfold)
{
	/* a body with a side column, wrapped mid-sentence; a table beside
	 * it keeps its figures */
	char page[] =
		"  Quarterly review of the cloud companies and their spending plans for          Analyst: A. Writer\n"
		"  next year, with every figure checked against what the companies said          Phone: 555 0100\n"
		"  in their own filings during the third quarter of the fiscal year in           Rating: Buy\n"
		"  review and the notes that came with them, which is where the numbers          Related research\n"
		"  in this page come from, as the tables below show in more detail for           Cloud notes, May\n"
		"  each of the groups that we follow here and on the pages that come             Chip notes, June\n"
		"  after this one in the rest of this report.\n"
		"\n"
		"  Revenue of the group                          2025        2024\n"
		"  Total revenue of the cloud business           77,673      65,585\n";
	char page_orig[sizeof(page)];
	memcpy(page_orig, page, sizeof(page));
	size_t len = strlen(page);
	size_t changed = layout_unfold(page, len, NULL, 0);
	ck_assert_uint_gt(changed, 0);
	ck_assert_uint_eq(strlen(page), len); /* every byte stays where it is */
	ck_assert_ptr_null(strstr(page, "Analyst"));
	ck_assert_ptr_null(strstr(page, "Related research"));
	ck_assert_ptr_nonnull(strstr(page, "77,673      65,585"));
	/* the body's lines run on: one line up to the blank one */
	const char *body_end = strstr(page, "of this report.");
	ck_assert_ptr_nonnull(body_end);
	ck_assert_ptr_null(memchr(page, '\n', (size_t)(body_end - page)));
	/* a side column on the left: its text goes, the body beside it runs on */
	char left[] =
		"Rating: Buy                     Quarterly review of the cloud companies and their\n"
		"Target: $640                    spending plans for next year, with every figure\n"
		"                                checked against what the companies said in their\n"
		"Key data                        own filings during the third quarter of the year\n"
		"Shares (mn): 7,430              and the notes that came with them, which is where\n"
		"                                the numbers in this page come from.\n"
		"Analyst: A. Writer              More follows.\n";
	size_t llen = strlen(left);
	ck_assert_uint_gt(layout_unfold(left, llen, NULL, 0), 0);
	ck_assert_uint_eq(strlen(left), llen);
	ck_assert_ptr_null(strstr(left, "Rating"));
	ck_assert_ptr_null(strstr(left, "Shares"));
	ck_assert_ptr_null(strstr(left, "Analyst"));
	ck_assert_ptr_nonnull(strstr(left, "More follows."));
	/* decided on a document's head, kept for the windows after it: a later
	 * window too short to show the column on its own is unfolded alike */
	struct layout_page pg = LAYOUT_PAGE_INIT;
	char head[] =
		"Rating: Buy                     Quarterly review of the cloud companies and their\n"
		"Target: $640                    spending plans for next year, with every figure\n"
		"                                checked against what the companies said in their\n"
		"Key data                        own filings during the third quarter of the year\n"
		"Shares (mn): 7,430              and the notes that came with them, which is where\n"
		"                                the numbers in this page come from.\n";
	ck_assert_uint_gt(layout_unfold(head, strlen(head), &pg, strlen(head)), 0);
	ck_assert(pg.decided && pg.col > 0);
	char later[] = "Analyst: A. Writer              More follows on the next page of it.\n";
	ck_assert_uint_gt(layout_unfold(later, strlen(later), &pg, 0), 0);
	ck_assert_ptr_null(strstr(later, "Analyst"));
	char alone[] = "Analyst: A. Writer              More follows on the next page of it.\n";
	ck_assert_uint_eq(layout_unfold(alone, strlen(alone), NULL, 0), 0);
	/* a table whose long labels stand before a dollar sign or N/A set
	 * apart from the figure: no side column, every cell kept */
	char dollars[] = "                                                  Three Months Ended October 31,\n"
			 "                                                         2025            2024\n"
			 "Net cash provided by operating activities          $   2,000       $   1,800\n"
			 "Cash paid for the purchase of equipment            $     150       $     140\n"
			 "Operating cash flow growth, year over year         N/A             13% - 14%\n"
			 "Free cash flow growth, year over year, est.        N/A             12% - 13%\n"
			 "Remaining obligations at the quarter's end         $  59,500       $  53,100\n"
			 "Current remaining obligations at its end           $  29,400       $  26,400\n";
	layout_unfold(dollars, strlen(dollars), NULL, 0);
	ck_assert_ptr_nonnull(strstr(dollars, "12% - 13%"));
	ck_assert_ptr_nonnull(strstr(dollars, "$  26,400"));
	/* period words set over a table's columns, line over line, are no
	 * wrapped body: the header keeps its lines */
	char stacked[] = "                         Three months ended\n"
			 "                            30 September\n"
			 "                          2025          2024      Year-on-year\n"
			 "Revenues                 192,869       167,193        15%\n";
	layout_unfold(stacked, strlen(stacked), NULL, 0);
	ck_assert_ptr_nonnull(strstr(stacked, "ended\n"));
	ck_assert_ptr_nonnull(strstr(stacked, "September\n"));
	/* a plain document's later window with a table set like a side
	 * column is no page: what the whole text is read as, so is each window */
	struct layout_page plain_pg = LAYOUT_PAGE_INIT;
	char plain_head[] = "Revenue grew 5% in the quarter, the company said in a statement.\n\nMore text follows.\n";
	ck_assert_uint_eq(layout_unfold(plain_head, strlen(plain_head), &plain_pg, strlen(plain_head)), 0);
	ck_assert(plain_pg.decided && !plain_pg.laid_out);
	char table_later[sizeof(page)];
	memcpy(table_later, page_orig, sizeof(page));
	ck_assert_uint_gt(layout_unfold(table_later, strlen(table_later), NULL, 0), 0); /* alone: a page */
	memcpy(table_later, page_orig, sizeof(page));
	ck_assert_uint_eq(layout_unfold(table_later, strlen(table_later), &plain_pg, 0), 0);
	ck_assert_ptr_nonnull(strstr(table_later, "Analyst"));
	/* a page with no side column and no margin is left alone */
	char plain[] = "Revenue grew 5% in the quarter, the company said in a statement on\nThursday.\n";
	ck_assert_uint_eq(layout_unfold(plain, strlen(plain), NULL, 0), 0);
	ck_assert_ptr_nonnull(strchr(plain, '\n'));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("layout");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_shapes, 0, ARRAY_LEN(shapes));
	tcase_add_test(tc, test_scopes);
	tcase_add_test(tc, test_unmarked_items);
	tcase_add_test(tc, test_after_list);
	tcase_add_test(tc, test_wrapped_items);
	tcase_add_test(tc, test_unfinished_statements);
	tcase_add_test(tc, test_points);
	tcase_add_test(tc, test_ranges);
	tcase_add_loop_test(tc, test_values, 0, ARRAY_LEN(values));
	tcase_add_test(tc, test_blocks_and_cells);
	tcase_add_test(tc, test_unfold);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
