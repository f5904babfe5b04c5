<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppTheme</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assembler</name>
    <message>
        <source>the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body follows the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same failure printed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status restated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it adds what the failure lacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a documented message follows the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) joined with %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallInspector</name>
    <message numerus="yes">
        <source>(%n more character(s) not shown)</source>
        <translation>
            <numerusform>(%n more character not shown)</numerusform>
            <numerusform>(%n more characters not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>This call has no place in the input to read it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call&apos;s entry is too large to show (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input cannot be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this call where it stands in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a call in the timeline to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input changed since it was read: this call is no longer where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the log line holds the request and the response: see the response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed since it was read: this call is no longer where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cut: the lines are longer than can be shown here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry &apos;%2&apos;: duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packed catalog is of another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the packed catalog is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded catalog is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, device or pipe cannot be a catalog)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFetcher</name>
    <message numerus="yes">
        <source>the transfer stalled: nothing arrived for %n second(s)</source>
        <translation>
            <numerusform>the transfer stalled: nothing arrived for %n second</numerusform>
            <numerusform>the transfer stalled: nothing arrived for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the transfer took longer than %n second(s)</source>
        <translation>
            <numerusform>the transfer took longer than %n second</numerusform>
            <numerusform>the transfer took longer than %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB, over the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 MB arrived, over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &apos;label&apos; and &apos;url&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &apos;name&apos;, &apos;method&apos; and &apos;path&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold 2 to 5 steps, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &apos;text&apos; and optional &apos;links&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {%1}, which the template does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have the form &apos;%1.&lt;slug&gt;&apos; in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a canonical status name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not go with status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: only https and mailto links are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object with &apos;api&apos; and &apos;entries&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lower-case slug such as &apos;connect-domain&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of https URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of %1 strings, one per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must map each English link label to its translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry has no link labelled &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a language code such as &apos;de&apos; or &apos;es&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the link &apos;%1&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: an https link must not hold a user name or password (it hides the host the link opens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link &apos;%1&apos; is refused: a mailto link may set only subject, body and cc, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &apos;nameserverSuffixes&apos;, &apos;addresses&apos; and &apos;cnameTargets&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of domain-check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain-check finding (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Search codes, messages, troubleshooting and steps (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the catalog</source>
        <translation>
            <numerusform>%n entry in the catalog</numerusform>
            <numerusform>%n entries in the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries match</source>
        <translation>
            <numerusform>%1 of %2 entries matches</numerusform>
            <numerusform>%1 of %2 entries match</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code, message, troubleshooting text or step holds all of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message numerus="yes">
        <source>%1: updated (%n entries)</source>
        <translation>
            <numerusform>%1: updated (%n entry)</numerusform>
            <numerusform>%1: updated (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: unchanged (%n entries)</source>
        <translation>
            <numerusform>%1: unchanged (%n entry)</numerusform>
            <numerusform>%1: unchanged (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server answered &quot;not modified&quot; but there is no saved copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a valid catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2; the copy from %3 is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the error catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up entries by status: 403, PERMISSION_DENIED, &quot;PERMISSION_DENIED (403)&quot; or &quot;permission denied&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up entries by error code (case, spaces, _ and - do not matter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose a file (- for standard input): a JSON body, HTTP or curl output, a HAR export or a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N matches per response (ties included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Layer a catalog file over the embedded one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window, paint it once and quit (for measurements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top takes a whole number of 0 or more, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid embedded catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;: give an HTTP status such as 403 or a name such as PERMISSION_DENIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to open in the window, one window each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[files...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a window of its own, even if one is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the running window answers to (default: one per user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses failed Wix Domains API responses offline, against the embedded catalog of documented errors. With none of --list, --match or --status/--code, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: give the file to diagnose with --match FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for the window: it does not go with --list, --match or --status/--code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at most this many MiB of the --match input (default 256); the rest is not read, and the answer says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading standard input until it is closed (Ctrl+D at a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 to be written and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a device: reading at most the --max-input limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-input takes a number of MiB from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json, --top and --max-input go with --list, --match FILE or --status/--code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe to the catalog file at URL (https) and bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain&apos;s live DNS: nameservers, addresses and www record, and whether they point at Wix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --list, --match FILE, --status/--code, --update-catalog URL or --check-dns DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server takes an IP address, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the system&apos;s (repeatable with --check-domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a domain&apos;s registration (RDAP, at its registry) and its live DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RDAP bootstrap file (RFC 9224) to use instead of the embedded one: an https URL or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server goes with --check-dns or --check-domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rdap-bootstrap goes with --check-domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print, for each response (or looked-up entry), the reply the window copies, as text (the default) or markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the --reply in this language: en, de or es (default: the interface&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply and --reply-language go with --match FILE or --status/--code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply prints the reply as text or markdown: it does not go with --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply takes text or markdown, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-language goes with --reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-language takes one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response %1: no documented error fits it, so there is no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report of --match or --status/--code as text (the default), markdown, html or json (as --json): markdown and html as the window&apos;s Save diagnosis writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with --match FILE or --status/--code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply prints the reply: it does not go with --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, markdown, html or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --format %1 ask for two formats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>The registry and DNS agree on Wix&apos;s nameservers (%1): the delegation is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrar still lists nameservers that are not Wix&apos;s (%1), and DNS answers with them: a NAMESERVERS connection waits for the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers disagree: the registry lists %1, %2 answers %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the delegation is signed (DNSSEC). Remove the DS records at the registrar first, or the domain goes dark for validating resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has MX records (%1) that will not exist at Wix; mail stops until they are added there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before switching the nameservers to Wix&apos;s: the current DNS has TXT records (%1) that will not exist at Wix (SPF, site verifications); add them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix&apos;s nameservers are set at the registry (%1), but %2 still answers %3: the old answer may be served until %4 (its TTL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosePage</name>
    <message>
        <source>Paste a response, drop a file, or press Ctrl+V anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON error body, curl -v or curl -i output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is diagnosed in full, but it is too large to show here. Type or paste to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis cancelled: the results cover only what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed API response found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this text looks like an error: no HTTP status of 400 or more, no error code, no documented message. A successful response, or prose, gives no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n error response</numerusform>
            <numerusform>%n error responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n secret redacted</numerusform>
            <numerusform>%n secrets redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to diagnose yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a failed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the customer sent: a JSON error body, curl -v output, a raw HTTP response, a HAR export, log lines, or just &quot;403 DOMAINS_GUID_NOT_FOUND&quot;. Secrets such as Authorization headers are removed before anything is shown. Press &quot;Try an example&quot; to see how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try an e&amp;xample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load an example curl -v response and diagnose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the results that contain every word typed: a code, a domain, a path, a request ID (Ctrl+F from the results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n response(s)</source>
        <translation>
            <numerusform>%1 of %n response</numerusform>
            <numerusform>%1 of %n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n distinct error</numerusform>
            <numerusform>%n distinct errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text: it is not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer for this input appears here once it has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed response was found before the diagnosis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a response: binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This input has no timeline: it holds fewer than two Wix calls and follows no documented flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is a file too large to show in the editor: this call is %1 of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is no longer in the input: the text changed since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 in the input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisFile</name>
    <message>
        <source>request ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error response(s)</source>
        <translation>
            <numerusform>%n error response</numerusform>
            <numerusform>%n error responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct error(s)</source>
        <translation>
            <numerusform>%n distinct error</numerusform>
            <numerusform>%n distinct errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) redacted</source>
        <translation>
            <numerusform>%n secret redacted</numerusform>
            <numerusform>%n secrets redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seen %n times</source>
        <translation>
            <numerusform>Seen %n time</numerusform>
            <numerusform>Seen %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input (%1) is too large to be included here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input, secrets removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, as the command line writes it (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, as the command line prints it (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsCheckPanel</name>
    <message>
        <source>Add to the repl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the registry and DNS now about %1: its registration, nameservers, addresses and www record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain check: registration, delegation, propagation, warnings and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the verdict, the sections and the records in the copied reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the domain check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 at the registry and in DNS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsChecker</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsReport</name>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server failed to answer (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server refused to answer (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsVerdict</name>
    <message>
        <source>NAMESERVERS fits when the owner can change the domain&apos;s nameservers at the registrar: to Wix&apos;s (under %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POINTING fits when the DNS stays where it is: %1 A record to %2, and www CNAME to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (of the parent zone %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameservers%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www CNAME: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers of %1 are already Wix&apos;s: a NAMESERVERS connection is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already points at Wix (%2): a POINTING connection is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the www CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the A record and the www CNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also has other addresses (%1): remove them, or visitors reach two different servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not point at Wix yet: its records are another host&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some of the nameservers are Wix&apos;s (%1): all of them must be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but the DNS server gave no NS, A, AAAA or www CNAME records for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS (NXDOMAIN): nobody has registered it, or it is misspelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supports the error: the name does not exist, so it is available for purchase and must be bought before it can be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not support the error: the name exists in DNS, so it has been registered. Check the spelling and the TLD sent in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asked for %1, which is what DNS shows in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asked for %1, but DNS shows %2 in place: the connection type differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS shows a %1 connection to Wix in place for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must be registered before it can be connected: check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request asked for %1; DNS does not show it in place yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live DNS check of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable reply: an empty one, or none at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answered NXDOMAIN, as a broken or filtering resolver does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot resolve %2 NS, a name every working resolver resolves (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer for %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be said about %1 until a working DNS server answers; try again, or ask another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainExplanation</name>
    <message>
        <source>the domain is registered at %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain is registered at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry holds the domain: it is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry answered that it has no such domain: it is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry shows the domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This explains %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSection</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: it needs the registry&apos;s answer and a DNS server that can be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpectedRecords</name>
    <message>
        <source>%1: in place (%2 answers it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (%2 answers no such record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing (%2 answers %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not known (%2 gave no answer for it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of more than %2 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 of %n match</numerusform>
            <numerusform>%1 of %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowAnalysis</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowDefinition</name>
    <message>
        <source>the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowJudge</name>
    <message>
        <source>%1 failed with %2: the flow&apos;s step %3, “%4”, comes before it and is not in this input; the error says it was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was called for a domain whose %2 is %3, which it does not serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was called %n time(s)%2 and still says %3 %4: it can take up to %5 hours.</source>
        <translation>
            <numerusform>%1 was called %n time%2 and still says %3 %4: it can take up to %5 hours.</numerusform>
            <numerusform>%1 was called %n times%2 and still says %3 %4: it can take up to %5 hours.</numerusform>
        </translation>
    </message>
    <message>
        <source> over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2) failed with HTTP %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2) was called before %3 (step %4), which the flow puts ahead of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2) is not in this input, though later steps are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still waiting for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls stop before %1 (step %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of the flow that an input can show is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowReader</name>
    <message>
        <source>flow &apos;%1&apos;, %2: field &apos;%3&apos; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;request&quot; or &quot;response&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold member paths such as &quot;a.b&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with / and come with a method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known rule kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HarReader</name>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1 has no response object and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1: response.status is not a number; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1: response.content.text is not a string; body ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1 is not valid JSON (%2) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more problems in the HAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file ends inside entry %1: it may be truncated. The entries before it were read; what there is of entry %1 was read as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file ends after entry %1, before its list of entries is closed: it may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HAR file ends before it is closed: it may be truncated. All its %1 entries were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR %1 holds a text longer than %2: only its first %2 were read, the rest was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history (codes, domains, messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diagnoses yet. Each paste you diagnose is kept here, with secrets removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove all %n diagnoses from the history? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %n diagnosis from the history? This cannot be undone.</numerusform>
            <numerusform>Remove all %n diagnoses from the history? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message numerus="yes">
        <source>%1  (%n times)</source>
        <translation>
            <numerusform>%1  (%n time)</numerusform>
            <numerusform>%1  (%n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>no list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 could not be read (%2) and could not be moved aside either; history is not saved this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read (%1). It was kept as %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept in history: the input is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file is locked by another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type) and could not be kept aside either: %1.</source>
        <translation>
            <numerusform>%n history item could not be read (a date or a value of the wrong type) and could not be kept aside either: %1.</numerusform>
            <numerusform>%n history items could not be read (a date or a value of the wrong type) and could not be kept aside either: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history item(s) could not be read (a date or a value of the wrong type); they were kept in %1.</source>
        <translation>
            <numerusform>%n history item could not be read (a date or a value of the wrong type); it was kept in %1.</numerusform>
            <numerusform>%n history items could not be read (a date or a value of the wrong type); they were kept in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history lock file could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history file is still busy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFormat</name>
    <message>
        <source>empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl -v output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix JSON error body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google-style JSON error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem+json body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputReader</name>
    <message>
        <source>The input is not valid UTF-8: bytes that could not be read were replaced with «�».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n NUL byte(s) in the input were read as spaces.</source>
        <translation>
            <numerusform>%n NUL byte in the input was read as a space.</numerusform>
            <numerusform>%n NUL bytes in the input were read as spaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a HAR file, but it is not valid JSON (%1 at character %2): it may be truncated. It was read as plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is nested too deeply to be read as a document; it was read as plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled: only the part read so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like JSON, but it is not valid (%1 at character %2); it was read as plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped after %1 bytes: %2. What was read before is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1: the first %1 were read (--max-input raises the limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not text but binary data (%1, starting %2): nothing in it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is empty: there is nothing to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds only white space (%1): there is nothing to diagnose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the input is not text (binary data such as an image, an archive or random bytes): about %1 of it were not searched for errors or secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any code: type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a status, a code, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a status and a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the HTTP status the customer got and the error code they quote, for example 403 and DOMAINS_GUID_NOT_FOUND. Choosing a status narrows the codes; typing in the code box filters them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) fit</source>
        <translation>
            <numerusform>%n entry fits</numerusform>
            <numerusform>%n entries fit</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented error has this status and code. Check the code&apos;s spelling, or choose &quot;Any status&quot;: the same code may be documented under another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) contain “%1”</source>
        <translation>
            <numerusform>%n code contains “%1”</numerusform>
            <numerusform>%n codes contain “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep typing, or pick a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is part of %n documented code(s). Choose one from the list or type the rest.</source>
        <translation>
            <numerusform>“%1” is part of %n documented code. Choose it from the list or type the rest.</numerusform>
            <numerusform>“%1” is part of %n documented codes. Choose one from the list or type the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries share status %1: add a code to narrow them. Current APIs first, then what the history saw most and last.</source>
        <translation>
            <numerusform>%n entry has status %1: add a code to narrow it. Current APIs first, then what the history saw most and last.</numerusform>
            <numerusform>%n entries share status %1: add a code to narrow them. Current APIs first, then what the history saw most and last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a response, HAR or log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Paste and diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>C&amp;lear input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Domains Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses, HAR exports and logs (*.json *.har *.txt *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1 · %n entries</source>
        <translation>
            <numerusform>Catalog %1 · %n entry</numerusform>
            <numerusform>Catalog %1 · %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n catalog file(s) refused</source>
        <translation>
            <numerusform>⚠ %n catalog file refused</numerusform>
            <numerusform>⚠ %n catalog files refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalog files refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These catalog files were not loaded; the app runs on the embedded catalog and the files that loaded:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept in history: the input is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Domains Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Domains Troubleshooter %1

Diagnoses failed Wix Domains API responses offline and says what to do about them.

Catalog %2, %n entries, from:
%3</source>
        <translation>
            <numerusform>Domains Troubleshooter %1

Diagnoses failed Wix Domains API responses offline and says what to do about them.

Catalog %2, %n entry, from:
%3</numerusform>
            <numerusform>Domains Troubleshooter %1

Diagnoses failed Wix Domains API responses offline and says what to do about them.

Catalog %2, %n entries, from:
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the reply for the ticket as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Domains Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n team catalog file(s) refused: press ⚠ for why.</source>
        <translation>
            <numerusform>%n team catalog file refused: press ⚠ for why.</numerusform>
            <numerusform>%n team catalog files refused: press ⚠ for why.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a response, HAR export or log file and diagnose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and reopen past diagnoses (kept with secrets removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team catalogs, reply format, history size and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the input with the clipboard and diagnose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the input (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a reply for the ticket in the format chosen in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request ID of the response shown, to quote to Wix support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes, messages, troubleshooting text and steps in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or open a failed response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a status and an error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and search the whole catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text in the input and the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text in the input and the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Text in the input and the answer at its normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, catalog version and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error response(s)</source>
        <translation>
            <numerusform>%1: %n error response</numerusform>
            <numerusform>%1: %n error responses</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3</source>
        <translation type="unfinished">F3</translation>
    </message>
    <message>
        <source>Go to the next match of the text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match of the text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the input or in the answer; in the results, filter them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagnosis as Markdown, HTML or JSON, with secrets removed, to attach to a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: diagnose a response first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis could not be saved to %1: %2

Nothing was written there; a file that was already there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results or &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the Diagnose page between its results and the timeline of every Wix call in the input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matcher</name>
    <message>
        <source>the message matches the documented template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains the documented message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this error is documented without a message: the code identifies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message to compare: identified by its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message differs from the documented “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 differs from the documented %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL names the %1 endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL names another endpoint than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text of %1 MB is too long to look for documented messages in; its status and code were still read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the HTTP status is certain: this is Wix&apos;s general meaning of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body {&quot;message&quot;: &quot;&quot;, &quot;details&quot;: {}} is how Wix sends 5xx system errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1 has no entry in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message shares %1% of the words of the documented “%2”, but not its wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL names another Wix API (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request method %1 differs from the %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Domains API error: the URL names the %1 API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Domains API error: no Domains table documents the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of the documented message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message truncated: what was received is the beginning of %1 documented messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 differs from the documented %2, but the whole documented message with its status decides over entries that share only the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>unbalanced &apos;}&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed placeholder at position %1: write {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placeholders {%1} and {%2} need text between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no literal text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParsedResponse</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Propagation</name>
    <message>
        <source>Resolvers asked: %1. Wix&apos;s answer: %2; another answer: %3; no answer (not counted as a mismatch): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Wix&apos;s answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2); the old answer may be served until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not Wix&apos;s answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer, so no evidence either way (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Domains Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdapBootstrap</name>
    <message>
        <source>not an RDAP bootstrap file (RFC 9224)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdapBootstrapStore</name>
    <message>
        <source>the bootstrap file lists no RDAP service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bootstrap file is not of version 1.0 (RFC 9224)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bootstrap file has no publication date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdapChecker</name>
    <message>
        <source>the registry limits requests (HTTP 429): try again in %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry limits requests (HTTP 429): try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bootstrap file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RDAP server is known for .%1 (not in the bootstrap file nor in the override table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bootstrap file could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdapRecord</name>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not an RDAP domain object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the redemption period (expired; only the registrant can restore it, at a fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending delete (about to be released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold (not published in DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RdapResult</name>
    <message>
        <source>The registry lists no nameservers: the domain cannot resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers (%1): a NAMESERVERS connection is set at the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists Wix&apos;s nameservers mixed with others (%1): all of them must be Wix&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists other nameservers than Wix&apos;s (%1): for a NAMESERVERS connection the registrar must change them to Wix&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation is signed (DNSSEC): before the nameservers change, remove the DS records at the registrar, or the domain goes dark for validating resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation is not signed (no DNSSEC at the registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered, but %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered: the registry answered that it has no such domain (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the registry: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is known about the registration of %1 until the registry answers; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked %1; the check took %2 ms (bootstrap file %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadProgress</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemediationHtml</name>
    <message>
        <source>Message received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented troubleshooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s), identical each time.</source>
        <translation>
            <numerusform>Seen %n time, identical each time.</numerusform>
            <numerusform>Seen %n times, identical each time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s) with different values: %1.</source>
        <translation>
            <numerusform>Seen %n time with different values: %1.</numerusform>
            <numerusform>Seen %n times with different values: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>and %n more value</numerusform>
            <numerusform>and %n more values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemediationView</name>
    <message>
        <source>Match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply copied as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an error to see what it means and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented error fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response failed, but nothing in the catalog matches what it says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was not opened: only https and mailto links from the catalog open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the reply: the customer&apos;s, whatever the window&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply as plain &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reply as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a reply for the ticket (Ctrl+Shift+C); Down arrow: choose the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: choose an error first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response carries no request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser or mail program could be started for %1. Copy the link with the context menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>The %1 request failed with HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, error code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**What it means:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**What to do:**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Note:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1 (quote it if you contact Wix support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed with HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request %1 failed with HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same error came back for each of these (responses in brackets):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the calls stand in Wix&apos;s documented flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultGroups</name>
    <message numerus="yes">
        <source>More than %1 different errors were found: %n further response(s) with other errors were counted but are not listed.</source>
        <translation>
            <numerusform>More than %1 different errors were found: %n further response with other errors was counted but is not listed.</numerusform>
            <numerusform>More than %1 different errors were found: %n further responses with other errors were counted but are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n different values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>no documented error fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, seen %n time(s)</source>
        <translation>
            <numerusform>%1, seen %n time</numerusform>
            <numerusform>%1, seen %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical response(s)</source>
        <translation>
            <numerusform>%n identical response</numerusform>
            <numerusform>%n identical responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) · same error · %1</source>
        <translation>
            <numerusform>%n response · same error · %1</numerusform>
            <numerusform>%n responses · same error · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeSave</name>
    <message>
        <source>the disk is full (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>the folder %1 cannot be written to (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SearchFilterModel</name>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team catalog files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files layered over the embedded catalog, in order: an entry with the same id replaces the embedded one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team catalog files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the order: later files replace entries of earlier ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused at the last load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only regular files can be team catalogs; these were not added:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give one such as 1.1.1.1, or leave the field empty to use the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the desktop; the theme changes when you press OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here changes until you press OK; Cancel leaves every setting as it was, catalog subscriptions included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server for Check domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS ser&amp;ver for Check domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s resolver only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers for propagation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses, separated by spaces, of the resolvers Check domain also asks to see how far the records have spread; empty keeps to the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers for propa&amp;gation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address. Give addresses such as 1.1.1.1, separated by spaces, or leave the field empty to keep to the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subscription</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1; using the copy from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1; no copy yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionStore</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of catalog subscriptions was damaged; it was set aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than a download may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it will be downloaded again at the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy of %1 could not be used (%2); it was set aside as %3 and will be downloaded again at the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved copy was damaged and set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog subscriptions are being changed by another window or command; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsBox</name>
    <message>
        <source>Catalog subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update n&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates at &amp;start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files published at an https address, layered over the embedded catalog in this order, before the team catalog files. The last good copy of each stays in use until a valid one replaces it. Changes here are kept when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a catalog file to subscribe to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address of a catalog file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented troubleshooting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n secret(s) redacted</source>
        <translation>
            <numerusform>, %n secret redacted</numerusform>
            <numerusform>, %n secrets redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documented error fits this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near misses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog %1: %n entries</source>
        <translation>
            <numerusform>Catalog %1: %n entry</numerusform>
            <numerusform>Catalog %1: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read: %1, %2 bytes, %n response(s) with an error</source>
        <translation>
            <numerusform>Read: %1, %2 bytes, %n response with an error</numerusform>
            <numerusform>Read: %1, %2 bytes, %n responses with an error</numerusform>
        </translation>
    </message>
    <message>
        <source>embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seen %n time(s)</source>
        <translation>
            <numerusform>Seen %n time</numerusform>
            <numerusform>Seen %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n response(s))</source>
        <translation>
            <numerusform>(%n response)</numerusform>
            <numerusform>(%n responses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more value(s)</source>
        <translation>
            <numerusform>and %n more value</numerusform>
            <numerusform>and %n more values</numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %n Wix call(s)</source>
        <translation>
            <numerusform>Timeline: %n Wix call</numerusform>
            <numerusform>Timeline: %n Wix calls</numerusform>
        </translation>
    </message>
    <message>
        <source>... %1 more rows (the JSON report lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1 over %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry or facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n call(s))</source>
        <translation>
            <numerusform>(%n call)</numerusform>
            <numerusform>(%n calls)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These calls follow none of the documented flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more not listed)</source>
        <translation>
            <numerusform>(%n more not listed)</numerusform>
            <numerusform>(%n more not listed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calls: %n Wix call(s)</source>
        <translation>
            <numerusform>Calls: %n Wix call</numerusform>
            <numerusform>Calls: %n Wix calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address with a user name or password is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is refused (only https, or http on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1:&apos; addresses are refused (only https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected from https to %1, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
