// Sets the attributes cairo 1.16 drops (/Alt, /Lang, table header /Scope, figure /BBox) on the
// structure elements, matched to the page model's tags in the order they were begun, and takes
// artifacts drawn as elements out of the tree.
#pragma once

#include "ArtifactElements.hh"
#include "IncrementalUpdate.hh"
#include "PDFConformance.h"

#include <qpdf/QPDF.hh>

namespace handout {

/// Walks the structure tree depth first (the order cairo creates elements in: the order their
/// tags were begun) and sets `elements[i]`'s attributes on the i-th element, or, when it is
/// an artifact's placeholder, detaches it (see `detachArtifact`). Throws when the count or a role
/// differs, so that attributes never land on the wrong element. Returns the marked content to
/// rewrite as artifacts. Every object changed is recorded in `update`.
ArtifactMarks setStructureAttributes(QPDF& pdf, IncrementalUpdate& update, const hc_element* elements, size_t count);

} // namespace handout
