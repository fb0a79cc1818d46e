// Languages: the Simplified Chinese translation is built into the binary and covers
// the window's and the model layer's strings; English is the source language.
#include "translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsBuiltIn();
    void localeChoice();
};

void TestTranslations::chineseIsBuiltIn()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), u"zh_CN"_s));
    // Access keys unique in the window: Pause is U, Resume M.
    QCOMPARE(QCoreApplication::translate("MainWindow", "Pa&use"), u"暂停(&U)"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "Resu&me"), u"继续(&M)"_s);
    QCOMPARE(QCoreApplication::translate(
                 "RunCounts", "%1 released · %2 failed · %3 unknown · %4 skipped · %5 remaining"),
        u"已上线 %1 · 失败 %2 · 未知 %3 · 跳过 %4 · 剩余 %5"_s);
    QCOMPARE(QCoreApplication::translate("StatePresentation", "Unknown — check on portal"),
        u"未知 — 请到平台核实"_s);
    // Strings of the model layer shown by the window: column titles, planner reasons.
    QCOMPARE(QCoreApplication::translate("TicketTableModel", "Application"), u"应用"_s);
    QCOMPARE(QCoreApplication::translate("Planner", "alone (not concurrent)"),
        u"单独上线（不可并行）"_s);
    QCOMPARE(QCoreApplication::translate("ApprovalDialog", "Release %n ticket(s)", nullptr, 3),
        u"上线 3 个上线单"_s);
}

void TestTranslations::localeChoice()
{
    QCOMPARE(Translations::localeFor(u"zh_CN"_s).language(), QLocale::Chinese);
    QCOMPARE(Translations::localeFor(u"en"_s).language(), QLocale::English);
    QCOMPARE(Translations::localeFor(u"system"_s), QLocale::system());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
