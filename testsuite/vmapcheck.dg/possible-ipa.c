/* level=possible across functions and memory: a
   helper returns shmem pages, a helper fills the caller's array from the
   page cache, shmem pages kept in a struct field are mapped by another
   function through a mapping helper.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

struct address_space;
struct file;
extern struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					pgoff_t index, gfp_t gfp_mask);
struct page *pagecache_get_page(struct address_space *mapping, pgoff_t index,
		int fgp_flags, gfp_t gfp);
static inline struct page *find_get_page(struct address_space *mapping,
					pgoff_t offset)
{
	return pagecache_get_page(mapping, offset, 0, 0);
}

struct page *get_shmem_page(struct address_space *mapping, pgoff_t index)
{
	return shmem_read_mapping_page_gfp(mapping, index, GFP_KERNEL);	/* { dg-message "page-cache page obtained here by 'shmem_read_mapping_page_gfp'" } */
}

void *map_shmem_by_helper(struct address_space *mapping, unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = get_shmem_page(mapping, i);	/* { dg-message "returned by 'get_shmem_page' here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (IS_ERR(pages[i]))
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio; 'vfree' will call '__free_page' on it; without the 'vfree' fix that frees a tail page when the folio is large \\\[vmapcheck:cache-page\\\]" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}

static void fill_cached(struct page **pages, struct address_space *mapping,
			unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		pages[i] = find_get_page(mapping, i);	/* { dg-message "page-cache page obtained here by 'find_get_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *map_cached_filled(struct address_space *mapping)
{
	struct page **pages;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	fill_cached(pages, mapping, 4);	/* { dg-message "stored by 'fill_cached' into its argument 'pages' here" } */
	for (i = 0; i < 4; i++)
		if (!pages[i])
			goto err;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < 4; i++)
		if (pages[i])
			put_page(pages[i]);
	kfree(pages);
	return NULL;
}

struct shmem_obj {
	struct address_space *mapping;
	struct page **pages;
	unsigned int n;
};

int shmem_obj_get_pages(struct shmem_obj *obj)
{
	unsigned int i;

	obj->pages = kvcalloc(obj->n, sizeof(*obj->pages), GFP_KERNEL);
	if (!obj->pages)
		return -12;
	for (i = 0; i < obj->n; i++) {
		obj->pages[i] = shmem_read_mapping_page_gfp(obj->mapping, i, GFP_KERNEL);	/* { dg-message "page-cache page obtained here by 'shmem_read_mapping_page_gfp'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (IS_ERR(obj->pages[i]))
			goto err;
	}
	return 0;
err:
	while (i--)
		put_page(obj->pages[i]);
	kvfree(obj->pages);
	obj->pages = NULL;
	return -12;
}

void *obj_map_pages(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'obj_map_pages' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *shmem_obj_vmap(struct shmem_obj *obj)
{
	return obj_map_pages(obj->pages, obj->n);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
}
