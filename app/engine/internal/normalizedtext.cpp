// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "normalizedtext.h"

namespace {

bool isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u' ';
}

} // namespace

bool NormalizedText::isQuote(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'`':
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201C: // “
    case 0x201D: // ”
    case 0x00AB: // «
    case 0x00BB: // »
        return true;
    default:
        return false;
    }
}

NormalizedText::NormalizedText(QStringView original) : m_original(original.toString())
{
    m_folded.reserve(original.size());
    m_origin.reserve(original.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (c.isSpace()) {
            pendingSpace = !m_folded.isEmpty();
            continue;
        }
        if (isQuote(c))
            continue;
        if (pendingSpace) {
            m_folded.append(u' ');
            m_origin.append(i - 1);
            pendingSpace = false;
        }
        m_folded.append(c.toLower());
        m_origin.append(i);
    }
    while (!m_folded.isEmpty() && isTrailingPunctuation(m_folded.back())) {
        m_folded.chop(1);
        m_origin.removeLast();
    }
}

QString NormalizedText::fold(QStringView text)
{
    return NormalizedText(text).m_folded;
}

QString NormalizedText::originalSlice(qsizetype from, qsizetype to) const
{
    if (from >= to || from < 0 || to > m_origin.size())
        return {};
    QStringView view = QStringView(m_original).mid(m_origin.at(from), m_origin.at(to - 1) - m_origin.at(from) + 1);
    auto trimmable = [](QChar c) { return c.isSpace() || isQuote(c); };
    while (!view.isEmpty() && trimmable(view.front()))
        view = view.mid(1);
    while (!view.isEmpty() && (trimmable(view.back()) || isTrailingPunctuation(view.back())))
        view.chop(1);
    return view.toString();
}

QStringList NormalizedText::words() const
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= m_folded.size(); ++i) {
        const bool wordChar = i < m_folded.size() && m_folded.at(i).isLetterOrNumber();
        if (wordChar && start < 0) {
            start = i;
        } else if (!wordChar && start >= 0) {
            out.append(m_folded.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}
