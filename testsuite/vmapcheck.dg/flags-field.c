/* The vmap() flags kept in a struct field set at init, or read from a
   static const table of structs.  When every value the unit stores into
   the field sets VM_MAP_PUT_PAGES, every object is handed over with it: a
   folio's pages are reported.  When the objects disagree (one kind is
   mapped with the flag, another without), which object reaches the call
   is not known, and nothing is reported.  */
/* { dg-do compile } */

struct fbuf {
	struct page **pages;
	unsigned long vm_flags;
	unsigned int nr;
	void *vaddr;
};

void fbuf_init(struct fbuf *b, unsigned int nr)
{
	b->pages = NULL;
	b->nr = nr;
	b->vm_flags = VM_MAP | VM_MAP_PUT_PAGES;	/* { dg-message "'VM_MAP_PUT_PAGES' set here" } */
}

int fbuf_map_folio(struct fbuf *b)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	unsigned int i;

	if (!folio)
		return -12;
	b->pages = kmalloc_array(2, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(folio);
		return -12;
	}
	for (i = 0; i < 2; i++)
		b->pages[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	b->vaddr = vmap(b->pages, 2, b->vm_flags, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (b->vaddr)
		return 0;
	kfree(b->pages);
	b->pages = NULL;
	folio_put(folio);
	return -12;
}

/* A const table of modes: every mode hands the pages over. */
struct vmode {
	gfp_t gfp;
	unsigned long vm_flags;
};

static const struct vmode vmodes[] = {
	{ GFP_KERNEL, VM_MAP | VM_MAP_PUT_PAGES },
	{ GFP_KERNEL | __GFP_ZERO, VM_MAP | VM_MAP_PUT_PAGES },
};

void *vmode_map(struct page **pages, unsigned int m)
{
	struct page *p;
	unsigned int i;
	void *vaddr;

	if (m >= 2)
		return NULL;
	p = alloc_pages(vmodes[m].gfp, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, vmodes[m].vm_flags, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(p, 2);
	return vaddr;
}

/* Two kinds of objects: order-0 pages handed over, a folio kept. */
struct kbuf {
	struct page **pages;
	struct folio *folio;
	unsigned long vm_flags;
};

int kbuf_init_pages(struct kbuf *k)
{
	unsigned int i;

	k->folio = NULL;
	k->vm_flags = VM_MAP | VM_MAP_PUT_PAGES;
	k->pages = kcalloc(2, sizeof(*k->pages), GFP_KERNEL);
	if (!k->pages)
		return -12;
	for (i = 0; i < 2; i++) {
		k->pages[i] = alloc_page(GFP_KERNEL);
		if (!k->pages[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		__free_page(k->pages[i]);
	kfree(k->pages);
	return -12;
}

int kbuf_init_folio(struct kbuf *k)
{
	k->vm_flags = VM_MAP;
	k->folio = folio_alloc(GFP_KERNEL, 1);
	if (!k->folio)
		return -12;
	k->pages = kcalloc(2, sizeof(*k->pages), GFP_KERNEL);
	if (!k->pages) {
		folio_put(k->folio);
		return -12;
	}
	k->pages[0] = folio_page(k->folio, 0);
	k->pages[1] = folio_page(k->folio, 1);
	return 0;
}

/* the pages go with the area if the flag is set, else stay the object's */
void *kbuf_vmap(struct kbuf *k)
{
	return vmap(k->pages, 2, k->vm_flags, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
