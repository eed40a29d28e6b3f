import PageModel

/// The XMP metadata packet of a PDF (ISO 16684-1), agreeing with the Info dictionary the
/// post-step writes (``PDFInfo``): title, description, language, creator tool, producer, dates,
/// and the identification of the standards the file claims.
enum XMPPacket {
    static func make(_ info: DocumentInfo, standard: PDFStandard) -> String {
        let dates = PDFInfo.xmpDate(info.date)
        var identification = """
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>\(standard.pdfaConformance)</pdfaid:conformance>

            """
        if standard.isUniversallyAccessible {
            identification += "        <pdfuaid:part>1</pdfuaid:part>\n"
            identification += pdfuaExtensionSchema
        }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped(info.title))</rdf:li></rdf:Alt></dc:title>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">\(escaped(info.subject))</rdf:li></rdf:Alt></dc:description>
                  <dc:language><rdf:Bag><rdf:li>\(escaped(info.language))</rdf:li></rdf:Bag></dc:language>
                  <xmp:CreatorTool>\(escaped(info.creator))</xmp:CreatorTool>
                  <xmp:CreateDate>\(dates)</xmp:CreateDate>
                  <xmp:ModifyDate>\(dates)</xmp:ModifyDate>
                  <xmp:MetadataDate>\(dates)</xmp:MetadataDate>
                  <pdf:Producer>\(escaped(PDFInfo.producer(info)))</pdf:Producer>
            \(identification)    </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="r"?>
            """
    }

    /// PDF/A allows only the schemas it names, and those a file declares: pdfuaid is declared here.
    private static let pdfuaExtensionSchema = """
                <pdfaExtension:schemas>
                  <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                      <pdfaSchema:property>
                        <rdf:Seq>
                          <rdf:li rdf:parseType="Resource">
                            <pdfaProperty:name>part</pdfaProperty:name>
                            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                            <pdfaProperty:category>internal</pdfaProperty:category>
                            <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                          </rdf:li>
                        </rdf:Seq>
                      </pdfaSchema:property>
                    </rdf:li>
                  </rdf:Bag>
                </pdfaExtension:schemas>

        """

    private static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
