#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QLocale localeFor(const QString &languageSetting)
{
    if (languageSetting == u"zh_CN"_s)
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (languageSetting == u"en"_s)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

bool install(QCoreApplication *app, const QString &languageSetting)
{
    const QLocale locale = localeFor(languageSetting);
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, file dialogs); absent translations are not an error.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    if (translator->load(locale, u"releasedesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace Translations
