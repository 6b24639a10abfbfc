/* vunmap() of a VM_MAP_PUT_PAGES mapping whose address was kept in memory
   or returned by a helper: kept in a struct field and released by another
   function, kept in a global, returned by the function that maps it, and
   registered as a cleanup action from a struct field.  Silent when the field
   is also given other mappings, when the flag depends on the object (and
   the release does too), for a field of another struct with the same name,
   and for vfree().  */
/* { dg-do compile } */

struct kunit;
typedef void (kunit_action_t)(void *);
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action, void *ctx);
void release_pages(struct page **pages, int nr);
#define ENOMEM		12

struct ring {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

int ring_map(struct ring *r)
{
	void *vaddr = vmap(r->pages, r->nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!vaddr)
		return -ENOMEM;
	r->vaddr = vaddr;	/* { dg-message "kept in struct field 'vaddr' here" } */
	r->pages = NULL;
	return 0;
}

void ring_unmap(struct ring *r)
{
	vunmap(r->vaddr);	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES': the pages and the page array leak \\\[vmapcheck:vunmap-put-pages\\\]" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
	r->vaddr = NULL;
}

static void ring_unmap_action(void *data)
{
	vunmap(data);	/* { dg-message "'ring_unmap_action', registered to run later, releases it with 'vunmap' here" } */
}

int ring_map_test(struct kunit *test, struct ring *r)
{
	int err = ring_map(r);

	if (err)
		return err;
	return kunit_add_action_or_reset(test, ring_unmap_action, r->vaddr);	/* { dg-warning "'vunmap' releases a mapping" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

/* a global */
static void *log_buf;

int log_map(struct page **pages, unsigned int n)
{
	void *vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!vaddr)
		return -ENOMEM;
	log_buf = vaddr;	/* { dg-message "kept in global 'log_buf' here" } */
	return 0;
}

void log_unmap(void)
{
	vunmap(log_buf);	/* { dg-warning "'vunmap' releases a mapping" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	log_buf = NULL;
}

/* returned by the function that maps it */
static void *map_fresh(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
	if (vaddr)
		return vaddr;
err:
	release_pages(pages, i);
	kfree(pages);
	return NULL;
}

int scratch(void)
{
	char *p = map_fresh(4);	/* { dg-message "returned by 'map_fresh' here" } */

	if (!p)
		return -ENOMEM;
	p[0] = 1;
	vunmap(p);	/* { dg-warning "'vunmap' releases a mapping" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return 0;
}

/* ---- silent ---------------------------------------------------------- */

/* a field that also holds mappings without the flag */
struct view {
	void *addr;
	bool owned;
};

int view_map_owned(struct view *v, struct page **pages, unsigned int n)
{
	v->addr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	v->owned = true;
	return v->addr ? 0 : -ENOMEM;
}

int view_map_borrowed(struct view *v, struct page **pages, unsigned int n)
{
	v->addr = vmap(pages, n, VM_MAP, PAGE_KERNEL);
	v->owned = false;
	return v->addr ? 0 : -ENOMEM;
}

void view_unmap(struct view *v)
{
	if (v->owned)
		vfree(v->addr);
	else
		vunmap(v->addr);	/* { dg-bogus "vmapcheck" } */
}

/* the flag depends on the object, and so does the release */
struct window {
	void *addr;
	bool owned;
};

int window_map(struct window *w, struct page **pages, unsigned int n, bool owned)
{
	w->addr = vmap(pages, n, owned ? VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);
	w->owned = owned;
	return w->addr ? 0 : -ENOMEM;
}

void window_unmap(struct window *w)
{
	if (w->owned)
		vfree(w->addr);
	else
		vunmap(w->addr);	/* { dg-bogus "vmapcheck" } */
}

/* a field of the same name in another struct */
struct mirror {
	void *vaddr;
};

int mirror_map(struct mirror *m, struct page **pages, unsigned int n)
{
	m->vaddr = vmap(pages, n, VM_MAP, PAGE_KERNEL);
	return m->vaddr ? 0 : -ENOMEM;
}

void mirror_unmap(struct mirror *m)
{
	vunmap(m->vaddr);	/* { dg-bogus "vmapcheck" } */
}

/* released as it must be */
void ring_free(struct ring *r)
{
	vfree(r->vaddr);	/* { dg-bogus "vmapcheck" } */
	r->vaddr = NULL;
}
