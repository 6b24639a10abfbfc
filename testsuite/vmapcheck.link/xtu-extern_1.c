/* The callees of xtu-extern_0.c: one maps the array it is given with
   VM_MAP_PUT_PAGES, one (reached through an ops table) likewise, one
   maps it with VM_MAP only.  */
/* { dg-do compile } */

struct buf_ops {
	void *(*map)(struct page **pages, int n);
};

void *map_them(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_them' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

static void *sys_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'sys_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *show_them(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}

const struct buf_ops sys_ops = {
	.map = sys_map,
};

/* hands the array over only when n >= 2 */
void *map_pairs(struct page **pages, int n)
{
	if (n < 2)
		return NULL;
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_pairs' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}
