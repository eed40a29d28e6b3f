#include "ArtifactFilter.hh"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <set>

namespace handout {

namespace {

/// Operators that must not fall inside our artifact: marked content of the file's own, graphics
/// state saves and restores, and text object bounds (marked content nests with all of them).
const std::set<std::string> boundaries = {"BMC", "BDC", "EMC", "q", "Q", "BT", "ET"};
/// Path construction and painting, shadings, XObjects and inline images.
const std::set<std::string> layoutPainting = {"m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*",
                                              "B", "B*", "b", "b*", "n", "sh", "Do", "BI"};
/// Text showing (always inside a text object).
const std::set<std::string> textShowing = {"Tj", "TJ", "'", "\""};

class ArtifactMarker {
  public:
    ArtifactMarker(std::string_view content, const std::map<long long, std::string>* marks) :
        content(content), marks(marks) {}

    /// Called with each token: its type, value and where it ends. An operator's operands, read
    /// since the previous operator ended, are copied with it once it shows whether an artifact
    /// begins or ends before them.
    void token(QPDFTokenizer::token_type_e type, std::string const& value, size_t end) {
        if (type != QPDFTokenizer::tt_word) {
            if (afterMCIDKey && type == QPDFTokenizer::tt_integer) mcid = std::stoll(value);
            afterMCIDKey = type == QPDFTokenizer::tt_name && value == "/MCID";
            return;
        }
        handleOperator(value, end);
        afterMCIDKey = false;
        mcid = -1;
    }

    std::string finish() {
        copyTo(content.size());
        close();
        return std::move(output);
    }

  private:
    enum class Kind { none, pagination, layout };

    void handleOperator(std::string const& op, size_t end) {
        const std::string* properties = op == "BDC" ? artifactFor() : nullptr;
        if (properties) {
            close();
            depth += 1;
            output += "\n/Artifact " + *properties + " BDC";
            copied = end;
            return;
        }
        if (boundaries.count(op)) {
            close();
            if (op == "BMC" || op == "BDC") {
                depth += 1;
            } else if (op == "EMC" && depth > 0) {
                depth -= 1;
            }
        } else if (depth == 0 && layoutPainting.count(op)) {
            open(Kind::layout);
        } else if (depth == 0 && textShowing.count(op)) {
            open(Kind::pagination);
        }
        copyTo(end);
    }

    /// The property list to mark the BDC now read as an artifact with, or nullptr to keep it.
    const std::string* artifactFor() const {
        if (!marks || mcid < 0) return nullptr;
        auto found = marks->find(mcid);
        return found == marks->end() ? nullptr : &found->second;
    }

    void open(Kind kind) {
        if (artifact == kind) return;
        close();
        output += kind == Kind::pagination ? "\n/Artifact <</Type /Pagination>> BDC\n" : "\n/Artifact <</Type /Layout>> BDC\n";
        artifact = kind;
    }

    void close() {
        if (artifact == Kind::none) return;
        output += "\nEMC\n";
        artifact = Kind::none;
    }

    void copyTo(size_t end) {
        output.append(content.substr(copied, end - copied));
        copied = end;
    }

    std::string_view content;
    const std::map<long long, std::string>* marks;
    std::string output;
    /// How much of `content` is in `output`.
    size_t copied = 0;
    /// Whether the last operand token was the key /MCID, and the MCID read since the last
    /// operator (-1 if none).
    bool afterMCIDKey = false;
    long long mcid = -1;
    /// Depth of the marked content the file itself opens (not counting our artifact).
    int depth = 0;
    /// The artifact we have open, if any; it is always at depth 0.
    Kind artifact = Kind::none;
};

} // namespace

std::string markArtifacts(std::shared_ptr<Buffer> content, const std::map<long long, std::string>* marks) {
    ArtifactMarker marker(std::string_view(reinterpret_cast<char const*>(content->getBuffer()), content->getSize()), marks);
    auto input = std::make_shared<BufferInputSource>("page content", content.get());
    QPDFTokenizer tokenizer;
    tokenizer.allowEOF();
    for (;;) {
        auto token = tokenizer.readToken(input, "page content");
        if (token.getType() == QPDFTokenizer::tt_eof) break;
        marker.token(token.getType(), token.getValue(), static_cast<size_t>(input->tell()));
        if (token.getType() == QPDFTokenizer::tt_word && token.getValue() == "ID") {
            // An inline image's data follows the one white-space character after ID.
            input->seek(1, SEEK_CUR);
            tokenizer.expectInlineImage(input);
        }
    }
    return marker.finish();
}

} // namespace handout
