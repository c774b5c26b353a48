import FolioSite
/// The words of the example site `folio init` writes, in one language: site settings, the home
/// page, one chapter with a chart and a metric, and the metric's definition.
///
/// Written as natural text in each language, not translated word for word; every figure the pages
/// show comes from the sample data file, which says it is invented.
struct ScaffoldText: Sendable {
    var name: String
    var locale: String
    var siteTitle: String
    var siteDescription: String
    var homeTitle: String
    var homeDescription: String
    /// The home page's Markdown; `{chapter}` stands for the chapter's slug.
    var homeBody: String
    var chapterSlug: String
    var chapterTitle: String
    var chapterDescription: String
    /// The chapter's Markdown; `{chart}` stands for the chart block.
    var chapterBody: String
    var chartTitle: String
    var chartCaption: String
    var metricName: String
    var metricDescription: String
    var metricFormula: String
    var metricUnit: String

    /// The languages `folio init` can write an example site in (those Folio ships strings for).
    static let byLanguage: [String: ScaffoldText] = ["sv": swedish, "ro": romanian]

    static let swedish = ScaffoldText(
        name: "Svenska", locale: "sv_SE", siteTitle: "Vår rapport",
        siteDescription: "En ny webbplats byggd med Folio.",
        homeTitle: "Välkommen", homeDescription: "Startsidan för en ny webbplats byggd med Folio.",
        homeBody: """
            Det här är startsidan för din nya webbplats. Den är skriven i Markdown i filen `content/sv/_index.md`, och du kan ändra den precis som du vill.

            Börja med kapitlet [Kom igång]({chapter}/), som visar hur en sida med ett diagram är uppbyggd. Alla siffror på webbplatsen är påhittade exempeldata, så byt ut dem mot era egna innan ni publicerar.
            """,
        chapterSlug: "kom-igang", chapterTitle: "Kom igång",
        chapterDescription:
            "Ett exempelkapitel med ett diagram och ett nyckeltal, att utgå från när du skriver egna sidor.",
        chapterBody: """
            Varje fil i `content/sv/` blir en sida på webbplatsen. Rubriker, listor, tabeller och länkar skrivs i vanlig Markdown, och uppgifterna överst i filen (titel, beskrivning och plats i menyn) styr hur sidan visas.

            ## Ett diagram

            Diagrammet nedan ritas när webbplatsen byggs, utifrån datafilen `content/data/sample/monthly.csv`. Ändra ett värde i filen, så ändras diagrammet nästa gång du bygger.

            {chart}

            ## Ett nyckeltal i löptexten

            Nyckeltal definieras en gång i `content/metrics.yml`, med namn och förklaring på varje språk. Den senaste månaden, {{metric satisfaction period}}, var kundnöjdheten {{metric satisfaction latest}}, mot målet {{metric satisfaction target}}. Alla nyckeltal förklaras i ordlistan.

            ## Nästa steg

            - Byt ut exempeldata mot era egna siffror.
            - Skriv fler kapitel, en fil per sida.
            - Kör `folio check` innan ni publicerar.
            """,
        chartTitle: "Kundnöjdhet per månad",
        chartCaption: "Påhittade exempeldata, bara till för att visa hur ett diagram fungerar.",
        metricName: "Kundnöjdhet",
        metricDescription: "Andelen kunder som är nöjda med kontakten. Siffrorna är påhittade exempeldata.",
        metricFormula: "Antal nöjda kunder ÷ antal svar", metricUnit: "procent")

    static let romanian = ScaffoldText(
        name: "Română", locale: "ro_RO", siteTitle: "Raportul nostru",
        siteDescription: "Un site nou, construit cu Folio.",
        homeTitle: "Bun venit", homeDescription: "Pagina de pornire a unui site nou, construit cu Folio.",
        homeBody: """
            Aceasta este pagina de pornire a noului dumneavoastră site. Este scrisă în Markdown, în fișierul `content/ro/_index.md`, și o puteți modifica după cum doriți.

            Începeți cu capitolul [Primii pași]({chapter}/), care arată cum este alcătuită o pagină cu un grafic. Toate cifrele de pe site sunt date de exemplu, inventate, așa că înlocuiți-le cu cifrele dumneavoastră înainte de publicare.
            """,
        chapterSlug: "primii-pasi", chapterTitle: "Primii pași",
        chapterDescription:
            "Un capitol de exemplu, cu un grafic și un indicator, de la care puteți porni când scrieți propriile pagini.",
        chapterBody: """
            Fiecare fișier din `content/ro/` devine o pagină a site-ului. Titlurile, listele, tabelele și linkurile se scriu în Markdown obișnuit, iar datele din partea de sus a fișierului (titlul, descrierea și locul în meniu) stabilesc cum este afișată pagina.

            ## Un grafic

            Graficul de mai jos este desenat la construirea site-ului, pe baza fișierului de date `content/data/sample/monthly.csv`. Modificați o valoare din fișier, iar graficul se va schimba la următoarea construire.

            {chart}

            ## Un indicator în text

            Indicatorii se definesc o singură dată, în `content/metrics.yml`, cu numele și explicația în fiecare limbă. În ultima lună, {{metric satisfaction period}}, satisfacția clienților a fost de {{metric satisfaction latest}}, față de ținta de {{metric satisfaction target}}. Toți indicatorii sunt explicați în glosar.

            ## Pașii următori

            - Înlocuiți datele de exemplu cu propriile cifre.
            - Scrieți mai multe capitole, câte un fișier pentru fiecare pagină.
            - Rulați `folio check` înainte de publicare.
            """,
        chartTitle: "Satisfacția clienților pe lună",
        chartCaption: "Date de exemplu, inventate, doar pentru a arăta cum funcționează un grafic.",
        metricName: "Satisfacția clienților",
        metricDescription: "Ponderea clienților mulțumiți de contact. Cifrele sunt date de exemplu, inventate.",
        metricFormula: "Numărul de clienți mulțumiți ÷ numărul de răspunsuri", metricUnit: "procent")
}
