import CLibFuzzer
import Foundation

// SwiftPM renames an executable's `main` (to link it into tests), so libFuzzer's own `main` would
// never run: start libFuzzer's driver from here, with this program's command line.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
