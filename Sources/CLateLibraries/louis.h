#include "late_library.h"
#include <liblouis/liblouis.h>

// liblouis is opened only when a handout is put into braille.
#define HANDOUT_LOUIS_FUNCTIONS(F) F(lou_translate) F(lou_backTranslateString) F(lou_getTypeformForEmphClass)

/// handout_louis: the liblouis functions handout calls; handout_louis_open fills it.
HANDOUT_LATE_LIBRARY(handout_louis, "liblouis.so.20", HANDOUT_LOUIS_FUNCTIONS)
