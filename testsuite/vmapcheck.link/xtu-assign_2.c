/* Another function stored into the same field, mapping without the flag:
   xtu-assign_0.c's call through the field finds nothing through it.  */
/* { dg-do compile } */

struct dev_ops {
	void *(*map)(struct page **pages, int n);
};

static void *plain_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

const struct dev_ops plain_ops = {
	.map = plain_map,
};
