@testable import LavandeService
import XCTest

final class HeaderParametersTests: XCTestCase {
    func testContentTypeBoundary() {
        let header = HeaderParameters("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxk")
        XCTAssertEqual(header.value, "multipart/form-data")
        XCTAssertEqual(header.parameters["boundary"], "----WebKitFormBoundary7MA4YWxk")
    }

    func testQuotedValuesKeepSemicolonsAndEscapes() {
        let header = HeaderParameters(#"form-data; name="file"; filename="a;b \"c\".csv""#)
        XCTAssertEqual(header.value, "form-data")
        XCTAssertEqual(header.parameters["name"], "file")
        XCTAssertEqual(header.parameters["filename"], #"a;b "c".csv"#)
    }

    func testExtendedFilenameIsDecoded() {
        let header = HeaderParameters("form-data; name=file; filename=\"x.csv\"; filename*=UTF-8''donn%C3%A9es.csv")
        XCTAssertEqual(header.parameters["filename"], "données.csv", "filename* wins over filename")
        XCTAssertEqual(HeaderParameters("form-data; filename*=ISO-8859-1''x%E9.csv").parameters["filename"], nil)
    }

    func testKeysAreCaseInsensitiveAndEmptyHeadersEmpty() {
        XCTAssertEqual(HeaderParameters("Form-Data; NAME=dataset").parameters["name"], "dataset")
        XCTAssertEqual(HeaderParameters("").value, "")
    }
}
