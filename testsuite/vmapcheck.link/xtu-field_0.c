/* A page array kept in a struct field that another file fills (the struct
   is declared in a header, so other files can fill it): mapped with
   VM_MAP_PUT_PAGES here, what the other file keeps there is the finding.
   Mapped without the flag: silent.  */
/* { dg-do compile } */
#include "xtu-field.h"

void *xdev_map(struct xdev *dev)
{
	return vmap(dev->pages, dev->n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "the pages other files keep in field 'pages' reach it here" "" { target *-*-* } .-1 } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-2 } */
}

void *xdev_show(struct xdev *dev)
{
	return vmap(dev->pages, dev->n, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
