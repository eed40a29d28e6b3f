#include "ParentTree.hh"

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

namespace handout {

namespace {

QPDFObjectHandle lookUp(QPDFNumberTreeObjectHelper& tree, QPDFObjectHandle page) {
    auto key = page.getKey("/StructParents");
    QPDFObjectHandle found;
    if (key.isInteger() && tree.findObject(key.getIntValue(), found) && found.isArray()) return found;
    return QPDFObjectHandle::newNull();
}

} // namespace

ParentTree::ParentTree(QPDF& pdf) : treeRoot(pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree")) {
    QPDFNumberTreeObjectHelper tree(treeRoot, pdf);
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        pageObjects.push_back(page.getObjectHandle());
        pageElements.push_back(lookUp(tree, page.getObjectHandle()));
    }
}

QPDFObjectHandle ParentTree::elementsOf(QPDFObjectHandle page) const {
    for (size_t i = 0; i < pageObjects.size(); i++) {
        if (pageObjects[i].getObjGen() == page.getObjGen()) return pageElements[i];
    }
    return QPDFObjectHandle::newNull();
}

} // namespace handout
