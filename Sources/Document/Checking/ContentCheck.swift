/// One kind of check that `handout check` runs over a loaded content folder.
protocol ContentCheck {
    /// The problems found; `content` holds whatever loaded, even when some files did not.
    func findings(in content: ContentLoadReport) -> [Finding]
}
