#pragma once

#include <QPlainTextEdit>

// What happened, in words. Plain text only: messages often quote the portal, and the portal's
// content must never be interpreted as rich text (links, images, markup).
class LogPane final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LogPane(QWidget *parent = nullptr);

    void appendMessage(const QString &message);
    void appendError(const QString &message);

    static constexpr int maxLines = 20000; // a long run stays cheap to show and scroll
};
