// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "appidentity.h"
#include "cataloglayers.h"
#include "diagnoser.h"
#include "jsonreport.h"
#include "networkcommands.h"
#include "subscriptionstore.h"
#include "textreport.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <qplatformdefs.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <optional>

namespace CommandLine {
namespace {

constexpr qint64 kMaxInputLimitMiB = qint64(1024) * 1024; // the largest --max-input accepted: 1 TiB

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt).
QString translated(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// The program's options, with their translated help. Built where they are used, after translations are in.
struct Definitions
{
    // The runtime context of these texts is CommandLine; this tells lupdate so too.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    Definitions() { instanceName.setFlags(QCommandLineOption::HiddenFromHelp); }

    QCommandLineOption list{QStringLiteral("list"), tr("List the error catalog.")};
    QCommandLineOption json{QStringLiteral("json"), tr("Print JSON instead of text.")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("Print the report of --match or --status/--code as text (the default), markdown, html "
                                 "or json (as --json): markdown and html as the window's Save diagnosis writes them."),
                              tr("format")};
    QCommandLineOption status{QStringLiteral("status"),
                              tr("Look up entries by status: 403, PERMISSION_DENIED, \"PERMISSION_DENIED (403)\" or "
                                 "\"permission denied\"."),
                              tr("status")};
    QCommandLineOption code{QStringLiteral("code"),
                            tr("Look up entries by error code (case, spaces, _ and - do not matter)."), tr("code")};
    QCommandLineOption match{QStringLiteral("match"),
                             tr("Diagnose a file (- for standard input): a JSON body, HTTP or curl output, a HAR "
                                "export or a log."),
                             tr("file")};
    QCommandLineOption reply{QStringLiteral("reply"),
                             tr("Print, for each response (or looked-up entry), the reply the window copies, as "
                                "text (the default) or markdown."),
                             tr("format")};
    QCommandLineOption replyLanguage{QStringLiteral("reply-language"),
                                     tr("Write the --reply in this language: en, de or es (default: the "
                                        "interface's)."),
                                     tr("language")};
    QCommandLineOption top{QStringLiteral("top"), tr("Show at most N matches per response (ties included)."), tr("N"),
                           QStringLiteral("0")};
    QCommandLineOption catalog{QStringLiteral("catalog"),
                               tr("Layer a catalog file over the embedded one (repeatable)."), tr("path")};
    QCommandLineOption maxInput{QStringLiteral("max-input"),
                                tr("Read at most this many MiB of the --match input (default 256); the rest is not "
                                   "read, and the answer says so."),
                                tr("MiB"), QStringLiteral("256")};
    QCommandLineOption updateCatalog{QStringLiteral("update-catalog"),
                                     tr("Subscribe to the catalog file at URL (https) and bring it up to date."),
                                     tr("URL")};
    QCommandLineOption checkDns{QStringLiteral("check-dns"),
                                tr("Check a domain's live DNS: nameservers, addresses and www record, and whether they "
                                   "point at Wix."),
                                tr("domain")};
    QCommandLineOption dnsServer{QStringLiteral("dns-server"),
                                 tr("Ask this DNS server (an IP address) instead of the system's (repeatable with "
                                    "--check-domain)."),
                                 tr("IP")};
    QCommandLineOption checkDomain{QStringLiteral("check-domain"),
                                   tr("Check a domain's registration (RDAP, at its registry) and its live DNS."),
                                   tr("domain")};
    QCommandLineOption rdapBootstrap{QStringLiteral("rdap-bootstrap"),
                                     tr("The RDAP bootstrap file (RFC 9224) to use instead of the embedded one: an "
                                        "https URL or a file."),
                                     tr("URL|file")};
    QCommandLineOption exitAfterStartup{QStringLiteral("exit-after-startup"),
                                        tr("Open the window, paint it once and quit (for measurements).")};
    QCommandLineOption newWindow{QStringLiteral("new-window"),
                                 tr("Open a window of its own, even if one is already open.")};
    QCommandLineOption instanceName{QStringLiteral("instance-name"),
                                    tr("The name the running window answers to (default: one per user)."), tr("name")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(tr("Diagnoses failed Wix Domains API responses offline, against the embedded "
                                            "catalog of documented errors. With none of --list, --match or "
                                            "--status/--code, opens the window."));
        parser.addOptions(
            {list,      json,         format,           status,        code,     match,     reply,       replyLanguage,
             top,       catalog,      maxInput,         updateCatalog, checkDns, dnsServer, checkDomain, rdapBootstrap,
             newWindow, instanceName, exitAfterStartup, help,          version});
        parser.addPositionalArgument(tr("files"), tr("Files to open in the window, one window each."),
                                     tr("[files...]"));
    }
};

// Qt's own options for a window (QGuiApplication and QApplication read them from the command line), with whether
// each takes a value. Kept out of our parser: QApplication takes them.
struct QtOption
{
    const char16_t *name;
    bool takesValue;
};
constexpr QtOption kQtWindowOptions[] = {
    {u"platform", true},        {u"platformpluginpath", true},
    {u"platformtheme", true},   {u"plugin", true},
    {u"qwindowgeometry", true}, {u"qwindowicon", true},
    {u"qwindowtitle", true},    {u"session", true},
    {u"display", true},         {u"geometry", true},
    {u"title", true},           {u"name", true},
    {u"style", true},           {u"stylesheet", true},
    {u"reverse", false},        {u"widgetcount", false},
    {u"nograb", false},         {u"dograb", false},
    {u"sync", false},
};

// How many arguments from arguments[at] are one of Qt's window options: 0, 1 or 2.
int qtOptionLength(const QStringList &arguments, qsizetype at)
{
    QStringView arg = arguments.at(at);
    if (!arg.startsWith(u'-'))
        return 0;
    arg = arg.sliced(arg.startsWith(u"--") ? 2 : 1);
    const qsizetype equals = arg.indexOf(u'=');
    const QStringView name = equals < 0 ? arg : arg.first(equals);
    for (const QtOption &o : kQtWindowOptions) {
        if (name != QStringView(o.name))
            continue;
        if (!o.takesValue || equals >= 0)
            return 1;
        return at + 1 < arguments.size() ? 2 : 0; // without its value, it is an error of ours to report
    }
    return 0;
}

const QString kReplyOption = QStringLiteral("--reply");

// --reply's format may be left out: a bare --reply not followed by a format is --reply=text.
QStringList withReplyFormat(QStringList arguments)
{
    const QStringList formats{QStringLiteral("text"), QStringLiteral("markdown")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == kReplyOption && (i + 1 == arguments.size() || !formats.contains(arguments.at(i + 1))))
            arguments[i] = kReplyOption + QStringLiteral("=text");
    }
    return arguments;
}

QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--")) {
            out += arguments.mid(i);
            break;
        }
        const int length = i == 0 ? 0 : qtOptionLength(arguments, i);
        if (length == 0)
            out.append(arguments.at(i));
        i += qMax(0, length - 1);
    }
    return out;
}

// --reply and --reply-language into o; an error message when they are wrong or go with the wrong action.
QString parseReply(const QCommandLineParser &parser, const Definitions &d, Options *o)
{
    if (parser.isSet(d.reply) || parser.isSet(d.replyLanguage)) {
        if (o->action != Options::Action::Match && o->action != Options::Action::Lookup)
            return translated("--reply and --reply-language go with --match FILE or --status/--code");
        if (o->json)
            return translated("--reply prints the reply as text or markdown: it does not go with --json");
    }
    if (parser.isSet(d.reply)) {
        const QString format = parser.value(d.reply);
        if (format == QLatin1String("text"))
            o->reply = ReplyComposer::Format::PlainText;
        else if (format == QLatin1String("markdown"))
            o->reply = ReplyComposer::Format::Markdown;
        else
            return translated("--reply takes text or markdown, not '%1'").arg(format);
    }
    if (parser.isSet(d.replyLanguage)) {
        if (!parser.isSet(d.reply))
            return translated("--reply-language goes with --reply");
        o->replyLanguage = parser.value(d.replyLanguage);
        QStringList codes;
        for (const Translations::Language &l : Translations::available())
            codes << l.code;
        if (!codes.contains(o->replyLanguage))
            return translated("--reply-language takes one of %1, not '%2'")
                .arg(codes.join(QStringLiteral(", ")), o->replyLanguage);
    }
    return {};
}

// --format, and --json that is its short form for the reports, into o; an error message when they are wrong or
// go with the wrong action.
QString parseFormat(const QCommandLineParser &parser, const Definitions &d, Options *o)
{
    using DiagnosisFile::Format;
    if (o->json)
        o->format = Format::Json;
    if (!parser.isSet(d.format))
        return {};
    if (o->action != Options::Action::Match && o->action != Options::Action::Lookup)
        return translated("--format goes with --match FILE or --status/--code");
    if (o->reply)
        return translated("--reply prints the reply: it does not go with --format");
    const QString name = parser.value(d.format);
    const QList<std::pair<QLatin1String, Format>> formats{{QLatin1String("text"), Format::Text},
                                                          {QLatin1String("markdown"), Format::Markdown},
                                                          {QLatin1String("html"), Format::Html},
                                                          {QLatin1String("json"), Format::Json}};
    const auto found =
        std::find_if(formats.cbegin(), formats.cend(), [&name](const auto &f) { return f.first == name; });
    if (found == formats.cend())
        return translated("--format takes text, markdown, html or json, not '%1'").arg(name);
    if (o->json && found->second != Format::Json)
        return translated("--json and --format %1 ask for two formats").arg(name);
    o->format = found->second;
    o->json = o->format == Format::Json;
    return {};
}

// The values of the headless action chosen into o; an error message when the status is not one.
QString readActionValues(const QCommandLineParser &parser, const Definitions &d, Options *o)
{
    o->matchPath = parser.value(d.match);
    o->subscriptionUrl = parser.value(d.updateCatalog);
    o->domain = o->action == Options::Action::CheckDomain ? parser.value(d.checkDomain) : parser.value(d.checkDns);
    o->dnsServer = parser.value(d.dnsServer);
    o->dnsServers = parser.values(d.dnsServer);
    o->rdapBootstrap = parser.value(d.rdapBootstrap);
    o->status = parser.value(d.status);
    o->code = parser.value(d.code);
    if (parser.isSet(d.status) && !StatusCodes::parseStatus(o->status).valid)
        return translated("unknown status '%1': give an HTTP status such as 403 or a name such as PERMISSION_DENIED")
            .arg(o->status);
    return {};
}

Options failed(const QString &error)
{
    Options o;
    o.action = Options::Action::Error;
    o.error = error;
    return o;
}

std::optional<Options::Action> chosenAction(const QCommandLineParser &parser, const Definitions &d)
{
    const bool lookup = parser.isSet(d.status) || parser.isSet(d.code);
    const int chosen = int(parser.isSet(d.list)) + int(parser.isSet(d.match)) + int(lookup) +
                       int(parser.isSet(d.updateCatalog)) + int(parser.isSet(d.checkDns)) +
                       int(parser.isSet(d.checkDomain));
    if (chosen > 1)
        return std::nullopt;
    if (parser.isSet(d.list))
        return Options::Action::List;
    if (parser.isSet(d.match))
        return Options::Action::Match;
    if (parser.isSet(d.updateCatalog))
        return Options::Action::UpdateCatalog;
    if (parser.isSet(d.checkDns))
        return Options::Action::CheckDns;
    if (parser.isSet(d.checkDomain))
        return Options::Action::CheckDomain;
    return lookup ? Options::Action::Lookup : Options::Action::Window;
}

// A pipe or a terminal is read until it closes, which may be never: say so before waiting, not after.
void sayWhenWaiting(const QString &path, QTextStream &err)
{
    QT_STATBUF info;
    const bool standardInput = path == QLatin1String("-");
    const int status =
        standardInput ? QT_FSTAT(STDIN_FILENO, &info) : QT_STAT(QFile::encodeName(path).constData(), &info);
    if (status != 0)
        return;
    if (S_ISFIFO(info.st_mode) || (standardInput && isatty(STDIN_FILENO))) {
        err << (standardInput ? translated("reading standard input until it is closed (Ctrl+D at a terminal)")
                              : translated("waiting for %1 to be written and closed").arg(path))
            << '\n';
        err.flush();
    } else if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)) {
        err << translated("%1 is a device: reading at most the --max-input limit").arg(path) << '\n';
        err.flush();
    }
}

bool openInput(const QString &path, QFile *file)
{
    if (path == QLatin1String("-"))
        return file->open(stdin, QIODevice::ReadOnly);
    file->setFileName(path);
    return file->open(QIODevice::ReadOnly);
}

// UTF-8 to the stream: straight to its device when it has one (standard output), else as text.
void writeUtf8(QTextStream &out, const QByteArray &utf8)
{
    if (QIODevice *device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}

} // namespace

Options parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Definitions d;
    d.addTo(parser);
    if (!parser.parse(withReplyFormat(withoutQtOptions(arguments))))
        return failed(parser.errorText());
    Options o;
    if (parser.isSet(d.help) || parser.isSet(d.version)) {
        o.action = parser.isSet(d.help) ? Options::Action::Help : Options::Action::Version;
        return o;
    }
    const std::optional<Options::Action> action = chosenAction(parser, d);
    if (!action)
        return failed(translated(
            "choose one of --list, --match FILE, --status/--code, --update-catalog URL or --check-dns DOMAIN"));
    o.action = *action;
    o.catalogFiles = parser.values(d.catalog);
    o.json = parser.isSet(d.json);
    bool topOk = false;
    o.top = parser.value(d.top).toInt(&topOk);
    if (!topOk || o.top < 0)
        return failed(translated("--top takes a whole number of 0 or more, not '%1'").arg(parser.value(d.top)));
    bool maxInputOk = false;
    const qint64 maxInputMiB = parser.value(d.maxInput).toLongLong(&maxInputOk);
    if (!maxInputOk || maxInputMiB < 1 || maxInputMiB > kMaxInputLimitMiB)
        return failed(translated("--max-input takes a number of MiB from 1 to %1, not '%2'")
                          .arg(QString::number(kMaxInputLimitMiB), parser.value(d.maxInput)));
    o.maxInputBytes = maxInputMiB * 1024 * 1024;
    if (parser.isSet(d.dnsServer) && o.action != Options::Action::CheckDns && o.action != Options::Action::CheckDomain)
        return failed(translated("--dns-server goes with --check-dns or --check-domain"));
    if (parser.isSet(d.rdapBootstrap) && o.action != Options::Action::CheckDomain)
        return failed(translated("--rdap-bootstrap goes with --check-domain"));
    if (const QString error = parseReply(parser, d, &o); !error.isEmpty())
        return failed(error);
    if (const QString error = parseFormat(parser, d, &o); !error.isEmpty())
        return failed(error);
    const QStringList positional = parser.positionalArguments();
    if (o.action == Options::Action::Window) {
        if (o.json || parser.isSet(d.top) || parser.isSet(d.maxInput))
            return failed(translated("--json, --top and --max-input go with --list, --match FILE or --status/--code"));
        o.files = positional;
        o.exitAfterStartup = parser.isSet(d.exitAfterStartup);
        o.newWindow = parser.isSet(d.newWindow);
        o.instanceName = parser.value(d.instanceName);
        return o;
    }
    if (!positional.isEmpty())
        return failed(translated("unexpected argument '%1': give the file to diagnose with --match FILE")
                          .arg(positional.front()));
    for (const QCommandLineOption *windowOnly : {&d.exitAfterStartup, &d.newWindow, &d.instanceName}) {
        if (parser.isSet(*windowOnly)) {
            return failed(translated("--%1 is for the window: it does not go with --list, --match or --status/--code")
                              .arg(windowOnly->names().constFirst()));
        }
    }
    if (const QString error = readActionValues(parser, d, &o); !error.isEmpty())
        return failed(error);
    return o;
}

namespace {

QString helpText()
{
    QCommandLineParser parser;
    Definitions().addTo(parser);
    return parser.helpText();
}

// The catalog the options ask for, by the layers' one rule (CatalogLayers), or nullptr after naming every problem
// on err: a command answers from the catalog it was asked for or not at all. A subscription's damaged copy is
// named but does not stop it (it was set aside and is downloaded again at the next update).
std::shared_ptr<const Catalog> loadCatalog(const Options &o, QTextStream &err)
{
    const LoadedCatalog loaded = CatalogLayers::load(SubscriptionStore(), o.catalogFiles);
    for (const LoadedCatalog::Problem &p : loaded.problems) {
        switch (p.layer) {
        case LoadedCatalog::Layer::Embedded:
            err << translated("invalid embedded catalog: %1").arg(p.message) << '\n';
            break;
        case LoadedCatalog::Layer::TeamFile:
            err << translated("invalid catalog: %1").arg(p.message) << '\n';
            break;
        case LoadedCatalog::Layer::Subscription:
            err << p.message << '\n';
            break;
        }
    }
    return loaded.isComplete() ? loaded.catalog : nullptr;
}

int list(const Options &o, const Catalog &catalog, QTextStream &out)
{
    if (o.json)
        writeUtf8(out, QJsonDocument(JsonReport::listing(catalog)).toJson(QJsonDocument::Indented));
    else
        TextReport::writeListing(out, catalog);
    return catalog.entries().isEmpty() ? NothingFound : Found;
}

// The reply the window copies, for each response's best match (each looked-up entry for --status/--code),
// composed by the same call in the language asked for; replies are parted by a line of "---".
int writeReplies(const Options &o, const Report &report, const QList<FlowDefinition> &flowDefinitions, QTextStream &out,
                 QTextStream &err)
{
    const QString language = o.replyLanguage.isEmpty() ? Translations::current() : o.replyLanguage;
    const ReplyComposer::Phrases phrases = Translations::phrases(language, "ReplyComposer");
    int written = 0;
    for (qsizetype r = 0; r < report.results.size(); ++r) {
        const Diagnosis &d = report.results.at(r);
        if (d.matches.isEmpty())
            err << translated("response %1: no documented error fits it, so there is no reply")
                       .arg(QString::number(r + 1))
                << '\n';
        const qsizetype replies =
            o.action == Options::Action::Lookup ? d.shownMatches(o.top) : qMin<qsizetype>(1, d.matches.size());
        for (qsizetype i = 0; i < replies; ++i) {
            if (written++ > 0)
                out << "\n---\n\n";
            out << ReplyComposer::compose(d, d.matches.at(i), *o.reply, language, phrases);
        }
    }
    const QString flows = ReplyComposer::flowSection(report.timeline, flowDefinitions, *o.reply, phrases,
                                                     Translations::phrasesInAnyContext(language));
    if (!flows.isEmpty())
        out << (written > 0 ? "\n" : "") << flows;
    return written > 0 ? Found : NothingFound;
}

// The report in the format asked for, by the renderer the window saves with. Text and JSON are written as they are
// made (a report of a big log is long); Markdown and HTML name the file read, as the window's Save does.
void writeReport(const Options &o, const Report &report, QTextStream &out)
{
    switch (o.format) {
    case DiagnosisFile::Format::Text:
        TextReport::writeReport(out, report, o.top);
        return;
    case DiagnosisFile::Format::Json:
        JsonReport::writeReport(report, o.top, [&out](const QByteArray &piece) { writeUtf8(out, piece); });
        return;
    case DiagnosisFile::Format::Markdown:
    case DiagnosisFile::Format::Html:
        break;
    }
    const bool named = o.action == Options::Action::Match && o.matchPath != QLatin1String("-");
    const DiagnosisFile::Source source{named ? QFileInfo(o.matchPath).fileName() : QString(), Translations::current(),
                                       o.top};
    writeUtf8(out, DiagnosisFile::render(report, o.format, source));
}

int diagnose(const Options &o, std::shared_ptr<const Catalog> catalog, QTextStream &out, QTextStream &err)
{
    const Diagnoser diagnoser(std::move(catalog));
    Report report;
    if (o.action == Options::Action::Match) {
        QFile file;
        sayWhenWaiting(o.matchPath, err);
        if (openInput(o.matchPath, &file)) // a big HAR or log is read in chunks, never whole
            report = diagnoser.diagnose(&file, nullptr, o.maxInputBytes);
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            err << translated("cannot read %1: %2").arg(o.matchPath, file.errorString()) << '\n';
            return UsageError;
        }
    } else {
        report = diagnoser.lookup(o.status, o.code);
    }
    if (o.reply)
        return writeReplies(o, report, diagnoser.catalog().flows(), out, err);
    writeReport(o, report, out);
    return report.identified() ? Found : NothingFound;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const Options o = parse(arguments);
    switch (o.action) {
    case Options::Action::Error:
        err << o.error << '\n';
        return UsageError;
    case Options::Action::Window:
        err << translated(
                   "choose one of --list, --match FILE, --status/--code, --update-catalog URL or --check-dns DOMAIN")
            << '\n';
        return UsageError;
    case Options::Action::Help:
        out << helpText();
        return Found;
    case Options::Action::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Found;
    case Options::Action::UpdateCatalog:
        return NetworkCommands::updateCatalog(o.subscriptionUrl, o.json, out, err);
    case Options::Action::List:
    case Options::Action::Match:
    case Options::Action::Lookup:
    case Options::Action::CheckDns:
    case Options::Action::CheckDomain:
        break;
    }
    const std::shared_ptr<const Catalog> catalog = loadCatalog(o, err);
    if (!catalog)
        return UsageError;
    if (o.action == Options::Action::List)
        return list(o, *catalog, out);
    if (o.action == Options::Action::CheckDns)
        return NetworkCommands::checkDns(o.domain, o.dnsServer, *catalog, o.json, out, err);
    if (o.action == Options::Action::CheckDomain)
        return NetworkCommands::checkDomain({o.domain, o.dnsServers, o.rdapBootstrap}, *catalog, o.json, out, err);
    return diagnose(o, catalog, out, err);
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppIdentity::apply(); // the window's data folder: the same catalog subscriptions
    Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(QCoreApplication::arguments(), out, err);
}

} // namespace CommandLine
