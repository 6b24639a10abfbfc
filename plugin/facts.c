// SPDX-License-Identifier: GPL-2.0
/*
 * facts.c - sets of facts about page pointers, and their paths.
 *
 * Pure data: nothing here looks at GIMPLE.  See facts.h.
 */
#include "facts.h"

#define GRAFT_MAX 32	/* a callee path longer than this is cut: notes, not proof */

const struct factset facts_empty = { 0, {} };

static struct obstack ob;
static bool ob_live;

void *facts_alloc(size_t size)
{
	if (!ob_live) {
		obstack_init(&ob);
		ob_live = true;
	}
	return obstack_alloc(&ob, size);
}

void facts_free_all(void)
{
	if (ob_live)
		obstack_free(&ob, NULL);
	ob_live = false;
}

struct factset *factset_new(void)
{
	struct factset *s = (struct factset *)facts_alloc(sizeof(*s));

	s->n = 0;
	return s;
}

const struct step *step_new(enum step_kind kind, location_t loc, const char *callee,
			    const char *what, const struct step *prev)
{
	struct step *st = (struct step *)facts_alloc(sizeof(*st));

	st->kind = kind;
	st->loc = loc;
	st->callee = callee;
	st->what = what;
	st->prev = prev;
	return st;
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
		guard_meet(&s->f[i].guard, &f->guard);
		s->f[i].maybe_split &= f->maybe_split;	/* maybe only on every path */
		s->f[i].shared &= f->shared;	/* of this object on some path */
		if (s->f[i].off != f->off)
			s->f[i].off = OFF_UNKNOWN;
		return;
	}
	if (s->n < FACTS_MAX) {
		s->f[s->n++] = *f;
		return;
	}
	/* full: a fact this unit can judge before one only the link step can */
	for (i = s->n - 1; i >= 0 && f->kind != PK_EXT; i--)
		if (s->f[i].kind == PK_EXT) {
			s->f[i] = *f;
			return;
		}
}

void factset_union(struct factset *s, const struct factset *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		factset_add(s, &t->f[i]);
}

/* The same facts in the same order, paths aside. */
bool factset_same(const struct factset *a, const struct factset *b)
{
	int i;

	if (a->n != b->n)
		return false;
	for (i = 0; i < a->n; i++)
		if (a->f[i].origin != b->f[i].origin || a->f[i].kind != b->f[i].kind ||
		    a->f[i].param != b->f[i].param || a->f[i].mem != b->f[i].mem ||
		    a->f[i].off != b->f[i].off || a->f[i].moved != b->f[i].moved ||
		    a->f[i].maybe_split != b->f[i].maybe_split || a->f[i].shared != b->f[i].shared ||
		    !guard_same(&a->f[i].guard, &b->f[i].guard))
			return false;
	return true;
}

/* ---- guards ---------------------------------------------------------- */

static bool atom_same(const struct atom *a, const struct atom *b)
{
	return a->var == b->var && a->neg == b->neg && a->lo == b->lo && a->hi == b->hi &&
	       a->mask == b->mask;
}

/* Can no value meet both A and B (about the same variable)? */
static bool atom_conflict(const struct atom *a, const struct atom *b)
{
	if (a->var != b->var)
		return false;
	if (a->mask || b->mask) {
		/* flags & M zero and not zero; or one value that fails the test */
		if (a->mask == b->mask)
			return a->neg != b->neg;
		if (!a->mask && !a->neg && a->lo == a->hi)
			return !atom_holds(b, a->lo);
		if (!b->mask && !b->neg && b->lo == b->hi)
			return !atom_holds(a, b->lo);
		return false;
	}
	if (a->neg && b->neg)
		return false;
	if (a->neg)
		return b->lo >= a->lo && b->hi <= a->hi;
	if (b->neg)
		return a->lo >= b->lo && a->hi <= b->hi;
	return a->hi < b->lo || b->hi < a->lo;
}

bool guard_and_atom(struct guard *g, const struct atom *a)
{
	int i;

	for (i = 0; i < g->n; i++) {
		if (atom_conflict(&g->a[i], a))
			return false;
		if (atom_same(&g->a[i], a))
			return true;
	}
	if (g->n < GUARD_MAX)
		g->a[g->n++] = *a;	/* else: knowing less is safe */
	return true;
}

bool guard_and(struct guard *g, const struct guard *h)
{
	int i;

	for (i = 0; i < h->n; i++)
		if (!guard_and_atom(g, &h->a[i]))
			return false;
	return true;
}

void guard_meet(struct guard *g, const struct guard *h)
{
	int i, j, n = 0;

	for (i = 0; i < g->n; i++)
		for (j = 0; j < h->n; j++)
			if (atom_same(&g->a[i], &h->a[j])) {
				g->a[n++] = g->a[i];
				break;
			}
	g->n = n;
}

bool guard_conflict(const struct guard *g, const struct guard *h)
{
	int i, j;

	for (i = 0; i < g->n; i++)
		for (j = 0; j < h->n; j++)
			if (atom_conflict(&g->a[i], &h->a[j]))
				return true;
	return false;
}

bool guard_same(const struct guard *g, const struct guard *h)
{
	int i;

	if (g->n != h->n)
		return false;
	for (i = 0; i < g->n; i++)
		if (!atom_same(&g->a[i], &h->a[i]))
			return false;
	return true;
}

void guard_keep_params(struct guard *g)
{
	int i, n = 0;

	for (i = 0; i < g->n; i++)
		if (g->a[i].var >= 0)
			g->a[n++] = g->a[i];
	g->n = n;
}

/* ---- moving and importing facts ------------------------------------- */

enum page_off shift_off(enum page_off off, enum shift sh)
{
	if (sh == SH_ANY || (sh == SH_CONST && off != OFF_ZERO))
		return OFF_UNKNOWN;
	if (sh == SH_CONST)
		return OFF_NONZERO;
	return off;
}

/* IN moved by SH; with NOTE, each path gets a step of KIND at LOC. */
struct factset *facts_shifted(const struct factset *in, enum shift sh, location_t loc,
			      enum step_kind kind, const char *callee, const char *what,
			      bool note)
{
	struct factset *out = factset_new();
	int i;

	for (i = 0; i < in->n; i++) {
		struct fact f = in->f[i];

		f.off = shift_off(f.off, sh);
		f.moved |= sh != SH_KEEP;
		if (note)
			f.path = step_new(kind, loc, callee, what, f.path);
		factset_add(out, &f);
	}
	return out;
}

/* Put the steps of SYM (a callee's path, newest first) on top of BASE. */
static const struct step *graft(const struct step *base, const struct step *sym, int depth)
{
	if (!sym || depth > GRAFT_MAX)
		return base;
	return step_new(sym->kind, sym->loc, sym->callee, sym->what,
			graft(base, sym->prev, depth + 1));
}

void facts_import_own(const struct fact *f, enum step_kind kind, location_t loc,
		      const char *callee, const char *what, struct factset *out)
{
	struct fact g = *f;

	g.path = step_new(kind, loc, callee, what, f->path);
	factset_add(out, &g);
}

void facts_substitute(const struct fact *f, const struct factset *arg, enum step_kind kind,
		      location_t loc, const char *callee, const char *what,
		      struct factset *out)
{
	enum shift sh = f->off == OFF_ZERO ? SH_KEEP : f->off == OFF_NONZERO ? SH_CONST : SH_ANY;
	int j;

	for (j = 0; j < arg->n; j++) {
		struct fact g = arg->f[j];

		if (f->to_head && g.kind != PK_PARAM) {
			g.off = OFF_ZERO;	/* the callee took the head */
			g.moved = false;
		} else if (f->to_head) {
			g.to_head = true;
		}
		/* on the callee's paths that brought it, as this call sees them */
		if (!guard_and(&g.guard, &f->guard))
			continue;
		g.off = shift_off(g.off, sh);
		g.moved |= f->moved;
		/* what the callee did with it, then this call */
		g.path = graft(g.path, f->path, 0);
		g.path = step_new(kind, loc, callee, what, g.path);
		factset_add(out, &g);
	}
}
