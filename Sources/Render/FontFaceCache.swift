import Cairo
import PageModel

/// Opens each font file of a document once per renderer, and only when a run is drawn in it:
/// a Latin handout never opens the fallback fonts for other scripts.
final class FontFaceCache {
    private struct FaceKey: Hashable {
        var path: String
        var index: Int
    }

    private var faces: [FaceKey: FontFace] = [:]

    func face(for file: FontFile) throws -> FontFace {
        let key = FaceKey(path: file.path, index: file.index)
        if let face = faces[key] { return face }
        let face = try FontFace(path: file.path, index: file.index)
        faces[key] = face
        return face
    }
}

/// The faces of one document's fonts by font number, each opened on first use.
final class DocumentFaces {
    private let files: [FontFile]
    private let cache: FontFaceCache
    private var opened: [FontFace?]

    init(_ files: [FontFile], cache: FontFaceCache) {
        self.files = files
        self.cache = cache
        opened = Array(repeating: nil, count: files.count)
    }

    /// The face of font number `index`.
    func face(_ index: Int) throws -> FontFace {
        if let face = opened[index] { return face }
        let face = try cache.face(for: files[index])
        opened[index] = face
        return face
    }
}
