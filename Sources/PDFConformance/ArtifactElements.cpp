#include "ArtifactElements.hh"


#include <stdexcept>
#include <utility>
#include <vector>

namespace handout {

namespace {

/// The element's marked content: each page and MCID. Its /K is an MCID (on its /Pg), a
/// marked-content reference, or an array of them.
std::vector<std::pair<QPDFObjectHandle, long long>> markedContent(QPDFObjectHandle element) {
    std::vector<std::pair<QPDFObjectHandle, long long>> found;
    auto page = element.getKey("/Pg");
    auto add = [&](QPDFObjectHandle kid) {
        if (kid.isInteger()) {
            found.emplace_back(page, kid.getIntValue());
        } else if (kid.isDictionary() && kid.getKey("/MCID").isInteger()) {
            found.emplace_back(kid.hasKey("/Pg") ? kid.getKey("/Pg") : page, kid.getKey("/MCID").getIntValue());
        } else {
            throw std::runtime_error("an artifact has structure elements inside");
        }
    };
    auto kids = element.getKey("/K");
    if (kids.isArray()) {
        for (auto& kid : kids.aitems()) add(kid);
    } else if (!kids.isNull()) {
        add(kids);
    }
    return found;
}

} // namespace

void detachArtifact(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle element,
                    const std::string& entries, ArtifactMarks& marks) {
    auto properties = "<<" + entries + ">>";
    for (auto& [page, mcid] : markedContent(element)) {
        marks[page.getObjGen()][mcid] = properties;
        // The page's entry in the parent tree lists each MCID's element: this one's is left empty.
        auto parents = parentTree.elementsOf(page);
        if (parents.isArray() && mcid < parents.getArrayNItems()) {
            parents.setArrayItem(static_cast<int>(mcid), QPDFObjectHandle::newNull());
            update.changed(parents.isIndirect() ? parents : parentTree.root());
        }
    }
    update.remove(element);
    auto parent = element.getKey("/P");
    auto siblings = parent.getKey("/K");
    if (siblings.isArray()) {
        for (int i = siblings.getArrayNItems() - 1; i >= 0; i--) {
            if (siblings.getArrayItem(i).getObjGen() == element.getObjGen()) siblings.eraseItem(i);
        }
        update.changed(siblings.isIndirect() ? siblings : parent);
    } else if (siblings.getObjGen() == element.getObjGen()) {
        parent.removeKey("/K");
        update.changed(parent);
    }
}

} // namespace handout
