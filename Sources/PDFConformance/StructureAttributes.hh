// Sets the attributes cairo 1.16 drops (/Alt, /Lang, table header /Scope, figure /BBox) on the
// structure elements, matched to the page model's tags in the order they were begun, takes
// artifacts drawn as elements out of the tree, and joins table rows a page break split.
#pragma once

#include "ArtifactElements.hh"
#include "PDFConformance.h"

#include <qpdf/QPDF.hh>

namespace handout {

/// Walks the structure tree depth first (the order cairo creates elements in: the order their
/// tags were begun) and sets `elements[i]`'s attributes on the i-th element, or, when it is
/// an artifact's placeholder, detaches it (see `detachArtifact`); then merges each element marked
/// as continuing into the one before it (see `mergeIntoPrevious`). Throws when the count or a role
/// differs, so that attributes never land on the wrong element. Returns the marked content to
/// rewrite as artifacts.
ArtifactMarks setStructureAttributes(QPDF& pdf, const hc_element* elements, size_t count);

} // namespace handout
