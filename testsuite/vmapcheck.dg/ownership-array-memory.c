/* A managed page array (devm_kcalloc()) kept in a struct field or a global
   by one function and handed to vmap() with VM_MAP_PUT_PAGES by another:
   devres frees it again after vfree() kvfree()d it.  Silent when the field
   is also given arrays of their own, and when it only ever holds arrays
   from kcalloc().  */
/* { dg-do compile } */

struct device;
void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp);
static inline void *devm_kmalloc_array(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	return devm_kmalloc(dev, n * size, flags);
}
static inline void *devm_kcalloc(struct device *dev, size_t n, size_t size, gfp_t flags)
{
	return devm_kmalloc_array(dev, n, size, flags | __GFP_ZERO);
}
void release_pages(struct page **pages, int nr);
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

struct frame {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

int frame_probe(struct device *dev, struct frame *f, unsigned int n)
{
	struct page **pages = devm_kcalloc(dev, n, sizeof(*pages), GFP_KERNEL);	/* { dg-message "allocated here by 'devm_kcalloc': the device's devres frees it again" } */

	if (!pages)
		return -ENOMEM;
	f->pages = pages;	/* { dg-message "kept in struct field 'pages' here" } */
	f->nr_pages = n;
	return 0;
}

int frame_map(struct frame *f)
{
	if (fill(f->pages, f->nr_pages))
		return -ENOMEM;
	f->vaddr = vmap(f->pages, f->nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "takes over a page array that 'vfree' cannot release with 'kvfree': managed memory that its owner frees again" } */
	if (!f->vaddr) {	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
		release_pages(f->pages, f->nr_pages);
		return -ENOMEM;
	}
	return 0;
}

/* a global */
static struct page **boot_pages;

int boot_probe(struct device *dev, unsigned int n)
{
	struct page **pages = devm_kcalloc(dev, n, sizeof(*pages), GFP_KERNEL);	/* { dg-message "allocated here by 'devm_kcalloc'" } */

	if (!pages || fill(pages, n))
		return -ENOMEM;
	boot_pages = pages;	/* { dg-message "kept in global 'boot_pages' here" } */
	return 0;
}

void *boot_map(unsigned int n)
{
	void *vaddr = vmap(boot_pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "managed memory that its owner frees again" } */

	if (!vaddr)	/* { dg-message "fix:" "" { target *-*-* } .-2 } */
		release_pages(boot_pages, n);
	return vaddr;
}

/* ---- silent ---------------------------------------------------------- */

/* a field that is also given arrays of their own */
struct strip {
	struct page **pages;
	unsigned int nr_pages;
	bool managed;
};

int strip_probe(struct device *dev, struct strip *s, unsigned int n)
{
	s->pages = devm_kcalloc(dev, n, sizeof(*s->pages), GFP_KERNEL);
	s->nr_pages = n;
	s->managed = true;
	return s->pages ? 0 : -ENOMEM;
}

int strip_alloc(struct strip *s, unsigned int n)
{
	s->pages = kcalloc(n, sizeof(*s->pages), GFP_KERNEL);
	s->nr_pages = n;
	s->managed = false;
	return s->pages ? 0 : -ENOMEM;
}

void *strip_map(struct strip *s)
{
	void *vaddr;

	if (s->managed || fill(s->pages, s->nr_pages))
		return NULL;
	vaddr = vmap(s->pages, s->nr_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(s->pages, s->nr_pages);
		kfree(s->pages);
	}
	s->pages = NULL;
	return vaddr;
}

/* a field of the same name that only holds kcalloc() arrays */
struct tile {
	struct page **pages;
	unsigned int nr_pages;
};

void *tile_map(struct tile *t, unsigned int n)
{
	void *vaddr;

	t->pages = kcalloc(n, sizeof(*t->pages), GFP_KERNEL);
	if (!t->pages)
		return NULL;
	t->nr_pages = n;
	if (fill(t->pages, n)) {
		kfree(t->pages);
		return NULL;
	}
	vaddr = vmap(t->pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(t->pages, n);
		kfree(t->pages);
	}
	t->pages = NULL;
	return vaddr;
}
