import PostgresNIO

/// The URL's `sslmode` as the driver's TLS setting, with libpq's meanings: `prefer` (the default) uses TLS
/// when the server offers it, `require` insists on it without checking the certificate, `verify-full`
/// insists and checks the certificate and host name against the system's trust store.
enum TLSSettings {
    static func tls(for mode: PostgresURL.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable:
            return .disable
        case .prefer, .require:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: configuration)
            return mode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}
