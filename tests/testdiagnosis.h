// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the engine's tests share: the embedded catalog, loaded as the app loads it, and a diagnosis written out
// in full for a failure message.

#include "diagnosis.h"
#include "embeddedcatalog.h"

#include <QStringList>
#include <QTest>

#include <memory>

namespace TestDiagnosis {

// Call from initTestCase(): when the embedded catalog does not load, the test fails there and nothing else runs.
inline void loadEmbeddedCatalog(std::shared_ptr<const Catalog> *catalog)
{
    QString error;
    *catalog = std::make_shared<const Catalog>(EmbeddedCatalog::load(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Each match (id, level, confidence, reasons), then what was read from the input: why a diagnosis came out as it did.
inline QString describe(const Diagnosis &d)
{
    QStringList out;
    for (const Match &m : d.matches)
        out << QStringLiteral("%1 %2 %3 [%4]")
                   .arg(m.entry->id, confidenceName(m.level))
                   .arg(m.confidence)
                   .arg(m.reasons.join(QLatin1String("; ")));
    out << QStringLiteral("input: http %1 code '%2' message '%3' %4 %5 id %6")
               .arg(d.input.httpStatus)
               .arg(d.input.code, d.input.message.left(80), d.input.method, d.input.url, d.input.requestId);
    return out.join(u'\n');
}

} // namespace TestDiagnosis
