/* One condition selects both the backing and the vmap() flags: compound
   pages are mapped without VM_MAP_PUT_PAGES, order-0 pages with it.  No
   path carries a bad page and the flag together, so nothing is reported
   (if/else with a flags variable, two tests of one parameter, a switch on
   a mode, a stored comparison).  Each crossed twin hands the compound
   pages over with the flag and is reported.  */
/* { dg-do compile } */

struct pbuf {
	struct page **pages;
	struct page *block;	/* mapped without the flag: freed by us */
	void *vaddr;
};

static void pbuf_free_pages(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

int pb_ifelse(struct pbuf *b, bool compound)
{
	struct page **pages;
	struct page *block = NULL;
	unsigned long flags;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -12;
	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			goto free_array;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
		flags = VM_MAP;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				goto free_array;
			}
		}
		flags = VM_MAP | VM_MAP_PUT_PAGES;
	}
	b->vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (b->vaddr) {
		b->block = block;
		b->pages = compound ? NULL : pages;
		if (compound)
			kfree(pages);
		return 0;
	}
	if (block)
		__free_pages(block, 2);
	else
		pbuf_free_pages(pages, 4);
free_array:
	kfree(pages);
	return -12;
}

int pb_ifelse_crossed(struct pbuf *b, bool compound)
{
	struct page **pages;
	struct page *block = NULL;
	unsigned long flags;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -12;
	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		if (!block)
			goto free_array;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		flags = VM_MAP | VM_MAP_PUT_PAGES;	/* { dg-message "set here" } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				goto free_array;
			}
		}
		flags = VM_MAP;
	}
	b->vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (b->vaddr) {
		/* the order-0 pages are freed through the array after vunmap() */
		b->pages = pages;
		return 0;
	}
	if (block)
		__free_pages(block, 2);
	else
		pbuf_free_pages(pages, 4);
free_array:
	kfree(pages);
	return -12;
}

/* Two tests of one parameter: where the pages come from, then the flags. */
void *pb_two_tests(struct page **pages, bool compound)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, compound ? VM_MAP : VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

void *pb_two_tests_crossed(struct page **pages, bool compound)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, compound ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* A mode: a switch picks the backing, a test of the mode the flags. */
enum pb_mode { PB_PAGES, PB_FOLIO, PB_SLAB };

void *pb_mode(struct page **pages, enum pb_mode mode)
{
	struct folio *folio = NULL;
	unsigned int i;
	void *vaddr;

	switch (mode) {
	case PB_FOLIO:
		folio = folio_alloc(GFP_KERNEL, 2);
		if (!folio)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = folio_page(folio, i);
		break;
	case PB_PAGES:
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
		break;
	default:
		return NULL;
	}
	vaddr = vmap(pages, 4, mode == PB_PAGES ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (folio)
			folio_put(folio);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

void *pb_mode_crossed(struct page **pages, enum pb_mode mode)
{
	struct folio *folio = NULL;
	unsigned int i;
	void *vaddr;

	switch (mode) {
	case PB_FOLIO:
		folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
		if (!folio)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		break;
	case PB_PAGES:
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
		break;
	default:
		return NULL;
	}
	vaddr = vmap(pages, 4, mode != PB_SLAB ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (folio)
			folio_put(folio);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* A size threshold, kept in a bool, and the same threshold tested again. */
void *pb_size(struct page **pages, unsigned int size)
{
	bool big = size > 4 * PAGE_SIZE;
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (big) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);
		if (!block)
			return NULL;
		for (i = 0; i < 8; i++)
			pages[i] = block + i;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, big ? 8 : 4, size <= 4 * PAGE_SIZE ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 3);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* Two different conditions: some path has both, so it is reported. */
void *pb_two_conditions(struct page **pages, bool compound, bool owned)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			pbuf_free_pages(pages, 4);
	}
	return vaddr;
}
