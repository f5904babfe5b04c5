// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Any bytes pasted or dropped: read, redact and match against the embedded catalog.
#include "diagnoser.h"
#include "embeddedcatalog.h"
#include "jsonreport.h"
#include "replycomposer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Diagnoser diagnoser = [] {
        QString error;
        auto catalog = std::make_shared<const Catalog>(EmbeddedCatalog::load(&error));
        if (!error.isEmpty())
            abort();
        return Diagnoser(catalog);
    }();
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Report report = diagnoser.diagnose(input);
    JsonReport::report(report, 0);
    for (const Diagnosis &d : report.results) {
        for (const Match &m : d.matches)
            ReplyComposer::compose(d, m, ReplyComposer::Format::Markdown);
    }
    return 0;
}
