#include "RowContinuations.hh"

#include <stdexcept>
#include <vector>

namespace handout {

namespace {

/// An element's /K as a list: nothing, one kid or an array of them.
std::vector<QPDFObjectHandle> kidsOf(QPDFObjectHandle element) {
    auto kids = element.getKey("/K");
    if (kids.isArray()) return kids.getArrayAsVector();
    if (kids.isNull()) return {};
    return {kids};
}

bool isStructureElement(QPDFObjectHandle kid) {
    return kid.isDictionary() && kid.hasKey("/S");
}

std::vector<QPDFObjectHandle> childElements(QPDFObjectHandle element) {
    std::vector<QPDFObjectHandle> found;
    for (auto& kid : kidsOf(element)) {
        if (isStructureElement(kid)) found.push_back(kid);
    }
    return found;
}

/// Points the parent tree's entry for marked content `mcid` on `page` at `owner`.
void repoint(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle page, long long mcid, QPDFObjectHandle owner) {
    auto parents = parentTree.elementsOf(page);
    if (parents.isArray() && mcid < parents.getArrayNItems()) {
        parents.setArrayItem(static_cast<int>(mcid), owner);
        update.changed(parents.isIndirect() ? parents : parentTree.root());
    }
}

/// Appends `source`'s content to `target`'s: marked content as references to its page (the pages
/// differ), elements with `target` as their parent.
void moveContent(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle source, QPDFObjectHandle target) {
    auto kids = kidsOf(target);
    auto page = source.getKey("/Pg");
    for (auto& kid : kidsOf(source)) {
        if (kid.isInteger()) {
            if (!page.isDictionary()) throw std::runtime_error("a continued table cell's content has no page");
            auto reference = QPDFObjectHandle::newDictionary();
            reference.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
            reference.replaceKey("/Pg", page);
            reference.replaceKey("/MCID", kid);
            repoint(update, parentTree, page, kid.getIntValue(), target);
            kids.push_back(reference);
        } else if (kid.isDictionary() && kid.getKey("/MCID").isInteger()) {
            if (!kid.hasKey("/Pg")) {
                kid.replaceKey("/Pg", page);
                if (kid.isIndirect()) update.changed(kid);
            }
            repoint(update, parentTree, kid.getKey("/Pg"), kid.getKey("/MCID").getIntValue(), target);
            kids.push_back(kid);
        } else if (isStructureElement(kid)) {
            kid.replaceKey("/P", target);
            update.changed(kid);
            kids.push_back(kid);
        } else {
            throw std::runtime_error("a continued table cell holds an object reference");
        }
    }
    target.replaceKey("/K", QPDFObjectHandle::newArray(kids));
    update.changed(target);
}

} // namespace

void mergeIntoPrevious(UpdatedFile& update, const ParentTree& parentTree, QPDFObjectHandle element) {
    auto parent = element.getKey("/P");
    auto siblings = kidsOf(parent);
    size_t index = 0;
    while (index < siblings.size() && siblings[index].getObjGen() != element.getObjGen()) index++;
    if (index == 0 || index == siblings.size() || !isStructureElement(siblings[index - 1]) ||
        siblings[index - 1].getKey("/S").getName() != element.getKey("/S").getName()) {
        throw std::runtime_error("a continued " + element.getKey("/S").getName() + " has no element of its kind before it");
    }
    auto previous = siblings[index - 1];
    auto sources = childElements(element);
    auto targets = childElements(previous);
    if (sources.size() != targets.size()) {
        throw std::runtime_error("a continued table row has " + std::to_string(sources.size()) + " cells, the row before it " +
                                 std::to_string(targets.size()));
    }
    for (size_t cell = 0; cell < sources.size(); cell++) {
        moveContent(update, parentTree, sources[cell], targets[cell]);
        update.remove(sources[cell]);
    }
    siblings.erase(siblings.begin() + static_cast<long>(index));
    parent.replaceKey("/K", QPDFObjectHandle::newArray(siblings));
    update.changed(parent);
    update.remove(element);
}

} // namespace handout
