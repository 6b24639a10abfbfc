/* level=possible: the page of a page fragment
   (page_frag_alloc(), napi_alloc_frag()) handed to vmap() with
   VM_MAP_PUT_PAGES.  The fragment cache carves fragments out of order-3
   __GFP_COMP pages when it can, so the page may be a tail page, or a
   compound head that vfree() would free as order 0.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

void *map_frags(struct page_frag_cache *nc)
{
	struct page **pages;
	void *frag, *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = alloc_page(GFP_KERNEL);
	if (!pages[0])
		goto free_array;
	frag = page_frag_alloc(nc, 4096, GFP_KERNEL);	/* { dg-message "page fragment allocated here by 'page_frag_alloc'" } */
	if (!frag)
		goto free_page;
	pages[1] = virt_to_page(frag);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of a page-fragment cache, which may be a page of an order-3 compound page; 'vfree' will call '__free_page' on it, which frees a compound page as order 0 or a tail page \\\[vmapcheck:frag-page\\\]" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES' and free the fragments with 'page_frag_free'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	page_frag_free(frag);
free_page:
	__free_page(pages[0]);
free_array:
	kfree(pages);
	return NULL;
}

void *map_napi_frag(void)
{
	struct page **pages;
	void *frag, *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	frag = napi_alloc_frag(2048);	/* { dg-message "page fragment allocated here by 'napi_alloc_frag'" } */
	if (!frag)
		goto free_array;
	pages[0] = virt_to_page(frag);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "given a page of a page-fragment cache" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	page_frag_free(frag);
free_array:
	kfree(pages);
	return NULL;
}

/* without the flag: silent */
void *map_frag_plain(struct page_frag_cache *nc)
{
	struct page *pages[1];

	pages[0] = virt_to_page(page_frag_alloc(nc, 4096, GFP_KERNEL));
	return vmap(pages, 1, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
