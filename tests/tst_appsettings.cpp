// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// Settings and closed sets: every key comes back as it was written, closed sets are kept by their keys, and the
// save format an earlier version kept as a list index is read once and written back as its key.

#include "appsettings.h"
#include "inputformat.h"
#include "testsettings.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> void roundTrip(const SettingKey<T> &key, const T &value)
    {
        QVERIFY2(value != key.fallback, qPrintable(key.key()));
        QCOMPARE(key.read(), key.fallback); // nothing kept yet
        key.write(value);
        QCOMPARE(QSettings().value(key.key()).template value<T>(), value);
        QCOMPARE(key.read(), value);
        key.remove();
        QCOMPARE(key.read(), key.fallback);
    }

private slots:
    void initTestCase() { TestSettings::isolate(m_dir.path(), QStringLiteral("tst_appsettings")); }
    void init() { QSettings().clear(); }

    void everyKeyRoundTrips()
    {
        using namespace SettingKeys;
        roundTrip(kCatalogFiles, QStringList{QStringLiteral("/a b/team.json"), QStringLiteral("c,d.json")});
        roundTrip(kUpdateAtStartup, true);
        roundTrip(kReplyFormat, QStringLiteral("markdown"));
        roundTrip(kReplyLanguage, QStringLiteral("de"));
        roundTrip(kHistorySize, 37);
        roundTrip(kTheme, QStringLiteral("dark"));
        roundTrip(kLanguage, QStringLiteral("es"));
        roundTrip(kDnsServer, QStringLiteral("::1"));
        roundTrip(kRecentFiles, QStringList{QStringLiteral("/x/1.har"), QStringLiteral("/y/=;2.log")});
        roundTrip(kSaveFormat, QStringLiteral("json"));
        roundTrip(kSaveFolder, QStringLiteral("/tmp/saved here"));
        roundTrip(kWindowGeometry, QByteArray("\x01\x00\xff geometry", 12));
        roundTrip(kWindowState, QByteArray("\x00\x00\x00\xff", 4));
        roundTrip(kWindowMaximized, true);
        roundTrip(kDiagnoseSplitter, QByteArray("d\x00s", 3));
        roundTrip(kLookupSplitter, QByteArray("l\x00s", 3));
        roundTrip(kCatalogSplitter, QByteArray("c\x00s", 3));
        roundTrip(kPage, QStringLiteral("catalog"));
        roundTrip(kZoom, -3);
    }

    void appSettingsRoundTrip()
    {
        AppSettings a;
        a.catalogFiles = {QStringLiteral("/t/one.json"), QStringLiteral("/t/two.json")};
        a.replyFormat = ReplyComposer::Format::Markdown;
        a.historySize = 55;
        a.theme = AppTheme::Theme::Light;
        a.language = QStringLiteral("de");
        a.updateSubscriptionsAtStartup = true;
        a.dnsServer = QStringLiteral("127.0.0.53");
        a.save();
        const AppSettings b = AppSettings::load();
        QCOMPARE(b.catalogFiles, a.catalogFiles);
        QCOMPARE(b.replyFormat, a.replyFormat);
        QCOMPARE(b.historySize, a.historySize);
        QCOMPARE(b.theme, a.theme);
        QCOMPARE(b.language, a.language);
        QCOMPARE(b.updateSubscriptionsAtStartup, a.updateSubscriptionsAtStartup);
        QCOMPARE(b.dnsServer, a.dnsServer);
        // Closed sets are kept by key, which a person can read in the file.
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));
        QCOMPARE(QSettings().value(QStringLiteral("reply/format")).toString(), QStringLiteral("markdown"));
    }

    void closedSetKeysRoundTrip()
    {
        QSet<QString> keys;
        for (const AppTheme::Theme theme : AppTheme::kThemes.values()) {
            QCOMPARE(AppTheme::fromKey(AppTheme::key(theme)), theme);
            QVERIFY(!AppTheme::label(theme).isEmpty());
            keys.insert(AppTheme::key(theme));
        }
        QCOMPARE(keys.size(), AppTheme::kThemes.values().size());
        QCOMPARE(AppTheme::fromKey(QStringLiteral("no such theme")), AppTheme::Theme::System);
        using DiagnosisFile::Format;
        for (const Format format : {Format::Markdown, Format::Html, Format::Json}) {
            QCOMPARE(DiagnosisFile::formatFromKey(DiagnosisFile::key(format)), format);
            QVERIFY(DiagnosisFile::filter(format).contains(u"*." + DiagnosisFile::suffix(format)));
        }
        QVERIFY(!DiagnosisFile::formatFromKey(u"1"));
        for (const char16_t *key : {u"har", u"curl", u"wix-json", u"problem-json", u"text"}) {
            const std::optional<InputFormat> format = InputFormats::fromKey(key);
            QVERIFY(format);
            QCOMPARE(InputFormats::key(*format), QString::fromUtf16(key));
            QVERIFY(!InputFormats::label(*format).isEmpty());
        }
    }

    void saveFormatMigrates_data()
    {
        QTest::addColumn<QVariant>("kept");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("keptAfter");
        using DiagnosisFile::Format;
        QTest::newRow("old index 0") << QVariant(0) << int(Format::Markdown) << QStringLiteral("markdown");
        QTest::newRow("old index 1") << QVariant(1) << int(Format::Html) << QStringLiteral("html");
        QTest::newRow("old index 2") << QVariant(2) << int(Format::Json) << QStringLiteral("json");
        QTest::newRow("old index out of range") << QVariant(7) << int(Format::Markdown) << QStringLiteral("markdown");
        QTest::newRow("key") << QVariant(QStringLiteral("json")) << int(Format::Json) << QStringLiteral("json");
        QTest::newRow("unknown word") << QVariant(QStringLiteral("pdf")) << int(Format::Markdown)
                                      << QStringLiteral("pdf");
        QTest::newRow("nothing kept") << QVariant() << int(Format::Markdown) << QString();
    }

    void saveFormatMigrates()
    {
        QFETCH(QVariant, kept);
        QFETCH(int, format);
        QFETCH(QString, keptAfter);
        if (kept.isValid())
            QSettings().setValue(QStringLiteral("save/format"), kept);
        QCOMPARE(int(AppSettings::saveFormat()), format);
        QCOMPARE(QSettings().value(QStringLiteral("save/format")).toString(), keptAfter);
        QCOMPARE(int(AppSettings::saveFormat()), format); // read again: the same
        AppSettings::setSaveFormat(DiagnosisFile::Format::Html);
        QCOMPARE(QSettings().value(QStringLiteral("save/format")).toString(), QStringLiteral("html"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
