// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "normalizedtext.h"

bool NormalizedText::isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u' ';
}

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
    foldEach(original, [this](QChar c, qsizetype at) {
        if (c == u' ' && m_folded.isEmpty())
            return; // leading white space
        m_folded.append(c);
        m_origin.append(at);
    });
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
    forEachWord(m_folded, [&out](QStringView word) { out.append(word.toString()); });
    return out;
}
