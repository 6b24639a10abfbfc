/* Pages kept in a radix tree (radix_tree_insert()) or an IDR
   (idr_alloc()), looked up into the page array of vmap() with
   VM_MAP_PUT_PAGES: the tail pages of a folio are reported.  The same
   lookups mapped with plain VM_MAP are silent.  */
/* { dg-do compile } */

struct rcache {
	struct radix_tree_root tree;
	struct idr ids;
};

int rcache_fill(struct rcache *c)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	unsigned long i;

	if (!folio)
		return -12;
	for (i = 0; i < 2; i++)
		if (radix_tree_insert(&c->tree, i, folio_page(folio, i)))	/* { dg-message "put into a radix tree here by 'radix_tree_insert'" } */
			return -12;
	/* { dg-message "page derived here" "" { target *-*-* } .-2 } */
	return 0;
}

void *rcache_map(struct rcache *c)
{
	struct page **pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	unsigned long i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < 2; i++)
		pages[i] = radix_tree_lookup(&c->tree, i);	/* { dg-message "taken from a radix tree here by 'radix_tree_lookup'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}

void *rcache_map_plain(struct rcache *c)
{
	struct page *pages[2];
	unsigned long i;

	for (i = 0; i < 2; i++)
		pages[i] = radix_tree_lookup(&c->tree, i);
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

int rcache_add_ids(struct rcache *c, int *first)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	int i, id;

	if (!p)
		return -12;
	for (i = 0; i < 4; i++) {
		id = idr_alloc(&c->ids, p + i, 0, 0, GFP_KERNEL);	/* { dg-message "put into an IDR here by 'idr_alloc'" } */
		/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
		if (id < 0)
			return id;
		if (!i)
			*first = id;
	}
	return 0;
}

void *rcache_map_ids(struct rcache *c, int first)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = idr_remove(&c->ids, first + i);	/* { dg-message "taken from an IDR here by 'idr_remove'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}

void *rcache_map_ids_plain(struct rcache *c, int first)
{
	struct page *pages[4];
	int i;

	for (i = 0; i < 4; i++)
		pages[i] = idr_find(&c->ids, first + i);
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
