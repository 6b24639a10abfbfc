/* vmap() with VM_MAP_PUT_PAGES takes over the page array: vfree() will
   kvfree() it.  An array that kvfree() cannot take is a finding: on the
   stack, static, embedded in a struct, a pointer into the middle of an
   array, managed memory that its owner (devres, KUnit, DRM) frees again;
   also when a helper does the vmap().  Arrays of their own from the slab
   or vmalloc, and plain VM_MAP mappings of any array, are silent.  */
/* { dg-do compile } */

struct device;
struct kunit;
void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp);
static inline void *devm_kmalloc_array(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	return devm_kmalloc(dev, n * size, flags);
}
static inline void *devm_kcalloc(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	return devm_kmalloc_array(dev, n, size, flags | __GFP_ZERO);
}
void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size, gfp_t gfp);
static inline void *kunit_kcalloc(struct kunit *test, size_t n, size_t size, gfp_t gfp)
{
	return kunit_kmalloc_array(test, n, size, gfp | __GFP_ZERO);
}
void release_pages(struct page **pages, int nr);
void *memcpy(void *dst, const void *src, size_t n);
#define ENOMEM		12
#define noinline	__attribute__((__noinline__))

struct buf {
	unsigned int n;
	struct page *pages[4];
};

static struct page *static_pages[4];

/* fill PAGES[0..N) with order-0 pages; 0 or -ENOMEM */
static int fill(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			while (i--)
				__free_page(pages[i]);
			return -ENOMEM;
		}
	}
	return 0;
}

void *on_stack(void)
{
	struct page *pages[4];	/* { dg-message "'pages' is a local of 'on_stack'" } */
	void *vaddr;

	if (fill(pages, 4))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "takes over a page array that 'vfree' cannot release with 'kvfree': a stack array \\\[vmapcheck:unowned-array\\\]" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 4);
	return vaddr;
}

void *one_page_on_stack(void)
{
	struct page *page = alloc_page(GFP_KERNEL);	/* { dg-message "'page' is a local of 'one_page_on_stack'" } */
	void *vaddr;

	if (!page)
		return NULL;
	vaddr = vmap(&page, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "a stack array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_page(page);
	return vaddr;
}

void *in_static(void)
{
	void *vaddr;

	if (fill(static_pages, 4))
		return NULL;
	vaddr = vmap(static_pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "a static array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(static_pages, 4);
	return vaddr;
}
/* { dg-message "'static_pages' has static storage" "" { target *-*-* } 35 } */

void *embedded(struct buf *b)
{
	void *vaddr;

	if (fill(b->pages, 4))
		return NULL;
	vaddr = vmap(b->pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "an array embedded in a struct" } */
	/* { dg-message "the array is the member 'pages' of 'struct buf'" "" { target *-*-* } .-1 } */
	/* { dg-message "fix:" "" { target *-*-* } .-2 } */
	if (!vaddr)
		release_pages(b->pages, 4);
	return vaddr;
}

void *interior(void)
{
	struct page **pages = kmalloc_array(5, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill(pages + 1, 4)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages + 1, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "a pointer into the middle of an array" } */
	/* { dg-message "moved past the start of the array here" "" { target *-*-* } .-1 } */
	/* { dg-message "fix:" "" { target *-*-* } .-2 } */
	if (!vaddr) {
		release_pages(pages + 1, 4);
		kfree(pages);
	}
	return vaddr;
}

void *devres(struct device *dev)
{
	struct page **pages = devm_kcalloc(dev, 4, sizeof(*pages), GFP_KERNEL);	/* { dg-message "allocated here by 'devm_kcalloc': the device's devres frees it again" } */
	void *vaddr;

	if (!pages || fill(pages, 4))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "managed memory that its owner frees again" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 4);
	return vaddr;
}

void *kunit_managed(struct kunit *test)
{
	struct page **pages = kunit_kcalloc(test, 4, sizeof(*pages), GFP_KERNEL);	/* { dg-message "allocated here by 'kunit_kcalloc': the KUnit test frees it again" } */
	void *vaddr;

	if (!pages || fill(pages, 4))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "managed memory that its owner frees again" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 4);
	return vaddr;
}

/* a helper maps the array it is given with the flag: the caller's array counts */
static noinline void *map_owned(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *stack_to_helper(void)
{
	struct page *pages[2];	/* { dg-message "'pages' is a local of 'stack_to_helper'" } */
	void *vaddr;

	if (fill(pages, 2))
		return NULL;
	vaddr = map_owned(pages, 2);	/* { dg-warning "a stack array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 2);
	return vaddr;
}

/* ---- silent ---------------------------------------------------------- */

void *slab_array(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill(pages, 4)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);
	}
	return vaddr;
}

void *helper_slab_array(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill(pages, 2)) {
		kfree(pages);
		return NULL;
	}
	vaddr = map_owned(pages, 2);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(pages, 2);
		kfree(pages);
	}
	return vaddr;
}

/* VM_MAP alone takes nothing over: any array will do */
void *stack_plain_map(struct page **out)
{
	struct page *pages[4];
	void *vaddr;

	if (fill(pages, 4))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		release_pages(pages, 4);
	else
		memcpy(out, pages, sizeof(pages));
	return vaddr;
}

void *devres_plain_map(struct device *dev)
{
	struct page **pages = devm_kcalloc(dev, 4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages || fill(pages, 4))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		release_pages(pages, 4);
	return vaddr;
}

/* the caller's array: not known here */
void *param_array(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
