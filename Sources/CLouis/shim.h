#include <dlfcn.h>
#include <liblouis/liblouis.h>

// liblouis is opened only when a handout is put into braille, not mapped into every build.
#define HANDOUT_LOUIS_SONAME "liblouis.so.20"
#define HANDOUT_LOUIS_FUNCTIONS(F) F(lou_translate) F(lou_backTranslateString) F(lou_getTypeformForEmphClass)

/// The liblouis functions handout calls, each of the library's own type.
typedef struct {
#define HANDOUT_MEMBER(name) __typeof__(name) *_Nonnull name;
    HANDOUT_LOUIS_FUNCTIONS(HANDOUT_MEMBER)
#undef HANDOUT_MEMBER
} handout_louis;

/// Opens liblouis and fills `api`; NULL when every function was found, else the loader's message.
static inline const char *handout_louis_open(handout_louis *api) {
    void *library = dlopen(HANDOUT_LOUIS_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library) return dlerror();
#define HANDOUT_FIND(name) if (!(*(void **)&api->name = dlsym(library, #name))) return dlerror();
    HANDOUT_LOUIS_FUNCTIONS(HANDOUT_FIND)
#undef HANDOUT_FIND
    return 0;
}
