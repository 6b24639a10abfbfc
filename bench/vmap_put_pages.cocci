// SPDX-License-Identifier: GPL-2.0
/// vmap() with VM_MAP_PUT_PAGES takes ownership of the pages and vfree() will
/// __free_page() each one: only independent order-0 pages may be handed over.
/// Report a vmap(..., VM_MAP_PUT_PAGES, ...) reached, in the same function, by a
/// compound / high-order / folio / slab allocation with no split_page() between.
///
/// The Coccinelle peer of vmapcheck, used by bench/run.sh for a time comparison.
/// It is syntactic: it does not check that the allocated page is the one stored
/// into the array, and it does not evaluate the order or the gfp mask beyond
/// "the order is not the literal 0".
//
// Confidence: Moderate
// Options: --no-includes --include-headers

virtual report

@r depends on report exists@
expression pages, n, prot, flags, gfp, order, e, page;
position p1, p2;
@@
(
 page = alloc_pages@p1(gfp, order)
|
 page = alloc_pages_node@p1(e, gfp, order)
|
 page = __alloc_pages@p1(gfp, order, ...)
|
 page = folio_alloc@p1(gfp, order)
|
 page = __get_free_pages@p1(gfp, order)
)
 ... when != split_page(page, ...)
(
 vmap@p2(pages, n, VM_MAP_PUT_PAGES, prot)
|
 vmap@p2(pages, n, flags | VM_MAP_PUT_PAGES, prot)
|
 vmap@p2(pages, n, VM_MAP_PUT_PAGES | flags, prot)
)

@script:python depends on report@
p1 << r.p1;
p2 << r.p2;
order << r.order;
@@
if order.strip() != "0":
    coccilib.report.print_report(p2[0],
        "vmap() with VM_MAP_PUT_PAGES after an order-%s allocation at line %s" % (order, p1[0].line))

@s depends on report exists@
expression pages, n, prot, flags, page, sz, gfp;
position p1, p2;
@@
 page = \(kmalloc@p1\|kzalloc@p1\)(sz, gfp)
 ...
(
 vmap@p2(pages, n, VM_MAP_PUT_PAGES, prot)
|
 vmap@p2(pages, n, flags | VM_MAP_PUT_PAGES, prot)
|
 vmap@p2(pages, n, VM_MAP_PUT_PAGES | flags, prot)
)

@script:python depends on report@
p1 << s.p1;
p2 << s.p2;
@@
coccilib.report.print_report(p2[0], "vmap() with VM_MAP_PUT_PAGES after a slab allocation at line %s" % p1[0].line)
