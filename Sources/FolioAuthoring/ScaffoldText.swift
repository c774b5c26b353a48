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
    static let byLanguage: [String: ScaffoldText] = [
        "sv": swedish, "ro": romanian, "en": english, "de": german, "fi": finnish, "nb": norwegian, "da": danish,
    ]

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

    static let english = ScaffoldText(
        name: "English", locale: "en_GB", siteTitle: "Our report",
        siteDescription: "A new site built with Folio.",
        homeTitle: "Welcome", homeDescription: "The home page of a new site built with Folio.",
        homeBody: """
            This is the home page of your new site. It is written in Markdown in the file `content/en/_index.md`, and you can change it however you like.

            Start with the chapter [Getting started]({chapter}/), which shows how a page with a chart is put together. Every figure on the site is invented sample data, so replace it with your own before you publish.
            """,
        chapterSlug: "getting-started", chapterTitle: "Getting started",
        chapterDescription:
            "An example chapter with a chart and a metric, to start from when you write your own pages.",
        chapterBody: """
            Every file in `content/en/` becomes a page of the site. Headings, lists, tables and links are written in ordinary Markdown, and the details at the top of the file (title, description and place in the menu) decide how the page is shown.

            ## A chart

            The chart below is drawn when the site is built, from the data file `content/data/sample/monthly.csv`. Change a value in the file and the chart changes the next time you build.

            {chart}

            ## A metric in the text

            Metrics are defined once, in `content/metrics.yml`, with a name and an explanation in every language. In the latest month, {{metric satisfaction period}}, customer satisfaction was {{metric satisfaction latest}}, against a target of {{metric satisfaction target}}. Every metric is explained in the glossary.

            ## Next steps

            - Replace the sample data with your own figures.
            - Write more chapters, one file per page.
            - Run `folio check` before you publish.
            """,
        chartTitle: "Customer satisfaction by month",
        chartCaption: "Invented sample data, only to show how a chart works.",
        metricName: "Customer satisfaction",
        metricDescription:
            "The share of customers who are satisfied with their contact with us. The figures are invented sample data.",
        metricFormula: "Number of satisfied customers ÷ number of responses", metricUnit: "per cent")

    static let german = ScaffoldText(
        name: "Deutsch", locale: "de_DE", siteTitle: "Unser Bericht",
        siteDescription: "Eine neue Website, erstellt mit Folio.",
        homeTitle: "Willkommen", homeDescription: "Die Startseite einer neuen Website, erstellt mit Folio.",
        homeBody: """
            Dies ist die Startseite Ihrer neuen Website. Sie ist in Markdown geschrieben und liegt in der Datei `content/de/_index.md`; Sie können sie nach Belieben ändern.

            Beginnen Sie mit dem Kapitel [Erste Schritte]({chapter}/). Es zeigt, wie eine Seite mit einem Diagramm aufgebaut ist. Alle Zahlen auf der Website sind erfundene Beispieldaten; ersetzen Sie sie vor der Veröffentlichung durch Ihre eigenen.
            """,
        chapterSlug: "erste-schritte", chapterTitle: "Erste Schritte",
        chapterDescription:
            "Ein Beispielkapitel mit einem Diagramm und einer Kennzahl – ein Ausgangspunkt für Ihre eigenen Seiten.",
        chapterBody: """
            Jede Datei in `content/de/` wird zu einer Seite der Website. Überschriften, Listen, Tabellen und Links schreiben Sie in gewöhnlichem Markdown; die Angaben am Anfang der Datei (Titel, Beschreibung und Platz im Menü) bestimmen, wie die Seite angezeigt wird.

            ## Ein Diagramm

            Das folgende Diagramm wird beim Erstellen der Website gezeichnet, und zwar aus der Datendatei `content/data/sample/monthly.csv`. Wenn Sie einen Wert in der Datei ändern, ändert sich das Diagramm beim nächsten Erstellen.

            {chart}

            ## Eine Kennzahl im Fließtext

            Kennzahlen werden einmal definiert, in `content/metrics.yml`, mit Namen und Erklärung in jeder Sprache. Im letzten Monat ({{metric satisfaction period}}) lag die Kundenzufriedenheit bei {{metric satisfaction latest}}; das Ziel liegt bei {{metric satisfaction target}}. Alle Kennzahlen werden im Glossar erklärt.

            ## Nächste Schritte

            - Ersetzen Sie die Beispieldaten durch Ihre eigenen Zahlen.
            - Schreiben Sie weitere Kapitel, eine Datei pro Seite.
            - Führen Sie vor der Veröffentlichung `folio check` aus.
            """,
        chartTitle: "Kundenzufriedenheit pro Monat",
        chartCaption: "Erfundene Beispieldaten, nur um zu zeigen, wie ein Diagramm funktioniert.",
        metricName: "Kundenzufriedenheit",
        metricDescription:
            "Der Anteil der Kundinnen und Kunden, die mit dem Kontakt zufrieden sind. Die Zahlen sind erfundene Beispieldaten.",
        metricFormula: "Zahl der zufriedenen Kundinnen und Kunden ÷ Zahl der Antworten", metricUnit: "Prozent")

    static let finnish = ScaffoldText(
        name: "Suomi", locale: "fi_FI", siteTitle: "Raporttimme",
        siteDescription: "Uusi Foliolla tehty sivusto.",
        homeTitle: "Tervetuloa", homeDescription: "Uuden, Foliolla tehdyn sivuston etusivu.",
        homeBody: """
            Tämä on uuden sivustosi etusivu. Se on kirjoitettu Markdownilla tiedostoon `content/fi/_index.md`, ja voit muokata sitä niin kuin haluat.

            Lue ensin luku [Näin pääset alkuun]({chapter}/): se näyttää, miten kaavion sisältävä sivu rakentuu. Kaikki sivuston lukuarvot ovat keksittyä esimerkkiaineistoa, joten ne on korvattava omilla tiedoilla ennen julkaisua.
            """,
        chapterSlug: "alkuun", chapterTitle: "Näin pääset alkuun",
        chapterDescription:
            "Esimerkkiluku, jossa on kaavio ja tunnusluku. Voit käyttää sitä pohjana, kun kirjoitat omia sivujasi.",
        chapterBody: """
            Jokaisesta kansion `content/fi/` tiedostosta tulee sivuston sivu. Otsikot, luettelot, taulukot ja linkit kirjoitetaan tavallisella Markdownilla, ja tiedoston alussa olevat tiedot (otsikko, kuvaus ja paikka valikossa) määräävät, miten sivu näytetään.

            ## Kaavio

            Alla oleva kaavio piirretään, kun sivusto kootaan, ja sen tiedot tulevat datatiedostosta `content/data/sample/monthly.csv`. Jos muutat tiedostossa jotakin arvoa, kaavio muuttuu, kun seuraavan kerran kokoat sivuston.

            {chart}

            ## Tunnusluku leipätekstissä

            Tunnusluvut määritellään kerran tiedostossa `content/metrics.yml`, ja jokaiselle niistä annetaan nimi ja selitys kaikilla kielillä. Viimeisimpänä kuukautena ({{metric satisfaction period}}) asiakastyytyväisyys oli {{metric satisfaction latest}}, kun tavoite on {{metric satisfaction target}}. Kaikki tunnusluvut selitetään sanastossa.

            ## Seuraavaksi

            - Korvaa esimerkkiaineisto omilla tiedoillasi.
            - Kirjoita lisää lukuja, yksi tiedosto kutakin sivua kohden.
            - Suorita `folio check` ennen julkaisua.
            """,
        chartTitle: "Asiakastyytyväisyys kuukausittain",
        chartCaption: "Keksittyä esimerkkiaineistoa, vain havainnollistamaan kaavion toimintaa.",
        metricName: "Asiakastyytyväisyys",
        metricDescription:
            "Niiden asiakkaiden osuus, jotka ovat tyytyväisiä asiointiinsa. Arvot ovat keksittyä esimerkkiaineistoa.",
        metricFormula: "Tyytyväisten asiakkaiden määrä ÷ vastausten määrä", metricUnit: "prosentti")

    static let norwegian = ScaffoldText(
        name: "Norsk bokmål", locale: "nb_NO", siteTitle: "Vår rapport",
        siteDescription: "Et nytt nettsted laget med Folio.",
        homeTitle: "Velkommen", homeDescription: "Forsiden til et nytt nettsted laget med Folio.",
        homeBody: """
            Dette er forsiden til det nye nettstedet ditt. Den er skrevet i Markdown i filen `content/nb/_index.md`, og du kan endre den akkurat som du vil.

            Begynn med kapitlet [Kom i gang]({chapter}/), som viser hvordan en side med et diagram er bygd opp. Alle tallene på nettstedet er oppdiktede eksempeldata, så bytt dem ut med egne tall før dere publiserer.
            """,
        chapterSlug: "kom-i-gang", chapterTitle: "Kom i gang",
        chapterDescription:
            "Et eksempelkapittel med et diagram og et nøkkeltall, som du kan ta utgangspunkt i når du skriver egne sider.",
        chapterBody: """
            Hver fil i `content/nb/` blir en side på nettstedet. Overskrifter, lister, tabeller og lenker skrives i vanlig Markdown, og opplysningene øverst i filen (tittel, beskrivelse og plass i menyen) bestemmer hvordan siden vises.

            ## Et diagram

            Diagrammet nedenfor tegnes når nettstedet bygges, ut fra datafilen `content/data/sample/monthly.csv`. Endrer du en verdi i filen, endres diagrammet neste gang du bygger.

            {chart}

            ## Et nøkkeltall i teksten

            Nøkkeltall defineres én gang, i `content/metrics.yml`, med navn og forklaring på hvert språk. Den siste måneden, {{metric satisfaction period}}, var kundetilfredsheten {{metric satisfaction latest}}, mot et mål på {{metric satisfaction target}}. Alle nøkkeltallene forklares i ordlisten.

            ## Neste steg

            - Bytt ut eksempeldataene med egne tall.
            - Skriv flere kapitler, én fil per side.
            - Kjør `folio check` før dere publiserer.
            """,
        chartTitle: "Kundetilfredshet per måned",
        chartCaption: "Oppdiktede eksempeldata, bare for å vise hvordan et diagram fungerer.",
        metricName: "Kundetilfredshet",
        metricDescription: "Andelen kunder som er fornøyde med kontakten. Tallene er oppdiktede eksempeldata.",
        metricFormula: "Antall fornøyde kunder ÷ antall svar", metricUnit: "prosent")

    static let danish = ScaffoldText(
        name: "Dansk", locale: "da_DK", siteTitle: "Vores rapport",
        siteDescription: "Et nyt websted bygget med Folio.",
        homeTitle: "Velkommen", homeDescription: "Forsiden til et nyt websted bygget med Folio.",
        homeBody: """
            Dette er forsiden til dit nye websted. Den er skrevet i Markdown i filen `content/da/_index.md`, og du kan ændre den præcis som du vil.

            Begynd med kapitlet [Kom godt i gang]({chapter}/), der viser hvordan en side med et diagram er bygget op. Alle tal på webstedet er opdigtede eksempeldata, så skift dem ud med jeres egne før I publicerer.
            """,
        chapterSlug: "kom-godt-i-gang", chapterTitle: "Kom godt i gang",
        chapterDescription:
            "Et eksempelkapitel med et diagram og et nøgletal, som du kan tage udgangspunkt i når du skriver dine egne sider.",
        chapterBody: """
            Hver fil i `content/da/` bliver til en side på webstedet. Overskrifter, lister, tabeller og links skrives i almindelig Markdown, og oplysningerne øverst i filen (titel, beskrivelse og placering i menuen) bestemmer hvordan siden vises.

            ## Et diagram

            Diagrammet herunder tegnes når webstedet bygges, ud fra datafilen `content/data/sample/monthly.csv`. Ændrer du en værdi i filen, ændrer diagrammet sig næste gang du bygger.

            {chart}

            ## Et nøgletal i brødteksten

            Nøgletal defineres én gang, i `content/metrics.yml`, med navn og forklaring på hvert sprog. I den seneste måned, {{metric satisfaction period}}, var kundetilfredsheden {{metric satisfaction latest}}, mod et mål på {{metric satisfaction target}}. Alle nøgletal forklares i ordlisten.

            ## Næste skridt

            - Udskift eksempeldataene med jeres egne tal.
            - Skriv flere kapitler, én fil pr. side.
            - Kør `folio check` før I publicerer.
            """,
        chartTitle: "Kundetilfredshed pr. måned",
        chartCaption: "Opdigtede eksempeldata, kun for at vise hvordan et diagram fungerer.",
        metricName: "Kundetilfredshed",
        metricDescription: "Andelen af kunder der er tilfredse med kontakten. Tallene er opdigtede eksempeldata.",
        metricFormula: "Antal tilfredse kunder ÷ antal svar", metricUnit: "procent")
}
