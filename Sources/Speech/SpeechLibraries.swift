import CLateLibraries.EspeakNG
import CLateLibraries.Lame

/// espeak-ng and LAME, opened the first time a handout is read aloud (see CLateLibraries), so that other builds never map them and the twenty libraries they bring.
enum SpeechLibraries {
    /// espeak-ng's functions, or why the library cannot be opened.
    static let espeak: Result<handout_espeak_ng, SpeechError> = withUnsafeTemporaryAllocation(of: handout_espeak_ng.self, capacity: 1) { slot in
        if let message = handout_espeak_ng_open(slot.baseAddress!) { return .failure(unavailable("espeak-ng", "libespeak-ng1", message)) }
        return .success(slot[0])
    }

    /// LAME's functions, or why the library cannot be opened.
    static let lame: Result<handout_lame, SpeechError> = withUnsafeTemporaryAllocation(of: handout_lame.self, capacity: 1) { slot in
        if let message = handout_lame_open(slot.baseAddress!) { return .failure(unavailable("LAME", "libmp3lame0", message)) }
        return .success(slot[0])
    }

    private static func unavailable(_ library: String, _ package: String, _ message: UnsafePointer<CChar>) -> SpeechError {
        SpeechError("audio needs \(library) (Debian package \(package)), which cannot be opened: \(String(cString: message))")
    }
}
