/* Fills the fields that xtu-assign_0.c calls through: by assignment, and
   by a compound literal, with functions that map with VM_MAP_PUT_PAGES.  */
/* { dg-do compile } */

struct dev_ops {
	void *(*map)(struct page **pages, int n);
};

struct pmu_like {
	int type;
	void *(*setup)(void **pages, int n);
};

static void *dev_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'dev_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

/* as PMU drivers' setup_aux(): its own array of the pages' struct pages */
static void *pmu_setup(void **pages, int n)
{
	struct page **pglist = kcalloc(n, sizeof(*pglist), GFP_KERNEL);
	int i;

	if (!pglist)
		return NULL;
	for (i = 0; i < n; i++)
		pglist[i] = virt_to_page(pages[i]);
	return vmap(pglist, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'pmu_setup' hands the pages of the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void dev_init(struct dev_ops *ops)
{
	ops->map = dev_map;
}

void pmu_init(struct pmu_like *pmu)
{
	*pmu = (struct pmu_like) {
		.type = 1,
		.setup = pmu_setup,
	};
}
