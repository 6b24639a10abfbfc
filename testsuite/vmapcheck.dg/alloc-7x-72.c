/* Linux 7.x spellings, on top of what every header set runs: the typed
   allocators (kmalloc_objs(), kzalloc_objs()), kmalloc() as the inline
   _kmalloc_noprof() that takes a kmalloc_token_t, and kmemdup() as the
   FORTIFY_SOURCE inline around __real_kmemdup().  */
/* { dg-do compile } */

#include "k72.h"

/* A typed page array of tail pages: warn.  */
void *objs_compound(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_objs(*pages, 4);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "stored into the page array here" } */
		/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

/* The same with alloc_page() pages in a zeroed typed array: no warning.  */
void *objs_order0(void)
{
	struct page **pages;
	void *vaddr;
	int i;

	pages = kzalloc_objs(*pages, 4);
	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

/* kmalloc() memory is slab memory, also through the token-taking inline.  */
void *slab_page(void)
{
	struct page **pages;
	void *buf, *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	if (!buf) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(buf);	/* { dg-message "stored into the page array here" } */
	/* { dg-message "page derived here by 'virt_to_page'" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a slab page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(buf);
		kfree(pages);
	}
	return vaddr;
}

/* Pages gathered in a local array, handed over in a kmemdup() copy.  */
void *dup_compound(void)
{
	struct page *local[2], **pages;
	struct folio *folio;
	void *vaddr;

	folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	if (!folio)
		return NULL;
	local[0] = folio_page(folio, 0);
	local[1] = folio_page(folio, 1);	/* { dg-message "page derived here by 'folio_page'" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	pages = kmemdup(local, sizeof(local), GFP_KERNEL);	/* { dg-message "copied into the page array here by 'kmemdup'" } */
	if (!pages) {
		folio_put(folio);
		return NULL;
	}
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		folio_put(folio);
		kfree(pages);
	}
	return vaddr;
}
