/*
 * mtrack-rxgen: writes the PCRE2 patterns an extractor compiles, compiled,
 * as a C table (struct rx_cache, see rx.h), run by the build. It builds an
 * extractor the way a run does, with rx noting every pattern it is given
 * (rx_cache_record()), and writes each one's first bytes and serialized
 * codes; mtrack hands the table to rx_cache_use() and so starts without
 * compiling them. The patterns come from numlex and period alone, not from
 * the lexicon: an empty lexicon gives them all.
 *
 *   mtrack-rxgen OUT.c
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "fact.h"
#include "lexicon.h"
#include "rx.h"
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
		fputs("usage: mtrack-rxgen OUT.c\n", stderr);
		return 2;
	}
	struct errmsg e;
	struct buf c = BUF_INIT;
	int rc = 1;
	rx_cache_record();
	struct lexicon *lx = lexicon_new();
	struct fact_extractor *fx = fact_extractor_new(lx, &e);
	if (fx && rx_cache_write(&c, "embedded_rx", &e) == 0 && write_file(argv[1], &c, &e) == 0)
		rc = 0;
	if (rc)
		fprintf(stderr, "mtrack-rxgen: %s\n", e.text);
	fact_extractor_free(fx);
	lexicon_free(lx);
	buf_free(&c);
	return rc;
}
