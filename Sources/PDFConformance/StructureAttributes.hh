// Sets the attributes cairo 1.16 drops (/Alt, /Lang, table header /Scope, figure /BBox) on the
// structure elements that have them, found from their marked content through the parent tree,
// takes artifacts drawn as elements out of the tree, and joins table rows a page break split.
// The rest of the tree is never read.
#pragma once

#include "ArtifactElements.hh"
#include "UpdatedFile.hh"
#include "PDFConformance.h"

#include <qpdf/QPDF.hh>

namespace handout {

/// Finds each element of `request` with attributes or an artifact from its location (the
/// element of an MCID on a page, then parents above it; see hc_element) and sets its attributes,
/// or, for an artifact's placeholder, detaches it (see `detachArtifact`); then merges each element
/// marked as continuing into the one before it (see `mergeIntoPrevious`). Throws when a page's
/// count of marked content or a located element's role differs from the page model, so that
/// attributes never land on the wrong element. Returns the marked content to rewrite as
/// artifacts. Every object changed is recorded in `update`.
ArtifactMarks setStructureAttributes(QPDF& pdf, UpdatedFile& update, const hc_request& request);

} // namespace handout
