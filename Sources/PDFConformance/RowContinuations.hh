// Table rows a page break split: cairo 1.16 writes each part as a row of its own (its marked
// content nests page by page), and this joins them into one, whose cells' content lies on both pages.
#pragma once

#include "ParentTree.hh"
#include "UpdatedFile.hh"

#include <qpdf/QPDF.hh>

namespace handout {

/// Moves the content of each of `element`'s children into the matching child of the element just
/// before it under the same parent (same role, same number of children), repoints the parent tree
/// at the new owners, and takes `element` and its children out of the tree and the file. Every
/// object changed is recorded in `update`. Throws if there is no such element.
void mergeIntoPrevious(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle element);

} // namespace handout
