// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "assembler.h"

#include "normalizedtext.h"
#include "statuscodes.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

enum EvidenceKind { kStatus = 1, kCode = 2, kMessage = 4, kUrl = 8, kRequestId = 16, kMethod = 32, kEmptyBody = 64 };
constexpr int kBody = kCode | kMessage | kEmptyBody;

int evidenceOf(const ParsedResponse &r)
{
    return (r.httpStatus > 0 ? kStatus : 0) | (!r.code.isEmpty() && !r.codeGuessed ? kCode : 0) |
           (!r.message.isEmpty() ? kMessage : 0) | (!r.url.isEmpty() ? kUrl : 0) |
           (!r.requestId.isEmpty() ? kRequestId : 0) | (!r.method.isEmpty() ? kMethod : 0) |
           (r.emptySystemBody ? kEmptyBody : 0);
}

bool differ(const QString &a, const QString &b)
{
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

// One message, or one the beginning of the other (a client cut it off).
bool sameMessage(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true;
    const QString fa = NormalizedText::fold(a);
    const QString fb = NormalizedText::fold(b);
    return fa.startsWith(fb) || fb.startsWith(fa);
}

QString statedCode(const ParsedResponse &r)
{
    return StatusCodes::normaliseCode(r.codeGuessed ? QString() : r.code);
}

// Something both give, and give differently: then they are two failures.
bool conflict(const ParsedResponse &a, const ParsedResponse &b)
{
    return (a.httpStatus > 0 && b.httpStatus > 0 && a.httpStatus != b.httpStatus) ||
           differ(statedCode(a), statedCode(b)) || differ(a.requestId, b.requestId) ||
           differ(QUrl(a.url).path(), QUrl(b.url).path()) || differ(a.method.toUpper(), b.method.toUpper()) ||
           !sameMessage(a.message, b.message);
}

// A part by what it mainly is, for the reading's explanation.
QString partName(const ParsedResponse &r)
{
    const int e = evidenceOf(r);
    if (e & kBody)
        return QCoreApplication::translate("Assembler", "the body");
    if (e & kStatus)
        return QCoreApplication::translate("Assembler", "status %1").arg(r.httpStatus);
    if (e & kRequestId)
        return QCoreApplication::translate("Assembler", "the request id");
    if (e & (kUrl | kMethod))
        return QCoreApplication::translate("Assembler", "the request");
    return QCoreApplication::translate("Assembler", "the text");
}

QString reasonText(Assembler::Join why)
{
    switch (why) {
    case Assembler::Join::BodyAfterStatus:
        return QCoreApplication::translate("Assembler", "the body follows the status");
    case Assembler::Join::SameBodyAgain:
        return QCoreApplication::translate("Assembler", "the same failure printed again");
    case Assembler::Join::StatusRestated:
        return QCoreApplication::translate("Assembler", "the status restated");
    case Assembler::Join::Completes:
        return QCoreApplication::translate("Assembler", "it adds what the failure lacked");
    case Assembler::Join::MessageText:
        return QCoreApplication::translate("Assembler", "a documented message follows the status");
    case Assembler::Join::None:
        break;
    }
    return {};
}

} // namespace

Assembler::Join Assembler::joinOf(const ParsedResponse &before, const ParsedResponse &next)
{
    if (conflict(before, next))
        return Join::None;
    const int mine = evidenceOf(before);
    const int theirs = evidenceOf(next);
    // The same body printed twice (a dict, then its JSON; a message, then the whole body): the message or the
    // code, stated by both, agrees, and the second comes without a status of its own (a log line that states its
    // status and body again is the failure logged again, not printed twice). A request id both name is one request.
    const bool sameBodyStated =
        (!before.message.isEmpty() && !next.message.isEmpty()) || ((mine & kCode) != 0 && (theirs & kCode) != 0);
    const bool eachStatesItsStatus = (mine & kStatus) != 0 && (theirs & kStatus) != 0;
    const bool sameRequestId = (mine & kRequestId) != 0 && (theirs & kRequestId) != 0;
    if ((sameBodyStated && !eachStatesItsStatus) || sameRequestId)
        return Join::SameBodyAgain;
    if ((mine & kBody) == 0 && (theirs & kBody) != 0)
        return Join::BodyAfterStatus; // a status, a client's error line or a request, then the body below it
    // A line restating the status of the failure just shown (wget's "ERROR 403: Forbidden.", an exception).
    if ((mine & kBody) != 0 && (theirs & kBody) == 0 && theirs != 0 && (theirs & ~mine) == 0)
        return Join::StatusRestated;
    // What the other lacks (a request id, the URL, the status a prose line gave alone): it completes the failure.
    if ((theirs & ~mine) != 0)
        return Join::Completes;
    return Join::None;
}

QString Assembler::linesLabel(qsizetype first, qsizetype last) const
{
    return Location::lines(int(m_firstLine + first + 1), int(m_firstLine + last + 1)).label();
}

void Assembler::join(ParsedResponse *into, const Part &intoPart, const Part &part, Join why) const
{
    const QString sentence = QCoreApplication::translate("Assembler", "%1 (%2) joined with %3 (%4): %5")
                                 .arg(partName(intoPart.evidence), linesLabel(intoPart.first, intoPart.last),
                                      partName(part.evidence), linesLabel(part.first, part.last), reasonText(why));
    into->absorb(part.evidence);
    into->complete();
    into->assembly.append(sentence);
}

bool Assembler::joinsPrevious(const ParsedResponse &r, qsizetype first, Join *why) const
{
    if (m_out.isEmpty() || first - m_lastPart.last > m_maxGap)
        return false;
    *why = joinOf(m_out.back(), r);
    return *why != Join::None;
}

bool Assembler::joinsHead(const ParsedResponse &r, qsizetype first, Join *why) const
{
    if (!m_head || first - m_head->last > m_maxGap)
        return false;
    *why = joinOf(m_headJoined, r);
    return *why != Join::None;
}

void Assembler::add(ParsedResponse r, qsizetype first, qsizetype last)
{
    Join why = Join::None;
    const Part part{r, first, last};
    // A line with no field of its own that holds a documented message ("The API says: Domain x is restricted."),
    // just after a status that has no body yet, is that status's message.
    if (evidenceOf(r) == 0 && m_keep && !m_out.isEmpty() && first - m_lastPart.last <= m_maxGap &&
        (evidenceOf(m_out.back()) & kBody) == 0 && m_keep(r))
        why = Join::MessageText;
    if (why != Join::None || joinsPrevious(r, first, &why)) {
        ParsedResponse &prev = m_out.back();
        const int firstOfPrevious = prev.location.first;
        join(&prev, m_lastPart, part, why);
        prev.location = Location::lines(firstOfPrevious, int(m_firstLine + last + 1));
        m_lastPart = part;
        return;
    }
    const bool strong = r.statusSaysFailed() || r.emptySystemBody || !r.violations.isEmpty();
    if (strong || (m_keep && m_keep(r))) {
        keepFailure(std::move(r), first, last);
    } else if (joinsHead(r, first, &why)) {
        join(&m_headJoined, *m_head, part, why); // the request's parts, line by line (Postman's console, DevTools)
        m_head->last = last;
    } else if (!r.url.isEmpty() || !r.requestId.isEmpty() || !r.method.isEmpty()) {
        m_head = part;
        m_headJoined = r;
    }
}

void Assembler::keepFailure(ParsedResponse r, qsizetype i, qsizetype last)
{
    qsizetype first = i;
    Join why = Join::None;
    // The request printed before its failure ("r = requests.post('https://...')", "Request URL: ..."):
    if (joinsHead(r, i, &why)) {
        ParsedResponse merged = m_headJoined;
        join(&merged, *m_head, Part{r, i, last}, why);
        r = merged;
        first = m_head->first;
    }
    if (r.location.isWhole() || first != i) // named only when kept: most lines are not
        r.location = Location::lines(int(m_firstLine + first + 1), int(m_firstLine + last + 1));
    m_out.append(r);
    m_lastPart = Part{r, i, last};
    m_head.reset();
}
