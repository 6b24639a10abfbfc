/* The flags parameter is passed on with more bits
   or'ed in (flags | VM_MAP), as drivers do.  VM_MAP_PUT_PAGES from the
   caller still reaches vmap(): warn at the outermost call.  */
/* { dg-do compile } */

void *mapo_lvl3(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags, PAGE_KERNEL);	/* { dg-message "'mapo_lvl3' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *mapo_lvl2(struct page **pages, unsigned int n, unsigned long flags)
{
	return mapo_lvl3(pages, n, flags | VM_MAP);	/* { dg-message "passed to 'mapo_lvl3' here" } */
}

void *mapo_lvl1(struct page **pages, unsigned int n, unsigned long flags)
{
	return mapo_lvl2(pages, n, flags);	/* { dg-message "passed to 'mapo_lvl2' here" } */
}

void *mapo_chain(size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = mapo_lvl1(pages, 1, VM_MAP_PUT_PAGES);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}

/* One level, the flag added inside the helper to whatever the caller
   passes.  */
void *map_add_put(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_add_put' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	/* { dg-message "'VM_MAP_PUT_PAGES' set here" "" { target *-*-* } .-1 } */
}

void *map_add_put_caller(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	if (!p)
		return NULL;
	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_add_put(pages, 2, VM_MAP);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 1);
	return NULL;
}

/* One level: the helper adds VM_MAP to the caller's flags.  */
void *map_or_vm_map(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags | VM_MAP, PAGE_KERNEL);	/* { dg-message "'map_or_vm_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *map_or_vm_map_caller(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	void *vaddr;
	int i;

	if (!p)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	for (i = 0; i < 4; i++)
		pages[i] = nth_page(p, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_or_vm_map(pages, 4, VM_MAP_PUT_PAGES);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 2);
	return NULL;
}

/* Must not warn: the caller's flags do not have it.  */
void *map_or_vm_map_no_flag(void)
{
	struct page *pages[4];
	struct page *p = alloc_pages(GFP_KERNEL, 2);
	int i;

	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = nth_page(p, i);
	return map_or_vm_map(pages, 4, VM_USERMAP);	/* { dg-bogus "vmapcheck" } */
}
