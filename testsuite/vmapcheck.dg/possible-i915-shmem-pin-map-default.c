/* The reconstruction of i915's shmem_pin_map() of
   possible-i915-shmem-pin-map.c at the default level (definite): whether
   a shmem page is a tail page is not known at compile time, so nothing is
   reported.  The same with the level given explicitly is in
   possible-level-definite-61.c and
   possible-level-definite-612.c.  */
/* { dg-do compile } */

/* include/linux/fs.h, shmem_fs.h, err.h, pagemap.h (cut down) */
typedef long long loff_t;
struct inode { loff_t i_size; };
struct address_space { struct inode *host; };
struct file { struct address_space *f_mapping; };
extern struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					pgoff_t index, gfp_t gfp_mask);
#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x) unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline bool __must_check IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}
void mapping_clear_unevictable(struct address_space *mapping);

void *shmem_pin_map(struct file *file)
{
	struct page **pages;
	size_t n_pages, i;
	void *vaddr;

	n_pages = file->f_mapping->host->i_size >> PAGE_SHIFT;
	pages = kvmalloc_array(n_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < n_pages; i++) {
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i,	/* { dg-bogus "vmapcheck" } */
						       GFP_KERNEL);
		if (IS_ERR(pages[i]))
			goto err_page;
	}

	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		goto err_page;
	mapping_clear_unevictable(file->f_mapping);
	return vaddr;
err_page:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}
