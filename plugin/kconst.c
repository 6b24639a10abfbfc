// SPDX-License-Identifier: GPL-2.0
/*
 * kconst.c - the kernel constants vmapcheck depends on.
 *
 * VM_MAP_PUT_PAGES was 0x100 before 5.11 and is 0x200 since; __GFP_COMP is
 * 0x40000u in 6.1 but BIT(___GFP_COMP_BIT) from a config-dependent enum in
 * 6.12.  So each value is taken, in this order, from a plugin argument, from
 * the translation unit's own macro, from the enumerator holding its bit
 * number, and only then from the built-in fallback.
 */
#include "kconst.h"

/* parse_in exists only in the C-family front ends; stay loadable elsewhere. */
#pragma weak parse_in

static const struct kconst kconsts[KCONST_NR] = {
	[KCONST_VM_MAP_PUT_PAGES] = { "put-pages-flag", "VM_MAP_PUT_PAGES", NULL, 0x200 },
	[KCONST_GFP_COMP] = { "gfp-comp", "___GFP_COMP", "___GFP_COMP_BIT", 0x40000 },
	[KCONST_PAGE_SHIFT] = { "page-shift", "PAGE_SHIFT", NULL, 12 },
};

enum kconst_source { SRC_UNSET, SRC_ARGUMENT, SRC_MACRO, SRC_ENUM, SRC_FALLBACK };

static vc_uhwi kvalue[KCONST_NR];
static enum kconst_source ksource[KCONST_NR];
static vc_uhwi kenum[KCONST_NR];
static bool kenum_seen[KCONST_NR];

static bool parse_number(const char *s, vc_uhwi *out)
{
	char *end;
	unsigned long long v;

	if (!s || !*s || *s == '-')
		return false;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (errno || end == s)
		return false;
	/* accept C integer suffixes, as in "0x40000u" */
	while (*end == 'u' || *end == 'U' || *end == 'l' || *end == 'L')
		end++;
	if (*end)
		return false;
	*out = v;
	return true;
}

/* -fplugin-arg-vmapcheck-KEY=VALUE: 0 if KEY is not ours, -1 on an error. */
int kconst_option(const char *plugin, const char *key, const char *value)
{
	int i;

	for (i = 0; i < KCONST_NR; i++) {
		if (strcmp(key, kconsts[i].key))
			continue;
		ksource[i] = SRC_ARGUMENT;
		if (!parse_number(value, &kvalue[i]) ||
		    (i == KCONST_PAGE_SHIFT && (kvalue[i] < 9 || kvalue[i] > 20)) ||
		    (i != KCONST_PAGE_SHIFT && !kvalue[i])) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a positive integer value, got %qs"),
			      plugin, key, value ? value : "");
			return -1;
		}
		return 1;
	}
	return 0;
}

/* PLUGIN_FINISH_TYPE: remember the enumerators that hold bit numbers. */
void kconst_note_enum(tree type)
{
	tree v;
	int i;

	if (!type || TREE_CODE(type) != ENUMERAL_TYPE)
		return;
	for (v = TYPE_VALUES(type); v; v = TREE_CHAIN(v)) {
		tree name = TREE_PURPOSE(v), val = TREE_VALUE(v);

		if (val && TREE_CODE(val) == CONST_DECL) {
			name = DECL_NAME(val);
			val = DECL_INITIAL(val);
		}
		if (!name || TREE_CODE(name) != IDENTIFIER_NODE ||
		    !val || TREE_CODE(val) != INTEGER_CST || !tree_fits_uhwi_p(val))
			continue;
		for (i = 0; i < KCONST_NR; i++) {
			if (!kconsts[i].enum_bit ||
			    strcmp(IDENTIFIER_POINTER(name), kconsts[i].enum_bit))
				continue;
			kenum[i] = tree_to_uhwi(val);
			kenum_seen[i] = true;
		}
	}
}

/*
 * Evaluate a macro body of the shapes the kernel uses for these constants:
 * a number ("0x00000200", "0x40000u"), another such macro, BIT(enumerator)
 * or BIT(number), with redundant parentheses and casts like (__force gfp_t).
 */
static bool eval_macro(const char *name, int depth, vc_uhwi *out);

static bool eval_tokens(const cpp_token *tok, unsigned int count, int depth,
			vc_uhwi *out)
{
	unsigned int i = 0;

	/* strip outer parentheses and leading casts: ( type words ) */
	while (count && tok[0].type == CPP_OPEN_PAREN) {
		unsigned int j = 1;

		while (j < count && tok[j].type == CPP_NAME)
			j++;
		if (j < count && tok[j].type == CPP_CLOSE_PAREN && j > 1 &&
		    j + 1 < count) {
			/* a cast: skip it */
			tok += j + 1;
			count -= j + 1;
			continue;
		}
		if (tok[count - 1].type != CPP_CLOSE_PAREN)
			return false;
		tok++;
		count -= 2;
	}
	if (count == 1 && tok[0].type == CPP_NUMBER) {
		char buf[64];
		unsigned int len = tok[0].val.str.len;

		if (len >= sizeof(buf))
			return false;
		memcpy(buf, tok[0].val.str.text, len);
		buf[len] = 0;
		return parse_number(buf, out);
	}
	if (count == 1 && tok[0].type == CPP_NAME) {
		const char *id = (const char *)NODE_NAME(tok[0].val.node.node);

		for (i = 0; i < KCONST_NR; i++)
			if (kconsts[i].enum_bit && kenum_seen[i] &&
			    !strcmp(id, kconsts[i].enum_bit)) {
				*out = kenum[i];
				return true;
			}
		return eval_macro(id, depth + 1, out);
	}
	if (count >= 4 && tok[0].type == CPP_NAME && tok[1].type == CPP_OPEN_PAREN &&
	    tok[count - 1].type == CPP_CLOSE_PAREN &&
	    !strcmp((const char *)NODE_NAME(tok[0].val.node.node), "BIT")) {
		vc_uhwi bit;

		if (!eval_tokens(tok + 2, count - 3, depth + 1, &bit) ||
		    bit >= HOST_BITS_PER_WIDE_INT)
			return false;
		*out = HOST_WIDE_INT_1U << bit;
		return true;
	}
	return false;
}

static bool eval_macro(const char *name, int depth, vc_uhwi *out)
{
	cpp_hashnode *node;
	cpp_macro *m;

	if (depth > 8 || !&parse_in || !parse_in)
		return false;
	node = cpp_lookup(parse_in, (const unsigned char *)name, strlen(name));
	if (!node || !cpp_user_macro_p(node))
		return false;
	m = node->value.macro;
	if (!m || m->fun_like || m->kind != cmk_macro || !m->count)
		return false;
	return eval_tokens(m->exp.tokens, m->count, depth, out);
}

static void resolve(int i)
{
	vc_uhwi v;

	if (ksource[i] != SRC_UNSET)
		return;
	if (eval_macro(kconsts[i].macro, 0, &v) && v) {
		kvalue[i] = v;
		ksource[i] = SRC_MACRO;
	} else if (kconsts[i].enum_bit && kenum_seen[i] &&
		   kenum[i] < HOST_BITS_PER_WIDE_INT) {
		kvalue[i] = HOST_WIDE_INT_1U << kenum[i];
		ksource[i] = SRC_ENUM;
	} else {
		kvalue[i] = kconsts[i].fallback;
		ksource[i] = SRC_FALLBACK;
	}
}

vc_uhwi kconst_get(enum kconst_id id)
{
	resolve(id);
	return kvalue[id];
}

const char *kconst_describe(enum kconst_id id)
{
	static const char * const what[] = {
		[SRC_UNSET] = "unset", [SRC_ARGUMENT] = "plugin argument",
		[SRC_MACRO] = "macro", [SRC_ENUM] = "enumerator",
		[SRC_FALLBACK] = "built-in default",
	};

	resolve(id);
	return what[ksource[id]];
}
