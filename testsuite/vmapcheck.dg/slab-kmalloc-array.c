/* virt_to_page() of kmalloc_array() memory: slab pages.  */
/* { dg-do compile } */

void *slab_kmalloc_array_const(void)
{
	struct page **pages;
	unsigned long *buf = kmalloc_array(4, 32, GFP_KERNEL);	/* { dg-message "allocated here" } */
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

void *slab_kmalloc_array_var(size_t n, unsigned int nr)
{
	struct page **pages;
	char *buf;
	void *vaddr;
	unsigned int i;

	if (nr > 4)
		return NULL;
	pages = kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf = kmalloc_array(n, 64, GFP_KERNEL);	/* { dg-message "allocated here" } */
	if (!buf)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = virt_to_page(buf + i * PAGE_SIZE);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(buf);
free_array:
	kfree(pages);
	return NULL;
}
