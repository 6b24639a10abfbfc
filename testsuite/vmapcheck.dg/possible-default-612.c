/* Linux 6.12 spellings.  At level=definite, the default, none of the
   "possible" forms is reported: shmem and page-cache pages, pinned user
   pages, vmalloc_to_page() pages, page fragments, the first page of a
   run-time order allocation, in the mapping function and through helpers;
   a definite bug next to them still is.  dg.exp compiles this without a
   level and with -fplugin-arg-vmapcheck-level=definite.  */
/* { dg-do compile } */

#include "k612.h"

struct address_space;
struct file;
extern struct page *shmem_read_mapping_page_gfp(struct address_space *mapping,
					pgoff_t index, gfp_t gfp_mask);
struct folio *shmem_read_folio_gfp(struct address_space *mapping,
		pgoff_t index, gfp_t gfp);
typedef int filler_t(struct file *, struct folio *);
struct page *read_cache_page(struct address_space *, pgoff_t index,
		filler_t *filler, struct file *file);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
void unpin_user_pages(struct page **pages, unsigned long npages);
struct page *vmalloc_to_page(const void *addr);

void *dflt_shmem(struct address_space *mapping, unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = shmem_read_mapping_page_gfp(mapping, i, GFP_KERNEL);
		if (IS_ERR(pages[i]))
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void *dflt_shmem_folio(struct address_space *mapping)
{
	struct page **pages;
	struct folio *folio = shmem_read_folio_gfp(mapping, 3, GFP_KERNEL);
	void *vaddr;

	if (IS_ERR(folio))
		return NULL;
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto put_folio;

	pages[0] = folio_file_page(folio, 3);
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	kfree(pages);
put_folio:
	folio_put(folio);
	return NULL;
}

struct page *dflt_get_cached(struct address_space *mapping, pgoff_t i)
{
	return read_cache_page(mapping, i, NULL, NULL);
}

void *dflt_read_cache(struct address_space *mapping)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = dflt_get_cached(mapping, 0);
	if (IS_ERR(pages[0]))
		goto free_array;
	pages[1] = dflt_get_cached(mapping, 1);
	if (IS_ERR(pages[1]))
		goto put_first;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	put_page(pages[1]);
put_first:
	put_page(pages[0]);
free_array:
	kfree(pages);
	return NULL;
}

void *dflt_gup(unsigned long uaddr)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	int pinned, got = 0;
	void *vaddr;

	if (!pages)
		return NULL;
	pinned = pin_user_pages_fast(uaddr, 2, 0, pages);
	if (pinned != 2)
		goto err;
	got = get_user_pages_fast(uaddr + 2 * PAGE_SIZE, 2, 0, pages + 2);
	if (got != 2)
		goto err;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	while (got-- > 0)
		put_page(pages[2 + got]);
	kfree(pages);
	return NULL;
}

void *dflt_vmalloc_to_page(const void *area)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = vmalloc_to_page(area);
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}

struct page *dflt_alloc_order(unsigned int order)
{
	return alloc_pages(GFP_KERNEL, order);
}

/* only the first page: wrong only if the order is not 0 */
void *dflt_runtime_order(unsigned int order)
{
	struct page **pages;
	struct page *p = dflt_alloc_order(order);
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, order);
	kfree(pages);
	return NULL;
}

/* a page fragment: level=possible only */
void *dflt_page_frag(struct page_frag_cache *nc)
{
	struct page **pages;
	void *frag, *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	frag = page_frag_alloc(nc, 4096, GFP_KERNEL);
	if (!frag)
		goto free_array;
	pages[0] = virt_to_page(frag);
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	page_frag_free(frag);
free_array:
	kfree(pages);
	return NULL;
}

/* A definite bug next to them is still reported.  */
void *dflt_definite(struct address_space *mapping)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = shmem_read_mapping_page_gfp(mapping, 0, GFP_KERNEL);
	if (IS_ERR(pages[0]))
		goto err;
	pages[1] = folio_page(folio, 1);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	put_page(pages[0]);
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}
