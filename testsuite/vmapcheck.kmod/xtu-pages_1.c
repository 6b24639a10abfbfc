// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case across translation units (with xtu-pages_0.c,
 * read together by vmapcheck-link): this file maps the array it is given
 * with VM_MAP_PUT_PAGES, and returns an order-2 compound page.  Nothing here
 * is a bug alone; its notes show up in the other file's findings.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: the callee side of xtu-pages");

void *vmk_xtu_map(struct page **pages, unsigned int n);
struct page *vmk_xtu_get_big(void);

void *vmk_xtu_map(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_xtu_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}
EXPORT_SYMBOL_GPL(vmk_xtu_map);

struct page *vmk_xtu_get_big(void)
{
	return alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
}
EXPORT_SYMBOL_GPL(vmk_xtu_get_big);
