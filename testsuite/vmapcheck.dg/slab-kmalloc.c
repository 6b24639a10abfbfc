/* virt_to_page() of kmalloc() memory (constant and
   variable size): a slab page, which must never reach __free_page().  */
/* { dg-do compile } */

void *slab_kmalloc_const(void)
{
	struct page **pages;
	void *buf = kmalloc(256, GFP_KERNEL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}

void *slab_kmalloc_var(size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	struct page *pg;
	char *buf;
	void *vaddr;

	if (!pages)
		return NULL;
	buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "allocated here" } */
	if (!buf)
		goto free_array;
	pg = virt_to_page(buf);	/* { dg-message "derived here" } */
	pages[0] = pg;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(buf);
free_array:
	kfree(pages);
	return NULL;
}
