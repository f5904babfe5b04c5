// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList forms;

    QString key() const { return context + QLatin1String(" | ") + source; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}, {}};
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

// %1 to %99 (and %L1), and %n: what arg() and the plural rules fill in.
QStringList argumentsOf(const QString &text)
{
    static const QRegularExpression argument(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = argument.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    out.sort();
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(DT_TS_DIR "/domains-troubleshooter_%1.ts").arg(language);
}

} // namespace

// The .ts files: each translation carries the same %1-style arguments as its source; German and Spanish are
// complete and in step with the sources; English has its plural forms.
class TestTsFiles : public QObject
{
    Q_OBJECT

private slots:
    void arguments_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void arguments()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList wrong;
        for (const Message &m : messages) {
            for (const QString &form : m.forms) {
                if (!form.isEmpty() && argumentsOf(form) != argumentsOf(m.source))
                    wrong << m.key() + QLatin1String(" -> ") + form;
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // Every source string has a finished translation in each .ts file, and the files hold nothing the sources
    // no longer have: lupdate run afresh over the sources (as `update_translations` runs it) changes nothing.
    void complete_data() { arguments_data(); }

    void complete()
    {
#ifndef DT_LUPDATE
        QSKIP("needs the window's sources (DT_BUILD_GUI)");
#else
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), fresh));
        QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner);
        const QString project = dir.filePath(QStringLiteral("project.json"));
        QProcess cmake;
        cmake.start(QStringLiteral(DT_CMAKE),
                    {QStringLiteral("-DIN_FILE=" DT_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                     QStringLiteral("-P"), QStringLiteral(DT_LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(cmake.waitForFinished(60000) && cmake.exitCode() == 0);
        QFile json(project);
        QVERIFY(json.open(QIODevice::ReadWrite));
        QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
        QVERIFY(o.value(QStringLiteral("sources")).toArray().size() > 20);
        o.insert(QStringLiteral("translations"), QJsonArray{fresh});
        json.resize(0);
        json.write(QJsonDocument(o).toJson());
        json.close();
        QProcess lupdate;
        // The options update_translations uses (app/i18n/CMakeLists.txt), parted by |.
        lupdate.start(QStringLiteral(DT_LUPDATE), QStringList{QStringLiteral("-project"), project} +
                                                      QStringLiteral(DT_LUPDATE_OPTIONS).split(u'|'));
        QVERIFY(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0);

        QString error;
        const QList<Message> committed = readTs(tsPath(language), &error);
        const QList<Message> current = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> committedKeys;
        for (const Message &m : committed)
            committedKeys << m.key();
        QStringList problems;
        for (const Message &m : current) {
            if (!committedKeys.remove(m.key()))
                problems << QLatin1String("missing from the .ts file: ") + m.key();
            else if (m.type == QLatin1String("unfinished") && (language != QLatin1String("en") || m.numerus))
                problems << QLatin1String("unfinished: ") + m.key();
        }
        for (const QString &key : std::as_const(committedKeys))
            problems << QLatin1String("no longer in the sources: ") + key;
        for (const Message &m : committed) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                problems << m.type + QLatin1String(": ") + m.key();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
#endif
    }

    // English is the source language: only its singular and plural forms are written, by hand, and all are.
    void englishPluralForms()
    {
        QString error;
        const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int plurals = 0;
        for (const Message &m : messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.key()));
            QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")) && !m.forms.at(1).contains(QLatin1String("(s)")),
                     qPrintable(m.key()));
        }
        QVERIFY(plurals >= 10);
    }
};

QTEST_GUILESS_MAIN(TestTsFiles)
#include "tst_tsfiles.moc"
