/* __get_free_pages(gfp, order>0) (and __get_dma_pages)
   plus virt_to_page(): pages of an unsplit block.  */
/* { dg-do compile } */

void *getfree_loop(void)
{
	struct page **pages;
	struct page **pp;
	unsigned long addr;
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	pp = pages;

	addr = __get_free_pages(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	if (!addr)
		goto free_array;
	for (i = 0; i < 4; i++)
		*pp++ = virt_to_page(addr + i * PAGE_SIZE);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	free_pages(addr, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *getfree_head(void)
{
	struct page **pages;
	unsigned long addr = __get_free_pages(GFP_KERNEL | __GFP_ZERO, 1);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !addr)
		goto err;
	pages[0] = virt_to_page((void *)addr);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (addr)
		free_pages(addr, 1);
	kfree(pages);
	return NULL;
}

void *getfree_dma(void)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);
	unsigned long addr;
	struct page *pg;
	void *vaddr;

	if (!pages)
		return NULL;
	addr = __get_dma_pages(GFP_KERNEL, 3);	/* { dg-message "allocated here" } */
	if (!addr)
		goto free_array;
	pg = virt_to_page(addr);	/* { dg-message "derived here" } */
	pages[0] = pg;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-3 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	free_pages(addr, 3);
free_array:
	kfree(pages);
	return NULL;
}
