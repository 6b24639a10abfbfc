/* The array (and a flags parameter) is passed down a
   chain of three helpers to vmap().  The warning is at the outermost call,
   the one in the function that knows the bad pages; the notes walk the
   chain down: "passed to" at each intermediate call, then the vmap() in the
   innermost helper.  */
/* { dg-do compile } */

void *map_lvl3(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_lvl3' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *map_lvl2(struct page **pages, unsigned int n)
{
	return map_lvl3(pages, n);	/* { dg-message "passed to 'map_lvl3' here" } */
}

void *map_lvl1(struct page **pages, unsigned int n)
{
	return map_lvl2(pages, n);	/* { dg-message "passed to 'map_lvl2' here" } */
}

void *map_chain(size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_lvl1(pages, 1);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}

static void *mapf_lvl3(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags, PAGE_KERNEL);	/* { dg-message "'mapf_lvl3' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

static void *mapf_lvl2(struct page **pages, unsigned int n, unsigned long flags)
{
	return mapf_lvl3(pages, n, flags);	/* { dg-message "passed to 'mapf_lvl3' here" } */
}

void *mapf_lvl1(unsigned long flags, struct page **pages, unsigned int n)
{
	return mapf_lvl2(pages, n, flags);	/* { dg-message "passed to 'mapf_lvl2' here" } */
}

void *mapf_chain(void)
{
	struct page **pages;
	unsigned long flags;
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
	flags = VM_MAP_PUT_PAGES;	/* { dg-message "'VM_MAP_PUT_PAGES' set here" } */
	vaddr = mapf_lvl1(flags, pages, 2);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 1);
	return NULL;
}

/* The same chain without the flag: no warning.  */
void *mapf_chain_no_flag(void)
{
	struct page *pages[2];
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);

	if (!p)
		return NULL;
	pages[0] = p;
	pages[1] = p + 1;
	return mapf_lvl1(VM_MAP, pages, 2);	/* { dg-bogus "vmapcheck" } */
}
