/* frame: the document's subject and period, heading scopes, and when a
 * document has no subject. Mentions are written by hand: entity ids are
 * small integers, a root given beside each. */
#include "frame.h"
#include "layout.h"
#include "testutil.h"

#define ENT(p, e, r) { (p), 0, (e), (r), -1, 0, 0, 0, 0, 0, 0, 0, 0 }
#define OBJ(p, e, r) { (p), 0, (e), (r), -1, 1, 0, 0, 0, 0, 0, 0, 0 }
#define PARTY(p, e, r) { (p), 0, (e), (r), -1, 1, 1, 0, 0, 0, 0, 0, 0 }
#define PER(p, k) { (p), 0, -1, -1, (k), 0, 0, 0, 0, 0, 0, 0, 0 }
#define QTY(p) { (p), 0, -1, -1, -1, 0, 0, 1, 0, 0, 0, 0, 0 }
#define COREF(p) { (p), 0, -1, -1, -1, 0, 0, 0, 1, 0, 0, 0, 0 }
/* an entity that opens a new clause of its line */
#define CLAUSE_ENT(p, e, r) { (p), 0, (e), (r), -1, 0, 0, 0, 0, 1, 0, 0, 0 }
#define CLAUSE_PER(p, k) { (p), 0, -1, -1, (k), 0, 0, 0, 0, 1, 0, 0, 0 }

/* The offset of the start of line `n` (from 0) of text. */
static size_t line_pos(const char *text, int n)
{
	const char *p = text;
	while (n-- > 0)
		p = strchr(p, '\n') + 1;
	return (size_t)(p - text);
}

struct framed {
	struct layout_line *l;
	size_t n;
	struct frame_line *f;
	struct frame_doc doc;
};

/* Frames text with the mentions m[0..nm); `rated` as the caller found the
 * head of the text (see struct frame_doc). */
static void frame_text_rated(const char *text, const struct frame_mention *m, size_t nm, int rated, struct framed *out)
{
	size_t cap = 0;
	out->l = NULL;
	out->n = 0;
	layout_lines(text, strlen(text), &out->l, &out->n, &cap);
	layout_scope(text, out->l, out->n, NULL);
	out->f = malloc(out->n * sizeof(*out->f));
	out->doc = (struct frame_doc)FRAME_DOC_INIT;
	out->doc.one_company = rated;
	frame_scope(out->l, out->n, m, nm, out->f, &out->doc, NULL);
}

static void frame_text(const char *text, const struct frame_mention *m, size_t nm, struct framed *out)
{
	frame_text_rated(text, m, nm, 0, out);
}

static void framed_free(struct framed *x)
{
	free(x->l);
	free(x->f);
}

/* The document's frame of text with the mentions m[0..nm) (`rated` as in
 * frame_text_rated()), for a case that asks nothing of its lines. */
static struct frame_doc doc_of(const char *text, const struct frame_mention *m, size_t nm, int rated)
{
	struct framed x;
	frame_text_rated(text, m, nm, rated, &x);
	framed_free(&x);
	return x.doc;
}

START_TEST(test_press_release)
{
	/* the company named in the headline and the dateline; a part of it
	 * mentioned in the body is still the company */
	const char *t = "Acme Cloud Strength Fuels Third Quarter Results\n\n"
			"SPRINGFIELD, Oct. 29, 2025 - Acme Corp. today announced results for the quarter ended September 30, 2025:\n"
			"Revenue was $7.7 billion.\nAcme Cloud revenue grew 40%.\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 0), 7, 3), PER(line_pos(t, 0) + 30, 0), ENT(line_pos(t, 2) + 32, 3, 3),
		PER(line_pos(t, 2) + 80, 1), QTY(line_pos(t, 3) + 12), ENT(line_pos(t, 4), 7, 3),
	};
	struct framed x;
	frame_text(t, m, ARRAY_LEN(m), &x);
	ck_assert_int_eq(x.doc.subject, 3); /* two of its names: the root */
	ck_assert_int_eq(x.doc.period, 0);
	ck_assert_int_eq(x.f[3].entity, 3);
	ck_assert_int_eq(x.f[3].period, 0);
	framed_free(&x);
}
END_TEST

/* A title that opens on a figure of a part ("Chips up 72%!") and names
 * its company in the next clause: the company is the subject, the period
 * beside it the document's; named past a figure in the same clause, it is
 * that figure's and frames nothing. */
START_TEST(test_title_clause_after_figure)
{
	const char *t = "Chips up 72%! Acme Q1 results: records\n\nRevenue was $7.7 billion.\nAcme cloud grew 40%.\n";
	struct frame_mention m[] = {
		QTY(line_pos(t, 0) + 9), CLAUSE_ENT(line_pos(t, 0) + 14, 3, 3), PER(line_pos(t, 0) + 19, 0),
		QTY(line_pos(t, 2) + 12), ENT(line_pos(t, 3), 3, 3),
	};
	struct frame_doc d = doc_of(t, m, ARRAY_LEN(m), 0);
	ck_assert_int_eq(d.subject, 3);
	ck_assert_int_eq(d.period, 0);
	struct frame_mention same[] = {
		QTY(line_pos(t, 0) + 9), ENT(line_pos(t, 0) + 14, 3, 3), PER(line_pos(t, 0) + 19, 0),
		QTY(line_pos(t, 2) + 12), ENT(line_pos(t, 3), 3, 3),
	};
	d = doc_of(t, same, ARRAY_LEN(same), 0);
	ck_assert_int_eq(d.period, -1);
	/* two companies, one each side of the break: several, no subject */
	const char *u = "Acme up 3%; Beta down 2%\n\nShares moved.\n";
	struct frame_mention two[] = { ENT(line_pos(u, 0), 3, 3), QTY(line_pos(u, 0) + 8), CLAUSE_ENT(line_pos(u, 0) + 12, 4, 4) };
	d = doc_of(u, two, ARRAY_LEN(two), 0);
	ck_assert_int_eq(d.subject, -1);
}
END_TEST

/* A note on one company that names its customers more often than the
 * company itself: 公司 counts for the subject's share. */
START_TEST(test_coref_share)
{
	const char *t = "Alpha点评\n\n本周公司发布三季度报告，业绩符合我们此前的预期，维持评级不变。\nBeta与Gamma订单强劲，公司收入增长，公司利润增长。\nBeta加单，公司受益。\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 0), 1, 1),	    ENT(line_pos(t, 3), 2, 2),	     ENT(line_pos(t, 3) + 7, 3, 3),
		COREF(line_pos(t, 3) + 30),	    COREF(line_pos(t, 3) + 50),	     ENT(line_pos(t, 4), 2, 2),
		COREF(line_pos(t, 4) + 12),
	};
	struct frame_doc d = doc_of(t, m, ARRAY_LEN(m), 0);
	ck_assert_int_eq(d.subject, 1);
	/* without them, Alpha has none of the body's mentions */
	struct frame_mention bare[] = { ENT(line_pos(t, 0), 1, 1), ENT(line_pos(t, 3), 2, 2), ENT(line_pos(t, 3) + 7, 3, 3),
					ENT(line_pos(t, 4), 2, 2) };
	d = doc_of(t, bare, ARRAY_LEN(bare), 0);
	ck_assert_int_eq(d.subject, -1);
}
END_TEST

START_TEST(test_several_companies)
{
	/* a review of three companies: no subject; each heading scopes its
	 * section, a heading naming two names none */
	const char *t = "Three companies reviewed\n一、Alpha：稳健\n营收增长。\n二、Beta：加速\n云增长。\n三、Alpha 与 Beta\n合计增长。\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 1) + 6, 1, 1), ENT(line_pos(t, 3) + 6, 2, 2), ENT(line_pos(t, 5) + 6, 1, 1),
		ENT(line_pos(t, 5) + 16, 2, 2),
	};
	struct framed x;
	frame_text(t, m, ARRAY_LEN(m), &x);
	ck_assert_int_eq(x.doc.subject, -1);
	ck_assert_int_eq(x.f[2].entity, 1);
	ck_assert_int_eq(x.f[4].entity, 2);
	ck_assert_int_eq(x.f[6].entity, -2);
	framed_free(&x);
}
END_TEST

START_TEST(test_subject_outweighed)
{
	/* the headline names one company, the body mostly others: no subject */
	const char *t = "Alpha beats\n\nThe market moved a lot this week, with many results out and more to come soon.\n"
			"Beta grew.\nGamma grew.\nDelta grew.\nBeta fell.\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 0), 1, 1), ENT(line_pos(t, 3), 2, 2), ENT(line_pos(t, 4), 4, 4),
		ENT(line_pos(t, 5), 5, 5), ENT(line_pos(t, 6), 2, 2),
	};
	struct framed x;
	struct frame_doc d;
	frame_text(t, m, ARRAY_LEN(m), &x);
	ck_assert_int_eq(x.doc.subject, -1);
	ck_assert_int_eq(x.doc.mentions, 4);
	ck_assert_int_eq(x.f[3].entity, -1);
	framed_free(&x);
	/* the same text with a rating at its head: a note on the company its
	 * front names, whatever else its body mentions */
	d = doc_of(t, m, ARRAY_LEN(m), 1);
	ck_assert_int_eq(d.subject, 1);
}
END_TEST

START_TEST(test_object_and_figure)
{
	/* an object in the headline is not its subject; what a line names
	 * after a figure frames nothing */
	const char *t = "Alpha signs deal with Beta\n\nAlpha said the deal was worth $5 billion to Gamma over five years, and more.\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 0), 1, 1), OBJ(line_pos(t, 0) + 22, 2, 2), ENT(line_pos(t, 2), 1, 1),
		QTY(line_pos(t, 2) + 30), ENT(line_pos(t, 2) + 44, 4, 4), PER(line_pos(t, 2) + 50, 0),
	};
	struct frame_doc d = doc_of(t, m, ARRAY_LEN(m), 0);
	ck_assert_int_eq(d.subject, 1);
	ck_assert_int_eq(d.period, -1);
}
END_TEST

START_TEST(test_deal_parties)
{
	/* a letter whose highlights name the companies it signed deals with:
	 * the parties are no rivals of its subject; figures credited by "by"
	 * to other companies still are */
	const char *t = "Alpha Q3 letter\n\nDear shareholders, this was a strong quarter for all of us here.\n"
			"Signed a deal with Beta and a deal with Gamma.\nGrowth was strong.\n";
	struct frame_mention m[] = {
		ENT(line_pos(t, 0), 1, 1),
		PARTY(line_pos(t, 3) + 17, 2, 2),
		PARTY(line_pos(t, 3) + 40, 4, 4),
	};
	struct frame_doc d = doc_of(t, m, ARRAY_LEN(m), 0);
	ck_assert_int_eq(d.subject, 1);
	ck_assert_int_eq(d.mentions, 0);
	struct frame_mention o[] = {
		ENT(line_pos(t, 0), 1, 1),
		OBJ(line_pos(t, 3) + 17, 2, 2),
		OBJ(line_pos(t, 3) + 40, 4, 4),
	};
	d = doc_of(t, o, ARRAY_LEN(o), 0);
	ck_assert_int_eq(d.subject, -1);
}
END_TEST

START_TEST(test_known_subject)
{
	/* the caller knows what the document is about */
	const char *t = "Quarterly results\n\nRevenue grew in every region, and margins held across the board.\n";
	size_t cap = 0;
	struct framed x;
	x.l = NULL;
	x.n = 0;
	layout_lines(t, strlen(t), &x.l, &x.n, &cap);
	layout_scope(t, x.l, x.n, NULL);
	x.f = malloc(x.n * sizeof(*x.f));
	x.doc = (struct frame_doc)FRAME_DOC_INIT;
	x.doc.subject = 9;
	frame_scope(x.l, x.n, NULL, 0, x.f, &x.doc, NULL);
	ck_assert_int_eq(x.doc.subject, 9);
	ck_assert_int_eq(x.f[2].entity, 9);
	framed_free(&x);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("frame");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_press_release);
	tcase_add_test(tc, test_title_clause_after_figure);
	tcase_add_test(tc, test_several_companies);
	tcase_add_test(tc, test_coref_share);
	tcase_add_test(tc, test_subject_outweighed);
	tcase_add_test(tc, test_object_and_figure);
	tcase_add_test(tc, test_deal_parties);
	tcase_add_test(tc, test_known_subject);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
