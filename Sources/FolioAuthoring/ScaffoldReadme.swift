/// The README `folio init` puts beside `content/`: how the site's authors preview, build, check and
/// publish it, and where everything lives. In English, like Folio's own documentation.
enum ScaffoldReadme {
    static func text(languages: [String], defaultLanguage: String) -> String {
        let list = languages.map { "`content/\($0)/`" }.joined(separator: ", ")
        return """
            # Your Folio site

            This site is built with Folio, a static report-site generator: Markdown pages
            and data files in, plain HTML with charts out. No JavaScript, no server code.

            ## Preview, build, check, publish

            ```sh
            folio serve           # preview at http://127.0.0.1:8080/, rebuilt and reloaded on every save
            folio build           # writes the site into site/
            folio check --strict  # broken links, missing translations, unused data: run before publishing
            ```

            `site/` is plain files: upload it to any web host, at the root or under a sub-path. Set
            `baseURL` in `content/site.yml` to the address it is published at to get a sitemap and absolute
            canonical links.

            ## Where things are

            - `content/site.yml`: languages (default: `\(defaultLanguage)`), their titles and locales.
            - \(list): one Markdown file per page; `_index.md` is the home page. The front matter (between
              the `---` lines) sets the title, description and `weight` (order in the menu).
            - `content/data/`: data files (CSV, JSON) that charts read. **The file in `sample/` is invented
              sample data**: replace it with your own.
            - `content/metrics.yml`: each metric defined once, with its name and meaning in every language.

            A translated page records the revision of the page it was translated from as `sourceRevision`;
            `folio check` prints the value to record when the original changes.

            ## Changing the look

            Folio's built-in theme needs no files here. To change one template, string or stylesheet,
            copy it into `templates/` and edit the copy:

            ```sh
            folio eject footer.mustache       # writes templates/footer.mustache
            folio eject strings/sv.yml        # keep only the keys you change: the rest come from Folio
            folio eject css/base.css
            ```

            `folio check` lists the files you override and warns when Folio's own version has changed since
            you copied it.

            """
    }
}
