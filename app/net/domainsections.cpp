// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "domainsections.h"

#include "closedset.h"
#include "delegation.h"
#include "propagation.h"

namespace {

QString say(const DnsPhrases &phrases, const char *text)
{
    return dnsPhrase(phrases, "DomainSection", text);
}

// Keys for programs (JSON), never translated.
constexpr ClosedSet kKinds{"DomainSection",
                           std::array{
                               ClosedSetRow{DomainSection::Kind::Registration, u"registration", nullptr},
                               ClosedSetRow{DomainSection::Kind::Delegation, u"delegation", nullptr},
                               ClosedSetRow{DomainSection::Kind::Propagation, u"propagation", nullptr},
                               ClosedSetRow{DomainSection::Kind::Warnings, u"warnings", nullptr},
                           }};

} // namespace

QList<DomainSection> DomainSection::of(const DomainAnswers &answers, const DnsTargets &wix, const QDateTime &now,
                                       const DnsPhrases &phrases)
{
    using K = Kind;
    QList<DomainSection> sections;
    sections << DomainSection{K::Registration, say(phrases, QT_TRANSLATE_NOOP("DomainSection", "Registration")),
                              QStringList{answers.registration.summary(wix, now, phrases)} +
                                  answers.registration.details(wix, now, phrases)};

    const Delegation delegation = Delegation::judge(answers.registration, answers.dns, wix, phrases);
    sections << DomainSection{
        K::Delegation,
        say(phrases, QT_TRANSLATE_NOOP("DomainSection", "Delegation")),
        {delegation.kind != Delegation::Kind::Unknown
             ? delegation.summary
             : say(phrases, QT_TRANSLATE_NOOP("DomainSection", "Not known: it needs the registry's answer and a DNS "
                                                               "server that can be trusted."))}};

    const Propagation propagation = Propagation::judge(answers.dns, wix, now, phrases);
    sections << DomainSection{K::Propagation, say(phrases, QT_TRANSLATE_NOOP("DomainSection", "Propagation")),
                              QStringList{propagation.summary(phrases)} + propagation.lines(now, phrases)};

    QStringList warnings = Delegation::switchWarnings(answers.registration, answers.dns, wix, phrases);
    if (warnings.isEmpty())
        warnings << say(phrases, QT_TRANSLATE_NOOP("DomainSection", "None."));
    sections << DomainSection{K::Warnings, say(phrases, QT_TRANSLATE_NOOP("DomainSection", "Warnings")), warnings};
    return sections;
}

QString DomainSection::key(Kind kind)
{
    return kKinds.key(kind);
}

QString DomainSection::text(const QList<DomainSection> &sections)
{
    QStringList blocks;
    for (const DomainSection &s : sections)
        blocks << s.title + u'\n' + s.lines.join(u'\n');
    return blocks.join(QLatin1String("\n\n"));
}
