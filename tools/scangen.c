/*
 * mtrack-scangen: writes what an extractor builds of its scanners before it
 * reads a byte, built, as C tables, run by the build: the PCRE2 patterns
 * compiled (struct rx_cache, see rx.h: each one's first bytes and
 * serialized codes) and the word tries of the fixed word lists (struct
 * wordtrie_cache, see wordtrie.h). It builds an extractor the way a run
 * does, with rx and wordtrie noting what they are given
 * (rx_cache_record(), wordtrie_cache_record()); mtrack hands the tables to
 * rx_cache_use() and wordtrie_cache_use() and so starts without compiling
 * or building them. They come from numlex, period, segment and fact alone,
 * not from the lexicon: an empty lexicon gives them all.
 *
 *   mtrack-scangen OUT.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fact.h"
#include "lexicon.h"
#include "rx.h"
#include "wordtrie.h"
#include "banned.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fputs("usage: mtrack-scangen OUT.c\n", stderr);
		return 2;
	}
	struct errmsg e;
	struct buf c = BUF_INIT;
	int rc = 1;
	rx_cache_record();
	wordtrie_cache_record();
	struct lexicon *lx = lexicon_new();
	struct fact_extractor *fx = fact_extractor_new(lx, &e);
	buf_adds(&c, "/* Written by mtrack-scangen (tools/scangen.c): the extractor's patterns\n"
		     " * compiled and word tries built at build time. Do not edit. */\n"
		     "#include <stddef.h>\n\n#include \"embedded.h\"\n#include \"wordtrie_image.h\"\n\n");
	if (fx && rx_cache_write(&c, "embedded_rx", &e) == 0) {
		buf_addc(&c, '\n');
		wordtrie_cache_write(&c, "embedded_tries");
		if (write_file(argv[1], c.data, c.len, &e) == 0)
			rc = 0;
	}
	if (rc)
		fprintf(stderr, "mtrack-scangen: %s\n", e.text);
	fact_extractor_free(fx);
	lexicon_free(lx);
	buf_free(&c);
	return rc;
}
