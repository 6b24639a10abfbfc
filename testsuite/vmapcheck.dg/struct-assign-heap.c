/* A struct with an embedded page array is built in a local and copied
   into a kmalloc()ed object by a struct assignment (*obj = tmp); the
   object's pages are then copied, in another function, into a heap array
   that is handed over.  The struct copy carries the pages: a compound
   page's tail pages are reported there (what any object of the type may
   hold), and nothing at the callers.  */
/* { dg-do compile } */

void *memcpy(void *to, const void *from, size_t len);

struct sa_buf {
	struct page *pages[4];
	unsigned int nr;
	void *vaddr;
};

static void *sa_map(struct sa_buf *obj)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	memcpy(pages, obj->pages, sizeof(obj->pages));	/* { dg-message "copied into the page array here" } */
	vaddr = vmap(pages, obj->nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

struct sa_buf *sa_new_compound(void)
{
	struct sa_buf tmp, *obj = kmalloc(sizeof(*obj), GFP_KERNEL);
	struct page *p;
	unsigned int i;

	if (!obj)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p)
		goto free_obj;
	for (i = 0; i < 4; i++)
		tmp.pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	tmp.nr = 4;
	tmp.vaddr = NULL;
	*obj = tmp;	/* { dg-message "copied into the page array here" } */
	obj->vaddr = sa_map(obj);	/* { dg-bogus "vmapcheck" } */
	if (obj->vaddr)
		return obj;
	__free_pages(p, 2);
free_obj:
	kfree(obj);
	return NULL;
}

struct sa_buf *sa_new_order0(void)
{
	struct sa_buf tmp, *obj = kmalloc(sizeof(*obj), GFP_KERNEL);
	unsigned int i;

	if (!obj)
		return NULL;
	for (i = 0; i < 4; i++) {
		tmp.pages[i] = alloc_page(GFP_KERNEL);
		if (!tmp.pages[i])
			goto free_pages;
	}
	tmp.nr = 4;
	tmp.vaddr = NULL;
	*obj = tmp;
	obj->vaddr = sa_map(obj);	/* { dg-bogus "vmapcheck" } */
	if (obj->vaddr)
		return obj;
free_pages:
	while (i--)
		__free_page(tmp.pages[i]);
	kfree(obj);
	return NULL;
}
