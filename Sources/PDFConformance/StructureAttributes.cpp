#include "StructureAttributes.hh"

#include <stdexcept>
#include <string>
#include <vector>

namespace handout {

namespace {

bool isStructureElement(QPDFObjectHandle object) {
    if (!object.isDictionary() || !object.hasKey("/S")) return false;
    auto type = object.getKey("/Type");
    return type.isNull() || (type.isName() && type.getName() == "/StructElem");
}

/// The structure elements under `kids` (an element, or an array of them, among marked-content
/// references), depth first.
void collect(QPDFObjectHandle kids, std::vector<QPDFObjectHandle>& found) {
    if (kids.isArray()) {
        for (auto& kid : kids.aitems()) collect(kid, found);
    } else if (isStructureElement(kids)) {
        found.push_back(kids);
        collect(kids.getKey("/K"), found);
    }
}

QPDFObjectHandle attributes(const char* owner, const std::string& key, QPDFObjectHandle value) {
    auto dictionary = QPDFObjectHandle::newDictionary();
    dictionary.replaceKey("/O", QPDFObjectHandle::newName(owner));
    dictionary.replaceKey(key, value);
    return dictionary;
}

void set(QPDFObjectHandle element, const hc_element& wanted, IncrementalUpdate& update) {
    if (wanted.alt) element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(wanted.alt));
    if (wanted.lang) element.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(wanted.lang));
    auto list = QPDFObjectHandle::newArray();
    if (wanted.scope) {
        list.appendItem(attributes("/Table", "/Scope", QPDFObjectHandle::newName(std::string("/") + wanted.scope)));
    }
    if (wanted.has_bbox) {
        auto box = QPDFObjectHandle::newArray();
        for (double value : wanted.bbox) box.appendItem(QPDFObjectHandle::newReal(value, 2));
        list.appendItem(attributes("/Layout", "/BBox", box));
    }
    if (list.getArrayNItems() == 1) element.replaceKey("/A", list.getArrayItem(0));
    if (list.getArrayNItems() > 1) element.replaceKey("/A", list);
    if (wanted.alt || wanted.lang || list.getArrayNItems() > 0) update.changed(element);
}

} // namespace

ArtifactMarks setStructureAttributes(QPDF& pdf, IncrementalUpdate& update, const hc_element* elements, size_t count) {
    ArtifactMarks marks;
    std::vector<QPDFObjectHandle> found;
    collect(pdf.getRoot().getKey("/StructTreeRoot").getKey("/K"), found);
    if (found.size() != count) {
        throw std::runtime_error(
            "the structure tree has " + std::to_string(found.size()) + " elements, the page model " +
            std::to_string(count));
    }
    for (size_t i = 0; i < count; i++) {
        auto role = found[i].getKey("/S").getName();
        if (role != std::string("/") + elements[i].role) {
            throw std::runtime_error(
                "structure element " + std::to_string(i + 1) + " is " + role + ", the page model began " +
                elements[i].role);
        }
        if (elements[i].artifact) {
            detachArtifact(pdf, update, found[i], elements[i].artifact, marks);
        } else {
            set(found[i], elements[i], update);
        }
    }
    return marks;
}

} // namespace handout
