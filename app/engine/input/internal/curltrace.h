// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

// curl --trace and --trace-ascii dumps: offset columns, fixed-width lines and hex taken off, each block's bytes
// rejoined, and the whole written back as curl -v would have printed it ("* " notes, "> " and "< " headers, the
// body), for the transcript reader. A chunked body is de-chunked; TLS records and the request body are dropped.
namespace CurlTrace {

bool looksLikeTrace(QStringView text);
QString toTranscript(QStringView text);

} // namespace CurlTrace
