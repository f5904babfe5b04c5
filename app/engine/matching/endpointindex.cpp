// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "endpointindex.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

QStringList pathSegments(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// The documented path, ending the request's path (a proxy may put a prefix before it); {param} takes any segment.
bool pathMatches(const QStringList &pattern, const QStringList &actual)
{
    if (pattern.size() > actual.size() || pattern.size() < 2)
        return false;
    for (qsizetype i = 1; i <= pattern.size(); ++i) {
        const QString &p = pattern.at(pattern.size() - i);
        if (!p.startsWith(u'{') && p.compare(actual.at(actual.size() - i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool isVersion(const QString &segment)
{
    static const QRegularExpression re(QStringLiteral("^v\\d+[a-z]*$"));
    return re.match(segment).hasMatch();
}

// Wix REST paths read /<api>/v<N>/...: the segment before the first version names the API.
QString apiOf(const QStringList &segments)
{
    for (qsizetype i = 1; i < segments.size(); ++i) {
        if (isVersion(segments.at(i)))
            return segments.at(i - 1).toLower();
    }
    return {};
}

// Only a Wix host (or a bare path, as logs print it) says for sure which Wix API was called: a proxy of the
// customer's own may name its routes anything.
bool isWixHost(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("wixapis.com") || host.endsWith(QLatin1String(".wixapis.com")) ||
           host == QLatin1String("wix.com") || host.endsWith(QLatin1String(".wix.com"));
}

} // namespace

EndpointIndex::EndpointIndex(const QList<CatalogEntry> &entries)
{
    QSet<QString> listed; // "METHOD path": a set, as a catalog of many APIs lists thousands
    for (const CatalogEntry &e : entries) {
        if (e.endpoint.path.isEmpty())
            continue;
        const QString method = e.endpoint.method.toUpper();
        const QString key = method + u' ' + e.endpoint.path;
        if (listed.contains(key))
            continue;
        listed.insert(key);
        m_endpoints.append({method, e.endpoint.path, pathSegments(e.endpoint.path)});
        fileByLastLiteral(int(m_endpoints.size() - 1));
        const QString api = apiOf(m_endpoints.back().segments);
        if (!api.isEmpty())
            m_apis.insert(api);
    }
}

void EndpointIndex::fileByLastLiteral(int index)
{
    const QStringList &segments = m_endpoints.at(index).segments;
    for (qsizetype fromEnd = 1; fromEnd <= segments.size(); ++fromEnd) {
        const QString &segment = segments.at(segments.size() - fromEnd);
        if (!segment.startsWith(u'{')) {
            m_byLastLiteral[{fromEnd, segment.toLower()}].append(index);
            m_deepestLiteral = qMax(m_deepestLiteral, fromEnd);
            return;
        }
    }
    m_allPlaceholders.append(index);
}

// The endpoints whose path may end the request's path, in the catalog's order.
QList<int> EndpointIndex::candidatesFor(const QStringList &actual) const
{
    QList<int> candidates = m_allPlaceholders;
    for (qsizetype fromEnd = 1; fromEnd <= qMin(actual.size(), m_deepestLiteral); ++fromEnd)
        candidates << m_byLastLiteral.value({fromEnd, actual.at(actual.size() - fromEnd).toLower()});
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

EndpointIndex::Request EndpointIndex::classify(const QString &method, const QString &url) const
{
    Request r;
    r.method = method.trimmed().toUpper();
    if (url.isEmpty())
        return r;
    const QUrl parsed(url);
    const QStringList actual = pathSegments(parsed.path());
    qsizetype best = 0;
    for (int i : candidatesFor(actual)) {
        const Known &k = m_endpoints.at(i);
        if (!pathMatches(k.segments, actual))
            continue;
        r.pathKnown = true;
        const bool methodFits = r.method.isEmpty() || k.method.isEmpty() || k.method == r.method;
        if (methodFits && k.segments.size() > best) {
            r.endpoint = i;
            best = k.segments.size();
        }
    }
    const QString api = apiOf(actual);
    r.documentedApi = r.pathKnown || m_apis.contains(api);
    if (!r.pathKnown && !api.isEmpty() && !m_apis.contains(api) && isWixHost(parsed.host().toLower()))
        r.otherApi = api;
    return r;
}

EndpointIndex::Fit EndpointIndex::fit(const Request &request, const Endpoint &endpoint) const
{
    if (!request.otherApi.isEmpty())
        return Fit::Other;
    if (!endpoint.path.isEmpty()) {
        if (request.endpoint >= 0) {
            const Known &k = m_endpoints.at(request.endpoint);
            return k.path == endpoint.path && k.method == endpoint.method.toUpper() ? Fit::Same : Fit::Other;
        }
        return request.pathKnown ? Fit::Other : Fit::Unknown;
    }
    if (request.endpoint >= 0)
        return Fit::Other; // the URL names a documented endpoint, and it is not this one
    if (!request.method.isEmpty() && !endpoint.method.isEmpty() && request.method != endpoint.method.toUpper())
        return Fit::MethodDiffers;
    return Fit::Unknown;
}
