#include "fuzzsupport.h"

#include "http/htmldocument.h"

#include <QDir>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

namespace {

void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) { }

SiteProfile loadOrDie(const QString &pathOrName)
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(pathOrName, &error);
    if (!profile) {
        std::fprintf(stderr, "fuzz: profile %s does not load: %s\n", qPrintable(pathOrName),
            qPrintable(error.text()));
        std::abort();
    }
    profile->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    return *profile;
}

} // namespace

const QList<NamedProfile> &profiles()
{
    static const QList<NamedProfile> all = [] {
        HtmlDocument::initialize();
        QList<NamedProfile> out;
        for (const QString &name : SiteProfile::embeddedNames())
            out.append({ name, loadOrDie(name) });
        const QDir examples(QStringLiteral(RELEASEDESK_PROFILE_EXAMPLES));
        for (const QString &file :
            examples.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
            out.append({ file, loadOrDie(examples.filePath(file)) });
        return out;
    }();
    return all;
}

namespace {
bool everyProfile = false;
} // namespace

void readWithEveryProfile()
{
    everyProfile = true;
}

QList<qsizetype> profilesFor(const QByteArray &input)
{
    const qsizetype count = profiles().size();
    QList<qsizetype> out;
    if (everyProfile) {
        for (qsizetype i = 0; i < count; ++i)
            out.append(i);
        return out;
    }
    // FNV-1a, not qHash: qHash is seeded per process, and a finding must pick the same
    // profile when it is run again.
    quint32 hash = 2166136261u;
    for (const char byte : input)
        hash = (hash ^ quint8(byte)) * 16777619u;
    out.append(qsizetype(hash % quint32(count)));
    return out;
}

void quietQt()
{
    static const bool installed = [] {
        qInstallMessageHandler(dropMessage);
        return true;
    }();
    (void)installed;
}

void require(bool holds, const char *what)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz: property broken: %s\n", what);
    std::abort();
}

} // namespace FuzzSupport
