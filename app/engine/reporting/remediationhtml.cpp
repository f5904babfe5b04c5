// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "remediationhtml.h"

#include "catalogloader.h"
#include "replycomposer.h"
#include "resultgroups.h"
#include "translations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <utility>

namespace RemediationHtml {
namespace {

// The text translated in this unit's context (lupdate reads translated() as tr(): app/i18n/CMakeLists.txt); with n, a
// plural.
QString translated(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RemediationHtml", text, disambiguation, n);
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

// Where a text names a host (dev.wix.com, www.wixapis.com in a URL, wix-ns.test), true after each of its dots and
// hyphens: a joiner there keeps the host on one line, while the text around it (a URL's path) may still wrap.
QList<bool> hostJoins(const QString &text)
{
    static const QRegularExpression host(QStringLiteral(
        R"((?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}[\p{L}\p{N}-]*(?![\p{L}\p{N}_-]))"));
    QList<bool> joins(text.size(), false);
    for (auto it = host.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd() - 1; ++i)
            joins[i] = text.at(i) == u'.' || text.at(i) == u'-';
    }
    return joins;
}

// text[from, to) with a joiner after each character joins marks.
QString joined(const QString &text, qsizetype from, qsizetype to, const QList<bool> &joins)
{
    QString out;
    out.reserve(to - from + 8);
    for (qsizetype i = from; i < to; ++i) {
        out.append(text.at(i));
        if (joins.at(i))
            out.append(RemediationHtml::kWordJoiner);
    }
    return out;
}

// The text, escaped, with every host name in it kept whole.
QString hostsWhole(const QString &text)
{
    return esc(joined(text, 0, text.size(), hostJoins(text)));
}

QString anchor(const Link &l)
{
    if (!CatalogLoader::isAllowedLinkUrl(l.url))
        return esc(l.label);
    // Where the link leads, beside a label that does not say it: the host, or the mail address.
    const QUrl url(l.url);
    const QString where = url.scheme() == QLatin1String("mailto") ? url.path() : url.host();
    const QString shown = l.label.contains(where, Qt::CaseInsensitive)
                              ? hostsWhole(l.label)
                              : hostsWhole(l.label) + QStringLiteral(" (") + esc(unbroken(where)) + u')';
    return QStringLiteral("<a href=\"%1\">%2</a>\u00a0\u2197").arg(esc(l.url), shown);
}

// Wix's own pages are "Wix documentation"; a team catalog's source is named by its address.
QString sourceLabel(const QString &source)
{
    const QString host = QUrl(source).host();
    if (host == QLatin1String("wix.com") || host.endsWith(QLatin1String(".wix.com")))
        return translated("Wix documentation");
    return source;
}

// What the response said about itself, where the entry does not already say it: the request, the code and the
// request id. A generic entry names no endpoint, so these are what tell the case apart.
QString receivedFacts(const ParsedResponse &in, const CatalogEntry &e, const QString &muted)
{
    // Each value as shown, escaped: the request may wrap in its URL's path, the host kept whole; the others
    // stay on one line.
    QList<std::pair<QString, QString>> rows;
    const QString request = QString(in.method + u' ' + in.url).trimmed();
    if (!request.isEmpty())
        rows.append({translated("Request"), hostsWhole(request)});
    if (in.httpStatus > 0 && in.httpStatus != e.httpStatus)
        rows.append({translated("Status received"), QString::number(in.httpStatus)});
    if (!in.code.isEmpty() && in.code != e.code)
        rows.append({translated("Code received"), esc(unbroken(in.code))});
    if (!in.requestId.isEmpty())
        rows.append({translated("Request ID"), esc(unbroken(in.requestId))});
    if (rows.isEmpty())
        return {};
    QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[label, value] : rows) {
        h += QStringLiteral("<tr><td style=\"%1; padding-right:12px\">%2</td><td><tt>%3</tt></td></tr>")
                 .arg(muted, esc(label), value);
    }
    return h + QStringLiteral("</table>");
}

// How many responses a result stands for and, when they differ, each value with how many carried it.
QString groupFacts(const ResponseGroup &g, const QString &muted)
{
    if (g.count <= 1)
        return {};
    QString h =
        QStringLiteral("<p><span style=\"%1\">%2</span></p>")
            .arg(muted, esc(g.identical() ? translated("Seen %n time(s), identical each time.", nullptr, g.count)
                                          : translated("Seen %n time(s) with different values: %1.", nullptr, g.count)
                                                .arg(ResultGroups::differenceLabel(g))));
    if (g.identical())
        return h;
    h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const CapturedValues &v : g.values) {
        h += QStringLiteral("<tr><td><tt>%1</tt></td><td style=\"%2; padding-left:12px\">%3</td></tr>")
                 .arg(esc(unbroken(ResultGroups::valuesText(v))), muted,
                      esc(translated("%n response(s)", nullptr, v.count)));
    }
    h += QStringLiteral("</table>");
    if (g.moreValues > 0) {
        h += QStringLiteral("<p><span style=\"%1\">%2</span></p>")
                 .arg(muted, esc(translated("and %n more value(s)", nullptr, g.moreValues)));
    }
    return h;
}

} // namespace

QString highlighted(const QString &text, const QStringList &needles, const Colors &colors)
{
    const QString open = QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600\">")
                             .arg(colors.highlight, colors.highlightText);
    const QList<bool> joins = hostJoins(text);
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
        out += esc(joined(text, pos, best, joins)) + open + esc(unbroken(text.mid(best, length))) +
               QStringLiteral("</span>");
        pos = best + length;
    }
    return out + esc(joined(text, pos, text.size(), joins));
}

namespace {

// The parts of an entry's page, top to bottom. Each returns its HTML, or nothing when it has nothing to show.
// Search terms are marked everywhere; the values the response held, where the response's own words stand.
class Page
{
    // The texts' context is RemediationHtml, as everywhere in this file; this tells lupdate so too.
    Q_DECLARE_TR_FUNCTIONS(RemediationHtml)

public:
    Page(const CatalogEntry &e, const Match *match, const QStringList &terms, const Colors &colors)
        : m_entry(e), m_match(match), m_terms(terms), m_colors(colors),
          m_muted(QStringLiteral("color:%1").arg(colors.muted))
    {
        if (match) {
            for (const MessageTemplate::Capture &c : match->variables)
                m_values << c.value;
        }
        m_marks = m_values + terms;
    }

    const QString &muted() const { return m_muted; }

    // Status, code, title and endpoint.
    QString heading() const
    {
        const CatalogEntry &e = m_entry;
        const QString code =
            e.code.isEmpty() ? QString()
                             : QStringLiteral(" \u00b7 <code>%1</code>").arg(highlighted(e.code, m_terms, m_colors));
        const QString endpoint =
            e.endpoint.name + (e.endpoint.path.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" \u00b7 %1 %2").arg(e.endpoint.method, e.endpoint.path));
        return QStringLiteral("<h2 style=\"margin-bottom:2px\">%1 %2%3</h2>")
                   .arg(QString::number(e.httpStatus), esc(e.status), code) +
               QStringLiteral("<p style=\"margin-top:0\"><b>%1</b><br><span style=\"%2\">%3</span></p>")
                   .arg(highlighted(e.title, m_terms, m_colors), m_muted, esc(endpoint));
    }

    QString receivedMessage(const QString &received) const
    {
        if (received.isEmpty())
            return {};
        return QStringLiteral("<p><span style=\"%1\">%2</span><br><tt>%3</tt></p>")
            .arg(m_muted, esc(translated("Message received")), highlighted(received, m_marks, m_colors));
    }

    QString documentedMessage() const
    {
        if (m_entry.messageTemplate.isEmpty())
            return {};
        return QStringLiteral("<p><span style=\"%1\">%2</span><br><tt>%3</tt></p>")
            .arg(m_muted, esc(translated("Documented message")),
                 highlighted(m_entry.messageTemplate.text(), m_terms, m_colors));
    }

    // The values the match captured from the message, by name.
    QString capturedValues() const
    {
        if (!m_match || m_match->variables.isEmpty())
            return {};
        QString h = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        for (const MessageTemplate::Capture &c : m_match->variables) {
            h += QStringLiteral("<tr><td style=\"%1; padding-right:12px\">%2</td><td><tt>%3</tt></td></tr>")
                     .arg(m_muted, esc(c.name), highlighted(c.value, m_values, m_colors));
        }
        return h + QStringLiteral("</table>");
    }

    // What to do, step by step, with the captured values filled in and each step's links.
    QString steps() const
    {
        QString h = QStringLiteral("<h3>%1</h3><ol>").arg(esc(translated("What to do")));
        for (const RemediationStep &s : m_entry.steps) {
            const QString text = m_match ? ReplyComposer::fillVariables(s.text, *m_match) : s.text;
            QString item = highlighted(text, m_marks, m_colors);
            for (const Link &l : s.links)
                item += QStringLiteral(" &nbsp;") + anchor(l);
            h += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(item);
        }
        return h + QStringLiteral("</ol>");
    }

    // The documented troubleshooting text with its source, and the deprecation notice if there is one.
    QString troubleshooting() const
    {
        const CatalogEntry &e = m_entry;
        QString h =
            QStringLiteral("<h3>%1</h3><p>\u201c%2\u201d<br>%3</p>")
                .arg(esc(translated("Documented troubleshooting")), highlighted(e.troubleshooting, m_terms, m_colors),
                     anchor({sourceLabel(e.source), e.source}));
        if (!e.deprecation.isEmpty())
            h += QStringLiteral("<p><b>\u26a0 %1</b> %2</p>").arg(esc(translated("Deprecated:")), esc(e.deprecation));
        return h;
    }

    QString reasons() const
    {
        if (!m_match || m_match->reasons.isEmpty())
            return {};
        QString h = QStringLiteral("<h3>%1</h3><ul>").arg(esc(translated("Why this match")));
        for (const QString &r : m_match->reasons)
            h += QStringLiteral("<li>%1</li>").arg(esc(r));
        return h + QStringLiteral("</ul>");
    }

    QString seeAlso() const
    {
        QStringList items;
        for (const Link &l : m_entry.seeAlso) {
            if (l.url != m_entry.source) // shown as the source just above
                items << anchor(l);
        }
        if (items.isEmpty())
            return {};
        return QStringLiteral("<p><span style=\"%1\">%2</span> %3</p>")
            .arg(m_muted, esc(translated("See also:")), items.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
    }

    QString footer() const
    {
        return QStringLiteral("<p style=\"%1; font-size:small\">%2</p>").arg(m_muted, esc(m_entry.id));
    }

private:
    const CatalogEntry &m_entry;
    const Match *m_match;
    const QStringList &m_terms;
    const Colors &m_colors;
    const QString m_muted;
    QStringList m_values; // what the match captured
    QStringList m_marks;  // the captured values and the search terms
};

} // namespace

QString render(const CatalogEntry &entry, const Diagnosis *diagnosis, const Match *match, const QStringList &terms,
               const Colors &colors)
{
    const CatalogEntry e = entry.localized(Translations::current());
    const Page page(e, match, terms, colors);
    QString h = page.heading();
    if (diagnosis)
        h += receivedFacts(diagnosis->input, e, page.muted()) + page.receivedMessage(diagnosis->input.message) +
             groupFacts(diagnosis->group, page.muted());
    return h + page.documentedMessage() + page.capturedValues() + page.steps() + page.troubleshooting() +
           page.reasons() + page.seeAlso() + page.footer();
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
