// An incremental update (ISO 32000-1, 7.5.6): the objects the post-step adds or changes, written
// after the bytes cairo wrote, with a cross-reference section of their own and a trailer that
// points back to cairo's. The rest of the file is neither resolved nor rewritten, so the cost
// follows what changes, not the size of the file. qpdf reads the file and unparses every object.
#pragma once

#include <qpdf/QPDF.hh>

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace handout {

class IncrementalUpdate {
  public:
    /// `original` holds the bytes `pdf` was read from; it must outlive the update.
    IncrementalUpdate(QPDF& pdf, std::string_view original);

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

    /// Deletes the existing indirect `object`: the update lists it as free, so readers no longer
    /// see it (its bytes stay in the original part of the file).
    void remove(QPDFObjectHandle object);

    /// The whole file: the original bytes, then the objects added and changed, their
    /// cross-reference section, and a trailer with `info` and an /ID derived from the content
    /// (the MD5 of everything before the trailer), so the same input gives the same bytes.
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
