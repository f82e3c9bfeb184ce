/*
 * SHA-256 by libcrypto, opened when first needed (see sha256.h).
 */
#include <dlfcn.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>

#include "sha256.h"
#include "banned.h"

static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;
static struct {
	__typeof__(&EVP_Digest) digest;
	__typeof__(&EVP_sha256) sha256;
	char error[160];
} crypto;

static void load_crypto(void)
{
	void *lib = dlopen(MTRACK_CRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);
	/* POSIX leaves object-to-function pointer casts to dlsym's users */
	if (lib) {
		*(void **)&crypto.digest = dlsym(lib, "EVP_Digest");
		*(void **)&crypto.sha256 = dlsym(lib, "EVP_sha256");
	}
	if (!crypto.digest || !crypto.sha256) {
		const char *why = dlerror();
		snprintf(crypto.error, sizeof(crypto.error), "%s (apt-get install libssl3)",
			 why ? why : MTRACK_CRYPTO_SONAME " lacks EVP_Digest");
		crypto.digest = NULL;
	}
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
	static const char hex[] = "0123456789abcdef";
	for (unsigned int i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
	return 0;
}
