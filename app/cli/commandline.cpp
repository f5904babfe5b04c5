// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "diagnoser.h"
#include "jsonreport.h"
#include "textreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace CommandLine {
namespace {

struct Options
{
    QCommandLineOption list{QStringLiteral("list"),
                            QCoreApplication::translate("CommandLine", "List the error catalog.")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("CommandLine", "Print JSON instead of text.")};
    QCommandLineOption status{QStringLiteral("status"),
                              QCoreApplication::translate("CommandLine",
                                                          "Look up entries by status: 403, PERMISSION_DENIED, "
                                                          "\"PERMISSION_DENIED (403)\" or \"permission denied\"."),
                              QCoreApplication::translate("CommandLine", "status")};
    QCommandLineOption code{QStringLiteral("code"),
                            QCoreApplication::translate("CommandLine",
                                                        "Look up entries by error code (case, spaces, _ and - do not "
                                                        "matter)."),
                            QCoreApplication::translate("CommandLine", "code")};
    QCommandLineOption match{QStringLiteral("match"),
                             QCoreApplication::translate("CommandLine",
                                                         "Diagnose a file (- for standard input): a JSON body, HTTP or "
                                                         "curl output, a HAR export or a log."),
                             QCoreApplication::translate("CommandLine", "file")};
    QCommandLineOption top{
        QStringLiteral("top"),
        QCoreApplication::translate("CommandLine", "Show at most N matches per response (ties included)."),
        QCoreApplication::translate("CommandLine", "N"), QStringLiteral("0")};
    QCommandLineOption catalog{
        QStringLiteral("catalog"),
        QCoreApplication::translate("CommandLine", "Layer a catalog file over the embedded one (repeatable)."),
        QCoreApplication::translate("CommandLine", "path")};
    QCommandLineOption exitAfterStartup{
        QStringLiteral("exit-after-startup"),
        QCoreApplication::translate("CommandLine", "Open the window, paint it once and quit (for measurements).")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({list, json, status, code, match, top, catalog, exitAfterStartup});
    }
};

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

bool isHeadless(const QStringList &arguments)
{
    static const QStringList headless = {
        QStringLiteral("--list"),  QStringLiteral("--status"),  QStringLiteral("--code"),
        QStringLiteral("--match"), QStringLiteral("--version"), QStringLiteral("-v"),
        QStringLiteral("--help"),  QStringLiteral("-h"),        QStringLiteral("--json")};
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--"))
            break;
        if (headless.contains(a.section(u'=', 0, 0)))
            return true;
    }
    return false;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Diagnoses failed Wix Domains API responses offline, against the embedded "
                       "catalog of documented errors."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    Options o;
    o.addTo(parser);
    parser.addPositionalArgument(
        QCoreApplication::translate("CommandLine", "files"),
        QCoreApplication::translate("CommandLine", "Files to open in the window, one window each."),
        QCoreApplication::translate("CommandLine", "[files...]"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Found;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Found;
    }
    bool topOk = false;
    const int top = parser.value(o.top).toInt(&topOk);
    if (!topOk || top < 0) {
        err << QCoreApplication::translate("CommandLine", "--top takes a whole number of 0 or more, not '%1'")
                   .arg(parser.value(o.top))
            << '\n';
        return UsageError;
    }
    const int actions =
        int(parser.isSet(o.list)) + int(parser.isSet(o.match)) + int(parser.isSet(o.status) || parser.isSet(o.code));
    if (actions != 1) {
        err << QCoreApplication::translate("CommandLine", "choose one of --list, --match FILE, or --status/--code")
            << '\n';
        return UsageError;
    }

    QString error;
    auto catalog = std::make_shared<Catalog>(Catalog::embedded(&error));
    if (!error.isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "invalid embedded catalog: %1").arg(error) << '\n';
        return UsageError;
    }
    for (const QString &path : parser.values(o.catalog)) {
        if (!catalog->addFile(path, &error)) {
            err << QCoreApplication::translate("CommandLine", "invalid catalog: %1").arg(error) << '\n';
            return UsageError;
        }
    }
    const bool json = parser.isSet(o.json);

    if (parser.isSet(o.list)) {
        if (json)
            writeUtf8(out, QJsonDocument(JsonReport::listing(*catalog)).toJson(QJsonDocument::Indented));
        else
            TextReport::writeListing(out, *catalog);
        return catalog->entries().isEmpty() ? NothingFound : Found;
    }

    const Diagnoser diagnoser(catalog);
    Report report;
    if (parser.isSet(o.match)) {
        const QString path = parser.value(o.match);
        QFile file;
        if (openInput(path, &file))
            report = diagnoser.diagnose(&file); // a big HAR is read in chunks, never whole
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            err << QCoreApplication::translate("CommandLine", "cannot read %1: %2").arg(path, file.errorString())
                << '\n';
            return UsageError;
        }
    } else {
        if (parser.isSet(o.status) && !StatusCodes::parseStatus(parser.value(o.status)).valid) {
            err << QCoreApplication::translate(
                       "CommandLine",
                       "unknown status '%1': give an HTTP status such as 403 or a name such as PERMISSION_DENIED")
                       .arg(parser.value(o.status))
                << '\n';
            return UsageError;
        }
        report = diagnoser.lookup(parser.value(o.status), parser.value(o.code));
    }
    if (json)
        JsonReport::writeReport(report, top, [&out](const QByteArray &piece) { writeUtf8(out, piece); });
    else
        TextReport::writeReport(out, report, top);
    return report.identified() ? Found : NothingFound;
}

} // namespace CommandLine
