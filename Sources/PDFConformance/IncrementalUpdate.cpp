#include "IncrementalUpdate.hh"

#include <qpdf/QPDFCryptoProvider.hh>
#include <qpdf/QUtil.hh>

#include <cstdio>
#include <stdexcept>

namespace handout {

namespace {

/// Where the original file's last cross-reference section begins: the number after its last
/// `startxref`, which the update's trailer gives as /Prev (qpdf reads it but does not expose it).
long long lastCrossReferenceOffset(std::string_view file) {
    auto keyword = file.rfind("startxref");
    if (keyword == std::string_view::npos) throw std::runtime_error("the rendered PDF has no startxref");
    return std::stoll(std::string(file.substr(keyword + 9, 32)));
}

/// One stream object's bytes after `N G obj`. A stream's data is followed by an end of line
/// before `endstream` (PDF/A-2, 6.1.7.1): LF, or CR LF when the data ends in CR, so that a
/// checker that finds the data's end by stepping back over that end of line still finds all of it.
std::string streamBody(QPDFObjectHandle dictionary, std::string const& data) {
    dictionary.replaceKey("/Length", QPDFObjectHandle::newInteger(static_cast<long long>(data.size())));
    bool endsInReturn = !data.empty() && data.back() == '\r';
    return dictionary.unparseResolved() + "\nstream\n" + data + (endsInReturn ? "\r\n" : "\n") + "endstream";
}

std::string md5Hex(std::string const& bytes) {
    auto md5 = QPDFCryptoProvider::getImpl();
    md5->MD5_init();
    md5->MD5_update(reinterpret_cast<unsigned char const*>(bytes.data()), bytes.size());
    md5->MD5_finalize();
    QPDFCryptoImpl::MD5_Digest digest;
    md5->MD5_digest(digest);
    return QUtil::hex_encode(std::string(reinterpret_cast<char const*>(digest), sizeof(digest)));
}

} // namespace

IncrementalUpdate::IncrementalUpdate(QPDF& pdf, std::string_view original) :
    pdf(pdf), original(original), nextNumber(static_cast<int>(pdf.getTrailer().getKey("/Size").getIntValue())) {}

QPDFObjectHandle IncrementalUpdate::add(QPDFObjectHandle object) {
    // replaceObject on a number the file does not use makes a new object without resolving the
    // whole file, which makeIndirectObject would.
    QPDFObjGen number(nextNumber++, 0);
    pdf.replaceObject(number, object);
    changedObjects.insert(number);
    return pdf.getObject(number);
}

QPDFObjectHandle IncrementalUpdate::addStream(QPDFObjectHandle dictionary, std::string data) {
    // qpdf holds the dictionary under the stream's number, so that references to it unparse.
    QPDFObjGen number(nextNumber++, 0);
    pdf.replaceObject(number, dictionary);
    streams[number] = Stream{dictionary, std::move(data)};
    return pdf.getObject(number);
}

void IncrementalUpdate::replaceStreamData(QPDFObjectHandle stream, std::string data) {
    streams[stream.getObjGen()] = Stream{stream.getDict().shallowCopy(), std::move(data)};
}

void IncrementalUpdate::changed(QPDFObjectHandle object) {
    if (!object.isIndirect() || object.isStream()) {
        throw std::logic_error("only indirect dictionaries and arrays are recorded as changed");
    }
    changedObjects.insert(object.getObjGen());
}

void IncrementalUpdate::remove(QPDFObjectHandle object) {
    if (!object.isIndirect()) throw std::logic_error("only indirect objects are removed");
    removed.insert(object.getObjGen());
}

std::string IncrementalUpdate::write(QPDFObjectHandle info) {
    std::string file(original);
    if (file.back() != '\n') file += '\n';
    std::map<QPDFObjGen, long long> offsets;
    auto begin = [&](QPDFObjGen number) {
        offsets[number] = static_cast<long long>(file.size());
        file += std::to_string(number.getObj()) + " " + std::to_string(number.getGen()) + " obj\n";
    };
    for (auto& number : changedObjects) {
        if (streams.count(number)) continue;
        begin(number);
        file += pdf.getObject(number).unparseResolved() + "\nendobj\n";
    }
    for (auto& [number, stream] : streams) {
        begin(number);
        file += streamBody(stream.dictionary, stream.data) + "\nendobj\n";
    }
    // Each entry: offset and generation of an object in use; or, for a free one (object 0 heads
    // the list), the next free object's number and the generation a new object of its number
    // would get.
    std::map<int, std::string> entries;
    auto entry = [](long long field, int generation, char kind) {
        char text[21];
        std::snprintf(text, sizeof(text), "%010lld %05d %c\r\n", field, generation, kind);
        return std::string(text);
    };
    for (auto& [number, offset] : offsets) entries[number.getObj()] = entry(offset, number.getGen(), 'n');
    if (!removed.empty()) {
        QPDFObjGen previous(0, 65534);
        for (auto& number : removed) {
            entries[previous.getObj()] = entry(number.getObj(), previous.getGen() + 1, 'f');
            previous = number;
        }
        entries[previous.getObj()] = entry(0, previous.getGen() + 1, 'f');
    }
    auto crossReference = static_cast<long long>(file.size());
    file += "xref\n";
    // One subsection for each run of consecutive object numbers.
    for (auto run = entries.begin(); run != entries.end();) {
        auto end = run;
        int count = 0;
        while (end != entries.end() && end->first == run->first + count) {
            ++end;
            ++count;
        }
        file += std::to_string(run->first) + " " + std::to_string(count) + "\n";
        for (; run != end; ++run) file += run->second;
    }
    auto id = "<" + md5Hex(file) + ">";
    file += "trailer\n<< /Size " + std::to_string(nextNumber) + " /Root " + pdf.getRoot().unparse() + " /Info " +
            info.unparse() + " /Prev " + std::to_string(lastCrossReferenceOffset(original)) + " /ID [" + id + id +
            "] >>\nstartxref\n" + std::to_string(crossReference) + "\n%%EOF\n";
    return file;
}

} // namespace handout
