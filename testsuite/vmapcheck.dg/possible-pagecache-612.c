/* Linux 6.12 spellings.  level=possible: page-cache and shmem pages may be
   tail pages of large folios.  shmem_read_folio_gfp() + folio_file_page()
   (how shmem_read_mapping_page_gfp() itself picks the page),
   read_cache_page(), and find_get_page() (static inline, calling
   pagecache_get_page()).  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

#include "k612.h"

/* include/linux/shmem_fs.h, pagemap.h (cut down) */
struct address_space;
struct file;
struct folio *shmem_read_folio_gfp(struct address_space *mapping,
		pgoff_t index, gfp_t gfp);
typedef int filler_t(struct file *, struct folio *);
struct page *read_cache_page(struct address_space *, pgoff_t index,
		filler_t *filler, struct file *file);
struct page *pagecache_get_page(struct address_space *mapping, pgoff_t index,
		int fgp_flags, gfp_t gfp);
static inline struct page *find_get_page(struct address_space *mapping,
					pgoff_t offset)
{
	return pagecache_get_page(mapping, offset, 0, 0);
}

void *map_shmem_folios(struct address_space *mapping, unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		struct folio *folio = shmem_read_folio_gfp(mapping, i, GFP_KERNEL);	/* { dg-message "page-cache page obtained here by 'shmem_read_folio_gfp'; it holds a reference on its folio" } */

		if (IS_ERR(folio))
			goto err;
		pages[i] = folio_file_page(folio, i);	/* { dg-message "page derived here by 'folio_file_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio; 'vfree' will call '__free_page' on it" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES' and release the pages with 'put_page'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);	/* the folio's reference */
	kvfree(pages);
	return NULL;
}

void *map_read_cache_pages(struct address_space *mapping, struct file *file,
			   unsigned int n)
{
	struct page **pages = kvcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = read_cache_page(mapping, i, NULL, file);	/* { dg-message "page-cache page obtained here by 'read_cache_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (IS_ERR(pages[i]))
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void *map_found_pages(struct address_space *mapping, pgoff_t start)
{
	struct page **pages;
	unsigned int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 4; i++) {
		pages[i] = find_get_page(mapping, start + i);	/* { dg-message "page-cache page obtained here by 'find_get_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);
	kfree(pages);
	return NULL;
}

/* Page-cache pages mapped without VM_MAP_PUT_PAGES: no warning.  */
void *map_found_pages_no_put(struct address_space *mapping)
{
	struct page *pages[2];

	pages[0] = find_get_page(mapping, 0);
	pages[1] = find_get_page(mapping, 1);
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
