#include "PDFConformance.h"

#include "ArtifactFilter.hh"
#include "StructureAttributes.hh"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

using namespace handout;

namespace {

std::string bytes(const uint8_t* data, size_t length) {
    return std::string(reinterpret_cast<const char*>(data), length);
}

void setCatalogEntries(QPDF& pdf, const hc_request& request) {
    auto catalog = pdf.getRoot();
    for (size_t i = 0; i < request.catalog_count; i++) {
        const auto& entry = request.catalog[i];
        catalog.replaceKey(entry.key, QPDFObjectHandle::parse(&pdf, entry.value, entry.key));
    }
}

void replaceInfo(QPDF& pdf, const hc_request& request) {
    auto info = QPDFObjectHandle::newDictionary();
    for (size_t i = 0; i < request.info_count; i++) {
        info.replaceKey(request.info[i].key, QPDFObjectHandle::newUnicodeString(request.info[i].value));
    }
    pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));
}

void addMetadata(QPDF& pdf, const hc_request& request) {
    auto stream = pdf.newStream(bytes(request.xmp, request.xmp_length));
    auto dictionary = stream.getDict();
    dictionary.replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    dictionary.replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", stream);
}

void addOutputIntent(QPDF& pdf, const hc_request& request) {
    auto profile = pdf.newStream(bytes(request.icc, request.icc_length));
    profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
    auto intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newUnicodeString(request.output_condition));
    intent.replaceKey("/Info", QPDFObjectHandle::newUnicodeString(request.output_condition));
    intent.replaceKey("/DestOutputProfile", profile);
    auto intents = QPDFObjectHandle::newArray();
    intents.appendItem(pdf.makeIndirectObject(intent));
    pdf.getRoot().replaceKey("/OutputIntents", intents);
}

/// cairo leaves out a TrueType CID font's /CIDToGIDMap, meaning the default, Identity (its
/// subsets number glyphs by CID); PDF/A-2 (6.2.11.3.2) wants it written.
void completeCIDFonts(QPDF& pdf) {
    for (auto& object : pdf.getAllObjects()) {
        if (object.isDictionary() && object.getKey("/Subtype").isNameAndEquals("/CIDFontType2") &&
            !object.hasKey("/CIDToGIDMap")) {
            object.replaceKey("/CIDToGIDMap", QPDFObjectHandle::newName("/Identity"));
        }
    }
}

/// Links get /Contents and the print flag; tagged pages /Tabs /S, artifacts' marked content
/// rewritten as `marks` says, and artifacts around untagged content.
void updatePages(QPDF& pdf, const hc_request& request, const ArtifactMarks& marks) {
    size_t link = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        auto object = page.getObjectHandle();
        for (auto& annotation : page.getAnnotations("/Link")) {
            if (link == request.link_count) {
                throw std::runtime_error("the file has more links than the page model");
            }
            auto dictionary = annotation.getObjectHandle();
            dictionary.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(request.link_contents[link]));
            dictionary.replaceKey("/F", QPDFObjectHandle::newInteger(4));
            link += 1;
        }
        if (!request.tagged) continue;
        object.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        auto pageMarks = marks.find(object.getObjGen());
        ArtifactFilter filter(pageMarks == marks.end() ? nullptr : &pageMarks->second);
        Pl_Buffer buffer("artifact content");
        page.filterContents(&filter, &buffer);
        object.replaceKey("/Contents", pdf.newStream(buffer.getBufferSharedPointer()));
    }
    if (link != request.link_count) {
        throw std::runtime_error("the page model has more links than the file");
    }
}

std::string write(QPDF& pdf) {
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    // Fonts and images are copied as they are; only the new and filtered streams are compressed.
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setDeterministicID(true);
    // PDF/A wants an end of line before every endstream, outside the stream's /Length.
    writer.setNewlineBeforeEndstream(true);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return bytes(buffer->getBuffer(), buffer->getSize());
}

char* copy(const std::string& text) {
    char* result = static_cast<char*>(std::malloc(text.size() + 1));
    std::memcpy(result, text.c_str(), text.size() + 1);
    return result;
}

} // namespace

extern "C" hc_result hc_conform(const hc_request* request) {
    hc_result result = {nullptr, 0, nullptr};
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.setAttemptRecovery(false);
        pdf.processMemoryFile("rendered PDF", reinterpret_cast<const char*>(request->pdf), request->pdf_length);
        setCatalogEntries(pdf, *request);
        replaceInfo(pdf, *request);
        addMetadata(pdf, *request);
        if (request->icc_length > 0) addOutputIntent(pdf, *request);
        completeCIDFonts(pdf);
        ArtifactMarks marks;
        if (request->element_count > 0) marks = setStructureAttributes(pdf, request->elements, request->element_count);
        updatePages(pdf, *request, marks);
        auto output = write(pdf);
        result.data = static_cast<uint8_t*>(std::malloc(output.size()));
        std::memcpy(result.data, output.data(), output.size());
        result.length = output.size();
    } catch (std::exception const& error) {
        result.error = copy(error.what());
    }
    return result;
}

extern "C" void hc_result_free(hc_result* result) {
    std::free(result->data);
    std::free(result->error);
    result->data = nullptr;
    result->error = nullptr;
}
