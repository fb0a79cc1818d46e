// Pages, answers and forms in the portal's character set. The byte strings below
// were made with glibc's iconv, an implementation independent of the one under test.
#include "http/charset.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCharset final : public QObject
{
    Q_OBJECT
private slots:
    void decodesEveryCharsetByHeader_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("charset");
        QTest::newRow("gbk") << "text/html; charset=GBK"_ba
                             << "\xb7\xa2\xb2\xbc\xc9\xcf\xcf\xdf"_ba << u"发布上线"_s << u"gbk"_s;
        QTest::newRow("gb2312 label holds gbk")
            << "text/html;charset=gb2312"_ba << "\xb7\xa2\xb2\xbc"_ba << u"发布"_s << u"gbk"_s;
        QTest::newRow("gb18030") << "text/html; charset=\"GB18030\""_ba
                                 << "\xb7\xa2\xb2\xbc\xa2\xe3"_ba << u"发布€"_s << u"gb18030"_s;
        QTest::newRow("big5") << "text/html; charset=Big5"_ba
                              << "\xb5\x6f\xa7\x47\xa4\x57\xbd\x75"_ba << u"發佈上線"_s
                              << u"big5"_s;
        QTest::newRow("shift_jis") << "text/html; charset=Shift_JIS"_ba
                                   << "\x83\x8a\x83\x8a\x81\x5b\x83\x58"_ba << u"リリース"_s
                                   << u"shift_jis"_s;
        QTest::newRow("euc-kr") << "text/html; charset=EUC-KR"_ba
                                << "\xb9\xe8\xc6\xf7\x20\xbf\xcf\xb7\xe1"_ba << u"배포 완료"_s
                                << u"euc-kr"_s;
        QTest::newRow("windows-1252") << "text/html; charset=windows-1252"_ba
                                      << "\x43\x61\x66\xe9\x20\x96\x20\x80\x35"_ba
                                      << u"Café – €5"_s << u"windows-1252"_s;
        // As in browsers, ISO-8859-1 is read as its superset windows-1252.
        QTest::newRow("iso-8859-1") << "text/html; charset=ISO-8859-1"_ba
                                    << "\x43\x61\x66\xe9\x20\x80"_ba << u"Café €"_s
                                    << u"windows-1252"_s;
        QTest::newRow("utf-8") << "application/json; charset=utf-8"_ba
                               << "\xe5\x8f\x91\xe5\xb8\x83\x20\xe2\x9c\x93"_ba << u"发布 ✓"_s
                               << u"utf-8"_s;
    }
    void decodesEveryCharsetByHeader()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, charset);
        QVERIFY2(Charset::isSupported(charset), qPrintable(charset));
        const Charset::Decoded decoded = Charset::decode(bytes, contentType);
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.charset, charset);
        QCOMPARE(decoded.source, Charset::Source::Header);
        QVERIFY(!decoded.lossy);
        // And back: what a form in this charset sends.
        QCOMPARE(Charset::encode(text, charset), bytes);
    }

    // Header, then <meta>, then byte order mark, then sniffing, then the profile's override.
    void whereTheCharsetComesFrom_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("text"); // expected to be contained in the decoded text
        QTest::addColumn<QString>("charset");
        QTest::addColumn<int>("source");
        const QByteArray gbk = "\xb7\xa2\xb2\xbc"_ba; // 发布
        QTest::newRow("header beats meta")
            << "text/html; charset=GBK"_ba << "<meta charset=\"utf-8\"><p>"_ba + gbk << QString()
            << u"发布"_s << u"gbk"_s << int(Charset::Source::Header);
        QTest::newRow("meta charset")
            << "text/html"_ba << "<html><head><meta charset=gbk></head><p>"_ba + gbk << QString()
            << u"发布"_s << u"gbk"_s << int(Charset::Source::Meta);
        QTest::newRow("meta http-equiv")
            << QByteArray()
            << "<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">"
               "</head><p>"_ba
                + gbk
            << u"utf-8"_s << u"发布"_s << u"gbk"_s << int(Charset::Source::Meta);
        QTest::newRow("byte order mark")
            << "text/html"_ba << "\xef\xbb\xbf<p>\xe5\x8f\x91\xe5\xb8\x83"_ba << u"gbk"_s
            << u"发布"_s << u"utf-8"_s << int(Charset::Source::ByteOrderMark);
        QTest::newRow("valid utf-8 sniffed before the override")
            << "text/html"_ba << "<p>\xe5\x8f\x91\xe5\xb8\x83"_ba << u"gbk"_s << u"发布"_s
            << u"utf-8"_s << int(Charset::Source::Sniffed);
        QTest::newRow("override when nothing else says")
            << "text/html"_ba << "<p>"_ba + gbk << u"GBK"_s << u"发布"_s << u"gbk"_s
            << int(Charset::Source::Override);
        QTest::newRow("fallback windows-1252")
            << "text/html"_ba << "<p>Caf\xe9"_ba << QString() << u"Café"_s << u"windows-1252"_s
            << int(Charset::Source::Fallback);
        QTest::newRow("ascii is utf-8")
            << QByteArray() << "<p>plain"_ba << QString() << u"plain"_s << u"utf-8"_s
            << int(Charset::Source::Fallback);
        QTest::newRow("unknown declared charset passed over")
            << "text/html; charset=x-nonsense"_ba << "<meta charset=gbk><p>"_ba + gbk << QString()
            << u"发布"_s << u"gbk"_s << int(Charset::Source::Meta);
    }
    void whereTheCharsetComesFrom()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, override);
        QFETCH(QString, text);
        QFETCH(QString, charset);
        QFETCH(int, source);
        const Charset::Decoded decoded = Charset::decode(body, contentType, override);
        QVERIFY2(decoded.text.contains(text), qPrintable(decoded.text));
        QCOMPARE(decoded.charset, charset);
        QCOMPARE(int(decoded.source), source);
    }

    void badBytesAreMarkedLossy()
    {
        const Charset::Decoded decoded = Charset::decode("\xb7\xff"_ba, "text/html; charset=gbk"_ba);
        QVERIFY(decoded.lossy);
        QVERIFY(decoded.text.contains(QChar::ReplacementCharacter));
    }

    // A multi-byte character cut off at the end of the answer leaves a replacement character,
    // not nothing (Qt's stateless decoders drop it silently).
    void cutOffSequenceAtTheEndIsShown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("text");
        const QString bad(QChar::ReplacementCharacter);
        QTest::newRow("gbk lead byte alone") << "\xa2"_ba << "gbk" << bad;
        QTest::newRow("gbk after text") << "ab\xa2"_ba << "gbk" << QStringLiteral("ab") + bad;
        QTest::newRow("big5") << "ab\xa4"_ba << "big5" << QStringLiteral("ab") + bad;
        QTest::newRow("utf-16le odd byte alone") << "a"_ba << "utf-16le" << bad;
        QTest::newRow("utf-16be after a character")
            << "\x00\x61\x62"_ba << "utf-16be" << QStringLiteral("a") + bad;
        // Other labels of the same wide forms, Qt's own and ICU's: the code unit is measured,
        // not read off the name.
        QTest::newRow("utf16 without hyphen") << "\x8e"_ba << "utf16" << bad;
        QTest::newRow("ucs-2 after a character")
            << "\x00\x61\x62"_ba << "ucs-2" << QStringLiteral("a") + bad;
        QTest::newRow("ucs-4 cut short") << "\x00\x00\x00"_ba << "ucs-4" << bad;
    }
    void cutOffSequenceAtTheEndIsShown()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, charset);
        QFETCH(QString, text);
        bool lossy = false;
        QCOMPARE(Charset::decodeAs(body, charset, &lossy), text);
        QVERIFY(lossy);
        // A complete text in the same charsets stays as it was, and is not lossy.
        QCOMPARE(Charset::decodeAs("ab"_ba, QStringLiteral("gbk"), &lossy), QStringLiteral("ab"));
        QVERIFY(!lossy);
    }

    // A password like 发布@2024 on a portal that decodes forms as GBK.
    void formValuesInThePagesCharset()
    {
        QCOMPARE(Charset::formEncode(u"发布@2024"_s, u"gbk"_s), "%B7%A2%B2%BC%402024"_ba);
        QCOMPARE(Charset::formEncode(u"发布@2024"_s, u"utf-8"_s),
            "%E5%8F%91%E5%B8%83%402024"_ba);
        QCOMPARE(Charset::formEncode(u"a b*~"_s, u"utf-8"_s), "a+b*%7E"_ba);
        // Not in the charset: a numeric reference, as browsers send it.
        QCOMPARE(Charset::encode(u"x中"_s, u"windows-1252"_s), "x&#20013;"_ba);
        QCOMPARE(Charset::encode(u"😀"_s, u"gbk"_s), "&#128512;"_ba);
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
