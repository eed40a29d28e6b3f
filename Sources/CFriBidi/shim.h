#include <fribidi.h>

/* FriBidi's paragraph directions are macros built from bit masks, which Swift cannot import. */
static const FriBidiParType handout_fribidi_par_auto = FRIBIDI_PAR_ON;
static const FriBidiParType handout_fribidi_par_weak_rtl = FRIBIDI_PAR_WRTL;
static const FriBidiParType handout_fribidi_par_rtl = FRIBIDI_PAR_RTL;
static const FriBidiParType handout_fribidi_par_ltr = FRIBIDI_PAR_LTR;
static inline int handout_fribidi_is_rtl(FriBidiParType direction) { return FRIBIDI_IS_RTL(direction) != 0; }
