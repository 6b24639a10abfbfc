/* virt_to_page() of kmem_cache_alloc() (and
   kmem_cache_zalloc()) memory: a slab page.  */
/* { dg-do compile } */

extern struct kmem_cache *obj_cache;

void *slab_kmem_cache_alloc(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *obj, *vaddr;

	if (!pages)
		return NULL;
	obj = kmem_cache_alloc(obj_cache, GFP_KERNEL);	/* { dg-message "allocated here" } */
	if (!obj)
		goto free_array;
	pages[0] = virt_to_page(obj);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kmem_cache_free(obj_cache, obj);
free_array:
	kfree(pages);
	return NULL;
}

void *slab_kmem_cache_zalloc(struct kmem_cache *cache)
{
	struct page **pages;
	void *obj = kmem_cache_zalloc(cache, GFP_NOWAIT);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !obj)
		goto err;
	pages[0] = virt_to_page(obj);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (obj)
		kmem_cache_free(cache, obj);
	kfree(pages);
	return NULL;
}
