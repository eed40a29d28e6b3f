import Foundation
import HandoutTestSupport
import Testing
@testable import Document

/// organisation.yaml is validated like every content file: problems name the file, line and key.
@Suite struct OrganisationTests {
    static let valid = """
        name: Test Clinic
        logo: figures/logo.svg
        logo-alt: Test Clinic
        phone: 0113 496 0000
        website: www.clinic.example
        address: [1 Test Street, Testtown]
        feedback: Tell us at the desk.
        leaflet-code-prefix: TC1
        other-formats: [Large print, Braille]
        """

    func load(_ yaml: String) throws -> ContentLoadReport {
        let fixture = try ContentFixture()
        try fixture.glossary("[]\n")
        try fixture.topic("one", body: "Text.")
        try fixture.blackSVG("logo.svg", width: 200, height: 50)
        try fixture.write(yaml, to: "organisation.yaml")
        return try ContentLibrary.loadReportingProblems(from: fixture.folder)
    }

    @Test func aValidFileGivesTheOrganisationAndItsMeasuredLogo() throws {
        let report = try load(Self.valid)
        #expect(report.problems == [])
        let organisation = try #require(report.library.organisation)
        #expect(organisation.name == "Test Clinic" && organisation.address == ["1 Test Street", "Testtown"])
        #expect(organisation.logo.alt == "Test Clinic" && organisation.logo.measurement.width == 150)
        #expect(organisation.otherFormats == ["Large print", "Braille"])
    }

    @Test(arguments: [
        ("logo-alt: Test Clinic\n", "", "logo-alt", "missing required key"),
        ("logo: figures/logo.svg", "logo: figures/gone.svg", "logo", "does not exist"),
        ("logo: figures/logo.svg", "logo: ../logo.svg", "logo", "relative to the content folder"),
        ("leaflet-code-prefix: TC1", "leaflet-code-prefix: tc-1", "leaflet-code-prefix", "capital letters"),
        ("phone: 0113 496 0000", "phone: 0113 496 0000\nfax: 1", "fax", "unknown key"),
    ])
    func problemsNameTheFileAndKey(_ old: String, _ new: String, key: String, message: String) throws {
        let problems = try load(Self.valid.replacingOccurrences(of: old, with: new)).problems
        #expect(problems.count == 1)
        #expect(problems.first?.file == "organisation.yaml")
        #expect(problems.first?.key == key)
        #expect(problems.first?.message.contains(message) == true, "\(problems)")
        #expect(key == "logo-alt" || problems.first?.line != nil)
    }

    @Test func theShippedContentHasAFictionalOrganisationWithALogo() throws {
        let library = try ContentLibrary.load(from: Repository.root.appendingPathComponent("Content"))
        let organisation = try #require(library.organisation)
        #expect(!organisation.name.contains("NHS"))
        #expect(organisation.logo.measurement.format == .svg && !organisation.logo.alt.isEmpty)
    }
}
