import Cairo
import PageModel

/// Opens each font file of a document once per renderer.
final class FontFaceCache {
    private var faces: [String: FontFace] = [:]

    func face(for file: FontFile) throws -> FontFace {
        if let face = faces[file.path] { return face }
        let face = try FontFace(path: file.path)
        faces[file.path] = face
        return face
    }
}
