import Foundation

/// Switches read from the environment, for bisecting a rendering bug; never needed in normal use.
///
/// Read here, at the edge, and passed down in `BuildOptions` and `ServeOptions`: the build itself
/// never looks at the environment.
enum BuildSwitches {
    /// `FOLIO_COMPILED_TEMPLATES=0` renders every page with swift-mustache instead of compiled
    /// templates (`BuildOptions.compiledTemplates`); the output must be the same either way.
    static var compiledTemplates: Bool {
        ProcessInfo.processInfo.environment["FOLIO_COMPILED_TEMPLATES"] != "0"
    }

    /// `FOLIO_STREAM_DATA=0` reads every data file into a table at load, as before issue 32, instead of
    /// streaming the files only queries read (`BuildOptions.streamsData`); the output must be the same.
    static var streamsData: Bool {
        ProcessInfo.processInfo.environment["FOLIO_STREAM_DATA"] != "0"
    }
}
