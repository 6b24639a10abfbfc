/* SPDX-License-Identifier: GPL-2.0 */
/*
 * containers.h - the containers other than arrays that pages are kept in
 * (scatterlists, xarrays, lists linked through a page's own list_head),
 * named by keys (layer 1, beside the API table).
 *
 * A key is an identifier node that says what the container is, so the
 * same kind of container always gets the same tree, which the summary
 * store keeps facts under like a struct field; its text is the note's.
 */
#ifndef VMAPCHECK_CONTAINERS_H
#define VMAPCHECK_CONTAINERS_H

#include "kapi.h"

tree box_put_key(const gimple *call, const struct kapi_entry *e, tree *page);
tree box_get_key(const struct kapi_entry *e);
tree box_container_of_key(const gimple *assign);
const char *box_describe(tree key);

#endif /* VMAPCHECK_CONTAINERS_H */
