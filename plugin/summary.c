// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - what each function does with pages, for its callers.
 *
 * Function summaries (returns a bad page, or one derived from a parameter;
 * fills an array parameter; hands an array parameter to vmap(); splits a
 * parameter) and the facts known about memory kept in struct fields live
 * here, for the duration of the one IPA pass that computes and uses them.
 * Everything is allocated on one obstack and freed at the end of the pass.
 */
#include "vmapcheck.h"

static struct obstack vc_ob;
static bool vc_ob_live;

void *vc_alloc(size_t size)
{
	if (!vc_ob_live) {
		obstack_init(&vc_ob);
		vc_ob_live = true;
	}
	return obstack_alloc(&vc_ob, size);
}

/* A small open-addressing map from a tree (fndecl or FIELD_DECL) to data. */
struct tmap {
	tree *keys;
	void **vals;
	unsigned int size, used;
};

static struct tmap sums, fields;

static unsigned int tmap_hash(tree key, unsigned int size)
{
	return (unsigned int)(((uintptr_t)key >> 3) * 2654435761u) & (size - 1);
}

static void **tmap_slot(struct tmap *m, tree key, bool create)
{
	unsigned int i;

	if (!m->size) {
		if (!create)
			return NULL;
		m->size = 64;
		m->keys = XCNEWVEC(tree, m->size);
		m->vals = XCNEWVEC(void *, m->size);
	}
	if (create && 2 * (m->used + 1) > m->size) {
		struct tmap bigger = { NULL, NULL, m->size * 2, 0 };

		bigger.keys = XCNEWVEC(tree, bigger.size);
		bigger.vals = XCNEWVEC(void *, bigger.size);
		for (i = 0; i < m->size; i++)
			if (m->keys[i])
				*tmap_slot(&bigger, m->keys[i], true) = m->vals[i];
		XDELETEVEC(m->keys);
		XDELETEVEC(m->vals);
		*m = bigger;
	}
	for (i = tmap_hash(key, m->size);; i = (i + 1) & (m->size - 1)) {
		if (m->keys[i] == key)
			return &m->vals[i];
		if (!m->keys[i]) {
			if (!create)
				return NULL;
			m->keys[i] = key;
			m->used++;
			return &m->vals[i];
		}
	}
}

static void tmap_free(struct tmap *m)
{
	XDELETEVEC(m->keys);
	XDELETEVEC(m->vals);
	memset(m, 0, sizeof(*m));
}

static bool same_fact(const struct fact *a, const struct fact *b)
{
	if (a->kind == PK_PARAM || b->kind == PK_PARAM)
		return a->kind == b->kind && a->param == b->param &&
		       a->mem == b->mem && a->to_head == b->to_head;
	return a->origin == b->origin;
}

void factset_add(struct factset *s, const struct fact *f)
{
	int i;

	for (i = 0; i < s->n; i++) {
		if (!same_fact(&s->f[i], f))
			continue;
		/* keep the path that shows a later page, it is the worse one */
		if ((s->f[i].off == OFF_ZERO && f->off != OFF_ZERO) ||
		    (!s->f[i].moved && f->moved))
			s->f[i].path = f->path;
		s->f[i].moved |= f->moved;
		if (s->f[i].off != f->off)
			s->f[i].off = OFF_UNKNOWN;
		return;
	}
	if (s->n < FACTS_MAX)
		s->f[s->n++] = *f;
}

void factset_union(struct factset *s, const struct factset *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		factset_add(s, &t->f[i]);
}

struct fsum *summary_get(tree fndecl, bool create)
{
	void **slot;
	struct fsum *s;
	int i;

	if (!fndecl)
		return NULL;
	slot = tmap_slot(&sums, fndecl, create);
	if (!slot)
		return NULL;
	if (!*slot && create) {
		s = (struct fsum *)vc_alloc(sizeof(*s));
		memset(s, 0, sizeof(*s));
		s->decl = fndecl;
		for (i = 0; i < SUM_MAXP; i++)
			s->sink_flags[i] = -2;
		*slot = s;
	}
	return (struct fsum *)*slot;
}

static bool factset_same(const struct factset *a, const struct factset *b)
{
	int i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++)
		if (a->f[i].origin != b->f[i].origin || a->f[i].kind != b->f[i].kind ||
		    a->f[i].param != b->f[i].param || a->f[i].mem != b->f[i].mem ||
		    a->f[i].off != b->f[i].off || a->f[i].moved != b->f[i].moved)
			return false;
	return true;
}

/* Did a recomputation change anything a caller could see? */
bool summary_same(const struct fsum *a, const struct fsum *b)
{
	int i;

	if (a->split_mask != b->split_mask || a->sink_mask != b->sink_mask ||
	    !factset_same(&a->ret, &b->ret) || !factset_same(&a->ret_mem, &b->ret_mem) ||
	    !factset_same(&a->sink_val, &b->sink_val))
		return false;
	for (i = 0; i < SUM_MAXP; i++)
		if (!factset_same(&a->fill[i], &b->fill[i]) ||
		    a->sink_flags[i] != b->sink_flags[i])
			return false;
	return true;
}

int summary_param_index(tree fndecl, tree parm)
{
	tree p;
	int i = 0;

	for (p = DECL_ARGUMENTS(fndecl); p; p = DECL_CHAIN(p), i++)
		if (p == parm)
			return i < SUM_MAXP ? i : -1;
	return -1;
}

const char *summary_param_name(tree fndecl, int idx)
{
	tree p;

	for (p = DECL_ARGUMENTS(fndecl); p && idx; p = DECL_CHAIN(p))
		idx--;
	if (!p || !DECL_NAME(p))
		return "?";
	return IDENTIFIER_POINTER(DECL_NAME(p));
}

void field_add(tree field, const struct factset *fs)
{
	void **slot;
	struct factset *dst;

	if (!fs->n)
		return;
	slot = tmap_slot(&fields, field, true);
	if (!*slot) {
		dst = (struct factset *)vc_alloc(sizeof(*dst));
		dst->n = 0;
		*slot = dst;
	}
	dst = (struct factset *)*slot;
	factset_union(dst, fs);
}

const struct factset *field_get(tree field)
{
	void **slot = tmap_slot(&fields, field, false);

	return slot ? (const struct factset *)*slot : NULL;
}

void summary_free_all(void)
{
	tmap_free(&sums);
	tmap_free(&fields);
	if (vc_ob_live)
		obstack_free(&vc_ob, NULL);
	vc_ob_live = false;
}
