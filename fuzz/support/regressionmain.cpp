// The plain (no libFuzzer) driver of a fuzz target: feeds every file of the folders named on
// the command line to LLVMFuzzerTestOneInput, so that the crashes once found and the seed
// corpus run in the normal CTest suite with any compiler. A crash fails the test by itself.
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    FuzzSupport::readWithEveryProfile();
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString folder = QString::fromLocal8Bit(argv[i]);
        // regressions/TARGET/ exists only once a crash of that target has been kept.
        if (!QFileInfo(folder).isDir()) {
            std::printf("%s: no such folder, skipped\n", argv[i]);
            continue;
        }
        const QStringList files
            = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString &name : files) {
            QFile file(QDir(folder).filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read\n", qPrintable(file.fileName()));
                return 2;
            }
            const QByteArray data = file.readAll();
            std::printf("%s (%lld bytes)\n", qPrintable(file.fileName()),
                static_cast<long long>(data.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                static_cast<size_t>(data.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs, no crash\n", inputs);
    // A runner that read nothing would pass without testing: refuse.
    return inputs > 0 ? 0 : 1;
}
