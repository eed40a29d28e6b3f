#include "ArtifactFilter.hh"

#include <qpdf/BufferInputSource.hh>
#include <qpdf/QPDFTokenizer.hh>

#include <unordered_map>

namespace handout {

namespace {

/// What an operator is to the marker.
enum class Operator {
    /// Marked content of the file's own, graphics state saves and restores, and text object
    /// bounds: they must not fall inside our artifact (marked content nests with all of them).
    boundary,
    /// Path construction and painting, shadings, XObjects and inline images.
    layoutPainting,
    /// Text showing (always inside a text object).
    textShowing,
    other,
};

/// One hash lookup per operator (a content stream has thousands).
Operator classify(std::string const& op) {
    static const std::unordered_map<std::string, Operator> kinds = {
        {"BMC", Operator::boundary}, {"BDC", Operator::boundary}, {"EMC", Operator::boundary},
        {"q", Operator::boundary}, {"Q", Operator::boundary}, {"BT", Operator::boundary},
        {"ET", Operator::boundary}, {"m", Operator::layoutPainting}, {"l", Operator::layoutPainting},
        {"c", Operator::layoutPainting}, {"v", Operator::layoutPainting}, {"y", Operator::layoutPainting},
        {"h", Operator::layoutPainting}, {"re", Operator::layoutPainting}, {"S", Operator::layoutPainting},
        {"s", Operator::layoutPainting}, {"f", Operator::layoutPainting}, {"F", Operator::layoutPainting},
        {"f*", Operator::layoutPainting}, {"B", Operator::layoutPainting}, {"B*", Operator::layoutPainting},
        {"b", Operator::layoutPainting}, {"b*", Operator::layoutPainting}, {"n", Operator::layoutPainting},
        {"sh", Operator::layoutPainting}, {"Do", Operator::layoutPainting}, {"BI", Operator::layoutPainting},
        {"Tj", Operator::textShowing}, {"TJ", Operator::textShowing}, {"'", Operator::textShowing},
        {"\"", Operator::textShowing},
    };
    auto found = kinds.find(op);
    return found == kinds.end() ? Operator::other : found->second;
}

class ArtifactMarker {
  public:
    ArtifactMarker(std::string_view content, const std::map<long long, std::string>* marks) :
        content(content), marks(marks) {
        // Our marks add a little to the content; one allocation, not a doubling series.
        output.reserve(content.size() + content.size() / 8);
    }

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
        auto kind = classify(op);
        if (kind == Operator::boundary) {
            close();
            if (op == "BMC" || op == "BDC") {
                depth += 1;
            } else if (op == "EMC" && depth > 0) {
                depth -= 1;
            }
        } else if (depth == 0 && kind == Operator::layoutPainting) {
            open(Kind::layout);
        } else if (depth == 0 && kind == Operator::textShowing) {
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
    const std::string context = "page content";
    for (;;) {
        auto token = tokenizer.readToken(input, context);
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
