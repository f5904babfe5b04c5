// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "secretfinder.h"

#include "redactor.h"
#include "secretnames.h"

#include <QHash>
#include <QRegularExpression>

namespace SecretFinder {
namespace {

using O = QRegularExpression;
constexpr auto kCaseless = O::CaseInsensitiveOption | O::MultilineOption;

void add(QList<Secret> *out, const QRegularExpressionMatch &m, QStringView group = u"secret")
{
    const qsizetype start = m.capturedStart(group);
    const qsizetype end = m.capturedEnd(group);
    // A value already redacted (or holding a placeholder) is left as it is: redacting twice changes nothing.
    if (start >= 0 && end > start && !m.capturedView(group).contains(Redactor::kPlaceholder))
        out->append({start, end, QString()});
}

// Name: value, as in header lines, curl -H 'Name: value' and wget --header=Name:value. The value runs to the end of
// the line or to a quote.
void headerLines(QStringView text, QList<Secret> *out)
{
    static const O re(
        QStringLiteral(R"re((?<![\w.-])(?<name>[A-Za-z][\w-]{0,63})[ \t]*:[ \t]*(?<secret>[^\s"'][^\r\n"']*))re"),
        kCaseless);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (SecretNames::isHeader(m.capturedView(u"name")))
            add(out, m);
    }
}

// "name": "value", 'name': 'value', name="value": JSON, JavaScript and Python members, and quoted assignments.
void quotedMembers(QStringView text, QList<Secret> *out)
{
    static const O re(
        QStringLiteral(R"re((?<![\w-])(?<q>["']?)(?<name>[A-Za-z_$@][\w.$@-]{0,63})\k<q>[ \t]*[:=][ \t]*)re"
                       R"re((?<vq>["'])(?<secret>(?:(?!\k<vq>)[^\\\r\n]|\\.)*)(?=\k<vq>))re"),
        kCaseless);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView name = m.capturedView(u"name");
        if (SecretNames::isMember(name) || SecretNames::isHeader(name))
            add(out, m);
    }
}

// name=value in URLs (query and fragment), form bodies, log lines and command options (--password=x).
void parameters(QStringView text, QList<Secret> *out)
{
    static const O re(QStringLiteral(R"re((?<lead>^|[?&#;,\s'"(])(?<name>-{0,2}[A-Za-z_][\w.\[\]-]{0,63})=)re"
                                     R"re((?<secret>[^&#\s"'<>;,()]+))re"),
                      kCaseless);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QStringView lead = m.capturedView(u"lead");
        const bool inUrl = lead == u"?" || lead == u"&" || lead == u"#";
        if (SecretNames::isParameter(m.capturedView(u"name"), inUrl))
            add(out, m);
    }
}

void simplePatterns(QStringView text, QList<Secret> *out)
{
    static const QList<O> patterns = {
        // userinfo: https://user:pass@host, https://token@host.
        O(QStringLiteral(R"re((?<![\w.+-])[A-Za-z][A-Za-z0-9+.-]{1,15}://(?<secret>[^/\s@?#"'<>\\]+)@)re")),
        // Clients' credential options: curl -u user:pass, -uuser:pass, --user, --proxy-user, wget --password, ...
        O(QStringLiteral(
              R"re((?:^|[\s'"])(?:-u|-U|-b|--cookie|--user|--proxy-user|--http-user|--http-password|--ftp-password|)re"
              R"re(--proxy-password|--password|--oauth2-bearer)(?:[ \t]+|=)(?<secret>'[^'\r\n]*'|"[^"\r\n]*"|)re"
              R"re([^\s'"]+))re"),
          O::MultilineOption),
        O(QStringLiteral(R"re((?:^|\s)-u(?<secret>[^\s'"-][^\s'"]*))re"), O::MultilineOption),
        // Python requests: auth=('user', 'pass').
        O(QStringLiteral(R"re(\bauth\s*=\s*\((?<secret>[^)\r\n]{1,200})\))re"), kCaseless),
        // Authorization schemes: Bearer x, Basic x (base64: holds a digit, + / or =), ...
        O(QStringLiteral(R"re(\bbearer(?:\s+|\+)(?<secret>[A-Za-z0-9._~+/=-]{8,}))re"), kCaseless),
        O(QStringLiteral(R"re(\b(?:basic|digest|negotiate|ntlm)(?:\s+|\+)(?=[A-Za-z0-9._~+/=-]*[0-9+/=]))re"
                         R"re((?<secret>[A-Za-z0-9._~+/=-]{8,}))re"),
          kCaseless),
        // wget -d: "Setting --password (password) to x", "Stored cookie host port / ... NAME VALUE".
        O(QStringLiteral(R"re(^Setting --[\w-]*(?:password|passwd|user)[\w-]* \(\w+\) to (?<secret>[^\r\n]+))re"),
          O::MultilineOption),
        O(QStringLiteral(R"re(^Stored cookie [^\r\n]* (?<secret>[^\s]+)[ \t]*$)re"), O::MultilineOption),
        // A credential named in prose: "token S3cr3t9x rejected", "the api key is ab12cd34ef" (letters and digits).
        O(QStringLiteral(R"re(\b(?:token|key|secret|password|passwd|apikey)(?:\s+is)?[ \t]+["'`]?)re"
                         R"re((?<secret>(?=[\w.~+/=-]*\d)(?=[\w.~+/=-]*[A-Za-z])[\w.~+/=-]{8,}))re"),
          kCaseless),
        // PEM private keys: the body, up to the END line (or as far as it goes when cut off).
        O(QStringLiteral(R"re(-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?<secret>(?:[A-Za-z0-9+/=\s:,.]|-(?!----))+))re")),
    };
    for (const O &re : patterns) {
        for (auto it = re.globalMatch(text); it.hasNext();)
            add(out, it.next());
    }
}

bool isJwtChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_' ||
           u == u'.';
}

// Where a JWT that starts at text[start] ends. A JWT wrapped over several lines goes on where a line ends inside
// it (a piece of 16 characters or more, or fewer than three parts so far) and the next line holds nothing else.
qsizetype jwtEnd(QStringView text, qsizetype start, int *dots)
{
    qsizetype at = start;
    qsizetype lineStart = start;
    for (;;) {
        while (at < text.size() && isJwtChar(text.at(at)))
            *dots += text.at(at++) == u'.';
        qsizetype next = at;
        while (next < text.size() && (text.at(next) == u' ' || text.at(next) == u'\t' || text.at(next) == u'\\'))
            ++next;
        if (next < text.size() && text.at(next) == u'\r')
            ++next;
        if (next >= text.size() || text.at(next) != u'\n')
            return at;
        ++next;
        // Indentation, and the quote marks of a mail reply or of curl's header lines.
        while (next < text.size() && (text.at(next).isSpace() || text.at(next) == u'>' || text.at(next) == u'|'))
            ++next;
        qsizetype pieceEnd = next;
        while (pieceEnd < text.size() && isJwtChar(text.at(pieceEnd)))
            ++pieceEnd;
        const bool wholeLine = pieceEnd > next && (pieceEnd == text.size() || text.at(pieceEnd).isSpace() ||
                                                   text.at(pieceEnd) == u'"' || text.at(pieceEnd) == u'\'');
        if (!wholeLine || (at - lineStart < 16 && *dots >= 2))
            return at;
        at = lineStart = next;
    }
}

// JWTs (three base64url parts from "eyJ"), Wix API keys (IST. and a JWT), also wrapped over lines.
void jwts(QStringView text, QList<Secret> *out)
{
    for (qsizetype at = text.indexOf(u"eyJ"); at >= 0; at = text.indexOf(u"eyJ", at + 3)) {
        if (at > 0 && isJwtChar(text.at(at - 1)) && !(at >= 4 && text.mid(at - 4, 4) == u"IST."))
            continue;
        int dots = 0;
        qsizetype end = jwtEnd(text, at, &dots);
        while (end > at && text.at(end - 1) == u'.')
            --end;
        if (dots < 2 || end - at < 20)
            continue;
        const qsizetype start = at >= 4 && text.mid(at - 4, 4) == u"IST." ? at - 4 : at;
        out->append({start, end, QString()});
        at = end - 3;
    }
}

QString memberValue(QStringView object, QStringView key, qsizetype *start = nullptr)
{
    const O re(QStringLiteral(R"re("%1"\s*:\s*"(?<v>(?:[^"\\]|\\.)*)")re").arg(key));
    const auto m = re.match(object);
    if (start)
        *start = m.hasMatch() ? m.capturedStart(u"v") : -1;
    return m.captured(u"v");
}

// Where a JSON string that starts at text[at] (just after its opening quote) ends: at its closing quote or, in a
// damaged document (odd bytes, a line break, the text cut off), at the end of its line.
qsizetype stringEnd(QStringView text, qsizetype at)
{
    for (; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == u'"' || c == u'\n' || c == u'\r')
            return at;
        if (c == u'\\' && at + 1 < text.size() && text.at(at + 1) != u'\n' && text.at(at + 1) != u'\r')
            ++at;
    }
    return at;
}

// Which object a position is in, read from the braces outside strings as the text goes on. Damaged text is
// tolerated: a string ends at its line's end, a brace that closes nothing starts a new top-level stretch.
class ObjectTracker
{
public:
    explicit ObjectTracker(QStringView text) : m_text(text) {}

    // The object around position at (called with increasing positions): its opening brace, or a negative number
    // for text outside any object.
    qsizetype objectAt(qsizetype at)
    {
        for (; m_at < at; ++m_at) {
            const QChar c = m_text.at(m_at);
            if (m_inString) {
                if (c == u'\\' && m_at + 1 < m_text.size() && m_text.at(m_at + 1) != u'\n' &&
                    m_text.at(m_at + 1) != u'\r')
                    ++m_at;
                else if (c == u'"' || c == u'\n' || c == u'\r')
                    m_inString = false;
            } else if (c == u'"') {
                m_inString = true;
            } else if (c == u'{') {
                m_open.append(m_at);
            } else if (c == u'}') {
                if (m_open.isEmpty())
                    --m_outside;
                else
                    m_open.removeLast();
            }
        }
        return m_open.isEmpty() ? m_outside : m_open.back();
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
    bool m_inString = false;
    QList<qsizetype> m_open;
    qsizetype m_outside = -1;
};

// HAR name/value pairs: headers, queryString, postData.params. The members come in either order, with other
// members (even objects) between them; a "name" pairs with the nearest "value" of the same object. A damaged
// document still pairs them: an object need not close, a string may end at its line's end.
void namedValues(QStringView text, QList<Secret> *out)
{
    static const O member(QStringLiteral(R"re("(?<key>name|value)"\s*:\s*")re"));
    struct Member
    {
        bool isName;
        qsizetype start;
        qsizetype end;
    };
    ObjectTracker objects(text);
    QHash<qsizetype, Member> unpaired; // by object
    for (auto it = member.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Member here{m.capturedView(u"key") == u"name", m.capturedEnd(), stringEnd(text, m.capturedEnd())};
        const qsizetype object = objects.objectAt(m.capturedStart());
        const auto other = unpaired.constFind(object);
        if (other == unpaired.cend() || other->isName == here.isName) {
            unpaired.insert(object, here);
            continue;
        }
        const Member name = here.isName ? here : *other;
        const Member value = here.isName ? *other : here;
        unpaired.remove(object);
        const QStringView nameText = text.mid(name.start, name.end - name.start);
        const QStringView valueText = text.mid(value.start, value.end - value.start);
        if ((SecretNames::isHeader(nameText) || SecretNames::isParameter(nameText, true)) && !valueText.isEmpty() &&
            !valueText.contains(Redactor::kPlaceholder))
            out->append({value.start, value.end, {}});
    }
}

// HAR cookies: every value in a "cookies" array.
void cookieArrays(QStringView text, QList<Secret> *out)
{
    static const O array(QStringLiteral(R"re("cookies"\s*:\s*\[(?<body>[^\]]*)(?:\]|$))re"));
    static const O value(QStringLiteral(R"re("value"\s*:\s*"(?<secret>(?:[^"\\]|\\.)+)")re"));
    for (auto it = array.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype offset = m.capturedStart(u"body");
        for (auto v = value.globalMatch(m.capturedView(u"body")); v.hasNext();) {
            const auto vm = v.next();
            if (vm.capturedView(u"secret") != Redactor::kPlaceholder)
                out->append({offset + vm.capturedStart(u"secret"), offset + vm.capturedEnd(u"secret"), {}});
        }
    }
}

// HAR bodies in base64: decoded, redacted, and encoded again when they held a secret.
void base64Bodies(QStringView text, QList<Secret> *out)
{
    static const O object(QStringLiteral(R"re(\{(?<body>[^{}]*"encoding"\s*:\s*"base64"[^{}]*)\})re"));
    for (auto it = object.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        qsizetype start = -1;
        const QString encoded = memberValue(m.capturedView(u"body"), u"text", &start);
        if (start < 0 || encoded.isEmpty())
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1());
        if (!decoded)
            continue;
        const Redactor::Result redacted = Redactor::redact(QString::fromUtf8(*decoded));
        if (redacted.count == 0)
            continue;
        start += m.capturedStart(u"body");
        out->append({start, start + encoded.size(), QString::fromLatin1(redacted.text.toUtf8().toBase64())});
    }
}

} // namespace

QList<Secret> find(QStringView text)
{
    QList<Secret> secrets;
    headerLines(text, &secrets);
    quotedMembers(text, &secrets);
    parameters(text, &secrets);
    simplePatterns(text, &secrets);
    jwts(text, &secrets);
    namedValues(text, &secrets);
    cookieArrays(text, &secrets);
    base64Bodies(text, &secrets);
    return secrets;
}

} // namespace SecretFinder
