// libqpdf (Debian libqpdf-dev), found with pkg-config `libqpdf`. The C++ post-step in
// PDFConformance includes its C++ headers; this module gives it the flags and the library.
#include <qpdf/qpdf-c.h>
