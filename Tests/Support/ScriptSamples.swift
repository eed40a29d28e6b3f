/// One sentence in each script and language a UK clinic's patients read, for the tests of
/// fallback fonts, right-to-left text and line breaking. Each is a paragraph of its own.
public enum ScriptSamples {
    public static let lines: [(language: String, text: String)] = [
        ("Arabic", "اتصل بالممرضة إذا شعرت بألم"),
        ("Hebrew", "התקשרו לאחות אם יש לכם כאב"),
        ("Urdu", "اگر آپ کو درد ہو تو نرس کو فون کریں"),
        ("Hindi", "अगर आपको दर्द हो तो नर्स को फ़ोन करें।"),
        ("Bengali", "ব্যথা হলে নার্সকে ফোন করুন।"),
        ("Punjabi", "ਜੇ ਤੁਹਾਨੂੰ ਦਰਦ ਹੋਵੇ ਤਾਂ ਨਰਸ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।"),
        ("Chinese", "如果您感到疼痛，请给护士打电话。"),
        ("Thai", "หากคุณมีอาการปวดโปรดโทรหาพยาบาล"),
        ("Greek", "Τηλεφωνήστε στη νοσοκόμα αν πονάτε."),
        ("Polish", "Zadzwoń do pielęgniarki, jeśli odczuwasz ból."),
        ("Welsh", "Ffoniwch y nyrs os ydych chi mewn poen."),
        ("Emoji", "Phone ☎ heart ❤ tick ✔ warning ⚠"),
    ]

    /// The topic body: every line as a paragraph.
    public static var body: String { lines.map(\.text).joined(separator: "\n\n") }

    /// The lines that read right to left.
    public static let rightToLeft: Set<String> = ["Arabic", "Hebrew", "Urdu"]
}
