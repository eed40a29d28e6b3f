// The parent tree's entries for the pages: for each page, the structure element of each MCID.
#pragma once

#include <qpdf/QPDF.hh>

#include <vector>

namespace handout {

class ParentTree {
  public:
    /// Reads each page's entry once (cairo's parent tree is one node, each page's array an
    /// indirect object).
    explicit ParentTree(QPDF& pdf);

    /// The pages, in order.
    const std::vector<QPDFObjectHandle>& pages() const { return pageObjects; }
    /// The array of page `index` (from 0): the element of each MCID; null when the page has none.
    QPDFObjectHandle elements(size_t index) const { return pageElements.at(index); }
    /// The array for `page`, found by its /StructParents; null when it has none.
    QPDFObjectHandle elementsOf(QPDFObjectHandle page) const;
    /// The node the page arrays are in, to record as changed when an array is direct.
    QPDFObjectHandle root() const { return treeRoot; }

  private:
    std::vector<QPDFObjectHandle> pageObjects;
    std::vector<QPDFObjectHandle> pageElements;
    QPDFObjectHandle treeRoot;
};

} // namespace handout
