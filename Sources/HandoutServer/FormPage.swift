import Document
import HandoutKit
import Mustache

/// The accessible form clinic staff use: topics grouped by their main tag with summaries,
/// collections as presets, print styles and personal details. Works without JavaScript.
struct FormPage {
    let resources: HandoutResources

    /// Headings for topic groups, by a topic's first tag.
    static let groupNames: [(tag: String, name: String)] = [
        ("about", "About the illness"), ("symptom", "Symptoms"), ("test", "Tests"), ("decision", "Making decisions"),
        ("treatment", "Treatments"), ("support", "Support and coping"), ("research", "Research"),
    ]

    /// Labels for the personal detail fields.
    static let detailLabels: [(key: String, label: String, hint: String)] = [
        ("patient.name", "Patient's name", "Printed on the cover as “Prepared for”."),
        ("clinic.name", "Clinic or ward", ""),
        ("clinic.phone", "Clinic phone number", ""),
        ("nurse.name", "Key contact (nurse) name", ""),
        ("nurse.phone", "Key contact phone number", ""),
        ("appointment", "Next appointment", "For example: Tuesday 3 March at 10am."),
        ("primary", "Where the cancer started", "bowel, breast, lung or other"),
    ]

    /// The page, with `error` shown at the top when a request was refused.
    func html(error: String? = nil) throws -> String {
        try PageShell.html(
            title: (error == nil ? "" : "Error: ") + "Make a patient handout",
            body: Self.template.get().render(context(error: error)))
    }

    private func context(error: String?) -> [String: Any] {
        let topics = resources.content.topics
        let groups: [[String: Any]] = Self.groupNames.compactMap { group in
            let members = topics.filter { $0.tags.first == group.tag }
            guard !members.isEmpty else { return nil }
            return ["name": group.name, "topics": members.map { ["id": $0.id, "title": $0.title, "summary": $0.summary] }]
        }
        let grouped = Set(Self.groupNames.map(\.tag))
        let others = topics.filter { !grouped.contains($0.tags.first ?? "") }
        let allGroups = groups + (others.isEmpty ? [] : [[
            "name": "Other topics", "topics": others.map { ["id": $0.id, "title": $0.title, "summary": $0.summary] },
        ]])
        let layouts: [[String: Any]] = resources.layoutNames.compactMap { name in
            guard let layout = try? resources.layout(name) else { return nil }
            return ["name": name, "description": layout.description, "checked": name == "standard"]
        }
        var result: [String: Any] = [
            "groups": allGroups,
            "collections": resources.content.collections.map {
                ["id": $0.id, "title": $0.title, "count": $0.topicIDs.count]
            },
            "layouts": layouts,
            "formats": OutputFormat.allCases.map {
                ["name": $0.rawValue, "description": $0.description, "checked": $0 == .standard]
            },
            "details": Self.detailLabels.map { ["key": $0.key, "label": $0.label, "hint": $0.hint] },
        ]
        if let error { result["error"] = error }
        return result
    }

    /// Parsed once; a template error surfaces as an error from ``html(error:)``.
    private static let template = Result { try MustacheTemplate(string: source) }

    private static let source = """
        <main>
        <h1>Make a patient handout</h1>
        {{#error}}<div class="error" role="alert" tabindex="-1" id="error"><h2>There is a problem</h2><p>{{error}}</p></div>{{/error}}
        <p>Choose the topics for this patient, the print style, and any details to print. Nothing you type is stored.</p>
        <form method="post" action="/handouts">
        <fieldset>
        <legend>Start from a set of topics (optional)</legend>
        <div class="option"><input type="radio" id="c-none" name="collection" value="" checked><label for="c-none">No set: I will choose the topics below</label></div>
        {{#collections}}<div class="option"><input type="radio" id="c-{{id}}" name="collection" value="{{id}}"><label for="c-{{id}}">{{title}} <span class="hint">({{count}} topics)</span></label></div>
        {{/collections}}
        </fieldset>
        {{#groups}}<fieldset>
        <legend>{{name}}</legend>
        {{#topics}}<div class="option"><input type="checkbox" id="t-{{id}}" name="topics" value="{{id}}"><label for="t-{{id}}">{{title}}<span class="hint">{{summary}}</span></label></div>
        {{/topics}}
        </fieldset>
        {{/groups}}
        <fieldset>
        <legend>Format</legend>
        {{#formats}}<div class="option"><input type="radio" id="f-{{name}}" name="format" value="{{name}}"{{#checked}} checked{{/checked}}><label for="f-{{name}}">{{description}}</label></div>
        {{/formats}}
        <div class="field"><label for="speaking-rate">Speaking rate for MP3 audio (optional, 80 to 250 words a minute)</label><span class="hint" id="h-speaking-rate">Leave it empty for the usual 160; slower suits a listener new to the words.</span><input type="number" id="speaking-rate" name="speaking-rate" min="80" max="250" step="1" inputmode="numeric" aria-describedby="h-speaking-rate"></div>
        </fieldset>
        <fieldset>
        <legend>Print style</legend>
        {{#layouts}}<div class="option"><input type="radio" id="l-{{name}}" name="layout" value="{{name}}"{{#checked}} checked{{/checked}}><label for="l-{{name}}">{{name}}<span class="hint">{{description}}</span></label></div>
        {{/layouts}}
        <div class="field"><label for="body-size">Text size in points (optional, 12 to 36)</label><span class="hint" id="h-body-size">For a patient who asks for a size, such as 18 or 24. The text is reflowed, not enlarged.</span><input type="number" id="body-size" name="body-size" min="12" max="36" step="1" inputmode="numeric" aria-describedby="h-body-size"></div>
        </fieldset>
        <fieldset>
        <legend>Details to print (optional)</legend>
        <div class="field"><label for="title">Handout title</label><input type="text" id="title" name="title" maxlength="120" autocomplete="off"></div>
        {{#details}}<div class="field"><label for="d-{{key}}">{{label}}</label>{{#hint}}<span class="hint" id="h-{{key}}">{{hint}}</span>{{/hint}}<input type="text" id="d-{{key}}" name="{{key}}" maxlength="200" autocomplete="off"{{#hint}} aria-describedby="h-{{key}}"{{/hint}}></div>
        {{/details}}
        </fieldset>
        <div class="buttons">
        <button type="submit" formaction="/preview">Preview</button>
        <button type="submit">Download</button>
        </div>
        </form>
        </main>
        """

    /// Large, high-contrast type with visible focus, for staff at a ward computer.
    static let stylesheet = """
        body { font: 1.25rem/1.5 "Atkinson Hyperlegible", Arial, sans-serif; color: #1b1b1b; margin: 0; background: #f4f6f8; }
        main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
        h1 { color: #00467f; font-size: 2rem; }
        fieldset { border: 2px solid #4c5a67; margin: 0 0 1.5rem; padding: 1rem; }
        legend { font-weight: bold; font-size: 1.35rem; padding: 0 .4rem; }
        .option { display: flex; align-items: flex-start; gap: .6rem; margin: .5rem 0; }
        .option input { width: 1.6rem; height: 1.6rem; margin-top: .2rem; flex: none; }
        .hint { display: block; color: #4c5a67; font-size: 1.05rem; }
        .field { margin: 0 0 1rem; }
        .field label { display: block; font-weight: bold; }
        .field input { font: inherit; width: 100%; box-sizing: border-box; padding: .4rem; border: 2px solid #1b1b1b; }
        button { font: inherit; font-weight: bold; padding: .6rem 1.4rem; margin-right: 1rem; border: 2px solid #00467f; background: #005eb8; color: #fff; cursor: pointer; }
        button[formaction] { background: #fff; color: #00467f; }
        :focus { outline: 4px solid #ffbf47; outline-offset: 2px; }
        .error { border: 4px solid #b10e1e; padding: .5rem 1rem; margin-bottom: 1.5rem; }
        .error h2 { color: #b10e1e; margin-top: 0; }
        .preview img { width: 100%; border: 1px solid #4c5a67; margin-bottom: 1rem; }
        """
}
