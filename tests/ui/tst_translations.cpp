// Languages: the Simplified Chinese translation is built into the binary and covers
// the window's and the model layer's strings; English is the source language.
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chineseIsBuiltIn();
    void lowerLayersAreTranslated();
    void everyChineseEntryIsFinishedWithTheSamePlaceholders();
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

// Strings built below the window (network, model): log lines, verdicts, reasons, summaries.
void TestTranslations::lowerLayersAreTranslated()
{
    QVERIFY(Translations::install(QCoreApplication::instance(), u"zh_CN"_s));
    QCOMPARE(QCoreApplication::translate(
                 "ReleaseExecutor", "Batch %1: re-reading every list page before release"),
        u"批次 %1：上线前重新读取所有列表页"_s);
    QCOMPARE(QCoreApplication::translate("ReleaseState", "succeeded"), u"成功"_s);
    QCOMPARE(QCoreApplication::translate("TicketField", "application"), u"应用"_s);
    QCOMPARE(QCoreApplication::translate("ReleaseVerdict", "The portal refused (HTTP %1)"),
        u"平台拒绝了上线（HTTP %1）"_s);
    QCOMPARE(QCoreApplication::translate("PageRead", "%1 (after %n attempt(s))", nullptr, 3),
        u"%1（共尝试 3 次）"_s);
}

// Every entry of the Chinese file is translated, and keeps the placeholders of its source: a
// lost %2 would silently drop a value, an extra one would show "%2" to the person.
void TestTranslations::everyChineseEntryIsFinishedWithTheSamePlaceholders()
{
    QFile file(QFINDTESTDATA("../../resources/translations/releasedesk_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression placeholder(u"%(?:n|L?\\d+)"_s);
    const auto placeholders = [](const QString &text) {
        QSet<QString> found;
        for (const auto &match : placeholder.globalMatch(text))
            found.insert(match.captured(0));
        return found;
    };
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (!type.isEmpty())
                problems << u"%1 \"%2\": %3"_s.arg(context, source, type);
            // A plain translation is text; a plural one a <numerusform> per form.
            QStringList forms;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"translation")
                    break;
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (forms.isEmpty())
                forms << text;
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty())
                    problems << u"%1 \"%2\": empty"_s.arg(context, source);
                else if (placeholders(form) != placeholders(source))
                    problems << u"%1 \"%2\": placeholders differ in \"%3\""_s.arg(
                        context, source, form);
            }
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 700);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::localeChoice()
{
    QCOMPARE(Translations::localeFor(u"zh_CN"_s).language(), QLocale::Chinese);
    QCOMPARE(Translations::localeFor(u"en"_s).language(), QLocale::English);
    QCOMPARE(Translations::localeFor(u"system"_s), QLocale::system());
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
