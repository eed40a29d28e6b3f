import CCairo
import CFreeType

/// A cairo font face loaded from a font file by path, never from the system's font configuration.
///
/// It owns a FreeType library and face of its own (cairo changes the face's size while drawing, so no
/// one else may share it); both are released when cairo drops its last reference to the font face.
public final class FontFace {
    let pointer: OpaquePointer

    /// Opens the font at `path` (face `index` of a collection).
    public init(path: String, index: Int = 0) throws {
        var library: FT_Library?
        var error = FT_Init_FreeType(&library)
        guard error == 0, let library else { throw CairoError.freeType(operation: "init", code: error) }
        var face: FT_Face?
        error = FT_New_Face(library, path, index, &face)
        guard error == 0, let face else {
            FT_Done_FreeType(library)
            throw CairoError.freeType(operation: "opening \(path)", code: error)
        }
        let created = cairo_ft_font_face_create_for_ft_face(face, 0)!
        let owner = Unmanaged.passRetained(FreeTypeOwner(library: library, face: face)).toOpaque()
        let status = cairo_font_face_set_user_data(created, &FreeTypeOwner.key, owner) { owner in
            owner.map { Unmanaged<FreeTypeOwner>.fromOpaque($0).release() }
        }
        if status != CAIRO_STATUS_SUCCESS {
            Unmanaged<FreeTypeOwner>.fromOpaque(owner).release()
            cairo_font_face_destroy(created)
            throw CairoError(operation: "tying \(path) to its font face", status: status)
        }
        try check(cairo_font_face_status(created), "loading \(path)")
        pointer = created
    }

    deinit { cairo_font_face_destroy(pointer) }
}

/// Keeps a FreeType face and its library alive exactly as long as the cairo font face that uses them.
private final class FreeTypeOwner {
    nonisolated(unsafe) static var key = cairo_user_data_key_t()
    let library: FT_Library
    let face: FT_Face

    init(library: FT_Library, face: FT_Face) {
        self.library = library
        self.face = face
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
    }
}
