#include "UpdatedFile.hh"

#include <qpdf/QPDFCryptoProvider.hh>
#include <qpdf/QUtil.hh>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <stdexcept>

namespace handout {

namespace {

/// Where the original file's cross-reference section begins, after its last object: the number
/// after its last `startxref` (qpdf reads it but does not expose it).
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

UpdatedFile::UpdatedFile(QPDF& pdf, std::string_view original) :
    pdf(pdf), original(original), nextNumber(static_cast<int>(pdf.getTrailer().getKey("/Size").getIntValue())) {}

QPDFObjectHandle UpdatedFile::add(QPDFObjectHandle object) {
    // replaceObject on a number the file does not use makes a new object without resolving the
    // whole file, which makeIndirectObject would.
    QPDFObjGen number(nextNumber++, 0);
    pdf.replaceObject(number, object);
    changedObjects.insert(number);
    return pdf.getObject(number);
}

QPDFObjectHandle UpdatedFile::addStream(QPDFObjectHandle dictionary, std::string data) {
    // qpdf holds the dictionary under the stream's number, so that references to it unparse.
    QPDFObjGen number(nextNumber++, 0);
    pdf.replaceObject(number, dictionary);
    streams[number] = Stream{dictionary, std::move(data)};
    return pdf.getObject(number);
}

void UpdatedFile::replaceStreamData(QPDFObjectHandle stream, std::string data) {
    streams[stream.getObjGen()] = Stream{stream.getDict().shallowCopy(), std::move(data)};
}

void UpdatedFile::changed(QPDFObjectHandle object) {
    if (!object.isIndirect() || object.isStream()) {
        throw std::logic_error("only indirect dictionaries and arrays are recorded as changed");
    }
    changedObjects.insert(object.getObjGen());
}

void UpdatedFile::remove(QPDFObjectHandle object) {
    if (!object.isIndirect()) throw std::logic_error("only indirect objects are removed");
    removed.insert(object.getObjGen());
}

std::string UpdatedFile::write(QPDFObjectHandle info) {
    // cairo's objects in file order, each running to where the next begins (the last to the
    // cross-reference section).
    std::vector<std::pair<long long, QPDFObjGen>> placed;
    for (auto& [number, entry] : pdf.getXRefTable()) {
        if (entry.getType() != 1) throw std::runtime_error("the rendered PDF has objects in object streams");
        placed.emplace_back(static_cast<long long>(entry.getOffset()), number);
    }
    std::sort(placed.begin(), placed.end());
    auto end = lastCrossReferenceOffset(original);
    std::string file(original.substr(0, static_cast<size_t>(placed.empty() ? end : placed.front().first)));
    std::map<QPDFObjGen, long long> offsets;
    for (size_t i = 0; i < placed.size(); i++) {
        auto [offset, number] = placed[i];
        if (changedObjects.count(number) || streams.count(number) || removed.count(number)) continue;
        auto next = i + 1 < placed.size() ? placed[i + 1].first : end;
        offsets[number] = static_cast<long long>(file.size());
        file.append(original.substr(static_cast<size_t>(offset), static_cast<size_t>(next - offset)));
    }
    if (file.back() != '\n') file += '\n';
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
    // One entry for every number up to /Size: the offset and generation of an object in use; or,
    // for a free one (object 0 heads the list), the next free object's number and the generation
    // a new object of its number would get.
    auto entry = [](long long field, int generation, char kind) {
        char text[21];
        std::snprintf(text, sizeof(text), "%010lld %05d %c\r\n", field, generation, kind);
        return std::string(text);
    };
    std::map<int, std::string> entries;
    for (auto& [number, offset] : offsets) entries[number.getObj()] = entry(offset, number.getGen(), 'n');
    std::map<int, int> removedGenerations;
    for (auto& gone : removed) removedGenerations[gone.getObj()] = gone.getGen() + 1;
    std::vector<std::pair<int, int>> free;  // each free number and the generation it would get
    for (int number = 0; number < nextNumber; number++) {
        if (entries.count(number)) continue;
        auto gone = removedGenerations.find(number);
        free.emplace_back(number, number == 0 ? 65535 : gone == removedGenerations.end() ? 0 : gone->second);
    }
    for (size_t i = 0; i < free.size(); i++) {
        int next = i + 1 < free.size() ? free[i + 1].first : 0;
        entries[free[i].first] = entry(next, free[i].second, 'f');
    }
    auto crossReference = static_cast<long long>(file.size());
    file += "xref\n0 " + std::to_string(nextNumber) + "\n";
    for (auto& [number, text] : entries) file += text;
    auto id = "<" + md5Hex(file) + ">";
    file += "trailer\n<< /Size " + std::to_string(nextNumber) + " /Root " + pdf.getRoot().unparse() + " /Info " +
            info.unparse() + " /ID [" + id + id +
            "] >>\nstartxref\n" + std::to_string(crossReference) + "\n%%EOF\n";
    return file;
}

} // namespace handout
