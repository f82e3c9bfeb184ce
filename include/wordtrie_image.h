/*
 * The layout of a word trie (see wordtrie.h), shared by wordtrie.c and the
 * C tables wordtrie_write_c() writes at build time, so that a large trie
 * (the default lexicon's) is part of the program instead of being built
 * at every start. Nothing else is to look inside.
 */
#ifndef MTRACK_WORDTRIE_IMAGE_H
#define MTRACK_WORDTRIE_IMAGE_H

#include <stddef.h>

struct wordtrie_edge {
	unsigned char byte;
	int child;
};

/* A node is kept small: a large trie's nodes are most of the memory a
 * short run touches, and every page of it is a page fault. What only a
 * node with several children needs is kept beside, in struct wordtrie_fanout. */
struct wordtrie_node {
	int id;            /* word ending here, or -1 */
	int space, hyphen; /* the children on ' ' and '-', or -1: looked up at every step */
	int only_child;    /* the child of a node with one: most nodes down a word */
	int fanout;        /* index into the trie's fanouts, for a node with several children */
	unsigned short nedges;
	unsigned char only_byte;
	unsigned char boundary_end; /* the word ending here must not run on into a letter or digit */
};

struct wordtrie_fanout {
	struct wordtrie_edge *edges; /* sorted by byte */
	int capedges;
	int *dense;         /* children by byte, for nodes with many (a Chinese lead byte's) */
};

/* Where words may start, for a scan to pass over the rest quickly. */
struct wordtrie_starts {
	/* how far the scan steps from a byte no word starts with: the whole
	 * character it leads (1 for ASCII and stray continuation bytes), or
	 * 0 for a byte a word may start with */
	unsigned char step[256];
	unsigned char latin_start[256]; /* that first byte is a Latin letter or digit */
	unsigned char cjk_first[65536 / 8]; /* 3-byte characters a word starts with, as a bitmap */
};

struct wordtrie {
	struct wordtrie_node *nodes;
	size_t n, cap;
	struct wordtrie_fanout *fanouts;
	size_t nfanouts, capfanouts;
	unsigned char first[256]; /* bytes a word may start with */
	int root[256];            /* the root's children, by byte */
	struct wordtrie_starts starts;
	int frozen; /* tables of the program (wordtrie_write_c()): never changed nor freed */
};

#endif
