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

/* The SHA-256 of data given piece by piece: sha256_begin() (NULL with `e`
 * set when libcrypto cannot be used), sha256_add() for each piece, then
 * sha256_end(), which writes the 64 hex digits and a NUL into `out`,
 * releases `h` and returns 0, or -1. */
struct sha256;
struct sha256 *sha256_begin(struct errmsg *e);
void sha256_add(struct sha256 *h, const void *data, size_t len);
int sha256_end(struct sha256 *h, char out[65], struct errmsg *e);

#endif
