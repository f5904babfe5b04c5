// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "replycomposer.h"

#include "messagetemplate.h"
#include "resultgroups.h"
#include "statuscodes.h"

#include <QCoreApplication>

namespace ReplyComposer {
namespace {

QString literal(const QString &text, bool markdown)
{
    return markdown ? QLatin1Char('`') + QString(text).replace(u'`', u'\'') + QLatin1Char('`') : text;
}

// Fills the placeholders first, then escapes the text around them: a value is quoted as code, never escaped, and
// a name with '_' still finds its value. Text that is no template (the catalog refuses such steps) is shown as
// written.
QString fill(const QString &text, const Match &match, bool markdown)
{
    QString error;
    const QList<MessageTemplate::Token> tokens = MessageTemplate::tokenize(text, &error);
    if (!error.isEmpty())
        return markdown ? escapeMarkdown(text) : text;
    QString out;
    for (const MessageTemplate::Token &token : tokens) {
        if (!token.placeholder) {
            out.append(markdown ? escapeMarkdown(token.text) : token.text);
            continue;
        }
        const QString value = match.value(token.text);
        if (!value.isEmpty())
            out.append(literal(value, markdown));
        else
            out.append(markdown ? escapeMarkdown(QStringLiteral("<%1>").arg(token.text))
                                : QStringLiteral("<%1>").arg(token.text));
    }
    return out;
}

// A reply names this many of a group's distinct values, then says how many more there are.
constexpr qsizetype kValuesNamed = 20;

// The values that differ between the responses of a group, each with how many responses carried it.
QStringList groupValues(const ResponseGroup &g, bool md, const std::function<QString(const char *)> &tr)
{
    if (g.identical())
        return {};
    QStringList out{QString(), md ? QStringLiteral("**%1**").arg(escapeMarkdown(tr("The same error came back for "
                                                                                   "each of these (responses in "
                                                                                   "brackets):")))
                                  : tr("The same error came back for each of these (responses in brackets):")};
    for (qsizetype i = 0; i < g.values.size() && i < kValuesNamed; ++i) {
        const CapturedValues &v = g.values.at(i);
        out << QStringLiteral("- %1 (%2)").arg(literal(ResultGroups::valuesText(v), md), QString::number(v.count));
    }
    const int more = g.distinctValues() - int(qMin(g.values.size(), kValuesNamed));
    if (more > 0)
        out << QStringLiteral("- ") + tr("and %1 more").arg(QString::number(more));
    return out;
}

// The reply's own words: in the language the phrases give, else in the installed translation.
auto translatorFor(const Phrases &phrases)
{
    return [&phrases](const char *text) {
        return phrases ? phrases(text) : QCoreApplication::translate("ReplyComposer", text);
    };
}

} // namespace

QString headline(const Diagnosis &diagnosis, const Match &match, Format format, const Phrases &phrases)
{
    const auto tr = translatorFor(phrases);
    const bool md = format == Format::Markdown;
    const CatalogEntry &e = *match.entry;
    const ParsedResponse &in = diagnosis.input;
    const int http = in.httpStatus > 0 ? in.httpStatus : e.httpStatus;
    const QString request = QString(in.method + u' ' + in.url).trimmed();
    QString line;
    if (match.level == Confidence::Generic) {
        // Wix's generic meaning of a status names no endpoint: say what was sent and what came back instead.
        line = request.isEmpty()
                   ? tr("The request failed with HTTP %1").arg(http)
                   : tr("The request %1 failed with HTTP %2").arg(literal(request, md), QString::number(http));
        const QString status = in.status.isEmpty() ? e.status : in.status;
        if (!status.isEmpty())
            line += QStringLiteral(" (%1)").arg(status);
        if (!in.code.isEmpty())
            line += tr(", error code %1").arg(literal(in.code, md));
    } else {
        line = tr("The %1 request failed with HTTP %2")
                   .arg(md ? escapeMarkdown(e.endpoint.name) : e.endpoint.name, QString::number(http));
        const QString code = e.code.isEmpty() ? in.code : e.code;
        if (!code.isEmpty())
            line += tr(", error code %1").arg(literal(code, md));
    }
    return md ? QStringLiteral("**%1.**").arg(line) : line + QLatin1Char('.');
}

QString fillVariables(const QString &text, const Match &match)
{
    return fill(text, match, false);
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|~").contains(c))
            out.append(u'\\');
        out.append(c);
    }
    return out;
}

QString compose(const Diagnosis &diagnosis, const Match &match, Format format, const QString &language,
                const Phrases &phrases)
{
    const auto tr = translatorFor(phrases);
    const bool md = format == Format::Markdown;
    const CatalogEntry e = language.isEmpty() ? *match.entry : match.entry->localized(language);
    const ParsedResponse &in = diagnosis.input;
    auto esc = [md](const QString &s) { return md ? escapeMarkdown(s) : s; };
    auto link = [md](const Link &l) {
        return md ? QStringLiteral("[%1](%2)").arg(escapeMarkdown(l.label), l.url)
                  : QStringLiteral("%1: %2").arg(l.label, l.url);
    };
    QStringList out;

    out << headline(diagnosis, match, format, phrases);

    QString message = in.message;
    if (message.isEmpty() && !e.messageTemplate.isEmpty())
        message = fill(e.messageTemplate.text(), match, false);
    if (!message.isEmpty())
        out << (md ? QStringLiteral("> %1").arg(escapeMarkdown(message)) : tr("Message: %1").arg(message));
    // What was received and the entry does not say (a generic headline says it already): a code other than the
    // documented one, and the request itself.
    if (match.level != Confidence::Generic) {
        if (!in.code.isEmpty() && StatusCodes::normaliseCode(in.code) != StatusCodes::normaliseCode(e.code))
            out << tr("Error code received: %1").arg(literal(in.code, md));
        const QString request = QString(in.method + u' ' + in.url).trimmed();
        if (!request.isEmpty())
            out << tr("Request: %1").arg(literal(request, md));
    }
    out << groupValues(diagnosis.group, md, tr);
    out << QString();

    out << (md ? tr("**What it means:** %1").arg(esc(e.troubleshooting))
               : tr("What it means: %1").arg(e.troubleshooting));
    out << QString() << (md ? tr("**What to do:**") : tr("What to do:"));
    for (qsizetype i = 0; i < e.steps.size(); ++i) {
        const RemediationStep &step = e.steps.at(i);
        QString line = QStringLiteral("%1. %2").arg(QString::number(i + 1), fill(step.text, match, md));
        for (const Link &l : step.links)
            line += md ? QLatin1Char(' ') + link(l) : QStringLiteral(" (%1)").arg(link(l));
        out << line;
    }
    if (!e.deprecation.isEmpty())
        out << QString() << (md ? tr("**Note:** %1").arg(esc(e.deprecation)) : tr("Note: %1").arg(e.deprecation));
    if (!in.requestId.isEmpty()) {
        out << QString()
            << tr("Request ID: %1 (quote it if you contact Wix support)")
                   .arg(md ? QStringLiteral("`%1`").arg(in.requestId) : in.requestId);
    }
    out << QString() << tr("Reference: %1").arg(md ? link({tr("Wix documentation"), e.source}) : e.source);
    return out.join(u'\n') + u'\n';
}

QString flowSection(const QList<FlowResult> &flows, Format format, const Phrases &phrases)
{
    if (flows.isEmpty())
        return {};
    const auto tr = translatorFor(phrases);
    const bool md = format == Format::Markdown;
    QStringList out{md ? QStringLiteral("**%1**").arg(tr("Where the calls stand in Wix's documented flow"))
                       : tr("Where the calls stand in Wix's documented flow:")};
    for (const FlowResult &f : flows) {
        const QString line = QStringLiteral("%1: %2").arg(md ? escapeMarkdown(f.title) : f.title,
                                                          md ? escapeMarkdown(f.verdict) : f.verdict);
        out << (md ? QStringLiteral("- ") + line : line);
        out << (md ? QStringLiteral("  %1").arg(tr("Flow: %1").arg(QStringLiteral("<%1>").arg(f.source)))
                   : tr("Flow: %1").arg(f.source));
    }
    return out.join(u'\n') + u'\n';
}

QString flowSection(const Timeline &timeline, const QList<FlowDefinition> &flows, Format format, const Phrases &phrases,
                    const FlowAnalysis::Phrases &flowPhrases)
{
    return flowSection(FlowAnalysis::analyze(timeline, flows, flowPhrases), format, phrases);
}

} // namespace ReplyComposer
