/* level=possible: user pages filled into the array
   by pin_user_pages_fast() / get_user_pages_fast() (directly, through a
   helper that pins into its array parameter, or mapped by a helper).  They
   may be tail pages of large folios, and vfree() would release them with
   __free_page() instead of unpin_user_page()/put_page().  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

/* include/linux/mm.h, mm_types.h (cut down) */
#define FOLL_WRITE	0x01
#define FOLL_LONGTERM	0x100
int get_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
int pin_user_pages_fast(unsigned long start, int nr_pages,
			unsigned int gup_flags, struct page **pages);
void unpin_user_pages(struct page **pages, unsigned long npages);

void *map_pinned(unsigned long uaddr, int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int pinned;

	if (!pages)
		return NULL;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages);	/* { dg-message "user pages pinned here by 'pin_user_pages_fast'" } */
	if (pinned != n)
		goto err;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page; 'vfree' will release it with '__free_page' instead of 'unpin_user_page' or 'put_page' \\\[vmapcheck:user-page\\\]" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES' and release the pages with 'put_page' or 'unpin_user_pages' after 'vunmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	kvfree(pages);
	return NULL;
}

void *map_gup(unsigned long uaddr)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int got, i;

	if (!pages)
		return NULL;
	got = get_user_pages_fast(uaddr, 4, FOLL_WRITE, pages);	/* { dg-message "user pages pinned here by 'get_user_pages_fast'" } */
	if (got != 4)
		goto err;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < got; i++)
		put_page(pages[i]);
	kfree(pages);
	return NULL;
}

int pin_into(struct page **pages, unsigned long uaddr, int n)
{
	return pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages);	/* { dg-message "user pages pinned here by 'pin_user_pages_fast'" } */
}

void *map_pinned_by_helper(unsigned long uaddr, int n)
{
	struct page **pages = kvcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int pinned;

	if (!pages)
		return NULL;
	pinned = pin_into(pages, uaddr, n);	/* { dg-message "stored by 'pin_into' into its argument 'pages' here" } */
	if (pinned != n)
		goto err;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	kvfree(pages);
	return NULL;
}

static void *map_put(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_put' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *map_pinned_via_helper(unsigned long uaddr)
{
	struct page **pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int pinned;

	if (!pages)
		return NULL;
	pinned = pin_user_pages_fast(uaddr, 8, FOLL_WRITE, pages);	/* { dg-message "user pages pinned here by 'pin_user_pages_fast'" } */
	if (pinned != 8)
		goto err;
	vaddr = map_put(pages, 8);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page" } */
	/* { dg-message "fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (pinned > 0)
		unpin_user_pages(pages, pinned);
	kfree(pages);
	return NULL;
}

/* Pinned pages mapped without VM_MAP_PUT_PAGES (and unpinned by the
   caller after vunmap()): no warning.  */
void *map_pinned_no_put(unsigned long uaddr)
{
	struct page *pages[2];

	if (pin_user_pages_fast(uaddr, 2, FOLL_WRITE, pages) != 2)
		return NULL;
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
