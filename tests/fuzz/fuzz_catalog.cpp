// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// A user catalog file: validated and, when valid, layered over the embedded catalog and matched against. The same
// bytes are also read as a packed catalog, which must be refused with a message or read, never trusted blindly.
#include "catalog.h"
#include "diagnoser.h"
#include "embeddedcatalog.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Catalog embedded = [] {
        QString error;
        Catalog c = EmbeddedCatalog::load(&error);
        if (!error.isEmpty())
            abort();
        return c;
    }();
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    auto catalog = std::make_shared<Catalog>(embedded);
    QString error;
    if (catalog->addJson(json, QStringLiteral("fuzz.json"), &error)) {
        const Diagnoser diagnoser(catalog);
        diagnoser.diagnose(
            "HTTP/1.1 403 Forbidden\r\n\r\n{\"message\":\"Domain a.com is not permitted to target "
            "account.\",\"details\":{\"applicationError\":{\"code\":\"DOMAINS_DOMAIN_NOT_PERMITTED\"}}}");
    } else if (error.isEmpty()) {
        abort(); // a refusal always says why
    }
    error.clear();
    const Catalog unpacked = Catalog::fromPack(json, &error);
    if (!error.isEmpty() && !unpacked.entries().isEmpty())
        abort(); // a refused pack yields nothing
    // The same bytes with a good checksum, so that the reading behind the checksum is fuzzed too.
    error.clear();
    const Catalog signedPack =
        Catalog::fromPack(json + QCryptographicHash::hash(json, QCryptographicHash::Sha256), &error);
    if (!error.isEmpty() && !signedPack.entries().isEmpty())
        abort();
    return 0;
}
