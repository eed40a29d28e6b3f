#include "late_library.h"
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>

// espeak-ng is opened only when a handout is read aloud: it brings some twenty shared libraries
// (PulseAudio, ALSA, libsndfile and their codecs) that every other build would map and bind.
#define HANDOUT_ESPEAK_NG_FUNCTIONS(F) \
    F(espeak_ng_InitializePath) F(espeak_ng_Initialize) F(espeak_ng_InitializeOutput) \
    F(espeak_SetSynthCallback) F(espeak_ng_GetSampleRate) F(espeak_ng_GetStatusCodeMessage) \
    F(espeak_ng_SetVoiceByProperties) F(espeak_ng_SetVoiceByName) F(espeak_ng_SetParameter) \
    F(espeak_ng_Synthesize)

/// handout_espeak_ng: the espeak-ng functions handout calls; handout_espeak_ng_open fills it.
HANDOUT_LATE_LIBRARY(handout_espeak_ng, "libespeak-ng.so.1", HANDOUT_ESPEAK_NG_FUNCTIONS)
