/* Fills the page array field of xtu-field.h with the pages of an order-2
   compound page.  */
/* { dg-do compile } */
#include "xtu-field.h"

bool xdev_fill(struct xdev *dev)
{
	struct page *p;
	int i;

	dev->pages = kcalloc(4, sizeof(*dev->pages), GFP_KERNEL);
	if (!dev->pages)
		return false;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(dev->pages);
		dev->pages = NULL;
		return false;
	}
	for (i = 0; i < 4; i++)
		dev->pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	dev->n = 4;
	return true;
}
