<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppTheme</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>Assembler</name>
    <message>
        <source>the body</source>
        <translation>der Antworttext</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>the request id</source>
        <translation>die Request-ID</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>die Anfrage</translation>
    </message>
    <message>
        <source>the text</source>
        <translation>der Text</translation>
    </message>
    <message>
        <source>the body follows the status</source>
        <translation>der Antworttext folgt auf den Status</translation>
    </message>
    <message>
        <source>the same failure printed again</source>
        <translation>derselbe Fehler noch einmal ausgegeben</translation>
    </message>
    <message>
        <source>the status restated</source>
        <translation>der Status noch einmal genannt</translation>
    </message>
    <message>
        <source>it adds what the failure lacked</source>
        <translation>es ergänzt, was dem Fehler fehlte</translation>
    </message>
    <message>
        <source>a documented message follows the status</source>
        <translation>eine dokumentierte Meldung folgt auf den Status</translation>
    </message>
    <message>
        <source>%1 (%2) joined with %3 (%4): %5</source>
        <translation>%1 (%2) verbunden mit %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>CallInspector</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n weiteres Zeichen nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Zeichen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no place in the input to read it from.</source>
        <translation>Dieser Aufruf hat keine Stelle in der Eingabe, von der er gelesen werden kann.</translation>
    </message>
    <message>
        <source>This call&apos;s entry is too large to show (%1 MB).</source>
        <translation>Der Eintrag dieses Aufrufs ist zu groß für die Anzeige (%1 MB).</translation>
    </message>
    <message>
        <source>The input cannot be read again: %1</source>
        <translation>Die Eingabe kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation>Die Eingabe hat sich seit dem Lesen geändert: Dieser Aufruf steht nicht mehr an seiner Stelle.</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Select this call where it stands in the input</source>
        <translation>Diesen Aufruf an seiner Stelle in der Eingabe markieren</translation>
    </message>
    <message>
        <source>Choose a call in the timeline to see its request and response.</source>
        <translation>Wählen Sie einen Aufruf in der Zeitleiste, um Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation>Die Eingabe hat sich seit dem Lesen geändert: Dieser Aufruf steht nicht mehr an seiner Stelle.</translation>
    </message>
    <message>
        <source>(the log line holds the request and the response: see the response)</source>
        <translation>(die Protokollzeile enthält Anfrage und Antwort: siehe Antwort)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Show in input</source>
        <translation>In der Eingabe zeigen</translation>
    </message>
    <message>
        <source>The file changed since it was read: this call is no longer where it was.</source>
        <translation>Die Datei hat sich seit dem Lesen geändert: Dieser Aufruf steht nicht mehr an seiner Stelle.</translation>
    </message>
    <message>
        <source>(cut: the lines are longer than can be shown here)</source>
        <translation>(gekürzt: Die Zeilen sind länger, als hier gezeigt werden kann)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no version</source>
        <translation>%1: keine Version</translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos;: duplicate id</source>
        <translation>%1: Eintrag &apos;%2&apos;: doppelte ID</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation>%1: Die Datei ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the packed catalog is of another format</source>
        <translation>der gepackte Katalog hat ein anderes Format</translation>
    </message>
    <message>
        <source>the packed catalog is damaged</source>
        <translation>der gepackte Katalog ist beschädigt</translation>
    </message>
    <message>
        <source>the embedded catalog is missing</source>
        <translation>der eingebettete Katalog fehlt</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device or pipe cannot be a catalog)</source>
        <translation>%1: keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe kann kein Katalog sein)</translation>
    </message>
</context>
<context>
    <name>CatalogFetcher</name>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation>der Name des Servers wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection before the end</source>
        <translation>der Server hat die Verbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>bei der Verbindung wurde das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation>der Proxy ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation>der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the transfer stalled: nothing arrived for %n second(s)</source>
        <translation>
            <numerusform>die Übertragung ist ins Stocken geraten: %n Sekunde lang kam nichts an</numerusform>
            <numerusform>die Übertragung ist ins Stocken geraten: %n Sekunden lang kam nichts an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the transfer took longer than %n second(s)</source>
        <translation>
            <numerusform>die Übertragung dauerte länger als %n Sekunde</numerusform>
            <numerusform>die Übertragung dauerte länger als %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation>das Zertifikat des Servers wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB, over the %2 MB limit</source>
        <translation>die Datei ist %1 MB groß und überschreitet die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>more than %1 MB arrived, over the limit</source>
        <translation>es kamen mehr als %1 MB an; das überschreitet die Grenze</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an object with &apos;label&apos; and &apos;url&apos;</source>
        <translation>muss ein Objekt mit &apos;label&apos; und &apos;url&apos; sein</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: only https and mailto links are allowed</source>
        <translation>Link &apos;%1&apos; wird abgelehnt: Nur https- und mailto-Links sind erlaubt</translation>
    </message>
    <message>
        <source>must be an array of links</source>
        <translation>muss ein Array von Links sein</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object with &apos;name&apos;, &apos;method&apos; and &apos;path&apos;</source>
        <translation>muss ein Objekt mit &apos;name&apos;, &apos;method&apos; und &apos;path&apos; sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must hold 2 to 5 steps, not %1</source>
        <translation>muss 2 bis 5 Schritte enthalten, nicht %1</translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; and optional &apos;links&apos;</source>
        <translation>muss ein Objekt mit &apos;text&apos; und optional &apos;links&apos; sein</translation>
    </message>
    <message>
        <source>uses {%1}, which the template does not declare</source>
        <translation>verwendet {%1}, das die Vorlage nicht deklariert</translation>
    </message>
    <message>
        <source>must have the form &apos;%1.&lt;slug&gt;&apos; in lower case</source>
        <translation>muss die Form &apos;%1.&lt;slug&gt;&apos; in Kleinbuchstaben haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a canonical status name</source>
        <translation>&apos;%1&apos; ist kein kanonischer Statusname</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 does not go with status %2</source>
        <translation>%1 passt nicht zum Status %2</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the top level must be an object with &apos;api&apos; and &apos;entries&apos;</source>
        <translation>die oberste Ebene muss ein Objekt mit &apos;api&apos; und &apos;entries&apos; sein</translation>
    </message>
    <message>
        <source>must be a lower-case slug such as &apos;connect-domain&apos;</source>
        <translation>muss ein Slug in Kleinbuchstaben sein, etwa &apos;connect-domain&apos;</translation>
    </message>
    <message>
        <source>must be an array of URLs</source>
        <translation>muss ein Array von URLs sein</translation>
    </message>
    <message>
        <source>must be an array of https URLs</source>
        <translation>muss ein Array von https-URLs sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>doppelte ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an array of %1 strings, one per step</source>
        <translation>muss ein Array von %1 Zeichenketten sein, eine je Schritt</translation>
    </message>
    <message>
        <source>must map each English link label to its translation</source>
        <translation>muss jeder englischen Linkbeschriftung ihre Übersetzung zuordnen</translation>
    </message>
    <message>
        <source>the entry has no link labelled &apos;%1&apos;</source>
        <translation>der Eintrag hat keinen Link mit der Beschriftung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation>muss ein Objekt mit Sprachcodes als Schlüsseln sein</translation>
    </message>
    <message>
        <source>is not a language code such as &apos;de&apos; or &apos;es&apos;</source>
        <translation>ist kein Sprachcode wie &apos;de&apos; oder &apos;es&apos;</translation>
    </message>
    <message>
        <source>lists the link &apos;%1&apos; twice</source>
        <translation>führt den Link &apos;%1&apos; zweimal auf</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: an https link must not hold a user name or password (it hides the host the link opens)</source>
        <translation>Link &apos;%1&apos; wird abgelehnt: Ein https-Link darf keinen Benutzernamen und kein Passwort enthalten (sie verbergen den Host, den der Link öffnet)</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: a mailto link may set only subject, body and cc, not &apos;%2&apos;</source>
        <translation>Link &apos;%1&apos; wird abgelehnt: Ein mailto-Link darf nur subject, body und cc setzen, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist nicht %2</translation>
    </message>
    <message>
        <source>must be an object with &apos;nameserverSuffixes&apos;, &apos;addresses&apos; and &apos;cnameTargets&apos;</source>
        <translation>muss ein Objekt mit &apos;nameserverSuffixes&apos;, &apos;addresses&apos; und &apos;cnameTargets&apos; sein</translation>
    </message>
    <message>
        <source>a host name</source>
        <translation>ein Hostname</translation>
    </message>
    <message>
        <source>an IPv4 or IPv6 address</source>
        <translation>eine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>must be an array of domain-check findings</source>
        <translation>muss ein Array von Befunden der Domainprüfung sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain-check finding (one of: %2)</source>
        <translation>„%1“ ist kein Befund der Domainprüfung (einer von: %2)</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation>%1, Code %2</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Search codes, messages, troubleshooting and steps (Ctrl+K)</source>
        <translation>Codes, Meldungen, Fehlerbehebung und Schritte durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Error catalog</source>
        <translation>Fehlerkatalog</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalog</source>
        <translation>
            <numerusform>%n Eintrag im Katalog</numerusform>
            <numerusform>%n Einträge im Katalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries match</source>
        <translation>
            <numerusform>%1 von %2 Einträgen passt</numerusform>
            <numerusform>%1 von %2 Einträgen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation>Kein Eintrag passt</translation>
    </message>
    <message>
        <source>No code, message, troubleshooting text or step holds all of: %1</source>
        <translation>Kein Code, keine Meldung, kein Fehlerbehebungstext und kein Schritt enthält alles von: %1</translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <source>the server answered &quot;not modified&quot; but there is no saved copy</source>
        <translation>der Server antwortete „nicht geändert“, aber es gibt keine gespeicherte Kopie</translation>
    </message>
    <message>
        <source>the file is not a valid catalog: %1</source>
        <translation>die Datei ist kein gültiger Katalog: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: updated (%n entries)</source>
        <translation>
            <numerusform>%1: aktualisiert (%n Eintrag)</numerusform>
            <numerusform>%1: aktualisiert (%n Einträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: unchanged (%n entries)</source>
        <translation>
            <numerusform>%1: unverändert (%n Eintrag)</numerusform>
            <numerusform>%1: unverändert (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed: %2; the copy from %3 is kept</source>
        <translation>%1: fehlgeschlagen: %2; die Kopie vom %3 wird beibehalten</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>List the error catalog.</source>
        <translation>Den Fehlerkatalog auflisten.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Look up entries by status: 403, PERMISSION_DENIED, &quot;PERMISSION_DENIED (403)&quot; or &quot;permission denied&quot;.</source>
        <translation>Einträge nach Status nachschlagen: 403, PERMISSION_DENIED, &quot;PERMISSION_DENIED (403)&quot; oder &quot;permission denied&quot;.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Look up entries by error code (case, spaces, _ and - do not matter).</source>
        <translation>Einträge nach Fehlercode nachschlagen (Groß-/Kleinschreibung, Leerzeichen, _ und - spielen keine Rolle).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnose a file (- for standard input): a JSON body, HTTP or curl output, a HAR export or a log.</source>
        <translation>Eine Datei diagnostizieren (- für die Standardeingabe): einen JSON-Body, HTTP- oder curl-Ausgabe, einen HAR-Export oder ein Log.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Show at most N matches per response (ties included).</source>
        <translation>Höchstens N Treffer je Antwort zeigen (gleichrangige eingeschlossen).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Layer a catalog file over the embedded one (repeatable).</source>
        <translation>Eine Katalogdatei über den eingebetteten Katalog legen (wiederholbar).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Open the window, paint it once and quit (for measurements).</source>
        <translation>Das Fenster öffnen, einmal zeichnen und beenden (für Messungen).</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Files to open in the window, one window each.</source>
        <translation>Dateien, die im Fenster geöffnet werden, jede in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation>[Dateien...]</translation>
    </message>
    <message>
        <source>--top takes a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation>--top erwartet eine ganze Zahl ab 0, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid embedded catalog: %1</source>
        <translation>ungültiger eingebetteter Katalog: %1</translation>
    </message>
    <message>
        <source>invalid catalog: %1</source>
        <translation>ungültiger Katalog: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: give an HTTP status such as 403 or a name such as PERMISSION_DENIED</source>
        <translation>unbekannter Status &apos;%1&apos;: Geben Sie einen HTTP-Status wie 403 oder einen Namen wie PERMISSION_DENIED an</translation>
    </message>
    <message>
        <source>Open a window of its own, even if one is already open.</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn schon eines offen ist.</translation>
    </message>
    <message>
        <source>The name the running window answers to (default: one per user).</source>
        <translation>Der Name, auf den das laufende Fenster hört (Vorgabe: einer je Benutzer).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und beenden.</translation>
    </message>
    <message>
        <source>Diagnoses failed Wix Domains API responses offline, against the embedded catalog of documented errors. With none of --list, --match or --status/--code, opens the window.</source>
        <translation>Diagnostiziert fehlgeschlagene Antworten der Wix Domains API offline anhand des eingebetteten Katalogs dokumentierter Fehler. Ohne --list, --match oder --status/--code öffnet es das Fenster.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: give the file to diagnose with --match FILE</source>
        <translation>unerwartetes Argument &apos;%1&apos;: geben Sie die zu diagnostizierende Datei mit --match DATEI an</translation>
    </message>
    <message>
        <source>--%1 is for the window: it does not go with --list, --match or --status/--code</source>
        <translation>--%1 gilt nur für das Fenster und passt nicht zu --list, --match oder --status/--code</translation>
    </message>
    <message>
        <source>Read at most this many MiB of the --match input (default 256); the rest is not read, and the answer says so.</source>
        <translation>Höchstens so viele MiB der --match-Eingabe lesen (Standard 256); der Rest wird nicht gelesen, und die Antwort sagt das.</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>reading standard input until it is closed (Ctrl+D at a terminal)</source>
        <translation>lese die Standardeingabe, bis sie geschlossen wird (Strg+D im Terminal)</translation>
    </message>
    <message>
        <source>waiting for %1 to be written and closed</source>
        <translation>warte, bis %1 geschrieben und geschlossen ist</translation>
    </message>
    <message>
        <source>%1 is a device: reading at most the --max-input limit</source>
        <translation>%1 ist ein Gerät: es wird höchstens bis zur Grenze von --max-input gelesen</translation>
    </message>
    <message>
        <source>--max-input takes a number of MiB from 1 to %1, not &apos;%2&apos;</source>
        <translation>--max-input erwartet eine Zahl von MiB zwischen 1 und %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--json, --top and --max-input go with --list, --match FILE or --status/--code</source>
        <translation>--json, --top und --max-input gehören zu --list, --match DATEI oder --status/--code</translation>
    </message>
    <message>
        <source>Subscribe to the catalog file at URL (https) and bring it up to date.</source>
        <translation>Die Katalogdatei unter URL (https) abonnieren und auf den neuesten Stand bringen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Check a domain&apos;s live DNS: nameservers, addresses and www record, and whether they point at Wix.</source>
        <translation>Das Live-DNS einer Domain prüfen: Nameserver, Adressen und www-Eintrag sowie ob sie auf Wix zeigen.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>choose one of --list, --match FILE, --status/--code, --update-catalog URL or --check-dns DOMAIN</source>
        <translation>wählen Sie eine der Optionen --list, --match DATEI, --status/--code, --update-catalog URL oder --check-dns DOMAIN</translation>
    </message>
    <message>
        <source>--dns-server takes an IP address, not &apos;%1&apos;</source>
        <translation>--dns-server erwartet eine IP-Adresse, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Print, for each response (or looked-up entry), the reply the window copies, as text (the default) or markdown.</source>
        <translation>Für jede Antwort (oder jeden nachgeschlagenen Eintrag) die Rückmeldung ausgeben, die das Fenster kopiert, als text (Standard) oder markdown.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write the --reply in this language: en, de or es (default: the interface&apos;s).</source>
        <translation>Die --reply in dieser Sprache schreiben: en, de oder es (Standard: die der Oberfläche).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>--reply and --reply-language go with --match FILE or --status/--code</source>
        <translation>--reply und --reply-language gehören zu --match DATEI oder --status/--code</translation>
    </message>
    <message>
        <source>--reply prints the reply as text or markdown: it does not go with --json</source>
        <translation>--reply gibt die Rückmeldung als text oder markdown aus: nicht zusammen mit --json</translation>
    </message>
    <message>
        <source>--reply takes text or markdown, not &apos;%1&apos;</source>
        <translation>--reply nimmt text oder markdown, nicht „%1“</translation>
    </message>
    <message>
        <source>--reply-language goes with --reply</source>
        <translation>--reply-language gehört zu --reply</translation>
    </message>
    <message>
        <source>--reply-language takes one of %1, not &apos;%2&apos;</source>
        <translation>--reply-language nimmt eine von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>response %1: no documented error fits it, so there is no reply</source>
        <translation>Antwort %1: kein dokumentierter Fehler passt, daher keine Rückmeldung</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system&apos;s (repeatable with --check-domain).</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) statt des DNS-Servers des Systems abfragen (mit --check-domain wiederholbar).</translation>
    </message>
    <message>
        <source>Check a domain&apos;s registration (RDAP, at its registry) and its live DNS.</source>
        <translation>Die Registrierung einer Domain (RDAP, bei ihrer Registry) und ihr aktuelles DNS prüfen.</translation>
    </message>
    <message>
        <source>The RDAP bootstrap file (RFC 9224) to use instead of the embedded one: an https URL or a file.</source>
        <translation>Die RDAP-Bootstrap-Datei (RFC 9224), die statt der eingebetteten verwendet wird: eine https-URL oder eine Datei.</translation>
    </message>
    <message>
        <source>URL|file</source>
        <translation>URL|Datei</translation>
    </message>
    <message>
        <source>--dns-server goes with --check-dns or --check-domain</source>
        <translation>--dns-server gehört zu --check-dns oder --check-domain</translation>
    </message>
    <message>
        <source>--rdap-bootstrap goes with --check-domain</source>
        <translation>--rdap-bootstrap gehört zu --check-domain</translation>
    </message>
    <message>
        <source>Print the report of --match or --status/--code as text (the default), markdown, html or json (as --json): markdown and html as the window&apos;s Save diagnosis writes them.</source>
        <translation>Den Bericht von --match oder --status/--code als text (Standard), markdown, html oder json (wie --json) ausgeben: markdown und html so, wie „Diagnose speichern“ im Fenster sie schreibt.</translation>
    </message>
    <message>
        <source>--format goes with --match FILE or --status/--code</source>
        <translation>--format gehört zu --match DATEI oder --status/--code</translation>
    </message>
    <message>
        <source>--reply prints the reply: it does not go with --format</source>
        <translation>--reply gibt die Antwort aus: es passt nicht zu --format</translation>
    </message>
    <message>
        <source>--format takes text, markdown, html or json, not &apos;%1&apos;</source>
        <translation>--format nimmt text, markdown, html oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--json and --format %1 ask for two formats</source>
        <translation>--json und --format %1 verlangen zwei Formate</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>The registry and DNS agree on Wix&apos;s nameservers (%1): the delegation is in place.</source>
        <translation>Registry und DNS stimmen bei den Nameservern von Wix überein (%1): die Delegation ist eingerichtet.</translation>
    </message>
    <message>
        <source>The registrar still lists nameservers that are not Wix&apos;s (%1), and DNS answers with them: a NAMESERVERS connection waits for the registrar.</source>
        <translation>Der Registrar führt noch Nameserver, die nicht die von Wix sind (%1), und das DNS antwortet mit ihnen: eine NAMESERVERS-Verbindung wartet auf den Registrar.</translation>
    </message>
    <message>
        <source>Wix&apos;s nameservers are set at the registry (%1), but %2 still answers %3: the old answer may be served until %4 (its TTL).</source>
        <translation>Bei der Registry sind die Nameserver von Wix eingetragen (%1), aber %2 antwortet noch %3: die alte Antwort kann bis %4 ausgeliefert werden (ihre TTL).</translation>
    </message>
    <message>
        <source>The nameservers disagree: the registry lists %1, %2 answers %3.</source>
        <translation>Die Nameserver stimmen nicht überein: die Registry führt %1, %2 antwortet %3.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the delegation is signed (DNSSEC). Remove the DS records at the registrar first, or the domain goes dark for validating resolvers.</source>
        <translation>Vor dem Wechsel zu den Nameservern von Wix: die Delegation ist signiert (DNSSEC). Entfernen Sie zuerst die DS-Einträge beim Registrar, sonst ist die Domain für validierende Resolver nicht mehr erreichbar.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has MX records (%1) that will not exist at Wix; mail stops until they are added there.</source>
        <translation>Vor dem Wechsel zu den Nameservern von Wix: das aktuelle DNS hat MX-Einträge (%1), die es bei Wix nicht geben wird; E-Mail kommt nicht mehr an, bis sie dort angelegt sind.</translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has TXT records (%1) that will not exist at Wix (SPF, site verifications); add them there.</source>
        <translation>Vor dem Wechsel zu den Nameservern von Wix: das aktuelle DNS hat TXT-Einträge (%1), die es bei Wix nicht geben wird (SPF, Website-Verifizierungen); legen Sie sie dort an.</translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <source>Paste a response, drop a file, or press Ctrl+V anywhere</source>
        <translation>Antwort einfügen, Datei ablegen oder überall Strg+V drücken</translation>
    </message>
    <message>
        <source>Response to diagnose</source>
        <translation>Zu diagnostizierende Antwort</translation>
    </message>
    <message>
        <source>A JSON error body, curl -v or curl -i output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;.</source>
        <translation>Ein JSON-Fehlertext, die Ausgabe von curl -v oder curl -i, eine rohe HTTP-Antwort, ein HAR-Export, Logzeilen oder einfach &quot;403 DOMAINS_GUID_NOT_FOUND&quot;.</translation>
    </message>
    <message>
        <source>Diagnosis in progress</source>
        <translation>Diagnose läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Was gelesen wurde</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The clipboard holds no text to diagnose.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Diagnostizieren.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation>%1 kann nicht geöffnet werden: Es ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>%1 (%2) is diagnosed in full, but it is too large to show here. Type or paste to replace it.</source>
        <translation>%1 (%2) wird vollständig diagnostiziert, ist aber zu groß, um hier angezeigt zu werden. Tippen oder einfügen, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was read</source>
        <translation>Nichts wurde gelesen</translation>
    </message>
    <message>
        <source>Diagnosis cancelled: the results cover only what was read before.</source>
        <translation>Diagnose abgebrochen: Die Ergebnisse umfassen nur, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>No failed API response found</source>
        <translation>Keine fehlgeschlagene API-Antwort gefunden</translation>
    </message>
    <message>
        <source>Nothing in this text looks like an error: no HTTP status of 400 or more, no error code, no documented message. A successful response, or prose, gives no result.</source>
        <translation>Nichts in diesem Text sieht nach einem Fehler aus: kein HTTP-Status ab 400, kein Fehlercode, keine dokumentierte Meldung. Eine erfolgreiche Antwort oder Fließtext ergibt kein Ergebnis.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n Fehlerantwort</numerusform>
            <numerusform>%n Fehlerantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n Geheimnis entfernt</numerusform>
            <numerusform>%n Geheimnisse entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to diagnose yet.</source>
        <translation>Noch nichts zu diagnostizieren.</translation>
    </message>
    <message>
        <source>Paste a failed response</source>
        <translation>Fehlgeschlagene Antwort einfügen</translation>
    </message>
    <message>
        <source>Paste what the customer sent: a JSON error body, curl -v output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;. Secrets such as Authorization headers are removed before anything is shown. Press &quot;Try an example&quot; to see how it works.</source>
        <translation>Fügen Sie ein, was der Kunde geschickt hat: einen JSON-Fehlertext, die Ausgabe von curl -v, eine rohe HTTP-Antwort, einen HAR-Export, Logzeilen oder einfach &quot;403 DOMAINS_GUID_NOT_FOUND&quot;. Geheimnisse wie Authorization-Header werden entfernt, bevor etwas angezeigt wird. Klicken Sie auf &quot;Beispiel ausprobieren&quot;, um zu sehen, wie es funktioniert.</translation>
    </message>
    <message>
        <source>Try an e&amp;xample</source>
        <translation>Bei&amp;spiel ausprobieren</translation>
    </message>
    <message>
        <source>Load an example curl -v response and diagnose it</source>
        <translation>Eine Beispielantwort von curl -v laden und diagnostizieren</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Wird diagnostiziert…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation>Ergebnisse filtern</translation>
    </message>
    <message>
        <source>Show only the results that contain every word typed: a code, a domain, a path, a request ID (Ctrl+F from the results)</source>
        <translation>Nur die Ergebnisse zeigen, die jedes getippte Wort enthalten: einen Code, eine Domain, einen Pfad, eine Anfrage-ID (Strg+F in den Ergebnissen)</translation>
    </message>
    <message>
        <source>No result contains “%1”.</source>
        <translation>Kein Ergebnis enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n response(s)</source>
        <translation>
            <numerusform>%1 von %n Antwort</numerusform>
            <numerusform>%1 von %n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n unterschiedlicher Fehler</numerusform>
            <numerusform>%n unterschiedliche Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>%1 is not text: it is not shown here.</source>
        <translation>%1 ist kein Text: die Datei wird hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>The answer for this input appears here once it has been read.</source>
        <translation>Die Antwort zu dieser Eingabe erscheint hier, sobald sie gelesen ist.</translation>
    </message>
    <message>
        <source>Diagnosis cancelled</source>
        <translation>Diagnose abgebrochen</translation>
    </message>
    <message>
        <source>No failed response was found before the diagnosis was cancelled.</source>
        <translation>Bis zum Abbruch der Diagnose wurde keine fehlgeschlagene Antwort gefunden.</translation>
    </message>
    <message>
        <source>Not a response: binary data</source>
        <translation>Keine Antwort: Binärdaten</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>This input has no timeline: it holds fewer than two Wix calls and follows no documented flow.</source>
        <translation>Diese Eingabe hat keine Zeitleiste: Sie enthält weniger als zwei Wix-Aufrufe und folgt keinem dokumentierten Ablauf.</translation>
    </message>
    <message>
        <source>The input is a file too large to show in the editor: this call is %1 of it.</source>
        <translation>Die Eingabe ist eine Datei, die zu groß für den Editor ist: Dieser Aufruf ist %1 davon.</translation>
    </message>
    <message>
        <source>This call is no longer in the input: the text changed since it was read.</source>
        <translation>Dieser Aufruf ist nicht mehr in der Eingabe: Der Text hat sich seit dem Lesen geändert.</translation>
    </message>
    <message>
        <source>Selected %1 in the input.</source>
        <translation>%1 in der Eingabe markiert.</translation>
    </message>
</context>
<context>
    <name>DiagnosisFile</name>
    <message>
        <source>request ID %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation>Kein dokumentierter Fehler passt</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n Fehlerantwort</numerusform>
            <numerusform>%n Fehlerantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n unterschiedlicher Fehler</numerusform>
            <numerusform>%n unterschiedliche Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n Geheimnis entfernt</numerusform>
            <numerusform>%n Geheimnisse entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation>Katalog %1</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n times</source>
        <translation>
            <numerusform>%n-mal gesehen</numerusform>
            <numerusform>%n-mal gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>Other candidates:</source>
        <translation>Weitere Kandidaten:</translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation>Diese Antwort ist fehlgeschlagen, aber nichts im Katalog passt zu dem, was sie sagt.</translation>
    </message>
    <message>
        <source>The input (%1) is too large to be included here.</source>
        <translation>Die Eingabe (%1) ist zu groß, um hier aufgenommen zu werden.</translation>
    </message>
    <message>
        <source>Input, secrets removed</source>
        <translation>Eingabe, ohne Geheimnisse</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON, as the command line writes it (*.json)</source>
        <translation>JSON, wie es die Befehlszeile schreibt (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Text, as the command line prints it (*.txt)</source>
        <translation>Text, wie ihn die Befehlszeile ausgibt (*.txt)</translation>
    </message>
</context>
<context>
    <name>DnsCheckPanel</name>
    <message>
        <source>Add to the repl&amp;y</source>
        <translation>Zur Antwort hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Ask the registry and DNS now about %1: its registration, nameservers, addresses and www record</source>
        <translation>Jetzt die Registry und DNS nach %1 fragen: Registrierung, Nameserver, Adressen und www-Eintrag</translation>
    </message>
    <message>
        <source>Domain check: registration, delegation, propagation, warnings and records</source>
        <translation>Domainprüfung: Registrierung, Delegierung, Verbreitung, Warnungen und Einträge</translation>
    </message>
    <message>
        <source>Include the verdict, the sections and the records in the copied reply</source>
        <translation>Urteil, Abschnitte und Einträge in die kopierte Antwort übernehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the domain check</source>
        <translation>Domainprüfung schließen</translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation>Domain prüfen</translation>
    </message>
    <message>
        <source>Checking %1 at the registry and in DNS…</source>
        <translation>%1 wird bei der Registry und im DNS geprüft…</translation>
    </message>
    <message>
        <source>Expected records</source>
        <translation>Erwartete Einträge</translation>
    </message>
    <message>
        <source>Expected records (%1)</source>
        <translation>Erwartete Einträge (%1)</translation>
    </message>
    <message>
        <source>%1 checked in %2 ms.</source>
        <translation>%1 in %2 ms geprüft.</translation>
    </message>
</context>
<context>
    <name>DnsChecker</name>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>&apos;%1&apos; ist kein Domainname</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsReport</name>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>no records of this type</source>
        <translation>keine Einträge dieses Typs</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation>der DNS-Server konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation>der DNS-Server hat die Antwort verweigert (REFUSED)</translation>
    </message>
    <message>
        <source>no answer in time (timed out)</source>
        <translation>keine rechtzeitige Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the DNS server %1</source>
        <translation>der DNS-Server %1</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>the system&apos;s resolver (%1)</source>
        <translation>der Resolver des Systems (%1)</translation>
    </message>
</context>
<context>
    <name>DnsVerdict</name>
    <message>
        <source>NAMESERVERS fits when the owner can change the domain&apos;s nameservers at the registrar: to Wix&apos;s (under %1).</source>
        <translation>NAMESERVERS passt, wenn der Inhaber die Nameserver der Domain beim Registrar ändern kann: auf die von Wix (unter %1).</translation>
    </message>
    <message>
        <source>POINTING fits when the DNS stays where it is: %1 A record to %2, and www CNAME to %3.</source>
        <translation>POINTING passt, wenn das DNS bleibt, wo es ist: A-Eintrag von %1 auf %2 und www-CNAME auf %3.</translation>
    </message>
    <message>
        <source> (of the parent zone %1)</source>
        <translation> (der übergeordneten Zone %1)</translation>
    </message>
    <message>
        <source>Nameservers%1: %2.</source>
        <translation>Nameserver%1: %2.</translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation>Adressen: %1.</translation>
    </message>
    <message>
        <source>www CNAME: %1.</source>
        <translation>www-CNAME: %1.</translation>
    </message>
    <message>
        <source>The nameservers of %1 are already Wix&apos;s: a NAMESERVERS connection is in place.</source>
        <translation>Die Nameserver von %1 sind bereits die von Wix: Eine NAMESERVERS-Verbindung ist eingerichtet.</translation>
    </message>
    <message>
        <source>%1 already points at Wix (%2): a POINTING connection is in place.</source>
        <translation>%1 zeigt bereits auf Wix (%2): Eine POINTING-Verbindung ist eingerichtet.</translation>
    </message>
    <message>
        <source>the www CNAME</source>
        <translation>der www-CNAME</translation>
    </message>
    <message>
        <source>the A record and the www CNAME</source>
        <translation>der A-Eintrag und der www-CNAME</translation>
    </message>
    <message>
        <source>the A record</source>
        <translation>der A-Eintrag</translation>
    </message>
    <message>
        <source>It also has other addresses (%1): remove them, or visitors reach two different servers.</source>
        <translation>Sie hat außerdem weitere Adressen (%1): Entfernen Sie diese, sonst erreichen Besucher zwei verschiedene Server.</translation>
    </message>
    <message>
        <source>%1 does not point at Wix yet: its records are another host&apos;s.</source>
        <translation>%1 zeigt noch nicht auf Wix: Die Einträge gehören zu einem anderen Host.</translation>
    </message>
    <message>
        <source>Only some of the nameservers are Wix&apos;s (%1): all of them must be.</source>
        <translation>Nur ein Teil der Nameserver gehört zu Wix (%1): Es müssen alle sein.</translation>
    </message>
    <message>
        <source>%1 exists but the DNS server gave no NS, A, AAAA or www CNAME records for it.</source>
        <translation>%1 existiert, aber der DNS-Server lieferte dafür keine NS-, A-, AAAA- oder www-CNAME-Einträge.</translation>
    </message>
    <message>
        <source>No verdict: %1.</source>
        <translation>Kein Befund: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN): nobody has registered it, or it is misspelt.</source>
        <translation>%1 existiert nicht im DNS (NXDOMAIN): Niemand hat die Domain registriert, oder sie ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>This supports the error: the name does not exist, so it is available for purchase and must be bought before it can be connected.</source>
        <translation>Das bestätigt den Fehler: Der Name existiert nicht, ist also zum Kauf verfügbar und muss gekauft werden, bevor er verbunden werden kann.</translation>
    </message>
    <message>
        <source>This does not support the error: the name exists in DNS, so it has been registered. Check the spelling and the TLD sent in the request.</source>
        <translation>Das bestätigt den Fehler nicht: Der Name existiert im DNS, wurde also registriert. Prüfen Sie die Schreibweise und die in der Anfrage gesendete TLD.</translation>
    </message>
    <message>
        <source>The request asked for %1, which is what DNS shows in place.</source>
        <translation>Die Anfrage verlangte %1, und genau das ist laut DNS eingerichtet.</translation>
    </message>
    <message>
        <source>The request asked for %1, but DNS shows %2 in place: the connection type differs.</source>
        <translation>Die Anfrage verlangte %1, laut DNS ist aber %2 eingerichtet: Der Verbindungstyp weicht ab.</translation>
    </message>
    <message>
        <source>DNS shows a %1 connection to Wix in place for this domain.</source>
        <translation>Laut DNS ist für diese Domain eine %1-Verbindung zu Wix eingerichtet.</translation>
    </message>
    <message>
        <source>The domain must be registered before it can be connected: check its spelling.</source>
        <translation>Die Domain muss registriert sein, bevor sie verbunden werden kann: Prüfen Sie ihre Schreibweise.</translation>
    </message>
    <message>
        <source>The request asked for %1; DNS does not show it in place yet.</source>
        <translation>Die Anfrage verlangte %1; laut DNS ist das noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Live DNS check of %1:</source>
        <translation>Live-DNS-Prüfung von %1:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>no usable reply: an empty one, or none at all</source>
        <translation>keine brauchbare Antwort: eine leere oder gar keine</translation>
    </message>
    <message>
        <source>it answered NXDOMAIN, as a broken or filtering resolver does</source>
        <translation>er antwortete NXDOMAIN, wie es ein defekter oder filternder Resolver tut</translation>
    </message>
    <message>
        <source>%1 cannot resolve %2 NS, a name every working resolver resolves (%3)</source>
        <translation>%1 kann %2 NS nicht auflösen, einen Namen, den jeder funktionierende Resolver auflöst (%3)</translation>
    </message>
    <message>
        <source>%1 gave no answer for %2 %3 (%4)</source>
        <translation>%1 gab keine Antwort auf %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Nothing can be said about %1 until a working DNS server answers; try again, or ask another server.</source>
        <translation>Über %1 lässt sich nichts sagen, solange kein funktionierender DNS-Server antwortet; versuchen Sie es erneut, oder fragen Sie einen anderen Server.</translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms.</source>
        <translation>Gefragt: %1; die Prüfung dauerte %2 ms.</translation>
    </message>
</context>
<context>
    <name>DomainExplanation</name>
    <message>
        <source>the domain is registered at %1 since %2</source>
        <translation>Die Domain ist seit %2 bei %1 registriert</translation>
    </message>
    <message>
        <source>the domain is registered at %1</source>
        <translation>Die Domain ist bei %1 registriert</translation>
    </message>
    <message>
        <source>the registry holds the domain: it is registered</source>
        <translation>Die Registry führt die Domain: Sie ist registriert</translation>
    </message>
    <message>
        <source>the registry answered that it has no such domain: it is not registered</source>
        <translation>Die Registry hat geantwortet, dass es diese Domain nicht gibt: Sie ist nicht registriert</translation>
    </message>
    <message>
        <source>the domain expired on %1</source>
        <translation>Die Domain ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the registry shows the domain %1</source>
        <translation>Die Registry zeigt die Domain als: %1</translation>
    </message>
    <message>
        <source>This explains %1: %2.</source>
        <translation>Das erklärt %1: %2.</translation>
    </message>
</context>
<context>
    <name>DomainSection</name>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <source>Not known: it needs the registry&apos;s answer and a DNS server that can be trusted.</source>
        <translation>Unbekannt: Dafür braucht es die Antwort der Registry und einen vertrauenswürdigen DNS-Server.</translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation>Verbreitung</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>ExpectedRecords</name>
    <message>
        <source>%1: in place (%2 answers it).</source>
        <translation>%1: vorhanden (%2 liefert ihn).</translation>
    </message>
    <message>
        <source>%1: missing (%2 answers no such record).</source>
        <translation>%1: fehlt (%2 liefert keinen solchen Eintrag).</translation>
    </message>
    <message>
        <source>%1: missing (%2 answers %3).</source>
        <translation>%1: fehlt (%2 liefert %3).</translation>
    </message>
    <message>
        <source>%1: not known (%2 gave no answer for it).</source>
        <translation>%1: unbekannt (%2 gab dafür keine Antwort).</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of more than %2 matches</source>
        <translation>%1 von mehr als %2 Treffern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 von %n Treffer</numerusform>
            <numerusform>%1 von %n Treffern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowAnalysis</name>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>außer der Reihe</translation>
    </message>
    <message>
        <source>repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>still polling</source>
        <translation>fragt noch ab</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfassbar</translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>the flow</source>
        <translation>der Ablauf</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>muss Objekte enthalten</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wird zweimal verwendet</translation>
    </message>
</context>
<context>
    <name>FlowJudge</name>
    <message>
        <source>%1 failed with %2: the flow&apos;s step %3, “%4”, comes before it and is not in this input; the error says it was not done.</source>
        <translation>%1 ist mit %2 fehlgeschlagen: Schritt %3 des Ablaufs, „%4“, kommt davor und ist nicht in dieser Eingabe; der Fehler sagt, dass er nicht erledigt wurde.</translation>
    </message>
    <message>
        <source>%1 was called for a domain whose %2 is %3, which it does not serve.</source>
        <translation>%1 wurde für eine Domain aufgerufen, deren %2 %3 ist; solche Domains bedient es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was called %n time(s)%2 and still says %3 %4: it can take up to %5 hours.</source>
        <translation>
            <numerusform>%1 wurde %n Mal%2 aufgerufen und meldet noch %3 %4: das kann bis zu %5 Stunden dauern.</numerusform>
            <numerusform>%1 wurde %n Mal%2 aufgerufen und meldet noch %3 %4: das kann bis zu %5 Stunden dauern.</numerusform>
        </translation>
    </message>
    <message>
        <source> over %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>%1 (step %2) failed with HTTP %3%4.</source>
        <translation>%1 (Schritt %2) ist mit HTTP %3%4 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 (step %2) was called before %3 (step %4), which the flow puts ahead of it.</source>
        <translation>%1 (Schritt %2) wurde vor %3 (Schritt %4) aufgerufen, den der Ablauf davor vorsieht.</translation>
    </message>
    <message>
        <source>%1 (step %2) is not in this input, though later steps are.</source>
        <translation>%1 (Schritt %2) ist nicht in dieser Eingabe, spätere Schritte aber schon.</translation>
    </message>
    <message>
        <source>%1 is still waiting for its result.</source>
        <translation>%1 wartet noch auf sein Ergebnis.</translation>
    </message>
    <message>
        <source>The calls stop before %1 (step %2).</source>
        <translation>Die Aufrufe enden vor %1 (Schritt %2).</translation>
    </message>
    <message>
        <source>Every step of the flow that an input can show is done.</source>
        <translation>Jeder Schritt des Ablaufs, den eine Eingabe zeigen kann, ist erledigt.</translation>
    </message>
</context>
<context>
    <name>FlowReader</name>
    <message>
        <source>flow &apos;%1&apos;, %2: field &apos;%3&apos; %4</source>
        <translation>Ablauf &apos;%1&apos;, %2: Feld &apos;%3&apos; %4</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation>muss eine https-URL sein</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation>muss Objekte enthalten</translation>
    </message>
    <message>
        <source>must be &quot;request&quot; or &quot;response&quot;</source>
        <translation>muss &quot;request&quot; oder &quot;response&quot; sein</translation>
    </message>
    <message>
        <source>must hold member paths such as &quot;a.b&quot;</source>
        <translation>muss Mitgliedspfade wie &quot;a.b&quot; enthalten</translation>
    </message>
    <message>
        <source>must list at least one path</source>
        <translation>muss mindestens einen Pfad nennen</translation>
    </message>
    <message>
        <source>must start with / and come with a method</source>
        <translation>muss mit / beginnen und eine Methode haben</translation>
    </message>
    <message>
        <source>is not a known rule kind</source>
        <translation>ist keine bekannte Regelart</translation>
    </message>
    <message>
        <source>names no step</source>
        <translation>nennt keinen Schritt</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>muss mindestens einen Schritt nennen</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation>wird zweimal verwendet</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>HarReader</name>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>HAR %1 has no response object and was skipped.</source>
        <translation>HAR %1 hat kein response-Objekt und wurde übersprungen.</translation>
    </message>
    <message>
        <source>HAR %1: response.status is not a number; skipped.</source>
        <translation>HAR %1: response.status ist keine Zahl; übersprungen.</translation>
    </message>
    <message>
        <source>HAR %1: response.content.text is not a string; body ignored.</source>
        <translation>HAR %1: response.content.text ist keine Zeichenkette; Body ignoriert.</translation>
    </message>
    <message>
        <source>HAR %1 is not valid JSON (%2) and was skipped.</source>
        <translation>HAR %1 ist kein gültiges JSON (%2) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>HAR %1: %2</source>
        <translation>HAR %1: %2</translation>
    </message>
    <message>
        <source>... and %1 more problems in the HAR file.</source>
        <translation>... und %1 weitere Probleme in der HAR-Datei.</translation>
    </message>
    <message>
        <source>The HAR file ends inside entry %1: it may be truncated. The entries before it were read; what there is of entry %1 was read as plain text.</source>
        <translation>Die HAR-Datei endet innerhalb von Eintrag %1: Sie ist womöglich abgeschnitten. Die Einträge davor wurden gelesen; was von Eintrag %1 vorhanden ist, wurde als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The HAR file ends after entry %1, before its list of entries is closed: it may be truncated.</source>
        <translation>Die HAR-Datei endet nach Eintrag %1, bevor ihre Liste der Einträge geschlossen ist: Sie ist womöglich abgeschnitten.</translation>
    </message>
    <message>
        <source>The HAR file ends before it is closed: it may be truncated. All its %1 entries were read.</source>
        <translation>Die HAR-Datei endet, bevor sie geschlossen ist: Sie ist womöglich abgeschnitten. Alle ihre %1 Einträge wurden gelesen.</translation>
    </message>
    <message>
        <source>HAR %1 holds a text longer than %2: only its first %2 were read, the rest was skipped.</source>
        <translation>HAR %1 enthält einen Text, der länger als %2 ist: Nur die ersten %2 wurden gelesen, der Rest wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search history (codes, domains, messages)</source>
        <translation>Verlauf durchsuchen (Codes, Domains, Meldungen)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Recent diagnoses</source>
        <translation>Letzte Diagnosen</translation>
    </message>
    <message>
        <source>No diagnoses yet. Each paste you diagnose is kept here, with secrets removed.</source>
        <translation>Noch keine Diagnosen. Jede eingefügte und diagnostizierte Eingabe wird hier aufbewahrt, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation>Verlauf &amp;leeren…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>Der Verlauf konnte nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n diagnoses from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Die %n Diagnose aus dem Verlauf entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alle %n Diagnosen aus dem Verlauf entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%1  (%n times)</source>
        <translation>
            <numerusform>%1  (%n-mal)</numerusform>
            <numerusform>%1  (%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>no list of items</source>
        <translation>keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2) and could not be moved aside either; history is not saved this session.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht gelesen (%2) und auch nicht beiseitegelegt werden; der Verlauf wird in dieser Sitzung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was kept as %2 and a new history was started.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden (%1). Sie wurde als %2 aufbewahrt, und ein neuer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <source>not kept in history: the input is larger than %1 KiB</source>
        <translation>nicht im Verlauf aufbewahrt: Die Eingabe ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>the history file is locked by another window</source>
        <translation>die Verlaufsdatei ist von einem anderen Fenster gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type) and could not be kept aside either: %1.</source>
        <translation>
            <numerusform>%n Verlaufseintrag konnte nicht gelesen werden (ein Datum oder ein Wert vom falschen Typ) und auch nicht beiseitegelegt werden: %1.</numerusform>
            <numerusform>%n Verlaufseinträge konnten nicht gelesen werden (ein Datum oder ein Wert vom falschen Typ) und auch nicht beiseitegelegt werden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type); they were kept in %1.</source>
        <translation>
            <numerusform>%n Verlaufseintrag konnte nicht gelesen werden (ein Datum oder ein Wert vom falschen Typ); er wurde in %1 aufbewahrt.</numerusform>
            <numerusform>%n Verlaufseinträge konnten nicht gelesen werden (ein Datum oder ein Wert vom falschen Typ); sie wurden in %1 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the history lock file could not be created</source>
        <translation>die Sperrdatei des Verlaufs konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the history file is still busy</source>
        <translation>die Verlaufsdatei wird noch geschrieben</translation>
    </message>
</context>
<context>
    <name>InputFormat</name>
    <message>
        <source>empty input</source>
        <translation>leere Eingabe</translation>
    </message>
    <message>
        <source>look-up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>HAR export</source>
        <translation>HAR-Export</translation>
    </message>
    <message>
        <source>curl -v output</source>
        <translation>Ausgabe von curl -v</translation>
    </message>
    <message>
        <source>raw HTTP response</source>
        <translation>rohe HTTP-Antwort</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Wix JSON error body</source>
        <translation>Wix-JSON-Fehlertext</translation>
    </message>
    <message>
        <source>Google-style JSON error</source>
        <translation>JSON-Fehler im Google-Stil</translation>
    </message>
    <message>
        <source>problem+json body</source>
        <translation>problem+json-Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>Reading stopped after %1 bytes: %2. What was read before is shown.</source>
        <translation>Das Lesen wurde nach %1 Bytes beendet: %2. Angezeigt wird, was bis dahin gelesen wurde.</translation>
    </message>
    <message>
        <source>Reading was cancelled: only the part read so far is shown.</source>
        <translation>Das Lesen wurde abgebrochen: Nur der bisher gelesene Teil wird angezeigt.</translation>
    </message>
    <message>
        <source>The input is not valid UTF-8: bytes that could not be read were replaced with «�».</source>
        <translation>Die Eingabe ist kein gültiges UTF-8: Nicht lesbare Bytes wurden durch «�» ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) in the input were read as spaces.</source>
        <translation>
            <numerusform>%n NUL-Byte in der Eingabe wurde als Leerzeichen gelesen.</numerusform>
            <numerusform>%n NUL-Bytes in der Eingabe wurden als Leerzeichen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a HAR file, but it is not valid JSON (%1 at character %2): it may be truncated. It was read as plain text instead.</source>
        <translation>Das sieht nach einer HAR-Datei aus, ist aber kein gültiges JSON (%1 bei Zeichen %2): Sie ist womöglich abgeschnitten. Sie wurde stattdessen als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read as a document; it was read as plain text instead.</source>
        <translation>Das JSON ist zu tief verschachtelt, um als Dokument gelesen zu werden; es wurde stattdessen als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>This looks like JSON, but it is not valid (%1 at character %2); it was read as plain text instead.</source>
        <translation>Das sieht nach JSON aus, ist aber nicht gültig (%1 bei Zeichen %2); es wurde stattdessen als reiner Text gelesen.</translation>
    </message>
    <message>
        <source>The input is larger than %1: the first %1 were read (--max-input raises the limit).</source>
        <translation>Die Eingabe ist größer als %1: die ersten %1 wurden gelesen (--max-input hebt die Grenze an).</translation>
    </message>
    <message>
        <source>This is not text but binary data (%1, starting %2): nothing in it was read.</source>
        <translation>Das ist kein Text, sondern Binärdaten (%1, beginnend mit %2): nichts davon wurde gelesen.</translation>
    </message>
    <message>
        <source>The input is empty: there is nothing to diagnose.</source>
        <translation>Die Eingabe ist leer: es gibt nichts zu diagnostizieren.</translation>
    </message>
    <message>
        <source>The input holds only white space (%1): there is nothing to diagnose.</source>
        <translation>Die Eingabe enthält nur Leerraum (%1): es gibt nichts zu diagnostizieren.</translation>
    </message>
    <message>
        <source>Part of the input is not text (binary data such as an image, an archive or random bytes): about %1 of it were not searched for errors or secrets.</source>
        <translation>Ein Teil der Eingabe ist kein Text (Binärdaten wie ein Bild, ein Archiv oder Zufallsbytes): etwa %1 davon wurden nicht nach Fehlern oder Geheimnissen durchsucht.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation>Element %1 von %2</translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Entries that fit</source>
        <translation>Passende Einträge</translation>
    </message>
    <message>
        <source>Any code: type to filter</source>
        <translation>Beliebiger Code: zum Filtern tippen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Choose a status, a code, or both.</source>
        <translation>Wählen Sie einen Status, einen Code oder beides.</translation>
    </message>
    <message>
        <source>Look up a status and a code</source>
        <translation>Status und Code nachschlagen</translation>
    </message>
    <message>
        <source>Pick the HTTP status the customer got and the error code they quote, for example 403 and DOMAINS_GUID_NOT_FOUND. Choosing a status narrows the codes; typing in the code box filters them.</source>
        <translation>Wählen Sie den HTTP-Status, den der Kunde erhalten hat, und den Fehlercode, den er nennt, zum Beispiel 403 und DOMAINS_GUID_NOT_FOUND. Die Wahl eines Status grenzt die Codes ein; Tippen im Codefeld filtert sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) fit</source>
        <translation>
            <numerusform>%n Eintrag passt</numerusform>
            <numerusform>%n Einträge passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fits</source>
        <translation>Nichts passt</translation>
    </message>
    <message>
        <source>No documented error has this status and code. Check the code&apos;s spelling, or choose &quot;Any status&quot;: the same code may be documented under another status.</source>
        <translation>Kein dokumentierter Fehler hat diesen Status und Code. Prüfen Sie die Schreibweise des Codes oder wählen Sie &quot;Beliebiger Status&quot;: Derselbe Code kann unter einem anderen Status dokumentiert sein.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) contain “%1”</source>
        <translation>
            <numerusform>%n Code enthält „%1“</numerusform>
            <numerusform>%n Codes enthalten „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep typing, or pick a code</source>
        <translation>Weitertippen oder einen Code wählen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is part of %n documented code(s). Choose one from the list or type the rest.</source>
        <translation>
            <numerusform>„%1“ ist Teil von %n dokumentierten Code. Wählen Sie ihn aus der Liste oder tippen Sie den Rest.</numerusform>
            <numerusform>„%1“ ist Teil von %n dokumentierten Codes. Wählen Sie einen aus der Liste oder tippen Sie den Rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries share status %1: add a code to narrow them. Current APIs first, then what the history saw most and last.</source>
        <translation>
            <numerusform>%n Eintrag hat den Status %1: geben Sie einen Code an, um einzugrenzen. Aktuelle APIs zuerst, dann was der Verlauf am häufigsten und zuletzt sah.</numerusform>
            <numerusform>%n Einträge teilen den Status %1: geben Sie einen Code an, um sie einzugrenzen. Aktuelle APIs zuerst, dann was der Verlauf am häufigsten und zuletzt sah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation>Domains Troubleshooter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a response, HAR or log file</source>
        <translation>Eine Antwort-, HAR- oder Logdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Paste and diagnose</source>
        <translation>&amp;Einfügen und diagnostizieren</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>C&amp;lear input</source>
        <translation>Eingabe &amp;leeren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>&amp;Antwort kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Anfrage-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Search the catalog</source>
        <translation>Katalog &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Domains Troubleshooter</source>
        <translation>Ü&amp;ber Domains Troubleshooter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Responses, HAR exports and logs (*.json *.har *.txt *.log);;All files (*)</source>
        <translation>Antworten, HAR-Exporte und Logs (*.json *.har *.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 · %n entries</source>
        <translation>
            <numerusform>Katalog %1 · %n Eintrag</numerusform>
            <numerusform>Katalog %1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n catalog file(s) refused</source>
        <translation>
            <numerusform>⚠ %n Katalogdatei abgelehnt</numerusform>
            <numerusform>⚠ %n Katalogdateien abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog files refused</source>
        <translation>Katalogdateien abgelehnt</translation>
    </message>
    <message>
        <source>These catalog files were not loaded; the app runs on the embedded catalog and the files that loaded:

%1</source>
        <translation>Diese Katalogdateien wurden nicht geladen; die App arbeitet mit dem eingebetteten Katalog und den geladenen Dateien:

%1</translation>
    </message>
    <message>
        <source>Not kept in history: the input is larger than %1 KiB.</source>
        <translation>Nicht im Verlauf aufbewahrt: Die Eingabe ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>History not saved: %1</source>
        <translation>Verlauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>About Domains Troubleshooter</source>
        <translation>Über Domains Troubleshooter</translation>
    </message>
    <message numerus="yes">
        <source>Domains Troubleshooter %1

Diagnoses failed Wix Domains API responses offline and says what to do about them.

Catalog %2, %n entries, from:
%3</source>
        <translation>
            <numerusform>Domains Troubleshooter %1

Diagnostiziert fehlgeschlagene Antworten der Wix Domains API offline und sagt, was zu tun ist.

Katalog %2, %n Eintrag, aus:
%3</numerusform>
            <numerusform>Domains Troubleshooter %1

Diagnostiziert fehlgeschlagene Antworten der Wix Domains API offline und sagt, was zu tun ist.

Katalog %2, %n Einträge, aus:
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation>Antwort als reinen &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as plain text</source>
        <translation>Die Antwort für das Ticket als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation>Antwort als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as Markdown</source>
        <translation>Die Antwort für das Ticket als Markdown kopieren</translation>
    </message>
    <message>
        <source>%1 — Domains Troubleshooter</source>
        <translation>%1 — Domains Troubleshooter</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>%n team catalog file(s) refused: press ⚠ for why.</source>
        <translation>
            <numerusform>%n Team-Katalogdatei abgelehnt: Drücken Sie ⚠, um den Grund zu sehen.</numerusform>
            <numerusform>%n Team-Katalogdateien abgelehnt: Drücken Sie ⚠, um die Gründe zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open a response, HAR export or log file and diagnose it</source>
        <translation>Eine Antwort, einen HAR-Export oder eine Logdatei öffnen und diagnostizieren</translation>
    </message>
    <message>
        <source>Search and reopen past diagnoses (kept with secrets removed)</source>
        <translation>Frühere Diagnosen durchsuchen und wieder öffnen (ohne Geheimnisse aufbewahrt)</translation>
    </message>
    <message>
        <source>Team catalogs, reply format, history size and theme</source>
        <translation>Team-Kataloge, Antwortformat, Verlaufsgröße und Design</translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation>Das Fenster schließen und beenden</translation>
    </message>
    <message>
        <source>Replace the input with the clipboard and diagnose it</source>
        <translation>Die Eingabe durch die Zwischenablage ersetzen und diagnostizieren</translation>
    </message>
    <message>
        <source>Empty the input (Ctrl+Z brings it back)</source>
        <translation>Die Eingabe leeren (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>Copy a reply for the ticket in the format chosen in the settings</source>
        <translation>Eine Antwort für das Ticket im eingestellten Format kopieren</translation>
    </message>
    <message>
        <source>Copy the request ID of the response shown, to quote to Wix support</source>
        <translation>Die Anfrage-ID der angezeigten Antwort kopieren, um sie dem Wix-Support zu nennen</translation>
    </message>
    <message>
        <source>Search codes, messages, troubleshooting text and steps in the catalog</source>
        <translation>Codes, Meldungen, Fehlerbehebungstexte und Schritte im Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Paste or open a failed response</source>
        <translation>Eine fehlgeschlagene Antwort einfügen oder öffnen</translation>
    </message>
    <message>
        <source>Look up a status and an error code</source>
        <translation>Einen Status und einen Fehlercode nachschlagen</translation>
    </message>
    <message>
        <source>Browse and search the whole catalog</source>
        <translation>Den ganzen Katalog durchblättern und durchsuchen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Larger text in the input and the answer</source>
        <translation>Größere Schrift in Eingabe und Antwort</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>Smaller text in the input and the answer</source>
        <translation>Kleinere Schrift in Eingabe und Antwort</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Text in the input and the answer at its normal size</source>
        <translation>Schrift in Eingabe und Antwort in normaler Größe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
    <message>
        <source>Version, catalog version and sources</source>
        <translation>Version, Katalogversion und Quellen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error response(s)</source>
        <translation>
            <numerusform>%1: %n Fehlerantwort</numerusform>
            <numerusform>%1: %n Fehlerantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Go to the next match of the text to find</source>
        <translation>Zum nächsten Treffer des gesuchten Texts</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Go to the previous match of the text to find</source>
        <translation>Zum vorherigen Treffer des gesuchten Texts</translation>
    </message>
    <message>
        <source>Find text in the input or in the answer; in the results, filter them</source>
        <translation>Text in der Eingabe oder in der Antwort suchen; in den Ergebnissen: sie filtern</translation>
    </message>
    <message>
        <source>Save &amp;diagnosis…</source>
        <translation>Diagnose &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the diagnosis as Markdown, HTML or JSON, with secrets removed, to attach to a ticket</source>
        <translation>Die Diagnose als Markdown, HTML oder JSON speichern, ohne Geheimnisse, um sie einem Ticket anzuhängen</translation>
    </message>
    <message>
        <source>Nothing to save: diagnose a response first.</source>
        <translation>Nichts zu speichern: Diagnostizieren Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>%1 diagnosis</source>
        <translation>%1 Diagnose</translation>
    </message>
    <message>
        <source>Save the diagnosis</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Diagnosis not saved</source>
        <translation>Diagnose nicht gespeichert</translation>
    </message>
    <message>
        <source>The diagnosis could not be saved to %1: %2

Nothing was written there; a file that was already there is unchanged.</source>
        <translation>Die Diagnose konnte nicht in %1 gespeichert werden: %2

Dort wurde nichts geschrieben; eine bereits vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Diagnosis saved to %1.</source>
        <translation>Diagnose in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Results or &amp;Timeline</source>
        <translation>Ergebnisse oder &amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Switch the Diagnose page between its results and the timeline of every Wix call in the input</source>
        <translation>Die Seite Diagnose zwischen ihren Ergebnissen und der Zeitleiste aller Wix-Aufrufe der Eingabe umschalten</translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the message matches the documented template</source>
        <translation>die Meldung entspricht der dokumentierten Vorlage</translation>
    </message>
    <message>
        <source>the text contains the documented message</source>
        <translation>der Text enthält die dokumentierte Meldung</translation>
    </message>
    <message>
        <source>this error is documented without a message: the code identifies it</source>
        <translation>dieser Fehler ist ohne Meldung dokumentiert: Der Code identifiziert ihn</translation>
    </message>
    <message>
        <source>no message to compare: identified by its code</source>
        <translation>keine Meldung zum Vergleichen: am Code erkannt</translation>
    </message>
    <message>
        <source>the message differs from the documented “%1”</source>
        <translation>die Meldung weicht vom dokumentierten „%1“ ab</translation>
    </message>
    <message>
        <source>code %1 matches</source>
        <translation>Code %1 stimmt überein</translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2</source>
        <translation>Code %1 weicht vom dokumentierten %2 ab</translation>
    </message>
    <message>
        <source>HTTP status %1 matches</source>
        <translation>HTTP-Status %1 stimmt überein</translation>
    </message>
    <message>
        <source>HTTP status %1 differs from the documented %2 %3</source>
        <translation>HTTP-Status %1 weicht vom dokumentierten %2 %3 ab</translation>
    </message>
    <message>
        <source>the URL names the %1 endpoint</source>
        <translation>die URL nennt den Endpunkt %1</translation>
    </message>
    <message>
        <source>the URL names another endpoint than %1</source>
        <translation>die URL nennt einen anderen Endpunkt als %1</translation>
    </message>
    <message>
        <source>A text of %1 MB is too long to look for documented messages in; its status and code were still read.</source>
        <translation>Ein Text von %1 MB ist zu lang, um darin nach dokumentierten Meldungen zu suchen; Status und Code wurden dennoch gelesen.</translation>
    </message>
    <message>
        <source>only the HTTP status is certain: this is Wix&apos;s general meaning of %1</source>
        <translation>nur der HTTP-Status ist sicher: Das ist die allgemeine Bedeutung von %1 bei Wix</translation>
    </message>
    <message>
        <source>an empty body {&quot;message&quot;: &quot;&quot;, &quot;details&quot;: {}} is how Wix sends 5xx system errors</source>
        <translation>ein leerer Body {&quot;message&quot;: &quot;&quot;, &quot;details&quot;: {}} ist die Form, in der Wix 5xx-Systemfehler sendet</translation>
    </message>
    <message>
        <source>HTTP status %1 has no entry in the catalog.</source>
        <translation>HTTP-Status %1 hat keinen Eintrag im Katalog.</translation>
    </message>
    <message>
        <source>the message shares %1% of the words of the documented “%2”, but not its wording</source>
        <translation>die Meldung teilt %1 % der Wörter des dokumentierten „%2“, aber nicht den Wortlaut</translation>
    </message>
    <message>
        <source>the URL names another Wix API (%1)</source>
        <translation>die URL nennt eine andere Wix-API (%1)</translation>
    </message>
    <message>
        <source>the request method %1 differs from the %2 of %3</source>
        <translation>die Anfragemethode %1 weicht von %2 bei %3 ab</translation>
    </message>
    <message>
        <source>This is not a Domains API error: the URL names the %1 API.</source>
        <translation>Das ist kein Fehler der Domains API: Die URL nennt die API %1.</translation>
    </message>
    <message>
        <source>This is not a Domains API error: no Domains table documents the code %1.</source>
        <translation>Das ist kein Fehler der Domains API: Keine Domains-Tabelle dokumentiert den Code %1.</translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of the documented message</source>
        <translation>Meldung abgeschnitten: Das Empfangene ist der Anfang der dokumentierten Meldung</translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of %1 documented messages</source>
        <translation>Meldung abgeschnitten: Das Empfangene ist der Anfang von %1 dokumentierten Meldungen</translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2, but the whole documented message with its status decides over entries that share only the code</source>
        <translation>Code %1 weicht vom dokumentierten %2 ab, aber die ganze dokumentierte Meldung mit ihrem Status entscheidet vor Einträgen, die nur den Code teilen</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>unbalanced &apos;}&apos; at position %1</source>
        <translation>unpaariges &apos;}&apos; an Position %1</translation>
    </message>
    <message>
        <source>malformed placeholder at position %1: write {name}</source>
        <translation>fehlerhafter Platzhalter an Position %1: Schreiben Sie {name}</translation>
    </message>
    <message>
        <source>placeholders {%1} and {%2} need text between them</source>
        <translation>zwischen den Platzhaltern {%1} und {%2} muss Text stehen</translation>
    </message>
    <message>
        <source>the template has no literal text</source>
        <translation>die Vorlage hat keinen festen Text</translation>
    </message>
</context>
<context>
    <name>ParsedResponse</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
</context>
<context>
    <name>Propagation</name>
    <message>
        <source>Resolvers asked: %1. Wix&apos;s answer: %2; another answer: %3; no answer (not counted as a mismatch): %4.</source>
        <translation>Gefragte Resolver: %1. Antwort von Wix: %2; eine andere Antwort: %3; keine Antwort (nicht als Abweichung gezählt): %4.</translation>
    </message>
    <message>
        <source>%1: Wix&apos;s answer (%2).</source>
        <translation>%1: Antwort von Wix (%2).</translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2); the old answer may be served until %3.</source>
        <translation>%1: nicht die Antwort von Wix (%2); die alte Antwort kann bis %3 ausgeliefert werden.</translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2).</source>
        <translation>%1: nicht die Antwort von Wix (%2).</translation>
    </message>
    <message>
        <source>%1: no answer, so no evidence either way (%2)</source>
        <translation>%1: keine Antwort, also kein Beleg in die eine oder andere Richtung (%2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation>Domains Troubleshooter</translation>
    </message>
</context>
<context>
    <name>RdapBootstrap</name>
    <message>
        <source>not an RDAP bootstrap file (RFC 9224)</source>
        <translation>keine RDAP-Bootstrap-Datei (RFC 9224)</translation>
    </message>
</context>
<context>
    <name>RdapBootstrapStore</name>
    <message>
        <source>the bootstrap file lists no RDAP service</source>
        <translation>die Bootstrap-Datei nennt keinen RDAP-Dienst</translation>
    </message>
    <message>
        <source>the bootstrap file is not of version 1.0 (RFC 9224)</source>
        <translation>die Bootstrap-Datei hat nicht die Version 1.0 (RFC 9224)</translation>
    </message>
    <message>
        <source>the bootstrap file has no publication date</source>
        <translation>die Bootstrap-Datei hat kein Veröffentlichungsdatum</translation>
    </message>
</context>
<context>
    <name>RdapChecker</name>
    <message>
        <source>the registry limits requests (HTTP 429): try again in %1 seconds</source>
        <translation>die Registry begrenzt Anfragen (HTTP 429): erneut versuchen in %1 Sekunden</translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again after %1</source>
        <translation>die Registry begrenzt Anfragen (HTTP 429): erneut versuchen nach %1</translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again later</source>
        <translation>die Registry begrenzt Anfragen (HTTP 429): später erneut versuchen</translation>
    </message>
    <message>
        <source>the bootstrap file cannot be read</source>
        <translation>die Bootstrap-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no RDAP server is known for .%1 (not in the bootstrap file nor in the override table)</source>
        <translation>für .%1 ist kein RDAP-Server bekannt (weder in der Bootstrap-Datei noch in der Ergänzungstabelle)</translation>
    </message>
    <message>
        <source>the bootstrap file could not be used: %1</source>
        <translation>die Bootstrap-Datei war nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>RdapRecord</name>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the answer is not an RDAP domain object</source>
        <translation>die Antwort ist kein RDAP-Domainobjekt</translation>
    </message>
    <message>
        <source>transfer locked</source>
        <translation>für Transfers gesperrt</translation>
    </message>
    <message>
        <source>in the redemption period (expired; only the registrant can restore it, at a fee)</source>
        <translation>in der Redemption Period (abgelaufen; nur der Inhaber kann sie gegen Gebühr wiederherstellen)</translation>
    </message>
    <message>
        <source>pending delete (about to be released)</source>
        <translation>Löschung steht bevor (wird bald freigegeben)</translation>
    </message>
    <message>
        <source>on hold (not published in DNS)</source>
        <translation>gesperrt (nicht im DNS veröffentlicht)</translation>
    </message>
    <message>
        <source>update locked</source>
        <translation>für Änderungen gesperrt</translation>
    </message>
    <message>
        <source>delete locked</source>
        <translation>für Löschung gesperrt</translation>
    </message>
    <message>
        <source>a transfer is pending</source>
        <translation>ein Transfer läuft</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
</context>
<context>
    <name>RdapResult</name>
    <message>
        <source>The registry lists no nameservers: the domain cannot resolve.</source>
        <translation>Die Registry führt keine Nameserver: die Domain kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers (%1): a NAMESERVERS connection is set at the registry.</source>
        <translation>Die Registry führt die Nameserver von Wix (%1): bei der Registry ist eine NAMESERVERS-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers mixed with others (%1): all of them must be Wix&apos;s.</source>
        <translation>Die Registry führt die Nameserver von Wix gemischt mit anderen (%1): alle müssen die von Wix sein.</translation>
    </message>
    <message>
        <source>The registry lists other nameservers than Wix&apos;s (%1): for a NAMESERVERS connection the registrar must change them to Wix&apos;s.</source>
        <translation>Die Registry führt andere Nameserver als die von Wix (%1): für eine NAMESERVERS-Verbindung muss der Registrar sie auf die von Wix ändern.</translation>
    </message>
    <message>
        <source>Registrar: %1</source>
        <translation>Registrar: %1</translation>
    </message>
    <message>
        <source>Registered on %1.</source>
        <translation>Registriert am %1.</translation>
    </message>
    <message>
        <source>Expiry date %1: %2.</source>
        <translation>Ablaufdatum %1: %2.</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>The delegation is signed (DNSSEC): before the nameservers change, remove the DS records at the registrar, or the domain goes dark for validating resolvers.</source>
        <translation>Die Delegation ist signiert (DNSSEC): Entfernen Sie vor dem Wechsel der Nameserver die DS-Einträge beim Registrar, sonst ist die Domain für validierende Resolver nicht mehr erreichbar.</translation>
    </message>
    <message>
        <source>The delegation is not signed (no DNSSEC at the registry).</source>
        <translation>Die Delegation ist nicht signiert (kein DNSSEC bei der Registry).</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>%1 ist registriert.</translation>
    </message>
    <message>
        <source>%1 is registered, but %2.</source>
        <translation>%1 ist registriert, aber %2.</translation>
    </message>
    <message>
        <source>%1 is not registered: the registry answered that it has no such domain (HTTP 404).</source>
        <translation>%1 ist nicht registriert: die Registry antwortete, dass es diese Domain nicht gibt (HTTP 404).</translation>
    </message>
    <message>
        <source>No answer from the registry: %1.</source>
        <translation>Keine Antwort von der Registry: %1.</translation>
    </message>
    <message>
        <source>Nothing is known about the registration of %1 until the registry answers; try again later.</source>
        <translation>Über die Registrierung von %1 ist nichts bekannt, solange die Registry nicht antwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms (bootstrap file %3 of %4).</source>
        <translation>Gefragt: %1; die Prüfung dauerte %2 ms (Bootstrap-Datei %3 vom %4).</translation>
    </message>
</context>
<context>
    <name>ReadProgress</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RemediationHtml</name>
    <message>
        <source>Message received</source>
        <translation>Empfangene Meldung</translation>
    </message>
    <message>
        <source>Documented message</source>
        <translation>Dokumentierte Meldung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Documented troubleshooting</source>
        <translation>Dokumentierte Fehlerbehebung</translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation>Wix-Dokumentation</translation>
    </message>
    <message>
        <source>Deprecated:</source>
        <translation>Veraltet:</translation>
    </message>
    <message>
        <source>Why this match</source>
        <translation>Warum dieser Treffer</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Siehe auch:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status received</source>
        <translation>Empfangener Status</translation>
    </message>
    <message>
        <source>Code received</source>
        <translation>Empfangener Code</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s), identical each time.</source>
        <translation>
            <numerusform>%n-mal gesehen, jedes Mal gleich.</numerusform>
            <numerusform>%n-mal gesehen, jedes Mal gleich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) with different values: %1.</source>
        <translation>
            <numerusform>%n-mal gesehen, mit verschiedenen Werten: %1.</numerusform>
            <numerusform>%n-mal gesehen, mit verschiedenen Werten: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>und %n weiterer Wert</numerusform>
            <numerusform>und %n weitere Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemediationView</name>
    <message>
        <source>Match:</source>
        <translation>Treffer:</translation>
    </message>
    <message>
        <source>Match confidence</source>
        <translation>Treffersicherheit</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation>Anfrage-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>Anfrage-ID kopieren</translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Reply copied as plain text.</source>
        <translation>Antwort als reiner Text kopiert.</translation>
    </message>
    <message>
        <source>Reply copied as Markdown.</source>
        <translation>Antwort als Markdown kopiert.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Choose an error to see what it means and what to do.</source>
        <translation>Wählen Sie einen Fehler, um zu sehen, was er bedeutet und was zu tun ist.</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>%1, confidence %2</source>
        <translation>%1, Sicherheit %2</translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation>Kein dokumentierter Fehler passt</translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation>Diese Antwort ist fehlgeschlagen, aber nichts im Katalog passt zu ihrem Inhalt.</translation>
    </message>
    <message>
        <source>Nearest misses</source>
        <translation>Knappste Fehltreffer</translation>
    </message>
    <message>
        <source>Request ID copied.</source>
        <translation>Anfrage-ID kopiert.</translation>
    </message>
    <message>
        <source>This link was not opened: only https and mailto links from the catalog open.</source>
        <translation>Dieser Link wurde nicht geöffnet: Nur https- und mailto-Links aus dem Katalog werden geöffnet.</translation>
    </message>
    <message>
        <source>The language of the reply: the customer&apos;s, whatever the window&apos;s</source>
        <translation>Die Sprache der Antwort: die des Kunden, unabhängig von der des Fensters</translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation>Sprache der Antwort</translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation>Antwort als reinen &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation>Antwort als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy a reply for the ticket (Ctrl+Shift+C); Down arrow: choose the format</source>
        <translation>Eine Antwort für das Ticket kopieren (Strg+Umschalt+C); Pfeil nach unten: Format wählen</translation>
    </message>
    <message>
        <source>Nothing to copy: choose an error first.</source>
        <translation>Nichts zu kopieren: Wählen Sie zuerst einen Fehler.</translation>
    </message>
    <message>
        <source>This response carries no request ID.</source>
        <translation>Diese Antwort enthält keine Anfrage-ID.</translation>
    </message>
    <message>
        <source>Opening %1 in the browser.</source>
        <translation>%1 wird im Browser geöffnet.</translation>
    </message>
    <message>
        <source>No web browser or mail program could be started for %1. Copy the link with the context menu.</source>
        <translation>Für %1 konnte kein Webbrowser und kein E-Mail-Programm gestartet werden. Kopieren Sie den Link über das Kontextmenü.</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>The %1 request failed with HTTP %2</source>
        <translation>Die Anfrage %1 ist mit HTTP %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, error code %1</source>
        <translation>, Fehlercode %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung der API: „%1“</translation>
    </message>
    <message>
        <source>**What it means:** %1</source>
        <translation>**Bedeutung laut Wix-Dokumentation:** „%1“</translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation>Bedeutung laut Wix-Dokumentation: „%1“</translation>
    </message>
    <message>
        <source>**What to do:**</source>
        <translation>**Was zu tun ist:**</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation>**Hinweis:** %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Request ID: %1 (quote it if you contact Wix support)</source>
        <translation>Anfrage-ID: %1 (bitte angeben, wenn Sie den Wix-Support kontaktieren)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation>Wix-Dokumentation</translation>
    </message>
    <message>
        <source>The request failed with HTTP %1</source>
        <translation>Die Anfrage ist mit HTTP %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>The request %1 failed with HTTP %2</source>
        <translation>Die Anfrage %1 ist mit HTTP %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error code received: %1</source>
        <translation>Empfangener Fehlercode: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>The same error came back for each of these (responses in brackets):</source>
        <translation>Derselbe Fehler kam für jeden dieser Werte zurück (Anzahl der Antworten in Klammern):</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow</source>
        <translation>Wo die Aufrufe im dokumentierten Ablauf von Wix stehen</translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow:</source>
        <translation>Wo die Aufrufe im dokumentierten Ablauf von Wix stehen:</translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
</context>
<context>
    <name>ResultGroups</name>
    <message numerus="yes">
        <source>More than %1 different errors were found: %n further response(s) with other errors were counted but are not listed.</source>
        <translation>
            <numerusform>Mehr als %1 verschiedene Fehler wurden gefunden: %n weitere Antwort mit anderen Fehlern wurde gezählt, aber nicht aufgeführt.</numerusform>
            <numerusform>Mehr als %1 verschiedene Fehler wurden gefunden: %n weitere Antworten mit anderen Fehlern wurden gezählt, aber nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different value(s)</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n verschiedene Werte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>no documented error fits</source>
        <translation>kein dokumentierter Fehler passt</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n Kandidat</numerusform>
            <numerusform>%n Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>%1 match, confidence %2</source>
        <translation>Treffer %1, Sicherheit %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, seen %n time(s)</source>
        <translation>
            <numerusform>%1, %n-mal gesehen</numerusform>
            <numerusform>%1, %n-mal gesehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical response(s)</source>
        <translation>
            <numerusform>%n gleiche Antwort</numerusform>
            <numerusform>%n gleiche Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) · same error · %1</source>
        <translation>
            <numerusform>%n Antwort · gleicher Fehler · %1</numerusform>
            <numerusform>%n Antworten · gleicher Fehler · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation>Fehler von %1</translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to (%2)</source>
        <translation>in den Ordner %1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SearchFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Team catalog files</source>
        <translation>Team-Katalogdateien</translation>
    </message>
    <message>
        <source>Files layered over the embedded catalog, in order: an entry with the same id replaces the embedded one.</source>
        <translation>Dateien, die der Reihe nach über den eingebetteten Katalog gelegt werden: Ein Eintrag mit derselben ID ersetzt den eingebetteten.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Reply &amp;format:</source>
        <translation>Antwort&amp;format:</translation>
    </message>
    <message>
        <source>Reply format</source>
        <translation>Antwortformat</translation>
    </message>
    <message>
        <source>&amp;History size:</source>
        <translation>&amp;Verlaufsgröße:</translation>
    </message>
    <message>
        <source>History size</source>
        <translation>Verlaufsgröße</translation>
    </message>
    <message>
        <source> diagnoses</source>
        <translation> Diagnosen</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Add team catalog files</source>
        <translation>Team-Katalogdateien hinzufügen</translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation>Katalogdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Earlier in the order: later files replace entries of earlier ones</source>
        <translation>Früher in der Reihenfolge: Spätere Dateien ersetzen Einträge früherer</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (abgelehnt)</translation>
    </message>
    <message>
        <source>Refused at the last load: %1</source>
        <translation>Beim letzten Laden abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not a catalog file</source>
        <translation>Keine Katalogdatei</translation>
    </message>
    <message>
        <source>Only regular files can be team catalogs; these were not added:
%1</source>
        <translation>Nur reguläre Dateien können Teamkataloge sein; diese wurden nicht hinzugefügt:
%1</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give one such as 1.1.1.1, or leave the field empty to use the system&apos;s resolver.</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse. Geben Sie eine an, etwa 1.1.1.1, oder lassen Sie das Feld leer, um den Resolver des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>System follows the desktop; the theme changes when you press OK</source>
        <translation>System folgt der Arbeitsumgebung; das Design wechselt, wenn Sie OK drücken</translation>
    </message>
    <message>
        <source>Nothing here changes until you press OK; Cancel leaves every setting as it was, catalog subscriptions included.</source>
        <translation>Hier ändert sich nichts, bevor Sie OK drücken; Abbrechen lässt jede Einstellung, wie sie war, auch die Katalogabonnements.</translation>
    </message>
    <message>
        <source>DNS server for Check domain</source>
        <translation>DNS-Server für die Domain-Prüfung</translation>
    </message>
    <message>
        <source>DNS ser&amp;ver for Check domain:</source>
        <translation>DNS-Server für die Domain-&amp;Prüfung:</translation>
    </message>
    <message>
        <source>none: the system&apos;s resolver only</source>
        <translation>keine: nur der Resolver des Systems</translation>
    </message>
    <message>
        <source>Resolvers for propagation</source>
        <translation>Resolver für die Verbreitung</translation>
    </message>
    <message>
        <source>IP addresses, separated by spaces, of the resolvers Check domain also asks to see how far the records have spread; empty keeps to the system&apos;s resolver</source>
        <translation>IP-Adressen der Resolver, durch Leerzeichen getrennt, die „Domain prüfen“ zusätzlich fragt, um zu sehen, wie weit sich die Einträge verbreitet haben; leer: nur der Resolver des Systems</translation>
    </message>
    <message>
        <source>Resolvers for propa&amp;gation:</source>
        <translation>Reso&amp;lver für die Verbreitung:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give addresses such as 1.1.1.1, separated by spaces, or leave the field empty to keep to the system&apos;s resolver.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie Adressen wie 1.1.1.1 an, durch Leerzeichen getrennt, oder lassen Sie das Feld leer, um nur den Resolver des Systems zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nächstes / vorheriges Feld</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed: %1; using the copy from %2</source>
        <translation>Fehlgeschlagen: %1; die Kopie vom %2 wird verwendet</translation>
    </message>
    <message>
        <source>Failed: %1; no copy yet</source>
        <translation>Fehlgeschlagen: %1; noch keine Kopie</translation>
    </message>
</context>
<context>
    <name>SubscriptionStore</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The list of catalog subscriptions was damaged; it was set aside as %1.</source>
        <translation>Die Liste der Katalogabonnements war beschädigt; sie wurde als %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>%1 is not subscribed</source>
        <translation>%1 ist nicht abonniert</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a download may be</source>
        <translation>%1 ist größer, als ein Download sein darf</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it will be downloaded again at the next update.</source>
        <translation>Die gespeicherte Kopie von %1 konnte nicht verwendet werden (%2); sie wird bei der nächsten Aktualisierung erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it was set aside as %3 and will be downloaded again at the next update.</source>
        <translation>Die gespeicherte Kopie von %1 konnte nicht verwendet werden (%2); sie wurde als %3 beiseitegelegt, und der Katalog wird bei der nächsten Aktualisierung erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>the saved copy was damaged and set aside</source>
        <translation>die gespeicherte Kopie war beschädigt und wurde beiseitegelegt</translation>
    </message>
    <message>
        <source>the catalog subscriptions are being changed by another window or command; try again in a moment</source>
        <translation>die Katalog-Abonnements werden gerade von einem anderen Fenster oder Befehl geändert; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>SubscriptionsBox</name>
    <message>
        <source>Catalog subscriptions</source>
        <translation>Katalogabonnements</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach u&amp;nten</translation>
    </message>
    <message>
        <source>Update n&amp;ow</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Check for updates at &amp;start-up</source>
        <translation>Beim Pro&amp;grammstart nach Aktualisierungen suchen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Catalog files published at an https address, layered over the embedded catalog in this order, before the team catalog files. The last good copy of each stays in use until a valid one replaces it. Changes here are kept when you press OK.</source>
        <translation>Katalogdateien, die unter einer https-Adresse veröffentlicht sind und in dieser Reihenfolge über den eingebetteten Katalog gelegt werden, vor den Team-Katalogdateien. Die letzte gültige Kopie jeder Datei bleibt in Gebrauch, bis eine neue gültige sie ersetzt. Änderungen hier werden mit OK übernommen.</translation>
    </message>
    <message>
        <source>Address of a catalog file to subscribe to</source>
        <translation>Adresse einer zu abonnierenden Katalogdatei</translation>
    </message>
    <message>
        <source>type the address of a catalog file first</source>
        <translation>geben Sie zuerst die Adresse einer Katalogdatei ein</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Documented troubleshooting: %1</source>
        <translation>Dokumentierte Fehlerbehebung: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read: %1, %2 bytes, %n response(s) with an error</source>
        <translation>
            <numerusform>Gelesen: %1, %2 Bytes, %n Antwort mit Fehler</numerusform>
            <numerusform>Gelesen: %1, %2 Bytes, %n Antworten mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n secret(s) redacted</source>
        <translation>
            <numerusform>, %n Geheimnis entfernt</numerusform>
            <numerusform>, %n Geheimnisse entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>No documented error fits this response.</source>
        <translation>Kein dokumentierter Fehler passt zu dieser Antwort.</translation>
    </message>
    <message>
        <source>Near misses:</source>
        <translation>Knappe Fehltreffer:</translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1: %n entries</source>
        <translation>
            <numerusform>Katalog %1: %n Eintrag</numerusform>
            <numerusform>Katalog %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>embedded</source>
        <translation>eingebettet</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Gelesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s)</source>
        <translation>
            <numerusform>%n-mal gesehen</numerusform>
            <numerusform>%n-mal gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n response(s))</source>
        <translation>
            <numerusform>(%n Antwort)</numerusform>
            <numerusform>(%n Antworten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>und %n weiterer Wert</numerusform>
            <numerusform>und %n weitere Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>Request-ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n Wix call(s)</source>
        <translation>
            <numerusform>Zeitleiste: %n Wix-Aufruf</numerusform>
            <numerusform>Zeitleiste: %n Wix-Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>... %1 more rows (the JSON report lists them all)</source>
        <translation>... %1 weitere Zeilen (der JSON-Bericht listet alle)</translation>
    </message>
    <message>
        <source>Flow: %1 (%2)</source>
        <translation>Ablauf: %1 (%2)</translation>
    </message>
    <message>
        <source>(%1 calls)</source>
        <translation>(%1 Aufrufe)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <source>× %1 over %2</source>
        <translation>× %1 über %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Entry or facts</source>
        <translation>Eintrag oder Fakten</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Flow: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n call(s))</source>
        <translation>
            <numerusform>(%n Aufruf)</numerusform>
            <numerusform>(%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>These calls follow none of the documented flows.</source>
        <translation>Diese Aufrufe folgen keinem der dokumentierten Abläufe.</translation>
    </message>
    <message>
        <source>Flow verdicts</source>
        <translation>Befunde zu den Abläufen</translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(%n weiterer nicht aufgeführt)</numerusform>
            <numerusform>(%n weitere nicht aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message numerus="yes">
        <source>Calls: %n Wix call(s)</source>
        <translation>
            <numerusform>Aufrufe: %n Wix-Aufruf</numerusform>
            <numerusform>Aufrufe: %n Wix-Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation>&apos;%1&apos; ist keine gültige Adresse</translation>
    </message>
    <message>
        <source>an address with a user name or password is refused</source>
        <translation>eine Adresse mit Benutzername oder Passwort wird abgelehnt</translation>
    </message>
    <message>
        <source>plain http is refused (only https, or http on this computer)</source>
        <translation>unverschlüsseltes http wird abgelehnt (nur https oder http auf diesem Computer)</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; addresses are refused (only https)</source>
        <translation>&apos;%1:&apos;-Adressen werden abgelehnt (nur https)</translation>
    </message>
    <message>
        <source>redirected from https to %1, which is refused</source>
        <translation>von https auf %1 weitergeleitet, was abgelehnt wird</translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation>auf %1 weitergeleitet: %2</translation>
    </message>
</context>
</TS>
