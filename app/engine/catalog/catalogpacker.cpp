// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// dt-catalog-pack DIRECTORY OUTPUT: checks the catalog in DIRECTORY (index.json and its files) as the app checks
// a catalog file, and writes it packed to OUTPUT. Run by the build: a catalog the app would refuse fails it.
#include "catalog.h"
#include "safesave.h"

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: dt-catalog-pack DIRECTORY OUTPUT\n");
        return 2;
    }
    QString error;
    const Catalog catalog = Catalog::fromDirectory(QString::fromLocal8Bit(argv[1]), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "dt-catalog-pack: %s\n", qPrintable(error));
        return 1;
    }
    if (!SafeSave::write(QString::fromLocal8Bit(argv[2]), catalog.toPack(), &error)) {
        std::fprintf(stderr, "dt-catalog-pack: %s: %s\n", argv[2], qPrintable(error));
        return 1;
    }
    std::printf("dt-catalog-pack: %lld entries, catalog %s\n", qlonglong(catalog.entries().size()),
                qPrintable(catalog.version()));
    return 0;
}
