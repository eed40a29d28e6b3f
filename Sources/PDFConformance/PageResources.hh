// What the post-step completes in the objects cairo wrote for the pages to draw with: their
// content streams and everything their resources reach (fonts and font files, images, form
// XObjects, patterns), found by walking from the pages, so that the rest of the file is never
// resolved.
#pragma once

#include "UpdatedFile.hh"

#include <qpdf/QPDF.hh>

namespace handout {

/// Gives TrueType CID fonts the /CIDToGIDMap /Identity cairo leaves out (PDF/A-2, 6.2.11.3.2),
/// and writes again, in the update, each stream whose data ends in a carriage return: cairo puts
/// a bare LF before `endstream`, which would read as CR LF and leave the stream one byte shorter
/// than its /Length (PDF/A-2, 6.1.7.1); the update writes CR LF after such data. The pages'
/// content streams are not read when `contentRewritten`: the post-step writes them again itself.
void completePageResources(QPDF& pdf, UpdatedFile& update, bool contentRewritten);

} // namespace handout
