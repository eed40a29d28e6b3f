import Foundation

/// The sRGB ICC profile of the PDF/A output intent, read once from Debian's icc-profiles-free.
enum ColorProfile {
    static let sRGBPath = "/usr/share/color/icc/sRGB.icc"
    /// The name of the output condition the profile describes.
    static let sRGBCondition = "sRGB IEC61966-2.1"

    static let sRGB: Result<Data, RenderError> = {
        guard let data = FileManager.default.contents(atPath: sRGBPath), !data.isEmpty else {
            return .failure(.missingColorProfile(sRGBPath))
        }
        return .success(data)
    }()
}
