// A content-stream pass that wraps everything painted outside marked content as an /Artifact, so
// that every glyph and path is either tagged content or an artifact (PDF/UA-1 7.1), and turns the
// marked content of artifacts cairo drew as structure elements into artifacts. qpdf's tokenizer
// reads the stream; the bytes between the places that change are copied as they are.
#pragma once

#include <qpdf/Buffer.hh>

#include <map>
#include <memory>
#include <string>

namespace handout {

/// The page content `content` (decoded) with its artifacts marked. `marks` (MCID → property
/// list), if given: marked content with those MCIDs is rewritten as /Artifact with that property
/// list (see ArtifactElements.hh).
std::string markArtifacts(std::shared_ptr<Buffer> content, const std::map<long long, std::string>* marks);

} // namespace handout
