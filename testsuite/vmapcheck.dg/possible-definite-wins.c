/* level=possible adds to level=definite: a definite
   bug keeps its definite kind and notes (also across functions), and when
   one array holds both a "possible" page and a definite bad page, the one
   warning reports the definite one, whatever the order of the stores.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

struct address_space;
extern struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					pgoff_t index, gfp_t gfp_mask);

void *shmem_then_compound(struct address_space *mapping)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	if (!p)
		return NULL;
	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	pages[0] = shmem_read_mapping_page_gfp(mapping, 0, GFP_KERNEL);
	if (IS_ERR(pages[0]))
		goto free_array;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	put_page(pages[0]);
free_array:
	kfree(pages);
free_p:
	__free_pages(p, 1);
	return NULL;
}

void *compound_then_shmem(struct address_space *mapping)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	if (!p)
		return NULL;
	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	pages[0] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	pages[1] = shmem_read_mapping_page_gfp(mapping, 0, GFP_KERNEL);
	if (IS_ERR(pages[1]))
		goto free_array;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	put_page(pages[1]);
free_array:
	kfree(pages);
free_p:
	__free_pages(p, 1);
	return NULL;
}

/* A definite bug across functions, unchanged at level=possible.  */
void fill_unsplit(struct page **pages)
{
	struct page *p = alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */

	if (!p)
		return;
	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *map_pages(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_pages' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *fill_then_map(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	fill_unsplit(pages);	/* { dg-message "stored by 'fill_unsplit' into its argument 'pages' here" } */
	if (!pages[0])
		goto free_array;
	vaddr = map_pages(pages, 2);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 1);
free_array:
	kfree(pages);
	return NULL;
}

/* Order-0 and split pages stay silent at level=possible too.  */
void *good_pages(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 1);
	void *vaddr;

	if (!p)
		return NULL;
	split_page(p, 1);
	pages = kmalloc_array(3, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	pages[0] = p;
	pages[1] = p + 1;
	pages[2] = alloc_pages(GFP_KERNEL | __GFP_COMP, 0);
	if (!pages[2])
		goto free_array;
	vaddr = vmap(pages, 3, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_page(pages[2]);
free_array:
	kfree(pages);
free_p:
	__free_page(p);
	__free_page(p + 1);
	return NULL;
}
