#include "logpane.h"

#include <QTime>

using namespace Qt::StringLiterals;

LogPane::LogPane(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"logPane"_s);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setMaximumBlockCount(maxLines);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void LogPane::appendMessage(const QString &message)
{
    // appendPlainText never interprets markup, whatever the text holds.
    appendPlainText(QTime::currentTime().toString(u"HH:mm:ss"_s) + u"  "_s + message);
}

void LogPane::appendError(const QString &message)
{
    appendMessage(tr("Error: %1").arg(message));
}
