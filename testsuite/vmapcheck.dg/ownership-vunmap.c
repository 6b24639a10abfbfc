/* A mapping made by vmap() with VM_MAP_PUT_PAGES owns its pages and
   array, which only vfree() releases: vunmap() of its address leaks both.
   Reported at the vunmap(), at the call of a helper that vunmap()s its
   argument, and where a cleanup action that vunmap()s its argument is
   registered (kunit_add_action_or_reset(), devm_add_action_or_reset(): the
   6.12 lib/kunit_iov_iter.c bug).  vfree() of such a mapping, and vunmap()
   of a plain VM_MAP mapping, are silent.  */
/* { dg-do compile } */

struct kunit;
struct device;
typedef void (kunit_action_t)(void *);
int kunit_add_action_or_reset(struct kunit *test, kunit_action_t *action, void *ctx);
int __devm_add_action(struct device *dev, void (*action)(void *), void *data, const char *name);
static inline int __devm_add_action_or_reset(struct device *dev, void (*action)(void *),
					     void *data, const char *name)
{
	int ret = __devm_add_action(dev, action, data, name);

	if (ret)
		action(data);
	return ret;
}
#define devm_add_action_or_reset(dev, action, data) \
	__devm_add_action_or_reset(dev, action, data, #action)
void release_pages(struct page **pages, int nr);
void *memset(void *s, int c, size_t n);
#define ENOMEM		12

/* PAGES[0..N) of order-0 pages in an array of its own, or NULL */
static struct page **get_pages(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			release_pages(pages, i);
			kfree(pages);
			return NULL;
		}
	}
	return pages;
}

static void *map_owned(unsigned int n)
{
	struct page **pages = get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
	}
	return vaddr;
}

int direct(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return -ENOMEM;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);
		return -ENOMEM;
	}
	memset(vaddr, 0, 4 * PAGE_SIZE);
	vunmap(vaddr);	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES': the pages and the page array leak" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
	return 0;
}

static void unmap_buf(void *addr)
{
	vunmap(addr);	/* { dg-message "'unmap_buf' releases it with 'vunmap' here" } */
}

int through_helper(void)
{
	struct page **pages = get_pages(2);
	void *vaddr;

	if (!pages)
		return -ENOMEM;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, 2);
		kfree(pages);
		return -ENOMEM;
	}
	unmap_buf(vaddr);	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES'" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return 0;
}

static void buf_unmap_action(void *data)
{
	vunmap(data);	/* { dg-message "'buf_unmap_action', registered to run later, releases it with 'vunmap' here" } */
}

void *kunit_buffer(struct kunit *test, struct page **pages, unsigned int n)
{
	void *buffer = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buffer)
		return NULL;
	if (kunit_add_action_or_reset(test, buf_unmap_action, buffer))	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES'" } */
		return NULL;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return buffer;
}

void *devm_buffer(struct device *dev)
{
	void *buffer = map_owned(2);	/* { dg-message "returned by 'map_owned' here" } */

	if (!buffer)
		return NULL;
	if (devm_add_action_or_reset(dev, buf_unmap_action, buffer))	/* { dg-warning "'vunmap' releases a mapping" } */
		return NULL;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return buffer;
}

void *devm_buffer_direct(struct device *dev, struct page **pages)
{
	void *buffer = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buffer)
		return NULL;
	if (devm_add_action_or_reset(dev, buf_unmap_action, buffer))	/* { dg-warning "'vunmap' releases a mapping" } */
		return NULL;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return buffer;
}

/* ---- silent ---------------------------------------------------------- */

static void buf_free_action(void *data)
{
	vfree(data);
}

void *kunit_buffer_vfree(struct kunit *test, struct page **pages, unsigned int n)
{
	void *buffer = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);

	if (!buffer)
		return NULL;
	if (kunit_add_action_or_reset(test, buf_free_action, buffer))	/* { dg-bogus "vmapcheck" } */
		return NULL;
	return buffer;
}

int plain_map(struct page **pages)
{
	void *vaddr = vmap(pages, 4, VM_MAP, PAGE_KERNEL);

	if (!vaddr)
		return -ENOMEM;
	memset(vaddr, 0, 4 * PAGE_SIZE);
	vunmap(vaddr);	/* { dg-bogus "vmapcheck" } */
	unmap_buf(vaddr);	/* { dg-bogus "vmapcheck" } */
	return 0;
}

int put_pages_vfree(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return -ENOMEM;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);
		return -ENOMEM;
	}
	vfree(vaddr);	/* { dg-bogus "vmapcheck" } */
	return 0;
}

void unknown_addr(void *addr)
{
	vunmap(addr);	/* { dg-bogus "vmapcheck" } */
}
