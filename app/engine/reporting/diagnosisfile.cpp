// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "diagnosisfile.h"

#include "closedset.h"
#include "jsonreport.h"
#include "remediationhtml.h"
#include "replycomposer.h"
#include "safesave.h"
#include "textreport.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

namespace DiagnosisFile {
namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt); with n, a
// plural.
QString translated(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DiagnosisFile", text, disambiguation, n);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One error of the report: the first of its responses stands for all of them.
struct Section
{
    const Diagnosis *diagnosis;
    int count;
    QStringList places; // where they were found (the first ones), and their request when it is one
};

QList<Section> sectionsOf(const Report &report)
{
    QList<Section> out;
    for (const Diagnosis &d : report.results) {
        Section s{&d, d.group.count, {}};
        const QString request = d.group.oneRequest ? requestLine(d.input) : QString();
        if (d.group.locations.isEmpty() && !request.isEmpty())
            s.places << request;
        for (const Location &where : d.group.locations)
            s.places << (request.isEmpty() ? where.label() : where.label() + QStringLiteral(" \u00b7 ") + request);
        if (d.group.count == 1 && !d.input.requestId.isEmpty() && !s.places.isEmpty())
            s.places.last() += QStringLiteral(" \u00b7 ") + translated("request ID %1").arg(d.input.requestId);
        if (d.group.moreLocations() > 0 && !s.places.isEmpty())
            s.places << translated("\u2026 and %n more", nullptr, d.group.moreLocations());
        out << s;
    }
    return out;
}

QString titleOf(const Diagnosis &d)
{
    QStringList head;
    if (d.input.httpStatus > 0)
        head << QString::number(d.input.httpStatus);
    head << (d.input.code.isEmpty() ? d.input.status : d.input.code);
    const QString what = d.identified() ? d.matches.front().entry->localized(Translations::current()).title
                                        : translated("No documented error fits");
    return head.join(u' ').trimmed() + QStringLiteral(" \u2014 ") + what;
}

QString summaryOf(const Report &report, int sections)
{
    QStringList parts{translated("Read: %1").arg(InputFormats::label(report.format)),
                      translated("%n error response(s)", nullptr, report.responseCount())};
    if (sections < report.responseCount())
        parts << translated("%n distinct error(s)", nullptr, sections);
    if (report.redactions > 0)
        parts << translated("%n secret(s) redacted", nullptr, report.redactions);
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString headingOf(const Source &source)
{
    return source.name.isEmpty() ? translated("Diagnosis") : translated("Diagnosis of %1").arg(source.name);
}

// Now, or the time SOURCE_DATE_EPOCH names (the reproducible-builds convention), to the second, in UTC.
QDateTime producedAt()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && epoch >= 0 ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QString producedBy(const Report &report)
{
    QStringList parts{QStringLiteral("Domains Troubleshooter " DT_VERSION)};
    if (report.catalog)
        parts << translated("catalog %1").arg(report.catalog->version());
    parts << producedAt().toString(Qt::ISODate);
    return parts.join(QStringLiteral(", "));
}

// A fence longer than any run of backticks in the text, so that the text cannot end the block.
QString fenceFor(const QString &text)
{
    qsizetype longest = 0;
    static const QRegularExpression ticks(QStringLiteral("`+"));
    for (auto it = ticks.globalMatch(text); it.hasNext();)
        longest = qMax(longest, it.next().capturedLength());
    return QString(qMax<qsizetype>(3, longest + 1), u'`');
}

QString markdownSection(int number, const Section &s, const Source &source)
{
    using ReplyComposer::escapeMarkdown;
    const Diagnosis &d = *s.diagnosis;
    QString md = QStringLiteral("## %1. %2\n\n").arg(QString::number(number), escapeMarkdown(titleOf(d)));
    if (s.count > 1)
        md += QStringLiteral("*%1*\n\n").arg(escapeMarkdown(translated("Seen %n times", nullptr, s.count)));
    if (!s.places.isEmpty()) {
        md += QStringLiteral("**%1**\n\n").arg(escapeMarkdown(translated("Where:")));
        for (const QString &p : s.places)
            md += QStringLiteral("- %1\n").arg(escapeMarkdown(p));
        md += u'\n';
    }
    if (d.identified()) {
        const QString language = source.replyLanguage;
        md += ReplyComposer::compose(
            d, d.matches.front(), ReplyComposer::Format::Markdown, language,
            [&language](const char *text) { return Translations::translate(language, "ReplyComposer", text); });
        md += QStringLiteral("\n\n");
        if (d.matches.size() > 1) {
            md += QStringLiteral("**%1**\n\n").arg(escapeMarkdown(translated("Other candidates:")));
            for (int i = 1; i < d.matches.size(); ++i) {
                const Match &m = d.matches.at(i);
                md += QStringLiteral("- %1 (%2 %3)\n")
                          .arg(escapeMarkdown(m.entry->localized(Translations::current()).title +
                                              QStringLiteral(" \u00b7 ") + endpointOf(*m.entry)),
                               escapeMarkdown(confidenceName(m.level)), QString::number(m.confidence, 'f', 2));
            }
            md += u'\n';
        }
    } else {
        md += escapeMarkdown(translated("This response failed, but nothing in the catalog matches what it says.")) +
              u'\n';
        if (!d.input.message.isEmpty())
            md +=
                QStringLiteral("\n> %1\n").arg(escapeMarkdown(d.input.message).replace(u'\n', QStringLiteral("\n> ")));
        for (const QString &note : d.notes)
            md += u'\n' + escapeMarkdown(note) + u'\n';
        md += u'\n';
    }
    return md;
}

QString inputMissing(const Report &report)
{
    return translated("The input (%1) is too large to be included here.")
        .arg(QLocale().formattedDataSize(report.bytes));
}

QString markdown(const Report &report, const Source &source)
{
    using ReplyComposer::escapeMarkdown;
    const QList<Section> sections = sectionsOf(report);
    QString md = QStringLiteral("# %1\n\n*%2*\n\n%3\n\n")
                     .arg(escapeMarkdown(headingOf(source)), escapeMarkdown(producedBy(report)),
                          escapeMarkdown(summaryOf(report, int(sections.size()))));
    for (const QString &p : report.problems)
        md += QStringLiteral("- %1\n").arg(escapeMarkdown(p));
    if (!report.problems.isEmpty())
        md += u'\n';
    for (int i = 0; i < sections.size(); ++i)
        md += markdownSection(i + 1, sections.at(i), source);
    md += QStringLiteral("## %1\n\n").arg(escapeMarkdown(translated("Input, secrets removed")));
    if (report.redactedText.isEmpty()) {
        md += escapeMarkdown(inputMissing(report)) + u'\n';
    } else {
        const QString fence = fenceFor(report.redactedText);
        md += fence + u'\n' + report.redactedText +
              (report.redactedText.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + fence + u'\n';
    }
    return md;
}

QString htmlSection(int number, const Section &s, const RemediationHtml::Colors &colors)
{
    const Diagnosis &d = *s.diagnosis;
    QString h =
        QStringLiteral("<section>\n<h2 class=\"error\">%1. %2</h2>\n").arg(QString::number(number), esc(titleOf(d)));
    if (s.count > 1)
        h += QStringLiteral("<p class=\"count\">%1</p>\n").arg(esc(translated("Seen %n times", nullptr, s.count)));
    if (!s.places.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n<ul>\n").arg(esc(translated("Where:")));
        for (const QString &p : s.places)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(p));
        h += QStringLiteral("</ul>\n");
    }
    if (d.identified()) {
        // What the window shows: every piece of text escaped, links only from the catalog.
        h += RemediationHtml::render(*d.matches.front().entry, &d, &d.matches.front(), {}, colors)
                 .remove(RemediationHtml::kWordJoiner);
    } else {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(translated("This response failed, but nothing in the catalog matches what it says.")));
        if (!d.input.message.isEmpty())
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(d.input.message));
        for (const QString &note : d.notes)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(note));
    }
    return h + QStringLiteral("\n</section>\n");
}

QString html(const Report &report, const Source &source)
{
    const QList<Section> sections = sectionsOf(report);
    // Made to be printed: the light theme's marks, and grey text with a contrast of 7:1 on white.
    const RemediationHtml::Colors colors{QStringLiteral("#ffeca8"), QStringLiteral("#000000"),
                                         QStringLiteral("#595959")};
    // Nothing in the page may load or run anything: it is opened from a ticket, by anyone.
    QString h = QStringLiteral(
                    "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                    "'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>%2</title>\n"
                    "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
                    "pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:.5em}"
                    "section{border-top:1px solid #ccc;margin-top:1.5em}.meta{color:%3}</style>\n</head>\n<body>\n")
                    .arg(esc(Translations::current()), esc(headingOf(source)), colors.muted);
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n<p>%3</p>\n")
             .arg(esc(headingOf(source)), esc(producedBy(report)), esc(summaryOf(report, int(sections.size()))));
    if (!report.problems.isEmpty()) {
        h += QStringLiteral("<ul>\n");
        for (const QString &p : report.problems)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(p));
        h += QStringLiteral("</ul>\n");
    }
    for (int i = 0; i < sections.size(); ++i)
        h += htmlSection(i + 1, sections.at(i), colors);
    h += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(esc(translated("Input, secrets removed")));
    h += report.redactedText.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(inputMissing(report)))
                                       : QStringLiteral("<pre>%1</pre>\n").arg(esc(report.redactedText));
    return h + QStringLiteral("</section>\n</body>\n</html>\n");
}

// Keys for the settings, labels for the file dialog's filters.
constexpr ClosedSet kFormats{
    "DiagnosisFile",
    std::array{
        ClosedSetRow{Format::Markdown, u"markdown", QT_TRANSLATE_NOOP("DiagnosisFile", "Markdown (*.md *.markdown)")},
        ClosedSetRow{Format::Html, u"html", QT_TRANSLATE_NOOP("DiagnosisFile", "HTML page (*.html *.htm)")},
        ClosedSetRow{Format::Json, u"json",
                     QT_TRANSLATE_NOOP("DiagnosisFile", "JSON, as the command line writes it (*.json)")},
        ClosedSetRow{Format::Text, u"text",
                     QT_TRANSLATE_NOOP("DiagnosisFile", "Text, as the command line prints it (*.txt)")},
    }};

} // namespace

Format formatOf(const QString &path, Format fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("txt"))
        return Format::Text;
    return fallback;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("txt");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Markdown:
        break;
    }
    return QStringLiteral("md");
}

QString filter(Format format)
{
    return kFormats.label(format);
}

QString key(Format format)
{
    return kFormats.key(format);
}

std::optional<Format> formatFromKey(QStringView key)
{
    return kFormats.fromKey(key);
}

QByteArray render(const Report &report, Format format, const Source &source)
{
    switch (format) {
    case Format::Text: {
        QString text;
        QTextStream out(&text);
        TextReport::writeReport(out, report, source.top);
        out.flush();
        return text.toUtf8();
    }
    case Format::Html:
        return html(report, source).toUtf8();
    case Format::Json: {
        QByteArray out;
        JsonReport::writeReport(report, source.top, [&out](const QByteArray &piece) { out += piece; });
        return out;
    }
    case Format::Markdown:
        break;
    }
    return markdown(report, source).toUtf8();
}

QString requestLine(const ParsedResponse &in)
{
    if (in.method.isEmpty() && in.url.isEmpty())
        return {};
    // The path says which call it was; the host is nearly always www.wixapis.com.
    const QUrl url(in.url);
    const QString where = url.isValid() && !url.path().isEmpty() ? url.path() : in.url;
    return QString(in.method + u' ' + where).trimmed();
}

QString endpointOf(const CatalogEntry &entry)
{
    return entry.endpoint.path.isEmpty() ? entry.endpoint.name
                                         : QStringLiteral("%1 %2").arg(entry.endpoint.method, entry.endpoint.path);
}

bool save(const QString &path, const QByteArray &content, QString *error)
{
    return SafeSave::write(path, content, error);
}

} // namespace DiagnosisFile
