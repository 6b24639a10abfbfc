/* Every spelling of the ownership rules that the other ownership tests do
   not use: kunit_add_action() and devm_add_action() releasing with
   vunmap(), a drmm_ array, &pages[n], __free_pages(), folio_put() and
   free_pages_bulk() (7.x; release_pages() before) after a successful
   hand-over.  Silent: arrays from every allocator kvfree() can free
   (kmalloc, kzalloc, kmalloc_array, kcalloc, kvmalloc, kvmalloc_array,
   kvcalloc, vmalloc, vzalloc, and 7.x's kzalloc_objs()/kvmalloc_objs()),
   i915's shmem_pin_map()/shmem_unpin_map() pair, and 7.2's fixed
   lib/tests/kunit_iov_iter.c buffer.  */
/* { dg-do compile } */

struct kunit;
struct device;
struct drm_device;
typedef void (kunit_action_t)(void *);
int kunit_add_action(struct kunit *test, kunit_action_t *action, void *ctx);
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action, void *ctx);
int __devm_add_action(struct device *dev, void (*action)(void *), void *data, const char *name);
#define devm_add_action(dev, action, data) __devm_add_action(dev, action, data, #action)
void *drmm_kmalloc(struct drm_device *dev, size_t size, gfp_t gfp);
static inline void *drmm_kcalloc(struct drm_device *dev, size_t n, size_t size, gfp_t flags)
{
	return drmm_kmalloc(dev, n * size, flags | __GFP_ZERO);
}
void release_pages(struct page **pages, int nr);
#ifndef vmalloc
void *vmalloc(unsigned long size);
void *vzalloc(unsigned long size);
#endif
#ifdef VMAPCHECK_KERNEL_7_2
#define put_all(pages, n)	free_pages_bulk(pages, n)
#else
#define put_all(pages, n)	release_pages(pages, n)
#endif
#define ENOMEM		12

static int fill(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			release_pages(pages, i);
			return -ENOMEM;
		}
	}
	return 0;
}

static void unmap_action(void *data)
{
	vunmap(data);	/* { dg-message "'unmap_action', registered to run later, releases it with 'vunmap' here" } */
}

void *kunit_plain_action(struct kunit *test, struct page **pages, unsigned int n)
{
	void *buf = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buf)
		return NULL;
	if (kunit_add_action(test, unmap_action, buf)) {	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES'" } */
		vfree(buf);	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
		return NULL;
	}
	return buf;
}

void *devm_plain_action(struct device *dev, struct page **pages, unsigned int n)
{
	void *buf = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buf)
		return NULL;
	if (devm_add_action(dev, unmap_action, buf)) {	/* { dg-warning "'vunmap' releases a mapping" } */
		vfree(buf);	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
		return NULL;
	}
	return buf;
}

void *drm_managed(struct drm_device *drm, unsigned int n)
{
	struct page **pages = drmm_kcalloc(drm, n, sizeof(*pages), GFP_KERNEL);	/* { dg-message "allocated here" } */
	void *vaddr;

	if (!pages || fill(pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "VM_MAP_PUT_PAGES" } */
	if (!vaddr)	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
		release_pages(pages, n);
	return vaddr;
}

void *interior_slot(void)
{
	struct page **pages = kcalloc(8, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill(&pages[4], 4)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(&pages[4], 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "a pointer into the middle of an array" } */
	/* { dg-message "the pointer is moved past the start of the array here" "" { target *-*-* } .-1 } */
	if (!vaddr) {	/* { dg-message "fix:" "" { target *-*-* } .-2 } */
		release_pages(&pages[4], 4);
		kfree(pages);
	}
	return vaddr;
}

void *pages_freed_after(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages || fill(pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
		return NULL;
	}
	put_all(pages, n);	/* { dg-warning "VM_MAP_PUT_PAGES" } */
	return vaddr;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *first_page_freed(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *first;
	void *vaddr;

	if (!pages || fill(pages, n))
		return NULL;
	first = pages[0];
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
		return NULL;
	}
	__free_pages(first, 0);	/* { dg-warning "VM_MAP_PUT_PAGES" } */
	return vaddr;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *folio_put_after(struct folio *folio)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	pages[0] = &folio->page;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		kfree(pages);
		return NULL;
	}
	folio_put(folio);	/* { dg-warning "VM_MAP_PUT_PAGES" } */
	return vaddr;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

/* ---- silent ---------------------------------------------------------- */

static void *map_or_free(struct page **pages, unsigned int n)
{
	void *vaddr;

	if (fill(pages, n)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(pages, n);
		kvfree(pages);
	}
	return vaddr;
}

void *from_kmalloc(unsigned int n)
{
	struct page **p = kmalloc(n * sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kzalloc(unsigned int n)
{
	struct page **p = kzalloc(n * sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kmalloc_array(unsigned int n)
{
	struct page **p = kmalloc_array(n, sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kvmalloc(unsigned int n)
{
	struct page **p = kvmalloc(n * sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kvmalloc_array(unsigned int n)
{
	struct page **p = kvmalloc_array(n, sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kvcalloc(unsigned int n)
{
	struct page **p = kvcalloc(n, sizeof(*p), GFP_KERNEL);

	return p ? map_or_free(p, n) : NULL;
}

void *from_vmalloc(unsigned int n)
{
	struct page **p = vmalloc(n * sizeof(*p));

	return p ? map_or_free(p, n) : NULL;
}

void *from_vzalloc(unsigned int n)
{
	struct page **p = vzalloc(n * sizeof(*p));

	return p ? map_or_free(p, n) : NULL;
}

#ifdef kzalloc_objs
void *from_kzalloc_objs(unsigned int n)
{
	struct page **p = kzalloc_objs(*p, n);

	return p ? map_or_free(p, n) : NULL;
}

void *from_kvmalloc_objs(unsigned int n)
{
	struct page **p = kvmalloc_objs(*p, n);

	return p ? map_or_free(p, n) : NULL;
}
#endif

/* i915's gt/shmem_utils.c pair: vfree() releases what vmap() took */
struct address_space;
struct file_like {
	struct address_space *f_mapping;
	unsigned long size;
};
struct page *shmem_read_mapping_page_gfp(struct address_space *mapping, unsigned long index,
					 gfp_t gfp);
void mapping_set_unevictable(struct address_space *mapping);
void mapping_clear_unevictable(struct address_space *mapping);

void *shmem_pin_map(struct file_like *file)
{
	struct page **pages;
	size_t n_pages, i;
	void *vaddr;

	n_pages = file->size >> PAGE_SHIFT;
	pages = kvmalloc_array(n_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < n_pages; i++) {
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i, GFP_KERNEL);
		if (IS_ERR(pages[i]))
			goto err_page;
	}

	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		goto err_page;
	mapping_set_unevictable(file->f_mapping);
	return vaddr;
err_page:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void shmem_unpin_map(struct file_like *file, void *ptr)
{
	mapping_clear_unevictable(file->f_mapping);
	vfree(ptr);
}

int shmem_user(struct file_like *file)
{
	char *map = shmem_pin_map(file);

	if (!map)
		return -ENOMEM;
	map[0] = 1;
	shmem_unpin_map(file, map);	/* { dg-bogus "vmapcheck" } */
	return 0;
}

/* 7.2's lib/tests/kunit_iov_iter.c, fixed */
static void iov_kunit_unmap(void *data)
{
	vfree(data);
}

void *iov_kunit_create_buffer(struct kunit *test, struct page ***ppages, size_t npages)
{
	struct page **pages;
	void *buffer;

	pages = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	*ppages = pages;

	if (fill(pages, npages)) {
		kfree(pages);
		return NULL;
	}

	buffer = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!buffer) {
		release_pages(pages, npages);
		kfree(pages);
		return NULL;
	}

	kunit_add_action_or_reset(test, iov_kunit_unmap, buffer);	/* { dg-bogus "vmapcheck" } */
	return buffer;
}
