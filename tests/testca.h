// SPDX-FileCopyrightText: 2026 Domains Troubleshooter contributors
// SPDX-License-Identifier: MIT
// A certificate authority made by openssl for one test run, and a server certificate for 127.0.0.1 it signs. The
// client side trusts it through the default TLS configuration, as a desk trusts its company's CA.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>

class TestCa
{
public:
    // False when openssl is missing or fails.
    bool create()
    {
        const QStringList ec = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
        ext.close();
        const auto s = [](const char *text) { return QString::fromLatin1(text); };
        return run(QStringList{s("req"), s("-x509")} + ec +
                   QStringList{s("-keyout"), s("ca.key"), s("-out"), s("ca.crt"), s("-days"), s("2"), s("-subj"),
                               s("/CN=Test-only CA")}) &&
               run(QStringList{s("req")} + ec +
                   QStringList{s("-keyout"), s("server.key"), s("-out"), s("server.csr"), s("-subj"),
                               s("/CN=127.0.0.1")}) &&
               run({s("x509"), s("-req"), s("-in"), s("server.csr"), s("-CA"), s("ca.crt"), s("-CAkey"), s("ca.key"),
                    s("-CAcreateserial"), s("-out"), s("server.crt"), s("-days"), s("2"), s("-extfile"),
                    s("server.ext")});
    }

    QSslConfiguration serverConfiguration() const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        QFile cert(m_dir.filePath(QStringLiteral("server.crt")));
        QFile key(m_dir.filePath(QStringLiteral("server.key")));
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            c.setLocalCertificate(QSslCertificate(cert.readAll()));
            c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        }
        return c;
    }

    void trustInThisProcess() const
    {
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificates(m_dir.filePath(QStringLiteral("ca.crt")));
        QSslConfiguration::setDefaultConfiguration(client);
    }

private:
    bool run(const QStringList &arguments) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), arguments);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QTemporaryDir m_dir;
};
