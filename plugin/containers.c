// SPDX-License-Identifier: GPL-2.0
/*
 * containers.c - pages kept in containers that are not arrays.
 *
 * A scatterlist entry (sg_set_page(), sg_alloc_table_from_pages()), an
 * xarray (xa_store(), xa_load()) and a list that a page is put on by a
 * list_head member of its own
 * (list_add(&page->lru, head), read back by list_for_each_entry(), that is
 * by container_of()) hold pages the way a struct field does.  The engine
 * keeps what goes in under one key per kind of container, shared by every
 * container of that kind in the translation unit (like field_add()), and
 * hands it out wherever a page is taken out.
 *
 * A key is an identifier node that says what the container is, so the same
 * kind of container always gets the same tree, and the key is also the text
 * of the note: "put into a scatterlist here".
 */
#include "containers.h"

/*
 * How far into a struct page a list_head member can lie: a page's members
 * are in its first bytes (sizeof(struct page) is 64 on most configs), so
 * an offset this big is not a member of the page.
 */
#define MEMBER_MAX 4096

/* "a scatterlist": the table's name for the container, article included */
static tree named_key(const char *box)
{
	return get_identifier(box);
}

/* The list of TAG objects linked through the list_head at byte OFF. */
static tree list_key(const char *tag, HOST_WIDE_INT off)
{
	char buf[96];

	snprintf(buf, sizeof(buf), "a list of struct %s (by the list_head at byte %d)",
		 tag, (int)off);
	return get_identifier(buf);
}

/*
 * ADDR is &page->member, or page + offset: the page, and the member's
 * byte offset in it.  NULL if ADDR is not an address inside a page.
 */
static tree member_of_page(tree addr, HOST_WIDE_INT *off)
{
	if (TREE_CODE(addr) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(addr)) {
		gimple *def = SSA_NAME_DEF_STMT(addr);

		if (!is_gimple_assign(def))
			return NULL_TREE;
		if (gimple_assign_rhs_code(def) == POINTER_PLUS_EXPR) {
			tree base = gimple_assign_rhs1(def);
			tree cst = gimple_assign_rhs2(def);

			if (!kapi_is_page_ptr(TREE_TYPE(base)) || TREE_CODE(cst) != INTEGER_CST ||
			    !tree_fits_uhwi_p(cst) || tree_to_uhwi(cst) >= MEMBER_MAX)
				return NULL_TREE;
			*off = (HOST_WIDE_INT)tree_to_uhwi(cst);
			return base;
		}
		if (!gimple_assign_single_p(def))
			return NULL_TREE;
		addr = gimple_assign_rhs1(def);
	}
	if (TREE_CODE(addr) == ADDR_EXPR) {
		poly_int64 bitsize, bitpos;
		tree offset, base;
		machine_mode mode;
		int unsignedp, reversep, volatilep;
		HOST_WIDE_INT bits;

		base = get_inner_reference(TREE_OPERAND(addr, 0), &bitsize, &bitpos, &offset,
					   &mode, &unsignedp, &reversep, &volatilep);
		if (!base || TREE_CODE(base) != MEM_REF || offset ||
		    !bitpos.is_constant(&bits) || bits % BITS_PER_UNIT ||
		    !kapi_is_page_ptr(TREE_TYPE(TREE_OPERAND(base, 0))) ||
		    !tree_fits_shwi_p(TREE_OPERAND(base, 1)))
			return NULL_TREE;
		*off = bits / BITS_PER_UNIT + tree_to_shwi(TREE_OPERAND(base, 1));
		return TREE_OPERAND(base, 0);
	}
	return NULL_TREE;
}

/*
 * The container a BOX_PUT call puts into, and in *PAGE what it puts (a
 * page, or with e->many a page array).  NULL if the call's arguments do not
 * have the expected shape.
 */
tree box_put_key(const gimple *call, const struct kapi_entry *e, tree *page)
{
	HOST_WIDE_INT off;
	tree arg;

	if (e->role != KAPI_BOX_PUT || e->arg < 0 ||
	    (unsigned int)e->arg >= gimple_call_num_args(call))
		return NULL_TREE;
	arg = gimple_call_arg(call, e->arg);
	if (e->box) {
		*page = arg;
		return named_key(e->box);
	}
	*page = member_of_page(arg, &off);
	if (!*page || off < 0)
		return NULL_TREE;
	return list_key(vc_pointee_tag(TREE_TYPE(*page)), off);
}

tree box_get_key(const struct kapi_entry *e)
{
	return e->role == KAPI_BOX_GET && e->box ? named_key(e->box) : NULL_TREE;
}

/*
 * container_of(ptr, struct page, member): a page pointer computed as a
 * pointer of another type minus a small constant.  The list key it reads,
 * or NULL.
 */
tree box_container_of_key(const gimple *assign)
{
	tree lhs = gimple_assign_lhs(assign);
	tree ptr = gimple_assign_rhs1(assign);
	tree cst = gimple_assign_rhs2(assign);
	HOST_WIDE_INT v;

	if (gimple_assign_rhs_code(assign) != POINTER_PLUS_EXPR ||
	    !kapi_is_page_ptr(TREE_TYPE(lhs)) || kapi_is_page_ptr(TREE_TYPE(ptr)) ||
	    TREE_CODE(cst) != INTEGER_CST)
		return NULL_TREE;
	/* sizetype is unsigned: -8 is 2^32 - 8 for a 32-bit target, so sign-extend */
	v = wi::to_wide(cst).to_shwi();
	if (v >= 0 || v <= -MEMBER_MAX)
		return NULL_TREE;
	return list_key(vc_pointee_tag(TREE_TYPE(lhs)), -v);
}

const char *box_describe(tree key)
{
	return IDENTIFIER_POINTER(key);
}
