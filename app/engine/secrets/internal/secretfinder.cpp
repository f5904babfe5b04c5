// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "secretfinder.h"

#include "redactor.h"
#include "secretnames.h"
#include "secretrules.h"
#include "secretvalues.h"

#include <QHash>
#include <QVarLengthArray>

#include <array>
#include <cstdint>

#include <optional>

namespace SecretFinder {
namespace {

using namespace SecretRules;
using SecretValues::isQuote;
using SecretValues::isTokenChar;

enum CharClass : uint8_t { Letter = 1, Word = 2, Name = 4, Starts = 8 };

// For each ASCII character: a letter, a word character (letters, digits, _), a name character (those and - . $).
constexpr auto kClasses = [] {
    std::array<uint8_t, 128> table{};
    for (char16_t c = 0; c < 128; ++c) {
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        const bool word = letter || (c >= u'0' && c <= u'9') || c == u'_';
        const bool name = word || c == u'-' || c == u'.' || c == u'$';
        // What the scan stops at: a name's first character, an option's or a PEM block's dash, a URL's colon.
        const bool starts = letter || c == u'_' || c == u'-' || c == u':';
        table[c] = uint8_t((letter ? Letter : 0) | (word ? Word : 0) | (name ? Name : 0) | (starts ? Starts : 0));
    }
    return table;
}();

// Three characters folded into 15 bits (five each, letters by their place in the alphabet); a stem's key is set
// in kStemKeys. Other characters may share a letter's bits: that only lets a name through to the full test.
constexpr unsigned kKeyMask = 0x7fff;

constexpr unsigned stemKey(unsigned key, char16_t c)
{
    return ((key << 5) | (c & 31u)) & kKeyMask;
}

constexpr auto kStemKeys = [] {
    std::array<uint64_t, (kKeyMask + 1) / 64> bits{};
    for (std::u16string_view stem : SecretNames::kStems) {
        unsigned key = 0;
        for (char16_t c : stem)
            key = stemKey(key, c);
        bits[key / 64] |= uint64_t(1) << (key % 64);
    }
    return bits;
}();

// The key of "eyJ", with which a JWT's first part starts.
constexpr unsigned kJwtKey = stemKey(stemKey(stemKey(0, u'e'), u'y'), u'J');

bool isStemKey(unsigned key)
{
    return kStemKeys[key / 64] & (uint64_t(1) << (key % 64));
}

bool isAsciiLetter(char16_t c)
{
    return c < 128 && (kClasses[c] & Letter);
}

bool isWordChar(char16_t c)
{
    return c < 128 && (kClasses[c] & Word);
}

// Names run over letters, digits and _ - . $ (x-api-key, client_secret, auth.token).
bool isNameChar(char16_t c)
{
    return c < 128 && (kClasses[c] & Name);
}

char16_t lower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c | 0x20) : c;
}

// Which object a position is in, read from the braces outside strings as the text goes on. Damaged text is
// tolerated: a string ends at its line's end, and a brace that closes nothing starts a new top-level stretch. The
// text is read as it will be once redacted: a character inside a secret already found (a brace, a quote, a line
// break) does not count, so that redacting the result again reads the same objects.
class ObjectTracker
{
public:
    explicit ObjectTracker(QStringView text, const QList<Secret> &found) : m_text(text), m_found(found) {}

    // The object around position at (called with increasing positions): its opening brace, or a negative number.
    qsizetype objectAt(qsizetype at)
    {
        for (; m_at < at; ++m_at) {
            const char16_t c = m_text.at(m_at).unicode();
            if ((c == u'{' || c == u'}' || c == u'"' || c == u'\\' || c == u'\n' || c == u'\r') && inSecret(m_at))
                continue;
            if (m_inString) {
                if (c == u'\\' && m_at + 1 < at)
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

    // Whether position at (not before the last one asked of objectAt) lies inside a secret already found.
    bool inSecret(qsizetype at)
    {
        while (m_passed < m_found.size() && m_found.at(m_passed).end <= at && m_found.at(m_passed).start <= at)
            ++m_passed;
        for (qsizetype i = m_passed; i < m_found.size(); ++i) {
            if (m_found.at(i).start <= at && at < m_found.at(i).end)
                return true;
        }
        return false;
    }

private:
    QStringView m_text;
    const QList<Secret> &m_found;
    qsizetype m_passed = 0; // the secrets found that end before the text read
    qsizetype m_at = 0;
    bool m_inString = false;
    QList<qsizetype> m_open;
    qsizetype m_outside = -1;
};

struct Connected
{
    qsizetype valueStart;
    char16_t quote; // the quote the value opened with, or 0
};

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text), m_values(text), m_objects(text, m_out) {}

    QList<Secret> run();

private:
    // stem: whether the name holds a credential word's stem; jwt: whether a part of it starts with eyJ.
    void atName(qsizetype start, qsizetype end, bool stem, bool jwt);
    bool jwtAt(qsizetype start, qsizetype end);
    void syntaxAfter(qsizetype start, qsizetype end, bool inUrl);
    bool leadAt(qsizetype start, qsizetype end);
    void pairMember(qsizetype start, qsizetype end);
    void optionAt(qsizetype at);
    void pemAt(qsizetype at);
    void userInfoAt(qsizetype at);
    std::optional<Connected> connect(std::u16string_view pattern, qsizetype at, bool *nameQuoted) const;
    bool accepts(NameKind kind, qsizetype start, qsizetype end, bool inUrl) const;
    bool opensMemberName(const Connected &c);
    void addValue(ValueEnd end, const Connected &c, bool nameQuoted, qsizetype statement);
    void add(qsizetype start, qsizetype end, qsizetype statement, QString replacement = {});

    QStringView m_text;
    QList<Secret> m_out;
    SecretValues::Reader m_values;
    ObjectTracker m_objects;
    struct Member
    {
        QStringView name; // in the text
        qsizetype start;  // the value's
        qsizetype end;
        qsizetype found; // how many secrets had been found when it was read
    };
    using Members = QVarLengthArray<Member, 4>; // an object names few of the pairs' members
    static const Member *memberNamed(const Members &members, std::u16string_view name);
    bool holdsSecret(const Member &member) const;
    QHash<qsizetype, Members> m_members; // pair members seen, by object
};

QList<Secret> Scanner::run()
{
    const qsizetype size = m_text.size();
    const auto *data = reinterpret_cast<const char16_t *>(m_text.utf16());
    for (qsizetype at = 0; at < size;) {
        const char16_t c = data[at];
        if (c >= 128 || !(kClasses[c] & Starts)) {
            ++at;
            continue;
        }
        if ((isAsciiLetter(c) || c == u'_') && (at == 0 || !isWordChar(data[at - 1]))) {
            // A name ends before a double dash: token-----BEGIN, name--option. Whether it holds a credential's
            // stem is told on the way.
            qsizetype end = at;
            unsigned key = 0;
            bool stem = false;
            bool jwt = false;
            while (end < size && isNameChar(data[end]) &&
                   !(data[end] == u'-' && end + 1 < size && data[end + 1] == u'-')) {
                key = stemKey(key, data[end++]);
                stem = stem || (end - at >= 3 && isStemKey(key));
                jwt = jwt || (key == kJwtKey && (end - 3 == at || (end - 3 > at && data[end - 4] == u'.')));
            }
            atName(at, end, stem, jwt);
            at = end;
            continue;
        }
        if (c == u'-' && m_text.mid(at).startsWith(u"-----BEGIN "))
            pemAt(at);
        else if (c == u'-' && (at == 0 || m_text.at(at - 1).isSpace() || isQuote(m_text.at(at - 1).unicode())))
            optionAt(at);
        else if (c == u':' && m_text.mid(at + 1, 2) == u"//")
            userInfoAt(at);
        ++at;
    }
    return std::move(m_out);
}

void Scanner::atName(qsizetype start, qsizetype end, bool stem, bool jwt)
{
    // A sentence's full stop or a trailing dash is not part of the name.
    while (end - start > 1 && (m_text.at(end - 1) == u'.' || m_text.at(end - 1) == u'-'))
        --end;
    if (jwt && jwtAt(start, end))
        return;
    const char16_t before = start > 0 ? m_text.at(start - 1).unicode() : 0;
    if (stem)
        syntaxAfter(start, end, before == u'?' || before == u'&' || before == u'#' || before == u';');
    const char16_t after = end < m_text.size() ? m_text.at(end).unicode() : 0;
    if (after == u' ' || after == u'\t' || after == u'+')
        leadAt(start, end);
    if (before == u'"')
        pairMember(start, end);
}

// JWTs and JWS in any prefix: eyJ… in three parts, alone or after IST., OauthNG.JWS., ...
bool Scanner::jwtAt(qsizetype start, qsizetype end)
{
    const auto eyJAt = [&](qsizetype at) {
        return at + 3 <= end && m_text.at(at) == u'e' && m_text.at(at + 1) == u'y' && m_text.at(at + 2) == u'J';
    };
    qsizetype jwt = start;
    while (jwt < end && !eyJAt(jwt)) {
        while (jwt < end && m_text.at(jwt) != u'.')
            ++jwt;
        jwt += jwt < end;
    }
    if (jwt >= end)
        return false;
    jwt -= start;
    int dots = 0;
    const qsizetype last = m_values.wrappedTokenEnd(start + jwt, &dots);
    if (dots < 2 || last - start < 20)
        return false;
    add(start, last, start);
    return true;
}

std::optional<Connected> Scanner::connect(std::u16string_view pattern, qsizetype at, bool *nameQuoted) const
{
    const qsizetype size = m_text.size();
    char16_t quote = 0;
    for (const char16_t p : pattern) {
        const auto here = [&] { return at < size ? m_text.at(at).unicode() : char16_t(0); };
        switch (p) {
        case u'\'':
            if (isQuote(here())) {
                *nameQuoted = true;
                ++at;
            }
            break;
        case u' ':
            while (here() == u' ' || here() == u'\t')
                ++at;
            break;
        case u'~':
            while (at < size && m_text.at(at).isSpace())
                ++at;
            break;
        case u'Q':
            if (!isQuote(here()))
                return std::nullopt;
            quote = here();
            ++at;
            break;
        case u'#':
        case u'w': {
            const qsizetype from = at;
            while (at < size && (p == u'#' ? m_text.at(at).isDigit() : isAsciiLetter(here())))
                ++at;
            if (at == from)
                return std::nullopt;
            break;
        }
        default:
            if (lower(here()) != p)
                return std::nullopt;
            ++at;
        }
    }
    return Connected{at, quote};
}

// A quoted "value" that is followed by ':' is the next member's name: ["x-api-key", "comment": ""] holds no value.
bool Scanner::opensMemberName(const Connected &c)
{
    if (c.quote == 0)
        return false;
    qsizetype at = m_values.quotedEnd(c.valueStart, c.quote);
    if (at >= m_text.size() || m_text.at(at) != QChar(c.quote))
        return false;
    ++at;
    while (at < m_text.size() && (m_text.at(at) == u' ' || m_text.at(at) == u'\t'))
        ++at;
    return at < m_text.size() && m_text.at(at) == u':';
}

bool Scanner::accepts(NameKind kind, qsizetype start, qsizetype end, bool inUrl) const
{
    const QStringView name = m_text.mid(start, end - start);
    switch (kind) {
    case NameKind::Member:
        return SecretNames::isMember(name);
    case NameKind::Header:
        return SecretNames::isParameter(name, inUrl);
    case NameKind::Cookie:
        return SecretNames::isCookie(name);
    }
    return false;
}

// The first syntax whose connector follows the name, and whose names take it, decides.
void Scanner::syntaxAfter(qsizetype start, qsizetype end, bool inUrl)
{
    if (end >= m_text.size())
        return;
    const char16_t next = m_text.at(end).unicode();
    if (!isQuote(next) && next != u':' && next != u'=' && next != u' ' && next != u'\t' && next != u']' &&
        next != u',' && next != u'>')
        return;
    const char16_t before = start > 0 ? m_text.at(start - 1).unicode() : 0;
    // Whether each kind of names takes this one, told once and only after a connector follows.
    std::array<std::optional<bool>, 3> accepted;
    const auto takes = [&](NameKind kind) {
        std::optional<bool> &a = accepted.at(size_t(kind));
        if (!a)
            a = accepts(kind, start, end, inUrl);
        return *a;
    };
    for (const Syntax &syntax : syntaxes()) {
        if (syntax.lead != 0 && syntax.lead != before)
            continue;
        bool nameQuoted = false;
        const std::optional<Connected> c = connect(syntax.connector, end, &nameQuoted);
        if (c && takes(syntax.names) && !opensMemberName(*c)) {
            addValue(syntax.end, *c, nameQuoted, start);
            return;
        }
    }
}

// "Bearer x", "Basic x", "the token is x", "XSRF-TOKEN x": a word that introduces a credential.
bool Scanner::leadAt(qsizetype start, qsizetype end)
{
    qsizetype wordStart = end;
    while (wordStart > start && isAsciiLetter(m_text.at(wordStart - 1).unicode()))
        --wordStart;
    const QStringView word = m_text.mid(wordStart, end - wordStart);
    for (const Lead &lead : leads()) {
        if (word.size() != qsizetype(lead.word.size()) ||
            word.compare(QStringView(lead.word), Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype value = m_values.leadValueStart(end);
        if (value < 0)
            return false;
        const qsizetype valueEnd = m_values.tokenEnd(value);
        if (valueEnd - value >= 8 &&
            (!lead.mixedValue || SecretValues::looksGenerated(m_text.mid(value, valueEnd - value))))
            add(value, valueEnd, start);
        return true;
    }
    return false;
}

// A member of a {name, value} pair: remembered by object until its twin comes.
void Scanner::pairMember(qsizetype start, qsizetype end)
{
    const QStringView name = m_text.mid(start, end - start);
    const char16_t first = name.front().unicode();
    if (name.size() > 8 || (first != u'n' && first != u'k' && first != u'v' && first != u'e' && first != u't'))
        return;
    bool wanted = false;
    for (const Pair &pair : pairs())
        wanted = wanted || name == QStringView(pair.label) || name == QStringView(pair.value);
    if (!wanted)
        return;
    bool nameQuoted = false;
    const std::optional<Connected> c = connect(u"' : Q", end, &nameQuoted);
    if (!c || !nameQuoted)
        return;
    const qsizetype object = m_objects.objectAt(start);
    // A member inside a secret already found is gone once the text is redacted: it neither names a pair nor hides
    // an earlier member of its name.
    if (m_objects.inSecret(start))
        return;
    Members &members = m_members[object];
    members.append({name, c->valueStart, m_values.quotedEnd(c->valueStart, c->quote), m_out.size()});
    for (const Pair &pair : pairs()) {
        const Member *label = memberNamed(members, pair.label);
        const Member *value = memberNamed(members, pair.value);
        if (!label || !value)
            continue;
        const QStringView labelText = m_text.mid(label->start, label->end - label->start);
        const QStringView valueText = m_text.mid(value->start, value->end - value->start);
        if (pair.base64 && labelText == u"base64") {
            const QString again = SecretValues::redactedBase64(valueText);
            if (!again.isNull())
                add(value->start, value->end, value->start, again);
        } else if (!pair.base64 && !holdsSecret(*label) && SecretNames::isParameter(labelText, true)) {
            add(value->start, value->end, qMin(label->start, value->start));
        }
    }
}

// A label that holds a secret (found since it was read, or already redacted) is no name: once redacted, it reads
// otherwise.
bool Scanner::holdsSecret(const Member &member) const
{
    if (m_text.mid(member.start, member.end - member.start).contains(Redactor::kPlaceholder))
        return true;
    for (qsizetype i = member.found; i < m_out.size(); ++i) {
        if (m_out.at(i).start < member.end && m_out.at(i).end > member.start)
            return true;
    }
    return false;
}

// The last member of that name: a later one replaces an earlier one, as in a parsed object.
const Scanner::Member *Scanner::memberNamed(const Members &members, std::u16string_view name)
{
    for (auto m = members.crbegin(); m != members.crend(); ++m) {
        if (m->name == QStringView(name))
            return &*m;
    }
    return nullptr;
}

void Scanner::addValue(ValueEnd end, const Connected &c, bool nameQuoted, qsizetype statement)
{
    for (const auto &[from, to] : m_values.valueRanges(end, c.valueStart, c.quote, nameQuoted, statement))
        add(from, to, statement);
}

// A client's credential option: curl -u user:pass, --pass x, --cert file:pass, HTTPie -a user:pass, ...
void Scanner::optionAt(qsizetype at)
{
    qsizetype end = at;
    while (end < m_text.size() && (isWordChar(m_text.at(end).unicode()) || m_text.at(end) == u'-'))
        ++end;
    const QStringView token = m_text.mid(at, end - at);
    for (const Option &option : options()) {
        const QStringView name(option.name);
        const bool attached = option.attached && token.size() > name.size() && token.startsWith(name);
        if (token != name && !attached)
            continue;
        qsizetype value = at + name.size();
        if (!attached) {
            if (value < m_text.size() && m_text.at(value) == u'=')
                ++value;
            else if (value < m_text.size() && (m_text.at(value) == u' ' || m_text.at(value) == u'\t'))
                while (value < m_text.size() && (m_text.at(value) == u' ' || m_text.at(value) == u'\t'))
                    ++value;
            else
                return;
        }
        if (value >= m_text.size() || m_text.at(value) == u'-')
            return;
        const char16_t quote = isQuote(m_text.at(value).unicode()) ? m_text.at(value).unicode() : 0;
        const Connected c{value + (quote != 0), quote};
        addValue(quote != 0 && option.end == ValueEnd::Word ? ValueEnd::Quoted : option.end, c, false, at);
        return;
    }
}

// PEM private keys: the body, up to the END line or as far as it goes when cut off.
void Scanner::pemAt(qsizetype at)
{
    const qsizetype lineEnd = m_values.lineEnd(at);
    const QStringView header = m_text.mid(at, lineEnd - at);
    const qsizetype close = header.indexOf(u"PRIVATE KEY-----");
    if (close < 0)
        return;
    const qsizetype body = at + close + 16;
    add(body, m_values.pemBodyEnd(body), at);
}

// URL userinfo: https://user:pass@host, https://token@host.
void Scanner::userInfoAt(qsizetype at)
{
    if (at == 0 || !isAsciiLetter(m_text.at(at - 1).unicode()))
        return;
    const qsizetype start = at + 3;
    for (qsizetype i = start; i < m_text.size() && i - start < 512; ++i) {
        const char16_t c = m_text.at(i).unicode();
        if (c == u'@') {
            add(start, i, start);
            return;
        }
        if (c == u'/' || c == u'?' || c == u'#' || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'\\' ||
            QChar::isSpace(c))
            return;
    }
}

void Scanner::add(qsizetype start, qsizetype end, qsizetype statement, QString replacement)
{
    if (end <= start)
        return;
    const QStringView value = m_text.mid(start, end - start);
    // A value already redacted (holding a placeholder, or inside one) is left as it is: redacting twice changes
    // nothing.
    const QStringView around = m_text.mid(qMax(start - 1, qsizetype(0)), end - start + 2);
    if (replacement.isNull() && (around.contains(Redactor::kPlaceholder) || SecretValues::isPlainLiteral(value)))
        return;
    m_out.append({start, end, std::move(replacement), qMin(statement, start)});
}

} // namespace

QList<Secret> find(QStringView text)
{
    return Scanner(text).run();
}

} // namespace SecretFinder
