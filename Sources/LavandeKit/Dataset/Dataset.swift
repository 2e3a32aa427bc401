/// A dataset folder: the data files in it and the documents that describe them (`datapackage.json`,
/// `LICENSE*`, `README*`, schemas…). Sub-folders that hold data are datasets of their own.
public struct Dataset: Sendable {
    /// The folder, relative to the checked root (`.` for the root itself).
    public var name: String
    /// The folder's path on disk.
    public var directory: String
    public var resources: [Resource]
    /// Other regular files of the folder (metadata, licences, schemas), by file name.
    public var documents: [String]
}

/// One file of a dataset that Lavande reads as a table, or could not read at all.
public struct Resource: Sendable {
    /// Path relative to the dataset folder.
    public var pathInDataset: String
    /// Path relative to the checked root: the `file` of findings.
    public var reportPath: String
    /// Path on disk.
    public var path: String
    /// Set when the entry cannot be read as a regular file.
    public var problem: FileAccessProblem?

    /// `.txt` files are tables only when they turn out to be delimited.
    public var isTableOnlyIfDelimited: Bool { pathInDataset.lowercased().hasSuffix(".txt") }
}

/// Why an entry of a dataset folder could not be read.
public struct FileAccessProblem: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case directory
        case fifo
        case special = "special-file"
        case brokenSymlink = "broken-symlink"
        case symlinkLoop = "symlink-loop"
        /// A symbolic link to a file or folder outside the checked folder: not followed, so that
        /// a link in an upload cannot bring the server's own files into a report.
        case linkOutside = "link-outside-folder"
        case permission
        case other
    }

    public var kind: Kind
    /// The system's own words, for the report.
    public var detail: String

    public init(kind: Kind, detail: String) {
        self.kind = kind
        self.detail = detail
    }
}

/// The datasets found under the paths given on the command line.
public struct DatasetCatalogue: Sendable {
    /// The folder every reported path is relative to.
    public var root: String
    public var datasets: [Dataset]
}
