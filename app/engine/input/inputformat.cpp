// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "inputformat.h"

#include "closedset.h"

namespace InputFormats {
namespace {

using Row = ClosedSetRow<InputFormat>;

// The one table of formats: keys for programs, labels (translated at use) for people.
constexpr ClosedSet kFormats{
    "InputFormat",
    std::array{
        Row{InputFormat::Empty, u"empty", QT_TRANSLATE_NOOP("InputFormat", "empty input")},
        Row{InputFormat::Binary, u"binary", QT_TRANSLATE_NOOP("InputFormat", "binary data")},
        Row{InputFormat::Query, u"query", QT_TRANSLATE_NOOP("InputFormat", "look-up")},
        Row{InputFormat::Har, u"har", QT_TRANSLATE_NOOP("InputFormat", "HAR export")},
        Row{InputFormat::Curl, u"curl", QT_TRANSLATE_NOOP("InputFormat", "curl -v output")},
        Row{InputFormat::Http, u"http", QT_TRANSLATE_NOOP("InputFormat", "raw HTTP response")},
        Row{InputFormat::Log, u"log", QT_TRANSLATE_NOOP("InputFormat", "log")},
        Row{InputFormat::WixJson, u"wix-json", QT_TRANSLATE_NOOP("InputFormat", "Wix JSON error body")},
        Row{InputFormat::GoogleJson, u"google-json", QT_TRANSLATE_NOOP("InputFormat", "Google-style JSON error")},
        Row{InputFormat::ProblemJson, u"problem-json", QT_TRANSLATE_NOOP("InputFormat", "problem+json body")},
        Row{InputFormat::Json, u"json", QT_TRANSLATE_NOOP("InputFormat", "JSON")},
        Row{InputFormat::Text, u"text", QT_TRANSLATE_NOOP("InputFormat", "plain text")},
    }};

} // namespace

QString key(InputFormat format)
{
    return kFormats.key(format);
}

QString label(InputFormat format)
{
    return kFormats.label(format);
}

std::optional<InputFormat> fromKey(QStringView key)
{
    return kFormats.fromKey(key);
}

} // namespace InputFormats
