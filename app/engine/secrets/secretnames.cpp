// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include "secretnames.h"

#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <string_view>

namespace SecretNames {
namespace {

using Words = QVarLengthArray<QString, 6>;

Words wordsOf(QStringView name)
{
    Words words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(std::exchange(word, QString()));
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower())
            flush();
        word.append(c.toLower());
    }
    flush();
    return words;
}

bool isOneOf(const QString &word, std::initializer_list<std::u16string_view> list)
{
    return std::any_of(list.begin(), list.end(), [&](std::u16string_view w) { return QStringView(w) == word; });
}

// Words run together count too: accesstoken, xsrftoken, clientsecretvalue.
bool containsOneOf(const QString &word, std::initializer_list<std::u16string_view> list)
{
    return std::any_of(list.begin(), list.end(), [&](std::u16string_view w) { return word.contains(QStringView(w)); });
}

// A word that makes any name a secret's: token, secret, password, cookie, authorization, ...
bool isSecretWord(const QString &w)
{
    return isOneOf(w, {u"auth", u"authn", u"authz", u"passphrase", u"credential", u"credentials", u"jwt", u"bearer",
                       u"session", u"sessionid", u"sessid", u"signature", u"otp"}) ||
           w.contains(u"authoriz") ||
           containsOneOf(w, {u"token", u"secret", u"password", u"passwd", u"apikey", u"privatekey", u"cookie"}) ||
           w.endsWith(u"pwd");
}

// A last word that says the name is about a credential, not one: token_type, authorization_url, auth-type.
bool namesSomethingElse(const Words &words)
{
    return words.size() > 1 &&
           isOneOf(words.back(), {u"type", u"url", u"uri", u"endpoint", u"scheme", u"method", u"expires", u"expiry",
                                  u"ttl", u"header", u"headers", u"name", u"length", u"format", u"mode", u"required"});
}

// "key" after a word that makes it a credential: api key, access key, private key, ...
bool isKeyPair(const Words &words, qsizetype at)
{
    return at > 0 && isOneOf(words.at(at), {u"key", u"keys"}) &&
           isOneOf(words.at(at - 1), {u"api", u"access", u"private", u"secret", u"client", u"signing", u"encryption",
                                      u"license", u"subscription", u"master", u"account", u"app", u"auth", u"x"});
}

// keyAlone: whether a "key" of its own counts (headers and parameters, in names of at most three words: the
// error code DOMAINS_NO_THROTTLER_KEY is not a header).
bool hasSecretWord(const Words &words, bool keyAlone)
{
    if (namesSomethingElse(words))
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (isSecretWord(words.at(i)) || isKeyPair(words, i))
            return true;
        if (keyAlone && words.size() <= 3 && isOneOf(words.at(i), {u"key", u"sig"}))
            return true;
    }
    return false;
}

} // namespace

bool isParameter(QStringView name, bool inUrl)
{
    const Words words = wordsOf(name);
    if (inUrl && words.size() == 1 && isOneOf(words.front(), {u"code", u"sign", u"pass"}))
        return true;
    return hasSecretWord(words, inUrl);
}

bool isMember(QStringView name)
{
    return hasSecretWord(wordsOf(name), false);
}

bool isCookie(QStringView name)
{
    const Words words = wordsOf(name);
    return !words.isEmpty() && isOneOf(words.back(), {u"cookie", u"cookies"});
}

} // namespace SecretNames
