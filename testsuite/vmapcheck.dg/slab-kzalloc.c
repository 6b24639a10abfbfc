/* virt_to_page() of kzalloc() memory: a slab page.  */
/* { dg-do compile } */

struct obj { unsigned long a[8]; };

void *slab_kzalloc_const(void)
{
	struct page **pages;
	struct obj *o = kzalloc(sizeof(*o), GFP_KERNEL);	/* { dg-message "allocated here" } */

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!o) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(o);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *slab_kzalloc_var(size_t len)
{
	struct page **pages = kvcalloc(1, sizeof(*pages), GFP_KERNEL);
	void *buf;

	if (!pages)
		return NULL;
	buf = kzalloc(len, GFP_ATOMIC);	/* { dg-message "allocated here" } */
	if (!buf)
		return NULL;
	*pages = virt_to_page(buf);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}
