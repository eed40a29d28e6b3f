#include "ArtifactFilter.hh"

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
} // namespace

void ArtifactFilter::handleToken(QPDFTokenizer::Token const& token) {
    auto type = token.getType();
    if (type == QPDFTokenizer::tt_word) {
        handleOperator(token.getValue());
        afterMCIDKey = false;
        mcid = -1;
    } else {
        pending += token.getRawValue();
        if (type == QPDFTokenizer::tt_space || type == QPDFTokenizer::tt_comment) return;
        if (afterMCIDKey && type == QPDFTokenizer::tt_integer) mcid = std::stoll(token.getValue());
        afterMCIDKey = type == QPDFTokenizer::tt_name && token.getValue() == "/MCID";
    }
}

const std::string* ArtifactFilter::artifactFor() const {
    if (!marks || mcid < 0) return nullptr;
    auto found = marks->find(mcid);
    return found == marks->end() ? nullptr : &found->second;
}

void ArtifactFilter::handleOperator(std::string const& op) {
    const std::string* properties = op == "BDC" ? artifactFor() : nullptr;
    if (properties) {
        close();
        depth += 1;
        write("\n/Artifact " + *properties + " BDC");
        pending.clear();
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
    write(pending);
    pending.clear();
    write(op);
}

void ArtifactFilter::open(Kind kind) {
    if (artifact == kind) return;
    close();
    write(kind == Kind::pagination ? "\n/Artifact <</Type /Pagination>> BDC\n" : "\n/Artifact <</Type /Layout>> BDC\n");
    artifact = kind;
}

void ArtifactFilter::close() {
    if (artifact == Kind::none) return;
    write("\nEMC\n");
    artifact = Kind::none;
}

void ArtifactFilter::handleEOF() {
    write(pending);
    pending.clear();
    close();
}

} // namespace handout
