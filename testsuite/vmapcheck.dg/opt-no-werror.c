/* Plugin argument 'no-werror' under -Werror: the finding stays a warning (a
   survey run over a CONFIG_WERROR kernel goes on).  */
/* { dg-do compile } */
/* { dg-additional-options "-Werror -fplugin-arg-vmapcheck-no-werror" } */

void *no_werror(void)
{
	struct page **pages;
	void *buf = kmalloc(256, GFP_KERNEL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}
