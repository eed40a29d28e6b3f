#ifndef HANDOUT_LATE_LIBRARY_H
#define HANDOUT_LATE_LIBRARY_H
#include <dlfcn.h>
#include <stddef.h>

// A library opened only when a format needs it, so that other builds never map it: its functions
// are found with dlsym, each into a struct member of the library's own type.

/// Opens `soname` and stores the address of each of the `count` functions in `names` in `slots`;
/// NULL when every one was found, else the loader's message.
static inline const char *handout_late_library_open(const char *soname, const char *const names[],
                                                    void *slots[], size_t count) {
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library) return dlerror();
    for (size_t index = 0; index < count; index++) {
        if (!(slots[index] = dlsym(library, names[index]))) return dlerror();
    }
    return 0;
}

#define HANDOUT_LATE_MEMBER(name) __typeof__(name) *_Nonnull name;
#define HANDOUT_LATE_NAME(name) #name,

/// Declares `type`, a struct with one pointer for each function FUNCTIONS lists, and
/// `type_open(type *)`, which opens `soname` and fills it (NULL, or the loader's message).
#define HANDOUT_LATE_LIBRARY(type, soname, FUNCTIONS)                                              \
    typedef struct { FUNCTIONS(HANDOUT_LATE_MEMBER) } type;                                        \
    static inline const char *type##_open(type *api) {                                             \
        static const char *const names[] = { FUNCTIONS(HANDOUT_LATE_NAME) };                      \
        _Static_assert(sizeof(type) == sizeof names, "one pointer for each function");            \
        return handout_late_library_open(soname, names, (void **)api, sizeof names / sizeof *names); \
    }

#endif
