import Foundation

/// page-validation (PyPI), the PDF/UA and PDF/A checker a user would run, from the `.venv/` that
/// `make setup` makes at the repository root.
public enum PDFValidator {
    /// One rule a file breaks.
    public struct Failure: CustomStringConvertible {
        public var rule: String
        public var message: String
        public var description: String { "\(rule): \(message)" }
    }

    /// The profiles this project claims: `ua1` (PDF/UA-1), `2a` and `2b` (PDF/A-2).
    public enum Profile: String, CaseIterable {
        case ua1, a2a = "2a", a2b = "2b"
    }

    private static let script = """
        import json, sys, page
        for profile in sys.argv[2:]:
            report = page.validate_pdf(sys.argv[1], profile=profile)
            print(json.dumps({"profile": profile, "compliant": report.is_compliant,
                              "failures": [[f.rule_id, f.message] for f in report.failures]}))
        """

    /// The rules `url` breaks under each of `profiles` (empty when it conforms), by profile.
    public static func failures(_ url: URL, profiles: [Profile]) throws -> [Profile: [Failure]] {
        let python = Repository.root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw ValidatorMissing(path: python)
        }
        let result = try CommandLineTool.run(python, ["-c", script, url.path] + profiles.map(\.rawValue))
        guard result.status == 0 else { throw ValidatorMissing(path: "\(python): \(result.errors)") }
        var found: [Profile: [Failure]] = [:]
        for line in result.output.split(separator: "\n") {
            guard let report = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let profile = (report["profile"] as? String).flatMap(Profile.init)
            else { continue }
            var failures = ((report["failures"] as? [[String]]) ?? []).map { Failure(rule: $0[0], message: $0[1]) }
            if failures.isEmpty, report["compliant"] as? Bool != true {
                failures.append(Failure(rule: "not compliant", message: "the validator gave no rule"))
            }
            found[profile] = failures
        }
        return found
    }

    /// A readable list of what `url` breaks under `profiles`, one rule a line (each rule once), or
    /// nil when it conforms to all of them.
    public static func report(_ url: URL, profiles: [Profile]) throws -> String? {
        let found = try failures(url, profiles: profiles)
        let lines = profiles.flatMap { profile -> [String] in
            guard let failures = found[profile] else { return ["\(profile.rawValue): no report"] }
            var seen = Set<String>()
            return failures.filter { seen.insert($0.description).inserted }.map { "\(profile.rawValue) \($0)" }
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    /// The validator is not installed.
    public struct ValidatorMissing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "page-validation cannot run (\(path)); run `make setup`" }
    }
}
