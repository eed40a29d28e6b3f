// cairo's file with what the post-step adds or changes: every object of cairo's that stays is
// copied byte for byte from where cairo's cross-reference table says it is (it is neither
// resolved nor parsed), the ones the post-step adds, changes or removes are written or left out,
// and one cross-reference section and trailer cover them all. The cost follows what changes, not
// the size of the file, and replaced objects leave nothing behind. qpdf reads the file and
// unparses every object written.
#pragma once

#include <qpdf/QPDF.hh>

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace handout {

class UpdatedFile {
  public:
    /// `original` holds the bytes `pdf` was read from; it must outlive the update.
    UpdatedFile(QPDF& pdf, std::string_view original);

    /// A new indirect object holding the direct `object`, numbered after the file's own.
    QPDFObjectHandle add(QPDFObjectHandle object);
    /// A new stream with `dictionary`'s entries (its /Length is set when written) and `data`,
    /// encoded as the dictionary's /Filter says.
    QPDFObjectHandle addStream(QPDFObjectHandle dictionary, std::string data);
    /// Writes the existing `stream` again with `data`, encoded as its dictionary (as it is now) says.
    void replaceStreamData(QPDFObjectHandle stream, std::string data);
    /// Records that the existing indirect dictionary or array `object`, or something direct
    /// inside it, has changed, so that it is written again.
    void changed(QPDFObjectHandle object);

    /// Deletes the existing indirect `object`: it is left out and listed as free.
    void remove(QPDFObjectHandle object);

    /// The whole file: cairo's header and the objects that stay, then the objects added and
    /// changed, the cross-reference section, and a trailer with `info` and an /ID derived from the
    /// content (the MD5 of everything before the trailer), so the same input gives the same bytes.
    std::string write(QPDFObjectHandle info);

  private:
    struct Stream {
        QPDFObjectHandle dictionary;
        std::string data;
    };

    QPDF& pdf;
    std::string_view original;
    int nextNumber;
    std::set<QPDFObjGen> changedObjects;
    std::map<QPDFObjGen, Stream> streams;
    std::set<QPDFObjGen> removed;
};

} // namespace handout
