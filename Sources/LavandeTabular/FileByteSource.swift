#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read.
public struct ByteSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// What was being done: `open` or `read`.
    public let operation: String
    public let errno: Int32

    public init(path: String, operation: String, errno: Int32) {
        self.path = path
        self.operation = operation
        self.errno = errno
    }

    /// The system's text for `errno` (`No such file or directory`…).
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String { "cannot \(operation) \(path): \(reason)" }
}

/// The bytes of a regular file, read with POSIX `read` straight into the caller's buffer.
///
/// Only for regular files. The caller checks the file type first, and the source checks it again
/// on what it opened: an entry replaced by a FIFO or a device in between (it could block or never
/// end) is opened without blocking, then refused (`EINVAL`). The file is closed when the source
/// goes away.
public final class FileByteSource: ByteSource {
    public let path: String
    private let descriptor: Int32

    /// The file, to be read from byte `offset` on (a later part of a file read by several threads).
    public convenience init(path: String, offset: Int) throws {
        try self.init(path: path)
        guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else { throw ByteSourceError(path: path, operation: "seek", errno: errno) }
    }

    public init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw ByteSourceError(path: path, operation: "open", errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ByteSourceError(path: path, operation: "open", errno: EINVAL)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The file's size in bytes, as the system says now.
    public var size: Int {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Fills the start of `buffer` with the bytes at `offset`, without moving where `read` reads;
    /// returns how many were written, 0 past the end.
    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = pread(descriptor, base, buffer.count, off_t(offset))
            if count >= 0 { return count }
            if errno != EINTR { throw ByteSourceError(path: path, operation: "read", errno: errno) }
        }
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = systemRead(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { throw ByteSourceError(path: path, operation: "read", errno: errno) }
        }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif
