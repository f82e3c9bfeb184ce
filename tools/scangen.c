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

static int write_file(const char *path, const struct buf *c, struct errmsg *e)
{
	struct buf tmp = BUF_INIT;
	buf_printf(&tmp, "%s.tmp", path);
	FILE *f = fopen(tmp.data, "w");
	int rc = -1;
	if (!f) {
		err_set(e, "cannot write '%s': %s", tmp.data, strerror(errno));
	} else if (fwrite(c->data, 1, c->len, f) != c->len) {
		err_set(e, "cannot write '%s': %s", tmp.data, strerror(errno));
		fclose(f);
	} else if (fclose(f) != 0) {
		err_set(e, "cannot write '%s': %s", tmp.data, strerror(errno));
	} else if (rename(tmp.data, path) < 0) {
		err_set(e, "cannot rename '%s' to '%s': %s", tmp.data, path, strerror(errno));
	} else {
		rc = 0;
	}
	buf_free(&tmp);
	return rc;
}

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
		if (write_file(argv[1], &c, &e) == 0)
			rc = 0;
	}
	if (rc)
		fprintf(stderr, "mtrack-scangen: %s\n", e.text);
	fact_extractor_free(fx);
	lexicon_free(lx);
	buf_free(&c);
	return rc;
}
