#include "late_library.h"
#include <stdio.h>
#include <lame/lame.h>

// LAME is opened only when a handout is read aloud.
#define HANDOUT_LAME_FUNCTIONS(F) \
    F(lame_init) F(lame_set_num_channels) F(lame_set_mode) F(lame_set_in_samplerate) \
    F(lame_set_out_samplerate) F(lame_set_VBR) F(lame_set_VBR_quality) F(lame_set_quality) \
    F(lame_set_write_id3tag_automatic) F(lame_set_bWriteVbrTag) F(lame_init_params) F(lame_close) \
    F(lame_encode_buffer) F(lame_encode_flush) F(lame_get_lametag_frame)

/// handout_lame: the LAME functions handout calls; handout_lame_open fills it.
HANDOUT_LATE_LIBRARY(handout_lame, "libmp3lame.so.0", HANDOUT_LAME_FUNCTIONS)
