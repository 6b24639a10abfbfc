/* Must not warn: alloc_pages_bulk_array() (alloc_pages_bulk() from 6.14) fills the
   array with order-0 pages (lib/kunit_iov_iter.c does exactly this).  */
/* { dg-do compile } */

void *bulk_pages(unsigned long npages)
{
	struct page **pages;
	unsigned long got, i;
	void *vaddr;

	pages = kvcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
#ifdef VMAPCHECK_KERNEL_7_2
	got = alloc_pages_bulk(GFP_KERNEL, npages, pages);	/* 6.14+ */
#else
	got = alloc_pages_bulk_array(GFP_KERNEL, npages, pages);
#endif
	if (got != npages)
		goto err;
	vaddr = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < got; i++)
		__free_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void *bulk_pages_node(int nid)
{
	struct page **pages = kcalloc(8, sizeof(*pages), GFP_KERNEL);
	unsigned long got, i;
	void *vaddr;

	if (!pages)
		return NULL;
#ifdef VMAPCHECK_KERNEL_7_2
	got = alloc_pages_bulk_node(GFP_KERNEL, nid, 8, pages);
#else
	got = alloc_pages_bulk_array_node(GFP_KERNEL, nid, 8, pages);
#endif
	if (got != 8)
		goto err;
	vaddr = vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < got; i++)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
