/* The struct both files of xtu-field use, as a kernel header declares it. */
struct xdev {
	struct page **pages;
	int n;
};
