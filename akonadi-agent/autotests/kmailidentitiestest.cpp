// KMailIdentities: the identities in KMail's emailidentities file (each read by
// KIdentityManagement's Identity::readConfig) as the addresses and names that are "me".
#include "kmailidentities.h"

#include <KConfig>
#include <KConfigGroup>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class KMailIdentitiesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir_;

    QString file(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
    void shouldTakeEveryIdentitysAddressesAliasesAndName()
    {
        const QString path = file(QStringLiteral("emailidentities"));
        {
            KConfig config(path, KConfig::SimpleConfig);
            KConfigGroup work(&config, QStringLiteral("Identity #0"));
            work.writeEntry("Identity", QStringLiteral("Work"));
            work.writeEntry("Name", QStringLiteral("Morgan Example"));
            work.writeEntry("Email Address", QStringLiteral("morgan@work.example"));
            work.writeEntry("Email Aliases", QStringList{QStringLiteral("m.example@work.example")});
            work.writeEntry("uoid", 1001);
            KConfigGroup home(&config, QStringLiteral("Identity #1"));
            home.writeEntry("Identity", QStringLiteral("Home"));
            home.writeEntry("Name", QStringLiteral("Morgan Example"));
            home.writeEntry("Email Address", QStringLiteral("morgan@home.example"));
            home.writeEntry("uoid", 1002);
            // KMail keeps an identity without an address when the user left it empty.
            KConfigGroup empty(&config, QStringLiteral("Identity #2"));
            empty.writeEntry("Identity", QStringLiteral("Unnamed"));
            empty.writeEntry("Name", QStringLiteral("Someone Else"));
            empty.writeEntry("uoid", 1003);
            KConfigGroup(&config, QStringLiteral("General")).writeEntry("Default Identity", 1001);
            // Not an identity.
            KConfigGroup(&config, QStringLiteral("Identity #x"))
                .writeEntry("Email Address", QStringLiteral("other@example.org"));
        }
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();

        const auto me = KMailIdentities::read(KConfig(path, KConfig::SimpleConfig));
        QCOMPARE(me.addresses,
                 (std::vector<std::string>{"morgan@work.example", "m.example@work.example",
                                           "morgan@home.example"}));
        QCOMPARE(me.names, std::vector<std::string>{"Morgan Example"});

        QFile after(path); // read only: nothing of the user's file changes
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void shouldTakeNothingWithoutIdentities()
    {
        const auto me =
            KMailIdentities::read(KConfig(file(QStringLiteral("missing")), KConfig::SimpleConfig));
        QVERIFY(me.addresses.empty());
        QVERIFY(me.names.empty());
        QVERIFY(!QFile::exists(file(QStringLiteral("missing"))));
    }
};

QTEST_GUILESS_MAIN(KMailIdentitiesTest)

#include "kmailidentitiestest.moc"
