#include <dlfcn.h>
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>

// espeak-ng is opened only when a handout is read aloud: it brings some twenty shared libraries
// (PulseAudio, ALSA, libsndfile and their codecs) that every other build would map and bind.
#define HANDOUT_ESPEAK_NG_SONAME "libespeak-ng.so.1"
#define HANDOUT_ESPEAK_NG_FUNCTIONS(F) \
    F(espeak_ng_InitializePath) F(espeak_ng_Initialize) F(espeak_ng_InitializeOutput) \
    F(espeak_SetSynthCallback) F(espeak_ng_GetSampleRate) F(espeak_ng_GetStatusCodeMessage) \
    F(espeak_ng_SetVoiceByProperties) F(espeak_ng_SetVoiceByName) F(espeak_ng_SetParameter) \
    F(espeak_ng_Synthesize)

/// The espeak-ng functions handout calls, each of the library's own type.
typedef struct {
#define HANDOUT_MEMBER(name) __typeof__(name) *_Nonnull name;
    HANDOUT_ESPEAK_NG_FUNCTIONS(HANDOUT_MEMBER)
#undef HANDOUT_MEMBER
} handout_espeak_ng;

/// Opens espeak-ng and fills `api`; NULL when every function was found, else the loader's message.
static inline const char *handout_espeak_ng_open(handout_espeak_ng *api) {
    void *library = dlopen(HANDOUT_ESPEAK_NG_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library) return dlerror();
#define HANDOUT_FIND(name) if (!(*(void **)&api->name = dlsym(library, #name))) return dlerror();
    HANDOUT_ESPEAK_NG_FUNCTIONS(HANDOUT_FIND)
#undef HANDOUT_FIND
    return 0;
}
