/*
 * SHA-256, the hash that names a report's bytes in the store, by OpenSSL's
 * libcrypto, which this module opens when it first hashes: extract of a
 * plain text hashes nothing, and a short run does not pay for loading it.
 */
#ifndef MTRACK_SHA256_H
#define MTRACK_SHA256_H

#include <stddef.h>

#include "util.h"

/* Writes the SHA-256 of data[0..len) as 64 lowercase hex digits and a NUL
 * into `out`. Returns 0, or -1 with `e` saying why libcrypto could not be
 * used. */
int sha256_hex(const void *data, size_t len, char out[65], struct errmsg *e);

#endif
