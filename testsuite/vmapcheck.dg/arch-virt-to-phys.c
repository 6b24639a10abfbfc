/* virt_to_page() as architectures spell it with CONFIG_DEBUG_VIRTUAL
   (arm64, arm and riscv: __virt_to_phys() out of line; x86:
   __phys_addr_symbol()): slab memory and the later pages of an unsplit
   block are still followed through the out-of-line call to the page
   array.  A page of an alloc_page() loop through the same call is not
   reported.  */
/* { dg-do compile } */

phys_addr_t __virt_to_phys(unsigned long x);
unsigned long __phys_addr_symbol(unsigned long x);
#define arm64_virt_to_page(x)	pfn_to_page(__virt_to_phys((unsigned long)(x)) >> PAGE_SHIFT)
#define x86_sym_to_page(x)	pfn_to_page(__phys_addr_symbol((unsigned long)(x)) >> PAGE_SHIFT)

void *arch_slab(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf = kmalloc(PAGE_SIZE, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!pages || !buf)
		goto err;
	pages[0] = arm64_virt_to_page(buf);	/* { dg-message "stored into the page array here" } */
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a slab page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}

void *arch_unsplit(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	unsigned long addr = __get_free_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here" } */
	unsigned int i;
	void *vaddr;

	if (!pages || !addr)
		goto err;
	for (i = 0; i < 4; i++)
		pages[i] = x86_sym_to_page(addr + i * PAGE_SIZE);	/* { dg-message "stored into the page array here" } */
		/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (addr)
		free_pages(addr, 2);
	kfree(pages);
	return NULL;
}

void *arch_order0(void)
{
	struct page **pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	unsigned long addr[2] = { 0, 0 };
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < 2; i++) {
		addr[i] = __get_free_page(GFP_KERNEL);
		if (!addr[i])
			goto err;
		pages[i] = arm64_virt_to_page(addr[i]);
	}
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < 2; i++)
		if (addr[i])
			free_page(addr[i]);
	kfree(pages);
	return NULL;
}
