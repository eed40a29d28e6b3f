#include "PageResources.hh"

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

namespace handout {

namespace {

class ResourceWalk {
  public:
    explicit ResourceWalk(UpdatedFile& update) : update(update) {}

    /// Visits `object` and what it reaches; `holder` is the indirect object `object` is in
    /// (itself when it is indirect).
    void visit(QPDFObjectHandle object, QPDFObjectHandle holder) {
        if (object.isIndirect()) {
            if (!seen.insert(object.getObjGen()).second) return;
            holder = object;
        }
        if (object.isStream()) {
            auto data = object.getRawStreamData();
            if (data->getSize() > 0 && data->getBuffer()[data->getSize() - 1] == '\r') {
                update.replaceStreamData(object, std::string(reinterpret_cast<char const*>(data->getBuffer()), data->getSize()));
            }
            visit(object.getDict(), holder);
        } else if (object.isDictionary()) {
            if (object.getKey("/Subtype").isNameAndEquals("/CIDFontType2") && !object.hasKey("/CIDToGIDMap")) {
                object.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));
                update.changed(holder);
            }
            for (auto& [key, value] : object.ditems()) visit(value, holder);
        } else if (object.isArray()) {
            for (auto& item : object.aitems()) visit(item, holder);
        }
    }

  private:
    UpdatedFile& update;
    std::set<QPDFObjGen> seen;
};

} // namespace

void completePageResources(QPDF& pdf, UpdatedFile& update, bool contentRewritten) {
    ResourceWalk walk(update);
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        auto object = page.getObjectHandle();
        if (!contentRewritten) walk.visit(object.getKey("/Contents"), object);
        walk.visit(page.getAttribute("/Resources", false), object);
    }
}

} // namespace handout
