import Document
import Render
import Testing
@testable import HandoutKit

@Suite struct HandoutErrorTests {
    @Test func unexpectedFailuresSayOnlyThatTheHandoutCouldNotBeMade() {
        let wrapped = HandoutError(RenderError.postStepFailed("input clusters do not represent the UTF-8 string"))
        #expect(wrapped.message == "the handout could not be made" && wrapped.isUnexpected)
        #expect(wrapped.cause?.contains("input clusters") == true, "the cause is kept for the operator")
        let content = HandoutError(ContentError(file: "my.yaml", line: 3, key: "page.size", "expected some text"))
        #expect(content.message == "my.yaml:3: 'page.size': expected some text" && !content.isUnexpected)
    }
}
