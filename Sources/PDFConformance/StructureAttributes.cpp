#include "StructureAttributes.hh"

#include "RowContinuations.hh"

#include <stdexcept>
#include <string>
#include <vector>

namespace handout {

namespace {

QPDFObjectHandle attributes(const char* owner, const std::string& key, QPDFObjectHandle value) {
    auto dictionary = QPDFObjectHandle::newDictionary();
    dictionary.replaceKey("/O", QPDFObjectHandle::newName(owner));
    dictionary.replaceKey(key, value);
    return dictionary;
}

void set(QPDFObjectHandle element, const hc_element& wanted, UpdatedFile& update) {
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

bool changes(const hc_element& element) {
    return element.artifact || element.alt || element.lang || element.scope || element.has_bbox || element.continues;
}

/// Each page's parent-tree entry must list as many MCIDs as the page model's leaves there.
void checkMarkedContent(const ParentTree& parentTree, const hc_request& request) {
    if (parentTree.pages().size() != request.page_count) {
        throw std::runtime_error(
            "the file has " + std::to_string(parentTree.pages().size()) + " pages, the page model " +
            std::to_string(request.page_count));
    }
    for (size_t page = 0; page < request.page_count; page++) {
        auto elements = parentTree.elements(page);
        size_t found = elements.isArray() ? static_cast<size_t>(elements.getArrayNItems()) : 0;
        if (found != request.marked_content_counts[page]) {
            throw std::runtime_error(
                "page " + std::to_string(page + 1) + " has " + std::to_string(found) +
                " marked-content sequences in the parent tree, the page model " +
                std::to_string(request.marked_content_counts[page]));
        }
    }
}

/// The element `wanted` locates: the element of its MCID on its page, then its parents above.
QPDFObjectHandle locate(const ParentTree& parentTree, const hc_element& wanted, size_t ordinal) {
    auto where = "structure element " + std::to_string(ordinal + 1) + " (" + wanted.role + ")";
    if (wanted.page < 0 || static_cast<size_t>(wanted.page) >= parentTree.pages().size()) {
        throw std::runtime_error(where + " has no page in the file");
    }
    auto elements = parentTree.elements(static_cast<size_t>(wanted.page));
    if (!elements.isArray() || wanted.mcid < 0 || wanted.mcid >= elements.getArrayNItems()) {
        throw std::runtime_error(where + " has no marked content in the file's parent tree");
    }
    auto element = elements.getArrayItem(static_cast<int>(wanted.mcid));
    for (int level = 0; level < wanted.levels_up; level++) element = element.getKey("/P");
    auto role = element.isDictionary() ? element.getKey("/S") : QPDFObjectHandle::newNull();
    if (!role.isName() || role.getName() != std::string("/") + wanted.role) {
        throw std::runtime_error(
            where + " is " + (role.isName() ? role.getName() : std::string("missing")) + " in the file");
    }
    return element;
}

} // namespace

ArtifactMarks setStructureAttributes(QPDF& pdf, UpdatedFile& update, const hc_request& request) {
    ParentTree parentTree(pdf);
    checkMarkedContent(parentTree, request);
    ArtifactMarks marks;
    std::vector<QPDFObjectHandle> continuations;
    for (size_t i = 0; i < request.element_count; i++) {
        const auto& wanted = request.elements[i];
        if (!changes(wanted)) continue;
        auto element = locate(parentTree, wanted, i);
        if (wanted.artifact) {
            detachArtifact(update, parentTree, element, wanted.artifact, marks);
        } else {
            set(element, wanted, update);
        }
        if (wanted.continues) continuations.push_back(element);
    }
    // Found before any is merged: merging repoints the parent tree that locating reads.
    for (auto& element : continuations) mergeIntoPrevious(update, parentTree, element);
    return marks;
}

} // namespace handout
