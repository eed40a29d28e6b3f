#include "PDFConformance.h"

#include "ArtifactFilter.hh"
#include "UpdatedFile.hh"
#include "PageResources.hh"
#include "StructureAttributes.hh"

#include <qpdf/Pl_Buffer.hh>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string>

using namespace handout;

namespace {

std::string bytes(const uint8_t* data, size_t length) {
    return std::string(reinterpret_cast<const char*>(data), length);
}

/// `data` compressed with Flate.
std::string flate(std::string const& data) {
    Pl_Buffer out("compressed");
    Pl_Flate flate("flate", &out, Pl_Flate::a_deflate);
    flate.write(reinterpret_cast<unsigned char const*>(data.data()), data.size());
    flate.finish();
    auto buffer = out.getBufferSharedPointer();
    return std::string(reinterpret_cast<char const*>(buffer->getBuffer()), buffer->getSize());
}

/// `profile` compressed with Flate, compressed once for all the leaflets of a process that give
/// the same profile (every leaflet of a batch does).
std::string compressedProfile(std::string const& profile) {
    static std::mutex lock;
    static std::string lastProfile, lastCompressed;
    std::lock_guard<std::mutex> guard(lock);
    if (profile != lastProfile) {
        lastCompressed = flate(profile);
        lastProfile = profile;
    }
    return lastCompressed;
}

/// The one PDF/A output intent, with `request`'s ICC profile (three components).
QPDFObjectHandle outputIntents(UpdatedFile& update, const hc_request& request) {
    auto profile = QPDFObjectHandle::newDictionary();
    profile.replaceKey("/N", QPDFObjectHandle::newInteger(3));
    profile.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
    auto intent = QPDFObjectHandle::newDictionary();
    intent.replaceKey("/Type", QPDFObjectHandle::newName("/OutputIntent"));
    intent.replaceKey("/S", QPDFObjectHandle::newName("/GTS_PDFA1"));
    intent.replaceKey("/OutputConditionIdentifier", QPDFObjectHandle::newUnicodeString(request.output_condition));
    intent.replaceKey("/Info", QPDFObjectHandle::newUnicodeString(request.output_condition));
    intent.replaceKey("/DestOutputProfile", update.addStream(profile, compressedProfile(bytes(request.icc, request.icc_length))));
    auto intents = QPDFObjectHandle::newArray();
    intents.appendItem(update.add(intent));
    return intents;
}

/// The catalog entries of `request`, its metadata stream and its output intent, if any.
void updateCatalog(QPDF& pdf, UpdatedFile& update, const hc_request& request) {
    auto catalog = pdf.getRoot();
    for (size_t i = 0; i < request.catalog_count; i++) {
        const auto& entry = request.catalog[i];
        catalog.replaceKey(entry.key, QPDFObjectHandle::parse(&pdf, entry.value, entry.key));
    }
    auto metadata = QPDFObjectHandle::newDictionary();
    metadata.replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    catalog.replaceKey("/Metadata", update.addStream(metadata, bytes(request.xmp, request.xmp_length)));
    if (request.icc_length > 0) catalog.replaceKey("/OutputIntents", outputIntents(update, request));
    update.changed(catalog);
}

/// The new Info dictionary, in place of cairo's, which is removed.
QPDFObjectHandle newInfo(QPDF& pdf, UpdatedFile& update, const hc_request& request) {
    auto cairoInfo = pdf.getTrailer().getKey("/Info");
    if (cairoInfo.isIndirect()) update.remove(cairoInfo);
    auto info = QPDFObjectHandle::newDictionary();
    for (size_t i = 0; i < request.info_count; i++) {
        info.replaceKey(request.info[i].key, QPDFObjectHandle::newUnicodeString(request.info[i].value));
    }
    return update.add(info);
}

/// Links get /Contents and the print flag; tagged pages /Tabs /S, artifacts' marked content
/// rewritten as `marks` says, and artifacts around untagged content.
void updatePages(QPDF& pdf, UpdatedFile& update, const hc_request& request, const ArtifactMarks& marks) {
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
            update.changed(dictionary);
            link += 1;
        }
        if (!request.tagged) continue;
        object.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
        update.changed(object);
        auto pageMarks = marks.find(object.getObjGen());
        Pl_Buffer decoded("page content");
        page.pipeContents(&decoded);
        auto content = flate(markArtifacts(
            decoded.getBufferSharedPointer(), pageMarks == marks.end() ? nullptr : &pageMarks->second));
        auto contents = object.getKey("/Contents");
        if (contents.isStream()) {
            contents.getDict().replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
            contents.getDict().removeKey("/DecodeParms");
            update.replaceStreamData(contents, std::move(content));
        } else {
            auto dictionary = QPDFObjectHandle::newDictionary();
            dictionary.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
            object.replaceKey("/Contents", update.addStream(dictionary, std::move(content)));
        }
    }
    if (link != request.link_count) {
        throw std::runtime_error("the page model has more links than the file");
    }
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
        UpdatedFile update(pdf, std::string_view(reinterpret_cast<const char*>(request->pdf), request->pdf_length));
        updateCatalog(pdf, update, *request);
        auto info = newInfo(pdf, update, *request);
        completePageResources(pdf, update, request->tagged != 0);
        ArtifactMarks marks;
        if (request->element_count > 0) {
            marks = setStructureAttributes(pdf, update, *request);
        }
        updatePages(pdf, update, *request, marks);
        auto output = update.write(info);
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
