// Artifacts that cairo 1.16 can only draw as structure elements (page furniture, the hyphen of a
// line break): taken out of the structure tree, their marked content recorded to be rewritten.
#pragma once

#include "UpdatedFile.hh"
#include "ParentTree.hh"

#include <qpdf/QPDF.hh>

#include <map>
#include <string>

namespace handout {

/// Marked content to rewrite as artifacts: for each page, MCID → the artifact's property list
/// (in PDF syntax).
using ArtifactMarks = std::map<QPDFObjGen, std::map<long long, std::string>>;

/// Removes `element` from the file, takes it out of its parent's /K and out of the parent tree, and records its marked
/// content in `marks` as `/Artifact <<properties>>`. Throws if the element has structure
/// elements inside. The objects changed are recorded in `update`.
void detachArtifact(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle element,
                    const std::string& properties, ArtifactMarks& marks);

} // namespace handout
