import Testing
@testable import HandoutKit

/// The compact table behind the duplicate-output check, resume and batch-report.
@Suite struct FingerprintTableTests {
    @Test func insertKeepsTheFirstValueAndTellsOfIt() {
        var table = FingerprintTable(capacity: 8)
        #expect(table.insert(Fingerprint.of("a.pdf"), value: 2) == nil)
        #expect(table.insert(Fingerprint.of("b.pdf"), value: 3) == nil)
        #expect(table.insert(Fingerprint.of("a.pdf"), value: 9) == 2, "the earlier line, not the new one")
        #expect(table.value(for: Fingerprint.of("a.pdf")) == 2)
        table.set(Fingerprint.of("a.pdf"), value: 7)
        #expect(table.value(for: Fingerprint.of("a.pdf")) == 7 && table.count == 2)
        #expect(table.value(for: Fingerprint.of("c.pdf")) == nil)
        #expect(table.insert(0, value: 5) == nil && table.value(for: 0) == 5, "fingerprint 0 still works")
    }

    @Test func aHundredThousandNamesStayFindableInAboutSixteenBytesEach() {
        var table = FingerprintTable()
        let count = 100_000
        for line in 0..<count {
            #expect(table.insert(Fingerprint.of("leaflet-\(line).pdf"), value: UInt32(line)) == nil)
        }
        #expect(table.count == count)
        var found = 0
        for line in 0..<count where table.value(for: Fingerprint.of("leaflet-\(line).pdf")) == UInt32(line) { found += 1 }
        #expect(found == count)
        #expect(table.value(for: Fingerprint.of("leaflet-\(count).pdf")) == nil)
        let perRow = Double(table.memoryBytes) / Double(count)
        #expect(perRow < 20, "\(perRow) bytes a row; a [String: Int] of these names takes over 60")
    }

    @Test func fingerprintsCompareBytesNotCanonicalEquivalence() {
        #expect(Fingerprint.of("caf\u{E9}.pdf") != Fingerprint.of("cafe\u{301}.pdf"))
        #expect(Fingerprint.of("ab", "c") != Fingerprint.of("a", "bc"))
        #expect(Fingerprint.of("x.pdf") == Fingerprint.of("x.pdf"))
    }
}
