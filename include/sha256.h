/*
 * SHA-256 (FIPS 180-4), the hash that names a report's bytes in the store.
 * Kept here rather than taken from OpenSSL: loading libcrypto and reading
 * its configuration cost a short run more than all of its extraction.
 */
#ifndef MTRACK_SHA256_H
#define MTRACK_SHA256_H

#include <stddef.h>

/* Writes the SHA-256 of data[0..len) as 64 lowercase hex digits and a NUL
 * into `out`. */
void sha256_hex(const void *data, size_t len, char out[65]);

#endif
