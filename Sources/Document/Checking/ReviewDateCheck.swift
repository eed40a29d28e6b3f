/// Topics whose review is overdue (an error) or due soon (a warning), and review dates in the future.
struct ReviewDateCheck: ContentCheck {
    /// The day to check against.
    var today: CalendarDay
    /// A review due within this many days is a warning.
    var warningDays: Int

    func findings(in content: ContentLoadReport) -> [Finding] {
        content.library.topics.compactMap { topic in
            let daysLeft = today.days(until: topic.reviewDue)
            let dueLine = topic.keyLines["review-due"]
            if daysLeft < 0 {
                return Finding(
                    .error, file: topic.file, line: dueLine, key: "review-due",
                    "review was due on \(topic.reviewDue) (\(Self.days(-daysLeft)) ago); review the topic and update its dates")
            }
            if daysLeft <= warningDays {
                return Finding(
                    .warning, file: topic.file, line: dueLine, key: "review-due",
                    daysLeft == 0 ? "review is due today" : "review is due on \(topic.reviewDue), in \(Self.days(daysLeft))")
            }
            if today < topic.reviewed {
                return Finding(
                    .warning, file: topic.file, line: topic.keyLines["reviewed"], key: "reviewed",
                    "\(topic.reviewed) is in the future")
            }
            return nil
        }
    }

    private static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}
