// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "catalogentry.h"

namespace {

void relabel(QList<Link> &links, const EntryTranslation &t)
{
    for (Link &link : links) {
        for (const EntryTranslation::Label &label : t.labels) {
            if (label.english == link.label) {
                link.label = label.translated;
                break;
            }
        }
    }
}

} // namespace

const EntryTranslation *CatalogEntry::translation(const QString &language) const
{
    for (const EntryTranslation &t : translations) {
        if (t.language == language)
            return &t;
    }
    return nullptr;
}

CatalogEntry CatalogEntry::localized(const QString &language) const
{
    CatalogEntry e = *this;
    const EntryTranslation *t = translation(language);
    if (!t)
        return e;
    if (!t->title.isEmpty())
        e.title = t->title;
    if (!t->deprecation.isEmpty())
        e.deprecation = t->deprecation;
    for (qsizetype i = 0; i < e.steps.size() && i < t->steps.size(); ++i) {
        if (!t->steps.at(i).isEmpty())
            e.steps[i].text = t->steps.at(i);
        relabel(e.steps[i].links, *t);
    }
    relabel(e.seeAlso, *t);
    return e;
}

const QStringList &DomainFindings::keys()
{
    static const QStringList keys{
        QStringLiteral("registered"),        // the registry has the domain
        QStringLiteral("not-registered"),    // the registry answered 404
        QStringLiteral("transfer-locked"),   // a transfer prohibition status
        QStringLiteral("redemption-period"), // expired, restorable only by the registrant
        QStringLiteral("pending-delete"),    // about to be released
        QStringLiteral("on-hold"),           // not published in DNS
        QStringLiteral("expired"),           // the expiry date has passed
        QStringLiteral("registrar-has-old-nameservers"),
        QStringLiteral("resolver-holds-old-answer"),
        QStringLiteral("nameservers-disagree"),
    };
    return keys;
}
