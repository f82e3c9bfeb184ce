/*
 * mtrack-bench: streams a corpus through the lexer or the whole extractor
 * in paragraph-aligned chunks, so memory stays flat however large the
 * corpus, and prints throughput as one JSON object.
 *
 * A tool for explaining a figure (run it under perf), not a source of
 * figures: no user runs this loop. bench/run measures the mtrack commands
 * themselves (BENCHMARKS.md).
 *
 *   mtrack-bench lex FILE       normalization + quantity lexer
 *   mtrack-bench extract FILE   normalization, all lexers, fact assembly
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "fact.h"
#include "numlex.h"
#include "store.h"
#include "textnorm.h"

#define CHUNK (1 << 20)

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 3 || (strcmp(argv[1], "lex") && strcmp(argv[1], "extract"))) {
		fprintf(stderr, "usage: mtrack-bench lex|extract FILE\n");
		return 2;
	}
	int lex = !strcmp(argv[1], "lex");
	FILE *f = fopen(argv[2], "rb");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	struct errmsg e;
	struct store *s = NULL;
	struct lexicon *lx = NULL;
	struct fact_extractor *fx = NULL;
	struct numlex *nl = numlex_new(&e);
	if (!nl || store_open(":memory:", &s, &e) < 0 || store_load_lexicon(s, &lx, &e) < 0 ||
	    !(fx = fact_extractor_new(lx, &e))) {
		fprintf(stderr, "%s\n", e.text);
		return 1;
	}
	store_close(s);
	char *buf = malloc(2 * CHUNK);
	size_t have = 0, bytes = 0, tokens = 0, facts = 0;
	struct numlex_token *t = NULL;
	size_t cap = 0;
	double t0 = now();
	for (;;) {
		size_t got = fread(buf + have, 1, 2 * CHUNK - have, f);
		have += got;
		if (!have)
			break;
		/* cut at the last blank line (else newline) so paragraphs stay whole */
		size_t cut = have;
		if (got) {
			char *p = NULL;
			for (size_t i = have; i > 1 && !p; i--)
				if (buf[i - 1] == '\n' && buf[i - 2] == '\n')
					p = buf + i;
			if (!p)
				for (size_t i = have; i > 0 && !p; i--)
					if (buf[i - 1] == '\n')
						p = buf + i;
			if (p)
				cut = (size_t)(p - buf);
		}
		if (lex) {
			struct textnorm tn;
			if (textnorm_run(buf, cut, &tn, &e) < 0) {
				fprintf(stderr, "%s\n", e.text);
				return 1;
			}
			size_t n = 0;
			if (numlex_scan(nl, tn.text, tn.len, &t, &n, &cap, &e) < 0) {
				fprintf(stderr, "%s\n", e.text);
				return 1;
			}
			tokens += n;
			textnorm_free(&tn);
		} else {
			struct fact_list l = FACT_LIST_INIT;
			if (fact_extract(fx, buf, cut, "2025-12-31", &l, &e) < 0) {
				fprintf(stderr, "%s\n", e.text);
				return 1;
			}
			facts += l.n;
			fact_list_free(&l);
		}
		bytes += cut;
		memmove(buf, buf + cut, have - cut);
		have -= cut;
		if (!got && !have)
			break;
	}
	double secs = now() - t0;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"mode\": \"%s\", \"bytes\": %zu, \"seconds\": %.6f, \"mb_per_s\": %.3f, \"tokens\": %zu, "
	       "\"tokens_per_s\": %.0f, \"facts\": %zu, \"max_rss_kb\": %ld}\n",
	       argv[1], bytes, secs, (double)bytes / 1e6 / secs, tokens, (double)tokens / secs, facts, ru.ru_maxrss);
	free(t);
	free(buf);
	fclose(f);
	fact_extractor_free(fx);
	lexicon_free(lx);
	numlex_free(nl);
	return 0;
}
