/* The floor: what a handout costs with no layout at all.
 *
 * Reads lines that are already broken and placed (Benchmarks/Floor/lines_from_pdf.py makes them
 * from a handout's own PDF), shapes each with HarfBuzz and draws it with cairo into a PDF, with
 * the text and clusters attached (cairo_show_text_glyphs), as handout does. Nothing is measured,
 * broken or paginated. Benchmarks/run.sh times it beside handout:
 *
 *   floor LINES.tsv REGULAR.ttf BOLD.ttf OUT_DIR COPIES
 *
 * writes COPIES PDFs (floor-1.pdf, ...) into OUT_DIR, one after the other in one process, as a
 * batch worker would. With COPIES = 1 it is the cold single run.
 */
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <hb-ft.h>
#include <hb-ot.h>
#include <hb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int page;
    double x, baseline, size;
    int bold;
    char *text;
} Line;

typedef struct {
    FT_Face shaping_face; /* HarfBuzz's own face: cairo changes the size of the faces it draws with */
    hb_font_t *hb_font;
    cairo_font_face_t *cairo_face;
} Font;

static void fail(const char *what) {
    fprintf(stderr, "floor: %s\n", what);
    exit(1);
}

static Line *read_lines(const char *path, size_t *count) {
    FILE *file = fopen(path, "r");
    if (!file) fail("cannot open the lines file");
    size_t capacity = 512, used = 0;
    Line *lines = malloc(capacity * sizeof(Line));
    char buffer[4096];
    while (fgets(buffer, sizeof buffer, file)) {
        buffer[strcspn(buffer, "\n")] = 0;
        Line line;
        int offset = 0;
        if (sscanf(buffer, "%d\t%lf\t%lf\t%lf\t%d\t%n", &line.page, &line.x, &line.baseline, &line.size,
                   &line.bold, &offset) < 5)
            fail("a malformed line in the lines file");
        line.text = strdup(buffer + offset);
        if (used == capacity) lines = realloc(lines, (capacity *= 2) * sizeof(Line));
        lines[used++] = line;
    }
    fclose(file);
    *count = used;
    return lines;
}

static Font load_font(FT_Library library, const char *path) {
    Font font;
    FT_Face drawing_face;
    if (FT_New_Face(library, path, 0, &font.shaping_face) || FT_New_Face(library, path, 0, &drawing_face))
        fail("cannot load a font");
    font.hb_font = hb_ft_font_create_referenced(font.shaping_face);
    hb_ot_font_set_funcs(font.hb_font);
    font.cairo_face = cairo_ft_font_face_create_for_ft_face(drawing_face, 0);
    return font;
}

static void draw_line(cairo_t *cr, const Font *font, const Line *line, hb_buffer_t *buffer) {
    unsigned int upem = hb_face_get_upem(hb_font_get_face(font->hb_font));
    hb_font_set_scale(font->hb_font, (int)upem, (int)upem);
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf8(buffer, line->text, -1, 0, -1);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(font->hb_font, buffer, NULL, 0);
    unsigned int count;
    hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer, &count);
    double scale = line->size / upem, x = line->x;
    cairo_glyph_t *glyphs = cairo_glyph_allocate((int)count);
    cairo_text_cluster_t *clusters = cairo_text_cluster_allocate((int)count);
    int cluster_count = 0;
    size_t length = strlen(line->text);
    for (unsigned int i = 0; i < count; i++) {
        glyphs[i].index = infos[i].codepoint;
        glyphs[i].x = x + positions[i].x_offset * scale;
        glyphs[i].y = line->baseline - positions[i].y_offset * scale;
        x += positions[i].x_advance * scale;
        if (i == 0 || infos[i].cluster != infos[i - 1].cluster) {
            unsigned int end = length;
            for (unsigned int j = i + 1; j < count; j++)
                if (infos[j].cluster != infos[i].cluster) { end = infos[j].cluster; break; }
            clusters[cluster_count].num_bytes = (int)(end - infos[i].cluster);
            clusters[cluster_count].num_glyphs = 0;
            cluster_count++;
        }
        clusters[cluster_count - 1].num_glyphs++;
    }
    cairo_set_font_face(cr, font->cairo_face);
    cairo_set_font_size(cr, line->size);
    cairo_show_text_glyphs(cr, line->text, (int)length, glyphs, (int)count, clusters, cluster_count, 0);
    cairo_glyph_free(glyphs);
    cairo_text_cluster_free(clusters);
}

static void write_copy(const char *out, const Line *lines, size_t count, const Font fonts[2], hb_buffer_t *buffer) {
    cairo_surface_t *surface = cairo_pdf_surface_create(out, 595.276, 841.89);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Floor");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2026-11-23T00:00:00Z");
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    int page = lines[0].page;
    for (size_t i = 0; i < count; i++) {
        if (lines[i].page != page) {
            cairo_show_page(cr);
            page = lines[i].page;
        }
        draw_line(cr, &fonts[lines[i].bold], &lines[i], buffer);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) fail("cairo could not write the PDF");
    cairo_surface_destroy(surface);
}

int main(int argc, char **argv) {
    if (argc != 6) fail("usage: floor LINES.tsv REGULAR.ttf BOLD.ttf OUT_DIR COPIES");
    size_t count;
    Line *lines = read_lines(argv[1], &count);
    if (count == 0) fail("the lines file is empty");
    FT_Library library;
    if (FT_Init_FreeType(&library)) fail("cannot start FreeType");
    Font fonts[2] = {load_font(library, argv[2]), load_font(library, argv[3])};
    hb_buffer_t *buffer = hb_buffer_create();
    int copies = atoi(argv[5]);
    char out[4096];
    for (int copy = 1; copy <= copies; copy++) {
        snprintf(out, sizeof out, "%s/floor-%d.pdf", argv[4], copy);
        write_copy(out, lines, count, fonts, buffer);
    }
    hb_buffer_destroy(buffer);
    return 0;
}
