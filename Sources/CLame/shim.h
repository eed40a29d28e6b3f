#include <dlfcn.h>
#include <stdio.h>
#include <lame/lame.h>

// LAME is opened only when a handout is read aloud, not mapped into every build.
#define HANDOUT_LAME_SONAME "libmp3lame.so.0"
#define HANDOUT_LAME_FUNCTIONS(F) \
    F(lame_init) F(lame_set_num_channels) F(lame_set_mode) F(lame_set_in_samplerate) \
    F(lame_set_out_samplerate) F(lame_set_VBR) F(lame_set_VBR_quality) F(lame_set_quality) \
    F(lame_set_write_id3tag_automatic) F(lame_set_bWriteVbrTag) F(lame_init_params) F(lame_close) \
    F(lame_encode_buffer) F(lame_encode_flush) F(lame_get_lametag_frame)

/// The LAME functions handout calls, each of the library's own type.
typedef struct {
#define HANDOUT_MEMBER(name) __typeof__(name) *_Nonnull name;
    HANDOUT_LAME_FUNCTIONS(HANDOUT_MEMBER)
#undef HANDOUT_MEMBER
} handout_lame;

/// Opens LAME and fills `api`; NULL when every function was found, else the loader's message.
static inline const char *handout_lame_open(handout_lame *api) {
    void *library = dlopen(HANDOUT_LAME_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library) return dlerror();
#define HANDOUT_FIND(name) if (!(*(void **)&api->name = dlsym(library, #name))) return dlerror();
    HANDOUT_LAME_FUNCTIONS(HANDOUT_FIND)
#undef HANDOUT_FIND
    return 0;
}
