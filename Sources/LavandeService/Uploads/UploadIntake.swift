import Foundation
import NIOCore

/// An upload that passed every check, its files staged.
struct ReceivedUpload {
    /// Form fields (`dataset`, `publisher`), or the query's for a bare zip.
    var fields: [String: String]
    var files: [StagedFile]
}

/// Reads an upload request body, streaming, into a staging folder: a `multipart/form-data` body
/// of files (and of zips, expanded) with its fields, or a bare `application/zip` body.
struct UploadIntake {
    static let zipMediaTypes: Set<String> = ["application/zip", "application/x-zip-compressed"]
    /// Fields are short words; a field part larger than this is refused.
    static let maxFieldBytes = 1_024

    func receive<Body: AsyncSequence>(contentType: String?, body: Body, staging: Staging) async throws -> ReceivedUpload
    where Body.Element == ByteBuffer {
        let type = HeaderParameters(contentType ?? "")
        if UploadIntake.zipMediaTypes.contains(type.value) {
            let location = staging.scratchLocation()
            try await receiveWhole(body, to: location, size: RequestSize(limit: staging.budget.limits.maxRequestBytes))
            return ReceivedUpload(fields: [:], files: try expandZip(at: location, staging: staging))
        }
        guard type.value == "multipart/form-data" else {
            throw UploadError.unsupportedMediaType("send multipart/form-data or application/zip, not \(type.value.isEmpty ? "no Content-Type" : type.value)")
        }
        guard let boundary = type.parameters["boundary"], !boundary.isEmpty, boundary.count <= 200 else {
            throw UploadError.malformed("multipart/form-data without a boundary")
        }
        let reader = MultipartReader(boundary: boundary, staging: staging)
        var size = RequestSize(limit: staging.budget.limits.maxRequestBytes)
        for try await buffer in body {
            try size.add(buffer)
            try reader.feed(buffer)
        }
        let upload = try reader.finish()
        var files: [StagedFile] = []
        for part in upload.files {
            if part.isZip {
                staging.budget.refund(bytes: part.file.size)
                files += try expandZip(at: part.file.location, staging: staging)
            } else {
                files.append(part.file)
            }
        }
        return ReceivedUpload(fields: upload.fields, files: files)
    }

    private func receiveWhole<Body: AsyncSequence>(_ body: Body, to location: String, size: RequestSize) async throws
    where Body.Element == ByteBuffer {
        guard FileManager.default.createFile(atPath: location, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: location])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: location))
        defer { try? handle.close() }
        var size = size
        for try await buffer in body {
            try size.add(buffer)
            try handle.write(contentsOf: buffer.readableBytesView)
        }
    }

    private func expandZip(at location: String, staging: Staging) throws -> [StagedFile] {
        defer { try? FileManager.default.removeItem(atPath: location) }
        return try ZipExpander().expand(zipAt: location, into: staging)
    }
}

/// The bytes of a request body received so far, refused past the service's limit.
private struct RequestSize {
    let limit: Int
    private var received = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func add(_ buffer: ByteBuffer) throws {
        received += buffer.readableBytes
        guard received <= limit else { throw UploadError.tooLarge("the request is larger than \(limit) bytes") }
    }
}
