import Foundation
import MultipartKit
import NIOCore

/// Feeds a multipart body to MultipartKit's streaming parser and routes each part: a field to a
/// small in-memory value, a file straight to the staging folder. The parser calls back without
/// throwing, so the first error is kept and thrown after the chunk that caused it.
final class MultipartReader {
    /// A file part, staged; zips are expanded by the caller once the body has been read.
    struct FilePart {
        var file: StagedFile
        var isZip: Bool
    }

    private let parser: MultipartParser
    private let staging: Staging
    private var headers: [String: String] = [:]
    private var field: (name: String, bytes: [UInt8])?
    private var writer: StagedFileWriter?
    private var partStarted = false
    private var error: (any Error)?
    private(set) var fields: [String: String] = [:]
    private var files: [FilePart] = []
    private var zips: Set<String> = []

    init(boundary: String, staging: Staging) {
        parser = MultipartParser(boundary: boundary)
        self.staging = staging
        parser.onHeader = { [unowned self] name, value in headers[name.lowercased()] = value }
        parser.onBody = { [unowned self] buffer in attempt { try body(buffer) } }
        parser.onPartComplete = { [unowned self] in attempt { try completePart() } }
    }

    func feed(_ buffer: ByteBuffer) throws {
        do {
            try parser.execute(buffer)
        } catch {
            throw UploadError.malformed("the multipart body cannot be read")
        }
        if let error { throw error }
    }

    /// The fields and files, once the whole body has been fed.
    func finish() throws -> (fields: [String: String], files: [FilePart]) {
        if let error { throw error }
        if partStarted || writer != nil { throw UploadError.malformed("the multipart body ends in the middle of a part") }
        return (fields, files)
    }

    private func attempt(_ work: () throws -> Void) {
        guard error == nil else { return }
        do {
            try work()
        } catch let caught {
            error = caught
            writer?.abandon()
            writer = nil
        }
    }

    private func startPart() throws {
        partStarted = true
        let disposition = HeaderParameters(headers["content-disposition"] ?? "")
        guard disposition.value == "form-data", let name = disposition.parameters["name"] else {
            throw UploadError.malformed("a part has no Content-Disposition: form-data; name=…")
        }
        if let filename = disposition.parameters["filename"] {
            let path = try UploadPath.sanitise(filename)
            let type = HeaderParameters(headers["content-type"] ?? "").value
            if UploadIntake.zipMediaTypes.contains(type) || path.lowercased().hasSuffix(".zip") { zips.insert(path) }
            writer = try staging.newFile(path: path)
        } else {
            guard fields.count < 20 else { throw UploadError.invalidField("more than 20 form fields") }
            field = (name, [])
        }
    }

    private func body(_ buffer: ByteBuffer) throws {
        if !partStarted { try startPart() }
        if let writer {
            try writer.write(buffer.readableBytesView)
        } else if field != nil {
            field!.bytes += buffer.readableBytesView
            guard field!.bytes.count <= UploadIntake.maxFieldBytes else {
                throw UploadError.invalidField("the field \(field!.name) is longer than \(UploadIntake.maxFieldBytes) bytes")
            }
        }
    }

    private func completePart() throws {
        if !partStarted { try startPart() }
        if let writer {
            let file = try writer.finish()
            files.append(FilePart(file: file, isZip: zips.contains(file.path)))
        } else if let field {
            guard let value = String(validating: field.bytes, as: UTF8.self) else {
                throw UploadError.invalidField("the field \(field.name) is not UTF-8")
            }
            fields[field.name] = value
        }
        writer = nil
        field = nil
        headers = [:]
        partStarted = false
    }
}
