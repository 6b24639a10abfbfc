/* The vmap() flags come through a local variable set on
   another line.  */
/* { dg-do compile } */

void *flags_var_compound(void)
{
	unsigned long flags = VM_MAP_PUT_PAGES;	/* { dg-message "set here" } */
	struct page **pages;
	struct page *p;
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *flags_var_slab(size_t len)
{
	struct page **pages;
	unsigned long flags;
	void *buf;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	flags = VM_MAP | VM_MAP_PUT_PAGES;	/* { dg-message "set here" } */
	buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "allocated here" } */
	if (!buf)
		goto free_array;
	pages[0] = virt_to_page(buf);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, flags, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(buf);
free_array:
	kfree(pages);
	return NULL;
}
