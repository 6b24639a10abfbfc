/* Must not warn: pages from functions the plugin knows
   nothing about (i915's shmem_pin_map() pattern, and a plain extern getter).  */
/* { dg-do compile } */

struct file { struct address_space *f_mapping; };
struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					 pgoff_t index, gfp_t gfp);
extern struct page *get_some_page(int which);

void *shmem_pin_map(struct file *file, unsigned long n_pages)
{
	struct page **pages;
	unsigned long i;
	void *vaddr;

	pages = kvmalloc_array(n_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < n_pages; i++) {
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i, GFP_KERNEL);
		if (IS_ERR(pages[i]))
			goto err;
	}
	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void *extern_page(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = get_some_page(0);
	pages[1] = get_some_page(1) + 1;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	put_page(pages[0]);
	put_page(pages[1]);
	kfree(pages);
	return NULL;
}
