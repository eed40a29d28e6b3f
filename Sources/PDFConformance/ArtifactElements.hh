// Artifacts that cairo 1.16 can only draw as structure elements (page furniture, the hyphen of a
// line break): taken out of the structure tree, their marked content recorded to be rewritten.
#pragma once

#include <qpdf/QPDF.hh>

#include <map>
#include <string>

namespace handout {

/// Marked content to rewrite as artifacts: for each page, MCID → the artifact's property list
/// (in PDF syntax).
using ArtifactMarks = std::map<QPDFObjGen, std::map<long long, std::string>>;

/// Takes `element` out of its parent's /K and out of the parent tree, and records its marked
/// content in `marks` as `/Artifact <<properties>>`. Throws if the element has structure
/// elements inside.
void detachArtifact(QPDF& pdf, QPDFObjectHandle element, const std::string& properties, ArtifactMarks& marks);

} // namespace handout
