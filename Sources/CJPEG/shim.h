#include <stdio.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>
#include <jpeglib.h>

/* libjpeg reports errors by calling error_exit, which must not return: these helpers catch it
   with setjmp (which Swift cannot do) and return non-zero instead. */
struct handout_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
};

static void handout_jpeg_error_exit(j_common_ptr info) {
    longjmp(((struct handout_jpeg_error *)info->err)->jump, 1);
}

/* Starts reading the JPEG in `data` into `info`, its header read. A libjpeg error anywhere after
   this, in the function that uses it, jumps back here: the decoder is freed and the function
   returns 1. (A macro, since setjmp must run in the frame it returns to.) */
#define HANDOUT_JPEG_READ_HEADER(info, error, data, length)                       \
    (info).err = jpeg_std_error(&(error).manager);                                \
    (error).manager.error_exit = handout_jpeg_error_exit;                         \
    if (setjmp((error).jump)) { jpeg_destroy_decompress(&(info)); return 1; }     \
    jpeg_create_decompress(&(info));                                              \
    jpeg_mem_src(&(info), (data), (unsigned long)(length));                       \
    jpeg_read_header(&(info), TRUE)

/* The pixel size, channel count and horizontal resolution (0 when the file does not say) of
   the JPEG in `data`. Returns 0 on success. */
static inline int handout_jpeg_info(const unsigned char *data, size_t length, int *width, int *height,
                                    int *components, double *dpi) {
    struct jpeg_decompress_struct info;
    struct handout_jpeg_error error;
    HANDOUT_JPEG_READ_HEADER(info, error, data, length);
    *width = (int)info.image_width;
    *height = (int)info.image_height;
    *components = info.num_components;
    *dpi = info.density_unit == 1 ? info.X_density : info.density_unit == 2 ? info.X_density * 2.54 : 0;
    jpeg_destroy_decompress(&info);
    return 0;
}

/* Decodes the JPEG in `data` into `pixels`, cairo's RGB24 layout (one native-endian 0xXXRRGGBB
   word per pixel, `stride` bytes a row), which must hold its width x height. Returns 0 on success. */
static inline int handout_jpeg_decode_rgb24(const unsigned char *data, size_t length, unsigned char *pixels, int stride) {
    struct jpeg_decompress_struct info;
    struct handout_jpeg_error error;
    JSAMPARRAY row = NULL;
    HANDOUT_JPEG_READ_HEADER(info, error, data, length);
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    row = (*info.mem->alloc_sarray)((j_common_ptr)&info, JPOOL_IMAGE, info.output_width * 3, 1);
    while (info.output_scanline < info.output_height) {
        unsigned int y = info.output_scanline;
        jpeg_read_scanlines(&info, row, 1);
        unsigned int *out = (unsigned int *)(pixels + (size_t)y * stride);
        for (unsigned int x = 0; x < info.output_width; x++) {
            out[x] = 0xff000000u | ((unsigned int)row[0][3 * x] << 16) | ((unsigned int)row[0][3 * x + 1] << 8) | row[0][3 * x + 2];
        }
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return 0;
}
