// A content-stream token filter that wraps everything painted outside marked content as an
// /Artifact, so that every glyph and path is either tagged content or an artifact (PDF/UA-1 7.1).
#pragma once

#include <qpdf/QPDFObjectHandle.hh>
#include <string>

namespace handout {

class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
  public:
    void handleToken(QPDFTokenizer::Token const& token) override;
    void handleEOF() override;

  private:
    enum class Kind { none, pagination, layout };

    void handleOperator(std::string const& op);
    void open(Kind kind);
    void close();

    /// The operands (and whitespace) read since the last operator, written once the operator
    /// shows whether an artifact begins or ends before them.
    std::string pending;
    /// Depth of the marked content the file itself opens (not counting our artifact).
    int depth = 0;
    /// The artifact we have open, if any; it is always at depth 0.
    Kind artifact = Kind::none;
};

} // namespace handout
