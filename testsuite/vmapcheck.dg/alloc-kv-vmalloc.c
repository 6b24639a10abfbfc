/* kvmalloc() and vmalloc() as each kernel spells them (6.1: kvmalloc_node()
   and plain vmalloc functions; 6.10+: __kvmalloc_node_noprof(), whose
   arguments change with 7.x, and *_noprof behind alloc_hooks()).  A page of
   kvmalloc() memory is a slab page (or no page at all when kvmalloc() fell
   back to vmalloc); page arrays from kvmalloc(), kvmalloc_array(),
   vcalloc() and vmalloc_array() are arrays the coverage survey follows;
   an array from a function the table does not know is named.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-coverage" } */
/* { dg-prune-output "^vmapcheck-coverage: \[^\n\]*followed$" } */

void *kv_slab_map(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf, *vaddr;

	if (!pages)
		return NULL;
	buf = kvmalloc(PAGE_SIZE, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	if (!buf) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(buf);	/* { dg-message "page derived here by 'virt_to_page'" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a slab page" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kvfree(buf);
		kfree(pages);
	}
	return vaddr;
}

/* N independent order-0 pages into PAGES; false, and none kept, if one fails */
static bool fill_order0(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			while (i--)
				__free_page(pages[i]);
			return false;
		}
	}
	return true;
}

/* the N pages of PAGES and the array, after vmap() failed */
static void put_order0(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
	kvfree(pages);
}

void *kvmalloc_array_map(unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages || !fill_order0(pages, n)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "not followed|warning" } */
	if (!vaddr)
		put_order0(pages, n);
	return vaddr;
}

void *kvmalloc_map(void)
{
	struct page **pages = kvmalloc(4 * sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages || !fill_order0(pages, 4)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "not followed|warning" } */
	if (!vaddr)
		put_order0(pages, 4);
	return vaddr;
}

void *vcalloc_map(unsigned int n)
{
	struct page **pages = vcalloc(n, sizeof(*pages));
	void *vaddr;

	if (!pages || !fill_order0(pages, n)) {
		vfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "not followed|warning" } */
	if (!vaddr)
		put_order0(pages, n);
	return vaddr;
}

void *vmalloc_array_map(unsigned int n)
{
	struct page **pages = vmalloc_array(n, sizeof(*pages));
	void *vaddr;

	if (!pages || !fill_order0(pages, n)) {
		vfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "not followed|warning" } */
	if (!vaddr)
		put_order0(pages, n);
	return vaddr;
}

/* another file's allocator: this unit cannot see what it returns */
struct page **kv_array_alloc(unsigned int n);

void *other_alloc_map(unsigned int n)
{
	struct page **pages = kv_array_alloc(n);
	void *vaddr;

	if (!pages || !fill_order0(pages, n)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "not followed: the array from 'kv_array_alloc', which the API table does not know" } */
	if (!vaddr)
		put_order0(pages, n);
	return vaddr;
}
