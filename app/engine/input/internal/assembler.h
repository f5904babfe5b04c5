// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// Joins the evidence read from a log or a paste into the failed responses it reports. Not part of the engine's
// interface.

#include "parsedresponse.h"

#include <QList>

#include <functional>
#include <optional>

// Each piece of evidence comes in with the lines it was read from, in the order of the text: a status said in a
// client's error line or in prose, a body, headers, a request id, the request. One rule decides what belongs
// together (see joinOf()); a failure is only kept apart from the one before it when they differ in something both
// give, or when they are too far apart.
class Assembler
{
public:
    using KeepLine = std::function<bool(const ParsedResponse &)>;

    // maxGap: how many lines apart the parts of one failure may be. firstLine: the lines before the text read,
    // when it is a block of a longer log.
    Assembler(qsizetype maxGap, qsizetype firstLine, const KeepLine &keep)
        : m_maxGap(maxGap), m_firstLine(firstLine), m_keep(keep)
    {}

    // The evidence read from lines first to last (0-based, in the text read).
    void add(ParsedResponse r, qsizetype first, qsizetype last);
    QList<ParsedResponse> take() { return std::move(m_out); }

    // Why next belongs to the failure before it, or Join::None when it is another one (or says nothing new).
    enum class Join { None, BodyAfterStatus, SameBodyAgain, StatusRestated, Completes, MessageText };
    static Join joinOf(const ParsedResponse &before, const ParsedResponse &next);

private:
    struct Part
    {
        ParsedResponse evidence; // as read, before any join
        qsizetype first = 0;
        qsizetype last = 0;
    };

    bool joinsPrevious(const ParsedResponse &r, qsizetype first, Join *join) const;
    bool joinsHead(const ParsedResponse &r, qsizetype first, Join *join) const;
    void keepFailure(ParsedResponse r, qsizetype first, qsizetype last);
    // Joins part into into, and says so on into's reading.
    void join(ParsedResponse *into, const Part &intoPart, const Part &part, Join why) const;
    QString linesLabel(qsizetype first, qsizetype last) const;

    const qsizetype m_maxGap;
    const qsizetype m_firstLine;
    const KeepLine &m_keep;
    QList<ParsedResponse> m_out;
    Part m_lastPart;            // the part last joined into m_out.back(), as read
    std::optional<Part> m_head; // a request not yet known to have failed
    ParsedResponse m_headJoined;
};
