/*
 * Frames (see frame.h). The document's subject is read from its front
 * matter (the title, byline and dateline, and the first line of text,
 * where a release says "Microsoft Corp. today announced"): one company
 * named there, and in at least a third of the body's mentions, is what
 * the document is about. Headings scope the lines under them; the nearest
 * heading that names something wins, then the document.
 */
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "util.h"
#include "banned.h"

/* How far into a text whose front names no company its lede may name it. */
#define LEDE_BYTES 1500

/* The longest last line that may be a page's title set under its text. */
#define TITLE_BYTES 200

/* The distinct roots among the subject mentions m[a..b): 0, 1 (its entity
 * in `*ent`: the entity itself when named alone, else the root) or 2 for
 * several. */
struct subject_count {
	int root, only; /* the root seen, and its entity when only one was named */
	int several;
	int labelled;   /* the first named labels its line ("Claude Code: ...") */
};

/* Adds the subject mentions m[a..b) of one line to `c`: those before its
 * first figure (what a line names past a figure is that figure's), and,
 * in a title (`title`), again from a clause that begins after it: "同比激增
 * 72%!英伟达Q1财报". (A section's heading that states figures goes on as
 * prose: its later sentences name what they are about, not the section's.) */
static void count_subjects(const struct frame_mention *m, size_t a, size_t b, int title, struct subject_count *c)
{
	int past_figure = 0;
	for (size_t i = a; i < b; i++) {
		if (m[i].clause && title)
			past_figure = 0;
		if (m[i].quantity)
			past_figure = 1;
		if (past_figure || m[i].entity < 0 || m[i].object)
			continue;
		if (c->root < 0) {
			c->root = m[i].root;
			c->only = m[i].entity;
			c->labelled = m[i].label;
		} else if (m[i].root != c->root) {
			c->several = 1;
		} else if (m[i].entity != c->only && !(m[i].entity == c->root && c->only != c->root && c->labelled)) {
			/* (a part that labels its line, then its company: "Claude
			 * Code: Anthropic's Agentic Coding Platform" is on the part) */
			c->only = c->root;
		}
	}
}

/* 0 when no subject was counted, 1 with its entity in `*ent`, 2 for several. */
static int one_subject(const struct subject_count *c, int *ent)
{
	*ent = c->only;
	return c->several ? 2 : c->root >= 0;
}

/* The first period m[a..b) names before a figure (not, for the
 * document's own, one said as a forecast's: `of_text`). */
static int first_period(const struct frame_mention *m, size_t a, size_t b, int of_text)
{
	int past_figure = 0;
	for (size_t i = a; i < b; i++) {
		if (m[i].clause)
			past_figure = 0;
		if (m[i].quantity)
			past_figure = 1; /* a period past a figure is that figure's */
		else if (!past_figure && m[i].entity < 0 && m[i].period >= 0 && !(of_text && m[i].forecast))
			return m[i].period;
	}
	return -1;
}

/* Whether m[a..b) names, before any figure, a whole year and a period
 * within one. */
static int mixed_periods(const struct frame_mention *m, size_t a, size_t b)
{
	int years = 0, parts = 0;
	for (size_t i = a; i < b && !m[i].quantity; i++)
		if (m[i].entity < 0 && m[i].period >= 0) {
			years += m[i].year;
			parts += !m[i].year;
		}
	return years && parts;
}

/* The one company the mentions m[a..b) of a title set under its text
 * name, when it holds half the text's subjects or more (objects and
 * parties aside), else -2. */
static int title_below(const struct frame_mention *m, size_t nm, size_t a, size_t b)
{
	int root = -1;
	for (size_t i = a; i < b && root != -2; i++)
		if (m[i].entity >= 0 && !m[i].object && !m[i].party)
			root = root < 0 || root == m[i].root ? m[i].root : -2;
	if (root < 0)
		return -2;
	size_t own = 0, all = 0;
	for (size_t i = 0; i < nm; i++)
		if (m[i].entity >= 0 && !m[i].object && !m[i].party) {
			all++;
			own += m[i].root == root;
		}
	return own * 2 >= all ? root : -2;
}

void frame_scope(const struct layout_line *lines, size_t n, const struct frame_mention *m, size_t nm,
		 struct frame_line *out, struct frame_doc *doc, const int open_lines[3])
{
	int known = doc->subject;
	doc->mentions = doc->subject_share = 0;
	if (!doc->decided)
		doc->period = -1;
	/* the mentions of each line: m[from[i]..from[i + 1]) */
	size_t *from = xmalloc((n + 1) * sizeof(*from));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		while (k < nm && m[k].pos < lines[i].start)
			k++;
		from[i] = k;
	}
	from[n] = nm;
	size_t first_text = n;
	for (size_t i = 0; i < n && first_text == n; i++)
		if (!lines[i].front && lines[i].kind == LAYOUT_TEXT)
			first_text = i;
	size_t front_end = first_text < n ? first_text + 1 : n;
	/* the title, the headings and bylines above the text, and the first
	 * line of text (a dateline: "Microsoft Corp. today announced") */
	struct subject_count front = { -1, -1, 0, 0 };
	/* (a name on a line of its own counts too: "Baidu, Inc." over a Hong
	 * Kong announcement's title, read as text for its full stop; not the
	 * links and banners among them: "相关阅读" over "👉 英伟达数据中心收入
	 * 500亿美元" at the end of a page of bullets) */
	/* (a title is a heading, or the first line when it is short: its
	 * clauses are read apart; the first line of prose is read as prose) */
	int first_line = 1;
	for (size_t i = 0; i < front_end && !doc->decided; i++) {
		if (!lines[i].junk && (i == first_text || lines[i].kind == LAYOUT_HEADING ||
				       (lines[i].front && lines[i].kind == LAYOUT_TEXT && lines[i].end - lines[i].start <= 40)))
			count_subjects(m, from[i], from[i + 1],
				       lines[i].kind == LAYOUT_HEADING ||
					       (first_line && lines[i].end - lines[i].start <= TITLE_BYTES),
				       &front);
		if (lines[i].kind != LAYOUT_BLANK)
			first_line = 0;
	}
	int subject = -1;
	if (!doc->decided)
		doc->subject = -1;
	/* a front that names no company at all ("Key Points" over bullets of
	 * figures, then "Shares of Nvidia ... are hovering"): the lede names
	 * it, in the first text lines that name any, if it holds half the
	 * body's mentions (a roundup's first company holds far less) */
	int from_lede = 0;
	/* (the one group every subject the text names is of, -2 for several,
	 * -1 none: a line that names it after figures, "thanks to demand for
	 * the Nvidia Hopper platform", names no rival) */
	int group_root = -1;
	for (size_t i = 0; i < nm && group_root != -2; i++)
		if (m[i].entity >= 0 && !m[i].object && !m[i].party)
			group_root = group_root < 0 || group_root == m[i].root ? m[i].root : -2;
	for (size_t x = 0; x < (first_text < n ? from[first_text] : 0) && front.root < 0; x++)
		if (m[x].entity >= 0)
			front.several = 1; /* (its lists and bylines name some) */
	for (size_t i = front_end; i < n && front.root < 0 && !front.several && !doc->decided &&
				   lines[i].start < LEDE_BYTES;
	     i++) {
		if (!lines[i].junk && !lines[i].boilerplate && lines[i].kind == LAYOUT_TEXT) {
			count_subjects(m, from[i], from[i + 1], 0, &front);
			from_lede = front.root >= 0;
			/* (a part it names after figures that named no one,
			 * "营收697.87亿美元 … 谷歌云业务营收为74.54亿美元": those
			 * were the company's, and so is the document) */
			for (size_t x = 0; x < from[i] && from_lede && front.only != front.root; x++)
				if (m[x].quantity)
					front.only = front.root;
		}
		/* (not past a line naming companies it does not count: a
		 * tracker's list of four; a part of a company a line names
		 * alone and with no figure, "YouTube 继续贡献现金流", is no
		 * company, where "02 | 微软 Azure：增速 39%" heads a roundup's
		 * section) */
		int named = 0, part = 1, figures = 0;
		for (size_t x = from[i]; x < from[i + 1] && front.root < 0; x++) {
			figures += m[x].quantity;
			/* (nor the examples a list in brackets gives: "cloud
			 * providers (Microsoft, Amazon, Alphabet, etc.)") */
			if (m[x].entity >= 0 && !m[x].party && m[x].root != group_root) {
				named++;
				part &= m[x].entity != m[x].root;
			}
		}
		if (named > 1 || (named == 1 && (!part || figures)))
			front.several = 1;
	}
	/* nor its lede: an AI summary run into one line, "净营收1024.66亿美元
	 * ... iPhone营收490.25亿美元 ... iPhone": when every company the text
	 * names, twice or more, is of one group, that group is the subject */
	/* (or once, in a title the page set under its summary: "英伟达营收再
	 * 创新高" as the last line, after bullets that name no one) */
	/* (or once, in a rated note that calls it 公司 more: "维持增持评级 …
	 * 公司 FY25Q4 营收 … 黄仁勋称英伟达 GPU 较 ASIC 有优势") */
	if (front.root < 0 && !front.several && !doc->decided) {
		int root = -1, count = 0, corefs = 0;
		size_t at = 0;
		for (size_t i = 0; i < nm && root != -2; i++) {
			corefs += m[i].coref;
			if (m[i].entity < 0 || m[i].object || m[i].party)
				continue;
			root = root < 0 || root == m[i].root ? m[i].root : -2;
			count++;
			at = i;
		}
		size_t last = n;
		while (last > 0 && lines[last - 1].kind == LAYOUT_BLANK)
			last--;
		int titled = count == 1 && last > 0 && from[last - 1] <= at && at < from[last] &&
			     lines[last - 1].end - lines[last - 1].start <= TITLE_BYTES;
		/* (a title set under the text that names one company, which
		 * holds half the mentions or more: "Azure规模虽不及AWS" is a
		 * rival held up against it) */
		if (root == -2 && last > 0 && lines[last - 1].end - lines[last - 1].start <= TITLE_BYTES)
			root = title_below(m, nm, from[last - 1], from[last]);
		if (root >= 0 && (count >= 2 || titled || (count == 1 && doc->one_company && corefs >= 2))) {
			front.root = front.only = root;
			from_lede = 1;
		}
	}
	if (!doc->decided && one_subject(&front, &subject) == 1) {
		int root = -1;
		for (size_t i = 0; i < nm && root < 0; i++)
			if (m[i].entity == subject || m[i].root == subject)
				root = m[i].root;
		for (size_t i = front_end; i < n && lines[i].start < doc->head; i++) {
			/* (nor the links to other stories under a page's text) */
			if (lines[i].boilerplate || lines[i].junk)
				continue;
			/* (the other party of a deal, "an agreement with
			 * Microsoft", is no rival subject) */
			for (size_t x = from[i]; x < from[i + 1]; x++)
				if ((m[x].entity >= 0 && !m[x].party) || m[x].coref) {
					doc->mentions++;
					doc->subject_share += m[x].coref || m[x].root == root;
				}
		}
		if (doc->subject_share * (from_lede ? 2 : 3) >= doc->mentions || (doc->one_company && !from_lede))
			doc->subject = subject;
	}
	if (known >= 0 && !doc->decided)
		doc->subject = known;
	int subject_root = doc->decided ? doc->subject_root : -1;
	for (size_t i = 0; i < nm && subject_root < 0; i++)
		if (m[i].entity >= 0 && (m[i].entity == doc->subject || m[i].root == doc->subject))
			subject_root = m[i].root;
	if (subject_root < 0)
		subject_root = doc->subject;
	/* the period the document is about: the first its title, its front
	 * headings or its first line of text names before any figure */
	size_t period_line = n;
	for (size_t i = 0; i < front_end && doc->period < 0 && !doc->decided; i++)
		if (i == first_text || lines[i].kind == LAYOUT_HEADING) {
			/* (a line of text that names a year and a quarter, "had a
			 * solid 2025. Then, it told investors what to expect in
			 * the first quarter of 2026", says neither is the text's) */
			if (lines[i].kind != LAYOUT_HEADING && mixed_periods(m, from[i], from[i + 1]))
				break;
			doc->period = first_period(m, from[i], from[i + 1], 1);
			period_line = i;
		}
	int *hent = xmalloc((n + 1) * sizeof(*hent));
	int *hroot = xmalloc((n + 1) * sizeof(*hroot));
	int *hper = xmalloc((n + 1) * sizeof(*hper));
	for (size_t i = 0; i < n; i++) {
		hent[i] = hroot[i] = -1;
		hper[i] = -1;
		if (lines[i].carried) {
			hent[i] = doc->open[lines[i].level].entity;
			hroot[i] = doc->open[lines[i].level].root;
			hper[i] = doc->open[lines[i].level].period;
			continue;
		}
		if (lines[i].kind != LAYOUT_HEADING || lines[i].title)
			continue;
		struct subject_count c = { -1, -1, 0, 0 };
		count_subjects(m, from[i], from[i + 1], 0, &c);
		int e = -1;
		int r = one_subject(&c, &e);
		hent[i] = r == 1 ? e : r == 2 ? -2 : -1;
		hroot[i] = r == 1 ? c.root : -1;
		hper[i] = first_period(m, from[i], from[i + 1], 0);
		/* a heading that states figures is a sentence, not a scope: of
		 * periods, and of a part ("增值服務業務收入升16%" does not make the
		 * company's figures under it the part's; "谷歌云：增速34%", the
		 * part as a label, still heads its section) */
		int stated = 0, labelled = 0;
		for (size_t x = from[i]; x < from[i + 1]; x++) {
			stated |= m[x].quantity;
			labelled |= m[x].label;
		}
		if (stated)
			hper[i] = -1;
		if (stated && !labelled && hent[i] >= 0 && hent[i] != hroot[i])
			hent[i] = hroot[i] = -1;
	}
	for (size_t i = 0; i < n; i++) {
		int ent = -1, per = -1, root = -1;
		int h = lines[i].heading;
		for (int depth = 0; h >= 0 && depth < 8; depth++) {
			if (ent == -1) {
				ent = hent[h];
				root = hroot[h];
			}
			if (per == -1)
				per = hper[h];
			h = lines[h].heading;
		}
		/* a section on another company than the document's takes no
		 * period of the document's: FY2026Q3 is Nvidia's, not AMD's */
		int other = doc->subject >= 0 && ent != -1 && (ent == -2 || root != subject_root);
		out[i].entity = ent == -1 ? doc->subject : ent;
		/* the line that names the document's period reads it in place */
		out[i].period = per != -1 ? per : i == period_line || other ? -1 : doc->period;
	}
	doc->subject_root = subject_root;
	for (int r = 1; r < 3; r++) {
		int h = open_lines ? open_lines[r] : -1;
		doc->open[r].entity = h >= 0 ? hent[h] : -1;
		doc->open[r].root = h >= 0 ? hroot[h] : -1;
		doc->open[r].period = h >= 0 ? hper[h] : -1;
	}
	free(hent);
	free(hroot);
	free(hper);
	free(from);
}
