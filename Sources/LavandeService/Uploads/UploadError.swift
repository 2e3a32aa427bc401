/// Why an upload was refused. Each case maps to one HTTP status; nothing of a refused upload is
/// kept.
public enum UploadError: Error, Equatable, CustomStringConvertible {
    /// A limit of `UploadLimits`: 413.
    case tooLarge(String)
    /// A path that would leave the dataset folder, an absolute path, a link: 400.
    case unsafePath(String)
    /// Not a readable multipart body or zip: 400.
    case malformed(String)
    /// A body that is neither multipart nor a zip: 415.
    case unsupportedMediaType(String)
    /// A field missing or invalid (dataset, publisher, no file): 400.
    case invalidField(String)

    public var description: String {
        switch self {
        case let .tooLarge(text), let .unsafePath(text), let .malformed(text), let .unsupportedMediaType(text), let .invalidField(text):
            text
        }
    }
}
