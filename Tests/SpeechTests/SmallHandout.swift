import Document
import Foundation
import HandoutTestSupport

/// A two-topic handout with a cover, personal details, dates, phone numbers and glossary terms.
enum SmallHandout {
    static func make(withCover: Bool = true) throws -> Handout {
        let fixture = try ContentFixture()
        try fixture.glossary("""
            - term: TACE
              expansion: transarterial chemoembolisation
              definition: A treatment that blocks the blood supply to a tumour.
            - term: CT
              expansion: computerised tomography
              definition: A scan that uses X-rays.
            - term: tumour
              definition: A lump of cells.
            """)
        try fixture.write("**Prepared for:** {{patient.name}}\n\n**Date:** {{date}}\n", to: "cover.md")
        try fixture.topic("tace", title: "Chemoembolisation (TACE)", order: 1, body: """
            TACE treats a *tumour* in the liver. After TACE you rest.

            ## How it is done

            1. A doctor puts in a thin tube.
            2. The drug goes through the tube.

            - You may have a computerised tomography (CT) scan first.

            > Call the clinic on {{clinic.phone}}. Your appointment is on {{appointment}}.
            """)
        try fixture.topic("scans", title: "Scans", order: 2, body: """
            A CT scan takes pictures. Some people have TACE again on 14 May.
            """)
        let library = try ContentLibrary.load(from: fixture.folder)
        let details = try PersonalDetails(
            ["patient.name": "Ada Lovelace", "clinic.phone": "01132433144", "appointment": "2026-03-03 at 10am"], source: "test")
        return try Handout.compose(
            title: "Your treatment", topics: library.topics(["tace", "scans"]), glossary: library.glossary, details: details,
            cover: withCover ? library.cover : nil, date: CalendarDay("2026-11-23"))
    }
}
