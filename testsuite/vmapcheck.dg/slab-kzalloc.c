/* virt_to_page() of kzalloc() memory: a slab page.  */
/* { dg-do compile } */

struct obj { unsigned long a[8]; };

void *slab_kzalloc_const(void)
{
	struct page **pages;
	struct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !o)
		goto err;
	pages[0] = virt_to_page(o);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(o);
	kfree(pages);
	return NULL;
}

void *slab_kzalloc_var(size_t len)
{
	struct page **pages = kvcalloc(1, sizeof(*pages), GFP_KERNEL);
	void *buf, *vaddr;

	if (!pages)
		return NULL;
	buf = kzalloc(len, GFP_ATOMIC);	/* { dg-message "allocated here" } */
	if (!buf)
		goto free_array;
	*pages = virt_to_page(buf);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(buf);
free_array:
	kvfree(pages);
	return NULL;
}
