/*
 * A growable byte buffer, always NUL-terminated, in the spirit of git's
 * strbuf. The buffer owns `data`; release it with buf_free() or take it
 * with buf_detach().
 */
#ifndef MTRACK_BUF_H
#define MTRACK_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

/* Makes room for at least `extra` more bytes plus the terminating NUL. */
void buf_grow(struct buf *b, size_t extra);

/* Appends `n` bytes of `s`. */
void buf_add(struct buf *b, const void *s, size_t n);

/* Appends the NUL-terminated string `s`. */
void buf_adds(struct buf *b, const char *s);

/* Appends one byte. */
void buf_addc(struct buf *b, char c);

/* Appends printf-formatted text. */
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Same as buf_printf() with a va_list. */
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);

/* Empties the buffer, keeping its storage. */
void buf_reset(struct buf *b);

/* Returns the contents (never NULL; "" when empty). You now own the storage;
 * release it with free(3). The buffer is left empty. */
char *buf_detach(struct buf *b);

/* Releases the storage and leaves an empty buffer. */
void buf_free(struct buf *b);

/* Returns b->data, or "" for a buffer that never grew. */
const char *buf_str(const struct buf *b);

/* Appends `s` as a JSON string literal, quoted and escaped. */
void buf_add_json(struct buf *b, const char *s);

#endif
