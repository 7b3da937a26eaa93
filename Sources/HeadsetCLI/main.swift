// Entry point: run the command and turn every outcome into one of the documented exit codes.
import HeadsetServices
import Foundation
let code = CommandRunner.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code)
