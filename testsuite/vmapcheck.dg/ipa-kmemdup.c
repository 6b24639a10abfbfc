/* A page array duplicated with kmemdup() (6.1: a plain extern function;
   6.12: alloc_hooks(kmemdup_noprof(...)); both as in include/linux/string.h,
   declared by k61.h and k612.h).  The note names the API the source calls,
   'kmemdup', not the '_noprof' function its macro expands to, as every
   other note names the API written.  */
/* { dg-do compile } */

void *dup_slab(size_t len)
{
	struct page *src[2], **dst;
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!buf)
		return NULL;
	src[0] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	src[1] = alloc_page(GFP_KERNEL);
	if (!src[1])
		goto free_buf;
	dst = kmemdup(src, sizeof(src), GFP_KERNEL);	/* { dg-message "copied into the page array here by 'kmemdup'" } */
	if (!dst)
		goto free_page;
	vaddr = vmap(dst, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(dst);
free_page:
	__free_page(src[1]);
free_buf:
	kfree(buf);
	return NULL;
}

/* The duplicate is kept in a struct field and mapped elsewhere.  */
struct dup_obj {
	struct page **pages;
	unsigned int n;
};

int dup_obj_init(struct dup_obj *o)
{
	struct page *tmp[4];
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	int i;

	if (!p)
		return -12;
	for (i = 0; i < 4; i++)
		tmp[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	o->pages = kmemdup(tmp, sizeof(tmp), GFP_KERNEL);	/* { dg-message "copied into the page array here by 'kmemdup'" } */
	if (!o->pages) {
		__free_pages(p, 2);
		return -12;
	}
	o->n = 4;
	return 0;
}

void *dup_obj_map(struct dup_obj *o)
{
	return vmap(o->pages, o->n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}
