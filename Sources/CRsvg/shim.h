#include <librsvg/rsvg.h>
#include <fontconfig/fontconfig.h>
