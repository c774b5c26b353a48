/// One language of the site, as configured in `content/site.yml`.
public struct Language: Sendable, Hashable {
    /// BCP 47 code used in paths and `lang` attributes (`sv`, `ro`).
    public var code: String
    /// The language's own name for itself (`Svenska`, `Română`).
    public var name: String
    /// ICU locale for numbers and dates (`sv_SE`, `ro_RO`).
    public var locale: String
    public var siteTitle: String
    public var siteDescription: String

    public init(code: String, name: String, locale: String, siteTitle: String, siteDescription: String) {
        self.code = code
        self.name = name
        self.locale = locale
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
    }
}
