import Foundation
import LabKit

extension Workspace {
    /// Every lab of the course with its state, attempts, first pass, points, hints and
    /// solutions, read from the commits on HEAD (never from a file that could drift).
    ///
    /// A lab with a folder but no LabKit commit (started by hand, or an interrupted start) is
    /// in progress.
    public func progress() throws(ProgressError) -> CourseProgress {
        let events = try events()
        var byLab: [String: [LabEvent]] = [:]
        for event in events where event.action != nil {
            if let lab = event.lab { byLab[lab, default: []].append(event) }
        }
        let language = settings.language
        let units = course.units.map { unit in
            CourseProgress.Unit(
                title: unit.title.text(in: language),
                labs: unit.labs.map { progress(of: $0, events: byLab[$0] ?? []) })
        }
        return CourseProgress(title: course.title.text(in: language), units: units)
    }

    /// One lab's entry from its events (newest first).
    private func progress(of id: String, events: [LabEvent]) -> LabProgressEntry {
        let title = course.header(id, language: settings.language)?.title.text(
            in: settings.language)
        var entry = LabProgressEntry(id: id, title: title ?? id, state: .notStarted)
        let checks = events.filter { $0.action == .check }
        entry.attempts = checks.count
        entry.firstPass = checks.last(where: \.isPass)?.date
        let points = checks.compactMap(\.points)
        entry.bestPoints = points.map(\.earned).max()
        entry.maxPoints = points.first?.possible
        entry.hintsUsed = events.filter { $0.action == .hint }.count
        let solutions = events.filter { $0.action == .solution }
        entry.solutionsViewed = solutions.count
        entry.forcedSolutions = solutions.filter(\.isForced).count
        let hasFolder = FileManager.default.fileExists(atPath: folder(of: id).path)
        if entry.firstPass != nil {
            entry.state = .passed
        } else if !events.isEmpty || hasFolder {
            entry.state = .inProgress
        }
        return entry
    }
}
