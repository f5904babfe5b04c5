// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "remediationhtml.h"

#include "catalogloader.h"
#include "replycomposer.h"
#include "translations.h"

#include <QCoreApplication>
#include <QUrl>

#include <utility>

namespace RemediationHtml {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RemediationHtml", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// A value such as a site ID or a domain stays on one line: a word joiner after each hyphen, slash or dot keeps
// the layout from breaking there. (The joiners are taken out again of whatever is copied or read aloud.)
QString unbroken(const QString &value)
{
    QString out;
    out.reserve(value.size() + value.size() / 4);
    for (const QChar c : value) {
        out.append(c);
        if (c == u'-' || c == u'/' || c == u'.' || c == u'_')
            out.append(RemediationHtml::kWordJoiner);
    }
    return out;
}

QString anchor(const Link &l)
{
    if (!CatalogLoader::isAllowedLinkUrl(l.url))
        return esc(l.label);
    // Where the link leads, beside a label that does not say it: the host, or the mail address.
    const QUrl url(l.url);
    const QString where = url.scheme() == QLatin1String("mailto") ? url.path() : url.host();
    const QString shown = l.label.contains(where, Qt::CaseInsensitive)
                              ? esc(l.label)
                              : esc(l.label) + QStringLiteral(" (") + esc(where) + u')';
    return QStringLiteral("<a href=\"%1\">%2</a>\u00a0\u2197").arg(esc(l.url), shown);
}

// Wix's own pages are "Wix documentation"; a team catalog's source is named by its address.
QString sourceLabel(const QString &source)
{
    const QString host = QUrl(source).host();
    if (host == QLatin1String("wix.com") || host.endsWith(QLatin1String(".wix.com")))
        return tr("Wix documentation");
    return source;
}

// What the response said about itself, where the entry does not already say it: the request, the code and the
// request id. A generic entry names no endpoint, so these are what tell the case apart.
QString receivedFacts(const ParsedResponse &in, const CatalogEntry &e, const QString &muted)
{
    QList<std::pair<QString, QString>> rows;
    const QString request = QString(in.method + u' ' + in.url).trimmed();
    if (!request.isEmpty())
        rows.append({tr("Request"), request});
    if (in.httpStatus > 0 && in.httpStatus != e.httpStatus)
        rows.append({tr("Status received"), QString::number(in.httpStatus)});
    if (!in.code.isEmpty() && in.code != e.code)
        rows.append({tr("Code received"), in.code});
    if (!in.requestId.isEmpty())
        rows.append({tr("Request ID"), in.requestId});
    if (rows.isEmpty())
        return {};
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        h += QStringLiteral("<tr><td style=\"%1; padding-right:12px\">%2</td><td><tt>%3</tt></td></tr>")
                 .arg(muted, esc(label), esc(unbroken(value)));
    }
    return h + QStringLiteral("</table>");
}

} // namespace

QString highlighted(const QString &text, const QStringList &needles, const Colors &colors)
{
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600\">")
                             .arg(colors.highlight.name(), colors.highlightText.name());
    QString out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype best = -1;
        qsizetype length = 0;
        for (const QString &n : needles) {
            if (n.isEmpty())
                continue;
            const qsizetype at = text.indexOf(n, pos, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best || (at == best && n.size() > length))) {
                best = at;
                length = n.size();
            }
        }
        if (best < 0)
            break;
        out +=
            esc(text.mid(pos, best - pos)) + open + esc(unbroken(text.mid(best, length))) + QStringLiteral("</span>");
        pos = best + length;
    }
    return out + esc(text.mid(pos));
}

QString render(const CatalogEntry &entry, const Diagnosis *diagnosis, const Match *match, const QStringList &terms,
               const Colors &colors)
{
    const CatalogEntry e = entry.localized(Translations::current());
    QStringList values;
    if (match) {
        for (const MessageTemplate::Capture &c : match->variables)
            values << c.value;
    }
    const QStringList marks = values + terms;
    const QString muted = QStringLiteral("color:%1").arg(colors.muted.name());
    QString h;
    const QString code = e.code.isEmpty()
                             ? QString()
                             : QStringLiteral(" \u00b7 <code>%1</code>").arg(highlighted(e.code, terms, colors));
    h += QStringLiteral("<h2 style=\"margin-bottom:2px\">%1 %2%3</h2>").arg(e.httpStatus).arg(esc(e.status), code);
    h += QStringLiteral("<p style=\"margin-top:0\"><b>%1</b><br><span style=\"%2\">%3</span></p>")
             .arg(highlighted(e.title, terms, colors), muted,
                  esc(e.endpoint.name +
                      (e.endpoint.path.isEmpty()
                           ? QString()
                           : QStringLiteral(" \u00b7 %1 %2").arg(e.endpoint.method, e.endpoint.path))));

    if (diagnosis)
        h += receivedFacts(diagnosis->input, e, muted);
    const QString received = diagnosis ? diagnosis->input.message : QString();
    if (!received.isEmpty()) {
        h += QStringLiteral("<p><span style=\"%1\">%2</span><br><tt>%3</tt></p>")
                 .arg(muted, esc(tr("Message received")), highlighted(received, marks, colors));
    }
    if (!e.messageTemplate.isEmpty()) {
        h += QStringLiteral("<p><span style=\"%1\">%2</span><br><tt>%3</tt></p>")
                 .arg(muted, esc(tr("Documented message")), highlighted(e.messageTemplate.text(), terms, colors));
    }
    if (match && !match->variables.isEmpty()) {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const MessageTemplate::Capture &c : match->variables) {
            h += QStringLiteral("<tr><td style=\"%1; padding-right:12px\">%2</td><td><tt>%3</tt></td></tr>")
                     .arg(muted, esc(c.name), highlighted(c.value, values, colors));
        }
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("What to do")));
    for (const RemediationStep &s : e.steps) {
        const QString text = match ? ReplyComposer::fillVariables(s.text, *match) : s.text;
        QString item = highlighted(text, marks, colors);
        for (const Link &l : s.links)
            item += QStringLiteral(" &nbsp;") + anchor(l);
        h += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(item);
    }
    h += QStringLiteral("</ol>");

    h += QStringLiteral("<h3>%1</h3><p>\u201c%2\u201d<br>%3</p>")
             .arg(esc(tr("Documented troubleshooting")), highlighted(e.troubleshooting, terms, colors),
                  anchor({sourceLabel(e.source), e.source}));
    if (!e.deprecation.isEmpty())
        h += QStringLiteral("<p><b>\u26a0 %1</b> %2</p>").arg(esc(tr("Deprecated:")), esc(e.deprecation));
    if (match && !match->reasons.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Why this match")));
        for (const QString &r : match->reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(r));
        h += QStringLiteral("</ul>");
    }
    {
        QStringList items;
        for (const Link &l : e.seeAlso) {
            if (l.url != e.source) // shown as the source just above
                items << anchor(l);
        }
        if (!items.isEmpty())
            h += QStringLiteral("<p><span style=\"%1\">%2</span> %3</p>")
                     .arg(muted, esc(tr("See also:")), items.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    }
    h += QStringLiteral("<p style=\"%1; font-size:small\">%2</p>").arg(muted, esc(e.id));
    return h;
}

QStringList links(const CatalogEntry &e)
{
    QStringList out{e.source};
    for (const RemediationStep &s : e.steps) {
        for (const Link &l : s.links)
            out << l.url;
    }
    for (const Link &l : e.seeAlso)
        out << l.url;
    return out;
}

} // namespace RemediationHtml
