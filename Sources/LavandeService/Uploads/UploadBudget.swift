/// Counts what an upload has expanded to so far, against its limits: every file written while
/// staging draws on it.
final class UploadBudget {
    let limits: UploadLimits
    private(set) var files = 0
    private(set) var bytes = 0

    init(limits: UploadLimits) {
        self.limits = limits
    }

    func addFile() throws(UploadError) {
        files += 1
        guard files <= limits.maxFiles else { throw .tooLarge("more than \(limits.maxFiles) files in one upload") }
    }

    /// Gives back what a file drew: a zip received as a part counts by what it expands to, not
    /// by itself (the request's size already bounds it).
    func refund(bytes count: Int) {
        files -= 1
        bytes -= count
    }

    func addBytes(_ count: Int) throws(UploadError) {
        bytes += count
        guard bytes <= limits.maxExpandedBytes else {
            throw .tooLarge("the files of the upload exceed \(limits.maxExpandedBytes) bytes")
        }
    }
}
