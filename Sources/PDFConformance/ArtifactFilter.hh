// A content-stream token filter that wraps everything painted outside marked content as an
// /Artifact, so that every glyph and path is either tagged content or an artifact (PDF/UA-1 7.1),
// and turns the marked content of artifacts cairo drew as structure elements into artifacts.
#pragma once

#include <qpdf/QPDFObjectHandle.hh>
#include <map>
#include <string>

namespace handout {

class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    /// `marks` (MCID → property list), if given: marked content with those MCIDs is rewritten
    /// as /Artifact with that property list (see ArtifactElements.hh).
    explicit ArtifactFilter(const std::map<long long, std::string>* marks) : marks(marks) {}

    void handleToken(QPDFTokenizer::Token const& token) override;
    void handleEOF() override;

  private:
    enum class Kind { none, pagination, layout };

    void handleOperator(std::string const& op);
    /// The property list to mark the BDC now read as an artifact with, or nullptr to keep it.
    const std::string* artifactFor() const;
    void open(Kind kind);
    void close();

    /// The operands (and whitespace) read since the last operator, written once the operator
    /// shows whether an artifact begins or ends before them.
    std::string pending;
    /// Whether the last operand token was the key /MCID, and the MCID read since the last
    /// operator (-1 if none).
    bool afterMCIDKey = false;
    long long mcid = -1;
    const std::map<long long, std::string>* marks;
    /// Depth of the marked content the file itself opens (not counting our artifact).
    int depth = 0;
    /// The artifact we have open, if any; it is always at depth 0.
    Kind artifact = Kind::none;
};

} // namespace handout
