#include <png.h>
#include <setjmp.h>
#include <string.h>

/* Reads a PNG held in memory. */
struct handout_png_source {
    const unsigned char *data;
    size_t length;
    size_t offset;
};

static void handout_png_read(png_structp png, png_bytep out, png_size_t count) {
    struct handout_png_source *source = (struct handout_png_source *)png_get_io_ptr(png);
    if (source->offset + count > source->length) png_error(png, "truncated");
    memcpy(out, source->data + source->offset, count);
    source->offset += count;
}

/* The pixel size and horizontal resolution (0 when the file has no pHYs in metres) of the PNG in
   `data`. libpng reports errors by longjmp, caught here. Returns 0 on success. */
static inline int handout_png_info(const unsigned char *data, size_t length, int *width, int *height, double *dpi) {
    struct handout_png_source source = { data, length, 0 };
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    if (!png) return 1;
    png_infop info = png_create_info_struct(png);
    if (!info) { png_destroy_read_struct(&png, NULL, NULL); return 1; }
    if (setjmp(png_jmpbuf(png))) { png_destroy_read_struct(&png, &info, NULL); return 1; }
    png_set_read_fn(png, &source, handout_png_read);
    png_read_info(png, info);
    *width = (int)png_get_image_width(png, info);
    *height = (int)png_get_image_height(png, info);
    png_uint_32 x = 0, y = 0;
    int unit = 0;
    *dpi = png_get_pHYs(png, info, &x, &y, &unit) && unit == PNG_RESOLUTION_METER ? x * 0.0254 : 0;
    png_destroy_read_struct(&png, &info, NULL);
    return 0;
}
