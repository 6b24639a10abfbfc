#!/usr/bin/env python3
"""bench/gen.py KIND N OUT.c -- generated worst cases for vmapcheck's cost.

KIND:
  bigfn    one function with N statements: arithmetic, and every 8th statement a store of a
           page of an order-2 compound allocation into a 64-entry page array; one vmap() with
           VM_MAP_PUT_PAGES at the end (warned; the walk visits every store)
  manyfn   N small functions, each two order-0 alloc_pages() into a local array and a vmap() with
           VM_MAP_PUT_PAGES (order 0: silent, but every function is analysed)
  chain    a chain of N non-inlined helpers f_i(pages, n) that each store one page and call
           f_{i+1}; the last maps the array with VM_MAP_PUT_PAGES
  manyvmap one function with N stores into one array, each followed by a vmap() of it
           (N sinks x N stores: shows whether the per-sink walk is linear overall)
  branchy  one function with N branches, each on a local of its own computed once, storing a
           compound block's page on one side and an order-0 page on the other; the flags
           of the one vmap() at the end depend on the first condition (path conditions on
           every store, a guard per block: shows whether they stay linear)
"""
import sys

PRELUDE = r"""
struct page { unsigned long flags; };
typedef unsigned int gfp_t;
#define ___GFP_COMP 0x40000u
#define __GFP_COMP ((gfp_t)___GFP_COMP)
#define GFP_KERNEL ((gfp_t)0xcc0u)
#define VM_MAP 0x4
#define VM_MAP_PUT_PAGES 0x200
typedef struct { unsigned long pgprot; } pgprot_t;
#define PAGE_KERNEL ((pgprot_t){0x163})
struct page *alloc_pages(gfp_t gfp, unsigned int order);
void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot);
void sink(void *);
"""


def bigfn(n, w):
    w("void *bigfn(unsigned long x)\n{\n\tstruct page *pages[64];\n")
    w("\tstruct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);\n\tunsigned long a = x;\n")
    for k in range(n):
        if k % 8 == 0:
            w(f"\tpages[{k % 64}] = p + {k % 4};\n")
        else:
            w(f"\ta = a * {k % 97 + 3} + {k};\n")
    w("\tsink((void *)a);\n\treturn vmap(pages, 64, VM_MAP_PUT_PAGES, PAGE_KERNEL);\n}\n")


def manyfn(n, w):
    for k in range(n):
        w(f"void *fn{k}(void)\n{{\n\tstruct page *pages[2];\n"
          f"\tpages[0] = alloc_pages(GFP_KERNEL, 0);\n\tpages[1] = alloc_pages(GFP_KERNEL, 0);\n"
          f"\treturn vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);\n}}\n")


def chain(n, w):
    for k in range(n + 1):
        w(f"void *f{k}(struct page **pages, int n);\n")
    w("static struct page *base;\n")
    for k in range(n):
        w(f"__attribute__((noinline)) void *f{k}(struct page **pages, int n)\n{{\n"
          f"\tpages[n] = base + n;\n\treturn f{k + 1}(pages, n + 1);\n}}\n")
    w(f"void *f{n}(struct page **pages, int n)\n{{\n"
      f"\treturn vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);\n}}\n")
    w("void *chain_start(struct page **pages)\n{\n"
      "\tbase = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);\n\treturn f0(pages, 0);\n}\n")


def manyvmap(n, w):
    w("void manyvmap(void **out)\n{\n\tstruct page *pages[64];\n")
    w("\tstruct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);\n")
    for k in range(n):
        w(f"\tpages[{k % 64}] = p + {k % 4};\n")
        w(f"\tout[{k}] = vmap(pages, 64, {'VM_MAP_PUT_PAGES' if k % 2 else 'VM_MAP'}, PAGE_KERNEL);\n")
    w("}\n")


def branchy(n, w):
    w("void *branchy(struct page **pages, unsigned long x)\n{\n")
    w("\tstruct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);\n\tunsigned long c0 = x & 1;\n")
    for k in range(n):
        w(f"\tunsigned long c{k + 1} = x * {k % 97 + 3} + {k};\n")
        w(f"\tif (c{k + 1} > {k % 13})\n\t\tpages[{k % 64}] = p + {k % 4};\n")
        w(f"\telse\n\t\tpages[{k % 64}] = alloc_pages(GFP_KERNEL, 0);\n")
    w("\treturn vmap(pages, 64, c0 ? VM_MAP_PUT_PAGES : 0x4, PAGE_KERNEL);\n}\n")


def main():
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(out, "w") as f:
        f.write(PRELUDE)
        {"bigfn": bigfn, "manyfn": manyfn, "chain": chain, "manyvmap": manyvmap,
         "branchy": branchy}[kind](n, f.write)


if __name__ == "__main__":
    main()
