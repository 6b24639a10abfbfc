/* Cache maintenance, kmap and DMA mapping are out of line on some
   architectures (arm64 and arm: arch_dma_prep_coherent() and
   flush_dcache_page(); 32-bit highmem: kmap_high(); every arch:
   dma_map_page_attrs()).  They touch a page's memory, never its
   allocation: an unsplit block handed to them before vmap() is still a
   definite finding, as on x86 where most of them are inline.  An unknown
   function in the same place may split the block (unseen-split.c).  */
/* { dg-do compile } */

typedef unsigned long long dma_addr_t;
struct device;
enum dma_data_direction { DMA_BIDIRECTIONAL = 0, DMA_TO_DEVICE = 1 };

void arch_dma_prep_coherent(struct page *page, size_t size);
void flush_dcache_page(struct page *page);
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
dma_addr_t dma_map_page_attrs(struct device *dev, struct page *page, size_t offset,
			      size_t size, enum dma_data_direction dir, unsigned long attrs);
void *memset(void *s, int c, size_t n);
extern void prepare_block(struct page *page, unsigned int order);

void *prep_coherent(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	arch_dma_prep_coherent(p, 4 * PAGE_SIZE);
	for (i = 0; i < 4; i++) {
		flush_dcache_page(p + i);
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *kmapped_and_dma_mapped(struct device *dev, dma_addr_t *addr)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	memset(kmap_high(p), 0, PAGE_SIZE);
	kunmap_high(p);
	*addr = dma_map_page_attrs(dev, p, 0, 2 * PAGE_SIZE, DMA_TO_DEVICE, 0);
	for (i = 0; i < 2; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-1 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 1);
		kfree(pages);
	}
	return vaddr;
}

/* the same cache maintenance beside an unknown helper: that one may split */
void *prep_and_unknown(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here" "" { target level=possible } } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	arch_dma_prep_coherent(p, 4 * PAGE_SIZE);
	prepare_block(p, 2);	/* splits it: in another file */
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" "" { target level=possible } } */
		/* { dg-message "stored into the page array here" "" { target level=possible } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" "" { target level=possible } } */
	/* { dg-message "fix:" "" { target level=possible } .-1 } */
	/* { dg-bogus "vmapcheck" "" { target level=definite } .-2 } */
	if (!vaddr) {
		for (i = 0; i < 4; i++)
			__free_page(p + i);
		kfree(pages);
	}
	return vaddr;
}

/* order-0 pages through the same calls stay silent */
void *order0_prepped(void)
{
	struct page **pages;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
		arch_dma_prep_coherent(pages[i], PAGE_SIZE);
		flush_dcache_page(pages[i]);
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
