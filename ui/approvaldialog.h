#pragma once

#include "approvalscope.h"

#include <QDialog>

// The confirmation before anything is released: says what will go out (which batches, how many
// tickets, which applications and environments, which kinds of batch). Nothing is approved unless
// it is accepted; a scope that releases to production shows a marker and needs a second,
// explicit confirmation (a check box) before Approve is enabled.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalDialog(const ApprovalScope &scope, QWidget *parent = nullptr);

    const ApprovalScope &scope() const { return m_scope; }
    static QString summary(const ApprovalScope &scope); // the sentence shown, for tests and the log

private:
    ApprovalScope m_scope;
};
