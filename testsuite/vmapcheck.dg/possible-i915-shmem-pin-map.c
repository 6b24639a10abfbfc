/* A reconstruction of i915's shmem_pin_map()
   (drivers/gpu/drm/i915/gt/shmem_utils.c): one shmem page per index from
   shmem_read_mapping_page_gfp(), each holding a reference on its folio,
   mapped with VM_MAP_PUT_PAGES.  If the shmem folio is large the page is a
   tail page, and a vfree() without the fix frees it with __free_page().
   dg.exp compiles this at level=possible, where it is reported with the
   note that explains why, and at the default level (definite), where it is
   not: whether a shmem page is a tail page is not known at compile time.  */
/* { dg-do compile } */

/* include/linux/fs.h, shmem_fs.h, pagemap.h (cut down) */
typedef long long loff_t;
struct inode { loff_t i_size; };
struct address_space { struct inode *host; };
struct file { struct address_space *f_mapping; };
extern struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					pgoff_t index, gfp_t gfp_mask);
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
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i,	/* { dg-message "page-cache page obtained here by 'shmem_read_mapping_page_gfp'; it holds a reference on its folio, and if the folio is large it is a tail page, which an unfixed 'vfree' frees with '__free_page' \\(reference count zero\\)" "" { target level=possible } } */
						       GFP_KERNEL);
		/* { dg-message "stored into the page array here" "" { target level=possible } .-2 } */
		/* { dg-bogus "vmapcheck" "" { target level=definite } .-3 } */
		if (IS_ERR(pages[i]))
			goto err_page;
	}

	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio; 'vfree' will call '__free_page' on it; without the 'vfree' fix that frees a tail page when the folio is large" "" { target level=possible } } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES' and release the pages with 'put_page'" "" { target level=possible } .-1 } */
	/* { dg-bogus "vmapcheck" "" { target level=definite } .-2 } */
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
