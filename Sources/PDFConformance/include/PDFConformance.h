// The PDF/UA-1 and PDF/A-2 post-step: what cairo 1.16 cannot write, added with libqpdf in one
// read and one write, in memory. A C interface, so that Swift calls it without C++ interop.
#ifndef HANDOUT_PDF_CONFORMANCE_H
#define HANDOUT_PDF_CONFORMANCE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A dictionary entry: a key such as "/Lang" and its value, either in PDF syntax (catalog
/// entries) or as UTF-8 text (Info entries, written as PDF text strings).
typedef struct {
    const char *key;
    const char *value;
} hc_entry;

/// Attributes of one structure element, in the order the elements were begun. NULL or 0 means
/// "not set".
typedef struct {
    /// The role the element must have (its /S without the slash), checked before anything is set.
    const char *role;
    /// /Alt: the alternate description (UTF-8).
    const char *alt;
    /// /Lang: the language of the element's content, a BCP 47 tag.
    const char *lang;
    /// /Scope of a table header cell (/Row, /Column or /Both, without the slash), in /A with /O /Table.
    const char *scope;
    /// Whether `bbox` is set: /BBox [x0 y0 x1 y1] in /A with /O /Layout, in PDF user space.
    int has_bbox;
    double bbox[4];
    /// When set, the element is an artifact's placeholder and this is the artifact's property list
    /// entries in PDF syntax ("/Type /Pagination /Subtype /Header"): the element is taken out of
    /// the structure tree and its marked content becomes `/Artifact <<...>>`.
    const char *artifact;
    /// Where the element is found in cairo's file: the element whose marked content has MCID
    /// `mcid` on page `page` (from 0; -1 when unknown), then `levels_up` parents above it. Only
    /// the elements that change are looked up, not the whole structure tree.
    long long page;
    long long mcid;
    int levels_up;
    /// When non-zero, the element continues the element before it under the same parent, of the
    /// same role (a table row a page break split): its children's content is moved into that
    /// element's children, one for one, and it leaves the tree.
    int continues;
} hc_element;

typedef struct {
    /// The PDF cairo wrote.
    const uint8_t *pdf;
    size_t pdf_length;
    /// Entries set in the catalog (values in PDF syntax).
    const hc_entry *catalog;
    size_t catalog_count;
    /// The new Info dictionary (values as UTF-8 text); it replaces cairo's.
    const hc_entry *info;
    size_t info_count;
    /// The XMP packet for the catalog's /Metadata stream.
    const uint8_t *xmp;
    size_t xmp_length;
    /// An ICC profile with three components, written as the catalog's one PDF/A output intent.
    const uint8_t *icc;
    size_t icc_length;
    /// The output intent's /OutputConditionIdentifier and /Info.
    const char *output_condition;
    /// /Contents of each link annotation (UTF-8), in page order and each page's /Annots order.
    /// Every link annotation also gets /F 4 (print). The count must match the file's links.
    const char *const *link_contents;
    size_t link_count;
    /// When non-zero: /Tabs /S on every page, and content outside marked content wrapped as
    /// /Artifact (text as pagination, paths and images as layout artifacts).
    int tagged;
    /// Every structure element begun, in order; those with attributes or an artifact are looked up
    /// by their location and must have the role given.
    const hc_element *elements;
    size_t element_count;
    /// How many MCIDs cairo numbered on each page (its leaf elements begun there): each page's
    /// parent-tree entry must list as many, or the locations above would be wrong.
    const size_t *marked_content_counts;
    size_t page_count;
} hc_request;

typedef struct {
    /// The new PDF (free with hc_result_free), or NULL when `error` says what went wrong.
    uint8_t *data;
    size_t length;
    char *error;
} hc_result;

/// Applies `request` and writes the file with a trailer /ID derived from its content, so the same
/// input always gives the same bytes.
hc_result hc_conform(const hc_request *request);

void hc_result_free(hc_result *result);

#ifdef __cplusplus
}
#endif

#endif
