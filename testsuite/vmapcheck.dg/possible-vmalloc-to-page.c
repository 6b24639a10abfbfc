/* level=possible: pages looked up with
   vmalloc_to_page() belong to another vmalloc area; handed over with
   VM_MAP_PUT_PAGES they would be freed twice.  In the mapping function and
   through a helper that returns them.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

/* include/linux/mm.h */
struct page *vmalloc_to_page(const void *addr);

void *remap_vmalloc_area(const void *area, unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++)
		pages[i] = vmalloc_to_page(area + i * PAGE_SIZE);	/* { dg-message "page of another vmalloc area obtained here by 'vmalloc_to_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page owned by another vmalloc area; 'vfree' will free a page that the other area still maps and will free again \\\[vmapcheck:vmalloc-page\\\]" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'; the pages belong to the other vmalloc area" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

static struct page *area_page(const void *area, unsigned int i)
{
	return vmalloc_to_page(area + i * PAGE_SIZE);	/* { dg-message "page of another vmalloc area obtained here by 'vmalloc_to_page'" } */
}

void *remap_via_helper(const void *area)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = alloc_page(GFP_KERNEL);
	if (!pages[0])
		goto free_array;
	pages[1] = area_page(area, 1);	/* { dg-message "returned by 'area_page' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page owned by another vmalloc area" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
free_array:
	kfree(pages);
	return NULL;
}

/* An alias mapping without VM_MAP_PUT_PAGES is fine.  */
void *alias_vmalloc_area(const void *area)
{
	struct page *pages[2];

	pages[0] = vmalloc_to_page(area);
	pages[1] = vmalloc_to_page(area + PAGE_SIZE);
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
