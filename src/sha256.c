/*
 * SHA-256 by libcrypto, opened when first needed (see sha256.h).
 */
#include <dlfcn.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "sha256.h"
#include "banned.h"

static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;
static struct {
	__typeof__(&EVP_Digest) digest;
	__typeof__(&EVP_sha256) sha256;
	__typeof__(&EVP_MD_CTX_new) ctx_new;
	__typeof__(&EVP_MD_CTX_free) ctx_free;
	__typeof__(&EVP_DigestInit_ex) init;
	__typeof__(&EVP_DigestUpdate) update;
	__typeof__(&EVP_DigestFinal_ex) final;
	char error[160];
} crypto;

static void load_crypto(void)
{
	void *lib = dlopen(MTRACK_CRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
	if (lib) {
		*(void **)&crypto.digest = dlsym(lib, "EVP_Digest");
		*(void **)&crypto.sha256 = dlsym(lib, "EVP_sha256");
		*(void **)&crypto.ctx_new = dlsym(lib, "EVP_MD_CTX_new");
		*(void **)&crypto.ctx_free = dlsym(lib, "EVP_MD_CTX_free");
		*(void **)&crypto.init = dlsym(lib, "EVP_DigestInit_ex");
		*(void **)&crypto.update = dlsym(lib, "EVP_DigestUpdate");
		*(void **)&crypto.final = dlsym(lib, "EVP_DigestFinal_ex");
	}
	if (!crypto.digest || !crypto.sha256 || !crypto.ctx_new || !crypto.ctx_free || !crypto.init || !crypto.update ||
	    !crypto.final) {
		const char *why = dlerror();
		snprintf(crypto.error, sizeof(crypto.error), "%s (apt-get install libssl3)",
			 why ? why : MTRACK_CRYPTO_SONAME " lacks EVP_Digest");
		crypto.digest = NULL;
	}
}

static void to_hex(const unsigned char md[32], char out[65])
{
	static const char hex[] = "0123456789abcdef";
	for (unsigned int i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

int sha256_hex(const void *data, size_t len, char out[65], struct errmsg *e)
{
	pthread_once(&crypto_once, load_crypto);
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	if (!crypto.digest)
		return err_set(e, "cannot hash the report: %s", crypto.error);
	if (!crypto.digest(data, len, md, &n, crypto.sha256(), NULL) || n != 32)
		return err_set(e, "cannot hash the report: libcrypto's SHA-256 failed");
	to_hex(md, out);
	return 0;
}

struct sha256 {
	EVP_MD_CTX *ctx;
	int failed;
};

struct sha256 *sha256_begin(struct errmsg *e)
{
	pthread_once(&crypto_once, load_crypto);
	if (!crypto.digest) {
		err_set(e, "cannot hash: %s", crypto.error);
		return NULL;
	}
	struct sha256 *h = xcalloc(1, sizeof(*h));
	h->ctx = crypto.ctx_new();
	if (!h->ctx || !crypto.init(h->ctx, crypto.sha256(), NULL)) {
		if (h->ctx)
			crypto.ctx_free(h->ctx);
		free(h);
		err_set(e, "cannot hash: libcrypto's SHA-256 failed");
		return NULL;
	}
	return h;
}

void sha256_add(struct sha256 *h, const void *data, size_t len)
{
	if (len && !h->failed && !crypto.update(h->ctx, data, len))
		h->failed = 1;
}

int sha256_end(struct sha256 *h, char out[65], struct errmsg *e)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	int ok = !h->failed && crypto.final(h->ctx, md, &n) && n == 32;
	crypto.ctx_free(h->ctx);
	free(h);
	if (!ok)
		return err_set(e, "cannot hash: libcrypto's SHA-256 failed");
	to_hex(md, out);
	return 0;
}
