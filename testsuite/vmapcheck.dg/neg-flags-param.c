/* Must not warn: the vmap() flags are a parameter, so
   VM_MAP_PUT_PAGES is not known to be set.  */
/* { dg-do compile } */

void *flags_param(unsigned long flags)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 2);
	kfree(pages);
	return NULL;
}

void *flags_param_or(unsigned long extra)
{
	struct page **pages;
	void *buf = kmalloc(128, GFP_KERNEL);
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);
	vaddr = vmap(pages, 1, VM_MAP | extra, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}
